//! The source lines under a traceback entry's `File` line, with their `~~~^^^` markers,
//! computed as CPython's `traceback.StackSummary.format_frame_summary` does: the lines of
//! the instruction's location (all of them, the middle of a long one abbreviated), dedented;
//! anchors for binary operators, subscripts and calls found by parsing the highlighted
//! segment; no markers when the location covers the whole statement; columns counted in
//! characters and displayed at the terminal width of East Asian wide characters.

use crate::objects::types::TbEntry;
use krait_syntax::ast::{Expr, Mod, Stmt};

/// Python's `str.isspace` for one character (Rust's `is_whitespace` lacks \x1c-\x1f).
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn rstrip(s: &str) -> &str {
    s.trim_end_matches(is_space)
}

/// `textwrap.dedent`: the common leading run of spaces and tabs of the non-blank lines (of
/// the lexicographically first and last, as textwrap finds it) goes; blank lines become
/// empty.
fn dedent(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let blank = |l: &str| l.chars().all(is_space);
    let mut non_blank = lines.iter().copied().filter(|l| !blank(l));
    let first = non_blank.next();
    let (mut lo, mut hi) = (first.unwrap_or(""), first.unwrap_or(""));
    for l in non_blank {
        lo = lo.min(l);
        hi = hi.max(l);
    }
    let (lo, hi) = (lo.as_bytes(), hi.as_bytes());
    let mut margin = 0;
    for (i, &c) in lo.iter().enumerate() {
        margin = i;
        if hi.get(i) != Some(&c) || (c != b' ' && c != b'\t') {
            break;
        }
    }
    let out: Vec<&str> = lines.iter().map(|l| if blank(l) { "" } else { l.get(margin..).unwrap_or("") }).collect();
    out.join("\n")
}

/// Characters in the first `offset` UTF-8 bytes of `line` (a cut character counts as one).
fn byte_to_char(line: &str, offset: usize) -> usize {
    let b = &line.as_bytes()[..offset.min(line.len())];
    String::from_utf8_lossy(b).chars().count()
}

/// The terminal width of the first `offset` characters of `line`.
fn display_width(line: &str, offset: usize) -> usize {
    if line.is_ascii() {
        return offset;
    }
    line.chars().take(offset).map(|c| if matches!(krait_unicode::east_asian_width(u32::from(c)), "W" | "F") { 2 } else { 1 }).sum()
}

/// Where the secondary (`^`) part of the markers lies: (line, character column) in the
/// segment's lines, each end exclusive of the other.
struct Anchors {
    left: (usize, usize),
    right: (usize, usize),
}

fn parse_first_stmt(text: &str) -> Option<Stmt> {
    let module = krait_syntax::parse_module(text.as_bytes(), "<traceback>").ok()?;
    match module {
        Mod::Module(m) => m.body.into_iter().next(),
        _ => None,
    }
}

/// Anchors inside `segment` (CPython's `_extract_caret_anchors_from_line_segment`); None
/// where that function fails or finds none.
fn anchors_for(segment: &str) -> Option<Anchors> {
    let module = krait_syntax::parse_module(format!("(\n{segment}\n)").as_bytes(), "<traceback>").ok()?;
    let Mod::Module(m) = module else { return None };
    let [Stmt::Expr(e)] = m.body.as_slice() else { return None };
    let lines: Vec<Vec<char>> = segment.split('\n').map(|l| l.chars().collect()).collect();
    let text_lines: Vec<&str> = segment.split('\n').collect();
    // The character column of UTF-8 offset `offset` on segment line `line`.
    let normalize = |line: usize, offset: u32| -> Option<usize> { Some(byte_to_char(text_lines.get(line)?, offset as usize)) };
    let next_valid = |mut line: usize, mut col: usize| -> Option<(usize, usize)> {
        while line < lines.len() && col >= lines[line].len() {
            col = 0;
            line += 1;
        }
        (line < lines.len()).then_some((line, col))
    };
    // The first position from (line, col) whose character satisfies `stop`, skipping the
    // rest of a line at a backslash or `#`.
    let until = |mut line: usize, mut col: usize, stop: &dyn Fn(char) -> bool| -> Option<(usize, usize)> {
        loop {
            let ch = *lines.get(line)?.get(col)?;
            if ch == '\\' || ch == '#' {
                (line, col) = next_valid(line + 1, 0)?;
            } else if !stop(ch) {
                (line, col) = next_valid(line, col + 1)?;
            } else {
                return Some((line, col));
            }
        }
    };
    // The end of `x` as (line, column) in the segment (the parse added a line above it).
    let end_of = |x: &Expr| -> Option<(usize, usize)> {
        let r = x.range();
        let line = (r.end_lineno as usize).checked_sub(2)?;
        Some((line, normalize(line, r.end_col_offset)?))
    };
    match &*e.value {
        Expr::BinOp(b) => {
            let (l, c) = end_of(&b.left)?;
            let (l, c) = next_valid(l, c)?;
            let (line, col) = until(l, c, &|ch| !is_space(ch) && ch != ')')?;
            let mut right_col = col + 1;
            let rr = b.right.range();
            let right_line = (rr.lineno as usize).checked_sub(2)?;
            if right_col < lines[line].len()
                && (right_line > line || right_col < normalize(right_line, rr.col_offset)?)
                && !is_space(lines[line][right_col])
                && lines[line][right_col] != '\\'
                && lines[line][right_col] != '#'
            {
                right_col += 1;
            }
            Some(Anchors { left: (line, col), right: (line, right_col) })
        }
        Expr::Subscript(s) => {
            let (l, c) = end_of(&s.value)?;
            let (l, c) = next_valid(l, c)?;
            let left = until(l, c, &|ch| ch == '[')?;
            Some(Anchors { left, right: end_of(&e.value)? })
        }
        Expr::Call(call) => {
            let (l, c) = end_of(&call.func)?;
            let (l, c) = next_valid(l, c)?;
            let left = until(l, c, &|ch| ch == '(')?;
            Some(Anchors { left, right: end_of(&e.value)? })
        }
        _ => None,
    }
}

