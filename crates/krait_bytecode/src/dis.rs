//! `dis.dis(code)` text, exactly as CPython 3.14's `dis` module prints it (default options:
//! no caches, no offsets, line numbers column), for a code object and, recursively, every code
//! object in its constants ("Disassembly of <code object ...>:"). Code object addresses are
//! written `0xADDR`, as the oracle normalises them.
//!
//! Options `show_caches`, `show_offsets` and `show_positions` are supported ([`DisOptions`]).
//!
//! Layout per instruction: line column (width `max(3, digits of the largest line)`, or 4 when
//! some instruction has no line), label column (`L<n>:` right-aligned in `4 + digits of the
//! label count`), `   `, the opcode name padded to 20, the argument right-aligned in 5 (less
//! what a long name overflows), then `(argrepr)`. Labels number jump targets and exception
//! table bounds in offset order. Frozenset constants show in the order `order_frozenset`
//! returns (CPython's set iteration order depends on hashing, see [`crate::hash`]).

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::code::CodeObject;
use crate::constant::Constant;
use crate::exceptiontable::{self, ExceptionEntry};
use crate::linetable::{self, Location};
use crate::opcode::{self, op};

const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;
const NO_LINENO: &str = "  --";
const FUNCTION_ATTR_FLAGS: [&str; 5] = ["defaults", "kwdefaults", "annotations", "closure", "annotate"];

/// Gives the iteration order of a frozenset's elements (given in marshal order).
pub type FrozensetOrder = fn(&[Constant]) -> Vec<Constant>;

/// `dis.dis` keyword options, and how constants are shown.
#[derive(Clone, Copy, Debug)]
pub struct DisOptions {
    /// Reorders frozenset elements the way the interpreter printing the listing iterates them
    /// (given in insertion order). `None` keeps the stored order.
    pub order_frozenset: Option<FrozensetOrder>,
    /// `show_caches=True`: a `CACHE` line per inline cache unit.
    pub show_caches: bool,
    /// `show_offsets=True`: the byte offset column.
    pub show_offsets: bool,
    /// `show_positions=True`: `line:col-endline:endcol` instead of line numbers.
    pub show_positions: bool,
}

impl Default for DisOptions {
    fn default() -> DisOptions {
        DisOptions {
            order_frozenset: Some(crate::hash::frozenset_order_wasm32),
            show_caches: false,
            show_offsets: false,
            show_positions: false,
        }
    }
}

/// `dis.dis(code)` output with default options.
pub fn dis(code: &CodeObject) -> String {
    dis_with(code, &DisOptions::default())
}

/// `dis.dis(code)` output.
pub fn dis_with(code: &CodeObject, options: &DisOptions) -> String {
    let mut out = String::new();
    disassemble_recursive(code, options, &mut out);
    out
}

fn disassemble_recursive(code: &CodeObject, options: &DisOptions, out: &mut String) {
    disassemble(code, options, out);
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            out.push('\n');
            let _ = writeln!(out, "Disassembly of {}:", inner.repr());
            disassemble_recursive(inner, options, out);
        }
    }
}

/// One unpacked instruction as `dis._unpack_opargs` yields it.
struct Unpacked {
    offset: usize,
    opcode: u8,
    arg: Option<i64>,
}

fn unpack(code: &[u8]) -> Vec<Unpacked> {
    let mut out = Vec::new();
    let mut extended: i64 = 0;
    let mut caches = 0;
    let mut i = 0;
    while i + 1 < code.len() {
        if caches > 0 {
            caches -= 1;
            i += 2;
            continue;
        }
        let opc = code[i];
        let deop = opcode::deopt(u16::from(opc));
        caches = usize::from(opcode::cache_entries(deop));
        let arg = if opcode::has_arg(deop) {
            let arg = i64::from(code[i + 1]) | extended;
            extended = if deop == op::EXTENDED_ARG { arg << 8 } else { 0 };
            if extended >= 1 << 31 {
                extended -= 1 << 32;
            }
            Some(arg)
        } else {
            extended = 0;
            None
        };
        out.push(Unpacked {
            offset: i,
            opcode: opc,
            arg,
        });
        i += 2;
    }
    out
}

