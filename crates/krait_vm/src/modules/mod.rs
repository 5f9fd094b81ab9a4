//! Modules krait implements in Rust (CPython's C modules): one file each, found by
//! [`builtin_module`] before any search of `sys.path`.

pub mod math;
pub mod sys;

use crate::heap::Payload;
use crate::interp::Vm;
use crate::objects::dict::Dict;
use crate::value::Value;
use std::cell::RefCell;

pub(crate) type Args = Vec<Value>;
pub(crate) type Kwargs = Vec<(String, Value)>;

/// The names of the Rust modules, as `sys.builtin_module_names` lists them.
pub const NAMES: &[&str] = &["builtins", "importlib", "math", "sys"];

/// Creates the Rust module `name`, if krait has one.
pub fn builtin_module(vm: &mut Vm, name: &str) -> Option<Value> {
    Some(match name {
        "math" => math::make(vm),
        "sys" => vm.import.sys.clone(),
        "builtins" => vm.builtins_module(),
        "importlib" => crate::import::api::importlib_module(vm),
        _ => return None,
    })
}

/// A module object named `name` holding `items`.
pub fn module(name: &str, items: Vec<(&'static str, Value)>) -> Value {
    let mut d = Dict::new();
    d.set_str("__name__", Value::str(name));
    for (k, v) in items {
        d.set_str(k, v);
    }
    let dict = Value::new_obj(Payload::Dict(RefCell::new(d)));
    match dict {
        Value::Obj(dict) => Value::new_obj(Payload::Module { name: name.to_string(), dict }),
        other => other,
    }
}
