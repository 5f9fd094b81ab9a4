//! `posix`: the operating-system calls os.py and posixpath.py build on: `environ` (bytes
//! keys and values), the working directory, directory listing and `scandir`, `stat`/`lstat`/
//! `fstat` (an `os.stat_result` struct sequence), fd-level `open`/`read`/`write`/`lseek`/
//! `close`, file and directory creation and removal, and process facts. Paths are str,
//! bytes or os.PathLike; results follow the argument's type (bytes in, bytes out).
//! Failures raise the OSError subclass of the host's errno with the path as `filename`.

use super::util::{bind, bool_arg, index_i64};
use super::{module, structseq, Args, Kwargs};
use crate::builtins::builtin;
use crate::builtins::methods::{bytes_like, new_bytes};
use crate::builtins::oserror::{from_io, os_error, strerror as c_strerror};
use crate::heap::Payload;
use crate::interp::call::new_list;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::dict::Dict;
use crate::objects::native;
use crate::value::Value;
use std::cell::RefCell;
use std::ffi::{CString, OsStr, OsString};
use std::os::unix::ffi::{OsStrExt, OsStringExt};

/// A path argument: its bytes, whether it was bytes, and the original value (for errors).
pub struct PathArg {
    pub bytes: Vec<u8>,
    pub is_bytes: bool,
    pub value: Value,
}

impl PathArg {
    fn os(&self) -> &OsStr {
        OsStr::from_bytes(&self.bytes)
    }
    fn c(&self, vm: &Vm) -> Result<CString, PyErr> {
        CString::new(self.bytes.clone()).map_err(|_| vm.error("ValueError", "embedded null byte"))
    }
    /// A name or path in the argument's own type.
    fn wrap(&self, b: Vec<u8>) -> Value {
        if self.is_bytes { new_bytes(b, false) } else { Value::str(String::from_utf8_lossy(&b).into_owned()) }
    }
}

/// `os.fspath(v)`: str and bytes as they are, else `v.__fspath__()`; None when `v` is
/// neither (the caller words the TypeError).
pub fn fspath_value(vm: &mut Vm, v: &Value) -> Result<Option<Value>, PyErr> {
    match v.payload() {
        Some(Payload::Str(_) | Payload::Bytes(_)) => return Ok(Some(v.clone())),
        Some(Payload::Instance(_)) => {}
        _ => return Ok(None),
    }
    let n = crate::builtins::slots::unwrap_native(v);
    if matches!(n.payload(), Some(Payload::Str(_) | Payload::Bytes(_))) {
        return Ok(Some(v.clone()));
    }
    match vm.call_dunder(v, "__fspath__", vec![]) {
        None => Ok(None),
        Some(r) => {
            let r = r?;
            if matches!(crate::builtins::slots::unwrap_native(&r).payload(), Some(Payload::Str(_) | Payload::Bytes(_))) {
                Ok(Some(r))
            } else {
                let (t, rt) = (vm.type_name(v), vm.type_name(&r));
                Err(vm.type_error(format!("expected {t}.__fspath__() to return str or bytes, not {rt}")))
            }
        }
    }
}

/// A path argument of `func` (`allow_fd`: the message mentions integers).
pub fn path_arg(vm: &mut Vm, func: &str, v: &Value, allow_fd: bool) -> Result<PathArg, PyErr> {
    let Some(p) = fspath_value(vm, v)? else {
        let extra = if allow_fd { "string, bytes, os.PathLike or integer" } else { "string, bytes or os.PathLike" };
        return Err(vm.type_error(format!("{func}: path should be {extra}, not {}", vm.type_name(v))));
    };
    let p = crate::builtins::slots::unwrap_native(&p);
    let (bytes, is_bytes) = match p.payload() {
        Some(Payload::Bytes(b)) => (b.to_vec(), true),
        _ => (p.as_str().unwrap_or_default().as_bytes().to_vec(), false),
    };
    if bytes.contains(&0) {
        return Err(vm.error("ValueError", format!("{func}: embedded null character in path")));
    }
    Ok(PathArg { bytes, is_bytes, value: v.clone() })
}

