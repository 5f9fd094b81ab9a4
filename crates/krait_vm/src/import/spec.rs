//! Module specs, loaders and module objects (`importlib.machinery.ModuleSpec`,
//! `SourceFileLoader`, `zipimporter`, `NamespaceLoader`, `BuiltinImporter`), and
//! `module_from_spec`: a new module's `__name__`, `__spec__`, `__loader__`, `__package__`,
//! `__path__`, `__file__` and `__cached__`.
//!
//! Specs and loaders are instances whose dict holds what CPython's `ModuleSpec.__init__`
//! stores (`name`, `loader`, `origin`, `loader_state`, `submodule_search_locations`,
//! `_uninitialized_submodules`, `_set_fileattr`, `_cached`; loaders `name` and `path`).
//! Until `importlib` is imported their classes are small Rust ones (with ModuleSpec's
//! `parent`, `has_location` and `cached` properties); once `_frozen_importlib` runs they
//! are its real classes (`bootstrap.rs` swaps them and upgrades the existing objects), so
//! nothing Python-level runs at startup.

use super::finder::{Found, Kind};
use super::{instance_get, instance_set};
use crate::heap::Payload;
use crate::interp::call::new_list;
use crate::interp::{PyErr, Vm};
use crate::objects::dict::Dict;
use crate::objects::types::Kind as TypeKind;
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

/// The classes of spec and loader objects.
#[derive(Debug)]
pub struct SpecClasses {
    pub module_spec: ObjRef,
    pub source_loader: ObjRef,
    pub zip_importer: ObjRef,
    pub namespace_loader: ObjRef,
    pub builtin_importer: ObjRef,
    pub frozen_importer: ObjRef,
}

impl SpecClasses {
    pub fn new(object: &ObjRef) -> SpecClasses {
        let class = |name: &str| crate::interp::types::new_type(name, Some(object.clone()), TypeKind::Instance);
        let module_spec = class("ModuleSpec");
        if let Payload::Type(t) = &module_spec.payload {
            let mut d = t.dict_mut();
            let props: [(&'static str, crate::objects::function::BuiltinFn); 3] =
                [("parent", spec_parent), ("has_location", spec_has_location), ("cached", spec_cached)];
            for (n, f) in props {
                let fget = crate::builtins::builtin(n, f);
                d.set_str(n, Value::new_obj(Payload::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None }));
            }
        }
        SpecClasses {
            module_spec,
            source_loader: class("SourceFileLoader"),
            zip_importer: super::zipimport::new_class(object),
            namespace_loader: class("NamespaceLoader"),
            builtin_importer: class("BuiltinImporter"),
            frozen_importer: class("FrozenImporter"),
        }
    }
}

/// `ModuleSpec.parent`: the package a module belongs to (itself for a package).
pub fn parent_of(spec: &Value) -> Value {
    let name = instance_get(spec, "name");
    let Some(name) = name.as_ref().and_then(Value::as_str) else { return Value::None };
    let is_package = instance_get(spec, "submodule_search_locations").is_some_and(|l| !matches!(l, Value::None));
    if is_package {
        return Value::str(name);
    }
    Value::str(name.rsplit_once('.').map_or("", |(p, _)| p))
}

fn spec_parent(vm: &mut Vm, args: crate::objects::function::Args, _kwargs: crate::objects::function::Kwargs) -> crate::interp::PyResult {
    let _ = vm;
    Ok(args.first().map_or(Value::None, parent_of))
}

fn spec_has_location(_vm: &mut Vm, args: crate::objects::function::Args, _kwargs: crate::objects::function::Kwargs) -> crate::interp::PyResult {
    Ok(args.first().and_then(|s| instance_get(s, "_set_fileattr")).unwrap_or(Value::Bool(false)))
}

fn spec_cached(_vm: &mut Vm, args: crate::objects::function::Args, _kwargs: crate::objects::function::Kwargs) -> crate::interp::PyResult {
    Ok(args.first().and_then(|s| instance_get(s, "_cached")).unwrap_or(Value::None))
}

/// A new, empty module object named `name`.
pub fn new_module(name: &str) -> Value {
    let mut d = Dict::new();
    d.set_str("__name__", Value::str(name));
    d.set_str("__doc__", Value::None);
    let dict = Value::new_obj(Payload::Dict(RefCell::new(d)));
    match dict {
        Value::Obj(dict) => Value::new_obj(Payload::Module { name: name.to_string(), dict }),
        other => other,
    }
}

/// Adds (or removes) `child` in the spec's `_uninitialized_submodules` list.
pub fn add_uninitialized_submodule(spec: &Value, child: &str, add: bool) {
    let Some(list) = instance_get(spec, "_uninitialized_submodules") else { return };
    if let Some(Payload::List(l)) = list.payload() {
        let mut l = l.borrow_mut();
        if add {
            l.push(Value::str(child));
        } else if let Some(i) = l.iter().rposition(|v| v.as_str() == Some(child)) {
            l.remove(i);
        }
    }
}

/// `__pycache__/<stem>.<tag>.pyc` next to a source file (CPython's `cache_from_source`).
pub fn cache_from_source(origin: &str, optimize: u8) -> Option<String> {
    let (dir, file) = origin.rsplit_once('/')?;
    let stem = file.strip_suffix(".py")?;
    let opt = if optimize > 0 { format!(".opt-{optimize}") } else { String::new() };
    Some(format!("{dir}/__pycache__/{stem}.{}{opt}.pyc", crate::modules::sys::CACHE_TAG))
}

impl Vm {
    fn new_instance_of(&self, class: &ObjRef, attrs: Vec<(&str, Value)>) -> Value {
        let v = self.new_instance(class);
        for (k, val) in attrs {
            instance_set(&v, k, val);
        }
        v
    }

