//! The builtins module: functions, constructors of the built-in types, and the exception
//! classes.

pub mod async_iter;
pub mod code;
pub mod codec;
pub mod exc_attrs;
pub mod exc_group;
pub mod iters;
pub mod mappingproxy;
pub mod member;
pub mod methods;
pub mod oserror;
pub mod reduce;
pub mod site;
pub mod sort;
pub mod slots;
pub use sort::sort_values;
pub mod superobj;
pub mod tb;
pub mod type_names;

use crate::heap::Payload;
use crate::interp::call::{new_list, new_tuple};
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::dict::Dict;
use crate::objects::function::{BuiltinFn, BuiltinFunction};
use crate::objects::int::{self, from_big, to_big, to_f64};
use crate::objects::iter::IterState;
use crate::objects::types::Kind;
use crate::value::Value;
use num_traits::Signed;
use std::cell::RefCell;
use std::io::Write;

pub(crate) use crate::objects::function::{Args, Kwargs};

/// A built-in function value.
pub fn builtin(name: &'static str, func: BuiltinFn) -> Value {
    Value::new_obj(Payload::Builtin(BuiltinFunction { name, func, one: None }))
}

/// Builds the builtins dict.
pub fn make_builtins(vm: &Vm) -> Value {
    let mut d = Dict::new();
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("print", print),
        ("open", open),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("__build_class__", build_class),
        ("sorted", sorted),
        ("round", round),
        ("iter", iter),
        ("next", next),
        ("aiter", async_iter::aiter),
        ("anext", async_iter::anext),
        ("any", any),
        ("all", all),
        ("divmod", divmod),
        ("pow", pow),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("hasattr", hasattr),
        ("format", format),
        ("exec", code::exec),
        ("eval", code::eval),
        ("compile", code::compile),
        ("globals", code::globals),
        ("locals", code::locals),
        ("vars", code::vars),
        ("dir", code::dir),
    ];
    for &(name, func, one) in ONE_ARG {
        let _ = d.set(crate::objects::str::intern(name), Value::new_obj(Payload::Builtin(BuiltinFunction { name, func, one: Some(one) })));
    }
    for (name, f) in fns.iter().chain(site::functions().iter()) {
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
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("frozenset", &t.frozenset),
        ("complex", &t.complex),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("memoryview", &t.memoryview),
        ("slice", &t.slice),
        ("super", &t.super_),
    ] {
        d.set_str(name, Value::Obj(ty.clone()));
    }
    for ty in t.iter_types.iter() {
        if let crate::heap::Payload::Type(tt) = &ty.payload
            && matches!(tt.name.as_str(), "zip" | "map" | "filter" | "enumerate" | "reversed")
        {
            d.set_str(&tt.name, Value::Obj(ty.clone()));
        }
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
    d.set_str("NotImplemented", Value::not_implemented());
    d.set_str("Ellipsis", Value::ellipsis());
    d.set_str("__name__", Value::str("builtins"));
    d.set_str("__doc__", Value::str(site::BUILTINS_DOC));
    Value::new_obj(Payload::Dict(RefCell::new(d)))
}

/// The docstrings of builtins (CPython's text).
pub fn builtin_doc(name: &str) -> Option<&'static str> {
    Some(match name {
        "len" => "Return the number of items in a container.",
        "abs" => "Return the absolute value of the argument.",
        "repr" => "Return the canonical string representation of the object.\n\nFor many object types, including most builtins, eval(repr(obj)) == obj.",
        "callable" => "Return whether the object is callable (i.e., some kind of function).\n\nNote that classes are callable, as are instances of classes with a\n__call__() method.",
        _ => return None,
    })
}

/// `object.__doc__`.
pub const OBJECT_DOC: &str = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n";

pub(crate) fn kwarg(kwargs: &mut Kwargs, name: &str) -> Option<Value> {
    let i = kwargs.iter().position(|(k, _)| k == name)?;
    Some(kwargs.remove(i).1)
}

fn no_kwargs_named(vm: &Vm, name: &str, kwargs: &Kwargs) -> Result<(), PyErr> {
    match kwargs.first() {
        Some(_) => Err(vm.type_error(format!("{name}() takes no keyword arguments"))),
        None => Ok(()),
    }
}

fn no_kwargs(vm: &Vm, name: &str, kwargs: &Kwargs) -> Result<(), PyErr> {
    match kwargs.first() {
        Some((k, _)) => Err(vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'"))),
        None => Ok(()),
    }
}

fn arity(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> Result<(), PyErr> {
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

/// `open()`: `_io.open`.
fn open(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let m = vm.import_module("_io")?;
    let f = vm.getattr(&m, "open")?;
    vm.call(f, args.into_vec(), kwargs)
}

fn print(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    let sep = kwarg(&mut kwargs, "sep");
    let end = kwarg(&mut kwargs, "end");
    let _flush = kwarg(&mut kwargs, "flush");
    let file = kwarg(&mut kwargs, "file");
    if let Some((k, _)) = kwargs.first() {
        let names = ["sep", "end", "file", "flush"].map(String::from);
        return Err(methods::unexpected_keyword(vm, "print", k, &names));
    }
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
    // A str with lone surrogates cannot be written to stdout (strict UTF-8): what came
    // before it is written, then its UnicodeEncodeError raised. stderr backslash-escapes.
    let mut bad: Option<(usize, PyErr)> = None;
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        let text = vm.to_str(a)?;
        let base = crate::objects::str::surrogate_base(a);
        if base != 0 {
            if bad.is_none()
                && let Err(e) = codec::encode_text(vm, codec::Codec::Utf8, &text, base, "strict")
            {
                bad = Some((out.len(), e));
            }
            let escaped = codec::encode_text(vm, codec::Codec::Utf8, &text, base, "backslashreplace")?;
            out.push_str(&String::from_utf8_lossy(&escaped));
            continue;
        }
        out.push_str(&text);
    }
    out.push_str(&end);
    // print() writes to sys.stdout as it is now (a program may have replaced it).
    let file = match file {
        None | Some(Value::None) => match crate::import::module_get(&vm.import.sys, "stdout") {
            Some(f) if !f.is(&vm.stdout_marker) => Some(f),
            _ => None,
        },
        f => f,
    };
    match file {
        Some(f) if !f.is(&vm.stderr_marker) && !f.is(&vm.stdout_marker) => {
            if matches!(f, Value::None) {
                return Ok(Value::None);
            }
            // As CPython: one write per argument, separator and end.
            let w = vm.getattr(&f, "write")?;
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    vm.call(w.clone(), vec![Value::str(sep.clone())], vec![])?;
                }
                let text = vm.to_str(a)?;
                let text = crate::objects::str::from_proxy(text, crate::objects::str::surrogate_base(a));
                vm.call(w.clone(), vec![text], vec![])?;
            }
            vm.call(w, vec![Value::str(end.clone())], vec![])?;
            if let Some(fl) = _flush
                && vm.truthy(&fl)?
            {
                let fl = vm.getattr(&f, "flush")?;
                vm.call(fl, vec![], vec![])?;
            }
        }
        Some(f) if f.is(&vm.stderr_marker) => {
            if matches!(vm.out, crate::interp::Output::Stdout(_)) {
                vm.flush();
                let _ = std::io::stderr().write_all(out.as_bytes());
            } else {
                vm.err_out.extend_from_slice(out.as_bytes());
            }
        }
        _ => {
            if let Some((cut, e)) = bad {
                let _ = vm.out.write_all(&out.as_bytes()[..cut]);
                return Err(e);
            }
            let _ = vm.out.write_all(out.as_bytes());
        }
    }
    Ok(Value::None)
}

