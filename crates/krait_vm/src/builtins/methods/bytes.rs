//! `bytes`, `bytearray` and `memoryview`: construction, repr, encoding and decoding, and
//! their methods. Most text-like methods run the `str` method on the latin-1 image of the
//! bytes (one char per byte) and map the result back; the ASCII-only ones (case, `isalpha`,
//! whitespace) are written for bytes.

use super::{Args, Kwargs, Table, bind_args, bind_positional, index_value};
use crate::objects::types;
use crate::builtins::codec::{self, Codec};
use crate::heap::Payload;
use crate::interp::call::{new_list, new_tuple};
use crate::interp::{PyErr, PyResult, Vm};
use crate::value::Value;
use std::cell::RefCell;

macro_rules! shared_methods {
    ($($extra:tt)*) => {
        &[
            ("decode", decode),
            ("hex", hex),
            ("join", join),
            ("split", split),
            ("rsplit", rsplit),
            ("strip", strip),
            ("lstrip", lstrip),
            ("rstrip", rstrip),
            ("startswith", startswith),
            ("endswith", endswith),
            ("find", find),
            ("rfind", rfind),
            ("index", index),
            ("rindex", rindex),
            ("count", count),
            ("replace", replace),
            ("partition", partition),
            ("rpartition", rpartition),
            ("removeprefix", removeprefix),
            ("removesuffix", removesuffix),
            ("splitlines", splitlines),
            ("center", center),
            ("ljust", ljust),
            ("rjust", rjust),
            ("zfill", zfill),
            ("expandtabs", expandtabs),
            ("upper", upper),
            ("lower", lower),
            ("swapcase", swapcase),
            ("capitalize", capitalize),
            ("title", title),
            ("isalpha", isalpha),
            ("isdigit", isdigit),
            ("isalnum", isalnum),
            ("isspace", isspace),
            ("isupper", isupper),
            ("islower", islower),
            ("isascii", isascii),
            ("istitle", istitle),
            ("translate", translate),
            $($extra)*
        ]
    };
}

pub const BYTES_METHODS: Table = shared_methods!();

pub const BYTEARRAY_METHODS: Table = shared_methods!(
    ("append", ba_append),
    ("extend", ba_extend),
    ("pop", ba_pop),
    ("insert", ba_insert),
    ("remove", ba_remove),
    ("clear", ba_clear),
    ("reverse", ba_reverse),
    ("copy", ba_copy),
    ("__iadd__", ba_iadd),
);

pub const CLASS_METHODS: Table = &[("fromhex", fromhex)];
/// Static methods of bytes and bytearray.
pub const STATIC_METHODS: Table = &[("maketrans", maketrans)];

/// `bytes.maketrans(frm, to)`: a 256-byte table mapping each byte of `frm` to `to`'s.
fn maketrans(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let mut full = vec![Value::None];
    full.extend(args);
    let p = bind_positional(vm, "bytes", "maketrans", &full, &kwargs, 2, 2)?;
    let arg = |vm: &Vm, v: &Option<Value>| {
        let v = v.clone().unwrap_or(Value::None);
        bytes_like(&v).ok_or_else(|| vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&v))))
    };
    let (frm, to) = (arg(vm, &p[0])?, arg(vm, &p[1])?);
    if frm.len() != to.len() {
        return Err(vm.error("ValueError", "maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in frm.iter().zip(&to) {
        table[usize::from(*f)] = *t;
    }
    Ok(new_bytes(table, false))
}

/// The bytes of a bytes-like value (bytes, bytearray, memoryview), None otherwise.
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        Payload::MemoryView(_) => super::memview::view_bytes(v),
        Payload::Instance(_) => {
            if let Some((_, raw)) = crate::modules::array::buffer(v) {
                return Some(raw);
            }
            let n = crate::builtins::slots::unwrap_native(v);
            if n.is(v) { None } else { bytes_like(&n) }
        }
        _ => None,
    }
}

/// The bytes of a bytes-like value or of an iterable of ints in range(256).
pub fn bytes_of(vm: &mut Vm, v: &Value) -> Result<Vec<u8>, PyErr> {
    bytes_of_for(vm, v, "bytes")
}

