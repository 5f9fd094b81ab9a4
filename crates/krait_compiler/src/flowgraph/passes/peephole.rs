//! `optimize_basic_block` (CPython 3.14): the per-block peephole rules, applied left to right
//! in one pass, then `swaptimize` + `apply_static_swaps` on every run of `SWAP`s.
//!
//! Rules: `BUILD_TUPLE n; UNPACK_SEQUENCE n` (n <= 3) becomes nothing or a `SWAP`; a tuple of
//! constants folds to one constant; a list/set literal feeding `GET_ITER`/`CONTAINS_OP`
//! becomes a tuple/frozenset, and a constant list/set of >= 3 items becomes
//! `BUILD_LIST 0; LOAD_CONST tuple; LIST_EXTEND 1` (`SET_UPDATE` for sets); conditional and
//! unconditional jumps to a `JUMP` are threaded; `STORE_FAST x; STORE_FAST x` on one line
//! drops the first store; `SWAP 1` goes; `LOAD_GLOBAL` absorbs `PUSH_NULL`; `COMPARE_OP`
//! absorbs `TO_BOOL` (oparg | 16); `IS_OP`/`CONTAINS_OP` absorb `TO_BOOL` and `UNARY_NOT`;
//! `TO_BOOL TO_BOOL`, `UNARY_NOT TO_BOOL`, `UNARY_NOT UNARY_NOT` shrink; unary operators,
//! `LIST_TO_TUPLE` of a constant list and `BINARY_OP` of two constants fold
//! ([`super::consteval`]). Folded operands become `NOP`s without a location; the folded
//! instruction keeps its own.

use super::super::cfg::{BlockId, Cfg, CfgInstr};
use super::consteval::{self, UnaryOp};
use super::consts::{add_const, const_value, loads_const, make_load_const};
use super::swaps::{apply_static_swaps, swaptimize};
use crate::instr::Location;
use krait_bytecode::Constant;
use krait_bytecode::opcode::op;

/// `_PY_STACK_USE_GUIDELINE`: longer constant sequences are not folded.
const STACK_USE_GUIDELINE: u32 = 30;
/// `MIN_CONST_SEQUENCE_SIZE`: constant list/set literals at least this long are rewritten.
const MIN_CONST_SEQUENCE_SIZE: u32 = 3;
const INTRINSIC_UNARY_POSITIVE: u32 = 5;
const INTRINSIC_LIST_TO_TUPLE: u32 = 6;
/// A bound on jump threading per block, so that a cycle of jumps (which CPython never
/// generates) cannot loop forever.
const MAX_THREADS_PER_BLOCK: usize = 100_000;

