//! The running state of every hash object `hashes.rs` exposes: krait's own MD5/SHA-1/SHA-2
//! (`digest.rs`), SHA-3 and SHAKE (the RustCrypto `sha3` crate) and BLAKE2b/BLAKE2s with
//! CPython's parameters (`blake2b_simd`/`blake2s_simd`). Pure computation: names, sizes,
//! `update`, and the digest (of a requested length for the SHAKE XOFs) without consuming the
//! state.

use super::digest::{Algo, Digest};
use sha3::Digest as _;
use sha3::digest::{ExtendableOutput, Update, XofReader};

/// A SHA-3 family state.
#[derive(Clone)]
pub enum Sha3 {
    S224(sha3::Sha3_224),
    S256(sha3::Sha3_256),
    S384(sha3::Sha3_384),
    S512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
}

/// One hash object's state.
#[derive(Clone)]
pub enum Hasher {
    Classic(Digest),
    Sha3(Sha3),
    /// The state and its digest size.
    Blake2b(blake2b_simd::State, usize),
    Blake2s(blake2s_simd::State, usize),
}

impl Hasher {
    /// `hash.name` (also the Python type's name for SHA-3 and BLAKE2).
    pub fn name(&self) -> &'static str {
        match self {
            Hasher::Classic(d) => d.algo.name(),
            Hasher::Sha3(s) => match s {
                Sha3::S224(_) => "sha3_224",
                Sha3::S256(_) => "sha3_256",
                Sha3::S384(_) => "sha3_384",
                Sha3::S512(_) => "sha3_512",
                Sha3::Shake128(_) => "shake_128",
                Sha3::Shake256(_) => "shake_256",
            },
            Hasher::Blake2b(..) => "blake2b",
            Hasher::Blake2s(..) => "blake2s",
        }
    }

    /// `hash.digest_size` (0 for the SHAKE XOFs).
    pub fn digest_size(&self) -> usize {
        match self {
            Hasher::Classic(d) => d.algo.digest_size(),
            Hasher::Sha3(s) => match s {
                Sha3::S224(_) => 28,
                Sha3::S256(_) => 32,
                Sha3::S384(_) => 48,
                Sha3::S512(_) => 64,
                Sha3::Shake128(_) | Sha3::Shake256(_) => 0,
            },
            Hasher::Blake2b(_, n) | Hasher::Blake2s(_, n) => *n,
        }
    }

    /// `hash.block_size` (the sponge's rate for SHA-3).
    pub fn block_size(&self) -> usize {
        match self {
            Hasher::Classic(d) => d.algo.block_size(),
            Hasher::Sha3(s) => match s {
                Sha3::S224(_) => 144,
                Sha3::S256(_) | Sha3::Shake256(_) => 136,
                Sha3::S384(_) => 104,
                Sha3::S512(_) => 72,
                Sha3::Shake128(_) => 168,
            },
            Hasher::Blake2b(..) => 128,
            Hasher::Blake2s(..) => 64,
        }
    }

    /// Is this a SHAKE XOF (whose digest takes a length)?
    pub fn is_xof(&self) -> bool {
        matches!(self, Hasher::Sha3(Sha3::Shake128(_) | Sha3::Shake256(_)))
    }

    pub fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Classic(d) => d.update(data),
            Hasher::Sha3(s) => match s {
                Sha3::S224(h) => sha3::Digest::update(h, data),
                Sha3::S256(h) => sha3::Digest::update(h, data),
                Sha3::S384(h) => sha3::Digest::update(h, data),
                Sha3::S512(h) => sha3::Digest::update(h, data),
                Sha3::Shake128(h) => Update::update(h, data),
                Sha3::Shake256(h) => Update::update(h, data),
            },
            Hasher::Blake2b(h, _) => {
                h.update(data);
            }
            Hasher::Blake2s(h, _) => {
                h.update(data);
            }
        }
    }

    /// The digest so far (`length` bytes of a SHAKE XOF's output), the state left as it is.
    pub fn finish(&self, length: usize) -> Vec<u8> {
        fn xof(r: &mut impl XofReader, length: usize) -> Vec<u8> {
            let mut out = vec![0; length];
            r.read(&mut out);
            out
        }
        match self {
            Hasher::Classic(d) => d.finish(),
            Hasher::Sha3(s) => match s {
                Sha3::S224(h) => h.clone().finalize().to_vec(),
                Sha3::S256(h) => h.clone().finalize().to_vec(),
                Sha3::S384(h) => h.clone().finalize().to_vec(),
                Sha3::S512(h) => h.clone().finalize().to_vec(),
                Sha3::Shake128(h) => xof(&mut h.clone().finalize_xof(), length),
                Sha3::Shake256(h) => xof(&mut h.clone().finalize_xof(), length),
            },
            Hasher::Blake2b(h, _) => h.finalize().as_bytes().to_vec(),
            Hasher::Blake2s(h, _) => h.finalize().as_bytes().to_vec(),
        }
    }
}

