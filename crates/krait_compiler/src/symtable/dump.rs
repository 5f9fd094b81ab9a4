//! The canonical text of a symbol table, identical to what the oracle's `symtable` request
//! writes (`format_symtable` in `tools/oracle/oracle.py`) for CPython's tables.
//!
//! One line per table, depth first in child order: `type name line N [nested]`; then
//! `params: a, b` when it has parameters; then each symbol, sorted by name, as
//! `name: SCOPE FLAG|FLAG (raw value)`. Each level is indented by two more spaces.

use super::flags::*;
use super::{Scope, SymbolTable, TableId};
use std::fmt::Write as _;

const FLAG_NAMES: [(&str, u32); 11] = [
    ("DEF_GLOBAL", DEF_GLOBAL),
    ("DEF_LOCAL", DEF_LOCAL),
    ("DEF_PARAM", DEF_PARAM),
    ("DEF_NONLOCAL", DEF_NONLOCAL),
    ("USE", USE),
    ("DEF_FREE_CLASS", DEF_FREE_CLASS),
    ("DEF_IMPORT", DEF_IMPORT),
    ("DEF_ANNOT", DEF_ANNOT),
    ("DEF_COMP_ITER", DEF_COMP_ITER),
    ("DEF_TYPE_PARAM", DEF_TYPE_PARAM),
    ("DEF_COMP_CELL", DEF_COMP_CELL),
];

/// The whole tree as text.
pub fn dump(st: &SymbolTable) -> String {
    let mut out = String::new();
    walk(st, TableId::MODULE, 0, &mut out);
    out
}

fn walk(st: &SymbolTable, id: TableId, depth: usize, out: &mut String) {
    let t = st.table(id);
    let pad = "  ".repeat(depth);
    let _ = writeln!(
        out,
        "{pad}{} {} line {}{}",
        t.block_type.python_name(),
        t.name,
        t.range.lineno,
        if t.nested { " nested" } else { "" }
    );
    if !t.varnames.is_empty() {
        let _ = writeln!(out, "{pad}  params: {}", t.varnames.join(", "));
    }
    let mut names: Vec<(&String, &u32)> = t.symbols.iter().collect();
    names.sort();
    for (name, &value) in names {
        let scope_bits = (value >> SCOPE_OFFSET) & 15;
        let scope = match scope_bits {
            0 => "-".to_string(),
            1 => Scope::Local.name().to_string(),
            2 => Scope::GlobalExplicit.name().to_string(),
            3 => Scope::GlobalImplicit.name().to_string(),
            4 => Scope::Free.name().to_string(),
            5 => Scope::Cell.name().to_string(),
            other => other.to_string(),
        };
        let flags: Vec<&str> = FLAG_NAMES.iter().filter(|(_, bit)| value & bit != 0).map(|(n, _)| *n).collect();
        let flags = if flags.is_empty() { "-".to_string() } else { flags.join("|") };
        let _ = writeln!(out, "{pad}  {name}: {scope} {flags} ({value})");
    }
    for child in &t.children {
        walk(st, *child, depth + 1, out);
    }
}
