//! `push_cold_blocks_to_end` (CPython 3.14): blocks reachable from the entry through
//! fallthrough and jumps are warm; blocks reached only from exception handlers are cold.
//! A cold block that falls through into a warm one gets an explicit `JUMP_NO_INTERRUPT`
//! (in a new cold block, without location or handler); then every run of cold blocks moves,
//! in order, to the end of the chain, and redundant NOPs and jumps are removed.

use super::super::cfg::{BlockId, Cfg, CfgInstr};
use super::super::remove_redundant_nops_and_jumps;
use crate::instr::Location;
use krait_bytecode::opcode::op;

/// Moves the cold blocks to the end of the layout chain.
pub fn push_cold_blocks_to_end(cfg: &mut Cfg) {
    let entry = cfg.entry;
    if cfg.block(entry).next.is_none() {
        return;
    }
    mark_cold(cfg);
    let mut next_lbl = cfg.max_label() + 1;

    let mut cur = Some(entry);
    while let Some(b) = cur {
        let blk = cfg.block(b);
        if blk.cold
            && blk.has_fallthrough()
            && let Some(nx) = blk.next
            && cfg.block(nx).warm
        {
            if cfg.block(nx).label.is_none() {
                cfg.block_mut(nx).label = u32::try_from(next_lbl).ok();
                next_lbl += 1;
            }
            let explicit = cfg.new_block();
            let mut jump = CfgInstr::new(op::JUMP_NO_INTERRUPT, cfg.block(nx).label.unwrap_or(0), Location::NONE);
            jump.target = Some(nx);
            let eb = cfg.block_mut(explicit);
            eb.instrs.push(jump);
            eb.cold = true;
            eb.next = Some(nx);
            eb.predecessors = 1;
            cfg.block_mut(b).next = Some(explicit);
        }
        cur = cfg.block(b).next;
    }

    let mut cold_head: Option<BlockId> = None;
    let mut cold_tail: Option<BlockId> = None;
    let mut b = entry;
    let mut steps = 0usize;
    while cfg.block(b).next.is_some() && steps <= cfg.blocks.len() {
        steps += 1;
        while let Some(nx) = cfg.block(b).next
            && !cfg.block(nx).cold
        {
            b = nx;
        }
        let Some(streak_start) = cfg.block(b).next else { break };
        let mut streak_end = streak_start;
        while let Some(nx) = cfg.block(streak_end).next
            && cfg.block(nx).cold
        {
            streak_end = nx;
        }
        match cold_tail {
            None => cold_head = Some(streak_start),
            Some(t) => cfg.block_mut(t).next = Some(streak_start),
        }
        cold_tail = Some(streak_end);
        cfg.block_mut(b).next = cfg.block(streak_end).next;
        cfg.block_mut(streak_end).next = None;
    }
    cfg.block_mut(b).next = cold_head;
    if cold_head.is_some() {
        remove_redundant_nops_and_jumps(cfg);
    }
}

/// `mark_warm` then `mark_cold`.
fn mark_cold(cfg: &mut Cfg) {
    let order = cfg.order();
    for &b in &order {
        let blk = cfg.block_mut(b);
        blk.visited = false;
        blk.warm = false;
        blk.cold = false;
    }
    let entry = cfg.entry;
    let mut stack = vec![entry];
    cfg.block_mut(entry).visited = true;
    while let Some(b) = stack.pop() {
        cfg.block_mut(b).warm = true;
        for s in successors(cfg, b) {
            if !cfg.block(s).visited {
                cfg.block_mut(s).visited = true;
                stack.push(s);
            }
        }
    }
    for &b in &order {
        cfg.block_mut(b).visited = false;
    }
    let mut stack = Vec::new();
    for &b in &order {
        if cfg.block(b).except_handler {
            cfg.block_mut(b).visited = true;
            stack.push(b);
        }
    }
    while let Some(b) = stack.pop() {
        cfg.block_mut(b).cold = true;
        for s in successors(cfg, b) {
            if !cfg.block(s).warm && !cfg.block(s).visited {
                cfg.block_mut(s).visited = true;
                stack.push(s);
            }
        }
    }
}

/// The fallthrough successor, then every jump target, as CPython pushes them.
fn successors(cfg: &Cfg, b: BlockId) -> Vec<BlockId> {
    let blk = cfg.block(b);
    let mut out = Vec::new();
    if let Some(nx) = blk.next.filter(|_| blk.has_fallthrough()) {
        out.push(nx);
    }
    out.extend(blk.instrs.iter().filter(|i| i.is_jump()).filter_map(|i| i.target));
    out
}

#[cfg(test)]
mod tests {
    use super::super::testing::{block, cfg_of, dump_all};
    use super::*;

    #[test]
    fn handler_blocks_move_to_the_end() {
        // try: a() except: b() ; return  -- shape: body, handler (cold), exit.
        let parsed: Vec<_> = [
            "SETUP_FINALLY ->2; LOAD_FAST 0; POP_TOP; NOP",
            "JUMP ->3",
            "PUSH_EXC_INFO; POP_TOP; POP_EXCEPT",
            "LOAD_CONST 0; RETURN_VALUE",
        ]
        .iter()
        .map(|t| block(t))
        .collect();
        let mut g = cfg_of(&parsed);
        g.blocks[2].except_handler = true;
        push_cold_blocks_to_end(&mut g);
        // The handler fell through into the warm exit: it now jumps there, from the end.
        assert_eq!(
            dump_all(&g),
            "b0: SETUP_FINALLY ->2; LOAD_FAST 0; POP_TOP | b1:  | b3: LOAD_CONST 0; RETURN_VALUE | \
             b2: PUSH_EXC_INFO; POP_TOP; POP_EXCEPT | b4: JUMP_NO_INTERRUPT ->3"
        );
    }
}
