//! `hash()` of constants as CPython computes it, and the iteration order of a frozenset built
//! from them (which `dis` shows and which depends on those hashes).
//!
//! str and bytes hash with SipHash-1-3 keyed from `PYTHONHASHSEED` as
//! `Python/bootstrap_hash.c` derives the key (seed 0: all-zero key; otherwise 24 bytes of
//! the seed's LCG stream, k0 and k1 little-endian from the first 16); a str hashes the bytes
//! of its internal representation (1, 2 or 4 bytes per code point by its widest character).
//! Ints, floats, complex and tuples follow CPython's numeric and xxHash-based tuple hashes.
//! Both 64-bit CPython and the oracle's 32-bit wasm build (FNV string hash, 32-bit `Py_hash_t`,
//! modulus 2**31 - 1, `sys.hash_info.algorithm == 'fnv'`) are modelled.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use crate::constant::{Constant, PyStr};

/// The width of `Py_hash_t` on the modelled build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HashWidth {
    /// 64-bit CPython (`sys.hash_info.width == 64`).
    Bits64,
    /// 32-bit CPython, such as the pyodide oracle.
    Bits32,
}

impl HashWidth {
    fn bits(self) -> u32 {
        match self {
            HashWidth::Bits64 => 61,
            HashWidth::Bits32 => 31,
        }
    }
    fn mask(self) -> u64 {
        match self {
            HashWidth::Bits64 => u64::MAX,
            HashWidth::Bits32 => u64::from(u32::MAX),
        }
    }
    fn modulus(self) -> u64 {
        (1u64 << self.bits()) - 1
    }
    /// Sign-extends a value of this width to i64.
    fn signed(self, x: u64) -> i64 {
        match self {
            HashWidth::Bits64 => x as i64,
            HashWidth::Bits32 => i64::from(x as u32 as i32),
        }
    }
}

/// The SipHash key CPython uses for a `PYTHONHASHSEED` value.
pub fn siphash_key(seed: u32) -> (u64, u64) {
    if seed == 0 {
        return (0, 0);
    }
    let mut secret = [0u8; 24];
    let mut x: u32 = seed;
    for b in secret.iter_mut() {
        x = x.wrapping_mul(214013).wrapping_add(2531011);
        *b = ((x >> 16) & 0xff) as u8;
    }
    let mut k0 = [0u8; 8];
    let mut k1 = [0u8; 8];
    k0.copy_from_slice(&secret[0..8]);
    k1.copy_from_slice(&secret[8..16]);
    (u64::from_le_bytes(k0), u64::from_le_bytes(k1))
}

/// SipHash-1-3 with CPython's finalisation.
pub fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f_6d65_7073_6575;
    let mut v1 = k1 ^ 0x646f_7261_6e64_6f6d;
    let mut v2 = k0 ^ 0x6c79_6765_6e65_7261;
    let mut v3 = k1 ^ 0x7465_6462_7974_6573;
    let round = |v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64| {
        *v0 = v0.wrapping_add(*v1);
        *v2 = v2.wrapping_add(*v3);
        *v1 = v1.rotate_left(13) ^ *v0;
        *v3 = v3.rotate_left(16) ^ *v2;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v1);
        *v0 = v0.wrapping_add(*v3);
        *v1 = v1.rotate_left(17) ^ *v2;
        *v3 = v3.rotate_left(21) ^ *v0;
        *v2 = v2.rotate_left(32);
    };
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let mut a = [0u8; 8];
        a.copy_from_slice(chunk);
        let m = u64::from_le_bytes(a);
        v3 ^= m;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= m;
    }
    let mut tail = [0u8; 8];
    let rest = chunks.remainder();
    tail[..rest.len()].copy_from_slice(rest);
    let b = ((data.len() as u64) << 56) | u64::from_le_bytes(tail);
    v3 ^= b;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= b;
    v2 ^= 0xff;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    (v0 ^ v1) ^ (v2 ^ v3)
}

