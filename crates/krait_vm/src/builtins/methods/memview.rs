//! The methods and attributes of `memoryview` (over `objects/memoryview.rs`): construction,
//! item and slice access by format, assignment through writable views, `cast`, `tolist`,
//! `tobytes`, `release` and the context manager, equality by unpacked items, with
//! CPython's messages.

use super::{Args, Kwargs, Table, bind_args, index_value, slice_adjust};
use crate::heap::Payload;
use crate::interp::call::{new_list, new_tuple};
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::memoryview::{MemView, exporter_bytes, format_itemsize, pack, unpack};
use crate::value::Value;
use std::cell::Cell;

pub const MEMORYVIEW_METHODS: Table = &[
    ("tobytes", tobytes),
    ("tolist", tolist),
    ("release", release),
    ("hex", super::bytes::hex),
    ("cast", cast),
    ("toreadonly", toreadonly),
    ("count", count),
    ("index", index),
    ("__enter__", enter),
    ("__setitem__", setitem_method),
    ("__delitem__", delitem_method),
    ("__exit__", exit),
];

pub const MEMORYVIEW_ATTRS: Table = &[
    ("nbytes", nbytes),
    ("readonly", readonly),
    ("obj", obj),
    ("format", format),
    ("itemsize", itemsize),
    ("ndim", ndim),
    ("shape", shape),
    ("strides", strides),
    ("suboffsets", suboffsets),
    ("contiguous", contiguous),
    ("c_contiguous", c_contiguous),
    ("f_contiguous", f_contiguous),
];

/// The view inside a memoryview value.
pub fn view_of(v: &Value) -> Option<&MemView> {
    match v.payload()? {
        Payload::MemoryView(m) => Some(m),
        _ => None,
    }
}

fn released_error(vm: &Vm) -> PyErr {
    vm.error("ValueError", "operation forbidden on released memoryview object")
}

/// The live view a method receives.
fn live<'a>(vm: &Vm, v: &'a Value) -> Result<&'a MemView, PyErr> {
    match view_of(v) {
        Some(m) if m.released.get() => Err(released_error(vm)),
        Some(m) => Ok(m),
        None => Err(vm.type_error("descriptor requires a 'memoryview' object")),
    }
}

fn recv<'a>(vm: &Vm, args: &'a Args) -> Result<&'a MemView, PyErr> {
    match args.first() {
        Some(v) => live(vm, v),
        None => Err(vm.type_error("descriptor requires a 'memoryview' object")),
    }
}

fn new_view(m: MemView) -> Value {
    Value::new_obj(Payload::MemoryView(Box::new(m)))
}

fn derived(m: &MemView, format: String, code: u8, itemsize: usize, offset: isize, shape: Vec<usize>, strides: Vec<isize>) -> MemView {
    MemView { obj: m.obj.clone(), released: Cell::new(false), readonly: m.readonly, format, code, itemsize, offset, shape, strides }
}

/// `memoryview(object)`.
pub fn construct(vm: &mut Vm, arg: &Value) -> PyResult {
    if let Some(m) = view_of(arg) {
        if m.released.get() {
            return Err(released_error(vm));
        }
        let (fmt, shape, strides) = (m.format.clone(), m.shape.clone(), m.strides.clone());
        return Ok(new_view(derived(m, fmt, m.code, m.itemsize, m.offset, shape, strides)));
    }
    let inner = crate::builtins::slots::unwrap_native(arg);
    let exporter = if matches!(inner.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_))) { inner.clone() } else { arg.clone() };
    if let Some((code, raw)) = crate::modules::array::buffer(arg) {
        let fmt = char::from(code).to_string();
        // array's 'u'/'w' export as 'w' (4-byte code points); krait keeps 'B'-compatible
        // widths for the others.
        let fmt = if code == b'u' { "w".to_string() } else { fmt };
        let size = format_itemsize(&fmt).map_or(4, |(_, s)| s);
        let mut m = MemView::whole(arg.clone(), false, &fmt, raw.len());
        if format_itemsize(&fmt).is_none() {
            m.itemsize = size;
            m.shape = vec![raw.len() / size];
            m.strides = vec![size as isize];
        }
        return Ok(new_view(m));
    }
    match inner.payload() {
        Some(Payload::Bytes(b)) => Ok(new_view(MemView::whole(exporter, true, "B", b.len()))),
        Some(Payload::ByteArray(b)) => {
            let n = b.borrow().len();
            Ok(new_view(MemView::whole(exporter, false, "B", n)))
        }
        _ => Err(vm.type_error(format!("memoryview: a bytes-like object is required, not '{}'", vm.type_name(arg)))),
    }
}