/// CPython's `_should_show_carets`: not when the location is exactly the call of a
/// `return f(...)` or `x = f(...)` statement spanning the lines shown; otherwise when there
/// are anchors or the location leaves something of its first or last line out.
fn should_show_carets(start: usize, end: usize, lines: &[&str], anchors: bool) -> bool {
    if let Some(stmt) = parse_first_stmt(&lines.join("\n")) {
        let value = match &stmt {
            Stmt::Return(r) => match r.value.as_deref() {
                Some(v @ Expr::Call(c)) if matches!(&*c.func, Expr::Name(_)) => Some(v),
                _ => None,
            },
            Stmt::Assign(a) if a.targets.len() == 1 && matches!(a.targets[0], Expr::Name(_)) => match &*a.value {
                v @ Expr::Call(_) => Some(v),
                _ => None,
            },
            _ => None,
        };
        // Columns compared as CPython compares them: the node's in bytes, ours in characters.
        if let Some(r) = value.map(Expr::range)
            && r.lineno == 1
            && r.end_lineno as usize == lines.len()
            && r.col_offset as usize == start
            && r.end_col_offset as usize == end
        {
            return false;
        }
    }
    if anchors {
        return true;
    }
    let first: String = lines[0].chars().take(start).collect();
    let last: String = lines[lines.len() - 1].chars().skip(end).collect();
    !first.trim_start_matches(is_space).is_empty() || !rstrip(&last).is_empty()
}

