// Writes krait's opcode spec (crates/krait_bytecode/opcodes.spec) from the oracle's `opcode`,
// `_opcode` and `dis` modules, plus the stack-effect formulas of CPython 3.14's
// Include/internal/pycore_opcode_metadata.h (`_PyOpcode_num_popped` / `_PyOpcode_num_pushed`).
//
// Usage: node crates/krait_bytecode/opcodes_spec.mjs PATH/TO/pycore_opcode_metadata.h \
//            > crates/krait_bytecode/opcodes.spec
// Then `cargo run -p krait_bytecode --bin krait_opcodegen` turns the spec into Rust.
import { loadPyodide } from "../../tools/oracle/node_modules/pyodide/pyodide.mjs";
import { readFileSync } from "node:fs";

const header = readFileSync(process.argv[2], "utf8");
function formulas(fn) {
  const start = header.indexOf(`int ${fn}(int opcode, int oparg)  {`);
  const end = header.indexOf("\n}\n", start);
  const body = header.slice(start, end);
  const out = {};
  const re = /case (\w+):\s*return ([^;]+);/g;
  let m;
  while ((m = re.exec(body))) out[m[1]] = m[2].replace(/\s+/g, "");
  return out;
}
const popped = formulas("_PyOpcode_num_popped");
const pushed = formulas("_PyOpcode_num_pushed");

const py = await loadPyodide({ env: { PYTHONHASHSEED: "0" } });
py.globals.set("popped_js", py.toPy(popped));
py.globals.set("pushed_js", py.toPy(pushed));
const out = py.runPython(`
import opcode, _opcode, dis, sys
popped = dict(popped_js); pushed = dict(pushed_js)
lines = [
  "# krait's opcode table: CPython " + sys.version.split()[0] + " (pyodide), written by",
  "# crates/krait_bytecode/opcodes_spec.mjs from the opcode/_opcode modules and the stack-effect",
  "# formulas of Include/internal/pycore_opcode_metadata.h; krait_opcodegen turns it into Rust.",
  "#",
  "# op NAME NUMBER caches=N flags=F,.. pop=EXPR push=EXPR   (real opcodes, then pseudo-ops)",
  "#   flags: arg const name jump jrel jabs local free compare exc block_push (SETUP_*: effect 0",
  "#   when the jump is not taken); EXPR is a C/Rust integer expression of oparg.",
  "# spec NAME NUMBER deopt=NAME   (specialized opcodes: dis.stack_effect rejects them)",
  "# cache NAME FIELD:UNITS ...   (opcode._cache_format, in order: what dis shows with show_caches)",
  "# const NAME VALUE ; list NAME ITEM ITEM ...   (tables dis needs)",
  "",
]
lines.append(f"const HAVE_ARGUMENT {opcode.HAVE_ARGUMENT}")
lines.append(f"const EXTENDED_ARG {opcode.EXTENDED_ARG}")
lines.append(f"const MIN_INSTRUMENTED_OPCODE {opcode.MIN_INSTRUMENTED_OPCODE}")
spec_ops = {s: base for base, ss in opcode._specializations.items() for s in ss}
def flags(name, op):
    f = []
    if op in opcode.hasarg: f.append("arg")
    if op in opcode.hasconst: f.append("const")
    if op in opcode.hasname: f.append("name")
    if op in opcode.hasjump: f.append("jump")
    if op in opcode.hasjrel: f.append("jrel")
    if op in opcode.hasjabs: f.append("jabs")
    if op in opcode.haslocal: f.append("local")
    if op in opcode.hasfree: f.append("free")
    if op in opcode.hascompare: f.append("compare")
    if op in opcode.hasexc: f.append("exc")
    if name in ("SETUP_FINALLY", "SETUP_WITH", "SETUP_CLEANUP"): f.append("block_push")
    return ",".join(f) or "-"
for name, op in sorted(opcode.opmap.items(), key=lambda kv: kv[1]):
    if name in spec_ops: continue
    caches = opcode._inline_cache_entries.get(name, 0)
    lines.append(f"op {name} {op} caches={caches} flags={flags(name, op)} pop={popped.get(name, '-1')} push={pushed.get(name, '-1')}")
for name, op in sorted(opcode._specialized_opmap.items(), key=lambda kv: kv[1]):
    lines.append(f"spec {name} {op} deopt={spec_ops[name]}")
def lst(name, items):
    assert all(" " not in i for i in items)
    lines.append(f"list {name} " + " ".join(items))
for name, fields in opcode._cache_format.items():
    lines.append(f"cache {name} " + " ".join(f"{f}:{n}" for f, n in fields.items()))
lst("cmp_op", opcode.cmp_op)
lst("nb_ops", [sym for (_, sym) in opcode._nb_ops])
lst("nb_op_names", [n for (n, _) in opcode._nb_ops])
lst("intrinsic_1", opcode._intrinsic_1_descs)
lst("intrinsic_2", opcode._intrinsic_2_descs)
lst("special_method_names", opcode._special_method_names)
lst("common_constants", [c if isinstance(c, str) else c.__name__ for c in opcode._common_constants])
"\\n".join(lines) + "\\n"
`);
process.stdout.write(out);
