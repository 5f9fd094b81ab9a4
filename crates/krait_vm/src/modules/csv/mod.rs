//! `_csv`: CSV reading and writing for csv.py (which adds DictReader, DictWriter and the
//! Sniffer): `reader`, `writer`, the dialect registry (`register_dialect`, `get_dialect`,
//! `unregister_dialect`, `list_dialects`, `_dialects`), `field_size_limit`, the `QUOTE_*`
//! constants and `Error`. `dialect.rs` validates parameters, `reader.rs` parses,
//! `writer.rs` joins.

mod dialect;
mod reader;
mod writer;

use super::util::bind;
use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::types::new_class;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::value::{ObjRef, Value};
use std::cell::{Cell, RefCell};

thread_local! {
    /// `_csv.Error` and the registry dict (made once).
    static STATE: RefCell<Option<(ObjRef, Value)>> = const { RefCell::new(None) };
    /// `field_size_limit()`.
    static FIELD_LIMIT: Cell<i64> = const { Cell::new(128 * 1024) };
}

fn state(vm: &Vm) -> (ObjRef, Value) {
    if let Some(s) = STATE.with(|s| s.borrow().clone()) {
        return s;
    }
    let base = vm.types.exception("Exception");
    let error = new_class("Error", vec![base.clone()], None).unwrap_or(base);
    if let Payload::Type(t) = &error.payload {
        t.dict_mut().set_str("__module__", Value::str("_csv"));
    }
    let s = (error, vm.new_dict());
    STATE.with(|st| *st.borrow_mut() = Some(s.clone()));
    s
}

/// The current field size limit.
fn field_limit() -> i64 {
    FIELD_LIMIT.with(Cell::get)
}

/// An `_csv.Error` with `msg`.
fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let (cls, _) = state(vm);
    PyErr(crate::interp::exceptions::new_exception(cls, vec![Value::str(msg.into())]))
}

/// The registered dialect `name`, or `_csv.Error: unknown dialect`.
fn lookup_dialect(vm: &mut Vm, name: &str) -> PyResult {
    let (_, reg) = state(vm);
    let found = match reg.payload() {
        Some(Payload::Dict(d)) => d.borrow().get_str(name),
        _ => None,
    };
    found.ok_or_else(|| error(vm, "unknown dialect"))
}

fn register_dialect(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if args.is_empty() || args.len() > 2 {
        let n = args.len();
        return Err(vm.type_error(if n == 0 {
            "register_dialect expected at least 1 argument, got 0".to_string()
        } else {
            format!("register_dialect expected at most 2 arguments, got {n}")
        }));
    }
    let Some(name) = args[0].as_str().map(str::to_string) else {
        return Err(vm.type_error("dialect name must be a string"));
    };
    let d = dialect::call_dialect(vm, args.get(1).cloned(), kwargs)?;
    let (_, reg) = state(vm);
    if let Some(Payload::Dict(r)) = reg.payload() {
        r.borrow_mut().set_str(&name, d);
    }
    Ok(Value::None)
}

fn unregister_dialect(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind(vm, "unregister_dialect", &args, &kwargs, &["name"], 1)?;
    let name = p[0].clone().unwrap_or(Value::None);
    let (_, reg) = state(vm);
    let removed = match reg.payload() {
        Some(Payload::Dict(r)) => vm.dict_remove(r, &name)?.is_some(),
        _ => false,
    };
    if removed { Ok(Value::None) } else { Err(error(vm, "unknown dialect")) }
}

fn get_dialect(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind(vm, "get_dialect", &args, &kwargs, &["name"], 1)?;
    let name = p[0].clone().unwrap_or(Value::None);
    let (_, reg) = state(vm);
    let found = match reg.payload() {
        Some(Payload::Dict(r)) => vm.dict_get(r, &name)?,
        _ => None,
    };
    found.ok_or_else(|| error(vm, "unknown dialect"))
}

fn list_dialects(vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    let (_, reg) = state(vm);
    let keys: Vec<Value> = match reg.payload() {
        Some(Payload::Dict(r)) => r.borrow().iter().map(|(k, _)| k.clone()).collect(),
        _ => Vec::new(),
    };
    Ok(crate::interp::call::new_list(keys))
}

fn field_size_limit(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind(vm, "field_size_limit", &args, &kwargs, &["new_limit"], 0)?;
    let old = field_limit();
    if let Some(n) = &p[0] {
        match n {
            Value::Int(i) => FIELD_LIMIT.with(|l| l.set(*i)),
            v if matches!(v.payload(), Some(Payload::BigInt(_))) => {
                return Err(vm.error("OverflowError", "Python int too large to convert to C ssize_t"));
            }
            _ => return Err(vm.type_error("limit must be an integer")),
        }
    }
    Ok(Value::Int(old))
}

/// The `_csv` module.
pub fn make(vm: &mut Vm) -> Value {
    let (error, reg) = state(vm);
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("reader", reader::reader),
        ("writer", writer::writer),
        ("register_dialect", register_dialect),
        ("unregister_dialect", unregister_dialect),
        ("get_dialect", get_dialect),
        ("list_dialects", list_dialects),
        ("field_size_limit", field_size_limit),
    ];
    let mut items: Vec<(&'static str, Value)> = vec![
        ("Error", Value::Obj(error)),
        ("Dialect", Value::Obj(dialect::class(vm))),
        ("Reader", Value::Obj(reader::class(vm))),
        ("Writer", Value::Obj(writer::class(vm))),
        ("_dialects", reg),
        ("__doc__", Value::str("CSV parsing and writing.\n")),
        ("__version__", Value::str("1.0")),
        ("QUOTE_MINIMAL", Value::Int(dialect::QUOTE_MINIMAL)),
        ("QUOTE_ALL", Value::Int(dialect::QUOTE_ALL)),
        ("QUOTE_NONNUMERIC", Value::Int(dialect::QUOTE_NONNUMERIC)),
        ("QUOTE_NONE", Value::Int(dialect::QUOTE_NONE)),
        ("QUOTE_STRINGS", Value::Int(dialect::QUOTE_STRINGS)),
        ("QUOTE_NOTNULL", Value::Int(dialect::QUOTE_NOTNULL)),
    ];
    for (n, f) in fns {
        items.push((n, builtin(n, *f)));
    }
    module("_csv", items)
}
