//! Running a main program: compile, load, execute as `__main__`, report an uncaught
//! exception, and shut the interpreter down (`Py_RunMain`, `pyrun_file`, `Py_FinalizeEx`).

use std::rc::Rc;

use super::eval::FrameExit;
use super::{Halt, OnReturn, PyErr, Vm};
use crate::builtins::set_str_item;
use crate::heap::{ObjId, Payload};

/// An exception that ended the program, for the page to underline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uncaught {
    pub kind: String,
    pub message: String,
    /// Innermost line of the traceback (in the file where it happened).
    pub line: u32,
}

/// Where a main program stands after [`Vm::resume`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// Paused at the requested step; call `resume` again to continue.
    Paused,
    /// Finished; the exit status `python3` would return.
    Finished(i32),
}

impl Vm {
    /// Compiles `source` as `__main__` and pushes its frame, ready to run. On a syntax
    /// error returns the error report CPython prints.
    pub fn start_main(
        &mut self,
        source: &str,
        filename: &str,
    ) -> Result<(), crate::syntax::SyntaxError> {
        let (module, warnings) = crate::syntax::parse_with_warnings(source);
        for w in &warnings {
            self.output.write_stderr(&w.render(filename, source));
        }
        let module = module?;
        let (checked, warnings) = crate::syntax::check_with_warnings(&module);
        for w in &warnings {
            self.output.write_stderr(&w.render(filename, source));
        }
        checked?;
        let compiled = crate::compile::compile_module(&module, source, filename)?;
        self.sources.insert(Rc::from(filename), Rc::from(source));
        self.main_dir = filename.rfind('/').map(|i| filename[..i].to_string());
        let code = self.load_code(&compiled.code);
        let main = self.new_module("__main__");
        let modules = self.modules;
        set_str_item(self, modules, "__main__", main);
        let globals = self.module_dict(main);
        let builtins = self.builtins;
        set_str_item(self, globals, "__builtins__", builtins);
        let file = self.new_str(filename);
        set_str_item(self, globals, "__file__", file);
        if let Some(sys) = self.dict_get_str_borrowed(modules, "sys") {
            let sys_dict = self.module_dict(sys);
            let argv = self.new_list(vec![file]);
            set_str_item(self, sys_dict, "argv", argv);
            self.decref(argv);
        } else {
            self.decref(file);
        }
        for c in &compiled.arena_constants {
            let id = self.arena_constant(code, c);
            if let Some(id) = id {
                self.arena.push(id);
            }
        }
        let frame = self.new_frame(code, None, globals, Some(globals), OnReturn::Native);
        self.decref(code);
        self.decref(main);
        self.frames.push(frame);
        Ok(())
    }

    /// The object of a module constant equal to `c` (new reference), found in the loaded
    /// code objects, for the AST arena's reference.
    fn arena_constant(&mut self, code: ObjId, c: &crate::compile::Constant) -> Option<ObjId> {
        let found = self.find_constant(code, c)?;
        Some(self.incref(found))
    }

    fn find_constant(&self, code: ObjId, c: &crate::compile::Constant) -> Option<ObjId> {
        let crate::heap::Payload::Code(data) = self.heap.payload(code) else {
            return None;
        };
        for (i, k) in data.code.consts.iter().enumerate() {
            if let crate::compile::Constant::Code(_) = k {
                if let Some(f) = self.find_constant(data.const_ids[i], c) {
                    return Some(f);
                }
            } else if let Some(f) = self.find_in_constant(data.const_ids[i], k, c) {
                return Some(f);
            }
        }
        None
    }

    /// `id` (the object of constant `k`) if it is `c`, or the object of `c` among the items
    /// of a constant tuple (the AST optimizer's inner folded tuples are in the arena too).
    fn find_in_constant(
        &self,
        id: ObjId,
        k: &crate::compile::Constant,
        c: &crate::compile::Constant,
    ) -> Option<ObjId> {
        if constants_identical(k, c) {
            return Some(id);
        }
        let crate::compile::Constant::Tuple(items) = k else {
            return None;
        };
        let crate::heap::Payload::Tuple(ids) = self.heap.payload(id) else {
            return None;
        };
        items
            .iter()
            .zip(ids.iter())
            .find_map(|(item, &item_id)| self.find_in_constant(item_id, item, c))
    }

