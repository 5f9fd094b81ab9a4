//! The flowgraph: a code unit's instruction sequence as a [`cfg::Cfg`], the pass pipeline of
//! CPython 3.14's `_PyCfg_OptimizeCodeUnit` and `_PyCfg_OptimizedCfgToInstructionSequence`
//! in its exact order, and the non-optimising steps the assembler relies on (label
//! resolution, exception-handler labelling, line-number resolution, pseudo-op conversion,
//! stack depth, the localsplus prefix, jump normalisation).
//!
//! The optimisation passes live in [`passes`]; the steps here promise CPython's results on
//! whatever graph those passes leave.

pub mod cfg;
pub mod passes;

use crate::instr::{Location, UnitMetadata};
use cfg::{BlockId, Cfg, CfgInstr};
use krait_bytecode::Constant;
use krait_bytecode::opcode::{self, op};

/// The flowgraph could not process a code unit (CPython raises `SystemError` or
/// `ValueError` here: a codegen bug, never a user error).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlowgraphError(pub String);

/// `RESUME` oparg for the start of a function.
const RESUME_AT_FUNC_START: u32 = 0;
/// Bit added to a post-yield `RESUME` oparg at except depth 1.
const RESUME_OPARG_DEPTH1_MASK: u32 = 4;

/// `_PyCfg_OptimizeCodeUnit`: preprocessing and every optimisation, in CPython's order.
pub fn optimize_code_unit(
    g: &mut Cfg,
    consts: &mut Vec<Constant>,
    nlocals: usize,
    nparams: usize,
    firstlineno: i32,
) -> Result<(), FlowgraphError> {
    passes::record::capture(g, consts, nlocals, nparams);
    g.translate_jump_labels_to_targets();
    mark_except_handlers(g);
    label_exception_targets(g);
    // optimize_cfg
    check_cfg(g)?;
    passes::inline_small_or_no_lineno_blocks(g);
    passes::remove_unreachable(g);
    resolve_line_numbers(g, firstlineno);
    passes::optimize_load_const(g, consts);
    for b in g.order() {
        passes::optimize_basic_block(g, b, consts);
    }
    passes::remove_redundant_nops_and_pairs(g);
    passes::remove_unreachable(g);
    remove_redundant_nops_and_jumps(g);
    // end of optimize_cfg
    passes::remove_unused_consts(g, consts);
    passes::add_checks_for_loads_of_uninitialized_variables(g, nlocals, nparams);
    passes::insert_superinstructions(g);
    passes::push_cold_blocks_to_end(g);
    resolve_line_numbers(g, firstlineno);
    Ok(())
}

/// What `_PyCfg_OptimizedCfgToInstructionSequence` computes besides the final graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Finished {
    pub stackdepth: u32,
    pub nlocalsplus: usize,
}

/// `_PyCfg_OptimizedCfgToInstructionSequence`: the steps after optimisation, leaving the
/// graph ready for the assembler.
pub fn optimized_cfg_to_instructions(
    g: &mut Cfg,
    meta: &UnitMetadata,
    code_flags: u32,
) -> Result<Finished, FlowgraphError> {
    convert_pseudo_conditional_jumps(g);
    let stackdepth = calculate_stackdepth(g)?;
    let nlocalsplus = prepare_localsplus(meta, g, code_flags);
    convert_pseudo_ops(g);
    normalize_jumps(g);
    passes::optimize_load_fast(g);
    Ok(Finished { stackdepth, nlocalsplus })
}

/// `check_cfg`: a terminator must end its block.
pub fn check_cfg(g: &Cfg) -> Result<(), FlowgraphError> {
    for b in g.order() {
        let instrs = &g.block(b).instrs;
        for (i, ins) in instrs.iter().enumerate() {
            if cfg::is_terminator(ins.opcode) && i + 1 != instrs.len() {
                return Err(FlowgraphError("malformed control flow graph.".into()));
            }
        }
    }
    Ok(())
}

/// `mark_except_handlers`: every `SETUP_*` target is an exception handler.
pub fn mark_except_handlers(g: &mut Cfg) {
    for b in g.order() {
        let targets: Vec<BlockId> =
            g.block(b).instrs.iter().filter(|i| i.is_block_push()).filter_map(|i| i.target).collect();
        for t in targets {
            g.block_mut(t).except_handler = true;
        }
    }
}

