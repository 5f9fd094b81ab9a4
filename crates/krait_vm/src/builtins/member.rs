//! `member_descriptor`: what `__slots__ = ("x", "y")` puts in a class for each slot. A data
//! descriptor whose value lives in the instance's slot storage (apart from its `__dict__`),
//! at the index the descriptor carries; reading an unset slot is an AttributeError, and a
//! descriptor applied to an object that is not an instance of its class is CPython's
//! TypeError (the index means something only in its own class's layout).

use super::{Args, Kwargs};
use crate::builtins::builtin;
use crate::heap::{Object, Payload};
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::{native, types};
use crate::value::{ObjRef, Value};
use std::rc::{Rc, Weak};

/// A slot: its (mangled) name, the class that declared it, and its index in the slot
/// storage of that class's instances.
pub struct Member {
    pub name: String,
    pub owner: String,
    pub class: Weak<Object>,
    pub index: u32,
}

/// Creates the `member_descriptor` type.
pub fn make_type(object: &ObjRef) -> ObjRef {
    let ty = native::new_type(
        "member_descriptor",
        "builtins",
        object,
        &[("__get__", member_get), ("__set__", member_set), ("__delete__", member_delete), ("__repr__", member_repr)],
        &[],
        None,
    );
    if let Payload::Type(t) = &ty.payload {
        let mut d = t.dict_mut();
        for (name, f) in [("__name__", member_name as crate::objects::function::BuiltinFn), ("__qualname__", member_qualname), ("__objclass__", member_objclass)] {
            d.set_str(name, Value::new_obj(Payload::Property { fget: builtin(name, f), fset: Value::None, fdel: Value::None, doc: Value::None }));
        }
    }
    ty
}

/// A new member descriptor for slot `name` of class `class`, stored at `index`.
pub fn new_member(vm: &Vm, name: &str, class: &ObjRef, index: u32) -> Value {
    let owner = types::type_name(class).to_string();
    native::wrap(&vm.types.member, Member { name: name.to_string(), owner, class: Rc::downgrade(class), index })
}

/// The slot index of a member descriptor, when `v` is one.
pub fn index_of(v: &Value) -> Option<usize> {
    native::with_state::<Member, _>(v, |m| m.index as usize)
}

/// The slot index `descr` gives for an instance of `class`: None unless `descr` is a member
/// descriptor of `class` or of one of its bases.
pub fn index_for(descr: &Value, class: &ObjRef) -> Option<usize> {
    let (index, owner) = native::with_state::<Member, _>(descr, |m| (m.index as usize, m.class.upgrade()))?;
    types::is_subclass(class, &owner?).then_some(index)
}

/// The instance a descriptor applies to and the slot's index in it.
type Slot<'a> = Option<(&'a crate::objects::types::InstanceObj, usize)>;

/// The descriptor's name, and the instance it applies to with the slot's index (CPython's
/// `descr_check`): None for `__get__(None, cls)`.
fn target<'a>(vm: &Vm, args: &'a [Value]) -> Result<(String, Slot<'a>), PyErr> {
    let (name, owner, class, index) = args
        .first()
        .and_then(|v| native::with_state::<Member, _>(v, |m| (m.name.clone(), m.owner.clone(), m.class.upgrade(), m.index as usize)))
        .ok_or_else(|| vm.type_error("descriptor requires a 'member_descriptor' object"))?;
    let obj = args.get(1).unwrap_or(&Value::None);
    if matches!(obj, Value::None) {
        return Ok((name, None));
    }
    let applies = class.as_ref().is_some_and(|c| types::is_subclass(&vm.types.type_of(obj), c));
    match obj.payload() {
        Some(Payload::Instance(i)) if applies => Ok((name, Some((i, index)))),
        _ => Err(vm.type_error(format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object", vm.type_name(obj)))),
    }
}

fn member_get(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    if args.len() == 2 && matches!(args[1], Value::None) || args.len() == 3 && matches!((&args[1], &args[2]), (Value::None, Value::None)) {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    let (name, inst) = target(vm, &args)?;
    let Some((inst, index)) = inst else { return Ok(args[0].clone()) };
    inst.slot(index).ok_or_else(|| vm.error("AttributeError", format!("'{}' object has no attribute '{name}'", vm.type_name(&args[1]))))
}

fn member_set(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    if args.len() != 3 {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", args.len().saturating_sub(1))));
    }
    let (_, inst) = target(vm, &args)?;
    if let Some((inst, index)) = inst {
        let old = inst.set_slot(index, args[2].clone());
        drop(old);
    }
    Ok(Value::None)
}

fn member_delete(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (name, inst) = target(vm, &args)?;
    let Some((inst, index)) = inst else { return Ok(Value::None) };
    if inst.slot(index).is_none() {
        return Err(vm.error("AttributeError", name));
    }
    let old = inst.set_slot(index, Value::Null);
    drop(old);
    Ok(Value::None)
}

fn member_repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (name, owner) = fields(vm, &args)?;
    Ok(Value::str(format!("<member '{name}' of '{owner}' objects>")))
}

fn fields(vm: &Vm, args: &[Value]) -> Result<(String, String), PyErr> {
    args.first()
        .and_then(|v| native::with_state::<Member, _>(v, |m| (m.name.clone(), m.owner.clone())))
        .ok_or_else(|| vm.type_error("descriptor requires a 'member_descriptor' object"))
}

fn member_name(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::str(fields(vm, &args)?.0))
}

fn member_qualname(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let class = args.first().and_then(|v| native::with_state::<Member, _>(v, |m| m.class.upgrade())).flatten();
    let (name, owner) = fields(vm, &args)?;
    let owner = match class.as_ref().map(|c| &c.payload) {
        Some(Payload::Type(t)) => t.qualname.borrow().clone(),
        _ => owner,
    };
    Ok(Value::str(format!("{owner}.{name}")))
}

fn member_objclass(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let class = args.first().and_then(|v| native::with_state::<Member, _>(v, |m| m.class.upgrade())).flatten();
    class.map(Value::Obj).ok_or_else(|| vm.error("AttributeError", "__objclass__"))
}
