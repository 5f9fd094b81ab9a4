//! The assembler: a finished [`Cfg`] to a [`CodeObject`] (CPython 3.14's
//! `Python/assemble.c` and `makecode`).
//!
//! It promises CPython's layout: unconditional pseudo-jumps resolved to `JUMP_FORWARD` /
//! `JUMP_BACKWARD` (`JUMP_NO_INTERRUPT` to `JUMP_BACKWARD_NO_INTERRUPT`), jump offsets in
//! code units relative to the end of the jump and its caches, iterated until the
//! `EXTENDED_ARG` prefixes stop changing; zeroed inline caches; the line table and the
//! exception table; localsplus names and kinds; a stack size of at least 1.

use crate::flowgraph::cfg::{BlockId, Cfg, has_jump, is_terminator};
use crate::flowgraph::{Finished, FlowgraphError};
use crate::instr::{Location, UnitMetadata};
use krait_bytecode::code::kind;
use krait_bytecode::exceptiontable::{self, ExceptionEntry};
use krait_bytecode::linetable;
use krait_bytecode::opcode::{self, op};
use krait_bytecode::{CodeObject, Constant, PyStr};

/// `END_SEND_OFFSET`: code units from the `SEND` to its `END_SEND` in `async for`.
const END_SEND_OFFSET: i64 = 5;

#[derive(Clone, Copy, Debug)]
struct Handler {
    target: usize,
    startdepth: i32,
    preserve_lasti: bool,
}

#[derive(Clone, Copy, Debug)]
struct AsmInstr {
    opcode: u16,
    oparg: u32,
    loc: Location,
    /// Index of the target instruction (jumps).
    target: usize,
    handler: Option<Handler>,
    offset: u32,
}

fn instr_size(opcode: u16, oparg: u32) -> u32 {
    let ext = u32::from(oparg > 0xFF_FFFF) + u32::from(oparg > 0xFFFF) + u32::from(oparg > 0xFF);
    ext + 1 + u32::from(opcode::cache_entries(opcode))
}

/// Lays out the graph's blocks and builds the code object.
pub fn assemble(
    g: &Cfg,
    meta: &UnitMetadata,
    consts: Vec<Constant>,
    fin: Finished,
    code_flags: u32,
    filename: &str,
) -> Result<CodeObject, FlowgraphError> {
    // Linearise: the index of each block's first instruction.
    let order = g.order();
    let mut start = vec![usize::MAX; g.blocks.len()];
    let mut count = 0usize;
    for &b in &order {
        start[b.index()] = count;
        count += g.block(b).instrs.len();
    }
    let idx = |b: Option<BlockId>| -> usize { b.map(|b| start[b.index()]).unwrap_or(usize::MAX) };
    let mut instrs: Vec<AsmInstr> = Vec::with_capacity(count);
    for &b in &order {
        for ins in &g.block(b).instrs {
            let handler = ins.except.map(|h| Handler {
                target: idx(Some(h)),
                startdepth: g.block(h).startdepth,
                preserve_lasti: g.block(h).preserve_lasti,
            });
            let jump = has_jump(ins.opcode);
            // As CPython's label map leaves it: a jump's oparg is its target's instruction
            // index when offsets are first estimated (this decides which EXTENDED_ARG
            // fixpoint the iteration reaches).
            let target_index = if jump { idx(ins.target) } else { 0 };
            instrs.push(AsmInstr {
                opcode: ins.opcode,
                oparg: if jump { u32::try_from(target_index).unwrap_or(u32::MAX) } else { ins.oparg },
                loc: ins.loc,
                target: target_index,
                handler,
                offset: 0,
            });
        }
    }
    // resolve_unconditional_jumps
    for (i, ins) in instrs.iter_mut().enumerate() {
        let forward = ins.target > i;
        match ins.opcode {
            op::JUMP => ins.opcode = if forward { op::JUMP_FORWARD } else { op::JUMP_BACKWARD },
            op::JUMP_NO_INTERRUPT => {
                ins.opcode = if forward { op::JUMP_FORWARD } else { op::JUMP_BACKWARD_NO_INTERRUPT }
            }
            o if has_jump(o) && opcode::is_pseudo(o) => {
                return Err(FlowgraphError(format!("unresolved pseudo jump {o}")));
            }
            _ => {}
        }
        if opcode::is_pseudo(ins.opcode) {
            return Err(FlowgraphError(format!("pseudo-op {} reached the assembler", ins.opcode)));
        }
    }
    // resolve_jump_offsets
    loop {
        let mut tot = 0u32;
        for ins in instrs.iter_mut() {
            ins.offset = tot;
            tot += instr_size(ins.opcode, ins.oparg);
        }
        let mut again = false;
        let mut offset: i64 = 0;
        for i in 0..instrs.len() {
            let ins = instrs[i];
            let isize = instr_size(ins.opcode, ins.oparg);
            offset += i64::from(isize);
            if has_jump(ins.opcode) {
                let target_off = instrs.get(ins.target).map(|t| i64::from(t.offset)).unwrap_or(i64::from(tot));
                let arg = if ins.opcode == op::END_ASYNC_FOR {
                    offset - target_off - END_SEND_OFFSET
                } else if target_off < offset {
                    offset - target_off
                } else {
                    target_off - offset
                };
                let arg = u32::try_from(arg).map_err(|_| FlowgraphError("bad jump offset".into()))?;
                instrs[i].oparg = arg;
                if instr_size(ins.opcode, arg) != isize {
                    again = true;
                }
            }
        }
        if !again {
            break;
        }
    }
    // Bytecode.
    let mut code: Vec<u8> = Vec::new();
    for ins in &instrs {
        let size = instr_size(ins.opcode, ins.oparg);
        let caches = u32::from(opcode::cache_entries(ins.opcode));
        let ext = size - caches - 1;
        for k in (1..=ext).rev() {
            code.push(opcode::EXTENDED_ARG as u8);
            code.push(((ins.oparg >> (8 * k)) & 0xFF) as u8);
        }
        code.push(ins.opcode as u8);
        code.push((ins.oparg & 0xFF) as u8);
        for _ in 0..caches {
            code.push(0);
            code.push(0);
        }
    }
    // Line table (NEXT_LOCATION resolved from the end).
    for i in (0..instrs.len()).rev() {
        if instrs[i].loc.lineno == -2 {
            instrs[i].loc = if is_terminator(instrs[i].opcode) {
                Location::NONE
            } else {
                instrs.get(i + 1).map(|n| n.loc).unwrap_or(Location::NONE)
            };
        }
    }
    let opt = |v: i32| if v < 0 { None } else { Some(v) };
    let runs: Vec<(linetable::Location, usize)> = instrs
        .iter()
        .map(|ins| {
            let l = if ins.loc.lineno < 0 {
                linetable::Location::NONE
            } else {
                linetable::Location {
                    line: opt(ins.loc.lineno),
                    end_line: opt(ins.loc.end_lineno),
                    col: opt(ins.loc.col_offset),
                    end_col: opt(ins.loc.end_col_offset),
                }
            };
            (l, instr_size(ins.opcode, ins.oparg) as usize)
        })
        .collect();
    let linetable = linetable::encode(meta.firstlineno, &runs);
    // Exception table.
    let mut entries = Vec::new();
    let mut cur: Option<Handler> = None;
    let mut cur_start = 0u32;
    let mut ioffset = 0u32;
    let key = |h: &Option<Handler>| h.map(|h| h.target);
    for ins in &instrs {
        if key(&ins.handler) != key(&cur) {
            if let Some(h) = cur {
                entries.push(entry(h, cur_start, ioffset, &instrs));
            }
            cur_start = ioffset;
            cur = ins.handler;
        }
        ioffset += instr_size(ins.opcode, ins.oparg);
    }
    if let Some(h) = cur {
        entries.push(entry(h, cur_start, ioffset, &instrs));
    }
    let exceptiontable = exceptiontable::encode(&entries);
    // Localsplus.
    let (names, kinds) = localsplus(meta, fin.nlocalsplus, code_flags);
    Ok(CodeObject {
        argcount: meta.argcount + meta.posonlyargcount,
        posonlyargcount: meta.posonlyargcount,
        kwonlyargcount: meta.kwonlyargcount,
        stacksize: fin.stackdepth.max(1),
        flags: code_flags,
        code,
        consts,
        names: meta.names.iter().map(|n| PyStr::new(n.as_str())).collect(),
        localsplusnames: names,
        localspluskinds: kinds,
        filename: PyStr::new(filename),
        name: PyStr::new(meta.name.as_str()),
        qualname: PyStr::new(meta.qualname.as_str()),
        firstlineno: meta.firstlineno,
        linetable,
        exceptiontable,
    })
}

