//! Frozen modules: Python source krait carries in the binary, found after `sys.path` (so a
//! standard library directory that has the module wins). They stand for CPython's C
//! modules krait writes in Python over the pure-Python stdlib (`_datetime` over
//! `_pydatetime`). Their code objects name `<frozen NAME>` as their file, as CPython's
//! frozen modules do.

/// The frozen modules: (name, source).
const MODULES: &[(&str, &str)] = &[("_datetime", include_str!("frozen/_datetime.py"))];

/// The source of the frozen module `name`, if krait has one.
pub fn source(name: &str) -> Option<&'static str> {
    MODULES.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}
