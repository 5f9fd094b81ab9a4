//! Test helpers for the passes: graphs written as text and dumped back as text.
//!
//! A block is `"OP arg; OP arg; ..."`. `->N` as the argument makes a jump (or `SETUP_*`)
//! target block N of the graph; `@L` after an instruction gives it line L (default 1, `@-`
//! for no location). [`cfg_of`] chains the blocks in the order given; [`dump`] prints one
//! block in the same syntax (lines omitted) and [`dump_all`] the whole chain as
//! `bN: ... | bM: ...`.

use super::super::cfg::{BlockId, Cfg, CfgInstr, has_target};
use crate::instr::Location;
use krait_bytecode::Constant;
use krait_bytecode::opcode::{self, op};
use num_bigint::BigInt;

pub fn int(v: i64) -> Constant {
    Constant::Int(BigInt::from(v))
}

pub fn line(l: i32) -> Location {
    if l < 0 { Location::NONE } else { Location { lineno: l, end_lineno: l, col_offset: 0, end_col_offset: 1 } }
}

/// Parses one block.
pub fn block(text: &str) -> Vec<CfgInstr> {
    let mut out = Vec::new();
    for part in text.split(';') {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let (body, lineno) = match part.split_once('@') {
            Some((b, "-")) => (b.trim(), -1),
            Some((b, l)) => (b.trim(), l.trim().parse().unwrap()),
            None => (part, 1),
        };
        let mut words = body.split_whitespace();
        let name = words.next().unwrap();
        let opcode = opcode::by_name(name).unwrap_or_else(|| panic!("unknown opcode {name}"));
        let mut ins = CfgInstr::new(opcode, 0, line(lineno));
        if let Some(arg) = words.next() {
            if let Some(t) = arg.strip_prefix("->") {
                let t: u32 = t.parse().unwrap();
                ins.target = Some(BlockId(t));
                ins.oparg = t;
            } else {
                ins.oparg = arg.parse().unwrap();
            }
        }
        out.push(ins);
    }
    out
}

/// A graph of these blocks, chained in order; every jump target gets a label.
pub fn cfg_of(blocks: &[Vec<CfgInstr>]) -> Cfg {
    let mut g = Cfg::new();
    for _ in 1..blocks.len() {
        g.new_block();
    }
    for (i, instrs) in blocks.iter().enumerate() {
        g.blocks[i].instrs = instrs.clone();
        g.blocks[i].next = if i + 1 < blocks.len() { Some(BlockId(i as u32 + 1)) } else { None };
        for ins in instrs {
            if let Some(t) = ins.target {
                g.blocks[t.index()].label = Some(t.0);
            }
        }
    }
    g
}

pub fn dump_instr(ins: &CfgInstr) -> String {
    let name = opcode::name(ins.opcode).unwrap_or("?");
    if has_target(ins.opcode) {
        match ins.target {
            Some(t) => format!("{name} ->{}", t.0),
            None => format!("{name} ->?"),
        }
    } else if opcode::has_arg(ins.opcode) || ins.opcode == op::LOAD_SMALL_INT {
        format!("{name} {}", ins.oparg)
    } else {
        name.to_string()
    }
}

pub fn dump(g: &Cfg, b: BlockId) -> String {
    g.block(b).instrs.iter().map(dump_instr).collect::<Vec<_>>().join("; ")
}

pub fn dump_all(g: &Cfg) -> String {
    g.order().iter().map(|&b| format!("b{}: {}", b.0, dump(g, b))).collect::<Vec<_>>().join(" | ")
}
