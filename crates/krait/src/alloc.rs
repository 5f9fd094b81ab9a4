//! The process's allocator: mimalloc, called through its plain entry points.
//!
//! The parser allocates and frees many small nodes (backtracking drops whole subtrees) and
//! the VM allocates an object per boxed value, where glibc's allocator spent about a third
//! of the run. The `mimalloc` crate's wrapper sends every request through
//! `mi_malloc_aligned`, whose alignment checks cost about 30 instructions per allocation
//! on the VM's hot paths; nearly every Rust layout asks for at most 8-byte alignment, which
//! every mimalloc block already has, so those go to `mi_malloc`/`mi_realloc` directly.
//! Larger alignments keep the aligned entry points.

use libmimalloc_sys as mi;
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// Every mimalloc block is aligned to at least this (its smallest size class is one word).
const WORD_ALIGN: usize = 8;

pub struct Allocator;

// SAFETY: each method forwards to the mimalloc function with the matching contract; blocks
// from `mi_malloc` satisfy any alignment up to `WORD_ALIGN`, and all blocks are released by
// `mi_free`, which accepts both kinds.
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
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
            if layout.align() <= WORD_ALIGN {
                mi::mi_zalloc(layout.size()).cast()
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from one of this allocator's methods.
        unsafe { mi::mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from one of this allocator's methods with `layout`.
        unsafe {
            if layout.align() <= WORD_ALIGN {
                mi::mi_realloc(ptr.cast::<c_void>(), new_size).cast()
            } else {
                mi::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
            }
        }
    }
}
