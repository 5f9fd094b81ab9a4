//! Operations on values: truth, repr/str, arithmetic and comparisons, attributes,
//! subscripts, iteration. Built-in types are matched first; instances of user classes go
//! through their dunder methods.

use super::{PyErr, PyResult, Vm};
use crate::heap::Payload;
use crate::objects::int::{self, floor_divmod, from_big, to_big, to_f64};
use crate::objects::iter::{IterState, Step};
use crate::objects::types::{self, InstanceObj};
use crate::objects::{builtin_eq, str as pystr};
use crate::value::Value;
use krait_syntax::ast::repr::float_repr;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cell::RefCell;

const BINOP_SYMBOLS: [&str; 13] = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"];
pub(crate) const BINOP_DUNDERS: [(&str, &str); 13] = [
    ("__add__", "__radd__"),
    ("__and__", "__rand__"),
    ("__floordiv__", "__rfloordiv__"),
    ("__lshift__", "__rlshift__"),
    ("__matmul__", "__rmatmul__"),
    ("__mul__", "__rmul__"),
    ("__mod__", "__rmod__"),
    ("__or__", "__ror__"),
    ("__pow__", "__rpow__"),
    ("__rshift__", "__rrshift__"),
    ("__sub__", "__rsub__"),
    ("__truediv__", "__rtruediv__"),
    ("__xor__", "__rxor__"),
];
const CMP_SYMBOLS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];
pub(crate) const CMP_DUNDERS: [(&str, &str); 6] = [
    ("__lt__", "__gt__"),
    ("__le__", "__ge__"),
    ("__eq__", "__eq__"),
    ("__ne__", "__ne__"),
    ("__gt__", "__lt__"),
    ("__ge__", "__le__"),
];

/// `x / y` for ints, correctly rounded as CPython's long_true_divide; None on overflow.
fn big_truediv(x: &BigInt, y: &BigInt) -> Option<f64> {
    let neg = x.is_negative() != y.is_negative();
    let (a, b) = (x.abs(), y.abs());
    let f = if a.bits() <= 53 && b.bits() <= 53 {
        a.to_f64()? / b.to_f64()?
    } else {
        // A quotient of 55..=56 significant bits, a sticky bit for the remainder, then scaled.
        let shift = a.bits() as i64 - b.bits() as i64 - 55;
        let (q, r) = if shift >= 0 {
            num_integer::Integer::div_rem(&a, &(&b << shift as usize))
        } else {
            num_integer::Integer::div_rem(&(&a << (-shift) as usize), &b)
        };
        let q = (q << 1usize) | BigInt::from(u8::from(!r.is_zero()));
        let m = q.to_u64()? as f64;
        let e = shift - 1;
        if e > 2000 {
            f64::INFINITY
        } else if e < -2000 {
            0.0
        } else {
            // Scale in steps so intermediate powers stay finite.
            let mut v = m;
            let mut e = e;
            while e > 0 {
                let s = e.min(1000);
                v *= 2f64.powi(s as i32);
                e -= s;
            }
            while e < 0 {
                let s = (-e).min(1000);
                v /= 2f64.powi(s as i32);
                e += s;
            }
            v
        }
    };
    if f.is_infinite() {
        return None;
    }
    Some(if neg { -f } else { f })
}

fn int_pow(vm: &Vm, a: &BigInt, b: &BigInt) -> PyResult {
    if b.is_negative() {
        let (x, y) = (a.to_f64().unwrap_or(f64::INFINITY), b.to_f64().unwrap_or(f64::INFINITY));
        if x == 0.0 {
            return Err(vm.error("ZeroDivisionError", "zero to a negative power"));
        }
        return Ok(Value::float(x.powf(y)));
    }
    let Some(e) = b.to_u32() else {
        return Err(vm.error("OverflowError", "exponent too large"));
    };
    Ok(from_big(num_traits::pow::Pow::pow(a, e)))
}

thread_local! {
    /// The containers whose repr is being computed (by id), innermost last.
    static REPR_STACK: RefCell<Vec<i64>> = const { RefCell::new(Vec::new()) };
    static GENERIC_ALIAS: RefCell<Option<Value>> = const { RefCell::new(None) };
    static TYPES_MODULE: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// The `_types` module made for this thread's VM, if any (one GenericAlias class).
pub fn cached_types_module() -> Option<Value> {
    TYPES_MODULE.with(|m| m.borrow().clone())
}

/// Remembers the `_types` module.
pub fn cache_types_module(m: &Value) {
    TYPES_MODULE.with(|t| *t.borrow_mut() = Some(m.clone()));
}

/// The unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unary {
    Neg,
    Pos,
    Invert,
}

impl Vm {
    /// The name of a value's type.
    pub fn type_name(&self, v: &Value) -> String {
        match &self.types.type_of(v).payload {
            Payload::Type(t) => t.name.clone(),
            _ => "object".to_string(),
        }
    }

    fn instance_method(&self, v: &Value, name: &str) -> Option<Value> {
        match v.payload() {
            Some(Payload::Instance(i)) => types::lookup(&i.class(), name).filter(|m| !matches!(m, Value::None)),
            // A class whose metaclass is a user class: the special method comes from the metaclass.
            Some(Payload::Type(t)) => {
                let meta = t.meta.borrow().clone()?;
                types::lookup(&meta, name).filter(|m| !matches!(m, Value::None))
            }
            _ => None,
        }
    }

    /// Calls `meta.name(cls)` for a class `cls` whose metaclass `meta` defines `name`.
    fn call_dunder_on_class(&mut self, cls: &Value, meta: &crate::value::ObjRef, name: &str) -> Option<PyResult> {
        let m = types::lookup(meta, name)?;
        Some(self.call(m, vec![cls.clone()], vec![]))
    }

    /// Calls `v.name(args)` when `v` is an instance whose class defines `name` (or a class whose
    /// metaclass does).
    pub fn call_dunder(&mut self, v: &Value, name: &str, args: Vec<Value>) -> Option<PyResult> {
        let m = self.instance_method(v, name)?;
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(v.clone());
        full.extend(args);
        Some(self.call(m, full, vec![]))
    }

