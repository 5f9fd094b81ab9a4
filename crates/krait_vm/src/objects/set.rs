//! `set`: elements stored in insertion order (a dict with None values); iteration follows
//! the slot order CPython's open-addressing table would give for the same insertions, so
//! sets of numbers print as CPython prints them. (Removals leave dummies in CPython's
//! table, which this model does not replay yet.)

use crate::objects::dict::Dict;
use crate::value::Value;

/// Recently computed iteration orders, by the storage's [`Dict::keys_version`] (which names
/// one set of keys of one dict: it changes whenever a key is added or removed): a set
/// iterated again unchanged, such as a frozenset of constants in a loop, skips the replay.
/// The orders are entry positions, not elements, so the cache keeps no object alive.
const ORDER_SLOTS: usize = 64;

thread_local! {
    static ORDERS: std::cell::RefCell<Vec<(u64, std::rc::Rc<[u32]>)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The elements of a set storage in CPython's iteration order.
pub fn iteration_order(d: &Dict) -> Vec<Value> {
    if d.len() <= 1 {
        return d.iter().map(|(k, _)| k.clone()).collect();
    }
    let version = d.keys_version();
    let slot = (version as usize) % ORDER_SLOTS;
    let cached = ORDERS.with(|c| c.borrow().get(slot).filter(|e| e.0 == version).map(|e| e.1.clone()));
    let order = match cached {
        Some(order) => order,
        None => {
            let order: std::rc::Rc<[u32]> = replay(d).into();
            ORDERS.with(|c| {
                let mut c = c.borrow_mut();
                if c.is_empty() {
                    c.resize(ORDER_SLOTS, (0, std::rc::Rc::from([])));
                }
                c[slot] = (version, order.clone());
            });
            order
        }
    };
    order.iter().filter_map(|&p| d.key_at(p as usize).cloned()).collect()
}

/// The entry positions of `d` in the order CPython's table would hold them after inserting
/// the keys in insertion order.
fn replay(d: &Dict) -> Vec<u32> {
    const LINEAR_PROBES: usize = 9;
    const PERTURB_SHIFT: u32 = 5;
    let (positions, hashes): (Vec<u32>, Vec<u64>) = d.iter_hashed().map(|(p, h, _)| (p as u32, h)).unzip();
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
    table.into_iter().flatten().map(|i| positions[i]).collect()
}