/// `len(v)` as a number.
pub fn length(vm: &mut Vm, v: &Value) -> Result<usize, PyErr> {
    Ok(match v.payload() {
        Some(Payload::Str(s)) => s.char_count(),
        Some(Payload::List(l)) => l.borrow().len(),
        Some(Payload::Tuple(t)) => t.len(),
        Some(Payload::Dict(d) | Payload::Set(d) | Payload::FrozenSet(d)) => d.borrow().len(),
        Some(Payload::Bytes(b)) => b.len(),
        Some(Payload::ByteArray(b)) => b.borrow().len(),
        Some(Payload::MemoryView(_)) => methods::memview_len(vm, v)?,
        Some(Payload::Range { start, stop, step }) => crate::interp::ops::range_len(*start, *stop, *step) as usize,
        Some(Payload::BigRange(r)) => match num_traits::ToPrimitive::to_usize(&r.len).filter(|n| i64::try_from(*n).is_ok()) {
            Some(n) => n,
            None => return Err(vm.error("OverflowError", "Python int too large to convert to C ssize_t")),
        },
        Some(Payload::DictView { dict, .. }) => match dict.payload() {
            Some(Payload::Dict(d)) => d.borrow().len(),
            _ => 0,
        },
        Some(Payload::Instance(_) | Payload::Type(_)) => match vm.call_dunder(v, "__len__", vec![]) {
            Some(r) => {
                let r = r?;
                len_result(vm, r)?
            }
            None => return Err(vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v)))),
        },
        _ => return Err(vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v)))),
    })
}

/// The length a `__len__` returned: an int (or `__index__`) that is >= 0 and fits.
pub fn len_result(vm: &mut Vm, r: Value) -> Result<usize, PyErr> {
    let r = match r {
        Value::Int(_) | Value::Bool(_) => r,
        _ if matches!(r.payload(), Some(Payload::BigInt(_))) => r,
        _ => match vm.call_dunder(&r, "__index__", vec![]) {
            Some(i) => i?,
            None => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&r)))),
        },
    };
    match r {
        Value::Int(i) if i >= 0 => Ok(i as usize),
        Value::Bool(b) => Ok(usize::from(b)),
        Value::Int(_) => Err(vm.error("ValueError", "__len__() should return >= 0")),
        _ => match r.payload() {
            Some(Payload::BigInt(b)) if b.is_negative() => Err(vm.error("ValueError", "__len__() should return >= 0")),
            _ => Err(vm.error("OverflowError", format!("cannot fit '{}' into an index-sized integer", vm.type_name(&r)))),
        },
    }
}

/// `isinstance` as the function pointer its built-in object holds: CALL answers its common
/// calls itself (`Vm::call_known_builtin`).
pub(crate) const ISINSTANCE: crate::objects::function::BuiltinFn = isinstance;

/// The one-argument built-in functions: `name` is the general form (it checks the call
/// with `methods::only_arg`), `one` the form CALL runs with one positional argument.
macro_rules! one_arg_builtins {
    ($($name:ident => $one:ident),* $(,)?) => {
        $(fn $name(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
            let v = methods::only_arg(vm, stringify!($name), &args, &kwargs)?;
            $one(vm, v)
        })*
        const ONE_ARG: &[(&str, crate::objects::function::BuiltinFn, crate::objects::function::OneFn)] =
            &[$((stringify!($name), $name, $one)),*];
    };
}

one_arg_builtins!(
    len => len_one,
    repr => repr_one,
    abs => abs_one,
    chr => chr_one,
    ord => ord_one,
    id => id_one,
    hash => hash_one,
    hex => hex_one,
    bin => bin_one,
    oct => oct_one,
    callable => callable_one,
    ascii => ascii_one,
);

fn len_one(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::Int(length(vm, v)? as i64))
}

fn repr_one(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::str(vm.repr(v)?))
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

fn ascii_one(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::str(ascii_of(&vm.repr(v)?)))
}

pub(crate) fn abs_one(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => from_big(to_big(v).unwrap_or_default().abs()),
        },
        Value::Bool(b) => Value::Int(i64::from(*b)),
        Value::Float(f) => Value::float(f.abs()),
        v => match v.payload() {
            Some(Payload::BigInt(b)) => from_big(b.abs()),
            Some(Payload::Complex { re, im }) => Value::float(re.hypot(*im)),
            _ => match vm.call_dunder(v, "__abs__", vec![]) {
                Some(r) => r?,
                None => return Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))),
            },
        },
    })
}

fn min_max(vm: &mut Vm, args: Args, mut kwargs: Kwargs, name: &'static str, op: u32) -> PyResult {
    let key = kwarg(&mut kwargs, "key").filter(|k| !matches!(k, Value::None));
    let default = kwarg(&mut kwargs, "default");
    no_kwargs(vm, name, &kwargs)?;
    let mut state = MinMaxState::new(name, op, key);
    match args.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        // Items are compared as they come, as CPython's min_max iterates.
        1 => {
            let it = vm.get_iter(&args[0])?;
            while let Some(item) = vm.next(&it)? {
                state.add(vm, item)?;
            }
        }
        _ if default.is_some() => {
            return Err(vm.type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
        }
        _ => {
            for item in args.into_vec() {
                state.add(vm, item)?;
            }
        }
    }
    state.finish(vm, default)
}

/// `min()`/`max()`'s best item so far (the loop drains a generator into one, see
/// `interp::consume`).
#[derive(Debug)]
pub struct MinMaxState {
    name: &'static str,
    /// The comparison that makes an item the new best (`<` for min, `>` for max).
    op: u32,
    key: Option<Value>,
    /// The best item's key and the item.
    best: Option<(Value, Value)>,
}

impl MinMaxState {
    pub(crate) fn new(name: &'static str, op: u32, key: Option<Value>) -> MinMaxState {
        MinMaxState { name, op, key, best: None }
    }

    /// `min` (false) or `max` (true) with no key.
    pub(crate) fn plain(max: bool) -> MinMaxState {
        if max { MinMaxState::new("max", 4, None) } else { MinMaxState::new("min", 0, None) }
    }

    /// Compares `item` with the best so far when neither comparison nor key can run
    /// Python code (no key; ints, floats, bools, None and strs); gives `item` back
    /// otherwise.
    pub(crate) fn add_plain(&mut self, vm: &mut Vm, item: Value) -> Result<Result<(), PyErr>, Value> {
        let plain = |v: &Value| v.as_obj().is_none() || matches!(v.payload(), Some(Payload::Str(_) | Payload::BigInt(_)));
        if self.key.is_some() || !plain(&item) {
            return Err(item);
        }
        match &self.best {
            None => {
                self.best = Some((item.clone(), item));
                Ok(Ok(()))
            }
            Some((bk, _)) if plain(bk) => Ok(self.add(vm, item)),
            Some(_) => Err(item),
        }
    }

    /// Takes `item`: its key, compared with the best's.
    pub(crate) fn add(&mut self, vm: &mut Vm, item: Value) -> Result<(), PyErr> {
        let k = match &self.key {
            Some(f) => vm.call(f.clone(), vec![item.clone()], vec![])?,
            None => item.clone(),
        };
        let better = match &self.best {
            None => true,
            Some((bk, _)) => {
                let r = vm.compare(self.op, &k, bk)?;
                vm.truthy(&r)?
            }
        };
        if better {
            self.best = Some((k, item));
        }
        Ok(())
    }

    /// The best item; `default`, or ValueError, when there was none.
    pub(crate) fn finish(self, vm: &Vm, default: Option<Value>) -> PyResult {
        match (self.best, default) {
            (Some((_, v)), _) => Ok(v),
            (None, Some(d)) => Ok(d),
            (None, None) => Err(vm.error("ValueError", format!("{}() iterable argument is empty", self.name))),
        }
    }
}

pub(crate) fn min(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    min_max(vm, args, kwargs, "min", 0)
}

pub(crate) fn max(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    min_max(vm, args, kwargs, "max", 4)
}

pub(crate) fn sum(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    let start = kwarg(&mut kwargs, "start");
    arity(vm, "sum", &args, 1, 2)?;
    let state = SumState::new(vm, start.or_else(|| args.get(1).cloned()).unwrap_or(Value::Int(0)))?;
    let it = vm.get_iter(&args[0])?;
    state.add_rest(vm, &it)
}

/// `sum()`'s running total, item by item (the loop drains a generator into one, see
/// `interp::consume`): CPython's order of additions and its float compensation.
#[derive(Debug)]
pub struct SumState {
    acc: Value,
    /// Floats add with Neumaier compensation, as CPython's sum: the running correction.
    comp: f64,
    in_float: bool,
}

