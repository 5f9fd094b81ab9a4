//! Modules krait implements in Rust (CPython's C modules): one file each, found by
//! [`builtin_module`] before any search of `sys.path`.

pub mod array;
pub mod ast_mod;
pub mod atexit;
pub mod binascii;
pub mod bisect;
pub mod cmath;
mod cmath_special;
pub mod codecs;
pub mod collections;
pub mod contextvars;
pub mod csv;
pub mod decimal;
mod digest;
mod erf;
pub mod errno;
pub mod functools;
pub mod gc;
pub mod generic_alias;
pub mod hasher;
pub mod hashes;
pub mod heapq;
pub mod imp;
pub mod io;
pub mod itertools;
pub mod lru_cache;
pub mod marshal;
pub mod math;
pub mod opcode;
pub mod operator;
pub mod posix;
pub mod random;
pub mod signal;
pub mod sre;
pub mod string;
pub mod structmod;
pub mod structseq;
pub mod sys;
pub mod templatelib;
pub mod thread;
pub mod time;
pub mod tokenize;
pub mod tracemalloc;
pub mod tuplegetter;
mod time_struct;
pub mod types_mod;
pub mod typing;
pub mod unicodedata;
pub mod union;
pub mod util;
pub mod warnings;
pub mod weakref;

use crate::heap::Payload;
use crate::interp::Vm;
use crate::objects::dict::Dict;
use crate::value::Value;
use std::cell::RefCell;

pub(crate) use crate::objects::function::{Args, Kwargs};

/// The names of the Rust modules, as `sys.builtin_module_names` lists them.
pub const NAMES: &[&str] = &["_ast", "_bisect", "_blake2", "_codecs", "_collections", "_contextvars", "_csv", "_decimal", "_functools", "_heapq", "_imp", "_io", "_md5", "_opcode", "_operator", "_random", "_sha1", "_sha2", "_sha3", "_signal", "_sre", "_string", "_struct", "_thread", "_tokenize", "_tracemalloc", "_types", "_typing", "_warnings", "_weakref", "array", "atexit", "binascii", "builtins", "cmath", "errno", "gc", "itertools", "marshal", "math", "posix", "sys", "time", "unicodedata"];

/// Creates the Rust module `name`, if krait has one.
pub fn builtin_module(vm: &mut Vm, name: &str) -> Option<Value> {
    Some(match name {
        "_codecs" => codecs::make(vm),
        "_collections" => collections::make(vm),
        "_io" => io::make(vm),
        "_imp" => imp::make(vm),
        "_random" => random::make(vm),
        "_csv" => csv::make(vm),
        "_decimal" => decimal::make(vm),
        "_md5" | "_sha1" | "_sha2" | "_sha3" | "_blake2" => hashes::make(vm, name),
        "_bisect" => bisect::make(vm),
        "_heapq" => heapq::make(vm),
        "_functools" => functools::make(vm),
        "_opcode" => opcode::make(vm),
        "_operator" => operator::make(vm),
        "_contextvars" => contextvars::make(vm),
        "_string" => string::make(vm),
        "_struct" => structmod::make(vm),
        "_sre" => sre::make(vm),
        "_signal" => signal::make(vm),
        "_ast" => ast_mod::make(vm),
                "_weakref" => weakref::make(vm),
        "_thread" => thread::make(vm),
        "_tokenize" => tokenize::make(vm),
        "_tracemalloc" => tracemalloc::make(vm),
        "_types" => match crate::interp::ops::cached_types_module() {
            Some(m) => m,
            None => {
                let m = types_mod::make(vm);
                crate::interp::ops::cache_types_module(&m);
                m
            }
        },
        "_typing" => typing::make(vm),
        "_warnings" => warnings::make(vm),
        "array" => array::make(vm),
        "atexit" => atexit::make(vm),
        "binascii" => binascii::make(vm),
        "cmath" => cmath::make(vm),
        "errno" => errno::make(vm),
        "gc" => gc::make(vm),
        "itertools" => itertools::make(vm),
        "marshal" => marshal::make(vm),
        "math" => math::make(vm),
        "posix" => posix::make(vm),
        "sys" => vm.import.sys.clone(),
        "builtins" => vm.builtins_module(),
        "time" => time::make(vm),
        "unicodedata" => unicodedata::make(vm),
        _ => return None,
    })
}

/// A module object named `name` holding `items`.
pub fn module(name: &str, items: Vec<(&'static str, Value)>) -> Value {
    let mut d = Dict::new();
    d.set_str("__name__", Value::str(name));
    d.set_str("__doc__", Value::None);
    for (k, v) in items {
        d.set_str(k, v);
    }
    let dict = Value::new_obj(Payload::Dict(RefCell::new(d)));
    match dict {
        Value::Obj(dict) => Value::new_obj(Payload::Module { name: name.to_string(), dict }),
        other => other,
    }
}
