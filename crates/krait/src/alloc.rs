//! The process's allocator: mimalloc, called through its plain entry points, behind a
//! per-thread cache of small freed blocks.
//!
//! The parser allocates and frees many small nodes (backtracking drops whole subtrees) and
//! the VM allocates an object per boxed value, where glibc's allocator spent about a third
//! of the run. The `mimalloc` crate's wrapper sends every request through
//! `mi_malloc_aligned`, whose alignment checks cost about 30 instructions per allocation
//! on the VM's hot paths; nearly every Rust layout asks for at most 8-byte alignment, which
//! every mimalloc block already has, so those go to `mi_malloc`/`mi_realloc` directly.
//! Larger alignments keep the aligned entry points.
//!
//! The cache is CPython's free lists made general. mimalloc frees a block onto its page's
//! `local_free` list and allocates from the page's `free` list, moving the one to the other
//! only in its slow path (`_mi_malloc_generic`, over 100 instructions); a loop that creates
//! and drops one object per turn takes that path on every allocation. So blocks of up to
//! `SMALL` bytes freed on a thread are kept, per size class (mimalloc's), on a short LIFO list
//! (the block's first word links it) and handed back by the next request of their class.
//! Every small request asks mimalloc for its class's full size, so any cached block fits
//! any request of its class; a full list, a thread without its cache (during its exit) and
//! larger blocks go to mimalloc as before.

use libmimalloc_sys as mi;
use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ffi::c_void;
use std::ptr;

/// The largest block the cache keeps, in bytes.
const SMALL: usize = 256;
/// The cache's size classes, in bytes: mimalloc's own bins up to `SMALL` (one per word up
/// to 64 bytes, then four per doubling), so rounding a request up to its class takes no
/// more memory than mimalloc would.
const CLASS_SIZES: [usize; CLASSES] = [8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256];
const CLASSES: usize = 16;
/// The class of a request of `w` words (1 to 32), indexed by `w`.
const CLASS_OF_WORDS: [u8; SMALL / WORD_ALIGN + 1] = {
    let mut t = [0u8; SMALL / WORD_ALIGN + 1];
    let mut w = 1;
    while w <= SMALL / WORD_ALIGN {
        let mut c = 0;
        while CLASS_SIZES[c] < w * WORD_ALIGN {
            c += 1;
        }
        t[w] = c as u8;
        w += 1;
    }
    t
};
/// How many freed blocks a class keeps.
const DEPTH: u32 = 32;

/// The freed blocks of each size class, linked through their first word.
struct Cache {
    heads: [*mut u8; CLASSES],
    counts: [u32; CLASSES],
}

impl Drop for Cache {
    fn drop(&mut self) {
        for head in &mut self.heads {
            while !head.is_null() {
                let block = *head;
                // SAFETY: a cached block is a live mimalloc block whose first word holds
                // the next block.
                unsafe {
                    *head = block.cast::<*mut u8>().read();
                    mi::mi_free(block.cast());
                }
            }
        }
    }
}

thread_local! {
    static CACHE: UnsafeCell<Cache> = const { UnsafeCell::new(Cache { heads: [ptr::null_mut(); CLASSES], counts: [0; CLASSES] }) };
}

/// The size class of a cacheable layout (at most `SMALL` bytes, word-aligned), if it is one.
#[inline]
fn class_of(size: usize, align: usize) -> Option<usize> {
    (size <= SMALL && align <= WORD_ALIGN).then(|| usize::from(CLASS_OF_WORDS[size.div_ceil(WORD_ALIGN)]))
}

/// A block of class `class` from this thread's cache, or a new one from mimalloc.
#[inline]
fn alloc_small(class: usize) -> *mut u8 {
    let cached = CACHE
        .try_with(|c| {
            // SAFETY: the cache is this thread's; nothing else holds a reference into it
            // while this runs (mimalloc never calls back into the Rust allocator).
            let c = unsafe { &mut *c.get() };
            let block = c.heads[class];
            if !block.is_null() {
                // SAFETY: a cached block's first word links the next one.
                c.heads[class] = unsafe { block.cast::<*mut u8>().read() };
                c.counts[class] -= 1;
            }
            block
        })
        .unwrap_or(ptr::null_mut());
    if !cached.is_null() {
        return cached;
    }
    // SAFETY: plain allocation of the class's full size.
    unsafe { mi::mi_malloc(CLASS_SIZES[class]).cast() }
}

/// Keeps `block`, of class `class`, in this thread's cache, or gives it back to mimalloc.
#[inline]
fn free_small(block: *mut u8, class: usize) {
    let kept = CACHE
        .try_with(|c| {
            // SAFETY: as in `alloc_small`.
            let c = unsafe { &mut *c.get() };
            if c.counts[class] >= DEPTH {
                return false;
            }
            // SAFETY: the block is at least one word and no longer used by its owner.
            unsafe { block.cast::<*mut u8>().write(c.heads[class]) };
            c.heads[class] = block;
            c.counts[class] += 1;
            true
        })
        .unwrap_or(false);
    if !kept {
        // SAFETY: `block` came from mimalloc.
        unsafe { mi::mi_free(block.cast()) }
    }
}

/// Every mimalloc block is aligned to at least this (its smallest size class is one word).
const WORD_ALIGN: usize = 8;

pub struct Allocator;

// SAFETY: each method forwards to the mimalloc function with the matching contract, or to
// the cache, which holds only mimalloc blocks of its classes' full sizes; blocks from
// `mi_malloc` satisfy any alignment up to `WORD_ALIGN`, and all blocks are released by
// `mi_free`, which accepts both kinds.
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if let Some(class) = class_of(layout.size(), layout.align()) {
            return alloc_small(class);
        }
        // SAFETY: see the impl's comment.
        unsafe {
            if layout.align() <= WORD_ALIGN {
                mi::mi_malloc(layout.size()).cast()
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl's comment.
        unsafe {
            if let Some(class) = class_of(layout.size(), layout.align()) {
                mi::mi_zalloc(CLASS_SIZES[class]).cast()
            } else if layout.align() <= WORD_ALIGN {
                mi::mi_zalloc(layout.size()).cast()
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if let Some(class) = class_of(layout.size(), layout.align()) {
            return free_small(ptr, class);
        }
        // SAFETY: `ptr` came from one of this allocator's methods.
        unsafe { mi::mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from one of this allocator's methods with `layout`.
        unsafe {
            if layout.align() <= WORD_ALIGN {
                // A small result is a block of its class's full size (it may be cached).
                let size = match class_of(new_size, layout.align()) {
                    Some(class) => CLASS_SIZES[class],
                    None => new_size,
                };
                mi::mi_realloc(ptr.cast::<c_void>(), size).cast()
            } else {
                mi::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
            }
        }
    }
}
