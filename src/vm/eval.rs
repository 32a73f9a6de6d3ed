//! The eval loop (`_PyEval_EvalFrameDefault`): one instruction at a time on the frame at the
//! top of the frame vector. Python-to-Python calls push a frame and continue in the same loop;
//! only builtins that call back into Python (`__repr__`, `__del__`, sort keys, ...) nest a loop.

use std::rc::Rc;

use super::frame::{Frame, OnReturn};
use super::{Args, Halt, PyErr, PyResult, Vm};
use crate::compile::code::BinaryOp;
use crate::compile::{CodeObject, Instr};
use crate::heap::{DictObj, ObjId, Payload};

/// How a frame run by [`Vm::run_frame`] ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameExit {
    Return(ObjId),
    Yield(ObjId),
}

/// What an instruction asks the loop to do next.
pub(super) enum Flow {
    Next,
    /// A frame returned or yielded to native code: the nested loop ends.
    Exit(FrameExit),
}

/// Slots of the `LOAD_GLOBAL` cache.
pub(super) const GLOBAL_CACHE_SIZE: usize = 256;

/// What a cached `LOAD_GLOBAL` answer depends on: the instruction (code object, name index)
/// and the revisions of the globals and builtins dicts it read (CPython 3.11 keeps the dict
/// versions in the instruction's inline cache).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct GlobalCacheKey {
    code: ObjId,
    index: u32,
    globals: ObjId,
    builtins: ObjId,
    revisions: (u64, u64),
}

impl GlobalCacheKey {
    fn slot(&self) -> usize {
        use slotmap::Key;
        let h = self
            .code
            .data()
            .as_ffi()
            .wrapping_add(self.index as u64)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (h >> 40) as usize % GLOBAL_CACHE_SIZE
    }
}

impl Vm {
    /// The revision of a dict's contents (`ma_version_tag`).
    fn dict_revision(&self, dict: ObjId) -> u64 {
        match self.heap.payload(dict) {
            Payload::Dict(d) => d.revision(),
            _ => u64::MAX,
        }
    }

    /// Runs until the frame at index `base` returns or yields.
    pub fn run_frame(&mut self, base: usize) -> PyResult<FrameExit> {
        loop {
            match self.step_instruction(base) {
                Ok(Flow::Next) => {}
                Ok(Flow::Exit(exit)) => return Ok(exit),
                Err(PyErr::Halt(h)) => return Err(PyErr::Halt(h)),
                Err(PyErr::Exception(exc)) => {
                    if let Some(err) = self.unwind(exc, base) {
                        return Err(err);
                    }
                }
            }
        }
    }

    /// One instruction of the frame on top. Inlined into [`Vm::run_frame`]'s loop: it runs
    /// for every instruction, and the line-event path is kept out of line.
    #[inline(always)]
    fn step_instruction(&mut self, base: usize) -> PyResult<Flow> {
        let frame = self.frames.last_mut().expect("a running frame");
        let ip = frame.ip;
        let code = &*frame.code;
        let (Some(&instr), Some(position)) = (code.instructions.get(ip), code.positions.get(ip))
        else {
            return Err(self.new_error_msg(
                self.types.system_error,
                "bytecode ran past the end of the code object",
            ));
        };
        let line = position.line;
        let new_line = line != frame.last_line && line != 0 && !code.flags.stdlib;
        frame.lasti = ip;
        if new_line {
            frame.last_line = line;
            // A pause happens before the instruction: `ip` is only advanced below, so a
            // resumed run executes it.
            self.line_event(line)?;
            self.frames.last_mut().expect("a running frame").ip = ip + 1;
        } else {
            frame.ip = ip + 1;
        }
        self.instructions += 1;
        if self.instructions > self.instruction_watermark && self.watermark_reached(ip, instr)? {
            return Ok(Flow::Next);
        }
        // The most frequent instructions run here, without the call into `execute`.
        let frame = self.frames.last_mut().expect("a running frame");
        match instr {
            Instr::LoadFast(i) => match frame.fast[i as usize] {
                Some(v) => {
                    frame.stack.push(Some(v));
                    self.heap.incref(v);
                }
                None => return Err(self.unbound_local(i as usize)),
            },
            Instr::LoadConst(i) => {
                let c = frame.consts[i as usize];
                frame.stack.push(Some(c));
                self.heap.incref(c);
            }
            Instr::StoreFast(i) => {
                let v = frame.stack.pop().flatten().expect("value stack underflow");
                let old = frame.fast[i as usize].replace(v);
                self.xdecref(old);
            }
            _ => return self.execute(instr, base),
        }
        Ok(Flow::Next)
    }

    /// A new line starts: the page's per-line step list, then the step event.
    #[inline(never)]
    fn line_event(&mut self, line: u32) -> PyResult<()> {
        if let Some(lines) = self.line_steps.as_mut() {
            let steps = lines.entry(line).or_default();
            if steps.len() < 1000 {
                steps.push(self.step + 1);
            }
        }
        self.step_event()
    }

    /// Counts a step (a line starting, a call, a return) and pauses when asked to.
    pub(crate) fn step_event(&mut self) -> PyResult<()> {
        self.step += 1;
        // `heapscope run`: nothing to check, nowhere to pause.
        if !self.check_refs && self.step_target.is_none() && self.pending_halt.is_none() {
            return Ok(());
        }
        // A full scan costs O(heap): every step of a program's first 2,000, then one step in
        // a thousand (or fewer, for big heaps), so long programs stay fast.
        let user_objects = self.heap.len().saturating_sub(self.static_count) as u64;
        let every = if self.step <= 2000 { 1 } else { 1000 }.max(user_objects / 200);
        if self.check_refs && self.at_top_level() && self.step.is_multiple_of(every) {
            self.verify_refcounts()?;
        }
        if let Some(h) = self.pending_halt.take() {
            return Err(PyErr::Halt(h));
        }
        // A captured VM is being discarded: no more Python code runs in it.
        if self.captured.is_some() {
            return Err(PyErr::Halt(Halt::Captured));
        }
        if let Some(target) = self.step_target {
            if self.step >= target {
                if self.at_top_level() {
                    self.step_target = None;
                    return Err(PyErr::Halt(Halt::Paused));
                }
                // Inside a native call there is no resumable pause: capture the step, or run
                // on to the first step outside native code.
                if self.capture_in_native {
                    self.step_target = None;
                    self.captured = Some(self.snapshot("line"));
                    return Err(PyErr::Halt(Halt::Captured));
                }
            }
        }
        Ok(())
    }

