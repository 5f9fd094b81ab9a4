//! `_opcode`: what `opcode.py` and `dis.py` ask the interpreter about its instruction set
//! (`has_arg`, `has_jump`, ..., `stack_effect`, the intrinsic and binary-operator tables),
//! answered from `krait_bytecode`'s opcode table, the one the compiler and the loop use.

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::interp::call::{new_list, new_tuple};
use crate::interp::{PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::value::Value;
use krait_bytecode::opcode as table;

/// The opcode argument as a number, when it is an int naming a real opcode.
fn opcode_of(vm: &mut Vm, args: &[Value], fname: &str) -> Result<Option<u16>, crate::interp::PyErr> {
    let [v] = args else {
        return Err(vm.type_error(format!("{fname}() takes exactly one argument ({} given)", args.len())));
    };
    let n = crate::builtins::methods::index_value(vm, v)?;
    Ok(u16::try_from(n).ok().filter(|&op| table::is_defined(op) && !table::is_pseudo(op)))
}

fn flag_test<const FLAG: u16>(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let name = match FLAG {
        table::HAS_ARG => "has_arg",
        table::HAS_CONST => "has_const",
        table::HAS_NAME => "has_name",
        table::HAS_JUMP => "has_jump",
        table::HAS_FREE => "has_free",
        table::HAS_LOCAL => "has_local",
        _ => "has_exc",
    };
    Ok(Value::Bool(opcode_of(vm, &args, name)?.is_some_and(|op| table::flags(op) & FLAG != 0)))
}

fn is_valid(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(opcode_of(vm, &args, "is_valid")?.is_some()))
}

/// `stack_effect(opcode, oparg=None, /, *, jump=None)`.
fn stack_effect(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error(format!("stack_effect expected at most 2 arguments, got {}", args.len())));
    }
    let mut jump = None;
    for (k, v) in &kwargs {
        if k != "jump" {
            return Err(vm.type_error(format!("stack_effect() got an unexpected keyword argument '{k}'")));
        }
        jump = match v {
            Value::None => None,
            Value::Bool(b) => Some(*b),
            _ => return Err(vm.error("ValueError", "stack_effect: jump must be False, True or None")),
        };
    }
    let op = u16::try_from(crate::builtins::methods::index_value(vm, &args[0])?).ok();
    let oparg = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(crate::builtins::methods::index_value(vm, v)?),
    };
    // A missing oparg counts as 0, as CPython's.
    match op.and_then(|op| table::stack_effect(op, oparg.unwrap_or(0), jump)) {
        Some(n) => Ok(Value::Int(n)),
        None => Err(vm.error("ValueError", "invalid opcode or oparg")),
    }
}

fn strs(names: &[&str]) -> Value {
    new_list(names.iter().map(|n| Value::str(*n)).collect())
}

fn intrinsic1_descs(_vm: &mut Vm, _a: Args, _k: Kwargs) -> PyResult {
    Ok(strs(table::INTRINSIC_1))
}

fn intrinsic2_descs(_vm: &mut Vm, _a: Args, _k: Kwargs) -> PyResult {
    Ok(strs(table::INTRINSIC_2))
}

fn special_method_names(_vm: &mut Vm, _a: Args, _k: Kwargs) -> PyResult {
    Ok(strs(table::SPECIAL_METHOD_NAMES))
}

/// `get_nb_ops()`: (name, symbol) for each binary operator argument.
fn nb_ops(_vm: &mut Vm, _a: Args, _k: Kwargs) -> PyResult {
    Ok(new_list(table::NB_OP_NAMES.iter().zip(table::NB_OPS).map(|(n, s)| new_tuple([Value::str(*n), Value::str(*s)])).collect()))
}

/// krait has no tier-2 executors: every offset is "no executor" (CPython's error).
fn get_executor(vm: &mut Vm, _a: Args, _k: Kwargs) -> PyResult {
    Err(vm.error("ValueError", "no executor at given byte offset"))
}

fn specialization_stats(_vm: &mut Vm, _a: Args, _k: Kwargs) -> PyResult {
    Ok(Value::None)
}

pub fn make(_vm: &mut Vm) -> Value {
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("stack_effect", stack_effect),
        ("is_valid", is_valid),
        ("has_arg", flag_test::<{ table::HAS_ARG }>),
        ("has_const", flag_test::<{ table::HAS_CONST }>),
        ("has_name", flag_test::<{ table::HAS_NAME }>),
        ("has_jump", flag_test::<{ table::HAS_JUMP }>),
        ("has_free", flag_test::<{ table::HAS_FREE }>),
        ("has_local", flag_test::<{ table::HAS_LOCAL }>),
        ("has_exc", flag_test::<{ table::HAS_EXC }>),
        ("get_intrinsic1_descs", intrinsic1_descs),
        ("get_intrinsic2_descs", intrinsic2_descs),
        ("get_special_method_names", special_method_names),
        ("get_nb_ops", nb_ops),
        ("get_executor", get_executor),
        ("get_specialization_stats", specialization_stats),
    ];
    let mut items: Vec<(&'static str, Value)> = fns.iter().map(|(n, f)| (*n, builtin(n, *f))).collect();
    items.push(("ENABLE_SPECIALIZATION", Value::Bool(false)));
    items.push(("ENABLE_SPECIALIZATION_FT", Value::Bool(false)));
    module("_opcode", items)
}
