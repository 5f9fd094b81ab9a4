//! `_warnings`: the C half of `warnings` — `warn`, `warn_explicit`, the default `filters`
//! (DeprecationWarning shown in `__main__`, ignored elsewhere with the other quiet
//! categories), `_defaultaction`, `_onceregistry`, `_filters_mutated_lock_held` and the lock
//! functions. `warn` finds the caller's frame at `stacklevel` (CPython's `setup_context`,
//! internal importlib frames and `skip_file_prefixes` skipped), and the filter, registry and
//! `once`/`module`/`default` rules are CPython's; `warnings.py`, when loaded, stays in charge
//! of what it replaces (`warnings.filters` may be reassigned) and of printing
//! (`_showwarnmsg`); before it is imported the warning is printed here as CPython's C
//! `show_warning` does. Either way stderr shows `file:line: Category: message` plus the
//! source line.
//!
//! Rust code warns through [`Vm::warn`] (CPython's `PyErr_WarnEx`): an `Err` is the
//! warning turned into an exception by an `error` filter, to be raised in its place.
//! [`Vm::warn_unawaited_coroutine`] is `_PyErr_WarnUnawaitedCoroutine`.

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::call::{new_list, new_tuple};
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::types::is_subclass;
use crate::value::Value;
use std::cell::{Cell, RefCell};

thread_local! {
    /// (filters, onceregistry, defaultaction) as made with the module.
    static STATE: RefCell<Option<(Value, Value, Value)>> = const { RefCell::new(None) };
    static VERSION: Cell<i64> = const { Cell::new(1) };
}

/// The `_warnings` module.
pub fn make(vm: &mut Vm) -> Value {
    let mut filters = Vec::new();
    let entry = |action: &str, cat: &str, module: Value, vm: &Vm| {
        new_tuple([Value::str(action), Value::None, Value::Obj(vm.types.exception(cat)), module, Value::Int(0)])
    };
    filters.push(entry("default", "DeprecationWarning", Value::str("__main__"), vm));
    for cat in ["DeprecationWarning", "PendingDeprecationWarning", "ImportWarning", "ResourceWarning"] {
        filters.push(entry("ignore", cat, Value::None, vm));
    }
    let filters = new_list(filters);
    let once = vm.new_dict();
    let action = Value::str("default");
    STATE.with(|s| *s.borrow_mut() = Some((filters.clone(), once.clone(), action.clone())));
    let context = match super::builtin_module(vm, "_contextvars") {
        Some(m) => vm
            .getattr(&m, "ContextVar")
            .and_then(|cv| vm.call(cv, vec![Value::str("warnings_context")], vec![]))
            .unwrap_or(Value::None),
        None => Value::None,
    };
    module(
        "_warnings",
        vec![
            ("filters", filters),
            ("_onceregistry", once),
            ("_defaultaction", action),
            ("_warnings_context", context),
            ("warn", builtin("warn", warn)),
            ("warn_explicit", builtin("warn_explicit", warn_explicit)),
            ("_filters_mutated_lock_held", builtin("_filters_mutated_lock_held", filters_mutated)),
            ("_acquire_lock", builtin("_acquire_lock", no_op)),
            ("_release_lock", builtin("_release_lock", no_op)),
        ],
    )
}

impl Vm {
    /// Issues a warning of the built-in `category` (a Warning subclass name) with
    /// `message`, attributed to the Python frame `stacklevel` levels up (1: the frame
    /// running now, whose Rust code warns). CPython's `PyErr_WarnEx`: filters, registries
    /// and printing as `warnings.warn`; `Err` when a filter turned it into an exception.
    pub fn warn(&mut self, category: &str, message: impl Into<String>, stacklevel: i64) -> Result<(), PyErr> {
        let category = Value::Obj(self.types.exception(category));
        warn_at(self, Value::str(message.into()), category, stacklevel, &[], Value::None)
    }

    /// A coroutine freed before it ever ran: `warnings._warn_unawaited_coroutine(coro)`
    /// (importing `warnings`), else a RuntimeWarning "coroutine '...' was never awaited"
    /// at the running frame; errors are reported as unraisable.
    pub fn warn_unawaited_coroutine(&mut self, coro: &Value, qualname: &str) {
        let hook = self.import_module("warnings").and_then(|m| self.getattr(&m, "_warn_unawaited_coroutine"));
        let warned = match hook.and_then(|f| self.call(f, vec![coro.clone()], vec![])) {
            Ok(_) => true,
            Err(e) => {
                let warned = self.is_instance_of(&e.0, "RuntimeWarning");
                write_unraisable(self, &e, coro);
                warned
            }
        };
        if !warned && let Err(e) = self.warn("RuntimeWarning", format!("coroutine '{qualname}' was never awaited"), 1) {
            write_unraisable(self, &e, coro);
        }
    }
}