/// [`bytes_of`], naming `what` (`bytes` or `bytearray`) when `v` is not iterable.
fn bytes_of_for(vm: &mut Vm, v: &Value, what: &str) -> Result<Vec<u8>, PyErr> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    if v.as_str().is_some() {
        return Err(vm.type_error("cannot convert 'str' object to bytes"));
    }
    // Only an object that is not iterable gets this message: what its iteration raises
    // goes through.
    let items = match v.payload() {
        Some(Payload::List(_) | Payload::Tuple(_)) => vm.seq_items(v)?,
        _ => match vm.get_iter(v) {
            Ok(it) => vm.drain(&it)?,
            Err(_) => return Err(vm.type_error(format!("cannot convert '{}' object to {what}", vm.type_name(v)))),
        },
    };
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        // Building from an iterable: CPython's message speaks of "bytes".
        out.push(byte_value(vm, &it).map_err(|e| {
            // bytearray's message speaks of one byte.
            let msg = if what == "bytearray" { "byte must be in range(0, 256)" } else { "bytes must be in range(0, 256)" };
            if vm.is_instance_of(&e.0, "ValueError") { vm.error("ValueError", msg) } else { e }
        })?);
    }
    Ok(out)
}

/// An int in range(256).
pub fn byte_value(vm: &mut Vm, v: &Value) -> Result<u8, PyErr> {
    if !crate::objects::int::is_int(v) && !matches!(v.payload(), Some(Payload::Instance(_))) {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))));
    }
    let i = index_value(vm, v)?;
    u8::try_from(i).map_err(|_| vm.error("ValueError", "byte must be in range(0, 256)"))
}

/// A new bytes (or bytearray) value.
pub fn new_bytes(b: Vec<u8>, mutable: bool) -> Value {
    if mutable { Value::new_obj(Payload::ByteArray(RefCell::new(b))) } else { Value::new_obj(Payload::Bytes(b.into_boxed_slice())) }
}

/// `repr(b'...')`: CPython's quoting and escapes.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(char::from(quote));
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(char::from(c));
            }
            0x20..=0x7e => out.push(char::from(c)),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(char::from(quote));
    out
}

/// `s.encode(encoding, errors)` (`base`: the str's proxy base, see `objects/str.rs`).
pub fn encode_str(vm: &mut Vm, s: &str, base: u32, encoding: &str, errors: &str) -> PyResult {
    match Codec::find(encoding) {
        Some(c) => Ok(new_bytes(codec::encode_text(vm, c, s, base, errors)?, false)),
        None => codec::via_registry(vm, crate::objects::str::from_proxy(s.to_string(), base), encoding, errors, true),
    }
}

/// `b.decode(encoding, errors)`.
pub fn decode_bytes(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult {
    match Codec::find(encoding) {
        Some(c) => Ok(codec::decode(vm, c, b, errors, true)?.0.into_value()),
        None => codec::via_registry(vm, new_bytes(b.to_vec(), false), encoding, errors, false),
    }
}

fn str_param(vm: &Vm, v: &Option<Value>, fname: &str, what: &str, default: &str) -> Result<String, PyErr> {
    match v {
        None => Ok(default.to_string()),
        Some(v) => match v.as_str() {
            Some(s) => Ok(s.to_string()),
            None => Err(vm.type_error(format!("{fname}() argument '{what}' must be str, not {}", vm.type_name(v)))),
        },
    }
}

/// `bytes(...)` / `bytearray(...)`.
pub fn construct_bytes(vm: &mut Vm, args: Args, kwargs: Kwargs, mutable: bool) -> PyResult {
    let fname = if mutable { "bytearray" } else { "bytes" };
    let mut full = vec![Value::None];
    full.extend(args);
    let p = bind_args(vm, fname, &full, &kwargs, &["source", "encoding", "errors"], 0)?;
    let Some(src) = &p[0] else {
        if p[1].is_some() || p[2].is_some() {
            return Err(vm.type_error(if p[1].is_some() { "encoding without a string argument" } else { "errors without a string argument" }));
        }
        return Ok(new_bytes(Vec::new(), mutable));
    };
    if let Some(s) = src.as_str() {
        if p[1].is_none() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let enc = str_param(vm, &p[1], fname, "encoding", "utf-8")?;
        let errors = str_param(vm, &p[2], fname, "errors", "strict")?;
        let b = encode_str(vm, s, 0, &enc, &errors)?;
        return Ok(new_bytes(bytes_like(&b).unwrap_or_default(), mutable));
    }
    if p[1].is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if p[2].is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if crate::objects::int::is_int(src) {
        let n = index_value(vm, src)?;
        if n < 0 {
            return Err(vm.error("ValueError", "negative count"));
        }
        return Ok(new_bytes(vec![0; n as usize], mutable));
    }
    if !mutable && let Some(r) = vm.call_dunder(src, "__bytes__", vec![]) {
        return r;
    }
    let b = match bytes_like(src) {
        Some(b) => b,
        None => {
            bytes_of_for(vm, src, fname)?
        }
    };
    Ok(new_bytes(b, mutable))
}

fn recv_bytes(args: &[Value]) -> Vec<u8> {
    args.first().and_then(bytes_like).unwrap_or_default()
}

/// The name of the receiver's built-in type, `bytes` or `bytearray`, for messages.
fn owner_name(args: &[Value]) -> &'static str {
    if is_mutable(args) { "bytearray" } else { "bytes" }
}