impl SumState {
    /// A total starting at `start`; sum's TypeError for a str, bytes or bytearray start.
    pub(crate) fn new(vm: &Vm, start: Value) -> Result<SumState, PyErr> {
        if start.as_str().is_some() {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
        }
        if matches!(start.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_))) {
            let what = if matches!(start.payload(), Some(Payload::Bytes(_))) { "bytes" } else { "bytearray" };
            return Err(vm.type_error(format!("sum() can't sum {what} [use b''.join(seq) instead]")));
        }
        Ok(SumState { acc: start, comp: 0.0, in_float: false })
    }

    /// Adds `v` when the total and `v` are machine ints or floats (no object is called);
    /// gives `v` back otherwise.
    #[inline]
    pub(crate) fn add_number(&mut self, v: Value) -> Result<(), Value> {
        // Machine ints add in place until one overflows (CPython's i_result loop).
        if let (Value::Int(a), Value::Int(b)) = (&self.acc, &v)
            && let Some(t) = a.checked_add(*b)
        {
            self.acc = Value::Int(t);
            return Ok(());
        }
        if let (Value::Float(a), Some(b)) = (&self.acc, if matches!(v, Value::Float(_) | Value::Int(_)) { int::to_f64(&v) } else { None }) {
            let (a, b) = (*a, b);
            let t = a + b;
            if t.is_finite() {
                self.comp += if a.abs() >= b.abs() { (a - t) + b } else { (b - t) + a };
            }
            self.in_float = true;
            self.acc = Value::float(t);
            return Ok(());
        }
        Err(v)
    }

    /// Adds `v` as `+` does.
    pub(crate) fn add(&mut self, vm: &mut Vm, v: Value) -> Result<(), PyErr> {
        let Err(v) = self.add_number(v) else { return Ok(()) };
        self.settle();
        self.acc = vm.binary_op(0, &self.acc, &v)?;
        Ok(())
    }

    /// The total so far is the accumulator with no correction pending.
    fn settle(&mut self) {
        if self.in_float {
            if let Value::Float(a) = self.acc
                && self.comp != 0.0
                && self.comp.is_finite()
            {
                self.acc = Value::float(a + self.comp);
            }
            self.comp = 0.0;
            self.in_float = false;
        }
    }

    /// The operand the next general addition would take: the total so far.
    pub(crate) fn total(&self) -> &Value {
        &self.acc
    }

    /// Adds the rest of iterator `it` and gives the sum.
    pub(crate) fn add_rest(mut self, vm: &mut Vm, it: &Value) -> PyResult {
        while let Some(v) = vm.next(it)? {
            self.add(vm, v)?;
        }
        Ok(self.finish())
    }

    /// The sum.
    pub(crate) fn finish(mut self) -> Value {
        self.settle();
        self.acc
    }
}

/// Is `class` a subclass of `spec` (a class or a union; tuples are taken apart by
/// [`class_check`])? `fname` names the builtin in the TypeError for anything else.
fn class_matches(vm: &mut Vm, class: &crate::value::ObjRef, spec: &Value, fname: &str) -> Result<bool, PyErr> {
    match spec.payload() {
        Some(Payload::Type(_)) => {
            let Some(o) = spec.as_obj() else { return Ok(false) };
            Ok(crate::objects::types::is_subclass(class, o))
        }
        _ => {
            if let Some(args) = crate::modules::union::args_of(spec) {
                for it in &args {
                    if crate::modules::generic_alias::is_alias(it) {
                        return Err(vm.type_error(format!("{fname}() argument 2 cannot be a parameterized generic")));
                    }
                }
                for it in &args {
                    if class_matches(vm, class, it, fname)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            let what = if fname == "issubclass" { "a class, a tuple of classes" } else { "a type, a tuple of types" };
            Err(vm.type_error(format!("{fname}() arg 2 must be {what}, or a union")))
        }
    }
}

/// `isinstance(obj, spec)` (`instance` true) or `issubclass(obj, spec)`, as CPython's
/// `object_recursive_isinstance`/`_subclass`: a tuple's items are each checked in full, a
/// metaclass's `__instancecheck__`/`__subclasscheck__` included, `depth` levels of tuples
/// deep (too deep is RecursionError, as CPython's recursion check says).
fn class_check(vm: &mut Vm, obj: &Value, class: &crate::value::ObjRef, spec: &Value, instance: bool, depth: usize) -> Result<bool, PyErr> {
    let (fname, hook) = if instance { ("isinstance", "__instancecheck__") } else { ("issubclass", "__subclasscheck__") };
    if let Some(Payload::Tuple(items)) = spec.payload() {
        if vm.depth() + depth >= vm.recursion_limit {
            return Err(vm.error("RecursionError", format!("maximum recursion depth exceeded in {hook}")));
        }
        for it in items.iter() {
            if class_check(vm, obj, class, it, instance, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    // A metaclass's own hook decides (abc.ABCMeta's registry), after the exact-type
    // shortcut CPython's isinstance also takes.
    if let Some(check) = metaclass_hook(vm, spec, hook)
        && !(instance && matches!(spec.as_obj(), Some(c) if std::rc::Rc::ptr_eq(c, class)))
    {
        let r = vm.call(check, vec![spec.clone(), obj.clone()], vec![])?;
        return vm.truthy(&r);
    }
    class_matches(vm, class, spec, fname)
}

fn isinstance(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "isinstance", &args, 2, 2)?;
    let class = vm.types.type_of(&args[0]);
    Ok(Value::Bool(class_check(vm, &args[0], &class, &args[1], true, 0)?))
}

fn issubclass(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "issubclass", &args, 2, 2)?;
    let Some(class) = args[0].as_obj().filter(|o| matches!(o.payload, Payload::Type(_))).cloned() else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::Bool(class_check(vm, &args[0], &class, &args[1], false, 0)?))
}

/// `type(cls).name` when `cls` is a class whose metaclass defines `name` in Python, or an
/// object whose class does (typing's special forms, a parameterized generic).
fn metaclass_hook(vm: &Vm, cls: &Value, name: &str) -> Option<Value> {
    if let Some(Payload::Instance(i)) = cls.payload() {
        if crate::modules::union::args_of(cls).is_some() {
            return None;
        }
        return crate::objects::types::lookup(&i.class(), name);
    }
    let Some(Payload::Type(t)) = cls.payload() else { return None };
    let meta = t.meta.borrow().clone()?;
    let f = crate::objects::types::lookup(&meta, name)?;
    let _ = vm;
    matches!(f.payload(), Some(Payload::Function(_))).then_some(f)
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
pub fn exception_init(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let mut it = args.into_iter();
    if let Some(receiver) = it.next()
        && let Some(Payload::Instance(i)) = receiver.payload()
    {
        let rest: Vec<Value> = it.collect();
        if vm.is_instance_of(&receiver, "StopIteration") {
            i.attrs().borrow_mut().set_str("value", rest.first().cloned().unwrap_or(Value::None));
        }
        *i.exc().args.borrow_mut() = new_tuple(rest);
        exc_attrs::init_kwargs(vm, &receiver, kwargs)?;
    }
    Ok(Value::None)
}

pub(crate) fn build_class(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    vm.build_class(args.into_vec(), kwargs)
}

fn iter_of(items: Vec<Value>) -> Value {
    Value::new_obj(Payload::Iter(RefCell::new(IterState::Values { items, pos: 0, kind: crate::objects::iter::K_REVERSED })))
}

pub(crate) fn enumerate(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let given = args.len() + kwargs.len();
    if given > 2 {
        return Err(vm.type_error(format!("enumerate() takes at most 2 arguments ({given} given)")));
    }
    let mut params = [args.first().cloned(), args.get(1).cloned()];
    for (k, v) in kwargs {
        // A parameter already given by position is an invalid keyword too, as 3.14 says.
        let slot = match k.as_str() {
            "iterable" => Some(0),
            "start" => Some(1),
            _ => None,
        };
        match slot.filter(|&i| params[i].is_none()) {
            Some(i) => params[i] = Some(v),
            None => return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for enumerate()"))),
        }
    }
    let [iterable, start] = params;
    let Some(iterable) = iterable else { return Err(vm.type_error("enumerate() missing required argument 'iterable'")) };
    let n = match start {
        None => Value::Int(0),
        Some(v) => match vm.index_int(&v)? {
            Some(i) => i,
            None => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&v)))),
        },
    };
    let it = vm.get_iter(&iterable)?;
    Ok(Value::new_obj(Payload::Iter(RefCell::new(IterState::Enumerate { it, n, last: Value::Null }))))
}

