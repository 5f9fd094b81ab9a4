//! The methods of `str`. Indices are code-point indices; the receiver is UTF-8, so
//! index-based methods work on the characters (ASCII text takes byte fast paths).

use super::{Args, Kwargs, Table, adjust_range, bind_args, bind_positional, opt_index};
use crate::heap::Payload;
use crate::objects::str::StrObj;
use crate::interp::call::{new_list, new_tuple};
use crate::interp::{PyErr, PyResult, Vm};
use crate::value::Value;

/// The methods; all but `join` and `translate` (which handle surrogates themselves) run through
/// `str_proxy::call`, the fallback for strs holding lone surrogates.
pub const METHODS: Table = &[
    ("capitalize", |vm, a, k| super::str_proxy::call(vm, a, k, capitalize)),
    ("casefold", |vm, a, k| super::str_proxy::call(vm, a, k, casefold)),
    ("center", |vm, a, k| super::str_proxy::call(vm, a, k, center)),
    ("count", |vm, a, k| super::str_proxy::call(vm, a, k, count)),
    ("encode", |vm, a, k| super::str_proxy::call(vm, a, k, encode)),
    ("endswith", |vm, a, k| super::str_proxy::call(vm, a, k, endswith)),
    ("expandtabs", |vm, a, k| super::str_proxy::call(vm, a, k, expandtabs)),
    ("find", |vm, a, k| super::str_proxy::call(vm, a, k, find)),
    ("format", |vm, a, k| super::str_proxy::call(vm, a, k, format)),
    ("format_map", |vm, a, k| super::str_proxy::call(vm, a, k, format_map)),
    ("index", |vm, a, k| super::str_proxy::call(vm, a, k, index)),
    ("isalnum", |vm, a, k| super::str_proxy::call(vm, a, k, isalnum)),
    ("isalpha", |vm, a, k| super::str_proxy::call(vm, a, k, isalpha)),
    ("isascii", |vm, a, k| super::str_proxy::call(vm, a, k, isascii)),
    ("isdecimal", |vm, a, k| super::str_proxy::call(vm, a, k, isdecimal)),
    ("isdigit", |vm, a, k| super::str_proxy::call(vm, a, k, isdigit)),
    ("isidentifier", |vm, a, k| super::str_proxy::call(vm, a, k, isidentifier)),
    ("islower", |vm, a, k| super::str_proxy::call(vm, a, k, islower)),
    ("isnumeric", |vm, a, k| super::str_proxy::call(vm, a, k, isnumeric)),
    ("isprintable", |vm, a, k| super::str_proxy::call(vm, a, k, isprintable)),
    ("isspace", |vm, a, k| super::str_proxy::call(vm, a, k, isspace)),
    ("istitle", |vm, a, k| super::str_proxy::call(vm, a, k, istitle)),
    ("isupper", |vm, a, k| super::str_proxy::call(vm, a, k, isupper)),
    ("join", join),
    ("ljust", |vm, a, k| super::str_proxy::call(vm, a, k, ljust)),
    ("lower", |vm, a, k| super::str_proxy::call(vm, a, k, lower)),
    ("lstrip", |vm, a, k| super::str_proxy::call(vm, a, k, lstrip)),
    ("partition", |vm, a, k| super::str_proxy::call(vm, a, k, partition)),
    ("removeprefix", |vm, a, k| super::str_proxy::call(vm, a, k, removeprefix)),
    ("removesuffix", |vm, a, k| super::str_proxy::call(vm, a, k, removesuffix)),
    ("replace", |vm, a, k| super::str_proxy::call(vm, a, k, replace)),
    ("rfind", |vm, a, k| super::str_proxy::call(vm, a, k, rfind)),
    ("rindex", |vm, a, k| super::str_proxy::call(vm, a, k, rindex)),
    ("rjust", |vm, a, k| super::str_proxy::call(vm, a, k, rjust)),
    ("rpartition", |vm, a, k| super::str_proxy::call(vm, a, k, rpartition)),
    ("rsplit", |vm, a, k| super::str_proxy::call(vm, a, k, rsplit)),
    ("rstrip", |vm, a, k| super::str_proxy::call(vm, a, k, rstrip)),
    ("split", |vm, a, k| super::str_proxy::call(vm, a, k, split)),
    ("splitlines", |vm, a, k| super::str_proxy::call(vm, a, k, splitlines)),
    ("startswith", |vm, a, k| super::str_proxy::call(vm, a, k, startswith)),
    ("strip", |vm, a, k| super::str_proxy::call(vm, a, k, strip)),
    ("swapcase", |vm, a, k| super::str_proxy::call(vm, a, k, swapcase)),
    ("title", |vm, a, k| super::str_proxy::call(vm, a, k, title)),
    ("translate", translate),
    ("upper", |vm, a, k| super::str_proxy::call(vm, a, k, upper)),
    ("zfill", |vm, a, k| super::str_proxy::call(vm, a, k, zfill)),
    ("__format__", |vm, a, k| super::str_proxy::call(vm, a, k, dunder_format)),
    ("__getnewargs__", |vm, a, k| super::str_proxy::call(vm, a, k, getnewargs)),
];

pub const STATIC_METHODS: Table = &[("maketrans", maketrans)];

/// Looks a keyword field of a format string up (`format`'s kwargs, `format_map`'s mapping).
type KwLookup<'a> = &'a dyn Fn(&mut Vm, &str) -> Result<Option<Value>, PyErr>;