/// `label_exception_targets`: the handler active at each instruction (a depth-first walk
/// with a copied handler stack per branch); `POP_BLOCK` becomes `NOP`; a `RESUME` after a
/// yield at except depth 1 gets `RESUME_OPARG_DEPTH1_MASK`; `SETUP_WITH`/`SETUP_CLEANUP`
/// targets preserve lasti.
pub fn label_exception_targets(g: &mut Cfg) {
    g.clear_visited();
    let n = g.blocks.len();
    let mut stacks: Vec<Option<Vec<BlockId>>> = vec![None; n];
    let entry = g.entry;
    stacks[entry.index()] = Some(Vec::new());
    g.block_mut(entry).visited = true;
    let mut todo = vec![entry];
    while let Some(b) = todo.pop() {
        let mut stack = stacks[b.index()].take().unwrap_or_default();
        let mut handler = stack.last().copied();
        let mut last_yield_except_depth: i64 = -1;
        let len = g.block(b).instrs.len();
        let mut stack_moved = false;
        for i in 0..len {
            let ins = g.block(b).instrs[i];
            if ins.is_block_push() {
                if let Some(t) = ins.target {
                    if !g.block(t).visited {
                        stacks[t.index()] = Some(stack.clone());
                        g.block_mut(t).visited = true;
                        todo.push(t);
                    }
                    if matches!(ins.opcode, op::SETUP_WITH | op::SETUP_CLEANUP) {
                        g.block_mut(t).preserve_lasti = true;
                    }
                    stack.push(t);
                    handler = Some(t);
                }
            } else if ins.opcode == op::POP_BLOCK {
                stack.pop();
                handler = stack.last().copied();
                g.block_mut(b).instrs[i].set_nop();
            } else if ins.is_jump() {
                g.block_mut(b).instrs[i].except = handler;
                if let Some(t) = ins.target
                    && !g.block(t).visited
                {
                    if g.block(b).has_fallthrough() {
                        stacks[t.index()] = Some(stack.clone());
                    } else {
                        stacks[t.index()] = Some(std::mem::take(&mut stack));
                        stack_moved = true;
                    }
                    g.block_mut(t).visited = true;
                    todo.push(t);
                }
            } else if ins.opcode == op::YIELD_VALUE {
                g.block_mut(b).instrs[i].except = handler;
                last_yield_except_depth = stack.len() as i64;
            } else if ins.opcode == op::RESUME {
                let instr = &mut g.block_mut(b).instrs[i];
                instr.except = handler;
                if instr.oparg != RESUME_AT_FUNC_START {
                    if last_yield_except_depth == 1 {
                        instr.oparg |= RESUME_OPARG_DEPTH1_MASK;
                    }
                    last_yield_except_depth = -1;
                }
            } else {
                g.block_mut(b).instrs[i].except = handler;
            }
        }
        let blk = g.block(b);
        if blk.has_fallthrough()
            && let Some(nx) = blk.next
            && !g.block(nx).visited
            && !stack_moved
        {
            stacks[nx.index()] = Some(stack);
            g.block_mut(nx).visited = true;
            todo.push(nx);
        }
    }
}

/// `basicblock_remove_redundant_nops`: returns how many instructions were removed.
pub fn remove_redundant_nops_in_block(g: &mut Cfg, b: BlockId) -> usize {
    let next_loc_line = {
        let next = g.next_nonempty(g.block(b).next);
        next.and_then(|nb| {
            g.block(nb).instrs.iter().find(|i| !(i.opcode == op::NOP && i.loc.lineno < 0)).map(|i| i.loc.lineno)
        })
    };
    let instrs = &mut g.block_mut(b).instrs;
    let mut out: Vec<CfgInstr> = Vec::with_capacity(instrs.len());
    let mut prev_lineno = -1;
    let len = instrs.len();
    for src in 0..len {
        let ins = instrs[src];
        let lineno = ins.loc.lineno;
        if ins.opcode == op::NOP {
            if lineno < 0 || prev_lineno == lineno {
                continue;
            }
            if src + 1 < len {
                let next_lineno = instrs[src + 1].loc.lineno;
                if next_lineno == lineno {
                    continue;
                }
                if next_lineno < 0 {
                    instrs[src + 1].loc = ins.loc;
                    continue;
                }
            } else if next_loc_line == Some(lineno) {
                continue;
            }
        }
        out.push(ins);
        prev_lineno = lineno;
    }
    let removed = len - out.len();
    g.block_mut(b).set_instrs(out);
    removed
}

/// `remove_redundant_nops` over every block.
pub fn remove_redundant_nops(g: &mut Cfg) -> usize {
    let mut changes = 0;
    for b in g.order() {
        changes += remove_redundant_nops_in_block(g, b);
    }
    changes
}