fn is_mutable(args: &[Value]) -> bool {
    matches!(args.first().map(crate::builtins::slots::unwrap_native).as_ref().and_then(|v| v.payload()), Some(Payload::ByteArray(_)))
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&x| char::from(x)).collect()
}

fn from_latin1(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

/// An argument of a bytes method as its latin-1 text (bytes-like only; tuples of them
/// for startswith/endswith; ints and None pass through).
fn to_text_arg(vm: &Vm, v: &Value) -> Result<Value, PyErr> {
    if let Some(b) = bytes_like(v) {
        return Ok(Value::str(latin1(&b)));
    }
    if let Some(Payload::Tuple(items)) = v.payload() {
        let mut out = Vec::with_capacity(items.len());
        for it in items.iter() {
            out.push(to_text_arg(vm, it)?);
        }
        return Ok(new_tuple(out));
    }
    if v.as_str().is_some() {
        return Err(vm.type_error("a bytes-like object is required, not 'str'"));
    }
    Ok(v.clone())
}

fn from_text_result(v: Value, mutable: bool) -> Value {
    if let Some(s) = v.as_str() {
        return new_bytes(from_latin1(s), mutable);
    }
    match v.payload() {
        Some(Payload::List(l)) => {
            let items: Vec<Value> = l.borrow().iter().map(|x| from_text_result(x.clone(), mutable)).collect();
            new_list(items)
        }
        Some(Payload::Tuple(t)) => new_tuple(t.iter().map(|x| from_text_result(x.clone(), mutable)).collect::<Vec<_>>()),
        _ => v,
    }
}

/// Runs the `str` method `name` on the latin-1 image of the receiver and arguments.
fn via_str(vm: &mut Vm, args: Args, kwargs: Kwargs, name: &str) -> PyResult {
    // All but these take their arguments positionally only, `replace`'s count too.
    if !kwargs.is_empty() && !matches!(name, "splitlines" | "expandtabs" | "split" | "rsplit") {
        return Err(super::positional_error(vm, owner_name(&args), name, 0, true, 0, 0));
    }
    if name == "replace" {
        bind_positional(vm, owner_name(&args), name, &args, &kwargs, 3, 2)?;
    }
    let mutable = is_mutable(&args);
    let mut targs = vec![Value::str(latin1(&recv_bytes(&args)))];
    let int_needle = matches!(name, "find" | "rfind" | "index" | "rindex" | "count");
    for (i, a) in args.iter().enumerate().skip(1) {
        if i == 1 && int_needle && crate::objects::int::is_int(a) {
            // `b.find(65)`: the needle may be one byte given as an int.
            let n = super::index_value(vm, a)?;
            let Some(byte) = u8::try_from(n).ok() else { return Err(vm.error("ValueError", "byte must be in range(0, 256)")) };
            targs.push(Value::str(char::from(byte).to_string()));
            continue;
        }
        targs.push(to_text_arg(vm, a)?);
    }
    let mut tkw = Vec::with_capacity(kwargs.len());
    for (k, v) in kwargs {
        let v = to_text_arg(vm, &v)?;
        tkw.push((k, v));
    }
    let Some((_, f)) = super::str::METHODS.iter().find(|(n, _)| *n == name) else { return Ok(Value::None) };
    let r = f(vm, targs.into(), tkw)?;
    Ok(from_text_result(r, mutable))
}

macro_rules! bridged {
    ($($f:ident),*) => {
        $(fn $f(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
            via_str(vm, args, kwargs, stringify!($f))
        })*
    };
}

bridged!(startswith, endswith, find, rfind, index, rindex, count, replace, partition, rpartition, removeprefix, removesuffix, splitlines, center, ljust, rjust, zfill, expandtabs);

fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Whitespace splitting of bytes (ASCII whitespace only), at most `max` splits.
fn split_ws(b: &[u8], max: Option<usize>, rev: bool) -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = Vec::new();
    if rev {
        let mut rest: &[u8] = b;
        loop {
            while let [init @ .., last] = rest
                && is_ascii_space(*last)
            {
                rest = init;
            }
            if rest.is_empty() {
                break;
            }
            if max.is_some_and(|m| out.len() >= m) {
                out.push(rest.to_vec());
                break;
            }
            let start = rest.iter().rposition(|c| is_ascii_space(*c)).map_or(0, |i| i + 1);
            out.push(rest[start..].to_vec());
            rest = &rest[..start];
        }
        out.reverse();
    } else {
        let mut rest: &[u8] = b;
        loop {
            while let [first, tail @ ..] = rest
                && is_ascii_space(*first)
            {
                rest = tail;
            }
            if rest.is_empty() {
                break;
            }
            if max.is_some_and(|m| out.len() >= m) {
                out.push(rest.to_vec());
                break;
            }
            let end = rest.iter().position(|c| is_ascii_space(*c)).unwrap_or(rest.len());
            out.push(rest[..end].to_vec());
            rest = &rest[end..];
        }
    }
    out
}

