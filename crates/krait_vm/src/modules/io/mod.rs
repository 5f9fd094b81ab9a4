//! `_io`: `open()` (builtins.open) and the I/O classes io.py re-exports: the bases
//! `_IOBase`/`_RawIOBase`/`_BufferedIOBase`/`_TextIOBase` (the generic methods: context
//! manager, iteration by lines, `readlines`, `writelines`, the closed checks), `FileIO`
//! (raw fds, `raw.rs`), `BufferedReader`/`BufferedWriter`/`BufferedRandom` (`raw.rs`),
//! `TextIOWrapper` (`text.rs`: encodings, errors, universal newlines) and the in-memory
//! `StringIO`/`BytesIO` (`memory.rs`). Errors carry CPython's types and messages
//! ("I/O operation on closed file.", `io.UnsupportedOperation: not readable`, mode errors).

mod memory;
mod raw;
mod text;

use super::util::{bind, index_i64};
use super::{module, Args, Kwargs};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::call::new_list;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::value::{ObjRef, Value};

/// `DEFAULT_BUFFER_SIZE`.
pub const DEFAULT_BUFFER_SIZE: i64 = 128 * 1024;

/// `obj.name(*args)`.
pub fn call_method(vm: &mut Vm, obj: &Value, name: &str, args: Vec<Value>) -> PyResult {
    let f = vm.getattr(obj, name)?;
    vm.call(f, args, vec![])
}

/// ValueError("I/O operation on closed file.").
pub fn closed_error(vm: &Vm) -> PyErr {
    vm.error("ValueError", "I/O operation on closed file.")
}

/// `io.UnsupportedOperation(msg)`.
pub fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    match io_class(vm, "UnsupportedOperation") {
        Ok(c) => match vm.call(Value::Obj(c), vec![Value::str(msg)], vec![]) {
            Ok(e) => PyErr(e),
            Err(e) => e,
        },
        Err(e) => e,
    }
}

/// A class of the loaded `_io` module.
pub fn io_class(vm: &mut Vm, name: &str) -> Result<ObjRef, PyErr> {
    let m = vm.import_module("_io")?;
    let c = vm.getattr(&m, name)?;
    c.as_obj().cloned().ok_or_else(|| vm.type_error(format!("_io.{name} is not a class")))
}

/// An optional size argument: None and absent mean -1.
pub fn size_arg(vm: &mut Vm, v: &Option<Value>) -> Result<i64, PyErr> {
    match v {
        None | Some(Value::None) => Ok(-1),
        Some(v) => {
            if !matches!(v, Value::Int(_) | Value::Bool(_)) && !matches!(v.payload(), Some(Payload::BigInt(_) | Payload::Instance(_))) {
                return Err(vm.type_error(format!("argument should be integer or None, not '{}'", vm.type_name(v))));
            }
            index_i64(vm, v)
        }
    }
}

fn is_closed(vm: &mut Vm, this: &Value) -> Result<bool, PyErr> {
    let c = vm.getattr(this, "closed")?;
    vm.truthy(&c)
}

fn check_open(vm: &mut Vm, this: &Value) -> Result<(), PyErr> {
    if is_closed(vm, this)? { Err(closed_error(vm)) } else { Ok(()) }
}

fn this(args: &[Value]) -> Value {
    args.first().cloned().unwrap_or(Value::None)
}

fn base_enter(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let t = this(&args);
    check_open(vm, &t)?;
    Ok(t)
}

fn base_exit(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    call_method(vm, &this(&args), "close", vec![])
}

fn base_iter(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    base_enter(vm, args, vec![])
}

fn base_next(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let line = call_method(vm, &this(&args), "readline", vec![])?;
    if crate::builtins::length(vm, &line)? == 0 {
        return Err(vm.error("StopIteration", ""));
    }
    Ok(line)
}

fn base_readlines(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    read_lines(vm, &args, &kwargs, false)
}

