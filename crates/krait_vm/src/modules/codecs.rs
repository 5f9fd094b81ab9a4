//! `_codecs`: the codec registry (`register`, `lookup` with its cache, importing
//! `encodings` on first use, `register_error`/`lookup_error` with the native handlers), and
//! the encoder/decoder functions `encodings/*.py` call (`utf_8_encode`, `utf_16_ex_decode`,
//! `charmap_decode`, ...), all over the one codec implementation in `builtins::codec`.
//! The registry lives in this module's dict (`_search_path`, `_cache`, `_error_registry`).

use super::util::bind;
use super::{module, Args, Kwargs};
use crate::builtins::builtin;
use crate::builtins::codec::{self, Codec, Order};
use crate::builtins::methods::{bytes_like, new_bytes};
use crate::heap::Payload;
use crate::interp::call::{new_list, new_tuple};
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::value::Value;

fn registry(vm: &mut Vm, name: &str) -> PyResult {
    match super::util::loaded_attr(vm, "_codecs", name) {
        Some(v) => Ok(v),
        None => {
            let m = vm.import_module("_codecs")?;
            vm.getattr(&m, name)
        }
    }
}

fn str_arg(vm: &Vm, fname: &str, what: &str, v: &Option<Value>, default: &str) -> Result<String, PyErr> {
    match v {
        None | Some(Value::None) if what == "errors" => Ok(default.to_string()),
        None => Ok(default.to_string()),
        Some(v) => match v.as_str() {
            Some(s) => Ok(s.to_string()),
            None => Err(vm.type_error(format!("{fname}() argument '{what}' must be str, not {}", vm.type_name(v)))),
        },
    }
}

fn register(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "register", &args, &kwargs, &["search_function"], 1)?;
    let f = a[0].clone().unwrap_or(Value::None);
    if !super::util::is_callable(&f) {
        return Err(vm.type_error("argument must be callable"));
    }
    let path = registry(vm, "_search_path")?;
    if let Some(Payload::List(l)) = path.payload() {
        l.borrow_mut().push(f);
    }
    Ok(Value::None)
}

fn unregister(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "unregister", &args, &kwargs, &["search_function"], 1)?;
    let f = a[0].clone().unwrap_or(Value::None);
    let path = registry(vm, "_search_path")?;
    if let Some(Payload::List(l)) = path.payload() {
        l.borrow_mut().retain(|x| !x.is(&f));
    }
    let cache = registry(vm, "_cache")?;
    if let Some(Payload::Dict(d)) = cache.payload() {
        *d.borrow_mut() = crate::objects::dict::Dict::new();
    }
    Ok(Value::None)
}

/// CPython's `normalizestring`: lowercase, spaces to hyphens.
fn normalize(s: &str) -> String {
    s.to_lowercase().replace(' ', "-")
}

/// `codecs.lookup(encoding)`: the CodecInfo the search functions give.
pub fn lookup_codec(vm: &mut Vm, encoding: &str) -> PyResult {
    let key = normalize(encoding);
    let cache = registry(vm, "_cache")?;
    if let Some(Payload::Dict(d)) = cache.payload()
        && let Some(v) = d.borrow().get_str(&key)
    {
        return Ok(v);
    }
    let mut path = registry(vm, "_search_path")?;
    if vm.seq_items(&path)?.is_empty() {
        vm.import_module("encodings")?;
        path = registry(vm, "_search_path")?;
    }
    for f in vm.seq_items(&path)? {
        let r = vm.call(f, vec![Value::str(key.clone())], vec![])?;
        if matches!(r, Value::None) {
            continue;
        }
        let ok = match r.payload() {
            Some(Payload::Tuple(t)) => t.len() == 4,
            Some(Payload::Instance(_)) => matches!(crate::builtins::slots::unwrap_native(&r).payload(), Some(Payload::Tuple(t)) if t.len() == 4),
            _ => false,
        };
        if !ok {
            return Err(vm.type_error("codec search functions must return 4-tuples"));
        }
        if let Some(Payload::Dict(d)) = cache.payload() {
            d.borrow_mut().set_str(&key, r.clone());
        }
        return Ok(r);
    }
    Err(vm.error("LookupError", format!("unknown encoding: {encoding}")))
}

