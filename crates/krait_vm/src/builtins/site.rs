//! The builtins `site.py` adds (`exit`, `quit`, `copyright`, `credits`, `license`, `help`),
//! `breakpoint()` with `sys.breakpointhook`, and `input()`: the console's helpers.
//!
//! krait does not run `site.py` at startup (it would cost more than the whole `-c pass`),
//! so the objects are made here, unless `-S`, as instances of Rust-defined classes that
//! look like `_sitebuiltins`' own (`Quitter`, `_Printer`, `_Helper`: same names, module,
//! reprs, attributes and behaviour). `help()` imports `pydoc` when called, and
//! `sys.breakpointhook` imports `$PYTHONBREAKPOINT` (default `pdb.set_trace`, `0` turns it
//! off) when called.

use super::{Args, Kwargs, builtin};
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::native;
use crate::value::Value;

/// The text of `sys.copyright` (CPython's).
pub const COPYRIGHT: &str = "Copyright (c) 2001 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

const CREDITS: &str = "Thanks to CWI, CNRI, BeOpen, Zope Corporation, the Python Software\nFoundation, and a cast of thousands for supporting Python\ndevelopment.  See www.python.org for more information.";

/// `builtins.__doc__`.
pub const BUILTINS_DOC: &str = "Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full name for the built-in function len().\n\nThis module is not normally accessed explicitly by most\napplications, but can be useful in modules that provide\nobjects with the same name as a built-in value, but in\nwhich the built-in of that name is also needed.";

const LICENSE: &str = "See https://www.python.org/psf/license/";

/// `_Printer.MAXLINES`: longer texts are paged by calling the object.
const MAXLINES: usize = 23;

const HELPER_DOC: &str = "Define the builtin 'help'.\n\nThis is a wrapper around pydoc.help that provides a helpful message\nwhen 'help' is typed at the Python interactive prompt.\n\nCalling help() at the Python prompt starts an interactive help session.\nCalling help(thing) prints help for the python object 'thing'.\n";

/// A `_Printer`'s text.
struct Printer {
    name: &'static str,
    lines: Vec<String>,
}

/// Adds the site builtins to the builtins dict (the command line's `-S` leaves them out).
pub fn install(vm: &mut Vm) {
    let object = vm.types.object.clone();
    let quitter = native::new_type("Quitter", "_sitebuiltins", &object, &[("__repr__", quitter_repr), ("__call__", quitter_call)], &[], None);
    let printer = native::new_type("_Printer", "_sitebuiltins", &object, &[("__repr__", printer_repr), ("__call__", printer_call)], &[], None);
    let helper = native::new_type("_Helper", "_sitebuiltins", &object, &[("__repr__", helper_repr), ("__call__", helper_call)], &[], None);
    for (class, doc) in [(&quitter, Value::None), (&printer, Value::str("interactive prompt objects for printing the license text, a list of\ncontributors and the copyright notice.")), (&helper, Value::str(HELPER_DOC))] {
        if let Payload::Type(t) = &class.payload {
            let mut d = t.dict_mut();
            d.set_str("__doc__", doc);
            if std::ptr::eq(class, &printer) {
                d.set_str("MAXLINES", Value::Int(MAXLINES as i64));
            }
        }
    }
    let mut items: Vec<(&str, Value)> = Vec::new();
    for name in ["exit", "quit"] {
        let q = native::wrap(&quitter, ());
        crate::import::instance_set(&q, "name", Value::str(name));
        crate::import::instance_set(&q, "eof", Value::str("Ctrl-D (i.e. EOF)"));
        items.push((name, q));
    }
    for (name, text) in [("copyright", COPYRIGHT), ("credits", CREDITS), ("license", LICENSE)] {
        let p = native::wrap(&printer, Printer { name, lines: text.split('\n').map(str::to_string).collect() });
        crate::import::instance_set(&p, "_Printer__name", Value::str(name));
        crate::import::instance_set(&p, "_Printer__data", Value::str(text));
        items.push((name, p));
    }
    items.push(("help", native::wrap(&helper, ())));
    if let Some(Payload::Dict(d)) = vm.builtins.payload() {
        let mut d = d.borrow_mut();
        for (name, v) in items {
            d.set_str(name, v);
        }
    }
}

