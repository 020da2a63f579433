package org.spinflow.devices.macrospin;

import org.spinflow.devices.noise.CounterRng;

/**
 * Device-to-device spreads of docs/PHYSICS.md C, drawn with N(seed, device, slot) of
 * {@link CounterRng}. Slots: 0 RA (log-normal), 1 area (log-normal, a and b each by the square
 * root), 2 TMR0 (normal relative, floor), 3 B_k (log-normal), 4 B_off,x and 5 B_off,y (normal
 * absolute), 6 p misalignment and 7 e_k misalignment (normal), 8 alpha (log-normal), 9 Delta of
 * model B (log-normal). Every sigma is multiplied by {@code scale} (DeviceSpec.variabilityScale).
 *
 * <p>The device counter of neuron {@code index} of array {@code nodeId} is
 * {@link CounterRng#deviceCounter(long, long)}; {@link #draw} takes the raw counter, so the
 * section C reference values are reproduced with counter = device index.
 */
public final class Variability {

    public static final int RA = 0, AREA = 1, TMR = 2, BK = 3, BOFFX = 4, BOFFY = 5, P_ANGLE = 6, EK_ANGLE = 7,
            ALPHA = 8, DELTA = 9;

    private Variability() {
    }

    /** The parameters of the device with raw counter {@code dev}. scale 0 gives the nominal device. */
    public static MacrospinParameters draw(MacrospinParameters p, long seed, long dev, double scale) {
        if (scale == 0) {
            if (p.meanBoffx() == 0) {
                return p;
            }
            return p.with("Boffx", p.Boffx() + p.meanBoffx());
        }
        double area = Math.exp(scale * p.sdArea() * n(seed, dev, AREA));
        double sq = Math.sqrt(area);
        return p.withDevice(
                p.RA() * Math.exp(scale * p.sdRA() * n(seed, dev, RA)),
                p.a() * sq,
                p.b() * sq,
                Math.max(p.tmrFloor(), p.TMR0() * (1 + scale * p.sdTMR() * n(seed, dev, TMR))),
                p.Bk() * Math.exp(scale * p.sdBk() * n(seed, dev, BK)),
                p.Boffx() + p.meanBoffx() + scale * p.sdBoffx() * n(seed, dev, BOFFX),
                p.Boffy() + scale * p.sdBoffy() * n(seed, dev, BOFFY),
                p.pAngle() + scale * p.sdPAngle() * n(seed, dev, P_ANGLE),
                p.ekAngle() + scale * p.sdEkAngle() * n(seed, dev, EK_ANGLE),
                p.alpha() * Math.exp(scale * p.sdAlpha() * n(seed, dev, ALPHA)));
    }

    /** Parameters of neuron {@code index} of array {@code nodeId}. */
    public static MacrospinParameters draw(MacrospinParameters p, long seed, long nodeId, int index, double scale) {
        return draw(p, seed, CounterRng.deviceCounter(nodeId, index), scale);
    }

    private static double n(long seed, long dev, int slot) {
        return CounterRng.normal(seed, dev, slot);
    }
}