fn lookup(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "lookup", &args, &kwargs, &["encoding"], 1)?;
    let v = a[0].clone().unwrap_or(Value::None);
    let Some(enc) = v.as_str().map(str::to_string) else {
        return Err(vm.type_error(format!("lookup() argument must be str, not {}", vm.type_name(&v))));
    };
    lookup_codec(vm, &enc)
}

fn forget_codec(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "_forget_codec", &args, &kwargs, &["encoding"], 1)?;
    let enc = str_arg(vm, "_forget_codec", "encoding", &a[0], "")?;
    let cache = registry(vm, "_cache")?;
    if let Some(Payload::Dict(d)) = cache.payload() {
        let _ = d.borrow_mut().remove(&Value::str(normalize(&enc)));
    }
    Ok(Value::None)
}

fn codec_call(vm: &mut Vm, args: Args, kwargs: Kwargs, fname: &str, encode: bool) -> PyResult {
    let a = bind(vm, fname, &args, &kwargs, &["obj", "encoding", "errors"], 1)?;
    let obj = a[0].clone().unwrap_or(Value::None);
    let enc = str_arg(vm, fname, "encoding", &a[1], "utf-8")?;
    let errors = str_arg(vm, fname, "errors", &a[2], "strict")?;
    let info = lookup_codec(vm, &enc)?;
    let f = vm.getattr(&info, if encode { "encode" } else { "decode" })?;
    let r = vm.call(f, vec![obj, Value::str(errors)], vec![])?;
    match r.payload() {
        Some(Payload::Tuple(t)) if t.len() == 2 => Ok(t[0].clone()),
        _ => Err(vm.type_error(if encode { "encoder must return a tuple (object, integer)" } else { "decoder must return a tuple (object, integer)" })),
    }
}

fn encode(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    codec_call(vm, args, kwargs, "encode", true)
}

fn decode(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    codec_call(vm, args, kwargs, "decode", false)
}

fn register_error(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "register_error", &args, &kwargs, &["errors", "handler"], 2)?;
    let name = str_arg(vm, "register_error", "errors", &a[0], "")?;
    let h = a[1].clone().unwrap_or(Value::None);
    if !super::util::is_callable(&h) {
        return Err(vm.type_error("handler must be callable"));
    }
    let reg = registry(vm, "_error_registry")?;
    if let Some(Payload::Dict(d)) = reg.payload() {
        d.borrow_mut().set_str(&name, h);
    }
    Ok(Value::None)
}

fn lookup_error(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "lookup_error", &args, &kwargs, &["name"], 1)?;
    let name = str_arg(vm, "lookup_error", "name", &a[0], "")?;
    let reg = registry(vm, "_error_registry")?;
    if let Some(Payload::Dict(d)) = reg.payload()
        && let Some(h) = d.borrow().get_str(&name)
    {
        return Ok(h);
    }
    Err(vm.error("LookupError", format!("unknown error handler name '{name}'")))
}

/// The `(start, end, object)` of a UnicodeError passed to a native handler.
fn error_range(vm: &mut Vm, exc: &Value) -> Result<(usize, usize, Value, bool), PyErr> {
    let is_encode = vm.is_instance_of(exc, "UnicodeEncodeError");
    if !is_encode && !vm.is_instance_of(exc, "UnicodeDecodeError") && !vm.is_instance_of(exc, "UnicodeTranslateError") {
        return Err(vm.type_error(format!("don't know how to handle {} in error callback", vm.type_name(exc))));
    }
    let start = vm.getattr(exc, "start")?;
    let end = vm.getattr(exc, "end")?;
    let obj = vm.getattr(exc, "object")?;
    let (Value::Int(s), Value::Int(e)) = (start, end) else { return Err(vm.type_error("start and end must be int")) };
    Ok((s.max(0) as usize, e.max(s).max(0) as usize, obj, is_encode))
}

fn handler_result(rep: String, end: usize) -> PyResult {
    Ok(new_tuple([Value::str(rep), Value::Int(end as i64)]))
}

