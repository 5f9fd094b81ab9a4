//! The inputs of each suite: named source files with a category for the summary table.
//!
//! Case ids are stable and readable: `stdlib/<path in python_stdlib.zip>` for the pinned
//! standard library, the repository-relative path (with `/`) for files under `tests/`. Cases
//! come back sorted by id; files are read as raw bytes (corpora may hold invalid encodings).

use std::path::{Path, PathBuf};

#[derive(Clone, Debug)]
pub struct Case {
    /// Stable id, also used as the filename handed to both parsers.
    pub id: String,
    /// Row of the summary table.
    pub category: String,
    pub source: Vec<u8>,
}

/// Every `*.py` file under `dir` (any depth), sorted by path. A missing directory is empty.
pub fn py_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    if !dir.exists() {
        return Ok(found);
    }
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).map_err(|e| format!("{}: {e}", d.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("{}: {e}", d.display()))?;
            let path = entry.path();
            let kind = entry.file_type().map_err(|e| format!("{}: {e}", path.display()))?;
            if kind.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

fn relative_id(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// Files of a corpus directory `tests/<name>/`, categorised by their first subdirectory
/// (`<name>/<subdir>`), or `<name>` for files directly inside it.
pub fn corpus_dir(root: &Path, name: &str) -> Result<Vec<Case>, String> {
    let dir = root.join("tests").join(name);
    let mut cases = Vec::new();
    for path in py_files(&dir)? {
        let source = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let inside = relative_id(&dir, &path);
        let category = match inside.split_once('/') {
            Some((sub, _)) => format!("{name}/{sub}"),
            None => name.to_string(),
        };
        cases.push(Case { id: relative_id(root, &path), category, source });
    }
    Ok(cases)
}

/// The pinned standard library, one category.
pub fn stdlib() -> Result<Vec<Case>, String> {
    let corpus = krait_oracle::stdlib_corpus().map_err(|e| e.to_string())?;
    if corpus.len() != krait_oracle::STDLIB_PY_FILES {
        eprintln!(
            "conformance: warning: python_stdlib.zip has {} .py files, expected {}",
            corpus.len(),
            krait_oracle::STDLIB_PY_FILES
        );
    }
    Ok(corpus
        .into_iter()
        .map(|(path, source)| Case { id: format!("stdlib/{path}"), category: "stdlib".into(), source })
        .collect())
}
