//! `_md5`, `_sha1` and `_sha2`: the hash constructors hashlib falls back to without
//! OpenSSL (`md5()`, `sha1()`, `sha224()`...`sha512()`), objects with `update`, `digest`,
//! `hexdigest`, `copy`, `name`, `digest_size` and `block_size`, over `digest.rs`.
//!
//! Data must be bytes-like: a str is CPython's "Strings must be encoded before hashing".

use super::digest::{Algo, Digest};
use super::util::{bind, take_kwarg};
use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::native;
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

thread_local! {
    /// The hash object types, by algorithm (made on first use).
    static TYPES: RefCell<Vec<(Algo, ObjRef)>> = const { RefCell::new(Vec::new()) };
}

/// The type name and module of an algorithm's objects (CPython's).
fn type_name(algo: Algo) -> (&'static str, &'static str) {
    match algo {
        Algo::Md5 => ("md5", "_md5"),
        Algo::Sha1 => ("sha1", "_sha1"),
        Algo::Sha224 => ("SHA224Type", "_sha2"),
        Algo::Sha256 => ("SHA256Type", "_sha2"),
        Algo::Sha384 => ("SHA384Type", "_sha2"),
        Algo::Sha512 => ("SHA512Type", "_sha2"),
    }
}

fn class(vm: &Vm, algo: Algo) -> ObjRef {
    if let Some(c) = TYPES.with(|t| t.borrow().iter().find(|(a, _)| *a == algo).map(|(_, c)| c.clone())) {
        return c;
    }
    let methods: &[(&'static str, BuiltinFn)] = &[("update", update), ("digest", digest), ("hexdigest", hexdigest), ("copy", copy)];
    let (name, module) = type_name(algo);
    let ty = native::new_type(name, module, &vm.types.object, methods, &[], None);
    if let Payload::Type(t) = &ty.payload {
        let mut d = t.dict_mut();
        for (n, f) in [("name", attr_name as BuiltinFn), ("digest_size", attr_digest_size), ("block_size", attr_block_size)] {
            d.set_str(n, Value::new_obj(Payload::Property { fget: builtin(n, f), fset: Value::None, fdel: Value::None, doc: Value::None }));
        }
    }
    TYPES.with(|t| t.borrow_mut().push((algo, ty.clone())));
    ty
}

/// The bytes of data to hash, with CPython's errors.
fn data_bytes(vm: &mut Vm, v: &Value) -> Result<Vec<u8>, PyErr> {
    if v.as_str().is_some() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    match crate::builtins::methods::bytes_like(v) {
        Some(b) => Ok(b),
        None => Err(vm.type_error("object supporting the buffer API required")),
    }
}

fn construct(vm: &mut Vm, algo: Algo, args: Args, mut kwargs: Kwargs) -> PyResult {
    let fname = algo.name();
    let _ = take_kwarg(&mut kwargs, "usedforsecurity");
    let string = take_kwarg(&mut kwargs, "string");
    let p = bind(vm, fname, &args, &kwargs, &["data"], 0)?;
    let data = match (p[0].clone(), string) {
        (Some(_), Some(_)) => return Err(vm.type_error("'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.")),
        (Some(d), None) | (None, Some(d)) => Some(d),
        (None, None) => None,
    };
    let mut state = Digest::new(algo);
    if let Some(d) = data {
        let b = data_bytes(vm, &d)?;
        state.update(&b);
    }
    let c = class(vm, algo);
    Ok(native::wrap(&c, state))
}

fn state(vm: &Vm, args: &Args) -> Result<Digest, PyErr> {
    args.first()
        .and_then(|v| native::with_state::<Digest, _>(v, |d| d.clone()))
        .ok_or_else(|| vm.type_error("descriptor requires a hash object"))
}

fn update(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!("update() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    let b = data_bytes(vm, &args[1])?;
    state(vm, &args)?;
    native::with_state::<Digest, _>(&args[0], |d| d.update(&b));
    Ok(Value::None)
}

fn digest(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(crate::builtins::methods::new_bytes(state(vm, &args)?.finish(), false))
}

fn hexdigest(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let bytes = state(vm, &args)?.finish();
    Ok(Value::str(bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()))
}

fn copy(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let d = state(vm, &args)?;
    let c = class(vm, d.algo);
    Ok(native::wrap(&c, d))
}

fn attr_name(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::str(state(vm, &args)?.algo.name()))
}

fn attr_digest_size(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(state(vm, &args)?.algo.digest_size() as i64))
}

fn attr_block_size(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(state(vm, &args)?.algo.block_size() as i64))
}

fn md5(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    construct(vm, Algo::Md5, args, kwargs)
}

fn sha1(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    construct(vm, Algo::Sha1, args, kwargs)
}

fn sha224(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    construct(vm, Algo::Sha224, args, kwargs)
}

fn sha256(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    construct(vm, Algo::Sha256, args, kwargs)
}

fn sha384(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    construct(vm, Algo::Sha384, args, kwargs)
}

fn sha512(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    construct(vm, Algo::Sha512, args, kwargs)
}

/// The module `name` (`_md5`, `_sha1` or `_sha2`).
pub fn make(vm: &mut Vm, name: &str) -> Value {
    let items: Vec<(&'static str, Value)> = match name {
        "_md5" => vec![("md5", builtin("md5", md5)), ("MD5Type", Value::Obj(class(vm, Algo::Md5)))],
        "_sha1" => vec![("sha1", builtin("sha1", sha1)), ("SHA1Type", Value::Obj(class(vm, Algo::Sha1)))],
        _ => vec![
            ("sha224", builtin("sha224", sha224)),
            ("sha256", builtin("sha256", sha256)),
            ("sha384", builtin("sha384", sha384)),
            ("sha512", builtin("sha512", sha512)),
            ("SHA224Type", Value::Obj(class(vm, Algo::Sha224))),
            ("SHA256Type", Value::Obj(class(vm, Algo::Sha256))),
            ("SHA384Type", Value::Obj(class(vm, Algo::Sha384))),
            ("SHA512Type", Value::Obj(class(vm, Algo::Sha512))),
        ],
    };
    module(name, items)
}
