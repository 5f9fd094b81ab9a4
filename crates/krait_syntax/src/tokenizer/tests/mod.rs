//! Tests of the lexical layer (decoding, tokenizer, literal decoding) against facts taken
//! from the CPython 3.14.2 oracle: token streams as `tokenize.generate_tokens` reports them
//! (minus COMMENT/NL, in byte columns) and the outcome of `compile()` (error type, message,
//! 1-based offsets, SyntaxWarnings) for inputs whose outcome the lexical layer decides.

mod oracle_cases;

use std::fmt::Write;

use crate::error::{NEG_COL, NO_COL, NONE_COL, NONE_LINE, SyntaxError};
use crate::literal::{decode_fstring_middle, decode_string_literal, parse_number};
use crate::token::TokenKind;
use crate::tokenizer::Tokenizer;

fn kind_name(k: TokenKind) -> &'static str {
    use TokenKind::*;
    if k.is_keyword() {
        return "NAME";
    }
    match k {
        EndMarker => "ENDMARKER",
        Name => "NAME",
        Number => "NUMBER",
        String => "STRING",
        Newline => "NEWLINE",
        Indent => "INDENT",
        Dedent => "DEDENT",
        FStringStart => "FSTRING_START",
        FStringMiddle => "FSTRING_MIDDLE",
        FStringEnd => "FSTRING_END",
        TStringStart => "TSTRING_START",
        TStringMiddle => "TSTRING_MIDDLE",
        TStringEnd => "TSTRING_END",
        Exclamation => "EXCLAMATION",
        LPar => "LPAR",
        RPar => "RPAR",
        LSqb => "LSQB",
        RSqb => "RSQB",
        Colon => "COLON",
        Comma => "COMMA",
        Semi => "SEMI",
        Plus => "PLUS",
        Minus => "MINUS",
        Star => "STAR",
        Slash => "SLASH",
        VBar => "VBAR",
        Amper => "AMPER",
        Less => "LESS",
        Greater => "GREATER",
        Equal => "EQUAL",
        Dot => "DOT",
        Percent => "PERCENT",
        LBrace => "LBRACE",
        RBrace => "RBRACE",
        EqEqual => "EQEQUAL",
        NotEqual => "NOTEQUAL",
        LessEqual => "LESSEQUAL",
        GreaterEqual => "GREATEREQUAL",
        Tilde => "TILDE",
        CircumFlex => "CIRCUMFLEX",
        LeftShift => "LEFTSHIFT",
        RightShift => "RIGHTSHIFT",
        DoubleStar => "DOUBLESTAR",
        PlusEqual => "PLUSEQUAL",
        MinEqual => "MINEQUAL",
        StarEqual => "STAREQUAL",
        SlashEqual => "SLASHEQUAL",
        PercentEqual => "PERCENTEQUAL",
        AmperEqual => "AMPEREQUAL",
        VBarEqual => "VBAREQUAL",
        CircumFlexEqual => "CIRCUMFLEXEQUAL",
        LeftShiftEqual => "LEFTSHIFTEQUAL",
        RightShiftEqual => "RIGHTSHIFTEQUAL",
        DoubleStarEqual => "DOUBLESTAREQUAL",
        DoubleSlash => "DOUBLESLASH",
        DoubleSlashEqual => "DOUBLESLASHEQUAL",
        At => "AT",
        AtEqual => "ATEQUAL",
        RArrow => "RARROW",
        Ellipsis => "ELLIPSIS",
        ColonEqual => "COLONEQUAL",
        _ => "OP",
    }
}