/// The code points of a str value (lone surrogates included).
fn code_points(v: &Value) -> Vec<u32> {
    crate::objects::str::value_code_points(v)
}

fn recv(args: &[Value]) -> &str {
    args.first().and_then(|v| v.as_str()).unwrap_or("")
}

/// Python's `str.isspace` for one character (Rust's White_Space plus the separators
/// U+001C..U+001F).
pub fn py_isspace(c: char) -> bool {
    krait_unicode::is_space(c as u32)
}

fn str_param(vm: &Vm, v: &Option<Value>, what: &str) -> Result<Option<String>, PyErr> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.as_str() {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(vm.type_error(format!("{what} arg must be None or str"))),
        },
    }
}

fn need_str(vm: &Vm, v: &Option<Value>, fname: &str, pos: usize) -> Result<String, PyErr> {
    match v.as_ref().and_then(|v| v.as_str()) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = v.as_ref().map(|v| vm.type_name(v)).unwrap_or_default();
            Err(vm.type_error(format!("{fname}() argument {pos} must be str, not {tn}")))
        }
    }
}

/// The receiver's str object (an empty one stands in should it not be a str).
fn recv_obj(args: &[Value]) -> &StrObj {
    thread_local! {
        static EMPTY: &'static StrObj = Box::leak(Box::new(StrObj::new("")));
    }
    match args.first().and_then(Value::payload) {
        Some(Payload::Str(s)) => s,
        _ => EMPTY.with(|e| *e),
    }
}

/// The `[start:end]` window of `s` as (byte start, byte end), None when start is past the
/// end.
fn window(vm: &mut Vm, s: &StrObj, start: &Option<Value>, end: &Option<Value>) -> Result<Option<(usize, usize)>, PyErr> {
    if start.is_none() && end.is_none() {
        return Ok(Some((0, s.len())));
    }
    let (st, en) = (opt_index(vm, start)?, opt_index(vm, end)?);
    let n = s.char_count();
    let (a, b) = adjust_range(st, en, n);
    if st.is_some_and(|x| x > n as i64) {
        return Ok(None);
    }
    if a > b {
        return Ok(None);
    }
    Ok(Some((s.byte_of(a), s.byte_of(b))))
}

/// The byte offset of the first (or, `rev`, last) occurrence of `sub` in `hay`. A match of
/// whole UTF-8 sequences starts on a character boundary.
fn search(hay: &str, sub: &str, rev: bool) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), sub.as_bytes());
    match (n, rev) {
        ([b], false) => memchr::memchr(*b, h),
        ([b], true) => memchr::memrchr(*b, h),
        (_, false) => memchr::memmem::find(h, n),
        (_, true) => memchr::memmem::rfind(h, n),
    }
}

fn find_impl(vm: &mut Vm, args: &[Value], kwargs: &Kwargs, fname: &str, rev: bool) -> Result<i64, PyErr> {
    let p = bind_positional(vm, "str", fname, args, kwargs, 3, 1)?;
    let s = recv_obj(args);
    let sub = match p[0].as_ref().and_then(Value::as_str) {
        Some(sub) => sub,
        None => return need_str(vm, &p[0], fname, 1).map(|_| -1),
    };
    let Some((a, b)) = window(vm, s, &p[1], &p[2])? else { return Ok(-1) };
    let found = search(&s[a..b], sub, rev);
    Ok(match found {
        Some(i) => s.char_of(a + i) as i64,
        None => -1,
    })
}

fn find(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    Ok(Value::Int(find_impl(vm, &args, &kwargs, "find", false)?))
}

fn rfind(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    Ok(Value::Int(find_impl(vm, &args, &kwargs, "rfind", true)?))
}