fn split_impl(vm: &mut Vm, args: Args, kwargs: Kwargs, rev: bool) -> PyResult {
    let name = if rev { "rsplit" } else { "split" };
    let p = bind_args(vm, name, &args, &kwargs, &["sep", "maxsplit"], 0)?;
    if matches!(p[0], None | Some(Value::None)) {
        let mutable = is_mutable(&args);
        let max = match super::opt_index(vm, &p[1])? {
            Some(n) if n >= 0 => Some(n as usize),
            _ => None,
        };
        let words = split_ws(&recv_bytes(&args), max, rev);
        return Ok(new_list(words.into_iter().map(|w| new_bytes(w, mutable)).collect()));
    }
    via_str(vm, args, kwargs, name)
}

fn split(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    split_impl(vm, args, kwargs, false)
}

fn rsplit(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    split_impl(vm, args, kwargs, true)
}

fn strip_impl(vm: &mut Vm, args: Args, kwargs: Kwargs, left: bool, right: bool) -> PyResult {
    let name = match (left, right) {
        (true, false) => "lstrip",
        (false, true) => "rstrip",
        _ => "strip",
    };
    let p = bind_positional(vm, owner_name(&args), name, &args, &kwargs, 1, 0)?;
    let b = recv_bytes(&args);
    let set: Vec<u8> = match &p[0] {
        None | Some(Value::None) => b" \t\n\r\x0b\x0c".to_vec(),
        Some(v) => match bytes_like(v) {
            Some(s) => s,
            None => return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
        },
    };
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && set.contains(&b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && set.contains(&b[e - 1]) {
            e -= 1;
        }
    }
    Ok(new_bytes(b[s..e].to_vec(), is_mutable(&args)))
}

fn strip(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    strip_impl(vm, args, kwargs, true, true)
}

fn lstrip(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    strip_impl(vm, args, kwargs, true, false)
}

fn rstrip(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    strip_impl(vm, args, kwargs, false, true)
}

