//! Zip archives on `sys.path` (CPython's `zipimport`): the archive's member names are read
//! once; members are decompressed when a module is loaded. The `zip` crate is the one the
//! workspace already uses for the stdlib corpus (MIT, maintained, deflate via the pure-Rust
//! zlib-rs backend, no other features).

use std::cell::RefCell;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// An opened archive: its path, the open archive and the directories its members imply.
pub struct ZipIndex {
    pub path: PathBuf,
    archive: RefCell<zip::ZipArchive<std::fs::File>>,
    files: HashSet<String>,
    dirs: HashSet<String>,
}

impl std::fmt::Debug for ZipIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ZipIndex").field("path", &self.path).field("files", &self.files.len()).finish()
    }
}

impl ZipIndex {
    /// Reads the archive's directory; `None` if the file is not a readable zip.
    pub fn open(path: &Path) -> Option<ZipIndex> {
        let file = std::fs::File::open(path).ok()?;
        let archive = zip::ZipArchive::new(file).ok()?;
        let mut files = HashSet::new();
        let mut dirs = HashSet::new();
        for name in archive.file_names() {
            let Ok(name) = name else { continue };
            if let Some(d) = name.strip_suffix('/') {
                dirs.insert(d.to_string());
                continue;
            }
            let mut parts: Vec<&str> = name.split('/').collect();
            parts.pop();
            while !parts.is_empty() {
                dirs.insert(parts.join("/"));
                parts.pop();
            }
            files.insert(name.to_string());
        }
        Some(ZipIndex { path: path.to_path_buf(), archive: RefCell::new(archive), files, dirs })
    }

    /// Is `member` a file in the archive?
    pub fn contains(&self, member: &str) -> bool {
        self.files.contains(member)
    }

    /// Is `dir` (no trailing slash) a directory inside the archive?
    pub fn is_dir(&self, dir: &str) -> bool {
        self.dirs.contains(dir)
    }

    /// The bytes of a member, if it exists and decompresses.
    pub fn read(&self, member: &str) -> Option<Vec<u8>> {
        if !self.files.contains(member) {
            return None;
        }
        let mut archive = self.archive.borrow_mut();
        let mut entry = archive.by_name(member).ok()?;
        let mut out = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut out).ok()?;
        Some(out)
    }
}