/// The builtins every run has: `breakpoint` and `input`.
pub fn functions() -> [(&'static str, crate::objects::function::BuiltinFn); 2] {
    [("breakpoint", breakpoint), ("input", input)]
}

fn receiver<'a>(vm: &Vm, args: &'a Args, what: &str) -> Result<&'a Value, PyErr> {
    args.first().ok_or_else(|| vm.type_error(format!("{what} needs an argument")))
}

fn quitter_repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = receiver(vm, &args, "__repr__")?;
    let name = vm.getattr(this, "name")?;
    let eof = vm.getattr(this, "eof")?;
    Ok(Value::str(format!("Use {}() or {} to exit", vm.to_str(&name)?, vm.to_str(&eof)?)))
}

/// `Quitter.__call__(code=None)`: closes `sys.stdin` (errors ignored), raises SystemExit.
fn quitter_call(vm: &mut Vm, args: Args, mut k: Kwargs) -> PyResult {
    let code = match (args.get(1), k.iter().position(|(n, _)| n == "code")) {
        (Some(_), Some(_)) => return Err(vm.type_error("Quitter.__call__() got multiple values for argument 'code'")),
        (Some(c), None) => c.clone(),
        (None, Some(i)) => k.remove(i).1,
        (None, None) => Value::None,
    };
    if args.len() > 2 {
        return Err(vm.type_error(format!("Quitter.__call__() takes from 1 to 2 positional arguments but {} were given", args.len())));
    }
    if let Some((name, _)) = k.first() {
        return Err(vm.type_error(format!("Quitter.__call__() got an unexpected keyword argument '{name}'")));
    }
    if let Some(stdin) = crate::import::module_get(&vm.import.sys, "stdin")
        && let Ok(close) = vm.getattr(&stdin, "close")
    {
        let _ = vm.call(close, vec![], vec![]);
    }
    let class = vm.types.exception("SystemExit");
    Err(PyErr(crate::interp::exceptions::new_exception(class, vec![code])))
}

fn printer_lines(vm: &Vm, this: &Value) -> Result<(&'static str, Vec<String>), PyErr> {
    native::with_state(this, |p: &mut Printer| (p.name, p.lines.clone())).ok_or_else(|| vm.type_error("_Printer object expected"))
}

fn printer_repr(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = receiver(vm, &args, "__repr__")?;
    let (name, lines) = printer_lines(vm, this)?;
    Ok(Value::str(if lines.len() <= MAXLINES { lines.join("\n") } else { format!("Type {name}() to see the full {name} text") }))
}

/// `_Printer.__call__()`: the text, `MAXLINES` lines at a time, asking to go on between.
fn printer_call(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let this = receiver(vm, &args, "__call__")?;
    let (_, lines) = printer_lines(vm, this)?;
    let print = super::builtin("print", super::print);
    let mut lineno = 0;
    loop {
        for line in lines.iter().skip(lineno).take(MAXLINES) {
            vm.call(print.clone(), vec![Value::str(line.clone())], vec![])?;
        }
        if lineno + MAXLINES >= lines.len() {
            return Ok(Value::None);
        }
        lineno += MAXLINES;
        let key = loop {
            let key = input(vm, smallvec::smallvec![Value::str("Hit Return for more, or q (and Return) to quit: ")], vec![])?;
            if let Some(k @ ("" | "q")) = key.as_str() {
                break k.to_string();
            }
        };
        if key == "q" {
            return Ok(Value::None);
        }
    }
}

fn helper_repr(_vm: &mut Vm, _args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::str("Type help() for interactive help, or help(object) for help about object."))
}

/// `help(*args, **kwds)`: `pydoc.help(*args, **kwds)`.
fn helper_call(vm: &mut Vm, args: Args, k: Kwargs) -> PyResult {
    let pydoc = vm.import_module("pydoc")?;
    let help = vm.getattr(&pydoc, "help")?;
    vm.call(help, args.into_iter().skip(1).collect(), k)
}

