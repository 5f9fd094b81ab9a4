//! The oracle's wire format: typed requests and responses, one JSON object per line.
//!
//! A [`Request`] serialises to the exact JSON `tools/oracle/oracle.py` expects (the `kind`
//! tag first, fields in declaration order), and that serialisation is canonical: the cache
//! key is a hash of it. A [`Response`] is one flat struct whose optional fields are filled
//! according to the request kind; see `tools/oracle/README.md` for which kind fills which.

use base64::Engine as _;
use serde::{Deserialize, Deserializer, Serialize};

/// Base64 (standard alphabet, padded) as the protocol uses it for bytes.
pub fn b64_encode(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Decodes protocol base64; `None` if it is not valid base64.
pub fn b64_decode(text: &str) -> Option<Vec<u8>> {
    base64::engine::general_purpose::STANDARD.decode(text).ok()
}

/// One request to the oracle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Request {
    /// `ast.dump(compile(src, filename, "exec", ast.PyCF_ONLY_AST), include_attributes, indent)`.
    Ast {
        source_b64: String,
        filename: String,
        include_attributes: bool,
        indent: Option<u32>,
    },
    /// Full `compile(src, filename, "exec")`: did it compile, and if not, the error.
    CompileError { source_b64: String, filename: String },
    /// `dis.dis(compile(...))` text with `at 0x...` replaced by `at 0xADDR`.
    Dis { source_b64: String, filename: String },
    /// Every field of the compiled code object tree (`co_code`, `co_consts`, ...).
    Code { source_b64: String, filename: String },
    /// `marshal.dumps(code)` and the unchecked-hash `.pyc` bytes.
    Marshal { source_b64: String, filename: String },
    /// Run the source as `__main__` with captured stdout/stderr and the exit status. With
    /// `dir`, `files` (relative path, base64 contents) are written under that absolute
    /// directory first and `dir` is `sys.path[0]` (a multi-file program); the fields are
    /// left out of the JSON when unused, so single-file requests keep their cache keys.
    Run {
        source_b64: String,
        filename: String,
        stdin: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        dir: Option<String>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        files: Vec<(String, String)>,
    },
    /// `tokenize.tokenize` of the source.
    Tokens { source_b64: String },
    /// Introspected tables: ast classes, opcodes, keywords, tokens, builtins, exceptions.
    Tables,
    /// Evaluate arbitrary Python; the value of a trailing expression is returned as `repr`.
    Eval { code: String },
    /// The oracle's protocol and Python versions.
    Version,
    /// `_symtable.symtable(src, filename, "exec")` as canonical text (in `dump`): tables
    /// depth first, symbols sorted by name with scope and flags.
    Symtable { source_b64: String, filename: String },
}

impl Request {
    /// An `ast` request for raw source bytes.
    pub fn ast(source: &[u8], filename: &str, include_attributes: bool, indent: Option<u32>) -> Self {
        Request::Ast {
            source_b64: b64_encode(source),
            filename: filename.to_string(),
            include_attributes,
            indent,
        }
    }

    pub fn compile_error(source: &[u8], filename: &str) -> Self {
        Request::CompileError { source_b64: b64_encode(source), filename: filename.to_string() }
    }

    pub fn dis(source: &[u8], filename: &str) -> Self {
        Request::Dis { source_b64: b64_encode(source), filename: filename.to_string() }
    }

    pub fn code(source: &[u8], filename: &str) -> Self {
        Request::Code { source_b64: b64_encode(source), filename: filename.to_string() }
    }

    pub fn marshal(source: &[u8], filename: &str) -> Self {
        Request::Marshal { source_b64: b64_encode(source), filename: filename.to_string() }
    }

    pub fn run(source: &[u8], filename: &str, stdin: Option<&str>) -> Self {
        Request::Run {
            source_b64: b64_encode(source),
            filename: filename.to_string(),
            stdin: stdin.map(str::to_string),
            dir: None,
            files: Vec::new(),
        }
    }

    /// A `run` request for a program made of several files: `files` (paths relative to
    /// `dir`, contents) are written under `dir`, which becomes `sys.path[0]`; `filename`
    /// (usually `dir/main.py`) is run as `__main__`.
    pub fn run_dir(source: &[u8], filename: &str, dir: &str, files: &[(String, Vec<u8>)]) -> Self {
        Request::Run {
            source_b64: b64_encode(source),
            filename: filename.to_string(),
            stdin: None,
            dir: Some(dir.to_string()),
            files: files.iter().map(|(p, b)| (p.clone(), b64_encode(b))).collect(),
        }
    }

    pub fn tokens(source: &[u8]) -> Self {
        Request::Tokens { source_b64: b64_encode(source) }
    }

    pub fn symtable(source: &[u8], filename: &str) -> Self {
        Request::Symtable { source_b64: b64_encode(source), filename: filename.to_string() }
    }

    pub fn eval(code: &str) -> Self {
        Request::Eval { code: code.to_string() }
    }

    /// The canonical JSON line for this request (no trailing newline).
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(self)
    }
}

fn null_as_empty<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