/// The unraisable hook's report of an error while finalizing `coro`.
fn write_unraisable(vm: &mut Vm, err: &PyErr, coro: &Value) {
    let what = vm.repr(coro).unwrap_or_default();
    let text = vm.format_exception(&err.0);
    vm.flush();
    vm.write_stderr(&format!("Exception ignored while finalizing coroutine {what}:\n{text}"));
}

/// A frame of importlib's bootstrap (skipped when looking for the caller).
fn is_internal_filename(name: &str) -> bool {
    name.contains("importlib") && name.contains("_bootstrap")
}

/// Where a warning `stacklevel` frames up is attributed: (globals, filename, lineno),
/// as CPython's `setup_context` (sys's dict and "<sys>" past the outermost frame).
fn caller_context(vm: &mut Vm, stacklevel: i64, skip: &[String]) -> Result<(Value, Value, i64), PyErr> {
    let skipped = |vm: &Vm, i: usize| {
        let name = &vm.frames[i].code.filename;
        is_internal_filename(name) || skip.iter().any(|p| name.starts_with(p.as_str()))
    };
    let mut at = vm.frames.len().checked_sub(1);
    let mut level = stacklevel;
    let plain = stacklevel <= 0 || at.is_some_and(|i| is_internal_filename(&vm.frames[i].code.filename));
    while level > 1
        && let Some(i) = at
    {
        level -= 1;
        at = i.checked_sub(1);
        while !plain
            && let Some(j) = at
            && skipped(vm, j)
        {
            at = j.checked_sub(1);
        }
    }
    Ok(match at {
        Some(i) => {
            let f = &vm.frames[i];
            let line = f.code.positions.get(f.lasti / 2).and_then(|p| p.line).unwrap_or(f.code.firstlineno);
            (f.globals.clone(), Value::str(f.code.filename.clone()), i64::from(line))
        }
        None => {
            let sys = vm.import.sys.clone();
            (vm.getattr(&sys, "__dict__")?, Value::str("<sys>"), 0)
        }
    })
}

/// `warn()` once its arguments are known: the context, the registry, then the filters.
fn warn_at(vm: &mut Vm, message: Value, category: Value, stacklevel: i64, skip: &[String], source: Value) -> Result<(), PyErr> {
    let (globals, filename, lineno) = caller_context(vm, stacklevel, skip)?;
    let module = match dict_get(vm, &globals, &Value::str("__name__"))? {
        Some(m) if matches!(m, Value::None) || m.as_str().is_some() => m,
        _ => Value::str("<string>"),
    };
    let reg_key = Value::str("__warningregistry__");
    let registry = match dict_get(vm, &globals, &reg_key)? {
        Some(r) => r,
        None => {
            let r = vm.new_dict();
            dict_set(vm, &globals, reg_key, r.clone())?;
            r
        }
    };
    do_warn_explicit(vm, Explicit { message, category, filename, lineno, module, registry, source }).map(|_| ())
}

fn no_op(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::None)
}

fn filters_mutated(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    VERSION.with(|v| v.set(v.get() + 1));
    Ok(Value::None)
}

/// `warnings.<name>` when the warnings module is loaded, else this module's own value
/// (`which`: 0 filters, 1 onceregistry, 2 defaultaction).
fn setting(vm: &mut Vm, name: &str, which: usize) -> Value {
    if let Some(v) = super::util::loaded_attr(vm, "warnings", name) {
        return v;
    }
    if STATE.with(|s| s.borrow().is_none()) {
        // Warned from Rust before anything imported `_warnings`: make its state now.
        let _ = make(vm);
    }
    STATE.with(|s| s.borrow().as_ref().map(|(f, o, a)| [f, o, a][which].clone())).unwrap_or(Value::None)
}

/// `obj` matches `arg`: None matches anything, a str must be equal, else `obj.match(arg)`.
fn matches(vm: &mut Vm, obj: &Value, arg: &Value) -> Result<bool, PyErr> {
    if matches!(obj, Value::None) {
        return Ok(true);
    }
    if obj.as_str().is_some() {
        return vm.eq(obj, arg);
    }
    let m = vm.getattr(obj, "match")?;
    let r = vm.call(m, vec![arg.clone()], vec![])?;
    vm.truthy(&r)
}