fn last_error(vm: &mut Vm, filename: Option<Value>) -> PyErr {
    from_io(vm, &std::io::Error::last_os_error(), filename)
}

fn ok_none(r: std::io::Result<()>, vm: &mut Vm, p: &PathArg) -> PyResult {
    r.map(|()| Value::None).map_err(|e| from_io(vm, &e, Some(p.value.clone())))
}

fn fspath(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind(vm, "fspath", &args, &kwargs, &["path"], 1)?;
    let v = p[0].clone().unwrap_or(Value::None);
    match fspath_value(vm, &v)? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(&v)))),
    }
}

fn getcwd_bytes() -> Vec<u8> {
    std::env::current_dir().map(|p| p.into_os_string().into_vec()).unwrap_or_default()
}

fn getcwd(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::str(String::from_utf8_lossy(&getcwd_bytes()).into_owned()))
}

fn getcwdb(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(new_bytes(getcwd_bytes(), false))
}

fn chdir(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "chdir", &args, &kwargs, &["path"], 1)?;
    let p = path_arg(vm, "chdir", a[0].as_ref().unwrap_or(&Value::None), true)?;
    ok_none(std::env::set_current_dir(p.os()), vm, &p)
}

fn optional_path(vm: &mut Vm, func: &str, v: &Option<Value>) -> Result<PathArg, PyErr> {
    match v {
        None | Some(Value::None) => Ok(PathArg { bytes: b".".to_vec(), is_bytes: false, value: Value::str(".") }),
        Some(v) => path_arg(vm, func, v, true),
    }
}

fn read_dir(vm: &mut Vm, p: &PathArg) -> Result<Vec<(Vec<u8>, std::fs::DirEntry)>, PyErr> {
    let rd = std::fs::read_dir(p.os()).map_err(|e| from_io(vm, &e, Some(p.value.clone())))?;
    let mut out = Vec::new();
    for e in rd {
        let e = e.map_err(|e| from_io(vm, &e, Some(p.value.clone())))?;
        out.push((e.file_name().into_vec(), e));
    }
    Ok(out)
}

fn listdir(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "listdir", &args, &kwargs, &["path"], 0)?;
    let p = optional_path(vm, "listdir", &a[0])?;
    let names = read_dir(vm, &p)?;
    Ok(new_list(names.into_iter().map(|(n, _)| p.wrap(n)).collect()))
}

/// The state of an `os.DirEntry`.
struct DirEntryState {
    name: Value,
    path: Value,
    full: Vec<u8>,
    kind: Option<std::fs::FileType>,
}

/// The state of the iterator `scandir` returns.
struct ScandirState {
    entries: Vec<Value>,
    pos: usize,
}

fn scandir(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "scandir", &args, &kwargs, &["path"], 0)?;
    let p = optional_path(vm, "scandir", &a[0])?;
    let names = read_dir(vm, &p)?;
    let entry_class = class(vm, "DirEntry")?;
    let mut entries = Vec::with_capacity(names.len());
    for (n, e) in names {
        let mut full = p.bytes.clone();
        if !full.ends_with(b"/") {
            full.push(b'/');
        }
        full.extend_from_slice(&n);
        let state = DirEntryState { name: p.wrap(n), path: p.wrap(full.clone()), full, kind: e.file_type().ok() };
        entries.push(native::wrap(&entry_class, state));
    }
    let iter_class = class(vm, "ScandirIterator")?;
    Ok(native::wrap(&iter_class, ScandirState { entries, pos: 0 }))
}

fn class(vm: &mut Vm, name: &str) -> Result<crate::value::ObjRef, PyErr> {
    match super::util::loaded_attr(vm, "posix", name).and_then(|v| v.as_obj().cloned()) {
        Some(c) => Ok(c),
        None => Err(vm.error("SystemError", format!("posix.{name} is not available"))),
    }
}

fn entry<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut DirEntryState) -> R) -> Result<R, PyErr> {
    native::with_state::<DirEntryState, R>(v, f).ok_or_else(|| vm.type_error("descriptor requires a 'posix.DirEntry' object"))
}

