//! The CPython 3.14 abstract syntax tree.
//!
//! Node types are generated from `ast.spec` into [`generated`] (one Rust type per Python
//! class, same field names and order); this file holds what the generator builds on: node
//! positions ([`Range`]), constant values ([`Constant`]) and [`Node`], a small reflection
//! interface every node implements. Consumers that need to treat nodes uniformly (`dump`,
//! later the VM's `ast` module) walk nodes through [`Node`] instead of matching on hundreds
//! of types.

mod dump;
pub mod generated;
pub mod repr;

pub use dump::dump;
pub use generated::*;

use num_bigint::BigInt;

/// An identifier (already NFKC-normalised by the parser).
pub type Identifier = String;

/// A node's position: 1-based lines, 0-based columns in UTF-8 bytes, as CPython reports them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Range {
    pub lineno: u32,
    pub col_offset: u32,
    pub end_lineno: u32,
    pub end_col_offset: u32,
}

impl Range {
    /// The range from the start of `self` to the end of `end`.
    pub fn to(self, end: Range) -> Range {
        Range {
            lineno: self.lineno,
            col_offset: self.col_offset,
            end_lineno: end.end_lineno,
            end_col_offset: end.end_col_offset,
        }
    }
}

/// The value of a `Constant` node (and of `MatchSingleton`, and `Interpolation.str`).
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    /// An integer outside `i64`.
    BigInt(Box<BigInt>),
    Float(f64),
    /// An imaginary literal: `complex(0.0, imag)`.
    Complex { real: f64, imag: f64 },
    Str(String),
    Bytes(Vec<u8>),
}

/// What a field of a node holds, as seen through [`Node::for_each_field`].
#[derive(Clone, Copy)]
pub enum Value<'a> {
    Node(&'a dyn Node),
    /// An absent optional field, or an absent element of a list of optionals.
    Absent,
    /// An identifier or a string field.
    Str(&'a str),
    Int(i64),
    Constant(&'a Constant),
    List(&'a dyn Seq),
}

/// A list-valued field.
pub trait Seq {
    fn len(&self) -> usize;
    fn item(&self, index: usize) -> Value<'_>;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Reflection over a node: its Python class name, its fields in `_fields` order, its
/// position when the class has position attributes.
pub trait Node {
    fn class_name(&self) -> &'static str;
    fn for_each_field(&self, f: &mut dyn FnMut(&'static str, Value<'_>));
    fn range(&self) -> Option<Range>;
}

/// Conversion of a field's Rust type to a [`Value`].
pub trait ToValue {
    fn to_value(&self) -> Value<'_>;
}

impl<T: ToValue + ?Sized> ToValue for Box<T> {
    fn to_value(&self) -> Value<'_> {
        (**self).to_value()
    }
}

impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> Value<'_> {
        match self {
            Some(value) => value.to_value(),
            None => Value::Absent,
        }
    }
}

impl<T: ToValue> ToValue for Vec<T> {
    fn to_value(&self) -> Value<'_> {
        Value::List(self)
    }
}

impl<T: ToValue> Seq for Vec<T> {
    fn len(&self) -> usize {
        <[T]>::len(self)
    }
    fn item(&self, index: usize) -> Value<'_> {
        match self.get(index) {
            Some(item) => item.to_value(),
            None => Value::Absent,
        }
    }
}

impl ToValue for String {
    fn to_value(&self) -> Value<'_> {
        Value::Str(self)
    }
}

impl ToValue for i32 {
    fn to_value(&self) -> Value<'_> {
        Value::Int(i64::from(*self))
    }
}

impl ToValue for Constant {
    fn to_value(&self) -> Value<'_> {
        Value::Constant(self)
    }
}
