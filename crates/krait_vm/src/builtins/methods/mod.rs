//! Methods of the built-in types, one file per type: each takes its receiver as the first
//! argument (already unwrapped from a subclass instance by the method-descriptor call).
//! Plain attributes (`int.real`, `range.start`) are properties whose getter is a built-in.

mod bytes;
mod code;
mod dict;
pub(crate) mod list;
mod memview;
pub mod module;
mod num;
mod seq;
mod set;
pub(crate) mod str;
pub mod str_proxy;

pub use bytes::{byte_value, bytes_like, bytes_repr, construct_bytes, decode_bytes, encode_str, new_bytes};
pub use dict::{dict_update_from, merge_plain, merge_source};
pub use memview::{construct as construct_memoryview, equal as memview_equal, getitem as memview_getitem, iter_items as memview_items, length as memview_len, setitem as memview_setitem};
pub use num::{as_complex, complex_binary, complex_hash, complex_parts, complex_repr, construct_complex, float_to_int, new_complex, round_float};
pub use seq::{range_item, range_slice, slice_adjust};
pub use str::{ascii_digits, is_alpha_char, is_decimal_char, is_numeric_char, is_printable_char, py_isspace};
pub use set::{VIEW_METHODS, is_setlike, probe_key as set_probe_key, set_binop, set_compare, set_insert};

use crate::heap::Payload;
use crate::interp::{PyErr, Vm};
use crate::objects::function::{Arity, BuiltinFn, Direct};
use crate::objects::types::Kind;
use crate::value::Value;

use crate::objects::function::{Args, Kwargs};

/// A table of (name, implementation).
pub type Table = &'static [(&'static str, BuiltinFn)];

/// The method tables of the built-in types, installed in their type dicts as method
/// descriptors (`crate::builtins::slots`).
pub fn tables() -> Vec<(Kind, Table, &'static [Arity], &'static [Direct])> {
    /// A table with the arities its descriptors check and the methods' direct forms,
    /// worked out at compile time.
    macro_rules! with_arities {
        ($kind:expr, $table:expr) => {{
            const ARITY: [Arity; $table.len()] = arities($kind, $table);
            const DIRECT: [Direct; $table.len()] = directs($kind, $table);
            ($kind, $table, &ARITY, &DIRECT)
        }};
    }
    vec![
        with_arities!(Kind::Str, str::METHODS),
        with_arities!(Kind::List, list::METHODS),
        with_arities!(Kind::Dict, dict::METHODS),
        with_arities!(Kind::Set, set::METHODS),
        with_arities!(Kind::FrozenSet, set::FROZEN_METHODS),
        with_arities!(Kind::Tuple, seq::TUPLE_METHODS),
        with_arities!(Kind::Range, seq::RANGE_METHODS),
        with_arities!(Kind::Slice, seq::SLICE_METHODS),
        with_arities!(Kind::Int, num::INT_METHODS),
        with_arities!(Kind::Float, num::FLOAT_METHODS),
        with_arities!(Kind::Complex, num::COMPLEX_METHODS),
        with_arities!(Kind::Bytes, bytes::BYTES_METHODS),
        with_arities!(Kind::ByteArray, bytes::BYTEARRAY_METHODS),
        with_arities!(Kind::MemoryView, memview::MEMORYVIEW_METHODS),
        with_arities!(Kind::Code, code::CODE_METHODS),
        with_arities!(Kind::Module, module::MODULE_METHODS),
    ]
}

/// The methods of the built-in types that take no arguments (CPython's METH_NOARGS) and
/// those that take exactly one, positionally (METH_O), as CPython 3.14 declares them: their
/// descriptors check a call's arguments before the method runs.
const ARITIES: &[(Kind, &[&str], &[&str])] = &[
    (
        Kind::Str,
        &[
            "__getnewargs__", "capitalize", "casefold", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit",
            "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "lower",
            "swapcase", "title", "upper",
        ],
        &["__format__", "format_map", "join", "partition", "removeprefix", "removesuffix", "rpartition", "translate", "zfill"],
    ),
    (Kind::List, &["clear", "copy", "reverse"], &["append", "count", "extend", "remove"]),
    (Kind::Dict, &["clear", "copy", "items", "keys", "popitem", "values"], &[]),
    (
        Kind::Set,
        &["clear", "copy", "pop"],
        &["add", "discard", "isdisjoint", "issubset", "issuperset", "remove", "symmetric_difference", "symmetric_difference_update"],
    ),
    (Kind::FrozenSet, &["copy"], &["isdisjoint", "issubset", "issuperset", "symmetric_difference"]),
    (Kind::Tuple, &[], &["count"]),
    (Kind::Range, &["__reversed__"], &["count", "index"]),
    (Kind::Slice, &[], &["indices"]),
    (
        Kind::Int,
        &["__ceil__", "__floor__", "__getnewargs__", "__trunc__", "as_integer_ratio", "bit_count", "bit_length", "conjugate", "is_integer"],
        &["__format__"],
    ),
    (
        Kind::Float,
        &["__ceil__", "__floor__", "__getnewargs__", "__trunc__", "as_integer_ratio", "conjugate", "hex", "is_integer"],
        &["__format__"],
    ),
    (Kind::Complex, &["__getnewargs__", "conjugate"], &["__format__"]),
    (Kind::Bytes, BYTES_NOARGS, BYTES_ONE),
    (Kind::ByteArray, BYTES_NOARGS, BYTES_ONE),
    (Kind::ByteArray, &["clear", "copy", "reverse"], &["append", "extend", "remove"]),
    (Kind::MemoryView, &["__enter__", "release", "tolist", "toreadonly"], &["count"]),
];

