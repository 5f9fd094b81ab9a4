//! The builtins module: functions, constructors of the built-in types, and the exception
//! classes.

pub mod code;
pub mod methods;
pub mod slots;

use crate::heap::Payload;
use crate::interp::call::{new_list, new_tuple};
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::dict::Dict;
use crate::objects::function::{BuiltinFn, BuiltinFunction};
use crate::objects::int::{self, from_big, to_big, to_f64};
use crate::objects::iter::IterState;
use crate::objects::types::Kind;
use crate::value::Value;
use num_traits::{Signed, ToPrimitive};
use std::cell::RefCell;
use std::io::Write;

pub(crate) type Args = Vec<Value>;
pub(crate) type Kwargs = Vec<(String, Value)>;

/// A built-in function value.
pub fn builtin(name: &'static str, func: BuiltinFn) -> Value {
    Value::new_obj(Payload::Builtin(BuiltinFunction { name, func }))
}

/// Builds the builtins dict.
pub fn make_builtins(vm: &Vm) -> Value {
    let mut d = Dict::new();
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("__build_class__", build_class),
        ("enumerate", enumerate),
        ("zip", zip),
        ("sorted", sorted),
        ("reversed", reversed),
        ("chr", chr),
        ("ord", ord),
        ("round", round),
        ("id", id),
        ("hash", hash),
        ("iter", iter),
        ("next", next),
        ("any", any),
        ("all", all),
        ("divmod", divmod),
        ("pow", pow),
        ("hex", hex),
        ("bin", bin),
        ("oct", oct),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("callable", callable),
        ("format", format),
        ("ascii", ascii),
        ("super", super_),
        ("map", map),
        ("filter", filter),
        ("property", property),
        ("staticmethod", staticmethod),
        ("classmethod", classmethod),
        ("exec", code::exec),
        ("eval", code::eval),
        ("compile", code::compile),
        ("globals", code::globals),
        ("locals", code::locals),
        ("vars", code::vars),
        ("dir", code::dir),
    ];
    for (name, f) in fns {
        let _ = d.set(crate::objects::str::intern(name), builtin(name, *f));
    }
    let t = &vm.types;
    for (name, ty) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("str", &t.str_),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("range", &t.range),
    ] {
        d.set_str(name, Value::Obj(ty.clone()));
    }
    for name in &t.exception_order {
        d.set_str(name, Value::Obj(t.exception(name)));
    }
    for alias in ["EnvironmentError", "IOError"] {
        d.set_str(alias, Value::Obj(t.exception("OSError")));
    }
    d.set_str("None", Value::None);
    d.set_str("True", Value::Bool(true));
    d.set_str("False", Value::Bool(false));
    d.set_str("NotImplemented", Value::new_obj(Payload::NotImplemented));
    d.set_str("Ellipsis", Value::new_obj(Payload::Ellipsis));
    d.set_str("__name__", Value::str("builtins"));
    Value::new_obj(Payload::Dict(RefCell::new(d)))
}

fn kwarg(kwargs: &mut Kwargs, name: &str) -> Option<Value> {
    let i = kwargs.iter().position(|(k, _)| k == name)?;
    Some(kwargs.remove(i).1)
}

fn no_kwargs(vm: &Vm, name: &str, kwargs: &Kwargs) -> Result<(), PyErr> {
    match kwargs.first() {
        Some((k, _)) => Err(vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'"))),
        None => Ok(()),
    }
}

fn arity(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> Result<(), PyErr> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(vm.type_error(if min == max {
        if min == 1 {
            format!("{name}() takes exactly one argument ({n} given)")
        } else {
            format!("{name} expected {min} arguments, got {n}")
        }
    } else if n < min {
        format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    }))
}

fn print(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    let sep = kwarg(&mut kwargs, "sep");
    let end = kwarg(&mut kwargs, "end");
    let _flush = kwarg(&mut kwargs, "flush");
    let file = kwarg(&mut kwargs, "file");
    no_kwargs(vm, "print", &kwargs)?;
    let text_of = |vm: &Vm, v: Option<Value>, default: &str, what: &str| -> Result<String, PyErr> {
        match v {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(v) => match v.as_str() {
                Some(s) => Ok(s.to_string()),
                None => Err(vm.type_error(format!("{what} must be None or a string, not {}", vm.type_name(&v)))),
            },
        }
    };
    let sep = text_of(vm, sep, " ", "sep")?;
    let end = text_of(vm, end, "\n", "end")?;
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.to_str(a)?);
    }
    out.push_str(&end);
    match file {
        Some(f) if f.is(&vm.stderr_marker) => {
            if matches!(vm.out, crate::interp::Output::Stdout(_)) {
                vm.flush();
                let _ = std::io::stderr().write_all(out.as_bytes());
            } else {
                vm.err_out.extend_from_slice(out.as_bytes());
            }
        }
        _ => {
            let _ = vm.out.write_all(out.as_bytes());
        }
    }
    Ok(Value::None)
}

