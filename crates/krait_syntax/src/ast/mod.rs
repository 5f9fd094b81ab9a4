//! The CPython 3.14 abstract syntax tree.

/// Placeholder until the generated node types land.
#[derive(Clone, Debug, PartialEq)]
pub struct Mod;

/// `ast.dump(node, annotate_fields=True, include_attributes=..., indent=...)`.
pub fn dump(node: &Mod, options: &crate::DumpOptions) -> String {
    let _ = (node, options);
    String::new()
}