/// `remove_redundant_jumps`: an unconditional jump to the next non-empty block becomes NOP.
pub fn remove_redundant_jumps(g: &mut Cfg) -> usize {
    let mut changes = 0;
    for b in g.order() {
        let Some(last) = g.block(b).last().copied() else {
            continue;
        };
        if cfg::is_unconditional_jump(last.opcode) {
            let target = g.next_nonempty(last.target);
            let next = g.next_nonempty(g.block(b).next);
            if target.is_some() && target == next {
                changes += 1;
                if let Some(l) = g.block_mut(b).last_mut() {
                    l.set_nop();
                }
            }
        }
    }
    changes
}

/// `remove_redundant_nops_and_jumps`: both until no change.
pub fn remove_redundant_nops_and_jumps(g: &mut Cfg) {
    loop {
        let n = remove_redundant_nops(g);
        let j = remove_redundant_jumps(g);
        if n + j == 0 {
            break;
        }
    }
}

fn is_exit_or_eval_check_without_lineno(g: &Cfg, b: BlockId) -> bool {
    let blk = g.block(b);
    (blk.exits_scope() || blk.has_eval_break()) && blk.has_no_lineno()
}

/// `resolve_line_numbers`: `duplicate_exits_without_lineno` then `propagate_line_numbers`.
pub fn resolve_line_numbers(g: &mut Cfg, _firstlineno: i32) {
    duplicate_exits_without_lineno(g);
    propagate_line_numbers(g);
}

fn duplicate_exits_without_lineno(g: &mut Cfg) {
    let mut next_lbl = g.max_label() + 1;
    let mut cur = Some(g.entry);
    while let Some(b) = cur {
        if let Some(last) = g.block(b).last().copied()
            && last.is_jump()
            && let Some(target) = g.next_nonempty(last.target)
            && is_exit_or_eval_check_without_lineno(g, target)
            && g.block(target).predecessors > 1
        {
            let nt = g.copy_block(target);
            if let Some(first) = g.block_mut(nt).instrs.first_mut() {
                first.loc = last.loc;
            }
            if let Some(l) = g.block_mut(b).last_mut() {
                l.target = Some(nt);
            }
            g.block_mut(target).predecessors -= 1;
            g.block_mut(nt).predecessors = 1;
            g.block_mut(nt).next = g.block(target).next;
            g.block_mut(nt).label = u32::try_from(next_lbl).ok();
            next_lbl += 1;
            g.block_mut(target).next = Some(nt);
        }
        cur = g.block(b).next;
    }
    for b in g.order() {
        let blk = g.block(b);
        if blk.has_fallthrough()
            && let Some(nx) = blk.next
            && !blk.instrs.is_empty()
            && is_exit_or_eval_check_without_lineno(g, nx)
        {
            let loc = blk.instrs[blk.instrs.len() - 1].loc;
            if let Some(first) = g.block_mut(nx).instrs.first_mut() {
                first.loc = loc;
            }
        }
    }
}

fn propagate_line_numbers(g: &mut Cfg) {
    for b in g.order() {
        let Some(last) = g.block(b).last().copied() else {
            continue;
        };
        let mut prev = Location::NONE;
        for ins in &mut g.block_mut(b).instrs {
            if ins.loc.lineno == -1 {
                ins.loc = prev;
            } else {
                prev = ins.loc;
            }
        }
        let blk = g.block(b);
        if blk.has_fallthrough()
            && let Some(nx) = blk.next
            && g.block(nx).predecessors == 1
            && let Some(first) = g.block_mut(nx).instrs.first_mut()
            && first.loc.lineno == -1
        {
            first.loc = prev;
        }
        if last.is_jump()
            && let Some(t) = last.target
            && g.block(t).predecessors == 1
            && let Some(first) = g.block_mut(t).instrs.first_mut()
            && first.loc.lineno == -1
        {
            first.loc = prev;
        }
    }
}

/// `convert_pseudo_conditional_jumps`: `JUMP_IF_X` becomes `COPY 1; TO_BOOL; POP_JUMP_IF_X`.
pub fn convert_pseudo_conditional_jumps(g: &mut Cfg) {
    for b in g.order() {
        let blk = g.block_mut(b);
        let mut i = 0;
        while i < blk.instrs.len() {
            let ins = blk.instrs[i];
            if ins.opcode == op::JUMP_IF_FALSE || ins.opcode == op::JUMP_IF_TRUE {
                blk.instrs[i].opcode =
                    if ins.opcode == op::JUMP_IF_FALSE { op::POP_JUMP_IF_FALSE } else { op::POP_JUMP_IF_TRUE };
                let mut copy = CfgInstr::new(op::COPY, 1, ins.loc);
                copy.except = ins.except;
                let mut to_bool = CfgInstr::new(op::TO_BOOL, 0, ins.loc);
                to_bool.except = ins.except;
                let mut instrs = blk.instrs.clone();
                instrs.insert(i, copy);
                instrs.insert(i + 1, to_bool);
                blk.set_instrs(instrs);
                i += 2;
            }
            i += 1;
        }
    }
}