fn index(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    match find_impl(vm, &args, &kwargs, "index", false)? {
        -1 => Err(vm.error("ValueError", "substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn rindex(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    match find_impl(vm, &args, &kwargs, "rindex", true)? {
        -1 => Err(vm.error("ValueError", "substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    count_impl(vm, &args, &kwargs)
}

pub(super) fn count_direct(vm: &mut Vm, args: &[Value]) -> PyResult {
    super::str_proxy::direct(vm, args, count_impl, count)
}

fn count_impl(vm: &mut Vm, args: &[Value], kwargs: &Kwargs) -> PyResult {
    let p = bind_positional(vm, "str", "count", args, kwargs, 3, 1)?;
    let s = recv_obj(args);
    let sub = need_str(vm, &p[0], "count", 1)?;
    let Some((a, b)) = window(vm, s, &p[1], &p[2])? else { return Ok(Value::Int(0)) };
    let hay = &s[a..b];
    Ok(Value::Int(if sub.is_empty() { crate::objects::str::char_len(hay) as i64 + 1 } else { hay.matches(sub.as_str()).count() as i64 }))
}

fn affix_impl(vm: &mut Vm, args: &[Value], kwargs: &Kwargs, fname: &str, end: bool) -> PyResult {
    let p = bind_positional(vm, "str", fname, args, kwargs, 3, 1)?;
    let s = recv_obj(args);
    let Some((a, b)) = window(vm, s, &p[1], &p[2])? else { return Ok(Value::Bool(false)) };
    let hay = &s[a..b];
    let test = |t: &str| if end { hay.ends_with(t) } else { hay.starts_with(t) };
    let arg = p[0].clone().unwrap_or(Value::None);
    if let Some(t) = arg.as_str() {
        return Ok(Value::Bool(test(t)));
    }
    if let Some(Payload::Tuple(items)) = arg.payload() {
        for it in items.iter() {
            match it.as_str() {
                Some(t) => {
                    if test(t) {
                        return Ok(Value::Bool(true));
                    }
                }
                None => {
                    return Err(vm.type_error(format!("tuple for {fname} must only contain str, not {}", vm.type_name(it))));
                }
            }
        }
        return Ok(Value::Bool(false));
    }
    Err(vm.type_error(format!("{fname} first arg must be str or a tuple of str, not {}", vm.type_name(&arg))))
}

fn startswith(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    affix_impl(vm, &args, &kwargs, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    affix_impl(vm, &args, &kwargs, "endswith", true)
}

/// `sep.join(items)` for a list or tuple of strs, none with surrogates: the result in one
/// allocation, or the one item itself when it is the only one (as CPython returns it). None
/// for anything else (the general path raises, converts or iterates).
fn join_plain(sep: &Value, iterable: &Value) -> Option<Value> {
    let Some(Payload::Str(sep)) = sep.payload() else { return None };
    if sep.has_surrogates() {
        return None;
    }
    let run = |items: &[Value]| -> Option<Value> {
        if let [only] = items
            && matches!(only.payload(), Some(Payload::Str(_)))
        {
            return Some(only.clone());
        }
        let mut total = sep.len() * items.len().saturating_sub(1);
        for v in items {
            match v.payload() {
                Some(Payload::Str(s)) if !s.has_surrogates() => total += s.len(),
                _ => return None,
            }
        }
        let mut out = String::with_capacity(total);
        for (i, v) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(sep);
            }
            if let Some(Payload::Str(s)) = v.payload() {
                out.push_str(s);
            }
        }
        Some(Value::str(out))
    };
    match iterable.payload() {
        Some(Payload::List(l)) => run(&l.borrow()),
        Some(Payload::Tuple(t)) => run(t),
        _ => None,
    }
}

pub(crate) fn join(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    // METH_O: the descriptor's arity check has run; this one is for the record.
    let iterable = super::arg_after_receiver(vm, "str.join", &args, &kwargs)?;
    join_direct(vm, &args[0], iterable)
}

/// `sep.join(iterable)` (also the direct form, `Direct::One`).
pub(crate) fn join_direct(vm: &mut Vm, sep_value: &Value, iterable: &Value) -> PyResult {
    if let Some(r) = join_plain(sep_value, iterable) {
        return Ok(r);
    }
    let sep = sep_value.as_str().unwrap_or("").to_string();
    // CPython's PySequence_Fast: a TypeError from iter() becomes join's own message.
    let given = match iterable.payload() {
        Some(Payload::List(_) | Payload::Tuple(_)) => vm.seq_items(iterable)?,
        _ => match vm.try_get_iter(iterable) {
            Ok(Some(it)) => vm.drain(&it)?,
            Ok(None) => return Err(vm.type_error("can only join an iterable")),
            Err(e) if vm.is_instance_of(&e.0, "TypeError") => return Err(vm.type_error("can only join an iterable")),
            Err(e) => return Err(e),
        },
    };
    // Instances of str subclasses join as their text.
    let items: Vec<Value> = given.iter().map(crate::builtins::slots::unwrap_native).collect();
    let mut out = String::new();
    let mut surrogates = crate::objects::str::surrogate_base(sep_value) != 0;
    for (i, (v, orig)) in items.iter().zip(&given).enumerate() {
        match v.payload() {
            Some(Payload::Str(s)) => {
                if i > 0 {
                    out.push_str(&sep);
                }
                out.push_str(s);
                surrogates |= s.has_surrogates();
            }
            _ => {
                return Err(vm.type_error(format!("sequence item {i}: expected str instance, {} found", vm.type_name(orig))));
            }
        }
    }
    if surrogates {
        // Code points, not proxy texts (the strs may spell surrogates differently).
        let Some(Payload::Str(sep)) = sep_value.payload() else { return Ok(Value::str(out)) };
        let mut parts: Vec<&crate::objects::str::StrObj> = Vec::with_capacity(items.len() * 2);
        for (i, v) in items.iter().enumerate() {
            if let Some(Payload::Str(s)) = v.payload() {
                if i > 0 {
                    parts.push(sep);
                }
                parts.push(s);
            }
        }
        return Ok(crate::objects::str::concat(&parts));
    }
    Ok(Value::str(out))
}

fn maxsplit(vm: &mut Vm, v: &Option<Value>) -> Result<Option<usize>, PyErr> {
    Ok(match opt_index(vm, v)? {
        Some(n) if n >= 0 => Some(n as usize),
        _ => None,
    })
}

/// Python's whitespace among ASCII bytes: `\t\n\x0b\x0c\r`, `\x1c`..`\x1f` and space.
#[inline]
fn is_ascii_py_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | 0x1c..=b' ')
}

fn split_ws(s: &str, max: Option<usize>) -> Vec<Value> {
    if s.is_ascii() {
        return split_ws_ascii(s, max);
    }
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(py_isspace);
    while !rest.is_empty() {
        if max.is_some_and(|m| out.len() >= m) {
            out.push(Value::str(rest));
            break;
        }
        let end = rest.find(py_isspace).unwrap_or(rest.len());
        out.push(Value::str(&rest[..end]));
        rest = rest[end..].trim_start_matches(py_isspace);
    }
    out
}

/// `split_ws` of an ASCII str, byte by byte.
fn split_ws_ascii(s: &str, max: Option<usize>) -> Vec<Value> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while i < b.len() && is_ascii_py_space(b[i]) {
            i += 1;
        }
        if i == b.len() {
            return out;
        }
        if max.is_some_and(|m| out.len() >= m) {
            out.push(Value::str(&s[i..]));
            return out;
        }
        let start = i;
        while i < b.len() && !is_ascii_py_space(b[i]) {
            i += 1;
        }
        out.push(Value::str(&s[start..i]));
    }
}

