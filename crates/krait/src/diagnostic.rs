//! Showing errors the way CPython does.
//!
//! [`format_syntax_error`] reproduces `traceback.TracebackException`'s layout for a
//! SyntaxError (3.14, without colour): the `File "...", line N` line, the stripped source
//! line, the caret line from `offset` to `end_offset`, and `Type: msg`.

use krait_syntax::PySyntaxError;

/// The text CPython prints for an uncaught SyntaxError (after "Traceback ..." when there is
/// one; for a script that does not compile there is none).
pub fn format_syntax_error(error: &PySyntaxError, filename: &str) -> String {
    let mut out = String::new();
    if error.lineno > 0 || error.text.is_some() {
        out.push_str(&format!("  File \"{filename}\", line {}\n", error.lineno));
    }
    if let Some(text) = &error.text {
        let rtext = text.trim_end_matches('\n');
        let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
        let rchars: Vec<char> = rtext.chars().collect();
        let lchars: Vec<char> = ltext.chars().collect();
        let spaces = (rchars.len() - lchars.len()) as i64;
        let text_len = text.chars().count() as i64;
        let mut offset = error.offset;
        let mut end_offset = if error.lineno == error.end_lineno {
            if error.end_offset != 0 { error.end_offset } else { offset }
        } else {
            rchars.len() as i64 + 1
        };
        if text_len > 0 && offset > text_len {
            offset = rchars.len() as i64 + 1;
        }
        if text_len > 0 && end_offset > text_len {
            end_offset = rchars.len() as i64 + 1;
        }
        if offset >= end_offset || end_offset < 0 {
            end_offset = offset + 1;
        }
        let colno = offset - 1 - spaces;
        let end_colno = end_offset - 1 - spaces;
        out.push_str(&format!("    {ltext}\n"));
        if colno >= 0 {
            let caret_space: String = lchars
                .iter()
                .take(colno as usize)
                .map(|c| if c.is_whitespace() { *c } else { ' ' })
                .collect();
            let carets = "^".repeat((end_colno - colno).max(0) as usize);
            out.push_str(&format!("    {caret_space}{carets}\n"));
        }
    }
    out.push_str(&format!("{}: {}\n", error.error_type.name(), error.msg));
    out
}

/// An I/O error as CPython words it: `[Errno 2] No such file or directory`.
pub fn os_error_text(error: &std::io::Error) -> String {
    match error.raw_os_error() {
        Some(code) => {
            let text = error.to_string();
            let text = text.split(" (os error").next().unwrap_or(&text).to_string();
            format!("[Errno {code}] {text}")
        }
        None => error.to_string(),
    }
}

/// A compiler-stage error with its source line filled in: CPython's compiler leaves `text`
/// to whoever shows the error, as krait's does.
pub fn with_source_line(mut error: PySyntaxError, source: &[u8]) -> PySyntaxError {
    if error.text.is_none() {
        error.text = source_line(source, error.lineno);
    }
    error
}

/// Line `lineno` (1-based) of a source file, with its newline, decoded as the front end
/// decodes it; `None` when there is no such line or the source does not decode.
pub fn source_line(source: &[u8], lineno: i64) -> Option<String> {
    let text = krait_syntax::source::decode_source(source).ok()?;
    let index = usize::try_from(lineno.checked_sub(1)?).ok()?;
    text.split_inclusive('\n').nth(index).map(str::to_string)
}
