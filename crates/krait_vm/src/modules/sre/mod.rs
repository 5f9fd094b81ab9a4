//! `_sre`: the regular-expression engine under the pure-Python `re` package.
//! `re._compiler` turns a pattern into SRE code and calls [`compile`]; this module runs
//! that code (`engine.rs`, over the subjects of `subject.rs`, with the character rules of
//! `chars.rs`) and provides CPython's `re.Pattern` (`pattern.rs`), `re.Match`,
//! `_sre.SRE_Scanner` and `_sre.SRE_Template` (`matchobj.rs`) types, plus the module
//! functions and constants `re` reads (`MAGIC`, `CODESIZE`, `MAXREPEAT`, `MAXGROUPS`, the
//! case helpers, `template`).
//!
//! Promise: CPython 3.14's results, exceptions and messages for everything `re` does with
//! the module; no input panics.

mod chars;
mod engine;
mod matchobj;
mod pattern;
mod subject;

use super::util::index_i64;
use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::value::{ObjRef, Value};
use num_traits::{Signed, ToPrimitive};
use std::cell::RefCell;
use std::rc::Rc;

/// `_constants.MAGIC`: the code format this engine runs.
const MAGIC: i64 = 20_230_612;
const MAXGROUPS: i64 = i32::MAX as i64 / 2;

/// A compiled pattern: the SRE code and what `re` passed along with it.
pub struct PatternData {
    code: Vec<u32>,
    /// Capturing groups (group 0 not counted).
    groups: usize,
    flags: i64,
    pattern: Value,
    /// -1 for a None pattern, 0 for str, 1 for bytes.
    isbytes: i8,
    groupindex: Value,
    indexgroup: Value,
}

/// The types the module defines, kept so that the engine can build its results.
struct Types {
    pattern: ObjRef,
    matcht: ObjRef,
    scanner: ObjRef,
    template: ObjRef,
}

thread_local! {
    static TYPES: RefCell<Option<Rc<Types>>> = const { RefCell::new(None) };
}

fn types(vm: &Vm) -> Result<Rc<Types>, PyErr> {
    TYPES.with(|t| t.borrow().clone()).ok_or_else(|| vm.error("RuntimeError", "_sre is not initialised"))
}

/// Clinic-style binding of the arguments after the receiver to `names` (the first
/// `required` of them mandatory), with CPython's messages.
fn bind(vm: &Vm, fname: &str, args: &[Value], kwargs: &Kwargs, names: &[&str], required: usize) -> Result<Vec<Option<Value>>, PyErr> {
    if args.len() > names.len() {
        let n = names.len();
        let what = if n == required { "exactly" } else { "at most" };
        return Err(vm.type_error(format!("{fname}() takes {what} {n} positional argument{} ({} given)", if n == 1 { "" } else { "s" }, args.len())));
    }
    let mut out: Vec<Option<Value>> = args.iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in kwargs {
        match names.iter().position(|n| n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(i) => return Err(vm.type_error(format!("argument for {fname}() given by name ('{k}') and position ({})", i + 1))),
            None => return Err(vm.type_error(format!("{fname}() got an unexpected keyword argument '{k}'"))),
        }
    }
    if let Some(i) = out.iter().take(required).position(Option::is_none) {
        return Err(vm.type_error(format!("{fname}() missing required argument '{}' (pos {})", names[i], i + 1)));
    }
    Ok(out)
}

/// An optional Py_ssize_t argument.
fn ssize(vm: &mut Vm, v: &Option<Value>, default: i64) -> Result<i64, PyErr> {
    match v {
        None => Ok(default),
        Some(v) => index_i64(vm, v),
    }
}

