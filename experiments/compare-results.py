#!/usr/bin/env python3
"""Compares the accuracy columns of two experiment result folders (or results.csv files).

Usage: experiments/compare-results.py A B [--columns acc_mean,acc_std,acc_folds]

Rows are matched by their key (section, series, x, seed and a hash of the settings), so the
order in which an engine finished the points does not matter. Exit 0 when both hold the same
keys and every compared cell is identical as text (results.csv stores Java's shortest
round-trip form of each double, so equal text means bit-identical values); exit 1 otherwise,
with one line per difference; exit 2 for unreadable input.
"""
import csv
import os
import sys

DEFAULT_COLUMNS = ["status", "acc_mean", "acc_std", "acc_folds"]


def load(path):
    f = os.path.join(path, "results.csv") if os.path.isdir(path) else path
    try:
        with open(f, newline="", encoding="utf-8") as h:
            rows = list(csv.DictReader(h))
    except OSError as e:
        sys.exit(f"compare-results: {f}: cannot read ({e.strerror})")
    if not rows:
        print(f"compare-results: {f}: no result rows", file=sys.stderr)
        sys.exit(2)
    if "key" not in rows[0]:
        print(f"compare-results: {f}: not a results.csv (no 'key' column)", file=sys.stderr)
        sys.exit(2)
    return f, {r["key"]: r for r in rows}


def main(argv):
    args = [a for a in argv if not a.startswith("--columns")]
    columns = DEFAULT_COLUMNS
    for a in argv:
        if a.startswith("--columns="):
            columns = [c for c in a.split("=", 1)[1].split(",") if c]
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    fa, a = load(args[0])
    fb, b = load(args[1])
    problems = []
    for k in sorted(set(a) - set(b)):
        problems.append(f"only in {fa}: {k}")
    for k in sorted(set(b) - set(a)):
        problems.append(f"only in {fb}: {k}")
    compared = 0
    for k in sorted(set(a) & set(b)):
        for c in columns:
            va, vb = a[k].get(c, ""), b[k].get(c, "")
            if va != vb:
                problems.append(f"{k}: {c} differs: {va!r} vs {vb!r}")
            compared += 1
    for p in problems:
        print(p)
    if problems:
        print(f"compare-results: {len(problems)} difference(s) between {fa} and {fb}", file=sys.stderr)
        return 1
    print(f"compare-results: identical {', '.join(columns)} for {len(a)} point(s) ({compared} cells): {fa} = {fb}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
