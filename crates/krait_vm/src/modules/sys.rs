//! `sys`: the interpreter's state as the sys module shows it: `path` and `modules` (the
//! importer's own list and dict, so changes made by Python code take effect), `argv`,
//! `flags`, the version and implementation facts, the standard streams (as far as
//! `print(file=sys.stderr)` and `sys.stdout.write` need), the exception being handled,
//! the recursion limit, `exit` and `intern`.
//!
//! `flags` and `version_info` are struct sequences (`modules/structseq.rs`).

use super::{Args, Kwargs};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::call::{new_list, new_tuple};
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::types::Kind;
use crate::value::Value;
use std::io::Write;

/// The Python version krait implements (that of the oracle, CPython 3.14.2).
pub const VERSION: (i64, i64, i64) = (3, 14, 2);
/// `sys.implementation.cache_tag`: the `__pycache__` file tag.
pub const CACHE_TAG: &str = "krait-314";

fn sys_exit(_vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let class = _vm.types.exception("SystemExit");
    Err(PyErr(crate::interp::exceptions::new_exception(class, args.into_vec())))
}

fn get_int_max_str_digits(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(crate::objects::int::max_str_digits() as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, args: Args, mut k: Kwargs) -> PyResult {
    let n = match (args.first(), k.iter().position(|(n, _)| n == "maxdigits")) {
        (Some(v), None) => v.clone(),
        (None, Some(i)) => k.remove(i).1,
        _ => return Err(vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")),
    };
    let n = crate::builtins::methods::index_value(vm, &n)?;
    if n != 0 && n < 640 {
        return Err(vm.error("ValueError", "maxdigits must be >= 640 or 0 for unlimited"));
    }
    crate::objects::int::set_max_str_digits(usize::try_from(n).unwrap_or(0));
    Ok(Value::None)
}

fn getrecursionlimit(vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    match args.first() {
        Some(Value::Int(n)) if *n >= 1 => {
            vm.recursion_limit = usize::try_from(*n).unwrap_or(1000);
            Ok(Value::None)
        }
        Some(Value::Int(_)) => Err(vm.error("ValueError", "recursion limit must be greater or equal than 1")),
        Some(other) => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
        None => Err(vm.type_error("setrecursionlimit() takes exactly one argument (0 given)")),
    }
}

fn intern(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    match args.first() {
        Some(v) if v.as_str().is_some() => Ok(crate::objects::str::intern(v.as_str().unwrap_or_default())),
        Some(v) => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("intern() argument must be str, not {tn}")))
        }
        None => Err(vm.type_error("intern() takes exactly one argument (0 given)")),
    }
}

fn exception(vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(if vm.handled.is_null() { Value::None } else { vm.handled.clone() })
}

/// `sys.excepthook(type, value, traceback)` (also `sys.__excepthook__`): writes the
/// exception's traceback text to `sys.stderr`.
pub(crate) fn excepthook(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    if args.len() != 3 {
        return Err(vm.type_error(format!("excepthook expected 3 arguments, got {}", args.len())));
    }
    let text = if vm.is_exception_instance(&args[1]) {
        vm.format_exception(&args[1])
    } else {
        format!("TypeError: print_exception(): Exception expected for value, {} found\n", vm.type_name(&args[1]))
    };
    let stderr = vm.getattr(&vm.import.sys.clone(), "stderr")?;
    if stderr.is(&vm.stderr_marker) {
        vm.flush();
        vm.write_stderr(&text);
    } else if !matches!(stderr, Value::None) {
        let write = vm.getattr(&stderr, "write")?;
        vm.call(write, vec![Value::str(text)], vec![])?;
    }
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    let exc = if vm.handled.is_null() { Value::None } else { vm.handled.clone() };
    if matches!(exc, Value::None) {
        return Ok(new_tuple([Value::None, Value::None, Value::None]));
    }
    let class = Value::Obj(vm.types.type_of(&exc));
    let tb = vm.traceback_of(&exc);
    Ok(new_tuple([class, exc, tb]))
}

