//! The `~~~^^^` marker line under a traceback's source line, computed as CPython's
//! `traceback.StackSummary.format_frame_summary` does for single-line locations: anchors
//! for binary operators, subscripts and calls found by parsing the highlighted segment,
//! and no markers when the location covers the whole statement.

use crate::objects::types::TbEntry;
use krait_syntax::ast::{Expr, Mod, Stmt};

/// Where the secondary (`^`) part of the markers lies: columns in the dedented line.
struct Anchors {
    left_end: usize,
    right_start: usize,
}

fn parse_first_stmt(text: &str) -> Option<Stmt> {
    let module = krait_syntax::parse_module(text.as_bytes(), "<traceback>").ok()?;
    match module {
        Mod::Module(m) => m.body.into_iter().next(),
        _ => None,
    }
}

/// Anchors inside `segment` (columns relative to its start), for a one-line segment.
fn anchors_for(segment: &str) -> Option<Anchors> {
    let stmt = parse_first_stmt(&format!("(\n{segment}\n)"))?;
    let Stmt::Expr(e) = stmt else { return None };
    let line = segment.as_bytes();
    let end_of = |x: &Expr| -> Option<usize> {
        let r = x.range();
        if r.end_lineno != 2 {
            return None;
        }
        Some(r.end_col_offset as usize)
    };
    // The first column at or after `col` holding a character that satisfies `stop`.
    let until = |mut col: usize, stop: &dyn Fn(u8) -> bool| -> Option<usize> {
        while col < line.len() {
            let ch = line[col];
            if ch == b'\\' || ch == b'#' {
                return None;
            }
            if stop(ch) {
                return Some(col);
            }
            col += 1;
        }
        None
    };
    match &*e.value {
        Expr::BinOp(b) => {
            let col = until(end_of(&b.left)?, &|c| !c.is_ascii_whitespace() && c != b')')?;
            let mut right_col = col + 1;
            let rr = b.right.range();
            let right_start = (rr.lineno, rr.col_offset as usize);
            if right_col < line.len()
                && (right_start.0 > 2 || right_col < right_start.1)
                && !line[right_col].is_ascii_whitespace()
                && line[right_col] != b'\\'
                && line[right_col] != b'#'
            {
                right_col += 1;
            }
            Some(Anchors { left_end: col, right_start: right_col })
        }
        Expr::Subscript(s) => {
            let left = until(end_of(&s.value)?, &|c| c == b'[')?;
            Some(Anchors { left_end: left, right_start: end_of(&e.value)? })
        }
        Expr::Call(c) => {
            let left = until(end_of(&c.func)?, &|ch| ch == b'(')?;
            Some(Anchors { left_end: left, right_start: end_of(&e.value)? })
        }
        _ => None,
    }
}

/// Is the location exactly the call of `return f(...)` or `x = f(...)` on its line?
fn whole_statement_call(dedented: &str, start: usize, end: usize) -> bool {
    let Some(stmt) = parse_first_stmt(dedented) else { return false };
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
    match value.map(Expr::range) {
        Some(r) => r.lineno == 1 && r.end_lineno == 1 && r.col_offset as usize == start && r.end_col_offset as usize == end,
        None => false,
    }
}

/// The marker line (without the 4-space indent), or None when CPython shows none.
pub fn caret_line(e: &TbEntry, dedented: &str, indent: usize) -> Option<String> {
    let (col, end_col) = (usize::try_from(e.col?).ok()?, usize::try_from(e.end_col?).ok()?);
    if e.end_line != e.line || !dedented.is_ascii() {
        return None;
    }
    let start = col.checked_sub(indent)?;
    let end = end_col.checked_sub(indent)?.min(dedented.len());
    if end <= start {
        return None;
    }
    let segment = &dedented[start..end];
    let anchors = anchors_for(segment);
    if whole_statement_call(dedented, start, end) {
        return None;
    }
    let show = anchors.is_some() || !dedented[..start].trim_start().is_empty() || !dedented[end..].trim_end().is_empty();
    if !show {
        return None;
    }
    let mut out = String::with_capacity(end);
    for c in 0..end {
        let ch = if c < start {
            ' '
        } else {
            match &anchors {
                Some(a) if c >= a.left_end + start && c < a.right_start + start => '^',
                Some(_) => '~',
                None => '^',
            }
        };
        out.push(ch);
    }
    Some(out)
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
    let mut best_distance = wrong_len;
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
