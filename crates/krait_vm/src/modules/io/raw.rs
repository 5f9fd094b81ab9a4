//! `FileIO` (an OS file descriptor: open flags from the mode letters, reads, writes,
//! seeks, `IsADirectoryError` for directories) and the buffered classes
//! `BufferedReader`/`BufferedWriter`/`BufferedRandom` over any raw stream: reads go through
//! a read-ahead buffer (so `readline` and `peek` do not read byte by byte); writes go
//! straight to the raw stream, so nothing is ever held back from the file.

use super::{add_property, call_method, closed_error, size_arg, unsupported, DEFAULT_BUFFER_SIZE};
use crate::builtins::methods::{bytes_like, new_bytes};
use crate::interp::{PyErr, PyResult, Vm};
use crate::modules::posix::{isatty_fd, lseek_fd, open_fd, path_arg, read_fd, write_fd};
use crate::modules::util::{bind, bool_arg, index_i64};
use crate::modules::{Args, Kwargs};
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::value::{ObjRef, Value};

/// The state of a `FileIO`.
pub struct FileState {
    fd: i32,
    readable: bool,
    writable: bool,
    appending: bool,
    created: bool,
    closefd: bool,
    closed: bool,
}

fn file<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut FileState) -> R) -> Result<R, PyErr> {
    native::with_state::<FileState, R>(v, f).ok_or_else(|| vm.type_error("descriptor requires a '_io.FileIO' object"))
}

/// The open fd of a FileIO, or the closed-file error.
fn open_fd_of(vm: &Vm, v: &Value) -> Result<FileState, PyErr> {
    let s = file(vm, v, |s| FileState { ..*s })?;
    if s.closed { Err(closed_error(vm)) } else { Ok(s) }
}

/// Is `raw` a FileIO on a terminal?
pub fn isatty_value(raw: &Value) -> bool {
    native::with_state::<FileState, _>(raw, |s| !s.closed && isatty_fd(s.fd)).unwrap_or(false)
}

fn fileio_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let Some((cls, rest)) = args.split_first() else { return Err(vm.type_error("FileIO.__new__(): not enough arguments")) };
    let Some(class) = cls.as_obj().cloned() else { return Err(vm.type_error("FileIO.__new__(X): X is not a type object")) };
    let a = bind(vm, "FileIO", rest, &kwargs, &["file", "mode", "closefd", "opener"], 1)?;
    let name = a[0].clone().unwrap_or(Value::None);
    let mode_v = a[1].clone().unwrap_or(Value::str("r"));
    let Some(mode) = mode_v.as_str().map(str::to_string) else {
        return Err(vm.type_error(format!("FileIO() argument 'mode' must be str, not {}", vm.type_name(&mode_v))));
    };
    let closefd = bool_arg(vm, &a[2], true)?;
    let mut st = FileState { fd: -1, readable: false, writable: false, appending: false, created: false, closefd, closed: false };
    let mut plus = false;
    let bad = || vm.error("ValueError", "Must have exactly one of create/read/write/append mode and at most one plus");
    let mut seen = 0;
    for c in mode.chars() {
        match c {
            'r' => st.readable = true,
            'w' => st.writable = true,
            'a' => {
                st.writable = true;
                st.appending = true;
            }
            'x' => {
                st.writable = true;
                st.created = true;
            }
            '+' if !plus => {
                plus = true;
                continue;
            }
            '+' => return Err(bad()),
            'b' => continue,
            _ => return Err(vm.error("ValueError", format!("invalid mode: {mode}"))),
        }
        seen += 1;
    }
    if seen != 1 {
        return Err(bad());
    }
    if plus {
        st.readable = true;
        st.writable = true;
    }
    let mut flags = if st.readable && st.writable {
        libc::O_RDWR
    } else if st.readable {
        libc::O_RDONLY
    } else {
        libc::O_WRONLY
    };
    if st.created {
        flags |= libc::O_EXCL | libc::O_CREAT;
    } else if st.appending {
        flags |= libc::O_APPEND | libc::O_CREAT;
    } else if mode.contains('w') {
        flags |= libc::O_CREAT | libc::O_TRUNC;
    }
    if let Value::Int(fd) = name {
        if fd < 0 {
            return Err(vm.error("ValueError", "negative file descriptor"));
        }
        st.fd = fd as i32;
    } else {
        if !closefd {
            return Err(vm.error("ValueError", "Cannot use closefd=False with file name"));
        }
        let opener = a[3].clone().unwrap_or(Value::None);
        if matches!(opener, Value::None) {
            let p = path_arg(vm, "FileIO", &name, true)?;
            st.fd = open_fd(vm, &p, flags, 0o666)?;
        } else {
            let r = vm.call(opener, vec![name.clone(), Value::Int(i64::from(flags | libc::O_CLOEXEC))], vec![])?;
            let fd = index_i64(vm, &r)?;
            if fd < 0 {
                return Err(vm.error("ValueError", format!("opener returned {fd}")));
            }
            st.fd = fd as i32;
        }
        // SAFETY: `sb` is plain old data that fstat fills.
        let mut sb: libc::stat = unsafe { std::mem::zeroed() };
        if unsafe { libc::fstat(st.fd, &mut sb) } == 0 && (sb.st_mode & libc::S_IFMT) == libc::S_IFDIR {
            // SAFETY: closing the fd opened just above.
            unsafe { libc::close(st.fd) };
            return Err(crate::builtins::oserror::os_error(vm, libc::EISDIR, Some(name), None));
        }
    }
    if st.appending {
        let _ = lseek_fd(vm, st.fd, 0, 2);
    }
    let v = native::wrap(&class, st);
    crate::import::instance_set(&v, "name", name);
    Ok(v)
}

