//! The CPython 3.14 abstract syntax tree.