    /// A ModuleSpec.
    pub fn new_spec(&self, name: &str, loader: Value, origin: Option<&str>, locations: Option<Vec<String>>, has_location: bool) -> Value {
        let cached = match origin {
            Some(o) if has_location => cache_from_source(o, self.import.config.optimize).map_or(Value::None, Value::str),
            _ => Value::None,
        };
        self.new_instance_of(
            &self.import.classes.module_spec,
            vec![
                ("name", Value::str(name)),
                ("loader", loader),
                ("origin", origin.map_or(Value::None, Value::str)),
                ("loader_state", Value::None),
                ("submodule_search_locations", locations.map_or(Value::None, |l| new_list(l.into_iter().map(Value::str).collect()))),
                ("_uninitialized_submodules", new_list(Vec::new())),
                ("_set_fileattr", Value::Bool(has_location)),
                ("_cached", cached),
            ],
        )
    }

    /// The module object and spec for a found module, its import attributes set.
    pub fn module_from_found(&mut self, found: &Found) -> Result<(Value, Value), PyErr> {
        let name = found.name.as_str();
        let (module, loader, origin, has_location) = match &found.kind {
            Kind::Builtin => {
                let module = if name == "sys" {
                    self.import.sys.clone()
                } else if name == "builtins" {
                    self.builtins_module()
                } else {
                    match crate::modules::builtin_module(self, name) {
                        Some(m) => m,
                        None => return Err(self.module_not_found(format!("No module named '{name}'"), name)),
                    }
                };
                (module, Value::Obj(self.import.classes.builtin_importer.clone()), Some("built-in".to_string()), false)
            }
            Kind::Source { origin, .. } => {
                let loader = match &found.archive {
                    Some(archive) => {
                        // The directory inside the archive the module was found in (a
                        // package's is the one holding its directory).
                        let inner = origin.strip_prefix(archive.as_str()).unwrap_or("").trim_start_matches('/');
                        let mut dir = inner.rsplit_once('/').map_or("", |(p, _)| p);
                        if found.locations.is_some() {
                            dir = dir.rsplit_once('/').map_or("", |(p, _)| p);
                        }
                        let prefix = if dir.is_empty() { String::new() } else { format!("{dir}/") };
                        self.new_instance_of(
                            &self.import.classes.zip_importer,
                            vec![("archive", Value::str(archive.clone())), ("prefix", Value::str(prefix))],
                        )
                    }
                    None => self.new_instance_of(
                        &self.import.classes.source_loader,
                        vec![("name", Value::str(name)), ("path", Value::str(origin.clone()))],
                    ),
                };
                (new_module(name), loader, Some(origin.clone()), true)
            }
            Kind::Bootstrap => (new_module(name), Value::Obj(self.import.classes.builtin_importer.clone()), Some("frozen".to_string()), false),
            Kind::Frozen { .. } => (new_module(name), Value::Obj(self.import.classes.frozen_importer.clone()), Some("frozen".to_string()), false),
            Kind::Namespace => {
                let loader = self.new_instance_of(&self.import.classes.namespace_loader, vec![("name", Value::str(name))]);
                (new_module(name), loader, None, false)
            }
        };
        let spec = self.new_spec(name, loader.clone(), origin.as_deref(), found.locations.clone(), has_location);
        if let Some(d) = super::module_dict(&module) {
            let mut d = d.borrow_mut();
            d.set_str("__spec__", spec.clone());
            d.set_str("__loader__", loader);
            d.set_str("__package__", parent_of(&spec));
            if let Some(locs) = instance_get(&spec, "submodule_search_locations")
                && !matches!(locs, Value::None)
            {
                d.set_str("__path__", locs);
            }
            if matches!(found.kind, Kind::Namespace) {
                d.set_str("__file__", Value::None);
            }
            if has_location && let Some(o) = &origin {
                d.set_str("__file__", Value::str(o.clone()));
                d.set_str("__cached__", instance_get(&spec, "_cached").unwrap_or(Value::None));
            }
            if !matches!(found.kind, Kind::Builtin | Kind::Bootstrap | Kind::Frozen { .. }) {
                d.set_str("__builtins__", self.builtins.clone());
            }
        }
        Ok((module, spec))
    }

    /// The `builtins` module: a module whose dict is the builtins dict.
    pub fn builtins_module(&self) -> Value {
        // The one in sys.modules once imported, so `len.__self__ is builtins`.
        if let Some(Payload::Dict(d)) = self.import.modules.payload()
            && let Some(m) = d.borrow().get_str("builtins")
            && matches!(m.payload(), Some(Payload::Module { .. }))
        {
            return m;
        }
        match &self.builtins {
            Value::Obj(dict) => Value::new_obj(Payload::Module { name: "builtins".to_string(), dict: dict.clone() }),
            _ => new_module("builtins"),
        }
    }
}
