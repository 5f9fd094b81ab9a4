//! `array`: typed arrays of numbers or characters (typecodes `b B h H i I l L q Q f d u w`
//! with the item sizes of a 64-bit Linux build). Items are checked and converted on the way
//! in (range errors as CPython's OverflowErrors, `f` items rounded to single precision), so
//! the array always holds what its C counterpart would. Indexing, slices (also assignment
//! and deletion), `+`, `*`, comparisons, `append`/`extend`/`insert`/`pop`/`remove`/`index`/
//! `count`/`reverse`, `tobytes`/`frombytes`, `tolist`/`fromlist`, `tounicode`/`fromunicode`,
//! `byteswap` and CPython's repr.

use super::{Args, Kwargs, module};
use crate::builtins::builtin;
use crate::builtins::methods::{bytes_like, new_bytes};
use crate::heap::Payload;
use crate::interp::call::{new_list, new_tuple};
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::function::BuiltinFn;
use crate::objects::int::{from_big, to_big};
use crate::objects::native;
use crate::value::{ObjRef, Value};
use num_bigint::BigInt;
use std::cell::RefCell;

const CODES: &str = "bBuwhHiIlLqQfd";

struct Arr {
    code: u8,
    items: Vec<Value>,
}

thread_local! {
    static CLASS: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' | b'u' | b'w' => 4,
        _ => 8,
    }
}

fn class(vm: &mut Vm) -> ObjRef {
    if let Some(c) = CLASS.with(|c| c.borrow().clone()) {
        return c;
    }
    let methods: &[(&'static str, BuiltinFn)] = &[
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("reverse", reverse),
        ("tobytes", tobytes),
        ("frombytes", frombytes),
        ("tolist", tolist),
        ("fromlist", fromlist),
        ("tounicode", tounicode),
        ("fromunicode", fromunicode),
        ("byteswap", byteswap),
        ("buffer_info", buffer_info),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__iter__", iter),
        ("__contains__", contains),
        ("__repr__", repr),
        ("__add__", add),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__iadd__", iadd),
        ("__imul__", imul),
        ("__eq__", cmp::<2>),
        ("__ne__", cmp::<3>),
        ("__lt__", cmp::<0>),
        ("__le__", cmp::<1>),
        ("__gt__", cmp::<4>),
        ("__ge__", cmp::<5>),
        ("__copy__", copy),
        ("__deepcopy__", copy),
        ("__reduce_ex__", reduce_ex),
    ];
    let ty = native::new_type("array", "array", &vm.types.object, methods, &[], Some(new));
    if let Payload::Type(t) = &ty.payload {
        let mut d = t.dict_mut();
        for (name, f) in [("typecode", typecode as BuiltinFn), ("itemsize", item_size)] {
            d.set_str(name, Value::new_obj(Payload::Property { fget: builtin(name, f), fset: Value::None, fdel: Value::None, doc: Value::None }));
        }
        d.set_str("__hash__", Value::None);
    }
    CLASS.with(|c| *c.borrow_mut() = Some(ty.clone()));
    ty
}

/// The `array` module.
pub fn make(vm: &mut Vm) -> Value {
    let cls = class(vm);
    module("array", vec![("array", Value::Obj(cls.clone())), ("ArrayType", Value::Obj(cls)), ("typecodes", Value::str(CODES))])
}

fn wrap(vm: &mut Vm, code: u8, items: Vec<Value>) -> Value {
    let cls = class(vm);
    native::wrap(&cls, Arr { code, items })
}

fn state(vm: &Vm, v: Option<&Value>) -> Result<(u8, Vec<Value>), PyErr> {
    v.and_then(|v| native::with_state::<Arr, _>(v, |a| (a.code, a.items.clone())))
        .ok_or_else(|| vm.type_error("descriptor requires an 'array.array' object"))
}

fn set_items(v: &Value, f: impl FnOnce(&mut Vec<Value>)) {
    native::with_state::<Arr, _>(v, |a| f(&mut a.items));
}

/// Converts `v` to an item of typecode `code`, with CPython's errors.
fn convert(vm: &mut Vm, code: u8, v: &Value) -> PyResult {
    match code {
        b'f' | b'd' => {
            let f = super::util::float_arg(vm, v)?;
            Ok(Value::float(if code == b'f' { f64::from(f as f32) } else { f }))
        }
        b'u' | b'w' => match v.as_str() {
            Some(s) if s.chars().count() == 1 => Ok(v.clone()),
            Some(s) => Err(vm.type_error(format!("array item must be a unicode character, not a string of length {}", s.chars().count()))),
            None => Err(vm.type_error(format!("array item must be a unicode character, not {}", vm.type_name(v)))),
        },
        _ => {
            if matches!(v, Value::Float(_)) || matches!(v.payload(), Some(Payload::Str(_))) {
                return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))));
            }
            let n = match to_big(v) {
                Some(n) => n,
                None => super::util::index_arg(vm, v)?,
            };
            let bits = itemsize(code) * 8;
            let signed = code.is_ascii_lowercase();
            let (lo, hi) = if signed {
                (-(BigInt::from(1) << (bits - 1)), (BigInt::from(1) << (bits - 1)) - 1)
            } else {
                (BigInt::from(0), (BigInt::from(1) << bits) - 1)
            };
            if n < lo || n > hi {
                let low = n < lo;
                let msg = match (code, low) {
                    (b'b', _) => format!("signed char is {} minimum", if low { "less than" } else { "greater than" }),
                    (b'B', _) => format!("unsigned byte integer is {} minimum", if low { "less than" } else { "greater than" }),
                    (b'h', _) => format!("signed short integer is {} minimum", if low { "less than" } else { "greater than" }),
                    (b'H', _) => format!("unsigned short is {}", if low { "less than minimum" } else { "greater than maximum" }),
                    (b'i', _) => format!("signed integer is {}", if low { "less than minimum" } else { "greater than maximum" }),
                    (b'I', true) => "can't convert negative value to unsigned int".to_string(),
                    (b'I', false) => "unsigned int is greater than maximum".to_string(),
                    (b'L' | b'Q', true) => "can't convert negative int to unsigned".to_string(),
                    (b'l', _) => "Python int too large to convert to C long".to_string(),
                    (b'L', false) => "Python int too large to convert to C unsigned long".to_string(),
                    (b'q', _) => "Python int too large to convert to C long long".to_string(),
                    _ => "Python int too large to convert to C unsigned long long".to_string(),
                };
                let msg = msg.replace("greater than minimum", "greater than maximum");
                return Err(vm.error("OverflowError", msg));
            }
            Ok(from_big(n))
        }
    }
}

