#!/usr/bin/env python3
"""Fits the float tanh of the software activation (ActivationExec.tanh) and prints its coefficients.

tanh(x) = x P(x^2) / Q(x^2) on [0, 9], P of degree 6 and Q of degree 4, P(0) = Q(0) = 1. The fit is an
iterated weighted linear least-squares fit of P - f Q = 0 (f = tanh(x) / x, true values from mpmath at 40
digits): weights 1 / (Q f)^2 for eight rounds, then also multiplied each round by the square root of the
relative error (pushing the error towards equal ripple). It prints the largest relative error of the fit,
then the coefficients rounded to float, then the error of the float evaluation (Horner, no fused
multiply-add, as Java computes it) on a grid over [-12, 12] and tiny values.

Needs python3 with numpy and mpmath (Debian: python3-numpy python3-mpmath). Usage: bench/fit_tanh.py
"""
import mpmath as mp
import numpy as np

C, NP, NQ = 9.0, 6, 4
mp.mp.dps = 40

xs = np.concatenate([np.linspace(1e-4, C, 6000), C * (1 - np.cos(np.linspace(0, np.pi / 2, 3000)))])
xs = np.unique(xs[xs > 0])
f = np.array([float(mp.tanh(mp.mpf(x)) / x) for x in xs])
s = xs * xs / (C * C)  # the fit's variable, in [0, 1]

w = np.ones_like(s)
lawson = np.ones_like(s)
for it in range(60):
    basis_p = np.stack([s ** k for k in range(1, NP + 1)], 1)
    basis_q = np.stack([s ** k for k in range(1, NQ + 1)], 1)
    a_sys = np.hstack([basis_p, -f[:, None] * basis_q])
    root = np.sqrt(w)
    sol = np.linalg.lstsq(a_sys * root[:, None], (f - 1) * root, rcond=None)[0]
    a = np.concatenate([[1], sol[:NP]])
    b = np.concatenate([[1], sol[NP:]])
    q = np.polyval(b[::-1], s)
    err = (np.polyval(a[::-1], s) / q - f) / f
    if it >= 8:
        lawson = lawson * np.sqrt(np.abs(err) / np.abs(err).max())
        lawson = lawson / lawson.mean()
    w = lawson / (q * f) ** 2
print("largest relative error of the fit (float64):", np.abs(err).max())

# back to the variable t = x^2, rounded to float
pf = (a / (C * C) ** np.arange(NP + 1)).astype(np.float32)
qf = (b / (C * C) ** np.arange(NQ + 1)).astype(np.float32)
for k in range(1, NP + 1):
    print(f"    private static final float P{k} = {float(pf[k])!r}f;")
for k in range(1, NQ + 1):
    print(f"    private static final float Q{k} = {float(qf[k])!r}f;")


def tanh32(x):
    x = np.minimum(np.float32(C), np.maximum(np.float32(-C), x.astype(np.float32)))
    t = x * x
    p = pf[NP]
    for k in range(NP - 1, -1, -1):
        p = p * t + pf[k]
    q = qf[NQ]
    for k in range(NQ - 1, -1, -1):
        q = q * t + qf[k]
    return (p * x) / q


grid = np.concatenate([np.arange(-12 * 4096, 12 * 4096 + 1) / 4096.0, 10.0 ** np.linspace(-30, 1, 2001)])
grid = grid.astype(np.float32)
got = tanh32(grid).astype(np.float64)
true = np.array([float(mp.tanh(mp.mpf(float(g)))) for g in grid])
ulps = np.abs(got - true) / np.spacing(np.abs(true.astype(np.float32))).astype(np.float64)
print("float evaluation: largest absolute error", np.abs(got - true).max(), "largest error in float ulps", ulps.max())
