//! Setting up the importer for a run: the `sys` module, `builtins` and `__import__`,
//! `sys.modules` holding both, and `sys.path` (the script's directory, PYTHONPATH, the
//! standard library).

use super::ImportConfig;
use crate::interp::call::new_list;
use crate::interp::Vm;
use crate::value::Value;

impl Vm {
    /// Configures imports and `sys` for a run.
    pub fn init_imports(&mut self, config: ImportConfig) {
        self.import.config = config;
        self.import.stdlib = None;
        let import = crate::builtins::builtin("__import__", super::api::dunder_import);
        self.import.original_import = import.clone();
        if let Some(crate::heap::Payload::Dict(d)) = self.builtins.payload() {
            d.borrow_mut().set_str("__import__", import);
        }
        let mut path: Vec<String> = Vec::new();
        if let Some(p0) = &self.import.config.path0 {
            path.push(p0.clone());
        }
        if self.import.config.use_environment
            && let Some(pp) = std::env::var_os("PYTHONPATH")
        {
            for p in std::env::split_paths(&pp) {
                if !p.as_os_str().is_empty() {
                    path.push(super::finder::abspath(&p.to_string_lossy()));
                }
            }
        }
        path.extend(self.import.config.extra_paths.iter().cloned());
        if let Some(stdlib) = self.stdlib_location() {
            path.push(stdlib.to_string_lossy().into_owned());
        }
        let sys = crate::modules::sys::make(self, new_list(path.into_iter().map(Value::str).collect()));
        self.import.sys = sys.clone();
        for name in ["sys", "builtins"] {
            let found = super::finder::Found { name: name.to_string(), kind: super::finder::Kind::Builtin, locations: None, archive: None };
            if let Ok((module, _)) = self.module_from_found(&found) {
                self.sys_modules_set(name, module);
            }
        }
        let _ = sys;
        if !self.import.config.flags.no_site {
            crate::builtins::site::install(self);
        }
    }
}
