//! Struct sequences (`os.stat_result`, `os.terminal_size`): a tuple subclass whose items are
//! also attributes, with CPython's repr `os.stat_result(st_mode=..., ...)`. Extra attributes
//! that are not items (`st_mtime` as a float, `st_mtime_ns`) sit in the instance dict.

use super::{Args, Kwargs};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::call::new_tuple;
use crate::interp::{PyErr, PyResult, Vm};
use crate::value::{ObjRef, Value};

/// A new struct sequence class `module.name` with the item names `fields`.
pub fn new_type(vm: &mut Vm, module: &str, name: &str, fields: &[&str]) -> Result<ObjRef, PyErr> {
    let ns = vm.new_dict();
    // Each field reads its tuple item, so instances made by calling the class have them too.
    let getter = super::tuplegetter::class(vm);
    let mut getters = Vec::with_capacity(fields.len());
    for i in 0..fields.len() {
        getters.push(vm.call(getter.clone(), vec![Value::Int(i as i64), Value::None], vec![])?);
    }
    if let Some(Payload::Dict(d)) = ns.payload() {
        let mut d = d.borrow_mut();
        d.set_str("__module__", Value::str(module));
        d.set_str("_fields", new_tuple(fields.iter().map(|f| Value::str(*f)).collect::<Vec<_>>()));
        d.set_str("n_sequence_fields", Value::Int(fields.len() as i64));
        d.set_str("__repr__", builtin("__repr__", repr));
        d.set_str("__setattr__", builtin("__setattr__", readonly));
        d.set_str("__delattr__", builtin("__delattr__", readonly));
        for (f, g) in fields.iter().zip(getters) {
            d.set_str(f, g);
        }
    }
    let bases = new_tuple([Value::Obj(vm.types.tuple.clone())]);
    let class = vm.call(Value::Obj(vm.types.type_.clone()), vec![Value::str(name), bases, ns], vec![])?;
    let class = class.as_obj().cloned().ok_or_else(|| vm.type_error("struct sequence type"))?;
    if let Payload::Type(t) = &class.payload {
        // Built-in `__setattr__`/`__delattr__` are not found by the Python-function scan.
        t.overrides.set(t.overrides.get() | crate::objects::types::OVERRIDES_SETATTR | crate::objects::types::OVERRIDES_DELATTR);
    }
    Ok(class)
}

/// An instance of `class` holding `items` (named by the class's fields), plus `extra`
/// attributes.
pub fn make(vm: &mut Vm, class: &ObjRef, items: Vec<Value>, extra: Vec<(&str, Value)>) -> PyResult {
    let fields = vm.getattr(&Value::Obj(class.clone()), "_fields")?;
    let names = vm.seq_items(&fields)?;
    let v = vm.call(Value::Obj(class.clone()), vec![new_tuple(items.clone())], vec![])?;
    for (n, item) in names.iter().zip(items) {
        if let Some(n) = n.as_str() {
            crate::import::instance_set(&v, n, item);
        }
    }
    for (n, item) in extra {
        crate::import::instance_set(&v, n, item);
    }
    Ok(v)
}

/// `__setattr__`/`__delattr__`: fields are read-only and there is no instance dict to
/// take new attributes (the Rust side fills them in directly).
fn readonly(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (Some(this), Some(name)) = (args.first(), args.get(1)) else { return Err(vm.type_error("expected an attribute name")) };
    let class = Value::Obj(vm.types.type_of(this));
    let fields = vm.getattr(&class, "_fields")?;
    let known = vm.seq_items(&fields)?.iter().any(|f| f.as_str().is_some() && f.as_str() == name.as_str())
        || matches!(this.payload(), Some(Payload::Instance(i)) if name.as_str().is_some_and(|n| i.attrs().borrow().get_str(n).is_some()));
    if known {
        return Err(vm.error("AttributeError", "readonly attribute"));
    }
    let module = vm.getattr(&class, "__module__")?;
    let cname = vm.getattr(&class, "__name__")?;
    let (module, cname, name) = (vm.to_str(&module)?, vm.to_str(&cname)?, vm.to_str(name)?);
    Err(vm.error("AttributeError", format!("'{module}.{cname}' object has no attribute '{name}' and no __dict__ for setting new attributes")))
}

fn repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let Some(this) = args.first() else { return Err(vm.type_error("__repr__ needs an argument")) };
    let class = Value::Obj(vm.types.type_of(this));
    let module = vm.getattr(&class, "__module__")?;
    let name = vm.getattr(&class, "__name__")?;
    let fields = vm.getattr(&class, "_fields")?;
    let names = vm.seq_items(&fields)?;
    let items = vm.seq_items(&crate::builtins::slots::unwrap_native(this))?;
    let mut parts = Vec::with_capacity(items.len());
    for (n, item) in names.iter().zip(items.iter()) {
        parts.push(format!("{}={}", vm.to_str(n)?, vm.repr(item)?));
    }
    Ok(Value::str(format!("{}.{}({})", vm.to_str(&module)?, vm.to_str(&name)?, parts.join(", "))))
}