fn rsplit_ws(s: &str, max: Option<usize>) -> Vec<Value> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(py_isspace);
    while !rest.is_empty() {
        if max.is_some_and(|m| out.len() >= m) {
            out.push(Value::str(rest));
            break;
        }
        let start = rest.rfind(py_isspace).map_or(0, |i| i + rest[i..].chars().next().map_or(1, char::len_utf8));
        out.push(Value::str(&rest[start..]));
        rest = rest[..start].trim_end_matches(py_isspace);
    }
    out.reverse();
    out
}

fn split_impl(vm: &mut Vm, args: &[Value], kwargs: &Kwargs, fname: &str, rev: bool) -> PyResult {
    let p = bind_args(vm, fname, args, kwargs, &["sep", "maxsplit"], 0)?;
    let s = recv(args);
    let max = maxsplit(vm, &p[1])?;
    let parts = match &p[0] {
        None | Some(Value::None) => {
            if rev {
                rsplit_ws(s, max)
            } else {
                split_ws(s, max)
            }
        }
        Some(sep) => {
            let Some(sep) = sep.as_str() else {
                return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(sep))));
            };
            if sep.is_empty() {
                return Err(vm.error("ValueError", "empty separator"));
            }
            match (max, rev) {
                (Some(m), false) => s.splitn(m + 1, sep).map(Value::str).collect(),
                (Some(m), true) => {
                    let mut v: Vec<Value> = s.rsplitn(m + 1, sep).map(Value::str).collect();
                    v.reverse();
                    v
                }
                (None, _) => s.split(sep).map(Value::str).collect(),
            }
        }
    };
    Ok(new_list(parts))
}

fn split(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    split_impl(vm, &args, &kwargs, "split", false)
}

fn rsplit(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    split_impl(vm, &args, &kwargs, "rsplit", true)
}

fn is_line_break(c: char) -> bool {
    krait_unicode::is_linebreak(c as u32)
}

fn splitlines(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "splitlines", &args, &kwargs, &["keepends"], 0)?;
    let keep = match &p[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let s = recv(&args);
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_line_break(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' && it.peek().is_some_and(|(_, n)| *n == '\n') {
                it.next();
                end += 1;
            }
            out.push(Value::str(if keep { &s[start..end] } else { &s[start..i] }));
            start = end;
        }
    }
    if start < s.len() {
        out.push(Value::str(&s[start..]));
    }
    Ok(new_list(out))
}

fn strip_impl(vm: &mut Vm, args: &[Value], kwargs: &Kwargs, fname: &str, left: bool, right: bool) -> PyResult {
    // CPython's strip methods take one positional-only argument.
    if !kwargs.is_empty() {
        return Err(vm.type_error(format!("str.{fname}() takes no keyword arguments")));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!("{fname} expected at most 1 argument, got {}", args.len() - 1)));
    }
    let s = recv(args);
    let chars = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => match v.as_str() {
            Some(c) => Some(c),
            None => return Err(vm.type_error(format!("{fname} arg must be None or str"))),
        },
    };
    let r = match chars {
        Some(c) => {
            let strip = |ch: char| c.contains(ch);
            let mut r = s;
            if left {
                r = r.trim_start_matches(strip);
            }
            if right {
                r = r.trim_end_matches(strip);
            }
            r
        }
        None => {
            let mut r = s;
            if left {
                r = r.trim_start_matches(py_isspace);
            }
            if right {
                r = r.trim_end_matches(py_isspace);
            }
            r
        }
    };
    // Nothing stripped: the str itself, as CPython returns an unchanged exact str.
    if r.len() == s.len()
        && let Some(v) = args.first()
    {
        return Ok(v.clone());
    }
    Ok(Value::str(r))
}

pub(super) fn strip_direct(vm: &mut Vm, args: &[Value]) -> PyResult {
    super::str_proxy::direct(vm, args, |vm, a, k| strip_impl(vm, a, k, "strip", true, true), strip)
}

pub(super) fn lstrip_direct(vm: &mut Vm, args: &[Value]) -> PyResult {
    super::str_proxy::direct(vm, args, |vm, a, k| strip_impl(vm, a, k, "lstrip", true, false), lstrip)
}

pub(super) fn rstrip_direct(vm: &mut Vm, args: &[Value]) -> PyResult {
    super::str_proxy::direct(vm, args, |vm, a, k| strip_impl(vm, a, k, "rstrip", false, true), rstrip)
}

pub(super) fn split_direct(vm: &mut Vm, args: &[Value]) -> PyResult {
    super::str_proxy::direct(vm, args, |vm, a, k| split_impl(vm, a, k, "split", false), split)
}