/// `breakpoint(*args, **kws)`: `sys.breakpointhook(*args, **kws)`.
fn breakpoint(vm: &mut Vm, args: Args, k: Kwargs) -> PyResult {
    match crate::import::module_get(&vm.import.sys, "breakpointhook") {
        Some(hook) => vm.call(hook, args.into_vec(), k),
        None => Err(vm.error("RuntimeError", "lost sys.breakpointhook")),
    }
}

/// `sys.breakpointhook(*args, **kws)`: calls the callable `$PYTHONBREAKPOINT` names
/// (`pdb.set_trace` when unset or empty; `0` does nothing); one that cannot be imported is
/// a RuntimeWarning.
pub fn breakpointhook(vm: &mut Vm, args: Args, k: Kwargs) -> PyResult {
    let setting = if vm.import.config.use_environment { std::env::var("PYTHONBREAKPOINT").ok() } else { None };
    let hook_name = match setting.as_deref() {
        None | Some("") => "pdb.set_trace".to_string(),
        Some("0") => return Ok(Value::None),
        Some(s) => s.to_string(),
    };
    let (module, attr) = match hook_name.rsplit_once('.') {
        Some((m, a)) => (m.to_string(), a.to_string()),
        None => ("builtins".to_string(), hook_name.clone()),
    };
    let found = match vm.import_module(&module) {
        Ok(m) => vm.getattr(&m, &attr).map_err(|e| (e, true)),
        Err(e) => Err((e, false)),
    };
    let hook = match found {
        Ok(h) => h,
        Err((e, _)) => {
            let class = vm.types.type_of(&e.0);
            let ignorable = crate::objects::types::is_subclass(&class, &vm.types.exception("ImportError"))
                || crate::objects::types::is_subclass(&class, &vm.types.exception("AttributeError"));
            if !ignorable {
                return Err(e);
            }
            vm.warn("RuntimeWarning", format!("Ignoring unimportable $PYTHONBREAKPOINT: \"{hook_name}\""), 1)?;
            return Ok(Value::None);
        }
    };
    vm.call(hook, args.into_vec(), k)
}

/// `input(prompt='')`: the prompt written to `sys.stdout` (flushed), a line read from
/// `sys.stdin` without its newline; EOFError at the end of input.
pub fn input(vm: &mut Vm, args: Args, k: Kwargs) -> PyResult {
    if let Some((name, _)) = k.first() {
        return Err(vm.type_error(format!("input() takes no keyword arguments (got '{name}')")));
    }
    if args.len() > 1 {
        return Err(vm.type_error(format!("input expected at most 1 argument, got {}", args.len())));
    }
    let lost = |vm: &Vm, what: &str| vm.error("RuntimeError", format!("input(): lost sys.{what}"));
    let stdin = match crate::import::module_get(&vm.import.sys, "stdin") {
        Some(Value::None) | None => return Err(lost(vm, "stdin")),
        Some(s) => s,
    };
    let stdout = match crate::import::module_get(&vm.import.sys, "stdout") {
        Some(Value::None) | None => return Err(lost(vm, "stdout")),
        Some(s) => s,
    };
    if let Some(prompt) = args.first() {
        let text = vm.to_str(prompt)?;
        let write = vm.getattr(&stdout, "write")?;
        vm.call(write, vec![Value::str(text)], vec![])?;
    }
    if let Ok(flush) = vm.getattr(&stdout, "flush") {
        vm.call(flush, vec![], vec![])?;
    }
    vm.flush();
    let readline = vm.getattr(&stdin, "readline")?;
    let line = vm.call(readline, vec![], vec![])?;
    let Some(text) = line.as_str() else {
        let tn = vm.type_name(&line);
        return Err(vm.type_error(format!("object.readline() returned non-string (type {tn})")));
    };
    if text.is_empty() {
        return Err(vm.error("EOFError", "EOF when reading a line"));
    }
    Ok(Value::str(text.strip_suffix('\n').unwrap_or(text)))
}

/// `sys.breakpointhook` and `sys.__breakpointhook__`.
pub fn sys_items() -> [(&'static str, Value); 2] {
    let hook = builtin("breakpointhook", breakpointhook);
    [("breakpointhook", hook.clone()), ("__breakpointhook__", hook)]
}