/// `readlines(hint)`: lines until their total length passes the hint. IOBase's rule (used by
/// StringIO and text files) stops after the line that goes past it; BytesIO's
/// (`bytesio_rule`) stops once the total reaches it.
pub(super) fn read_lines(vm: &mut Vm, args: &[Value], kwargs: &Kwargs, bytesio_rule: bool) -> PyResult {
    let a = bind(vm, "readlines", args.get(1..).unwrap_or(&[]), kwargs, &["hint"], 0)?;
    let hint = size_arg(vm, &a[0])?;
    let t = this(args);
    let mut lines = Vec::new();
    let mut total = 0i64;
    loop {
        let line = call_method(vm, &t, "readline", vec![])?;
        let n = crate::builtins::length(vm, &line)? as i64;
        if n == 0 {
            break;
        }
        lines.push(line);
        if hint > 0 {
            if bytesio_rule {
                total += n;
                if total >= hint {
                    break;
                }
            } else {
                if n > hint - total {
                    break;
                }
                total += n;
            }
        }
    }
    Ok(new_list(lines))
}

fn base_writelines(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let t = this(&args);
    check_open(vm, &t)?;
    let lines = args.get(1).cloned().unwrap_or(Value::None);
    let it = vm.get_iter(&lines)?;
    while let Some(line) = vm.next(&it)? {
        call_method(vm, &t, "write", vec![line])?;
    }
    Ok(Value::None)
}

fn base_false(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    check_open(vm, &this(&args))?;
    Ok(Value::Bool(false))
}

fn base_flush(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    check_open(vm, &this(&args))?;
    Ok(Value::None)
}

fn base_closed(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(crate::import::instance_get(&this(&args), "__IOBase_closed").unwrap_or(Value::Bool(false)))
}

fn base_close(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let t = this(&args);
    if !is_closed(vm, &t)? {
        let r = call_method(vm, &t, "flush", vec![]);
        crate::import::instance_set(&t, "__IOBase_closed", Value::Bool(true));
        r?;
    }
    Ok(Value::None)
}

fn base_fileno(vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Err(unsupported(vm, "fileno"))
}

fn base_seek(vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Err(unsupported(vm, "seek"))
}

fn base_truncate(vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Err(unsupported(vm, "truncate"))
}

fn base_tell(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    call_method(vm, &this(&args), "seek", vec![Value::Int(0), Value::Int(1)])
}

fn base_readline(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "readline", args.get(1..).unwrap_or(&[]), &kwargs, &["size"], 0)?;
    let limit = size_arg(vm, &a[0])?;
    let t = this(&args);
    let mut out = Vec::new();
    while limit < 0 || (out.len() as i64) < limit {
        let b = call_method(vm, &t, "read", vec![Value::Int(1)])?;
        let Some(b) = crate::builtins::methods::bytes_like(&b) else { break };
        if b.is_empty() {
            break;
        }
        out.extend_from_slice(&b);
        if out.ends_with(b"\n") {
            break;
        }
    }
    Ok(crate::builtins::methods::new_bytes(out, false))
}

fn unsupported_read(vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Err(unsupported(vm, "read"))
}

fn unsupported_write(vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Err(unsupported(vm, "write"))
}

fn unsupported_detach(vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Err(unsupported(vm, "detach"))
}

/// Adds a read-only property `name` computed by `f` to `class`.
pub fn add_property(class: &ObjRef, name: &'static str, f: BuiltinFn) {
    if let Payload::Type(t) = &class.payload {
        t.dict_mut().set_str(name, Value::new_obj(Payload::Property { fget: builtin(name, f), fset: Value::None, fdel: Value::None, doc: Value::None }));
    }
}

/// The mode letters of `open()`, checked as CPython checks them.
pub struct Mode {
    pub creating: bool,
    pub reading: bool,
    pub writing: bool,
    pub appending: bool,
    pub updating: bool,
    pub text: bool,
    pub binary: bool,
}