fn getdefaultencoding(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::str("utf-8"))
}

fn getfilesystemencodeerrors(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::str("surrogateescape"))
}

fn getsizeof(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    // CPython's sizes on 64-bit builds for the common fixed-size objects; containers add
    // 8 bytes per item slot.
    let Some(v) = args.first() else {
        return Err(vm.type_error("getsizeof() missing required argument 'object' (pos 1)"));
    };
    let n = match v {
        Value::None => 16,
        Value::Bool(_) => 28,
        Value::Int(0) => 24,
        Value::Int(i) => 24 + 4 * ((64 - i.unsigned_abs().leading_zeros() as i64) + 29) / 30,
        Value::Float(_) => 24,
        _ => match v.payload() {
            Some(Payload::Str(s)) if s.is_ascii() => 41 + s.len() as i64,
            Some(Payload::Tuple(t)) => 40 + 8 * t.len() as i64,
            Some(Payload::List(l)) => 56 + 8 * l.borrow().capacity() as i64,
            _ => 56,
        },
    };
    Ok(Value::Int(n))
}

/// `write(text)` of sys.stdout and sys.stderr: writes a str and returns its length.
fn write_to(vm: &mut Vm, args: &[Value], to_stderr: bool) -> PyResult {
    let Some(mut text) = args.first().and_then(|v| v.as_str().map(str::to_string)) else {
        let tn = args.first().map(|v| vm.type_name(v)).unwrap_or_else(|| "NoneType".into());
        return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
    };
    // Lone surrogates: stdout's strict UTF-8 raises, stderr's backslashreplace escapes.
    let count = crate::objects::str::char_len(&text);
    let base = crate::objects::str::surrogate_base(&args[0]);
    if base != 0 {
        let errors = if to_stderr { "backslashreplace" } else { "strict" };
        let bytes = crate::builtins::codec::encode_text(vm, crate::builtins::codec::Codec::Utf8, &text, base, errors)?;
        text = String::from_utf8_lossy(&bytes).into_owned();
    }
    if to_stderr {
        vm.write_stderr(&text);
    } else {
        let _ = vm.out.write_all(text.as_bytes());
    }
    Ok(Value::Int(count as i64))
}

fn stdout_write(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    write_to(vm, &args, false)
}

fn stderr_write(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    write_to(vm, &args, true)
}

fn stream_flush(vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    vm.flush();
    Ok(Value::None)
}

fn stdin_readline(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
    Ok(Value::str(line))
}

/// An instance of a fresh plain class `name` with attributes `attrs`.
fn record(vm: &Vm, name: &str, attrs: Vec<(&str, Value)>) -> Value {
    let class = crate::interp::types::new_type(name, Some(vm.types.object.clone()), Kind::Instance);
    let v = vm.new_instance(&class);
    for (k, val) in attrs {
        crate::import::instance_set(&v, k, val);
    }
    v
}

fn strs(items: &[String]) -> Value {
    new_list(items.iter().map(|s| Value::str(s.clone())).collect())
}

/// Gives the stream objects their methods and attributes.
fn setup_streams(vm: &Vm) {
    let set = |v: &Value, items: Vec<(&str, Value)>| {
        for (k, val) in items {
            crate::import::instance_set(v, k, val);
        }
    };
    set(
        &vm.stdout_marker,
        vec![
            ("write", builtin("write", stdout_write)),
            ("flush", builtin("flush", stream_flush)),
            ("name", Value::str("<stdout>")),
            ("encoding", Value::str("utf-8")),
        ],
    );
    set(
        &vm.stderr_marker,
        vec![
            ("write", builtin("write", stderr_write)),
            ("flush", builtin("flush", stream_flush)),
            ("name", Value::str("<stderr>")),
            ("encoding", Value::str("utf-8")),
        ],
    );
}

