//! Imports, as CPython's `importlib._bootstrap` does them: `sys.modules` (a real dict Python
//! code may change), `sys.path` searched for `.py` modules, packages and namespace packages
//! in directories and zip archives, relative imports, `from m import name` (falling back to
//! submodules), `import *`, and CPython's messages for every failure.
//!
//! Promises: a module's code runs once; a module whose code fails is removed from
//! `sys.modules`; a module is in `sys.modules` (with `__spec__._initializing` true) while its
//! code runs, so circular imports see the partially initialized module, as in CPython.
//!
//! Files: `names.rs` (resolving relative names), `finder.rs` (the path search), `zipfile.rs`
//! (zip archives on `sys.path`), `stdlib.rs` (where the standard library is), `spec.rs`
//! (module specs, loaders and module objects), `from.rs` (`from m import x`, `import *`,
//! attribute errors of modules), `api.rs` (`__import__`), `bootstrap.rs` (the stdlib's
//! `importlib._bootstrap*` run as `_frozen_importlib*` when a program imports `importlib`),
//! `zipimport.rs` (the `zipimporter` loader and path hook).

pub mod api;
pub mod bootstrap;
pub mod cache;
pub mod finder;
pub mod from;
pub mod frozen;
pub mod main_module;
pub mod names;
pub mod spec;
pub mod startup;
pub mod stdlib;
pub mod zipfile;
pub mod zipimport;

