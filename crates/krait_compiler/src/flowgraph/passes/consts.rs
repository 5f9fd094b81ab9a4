//! The constant list of a code unit as the flowgraph passes see it: reading the value an
//! instruction loads (`get_const_value`), adding a folded constant (`add_const`), turning an
//! instruction into the load of a value (`instr_make_load_const`, preferring
//! `LOAD_SMALL_INT` for ints 0..=255) and `remove_unused_consts`.
//!
//! `add_const` finds an existing entry by CPython's constant-key equality (type-aware, floats
//! by bit pattern: what the constant cache + identity index amount to) and otherwise appends,
//! so folded constants land at the end of `co_consts` in folding order.

use super::super::cfg::{Cfg, CfgInstr};
use krait_bytecode::Constant;
use krait_bytecode::opcode::{self, op};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// `loads_const`: `LOAD_CONST` (any `HAS_CONST` opcode) or `LOAD_SMALL_INT`.
pub fn loads_const(opcode: u16) -> bool {
    opcode::flags(opcode) & opcode::HAS_CONST != 0 || opcode == op::LOAD_SMALL_INT
}

/// `get_const_value`: the constant a loading instruction pushes.
pub fn const_value(instr: &CfgInstr, consts: &[Constant]) -> Option<Constant> {
    if instr.opcode == op::LOAD_SMALL_INT {
        return Some(Constant::Int(BigInt::from(instr.oparg)));
    }
    if loads_const(instr.opcode) {
        return consts.get(instr.oparg as usize).cloned();
    }
    None
}

/// `add_const`: the index of `value` in `consts`, appending it when absent.
pub fn add_const(value: Constant, consts: &mut Vec<Constant>) -> u32 {
    if let Some(i) = consts.iter().position(|c| same_key(c, &value)) {
        return i as u32;
    }
    consts.push(value);
    (consts.len() - 1) as u32
}

/// Constant-cache key equality (`_PyCode_ConstantKey`): the derived equality except that
/// frozensets compare as sets and a NaN (a float, or a complex with a NaN part) matches
/// nothing: each folded NaN is a new object, and its key compares unequal to every other.
fn same_key(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Float(x), _) if x.is_nan() => false,
        (Constant::Complex { real, imag }, _) if real.is_nan() || imag.is_nan() => false,
        (Constant::FrozenSet(x), Constant::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| same_key(p, q)))
        }
        (Constant::Tuple(x), Constant::Tuple(y)) => x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_key(p, q)),
        _ => a == b,
    }
}

/// `maybe_instr_make_load_smallint`: an exact int in 0..=255 becomes `LOAD_SMALL_INT`.
pub fn maybe_make_load_small_int(instr: &mut CfgInstr, value: &Constant) -> bool {
    if let Constant::Int(i) = value
        && let Some(v) = i.to_u32()
        && v <= 255
    {
        instr.opcode = op::LOAD_SMALL_INT;
        instr.oparg = v;
        instr.target = None;
        return true;
    }
    false
}

/// `instr_make_load_const`: the instruction now loads `value`.
pub fn make_load_const(instr: &mut CfgInstr, value: Constant, consts: &mut Vec<Constant>) {
    if maybe_make_load_small_int(instr, &value) {
        return;
    }
    instr.opcode = op::LOAD_CONST;
    instr.oparg = add_const(value, consts);
    instr.target = None;
}

/// `remove_unused_consts`: drops constants no instruction loads (index 0 is always kept: it
/// may be the docstring) and renumbers the loads.
pub fn remove_unused_consts(cfg: &mut Cfg, consts: &mut Vec<Constant>) {
    let n = consts.len();
    if n == 0 {
        return;
    }
    let mut used = vec![false; n];
    used[0] = true;
    let order = cfg.order();
    for &b in &order {
        for ins in &cfg.block(b).instrs {
            if opcode::flags(ins.opcode) & opcode::HAS_CONST != 0
                && let Some(u) = used.get_mut(ins.oparg as usize)
            {
                *u = true;
            }
        }
    }
    if used.iter().all(|&u| u) {
        return;
    }
    let mut new_index = vec![u32::MAX; n];
    let mut kept = Vec::with_capacity(n);
    for (i, c) in consts.drain(..).enumerate() {
        if used[i] {
            new_index[i] = kept.len() as u32;
            kept.push(c);
        }
    }
    *consts = kept;
    for &b in &order {
        for ins in &mut cfg.block_mut(b).instrs {
            if opcode::flags(ins.opcode) & opcode::HAS_CONST != 0
                && let Some(&ni) = new_index.get(ins.oparg as usize)
            {
                ins.oparg = ni;
            }
        }
    }
}