fn map_bytes(args: &[Value], f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult {
    Ok(new_bytes(f(&recv_bytes(args)), is_mutable(args)))
}

fn upper(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    map_bytes(&args, <[u8]>::to_ascii_uppercase)
}

fn lower(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    map_bytes(&args, <[u8]>::to_ascii_lowercase)
}

fn swapcase(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    map_bytes(&args, |b| b.iter().map(|c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() }).collect())
}

fn capitalize(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    map_bytes(&args, |b| b.iter().enumerate().map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect())
}

fn title(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    map_bytes(&args, |b| {
        let mut prev = false;
        b.iter()
            .map(|c| {
                let r = if prev { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pred(args: &[Value], f: impl Fn(u8) -> bool) -> PyResult {
    let b = recv_bytes(args);
    Ok(Value::Bool(!b.is_empty() && b.iter().all(|c| f(*c))))
}

fn isalpha(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    pred(&args, |c| c.is_ascii_alphabetic())
}

fn isdigit(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    pred(&args, |c| c.is_ascii_digit())
}

fn isalnum(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    pred(&args, |c| c.is_ascii_alphanumeric())
}

fn isspace(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    pred(&args, is_ascii_space)
}

fn isascii(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(recv_bytes(&args).is_ascii()))
}

fn isupper(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let b = recv_bytes(&args);
    Ok(Value::Bool(b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)))
}

fn islower(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let b = recv_bytes(&args);
    Ok(Value::Bool(b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)))
}

fn istitle(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let mut cased = false;
    let mut prev = false;
    for c in recv_bytes(&args) {
        if c.is_ascii_uppercase() {
            if prev {
                return Ok(Value::Bool(false));
            }
            prev = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev {
                return Ok(Value::Bool(false));
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    Ok(Value::Bool(cased))
}

fn translate(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "translate", &args, &kwargs, &["table", "/", "delete"], 1)?;
    let table = match &p[0] {
        Some(Value::None) | None => None,
        Some(t) => match bytes_like(t) {
            Some(t) if t.len() == 256 => Some(t),
            Some(_) => return Err(vm.error("ValueError", "translation table must be 256 characters long")),
            None => return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(t)))),
        },
    };
    let delete = p[1].as_ref().and_then(bytes_like).unwrap_or_default();
    map_bytes(&args, |b| b.iter().filter(|c| !delete.contains(c)).map(|c| table.as_ref().map_or(*c, |t| t[usize::from(*c)])).collect())
}

fn decode(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "decode", &args, &kwargs, &["encoding", "errors"], 0)?;
    let enc = str_param(vm, &p[0], "decode", "encoding", "utf-8")?;
    let errors = str_param(vm, &p[1], "decode", "errors", "strict")?;
    decode_bytes(vm, &recv_bytes(&args), &enc, &errors)
}

pub(super) fn hex(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "hex", &args, &kwargs, &["sep", "bytes_per_sep"], 0)?;
    let b = recv_bytes(&args);
    let digits: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    let Some(sep) = &p[0] else { return Ok(Value::str(digits.concat())) };
    let sep = match sep.as_str() {
        Some(s) => s.to_string(),
        None => bytes_like(sep).map(|b| latin1(&b)).unwrap_or_default(),
    };
    let per = super::opt_index(vm, &p[1])?.unwrap_or(1);
    let n = (per.unsigned_abs() as usize).max(1);
    let mut groups: Vec<String> = Vec::new();
    if per >= 0 {
        let first = digits.len() % n;
        if first > 0 {
            groups.push(digits[..first].concat());
        }
        for c in digits[first..].chunks(n) {
            groups.push(c.concat());
        }
    } else {
        for c in digits.chunks(n) {
            groups.push(c.concat());
        }
    }
    Ok(Value::str(groups.join(&sep)))
}

