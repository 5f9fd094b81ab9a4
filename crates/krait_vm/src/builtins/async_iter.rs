//! The builtins `aiter()` and `anext()`, and the awaitable `anext(it, default)` returns
//! (CPython's `anext_awaitable`): it drives the awaitable of `it.__anext__()` and turns its
//! StopAsyncIteration into the end of the await with `default` as the result.
//!
//! Without a default `anext()` returns what `__anext__()` returns, as CPython's.

use super::{Args, Kwargs, arity};
use crate::heap::Payload;
use crate::interp::generators::{GenOutcome, Resume};
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::{native, types};
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

/// The state of an `anext_awaitable`.
struct AnextAwaitable {
    /// What `__anext__()` returned.
    wrapped: Value,
    default: Value,
    /// The iterator driving the await, made on first use.
    iter: Option<Value>,
}

thread_local! {
    static CLASS: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

fn class(vm: &Vm) -> ObjRef {
    if let Some(c) = CLASS.with(|c| c.borrow().clone()) {
        return c;
    }
    let methods: &[(&'static str, BuiltinFn)] = &[
        ("__await__", this),
        ("__iter__", this),
        ("__next__", next),
        ("send", send),
        ("throw", throw),
        ("close", close),
    ];
    let c = native::new_type("anext_awaitable", "builtins", &vm.types.object, methods, &[], None);
    CLASS.with(|cell| *cell.borrow_mut() = Some(c.clone()));
    c
}

/// `aiter(async_iterable)`.
pub fn aiter(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "aiter", &args, 1, 1)?;
    let obj = &args[0];
    let ty = vm.types.type_of(obj);
    let Some(m) = types::lookup(&ty, "__aiter__") else {
        return Err(vm.type_error(format!("'{}' object is not an async iterable", vm.type_name(obj))));
    };
    let it = vm.call(m, vec![obj.clone()], vec![])?;
    if types::lookup(&vm.types.type_of(&it), "__anext__").is_none() {
        return Err(vm.type_error(format!("aiter() returned not an async iterator of type '{}'", vm.type_name(&it))));
    }
    Ok(it)
}

/// `anext(async_iterator[, default])`.
pub fn anext(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "anext", &args, 1, 2)?;
    let obj = &args[0];
    let ty = vm.types.type_of(obj);
    let Some(m) = types::lookup(&ty, "__anext__") else {
        return Err(vm.type_error(format!("'{}' object is not an async iterator", vm.type_name(obj))));
    };
    let awaitable = vm.call(m, vec![obj.clone()], vec![])?;
    match args.get(1) {
        None => Ok(awaitable),
        Some(default) => {
            let c = class(vm);
            Ok(native::wrap(&c, AnextAwaitable { wrapped: awaitable, default: default.clone(), iter: None }))
        }
    }
}

fn receiver(vm: &Vm, args: &[Value]) -> Result<Value, PyErr> {
    match args.first() {
        Some(v) if native::with_state::<AnextAwaitable, _>(v, |_| ()).is_some() => Ok(v.clone()),
        _ => Err(vm.type_error("descriptor requires an 'anext_awaitable' object")),
    }
}

/// The iterator that drives the await (`__await__` of what `__anext__()` returned).
fn inner(vm: &mut Vm, this: &Value) -> PyResult {
    let (wrapped, iter) = native::with_state::<AnextAwaitable, _>(this, |s| (s.wrapped.clone(), s.iter.clone())).unwrap_or((Value::None, None));
    if let Some(it) = iter {
        return Ok(it);
    }
    let it = match vm.awaitable_iter(&wrapped)? {
        Some(it) => it,
        None => return Err(vm.type_error(format!("'{}' object can't be awaited", vm.type_name(&wrapped)))),
    };
    native::with_state::<AnextAwaitable, _>(this, |s| s.iter = Some(it.clone()));
    Ok(it)
}

/// A StopAsyncIteration from the inner iterator ends the await with the default.
fn finish(vm: &mut Vm, this: &Value, r: PyResult) -> PyResult {
    match r {
        Err(e) if vm.is_instance_of(&e.0, "StopAsyncIteration") => {
            let default = native::with_state::<AnextAwaitable, _>(this, |s| s.default.clone()).unwrap_or(Value::None);
            Err(vm.stop_iteration(default))
        }
        other => other,
    }
}

fn resume(vm: &mut Vm, it: &Value, how: Resume) -> PyResult {
    match vm.gen_resume(it, how)? {
        GenOutcome::Yielded(v) => Ok(v),
        GenOutcome::Returned(v) => Err(vm.stop_iteration(v)),
    }
}

fn send_value(vm: &mut Vm, this: &Value, v: Value) -> PyResult {
    let it = inner(vm, this)?;
    let r = if matches!(it.payload(), Some(Payload::Generator(_))) {
        resume(vm, &it, Resume::Send(v))
    } else if matches!(v, Value::None) {
        match vm.next(&it) {
            Ok(Some(x)) => Ok(x),
            Ok(None) => Err(vm.stop_iteration(Value::None)),
            Err(e) => Err(e),
        }
    } else {
        let m = vm.getattr(&it, "send")?;
        vm.call(m, vec![v], vec![])
    };
    finish(vm, this, r)
}

fn this(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    receiver(vm, &args)
}

fn next(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = receiver(vm, &args)?;
    send_value(vm, &this, Value::None)
}

fn send(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = receiver(vm, &args)?;
    send_value(vm, &this, args.get(1).cloned().unwrap_or(Value::None))
}

fn throw(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = receiver(vm, &args)?;
    let it = inner(vm, &this)?;
    let r = if matches!(it.payload(), Some(Payload::Generator(_))) {
        let exc = vm.make_raisable(args.get(1).cloned().unwrap_or(Value::None))?;
        resume(vm, &it, Resume::Throw(PyErr(exc)))
    } else {
        let m = vm.getattr(&it, "throw")?;
        vm.call(m, args[1..].to_vec(), vec![])
    };
    finish(vm, &this, r)
}

fn close(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = receiver(vm, &args)?;
    let it = inner(vm, &this)?;
    match vm.getattr_opt(&it, "close")? {
        Some(m) => vm.call(m, vec![], vec![]),
        None => Ok(Value::None),
    }
}