fn convert_all(vm: &mut Vm, code: u8, vals: &[Value]) -> Result<Vec<Value>, PyErr> {
    let mut out = Vec::with_capacity(vals.len());
    for v in vals {
        out.push(convert(vm, code, v)?);
    }
    Ok(out)
}

fn new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    if !kwargs.is_empty() {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    if args.len() < 2 || args.len() > 3 {
        return Err(vm.type_error(format!("array() takes at most 2 arguments ({} given)", args.len().saturating_sub(1))));
    }
    let code = match args[1].as_str() {
        Some(s) if s.chars().count() == 1 => s.as_bytes()[0],
        Some(_) | None => {
            return Err(vm.type_error(format!("array() argument 1 must be a unicode character, not {}", vm.type_name(&args[1]))));
        }
    };
    if !CODES.as_bytes().contains(&code) {
        return Err(vm.error("ValueError", "bad typecode (must be b, B, u, w, h, H, i, I, l, L, q, Q, f or d)"));
    }
    if code == b'u' {
        vm.warn("DeprecationWarning", "The 'u' type code is deprecated and will be removed in Python 3.16", 1)?;
    }
    let cls = args[0].as_obj().cloned().unwrap_or_else(|| class(vm));
    let Some(init) = args.get(2) else { return Ok(native::wrap(&cls, Arr { code, items: Vec::new() })) };
    let items = if let Some(s) = init.as_str() {
        if code != b'u' && code != b'w' {
            return Err(vm.type_error(format!("cannot use a str to initialize an array with typecode '{}'", char::from(code))));
        }
        s.chars().map(|c| Value::str(c.to_string())).collect()
    } else if let Some((c2, items)) = native::with_state::<Arr, _>(init, |a| (a.code, a.items.clone())) {
        if matches!(c2, b'u' | b'w') != matches!(code, b'u' | b'w') {
            return Err(vm.type_error(format!("cannot use a unicode array to initialize an array with typecode '{}'", char::from(code))));
        }
        convert_all(vm, code, &items)?
    } else if let Some(Payload::Bytes(_) | Payload::ByteArray(_)) = init.payload() {
        let data = bytes_like(init).unwrap_or_default();
        from_raw(vm, code, &data)?
    } else {
        let vals = vm.seq_items(init)?;
        convert_all(vm, code, &vals)?
    };
    Ok(native::wrap(&cls, Arr { code, items }))
}

