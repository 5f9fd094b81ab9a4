//! `_functools`: `reduce` in Rust (the loop without a Python frame per item). functools.py
//! keeps its own `partial`, `cmp_to_key` and `lru_cache`, which it uses when this module
//! does not provide them.

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::interp::{PyResult, Vm};
use crate::value::Value;

/// `reduce(function, iterable[, initial])`.
fn reduce(vm: &mut Vm, mut args: Args, mut kwargs: Kwargs) -> PyResult {
    let initial = super::util::take_kwarg(&mut kwargs, "initial");
    super::util::no_more_kwargs(vm, "reduce", &kwargs)?;
    if initial.is_some() && args.len() > 2 {
        return Err(vm.type_error("reduce() got multiple values for argument 'initial'"));
    }
    if args.len() < 2 {
        return Err(vm.type_error(format!("reduce() takes at least 2 positional arguments ({} given)", args.len())));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!("reduce() takes at most 3 arguments ({} given)", args.len())));
    }
    let mut acc = if args.len() == 3 { args.pop() } else { initial };
    let seq = args.pop().unwrap_or(Value::None);
    let func = args.pop().unwrap_or(Value::None);
    let it = match vm.try_get_iter(&seq)? {
        Some(it) => it,
        None => return Err(vm.type_error("reduce() arg 2 must support iteration")),
    };
    while let Some(v) = vm.next(&it)? {
        acc = Some(match acc {
            None => v,
            Some(a) => vm.call(func.clone(), vec![a, v], vec![])?,
        });
    }
    acc.ok_or_else(|| vm.type_error("reduce() of empty iterable with no initial value"))
}

/// The `_functools` module.
pub fn make(_vm: &mut Vm) -> Value {
    module("_functools", vec![("reduce", builtin("reduce", reduce))])
}
