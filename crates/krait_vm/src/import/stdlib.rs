//! Where the standard library is: `--stdlib PATH`, then `KRAIT_STDLIB` (unless `-E`/`-I`),
//! then the places an installed or a repository-built krait finds it: `lib/python3.14`
//! next to or above the binary, or, when the binary runs from the repository's `target/`,
//! the pinned `tools/oracle/node_modules/pyodide/python_stdlib.zip`. Either a directory or
//! a zip archive; looked for once per VM.

use crate::interp::Vm;
use std::path::{Path, PathBuf};

/// The pinned stdlib archive, relative to the repository root.
const REPO_STDLIB_ZIP: &str = "tools/oracle/node_modules/pyodide/python_stdlib.zip";

/// Places relative to the binary's directory that an install uses.
const INSTALL_DIRS: &[&str] = &["../lib/python3.14", "lib/python3.14", "../lib/krait/python3.14"];

/// How far above the binary to look for the repository root (`target/release/krait`,
/// `target/debug/deps/test-...`).
const REPO_DEPTH: usize = 5;

fn usable(p: &Path) -> bool {
    p.is_dir() || p.is_file()
}

/// The standard library found from a binary at `exe`, without the overrides.
pub fn default_location(exe: &Path) -> Option<PathBuf> {
    let dir = exe.parent()?;
    for rel in INSTALL_DIRS {
        let p = dir.join(rel);
        if p.join("os.py").is_file() {
            return Some(p);
        }
    }
    for ancestor in dir.ancestors().take(REPO_DEPTH) {
        let p = ancestor.join(REPO_STDLIB_ZIP);
        if p.is_file() {
            return Some(p);
        }
    }
    None
}

impl Vm {
    /// The standard library location, if any (looked for once).
    pub fn stdlib_location(&mut self) -> Option<PathBuf> {
        if let Some(found) = &self.import.stdlib {
            return found.clone();
        }
        let found = self.find_stdlib();
        self.import.stdlib = Some(found.clone());
        found
    }

    fn find_stdlib(&self) -> Option<PathBuf> {
        // An explicit location that does not exist means no stdlib, not a fallback.
        if let Some(p) = &self.import.config.stdlib {
            return Some(p.clone()).filter(|p| usable(p));
        }
        if self.import.config.use_environment
            && let Some(p) = std::env::var_os("KRAIT_STDLIB").filter(|p| !p.is_empty())
        {
            return Some(PathBuf::from(p)).filter(|p| usable(p));
        }
        let exe = std::env::current_exe().ok()?;
        default_location(&exe).filter(|p| usable(p))
    }
}
