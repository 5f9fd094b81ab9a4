//! The optimisation passes of the flowgraph (CPython 3.14's `Python/flowgraph.c`), called by
//! [`super::optimize_code_unit`] and [`super::optimized_cfg_to_instructions`] in CPython's
//! order. Each pass mutates the [`Cfg`] in place and must leave a graph CPython's own pass
//! would leave (same blocks in the same order, same instructions, same constants appended).
//!
//! Until a pass is written it is a no-op here: the pipeline still produces correct (but
//! unoptimised) code. One file per pass family is expected beside this one; replace a stub
//! by a `pub use family::name;` when its implementation lands.

use super::cfg::{BlockId, Cfg};
use krait_bytecode::Constant;

/// `inline_small_or_no_lineno_blocks`: a block ending in an unconditional jump to a small
/// exit block (<= 4 instructions) or to a block without line numbers and no fallthrough
/// gets the target's instructions appended instead of the jump; repeated until no change.
pub fn inline_small_or_no_lineno_blocks(cfg: &mut Cfg) {
    let _ = cfg;
}

/// `remove_unreachable`: counts `predecessors` of every block reachable from the entry
/// (through fallthrough, jumps and `SETUP_*` targets) and empties the others (clearing
/// their `except_handler` mark). Implemented here because line-number resolution needs
/// the predecessor counts.
pub fn remove_unreachable(cfg: &mut Cfg) {
    let order = cfg.order();
    for &b in &order {
        let blk = cfg.block_mut(b);
        blk.predecessors = 0;
        blk.visited = false;
    }
    let entry = cfg.entry;
    cfg.block_mut(entry).predecessors = 1;
    cfg.block_mut(entry).visited = true;
    let mut stack = vec![entry];
    while let Some(b) = stack.pop() {
        let blk = cfg.block(b);
        let next = blk.next.filter(|_| blk.has_fallthrough());
        let targets: Vec<BlockId> =
            blk.instrs.iter().filter(|i| i.is_jump() || i.is_block_push()).filter_map(|i| i.target).collect();
        if let Some(n) = next {
            if !cfg.block(n).visited {
                cfg.block_mut(n).visited = true;
                stack.push(n);
            }
            cfg.block_mut(n).predecessors += 1;
        }
        for t in targets {
            if !cfg.block(t).visited {
                cfg.block_mut(t).visited = true;
                stack.push(t);
            }
            cfg.block_mut(t).predecessors += 1;
        }
    }
    for &b in &order {
        let blk = cfg.block_mut(b);
        if blk.predecessors == 0 {
            blk.instrs.clear();
            blk.except_handler = false;
        }
    }
}

/// `optimize_load_const`: per block, `LOAD_CONST` of a small int becomes `LOAD_SMALL_INT`,
/// constant + conditional jump folds to `JUMP`/`NOP`, `None` + `IS_OP` + jump becomes
/// `POP_JUMP_IF_[NOT_]NONE`, constant + `TO_BOOL` becomes a bool constant. `consts` is the
/// code unit's constant list (new constants are appended).
pub fn optimize_load_const(cfg: &mut Cfg, consts: &mut Vec<Constant>) {
    let _ = (cfg, consts);
}

/// `optimize_basic_block`: the per-block peephole rules (tuple/list/set folding, jump
/// threading, `STORE_FAST` pairs, `LOAD_GLOBAL`+`PUSH_NULL`, `COMPARE_OP`+`TO_BOOL`, unary
/// and binary constant folding, `swaptimize`, `apply_static_swaps`). Called for each block
/// in layout order.
pub fn optimize_basic_block(cfg: &mut Cfg, block: BlockId, consts: &mut Vec<Constant>) {
    let _ = (cfg, block, consts);
}

/// `remove_redundant_nops_and_pairs`: removes redundant `NOP`s and the pairs
/// `LOAD_CONST`/`LOAD_SMALL_INT`/`COPY 1` + `POP_TOP`, until no change.
pub fn remove_redundant_nops_and_pairs(cfg: &mut Cfg) {
    let _ = cfg;
}

/// `remove_unused_consts`: drops constants no instruction loads (index 0 always kept) and
/// renumbers the `LOAD_CONST` opargs.
pub fn remove_unused_consts(cfg: &mut Cfg, consts: &mut Vec<Constant>) {
    let _ = (cfg, consts);
}

/// `add_checks_for_loads_of_uninitialized_variables`: `LOAD_FAST` of a local that may be
/// unbound becomes `LOAD_FAST_CHECK` (`nlocals` locals of which `nparams` parameters).
pub fn add_checks_for_loads_of_uninitialized_variables(cfg: &mut Cfg, nlocals: usize, nparams: usize) {
    let _ = (cfg, nlocals, nparams);
}

/// `insert_superinstructions`: `LOAD_FAST_LOAD_FAST`, `STORE_FAST_LOAD_FAST`,
/// `STORE_FAST_STORE_FAST` (both opargs < 16, same line), then redundant NOP removal.
pub fn insert_superinstructions(cfg: &mut Cfg) {
    let _ = cfg;
}

/// `push_cold_blocks_to_end`: moves blocks reached only from exception handlers to the end,
/// adding `JUMP_NO_INTERRUPT` where a cold block fell through to a warm one.
pub fn push_cold_blocks_to_end(cfg: &mut Cfg) {
    let _ = cfg;
}

/// `optimize_load_fast`: `LOAD_FAST` (and `LOAD_FAST_LOAD_FAST`) whose reference provably
/// does not outlive the local becomes the `_BORROW` form. Runs after `normalize_jumps`.
pub fn optimize_load_fast(cfg: &mut Cfg) {
    let _ = cfg;
}
