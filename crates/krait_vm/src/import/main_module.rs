//! `-m NAME`: runpy's `_run_module_as_main`. The module (or a package's `__main__`
//! submodule) is found on `sys.path`, its parent packages imported, and its code run in
//! `__main__`'s namespace with `__spec__` set and `sys.argv[0]` the module's file.
//! Failures to find it are reported as `sys.executable: message` with status 1; an
//! exception raised by the program shows runpy's `<frozen runpy>` frames, as CPython's
//! traceback does.

use super::finder::Kind;
use super::{instance_get, module_dict, module_get};
use crate::interp::{PyErr, Vm};
use crate::objects::types::TbEntry;
use crate::value::Value;

/// Lines of CPython 3.14's `Lib/runpy.py` that tracebacks of `-m` programs show.
const RUN_MODULE_AS_MAIN: &str = "_run_module_as_main";
const GET_MODULE_DETAILS: &str = "_get_module_details";
const LINE_RUN_CODE_CALL: i32 = 203;
const LINE_EXEC: i32 = 88;
const LINE_GET_DETAILS_CALL: i32 = 194;
const LINE_IMPORT_PARENT: i32 = 114;
const LINE_PACKAGE_MAIN: i32 = 152;

fn runpy_frame(line: i32, name: &str) -> TbEntry {
    TbEntry { filename: "<frozen runpy>".to_string(), line: Some(line), name: name.to_string(), end_line: None, col: None, end_col: None, frame: None }
}

/// Appends outer frames (outermost last) to an exception's traceback.
fn add_outer_frames(e: &PyErr, frames: &[TbEntry]) {
    if let Some(crate::heap::Payload::Instance(i)) = e.0.payload() {
        i.exc().traceback.borrow_mut().extend(frames.iter().cloned());
    }
}

/// Why `-m` could not run the module: the text runpy passes to `sys.exit`, or an
/// exception from importing a parent package (with runpy's frames added).
enum DetailsError {
    Message(String),
    Raised(PyErr),
}

struct Details {
    name: String,
    found: super::finder::Found,
}

impl Vm {
    fn import_error_name(&self, e: &PyErr) -> Option<String> {
        let ie = self.types.exception("ImportError");
        if !crate::objects::types::is_subclass(&self.types.type_of(&e.0), &ie) {
            return None;
        }
        Some(instance_get(&e.0, "name").and_then(|n| n.as_str().map(str::to_string)).unwrap_or_default())
    }

