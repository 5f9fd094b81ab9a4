//! `_codecs`: the codec registry under `codecs.py` — `register`/`lookup` (search
//! functions, with the `encodings` package imported on first lookup, and a cache),
//! `encode`/`decode`, the error-handler registry (`lookup_error`, `register_error`, with
//! `strict`, `ignore` and `replace` built in) and the `utf_8`/`latin_1`/`ascii`
//! encode/decode functions the `encodings` modules call, which use str.encode/bytes.decode.

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::call::new_tuple;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::value::Value;
use std::cell::RefCell;

thread_local! {
    static SEARCH: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static CACHE: RefCell<Vec<(String, Value)>> = const { RefCell::new(Vec::new()) };
    static HANDLERS: RefCell<Vec<(String, Value)>> = const { RefCell::new(Vec::new()) };
}

fn nargs(vm: &Vm, fname: &str, args: &Args, min: usize, max: usize) -> Result<(), PyErr> {
    if args.len() < min || args.len() > max {
        return Err(vm.type_error(format!("{fname}() takes from {min} to {max} positional arguments but {} were given", args.len())));
    }
    Ok(())
}

fn str_of(vm: &Vm, v: &Value, what: &str) -> Result<String, PyErr> {
    crate::builtins::slots::unwrap_native(v).as_str().map(str::to_string).ok_or_else(|| vm.type_error(format!("{what} must be str, not {}", vm.type_name(v))))
}

fn register(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    nargs(vm, "register", &args, 1, 1)?;
    if !super::util::is_callable(&args[0]) {
        return Err(vm.type_error("argument must be callable"));
    }
    SEARCH.with(|s| s.borrow_mut().push(args[0].clone()));
    Ok(Value::None)
}

fn unregister(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    nargs(vm, "unregister", &args, 1, 1)?;
    SEARCH.with(|s| s.borrow_mut().retain(|f| !f.is(&args[0])));
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(Value::None)
}

/// `codecs.lookup(encoding)`: the CodecInfo the search functions give.
fn lookup_codec(vm: &mut Vm, encoding: &str) -> PyResult {
    let norm: String = encoding.chars().map(|c| if c == ' ' { '_' } else { c.to_ascii_lowercase() }).collect();
    if let Some(hit) = CACHE.with(|c| c.borrow().iter().find(|(k, _)| *k == norm).map(|(_, v)| v.clone())) {
        return Ok(hit);
    }
    if SEARCH.with(|s| s.borrow().is_empty()) {
        vm.import_module("encodings")?;
    }
    let funcs = SEARCH.with(|s| s.borrow().clone());
    for f in funcs {
        let r = vm.call(f, vec![Value::str(norm.clone())], vec![])?;
        if matches!(r, Value::None) {
            continue;
        }
        let ok = match r.payload() {
            Some(Payload::Tuple(t)) => t.len() == 4,
            Some(Payload::Instance(_)) => vm.seq_items(&r).map(|v| v.len() == 4).unwrap_or(false),
            _ => false,
        };
        if !ok {
            return Err(vm.type_error("codec search functions must return 4-tuples"));
        }
        CACHE.with(|c| c.borrow_mut().push((norm, r.clone())));
        return Ok(r);
    }
    Err(vm.error("LookupError", format!("unknown encoding: {encoding}")))
}

fn lookup(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    nargs(vm, "lookup", &args, 1, 1)?;
    let e = str_of(vm, &args[0], "lookup() argument")?;
    lookup_codec(vm, &e)
}

/// `encode(obj, encoding, errors)` / `decode(...)` through the codec's functions.
fn transcode(vm: &mut Vm, args: Args, kwargs: Kwargs, index: usize, fname: &str) -> PyResult {
    let p = crate::builtins::methods::bind_args(vm, fname, &[&[Value::None][..], &args[..]].concat(), &kwargs, &["obj", "encoding", "errors"], 1)?;
    let obj = p[0].clone().unwrap_or(Value::None);
    let encoding = match &p[1] {
        Some(v) => str_of(vm, v, &format!("{fname}() argument 'encoding'"))?,
        None => "utf-8".to_string(),
    };
    let errors = p[2].clone().unwrap_or_else(|| Value::str("strict"));
    let info = lookup_codec(vm, &encoding)?;
    let f = vm.getitem(&info, &Value::Int(index as i64))?;
    let r = vm.call(f, vec![obj, errors], vec![])?;
    vm.getitem(&r, &Value::Int(0))
}

fn encode(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    transcode(vm, args, kwargs, 0, "encode")
}

fn decode(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    transcode(vm, args, kwargs, 1, "decode")
}

/// `<codec>_encode(str, errors)` -> (bytes, length consumed) via `str.encode`.
fn encode_with(vm: &mut Vm, args: &Args, codec: &str) -> PyResult {
    nargs(vm, &format!("{codec}_encode"), args, 1, 2)?;
    let errors = args.get(1).cloned().filter(|e| !matches!(e, Value::None)).unwrap_or_else(|| Value::str("strict"));
    let n = crate::builtins::slots::unwrap_native(&args[0]);
    let Some(s) = n.as_str() else {
        return Err(vm.type_error(format!("{codec}_encode() argument 1 must be str, not {}", vm.type_name(&args[0]))));
    };
    let len = s.chars().count() as i64;
    let m = vm.getattr(&n, "encode")?;
    let b = vm.call(m, vec![Value::str(codec), errors], vec![])?;
    Ok(new_tuple(vec![b, Value::Int(len)]))
}