/// The `sys` module, with `path` as given.
pub fn make(vm: &mut Vm, path: Value) -> Value {
    setup_streams(vm);
    let config = vm.import.config.clone();
    let (major, minor, micro) = VERSION;
    let version_items = vec![Value::Int(major), Value::Int(minor), Value::Int(micro), Value::str("final"), Value::Int(0)];
    let version_info = match super::structseq::new_type(vm, "sys", "version_info", &["major", "minor", "micro", "releaselevel", "serial"]) {
        Ok(class) => super::structseq::make(vm, &class, version_items.clone(), vec![]).unwrap_or_else(|_| new_tuple(version_items)),
        Err(_) => new_tuple(version_items),
    };
    let hexversion = (major << 24) | (minor << 16) | (micro << 8) | 0xf0;
    let f = &config.flags;
    let b = |x: bool| Value::Int(i64::from(x));
    // A struct sequence of the 18 fields python3's shows, plus the three it keeps hidden.
    let flag_items: [(&str, Value); 18] = [
        ("debug", Value::Int(0)),
        ("inspect", b(f.inspect)),
        ("interactive", b(f.interactive)),
        ("optimize", Value::Int(i64::from(config.optimize))),
        ("dont_write_bytecode", b(config.dont_write_bytecode)),
        ("no_user_site", b(f.no_user_site)),
        ("no_site", b(f.no_site)),
        ("ignore_environment", b(f.ignore_environment)),
        ("verbose", Value::Int(i64::from(f.verbose))),
        ("bytes_warning", Value::Int(i64::from(f.bytes_warning))),
        ("quiet", b(f.quiet)),
        ("hash_randomization", Value::Int(1)),
        ("isolated", b(f.isolated)),
        ("dev_mode", Value::Bool(f.dev_mode)),
        ("utf8_mode", b(f.utf8_mode)),
        ("warn_default_encoding", b(f.warn_default_encoding)),
        ("safe_path", Value::Bool(f.safe_path)),
        ("int_max_str_digits", Value::Int(crate::objects::int::max_str_digits() as i64)),
    ];
    let names: Vec<&str> = flag_items.iter().map(|(n, _)| *n).collect();
    let flags = match super::structseq::new_type(vm, "sys", "flags", &names) {
        Ok(class) => {
            if let Payload::Type(t) = &class.payload {
                t.dict_mut().set_str("__doc__", Value::str("sys.flags\n\nFlags provided through command line arguments or environment vars."));
            }
            let hidden = vec![("gil", Value::Int(1)), ("thread_inherit_context", Value::Int(0)), ("context_aware_warnings", Value::Int(0))];
            super::structseq::make(vm, &class, flag_items.into_iter().map(|(_, v)| v).collect(), hidden).unwrap_or(Value::None)
        }
        Err(_) => Value::None,
    };
    let int_info = record(
        vm,
        "int_info",
        vec![
            ("bits_per_digit", Value::Int(30)),
            ("sizeof_digit", Value::Int(4)),
            ("default_max_str_digits", Value::Int(4300)),
            ("str_digits_check_threshold", Value::Int(640)),
        ],
    );
    // 64-bit CPython's numeric and str hashing parameters.
    let hash_info = record(
        vm,
        "hash_info",
        vec![
            ("width", Value::Int(64)),
            ("modulus", Value::Int((1 << 61) - 1)),
            ("inf", Value::Int(314_159)),
            ("nan", Value::Int(0)),
            ("imag", Value::Int(1_000_003)),
            ("algorithm", Value::str("siphash13")),
            ("hash_bits", Value::Int(64)),
            ("seed_bits", Value::Int(128)),
            ("cutoff", Value::Int(0)),
        ],
    );
    // IEEE 754 binary64's parameters (statistics and decimal read them).
    let float_info = record(
        vm,
        "float_info",
        vec![
            ("max", Value::Float(f64::MAX)),
            ("max_exp", Value::Int(1024)),
            ("max_10_exp", Value::Int(308)),
            ("min", Value::Float(f64::MIN_POSITIVE)),
            ("min_exp", Value::Int(-1021)),
            ("min_10_exp", Value::Int(-307)),
            ("dig", Value::Int(15)),
            ("mant_dig", Value::Int(53)),
            ("epsilon", Value::Float(f64::EPSILON)),
            ("radix", Value::Int(2)),
            ("rounds", Value::Int(1)),
        ],
    );
    let implementation = record(
        vm,
        "SimpleNamespace",
        vec![
            ("name", Value::str("krait")),
            ("cache_tag", Value::str(CACHE_TAG)),
            ("version", version_info.clone()),
            ("hexversion", Value::Int(hexversion)),
            ("_multiarch", Value::str(format!("{}-{}", std::env::consts::ARCH, std::env::consts::OS))),
        ],
    );
    let mut names: Vec<&str> = super::NAMES.to_vec();
    names.push("builtins");
    names.sort_unstable();
    names.dedup();
    let builtin_names = new_tuple(names.into_iter().map(Value::str).collect::<Vec<_>>());
    let stdlib_names = {
        let mut d = crate::objects::dict::Dict::new();
        for n in crate::interp::traceback::STDLIB_MODULES {
            d.set_str(n, Value::None);
        }
        Value::new_obj(Payload::Set(std::cell::RefCell::new(d)))
    };
    let platform = match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        other => other,
    };
    let stdin = record(vm, "TextIOWrapper", vec![("readline", builtin("readline", stdin_readline)), ("name", Value::str("<stdin>"))]);
    let xoptions = vm.new_dict();
    if let Some(Payload::Dict(d)) = xoptions.payload() {
        for x in &config.xoptions {
            let (k, v) = match x.split_once('=') {
                Some((k, v)) => (k.to_string(), Value::str(v)),
                None => (x.clone(), Value::Bool(true)),
            };
            d.borrow_mut().set_str(&k, v);
        }
    }
    let version = format!("{major}.{minor}.{micro} (krait {}) [rustc]", env!("CARGO_PKG_VERSION"));
    let prefix = std::path::Path::new(&config.executable)
        .parent()
        .and_then(|p| p.parent())
        .map_or_else(|| "/usr/local".to_string(), |p| p.to_string_lossy().into_owned());
    let displayhook = builtin("displayhook", crate::repl::displayhook);
    let excepthook = builtin("excepthook", excepthook);
    let mut items: Vec<(&'static str, Value)> = vec![
        ("exit", builtin("exit", sys_exit)),
        ("audit", builtin("audit", audit)),
        ("addaudithook", builtin("addaudithook", addaudithook)),
        ("displayhook", displayhook.clone()),
        ("__displayhook__", displayhook),
        ("excepthook", excepthook.clone()),
        ("__excepthook__", excepthook),
        ("_getframe", builtin("_getframe", getframe)),
        ("_clear_type_descriptors", builtin("_clear_type_descriptors", clear_type_descriptors)),
        ("_getframemodulename", builtin("_getframemodulename", getframemodulename)),
        ("getrecursionlimit", builtin("getrecursionlimit", getrecursionlimit)),
        ("get_int_max_str_digits", builtin("get_int_max_str_digits", get_int_max_str_digits)),
        ("set_int_max_str_digits", builtin("set_int_max_str_digits", set_int_max_str_digits)),
        ("setrecursionlimit", builtin("setrecursionlimit", setrecursionlimit)),
        ("intern", builtin("intern", intern)),
        ("exception", builtin("exception", exception)),
        ("exc_info", builtin("exc_info", exc_info)),
        ("getdefaultencoding", builtin("getdefaultencoding", getdefaultencoding)),
        ("getfilesystemencoding", builtin("getfilesystemencoding", getdefaultencoding)),
        ("getfilesystemencodeerrors", builtin("getfilesystemencodeerrors", getfilesystemencodeerrors)),
        ("getsizeof", builtin("getsizeof", getsizeof)),
        ("argv", strs(&config.argv)),
        ("orig_argv", strs(&config.orig_argv)),
        ("path", path),
        ("modules", vm.import.modules.clone()),
        ("meta_path", new_list(Vec::new())),
        ("path_hooks", new_list(Vec::new())),
        ("path_importer_cache", vm.new_dict()),
        ("flags", flags),
        ("version", Value::str(version)),
        ("version_info", version_info),
        ("hexversion", Value::Int(hexversion)),
        ("api_version", Value::Int(1013)),
        ("implementation", implementation),
        ("platform", Value::str(platform)),
        ("byteorder", Value::str(if cfg!(target_endian = "little") { "little" } else { "big" })),
        ("maxsize", Value::Int(i64::MAX)),
        ("int_info", int_info),
        ("hash_info", hash_info),
        ("float_info", float_info),
        ("maxunicode", Value::Int(0x10ffff)),
        ("executable", Value::str(config.executable.clone())),
        ("_base_executable", Value::str(config.executable.clone())),
        ("prefix", Value::str(prefix.clone())),
        ("exec_prefix", Value::str(prefix.clone())),
        ("base_prefix", Value::str(prefix.clone())),
        ("base_exec_prefix", Value::str(prefix)),
        ("platlibdir", Value::str("lib")),
        ("pycache_prefix", Value::None),
        ("abiflags", Value::str("")),
        ("float_repr_style", Value::str("short")),
        ("dont_write_bytecode", Value::Bool(config.dont_write_bytecode)),
        ("builtin_module_names", builtin_names),
        ("stdlib_module_names", stdlib_names),
        ("warnoptions", strs(&config.warnoptions)),
        ("_xoptions", xoptions),
        ("stdin", stdin.clone()),
        ("stdout", vm.stdout_marker.clone()),
        ("stderr", vm.stderr_marker.clone()),
        ("__stdin__", stdin),
        ("__stdout__", vm.stdout_marker.clone()),
        ("__stderr__", vm.stderr_marker.clone()),
        ("copyright", Value::str(crate::builtins::site::COPYRIGHT)),
    ];
    items.extend(crate::builtins::site::sys_items());
    super::module("sys", items)
}