pub(crate) fn zip(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    let strict = match kwarg(&mut kwargs, "strict") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    no_kwargs(vm, "zip", &kwargs)?;
    let mut iters = Vec::with_capacity(args.len());
    for a in &args {
        match vm.get_iter(a) {
            Ok(it) => iters.push(it),
            Err(_) => return Err(vm.type_error(format!("'{}' object is not iterable", vm.type_name(a)))),
        }
    }
    let state = if strict { IterState::ZipStrict { iters } } else { IterState::Zip { iters, last: Value::Null } };
    Ok(Value::new_obj(Payload::Iter(RefCell::new(state))))
}

pub(crate) fn map(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
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

pub(crate) fn filter(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "filter", &args, 2, 2)?;
    let it = vm.get_iter(&args[1])?;
    Ok(Value::new_obj(Payload::Iter(RefCell::new(IterState::Filter { func: args[0].clone(), it }))))
}

pub(crate) fn sorted(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    if args.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    // As CPython: list(iterable) first, then list.sort(**kwargs) with its own messages.
    let mut items = vm.seq_items(&args[0])?;
    let key = kwarg(&mut kwargs, "key").filter(|k| !matches!(k, Value::None));
    let reverse = match kwarg(&mut kwargs, "reverse") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    no_kwargs(vm, "sort", &kwargs)?;
    sort_values(vm, &mut items, key, reverse)?;
    Ok(new_list(items))
}

pub(crate) fn reversed(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    no_kwargs_named(vm, "reversed", &kwargs)?;
    arity(vm, "reversed", &args, 1, 1)?;
    let seq = &args[0];
    let ty = vm.types.type_of(seq);
    match crate::objects::types::lookup(&ty, "__reversed__") {
        Some(Value::None) => {}
        Some(m) => return vm.call(m, vec![seq.clone()], vec![]),
        None => match seq.payload() {
            Some(Payload::Str(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_)) => {
                let mut items = vm.seq_items(seq)?;
                items.reverse();
                return Ok(iter_of(items));
            }
            Some(Payload::Instance(_))
                if crate::objects::types::lookup(&ty, "__getitem__").is_some() && crate::objects::types::lookup(&ty, "__len__").is_some() =>
            {
                let n = length(vm, seq)? as i64;
                return Ok(Value::new_obj(Payload::Iter(RefCell::new(IterState::Reversed { seq: seq.clone(), idx: n - 1 }))));
            }
            _ => {}
        },
    }
    Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(seq))))
}

fn chr_one(vm: &mut Vm, v: &Value) -> PyResult {
    // Any integer (bools, `__index__`, ints of any size): those outside the range are
    // ValueError, as in CPython 3.14.
    let code = match v {
        Value::Int(i) => Some(*i),
        _ => match vm.index_int(v)? {
            Some(Value::Int(i)) => Some(i),
            Some(_) => None,
            None => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
        },
    };
    match code.and_then(|i| u32::try_from(i).ok()).filter(|&c| c <= 0x10FFFF) {
        Some(c) => Ok(match char::from_u32(c) {
            Some(ch) => crate::objects::str::char_str(ch),
            None => crate::objects::str::from_code_points(&[c]),
        }),
        None => Err(vm.error("ValueError", "chr() arg not in range(0x110000)")),
    }
}

fn ord_one(vm: &mut Vm, v: &Value) -> PyResult {
    match v.as_str() {
        Some(s) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(Value::Int(i64::from(crate::objects::str::unproxy(c as u32, crate::objects::str::surrogate_base(v))))),
                _ => Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    crate::objects::str::char_len(s)
                ))),
            }
        }
        None => match v.payload() {
            Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
                let b = methods::bytes_like(v).unwrap_or_default();
                match b.as_slice() {
                    [c] => Ok(Value::Int(i64::from(*c))),
                    _ => Err(vm.type_error(format!("ord() expected a character, but string of length {} found", b.len()))),
                }
            }
            _ => Err(vm.type_error(format!("ord() expected string of length 1, but {} found", vm.type_name(v)))),
        },
    }
}

fn round(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    let nd = kwarg(&mut kwargs, "ndigits");
    no_kwargs(vm, "round", &kwargs)?;
    arity(vm, "round", &args, 1, 2)?;
    let nd = nd.or_else(|| args.get(1).cloned()).filter(|v| !matches!(v, Value::None));
    let x = &args[0];
    let ty = vm.types.type_of(x);
    let Some(m) = crate::objects::types::lookup(&ty, "__round__") else {
        return Err(vm.type_error(format!("type {} doesn't define __round__ method", vm.type_name(x))));
    };
    let mut call_args = vec![x.clone()];
    call_args.extend(nd);
    vm.call(m, call_args, vec![])
}

fn id_one(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::Int(v.id()))
}

fn hash_one(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::Int(vm.hash(v)? as i64))
}

fn iter(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    no_kwargs_named(vm, "iter", &kwargs)?;
    arity(vm, "iter", &args, 1, 2)?;
    if let Some(sentinel) = args.get(1) {
        let callable = callable(vm, smallvec::smallvec![args[0].clone()], vec![])?;
        if !matches!(callable, Value::Bool(true)) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(Value::new_obj(Payload::Iter(RefCell::new(IterState::Call { func: args[0].clone(), sentinel: sentinel.clone() }))));
    }
    vm.get_iter(&args[0])
}

pub(crate) fn next(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "next", &args, 1, 2)?;
    if let Some(Payload::Generator(_)) = args[0].payload() {
        return match vm.gen_resume(&args[0], crate::interp::generators::Resume::Send(Value::None))? {
            crate::interp::generators::GenOutcome::Yielded(v) => Ok(v),
            crate::interp::generators::GenOutcome::Returned(v) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(v)),
            },
        };
    }
    match vm.next(&args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr(crate::interp::exceptions::new_exception(vm.types.exception("StopIteration"), vec![]))),
        },
    }
}

pub(crate) fn any(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "any", &args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

pub(crate) fn all(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
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
    let (a, b) = (slots::unwrap_native(&args[0]), slots::unwrap_native(&args[1]));
    let real = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_)) || matches!(v.payload(), Some(Payload::BigInt(_)));
    if real(&a) && real(&b) {
        let q = vm.binary_op(2, &a, &b)?;
        let r = vm.binary_op(6, &a, &b)?;
        return Ok(new_tuple([q, r]));
    }
    // User types: __divmod__, then the right operand's __rdivmod__.
    if !real(&args[0])
        && let Some(r) = vm.call_dunder(&args[0], "__divmod__", vec![args[1].clone()])
    {
        let r = r?;
        if !matches!(r.payload(), Some(Payload::NotImplemented)) {
            return Ok(r);
        }
    }
    if !real(&args[1])
        && let Some(r) = vm.call_dunder(&args[1], "__rdivmod__", vec![args[0].clone()])
    {
        let r = r?;
        if !matches!(r.payload(), Some(Payload::NotImplemented)) {
            return Ok(r);
        }
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(&args[0]),
        vm.type_name(&args[1])
    )))
}

fn pow(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let args = if kwargs.is_empty() && (2..=3).contains(&args.len()) {
        args
    } else {
        let mut full = vec![Value::Null];
        full.extend(args);
        let bound = methods::bind_args(vm, "pow", &full, &kwargs, &["base", "exp", "mod"], 2)?;
        bound.into_iter().map(|v| v.unwrap_or(Value::None)).collect()
    };
    if let Some(m) = args.get(2).filter(|m| !matches!(m, Value::None)) {
        // The base's own three-argument __pow__ (decimal.Decimal's, a class's).
        if matches!(args[0].payload(), Some(crate::heap::Payload::Instance(_)))
            && let Some(r) = vm.call_dunder(&args[0], "__pow__", vec![args[1].clone(), m.clone()])
        {
            let r = r?;
            if !r.is(&Value::not_implemented()) {
                return Ok(r);
            }
        }
        let (Some(b), Some(e), Some(m)) = (to_big(&args[0]), to_big(&args[1]), to_big(m)) else {
            return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
        };
        if m == num_bigint::BigInt::from(0) {
            return Err(vm.error("ValueError", "pow() 3rd argument cannot be 0"));
        }
        let (b, e) = if e.is_negative() {
            match mod_inverse(&b, &m) {
                Some(inv) => (inv, -e),
                None => return Err(vm.error("ValueError", "base is not invertible for the given modulus")),
            }
        } else {
            (b, e)
        };
        let r = b.modpow(&e, &m);
        let r = if r.is_negative() != m.is_negative() && r != num_bigint::BigInt::from(0) { r + m } else { r };
        return Ok(from_big(r));
    }
    vm.binary_op(8, &args[0], &args[1])
}

