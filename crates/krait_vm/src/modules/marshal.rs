//! `marshal`: `dumps`/`loads`/`dump`/`load` of None, bools, ints, floats, complex numbers,
//! str, bytes, tuples, lists, dicts, sets, frozensets and Ellipsis through krait_bytecode's
//! version-5 marshal reader and writer (the ones `.pyc` files use); `loads` also reads code
//! objects. Only exact built-in types are accepted ("unmarshallable object" otherwise, as
//! CPython); truncated or corrupt data raises CPython's EOFError or ValueError.

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::builtins::methods::{bytes_like, new_bytes};
use crate::heap::Payload;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::int::to_big;
use krait_bytecode::Constant;
use krait_bytecode::marshal;

/// CPython's MAX_MARSHAL_STACK_DEPTH.
const MAX_DEPTH: usize = 2000;

/// The `marshal` module.
pub fn make(_vm: &mut Vm) -> crate::value::Value {
    module(
        "marshal",
        vec![
            ("version", crate::value::Value::Int(i64::from(marshal::VERSION))),
            ("dumps", builtin("dumps", dumps)),
            ("loads", builtin("loads", loads)),
            ("dump", builtin("dump", dump)),
            ("load", builtin("load", load)),
        ],
    )
}

use crate::value::Value;

fn unmarshallable(vm: &Vm) -> PyErr {
    vm.error("ValueError", "unmarshallable object")
}

/// The constant a value marshals as.
fn to_constant(vm: &mut Vm, v: &Value, depth: usize) -> Result<Constant, PyErr> {
    if depth > MAX_DEPTH {
        return Err(vm.error("ValueError", "object too deeply nested to marshal"));
    }
    let items = |vm: &mut Vm, xs: &[Value]| -> Result<Vec<Constant>, PyErr> { xs.iter().map(|x| to_constant(vm, x, depth + 1)).collect() };
    Ok(match v {
        Value::None => Constant::None,
        Value::Bool(b) => Constant::Bool(*b),
        Value::Int(i) => Constant::int(*i),
        Value::Float(f) => Constant::Float(crate::value::canonical_nan(*f)),
        Value::Null => return Err(unmarshallable(vm)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(_) => Constant::Int(to_big(v).unwrap_or_default()),
            Payload::Complex { re, im } => Constant::Complex { real: crate::value::canonical_nan(*re), imag: crate::value::canonical_nan(*im) },
            Payload::Str(s) if s.has_surrogates() => {
                Constant::Str(krait_bytecode::PyStr::from_code_points(s.code_points().collect()).unwrap_or_else(|| krait_bytecode::PyStr::new("")))
            }
            Payload::Str(s) => Constant::str(s),
            Payload::Bytes(_) | Payload::ByteArray(_) => Constant::Bytes(bytes_like(v).unwrap_or_default()),
            Payload::Tuple(t) => Constant::Tuple(items(vm, t)?),
            Payload::List(l) => {
                let xs = l.borrow().clone();
                Constant::List(items(vm, &xs)?)
            }
            Payload::Set(_) | Payload::FrozenSet(_) => {
                let xs = vm.seq_items(v)?;
                let xs = items(vm, &xs)?;
                if matches!(o.payload, Payload::Set(_)) { Constant::Set(xs) } else { Constant::FrozenSet(xs) }
            }
            Payload::Dict(d) => {
                let pairs: Vec<(Value, Value)> = d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                let mut out = Vec::with_capacity(pairs.len());
                for (k, val) in pairs {
                    out.push((to_constant(vm, &k, depth + 1)?, to_constant(vm, &val, depth + 1)?));
                }
                Constant::Dict(out)
            }
            Payload::Ellipsis => Constant::Ellipsis,
            Payload::Type(_) if std::rc::Rc::ptr_eq(o, &vm.types.exception("StopIteration")) => Constant::StopIteration,
            _ => return Err(unmarshallable(vm)),
        },
    })
}

fn version_arg(vm: &mut Vm, v: Option<&Value>) -> Result<(), PyErr> {
    if let Some(v) = v {
        super::util::index_i64(vm, v)?;
    }
    Ok(())
}

fn dumps(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    super::util::take_kwarg(&mut kwargs, "allow_code");
    super::util::no_more_kwargs(vm, "dumps", &kwargs)?;
    super::util::positional(vm, "dumps", &args, &vec![], 1, 2)?;
    version_arg(vm, args.get(1))?;
    let c = to_constant(vm, &args[0], 0)?;
    Ok(new_bytes(marshal::dumps(&c), false))
}

fn decode(vm: &mut Vm, data: &[u8]) -> Result<(Value, usize), PyErr> {
    if data.is_empty() {
        return Err(vm.error("EOFError", "EOF read where object expected"));
    }
    match marshal::loads_prefix(data) {
        Ok((c, n)) => Ok((crate::interp::eval::constant_value(&c), n)),
        Err(e) if e.0.contains("too short") => Err(vm.error("EOFError", "marshal data too short")),
        Err(e) => Err(vm.error("ValueError", e.0)),
    }
}

fn loads(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    super::util::take_kwarg(&mut kwargs, "allow_code");
    super::util::no_more_kwargs(vm, "loads", &kwargs)?;
    super::util::exactly_one(vm, "marshal.loads", &args, &vec![])?;
    let Some(data) = bytes_like(&args[0]) else {
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&args[0]))));
    };
    Ok(decode(vm, &data)?.0)
}

fn dump(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    super::util::take_kwarg(&mut kwargs, "allow_code");
    super::util::no_more_kwargs(vm, "dump", &kwargs)?;
    super::util::positional(vm, "dump", &args, &vec![], 2, 3)?;
    version_arg(vm, args.get(2))?;
    let c = to_constant(vm, &args[0], 0)?;
    let write = vm.getattr(&args[1], "write")?;
    vm.call(write, vec![new_bytes(marshal::dumps(&c), false)], vec![])?;
    Ok(Value::None)
}

/// Reads one value from a binary file, leaving the file just after it when it can seek.
fn load(vm: &mut Vm, args: Args, mut kwargs: Kwargs) -> PyResult {
    super::util::take_kwarg(&mut kwargs, "allow_code");
    super::util::no_more_kwargs(vm, "load", &kwargs)?;
    super::util::exactly_one(vm, "marshal.load", &args, &vec![])?;
    let file = &args[0];
    let start = match vm.getattr_opt(file, "tell")? {
        Some(t) => Some(vm.call(t, vec![], vec![])?),
        None => None,
    };
    let read = vm.getattr(file, "read")?;
    let data = vm.call(read, vec![], vec![])?;
    let Some(bytes) = bytes_like(&data) else { return Err(vm.type_error("file.read() returned not bytes but str")) };
    let (v, n) = decode(vm, &bytes)?;
    if let Some(start) = start
        && let Some(seek) = vm.getattr_opt(file, "seek")?
    {
        let at = vm.binary_op(0, &start, &Value::Int(n as i64))?;
        vm.call(seek, vec![at], vec![])?;
    }
    Ok(v)
}
