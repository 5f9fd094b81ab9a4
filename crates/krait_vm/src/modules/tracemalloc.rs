//! `_tracemalloc`, the C half of `tracemalloc`. krait's heap keeps no allocation
//! tracebacks, so tracing can be switched on and off (with CPython's frame-limit check) but
//! records nothing: no traces, no object tracebacks, zero traced memory. That is enough for
//! `tracemalloc` to import and answer, and for `warnings` to suggest enabling it as CPython
//! does when it is off.

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::interp::call::new_tuple;
use crate::interp::{PyResult, Vm};
use crate::value::Value;
use std::cell::Cell;

/// CPython's `MAX_NFRAME` (UINT16_MAX).
const MAX_NFRAME: i64 = 65535;

thread_local! {
    /// The traceback limit while tracing; None when not tracing.
    static TRACING: Cell<Option<i64>> = const { Cell::new(None) };
    /// The limit `get_traceback_limit()` reports (kept after `stop()`, as CPython's).
    static LIMIT: Cell<i64> = const { Cell::new(1) };
}

/// The `_tracemalloc` module.
pub fn make(_vm: &mut Vm) -> Value {
    module(
        "_tracemalloc",
        vec![
            ("is_tracing", builtin("is_tracing", is_tracing)),
            ("clear_traces", builtin("clear_traces", clear_traces)),
            ("_get_traces", builtin("_get_traces", get_traces)),
            ("_get_object_traceback", builtin("_get_object_traceback", get_object_traceback)),
            ("start", builtin("start", start)),
            ("stop", builtin("stop", stop)),
            ("get_traceback_limit", builtin("get_traceback_limit", get_traceback_limit)),
            ("get_tracemalloc_memory", builtin("get_tracemalloc_memory", get_tracemalloc_memory)),
            ("get_traced_memory", builtin("get_traced_memory", get_traced_memory)),
            ("reset_peak", builtin("reset_peak", reset_peak)),
        ],
    )
}

fn no_args(vm: &Vm, name: &str, args: &[Value], kwargs: &Kwargs) -> Result<(), crate::interp::PyErr> {
    super::util::bind(vm, name, args, kwargs, &[], 0).map(|_| ())
}

fn is_tracing(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    no_args(vm, "is_tracing", &args, &kwargs)?;
    Ok(Value::Bool(TRACING.with(Cell::get).is_some()))
}

fn clear_traces(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    no_args(vm, "clear_traces", &args, &kwargs)?;
    Ok(Value::None)
}

fn reset_peak(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    no_args(vm, "reset_peak", &args, &kwargs)?;
    Ok(Value::None)
}

fn get_traces(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    no_args(vm, "_get_traces", &args, &kwargs)?;
    Ok(crate::interp::call::new_list(Vec::new()))
}

fn get_object_traceback(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::exactly_one(vm, "_get_object_traceback", &args, &kwargs)?;
    Ok(Value::None)
}

fn start(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::positional(vm, "start", &args, &kwargs, 0, 1)?;
    let nframe = match args.first() {
        Some(v) => super::util::index_i64(vm, v)?,
        None => 1,
    };
    if !(1..=MAX_NFRAME).contains(&nframe) {
        return Err(vm.error("ValueError", format!("the number of frames must be in range [1; {MAX_NFRAME}]")));
    }
    TRACING.with(|t| t.set(Some(nframe)));
    LIMIT.with(|l| l.set(nframe));
    Ok(Value::None)
}

fn stop(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    no_args(vm, "stop", &args, &kwargs)?;
    TRACING.with(|t| t.set(None));
    Ok(Value::None)
}

fn get_traceback_limit(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    no_args(vm, "get_traceback_limit", &args, &kwargs)?;
    Ok(Value::Int(LIMIT.with(Cell::get)))
}

fn get_tracemalloc_memory(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    no_args(vm, "get_tracemalloc_memory", &args, &kwargs)?;
    Ok(Value::Int(0))
}

fn get_traced_memory(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    no_args(vm, "get_traced_memory", &args, &kwargs)?;
    Ok(new_tuple([Value::Int(0), Value::Int(0)]))
}
