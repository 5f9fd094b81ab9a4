//! `TextIOWrapper`: text over a binary buffer. Reads decode chunks incrementally (an
//! incomplete sequence waits for the next chunk) and keep the decoded text untranslated,
//! so `tell()` is the buffer position minus the re-encoded length of what is unread;
//! newlines are recognised and translated as `newline` says (None: universal newlines
//! on read, `\n` to os.linesep on write). Codecs krait lacks natively go through the
//! codec registry, chunk by chunk.

use super::{add_property, call_method, closed_error, size_arg, unsupported, DEFAULT_BUFFER_SIZE};
use crate::builtins::codec::{self, Codec, Order};
use crate::builtins::methods::{bytes_like, new_bytes};
use crate::interp::{PyErr, PyResult, Vm};
use crate::modules::util::{bind, bool_arg, index_i64};
use crate::modules::{Args, Kwargs};
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::value::{ObjRef, Value};

/// The state of a TextIOWrapper.
pub struct TextState {
    buffer: Value,
    codec: Option<Codec>,
    encoding: String,
    errors: String,
    newline: Option<String>,
    line_buffering: bool,
    decoded: String,
    dpos: usize,
    pending: Vec<u8>,
    eof: bool,
    detached: bool,
}

fn st<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut TextState) -> R) -> Result<R, PyErr> {
    native::with_state::<TextState, R>(v, f).ok_or_else(|| vm.type_error("descriptor requires a '_io.TextIOWrapper' object"))
}

fn this(args: &[Value]) -> Value {
    args.first().cloned().unwrap_or(Value::None)
}

fn text_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let Some((cls, rest)) = args.split_first() else { return Err(vm.type_error("TextIOWrapper.__new__(): not enough arguments")) };
    let Some(class) = cls.as_obj().cloned() else { return Err(vm.type_error("TextIOWrapper.__new__(X): X is not a type object")) };
    let names = ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"];
    let a = bind(vm, "TextIOWrapper", rest, &kwargs, &names, 1)?;
    let buffer = a[0].clone().unwrap_or(Value::None);
    let s = |i: usize, what: &str| -> Result<Option<String>, PyErr> {
        match &a[i] {
            None | Some(Value::None) => Ok(None),
            Some(v) => match v.as_str() {
                Some(s) => Ok(Some(s.to_string())),
                None => Err(vm.type_error(format!("TextIOWrapper() argument '{what}' must be str or None, not {}", vm.type_name(v)))),
            },
        }
    };
    let (encoding, errors, newline) = (s(1, "encoding")?, s(2, "errors")?, s(3, "newline")?);
    if let Some(n) = &newline
        && !matches!(n.as_str(), "" | "\n" | "\r" | "\r\n")
    {
        return Err(vm.error("ValueError", format!("illegal newline value: {n}")));
    }
    let encoding = match encoding.as_deref() {
        None | Some("locale") => "UTF-8".to_string(),
        Some(e) => e.to_string(),
    };
    let codec = Codec::find(&encoding);
    if codec.is_none() {
        crate::modules::codecs::lookup_codec(vm, &encoding)?;
    }
    let line_buffering = bool_arg(vm, &a[4], false)?;
    let state = TextState {
        buffer,
        codec,
        encoding,
        errors: errors.unwrap_or_else(|| "strict".to_string()),
        newline,
        line_buffering,
        decoded: String::new(),
        dpos: 0,
        pending: Vec::new(),
        eof: false,
        detached: false,
    };
    Ok(native::wrap(&class, state))
}

/// The buffer, after checking the wrapper is attached and open.
fn buffer_of(vm: &mut Vm, t: &Value) -> Result<Value, PyErr> {
    let (b, detached) = st(vm, t, |s| (s.buffer.clone(), s.detached))?;
    if detached {
        return Err(vm.error("ValueError", "underlying buffer has been detached"));
    }
    let closed = vm.getattr(&b, "closed")?;
    if vm.truthy(&closed)? {
        return Err(closed_error(vm));
    }
    Ok(b)
}

/// Encodes text; `base` is the proxy base of the str it came from (lone surrogates).
fn encode_text(vm: &mut Vm, codec: Option<Codec>, encoding: &str, s: &str, base: u32, errors: &str) -> Result<Vec<u8>, PyErr> {
    match codec {
        Some(c) => codec::encode_text(vm, c, s, base, errors),
        None => {
            let b = codec::via_registry(vm, crate::objects::str::from_proxy(s.to_string(), base), encoding, errors, true)?;
            Ok(bytes_like(&b).unwrap_or_default())
        }
    }
}

