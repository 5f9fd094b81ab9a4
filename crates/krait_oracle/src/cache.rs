//! The on-disk answer cache: `<dir>/<2 hex>/<64 hex>.json`, one oracle response line per file.
//!
//! The key is the SHA-256 of the oracle version, the protocol version and the canonical
//! request JSON, so a cached answer is valid exactly as long as the pinned oracle and the
//! protocol are. Writes are atomic (a uniquely named temporary file renamed into place), so
//! any number of threads and processes may share one cache; a reader sees either nothing or a
//! complete answer. Failure to read or write the cache is never fatal: it only costs a miss.

use sha2::{Digest, Sha256};
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

#[derive(Clone, Debug)]
pub struct Cache {
    dir: PathBuf,
}

/// The cache key for a canonical request line.
pub fn key(oracle_version: &str, protocol: u32, request_json: &str) -> String {
    let mut h = Sha256::new();
    h.update(oracle_version.as_bytes());
    h.update(b"\n");
    h.update(protocol.to_string().as_bytes());
    h.update(b"\n");
    h.update(request_json.as_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

impl Cache {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Cache { dir: dir.into() }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, key: &str) -> PathBuf {
        let shard = key.get(..2).unwrap_or("00");
        self.dir.join(shard).join(format!("{key}.json"))
    }

    /// The cached response line for `key`, if any.
    pub fn get(&self, key: &str) -> Option<String> {
        let text = fs::read_to_string(self.path(key)).ok()?;
        let line = text.trim_end();
        if line.is_empty() { None } else { Some(line.to_string()) }
    }

    /// Stores a response line; errors are reported but harmless.
    pub fn put(&self, key: &str, response_line: &str) -> std::io::Result<()> {
        let path = self.path(key);
        let parent = path.parent().unwrap_or(&self.dir).to_path_buf();
        fs::create_dir_all(&parent)?;
        let unique = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
        let tmp = parent.join(format!(".{key}.{}.{unique}.tmp", std::process::id()));
        let result = (|| {
            let mut f = fs::File::create(&tmp)?;
            f.write_all(response_line.as_bytes())?;
            f.write_all(b"\n")?;
            f.sync_data().ok();
            drop(f);
            fs::rename(&tmp, &path)
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_depend_on_every_part() {
        let a = key("pyodide-314.0.7", 1, "{}");
        assert_eq!(a.len(), 64);
        assert_ne!(a, key("pyodide-314.0.8", 1, "{}"));
        assert_ne!(a, key("pyodide-314.0.7", 2, "{}"));
        assert_ne!(a, key("pyodide-314.0.7", 1, "{ }"));
        assert_eq!(a, key("pyodide-314.0.7", 1, "{}"));
    }

    #[test]
    fn put_then_get_round_trips() -> std::io::Result<()> {
        let dir = std::env::temp_dir().join(format!("krait-oracle-cache-test-{}", std::process::id()));
        let cache = Cache::new(&dir);
        let k = key("v", 1, "req");
        assert_eq!(cache.get(&k), None);
        cache.put(&k, r#"{"ok": true}"#)?;
        assert_eq!(cache.get(&k).as_deref(), Some(r#"{"ok": true}"#));
        fs::remove_dir_all(&dir)
    }
}