fn bad_chars(obj: &Value, start: usize, end: usize) -> Vec<char> {
    obj.as_str().map(|s| s.chars().skip(start).take(end - start).collect()).unwrap_or_default()
}

fn strict_errors(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let exc = args.first().cloned().unwrap_or(Value::None);
    if vm.is_exception_instance(&exc) {
        return Err(PyErr(exc));
    }
    Err(vm.type_error("codec must pass exception instance"))
}

fn ignore_errors(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (_, end, _, _) = error_range(vm, args.first().unwrap_or(&Value::None))?;
    handler_result(String::new(), end)
}

fn replace_errors(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (start, end, _, is_encode) = error_range(vm, args.first().unwrap_or(&Value::None))?;
    handler_result(if is_encode { "?".repeat(end - start) } else { "\u{fffd}".to_string() }, end)
}

fn backslashreplace_errors(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (start, end, obj, is_encode) = error_range(vm, args.first().unwrap_or(&Value::None))?;
    let mut out = String::new();
    if is_encode {
        for c in bad_chars(&obj, start, end) {
            let u = c as u32;
            out.push_str(&if u < 0x100 { format!("\\x{u:02x}") } else if u < 0x10000 { format!("\\u{u:04x}") } else { format!("\\U{u:08x}") });
        }
    } else {
        let b = bytes_like(&obj).unwrap_or_default();
        for x in b.get(start..end.min(b.len())).unwrap_or(&[]) {
            out.push_str(&format!("\\x{x:02x}"));
        }
    }
    handler_result(out, end)
}

fn xmlcharrefreplace_errors(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let exc = args.first().cloned().unwrap_or(Value::None);
    let (start, end, obj, is_encode) = error_range(vm, &exc)?;
    if !is_encode {
        return Err(vm.type_error(format!("don't know how to handle {} in error callback", vm.type_name(&exc))));
    }
    let out: String = bad_chars(&obj, start, end).iter().map(|c| format!("&#{};", *c as u32)).collect();
    handler_result(out, end)
}

/// The text argument of an encoder.
fn text_arg(vm: &Vm, fname: &str, v: &Option<Value>) -> Result<String, PyErr> {
    let v = v.clone().unwrap_or(Value::None);
    match crate::builtins::slots::unwrap_native(&v).as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!("{fname}() argument 1 must be str, not {}", vm.type_name(&v)))),
    }
}

fn data_arg(vm: &Vm, v: &Option<Value>) -> Result<Vec<u8>, PyErr> {
    let v = v.clone().unwrap_or(Value::None);
    bytes_like(&v).ok_or_else(|| vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&v))))
}

fn errors_arg(vm: &Vm, fname: &str, v: &Option<Value>) -> Result<String, PyErr> {
    str_arg(vm, fname, "errors", v, "strict")
}

/// `xxx_encode(str, errors=None)` for a native codec.
fn encode_with(vm: &mut Vm, args: Args, kwargs: Kwargs, fname: &str, c: Codec) -> PyResult {
    let a = bind(vm, fname, &args, &kwargs, &["str", "errors"], 1)?;
    let s = text_arg(vm, fname, &a[0])?;
    let base = crate::objects::str::surrogate_base(&crate::builtins::slots::unwrap_native(a[0].as_ref().unwrap_or(&Value::None)));
    let errors = errors_arg(vm, fname, &a[1])?;
    let b = codec::encode_text(vm, c, &s, base, &errors)?;
    Ok(new_tuple([new_bytes(b, false), Value::Int(crate::objects::str::char_len(&s) as i64)]))
}

/// `xxx_decode(data, errors=None, final=False)` for a native codec.
fn decode_with(vm: &mut Vm, args: Args, kwargs: Kwargs, fname: &str, c: Codec, final_default: bool) -> PyResult {
    let a = bind(vm, fname, &args, &kwargs, &["data", "errors", "final"], 1)?;
    let data = data_arg(vm, &a[0])?;
    let errors = errors_arg(vm, fname, &a[1])?;
    let final_ = super::util::bool_arg(vm, &a[2], final_default)?;
    let (s, n) = codec::decode(vm, c, &data, &errors, final_)?;
    Ok(new_tuple([s.into_value(), Value::Int(n as i64)]))
}