fn entry(h: Handler, start: u32, end: u32, instrs: &[AsmInstr]) -> ExceptionEntry {
    let target = instrs.get(h.target).map(|t| t.offset).unwrap_or(0);
    let mut depth = h.startdepth - 1;
    if h.preserve_lasti {
        depth -= 1;
    }
    ExceptionEntry { start, end, target, depth: u32::try_from(depth).unwrap_or(0), lasti: h.preserve_lasti }
}

/// `compute_localsplus_info`: names and kinds of the fast locals, cells and frees.
fn localsplus(meta: &UnitMetadata, n: usize, flags: u32) -> (Vec<PyStr>, Vec<u8>) {
    use krait_bytecode::code::flags as cf;
    const ARG_POS: u8 = 0x02;
    const ARG_KW: u8 = 0x04;
    const ARG_VAR: u8 = 0x08;
    let mut names = vec![PyStr::new(""); n];
    let mut kinds = vec![0u8; n];
    let groups: [(usize, u8); 5] = [
        (meta.posonlyargcount as usize, ARG_POS),
        (meta.argcount as usize, ARG_POS | ARG_KW),
        (meta.kwonlyargcount as usize, ARG_KW),
        (usize::from(flags & cf::VARARGS != 0), ARG_VAR | ARG_POS),
        (usize::from(flags & cf::VARKEYWORDS != 0), ARG_VAR | ARG_KW),
    ];
    let mut pos = 0usize;
    let mut set = |i: usize, name: &str, k: u8| {
        if i < n {
            names[i] = PyStr::new(name);
            kinds[i] = k;
        }
    };
    for (i, v) in meta.varnames.iter().enumerate() {
        let mut k = kind::LOCAL;
        let mut acc = 0;
        for &(c, gk) in &groups {
            if i < acc + c {
                k |= gk;
                break;
            }
            acc += c;
        }
        if meta.fasthidden.contains(v) {
            k |= kind::HIDDEN;
        }
        if meta.cellvars.contains(v) {
            k |= kind::CELL;
        }
        set(i, v, k);
        pos = i + 1;
    }
    let _ = pos;
    let nlocals = meta.varnames.len();
    let mut dropped = 0;
    for (ci, c) in meta.cellvars.iter().enumerate() {
        if meta.varnames.contains(c) {
            dropped += 1;
            continue;
        }
        set(ci + nlocals - dropped, c, kind::CELL);
    }
    let ncells = meta.cellvars.len();
    for (fi, f) in meta.freevars.iter().enumerate() {
        set(ncells + fi + nlocals - dropped, f, kind::FREE);
    }
    (names, kinds)
}
