//! Block-level clean-ups of CPython 3.14's `optimize_cfg`: `inline_small_or_no_lineno_blocks`
//! (a jump to a small exit block, or to a line-less block that cannot fall through, is
//! replaced by a copy of that block), `remove_unreachable` (predecessor counts; blocks not
//! reachable from the entry are emptied) and `remove_redundant_nops_and_pairs` (redundant
//! NOPs, and `LOAD_CONST`/`LOAD_SMALL_INT`/`COPY 1` followed by `POP_TOP`, even across a
//! fallthrough into a block that is no jump target).

use super::super::cfg::{BlockId, Cfg, is_unconditional_jump};
use super::super::remove_redundant_nops_in_block;
use krait_bytecode::opcode::op;

/// `MAX_COPY_SIZE`: exit blocks up to this many instructions are copied into their jumps.
const MAX_COPY_SIZE: usize = 4;

/// `inline_small_or_no_lineno_blocks`, repeated until nothing changes.
pub fn inline_small_or_no_lineno_blocks(cfg: &mut Cfg) {
    // Every change removes a jump; the bound only guards against malformed graphs.
    let mut rounds = 0usize;
    loop {
        let mut changed = false;
        for b in cfg.order() {
            if inline_into(cfg, b) {
                changed = true;
            }
        }
        rounds += 1;
        if !changed || rounds > 10_000 {
            break;
        }
    }
}

fn inline_into(cfg: &mut Cfg, b: BlockId) -> bool {
    let Some(last) = cfg.block(b).last().copied() else { return false };
    if !is_unconditional_jump(last.opcode) {
        return false;
    }
    let Some(target) = last.target else { return false };
    let tb = cfg.block(target);
    let small_exit_block = tb.exits_scope() && tb.instrs.len() <= MAX_COPY_SIZE;
    let no_lineno_no_fallthrough = tb.has_no_lineno() && !tb.has_fallthrough();
    if !(small_exit_block || no_lineno_no_fallthrough) {
        return false;
    }
    let copied = tb.instrs.clone();
    let blk = cfg.block_mut(b);
    let removed_jump = last.opcode;
    if let Some(l) = blk.last_mut() {
        l.set_nop();
    }
    let mut instrs = blk.instrs.clone();
    instrs.extend(copied);
    blk.set_instrs(instrs);
    if no_lineno_no_fallthrough
        && let Some(l) = blk.last_mut()
        && is_unconditional_jump(l.opcode)
        && removed_jump == op::JUMP
    {
        // Keep the eval-breaker check of the jump that was removed.
        l.opcode = op::JUMP;
    }
    let tb = cfg.block_mut(target);
    tb.predecessors = tb.predecessors.saturating_sub(1);
    true
}

/// `remove_unreachable`: counts the predecessors of every block reachable from the entry
/// (fallthrough, jumps, `SETUP_*` targets) and empties the others, clearing their
/// exception-handler mark.
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
            blk.set_instrs(Vec::new());
            blk.except_handler = false;
        }
    }
}

