//! The one codec implementation behind `str.encode`, `bytes.decode`, `_codecs` and `_io`:
//! UTF-8, ASCII, Latin-1, UTF-16 and UTF-32 (both byte orders, or a BOM), with CPython's
//! error handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace,
//! surrogateescape, surrogatepass) and handlers registered with `codecs.register_error`,
//! called with a `UnicodeEncodeError`/`UnicodeDecodeError` as CPython calls them.
//! Decoding can stop before an incomplete sequence at the end (`final = false`) for
//! incremental decoders and text files.
//!
//! Strs with lone surrogates (`objects/str.rs`) encode by their code points; decoding
//! yields a [`Text`], which switches to code points when a surrogate appears.

use crate::builtins::methods::new_bytes;
use crate::heap::Payload;
use crate::interp::call::new_tuple;
use crate::interp::exceptions::new_exception;
use crate::interp::{PyErr, PyResult, Vm};
use crate::value::Value;

/// Byte order of a UTF-16/32 codec: fixed, or read from (written as) a BOM.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    Le,
    Be,
    Bom,
}

/// A codec krait implements natively.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16(Order),
    Utf32(Order),
}

/// CPython's `encodings.normalize_encoding` plus lowercase, with `_` and spaces as `-`.
pub fn normalize(name: &str) -> String {
    name.trim().to_ascii_lowercase().replace(['_', ' '], "-")
}

impl Codec {
    /// The native codec called `name` (any of its aliases).
    pub fn find(name: &str) -> Option<Codec> {
        Some(match normalize(name).as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8-ucs2" | "utf8-ucs4" => Codec::Utf8,
            "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" | "iso646-us" => Codec::Ascii,
            "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "iso-ir-100" => Codec::Latin1,
            "utf-16" | "utf16" | "u16" => Codec::Utf16(Order::Bom),
            "utf-16-le" | "utf-16le" | "utf16le" | "unicodelittleunmarked" => Codec::Utf16(Order::Le),
            "utf-16-be" | "utf-16be" | "utf16be" | "unicodebigunmarked" => Codec::Utf16(Order::Be),
            "utf-32" | "utf32" | "u32" => Codec::Utf32(Order::Bom),
            "utf-32-le" | "utf-32le" | "utf32le" => Codec::Utf32(Order::Le),
            "utf-32-be" | "utf-32be" | "utf32be" => Codec::Utf32(Order::Be),
            _ => return None,
        })
    }

    /// The name CPython's error messages use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(Order::Bom) => "utf-16",
            Codec::Utf16(Order::Le) => "utf-16-le",
            Codec::Utf16(Order::Be) => "utf-16-be",
            Codec::Utf32(Order::Bom) => "utf-32",
            Codec::Utf32(Order::Le) => "utf-32-le",
            Codec::Utf32(Order::Be) => "utf-32-be",
        }
    }

    /// The codec's Python module name under `encodings` (for `codecs.lookup`).
    pub fn module_name(self) -> String {
        self.name().replace('-', "_")
    }
}

