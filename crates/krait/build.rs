//! Link options for the `krait` binary, both for a fast start (see tools/startup/order.py).
//!
//! - `-no-pie`: a position-independent executable is relocated at every start; the
//!   dynamic loader rewrote 180 KB of tables of pointers (method tables, vtables), about a
//!   third of a millisecond and 45 private pages. Linked at a fixed address, they are
//!   ready in the file.
//! - `--symbol-ordering-file`: the functions a start runs are placed together, so the
//!   kernel maps under 1 MB of machine code instead of most of the 5 MB.
//!
//! Both only where the toolchain links with LLD (Rust's default on x86-64 Linux).

fn main() {
    println!("cargo:rerun-if-changed=startup-order.txt");
    if std::env::var("TARGET").as_deref() != Ok("x86_64-unknown-linux-gnu") {
        return;
    }
    let Ok(dir) = std::env::var("CARGO_MANIFEST_DIR") else { return };
    println!("cargo:rustc-link-arg-bin=krait=-no-pie");
    println!("cargo:rustc-link-arg-bin=krait=-Wl,--symbol-ordering-file={dir}/startup-order.txt");
    println!("cargo:rustc-link-arg-bin=krait=-Wl,--no-warn-symbol-ordering");
}
