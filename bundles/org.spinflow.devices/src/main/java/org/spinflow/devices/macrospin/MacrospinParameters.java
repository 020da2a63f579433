package org.spinflow.devices.macrospin;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.spinflow.devices.DeviceException;

/**
 * All parameters of the macrospin MTJ (model A, docs/PHYSICS.md A.2-A.6 and C), SI units, angles in
 * radians. Immutable. Parameters are addressed by the record component name, which is also the
 * override key (e.g. {@code Bb}, {@code psi}, {@code Ij0}); the defaults live in exactly one place,
 * {@link #DEFAULT_VALUES}.
 *
 * <p>Input mapping (A.1): junction current {@code I_j = Ij0 + gj x}, field-line current
 * {@code I_L = IL0 + gL x}. F-mode: Ij0 = I_read, gj = 0, gL = 1. J-mode: gj = 1, gL = 0.
 * Output mode 0: junction voltage V; 1: bridge output V - I_j R_P; 2: junction conductance I/V.
 */
public record MacrospinParameters(
        double a, double b, double tF, double Ms, double muMeff, double Bk, double alpha,
        double RA, double TMR0, double Vh, double xiFL, double VFL, double muKappa, double kBT,
        double Bb, double psi, double beta, double Boffx, double Boffy, double pAngle, double ekAngle,
        double Ij0, double gj, double IL0, double gL, double outputMode,
        double xMin, double xMax, double tablePoints, double interpolation, double allowInvalid,
        double dynamicsFallback,
        double tInt, double eN, double alphaH, double flickerL, double fanoF,
        double sdRA, double sdArea, double sdTMR, double tmrFloor, double sdBk, double sdBoffx, double sdBoffy,
        double meanBoffx, double sdPAngle, double sdEkAngle, double sdAlpha,
        double hysteresis, double hysteresisIdle, double flickerCorrelated, double flickerBand) {

    /**
     * γ in rad s^-1 T^-1: CODATA 2018 (docs/PHYSICS.md; rounded to 1.76086e11 it would miss the E3
     * reference frequencies 1.7779838 and 2.5222456 GHz).
     */
    public static final double GAMMA = 1.76085963023e11;
    /**
     * ħ/(2e) in V s, from the exact SI values (docs/PHYSICS.md; rounded to 3.2911e-16 it would miss
     * the E8 reference voltages at 12 digits).
     */
    public static final double HBAR_2E = 1.054571817e-34 / (2 * 1.602176634e-19);
    /** Elementary charge. */
    public static final double E_CHARGE = 1.602176634e-19;

    /** The defaults (A.5, A.6, C), in one place, by name. */
    public static final Map<String, Double> DEFAULT_VALUES;

    static {
        Map<String, Double> m = new LinkedHashMap<>();
        // A.5 geometry and material ("typical CoFeB/MgO literature")
        m.put("a", 150e-9);          // ellipse major axis [m]
        m.put("b", 100e-9);          // ellipse minor axis [m]
        m.put("tF", 2.0e-9);         // free-layer thickness [m]
        m.put("Ms", 1.0e6);          // saturation magnetisation [A/m]
        m.put("muMeff", 0.80);       // mu0 M_eff [T]
        m.put("Bk", 5e-3);           // mu0 H_k [T]
        m.put("alpha", 0.01);        // Gilbert damping
        m.put("RA", 5e-12);          // RA_P [Ohm m^2] (5 Ohm um^2)
        m.put("TMR0", 1.5);          // zero-bias TMR
        m.put("Vh", 0.5);            // TMR half-bias voltage [V]
        m.put("xiFL", 0.25);         // field-like torque ratio at V_FL (sign uncertain)
        m.put("VFL", 0.5);           // [V]
        m.put("muKappa", 2.5);       // field-line efficiency mu0 kappa [T/A] (2.5 mT/mA)
        m.put("kBT", 4.14e-21);      // [J] at 300 K
        // A.6 knobs: bias field magnitude and angle, field-line angle, offsets, misalignments
        m.put("Bb", 5e-3);           // bias field [T] (h_b = 1)
        m.put("psi", Math.PI / 2);   // bias angle from p (x) [rad]; 90 deg = along easy axis
        m.put("beta", Math.PI);      // field-line direction e_L = (cos beta, sin beta) [rad]
        m.put("Boffx", 0.0);         // offset field along x [T]
        m.put("Boffy", 0.0);         // offset field along y [T]
        m.put("pAngle", 0.0);        // p = (cos pAngle, sin pAngle)
        m.put("ekAngle", 0.0);       // e_k = (-sin ekAngle, cos ekAngle)
        // input mapping (F-mode defaults) and output
        m.put("Ij0", 100e-6);        // junction (read) current at x = 0 [A]
        m.put("gj", 0.0);            // junction current per unit drive
        m.put("IL0", 0.0);           // field-line current at x = 0 [A]
        m.put("gL", 1.0);            // field-line current per unit drive
        m.put("outputMode", 0.0);    // 0 voltage, 1 bridge V - I R_P, 2 conductance
        // table
        m.put("xMin", -16e-3);       // drive range [A]
        m.put("xMax", 16e-3);
        m.put("tablePoints", 201.0);
        m.put("interpolation", 0.0); // 0 not-a-knot cubic spline, 1 PCHIP, 2 linear
        m.put("allowInvalid", 0.0);  // 1: keep tables with non-static points (reported by flag())
        m.put("dynamicsFallback", 1.0); // 1: run RK4 dynamics at unstable points (A.4); 0: eigenvalue test only
        // C read noise
        m.put("tInt", 1e-6);         // integration time [s]
        m.put("eN", 4e-9);           // amplifier noise [V/sqrt(Hz)]
        m.put("alphaH", 1e-21);      // Hooge parameter [m^2] (1e-9 um^2)
        m.put("flickerL", 2.0);      // ln(fmax/fmin): 2 paired reads, 15 unpaired
        m.put("fanoF", 1.0);         // shot-noise Fano factor
        // C device-to-device spreads (multiplied by DeviceSpec.variabilityScale)
        m.put("sdRA", 0.05);         // log-normal
        m.put("sdArea", 0.04);       // log-normal, a and b each by sqrt
        m.put("sdTMR", 0.04);        // normal relative
        m.put("tmrFloor", 0.05);     // floor of TMR0
        m.put("sdBk", 0.10);         // log-normal
        m.put("sdBoffx", 0.5e-3);    // normal absolute [T]
        m.put("sdBoffy", 0.5e-3);    // normal absolute [T]
        m.put("meanBoffx", 0.0);     // Neel coupling mean [T]
        m.put("sdPAngle", Math.toRadians(2));
        m.put("sdEkAngle", Math.toRadians(3));
        m.put("sdAlpha", 0.10);      // log-normal
        // A.7 hysteresis with state, C.2 correlated 1/f noise (both off by default)
        m.put("hysteresis", 0.0);    // 1: ascending and descending branches, the device keeps its branch
        m.put("hysteresisIdle", 0.0); // drive between reads [input unit, A]
        m.put("flickerCorrelated", 0.0); // 1: 1/f noise as a process in device time (C.2), not white per read
        m.put("flickerBand", 15.0);  // ln(fmax/fmin) of the correlated 1/f process
        DEFAULT_VALUES = Collections.unmodifiableMap(m);
    }

    /** The A.5 defaults. */
    public static final MacrospinParameters DEFAULTS = of(Map.of());

    /** Defaults with the given overrides by name; unknown names throw {@link DeviceException}. */
    public static MacrospinParameters of(Map<String, Double> overrides) {
        return build(DEFAULT_VALUES, overrides);
    }

    /** A copy with the given overrides by name; keys with a dot (e.g. {@code neuron.*}) are ignored. */
    public MacrospinParameters with(Map<String, Double> overrides) {
        return build(toMap(), overrides);
    }

    /** A copy with one parameter changed. */
    public MacrospinParameters with(String name, double value) {
        return with(Map.of(name, value));
    }

    /** All parameters by name. */
    public Map<String, Double> toMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        try {
            for (RecordComponent c : MacrospinParameters.class.getRecordComponents()) {
                m.put(c.getName(), (Double) c.getAccessor().invoke(this));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    private static MacrospinParameters build(Map<String, Double> base, Map<String, Double> overrides) {
        RecordComponent[] comps = MacrospinParameters.class.getRecordComponents();
        Map<String, Double> values = new LinkedHashMap<>(base);
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            if (e.getKey().contains(".")) {
                continue;
            }
            if (!values.containsKey(e.getKey())) {
                throw new DeviceException("unknown macrospin parameter '" + e.getKey() + "' (known: "
                        + String.join(", ", new TreeSet<>(DEFAULT_VALUES.keySet())) + ")");
            }
            if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                throw new DeviceException("macrospin parameter '" + e.getKey() + "' must be a finite number");
            }
            values.put(e.getKey(), e.getValue());
        }
        Object[] args = new Object[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        for (int i = 0; i < comps.length; i++) {
            Double v = values.get(comps[i].getName());
            if (v == null) {
                throw new IllegalStateException("no default for " + comps[i].getName());
            }
            args[i] = v;
            types[i] = double.class;
        }
        try {
            Constructor<MacrospinParameters> c = MacrospinParameters.class.getDeclaredConstructor(types);
            return c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy with the device-to-device parameters replaced (fast path of {@link Variability}). */
    public MacrospinParameters withDevice(double RA, double a, double b, double TMR0, double Bk, double Boffx,
            double Boffy, double pAngle, double ekAngle, double alpha) {
        return new MacrospinParameters(
                a, b, this.tF, this.Ms, this.muMeff, Bk, alpha, RA, TMR0, this.Vh, this.xiFL,
                this.VFL, this.muKappa, this.kBT, this.Bb, this.psi, this.beta, Boffx, Boffy,
                pAngle, ekAngle, this.Ij0, this.gj, this.IL0, this.gL, this.outputMode, this.xMin,
                this.xMax, this.tablePoints, this.interpolation, this.allowInvalid,
                this.dynamicsFallback, this.tInt, this.eN, this.alphaH, this.flickerL, this.fanoF,
                this.sdRA, this.sdArea, this.sdTMR, this.tmrFloor, this.sdBk, this.sdBoffx,
                this.sdBoffy, this.meanBoffx, this.sdPAngle, this.sdEkAngle, this.sdAlpha, this.hysteresis,
                this.hysteresisIdle, this.flickerCorrelated, this.flickerBand);
    }

    /** Free-layer (ellipse) area A = pi a b / 4. */
    public double area() {
        return Math.PI * a * b / 4;
    }

    /** Free-layer volume. */
    public double volume() {
        return area() * tF;
    }

    /** Number of table points as an int. */
    public int points() {
        return (int) Math.round(tablePoints);
    }
}