fn typecode(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (c, _) = state(vm, args.first())?;
    Ok(Value::str(char::from(c).to_string()))
}

fn item_size(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (c, _) = state(vm, args.first())?;
    Ok(Value::Int(itemsize(c) as i64))
}

fn arg1(vm: &Vm, name: &str, args: &[Value]) -> Result<Value, PyErr> {
    args.get(1).cloned().ok_or_else(|| vm.type_error(format!("array.{name}() takes exactly one argument (0 given)")))
}

fn append(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (c, _) = state(vm, args.first())?;
    let v = convert(vm, c, &arg1(vm, "append", &args)?)?;
    set_items(&args[0], |i| i.push(v));
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (c, _) = state(vm, args.first())?;
    let other = arg1(vm, "extend", &args)?;
    let vals = match native::with_state::<Arr, _>(&other, |a| (a.code, a.items.clone())) {
        Some((c2, items)) if c2 == c => items,
        Some(_) => return Err(vm.type_error("can only extend with array of same kind")),
        None => {
            let vals = vm.seq_items(&other)?;
            convert_all(vm, c, &vals)?
        }
    };
    set_items(&args[0], |i| i.extend(vals));
    Ok(Value::None)
}

fn clamp_index(i: i64, n: usize) -> usize {
    let n = n as i64;
    (if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize
}

fn insert(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (c, items) = state(vm, args.first())?;
    if args.len() != 3 {
        return Err(vm.type_error(format!("insert expected 2 arguments, got {}", args.len().saturating_sub(1))));
    }
    let i = super::util::index_i64(vm, &args[1])?;
    let v = convert(vm, c, &args[2])?;
    let at = clamp_index(i, items.len());
    set_items(&args[0], |it| it.insert(at, v));
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (_, items) = state(vm, args.first())?;
    let i = match args.get(1) {
        Some(v) => super::util::index_i64(vm, v)?,
        None => -1,
    };
    if items.is_empty() {
        return Err(vm.error("IndexError", "pop from empty array"));
    }
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.error("IndexError", "pop index out of range"));
    }
    let v = items[j as usize].clone();
    set_items(&args[0], |it| {
        it.remove(j as usize);
    });
    Ok(v)
}