    /// Runs (or continues) the main program until it ends or reaches `step_target`.
    pub fn resume(&mut self) -> Progress {
        if self.frames.is_empty() {
            return Progress::Finished(0);
        }
        let r = loop {
            let r = self.run_frame(0);
            if let Some(r) = self.top_level_exit(r) {
                break r;
            }
        };
        let shutting_down = self.threads.shutdown_status.take();
        match r {
            Ok(FrameExit::Return(v)) | Ok(FrameExit::Yield(v)) => {
                self.decref(v);
                let status = shutting_down.unwrap_or(0);
                if shutting_down.is_none() && self.start_thread_shutdown(status) {
                    return self.resume();
                }
                self.stop_scheduling();
                if self.keep_final_snapshot {
                    self.final_snapshot = Some(self.snapshot("end"));
                }
                Progress::Finished(self.finalize(status))
            }
            Err(PyErr::Halt(Halt::Paused)) | Err(PyErr::Halt(Halt::Captured)) => {
                self.threads.shutdown_status = shutting_down;
                Progress::Paused
            }
            Err(PyErr::Halt(Halt::StepLimit)) => {
                self.output.write_stderr(&format!(
                    "heapscope: stopped after {} instructions (the step limit); the program may loop forever\n",
                    self.limits.max_instructions
                ));
                Progress::Finished(1)
            }
            Err(PyErr::Halt(Halt::Deadlock))
            | Err(PyErr::Halt(Halt::Switch))
            | Err(PyErr::Halt(Halt::MainDone)) => {
                self.output.write_stderr(
                    "heapscope: deadlock: every thread waits for something no thread will do (python3 would hang here)\n",
                );
                Progress::Finished(1)
            }
            Err(PyErr::Halt(Halt::RefcountMismatch)) => Progress::Finished(70),
            Err(PyErr::Exception(exc)) if shutting_down.is_some() => {
                // wait_for_thread_shutdown: PyErr_WriteUnraisable(threading).
                let threading = self.dict_get_str_borrowed(self.modules, "threading");
                self.write_unraisable(exc, threading);
                self.stop_scheduling();
                let status = shutting_down.unwrap_or(0);
                Progress::Finished(self.finalize(status))
            }
            Err(PyErr::Exception(exc)) => {
                let status = self.report_main_exception(exc);
                if self.start_thread_shutdown(status) {
                    return self.resume();
                }
                if self.keep_final_snapshot {
                    self.final_snapshot = Some(self.snapshot("exception"));
                }
                Progress::Finished(self.finalize(status))
            }
        }
    }

    /// The main module raised `exc` (owned): SystemExit gives its status, anything else is
    /// printed as CPython prints an uncaught exception (status 1).
    pub(crate) fn report_main_exception(&mut self, exc: ObjId) -> i32 {
        let status = if self.isinstance_of(exc, self.types.system_exit) {
            self.system_exit_status(exc)
        } else {
            self.uncaught = Some(self.describe_uncaught(exc));
            let text = self.format_exception(exc);
            self.output.write_stderr(&text);
            1
        };
        self.decref(exc);
        status
    }

    /// `wait_for_thread_shutdown`: when `threading` was imported, the main thread runs
    /// `threading._shutdown()` (joining every non-daemon thread) before finalising. Pushes its
    /// frame; false when there is nothing to wait for.
    pub(crate) fn start_thread_shutdown(&mut self, status: i32) -> bool {
        let Some(threading) = self.dict_get_str_borrowed(self.modules, "threading") else {
            return false;
        };
        if !matches!(self.heap.payload(threading), Payload::Module(_)) {
            return false;
        }
        let dict = self.module_dict(threading);
        let Some(shutdown) = self.dict_get_str_borrowed(dict, "_shutdown") else {
            return false;
        };
        if !matches!(self.heap.payload(shutdown), Payload::Function(_)) {
            return false;
        }
        self.incref(shutdown);
        match self.python_frame(shutdown, Vec::new(), Vec::new(), OnReturn::Native) {
            Ok(None) => {
                self.threads.shutdown_status = Some(status);
                true
            }
            Ok(Some(generator)) => {
                self.decref(generator);
                false
            }
            Err(PyErr::Exception(e)) => {
                self.write_unraisable(e, Some(threading));
                false
            }
            Err(_) => false,
        }
    }