fn entry_name(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    entry(vm, &args[0], |e| e.name.clone())
}

fn entry_path(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    entry(vm, &args[0], |e| e.path.clone())
}

fn entry_test(vm: &mut Vm, args: Args, kwargs: Kwargs, fname: &str, test: fn(&std::fs::Metadata) -> bool) -> PyResult {
    let a = bind(vm, fname, args.get(1..).unwrap_or(&[]), &kwargs, &["follow_symlinks"], 0)?;
    let follow = bool_arg(vm, &a[0], true)?;
    let (full, kind) = entry(vm, &args[0], |e| (e.full.clone(), e.kind))?;
    let is_link = kind.is_some_and(|k| k.is_symlink());
    let md = if follow || !is_link { std::fs::metadata(OsStr::from_bytes(&full)) } else { std::fs::symlink_metadata(OsStr::from_bytes(&full)) };
    Ok(Value::Bool(md.map(|m| test(&m)).unwrap_or(false)))
}

fn entry_is_dir(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    entry_test(vm, args, kwargs, "is_dir", |m| m.is_dir())
}

fn entry_is_file(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    entry_test(vm, args, kwargs, "is_file", |m| m.is_file())
}

fn entry_is_symlink(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(entry(vm, &args[0], |e| e.kind.is_some_and(|k| k.is_symlink()))?))
}

fn entry_stat(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "stat", args.get(1..).unwrap_or(&[]), &kwargs, &["follow_symlinks"], 0)?;
    let follow = bool_arg(vm, &a[0], true)?;
    let (full, path) = entry(vm, &args[0], |e| (e.full.clone(), e.path.clone()))?;
    let p = PathArg { bytes: full, is_bytes: false, value: path };
    stat_path(vm, &p, follow)
}

fn entry_inode(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    use std::os::unix::fs::MetadataExt;
    let full = entry(vm, &args[0], |e| e.full.clone())?;
    let md = std::fs::symlink_metadata(OsStr::from_bytes(&full)).map_err(|e| from_io(vm, &e, None))?;
    Ok(Value::Int(md.ino() as i64))
}

fn entry_repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let name = entry(vm, &args[0], |e| e.name.clone())?;
    Ok(Value::str(format!("<DirEntry {}>", vm.repr(&name)?)))
}

fn scandir_next(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let next = native::with_state::<ScandirState, _>(&args[0], |s| {
        let v = s.entries.get(s.pos).cloned();
        s.pos += 1;
        v
    });
    match next.flatten() {
        Some(v) => Ok(v),
        None => Err(vm.error("StopIteration", "")),
    }
}

fn return_self(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn scandir_close(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    native::with_state::<ScandirState, _>(&args[0], |s| s.pos = s.entries.len());
    Ok(Value::None)
}

/// The `os.stat_result` of a `struct stat` (its field types differ between platforms).
#[allow(clippy::unnecessary_cast)]
fn stat_result(vm: &mut Vm, st: &libc::stat) -> PyResult {
    let class = class(vm, "stat_result")?;
    let int = |n: i64| Value::Int(n);
    let time = |s: i64, ns: i64| (Value::Float(s as f64 + ns as f64 * 1e-9), Value::Int(s * 1_000_000_000 + ns));
    let (at, at_ns) = time(st.st_atime, st.st_atime_nsec);
    let (mt, mt_ns) = time(st.st_mtime, st.st_mtime_nsec);
    let (ct, ct_ns) = time(st.st_ctime, st.st_ctime_nsec);
    let items = vec![
        int(i64::from(st.st_mode)),
        int(st.st_ino as i64),
        int(st.st_dev as i64),
        int(st.st_nlink as i64),
        int(i64::from(st.st_uid)),
        int(i64::from(st.st_gid)),
        int(st.st_size),
        int(st.st_atime),
        int(st.st_mtime),
        int(st.st_ctime),
    ];
    let extra = vec![
        ("st_atime", at),
        ("st_mtime", mt),
        ("st_ctime", ct),
        ("st_atime_ns", at_ns),
        ("st_mtime_ns", mt_ns),
        ("st_ctime_ns", ct_ns),
        ("st_blksize", int(st.st_blksize as i64)),
        ("st_blocks", int(st.st_blocks)),
        ("st_rdev", int(st.st_rdev as i64)),
    ];
    structseq::make(vm, &class, items, extra)
}

fn stat_path(vm: &mut Vm, p: &PathArg, follow: bool) -> PyResult {
    let c = p.c(vm)?;
    // SAFETY: `st` is plain old data that the call fills; `c` is a valid C string.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let r = unsafe { if follow { libc::stat(c.as_ptr(), &mut st) } else { libc::lstat(c.as_ptr(), &mut st) } };
    if r != 0 {
        return Err(last_error(vm, Some(p.value.clone())));
    }
    stat_result(vm, &st)
}

fn fstat_fd(vm: &mut Vm, fd: i32) -> PyResult {
    // SAFETY: as in `stat_path`; a bad fd makes the call fail with EBADF.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd, &mut st) } != 0 {
        return Err(last_error(vm, None));
    }
    stat_result(vm, &st)
}