fn is_backward_jump(deop: u16) -> bool {
    matches!(
        deop,
        op::JUMP_BACKWARD | op::JUMP_BACKWARD_NO_INTERRUPT | op::END_ASYNC_FOR
    )
}

fn jump_target(opc: u8, arg: i64, offset: usize) -> Option<i64> {
    let deop = opcode::deopt(u16::from(opc));
    let f = opcode::flags(deop);
    if f & opcode::HAS_JREL != 0 {
        let caches = i64::from(opcode::cache_entries(deop));
        let signed = if is_backward_jump(deop) { -arg } else { arg };
        Some(offset as i64 + 2 + signed * 2 + 2 * caches)
    } else if f & opcode::HAS_JABS != 0 {
        Some(arg * 2)
    } else {
        None
    }
}

fn const_repr(c: &Constant, options: &DisOptions) -> String {
    match c {
        Constant::FrozenSet(items) if !items.is_empty() => {
            let ordered = match options.order_frozenset {
                Some(order) => order(items),
                None => items.clone(),
            };
            let parts: Vec<String> = ordered.iter().map(|c| const_repr(c, options)).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(|c| const_repr(c, options)).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::Slice(p) => format!(
            "slice({}, {}, {})",
            const_repr(&p[0], options),
            const_repr(&p[1], options),
            const_repr(&p[2], options)
        ),
        _ => c.repr(),
    }
}

fn name_text(s: Option<&crate::constant::PyStr>) -> String {
    match s {
        Some(s) => s.as_str().map(str::to_string).unwrap_or_else(|| s.repr()),
        None => "<?>".into(),
    }
}

/// `dis._get_positions_width`: room for `line:col-endline:endcol` plus a space.
fn positions_width(positions: &[Location]) -> usize {
    let mut has_value = false;
    let mut width = 0;
    for p in positions {
        let parts = [p.line, p.end_line, p.col, p.end_col];
        has_value |= parts.iter().any(Option::is_some);
        let w: usize = parts.iter().map(|x| x.map_or(1, |v| v.to_string().len())).sum();
        width = width.max(w);
    }
    if has_value {
        1 + NO_LINENO.len().max(3 + width)
    } else {
        0
    }
}

fn positions_text(p: &Location) -> String {
    if p.line.is_none() && p.end_line.is_none() && p.col.is_none() && p.end_col.is_none() {
        return NO_LINENO.to_string();
    }
    let t = |x: Option<i32>| x.map_or_else(|| "?".to_string(), |v| v.to_string());
    format!("{}:{}-{}:{}", t(p.line), t(p.col), t(p.end_line), t(p.end_col))
}

/// One line of the listing (`Formatter.print_instruction_line`).
struct Line<'a> {
    offset: usize,
    starts_line: bool,
    line_number: Option<i32>,
    label: Option<usize>,
    position: Location,
    opname: &'a str,
    arg: Option<i64>,
    argrepr: String,
}

struct Layout {
    lineno_width: usize,
    label_width: usize,
    offset_width: usize,
    show_positions: bool,
}

impl Layout {
    fn print(&self, line: &Line<'_>, out: &mut String) {
        if self.lineno_width > 0 && line.starts_line && line.offset > 0 {
            out.push('\n');
        }
        let mut fields: Vec<String> = Vec::new();
        let w = self.lineno_width;
        if w > 0 {
            if self.show_positions {
                fields.push(format!("{:<w$}", positions_text(&line.position)));
            } else if line.starts_line {
                match line.line_number {
                    Some(l) => fields.push(format!("{l:>w$}")),
                    None => fields.push(format!("{NO_LINENO:>w$}")),
                }
            } else {
                fields.push(" ".repeat(w));
            }
        }
        let lw = self.label_width;
        match line.label {
            Some(l) => fields.push(format!("{:>lw$}", format!("L{l}:"))),
            None => fields.push(" ".repeat(lw)),
        }
        if self.offset_width > 0 {
            let ow = self.offset_width;
            fields.push(format!("{:>ow$}  ", line.offset));
        }
        fields.push("   ".into());
        fields.push(format!("{:<OPNAME_WIDTH$}", line.opname));
        if let Some(arg) = line.arg {
            let excess = line.opname.len().saturating_sub(OPNAME_WIDTH);
            let width = OPARG_WIDTH.saturating_sub(excess);
            fields.push(format!("{arg:>width$}"));
            if !line.argrepr.is_empty() {
                fields.push(format!("({})", line.argrepr));
            }
        }
        let text = fields.join(" ");
        out.push_str(text.trim_end());
        out.push('\n');
    }
}