/// `len(v)` as a number.
pub fn length(vm: &mut Vm, v: &Value) -> Result<usize, PyErr> {
    Ok(match v.payload() {
        Some(Payload::Str(s)) => crate::objects::str::char_len(s),
        Some(Payload::List(l)) => l.borrow().len(),
        Some(Payload::Tuple(t)) => t.len(),
        Some(Payload::Dict(d) | Payload::Set(d)) => d.borrow().len(),
        Some(Payload::Range { start, stop, step }) => crate::interp::ops::range_len(*start, *stop, *step) as usize,
        Some(Payload::DictView { dict, .. }) => match dict.payload() {
            Some(Payload::Dict(d)) => d.borrow().len(),
            _ => 0,
        },
        Some(Payload::Instance(_)) => match vm.call_dunder(v, "__len__", vec![]) {
            Some(r) => match r? {
                Value::Int(i) if i >= 0 => i as usize,
                Value::Int(_) => return Err(vm.error("ValueError", "__len__() should return >= 0")),
                other => {
                    return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&other))));
                }
            },
            None => return Err(vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v)))),
        },
        _ => return Err(vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v)))),
    })
}

fn len(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    no_kwargs(vm, "len", &kwargs)?;
    arity(vm, "len", &args, 1, 1)?;
    Ok(Value::Int(length(vm, &args[0])? as i64))
}

fn repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "repr", &args, 1, 1)?;
    Ok(Value::str(vm.repr(&args[0])?))
}

/// `ascii(s)` of a repr text: non-ASCII characters escaped.
pub fn ascii_of(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}

fn ascii(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "ascii", &args, 1, 1)?;
    Ok(Value::str(ascii_of(&vm.repr(&args[0])?)))
}

pub(crate) fn abs(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "abs", &args, 1, 1)?;
    Ok(match &args[0] {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => from_big(to_big(&args[0]).unwrap_or_default().abs()),
        },
        Value::Bool(b) => Value::Int(i64::from(*b)),
        Value::Float(f) => Value::Float(f.abs()),
        v => match v.payload() {
            Some(Payload::BigInt(b)) => from_big(b.abs()),
            _ => match vm.call_dunder(v, "__abs__", vec![]) {
                Some(r) => r?,
                None => return Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))),
            },
        },
    })
}

fn min_max(vm: &mut Vm, args: Args, mut kwargs: Kwargs, name: &str, op: u32) -> PyResult {
    let key = kwarg(&mut kwargs, "key").filter(|k| !matches!(k, Value::None));
    let default = kwarg(&mut kwargs, "default");
    no_kwargs(vm, name, &kwargs)?;
    let items = match args.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.seq_items(&args[0])?,
        _ => args,
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f.clone(), vec![it.clone()], vec![])?,
            None => it.clone(),
        };
        best = match best {
            None => Some((k, it)),
            Some((bk, bv)) => {
                let r = vm.compare(op, &k, &bk)?;
                if vm.truthy(&r)? { Some((k, it)) } else { Some((bk, bv)) }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.error("ValueError", format!("{name}() iterable argument is empty"))),
        },
    }
}

fn min(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    min_max(vm, args, kwargs, "min", 0)
}

fn max(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    min_max(vm, args, kwargs, "max", 4)
}