fn fd_arg(vm: &mut Vm, v: &Option<Value>) -> Result<i32, PyErr> {
    let n = index_i64(vm, v.as_ref().unwrap_or(&Value::None))?;
    i32::try_from(n).map_err(|_| vm.error("OverflowError", if n < 0 { "fd is less than minimum" } else { "fd is greater than maximum" }))
}

fn do_stat(vm: &mut Vm, args: Args, kwargs: Kwargs, fname: &str, follow_default: bool) -> PyResult {
    let a = bind(vm, fname, &args, &kwargs, &["path", "dir_fd", "follow_symlinks"], 1)?;
    let follow = bool_arg(vm, &a[2], follow_default)?;
    let v = a[0].clone().unwrap_or(Value::None);
    if matches!(v, Value::Int(_)) {
        let fd = fd_arg(vm, &a[0])?;
        return fstat_fd(vm, fd);
    }
    let p = path_arg(vm, fname, &v, true)?;
    stat_path(vm, &p, follow)
}

fn stat(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    do_stat(vm, args, kwargs, "stat", true)
}

fn lstat(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    do_stat(vm, args, kwargs, "lstat", false)
}

fn fstat(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "fstat", &args, &kwargs, &["fd"], 1)?;
    let fd = fd_arg(vm, &a[0])?;
    fstat_fd(vm, fd)
}

fn one_path(vm: &mut Vm, fname: &str, args: &[Value], kwargs: &Kwargs, names: &[&str]) -> Result<(PathArg, Vec<Option<Value>>), PyErr> {
    let a = bind(vm, fname, args, kwargs, names, 1)?;
    let p = path_arg(vm, fname, a[0].as_ref().unwrap_or(&Value::None), false)?;
    Ok((p, a))
}

fn mkdir(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (p, a) = one_path(vm, "mkdir", &args, &kwargs, &["path", "mode", "dir_fd"])?;
    let mode = match &a[1] {
        Some(m) => index_i64(vm, m)?,
        None => 0o777,
    };
    let c = p.c(vm)?;
    // SAFETY: `c` is a valid C string.
    if unsafe { libc::mkdir(c.as_ptr(), mode as libc::mode_t) } != 0 {
        return Err(last_error(vm, Some(p.value.clone())));
    }
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (p, _) = one_path(vm, "rmdir", &args, &kwargs, &["path", "dir_fd"])?;
    ok_none(std::fs::remove_dir(p.os()), vm, &p)
}

fn unlink_named(vm: &mut Vm, args: Args, kwargs: Kwargs, fname: &str) -> PyResult {
    let (p, _) = one_path(vm, fname, &args, &kwargs, &["path", "dir_fd"])?;
    let c = p.c(vm)?;
    // SAFETY: `c` is a valid C string.
    if unsafe { libc::unlink(c.as_ptr()) } != 0 {
        return Err(last_error(vm, Some(p.value.clone())));
    }
    Ok(Value::None)
}

