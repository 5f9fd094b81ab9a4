//! `Value`: the 16-byte owned value every part of the VM passes around.
//!
//! Immediates (None, bool, i64 ints, floats) never touch the heap; everything else is an
//! [`ObjRef`], a reference-counted pointer whose count is maintained by `Clone` and `Drop`.
//! `Null` is the interpreter's marker for an empty stack slot or an unbound local; Python
//! code never sees it.
//!
//! NaN identity: a float is compared by its bits for `is` (and `id()`, identity hashing,
//! the containers' identity shortcuts), so a NaN made anew must not share the bits of an
//! existing one (CPython: `float('nan') is float('nan')` is False, while `x is x` holds and
//! `x in [x]` finds it). Every NaN a float operation produces gets a fresh identity in its
//! payload bits ([`Value::float`], [`fresh_nan`]); finite results stay as they are (one
//! `is_nan` test on the paths that make floats). Code that writes a float's bytes
//! (struct, array, marshal) writes [`canonical_nan`] so the identity bits never show.

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

    /// Moves the value at `src` to `dst` with two 8-byte loads and one 16-byte store: a
    /// store that a later vector copy of `dst` (a built-in call's argument vector, passed by
    /// value) can be served from, while the loads read `src` whichever way it was written.
    ///
    /// # Safety
    /// `src` must hold a valid `Value`, which the caller then treats as moved out; `dst`
    /// must be valid for writing a `Value` and is overwritten, not dropped.
    #[inline(always)]
    pub(crate) unsafe fn move_words(src: *const Value, dst: *mut Value) {
        #[cfg(target_arch = "x86_64")]
        // SAFETY: both pointers are valid for 16 bytes (the caller's promise). The bytes are
        // moved by the assembly, so a payload word left uninitialised is copied as it is,
        // never read as a Rust integer.
        unsafe {
            std::arch::asm!(
                "movq {t}, qword ptr [{s}]",
                "movhps {t}, qword ptr [{s} + 8]",
                "movups xmmword ptr [{d}], {t}",
                s = in(reg) src,
                d = in(reg) dst,
                t = out(xmm_reg) _,
                options(nostack, preserves_flags),
            );
        }
        #[cfg(not(target_arch = "x86_64"))]
        // SAFETY: the caller's promise, as above.
        unsafe {
            Value::read_words(src).write_words(dst);
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
        // Volatile, like the stores: LLVM would otherwise merge the two loads into one vector
        // load, which stalls when the slot was just written by two word stores.
        unsafe { std::mem::transmute::<Words, Value>([s.read_volatile(), s.add(1).read_volatile()]) }
    }
}

impl Value {
    /// Wraps a payload in a fresh heap object.
    pub fn new_obj(payload: Payload) -> Value {
        let track = crate::heap::gc::is_container(&payload);
        // Written into the fresh allocation: `Rc::new` built the 136-byte box on the stack
        // and copied it with a `memcpy` call (about 30 instructions per object).
        let mut fresh = Rc::<Object>::new_uninit();
        match Rc::get_mut(&mut fresh) {
            Some(slot) => {
                slot.write(Object::new(payload));
            }
            // Unreachable: a fresh Rc is unique.
            None => return Value::Obj(Rc::new(Object::new(payload))),
        }
        // SAFETY: the slot was just initialised.
        let o = unsafe { fresh.assume_init() };
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
    pub fn str(s: impl Into<crate::objects::text::Text>) -> Value {
        Value::new_obj(Payload::Str(crate::objects::str::StrObj::new(s)))
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

/// The payload bits of a NaN that carry its identity (below the quiet bit).
const NAN_ID_MASK: u64 = (1 << 51) - 1;
/// The quiet-NaN exponent and quiet bit.
const QUIET_NAN: u64 = 0x7ff8_0000_0000_0000;

static NAN_IDS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// A NaN with the sign of `f` and an identity no other live NaN has.
#[cold]
pub fn fresh_nan(f: f64) -> f64 {
    let id = NAN_IDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed) & NAN_ID_MASK;
    f64::from_bits((f.to_bits() & (1 << 63)) | QUIET_NAN | id.max(1))
}

/// `f` with a NaN's identity bits cleared (the quiet NaN CPython writes), for code that
/// writes a float's bytes; other floats unchanged.
pub fn canonical_nan(f: f64) -> f64 {
    if f.is_nan() { f64::from_bits(f.to_bits() & !NAN_ID_MASK) } else { f }
}

impl Value {
    /// A float result: a NaN gets a fresh identity (see the module comment).
    #[inline(always)]
    pub fn float(f: f64) -> Value {
        Value::Float(if f.is_nan() { fresh_nan(f) } else { f })
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
