//! Coroutines and async generators on top of the generator machinery (`generators.rs`).
//!
//! `await x` (GET_AWAITABLE) accepts coroutines, generators marked by `types.coroutine` and
//! objects whose `__await__` returns an iterator. An async generator's `yield v` wraps `v`
//! (CALL_INTRINSIC_1 ASYNC_GEN_WRAP) so the awaitables `asend()`/`athrow()`/`aclose()`
//! return can tell the generator's own values (they end the awaitable with
//! StopIteration(v)) from the values its `await`s pass up to the event loop (passed on).
//! `async for` uses GET_AITER/GET_ANEXT and ends at END_ASYNC_FOR on StopAsyncIteration.

use super::generators::{GenOutcome, Resume};
use super::{PyErr, PyResult, Vm};
use crate::builtins::{Args, Kwargs};
use crate::heap::Payload;
use crate::objects::generator::GenKind;
use crate::objects::native;
use crate::objects::types;
use crate::value::{ObjRef, Value};

/// A value an async generator yielded (what ASYNC_GEN_WRAP makes).
pub struct Wrapped(pub Value);

/// What an `asend`/`athrow` awaitable does on its first step.
#[derive(Clone)]
enum First {
    Send(Value),
    Throw(Value),
    Close,
}

/// The state of an `asend()`/`athrow()`/`aclose()` awaitable.
pub struct AsyncStep {
    generator: Value,
    first: Option<First>,
    /// `aclose()`/`athrow()` (yields of the generator's own values are errors for aclose).
    close: bool,
    done: bool,
}

