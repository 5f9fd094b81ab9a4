//! `_md5`, `_sha1`, `_sha2`, `_sha3` and `_blake2`: the hash constructors hashlib uses
//! without OpenSSL (`md5()`, `sha1()`, `sha224()`...`sha512()`, `sha3_224()`...`sha3_512()`,
//! `shake_128()`, `shake_256()`, `blake2b()`, `blake2s()` with its key, salt, person and tree
//! parameters), objects with `update`, `digest`, `hexdigest` (a length for the SHAKE XOFs),
//! `copy`, `name`, `digest_size` and `block_size`, over the states of `hasher.rs`.
//!
//! Data must be bytes-like: a str is CPython's "Strings must be encoded before hashing".

use super::hasher::{self, Blake2Params, Hasher};
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
    /// The hash object types, by algorithm name (made on first use).
    static TYPES: RefCell<Vec<(&'static str, ObjRef)>> = const { RefCell::new(Vec::new()) };
}

/// The Python type name and module of an algorithm's objects (CPython's).
fn type_name(name: &'static str) -> (&'static str, &'static str) {
    match name {
        "md5" => ("md5", "_md5"),
        "sha1" => ("sha1", "_sha1"),
        "sha224" => ("SHA224Type", "_sha2"),
        "sha256" => ("SHA256Type", "_sha2"),
        "sha384" => ("SHA384Type", "_sha2"),
        "sha512" => ("SHA512Type", "_sha2"),
        "blake2b" | "blake2s" => (name, "_blake2"),
        _ => (name, "_sha3"),
    }
}

