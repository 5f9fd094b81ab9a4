//! Compiled modules cached as `.pyc` files in `__pycache__` (CPython's `SourceFileLoader`
//! behaviour with krait's cache tag, `krait-314`): a cached file is used when its header
//! records the source's current mtime and size; otherwise the source is compiled and the
//! cache written (unless `-B` / PYTHONDONTWRITEBYTECODE), through a temporary file and a
//! rename so a reader never sees half a file. Failing to read or write a cache is never an
//! error: the source is simply compiled.

use krait_bytecode::pyc::{self, Invalidation, Pyc};
use krait_bytecode::CodeObject;
use std::time::UNIX_EPOCH;

/// The source's (mtime, size) as a `.pyc` header records them (truncated to 32 bits).
fn source_stamp(origin: &str) -> Option<(u32, u32)> {
    let meta = std::fs::metadata(origin).ok()?;
    let mtime = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?.as_secs();
    Some((mtime as u32, meta.len() as u32))
}

/// The cached code of `origin`, if a fresh cache exists.
pub fn load(origin: &str, optimize: u8) -> Option<CodeObject> {
    let path = super::spec::cache_from_source(origin, optimize)?;
    let data = std::fs::read(&path).ok()?;
    let cached = pyc::read(&data).ok()?;
    let (mtime, size) = source_stamp(origin)?;
    match cached.invalidation {
        Invalidation::Timestamp { mtime: m, size: s } if m == mtime && s == size => Some(cached.code),
        _ => None,
    }
}

/// Writes the cache of `origin`; errors are ignored.
pub fn store(origin: &str, optimize: u8, code: &CodeObject) {
    let Some(path) = super::spec::cache_from_source(origin, optimize) else { return };
    let Some((mtime, size)) = source_stamp(origin) else { return };
    let bytes = pyc::write(&Pyc { invalidation: Invalidation::Timestamp { mtime, size }, code: code.clone() });
    let Some((dir, _)) = path.rsplit_once('/') else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let tmp = format!("{path}.{}", std::process::id());
    if std::fs::write(&tmp, &bytes).is_ok() && std::fs::rename(&tmp, &path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}
