//! `_weakref`: weak references (`ref`, `proxy`, `getweakrefcount`, `getweakrefs`).
//!
//! A `ref` holds a `std::rc::Weak` to the referent: calling it gives the object while
//! something else keeps it alive, None afterwards. Immediates (ints, floats, None) cannot be
//! weakly referenced, as in CPython ("cannot create weak reference to 'int' object").
//! Every ref is registered under its referent's address; when a heap object is freed
//! (`Object`'s `Drop` calls [`referent_died`]) the callbacks of its live refs are queued,
//! newest first, and the VM runs them at its next safe point (with the finalizers).
//! `proxy(obj)` is a `weakproxy` forwarding attribute access, calls and the common special
//! methods to the referent, raising ReferenceError once it is gone.

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
    callback: Value,
}

thread_local! {
    /// The refs of each referent (by address), oldest first.
    static REFS: std::cell::RefCell<rustc_hash::FxHashMap<usize, Vec<Weak<Object>>>> = std::cell::RefCell::new(rustc_hash::FxHashMap::default());
    /// Is any ref registered (a cheap test for every freed object)?
    static ANY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// (callback, ref) pairs of referents that died, waiting for the VM.
    static PENDING: std::cell::RefCell<Vec<(Value, Value)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Called when the heap object at `addr` is freed: queues the callbacks of its refs.
#[inline]
pub fn referent_died(addr: usize) {
    if !ANY.try_with(std::cell::Cell::get).unwrap_or(false) {
        return;
    }
    let refs = REFS.try_with(|r| r.try_borrow_mut().ok().and_then(|mut r| r.remove(&addr))).ok().flatten();
    let Some(refs) = refs else { return };
    let mut queued = false;
    for w in refs.iter().rev() {
        if let Some(o) = w.upgrade() {
            let r = Value::Obj(o);
            let cb = native::with_state::<WeakRef, _>(&r, |w| std::mem::take(&mut w.callback)).unwrap_or(Value::None);
            if !matches!(cb, Value::None | Value::Null) {
                let _ = PENDING.try_with(|p| {
                    if let Ok(mut p) = p.try_borrow_mut() {
                        p.push((cb, r));
                    }
                });
                queued = true;
            }
        }
    }
    if queued {
        crate::objects::types::mark_pending();
    }
}

/// Takes the weakref callbacks waiting to run.
pub fn take_pending_callbacks() -> Vec<(Value, Value)> {
    PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()))
}

fn register(target: &Rc<Object>, r: &Value) {
    if let Some(o) = r.as_obj() {
        target.flags.set(target.flags.get() | crate::heap::HAS_WEAKREFS);
        REFS.with(|m| m.borrow_mut().entry(Rc::as_ptr(target) as usize).or_default().push(Rc::downgrade(o)));
        ANY.with(|a| a.set(true));
    }
}

/// The live refs to the object at `addr`.
fn refs_of(addr: usize) -> Vec<Value> {
    REFS.with(|m| m.borrow().get(&addr).map(|v| v.iter().filter_map(Weak::upgrade).map(Value::Obj).collect()).unwrap_or_default())
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
    // A plain ref without a callback is shared, as CPython's.
    let plain = class_is_ref(vm, &class);
    if plain && matches!(callback, Value::None) {
        for r in refs_of(Rc::as_ptr(o) as usize) {
            let shareable = matches!(r.payload(), Some(Payload::Instance(i)) if Rc::ptr_eq(&i.class(), &class))
                && native::with_state::<WeakRef, _>(&r, |w| matches!(w.callback, Value::None)).unwrap_or(false);
            if shareable {
                return Ok(r);
            }
        }
    }
    let r = native::wrap(&class, WeakRef { target: Rc::downgrade(o), hash: None, callback });
    register(o, &r);
    Ok(r)
}

/// Is `class` exactly `weakref.ref`?
fn class_is_ref(_vm: &Vm, class: &Rc<Object>) -> bool {
    matches!(&class.payload, Payload::Type(t) if t.name == "ReferenceType" && t.kind == crate::objects::types::Kind::Native)
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
    let Some(v) = args.first() else {
        return Err(vm.type_error("getweakrefcount() takes exactly one argument (0 given)"));
    };
    Ok(Value::Int(v.as_obj().map_or(0, |o| refs_of(Rc::as_ptr(o) as usize).len()) as i64))
}