/// CPython's 32-bit FNV string hash (`Py_HASH_ALGORITHM == Py_HASH_FNV`, the pyodide
/// build's algorithm) with the zero prefix/suffix of `PYTHONHASHSEED=0`.
pub fn fnv32(data: &[u8]) -> u32 {
    const MULTIPLIER: u32 = 1_000_003;
    let Some(&first) = data.first() else { return 0 };
    let mut remainder = data.len() % 4;
    if remainder == 0 {
        remainder = 4;
    }
    let blocks = (data.len() - remainder) / 4;
    let mut x: u32 = u32::from(first) << 7;
    for block in data[..blocks * 4].chunks_exact(4) {
        let v = u32::from_le_bytes([block[0], block[1], block[2], block[3]]);
        x = MULTIPLIER.wrapping_mul(x) ^ v;
    }
    for &b in &data[blocks * 4..] {
        x = MULTIPLIER.wrapping_mul(x) ^ u32::from(b);
    }
    x ^= data.len() as u32;
    if x == u32::MAX { u32::MAX - 1 } else { x }
}

/// Hashes of str/bytes/numbers/tuples for one build and seed: 64-bit builds hash str/bytes
/// with SipHash-1-3, the 32-bit (pyodide) build with FNV (seed 0 only).
#[derive(Clone, Copy, Debug)]
pub struct Hasher {
    pub width: HashWidth,
    pub k0: u64,
    pub k1: u64,
}

impl Hasher {
    /// The hasher of a build with `PYTHONHASHSEED=seed`.
    pub fn new(width: HashWidth, seed: u32) -> Hasher {
        let (k0, k1) = siphash_key(seed);
        Hasher { width, k0, k1 }
    }

    fn fix(&self, x: u64) -> i64 {
        let v = self.width.signed(x & self.width.mask());
        if v == -1 { -2 } else { v }
    }

    /// `hash(b)` for bytes.
    pub fn bytes(&self, data: &[u8]) -> i64 {
        if data.is_empty() {
            return 0;
        }
        match self.width {
            HashWidth::Bits64 => self.fix(siphash13(self.k0, self.k1, data)),
            HashWidth::Bits32 => self.fix(u64::from(fnv32(data))),
        }
    }

    /// `hash(s)` for str.
    pub fn str(&self, s: &PyStr) -> i64 {
        let points = s.code_points();
        let max = points.iter().copied().max().unwrap_or(0);
        let data: Vec<u8> = if max < 0x100 {
            points.iter().map(|&c| c as u8).collect()
        } else if max < 0x10000 {
            points.iter().flat_map(|&c| (c as u16).to_le_bytes()).collect()
        } else {
            points.iter().flat_map(|&c| c.to_le_bytes()).collect()
        };
        self.bytes(&data)
    }

    /// `hash(n)` for int.
    pub fn int(&self, n: &BigInt) -> i64 {
        let p = BigInt::from(self.width.modulus());
        let (sign, mag) = (n.sign(), n.magnitude());
        let r = (BigInt::from(mag.clone()) % &p).to_i64().unwrap_or(0);
        let v = if sign == Sign::Minus { -r } else { r };
        if v == -1 { -2 } else { v }
    }

    /// `hash(x)` for float (a NaN hashes by identity in CPython: `None` here).
    pub fn float(&self, v: f64) -> Option<i64> {
        if v.is_nan() {
            return None;
        }
        if v.is_infinite() {
            return Some(if v > 0.0 { 314159 } else { -314159 });
        }
        let bits = self.width.bits();
        let modulus = self.width.modulus();
        let (mut m, mut e) = frexp(v);
        let mut sign: i64 = 1;
        if m < 0.0 {
            sign = -1;
            m = -m;
        }
        let mut x: u64 = 0;
        while m != 0.0 {
            x = ((x << 28) & modulus) | (x >> (bits - 28));
            m *= 268_435_456.0;
            e -= 28;
            let y = m as u64;
            m -= y as f64;
            x += y;
            if x >= modulus {
                x -= modulus;
            }
        }
        let bits_i = bits as i32;
        let e = if e >= 0 {
            e % bits_i
        } else {
            bits_i - 1 - ((-1 - e) % bits_i)
        } as u32;
        x = ((x << e) & modulus) | (x >> (bits - e));
        let x = (x as i64).wrapping_mul(sign) as u64;
        Some(self.fix(x))
    }

