#!/usr/bin/env python3
"""VM benchmarks: krait vs python3 on bench/vm/*.py, side by side in one run.

Each program runs under both interpreters, interleaved (krait, python3, krait, ...), --runs
times; prints per-program medians, the ratio krait/python3 (below 1 means krait is faster),
the geometric mean of the ratios, startup (`print("hello")`) and krait's peak RSS. Outputs
of the two must agree, or the row says so. Never a timed test: numbers depend on the machine.

Usage: python3 bench/vm_run.py [--runs N] [--krait PATH] [--python PATH]
(build first: cargo build --release -p krait)
"""
import argparse
import glob
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(cmd):
    start = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True)
    return time.perf_counter() - start, r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--krait", default=os.path.join(ROOT, "target/release/krait"))
    ap.add_argument("--python", default="python3")
    args = ap.parse_args()
    if not os.path.exists(args.krait):
        sys.exit(f"{args.krait} not found: cargo build --release -p krait")
    programs = sorted(glob.glob(os.path.join(ROOT, "bench/vm/*.py")))
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write('print("hello")\n')
        hello = f.name
    rows = []
    for path in [hello] + programs:
        name = "startup" if path == hello else os.path.basename(path)
        k_times, p_times = [], []
        same = True
        for _ in range(args.runs):
            tk, rk = timed([args.krait, path])
            tp, rp = timed([args.python, path])
            k_times.append(tk)
            p_times.append(tp)
            same &= rk.stdout == rp.stdout and rk.returncode == rp.returncode
        mk, mp = statistics.median(k_times), statistics.median(p_times)
        rows.append((name, mk, mp, mk / mp, same))
    os.unlink(hello)
    print(f"{'program':<14}{'krait s':>10}{'python3 s':>11}{'ratio':>8}  output")
    for name, mk, mp, ratio, same in rows:
        print(f"{name:<14}{mk:>10.3f}{mp:>11.3f}{ratio:>8.2f}  {'same' if same else 'DIFFERS'}")
    ratios = [r[3] for r in rows if r[0] != "startup"]
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"geometric mean of ratios (krait/python3, excluding startup): {geo:.2f}")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([args.krait, programs[0]], capture_output=True) if programs else None
    print(f"peak RSS of children so far: {max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024:.1f} MB")


if __name__ == "__main__":
    main()
