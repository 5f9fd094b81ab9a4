//! `from module import name` (IMPORT_FROM, with the fallback to `sys.modules` for circular
//! imports of submodules), `from module import *` (honouring `__all__`, otherwise the public
//! names of the module's dict), and the AttributeError a module raises for a missing
//! attribute after trying its `__getattr__` (PEP 562), each with CPython's message.

use super::{instance_get, module_dict, module_get};
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::value::Value;

/// Where a module's code came from, for messages: `spec.origin` when `spec.has_location`.
fn file_origin(spec: &Value) -> Option<String> {
    if !Vm::flag_set(&instance_get(spec, "_set_fileattr")) {
        return None;
    }
    instance_get(spec, "origin").and_then(|o| o.as_str().map(str::to_string))
}

fn is_initializing(spec: &Value) -> bool {
    Vm::flag_set(&instance_get(spec, "_initializing"))
}

fn is_uninitialized_submodule(spec: &Value, name: &str) -> bool {
    match instance_get(spec, "_uninitialized_submodules").as_ref().and_then(|v| v.payload()) {
        Some(Payload::List(l)) => l.borrow().iter().any(|v| v.as_str() == Some(name)),
        _ => false,
    }
}

impl Vm {
    /// CPython's `_PyModule_IsPossiblyShadowing`: does the module's file sit in the
    /// script's directory (`sys.path[0]` as the command line computed it)?
    fn possibly_shadowing(&self, origin: Option<&str>) -> bool {
        let (Some(origin), Some(path0)) = (origin, self.import.config.shadow_check_path0.as_deref()) else {
            return false;
        };
        if self.import.config.flags.safe_path {
            return false;
        }
        let Some((mut root, file)) = origin.rsplit_once('/') else { return false };
        if file == "__init__.py" {
            match root.rsplit_once('/') {
                Some((r, _)) => root = r,
                None => return false,
            }
        }
        let path0 = if path0.is_empty() { super::finder::abspath("") } else { path0.to_string() };
        root == path0
    }

    fn is_stdlib_name(name: &str) -> bool {
        crate::interp::traceback::STDLIB_MODULES.contains(&name)
    }

    /// IMPORT_FROM: `module.name`, else the submodule `module.__name__ + '.' + name` from
    /// `sys.modules`, else CPython's ImportError.
    pub fn import_from(&mut self, module: &Value, name: &str) -> PyResult {
        if let Some(v) = self.module_attr(module, name)? {
            return Ok(v);
        }
        let mod_name = self.module_attr(module, "__name__")?.and_then(|v| v.as_str().map(str::to_string));
        if let Some(m) = &mod_name
            && let Some(sub) = self.sys_modules_get(&format!("{m}.{name}"))
        {
            return Ok(sub);
        }
        let shown = mod_name.clone().unwrap_or_else(|| "<unknown module name>".to_string());
        let name_r = krait_syntax::ast::repr::str_repr(name);
        let mod_r = krait_syntax::ast::repr::str_repr(&shown);
        let spec = self.module_attr(module, "__spec__")?;
        let mut origin = None;
        let msg = match &spec {
            None => format!("cannot import name {name_r} from {mod_r} (unknown location)"),
            Some(spec) => {
                origin = file_origin(spec);
                let shadowing = self.possibly_shadowing(origin.as_deref());
                if origin.is_none() && matches!(module.payload(), Some(Payload::Module { .. })) {
                    origin = module_get(module, "__file__").and_then(|f| f.as_str().map(str::to_string));
                }
                let o = origin.clone().unwrap_or_default();
                if shadowing && Self::is_stdlib_name(&shown) {
                    format!(
                        "cannot import name {name_r} from {mod_r} (consider renaming {} since it has the same name as the standard library module named {mod_r} and prevents importing that standard library module)",
                        krait_syntax::ast::repr::str_repr(&o)
                    )
                } else if is_initializing(spec) {
                    if shadowing {
                        format!(
                            "cannot import name {name_r} from {mod_r} (consider renaming {} if it has the same name as a library you intended to import)",
                            krait_syntax::ast::repr::str_repr(&o)
                        )
                    } else if origin.is_some() {
                        format!("cannot import name {name_r} from partially initialized module {mod_r} (most likely due to a circular import) ({o})")
                    } else {
                        format!("cannot import name {name_r} from partially initialized module {mod_r} (most likely due to a circular import)")
                    }
                } else if origin.is_some() {
                    format!("cannot import name {name_r} from {mod_r} ({o})")
                } else {
                    format!("cannot import name {name_r} from {mod_r} (unknown location)")
                }
            }
        };
        let e = self.import_error(msg, mod_name.as_deref(), origin.as_deref());
        super::instance_set(&e.0, "name_from", Value::str(name));
        Err(e)
    }

