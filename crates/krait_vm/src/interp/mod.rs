//! The interpreter: the VM state (value stack, frames, the built-in types), running a module,
//! and the pieces of the loop in one file per family.
//!
//! Frames live in one contiguous value stack (`Vm::stack`): a frame's locals, cells and free
//! variables start at its `base`, its evaluation stack follows. Python-to-Python calls push
//! a `Frame` record and continue in the same loop; only calls from Rust code back into
//! Python (a user `__repr__` called by `print`) recurse, and count against the limit.

pub mod attr;
pub mod attr_cache;
pub(crate) mod bind;
pub mod call;
pub mod class_assign;
pub mod classes;
pub mod consume;
pub mod coroutines;
pub mod decode;
pub mod eval;
pub mod exceptions;
pub mod finalize;
pub mod generators;
pub mod hashing;
pub mod ops;
pub(crate) mod quick;
pub mod traceback;
pub mod types;

use crate::heap::Payload;
use crate::objects::dict::Dict;
use crate::objects::function::CodeInfo;
use crate::value::{ObjRef, Value};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

pub use types::Types;

/// A raised exception (an exception instance).
#[derive(Debug, Clone)]
pub struct PyErr(pub Value);

/// The result of Python-level operations.
pub type PyResult = Result<Value, PyErr>;

/// What happens to a frame's return value.
#[derive(Debug)]
pub enum OnReturn {
    /// Push it on the caller's stack.
    Push,
    /// `cls(...)` ran `__init__`: it must return None, and the instance is the result.
    Init(Value),
    /// A generator resumed in the loop by the caller's `FOR_ITER` (see `eval.rs`): its return
    /// ends the caller's loop, which continues at this byte offset (past `END_FOR`); a yield
    /// pushes the value on the caller's stack.
    GenFor(usize),
    /// A generator resumed in the loop by the caller's `next(generator)` call
    /// (`Vm::enter_generator_call`): a yield pushes the value on the caller's stack as the call's
    /// result; its return raises StopIteration with the value at the call.
    GenNext,
    /// Likewise for `next(generator, default)`: its return gives the default as the call's
    /// result.
    GenNextOr(Value),
    /// A generator drained by a built-in called in the caller (`sum(x for x in xs)`, see
    /// `interp::consume`): a yield hands the value to the consumer and the generator goes on;
    /// its return finishes the consumer, whose result goes on the caller's stack.
    Consume(Box<consume::Consumer>),
    /// A binary operator's method (BINARY_OP's oparg) ran as a frame: the operands sit on
    /// the caller's stack; NotImplemented goes on with the rest of the operation.
    Binary(u32),
    /// A rich comparison's method (COMPARE_OP's oparg, with its to-bool bit) ran as a frame,
    /// likewise.
    Compare(u32),
}

/// One executing call.
#[derive(Debug)]
pub struct Frame {
    pub code: Rc<CodeInfo>,
    /// Byte offset of the next instruction.
    pub pc: usize,
    /// Byte offset of the instruction executing (for tracebacks and handlers).
    pub lasti: usize,
    /// Index of localsplus[0] in the value stack.
    pub base: usize,
    /// Stack height to restore when the frame returns.
    pub ret_sp: usize,
    pub globals: Value,
    /// The locals dict of module and class bodies.
    pub locals: Option<Value>,
    pub func: Option<Value>,
    pub on_return: OnReturn,
    /// Frames below this one belong to a Rust caller: returning from here leaves the loop.
    pub entry: bool,
    /// The generator this frame runs in, if any.
    pub generator: Option<Value>,
}

/// Where `print` writes: the process's standard output, or a buffer (tests, conformance).
/// A zero-capacity buffer is the unbuffered stream (`-u`, or a terminal): each write goes
/// straight out.
#[derive(Debug)]
pub enum Output {
    Stdout(std::io::BufWriter<std::io::Stdout>),
    Capture(Vec<u8>),
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Output::Stdout(w) if w.capacity() == 0 => {
                let n = w.write(buf)?;
                w.flush()?;
                Ok(n)
            }
            Output::Stdout(w) => w.write(buf),
            Output::Capture(v) => v.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Output::Stdout(w) => w.flush(),
            Output::Capture(_) => Ok(()),
        }
    }
}

/// The virtual machine.
pub struct Vm {
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    pub types: Types,
    pub builtins: Value,
    /// The exception being handled (`sys.exception()`), None when none.
    pub handled: Value,
    pub out: Output,
    pub recursion_limit: usize,
    /// Depth of Rust-level recursion into the loop.
    pub native_depth: usize,
    /// Set when the loop left a generator frame by `yield` (not by `return`).
    pub yielded: bool,
    /// The importer: `sys.modules`, the `sys` module, the run's configuration.
    pub import: crate::import::ImportState,
    /// `sys.stdout` and `sys.stderr` (accepted by `print(file=...)`).
    pub stdout_marker: Value,
    pub stderr_marker: Value,
    /// What was written to sys.stderr (printed before a traceback).
    pub err_out: Vec<u8>,
}

