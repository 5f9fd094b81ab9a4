//! `_operator`: the operator functions that are plain operations (`add`, `matmul`, `iadd`,
//! `lt`, `not_`, `getitem`, ...) as built-in functions running the VM's own operations, so
//! `operator.add` is a `<built-in function add>` and avoids a Python frame per call. The
//! classes (`itemgetter`, `attrgetter`, `methodcaller`) and the rest come from operator.py.

use super::util::positional;
use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::interp::ops::Unary;
use crate::interp::{PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::value::Value;

/// (name, BINARY_OP argument) of the binary operators; in-place forms add 13.
const BINARY: [(&str, &str, u32); 13] = [
    ("add", "iadd", 0),
    ("and_", "iand", 1),
    ("floordiv", "ifloordiv", 2),
    ("lshift", "ilshift", 3),
    ("matmul", "imatmul", 4),
    ("mul", "imul", 5),
    ("mod", "imod", 6),
    ("or_", "ior", 7),
    ("pow", "ipow", 8),
    ("rshift", "irshift", 9),
    ("sub", "isub", 10),
    ("truediv", "itruediv", 11),
    ("xor", "ixor", 12),
];

fn binary<const OP: u32>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let base = if OP >= 13 { OP - 13 } else { OP };
    let (n, i, _) = BINARY[base as usize];
    positional(vm, if OP >= 13 { i } else { n }, &args, &kwargs, 2, 2)?;
    vm.binary_op(OP, &args[0], &args[1])
}

fn compare<const OP: u32>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    const NAMES: [&str; 6] = ["lt", "le", "eq", "ne", "gt", "ge"];
    positional(vm, NAMES[OP as usize], &args, &kwargs, 2, 2)?;
    vm.compare(OP, &args[0], &args[1])
}

fn unary<const K: u8>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    const NAMES: [&str; 4] = ["neg", "pos", "invert", "inv"];
    super::util::exactly_one(vm, &format!("_operator.{}", NAMES[K as usize]), &args, &kwargs)?;
    let op = match K {
        0 => Unary::Neg,
        1 => Unary::Pos,
        _ => Unary::Invert,
    };
    vm.unary_op(op, &args[0])
}

fn not_(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::exactly_one(vm, "_operator.not_", &args, &kwargs)?;
    Ok(Value::Bool(!vm.truthy(&args[0])?))
}

fn truth(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::exactly_one(vm, "_operator.truth", &args, &kwargs)?;
    Ok(Value::Bool(vm.truthy(&args[0])?))
}

fn is_(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "is_", &args, &kwargs, 2, 2)?;
    Ok(Value::Bool(args[0].is(&args[1])))
}

fn is_not(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "is_not", &args, &kwargs, 2, 2)?;
    Ok(Value::Bool(!args[0].is(&args[1])))
}

fn is_none(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::exactly_one(vm, "_operator.is_none", &args, &kwargs)?;
    Ok(Value::Bool(matches!(args[0], Value::None)))
}

fn is_not_none(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::exactly_one(vm, "_operator.is_not_none", &args, &kwargs)?;
    Ok(Value::Bool(!matches!(args[0], Value::None)))
}

fn contains(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "contains", &args, &kwargs, 2, 2)?;
    Ok(Value::Bool(vm.contains(&args[0], &args[1])?))
}

fn getitem(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "getitem", &args, &kwargs, 2, 2)?;
    vm.getitem(&args[0], &args[1])
}

fn setitem(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "setitem", &args, &kwargs, 3, 3)?;
    vm.setitem(&args[0], &args[1], args[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "delitem", &args, &kwargs, 2, 2)?;
    vm.delitem(&args[0], &args[1])?;
    Ok(Value::None)
}

fn index(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::exactly_one(vm, "_operator.index", &args, &kwargs)?;
    Ok(crate::objects::int::from_big(super::util::index_arg(vm, &args[0])?))
}

/// The `_operator` module.
pub fn make(_vm: &mut Vm) -> Value {
    let bin: [BuiltinFn; 13] = [
        binary::<0>, binary::<1>, binary::<2>, binary::<3>, binary::<4>, binary::<5>, binary::<6>, binary::<7>, binary::<8>, binary::<9>,
        binary::<10>, binary::<11>, binary::<12>,
    ];
    let ibin: [BuiltinFn; 13] = [
        binary::<13>, binary::<14>, binary::<15>, binary::<16>, binary::<17>, binary::<18>, binary::<19>, binary::<20>, binary::<21>,
        binary::<22>, binary::<23>, binary::<24>, binary::<25>,
    ];
    let mut items: Vec<(&'static str, Value)> = vec![("__doc__", Value::str("Operator interface."))];
    for (k, (name, iname, _)) in BINARY.iter().enumerate() {
        items.push((name, builtin(name, bin[k])));
        items.push((iname, builtin(iname, ibin[k])));
    }
    let rest: &[(&'static str, BuiltinFn)] = &[
        ("lt", compare::<0>),
        ("le", compare::<1>),
        ("eq", compare::<2>),
        ("ne", compare::<3>),
        ("gt", compare::<4>),
        ("ge", compare::<5>),
        ("neg", unary::<0>),
        ("pos", unary::<1>),
        ("invert", unary::<2>),
        ("inv", unary::<3>),
        ("not_", not_),
        ("truth", truth),
        ("is_", is_),
        ("is_not", is_not),
        ("is_none", is_none),
        ("is_not_none", is_not_none),
        ("contains", contains),
        ("getitem", getitem),
        ("setitem", setitem),
        ("delitem", delitem),
        ("index", index),
    ];
    for (n, f) in rest {
        items.push((n, builtin(n, *f)));
    }
    module("_operator", items)
}