fn parse_mode(vm: &Vm, mode: &str) -> Result<Mode, PyErr> {
    let mut m = Mode { creating: false, reading: false, writing: false, appending: false, updating: false, text: false, binary: false };
    let invalid = || vm.error("ValueError", format!("invalid mode: '{mode}'"));
    for (i, c) in mode.char_indices() {
        let flag = match c {
            'x' => &mut m.creating,
            'r' => &mut m.reading,
            'w' => &mut m.writing,
            'a' => &mut m.appending,
            '+' => &mut m.updating,
            't' => &mut m.text,
            'b' => &mut m.binary,
            _ => return Err(invalid()),
        };
        *flag = true;
        if mode[i + c.len_utf8()..].contains(c) {
            return Err(invalid());
        }
    }
    if m.text && m.binary {
        return Err(vm.error("ValueError", "can't have text and binary mode at once"));
    }
    if [m.creating, m.reading, m.writing, m.appending].iter().filter(|b| **b).count() > 1 {
        return Err(vm.error("ValueError", "must have exactly one of create/read/write/append mode"));
    }
    Ok(m)
}

fn opt_str(vm: &Vm, v: &Option<Value>, what: &str) -> Result<Option<String>, PyErr> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.as_str() {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(vm.type_error(format!("open() argument '{what}' must be str or None, not {}", vm.type_name(v)))),
        },
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`.
fn open(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let names = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];
    let a = bind(vm, "open", &args, &kwargs, &names, 1)?;
    let file = a[0].clone().unwrap_or(Value::None);
    let mode_v = a[1].clone().unwrap_or(Value::str("r"));
    let Some(mode) = mode_v.as_str().map(str::to_string) else {
        return Err(vm.type_error(format!("open() argument 'mode' must be str, not {}", vm.type_name(&mode_v))));
    };
    let buffering = match &a[2] {
        Some(v) => index_i64(vm, v)?,
        None => -1,
    };
    let encoding = opt_str(vm, &a[3], "encoding")?;
    let errors = opt_str(vm, &a[4], "errors")?;
    let newline = opt_str(vm, &a[5], "newline")?;
    let m = parse_mode(vm, &mode)?;
    if m.binary && encoding.is_some() {
        return Err(vm.error("ValueError", "binary mode doesn't take an encoding argument"));
    }
    if m.binary && errors.is_some() {
        return Err(vm.error("ValueError", "binary mode doesn't take an errors argument"));
    }
    if m.binary && newline.is_some() {
        return Err(vm.error("ValueError", "binary mode doesn't take a newline argument"));
    }
    if !(m.creating || m.reading || m.writing || m.appending) {
        return Err(vm.error("ValueError", "Must have exactly one of create/read/write/append mode and at most one plus"));
    }
    if buffering == 0 && !m.binary {
        return Err(vm.error("ValueError", "can't have unbuffered text I/O"));
    }
    let mut rawmode = String::new();
    for (on, c) in [(m.creating, 'x'), (m.reading, 'r'), (m.writing, 'w'), (m.appending, 'a'), (m.updating, '+')] {
        if on {
            rawmode.push(c);
        }
    }
    let closefd = a[6].clone().unwrap_or(Value::Bool(true));
    let opener = a[7].clone().unwrap_or(Value::None);
    let fileio = Value::Obj(io_class(vm, "FileIO")?);
    let raw = vm.call(fileio, vec![file, Value::str(rawmode), closefd, opener], vec![])?;
    if buffering == 0 {
        return Ok(raw);
    }
    let class = if m.updating {
        "BufferedRandom"
    } else if m.reading {
        "BufferedReader"
    } else {
        "BufferedWriter"
    };
    let bclass = Value::Obj(io_class(vm, class)?);
    let buffer = vm.call(bclass, vec![raw.clone()], vec![])?;
    if m.binary {
        return Ok(buffer);
    }
    let tclass = Value::Obj(io_class(vm, "TextIOWrapper")?);
    let opt = |s: Option<String>| s.map(Value::str).unwrap_or(Value::None);
    let isatty = raw::isatty_value(&raw);
    let kw = vec![("line_buffering".to_string(), Value::Bool(buffering == 1 || isatty))];
    let text = vm.call(tclass, vec![buffer, opt(encoding), opt(errors), opt(newline)], kw);
    let text = match text {
        Ok(t) => t,
        Err(e) => {
            let _ = call_method(vm, &raw, "close", vec![]);
            return Err(e);
        }
    };
    vm.setattr(&text, "mode", Value::str(mode))?;
    Ok(text)
}

fn open_code(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "open_code", &args, &kwargs, &["path"], 1)?;
    let p = a[0].clone().unwrap_or(Value::None);
    if p.as_str().is_none() {
        return Err(vm.type_error(format!("open_code() argument 'path' must be str, not {}", vm.type_name(&p))));
    }
    open(vm, smallvec::smallvec![p, Value::str("rb")], vec![])
}

fn text_encoding(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "text_encoding", &args, &kwargs, &["encoding", "stacklevel"], 1)?;
    Ok(match &a[0] {
        Some(Value::None) | None => Value::str("locale"),
        Some(v) => v.clone(),
    })
}

fn not_supported_new(vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Err(vm.error("NotImplementedError", "krait does not implement this I/O class yet"))
}

/// The `_io` module.
pub fn make(vm: &mut Vm) -> Value {
    let object = vm.types.object.clone();
    let iobase_methods: &[(&'static str, BuiltinFn)] = &[
        ("__enter__", base_enter),
        ("__exit__", base_exit),
        ("__iter__", base_iter),
        ("__next__", base_next),
        ("readline", base_readline),
        ("readlines", base_readlines),
        ("writelines", base_writelines),
        ("readable", base_false),
        ("writable", base_false),
        ("seekable", base_false),
        ("isatty", base_false),
        ("flush", base_flush),
        ("close", base_close),
        ("fileno", base_fileno),
        ("seek", base_seek),
        ("truncate", base_truncate),
        ("tell", base_tell),
    ];
    let iobase = native::new_type("_IOBase", "_io", &object, iobase_methods, &[], None);
    add_property(&iobase, "closed", base_closed);
    let rawbase = native::new_type("_RawIOBase", "_io", &iobase, &[], &[], None);
    let bufbase =
        native::new_type("_BufferedIOBase", "_io", &iobase, &[("read", unsupported_read), ("write", unsupported_write), ("detach", unsupported_detach)], &[], None);
    let textbase =
        native::new_type("_TextIOBase", "_io", &iobase, &[("read", unsupported_read), ("write", unsupported_write), ("detach", unsupported_detach)], &[], None);
    let unsupported_op = {
        let bases = crate::interp::call::new_tuple([Value::Obj(vm.types.exception("OSError")), Value::Obj(vm.types.exception("ValueError"))]);
        let ns = vm.new_dict();
        if let Some(Payload::Dict(d)) = ns.payload() {
            d.borrow_mut().set_str("__module__", Value::str("io"));
        }
        vm.call(Value::Obj(vm.types.type_.clone()), vec![Value::str("UnsupportedOperation"), bases, ns], vec![]).unwrap_or(Value::None)
    };
    let mut items: Vec<(&'static str, Value)> = vec![
        ("open", builtin("open", open)),
        ("open_code", builtin("open_code", open_code)),
        ("text_encoding", builtin("text_encoding", text_encoding)),
        ("DEFAULT_BUFFER_SIZE", Value::Int(DEFAULT_BUFFER_SIZE)),
        ("BlockingIOError", Value::Obj(vm.types.exception("BlockingIOError"))),
        ("UnsupportedOperation", unsupported_op),
        ("_IOBase", Value::Obj(iobase.clone())),
        ("_RawIOBase", Value::Obj(rawbase.clone())),
        ("_BufferedIOBase", Value::Obj(bufbase.clone())),
        ("_TextIOBase", Value::Obj(textbase.clone())),
    ];
    items.extend(raw::classes(&rawbase, &bufbase));
    items.push(("TextIOWrapper", Value::Obj(text::class(&textbase))));
    items.extend(memory::classes(&bufbase, &textbase));
    for name in ["BufferedRWPair", "IncrementalNewlineDecoder"] {
        items.push((name, Value::Obj(native::new_type(name, "_io", &object, &[], &[], Some(not_supported_new)))));
    }
    module("_io", items)
}