/// Python's `json.dumps(s, ensure_ascii=False)`.
fn json(s: &str, out: &mut String) {
    out.push('"');
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The token stream in the oracle's compact form.
pub(super) fn dump(src: &str) -> String {
    let mut out = String::new();
    let mut t = Tokenizer::new(src);
    for _ in 0..1_000_000 {
        match t.next_token() {
            Ok(tok) => {
                if tok.kind == TokenKind::Newline {
                    let _ = writeln!(out, "NEWLINE ->{},{}", tok.end_lineno, tok.end_col);
                    continue;
                }
                // `tokenize` ends a MIDDLE before the skipped half of a doubled brace.
                let last = src.as_bytes().get((tok.end as usize).wrapping_sub(1)).copied();
                let end_col = if matches!(tok.kind, TokenKind::FStringMiddle | TokenKind::TStringMiddle)
                    && tok.end > tok.start
                    && !(last == Some(b'}')
                        && src
                            .get(tok.start as usize..tok.end as usize)
                            .unwrap_or("")
                            .contains("\\N{"))
                    && matches!(last, Some(b'{' | b'}'))
                    && src.as_bytes().get(tok.end as usize).copied() == last
                {
                    tok.end_col - 1
                } else {
                    tok.end_col
                };
                let _ = write!(
                    out,
                    "{} {},{}-{},{}",
                    kind_name(tok.kind),
                    tok.lineno,
                    tok.col,
                    tok.end_lineno,
                    end_col
                );
                if !matches!(tok.kind, TokenKind::Indent | TokenKind::Dedent | TokenKind::EndMarker) {
                    out.push(' ');
                    json(
                        src.get(tok.start as usize..tok.end as usize).unwrap_or("<bad range>"),
                        &mut out,
                    );
                }
                out.push('\n');
                if tok.kind == TokenKind::EndMarker {
                    break;
                }
            }
            Err(e) => {
                let _ = writeln!(out, "ERROR {}: {}", e.error_type.name(), e.msg);
                break;
            }
        }
    }
    out
}

/// CPython's 1-based character offset for a byte column of line `lineno` of `src`.
fn py_offset(src: &str, lineno: u32, col: u32) -> String {
    if lineno == NONE_LINE || col == NONE_COL {
        return "None".into();
    }
    if col == NO_COL {
        return "0".into();
    }
    if col == NEG_COL {
        return "-1".into();
    }
    let line = src.split('\n').nth(lineno.saturating_sub(1) as usize).unwrap_or("");
    let line = format!("{line}\n");
    let c = col as usize;
    let chars = line.get(..c.min(line.len())).map_or(c, |p| p.chars().count());
    (chars + 1).to_string()
}

fn py_line(lineno: u32) -> String {
    if lineno == NONE_LINE {
        "None".into()
    } else {
        lineno.to_string()
    }
}

fn describe(src: &str, e: &SyntaxError) -> String {
    format!(
        "{}: {} @ {},{}-{},{}",
        e.error_type.name(),
        e.msg,
        py_line(e.lineno),
        py_offset(src, e.lineno, e.col),
        py_line(e.end_lineno),
        py_offset(src, e.end_lineno, e.end_col)
    )
}

/// What `compile()` reports, as far as the lexical layer decides it: decode the source,
/// tokenize it all, decode every literal. Literal decode errors are shown without a
/// position (the parser chooses it) as `msg @ ?`.
pub(super) fn compile_like(src: &str) -> String {
    // `compile(str)`: no coding declaration is honoured, newlines are translated.
    let text = crate::source::normalize_newlines(src);
    let src = &*text;
    let mut t = Tokenizer::new(src);
    let mut raw_stack: Vec<bool> = vec![];
    let mut literal_warnings: Vec<(String, u32)> = vec![];
    let mut result = "OK".to_string();
    loop {
        match t.next_token() {
            Ok(tok) => {
                let s = src.get(tok.start as usize..tok.end as usize).unwrap_or("");
                let problem = match tok.kind {
                    TokenKind::String => match decode_string_literal(s) {
                        Ok(l) => {
                            if let Some(w) = l.warning {
                                literal_warnings.push((w.msg, tok.lineno + w.line_delta));
                            }
                            None
                        }
                        Err(e) => Some(e.message()),
                    },
                    TokenKind::FStringStart | TokenKind::TStringStart => {
                        raw_stack.push(s.to_ascii_lowercase().contains('r'));
                        None
                    }
                    TokenKind::FStringEnd | TokenKind::TStringEnd => {
                        raw_stack.pop();
                        None
                    }
                    TokenKind::FStringMiddle | TokenKind::TStringMiddle => {
                        match decode_fstring_middle(s, raw_stack.last().copied().unwrap_or(false)) {
                            Ok((_, w)) => {
                                if let Some(w) = w {
                                    literal_warnings.push((w.msg, tok.lineno + w.line_delta));
                                }
                                None
                            }
                            Err(e) => Some(e.message()),
                        }
                    }
                    TokenKind::Number => parse_number(s).err(),
                    TokenKind::EndMarker => break,
                    _ => None,
                };
                if let Some(msg) = problem {
                    result = format!("SyntaxError: {msg} @ ?");
                    break;
                }
            }
            Err(e) => {
                result = describe(src, &e);
                break;
            }
        }
    }
    let mut out = result;
    let mut warnings: Vec<(String, u32)> = t.warnings.iter().map(|w| (w.msg.clone(), w.lineno)).collect();
    warnings.extend(literal_warnings);
    for (msg, line) in warnings {
        let _ = write!(out, "\n  WARN SyntaxWarning: {msg} @ {line}");
    }
    out
}

#[test]
fn token_streams_match_the_oracle() {
    let mut failures = Vec::new();
    for &(src, want) in oracle_cases::TOKEN_CASES {
        let got = dump(src);
        if got.trim_end() != want {
            failures.push(format!("{src:?}\n--- got\n{got}--- want\n{want}\n"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} token cases differ:\n{}",
        failures.len(),
        oracle_cases::TOKEN_CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn errors_and_warnings_match_the_oracle() {
    let mut failures = Vec::new();
    let cases = oracle_cases::COMPILE_CASES
        .iter()
        .chain(oracle_cases::CPYTHON_TEST_SNIPPETS);
    for &(src, want) in cases {
        let got = compile_like(src);
        let same = match got.split_once(" @ ?") {
            // A literal decode error: the message must match, the position is the parser's.
            Some((head, _)) => want.starts_with(&format!("{head} @ ")),
            None => got == want,
        };
        if !same {
            failures.push(format!("{src:?}\n  got  {got}\n  want {want}"));
        }
    }
    let total = oracle_cases::COMPILE_CASES.len() + oracle_cases::CPYTHON_TEST_SNIPPETS.len();
    assert!(
        failures.is_empty(),
        "{} of {total} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// `compile(bytes)`: decoding first (its errors have positions in the undecodable bytes),
/// then the lexical layer on the decoded text.
#[test]
fn source_decoding_matches_the_oracle() {
    let mut failures = Vec::new();
    for &(bytes, want) in oracle_cases::BYTES_CASES {
        let got = match crate::source::decode_source(bytes) {
            Ok(text) => compile_like(&text),
            Err(e) => {
                let offset = |line: u32, col: u32| -> String {
                    if line == NONE_LINE || col == NONE_COL {
                        return "None".into();
                    }
                    if col == NO_COL {
                        return "0".into();
                    }
                    if col == NEG_COL {
                        return "-1".into();
                    }
                    let body = bytes.strip_prefix(b"\xef\xbb\xbf".as_slice()).unwrap_or(bytes);
                    let l = body
                        .split(|&x| x == b'\n')
                        .nth(line.saturating_sub(1) as usize)
                        .unwrap_or(&[]);
                    let pre = l.get(..(col as usize).min(l.len())).unwrap_or(&[]);
                    (String::from_utf8_lossy(pre).chars().count() + 1).to_string()
                };
                format!(
                    "{}: {} @ {},{}-{},{}",
                    e.error_type.name(),
                    e.msg,
                    py_line(e.lineno),
                    offset(e.lineno, e.col),
                    py_line(e.end_lineno),
                    offset(e.end_lineno, e.end_col)
                )
            }
        };
        if got != want {
            failures.push(format!(
                "{:?}\n  got  {got}\n  want {want}",
                String::from_utf8_lossy(bytes)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        oracle_cases::BYTES_CASES.len(),
        failures.join("\n")
    );
}

/// Table-style checks written by hand from oracle output.
#[test]
fn small_streams() {
    let check = |src: &str, want: &str| {
        let got = dump(src);
        assert_eq!(got.trim_end(), want.trim(), "for {src:?}");
    };
    check(
        "x = 1",
        r#"
NAME 1,0-1,1 "x"
EQUAL 1,2-1,3 "="
NUMBER 1,4-1,5 "1"
NEWLINE ->1,6
ENDMARKER 2,0-2,0"#,
    );
    check(
        "if 1:\n  pass",
        r#"
NAME 1,0-1,2 "if"
NUMBER 1,3-1,4 "1"
COLON 1,4-1,5 ":"
NEWLINE ->1,6
INDENT 2,0-2,2
NAME 2,2-2,6 "pass"
NEWLINE ->2,7
DEDENT 3,0-3,0
ENDMARKER 3,0-3,0"#,
    );
    check(
        "f\"a{{b}}c{x!r:>{w}} {y=}\"",
        r#"
FSTRING_START 1,0-1,2 "f\""
FSTRING_MIDDLE 1,2-1,4 "a{"
FSTRING_MIDDLE 1,5-1,7 "b}"
FSTRING_MIDDLE 1,8-1,9 "c"
LBRACE 1,9-1,10 "{"
NAME 1,10-1,11 "x"
EXCLAMATION 1,11-1,12 "!"
NAME 1,12-1,13 "r"
COLON 1,13-1,14 ":"
FSTRING_MIDDLE 1,14-1,15 ">"
LBRACE 1,15-1,16 "{"
NAME 1,16-1,17 "w"
RBRACE 1,17-1,18 "}"
FSTRING_MIDDLE 1,18-1,18 ""
RBRACE 1,18-1,19 "}"
FSTRING_MIDDLE 1,19-1,20 " "
LBRACE 1,20-1,21 "{"
NAME 1,21-1,22 "y"
EQUAL 1,22-1,23 "="
RBRACE 1,23-1,24 "}"
FSTRING_END 1,24-1,25 "\""
NEWLINE ->1,26
ENDMARKER 2,0-2,0"#,
    );
    check("", "ENDMARKER 1,0-1,0");
}

#[test]
fn keywords_get_their_kinds_and_soft_keywords_stay_names() {
    let mut t = Tokenizer::new("if match case _ type None await");
    let kinds: Vec<TokenKind> = std::iter::from_fn(|| t.next_token().ok().map(|tok| tok.kind))
        .take(8)
        .collect();
    use TokenKind::*;
    assert_eq!(kinds, [If, Name, Name, Name, Name, None, Await, Newline]);
}

#[test]
fn after_the_end_and_after_an_error_the_answer_repeats() {
    let mut t = Tokenizer::new("x");
    while t.next_token().map(|tok| tok.kind) != Ok(TokenKind::EndMarker) {}
    assert_eq!(t.next_token().map(|tok| tok.kind), Ok(TokenKind::EndMarker));
    let mut t = Tokenizer::new("x = )");
    let first = loop {
        if let Err(e) = t.next_token() {
            break e;
        }
    };
    assert_eq!(t.next_token(), Err(first));
}

#[test]
fn nesting_limits_are_cpythons() {
    // 149 nested f-strings are fine, 150 are not.
    let nest = |n: usize| format!("{}{}{}", "f'{".repeat(n), "1", "}'".repeat(n));
    let run = |src: &str| compile_like(src);
    assert!(!run(&nest(149)).contains("too many nested"), "{}", run(&nest(149)));
    assert!(run(&nest(150)).starts_with("SyntaxError: too many nested f-strings or t-strings"));
    let deep = "(".repeat(100_000);
    assert!(run(&deep).starts_with("SyntaxError: too many nested parentheses @ 1,201-1,201"));
}

/// No input makes the tokenizer panic or loop: every one-byte edit of a tricky sample
/// and every prefix of it tokenizes to an end or an error.
#[test]
fn arbitrary_edits_terminate_without_panicking() {
    let sample = "if x:\n\tf'{a!r:{b}}' rb\"\\x\" 0x_1 1e+ \\\n  (é, '''\n€''') # c\n  y = f\"{'''\n'''}\"\n";
    let alphabet = [
        "", " ", "\t", "\n", "\\", "'", "\"", "{", "}", "(", ")", "#", "0", "_", "e", "j", "f", "é", "\u{a0}", "\x0c",
        "\r",
    ];
    let mut count = 0;
    for i in 0..=sample.len() {
        if !sample.is_char_boundary(i) {
            continue;
        }
        let _ = dump(&sample[..i]);
        for a in alphabet {
            let j = sample[i..].chars().next().map_or(i, |c| i + c.len_utf8());
            let edited = format!("{}{}{}", &sample[..i], a, &sample[j..]);
            let mut t = Tokenizer::new(&edited);
            let mut steps = 0;
            loop {
                steps += 1;
                assert!(steps < 10_000, "no progress on {edited:?}");
                match t.next_token() {
                    Ok(tok) if tok.kind == TokenKind::EndMarker => break,
                    Ok(tok) => assert!(tok.start <= tok.end && tok.end as usize <= edited.len(), "{edited:?}"),
                    Err(_) => break,
                }
            }
            count += 1;
        }
    }
    assert!(count > 1000);
}

#[test]
fn eof_position_is_where_cpython_reports_errors_at_the_end() {
    // From `compile()`: "expected an indented block ..." at ENDMARKER.
    assert_eq!(Tokenizer::new("if x:\n").eof_position(), (1, 5)); // offset 6
    assert_eq!(Tokenizer::new("if x:\n\n\n").eof_position(), (3, 0)); // offset 1
    assert_eq!(Tokenizer::new("if x:  # c\n").eof_position(), (1, 10)); // offset 11
    assert_eq!(Tokenizer::new("if x:\n  \n").eof_position(), (2, 2)); // offset 3
    assert_eq!(Tokenizer::new("if x:").eof_position(), (1, 5));
}

/// `compile(src, "x", "eval" / "single")`: no newline is appended to such input.
#[test]
fn non_exec_input() {
    let first_error = |src: &str| {
        let mut t = Tokenizer::new_non_exec(src);
        loop {
            match t.next_token() {
                Ok(tok) if tok.kind == TokenKind::EndMarker => return "OK".to_string(),
                Ok(_) => {}
                Err(e) => return describe(src, &e),
            }
        }
    };
    let msg = "unexpected character after line continuation character";
    assert_eq!(first_error("1 \\"), format!("SyntaxError: {msg} @ 1,3-1,0"));
    assert_eq!(first_error("x = \\"), format!("SyntaxError: {msg} @ 1,5-1,0"));
    assert_eq!(first_error("(1 +"), "SyntaxError: '(' was never closed @ 1,1-1,0");
    assert_eq!(
        first_error("\"abc"),
        "SyntaxError: unterminated string literal (detected at line 1) @ 1,1-1,1"
    );
    assert_eq!(first_error("f'{x'"), "SyntaxError: f-string: expecting '}' @ 1,5-1,5");
    let kinds: Vec<TokenKind> = {
        let mut t = Tokenizer::new_non_exec("if x:\n  y");
        std::iter::from_fn(|| t.next_token().ok().map(|tok| tok.kind))
            .take(9)
            .collect()
    };
    use TokenKind::*;
    assert_eq!(
        kinds,
        [If, Name, Colon, Newline, Indent, Name, EndMarker, EndMarker, EndMarker]
    );
    // "expected an indented block" at the end: offset 5 for "if x:" in single mode.
    assert_eq!(Tokenizer::new_non_exec("if x:").eof_position(), (1, 4));
    assert_eq!(Tokenizer::new_non_exec("if x:\n").eof_position(), (1, 5));
}
