//! Heap objects: a header (today the type pointer of instances lives in their payload and
//! built-in payloads imply their type) and one payload per built-in kind.
//!
//! The payload structs live under `objects/`, one file per type; this enum is the `kind`
//! tag the interpreter matches on, so the common cases inline without trait objects.

pub mod gc;

use crate::objects::dict::Dict;
use crate::objects::function::{BuiltinFunction, CodeInfo, FunctionObj};
use crate::objects::iter::IterState;
use crate::objects::types::{InstanceObj, TypeObj};
use crate::value::{ObjRef, Value};
use num_bigint::BigInt;
use std::cell::RefCell;
use std::rc::Rc;

/// A heap object.
#[derive(Debug)]
pub struct Object {
    /// The object's slot in the cycle collector's table (`gc::UNTRACKED` when it is not a
    /// tracked container).
    pub gc_slot: std::cell::Cell<u32>,
    /// Per-object bits (`HAS_WEAKREFS`).
    pub flags: std::cell::Cell<u32>,
    pub payload: Payload,
}

/// `Object::flags`: a weak reference to the object was made (its death must be reported).
pub const HAS_WEAKREFS: u32 = 1;

impl Object {
    pub fn new(payload: Payload) -> Object {
        Object { gc_slot: std::cell::Cell::new(gc::UNTRACKED), flags: std::cell::Cell::new(0), payload }
    }
}

impl Drop for Object {
    /// A freed object's weak references lose their referent: their callbacks are queued.
    #[inline]
    fn drop(&mut self) {
        if self.gc_slot.get() != gc::UNTRACKED {
            gc::untrack(self.gc_slot.get());
        }
        if self.flags.get() & HAS_WEAKREFS != 0 {
            crate::modules::weakref::referent_died(self as *const Object as usize);
        }
        // Lists and tuples release their items last to first, as CPython's.
        match &mut self.payload {
            Payload::List(l) => {
                let items = l.get_mut();
                while let Some(v) = items.pop() {
                    drop(v);
                }
            }
            Payload::Tuple(t) if t.len() > 1 => {
                for v in t.iter_mut().rev() {
                    drop(std::mem::take(v));
                }
            }
            _ => {}
        }
    }
}

/// What a heap object holds; the tag selects its built-in type.
#[derive(Debug)]
pub enum Payload {
    Str(crate::objects::str::StrObj),
    BigInt(BigInt),
    Tuple(crate::objects::tuple::TupleItems),
    List(RefCell<Vec<Value>>),
    Dict(RefCell<Dict>),
    /// A set: its elements are the keys.
    Set(RefCell<Dict>),
    Function(Box<FunctionObj>),
    Builtin(BuiltinFunction),
    BoundMethod { receiver: Value, func: Value },
    Code(Rc<CodeInfo>),
    Type(Box<TypeObj>),
    Instance(InstanceObj),
    Module { name: String, dict: ObjRef },
    Range { start: i64, stop: i64, step: i64 },
    /// A range beyond i64 (`objects/range.rs`).
    BigRange(Box<crate::objects::range::BigRange>),
    Iter(RefCell<IterState>),
    Cell(RefCell<Value>),
    /// `property(fget, fset, fdel, doc)`.
    Property { fget: Value, fset: Value, fdel: Value, doc: Value },
    /// A method of a built-in type found in its dict (`list.append`): binds like a function.
    /// Its call checks `arity` before the method runs.
    MethodDescr { func: BuiltinFunction, owner: ObjRef, arity: crate::objects::function::Arity, direct: crate::objects::function::Direct },
    StaticMethod(Value),
    ClassMethod(Value),
    /// `dict.keys()` (0), `.values()` (1), `.items()` (2).
    DictView { dict: Value, view: u8 },
    Generator(Box<RefCell<crate::objects::generator::GenState>>),
    Slice(Value, Value, Value),
    /// The Rust state of an object of a type a Rust module defines (held in an instance's
    /// `native`; see `crate::objects::native`).
    Native(RefCell<Box<dyn std::any::Any>>),
    NotImplemented,
    Ellipsis,
    /// A frozenset: its elements are the keys.
    FrozenSet(RefCell<Dict>),
    Complex { re: f64, im: f64 },
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    /// A memoryview (`objects/memoryview.rs`).
    MemoryView(Box<crate::objects::memoryview::MemView>),
}

// Every object is allocated at this size (mimalloc's 128-byte class with the `Rc` counts
// and the header): a variant that grows it grows every object. Inline tuple items and
// the like are sized to fit.
const _: () = assert!(std::mem::size_of::<Payload>() <= 96);
