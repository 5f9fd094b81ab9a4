// Writes krait's AST spec (crates/krait_syntax/ast.spec) from the oracle's `ast` module.
//
// Usage: node tools/astgen/spec_from_oracle.mjs > crates/krait_syntax/ast.spec
// The spec lists every concrete node class of CPython 3.14's `ast` with its fields (name and
// type: `T` one, `T?` optional, `T*` list, `T?*` list of optional) and its position
// attributes. `cargo run -p krait_astgen` turns it into Rust.
import { loadPyodide } from "../oracle/node_modules/pyodide/pyodide.mjs";

const py = await loadPyodide({ env: { PYTHONHASHSEED: "0" } });
const out = py.runPython(`
import ast, sys, types, typing

def type_text(cls, name, t):
    optional = getattr(cls, name, ...) is None
    def base(t):
        if t is ast.expr_context: return "expr_context"
        if isinstance(t, type) and issubclass(t, ast.AST): return t.__name__
        return {str: "identifier", int: "int", object: "constant"}[t]
    if getattr(t, "__origin__", None) is list:
        (inner,) = t.__args__
        if isinstance(inner, types.UnionType):
            (inner,) = [a for a in inner.__args__ if a is not type(None)]
            return base(inner) + "?*"
        return base(inner) + "*"
    if isinstance(t, types.UnionType):
        (inner,) = [a for a in t.__args__ if a is not type(None)]
        return base(inner) + "?"
    return base(t) + ("?" if optional else "")

deprecated = {"Num", "Str", "Bytes", "NameConstant", "Ellipsis", "slice", "Index", "ExtSlice", "Suite", "AugLoad", "AugStore", "Param"}
classes = [c for n, c in vars(ast).items()
           if isinstance(c, type) and issubclass(c, ast.AST) and c is not ast.AST and n not in deprecated]
# Abstract bases (sum types) are direct subclasses of AST that have subclasses.
abstract = [c for c in classes if c.__bases__ == (ast.AST,) and c.__subclasses__()]
products = [c for c in classes if c.__bases__ == (ast.AST,) and not c.__subclasses__()]
lines = ["# krait's AST spec, generated from CPython 3.14's ast module by",
         "# tools/astgen/spec_from_oracle.mjs; the Rust types come from it via krait_astgen.",
         "# Field types: T one, T? optional (None allowed), T* list, T?* list of optional.",
         ""]
def attrs(c):
    a = []
    for n in c._attributes:
        a.append(n + ("?" if getattr(c, n, ...) is None else ""))
    return " ".join(a)
# _field_types says list[ast.expr] for the two lists that hold None for "absent" (a **d
# in a dict display, a keyword-only parameter without default); ASDL spells them expr?* (ASDL).
list_of_optional = {("Dict", "keys"), ("arguments", "kw_defaults")}
def fields(c):
    return ", ".join(f"{n}: {type_text(c, n, c._field_types[n])}" + ("?*" if (c.__name__, n) in list_of_optional else "")
                     for n in c._fields).replace("*?*", "?*")
order = {c: i for i, c in enumerate(vars(ast).values()) if isinstance(c, type)}
for s in sorted(abstract, key=lambda c: order[c]):
    lines.append(f"sum {s.__name__}" + (f" @ {attrs(s)}" if s._attributes else ""))
    for c in s.__subclasses__():
        if c.__name__ in deprecated: continue
        lines.append(f"  {c.__name__}({fields(c)})")
    lines.append("")
for p in sorted(products, key=lambda c: order[c]):
    lines.append(f"product {p.__name__}({fields(p)})" + (f" @ {attrs(p)}" if p._attributes else ""))
"\\n".join(lines) + "\\n"
`);
process.stdout.write(out);
