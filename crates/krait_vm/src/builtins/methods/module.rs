//! Methods of module objects: `module.__init__(name, doc=None)` (what `types.ModuleType(...)`
//! and subclasses run: sets `__name__`, `__doc__`, `__package__`, `__loader__`, `__spec__`)
//! and `module.__repr__` (`<module 'name'>`, with the spec's origin when there is one), which
//! instances of Python subclasses of `ModuleType` share; their namespace is their own
//! instance dict.

use super::{Args, Kwargs};
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::dict::Dict;
use crate::objects::function::BuiltinFn;
use crate::value::Value;
use std::cell::RefCell;

pub const MODULE_METHODS: &[(&str, BuiltinFn)] = &[("__init__", init), ("__repr__", repr)];

/// The namespace of a module or of an instance of a `ModuleType` subclass.
fn namespace(v: &Value) -> Option<&RefCell<Dict>> {
    match v.payload()? {
        Payload::Module { .. } => crate::import::module_dict(v),
        Payload::Instance(i) => Some(i.attrs()),
        _ => None,
    }
}

/// The checked `(name, doc)` arguments of `module(name, doc=None)`.
pub fn module_args(vm: &Vm, args: &[Value], kwargs: &Kwargs) -> Result<(Value, Value), PyErr> {
    let p = crate::modules::util::bind(vm, "module", args, kwargs, &["name", "doc"], 1)?;
    let name = p[0].clone().unwrap_or(Value::None);
    if name.as_str().is_none() {
        return Err(vm.type_error(format!("module() argument 'name' must be str, not {}", vm.type_name(&name))));
    }
    Ok((name, p[1].clone().unwrap_or(Value::None)))
}

/// Stores a fresh module's attributes in its namespace.
pub fn init_namespace(d: &RefCell<Dict>, name: Value, doc: Value) {
    let mut d = d.borrow_mut();
    d.set_str("__name__", name);
    d.set_str("__doc__", doc);
    d.set_str("__package__", Value::None);
    d.set_str("__loader__", Value::None);
    d.set_str("__spec__", Value::None);
}

fn init(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let Some(this) = args.first() else { return Err(vm.type_error("descriptor '__init__' of 'module' object needs an argument")) };
    let (name, doc) = module_args(vm, &args[1..], &kwargs)?;
    let Some(d) = namespace(this) else {
        return Err(vm.type_error(format!("descriptor '__init__' requires a 'module' object but received a '{}'", vm.type_name(this))));
    };
    init_namespace(d, name, doc);
    Ok(Value::None)
}

fn repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let Some(this) = args.first() else { return Err(vm.type_error("descriptor '__repr__' of 'module' object needs an argument")) };
    match this.payload() {
        Some(Payload::Module { name: n, .. }) => Ok(Value::str(crate::import::module_repr(this, n))),
        Some(Payload::Instance(_)) => {
            // The same text, from the attributes (a subclass's `__getattr__` may supply them).
            let mut get = |k: &str| -> Result<Option<Value>, PyErr> {
                match vm.getattr(this, k) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if vm.is_instance_of(&e.0, "AttributeError") => Ok(None),
                    Err(e) => Err(e),
                }
            };
            let (spec, name, file) = (get("__spec__")?, get("__name__")?, get("__file__")?);
            Ok(Value::str(crate::import::namespace_repr(name, spec, file)))
        }
        _ => Err(vm.type_error(format!("descriptor '__repr__' requires a 'module' object but received a '{}'", vm.type_name(this)))),
    }
}