/// Reads and decodes one chunk; false at end of file.
fn fill(vm: &mut Vm, t: &Value, buffer: &Value) -> Result<bool, PyErr> {
    let chunk = call_method(vm, buffer, "read", vec![Value::Int(DEFAULT_BUFFER_SIZE.min(8192))])?;
    let chunk = bytes_like(&chunk).unwrap_or_default();
    let eof = chunk.is_empty();
    let (mut codec, encoding, errors, mut data) = st(vm, t, |s| {
        s.pending.extend_from_slice(&chunk);
        (s.codec, s.encoding.clone(), s.errors.clone(), std::mem::take(&mut s.pending))
    })?;
    // A BOM fixes the byte order for the rest of the stream.
    if let Some(c @ (Codec::Utf16(Order::Bom) | Codec::Utf32(Order::Bom))) = codec {
        let need = if matches!(c, Codec::Utf16(_)) { 2 } else { 4 };
        if data.len() < need && !eof {
            st(vm, t, |s| s.pending = data)?;
            return Ok(true);
        }
        let (order, skip) = codec::read_bom(c, &data);
        data.drain(..skip);
        codec = Some(if matches!(c, Codec::Utf16(_)) { Codec::Utf16(order) } else { Codec::Utf32(order) });
        st(vm, t, |s| s.codec = codec)?;
    }
    let (text, used) = match codec {
        Some(c) => {
            let (t, n) = codec::decode(vm, c, &data, &errors, eof)?;
            (t.into_string_lossy(), n)
        }
        None => {
            let v = codec::via_registry(vm, new_bytes(data.clone(), false), &encoding, &errors, false)?;
            (v.as_str().unwrap_or_default().to_string(), data.len())
        }
    };
    st(vm, t, |s| {
        s.pending = data[used..].to_vec();
        if s.dpos > 0 {
            s.decoded.drain(..s.dpos);
            s.dpos = 0;
        }
        s.decoded.push_str(&text);
        s.eof = eof;
    })?;
    Ok(!eof)
}

/// Is the stream readable (else the UnsupportedOperation)?
fn check_readable(vm: &mut Vm, buffer: &Value) -> Result<(), PyErr> {
    let r = call_method(vm, buffer, "readable", vec![])?;
    if vm.truthy(&r)? { Ok(()) } else { Err(unsupported(vm, "not readable")) }
}

/// Takes text from the unread part: up to `chars` characters (None: all), stopping after
/// the first line end when `line`. None when more input is needed to decide.
fn take(s: &mut TextState, chars: Option<usize>, line: bool) -> Option<String> {
    let rest = &s.decoded[s.dpos..];
    let universal = s.newline.is_none();
    let translate = universal;
    let mut out = String::new();
    let mut count = 0;
    let mut it = rest.char_indices().peekable();
    let mut end = rest.len();
    while let Some((i, c)) = it.next() {
        if chars.is_some_and(|n| count >= n) {
            end = i;
            break;
        }
        let mut width = c.len_utf8();
        let mut is_end = false;
        match c {
            '\r' if universal || s.newline.as_deref() == Some("") || s.newline.as_deref() == Some("\r\n") => {
                match it.peek() {
                    None if !s.eof => return None,
                    Some((_, '\n')) => {
                        it.next();
                        width += 1;
                        out.push_str(if translate { "\n" } else { "\r\n" });
                        is_end = true;
                    }
                    _ if s.newline.as_deref() == Some("\r\n") => out.push('\r'),
                    _ => {
                        out.push(if translate { '\n' } else { '\r' });
                        is_end = true;
                    }
                }
            }
            '\r' => {
                out.push('\r');
                is_end = s.newline.as_deref() == Some("\r");
            }
            '\n' => {
                out.push('\n');
                is_end = s.newline.as_deref() != Some("\r") && s.newline.as_deref() != Some("\r\n");
            }
            c => out.push(c),
        }
        count += 1;
        if line && is_end {
            end = i + width;
            break;
        }
    }
    if line && end == rest.len() && !s.eof && chars.is_none_or(|n| count < n) {
        return None;
    }
    if !line && chars.is_none_or(|n| count < n) && !s.eof {
        return None;
    }
    s.dpos += end;
    Some(out)
}

fn read_with(vm: &mut Vm, t: &Value, chars: Option<usize>, line: bool) -> PyResult {
    let buffer = buffer_of(vm, t)?;
    check_readable(vm, &buffer)?;
    loop {
        if let Some(s) = st(vm, t, |s| take(s, chars, line))? {
            return Ok(Value::str(s));
        }
        fill(vm, t, &buffer)?;
    }
}