/// The inverse of `a` modulo `m`, if any.
fn mod_inverse(a: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_integer::Integer;
    let m_abs = m.abs();
    let a = a.mod_floor(&m_abs);
    let g = a.extended_gcd(&m_abs);
    if g.gcd != num_bigint::BigInt::from(1) {
        return None;
    }
    Some(g.x.mod_floor(&m_abs))
}

fn radix(vm: &mut Vm, arg: &Value, base: u32, prefix: &str) -> PyResult {
    let v = vm.index_int(arg)?.unwrap_or(Value::None);
    let Some(b) = to_big(&v) else {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(arg))));
    };
    let s = b.abs().to_str_radix(base);
    Ok(Value::str(format!("{}{prefix}{s}", if b.is_negative() { "-" } else { "" })))
}

fn hex_one(vm: &mut Vm, v: &Value) -> PyResult {
    radix(vm, v, 16, "0x")
}

fn bin_one(vm: &mut Vm, v: &Value) -> PyResult {
    radix(vm, v, 2, "0b")
}

fn oct_one(vm: &mut Vm, v: &Value) -> PyResult {
    radix(vm, v, 8, "0o")
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

fn delattr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "delattr", &args, 2, 2)?;
    let name = attr_name(vm, &args[1])?;
    vm.delattr(&args[0], &name)?;
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

fn callable_one(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::Bool(callable_value(vm, v)))
}

/// Does calling `v` do something (`callable(v)`)?
pub fn callable_value(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod { .. } | Payload::Type(_) | Payload::MethodDescr { .. } | Payload::StaticMethod(_),
        ) => true,
        Some(Payload::Instance(i)) => crate::objects::types::lookup(&i.class(), "__call__").is_some_and(|c| !matches!(c, Value::None)),
        _ => {
            let _ = vm;
            false
        }
    }
}

fn format(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    arity(vm, "format", &args, 1, 2)?;
    let spec = args.get(1).and_then(|s| s.as_str()).unwrap_or("").to_string();
    vm.format_value(&args[0], &spec)
}