pub(super) fn startswith_direct(vm: &mut Vm, args: &[Value]) -> PyResult {
    super::str_proxy::direct(vm, args, |vm, a, k| affix_impl(vm, a, k, "startswith", false), startswith)
}

pub(super) fn endswith_direct(vm: &mut Vm, args: &[Value]) -> PyResult {
    super::str_proxy::direct(vm, args, |vm, a, k| affix_impl(vm, a, k, "endswith", true), endswith)
}

pub(super) fn find_direct(vm: &mut Vm, args: &[Value]) -> PyResult {
    super::str_proxy::direct(vm, args, |vm, a, k| Ok(Value::Int(find_impl(vm, a, k, "find", false)?)), find)
}

fn strip(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    strip_impl(vm, &args, &kwargs, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    strip_impl(vm, &args, &kwargs, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    strip_impl(vm, &args, &kwargs, "rstrip", false, true)
}

fn partition_impl(vm: &mut Vm, args: &[Value], kwargs: &Kwargs, fname: &str, rev: bool) -> PyResult {
    let p = bind_args(vm, fname, args, kwargs, &["sep"], 1)?;
    let s = recv(args);
    let Some(sep) = p[0].as_ref().and_then(|v| v.as_str()).map(str::to_string) else {
        let tn = p[0].as_ref().map(|v| vm.type_name(v)).unwrap_or_default();
        return Err(vm.type_error(format!("must be str, not {tn}")));
    };
    if sep.is_empty() {
        return Err(vm.error("ValueError", "empty separator"));
    }
    let found = if rev { s.rfind(sep.as_str()) } else { s.find(sep.as_str()) };
    let parts = match found {
        Some(i) => vec![Value::str(&s[..i]), Value::str(sep.clone()), Value::str(&s[i + sep.len()..])],
        None if rev => vec![Value::str(""), Value::str(""), Value::str(s)],
        None => vec![Value::str(s), Value::str(""), Value::str("")],
    };
    Ok(new_tuple(parts))
}

fn partition(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    partition_impl(vm, &args, &kwargs, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    partition_impl(vm, &args, &kwargs, "rpartition", true)
}

fn replace(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    replace_impl(vm, &args, &kwargs)
}

pub(super) fn replace_direct(vm: &mut Vm, args: &[Value]) -> PyResult {
    super::str_proxy::direct(vm, args, replace_impl, replace)
}

fn replace_impl(vm: &mut Vm, args: &[Value], kwargs: &Kwargs) -> PyResult {
    let p = bind_args(vm, "replace", args, kwargs, &["old", "new", "/", "count"], 2)?;
    let s = recv(args);
    let old = need_str(vm, &p[0], "replace", 1)?;
    let new = need_str(vm, &p[1], "replace", 2)?;
    let n = opt_index(vm, &p[2])?.unwrap_or(-1);
    if n < 0 {
        if old.is_empty() {
            let mut out = new.clone();
            for c in s.chars() {
                out.push(c);
                out.push_str(&new);
            }
            return Ok(Value::str(out));
        }
        return Ok(Value::str(s.replace(old.as_str(), &new)));
    }
    if old.is_empty() {
        let mut out = String::new();
        let mut left = n;
        for c in s.chars() {
            if left > 0 {
                out.push_str(&new);
                left -= 1;
            }
            out.push(c);
        }
        if left > 0 {
            out.push_str(&new);
        }
        return Ok(Value::str(out));
    }
    Ok(Value::str(s.replacen(old.as_str(), &new, n as usize)))
}

fn removeprefix(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "removeprefix", &args, &kwargs, &["prefix"], 1)?;
    let pre = need_str(vm, &p[0], "removeprefix", 1)?;
    let s = recv(&args);
    Ok(Value::str(s.strip_prefix(pre.as_str()).unwrap_or(s)))
}

fn removesuffix(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "removesuffix", &args, &kwargs, &["suffix"], 1)?;
    let suf = need_str(vm, &p[0], "removesuffix", 1)?;
    let s = recv(&args);
    Ok(Value::str(s.strip_suffix(suf.as_str()).unwrap_or(s)))
}

fn expandtabs(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "expandtabs", &args, &kwargs, &["tabsize"], 0)?;
    let size = opt_index(vm, &p[0])?.unwrap_or(8);
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in recv(&args).chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let pad = size - col % size;
                    out.extend(std::iter::repeat_n(' ', pad as usize));
                    col += pad;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::str(out))
}

/// `s.upper()` (the direct form): the general method, through the surrogate translation,
/// for a str holding surrogates.
pub(super) fn upper_direct(vm: &mut Vm, s: &Value) -> PyResult {
    match s.payload() {
        Some(Payload::Str(t)) if !t.has_surrogates() => Ok(case_mapped(t, u8::to_ascii_uppercase, krait_unicode::case::upper)),
        _ => super::str_proxy::call(vm, smallvec::smallvec![s.clone()], Vec::new(), upper),
    }
}

/// `s.lower()`, likewise.
pub(super) fn lower_direct(vm: &mut Vm, s: &Value) -> PyResult {
    match s.payload() {
        Some(Payload::Str(t)) if !t.has_surrogates() => Ok(case_mapped(t, u8::to_ascii_lowercase, krait_unicode::case::lower)),
        _ => super::str_proxy::call(vm, smallvec::smallvec![s.clone()], Vec::new(), lower),
    }
}