fn class(vm: &Vm, name: &'static str) -> ObjRef {
    if let Some(c) = TYPES.with(|t| t.borrow().iter().find(|(a, _)| *a == name).map(|(_, c)| c.clone())) {
        return c;
    }
    let methods: &[(&'static str, BuiltinFn)] = &[("update", update), ("digest", digest), ("hexdigest", hexdigest), ("copy", copy)];
    let (tname, module) = type_name(name);
    let ty = native::new_type(tname, module, &vm.types.object, methods, &[], None);
    if let Payload::Type(t) = &ty.payload {
        let mut d = t.dict_mut();
        for (n, f) in [("name", attr_name as BuiltinFn), ("digest_size", attr_digest_size), ("block_size", attr_block_size)] {
            d.set_str(n, Value::new_obj(Payload::Property { fget: builtin(n, f), fset: Value::None, fdel: Value::None, doc: Value::None }));
        }
        if module == "_blake2" {
            for (n, v) in blake2_constants(name == "blake2b") {
                d.set_str(n, Value::Int(v as i64));
            }
        }
    }
    TYPES.with(|t| t.borrow_mut().push((name, ty.clone())));
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

/// The size constants of BLAKE2b (`wide`) or BLAKE2s, as the types' attributes name them.
fn blake2_constants(wide: bool) -> [(&'static str, usize); 4] {
    let (salt, key, digest) = hasher::blake2_limits(wide);
    [("SALT_SIZE", salt), ("PERSON_SIZE", salt), ("MAX_KEY_SIZE", key), ("MAX_DIGEST_SIZE", digest)]
}

/// The data argument of a constructor (`data`, or the deprecated `string` keyword).
fn initial_data(vm: &mut Vm, fname: &str, args: &[Value], kwargs: &mut Kwargs) -> Result<Option<Value>, PyErr> {
    let _ = take_kwarg(kwargs, "usedforsecurity");
    let string = take_kwarg(kwargs, "string");
    let p = bind(vm, fname, args, kwargs, &["data"], 0)?;
    match (p[0].clone(), string) {
        (Some(_), Some(_)) => Err(vm.type_error("'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.")),
        (Some(d), None) | (None, Some(d)) => Ok(Some(d)),
        (None, None) => Ok(None),
    }
}

/// A hash object of `class` over `state`, fed `data` first.
fn make_object(vm: &mut Vm, mut state: Hasher, data: Option<Value>) -> PyResult {
    if let Some(d) = data {
        let b = data_bytes(vm, &d)?;
        state.update(&b);
    }
    let c = class(vm, state.name());
    Ok(native::wrap(&c, state))
}

fn construct(vm: &mut Vm, name: &'static str, args: Args, mut kwargs: Kwargs) -> PyResult {
    let data = initial_data(vm, name, &args, &mut kwargs)?;
    let Some(state) = hasher::fresh(name) else { return Err(vm.error("ValueError", format!("unsupported hash type {name}"))) };
    make_object(vm, state, data)
}

fn state(vm: &Vm, args: &[Value]) -> Result<Hasher, PyErr> {
    args.first()
        .and_then(|v| native::with_state::<Hasher, _>(v, |d| d.clone()))
        .ok_or_else(|| vm.type_error("descriptor requires a hash object"))
}

fn update(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!("update() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    let b = data_bytes(vm, &args[1])?;
    state(vm, &args)?;
    native::with_state::<Hasher, _>(&args[0], |d| d.update(&b));
    Ok(Value::None)
}

/// The digest bytes for `digest()`/`hexdigest()`: a SHAKE XOF's requires `length`.
fn digest_bytes(vm: &mut Vm, fname: &str, args: &[Value], kwargs: &Kwargs) -> Result<Vec<u8>, PyErr> {
    let st = state(vm, args)?;
    if !st.is_xof() {
        if args.len() > 1 || !kwargs.is_empty() {
            let tname = type_name(st.name()).0;
            return Err(vm.type_error(format!("{tname}.{fname}() takes no arguments ({} given)", args.len() - 1 + kwargs.len())));
        }
        return Ok(st.finish(0));
    }
    if args.len() == 1 && kwargs.is_empty() {
        return Err(vm.type_error(format!("{fname}() missing required argument 'length' (pos 1)")));
    }
    let p = crate::builtins::methods::bind_args(vm, fname, args, kwargs, &["length"], 1)?;
    let n = match p[0].as_ref() {
        Some(v) => crate::builtins::methods::index_value(vm, v)?,
        None => 0,
    };
    let Ok(n) = usize::try_from(n) else { return Err(vm.error("ValueError", "Cannot convert negative int")) };
    if n >= 1 << 29 {
        return Err(vm.error("ValueError", "length is too large"));
    }
    Ok(st.finish(n))
}

fn digest(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    Ok(crate::builtins::methods::new_bytes(digest_bytes(vm, "digest", &args, &kwargs)?, false))
}

fn hexdigest(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let bytes = digest_bytes(vm, "hexdigest", &args, &kwargs)?;
    Ok(Value::str(bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()))
}

fn copy(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let d = state(vm, &args)?;
    let c = class(vm, d.name());
    Ok(native::wrap(&c, d))
}

fn attr_name(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::str(state(vm, &args)?.name()))
}

fn attr_digest_size(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(state(vm, &args)?.digest_size() as i64))
}

fn attr_block_size(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(state(vm, &args)?.block_size() as i64))
}

/// `blake2b(...)`/`blake2s(...)` (`wide` for BLAKE2b): CPython's parameters and checks.
fn blake2(vm: &mut Vm, wide: bool, args: Args, mut kwargs: Kwargs) -> PyResult {
    let fname = if wide { "blake2b" } else { "blake2s" };
    let (max_salt, max_key, max_digest) = hasher::blake2_limits(wide);
    let names = ["digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node"];
    let mut given: Vec<Option<Value>> = vec![None; names.len()];
    for (i, n) in names.iter().enumerate() {
        given[i] = take_kwarg(&mut kwargs, n);
    }
    if args.len() > 1 {
        return Err(vm.type_error(format!("{fname}() takes at most 1 positional argument ({} given)", args.len())));
    }
    let data = initial_data(vm, fname, &args, &mut kwargs)?;
    let int = |vm: &mut Vm, i: usize, default: i64| -> Result<i64, PyErr> {
        match &given[i] {
            Some(v) => crate::builtins::methods::index_value(vm, v),
            None => Ok(default),
        }
    };
    let bytes = |vm: &mut Vm, i: usize| -> Result<Vec<u8>, PyErr> {
        match &given[i] {
            Some(v) => data_bytes(vm, v),
            None => Ok(Vec::new()),
        }
    };
    let digest_size = int(vm, 0, max_digest as i64)?;
    if !(1..=max_digest as i64).contains(&digest_size) {
        let algo = if wide { "Blake2b" } else { "Blake2s" };
        return Err(vm.error("ValueError", format!("digest_size for {algo} must be between 1 and {max_digest} bytes, here it is {digest_size}")));
    }
    let key = bytes(vm, 1)?;
    if key.len() > max_key {
        return Err(vm.error("ValueError", format!("maximum key length is {max_key} bytes")));
    }
    let salt = bytes(vm, 2)?;
    if salt.len() > max_salt {
        return Err(vm.error("ValueError", format!("maximum salt length is {max_salt} bytes")));
    }
    let person = bytes(vm, 3)?;
    if person.len() > max_salt {
        return Err(vm.error("ValueError", format!("maximum person length is {max_salt} bytes")));
    }
    let fanout = int(vm, 4, 1)?;
    if !(0..=255).contains(&fanout) {
        return Err(vm.error("ValueError", "fanout must be between 0 and 255"));
    }
    let depth = int(vm, 5, 1)?;
    if !(1..=255).contains(&depth) {
        return Err(vm.error("ValueError", "depth must be between 1 and 255"));
    }
    let leaf_size = int(vm, 6, 0)?;
    let Ok(leaf_size) = u32::try_from(leaf_size) else {
        return Err(vm.error("OverflowError", if leaf_size < 0 { "can't convert negative int to unsigned" } else { "leaf_size is too large" }));
    };
    let node_offset = int(vm, 7, 0)?;
    let limit = if wide { u64::MAX } else { (1u64 << 48) - 1 };
    let node_offset = match u64::try_from(node_offset) {
        Ok(n) if n <= limit => n,
        Ok(_) => return Err(vm.error("OverflowError", "node_offset is too large")),
        Err(_) => return Err(vm.error("OverflowError", "can't convert negative int to unsigned")),
    };
    let node_depth = int(vm, 8, 0)?;
    if !(0..=255).contains(&node_depth) {
        return Err(vm.error("ValueError", "node_depth must be between 0 and 255"));
    }
    let inner_size = int(vm, 9, 0)?;
    if !(0..=max_digest as i64).contains(&inner_size) {
        return Err(vm.error("ValueError", format!("inner_size must be between 0 and is {max_digest}")));
    }
    let last_node = match &given[10] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let params = Blake2Params {
        digest_size: digest_size as usize,
        key: &key,
        salt: &salt,
        person: &person,
        fanout: fanout as u8,
        depth: depth as u8,
        leaf_size,
        node_offset,
        node_depth: node_depth as u8,
        inner_size: inner_size as usize,
        last_node,
    };
    let state = hasher::blake2(wide, &params);
    make_object(vm, state, data)
}

/// `__new__` of the sha3 and blake2 types (`cls(data, ...)`, subclasses too).
fn type_new(vm: &mut Vm, mut args: Args, kwargs: Kwargs) -> PyResult {
    let cls = args.first().and_then(Value::as_obj).cloned();
    let name = cls.and_then(|c| TYPES.with(|t| t.borrow().iter().find(|(_, ty)| crate::objects::types::is_subclass(&c, ty)).map(|(n, _)| *n)));
    if !args.is_empty() {
        args.remove(0);
    }
    match name {
        Some("blake2b") => blake2(vm, true, args, kwargs),
        Some("blake2s") => blake2(vm, false, args, kwargs),
        Some(n) => construct(vm, n, args, kwargs),
        None => Err(vm.type_error("__new__() needs a hash type")),
    }
}

macro_rules! constructors {
    ($($f:ident),*) => {
        $(fn $f(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
            construct(vm, stringify!($f), args, kwargs)
        })*
    };
}
constructors!(md5, sha1, sha224, sha256, sha384, sha512);

/// The module `name` (`_md5`, `_sha1`, `_sha2`, `_sha3` or `_blake2`).
pub fn make(vm: &mut Vm, name: &str) -> Value {
    // `_md5`, `_sha1` and `_sha2` have constructor functions beside their types; the sha3 and
    // blake2 constructors are the types themselves.
    let (funcs, types): (&[(&'static str, BuiltinFn)], &[&'static str]) = match name {
        "_md5" => (&[("md5", md5)], &[]),
        "_sha1" => (&[("sha1", sha1)], &[]),
        "_sha3" => (&[], &["sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"]),
        "_blake2" => (&[], &["blake2b", "blake2s"]),
        _ => (&[("sha224", sha224), ("sha256", sha256), ("sha384", sha384), ("sha512", sha512)], &[]),
    };
    let mut items: Vec<(&'static str, Value)> = Vec::new();
    for &(n, f) in funcs {
        items.push((n, builtin(n, f)));
        let tname = match n {
            "md5" => "MD5Type",
            "sha1" => "SHA1Type",
            _ => type_name(n).0,
        };
        items.push((tname, Value::Obj(class(vm, n))));
    }
    for &n in types {
        let ty = class(vm, n);
        if let Payload::Type(t) = &ty.payload {
            t.dict_mut().set_str("__new__", Value::new_obj(Payload::StaticMethod(builtin("__new__", type_new))));
        }
        items.push((n, Value::Obj(ty)));
    }
    if name == "_blake2" {
        // BLAKE2B_SALT_SIZE ... BLAKE2S_MAX_DIGEST_SIZE.
        const NAMES: [[&str; 4]; 2] = [
            ["BLAKE2B_SALT_SIZE", "BLAKE2B_PERSON_SIZE", "BLAKE2B_MAX_KEY_SIZE", "BLAKE2B_MAX_DIGEST_SIZE"],
            ["BLAKE2S_SALT_SIZE", "BLAKE2S_PERSON_SIZE", "BLAKE2S_MAX_KEY_SIZE", "BLAKE2S_MAX_DIGEST_SIZE"],
        ];
        for (names, wide) in NAMES.iter().zip([true, false]) {
            for (n, (_, v)) in names.iter().zip(blake2_constants(wide)) {
                items.push((n, Value::Int(v as i64)));
            }
        }
    }
    if name == "_sha3" {
        items.push(("implementation", Value::str("RustCrypto sha3")));
        items.push(("keccakopt", Value::Int(64)));
    }
    module(name, items)
}