/// The native types: (wrapped value, asend, athrow).
pub fn make_types(object: &ObjRef) -> (ObjRef, ObjRef, ObjRef) {
    let wrapped = native::new_type("async_generator_wrapped_value", "builtins", object, &[], &[], None);
    let methods: &[(&'static str, crate::objects::function::BuiltinFn)] = &[
        ("send", step_send),
        ("throw", step_throw),
        ("close", step_close),
        ("__next__", step_next),
        ("__iter__", step_self),
        ("__await__", step_self),
    ];
    let asend = native::new_type("async_generator_asend", "builtins", object, methods, &[], None);
    let athrow = native::new_type("async_generator_athrow", "builtins", object, methods, &[], None);
    (wrapped, asend, athrow)
}

/// The kind of a generator-like value, if it is one.
fn gen_kind(v: &Value) -> Option<(GenKind, bool)> {
    match v.payload() {
        Some(Payload::Generator(g)) => {
            let g = g.borrow();
            Some((g.kind, g.iterable_coroutine))
        }
        _ => None,
    }
}

impl Vm {
    /// CPython's `_PyCoro_GetAwaitableIter`: the iterator `await v` drives, None when `v`
    /// has no `__await__`.
    pub fn awaitable_iter(&mut self, v: &Value) -> Result<Option<Value>, PyErr> {
        if let Some((kind, iterable)) = gen_kind(v)
            && (kind == GenKind::Coroutine || iterable)
        {
            return Ok(Some(v.clone()));
        }
        let ty = self.types.type_of(v);
        let Some(m) = types::lookup(&ty, "__await__").filter(|m| !matches!(m, Value::None)) else { return Ok(None) };
        let it = self.call(m, vec![v.clone()], vec![])?;
        if matches!(gen_kind(&it), Some((GenKind::Coroutine, _))) {
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        if !self.is_iterator(&it) {
            return Err(self.type_error(format!("__await__() returned non-iterator of type '{}'", self.type_name(&it))));
        }
        Ok(Some(it))
    }

    /// GET_AWAITABLE: `where_` is 1 after `__aenter__`, 2 after `__aexit__`.
    pub fn get_awaitable(&mut self, v: &Value, where_: usize) -> PyResult {
        match self.awaitable_iter(v)? {
            Some(it) => {
                if matches!(gen_kind(&it), Some((GenKind::Coroutine, _))) && self.gen_delegate(&it).is_some() {
                    return Err(self.error("RuntimeError", "coroutine is being awaited already"));
                }
                Ok(it)
            }
            None => Err(self.type_error(match where_ {
                1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {}", self.type_name(v)),
                2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {}", self.type_name(v)),
                _ => format!("'{}' object can't be awaited", self.type_name(v)),
            })),
        }
    }

    /// GET_AITER: `obj.__aiter__()`, which must have `__anext__`.
    pub fn get_aiter(&mut self, obj: &Value) -> PyResult {
        let ty = self.types.type_of(obj);
        let Some(m) = types::lookup(&ty, "__aiter__") else {
            return Err(self.type_error(format!("'async for' requires an object with __aiter__ method, got {}", self.type_name(obj))));
        };
        let it = self.call(m, vec![obj.clone()], vec![])?;
        if types::lookup(&self.types.type_of(&it), "__anext__").is_none() {
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.type_name(&it)
            )));
        }
        Ok(it)
    }

    /// GET_ANEXT: the awaitable of `aiter.__anext__()`.
    pub fn get_anext(&mut self, aiter: &Value) -> PyResult {
        if matches!(gen_kind(aiter), Some((GenKind::AsyncGenerator, _))) {
            return Ok(self.async_step(aiter, First::Send(Value::None), false));
        }
        let ty = self.types.type_of(aiter);
        let Some(m) = types::lookup(&ty, "__anext__") else {
            return Err(self.type_error(format!("'async for' requires an iterator with __anext__ method, got {}", self.type_name(aiter))));
        };
        let next = self.call(m, vec![aiter.clone()], vec![])?;
        match self.awaitable_iter(&next)? {
            Some(it) => Ok(it),
            None => Err(self.type_error(format!("'async for' received an invalid object from __anext__: {}", self.type_name(&next)))),
        }
    }

    /// CALL_INTRINSIC_1 STOPITERATION_ERROR: a StopIteration escaping a generator (or a
    /// StopAsyncIteration escaping an async generator) becomes a RuntimeError (PEP 479).
    pub fn stop_iteration_error(&mut self, flags: u32, exc: Value) -> Value {
        let msg = if self.is_instance_of(&exc, "StopIteration") {
            if flags & 0x200 != 0 {
                "async generator raised StopIteration"
            } else if flags & 0x80 != 0 {
                "coroutine raised StopIteration"
            } else {
                "generator raised StopIteration"
            }
        } else if flags & 0x200 != 0 && self.is_instance_of(&exc, "StopAsyncIteration") {
            "async generator raised StopAsyncIteration"
        } else {
            return exc;
        };
        let e = self.error("RuntimeError", msg);
        if let Some(Payload::Instance(i)) = e.0.payload() {
            *i.exc().cause.borrow_mut() = exc.clone();
            *i.exc().context.borrow_mut() = exc;
            i.exc().suppress_context.set(true);
        }
        e.0
    }

    /// LOAD_SPECIAL's error for an object without `__enter__`/`__exit__` (`which` 0, 1) or
    /// `__aenter__`/`__aexit__` (2, 3), with CPython's hint when it supports the other
    /// protocol.
    pub fn no_context_manager(&mut self, owner: &Value, which: usize) -> PyErr {
        let names = ["__enter__", "__exit__", "__aenter__", "__aexit__"];
        let name = names.get(which).copied().unwrap_or("__enter__");
        let is_async = which >= 2;
        let ty = self.types.type_of(owner);
        let other = if is_async { ["__enter__", "__exit__"] } else { ["__aenter__", "__aexit__"] };
        let hint = if other.iter().all(|n| types::lookup(&ty, n).is_some()) {
            if is_async {
                " but it supports the context manager protocol. Did you mean to use 'with'?"
            } else {
                " but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?"
            }
        } else {
            ""
        };
        self.type_error(format!(
            "'{}' object does not support the {}context manager protocol (missed {name} method){hint}",
            self.type_name(owner),
            if is_async { "asynchronous " } else { "" }
        ))
    }

    /// ASYNC_GEN_WRAP: marks a value an async generator yields.
    pub fn async_gen_wrap(&mut self, v: Value) -> Value {
        native::wrap(&self.types.async_wrapped, Wrapped(v))
    }

    fn async_step(&mut self, generator: &Value, first: First, close: bool) -> Value {
        let ty = if matches!(first, First::Send(_)) { self.types.async_asend.clone() } else { self.types.async_athrow.clone() };
        native::wrap(&ty, AsyncStep { generator: generator.clone(), first: Some(first), close, done: false })
    }

    /// One step of an asend/athrow awaitable: resumes the generator with `how`.
    fn async_resume(&mut self, this: &Value, how: Option<Resume>) -> PyResult {
        let state = native::with_state::<AsyncStep, _>(this, |s| (s.generator.clone(), s.first.take(), s.close, s.done));
        let Some((generator, first, close, done)) = state else { return Err(self.type_error("not an async generator awaitable")) };
        if done {
            return Err(self.error("RuntimeError", "cannot reuse already awaited __anext__()/asend()"));
        }
        let how = match (first, how) {
            (Some(First::Send(v)), Some(Resume::Send(x))) => {
                if !matches!(x, Value::None) {
                    return Err(self.error("RuntimeError", "can't send non-None value to a just-started async generator"));
                }
                Resume::Send(v)
            }
            (Some(First::Throw(e)), Some(Resume::Send(_))) => Resume::Throw(PyErr(e)),
            (Some(First::Close), Some(Resume::Send(_))) => {
                Resume::Throw(PyErr(super::exceptions::new_exception(self.types.exception("GeneratorExit"), vec![])))
            }
            (_, Some(h)) => h,
            (_, None) => Resume::Send(Value::None),
        };
        let finish = |this: &Value| {
            native::with_state::<AsyncStep, _>(this, |s| s.done = true);
        };
        // A generator closed before it started: aclose() is a no-op, asend() raises
        // StopAsyncIteration.
        let r = self.gen_resume(&generator, how);
        match r {
            Ok(GenOutcome::Yielded(v)) => {
                if let Some(inner) = native::with_state::<Wrapped, _>(&v, |w| w.0.clone()) {
                    finish(this);
                    if close {
                        return Err(self.error("RuntimeError", "async generator ignored GeneratorExit"));
                    }
                    return Err(self.stop_iteration(inner));
                }
                Ok(v)
            }
            Ok(GenOutcome::Returned(_)) => {
                finish(this);
                if close {
                    return Err(self.stop_iteration(Value::None));
                }
                Err(self.error("StopAsyncIteration", ""))
            }
            Err(e) => {
                finish(this);
                if close && (self.is_instance_of(&e.0, "GeneratorExit") || self.is_instance_of(&e.0, "StopAsyncIteration")) {
                    return Err(self.stop_iteration(Value::None));
                }
                Err(e)
            }
        }
    }
}