/// The bytes of a view (`bytes(m)`, comparisons); None when released.
pub fn view_bytes(v: &Value) -> Option<Vec<u8>> {
    let m = view_of(v)?;
    if m.released.get() {
        return None;
    }
    Some(m.to_bytes())
}

/// `len(m)`.
pub fn length(vm: &Vm, v: &Value) -> Result<usize, PyErr> {
    let m = live(vm, v)?;
    match m.shape.first() {
        Some(n) => Ok(*n),
        None => Err(vm.type_error("0-dim memory has no length")),
    }
}

fn item_at(m: &MemView, src: &[u8], off: isize) -> Value {
    let start = usize::try_from(off).unwrap_or(usize::MAX);
    let bytes: Vec<u8> = (0..m.itemsize).map(|k| src.get(start.saturating_add(k)).copied().unwrap_or(0)).collect();
    unpack(m.code, &bytes)
}

/// Every item in C order, unpacked.
fn items(m: &MemView) -> Vec<Value> {
    let src = exporter_bytes(&m.obj).unwrap_or_default();
    m.item_offsets().into_iter().map(|off| item_at(m, &src, off)).collect()
}

/// The items for iteration (`iter(m)`).
pub fn iter_items(vm: &Vm, v: &Value) -> Result<Vec<Value>, PyErr> {
    let m = live(vm, v)?;
    if m.shape.is_empty() {
        return Err(vm.type_error("invalid indexing of 0-dim memory"));
    }
    if m.shape.len() > 1 {
        return Err(vm.error("NotImplementedError", "multi-dimensional sub-views are not implemented"));
    }
    Ok(items(m))
}

/// The byte offset of item `key` along dimension `dim` (an int key).
fn index_offset(vm: &mut Vm, m: &MemView, key: &Value, dim: usize) -> Result<isize, PyErr> {
    let i = index_value(vm, key)?;
    let n = m.shape[dim] as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.error("IndexError", format!("index out of bounds on dimension {}", dim + 1)));
    }
    Ok(j as isize * m.strides[dim])
}

fn is_index(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::BigInt(_) | Payload::Instance(_)))
}