/// An exception as the oracle reports it. For `SyntaxError` and its subclasses the
/// positions are the exception's attributes (`None` where CPython has `None`); for other
/// exceptions `msg` is `str(exc)` and the positions are `None`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PyException {
    /// The exception class name (`SyntaxError`, `IndentationError`, `ValueError`, ...).
    #[serde(rename = "type", deserialize_with = "null_as_empty")]
    pub type_name: String,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub msg: String,
    #[serde(default)]
    pub lineno: Option<i64>,
    #[serde(default)]
    pub offset: Option<i64>,
    #[serde(default)]
    pub end_lineno: Option<i64>,
    #[serde(default)]
    pub end_offset: Option<i64>,
    #[serde(default)]
    pub text: Option<String>,
}

/// A warning recorded while compiling (`SyntaxWarning` and friends).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PyWarning {
    pub category: String,
    pub message: String,
    #[serde(default)]
    pub filename: Option<String>,
    #[serde(default)]
    pub lineno: Option<i64>,
}

/// One token from `tokenize.tokenize`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PyToken {
    #[serde(rename = "type")]
    pub type_name: String,
    pub exact_type: String,
    pub string: String,
    pub start: (i64, i64),
    pub end: (i64, i64),
    pub line: String,
}

/// One answer. `ok` says whether the Python operation succeeded; `oracle_error` marks answers
/// where the oracle itself failed (bad request, interpreter died, timeout): those are never
/// cached and never mean "CPython says this is an error".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Response {
    #[serde(default)]
    pub ok: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub oracle_error: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<PyException>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<PyWarning>,
    /// `ast`: the `ast.dump` text; `symtable`: the symbol table dump.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dump: Option<String>,
    /// `dis`: the normalised `dis.dis` text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dis: Option<String>,
    /// `code`: the code object tree as JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<serde_json::Value>,
    /// `marshal`: base64 of `marshal.dumps(code)`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marshal_b64: Option<String>,
    /// `marshal`: base64 of the `.pyc` bytes (see `pyc_mode`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pyc_b64: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pyc_mode: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub magic_hex: Option<String>,
    /// `run` (stdout decoded with replacement), `eval` (captured prints).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stdout: Option<String>,
    /// `run`: the exact stdout bytes, base64.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stdout_b64: Option<String>,
    /// `run`: stderr text (tracebacks).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stderr: Option<String>,
    /// `run`: the process exit status python3 would have (0..=255).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_status: Option<i64>,
    /// `eval`: `repr` of the value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// `eval`: the value as JSON when it is JSON-serialisable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub json: Option<serde_json::Value>,
    /// `tokens`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<PyToken>>,
    /// `tables`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tables: Option<serde_json::Value>,
    /// `version`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub python: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pyodide: Option<String>,
}

impl Response {
    /// An answer made up on the client side when the oracle could not give one.
    pub fn oracle_failure(kind: &str, msg: String) -> Self {
        Response {
            ok: false,
            oracle_error: true,
            error: Some(PyException {
                type_name: kind.to_string(),
                msg,
                lineno: None,
                offset: None,
                end_lineno: None,
                end_offset: None,
                text: None,
            }),
            ..Response::default()
        }
    }

    /// `marshal.dumps(code)` bytes, if this is a successful `marshal` answer.
    pub fn marshal_bytes(&self) -> Option<Vec<u8>> {
        self.marshal_b64.as_deref().and_then(b64_decode)
    }

    /// `.pyc` bytes, if this is a successful `marshal` answer.
    pub fn pyc_bytes(&self) -> Option<Vec<u8>> {
        self.pyc_b64.as_deref().and_then(b64_decode)
    }

    /// Exact stdout bytes of a `run` answer.
    pub fn stdout_bytes(&self) -> Option<Vec<u8>> {
        self.stdout_b64.as_deref().and_then(b64_decode)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_serialise_with_the_kind_first() -> Result<(), serde_json::Error> {
        let r = Request::ast(b"x = 1\n", "m.py", true, None);
        assert_eq!(
            r.to_json()?,
            r#"{"kind":"ast","source_b64":"eCA9IDEK","filename":"m.py","include_attributes":true,"indent":null}"#
        );
        assert_eq!(Request::Tables.to_json()?, r#"{"kind":"tables"}"#);
        Ok(())
    }

    #[test]
    fn responses_tolerate_nulls_and_unknown_fields() -> Result<(), serde_json::Error> {
        let r: Response = serde_json::from_str(
            r#"{"ok": false, "error": {"type": "SyntaxError", "msg": null, "lineno": 0,
                "offset": -1, "end_lineno": null, "end_offset": null, "text": null},
                "warnings": [], "something_new": 1}"#,
        )?;
        let e = r.error.unwrap_or_else(|| PyException {
            type_name: String::new(),
            msg: "missing".into(),
            lineno: None,
            offset: None,
            end_lineno: None,
            end_offset: None,
            text: None,
        });
        assert_eq!(e.type_name, "SyntaxError");
        assert_eq!(e.msg, "");
        assert_eq!((e.lineno, e.offset, e.end_lineno), (Some(0), Some(-1), None));
        Ok(())
    }
}