/// Calls a built-in type: `int(x)`, `str(x)`, `list(it)`, `type(x)`...
pub fn construct_builtin(vm: &mut Vm, class: &Value, kind: Kind, args: Args, mut kwargs: Kwargs) -> PyResult {
    match kind {
        Kind::Int => {
            if args.len() > 2 {
                return Err(vm.type_error(format!("int expected at most 2 arguments, got {}", args.len())));
            }
            if args.len() + kwargs.len() > 2 {
                return Err(vm.type_error(format!("int() takes at most 2 arguments ({} given)", args.len() + kwargs.len())));
            }
            let base = kwarg(&mut kwargs, "base").or_else(|| args.get(1).cloned());
            no_kwargs(vm, "int", &kwargs)?;
            let Some(v) = args.first() else { return Ok(Value::Int(0)) };
            if base.is_none()
                && let Some(n) = v.as_str().and_then(plain_decimal)
            {
                return Ok(Value::Int(n));
            }
            let text = match methods::bytes_like(v) {
                Some(b) => Some(String::from_utf8_lossy(&b).into_owned()),
                None => v.as_str().map(str::to_string),
            };
            if let Some(s) = text {
                let b = match &base {
                    None => 10,
                    Some(bv) => {
                        let bi = methods::index_value(vm, bv)?;
                        if bi != 0 && !(2..=36).contains(&bi) {
                            return Err(vm.error("ValueError", "int() base must be >= 2 and <= 36, or 0"));
                        }
                        bi as u32
                    }
                };
                if b != 0 && !b.is_power_of_two() {
                    let digits = s.chars().filter(char::is_ascii_digit).count();
                    if let Some(m) = int::parse_digits_error(digits) {
                        return Err(vm.error("ValueError", m));
                    }
                }
                return match parse_int_text(&s, b) {
                    Some(n) => Ok(from_big(n)),
                    None => {
                        let r = vm.repr(v)?;
                        Err(vm.error("ValueError", format!("invalid literal for int() with base {b}: {r}")))
                    }
                };
            }
            if base.is_some() {
                return Err(vm.type_error("int() can't convert non-string with explicit base"));
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
                        from_big(<num_bigint::BigInt as num_traits::FromPrimitive>::from_f64(f.trunc()).unwrap_or_default())
                    })
                }
                _ => {
                    if let Some(Payload::BigInt(_)) = v.payload() {
                        return Ok(v.clone());
                    }
                    if let Some(r) = vm.call_dunder(v, "__int__", vec![]) {
                        let r = r?;
                        if !int::is_int(&r) {
                            return Err(vm.type_error(format!("__int__ returned non-int (type {})", vm.type_name(&r))));
                        }
                        return Ok(slots::unwrap_native(&r));
                    }
                    if let Some(r) = vm.index_int(v)? {
                        return Ok(r);
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
                // Plain decimal text (digits, point, exponent, signs) reads as Rust reads it;
                // the general path below handles spaces, underscores, non-ASCII digits,
                // "inf"/"nan" and errors.
                if !s.is_empty()
                    && s.bytes().all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-'))
                    && let Ok(f) = s.parse::<f64>()
                {
                    return Ok(Value::float(f));
                }
                let converted = methods::ascii_digits(s);
                let trimmed = converted.trim();
                // Underscores only between digits.
                let b = trimmed.as_bytes();
                let underscores_ok = b.iter().enumerate().all(|(i, &c)| {
                    c != b'_' || (i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit))
                });
                let t = trimmed.replace('_', "");
                let lower = t.to_ascii_lowercase();
                let unsigned = lower.strip_prefix(['+', '-']).unwrap_or(&lower);
                let sign = if lower.starts_with('-') { -1.0 } else { 1.0 };
                let parsed = if !underscores_ok { None } else { match unsigned {
                    "inf" | "infinity" => Some(f64::INFINITY.copysign(sign)),
                    "nan" => Some(f64::NAN.copysign(sign)),
                    _ => t.parse::<f64>().ok(),
                } };
                return match parsed {
                    Some(f) => Ok(Value::float(f)),
                    None => {
                        let r = vm.repr(v)?;
                        Err(vm.error("ValueError", format!("could not convert string to float: {r}")))
                    }
                };
            }
            if let Value::Float(_) = v {
                return Ok(v.clone());
            }
            match to_f64(v) {
                Some(f) if f.is_infinite() && int::is_int(v) => Err(vm.error("OverflowError", "int too large to convert to float")),
                Some(f) => Ok(Value::float(f)),
                None => {
                    if let Some(r) = vm.call_dunder(v, "__float__", vec![]) {
                        let r = r?;
                        return match r {
                            Value::Float(_) => Ok(r),
                            _ => match slots::unwrap_native(&r) {
                                f @ Value::Float(_) => Ok(f),
                                _ => Err(vm.type_error(format!("{}.__float__ returned non-float (type {})", vm.type_name(v), vm.type_name(&r)))),
                            },
                        };
                    }
                    if let Some(r) = vm.index_int(v)? {
                        return to_f64(&r).map(Value::Float).ok_or_else(|| vm.error("OverflowError", "int too large to convert to float"));
                    }
                    Err(vm.type_error(format!("float() argument must be a string or a real number, not '{}'", vm.type_name(v))))
                }
            }
        }
        Kind::Str => {
            if let [v] = args.as_slice()
                && kwargs.is_empty()
            {
                return vm.to_str_value(v);
            }
            if args.len() > 3 {
                return Err(vm.type_error(format!("str expected at most 3 arguments, got {}", args.len())));
            }
            let mut full = vec![Value::None];
            full.extend(args);
            let p = methods::bind_args(vm, "str", &full, &kwargs, &["object", "encoding", "errors"], 0)?;
            match (&p[0], &p[1], &p[2]) {
                (None, _, _) => Ok(Value::str("")),
                // An exact str is itself (its surrogates kept).
                (Some(v), None, None) => vm.to_str_value(v),
                (Some(v), enc, errors) => {
                    let Some(b) = methods::bytes_like(v) else {
                        if v.as_str().is_some() {
                            return Err(vm.type_error("decoding str is not supported"));
                        }
                        return Err(vm.type_error(format!("decoding to str: need a bytes-like object, {} found", vm.type_name(v))));
                    };
                    let enc = enc.as_ref().and_then(|e| e.as_str()).unwrap_or("utf-8").to_string();
                    let errors = errors.as_ref().and_then(|e| e.as_str()).unwrap_or("strict").to_string();
                    methods::decode_bytes(vm, &b, &enc, &errors)
                }
            }
        }
        Kind::Bool => match args.first() {
            _ if args.len() > 1 => Err(vm.type_error(format!("bool expected at most 1 argument, got {}", args.len()))),
            _ if !kwargs.is_empty() => Err(vm.type_error("bool() takes no keyword arguments")),
            None => Ok(Value::Bool(false)),
            Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
        },
        Kind::List | Kind::Tuple if !kwargs.is_empty() => Err(vm.type_error(format!("{}() takes no keyword arguments", if kind == Kind::List { "list" } else { "tuple" }))),
        Kind::List | Kind::Tuple if args.len() > 1 => {
            Err(vm.type_error(format!("{} expected at most 1 argument, got {}", if kind == Kind::List { "list" } else { "tuple" }, args.len())))
        }
        Kind::List => match args.first() {
            None => Ok(new_list(vec![])),
            Some(v) => Ok(new_list(vm.seq_items(v)?)),
        },
        Kind::Tuple => match args.first() {
            None => Ok(new_tuple([])),
            Some(v) => {
                if let Some(Payload::Tuple(_)) = v.payload() {
                    return Ok(v.clone());
                }
                Ok(new_tuple(vm.seq_items(v)?))
            }
        },
        Kind::Dict => {
            if args.len() > 1 {
                return Err(vm.type_error(format!("dict expected at most 1 argument, got {}", args.len())));
            }
            let d = vm.new_dict();
            if let Some(src) = args.first() {
                methods::dict_update_from(vm, &d, src)?;
            }
            for (k, v) in kwargs {
                vm.setitem(&d, &Value::str(k), v)?;
            }
            Ok(d)
        }
        Kind::Set | Kind::FrozenSet => {
            let fname = if kind == Kind::Set { "set" } else { "frozenset" };
            no_kwargs_named(vm, fname, &kwargs)?;
            arity(vm, fname, &args, 0, 1)?;
            if kind == Kind::FrozenSet
                && let Some(src) = args.first()
                && matches!(src.payload(), Some(Payload::FrozenSet(_)))
            {
                return Ok(src.clone());
            }
            let d = RefCell::new(Dict::new());
            if let Some(src) = args.first() {
                for k in vm.seq_items(src)? {
                    methods::set_insert(vm, &d, k)?;
                }
            }
            Ok(Value::new_obj(if kind == Kind::Set { Payload::Set(d) } else { Payload::FrozenSet(d) }))
        }
        Kind::Complex => methods::construct_complex(vm, args, kwargs),
        Kind::Bytes => methods::construct_bytes(vm, args, kwargs, false),
        Kind::ByteArray => methods::construct_bytes(vm, args, kwargs, true),
        Kind::MemoryView => {
            arity(vm, "memoryview", &args, 1, 1)?;
            methods::construct_memoryview(vm, &args[0])
        }
        Kind::Slice => {
            arity(vm, "slice", &args, 1, 3)?;
            let (a, b, c) = match args.as_slice() {
                [stop] => (Value::None, stop.clone(), Value::None),
                [a, b] => (a.clone(), b.clone(), Value::None),
                [a, b, c, ..] => (a.clone(), b.clone(), c.clone()),
                [] => (Value::None, Value::None, Value::None),
            };
            Ok(Value::new_obj(Payload::Slice(a, b, c)))
        }
        Kind::Range => {
            no_kwargs_named(vm, "range", &kwargs)?;
            match args.len() {
                0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
                n if n > 3 => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
                _ => {}
            }
            if let Some(r) = crate::objects::range::small_range(&args) {
                return r.ok_or_else(|| vm.error("ValueError", "range() arg 3 must not be zero"));
            }
            let mut ints = Vec::with_capacity(args.len());
            for a in &args {
                match vm.index_int(a)?.as_ref().and_then(to_big) {
                    Some(b) => ints.push(b),
                    None => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(a)))),
                }
            }
            let mut ints = ints.into_iter();
            let (first, second, third) = (ints.next().unwrap_or_default(), ints.next(), ints.next());
            let (start, stop, step) = match (second, third) {
                (None, _) => (num_bigint::BigInt::from(0), first, num_bigint::BigInt::from(1)),
                (Some(stop), None) => (first, stop, num_bigint::BigInt::from(1)),
                (Some(stop), Some(step)) => (first, stop, step),
            };
            if num_traits::Zero::is_zero(&step) {
                return Err(vm.error("ValueError", "range() arg 3 must not be zero"));
            }
            Ok(crate::objects::range::new_range(start, stop, step))
        }
        Kind::Type => match args.len() {
            1 => Ok(Value::Obj(vm.types.type_of(&args[0]))),
            _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
        },
        Kind::Method => {
            arity(vm, "method", &args, 2, 2)?;
            if !callable_value(vm, &args[0]) {
                return Err(vm.type_error("first argument must be callable"));
            }
            if matches!(args[1], Value::None) {
                return Err(vm.type_error("instance must not be None"));
            }
            Ok(Value::new_obj(Payload::BoundMethod { receiver: args[1].clone(), func: args[0].clone() }))
        }
        Kind::Cell => {
            arity(vm, "cell", &args, 0, 1)?;
            Ok(Value::new_obj(Payload::Cell(RefCell::new(args.first().cloned().unwrap_or(Value::Null)))))
        }
        Kind::Function => new_function(vm, args.into_vec(), kwargs),
        Kind::Property => property(vm, args, kwargs),
        Kind::StaticMethod => staticmethod(vm, args, kwargs),
        Kind::ClassMethod => classmethod(vm, args, kwargs),
        Kind::Module => {
            let (name, doc) = methods::module::module_args(vm, &args, &kwargs)?;
            let m = crate::import::spec::new_module(name.as_str().unwrap_or("?"));
            if let Some(d) = crate::import::module_dict(&m) {
                methods::module::init_namespace(d, name, doc);
            }
            Ok(m)
        }
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

/// `int(s)` for the common text: an optional `-` and 1 to 18 ASCII digits (no spaces,
/// underscores or `+`), which always fits in i64; None for anything else.
fn plain_decimal(s: &str) -> Option<i64> {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d.as_bytes()),
        None => (false, s.as_bytes()),
    };
    if digits.is_empty() || digits.len() > 18 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = digits.iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
    Some(if neg { -n } else { n })
}

/// The text of `int(s, base)`: sign, optional prefix matching the base (any for base 0),
/// digits with single underscores between them.
fn parse_int_text(text: &str, base: u32) -> Option<num_bigint::BigInt> {
    let text = methods::ascii_digits(text);
    let t = text.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = body.to_ascii_lowercase();
    let prefixed = |p: &str| lower.starts_with(p);
    let (base, digits, had_prefix) = if base == 0 {
        if prefixed("0x") {
            (16, &body[2..], true)
        } else if prefixed("0o") {
            (8, &body[2..], true)
        } else if prefixed("0b") {
            (2, &body[2..], true)
        } else {
            // Base 0: no leading zeros unless the value is zero.
            let clean: String = body.chars().filter(|c| *c != '_').collect();
            if clean.len() > 1 && clean.starts_with('0') && clean.chars().any(|c| c != '0') {
                return None;
            }
            (10, body, false)
        }
    } else if (base == 16 && prefixed("0x")) || (base == 8 && prefixed("0o")) || (base == 2 && prefixed("0b")) {
        (base, &body[2..], true)
    } else {
        (base, body, false)
    };
    let digits = if had_prefix { digits.strip_prefix('_').unwrap_or(digits) } else { digits };
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let b = num_bigint::BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -b } else { b })
}