/// Applies the peephole rules to block `b`.
pub fn optimize_basic_block(cfg: &mut Cfg, b: BlockId, consts: &mut Vec<Constant>) {
    let mut threads = 0usize;
    let mut i = 0usize;
    while i < cfg.block(b).instrs.len() {
        let inst = cfg.block(b).instrs[i];
        let opcode = inst.opcode;
        let oparg = inst.oparg;
        // The first instruction of the jump target (a NOP stand-in when there is none).
        let target = inst
            .target
            .filter(|_| super::super::cfg::has_target(opcode))
            .and_then(|t| cfg.block(t).instrs.first().copied())
            .unwrap_or(CfgInstr::new(op::NOP, 0, Location::NONE));
        let next = cfg.block(b).instrs.get(i + 1).copied();
        let nextop = next.map_or(0, |n| n.opcode);
        let mut advance = true;
        match opcode {
            op::BUILD_TUPLE => {
                if nextop == op::UNPACK_SEQUENCE && next.is_some_and(|n| n.oparg == oparg) && (1..=3).contains(&oparg) {
                    let instrs = &mut cfg.block_mut(b).instrs;
                    instrs[i].set_nop();
                    if oparg == 1 {
                        instrs[i + 1].set_nop();
                    } else {
                        instrs[i + 1].opcode = op::SWAP;
                    }
                } else {
                    fold_tuple_of_constants(cfg, b, i, consts);
                }
            }
            op::BUILD_LIST | op::BUILD_SET => optimize_lists_and_sets(cfg, b, i, nextop, consts),
            op::POP_JUMP_IF_NOT_NONE | op::POP_JUMP_IF_NONE | op::POP_JUMP_IF_FALSE | op::POP_JUMP_IF_TRUE
                if target.opcode == op::JUMP
                    && threads < MAX_THREADS_PER_BLOCK
                    && jump_thread(cfg, b, i, &target, opcode) =>
            {
                threads += 1;
                advance = false;
            }
            op::JUMP_IF_FALSE | op::JUMP_IF_TRUE => {
                let same = opcode;
                let other = if opcode == op::JUMP_IF_FALSE { op::JUMP_IF_TRUE } else { op::JUMP_IF_FALSE };
                if threads < MAX_THREADS_PER_BLOCK {
                    if target.opcode == op::JUMP || target.opcode == same {
                        if jump_thread(cfg, b, i, &target, same) {
                            threads += 1;
                            advance = false;
                        }
                    } else if target.opcode == other {
                        // The opposite test fails for sure: go past it.
                        let skip = inst.target.and_then(|t| cfg.block(t).next);
                        if skip.is_some() && skip != inst.target {
                            cfg.block_mut(b).instrs[i].target = skip;
                            threads += 1;
                            advance = false;
                        }
                    }
                }
            }
            op::JUMP | op::JUMP_NO_INTERRUPT if threads < MAX_THREADS_PER_BLOCK => {
                let threaded = match target.opcode {
                    op::JUMP => jump_thread(cfg, b, i, &target, op::JUMP),
                    op::JUMP_NO_INTERRUPT => jump_thread(cfg, b, i, &target, opcode),
                    _ => false,
                };
                if threaded {
                    threads += 1;
                    advance = false;
                }
            }
            op::STORE_FAST => {
                if let Some(n) = next
                    && n.opcode == op::STORE_FAST
                    && n.oparg == oparg
                    && n.loc.lineno == inst.loc.lineno
                {
                    let ins = &mut cfg.block_mut(b).instrs[i];
                    ins.opcode = op::POP_TOP;
                    ins.oparg = 0;
                }
            }
            op::SWAP if oparg == 1 => cfg.block_mut(b).instrs[i].set_nop(),
            op::LOAD_GLOBAL if nextop == op::PUSH_NULL && oparg & 1 == 0 => {
                let instrs = &mut cfg.block_mut(b).instrs;
                instrs[i].oparg = oparg | 1;
                instrs[i + 1].set_nop();
            }
            op::COMPARE_OP if nextop == op::TO_BOOL => {
                let instrs = &mut cfg.block_mut(b).instrs;
                instrs[i].set_nop();
                instrs[i + 1].opcode = op::COMPARE_OP;
                instrs[i + 1].oparg = oparg | 16;
            }
            op::CONTAINS_OP | op::IS_OP if nextop == op::TO_BOOL || nextop == op::UNARY_NOT => {
                let instrs = &mut cfg.block_mut(b).instrs;
                instrs[i].set_nop();
                instrs[i + 1].opcode = opcode;
                instrs[i + 1].oparg = if nextop == op::UNARY_NOT { oparg ^ 1 } else { oparg };
            }
            op::TO_BOOL if nextop == op::TO_BOOL => cfg.block_mut(b).instrs[i].set_nop(),
            op::UNARY_NOT => {
                if nextop == op::TO_BOOL {
                    let instrs = &mut cfg.block_mut(b).instrs;
                    instrs[i].set_nop();
                    instrs[i + 1].opcode = op::UNARY_NOT;
                    instrs[i + 1].oparg = 0;
                } else if nextop == op::UNARY_NOT {
                    let instrs = &mut cfg.block_mut(b).instrs;
                    instrs[i].set_nop();
                    instrs[i + 1].set_nop();
                } else {
                    fold_const_unaryop(cfg, b, i, UnaryOp::Not, consts);
                }
            }
            op::UNARY_INVERT => fold_const_unaryop(cfg, b, i, UnaryOp::Invert, consts),
            op::UNARY_NEGATIVE => fold_const_unaryop(cfg, b, i, UnaryOp::Negative, consts),
            op::CALL_INTRINSIC_1 => {
                if oparg == INTRINSIC_LIST_TO_TUPLE {
                    if nextop == op::GET_ITER {
                        cfg.block_mut(b).instrs[i].set_nop();
                    } else {
                        fold_constant_intrinsic_list_to_tuple(cfg, b, i, consts);
                    }
                } else if oparg == INTRINSIC_UNARY_POSITIVE {
                    fold_const_unaryop(cfg, b, i, UnaryOp::Positive, consts);
                }
            }
            op::BINARY_OP => fold_const_binop(cfg, b, i, consts),
            _ => {}
        }
        if advance {
            i += 1;
        }
    }

    let mut i = 0usize;
    while i < cfg.block(b).instrs.len() {
        if cfg.block(b).instrs[i].opcode == op::SWAP {
            let instrs = &mut cfg.block_mut(b).instrs;
            swaptimize(instrs, &mut i);
            apply_static_swaps(instrs, i);
        }
        i += 1;
    }
}

