//! `unicodedata`: the Unicode Character Database 16.0.0 over `krait_unicode`'s static
//! tables (lookup, name, decimal, digit, numeric, category, bidirectional, combining,
//! east_asian_width, mirrored, decomposition, normalize, is_normalized, unidata_version),
//! with CPython 3.14's argument checks and messages.
//!
//! `ucd_3_2_0` (used by stringprep/idna) is a `unicodedata.UCD` object with the same
//! methods over `krait_unicode::v3_2`: characters assigned after Unicode 3.2.0 are
//! unassigned (category 'Cn', no name, no values, lookups fail, no aliases or named
//! sequences), and 3.2.0's differing properties and decompositions apply.

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::builtins::methods::bytes_like;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::value::Value;
use krait_unicode as ucd;

/// The arguments after the receiver (for the UCD methods) and the function's name as
/// CPython's messages show it.
fn split(args: &[Value], old: bool) -> &[Value] {
    if old { args.get(1..).unwrap_or(&[]) } else { args }
}

fn check_kwargs(vm: &Vm, name: &str, kwargs: &Kwargs, old: bool) -> Result<(), PyErr> {
    if kwargs.is_empty() {
        return Ok(());
    }
    let owner = if old { "UCD" } else { "unicodedata" };
    Err(vm.type_error(format!("{owner}.{name}() takes no keyword arguments")))
}

/// The one character argument (`int(accept={str})` of Argument Clinic).
fn char_arg(vm: &Vm, name: &str, v: &Value, which: &str) -> Result<u32, PyErr> {
    let Some(s) = v.as_str() else {
        return Err(vm.type_error(format!("{name}() {which} must be a unicode character, not {}", vm.type_name(v))));
    };
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c as u32),
        _ => Err(vm.type_error(format!(
            "{name}(): {which} must be a unicode character, not a string of length {}",
            crate::objects::str::char_len(s)
        ))),
    }
}

/// A METH_O function's one character.
fn one(vm: &Vm, name: &str, args: &[Value], kwargs: &Kwargs, old: bool) -> Result<u32, PyErr> {
    check_kwargs(vm, name, kwargs, old)?;
    let a = split(args, old);
    if a.len() != 1 {
        let owner = if old { "UCD" } else { "unicodedata" };
        return Err(vm.type_error(format!("{owner}.{name}() takes exactly one argument ({} given)", a.len())));
    }
    char_arg(vm, name, &a[0], "argument")
}

/// A (chr, default=None) function's arguments.
fn with_default(vm: &Vm, name: &str, args: &[Value], kwargs: &Kwargs, old: bool) -> Result<(u32, Option<Value>), PyErr> {
    check_kwargs(vm, name, kwargs, old)?;
    let a = split(args, old);
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if a.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if a.len() > 2 {
        return Err(vm.type_error(format!("{name} expected at most 2 argument{}, got {}", plural(2), a.len())));
    }
    Ok((char_arg(vm, name, &a[0], "argument 1")?, a.get(1).cloned()))
}

/// Unassigned in the database version asked for.
fn unassigned(cp: u32, old: bool) -> bool {
    old && ucd::v3_2::unassigned(cp)
}

/// The 3.2.0 differences of `cp` (for the UCD methods).
fn change(cp: u32, old: bool) -> Option<ucd::v3_2::Change> {
    if old { ucd::v3_2::change(cp) } else { None }
}

fn or_default(vm: &Vm, v: Option<Value>, default: Option<Value>, msg: &str) -> PyResult {
    match (v, default) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(vm.error("ValueError", msg)),
    }
}

fn decimal<const OLD: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (cp, d) = with_default(vm, "decimal", &args, &kwargs, OLD)?;
    let v = if unassigned(cp, OLD) { None } else { change(cp, OLD).and_then(|c| c.decimal).or_else(|| ucd::decimal(cp)) };
    or_default(vm, v.map(|v| Value::Int(i64::from(v))), d, "not a decimal")
}

