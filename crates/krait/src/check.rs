//! `krait compile --check PATH...`: a syntax linter over files and directory trees.
//!
//! Every file named, and every `*.py` file below every directory named, is parsed and run
//! through the whole compiler (future, preprocess, symtable and, when the crate is built with
//! its `codegen` feature, code generation: see `dis_cmd::compile_source`), and nothing is
//! written. Errors are shown as CPython shows a SyntaxError, or as
//! JSON lines (`--format json`: type, msg, filename, lineno, offset, end_lineno, end_offset).
//! Exit status: 0 when every file is valid, 1 when any is not or cannot be read.
//! A progress bar is drawn on stderr when it is a terminal and the run is long.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use crate::{UsageError, diagnostic};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

pub fn compile_command(args: &[String]) -> Result<ExitCode, UsageError> {
    if !args.iter().any(|a| a == "--check") {
        return crate::dis_cmd::write_pyc_command(args);
    }
    let mut format = Format::Text;
    let mut stage = Stage::Compile;
    let mut paths = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--check" => {}
            "--stage" => {
                stage = match iter.next().map(String::as_str) {
                    Some("parse") => Stage::Parse,
                    Some("analyse") => Stage::Analyse,
                    Some("compile") => Stage::Compile,
                    other => return Err(UsageError(format!("--stage takes parse, analyse or compile, not {other:?}"))),
                }
            }
            "--format" => {
                format = match iter.next().map(String::as_str) {
                    Some("text") => Format::Text,
                    Some("json") => Format::Json,
                    other => return Err(UsageError(format!("--format takes text or json, not {other:?}"))),
                }
            }
            _ if arg.starts_with("--format=") => {
                format = match &arg["--format=".len()..] {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    other => return Err(UsageError(format!("--format takes text or json, not {other:?}"))),
                }
            }
            _ if arg.starts_with('-') && arg != "-" => {
                return Err(UsageError(format!("unexpected argument {arg:?}")));
            }
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    if paths.is_empty() {
        return Err(UsageError("compile --check needs at least one PATH".into()));
    }

    let mut files = Vec::new();
    let mut failures = 0usize;
    for path in &paths {
        if let Err(e) = collect(path, &mut files) {
            eprintln!("krait: can't read '{}': {}", path.display(), diagnostic::os_error_text(&e));
            failures += 1;
        }
    }

    let mut progress = Progress::new(files.len());
    let stdout = std::io::stdout();
    for file in &files {
        progress.tick();
        let name = file.to_string_lossy();
        let source = match std::fs::read(file) {
            Ok(s) => s,
            Err(e) => {
                progress.clear();
                eprintln!("krait: can't read '{name}': {}", diagnostic::os_error_text(&e));
                failures += 1;
                continue;
            }
        };
        if let Err(error) = check_source(&source, &name, stage) {
            failures += 1;
            progress.clear();
            let mut out = stdout.lock();
            let _ = match format {
                Format::Text => write!(out, "{}", diagnostic::format_syntax_error(&error, &name)),
                Format::Json => writeln!(
                    out,
                    "{{\"type\": {}, \"msg\": {}, \"filename\": {}, \"lineno\": {}, \"offset\": {}, \"end_lineno\": {}, \"end_offset\": {}}}",
                    json_string(error.error_type.name()),
                    json_string(&error.msg),
                    json_string(&name),
                    error.lineno,
                    error.offset,
                    error.end_lineno,
                    error.end_offset
                ),
            };
        }
    }
    progress.clear();
    Ok(if failures == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Everything `compile()` checks: parsing, `__future__`, preprocessing, the symbol table and
/// (with the `codegen` feature) code generation.
fn check_source(source: &[u8], filename: &str, stage: Stage) -> Result<(), krait_syntax::PySyntaxError> {
    match stage {
        Stage::Parse => krait_syntax::parse_module(source, filename).map(drop),
        Stage::Analyse => {
            let mut module = krait_syntax::parse_module(source, filename)?;
            krait_compiler::analyse(&mut module, 0, 0)
                .map(drop)
                .map_err(|error| diagnostic::with_source_line(error, source))
        }
        Stage::Compile => match crate::dis_cmd::compile_source(source, filename, 0) {
            Ok(_) | Err(crate::dis_cmd::CompileFailure::NoCodegen) => Ok(()),
            // A construct the code generator does not handle yet is krait's limit, not an
            // error in the file (the front stages, which run first, accepted it).
            Err(crate::dis_cmd::CompileFailure::Syntax(error)) if error.msg.starts_with("krait: ") => Ok(()),
            Err(crate::dis_cmd::CompileFailure::Syntax(error)) => Err(error),
        },
    }
}

/// How far `--check` goes: `parse` (the tokenizer and parser, what `ast.parse` checks),
/// `analyse` (plus future, preprocess and symtable) or `compile` (everything; the default).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Parse,
    Analyse,
    Compile,
}

/// Adds `path` (a file) or the `*.py` files below it (a directory), sorted, to `files`.
fn collect(path: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_dir() {
        files.push(path.to_path_buf());
        return Ok(());
    }
    let mut stack = vec![path.to_path_buf()];
    let mut found = Vec::new();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let entry = entry?;
            let file_type = entry.file_type()?;
            let entry_path = entry.path();
            if file_type.is_dir() {
                stack.push(entry_path);
            } else if entry_path.extension().is_some_and(|e| e == "py") {
                found.push(entry_path);
            }
        }
    }
    found.sort();
    files.extend(found);
    Ok(())
}

fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A one-line progress bar on stderr, drawn only on a terminal and only once the run has
/// taken more than half a second.
struct Progress {
    total: usize,
    done: usize,
    started: Instant,
    last_draw: Option<Instant>,
    enabled: bool,
}

impl Progress {
    fn new(total: usize) -> Self {
        Progress {
            total,
            done: 0,
            started: Instant::now(),
            last_draw: None,
            enabled: std::io::stderr().is_terminal() && total > 1,
        }
    }

    fn tick(&mut self) {
        self.done += 1;
        if !self.enabled || self.started.elapsed() < Duration::from_millis(500) {
            return;
        }
        if self.last_draw.is_some_and(|t| t.elapsed() < Duration::from_millis(50)) {
            return;
        }
        self.last_draw = Some(Instant::now());
        let width = 30;
        let filled = width * self.done / self.total.max(1);
        eprint!(
            "\r[{}{}] {}/{} files",
            "#".repeat(filled),
            " ".repeat(width - filled),
            self.done,
            self.total
        );
    }

    fn clear(&mut self) {
        if self.last_draw.take().is_some() {
            eprint!("\r{}\r", " ".repeat(60));
        }
    }
}