/// `jump_thread`: the jump at `i` (the block's last instruction) becomes `NOP` and a new
/// jump (`opcode`) to the target's target is appended, located at the target jump; its
/// handler is the array slot's, as in CPython. False when both already go to the same
/// place.
fn jump_thread(cfg: &mut Cfg, b: BlockId, i: usize, target: &CfgInstr, opcode: u16) -> bool {
    let inst = cfg.block(b).instrs[i];
    if inst.target == target.target {
        return false;
    }
    let blk = cfg.block_mut(b);
    blk.instrs[i].set_nop();
    blk.push_new(opcode, target.oparg, target.loc, target.target);
    true
}

/// `get_const_loading_instrs`: the positions of the `size` constant loads ending at
/// `start` (NOPs skipped), in stack order; `None` if something else comes first.
fn const_loading_instrs(instrs: &[CfgInstr], start: usize, size: usize) -> Option<Vec<usize>> {
    let mut found = Vec::with_capacity(size);
    let mut pos = start as isize;
    while pos >= 0 && found.len() < size {
        let ins = &instrs[pos as usize];
        if ins.opcode != op::NOP {
            if !loads_const(ins.opcode) {
                return None;
            }
            found.push(pos as usize);
        }
        pos -= 1;
    }
    if found.len() < size {
        return None;
    }
    found.reverse();
    Some(found)
}

/// The positions and values of the constant operands before `i`.
fn operands(cfg: &Cfg, b: BlockId, i: usize, size: usize, consts: &[Constant]) -> Option<(Vec<usize>, Vec<Constant>)> {
    let instrs = &cfg.block(b).instrs;
    let positions = if size == 0 {
        Vec::new()
    } else {
        const_loading_instrs(instrs, i.checked_sub(1)?, size)?
    };
    let values = positions.iter().map(|&p| const_value(&instrs[p], consts)).collect::<Option<Vec<_>>>()?;
    Some((positions, values))
}

/// `nop_out`: the operands become `NOP`s without a location.
fn nop_out(cfg: &mut Cfg, b: BlockId, positions: &[usize]) {
    for &p in positions {
        let ins = &mut cfg.block_mut(b).instrs[p];
        ins.set_nop();
        ins.loc = Location::NONE;
    }
}

fn fold_tuple_of_constants(cfg: &mut Cfg, b: BlockId, i: usize, consts: &mut Vec<Constant>) {
    let size = cfg.block(b).instrs[i].oparg;
    if size > STACK_USE_GUIDELINE {
        return;
    }
    let Some((positions, values)) = operands(cfg, b, i, size as usize, consts) else { return };
    nop_out(cfg, b, &positions);
    make_load_const(&mut cfg.block_mut(b).instrs[i], Constant::Tuple(values), consts);
}

