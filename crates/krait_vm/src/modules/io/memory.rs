//! The in-memory streams: `StringIO` (a character buffer with a position; writes past the
//! end pad with NULs, `newline=None` translates on write) and `BytesIO` (the same over
//! bytes, `getvalue`, `getbuffer`).
//!
//! A StringIO keeps lone surrogates as the proxies of `objects/str.rs`, with one proxy base
//! for the stream (taken from the first str with surrogates written; later ones are
//! re-spelled in it). Real characters of that private-use block written to the same stream
//! would read back as surrogates.

use super::{add_property, size_arg};
use crate::builtins::methods::{bytes_like, new_bytes};
use crate::interp::{PyErr, PyResult, Vm};
use crate::modules::util::{bind, index_i64};
use crate::modules::{Args, Kwargs};
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::value::{ObjRef, Value};

/// A memory stream's data: chars for StringIO, bytes for BytesIO.
pub struct Mem<T> {
    buf: Vec<T>,
    pos: usize,
    closed: bool,
    /// StringIO's `newline` (None: translate `\r\n` and `\r` to `\n` on write).
    newline: Option<String>,
    /// StringIO's proxy base for lone surrogates (0: none written yet).
    surr: u32,
}

type Chars = Mem<char>;
type Bytes = Mem<u8>;

fn this(args: &[Value]) -> Value {
    args.first().cloned().unwrap_or(Value::None)
}

fn with<T: 'static, R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut Mem<T>) -> R) -> Result<R, PyErr> {
    match native::with_state::<Mem<T>, Result<R, ()>>(v, |m| if m.closed { Err(()) } else { Ok(f(m)) }) {
        Some(Ok(r)) => Ok(r),
        // StringIO's message has no full stop; BytesIO's has one.
        Some(Err(())) => Err(vm.error("ValueError", if std::any::TypeId::of::<T>() == std::any::TypeId::of::<char>() { "I/O operation on closed file" } else { "I/O operation on closed file." })),
        None => Err(vm.type_error("descriptor requires an in-memory stream")),
    }
}

fn new_stringio(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let Some((cls, rest)) = args.split_first() else { return Err(vm.type_error("StringIO.__new__(): not enough arguments")) };
    let Some(class) = cls.as_obj().cloned() else { return Err(vm.type_error("StringIO.__new__(X): X is not a type object")) };
    let a = bind(vm, "StringIO", rest, &kwargs, &["initial_value", "newline"], 0)?;
    let newline = match &a[1] {
        None => Some("\n".to_string()),
        Some(Value::None) => None,
        Some(v) => match v.as_str() {
            Some(s) if matches!(s, "" | "\n" | "\r" | "\r\n") => Some(s.to_string()),
            Some(s) => return Err(vm.error("ValueError", format!("illegal newline value: {}", crate::objects::str::repr(s)))),
            None => return Err(vm.type_error(format!("newline must be str or None, not {}", vm.type_name(v)))),
        },
    };
    let init_base = a[0].as_ref().map_or(0, crate::objects::str::surrogate_base);
    let init = match &a[0] {
        None | Some(Value::None) => String::new(),
        Some(v) => match v.as_str() {
            Some(s) => s.to_string(),
            None => return Err(vm.type_error(format!("initial_value must be str or None, not {}", vm.type_name(v)))),
        },
    };
    let mut m = Mem { buf: Vec::new(), pos: 0, closed: false, newline, surr: 0 };
    write_chars(&mut m, &init, init_base);
    m.pos = 0;
    Ok(native::wrap(&class, m))
}

/// Writes the text of a str whose proxy base is `base`.
fn write_chars(m: &mut Chars, s: &str, base: u32) -> usize {
    if base != 0 && m.surr == 0 {
        m.surr = base;
    }
    let respelled: String;
    let s = if base != 0 && base != m.surr {
        let to = m.surr;
        respelled = s
            .chars()
            .map(|c| {
                let p = crate::objects::str::unproxy(c as u32, base);
                if (0xD800..0xE000).contains(&p) { char::from_u32(to + p - 0xD800).unwrap_or(c) } else { c }
            })
            .collect();
        &respelled
    } else {
        s
    };
    let text = match m.newline.as_deref() {
        None => s.replace("\r\n", "\n").replace('\r', "\n"),
        Some("\r") => s.replace('\n', "\r"),
        Some("\r\n") => s.replace('\n', "\r\n"),
        _ => s.to_string(),
    };
    let chars: Vec<char> = text.chars().collect();
    write_items(m, &chars);
    s.chars().count()
}

fn write_items<T: Copy + Default>(m: &mut Mem<T>, items: &[T]) {
    if m.pos > m.buf.len() {
        m.buf.resize(m.pos, T::default());
    }
    let end = m.pos + items.len();
    if end > m.buf.len() {
        m.buf.resize(end, T::default());
    }
    m.buf[m.pos..end].copy_from_slice(items);
    m.pos = end;
}

