#!/usr/bin/env python3
"""VM benchmarks: krait vs python3 on bench/vm/*.py, side by side in one run.

Each program runs under both interpreters, interleaved (krait, python3, krait, ...), --runs
times. The table gives per-program medians of wall time, the ratio krait/python3 (below 1
means krait is faster; also the same ratio on CPU time, user+sys, which suffers less when
the machine is loaded), each interpreter's own peak RSS (from os.wait4 on that child), and
whether krait's output (stdout and exit status) equals python3's. A row where krait fails
or prints something else shows krait's last stderr line and is left out of the geometric
mean; the number of such rows is printed. Startup is measured for both with `-c pass` and
with a file holding `print("hello")`. Never a timed test: numbers depend on the machine.

Usage: python3 bench/vm_run.py [--runs N] [--filter SUBSTR] [--json FILE]
                               [--krait PATH] [--python PATH] [--timeout S]
(build first: cargo build --release -p krait)
"""
import argparse
import glob
import json
import math
import os
import statistics
import subprocess
import sys
import signal
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGETS = {"geomean": 1.0, "worst": 2.0, "startup_ms": 3.0, "rss_mb": 5.0}


class Run:
    """One finished child: wall and CPU seconds, peak RSS in MB, exit code, output."""

    def __init__(self, wall, cpu, rss_mb, code, out, err, timed_out):
        self.wall, self.cpu, self.rss_mb = wall, cpu, rss_mb
        self.code, self.out, self.err, self.timed_out = code, out, err, timed_out