    /// The checked mode: every non-static object's count must equal the references a full scan
    /// finds (a count without a holder, or a holder without a count, is a model bug).
    fn verify_refcounts(&mut self) -> PyResult<()> {
        let mismatches = self.refcount_mismatches();
        if mismatches.is_empty() {
            return Ok(());
        }
        let line = self.frames.last().map(|f| f.line()).unwrap_or(0);
        let mut report = format!(
            "heapscope: refcount mismatch at step {} (line {line}):\n",
            self.step
        );
        for (id, count, found) in mismatches.iter().take(10) {
            report.push_str(&format!(
                "  {} {}: refcount {count}, references found {found}\n",
                self.type_name_of(*id),
                self.short_repr(*id)
            ));
        }
        self.output.write_stderr(&report);
        Err(PyErr::Halt(Halt::RefcountMismatch))
    }

    #[inline(always)]
    fn top(&mut self) -> &mut Frame {
        self.frames.last_mut().expect("a running frame")
    }

    #[inline(always)]
    pub(crate) fn push(&mut self, v: ObjId) {
        self.top().stack.push(Some(v));
    }

    #[inline(always)]
    pub(super) fn push_opt(&mut self, v: Option<ObjId>) {
        self.top().stack.push(v);
    }

    #[inline(always)]
    pub(crate) fn pop(&mut self) -> ObjId {
        self.top()
            .stack
            .pop()
            .flatten()
            .expect("value stack underflow")
    }

    #[inline(always)]
    fn pop_opt(&mut self) -> Option<ObjId> {
        self.top().stack.pop().flatten()
    }

    #[inline(always)]
    fn peek(&self, n: usize) -> ObjId {
        let stack = &self.frames.last().expect("frame").stack;
        stack[stack.len() - n].expect("NULL on the stack")
    }

    #[inline(always)]
    fn const_at(&self, i: u32) -> ObjId {
        self.frames.last().expect("frame").consts[i as usize]
    }

    fn name_at(&self, i: u32) -> ObjId {
        self.frames.last().expect("frame").names[i as usize]
    }

    fn name_str(&self, i: u32) -> Rc<str> {
        self.frames.last().expect("frame").code.names[i as usize].clone()
    }

    pub(super) fn jump(&mut self, target: u32) {
        let frame = self.top();
        let backwards = (target as usize) < frame.ip;
        frame.ip = target as usize;
        if backwards {
            // A backward jump re-starts a line for the tracer (a new loop iteration).
            frame.last_line = 0;
        }
    }