    /// The type name, message and innermost line of an uncaught exception, for the editor.
    fn describe_uncaught(&mut self, exc: ObjId) -> Uncaught {
        let kind = self.type_name_of(exc);
        let message = self.exception_message(exc);
        let mut line = 0;
        let mut tb = match self.heap.payload(exc) {
            Payload::Exception(e) => e.traceback,
            _ => None,
        };
        while let Some(t) = tb {
            match self.heap.payload(t) {
                Payload::Traceback { next, lineno, .. } => {
                    line = *lineno;
                    tb = *next;
                }
                _ => break,
            }
        }
        Uncaught {
            kind,
            message,
            line,
        }
    }

    fn system_exit_status(&mut self, exc: ObjId) -> i32 {
        let args = match self.heap.payload(exc) {
            crate::heap::Payload::Exception(e) => self.tuple_items(Some(e.args)),
            _ => Vec::new(),
        };
        match args.first().map(|&a| (a, self.heap.payload(a))) {
            None => 0,
            Some((_, crate::heap::Payload::None)) => 0,
            Some((_, crate::heap::Payload::Int(i))) => *i as i32,
            Some((a, _)) => {
                let s = self.str_string(a).unwrap_or_default();
                self.output.write_stderr(&format!("{s}\n"));
                1
            }
        }
    }

    /// Interpreter shutdown (`Py_FinalizeEx`): the AST arena goes when the main module
    /// returns, then atexit handlers run (weakref.finalize's among them), a full collection
    /// runs with `gc.callbacks` (`PyGC_Collect`, if the collector is enabled), then the
    /// modules are torn down.
    fn finalize(&mut self, status: i32) -> i32 {
        for a in std::mem::take(&mut self.arena) {
            self.decref(a);
        }
        self.run_atexit_handlers();
        if self.gc.enabled && !self.gc.collecting {
            self.collect_with_callback(crate::gc::NUM_GENERATIONS - 1);
        }
        self.finalize_modules();
        self.output.flush();
        status
    }

    /// `finalize_modules`: every `sys.modules` entry is replaced by None (a module nothing
    /// else holds dies at once — `__main__` among them — and its namespace with it unless a
    /// cycle through its functions keeps it), the dict is cleared, a full collection runs,
    /// the namespaces of modules still alive are cleared, last imported first
    /// (`_PyModule_ClearDict`: names with one leading underscore, then the rest), and a last
    /// collection runs.
    fn finalize_modules(&mut self) {
        self.modules_finalized = true;
        let modules = self.modules;
        let mut weaklist = Vec::new();
        for (k, v) in self.dict_items(modules) {
            if matches!(self.heap.payload(v), Payload::Module(_)) {
                weaklist.push(v);
            }
            self.incref(k);
            let none = self.none;
            if let Err(PyErr::Exception(e)) = self.dict_set_item(modules, k, none) {
                self.decref(e);
            }
            self.decref(k);
        }
        let entries = match self.heap.payload_mut(modules) {
            Payload::Dict(d) => d.take_all(),
            _ => Vec::new(),
        };
        for e in entries {
            self.decref(e.key);
            self.decref(e.value);
        }
        if !self.gc.collecting {
            self.collect_main_no_callbacks(crate::gc::NUM_GENERATIONS - 1);
        }
        for &m in weaklist.iter().rev() {
            if !self.heap.contains(m) || self.heap.get(m).is_static {
                continue;
            }
            let dict = self.module_dict(m);
            self.clear_module_dict(dict);
        }
        if !self.gc.collecting {
            self.collect_main_no_callbacks(crate::gc::NUM_GENERATIONS - 1);
        }
    }

    /// `_PyModule_ClearDict`.
    fn clear_module_dict(&mut self, dict: ObjId) {
        for pass in 0..2 {
            for (k, v) in self.dict_items(dict) {
                if v == self.none {
                    continue;
                }
                let name = self.str_of(k);
                let clear = if pass == 0 {
                    name.starts_with('_') && !name.starts_with("__")
                } else {
                    &*name != "__builtins__"
                };
                if clear {
                    self.incref(k);
                    let none = self.none;
                    if let Err(PyErr::Exception(e)) = self.dict_set_item(dict, k, none) {
                        self.decref(e);
                    }
                    self.decref(k);
                }
            }
        }
    }
}

/// Same type and value, as the compiler's constant merging compares them.
fn constants_identical(a: &crate::compile::Constant, b: &crate::compile::Constant) -> bool {
    use crate::compile::Constant as C;
    match (a, b) {
        (C::Float(x), C::Float(y)) => x.to_bits() == y.to_bits(),
        (C::Tuple(x), C::Tuple(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y.iter())
                    .all(|(p, q)| constants_identical(p, q))
        }
        _ => a == b,
    }
}
