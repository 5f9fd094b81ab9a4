//! `krait dis` and `krait compile FILE`: the compiler's output, shown or written.
//!
//! - `krait dis [-O|-OO] FILE|-` and `krait dis [-O|-OO] -c CODE` print exactly what CPython
//!   3.14 prints for `dis.dis(compile(source, FILE, "exec"))` (`FILE` is `<string>` for `-c`
//!   and `<stdin>` for `-`, as `python -c` / `python -` name them), nested code objects
//!   included. Code object addresses are printed `0xADDR` (CPython's differ on every run; the
//!   oracle normalises them the same way). Frozenset constants are listed in the order a
//!   64-bit CPython iterates them with `PYTHONHASHSEED` (0 when unset or `random`).
//! - `krait compile [-O|-OO] [--invalidation-mode timestamp|checked-hash|unchecked-hash]
//!   [--hash] [-o OUT.pyc] FILE...` writes what `py_compile.compile(FILE, cfile=OUT,
//!   optimize=N, invalidation_mode=...)` writes. Without `-o` the path is py_compile's
//!   default, `importlib.util.cache_from_source(FILE)`:
//!   `DIR/__pycache__/NAME.cpython-314[.opt-N].pyc`. The bytes are CPython 3.14's (magic
//!   3627), so CPython itself loads them from there. The header is the timestamp form (source
//!   mtime and size) unless `--hash` (= `--invalidation-mode checked-hash`) or
//!   `SOURCE_DATE_EPOCH` is set (py_compile's rule: checked hash). The file is written
//!   atomically (temporary file, then rename).
//!
//! Compilation goes through [`compile_source`], the CLI's one door to
//! `krait_compiler::compile_module` (cargo feature `codegen`, on by default; built without
//! it, these commands report parser and symbol-table errors, then say there is no code
//! generator, exit status 2). Exit statuses: 0 success, 1 a SyntaxError (shown as
//! CPython shows it) or an unwritable output, 2 usage errors and unreadable input.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use krait_bytecode::pyc::{self, Invalidation, Pyc};
use krait_bytecode::{CodeObject, Constant};

use crate::{UsageError, diagnostic, read_input};

/// Why [`compile_source`] gave no code object.
pub(crate) enum CompileFailure {
    /// CPython's SyntaxError, with its source line filled in for display.
    Syntax(krait_syntax::PySyntaxError),
    /// This build has no code generator (the `codegen` feature is off).
    NoCodegen,
}

/// `compile(source, filename, "exec", dont_inherit=True, optimize=optimize)`.
pub(crate) fn compile_source(source: &[u8], filename: &str, optimize: i32) -> Result<CodeObject, CompileFailure> {
    let with_line = |error| CompileFailure::Syntax(diagnostic::with_source_line(error, source));
    let mut module = krait_syntax::parse_module(source, filename).map_err(CompileFailure::Syntax)?;
    codegen(&mut module, filename, optimize).map_err(|e| e.map_or(CompileFailure::NoCodegen, with_line))
}

#[cfg(feature = "codegen")]
fn codegen(
    module: &mut krait_syntax::ast::Mod,
    filename: &str,
    optimize: i32,
) -> Result<CodeObject, Option<krait_syntax::PySyntaxError>> {
    krait_compiler::compile_module(module, filename, optimize).map_err(Some)
}

/// Without the code generator: the front stages' errors, then "not built in".
#[cfg(not(feature = "codegen"))]
fn codegen(
    module: &mut krait_syntax::ast::Mod,
    _filename: &str,
    optimize: i32,
) -> Result<CodeObject, Option<krait_syntax::PySyntaxError>> {
    krait_compiler::analyse(module, optimize, 0).map_err(Some)?;
    Err(None)
}