const BYTES_NOARGS: &[&str] =
    &["capitalize", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "lower", "swapcase", "title", "upper"];
const BYTES_ONE: &[&str] = &["join", "partition", "removeprefix", "removesuffix", "rpartition", "zfill"];

/// The arity each method of `kind`'s `table` checks, in table order (a const fn: the
/// lists are searched when krait is compiled, not at each start).
const fn arities<const N: usize>(kind: Kind, table: Table) -> [Arity; N] {
    let mut out = [Arity::Any; N];
    let mut i = 0;
    while i < N {
        out[i] = arity_of(kind, table[i].0);
        i += 1;
    }
    out
}

/// The methods with a direct form (see `Direct`): the commonest METH_NOARGS and METH_O
/// calls, which then skip the argument vector.
const DIRECTS: &[(Kind, &str, Direct)] = &[
    (Kind::Set, "add", Direct::One(set::add_direct)),
    (Kind::Set, "discard", Direct::One(set::discard_direct)),
    (Kind::Set, "remove", Direct::One(set::remove_direct)),
    (Kind::Dict, "keys", Direct::NoArgs(dict::keys_direct)),
    (Kind::Dict, "values", Direct::NoArgs(dict::values_direct)),
    (Kind::Dict, "items", Direct::NoArgs(dict::items_direct)),
    (Kind::Str, "lower", Direct::NoArgs(str::lower_direct)),
    (Kind::Str, "upper", Direct::NoArgs(str::upper_direct)),
    (Kind::Str, "isdecimal", Direct::NoArgs(str::isdecimal_direct)),
    (Kind::Str, "isdigit", Direct::NoArgs(str::isdigit_direct)),
    (Kind::Str, "isnumeric", Direct::NoArgs(str::isnumeric_direct)),
    (Kind::Str, "isalpha", Direct::NoArgs(str::isalpha_direct)),
    (Kind::Str, "isalnum", Direct::NoArgs(str::isalnum_direct)),
    (Kind::Str, "isspace", Direct::NoArgs(str::isspace_direct)),
    (Kind::Str, "isascii", Direct::NoArgs(str::isascii_direct)),
    (Kind::Str, "isprintable", Direct::NoArgs(str::isprintable_direct)),
    (Kind::Str, "isidentifier", Direct::NoArgs(str::isidentifier_direct)),
    (Kind::Str, "isupper", Direct::NoArgs(str::isupper_direct)),
    (Kind::Str, "islower", Direct::NoArgs(str::islower_direct)),
    (Kind::Str, "istitle", Direct::NoArgs(str::istitle_direct)),
    (Kind::Str, "strip", Direct::Positional(str::strip_direct)),
    (Kind::Str, "lstrip", Direct::Positional(str::lstrip_direct)),
    (Kind::Str, "rstrip", Direct::Positional(str::rstrip_direct)),
    (Kind::Str, "split", Direct::Positional(str::split_direct)),
    (Kind::Str, "startswith", Direct::Positional(str::startswith_direct)),
    (Kind::Str, "endswith", Direct::Positional(str::endswith_direct)),
    (Kind::Str, "find", Direct::Positional(str::find_direct)),
    (Kind::Str, "join", Direct::One(str::join_direct)),
    (Kind::Str, "replace", Direct::Positional(str::replace_direct)),
    (Kind::Str, "count", Direct::Positional(str::count_direct)),
    (Kind::Dict, "get", Direct::Positional(dict::get_direct)),
    (Kind::Dict, "setdefault", Direct::Positional(dict::setdefault_direct)),
    (Kind::List, "pop", Direct::Positional(list::pop_direct)),
];