def run_once(cmd, timeout, rss_via=None):
    """Runs cmd with stdout/stderr in temporary files and reaps it with os.wait4, so the
    times are this child's alone (not a sum over all children so far).

    Peak RSS: a child's ru_maxrss counts the memory of the process it was forked from
    (Linux carries the pre-exec high-water mark across exec), so a child of this runner
    never reads below the runner's own ~15 MB. With rss_via (GNU time's path) the command
    runs under `time -f %M`, whose child is forked from a ~2 MB process, and the RSS is
    that grandchild's ru_maxrss from time's own wait4."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as rss_file:
        if rss_via:
            cmd = [rss_via, "-q", "-f", "%M", "-o", rss_file.name] + cmd
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                start_new_session=True)
        killed = []

        def kill():
            killed.append(True)
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # time's child too
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped: keep Popen quiet
        rss_kb = usage.ru_maxrss
        if rss_via:
            lines = rss_file.read().split()
            rss_kb = int(lines[-1]) if lines and lines[-1].isdigit() else float("nan")
        out.seek(0)
        err.seek(0)
        return Run(wall, usage.ru_utime + usage.ru_stime, rss_kb / 1024.0,
                   proc.returncode, out.read(), err.read(), bool(killed))


def gnu_time():
    """The path of GNU time if it is installed (for peak RSS), else None."""
    for path in ("/usr/bin/time", "/bin/time"):
        try:
            r = subprocess.run([path, "-f", "%M", "true"], capture_output=True, text=True)
        except OSError:
            continue
        if r.returncode == 0 and r.stderr.strip().isdigit():
            return path
    return None


def last_line(data):
    lines = [l for l in data.decode("utf-8", "replace").splitlines() if l.strip()]
    return lines[-1].strip() if lines else ""


def first_difference(a, b):
    la, lb = a.decode("utf-8", "replace").splitlines(), b.decode("utf-8", "replace").splitlines()
    for i, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            return f"line {i + 1}: krait {x[:40]!r} vs python3 {y[:40]!r}"
    return f"krait printed {len(la)} lines, python3 {len(lb)}"


def verdict(k, p, timeout):
    """None when krait's run matches python3's, else a short reason."""
    if k.timed_out:
        return f"krait timed out ({timeout:g} s)"
    if k.code == p.code and k.out == p.out:
        return None
    why = last_line(k.err)
    if k.code != p.code:
        return f"krait exit {k.code}: {why}" if why else f"krait exit {k.code}"
    return "output differs: " + (why or first_difference(k.out, p.out))


def measure(name, k_cmd, p_cmd, runs, timeout, rss_via):
    """A warm-up run of each (output check, and peak RSS when GNU time is there), then
    `runs` interleaved timed runs; a krait failure stops the repetitions."""
    k0 = run_once(k_cmd, timeout, rss_via)
    p0 = run_once(p_cmd, timeout, rss_via)
    problem = verdict(k0, p0, timeout)
    k_runs, p_runs = [], []
    for i in range(0 if problem else runs):
        k = run_once(k_cmd, timeout)
        p = run_once(p_cmd, timeout)
        problem = verdict(k, p, timeout)
        if problem:
            # an intermittent failure: say so, with the times of the good runs
            done = ", ".join(f"{r.wall:.2f}" for r in k_runs) or "none"
            problem += f" on timed run {i + 1} (earlier krait runs: {done} s)"
            break
        k_runs.append(k)
        p_runs.append(p)
    k_runs = k_runs or [k0]
    p_runs = p_runs or [p0]
    rss = lambda first, rs: first.rss_mb if rss_via else min(r.rss_mb for r in rs)
    med = lambda rs, attr: statistics.median(getattr(r, attr) for r in rs)
    row = {
        "program": name,
        "krait_s": med(k_runs, "wall"),
        "python_s": med(p_runs, "wall"),
        "krait_min_s": min(r.wall for r in k_runs),
        "python_min_s": min(r.wall for r in p_runs),
        "krait_cpu_s": med(k_runs, "cpu"),
        "python_cpu_s": med(p_runs, "cpu"),
        "krait_rss_mb": rss(k0, k_runs),
        "python_rss_mb": rss(p0, p_runs),
        "runs": len(k_runs),
        "problem": problem,
    }
    row["ratio"] = row["krait_s"] / row["python_s"]
    row["cpu_ratio"] = row["krait_cpu_s"] / max(row["python_cpu_s"], 1e-9)
    return row


def mb(x):
    return f"{x:.1f}" if x == x else "-"  # NaN: a killed run has no RSS


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def real_python(name):
    """The interpreter binary behind `name` (a pyenv shim adds ~0.3 s per start)."""
    try:
        r = subprocess.run([name, "-c", "import sys; print(sys.executable)"],
                           capture_output=True, text=True, timeout=30)
        exe = r.stdout.strip()
        return exe if r.returncode == 0 and exe else name
    except (OSError, subprocess.TimeoutExpired):
        return name


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="runs per program (median)")
    ap.add_argument("--krait", default=os.path.join(ROOT, "target/release/krait"))
    ap.add_argument("--python", default="python3", help="resolved to the real binary")
    ap.add_argument("--filter", default="", help="only programs whose name contains this")
    ap.add_argument("--json", metavar="FILE", help="write the table as JSON")
    ap.add_argument("--timeout", type=float, default=90.0, help="seconds per run")
    ap.add_argument("--no-startup", action="store_true", help="skip the startup rows")
    ap.add_argument("--site", action="store_true",
                    help="run python3 with its site module (default: python3 -S; this "
                         "machine's site-packages costs ~80 ms per start, see README)")
    args = ap.parse_args()
    if not os.path.exists(args.krait):
        sys.exit(f"{args.krait} not found: cargo build --release -p krait")
    python = [real_python(args.python)] + ([] if args.site else ["-S"])
    rss_via = gnu_time()
    programs = sorted(p for p in glob.glob(os.path.join(ROOT, "bench/vm/*.py"))
                      if args.filter in os.path.basename(p))
    print(f"krait: {args.krait}\npython: {' '.join(python)}\nruns: {args.runs}, "
          f"load average: {os.getloadavg()[0]:.2f}, peak RSS "
          + (f"via {rss_via}" if rss_via else "via os.wait4 (GNU time missing: values "
             "include this runner's own RSS, an upper bound)"), flush=True)

    startup = []
    if not args.no_startup:
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
            f.write('print("hello")\n')
            hello = f.name
        try:
            n = max(args.runs * 4, 10)
            cases = [("-c pass", ["-c", "pass"], python), ("hello.py", [hello], python)]
            if not args.site:
                cases.append(("-c pass (py site)", ["-c", "pass"], python[:1]))
            for name, extra, py in cases:
                startup.append(measure(name, [args.krait] + extra, py + extra, n,
                                       args.timeout, rss_via))
        finally:
            os.unlink(hello)
        print(f"\n{'startup (median, min)':<22}{'krait ms':>12}{'python3 ms':>13}{'ratio':>7}"
              f"{'krait MB':>10}{'py MB':>7}  output")
        for r in startup:
            km = f"{r['krait_s'] * 1e3:.1f} {r['krait_min_s'] * 1e3:.1f}"
            pm = f"{r['python_s'] * 1e3:.1f} {r['python_min_s'] * 1e3:.1f}"
            print(f"{r['program']:<22}{km:>12}{pm:>13}"
                  f"{r['ratio']:>7.2f}{mb(r['krait_rss_mb']):>10}{mb(r['python_rss_mb']):>7}  "
                  f"{r['problem'] or 'same'}", flush=True)

    print(f"\n{'program':<16}{'krait s':>9}{'python3 s':>10}{'ratio':>7}{'cpu ratio':>10}"
          f"{'krait MB':>10}{'py MB':>7}  output", flush=True)
    rows = []
    for path in programs:
        name = os.path.basename(path)[:-3]
        r = measure(name, [args.krait, path], python + [path], args.runs, args.timeout,
                    rss_via)
        rows.append(r)
        ratio = "-" if r["problem"] else f"{r['ratio']:.2f}"
        cpu = "-" if r["problem"] else f"{r['cpu_ratio']:.2f}"
        print(f"{name:<16}{r['krait_s']:>9.3f}{r['python_s']:>10.3f}{ratio:>7}{cpu:>10}"
              f"{mb(r['krait_rss_mb']):>10}{mb(r['python_rss_mb']):>7}  "
              f"{r['problem'] or 'same'}", flush=True)

    good = [r for r in rows if not r["problem"]]
    failed = len(rows) - len(good)
    summary = {
        "programs": len(rows),
        "compared": len(good),
        "failed": failed,
        "geomean": geomean([r["ratio"] for r in good]) if good else None,
        "cpu_geomean": geomean([r["cpu_ratio"] for r in good]) if good else None,
        "worst": max(good, key=lambda r: r["ratio"])["program"] if good else None,
        "worst_ratio": max(r["ratio"] for r in good) if good else None,
        "krait_peak_rss_mb": max((r["krait_rss_mb"] for r in good), default=None),
        "startup_ms": {r["program"]: {"krait": r["krait_s"] * 1e3, "python": r["python_s"] * 1e3}
                       for r in startup},
        "targets": TARGETS,
    }
    print()
    if good:
        print(f"geometric mean of ratios (krait/python3, {len(good)} programs): "
              f"{summary['geomean']:.2f} wall, {summary['cpu_geomean']:.2f} cpu "
              f"(target <= {TARGETS['geomean']})")
        print(f"worst ratio: {summary['worst_ratio']:.2f} ({summary['worst']}) "
              f"(target <= {TARGETS['worst']})")
        print(f"krait peak RSS over compared programs: {summary['krait_peak_rss_mb']:.1f} MB")
    print(f"programs krait fails or disagrees on (left out): {failed} of {len(rows)}")
    if startup:
        ks = ", ".join(f"{r['program']} {r['krait_s'] * 1e3:.1f} ms (min {r['krait_min_s'] * 1e3:.1f})"
                       for r in startup[:2])
        print(f"krait startup: {ks} (target <= {TARGETS['startup_ms']} ms); "
              f"RSS {max(r['krait_rss_mb'] for r in startup):.1f} MB "
              f"(target <= {TARGETS['rss_mb']} MB)")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"krait": args.krait, "python": " ".join(python), "rss_via": rss_via, "runs": args.runs,
                       "startup": startup, "rows": rows, "summary": summary}, f, indent=1)
        print(f"table written to {args.json}")


if __name__ == "__main__":
    main()
