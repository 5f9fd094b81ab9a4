//! Built-ins that drain a generator, run inside the evaluation loop.
//!
//! `sum(x for x in xs)`, `any(...)`, `all(...)`, `min(...)`, `max(...)`, `list(g)`,
//! `tuple(g)`, `sorted(g)` and `sep.join(g)`, called from Python code on a plain generator, do not call `next()` from
//! Rust once per item (each call entering the loop anew and moving the generator's frame in
//! and out). The generator's frame goes above the caller's with [`OnReturn::Consume`]; each
//! YIELD_VALUE hands its value to the [`Consumer`] and the generator goes straight on, as
//! if `None` had been sent. Its return finishes the consumer, and the CALL pushes the result.
//!
//! What a program can see stays CPython's, where the built-in calls `next()` in a loop:
//! - an item whose processing could run Python code (a user `__add__` or `__bool__`) is
//!   processed with the generator suspended: the yield saves it as any yield does, and the
//!   built-in's own loop finishes the work ([`Consumer::finish_suspended`]);
//! - an error (`sum` of a str) is raised at the CALL with the generator suspended at its
//!   yield, and a consumer that stops early (`any` at a true item) leaves it suspended;
//! - the built-ins that build a list first (`list`, `tuple`, `sorted`, `join`) collect
//!   every item, then do the rest as their general forms do.

use super::{OnReturn, PyErr, PyResult, Vm};
use crate::builtins::{MinMaxState, SumState};
use crate::heap::Payload;
use crate::objects::function::BuiltinFn;
use crate::value::Value;

/// What a built-in draining a generator in the loop keeps between items.
#[derive(Debug)]
pub enum Consumer {
    Sum(SumState),
    /// `any()` (false) or `all()` (true): stops at the first item whose truth differs.
    AnyAll(bool),
    /// `min()` or `max()` without a key: compares each item as it comes.
    MinMax(MinMaxState),
    /// Collects the items, then builds this.
    Collect(Collected, Vec<Value>),
}

/// What a collecting consumer builds from its items.
#[derive(Debug)]
pub enum Collected {
    List,
    Tuple,
    Sorted,
    /// `sep.join(items)`: the separator.
    Join(Value),
}

/// What became of an item handed to a consumer.
#[derive(Debug)]
pub enum Fed {
    /// Taken: the generator goes on.
    More,
    /// The consumer is done (its result) and the generator stays suspended.
    Done(Value),
    /// Processing the item could run Python code: it is finished with the generator
    /// suspended ([`Consumer::finish_suspended`]).
    Suspend(Value),
    /// The built-in raised.
    Raise(PyErr),
}