fn text_read(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "read", args.get(1..).unwrap_or(&[]), &kwargs, &["size"], 0)?;
    let n = size_arg(vm, &a[0])?;
    read_with(vm, &this(&args), if n < 0 { None } else { Some(n as usize) }, false)
}

fn text_readline(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "readline", args.get(1..).unwrap_or(&[]), &kwargs, &["size"], 0)?;
    let n = size_arg(vm, &a[0])?;
    read_with(vm, &this(&args), if n < 0 { None } else { Some(n as usize) }, true)
}

/// Drops the read-ahead state, moving the buffer back to the logical position.
fn rewind(vm: &mut Vm, t: &Value, buffer: &Value) -> Result<(), PyErr> {
    let has = st(vm, t, |s| s.dpos < s.decoded.len() || !s.pending.is_empty())?;
    if has {
        let pos = tell_of(vm, t, buffer)?;
        call_method(vm, buffer, "seek", vec![Value::Int(pos)])?;
    }
    st(vm, t, |s| {
        s.decoded.clear();
        s.dpos = 0;
        s.pending.clear();
        s.eof = false;
    })
}

fn text_write(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let t = this(&args);
    let buffer = buffer_of(vm, &t)?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let Some(text) = v.as_str().map(str::to_string) else {
        return Err(vm.type_error(format!("write() argument must be str, not {}", vm.type_name(&v))));
    };
    let w = call_method(vm, &buffer, "writable", vec![])?;
    if !vm.truthy(&w)? {
        return Err(unsupported(vm, "not writable"));
    }
    rewind(vm, &t, &buffer)?;
    let (codec, encoding, errors, newline, lb) = st(vm, &t, |s| (s.codec, s.encoding.clone(), s.errors.clone(), s.newline.clone(), s.line_buffering))?;
    let out = match newline.as_deref() {
        Some("\r") => text.replace('\n', "\r"),
        Some("\r\n") => text.replace('\n', "\r\n"),
        _ => text.clone(),
    };
    // A BOM is written only at the start of the file.
    let codec = match codec {
        Some(Codec::Utf16(Order::Bom) | Codec::Utf32(Order::Bom)) => {
            let pos = call_method(vm, &buffer, "tell", vec![]).ok().map(|p| index_i64(vm, &p)).transpose()?.unwrap_or(0);
            let fixed = match codec {
                Some(Codec::Utf16(_)) => Codec::Utf16(Order::Le),
                _ => Codec::Utf32(Order::Le),
            };
            st(vm, &t, |s| s.codec = Some(fixed))?;
            if pos == 0 { codec } else { Some(fixed) }
        }
        c => c,
    };
    let bytes = encode_text(vm, codec, &encoding, &out, crate::objects::str::surrogate_base(&v), &errors)?;
    call_method(vm, &buffer, "write", vec![new_bytes(bytes, false)])?;
    if lb && (text.contains('\n') || text.contains('\r')) {
        call_method(vm, &buffer, "flush", vec![])?;
    }
    Ok(Value::Int(crate::objects::str::char_len(&text) as i64))
}

fn tell_of(vm: &mut Vm, t: &Value, buffer: &Value) -> Result<i64, PyErr> {
    let pos = call_method(vm, buffer, "tell", vec![])?;
    let pos = index_i64(vm, &pos)?;
    let (rest, pending, codec, encoding, errors) = st(vm, t, |s| (s.decoded[s.dpos..].to_string(), s.pending.len(), s.codec, s.encoding.clone(), s.errors.clone()))?;
    let unread = if rest.is_empty() { 0 } else { encode_text(vm, codec, &encoding, &rest, 0, &errors)?.len() };
    Ok(pos - pending as i64 - unread as i64)
}

fn text_tell(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let t = this(&args);
    let buffer = buffer_of(vm, &t)?;
    call_method(vm, &buffer, "flush", vec![])?;
    Ok(Value::Int(tell_of(vm, &t, &buffer)?))
}

