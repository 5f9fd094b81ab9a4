#!/usr/bin/env bash
# krait's test command (the README's, and what .ci/run runs): installs the pinned CPython 3.14
# oracle if it is missing or stale, runs every Rust test, then prints both conformance tables.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

oracle=tools/oracle
stamp="$oracle/node_modules/.krait-package-lock.sha256"
want="$(sha256sum "$oracle/package-lock.json" | cut -d' ' -f1)"
if [[ ! -f "$oracle/node_modules/pyodide/pyodide.mjs" ]] || [[ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]]; then
    echo "run-tests: installing the pinned oracle (npm ci --prefix $oracle)"
    npm ci --prefix "$oracle" --no-audit --no-fund
    echo "$want" > "$stamp"
fi

# The workspace lints deny unwrap/expect/panic outside tests (errors fail the run; plain
# style warnings are shown, not fatal).
cargo clippy -q --workspace --all-targets
cargo test --workspace
cargo run -q -p krait_conformance --bin conformance -- ast
cargo run -q -p krait_conformance --bin conformance -- errors
for suite in symtable symtable-errors preprocess; do cargo run -q -p krait_conformance --bin conformance -- "$suite"; done
cargo run -q -p krait_conformance --bin conformance -- dis-pyc
for suite in dis pyc; do cargo run -q -p krait_conformance --bin conformance -- "$suite"; done
cargo run -q -p krait_conformance --bin conformance -- programs
