//! Where the interactive prompt gets its lines (the loop itself is `krait_vm::repl`).
//!
//! At a terminal: a line editor (rustyline) with history kept in `$PYTHON_HISTORY` or
//! `~/.krait_history`, Tab indenting at the start of a line; Ctrl-C gives a fresh prompt,
//! Ctrl-D at an empty line ends. Otherwise (a pipe, a file, with `-i`): plain lines from
//! standard input, the prompt written to standard error, as CPython does when stdin is not
//! a terminal.

use std::io::{BufRead, Write};

use krait_vm::repl::{Line, LineReader};
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};

/// Lines from standard input, the prompt on standard error.
pub struct PipeReader;

impl LineReader for PipeReader {
    fn read_line(&mut self, prompt: &str) -> Line {
        let mut err = std::io::stderr();
        let _ = err.write_all(prompt.as_bytes());
        let _ = err.flush();
        let mut bytes = Vec::new();
        match std::io::stdin().lock().read_until(b'\n', &mut bytes) {
            Ok(0) | Err(_) => Line::Eof,
            Ok(_) => {
                if bytes.last() == Some(&b'\n') {
                    bytes.pop();
                    if bytes.last() == Some(&b'\r') {
                        bytes.pop();
                    }
                }
                Line::Text(String::from_utf8_lossy(&bytes).into_owned())
            }
        }
    }
}

/// Tab at the start of a line (only blanks before the cursor) indents by four spaces, as
/// CPython's completer inserts indentation there.
struct Indenter;

impl Helper for Indenter {}
impl Highlighter for Indenter {}
impl Validator for Indenter {}
impl Hinter for Indenter {
    type Hint = String;
}

impl Completer for Indenter {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        if line.get(..pos).is_some_and(|before| before.chars().all(char::is_whitespace)) {
            Ok((pos, vec![Pair { display: String::new(), replacement: "    ".to_string() }]))
        } else {
            Ok((pos, Vec::new()))
        }
    }
}

/// A line editor at a terminal.
pub struct EditorReader {
    editor: Editor<Indenter, DefaultHistory>,
    history: Option<std::path::PathBuf>,
}

impl EditorReader {
    /// A line editor, or None when the terminal cannot have one.
    pub fn new(use_environment: bool) -> Option<EditorReader> {
        let mut editor = Editor::<Indenter, DefaultHistory>::new().ok()?;
        editor.set_helper(Some(Indenter));
        let history = history_file(use_environment);
        if let Some(path) = &history {
            let _ = editor.load_history(path);
        }
        Some(EditorReader { editor, history })
    }
}

/// `$PYTHON_HISTORY` (as python3, unless `-E`), else `~/.krait_history` (python3's own
/// `~/.python_history` is written in its line editor's format, not this one's).
fn history_file(use_environment: bool) -> Option<std::path::PathBuf> {
    if use_environment
        && let Some(p) = std::env::var_os("PYTHON_HISTORY").filter(|p| !p.is_empty())
    {
        return Some(p.into());
    }
    std::env::var_os("HOME").filter(|h| !h.is_empty()).map(|h| std::path::Path::new(&h).join(".krait_history"))
}

impl LineReader for EditorReader {
    fn read_line(&mut self, prompt: &str) -> Line {
        match self.editor.readline(prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = self.editor.add_history_entry(line.as_str());
                }
                Line::Text(line)
            }
            Err(ReadlineError::Interrupted) => Line::Interrupt,
            Err(_) => Line::Eof,
        }
    }

    fn ends_line_itself(&self) -> bool {
        true
    }
}

impl Drop for EditorReader {
    fn drop(&mut self) {
        if let Some(path) = &self.history {
            let _ = self.editor.save_history(path);
        }
    }
}
