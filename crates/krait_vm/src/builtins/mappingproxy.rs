//! `mappingproxy`: a read-only view of a mapping (what `cls.__dict__` and a dict view's
//! `.mapping` are). Reads go to the mapping; there is no `__setitem__`, so assignment is
//! CPython's "'mappingproxy' object does not support item assignment".

use super::{Args, Kwargs};
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::value::{ObjRef, Value};

/// The mapping a proxy shows.
pub struct Proxy(pub Value);

/// Creates the `mappingproxy` type.
pub fn make_type(object: &ObjRef) -> ObjRef {
    let methods: &[(&'static str, BuiltinFn)] = &[
        ("__getitem__", getitem),
        ("__len__", len),
        ("__iter__", iter),
        ("__contains__", contains),
        ("__repr__", repr),
        ("__str__", str),
        ("__eq__", eq),
        ("__or__", or),
        ("keys", keys),
        ("values", values),
        ("items", items),
        ("get", get),
        ("copy", copy),
    ];
    let ty = native::new_type("mappingproxy", "builtins", object, methods, &[], Some(new));
    if let crate::heap::Payload::Type(t) = &ty.payload {
        t.dict_mut().set_str("__hash__", Value::None);
    }
    ty
}

/// A new proxy over `mapping`.
pub fn wrap(vm: &Vm, mapping: Value) -> Value {
    native::wrap(&vm.types.mappingproxy, Proxy(mapping))
}

fn target(vm: &Vm, args: &[Value]) -> Result<Value, PyErr> {
    args.first()
        .and_then(|p| native::with_state::<Proxy, _>(p, |m| m.0.clone()))
        .ok_or_else(|| vm.type_error("descriptor requires a 'mappingproxy' object"))
}

fn new(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let Some(m) = args.get(1) else { return Err(vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)")) };
    if crate::objects::types::lookup(&vm.types.type_of(m), "__getitem__").is_none() || m.as_str().is_some() {
        return Err(vm.type_error(format!("mappingproxy() argument must be a mapping, not {}", vm.type_name(m))));
    }
    Ok(wrap(vm, m.clone()))
}

/// Calls `mapping.name(*rest)`.
fn forward(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    let m = target(vm, &args)?;
    let f = vm.getattr(&m, name)?;
    vm.call(f, args.into_iter().skip(1).collect(), vec![])
}

fn getitem(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let m = target(vm, &args)?;
    vm.getitem(&m, args.get(1).unwrap_or(&Value::None))
}

fn len(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let m = target(vm, &args)?;
    Ok(Value::Int(super::length(vm, &m)? as i64))
}

fn iter(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let m = target(vm, &args)?;
    vm.get_iter(&m)
}

fn contains(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let m = target(vm, &args)?;
    Ok(Value::Bool(vm.contains(&m, args.get(1).unwrap_or(&Value::None))?))
}

fn repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let m = target(vm, &args)?;
    Ok(Value::str(format!("mappingproxy({})", vm.repr(&m)?)))
}

/// `str(proxy)` is the mapping's str (CPython's mappingproxy_str).
fn str(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let m = target(vm, &args)?;
    vm.to_str_value(&m)
}

fn eq(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let m = target(vm, &args)?;
    let other = args.get(1).cloned().unwrap_or(Value::None);
    let other = native::with_state::<Proxy, _>(&other, |p| p.0.clone()).unwrap_or(other);
    vm.compare(2, &m, &other)
}

fn or(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let m = target(vm, &args)?;
    let other = args.get(1).cloned().unwrap_or(Value::None);
    let other = native::with_state::<Proxy, _>(&other, |p| p.0.clone()).unwrap_or(other);
    vm.binary_op(7, &m, &other)
}

fn keys(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    forward(vm, args, "keys")
}

fn values(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    forward(vm, args, "values")
}

fn items(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    forward(vm, args, "items")
}

fn get(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    forward(vm, args, "get")
}

fn copy(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    forward(vm, args, "copy")
}