fn sum(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    let start = kwarg(&mut kwargs, "start");
    arity(vm, "sum", &args, 1, 2)?;
    let mut acc = start.or_else(|| args.get(1).cloned()).unwrap_or(Value::Int(0));
    if acc.as_str().is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = vm.get_iter(&args[0])?;
    while let Some(v) = vm.next(&it)? {
        acc = vm.binary_op(0, &acc, &v)?;
    }
    Ok(acc)
}

fn class_matches(vm: &mut Vm, class: &crate::value::ObjRef, spec: &Value, fname: &str) -> Result<bool, PyErr> {
    match spec.payload() {
        Some(Payload::Type(_)) => {
            let Some(o) = spec.as_obj() else { return Ok(false) };
            Ok(crate::objects::types::is_subclass(class, o))
        }
        Some(Payload::Tuple(items)) => {
            for it in items.iter() {
                if class_matches(vm, class, it, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(vm.type_error(format!("{fname}() arg 2 must be a type, a tuple of types, or a union"))),
    }
}

fn isinstance(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "isinstance", &args, 2, 2)?;
    let class = vm.types.type_of(&args[0]);
    Ok(Value::Bool(class_matches(vm, &class, &args[1], "isinstance")?))
}

fn issubclass(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "issubclass", &args, 2, 2)?;
    let Some(class) = args[0].as_obj().filter(|o| matches!(o.payload, Payload::Type(_))).cloned() else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::Bool(class_matches(vm, &class, &args[1], "issubclass")?))
}

/// `object.__init__` (reached through `super().__init__()`).
pub fn object_init(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::None)
}

fn property(vm: &mut Vm, mut args: Args, mut kwargs: Kwargs) -> PyResult {
    arity(vm, "property", &args, 0, 4)?;
    let mut take = |i: usize, name: &str| kwarg(&mut kwargs, name).or_else(|| args.get_mut(i).map(std::mem::take)).unwrap_or(Value::None);
    let (fget, fset, fdel, doc) = (take(0, "fget"), take(1, "fset"), take(2, "fdel"), take(3, "doc"));
    no_kwargs(vm, "property", &kwargs)?;
    args.clear();
    Ok(Value::new_obj(Payload::Property { fget, fset, fdel, doc }))
}

/// `prop.getter(f)`, `.setter(f)`, `.deleter(f)`: a copy of the property with one accessor
/// replaced (`args[0]` is the property).
pub fn property_copy(vm: &mut Vm, args: Args, which: usize) -> PyResult {
    arity(vm, "setter", &args, 2, 2)?;
    let Some(Payload::Property { fget, fset, fdel, doc }) = args[0].payload() else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let mut parts = [fget.clone(), fset.clone(), fdel.clone()];
    parts[which] = args[1].clone();
    let [fget, fset, fdel] = parts;
    Ok(Value::new_obj(Payload::Property { fget, fset, fdel, doc: doc.clone() }))
}

/// `prop.getter(f)`.
pub fn property_getter(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    property_copy(vm, args, 0)
}

/// `prop.setter(f)`.
pub fn property_setter(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    property_copy(vm, args, 1)
}

/// `prop.deleter(f)`.
pub fn property_deleter(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    property_copy(vm, args, 2)
}

fn staticmethod(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "staticmethod", &args, 1, 1)?;
    Ok(Value::new_obj(Payload::StaticMethod(args[0].clone())))
}

fn classmethod(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "classmethod", &args, 1, 1)?;
    Ok(Value::new_obj(Payload::ClassMethod(args[0].clone())))
}

/// `BaseException.__init__(self, *args)`: sets `args`.
pub fn exception_init(_vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let mut it = args.into_iter();
    if let Some(receiver) = it.next()
        && let Some(Payload::Instance(i)) = receiver.payload()
    {
        *i.args.borrow_mut() = new_tuple(it.collect());
    }
    Ok(Value::None)
}

fn super_(vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Err(vm.error("RuntimeError", "super(): only the zero-argument form inside a method is supported yet"))
}

fn build_class(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    vm.build_class(args, kwargs)
}

fn iter_of(items: Vec<Value>) -> Value {
    Value::new_obj(Payload::Iter(RefCell::new(IterState::Values { items, pos: 0 })))
}