fn disassemble(code: &CodeObject, options: &DisOptions, out: &mut String) {
    let lines = linetable::lines(code.firstlineno, &code.linetable).unwrap_or_default();
    let positions = linetable::positions(code.firstlineno, &code.linetable).unwrap_or_default();
    // findlinestarts: offsets where the line changes.
    let mut linestarts: Vec<(usize, Option<i32>)> = Vec::new();
    let mut last: Option<Option<i32>> = None;
    for (start, _, line) in &lines {
        if last != Some(*line) {
            last = Some(*line);
            linestarts.push((*start, *line));
        }
    }
    let exceptions: Vec<ExceptionEntry> = exceptiontable::decode(&code.exceptiontable).unwrap_or_default();

    let lineno_width = if options.show_positions {
        positions_width(&positions)
    } else {
        match linestarts.iter().filter_map(|(_, l)| *l).filter(|l| *l != 0).max() {
            None => 0,
            Some(m) => {
                let w = 3.max(m.to_string().len());
                if w < NO_LINENO.len() && linestarts.iter().any(|(_, l)| l.is_none()) {
                    NO_LINENO.len()
                } else {
                    w
                }
            }
        }
    };

    let instrs = unpack(&code.code);
    let mut labels: BTreeSet<i64> = BTreeSet::new();
    for ins in &instrs {
        if let Some(arg) = ins.arg
            && let Some(t) = jump_target(ins.opcode, arg, ins.offset)
        {
            labels.insert(t);
        }
    }
    for e in &exceptions {
        labels.insert(i64::from(e.start) * 2);
        labels.insert(i64::from(e.end) * 2);
        labels.insert(i64::from(e.target) * 2);
    }
    let label_of = |offset: i64| labels.iter().position(|&l| l == offset).map(|i| i + 1);
    let layout = Layout {
        lineno_width,
        label_width: 4 + labels.len().to_string().len(),
        offset_width: if options.show_offsets {
            code.code.len().saturating_sub(2).max(9999).to_string().len()
        } else {
            0
        },
        show_positions: options.show_positions,
    };

    let mut line_iter = linestarts.iter().peekable();
    for ins in &instrs {
        let mut starts_line = false;
        let mut line_number = None;
        while let Some(&&(off, line)) = line_iter.peek() {
            if off < ins.offset {
                line_iter.next();
                continue;
            }
            if off == ins.offset {
                starts_line = true;
                line_number = line;
                line_iter.next();
            }
            break;
        }
        let position = positions.get(ins.offset / 2).copied().unwrap_or(Location::NONE);
        let opname = opcode::display_name(u16::from(ins.opcode));
        let argrepr = match ins.arg {
            Some(arg) => argrepr(code, options, ins, arg, &label_of),
            None => String::new(),
        };
        let line = Line {
            offset: ins.offset,
            starts_line,
            line_number,
            label: label_of(ins.offset as i64),
            position,
            opname: &opname,
            arg: ins.arg,
            argrepr,
        };
        layout.print(&line, out);
        if options.show_caches {
            let deop = opcode::deopt(u16::from(ins.opcode));
            let mut offset = ins.offset;
            for &(name, size) in opcode::cache_format(deop) {
                let start = offset + 2;
                let data = code.code.get(start..start + 2 * usize::from(size)).unwrap_or(&[]);
                let value = data
                    .iter()
                    .rev()
                    .fold(num_bigint::BigUint::from(0u32), |acc, b| (acc << 8u32) + *b);
                for i in 0..size {
                    offset += 2;
                    let cache = Line {
                        offset,
                        starts_line: false,
                        line_number: None,
                        label: None,
                        position,
                        opname: "CACHE",
                        arg: Some(0),
                        argrepr: if i == 0 {
                            format!("{name}: {value}")
                        } else {
                            String::new()
                        },
                    };
                    layout.print(&cache, out);
                }
            }
        }
    }
    if !exceptions.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &exceptions {
            let l = |x: u32| label_of(i64::from(x) * 2).unwrap_or(0);
            let lasti = if e.lasti { " lasti" } else { "" };
            let _ = writeln!(
                out,
                "  L{} to L{} -> L{} [{}]{lasti}",
                l(e.start),
                l(e.end),
                l(e.target),
                e.depth
            );
        }
    }
}

