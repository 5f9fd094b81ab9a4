//! Generators: a suspended frame with its own copy of its locals and value stack, resumed
//! by `next()`/`send()` on top of the VM's stack and saved again at each `yield`.

use crate::interp::Frame;
use crate::value::Value;

/// A generator's state.
#[derive(Debug)]
pub struct GenState {
    /// The suspended frame (`base` is 0 while saved); None while running or when finished.
    pub frame: Option<Frame>,
    /// The frame's localsplus and value stack while suspended.
    pub saved: Vec<Value>,
    pub running: bool,
    /// Has it been resumed at least once (a just-started generator accepts only None)?
    pub started: bool,
    pub qualname: String,
}