use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::dict::Dict;
use crate::value::{ObjRef, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::PathBuf;
use std::rc::Rc;

pub use spec::SpecClasses;

/// How the interpreter was started, as far as imports and `sys` need to know.
#[derive(Clone, Debug, Default)]
pub struct ImportConfig {
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// The first `sys.path` entry (the script's directory, `''` for `-c`, the cwd for `-m`);
    /// `None` with `-I`/`-P`.
    pub path0: Option<String>,
    /// CPython's `config->sys_path_0`: set when the command line computed `path0`, used for
    /// the "consider renaming" hints. Embedders (the conformance runner) leave it unset.
    pub shadow_check_path0: Option<String>,
    /// Extra entries after `path0` (PYTHONPATH).
    pub extra_paths: Vec<String>,
    /// `--stdlib PATH`.
    pub stdlib: Option<PathBuf>,
    /// Read `KRAIT_STDLIB`, `PYTHONPATH` and the other environment variables (`-E`/`-I` clear it).
    pub use_environment: bool,
    /// `-B` / PYTHONDONTWRITEBYTECODE.
    pub dont_write_bytecode: bool,
    /// `-O` count.
    pub optimize: u8,
    /// The sys.flags values that are only reported.
    pub flags: Flags,
    /// `sys.executable`.
    pub executable: String,
    /// `sys.orig_argv`.
    pub orig_argv: Vec<String>,
    /// `-W` options (`sys.warnoptions`) and `-X` options (`sys._xoptions`).
    pub warnoptions: Vec<String>,
    pub xoptions: Vec<String>,
}

/// `sys.flags` fields krait records but does not act on (yet).
#[derive(Clone, Debug, Default)]
pub struct Flags {
    pub inspect: bool,
    pub interactive: bool,
    pub no_user_site: bool,
    pub no_site: bool,
    pub ignore_environment: bool,
    pub verbose: u8,
    pub bytes_warning: u8,
    pub quiet: bool,
    pub isolated: bool,
    pub dev_mode: bool,
    pub utf8_mode: bool,
    pub safe_path: bool,
    pub unbuffered: bool,
    /// `-X warn_default_encoding`.
    pub warn_default_encoding: bool,
    /// `-x`: the program's first line is skipped (not a sys.flags field).
    pub skip_first_line: bool,
}

/// The importer's state: `sys.modules`, the `sys` module, the configuration, the spec and
/// loader classes, and the zip archives opened so far.
#[derive(Debug)]
pub struct ImportState {
    /// `sys.modules`.
    pub modules: Value,
    /// The `sys` module (CPython's `interp->sysdict`): found even when removed from
    /// `sys.modules`.
    pub sys: Value,
    pub config: ImportConfig,
    pub classes: SpecClasses,
    /// The standard library location (a directory or a zip), once looked for.
    pub stdlib: Option<Option<PathBuf>>,
    pub zips: HashMap<PathBuf, Option<Rc<zipfile::ZipIndex>>>,
    /// The builtin `__import__` (IMPORT_NAME calls a replacement through the builtins dict).
    pub original_import: Value,
}

impl ImportState {
    pub fn new(object: &ObjRef) -> ImportState {
        ImportState {
            modules: Value::new_obj(Payload::Dict(RefCell::new(Dict::new()))),
            sys: Value::None,
            config: ImportConfig { use_environment: true, ..ImportConfig::default() },
            classes: SpecClasses::new(object),
            stdlib: None,
            zips: HashMap::new(),
            original_import: Value::None,
        }
    }
}

/// The dict of a module object.
pub fn module_dict(m: &Value) -> Option<&RefCell<Dict>> {
    match m.payload() {
        Some(Payload::Module { dict, .. }) => match &dict.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

/// An attribute stored in a module's dict (no `__getattr__`).
pub fn module_get(m: &Value, name: &str) -> Option<Value> {
    module_dict(m).and_then(|d| d.borrow().get_str(name))
}

/// An attribute of a spec or loader instance (its dict only).
pub fn instance_get(v: &Value, name: &str) -> Option<Value> {
    match v.payload() {
        Some(Payload::Instance(i)) => i.attrs().borrow().get_str(name),
        _ => None,
    }
}

/// Sets an attribute of a spec or loader instance.
pub fn instance_set(v: &Value, name: &str, value: Value) {
    if let Some(Payload::Instance(i)) = v.payload() {
        i.attrs().borrow_mut().set_str(name, value);
    }
}

/// Is this value true in the sense the importer needs (bool, int, None)?
fn truthy(v: &Option<Value>) -> bool {
    match v {
        Some(Value::Bool(b)) => *b,
        Some(Value::Int(i)) => *i != 0,
        Some(Value::None) | None => false,
        Some(_) => true,
    }
}

impl Vm {
    /// `sys.modules[name]`, if present (None included).
    pub fn sys_modules_get(&self, name: &str) -> Option<Value> {
        match self.import.modules.payload() {
            Some(Payload::Dict(d)) => d.borrow().get_str(name),
            _ => None,
        }
    }

    /// `sys.modules[name] = module`.
    pub fn sys_modules_set(&self, name: &str, module: Value) {
        if let Some(Payload::Dict(d)) = self.import.modules.payload() {
            d.borrow_mut().set_str(name, module);
        }
    }

    /// `sys.modules.pop(name, None)`.
    pub fn sys_modules_remove(&self, name: &str) -> Option<Value> {
        match self.import.modules.payload() {
            Some(Payload::Dict(d)) => d.borrow_mut().remove(&Value::str(name)).ok().flatten(),
            _ => None,
        }
    }

    /// `import name` (absolute, level 0): the module itself (not the top-level package).
    pub fn import_module(&mut self, name: &str) -> PyResult {
        if name.is_empty() {
            return Err(self.error("ValueError", "Empty module name"));
        }
        self.gcd_import(name)
    }

    /// IMPORT_NAME: `__import__(name, globals, None, fromlist, level)` with the builtin
    /// `__import__` or the one a program installed in builtins.
    pub fn import_name(&mut self, name: &Value, globals: &Value, fromlist: Value, level: Value) -> PyResult {
        let current = match self.builtins.payload() {
            Some(Payload::Dict(d)) => d.borrow().get_str("__import__"),
            _ => None,
        };
        match current {
            None => Err(self.error("ImportError", "__import__ not found")),
            Some(f) if f.is(&self.import.original_import) => {
                let level = match level {
                    Value::Int(n) => n,
                    _ => 0,
                };
                let name = name.as_str().unwrap_or_default().to_string();
                self.import_level(&name, globals, &fromlist, level)
            }
            Some(f) => self.call(f, vec![name.clone(), globals.clone(), Value::None, fromlist, level], vec![]),
        }
    }

    /// `__import__(name, globals, locals, fromlist, level)`: CPython's
    /// `PyImport_ImportModuleLevelObject`.
    pub fn import_level(&mut self, name: &str, globals: &Value, fromlist: &Value, level: i64) -> PyResult {
        if level < 0 {
            return Err(self.error("ValueError", "level must be >= 0"));
        }
        let abs_name = if level > 0 {
            let package = self.package_of(globals)?;
            names::resolve(self, name, &package, level)?
        } else {
            if name.is_empty() {
                return Err(self.error("ValueError", "Empty module name"));
            }
            name.to_string()
        };
        let module = self.gcd_import(&abs_name)?;
        let has_fromlist = match fromlist.payload() {
            Some(Payload::Tuple(t)) => !t.is_empty(),
            Some(Payload::List(l)) => !l.borrow().is_empty(),
            _ => !matches!(fromlist, Value::None | Value::Null),
        };
        if !has_fromlist {
            if level == 0 || !name.is_empty() {
                // `import a.b.c` binds `a`: the top package of what was imported.
                let front_len = name.split('.').next().map_or(0, str::len);
                if level == 0 {
                    let front = &name[..front_len];
                    return self.sys_modules_get(front).ok_or_else(|| {
                        self.error("KeyError", format!("{front:?} not in sys.modules"))
                    });
                }
                let cut_off = name.len() - front_len;
                let top = &abs_name[..abs_name.len() - cut_off];
                return self.sys_modules_get(top).ok_or_else(|| self.error("KeyError", format!("'{top}' not in sys.modules")));
            }
            return Ok(module);
        }
        if module_get(&module, "__path__").is_some() {
            let items = self.seq_items(fromlist)?;
            self.handle_fromlist(&module, &items, false)?;
        }
        Ok(module)
    }

    /// `_handle_fromlist`: imports the submodules a `from package import a, b` names when
    /// the package has no attribute of that name.
    fn handle_fromlist(&mut self, module: &Value, fromlist: &[Value], recursive: bool) -> Result<(), PyErr> {
        let modname = module_get(module, "__name__").and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        for x in fromlist {
            let Some(x_str) = x.as_str() else {
                let where_ = if recursive { format!("{modname}.__all__") } else { "``from list''".to_string() };
                let tn = self.type_name(x);
                return Err(self.type_error(format!("Item in {where_} must be str, not {tn}")));
            };
            if x_str == "*" {
                if !recursive && let Some(all) = self.module_attr(module, "__all__")? {
                    let items = self.seq_items(&all)?;
                    self.handle_fromlist(module, &items, true)?;
                }
                continue;
            }
            if self.module_attr(module, x_str)?.is_some() {
                continue;
            }
            let from_name = format!("{modname}.{x_str}");
            match self.gcd_import(&from_name) {
                Ok(_) => {}
                Err(e) => {
                    let missing = self.is_module_not_found_for(&e, &from_name);
                    if missing && !matches!(self.sys_modules_get(&from_name), Some(Value::None)) {
                        continue;
                    }
                    return Err(e);
                }
            }
        }
        Ok(())
    }

    /// `getattr(module, name, None)` for modules (through `__getattr__`) and other objects.
    pub fn module_attr(&mut self, module: &Value, name: &str) -> Result<Option<Value>, PyErr> {
        match self.getattr(module, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                let attr_error = self.types.exception("AttributeError");
                if crate::objects::types::is_subclass(&self.types.type_of(&e.0), &attr_error) {
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }

    /// Is `e` a ModuleNotFoundError whose `name` is `name`?
    fn is_module_not_found_for(&self, e: &PyErr, name: &str) -> bool {
        let mnf = self.types.exception("ModuleNotFoundError");
        crate::objects::types::is_subclass(&self.types.type_of(&e.0), &mnf)
            && instance_get(&e.0, "name").is_some_and(|n| n.as_str() == Some(name))
    }

    /// A ModuleNotFoundError with its `name` attribute.
    pub fn module_not_found(&self, msg: String, name: &str) -> PyErr {
        let e = self.error("ModuleNotFoundError", msg);
        instance_set(&e.0, "name", Value::str(name));
        instance_set(&e.0, "path", Value::None);
        e
    }

    /// An ImportError with its `name` and `path` attributes.
    pub fn import_error(&self, msg: String, name: Option<&str>, path: Option<&str>) -> PyErr {
        let e = self.error("ImportError", msg);
        instance_set(&e.0, "name", name.map_or(Value::None, Value::str));
        instance_set(&e.0, "path", path.map_or(Value::None, Value::str));
        e
    }

    /// `_gcd_import` / `_find_and_load`: the module `name` (absolute), imported if needed.
    pub fn gcd_import(&mut self, name: &str) -> PyResult {
        if let Some(m) = self.sys_modules_get(name) {
            if matches!(m, Value::None) {
                return Err(self.module_not_found(format!("import of {name} halted; None in sys.modules"), name));
            }
            return Ok(m);
        }
        self.find_and_load(name)
    }

    fn find_and_load(&mut self, name: &str) -> PyResult {
        let (parent, child) = match name.rfind('.') {
            Some(i) => (&name[..i], &name[i + 1..]),
            None => ("", name),
        };
        let mut search: Option<Vec<String>> = None;
        let mut parent_module = Value::None;
        if !parent.is_empty() {
            if self.sys_modules_get(parent).is_none() {
                self.gcd_import(parent)?;
            }
            // The parent's import may have imported this module as a side effect.
            if let Some(m) = self.sys_modules_get(name) {
                return Ok(m);
            }
            parent_module = self.sys_modules_get(parent).unwrap_or(Value::None);
            let path = self.module_attr(&parent_module, "__path__")?;
            match path {
                Some(p) => {
                    let entries = self.seq_items(&p)?;
                    search = Some(entries.iter().filter_map(|v| v.as_str().map(str::to_string)).collect());
                }
                None => {
                    return Err(
                        self.module_not_found(format!("No module named '{name}'; '{parent}' is not a package"), name)
                    );
                }
            }
        }
        let Some(found) = self.find_spec(name, search.as_deref())? else {
            let msg = match self.stdlib_missing_hint(name) {
                Some(hint) => format!("No module named '{name}' ({hint})"),
                None => format!("No module named '{name}'"),
            };
            return Err(self.module_not_found(msg, name));
        };
        let parent_spec = if parent.is_empty() { None } else { module_get(&parent_module, "__spec__") };
        if let Some(ps) = &parent_spec {
            spec::add_uninitialized_submodule(ps, child, true);
        }
        let result = self.load(found);
        if let Some(ps) = &parent_spec {
            spec::add_uninitialized_submodule(ps, child, false);
        }
        let module = result?;
        if !parent.is_empty() {
            let _ = self.setattr(&parent_module, child, module.clone());
        }
        Ok(module)
    }

    /// `_load_unlocked`: creates the module, puts it in `sys.modules`, runs its code.
    fn load(&mut self, found: finder::Found) -> PyResult {
        let name = found.name.clone();
        let (module, spec) = self.module_from_found(&found)?;
        instance_set(&spec, "_initializing", Value::Bool(true));
        self.sys_modules_set(&name, module.clone());
        let result = self.exec_found(&found, &module);
        instance_set(&spec, "_initializing", Value::Bool(false));
        // `importlib`'s bootstrap may have replaced the spec by one of its own class.
        if let Some(now) = module_get(&module, "__spec__")
            && !now.is(&spec)
            && truthy(&instance_get(&now, "_initializing"))
        {
            instance_set(&now, "_initializing", Value::Bool(false));
        }
        if let Err(e) = result {
            self.sys_modules_remove(&name);
            return Err(e);
        }
        // The module may have replaced itself in sys.modules; move it to the end as
        // CPython's pop-and-reinsert does.
        match self.sys_modules_remove(&name) {
            Some(m) => {
                self.sys_modules_set(&name, m.clone());
                Ok(m)
            }
            None => Err(self.import_error(format!("Loaded module {name} not found in sys.modules"), Some(&name), None)),
        }
    }

    /// Runs the code of a found module in its namespace (nothing for namespace packages).
    fn exec_found(&mut self, found: &finder::Found, module: &Value) -> Result<(), PyErr> {
        let code = match &found.kind {
            finder::Kind::Source { origin, source } => match found.archive.as_deref() {
                Some(archive) => self.compile_archived(source, origin, archive)?,
                None => self.compile_cached(source, origin)?,
            },
            finder::Kind::Frozen { source } => self.compile_module_source(source.as_bytes(), &format!("<frozen {}>", found.name))?,
            finder::Kind::Bootstrap => return self.exec_frozen(&found.name, module),
            finder::Kind::Builtin | finder::Kind::Namespace => return Ok(()),
        };
        self.exec_module_code(code, module)
    }

    /// Runs a module's code object in the module's namespace.
    fn exec_module_code(&mut self, code: Rc<crate::objects::function::CodeInfo>, module: &Value) -> Result<(), PyErr> {
        let Value::Obj(dict) = (match module.payload() {
            Some(Payload::Module { dict, .. }) => Value::Obj(dict.clone()),
            _ => Value::None,
        }) else {
            return Ok(());
        };
        let globals = Value::Obj(dict);
        self.native_depth += 1;
        let r = self.run_code(code, globals.clone(), Some(globals));
        self.native_depth -= 1;
        r.map(|_| ())
    }

    /// The code of a module file: from its `__pycache__` entry when fresh, else compiled
    /// (and the cache written unless `-B`).
    pub fn compile_cached(&mut self, source: &[u8], origin: &str) -> Result<Rc<crate::objects::function::CodeInfo>, PyErr> {
        let optimize = self.import.config.optimize;
        if let Some(code) = cache::load(origin, optimize) {
            crate::interp::exceptions::register_source(origin, source);
            return Ok(crate::interp::eval::load_code(&code));
        }
        let code = self.compile_object(source, origin)?;
        if !self.import.config.dont_write_bytecode && !self.bytecode_disabled_by_sys() {
            cache::store(origin, optimize, &code);
        }
        Ok(crate::interp::eval::load_code(&code))
    }

    /// The code of a module read from the zip archive `archive` (its `origin` inside it):
    /// from krait's cache of archived modules when it holds this source, else compiled and
    /// cached; see `cache` (KRAIT_NO_ARCHIVE_CACHE turns it off).
    fn compile_archived(&mut self, source: &[u8], origin: &str, archive: &str) -> Result<Rc<crate::objects::function::CodeInfo>, PyErr> {
        let optimize = self.import.config.optimize;
        let member = origin.strip_prefix(archive).map(|m| m.trim_start_matches('/'));
        let Some(path) = member.and_then(|m| cache::archive_cache_path(archive, m, optimize)) else {
            return self.compile_module_source(source, origin);
        };
        let key = cache::archive_key(source, optimize);
        if let Some(code) = cache::load_keyed(&path, key) {
            crate::interp::exceptions::register_source(origin, source);
            return Ok(crate::interp::eval::load_code(&code));
        }
        let code = self.compile_object(source, origin)?;
        cache::store_keyed(&path, key, &code);
        Ok(crate::interp::eval::load_code(&code))
    }

    /// `sys.dont_write_bytecode`, which programs may set.
    fn bytecode_disabled_by_sys(&self) -> bool {
        truthy(&module_get(&self.import.sys, "dont_write_bytecode"))
    }

    /// Compiles a module's source; a SyntaxError becomes a Python exception, compile-time
    /// warnings go to stderr.
    pub fn compile_module_source(&mut self, source: &[u8], filename: &str) -> Result<Rc<crate::objects::function::CodeInfo>, PyErr> {
        self.compile_object(source, filename).map(|code| crate::interp::eval::load_code(&code))
    }

    fn compile_object(&mut self, source: &[u8], filename: &str) -> Result<krait_bytecode::CodeObject, PyErr> {
        crate::interp::exceptions::register_source(filename, source);
        let optimize = i32::from(self.import.config.optimize);
        let compiled = krait_compiler::compile_source_with_warnings(source, filename, optimize);
        match compiled {
            Ok((code, warnings)) => {
                let text = crate::warning_text(&warnings, source, filename);
                if !text.is_empty() {
                    self.write_stderr(&text);
                }
                Ok(code)
            }
            Err(e) => Err(self.syntax_error(&e, filename)),
        }
    }

    /// Writes text to sys.stderr (the captured buffer or the process's stderr).
    pub fn write_stderr(&mut self, text: &str) {
        use std::io::Write;
        if matches!(self.out, crate::interp::Output::Stdout(_)) {
            self.flush();
            let _ = std::io::stderr().write_all(text.as_bytes());
        } else {
            self.err_out.extend_from_slice(text.as_bytes());
        }
    }

    /// `__package__` of the module whose globals these are (`_calc___package__`).
    pub fn package_of(&mut self, globals: &Value) -> Result<String, PyErr> {
        let get = |k: &str| match globals.payload() {
            Some(Payload::Dict(d)) => d.borrow().get_str(k),
            _ => None,
        };
        let package = get("__package__");
        let spec = get("__spec__");
        if let Some(p) = &package
            && !matches!(p, Value::None)
        {
            return match p.as_str() {
                Some(s) => Ok(s.to_string()),
                None => Err(self.type_error("package must be a string")),
            };
        }
        if let Some(s) = &spec
            && !matches!(s, Value::None)
        {
            let parent = self.getattr(s, "parent")?;
            return Ok(parent.as_str().map(str::to_string).unwrap_or_default());
        }
        let Some(name) = get("__name__") else {
            return Err(self.error("KeyError", "'__name__' not in globals"));
        };
        let Some(name) = name.as_str().map(str::to_string) else {
            return Err(self.type_error("__name__ must be a string"));
        };
        if get("__path__").is_some() {
            return Ok(name);
        }
        Ok(name.rsplit_once('.').map_or(String::new(), |(p, _)| p.to_string()))
    }

    /// What to tell the user when a stdlib module is missing because krait found no
    /// standard library.
    fn stdlib_missing_hint(&mut self, name: &str) -> Option<String> {
        let top = name.split('.').next().unwrap_or(name);
        if self.stdlib_location().is_some() || !crate::interp::traceback::STDLIB_MODULES.contains(&top) {
            return None;
        }
        Some(
            "krait found no standard library: pass --stdlib PATH or set KRAIT_STDLIB to CPython 3.14's Lib directory or a python_stdlib.zip"
                .to_string(),
        )
    }

    /// Whether `v` is truthy for an importer flag.
    pub fn flag_set(v: &Option<Value>) -> bool {
        truthy(v)
    }
}

/// `repr(module)` as `importlib._bootstrap._module_repr_from_spec` writes it.
pub fn module_repr(module: &Value, fallback_name: &str) -> String {
    let name = module_get(module, "__name__").filter(|n| n.as_str().is_some()).unwrap_or_else(|| Value::str(fallback_name));
    namespace_repr(Some(name), module_get(module, "__spec__"), module_get(module, "__file__"))
}

/// `repr` of a module from its namespace's `__name__`, `__spec__` and `__file__`.
pub fn namespace_repr(name: Option<Value>, spec: Option<Value>, file: Option<Value>) -> String {
    use krait_syntax::ast::repr::str_repr;
    let name = name.and_then(|n| n.as_str().map(str::to_string)).unwrap_or_else(|| "?".to_string());
    let spec = spec.filter(|s| matches!(s.payload(), Some(Payload::Instance(_))));
    let Some(spec) = spec else {
        return match file.and_then(|f| f.as_str().map(str::to_string)) {
            Some(f) => format!("<module {} from {}>", str_repr(&name), str_repr(&f)),
            None => format!("<module {}>", str_repr(&name)),
        };
    };
    let origin = instance_get(&spec, "origin").and_then(|o| o.as_str().map(str::to_string));
    match origin {
        None => {
            let locations = instance_get(&spec, "submodule_search_locations");
            match locations.as_ref().and_then(|l| l.payload()) {
                Some(Payload::List(l)) => {
                    let items: Vec<String> = l.borrow().iter().filter_map(|v| v.as_str().map(str_repr)).collect();
                    format!("<module {} (namespace) from [{}]>", str_repr(&name), items.join(", "))
                }
                _ => format!("<module {}>", str_repr(&name)),
            }
        }
        Some(o) if truthy(&instance_get(&spec, "_set_fileattr")) => format!("<module {} from {}>", str_repr(&name), str_repr(&o)),
        Some(o) => {
            let spec_name = instance_get(&spec, "name").and_then(|n| n.as_str().map(str::to_string)).unwrap_or(name);
            format!("<module {} ({o})>", str_repr(&spec_name))
        }
    }
}
