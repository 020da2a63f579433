package org.spinflow.devices.macrospin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceRegistry;
import org.spinflow.devices.DeviceSpec;

/**
 * docs/PHYSICS.md A.7: bistable devices keep their branch. Every read is checked against a
 * continuation solve along the path the drive actually took (idle drive, earlier reads, the read).
 */
class HysteresisTest {

    /** Easy axis along p (ekAngle 90 deg, slightly tilted), field line along p: a square loop in m.p. */
    static Map<String, Double> easyAxis(double bias, double idle) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("ekAngle", Math.PI / 2 + 0.05);
        m.put("beta", 0.0);
        m.put("psi", 0.0);
        m.put("Bb", bias);
        m.put("hysteresis", 1.0);
        m.put("hysteresisIdle", idle);
        m.put("allowInvalid", 1.0);
        m.put("tablePoints", 161.0);
        return m;
    }

    static MacrospinArray build(Map<String, Double> overrides) {
        Device d = DeviceRegistry.getDefault().create(new DeviceSpec("mtj-f-default", overrides, 1, 1, 0, 0.0, false,
                null));
        return assertInstanceOf(MacrospinArray.class, d);
    }

    /** Output after a continuation sweep through the waypoints (steps of at most 0.05 mA). */
    static double along(Map<String, Double> overrides, double... waypoints) {
        MacrospinParameters p = MacrospinKind.parameters(new DeviceSpec("mtj-f-default", overrides, 1, 1, 0, 0.0, false,
                null));
        java.util.List<Double> xs = new java.util.ArrayList<>();
        xs.add(waypoints[0]);
        for (int w = 1; w < waypoints.length; w++) {
            int steps = (int) Math.ceil(Math.abs(waypoints[w] - waypoints[w - 1]) / 0.05e-3);
            for (int s = 1; s <= steps; s++) {
                xs.add(waypoints[w - 1] + (waypoints[w] - waypoints[w - 1]) * s / steps);
            }
        }
        double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
        SteadyState.Curve c = new SteadyState(new Macrospin(p)).sweep(x);
        return c.output()[x.length - 1];
    }

    static double read(MacrospinArray d, double x) {
        float[] out = new float[1];
        d.readNoiseless(new float[] {(float) x}, out, 1, false);
        return out[0];
    }

    @Test
    void bistableAtIdleTheDeviceRemembersWhereItCameFrom() {
        Map<String, Double> o = easyAxis(0.0, 0.0);
        MacrospinArray d = build(o);
        assertTrue(d.bistableAtIdle(0), "a centred square loop is bistable at 0 A");
        double x = 0.6e-3, xMin = -16e-3, xMax = 16e-3;
        // initial state: the ascending branch
        double fromBelow = along(o, xMin, 0.0, x);
        assertEquals(fromBelow, read(d, x), 2e-4);
        // a read at +10 mA leaves the device on the descending branch at idle
        d.advance(new float[] {10e-3f}, 1);
        assertEquals(MacrospinArray.DOWN, d.state(0));
        double fromAbove = along(o, xMax, 10e-3, 0.0, x);
        assertTrue(Math.abs(fromAbove - fromBelow) > 5e-3, "branches differ: " + fromAbove + " vs " + fromBelow);
        assertEquals(fromAbove, read(d, x), 2e-4);
        assertEquals(along(o, xMax, 0.0, -x), read(d, -x), 2e-4);
        // a read inside the bistable interval does not change the state
        d.advance(new float[] {1e-3f}, 1);
        assertEquals(MacrospinArray.DOWN, d.state(0));
        // a read at -10 mA sets it back to the ascending branch
        d.advance(new float[] {-10e-3f}, 1);
        assertEquals(fromBelow, read(d, x), 2e-4);
        d.advance(new float[] {10e-3f}, 1);
        d.reset();
        assertEquals(MacrospinArray.UP, d.state(0));
    }

    @Test
    void exactDerivativeIsThatOfTheBranchTheDeviceIsOn() {
        Map<String, Double> o = easyAxis(0.0, 0.0);
        MacrospinArray d = build(o);
        d.advance(new float[] {10e-3f}, 1);
        double x = 0.6e-3, h = 0.02e-3;
        double fd = (along(o, 16e-3, 0.0, x + h) - along(o, 16e-3, 0.0, x - h)) / (2 * h);
        float[] g = new float[1];
        d.derivative(new float[] {(float) x}, g, 1, false);
        assertEquals(fd, g[0], 0.02 * Math.abs(fd) + 1e-3, "branch derivative vs path finite difference");
    }

    @Test
    void monostableIdleReadsFollowTheApproachDirection() {
        // a 10 mT bias along p shifts the loop to about -4 mA: 0 A is monostable
        Map<String, Double> o = easyAxis(10e-3, 0.0);
        MacrospinArray d = build(o);
        assertFalse(d.bistableAtIdle(0));
        double x = -4e-3;
        assertTrue(d.bistableAt(0, x), "bistable at -4 mA");
        double fromAbove = along(o, 0.0, x), fromBelow = along(o, -16e-3, x);
        assertTrue(Math.abs(fromAbove - fromBelow) > 5e-3, "branches differ");
        assertEquals(fromAbove, read(d, x), 2e-4, "idle 0 A: the drive comes down to -4 mA");
        d.advance(new float[] {-12e-3f, 5e-3f}, 2); // no state when idle is monostable
        assertEquals(fromAbove, read(d, x), 2e-4);
        Map<String, Double> low = easyAxis(10e-3, -16e-3);
        assertEquals(fromBelow, read(build(low), x), 2e-4, "idle -16 mA: the drive comes up to -4 mA");
    }

    @Test
    void withoutHysteresisTheSingleAscendingSweepIsKept() {
        Map<String, Double> o = easyAxis(0.0, 0.0);
        o.put("hysteresis", 0.0);
        Device d = DeviceRegistry.getDefault().create(new DeviceSpec("mtj-f-default", o, 1, 1, 0, 0.0, false, null));
        assertFalse(d instanceof MacrospinArray);
    }
}