fn unlink(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    unlink_named(vm, args, kwargs, "unlink")
}

fn remove(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    unlink_named(vm, args, kwargs, "remove")
}

fn rename_named(vm: &mut Vm, args: Args, kwargs: Kwargs, fname: &str) -> PyResult {
    let a = bind(vm, fname, &args, &kwargs, &["src", "dst", "src_dir_fd", "dst_dir_fd"], 2)?;
    let src = path_arg(vm, fname, a[0].as_ref().unwrap_or(&Value::None), false)?;
    let dst = path_arg(vm, fname, a[1].as_ref().unwrap_or(&Value::None), false)?;
    if src.is_bytes != dst.is_bytes {
        return Err(vm.type_error(format!("{fname}: src and dst must be the same type")));
    }
    match std::fs::rename(src.os(), dst.os()) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(match e.raw_os_error() {
            Some(n) => os_error(vm, n, Some(src.value.clone()), Some(dst.value.clone())),
            None => from_io(vm, &e, None),
        }),
    }
}

fn rename(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    rename_named(vm, args, kwargs, "rename")
}

fn replace(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    rename_named(vm, args, kwargs, "replace")
}

fn readlink(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (p, _) = one_path(vm, "readlink", &args, &kwargs, &["path", "dir_fd"])?;
    match std::fs::read_link(p.os()) {
        Ok(t) => Ok(p.wrap(t.into_os_string().into_vec())),
        Err(e) => Err(from_io(vm, &e, Some(p.value.clone()))),
    }
}

fn access(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "access", &args, &kwargs, &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2)?;
    let p = path_arg(vm, "access", a[0].as_ref().unwrap_or(&Value::None), false)?;
    let mode = index_i64(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    let c = p.c(vm)?;
    // SAFETY: `c` is a valid C string.
    Ok(Value::Bool(unsafe { libc::access(c.as_ptr(), mode as libc::c_int) } == 0))
}

fn chmod(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "chmod", &args, &kwargs, &["path", "mode", "dir_fd", "follow_symlinks"], 2)?;
    let p = path_arg(vm, "chmod", a[0].as_ref().unwrap_or(&Value::None), true)?;
    let mode = index_i64(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    let c = p.c(vm)?;
    // SAFETY: `c` is a valid C string.
    if unsafe { libc::chmod(c.as_ptr(), mode as libc::mode_t) } != 0 {
        return Err(last_error(vm, Some(p.value.clone())));
    }
    Ok(Value::None)
}

fn open(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "open", &args, &kwargs, &["path", "flags", "mode", "dir_fd"], 2)?;
    let p = path_arg(vm, "open", a[0].as_ref().unwrap_or(&Value::None), false)?;
    let flags = index_i64(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    let mode = match &a[2] {
        Some(m) => index_i64(vm, m)?,
        None => 0o777,
    };
    let fd = open_fd(vm, &p, flags as libc::c_int, mode as libc::c_uint)?;
    Ok(Value::Int(i64::from(fd)))
}

/// `open(2)` with O_CLOEXEC, as CPython opens every file.
pub fn open_fd(vm: &mut Vm, p: &PathArg, flags: libc::c_int, mode: libc::c_uint) -> Result<i32, PyErr> {
    let c = p.c(vm)?;
    // SAFETY: `c` is a valid C string.
    let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode) };
    if fd < 0 {
        return Err(last_error(vm, Some(p.value.clone())));
    }
    Ok(fd)
}

fn close(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "close", &args, &kwargs, &["fd"], 1)?;
    let fd = fd_arg(vm, &a[0])?;
    // SAFETY: closing an fd the program names; a bad one fails with EBADF.
    if unsafe { libc::close(fd) } != 0 {
        return Err(last_error(vm, None));
    }
    Ok(Value::None)
}

