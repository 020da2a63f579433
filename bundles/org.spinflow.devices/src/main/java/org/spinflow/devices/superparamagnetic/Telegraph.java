package org.spinflow.devices.superparamagnetic;

/**
 * Model B of docs/PHYSICS.md: a two-state P/AP telegraph with Neel-Brown rates and STT (Li-Zhang/Koch
 * heuristic), in collinear geometry. h = B_easy/B_k and the current both favour P.
 *
 * <pre>
 * G(P->AP) = exp(-Delta (1+h)^2 (1 + I/Ic_P)) / tau0,  G(AP->P) = exp(-Delta (1-h)^2 (1 - I/Ic_AP)) / tau0
 * p_P = 1/(1 + exp(-D)),  D = Delta [(1+h)^2 (1 + I/Ic_P) - (1-h)^2 (1 - I/Ic_AP)]
 * tau_c = 1/(G(P->AP) + G(AP->P))
 * Var(f_P) = 2 p (1-p) (tau_c/T) [1 - (tau_c/T)(1 - exp(-T/tau_c))]
 * </pre>
 */
public record Telegraph(double delta, double tau0, double h, double icP, double icAP) {

    /** Rate P -> AP at junction current I [1/s]. */
    public double rateToAP(double current) {
        return Math.exp(-delta * (1 + h) * (1 + h) * (1 + current / icP)) / tau0;
    }

    /** Rate AP -> P at junction current I [1/s]. */
    public double rateToP(double current) {
        return Math.exp(-delta * (1 - h) * (1 - h) * (1 - current / icAP)) / tau0;
    }

    /** D of the logistic stationary probability. */
    public double d(double current) {
        return delta * ((1 + h) * (1 + h) * (1 + current / icP) - (1 - h) * (1 - h) * (1 - current / icAP));
    }

    /** dD/dI. */
    public double dPrime() {
        return delta * ((1 + h) * (1 + h) / icP + (1 - h) * (1 - h) / icAP);
    }

    /** Exact stationary P probability. */
    public double probabilityP(double current) {
        return 1 / (1 + Math.exp(-d(current)));
    }

    /** Mean activation <y> = 2 p_P - 1 = tanh(D/2). */
    public double meanActivation(double current) {
        return Math.tanh(0.5 * d(current));
    }

    /** d<y>/dI. */
    public double meanActivationDerivative(double current) {
        double p = probabilityP(current);
        return 2 * p * (1 - p) * dPrime();
    }

    /** Correlation time tau_c. */
    public double correlationTime(double current) {
        return 1 / (rateToAP(current) + rateToP(current));
    }

    /** Exact variance of the P fraction within a window T. */
    public double varianceFraction(double current, double window) {
        double p = probabilityP(current);
        double r = correlationTime(current) / window;
        return 2 * p * (1 - p) * r * (1 - r * (-Math.expm1(-1 / r)));
    }
}