fn enumerate(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    let start = kwarg(&mut kwargs, "start").or_else(|| args.get(1).cloned()).unwrap_or(Value::Int(0));
    arity(vm, "enumerate", &args, 1, 2)?;
    let Value::Int(n) = start else { return Err(vm.type_error("enumerate start must be an int")) };
    let it = vm.get_iter(&args[0])?;
    Ok(Value::new_obj(Payload::Iter(RefCell::new(IterState::Enumerate { it, n }))))
}

fn zip(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let mut iters = Vec::with_capacity(args.len());
    for a in &args {
        iters.push(vm.get_iter(a)?);
    }
    Ok(Value::new_obj(Payload::Iter(RefCell::new(IterState::Zip { iters }))))
}

fn map(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut it = args.into_iter();
    let func = it.next().unwrap_or(Value::None);
    let mut iters = Vec::new();
    for a in it {
        iters.push(vm.get_iter(&a)?);
    }
    Ok(Value::new_obj(Payload::Iter(RefCell::new(IterState::Map { func, iters }))))
}

fn filter(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "filter", &args, 2, 2)?;
    let it = vm.get_iter(&args[1])?;
    Ok(Value::new_obj(Payload::Iter(RefCell::new(IterState::Filter { func: args[0].clone(), it }))))
}

/// Sorts values in place with `<` (a stable merge sort; errors stop it).
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Option<Value>, reverse: bool) -> Result<(), PyErr> {
    let mut keyed: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for it in items.drain(..) {
        let k = match &key {
            Some(f) => vm.call(f.clone(), vec![it.clone()], vec![])?,
            None => it.clone(),
        };
        keyed.push((k, it));
    }
    // Insertion into a merge sort with fallible comparisons.
    let mut err = None;
    let mut sorted: Vec<(Value, Value)> = Vec::with_capacity(keyed.len());
    for kv in keyed {
        if err.is_some() {
            break;
        }
        // Binary search for the insertion point (stable: after equal elements).
        let (mut lo, mut hi) = (0, sorted.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            let less = if reverse { vm.compare(0, &sorted[mid].0, &kv.0) } else { vm.compare(0, &kv.0, &sorted[mid].0) };
            match less.and_then(|r| vm.truthy(&r)) {
                Ok(true) => hi = mid,
                Ok(false) => lo = mid + 1,
                Err(e) => {
                    err = Some(e);
                    break;
                }
            }
        }
        sorted.insert(lo, kv);
    }
    if let Some(e) = err {
        return Err(e);
    }
    items.extend(sorted.into_iter().map(|(_, v)| v));
    Ok(())
}

fn sorted(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    let key = kwarg(&mut kwargs, "key").filter(|k| !matches!(k, Value::None));
    let reverse = match kwarg(&mut kwargs, "reverse") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    no_kwargs(vm, "sorted", &kwargs)?;
    arity(vm, "sorted", &args, 1, 1)?;
    let mut items = vm.seq_items(&args[0])?;
    sort_values(vm, &mut items, key, reverse)?;
    Ok(new_list(items))
}

fn reversed(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "reversed", &args, 1, 1)?;
    let mut items = vm.seq_items(&args[0])?;
    items.reverse();
    Ok(iter_of(items))
}

fn chr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "chr", &args, 1, 1)?;
    match &args[0] {
        Value::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
            Some(c) => Ok(Value::str(c.to_string())),
            None => Err(vm.error("ValueError", "chr() arg not in range(0x110000)")),
        },
        v => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    }
}

fn ord(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "ord", &args, 1, 1)?;
    match args[0].as_str() {
        Some(s) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(Value::Int(i64::from(c as u32))),
                _ => Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    crate::objects::str::char_len(s)
                ))),
            }
        }
        None => Err(vm.type_error(format!("ord() expected string of length 1, but {} found", vm.type_name(&args[0])))),
    }
}

