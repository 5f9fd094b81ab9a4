//! `super`: the built-in type. `super(cls, obj)` and `super(cls, subclass)` make a proxy whose
//! attribute lookup starts after `cls` in the MRO of `obj`'s type (or of the subclass);
//! `super()` with no arguments takes `cls` from the calling frame's `__class__` cell and `obj`
//! from its first argument, as CPython's `super_init_without_args` does.
//!
//! The compiler turns `super().name` and `super(C, x).name` into LOAD_SUPER_ATTR, which goes
//! straight to [`Vm::super_attr`]; this type is what every other use of `super` sees.

use super::{Args, Kwargs};
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::native;
use crate::objects::types;
use crate::value::{ObjRef, Value};

/// The state of a super object: the class to start after, and the bound object (or class,
/// or None for an unbound `super(C)`).
pub struct SuperState {
    pub class: Value,
    pub obj: Value,
}

/// Creates the `super` type (a native type deriving from object).
pub fn make_type(object: &ObjRef) -> ObjRef {
    native::new_type("super", "builtins", object, &[("__repr__", super_repr), ("__get__", super_get)], &[], Some(super_new))
}

/// `super.__new__(cls, *args)`.
fn super_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if !kwargs.is_empty() {
        return Err(vm.type_error("super() takes no keyword arguments"));
    }
    let mut it = args.into_iter();
    let cls = it.next().and_then(|c| c.as_obj().cloned()).ok_or_else(|| vm.type_error("super.__new__(X): X is not a type object"))?;
    let rest: Vec<Value> = it.collect();
    let (class, obj) = match rest.len() {
        0 => zero_arg(vm)?,
        1 => (rest[0].clone(), Value::None),
        2 => (rest[0].clone(), rest[1].clone()),
        n => return Err(vm.type_error(format!("super() expected at most 2 arguments, got {n}"))),
    };
    if !matches!(class.payload(), Some(Payload::Type(_))) {
        return Err(vm.type_error(format!("super() argument 1 must be a type, not {}", vm.type_name(&class))));
    }
    if !matches!(obj, Value::None) {
        check_receiver(vm, &class, &obj)?;
    }
    Ok(native::wrap(&cls, SuperState { class, obj }))
}

/// `super()` inside a method: `__class__` and the first argument of the calling frame.
fn zero_arg(vm: &mut Vm) -> Result<(Value, Value), PyErr> {
    let Some(frame) = vm.frames.last() else {
        return Err(vm.error("RuntimeError", "super(): no current frame"));
    };
    let code = frame.code.clone();
    let base = frame.base;
    if code.argcount == 0 && code.flags & 0x0c == 0 {
        return Err(vm.error("RuntimeError", "super(): no arguments"));
    }
    let deref = |v: &Value| match v.payload() {
        Some(Payload::Cell(c)) => c.borrow().clone(),
        _ => v.clone(),
    };
    let first = vm.stack.get(base).cloned().unwrap_or(Value::Null);
    let first = if code.localspluskinds.first().is_some_and(|k| k & 0x40 != 0) { deref(&first) } else { first };
    if first.is_null() {
        return Err(vm.error("RuntimeError", "super(): arg[0] deleted"));
    }
    let Some(i) = code.localsplusnames.iter().zip(&code.localspluskinds).position(|(n, k)| n == "__class__" && k & 0x80 != 0) else {
        return Err(vm.error("RuntimeError", "super(): __class__ cell not found"));
    };
    let class = deref(&vm.stack.get(base + i).cloned().unwrap_or(Value::Null));
    if class.is_null() {
        return Err(vm.error("RuntimeError", "super(): empty __class__ cell"));
    }
    if !matches!(class.payload(), Some(Payload::Type(_))) {
        return Err(vm.error("RuntimeError", format!("super(): __class__ is not a type ({})", vm.type_name(&class))));
    }
    Ok((class, first))
}

/// CPython's `supercheck`: `obj` must be an instance or a subclass of `class`.
fn check_receiver(vm: &mut Vm, class: &Value, obj: &Value) -> Result<(), PyErr> {
    let Some(c) = class.as_obj() else { return Ok(()) };
    if let Some(o) = obj.as_obj().filter(|o| matches!(o.payload, Payload::Type(_)))
        && types::is_subclass(o, c)
    {
        return Ok(());
    }
    let t = vm.types.type_of(obj);
    if types::is_subclass(&t, c) {
        return Ok(());
    }
    let (what, name) = match obj.as_obj().filter(|o| matches!(o.payload, Payload::Type(_))) {
        Some(o) => ("type", types::type_name(o)),
        None => ("instance of", types::type_name(&t)),
    };
    Err(vm.type_error(format!("super(type, obj): obj ({what} {name}) is not an instance or subtype of type ({}).", types::type_name(c))))
}

/// The (class, object) of a super instance, if `v` is one.
pub fn state(v: &Value) -> Option<(Value, Value)> {
    native::with_state::<SuperState, _>(v, |s| (s.class.clone(), s.obj.clone()))
}

/// `super_obj.name`: the lookup after the class, or None when the proxy has no such
/// attribute (the caller falls back to the super object's own attributes).
pub fn getattr(vm: &mut Vm, sup: &Value, name: &str) -> Result<Option<Value>, PyErr> {
    let Some((class, obj)) = state(sup) else { return Ok(None) };
    if name == "__class__" || matches!(obj, Value::None) {
        return Ok(None);
    }
    match name {
        "__thisclass__" => return Ok(Some(class)),
        "__self__" => return Ok(Some(obj)),
        "__self_class__" => {
            return Ok(Some(match obj.as_obj().filter(|o| matches!(o.payload, Payload::Type(_))) {
                Some(o) => Value::Obj(o.clone()),
                None => Value::Obj(vm.types.type_of(&obj)),
            }));
        }
        _ => {}
    }
    match vm.super_attr(&class, &obj, name, false) {
        Ok((v, _)) => Ok(Some(v)),
        Err(e) if vm.is_instance_of(&e.0, "AttributeError") => Ok(None),
        Err(e) => Err(e),
    }
}

fn super_repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let Some((class, obj)) = args.first().and_then(state) else {
        return Err(vm.type_error("descriptor '__repr__' requires a 'super' object"));
    };
    let cname = class.as_obj().map(types::type_name).unwrap_or_default();
    if matches!(obj, Value::None) {
        return Ok(Value::str(format!("<super: <class '{cname}'>, NULL>")));
    }
    let oname = match obj.as_obj().filter(|o| matches!(o.payload, Payload::Type(_))) {
        Some(o) => types::type_name(o),
        None => vm.type_name(&obj),
    };
    Ok(Value::str(format!("<super: <class '{cname}'>, <{oname} object>>")))
}

/// `super(C).__get__(obj)`: binds an unbound super object.
fn super_get(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let sup = args.first().cloned().unwrap_or(Value::None);
    let Some((class, obj)) = state(&sup) else { return Err(vm.type_error("descriptor '__get__' requires a 'super' object")) };
    let target = args.get(1).cloned().unwrap_or(Value::None);
    if !matches!(obj, Value::None) || matches!(target, Value::None) {
        return Ok(sup);
    }
    check_receiver(vm, &class, &target)?;
    let cls = vm.types.type_of(&sup);
    Ok(native::wrap(&cls, SuperState { class, obj: target }))
}