fn this(args: &[Value]) -> Value {
    args.first().cloned().unwrap_or(Value::None)
}

fn fileio_read(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "read", args.get(1..).unwrap_or(&[]), &kwargs, &["size"], 0)?;
    let n = size_arg(vm, &a[0])?;
    let s = open_fd_of(vm, &this(&args))?;
    if !s.readable {
        return Err(unsupported(vm, "File not open for reading"));
    }
    if n < 0 {
        return Ok(new_bytes(read_all(vm, s.fd)?, false));
    }
    Ok(new_bytes(read_fd(vm, s.fd, n as usize)?, false))
}

fn read_all(vm: &mut Vm, fd: i32) -> Result<Vec<u8>, PyErr> {
    let mut out = Vec::new();
    loop {
        let chunk = read_fd(vm, fd, 64 * 1024)?;
        if chunk.is_empty() {
            return Ok(out);
        }
        out.extend_from_slice(&chunk);
    }
}

fn fileio_readall(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let s = open_fd_of(vm, &this(&args))?;
    if !s.readable {
        return Err(unsupported(vm, "File not open for reading"));
    }
    Ok(new_bytes(read_all(vm, s.fd)?, false))
}

fn fileio_write(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let s = open_fd_of(vm, &this(&args))?;
    if !s.writable {
        return Err(unsupported(vm, "File not open for writing"));
    }
    let data = args.get(1).cloned().unwrap_or(Value::None);
    let Some(b) = bytes_like(&data) else {
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&data))));
    };
    let mut done = 0;
    while done < b.len() {
        let n = write_fd(vm, s.fd, &b[done..])?;
        if n == 0 {
            break;
        }
        done += n;
    }
    Ok(Value::Int(done as i64))
}