fn find(vm: &mut Vm, items: &[Value], x: &Value, start: usize, stop: usize) -> Result<Option<usize>, PyErr> {
    for (k, it) in items.iter().enumerate().take(stop).skip(start) {
        if vm.eq(it, x)? {
            return Ok(Some(k));
        }
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (_, items) = state(vm, args.first())?;
    let x = arg1(vm, "remove", &args)?;
    match find(vm, &items, &x, 0, items.len())? {
        Some(k) => {
            set_items(&args[0], |it| {
                it.remove(k);
            });
            Ok(Value::None)
        }
        None => Err(vm.error("ValueError", "array.remove(x): x not in array")),
    }
}

fn index(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (_, items) = state(vm, args.first())?;
    let x = arg1(vm, "index", &args)?;
    let n = items.len();
    let start = match args.get(2) {
        Some(v) => clamp_index(super::util::index_i64(vm, v)?, n),
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => clamp_index(super::util::index_i64(vm, v)?, n),
        None => n,
    };
    match find(vm, &items, &x, start, stop)? {
        Some(k) => Ok(Value::Int(k as i64)),
        None => Err(vm.error("ValueError", "array.index(x): x not in array")),
    }
}

fn count(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (_, items) = state(vm, args.first())?;
    let x = arg1(vm, "count", &args)?;
    let mut n = 0;
    for it in &items {
        if vm.eq(it, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn reverse(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    state(vm, args.first())?;
    set_items(&args[0], |it| it.reverse());
    Ok(Value::None)
}

/// The machine bytes of the items (little-endian, as this build's native order).
fn to_raw(code: u8, items: &[Value]) -> Vec<u8> {
    let size = itemsize(code);
    let mut out = Vec::with_capacity(items.len() * size);
    for it in items {
        match code {
            b'f' | b'd' => {
                let f = crate::value::canonical_nan(crate::objects::int::to_f64(it).unwrap_or(0.0));
                if code == b'f' {
                    out.extend_from_slice(&(f as f32).to_le_bytes());
                } else {
                    out.extend_from_slice(&f.to_le_bytes());
                }
            }
            b'u' | b'w' => {
                let c = it.as_str().and_then(|s| s.chars().next()).map_or(0, u32::from);
                out.extend_from_slice(&c.to_le_bytes());
            }
            _ => {
                let n = to_big(it).unwrap_or_default();
                let mut b = n.to_signed_bytes_le();
                let fill = if n.sign() == num_bigint::Sign::Minus { 0xff } else { 0 };
                b.resize(size.max(b.len()), fill);
                out.extend_from_slice(&b[..size]);
            }
        }
    }
    out
}

fn from_raw(vm: &mut Vm, code: u8, data: &[u8]) -> Result<Vec<Value>, PyErr> {
    let size = itemsize(code);
    if !data.len().is_multiple_of(size) {
        return Err(vm.error("ValueError", "bytes length not a multiple of item size"));
    }
    let mut out = Vec::with_capacity(data.len() / size);
    for chunk in data.chunks(size) {
        out.push(match code {
            b'f' => Value::float(f64::from(f32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]))),
            b'd' => Value::float(f64::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7]])),
            b'u' | b'w' => {
                let c = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
                match char::from_u32(c) {
                    Some(ch) => Value::str(ch.to_string()),
                    None => return Err(vm.error("ValueError", format!("character U+{c:x} is not in range [U+0000; U+10ffff]"))),
                }
            }
            c if c.is_ascii_lowercase() => from_big(BigInt::from_signed_bytes_le(chunk)),
            _ => from_big(BigInt::from_bytes_le(num_bigint::Sign::Plus, chunk)),
        });
    }
    Ok(out)
}

fn tobytes(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (c, items) = state(vm, args.first())?;
    Ok(new_bytes(to_raw(c, &items), false))
}

fn frombytes(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (c, _) = state(vm, args.first())?;
    let b = arg1(vm, "frombytes", &args)?;
    let Some(data) = bytes_like(&b) else { return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&b)))) };
    let vals = from_raw(vm, c, &data)?;
    set_items(&args[0], |i| i.extend(vals));
    Ok(Value::None)
}

fn byteswap(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (c, items) = state(vm, args.first())?;
    let size = itemsize(c);
    let mut raw = to_raw(c, &items);
    for chunk in raw.chunks_mut(size) {
        chunk.reverse();
    }
    let vals = from_raw(vm, c, &raw)?;
    set_items(&args[0], |i| *i = vals);
    Ok(Value::None)
}

fn buffer_info(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (_, items) = state(vm, args.first())?;
    Ok(new_tuple([Value::Int(args[0].id()), Value::Int(items.len() as i64)]))
}

fn tolist(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(new_list(state(vm, args.first())?.1))
}

fn fromlist(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (c, _) = state(vm, args.first())?;
    let l = arg1(vm, "fromlist", &args)?;
    if !matches!(l.payload(), Some(Payload::List(_))) {
        return Err(vm.type_error("arg must be list"));
    }
    let vals = vm.seq_items(&l)?;
    let vals = convert_all(vm, c, &vals)?;
    set_items(&args[0], |i| i.extend(vals));
    Ok(Value::None)
}

fn tounicode(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (c, items) = state(vm, args.first())?;
    if c != b'u' && c != b'w' {
        return Err(vm.error("ValueError", "tounicode() may only be called on unicode type arrays ('u' or 'w')"));
    }
    Ok(Value::str(items.iter().filter_map(Value::as_str).collect::<String>()))
}