fn digit<const OLD: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (cp, d) = with_default(vm, "digit", &args, &kwargs, OLD)?;
    let v = if unassigned(cp, OLD) { None } else { ucd::digit(cp) };
    or_default(vm, v.map(|v| Value::Int(i64::from(v))), d, "not a digit")
}

fn numeric<const OLD: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (cp, d) = with_default(vm, "numeric", &args, &kwargs, OLD)?;
    let v = if unassigned(cp, OLD) {
        None
    } else {
        // CPython 3.14.2 applies the 3.2.0 decimal change here
        match change(cp, OLD).and_then(|c| c.decimal) {
            Some(d) => Some(f64::from(d)),
            None => ucd::numeric(cp),
        }
    };
    or_default(vm, v.map(Value::Float), d, "not a numeric character")
}

fn name<const OLD: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (cp, d) = with_default(vm, "name", &args, &kwargs, OLD)?;
    let v = if unassigned(cp, OLD) { None } else { ucd::names::name(cp) };
    or_default(vm, v.map(Value::str), d, "no such name")
}

fn category<const OLD: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let cp = one(vm, "category", &args, &kwargs, OLD)?;
    let old = change(cp, OLD).and_then(|c| c.category);
    Ok(Value::str(if unassigned(cp, OLD) { "Cn" } else { old.unwrap_or_else(|| ucd::category(cp)) }))
}

fn bidirectional<const OLD: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let cp = one(vm, "bidirectional", &args, &kwargs, OLD)?;
    let old = change(cp, OLD).and_then(|c| c.bidi);
    Ok(Value::str(if unassigned(cp, OLD) { "" } else { old.unwrap_or_else(|| ucd::bidirectional(cp)) }))
}

fn combining<const OLD: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let cp = one(vm, "combining", &args, &kwargs, OLD)?;
    Ok(Value::Int(if unassigned(cp, OLD) { 0 } else { i64::from(ucd::combining(cp)) }))
}

fn mirrored<const OLD: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let cp = one(vm, "mirrored", &args, &kwargs, OLD)?;
    let old = change(cp, OLD).and_then(|c| c.mirrored);
    Ok(Value::Int(i64::from(!unassigned(cp, OLD) && old.unwrap_or_else(|| ucd::mirrored(cp)))))
}

fn east_asian_width<const OLD: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let cp = one(vm, "east_asian_width", &args, &kwargs, OLD)?;
    let old = change(cp, OLD).and_then(|c| c.east_asian_width);
    Ok(Value::str(if unassigned(cp, OLD) { "N" } else { old.unwrap_or_else(|| ucd::east_asian_width(cp)) }))
}

fn decomposition<const OLD: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let cp = one(vm, "decomposition", &args, &kwargs, OLD)?;
    Ok(Value::str(if unassigned(cp, OLD) { String::new() } else { ucd::decomposition(cp) }))
}

/// (form, unistr) of normalize and is_normalized.
fn form_args(vm: &Vm, name: &str, args: &[Value], kwargs: &Kwargs, old: bool) -> Result<(ucd::normalize::Form, String), PyErr> {
    check_kwargs(vm, name, kwargs, old)?;
    let a = split(args, old);
    if a.len() != 2 {
        return Err(vm.type_error(format!("{name} expected 2 arguments, got {}", a.len())));
    }
    let mut strs = Vec::with_capacity(2);
    for (i, v) in a.iter().enumerate() {
        match v.as_str() {
            Some(s) => strs.push(s.to_string()),
            None => return Err(vm.type_error(format!("{name}() argument {} must be str, not {}", i + 1, vm.type_name(v)))),
        }
    }
    let Some(form) = ucd::normalize::Form::parse(&strs[0]) else {
        return Err(vm.error("ValueError", "invalid normalization form"));
    };
    Ok((form, strs.swap_remove(1)))
}