fn seek_args(vm: &mut Vm, args: &[Value], kwargs: &Kwargs) -> Result<(i64, i32), PyErr> {
    let a = bind(vm, "seek", args.get(1..).unwrap_or(&[]), kwargs, &["pos", "whence"], 1)?;
    let pos = index_i64(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let whence = match &a[1] {
        Some(w) => index_i64(vm, w)?,
        None => 0,
    };
    Ok((pos, whence as i32))
}

fn fileio_seek(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (pos, whence) = seek_args(vm, &args, &kwargs)?;
    let s = open_fd_of(vm, &this(&args))?;
    Ok(Value::Int(lseek_fd(vm, s.fd, pos, whence)?))
}

fn fileio_tell(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let s = open_fd_of(vm, &this(&args))?;
    Ok(Value::Int(lseek_fd(vm, s.fd, 0, 1)?))
}

fn fileio_truncate(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let s = open_fd_of(vm, &this(&args))?;
    if !s.writable {
        return Err(unsupported(vm, "File not open for writing"));
    }
    let size = match args.get(1) {
        None | Some(Value::None) => lseek_fd(vm, s.fd, 0, 1)?,
        Some(v) => index_i64(vm, v)?,
    };
    // SAFETY: a plain system call on the file's fd.
    if unsafe { libc::ftruncate(s.fd, size as libc::off_t) } != 0 {
        return Err(crate::builtins::oserror::from_io(vm, &std::io::Error::last_os_error(), None));
    }
    Ok(Value::Int(size))
}

fn fileio_close(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let (fd, closefd, was) = file(vm, &this(&args), |s| {
        let was = s.closed;
        s.closed = true;
        (s.fd, s.closefd, was)
    })?;
    if !was && closefd {
        // SAFETY: closing the fd this object owns, once.
        unsafe { libc::close(fd) };
    }
    Ok(crate::value::Value::None)
}

fn fileio_closed(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(file(vm, &this(&args), |s| s.closed)?))
}

fn fileio_fileno(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(i64::from(open_fd_of(vm, &this(&args))?.fd)))
}

fn fileio_isatty(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(isatty_fd(open_fd_of(vm, &this(&args))?.fd)))
}

fn fileio_readable(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(open_fd_of(vm, &this(&args))?.readable))
}

fn fileio_writable(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(open_fd_of(vm, &this(&args))?.writable))
}

fn fileio_seekable(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let s = open_fd_of(vm, &this(&args))?;
    // SAFETY: a plain system call on the file's fd.
    Ok(Value::Bool(unsafe { libc::lseek(s.fd, 0, 1) } >= 0))
}

fn mode_string(s: &FileState) -> &'static str {
    match (s.created, s.appending, s.readable, s.writable) {
        (true, _, true, _) => "xb+",
        (true, _, false, _) => "xb",
        (false, true, true, _) => "ab+",
        (false, true, false, _) => "ab",
        (false, false, true, true) => "rb+",
        (false, false, true, false) => "rb",
        _ => "wb",
    }
}

fn fileio_mode(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::str(file(vm, &this(&args), |s| mode_string(s))?))
}

fn fileio_closefd(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(file(vm, &this(&args), |s| s.closefd)?))
}

fn fileio_repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let t = this(&args);
    let (closed, mode, closefd, fd) = file(vm, &t, |s| (s.closed, mode_string(s), s.closefd, s.fd))?;
    if closed {
        return Ok(Value::str("<_io.FileIO [closed]>"));
    }
    let cf = if closefd { "True" } else { "False" };
    Ok(Value::str(match crate::import::instance_get(&t, "name") {
        Some(n) => format!("<_io.FileIO name={} mode='{mode}' closefd={cf}>", vm.repr(&n)?),
        None => format!("<_io.FileIO fd={fd} mode='{mode}' closefd={cf}>"),
    }))
}

/// The state of a buffered stream.
pub struct BufState {
    raw: Value,
    rbuf: Vec<u8>,
    rpos: usize,
    can_read: bool,
    can_write: bool,
    detached: bool,
}

impl BufState {
    fn pending(&self) -> usize {
        self.rbuf.len() - self.rpos
    }
}

fn buf<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut BufState) -> R) -> Result<R, PyErr> {
    native::with_state::<BufState, R>(v, f).ok_or_else(|| vm.type_error("descriptor requires a buffered I/O object"))
}