fn fromunicode(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (c, _) = state(vm, args.first())?;
    if c != b'u' && c != b'w' {
        return Err(vm.error("ValueError", "fromunicode() may only be called on unicode type arrays ('u' or 'w')"));
    }
    let s = arg1(vm, "fromunicode", &args)?;
    let Some(s) = s.as_str().map(str::to_string) else {
        return Err(vm.type_error(format!("fromunicode() argument must be str, not {}", vm.type_name(&s))));
    };
    set_items(&args[0], |i| i.extend(s.chars().map(|ch| Value::str(ch.to_string()))));
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    Ok(Value::Int(state(vm, args.first())?.1.len() as i64))
}

fn getitem(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (c, items) = state(vm, args.first())?;
    let key = arg1(vm, "__getitem__", &args)?;
    if let Some(Payload::Slice(a, b, s)) = key.payload() {
        let idx = vm.slice_indices(a, b, s, items.len())?;
        let out = idx.into_iter().map(|i| items[i].clone()).collect();
        return Ok(wrap(vm, c, out));
    }
    if to_big(&key).is_none() && !matches!(key.payload(), Some(Payload::Instance(_))) {
        return Err(vm.type_error("array indices must be integers"));
    }
    let i = super::util::index_i64(vm, &key)?;
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.error("IndexError", "array index out of range"));
    }
    Ok(items[j as usize].clone())
}

fn setitem(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (c, items) = state(vm, args.first())?;
    let [_, key, value] = args.as_slice() else { return Err(vm.type_error("expected 2 arguments")) };
    if let Some(Payload::Slice(a, b, s)) = key.payload() {
        let Some((c2, new_items)) = native::with_state::<Arr, _>(value, |a| (a.code, a.items.clone())) else {
            return Err(vm.type_error(format!("can only assign array (not \"{}\") to array slice", vm.type_name(value))));
        };
        if c2 != c {
            return Err(vm.type_error("bad argument type for built-in operation"));
        }
        let step_one = matches!(s, Value::None | Value::Int(1));
        let idx = vm.slice_indices(a, b, s, items.len())?;
        if step_one {
            let n = items.len() as i64;
            let lo = match a {
                Value::None => 0,
                v => clamp_index(super::util::index_i64(vm, v)?, n as usize),
            };
            let hi = idx.last().map_or(lo, |l| l + 1).max(lo);
            set_items(&args[0], |it| {
                it.splice(lo..hi, new_items);
            });
            return Ok(Value::None);
        }
        if idx.len() != new_items.len() {
            return Err(vm.error("ValueError", format!("attempt to assign array of size {} to extended slice of size {}", new_items.len(), idx.len())));
        }
        set_items(&args[0], |it| {
            for (i, v) in idx.into_iter().zip(new_items) {
                it[i] = v;
            }
        });
        return Ok(Value::None);
    }
    let i = super::util::index_i64(vm, key)?;
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.error("IndexError", "array assignment index out of range"));
    }
    let v = convert(vm, c, value)?;
    set_items(&args[0], |it| it[j as usize] = v);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (_, items) = state(vm, args.first())?;
    let key = arg1(vm, "__delitem__", &args)?;
    if let Some(Payload::Slice(a, b, s)) = key.payload() {
        let idx = vm.slice_indices(a, b, s, items.len())?;
        set_items(&args[0], |it| {
            let mut k = 0;
            it.retain(|_| {
                let keep = !idx.contains(&k);
                k += 1;
                keep
            });
        });
        return Ok(Value::None);
    }
    let i = super::util::index_i64(vm, &key)?;
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.error("IndexError", "array assignment index out of range"));
    }
    set_items(&args[0], |it| {
        it.remove(j as usize);
    });
    Ok(Value::None)
}

fn iter(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (_, items) = state(vm, args.first())?;
    vm.get_iter(&new_list(items))
}

fn contains(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (_, items) = state(vm, args.first())?;
    let x = arg1(vm, "__contains__", &args)?;
    Ok(Value::Bool(find(vm, &items, &x, 0, items.len())?.is_some()))
}

fn repr(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (c, items) = state(vm, args.first())?;
    let name = vm.type_name(&args[0]);
    let code = char::from(c);
    if items.is_empty() {
        return Ok(Value::str(format!("{name}('{code}')")));
    }
    let body = if c == b'u' || c == b'w' {
        vm.repr(&Value::str(items.iter().filter_map(Value::as_str).collect::<String>()))?
    } else {
        vm.repr(&new_list(items))?
    };
    Ok(Value::str(format!("{name}('{code}', {body})")))
}

