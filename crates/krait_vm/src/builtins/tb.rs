//! Traceback objects: `exc.__traceback__`, the third item of `sys.exc_info()` and the `tb`
//! argument of `__exit__`. An exception keeps its traceback as a list of entries (innermost
//! first); a `traceback` object is a view of that list from one entry outward-in, with
//! `tb_next`, `tb_lineno`, `tb_lasti` (the instruction's byte offset) and a `tb_frame` snapshot
//! (`f_code` the frame's code object, `f_globals`, `f_lineno` the line, `f_lasti`).

use super::{Args, Kwargs};
use crate::heap::Payload;
use crate::interp::exceptions::exc_payload;
use crate::interp::{PyResult, Vm};
use crate::objects::function::{BuiltinFn, CodeInfo};
use crate::objects::native;
use crate::objects::types::TbEntry;
use crate::value::{ObjRef, Value};
use std::rc::Rc;

/// A traceback object: the entries outermost first, and which one this object is.
pub struct Tb {
    pub entries: Rc<Vec<TbEntry>>,
    pub index: usize,
}

/// Creates the `traceback` type.
pub fn make_type(object: &ObjRef) -> ObjRef {
    let ty = native::new_type("traceback", "builtins", object, &[], &[], None);
    if let Payload::Type(t) = &ty.payload {
        let mut d = t.dict_mut();
        for (name, f) in [("tb_next", tb_next as BuiltinFn), ("tb_lineno", tb_lineno), ("tb_lasti", tb_lasti), ("tb_frame", tb_frame)] {
            let fget = super::builtin(name, f);
            d.set_str(name, Value::new_obj(Payload::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None }));
        }
    }
    ty
}

impl Vm {
    /// `exc.__traceback__`: a traceback object, None when the exception was never raised.
    pub fn traceback_of(&self, exc: &Value) -> Value {
        let Some(i) = exc_payload(exc) else { return Value::None };
        let entries: Vec<TbEntry> = i.exc().traceback.borrow().iter().rev().cloned().collect();
        if entries.is_empty() {
            return Value::None;
        }
        native::wrap(&self.types.traceback, Tb { entries: Rc::new(entries), index: 0 })
    }
}

/// The entries (innermost first, as exceptions keep them) of a traceback object from its
/// position inward; None when `v` is not one.
pub fn entries_of(v: &Value) -> Option<Vec<TbEntry>> {
    native::with_state::<Tb, _>(v, |t| t.entries[t.index..].iter().rev().cloned().collect())
}

fn entry(vm: &Vm, args: &Args) -> Result<(Rc<Vec<TbEntry>>, usize), crate::interp::PyErr> {
    args.first()
        .and_then(|v| native::with_state::<Tb, _>(v, |t| (t.entries.clone(), t.index)))
        .ok_or_else(|| vm.type_error("descriptor requires a 'traceback' object"))
}

fn tb_next(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (entries, index) = entry(vm, &args)?;
    if index + 1 >= entries.len() {
        return Ok(Value::None);
    }
    Ok(native::wrap(&vm.types.traceback, Tb { entries, index: index + 1 }))
}

fn tb_lineno(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (entries, index) = entry(vm, &args)?;
    Ok(entries[index].line.map_or(Value::None, |l| Value::Int(i64::from(l))))
}

fn tb_lasti(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (entries, index) = entry(vm, &args)?;
    Ok(Value::Int(entries[index].frame.as_ref().map_or(-1, |f| i64::from(f.lasti))))
}

fn tb_frame(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (entries, index) = entry(vm, &args)?;
    let e = &entries[index];
    let line = e.line.unwrap_or(0);
    // The frame's own code object when the entry kept it; otherwise one carrying the names.
    let (code, globals, lasti) = match &e.frame {
        Some(f) => (f.code.clone(), f.globals.clone(), f.lasti),
        None => (Rc::new(CodeInfo {
            code: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_hashes: Vec::new(),
            localsplusnames: Vec::new(),
            localspluskinds: Vec::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            name: e.name.clone(),
            qualname: e.name.clone(),
            filename: e.filename.clone(),
            firstlineno: line,
            exception_table: Vec::new(),
            positions: Vec::new(),
            stacksize: 0,
            global_cache: CodeInfo::new_global_cache(0),
            attr_cache: crate::interp::attr_cache::new_caches(0),
        }), vm.new_dict(), -1),
    };
    let locals = vm.new_dict();
    Ok(crate::modules::sys::snapshot_frame(vm, code, line, lasti, globals, locals, Value::None))
}