/// A frame object for `vm.frames[index]`: a snapshot with `f_globals`, `f_locals`,
/// `f_lineno`, `f_code` and `f_back` (frames are not heap objects in krait's loop).
fn frame_object(vm: &mut Vm, index: usize) -> Value {
    let Some(f) = vm.frames.get(index) else { return Value::None };
    let globals = f.globals.clone();
    let code = f.code.clone();
    let line = code.positions.get(f.lasti / 2).and_then(|p| p.line).unwrap_or(code.firstlineno);
    let lasti = f.lasti as i32;
    let locals = if index + 1 == vm.frames.len() { vm.caller_locals() } else { f.locals.clone().unwrap_or_else(|| vm.new_dict()) };
    let back = if index == 0 { Value::None } else { frame_object(vm, index - 1) };
    snapshot_frame(vm, code, line, lasti, globals, locals, back)
}

/// The class of frame objects (`types.FrameType`), made on first use.
pub fn frame_class(vm: &Vm) -> Option<crate::value::ObjRef> {
    if let Some(c) = FRAME_CLASS.with(|c| c.borrow().clone()) {
        return Some(c);
    }
    let c = crate::interp::types::new_class("frame", vec![vm.types.object.clone()], None).ok()?;
    if let crate::heap::Payload::Type(t) = &c.payload {
        let mut d = t.dict_mut();
        d.set_str("__module__", Value::str("builtins"));
        d.set_str("clear", builtin("clear", frame_clear));
    }
    FRAME_CLASS.with(|f| *f.borrow_mut() = Some(c.clone()));
    Some(c)
}

