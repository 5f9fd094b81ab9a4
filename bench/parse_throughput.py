#!/usr/bin/env python3
"""Front-end throughput: krait vs CPython on the pinned stdlib corpus, in one run.

Extracts every .py file of the oracle's python_stdlib.zip (CPython 3.14's stdlib, 559
files), keeps the ones the reference interpreter running this script can parse (the
machine's python3 is 3.11: it cannot parse some 3.12+ syntax), and times, alternately,
  - krait:   `krait compile --check --stage STAGE DIR` (whole process, one thread), and
  - python3: compile(src, path, "exec", FLAGS) over the same files, in-process,
where --stage parse (the default) compares parsing to an AST (FLAGS = ast.PyCF_ONLY_AST) and
--stage compile compares the whole pipeline, source to code objects (FLAGS = 0).
Prints MB/s of each (median of --runs), the ratio, and krait's peak RSS on the largest file.

Usage: python3 bench/parse_throughput.py [--runs N] [--stage parse|compile] [--krait PATH]
(build first: cargo build --release -p krait)
"""
import argparse
import ast
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ZIP = os.path.join(ROOT, "tools/oracle/node_modules/pyodide/python_stdlib.zip")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--stage", choices=["parse", "compile"], default="parse")
    parser.add_argument("--krait", default=os.path.join(ROOT, "target/release/krait"))
    args = parser.parse_args()
    if not os.path.exists(ZIP):
        sys.exit(f"missing {ZIP}: run `npm ci --prefix tools/oracle`")
    if not os.path.exists(args.krait):
        sys.exit(f"missing {args.krait}: run `cargo build --release -p krait`")

    with tempfile.TemporaryDirectory() as tmp:
        files = []
        skipped = 0
        with zipfile.ZipFile(ZIP) as z:
            for name in sorted(z.namelist()):
                if not name.endswith(".py"):
                    continue
                data = z.read(name)
                try:
                    compile(data, name, "exec", ast.PyCF_ONLY_AST)
                except (SyntaxError, ValueError):
                    skipped += 1
                    continue
                path = os.path.join(tmp, name)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as f:
                    f.write(data)
                files.append((path, data))
        total_bytes = sum(len(d) for _, d in files)
        mb = total_bytes / 1e6
        print(f"stage: {args.stage}")
        print(f"corpus: {len(files)} files, {mb:.2f} MB "
              f"({skipped} skipped: not parseable by python {sys.version.split()[0]})")

        # Peak RSS first, while no other child has run (RUSAGE_CHILDREN keeps the maximum).
        largest, data = max(files, key=lambda f: len(f[1]))
        subprocess.run([args.krait, "ast", largest], stdout=subprocess.DEVNULL)
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        rss_line = (f"peak RSS: {rss / 1024:.1f} MiB for `krait ast` on the largest file "
                    f"({os.path.relpath(largest, tmp)}, {len(data) / 1e6:.2f} MB)")

        krait_times, python_times = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            result = subprocess.run([args.krait, "compile", "--check", "--stage", args.stage, tmp],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            krait_times.append(time.perf_counter() - start)
            if result.returncode != 0:
                print("note: krait reported errors on files CPython parses "
                      f"(exit {result.returncode}); timing still counts them", file=sys.stderr)
            start = time.perf_counter()
            flags = ast.PyCF_ONLY_AST if args.stage == "parse" else 0
            for path, data in files:
                compile(data, path, "exec", flags, dont_inherit=True)
            python_times.append(time.perf_counter() - start)

        k = statistics.median(krait_times)
        p = statistics.median(python_times)
        print(f"krait   : median {k * 1000:8.1f} ms  {mb / k:7.1f} MB/s   (runs: "
              + ", ".join(f"{t * 1000:.0f}" for t in krait_times) + ")")
        print(f"python3 : median {p * 1000:8.1f} ms  {mb / p:7.1f} MB/s   (runs: "
              + ", ".join(f"{t * 1000:.0f}" for t in python_times) + ")")
        print(f"ratio   : krait is {p / k:.1f}x python3's throughput")
        print(rss_line)



if __name__ == "__main__":
    main()