fn read_items<T: Copy>(m: &mut Mem<T>, n: i64) -> Vec<T> {
    let start = m.pos.min(m.buf.len());
    let end = if n < 0 { m.buf.len() } else { (start + n as usize).min(m.buf.len()) };
    m.pos = end.max(m.pos);
    m.buf[start..end].to_vec()
}

fn readline_items<T: Copy + PartialEq>(m: &mut Mem<T>, limit: i64, nl: T) -> Vec<T> {
    let start = m.pos.min(m.buf.len());
    let mut end = m.buf[start..].iter().position(|c| *c == nl).map_or(m.buf.len(), |i| start + i + 1);
    if limit >= 0 {
        end = end.min(start + limit as usize);
    }
    m.pos = end.max(m.pos);
    m.buf[start..end].to_vec()
}

fn sio_getvalue(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (text, base) = with::<char, _>(vm, &this(&args), |m| (m.buf.iter().collect::<String>(), m.surr))?;
    Ok(crate::objects::str::from_proxy(text, base))
}

fn sio_write(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let t = this(&args);
    with::<char, _>(vm, &t, |_| ())?;
    let Some(s) = v.as_str().map(str::to_string) else {
        return Err(vm.type_error(format!("string argument expected, got '{}'", vm.type_name(&v))));
    };
    let base = crate::objects::str::surrogate_base(&v);
    Ok(Value::Int(with::<char, _>(vm, &t, |m| write_chars(m, &s, base))? as i64))
}

fn sio_read(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "read", args.get(1..).unwrap_or(&[]), &kwargs, &["size"], 0)?;
    let n = size_arg(vm, &a[0])?;
    let (text, base) = with::<char, _>(vm, &this(&args), |m| (read_items(m, n).into_iter().collect::<String>(), m.surr))?;
    Ok(crate::objects::str::from_proxy(text, base))
}

fn sio_readline(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "readline", args.get(1..).unwrap_or(&[]), &kwargs, &["size"], 0)?;
    let n = size_arg(vm, &a[0])?;
    let (text, base) = with::<char, _>(vm, &this(&args), |m| {
        let nl = if m.newline.as_deref() == Some("\r") { '\r' } else { '\n' };
        (readline_items(m, n, nl).into_iter().collect::<String>(), m.surr)
    })?;
    Ok(crate::objects::str::from_proxy(text, base))
}

fn seek_generic<T: 'static>(vm: &mut Vm, args: Args, kwargs: Kwargs, text: bool) -> PyResult {
    let a = bind(vm, "seek", args.get(1..).unwrap_or(&[]), &kwargs, &["pos", "whence"], 1)?;
    let pos = index_i64(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let whence = match &a[1] {
        Some(w) => index_i64(vm, w)?,
        None => 0,
    };
    let t = this(&args);
    let len = with::<T, _>(vm, &t, |m| m.buf.len())? as i64;
    let cur = with::<T, _>(vm, &t, |m| m.pos)? as i64;
    let new = match whence {
        0 if pos < 0 && text => return Err(vm.error("ValueError", format!("Negative seek position {pos}"))),
        0 if pos < 0 => return Err(vm.error("ValueError", format!("negative seek value {pos}"))),
        0 => pos,
        1 | 2 if text && pos != 0 => {
            let what = if whence == 1 { "cur" } else { "end" };
            return Err(vm.error("OSError", format!("Can't do nonzero {what}-relative seeks")));
        }
        1 => (cur + pos).max(0),
        2 => (len + pos).max(0),
        _ => return Err(vm.error("ValueError", format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    with::<T, _>(vm, &t, |m| m.pos = new as usize)?;
    Ok(Value::Int(new))
}

fn sio_seek(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    seek_generic::<char>(vm, args, kwargs, true)
}

fn bio_seek(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    seek_generic::<u8>(vm, args, kwargs, false)
}

fn tell_generic<T: 'static>(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(with::<T, _>(vm, &this(&args), |m| m.pos)? as i64))
}

fn sio_tell(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    tell_generic::<char>(vm, args)
}

fn bio_tell(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    tell_generic::<u8>(vm, args)
}

fn truncate_generic<T: 'static>(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(&args);
    let size = match args.get(1) {
        None | Some(Value::None) => with::<T, _>(vm, &t, |m| m.pos)? as i64,
        Some(v) => index_i64(vm, v)?,
    };
    if size < 0 {
        return Err(vm.error("ValueError", format!("negative size value {size}")));
    }
    with::<T, _>(vm, &t, |m| m.buf.truncate(size as usize))?;
    Ok(Value::Int(size))
}

fn sio_truncate(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    truncate_generic::<char>(vm, args)
}

fn bio_truncate(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    truncate_generic::<u8>(vm, args)
}

fn close_generic<T: 'static>(args: &[Value]) -> PyResult {
    native::with_state::<Mem<T>, _>(&this(args), |m| m.closed = true);
    Ok(Value::None)
}