/// `read(2)` of up to `n` bytes.
pub fn read_fd(vm: &mut Vm, fd: i32, n: usize) -> Result<Vec<u8>, PyErr> {
    let mut buf = vec![0u8; n];
    // SAFETY: `buf` has room for `n` bytes.
    let r = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), n) };
    if r < 0 {
        return Err(last_error(vm, None));
    }
    buf.truncate(r as usize);
    Ok(buf)
}

/// `write(2)` of `data`; the count written.
pub fn write_fd(vm: &mut Vm, fd: i32, data: &[u8]) -> Result<usize, PyErr> {
    // SAFETY: `data` is valid for its length.
    let r = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
    if r < 0 {
        return Err(last_error(vm, None));
    }
    Ok(r as usize)
}

/// `lseek(2)`.
pub fn lseek_fd(vm: &mut Vm, fd: i32, pos: i64, how: i32) -> Result<i64, PyErr> {
    // SAFETY: a plain system call on an integer fd.
    let r = unsafe { libc::lseek(fd, pos as libc::off_t, how) };
    if r < 0 {
        return Err(last_error(vm, None));
    }
    Ok(r as i64)
}

fn read(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "read", &args, &kwargs, &["fd", "length"], 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let n = index_i64(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    if n < 0 {
        return Err(vm.error("ValueError", "length must be non-negative"));
    }
    Ok(new_bytes(read_fd(vm, fd, n as usize)?, false))
}

fn write(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "write", &args, &kwargs, &["fd", "data"], 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let data = a[1].clone().unwrap_or(Value::None);
    let Some(b) = bytes_like(&data) else {
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&data))));
    };
    Ok(Value::Int(write_fd(vm, fd, &b)? as i64))
}

fn lseek(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "lseek", &args, &kwargs, &["fd", "position", "whence"], 3)?;
    let fd = fd_arg(vm, &a[0])?;
    let pos = index_i64(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    let how = index_i64(vm, a[2].as_ref().unwrap_or(&Value::None))?;
    Ok(Value::Int(lseek_fd(vm, fd, pos, how as i32)?))
}

fn ftruncate(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "ftruncate", &args, &kwargs, &["fd", "length"], 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let n = index_i64(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    // SAFETY: a plain system call on an integer fd.
    if unsafe { libc::ftruncate(fd, n as libc::off_t) } != 0 {
        return Err(last_error(vm, None));
    }
    Ok(Value::None)
}

fn fsync(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "fsync", &args, &kwargs, &["fd"], 1)?;
    let fd = fd_arg(vm, &a[0])?;
    // SAFETY: a plain system call on an integer fd.
    if unsafe { libc::fsync(fd) } != 0 {
        return Err(last_error(vm, None));
    }
    Ok(Value::None)
}

/// Is `fd` a terminal?
pub fn isatty_fd(fd: i32) -> bool {
    // SAFETY: a plain library call on an integer fd.
    unsafe { libc::isatty(fd) == 1 }
}

fn isatty(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "isatty", &args, &kwargs, &["fd"], 1)?;
    let fd = fd_arg(vm, &a[0])?;
    Ok(Value::Bool(isatty_fd(fd)))
}

fn device_encoding(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "device_encoding", &args, &kwargs, &["fd"], 1)?;
    let fd = fd_arg(vm, &a[0])?;
    Ok(if isatty_fd(fd) { Value::str("UTF-8") } else { Value::None })
}

fn getpid(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(i64::from(std::process::id())))
}

fn getppid(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    // SAFETY: getppid cannot fail.
    Ok(Value::Int(i64::from(unsafe { libc::getppid() })))
}

fn getuid(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    // SAFETY: getuid cannot fail.
    Ok(Value::Int(i64::from(unsafe { libc::getuid() })))
}

fn umask(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "umask", &args, &kwargs, &["mask"], 1)?;
    let m = index_i64(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    // SAFETY: umask cannot fail.
    Ok(Value::Int(i64::from(unsafe { libc::umask(m as libc::mode_t) })))
}

