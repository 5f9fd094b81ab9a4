//! `type.__dict__["__name__"]` and `["__qualname__"]`: getset descriptors, as CPython's, so a
//! class's name is read and assigned through them, with CPython's checks and messages
//! (immutable built-in types, deletion, non-str values, NUL characters).

use super::{Args, Kwargs, builtin};
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::types::{Kind, TypeObj};
use crate::value::{ObjRef, Value};

/// Puts the two descriptors into `type`'s dict.
pub fn register(vm: &mut Vm) {
    let type_ = vm.types.type_.clone();
    for (name, get, set, del) in [
        ("__name__", get_name as crate::objects::function::BuiltinFn, set_name as crate::objects::function::BuiltinFn, del_name as crate::objects::function::BuiltinFn),
        ("__qualname__", get_qualname, set_qualname, del_qualname),
    ] {
        let p = Payload::Property { fget: builtin(name, get), fset: builtin(name, set), fdel: builtin(name, del), doc: Value::None };
        if let Payload::Type(t) = &type_.payload {
            t.dict_mut().set_str(name, Value::new_obj(p));
        }
    }
}

/// The class the descriptor was called on.
fn class_arg<'a>(vm: &Vm, args: &'a [Value], name: &str) -> Result<(&'a ObjRef, &'a TypeObj), PyErr> {
    match args.first() {
        Some(Value::Obj(o)) if let Payload::Type(t) = &o.payload => Ok((o, t)),
        Some(v) => Err(vm.type_error(format!("descriptor '{name}' for 'type' objects doesn't apply to a '{}' object", vm.type_name(v)))),
        None => Err(vm.type_error(format!("descriptor '{name}' of 'type' object needs an argument"))),
    }
}

/// The class's name as one str object per name (CPython keeps it on the type): an
/// assigned one, kept in its dict, else the interned name, whose hash is then computed once.
fn name_value(t: &TypeObj) -> Value {
    let assigned = t.dict.borrow().get_str("__name__");
    match assigned {
        Some(v) if v.as_str().is_some() => v,
        _ => crate::objects::str::intern(&t.name),
    }
}

/// The class's name as text, for messages.
fn name_of(t: &TypeObj) -> String {
    name_value(t).as_str().unwrap_or_default().to_string()
}

fn get_name(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (_, t) = class_arg(vm, &args, "__name__")?;
    Ok(name_value(t))
}

fn get_qualname(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (_, t) = class_arg(vm, &args, "__qualname__")?;
    Ok(Value::str(t.qualname.borrow().clone()))
}

/// CPython's `check_set_special_type_attr`: the new value as a str.
fn checked(vm: &Vm, t: &TypeObj, value: Option<&Value>, attr: &str) -> Result<String, PyErr> {
    if t.kind != Kind::Instance {
        return Err(vm.type_error(format!("cannot set '{attr}' attribute of immutable type '{}'", name_of(t))));
    }
    let Some(value) = value else {
        return Err(vm.type_error(format!("cannot delete '{attr}' attribute of immutable type '{}'", name_of(t))));
    };
    match value.as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!("can only assign string to {}.{attr}, not '{}'", name_of(t), vm.type_name(value)))),
    }
}

fn assign_name(vm: &mut Vm, args: &[Value], value: Option<&Value>) -> PyResult {
    let (_, t) = class_arg(vm, args, "__name__")?;
    let s = checked(vm, t, value, "__name__")?;
    if s.contains('\0') {
        return Err(vm.error("ValueError", "type name must not contain null characters"));
    }
    t.dict_mut().set_str("__name__", Value::str(s));
    Ok(Value::None)
}

fn set_name(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    assign_name(vm, &args, args.get(1))
}

fn del_name(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    assign_name(vm, &args, None)
}

fn assign_qualname(vm: &mut Vm, args: &[Value], value: Option<&Value>) -> PyResult {
    let (_, t) = class_arg(vm, args, "__qualname__")?;
    let s = checked(vm, t, value, "__qualname__")?;
    *t.qualname.borrow_mut() = s;
    Ok(Value::None)
}

fn set_qualname(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    assign_qualname(vm, &args, args.get(1))
}

fn del_qualname(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    assign_qualname(vm, &args, None)
}