fn byteorder(vm: &mut Vm, v: &Option<Value>) -> Result<Order, PyErr> {
    let n = match v {
        Some(v) => super::util::index_i64(vm, v)?,
        None => 0,
    };
    Ok(match n {
        0 => Order::Bom,
        n if n < 0 => Order::Le,
        _ => Order::Be,
    })
}

fn utf_encode_order(vm: &mut Vm, args: Args, kwargs: Kwargs, fname: &str, wide: bool) -> PyResult {
    let a = bind(vm, fname, &args, &kwargs, &["str", "errors", "byteorder"], 1)?;
    let s = text_arg(vm, fname, &a[0])?;
    let errors = errors_arg(vm, fname, &a[1])?;
    let order = byteorder(vm, &a[2])?;
    let c = if wide { Codec::Utf32(order) } else { Codec::Utf16(order) };
    let base = crate::objects::str::surrogate_base(&crate::builtins::slots::unwrap_native(a[0].as_ref().unwrap_or(&Value::None)));
    let b = codec::encode_text(vm, c, &s, base, &errors)?;
    Ok(new_tuple([new_bytes(b, false), Value::Int(crate::objects::str::char_len(&s) as i64)]))
}

fn utf_ex_decode(vm: &mut Vm, args: Args, kwargs: Kwargs, fname: &str, wide: bool) -> PyResult {
    let a = bind(vm, fname, &args, &kwargs, &["data", "errors", "byteorder", "final"], 1)?;
    let data = data_arg(vm, &a[0])?;
    let errors = errors_arg(vm, fname, &a[1])?;
    let asked = byteorder(vm, &a[2])?;
    let mut order = asked;
    let final_ = super::util::bool_arg(vm, &a[3], false)?;
    let mut skip = 0;
    let probe = if wide { Codec::Utf32(Order::Bom) } else { Codec::Utf16(Order::Bom) };
    if order == Order::Bom {
        let (o, n) = codec::read_bom(probe, &data);
        if n > 0 {
            order = o;
            skip = n;
        } else if data.len() < if wide { 4 } else { 2 } && !final_ {
            return Ok(new_tuple([Value::str(""), Value::Int(0), Value::Int(0)]));
        }
    }
    let c = match (wide, order) {
        (false, Order::Bom) => Codec::Utf16(Order::Le),
        (true, Order::Bom) => Codec::Utf32(Order::Le),
        (false, o) => Codec::Utf16(o),
        (true, o) => Codec::Utf32(o),
    };
    let (s, n) = codec::decode(vm, c, &data[skip..], &errors, final_)?;
    let bo = match order {
        Order::Bom => 0,
        Order::Le => -1,
        Order::Be => 1,
    };
    Ok(new_tuple([s.into_value(), Value::Int((n + skip) as i64), Value::Int(bo)]))
}

macro_rules! codec_fns {
    ($($enc:ident, $dec:ident, $name_e:literal, $name_d:literal, $codec:expr;)*) => {
        $(
            fn $enc(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
                encode_with(vm, args, kwargs, $name_e, $codec)
            }
            fn $dec(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
                decode_with(vm, args, kwargs, $name_d, $codec, false)
            }
        )*
    };
}

codec_fns! {
    utf_8_encode, utf_8_decode, "utf_8_encode", "utf_8_decode", Codec::Utf8;
    ascii_encode, ascii_decode, "ascii_encode", "ascii_decode", Codec::Ascii;
    latin_1_encode, latin_1_decode, "latin_1_encode", "latin_1_decode", Codec::Latin1;
    utf_16_le_encode, utf_16_le_decode, "utf_16_le_encode", "utf_16_le_decode", Codec::Utf16(Order::Le);
    utf_16_be_encode, utf_16_be_decode, "utf_16_be_encode", "utf_16_be_decode", Codec::Utf16(Order::Be);
    utf_32_le_encode, utf_32_le_decode, "utf_32_le_encode", "utf_32_le_decode", Codec::Utf32(Order::Le);
    utf_32_be_encode, utf_32_be_decode, "utf_32_be_encode", "utf_32_be_decode", Codec::Utf32(Order::Be);
}