/// A fresh state for one of the fixed algorithms (not BLAKE2, which takes parameters).
pub fn fresh(name: &str) -> Option<Hasher> {
    Some(match name {
        "md5" => Hasher::Classic(Digest::new(Algo::Md5)),
        "sha1" => Hasher::Classic(Digest::new(Algo::Sha1)),
        "sha224" => Hasher::Classic(Digest::new(Algo::Sha224)),
        "sha256" => Hasher::Classic(Digest::new(Algo::Sha256)),
        "sha384" => Hasher::Classic(Digest::new(Algo::Sha384)),
        "sha512" => Hasher::Classic(Digest::new(Algo::Sha512)),
        "sha3_224" => Hasher::Sha3(Sha3::S224(sha3::Sha3_224::new())),
        "sha3_256" => Hasher::Sha3(Sha3::S256(sha3::Sha3_256::new())),
        "sha3_384" => Hasher::Sha3(Sha3::S384(sha3::Sha3_384::new())),
        "sha3_512" => Hasher::Sha3(Sha3::S512(sha3::Sha3_512::new())),
        "shake_128" => Hasher::Sha3(Sha3::Shake128(sha3::Shake128::default())),
        "shake_256" => Hasher::Sha3(Sha3::Shake256(sha3::Shake256::default())),
        _ => return None,
    })
}

/// BLAKE2's parameters as CPython's `blake2b()`/`blake2s()` take them (already checked).
pub struct Blake2Params<'a> {
    pub digest_size: usize,
    pub key: &'a [u8],
    pub salt: &'a [u8],
    pub person: &'a [u8],
    pub fanout: u8,
    pub depth: u8,
    pub leaf_size: u32,
    pub node_offset: u64,
    pub node_depth: u8,
    pub inner_size: usize,
    pub last_node: bool,
}

/// BLAKE2b's (`wide`) or BLAKE2s's size limits in bytes: (salt and person, key, digest).
pub fn blake2_limits(wide: bool) -> (usize, usize, usize) {
    if wide { (16, 64, 64) } else { (8, 32, 32) }
}

/// A BLAKE2b (`wide`) or BLAKE2s state with the given parameters (within `blake2_limits`).
pub fn blake2(wide: bool, p: &Blake2Params) -> Hasher {
    // The two crates' parameter builders have the same methods but no common trait.
    macro_rules! configured {
        ($params:expr) => {{
            let mut b = $params;
            b.hash_length(p.digest_size)
                .key(p.key)
                .salt(p.salt)
                .personal(p.person)
                .fanout(p.fanout)
                .max_depth(p.depth)
                .max_leaf_length(p.leaf_size)
                .node_offset(p.node_offset)
                .node_depth(p.node_depth)
                .inner_hash_length(p.inner_size)
                .last_node(p.last_node);
            b.to_state()
        }};
    }
    if wide {
        Hasher::Blake2b(configured!(blake2b_simd::Params::new()), p.digest_size)
    } else {
        Hasher::Blake2s(configured!(blake2s_simd::Params::new()), p.digest_size)
    }
}