    fn module_details(&mut self, name: &str, outer: &[TbEntry]) -> Result<Details, DetailsError> {
        if name.starts_with('.') {
            return Err(DetailsError::Message("Relative module names not supported".into()));
        }
        let parent = name.rsplit_once('.').map(|(p, _)| p.to_string());
        if let Some(pkg) = &parent
            && let Err(e) = self.import_module(pkg)
        {
            match self.import_error_name(&e) {
                Some(n) if !n.is_empty() && (n == *pkg || pkg.starts_with(&format!("{n}."))) => {}
                _ => {
                    let mut frames = vec![runpy_frame(LINE_IMPORT_PARENT, GET_MODULE_DETAILS)];
                    frames.extend_from_slice(outer);
                    add_outer_frames(&e, &frames);
                    return Err(DetailsError::Raised(e));
                }
            }
        }
        let spec_error = |kind: &str, msg: String| {
            DetailsError::Message(format!(
                "Error while finding module specification for {} ({kind}: {msg}){}",
                krait_syntax::ast::repr::str_repr(name),
                match name.strip_suffix(".py") {
                    Some(stem) => format!(". Try using '{stem}' instead of '{name}' as the module name."),
                    None => String::new(),
                }
            ))
        };
        let search = match &parent {
            None => None,
            Some(pkg) => {
                let Some(pm) = self.sys_modules_get(pkg) else {
                    let top = pkg.split('.').next().unwrap_or(pkg);
                    return Err(spec_error("ModuleNotFoundError", format!("No module named '{top}'")));
                };
                match module_get(&pm, "__path__").map(|p| self.seq_items(&p)) {
                    Some(Ok(items)) => Some(items.iter().filter_map(|v| v.as_str().map(str::to_string)).collect::<Vec<_>>()),
                    _ => {
                        return Err(spec_error(
                            "ModuleNotFoundError",
                            format!("__path__ attribute not found on '{pkg}' while trying to find '{name}'"),
                        ));
                    }
                }
            }
        };
        let found = match self.find_spec(name, search.as_deref()) {
            Ok(Some(f)) => f,
            Ok(None) => return Err(DetailsError::Message(format!("No module named {name}"))),
            Err(e) => {
                let text = self.exception_str(&e.0);
                let tn = self.type_name(&e.0);
                return Err(spec_error(&tn, text));
            }
        };
        if found.locations.is_some() {
            if name == "__main__" || name.ends_with(".__main__") {
                return Err(DetailsError::Message("Cannot use package as __main__ module".into()));
            }
            let mut frames = vec![runpy_frame(LINE_PACKAGE_MAIN, GET_MODULE_DETAILS)];
            frames.extend_from_slice(outer);
            return match self.module_details(&format!("{name}.__main__"), &frames) {
                Ok(d) => Ok(d),
                Err(DetailsError::Message(m)) if self.sys_modules_get(name).is_some() => Err(DetailsError::Message(format!(
                    "{m}; {} is a package and cannot be directly executed",
                    krait_syntax::ast::repr::str_repr(name)
                ))),
                Err(e) => Err(e),
            };
        }
        if matches!(found.kind, Kind::Namespace) {
            return Err(DetailsError::Message(format!(
                "{} is a namespace package and cannot be executed",
                krait_syntax::ast::repr::str_repr(name)
            )));
        }
        Ok(Details { name: name.to_string(), found })
    }
}

/// Runs module `name` as `__main__`: `Err(text)` when runpy would exit with a message
/// (the text includes the trailing newline), else the program's own result.
pub fn run_module_as_main(vm: &mut Vm, name: &str) -> Result<Result<(), PyErr>, String> {
    let outer = [runpy_frame(LINE_GET_DETAILS_CALL, RUN_MODULE_AS_MAIN)];
    let details = match vm.module_details(name, &outer) {
        Ok(d) => d,
        Err(DetailsError::Message(m)) => return Err(format!("{}: {m}\n", vm.import.config.executable)),
        Err(DetailsError::Raised(e)) => return Ok(Err(e)),
    };
    let Kind::Source { origin, source } = &details.found.kind else {
        return Err(format!("{}: No code object available for {}\n", vm.import.config.executable, details.name));
    };
    let (origin, source) = (origin.clone(), source.clone());
    let code = match vm.compile_module_source(&source, &origin) {
        Ok(c) => c,
        Err(e) => return Ok(Err(e)),
    };
    let (module, spec) = match vm.module_from_found(&details.found) {
        Ok(x) => x,
        Err(e) => return Ok(Err(e)),
    };
    // The module's attributes go into a fresh `__main__`, named `__main__`.
    let main = super::spec::new_module("__main__");
    if let (Some(src), Some(dst)) = (module_dict(&module), module_dict(&main)) {
        let mut dst = dst.borrow_mut();
        for (k, v) in src.borrow().iter() {
            if k.as_str() != Some("__name__") {
                let _ = dst.set(k.clone(), v.clone());
            }
        }
        dst.set_str("__builtins__", vm.builtins_module());
    }
    let _ = spec;
    vm.sys_modules_set("__main__", main.clone());
    if let Some(argv) = module_get(&vm.import.sys, "argv")
        && let Some(crate::heap::Payload::List(l)) = argv.payload()
        && let Some(first) = l.borrow_mut().first_mut()
    {
        *first = Value::str(origin.clone());
    }
    let r = crate::run_in(vm, code, &main);
    if let Err(e) = &r {
        add_outer_frames(e, &[runpy_frame(LINE_EXEC, "_run_code"), runpy_frame(LINE_RUN_CODE_CALL, RUN_MODULE_AS_MAIN)]);
    }
    Ok(r)
}