fn utf_16_encode(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    utf_encode_order(vm, args, kwargs, "utf_16_encode", false)
}

fn utf_32_encode(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    utf_encode_order(vm, args, kwargs, "utf_32_encode", true)
}

fn utf_16_decode(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    decode_with(vm, args, kwargs, "utf_16_decode", Codec::Utf16(Order::Bom), false)
}

fn utf_32_decode(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    decode_with(vm, args, kwargs, "utf_32_decode", Codec::Utf32(Order::Bom), false)
}

fn utf_16_ex_decode(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    utf_ex_decode(vm, args, kwargs, "utf_16_ex_decode", false)
}

fn utf_32_ex_decode(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    utf_ex_decode(vm, args, kwargs, "utf_32_ex_decode", true)
}

/// `charmap_build(decoding_table)`: the encoding map, a dict from code point to byte.
fn charmap_build(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "charmap_build", &args, &kwargs, &["map"], 1)?;
    let table = text_arg(vm, "charmap_build", &a[0])?;
    let d = vm.new_dict();
    if let Some(Payload::Dict(dict)) = d.payload() {
        let mut dict = dict.borrow_mut();
        for (i, c) in table.chars().enumerate() {
            let _ = dict.set(Value::Int(i64::from(c as u32)), Value::Int(i as i64));
        }
    }
    Ok(d)
}

/// `charmap_decode(data, errors=None, mapping=None)`: a table str or a mapping of bytes.
fn charmap_decode(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "charmap_decode", &args, &kwargs, &["data", "errors", "mapping"], 1)?;
    let data = data_arg(vm, &a[0])?;
    let errors = errors_arg(vm, "charmap_decode", &a[1])?;
    let mapping = a[2].clone().unwrap_or(Value::None);
    if matches!(mapping, Value::None) {
        let (s, n) = codec::decode(vm, Codec::Latin1, &data, &errors, true)?;
        return Ok(new_tuple([s.into_value(), Value::Int(n as i64)]));
    }
    let table: Option<Vec<char>> = mapping.as_str().map(|s| s.chars().collect());
    let mut out = String::new();
    let mut i = 0;
    while i < data.len() {
        let x = data[i];
        let c = match &table {
            Some(t) => t.get(usize::from(x)).copied().filter(|c| *c != '\u{fffe}').map(String::from),
            None => match vm.getitem(&mapping, &Value::Int(i64::from(x))) {
                Ok(Value::None) => None,
                Ok(Value::Int(n)) => char::from_u32(n as u32).map(String::from),
                Ok(v) => v.as_str().map(str::to_string),
                Err(e) if vm.is_instance_of(&e.0, "LookupError") => None,
                Err(e) => return Err(e),
            },
        };
        match c {
            Some(s) => out.push_str(&s),
            None => match errors.as_str() {
                "ignore" => {}
                "replace" => out.push('\u{fffd}'),
                "backslashreplace" => out.push_str(&format!("\\x{x:02x}")),
                _ => {
                    let e = codec::unicode_error(vm, "UnicodeDecodeError", "charmap", new_bytes(data.clone(), false), i, i + 1, "character maps to <undefined>");
                    return Err(PyErr(e));
                }
            },
        }
        i += 1;
    }
    Ok(new_tuple([Value::str(out), Value::Int(data.len() as i64)]))
}