fn round(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "round", &args, 1, 2)?;
    let nd = args.get(1).filter(|v| !matches!(v, Value::None)).cloned();
    match (&args[0], nd) {
        (Value::Float(f), None) => {
            let r = f.round_ties_even();
            if !r.is_finite() {
                return Err(vm.error("OverflowError", "cannot convert float infinity to integer"));
            }
            Ok(from_big(num_bigint::BigInt::from(r as i64)))
        }
        (Value::Float(f), Some(Value::Int(n))) => {
            let text = format!("{:.*}", n.max(0) as usize, f);
            Ok(Value::Float(text.parse().unwrap_or(*f)))
        }
        (v, _) if int::is_int(v) => Ok(v.clone()),
        (v, _) => Err(vm.type_error(format!("type {} doesn't define __round__ method", vm.type_name(v)))),
    }
}

fn id(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "id", &args, 1, 1)?;
    Ok(Value::Int(args[0].id()))
}

fn hash(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "hash", &args, 1, 1)?;
    let v = args[0].clone();
    Ok(Value::Int(vm.hash(&v)? as i64))
}

fn iter(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "iter", &args, 1, 1)?;
    vm.get_iter(&args[0])
}

fn next(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "next", &args, 1, 2)?;
    match vm.next(&args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr(crate::interp::exceptions::new_exception(vm.types.exception("StopIteration"), vec![]))),
        },
    }
}

fn any(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "any", &args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "all", &args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

pub(crate) fn divmod(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "divmod", &args, 2, 2)?;
    let q = vm.binary_op(2, &args[0], &args[1])?;
    let r = vm.binary_op(6, &args[0], &args[1])?;
    Ok(new_tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "pow", &args, 2, 3)?;
    if let Some(m) = args.get(2).filter(|m| !matches!(m, Value::None)) {
        let (Some(b), Some(e), Some(m)) = (to_big(&args[0]), to_big(&args[1]), to_big(m)) else {
            return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
        };
        if m == num_bigint::BigInt::from(0) {
            return Err(vm.error("ValueError", "pow() 3rd argument cannot be 0"));
        }
        let r = b.modpow(&e, &m);
        let r = if r.is_negative() != m.is_negative() && r != num_bigint::BigInt::from(0) { r + m } else { r };
        return Ok(from_big(r));
    }
    vm.binary_op(8, &args[0], &args[1])
}

fn radix(vm: &mut Vm, args: &Args, name: &str, base: u32, prefix: &str) -> PyResult {
    arity(vm, name, args, 1, 1)?;
    let Some(b) = to_big(&args[0]) else {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&args[0]))));
    };
    let s = b.abs().to_str_radix(base);
    Ok(Value::str(format!("{}{prefix}{s}", if b.is_negative() { "-" } else { "" })))
}

fn hex(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    radix(vm, &args, "hex", 16, "0x")
}

fn bin(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    radix(vm, &args, "bin", 2, "0b")
}

fn oct(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    radix(vm, &args, "oct", 8, "0o")
}

fn attr_name(vm: &Vm, v: &Value) -> Result<String, PyErr> {
    match v.as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(v)))),
    }
}

fn getattr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "getattr", &args, 2, 3)?;
    let name = attr_name(vm, &args[1])?;
    match vm.getattr(&args[0], &name) {
        Ok(v) => Ok(v),
        Err(e) => match args.get(2) {
            Some(d) if vm.exception_matches(&e.0, &Value::Obj(vm.types.exception("AttributeError")))? => Ok(d.clone()),
            _ => Err(e),
        },
    }
}

fn setattr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "setattr", &args, 3, 3)?;
    let name = attr_name(vm, &args[1])?;
    vm.setattr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "hasattr", &args, 2, 2)?;
    let name = attr_name(vm, &args[1])?;
    match vm.getattr(&args[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.exception_matches(&e.0, &Value::Obj(vm.types.exception("AttributeError")))? => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn callable(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "callable", &args, 1, 1)?;
    Ok(Value::Bool(match args[0].payload() {
        Some(Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod { .. } | Payload::Type(_)) => true,
        Some(Payload::Instance(i)) => crate::objects::types::lookup(&i.class, "__call__").is_some(),
        _ => false,
    }))
}

fn format(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "format", &args, 1, 2)?;
    let spec = args.get(1).and_then(|s| s.as_str()).unwrap_or("").to_string();
    Ok(Value::str(vm.format(&args[0], &spec)?))
}

