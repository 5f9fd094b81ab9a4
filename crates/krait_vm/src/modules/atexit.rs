//! `atexit`: register/unregister exit callbacks; [`run_exitfuncs`] runs them (last
//! registered first), which the interpreter calls once the main module has finished.
//! The callbacks live per thread (one VM per thread).

use super::{module, Args, Kwargs};
use crate::builtins::builtin;
use crate::interp::{PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::value::Value;
use std::cell::RefCell;

type Callback = (Value, Vec<Value>, Vec<(String, Value)>);

thread_local! {
    static CALLBACKS: RefCell<Vec<Callback>> = const { RefCell::new(Vec::new()) };
}

fn register(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("register() takes at least 1 argument (0 given)"));
    }
    let func = args.remove(0);
    if !super::util::is_callable(&func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    CALLBACKS.with(|c| c.borrow_mut().push((func.clone(), args.into_vec(), kwargs)));
    Ok(func)
}

fn unregister(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::exactly_one(vm, "atexit.unregister", &args, &kwargs)?;
    let func = &args[0];
    let funcs: Vec<Value> = CALLBACKS.with(|c| c.borrow().iter().map(|(f, _, _)| f.clone()).collect());
    let mut keep = Vec::with_capacity(funcs.len());
    for f in &funcs {
        keep.push(!(f.is(func) || vm.eq(f, func)?));
    }
    CALLBACKS.with(|c| {
        let mut c = c.borrow_mut();
        let mut i = 0;
        c.retain(|_| {
            let k = keep.get(i).copied().unwrap_or(true);
            i += 1;
            k
        });
    });
    Ok(Value::None)
}

fn run(vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    run_exitfuncs(vm);
    Ok(Value::None)
}

fn clear(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    CALLBACKS.with(|c| c.borrow_mut().clear());
    Ok(Value::None)
}

fn ncallbacks(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::Int(CALLBACKS.with(|c| c.borrow().len()) as i64))
}

/// Runs and forgets the registered callbacks, last first. An exception is reported on
/// stderr ("Exception ignored in atexit callback ...") and the rest still run.
pub fn run_exitfuncs(vm: &mut Vm) {
    while let Some((f, args, kwargs)) = CALLBACKS.with(|c| c.borrow_mut().pop()) {
        if let Err(e) = vm.call(f.clone(), args, kwargs) {
            let r = vm.repr(&f).unwrap_or_default();
            let tb = vm.format_exception(&e.0);
            vm.flush();
            eprint!("Exception ignored in atexit callback {r}:\n{tb}");
        }
    }
}

pub fn make(_vm: &mut Vm) -> Value {
    let fns: &[(&'static str, BuiltinFn)] =
        &[("register", register), ("unregister", unregister), ("_run_exitfuncs", run), ("_clear", clear), ("_ncallbacks", ncallbacks)];
    module("atexit", fns.iter().map(|(n, f)| (*n, builtin(n, *f))).collect())
}
