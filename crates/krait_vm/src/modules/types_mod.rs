//! `_types`: the type objects `types.py` re-exports (so it need not discover them by
//! introspection), plus `SimpleNamespace` and a first `GenericAlias` (`list[int]`: origin and
//! arguments, a repr, calling it calls the origin) and `UnionType`.

use super::{Args, Kwargs, module};
use crate::heap::Payload;
use crate::interp::{PyResult, Vm};
use crate::interp::types::new_class;
use crate::value::{ObjRef, Value};

fn set(ty: &ObjRef, name: &str, v: Value) {
    if let Payload::Type(t) = &ty.payload {
        t.dict.borrow_mut().set_str(name, v);
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
            let (dx, dy) = (Value::Obj(x.dict.clone()), Value::Obj(y.dict.clone()));
            Ok(Value::Bool(vm.eq(&dx, &dy)?))
        }
        _ => Ok(Value::not_implemented()),
    }
}

fn alias_new(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let [cls, origin, params] = args.as_slice() else {
        return Err(vm.type_error(format!("GenericAlias expected 2 arguments, got {}", args.len().saturating_sub(1))));
    };
    let Some(class) = cls.as_obj().cloned() else { return Err(vm.type_error("not a type")) };
    let inst = vm.new_instance(&class);
    let params = match params.payload() {
        Some(Payload::Tuple(_)) => params.clone(),
        _ => crate::interp::call::new_tuple(vec![params.clone()]),
    };
    if let Some(Payload::Instance(i)) = inst.payload() {
        let mut d = i.attrs().borrow_mut();
        d.set_str("__origin__", origin.clone());
        d.set_str("__args__", params);
    }
    Ok(inst)
}

fn type_repr_short(vm: &mut Vm, v: &Value) -> Result<String, crate::interp::PyErr> {
    if let Some(Payload::Type(t)) = v.payload() {
        let module = t.dict.borrow().get_str("__module__").and_then(|m| m.as_str().map(str::to_string));
        return Ok(match module {
            Some(m) if m != "builtins" => format!("{m}.{}", t.qualname.borrow()),
            _ => t.qualname.borrow().clone(),
        });
    }
    if matches!(v.payload(), Some(Payload::Ellipsis)) {
        return Ok("...".to_string());
    }
    vm.repr(v)
}

fn alias_repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let Some(this) = args.first() else { return Err(vm.type_error("__repr__ needs self")) };
    let origin = vm.getattr(this, "__origin__")?;
    let params = vm.getattr(this, "__args__")?;
    let mut parts = Vec::new();
    for p in vm.seq_items(&params)? {
        parts.push(type_repr_short(vm, &p)?);
    }
    let o = type_repr_short(vm, &origin)?;
    Ok(Value::str(format!("{o}[{}]", if parts.is_empty() { "()".to_string() } else { parts.join(", ") })))
}

fn alias_call(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("__call__ needs self"));
    }
    let this = args.remove(0);
    let origin = vm.getattr(&this, "__origin__")?;
    vm.call(origin, args, kwargs)
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
        ("CoroutineType", Value::Obj(t.generator.clone())),
        ("AsyncGeneratorType", Value::Obj(t.generator.clone())),
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
        ("TracebackType", Value::Obj(t.object.clone())),
        ("FrameType", Value::Obj(t.object.clone())),
    ];
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
    for name in ["GenericAlias", "UnionType"] {
        if let Ok(ga) = new_class(name, vec![object.clone()], None) {
            set(&ga, "__module__", Value::str("types"));
            set(&ga, "__new__", Value::new_obj(Payload::StaticMethod(crate::builtins::builtin("__new__", alias_new))));
            for (n, f) in [("__repr__", alias_repr as crate::objects::function::BuiltinFn), ("__call__", alias_call)] {
                set(&ga, n, crate::builtins::builtin(n, f));
            }
            items.push((name, Value::Obj(ga)));
        }
    }
    module("_types", items)
}
