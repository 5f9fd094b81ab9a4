//! The special-value tables of `cmath` (C99 Annex G's results for infinite and NaN
//! arguments): for each function a 7x7 grid indexed by the class of the real part (row) and
//! of the imaginary part (column), each class one of [`Class`]. Cells that finite arguments
//! reach never are [`UNUSED`].

use std::f64::consts::PI;

/// The class of a float, in the order of the tables' rows and columns.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Class {
    NegInf = 0,
    Neg = 1,
    NegZero = 2,
    PosZero = 3,
    Pos = 4,
    PosInf = 5,
    Nan = 6,
}

/// Which class `x` is in.
pub fn class(x: f64) -> Class {
    if x.is_nan() {
        Class::Nan
    } else if x.is_infinite() {
        if x > 0.0 { Class::PosInf } else { Class::NegInf }
    } else if x == 0.0 {
        if x.is_sign_positive() { Class::PosZero } else { Class::NegZero }
    } else if x > 0.0 {
        Class::Pos
    } else {
        Class::Neg
    }
}

pub type Table = [[(f64, f64); 7]; 7];

/// `table`'s value for `(re, im)`.
pub fn lookup(table: &Table, re: f64, im: f64) -> (f64, f64) {
    table[class(re) as usize][class(im) as usize]
}

const I: f64 = f64::INFINITY;
const M: f64 = f64::NEG_INFINITY;
const N: f64 = f64::NAN;
const Z: f64 = 0.0;
const NZ: f64 = -0.0;
const H: f64 = PI / 2.0;
const Q: f64 = PI / 4.0;
const T: f64 = 3.0 * PI / 4.0;
/// A cell no argument reaches (finite parts use the formulas).
pub const UNUSED: (f64, f64) = (f64::NAN, f64::NAN);
const X: (f64, f64) = UNUSED;

pub const ACOS: Table = [
    [(T, I), (PI, I), (PI, I), (PI, M), (PI, M), (T, M), (N, I)],
    [(H, I), X, X, X, X, (H, M), (N, N)],
    [(H, I), X, (H, Z), (H, NZ), X, (H, M), (H, N)],
    [(H, I), X, (H, Z), (H, NZ), X, (H, M), (H, N)],
    [(H, I), X, X, X, X, (H, M), (N, N)],
    [(Q, I), (Z, I), (Z, I), (Z, M), (Z, M), (Q, M), (N, I)],
    [(N, I), (N, N), (N, N), (N, N), (N, N), (N, M), (N, N)],
];

pub const ACOSH: Table = [
    [(I, -T), (I, -PI), (I, -PI), (I, PI), (I, PI), (I, T), (I, N)],
    [(I, -H), X, X, X, X, (I, H), (N, N)],
    [(I, -H), X, (Z, -H), (Z, H), X, (I, H), (N, H)],
    [(I, -H), X, (Z, -H), (Z, H), X, (I, H), (N, H)],
    [(I, -H), X, X, X, X, (I, H), (N, N)],
    [(I, -Q), (I, NZ), (I, NZ), (I, Z), (I, Z), (I, Q), (I, N)],
    [(I, N), (N, N), (N, N), (N, N), (N, N), (I, N), (N, N)],
];

pub const ASINH: Table = [
    [(M, -Q), (M, NZ), (M, NZ), (M, Z), (M, Z), (M, Q), (M, N)],
    [(M, -H), X, X, X, X, (M, H), (N, N)],
    [(M, -H), X, (NZ, NZ), (NZ, Z), X, (M, H), (N, N)],
    [(I, -H), X, (Z, NZ), (Z, Z), X, (I, H), (N, N)],
    [(I, -H), X, X, X, X, (I, H), (N, N)],
    [(I, -Q), (I, NZ), (I, NZ), (I, Z), (I, Z), (I, Q), (I, N)],
    [(I, N), (N, N), (N, NZ), (N, Z), (N, N), (I, N), (N, N)],
];

pub const ATANH: Table = [
    [(NZ, -H), (NZ, -H), (NZ, -H), (NZ, H), (NZ, H), (NZ, H), (NZ, N)],
    [(NZ, -H), X, X, X, X, (NZ, H), (N, N)],
    [(NZ, -H), X, (NZ, NZ), (NZ, Z), X, (NZ, H), (NZ, N)],
    [(Z, -H), X, (Z, NZ), (Z, Z), X, (Z, H), (Z, N)],
    [(Z, -H), X, X, X, X, (Z, H), (N, N)],
    [(Z, -H), (Z, -H), (Z, -H), (Z, H), (Z, H), (Z, H), (Z, N)],
    [(Z, -H), (N, N), (N, N), (N, N), (N, N), (Z, H), (N, N)],
];

