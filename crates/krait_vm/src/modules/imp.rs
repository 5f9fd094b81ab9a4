//! `_imp`: the interpreter-side half of `importlib` (CPython's `Python/import.c` module
//! functions) as the pure-Python `importlib._bootstrap` and `_bootstrap_external` use them:
//! built-in modules are created from krait's Rust modules; krait has no frozen modules
//! (the `_frozen_importlib*` modules are run from the stdlib's source, see
//! `import/bootstrap.rs`) and no extension modules, so the frozen and dynamic calls answer
//! "none" or raise ImportError as CPython does for a missing module; the import lock is a
//! no-op (one thread per VM).

use super::util::bind;
use super::{module, Args, Kwargs};
use crate::builtins::builtin;
use crate::builtins::methods::{bytes_like, new_bytes};
use crate::interp::call::new_list;
use crate::interp::{PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::value::Value;

/// `_imp.pyc_magic_number_token`: the magic number as the 4 bytes of a `.pyc` header read
/// as a little-endian integer.
pub fn magic_token() -> i64 {
    i64::from(u32::from_le_bytes(krait_bytecode::pyc::MAGIC))
}

fn name_arg(vm: &mut Vm, fname: &str, args: &[Value], kwargs: &Kwargs) -> Result<String, crate::interp::PyErr> {
    super::util::positional(vm, fname, args, kwargs, 1, 1)?;
    match args[0].as_str() {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(&args[0]);
            Err(vm.type_error(format!("{fname}() argument must be str, not {tn}")))
        }
    }
}

fn is_builtin(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let name = name_arg(vm, "is_builtin", &args, &kwargs)?;
    Ok(Value::Int(match name.as_str() {
        // Modules that cannot be initialised twice answer -1, as CPython's do.
        "sys" | "builtins" => -1,
        n if super::NAMES.contains(&n) => 1,
        _ => 0,
    }))
}

fn create_builtin(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    super::util::exactly_one(vm, "create_builtin", &args, &kwargs)?;
    let name = vm.getattr(&args[0], "name")?;
    let Some(name) = name.as_str().map(str::to_string) else {
        let tn = vm.type_name(&name);
        return Err(vm.type_error(format!("name must be string, not {tn}")));
    };
    if let Some(m) = vm.sys_modules_get(&name).filter(|m| matches!(m.payload(), Some(crate::heap::Payload::Module { .. })))
        && matches!(name.as_str(), "sys" | "builtins")
    {
        return Ok(m);
    }
    if !super::NAMES.contains(&name.as_str()) {
        return Err(vm.import_error(format!("no built-in module named {name}"), Some(&name), None));
    }
    match super::builtin_module(vm, &name) {
        Some(m) => Ok(m),
        None => Err(vm.import_error(format!("no built-in module named {name}"), Some(&name), None)),
    }
}

fn returns_zero(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::Int(0))
}

fn returns_none(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::None)
}

fn returns_false(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::Bool(false))
}

fn is_frozen(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    name_arg(vm, "is_frozen", &args, &kwargs)?;
    Ok(Value::Bool(false))
}

fn is_frozen_package(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let name = name_arg(vm, "is_frozen_package", &args, &kwargs)?;
    Err(vm.import_error(format!("No such frozen object named '{name}'"), Some(&name), None))
}

fn find_frozen(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "find_frozen", &args, &kwargs, &["name", "withdata"], 1)?;
    if a[0].as_ref().and_then(Value::as_str).is_none() {
        return Err(vm.type_error("find_frozen() argument 1 must be str"));
    }
    Ok(Value::None)
}

fn get_frozen_object(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "get_frozen_object", &args, &kwargs, &["name", "data"], 1)?;
    let name = a[0].as_ref().and_then(Value::as_str).unwrap_or_default().to_string();
    Err(vm.import_error(format!("No such frozen object named '{name}'"), Some(&name), None))
}

fn extension_suffixes(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(new_list(Vec::new()))
}

fn create_dynamic(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let spec = args.first().cloned().unwrap_or(Value::None);
    let name = vm.getattr(&spec, "name").ok().and_then(|n| n.as_str().map(str::to_string)).unwrap_or_default();
    Err(vm.import_error(format!("krait cannot load extension module '{name}'"), Some(&name), None))
}

fn source_hash(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let a = bind(vm, "source_hash", &args, &kwargs, &["key", "source"], 2)?;
    let key = match a[0].as_ref() {
        Some(k) => super::util::index_arg(vm, k)?,
        None => return Err(vm.type_error("source_hash() missing required argument 'key' (pos 1)")),
    };
    let Some(source) = a[1].as_ref().and_then(bytes_like) else {
        let tn = a[1].as_ref().map(|v| vm.type_name(v)).unwrap_or_default();
        return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
    };
    let (_, digits) = key.to_u64_digits();
    let k0 = digits.first().copied().unwrap_or(0);
    let k0 = if key.sign() == num_bigint::Sign::Minus { k0.wrapping_neg() } else { k0 };
    let h = krait_bytecode::hash::siphash13(k0, 0, &source);
    Ok(new_bytes(h.to_le_bytes().to_vec(), false))
}

fn override_check(_vm: &mut Vm, _args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::Int(-1))
}

/// The `_imp` module.
pub fn make(_vm: &mut Vm) -> Value {
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("is_builtin", is_builtin),
        ("create_builtin", create_builtin),
        ("exec_builtin", returns_zero),
        ("exec_dynamic", returns_zero),
        ("create_dynamic", create_dynamic),
        ("is_frozen", is_frozen),
        ("is_frozen_package", is_frozen_package),
        ("find_frozen", find_frozen),
        ("get_frozen_object", get_frozen_object),
        ("init_frozen", returns_none),
        ("extension_suffixes", extension_suffixes),
        ("acquire_lock", returns_none),
        ("release_lock", returns_none),
        ("lock_held", returns_false),
        ("_fix_co_filename", returns_none),
        ("source_hash", source_hash),
        ("_override_multi_interp_extensions_check", override_check),
        ("_override_frozen_modules_for_tests", returns_none),
    ];
    let mut items: Vec<(&'static str, Value)> = fns.iter().map(|(n, f)| (*n, builtin(n, *f))).collect();
    items.push(("check_hash_based_pycs", Value::str("default")));
    items.push(("pyc_magic_number_token", Value::Int(magic_token())));
    module("_imp", items)
}