/// The byte offset of the item a key names, None when the key is a slice (or a tuple with
/// slices).
fn item_offset(vm: &mut Vm, m: &MemView, key: &Value) -> Result<Option<isize>, PyErr> {
    if let Some(Payload::Tuple(t)) = key.payload() {
        if !t.is_empty() && t.iter().all(|k| matches!(k.payload(), Some(Payload::Slice(..)))) {
            return Err(vm.error("NotImplementedError", "multi-dimensional slicing is not implemented"));
        }
        if !t.iter().all(is_index) {
            return Err(vm.type_error("memoryview: invalid slice key"));
        }
        if t.len() != m.shape.len() {
            if t.len() < m.shape.len() {
                return Err(vm.error("NotImplementedError", "sub-views are not implemented"));
            }
            return Err(vm.type_error(format!("cannot index {}-dimension view with {}-element tuple", m.shape.len(), t.len())));
        }
        let mut off = m.offset;
        for (dim, k) in t.iter().enumerate() {
            off += index_offset(vm, m, k, dim)?;
        }
        return Ok(Some(off));
    }
    if matches!(key.payload(), Some(Payload::Slice(..))) {
        return Ok(None);
    }
    if !is_index(key) {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    if m.shape.is_empty() {
        return Err(vm.type_error("invalid indexing of 0-dim memory"));
    }
    if m.shape.len() > 1 {
        return Err(vm.error("NotImplementedError", "multi-dimensional sub-views are not implemented"));
    }
    Ok(Some(m.offset + index_offset(vm, m, key, 0)?))
}

/// The view `m[slice]` (along the first dimension).
fn slice_view(vm: &mut Vm, m: &MemView, key: &Value) -> Result<MemView, PyErr> {
    let Some(Payload::Slice(a, b, c)) = key.payload() else { return Err(vm.type_error("memoryview: invalid slice key")) };
    let Some(n) = m.shape.first().copied() else { return Err(vm.type_error("invalid indexing of 0-dim memory")) };
    let (start, _, step, len) = slice_adjust(vm, (a, b, c), n as i64)?;
    let mut shape = m.shape.clone();
    let mut strides = m.strides.clone();
    let offset = m.offset + start as isize * strides[0];
    shape[0] = len.max(0) as usize;
    strides[0] *= step as isize;
    Ok(derived(m, m.format.clone(), m.code, m.itemsize, offset, shape, strides))
}

/// `m[key]`.
pub fn getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult {
    let m = live(vm, v)?;
    if matches!(key, Value::Obj(_)) && key.is(&Value::ellipsis()) {
        return Ok(v.clone());
    }
    if m.shape.is_empty() && matches!(key.payload(), Some(Payload::Tuple(t)) if t.is_empty()) {
        return Ok(items(m).into_iter().next().unwrap_or(Value::None));
    }
    match item_offset(vm, m, key)? {
        Some(off) => {
            let src = exporter_bytes(&m.obj).unwrap_or_default();
            Ok(item_at(m, &src, off))
        }
        None => Ok(new_view(slice_view(vm, m, key)?)),
    }
}

/// Writes `data` at the byte offsets `offs` (one item each) into the exporter.
fn write_items(vm: &mut Vm, m: &MemView, offs: &[isize], data: &[u8]) -> Result<(), PyErr> {
    let mut buf = exporter_bytes(&m.obj).unwrap_or_default();
    for (off, item) in offs.iter().zip(data.chunks(m.itemsize.max(1))) {
        for (k, b) in item.iter().enumerate() {
            if let Some(slot) = usize::try_from(*off + k as isize).ok().and_then(|i| buf.get_mut(i)) {
                *slot = *b;
            }
        }
    }
    let obj = crate::builtins::slots::unwrap_native(&m.obj);
    match obj.payload() {
        Some(Payload::ByteArray(b)) => {
            let mut b = b.borrow_mut();
            let n = b.len().min(buf.len());
            b[..n].copy_from_slice(&buf[..n]);
            Ok(())
        }
        _ => crate::modules::array::set_buffer(vm, &m.obj, &buf),
    }
}

fn pack_error(vm: &Vm, m: &MemView, wrong_type: bool) -> PyErr {
    if wrong_type {
        vm.type_error(format!("memoryview: invalid type for format '{}'", m.format))
    } else {
        vm.error("ValueError", format!("memoryview: invalid value for format '{}'", m.format))
    }
}

/// `m[key] = value`.
pub fn setitem(vm: &mut Vm, v: &Value, key: &Value, value: &Value) -> Result<(), PyErr> {
    let m = live(vm, v)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    if m.shape.is_empty() && (matches!(key.payload(), Some(Payload::Tuple(t)) if t.is_empty()) || key.is(&Value::ellipsis())) {
        let data = pack(m.code, value).map_err(|w| pack_error(vm, m, w))?;
        return write_items(vm, m, &[m.offset], &data);
    }
    if let Some(off) = item_offset(vm, m, key)? {
        let data = pack(m.code, value).map_err(|w| pack_error(vm, m, w))?;
        return write_items(vm, m, &[off], &data);
    }
    if m.shape.len() != 1 {
        return Err(vm.error("NotImplementedError", "memoryview slice assignments are currently restricted to ndim = 1"));
    }
    let dest = slice_view(vm, m, key)?;
    // The source is any buffer: its format and shape must match the destination's.
    let (src_code, src_size, src_shape, src_bytes) = match view_of(value) {
        Some(s) if s.released.get() => return Err(released_error(vm)),
        Some(s) => (s.code, s.itemsize, s.shape.clone(), s.to_bytes()),
        None => match exporter_bytes(value) {
            Some(b) => {
                let (code, size, n) = match crate::modules::array::buffer(value) {
                    Some((c, raw)) => {
                        let size = format_itemsize(&char::from(c).to_string()).map_or(1, |(_, s)| s);
                        (c, size, raw.len() / size.max(1))
                    }
                    None => (b'B', 1, b.len()),
                };
                (code, size, vec![n], b)
            }
            None => return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(value)))),
        },
    };
    if src_code != dest.code || src_size != dest.itemsize || src_shape != dest.shape {
        return Err(vm.error("ValueError", "memoryview assignment: lvalue and rvalue have different structures"));
    }
    let offs = dest.item_offsets();
    write_items(vm, m, &offs, &src_bytes)
}