pub const COSH: Table = [
    [(I, N), X, (I, Z), (I, NZ), X, (I, N), (I, N)],
    [(N, N), X, X, X, X, (N, N), (N, N)],
    [(N, Z), X, (1.0, Z), (1.0, NZ), X, (N, Z), (N, Z)],
    [(N, Z), X, (1.0, NZ), (1.0, Z), X, (N, Z), (N, Z)],
    [(N, N), X, X, X, X, (N, N), (N, N)],
    [(I, N), X, (I, NZ), (I, Z), X, (I, N), (I, N)],
    [(N, N), (N, N), (N, Z), (N, Z), (N, N), (N, N), (N, N)],
];

pub const EXP: Table = [
    [(Z, Z), X, (Z, NZ), (Z, Z), X, (Z, Z), (Z, Z)],
    [(N, N), X, X, X, X, (N, N), (N, N)],
    [(N, N), X, (1.0, NZ), (1.0, Z), X, (N, N), (N, N)],
    [(N, N), X, (1.0, NZ), (1.0, Z), X, (N, N), (N, N)],
    [(N, N), X, X, X, X, (N, N), (N, N)],
    [(I, N), X, (I, NZ), (I, Z), X, (I, N), (I, N)],
    [(N, N), (N, N), (N, NZ), (N, Z), (N, N), (N, N), (N, N)],
];

pub const LOG: Table = [
    [(I, -T), (I, -PI), (I, -PI), (I, PI), (I, PI), (I, T), (I, N)],
    [(I, -H), X, X, X, X, (I, H), (N, N)],
    [(I, -H), X, (M, -PI), (M, PI), X, (I, H), (N, N)],
    [(I, -H), X, (M, NZ), (M, Z), X, (I, H), (N, N)],
    [(I, -H), X, X, X, X, (I, H), (N, N)],
    [(I, -Q), (I, NZ), (I, NZ), (I, Z), (I, Z), (I, Q), (I, N)],
    [(I, N), (N, N), (N, N), (N, N), (N, N), (I, N), (N, N)],
];

pub const SINH: Table = [
    [(I, N), X, (M, NZ), (M, Z), X, (I, N), (I, N)],
    [(N, N), X, X, X, X, (N, N), (N, N)],
    [(Z, N), X, (NZ, NZ), (NZ, Z), X, (Z, N), (Z, N)],
    [(Z, N), X, (Z, NZ), (Z, Z), X, (Z, N), (Z, N)],
    [(N, N), X, X, X, X, (N, N), (N, N)],
    [(I, N), X, (I, NZ), (I, Z), X, (I, N), (I, N)],
    [(N, N), (N, N), (N, NZ), (N, Z), (N, N), (N, N), (N, N)],
];

pub const SQRT: Table = [
    [(I, M), (Z, M), (Z, M), (Z, I), (Z, I), (I, I), (N, I)],
    [(I, M), X, X, X, X, (I, I), (N, N)],
    [(I, M), X, (Z, NZ), (Z, Z), X, (I, I), (N, N)],
    [(I, M), X, (Z, NZ), (Z, Z), X, (I, I), (N, N)],
    [(I, M), X, X, X, X, (I, I), (N, N)],
    [(I, M), (I, NZ), (I, NZ), (I, Z), (I, Z), (I, I), (I, N)],
    [(I, M), (N, N), (N, N), (N, N), (N, N), (I, I), (N, N)],
];

pub const TANH: Table = [
    [(-1.0, Z), X, (-1.0, NZ), (-1.0, Z), X, (-1.0, Z), (-1.0, Z)],
    [(N, N), X, X, X, X, (N, N), (N, N)],
    [(NZ, N), X, (NZ, NZ), (NZ, Z), X, (NZ, N), (NZ, N)],
    [(Z, N), X, (Z, NZ), (Z, Z), X, (Z, N), (Z, N)],
    [(N, N), X, X, X, X, (N, N), (N, N)],
    [(1.0, Z), X, (1.0, NZ), (1.0, Z), X, (1.0, Z), (1.0, Z)],
    [(N, N), (N, N), (N, NZ), (N, Z), (N, N), (N, N), (N, N)],
];

/// `rect(r, phi)` (not in C99: exp(log(r) + i*phi) in spirit, sign-mirrored for negative r).
pub const RECT: Table = [
    [(I, N), X, (M, Z), (M, NZ), X, (I, N), (I, N)],
    [(N, N), X, X, X, X, (N, N), (N, N)],
    [(Z, Z), X, (NZ, Z), (NZ, NZ), X, (Z, Z), (Z, Z)],
    [(Z, Z), X, (Z, NZ), (Z, Z), X, (Z, Z), (Z, Z)],
    [(N, N), X, X, X, X, (N, N), (N, N)],
    [(I, N), X, (I, NZ), (I, Z), X, (I, N), (I, N)],
    [(N, N), (N, N), (N, Z), (N, Z), (N, N), (N, N), (N, N)],
];
