//! Calls: the `Call` instruction, argument binding (`initialize_locals`), class
//! instantiation (`type_call`), calls from native code, generators and `with`.

use std::rc::Rc;

use super::attr::{ABSTRACT_METHODS, NEW};
use super::eval::{Flow, FrameExit};
use super::frame::OnReturn;
use super::{Args, Halt, PyErr, PyResult, Vm};
use crate::heap::{FunctionObj, GeneratorObj, ObjId, Payload};

/// What a stack call resolved to.
enum Callee {
    /// A Python function: a frame is pushed, taking the arguments over.
    Python,
    /// A class whose `__init__` is a Python function and whose `__new__` is object's.
    ClassWithPythonInit(ObjId),
    /// Anything else: called natively with borrowed arguments.
    Native,
}

impl Vm {
    /// The `Call` instruction.
    pub(super) fn call_instr(&mut self, argc: usize, _base: usize) -> PyResult<Flow> {
        let kwnames = self.frames.last_mut().expect("frame").kwnames.take();
        let len = self.frames.last().expect("frame").stack.len();
        let mut is_meth = self.frames.last().expect("frame").stack[len - argc - 2].is_some();
        if !is_meth {
            let callable = self.peek_at(len - argc - 1);
            if let Payload::BoundMethod { func, self_ } = *self.heap.payload(callable) {
                self.incref(func);
                self.incref(self_);
                let stack = &mut self.frames.last_mut().expect("frame").stack;
                stack[len - argc - 2] = Some(func);
                stack[len - argc - 1] = Some(self_);
                self.decref(callable);
                is_meth = true;
            }
        }
        let nargs = argc + is_meth as usize;
        let callable_slot = len - nargs - 1;
        let callable = self.peek_at(callable_slot);
        let kw: Vec<Rc<str>> = match kwnames {
            Some(k) => self.tuple_of_strs(k),
            None => Vec::new(),
        };
        let callee = match self.classify_callee(callable) {
            // Keywords travel in a dict and through _PyStack_UnpackDict (`call_prepend`).
            Callee::ClassWithPythonInit(_) if !kw.is_empty() => Callee::Native,
            callee => callee,
        };
        match callee {
            Callee::Python => {
                let mut args = self.arg_vecs.pop().unwrap_or_default();
                let stack = &mut self.frames.last_mut().expect("frame").stack;
                args.extend(stack.drain(len - nargs..).map(|v| v.expect("arg")));
                // The callable's reference moves into the frame (`f_func`); pop its NULL too.
                stack.pop();
                if !is_meth {
                    stack.pop();
                }
                if let Some(generator) =
                    self.push_python_frame(callable, args, kw, OnReturn::Push)?
                {
                    self.push(generator);
                }
                Ok(Flow::Next)
            }
            Callee::ClassWithPythonInit(init) => {
                let stack = &self.frames.last().expect("frame").stack;
                let positional: Vec<ObjId> = stack[len - nargs..]
                    .iter()
                    .map(|v| v.expect("arg"))
                    .collect();
                // _PyObject_MakeTpCall's argument tuple stays on top of the call's slots
                // until `__init__` returns, and is released first.
                let packed = self.new_tuple_from(&positional);
                self.push(packed);
                let instance = match self.new_instance(callable) {
                    Ok(i) => i,
                    Err(e) => {
                        self.pop_call_slots(1);
                        return Err(e);
                    }
                };
                let mut args = self.arg_vecs.pop().unwrap_or_default();
                args.push(instance);
                args.extend(positional);
                for &a in &args {
                    self.incref(a);
                }
                self.incref(init);
                let npop = (nargs + if is_meth { 2 } else { 3 }) as u32;
                let depth = self.frames.len();
                match self.push_python_frame(init, args, kw, OnReturn::Init(instance, npop)) {
                    Ok(None) => {}
                    Ok(Some(generator)) => {
                        let r = self.finish_init(generator, instance);
                        self.pop_call_slots(npop);
                        let inst = r?;
                        self.push(inst);
                    }
                    // A pause at the call's step: the pushed frame owns the call's cleanup.
                    Err(e) if self.frames.len() > depth => return Err(e),
                    Err(e) => {
                        self.decref(instance);
                        self.pop_call_slots(npop);
                        return Err(e);
                    }
                }
                Ok(Flow::Next)
            }
            Callee::Native => {
                let mut positional = self.arg_vecs.pop().unwrap_or_default();
                let stack = &self.frames.last().expect("frame").stack;
                let npos = nargs - kw.len();
                positional.extend(
                    stack[len - nargs..len - nargs + npos]
                        .iter()
                        .map(|v| v.expect("arg")),
                );
                let args = Args {
                    args: positional,
                    kwargs: kw
                        .into_iter()
                        .zip(stack[len - nargs + npos..].iter().map(|v| v.expect("arg")))
                        .collect(),
                };
                self.flat_call_serial = self.call_serial + 1;
                let r = self.call_object(callable, &args);
                self.recycle_arg_vec(args.args);
                let npop = (nargs + if is_meth { 1 } else { 2 }) as u32;
                self.pop_call_slots(npop);
                let v = r?;
                self.push(v);
                Ok(Flow::Next)
            }
        }
    }