/// The raw stream, checking that the buffer is usable (`need`: "read"/"write"/"").
fn raw_of(vm: &mut Vm, v: &Value, need: &str) -> Result<Value, PyErr> {
    let (raw, r, w, detached) = buf(vm, v, |s| (s.raw.clone(), s.can_read, s.can_write, s.detached))?;
    if detached {
        return Err(vm.error("ValueError", "raw stream has been detached"));
    }
    if (need == "read" && !r) || (need == "write" && !w) {
        return Err(unsupported(vm, need));
    }
    let closed = vm.getattr(&raw, "closed")?;
    if vm.truthy(&closed)? {
        return Err(closed_error(vm));
    }
    Ok(raw)
}

fn make_buffered(vm: &mut Vm, args: Args, kwargs: Kwargs, r: bool, w: bool) -> PyResult {
    let Some((cls, rest)) = args.split_first() else { return Err(vm.type_error("__new__(): not enough arguments")) };
    let Some(class) = cls.as_obj().cloned() else { return Err(vm.type_error("__new__(X): X is not a type object")) };
    let a = bind(vm, "BufferedReader", rest, &kwargs, &["raw", "buffer_size"], 1)?;
    let raw = a[0].clone().unwrap_or(Value::None);
    if let Some(n) = &a[1]
        && index_i64(vm, n)? <= 0
    {
        return Err(vm.error("ValueError", "buffer size must be strictly positive"));
    }
    for (need, what) in [(r, "readable"), (w, "writable")] {
        if need {
            let ok = call_method(vm, &raw, what, vec![])?;
            if !vm.truthy(&ok)? {
                return Err(vm.error("OSError", format!("\"raw\" argument must be {what}.")));
            }
        }
    }
    Ok(native::wrap(&class, BufState { raw, rbuf: Vec::new(), rpos: 0, can_read: r, can_write: w, detached: false }))
}

fn reader_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    make_buffered(vm, args, kwargs, true, false)
}

fn writer_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    make_buffered(vm, args, kwargs, false, true)
}

fn random_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    make_buffered(vm, args, kwargs, true, true)
}

/// Reads one chunk from the raw stream into the buffer; false at end of file.
fn fill(vm: &mut Vm, this: &Value, raw: &Value) -> Result<bool, PyErr> {
    let chunk = call_method(vm, raw, "read", vec![Value::Int(DEFAULT_BUFFER_SIZE)])?;
    let bytes = match chunk {
        Value::None => Vec::new(),
        c => bytes_like(&c).unwrap_or_default(),
    };
    let got = !bytes.is_empty();
    buf(vm, this, |s| {
        s.rbuf.drain(..s.rpos);
        s.rpos = 0;
        s.rbuf.extend_from_slice(&bytes);
    })?;
    Ok(got)
}

fn take(vm: &Vm, this: &Value, n: usize) -> Result<Vec<u8>, PyErr> {
    buf(vm, this, |s| {
        let n = n.min(s.pending());
        let out = s.rbuf[s.rpos..s.rpos + n].to_vec();
        s.rpos += n;
        out
    })
}

fn buf_read(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "read", args.get(1..).unwrap_or(&[]), &kwargs, &["size"], 0)?;
    let n = size_arg(vm, &a[0])?;
    let t = this(&args);
    let raw = raw_of(vm, &t, "read")?;
    loop {
        let pending = buf(vm, &t, |s| s.pending())?;
        if n >= 0 && pending >= n as usize {
            break;
        }
        if !fill(vm, &t, &raw)? {
            break;
        }
    }
    let pending = buf(vm, &t, |s| s.pending())?;
    Ok(new_bytes(take(vm, &t, if n < 0 { pending } else { n as usize })?, false))
}

fn buf_read1(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "read1", args.get(1..).unwrap_or(&[]), &kwargs, &["size"], 0)?;
    let n = size_arg(vm, &a[0])?;
    let t = this(&args);
    let raw = raw_of(vm, &t, "read")?;
    if buf(vm, &t, |s| s.pending())? == 0 {
        fill(vm, &t, &raw)?;
    }
    let pending = buf(vm, &t, |s| s.pending())?;
    Ok(new_bytes(take(vm, &t, if n < 0 { pending } else { n as usize })?, false))
}

