//! `gc`: krait frees by reference counting; `collect()` runs the VM's cycle collector (`heap::gc`) and returns what it found; enable/disable turn
//! the automatic collections off and on; the thresholds are kept as state.

use super::util::{index_i64, positional};
use super::{module, Args, Kwargs};
use crate::builtins::builtin;
use crate::interp::call::{new_list, new_tuple};
use crate::interp::{PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::value::Value;
use std::cell::Cell;

thread_local! {
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    static THRESHOLD: Cell<(i64, i64, i64)> = const { Cell::new((2000, 10, 0)) };
}

fn collect(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    let _ = super::util::take_kwarg(&mut kwargs, "generation");
    positional(vm, "collect", &args, &kwargs, 0, 1)?;
    if let Some(g) = args.first() {
        let g = index_i64(vm, g)?;
        if !(0..=2).contains(&g) {
            return Err(vm.error("ValueError", "invalid generation"));
        }
    }
    Ok(Value::Int(vm.collect_garbage() as i64))
}

fn enable(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "enable", &args, &kwargs, 0, 0)?;
    ENABLED.with(|e| e.set(true));
    crate::heap::gc::set_enabled(true);
    Ok(Value::None)
}

fn disable(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "disable", &args, &kwargs, 0, 0)?;
    ENABLED.with(|e| e.set(false));
    crate::heap::gc::set_enabled(false);
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "isenabled", &args, &kwargs, 0, 0)?;
    Ok(Value::Bool(ENABLED.with(Cell::get)))
}

fn get_threshold(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "get_threshold", &args, &kwargs, 0, 0)?;
    let (a, b, c) = THRESHOLD.with(Cell::get);
    Ok(new_tuple([Value::Int(a), Value::Int(b), Value::Int(c)]))
}

fn set_threshold(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "set_threshold", &args, &kwargs, 1, 3)?;
    let mut t = THRESHOLD.with(Cell::get);
    let vals: Vec<i64> = args.iter().map(|a| index_i64(vm, a)).collect::<Result<_, _>>()?;
    t.0 = vals[0];
    if let Some(v) = vals.get(1) {
        t.1 = *v;
    }
    THRESHOLD.with(|c| c.set(t));
    Ok(Value::None)
}

fn get_count(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "get_count", &args, &kwargs, 0, 0)?;
    Ok(new_tuple([Value::Int(0), Value::Int(0), Value::Int(0)]))
}

fn get_objects(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(new_list(Vec::new()))
}

fn is_tracked(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    positional(vm, "is_tracked", &args, &kwargs, 1, 1)?;
    Ok(Value::Bool(matches!(args[0], Value::Obj(_)) && args[0].as_str().is_none()))
}

fn freeze(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::None)
}

pub fn make(_vm: &mut Vm) -> Value {
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("collect", collect),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("get_threshold", get_threshold),
        ("set_threshold", set_threshold),
        ("get_count", get_count),
        ("get_objects", get_objects),
        ("is_tracked", is_tracked),
        ("freeze", freeze),
        ("unfreeze", freeze),
    ];
    let mut items: Vec<(&'static str, Value)> = fns.iter().map(|(n, f)| (*n, builtin(n, *f))).collect();
    items.push(("garbage", new_list(Vec::new())));
    items.push(("callbacks", new_list(Vec::new())));
    for (n, v) in [("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2), ("DEBUG_UNCOLLECTABLE", 4), ("DEBUG_SAVEALL", 32), ("DEBUG_LEAK", 38)] {
        items.push((n, Value::Int(v)));
    }
    module("gc", items)
}
