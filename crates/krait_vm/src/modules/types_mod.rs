//! `_types`: the type objects `types.py` re-exports (so it need not discover them by
//! introspection), plus `SimpleNamespace`, `GenericAlias` (generic_alias.rs) and `UnionType`
//! (union.rs).

use super::{Args, Kwargs, module};
use crate::heap::Payload;
use crate::interp::{PyResult, Vm};
use crate::interp::types::new_class;
use crate::value::{ObjRef, Value};

fn set(ty: &ObjRef, name: &str, v: Value) {
    if let Payload::Type(t) = &ty.payload {
        t.dict_mut().set_str(name, v);
    }
}

fn namespace_init(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let Some(this) = args.first() else { return Err(vm.type_error("__init__ needs self")) };
    if args.len() > 2 {
        return Err(vm.type_error(format!("SimpleNamespace expected at most 1 positional argument, got {}", args.len() - 1)));
    }
    if let Some(m) = args.get(1) {
        let items = vm.getattr(m, "items")?;
        let items = vm.call(items, vec![], vec![])?;
        for kv in vm.seq_items(&items)? {
            let kv = vm.seq_items(&kv)?;
            if let [k, v] = kv.as_slice() {
                let k = vm.to_str(k)?;
                vm.setattr(this, &k, v.clone())?;
            }
        }
    }
    for (k, v) in kwargs {
        vm.setattr(this, &k, v)?;
    }
    Ok(Value::None)
}

fn namespace_repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let Some(this) = args.first() else { return Err(vm.type_error("__repr__ needs self")) };
    let pairs: Vec<(Value, Value)> = match this.payload() {
        Some(Payload::Instance(i)) => i.attrs().borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        _ => Vec::new(),
    };
    let mut parts = Vec::new();
    for (k, v) in pairs {
        parts.push(format!("{}={}", vm.to_str(&k)?, vm.repr(&v)?));
    }
    let name = if vm.type_name(this) == "SimpleNamespace" { "namespace".to_string() } else { vm.type_name(this) };
    Ok(Value::str(format!("{name}({})", parts.join(", "))))
}

fn namespace_eq(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let [a, b] = args.as_slice() else { return Err(vm.type_error("expected 1 argument")) };
    match (a.payload(), b.payload()) {
        (Some(Payload::Instance(x)), Some(Payload::Instance(y))) => {
            let (dx, dy) = (Value::Obj(x.dict_obj().clone()), Value::Obj(y.dict_obj().clone()));
            Ok(Value::Bool(vm.eq(&dx, &dy)?))
        }
        _ => Ok(Value::not_implemented()),
    }
}

/// The `_types` module.
pub fn make(vm: &mut Vm) -> Value {
    let t = &vm.types;
    let mut items: Vec<(&'static str, Value)> = vec![
        ("FunctionType", Value::Obj(t.function.clone())),
        ("LambdaType", Value::Obj(t.function.clone())),
        ("CodeType", Value::Obj(t.code.clone())),
        ("MappingProxyType", Value::Obj(t.mappingproxy.clone())),
        ("CellType", Value::Obj(t.cell.clone())),
        ("GeneratorType", Value::Obj(t.generator.clone())),
        ("CoroutineType", Value::Obj(t.coroutine.clone())),
        ("AsyncGeneratorType", Value::Obj(t.async_generator.clone())),
        ("MethodType", Value::Obj(t.method.clone())),
        ("BuiltinFunctionType", Value::Obj(t.builtin_function.clone())),
        ("BuiltinMethodType", Value::Obj(t.builtin_function.clone())),
        ("WrapperDescriptorType", Value::Obj(t.wrapper_descriptor.clone())),
        ("MethodWrapperType", Value::Obj(t.method_wrapper.clone())),
        ("MethodDescriptorType", Value::Obj(t.method_descriptor.clone())),
        ("ClassMethodDescriptorType", Value::Obj(t.classmethod.clone())),
        ("ModuleType", Value::Obj(t.module.clone())),
        ("GetSetDescriptorType", Value::Obj(t.getset_descriptor.clone())),
        ("MemberDescriptorType", Value::Obj(t.member.clone())),
        ("EllipsisType", Value::Obj(t.ellipsis.clone())),
        ("NoneType", Value::Obj(t.none.clone())),
        ("NotImplementedType", Value::Obj(t.not_implemented.clone())),
        ("TracebackType", Value::Obj(t.traceback.clone())),
    ];
    if let Some(frame) = crate::modules::sys::frame_class(vm) {
        items.push(("FrameType", Value::Obj(frame)));
    }
    let object = t.object.clone();
    if let Ok(ns) = new_class("SimpleNamespace", vec![object.clone()], None) {
        set(&ns, "__module__", Value::str("types"));
        for (n, f) in [
            ("__init__", namespace_init as crate::objects::function::BuiltinFn),
            ("__repr__", namespace_repr),
            ("__eq__", namespace_eq),
        ] {
            set(&ns, n, crate::builtins::builtin(n, f));
        }
        set(&ns, "__hash__", Value::None);
        items.push(("SimpleNamespace", Value::Obj(ns)));
    }
    let alias = super::generic_alias::alias_type(vm);
    items.push(("GenericAlias", Value::Obj(alias)));
    let union = super::union::union_type(vm);
    items.push(("UnionType", Value::Obj(union)));
    module("_types", items)
}