/// `charmap_encode(str, errors=None, mapping=None)`.
fn charmap_encode(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "charmap_encode", &args, &kwargs, &["str", "errors", "mapping"], 1)?;
    let s = text_arg(vm, "charmap_encode", &a[0])?;
    let errors = errors_arg(vm, "charmap_encode", &a[1])?;
    let mapping = a[2].clone().unwrap_or(Value::None);
    if matches!(mapping, Value::None) {
        let b = codec::encode(vm, Codec::Latin1, &s, &errors)?;
        return Ok(new_tuple([new_bytes(b, false), Value::Int(crate::objects::str::char_len(&s) as i64)]));
    }
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let r = match vm.getitem(&mapping, &Value::Int(i64::from(*c as u32))) {
            Ok(Value::Int(n)) if (0..256).contains(&n) => Some(vec![n as u8]),
            Ok(Value::None) => None,
            Ok(v) => bytes_like(&v),
            Err(e) if vm.is_instance_of(&e.0, "LookupError") => None,
            Err(e) => return Err(e),
        };
        match r {
            Some(b) => out.extend(b),
            None => match errors.as_str() {
                "ignore" => {}
                "replace" => out.push(b'?'),
                "xmlcharrefreplace" => out.extend_from_slice(format!("&#{};", *c as u32).as_bytes()),
                "backslashreplace" => {
                    let u = *c as u32;
                    let t = if u < 0x100 { format!("\\x{u:02x}") } else if u < 0x10000 { format!("\\u{u:04x}") } else { format!("\\U{u:08x}") };
                    out.extend_from_slice(t.as_bytes());
                }
                _ => {
                    let e = codec::unicode_error(vm, "UnicodeEncodeError", "charmap", Value::str(s.clone()), i, i + 1, "character maps to <undefined>");
                    return Err(PyErr(e));
                }
            },
        }
    }
    Ok(new_tuple([new_bytes(out, false), Value::Int(chars.len() as i64)]))
}

/// The `_codecs` module.
pub fn make(vm: &mut Vm) -> Value {
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("register", register),
        ("unregister", unregister),
        ("lookup", lookup),
        ("_forget_codec", forget_codec),
        ("encode", encode),
        ("decode", decode),
        ("register_error", register_error),
        ("lookup_error", lookup_error),
        ("utf_8_encode", utf_8_encode),
        ("utf_8_decode", utf_8_decode),
        ("ascii_encode", ascii_encode),
        ("ascii_decode", ascii_decode),
        ("latin_1_encode", latin_1_encode),
        ("latin_1_decode", latin_1_decode),
        ("utf_16_encode", utf_16_encode),
        ("utf_16_decode", utf_16_decode),
        ("utf_16_le_encode", utf_16_le_encode),
        ("utf_16_le_decode", utf_16_le_decode),
        ("utf_16_be_encode", utf_16_be_encode),
        ("utf_16_be_decode", utf_16_be_decode),
        ("utf_16_ex_decode", utf_16_ex_decode),
        ("utf_32_encode", utf_32_encode),
        ("utf_32_decode", utf_32_decode),
        ("utf_32_le_encode", utf_32_le_encode),
        ("utf_32_le_decode", utf_32_le_decode),
        ("utf_32_be_encode", utf_32_be_encode),
        ("utf_32_be_decode", utf_32_be_decode),
        ("utf_32_ex_decode", utf_32_ex_decode),
        ("charmap_build", charmap_build),
        ("charmap_decode", charmap_decode),
        ("charmap_encode", charmap_encode),
    ];
    let mut items: Vec<(&'static str, Value)> = fns.iter().map(|(n, f)| (*n, builtin(n, *f))).collect();
    let errors = vm.new_dict();
    if let Some(Payload::Dict(d)) = errors.payload() {
        let mut d = d.borrow_mut();
        let handlers: &[(&'static str, &'static str, BuiltinFn)] = &[
            ("strict", "strict_errors", strict_errors),
            ("ignore", "ignore_errors", ignore_errors),
            ("replace", "replace_errors", replace_errors),
            ("backslashreplace", "backslashreplace_errors", backslashreplace_errors),
            ("xmlcharrefreplace", "xmlcharrefreplace_errors", xmlcharrefreplace_errors),
            // Without the Unicode name table, names are written as backslash escapes.
            ("namereplace", "namereplace_errors", backslashreplace_errors),
        ];
        for (name, fname, f) in handlers {
            d.set_str(name, builtin(fname, *f));
        }
    }
    items.push(("_error_registry", errors));
    items.push(("_search_path", new_list(Vec::new())));
    items.push(("_cache", vm.new_dict()));
    module("_codecs", items)
}
