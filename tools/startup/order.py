#!/usr/bin/env python3
"""Writes crates/krait/startup-order.txt: the functions `krait` runs while starting up and
running a small program, in the order callgrind first meets them.

The linker (LLD, `--symbol-ordering-file`, passed by crates/krait/build.rs) places these
functions first and together. Starting up touches a few hundred functions spread over
5 MB of machine code; the kernel maps a binary's pages 64 KiB around each page fault, so
scattered start-up code made nearly all of the text resident (4 MB of a 7.2 MB RSS for
`krait -c pass`) and cost a fault per scattered window. Grouped, they fill under 1 MB.

The list is a layout hint, not a table the build depends on: names missing from a later
build (renamed or inlined functions) are skipped by the linker without a warning, and new
start-up functions are simply placed elsewhere. The symbol names carry a hash of each
crate's build metadata, which includes the features cargo unified for the build: a binary
built with the whole workspace (`cargo build --release`) names half its functions
differently from the one README's `cargo run --release -p krait` builds, and a list taken
from the one matches the other only in part (RSS then rose from 4.6 to 6.2 MB). So this
script builds the binary itself, as README does, before profiling it. Regenerate the list
after changes to start-up code or to dependencies:

    python3 tools/startup/order.py

Needs valgrind. The workloads are generic: an empty program, a print (as `-c` and as a
file), and a program that imports and uses a handful of common standard modules.
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.path.join(ROOT, "target", "release", "krait")
OUT = os.path.join(ROOT, "crates", "krait", "startup-order.txt")

WORKLOADS = [
    ["-c", "pass"],
    ["-c", "print('hello')"],
    ["-c", "import os, re, json, collections, functools, itertools\n"
           "d = collections.Counter(re.findall(r'\\w+', 'a b a c'))\n"
           "print(json.dumps(sorted(d.items())), os.path.basename('/x/y'),\n"
           "      list(itertools.islice(itertools.count(), 3)), functools.reduce(max, [1, 3, 2]))"],
]


def text_symbols():
    out = subprocess.run(["nm", "--defined-only", BINARY], capture_output=True, text=True, check=True).stdout
    return {p[2] for p in (line.split() for line in out.splitlines()) if len(p) == 3 and p[1] in "tTwW"}


def main():
    subprocess.run(["cargo", "build", "--release", "-p", "krait"], cwd=ROOT, check=True)
    symbols = text_symbols()
    order, seen = [], set()
    with tempfile.TemporaryDirectory() as tmp:
        hello = os.path.join(tmp, "hello.py")
        with open(hello, "w") as f:
            f.write("print('hello')\n")
        for i, args in enumerate(WORKLOADS[:2] + [[hello]] + WORKLOADS[2:]):
            out = os.path.join(tmp, f"cg.{i}")
            subprocess.run(["valgrind", "--tool=callgrind", "--demangle=no", f"--callgrind-out-file={out}", BINARY] + args,
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            with open(out) as f:
                for line in f:
                    m = re.match(r"c?fn=\(\d+\) (\S+)", line)
                    if m and m.group(1) in symbols and m.group(1) not in seen:
                        seen.add(m.group(1))
                        order.append(m.group(1))
    with open(OUT, "w") as f:
        f.write("\n".join(order) + "\n")
    print(f"{len(order)} of {len(symbols)} functions -> {os.path.relpath(OUT, ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