/// A case mapping of `s`: byte by byte into the new str's own storage when `s` is ASCII
/// (no intermediate `String`), else by the Unicode tables.
fn case_mapped(s: &str, ascii: fn(&u8) -> u8, general: fn(&str) -> String) -> Value {
    if s.is_ascii() { Value::str(crate::objects::text::Text::map_ascii(s, |b| ascii(&b))) } else { Value::str(general(s)) }
}

fn upper(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(case_mapped(recv(&args), u8::to_ascii_uppercase, krait_unicode::case::upper))
}

fn lower(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(case_mapped(recv(&args), u8::to_ascii_lowercase, krait_unicode::case::lower))
}

fn casefold(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::str(krait_unicode::case::casefold(recv(&args))))
}

fn title(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::str(krait_unicode::case::title(recv(&args))))
}

fn capitalize(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::str(krait_unicode::case::capitalize(recv(&args))))
}

fn swapcase(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::str(krait_unicode::case::swapcase(recv(&args))))
}

fn zfill(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "zfill", &args, &kwargs, &["width"], 1)?;
    let w = opt_index(vm, &p[0])?.unwrap_or(0).max(0) as usize;
    let s = recv(&args);
    let n = crate::objects::str::char_len(s);
    if n >= w {
        return Ok(Value::str(s));
    }
    let (sign, digits) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &s[1..]),
        _ => (String::new(), s),
    };
    Ok(Value::str(format!("{sign}{}{digits}", "0".repeat(w - n))))
}

fn justify(vm: &mut Vm, args: &[Value], kwargs: &Kwargs, fname: &str, how: char) -> PyResult {
    let p = bind_positional(vm, "str", fname, args, kwargs, 2, 1)?;
    let w = opt_index(vm, &p[0])?.unwrap_or(0).max(0) as usize;
    let fill = match &p[1] {
        None => ' ',
        Some(v) => match v.as_str() {
            Some(f) if f.chars().count() == 1 => f.chars().next().unwrap_or(' '),
            Some(_) => return Err(vm.type_error("The fill character must be exactly one character long")),
            None => {
                return Err(vm.type_error(format!("{fname}() argument 2 must be a unicode character, not {}", vm.type_name(v))));
            }
        },
    };
    let s = recv(args);
    let n = crate::objects::str::char_len(s);
    if n >= w {
        return Ok(Value::str(s));
    }
    let pad = w - n;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    Ok(Value::str(match how {
        '<' => format!("{s}{}", f(pad)),
        '>' => format!("{}{s}", f(pad)),
        _ => {
            let left = pad / 2 + (pad & w & 1);
            format!("{}{s}{}", f(left), f(pad - left))
        }
    }))
}

fn center(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    justify(vm, &args, &kwargs, "center", '^')
}

fn ljust(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    justify(vm, &args, &kwargs, "ljust", '<')
}

fn rjust(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    justify(vm, &args, &kwargs, "rjust", '>')
}

pub fn is_decimal_char(c: char) -> bool {
    krait_unicode::is_decimal(c as u32)
}

/// The value of a Unicode decimal digit.
pub fn decimal_value(c: char) -> Option<u32> {
    krait_unicode::decimal(c as u32)
}

/// `s` with its non-ASCII decimal digits as ASCII ones (what int() and float() parse).
pub fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(s.chars().map(|c| if c.is_ascii() { c } else { decimal_value(c).and_then(|d| char::from_digit(d, 10)).unwrap_or(c) }).collect())
}

fn is_digit_char(c: char) -> bool {
    krait_unicode::is_digit(c as u32)
}

pub fn is_numeric_char(c: char) -> bool {
    krait_unicode::is_numeric(c as u32)
}

pub fn is_alpha_char(c: char) -> bool {
    krait_unicode::is_alpha(c as u32)
}

/// `str.isprintable` for one character.
pub fn is_printable_char(c: char) -> bool {
    krait_unicode::is_printable(c as u32)
}

/// The str predicates (`isdigit`...) over a text, each with its general form and a direct
/// one (`Direct::NoArgs`); a str with lone surrogates takes the proxy path, as the table's
/// general forms do.
macro_rules! predicates {
    ($($name:ident, $direct:ident => |$t:ident| $test:expr;)*) => {
        $(fn $name(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
            let $t: &str = recv(&args);
            Ok(Value::Bool($test))
        }

        pub(super) fn $direct(vm: &mut Vm, s: &Value) -> PyResult {
            match s.payload() {
                Some(Payload::Str(t)) if !t.has_surrogates() => {
                    let $t: &str = t;
                    Ok(Value::Bool($test))
                }
                _ => super::str_proxy::call(vm, smallvec::smallvec![s.clone()], Vec::new(), $name),
            }
        })*
    };
}

predicates! {
    isdecimal, isdecimal_direct => |t| !t.is_empty() && t.chars().all(is_decimal_char);
    isdigit, isdigit_direct => |t| !t.is_empty() && t.chars().all(is_digit_char);
    isnumeric, isnumeric_direct => |t| !t.is_empty() && t.chars().all(is_numeric_char);
    isalpha, isalpha_direct => |t| !t.is_empty() && t.chars().all(is_alpha_char);
    isalnum, isalnum_direct => |t| !t.is_empty() && t.chars().all(|c| krait_unicode::is_alnum(c as u32));
    isspace, isspace_direct => |t| !t.is_empty() && t.chars().all(py_isspace);
    isascii, isascii_direct => |t| t.is_ascii();
    isprintable, isprintable_direct => |t| t.chars().all(is_printable_char);
    isidentifier, isidentifier_direct => |t| krait_unicode::is_identifier(t);
    isupper, isupper_direct => |t| krait_unicode::case::is_upper_str(t);
    islower, islower_direct => |t| krait_unicode::case::is_lower_str(t);
    istitle, istitle_direct => |t| krait_unicode::case::is_title_str(t);
}