/// Is `v` a value whose `+` with another such value, and whose truth, run no Python code
/// (no instance of a class, which may define the dunders, and no class, whose metaclass may)?
fn inert(v: &Value) -> bool {
    match v.payload() {
        None => true,
        Some(p) => matches!(
            p,
            Payload::Str(_)
                | Payload::BigInt(_)
                | Payload::Tuple(_)
                | Payload::List(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::FrozenSet(_)
                | Payload::Complex { .. }
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Range { .. }
        ),
    }
}

impl Consumer {
    /// Takes one item (the generator's frame is on top, running).
    #[inline]
    pub fn feed(&mut self, vm: &mut Vm, v: Value) -> Fed {
        match self {
            Consumer::Sum(state) => match state.add_number(v) {
                Ok(()) => Fed::More,
                Err(v) if inert(&v) && inert(state.total()) => match state.add(vm, v) {
                    Ok(()) => Fed::More,
                    Err(e) => Fed::Raise(e),
                },
                Err(v) => Fed::Suspend(v),
            },
            Consumer::AnyAll(all) => {
                if !inert(&v) {
                    return Fed::Suspend(v);
                }
                match vm.truthy(&v) {
                    Ok(t) if t != *all => Fed::Done(Value::Bool(t)),
                    Ok(_) => Fed::More,
                    Err(e) => Fed::Raise(e),
                }
            }
            Consumer::MinMax(state) => match state.add_plain(vm, v) {
                Ok(Ok(())) => Fed::More,
                Ok(Err(e)) => Fed::Raise(e),
                Err(v) => Fed::Suspend(v),
            },
            Consumer::Collect(_, items) => {
                items.push(v);
                Fed::More
            }
        }
    }

    /// The result once the generator has returned.
    pub fn finish(self, vm: &mut Vm) -> PyResult {
        match self {
            Consumer::Sum(state) => Ok(state.finish()),
            Consumer::AnyAll(all) => Ok(Value::Bool(all)),
            Consumer::MinMax(state) => state.finish(vm, None),
            Consumer::Collect(what, mut items) => match what {
                Collected::List => Ok(super::call::new_list(items)),
                Collected::Tuple => Ok(super::call::new_tuple(items)),
                Collected::Sorted => {
                    crate::builtins::sort_values(vm, &mut items, None, false)?;
                    Ok(super::call::new_list(items))
                }
                Collected::Join(sep) => crate::builtins::methods::str::join_direct(vm, &sep, &super::call::new_list(items)),
            },
        }
    }

    /// The result when `item` needed Python code: `generator` is suspended after yielding
    /// it, and the built-in goes on as its general form, calling `next()`.
    pub fn finish_suspended(self, vm: &mut Vm, item: Value, generator: &Value) -> PyResult {
        match self {
            Consumer::Sum(mut state) => {
                state.add(vm, item)?;
                state.add_rest(vm, generator)
            }
            Consumer::AnyAll(all) => {
                let mut next = Some(item);
                while let Some(v) = next {
                    if vm.truthy(&v)? != all {
                        return Ok(Value::Bool(!all));
                    }
                    next = vm.next(generator)?;
                }
                Ok(Value::Bool(all))
            }
            Consumer::MinMax(mut state) => {
                state.add(vm, item)?;
                while let Some(v) = vm.next(generator)? {
                    state.add(vm, v)?;
                }
                state.finish(vm, None)
            }
            // Collecting takes every item as it comes.
            Consumer::Collect(..) => Err(vm.error("SystemError", "a collecting consumer was suspended")),
        }
    }
}

fn is(f: BuiltinFn, g: BuiltinFn) -> bool {
    std::ptr::fn_addr_eq(f, g)
}

impl Vm {
    /// The consumer for a call of the value at `callable_idx` with `nargs` arguments above
    /// it (the first a generator), if it is one of the built-ins this module runs.
    fn consumer_for(&self, callable_idx: usize, nargs: usize) -> Option<Consumer> {
        let has_self = !self.stack[callable_idx + 1].is_null();
        match self.stack[callable_idx].payload()? {
            Payload::Builtin(b) if !has_self => {
                let f = b.func;
                if is(f, crate::builtins::sum) && (nargs == 1 || nargs == 2) {
                    // A start that sum() rejects takes the general path, which raises.
                    let start = if nargs == 2 { self.stack[callable_idx + 3].clone() } else { Value::Int(0) };
                    return SumState::new(self, start).ok().map(Consumer::Sum);
                }
                if nargs != 1 {
                    return None;
                }
                if is(f, crate::builtins::any) {
                    Some(Consumer::AnyAll(false))
                } else if is(f, crate::builtins::all) {
                    Some(Consumer::AnyAll(true))
                } else if is(f, crate::builtins::min) || is(f, crate::builtins::max) {
                    Some(Consumer::MinMax(MinMaxState::plain(is(f, crate::builtins::max))))
                } else if is(f, crate::builtins::sorted) {
                    Some(Consumer::Collect(Collected::Sorted, Vec::new()))
                } else {
                    None
                }
            }
            Payload::Type(_) if !has_self && nargs == 1 => {
                let class = self.stack[callable_idx].as_obj()?;
                if std::rc::Rc::ptr_eq(class, &self.types.list) {
                    Some(Consumer::Collect(Collected::List, Vec::new()))
                } else if std::rc::Rc::ptr_eq(class, &self.types.tuple) {
                    Some(Consumer::Collect(Collected::Tuple, Vec::new()))
                } else {
                    None
                }
            }
            // `sep.join(g)` as a method call: the separator sits in the self slot.
            Payload::MethodDescr { func, .. }
                if has_self && nargs == 1 && is(func.func, crate::builtins::methods::str::join) && matches!(self.stack[callable_idx + 1].payload(), Some(Payload::Str(_))) =>
            {
                Some(Consumer::Collect(Collected::Join(self.stack[callable_idx + 1].clone()), Vec::new()))
            }
            _ => None,
        }
    }

    /// A call, from the loop, of a built-in that drains a generator (`sum`, `any`, `all`,
    /// `min`, `max`, `sorted`, `list`, `tuple`, `str.join`) or takes one item of it (`next`, with or without
    /// a default), on a plain suspended generator: the call's slots leave the stack and the
    /// generator's frame goes above the caller's to run in the loop (`OnReturn::Consume`,
    /// `GenNext`, `GenNextOr`). False, with the stack as it was, for any other call (the
    /// general path then raises what CPython raises).
    #[inline(never)]
    pub(crate) fn enter_generator_call(&mut self, callable_idx: usize) -> bool {
        let nargs = self.stack.len() - callable_idx - 2;
        let is_next = matches!(self.stack[callable_idx].payload(),
            Some(Payload::Builtin(b)) if is(b.func, crate::builtins::next)) && self.stack[callable_idx + 1].is_null();
        let on_return = if is_next {
            match nargs {
                1 => OnReturn::GenNext,
                2 => OnReturn::GenNextOr(self.stack[callable_idx + 3].clone()),
                _ => return false,
            }
        } else {
            match self.consumer_for(callable_idx, nargs) {
                Some(c) => OnReturn::Consume(Box::new(c)),
                None => return false,
            }
        };
        let extra = if nargs == 2 { self.stack.pop() } else { None };
        let generator = self.stack.pop().unwrap_or(Value::None);
        let self_or_null = self.stack.pop().unwrap_or(Value::Null);
        let callable = self.stack.pop().unwrap_or(Value::None);
        if self.gen_enter_plain(&generator, false, on_return) {
            return true;
        }
        self.stack.push(callable);
        self.stack.push(self_or_null);
        self.stack.push(generator);
        if let Some(v) = extra {
            self.stack.push(v);
        }
        false
    }
}
