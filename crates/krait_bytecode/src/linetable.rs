//! `co_linetable`: CPython 3.14's location table, encoded as `assemble.c` writes it and
//! decoded with the semantics of `co_positions()` and `co_lines()`.
//!
//! Each entry covers 1..=8 code units: a first byte `0x80 | code << 3 | (units - 1)`, then
//! the code's payload. Codes: 15 no location; 13 no column (signed line delta); 0..=9 short
//! (same line, column < 80, width < 16; the previous line is not updated); 10..=12 one line
//! (line delta 0..2, two column bytes); 14 long (signed line delta, end-line delta,
//! column + 1, end column + 1). Varints are 6-bit chunks, least significant first, bit 6 =
//! more; signed varints are zigzag with the sign in bit 0. Deltas are from the previous
//! emitted line, starting at `co_firstlineno`.

/// A source location: 1-based lines, 0-based UTF-8 byte columns; `None` where absent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Location {
    pub line: Option<i32>,
    pub end_line: Option<i32>,
    pub col: Option<i32>,
    pub end_col: Option<i32>,
}

impl Location {
    /// No location at all (code 15).
    pub const NONE: Location = Location {
        line: None,
        end_line: None,
        col: None,
        end_col: None,
    };

    /// A full location.
    pub fn new(line: i32, end_line: i32, col: i32, end_col: i32) -> Location {
        Location {
            line: Some(line),
            end_line: Some(end_line),
            col: Some(col),
            end_col: Some(end_col),
        }
    }
}

/// Why a line table could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineTableError(pub String);

/// Encodes runs of (location, size in code units), merging equal neighbours as the
/// assembler does.
pub fn encode(firstlineno: i32, runs: &[(Location, usize)]) -> Vec<u8> {
    let mut enc = Encoder {
        out: Vec::new(),
        line: firstlineno,
    };
    let mut current = Location::NONE;
    let mut size = 0;
    for &(loc, units) in runs {
        if loc != current {
            enc.emit(current, size);
            current = loc;
            size = 0;
        }
        size += units;
    }
    enc.emit(current, size);
    enc.out
}

struct Encoder {
    out: Vec<u8>,
    line: i32,
}

impl Encoder {
    fn emit(&mut self, loc: Location, mut units: usize) {
        while units > 8 {
            self.entry(loc, 8);
            units -= 8;
        }
        if units > 0 {
            self.entry(loc, units);
        }
    }

    fn head(&mut self, code: u8, units: usize) {
        self.out.push(0x80 | (code << 3) | ((units - 1) as u8));
    }

    fn varint(&mut self, mut v: u32) {
        while v >= 64 {
            self.out.push(64 | (v & 63) as u8);
            v >>= 6;
        }
        self.out.push(v as u8);
    }

    fn svarint(&mut self, v: i32) {
        let u = if v < 0 {
            (v.unsigned_abs() << 1) | 1
        } else {
            (v as u32) << 1
        };
        self.varint(u);
    }

    fn entry(&mut self, loc: Location, units: usize) {
        let Some(line) = loc.line.filter(|l| *l >= 0) else {
            self.head(15, units);
            return;
        };
        let delta = line.wrapping_sub(self.line);
        let end_line = loc.end_line.unwrap_or(-1);
        match (loc.col, loc.end_col) {
            (Some(col), Some(end_col)) if col >= 0 && end_col >= 0 => {
                if end_line == line {
                    if delta == 0 && col < 80 && end_col - col < 16 && end_col >= col {
                        self.head((col >> 3) as u8, units);
                        self.out.push((((col & 7) << 4) | (end_col - col)) as u8);
                        return;
                    }
                    if (0..3).contains(&delta) && col < 128 && end_col < 128 {
                        self.head(10 + delta as u8, units);
                        self.out.push(col as u8);
                        self.out.push(end_col as u8);
                        self.line = line;
                        return;
                    }
                }
            }
            _ => {
                if end_line == line || end_line < 0 {
                    self.head(13, units);
                    self.svarint(delta);
                    self.line = line;
                    return;
                }
            }
        }
        self.head(14, units);
        self.svarint(delta);
        self.varint(end_line.wrapping_sub(line).max(0) as u32);
        self.varint(loc.col.unwrap_or(-1).wrapping_add(1) as u32);
        self.varint(loc.end_col.unwrap_or(-1).wrapping_add(1) as u32);
        self.line = line;
    }
}

