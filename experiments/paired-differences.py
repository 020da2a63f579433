#!/usr/bin/env python3
"""Paired accuracy differences between the series of a sweep, seed by seed.

Usage: experiments/paired-differences.py RESULTS_DIR SECTION SERIES_A SERIES_B

Prints, in percentage points, the mean, sample sd, min and max of acc_mean(A) - acc_mean(B) over
the seeds (and x values) both series finished, and how many pairs are identical. Series are named
as in results.csv (e.g. gradient=exact).
"""
import csv
import os
import statistics
import sys


def main(argv):
    if len(argv) != 4:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    folder, section, a, b = argv
    f = os.path.join(folder, "results.csv")
    with open(f, newline="", encoding="utf-8") as h:
        rows = [r for r in csv.DictReader(h) if r["section"] == section and r["status"] == "ok"]
    acc = {(r["series"], r["x"], r["seed"]): float(r["acc_mean"]) for r in rows}
    pairs = [(acc[(a, x, s)], acc[(b, x, s)]) for (ser, x, s) in acc if ser == a and (b, x, s) in acc]
    if len(pairs) < 2:
        print(f"paired-differences: {f}: fewer than 2 seeds with both '{a}' and '{b}' in section '{section}'",
              file=sys.stderr)
        return 1
    d = [(pa - pb) * 100 for pa, pb in pairs]
    print(f"{a} - {b}: n {len(d)}, mean {statistics.mean(d):+.3f} pp, sd {statistics.stdev(d):.3f} pp, "
          f"min {min(d):+.2f}, max {max(d):+.2f}, identical {sum(1 for pa, pb in pairs if pa == pb)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