/// The direct form of each method of `kind`'s `table`, in table order.
const fn directs<const N: usize>(kind: Kind, table: Table) -> [Direct; N] {
    let mut out = [Direct::None; N];
    let mut i = 0;
    while i < N {
        let mut e = 0;
        while e < DIRECTS.len() {
            let (k, name, direct) = DIRECTS[e];
            if k as u8 == kind as u8 && listed(&[name], table[i].0) {
                out[i] = direct;
            }
            e += 1;
        }
        i += 1;
    }
    out
}

/// The arity `kind`'s method `name` checks.
const fn arity_of(kind: Kind, name: &str) -> Arity {
    let mut found = Arity::Any;
    let mut e = 0;
    while e < ARITIES.len() {
        let (k, noargs, one) = ARITIES[e];
        if k as u8 == kind as u8 {
            if listed(noargs, name) {
                found = Arity::NoArgs;
            } else if listed(one, name) {
                found = Arity::One;
            }
        }
        e += 1;
    }
    found
}

const fn listed(names: &[&str], name: &str) -> bool {
    let mut i = 0;
    while i < names.len() {
        if names[i].len() == name.len() && {
            let (a, b) = (names[i].as_bytes(), name.as_bytes());
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            j == a.len()
        } {
            return true;
        }
        i += 1;
    }
    false
}

/// Class methods and static methods of the built-in types (`dict.fromkeys`).
pub fn class_tables() -> Vec<(Kind, Table, bool)> {
    vec![
        (Kind::Dict, dict::CLASS_METHODS, true),
        (Kind::Int, num::INT_CLASS_METHODS, true),
        (Kind::Float, num::FLOAT_CLASS_METHODS, true),
        (Kind::Str, str::STATIC_METHODS, false),
        (Kind::Bytes, bytes::CLASS_METHODS, true),
        (Kind::ByteArray, bytes::CLASS_METHODS, true),
        (Kind::Bytes, bytes::STATIC_METHODS, false),
        (Kind::ByteArray, bytes::STATIC_METHODS, false),
    ]
}

/// Read-only attributes (getters) of the built-in types.
pub fn attr_tables() -> Vec<(Kind, Table)> {
    vec![
        (Kind::Int, num::INT_ATTRS),
        (Kind::Float, num::FLOAT_ATTRS),
        (Kind::Complex, num::COMPLEX_ATTRS),
        (Kind::Range, seq::RANGE_ATTRS),
        (Kind::Slice, seq::SLICE_ATTRS),
        (Kind::MemoryView, memview::MEMORYVIEW_ATTRS),
    ]
}

/// The one argument of a method that takes exactly one, positionally (CPython's METH_O:
/// `list.append`, `set.add`), moved out of `args`, which keeps the receiver.
#[inline]
pub(crate) fn single_arg(vm: &Vm, fname: &str, args: &mut Args, kwargs: &Kwargs) -> Result<Value, PyErr> {
    if kwargs.is_empty() && args.len() == 2
        && let Some(v) = args.pop()
    {
        return Ok(v);
    }
    Err(single_arg_error(vm, fname, args.len(), kwargs))
}

#[cold]
fn single_arg_error(vm: &Vm, fname: &str, given: usize, kwargs: &Kwargs) -> PyErr {
    vm.type_error(Arity::One.error_message(fname, given.saturating_sub(1), !kwargs.is_empty()))
}

/// A built-in method's parameters after binding (most have at most four: no allocation).
pub(crate) type BoundArgs = smallvec::SmallVec<[Option<Value>; 4]>;

/// The positional and keyword arguments after the receiver, bound to `names`; at least
/// `required` must be given. As in a Python signature, a `"/"` entry ends the
/// positional-only parameters and a `"*"` entry starts the keyword-only ones (CPython's
/// Argument Clinic, whose messages `unpack_keywords` gives).
pub(crate) fn bind_args(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kwargs: &Kwargs,
    names: &[&str],
    required: usize,
) -> Result<BoundArgs, PyErr> {
    let pos = args.get(1..).unwrap_or(&[]);
    // The common call: positional arguments only, enough of them, few parameters, no
    // markers.
    if kwargs.is_empty()
        && names.len() <= 4
        && pos.len() <= names.len()
        && pos.len() >= required
        && !names.iter().any(|n| matches!(n.as_bytes(), [b'/' | b'*']))
    {
        return Ok(bound_positionally(pos, names.len()));
    }
    unpack_keywords(vm, fname, pos, kwargs, names, required)
}

