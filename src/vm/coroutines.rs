//! Coroutines (PEP 492) on top of the generator machinery, after CPython 3.11's
//! Objects/genobject.c and the async instructions of Python/ceval.c (`GET_AWAITABLE`,
//! `GET_AITER`, `GET_ANEXT`, `END_ASYNC_FOR`, `BEFORE_ASYNC_WITH`).
//!
//! A coroutine is a generator-like object (`Payload::Generator`) whose type is `coroutine`.

use super::{Args, FrameExit, PyErr, PyResult, Vm};
use crate::heap::{ObjId, Payload};

impl Vm {
    pub fn is_coroutine(&self, v: ObjId) -> bool {
        matches!(self.heap.payload(v), Payload::Generator(_))
            && self.heap.type_of(v) == self.types.coroutine
    }

    /// "generator", "coroutine" or "async generator", as genobject.c's messages name it.
    pub fn gen_kind(&self, gen: ObjId) -> &'static str {
        let ty = self.heap.type_of(gen);
        if ty == self.types.coroutine {
            "coroutine"
        } else if ty == self.types.async_generator {
            "async generator"
        } else {
            "generator"
        }
    }

    /// `async_gen_asend_send` (Objects/genobject.c): resumes the async generator of an
    /// `asend` awaitable (`Payload::Tuple([agen, sendval, state])`, state 0 before the first
    /// send, 1 while iterating, 2 when done). A value the generator yields (wrapped by
    /// ASYNC_GEN_WRAP) is the awaitable's result (`Return`); anything else it awaits passes
    /// through (`Yield`); when the generator returns, StopAsyncIteration.
    pub(crate) fn asend_send(&mut self, asend: ObjId, value: ObjId) -> PyResult<FrameExit> {
        let items = self.tuple_items(Some(asend));
        let (Some(&agen), Some(&sendval), Some(&state)) =
            (items.first(), items.get(1), items.get(2))
        else {
            return Err(self.type_error("invalid async_generator_asend object"));
        };
        let state = match self.heap.payload(state) {
            Payload::Int(i) => *i,
            _ => 2,
        };
        if state == 2 {
            return Err(self.new_error_msg(
                self.types.runtime_error,
                "cannot reuse already awaited __anext__()/asend()",
            ));
        }
        let arg = if state == 0 {
            self.set_asend_state(asend, 1);
            if value == self.none {
                sendval
            } else {
                value
            }
        } else {
            value
        };
        let r = self.generator_send(agen, arg);
        match r {
            Ok(FrameExit::Yield(v))
                if self.heap.type_of(v) == self.types.async_generator_wrapped_value =>
            {
                let inner = self
                    .tuple_items(Some(v))
                    .first()
                    .copied()
                    .unwrap_or(self.none);
                self.incref(inner);
                self.decref(v);
                self.set_asend_state(asend, 2);
                Ok(FrameExit::Return(inner))
            }
            Ok(FrameExit::Yield(v)) => Ok(FrameExit::Yield(v)),
            Ok(FrameExit::Return(v)) => {
                self.decref(v);
                self.set_asend_state(asend, 2);
                Err(self.new_error(self.types.stop_async_iteration, None))
            }
            Err(e) => {
                self.set_asend_state(asend, 2);
                Err(e)
            }
        }
    }

    fn set_asend_state(&mut self, asend: ObjId, state: i64) {
        let new = self.new_int(state);
        let old = match self.heap.payload_mut(asend) {
            Payload::Tuple(items) if items.len() == 3 => {
                Some(std::mem::replace(&mut items[2], new))
            }
            _ => None,
        };
        match old {
            Some(o) => self.decref(o),
            None => self.decref(new),
        }
    }

    /// `async_gen_anext` / `async_gen_asend`: a new awaitable that sends `value` (borrowed).
    pub fn new_asend(&mut self, agen: ObjId, value: ObjId) -> ObjId {
        self.incref(agen);
        self.incref(value);
        let state = self.new_int(0);
        let ty = self.types.async_generator_asend;
        self.alloc(ty, Payload::Tuple(vec![agen, value, state]))
    }

    /// `_PyCoro_GetAwaitableIter`: the iterator `await v` drives (owned).
    fn get_awaitable_iter(&mut self, v: ObjId) -> PyResult<ObjId> {
        if self.is_coroutine(v) {
            return Ok(self.incref(v));
        }
        let ty = self.heap.type_of(v);
        let Some(getter) = self.lookup_type_attr(ty, "__await__") else {
            let tn = self.type_name(ty);
            return Err(
                self.type_error(&format!("object {tn} can't be used in 'await' expression"))
            );
        };
        let r = self.call_object(getter, &Args::positional(vec![v]));
        self.decref(getter);
        let res = r?;
        if self.is_coroutine(res) {
            self.decref(res);
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        let rty = self.heap.type_of(res);
        let is_iter = matches!(
            self.heap.payload(res),
            Payload::Generator(_) | Payload::Iterator(_)
        ) || self.lookup_type_attr_borrowed(rty, "__next__").is_some();
        if !is_iter {
            let tn = self.type_name(rty);
            self.decref(res);
            return Err(
                self.type_error(&format!("__await__() returned non-iterator of type '{tn}'"))
            );
        }
        Ok(res)
    }

    /// `GET_AWAITABLE`: takes `v` (owned) and returns the iterator to send into (owned).
    pub(super) fn get_awaitable(&mut self, v: ObjId, where_: u32) -> PyResult<ObjId> {
        let r = self.get_awaitable_iter(v);
        let ty = self.heap.type_of(v);
        let has_await =
            self.is_coroutine(v) || self.lookup_type_attr_borrowed(ty, "__await__").is_some();
        self.decref(v);
        let iter = match r {
            Ok(it) => it,
            Err(e) if !has_await && where_ != 0 => {
                self.discard(e);
                let tn = self.type_name(ty);
                let which = if where_ == 1 {
                    "__aenter__"
                } else {
                    "__aexit__"
                };
                return Err(self.type_error(&format!(
                    "'async with' received an object from {which} that does not implement __await__: {tn}"
                )));
            }
            Err(e) => return Err(e),
        };
        let delegate = if self.is_coroutine(iter) {
            self.generator_delegate(iter)
        } else {
            None
        };
        if let Some(yf) = delegate {
            self.decref(yf);
            self.decref(iter);
            return Err(self.new_error_msg(
                self.types.runtime_error,
                "coroutine is being awaited already",
            ));
        }
        Ok(iter)
    }

    fn discard(&mut self, e: PyErr) {
        if let PyErr::Exception(x) = e {
            self.decref(x);
        }
    }

    /// `GET_AITER`: `type(v).__aiter__(v)`, which must have `__anext__`. Takes `v` (owned).
    pub(super) fn get_aiter(&mut self, v: ObjId) -> PyResult<ObjId> {
        let ty = self.heap.type_of(v);
        let tn = self.type_name(ty);
        let Some(getter) = self.lookup_type_attr(ty, "__aiter__") else {
            self.decref(v);
            return Err(self.type_error(&format!(
                "'async for' requires an object with __aiter__ method, got {tn}"
            )));
        };
        let r = self.call_object(getter, &Args::positional(vec![v]));
        self.decref(getter);
        self.decref(v);
        let it = r?;
        let ity = self.heap.type_of(it);
        if self.lookup_type_attr_borrowed(ity, "__anext__").is_none() {
            let itn = self.type_name(ity);
            self.decref(it);
            return Err(self.type_error(&format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {itn}"
            )));
        }
        Ok(it)
    }

    /// `GET_ANEXT`: the awaitable of `type(aiter).__anext__(aiter)` (owned; aiter borrowed).
    pub(super) fn get_anext(&mut self, aiter: ObjId) -> PyResult<ObjId> {
        let ty = self.heap.type_of(aiter);
        let tn = self.type_name(ty);
        let Some(getter) = self.lookup_type_attr(ty, "__anext__") else {
            return Err(self.type_error(&format!(
                "'async for' requires an iterator with __anext__ method, got {tn}"
            )));
        };
        let r = self.call_object(getter, &Args::positional(vec![aiter]));
        self.decref(getter);
        let next = r?;
        let nty = self.heap.type_of(next);
        match self.get_awaitable_iter(next) {
            Ok(it) => {
                self.decref(next);
                Ok(it)
            }
            Err(e) => {
                self.discard(e);
                let ntn = self.type_name(nty);
                self.decref(next);
                Err(self.type_error(&format!(
                    "'async for' received an invalid object from __anext__: {ntn}"
                )))
            }
        }
    }

    /// `BEFORE_ASYNC_WITH`: takes the manager (owned); returns (bound `__aexit__`, result of
    /// `__aenter__()`), both owned.
    pub(super) fn before_async_with(&mut self, mgr: ObjId) -> PyResult<(ObjId, ObjId)> {
        let tn = self.type_name_of(mgr);
        let Some(enter) = self.getattr_str_special(mgr, "__aenter__") else {
            self.decref(mgr);
            return Err(self.type_error(&format!(
                "'{tn}' object does not support the asynchronous context manager protocol"
            )));
        };
        let Some(exit) = self.getattr_str_special(mgr, "__aexit__") else {
            self.decref(enter);
            self.decref(mgr);
            return Err(self.type_error(&format!(
                "'{tn}' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
            )));
        };
        self.decref(mgr);
        let r = self.call_object(enter, &Args::default());
        self.decref(enter);
        match r {
            Ok(res) => Ok((exit, res)),
            Err(e) => {
                self.decref(exit);
                Err(e)
            }
        }
    }

    /// `_PyErr_WarnUnawaitedCoroutine`: "coroutine 'f' was never awaited", reported once per
    /// line through the running module's `__warningregistry__`, as `warnings.warn` does.
    pub fn warn_unawaited_coroutine(&mut self, coro: ObjId) -> PyResult<()> {
        let qualname = match self.heap.payload(coro) {
            Payload::Generator(g) => self.str_of(g.qualname).to_string(),
            _ => return Ok(()),
        };
        let text = format!("coroutine '{qualname}' was never awaited");
        let Some(frame) = self.frames.last() else {
            self.output
                .write_stderr(&format!("sys:1: RuntimeWarning: {text}\n"));
            return Ok(());
        };
        let filename = frame.code.filename.clone();
        let lineno = frame.line();
        let globals = frame.globals;
        if !self.warning_registry_first(globals, &text, lineno)? {
            return Ok(());
        }
        let mut out = format!("{filename}:{lineno}: RuntimeWarning: {text}\n");
        let source = self.sources.get(&filename).cloned();
        if let Some(line) = source
            .as_deref()
            .and_then(|s| s.lines().nth(lineno.saturating_sub(1) as usize))
        {
            let line = line.trim();
            if !line.is_empty() {
                out.push_str(&format!("  {line}\n"));
            }
        }
        out.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
        self.output.write_stderr(&out);
        Ok(())
    }

    /// `already_warned` (Python/_warnings.c): true when this (text, category, line) is new in
    /// the module's `__warningregistry__`, which then records it.
    fn warning_registry_first(
        &mut self,
        globals: ObjId,
        text: &str,
        lineno: u32,
    ) -> PyResult<bool> {
        let registry = match self.dict_get_str_borrowed(globals, "__warningregistry__") {
            Some(r) => self.incref(r),
            None => {
                let r = self.new_dict();
                let key = self.intern_str("__warningregistry__");
                let set = self.dict_set_item(globals, key, r);
                self.decref(key);
                if let Err(e) = set {
                    self.decref(r);
                    return Err(e);
                }
                r
            }
        };
        let t = self.new_str(text);
        let category = self.incref(self.types.runtime_warning);
        let line = self.new_int(i64::from(lineno));
        let key = self.new_tuple(vec![t, category, line]);
        let result = self.warning_registry_record(registry, key);
        self.decref(key);
        self.decref(registry);
        result
    }

    fn warning_registry_record(&mut self, registry: ObjId, key: ObjId) -> PyResult<bool> {
        if self.dict_get_str_borrowed(registry, "version").is_none() {
            let version = self.intern_str("version");
            let zero = self.new_int(0);
            let r = self.dict_set_item(registry, version, zero);
            self.decref(version);
            self.decref(zero);
            r?;
        } else if let Some(seen) = self.dict_get_item(registry, key)? {
            let warned = self.is_true(seen);
            self.decref(seen);
            if warned? {
                return Ok(false);
            }
        }
        let t = self.true_;
        self.dict_set_item(registry, key, t)?;
        Ok(true)
    }
}
