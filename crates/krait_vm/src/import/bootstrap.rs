//! `_frozen_importlib` and `_frozen_importlib_external`: CPython freezes
//! `importlib/_bootstrap.py` and `_bootstrap_external.py` into the binary; krait runs the
//! standard library's copies (as `<frozen importlib._bootstrap>` etc.) the first time a
//! program imports them (`import importlib` does), never at startup.
//!
//! After `_frozen_importlib`'s code runs, it is installed as CPython's startup does
//! (`_install(sys, _imp)`, `_install_external_importers()`: `sys.meta_path` and
//! `sys.path_hooks` get their finders), with two krait-specific steps:
//! - `_find_and_load` is replaced by krait's Rust importer, so `importlib.import_module`
//!   and `importlib.__import__` load modules as the `import` statement does (Python-level
//!   finders are used only by `importlib.util.find_spec`, `reload` and friends);
//! - the spec and loader classes the Rust importer uses become the real `ModuleSpec`,
//!   `BuiltinImporter` and `SourceFileLoader`, and the modules imported so far get specs
//!   and loaders of those classes (same attributes).
//! - `sys.path_hooks` starts with krait's `zipimporter` (`zipimport.rs`), which finds and
//!   loads modules in zip archives (the stdlib) for the Python-level machinery.

use super::{instance_get, module_get};
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::value::{ObjRef, Value};

/// The `importlib` file a frozen module is made from.
pub fn frozen_stem(name: &str) -> Option<&'static str> {
    match name {
        "_frozen_importlib" => Some("_bootstrap"),
        "_frozen_importlib_external" => Some("_bootstrap_external"),
        _ => None,
    }
}

/// `_find_and_load(name, import_)`: the Rust importer.
fn find_and_load(vm: &mut Vm, args: crate::objects::function::Args, _kwargs: crate::objects::function::Kwargs) -> PyResult {
    let Some(name) = args.first().and_then(Value::as_str).map(str::to_string) else {
        return Err(vm.type_error("module name must be str"));
    };
    vm.gcd_import(&name)
}

fn class_of(v: &Value) -> Option<ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => Some(o.clone()),
        _ => None,
    }
}

impl Vm {
    /// Runs a frozen module's code in `module` (and installs `_frozen_importlib`).
    pub(super) fn exec_frozen(&mut self, name: &str, module: &Value) -> Result<(), PyErr> {
        let Some(stem) = frozen_stem(name) else { return Ok(()) };
        let source = self.importlib_source(stem, name)?;
        let filename = format!("<frozen importlib.{stem}>");
        let optimize = i32::from(self.import.config.optimize);
        let compiled = krait_syntax::parse_module(&source, &filename)
            .and_then(|mut m| krait_compiler::compile_module_with_warnings(&mut m, &filename, optimize));
        let code = match compiled {
            Ok((code, _)) => crate::interp::eval::load_code(&code),
            Err(e) => return Err(self.syntax_error(&e, &filename)),
        };
        let Some(Payload::Module { dict, .. }) = module.payload() else { return Ok(()) };
        let globals = Value::Obj(dict.clone());
        self.native_depth += 1;
        let r = self.run_code(code, globals.clone(), Some(globals));
        self.native_depth -= 1;
        r?;
        if name == "_frozen_importlib" {
            self.install_bootstrap(module)?;
        }
        Ok(())
    }

    /// The source of `importlib/<stem>.py` from the standard library.
    fn importlib_source(&mut self, stem: &str, name: &str) -> Result<Vec<u8>, PyErr> {
        let missing = |vm: &Vm| vm.module_not_found(format!("No module named '{name}'"), name);
        let Some(pkg) = self.find_spec("importlib", None)? else { return Err(missing(self)) };
        let Some(locations) = pkg.locations else { return Err(missing(self)) };
        match self.find_spec(&format!("importlib.{stem}"), Some(&locations))? {
            Some(super::finder::Found { kind: super::finder::Kind::Source { source, .. }, .. }) => Ok(source),
            _ => Err(missing(self)),
        }
    }

