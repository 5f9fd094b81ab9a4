//! The path search (CPython's `PathFinder` with `FileFinder` and `zipimporter`): for each
//! `sys.path` entry (or a package's `__path__`), a package directory with `__init__.py`, a
//! module `name.py`, or a directory without `__init__.py` remembered as a namespace
//! portion. A module or regular package in an earlier entry wins; namespace portions
//! gathered across all entries make a namespace package when nothing else is found.
//!
//! Entries are made absolute (`''` is the current directory) as `FileFinder` does, so
//! `__file__` is always an absolute path. An entry that is a file is read as a zip archive.

use super::zipfile::ZipIndex;
use crate::heap::Payload;
use crate::interp::{PyErr, Vm};
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// What kind of module was found.
#[derive(Debug)]
pub enum Kind {
    /// A module krait implements in Rust.
    Builtin,
    /// Python source (a `.py` file or a package's `__init__.py`), from a directory or a zip.
    Source { origin: String, source: Vec<u8> },
    /// One of the `_frozen_importlib*` modules (run from the stdlib's `importlib` source).
    Bootstrap,
    /// A namespace package (no code).
    Namespace,
    /// A frozen module (`frozen.rs`): source carried in the binary.
    Frozen { source: &'static str },
}

/// A found module: CPython's ModuleSpec before the module exists.
#[derive(Debug)]
pub struct Found {
    pub name: String,
    pub kind: Kind,
    /// `submodule_search_locations`: set for packages.
    pub locations: Option<Vec<String>>,
    /// The zip archive the module came from, if any.
    pub archive: Option<String>,
}

impl Found {
    pub fn origin(&self) -> Option<&str> {
        match &self.kind {
            Kind::Source { origin, .. } => Some(origin),
            _ => None,
        }
    }
}

/// `os.path.abspath`: absolute and normalised (`.`/`..` resolved textually).
pub fn abspath(entry: &str) -> String {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
    let joined = if entry.is_empty() { cwd } else { cwd.join(entry) };
    normpath(&joined.to_string_lossy())
}

/// `os.path.normpath` for absolute POSIX paths.
pub fn normpath(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for c in path.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    format!("/{}", parts.join("/"))
}

impl Vm {
    /// The entries of `sys.path` that are strings.
    pub fn sys_path(&self) -> Vec<String> {
        let path = super::module_get(&self.import.sys, "path");
        match path.as_ref().and_then(|p| p.payload()) {
            Some(Payload::List(l)) => l.borrow().iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
            _ => Vec::new(),
        }
    }

    /// Finds the module `name` (absolute) on `search` (a package's `__path__`) or, for a
    /// top-level module, among the Rust modules and on `sys.path`.
    pub fn find_spec(&mut self, name: &str, search: Option<&[String]>) -> Result<Option<Found>, PyErr> {
        if search.is_none() && crate::modules::NAMES.contains(&name) {
            return Ok(Some(Found { name: name.to_string(), kind: Kind::Builtin, locations: None, archive: None }));
        }
        if search.is_none() && super::bootstrap::frozen_stem(name).is_some() {
            return Ok(Some(Found { name: name.to_string(), kind: Kind::Bootstrap, locations: None, archive: None }));
        }
        let tail = name.rsplit('.').next().unwrap_or(name);
        let entries = match search {
            Some(s) => s.to_vec(),
            None => self.sys_path(),
        };
        let mut namespace = Vec::new();
        for entry in &entries {
            let base = abspath(entry);
            if Path::new(&base).is_dir() {
                match find_in_dir(&base, name, tail) {
                    DirResult::Found(f) => return Ok(Some(f)),
                    DirResult::Portion(p) => namespace.push(p),
                    DirResult::Nothing => {}
                }
            } else if let Some((zip, prefix)) = self.zip_for(&base) {
                match find_in_zip(&zip, &prefix, name, tail) {
                    DirResult::Found(f) => return Ok(Some(f)),
                    DirResult::Portion(p) => namespace.push(p),
                    DirResult::Nothing => {}
                }
            }
        }
        if namespace.is_empty() {
            if search.is_none()
                && let Some(source) = super::frozen::source(name)
            {
                return Ok(Some(Found { name: name.to_string(), kind: Kind::Frozen { source }, locations: None, archive: None }));
            }
            return Ok(None);
        }
        Ok(Some(Found { name: name.to_string(), kind: Kind::Namespace, locations: Some(namespace), archive: None }))
    }

    /// The zip archive an entry names (`archive.zip` or `archive.zip/inner/dir`) and the
    /// prefix inside it.
    pub(crate) fn zip_for(&mut self, entry: &str) -> Option<(Rc<ZipIndex>, String)> {
        let mut archive = PathBuf::from(entry);
        let mut inner: Vec<String> = Vec::new();
        loop {
            if archive.is_file() {
                break;
            }
            let name = archive.file_name()?.to_string_lossy().into_owned();
            inner.push(name);
            if !archive.pop() {
                return None;
            }
        }
        inner.reverse();
        let prefix = if inner.is_empty() { String::new() } else { format!("{}/", inner.join("/")) };
        let index = match self.import.zips.get(&archive) {
            Some(z) => z.clone()?,
            None => {
                let z = ZipIndex::open(&archive).map(Rc::new);
                self.import.zips.insert(archive.clone(), z.clone());
                z?
            }
        };
        Some((index, prefix))
    }
}

enum DirResult {
    Found(Found),
    Portion(String),
    Nothing,
}

fn find_in_dir(base: &str, name: &str, tail: &str) -> DirResult {
    let pkg_dir = format!("{base}/{tail}");
    let mut portion = None;
    if Path::new(&pkg_dir).is_dir() {
        let init = format!("{pkg_dir}/__init__.py");
        if Path::new(&init).is_file()
            && let Ok(source) = std::fs::read(&init)
        {
            return DirResult::Found(Found {
                name: name.to_string(),
                kind: Kind::Source { origin: init, source },
                locations: Some(vec![pkg_dir]),
                archive: None,
            });
        }
        portion = Some(pkg_dir);
    }
    let file = format!("{base}/{tail}.py");
    if Path::new(&file).is_file()
        && let Ok(source) = std::fs::read(&file)
    {
        return DirResult::Found(Found { name: name.to_string(), kind: Kind::Source { origin: file, source }, locations: None, archive: None });
    }
    match portion {
        Some(p) => DirResult::Portion(p),
        None => DirResult::Nothing,
    }
}

fn find_in_zip(zip: &ZipIndex, prefix: &str, name: &str, tail: &str) -> DirResult {
    let archive = zip.path.to_string_lossy().into_owned();
    let pkg = format!("{prefix}{tail}");
    let init = format!("{pkg}/__init__.py");
    if let Some(source) = zip.read(&init) {
        return DirResult::Found(Found {
            name: name.to_string(),
            kind: Kind::Source { origin: format!("{archive}/{init}"), source },
            locations: Some(vec![format!("{archive}/{pkg}")]),
            archive: Some(archive),
        });
    }
    let file = format!("{pkg}.py");
    if let Some(source) = zip.read(&file) {
        return DirResult::Found(Found {
            name: name.to_string(),
            kind: Kind::Source { origin: format!("{archive}/{file}"), source },
            locations: None,
            archive: Some(archive),
        });
    }
    if zip.is_dir(&pkg) {
        return DirResult::Portion(format!("{archive}/{pkg}"));
    }
    DirResult::Nothing
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normpath_resolves_dots() {
        assert_eq!(normpath("/a/./b/../c/"), "/a/c");
        assert_eq!(normpath("/../a"), "/a");
        assert_eq!(normpath("/"), "/");
    }
}
