//! The virtual machine: frames, the eval loop, calls, attribute access, operators and
//! exceptions, acting on the [`Heap`] with CPython's reference-counting discipline.
//!
//! Ownership convention (CPython's): a function returning an [`ObjId`] returns a new reference
//! the caller owns; arguments are borrowed. The value stack owns what it holds.

mod alloc;
mod attr;
mod bootstrap;
mod call;
mod coroutines;
mod eval;
mod exceptions;
mod frame;
mod ops;
pub mod output;
mod patterns;
mod program;
pub mod refs;
pub mod threads;
mod traceback;
pub mod types;

use std::collections::HashMap;
use std::rc::Rc;

pub use eval::FrameExit;
pub use frame::{Frame, OnReturn};
pub use ops::pointer_hash;
pub use output::Output;
pub use program::{Progress, Uncaught};
pub use refs::Referrer;
pub use types::Types;

use crate::heap::{Heap, ObjId};

/// Why Python-level execution is unwinding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PyErr {
    /// An exception is being raised: an owned reference to the exception instance.
    Exception(ObjId),
    /// The run must end or pause and no Python code may catch it.
    Halt(Halt),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Halt {
    /// A reference count disagreed with a scan of the heap (the checked mode found a bug).
    RefcountMismatch,
    /// The requested step was reached between instructions; the run can resume.
    Paused,
    /// The instruction limit was reached.
    StepLimit,
    /// The requested step was reached inside a native call; a snapshot was captured and this
    /// copy of the VM is discarded.
    Captured,
    /// The running thread gave the GIL to a thread that resumes by returning to the loop
    /// below it (src/vm/threads.rs); never leaves the scheduler.
    Switch,
    /// Every thread waits for something no thread can do.
    Deadlock,
    /// The main thread finished while other threads' native calls were below it on the Rust
    /// stack; they unwind to the top level, which finalises.
    MainDone,
}

pub type PyResult<T> = Result<T, PyErr>;

/// Arguments of a builtin call, borrowed from the caller's stack.
#[derive(Debug, Clone, Default)]
pub struct Args {
    pub args: Vec<ObjId>,
    pub kwargs: Vec<(Rc<str>, ObjId)>,
}

impl Args {
    pub fn positional(args: Vec<ObjId>) -> Args {
        Args {
            args,
            kwargs: Vec::new(),
        }
    }
    pub fn len(&self) -> usize {
        self.args.len()
    }
    pub fn is_empty(&self) -> bool {
        self.args.is_empty()
    }
    pub fn kwarg(&self, name: &str) -> Option<ObjId> {
        self.kwargs
            .iter()
            .find(|(k, _)| &**k == name)
            .map(|(_, v)| *v)
    }
}

/// Resource limits that turn runaway programs into Python errors.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Instructions before the run stops with a step-limit error.
    pub max_instructions: u64,
    /// Simulated bytes of live objects before MemoryError.
    pub max_memory: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_instructions: 2_000_000_000,
            max_memory: 2 << 30,
        }
    }
}