fn receiver(vm: &Vm, args: &[Value]) -> Result<Value, PyErr> {
    args.first().cloned().ok_or_else(|| vm.type_error("method needs a receiver"))
}

fn step_send(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = receiver(vm, &args)?;
    vm.async_resume(&this, Some(Resume::Send(args.get(1).cloned().unwrap_or(Value::None))))
}

fn step_next(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = receiver(vm, &args)?;
    vm.async_resume(&this, Some(Resume::Send(Value::None)))
}

/// The argument count of `throw()`/`athrow()` (the receiver first): one to three, and the
/// three-argument form's DeprecationWarning.
pub fn throw_arity(vm: &mut Vm, name: &str, args: &[Value]) -> Result<(), PyErr> {
    let n = args.len().saturating_sub(1);
    if n == 0 {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if n > 3 {
        return Err(vm.type_error(format!("{name} expected at most 3 arguments, got {n}")));
    }
    if n > 1 {
        let msg = format!("the (type, exc, tb) signature of {name}() is deprecated, use the single-arg signature instead.");
        vm.warn("DeprecationWarning", msg, 1)?;
    }
    Ok(())
}

fn step_throw(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    throw_arity(vm, "throw", &args)?;
    let this = receiver(vm, &args)?;
    let exc = vm.make_raisable(args.get(1).cloned().unwrap_or(Value::None))?;
    native::with_state::<AsyncStep, _>(&this, |s| s.first = None);
    vm.async_resume(&this, Some(Resume::Throw(PyErr(exc))))
}

fn step_close(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = receiver(vm, &args)?;
    native::with_state::<AsyncStep, _>(&this, |s| s.done = true);
    Ok(Value::None)
}

fn step_self(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    receiver(vm, &args)
}

fn agen_arg(vm: &Vm, args: &[Value]) -> Result<Value, PyErr> {
    match args.first() {
        Some(g) if matches!(gen_kind(g), Some((GenKind::AsyncGenerator, _))) => Ok(g.clone()),
        _ => Err(vm.type_error("descriptor requires an 'async_generator' object")),
    }
}

/// `agen.asend(v)`.
pub fn agen_asend(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let g = agen_arg(vm, &args)?;
    Ok(vm.async_step(&g, First::Send(args.get(1).cloned().unwrap_or(Value::None)), false))
}

/// `agen.__anext__()`.
pub fn agen_anext(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let g = agen_arg(vm, &args)?;
    Ok(vm.async_step(&g, First::Send(Value::None), false))
}

/// `agen.athrow(exc)`.
pub fn agen_athrow(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let g = agen_arg(vm, &args)?;
    throw_arity(vm, "athrow", &args)?;
    let exc = vm.make_raisable(args.get(1).cloned().unwrap_or(Value::None))?;
    Ok(vm.async_step(&g, First::Throw(exc), false))
}

/// `agen.aclose()`.
pub fn agen_aclose(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let g = agen_arg(vm, &args)?;
    Ok(vm.async_step(&g, First::Close, true))
}

/// `agen.__aiter__()`.
pub fn agen_aiter(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    agen_arg(vm, &args)
}

/// `coro.__await__()`: the coroutine itself drives the await.
pub fn coro_await(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    receiver(vm, &args)
}