fn buf_peek(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let t = this(&args);
    let raw = raw_of(vm, &t, "read")?;
    if buf(vm, &t, |s| s.pending())? == 0 {
        fill(vm, &t, &raw)?;
    }
    Ok(new_bytes(buf(vm, &t, |s| s.rbuf[s.rpos..].to_vec())?, false))
}

fn buf_readline(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "readline", args.get(1..).unwrap_or(&[]), &kwargs, &["size"], 0)?;
    let limit = size_arg(vm, &a[0])?;
    let t = this(&args);
    let raw = raw_of(vm, &t, "read")?;
    loop {
        let (found, pending) = buf(vm, &t, |s| (s.rbuf[s.rpos..].iter().position(|b| *b == b'\n'), s.pending()))?;
        let want = match found {
            Some(i) => Some(i + 1),
            None if limit >= 0 && pending >= limit as usize => Some(pending),
            None => None,
        };
        if let Some(mut n) = want {
            if limit >= 0 {
                n = n.min(limit as usize);
            }
            return Ok(new_bytes(take(vm, &t, n)?, false));
        }
        if !fill(vm, &t, &raw)? {
            let n = if limit >= 0 { pending.min(limit as usize) } else { pending };
            return Ok(new_bytes(take(vm, &t, n)?, false));
        }
    }
}

/// Moves the raw position back over read-ahead bytes and drops them (before writes and
/// seeks).
fn unread(vm: &mut Vm, this: &Value, raw: &Value) -> Result<(), PyErr> {
    let pending = buf(vm, this, |s| s.pending())?;
    if pending > 0 {
        call_method(vm, raw, "seek", vec![Value::Int(-(pending as i64)), Value::Int(1)])?;
    }
    buf(vm, this, |s| {
        s.rbuf.clear();
        s.rpos = 0;
    })
}

fn buf_write(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let t = this(&args);
    let raw = raw_of(vm, &t, "write")?;
    let data = args.get(1).cloned().unwrap_or(Value::None);
    let Some(b) = bytes_like(&data) else {
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&data))));
    };
    unread(vm, &t, &raw)?;
    let n = b.len();
    call_method(vm, &raw, "write", vec![new_bytes(b, false)])?;
    Ok(Value::Int(n as i64))
}

fn buf_seek(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let (pos, whence) = seek_args(vm, &args, &kwargs)?;
    if !(0..=2).contains(&whence) {
        return Err(vm.error("ValueError", format!("whence value {whence} unsupported")));
    }
    let t = this(&args);
    let raw = raw_of(vm, &t, "")?;
    unread(vm, &t, &raw)?;
    call_method(vm, &raw, "seek", vec![Value::Int(pos), Value::Int(i64::from(whence))])
}

fn buf_tell(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let t = this(&args);
    let raw = raw_of(vm, &t, "")?;
    let pos = call_method(vm, &raw, "tell", vec![])?;
    let pos = index_i64(vm, &pos)?;
    let pending = buf(vm, &t, |s| s.pending())?;
    Ok(Value::Int(pos - pending as i64))
}

fn buf_truncate(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let t = this(&args);
    let raw = raw_of(vm, &t, "write")?;
    unread(vm, &t, &raw)?;
    let pos = match args.get(1) {
        None | Some(Value::None) => call_method(vm, &raw, "tell", vec![])?,
        Some(v) => v.clone(),
    };
    call_method(vm, &raw, "truncate", vec![pos])
}

fn buf_flush(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let t = this(&args);
    let raw = raw_of(vm, &t, "")?;
    let w = buf(vm, &t, |s| s.can_write)?;
    if w {
        call_method(vm, &raw, "flush", vec![])?;
    }
    Ok(Value::None)
}

fn buf_close(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let t = this(&args);
    let (raw, detached) = buf(vm, &t, |s| (s.raw.clone(), s.detached))?;
    if detached {
        return Err(vm.error("ValueError", "raw stream has been detached"));
    }
    let closed = vm.getattr(&raw, "closed")?;
    if vm.truthy(&closed)? {
        return Ok(Value::None);
    }
    call_method(vm, &raw, "close", vec![])
}