fn report_failure(failure: CompileFailure, filename: &str) -> ExitCode {
    match failure {
        CompileFailure::Syntax(error) => {
            eprint!("{}", diagnostic::format_syntax_error(&error, filename));
            ExitCode::from(1)
        }
        CompileFailure::NoCodegen => {
            eprintln!("krait: this build has no code generator yet (krait_compiler::compile_module)");
            ExitCode::from(2)
        }
    }
}

/// `-O` / `-OO` as compile()'s `optimize`.
fn optimize_flag(arg: &str) -> Option<i32> {
    match arg {
        "-O" => Some(1),
        "-OO" => Some(2),
        _ => None,
    }
}

/// Frozenset iteration order of a 64-bit CPython with this process's `PYTHONHASHSEED`.
fn frozenset_order_native(items: &[Constant]) -> Vec<Constant> {
    use krait_bytecode::hash::{HashWidth, Hasher, set_order};
    let seed = std::env::var("PYTHONHASHSEED").ok().and_then(|s| s.parse::<u32>().ok()).unwrap_or(0);
    set_order(&Hasher::new(HashWidth::Bits64, seed), items).unwrap_or_else(|| items.to_vec())
}

/// `krait dis [-O|-OO] FILE|-|-c CODE`.
pub fn dis_command(args: &[String]) -> Result<ExitCode, UsageError> {
    let mut optimize = 0;
    let mut input: Option<(Vec<u8>, String)> = None;
    let mut file: Option<String> = None;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if let Some(level) = optimize_flag(arg) {
            optimize = level;
        } else if arg == "-c" {
            let code = iter.next().ok_or_else(|| UsageError("-c needs CODE".into()))?;
            input = Some((code.as_bytes().to_vec(), "<string>".into()));
        } else if file.is_none() && input.is_none() && (arg == "-" || !arg.starts_with('-')) {
            file = Some(arg.clone());
        } else {
            return Err(UsageError(format!("unexpected argument {arg:?}")));
        }
    }
    let (source, filename) = match (input, file) {
        (Some(i), None) => i,
        (None, Some(file)) => match read_input(&file) {
            Ok(s) => (s, if file == "-" { "<stdin>".into() } else { file }),
            Err(e) => {
                eprintln!("krait: can't open file '{file}': {}", diagnostic::os_error_text(&e));
                return Ok(ExitCode::from(2));
            }
        },
        _ => return Err(UsageError("dis needs one FILE (or - for stdin, or -c CODE)".into())),
    };
    match compile_source(&source, &filename, optimize) {
        Ok(code) => {
            let options = krait_bytecode::dis::DisOptions { order_frozenset: Some(frozenset_order_native), ..Default::default() };
            let text = krait_bytecode::dis::dis_with(&code, &options);
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(text.as_bytes());
            Ok(ExitCode::SUCCESS)
        }
        Err(failure) => Ok(report_failure(failure, &filename)),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Timestamp,
    CheckedHash,
    UncheckedHash,
}

/// `importlib.util.cache_from_source(path, optimization=...)` for CPython 3.14.
pub(crate) fn cache_from_source(path: &Path, optimize: i32) -> PathBuf {
    let head = path.parent().unwrap_or(Path::new(""));
    let tail = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let (base, sep, rest) = match tail.rfind('.') {
        Some(i) => (&tail[..i], ".", &tail[i + 1..]),
        None => ("", "", tail.as_str()),
    };
    let mut name = format!("{}{sep}cpython-314", if base.is_empty() { rest } else { base });
    if optimize > 0 {
        name.push_str(&format!(".opt-{optimize}"));
    }
    name.push_str(".pyc");
    head.join("__pycache__").join(name)
}