/// A frame object (a snapshot): `f_code`, `f_lineno`, `f_lasti`, `f_globals`, `f_builtins`,
/// `f_locals`, `f_back`.
pub fn snapshot_frame(vm: &mut Vm, code: std::rc::Rc<crate::objects::function::CodeInfo>, line: i32, lasti: i32, globals: Value, locals: Value, back: Value) -> Value {
    let Some(class) = frame_class(vm) else { return Value::None };
    let frame = vm.new_instance(&class);
    if let Some(crate::heap::Payload::Instance(i)) = frame.payload() {
        let mut d = i.attrs().borrow_mut();
        d.set_str("f_globals", globals);
        d.set_str("f_builtins", vm.builtins.clone());
        d.set_str("f_locals", locals);
        d.set_str("f_lineno", Value::Int(i64::from(line)));
        d.set_str("f_lasti", Value::Int(i64::from(lasti)));
        d.set_str("f_code", Value::new_obj(crate::heap::Payload::Code(code)));
        d.set_str("f_back", back);
    }
    frame
}

/// `frame.clear()`: a snapshot holds no references the frame itself needs, and its
/// `f_locals` may be the live namespace of a module: nothing is cleared.
fn frame_clear(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::None)
}

thread_local! {
    /// The hooks `sys.addaudithook` added, called in order by `sys.audit`.
    static AUDIT_HOOKS: std::cell::RefCell<Vec<Value>> = const { std::cell::RefCell::new(Vec::new()) };
    static FRAME_CLASS: std::cell::RefCell<Option<crate::value::ObjRef>> = const { std::cell::RefCell::new(None) };
}

