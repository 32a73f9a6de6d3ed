//! Raising exceptions (`_PyErr_SetObject`, `RAISE_VARARGS`), matching them, traceback
//! entries (`PyTraceBack_Here`), frame objects, and unraisable-exception reports.

use super::{Args, PyErr, Vm};
use crate::heap::{ExceptionObj, FrameObj, ObjId, Payload};

impl Vm {
    /// A new exception of type `ty` with `args` (owned items), ready to raise.
    pub fn new_exception(&mut self, ty: ObjId, args: Vec<ObjId>) -> ObjId {
        let args = self.new_tuple(args);
        let exc = self.alloc(
            ty,
            Payload::Exception(Box::new(ExceptionObj {
                args,
                traceback: None,
                cause: None,
                context: None,
                suppress_context: false,
                notes: None,
                group: None,
            })),
        );
        if !self.is_heap_type(ty) {
            // Builtin exception instances carry a (lazily created) dict like subclasses do.
            self.heap.get_mut(exc).attrs = Some(Box::new(crate::heap::Attrs::Inline(Vec::new())));
        }
        if ty == self.types.stop_iteration {
            // `StopIteration_init`: `value` is the first argument or None.
            let value = self
                .tuple_items(Some(args))
                .first()
                .copied()
                .unwrap_or(self.none);
            let key = self.intern_str("value");
            let r = self.generic_setattr(exc, key, Some(value));
            self.decref(key);
            debug_assert!(r.is_ok());
        }
        exc
    }

    /// Raises `ty(msg)`, or `ty()` when msg is None.
    pub fn new_error(&mut self, ty: ObjId, msg: Option<&str>) -> PyErr {
        let args = match msg {
            Some(m) => vec![self.new_str(m)],
            None => Vec::new(),
        };
        let exc = self.new_exception(ty, args);
        self.set_context(exc);
        PyErr::Exception(exc)
    }

    pub fn new_error_msg(&mut self, ty: ObjId, msg: &str) -> PyErr {
        self.new_error(ty, Some(msg))
    }

    pub fn type_error(&mut self, msg: &str) -> PyErr {
        self.new_error_msg(self.types.type_error, msg)
    }

    pub fn value_error(&mut self, msg: &str) -> PyErr {
        self.new_error_msg(self.types.value_error, msg)
    }

    /// NameError with its `name` attribute (used for "Did you mean" suggestions).
    pub fn name_error(&mut self, name: &str) -> PyErr {
        let err = self.new_error_msg(
            self.types.name_error,
            &format!("name '{name}' is not defined"),
        );
        if let PyErr::Exception(e) = err {
            let key = self.intern_str("name");
            let n = self.new_str(name);
            let _ = self.generic_setattr(e, key, Some(n));
            self.decref(n);
            self.decref(key);
        }
        err
    }

    /// `KeyError(key)`.
    pub fn key_error(&mut self, key: ObjId) -> PyErr {
        self.incref(key);
        let exc = self.new_exception(self.types.key_error, vec![key]);
        self.set_context(exc);
        PyErr::Exception(exc)
    }

    /// Chains the exception being handled as `__context__` (implicit chaining).
    pub fn set_context(&mut self, exc: ObjId) {
        let Some(cur) = self.exc_info else {
            return;
        };
        if cur == exc || cur == self.none {
            return;
        }
        // Avoid creating a cycle through the context chain (as _PyErr_SetObject does).
        let mut o = Some(cur);
        while let Some(x) = o {
            let next = match self.heap.payload(x) {
                Payload::Exception(e) => e.context,
                _ => None,
            };
            if next == Some(exc) {
                if let Payload::Exception(e) = self.heap.payload_mut(x) {
                    e.context = None;
                }
                self.decref(exc);
                break;
            }
            o = next;
        }
        self.incref(cur);
        let old = match self.heap.payload_mut(exc) {
            Payload::Exception(e) => e.context.replace(cur),
            _ => None,
        };
        self.xdecref(old);
    }

    /// `RAISE_VARARGS`.
    pub(super) fn raise_varargs(&mut self, n: u32) -> PyErr {
        match n {
            0 => match self.exc_info {
                Some(e) if e != self.none => {
                    self.incref(e);
                    self.reraising = true;
                    PyErr::Exception(e)
                }
                _ => self.new_error_msg(self.types.runtime_error, "No active exception to reraise"),
            },
            1 => {
                let v = self.pop();
                self.make_raisable(v, None)
            }
            _ => {
                let cause = self.pop();
                let v = self.pop();
                self.make_raisable(v, Some(cause))
            }
        }
    }

