//! `OSError` as CPython builds it: `OSError(errno, strerror[, filename[, winerror[,
//! filename2]]])` sets the `errno`/`strerror`/`filename`/`filename2` attributes (and
//! keeps only `(errno, strerror)` in `args` when a filename is given), `OSError(ENOENT, ...)`
//! makes a `FileNotFoundError` (the errno-to-subclass table of PEP 3151), and `str()` is
//! `[Errno N] strerror: 'filename'`. Rust code raises OS failures through [`os_error`] and
//! [`from_io`], which use the host's errno numbers and messages.

use super::{Args, Kwargs, builtin};
use crate::heap::Payload;
use crate::interp::exceptions::new_exception;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFunction;
use crate::value::{ObjRef, Value};

/// The OSError subclass CPython raises for `errno` (OSError itself when none).
fn class_for(vm: &Vm, errno: i64) -> ObjRef {
    let Ok(e) = i32::try_from(errno) else { return vm.types.exception("OSError") };
    let name = match e {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => "BlockingIOError",
        libc::ECHILD => "ChildProcessError",
        libc::EPIPE | libc::ESHUTDOWN => "BrokenPipeError",
        libc::ECONNABORTED => "ConnectionAbortedError",
        libc::ECONNREFUSED => "ConnectionRefusedError",
        libc::ECONNRESET => "ConnectionResetError",
        libc::EEXIST => "FileExistsError",
        libc::ENOENT => "FileNotFoundError",
        libc::EISDIR => "IsADirectoryError",
        libc::ENOTDIR => "NotADirectoryError",
        libc::EINTR => "InterruptedError",
        libc::EACCES | libc::EPERM => "PermissionError",
        libc::ESRCH => "ProcessLookupError",
        libc::ETIMEDOUT => "TimeoutError",
        _ => "OSError",
    };
    vm.types.exception(name)
}

/// The C library's message for `errno` (`os.strerror`).
pub fn strerror(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// The OSError (subclass) for `errno`, with the filenames when given.
pub fn os_error(vm: &mut Vm, errno: i32, filename: Option<Value>, filename2: Option<Value>) -> PyErr {
    let mut args = vec![Value::Int(i64::from(errno)), Value::str(strerror(errno))];
    if filename.is_some() || filename2.is_some() {
        args.push(filename.unwrap_or(Value::None));
    }
    if let Some(f2) = filename2 {
        args.push(Value::None);
        args.push(f2);
    }
    let class = class_for(vm, i64::from(errno));
    match vm.instantiate(&class, args, vec![]) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// The OSError for a failed std::io operation.
pub fn from_io(vm: &mut Vm, e: &std::io::Error, filename: Option<Value>) -> PyErr {
    match e.raw_os_error() {
        Some(n) => os_error(vm, n, filename, None),
        None => vm.error("OSError", e.to_string()),
    }
}

/// `OSError.__new__(cls, *args)`: picks the errno's subclass when `cls` is OSError.
fn oserror_new(vm: &mut Vm, mut args: Args, _kwargs: Kwargs) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("OSError.__new__(): not enough arguments"));
    }
    let cls = args.remove(0);
    let Some(mut class) = cls.as_obj().cloned() else { return Err(vm.type_error("OSError.__new__(X): X is not a type object")) };
    if std::rc::Rc::ptr_eq(&class, &vm.types.exception("OSError"))
        && (2..=5).contains(&args.len())
        && let Value::Int(n) = args[0]
    {
        class = class_for(vm, n);
    }
    Ok(new_exception(class, args.into_vec()))
}

/// `OSError.__init__(self, *args)`.
fn oserror_init(_vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let Some((this, rest)) = args.split_first() else { return Ok(Value::None) };
    let Some(Payload::Instance(inst)) = this.payload() else { return Ok(Value::None) };
    let get = |i: usize| rest.get(i).cloned().unwrap_or(Value::None);
    let mut attrs = vec![("errno", Value::None), ("strerror", Value::None), ("filename", Value::None), ("filename2", Value::None)];
    let mut kept: Vec<Value> = rest.to_vec();
    if (2..=5).contains(&rest.len()) {
        attrs[0].1 = get(0);
        attrs[1].1 = get(1);
        attrs[2].1 = get(2);
        attrs[3].1 = get(4);
        if rest.len() >= 3 && !matches!(get(2), Value::None) {
            kept.truncate(2);
        }
    }
    *inst.exc().args.borrow_mut() = crate::interp::call::new_tuple(kept);
    let mut d = inst.attrs().borrow_mut();
    for (k, v) in attrs {
        d.set_str(k, v);
    }
    Ok(Value::None)
}

/// `str(oserror)`.
fn oserror_str(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let Some(this) = args.first() else { return Ok(Value::str("")) };
    let get = |n: &str| crate::import::instance_get(this, n).unwrap_or(Value::None);
    let (errno, strerror, f1, f2) = (get("errno"), get("strerror"), get("filename"), get("filename2"));
    let text = if !matches!(f1, Value::None) {
        let (e, s, r1) = (vm.to_str(&errno)?, vm.to_str(&strerror)?, vm.repr(&f1)?);
        if matches!(f2, Value::None) {
            format!("[Errno {e}] {s}: {r1}")
        } else {
            format!("[Errno {e}] {s}: {r1} -> {}", vm.repr(&f2)?)
        }
    } else if !matches!(errno, Value::None) && !matches!(strerror, Value::None) {
        format!("[Errno {}] {}", vm.to_str(&errno)?, vm.to_str(&strerror)?)
    } else {
        vm.exception_args_str(this)
    };
    Ok(Value::str(text))
}

/// Puts `__new__`, `__init__` and `__str__` into OSError's dict.
pub fn install(vm: &mut Vm) {
    let os_error = vm.types.exception("OSError");
    if let Payload::Type(t) = &os_error.payload {
        let mut d = t.dict_mut();
        d.set_str("__new__", Value::new_obj(Payload::StaticMethod(builtin("__new__", oserror_new))));
        for (name, func) in [("__init__", oserror_init as crate::objects::function::BuiltinFn), ("__str__", oserror_str)] {
            d.set_str(name, Value::new_obj(Payload::MethodDescr { func: BuiltinFunction { name, func, one: None }, owner: os_error.clone(), arity: crate::objects::function::Arity::Any, direct: crate::objects::function::Direct::None }));
        }
    }
}
