//! Modules krait implements in Rust (CPython's C modules): one file each, found by
//! [`builtin_module`] before any search of `sys.path`.

pub mod atexit;
pub mod collections;
mod erf;
pub mod errno;
pub mod gc;
pub mod itertools;
pub mod math;
pub mod random;
pub mod sys;
pub mod thread;
pub mod time;
mod time_struct;
pub mod types_mod;
pub mod util;
pub mod weakref;

use crate::heap::Payload;
use crate::interp::Vm;
use crate::objects::dict::Dict;
use crate::value::Value;
use std::cell::RefCell;

pub(crate) type Args = Vec<Value>;
pub(crate) type Kwargs = Vec<(String, Value)>;

/// The names of the Rust modules, as `sys.builtin_module_names` lists them.
pub const NAMES: &[&str] = &["_collections", "_random", "_thread", "_types", "_weakref", "atexit", "builtins", "errno", "gc", "importlib", "itertools", "math", "sys", "time"];

/// Creates the Rust module `name`, if krait has one.
pub fn builtin_module(vm: &mut Vm, name: &str) -> Option<Value> {
    Some(match name {
        "_collections" => collections::make(vm),
        "_random" => random::make(vm),
        "_weakref" => weakref::make(vm),
        "_thread" => thread::make(vm),
        "_types" => match crate::interp::ops::cached_types_module() {
            Some(m) => m,
            None => {
                let m = types_mod::make(vm);
                crate::interp::ops::cache_types_module(&m);
                m
            }
        },
        "atexit" => atexit::make(vm),
        "errno" => errno::make(vm),
        "gc" => gc::make(vm),
        "itertools" => itertools::make(vm),
        "math" => math::make(vm),
        "sys" => vm.import.sys.clone(),
        "builtins" => vm.builtins_module(),
        "importlib" => crate::import::api::importlib_module(vm),
        "time" => time::make(vm),
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