    /// `do_raise`: instantiates a class, checks the type, sets the cause. Takes `v` and
    /// `cause` (owned).
    fn make_raisable(&mut self, v: ObjId, cause: Option<ObjId>) -> PyErr {
        let exc = if matches!(self.heap.payload(v), Payload::Type(_)) {
            if !self.is_subtype(v, self.types.base_exception) {
                self.decref(v);
                self.xdecref(cause);
                return self.type_error("exceptions must derive from BaseException");
            }
            let r = self.call_object(v, &Args::default());
            self.decref(v);
            match r {
                Ok(e) => e,
                Err(e) => {
                    self.xdecref(cause);
                    return e;
                }
            }
        } else if self.isinstance_of(v, self.types.base_exception) {
            v
        } else {
            self.decref(v);
            self.xdecref(cause);
            return self.type_error("exceptions must derive from BaseException");
        };
        if let Some(c) = cause {
            let cause_obj = if c == self.none {
                None
            } else if matches!(self.heap.payload(c), Payload::Type(_)) {
                match self.call_object(c, &Args::default()) {
                    Ok(ci) => {
                        self.decref(c);
                        Some(ci)
                    }
                    Err(e) => {
                        self.decref(c);
                        self.decref(exc);
                        return e;
                    }
                }
            } else if self.isinstance_of(c, self.types.base_exception) {
                Some(c)
            } else {
                self.decref(c);
                self.decref(exc);
                return self.type_error("exception causes must derive from BaseException");
            };
            if c == self.none {
                self.decref(c);
            }
            let old = match self.heap.payload_mut(exc) {
                Payload::Exception(e) => {
                    e.suppress_context = true;
                    std::mem::replace(&mut e.cause, cause_obj)
                }
                _ => cause_obj,
            };
            self.xdecref(old);
        }
        self.set_context(exc);
        PyErr::Exception(exc)
    }

