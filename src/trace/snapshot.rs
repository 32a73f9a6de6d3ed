//! What the page draws for one step: plain data, produced by the VM, serialised across the wasm
//! boundary. Object identity crosses as the fake CPython address (`id()` of the object).

use serde::Serialize;

use crate::gc::GcCollection;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Snapshot {
    /// Step number, 0-based.
    pub step: u64,
    /// 1-based source line executing at this step (None before the first line / after the end).
    pub line: Option<u32>,
    /// What happened at this step: "line", "call", "return", "exception", "gc", "end".
    pub event: String,
    /// Module frame first, innermost call last.
    pub frames: Vec<FrameSnap>,
    /// Live objects the learner can see (everything the program allocated or names reach).
    pub objects: Vec<ObjectSnap>,
    /// All stdout printed so far.
    pub stdout: String,
    /// All stderr printed so far (tracebacks, "Exception ignored in" reports).
    pub stderr: String,
    /// `gc.get_count()` at this step.
    pub gc_count: [u64; 3],
    /// Collections that ran during the step that led here, phase by phase (recorded only
    /// when the VM was asked to, see `GcState::record_events`).
    pub collections: Vec<GcCollection>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FrameSnap {
    /// "<module>" or the function's qualified name.
    pub name: String,
    pub line: u32,
    /// Bound names in definition order.
    pub vars: Vec<VarSnap>,
    /// The thread running it, once the program has more than one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thread: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct VarSnap {
    pub name: String,
    /// Address of the object the name refers to.
    pub target: u64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ObjectSnap {
    /// The fake address, also `id()`.
    pub id: u64,
    pub type_name: String,
    pub refcount: i64,
    /// GC generation 0..=2, or None when the object is not tracked by the collector.
    pub generation: Option<u8>,
    /// Short repr, built without running Python code (instances show `<Node object at 0x...>`).
    pub repr: String,
    /// `sys.getsizeof` of the object.
    pub size: u64,
    /// Outgoing references in order: list items, dict entries, attributes, closure cells, ...
    pub fields: Vec<FieldSnap>,
    /// Address of the object this one was copied from (copy, deepcopy, slicing, list(), ...).
    pub copied_from: Option<u64>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FieldSnap {
    /// "0", "'key'", ".attr", "cell x", "__self__", ...
    pub label: String,
    pub target: u64,
    /// A weak reference (drawn dashed); it does not count towards the target's refcount.
    pub weak: bool,
}