fn sio_close(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    close_generic::<char>(&args)
}

fn bio_close(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    close_generic::<u8>(&args)
}

fn sio_closed(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(native::with_state::<Chars, _>(&this(&args), |m| m.closed).unwrap_or(true)))
}

fn bio_closed(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(native::with_state::<Bytes, _>(&this(&args), |m| m.closed).unwrap_or(true)))
}

fn sio_true(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    with::<char, _>(vm, &this(&args), |_| Value::Bool(true))
}

fn bio_true(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    with::<u8, _>(vm, &this(&args), |_| Value::Bool(true))
}

fn sio_flush(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    with::<char, _>(vm, &this(&args), |_| Value::None)
}

fn bio_flush(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    with::<u8, _>(vm, &this(&args), |_| Value::None)
}

fn sio_line_buffering(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(false))
}

fn sio_newlines(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::None)
}

fn new_bytesio(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let Some((cls, rest)) = args.split_first() else { return Err(vm.type_error("BytesIO.__new__(): not enough arguments")) };
    let Some(class) = cls.as_obj().cloned() else { return Err(vm.type_error("BytesIO.__new__(X): X is not a type object")) };
    let a = bind(vm, "BytesIO", rest, &kwargs, &["initial_bytes"], 0)?;
    let buf = match &a[0] {
        None | Some(Value::None) => Vec::new(),
        Some(v) => match bytes_like(v) {
            Some(b) => b,
            None => return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
        },
    };
    Ok(native::wrap(&class, Mem { buf, pos: 0, closed: false, newline: None, surr: 0 }))
}

fn bio_getvalue(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(new_bytes(with::<u8, _>(vm, &this(&args), |m| m.buf.clone())?, false))
}

fn bio_getbuffer(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let data = with::<u8, _>(vm, &this(&args), |m| m.buf.clone())?;
    let mv = Value::Obj(vm.types.memoryview.clone());
    vm.call(mv, vec![new_bytes(data, true)], vec![])
}

fn bio_write(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let t = this(&args);
    with::<u8, _>(vm, &t, |_| ())?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let Some(b) = bytes_like(&v) else {
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&v))));
    };
    with::<u8, _>(vm, &t, |m| write_items(m, &b))?;
    Ok(Value::Int(b.len() as i64))
}

fn bio_read(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "read", args.get(1..).unwrap_or(&[]), &kwargs, &["size"], 0)?;
    let n = size_arg(vm, &a[0])?;
    Ok(new_bytes(with::<u8, _>(vm, &this(&args), |m| read_items(m, n))?, false))
}

fn bio_readline(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "readline", args.get(1..).unwrap_or(&[]), &kwargs, &["size"], 0)?;
    let n = size_arg(vm, &a[0])?;
    Ok(new_bytes(with::<u8, _>(vm, &this(&args), |m| readline_items(m, n, b'\n'))?, false))
}

/// StringIO and BytesIO.
/// `BytesIO.readlines(hint)`: BytesIO's own stopping rule.
fn bio_readlines(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::read_lines(vm, &args, &kwargs, true)
}

pub fn classes(bufbase: &ObjRef, textbase: &ObjRef) -> Vec<(&'static str, Value)> {
    let sio_methods: &[(&'static str, BuiltinFn)] = &[
        ("getvalue", sio_getvalue),
        ("write", sio_write),
        ("read", sio_read),
        ("readline", sio_readline),
        ("seek", sio_seek),
        ("tell", sio_tell),
        ("truncate", sio_truncate),
        ("close", sio_close),
        ("readable", sio_true),
        ("writable", sio_true),
        ("seekable", sio_true),
        ("flush", sio_flush),
    ];
    let sio = native::new_type("StringIO", "_io", textbase, sio_methods, &[], Some(new_stringio));
    add_property(&sio, "closed", sio_closed);
    add_property(&sio, "line_buffering", sio_line_buffering);
    add_property(&sio, "newlines", sio_newlines);
    let bio_methods: &[(&'static str, BuiltinFn)] = &[
        ("getvalue", bio_getvalue),
        ("getbuffer", bio_getbuffer),
        ("write", bio_write),
        ("read", bio_read),
        ("read1", bio_read),
        ("readline", bio_readline),
        ("readlines", bio_readlines),
        ("seek", bio_seek),
        ("tell", bio_tell),
        ("truncate", bio_truncate),
        ("close", bio_close),
        ("readable", bio_true),
        ("writable", bio_true),
        ("seekable", bio_true),
        ("flush", bio_flush),
    ];
    let bio = native::new_type("BytesIO", "_io", bufbase, bio_methods, &[], Some(new_bytesio));
    add_property(&bio, "closed", bio_closed);
    vec![("StringIO", Value::Obj(sio)), ("BytesIO", Value::Obj(bio))]
}