/// `pos` bound to the first of `len` (at most 4) parameters, the rest None: the common
/// call of `bind_args` and `bind_positional`, without an allocation.
#[inline]
fn bound_positionally(pos: &[Value], len: usize) -> BoundArgs {
    let mut buf: [Option<Value>; 4] = [None, None, None, None];
    for (slot, v) in buf.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    BoundArgs::from_buf_and_len(buf, len)
}

/// The argument of a call of `name` that takes exactly one, positionally (CPython's
/// METH_O), with its messages for any other call: keywords first, then the count
/// (`abs() takes exactly one argument (2 given)`).
pub(crate) fn only_arg<'a>(vm: &Vm, name: &str, args: &'a [Value], kwargs: &Kwargs) -> Result<&'a Value, PyErr> {
    match args {
        [v] if kwargs.is_empty() => Ok(v),
        _ => Err(vm.type_error(Arity::One.error_message(name, args.len(), !kwargs.is_empty()))),
    }
}

/// [`only_arg`] after the receiver or class in `args[0]` (METH_O methods and class
/// methods called through their general form: `float.fromhex() takes exactly one argument
/// (0 given)`); `qualname` is `type.method`.
pub(crate) fn arg_after_receiver<'a>(vm: &Vm, qualname: &str, args: &'a [Value], kwargs: &Kwargs) -> Result<&'a Value, PyErr> {
    only_arg(vm, qualname, args.get(1..).unwrap_or(&[]), kwargs)
}

/// `bind_args` for any call: CPython's `_PyArg_UnpackKeywords`, its checks in its order.
#[inline(never)]
fn unpack_keywords(vm: &Vm, fname: &str, pos: &[Value], kwargs: &Kwargs, names: &[&str], required: usize) -> Result<BoundArgs, PyErr> {
    let mut params: smallvec::SmallVec<[&str; 6]> = smallvec::SmallVec::new();
    let (mut posonly, mut maxpos) = (0, None);
    for n in names {
        match *n {
            "/" => posonly = params.len(),
            "*" => maxpos = Some(params.len()),
            _ => params.push(n),
        }
    }
    let maxargs = params.len();
    let maxpos = maxpos.unwrap_or(maxargs);
    let (n, nk) = (pos.len(), kwargs.len());
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n + nk > maxargs {
        let keyword = if n == 0 { "keyword " } else { "" };
        return Err(vm.type_error(format!("{fname}() takes at most {maxargs} {keyword}argument{} ({} given)", plural(maxargs), n + nk)));
    }
    if n > maxpos {
        return Err(vm.type_error(if maxpos == 0 {
            format!("{fname}() takes no positional arguments")
        } else {
            let bound = if required < maxpos { "at most" } else { "exactly" };
            format!("{fname}() takes {bound} {maxpos} positional argument{} ({n} given)", plural(maxpos))
        }));
    }
    let min_posonly = posonly.min(required);
    if n < min_posonly {
        let bound = if min_posonly < maxpos { "at least" } else { "exactly" };
        return Err(vm.type_error(format!("{fname}() takes {bound} {min_posonly} positional argument{} ({n} given)", plural(min_posonly))));
    }
    let mut out: BoundArgs = pos.iter().cloned().map(Some).collect();
    out.resize(maxargs, None);
    let mut left = nk;
    for i in n.max(posonly)..maxargs {
        if let Some((_, v)) = kwargs.iter().find(|(k, _)| k == params[i]) {
            out[i] = Some(v.clone());
            left -= 1;
        } else if i < required {
            return Err(vm.type_error(format!("{fname}() missing required argument '{}' (pos {})", params[i], i + 1)));
        }
    }
    if left > 0 {
        for (i, p) in params.iter().enumerate().take(n).skip(posonly) {
            if kwargs.iter().any(|(k, _)| k == p) {
                return Err(vm.type_error(format!("argument for {fname}() given by name ('{p}') and position ({})", i + 1)));
            }
        }
        let keywords: Vec<String> = params[posonly..].iter().map(|p| p.to_string()).collect();
        if let Some((k, _)) = kwargs.iter().find(|(k, _)| !keywords.contains(k)) {
            return Err(unexpected_keyword(vm, fname, k, &keywords));
        }
    }
    Ok(out)
}

