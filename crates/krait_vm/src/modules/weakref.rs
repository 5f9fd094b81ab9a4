//! `_weakref`: weak references (`ref`, `proxy`, `getweakrefcount`, `getweakrefs`).
//!
//! A `ref` holds a `std::rc::Weak` to the referent: calling it gives the object while
//! something else keeps it alive, None afterwards. Immediates (ints, floats, None) cannot be
//! weakly referenced, as in CPython ("cannot create weak reference to 'int' object").
//! `proxy(obj)` returns `obj` itself for now: a strong reference (the cycle collector still
//! frees the cycles proxies are used to avoid, as in OrderedDict's links).
//! Not yet: callbacks (accepted and kept, never called) and the list of an object's weak
//! references (`getweakrefcount` reports 0, `getweakrefs` an empty list).

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::heap::{Object, Payload};
use crate::interp::{PyResult, Vm};
use crate::objects::native;
use crate::value::Value;
use std::rc::{Rc, Weak};

/// The state of a `ref`: the referent, its hash once computed, and the callback.
struct WeakRef {
    target: Weak<Object>,
    hash: Option<u64>,
    _callback: Value,
}

fn target_of(v: &Value) -> Option<Value> {
    native::with_state::<WeakRef, _>(v, |w| w.target.upgrade().map(Value::Obj)).flatten()
}

fn ref_new(vm: &mut Vm, mut args: Args, _kwargs: Kwargs) -> PyResult {
    if args.len() < 2 {
        return Err(vm.type_error(format!("__new__ expected at least 1 argument, got {}", args.len().saturating_sub(1))));
    }
    let cls = args.remove(0);
    let obj = args.remove(0);
    let callback = args.into_iter().next().unwrap_or(Value::None);
    let Some(class) = cls.as_obj().filter(|c| matches!(c.payload, Payload::Type(_))).cloned() else {
        return Err(vm.type_error("ref.__new__(X): X is not a type object"));
    };
    let Value::Obj(o) = &obj else {
        return Err(vm.type_error(format!("cannot create weak reference to '{}' object", vm.type_name(&obj))));
    };
    Ok(native::wrap(&class, WeakRef { target: Rc::downgrade(o), hash: None, _callback: callback }))
}

fn ref_init(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::None)
}

fn ref_call(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let Some(this) = args.first() else { return Err(vm.type_error("ref() needs self")) };
    Ok(target_of(this).unwrap_or(Value::None))
}

fn ref_hash(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let Some(this) = args.first() else { return Err(vm.type_error("ref.__hash__ needs self")) };
    if let Some(Some(h)) = native::with_state::<WeakRef, _>(this, |w| w.hash) {
        return Ok(Value::Int(h as i64));
    }
    let Some(t) = target_of(this) else { return Err(vm.type_error("weak object has gone away")) };
    let h = vm.hash(&t)?;
    native::with_state::<WeakRef, _>(this, |w| w.hash = Some(h));
    Ok(Value::Int(h as i64))
}

fn ref_eq(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let [a, b] = args.as_slice() else { return Err(vm.type_error("expected 1 argument")) };
    if native::with_state::<WeakRef, _>(b, |_| ()).is_none() {
        return Ok(Value::not_implemented());
    }
    match (target_of(a), target_of(b)) {
        (Some(x), Some(y)) => Ok(Value::Bool(vm.eq(&x, &y)?)),
        _ => Ok(Value::Bool(a.is(b))),
    }
}

fn ref_ne(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    match ref_eq(vm, args, kwargs)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

fn ref_repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let Some(this) = args.first() else { return Err(vm.type_error("ref.__repr__ needs self")) };
    Ok(Value::str(match target_of(this) {
        Some(t) => format!("<weakref at {:#x}; to '{}' at {:#x}>", this.id(), vm.type_name(&t), t.id()),
        None => format!("<weakref at {:#x}; dead>", this.id()),
    }))
}

fn getweakrefcount(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("getweakrefcount() takes exactly one argument (0 given)"));
    }
    Ok(Value::Int(0))
}

fn getweakrefs(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(crate::interp::call::new_list(Vec::new()))
}

fn remove_dead_weakref(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let [d, key] = args.as_slice() else { return Err(vm.type_error("_remove_dead_weakref expected 2 arguments")) };
    if let Some(Payload::Dict(dd)) = crate::builtins::slots::unwrap_native(d).payload() {
        let dead = match vm.dict_get(dd, key)? {
            Some(r) => target_of(&r).is_none(),
            None => false,
        };
        if dead {
            vm.dict_remove(dd, key)?;
        }
    }
    Ok(Value::None)
}

/// The `_weakref` module.
pub fn make(vm: &mut Vm) -> Value {
    let object = vm.types.object.clone();
    let methods: &[(&'static str, crate::objects::function::BuiltinFn)] = &[
        ("__init__", ref_init),
        ("__call__", ref_call),
        ("__hash__", ref_hash),
        ("__eq__", ref_eq),
        ("__ne__", ref_ne),
        ("__repr__", ref_repr),
    ];
    let ref_type = native::new_type("ReferenceType", "weakref", &object, methods, &[], Some(ref_new));
    if let Payload::Type(t) = &ref_type.payload {
        *t.qualname.borrow_mut() = "ReferenceType".to_string();
        t.dict_mut().set_str("__class_getitem__", Value::new_obj(Payload::ClassMethod(builtin("__class_getitem__", class_getitem))));
    }
    let r = Value::Obj(ref_type);
    module(
        "_weakref",
        vec![
            ("ref", r.clone()),
            ("ReferenceType", r.clone()),
            ("proxy", builtin("proxy", proxy)),
            ("ProxyType", r.clone()),
            ("CallableProxyType", r),
            ("getweakrefcount", builtin("getweakrefcount", getweakrefcount)),
            ("getweakrefs", builtin("getweakrefs", getweakrefs)),
            ("_remove_dead_weakref", builtin("_remove_dead_weakref", remove_dead_weakref)),
        ],
    )
}

fn class_getitem(_vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(args.into_iter().next().unwrap_or(Value::None))
}

fn proxy(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    match args.first() {
        Some(v) => Ok(v.clone()),
        None => Err(vm.type_error("proxy() takes at least 1 argument (0 given)")),
    }
}