#[derive(Clone)]
pub struct Vm {
    pub heap: Heap,
    pub types: Types,
    pub frames: Vec<Frame>,
    pub none: ObjId,
    pub true_: ObjId,
    pub false_: ObjId,
    pub ellipsis: ObjId,
    pub not_implemented: ObjId,
    pub empty_tuple: ObjId,
    pub empty_str: ObjId,
    pub empty_bytes: ObjId,
    /// Cached ints -5..=256.
    pub small_ints: Vec<ObjId>,
    /// One-character latin-1 strings.
    pub latin1_chars: Vec<ObjId>,
    /// `_Py_SINGLETON(bytes_characters)`: the shared one-byte bytes objects.
    pub bytes_chars: Vec<ObjId>,
    /// Shutdown has emptied `sys.modules` (`finalize_modules`).
    pub modules_finalized: bool,
    /// The interned-strings table.
    pub interned: HashMap<Rc<str>, ObjId>,
    pub builtins: ObjId,
    pub builtins_dict: ObjId,
    /// `sys.modules`.
    pub modules: ObjId,
    /// The exception currently being handled (`sys.exc_info()`), owned.
    pub exc_info: Option<ObjId>,
    pub output: Output,
    /// Where the source of a standard-library module comes from when it is not embedded (the
    /// page's wasm build): a function of its path under src/modules/.
    pub module_source: Option<fn(&str) -> Option<String>>,
    pub limits: Limits,
    pub instructions: u64,
    /// The eval loop calls the scheduler when `instructions` passes this: the step limit, or
    /// the next thread event (src/vm/threads.rs).
    pub instruction_watermark: u64,
    /// Calls made through `call_object`, and the value it had when a `Call` instruction (or
    /// `BeforeWith`) last called native code directly: a blocking builtin called that way
    /// can suspend its thread without a nested loop.
    pub call_serial: u64,
    pub flat_call_serial: u64,
    pub recursion_limit: usize,
    /// Nested native -> Python calls in progress (bounded by the recursion limit too).
    pub native_depth: usize,
    /// Deallocation nesting and objects whose deallocation was deferred (CPython's trashcan).
    dealloc_depth: usize,
    trash: Vec<ObjId>,
    /// Simulated bytes of live objects (for MemoryError).
    pub memory: u64,
    /// The source and filename of the main program (tracebacks print source lines).
    pub sources: HashMap<Rc<str>, Rc<str>>,
    /// Objects the parser's AST arena keeps alive while the main module runs.
    pub arena: Vec<ObjId>,
    pub gc: crate::gc::GcState,
    /// Weak references to each object, oldest first.
    pub weakrefs: crate::heap::IdMap<Vec<ObjId>>,
    /// Allocation counter used to order objects as CPython's generation lists do.
    pub seq: u64,
    /// Objects created by the interpreter before the program started.
    pub static_count: usize,
    /// Step events so far (lines started, calls, returns).
    pub step: u64,
    /// Pause (or capture) when `step` reaches this.
    pub step_target: Option<u64>,
    /// A target step reached inside a native call is captured as a snapshot, leaving this
    /// VM unable to resume (a throwaway copy); otherwise the VM pauses at the next step
    /// outside native code.
    pub capture_in_native: bool,
    /// For each line, the first steps at which it started (recorded when Some).
    pub line_steps: Option<HashMap<u32, Vec<u64>>>,
    /// Take a snapshot just before interpreter shutdown (the page's last step).
    pub keep_final_snapshot: bool,
    pub final_snapshot: Option<crate::trace::Snapshot>,
    /// The exception that ended the main program, if one did.
    pub uncaught: Option<Uncaught>,
    /// The directory of the main script, where `import name` finds `name.py`.
    pub main_dir: Option<String>,
    /// `sys.getswitchinterval()`, in seconds.
    pub switch_interval: f64,
    /// The exception being unwound was re-raised (no new traceback entry for its frame).
    pub reraising: bool,
    /// Verify every refcount against a full reference scan at each step (HEAPSCOPE_CHECK_REFS).
    pub check_refs: bool,
    /// `sys.stderr`, once the sys module made it.
    pub stderr_obj: Option<ObjId>,
    /// The keyword-name tuples Argument Clinic's parsers made on their first use
    /// (`_PyArg_Parser.kwtuple`), by function name.
    pub clinic_kwtuples: Vec<(&'static str, ObjId)>,
    /// Each base's `tp_subclasses`: a dict from the address of each direct subclass to a weak
    /// reference to it (src/builtins/object.rs: `add_subclass`). type_traverse does not visit
    /// it, so it is held here, outside the objects the collector scans.
    pub tp_subclasses: crate::heap::IdMap<ObjId>,
    /// The thread state's dict (`PyThreadState_GetDict`), made by the first `Py_ReprEnter`.
    pub tstate_dict: Option<ObjId>,
    /// The buffers of `sys.stdout` and `sys.stderr` (src/modules/textio.rs).
    pub stdio: [crate::modules::textio::TextIoState; 2],
    /// Containers whose repr is being built (to print `[...]` for recursion).
    pub repr_guard: Vec<ObjId>,
    /// A halt raised inside a finaliser, re-raised at the next step.
    pub pending_halt: Option<Halt>,
    /// The snapshot taken at `step_target` when it fell inside a native call.
    pub captured: Option<crate::trace::Snapshot>,
    /// Threads, the GIL and the simulated clock.
    pub threads: threads::Threads,
    /// `tracemalloc` state (src/modules/tracemalloc.rs); None until the first `start()`.
    pub tracemalloc: Option<Box<crate::modules::tracemalloc::Tracer>>,
    /// Recent `_PyType_Lookup` answers (src/vm/attr.rs).
    type_attr_cache: std::cell::RefCell<Vec<Option<attr::TypeCacheEntry>>>,
    /// Emptied `localsplus` and value-stack vectors of finished frames, reused by new frames
    /// (CPython allocates frames in per-thread data stack chunks, not one by one).
    frame_vecs: Vec<Vec<Option<ObjId>>>,
    /// Emptied argument vectors of Python calls, reused by the next call.
    arg_vecs: Vec<Vec<ObjId>>,
    /// Recent `LOAD_GLOBAL` answers (borrowed: valid while both dicts keep their revisions).
    global_cache: Vec<Option<(eval::GlobalCacheKey, ObjId)>>,
}