    /// `hash(value)` where CPython's is deterministic; `None` for identity-hashed values.
    pub fn constant(&self, value: &Constant) -> Option<i64> {
        let mask = self.width.mask();
        Some(match value {
            Constant::Bool(b) => i64::from(*b),
            Constant::Int(n) => self.int(n),
            Constant::Float(f) => self.float(*f)?,
            Constant::Complex { real, imag } => {
                let r = self.float(*real)? as u64;
                let i = self.float(*imag)? as u64;
                self.fix(r.wrapping_add(i.wrapping_mul(1_000_003)))
            }
            Constant::Str(s) => self.str(s),
            Constant::Bytes(b) => self.bytes(b),
            Constant::None => self.fix(0xFCA8_6420),
            Constant::Tuple(items) => {
                let (p1, p2, p5, rot): (u64, u64, u64, u32) = match self.width {
                    HashWidth::Bits64 => (
                        11_400_714_785_074_694_791,
                        14_029_467_366_897_019_727,
                        2_870_177_450_012_600_261,
                        31,
                    ),
                    HashWidth::Bits32 => (2_654_435_761, 2_246_822_519, 374_761_393, 13),
                };
                let width_bits = if self.width == HashWidth::Bits64 { 64 } else { 32 };
                let mut acc = p5;
                for item in items {
                    let lane = (self.constant(item)? as u64) & mask;
                    acc = acc.wrapping_add(lane.wrapping_mul(p2)) & mask;
                    acc = ((acc << rot) | (acc >> (width_bits - rot))) & mask;
                    acc = acc.wrapping_mul(p1) & mask;
                }
                acc = acc.wrapping_add((items.len() as u64) ^ (p5 ^ 3_527_539)) & mask;
                if acc == mask {
                    return Some(1_546_275_796);
                }
                self.width.signed(acc)
            }
            _ => return None,
        })
    }
}

fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * f64::from_bits(0x4350_0000_0000_0000));
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// The order a CPython set iterates `items` after inserting them in this order (duplicates
/// must already be removed). `None` when some element's hash is not deterministic.
pub fn set_order(hasher: &Hasher, items: &[Constant]) -> Option<Vec<Constant>> {
    const LINEAR_PROBES: usize = 9;
    const PERTURB_SHIFT: u32 = 5;
    let mask_bits = hasher.width.mask();
    let hashes: Vec<u64> = items
        .iter()
        .map(|c| hasher.constant(c).map(|h| (h as u64) & mask_bits))
        .collect::<Option<_>>()?;
    let mut table: Vec<Option<usize>> = vec![None; 8];
    let mut fill = 0usize;
    let insert = |table: &mut Vec<Option<usize>>, idx: usize, hash: u64| {
        let mask = table.len() - 1;
        let mut perturb = hash;
        let mut i = (hash as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for k in 0..=probes {
                if table[i + k].is_none() {
                    table[i + k] = Some(idx);
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    };
    for (idx, &hash) in hashes.iter().enumerate() {
        insert(&mut table, idx, hash);
        fill += 1;
        let mask = table.len() - 1;
        if fill * 5 >= mask * 3 {
            let used = fill;
            let minused = if used > 50000 { used * 2 } else { used * 4 };
            let mut newsize = 8;
            while newsize <= minused {
                newsize <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; newsize]);
            for i in old.into_iter().flatten() {
                insert(&mut table, i, hashes[i]);
            }
        }
    }
    Some(table.into_iter().flatten().map(|i| items[i].clone()).collect())
}

/// Frozenset iteration order in the oracle (32-bit, `PYTHONHASHSEED=0`), for elements given
/// in marshal order; the stored order when a hash is not deterministic.
pub fn frozenset_order_wasm32(items: &[Constant]) -> Vec<Constant> {
    let hasher = Hasher::new(HashWidth::Bits32, 0);
    set_order(&hasher, items).unwrap_or_else(|| items.to_vec())
}
