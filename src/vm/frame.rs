//! Execution frames (`_PyInterpreterFrame`). They live in the VM's frame vector, never on the
//! Rust stack, so deep Python recursion is bounded by the recursion limit alone.

use std::rc::Rc;

use crate::compile::CodeObject;
use crate::heap::ObjId;

/// What happens to a frame's return value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnReturn {
    /// Pushed onto the calling frame's stack (a call made by `Call`).
    Push,
    /// `__init__` of a class call: the result must be None; the instance (owned) is pushed
    /// instead, after popping the call's n slots from the caller's stack.
    Init(ObjId, u32),
    /// A Python function called by `CallFunctionEx`: the value is pushed after popping the
    /// n slots (NULL, callable, argument tuple, keyword dict) the caller kept for the call.
    CallEx(u32),
    /// The frame was started by Rust code (a builtin calling back into Python): the nested
    /// run loop returns the value.
    Native,
    /// A generator resumed by `ForIter` in the calling frame: a yielded value is pushed, a
    /// return ends the loop.
    GenForIter(ObjId),
    /// A generator resumed by Rust code (next(), send(), list(gen), ...).
    GenNative(ObjId),
}

#[derive(Clone)]
pub struct Frame {
    pub code: Rc<CodeObject>,
    /// The code object (strong reference).
    pub code_id: ObjId,
    /// The function being run (strong reference, `f_func`); None for module and class bodies.
    pub func: Option<ObjId>,
    /// Strong references.
    pub globals: ObjId,
    pub builtins: ObjId,
    /// The locals mapping of module and class bodies (strong reference).
    pub locals: Option<ObjId>,
    /// `localsplus`: parameters and locals, then cells, then free variables.
    pub fast: Vec<Option<ObjId>>,
    /// The value stack; `None` is CPython's NULL.
    pub stack: Vec<Option<ObjId>>,
    /// Next instruction.
    pub ip: usize,
    /// The instruction executing (or last executed): where tracebacks point.
    pub lasti: usize,
    /// Keyword names for the next `Call`.
    pub kwnames: Option<ObjId>,
    /// Constants and names of the code object, borrowed from it.
    pub consts: Rc<[ObjId]>,
    pub names: Rc<[ObjId]>,
    pub on_return: OnReturn,
    /// The frame object, if one was made (tracebacks, sys._getframe).
    pub frame_obj: Option<ObjId>,
    /// The line of the last "line" step event, to detect line changes.
    pub last_line: u32,
}

impl Frame {
    pub fn line(&self) -> u32 {
        self.code
            .positions
            .get(self.lasti)
            .map(|p| p.line)
            .unwrap_or(self.code.firstlineno)
    }
}