/// `remove_redundant_nops_and_pairs`, until nothing changes.
pub fn remove_redundant_nops_and_pairs(cfg: &mut Cfg) {
    loop {
        let mut done = true;
        // The previous instruction along straight-line code: (block, index).
        let mut instr: Option<(BlockId, usize)> = None;
        for b in cfg.order() {
            remove_redundant_nops_in_block(cfg, b);
            if cfg.block(b).label.is_some() {
                instr = None;
            }
            for i in 0..cfg.block(b).instrs.len() {
                let prev = instr;
                instr = Some((b, i));
                let opcode = cfg.block(b).instrs[i].opcode;
                let Some((pb, pi)) = prev else { continue };
                let p = cfg.block(pb).instrs[pi];
                let redundant = opcode == op::POP_TOP
                    && (p.opcode == op::LOAD_CONST
                        || p.opcode == op::LOAD_SMALL_INT
                        || (p.opcode == op::COPY && p.oparg == 1));
                if redundant {
                    cfg.block_mut(pb).instrs[pi].set_nop();
                    cfg.block_mut(b).instrs[i].set_nop();
                    done = false;
                }
            }
            let ends_in_jump = instr.is_some_and(|(ib, ii)| cfg.block(ib).instrs[ii].is_jump());
            if ends_in_jump || !cfg.block(b).has_fallthrough() {
                instr = None;
            }
        }
        if done {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{block, cfg_of, dump_all};
    use super::*;

    #[test]
    fn inlining() {
        let cases: &[(&[&str], &str)] = &[
            // A small exit block is copied into the jump.
            (&["LOAD_FAST 0; JUMP ->2", "LOAD_FAST 1; RETURN_VALUE", "LOAD_CONST 0; RETURN_VALUE"],
             "b0: LOAD_FAST 0; NOP; LOAD_CONST 0; RETURN_VALUE | b1: LOAD_FAST 1; RETURN_VALUE | b2: LOAD_CONST 0; RETURN_VALUE"),
            // A big block with a line number is not.
            (&["JUMP ->2", "NOP", "NOP; NOP; NOP; NOP; RETURN_VALUE"],
             "b0: JUMP ->2 | b1: NOP | b2: NOP; NOP; NOP; NOP; RETURN_VALUE"),
            // A line-less block ending in a jump is, and a JUMP stays a JUMP.
            (&["JUMP ->2", "NOP", "NOP@-; NOP@-; NOP@-; NOP@-; JUMP_NO_INTERRUPT ->1@-"],
             "b0: NOP; NOP; NOP; NOP; NOP; JUMP ->1 | b1: NOP | b2: NOP; NOP; NOP; NOP; JUMP_NO_INTERRUPT ->1"),
        ];
        for (blocks, expected) in cases {
            let parsed: Vec<_> = blocks.iter().map(|t| block(t)).collect();
            let mut g = cfg_of(&parsed);
            inline_small_or_no_lineno_blocks(&mut g);
            assert_eq!(dump_all(&g), *expected, "{blocks:?}");
        }
    }

    #[test]
    fn unreachable_and_pairs() {
        let parsed: Vec<_> =
            ["LOAD_FAST 0; JUMP ->2", "LOAD_FAST 1; POP_TOP", "RETURN_VALUE"].iter().map(|t| block(t)).collect();
        let mut g = cfg_of(&parsed);
        remove_unreachable(&mut g);
        assert_eq!(dump_all(&g), "b0: LOAD_FAST 0; JUMP ->2 | b1:  | b2: RETURN_VALUE");
        assert_eq!(g.block(BlockId(2)).predecessors, 1);

        let cases: &[(&[&str], &str)] = &[
            (&["LOAD_CONST 0; POP_TOP; LOAD_FAST 0; RETURN_VALUE"], "b0: LOAD_FAST 0; RETURN_VALUE"),
            (&["LOAD_FAST 0; COPY 1; POP_TOP; RETURN_VALUE"], "b0: LOAD_FAST 0; RETURN_VALUE"),
            // Across a fallthrough into a non-target block.
            (&["LOAD_SMALL_INT 1@1", "POP_TOP@2; LOAD_FAST 0@2; RETURN_VALUE@2"], "b0: NOP | b1: LOAD_FAST 0; RETURN_VALUE"),
            // Not into a jump target.
            (&["LOAD_SMALL_INT 1; JUMP_IF_TRUE ->1", "POP_TOP; RETURN_VALUE"],
             "b0: LOAD_SMALL_INT 1; JUMP_IF_TRUE ->1 | b1: POP_TOP; RETURN_VALUE"),
        ];
        for (blocks, expected) in cases {
            let parsed: Vec<_> = blocks.iter().map(|t| block(t)).collect();
            let mut g = cfg_of(&parsed);
            remove_redundant_nops_and_pairs(&mut g);
            assert_eq!(dump_all(&g), *expected, "{blocks:?}");
        }
    }
}