fn argrepr(
    code: &CodeObject,
    options: &DisOptions,
    ins: &Unpacked,
    arg: i64,
    label_of: &dyn Fn(i64) -> Option<usize>,
) -> String {
    let deop = opcode::deopt(u16::from(ins.opcode));
    let f = opcode::flags(deop);
    let idx = |i: i64| usize::try_from(i).ok();
    let name = |i: i64| name_text(idx(i).and_then(|i| code.names.get(i)));
    let local = |i: i64| name_text(idx(i).and_then(|i| code.localsplusnames.get(i)));
    let table = |t: &[&str], i: i64| idx(i).and_then(|i| t.get(i)).map(|s| s.to_string()).unwrap_or_default();
    if f & opcode::HAS_CONST != 0 {
        return match idx(arg).and_then(|i| code.consts.get(i)) {
            Some(c) => const_repr(c, options),
            None => String::new(),
        };
    }
    if f & opcode::HAS_NAME != 0 {
        return match deop {
            op::LOAD_GLOBAL => {
                let n = name(arg / 2);
                if arg & 1 != 0 { format!("{n} + NULL") } else { n }
            }
            op::LOAD_ATTR => {
                let n = name(arg / 2);
                if arg & 1 != 0 { format!("{n} + NULL|self") } else { n }
            }
            op::LOAD_SUPER_ATTR => {
                let n = name(arg / 4);
                if arg & 1 != 0 { format!("{n} + NULL|self") } else { n }
            }
            _ => name(arg),
        };
    }
    if f & (opcode::HAS_JUMP | opcode::HAS_EXC) != 0 {
        let target = jump_target(ins.opcode, arg, ins.offset);
        let label = target.and_then(label_of).map(|l| l.to_string()).unwrap_or_default();
        let preposition = if deop == op::END_ASYNC_FOR { "from" } else { "to" };
        return format!("{preposition} L{label}");
    }
    match deop {
        op::LOAD_FAST_LOAD_FAST
        | op::LOAD_FAST_BORROW_LOAD_FAST_BORROW
        | op::STORE_FAST_LOAD_FAST
        | op::STORE_FAST_STORE_FAST => return format!("{}, {}", local(arg >> 4), local(arg & 15)),
        _ => {}
    }
    if f & (opcode::HAS_LOCAL | opcode::HAS_FREE) != 0 {
        return local(arg);
    }
    if f & opcode::HAS_COMPARE != 0 {
        let c = table(opcode::CMP_OP, arg >> 5);
        return if arg & 16 != 0 { format!("bool({c})") } else { c };
    }
    match deop {
        op::CONVERT_VALUE => table(&["", "str", "repr", "ascii"], arg),
        op::SET_FUNCTION_ATTRIBUTE => FUNCTION_ATTR_FLAGS
            .iter()
            .enumerate()
            .filter(|(i, _)| arg & (1 << i) != 0)
            .map(|(_, s)| *s)
            .collect::<Vec<_>>()
            .join(", "),
        op::BINARY_OP => table(opcode::NB_OPS, arg),
        op::CALL_INTRINSIC_1 => table(opcode::INTRINSIC_1, arg),
        op::CALL_INTRINSIC_2 => table(opcode::INTRINSIC_2, arg),
        // Types show their name, the builtin functions their repr.
        op::LOAD_COMMON_CONSTANT => match table(opcode::COMMON_CONSTANTS, arg) {
            n if n == "all" || n == "any" => format!("<built-in function {n}>"),
            n => n,
        },
        op::LOAD_SPECIAL => table(opcode::SPECIAL_METHOD_NAMES, arg),
        op::IS_OP => (if arg != 0 { "is not" } else { "is" }).into(),
        op::CONTAINS_OP => (if arg != 0 { "not in" } else { "in" }).into(),
        _ => String::new(),
    }
}