/// The lines CPython shows under entry `e`'s `File` line, each with its 4-space indent;
/// `raw` holds the source lines from `e.line` to its end line (empty strings for lines the
/// file does not have).
pub fn source_display(e: &TbEntry, raw: &[String]) -> Vec<String> {
    let raw: Vec<&str> = raw.iter().map(|l| rstrip(l)).collect();
    if raw.is_empty() {
        return Vec::new();
    }
    let original = raw.join("\n") + "\n";
    let dedented = dedent(&original);
    if dedented.chars().all(is_space) {
        return Vec::new();
    }
    let (Some(col), Some(end_col)) = (e.col.and_then(|c| usize::try_from(c).ok()), e.end_col.and_then(|c| usize::try_from(c).ok())) else {
        // Only the first line when the columns are unknown.
        return vec![format!("    {}", raw[0].trim_matches(is_space))];
    };
    let n = raw.len();
    let (first_line, last_line) = (raw[0], raw[n - 1]);
    let mut start = byte_to_char(first_line, col);
    let mut end = byte_to_char(last_line, end_col);
    let all: Vec<&str> = dedented.split('\n').take(n).collect();
    let dedent_chars = first_line.chars().count().saturating_sub(all[0].chars().count());
    start = start.saturating_sub(dedent_chars);
    end = end.saturating_sub(dedent_chars);
    let last = all.len() - 1;
    let dp_start = display_width(all[0], start);
    let dp_end = display_width(all[last], end);
    // The code segment of the location.
    let joined: Vec<char> = all.join("\n").chars().collect();
    let stop = (joined.len() + end).saturating_sub(all[last].chars().count()).min(joined.len());
    let segment: String = if start < stop { joined[start..stop].iter().collect() } else { String::new() };
    let anchors = anchors_for(&segment);
    let show = should_show_carets(start, end, &all, anchors.is_some());
    // The first and last lines, and those around the anchors.
    let mut significant = std::collections::BTreeSet::from([0, last]);
    let (mut primary, secondary) = ('^', '^');
    let mut spans = None;
    if let Some(a) = &anchors {
        let left_off = if a.left.0 == 0 { a.left.1 + start } else { a.left.1 };
        let right_off = if a.right.0 == 0 { a.right.1 + start } else { a.right.1 };
        let (Some(left_line), Some(right_line)) = (all.get(a.left.0), all.get(a.right.0)) else { return Vec::new() };
        spans = Some((a.left.0, display_width(left_line, left_off), a.right.0, display_width(right_line, right_off)));
        primary = '~';
        for l in [a.left.0, a.right.0] {
            significant.extend([l.wrapping_sub(1), l, l + 1].into_iter().filter(|&x| x <= last));
        }
    }
    let mut out: Vec<String> = Vec::new();
    let emit = |lineno: usize, out: &mut Vec<String>| {
        let line = all[lineno];
        out.push(line.to_string());
        if !show {
            return;
        }
        let spaces = line.chars().count() - line.trim_start_matches(is_space).chars().count();
        let count = if lineno == last { dp_end } else { display_width(line, line.chars().count()) };
        let carets: String = (0..count)
            .map(|c| {
                if c < spaces || (lineno == 0 && c < dp_start) {
                    ' '
                } else if let Some((ll, lo, rl, ro)) = spans
                    && (lineno > ll || (lineno == ll && c >= lo))
                    && (lineno < rl || (lineno == rl && c < ro))
                {
                    secondary
                } else {
                    primary
                }
            })
            .collect();
        out.push(carets);
    };
    let rows: Vec<usize> = significant.into_iter().collect();
    for (i, &lineno) in rows.iter().enumerate() {
        if i > 0 {
            let gap = lineno - rows[i - 1];
            if gap == 2 {
                emit(lineno - 1, &mut out);
            } else if gap > 2 {
                out.push(format!("...<{} lines>...", gap - 1));
            }
        }
        emit(lineno, &mut out);
    }
    // The shown lines are dedented again together, then indented by four spaces.
    let text = out.iter().map(|l| format!("{l}\n")).collect::<String>();
    let text = dedent(&text);
    text.strip_suffix('\n').unwrap_or(&text).split('\n').map(|l| format!("    {l}")).collect()
}

/// Some of `sys.stdlib_module_names` (for "Did you forget to import").
pub const STDLIB_MODULES: &[&str] = &[
    "abc", "argparse", "array", "ast", "asyncio", "base64", "bisect", "builtins", "calendar", "collections", "copy",
    "csv", "ctypes", "dataclasses", "datetime", "decimal", "enum", "fractions", "functools", "gc", "glob", "hashlib",
    "heapq", "inspect", "io", "itertools", "json", "logging", "math", "operator", "os", "pathlib", "pickle", "pprint",
    "queue", "random", "re", "shutil", "socket", "statistics", "string", "struct", "subprocess", "sys", "tempfile",
    "textwrap", "threading", "time", "timeit", "traceback", "types", "typing", "unittest", "uuid", "warnings",
    "weakref", "zipfile",
];

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;
const MAX_CANDIDATE_ITEMS: usize = 750;

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.to_lowercase().eq(b.to_lowercase()) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance CPython's suggestions use (case changes cost 1, other edits 2), or
/// more than `max_cost`.
fn levenshtein(a: &str, b: &str, max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let (mut a, mut b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let pre = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    a.drain(..pre);
    b.drain(..pre);
    let post = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    a.truncate(a.len() - post);
    b.truncate(b.len() - post);
    if a.is_empty() || b.is_empty() {
        return MOVE_COST * (a.len() + b.len());
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bc, ac);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to a missing name, as `traceback._compute_suggestion_error`.
pub fn closest_name(wrong: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > MAX_CANDIDATE_ITEMS {
        return None;
    }
    let wrong_len = wrong.chars().count();
    if wrong_len > MAX_STRING_SIZE {
        return None;
    }
    // Nothing beaten yet (CPython's _Py_CalculateSuggestions starts at PY_SSIZE_T_MAX).
    let mut best_distance = usize::MAX;
    let mut suggestion = None;
    for c in candidates {
        if c == wrong {
            continue;
        }
        let max_distance = ((c.chars().count() + wrong_len + 3) * MOVE_COST / 6).min(best_distance.saturating_sub(1));
        let d = levenshtein(wrong, c, max_distance);
        if d > max_distance {
            continue;
        }
        if suggestion.is_none() || d < best_distance {
            suggestion = Some(c.clone());
            best_distance = d;
        }
    }
    suggestion
}
