//! The SRE matcher: a backtracking interpreter of the opcode program `re._compiler`
//! emits, over a slice of code units (bytes, or the code points of a str).
//!
//! Backtracking never recurses on the Rust stack. Alternatives still to try are entries
//! on an explicit choice stack; every change to the matcher's state (group marks,
//! `lastindex`, the counters of REPEAT contexts, the current REPEAT) is logged on a
//! trail, so returning to a choice point undoes exactly what happened after it.
//! Sub-matches that CPython runs as nested calls (lookaround bodies, atomic groups,
//! possessive repeats) are frames: reaching their `SUCCESS` drops the choices made inside
//! them (a cut), which gives the atomic semantics.
//!
//! Promise: for any code and subject the matcher terminates without panicking (code read
//! past its end is `FAILURE`); the results are CPython's `sre_lib.h` results (match or
//! not, the span, the group marks, `lastindex`).

use super::chars::*;

/// An opcode the matcher cannot run (malformed code).
#[derive(Debug)]
pub struct Illegal;

/// What a successful match leaves: the span and the group marks (two per group).
pub struct Regs {
    pub start: usize,
    pub end: usize,
    pub marks: Vec<Option<usize>>,
    pub lastindex: i64,
}

struct Repeat {
    count: i64,
    /// Index of the REPEAT opcode (min at +2, max at +3, body at +4).
    pc: usize,
    last: Option<usize>,
    prev: Option<usize>,
}

enum Undo {
    Mark(usize, Option<usize>),
    LastIndex(i64),
    Count(usize, i64),
    Last(usize, Option<usize>),
    Cur(Option<usize>),
}

enum Kind {
    /// Try the BRANCH alternative whose skip word is at `next`.
    Branch { next: usize },
    /// Greedy single-character repeat: retry the tail one character shorter.
    RepeatOne { floor: usize, tail: usize, lit: Option<u32> },
    /// Lazy single-character repeat: take one more character and retry the tail.
    MinRepeatOne { start: usize, max: u32, item: usize, tail: usize },
    /// MAX_UNTIL: another iteration failed; match the tail instead.
    MaxUntilTail { tail: usize, rep: usize },
    /// MIN_UNTIL: the tail failed; try another iteration.
    MinUntilMore { rep: usize },
    /// The body of a negative lookaround failed: continue after it.
    AssertNotFail { next: usize },
    /// An optional iteration of a possessive repeat failed: continue with the tail.
    PossessiveStop { tail: usize },
}

struct Choice {
    kind: Kind,
    pos: usize,
    trail: usize,
    frames: usize,
    reps: usize,
}

#[derive(Clone, Copy)]
struct Poss {
    min: u32,
    max: u32,
    body: usize,
    tail: usize,
}

enum FrameKind {
    Assert { next: usize },
    AssertNot,
    Atomic { next: usize },
    Possessive { info: Poss, count: u32, optional: bool },
}

struct Frame {
    kind: FrameKind,
    /// Height of the choice stack when the sub-match began (the cut point).
    choices: usize,
    pos: usize,
}

/// One matcher over one subject; reusable for several attempts (search, findall).
pub struct Engine<'a, T> {
    code: &'a [u32],
    text: &'a [T],
    end: usize,
    pub match_all: bool,
    pub must_advance: bool,
    /// Where the current search began (an empty match here fails under `must_advance`).
    origin: usize,
    marks: Vec<Option<usize>>,
    lastindex: i64,
    reps: Vec<Repeat>,
    cur: Option<usize>,
    frames: Vec<Frame>,
    choices: Vec<Choice>,
    trail: Vec<Undo>,
}