    /// `-v`, `+v`, `~v`.
    pub fn unary_op(&mut self, op: Unary, v: &Value) -> PyResult {
        const BOOL_INVERT_DEPRECATED: &str = "Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.";
        let r = match (op, v) {
            (Unary::Neg, Value::Int(i)) => match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => from_big(-BigInt::from(*i)),
            },
            (Unary::Neg, Value::Bool(b)) => Value::Int(-i64::from(*b)),
            (Unary::Neg, Value::Float(f)) => Value::float(-f),
            (Unary::Pos, Value::Int(_) | Value::Float(_)) => v.clone(),
            (Unary::Pos, Value::Bool(b)) => Value::Int(i64::from(*b)),
            (Unary::Invert, Value::Int(i)) => Value::Int(!i),
            (Unary::Invert, Value::Bool(b)) => {
                self.warn("DeprecationWarning", BOOL_INVERT_DEPRECATED, 1)?;
                Value::Int(!i64::from(*b))
            }
            _ => match (op, v.payload()) {
                (Unary::Neg, Some(Payload::BigInt(b))) => from_big(-b.clone()),
                (Unary::Pos, Some(Payload::BigInt(_))) => v.clone(),
                (Unary::Invert, Some(Payload::BigInt(b))) => from_big(-b.clone() - 1),
                (Unary::Neg, Some(Payload::Complex { re, im })) => crate::builtins::methods::new_complex(-re, -im),
                (Unary::Pos, Some(Payload::Complex { re, im })) => crate::builtins::methods::new_complex(*re, *im),
                _ => {
                    let (dunder, sym) = match op {
                        Unary::Neg => ("__neg__", "-"),
                        Unary::Pos => ("__pos__", "+"),
                        Unary::Invert => ("__invert__", "~"),
                    };
                    match self.call_dunder(v, dunder, vec![]) {
                        Some(r) => r?,
                        None => return Err(self.type_error(format!("bad operand type for unary {sym}: '{}'", self.type_name(v)))),
                    }
                }
            },
        };
        Ok(r)
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> Result<bool, PyErr> {
        Ok(match v {
            Value::Null | Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => !s.is_empty(),
                Payload::BigInt(b) => !b.is_zero(),
                Payload::Tuple(t) => !t.is_empty(),
                Payload::List(l) => !l.borrow().is_empty(),
                Payload::Dict(d) | Payload::Set(d) | Payload::FrozenSet(d) => !d.borrow().is_empty(),
                Payload::Complex { re, im } => *re != 0.0 || *im != 0.0,
                Payload::Bytes(b) => !b.is_empty(),
                Payload::ByteArray(b) => !b.borrow().is_empty(),
                Payload::Range { start, stop, step } => range_len(*start, *stop, *step) > 0,
                Payload::BigRange(r) => !r.len.is_zero(),
                Payload::Instance(inst) => {
                    // A class found without either method at its current version answers
                    // at once (CPython's TO_BOOL_ALWAYS_TRUE).
                    let cls = inst.class();
                    let Payload::Type(t) = &cls.payload else { return Ok(true) };
                    if t.truth_plain.get() == t.version() {
                        return Ok(true);
                    }
                    // Each method is looked up once; one set to None blocks the protocol, as
                    // CPython's slots do.
                    match (types::lookup(&cls, "__bool__"), types::lookup(&cls, "__len__")) {
                        (Some(Value::None), _) => return Err(self.type_error(format!("'{}' cannot be interpreted as a boolean", self.type_name(v)))),
                        (Some(m), _) => {
                            return match self.call(m, vec![v.clone()], vec![])? {
                                Value::Bool(b) => Ok(b),
                                other => Err(self.type_error(format!(
                                    "__bool__ should return bool, returned {}",
                                    self.type_name(&other)
                                ))),
                            };
                        }
                        (None, Some(Value::None)) => return Err(self.type_error("'NoneType' object is not callable")),
                        (None, Some(m)) => {
                            let n = match m.payload() {
                                // A Rust module's type's `__len__` (deque's) runs at once.
                                Some(Payload::MethodDescr { func, owner, .. }) if matches!(&owner.payload, Payload::Type(ot) if ot.kind == types::Kind::Native) => {
                                    (func.func)(self, smallvec::smallvec![v.clone()], Vec::new())?
                                }
                                _ => self.call(m, vec![v.clone()], vec![])?,
                            };
                            return Ok(match n {
                                Value::Int(i) if i >= 0 => i != 0,
                                n => crate::builtins::len_result(self, n)? != 0,
                            });
                        }
                        (None, None) => {}
                    }
                    t.truth_plain.set(t.version());
                    true
                }
                Payload::NotImplemented => return Err(self.type_error("NotImplemented should not be used in a boolean context")),
                _ => true,
            },
        })
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> Result<String, PyErr> {
        Ok(match v {
            Value::Null => "<NULL>".to_string(),
            Value::None => "None".to_string(),
            Value::Bool(true) => "True".to_string(),
            Value::Bool(false) => "False".to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => float_repr(*f),
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => pystr::repr_obj(s),
                Payload::BigInt(b) => crate::objects::int::big_to_decimal(b).map_err(|m| self.error("ValueError", m))?,
                Payload::Tuple(items) => {
                    if items.len() == 1 {
                        format!("({},)", self.repr(&items[0])?)
                    } else {
                        format!("({})", self.join_reprs(items)?)
                    }
                }
                Payload::List(items) => {
                    let items: Vec<Value> = items.borrow().clone();
                    if !self.enter_repr(v)? {
                        return Ok("[...]".to_string());
                    }
                    let r = self.join_reprs(&items);
                    self.leave_repr();
                    format!("[{}]", r?)
                }
                Payload::Dict(d) => {
                    let pairs: Vec<(Value, Value)> = d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                    let mut parts = Vec::with_capacity(pairs.len());
                    if !self.enter_repr(v)? {
                        return Ok("{...}".to_string());
                    }
                    for (k, v) in pairs {
                        let r = self.repr(&k).and_then(|k| Ok(format!("{k}: {}", self.repr(&v)?)));
                        match r {
                            Ok(s) => parts.push(s),
                            Err(e) => {
                                self.leave_repr();
                                return Err(e);
                            }
                        }
                    }
                    self.leave_repr();
                    format!("{{{}}}", parts.join(", "))
                }
                Payload::Set(d) => {
                    let items = crate::objects::set::iteration_order(&d.borrow());
                    if items.is_empty() {
                        return Ok("set()".to_string());
                    }
                    if !self.enter_repr(v)? {
                        return Ok("set(...)".to_string());
                    }
                    let r = self.join_reprs(&items);
                    self.leave_repr();
                    format!("{{{}}}", r?)
                }
                Payload::Function(f) => format!("<function {} at {:#x}>", f.qualname(), v.id()),
                Payload::Builtin(b) => format!("<built-in function {}>", b.name),
                Payload::BoundMethod { receiver, func } => match func.payload() {
                    Some(Payload::Function(f)) => {
                        let q = f.qualname();
                        format!("<bound method {q} of {}>", self.repr(receiver)?)
                    }
                    Some(Payload::MethodDescr { func, .. }) | Some(Payload::Builtin(func)) => {
                        format!("<built-in method {} of {} object at {:#x}>", func.name, self.type_name(receiver), receiver.id())
                    }
                    _ => format!("<bound method ? of {}>", self.repr(receiver)?),
                },
                Payload::MethodDescr { func, owner, .. } => {
                    format!("<method '{}' of '{}' objects>", func.name, types::type_name(owner))
                }
                Payload::Code(c) => format!("<code object {} at {:#x}, file \"{}\", line {}>", c.name, v.id(), c.filename, c.firstlineno),
                Payload::Type(t) => {
                    if let Some(meta) = t.meta.borrow().clone()
                        && types::lookup(&meta, "__repr__").is_some_and(|r| matches!(r.payload(), Some(Payload::Function(_))))
                        && let Some(r) = self.call_dunder_on_class(v, &meta, "__repr__")
                    {
                        let r = r?;
                        return Ok(r.as_str().unwrap_or_default().to_string());
                    }
                    let module = t.dict.borrow().get_str("__module__");
                    match module.as_ref().and_then(|m| m.as_str()) {
                        Some(m) if m != "builtins" => format!("<class '{m}.{}'>", t.qualname.borrow()),
                        _ => format!("<class '{}'>", t.qualname.borrow()),
                    }
                }
                Payload::Instance(i) => {
                    // Subclasses of set and frozenset show their own name: MySet({1}).
                    let native = i.native.borrow().clone();
                    if let Some(Payload::Set(_) | Payload::FrozenSet(_)) = native.payload()
                        && matches!(types::lookup(&i.class(), "__repr__").as_ref().and_then(Value::payload), Some(Payload::MethodDescr { .. }))
                    {
                        let inner = self.repr(&native)?;
                        let body = inner.strip_prefix("frozenset(").and_then(|s| s.strip_suffix(')')).unwrap_or(&inner);
                        let body = if body == "set()" { "" } else { body };
                        return Ok(format!("{}({body})", self.type_name(v)));
                    }
                    if let Some(r) = self.call_dunder(v, "__repr__", vec![]) {
                        let r = r?;
                        return match r.as_str() {
                            Some(s) => Ok(s.to_string()),
                            None => Err(self.type_error(format!("__repr__ returned non-string (type {})", self.type_name(&r)))),
                        };
                    }
                    if self.is_exception_instance(v) {
                        let args = i.exc().args.borrow().clone();
                        let name = self.type_name(v);
                        return Ok(match args.payload() {
                            Some(Payload::Tuple(t)) if t.len() == 1 => format!("{name}({})", self.repr(&t[0])?),
                            _ => format!("{name}{}", self.repr(&args)?),
                        });
                    }
                    format!("<__main__.{} object at {:#x}>", self.type_name(v), v.id())
                }
                Payload::Module { name, .. } => crate::import::module_repr(v, name),
                Payload::Range { start, stop, step } => {
                    if *step == 1 {
                        format!("range({start}, {stop})")
                    } else {
                        format!("range({start}, {stop}, {step})")
                    }
                }
                Payload::BigRange(_) => crate::objects::range::parts(v).map(|p| p.repr()).unwrap_or_default(),
                Payload::Iter(_) => format!("<iterator object at {:#x}>", v.id()),
                Payload::Cell(_) => format!("<cell at {:#x}>", v.id()),
                Payload::DictView { dict, view } => {
                    let items = self.seq_items(v)?;
                    let _ = dict;
                    let name = ["dict_keys", "dict_values", "dict_items"][usize::from(*view).min(2)];
                    format!("{name}([{}])", self.join_reprs(&items)?)
                }
                Payload::Property { .. } => format!("<property object at {:#x}>", v.id()),
                Payload::StaticMethod(_) => format!("<staticmethod object at {:#x}>", v.id()),
                Payload::ClassMethod(_) => format!("<classmethod object at {:#x}>", v.id()),
                Payload::Generator(g) => {
                    let g = g.borrow();
                    let kind = match g.kind {
                        crate::objects::generator::GenKind::Generator => "generator",
                        crate::objects::generator::GenKind::Coroutine => "coroutine",
                        crate::objects::generator::GenKind::AsyncGenerator => "async_generator",
                    };
                    format!("<{kind} object {} at {:#x}>", g.qualname(), v.id())
                }
                Payload::Slice(a, b, c) => format!("slice({}, {}, {})", self.repr(a)?, self.repr(b)?, self.repr(c)?),
                Payload::NotImplemented => "NotImplemented".to_string(),
                Payload::Native(_) => format!("<native state at {:#x}>", v.id()),
                Payload::Ellipsis => "Ellipsis".to_string(),
                Payload::FrozenSet(d) => {
                    let items = crate::objects::set::iteration_order(&d.borrow());
                    if items.is_empty() {
                        return Ok("frozenset()".to_string());
                    }
                    if !self.enter_repr(v)? {
                        return Ok("frozenset(...)".to_string());
                    }
                    let r = self.join_reprs(&items);
                    self.leave_repr();
                    format!("frozenset({{{}}})", r?)
                }
                Payload::Complex { re, im } => crate::builtins::methods::complex_repr(*re, *im),
                Payload::Bytes(b) => crate::builtins::methods::bytes_repr(b),
                Payload::ByteArray(b) => format!("bytearray({})", crate::builtins::methods::bytes_repr(&b.borrow())),
                Payload::MemoryView(m) if m.released.get() => format!("<released memory at {:#x}>", v.id()),
                Payload::MemoryView(_) => format!("<memory at {:#x}>", v.id()),
            },
        })
    }

    /// Starts the repr of container `v` (CPython's Py_ReprEnter): false when `v` is already
    /// being shown further out (the caller writes `[...]`); counts against the recursion
    /// limit.
    pub fn enter_repr(&mut self, v: &Value) -> Result<bool, PyErr> {
        let id = v.id();
        if REPR_STACK.with(|s| s.borrow().contains(&id)) {
            return Ok(false);
        }
        self.native_depth += 1;
        if self.depth() > self.recursion_limit {
            self.native_depth -= 1;
            return Err(self.error("RecursionError", "maximum recursion depth exceeded while getting the repr of an object"));
        }
        REPR_STACK.with(|s| s.borrow_mut().push(id));
        Ok(true)
    }

    /// Ends the repr [`Vm::enter_repr`] started.
    pub fn leave_repr(&mut self) {
        REPR_STACK.with(|s| s.borrow_mut().pop());
        self.native_depth -= 1;
    }

    fn join_reprs(&mut self, items: &[Value]) -> Result<String, PyErr> {
        let mut parts = Vec::with_capacity(items.len());
        for it in items {
            parts.push(self.repr(it)?);
        }
        Ok(parts.join(", "))
    }

    /// `str(v)` as a str value: a str itself, or what `__str__` returned (so lone
    /// surrogates survive); other values through [`Vm::to_str`].
    pub fn to_str_value(&mut self, v: &Value) -> PyResult {
        match v.payload() {
            Some(Payload::Str(_)) => Ok(v.clone()),
            Some(Payload::Instance(_)) if !self.is_exception_instance(v) => match self.call_dunder(v, "__str__", vec![]) {
                Some(r) => {
                    let r = r?;
                    match r.payload() {
                        Some(Payload::Str(_)) => Ok(r),
                        _ => match r.as_str() {
                            Some(s) => Ok(Value::str(s)),
                            None => Err(self.type_error(format!("__str__ returned non-string (type {})", self.type_name(&r)))),
                        },
                    }
                }
                None => Ok(Value::str(self.repr(v)?)),
            },
            _ => Ok(Value::str(self.to_str(v)?)),
        }
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> Result<String, PyErr> {
        match v.payload() {
            Some(Payload::Str(s)) => Ok(s.to_string()),
            Some(Payload::Instance(_)) => {
                if let Some(r) = self.call_dunder(v, "__str__", vec![]) {
                    let r = r?;
                    return match r.as_str() {
                        Some(s) => Ok(s.to_string()),
                        None => Err(self.type_error(format!("__str__ returned non-string (type {})", self.type_name(&r)))),
                    };
                }
                if self.is_exception_instance(v) {
                    return Ok(self.exception_str(v));
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `a <op> b` for BINARY_OP's oparg (in-place forms share the operation).
    pub fn binary_op(&mut self, op: u32, a: &Value, b: &Value) -> PyResult {
        if op == 26 {
            return self.getitem(a, b);
        }
        let base = (if op >= 13 { op - 13 } else { op }) as usize;
        if op >= 13
            && let Some(r) = self.inplace_op(base, a, b)?
        {
            return Ok(r);
        }
        if let Some(r) = self.builtin_binary(base, a, b)? {
            return Ok(r);
        }
        let (name, rname) = BINOP_DUNDERS.get(base).copied().unwrap_or(("", ""));
        // CPython's binary_op1: the right operand's reflected method goes first when its type
        // is a proper subclass of the left's that overrides it; it is not tried when both
        // operands have the same type.
        let (ta, tb) = (self.types.type_of(a), self.types.type_of(b));
        let same = std::rc::Rc::ptr_eq(&ta, &tb);
        let right_first = !same
            && types::is_subclass(&tb, &ta)
            && types::lookup(&tb, rname).is_some_and(|m| types::lookup(&ta, rname).is_none_or(|n| !m.is(&n)));
        let mut tried_right = false;
        if right_first {
            tried_right = true;
            if let Some(r) = self.call_dunder(b, rname, vec![a.clone()]) {
                let r = r?;
                if !matches!(r.payload(), Some(Payload::NotImplemented)) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.call_dunder(a, name, vec![b.clone()]) {
            let r = r?;
            if !matches!(r.payload(), Some(Payload::NotImplemented)) {
                return Ok(r);
            }
        }
        self.binary_op_rest(op, a, b, tried_right || same)
    }

    /// The binary operation after the left operand's method was missing or returned
    /// NotImplemented: a union of types, the right operand's reflected method (unless
    /// `skip_right`: it went first, or both operands have one type), sequence repetition
    /// and concatenation, then the TypeError. BINARY_OP's frame path comes back here when
    /// the left method it ran returned NotImplemented.
    pub(crate) fn binary_op_rest(&mut self, op: u32, a: &Value, b: &Value, skip_right: bool) -> PyResult {
        let base = (if op >= 13 { op - 13 } else { op }) as usize;
        let rname = BINOP_DUNDERS.get(base).copied().unwrap_or(("", "")).1;
        // `type.__or__`: `int | str`, `int | None`, `None | int` make a union.
        if base == 7
            && let Some(r) = crate::modules::union::or(self, a, b)?
        {
            return Ok(r);
        }
        if !skip_right
            && let Some(r) = self.call_dunder(b, rname, vec![a.clone()])
        {
            let r = r?;
            if !matches!(r.payload(), Some(Payload::NotImplemented)) {
                return Ok(r);
            }
        }
        let sym = BINOP_SYMBOLS.get(base).copied().unwrap_or("?");
        let sym = if op >= 13 { format!("{sym}=") } else { sym.to_string() };
        let is_seq = |v: &Value| matches!(v.payload(), Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_)));
        if base == 5 && (is_seq(a) || is_seq(b)) {
            let (seq, other) = if is_seq(a) { (a, b) } else { (b, a) };
            if let Some(n) = self.index_int(other)? {
                return self.repeat(seq, &n);
            }
            if !int::is_int(other) {
                return Err(self.type_error(format!("can't multiply sequence by non-int of type '{}'", self.type_name(other))));
            }
        }
        // Sequence concatenation takes instances of subclasses on the right (`(1,) + T(...)`,
        // CPython's sq_concat) when their class has no reflected method.
        if base == 0 && is_seq(a) {
            let nb = crate::builtins::slots::unwrap_native(b);
            if !nb.is(b)
                && let Some(r) = self.builtin_binary(0, a, &nb)?
            {
                return Ok(r);
            }
        }
        if base == 0 && matches!(a.payload(), Some(Payload::Tuple(_))) {
            return Err(self.type_error(format!("can only concatenate tuple (not \"{}\") to tuple", self.type_name(b))));
        }
        if base == 0 && a.as_str().is_some() {
            return Err(self.type_error(format!("can only concatenate str (not \"{}\") to str", self.type_name(b))));
        }
        if base == 0 && matches!(a.payload(), Some(Payload::List(_))) {
            return Err(self.type_error(format!("can only concatenate list (not \"{}\") to list", self.type_name(b))));
        }
        if base == 8 {
            return Err(self.type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                if op >= 13 { "**=" } else { "** or pow()" },
                self.type_name(a),
                self.type_name(b)
            )));
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'",
            self.type_name(a),
            self.type_name(b)
        )))
    }

    /// `a op= b` for mutable built-in values (list `+=`/`*=`, set `|=`..., dict `|=`,
    /// bytearray `+=`) and instances defining `__i<op>__`: the result, or None to fall back
    /// to the binary operation.
    fn inplace_op(&mut self, base: usize, a: &Value, b: &Value) -> Result<Option<Value>, PyErr> {
        const INPLACE: [&str; 13] = [
            "__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__", "__imul__", "__imod__", "__ior__", "__ipow__",
            "__irshift__", "__isub__", "__itruediv__", "__ixor__",
        ];
        match (a.payload(), base) {
            (Some(Payload::List(l)), 0) => {
                let items = match b.payload() {
                    Some(Payload::List(_) | Payload::Tuple(_)) => self.seq_items(b)?,
                    _ => {
                        if self.get_iter(b).is_err() {
                            return Err(self.type_error(format!("'{}' object is not iterable", self.type_name(b))));
                        }
                        self.seq_items(b)?
                    }
                };
                l.borrow_mut().extend(items);
                Ok(Some(a.clone()))
            }
            (Some(Payload::List(l)), 5) if int::is_int(b) => {
                let n = crate::builtins::methods::index_value(self, b)?.max(0) as usize;
                let mut l = l.borrow_mut();
                let orig = l.clone();
                l.clear();
                for _ in 0..n {
                    l.extend(orig.iter().cloned());
                }
                Ok(Some(a.clone()))
            }
            (Some(Payload::Set(d)), 1 | 7 | 10 | 12) if crate::builtins::methods::is_setlike(b) => {
                if let Some(r) = crate::builtins::methods::set_binop(self, base, a, b)?
                    && let Some(Payload::Set(nd)) = r.payload()
                {
                    let new = std::mem::take(&mut *nd.borrow_mut());
                    *d.borrow_mut() = new;
                }
                Ok(Some(a.clone()))
            }
            (Some(Payload::Dict(_)), 7) => {
                crate::builtins::methods::dict_update_from(self, a, b)?;
                Ok(Some(a.clone()))
            }
            (Some(Payload::ByteArray(x)), 0) => match crate::builtins::methods::bytes_like(b) {
                Some(more) => {
                    x.borrow_mut().extend(more);
                    Ok(Some(a.clone()))
                }
                None => Err(self.type_error(format!("can't concat {} to bytearray", self.type_name(b)))),
            },
            (Some(Payload::Instance(_)), _) => match self.call_dunder(a, INPLACE[base], vec![b.clone()]) {
                Some(r) => {
                    let r = r?;
                    Ok(if matches!(r.payload(), Some(Payload::NotImplemented)) { None } else { Some(r) })
                }
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }

    pub(crate) fn builtin_binary(&mut self, op: usize, a: &Value, b: &Value) -> Result<Option<Value>, PyErr> {
        // bool & | ^ bool stays a bool.
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                1 => return Ok(Some(Value::Bool(*x & *y))),
                7 => return Ok(Some(Value::Bool(*x | *y))),
                12 => return Ok(Some(Value::Bool(*x ^ *y))),
                _ => {}
            }
        }
        // Fast path: two small ints.
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            let (x, y) = (*x, *y);
            let r = match op {
                0 => x.checked_add(y),
                10 => x.checked_sub(y),
                5 => x.checked_mul(y),
                1 => Some(x & y),
                7 => Some(x | y),
                12 => Some(x ^ y),
                2 | 6 => {
                    if y == 0 {
                        return Err(self.error("ZeroDivisionError", "division by zero"));
                    }
                    floor_divmod(x, y).map(|(q, r)| if op == 2 { q } else { r })
                }
                11 => {
                    if y == 0 {
                        return Err(self.error("ZeroDivisionError", "division by zero"));
                    }
                    // Both exactly doubles: the quotient is correctly rounded; else through
                    // the big-int division, which rounds the exact quotient once.
                    if x.unsigned_abs() < 1 << 53 && y.unsigned_abs() < 1 << 53 {
                        return Ok(Some(Value::float(x as f64 / y as f64)));
                    }
                    return match big_truediv(&BigInt::from(x), &BigInt::from(y)) {
                        Some(f) => Ok(Some(Value::float(f))),
                        None => Err(self.error("OverflowError", "integer division result too large for a float")),
                    };
                }
                3 => {
                    if y < 0 {
                        return Err(self.error("ValueError", "negative shift count"));
                    }
                    if y < 63 && (x << y) >> y == x { Some(x << y) } else { None }
                }
                9 => {
                    if y < 0 {
                        return Err(self.error("ValueError", "negative shift count"));
                    }
                    Some(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y })
                }
                8 => {
                    if y >= 0 {
                        u32::try_from(y).ok().and_then(|e| x.checked_pow(e))
                    } else {
                        None
                    }
                }
                _ => return Ok(None),
            };
            if let Some(r) = r {
                return Ok(Some(Value::Int(r)));
            }
        }
        if int::is_int(a) && int::is_int(b) {
            let (Some(x), Some(y)) = (to_big(a), to_big(b)) else { return Ok(None) };
            use num_integer::Integer;
            let r = match op {
                0 => from_big(x + y),
                10 => from_big(x - y),
                5 => from_big(x * y),
                1 => from_big(x & y),
                7 => from_big(x | y),
                12 => from_big(x ^ y),
                2 | 6 => {
                    if y.is_zero() {
                        return Err(self.error("ZeroDivisionError", "division by zero"));
                    }
                    let (q, r) = x.div_mod_floor(&y);
                    from_big(if op == 2 { q } else { r })
                }
                11 => {
                    if y.is_zero() {
                        return Err(self.error("ZeroDivisionError", "division by zero"));
                    }
                    match big_truediv(&x, &y) {
                        Some(f) => Value::float(f),
                        None => return Err(self.error("OverflowError", "integer division result too large for a float")),
                    }
                }
                3 => match y.to_usize() {
                    Some(s) => from_big(x << s),
                    None => return Err(self.error("ValueError", "negative shift count")),
                },
                9 => match y.to_usize() {
                    Some(s) => from_big(x >> s),
                    None => return Err(self.error("ValueError", "negative shift count")),
                },
                8 => int_pow(self, &x, &y)?,
                _ => return Ok(None),
            };
            return Ok(Some(r));
        }
        let is_num = |v: &Value| matches!(v, Value::Float(_)) || int::is_int(v);
        if is_num(a) && is_num(b) {
            // An int operand converts as float(int) does: too large is OverflowError, never inf.
            let finite = |v: &Value, x: Option<f64>| x.filter(|x| matches!(v, Value::Float(_)) || x.is_finite());
            let (Some(x), Some(y)) = (finite(a, to_f64(a)), finite(b, to_f64(b))) else {
                return Err(self.error("OverflowError", "int too large to convert to float"));
            };
            let r = match op {
                0 => x + y,
                10 => x - y,
                5 => x * y,
                11 => {
                    if y == 0.0 {
                        return Err(self.error("ZeroDivisionError", "division by zero"));
                    }
                    x / y
                }
                2 | 6 => {
                    if y == 0.0 {
                        return Err(self.error("ZeroDivisionError", "division by zero"));
                    }
                    // CPython's `_float_div_mod`, shared with the constant folder.
                    let (q, m) = krait_compiler::flowgraph::passes::consteval::float_div_mod(x, y);
                    if op == 6 { m } else { q }
                }
                8 => {
                    if x == 0.0 && y < 0.0 {
                        return Err(self.error("ZeroDivisionError", "zero to a negative power"));
                    }
                    if x < 0.0 && y.is_finite() && y.fract() != 0.0 {
                        // A negative base to a fractional power is complex.
                        let (cx, cy) = (crate::builtins::methods::new_complex(x, 0.0), crate::builtins::methods::new_complex(y, 0.0));
                        return crate::builtins::methods::complex_binary(self, 8, &cx, &cy);
                    }
                    let r = x.powf(y);
                    if r.is_infinite() && x.is_finite() && y.is_finite() {
                        // CPython raises it from errno: (ERANGE, strerror(ERANGE)).
                        let args = vec![Value::Int(i64::from(libc::ERANGE)), Value::str(crate::builtins::oserror::strerror(libc::ERANGE))];
                        return Err(PyErr(super::exceptions::new_exception(self.types.exception("OverflowError"), args)));
                    }
                    r
                }
                _ => return Ok(None),
            };
            return Ok(Some(Value::float(r)));
        }
        if let Some(r) = crate::builtins::methods::complex_binary(self, op, a, b)? {
            return Ok(Some(r));
        }
        if let Some(r) = crate::builtins::methods::set_binop(self, op, a, b)? {
            return Ok(Some(r));
        }
        match (a.payload(), b.payload()) {
            (Some(Payload::Str(x)), Some(Payload::Str(y))) if op == 0 => {
                if x.has_surrogates() || y.has_surrogates() {
                    return Ok(Some(pystr::concat(&[x, y])));
                }
                return Ok(Some(Value::str(crate::objects::text::Text::concat(&[x, y]))));
            }
            (Some(Payload::List(x)), Some(Payload::List(y))) if op == 0 => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                return Ok(Some(Value::new_obj(Payload::List(RefCell::new(v)))));
            }
            (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) if op == 0 => {
                let v: Vec<Value> = x.iter().chain(y.iter()).cloned().collect();
                return Ok(Some(super::call::new_tuple(v)));
            }
            (Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_)), _) if op == 5 && int::is_int(b) => {
                return self.repeat(a, b).map(Some);
            }
            (_, Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_))) if op == 5 && int::is_int(a) => {
                return self.repeat(b, a).map(Some);
            }
            (Some(Payload::Dict(x)), Some(Payload::Dict(y))) if op == 7 => {
                let mut d = x.borrow().clone();
                for (k, v) in y.borrow().iter() {
                    let _ = d.set(k.clone(), v.clone());
                }
                return Ok(Some(Value::new_obj(Payload::Dict(RefCell::new(d)))));
            }
            (Some(Payload::Bytes(_) | Payload::ByteArray(_)), _) if op == 0 => {
                let x = crate::builtins::methods::bytes_like(a).unwrap_or_default();
                let Some(y) = crate::builtins::methods::bytes_like(b) else {
                    return Err(self.type_error(format!("can't concat {} to {}", self.type_name(b), self.type_name(a))));
                };
                let mutable = matches!(a.payload(), Some(Payload::ByteArray(_)));
                return Ok(Some(crate::builtins::methods::new_bytes([x, y].concat(), mutable)));
            }
            (Some(Payload::Bytes(_) | Payload::ByteArray(_)), _) if op == 5 && int::is_int(b) => {
                return self.repeat(a, b).map(Some);
            }
            (_, Some(Payload::Bytes(_) | Payload::ByteArray(_))) if op == 5 && int::is_int(a) => {
                return self.repeat(b, a).map(Some);
            }
            (Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_)), _) if op == 6 => {
                return crate::builtins::percent_format(self, a, b).map(Some);
            }
            _ => {}
        }
        Ok(None)
    }

    fn repeat(&mut self, seq: &Value, n: &Value) -> PyResult {
        let n = match n {
            Value::Int(i) => (*i).max(0) as usize,
            Value::Bool(b) => usize::from(*b),
            _ => return Err(self.error("OverflowError", "cannot fit 'int' into an index-sized integer")),
        };
        Ok(match seq.payload() {
            Some(Payload::Str(s)) => pystr::from_proxy(s.repeat(n), s.surrogate_base()),
            Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
                let b = crate::builtins::methods::bytes_like(seq).unwrap_or_default();
                crate::builtins::methods::new_bytes(b.repeat(n), matches!(seq.payload(), Some(Payload::ByteArray(_))))
            }
            Some(Payload::List(l)) => {
                let l = l.borrow();
                let mut v = Vec::with_capacity(l.len() * n);
                for _ in 0..n {
                    v.extend(l.iter().cloned());
                }
                Value::new_obj(Payload::List(RefCell::new(v)))
            }
            Some(Payload::Tuple(t)) => {
                let mut v = Vec::with_capacity(t.len() * n);
                for _ in 0..n {
                    v.extend(t.iter().cloned());
                }
                super::call::new_tuple(v)
            }
            _ => Value::None,
        })
    }

    /// `a <op> b` for COMPARE_OP (0 `<` ... 5 `>=`).
    pub fn compare(&mut self, op: u32, a: &Value, b: &Value) -> PyResult {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(Value::Bool(cmp_ord(op, x.cmp(y))));
        }
        if let Some(r) = self.builtin_compare(op, a, b)? {
            return Ok(Value::Bool(r));
        }
        let (name, rname) = CMP_DUNDERS.get(op as usize).copied().unwrap_or(("", ""));
        // As CPython's do_richcompare: the right operand goes first when its type is a proper
        // subclass of the left's; else the left, then the right's reflected method.
        let (ta, tb) = (self.types.type_of(a), self.types.type_of(b));
        let reverse_first = !std::rc::Rc::ptr_eq(&ta, &tb) && types::is_subclass(&tb, &ta);
        let order: [(&Value, &Value, &str); 2] = if reverse_first { [(b, a, rname), (a, b, name)] } else { [(a, b, name), (b, a, rname)] };
        for (x, y, n) in order {
            if let Some(r) = self.call_dunder(x, n, vec![y.clone()]) {
                let r = r?;
                if !matches!(r.payload(), Some(Payload::NotImplemented)) {
                    return Ok(r);
                }
            }
        }
        self.compare_rest(op, a, b)
    }

    /// The comparison after the left operand's method returned NotImplemented (it went
    /// first): the right operand's reflected method, then `compare_rest`.
    pub(crate) fn compare_after_left(&mut self, op: u32, a: &Value, b: &Value) -> PyResult {
        let rname = CMP_DUNDERS.get(op as usize).copied().unwrap_or(("", "")).1;
        if let Some(r) = self.call_dunder(b, rname, vec![a.clone()]) {
            let r = r?;
            if !matches!(r.payload(), Some(Payload::NotImplemented)) {
                return Ok(r);
            }
        }
        self.compare_rest(op, a, b)
    }

    /// The comparison when neither operand's method gave an answer: identity for `==` and
    /// `!=`, else the TypeError. COMPARE_OP's frame path comes back here (after the right
    /// operand's reflected method) when the left method it ran returned NotImplemented.
    pub(crate) fn compare_rest(&mut self, op: u32, a: &Value, b: &Value) -> PyResult {
        match op {
            2 => Ok(Value::Bool(a.is(b))),
            3 => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                CMP_SYMBOLS.get(op as usize).copied().unwrap_or("?"),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> Result<bool, PyErr> {
        if a.is(b) {
            return Ok(true);
        }
        let r = self.compare(2, a, b)?;
        self.truthy(&r)
    }

    /// Compares sequences as CPython's tuple and list comparisons do: the first items that
    /// are not equal (identity, then `==`) decide, else the lengths.
    fn seq_compare(&mut self, op: u32, x: &[Value], y: &[Value]) -> Result<bool, PyErr> {
        for (p, q) in x.iter().zip(y.iter()) {
            let equal = p.is(q)
                || match simple_order(p, q) {
                    Some(o) => o == Some(std::cmp::Ordering::Equal),
                    None => self.eq(p, q)?,
                };
            if !equal {
                if op == 2 {
                    return Ok(false);
                }
                if op == 3 {
                    return Ok(true);
                }
                if let Some(o) = simple_order(p, q) {
                    return Ok(o.is_some_and(|o| cmp_ord(op, o)));
                }
                let r = self.compare(op, p, q)?;
                return self.truthy(&r);
            }
        }
        Ok(cmp_ord(op, x.len().cmp(&y.len())))
    }

    pub(crate) fn builtin_compare(&mut self, op: u32, a: &Value, b: &Value) -> Result<Option<bool>, PyErr> {
        let is_num = |v: &Value| matches!(v, Value::Float(_)) || int::is_int(v);
        if is_num(a) && is_num(b) {
            if int::is_int(a) && int::is_int(b) {
                let (Some(x), Some(y)) = (to_big(a), to_big(b)) else { return Ok(None) };
                return Ok(Some(cmp_ord(op, x.cmp(&y))));
            }
            // An int against a float compares exactly (CPython's float_richcompare), not
            // through a rounding conversion; NaN is unordered (only != holds).
            let order = match (a, b) {
                (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
                (Value::Float(x), _) => int_float_order(b, *x).map(std::cmp::Ordering::reverse),
                _ => match b {
                    Value::Float(y) => int_float_order(a, *y),
                    _ => None,
                },
            };
            return Ok(Some(match order {
                Some(o) => cmp_ord(op, o),
                None => op == 3,
            }));
        }
        match (a.payload(), b.payload()) {
            (Some(Payload::Str(x)), Some(Payload::Str(y))) => Ok(Some(cmp_ord(op, x.cmp(y)))),
            // Tuples are immutable: their items are compared in place. Lists are copied, as
            // `__eq__` may change them.
            (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => self.seq_compare(op, x, y).map(Some),
            (Some(Payload::List(_)), Some(Payload::List(_))) => {
                let (x, y) = (self.seq_items(a)?, self.seq_items(b)?);
                self.seq_compare(op, &x, &y).map(Some)
            }
            (Some(Payload::Slice(a1, b1, c1)), Some(Payload::Slice(a2, b2, c2))) => {
                // Slices compare as (start, stop, step) tuples.
                let x = Value::new_obj(Payload::Tuple(crate::objects::tuple::TupleItems::from([a1.clone(), b1.clone(), c1.clone()])));
                let y = Value::new_obj(Payload::Tuple(crate::objects::tuple::TupleItems::from([a2.clone(), b2.clone(), c2.clone()])));
                self.builtin_compare(op, &x, &y)
            }
            (Some(Payload::Dict(x)), Some(Payload::Dict(y))) if op == 2 || op == 3 => {
                // Same keys, and values equal by `==` (which may run __eq__).
                if x.borrow().len() != y.borrow().len() {
                    return Ok(Some(op == 3));
                }
                let items: Vec<(Value, Value)> = x.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                for (k, v) in items {
                    let same = match self.dict_get(y, &k)? {
                        Some(w) => self.eq(&v, &w)?,
                        None => false,
                    };
                    if !same {
                        return Ok(Some(op == 3));
                    }
                }
                Ok(Some(op == 2))
            }
            (Some(Payload::Set(_) | Payload::FrozenSet(_) | Payload::DictView { .. }), Some(Payload::Set(_) | Payload::FrozenSet(_) | Payload::DictView { .. }))
                if crate::builtins::methods::is_setlike(a) && crate::builtins::methods::is_setlike(b) =>
            {
                crate::builtins::methods::set_compare(self, op, a, b)
            }
            (Some(Payload::Bytes(_) | Payload::ByteArray(_)), Some(Payload::Bytes(_) | Payload::ByteArray(_))) => {
                let (x, y) = (crate::builtins::methods::bytes_like(a), crate::builtins::methods::bytes_like(b));
                Ok(Some(cmp_ord(op, x.cmp(&y))))
            }
            _ => {
                // A memoryview equals any buffer with the same shape and items.
                if (op == 2 || op == 3)
                    && (matches!(a.payload(), Some(Payload::MemoryView(_))) || matches!(b.payload(), Some(Payload::MemoryView(_))))
                    && let Some(eq) = crate::builtins::methods::memview_equal(a, b)
                {
                    return Ok(Some(eq == (op == 2)));
                }
                if matches!(a.payload(), Some(Payload::Instance(_))) || matches!(b.payload(), Some(Payload::Instance(_))) {
                    return Ok(None);
                }
                match op {
                    2 => Ok(Some(builtin_eq(a, b))),
                    3 => Ok(Some(!builtin_eq(a, b))),
                    _ => Ok(None),
                }
            }
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> Result<bool, PyErr> {
        match container.payload() {
            Some(Payload::Str(s)) => match item.payload() {
                Some(Payload::Str(t)) if s.surrogate_base() != t.surrogate_base() && (s.has_surrogates() || t.has_surrogates()) => {
                    let (hay, needle): (Vec<u32>, Vec<u32>) = (s.code_points().collect(), t.code_points().collect());
                    Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle.as_slice()))
                }
                Some(Payload::Str(t)) => Ok(s.contains(&**t)),
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Some(Payload::Dict(d)) => Ok(self.dict_get(d, item)?.is_some()),
            Some(Payload::Set(d) | Payload::FrozenSet(d)) => {
                let item = crate::builtins::methods::set_probe_key(item);
                Ok(self.dict_get(d, &item).map_err(|e| self.as_set_error(e))?.is_some())
            }
            // By index, the list read again at each step: a comparison may change it (as
            // CPython's list_contains).
            Some(Payload::List(l)) => {
                let mut i = 0;
                loop {
                    let Some(v) = l.borrow().get(i).cloned() else { return Ok(false) };
                    if self.eq(&v, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Some(Payload::Tuple(t)) => {
                for v in t.iter() {
                    if self.eq(v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)) => {
                let hay = crate::builtins::methods::bytes_like(container).unwrap_or_default();
                if let Some(needle) = crate::builtins::methods::bytes_like(item) {
                    return Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle.as_slice()));
                }
                if int::is_int(item) {
                    let x = crate::builtins::methods::byte_value(self, item)?;
                    return Ok(hay.contains(&x));
                }
                Err(self.type_error(format!("a bytes-like object is required, not '{}'", self.type_name(item))))
            }
            Some(Payload::DictView { dict, view: 2 }) => {
                let pair = match item.payload() {
                    Some(Payload::Tuple(t)) if t.len() == 2 => Some((t[0].clone(), t[1].clone())),
                    _ => None,
                };
                let Some((k, v)) = pair else { return Ok(false) };
                let found = match dict.payload() {
                    Some(Payload::Dict(d)) => self.dict_get(d, &k)?,
                    _ => None,
                };
                match found {
                    Some(w) => self.eq(&w, &v),
                    None => Ok(false),
                }
            }
            Some(Payload::Range { start, stop, step }) if matches!(item, Value::Int(_) | Value::Bool(_)) => {
                let i = match item {
                    Value::Bool(b) => i64::from(*b),
                    Value::Int(i) => *i,
                    _ => 0,
                };
                let (start, stop, step) = (i128::from(*start), i128::from(*stop), i128::from(*step));
                let i = i128::from(i);
                let inside = if step > 0 { start <= i && i < stop } else { stop < i && i <= start };
                Ok(inside && (i - start) % step == 0)
            }
            Some(Payload::Range { .. } | Payload::BigRange(_)) => match item.payload() {
                _ if int::is_int(item) => Ok(int::to_big(item)
                    .and_then(|b| crate::objects::range::parts(container).and_then(|p| p.position(&b)))
                    .is_some()),
                _ => self.contains_by_iter(container, item),
            },
            Some(Payload::DictView { dict, view: 0 }) => self.contains(&dict.clone(), item),
            // A class: its metaclass's __contains__ (`value in SomeEnum`).
            Some(Payload::Instance(_) | Payload::Type(_)) => {
                if let Some(r) = self.call_dunder(container, "__contains__", vec![item.clone()]) {
                    let r = r?;
                    return self.truthy(&r);
                }
                self.contains_by_iter(container, item)
            }
            _ => self.contains_by_iter(container, item),
        }
    }

    fn contains_by_iter(&mut self, container: &Value, item: &Value) -> Result<bool, PyErr> {
        let it = self.get_iter(container).map_err(|_| {
            self.type_error(format!("argument of type '{}' is not a container or iterable", self.type_name(container)))
        })?;
        while let Some(v) = self.next(&it)? {
            if self.eq(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The items of a list or tuple (a snapshot), or of any iterable.
    pub fn seq_items(&mut self, v: &Value) -> Result<Vec<Value>, PyErr> {
        match v.payload() {
            Some(Payload::List(l)) => Ok(l.borrow().clone()),
            Some(Payload::Tuple(t)) => Ok(t.to_vec()),
            _ => {
                let it = self.get_iter(v)?;
                self.drain(&it)
            }
        }
    }

    /// Every remaining item of the iterator `it`.
    pub fn drain(&mut self, it: &Value) -> Result<Vec<Value>, PyErr> {
        let mut out = Vec::new();
        while let Some(x) = self.next(it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult {
        match self.try_get_iter(v)? {
            Some(it) => Ok(it),
            None => Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v)))),
        }
    }

    /// `iter(v)`, or None when `v` is not iterable at all (errors raised by `__iter__` propagate).
    pub fn try_get_iter(&mut self, v: &Value) -> Result<Option<Value>, PyErr> {
        let state = match v.payload() {
            Some(Payload::Range { start, stop, step }) => range_iter_state(*start, *stop, *step),
            Some(Payload::BigRange(_)) => crate::objects::range::parts(v).map_or(IterState::Range { next: 0, stop: 0, step: 1 }, |p| p.iter()),
            Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_)) => IterState::Seq { seq: v.clone(), pos: 0 },
            Some(Payload::Dict(d)) => IterState::DictKeys { dict: v.clone(), pos: 0, view: 0, len: d.borrow().len(), last: Value::Null },
            Some(Payload::DictView { dict, view }) => {
                let len = match dict.payload() {
                    Some(Payload::Dict(d)) => d.borrow().len(),
                    _ => 0,
                };
                IterState::DictKeys { dict: dict.clone(), pos: 0, view: *view, len, last: Value::Null }
            }
            Some(Payload::Iter(_) | Payload::Generator(_)) => return Ok(Some(v.clone())),
            Some(Payload::Set(d) | Payload::FrozenSet(d)) => {
                let d = d.borrow();
                IterState::Set { set: v.clone(), items: crate::objects::set::iteration_order(&d), pos: 0, len: d.len() }
            }
            Some(Payload::MemoryView(_)) => {
                IterState::Values { items: crate::builtins::methods::memview_items(self, v)?, pos: 0, kind: crate::objects::iter::K_MEMORY }
            }
            Some(p @ (Payload::Bytes(_) | Payload::ByteArray(_))) => IterState::Values {
                items: crate::builtins::methods::bytes_like(v).unwrap_or_default().into_iter().map(|b| Value::Int(i64::from(b))).collect(),
                pos: 0,
                kind: match p {
                    Payload::Bytes(_) => crate::objects::iter::K_BYTES,
                    Payload::ByteArray(_) => crate::objects::iter::K_BYTEARRAY,
                    _ => crate::objects::iter::K_MEMORY,
                },
            },
            Some(Payload::Instance(_) | Payload::Type(_)) => {
                let ty = self.types.type_of(v);
                // `__iter__ = None` declares the type not iterable; without `__iter__`, an
                // object with `__getitem__` iterates by the sequence protocol.
                return match types::lookup(&ty, "__iter__") {
                    Some(Value::None) => Ok(None),
                    Some(_) => match self.call_dunder(v, "__iter__", vec![]) {
                        Some(r) => {
                            let it = r?;
                            if !self.is_iterator(&it) {
                                return Err(self.type_error(format!("iter() returned non-iterator of type '{}'", self.type_name(&it))));
                            }
                            Ok(Some(it))
                        }
                        None => Ok(None),
                    },
                    None if matches!(v.payload(), Some(Payload::Instance(_)))
                        && types::lookup(&ty, "__getitem__").is_some_and(|g| !matches!(g, Value::None)) =>
                    {
                        Ok(Some(Value::new_obj(Payload::Iter(RefCell::new(IterState::GetItem { obj: v.clone(), pos: 0 })))))
                    }
                    None => Ok(None),
                };
            }
            _ => return Ok(None),
        };
        Ok(Some(Value::new_obj(Payload::Iter(RefCell::new(state)))))
    }

    /// Has `v` a `__next__` (is it an iterator)?
    pub fn is_iterator(&self, v: &Value) -> bool {
        match v.payload() {
            Some(Payload::Iter(_) | Payload::Generator(_)) => true,
            _ => types::lookup(&self.types.type_of(v), "__next__").is_some_and(|n| !matches!(n, Value::None)),
        }
    }

    /// `next(it)`: None when exhausted.
    pub fn next(&mut self, it: &Value) -> Result<Option<Value>, PyErr> {
        match it.payload() {
            Some(Payload::Iter(state)) => {
                if let Some(r) = self.next_simple(state) {
                    return r;
                }
                // enumerate and zip, the commonest here: each item's tuple is built in place.
                let inner = match &*state.borrow() {
                    IterState::Enumerate { it, .. } => Some(it.clone()),
                    _ => None,
                };
                if let Some(inner) = inner {
                    let Some(v) = self.next(&inner)? else { return Ok(None) };
                    // As CPython's enumerate, the count moves only when an item came.
                    if let IterState::Enumerate { n, last, .. } = &mut *state.borrow_mut() {
                        let next_n = match &*n {
                            Value::Int(i) if *i < i64::MAX => Value::Int(i + 1),
                            big => crate::objects::int::from_big(crate::objects::int::to_big(big).unwrap_or_default() + 1),
                        };
                        let i = std::mem::replace(n, next_n);
                        return Ok(Some(crate::objects::tuple::reuse_or_new(last, [i, v])));
                    }
                    return Ok(None);
                }
                let zipped = match &*state.borrow() {
                    IterState::Zip { iters, .. } => Some(iters.iter().cloned().collect::<smallvec::SmallVec<[Value; 4]>>()),
                    _ => None,
                };
                if let Some(iters) = zipped {
                    if iters.is_empty() {
                        return Ok(None);
                    }
                    let mut items = smallvec::SmallVec::<[Value; crate::objects::tuple::INLINE]>::new();
                    for it in &iters {
                        match self.next(it)? {
                            Some(v) => items.push(v),
                            None => return Ok(None),
                        }
                    }
                    if items.len() == 2
                        && let IterState::Zip { last, .. } = &mut *state.borrow_mut()
                    {
                        let mut pair = items.into_iter();
                        let (a, b) = (pair.next().unwrap_or_default(), pair.next().unwrap_or_default());
                        return Ok(Some(crate::objects::tuple::reuse_or_new(last, [a, b])));
                    }
                    return Ok(Some(super::call::new_tuple(items)));
                }
                let call = match &*state.borrow() {
                    IterState::Call { func, sentinel } => Some((func.clone(), sentinel.clone())),
                    _ => None,
                };
                if let Some((func, sentinel)) = call {
                    if func.is_null() {
                        return Ok(None);
                    }
                    let v = match self.call(func, vec![], vec![]) {
                        Ok(v) => v,
                        Err(e) if self.is_instance_of(&e.0, "StopIteration") => {
                            *state.borrow_mut() = IterState::Call { func: Value::Null, sentinel: Value::None };
                            return Ok(None);
                        }
                        Err(e) => return Err(e),
                    };
                    if self.eq(&v, &sentinel)? {
                        *state.borrow_mut() = IterState::Call { func: Value::Null, sentinel: Value::None };
                        return Ok(None);
                    }
                    return Ok(Some(v));
                }
                let mapped = match &*state.borrow() {
                    IterState::Map { func, iters } => Some((func.clone(), iters.clone(), true)),
                    IterState::Filter { func, it } => Some((func.clone(), vec![it.clone()], false)),
                    _ => None,
                };
                if let Some((func, iters, is_map)) = mapped {
                    if is_map {
                        let mut args = Vec::with_capacity(iters.len());
                        for it in &iters {
                            match self.next(it)? {
                                Some(v) => args.push(v),
                                None => return Ok(None),
                            }
                        }
                        return self.call(func, args, vec![]).map(Some);
                    }
                    let Some(it) = iters.first() else { return Ok(None) };
                    while let Some(v) = self.next(it)? {
                        let keep = if matches!(func, Value::None) {
                            self.truthy(&v)?
                        } else {
                            let r = self.call(func.clone(), vec![v.clone()], vec![])?;
                            self.truthy(&r)?
                        };
                        if keep {
                            return Ok(Some(v));
                        }
                    }
                    return Ok(None);
                }
                let by_index = match &*state.borrow() {
                    IterState::GetItem { obj, pos } => Some((obj.clone(), *pos, true)),
                    IterState::Reversed { seq, idx } => Some((seq.clone(), *idx, false)),
                    _ => None,
                };
                if let Some((obj, pos, forward)) = by_index {
                    if obj.is_null() || pos < 0 {
                        return Ok(None);
                    }
                    let finish = |state: &RefCell<IterState>| {
                        *state.borrow_mut() = if forward {
                            IterState::GetItem { obj: Value::Null, pos: 0 }
                        } else {
                            IterState::Reversed { seq: Value::Null, idx: -1 }
                        };
                    };
                    return match self.getitem(&obj, &Value::Int(pos)) {
                        Ok(v) => {
                            *state.borrow_mut() = if forward {
                                IterState::GetItem { obj, pos: pos + 1 }
                            } else {
                                IterState::Reversed { seq: obj, idx: pos - 1 }
                            };
                            Ok(Some(v))
                        }
                        Err(e) if self.is_instance_of(&e.0, "IndexError") || self.is_instance_of(&e.0, "StopIteration") => {
                            finish(state);
                            Ok(None)
                        }
                        Err(e) => Err(e),
                    };
                }
                let strict = match &*state.borrow() {
                    IterState::ZipStrict { iters } => Some(iters.clone()),
                    _ => None,
                };
                if let Some(iters) = strict {
                    let plural = |i: usize| if i == 1 { "argument 1".to_string() } else { format!("arguments 1-{i}") };
                    let mut items = Vec::with_capacity(iters.len());
                    for (i, it) in iters.iter().enumerate() {
                        match self.next(it)? {
                            Some(v) => items.push(v),
                            None => {
                                if i > 0 {
                                    return Err(self.error("ValueError", format!("zip() argument {} is shorter than {}", i + 1, plural(i))));
                                }
                                for (j, other) in iters.iter().enumerate().skip(1) {
                                    if self.next(other)?.is_some() {
                                        return Err(self.error("ValueError", format!("zip() argument {} is longer than {}", j + 1, plural(j))));
                                    }
                                }
                                return Ok(None);
                            }
                        }
                    }
                    return Ok(Some(super::call::new_tuple(items)));
                }
                Ok(None)
            }
            Some(Payload::Generator(_)) => self.gen_next(it),
            Some(Payload::Instance(_)) => match self.call_dunder(it, "__next__", vec![]) {
                Some(Ok(v)) => Ok(Some(v)),
                Some(Err(e)) => {
                    let stop = self.types.exception("StopIteration");
                    if let Some(inst) = super::exceptions::exc_payload(&e.0)
                        && types::is_subclass(&inst.class(), &stop)
                    {
                        return Ok(None);
                    }
                    Err(e)
                }
                None => Err(self.type_error(format!("'{}' object is not an iterator", self.type_name(it)))),
            },
            _ => Err(self.type_error(format!("'{}' object is not an iterator", self.type_name(it)))),
        }
    }

    /// One step of an iterator over stored items ([`IterState::step_stored`]) with its
    /// errors raised; None for the iterators that call back into Python.
    #[inline]
    pub(crate) fn next_simple(&mut self, state: &RefCell<IterState>) -> Option<Result<Option<Value>, PyErr>> {
        let step = state.borrow_mut().step_stored();
        match step {
            Step::Item(item) => Some(Ok(item)),
            Step::DictChanged => Some(Err(self.error("RuntimeError", "dictionary changed size during iteration"))),
            Step::SetChanged => Some(Err(self.error("RuntimeError", "Set changed size during iteration"))),
            Step::Calls => None,
        }
    }

    /// The int of an index-like value (`operator.index`): an int as is, else `__index__`'s
    /// result (which must be an int); None when `v` has no `__index__`.
    pub fn index_int(&mut self, v: &Value) -> Result<Option<Value>, PyErr> {
        if int::is_int(v) {
            return Ok(Some(match v {
                Value::Bool(b) => Value::Int(i64::from(*b)),
                _ => crate::builtins::slots::unwrap_native(v),
            }));
        }
        let Some(r) = self.call_dunder(v, "__index__", vec![]) else { return Ok(None) };
        let r = r?;
        if !int::is_int(&r) {
            return Err(self.type_error(format!("__index__ returned non-int (type {})", self.type_name(&r))));
        }
        Ok(Some(r))
    }

    /// An index clamped to i64 (big ints saturate), or None when `v` is not index-like.
    fn index_i64(&mut self, v: &Value) -> Result<Option<i64>, PyErr> {
        Ok(self.index_int(v)?.map(|i| match i {
            Value::Int(i) => i,
            Value::Bool(b) => i64::from(b),
            other => match other.payload() {
                Some(Payload::BigInt(b)) => b.to_i64().unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }),
                _ => 0,
            },
        }))
    }

    fn index_of(&mut self, idx: &Value, len: usize, what: &str) -> Result<usize, PyErr> {
        let i = match idx {
            Value::Int(i) => *i,
            Value::Bool(b) => i64::from(*b),
            _ if let Some(i) = self.index_i64(idx)? => i,
            _ if what == "string" => {
                return Err(self.type_error(format!("string indices must be integers, not '{}'", self.type_name(idx))));
            }
            _ => {
                return Err(self.type_error(format!(
                    "{what} indices must be integers or slices, not {}",
                    self.type_name(idx)
                )));
            }
        };
        let n = len as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(self.error("IndexError", if what == "index" { "index out of range".to_string() } else { format!("{what} index out of range") }));
        }
        Ok(j as usize)
    }

    pub fn slice_indices(&mut self, a: &Value, b: &Value, c: &Value, len: usize) -> Result<Vec<usize>, PyErr> {
        let (start, step, count) = self.slice_bounds(a, b, c, len)?;
        Ok((0..count as i64).map(|k| (start + k * step) as usize).collect())
    }

    /// A slice's (first index, step, number of items) over a sequence of `len` items
    /// (CPython's PySlice_Unpack then PySlice_AdjustIndices); the bounds go through
    /// `__index__`, a zero step is a ValueError.
    pub fn slice_bounds(&mut self, a: &Value, b: &Value, c: &Value, len: usize) -> Result<(i64, i64, usize), PyErr> {
        // Bounds through __index__ (None stays None; anything else is a TypeError).
        let norm = |vm: &mut Vm, v: &Value| -> Result<Option<i64>, PyErr> {
            match v {
                Value::None => return Ok(None),
                Value::Int(i) => return Ok(Some(*i)),
                Value::Bool(b) => return Ok(Some(i64::from(*b))),
                _ => {}
            }
            match vm.index_i64(v)? {
                Some(i) => Ok(Some(i)),
                None => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
            }
        };
        let (a, b, c) = (norm(self, a)?, norm(self, b)?, norm(self, c)?);
        // PySlice_Unpack keeps the step above -PY_SSIZE_T_MAX (so it can be negated).
        let step = c.unwrap_or(1).max(-i64::MAX);
        if step == 0 {
            return Err(self.error("ValueError", "slice step cannot be zero"));
        }
        let n = len as i64;
        let clamp = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
            match v {
                None => default,
                Some(i) => (if i < 0 { i.saturating_add(n) } else { i }).clamp(lo, hi),
            }
        };
        let (start, count) = if step > 0 {
            let (s, e) = (clamp(a, 0, 0, n), clamp(b, n, 0, n));
            (s, if e > s { (e - s - 1) / step + 1 } else { 0 })
        } else {
            let (s, e) = (clamp(a, n - 1, -1, n - 1), clamp(b, -1, -1, n - 1));
            (s, if s > e { (s - e - 1) / -step + 1 } else { 0 })
        };
        Ok((start, step, count as usize))
    }

    /// `container[key]`.
    pub fn getitem(&mut self, container: &Value, key: &Value) -> PyResult {
        if let Some(Payload::Slice(a, b, c)) = key.payload() {
            if matches!(c, Value::None)
                && let Some(v) = super::quick::slice(container, a, b)
            {
                return Ok(v);
            }
            return match container.payload() {
                Some(Payload::List(l)) => {
                    let len = l.borrow().len();
                    let (start, step, count) = self.slice_bounds(a, b, c, len)?;
                    // `__index__` may have shrunk the list: items past its end are not taken.
                    let l = l.borrow();
                    let mut items = Vec::with_capacity(count.min(l.len()));
                    for k in 0..count as i64 {
                        match l.get((start + k * step) as usize) {
                            Some(v) => items.push(v.clone()),
                            None => break,
                        }
                    }
                    Ok(Value::new_obj(Payload::List(RefCell::new(items))))
                }
                Some(Payload::Tuple(t)) => {
                    let idx = self.slice_indices(a, b, c, t.len())?;
                    Ok(super::call::new_tuple(idx.iter().map(|&i| t[i].clone()).collect::<Vec<_>>()))
                }
                Some(Payload::Str(s)) if s.is_ascii_text() => {
                    let idx = self.slice_indices(a, b, c, s.len())?;
                    let bytes = s.as_bytes();
                    let out: String = idx.iter().map(|&i| char::from(bytes[i])).collect();
                    Ok(Value::str(out))
                }
                Some(Payload::Str(s)) => {
                    let chars: Vec<char> = s.chars().collect();
                    let idx = self.slice_indices(a, b, c, chars.len())?;
                    if let [i] = idx[..] {
                        return Ok(pystr::char_value(chars[i], s.surrogate_base()));
                    }
                    Ok(pystr::from_proxy(idx.iter().map(|&i| chars[i]).collect::<String>(), s.surrogate_base()))
                }
                Some(Payload::MemoryView(_)) => crate::builtins::methods::memview_getitem(self, container, key),
                Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
                    let bytes = crate::builtins::methods::bytes_like(container).unwrap_or_default();
                    let idx = self.slice_indices(a, b, c, bytes.len())?;
                    let out: Vec<u8> = idx.iter().map(|&i| bytes[i]).collect();
                    Ok(crate::builtins::methods::new_bytes(out, matches!(container.payload(), Some(Payload::ByteArray(_)))))
                }
                Some(Payload::Range { .. } | Payload::BigRange(_)) => crate::builtins::methods::range_slice(self, container, (a, b, c)),
                _ => self.getitem_other(container, key),
            };
        }
        match container.payload() {
            Some(Payload::List(l)) => {
                let len = l.borrow().len();
                let i = self.index_of(key, len, "list")?;
                Ok(l.borrow()[i].clone())
            }
            Some(Payload::Tuple(t)) => {
                let i = self.index_of(key, t.len(), "tuple")?;
                Ok(t[i].clone())
            }
            Some(Payload::Str(s)) => {
                let i = self.index_of(key, s.char_count(), "string")?;
                if s.is_ascii_text() {
                    return Ok(crate::objects::str::ascii_char(s.as_bytes()[i]));
                }
                Ok(match s.char_at(i) {
                    Some(c) => pystr::char_value(c, s.surrogate_base()),
                    None => pystr::from_proxy(String::new(), s.surrogate_base()),
                })
            }
            Some(Payload::Dict(d)) => match self.dict_get(d, key)? {
                Some(v) => Ok(v),
                None => Err(PyErr(super::exceptions::new_exception(self.types.exception("KeyError"), vec![key.clone()]))),
            },
            Some(Payload::MemoryView(_)) => crate::builtins::methods::memview_getitem(self, container, key),
            Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
                let bytes = crate::builtins::methods::bytes_like(container).unwrap_or_default();
                let what = match container.payload() {
                    Some(Payload::ByteArray(_)) => "bytearray",
                    _ => "index",
                };
                let i = self.index_of(key, bytes.len(), what)?;
                Ok(Value::Int(i64::from(bytes[i])))
            }
            Some(Payload::Range { start, stop, step }) if matches!(key, Value::Int(_) | Value::Bool(_)) => {
                let n = range_len(*start, *stop, *step);
                let i = self.index_of(key, n as usize, "range object")?;
                Ok(Value::Int(start + step * i as i64))
            }
            Some(Payload::Range { .. } | Payload::BigRange(_)) => crate::builtins::methods::range_item(self, container, key),
            _ => self.getitem_other(container, key),
        }
    }

    /// `dict.__getitem__(container, key)` for an instance of a dict subclass whose class has
    /// `__missing__`: a missing key goes to it. None for anything else.
    pub(crate) fn dict_subclass_getitem(&mut self, container: &Value, key: &Value) -> Option<PyResult> {
        let Some(Payload::Instance(i)) = container.payload() else { return None };
        let native = i.native.borrow().clone();
        let Some(Payload::Dict(d)) = native.payload() else { return None };
        let missing = types::lookup(&i.class_obj(), "__missing__")?;
        Some(match self.dict_get(d, key) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => self.call(missing, vec![container.clone(), key.clone()], vec![]),
            Err(e) => Err(e),
        })
    }

    fn getitem_other(&mut self, container: &Value, key: &Value) -> PyResult {
        // A dict subclass keeping dict's __getitem__: a missing key goes to __missing__.
        if let Some(Payload::Instance(i)) = container.payload()
            && matches!(types::lookup(&i.class_obj(), "__getitem__").as_ref().and_then(Value::payload), Some(Payload::MethodDescr { .. }))
            && let Some(r) = self.dict_subclass_getitem(container, key)
        {
            return r;
        }
        if let Some(r) = self.call_dunder(container, "__getitem__", vec![key.clone()]) {
            return r;
        }
        if let Some(Payload::Type(t)) = container.payload()
            && let Some(cls) = container.as_obj()
        {
            // PEP 560: `C[int]` calls `C.__class_getitem__`; the built-in containers and
            // `type` make a types.GenericAlias.
            if let Some(cg) = types::lookup(cls, "__class_getitem__") {
                let cls = cls.clone();
                let f = self.descr_get(cg, None, &cls, "__class_getitem__")?;
                return self.call(f, vec![key.clone()], vec![]);
            }
            if !matches!(t.kind, crate::objects::types::Kind::Instance | crate::objects::types::Kind::Native) {
                return Ok(crate::modules::generic_alias::new_alias(self, container.clone(), key, false));
            }
        }
        Err(self.type_error(format!("'{}' object is not subscriptable", self.type_name(container))))
    }

    /// `container[key] = value`.
    pub fn setitem(&mut self, container: &Value, key: &Value, value: Value) -> Result<(), PyErr> {
        if let Some(Payload::MemoryView(_)) = container.payload() {
            return crate::builtins::methods::memview_setitem(self, container, key, &value);
        }
        if let (Some(Payload::List(l)), Some(Payload::Slice(a, b, c))) = (container.payload(), key.payload()) {
            let items = match value.payload() {
                Some(Payload::List(_) | Payload::Tuple(_)) => self.seq_items(&value)?,
                _ => match self.try_get_iter(&value)? {
                    Some(it) => self.drain(&it)?,
                    None => return Err(self.type_error("must assign iterable to extended slice")),
                },
            };
            let n = l.borrow().len();
            let (start, step, count) = self.slice_bounds(a, b, c, n)?;
            let mut l = l.borrow_mut();
            if step == 1 {
                // `__index__` may have changed the list meanwhile: the bounds stay inside it.
                let hi = (start as usize + count).min(l.len());
                let lo = (start as usize).min(hi);
                super::quick::replace_range(&mut l, lo, hi, items);
                return Ok(());
            }
            if count != items.len() {
                drop(l);
                return Err(self.error(
                    "ValueError",
                    format!("attempt to assign sequence of size {} to extended slice of size {count}", items.len()),
                ));
            }
            for (k, v) in items.into_iter().enumerate() {
                if let Some(slot) = l.get_mut((start + k as i64 * step) as usize) {
                    *slot = v;
                }
            }
            return Ok(());
        }
        match container.payload() {
            Some(Payload::List(l)) => {
                let len = l.borrow().len();
                let i = self.index_of(key, len, "list assignment")?;
                l.borrow_mut()[i] = value;
                Ok(())
            }
            Some(Payload::Dict(d)) => self.dict_set(d, key.clone(), value),
            Some(Payload::ByteArray(ba)) => {
                if let Some(Payload::Slice(a, b, c)) = key.payload() {
                    let items = match crate::builtins::methods::bytes_like(&value) {
                        Some(v) => v,
                        None => {
                            let vals = self.seq_items(&value)?;
                            let mut out = Vec::with_capacity(vals.len());
                            for v in &vals {
                                out.push(crate::builtins::methods::byte_value(self, v)?);
                            }
                            out
                        }
                    };
                    let n = ba.borrow().len();
                    let idx = self.slice_indices(a, b, c, n)?;
                    if matches!(c, Value::None | Value::Int(1)) {
                        let lo = idx.first().copied().unwrap_or_else(|| match a {
                            Value::Int(i) => (if *i < 0 { *i + n as i64 } else { *i }).clamp(0, n as i64) as usize,
                            _ => 0,
                        });
                        ba.borrow_mut().splice(lo..lo + idx.len(), items);
                        return Ok(());
                    }
                    if idx.len() != items.len() {
                        return Err(self.error(
                            "ValueError",
                            format!("attempt to assign bytes of size {} to extended slice of size {}", items.len(), idx.len()),
                        ));
                    }
                    let mut ba = ba.borrow_mut();
                    for (i, v) in idx.into_iter().zip(items) {
                        ba[i] = v;
                    }
                    return Ok(());
                }
                let len = ba.borrow().len();
                let i = self.index_of(key, len, "bytearray")?;
                let x = crate::builtins::methods::byte_value(self, &value)?;
                ba.borrow_mut()[i] = x;
                Ok(())
            }
            _ => {
                if let Some(r) = self.call_dunder(container, "__setitem__", vec![key.clone(), value]) {
                    return r.map(|_| ());
                }
                Err(self.type_error(format!(
                    "'{}' object does not support item assignment",
                    self.type_name(container)
                )))
            }
        }
    }

    /// `del container[key]`.
    pub fn delitem(&mut self, container: &Value, key: &Value) -> Result<(), PyErr> {
        if let Some(Payload::MemoryView(_)) = container.payload() {
            return Err(self.type_error("cannot delete memory"));
        }
        if let (Some(Payload::List(l)), Some(Payload::Slice(a, b, c))) = (container.payload(), key.payload()) {
            let n = l.borrow().len();
            let mut idx = self.slice_indices(a, b, c, n)?;
            idx.sort_unstable();
            let mut l = l.borrow_mut();
            for i in idx.into_iter().rev() {
                l.remove(i);
            }
            return Ok(());
        }
        match container.payload() {
            Some(Payload::List(l)) => {
                let len = l.borrow().len();
                let i = self.index_of(key, len, "list assignment")?;
                l.borrow_mut().remove(i);
                Ok(())
            }
            Some(Payload::ByteArray(ba)) => {
                let n = ba.borrow().len();
                if let Some(Payload::Slice(a, b, c)) = key.payload() {
                    let mut idx = self.slice_indices(a, b, c, n)?;
                    idx.sort_unstable();
                    let mut ba = ba.borrow_mut();
                    for i in idx.into_iter().rev() {
                        ba.remove(i);
                    }
                    return Ok(());
                }
                let i = self.index_of(key, n, "bytearray")?;
                ba.borrow_mut().remove(i);
                Ok(())
            }
            Some(Payload::Dict(d)) => match self.dict_remove(d, key)? {
                Some(_) => Ok(()),
                None => Err(PyErr(super::exceptions::new_exception(self.types.exception("KeyError"), vec![key.clone()]))),
            },
            _ => {
                if let Some(r) = self.call_dunder(container, "__delitem__", vec![key.clone()]) {
                    return r.map(|_| ());
                }
                Err(self.type_error(format!("'{}' object doesn't support item deletion", self.type_name(container))))
            }
        }
    }

    /// An AttributeError for `obj.name`, with its `name` and `obj` attributes set as CPython
    /// sets them. The "Did you mean" suggestion is worked out only if the error is displayed
    /// (`attr_suggestion`): most AttributeErrors are caught, and listing and ranking every
    /// name of the object cost more than the failed lookup itself.
    pub fn attribute_error(&mut self, obj: &Value, msg: String, name: &str) -> PyErr {
        let e = self.error("AttributeError", msg);
        if let Some(Payload::Instance(i)) = e.0.payload() {
            let mut attrs = i.attrs().borrow_mut();
            attrs.set_str("name", Value::str(name));
            attrs.set_str("obj", obj.clone());
        }
        e
    }

    /// CPython's "Did you mean" suggestion for a missing attribute `name` of `obj`, from the
    /// names `dir(obj)` would list.
    pub fn attr_suggestion(&mut self, obj: &Value, name: &str) -> Option<String> {
        let mut names: Vec<String> = Vec::new();
        let add_dict = |d: &crate::objects::dict::Dict, names: &mut Vec<String>| {
            names.extend(d.iter().filter_map(|(k, _)| k.as_str().map(str::to_string)));
        };
        match obj.payload() {
            Some(Payload::Module { dict, .. }) => {
                if let Payload::Dict(d) = &dict.payload {
                    add_dict(&d.borrow(), &mut names);
                }
            }
            Some(Payload::Type(_)) => {
                if let Some(c) = obj.as_obj() {
                    for c in types::mro_of(c) {
                        if let Payload::Type(t) = &c.payload {
                            add_dict(&t.dict.borrow(), &mut names);
                        }
                    }
                }
            }
            _ => {
                if let Some(Payload::Instance(inst)) = obj.payload() {
                    add_dict(&inst.attrs().borrow(), &mut names);
                }
                for c in types::mro_of(&self.types.type_of(obj)) {
                    if let Payload::Type(t) = &c.payload {
                        add_dict(&t.dict.borrow(), &mut names);
                    }
                }
            }
        }
        if !name.starts_with('_') {
            names.retain(|n| !n.starts_with('_'));
        }
        names.sort();
        names.dedup();
        super::traceback::closest_name(name, &names)
    }

    /// Creates a bare instance of a user class.
    pub fn new_instance(&self, class: &crate::value::ObjRef) -> Value {
        Value::new_obj(Payload::Instance(InstanceObj::new(class.clone())))
    }
}

