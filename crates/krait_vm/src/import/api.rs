//! The Python-level doors to the importer: the builtin `__import__` and a Rust `importlib`
//! shim (`import_module`, `invalidate_caches`) until the real `importlib` can run.

use crate::builtins::builtin;
use crate::interp::{PyResult, Vm};
use crate::value::Value;

type Args = Vec<Value>;
type Kwargs = Vec<(String, Value)>;

/// Binds positional and keyword arguments to `names`; too many or unknown ones are a
/// TypeError naming `func`.
fn bind(vm: &Vm, func: &str, names: &[&str], args: Args, kwargs: Kwargs) -> Result<Vec<Option<Value>>, crate::interp::PyErr> {
    if args.len() > names.len() {
        return Err(vm.type_error(format!("{func}() takes at most {} arguments ({} given)", names.len(), args.len())));
    }
    let mut out: Vec<Option<Value>> = names.iter().map(|_| None).collect();
    for (i, a) in args.into_iter().enumerate() {
        out[i] = Some(a);
    }
    for (k, v) in kwargs {
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v),
            Some(_) => return Err(vm.type_error(format!("argument for {func}() given by name ('{k}') and position"))),
            None => return Err(vm.type_error(format!("{func}() got an unexpected keyword argument '{k}'"))),
        }
    }
    Ok(out)
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn dunder_import(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let mut a = bind(vm, "__import__", &["name", "globals", "locals", "fromlist", "level"], args, kwargs)?.into_iter();
    let Some(name) = a.next().flatten() else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let globals = a.next().flatten().unwrap_or(Value::None);
    let _locals = a.next();
    let fromlist = a.next().flatten().unwrap_or(Value::None);
    let level = match a.next().flatten() {
        None => 0,
        Some(Value::Int(n)) => n,
        Some(Value::Bool(b)) => i64::from(b),
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    let Some(name) = name.as_str().map(str::to_string) else {
        let tn = vm.type_name(&name);
        return Err(vm.type_error(format!("module name must be str, not {tn}")));
    };
    vm.import_level(&name, &globals, &fromlist, level)
}

/// `importlib.import_module(name, package=None)`.
fn import_module(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let mut a = bind(vm, "import_module", &["name", "package"], args, kwargs)?.into_iter();
    let Some(name) = a.next().flatten() else {
        return Err(vm.type_error("import_module() missing 1 required positional argument: 'name'"));
    };
    let package = a.next().flatten().unwrap_or(Value::None);
    let Some(name) = name.as_str().map(str::to_string) else {
        let tn = vm.type_name(&name);
        return Err(vm.type_error(format!("module name must be str, not {tn}")));
    };
    let level = name.len() - name.trim_start_matches('.').len();
    if level == 0 {
        return vm.import_module(&name);
    }
    let package = match package.as_str() {
        Some(p) if !p.is_empty() => p.to_string(),
        _ => {
            let r = krait_syntax::ast::repr::str_repr(&name);
            if matches!(package, Value::None) {
                return Err(vm.type_error(format!("the 'package' argument is required to perform a relative import for {r}")));
            }
            return Err(vm.error("ImportError", "attempted relative import with no known parent package"));
        }
    };
    let abs = super::names::resolve(vm, &name[level..], &package, level as i64)?;
    vm.import_module(&abs)
}

fn invalidate_caches(vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    vm.import.zips.clear();
    Ok(Value::None)
}

/// The `importlib` shim module.
pub fn importlib_module(vm: &mut Vm) -> Value {
    let m = super::spec::new_module("importlib");
    if let Some(d) = super::module_dict(&m) {
        let mut d = d.borrow_mut();
        d.set_str("import_module", builtin("import_module", import_module));
        d.set_str("invalidate_caches", builtin("invalidate_caches", invalidate_caches));
        d.set_str("__import__", vm.import.original_import.clone());
    }
    m
}