fn buf_detach(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let t = this(&args);
    let raw = raw_of(vm, &t, "")?;
    buf(vm, &t, |s| s.detached = true)?;
    Ok(raw)
}

fn delegate(vm: &mut Vm, args: &[Value], name: &str) -> PyResult {
    let t = this(args);
    let (raw, detached) = buf(vm, &t, |s| (s.raw.clone(), s.detached))?;
    if detached {
        return Err(vm.error("ValueError", "raw stream has been detached"));
    }
    if name == "closed" || name == "name" || name == "mode" {
        return vm.getattr(&raw, name);
    }
    call_method(vm, &raw, name, vec![])
}

fn buf_closed(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    delegate(vm, &args, "closed")
}

fn buf_name(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    delegate(vm, &args, "name")
}

fn buf_mode(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    delegate(vm, &args, "mode")
}

fn buf_raw(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    buf(vm, &this(&args), |s| s.raw.clone())
}

fn buf_fileno(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    delegate(vm, &args, "fileno")
}

fn buf_isatty(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    delegate(vm, &args, "isatty")
}

fn buf_seekable(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    delegate(vm, &args, "seekable")
}

fn buf_readable(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    raw_of(vm, &this(&args), "")?;
    Ok(Value::Bool(buf(vm, &this(&args), |s| s.can_read)?))
}

fn buf_writable(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    raw_of(vm, &this(&args), "")?;
    Ok(Value::Bool(buf(vm, &this(&args), |s| s.can_write)?))
}

fn buf_repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let t = this(&args);
    let tn = vm.type_name(&t);
    Ok(Value::str(match vm.getattr_opt(&t, "name").ok().flatten() {
        Some(n) => format!("<_io.{tn} name={}>", vm.repr(&n)?),
        None => format!("<_io.{tn}>"),
    }))
}

/// FileIO and the buffered classes.
pub fn classes(rawbase: &ObjRef, bufbase: &ObjRef) -> Vec<(&'static str, Value)> {
    let fileio_methods: &[(&'static str, BuiltinFn)] = &[
        ("read", fileio_read),
        ("readall", fileio_readall),
        ("write", fileio_write),
        ("seek", fileio_seek),
        ("tell", fileio_tell),
        ("truncate", fileio_truncate),
        ("close", fileio_close),
        ("fileno", fileio_fileno),
        ("isatty", fileio_isatty),
        ("readable", fileio_readable),
        ("writable", fileio_writable),
        ("seekable", fileio_seekable),
        ("__repr__", fileio_repr),
    ];
    let fileio = native::new_type("FileIO", "_io", rawbase, fileio_methods, &[], Some(fileio_new));
    add_property(&fileio, "closed", fileio_closed);
    add_property(&fileio, "mode", fileio_mode);
    add_property(&fileio, "closefd", fileio_closefd);
    let methods: &[(&'static str, BuiltinFn)] = &[
        ("read", buf_read),
        ("read1", buf_read1),
        ("peek", buf_peek),
        ("readline", buf_readline),
        ("write", buf_write),
        ("seek", buf_seek),
        ("tell", buf_tell),
        ("truncate", buf_truncate),
        ("flush", buf_flush),
        ("close", buf_close),
        ("detach", buf_detach),
        ("fileno", buf_fileno),
        ("isatty", buf_isatty),
        ("seekable", buf_seekable),
        ("readable", buf_readable),
        ("writable", buf_writable),
        ("__repr__", buf_repr),
    ];
    let mut out = vec![("FileIO", Value::Obj(fileio))];
    for (name, new) in [("BufferedReader", reader_new as BuiltinFn), ("BufferedWriter", writer_new), ("BufferedRandom", random_new)] {
        let class = native::new_type(name, "_io", bufbase, methods, &[], Some(new));
        add_property(&class, "closed", buf_closed);
        add_property(&class, "name", buf_name);
        add_property(&class, "mode", buf_mode);
        add_property(&class, "raw", buf_raw);
        out.push((name, Value::Obj(class)));
    }
    out
}