    fn install_bootstrap(&mut self, bootstrap: &Value) -> Result<(), PyErr> {
        let old_spec = self.import.classes.module_spec.clone();
        let old_builtin = self.import.classes.builtin_importer.clone();
        let old_source = self.import.classes.source_loader.clone();
        if let (Some(spec), Some(builtin)) = (
            module_get(bootstrap, "ModuleSpec").as_ref().and_then(class_of),
            module_get(bootstrap, "BuiltinImporter").as_ref().and_then(class_of),
        ) {
            self.import.classes.module_spec = spec;
            self.import.classes.builtin_importer = builtin;
        }
        self.upgrade_specs(&old_spec, &old_builtin, None);
        let imp = self.import_module("_imp")?;
        let install = self.getattr(bootstrap, "_install")?;
        self.call(install, vec![self.import.sys.clone(), imp], vec![])?;
        let install_external = self.getattr(bootstrap, "_install_external_importers")?;
        self.call(install_external, vec![], vec![])?;
        self.setattr(bootstrap, "_find_and_load", crate::builtins::builtin("_find_and_load", find_and_load))?;
        if let Some(external) = self.sys_modules_get("_frozen_importlib_external")
            && let Some(source) = module_get(&external, "SourceFileLoader").as_ref().and_then(class_of)
        {
            self.import.classes.source_loader = source;
            self.upgrade_specs(&old_spec, &old_builtin, Some(&old_source));
        }
        self.install_zip_hook()?;
        Ok(())
    }

    /// Gives the modules in `sys.modules` specs (and loaders) of the current classes in
    /// place of ones of the startup classes.
    fn upgrade_specs(&mut self, old_spec: &ObjRef, old_builtin: &ObjRef, old_source: Option<&ObjRef>) {
        let modules: Vec<Value> = match self.import.modules.payload() {
            Some(Payload::Dict(d)) => d.borrow().iter().map(|(_, v)| v.clone()).collect(),
            _ => return,
        };
        for m in modules {
            let Some(d) = super::module_dict(&m) else { continue };
            let spec = d.borrow().get_str("__spec__");
            let loader = d.borrow().get_str("__loader__");
            let new_loader = match &loader {
                Some(Value::Obj(l)) if std::ptr::eq(l.as_ref(), old_builtin.as_ref()) => {
                    Some(Value::Obj(self.import.classes.builtin_importer.clone()))
                }
                Some(l) if old_source.is_some_and(|c| is_instance_of(l, c)) => Some(self.copy_instance(l, &self.import.classes.source_loader.clone())),
                _ => None,
            };
            if let Some(nl) = &new_loader {
                d.borrow_mut().set_str("__loader__", nl.clone());
            }
            let Some(spec) = spec else { continue };
            let spec = if is_instance_of(&spec, old_spec) {
                let ns = self.copy_instance(&spec, &self.import.classes.module_spec.clone());
                d.borrow_mut().set_str("__spec__", ns.clone());
                ns
            } else {
                spec
            };
            if let (Some(nl), Some(old)) = (&new_loader, &loader)
                && instance_get(&spec, "loader").is_some_and(|l| l.is(old))
            {
                super::instance_set(&spec, "loader", nl.clone());
            }
        }
    }

    /// A new instance of `class` with a copy of `v`'s dict.
    fn copy_instance(&self, v: &Value, class: &ObjRef) -> Value {
        let new = self.new_instance(class);
        if let (Some(Payload::Instance(old)), Some(Payload::Instance(n))) = (v.payload(), new.payload()) {
            let items: Vec<(Value, Value)> = old.attrs().borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
            let mut nd = n.attrs().borrow_mut();
            for (k, val) in items {
                if let Some(k) = k.as_str() {
                    nd.set_str(k, val);
                }
            }
        }
        new
    }
}

fn is_instance_of(v: &Value, class: &ObjRef) -> bool {
    match v.payload() {
        Some(Payload::Instance(i)) => std::ptr::eq(i.class().as_ref(), class.as_ref()),
        _ => false,
    }
}