fn optimize_lists_and_sets(cfg: &mut Cfg, b: BlockId, i: usize, nextop: u16, consts: &mut Vec<Constant>) {
    let inst = cfg.block(b).instrs[i];
    let contains_or_iter = nextop == op::GET_ITER || nextop == op::CONTAINS_OP;
    let size = inst.oparg;
    if size > STACK_USE_GUIDELINE || (size < MIN_CONST_SEQUENCE_SIZE && !contains_or_iter) {
        return;
    }
    let Some((positions, values)) = operands(cfg, b, i, size as usize, consts) else {
        if contains_or_iter && inst.opcode == op::BUILD_LIST {
            cfg.block_mut(b).instrs[i].opcode = op::BUILD_TUPLE;
        }
        return;
    };
    let value = if inst.opcode == op::BUILD_SET { consteval::frozenset(values) } else { Constant::Tuple(values) };
    let index = add_const(value, consts);
    nop_out(cfg, b, &positions);
    let instrs = &mut cfg.block_mut(b).instrs;
    if contains_or_iter {
        instrs[i].opcode = op::LOAD_CONST;
        instrs[i].oparg = index;
    } else if i >= 2 {
        instrs[i - 2].loc = inst.loc;
        instrs[i - 2].opcode = inst.opcode;
        instrs[i - 2].oparg = 0;
        instrs[i - 1].opcode = op::LOAD_CONST;
        instrs[i - 1].oparg = index;
        instrs[i].opcode = if inst.opcode == op::BUILD_LIST { op::LIST_EXTEND } else { op::SET_UPDATE };
        instrs[i].oparg = 1;
    }
}

fn fold_constant_intrinsic_list_to_tuple(cfg: &mut Cfg, b: BlockId, i: usize, consts: &mut Vec<Constant>) {
    let instrs = &cfg.block(b).instrs;
    let mut expect_append = true;
    let mut pos = i;
    while pos > 0 {
        pos -= 1;
        let ins = instrs[pos];
        if ins.opcode == op::NOP {
            continue;
        }
        if ins.opcode == op::BUILD_LIST && ins.oparg == 0 {
            if !expect_append {
                return;
            }
            let mut values = Vec::new();
            let mut cleared = Vec::new();
            for (p, ins) in instrs.iter().enumerate().take(i).skip(pos) {
                if ins.opcode == op::NOP {
                    continue;
                }
                if loads_const(ins.opcode) {
                    let Some(v) = const_value(ins, consts) else { return };
                    values.push(v);
                }
                cleared.push(p);
            }
            nop_out(cfg, b, &cleared);
            make_load_const(&mut cfg.block_mut(b).instrs[i], Constant::Tuple(values), consts);
            return;
        }
        if expect_append {
            if ins.opcode != op::LIST_APPEND || ins.oparg != 1 {
                return;
            }
        } else if !loads_const(ins.opcode) {
            return;
        }
        expect_append = !expect_append;
    }
}

fn fold_const_unaryop(cfg: &mut Cfg, b: BlockId, i: usize, unary: UnaryOp, consts: &mut Vec<Constant>) {
    let Some((positions, values)) = operands(cfg, b, i, 1, consts) else { return };
    let Some(result) = consteval::unaryop(unary, &values[0]) else { return };
    nop_out(cfg, b, &positions);
    make_load_const(&mut cfg.block_mut(b).instrs[i], result, consts);
}

fn fold_const_binop(cfg: &mut Cfg, b: BlockId, i: usize, consts: &mut Vec<Constant>) {
    let Some((positions, values)) = operands(cfg, b, i, 2, consts) else { return };
    let nb = cfg.block(b).instrs[i].oparg;
    let Some(result) = consteval::binop(&values[0], nb, &values[1]) else { return };
    nop_out(cfg, b, &positions);
    make_load_const(&mut cfg.block_mut(b).instrs[i], result, consts);
}