fn getweakrefs(_vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let refs = args.first().and_then(Value::as_obj).map(|o| refs_of(Rc::as_ptr(o) as usize)).unwrap_or_default();
    Ok(crate::interp::call::new_list(refs))
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
    let proxy_type = make_proxy_type(&object);
    PROXY_TYPE.with(|t| *t.borrow_mut() = Some(proxy_type.clone()));
    let r = Value::Obj(ref_type);
    module(
        "_weakref",
        vec![
            ("ref", r.clone()),
            ("ReferenceType", r.clone()),
            ("proxy", builtin("proxy", proxy)),
            ("ProxyType", Value::Obj(proxy_type.clone())),
            ("CallableProxyType", Value::Obj(proxy_type)),
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
    let Some(obj) = args.first() else { return Err(vm.type_error("proxy() takes at least 1 argument (0 given)")) };
    let Value::Obj(o) = obj else {
        return Err(vm.type_error(format!("cannot create weak reference to '{}' object", vm.type_name(obj))));
    };
    let callback = args.get(1).cloned().unwrap_or(Value::None);
    let ty = PROXY_TYPE.with(|t| t.borrow().clone());
    let Some(ty) = ty else { return Err(vm.type_error("weakproxy type missing")) };
    let p = native::wrap(&ty, WeakRef { target: Rc::downgrade(o), hash: None, callback });
    register(o, &p);
    Ok(p)
}

thread_local! {
    static PROXY_TYPE: std::cell::RefCell<Option<Rc<Object>>> = const { std::cell::RefCell::new(None) };
}

/// The referent of a proxy, or ReferenceError.
fn proxied(vm: &Vm, args: &[Value]) -> Result<Value, crate::interp::PyErr> {
    args.first()
        .and_then(target_of)
        .ok_or_else(|| vm.error("ReferenceError", "weakly-referenced object no longer exists"))
}

fn proxy_getattribute(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let t = proxied(vm, &args)?;
    let name = args.get(1).and_then(|n| n.as_str()).unwrap_or("").to_string();
    vm.getattr(&t, &name)
}

fn proxy_setattr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let t = proxied(vm, &args)?;
    let name = args.get(1).and_then(|n| n.as_str()).unwrap_or("").to_string();
    vm.setattr(&t, &name, args.get(2).cloned().unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn proxy_call(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let t = proxied(vm, &args)?;
    vm.call(t, args.into_iter().skip(1).collect(), kwargs)
}

fn proxy_str(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let t = proxied(vm, &args)?;
    Ok(Value::str(vm.to_str(&t)?))
}

fn proxy_repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let Some(this) = args.first() else { return Err(vm.type_error("weakproxy.__repr__ needs self")) };
    Ok(Value::str(match target_of(this) {
        Some(t) => format!("<weakproxy at {:#x}; to '{}' at {:#x}>", this.id(), vm.type_name(&t), t.id()),
        None => format!("<weakproxy at {:#x}; dead>", this.id()),
    }))
}

fn proxy_len(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let t = proxied(vm, &args)?;
    Ok(Value::Int(crate::builtins::length(vm, &t)? as i64))
}

fn proxy_getitem(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let t = proxied(vm, &args)?;
    vm.getitem(&t, args.get(1).unwrap_or(&Value::None))
}

fn proxy_iter(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let t = proxied(vm, &args)?;
    vm.get_iter(&t)
}

fn proxy_bool(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let t = proxied(vm, &args)?;
    Ok(Value::Bool(vm.truthy(&t)?))
}

fn proxy_eq(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let t = proxied(vm, &args)?;
    let other = args.get(1).cloned().unwrap_or(Value::None);
    let other = target_of(&other).unwrap_or(other);
    Ok(Value::Bool(vm.eq(&t, &other)?))
}

fn make_proxy_type(object: &Rc<Object>) -> Rc<Object> {
    let methods: &[(&'static str, crate::objects::function::BuiltinFn)] = &[
        ("__getattribute__", proxy_getattribute),
        ("__getattr__", proxy_getattribute),
        ("__setattr__", proxy_setattr),
        ("__call__", proxy_call),
        ("__str__", proxy_str),
        ("__repr__", proxy_repr),
        ("__len__", proxy_len),
        ("__getitem__", proxy_getitem),
        ("__iter__", proxy_iter),
        ("__bool__", proxy_bool),
        ("__eq__", proxy_eq),
    ];
    let ty = native::new_type("weakproxy", "weakref", object, methods, &[], None);
    if let Payload::Type(t) = &ty.payload {
        t.dict_mut().set_str("__hash__", Value::None);
        // Attribute access goes to the referent.
        t.overrides.set(t.overrides.get() | crate::objects::types::OVERRIDES_GETATTRIBUTE | crate::objects::types::OVERRIDES_SETATTR);
    }
    ty
}
