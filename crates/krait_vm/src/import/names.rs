//! Relative module names: `from ..a import b` in package `p.q.r` names `p.q.a`
//! (CPython's `resolve_name` in `Python/import.c`, with its messages).

use crate::interp::{PyErr, Vm};

/// The absolute name of `name` imported with `level` leading dots from `package`.
pub fn resolve(vm: &Vm, name: &str, package: &str, level: i64) -> Result<String, PyErr> {
    if package.is_empty() {
        return Err(vm.error("ImportError", "attempted relative import with no known parent package"));
    }
    let mut base = package;
    for _ in 1..level {
        match base.rfind('.') {
            Some(i) => base = &base[..i],
            None => return Err(vm.error("ImportError", "attempted relative import beyond top-level package")),
        }
    }
    Ok(if name.is_empty() { base.to_string() } else { format!("{base}.{name}") })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_climb_the_package() {
        let vm = Vm::new();
        let r = |n: &str, p: &str, l: i64| resolve(&vm, n, p, l).ok();
        assert_eq!(r("x", "p.q", 1).as_deref(), Some("p.q.x"));
        assert_eq!(r("x", "p.q", 2).as_deref(), Some("p.x"));
        assert_eq!(r("", "p.q", 2).as_deref(), Some("p"));
        assert_eq!(r("x", "p.q", 3), None);
        assert_eq!(r("x", "", 1), None);
    }
}
