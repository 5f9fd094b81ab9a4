//! The attributes built-in exception classes derive from their arguments, as CPython's
//! exception types do: `StopIteration.value`, `SystemExit.code`, `OSError`'s `errno`,
//! `strerror`, `filename` (and its `[Errno N] ...` str), `SyntaxError`'s location,
//! `UnicodeDecodeError`'s fields and message, and the keyword arguments `AttributeError`,
//! `NameError` and `ImportError` accept. A value assigned to the attribute wins (it lives
//! in the instance dict, looked up first).

use crate::heap::Payload;
use crate::interp::exceptions::exc_payload;
use crate::interp::{PyErr, Vm};
use crate::objects::types;
use crate::value::Value;

fn args_of(exc: &Value) -> Vec<Value> {
    match exc_payload(exc).map(|i| i.exc().args.borrow().clone()).as_ref().and_then(Value::payload) {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

fn is(vm: &Vm, exc: &Value, class: &str) -> bool {
    exc_payload(exc).is_some_and(|i| types::is_subclass(&i.class(), &vm.types.exception(class)))
}

/// `exc.name` for a derived attribute the instance dict does not hold.
pub fn derived(vm: &Vm, exc: &Value, name: &str) -> Option<Value> {
    let args = args_of(exc);
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::None);
    match name {
        "value" if is(vm, exc, "StopIteration") => Some(arg(0)),
        "code" if is(vm, exc, "SystemExit") => Some(match args.len() {
            0 => Value::None,
            1 => arg(0),
            _ => crate::interp::call::new_tuple(args.clone()),
        }),
        "errno" | "strerror" | "filename" | "filename2" | "characters_written" if is(vm, exc, "OSError") => {
            if name == "characters_written" {
                return None;
            }
            if !(2..=5).contains(&args.len()) {
                return Some(Value::None);
            }
            Some(match name {
                "errno" => arg(0),
                "strerror" => arg(1),
                "filename" => arg(2),
                _ => arg(4),
            })
        }
        "msg" | "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset" | "print_file_and_line"
            if is(vm, exc, "SyntaxError") =>
        {
            if name == "msg" {
                return Some(arg(0));
            }
            let details = match args.get(1).and_then(Value::payload) {
                Some(Payload::Tuple(t)) => t.to_vec(),
                _ => Vec::new(),
            };
            let pos = match name {
                "filename" => 0,
                "lineno" => 1,
                "offset" => 2,
                "text" => 3,
                "end_lineno" => 4,
                "end_offset" => 5,
                _ => return Some(Value::None),
            };
            Some(details.get(pos).cloned().unwrap_or(Value::None))
        }
        "encoding" | "object" | "start" | "end" | "reason" if is(vm, exc, "UnicodeError") && args.len() == 5 => Some(match name {
            "encoding" => arg(0),
            "object" => arg(1),
            "start" => arg(2),
            "end" => arg(3),
            _ => arg(4),
        }),
        "name" if is(vm, exc, "AttributeError") || is(vm, exc, "NameError") || is(vm, exc, "ImportError") => Some(Value::None),
        "obj" if is(vm, exc, "AttributeError") => Some(Value::None),
        "path" if is(vm, exc, "ImportError") => Some(Value::None),
        "msg" if is(vm, exc, "ImportError") => Some(if args.len() == 1 { arg(0) } else { Value::None }),
        "name_from" if is(vm, exc, "ImportError") => Some(Value::None),
        _ => None,
    }
}

/// The keyword arguments of `BaseException.__init__` for the classes that take some.
pub fn init_kwargs(vm: &mut Vm, exc: &Value, kwargs: Vec<(String, Value)>) -> Result<(), PyErr> {
    if kwargs.is_empty() {
        return Ok(());
    }
    let allowed: &[&str] = if is(vm, exc, "AttributeError") {
        &["name", "obj"]
    } else if is(vm, exc, "NameError") {
        &["name"]
    } else if is(vm, exc, "ImportError") {
        &["name", "path", "name_from"]
    } else {
        &[]
    };
    let tname = vm.type_name(exc);
    for (k, v) in kwargs {
        if allowed.is_empty() {
            return Err(vm.type_error(format!("{tname}() takes no keyword arguments")));
        }
        if !allowed.contains(&k.as_str()) {
            return Err(vm.type_error(format!("{tname}() got an unexpected keyword argument '{k}'")));
        }
        if let Some(i) = exc_payload(exc) {
            i.attrs().borrow_mut().set_str(&k, v);
        }
    }
    Ok(())
}

/// `str(exc)` for the classes whose str is not their args' (None for the others).
pub fn special_str(vm: &mut Vm, exc: &Value) -> Option<String> {
    let args = args_of(exc);
    if is(vm, exc, "OSError") && (2..=5).contains(&args.len()) {
        let errno = vm.to_str(&args[0]).ok()?;
        let strerror = vm.to_str(&args[1]).ok()?;
        return Some(match (args.get(2), args.get(4)) {
            (Some(f), Some(f2)) if !matches!(f2, Value::None) => {
                format!("[Errno {errno}] {strerror}: {} -> {}", vm.repr(f).ok()?, vm.repr(f2).ok()?)
            }
            (Some(f), _) if !matches!(f, Value::None) => format!("[Errno {errno}] {strerror}: {}", vm.repr(f).ok()?),
            _ => format!("[Errno {errno}] {strerror}"),
        });
    }
    if is(vm, exc, "UnicodeDecodeError") && args.len() == 5 {
        let enc = vm.to_str(&args[0]).ok()?;
        let bytes = crate::builtins::methods::bytes_like(&args[1]).unwrap_or_default();
        let (Value::Int(start), Value::Int(end)) = (&args[2], &args[3]) else { return None };
        let reason = vm.to_str(&args[4]).ok()?;
        let start_u = usize::try_from(*start).ok()?;
        return Some(if *end == start + 1 && start_u < bytes.len() {
            format!("'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}", bytes[start_u])
        } else {
            format!("'{enc}' codec can't decode bytes in position {start}-{}: {reason}", end - 1)
        });
    }
    if is(vm, exc, "UnicodeEncodeError") && args.len() == 5 {
        let enc = vm.to_str(&args[0]).ok()?;
        let text = args[1].as_str()?.to_string();
        let (Value::Int(start), Value::Int(end)) = (&args[2], &args[3]) else { return None };
        let reason = vm.to_str(&args[4]).ok()?;
        let c = text.chars().nth(usize::try_from(*start).ok()?)?;
        let cp = c as u32;
        let shown = if cp < 0x100 { format!("\\x{cp:02x}") } else if cp < 0x10000 { format!("\\u{cp:04x}") } else { format!("\\U{cp:08x}") };
        return Some(if *end == start + 1 {
            format!("'{enc}' codec can't encode character '{shown}' in position {start}: {reason}")
        } else {
            format!("'{enc}' codec can't encode characters in position {start}-{}: {reason}", end - 1)
        });
    }
    None
}

/// The OSError subclass CPython picks for an errno (`OSError(2, ...)` is a
/// FileNotFoundError), by the errno module's numbers.
pub fn os_error_subclass(errno: i64) -> Option<&'static str> {
    Some(match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => return None,
    })
}