/// `krait compile [-O|-OO] [--hash | --invalidation-mode MODE] [-o OUT] FILE...` (not
/// `--check`, which `check.rs` handles).
pub fn write_pyc_command(args: &[String]) -> Result<ExitCode, UsageError> {
    let mut optimize = 0;
    let mut mode = None;
    let mut output: Option<PathBuf> = None;
    let mut files = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if let Some(level) = optimize_flag(arg) {
            optimize = level;
            continue;
        }
        match arg.as_str() {
            "--hash" => mode = Some(Mode::CheckedHash),
            "--invalidation-mode" => {
                mode = Some(match iter.next().map(String::as_str) {
                    Some("timestamp") => Mode::Timestamp,
                    Some("checked-hash") => Mode::CheckedHash,
                    Some("unchecked-hash") => Mode::UncheckedHash,
                    other => {
                        return Err(UsageError(format!(
                            "--invalidation-mode takes timestamp, checked-hash or unchecked-hash, not {other:?}"
                        )));
                    }
                })
            }
            "-o" => output = Some(PathBuf::from(iter.next().ok_or_else(|| UsageError("-o needs a path".into()))?)),
            _ if arg.starts_with('-') => return Err(UsageError(format!("unexpected argument {arg:?}"))),
            _ => files.push(PathBuf::from(arg)),
        }
    }
    if files.is_empty() {
        return Err(UsageError("compile needs a FILE (or --check PATH...)".into()));
    }
    if output.is_some() && files.len() > 1 {
        return Err(UsageError("-o takes one FILE".into()));
    }
    // py_compile: SOURCE_DATE_EPOCH makes the default checked-hash (reproducible builds).
    let mode = mode.unwrap_or(if std::env::var_os("SOURCE_DATE_EPOCH").is_some() {
        Mode::CheckedHash
    } else {
        Mode::Timestamp
    });
    let mut status = ExitCode::SUCCESS;
    for file in &files {
        let name = file.to_string_lossy();
        let (source, meta) = match std::fs::read(file).and_then(|s| Ok((s, std::fs::metadata(file)?))) {
            Ok(x) => x,
            Err(e) => {
                eprintln!("krait: can't read '{name}': {}", diagnostic::os_error_text(&e));
                return Ok(ExitCode::from(2));
            }
        };
        let code = match compile_source(&source, &name, optimize) {
            Ok(code) => code,
            Err(failure) => {
                status = report_failure(failure, &name);
                continue;
            }
        };
        let invalidation = match mode {
            Mode::Timestamp => {
                let mtime = meta
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_secs());
                Invalidation::Timestamp { mtime: mtime as u32, size: meta.len() as u32 }
            }
            Mode::CheckedHash | Mode::UncheckedHash => Invalidation::Hash {
                checked: mode == Mode::CheckedHash,
                hash: pyc::source_hash(&source),
            },
        };
        let bytes = pyc::write(&Pyc { invalidation, code });
        let target = output.clone().unwrap_or_else(|| cache_from_source(file, optimize));
        if let Err(e) = write_atomic(&target, &bytes) {
            eprintln!("krait: can't write '{}': {}", target.display(), diagnostic::os_error_text(&e));
            status = ExitCode::from(1);
        }
    }
    Ok(status)
}

/// Writes `bytes` to `path` through a temporary file in the same directory (created with
/// its parents if missing), so readers never see a partial `.pyc`.
fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!("{name}.{}.tmp", std::process::id()));
    let result = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expectations are `importlib.util.cache_from_source(path, optimization=...)` as CPython
    /// 3.14 (the oracle) answers them.
    #[test]
    fn cache_paths_are_importlibs() {
        let cases = [
            ("pkg/mod.py", 0, "pkg/__pycache__/mod.cpython-314.pyc"),
            ("mod.py", 0, "__pycache__/mod.cpython-314.pyc"),
            ("a/b.c.py", 2, "a/__pycache__/b.c.cpython-314.opt-2.pyc"),
            ("a/noext", 1, "a/__pycache__/noextcpython-314.opt-1.pyc"),
            ("a/.hidden", 0, "a/__pycache__/hidden.cpython-314.pyc"),
        ];
        for (path, level, want) in cases {
            assert_eq!(cache_from_source(Path::new(path), level), PathBuf::from(want), "{path} at {level}");
        }
    }
}
