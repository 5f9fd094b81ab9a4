//! The `krait` command.
fn main() {}
