//! `sys`: the interpreter's state as the sys module shows it (a first part of it).

use super::{module, Args, Kwargs};
use crate::builtins::builtin;
use crate::interp::{PyErr, PyResult, Vm};
use crate::value::Value;

fn sys_exit(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let class = vm.types.exception("SystemExit");
    Err(PyErr(crate::interp::exceptions::new_exception(class, args)))
}

fn getrecursionlimit(vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    match args.first() {
        Some(Value::Int(n)) if *n >= 1 => {
            vm.recursion_limit = usize::try_from(*n).unwrap_or(1000);
            Ok(Value::None)
        }
        Some(Value::Int(_)) => Err(vm.error("ValueError", "recursion limit must be greater or equal than 1")),
        _ => Err(vm.type_error("'str' object cannot be interpreted as an integer")),
    }
}

pub fn make(vm: &mut Vm) -> Value {
    let argv = crate::interp::call::new_list(vec![Value::str(vm.script_name.clone())]);
    module(
        "sys",
        vec![
            ("exit", builtin("exit", sys_exit)),
            ("getrecursionlimit", builtin("getrecursionlimit", getrecursionlimit)),
            ("setrecursionlimit", builtin("setrecursionlimit", setrecursionlimit)),
            ("argv", argv),
            ("maxsize", Value::Int(i64::MAX)),
            ("stdout", vm.stdout_marker.clone()),
            ("stderr", vm.stderr_marker.clone()),
        ],
    )
}