impl std::fmt::Debug for Vm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vm").field("frames", &self.frames.len()).finish()
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

impl Vm {
    /// Pushes a frame record, built in place: `Vec::push` of the 128-byte record went through
    /// an out-of-line call and a copy on every Python call.
    #[inline(always)]
    pub(crate) fn push_frame_record(&mut self, frame: Frame) {
        if self.frames.len() == self.frames.capacity() {
            self.frames.reserve(16);
        }
        // SAFETY: capacity exceeds the length, so the slot past the end is writable and unused.
        unsafe {
            let len = self.frames.len();
            self.frames.as_mut_ptr().add(len).write(frame);
            self.frames.set_len(len + 1);
        }
    }

    /// Pushes the record of a Python call's frame (no locals dict, no generator), writing
    /// each field in place: a record built in a temporary and then copied was read back
    /// with vector loads right after its word stores, which stalls store forwarding.
    #[inline(always)]
    pub(crate) fn push_call_frame(&mut self, code: Rc<CodeInfo>, base: usize, ret_sp: usize, globals: Value, func: Value, on_return: OnReturn) {
        if self.frames.len() == self.frames.capacity() {
            self.frames.reserve(16);
        }
        // SAFETY: capacity exceeds the length, so the slot past the end is writable and
        // unused; every field is written before the length covers it.
        unsafe {
            let len = self.frames.len();
            let f = self.frames.as_mut_ptr().add(len);
            // A function's code starts with RESUME (after any MAKE_CELL/COPY_FREE_VARS),
            // which does nothing in krait: a call starting there starts after it.
            let entry = match code.exec.first() {
                Some(i) if u16::from(i.op) == krait_bytecode::opcode::op::RESUME => usize::from(i.len),
                _ => 0,
            };
            std::ptr::addr_of_mut!((*f).code).write(code);
            std::ptr::addr_of_mut!((*f).pc).write(entry);
            std::ptr::addr_of_mut!((*f).lasti).write(0);
            std::ptr::addr_of_mut!((*f).base).write(base);
            std::ptr::addr_of_mut!((*f).ret_sp).write(ret_sp);
            globals.write_words(std::ptr::addr_of_mut!((*f).globals));
            std::ptr::addr_of_mut!((*f).locals).write(None);
            std::ptr::addr_of_mut!((*f).func).write(Some(func));
            std::ptr::addr_of_mut!((*f).on_return).write(on_return);
            std::ptr::addr_of_mut!((*f).entry).write(false);
            std::ptr::addr_of_mut!((*f).generator).write(None);
            self.frames.set_len(len + 1);
        }
    }

    /// Removes the top frame record, known to return to a CALL of this loop (`on_return` is
    /// `Push`, no generator), dropping its owned fields in place.
    #[inline(always)]
    pub(crate) fn pop_plain_frame(&mut self) {
        let n = self.frames.len() - 1;
        // SAFETY: record `n` is initialized; the length drops below it first, then each
        // owned field is read out once. `on_return` (`Push`) and `generator` (`None`) own
        // nothing, as the caller checked; the rest hold no owned data.
        unsafe {
            self.frames.set_len(n);
            let f = self.frames.as_mut_ptr().add(n);
            drop(std::ptr::read(std::ptr::addr_of!((*f).code)));
            drop(std::ptr::read(std::ptr::addr_of!((*f).globals)));
            drop(std::ptr::read(std::ptr::addr_of!((*f).locals)));
            drop(std::ptr::read(std::ptr::addr_of!((*f).func)));
        }
    }