fn escape_point(u: u32) -> String {
    if u < 0x100 {
        format!("\\x{u:02x}")
    } else if u < 0x10000 {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

/// A `UnicodeEncodeError`/`UnicodeDecodeError` with its five attributes.
pub fn unicode_error(vm: &mut Vm, class: &str, encoding: &str, object: Value, start: usize, end: usize, reason: &str) -> Value {
    let args = vec![Value::str(encoding), object, Value::Int(start as i64), Value::Int(end as i64), Value::str(reason)];
    let e = new_exception(vm.types.exception(class), args.clone());
    set_unicode_attrs(&e, &args);
    e
}

fn set_unicode_attrs(e: &Value, args: &[Value]) {
    for (name, v) in ["encoding", "object", "start", "end", "reason"].iter().zip(args) {
        crate::import::instance_set(e, name, v.clone());
    }
}

/// The handler registered as `name` (a Python callable), None for the native ones.
fn custom_handler(vm: &mut Vm, name: &str) -> Result<Value, PyErr> {
    let m = vm.import_module("_codecs")?;
    let lookup = vm.getattr(&m, "lookup_error")?;
    vm.call(lookup, vec![Value::str(name)], vec![])
}

/// Calls a Python error handler with `exc`; its replacement and the position to resume at.
fn call_handler(vm: &mut Vm, errors: &str, exc: Value, len: usize) -> Result<(Value, usize), PyErr> {
    let h = custom_handler(vm, errors)?;
    let r = vm.call(h, vec![exc], vec![])?;
    let items = match r.payload() {
        Some(Payload::Tuple(t)) if t.len() == 2 => t.to_vec(),
        _ => return Err(vm.type_error("encoding error handler must return (str/bytes, int) tuple")),
    };
    let pos = match items[1] {
        Value::Int(p) if p < 0 => (len as i64 + p).max(0) as usize,
        Value::Int(p) => p as usize,
        _ => return Err(vm.type_error("encoding error handler must return (str/bytes, int) tuple")),
    };
    if pos > len {
        return Err(vm.error("IndexError", format!("position {pos} from error handler out of bounds")));
    }
    Ok((items[0].clone(), pos))
}

/// `s.encode(codec, errors)` for text without surrogates.
pub fn encode(vm: &mut Vm, codec: Codec, s: &str, errors: &str) -> Result<Vec<u8>, PyErr> {
    encode_text(vm, codec, s, 0, errors)
}

/// `s.encode(codec, errors)` for a str's text whose proxy base is `base` (0: no surrogates;
/// see `objects/str.rs`).
pub fn encode_text(vm: &mut Vm, codec: Codec, s: &str, base: u32, errors: &str) -> Result<Vec<u8>, PyErr> {
    if base == 0 {
        match codec {
            Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
            Codec::Utf16(order) => {
                let mut out = Vec::with_capacity(s.len() * 2 + 2);
                let be = order == Order::Be;
                if order == Order::Bom {
                    out.extend_from_slice(&[0xff, 0xfe]);
                }
                for u in s.encode_utf16() {
                    out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
                }
                return Ok(out);
            }
            Codec::Utf32(order) => {
                let mut out = Vec::with_capacity(s.len() * 4 + 4);
                let be = order == Order::Be;
                if order == Order::Bom {
                    out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
                }
                for c in s.chars() {
                    let u = c as u32;
                    out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
                }
                return Ok(out);
            }
            _ => {}
        }
    }
    let points: Vec<u32> = s.chars().map(|c| crate::objects::str::unproxy(c as u32, base)).collect();
    encode_points(vm, codec, s, base, &points, errors)
}

fn is_surrogate(c: u32) -> bool {
    (0xD800..0xE000).contains(&c)
}

/// Appends one encodable code point.
fn put(out: &mut Vec<u8>, codec: Codec, c: u32) {
    match codec {
        Codec::Utf8 => match c {
            0..=0x7F => out.push(c as u8),
            0x80..=0x7FF => out.extend([0xC0 | (c >> 6) as u8, 0x80 | (c & 0x3F) as u8]),
            0x800..=0xFFFF => out.extend([0xE0 | (c >> 12) as u8, 0x80 | ((c >> 6) & 0x3F) as u8, 0x80 | (c & 0x3F) as u8]),
            _ => out.extend([0xF0 | (c >> 18) as u8, 0x80 | ((c >> 12) & 0x3F) as u8, 0x80 | ((c >> 6) & 0x3F) as u8, 0x80 | (c & 0x3F) as u8]),
        },
        Codec::Utf16(order) => {
            let be = order == Order::Be;
            let mut unit = |u: u16| out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            if c >= 0x10000 {
                let v = c - 0x10000;
                unit(0xD800 | (v >> 10) as u16);
                unit(0xDC00 | (v & 0x3FF) as u16);
            } else {
                unit(c as u16);
            }
        }
        Codec::Utf32(order) => out.extend_from_slice(&if order == Order::Be { c.to_be_bytes() } else { c.to_le_bytes() }),
        Codec::Ascii | Codec::Latin1 => out.push(c as u8),
    }
}

/// The encoder over code points, with CPython's runs of unencodable characters: consecutive
/// surrogates for UTF-8, one surrogate for UTF-16/32, consecutive characters out of range
/// for ASCII and Latin-1.
fn encode_points(vm: &mut Vm, codec: Codec, text: &str, base: u32, points: &[u32], errors: &str) -> Result<Vec<u8>, PyErr> {
    let limit: u32 = match codec {
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
        _ => 0x110000,
    };
    let bad = |c: u32| c >= limit || is_surrogate(c);
    let reason = if limit <= 0x100 { format!("ordinal not in range({limit})") } else { "surrogates not allowed".to_string() };
    let mut out = Vec::with_capacity(points.len());
    if let Codec::Utf16(Order::Bom) = codec {
        out.extend_from_slice(&[0xff, 0xfe]);
    }
    if let Codec::Utf32(Order::Bom) = codec {
        out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
    }
    let name = codec.name();
    // BOM codecs write little-endian after the BOM.
    let codec = match codec {
        Codec::Utf16(Order::Bom) => Codec::Utf16(Order::Le),
        Codec::Utf32(Order::Bom) => Codec::Utf32(Order::Le),
        c => c,
    };
    let mut i = 0;
    while i < points.len() {
        let c = points[i];
        if !bad(c) {
            put(&mut out, codec, c);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if matches!(codec, Codec::Utf8 | Codec::Ascii | Codec::Latin1) {
            while end < points.len() && bad(points[end]) {
                end += 1;
            }
        }
        let run = &points[i..end];
        let mut start = i;
        match errors {
            "ignore" => {
                i = end;
                continue;
            }
            "replace" => {
                run.iter().for_each(|_| put(&mut out, codec, u32::from(b'?')));
                i = end;
                continue;
            }
            "backslashreplace" => {
                run.iter().for_each(|&c| escape_point(c).bytes().for_each(|b| put(&mut out, codec, u32::from(b))));
                i = end;
                continue;
            }
            "xmlcharrefreplace" => {
                run.iter().for_each(|&c| format!("&#{c};").bytes().for_each(|b| put(&mut out, codec, u32::from(b))));
                i = end;
                continue;
            }
            "surrogatepass" if limit > 0x100 => {
                run.iter().for_each(|&c| put(&mut out, codec, c));
                i = end;
                continue;
            }
            "surrogateescape" if codec == Codec::Utf8 || limit <= 0x100 => {
                // Each U+DC80..U+DCFF is the byte it escapes; the first other character
                // fails with the rest of the run.
                while start < end && (0xDC80..=0xDCFF).contains(&points[start]) {
                    out.push((points[start] - 0xDC00) as u8);
                    start += 1;
                }
                if start == end {
                    i = end;
                    continue;
                }
            }
            _ => {}
        }
        let object = crate::objects::str::from_proxy(text.to_string(), base);
        let exc = unicode_error(vm, "UnicodeEncodeError", name, object, start, end, &reason);
        if matches!(errors, "strict" | "surrogateescape" | "surrogatepass") {
            return Err(PyErr(exc));
        }
        let (rep, pos) = call_handler(vm, errors, exc, points.len())?;
        match rep.payload() {
            Some(Payload::Bytes(b)) => out.extend_from_slice(b),
            Some(Payload::Str(r)) => {
                let (r, rb) = (r.to_string(), r.surrogate_base());
                let bytes = encode_text(vm, codec, &r, rb, "strict")?;
                out.extend(bytes);
            }
            _ => return Err(vm.type_error("encoding error handler must return (str/bytes, int) tuple")),
        }
        i = pos;
    }
    Ok(out)
}

/// One step of a decoder at `b[0..]`.
enum Step {
    /// A character and the bytes it took.
    Char(char, usize),
    /// The bytes end inside a sequence.
    Incomplete,
    /// `n` bytes are invalid, for `reason`.
    Bad(usize, &'static str),
}

fn utf8_step(b: &[u8]) -> Step {
    let n = b.len().min(4);
    match std::str::from_utf8(&b[..n]) {
        Ok(s) => match s.chars().next() {
            Some(c) => Step::Char(c, c.len_utf8()),
            None => Step::Incomplete,
        },
        Err(e) if e.valid_up_to() > 0 => {
            let s = std::str::from_utf8(&b[..e.valid_up_to()]).unwrap_or("");
            match s.chars().next() {
                Some(c) => Step::Char(c, c.len_utf8()),
                None => Step::Bad(1, "invalid start byte"),
            }
        }
        Err(e) => match e.error_len() {
            None if n < 4 && b.len() == n => Step::Incomplete,
            None => Step::Bad(1, "invalid start byte"),
            Some(len) => {
                let first = b[0];
                if (0x80..0xc2).contains(&first) || first >= 0xf5 {
                    Step::Bad(1, "invalid start byte")
                } else {
                    Step::Bad(len, "invalid continuation byte")
                }
            }
        },
    }
}

fn unit16(b: &[u8], be: bool) -> u16 {
    if be { u16::from_be_bytes([b[0], b[1]]) } else { u16::from_le_bytes([b[0], b[1]]) }
}

fn utf16_step(b: &[u8], be: bool) -> Step {
    if b.len() < 2 {
        return Step::Incomplete;
    }
    let u = unit16(b, be);
    if !(0xd800..0xe000).contains(&u) {
        return Step::Char(char::from_u32(u32::from(u)).unwrap_or('\u{fffd}'), 2);
    }
    if u >= 0xdc00 {
        return Step::Bad(2, "illegal encoding");
    }
    if b.len() < 4 {
        return Step::Incomplete;
    }
    let lo = unit16(&b[2..], be);
    if !(0xdc00..0xe000).contains(&lo) {
        return Step::Bad(2, "illegal UTF-16 surrogate");
    }
    let c = 0x10000 + ((u32::from(u) - 0xd800) << 10) + (u32::from(lo) - 0xdc00);
    Step::Char(char::from_u32(c).unwrap_or('\u{fffd}'), 4)
}

fn utf32_step(b: &[u8], be: bool) -> Step {
    if b.len() < 4 {
        return Step::Incomplete;
    }
    let a = [b[0], b[1], b[2], b[3]];
    let u = if be { u32::from_be_bytes(a) } else { u32::from_le_bytes(a) };
    if (0xd800..0xe000).contains(&u) {
        return Step::Bad(4, "code point in surrogate code point range(0xd800, 0xe000)");
    }
    match char::from_u32(u) {
        Some(c) => Step::Char(c, 4),
        None => Step::Bad(4, "code point not in range(0x110000)"),
    }
}

/// The byte order a UTF-16/32 BOM at the start of `b` names, and the BOM's length.
pub fn read_bom(codec: Codec, b: &[u8]) -> (Order, usize) {
    match codec {
        Codec::Utf16(_) if b.starts_with(&[0xff, 0xfe]) => (Order::Le, 2),
        Codec::Utf16(_) if b.starts_with(&[0xfe, 0xff]) => (Order::Be, 2),
        Codec::Utf32(_) if b.starts_with(&[0xff, 0xfe, 0, 0]) => (Order::Le, 4),
        Codec::Utf32(_) if b.starts_with(&[0, 0, 0xfe, 0xff]) => (Order::Be, 4),
        _ => (Order::Le, 0),
    }
}

/// Decoded text: UTF-8 until a lone surrogate appears, code points from then on.
#[derive(Default)]
pub struct Text {
    s: String,
    points: Option<Vec<u32>>,
}

impl Text {
    pub(crate) fn with_capacity(n: usize) -> Text {
        Text { s: String::with_capacity(n), points: None }
    }

    fn push(&mut self, c: char) {
        match &mut self.points {
            Some(p) => p.push(c as u32),
            None => self.s.push(c),
        }
    }

    fn push_str(&mut self, t: &str) {
        match &mut self.points {
            Some(p) => p.extend(t.chars().map(u32::from)),
            None => self.s.push_str(t),
        }
    }

    /// Appends a code point (a lone surrogate included).
    fn push_point(&mut self, c: u32) {
        match (char::from_u32(c), &mut self.points) {
            (_, Some(p)) => p.push(c),
            (Some(ch), None) => self.s.push(ch),
            (None, None) => {
                let mut p: Vec<u32> = self.s.chars().map(u32::from).collect();
                p.push(c);
                self.points = Some(p);
            }
        }
    }

    /// Appends a str value's code points.
    pub(crate) fn push_value(&mut self, v: &Value) {
        match v.payload() {
            Some(Payload::Str(t)) if t.has_surrogates() => t.code_points().for_each(|c| self.push_point(c)),
            Some(Payload::Str(t)) => self.push_str(t),
            _ => {}
        }
    }

    /// The str.
    pub fn into_value(self) -> Value {
        match self.points {
            Some(p) => crate::objects::str::from_code_points(&p),
            None => Value::str(self.s),
        }
    }

    /// The text, lone surrogates as U+FFFD (for buffers that hold Rust text).
    pub fn into_string_lossy(self) -> String {
        match self.points {
            Some(p) => p.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect(),
            None => self.s,
        }
    }
}

/// The surrogate that `surrogatepass` decodes at the start of `b`, and its length.
fn surrogate_at(codec: Codec, b: &[u8]) -> Option<(u32, usize)> {
    let c = match codec {
        Codec::Utf8 => match b {
            [0xED, x @ 0xA0..=0xBF, y @ 0x80..=0xBF, ..] => 0xD000 | (u32::from(*x & 0x3F) << 6) | u32::from(*y & 0x3F),
            _ => return None,
        },
        Codec::Utf16(o) if b.len() >= 2 => u32::from(unit16(b, o == Order::Be)),
        Codec::Utf32(o) if b.len() >= 4 => {
            let a = [b[0], b[1], b[2], b[3]];
            if o == Order::Be { u32::from_be_bytes(a) } else { u32::from_le_bytes(a) }
        }
        _ => return None,
    };
    let n = match codec {
        Codec::Utf8 => 3,
        Codec::Utf16(_) => 2,
        _ => 4,
    };
    is_surrogate(c).then_some((c, n))
}

/// `b.decode(codec, errors)`: the text and how many bytes it used (all of them when
/// `final`; else an incomplete sequence at the end is left over).
pub fn decode(vm: &mut Vm, codec: Codec, b: &[u8], errors: &str, final_: bool) -> Result<(Text, usize), PyErr> {
    if codec == Codec::Utf8
        && let Ok(s) = std::str::from_utf8(b)
    {
        return Ok((Text { s: s.to_string(), points: None }, b.len()));
    }
    let (codec, mut i) = match codec {
        Codec::Utf16(Order::Bom) | Codec::Utf32(Order::Bom) => {
            let (order, skip) = read_bom(codec, b);
            if skip == 0 && !final_ && b.len() < if matches!(codec, Codec::Utf16(_)) { 2 } else { 4 } {
                return Ok((Text::default(), 0));
            }
            (if matches!(codec, Codec::Utf16(_)) { Codec::Utf16(order) } else { Codec::Utf32(order) }, skip)
        }
        c => (c, 0),
    };
    let name = match codec {
        Codec::Utf16(_) if i > 0 => "utf-16",
        Codec::Utf32(_) if i > 0 => "utf-32",
        c => c.name(),
    };
    let mut out = Text::with_capacity(b.len());
    while i < b.len() {
        let rest = &b[i..];
        if codec == Codec::Utf8 {
            let good = match std::str::from_utf8(rest) {
                Ok(s) => s,
                Err(e) => std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or(""),
            };
            if !good.is_empty() {
                out.push_str(good);
                i += good.len();
                continue;
            }
        }
        let step = match codec {
            Codec::Utf8 => utf8_step(rest),
            Codec::Ascii if rest[0] < 0x80 => Step::Char(char::from(rest[0]), 1),
            Codec::Ascii => Step::Bad(1, "ordinal not in range(128)"),
            Codec::Latin1 => Step::Char(char::from(rest[0]), 1),
            Codec::Utf16(o) => utf16_step(rest, o == Order::Be),
            Codec::Utf32(o) => utf32_step(rest, o == Order::Be),
        };
        let (n, reason) = match step {
            Step::Char(c, n) => {
                out.push(c);
                i += n;
                continue;
            }
            Step::Incomplete if !final_ => break,
            Step::Incomplete => {
                let reason = match codec {
                    Codec::Utf16(_) if rest.len() % 2 == 1 => "truncated data",
                    Codec::Utf32(_) => "truncated data",
                    _ => "unexpected end of data",
                };
                (rest.len(), reason)
            }
            Step::Bad(n, reason) => (n, reason),
        };
        let pass = if errors == "surrogatepass" { surrogate_at(codec, rest) } else { None };
        match errors {
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "surrogateescape" if rest[..n].iter().all(|&x| x >= 0x80) => rest[..n].iter().for_each(|&x| out.push_point(0xDC00 + u32::from(x))),
            "surrogatepass" if pass.is_some() => {
                if let Some((c, len)) = pass {
                    out.push_point(c);
                    i += len;
                }
                continue;
            }
            "backslashreplace" => rest[..n].iter().for_each(|x| out.push_str(&format!("\\x{x:02x}"))),
            _ => {
                let exc = unicode_error(vm, "UnicodeDecodeError", name, new_bytes(b.to_vec(), false), i, i + n, reason);
                if matches!(errors, "strict" | "surrogatepass" | "surrogateescape" | "xmlcharrefreplace") {
                    return Err(PyErr(exc));
                }
                let (rep, pos) = call_handler(vm, errors, exc, b.len())?;
                match rep.payload() {
                    Some(Payload::Str(_)) => out.push_value(&rep),
                    _ => return Err(vm.type_error("decoding error handler must return (str, int) tuple")),
                }
                i = pos;
                continue;
            }
        }
        i += n;
    }
    Ok((out, i))
}

/// `str(UnicodeEncodeError)` / `str(UnicodeDecodeError)`.
fn unicode_error_str(vm: &mut Vm, args: crate::objects::function::Args, _k: crate::objects::function::Kwargs) -> PyResult {
    let Some(e) = args.first() else { return Ok(Value::str("")) };
    let get = |n: &str| crate::import::instance_get(e, n);
    let (Some(enc), Some(obj), Some(Value::Int(start)), Some(Value::Int(end)), Some(reason)) =
        (get("encoding"), get("object"), get("start"), get("end"), get("reason"))
    else {
        return Ok(Value::str(vm.exception_args_str(e)));
    };
    let (enc, reason) = (vm.to_str(&enc)?, vm.to_str(&reason)?);
    let text = match obj.payload() {
        Some(Payload::Str(s)) => {
            let ch = s.code_points().nth(start.max(0) as usize);
            match ch {
                Some(c) if end == start + 1 => format!("'{enc}' codec can't encode character '{}' in position {start}: {reason}", escape_point(c)),
                _ => format!("'{enc}' codec can't encode characters in position {start}-{}: {reason}", end - 1),
            }
        }
        _ => {
            let bytes = crate::builtins::methods::bytes_like(&obj).unwrap_or_default();
            match bytes.get(start.max(0) as usize) {
                Some(x) if end == start + 1 => format!("'{enc}' codec can't decode byte 0x{x:02x} in position {start}: {reason}"),
                _ => format!("'{enc}' codec can't decode bytes in position {start}-{}: {reason}", end - 1),
            }
        }
    };
    Ok(Value::str(text))
}

/// `UnicodeEncodeError(encoding, object, start, end, reason).__init__`.
fn unicode_error_init(vm: &mut Vm, args: crate::objects::function::Args, _k: crate::objects::function::Kwargs) -> PyResult {
    let Some((e, rest)) = args.split_first() else { return Ok(Value::None) };
    if rest.len() != 5 {
        return Err(vm.type_error(format!("function takes exactly 5 arguments ({} given)", rest.len())));
    }
    if let Some(Payload::Instance(i)) = e.payload() {
        *i.exc().args.borrow_mut() = new_tuple(rest.to_vec());
    }
    set_unicode_attrs(e, rest);
    Ok(Value::None)
}

/// Gives UnicodeEncodeError and UnicodeDecodeError their `__init__` and `__str__`.
pub fn install(vm: &mut Vm) {
    for name in ["UnicodeEncodeError", "UnicodeDecodeError"] {
        let class = vm.types.exception(name);
        if let Payload::Type(t) = &class.payload {
            let mut d = t.dict_mut();
            for (n, func) in [("__init__", unicode_error_init as crate::objects::function::BuiltinFn), ("__str__", unicode_error_str)] {
                let f = crate::objects::function::BuiltinFunction { name: n, func, one: None };
                d.set_str(n, Value::new_obj(Payload::MethodDescr { func: f, owner: class.clone(), arity: crate::objects::function::Arity::Any, direct: crate::objects::function::Direct::None }));
            }
        }
    }
}

/// `str.encode`/`bytes.decode` for codecs krait does not implement: the codec registry
/// (`encodings`), as `codecs.encode`/`codecs.decode` with the type checks of the str and
/// bytes methods. `encode` says which direction.
pub fn via_registry(vm: &mut Vm, obj: Value, encoding: &str, errors: &str, encode: bool) -> PyResult {
    let m = vm.import_module("_codecs")?;
    let lookup = vm.getattr(&m, "lookup")?;
    let info = vm.call(lookup, vec![Value::str(encoding)], vec![])?;
    let f = vm.getattr(&info, if encode { "encode" } else { "decode" })?;
    let r = vm.call(f, vec![obj, Value::str(errors)], vec![])?;
    let v = match r.payload() {
        Some(Payload::Tuple(t)) if t.len() == 2 => t[0].clone(),
        _ => return Err(vm.type_error(if encode { "encoder must return a tuple (object, integer)" } else { "decoder must return a tuple (object,integer)" })),
    };
    let ok = if encode { matches!(v.payload(), Some(Payload::Bytes(_))) } else { v.as_str().is_some() };
    if !ok {
        let tn = vm.type_name(&v);
        return Err(vm.type_error(if encode {
            format!("'{encoding}' encoder returned '{tn}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types")
        } else {
            format!("'{encoding}' decoder returned '{tn}' instead of 'str'; use codecs.decode() to decode to arbitrary types")
        }));
    }
    Ok(v)
}