/// `f() got an unexpected keyword argument 'k'`, with CPython's "Did you mean" suggestion
/// among the names `f` takes by keyword.
pub(crate) fn unexpected_keyword(vm: &Vm, fname: &str, k: &str, keywords: &[String]) -> PyErr {
    match crate::interp::traceback::closest_name(k, keywords) {
        Some(s) => vm.type_error(format!("{fname}() got an unexpected keyword argument '{k}'. Did you mean '{s}'?")),
        None => vm.type_error(format!("{fname}() got an unexpected keyword argument '{k}'")),
    }
}

/// The arguments after the receiver of `owner`'s method `fname`, which takes between
/// `required` and `max` arguments, all positionally (CPython's METH_FASTCALL without
/// keywords): keywords raise `str.find() takes no keyword arguments`, a wrong count `find
/// expected at least 1 argument, got 0`. Missing optional ones are None.
pub(crate) fn bind_positional(
    vm: &Vm,
    owner: &str,
    fname: &str,
    args: &[Value],
    kwargs: &Kwargs,
    max: usize,
    required: usize,
) -> Result<BoundArgs, PyErr> {
    let pos = args.get(1..).unwrap_or(&[]);
    if kwargs.is_empty() && max <= 4 && pos.len() <= max && pos.len() >= required {
        return Ok(bound_positionally(pos, max));
    }
    Err(positional_error(vm, owner, fname, pos.len(), !kwargs.is_empty(), max, required))
}

/// The error `bind_positional` raises (CPython's `_PyArg_NoKwnames` and
/// `_PyArg_CheckPositional`).
#[cold]
pub(crate) fn positional_error(vm: &Vm, owner: &str, name: &str, given: usize, keywords: bool, max: usize, required: usize) -> PyErr {
    if keywords {
        return vm.type_error(format!("{owner}.{name}() takes no keyword arguments"));
    }
    let (bound, count) = if given < required { ("at least ", required) } else { ("at most ", max) };
    let bound = if required == max { "" } else { bound };
    vm.type_error(format!("{name} expected {bound}{count} argument{}, got {given}", if count == 1 { "" } else { "s" }))
}

/// An index argument (`int` or `__index__`), None for a missing or None argument.
pub(crate) fn opt_index(vm: &mut Vm, v: &Option<Value>) -> Result<Option<i64>, PyErr> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => index_value(vm, v).map(Some),
    }
}

/// The integer of an index-like value (int, bool, an object with `__index__`), clamped to
/// i64 for big ints.
pub(crate) fn index_value(vm: &mut Vm, v: &Value) -> Result<i64, PyErr> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        _ => {
            if let Some(Payload::BigInt(b)) = v.payload() {
                use num_traits::Signed;
                return Ok(if b.is_negative() { i64::MIN } else { i64::MAX });
            }
            if let Some(r) = vm.call_dunder(v, "__index__", vec![]) {
                let r = r?;
                if let Value::Int(i) = r {
                    return Ok(i);
                }
            }
            Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))
        }
    }
}

/// CPython's slice-style adjustment of `start`/`end` arguments to `0..=len`.
pub(crate) fn adjust_range(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let n = len as i64;
    let fix = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) };
    let s = start.map_or(0, fix);
    let e = end.map_or(n, fix);
    (s as usize, e as usize)
}

/// A KeyError carrying `key`.
pub(crate) fn key_error(vm: &Vm, key: Value) -> PyErr {
    PyErr(crate::interp::exceptions::new_exception(vm.types.exception("KeyError"), vec![key]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every direct form is for a method of its type's table whose arity matches it.
    #[test]
    fn directs_match_arities() {
        let tables = tables();
        for (kind, name, direct) in DIRECTS {
            let found = tables.iter().find_map(|(k, t, arities, directs)| {
                let i = t.iter().position(|(n, _)| n == name).filter(|_| k == kind)?;
                Some((arities[i], directs[i]))
            });
            let Some((arity, installed)) = found else { panic!("{kind:?} has no method {name}") };
            match (direct, arity, installed) {
                (Direct::One(_), Arity::One, Direct::One(_))
                | (Direct::NoArgs(_), Arity::NoArgs, Direct::NoArgs(_))
                | (Direct::Positional(_), _, Direct::Positional(_)) => {}
                _ => panic!("{kind:?}.{name}: direct form {direct:?} with arity {arity:?}"),
            }
        }
    }

    /// Every name the arity lists give is a method in that type's table.
    #[test]
    fn arities_name_table_methods() {
        let tables = tables();
        for (kind, noargs, one) in ARITIES {
            for name in noargs.iter().chain(one.iter()) {
                let listed = tables.iter().any(|(k, t, _, _)| k == kind && t.iter().any(|(n, _)| n == name));
                assert!(listed, "{kind:?} has no method {name}");
            }
        }
    }
}