/// The net stack effect the flowgraph uses (`get_stack_effects`); `jump` selects the
/// taken branch of block pushes.
fn stack_effect(opcode: u16, oparg: u32, jump: bool) -> Result<i64, FlowgraphError> {
    let bad = || FlowgraphError(format!("Invalid stack effect for opcode={opcode}, arg={oparg}"));
    if opcode <= 254 && opcode::deopt(opcode) != opcode {
        return Err(bad());
    }
    let popped = opcode::num_popped(opcode, i64::from(oparg)).ok_or_else(bad)?;
    let pushed = opcode::num_pushed(opcode, i64::from(oparg)).ok_or_else(bad)?;
    if popped < 0 || pushed < 0 {
        return Err(bad());
    }
    if cfg::is_block_push(opcode) && !jump {
        return Ok(0);
    }
    Ok(pushed - popped)
}

fn stackdepth_push(g: &mut Cfg, stack: &mut Vec<BlockId>, b: BlockId, depth: i32) -> Result<(), FlowgraphError> {
    let sd = g.block(b).startdepth;
    if !(sd < 0 || sd == depth) {
        return Err(FlowgraphError("Invalid CFG, inconsistent stackdepth".into()));
    }
    if sd < depth && sd < 100 {
        g.block_mut(b).startdepth = depth;
        stack.push(b);
    }
    Ok(())
}

/// `calculate_stackdepth`: the maximum stack depth over every path, and each reachable
/// block's start depth.
pub fn calculate_stackdepth(g: &mut Cfg) -> Result<u32, FlowgraphError> {
    for b in g.order() {
        g.block_mut(b).startdepth = i32::MIN;
    }
    let mut stack = Vec::new();
    let mut maxdepth: i32 = 0;
    let entry = g.entry;
    stackdepth_push(g, &mut stack, entry, 0)?;
    while let Some(b) = stack.pop() {
        let mut depth = g.block(b).startdepth;
        let mut next = g.block(b).next;
        let len = g.block(b).instrs.len();
        for i in 0..len {
            let ins = g.block(b).instrs[i];
            let eff = stack_effect(ins.opcode, ins.oparg, false)?;
            let new_depth = depth + i32::try_from(eff).unwrap_or(0);
            if new_depth < 0 {
                return Err(FlowgraphError("Invalid CFG, stack underflow".into()));
            }
            maxdepth = maxdepth.max(depth);
            if cfg::has_target(ins.opcode) && ins.opcode != op::END_ASYNC_FOR {
                let eff = stack_effect(ins.opcode, ins.oparg, true)?;
                let target_depth = depth + i32::try_from(eff).unwrap_or(0);
                if let Some(t) = ins.target {
                    stackdepth_push(g, &mut stack, t, target_depth)?;
                }
            }
            depth = new_depth;
            if cfg::is_unconditional_jump(ins.opcode) || cfg::is_scope_exit(ins.opcode) {
                next = None;
                break;
            }
        }
        if let Some(nx) = next {
            stackdepth_push(g, &mut stack, nx, depth)?;
        }
    }
    Ok(u32::try_from(maxdepth).unwrap_or(0))
}