fn maketrans(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    // A static method: no receiver, so bind against a dummy first slot.
    let mut full = vec![Value::None];
    full.extend(args);
    let p = bind_positional(vm, "str", "maketrans", &full, &kwargs, 3, 1)?;
    let d = vm.new_dict();
    let Some(Payload::Dict(dd)) = d.payload() else { return Ok(d) };
    match (&p[0], &p[1]) {
        (Some(x), None) => {
            let Some(Payload::Dict(src)) = x.payload() else {
                return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
            };
            let pairs: Vec<(Value, Value)> = src.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
            for (k, v) in pairs {
                let key = match k.as_str() {
                    Some(s) if s.chars().count() == 1 => Value::Int(code_points(&k).first().map_or(0, |&c| i64::from(c))),
                    Some(_) => return Err(vm.error("ValueError", "string keys in translate table must be of length 1")),
                    None if crate::objects::int::is_int(&k) => k.clone(),
                    None => return Err(vm.type_error("keys in translate table must be strings or integers")),
                };
                vm.dict_set(dd, key, v)?;
            }
        }
        (Some(x), Some(y)) => {
            let (Some(xs), Some(ys)) = (x.as_str(), y.as_str()) else {
                return Err(vm.type_error("maketrans() argument 2 must be str, not ".to_string() + &vm.type_name(y)));
            };
            if xs.chars().count() != ys.chars().count() {
                return Err(vm.error("ValueError", "the first two maketrans arguments must have equal length"));
            }
            for (a, b) in code_points(x).into_iter().zip(code_points(y)) {
                vm.dict_set(dd, Value::Int(i64::from(a)), Value::Int(i64::from(b)))?;
            }
            if let Some(z) = &p[2] {
                if z.as_str().is_none() {
                    return Err(vm.type_error(format!("maketrans() argument 3 must be str, not {}", vm.type_name(z))));
                }
                for c in code_points(z) {
                    vm.dict_set(dd, Value::Int(i64::from(c)), Value::None)?;
                }
            }
        }
        _ => return Err(vm.type_error("maketrans() takes at least 1 argument (0 given)")),
    }
    Ok(d)
}

fn translate(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "translate", &args, &kwargs, &["table"], 1)?;
    let table = p[0].clone().unwrap_or(Value::None);
    // By code points: a table maps the ordinals of lone surrogates too.
    let s = args.first().map(code_points).unwrap_or_default();
    let mut out: Vec<u32> = Vec::with_capacity(s.len());
    let lookup_error = vm.types.exception("LookupError");
    for c in s {
        let r = match vm.getitem(&table, &Value::Int(i64::from(c))) {
            Ok(v) => v,
            Err(e) => {
                if let Some(inst) = crate::interp::exceptions::exc_payload(&e.0)
                    && crate::objects::types::is_subclass(&inst.class_obj(), &lookup_error)
                {
                    out.push(c);
                    continue;
                }
                return Err(e);
            }
        };
        match &r {
            Value::None => {}
            Value::Int(i) => match u32::try_from(*i).ok().filter(|&c| c <= 0x10FFFF) {
                Some(ch) => out.push(ch),
                None => return Err(vm.error("ValueError", "character mapping must be in range(0x110000)")),
            },
            _ => match r.as_str() {
                Some(_) => out.extend(code_points(&r)),
                None => return Err(vm.type_error("character mapping must return integer, None or str")),
            },
        }
    }
    Ok(crate::objects::str::from_code_points(&out))
}

fn encode(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "encode", &args, &kwargs, &["encoding", "errors"], 0)?;
    let enc = str_param(vm, &p[0], "encode")?.unwrap_or_else(|| "utf-8".to_string());
    let errors = str_param(vm, &p[1], "encode")?.unwrap_or_else(|| "strict".to_string());
    super::encode_str(vm, recv(&args), crate::objects::str::surrogate_base(&args[0]), &enc, &errors)
}

