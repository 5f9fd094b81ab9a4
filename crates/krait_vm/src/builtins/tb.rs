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
use std::cell::RefCell;
use std::rc::Rc;

/// A traceback object: the chain's entries outermost first (shared by the objects of one
/// chain, so that setting `tb_next` on one is seen from the others), which one this object
/// is, and its own entry (kept, so an object cut off its chain still answers).
pub struct Tb {
    pub entries: Rc<RefCell<Vec<TbEntry>>>,
    pub index: usize,
    pub entry: TbEntry,
}

fn view(vm: &Vm, entries: Rc<RefCell<Vec<TbEntry>>>, index: usize) -> Value {
    let Some(entry) = entries.borrow().get(index).cloned() else { return Value::None };
    native::wrap(&vm.types.traceback, Tb { entries, index, entry })
}

/// Creates the `traceback` type.
pub fn make_type(object: &ObjRef) -> ObjRef {
    let ty = native::new_type("traceback", "builtins", object, &[], &[], None);
    if let Payload::Type(t) = &ty.payload {
        let mut d = t.dict_mut();
        for (name, f) in [("tb_next", tb_next as BuiltinFn), ("tb_lineno", tb_lineno), ("tb_lasti", tb_lasti), ("tb_frame", tb_frame)] {
            let fget = super::builtin(name, f);
            let fset = if name == "tb_next" { super::builtin(name, set_tb_next) } else { Value::None };
            d.set_str(name, Value::new_obj(Payload::Property { fget, fset, fdel: Value::None, doc: Value::None }));
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
        view(self, Rc::new(RefCell::new(entries)), 0)
    }
}

/// The entries (innermost first, as exceptions keep them) of a traceback object from its
/// position inward; None when `v` is not one.
pub fn entries_of(v: &Value) -> Option<Vec<TbEntry>> {
    native::with_state::<Tb, _>(v, |t| {
        let mut out: Vec<TbEntry> = t.entries.borrow().get(t.index + 1..).map(<[TbEntry]>::to_vec).unwrap_or_default();
        out.insert(0, t.entry.clone());
        out.reverse();
        out
    })
}

type Chain = (Rc<RefCell<Vec<TbEntry>>>, usize, TbEntry);

fn state(v: &Value) -> Option<Chain> {
    native::with_state::<Tb, _>(v, |t| (t.entries.clone(), t.index, t.entry.clone()))
}

fn entry(vm: &Vm, args: &[Value]) -> Result<Chain, crate::interp::PyErr> {
    args.first().and_then(state).ok_or_else(|| vm.type_error("descriptor requires a 'traceback' object"))
}

fn tb_next(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (entries, index, _) = entry(vm, &args)?;
    Ok(view(vm, entries, index + 1))
}

/// `tb.tb_next = other`: the chain from this entry on becomes `other`'s (None ends it).
fn set_tb_next(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (entries, index, _) = entry(vm, &args)?;
    let new = args.get(1).cloned().unwrap_or(Value::None);
    let tail: Vec<TbEntry> = if matches!(new, Value::None) {
        Vec::new()
    } else {
        let Some((other, at, _)) = state(&new) else {
            let tn = vm.type_name(&new);
            return Err(vm.type_error(format!("expected traceback object, got '{tn}'")));
        };
        if Rc::ptr_eq(&other, &entries) && at <= index {
            return Err(vm.error("ValueError", "traceback loop detected"));
        }
        other.borrow().get(at..).map(<[TbEntry]>::to_vec).unwrap_or_default()
    };
    let mut e = entries.borrow_mut();
    e.truncate(index + 1);
    e.extend(tail);
    Ok(Value::None)
}

fn tb_lineno(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (_, _, e) = entry(vm, &args)?;
    Ok(e.line.map_or(Value::None, |l| Value::Int(i64::from(l))))
}

fn tb_lasti(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (_, _, e) = entry(vm, &args)?;
    Ok(Value::Int(e.frame.as_ref().map_or(-1, |f| i64::from(f.lasti))))
}

fn tb_frame(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (_, _, e) = entry(vm, &args)?;
    let e = &e;
    let line = e.line.unwrap_or(0);
    // The frame's own code object when the entry kept it; otherwise one carrying the names.
    let (code, globals, lasti) = match &e.frame {
        Some(f) => (f.code.clone(), f.globals.clone(), f.lasti),
        None => (Rc::new(CodeInfo {
            code: Vec::new(),
            exec: crate::interp::decode::decode(&[]),
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
