//! `Value`: the 16-byte owned value every part of the VM passes around.
//!
//! Immediates (None, bool, i64 ints, floats) never touch the heap; everything else is an
//! [`ObjRef`], a reference-counted pointer whose count is maintained by `Clone` and `Drop`.
//! `Null` is the interpreter's marker for an empty stack slot or an unbound local; Python
//! code never sees it.

use crate::heap::{Object, Payload};
use std::rc::Rc;

/// A reference-counted pointer to a heap object.
pub type ObjRef = Rc<Object>;

/// A Python value.
///
/// `repr(u64)` puts every payload at offset 8 after a word-sized tag, so a value moves as two
/// whole words. With the default layout a `bool` payload sat at offset 1 and copies were
/// split into byte-sized pieces that a following 16-byte load could not forward from (a
/// store-forwarding stall on every stack push: 25% of a `y = x` loop).
#[derive(Debug, Default)]
#[repr(u64)]
pub enum Value {
    /// An empty slot (CPython's NULL on the value stack, an unbound local).
    #[default]
    Null = 0,
    None = 1,
    Bool(bool) = 2,
    Int(i64) = 3,
    Float(f64) = 4,
    Obj(ObjRef) = 5,
}

impl Clone for Value {
    /// Copies an immediate as two whole words; increments an object's reference count.
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Obj(o) => Value::Obj(Rc::clone(o)),
            // SAFETY: an immediate owns nothing, so a bitwise copy is a valid second value.
            _ => unsafe { Value::read_words(self) },
        }
    }
}

/// A value seen as its two machine words (tag, payload); the payload word of a variant
/// without one is uninitialised, hence `MaybeUninit`.
type Words = [std::mem::MaybeUninit<u64>; 2];

impl Value {
    /// `Value::Bool(b)` built as two whole words (tag 2, payload 0 or 1): a byte-sized
    /// payload store followed by a word load of the same value stalls store forwarding.
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        // SAFETY: tag 2 is `Bool` (explicit discriminants above) and its payload byte, the
        // low byte of the second word on this little-endian layout, is 0 or 1; the other
        // payload bytes are padding.
        #[cfg(target_endian = "little")]
        unsafe {
            std::mem::transmute::<[u64; 2], Value>([2, u64::from(b)])
        }
        #[cfg(not(target_endian = "little"))]
        Value::Bool(b)
    }

    /// Moves `self` into `*dst` with two 8-byte stores. A 16-byte vector copy from a value
    /// that was just built by two word stores (or a one-byte bool store) cannot be served by
    /// store forwarding and stalls for about a dozen cycles; the interpreter's stack pushes
    /// and pops are the copies where that happened on every instruction.
    ///
    /// # Safety
    /// `dst` must be valid for writing a `Value`; whatever it held is overwritten, not dropped.
    #[inline(always)]
    pub(crate) unsafe fn write_words(self, dst: *mut Value) {
        // SAFETY: `Value` is `repr(u64)` and 16 bytes: a tag word and a payload word.
        let w: Words = unsafe { std::mem::transmute::<Value, Words>(self) };
        let d = dst.cast::<std::mem::MaybeUninit<u64>>();
        // SAFETY: the caller guarantees `dst` is writable for 16 bytes. Volatile keeps LLVM
        // from merging the two stores back into one vector copy.
        unsafe {
            d.write_volatile(w[0]);
            d.add(1).write_volatile(w[1]);
        }
    }

    /// Moves the value out of `*src` with two 8-byte loads (see `write_words`).
    ///
    /// # Safety
    /// `src` must hold a valid `Value`, which the caller then treats as moved out.
    #[inline(always)]
    pub(crate) unsafe fn read_words(src: *const Value) -> Value {
        let s = src.cast::<std::mem::MaybeUninit<u64>>();
        // SAFETY: the caller guarantees a valid value at `src`; its words form that value.
        unsafe { std::mem::transmute::<Words, Value>([s.read(), s.add(1).read()]) }
    }
}

impl Value {
    /// Wraps a payload in a fresh heap object.
    pub fn new_obj(payload: Payload) -> Value {
        let track = crate::heap::gc::is_container(&payload);
        let o = Rc::new(Object::new(payload));
        if track {
            crate::heap::gc::track(&o);
        }
        Value::Obj(o)
    }

    /// Identity (`is`): pointer identity for objects, value identity for immediates.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// The heap object, if this is one.
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The payload, if this is a heap object.
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// The text of a str value.
    pub fn as_str(&self) -> Option<&str> {
        match self.payload() {
            Some(Payload::Str(s)) => Some(s),
            _ => None,
        }
    }

    /// A str value.
    pub fn str(s: impl Into<String>) -> Value {
        Value::new_obj(Payload::Str(crate::objects::str::StrObj::new(s.into().into_boxed_str())))
    }

    /// Is this the empty-slot marker?
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// An identity number (`id()`): the address for objects.
    pub fn id(&self) -> i64 {
        match self {
            Value::Obj(o) => Rc::as_ptr(o) as usize as i64,
            Value::Int(i) => *i,
            Value::Bool(b) => i64::from(*b),
            Value::Float(f) => f.to_bits() as i64,
            Value::None => 1,
            Value::Null => 0,
        }
    }
}

thread_local! {
    static SINGLETONS: (Value, Value) =
        (Value::new_obj(Payload::NotImplemented), Value::new_obj(Payload::Ellipsis));
}

impl Value {
    /// The `NotImplemented` singleton (compared by identity in Python code).
    pub fn not_implemented() -> Value {
        SINGLETONS.with(|s| s.0.clone())
    }

    /// The `Ellipsis` singleton.
    pub fn ellipsis() -> Value {
        SINGLETONS.with(|s| s.1.clone())
    }
}
