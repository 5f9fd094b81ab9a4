//! `_csv.Dialect`: the validated formatting parameters readers and writers use, built from
//! a registered name, any object with dialect attributes, and keyword overrides, with
//! CPython's checks and messages (`"delimiter" must be a unicode character...`,
//! `bad "quoting" value`, `quotechar must be set if quoting enabled`...).

use super::{Args, Kwargs, error};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

pub const QUOTE_MINIMAL: i64 = 0;
pub const QUOTE_ALL: i64 = 1;
pub const QUOTE_NONNUMERIC: i64 = 2;
pub const QUOTE_NONE: i64 = 3;
pub const QUOTE_STRINGS: i64 = 4;
pub const QUOTE_NOTNULL: i64 = 5;

/// A dialect's parameters (None: the character is not set).
#[derive(Clone, Debug)]
pub struct Params {
    pub delimiter: char,
    pub quotechar: Option<char>,
    pub escapechar: Option<char>,
    pub doublequote: bool,
    pub skipinitialspace: bool,
    pub strict: bool,
    pub quoting: i64,
    pub lineterminator: String,
}

/// The parameter names in `Dialect(...)`'s order.
const NAMES: &[&str] = &["dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"];

thread_local! {
    static CLASS: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

/// The `_csv.Dialect` type.
pub fn class(vm: &Vm) -> ObjRef {
    if let Some(c) = CLASS.with(|c| c.borrow().clone()) {
        return c;
    }
    let methods: &[(&'static str, BuiltinFn)] = &[("__reduce__", reduce), ("__reduce_ex__", reduce)];
    let ty = native::new_type("Dialect", "_csv", &vm.types.object, methods, &[], Some(dialect_new));
    if let Payload::Type(t) = &ty.payload {
        let mut d = t.dict_mut();
        let getters: &[(&'static str, BuiltinFn)] = &[
            ("delimiter", get_delimiter),
            ("quotechar", get_quotechar),
            ("escapechar", get_escapechar),
            ("lineterminator", get_lineterminator),
            ("quoting", get_quoting),
            ("doublequote", get_doublequote),
            ("skipinitialspace", get_skipinitialspace),
            ("strict", get_strict),
        ];
        for (n, f) in getters {
            d.set_str(n, Value::new_obj(Payload::Property { fget: builtin(n, *f), fset: Value::None, fdel: Value::None, doc: Value::None }));
        }
        d.set_str("__doc__", Value::str("CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n"));
    }
    CLASS.with(|c| *c.borrow_mut() = Some(ty.clone()));
    ty
}

/// The parameters of a dialect object.
pub fn params(v: &Value) -> Option<Params> {
    native::with_state::<Params, _>(v, |p| p.clone())
}

/// `Dialect(dialect, **fmtparams)` as readers, writers and `register_dialect` call it.
pub fn call_dialect(vm: &mut Vm, dialect: Option<Value>, kwargs: Kwargs) -> PyResult {
    let cls = Value::Obj(class(vm));
    let mut args = vec![cls];
    args.extend(dialect);
    dialect_new(vm, args.into(), kwargs)
}

fn char_arg(vm: &Vm, name: &str, v: &Value, or_none: bool) -> Result<Option<char>, PyErr> {
    if or_none && matches!(v, Value::None) {
        return Ok(None);
    }
    let what = if or_none { "a unicode character or None" } else { "a unicode character" };
    let Some(s) = v.as_str() else {
        return Err(vm.type_error(format!("\"{name}\" must be {what}, not {}", vm.type_name(v))));
    };
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(Some(c)),
        _ => Err(vm.type_error(format!("\"{name}\" must be {what}, not a string of length {}", s.chars().count()))),
    }
}

fn dialect_new(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("Dialect.__new__(): not enough arguments"));
    }
    let cls = args.remove(0);
    // PyArg_ParseTupleAndKeywords without a function name: its messages say "function".
    if args.len() > NAMES.len() {
        return Err(vm.type_error(format!("function takes at most {} arguments ({} given)", NAMES.len(), args.len() + kwargs.len())));
    }
    if let Some((k, _)) = kwargs.iter().find(|(k, _)| !NAMES.contains(&k.as_str())) {
        return Err(vm.type_error(format!("this function got an unexpected keyword argument '{k}'")));
    }
    let p = super::super::util::bind(vm, "Dialect", &args, &kwargs, NAMES, 0)?;
    let mut vals: Vec<Option<Value>> = p[1..].to_vec();
    if let Some(mut d) = p[0].clone() {
        if let Some(name) = d.as_str() {
            d = super::lookup_dialect(vm, name)?;
        }
        if vals.iter().all(Option::is_none) && params(&d).is_some() {
            return Ok(d);
        }
        for (i, slot) in vals.iter_mut().enumerate() {
            if slot.is_none() {
                // A missing attribute (or any error getting it) means "use the default".
                *slot = vm.getattr(&d, NAMES[i + 1]).ok();
            }
        }
    }
    let [delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skipinitialspace, strict] = &vals[..] else {
        return Err(vm.type_error("Dialect: bad arguments"));
    };
    let delimiter = match delimiter {
        Some(v) => char_arg(vm, "delimiter", v, false)?.unwrap_or(','),
        None => ',',
    };
    let doublequote = match doublequote {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let escapechar = match escapechar {
        Some(v) => char_arg(vm, "escapechar", v, true)?,
        None => None,
    };
    let lineterminator = match lineterminator {
        Some(v) => match v.as_str() {
            Some(s) => s.to_string(),
            None => return Err(vm.type_error(format!("\"lineterminator\" must be a string, not {}", vm.type_name(v)))),
        },
        None => "\r\n".to_string(),
    };
    let quotechar_none = matches!(quotechar, Some(Value::None));
    let quotechar = match quotechar {
        Some(v) => char_arg(vm, "quotechar", v, true)?,
        None => Some('"'),
    };
    let quoting_given = quoting.is_some();
    let mut quoting = match quoting {
        Some(Value::Int(i)) => *i,
        Some(v) if matches!(v.payload(), Some(Payload::BigInt(_))) => {
            return Err(vm.error("OverflowError", "Python int too large to convert to C int"));
        }
        Some(v) => return Err(vm.type_error(format!("\"quoting\" must be an integer, not {}", vm.type_name(v)))),
        None => QUOTE_MINIMAL,
    };
    let skipinitialspace = match skipinitialspace {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let strict = match strict {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if !(QUOTE_MINIMAL..=QUOTE_NOTNULL).contains(&quoting) {
        return Err(vm.type_error("bad \"quoting\" value"));
    }
    if quotechar_none && !quoting_given {
        quoting = QUOTE_NONE;
    }
    if quoting != QUOTE_NONE && quotechar.is_none() {
        return Err(vm.type_error("quotechar must be set if quoting enabled"));
    }
    let check = |name: &str, c: Option<char>, allowspace: bool| -> Option<String> {
        let c = c?;
        if c == '\r' || c == '\n' || (c == ' ' && !allowspace) {
            return Some(format!("bad {name} value"));
        }
        lineterminator.contains(c).then(|| format!("bad {name} or lineterminator value"))
    };
    let pair = |n1: &str, n2: &str, c1: Option<char>, c2: Option<char>| -> Option<String> {
        (c1.is_some() && c1 == c2).then(|| format!("bad {n1} or {n2} value"))
    };
    let problem = check("delimiter", Some(delimiter), true)
        .or_else(|| check("escapechar", escapechar, !skipinitialspace))
        .or_else(|| check("quotechar", quotechar, !skipinitialspace))
        .or_else(|| pair("delimiter", "escapechar", Some(delimiter), escapechar))
        .or_else(|| pair("delimiter", "quotechar", Some(delimiter), quotechar))
        .or_else(|| pair("escapechar", "quotechar", escapechar, quotechar));
    if let Some(msg) = problem {
        return Err(vm.error("ValueError", msg));
    }
    let params = Params { delimiter, quotechar, escapechar, doublequote, skipinitialspace, strict, quoting, lineterminator };
    let cls = match cls {
        Value::Obj(c) => c,
        _ => class(vm),
    };
    Ok(native::wrap(&cls, params))
}

fn reduce(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let name = args.first().map(|v| vm.type_name(v)).unwrap_or_default();
    Err(vm.type_error(format!("cannot pickle '{name}' instances")))
}

fn this(vm: &Vm, args: &[Value]) -> Result<Params, PyErr> {
    args.first().and_then(params).ok_or_else(|| vm.type_error("descriptor requires a '_csv.Dialect' object"))
}

fn char_value(c: Option<char>) -> Value {
    c.map_or(Value::None, |c| Value::str(c.to_string()))
}

fn get_delimiter(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(char_value(Some(this(vm, &args)?.delimiter)))
}

fn get_quotechar(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(char_value(this(vm, &args)?.quotechar))
}

fn get_escapechar(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(char_value(this(vm, &args)?.escapechar))
}

fn get_lineterminator(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::str(this(vm, &args)?.lineterminator))
}

fn get_quoting(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(this(vm, &args)?.quoting))
}

fn get_doublequote(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(this(vm, &args)?.doublequote))
}

fn get_skipinitialspace(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(this(vm, &args)?.skipinitialspace))
}

fn get_strict(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(this(vm, &args)?.strict))
}

/// An `_csv.Error` (used by the reader and writer too).
pub fn csv_error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    error(vm, msg)
}