/// `prepare_localsplus`: the generator prefix, `MAKE_CELL`s (in localsplus order) and
/// `COPY_FREE_VARS`, then cell/free opargs mapped to localsplus offsets (a cell that is
/// also a parameter shares the parameter's slot). Returns the number of localsplus slots.
pub fn prepare_localsplus(meta: &UnitMetadata, g: &mut Cfg, code_flags: u32) -> usize {
    let nlocals = meta.varnames.len();
    let ncells = meta.cellvars.len();
    let nfrees = meta.freevars.len();
    let noffsets = ncells + nfrees;
    // build_cellfixedoffsets
    let mut fixed: Vec<usize> = (0..noffsets).map(|i| nlocals + i).collect();
    for (ci, name) in meta.cellvars.iter().enumerate() {
        if let Some(vi) = meta.varnames.iter().position(|v| v == name) {
            fixed[ci] = vi;
        }
    }
    // insert_prefix_instructions
    let entry = g.entry;
    use krait_bytecode::code::flags as cf;
    if code_flags & (cf::GENERATOR | cf::COROUTINE | cf::ASYNC_GENERATOR) != 0 {
        let loc =
            Location { lineno: meta.firstlineno, end_lineno: meta.firstlineno, col_offset: -1, end_col_offset: -1 };
        g.insert_instr(entry, 0, CfgInstr::new(op::RETURN_GENERATOR, 0, loc));
        g.insert_instr(entry, 1, CfgInstr::new(op::POP_TOP, 0, loc));
    }
    if ncells > 0 {
        let nvars = ncells + nlocals;
        let mut sorted = vec![0usize; nvars];
        for (i, &f) in fixed.iter().take(ncells).enumerate() {
            if f < nvars {
                sorted[f] = i + 1;
            }
        }
        let mut used = 0;
        for &s in &sorted {
            if s == 0 {
                continue;
            }
            g.insert_instr(entry, used, CfgInstr::new(op::MAKE_CELL, (s - 1) as u32, Location::NONE));
            used += 1;
        }
    }
    if nfrees > 0 {
        g.insert_instr(entry, 0, CfgInstr::new(op::COPY_FREE_VARS, nfrees as u32, Location::NONE));
    }
    // fix_cell_offsets
    let mut dropped = 0;
    for (i, f) in fixed.iter_mut().enumerate() {
        if *f == i + nlocals {
            *f -= dropped;
        } else {
            dropped += 1;
        }
    }
    for b in g.order() {
        for ins in &mut g.block_mut(b).instrs {
            if matches!(
                ins.opcode,
                op::MAKE_CELL
                    | op::LOAD_CLOSURE
                    | op::LOAD_DEREF
                    | op::STORE_DEREF
                    | op::DELETE_DEREF
                    | op::LOAD_FROM_DICT_OR_DEREF
            ) && let Some(&f) = fixed.get(ins.oparg as usize)
            {
                ins.oparg = f as u32;
            }
        }
    }
    nlocals + ncells + nfrees - dropped
}

/// `convert_pseudo_ops`: `SETUP_*` become `NOP`, `LOAD_CLOSURE` becomes `LOAD_FAST`,
/// `STORE_FAST_MAYBE_NULL` becomes `STORE_FAST`; then redundant NOPs and jumps go.
pub fn convert_pseudo_ops(g: &mut Cfg) {
    for b in g.order() {
        for ins in &mut g.block_mut(b).instrs {
            if ins.is_block_push() {
                ins.set_nop();
            } else if ins.opcode == op::LOAD_CLOSURE {
                ins.opcode = op::LOAD_FAST;
            } else if ins.opcode == op::STORE_FAST_MAYBE_NULL {
                ins.opcode = op::STORE_FAST;
            }
        }
    }
    remove_redundant_nops_and_jumps(g);
}

/// `normalize_jumps`: `NOT_TAKEN` after every forward conditional jump; a backward
/// conditional jump is inverted to the next block, followed by a new block
/// `NOT_TAKEN; JUMP target`.
pub fn normalize_jumps(g: &mut Cfg) {
    g.clear_visited();
    let mut cur = Some(g.entry);
    while let Some(b) = cur {
        g.block_mut(b).visited = true;
        if let Some(last) = g.block(b).last().copied()
            && cfg::is_conditional_jump(last.opcode)
            && let Some(target) = last.target
        {
            if !g.block(target).visited {
                g.block_mut(b).push_new(op::NOT_TAKEN, 0, last.loc, None);
            } else {
                let reversed = match last.opcode {
                    op::POP_JUMP_IF_NOT_NONE => op::POP_JUMP_IF_NONE,
                    op::POP_JUMP_IF_NONE => op::POP_JUMP_IF_NOT_NONE,
                    op::POP_JUMP_IF_FALSE => op::POP_JUMP_IF_TRUE,
                    _ => op::POP_JUMP_IF_FALSE,
                };
                let bj = g.new_block();
                let next = g.block(b).next;
                {
                    let blk = g.block_mut(bj);
                    blk.instrs.push(CfgInstr::new(op::NOT_TAKEN, 0, last.loc));
                    let mut j = CfgInstr::new(op::JUMP, 0, last.loc);
                    j.target = Some(target);
                    blk.instrs.push(j);
                }
                g.block_mut(bj).startdepth = g.block(target).startdepth;
                g.block_mut(bj).cold = g.block(b).cold;
                g.block_mut(bj).next = next;
                if let Some(l) = g.block_mut(b).last_mut() {
                    l.opcode = reversed;
                    l.target = next;
                }
                g.block_mut(b).next = Some(bj);
            }
        }
        cur = g.block(b).next;
    }
}