    /// `from module import *` into `locals`.
    pub fn import_star(&mut self, module: &Value, locals: &Value) -> Result<(), PyErr> {
        let mod_name = || module_get(module, "__name__").and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        let (names, from_all) = match self.module_attr(module, "__all__")? {
            Some(all) => (self.seq_items(&all)?, true),
            None => match module_dict(module) {
                Some(d) => (d.borrow().iter().map(|(k, _)| k.clone()).collect::<Vec<_>>(), false),
                None => return Err(self.error("ImportError", "from-import-* object has no __dict__ and no __all__")),
            },
        };
        for n in names {
            let Some(s) = n.as_str() else {
                let what = if from_all { "__all__" } else { "__dict__" };
                let kind = if from_all { "Item" } else { "Key" };
                let tn = self.type_name(&n);
                return Err(self.type_error(format!("{kind} in {}.{what} must be str, not {tn}", mod_name())));
            };
            if !from_all && s.starts_with('_') {
                continue;
            }
            let v = self.getattr(module, s)?;
            self.setitem(locals, &n, v)?;
        }
        Ok(())
    }

    /// A module attribute not in its dict: the module's `__getattr__` (PEP 562), else
    /// CPython's AttributeError (partially initialized modules and shadowing included).
    pub fn module_missing_attribute(&mut self, module: &Value, name: &str) -> PyResult {
        if let Some(getattr) = module_get(module, "__getattr__") {
            return self.call(getattr, vec![Value::str(name)], vec![]);
        }
        let mod_name = module_get(module, "__name__").and_then(|v| v.as_str().map(str::to_string));
        let Some(mod_name) = mod_name else {
            return Err(self.attribute_error(module, format!("module has no attribute '{name}'"), name));
        };
        let spec = module_get(module, "__spec__").filter(|s| !matches!(s, Value::None));
        let msg = match spec {
            None => format!("module '{mod_name}' has no attribute '{name}'"),
            Some(spec) => {
                let origin = file_origin(&spec);
                let shadowing = self.possibly_shadowing(origin.as_deref());
                let o = origin.clone().unwrap_or_default();
                if shadowing && Self::is_stdlib_name(&mod_name) {
                    format!(
                        "module '{mod_name}' has no attribute '{name}' (consider renaming '{o}' since it has the same name as the standard library module named '{mod_name}' and prevents importing that standard library module)"
                    )
                } else if is_initializing(&spec) {
                    if shadowing {
                        format!("module '{mod_name}' has no attribute '{name}' (consider renaming '{o}' if it has the same name as a library you intended to import)")
                    } else if origin.is_some() {
                        format!("partially initialized module '{mod_name}' from '{o}' has no attribute '{name}' (most likely due to a circular import)")
                    } else {
                        format!("partially initialized module '{mod_name}' has no attribute '{name}' (most likely due to a circular import)")
                    }
                } else if is_uninitialized_submodule(&spec, name) {
                    format!("cannot access submodule '{name}' of module '{mod_name}' (most likely due to a circular import)")
                } else {
                    format!("module '{mod_name}' has no attribute '{name}'")
                }
            }
        };
        Err(self.attribute_error(module, msg, name))
    }
}