/// One replacement field's value: `name` (`0`, `x`, ``, then `.attr` and `[key]` parts).
fn field_value(vm: &mut Vm, field: &str, pos: Option<&[Value]>, kw: KwLookup, auto: &mut Option<usize>, manual: &mut bool) -> PyResult {
    let end = field.find(['.', '[']).unwrap_or(field.len());
    let (head, mut rest) = field.split_at(end);
    let mut v = if head.is_empty() || head.bytes().all(|b| b.is_ascii_digit()) {
        let idx = if head.is_empty() {
            if *manual {
                return Err(vm.error("ValueError", "cannot switch from manual field specification to automatic field numbering"));
            }
            let i = auto.unwrap_or(0);
            *auto = Some(i + 1);
            i
        } else {
            if auto.is_some() {
                return Err(vm.error("ValueError", "cannot switch from automatic field numbering to manual field specification"));
            }
            *manual = true;
            head.parse().unwrap_or(usize::MAX)
        };
        // format_map has no positional arguments at all.
        let Some(pos) = pos else { return Err(vm.error("ValueError", "Format string contains positional fields")) };
        match pos.get(idx) {
            Some(v) => v.clone(),
            None => return Err(vm.error("IndexError", format!("Replacement index {idx} out of range for positional args tuple"))),
        }
    } else {
        match kw(vm, head)? {
            Some(v) => v,
            None => return Err(super::key_error(vm, Value::str(head))),
        }
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let e = r.find(['.', '[']).unwrap_or(r.len());
            v = vm.getattr(&v, &r[..e])?;
            rest = &r[e..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(e) = r.find(']') else { return Err(vm.error("ValueError", "Missing ']' in format string")) };
            let key = &r[..e];
            let k = if !key.is_empty() && key.bytes().all(|b| b.is_ascii_digit()) { Value::Int(key.parse().unwrap_or(0)) } else { Value::str(key) };
            v = vm.getitem(&v, &k)?;
            rest = &r[e + 1..];
        } else {
            return Err(vm.error("ValueError", "Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(v)
}

/// `template.format(*pos, **kw)` with `kw` a lookup function (a dict for `format_map`).
pub fn format_with(vm: &mut Vm, s: &str, pos: Option<&[Value]>, kw: KwLookup) -> Result<String, PyErr> {
    let mut auto = None;
    let mut manual = false;
    format_rec(vm, s, pos, kw, &mut auto, &mut manual, 2)
}

fn format_rec(
    vm: &mut Vm,
    s: &str,
    pos: Option<&[Value]>,
    kw: KwLookup,
    auto: &mut Option<usize>,
    manual: &mut bool,
    depth: u32,
) -> Result<String, PyErr> {
    let mut out = String::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c == '{' && chars.get(i) == Some(&'{') {
            out.push('{');
            i += 1;
            continue;
        }
        if c == '}' {
            if chars.get(i) == Some(&'}') {
                out.push('}');
                i += 1;
                continue;
            }
            return Err(vm.error("ValueError", "Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            continue;
        }
        // Find the matching close brace, counting nested braces in the spec.
        let mut level = 1;
        let mut field = String::new();
        while i < chars.len() {
            match chars[i] {
                '{' => level += 1,
                '}' => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                _ => {}
            }
            field.push(chars[i]);
            i += 1;
        }
        if i >= chars.len() {
            return Err(vm.error("ValueError", if field.is_empty() { "Single '{' encountered in format string" } else { "expected '}' before end of string" }));
        }
        i += 1;
        // name[!conv][:spec]; the name part may contain [..] with ':' or '!' inside.
        let mut name_end = field.len();
        let mut in_bracket = false;
        for (j, ch) in field.char_indices() {
            match ch {
                '[' => in_bracket = true,
                ']' => in_bracket = false,
                ':' | '!' if !in_bracket => {
                    name_end = j;
                    break;
                }
                _ => {}
            }
        }
        let name = &field[..name_end];
        let tail = &field[name_end..];
        let (conv, spec) = if let Some(t) = tail.strip_prefix('!') {
            match t.split_once(':') {
                Some((c, sp)) => (Some(c), sp),
                None => (Some(t), ""),
            }
        } else {
            (None, tail.strip_prefix(':').unwrap_or(""))
        };
        let v = field_value(vm, name, pos, kw, auto, manual)?;
        let v = match conv {
            Some("r") => Value::str(vm.repr(&v)?),
            Some("s") => Value::str(vm.to_str(&v)?),
            Some("a") => Value::str(crate::builtins::ascii_of(&vm.repr(&v)?)),
            Some(c) if c.chars().count() == 1 => {
                return Err(vm.error("ValueError", format!("Unknown conversion specifier {c}")));
            }
            Some(_) => return Err(vm.error("ValueError", "expected ':' after conversion specifier")),
            None => v,
        };
        let spec = if spec.contains('{') {
            if depth == 0 {
                return Err(vm.error("ValueError", "Max string recursion exceeded"));
            }
            format_rec(vm, spec, pos, kw, auto, manual, depth - 1)?
        } else {
            spec.to_string()
        };
        out.push_str(&vm.format(&v, &spec)?);
    }
    Ok(out)
}

fn format(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let s = recv(&args).to_string();
    let pos = args.get(1..).unwrap_or(&[]).to_vec();
    let kw = move |_vm: &mut Vm, k: &str| -> Result<Option<Value>, PyErr> { Ok(kwargs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone())) };
    Ok(Value::str(format_with(vm, &s, Some(&pos), &kw)?))
}

fn format_map(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "format_map", &args, &kwargs, &["mapping"], 1)?;
    let m = p[0].clone().unwrap_or(Value::None);
    let s = recv(&args).to_string();
    let kw = move |vm: &mut Vm, k: &str| -> Result<Option<Value>, PyErr> { vm.getitem(&m, &Value::str(k)).map(Some) };
    Ok(Value::str(format_with(vm, &s, None, &kw)?))
}

fn dunder_format(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "__format__", &args, &kwargs, &["format_spec"], 1)?;
    let spec = need_str(vm, &p[0], "__format__", 1)?;
    Ok(Value::str(vm.format(&args[0], &spec)?))
}

fn getnewargs(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(new_tuple([Value::str(recv(&args))]))
}