fn add(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (c, mut items) = state(vm, args.first())?;
    let other = arg1(vm, "__add__", &args)?;
    match native::with_state::<Arr, _>(&other, |a| (a.code, a.items.clone())) {
        Some((c2, more)) if c2 == c => {
            items.extend(more);
            Ok(wrap(vm, c, items))
        }
        Some(_) => Err(vm.type_error("bad argument type for built-in operation")),
        None => Err(vm.type_error(format!("can only append array (not \"{}\") to array", vm.type_name(&other)))),
    }
}

fn iadd(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (c, _) = state(vm, args.first())?;
    let other = arg1(vm, "__iadd__", &args)?;
    match native::with_state::<Arr, _>(&other, |a| (a.code, a.items.clone())) {
        Some((c2, more)) if c2 == c => {
            set_items(&args[0], |i| i.extend(more));
            Ok(args[0].clone())
        }
        Some(_) => Err(vm.type_error("can only extend with array of same kind")),
        None => Err(vm.type_error(format!("can only extend array with array (not \"{}\")", vm.type_name(&other)))),
    }
}

fn repeat_count(vm: &mut Vm, v: &Value) -> Result<usize, PyErr> {
    if to_big(v).is_none() && !matches!(v.payload(), Some(Payload::Instance(_))) {
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{}'", vm.type_name(v))));
    }
    Ok(super::util::index_i64(vm, v)?.max(0) as usize)
}

/// `items` repeated `n` times (MemoryError when too big).
fn repeated(vm: &Vm, items: &[Value], n: usize) -> Result<Vec<Value>, PyErr> {
    let total = items.len().checked_mul(n).ok_or_else(|| PyErr(crate::interp::exceptions::new_exception(vm.types.exception("MemoryError"), vec![])))?;
    let mut out = super::util::vec_with_capacity(vm, total)?;
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

fn mul(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (c, items) = state(vm, args.first())?;
    let n = repeat_count(vm, &arg1(vm, "__mul__", &args)?)?;
    let out = repeated(vm, &items, n)?;
    Ok(wrap(vm, c, out))
}

fn imul(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (_, items) = state(vm, args.first())?;
    let n = repeat_count(vm, &arg1(vm, "__imul__", &args)?)?;
    let out = repeated(vm, &items, n)?;
    set_items(&args[0], |i| *i = out);
    Ok(args[0].clone())
}

/// Comparisons: element-wise, like lists (other operands: NotImplemented).
fn cmp<const OP: u32>(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (_, a) = state(vm, args.first())?;
    let other = arg1(vm, "compare", &args)?;
    let Some(b) = native::with_state::<Arr, _>(&other, |x| x.items.clone()) else { return Ok(Value::not_implemented()) };
    vm.compare(OP, &new_list(a), &new_list(b))
}

fn copy(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (c, items) = state(vm, args.first())?;
    Ok(wrap(vm, c, items))
}

/// `(array, (typecode, list))`: enough for copy and pickle.
fn reduce_ex(vm: &mut Vm, args: Args, _kwargs: Kwargs) -> PyResult {
    let (c, items) = state(vm, args.first())?;
    let cls = Value::Obj(vm.types.type_of(&args[0]));
    let state_dict = match args[0].payload() {
        Some(Payload::Instance(i)) if !i.attrs().borrow().is_empty() => Value::Obj(i.dict_obj().clone()),
        _ => Value::None,
    };
    Ok(new_tuple([cls, new_tuple([Value::str(char::from(c).to_string()), new_list(items)]), state_dict]))
}

/// The typecode and raw bytes of an array (what a memoryview or `bytes()` sees), None for
/// other values.
pub fn buffer(v: &Value) -> Option<(u8, Vec<u8>)> {
    native::with_state::<Arr, _>(v, |a| (a.code, to_raw(a.code, &a.items)))
}

/// Replaces an array's items with those `raw` encodes (a write through a memoryview).
pub fn set_buffer(vm: &mut Vm, v: &Value, raw: &[u8]) -> Result<(), PyErr> {
    let Some(code) = native::with_state::<Arr, _>(v, |a| a.code) else { return Ok(()) };
    let vals = from_raw(vm, code, raw)?;
    set_items(v, |i| *i = vals);
    Ok(())
}
