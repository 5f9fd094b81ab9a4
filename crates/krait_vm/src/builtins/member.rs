//! `member_descriptor`: what `__slots__ = ("x", "y")` puts in a class for each slot. A data
//! descriptor whose value lives in the instance's slot storage (apart from its `__dict__`);
//! reading an unset slot is an AttributeError, as in CPython.

use super::{Args, Kwargs};
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::native;
use crate::value::{ObjRef, Value};

/// A slot: its name and the name of the class that declared it.
pub struct Member {
    pub name: String,
    pub owner: String,
}

/// Creates the `member_descriptor` type.
pub fn make_type(object: &ObjRef) -> ObjRef {
    native::new_type(
        "member_descriptor",
        "builtins",
        object,
        &[("__get__", member_get), ("__set__", member_set), ("__delete__", member_delete), ("__repr__", member_repr)],
        &[],
        None,
    )
}

/// A new member descriptor for slot `name` of class `owner`.
pub fn new_member(vm: &Vm, name: &str, owner: &str) -> Value {
    native::wrap(&vm.types.member, Member { name: name.to_string(), owner: owner.to_string() })
}

fn member_of(vm: &Vm, v: Option<&Value>) -> Result<(String, String), PyErr> {
    v.and_then(|v| native::with_state::<Member, _>(v, |m| (m.name.clone(), m.owner.clone())))
        .ok_or_else(|| vm.type_error("descriptor requires a 'member_descriptor' object"))
}

fn member_get(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (name, _) = member_of(vm, args.first())?;
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    if matches!(obj, Value::None) {
        return Ok(args[0].clone());
    }
    let found = match obj.payload() {
        Some(Payload::Instance(i)) => match i.slots.borrow().payload() {
            Some(Payload::Dict(d)) => d.borrow().get_str(&name),
            _ => None,
        },
        _ => None,
    };
    found.ok_or_else(|| vm.error("AttributeError", format!("'{}' object has no attribute '{name}'", vm.type_name(&obj))))
}

fn member_set(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (name, _) = member_of(vm, args.first())?;
    let [_, obj, value] = args.as_slice() else { return Err(vm.type_error("__set__ expected 2 arguments")) };
    if let Some(Payload::Instance(i)) = obj.payload() {
        let mut slots = i.slots.borrow_mut();
        if slots.is_null() {
            *slots = vm.new_dict();
        }
        if let Some(Payload::Dict(d)) = slots.payload() {
            d.borrow_mut().set_str(&name, value.clone());
        }
    }
    Ok(Value::None)
}

fn member_delete(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (name, _) = member_of(vm, args.first())?;
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    let removed = match obj.payload() {
        Some(Payload::Instance(i)) => match i.slots.borrow().payload() {
            Some(Payload::Dict(d)) => d.borrow_mut().remove(&Value::str(name.as_str())).ok().flatten(),
            _ => None,
        },
        _ => None,
    };
    match removed {
        Some(_) => Ok(Value::None),
        None => Err(vm.error("AttributeError", name)),
    }
}

fn member_repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (name, owner) = member_of(vm, args.first())?;
    Ok(Value::str(format!("<member '{name}' of '{owner}' objects>")))
}