#[cfg(test)]
mod tests {
    use super::super::testing::{block, cfg_of, dump, dump_all, int};
    use super::*;
    use krait_bytecode::constant::PyStr;

    fn run(blocks: &[&str], consts: &mut Vec<Constant>) -> String {
        let parsed: Vec<_> = blocks.iter().map(|t| block(t)).collect();
        let mut g = cfg_of(&parsed);
        for b in g.order() {
            optimize_basic_block(&mut g, b, consts);
        }
        if blocks.len() == 1 { dump(&g, g.entry) } else { dump_all(&g) }
    }

    #[test]
    fn peephole_rules() {
        // Expectations from CPython 3.14's optimize_basic_block on the same input.
        let cases: &[(&[&str], &str)] = &[
            (&["LOAD_FAST 0; LOAD_FAST 1; BUILD_TUPLE 2; UNPACK_SEQUENCE 2; STORE_FAST 1; STORE_FAST 0"],
             "LOAD_FAST 0; LOAD_FAST 1; NOP; NOP; STORE_FAST 0; STORE_FAST 1"),
            (&["LOAD_FAST 0; BUILD_TUPLE 1; UNPACK_SEQUENCE 1; STORE_FAST 1"], "LOAD_FAST 0; NOP; NOP; STORE_FAST 1"),
            (&["LOAD_CONST 0; LOAD_CONST 1; BUILD_TUPLE 2; RETURN_VALUE"], "NOP; NOP; LOAD_CONST 3; RETURN_VALUE"),
            (&["LOAD_FAST 0; LOAD_CONST 0; LOAD_CONST 1; BUILD_LIST 2; CONTAINS_OP 0"],
             "LOAD_FAST 0; NOP; NOP; LOAD_CONST 3; CONTAINS_OP 0"),
            (&["LOAD_FAST 0; LOAD_FAST 1; BUILD_LIST 2; GET_ITER"], "LOAD_FAST 0; LOAD_FAST 1; BUILD_TUPLE 2; GET_ITER"),
            (&["LOAD_CONST 0; LOAD_CONST 1; LOAD_CONST 2; BUILD_LIST 3; RETURN_VALUE"],
             "NOP; BUILD_LIST 0; LOAD_CONST 3; LIST_EXTEND 1; RETURN_VALUE"),
            (&["LOAD_CONST 0; LOAD_CONST 1; BUILD_LIST 2; RETURN_VALUE"], "LOAD_CONST 0; LOAD_CONST 1; BUILD_LIST 2; RETURN_VALUE"),
            (&["STORE_FAST 0; STORE_FAST 0"], "POP_TOP; STORE_FAST 0"),
            (&["STORE_FAST 0@1; STORE_FAST 0@2"], "STORE_FAST 0; STORE_FAST 0"),
            (&["SWAP 1"], "NOP"),
            (&["LOAD_GLOBAL 4; PUSH_NULL; CALL 0"], "LOAD_GLOBAL 5; NOP; CALL 0"),
            (&["COMPARE_OP 2; TO_BOOL"], "NOP; COMPARE_OP 18"),
            (&["IS_OP 0; UNARY_NOT"], "NOP; IS_OP 1"),
            (&["CONTAINS_OP 1; TO_BOOL"], "NOP; CONTAINS_OP 1"),
            (&["TO_BOOL; TO_BOOL"], "NOP; TO_BOOL"),
            (&["UNARY_NOT; TO_BOOL"], "NOP; UNARY_NOT"),
            (&["UNARY_NOT; UNARY_NOT"], "NOP; NOP"),
            (&["LOAD_CONST 0; UNARY_NEGATIVE; RETURN_VALUE"], "NOP; LOAD_CONST 3; RETURN_VALUE"),
            (&["LOAD_SMALL_INT 2; LOAD_SMALL_INT 3; BINARY_OP 8; RETURN_VALUE"], "NOP; NOP; LOAD_SMALL_INT 8; RETURN_VALUE"),
            (&["LOAD_CONST 2; LOAD_SMALL_INT 3; BINARY_OP 5; RETURN_VALUE"], "NOP; NOP; LOAD_CONST 3; RETURN_VALUE"),
            (&["BUILD_LIST 0; LOAD_CONST 0; LIST_APPEND 1; LOAD_CONST 1; LIST_APPEND 1; CALL_INTRINSIC_1 6"],
             "NOP; NOP; NOP; NOP; NOP; LOAD_CONST 3"),
            (&["BUILD_LIST 0; LOAD_FAST 0; LIST_APPEND 1; CALL_INTRINSIC_1 6"], "BUILD_LIST 0; LOAD_FAST 0; LIST_APPEND 1; CALL_INTRINSIC_1 6"),
            (&["CALL_INTRINSIC_1 6; GET_ITER"], "NOP; GET_ITER"),
            (&["LOAD_FAST 0; POP_JUMP_IF_FALSE ->1", "JUMP ->2", "RETURN_VALUE"],
             "b0: LOAD_FAST 0; NOP; POP_JUMP_IF_FALSE ->2 | b1: JUMP ->2 | b2: RETURN_VALUE"),
            (&["JUMP ->1", "JUMP_NO_INTERRUPT ->2", "RETURN_VALUE"],
             "b0: NOP; JUMP ->2 | b1: JUMP_NO_INTERRUPT ->2 | b2: RETURN_VALUE"),
            (&["SWAP 2; SWAP 2; RETURN_VALUE"], "NOP; NOP; RETURN_VALUE"),
            (&["SWAP 3; SWAP 2; POP_TOP"], "SWAP 3; SWAP 2; POP_TOP"),
            (&["SWAP 2; SWAP 3; SWAP 2; POP_TOP"], "SWAP 2; SWAP 3; SWAP 2; POP_TOP"),
            (&["SWAP 2; SWAP 2; SWAP 3; POP_TOP"], "NOP; NOP; SWAP 3; POP_TOP"),
            (&["SWAP 2; STORE_FAST 0; STORE_FAST 1"], "NOP; STORE_FAST 1; STORE_FAST 0"),
            (&["SWAP 2; STORE_FAST 0; STORE_FAST 0"], "NOP; STORE_FAST 0; POP_TOP"),
            (&["SWAP 2; STORE_FAST 0; STORE_FAST 0@2"], "SWAP 2; STORE_FAST 0; STORE_FAST 0"),
        ];
        for (blocks, expected) in cases {
            let mut consts = vec![int(1), int(2), Constant::Str(PyStr::new("ab")), Constant::None];
            consts.truncate(3);
            assert_eq!(run(blocks, &mut consts), *expected, "{blocks:?}");
        }
    }

    #[test]
    fn folded_constants_are_appended() {
        let mut consts = vec![int(1), int(2), Constant::Str(PyStr::new("ab"))];
        run(&["LOAD_CONST 0; LOAD_CONST 1; BUILD_TUPLE 2; RETURN_VALUE"], &mut consts);
        assert_eq!(consts[3], Constant::Tuple(vec![int(1), int(2)]));
        let mut consts = vec![int(1), int(2), Constant::Str(PyStr::new("ab"))];
        run(&["LOAD_CONST 2; LOAD_SMALL_INT 3; BINARY_OP 5; RETURN_VALUE"], &mut consts);
        assert_eq!(consts[3], Constant::Str(PyStr::new("ababab")));
        let mut consts = vec![int(1), int(1), int(2)];
        run(&["LOAD_FAST 0; LOAD_CONST 0; LOAD_CONST 1; LOAD_CONST 2; BUILD_SET 3; CONTAINS_OP 0"], &mut consts);
        assert_eq!(consts[3], Constant::FrozenSet(vec![int(1), int(2)]));
    }
}