fn urandom(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "urandom", &args, &kwargs, &["size"], 1)?;
    let n = index_i64(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    if n < 0 {
        return Err(vm.error("ValueError", "negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    if let Err(e) = std::fs::File::open("/dev/urandom").and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf)) {
        return Err(from_io(vm, &e, None));
    }
    Ok(new_bytes(buf, false))
}

fn strerror(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "strerror", &args, &kwargs, &["code"], 1)?;
    let n = index_i64(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    Ok(Value::str(c_strerror(n as i32)))
}

fn cpu_count(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(std::thread::available_parallelism().map(|n| Value::Int(n.get() as i64)).unwrap_or(Value::None))
}

fn get_terminal_size(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "get_terminal_size", &args, &kwargs, &["fd"], 0)?;
    let fd = match &a[0] {
        Some(_) => fd_arg(vm, &a[0])?,
        None => 1,
    };
    // SAFETY: `ws` is plain old data the ioctl fills.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } != 0 {
        return Err(last_error(vm, None));
    }
    let class = class(vm, "terminal_size")?;
    structseq::make(vm, &class, vec![Value::Int(i64::from(ws.ws_col)), Value::Int(i64::from(ws.ws_row))], vec![])
}

fn exit_now(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "_exit", &args, &kwargs, &["status"], 1)?;
    let n = index_i64(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    vm.flush();
    std::process::exit(n as i32)
}

fn env_key(vm: &mut Vm, v: &Option<Value>, what: &str) -> Result<Vec<u8>, PyErr> {
    let v = v.clone().unwrap_or(Value::None);
    let b = match v.payload() {
        Some(Payload::Str(s)) => s.as_bytes().to_vec(),
        _ => match bytes_like(&v) {
            Some(b) => b,
            None => return Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(&v)))),
        },
    };
    if b.contains(&0) {
        return Err(vm.error("ValueError", "embedded null byte"));
    }
    if what == "name" && (b.is_empty() || b.contains(&b'=')) {
        return Err(vm.error("ValueError", "illegal environment variable name"));
    }
    Ok(b)
}

fn putenv(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "putenv", &args, &kwargs, &["name", "value"], 2)?;
    let k = env_key(vm, &a[0], "name")?;
    let v = env_key(vm, &a[1], "value")?;
    // SAFETY: krait runs Python code on one thread.
    unsafe { std::env::set_var(OsString::from_vec(k), OsString::from_vec(v)) };
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "unsetenv", &args, &kwargs, &["name"], 1)?;
    let k = env_key(vm, &a[0], "name")?;
    // SAFETY: krait runs Python code on one thread.
    unsafe { std::env::remove_var(OsString::from_vec(k)) };
    Ok(Value::None)
}