    /// `CallFunctionEx`: `f(*args, **kwargs)`; the tuple and dict stay on the stack while
    /// the call runs (a nested loop, as in 3.11).
    pub(super) fn call_function_ex(&mut self, has_kwargs: bool, _base: usize) -> PyResult<Flow> {
        let kwargs = if has_kwargs { Some(self.pop()) } else { None };
        let args_obj = self.pop();
        let callable = self.pop();
        let null = self.frames.last_mut().expect("frame").stack.pop().flatten();
        // 3.11 converts a non-tuple `*args` (the compiler builds a list) to a new tuple first.
        let args_obj = if matches!(self.heap.payload(args_obj), Payload::Tuple(_))
            && self.heap.type_of(args_obj) == self.types.tuple
        {
            args_obj
        } else {
            match self.collect_iterable(args_obj) {
                Ok(items) => {
                    self.decref(args_obj);
                    self.new_tuple(items)
                }
                Err(e) => {
                    let fname = self.callable_name(callable);
                    let tn = self.type_name_of(args_obj);
                    let e = match e {
                        PyErr::Exception(exc)
                            if self.isinstance_of(exc, self.types.type_error)
                                && self
                                    .lookup_type_attr_borrowed(
                                        self.heap.type_of(args_obj),
                                        "__iter__",
                                    )
                                    .is_none() =>
                        {
                            self.decref(exc);
                            self.type_error(&format!(
                                "{fname} argument after * must be an iterable, not {tn}"
                            ))
                        }
                        other => other,
                    };
                    self.decref(args_obj);
                    self.xdecref(kwargs);
                    self.decref(callable);
                    self.xdecref(null);
                    return Err(e);
                }
            }
        };
        if let Some(flow) = self.call_function_ex_frame(callable, args_obj, kwargs, null)? {
            return Ok(flow);
        }
        let positional = self.tuple_items(Some(args_obj));
        let mut args = Args::positional(positional);
        if let Some(kw) = kwargs {
            for (k, v) in self.dict_items(kw) {
                args.kwargs.push((self.str_of(k), v));
            }
        }
        // `_PyStack_UnpackDict`: with keyword arguments, vectorcall copies every argument into
        // a temporary array that holds a reference for the duration of the call.
        let unpacked: Vec<ObjId> = if args.kwargs.is_empty() {
            Vec::new()
        } else {
            args.args
                .iter()
                .copied()
                .chain(args.kwargs.iter().map(|(_, v)| *v))
                .collect()
        };
        for &v in &unpacked {
            self.incref(v);
        }
        self.flat_call_serial = self.call_serial + 1;
        let r = self.call_object(callable, &args);
        for v in unpacked {
            self.decref(v);
        }
        self.xdecref(kwargs);
        self.decref(args_obj);
        self.decref(callable);
        self.xdecref(null);
        let v = r?;
        self.push(v);
        Ok(Flow::Next)
    }

    /// `CallFunctionEx` of a Python function (or a method of one) without keyword
    /// arguments: its frame runs in this loop, as a `Call` would, while the caller's stack
    /// keeps the callable, the tuple and the dict until it returns (so a thread can switch
    /// inside it). Takes over the four references; None when the call must be made natively.
    fn call_function_ex_frame(
        &mut self,
        callable: ObjId,
        args_obj: ObjId,
        kwargs: Option<ObjId>,
        null: Option<ObjId>,
    ) -> PyResult<Option<Flow>> {
        let (func, self_) = match *self.heap.payload(callable) {
            Payload::Function(_) => (callable, None),
            Payload::BoundMethod { func, self_ }
                if matches!(self.heap.payload(func), Payload::Function(_)) =>
            {
                (func, Some(self_))
            }
            _ => return Ok(None),
        };
        if kwargs.is_some_and(|k| !matches!(self.heap.payload(k), Payload::Dict(d) if d.is_empty()))
        {
            return Ok(None);
        }
        let mut args: Vec<ObjId> = self_.into_iter().collect();
        args.extend(self.tuple_items(Some(args_obj)));
        for &a in &args {
            self.incref(a);
        }
        self.incref(func);
        self.push_opt(null);
        self.push(callable);
        self.push(args_obj);
        let mut npop = 3;
        if let Some(k) = kwargs {
            self.push(k);
            npop += 1;
        }
        match self.push_python_frame(func, args, Vec::new(), OnReturn::CallEx(npop)) {
            Ok(None) => {}
            Ok(Some(generator)) => {
                self.pop_call_slots(npop);
                self.push(generator);
            }
            Err(PyErr::Exception(e)) => {
                // The frame was never pushed.
                self.pop_call_slots(npop);
                return Err(PyErr::Exception(e));
            }
            // A pause at the new frame's first step: it runs on when resumed.
            Err(halt) => return Err(halt),
        }
        Ok(Some(Flow::Next))
    }

    fn peek_at(&self, index: usize) -> ObjId {
        self.frames.last().expect("frame").stack[index].expect("callable")
    }

    fn classify_callee(&self, callable: ObjId) -> Callee {
        match self.heap.payload(callable) {
            Payload::Function(_) => Callee::Python,
            Payload::Type(t) if t.heap_type => {
                if self.class_uses_object_new(callable)
                    && !self.is_heap_type(self.heap.type_of(callable))
                {
                    if let Some(init) = self.lookup_type_attr_borrowed(callable, "__init__") {
                        if matches!(self.heap.payload(init), Payload::Function(_)) {
                            return Callee::ClassWithPythonInit(init);
                        }
                    }
                }
                Callee::Native
            }
            _ => Callee::Native,
        }
    }

    /// The class inherits `object.__new__` (no `__new__` in its MRO before `object`) and
    /// derives from no builtin type but object.
    fn class_uses_object_new(&self, cls: ObjId) -> bool {
        let Payload::Type(t) = self.heap.payload(cls) else {
            return false;
        };
        if t.layout != crate::heap::Layout::Object {
            return false;
        }
        for &m in &t.mro {
            if m == self.types.object {
                return true;
            }
            if let Payload::Type(mt) = self.heap.payload(m) {
                if self.dict_get_name_borrowed(mt.dict, &NEW).is_some() {
                    return false;
                }
            }
        }
        true
    }