    fn execute(&mut self, instr: Instr, base: usize) -> PyResult<Flow> {
        match instr {
            Instr::Nop => {}
            Instr::PopTop => {
                let v = self.pop_opt();
                self.xdecref(v);
            }
            Instr::PushNull => self.push_opt(None),
            Instr::Copy(n) => {
                let stack = &self.top().stack;
                let v = stack[stack.len() - n as usize];
                if let Some(v) = v {
                    self.incref(v);
                }
                self.push_opt(v);
            }
            Instr::Swap(n) => {
                let stack = &mut self.top().stack;
                let len = stack.len();
                stack.swap(len - 1, len - n as usize);
            }
            Instr::LoadName(i) => {
                let v = self.load_name(i)?;
                self.push(v);
            }
            Instr::StoreName(i) => {
                let v = self.pop();
                let name = self.name_at(i);
                let locals = self.frames.last().and_then(|f| f.locals).expect("locals");
                let r = self.mapping_set_item(locals, name, v);
                self.decref(v);
                r?;
            }
            Instr::DeleteName(i) => {
                let name = self.name_at(i);
                let locals = self.frames.last().and_then(|f| f.locals).expect("locals");
                if self.heap.type_of(locals) != self.types.dict {
                    match self.delitem(locals, name) {
                        Ok(()) => {}
                        Err(PyErr::Exception(e)) => {
                            self.decref(e);
                            let n = self.name_str(i);
                            return Err(self.name_error(&n));
                        }
                        Err(halt) => return Err(halt),
                    }
                } else if !self.dict_del_item(locals, name)? {
                    let n = self.name_str(i);
                    return Err(self.name_error(&n));
                }
            }
            Instr::LoadGlobal(i) => {
                let v = self.load_global(i)?;
                self.push(v);
            }
            Instr::StoreGlobal(i) => {
                let v = self.pop();
                let name = self.name_at(i);
                let globals = self.frames.last().expect("frame").globals;
                self.dict_set_item(globals, name, v)?;
                self.decref(v);
            }
            Instr::DeleteGlobal(i) => {
                let name = self.name_at(i);
                let globals = self.frames.last().expect("frame").globals;
                if !self.dict_del_item(globals, name)? {
                    let n = self.name_str(i);
                    return Err(self.name_error(&n));
                }
            }
            Instr::LoadFast(_) | Instr::LoadConst(_) | Instr::StoreFast(_) => {
                unreachable!("run by step_instruction")
            }
            Instr::DeleteFast(i) => {
                let old = self.top().fast[i as usize].take();
                match old {
                    Some(v) => self.decref(v),
                    None => return Err(self.unbound_local(i as usize)),
                }
            }
            Instr::MakeCell(i) => {
                let initial = self.top().fast[i as usize].take();
                let cell = self.alloc(self.types.cell, Payload::Cell(initial));
                self.top().fast[i as usize] = Some(cell);
            }
            Instr::CopyFreeVars(n) => {
                let func = self.top().func.expect("closure function");
                let closure = match self.heap.payload(func) {
                    Payload::Function(f) => f.closure,
                    _ => None,
                };
                if let Some(closure) = closure {
                    let total = self.top().fast.len();
                    let offset = total - n as usize;
                    for k in 0..n as usize {
                        let cell = match self.heap.payload(closure) {
                            Payload::Tuple(t) => t.get(k).copied(),
                            _ => None,
                        };
                        let Some(cell) = cell else { break };
                        self.incref(cell);
                        self.top().fast[offset + k] = Some(cell);
                    }
                }
            }
            Instr::LoadClosure(i) => {
                let cell = self.top().fast[i as usize].expect("cell");
                self.incref(cell);
                self.push(cell);
            }
            Instr::LoadDeref(i) => {
                let cell = self.top().fast[i as usize].expect("cell");
                match self.heap.payload(cell) {
                    Payload::Cell(Some(v)) => {
                        let v = *v;
                        self.incref(v);
                        self.push(v);
                    }
                    _ => return Err(self.unbound_deref(i as usize)),
                }
            }
            Instr::StoreDeref(i) => {
                let v = self.pop();
                let cell = self.top().fast[i as usize].expect("cell");
                let old = match self.heap.payload_mut(cell) {
                    Payload::Cell(c) => c.replace(v),
                    _ => None,
                };
                self.xdecref(old);
            }
            Instr::DeleteDeref(i) => {
                let cell = self.top().fast[i as usize].expect("cell");
                let old = match self.heap.payload_mut(cell) {
                    Payload::Cell(c) => c.take(),
                    _ => None,
                };
                match old {
                    Some(v) => self.decref(v),
                    None => return Err(self.unbound_deref(i as usize)),
                }
            }
            Instr::LoadClassDeref(i) => {
                let locals = self.top().locals.expect("class locals");
                let name = self.deref_name(i as usize);
                let key = self.intern_str(&name);
                let found = self.mapping_get_item(locals, key);
                self.decref(key);
                if let Some(v) = found? {
                    self.push(v);
                } else {
                    return self.execute(Instr::LoadDeref(i), base);
                }
            }
            Instr::LoadAttr(i) => {
                let obj = self.pop();
                let name = self.name_at(i);
                let r = self.getattr(obj, name);
                self.decref(obj);
                let v = r?;
                self.push(v);
            }
            Instr::StoreAttr(i) => {
                let obj = self.pop();
                let value = self.pop();
                let name = self.name_at(i);
                let r = self.setattr(obj, name, Some(value));
                self.decref(value);
                self.decref(obj);
                r?;
            }
            Instr::DeleteAttr(i) => {
                let obj = self.pop();
                let name = self.name_at(i);
                let r = self.setattr(obj, name, None);
                self.decref(obj);
                r?;
            }
            Instr::LoadMethod(i) => {
                let obj = self.pop();
                let name = self.name_at(i);
                match self.load_method(obj, name) {
                    Ok(Some(meth)) => {
                        self.push(meth);
                        self.push(obj);
                    }
                    Ok(None) => {
                        let r = self.getattr(obj, name);
                        self.decref(obj);
                        let v = r?;
                        self.push_opt(None);
                        self.push(v);
                    }
                    Err(e) => {
                        self.decref(obj);
                        return Err(e);
                    }
                }
            }
            Instr::BinarySubscr => {
                let key = self.pop();
                let container = self.pop();
                let r = self.getitem(container, key);
                self.decref(key);
                self.decref(container);
                let v = r?;
                self.push(v);
            }
            Instr::StoreSubscr => {
                let key = self.pop();
                let container = self.pop();
                let value = self.pop();
                let r = self.setitem(container, key, value);
                self.decref(value);
                self.decref(container);
                self.decref(key);
                r?;
            }
            Instr::DeleteSubscr => {
                let key = self.pop();
                let container = self.pop();
                let r = self.delitem(container, key);
                self.decref(container);
                self.decref(key);
                r?;
            }
            Instr::BuildSlice(n) => {
                let step = if n == 3 { Some(self.pop()) } else { None };
                let stop = self.pop();
                let start = self.pop();
                let step = match step {
                    Some(s) => s,
                    None => self.new_none(),
                };
                let s = self.alloc(self.types.slice, Payload::Slice { start, stop, step });
                self.push(s);
            }
            Instr::BinaryOp(BinaryOp { op, inplace }) => {
                let rhs = self.pop();
                let lhs = self.pop();
                let r = if inplace {
                    self.inplace_op(lhs, rhs, op)
                } else {
                    self.binary_op(lhs, rhs, op)
                };
                self.decref(lhs);
                self.decref(rhs);
                let v = r?;
                self.push(v);
            }
            Instr::UnaryNegative | Instr::UnaryPositive | Instr::UnaryInvert => {
                let v = self.pop();
                let r = self.unary_op(v, instr);
                self.decref(v);
                let out = r?;
                self.push(out);
            }
            Instr::UnaryNot => {
                let v = self.pop();
                let r = self.is_true(v);
                self.decref(v);
                let b = r?;
                let out = self.new_bool(!b);
                self.push(out);
            }
            Instr::CompareOp(op) => {
                let rhs = self.pop();
                let lhs = self.pop();
                let r = self.rich_compare(lhs, rhs, op);
                self.decref(lhs);
                self.decref(rhs);
                let v = r?;
                self.push(v);
            }
            Instr::IsOp(invert) => {
                let rhs = self.pop();
                let lhs = self.pop();
                let same = (lhs == rhs) != invert;
                self.decref(lhs);
                self.decref(rhs);
                let v = self.new_bool(same);
                self.push(v);
            }
            Instr::ContainsOp(invert) => {
                let container = self.pop();
                let item = self.pop();
                let r = self.contains(container, item);
                self.decref(container);
                self.decref(item);
                let found = r?;
                let v = self.new_bool(found != invert);
                self.push(v);
            }
            Instr::BuildTuple(n) => {
                let items = self.pop_n(n as usize);
                let t = self.new_tuple(items);
                self.push(t);
            }
            Instr::BuildList(n) => {
                let items = self.pop_n(n as usize);
                let l = self.new_list(items);
                self.push(l);
            }
            Instr::BuildSet(n) => {
                let items = self.pop_n(n as usize);
                let s = self.new_set();
                let mut result = Ok(());
                for item in items {
                    if result.is_ok() {
                        result = self.set_add(s, item);
                    }
                    self.decref(item);
                }
                if let Err(e) = result {
                    self.decref(s);
                    return Err(e);
                }
                self.push(s);
            }
            Instr::BuildMap(n) => {
                let items = self.pop_n(2 * n as usize);
                let unicode = items.chunks(2).all(|pair| self.is_exact_str(pair[0]));
                let d = self.alloc(
                    self.types.dict,
                    Payload::Dict(DictObj::with_capacity(n as usize, unicode)),
                );
                let mut result = Ok(());
                for pair in items.chunks(2) {
                    if result.is_ok() {
                        result = self.dict_set_item(d, pair[0], pair[1]);
                    }
                }
                for item in items {
                    self.decref(item);
                }
                if let Err(e) = result {
                    self.decref(d);
                    return Err(e);
                }
                self.push(d);
            }
            Instr::BuildConstKeyMap(n) => {
                let keys = self.pop();
                let values = self.pop_n(n as usize);
                let key_ids = match self.heap.payload(keys) {
                    Payload::Tuple(t) => t.clone(),
                    _ => Vec::new(),
                };
                let unicode = key_ids.iter().all(|&k| self.is_exact_str(k));
                let d = self.alloc(
                    self.types.dict,
                    Payload::Dict(DictObj::with_capacity(n as usize, unicode)),
                );
                let mut result = Ok(());
                for (k, v) in key_ids.iter().zip(values.iter()) {
                    if result.is_ok() {
                        result = self.dict_set_item(d, *k, *v);
                    }
                }
                for v in values {
                    self.decref(v);
                }
                self.decref(keys);
                if let Err(e) = result {
                    self.decref(d);
                    return Err(e);
                }
                self.push(d);
            }
            Instr::BuildString(n) => {
                let parts = self.pop_n(n as usize);
                let mut s = String::new();
                for &p in &parts {
                    if let Payload::Str(st) = self.heap.payload(p) {
                        s.push_str(st.as_str());
                    }
                }
                for p in parts {
                    self.decref(p);
                }
                let out = self.new_str_owned(s);
                self.push(out);
            }
            Instr::ListAppend(i) => {
                let v = self.pop();
                let list = self.peek(i as usize);
                self.list_append_owned(list, v);
            }
            Instr::SetAdd(i) => {
                let v = self.pop();
                let set = self.peek(i as usize);
                let r = self.set_add(set, v);
                self.decref(v);
                r?;
            }
            Instr::MapAdd(i) => {
                let value = self.pop();
                let key = self.pop();
                let dict = self.peek(i as usize);
                let r = self.dict_set_item(dict, key, value);
                self.decref(key);
                self.decref(value);
                r?;
            }
            Instr::ListExtend(i) => {
                let iterable = self.pop();
                let list = self.peek(i as usize);
                let r = self.list_extend(list, iterable);
                if let Err(e) = r {
                    let e = self.list_extend_error(e, iterable);
                    self.decref(iterable);
                    return Err(e);
                }
                self.decref(iterable);
            }
            Instr::SetUpdate(i) => {
                let iterable = self.pop();
                let set = self.peek(i as usize);
                let r = self.set_update(set, iterable);
                self.decref(iterable);
                r?;
            }
            Instr::DictUpdate(i) | Instr::DictMerge(i) => {
                let mapping = self.pop();
                let dict = self.peek(i as usize);
                let merge = matches!(instr, Instr::DictMerge(_));
                let func = if merge {
                    let stack = &self.top().stack;
                    stack[stack.len() - i as usize - 2]
                } else {
                    None
                };
                let r = self.dict_update_from(dict, mapping, merge, func);
                self.decref(mapping);
                r?;
            }
            Instr::GetAwaitable(where_) => {
                let v = self.pop();
                let it = self.get_awaitable(v, where_)?;
                self.push(it);
            }
            Instr::GetAiter => {
                let v = self.pop();
                let it = self.get_aiter(v)?;
                self.push(it);
            }
            Instr::GetAnext => {
                let awaitable = self.get_anext(self.peek(1))?;
                self.push(awaitable);
            }
            Instr::EndAsyncFor => {
                let exc = self.pop();
                if !self.isinstance_of(exc, self.types.stop_async_iteration) {
                    self.reraising = true;
                    return Err(PyErr::Exception(exc));
                }
                self.decref(exc);
                let aiter = self.pop();
                self.decref(aiter);
            }
            Instr::BeforeAsyncWith => {
                let mgr = self.pop();
                let (exit, res) = self.before_async_with(mgr)?;
                self.push(exit);
                self.push(res);
            }
            Instr::AsyncGenWrap => {
                let v = self.pop();
                let ty = self.types.async_generator_wrapped_value;
                let wrapped = self.alloc(ty, Payload::Tuple(vec![v]));
                self.push(wrapped);
            }
            Instr::GetLen => {
                let v = self.peek(1);
                let n = self.len(v)?;
                let n = self.new_int(i64::try_from(n).unwrap_or(i64::MAX));
                self.push(n);
            }
            Instr::MatchMapping | Instr::MatchSequence => {
                let ty = self.heap.type_of(self.peek(1));
                let yes = if instr == Instr::MatchMapping {
                    self.type_is_mapping(ty)
                } else {
                    self.type_is_sequence(ty)
                };
                let b = self.new_bool(yes);
                self.push(b);
            }
            Instr::MatchKeys => {
                let values = self.match_keys(self.peek(2), self.peek(1))?;
                self.push(values);
            }
            Instr::MatchClass(nargs) => {
                let names = self.pop();
                let ty = self.pop();
                let r = self.match_class(self.peek(1), ty, nargs as usize, names);
                self.decref(names);
                self.decref(ty);
                let attrs = r?;
                let subject = self.pop();
                self.push(attrs);
                self.decref(subject);
            }
            Instr::ListToTuple => {
                let list = self.pop();
                let items = match self.heap.payload(list) {
                    Payload::List(l) => l.items.clone(),
                    _ => Vec::new(),
                };
                let t = self.new_tuple_from(&items);
                self.decref(list);
                self.push(t);
            }
            Instr::FormatValue {
                conversion,
                has_spec,
            } => {
                let spec = if has_spec { Some(self.pop()) } else { None };
                let value = self.pop();
                let r = self.format_value(value, conversion, spec);
                self.decref(value);
                self.xdecref(spec);
                let s = r?;
                self.push(s);
            }
            Instr::UnpackSequence(n) => {
                let seq = self.pop();
                let r = self.unpack_sequence(seq, n as usize);
                self.decref(seq);
                let items = r?;
                for item in items.into_iter().rev() {
                    self.push(item);
                }
            }
            Instr::UnpackEx { before, after } => {
                let seq = self.pop();
                let r = self.unpack_ex(seq, before as usize, after as usize);
                self.decref(seq);
                let items = r?;
                for item in items.into_iter().rev() {
                    self.push(item);
                }
            }
            Instr::GetIter => {
                let v = self.pop();
                let r = self.get_iter(v);
                self.decref(v);
                let it = r?;
                self.push(it);
            }
            Instr::ForIter(target) => {
                let it = self.peek(1);
                if let Payload::Generator(_) = self.heap.payload(it) {
                    return self.resume_generator_for_iter(it, target);
                }
                match self.iter_next(it)? {
                    Some(v) => self.push(v),
                    None => {
                        let it = self.pop();
                        self.decref(it);
                        self.jump(target);
                    }
                }
            }
            Instr::Jump(t) => self.jump(t),
            Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                let v = self.pop();
                let r = self.is_true(v);
                self.decref(v);
                let b = r?;
                if b == matches!(instr, Instr::PopJumpIfTrue(_)) {
                    self.jump(t);
                }
            }
            Instr::PopJumpIfNone(t) | Instr::PopJumpIfNotNone(t) => {
                let v = self.pop();
                let is_none = v == self.none;
                self.decref(v);
                if is_none == matches!(instr, Instr::PopJumpIfNone(_)) {
                    self.jump(t);
                }
            }
            Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                let v = self.peek(1);
                let b = self.is_true(v)?;
                if b == matches!(instr, Instr::JumpIfTrueOrPop(_)) {
                    self.jump(t);
                } else {
                    let v = self.pop();
                    self.decref(v);
                }
            }
            Instr::KwNames(i) => {
                let names = self.const_at(i);
                self.top().kwnames = Some(names);
            }
            Instr::Call(argc) => return self.call_instr(argc as usize, base),
            Instr::CallFunctionEx(has_kwargs) => return self.call_function_ex(has_kwargs, base),
            Instr::MakeFunction(flags) => {
                let code = self.pop();
                let closure = if flags & 8 != 0 {
                    Some(self.pop())
                } else {
                    None
                };
                let annotations = if flags & 4 != 0 {
                    Some(self.pop())
                } else {
                    None
                };
                let kwdefaults = if flags & 2 != 0 {
                    Some(self.pop())
                } else {
                    None
                };
                let defaults = if flags & 1 != 0 {
                    Some(self.pop())
                } else {
                    None
                };
                let f = self.make_function(code, defaults, kwdefaults, annotations, closure);
                self.push(f);
            }
            Instr::ReturnValue => {
                let v = self.pop();
                return self.return_from_frame(v, base);
            }
            Instr::YieldValue => {
                let v = self.pop();
                return self.yield_from_frame(v, base);
            }
            Instr::GetYieldFromIter => {
                let v = self.peek(1);
                if !matches!(self.heap.payload(v), Payload::Generator(_)) {
                    let v = self.pop();
                    let r = self.get_iter(v);
                    self.decref(v);
                    let it = r?;
                    self.push(it);
                }
            }
            Instr::Send(target) => {
                let value = self.pop();
                let receiver = self.peek(1);
                match self.send(receiver, value) {
                    Ok(FrameExit::Yield(v)) => {
                        self.decref(value);
                        self.push(v);
                    }
                    Ok(FrameExit::Return(v)) => {
                        self.decref(value);
                        let r = self.pop();
                        self.decref(r);
                        self.push(v);
                        self.jump(target);
                    }
                    Err(e) => {
                        self.decref(value);
                        return Err(e);
                    }
                }
            }
            Instr::ImportName(i) => {
                let fromlist = self.pop();
                let level = self.pop();
                let name = self.name_str(i);
                let r = self.import_name(&name, fromlist, level);
                self.decref(fromlist);
                self.decref(level);
                let m = r?;
                self.push(m);
            }
            Instr::ImportFrom(i) => {
                let module = self.peek(1);
                let name = self.name_at(i);
                let v = self.import_from(module, name)?;
                self.push(v);
            }
            Instr::ImportStar => {
                let module = self.pop();
                let r = self.import_star(module);
                self.decref(module);
                r?;
            }
            Instr::LoadBuildClass => {
                let key = self.intern_str("__build_class__");
                let f = self.dict_get_item(self.builtins_dict, key);
                self.decref(key);
                match f? {
                    Some(f) => self.push(f),
                    None => {
                        return Err(
                            self.new_error_msg(self.types.name_error, "__build_class__ not found")
                        )
                    }
                }
            }
            Instr::SetupAnnotations => {
                let locals = self.top().locals.expect("locals");
                let key = self.intern_str("__annotations__");
                if self
                    .dict_get_item(locals, key)?
                    .map(|v| self.decref(v))
                    .is_none()
                {
                    let d = self.new_dict();
                    self.dict_set_item(locals, key, d)?;
                    self.decref(d);
                }
                self.decref(key);
            }
            Instr::RaiseVarargs(n) => return Err(self.raise_varargs(n)),
            Instr::Reraise(restore_lasti) => {
                let exc = self.pop();
                if restore_lasti {
                    let lasti = self.pop();
                    if let Payload::Int(i) = self.heap.payload(lasti) {
                        let i = *i as usize;
                        self.top().lasti = i;
                    }
                    self.decref(lasti);
                }
                self.reraising = true;
                return Err(PyErr::Exception(exc));
            }
            Instr::PushExcInfo => {
                let exc = self.pop();
                let prev = self.exc_info.take();
                self.push_opt(prev);
                self.incref(exc);
                self.exc_info = Some(exc);
                self.push(exc);
            }
            Instr::PopExcept => {
                let prev = self.pop_opt();
                let cur = std::mem::replace(&mut self.exc_info, prev);
                self.xdecref(cur);
            }
            Instr::CheckExcMatch => {
                let ty = self.pop();
                let exc = self.peek(1);
                let r = self.exception_matches(exc, ty);
                self.decref(ty);
                let b = r?;
                let v = self.new_bool(b);
                self.push(v);
            }
            Instr::CheckEgMatch => {
                let ty = self.pop();
                let exc = self.peek(1);
                let checked =
                    crate::builtins::exception_group::check_except_star_type_valid(self, ty)
                        .and_then(|()| {
                            crate::builtins::exception_group::exception_group_match(self, exc, ty)
                        });
                self.decref(ty);
                let (matched, rest) = checked?;
                if matched == self.none {
                    self.decref(rest);
                    self.push(matched);
                } else {
                    // Total or partial match: [exc] -> [rest, match]; match is being handled.
                    let exc = self.pop();
                    self.push(rest);
                    self.incref(matched);
                    let old = self.exc_info.replace(matched);
                    self.xdecref(old);
                    self.push(matched);
                    self.decref(exc);
                }
            }
            Instr::PrepReraiseStar => {
                let excs = self.pop();
                let orig = self.pop();
                let raised = match self.heap.payload(excs) {
                    Payload::List(l) => l.items.clone(),
                    _ => Vec::new(),
                };
                let r = crate::builtins::exception_group::prep_reraise_star(self, orig, &raised);
                self.decref(excs);
                self.decref(orig);
                let v = r?;
                self.push(v);
            }
            Instr::LoadAssertionError => {
                let t = self.types.assertion_error;
                self.incref(t);
                self.push(t);
            }
            Instr::BeforeWith => {
                let mgr = self.pop();
                let (exit, entered) = self.before_with(mgr)?;
                self.push(exit);
                self.push(entered);
            }
            Instr::WithExceptStart => {
                let exc = self.peek(1);
                let exit = self.peek(4);
                let ty = self.heap.type_of(exc);
                let tb = match self.heap.payload(exc) {
                    Payload::Exception(e) => e.traceback,
                    _ => None,
                }
                .unwrap_or(self.none);
                let args = Args::positional(vec![ty, exc, tb]);
                let r = self.call_object(exit, &args)?;
                self.push(r);
            }
        }
        Ok(Flow::Next)
    }

    /// Pops n values, first-pushed first.
    pub(crate) fn pop_n(&mut self, n: usize) -> Vec<ObjId> {
        let stack = &mut self.top().stack;
        let at = stack.len() - n;
        stack
            .drain(at..)
            .map(|v| v.expect("NULL in a build"))
            .collect()
    }

    /// `LOAD_GLOBAL`: globals, then builtins (new reference), answered from the cache while
    /// neither dict changed.
    fn load_global(&mut self, i: u32) -> PyResult<ObjId> {
        let name = self.name_at(i);
        let (code_id, globals, builtins) = {
            let f = self.frames.last().expect("frame");
            (f.code_id, f.globals, f.builtins)
        };
        let key = GlobalCacheKey {
            code: code_id,
            index: i,
            globals,
            builtins,
            revisions: (self.dict_revision(globals), self.dict_revision(builtins)),
        };
        let slot = key.slot();
        if let Some((k, v)) = self.global_cache[slot] {
            if k == key {
                return Ok(self.incref(v));
            }
        }
        let v = match self.dict_get_item(globals, name)? {
            Some(v) => v,
            None => match self.dict_get_item(builtins, name)? {
                Some(v) => v,
                None => {
                    let n = self.name_str(i);
                    return Err(self.name_error(&n));
                }
            },
        };
        self.global_cache[slot] = Some((key, v));
        Ok(v)
    }

    fn load_name(&mut self, i: u32) -> PyResult<ObjId> {
        let name = self.name_at(i);
        let (locals, globals, builtins) = {
            let f = self.frames.last().expect("frame");
            (f.locals, f.globals, f.builtins)
        };
        if locals == Some(globals) && self.heap.type_of(globals) == self.types.dict {
            // Module-level code: the locals are the globals, so this is LOAD_GLOBAL.
            return self.load_global(i);
        }
        if let Some(locals) = locals {
            if let Some(v) = self.mapping_get_item(locals, name)? {
                return Ok(v);
            }
        }
        if let Some(v) = self.dict_get_item(globals, name)? {
            return Ok(v);
        }
        if let Some(v) = self.dict_get_item(builtins, name)? {
            return Ok(v);
        }
        let n = self.name_str(i);
        Err(self.name_error(&n))
    }

    fn deref_name(&self, i: usize) -> Rc<str> {
        let code = &self.frames.last().expect("frame").code;
        let nv = code.varnames.len();
        let nc = code.cellvars.len();
        if i < nv {
            code.varnames[i].clone()
        } else if i < nv + nc {
            code.cellvars[i - nv].clone()
        } else {
            code.freevars[i - nv - nc].clone()
        }
    }

    fn unbound_local(&mut self, i: usize) -> PyErr {
        let name = self.deref_name(i);
        self.new_error_msg(
            self.types.unbound_local_error,
            &format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    fn unbound_deref(&mut self, i: usize) -> PyErr {
        let name = self.deref_name(i);
        let code = self.frames.last().expect("frame").code.clone();
        if i >= code.varnames.len() + code.cellvars.len() {
            self.new_error_msg(
                self.types.name_error,
                &format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        } else {
            self.new_error_msg(
                self.types.unbound_local_error,
                &format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        }
    }

    /// Pops the top frame after `ReturnValue` and hands the value to whoever called it.
    fn return_from_frame(&mut self, value: ObjId, base: usize) -> PyResult<Flow> {
        let fi = self.frames.len() - 1;
        let frame = self.frames.pop().expect("frame");
        let on_return = frame.on_return;
        let visible = !frame.code.flags.stdlib;
        self.clear_frame(frame);
        if visible {
            self.step_event_return()?;
        }
        match on_return {
            OnReturn::Push => {
                self.push(value);
                Ok(Flow::Next)
            }
            OnReturn::CallEx(npop) => {
                self.pop_call_slots(npop);
                self.push(value);
                Ok(Flow::Next)
            }
            OnReturn::Init(instance, npop) => {
                let r = self.finish_init(value, instance);
                self.pop_call_slots(npop);
                let inst = r?;
                self.push(inst);
                Ok(Flow::Next)
            }
            OnReturn::Native => {
                debug_assert_eq!(fi, base);
                Ok(Flow::Exit(FrameExit::Return(value)))
            }
            OnReturn::GenForIter(gen) => {
                self.finish_generator(gen);
                self.decref(value);
                // The loop ends: pop the generator and jump past the loop body.
                let it = self.pop();
                self.decref(it);
                let target = match self.frames.last().map(|f| f.code.instructions[f.lasti]) {
                    Some(Instr::ForIter(t)) => t,
                    _ => unreachable!("generator resumed by ForIter"),
                };
                self.jump(target);
                Ok(Flow::Next)
            }
            OnReturn::GenNative(gen) => {
                self.finish_generator(gen);
                debug_assert_eq!(fi, base);
                Ok(Flow::Exit(FrameExit::Return(value)))
            }
        }
    }

    /// `YieldValue`: the frame goes back into its generator.
    fn yield_from_frame(&mut self, value: ObjId, base: usize) -> PyResult<Flow> {
        let fi = self.frames.len() - 1;
        let mut frame = self.frames.pop().expect("frame");
        let on_return = frame.on_return;
        frame.last_line = 0;
        let gen = match on_return {
            OnReturn::GenForIter(g) | OnReturn::GenNative(g) => g,
            _ => unreachable!("yield outside a generator frame"),
        };
        self.suspend_generator(gen, frame);
        match on_return {
            OnReturn::GenForIter(_) => {
                self.push(value);
                Ok(Flow::Next)
            }
            _ => {
                debug_assert_eq!(fi, base);
                Ok(Flow::Exit(FrameExit::Yield(value)))
            }
        }
    }

    /// `_PyFrame_Clear`: releases a finished frame's references, handing its locals to its
    /// frame object if something (a traceback) still holds that.
    pub(crate) fn clear_frame(&mut self, frame: Frame) {
        let Frame {
            code_id,
            func,
            globals,
            builtins,
            locals,
            fast,
            stack,
            kwnames: _,
            frame_obj,
            ..
        } = frame;
        let mut fast = Some(fast);
        if let Some(fo) = frame_obj {
            if self.heap.refcount(fo) > 1 {
                self.take_frame_ownership(fo, fast.take().unwrap_or_default());
            } else if let Payload::Frame(f) = self.heap.payload_mut(fo) {
                f.live_depth = None;
            }
            self.decref(fo);
        }
        if let Some(mut fast) = fast {
            for v in fast.drain(..) {
                self.xdecref(v);
            }
            self.recycle_frame_vec(fast);
        }
        let mut stack = stack;
        for v in stack.drain(..) {
            self.xdecref(v);
        }
        self.recycle_frame_vec(stack);
        self.xdecref(locals);
        self.xdecref(func);
        self.decref(globals);
        self.decref(builtins);
        self.decref(code_id);
    }

    /// Keeps an emptied frame vector for the next frame (a bounded number of modest ones).
    fn recycle_frame_vec(&mut self, v: Vec<Option<ObjId>>) {
        if self.frame_vecs.len() < 64 && v.capacity() <= 256 {
            self.frame_vecs.push(v);
        }
    }

    /// A return is a step too, but never a pause point: the frame is already gone, and the
    /// next step event pauses instead.
    fn step_event_return(&mut self) -> PyResult<()> {
        self.step += 1;
        Ok(())
    }

    /// Unwinds after an exception: finds a handler in the exception tables of the frames from
    /// the top down to `base`. Returns the error when it escapes `base`.
    pub(super) fn unwind(&mut self, exc: ObjId, base: usize) -> Option<PyErr> {
        // A re-raise (`RERAISE`, bare `raise`) goes to `exception_unwind` directly: no new
        // traceback entry for the frame it happens in.
        let mut add_entry = !std::mem::take(&mut self.reraising);
        loop {
            let fi = self.frames.len() - 1;
            if add_entry {
                self.add_traceback_entry(exc, fi);
            }
            add_entry = true;
            let (lasti, entry) = {
                let f = &self.frames[fi];
                let lasti = f.lasti as u32;
                // The handler is chosen by the instruction that raised, even when RERAISE
                // restored an older `lasti` for the traceback.
                let raised_at = f.ip.saturating_sub(1) as u32;
                let entry = f
                    .code
                    .exception_table
                    .iter()
                    .find(|e| e.start <= raised_at && raised_at < e.end)
                    .copied();
                (lasti, entry)
            };
            if let Some(entry) = entry {
                while self.frames[fi].stack.len() > entry.depth as usize {
                    let v = self.pop_opt();
                    self.xdecref(v);
                }
                if entry.lasti {
                    let l = self.new_int(lasti as i64);
                    self.push(l);
                }
                self.push(exc);
                self.frames[fi].ip = entry.target as usize;
                return None;
            }
            let frame = self.frames.pop().expect("frame");
            let on_return = frame.on_return;
            self.clear_frame(frame);
            match on_return {
                OnReturn::Push => {}
                OnReturn::Init(instance, npop) => {
                    self.decref(instance);
                    self.pop_call_slots(npop);
                }
                OnReturn::CallEx(npop) => self.pop_call_slots(npop),
                OnReturn::GenForIter(gen) => {
                    self.finish_generator(gen);
                    if self.is_stop_iteration(exc) {
                        // A generator raising StopIteration: RuntimeError (PEP 479).
                        let err = self.generator_raised_stop_iteration(gen, exc);
                        return self.unwind_replace(err, base);
                    }
                }
                OnReturn::Native | OnReturn::GenNative(_) => {
                    debug_assert_eq!(fi, base);
                    if let OnReturn::GenNative(gen) = on_return {
                        self.finish_generator(gen);
                        if self.is_stop_iteration(exc) {
                            // PEP 479, for generators resumed by native code too.
                            return Some(self.generator_raised_stop_iteration(gen, exc));
                        }
                    }
                    return Some(PyErr::Exception(exc));
                }
            }
            if fi == base {
                return Some(PyErr::Exception(exc));
            }
        }
    }

    fn unwind_replace(&mut self, err: PyErr, base: usize) -> Option<PyErr> {
        match err {
            PyErr::Exception(e) => self.unwind(e, base),
            halt => Some(halt),
        }
    }

    /// Pops the `[NULL|func, callable|self, args...]` slots a class call left on the caller's
    /// stack while its `__init__` ran as a frame.
    pub(crate) fn pop_call_slots(&mut self, n: u32) {
        for _ in 0..n {
            let v = self.pop_opt();
            self.xdecref(v);
        }
    }

    /// Runs a code object as a new module-level frame with `globals` (and the same mapping as
    /// locals), to completion.
    pub fn run_code(&mut self, code_id: ObjId, globals: ObjId) -> PyResult<ObjId> {
        let frame = self.new_frame(code_id, None, globals, Some(globals), OnReturn::Native);
        self.frames.push(frame);
        self.native_depth += 1;
        let base = self.frames.len() - 1;
        let r = self.run_frame(base);
        self.native_depth -= 1;
        match r {
            Ok(FrameExit::Return(v)) | Ok(FrameExit::Yield(v)) => Ok(v),
            Err(e) => Err(e),
        }
    }

    /// Builds a frame for `code_id`; takes a new reference to everything it keeps.
    pub(crate) fn new_frame(
        &mut self,
        code_id: ObjId,
        func: Option<ObjId>,
        globals: ObjId,
        locals: Option<ObjId>,
        on_return: OnReturn,
    ) -> Frame {
        let (code, consts, names) = match self.heap.payload(code_id) {
            Payload::Code(c) => (c.code.clone(), c.const_ids.clone(), c.name_ids.clone()),
            _ => unreachable!("frame of a non-code object"),
        };
        self.incref(code_id);
        self.incref(globals);
        if let Some(l) = locals {
            self.incref(l);
        }
        let builtins = self.builtins_dict;
        self.incref(builtins);
        let n = code.nlocalsplus();
        let mut fast = self.frame_vecs.pop().unwrap_or_default();
        fast.resize(n, None);
        let stack = self
            .frame_vecs
            .pop()
            .unwrap_or_else(|| Vec::with_capacity(8));
        Frame {
            code,
            code_id,
            func,
            globals,
            builtins,
            locals,
            fast,
            stack,
            ip: 0,
            lasti: 0,
            kwnames: None,
            consts,
            names,
            on_return,
            frame_obj: None,
            last_line: 0,
        }
    }

    pub(crate) fn code_of(&self, code_id: ObjId) -> Rc<CodeObject> {
        match self.heap.payload(code_id) {
            Payload::Code(c) => c.code.clone(),
            _ => unreachable!("not a code object"),
        }
    }

    /// `list.append` of a reference the caller gives away.
    pub(crate) fn list_append_owned(&mut self, list: ObjId, v: ObjId) {
        if let Payload::List(l) = self.heap.payload_mut(list) {
            let newsize = l.items.len() + 1;
            l.allocated =
                crate::builtins::list::list_resize_capacity(l.allocated, l.items.len(), newsize);
            l.items.push(v);
        }
    }
}