/// Binds a function found on a class to the instance it was looked up on.
pub fn bind(obj: &Value, v: Value) -> Value {
    match v.payload() {
        Some(Payload::Function(_)) => Value::new_obj(Payload::BoundMethod { receiver: obj.clone(), func: v }),
        _ => v,
    }
}

/// The order of two values of one simple kind (ints within i64, floats, strs), compared
/// without the VM: `Some(None)` for unordered floats (a NaN), `None` for other values.
#[inline]
pub(crate) fn simple_order(a: &Value, b: &Value) -> Option<Option<std::cmp::Ordering>> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(Some(x.cmp(y))),
        (Value::Float(x), Value::Float(y)) => Some(x.partial_cmp(y)),
        (Value::Obj(_), Value::Obj(_)) => match (a.payload(), b.payload()) {
            (Some(Payload::Str(x)), Some(Payload::Str(y))) => Some(Some(x.cmp(y))),
            _ => None,
        },
        _ => None,
    }
}

fn cmp_ord(op: u32, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        0 => o == Less,
        1 => o != Greater,
        2 => o == Equal,
        3 => o != Equal,
        4 => o == Greater,
        _ => o != Less,
    }
}

/// The number of values in `range(start, stop, step)`.
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    // A range value's length always fits in i64 (`range::small_range`).
    i64::try_from(crate::objects::range::small_len(start, stop, step)).unwrap_or(i64::MAX)
}

/// The iterator state over `range(start, stop, step)`: the machine-word one when the value
/// after the last fits in i64, else the big-int one.
pub fn range_iter_state(start: i64, stop: i64, step: i64) -> IterState {
    let n = range_len(start, stop, step);
    match i64::try_from(i128::from(start) + i128::from(n) * i128::from(step)) {
        Ok(end) => IterState::Range { next: start, stop: end, step },
        Err(_) => crate::objects::range::Parts {
            start: start.into(),
            stop: stop.into(),
            step: step.into(),
            len: n.into(),
        }
        .iter(),
    }
}

/// How the int `i` orders against the float `f`, exactly; None when `f` is NaN.
fn int_float_order(i: &Value, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    // Small ints convert to a float exactly.
    if let Value::Int(n) = i
        && n.unsigned_abs() <= 1 << 53
    {
        return (*n as f64).partial_cmp(&f);
    }
    let n = to_big(i)?;
    let whole = f.trunc();
    let w = num_traits::FromPrimitive::from_f64(whole).unwrap_or_default();
    Some(match n.cmp(&w) {
        Ordering::Equal if f > whole => Ordering::Less,
        Ordering::Equal if f < whole => Ordering::Greater,
        o => o,
    })
}