/// `m1 == m2` / `m == b"..."`: the same shape and equal unpacked items (a released view
/// equals only itself). None when `other` is not a buffer.
pub fn equal(a: &Value, b: &Value) -> Option<bool> {
    let parts = |v: &Value| -> Option<Option<(Vec<usize>, Vec<Value>)>> {
        match view_of(v) {
            Some(m) if m.released.get() => Some(None),
            Some(m) => Some(Some((m.shape.clone(), items(m)))),
            None => {
                let bytes = exporter_bytes(v)?;
                if let Some((code, _)) = crate::modules::array::buffer(v) {
                    let fmt = char::from(code).to_string();
                    let m = MemView::whole(v.clone(), true, &fmt, bytes.len());
                    return Some(Some((m.shape.clone(), items(&m))));
                }
                Some(Some((vec![bytes.len()], bytes.into_iter().map(|x| Value::Int(i64::from(x))).collect())))
            }
        }
    };
    if a.is(b) {
        return Some(true);
    }
    let (x, y) = (parts(a)?, parts(b)?);
    let (Some((sa, ia)), Some((sb, ib))) = (x, y) else { return Some(false) };
    Some(sa == sb && ia.len() == ib.len() && ia.iter().zip(&ib).all(|(p, q)| crate::objects::builtin_eq(p, q)))
}

fn setitem_method(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let [this, key, value] = &args[..] else { return Err(vm.type_error("expected 2 arguments")) };
    setitem(vm, this, key, value).map(|()| Value::None)
}

fn delitem_method(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    recv(vm, &args)?;
    Err(vm.type_error("cannot delete memory"))
}

fn tobytes(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "tobytes", &args, &kwargs, &["order"], 0)?;
    if let Some(o) = &p[0]
        && !matches!(o, Value::None)
        && !matches!(o.as_str(), Some("C" | "F" | "A"))
    {
        return Err(vm.error("ValueError", "order must be 'C', 'F' or 'A'"));
    }
    let m = recv(vm, &args)?;
    Ok(super::new_bytes(m.to_bytes(), false))
}

fn nest(items: &mut std::vec::IntoIter<Value>, shape: &[usize]) -> Value {
    match shape {
        [] => items.next().unwrap_or(Value::None),
        [n] => new_list(items.take(*n).collect()),
        [n, rest @ ..] => new_list((0..*n).map(|_| nest(items, rest)).collect()),
    }
}

fn tolist(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let m = recv(vm, &args)?;
    let all = items(m);
    Ok(nest(&mut all.into_iter(), &m.shape))
}

fn release(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    match args.first().and_then(view_of) {
        Some(m) => {
            m.released.set(true);
            Ok(Value::None)
        }
        None => Err(vm.type_error("descriptor 'release' requires a 'memoryview' object")),
    }
}

fn enter(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    recv(vm, &args)?;
    Ok(args[0].clone())
}

fn exit(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    release(vm, args[..1.min(args.len())].to_vec().into(), vec![])
}

fn toreadonly(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let m = recv(vm, &args)?;
    let mut d = derived(m, m.format.clone(), m.code, m.itemsize, m.offset, m.shape.clone(), m.strides.clone());
    d.readonly = true;
    Ok(new_view(d))
}