/// Calls a built-in type: `int(x)`, `str(x)`, `list(it)`, `type(x)`...
pub fn construct_builtin(vm: &mut Vm, class: &Value, kind: Kind, args: Args, mut kwargs: Kwargs) -> PyResult {
    match kind {
        Kind::Int => {
            let base = kwarg(&mut kwargs, "base").or_else(|| args.get(1).cloned());
            no_kwargs(vm, "int", &kwargs)?;
            let Some(v) = args.first() else { return Ok(Value::Int(0)) };
            if let Some(s) = v.as_str() {
                let b = match base {
                    Some(Value::Int(b)) => b as u32,
                    _ => 10,
                };
                return match int::parse_int(s, b) {
                    Some(n) => Ok(from_big(n)),
                    None => {
                        let r = vm.repr(v)?;
                        Err(vm.error("ValueError", format!("invalid literal for int() with base {b}: {r}")))
                    }
                };
            }
            match v {
                Value::Int(_) => Ok(v.clone()),
                Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
                Value::Float(f) => {
                    if f.is_nan() {
                        return Err(vm.error("ValueError", "cannot convert float NaN to integer"));
                    }
                    if f.is_infinite() {
                        return Err(vm.error("OverflowError", "cannot convert float infinity to integer"));
                    }
                    Ok(if f.abs() < 9.0e18 {
                        Value::Int(f.trunc() as i64)
                    } else {
                        from_big(num_bigint::BigInt::from(f.trunc().to_i128().unwrap_or(0)))
                    })
                }
                _ => {
                    if let Some(Payload::BigInt(_)) = v.payload() {
                        return Ok(v.clone());
                    }
                    if let Some(r) = vm.call_dunder(v, "__int__", vec![]) {
                        return r;
                    }
                    Err(vm.type_error(format!(
                        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                        vm.type_name(v)
                    )))
                }
            }
        }
        Kind::Float => {
            let Some(v) = args.first() else { return Ok(Value::Float(0.0)) };
            if let Some(s) = v.as_str() {
                let t = s.trim().replace('_', "");
                let lower = t.to_ascii_lowercase();
                let parsed = match lower.trim_start_matches(['+', '-']) {
                    "inf" | "infinity" => Some(if lower.starts_with('-') { f64::NEG_INFINITY } else { f64::INFINITY }),
                    "nan" => Some(f64::NAN),
                    _ => t.parse::<f64>().ok(),
                };
                return match parsed {
                    Some(f) => Ok(Value::Float(f)),
                    None => {
                        let r = vm.repr(v)?;
                        Err(vm.error("ValueError", format!("could not convert string to float: {r}")))
                    }
                };
            }
            match to_f64(v) {
                Some(f) => Ok(Value::Float(f)),
                None => {
                    if let Some(r) = vm.call_dunder(v, "__float__", vec![]) {
                        return r;
                    }
                    Err(vm.type_error(format!("float() argument must be a string or a real number, not '{}'", vm.type_name(v))))
                }
            }
        }
        Kind::Str => match args.first() {
            None => Ok(Value::str("")),
            Some(v) => Ok(Value::str(vm.to_str(v)?)),
        },
        Kind::Bool => match args.first() {
            None => Ok(Value::Bool(false)),
            Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
        },
        Kind::List => match args.first() {
            None => Ok(new_list(vec![])),
            Some(v) => Ok(new_list(vm.seq_items(v)?)),
        },
        Kind::Tuple => match args.first() {
            None => Ok(new_tuple(vec![])),
            Some(v) => {
                if let Some(Payload::Tuple(_)) = v.payload() {
                    return Ok(v.clone());
                }
                Ok(new_tuple(vm.seq_items(v)?))
            }
        },
        Kind::Dict => {
            let d = vm.new_dict();
            if let Some(src) = args.first() {
                match src.payload() {
                    Some(Payload::Dict(s)) => {
                        let pairs: Vec<(Value, Value)> = s.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                        for (k, v) in pairs {
                            vm.setitem(&d, &k, v)?;
                        }
                    }
                    _ => {
                        for item in vm.seq_items(src)? {
                            let kv = vm.seq_items(&item)?;
                            if kv.len() != 2 {
                                return Err(vm.error(
                                    "ValueError",
                                    format!("dictionary update sequence element #0 has length {}; 2 is required", kv.len()),
                                ));
                            }
                            vm.setitem(&d, &kv[0], kv[1].clone())?;
                        }
                    }
                }
            }
            for (k, v) in kwargs {
                vm.setitem(&d, &Value::str(k), v)?;
            }
            Ok(d)
        }
        Kind::Set => {
            let d = RefCell::new(Dict::new());
            if let Some(src) = args.first() {
                for k in vm.seq_items(src)? {
                    vm.dict_set(&d, k, Value::None)?;
                }
            }
            Ok(Value::new_obj(Payload::Set(d)))
        }
        Kind::Range => {
            let ints: Result<Vec<i64>, PyErr> = args
                .iter()
                .map(|a| match a {
                    Value::Int(i) => Ok(*i),
                    Value::Bool(b) => Ok(i64::from(*b)),
                    other => Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(other)
                    ))),
                })
                .collect();
            let ints = ints?;
            let (start, stop, step) = match ints.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] => (*start, *stop, *step),
                [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
                _ => return Err(vm.type_error(format!("range expected at most 3 arguments, got {}", ints.len()))),
            };
            if step == 0 {
                return Err(vm.error("ValueError", "range() arg 3 must not be zero"));
            }
            Ok(Value::new_obj(Payload::Range { start, stop, step }))
        }
        Kind::Type => match args.len() {
            1 => Ok(Value::Obj(vm.types.type_of(&args[0]))),
            _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
        },
        Kind::Object => {
            if !args.is_empty() {
                return Err(vm.type_error("object() takes no arguments"));
            }
            Ok(vm.new_instance(&vm.types.object.clone()))
        }
        _ => {
            let name = vm.repr(class).unwrap_or_default();
            let tname = name.trim_start_matches("<class '").trim_end_matches("'>").to_string();
            Err(vm.type_error(format!("cannot create '{tname}' instances")))
        }
    }
}