fn get_action(vm: &mut Vm, category: &Value, text: &Value, lineno: i64, module: &Value) -> PyResult {
    let filters = setting(vm, "filters", 0);
    let Some(Payload::List(l)) = filters.payload() else {
        return Err(vm.error("ValueError", "_warnings.filters must be a list"));
    };
    let items = l.borrow().clone();
    for (i, item) in items.iter().enumerate() {
        let parts = match item.payload() {
            Some(Payload::Tuple(t)) if t.len() == 5 => t.to_vec(),
            _ => return Err(vm.error("ValueError", format!("_warnings.filters item {i} isn't a 5-tuple"))),
        };
        let (action, msg, cat, m, ln) = (&parts[0], &parts[1], &parts[2], &parts[3], &parts[4]);
        let good_cat = match (category.as_obj(), cat.as_obj()) {
            (Some(a), Some(b)) => is_subclass(a, b),
            _ => false,
        };
        if !good_cat || !matches(vm, msg, text)? || !matches(vm, m, module)? {
            continue;
        }
        let ln = super::util::index_i64(vm, ln)?;
        if ln == 0 || ln == lineno {
            return Ok(action.clone());
        }
    }
    Ok(setting(vm, "defaultaction", 2))
}

fn dict_get(vm: &mut Vm, d: &Value, key: &Value) -> Result<Option<Value>, PyErr> {
    match d.payload() {
        Some(Payload::Dict(cell)) => vm.dict_get(cell, key),
        _ => Ok(None),
    }
}

fn dict_set(vm: &mut Vm, d: &Value, key: Value, v: Value) -> Result<(), PyErr> {
    if let Some(Payload::Dict(cell)) = d.payload() {
        vm.dict_set(cell, key, v)?;
    }
    Ok(())
}

/// Has `key` been recorded in `registry` (clearing it when the filters changed)?
fn already_warned(vm: &mut Vm, registry: &Value, key: &Value, record: bool) -> Result<bool, PyErr> {
    let Some(Payload::Dict(cell)) = registry.payload() else { return Ok(false) };
    let version = VERSION.with(Cell::get);
    let have = vm.dict_get(cell, &Value::str("version"))?;
    if !matches!(have, Some(Value::Int(v)) if v == version) {
        *cell.borrow_mut() = crate::objects::dict::Dict::new();
        vm.dict_set(cell, Value::str("version"), Value::Int(version))?;
    } else if let Some(v) = vm.dict_get(cell, key)?
        && vm.truthy(&v)?
    {
        return Ok(true);
    }
    if record {
        vm.dict_set(cell, key.clone(), Value::Bool(true))?;
    }
    Ok(false)
}

struct Explicit {
    message: Value,
    category: Value,
    filename: Value,
    lineno: i64,
    module: Value,
    registry: Value,
    source: Value,
}

fn do_warn_explicit(vm: &mut Vm, w: Explicit) -> PyResult {
    let module = if matches!(w.module, Value::None) {
        let f = vm.to_str(&w.filename)?;
        Value::str(f.strip_suffix(".py").unwrap_or(&f))
    } else {
        w.module
    };
    let warning_cls = vm.types.exception("Warning");
    let is_warning = is_subclass(&vm.types.type_of(&w.message), &warning_cls);
    let (text, category, message) = if is_warning {
        (Value::str(vm.to_str(&w.message)?), Value::Obj(vm.types.type_of(&w.message)), w.message)
    } else {
        let m = vm.call(w.category.clone(), vec![w.message.clone()], vec![])?;
        (w.message, w.category, m)
    };
    let key = new_tuple([text.clone(), category.clone(), Value::Int(w.lineno)]);
    if !matches!(w.registry, Value::None) && already_warned(vm, &w.registry, &key, false)? {
        return Ok(Value::None);
    }
    let action = get_action(vm, &category, &text, w.lineno, &module)?;
    let act = vm.to_str(&action)?;
    match act.as_str() {
        "error" => return Err(PyErr(message)),
        "ignore" => return Ok(Value::None),
        "once" => {
            if !matches!(w.registry, Value::None) {
                dict_set(vm, &w.registry, key, Value::Bool(true))?;
            }
            let once = setting(vm, "onceregistry", 1);
            let oncekey = new_tuple([text.clone(), category.clone()]);
            if dict_get(vm, &once, &oncekey)?.is_some() {
                return Ok(Value::None);
            }
            dict_set(vm, &once, oncekey, Value::Bool(true))?;
        }
        "always" | "all" => {}
        "module" => {
            if !matches!(w.registry, Value::None) {
                dict_set(vm, &w.registry, key, Value::Bool(true))?;
                let alt = new_tuple([text.clone(), category.clone(), Value::Int(0)]);
                if already_warned(vm, &w.registry, &alt, true)? {
                    return Ok(Value::None);
                }
            }
        }
        "default" => {
            if !matches!(w.registry, Value::None) {
                dict_set(vm, &w.registry, key, Value::Bool(true))?;
            }
        }
        _ => {
            let (a, i) = (vm.repr(&action)?, vm.repr(&new_tuple([action.clone()]))?);
            return Err(vm.error("RuntimeError", format!("Unrecognized action ({a}) in warnings.filters:\n {i}")));
        }
    }
    // The Python implementation shows it when loaded (imported first when there is a
    // source object, whose allocation traceback only it can show); else CPython's C
    // `show_warning`.
    let loaded = super::util::loaded_attr(vm, "warnings", "_showwarnmsg").is_some();
    if !loaded && matches!(w.source, Value::None) {
        show_warning(vm, &w.filename, w.lineno, &text, &category)?;
        return Ok(Value::None);
    }
    let warnings = vm.import_module("warnings")?;
    let wm = vm.getattr(&warnings, "WarningMessage")?;
    let msg = vm.call(wm, vec![message, category, w.filename, Value::Int(w.lineno), Value::None, Value::None, w.source], vec![])?;
    let show = vm.getattr(&warnings, "_showwarnmsg")?;
    vm.call(show, vec![msg], vec![])?;
    Ok(Value::None)
}