/// `<codec>_decode(data, errors, final)` -> (str, length consumed) via `bytes.decode`.
fn decode_with(vm: &mut Vm, args: &Args, codec: &str) -> PyResult {
    nargs(vm, &format!("{codec}_decode"), args, 1, 3)?;
    let errors = args.get(1).cloned().filter(|e| !matches!(e, Value::None)).unwrap_or_else(|| Value::str("strict"));
    let Some(data) = crate::builtins::methods::bytes_like(&args[0]) else {
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&args[0]))));
    };
    let len = data.len() as i64;
    let b = crate::builtins::methods::new_bytes(data, false);
    let m = vm.getattr(&b, "decode")?;
    let s = vm.call(m, vec![Value::str(codec), errors], vec![])?;
    Ok(new_tuple(vec![s, Value::Int(len)]))
}

macro_rules! codec_fns {
    ($($enc:ident, $dec:ident, $name:literal);*) => {
        $(fn $enc(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult { encode_with(vm, &args, $name) }
          fn $dec(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult { decode_with(vm, &args, $name) })*
    };
}

codec_fns!(utf_8_encode, utf_8_decode, "utf-8"; latin_1_encode, latin_1_decode, "latin-1"; ascii_encode, ascii_decode, "ascii");

/// The (start, end) of a Unicode error and whether it is an encode error.
fn error_span(vm: &mut Vm, exc: &Value) -> Result<(i64, i64, bool), PyErr> {
    let is_enc = vm.is_instance_of(exc, "UnicodeEncodeError");
    if !is_enc && !vm.is_instance_of(exc, "UnicodeDecodeError") && !vm.is_instance_of(exc, "UnicodeTranslateError") {
        return Err(vm.type_error(format!("don't know how to handle {} in error callback", vm.type_name(exc))));
    }
    let s = vm.getattr(exc, "start")?;
    let e = vm.getattr(exc, "end")?;
    let s = super::util::index_i64(vm, &s)?;
    let e = super::util::index_i64(vm, &e)?;
    Ok((s, e, is_enc))
}

fn strict_errors(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    nargs(vm, "strict_errors", &args, 1, 1)?;
    if vm.is_exception_instance(&args[0]) {
        return Err(PyErr(args[0].clone()));
    }
    Err(vm.type_error("codec must pass exception instance"))
}

fn ignore_errors(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    nargs(vm, "ignore_errors", &args, 1, 1)?;
    let (_, e, _) = error_span(vm, &args[0])?;
    Ok(new_tuple(vec![Value::str(""), Value::Int(e)]))
}

fn replace_errors(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    nargs(vm, "replace_errors", &args, 1, 1)?;
    let (s, e, enc) = error_span(vm, &args[0])?;
    let n = (e - s).max(0) as usize;
    let text = if enc { "?".repeat(n) } else { "\u{fffd}".to_string() };
    Ok(new_tuple(vec![Value::str(text), Value::Int(e)]))
}

fn unsupported_errors(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    nargs(vm, "errors", &args, 1, 1)?;
    Err(PyErr(args[0].clone()))
}

const BUILTIN_HANDLERS: &[(&str, &str, BuiltinFn)] = &[
    ("strict", "strict_errors", strict_errors),
    ("ignore", "ignore_errors", ignore_errors),
    ("replace", "replace_errors", replace_errors),
    ("xmlcharrefreplace", "xmlcharrefreplace_errors", unsupported_errors),
    ("backslashreplace", "backslashreplace_errors", unsupported_errors),
    ("namereplace", "namereplace_errors", unsupported_errors),
    ("surrogateescape", "surrogateescape", unsupported_errors),
    ("surrogatepass", "surrogatepass", unsupported_errors),
];

fn lookup_error(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    nargs(vm, "lookup_error", &args, 1, 1)?;
    let name = str_of(vm, &args[0], "lookup_error() argument")?;
    if let Some(h) = HANDLERS.with(|h| h.borrow().iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone())) {
        return Ok(h);
    }
    match BUILTIN_HANDLERS.iter().find(|(n, _, _)| *n == name) {
        Some((_, fname, f)) => Ok(builtin(fname, *f)),
        None => Err(vm.error("LookupError", format!("unknown error handler name '{name}'"))),
    }
}

fn register_error(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    nargs(vm, "register_error", &args, 2, 2)?;
    let name = str_of(vm, &args[0], "register_error() argument 1")?;
    if !super::util::is_callable(&args[1]) {
        return Err(vm.type_error("handler must be callable"));
    }
    HANDLERS.with(|h| {
        let mut h = h.borrow_mut();
        h.retain(|(k, _)| *k != name);
        h.push((name, args[1].clone()));
    });
    Ok(Value::None)
}

pub fn make(_vm: &mut Vm) -> Value {
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("register", register),
        ("unregister", unregister),
        ("lookup", lookup),
        ("encode", encode),
        ("decode", decode),
        ("lookup_error", lookup_error),
        ("register_error", register_error),
        ("utf_8_encode", utf_8_encode),
        ("utf_8_decode", utf_8_decode),
        ("latin_1_encode", latin_1_encode),
        ("latin_1_decode", latin_1_decode),
        ("ascii_encode", ascii_encode),
        ("ascii_decode", ascii_decode),
    ];
    module("_codecs", fns.iter().map(|(n, f)| (*n, builtin(n, *f))).collect())
}