/// A C `int` argument (the case helpers' character codes).
fn int_arg(vm: &mut Vm, fname: &str, args: &[Value], kwargs: &Kwargs) -> Result<u32, PyErr> {
    let p = bind(vm, fname, args, kwargs, &["character"], 1)?;
    let v = p[0].clone().unwrap_or(Value::None);
    if matches!(v, Value::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let b = super::util::index_arg(vm, &v)?;
    match b.to_i32() {
        Some(i) => Ok(i as u32),
        None => Err(vm.error("OverflowError", if b.is_negative() { "signed integer is less than minimum" } else { "signed integer is greater than maximum" })),
    }
}

fn getcodesize(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    bind(vm, "getcodesize", &args, &kwargs, &[], 0)?;
    Ok(Value::Int(4))
}

fn ascii_iscased(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    Ok(Value::Bool(chars::ascii_iscased(int_arg(vm, "ascii_iscased", &args, &kwargs)?)))
}

fn unicode_iscased(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    Ok(Value::Bool(chars::unicode_iscased(int_arg(vm, "unicode_iscased", &args, &kwargs)?)))
}

fn ascii_tolower(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    Ok(Value::Int(i64::from(chars::lower_ascii(int_arg(vm, "ascii_tolower", &args, &kwargs)?) as i32)))
}

fn unicode_tolower(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    Ok(Value::Int(i64::from(chars::lower_unicode(int_arg(vm, "unicode_tolower", &args, &kwargs)?) as i32)))
}

/// `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`.
fn compile(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind(vm, "compile", &args, &kwargs, &["pattern", "flags", "code", "groups", "groupindex", "indexgroup"], 6)?;
    let [Some(pattern), Some(flags), Some(code), Some(groups), Some(groupindex), Some(indexgroup)] = &p[..] else {
        return Err(vm.type_error("compile() missing required argument"));
    };
    let flags = index_i64(vm, flags)?;
    let Some(Payload::List(items)) = code.payload() else {
        return Err(vm.type_error(format!("compile() argument 'code' must be list, not {}", vm.type_name(code))));
    };
    let items = items.borrow().clone();
    let mut words = Vec::with_capacity(items.len());
    for it in &items {
        let b = super::util::index_arg(vm, it)?;
        if b.is_negative() {
            return Err(vm.error("OverflowError", "can't convert negative int to unsigned"));
        }
        match b.to_u32() {
            Some(w) => words.push(w),
            None => return Err(vm.error("OverflowError", "regular expression code size limit exceeded")),
        }
    }
    let groups = index_i64(vm, groups)?;
    if !(0..=MAXGROUPS).contains(&groups) {
        return Err(vm.error("RuntimeError", "invalid SRE code"));
    }
    if !matches!(groupindex.payload(), Some(Payload::Dict(_))) {
        return Err(vm.type_error(format!("compile() argument 'groupindex' must be dict, not {}", vm.type_name(groupindex))));
    }
    if !matches!(indexgroup.payload(), Some(Payload::Tuple(_))) {
        return Err(vm.type_error(format!("compile() argument 'indexgroup' must be tuple, not {}", vm.type_name(indexgroup))));
    }
    let isbytes = if matches!(pattern, Value::None) { -1 } else if subject::Subject::of(vm, pattern)?.is_bytes() { 1 } else { 0 };
    let data = PatternData {
        code: words,
        groups: groups as usize,
        flags,
        pattern: pattern.clone(),
        isbytes,
        groupindex: groupindex.clone(),
        indexgroup: indexgroup.clone(),
    };
    let t = types(vm)?;
    Ok(native::wrap(&t.pattern, Rc::new(data)))
}

/// `_sre.template(pattern, template)`: a replacement template from the list
/// `[literal, group, literal, ..., group, literal]` that `_parser.parse_template` makes.
fn template(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if !kwargs.is_empty() {
        return Err(vm.type_error("template() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!("template expected 2 arguments, got {}", args.len())));
    }
    let Some(Payload::List(items)) = args[1].payload() else {
        return Err(vm.type_error(format!("template() argument 2 must be list, not {}", vm.type_name(&args[1]))));
    };
    let items = items.borrow().clone();
    if items.len() % 2 == 0 {
        return Err(vm.type_error("invalid template"));
    }
    let mut chunks = Vec::with_capacity(items.len() / 2);
    for pair in items[1..].chunks(2) {
        let index = index_i64(vm, &pair[0])?;
        if index < 0 {
            return Err(vm.type_error("invalid template"));
        }
        let lit = pair.get(1).cloned().filter(|l| match l.payload() {
            Some(Payload::Str(s)) => !s.is_empty(),
            Some(Payload::Bytes(b)) => !b.is_empty(),
            _ => true,
        });
        chunks.push((index as usize, lit));
    }
    let t = types(vm)?;
    Ok(native::wrap(&t.template, matchobj::TemplateData { literal: items[0].clone(), chunks }))
}

fn no_new(name: &'static str) -> BuiltinFn {
    match name {
        "re.Pattern" => |vm, _a, _k| Err(vm.type_error("cannot create 're.Pattern' instances")),
        "re.Match" => |vm, _a, _k| Err(vm.type_error("cannot create 're.Match' instances")),
        "_sre.SRE_Scanner" => |vm, _a, _k| Err(vm.type_error("cannot create '_sre.SRE_Scanner' instances")),
        _ => |vm, _a, _k| Err(vm.type_error("cannot create '_sre.SRE_Template' instances")),
    }
}

/// A read-only attribute computed by `f` from the receiver.
fn getter(name: &'static str, f: BuiltinFn) -> Value {
    Value::new_obj(Payload::Property { fget: builtin(name, f), fset: Value::None, fdel: Value::None, doc: Value::None })
}

fn set_in(ty: &ObjRef, name: &str, v: Value) {
    if let Payload::Type(t) = &ty.payload {
        t.dict_mut().set_str(name, v);
    }
}

fn new_class(vm: &Vm, qual: &'static str, methods: &[(&'static str, BuiltinFn)], getters: &[(&'static str, BuiltinFn)]) -> ObjRef {
    let (module, name) = qual.rsplit_once('.').unwrap_or(("_sre", qual));
    let object = vm.types.object.clone();
    let ty = native::new_type(name, module, &object, methods, &[], Some(no_new(qual)));
    for (n, f) in getters {
        set_in(&ty, n, getter(n, *f));
    }
    ty
}

pub fn make(vm: &mut Vm) -> Value {
    let pattern = new_class(vm, "re.Pattern", pattern::METHODS, pattern::GETTERS);
    let matcht = new_class(vm, "re.Match", matchobj::MATCH_METHODS, matchobj::MATCH_GETTERS);
    let scanner = new_class(vm, "_sre.SRE_Scanner", matchobj::SCANNER_METHODS, matchobj::SCANNER_GETTERS);
    let templ = new_class(vm, "_sre.SRE_Template", &[], &[]);
    for (ty, f) in [(&pattern, pattern::class_getitem as BuiltinFn), (&matcht, pattern::class_getitem)] {
        set_in(ty, "__class_getitem__", Value::new_obj(Payload::ClassMethod(builtin("__class_getitem__", f))));
    }
    let t = Types { pattern: pattern.clone(), matcht: matcht.clone(), scanner, template: templ };
    TYPES.with(|c| *c.borrow_mut() = Some(Rc::new(t)));
    module(
        "_sre",
        vec![
            ("MAGIC", Value::Int(MAGIC)),
            ("CODESIZE", Value::Int(4)),
            ("MAXREPEAT", Value::Int(i64::from(chars::MAXREPEAT))),
            ("MAXGROUPS", Value::Int(MAXGROUPS)),
            ("copyright", Value::str(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ")),
            ("compile", builtin("compile", compile)),
            ("template", builtin("template", template)),
            ("getcodesize", builtin("getcodesize", getcodesize)),
            ("ascii_iscased", builtin("ascii_iscased", ascii_iscased)),
            ("unicode_iscased", builtin("unicode_iscased", unicode_iscased)),
            ("ascii_tolower", builtin("ascii_tolower", ascii_tolower)),
            ("unicode_tolower", builtin("unicode_tolower", unicode_tolower)),
        ],
    )
}