fn cast(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "cast", &args, &kwargs, &["format", "shape"], 1)?;
    let m = recv(vm, &args)?;
    let fmt = match p[0].as_ref().and_then(Value::as_str) {
        Some(s) => s.to_string(),
        None => {
            let got = p[0].as_ref().map(|v| vm.type_name(v)).unwrap_or_default();
            return Err(vm.type_error(format!("cast() argument 'format' must be str, not {got}")));
        }
    };
    if !m.c_contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let new_shape = match &p[1] {
        None | Some(Value::None) => None,
        Some(s) => {
            let items = match s.payload() {
                Some(Payload::List(l)) => l.borrow().clone(),
                Some(Payload::Tuple(t)) => t.to_vec(),
                _ => return Err(vm.type_error("shape must be a list or a tuple")),
            };
            let mut dims = Vec::with_capacity(items.len());
            for it in &items {
                if !matches!(it, Value::Int(_)) {
                    return Err(vm.type_error("memoryview.cast(): elements of shape must be integers"));
                }
                let n = index_value(vm, it)?;
                if n <= 0 {
                    return Err(vm.error("ValueError", "memoryview.cast(): elements of shape must be integers > 0"));
                }
                dims.push(n as usize);
            }
            Some(dims)
        }
    };
    if m.shape.contains(&0) || m.strides.contains(&0) {
        return Err(vm.type_error("memoryview: cannot cast view with zeros in shape or strides"));
    }
    if let Some(s) = &new_shape
        && m.shape.len() != 1
        && s.len() != 1
    {
        return Err(vm.type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
    }
    if new_shape.as_ref().is_some_and(|s| s.len() > 64) {
        return Err(vm.error("ValueError", "memoryview: number of dimensions must not exceed 64"));
    }
    let Some((code, size)) = format_itemsize(&fmt) else {
        return Err(vm.error("ValueError", "memoryview: destination format must be a native single character format prefixed with an optional '@'"));
    };
    let byte_fmt = |c: u8| matches!(c, b'B' | b'b' | b'c');
    if !byte_fmt(m.code) && !byte_fmt(code) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.nbytes();
    if !nbytes.is_multiple_of(size) {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let shape = match new_shape {
        Some(s) => {
            if s.iter().product::<usize>() * size != nbytes {
                return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
            }
            s
        }
        None => vec![nbytes / size],
    };
    let mut strides = vec![0isize; shape.len()];
    let mut acc = size as isize;
    for (st, dim) in strides.iter_mut().zip(&shape).rev() {
        *st = acc;
        acc *= *dim as isize;
    }
    Ok(new_view(derived(m, fmt, code, size, m.offset, shape, strides)))
}

fn count(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = bind_args(vm, "count", &args, &kwargs, &["value"], 1)?;
    let x = p[0].clone().unwrap_or(Value::None);
    let all = iter_items(vm, &args[0])?;
    let mut n = 0;
    for it in &all {
        if vm.eq(it, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult {
    let p = super::bind_positional(vm, "memoryview", "index", &args, &kwargs, 3, 1)?;
    let x = p[0].clone().unwrap_or(Value::None);
    let all = iter_items(vm, &args[0])?;
    let start = super::opt_index(vm, &p[1])?;
    let stop = super::opt_index(vm, &p[2])?;
    let (s, e) = super::adjust_range(start, stop, all.len());
    for (i, it) in all.iter().enumerate().take(e).skip(s) {
        if vm.eq(it, &x)? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.error("ValueError", "memoryview.index(x): x not found"))
}

fn nbytes(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(recv(vm, &args)?.nbytes() as i64))
}

fn readonly(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(recv(vm, &args)?.readonly))
}

fn obj(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(recv(vm, &args)?.obj.clone())
}

fn format(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::str(recv(vm, &args)?.format.clone()))
}

fn itemsize(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(recv(vm, &args)?.itemsize as i64))
}

fn ndim(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Int(recv(vm, &args)?.shape.len() as i64))
}

fn shape(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(new_tuple(recv(vm, &args)?.shape.iter().map(|n| Value::Int(*n as i64)).collect::<Vec<_>>()))
}

fn strides(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(new_tuple(recv(vm, &args)?.strides.iter().map(|n| Value::Int(*n as i64)).collect::<Vec<_>>()))
}

fn suboffsets(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    recv(vm, &args)?;
    Ok(new_tuple(Vec::new()))
}

fn contiguous(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    let m = recv(vm, &args)?;
    Ok(Value::Bool(m.c_contiguous() || m.f_contiguous()))
}

fn c_contiguous(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(recv(vm, &args)?.c_contiguous()))
}

fn f_contiguous(vm: &mut Vm, args: Args, _k: Kwargs) -> PyResult {
    Ok(Value::Bool(recv(vm, &args)?.f_contiguous()))
}
