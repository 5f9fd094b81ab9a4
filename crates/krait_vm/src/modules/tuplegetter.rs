//! `_collections._tuplegetter(index, doc)`: the read-only field descriptors of
//! `collections.namedtuple` classes. Reading gives `self[index]` of the tuple, assigning or
//! deleting raises CPython's AttributeError ("can't set attribute").

use super::{Args, Kwargs};
use crate::builtins::slots::unwrap_native;
use crate::heap::Payload;
use crate::interp::call::new_tuple;
use crate::interp::{PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::value::Value;

/// The `_tuplegetter` class.
pub fn class(vm: &mut Vm) -> Value {
    let methods: &[(&'static str, BuiltinFn)] = &[("__get__", get), ("__set__", set), ("__delete__", delete), ("__reduce__", reduce)];
    Value::Obj(native::new_type("_tuplegetter", "collections", &vm.types.object, methods, &[], Some(new)))
}

fn new(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let [cls, index, doc] = args.as_slice() else {
        return Err(vm.type_error(format!("_tuplegetter expected 2 arguments, got {}", args.len().saturating_sub(1))));
    };
    let i = super::util::index_i64(vm, index)?;
    let Some(cls) = cls.as_obj() else { return Err(vm.type_error("not a type")) };
    let v = native::wrap(cls, i);
    if let Some(Payload::Instance(inst)) = v.payload() {
        inst.attrs().borrow_mut().set_str("__doc__", doc.clone());
    }
    Ok(v)
}

fn index_of(vm: &Vm, v: &Value) -> Result<i64, crate::interp::PyErr> {
    native::with_state::<i64, _>(v, |i| *i).ok_or_else(|| vm.type_error("descriptor requires a '_tuplegetter' object"))
}

fn get(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    let i = index_of(vm, &this)?;
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    if matches!(obj, Value::None) {
        return Ok(this);
    }
    let t = unwrap_native(&obj);
    let Some(Payload::Tuple(items)) = t.payload() else {
        return Err(vm.type_error(format!("descriptor for index '{i}' for tuple subclasses doesn't apply to '{}' object", vm.type_name(&obj))));
    };
    usize::try_from(i).ok().and_then(|i| items.get(i).cloned()).ok_or_else(|| vm.error("IndexError", "tuple index out of range"))
}

fn set(vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Err(vm.error("AttributeError", "can't set attribute"))
}

fn delete(vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Err(vm.error("AttributeError", "can't delete attribute"))
}

fn reduce(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let this = args.first().cloned().unwrap_or(Value::None);
    let i = index_of(vm, &this)?;
    let doc = vm.getattr(&this, "__doc__")?;
    Ok(new_tuple([Value::Obj(vm.types.type_of(&this)), new_tuple([Value::Int(i), doc])]))
}
