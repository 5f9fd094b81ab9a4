//! `optimize_load_const` (CPython 3.14 `basicblock_optimize_load_const`): per block, in
//! order, `LOAD_CONST` of an int 0..=255 becomes `LOAD_SMALL_INT`; a constant (or its
//! `COPY 1`) followed by a conditional jump folds the jump to `JUMP` or `NOP`; `None` +
//! `IS_OP` (+ `TO_BOOL`) + `POP_JUMP_IF_*` becomes `POP_JUMP_IF_[NOT_]NONE`; a constant +
//! `TO_BOOL` becomes the load of its truth value.

use super::super::cfg::{BlockId, Cfg};
use super::consteval::is_true;
use super::consts::{add_const, const_value, maybe_make_load_small_int};
use krait_bytecode::Constant;
use krait_bytecode::opcode::op;

/// Runs the rules over every block of the layout chain.
pub fn optimize_load_const(cfg: &mut Cfg, consts: &mut Vec<Constant>) {
    for b in cfg.order() {
        optimize_block(cfg, b, consts);
    }
}

fn optimize_block(cfg: &mut Cfg, b: BlockId, consts: &mut Vec<Constant>) {
    let instrs = &mut cfg.block_mut(b).instrs;
    // The last constant-loading instruction, looking through `COPY 1` after `LOAD_CONST`.
    let mut opcode: u16 = 0;
    let mut oparg: u32 = 0;
    let len = instrs.len();
    for i in 0..len {
        if instrs[i].opcode == op::LOAD_CONST
            && let Some(value) = const_value(&instrs[i], consts)
        {
            maybe_make_load_small_int(&mut instrs[i], &value);
        }
        let inst = instrs[i];
        let is_copy_of_load_const = opcode == op::LOAD_CONST && inst.opcode == op::COPY && inst.oparg == 1;
        if !is_copy_of_load_const {
            opcode = inst.opcode;
            oparg = inst.oparg;
        }
        if opcode != op::LOAD_CONST && opcode != op::LOAD_SMALL_INT {
            continue;
        }
        let nextop = instrs.get(i + 1).map_or(0, |n| n.opcode);
        let loaded = || {
            let probe = super::super::cfg::CfgInstr::new(opcode, oparg, inst.loc);
            const_value(&probe, consts)
        };
        match nextop {
            op::POP_JUMP_IF_FALSE | op::POP_JUMP_IF_TRUE | op::JUMP_IF_FALSE | op::JUMP_IF_TRUE => {
                let Some(value) = loaded() else { continue };
                let truth = is_true(&value);
                if matches!(nextop, op::POP_JUMP_IF_FALSE | op::POP_JUMP_IF_TRUE) {
                    instrs[i].set_nop();
                }
                let jump_if_true = matches!(nextop, op::POP_JUMP_IF_TRUE | op::JUMP_IF_TRUE);
                if truth == jump_if_true {
                    instrs[i + 1].opcode = op::JUMP;
                } else {
                    instrs[i + 1].set_nop();
                }
            }
            op::IS_OP => {
                let Some(value) = loaded() else { continue };
                if value != Constant::None || len <= i + 2 {
                    continue;
                }
                let mut jump_at = i + 2;
                // The TO_BOOL goes whether or not the pattern completes.
                if instrs[jump_at].opcode == op::TO_BOOL {
                    instrs[jump_at].set_nop();
                    if len <= i + 3 {
                        continue;
                    }
                    jump_at = i + 3;
                }
                let mut invert = instrs[i + 1].oparg != 0;
                match instrs[jump_at].opcode {
                    op::POP_JUMP_IF_FALSE => invert = !invert,
                    op::POP_JUMP_IF_TRUE => {}
                    _ => continue,
                }
                instrs[i].set_nop();
                instrs[i + 1].set_nop();
                instrs[jump_at].opcode = if invert { op::POP_JUMP_IF_NOT_NONE } else { op::POP_JUMP_IF_NONE };
            }
            op::TO_BOOL => {
                let Some(value) = loaded() else { continue };
                let index = add_const(Constant::Bool(is_true(&value)), consts);
                instrs[i].set_nop();
                instrs[i + 1].opcode = op::LOAD_CONST;
                instrs[i + 1].oparg = index;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{block, cfg_of, dump, int};
    use super::*;

    #[test]
    fn small_ints_constant_jumps_and_none_checks() {
        // (instructions, consts) -> expected instructions, as CPython 3.14 rewrites them.
        let cases: &[(&str, &str)] = &[
            ("LOAD_CONST 0; RETURN_VALUE", "LOAD_SMALL_INT 5; RETURN_VALUE"),
            ("LOAD_CONST 1; RETURN_VALUE", "LOAD_CONST 1; RETURN_VALUE"),
            ("LOAD_CONST 0; POP_JUMP_IF_FALSE ->1", "NOP; NOP"),
            ("LOAD_CONST 0; POP_JUMP_IF_TRUE ->1", "NOP; JUMP ->1"),
            ("LOAD_CONST 2; COPY 1; POP_JUMP_IF_TRUE ->1", "LOAD_CONST 2; NOP; NOP"),
            ("LOAD_CONST 2; JUMP_IF_FALSE ->1", "LOAD_CONST 2; JUMP ->1"),
            ("LOAD_FAST 0; LOAD_CONST 3; IS_OP 0; POP_JUMP_IF_TRUE ->1", "LOAD_FAST 0; NOP; NOP; POP_JUMP_IF_NONE ->1"),
            ("LOAD_FAST 0; LOAD_CONST 3; IS_OP 1; TO_BOOL; POP_JUMP_IF_TRUE ->1", "LOAD_FAST 0; NOP; NOP; NOP; POP_JUMP_IF_NOT_NONE ->1"),
            ("LOAD_FAST 0; LOAD_CONST 3; IS_OP 0; POP_JUMP_IF_FALSE ->1", "LOAD_FAST 0; NOP; NOP; POP_JUMP_IF_NOT_NONE ->1"),
            ("LOAD_FAST 0; LOAD_CONST 3; IS_OP 0; TO_BOOL; STORE_FAST 1", "LOAD_FAST 0; LOAD_CONST 3; IS_OP 0; NOP; STORE_FAST 1"),
            ("LOAD_CONST 1; TO_BOOL; RETURN_VALUE", "NOP; LOAD_CONST 4; RETURN_VALUE"),
        ];
        for (input, expected) in cases {
            let mut consts = vec![int(5), int(300), Constant::Str("".into()), Constant::None];
            let mut g = cfg_of(&[block(input), block("RETURN_VALUE")]);
            optimize_load_const(&mut g, &mut consts);
            assert_eq!(dump(&g, g.entry), *expected, "{input}");
        }
        let mut consts = vec![int(5), int(300), Constant::Str("".into()), Constant::None];
        let mut g = cfg_of(&[block("LOAD_CONST 1; TO_BOOL; RETURN_VALUE")]);
        optimize_load_const(&mut g, &mut consts);
        assert_eq!(consts.last(), Some(&Constant::Bool(true)));
    }
}
