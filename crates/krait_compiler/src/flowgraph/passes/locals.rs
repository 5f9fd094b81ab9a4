//! Local-variable passes of CPython 3.14's flowgraph:
//! `add_checks_for_loads_of_uninitialized_variables` (a `LOAD_FAST` of a local that may be
//! unbound on some path becomes `LOAD_FAST_CHECK`; the first 64 locals are tracked across
//! blocks with bit masks propagated along fallthrough, jump and exception edges, the others
//! only within one block) and `insert_superinstructions` (`LOAD_FAST_LOAD_FAST`,
//! `STORE_FAST_LOAD_FAST`, `STORE_FAST_STORE_FAST` when both opargs are < 16 and the lines
//! agree, then redundant NOPs removed).

use super::super::cfg::{BlockId, Cfg, CfgInstr};
use super::super::remove_redundant_nops;
use krait_bytecode::opcode::op;

/// `add_checks_for_loads_of_uninitialized_variables` for `nlocals` locals of which the
/// first `nparams` are parameters (always bound).
pub fn add_checks_for_loads_of_uninitialized_variables(cfg: &mut Cfg, nlocals: usize, nparams: usize) {
    if nlocals == 0 {
        return;
    }
    let mut nlocals = nlocals;
    if nlocals > 64 {
        fast_scan_many_locals(cfg, nlocals);
        nlocals = 64;
    }
    let order = cfg.order();
    for &b in &order {
        let blk = cfg.block_mut(b);
        blk.visited = false;
        blk.unsafe_locals_mask = 0;
    }
    let mut stack: Vec<BlockId> = Vec::new();
    let mut start_mask: u64 = 0;
    for i in nparams..nlocals {
        start_mask |= 1u64 << i;
    }
    maybe_push(cfg, cfg.entry, start_mask, &mut stack);
    for &b in &order {
        scan_block_for_locals(cfg, b, &mut stack);
    }
    while let Some(b) = stack.pop() {
        cfg.block_mut(b).visited = false;
        scan_block_for_locals(cfg, b, &mut stack);
    }
}

/// Adds `mask` to what `b` knows; queues `b` when that is news and it is not queued.
fn maybe_push(cfg: &mut Cfg, b: BlockId, mask: u64, stack: &mut Vec<BlockId>) {
    let blk = cfg.block_mut(b);
    let both = blk.unsafe_locals_mask | mask;
    if blk.unsafe_locals_mask != both {
        blk.unsafe_locals_mask = both;
        if !blk.visited {
            blk.visited = true;
            stack.push(b);
        }
    }
}

fn scan_block_for_locals(cfg: &mut Cfg, b: BlockId, stack: &mut Vec<BlockId>) {
    let mut unsafe_mask = cfg.block(b).unsafe_locals_mask;
    for i in 0..cfg.block(b).instrs.len() {
        let ins = cfg.block(b).instrs[i];
        if let Some(handler) = ins.except {
            maybe_push(cfg, handler, unsafe_mask, stack);
        }
        if ins.oparg >= 64 {
            continue;
        }
        let bit = 1u64 << ins.oparg;
        match ins.opcode {
            op::DELETE_FAST | op::LOAD_FAST_AND_CLEAR | op::STORE_FAST_MAYBE_NULL => unsafe_mask |= bit,
            op::STORE_FAST | op::LOAD_FAST_CHECK => unsafe_mask &= !bit,
            op::LOAD_FAST => {
                if unsafe_mask & bit != 0 {
                    cfg.block_mut(b).instrs[i].opcode = op::LOAD_FAST_CHECK;
                }
                unsafe_mask &= !bit;
            }
            _ => {}
        }
    }
    let blk = cfg.block(b);
    let next = blk.next.filter(|_| blk.has_fallthrough());
    let jump_target = blk.last().filter(|l| l.is_jump()).and_then(|l| l.target);
    if let Some(n) = next {
        maybe_push(cfg, n, unsafe_mask, stack);
    }
    if let Some(t) = jump_target {
        maybe_push(cfg, t, unsafe_mask, stack);
    }
}

/// `fast_scan_many_locals`: locals 64 and up count as bound only after a load or store
/// earlier in the same block.
fn fast_scan_many_locals(cfg: &mut Cfg, nlocals: usize) {
    let mut states = vec![0usize; nlocals - 64];
    let mut blocknum = 0usize;
    for b in cfg.order() {
        blocknum += 1;
        for ins in &mut cfg.block_mut(b).instrs {
            let arg = ins.oparg as usize;
            if arg < 64 {
                continue;
            }
            let Some(state) = states.get_mut(arg - 64) else { continue };
            match ins.opcode {
                op::DELETE_FAST | op::LOAD_FAST_AND_CLEAR | op::STORE_FAST_MAYBE_NULL => *state = blocknum - 1,
                op::STORE_FAST => *state = blocknum,
                op::LOAD_FAST => {
                    if *state != blocknum {
                        ins.opcode = op::LOAD_FAST_CHECK;
                    }
                    *state = blocknum;
                }
                _ => {}
            }
        }
    }
}

