//! Types defined by Rust modules (`collections.deque`, `itertools.count`, `_random.Random`):
//! a class of kind `Native` whose methods are method descriptors, and instances that are
//! ordinary `InstanceObj`s (so Python subclasses, `__dict__` and the whole attribute protocol
//! work) holding the Rust state in `native` as a `Payload::Native`.
//!
//! A module defines its state as any `'static` Rust type, creates the class once with
//! [`new_type`], builds instances with [`wrap`], and reaches the state from a method's
//! receiver with [`with_state`].

use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::types::new_type as new_builtin_type;
use crate::objects::function::{BuiltinFn, BuiltinFunction};
use crate::objects::types::{InstanceObj, Kind};
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

/// A new class `module.name` deriving from `base` (usually `object`), with `methods` as
/// method descriptors, `classmethods`, and `new` as its `__new__(cls, *args, **kwargs)`.
pub fn new_type(
    name: &str,
    module: &str,
    base: &ObjRef,
    methods: &[(&'static str, BuiltinFn)],
    classmethods: &[(&'static str, BuiltinFn)],
    new: Option<BuiltinFn>,
) -> ObjRef {
    let ty = new_builtin_type(name, Some(base.clone()), Kind::Native);
    if let Payload::Type(t) = &ty.payload {
        let mut d = t.dict_mut();
        d.set_str("__module__", Value::str(module));
        for (n, f) in methods {
            d.set_str(n, Value::new_obj(Payload::MethodDescr { func: BuiltinFunction { name: n, func: *f, one: None }, owner: ty.clone(), arity: crate::objects::function::Arity::Any, direct: crate::objects::function::Direct::None }));
        }
        for (n, f) in classmethods {
            d.set_str(n, Value::new_obj(Payload::ClassMethod(builtin(n, *f))));
        }
        if let Some(f) = new {
            d.set_str("__new__", Value::new_obj(Payload::StaticMethod(builtin("__new__", f))));
        }
    }
    ty
}

/// Gives `ty`'s method `name` (made by [`new_type`]) a direct form, which CALL runs on an
/// instance of exactly `ty` given the form's number of arguments (as for built-in types'
/// methods: `Direct`); the method's general function answers every other call.
pub fn set_direct(ty: &ObjRef, name: &str, direct: crate::objects::function::Direct) {
    let Payload::Type(t) = &ty.payload else { return };
    let mut d = t.dict_mut();
    let Some(m) = d.get_str(name) else { return };
    let Some(Payload::MethodDescr { func, owner, arity, .. }) = m.payload() else { return };
    let func = BuiltinFunction { name: func.name, func: func.func, one: func.one };
    d.set_str(name, Value::new_obj(Payload::MethodDescr { func, owner: owner.clone(), arity: *arity, direct }));
}

/// A new instance of `class` (a native type or a Python subclass of one) holding `state`.
pub fn wrap<T: 'static>(class: &ObjRef, state: T) -> Value {
    let inst = InstanceObj::new(class.clone());
    *inst.native.borrow_mut() = Value::new_obj(Payload::Native(RefCell::new(Box::new(state))));
    Value::new_obj(Payload::Instance(inst))
}

/// Runs `f` on the state of type `T` inside `v`; None when `v` holds no such state.
/// The state is borrowed mutably while `f` runs: `f` must not call back into Python code
/// that could reach the same object (copy what is needed out first).
pub fn with_state<T: 'static, R>(v: &Value, f: impl FnOnce(&mut T) -> R) -> Option<R> {
    let Some(Payload::Instance(i)) = v.payload() else { return None };
    let native = i.native.borrow().clone();
    let Some(Payload::Native(cell)) = native.payload() else { return None };
    let mut b = cell.try_borrow_mut().ok()?;
    let state = b.downcast_mut::<T>()?;
    Some(f(state))
}
