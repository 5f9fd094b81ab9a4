//! `co_exceptiontable`: CPython 3.14's exception table, encoded as `assemble.c` writes it and
//! decoded as `dis` reads it.
//!
//! Each entry is four varints: start, size, target (all in code units) and
//! `depth << 1 | lasti`. A varint here is most significant chunk first, 6 bits a byte, bit 6 =
//! more follows, and bit 7 set on the first byte of each entry.

/// One handler range, in code units: instructions in `[start, end)` jump to `target` with the
/// stack cut to `depth` (and the offset of the raising instruction pushed when `lasti`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// Why an exception table could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExceptionTableError(pub String);

fn item(out: &mut Vec<u8>, value: u32, first: bool) {
    let mut msb: u8 = if first { 128 } else { 0 };
    for shift in [24u32, 18, 12, 6] {
        if value >= 1 << shift {
            out.push((((value >> shift) & 0x3f) as u8) | 64 | msb);
            msb = 0;
        }
    }
    out.push(((value & 0x3f) as u8) | msb);
}

/// Encodes entries in order.
pub fn encode(entries: &[ExceptionEntry]) -> Vec<u8> {
    let mut out = Vec::new();
    for e in entries {
        item(&mut out, e.start, true);
        item(&mut out, e.end.saturating_sub(e.start), false);
        item(&mut out, e.target, false);
        item(&mut out, (e.depth << 1) | u32::from(e.lasti), false);
    }
    out
}

/// Decodes a table.
pub fn decode(table: &[u8]) -> Result<Vec<ExceptionEntry>, ExceptionTableError> {
    let mut pos = 0;
    let read = |pos: &mut usize| -> Result<u32, ExceptionTableError> {
        let mut b = *table
            .get(*pos)
            .ok_or_else(|| ExceptionTableError("truncated exception table".into()))?;
        *pos += 1;
        let mut v = u32::from(b & 63);
        while b & 64 != 0 {
            b = *table
                .get(*pos)
                .ok_or_else(|| ExceptionTableError("truncated exception table".into()))?;
            *pos += 1;
            v = v
                .checked_shl(6)
                .ok_or_else(|| ExceptionTableError("varint too long".into()))?
                | u32::from(b & 63);
        }
        Ok(v)
    };
    let mut out = Vec::new();
    while pos < table.len() {
        let start = read(&mut pos)?;
        let size = read(&mut pos)?;
        let target = read(&mut pos)?;
        let dl = read(&mut pos)?;
        out.push(ExceptionEntry {
            start,
            end: start.saturating_add(size),
            target,
            depth: dl >> 1,
            lasti: dl & 1 != 0,
        });
    }
    Ok(out)
}