/// `fmt % args` for str: `%s`, `%r`, `%d`, `%i`, `%f` (with precision), `%x`, `%%`.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult {
    let f = fmt.as_str().unwrap_or("").to_string();
    let values = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![args.clone()],
    };
    let mut out = String::new();
    let mut it = values.into_iter();
    let chars: Vec<char> = f.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut spec = String::new();
        while i < chars.len() && "-+ #0123456789.".contains(chars[i]) {
            spec.push(chars[i]);
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            return Err(vm.error("ValueError", "incomplete format"));
        };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let Some(v) = it.next() else {
            return Err(vm.type_error("not enough arguments for format string"));
        };
        let (align_left, rest) = match spec.strip_prefix('-') {
            Some(r) => (true, r.to_string()),
            None => (false, spec.clone()),
        };
        let body = match conv {
            's' => vm.to_str(&v)?,
            'r' => vm.repr(&v)?,
            'd' | 'i' | 'f' | 'x' | 'e' | 'g' => {
                let t = if conv == 'i' { 'd' } else { conv };
                let v2 = if t == 'd' {
                    match &v {
                        Value::Float(x) => Value::Int(x.trunc() as i64),
                        _ => v.clone(),
                    }
                } else {
                    v.clone()
                };
                vm.format(&v2, &format!("{rest}{t}"))?
            }
            other => return Err(vm.error("ValueError", format!("unsupported format character '{other}' (0x{:x})", other as u32))),
        };
        let width: usize = rest.split('.').next().unwrap_or("").trim_start_matches('0').parse().unwrap_or(0);
        let n = body.chars().count();
        if n < width && matches!(conv, 's' | 'r') {
            if align_left {
                out.push_str(&body);
                out.push_str(&" ".repeat(width - n));
            } else {
                out.push_str(&" ".repeat(width - n));
                out.push_str(&body);
            }
        } else if n < width && align_left {
            out.push_str(&body);
            out.push_str(&" ".repeat(width - n));
        } else {
            out.push_str(&body);
        }
    }
    if it.next().is_some() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(Value::str(out))
}