    pub fn new() -> Vm {
        let types = Types::new();
        let import = crate::import::ImportState::new(&types.object);
        let mut vm = Vm {
            stack: Vec::with_capacity(1024),
            frames: Vec::new(),
            types,
            builtins: Value::None,
            handled: Value::None,
            out: Output::Stdout(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout())),
            recursion_limit: 1000,
            native_depth: 0,
            yielded: false,
            import,
            stdout_marker: Value::None,
            stderr_marker: Value::None,
            err_out: Vec::new(),
        };
        vm.stdout_marker = vm.new_instance(&vm.types.object.clone());
        vm.stderr_marker = vm.new_instance(&vm.types.object.clone());
        vm.builtins = crate::builtins::make_builtins(&vm);
        crate::builtins::slots::install(&mut vm);
        crate::builtins::oserror::install(&mut vm);
        crate::builtins::codec::install(&mut vm);
        vm
    }

    /// A new dict value.
    pub fn new_dict(&self) -> Value {
        Value::new_obj(Payload::Dict(RefCell::new(Dict::new())))
    }

    /// Creates an exception of the built-in class `name` with one message argument.
    pub fn error(&self, name: &str, msg: impl Into<String>) -> PyErr {
        let class = self.types.exception(name);
        PyErr(exceptions::new_exception(class, vec![Value::str(msg.into())]))
    }

    /// `TypeError(msg)`.
    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("TypeError", msg)
    }

    /// Flushes buffered standard output.
    pub fn flush(&mut self) {
        let _ = self.out.flush();
    }

    /// Runs a module's code object as `__main__`; the uncaught exception, if any.
    pub fn run_main(&mut self, code: Rc<CodeInfo>) -> Result<(), PyErr> {
        let globals = self.new_dict();
        if let Some(Payload::Dict(d)) = globals.payload() {
            let mut d = d.borrow_mut();
            d.set_str("__name__", Value::str("__main__"));
            d.set_str("__builtins__", self.builtins.clone());
            d.set_str("__file__", Value::str(code.filename.clone()));
            d.set_str("__doc__", Value::None);
        }
        let r = self.run_code(code, globals.clone(), Some(globals)).map(|_| ());
        self.run_pending_finalizers();
        r
    }

    /// Runs a code object with the given globals and locals dict (module or class body).
    pub fn run_code(&mut self, code: Rc<CodeInfo>, globals: Value, locals: Option<Value>) -> PyResult {
        let base = self.stack.len();
        for _ in 0..code.localsplusnames.len() {
            self.stack.push(Value::Null);
        }
        self.frames.push(Frame {
            code,
            pc: 0,
            lasti: 0,
            base,
            ret_sp: base,
            globals,
            locals,
            func: None,
            on_return: OnReturn::Push,
            entry: true,
            generator: None,
        });
        self.execute()
    }

    /// The stack of Rust frames: counts toward the recursion limit.
    pub fn depth(&self) -> usize {
        self.frames.len() + self.native_depth
    }
}

/// A growable buffer of values that `move_slots` can fill: the value stack, a generator's
/// save vector, or a built-in call's inline argument vector.
pub(crate) trait SlotBuf {
    fn reserve(&mut self, n: usize);
    fn len(&self) -> usize;
    fn as_mut_ptr(&mut self) -> *mut Value;
    /// # Safety
    /// As `Vec::set_len`.
    unsafe fn set_len(&mut self, n: usize);
}

impl SlotBuf for Vec<Value> {
    fn reserve(&mut self, n: usize) {
        Vec::reserve(self, n)
    }
    fn len(&self) -> usize {
        Vec::len(self)
    }
    fn as_mut_ptr(&mut self) -> *mut Value {
        Vec::as_mut_ptr(self)
    }
    unsafe fn set_len(&mut self, n: usize) {
        // SAFETY: the caller's promise.
        unsafe { Vec::set_len(self, n) }
    }
}

impl SlotBuf for crate::objects::function::Args {
    fn reserve(&mut self, n: usize) {
        crate::objects::function::Args::reserve(self, n)
    }
    fn len(&self) -> usize {
        crate::objects::function::Args::len(self)
    }
    fn as_mut_ptr(&mut self) -> *mut Value {
        crate::objects::function::Args::as_mut_ptr(self)
    }
    unsafe fn set_len(&mut self, n: usize) {
        // SAFETY: the caller's promise.
        unsafe { crate::objects::function::Args::set_len(self, n) }
    }
}

/// Pushes `v` onto a value stack, writing it as two words (see `Value::write_words`).
#[inline(always)]
pub(crate) fn push_value(stack: &mut Vec<Value>, v: Value) {
    let len = stack.len();
    if len == stack.capacity() {
        stack.reserve(1);
    }
    // SAFETY: capacity exceeds `len`, so slot `len` is writable and unused.
    unsafe {
        v.write_words(stack.as_mut_ptr().add(len));
        stack.set_len(len + 1);
    }
}

/// Moves `src[from..]` to the end of `dst` (a generator's slots between the value stack and
/// its save vector, or a call's arguments): no reference counts change, nothing is
/// allocated once `dst` has the capacity, no vector load reads slots just written by word
/// stores, and the slots written are whole 16-byte stores (see `Value::move_words`).
#[inline(always)]
pub(crate) fn move_slots(src: &mut Vec<Value>, from: usize, dst: &mut impl SlotBuf) {
    let from = from.min(src.len());
    let n = src.len() - from;
    dst.reserve(n);
    let at = dst.len();
    // SAFETY: `src[from..]` holds `n` values and `dst` has room for `n` more past `at`; the
    // values are moved (the source length drops below them before anything can observe them).
    unsafe {
        src.set_len(from);
        let s = src.as_ptr().add(from);
        let d = dst.as_mut_ptr().add(at);
        for i in 0..n {
            Value::move_words(s.add(i), d.add(i));
        }
        dst.set_len(at + n);
    }
}

/// The `ObjRef` of a value known to be an object (for the type table).
pub fn obj(v: &Value) -> Option<ObjRef> {
    v.as_obj().cloned()
}