fn normalize<const OLD: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (form, s) = form_args(vm, "normalize", &args, &kwargs, OLD)?;
    let n = if OLD { ucd::normalize::normalize_3_2(form, &s) } else { ucd::normalize::normalize(form, &s) };
    // An unchanged string is returned as the argument itself, as CPython does.
    if n == s { Ok(split(&args, OLD)[1].clone()) } else { Ok(Value::str(n)) }
}

fn is_normalized<const OLD: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (form, s) = form_args(vm, "is_normalized", &args, &kwargs, OLD)?;
    Ok(Value::Bool(if OLD { ucd::normalize::is_normalized_3_2(form, &s) } else { ucd::normalize::is_normalized(form, &s) }))
}

fn lookup<const OLD: bool>(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    check_kwargs(vm, "lookup", &kwargs, OLD)?;
    let a = split(&args, OLD);
    if a.len() != 1 {
        return Err(vm.type_error(format!("lookup() takes exactly one argument ({} given)", a.len())));
    }
    let text = match a[0].as_str() {
        Some(s) => s.to_string(),
        None => match bytes_like(&a[0]) {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&a[0])))),
        },
    };
    if text.len() > ucd::names::NAME_MAXLEN {
        return Err(vm.error("KeyError", "name too long"));
    }
    let undefined = || vm.error("KeyError", format!("undefined character name '{text}'"));
    match ucd::names::lookup(&text, !OLD) {
        Some(ucd::names::Found::Char(cp)) => {
            if OLD && (ucd::v3_2::unassigned(cp) || ucd::names::name(cp).is_none_or(|n| !n.eq_ignore_ascii_case(&text))) {
                return Err(undefined());
            }
            Ok(Value::str(char::from_u32(cp).map(String::from).unwrap_or_default()))
        }
        Some(ucd::names::Found::Sequence(s)) => Ok(Value::str(s)),
        None => Err(undefined()),
    }
}

fn ucd_new(vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Err(vm.type_error("cannot create 'unicodedata.UCD' instances"))
}

macro_rules! functions {
    ($old:literal) => {
        [
            ("decimal", decimal::<$old> as BuiltinFn),
            ("digit", digit::<$old>),
            ("numeric", numeric::<$old>),
            ("category", category::<$old>),
            ("bidirectional", bidirectional::<$old>),
            ("combining", combining::<$old>),
            ("mirrored", mirrored::<$old>),
            ("east_asian_width", east_asian_width::<$old>),
            ("decomposition", decomposition::<$old>),
            ("name", name::<$old>),
            ("lookup", lookup::<$old>),
            ("is_normalized", is_normalized::<$old>),
            ("normalize", normalize::<$old>),
        ]
    };
}

pub fn make(vm: &mut Vm) -> Value {
    let fns: [(&'static str, BuiltinFn); 13] = functions!(false);
    let mut items: Vec<(&'static str, Value)> = fns.iter().map(|(n, f)| (*n, builtin(n, *f))).collect();
    let methods: [(&'static str, BuiltinFn); 13] = functions!(true);
    let ty = native::new_type("UCD", "unicodedata", &vm.types.object, &methods, &[], Some(ucd_new));
    if let crate::heap::Payload::Type(t) = &ty.payload {
        t.dict_mut().set_str("unidata_version", Value::str("3.2.0"));
    }
    items.push(("ucd_3_2_0", native::wrap(&ty, ())));
    items.push(("UCD", Value::Obj(ty)));
    items.push(("unidata_version", Value::str(ucd::UNIDATA_VERSION)));
    let m = module("unicodedata", items);
    if let Some(crate::heap::Payload::Module { dict, .. }) = m.payload()
        && let crate::heap::Payload::Dict(d) = &dict.payload {
            d.borrow_mut().set_str(
                "__doc__",
                Value::str(format!(
                    "This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters. The data in\nthis database is based on the UnicodeData.txt file version\n{0} which is publicly available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by the\nUnicodeData File Format {0}.",
                    ucd::UNIDATA_VERSION
                )),
            );
        }
    m
}