    /// Pushes a frame running Python function `func` with owned `args` (keyword values last,
    /// named by `kwnames`); takes over the reference to `func`. A generator function's frame
    /// is not pushed: the new generator object is returned instead.
    pub(crate) fn push_python_frame(
        &mut self,
        func: ObjId,
        args: Vec<ObjId>,
        kwnames: Vec<Rc<str>>,
        on_return: OnReturn,
    ) -> PyResult<Option<ObjId>> {
        if self.frames.len() + 1 > self.recursion_limit {
            for a in args {
                self.decref(a);
            }
            self.decref(func);
            return Err(self.new_error_msg(
                self.types.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        if let Some(generator) = self.python_frame(func, args, kwnames, on_return)? {
            return Ok(Some(generator));
        }
        if !self
            .frames
            .last()
            .expect("the frame just pushed")
            .code
            .flags
            .stdlib
        {
            self.step_event()?;
        }
        Ok(None)
    }

    /// Pushes a frame running Python function `func` (owned) with owned `args`; for a
    /// generator function, returns the new generator instead (its frame is not pushed).
    /// The frame is built here and moved once, into the frame vector.
    pub(crate) fn python_frame(
        &mut self,
        func: ObjId,
        args: Vec<ObjId>,
        kwnames: Vec<Rc<str>>,
        on_return: OnReturn,
    ) -> PyResult<Option<ObjId>> {
        let f = match self.heap.payload(func) {
            Payload::Function(f) => f.clone(),
            _ => unreachable!("python_frame of a non-function"),
        };
        let code = self.code_of(f.code);
        let mut frame = self.new_frame(f.code, Some(func), f.globals, None, on_return);
        let mut args = args;
        let bound = self.bind_arguments(&mut frame.fast, &f, &code, &mut args, kwnames);
        self.recycle_arg_vec(args);
        if let Err(e) = bound {
            self.clear_frame(frame);
            return Err(e);
        }
        if code.flags.is_generator_like() {
            let ty = if code.flags.coroutine {
                self.types.coroutine
            } else if code.flags.async_generator {
                self.types.async_generator
            } else {
                self.types.generator
            };
            return Ok(Some(self.new_generator(ty, frame, &f)));
        }
        self.frames.push(frame);
        Ok(None)
    }

    /// Keeps an argument vector (emptied here) for the next call.
    pub(super) fn recycle_arg_vec(&mut self, mut v: Vec<ObjId>) {
        v.clear();
        if self.arg_vecs.len() < 64 && v.capacity() <= 256 {
            self.arg_vecs.push(v);
        }
    }

    /// A generator object owning a not-yet-started frame.
    fn new_generator(&mut self, ty: ObjId, frame: super::Frame, f: &FunctionObj) -> ObjId {
        self.incref(f.name);
        self.incref(f.qualname);
        let code = &frame.code;
        let frame_slots = code.nlocalsplus_311() + code.stacksize as usize;
        self.alloc(
            ty,
            Payload::Generator(Box::new(GeneratorObj {
                frame: Some(Box::new(frame)),
                frame_slots,
                name: f.name,
                qualname: f.qualname,
                running: false,
                started: false,
                exc_state: None,
                saved_exc_info: None,
            })),
        )
    }

    /// `__init__` returned `value`: it must be None. Returns the instance (owned).
    pub(super) fn finish_init(&mut self, value: ObjId, instance: ObjId) -> PyResult<ObjId> {
        if value != self.none {
            let tn = self.type_name(self.heap.type_of(value));
            self.decref(value);
            self.decref(instance);
            return Err(self.new_error_msg(
                self.types.type_error,
                &format!("__init__() should return None, not '{tn}'"),
            ));
        }
        self.decref(value);
        Ok(instance)
    }

    /// `initialize_locals`: binds owned arguments to parameters, defaults, `*args`, `**kw`.
    /// `args` is left empty (its references all moved into the frame or released).
    fn bind_arguments(
        &mut self,
        fast: &mut [Option<ObjId>],
        f: &FunctionObj,
        code: &crate::compile::CodeObject,
        args: &mut Vec<ObjId>,
        kwnames: Vec<Rc<str>>,
    ) -> PyResult<()> {
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let total = argcount + kwonly;
        if kwnames.is_empty()
            && args.len() == argcount
            && kwonly == 0
            && !code.flags.varargs
            && !code.flags.varkeywords
        {
            // Every parameter given by position: nothing else to fill or check.
            for (slot, a) in fast.iter_mut().zip(args.drain(..)) {
                *slot = Some(a);
            }
            return Ok(());
        }
        let npos = args.len() - kwnames.len();
        let mut all = args.drain(..);
        // Only error messages need the name: an Rc clone, no copy of the text.
        let qualname = self.str_of(f.qualname);
        let mut extra_pos = Vec::new();
        for (i, a) in all.by_ref().take(npos).enumerate() {
            if i < argcount {
                fast[i] = Some(a);
            } else {
                extra_pos.push(a);
            }
        }
        let kwvalues = all;
        let mut slot = total;
        if code.flags.varargs {
            let t = self.new_tuple(std::mem::take(&mut extra_pos));
            fast[slot] = Some(t);
            slot += 1;
        }
        let kwdict = if code.flags.varkeywords {
            let d = self.new_dict();
            fast[slot] = Some(d);
            Some(d)
        } else {
            None
        };
        let mut error: Option<PyErr> = None;
        if !extra_pos.is_empty() {
            let given = npos;
            let ndefaults = self.tuple_len(f.defaults);
            let kw_given = kwnames
                .iter()
                .filter(|k| code.varnames[argcount..total].iter().any(|v| v == *k))
                .count();
            let takes = if ndefaults > 0 {
                format!("from {} to {}", argcount - ndefaults, argcount)
            } else {
                argcount.to_string()
            };
            let plural = if argcount == 1 && ndefaults == 0 {
                ""
            } else {
                "s"
            };
            let kw_part = if kw_given > 0 {
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    if given == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                String::new()
            };
            let was = if given == 1 && kw_given == 0 {
                "was"
            } else {
                "were"
            };
            let msg = if kw_given > 0 {
                format!("{qualname}() takes {takes} positional argument{plural} but {given}{kw_part} were given")
            } else {
                format!("{qualname}() takes {takes} positional argument{plural} but {given} {was} given")
            };
            error = Some(self.new_error_msg(self.types.type_error, &msg));
            for a in extra_pos {
                self.decref(a);
            }
        }
        for (name, value) in kwnames.iter().zip(kwvalues) {
            if error.is_some() {
                self.decref(value);
                continue;
            }
            let posonly = code.posonlyargcount as usize;
            let found = code.varnames[..total]
                .iter()
                .enumerate()
                .skip(posonly)
                .find(|(_, v)| *v == name)
                .map(|(i, _)| i);
            match found {
                Some(i) => {
                    if fast[i].is_some() {
                        self.decref(value);
                        error = Some(self.new_error_msg(
                            self.types.type_error,
                            &format!("{qualname}() got multiple values for argument '{name}'"),
                        ));
                    } else {
                        fast[i] = Some(value);
                    }
                }
                None => match kwdict {
                    Some(d) => {
                        let k = self.new_str(name);
                        let r = self.dict_set_item(d, k, value);
                        self.decref(k);
                        self.decref(value);
                        if let Err(e) = r {
                            error = Some(e);
                        }
                    }
                    None => {
                        self.decref(value);
                        let posonly_hit = code.varnames[..posonly].iter().any(|v| v == name);
                        let msg = if posonly_hit {
                            format!("{qualname}() got some positional-only arguments passed as keyword arguments: '{name}'")
                        } else {
                            format!("{qualname}() got an unexpected keyword argument '{name}'")
                        };
                        error = Some(self.new_error_msg(self.types.type_error, &msg));
                    }
                },
            }
        }
        if let Some(e) = error {
            return Err(e);
        }
        // Defaults for missing positional parameters.
        let first_default = argcount.saturating_sub(self.tuple_len(f.defaults));
        let mut missing = Vec::new();
        for i in 0..argcount {
            if fast[i].is_none() {
                if i >= first_default {
                    let d = match f.defaults.map(|t| self.heap.payload(t)) {
                        Some(Payload::Tuple(t)) => t[i - first_default],
                        _ => unreachable!("defaults are a tuple"),
                    };
                    self.incref(d);
                    fast[i] = Some(d);
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_arguments(&qualname, &missing, "positional"));
        }
        for (slot, name) in fast[argcount..total]
            .iter_mut()
            .zip(&code.varnames[argcount..total])
        {
            if slot.is_none() {
                let default = match f.kwdefaults {
                    Some(kd) => self.dict_get_str_borrowed(kd, name),
                    None => None,
                };
                match default {
                    Some(d) => {
                        self.incref(d);
                        *slot = Some(d);
                    }
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_arguments(&qualname, &missing, "keyword-only"));
        }
        Ok(())
    }

    fn missing_arguments(&mut self, qualname: &str, missing: &[Rc<str>], kind: &str) -> PyErr {
        let names: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match names.len() {
            1 => names[0].clone(),
            2 => format!("{} and {}", names[0], names[1]),
            n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
        };
        let plural = if missing.len() == 1 { "" } else { "s" };
        self.new_error_msg(
            self.types.type_error,
            &format!(
                "{qualname}() missing {} required {kind} argument{plural}: {list}",
                missing.len()
            ),
        )
    }

    /// Calls any callable from native code with borrowed arguments; returns a new reference.
    pub fn call_object(&mut self, callable: ObjId, args: &Args) -> PyResult<ObjId> {
        self.call_serial += 1;
        match self.heap.payload(callable) {
            Payload::Function(_) => {
                let mut owned: Vec<ObjId> = args.args.clone();
                owned.extend(args.kwargs.iter().map(|(_, v)| *v));
                for &a in &owned {
                    self.incref(a);
                }
                let kwnames: Vec<Rc<str>> = args.kwargs.iter().map(|(k, _)| k.clone()).collect();
                self.incref(callable);
                self.call_python_native(callable, owned, kwnames)
            }
            Payload::BoundMethod { func, self_ } => {
                let (func, self_) = (*func, *self_);
                let mut full = Args {
                    args: Vec::with_capacity(args.args.len() + 1),
                    kwargs: args.kwargs.clone(),
                };
                full.args.push(self_);
                full.args.extend_from_slice(&args.args);
                self.call_object(func, &full)
            }
            Payload::Builtin(b) => {
                let func = b.func;
                match b.self_ {
                    Some(s) => {
                        let mut full = Args {
                            args: Vec::with_capacity(args.args.len() + 1),
                            kwargs: args.kwargs.clone(),
                        };
                        full.args.push(s);
                        full.args.extend_from_slice(&args.args);
                        self.native_call(func, &full)
                    }
                    _ => self.native_call(func, args),
                }
            }
            Payload::Type(_) => {
                let packed = self.make_tp_call_args(callable, args)?;
                // A metaclass `__call__` (e.g. a singleton metaclass) replaces `type_call`.
                let meta = self.heap.type_of(callable);
                let r = match self
                    .lookup_type_attr_borrowed(meta, "__call__")
                    .filter(|c| {
                        self.is_heap_type(meta)
                            && matches!(self.heap.payload(*c), Payload::Function(_))
                    }) {
                    Some(call) => {
                        let mut full = Args {
                            args: vec![callable],
                            kwargs: args.kwargs.clone(),
                        };
                        full.args.extend_from_slice(&args.args);
                        self.incref(call);
                        let r = self.call_prepend(call, &full);
                        self.decref(call);
                        r
                    }
                    None => self.type_call(callable, args),
                };
                if let Some((tuple, dict)) = packed {
                    self.decref(tuple);
                    self.xdecref(dict);
                }
                r
            }
            _ => {
                let ty = self.heap.type_of(callable);
                match self.lookup_type_attr_borrowed(ty, "__call__") {
                    Some(call) => {
                        let mut full = Args {
                            args: vec![callable],
                            kwargs: args.kwargs.clone(),
                        };
                        full.args.extend_from_slice(&args.args);
                        // An instance of a class is called through `slot_tp_call`.
                        let packed = if self.is_heap_type(ty) {
                            self.make_tp_call_args(ty, args)?
                        } else {
                            None
                        };
                        self.incref(call);
                        let r = self.call_prepend(call, &full);
                        if let Some((tuple, dict)) = packed {
                            self.decref(tuple);
                            self.xdecref(dict);
                        }
                        self.decref(call);
                        r
                    }
                    None => {
                        let tn = self.type_name(ty);
                        Err(self.new_error_msg(
                            self.types.type_error,
                            &format!("'{tn}' object is not callable"),
                        ))
                    }
                }
            }
        }
    }

    /// Objects/call.c: _PyObject_MakeTpCall — a class without `tp_vectorcall` (every heap
    /// type, and the builtin types 3.11 gives none) receives its positional arguments packed
    /// in a tuple and its keywords in a dict, both alive for the whole call. Exceptions are
    /// left out: `BaseException_new` keeps that very tuple as `args` (modelled there).
    fn make_tp_call_args(
        &mut self,
        cls: ObjId,
        args: &Args,
    ) -> PyResult<Option<(ObjId, Option<ObjId>)>> {
        if self.type_has_vectorcall(cls) || self.is_subtype(cls, self.types.base_exception) {
            return Ok(None);
        }
        let tuple = self.new_tuple_from(&args.args);
        if args.kwargs.is_empty() {
            return Ok(Some((tuple, None)));
        }
        // Objects/call.c: _PyStack_AsDict
        let dict = self.new_dict();
        for (name, value) in &args.kwargs {
            let key = self.intern_str(name);
            let r = self.dict_set_item(dict, key, *value);
            self.decref(key);
            if let Err(e) = r {
                self.decref(tuple);
                self.decref(dict);
                return Err(e);
            }
        }
        Ok(Some((tuple, Some(dict))))
    }

    /// Whether calling the class goes through its `tp_vectorcall` in 3.11 (`type_vectorcall`,
    /// `list_vectorcall`, `range_vectorcall`, ...): only these builtin types have one.
    fn type_has_vectorcall(&self, cls: ObjId) -> bool {
        let t = &self.types;
        [
            t.type_,
            t.list,
            t.tuple,
            t.dict,
            t.set,
            t.frozenset,
            t.range,
            t.float,
            t.bool_,
            t.super_,
            t.reversed,
            t.map,
            t.filter,
            t.enumerate,
        ]
        .contains(&cls)
    }

    /// Objects/call.c: _PyObject_Call_Prepend — `slot_tp_new` and `slot_tp_init` call the
    /// Python `__new__`/`__init__` with the call's tuple and dict; keywords then go through
    /// _PyStack_UnpackDict, which copies every argument into an array holding a reference
    /// and builds a kwnames tuple for the duration of the call.
    fn call_prepend(&mut self, func: ObjId, args: &Args) -> PyResult<ObjId> {
        if args.kwargs.is_empty() || !matches!(self.heap.payload(func), Payload::Function(_)) {
            return self.call_object(func, args);
        }
        let names: Vec<ObjId> = args
            .kwargs
            .iter()
            .map(|(k, _)| self.intern_str(k))
            .collect();
        let kwnames = self.new_tuple(names);
        let unpacked: Vec<ObjId> = args
            .args
            .iter()
            .copied()
            .chain(args.kwargs.iter().map(|(_, v)| *v))
            .collect();
        for &v in &unpacked {
            self.incref(v);
        }
        let r = self.call_object(func, args);
        for v in unpacked {
            self.decref(v);
        }
        self.decref(kwnames);
        r
    }

    /// Calls a builtin, counting it against the recursion limit like CPython's C calls.
    fn native_call(&mut self, func: crate::heap::NativeFn, args: &Args) -> PyResult<ObjId> {
        func(self, args)
    }

    /// Runs Python function `func` (owned) in a nested loop with owned arguments.
    fn call_python_native(
        &mut self,
        func: ObjId,
        args: Vec<ObjId>,
        kwnames: Vec<Rc<str>>,
    ) -> PyResult<ObjId> {
        let depth = self.frames.len();
        // Native code is on the Rust stack from here on (even the call's own step event).
        self.native_depth += 1;
        let r = match self.push_python_frame(func, args, kwnames, OnReturn::Native) {
            Ok(None) => self.run_frame(depth),
            Ok(Some(generator)) => Ok(FrameExit::Return(generator)),
            Err(e) => Err(e),
        };
        self.native_depth -= 1;
        if let Err(PyErr::Halt(Halt::Captured)) = r {
            // A capture leaves the frames it stopped in, and the native caller goes on (a
            // finalizer's halt is re-raised at the next step) before this copy is discarded:
            // they must not stay on top of its frame.
            while self.frames.len() > depth {
                if let Some(frame) = self.frames.pop() {
                    self.clear_frame(frame);
                }
            }
        }
        match r {
            Ok(FrameExit::Return(v)) | Ok(FrameExit::Yield(v)) => Ok(v),
            Err(e) => Err(e),
        }
    }

    /// `type_call`: `cls(*args)`.
    pub fn type_call(&mut self, cls: ObjId, args: &Args) -> PyResult<ObjId> {
        if cls == self.types.type_ && args.args.len() == 1 && args.kwargs.is_empty() {
            let t = self.heap.type_of(args.args[0]);
            return Ok(self.incref(t));
        }
        let new = self.lookup_type_attr_borrowed(cls, "__new__");
        let obj = match new {
            Some(new_fn) if !self.is_object_new(new_fn) => {
                let mut full = Args {
                    args: Vec::with_capacity(args.args.len() + 1),
                    kwargs: args.kwargs.clone(),
                };
                full.args.push(cls);
                full.args.extend_from_slice(&args.args);
                let new_fn = self.unwrap_staticmethod(new_fn);
                self.call_prepend(new_fn, &full)?
            }
            _ => {
                let init_overridden = self
                    .lookup_type_attr_borrowed(cls, "__init__")
                    .map(|i| !self.is_object_init(i))
                    .unwrap_or(false);
                if !init_overridden && (!args.args.is_empty() || !args.kwargs.is_empty()) {
                    let name = self.type_name(cls);
                    return Err(self.new_error_msg(
                        self.types.type_error,
                        &format!("{name}() takes no arguments"),
                    ));
                }
                self.new_instance(cls)?
            }
        };
        // __init__ runs only when __new__ returned an instance of cls.
        if !self.isinstance_of(obj, cls) {
            return Ok(obj);
        }
        if let Some(init) = self.lookup_type_attr_borrowed(cls, "__init__") {
            if !self.is_object_init(init) {
                let mut full = Args {
                    args: Vec::with_capacity(args.args.len() + 1),
                    kwargs: args.kwargs.clone(),
                };
                full.args.push(obj);
                full.args.extend_from_slice(&args.args);
                self.incref(init);
                let r = self.call_prepend(init, &full);
                self.decref(init);
                match r {
                    Ok(v) => {
                        self.finish_init(v, obj)?;
                        return Ok(obj);
                    }
                    Err(e) => {
                        self.decref(obj);
                        return Err(e);
                    }
                }
            }
        }
        Ok(obj)
    }

    /// `object_new`: a class whose `__abstractmethods__` is non-empty (Py_TPFLAGS_IS_ABSTRACT)
    /// cannot be instantiated.
    fn check_not_abstract(&mut self, cls: ObjId) -> PyResult<()> {
        let dict = match self.heap.payload(cls) {
            Payload::Type(t) if t.heap_type => t.dict,
            _ => return Ok(()),
        };
        let Some(abstract_methods) = self.dict_get_name_borrowed(dict, &ABSTRACT_METHODS) else {
            return Ok(());
        };
        if !self.is_true(abstract_methods)? {
            return Ok(());
        }
        let mut names: Vec<String> = self
            .collect_iterable(abstract_methods)?
            .into_iter()
            .map(|n| {
                let s = self.str_of(n).to_string();
                self.decref(n);
                s
            })
            .collect();
        names.sort();
        let name = self.type_name(cls);
        let plural = if names.len() > 1 { "s" } else { "" };
        Err(self.type_error(&format!(
            "Can't instantiate abstract class {name} with abstract method{plural} {}",
            names.join(", ")
        )))
    }

    /// `object.__new__(cls)`: a fresh instance of the class's layout.
    pub fn new_instance(&mut self, cls: ObjId) -> PyResult<ObjId> {
        self.check_not_abstract(cls)?;
        let layout = match self.heap.payload(cls) {
            Payload::Type(t) => t.layout,
            _ => crate::heap::Layout::Object,
        };
        let payload = match layout {
            crate::heap::Layout::Object => Payload::Plain,
            crate::heap::Layout::List => Payload::List(Default::default()),
            crate::heap::Layout::Dict => Payload::Dict(crate::heap::DictObj::new()),
            crate::heap::Layout::Set => Payload::Set(Default::default()),
            crate::heap::Layout::WeakRef => Payload::WeakRef(crate::heap::WeakRefObj {
                referent: None,
                callback: None,
                hash: None,
            }),
            crate::heap::Layout::Exception => {
                let args = self.incref(self.empty_tuple);
                Payload::Exception(Box::new(crate::heap::ExceptionObj {
                    args,
                    traceback: None,
                    cause: None,
                    context: None,
                    suppress_context: false,
                    notes: None,
                    group: None,
                }))
            }
            _ => {
                let name = self.type_name(cls);
                return Err(self.new_error_msg(
                    self.types.type_error,
                    &format!("cannot create '{name}' instances"),
                ));
            }
        };
        Ok(self.alloc(cls, payload))
    }

    /// `MakeFunction`: builds a function from the code object on the stack (owned) and the
    /// optional parts (owned).
    pub(super) fn make_function(
        &mut self,
        code: ObjId,
        defaults: Option<ObjId>,
        kwdefaults: Option<ObjId>,
        annotations: Option<ObjId>,
        closure: Option<ObjId>,
    ) -> ObjId {
        let c = self.code_of(code);
        let (globals, module) = {
            let f = self.frames.last().expect("frame");
            (f.globals, f.globals)
        };
        self.incref(globals);
        let builtins = self.incref(self.builtins_dict);
        let name = self.intern_str(&c.name);
        let qualname = self.new_str(&c.qualname);
        let module_name = self.dict_get_str_borrowed(module, "__name__");
        if let Some(m) = module_name {
            self.incref(m);
        }
        // `PyFunction_NewWithQualName`: the docstring is `co_consts[0]` when it is a str.
        let doc = match self.heap.payload(code) {
            Payload::Code(cd) => cd
                .const_ids
                .first()
                .copied()
                .filter(|&d| matches!(self.heap.payload(d), Payload::Str(_))),
            _ => None,
        };
        if let Some(d) = doc {
            self.incref(d);
        }
        self.alloc(
            self.types.function,
            Payload::Function(Box::new(FunctionObj {
                code,
                globals,
                builtins,
                name,
                qualname,
                module: module_name,
                doc,
                defaults,
                kwdefaults,
                closure,
                annotations,
                dict: None,
            })),
        )
    }

    // ----- generators -----

    /// `ForIter` on a generator: resumes its frame on top of the current one.
    pub(super) fn resume_generator_for_iter(&mut self, gen: ObjId, target: u32) -> PyResult<Flow> {
        match self.take_generator_frame(gen)? {
            Some((mut frame, started)) => {
                frame.on_return = OnReturn::GenForIter(gen);
                if started {
                    let none = self.new_none();
                    frame.stack.push(Some(none));
                }
                let visible = !frame.code.flags.stdlib;
                self.frames.push(*frame);
                if visible {
                    self.step_event()?;
                }
            }
            None => {
                let it = self.pop();
                self.decref(it);
                self.jump(target);
            }
        }
        Ok(Flow::Next)
    }

    fn take_generator_frame(&mut self, gen: ObjId) -> PyResult<Option<(Box<super::Frame>, bool)>> {
        if matches!(self.heap.payload(gen), Payload::Generator(g) if g.running) {
            let msg = format!("{} already executing", self.gen_kind(gen));
            return Err(self.new_error_msg(self.types.value_error, &msg));
        }
        let Payload::Generator(g) = self.heap.payload_mut(gen) else {
            return Ok(None);
        };
        let started = g.started;
        match g.frame.take() {
            Some(f) => {
                g.running = true;
                g.started = true;
                // The generator's own handled exception becomes the current one.
                let own = g.exc_state.take();
                g.saved_exc_info = std::mem::replace(&mut self.exc_info, own);
                Ok(Some((f, started)))
            }
            None => Ok(None),
        }
    }

    pub(super) fn suspend_generator(&mut self, gen: ObjId, frame: super::Frame) {
        if let Payload::Generator(g) = self.heap.payload_mut(gen) {
            g.frame = Some(Box::new(frame));
            g.running = false;
            let resumer = g.saved_exc_info.take();
            g.exc_state = std::mem::replace(&mut self.exc_info, resumer);
        }
    }

    pub(super) fn finish_generator(&mut self, gen: ObjId) {
        let own = if let Payload::Generator(g) = self.heap.payload_mut(gen) {
            g.frame = None;
            g.running = false;
            let resumer = g.saved_exc_info.take();
            std::mem::replace(&mut self.exc_info, resumer)
        } else {
            None
        };
        self.xdecref(own);
    }

    /// Resumes a generator from native code, sending `value` (borrowed).
    pub fn generator_send(&mut self, gen: ObjId, value: ObjId) -> PyResult<FrameExit> {
        let Some((mut frame, started)) = self.take_generator_frame(gen)? else {
            if self.is_coroutine(gen) {
                return Err(self.new_error_msg(
                    self.types.runtime_error,
                    "cannot reuse already awaited coroutine",
                ));
            }
            let none = self.new_none();
            return Ok(FrameExit::Return(none));
        };
        if !started && value != self.none {
            self.suspend_generator(gen, *frame);
            if let Payload::Generator(g) = self.heap.payload_mut(gen) {
                g.started = false;
            }
            let msg = format!(
                "can't send non-None value to a just-started {}",
                self.gen_kind(gen)
            );
            return Err(self.new_error_msg(self.types.type_error, &msg));
        }
        frame.on_return = OnReturn::GenNative(gen);
        if started {
            self.incref(value);
            frame.stack.push(Some(value));
        }
        self.frames.push(*frame);
        let depth = self.frames.len() - 1;
        self.native_depth += 1;
        let r = self.run_frame(depth);
        self.native_depth -= 1;
        r
    }

    /// `gen.throw(exc)` (`_gen_throw`): raises `exc` (owned) inside the suspended generator
    /// at its `yield`, or first in the generator it delegates to with `yield from`.
    pub fn generator_throw(&mut self, gen: ObjId, exc: ObjId) -> PyResult<FrameExit> {
        match self.generator_delegate(gen) {
            Some(yf) => self.generator_throw_delegated(gen, yf, exc),
            None => self.generator_throw_here(gen, exc),
        }
    }

    /// `_PyGen_yf`: the iterator a suspended `yield from` delegates to (new reference).
    pub(crate) fn generator_delegate(&mut self, gen: ObjId) -> Option<ObjId> {
        let Payload::Generator(g) = self.heap.payload(gen) else {
            return None;
        };
        let frame = g.frame.as_ref().filter(|_| g.started && !g.running)?;
        let at_yield = matches!(
            frame.code.instructions.get(frame.lasti),
            Some(crate::compile::Instr::YieldValue)
        );
        let after_send = frame.lasti > 0
            && matches!(
                frame.code.instructions.get(frame.lasti - 1),
                Some(crate::compile::Instr::Send(_))
            );
        if !(at_yield && after_send) {
            return None;
        }
        let yf = frame.stack.last().copied().flatten()?;
        Some(self.incref(yf))
    }

    /// `_gen_throw` with a delegate: GeneratorExit closes the delegate first; other exceptions
    /// are thrown into it, and the outer generator continues after the `yield from` when the
    /// delegate finishes (with its return value) or fails (with its exception).
    fn generator_throw_delegated(
        &mut self,
        gen: ObjId,
        yf: ObjId,
        exc: ObjId,
    ) -> PyResult<FrameExit> {
        if self.isinstance_of(exc, self.types.generator_exit) {
            let r = self.getattr_opt(yf, "close").and_then(|close| match close {
                Some(c) => {
                    let r = self.call_object(c, &Args::default());
                    self.decref(c);
                    r.map(|v| self.decref(v))
                }
                None => Ok(()),
            });
            self.decref(yf);
            return match r {
                Ok(()) => self.generator_throw_here(gen, exc),
                Err(PyErr::Exception(e)) => {
                    self.decref(exc);
                    self.generator_throw_here(gen, e)
                }
                Err(halt) => {
                    self.decref(exc);
                    Err(halt)
                }
            };
        }
        let r = if matches!(self.heap.payload(yf), Payload::Generator(_)) {
            self.generator_throw(yf, exc)
        } else {
            match self.getattr_opt(yf, "throw") {
                Ok(Some(m)) => {
                    let r = self.call_object(m, &Args::positional(vec![exc]));
                    self.decref(m);
                    self.decref(exc);
                    r.map(FrameExit::Yield)
                }
                Ok(None) => {
                    self.decref(yf);
                    return self.generator_throw_here(gen, exc);
                }
                Err(e) => {
                    self.decref(exc);
                    Err(e)
                }
            }
        };
        self.decref(yf);
        match r {
            Ok(FrameExit::Yield(v)) => Ok(FrameExit::Yield(v)),
            Ok(FrameExit::Return(v)) => self.generator_leave_delegate(gen, Ok(v)),
            Err(PyErr::Exception(e)) if self.is_stop_iteration(e) => {
                let value = self
                    .instance_attr(e, "value")
                    .or_else(|| {
                        self.tuple_items(match self.heap.payload(e) {
                            Payload::Exception(x) => Some(x.args),
                            _ => None,
                        })
                        .first()
                        .copied()
                    })
                    .unwrap_or(self.none);
                self.incref(value);
                self.decref(e);
                self.generator_leave_delegate(gen, Ok(value))
            }
            Err(PyErr::Exception(e)) => self.generator_leave_delegate(gen, Err(e)),
            Err(halt) => Err(halt),
        }
    }

    /// The delegate of a `yield from` finished during `throw`: the outer generator drops it
    /// and resumes after the loop with its return value, or raises its exception there.
    fn generator_leave_delegate(
        &mut self,
        gen: ObjId,
        result: Result<ObjId, ObjId>,
    ) -> PyResult<FrameExit> {
        let taken = match self.take_generator_frame(gen) {
            Ok(t) => t,
            Err(e) => {
                match result {
                    Ok(v) | Err(v) => self.decref(v),
                }
                return Err(e);
            }
        };
        let Some((mut frame, _)) = taken else {
            return match result {
                Ok(v) => Ok(FrameExit::Return(v)),
                Err(e) => Err(PyErr::Exception(e)),
            };
        };
        let target = match frame.code.instructions.get(frame.lasti.wrapping_sub(1)) {
            Some(crate::compile::Instr::Send(t)) => *t as usize,
            _ => frame.ip,
        };
        let receiver = frame.stack.pop().flatten();
        self.xdecref(receiver);
        frame.ip = target;
        frame.lasti = target.saturating_sub(1);
        frame.on_return = OnReturn::GenNative(gen);
        let pending = match result {
            Ok(v) => {
                frame.stack.push(Some(v));
                None
            }
            Err(e) => Some(e),
        };
        self.frames.push(*frame);
        let depth = self.frames.len() - 1;
        self.native_depth += 1;
        let r = match pending.and_then(|e| self.unwind(e, depth)) {
            Some(e) => Err(e),
            None => self.run_frame(depth),
        };
        self.native_depth -= 1;
        r
    }

    /// Raises `exc` (owned) in the generator's own frame; a generator that has not started
    /// raises before its first instruction (no handler applies), a finished one just raises.
    fn generator_throw_here(&mut self, gen: ObjId, exc: ObjId) -> PyResult<FrameExit> {
        let taken = match self.take_generator_frame(gen) {
            Ok(t) => t,
            Err(e) => {
                self.decref(exc);
                return Err(e);
            }
        };
        let Some((mut frame, started)) = taken else {
            return Err(PyErr::Exception(exc));
        };
        if !started {
            // Before the first instruction: the traceback shows the `def` line.
            frame.lasti = usize::MAX;
        }
        frame.on_return = OnReturn::GenNative(gen);
        self.frames.push(*frame);
        let depth = self.frames.len() - 1;
        self.native_depth += 1;
        let r = match self.unwind(exc, depth) {
            None => self.run_frame(depth),
            Some(e) => Err(e),
        };
        self.native_depth -= 1;
        r
    }

    /// `Send` for `yield from`.
    pub(super) fn send(&mut self, receiver: ObjId, value: ObjId) -> PyResult<FrameExit> {
        if let Payload::Generator(_) = self.heap.payload(receiver) {
            return self.generator_send(receiver, value);
        }
        if self.heap.type_of(receiver) == self.types.async_generator_asend {
            return self.asend_send(receiver, value);
        }
        match self.iter_next(receiver)? {
            Some(v) => Ok(FrameExit::Yield(v)),
            None => {
                let none = self.new_none();
                Ok(FrameExit::Return(none))
            }
        }
    }

    // ----- with -----

    /// `BeforeWith`: takes the manager (owned); returns (bound `__exit__`, result of
    /// `__enter__()`), both owned. As in 3.11 the manager is released once its methods are
    /// bound, before `__enter__` runs.
    pub(super) fn before_with(&mut self, mgr: ObjId) -> PyResult<(ObjId, ObjId)> {
        let ty = self.heap.type_of(mgr);
        let tn = self.type_name(ty);
        let enter = self.getattr_str_special(mgr, "__enter__");
        let Some(enter) = enter else {
            self.decref(mgr);
            return Err(self.new_error_msg(
                self.types.type_error,
                &format!("'{tn}' object does not support the context manager protocol"),
            ));
        };
        let Some(exit) = self.getattr_str_special(mgr, "__exit__") else {
            self.decref(enter);
            self.decref(mgr);
            return Err(self.new_error_msg(
                self.types.type_error,
                &format!("'{tn}' object does not support the context manager protocol (missed __exit__ method)"),
            ));
        };
        self.decref(mgr);
        self.flat_call_serial = self.call_serial + 1;
        let r = self.call_object(enter, &Args::default());
        self.decref(enter);
        match r {
            Ok(v) => Ok((exit, v)),
            Err(e) => {
                self.decref(exit);
                Err(e)
            }
        }
    }

    /// Calls `__del__` for a dying object; an exception is reported, not raised.
    pub(crate) fn call_finalizer(&mut self, del: ObjId, obj: ObjId) {
        let saved_exc = self.exc_info;
        let r = self.call_object(del, &Args::positional(vec![obj]));
        self.exc_info = saved_exc;
        match r {
            Ok(v) => self.decref(v),
            Err(PyErr::Exception(e)) => self.write_unraisable(e, Some(del)),
            Err(PyErr::Halt(h)) => self.pending_halt = Some(h),
        }
    }
}