    /// `except T:` matching; `ty` may be a tuple of classes.
    pub fn exception_matches(&mut self, exc: ObjId, ty: ObjId) -> super::PyResult<bool> {
        if let Payload::Tuple(items) = self.heap.payload(ty) {
            let items = items.clone();
            for t in items {
                if self.exception_matches(exc, t)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if !matches!(self.heap.payload(ty), Payload::Type(_))
            || !self.is_subtype(ty, self.types.base_exception)
        {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(self.isinstance_of(exc, ty))
    }

    pub(super) fn is_stop_iteration(&self, exc: ObjId) -> bool {
        self.isinstance_of(exc, self.types.stop_iteration)
    }

    /// PEP 479: StopIteration escaping a generator becomes RuntimeError.
    pub(super) fn generator_raised_stop_iteration(&mut self, gen: ObjId, exc: ObjId) -> PyErr {
        let msg = format!("{} raised StopIteration", self.gen_kind(gen));
        let err = self.new_error_msg(self.types.runtime_error, &msg);
        if let PyErr::Exception(e) = err {
            if let Payload::Exception(x) = self.heap.payload_mut(e) {
                x.cause = Some(exc);
                x.suppress_context = true;
            }
            self.incref(exc);
            let old = match self.heap.payload_mut(e) {
                Payload::Exception(x) => x.context.replace(exc),
                _ => None,
            };
            self.xdecref(old);
        }
        err
    }

    /// `str(exc)`: the exception class's own `__str__` (builtin or user-defined), as
    /// `PyObject_Str` does; an error inside it gives the fallback text of `BaseException_str`.
    pub fn exception_message(&mut self, exc: ObjId) -> String {
        let ty = self.heap.type_of(exc);
        if let Some(m) = self.lookup_type_attr_borrowed(ty, "__str__") {
            if matches!(
                self.heap.payload(m),
                Payload::Builtin(_) | Payload::Function(_)
            ) {
                self.incref(m);
                let r = self.call_object(m, &Args::positional(vec![exc]));
                self.decref(m);
                match r {
                    Ok(s) => {
                        let text = self.str_of(s).to_string();
                        self.decref(s);
                        return text;
                    }
                    Err(PyErr::Exception(e)) => self.decref(e),
                    Err(PyErr::Halt(h)) => self.pending_halt = Some(h),
                }
            }
        }
        self.base_exception_message(exc)
    }

    /// `BaseException_str` on the args tuple: '' / str(arg) / str(args).
    fn base_exception_message(&mut self, exc: ObjId) -> String {
        let args = match self.heap.payload(exc) {
            Payload::Exception(e) => self.tuple_items(Some(e.args)),
            _ => Vec::new(),
        };
        match args.len() {
            0 => String::new(),
            1 => {
                let r = self.str_string(args[0]);
                self.text_or_clear(r)
            }
            _ => {
                let t = self.incref(match self.heap.payload(exc) {
                    Payload::Exception(e) => e.args,
                    _ => self.empty_tuple,
                });
                let r = self.str_string(t);
                self.decref(t);
                self.text_or_clear(r)
            }
        }
    }

    /// The text, or '' after dropping the error (`PyErr_Clear`; a halt is kept pending).
    pub(super) fn text_or_clear(&mut self, r: super::PyResult<String>) -> String {
        match r {
            Ok(s) => s,
            Err(PyErr::Exception(e)) => {
                self.decref(e);
                String::new()
            }
            Err(PyErr::Halt(h)) => {
                self.pending_halt = Some(h);
                String::new()
            }
        }
    }

    /// `PyTraceBack_Here`: records that `exc` passed through frame `fi`.
    pub(super) fn add_traceback_entry(&mut self, exc: ObjId, fi: usize) {
        if self.frames[fi].code.flags.emulates_c {
            return;
        }
        let fo = self.frame_object(fi);
        let (lasti, lineno) = {
            let f = &self.frames[fi];
            (f.lasti as u32, f.line())
        };
        let old = match self.heap.payload_mut(exc) {
            Payload::Exception(e) => e.traceback.take(),
            _ => return,
        };
        let tb = self.alloc(
            self.types.traceback,
            Payload::Traceback {
                next: old,
                frame: fo,
                lasti,
                lineno,
            },
        );
        if let Payload::Exception(e) = self.heap.payload_mut(exc) {
            e.traceback = Some(tb);
        }
    }

    /// The frame object of running frame `fi` (new reference), made on first use.
    pub(crate) fn frame_object(&mut self, fi: usize) -> ObjId {
        if let Some(fo) = self.frames[fi].frame_obj {
            return self.incref(fo);
        }
        let (code, globals, lineno) = {
            let f = &self.frames[fi];
            (f.code_id, f.globals, f.line())
        };
        self.incref(code);
        self.incref(globals);
        let fo = self.alloc(
            self.types.frame,
            Payload::Frame(Box::new(FrameObj {
                code,
                globals,
                lineno,
                owned_locals: Vec::new(),
                live_depth: Some(fi),
                back: None,
            })),
        );
        self.frames[fi].frame_obj = Some(fo);
        self.incref(fo)
    }

    /// `take_ownership`: a frame object outliving its frame keeps the locals, and links to
    /// the caller's frame object.
    pub(super) fn take_frame_ownership(&mut self, fo: ObjId, locals: Vec<Option<ObjId>>) {
        let lineno = match self.heap.payload(fo) {
            Payload::Frame(f) => f.lineno,
            _ => 0,
        };
        let back = if self.frames.is_empty() {
            None
        } else {
            let fi = self.frames.len() - 1;
            Some(self.frame_object(fi))
        };
        if let Payload::Frame(f) = self.heap.payload_mut(fo) {
            f.owned_locals = locals;
            f.live_depth = None;
            f.back = back;
            f.lineno = lineno;
        }
    }

    /// `PyErr_WriteUnraisable`: "Exception ignored in: ..." and the traceback, on stderr.
    pub fn write_unraisable(&mut self, exc: ObjId, obj: Option<ObjId>) {
        self.write_unraisable_msg(exc, "Exception ignored in", obj);
    }

    /// `_PyErr_WriteUnraisableMsg`: "{msg}: {repr(obj)}" then the traceback.
    pub fn write_unraisable_msg(&mut self, exc: ObjId, msg: &str, obj: Option<ObjId>) {
        // An exception raised by C code has no traceback yet: `PyErr_WriteUnraisable` gives
        // it one entry for the running frame.
        let no_traceback =
            matches!(self.heap.payload(exc), Payload::Exception(e) if e.traceback.is_none());
        if no_traceback && !self.frames.is_empty() {
            self.add_traceback_entry(exc, self.frames.len() - 1);
        }
        let mut text = String::new();
        if let Some(o) = obj {
            let r = self
                .repr_string(o)
                .unwrap_or_else(|_| "<object repr() failed>".to_string());
            text.push_str(&format!("{msg}: {r}\n"));
        }
        text.push_str(&self.format_exception(exc));
        self.output.write_stderr(&text);
        self.decref(exc);
    }
}