/// CPython's C `show_warning`: `file:line: Category: text` and the source line, written
/// to `sys.stderr`.
fn show_warning(vm: &mut Vm, filename: &Value, lineno: i64, text: &Value, category: &Value) -> Result<(), PyErr> {
    let name = vm.getattr(category, "__name__")?;
    let (file, name, text) = (vm.to_str(filename)?, vm.to_str(&name)?, vm.to_str(text)?);
    let mut out = format!("{file}:{lineno}: {name}: {text}\n");
    // CPython reads the line from the file itself (`_Py_DisplaySourceLine`): code from `-c`,
    // `exec` or the prompt (`<string>`, `<stdin>`) has no file, so no line.
    let on_disk = !(file.starts_with('<') && file.ends_with('>'));
    if let Some(line) = i32::try_from(lineno).ok().filter(|_| on_disk).and_then(|l| crate::interp::exceptions::source_line(&file, l)) {
        out.push_str(&format!("  {}\n", line.trim()));
    }
    let sys = vm.import.sys.clone();
    let stderr = vm.getattr(&sys, "stderr")?;
    if stderr.is(&vm.stderr_marker) {
        vm.write_stderr(&out);
    } else if !matches!(stderr, Value::None) {
        let write = vm.getattr(&stderr, "write")?;
        vm.call(write, vec![Value::str(out)], vec![])?;
    }
    Ok(())
}

fn warn(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let mut with_receiver = vec![Value::None];
    with_receiver.extend(args);
    let p = crate::builtins::methods::bind_args(vm, "warn", &with_receiver, &kwargs, &["message", "category", "stacklevel", "source", "skip_file_prefixes"], 1)?;
    let get = |i: usize| p.get(i).cloned().flatten();
    let message = get(0).unwrap_or(Value::None);
    let warning_cls = vm.types.exception("Warning");
    let category = if is_subclass(&vm.types.type_of(&message), &warning_cls) {
        Value::Obj(vm.types.type_of(&message))
    } else {
        match get(1) {
            None | Some(Value::None) => Value::Obj(vm.types.exception("UserWarning")),
            Some(c) => {
                let ok = matches!(c.payload(), Some(Payload::Type(_))) && c.as_obj().is_some_and(|o| is_subclass(o, &warning_cls));
                if !ok {
                    return Err(vm.type_error(format!("category must be a Warning subclass, not '{}'", vm.type_name(&c))));
                }
                c
            }
        }
    };
    let mut stacklevel = match get(2) {
        Some(v) => super::util::index_i64(vm, &v)?,
        None => 1,
    };
    let mut skip = Vec::new();
    if let Some(prefixes) = get(4).filter(|v| !matches!(v, Value::None)) {
        let Some(Payload::Tuple(t)) = prefixes.payload() else {
            return Err(vm.type_error(format!("warn() argument 'skip_file_prefixes' must be tuple, not {}", vm.type_name(&prefixes))));
        };
        for item in t.iter() {
            match item.as_str() {
                Some(s) => skip.push(s.to_string()),
                None => return Err(vm.type_error("Found non-str '".to_string() + &vm.type_name(item) + "' in skip_file_prefixes.")),
            }
        }
        if !skip.is_empty() && stacklevel < 2 {
            stacklevel = 2;
        }
    }
    warn_at(vm, message, category, stacklevel, &skip, get(3).unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn warn_explicit(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let mut with_receiver = vec![Value::None];
    with_receiver.extend(args);
    let names = ["message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"];
    let p = crate::builtins::methods::bind_args(vm, "warn_explicit", &with_receiver, &kwargs, &names, 4)?;
    let get = |i: usize| p.get(i).cloned().flatten().unwrap_or(Value::None);
    let lineno = super::util::index_i64(vm, &get(3))?;
    let filename = get(2);
    if filename.as_str().is_none() {
        return Err(vm.type_error(format!("warn_explicit() argument 3 must be str, not {}", vm.type_name(&filename))));
    }
    do_warn_explicit(vm, Explicit { message: get(0), category: get(1), filename, lineno, module: get(4), registry: get(5), source: get(7) })
}