/// `insert_superinstructions`.
pub fn insert_superinstructions(cfg: &mut Cfg) {
    for b in cfg.order() {
        let instrs = &mut cfg.block_mut(b).instrs;
        for i in 0..instrs.len() {
            let Some(next) = instrs.get(i + 1).copied() else { continue };
            let super_op = match (instrs[i].opcode, next.opcode) {
                (op::LOAD_FAST, op::LOAD_FAST) => op::LOAD_FAST_LOAD_FAST,
                (op::STORE_FAST, op::LOAD_FAST) => op::STORE_FAST_LOAD_FAST,
                (op::STORE_FAST, op::STORE_FAST) => op::STORE_FAST_STORE_FAST,
                _ => continue,
            };
            make_super_instruction(instrs, i, super_op);
        }
    }
    remove_redundant_nops(cfg);
}

fn make_super_instruction(instrs: &mut [CfgInstr], i: usize, super_op: u16) {
    let (first, second) = (instrs[i], instrs[i + 1]);
    let (line1, line2) = (first.loc.lineno, second.loc.lineno);
    if line1 >= 0 && line2 >= 0 && line1 != line2 {
        return;
    }
    if first.oparg >= 16 || second.oparg >= 16 {
        return;
    }
    instrs[i].opcode = super_op;
    instrs[i].oparg = (first.oparg << 4) | second.oparg;
    instrs[i + 1].set_nop();
}

#[cfg(test)]
mod tests {
    use super::super::testing::{block, cfg_of, dump_all};
    use super::*;

    fn run(blocks: &[&str], nlocals: usize, nparams: usize) -> String {
        let parsed: Vec<_> = blocks.iter().map(|t| block(t)).collect();
        let mut g = cfg_of(&parsed);
        add_checks_for_loads_of_uninitialized_variables(&mut g, nlocals, nparams);
        dump_all(&g)
    }

    #[test]
    fn uninitialized_loads() {
        // def f(a): return a, b  -> b may be unbound.
        assert_eq!(run(&["LOAD_FAST 0; LOAD_FAST 1; RETURN_VALUE"], 2, 1), "b0: LOAD_FAST 0; LOAD_FAST_CHECK 1; RETURN_VALUE");
        // Bound on one path only.
        assert_eq!(
            run(&["LOAD_FAST 0; POP_JUMP_IF_FALSE ->2", "LOAD_SMALL_INT 1; STORE_FAST 1", "LOAD_FAST 1; RETURN_VALUE"], 2, 1),
            "b0: LOAD_FAST 0; POP_JUMP_IF_FALSE ->2 | b1: LOAD_SMALL_INT 1; STORE_FAST 1 | b2: LOAD_FAST_CHECK 1; RETURN_VALUE"
        );
        // Deleted, then loaded; a second load after a check needs none.
        assert_eq!(
            run(&["DELETE_FAST 0; LOAD_FAST 0; LOAD_FAST 0; RETURN_VALUE"], 1, 1),
            "b0: DELETE_FAST 0; LOAD_FAST_CHECK 0; LOAD_FAST 0; RETURN_VALUE"
        );
        // Locals above 64 are judged per block.
        assert_eq!(
            run(&["STORE_FAST 70; LOAD_FAST 70; JUMP ->1", "LOAD_FAST 70; RETURN_VALUE"], 80, 0),
            "b0: STORE_FAST 70; LOAD_FAST 70; JUMP ->1 | b1: LOAD_FAST_CHECK 70; RETURN_VALUE"
        );
    }

    #[test]
    fn superinstructions() {
        let cases: &[(&str, &str)] = &[
            ("LOAD_FAST 1; LOAD_FAST 2; BINARY_OP 0", "b0: LOAD_FAST_LOAD_FAST 18; BINARY_OP 0"),
            ("STORE_FAST 1; LOAD_FAST 2", "b0: STORE_FAST_LOAD_FAST 18"),
            ("STORE_FAST 1; STORE_FAST 2", "b0: STORE_FAST_STORE_FAST 18"),
            ("LOAD_FAST 1; LOAD_FAST 16", "b0: LOAD_FAST 1; LOAD_FAST 16"),
            ("LOAD_FAST 1@1; LOAD_FAST 2@2", "b0: LOAD_FAST 1; LOAD_FAST 2"),
            ("LOAD_FAST 1@1; LOAD_FAST 2@-", "b0: LOAD_FAST_LOAD_FAST 18"),
            ("LOAD_FAST 1; LOAD_FAST 2; LOAD_FAST 3", "b0: LOAD_FAST_LOAD_FAST 18; LOAD_FAST 3"),
        ];
        for (input, expected) in cases {
            let mut g = cfg_of(&[block(input)]);
            insert_superinstructions(&mut g);
            assert_eq!(dump_all(&g), *expected, "{input}");
        }
    }
}