fn fromhex(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let qualname = if args.first().is_some_and(|c| c.as_obj().is_some_and(|c| types::is_subclass(c, &vm.types.bytearray))) {
        "bytearray.fromhex"
    } else {
        "bytes.fromhex"
    };
    let arg = super::arg_after_receiver(vm, qualname, &args, &kwargs)?;
    let Some(s) = arg.as_str().map(str::to_string) else {
        let tn = vm.type_name(arg);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {tn}")));
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        match (chars[i].to_digit(16), chars.get(i + 1).and_then(|c| c.to_digit(16))) {
            (Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 2;
            }
            (Some(_), None) => {
                return Err(vm.error("ValueError", format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1)));
            }
            _ => return Err(vm.error("ValueError", format!("non-hexadecimal number found in fromhex() arg at position {i}"))),
        }
    }
    let cls = args[0].clone();
    let is = |c: &crate::value::ObjRef| cls.as_obj().is_some_and(|o| std::rc::Rc::ptr_eq(o, c));
    let mutable = is(&vm.types.bytearray);
    let r = new_bytes(out, mutable);
    if mutable || is(&vm.types.bytes) {
        return Ok(r);
    }
    vm.call(cls, vec![r], vec![])
}

fn join(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "join", &args, &kwargs, &["iterable_of_bytes"], 1)?;
    let sep = recv_bytes(&args);
    let items = vm.seq_items(p[0].as_ref().unwrap_or(&Value::None))?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let Some(b) = bytes_like(it) else {
            return Err(vm.type_error(format!("sequence item {i}: expected a bytes-like object, {} found", vm.type_name(it))));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(new_bytes(out, is_mutable(&args)))
}

fn with_ba<R>(args: &[Value], f: impl FnOnce(&mut Vec<u8>) -> R) -> Option<R> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::ByteArray(b)) => Some(f(&mut b.borrow_mut())),
        _ => None,
    }
}

fn ba_append(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "append", &args, &kwargs, &["item"], 1)?;
    let x = byte_value(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    with_ba(&args, |b| b.push(x));
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "extend", &args, &kwargs, &["iterable_of_ints"], 1)?;
    let src = p[0].clone().unwrap_or(Value::None);
    if src.as_str().is_some() {
        return Err(vm.type_error("expected iterable of integers; got: 'str'"));
    }
    let more = bytes_of(vm, &src)?;
    with_ba(&args, |b| b.extend(more));
    Ok(Value::None)
}

fn ba_iadd(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let Some(src) = args.get(1) else { return Err(vm.type_error("expected 1 argument")) };
    let Some(more) = bytes_like(src) else {
        return Err(vm.type_error(format!("can't concat {} to bytearray", vm.type_name(src))));
    };
    with_ba(&args, |b| b.extend(more));
    Ok(args[0].clone())
}

fn ba_pop(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_positional(vm, "bytearray", "pop", &args, &kwargs, 1, 0)?;
    let idx = super::opt_index(vm, &p[0])?.unwrap_or(-1);
    let r = with_ba(&args, |b| {
        if b.is_empty() {
            return Err("pop from empty bytearray");
        }
        let n = b.len() as i64;
        let j = if idx < 0 { idx + n } else { idx };
        if j < 0 || j >= n {
            return Err("pop index out of range");
        }
        Ok(b.remove(j as usize))
    });
    match r {
        Some(Ok(x)) => Ok(Value::Int(i64::from(x))),
        Some(Err(m)) => Err(vm.error("IndexError", m)),
        None => Ok(Value::None),
    }
}

fn ba_insert(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_positional(vm, "bytearray", "insert", &args, &kwargs, 2, 2)?;
    let i = super::opt_index(vm, &p[0])?.unwrap_or(0);
    let x = byte_value(vm, p[1].as_ref().unwrap_or(&Value::None))?;
    with_ba(&args, |b| {
        let n = b.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        b.insert(j as usize, x);
    });
    Ok(Value::None)
}

fn ba_remove(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "remove", &args, &kwargs, &["value"], 1)?;
    let x = byte_value(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let found = with_ba(&args, |b| match b.iter().position(|c| *c == x) {
        Some(i) => {
            b.remove(i);
            true
        }
        None => false,
    });
    if found == Some(true) { Ok(Value::None) } else { Err(vm.error("ValueError", "value not found in bytearray")) }
}

fn ba_clear(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    with_ba(&args, Vec::clear);
    Ok(Value::None)
}

fn ba_reverse(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    with_ba(&args, |b| b.reverse());
    Ok(Value::None)
}

fn ba_copy(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(new_bytes(recv_bytes(&args), true))
}

