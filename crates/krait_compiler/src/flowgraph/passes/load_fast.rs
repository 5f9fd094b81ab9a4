//! `optimize_load_fast` (CPython 3.14): `LOAD_FAST` and `LOAD_FAST_LOAD_FAST` become their
//! `_BORROW` forms when the reference they push is provably consumed before the local it
//! came from can be overwritten, is never stored into a local, and does not survive the end
//! of its basic block.
//!
//! Each block reachable from the entry through fallthrough and jumps (never exception
//! edges: handlers keep plain loads) is interpreted abstractly over a stack of references
//! (which instruction pushed each value and from which local), starting from as many
//! unknown references as the block's start depth. Instructions that only partly consume
//! their inputs are modelled one by one, as CPython does, including its quirk of recording
//! the loop counter as the producer of the values `FORMAT_SIMPLE`, `GET_LEN` & co. push.

use super::super::cfg::{BlockId, Cfg, has_target, is_block_push, is_scope_exit, is_unconditional_jump};
use krait_bytecode::opcode::{self, op};

const NOT_LOCAL: i64 = -1;
const DUMMY_INSTR: i64 = -1;

const SUPPORT_KILLED: u8 = 1;
const STORED_AS_LOCAL: u8 = 2;
const REF_UNCONSUMED: u8 = 4;

#[derive(Clone, Copy, Debug)]
struct Ref {
    instr: i64,
    local: i64,
}

const DUMMY: Ref = Ref { instr: DUMMY_INSTR, local: NOT_LOCAL };

struct Refs(Vec<Ref>);

impl Refs {
    fn push(&mut self, instr: i64, local: i64) {
        self.0.push(Ref { instr, local });
    }
    fn pop(&mut self) -> Ref {
        self.0.pop().unwrap_or(DUMMY)
    }
}

fn mark(flags: &mut [u8], instr: i64, flag: u8) {
    if let Ok(i) = usize::try_from(instr)
        && let Some(f) = flags.get_mut(i)
    {
        *f |= flag;
    }
}

fn kill_local(flags: &mut [u8], refs: &Refs, local: i64) {
    for r in &refs.0 {
        if r.local == local {
            mark(flags, r.instr, SUPPORT_KILLED);
        }
    }
}

fn store_local(flags: &mut [u8], refs: &Refs, local: i64, r: Ref) {
    kill_local(flags, refs, local);
    if r.instr != DUMMY_INSTR {
        mark(flags, r.instr, STORED_AS_LOCAL);
    }
}

fn popped(opcode: u16, oparg: u32) -> usize {
    opcode::num_popped(opcode, i64::from(oparg)).and_then(|n| usize::try_from(n).ok()).unwrap_or(0)
}

fn pushed(opcode: u16, oparg: u32) -> usize {
    opcode::num_pushed(opcode, i64::from(oparg)).and_then(|n| usize::try_from(n).ok()).unwrap_or(0)
}