/// `fmt % args` for str: flags `-+ #0`, width and precision (`*` too), `%(key)s` with a
/// mapping, and the conversions `s r a c d i u o x X e E f F g G %`.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult {
    if matches!(fmt.payload(), Some(Payload::Str(_))) {
        // Strs with lone surrogates format through their proxy texts.
        return methods::str_proxy::percent_format(vm, fmt, args, percent_format_text);
    }
    percent_format_text(vm, fmt, args)
}

fn percent_format_text(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult {
    // bytes % args works on the latin-1 image of the bytes (one char per byte).
    let bytes_mode = matches!(fmt.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_)));
    let latin1 = |b: &[u8]| -> String { b.iter().map(|&c| char::from(c)).collect() };
    let f = if bytes_mode { latin1(&methods::bytes_like(fmt).unwrap_or_default()) } else { fmt.as_str().unwrap_or("").to_string() };
    // A tuple subclass (a namedtuple) supplies its items like a tuple.
    let inner = slots::unwrap_native(args);
    let args = if matches!(inner.payload(), Some(Payload::Tuple(_))) { &inner } else { args };
    let is_mapping = matches!(args.payload(), Some(Payload::Dict(_)))
        || (matches!(args.payload(), Some(Payload::Instance(_))) && vm.getattr_opt(args, "__getitem__")?.is_some() && args.as_str().is_none());
    let values: Vec<Value> = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![args.clone()],
    };
    let mut next = 0usize;
    let mut used_mapping = false;
    let mut out = String::new();
    let chars: Vec<char> = f.chars().collect();
    let mut i = 0;
    let take = |vm: &Vm, next: &mut usize| -> Result<Value, PyErr> {
        match values.get(*next) {
            Some(v) => {
                *next += 1;
                Ok(v.clone())
            }
            None => Err(vm.type_error("not enough arguments for format string")),
        }
    };
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut keyed: Option<Value> = None;
        if chars.get(i) == Some(&'(') {
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(vm.error("ValueError", "incomplete format key"));
            }
            let key: String = chars[i + 1..j - 1].iter().collect();
            if !is_mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            used_mapping = true;
            let key = if bytes_mode { methods::new_bytes(key.chars().map(|c| c as u32 as u8).collect(), false) } else { Value::str(key) };
            keyed = Some(vm.getitem(args, &key)?);
            // The key's value is now the only argument, and this spec takes it: a spec
            // without a key after it finds none (CPython's argidx/arglen after a key).
            next = values.len();
            i = j;
        }
        let (mut left, mut plus, mut space, mut alt, mut zero) = (false, false, false, false, false);
        while let Some(&fc) = chars.get(i) {
            match fc {
                '-' => left = true,
                '+' => plus = true,
                ' ' => space = true,
                '#' => alt = true,
                '0' => zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width: Option<usize> = None;
        if chars.get(i) == Some(&'*') {
            i += 1;
            let w = take(vm, &mut next)?;
            let Value::Int(w) = w else { return Err(vm.type_error("* wants int")) };
            if w < 0 {
                left = true;
            }
            width = Some(w.unsigned_abs() as usize);
        } else {
            let mut w: Option<usize> = None;
            while let Some(d) = chars.get(i).and_then(|d| d.to_digit(10)) {
                match w.unwrap_or(0).checked_mul(10).and_then(|x| x.checked_add(d as usize)).filter(|&x| x <= isize::MAX as usize) {
                    Some(x) => w = Some(x),
                    None => return Err(vm.error("ValueError", "width too big")),
                }
                i += 1;
            }
            width = w.or(width);
        }
        let mut prec: Option<usize> = None;
        if chars.get(i) == Some(&'.') {
            i += 1;
            if chars.get(i) == Some(&'*') {
                i += 1;
                let p = take(vm, &mut next)?;
                let Value::Int(p) = p else { return Err(vm.type_error("* wants int")) };
                prec = Some(p.max(0) as usize);
            } else {
                let mut p = 0usize;
                while let Some(d) = chars.get(i).and_then(|d| d.to_digit(10)) {
                    match p.checked_mul(10).and_then(|x| x.checked_add(d as usize)).filter(|&x| x <= i32::MAX as usize) {
                        Some(x) => p = x,
                        None => return Err(vm.error("ValueError", "precision too big")),
                    }
                    i += 1;
                }
                prec = Some(p);
            }
        }
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
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
        let v = match keyed.take() {
            Some(v) => v,
            None => take(vm, &mut next)?,
        };
        let numeric = |vm: &mut Vm, v: &Value, conv: char| -> Result<Value, PyErr> {
            if int::is_int(v) || matches!(v, Value::Float(_)) {
                return Ok(v.clone());
            }
            // Float conversions convert as float() does (__float__ first: Decimal's %f).
            let order: &[&str] = if matches!(conv, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') { &["__float__", "__index__"] } else { &["__index__", "__int__", "__float__"] };
            for dunder in order {
                if let Some(r) = vm.call_dunder(v, dunder, vec![]) {
                    return r;
                }
            }
            let what = if matches!(conv, 'd' | 'i' | 'u') { "a real number" } else if matches!(conv, 'o' | 'x' | 'X') { "an integer" } else { "a real number" };
            let msg = if matches!(conv, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
                format!("must be real number, not {}", vm.type_name(v))
            } else {
                format!("%{conv} format: {what} is required, not {}", vm.type_name(v))
            };
            Err(vm.type_error(msg))
        };
        let body = match conv {
            's' | 'b' if bytes_mode => {
                let b = match methods::bytes_like(&v) {
                    Some(b) => b,
                    None => match vm.call_dunder(&v, "__bytes__", vec![]) {
                        Some(r) => methods::bytes_like(&r?).unwrap_or_default(),
                        None => {
                            return Err(vm.type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                vm.type_name(&v)
                            )));
                        }
                    },
                };
                let mut s = latin1(&b);
                if let Some(p) = prec {
                    s = s.chars().take(p).collect();
                }
                s
            }
            'r' | 'a' if bytes_mode => {
                let mut s = ascii_of(&vm.repr(&v)?);
                if let Some(p) = prec {
                    s = s.chars().take(p).collect();
                }
                s
            }
            'c' if bytes_mode => match methods::bytes_like(&v) {
                Some(b) if b.len() == 1 => latin1(&b),
                _ => match &v {
                    Value::Int(n) if (0..256).contains(n) => char::from(*n as u8).to_string(),
                    Value::Int(_) => return Err(vm.error("OverflowError", "%c arg not in range(256)")),
                    _ => return Err(vm.type_error(format!("%c requires an integer in range(256) or a single byte, not {}", vm.type_name(&v)))),
                },
            },
            's' | 'r' | 'a' => {
                let mut s = match conv {
                    's' => vm.to_str(&v)?,
                    'r' => vm.repr(&v)?,
                    _ => ascii_of(&vm.repr(&v)?),
                };
                if let Some(p) = prec {
                    s = s.chars().take(p).collect();
                }
                s
            }
            'c' => match (&v, v.as_str()) {
                (_, Some(s)) if s.chars().count() == 1 => s.to_string(),
                (_, Some(_)) => return Err(vm.type_error("%c requires an int or a unicode character, not a string of length 2")),
                (Value::Int(n), _) => match u32::try_from(*n).ok().and_then(char::from_u32) {
                    Some(ch) => ch.to_string(),
                    None => return Err(vm.error("OverflowError", "%c arg not in range(0x110000)")),
                },
                _ => return Err(vm.type_error(format!("%c requires an int or a unicode character, not {}", vm.type_name(&v)))),
            },
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let n = numeric(vm, &v, conv)?;
                if matches!(conv, 'o' | 'x' | 'X') && matches!(n, Value::Float(_)) {
                    return Err(vm.type_error(format!("%{conv} format: an integer is required, not float")));
                }
                let n = match n {
                    Value::Float(x) => {
                        if !x.is_finite() {
                            return Err(vm.error(if x.is_nan() { "ValueError" } else { "OverflowError" }, if x.is_nan() { "cannot convert float NaN to integer" } else { "cannot convert float infinity to integer" }));
                        }
                        methods::float_to_int(x.trunc())
                    }
                    other => other,
                };
                let t = match conv {
                    'o' => "o",
                    'x' => "x",
                    'X' => "X",
                    _ => "d",
                };
                let mut s = vm.format(&n, &format!("{}{}{t}", if plus { "+" } else if space { " " } else { "" }, if alt { "#" } else { "" }))?;
                if let Some(p) = prec {
                    let (sign, digits) = match s.strip_prefix(['-', '+', ' ']) {
                        Some(d) => (s[..1].to_string(), d.to_string()),
                        None => (String::new(), s.clone()),
                    };
                    if digits.len() < p {
                        s = format!("{sign}{}{digits}", "0".repeat(p - digits.len()));
                    }
                }
                s
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let n = numeric(vm, &v, conv)?;
                let x = int::to_f64(&n).unwrap_or(0.0);
                let spec = format!(
                    "{}{}.{}{conv}",
                    if plus { "+" } else if space { " " } else { "" },
                    if alt { "#" } else { "" },
                    prec.unwrap_or(6)
                );
                vm.format(&Value::Float(x), &spec)?
            }
            other => {
                return Err(vm.error(
                    "ValueError",
                    format!("unsupported format character '{other}' (0x{:x}) at index {}", other as u32, i - 1),
                ));
            }
        };
        let n = body.chars().count();
        let w = width.unwrap_or(0);
        if w > n && out.try_reserve(w).is_err() {
            return Err(vm.error("MemoryError", ""));
        }
        if n >= w {
            out.push_str(&body);
        } else if left {
            out.push_str(&body);
            out.push_str(&" ".repeat(w - n));
        } else if zero && !matches!(conv, 's' | 'r' | 'a' | 'c') {
            let (sign, digits) = match body.strip_prefix(['-', '+', ' ']) {
                Some(d) => (&body[..1], d),
                None => ("", body.as_str()),
            };
            let (prefix, digits) = if alt && (digits.starts_with("0x") || digits.starts_with("0X") || digits.starts_with("0o")) {
                (&digits[..2], &digits[2..])
            } else {
                ("", digits)
            };
            out.push_str(sign);
            out.push_str(prefix);
            out.push_str(&"0".repeat(w - n));
            out.push_str(digits);
        } else {
            out.push_str(&" ".repeat(w - n));
            out.push_str(&body);
        }
    }
    if next < values.len() && !used_mapping && !(is_mapping && next == 0) {
        let what = if bytes_mode { "bytes" } else { "string" };
        return Err(vm.type_error(format!("not all arguments converted during {what} formatting")));
    }
    if bytes_mode {
        return Ok(methods::new_bytes(out.chars().map(|c| c as u32 as u8).collect(), matches!(fmt.payload(), Some(Payload::ByteArray(_)))));
    }
    Ok(Value::str(out))
}

