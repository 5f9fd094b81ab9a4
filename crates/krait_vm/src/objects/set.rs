//! `set`: elements stored in insertion order (a dict with None values); iteration follows
//! the slot order CPython's open-addressing table would give for the same insertions, so
//! sets of numbers print as CPython prints them. (Removals leave dummies in CPython's
//! table, which this model does not replay yet.)

use crate::objects::dict::{Dict, hash_key};
use crate::value::Value;

/// The elements of a set storage in CPython's iteration order.
pub fn iteration_order(d: &Dict) -> Vec<Value> {
    const LINEAR_PROBES: usize = 9;
    const PERTURB_SHIFT: u32 = 5;
    let items: Vec<Value> = d.iter().map(|(k, _)| k.clone()).collect();
    let hashes: Vec<u64> = items.iter().map(|k| hash_key(k).unwrap_or(0)).collect();
    let mut table: Vec<Option<usize>> = vec![None; 8];
    let place = |table: &mut Vec<Option<usize>>, idx: usize, hash: u64| {
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
    let mut fill = 0usize;
    for (idx, &hash) in hashes.iter().enumerate() {
        place(&mut table, idx, hash);
        fill += 1;
        let mask = table.len() - 1;
        if fill * 5 >= mask * 3 {
            let minused = if fill > 50000 { fill * 2 } else { fill * 4 };
            let mut size = 8;
            while size <= minused {
                size <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; size]);
            for i in old.into_iter().flatten() {
                place(&mut table, i, hashes[i]);
            }
        }
    }
    table.into_iter().flatten().map(|i| items[i].clone()).collect()
}