fn text_seek(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "seek", args.get(1..).unwrap_or(&[]), &kwargs, &["cookie", "whence"], 1)?;
    let cookie = index_i64(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let whence = match &a[1] {
        Some(w) => index_i64(vm, w)?,
        None => 0,
    };
    let t = this(&args);
    let buffer = buffer_of(vm, &t)?;
    match whence {
        1 if cookie != 0 => return Err(unsupported(vm, "can't do nonzero cur-relative seeks")),
        2 if cookie != 0 => return Err(unsupported(vm, "can't do nonzero end-relative seeks")),
        1 => return text_tell(vm, smallvec::smallvec![t], vec![]),
        0 | 2 => {}
        _ => return Err(vm.error("ValueError", format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    }
    if whence == 0 && cookie < 0 {
        return Err(vm.error("ValueError", format!("negative seek position {cookie}")));
    }
    call_method(vm, &buffer, "flush", vec![])?;
    st(vm, &t, |s| {
        s.decoded.clear();
        s.dpos = 0;
        s.pending.clear();
        s.eof = false;
    })?;
    call_method(vm, &buffer, "seek", vec![Value::Int(cookie), Value::Int(whence)])
}

fn text_truncate(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let t = this(&args);
    let buffer = buffer_of(vm, &t)?;
    call_method(vm, &buffer, "flush", vec![])?;
    let pos = match args.get(1) {
        None | Some(Value::None) => Value::Int(tell_of(vm, &t, &buffer)?),
        Some(v) => v.clone(),
    };
    call_method(vm, &buffer, "truncate", vec![pos])
}

fn text_close(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let t = this(&args);
    let b = st(vm, &t, |s| s.buffer.clone())?;
    let closed = vm.getattr(&b, "closed")?;
    if vm.truthy(&closed)? {
        return Ok(Value::None);
    }
    let r = call_method(vm, &b, "flush", vec![]);
    call_method(vm, &b, "close", vec![])?;
    r.map(|_| Value::None)
}

fn text_detach(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let t = this(&args);
    let b = buffer_of(vm, &t)?;
    call_method(vm, &b, "flush", vec![])?;
    st(vm, &t, |s| s.detached = true)?;
    Ok(b)
}

fn forward(vm: &mut Vm, args: &[Value], name: &str) -> PyResult {
    let t = this(args);
    let b = buffer_of(vm, &t)?;
    call_method(vm, &b, name, vec![])
}

fn text_flush(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    forward(vm, &args, "flush")
}

fn text_fileno(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    forward(vm, &args, "fileno")
}

fn text_isatty(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    forward(vm, &args, "isatty")
}

fn text_readable(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    forward(vm, &args, "readable")
}

fn text_writable(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    forward(vm, &args, "writable")
}

fn text_seekable(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    forward(vm, &args, "seekable")
}

fn text_closed(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let b = st(vm, &this(&args), |s| s.buffer.clone())?;
    vm.getattr(&b, "closed")
}

fn text_name(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let b = st(vm, &this(&args), |s| s.buffer.clone())?;
    vm.getattr(&b, "name")
}

fn text_buffer(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    st(vm, &this(&args), |s| s.buffer.clone())
}

fn text_encoding(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::str(st(vm, &this(&args), |s| s.encoding.clone())?))
}

fn text_errors(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::str(st(vm, &this(&args), |s| s.errors.clone())?))
}

fn text_line_buffering(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(st(vm, &this(&args), |s| s.line_buffering)?))
}

fn text_newlines(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::None)
}

fn text_repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let t = this(&args);
    let mut s = String::from("<_io.TextIOWrapper");
    if let Ok(Some(n)) = vm.getattr_opt(&t, "name") {
        s.push_str(&format!(" name={}", vm.repr(&n)?));
    }
    if let Some(m) = crate::import::instance_get(&t, "mode") {
        s.push_str(&format!(" mode={}", vm.repr(&m)?));
    }
    let enc = st(vm, &t, |s| s.encoding.clone())?;
    s.push_str(&format!(" encoding={}>", vm.repr(&Value::str(enc))?));
    Ok(Value::str(s))
}

/// The TextIOWrapper class.
pub fn class(textbase: &ObjRef) -> ObjRef {
    let methods: &[(&'static str, BuiltinFn)] = &[
        ("read", text_read),
        ("readline", text_readline),
        ("write", text_write),
        ("tell", text_tell),
        ("seek", text_seek),
        ("truncate", text_truncate),
        ("close", text_close),
        ("detach", text_detach),
        ("flush", text_flush),
        ("fileno", text_fileno),
        ("isatty", text_isatty),
        ("readable", text_readable),
        ("writable", text_writable),
        ("seekable", text_seekable),
        ("__repr__", text_repr),
    ];
    let c = native::new_type("TextIOWrapper", "_io", textbase, methods, &[], Some(text_new));
    for (name, f) in [
        ("closed", text_closed as BuiltinFn),
        ("name", text_name),
        ("buffer", text_buffer),
        ("encoding", text_encoding),
        ("errors", text_errors),
        ("line_buffering", text_line_buffering),
        ("newlines", text_newlines),
    ] {
        add_property(&c, name, f);
    }
    c
}
