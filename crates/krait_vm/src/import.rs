//! Imports. Today only the modules krait implements in Rust (`crate::modules`) can be
//! imported; finders for `.py` files and the stdlib come next.

use crate::heap::Payload;
use crate::interp::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    /// `import name` (absolute, level 0): the module, created once.
    pub fn import_module(&mut self, name: &str) -> PyResult {
        if let Some(m) = self.modules.get(name) {
            return Ok(m.clone());
        }
        let Some(m) = crate::modules::builtin_module(self, name) else {
            return Err(self.error("ModuleNotFoundError", format!("No module named '{name}'")));
        };
        self.modules.insert(name.to_string(), m.clone());
        Ok(m)
    }

    /// `from module import name`.
    pub fn import_from(&mut self, module: &Value, name: &str) -> PyResult {
        match module.payload() {
            Some(Payload::Module { name: mname, dict }) => {
                if let Payload::Dict(d) = &dict.payload
                    && let Some(v) = d.borrow().get_str(name)
                {
                    return Ok(v);
                }
                Err(self.error("ImportError", format!("cannot import name '{name}' from '{mname}' (unknown location)")))
            }
            _ => self.getattr(module, name),
        }
    }
}