/// `sys.audit(event, *args)`: calls each hook with `(event, args)`.
fn audit(vm: &mut Vm, args: Args, k: Kwargs) -> PyResult {
    if !k.is_empty() {
        return Err(vm.type_error("audit() takes no keyword arguments"));
    }
    let Some(event) = args.first() else {
        return Err(vm.type_error("audit() missing 1 required positional argument: 'event'"));
    };
    if event.as_str().is_none() {
        return Err(vm.type_error(format!("expected str for argument 'event', not {}", vm.type_name(event))));
    }
    let hooks = AUDIT_HOOKS.with(|h| h.borrow().clone());
    if hooks.is_empty() {
        return Ok(Value::None);
    }
    let rest = new_tuple(args[1..].to_vec());
    for hook in hooks {
        vm.call(hook, vec![event.clone(), rest.clone()], vec![])?;
    }
    Ok(Value::None)
}

/// `sys.addaudithook(hook)`.
fn addaudithook(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    match args.first() {
        Some(h) => {
            AUDIT_HOOKS.with(|hooks| hooks.borrow_mut().push(h.clone()));
            Ok(Value::None)
        }
        None => Err(vm.type_error("addaudithook() missing required argument 'hook' (pos 1)")),
    }
}

fn depth_arg(vm: &Vm, args: &[Value]) -> Result<usize, PyErr> {
    match args.first() {
        None => Ok(0),
        Some(Value::Int(n)) if *n >= 0 => Ok(*n as usize),
        Some(Value::Int(_)) => Ok(0),
        Some(other) => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(other)))),
    }
}

/// `sys._clear_type_descriptors(type)`: drops the `__dict__` and `__weakref__` descriptors
/// from a class's dict (dataclasses does it when it rebuilds a class with `__slots__`).
fn clear_type_descriptors(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::exactly_one(vm, "_clear_type_descriptors", &args, &kwargs)?;
    let Some(crate::heap::Payload::Type(t)) = args[0].payload() else {
        let tn = vm.type_name(&args[0]);
        return Err(vm.type_error(format!("_clear_type_descriptors() argument must be type, not {tn}")));
    };
    let mut d = t.dict_mut();
    for name in ["__dict__", "__weakref__"] {
        let _ = d.remove(&Value::str(name));
    }
    Ok(Value::None)
}

fn getframe(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let depth = depth_arg(vm, &args)?;
    if depth >= vm.frames.len() {
        return Err(vm.error("ValueError", "call stack is not deep enough"));
    }
    let index = vm.frames.len() - 1 - depth;
    Ok(frame_object(vm, index))
}

fn getframemodulename(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let depth = depth_arg(vm, &args)?;
    if depth >= vm.frames.len() {
        return Ok(Value::None);
    }
    let g = vm.frames[vm.frames.len() - 1 - depth].globals.clone();
    Ok(match g.payload() {
        Some(crate::heap::Payload::Dict(d)) => d.borrow().get_str("__name__").unwrap_or(Value::None),
        _ => Value::None,
    })
}
