//! The Python-level door to the importer: the builtin `__import__`.

use crate::interp::{PyResult, Vm};
use crate::value::Value;

use crate::objects::function::{Args, Kwargs};

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