/// One decoded entry: the code units `[start, end)` (in units) and their location.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub start: usize,
    pub end: usize,
    pub location: Location,
}

/// Decodes the table into entries (one per table entry, in order).
pub fn decode(firstlineno: i32, table: &[u8]) -> Result<Vec<Entry>, LineTableError> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut line = firstlineno;
    let mut unit = 0;
    let err = |m: &str| LineTableError(m.to_string());
    let byte = |pos: &mut usize| -> Result<u8, LineTableError> {
        let b = *table.get(*pos).ok_or_else(|| err("truncated line table"))?;
        *pos += 1;
        Ok(b)
    };
    let varint = |pos: &mut usize| -> Result<u32, LineTableError> {
        let mut b = byte(pos)?;
        let mut v = u32::from(b & 63);
        let mut shift = 0;
        while b & 64 != 0 {
            b = byte(pos)?;
            shift += 6;
            if shift > 30 {
                return Err(err("varint too long"));
            }
            v |= u32::from(b & 63) << shift;
        }
        Ok(v)
    };
    let svarint = |pos: &mut usize| -> Result<i32, LineTableError> {
        let u = varint(pos)?;
        let mag = (u >> 1) as i32;
        Ok(if u & 1 != 0 { -mag } else { mag })
    };
    while pos < table.len() {
        let first = byte(&mut pos)?;
        if first & 0x80 == 0 {
            return Err(err("line table entry without its start bit"));
        }
        let code = (first >> 3) & 15;
        let units = usize::from(first & 7) + 1;
        let location = match code {
            15 => Location::NONE,
            14 => {
                line = line.wrapping_add(svarint(&mut pos)?);
                let end_line = line.wrapping_add(varint(&mut pos)? as i32);
                let col = (varint(&mut pos)? as i32).wrapping_sub(1);
                let end_col = (varint(&mut pos)? as i32).wrapping_sub(1);
                Location {
                    line: Some(line),
                    end_line: Some(end_line),
                    col: (col >= 0).then_some(col),
                    end_col: (end_col >= 0).then_some(end_col),
                }
            }
            13 => {
                line = line.wrapping_add(svarint(&mut pos)?);
                Location {
                    line: Some(line),
                    end_line: Some(line),
                    col: None,
                    end_col: None,
                }
            }
            10..=12 => {
                line = line.wrapping_add(i32::from(code - 10));
                let col = i32::from(byte(&mut pos)?);
                let end_col = i32::from(byte(&mut pos)?);
                Location::new(line, line, col, end_col)
            }
            _ => {
                let second = i32::from(byte(&mut pos)?);
                let col = i32::from(code) * 8 + ((second >> 4) & 7);
                Location::new(line, line, col, col + (second & 15))
            }
        };
        out.push(Entry {
            start: unit,
            end: unit + units,
            location,
        });
        unit += units;
    }
    Ok(out)
}

/// `co_positions()`: one location per code unit.
pub fn positions(firstlineno: i32, table: &[u8]) -> Result<Vec<Location>, LineTableError> {
    let mut out = Vec::new();
    for e in decode(firstlineno, table)? {
        for _ in e.start..e.end {
            out.push(e.location);
        }
    }
    Ok(out)
}

/// `co_lines()`: `(start byte, end byte, line)` ranges, neighbours with the same line merged.
pub fn lines(firstlineno: i32, table: &[u8]) -> Result<Vec<(usize, usize, Option<i32>)>, LineTableError> {
    let mut out: Vec<(usize, usize, Option<i32>)> = Vec::new();
    for e in decode(firstlineno, table)? {
        let (start, end) = (e.start * 2, e.end * 2);
        match out.last_mut() {
            Some(last) if last.2 == e.location.line && last.1 == start => last.1 = end,
            _ => out.push((start, end, e.location.line)),
        }
    }
    Ok(out)
}