/// The O_*, F_OK..., SEEK_* and other integer constants.
fn constants() -> Vec<(&'static str, Value)> {
    let c: &[(&'static str, i64)] = &[
        ("O_RDONLY", libc::O_RDONLY as i64),
        ("O_WRONLY", libc::O_WRONLY as i64),
        ("O_RDWR", libc::O_RDWR as i64),
        ("O_APPEND", libc::O_APPEND as i64),
        ("O_CREAT", libc::O_CREAT as i64),
        ("O_EXCL", libc::O_EXCL as i64),
        ("O_TRUNC", libc::O_TRUNC as i64),
        ("O_NONBLOCK", libc::O_NONBLOCK as i64),
        ("O_NOCTTY", libc::O_NOCTTY as i64),
        ("O_CLOEXEC", libc::O_CLOEXEC as i64),
        ("O_DIRECTORY", libc::O_DIRECTORY as i64),
        ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
        ("O_SYNC", libc::O_SYNC as i64),
        ("O_ACCMODE", libc::O_ACCMODE as i64),
        ("F_OK", libc::F_OK as i64),
        ("R_OK", libc::R_OK as i64),
        ("W_OK", libc::W_OK as i64),
        ("X_OK", libc::X_OK as i64),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("EX_OK", 0),
        ("WNOHANG", libc::WNOHANG as i64),
    ];
    c.iter().map(|(n, v)| (*n, Value::Int(*v))).collect()
}

fn environ() -> Value {
    let mut d = Dict::new();
    let mut pairs: Vec<(Vec<u8>, Vec<u8>)> = std::env::vars_os().map(|(k, v)| (k.into_vec(), v.into_vec())).collect();
    pairs.sort();
    for (k, v) in pairs {
        let _ = d.set(new_bytes(k, false), new_bytes(v, false));
    }
    Value::new_obj(Payload::Dict(RefCell::new(d)))
}

/// The `posix` module.
pub fn make(vm: &mut Vm) -> Value {
    let object = vm.types.object.clone();
    let dir_entry = native::new_type(
        "DirEntry",
        "posix",
        &object,
        &[
            ("is_dir", entry_is_dir),
            ("is_file", entry_is_file),
            ("is_symlink", entry_is_symlink),
            ("stat", entry_stat),
            ("inode", entry_inode),
            ("__fspath__", entry_path),
            ("__repr__", entry_repr),
        ],
        &[],
        None,
    );
    for (name, f) in [("name", entry_name as crate::objects::function::BuiltinFn), ("path", entry_path)] {
        if let Payload::Type(t) = &dir_entry.payload {
            t.dict_mut().set_str(
                name,
                Value::new_obj(Payload::Property { fget: builtin(name, f), fset: Value::None, fdel: Value::None, doc: Value::None }),
            );
        }
    }
    let scandir_iter = native::new_type(
        "ScandirIterator",
        "posix",
        &object,
        &[("__iter__", return_self), ("__next__", scandir_next), ("__enter__", return_self), ("__exit__", scandir_close), ("close", scandir_close)],
        &[],
        None,
    );
    let stat_fields = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"];
    let stat_result = structseq::new_type(vm, "os", "stat_result", &stat_fields).map(Value::Obj).unwrap_or(Value::None);
    // The times as attributes are floats (instance attributes), not the int items.
    if let Some(Payload::Type(t)) = stat_result.payload() {
        let mut d = t.dict_mut();
        for name in ["st_atime", "st_mtime", "st_ctime"] {
            let _ = d.remove(&Value::str(name));
        }
    }
    let terminal_size = structseq::new_type(vm, "os", "terminal_size", &["columns", "lines"]).map(Value::Obj).unwrap_or(Value::None);
    let fns: &[(&'static str, crate::objects::function::BuiltinFn)] = &[
        ("fspath", fspath),
        ("getcwd", getcwd),
        ("getcwdb", getcwdb),
        ("chdir", chdir),
        ("listdir", listdir),
        ("scandir", scandir),
        ("stat", stat),
        ("lstat", lstat),
        ("fstat", fstat),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("unlink", unlink),
        ("remove", remove),
        ("rename", rename),
        ("replace", replace),
        ("readlink", readlink),
        ("access", access),
        ("chmod", chmod),
        ("open", open),
        ("close", close),
        ("read", read),
        ("write", write),
        ("lseek", lseek),
        ("ftruncate", ftruncate),
        ("fsync", fsync),
        ("isatty", isatty),
        ("device_encoding", device_encoding),
        ("getpid", getpid),
        ("getppid", getppid),
        ("getuid", getuid),
        ("umask", umask),
        ("urandom", urandom),
        ("strerror", strerror),
        ("cpu_count", cpu_count),
        ("get_terminal_size", get_terminal_size),
        ("_exit", exit_now),
        ("putenv", putenv),
        ("unsetenv", unsetenv),
    ];
    let mut items: Vec<(&'static str, Value)> = fns.iter().map(|(n, f)| (*n, builtin(n, *f))).collect();
    items.extend(constants());
    items.push(("environ", environ()));
    items.push(("error", Value::Obj(vm.types.exception("OSError"))));
    items.push(("stat_result", stat_result));
    items.push(("terminal_size", terminal_size));
    items.push(("DirEntry", Value::Obj(dir_entry)));
    items.push(("ScandirIterator", Value::Obj(scandir_iter)));
    items.push(("_have_functions", new_list(vec![Value::str("HAVE_FTRUNCATE"), Value::str("HAVE_FCHMOD")])));
    module("posix", items)
}