/// Rewrites the loads that may borrow.
pub fn optimize_load_fast(cfg: &mut Cfg) {
    for b in cfg.order() {
        cfg.block_mut(b).visited = false;
    }
    let entry = cfg.entry;
    cfg.block_mut(entry).startdepth = 0;
    cfg.block_mut(entry).visited = true;
    let mut worklist = vec![entry];
    let mut refs = Refs(Vec::new());
    let push_block = |cfg: &mut Cfg, worklist: &mut Vec<BlockId>, target: BlockId| {
        if !cfg.block(target).visited {
            cfg.block_mut(target).visited = true;
            worklist.push(target);
        }
    };
    while let Some(b) = worklist.pop() {
        let len = cfg.block(b).instrs.len();
        let mut flags = vec![0u8; len];
        refs.0.clear();
        for _ in 0..cfg.block(b).startdepth.max(0) {
            refs.0.push(DUMMY);
        }
        for i in 0..len {
            let ins = cfg.block(b).instrs[i];
            let (opcode, oparg) = (ins.opcode, ins.oparg);
            let here = i as i64;
            match opcode {
                op::DELETE_FAST => kill_local(&mut flags, &refs, i64::from(oparg)),
                op::LOAD_FAST => refs.push(here, i64::from(oparg)),
                op::LOAD_FAST_AND_CLEAR => {
                    kill_local(&mut flags, &refs, i64::from(oparg));
                    refs.push(here, i64::from(oparg));
                }
                op::LOAD_FAST_LOAD_FAST => {
                    refs.push(here, i64::from(oparg >> 4));
                    refs.push(here, i64::from(oparg & 15));
                }
                op::STORE_FAST => {
                    let r = refs.pop();
                    store_local(&mut flags, &refs, i64::from(oparg), r);
                }
                op::STORE_FAST_LOAD_FAST => {
                    let r = refs.pop();
                    store_local(&mut flags, &refs, i64::from(oparg >> 4), r);
                    refs.push(here, i64::from(oparg & 15));
                }
                op::STORE_FAST_STORE_FAST => {
                    let r = refs.pop();
                    store_local(&mut flags, &refs, i64::from(oparg >> 4), r);
                    let r = refs.pop();
                    store_local(&mut flags, &refs, i64::from(oparg & 15), r);
                }
                op::COPY => {
                    let depth = refs.0.len();
                    let r = depth.checked_sub(oparg as usize).and_then(|idx| refs.0.get(idx).copied()).unwrap_or(DUMMY);
                    refs.push(r.instr, r.local);
                }
                op::SWAP => {
                    let depth = refs.0.len();
                    if let Some(idx) = depth.checked_sub(oparg as usize)
                        && depth > 0
                    {
                        refs.0.swap(idx, depth - 1);
                    }
                }
                op::FORMAT_SIMPLE
                | op::GET_ANEXT
                | op::GET_LEN
                | op::GET_YIELD_FROM_ITER
                | op::IMPORT_FROM
                | op::MATCH_KEYS
                | op::MATCH_MAPPING
                | op::MATCH_SEQUENCE
                | op::WITH_EXCEPT_START => {
                    let net = pushed(opcode, oparg).saturating_sub(popped(opcode, oparg));
                    // CPython records the loop counter, not the instruction, as producer.
                    for j in 0..net {
                        refs.push(j as i64, NOT_LOCAL);
                    }
                }
                op::DICT_MERGE
                | op::DICT_UPDATE
                | op::LIST_APPEND
                | op::LIST_EXTEND
                | op::MAP_ADD
                | op::RERAISE
                | op::SET_ADD
                | op::SET_UPDATE => {
                    let net = popped(opcode, oparg).saturating_sub(pushed(opcode, oparg));
                    for _ in 0..net {
                        refs.pop();
                    }
                }
                op::END_SEND | op::SET_FUNCTION_ATTRIBUTE => {
                    let tos = refs.pop();
                    refs.pop();
                    refs.push(tos.instr, tos.local);
                }
                op::CHECK_EXC_MATCH => {
                    refs.pop();
                    refs.push(here, NOT_LOCAL);
                }
                op::FOR_ITER => {
                    if let Some(t) = ins.target {
                        push_block(cfg, &mut worklist, t);
                    }
                    refs.push(here, NOT_LOCAL);
                }
                op::LOAD_ATTR | op::LOAD_SUPER_ATTR => {
                    let self_ref = refs.pop();
                    if opcode == op::LOAD_SUPER_ATTR {
                        refs.pop();
                        refs.pop();
                    }
                    refs.push(here, NOT_LOCAL);
                    if oparg & 1 != 0 {
                        refs.push(self_ref.instr, self_ref.local);
                    }
                }
                op::LOAD_SPECIAL | op::PUSH_EXC_INFO => {
                    let tos = refs.pop();
                    refs.push(here, NOT_LOCAL);
                    refs.push(tos.instr, tos.local);
                }
                op::SEND => {
                    if let Some(t) = ins.target {
                        push_block(cfg, &mut worklist, t);
                    }
                    refs.pop();
                    refs.push(here, NOT_LOCAL);
                }
                _ => {
                    let (npop, npush) = (popped(opcode, oparg), pushed(opcode, oparg));
                    if has_target(opcode)
                        && let Some(t) = ins.target
                    {
                        push_block(cfg, &mut worklist, t);
                    }
                    if !is_block_push(opcode) {
                        for _ in 0..npop {
                            refs.pop();
                        }
                        for _ in 0..npush {
                            refs.push(here, NOT_LOCAL);
                        }
                    }
                }
            }
        }
        let blk = cfg.block(b);
        if let Some(term) = blk.last()
            && let Some(nx) = blk.next
            && !(is_unconditional_jump(term.opcode) || is_scope_exit(term.opcode))
        {
            push_block(cfg, &mut worklist, nx);
        }
        for r in &refs.0 {
            if r.instr != DUMMY_INSTR {
                mark(&mut flags, r.instr, REF_UNCONSUMED);
            }
        }
        for (ins, f) in cfg.block_mut(b).instrs.iter_mut().zip(&flags) {
            if *f == 0 {
                match ins.opcode {
                    op::LOAD_FAST => ins.opcode = op::LOAD_FAST_BORROW,
                    op::LOAD_FAST_LOAD_FAST => ins.opcode = op::LOAD_FAST_BORROW_LOAD_FAST_BORROW,
                    _ => {}
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{block, cfg_of, dump_all};
    use super::*;

    fn run(blocks: &[&str], depths: &[i32]) -> String {
        let parsed: Vec<_> = blocks.iter().map(|t| block(t)).collect();
        let mut g = cfg_of(&parsed);
        for (i, d) in depths.iter().enumerate() {
            g.blocks[i].startdepth = *d;
        }
        optimize_load_fast(&mut g);
        dump_all(&g)
    }

    #[test]
    fn borrows() {
        // return a + b: both consumed in the block.
        assert_eq!(
            run(&["LOAD_FAST_LOAD_FAST 1; BINARY_OP 0; RETURN_VALUE"], &[0]),
            "b0: LOAD_FAST_BORROW_LOAD_FAST_BORROW 1; BINARY_OP 0; RETURN_VALUE"
        );
        // x = a: stored as a local.
        assert_eq!(run(&["LOAD_FAST 0; STORE_FAST 1; LOAD_CONST 0; RETURN_VALUE"], &[0]), "b0: LOAD_FAST 0; STORE_FAST 1; LOAD_CONST 0; RETURN_VALUE");
        // The local is overwritten while the reference is on the stack.
        assert_eq!(
            run(&["LOAD_FAST 0; LOAD_SMALL_INT 1; STORE_FAST 0; RETURN_VALUE"], &[0]),
            "b0: LOAD_FAST 0; LOAD_SMALL_INT 1; STORE_FAST 0; RETURN_VALUE"
        );
        // Still on the stack at the end of the block (for x in a: the iterable is consumed by GET_ITER).
        assert_eq!(
            run(&["LOAD_FAST 0; GET_ITER", "FOR_ITER ->2; STORE_FAST 1; JUMP ->1", "END_FOR; POP_ITER; LOAD_CONST 0; RETURN_VALUE"], &[0, 1, 2]),
            "b0: LOAD_FAST_BORROW 0; GET_ITER | b1: FOR_ITER ->2; STORE_FAST 1; JUMP ->1 | b2: END_FOR; POP_ITER; LOAD_CONST 0; RETURN_VALUE"
        );
        assert_eq!(run(&["LOAD_FAST 0; NOP", "RETURN_VALUE"], &[0, 1]), "b0: LOAD_FAST 0; NOP | b1: RETURN_VALUE");
        // A method call keeps self on the stack.
        assert_eq!(
            run(&["LOAD_FAST 0; LOAD_ATTR 1; CALL 0; RETURN_VALUE"], &[0]),
            "b0: LOAD_FAST_BORROW 0; LOAD_ATTR 1; CALL 0; RETURN_VALUE"
        );
    }
}