/// `code.co_positions()`: an iterator of `(line, end_line, col, end_col)` per code unit,
/// from the code object's line table.
pub fn code_positions(vm: &mut Vm, args: crate::objects::function::Args, _kwargs: crate::objects::function::Kwargs) -> PyResult {
    let Some(Payload::Code(c)) = args.first().and_then(Value::payload) else {
        return Err(vm.type_error("co_positions() requires a code object"));
    };
    let opt = |v: Option<i32>| v.map_or(Value::None, |n| Value::Int(i64::from(n)));
    let items: Vec<Value> = (0..c.code.len() / 2)
        .map(|i| match c.positions.get(i) {
            Some(l) => crate::interp::call::new_tuple([opt(l.line), opt(l.end_line), opt(l.col), opt(l.end_col)]),
            None => crate::interp::call::new_tuple(vec![Value::None; 4]),
        })
        .collect();
    vm.get_iter(&crate::interp::call::new_list(items))
}

thread_local! {
    /// Dicts that are the storage of a dict subclass with `__missing__` used as a function's
    /// globals (annotationlib's fake globals): the subclass instance, held weakly.
    static MISSING_GLOBALS: RefCell<Vec<(usize, std::rc::Weak<crate::heap::Object>)>> = const { RefCell::new(Vec::new()) };
}

fn register_missing_globals(dict: &crate::value::ObjRef, inst: &crate::value::ObjRef) {
    MISSING_GLOBALS.with(|m| {
        let mut m = m.borrow_mut();
        m.retain(|(_, w)| w.strong_count() > 0);
        m.push((std::rc::Rc::as_ptr(dict) as usize, std::rc::Rc::downgrade(inst)));
    });
}

/// A global name not found in `globals` nor the builtins: when `globals` is the storage of
/// a dict subclass with `__missing__`, its `__missing__(name)` answers (CPython looks names
/// up through the mapping's `__getitem__`). None otherwise (a NameError follows).
pub fn missing_global(vm: &mut Vm, globals: &Value, key: &Value) -> Option<PyResult> {
    let Value::Obj(d) = globals else { return None };
    let addr = std::rc::Rc::as_ptr(d) as usize;
    let inst = MISSING_GLOBALS.with(|m| m.borrow().iter().find(|(a, _)| *a == addr).and_then(|(_, w)| w.upgrade()))?;
    let inst = Value::Obj(inst);
    Some(match vm.getattr(&inst, "__missing__") {
        Ok(f) => vm.call(f, vec![key.clone()], vec![]),
        Err(e) => Err(e),
    })
}

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None,
/// kwdefaults=None)`. A dict subclass as globals gives its dict (no `__missing__`).
fn new_function(vm: &mut Vm, args: Vec<Value>, kwargs: Vec<(String, Value)>) -> PyResult {
    let a = crate::modules::util::bind(vm, "function", &args, &kwargs, &["code", "globals", "name", "argdefs", "closure", "kwdefaults"], 2)?;
    let code = a[0].clone().unwrap_or(Value::None);
    let Some(Payload::Code(ci)) = code.payload() else {
        let tn = vm.type_name(&code);
        return Err(vm.type_error(format!("function() argument 'code' must be code, not {tn}")));
    };
    let given = a[1].clone().unwrap_or(Value::None);
    let globals = slots::unwrap_native(&given);
    if let (Some(Payload::Instance(i)), Value::Obj(d)) = (given.payload(), &globals)
        && crate::objects::types::lookup(&i.class(), "__missing__").is_some()
        && let Value::Obj(inst) = &given
    {
        register_missing_globals(d, inst);
    }
    if !matches!(globals.payload(), Some(Payload::Dict(_))) {
        let tn = vm.type_name(&globals);
        return Err(vm.type_error(format!("function() argument 'globals' must be dict, not {tn}")));
    }
    let opt = |v: &Option<Value>| v.clone().filter(|v| !matches!(v, Value::None));
    let name = match opt(&a[2]) {
        None => ci.name.clone(),
        Some(n) => match n.as_str() {
            Some(s) => s.to_string(),
            None => return Err(vm.type_error("arg 3 (name) must be None or string")),
        },
    };
    let defaults = opt(&a[3]);
    if defaults.as_ref().is_some_and(|d| !matches!(d.payload(), Some(Payload::Tuple(_)))) {
        return Err(vm.type_error("arg 4 (defaults) must be None or tuple"));
    }
    let closure = opt(&a[4]);
    let nfree = ci.localspluskinds.iter().filter(|k| **k & 0x80 != 0).count();
    let given = match closure.as_ref().map(|c| c.payload()) {
        None => 0,
        Some(Some(Payload::Tuple(t))) => t.len(),
        Some(_) => return Err(vm.type_error("arg 5 (closure) must be tuple")),
    };
    if nfree > 0 && closure.is_none() {
        return Err(vm.type_error("arg 5 (closure) must be tuple"));
    }
    if given != nfree {
        return Err(vm.error("ValueError", format!("{name} requires closure of length {nfree}, not {given}")));
    }
    let kwdefaults = opt(&a[5]);
    if kwdefaults.as_ref().is_some_and(|d| !matches!(d.payload(), Some(Payload::Dict(_)))) {
        return Err(vm.type_error("arg 6 (kwdefaults) must be None or dict"));
    }
    let f = crate::objects::function::FunctionObj {
        code: ci.clone(),
        globals,
        name: RefCell::new(Some(name)),
        qualname: RefCell::new(None),
        defaults: RefCell::new(defaults),
        dict: RefCell::new(None),
        kwdefaults: RefCell::new(kwdefaults),
        closure: RefCell::new(closure),
        annotate: RefCell::new(None),
        annotations: RefCell::new(None),
    };
    Ok(Value::new_obj(Payload::Function(Box::new(f))))
}