impl<'a, T: Copy + Into<u32>> Engine<'a, T> {
    /// A matcher for `code` over `text[..end]` (the subject cut at `endpos`).
    pub fn new(code: &'a [u32], text: &'a [T], end: usize, groups: usize) -> Engine<'a, T> {
        let end = end.min(text.len());
        Engine {
            code,
            text: &text[..end],
            end,
            match_all: false,
            must_advance: false,
            origin: 0,
            marks: vec![None; groups * 2],
            lastindex: -1,
            reps: Vec::new(),
            cur: None,
            frames: Vec::new(),
            choices: Vec::new(),
            trail: Vec::new(),
        }
    }

    /// The marks and span of the last successful attempt.
    pub fn regs(&self, start: usize, end: usize) -> Regs {
        Regs { start, end, marks: self.marks.clone(), lastindex: self.lastindex }
    }

    #[inline]
    fn w(&self, i: usize) -> u32 {
        word(self.code, i)
    }

    #[inline]
    fn ch(&self, i: usize) -> u32 {
        self.text[i].into()
    }

    fn reset(&mut self) {
        self.marks.iter_mut().for_each(|m| *m = None);
        self.lastindex = -1;
        self.reps.clear();
        self.cur = None;
        self.frames.clear();
        self.choices.clear();
        self.trail.clear();
    }

    fn log(&mut self, u: Undo) {
        if !self.choices.is_empty() {
            self.trail.push(u);
        }
    }

    fn set_mark(&mut self, i: usize, v: Option<usize>) {
        if let Some(&old) = self.marks.get(i) {
            self.log(Undo::Mark(i, old));
            self.marks[i] = v;
        }
    }

    fn set_lastindex(&mut self, v: i64) {
        self.log(Undo::LastIndex(self.lastindex));
        self.lastindex = v;
    }

    fn set_count(&mut self, r: usize, v: i64) {
        if let Some(old) = self.reps.get(r).map(|x| x.count) {
            self.log(Undo::Count(r, old));
            self.reps[r].count = v;
        }
    }

    fn set_last(&mut self, r: usize, v: Option<usize>) {
        if let Some(old) = self.reps.get(r).map(|x| x.last) {
            self.log(Undo::Last(r, old));
            self.reps[r].last = v;
        }
    }

    fn set_cur(&mut self, v: Option<usize>) {
        self.log(Undo::Cur(self.cur));
        self.cur = v;
    }

    fn unwind(&mut self, to: usize) {
        while self.trail.len() > to {
            match self.trail.pop() {
                Some(Undo::Mark(i, v)) => self.marks[i] = v,
                Some(Undo::LastIndex(v)) => self.lastindex = v,
                Some(Undo::Count(r, v)) => {
                    if let Some(x) = self.reps.get_mut(r) {
                        x.count = v;
                    }
                }
                Some(Undo::Last(r, v)) => {
                    if let Some(x) = self.reps.get_mut(r) {
                        x.last = v;
                    }
                }
                Some(Undo::Cur(v)) => self.cur = v,
                None => break,
            }
        }
    }

    fn push(&mut self, kind: Kind, pos: usize) {
        let c = Choice { kind, pos, trail: self.trail.len(), frames: self.frames.len(), reps: self.reps.len() };
        self.choices.push(c);
    }

    /// Does the single-character item at `pc` accept `ch`?
    fn match_char(&self, pc: usize, ch: u32) -> bool {
        let arg = self.w(pc + 1);
        match self.w(pc) {
            LITERAL => ch == arg,
            NOT_LITERAL => ch != arg,
            LITERAL_IGNORE => lower_ascii(ch) == arg,
            NOT_LITERAL_IGNORE => lower_ascii(ch) != arg,
            LITERAL_UNI_IGNORE => lower_unicode(ch) == arg,
            NOT_LITERAL_UNI_IGNORE => lower_unicode(ch) != arg,
            LITERAL_LOC_IGNORE => char_loc_ignore(arg, ch),
            NOT_LITERAL_LOC_IGNORE => !char_loc_ignore(arg, ch),
            ANY => ch != 0x0A,
            ANY_ALL => true,
            IN => in_charset(self.code, pc + 2, ch),
            IN_IGNORE => in_charset(self.code, pc + 2, lower_ascii(ch)),
            IN_UNI_IGNORE => in_charset(self.code, pc + 2, lower_unicode(ch)),
            IN_LOC_IGNORE => in_charset_loc_ignore(self.code, pc + 2, ch),
            CATEGORY => category(arg, ch),
            _ => false,
        }
    }

    /// How many times (at most `max`) the single-character item at `item` matches from `pos`.
    fn count(&self, item: usize, pos: usize, max: u32) -> usize {
        let limit = if max == MAXREPEAT { self.end } else { self.end.min(pos.saturating_add(max as usize)) };
        let mut p = pos;
        while p < limit && self.match_char(item, self.ch(p)) {
            p += 1;
        }
        p - pos
    }

    fn at(&self, pos: usize, code: u32) -> bool {
        let end = self.end;
        match code {
            AT_BEGINNING | AT_BEGINNING_STRING => pos == 0,
            AT_BEGINNING_LINE => pos == 0 || self.ch(pos - 1) == 0x0A,
            AT_END => pos == end || (end - pos == 1 && self.ch(pos) == 0x0A),
            AT_END_LINE => pos == end || self.ch(pos) == 0x0A,
            AT_END_STRING => pos == end,
            AT_BOUNDARY | AT_LOC_BOUNDARY | AT_UNI_BOUNDARY | AT_NON_BOUNDARY | AT_LOC_NON_BOUNDARY | AT_UNI_NON_BOUNDARY => {
                let before = (pos > 0).then(|| self.ch(pos - 1));
                let after = (pos < end).then(|| self.ch(pos));
                let b = boundary(code, before, after);
                if matches!(code, AT_BOUNDARY | AT_LOC_BOUNDARY | AT_UNI_BOUNDARY) { b } else { !b }
            }
            _ => false,
        }
    }

    /// The marks of group `g`, when it matched.
    fn group_span(&self, g: usize) -> Option<(usize, usize)> {
        let s = (*self.marks.get(2 * g)?)?;
        let e = (*self.marks.get(2 * g + 1)?)?;
        (e >= s).then_some((s, e))
    }

    /// Picks the first BRANCH alternative from the skip word at `at` that can start at
    /// `pos`, leaving a choice for the rest; its first instruction, or None.
    fn try_branch(&mut self, mut at: usize, pos: usize) -> Option<usize> {
        loop {
            let skip = self.w(at) as usize;
            if skip == 0 {
                return None;
            }
            let body = at + 1;
            let next = at + skip;
            let reject = match self.w(body) {
                LITERAL => pos >= self.end || self.ch(pos) != self.w(body + 1),
                IN => pos >= self.end || !in_charset(self.code, body + 2, self.ch(pos)),
                _ => false,
            };
            if !reject {
                if self.w(next) != 0 {
                    self.push(Kind::Branch { next }, pos);
                }
                return Some(body);
            }
            at = next;
        }
    }

    /// Starts iteration `count` of a possessive repeat at `pos`; the next instruction.
    fn poss_iter(&mut self, info: Poss, count: u32, pos: usize) -> usize {
        if count < info.min {
            let choices = self.choices.len();
            self.frames.push(Frame { kind: FrameKind::Possessive { info, count, optional: false }, choices, pos });
            info.body
        } else if count < info.max || info.max == MAXREPEAT {
            let choices = self.choices.len();
            self.push(Kind::PossessiveStop { tail: info.tail }, pos);
            self.frames.push(Frame { kind: FrameKind::Possessive { info, count, optional: true }, choices, pos });
            info.body
        } else {
            info.tail
        }
    }

    /// Returns to the most recent choice point: the instruction and position to resume
    /// at, or None when no alternative is left.
    fn backtrack(&mut self) -> Option<(usize, usize)> {
        while let Some(c) = self.choices.pop() {
            self.unwind(c.trail);
            self.frames.truncate(c.frames);
            self.reps.truncate(c.reps);
            let pos = c.pos;
            match c.kind {
                Kind::Branch { next } => {
                    if let Some(pc) = self.try_branch(next, pos) {
                        return Some((pc, pos));
                    }
                }
                Kind::RepeatOne { floor, tail, lit } => {
                    let mut p = pos;
                    while p > floor {
                        p -= 1;
                        if lit.is_none_or(|l| p < self.end && self.ch(p) == l) {
                            self.push(Kind::RepeatOne { floor, tail, lit }, p);
                            return Some((tail, p));
                        }
                    }
                }
                Kind::MinRepeatOne { start, max, item, tail } => {
                    let count = pos - start;
                    let more = max == MAXREPEAT || count < max as usize;
                    if more && pos < self.end && self.match_char(item, self.ch(pos)) {
                        self.push(Kind::MinRepeatOne { start, max, item, tail }, pos + 1);
                        return Some((tail, pos + 1));
                    }
                }
                Kind::MaxUntilTail { tail, rep } => {
                    let prev = self.reps.get(rep).and_then(|r| r.prev);
                    self.set_cur(prev);
                    return Some((tail, pos));
                }
                Kind::MinUntilMore { rep } => {
                    let Some(r) = self.reps.get(rep) else { continue };
                    let count = r.count + 1;
                    let max = self.w(r.pc + 3);
                    let body = r.pc + 4;
                    if (max != MAXREPEAT && count >= i64::from(max)) || r.last == Some(pos) {
                        continue;
                    }
                    self.set_count(rep, count);
                    self.set_last(rep, Some(pos));
                    return Some((body, pos));
                }
                Kind::AssertNotFail { next } => return Some((next, pos)),
                Kind::PossessiveStop { tail } => return Some((tail, pos)),
            }
        }
        None
    }

    /// One match attempt of the program from instruction `pc` at `pos`: the end of the
    /// match, or None.
    pub fn attempt(&mut self, mut pc: usize, mut pos: usize) -> Result<Option<usize>, Illegal> {
        self.reset();
        let end = self.end;
        macro_rules! fail {
            () => {{
                match self.backtrack() {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                        continue;
                    }
                    None => return Ok(None),
                }
            }};
        }
        loop {
            let op = self.w(pc);
            match op {
                FAILURE => fail!(),
                SUCCESS => {
                    let Some(f) = self.frames.pop() else {
                        if (self.match_all && pos != end) || (self.must_advance && pos == self.origin) {
                            fail!();
                        }
                        return Ok(Some(pos));
                    };
                    self.choices.truncate(f.choices);
                    match f.kind {
                        FrameKind::Assert { next } => {
                            pos = f.pos;
                            pc = next;
                        }
                        FrameKind::AssertNot => fail!(),
                        FrameKind::Atomic { next } => pc = next,
                        FrameKind::Possessive { info, count, optional } => {
                            pc = if optional && pos == f.pos { info.tail } else { self.poss_iter(info, count.saturating_add(1), pos) };
                        }
                    }
                }
                LITERAL | NOT_LITERAL | LITERAL_IGNORE | NOT_LITERAL_IGNORE | LITERAL_UNI_IGNORE | NOT_LITERAL_UNI_IGNORE
                | LITERAL_LOC_IGNORE | NOT_LITERAL_LOC_IGNORE | CATEGORY => {
                    if pos >= end || !self.match_char(pc, self.ch(pos)) {
                        fail!();
                    }
                    pos += 1;
                    pc += 2;
                }
                ANY | ANY_ALL => {
                    if pos >= end || !self.match_char(pc, self.ch(pos)) {
                        fail!();
                    }
                    pos += 1;
                    pc += 1;
                }
                IN | IN_IGNORE | IN_UNI_IGNORE | IN_LOC_IGNORE => {
                    if pos >= end || !self.match_char(pc, self.ch(pos)) {
                        fail!();
                    }
                    pos += 1;
                    pc += 1 + self.w(pc + 1) as usize;
                }
                AT => {
                    if !self.at(pos, self.w(pc + 1)) {
                        fail!();
                    }
                    pc += 2;
                }
                INFO => {
                    let min = self.w(pc + 3) as usize;
                    if pc == 0 && min > 0 && end - pos < min {
                        fail!();
                    }
                    pc += 1 + self.w(pc + 1) as usize;
                }
                JUMP => pc += 1 + self.w(pc + 1) as usize,
                MARK => {
                    let i = self.w(pc + 1) as usize;
                    if i & 1 == 1 {
                        self.set_lastindex((i / 2 + 1) as i64);
                    }
                    self.set_mark(i, Some(pos));
                    pc += 2;
                }
                BRANCH => match self.try_branch(pc + 1, pos) {
                    Some(p) => pc = p,
                    None => fail!(),
                },
                REPEAT_ONE | MIN_REPEAT_ONE | POSSESSIVE_REPEAT_ONE => {
                    let (min, max) = (self.w(pc + 2), self.w(pc + 3));
                    let item = pc + 4;
                    let tail = pc + 1 + self.w(pc + 1) as usize;
                    if min as usize > end - pos {
                        fail!();
                    }
                    let floor = pos + min as usize;
                    if op == MIN_REPEAT_ONE {
                        if min > 0 && self.count(item, pos, min) < min as usize {
                            fail!();
                        }
                        self.push(Kind::MinRepeatOne { start: pos, max, item, tail }, floor);
                        pos = floor;
                        pc = tail;
                        continue;
                    }
                    let top = pos + self.count(item, pos, max);
                    if top < floor {
                        fail!();
                    }
                    if op == POSSESSIVE_REPEAT_ONE {
                        pos = top;
                        pc = tail;
                        continue;
                    }
                    let lit = (self.w(tail) == LITERAL).then(|| self.w(tail + 1));
                    let fits = |p: usize| lit.is_none_or(|l| p < end && self.ch(p) == l);
                    let Some(p) = (floor..=top).rev().find(|&p| fits(p)) else { fail!() };
                    self.push(Kind::RepeatOne { floor, tail, lit }, p);
                    pos = p;
                    pc = tail;
                }
                REPEAT => {
                    let idx = self.reps.len();
                    self.reps.push(Repeat { count: -1, pc, last: None, prev: self.cur });
                    self.set_cur(Some(idx));
                    pc += 1 + self.w(pc + 1) as usize;
                }
                MAX_UNTIL | MIN_UNTIL => {
                    let Some(rep) = self.cur else { return Err(Illegal) };
                    let Some(r) = self.reps.get(rep) else { return Err(Illegal) };
                    let count = r.count + 1;
                    let (min, max) = (self.w(r.pc + 2), self.w(r.pc + 3));
                    let body = r.pc + 4;
                    let (last, prev) = (r.last, r.prev);
                    if count < i64::from(min) {
                        self.set_count(rep, count);
                        pc = body;
                    } else if op == MIN_UNTIL {
                        self.push(Kind::MinUntilMore { rep }, pos);
                        self.set_cur(prev);
                        pc += 1;
                    } else if (max == MAXREPEAT || count < i64::from(max)) && last != Some(pos) {
                        self.push(Kind::MaxUntilTail { tail: pc + 1, rep }, pos);
                        self.set_count(rep, count);
                        self.set_last(rep, Some(pos));
                        pc = body;
                    } else {
                        self.set_cur(prev);
                        pc += 1;
                    }
                }
                GROUPREF | GROUPREF_IGNORE | GROUPREF_UNI_IGNORE | GROUPREF_LOC_IGNORE => {
                    let Some((s, e)) = self.group_span(self.w(pc + 1) as usize) else { fail!() };
                    if e - s > end - pos {
                        fail!();
                    }
                    let fold: fn(u32) -> u32 = match op {
                        GROUPREF_IGNORE => lower_ascii,
                        GROUPREF_UNI_IGNORE => lower_unicode,
                        GROUPREF_LOC_IGNORE => lower_locale,
                        _ => |c| c,
                    };
                    if !(0..e - s).all(|k| fold(self.ch(pos + k)) == fold(self.ch(s + k))) {
                        fail!();
                    }
                    pos += e - s;
                    pc += 2;
                }
                GROUPREF_EXISTS => {
                    if self.group_span(self.w(pc + 1) as usize).is_some() {
                        pc += 3;
                    } else {
                        pc += 1 + self.w(pc + 2) as usize;
                    }
                }
                ASSERT | ASSERT_NOT => {
                    let next = pc + 1 + self.w(pc + 1) as usize;
                    let back = self.w(pc + 2) as usize;
                    if pos < back {
                        if op == ASSERT {
                            fail!();
                        }
                        pc = next;
                        continue;
                    }
                    let choices = self.choices.len();
                    let kind = if op == ASSERT {
                        FrameKind::Assert { next }
                    } else {
                        self.push(Kind::AssertNotFail { next }, pos);
                        FrameKind::AssertNot
                    };
                    self.frames.push(Frame { kind, choices, pos });
                    pos -= back;
                    pc += 3;
                }
                ATOMIC_GROUP => {
                    let next = pc + 1 + self.w(pc + 1) as usize;
                    let choices = self.choices.len();
                    self.frames.push(Frame { kind: FrameKind::Atomic { next }, choices, pos });
                    pc += 2;
                }
                POSSESSIVE_REPEAT => {
                    let info = Poss { min: self.w(pc + 2), max: self.w(pc + 3), body: pc + 4, tail: pc + 2 + self.w(pc + 1) as usize };
                    pc = self.poss_iter(info, 0, pos);
                }
                _ => return Err(Illegal),
            }
        }
    }

    /// `match`/`fullmatch` at `pos`: the end of the match, or None.
    pub fn match_at(&mut self, pos: usize) -> Result<Option<usize>, Illegal> {
        if pos > self.end {
            return Ok(None);
        }
        self.origin = pos;
        self.attempt(0, pos)
    }

    /// `search` from `start`: the span of the leftmost match, or None.
    pub fn search(&mut self, start: usize) -> Result<Option<(usize, usize)>, Illegal> {
        let end = self.end;
        if start > end {
            return Ok(None);
        }
        self.origin = start;
        let mut pc = 0;
        let mut min = 0usize;
        let mut prefix: Option<(usize, usize)> = None;
        let mut charset: Option<usize> = None;
        if self.w(0) == INFO {
            let flags = self.w(2);
            min = self.w(3) as usize;
            if flags & 1 != 0 {
                prefix = Some((7, self.w(5) as usize));
            } else if flags & 4 != 0 {
                charset = Some(5);
            }
            pc = 1 + self.w(1) as usize;
        }
        if end - start < min {
            return Ok(None);
        }
        let anchored = self.w(pc) == AT && matches!(self.w(pc + 1), AT_BEGINNING | AT_BEGINNING_STRING);
        let last = end - min;
        for p in start..=last {
            if let Some((at, len)) = prefix {
                if p + len > end || !(0..len).all(|k| self.ch(p + k) == self.w(at + k)) {
                    continue;
                }
            } else if let Some(cs) = charset
                && (p >= end || !in_charset(self.code, cs, self.ch(p)))
            {
                continue;
            }
            if let Some(e) = self.attempt(pc, p)? {
                return Ok(Some((p, e)));
            }
            if anchored {
                break;
            }
        }
        Ok(None)
    }
}
