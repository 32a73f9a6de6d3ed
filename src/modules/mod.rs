//! Modules a program can import. Each is built the first time it is imported and then
//! lives in `sys.modules`, as in CPython.

pub mod atexit;
pub mod cmath;
pub mod gc;
pub mod heapscope;
pub mod math;
pub mod multiprocessing;
pub mod string;
pub mod sys;
pub mod textio;
pub mod thread;
pub mod time;
pub mod tracemalloc;
pub mod types;
pub mod weakref;

use std::rc::Rc;

use crate::builtins::set_str_item;
use crate::compile::{CodeObject, Constant};
use crate::heap::{ModuleObj, ObjId, Payload};
use crate::vm::{PyResult, Vm};

/// Fills a new module's namespace dict.
type ModuleInit = fn(&mut Vm, ObjId) -> PyResult<()>;

/// How a module is made: by Rust code, or by running Python source (the way much of CPython's
/// standard library is written), or both (Rust first, then the Python part).
pub struct ModuleDef {
    pub init: Option<ModuleInit>,
    /// Python source run in the module's namespace after `init`.
    pub source: Option<PySource>,
}

/// A module's Python source: a file under src/modules/. The native build embeds the text; the
/// wasm build leaves it out (the sources weigh more than the rest of the engine) and asks the
/// host for it on first import (`Vm::module_source`; the page fetches `stdlib/<path>`).
pub struct PySource {
    pub path: &'static str,
    pub text: Option<&'static str>,
}

/// `py_source!("lib/abc.py")`: the [`PySource`] of a file under src/modules/.
macro_rules! py_source {
    ($path:literal) => {
        PySource {
            path: $path,
            #[cfg(not(target_arch = "wasm32"))]
            text: Some(include_str!($path)),
            #[cfg(target_arch = "wasm32")]
            text: None,
        }
    };
}

/// The importable modules.
fn registry(name: &str) -> Option<ModuleDef> {
    let native = |init: ModuleInit| ModuleDef {
        init: Some(init),
        source: None,
    };
    let python = |source: PySource| ModuleDef {
        init: None,
        source: Some(source),
    };
    Some(match name {
        "sys" => ModuleDef {
            init: Some(sys::init),
            // Embedded in the page too: sys is imported before the host can be asked.
            source: Some(PySource {
                path: "sys.py",
                text: Some(include_str!("sys.py")),
            }),
        },
        "gc" => native(gc::init),
        "atexit" => native(atexit::init),
        "_heapscope" => native(heapscope::init),
        "types" => ModuleDef {
            init: Some(types::init),
            source: Some(py_source!("lib/types.py")),
        },
        "copyreg" => ModuleDef {
            init: None,
            source: Some(py_source!("copyreg.py")),
        },
        "copy" => ModuleDef {
            init: None,
            source: Some(py_source!("copy.py")),
        },
        "_weakref" => native(weakref::init),
        "weakref" => ModuleDef {
            init: Some(weakref::init),
            source: Some(py_source!("weakref.py")),
        },
        "math" => native(math::init),
        "cmath" => native(cmath::init),
        "string" => python(py_source!("lib/string.py")),
        "_string" => native(string::init_string_helpers),
        "_thread" => ModuleDef {
            init: Some(thread::init),
            source: Some(py_source!("thread.py")),
        },
        "threading" => ModuleDef {
            init: None,
            source: Some(py_source!("threading.py")),
        },
        "queue" => ModuleDef {
            init: None,
            source: Some(py_source!("queue.py")),
        },
        "time" => ModuleDef {
            init: Some(time::init),
            source: Some(py_source!("time.py")),
        },
        "_heapscope_mp" => native(multiprocessing::init),
        "urllib" => ModuleDef {
            init: None,
            source: None,
        },
        "urllib.request" => ModuleDef {
            init: None,
            source: Some(py_source!("urllib_request.py")),
        },
        "multiprocessing" => ModuleDef {
            init: None,
            source: Some(py_source!("multiprocessing.py")),
        },
        "_tracemalloc" => native(tracemalloc::init),
        "tracemalloc" => ModuleDef {
            init: None,
            source: Some(py_source!("tracemalloc.py")),
        },
        "abc" => python(py_source!("lib/abc.py")),
        "_weakrefset" => python(py_source!("lib/_weakrefset.py")),
        "_collections_abc" => python(py_source!("lib/_collections_abc.py")),
        "collections.abc" => python(py_source!("lib/collections_abc.py")),
        "collections" => python(py_source!("lib/collections.py")),
        "_collections" => python(py_source!("lib/_collections.py")),
        "keyword" => python(py_source!("lib/keyword.py")),
        "operator" => python(py_source!("lib/operator.py")),
        "reprlib" => python(py_source!("lib/reprlib.py")),
        "functools" => python(py_source!("lib/functools.py")),
        "_functools" => python(py_source!("lib/_functools.py")),
        "itertools" => python(py_source!("lib/itertools.py")),
        "heapq" => python(py_source!("lib/heapq.py")),
        "_heapq" => python(py_source!("lib/_heapq.py")),
        "bisect" => python(py_source!("lib/bisect.py")),
        "_bisect" => python(py_source!("lib/_bisect.py")),
        "_operator" => python(py_source!("lib/_operator.py")),
        "random" => python(py_source!("lib/random.py")),
        "json" => python(py_source!("lib/json/__init__.py")),
        "json.decoder" => python(py_source!("lib/json/decoder.py")),
        "json.encoder" => python(py_source!("lib/json/encoder.py")),
        "json.scanner" => python(py_source!("lib/json/scanner.py")),
        "_heapscope_json" => python(py_source!("lib/_heapscope_json.py")),
        "_json" => python(py_source!("lib/_json.py")),
        "enum" => python(py_source!("lib/enum.py")),
        "typing" => python(py_source!("lib/typing.py")),
        "_heapscope_typing" => python(py_source!("lib/_heapscope_typing.py")),
        "contextlib" => python(py_source!("lib/contextlib.py")),
        "dataclasses" => python(py_source!("lib/dataclasses.py")),
        "_heapscope_dataclasses" => python(py_source!("lib/_heapscope_dataclasses.py")),
        "_random" => python(py_source!("lib/_random.py")),
        "_sha512" => python(py_source!("lib/_sha512.py")),
        "asyncio" => python(py_source!("asyncio.py")),
        "_io" => python(py_source!("_io.py")),
        "io" => python(py_source!("io.py")),
        "os" => python(py_source!("os.py")),
        "posixpath" => python(py_source!("posixpath.py")),
        "warnings" => python(py_source!("lib/warnings.py")),
        "linecache" => python(py_source!("lib/linecache.py")),
        "_sre" => python(py_source!("_sre.py")),
        "textwrap" => python(py_source!("lib/textwrap.py")),
        "datetime" => python(py_source!("lib/datetime.py")),
        "numbers" => python(py_source!("lib/numbers.py")),
        "fractions" => python(py_source!("lib/fractions.py")),
        "decimal" => python(py_source!("lib/decimal.py")),
        "_pydecimal" => python(py_source!("lib/_pydecimal.py")),
        "statistics" => python(py_source!("lib/statistics.py")),
        "contextvars" => python(py_source!("lib/contextvars.py")),
        "_contextvars" => python(py_source!("_contextvars.py")),
        "re" => python(py_source!("lib/re/__init__.py")),
        "re._casefix" => python(py_source!("lib/re/_casefix.py")),
        "re._compiler" => python(py_source!("lib/re/_compiler.py")),
        "re._constants" => python(py_source!("lib/re/_constants.py")),
        "re._parser" => python(py_source!("lib/re/_parser.py")),
        _ => return None,
    })
}

/// The registered modules that `python3` on these machines has in `sys.modules` before a
/// script's first line (its site packages import them).
fn is_preloaded(name: &str) -> bool {
    matches!(
        name,
        "abc"
            | "atexit"
            | "bisect"
            | "collections"
            | "collections.abc"
            | "contextlib"
            | "copyreg"
            | "enum"
            | "functools"
            | "itertools"
            | "keyword"
            | "math"
            | "operator"
            | "random"
            | "re"
            | "re._casefix"
            | "re._compiler"
            | "re._constants"
            | "re._parser"
            | "_sre"
            | "_random"
            | "_sha512"
            | "reprlib"
            | "sys"
            | "threading"
            | "time"
            | "types"
            | "typing"
            | "weakref"
            | "_bisect"
            | "_collections"
            | "_collections_abc"
            | "_functools"
            | "_operator"
            | "_thread"
            | "_weakref"
            | "_weakrefset"
    )
}

/// What `begin_startup_import` saved.
struct StartupImport {
    existing: std::collections::HashSet<ObjId>,
    counts: [u64; crate::gc::NUM_GENERATIONS],
    free_lists: crate::gc::FreeLists,
    enabled: bool,
}

/// Registered Python-source modules that stand in for CPython's C extension modules: their
/// functions behave as C functions do — no frames in tracebacks, no steps in the page.
fn emulates_c(name: &str) -> bool {
    matches!(
        name,
        "_collections"
            | "_functools"
            | "_heapq"
            | "_bisect"
            | "_operator"
            | "itertools"
            | "_random"
            | "_sha512"
            | "_json"
            | "_heapscope_json"
            | "_heapscope_typing"
            | "_heapscope_dataclasses"
            | "types"
            | "_io"
            | "_sre"
            | "_contextvars"
            | "datetime"
            | "_pydecimal"
            | "time"
            | "sys"
    )
}

fn mark_stdlib(code: &mut Rc<CodeObject>, emulates_c: bool) {
    let code = Rc::make_mut(code);
    code.flags.stdlib = true;
    code.flags.emulates_c = emulates_c;
    for c in code.consts.iter_mut() {
        if let Constant::Code(inner) = c {
            mark_stdlib(inner, emulates_c);
        }
    }
}

/// Where CPython keeps its standard library (as the corpus shows it).
const STDLIB_DIR: &str = "/usr/lib/python3.11";

/// Whether a registered Python-source module is a package (its source is an `__init__.py`).
fn is_package(name: &str, source: &PySource) -> bool {
    name == "collections" || source.path.ends_with("/__init__.py")
}

/// Where tracebacks and `__file__` say a Python-source module lives.
fn module_filename(name: &str, source: &PySource) -> String {
    let path = name.replace('.', "/");
    if is_package(name, source) {
        format!("{STDLIB_DIR}/{path}/__init__.py")
    } else {
        format!("{STDLIB_DIR}/{path}.py")
    }
}

pub fn install(vm: &mut Vm) {
    types::install_class_getitem(vm);
    // sys exists from the start (CPython imports it during start-up).
    if let Ok(m) = vm.import_module("sys") {
        vm.decref(m);
    }
}

impl Vm {
    /// A new module object with `__name__` set.
    pub fn new_module(&mut self, name: &str) -> ObjId {
        let dict = self.new_dict();
        let n = self.new_str(name);
        set_str_item(self, dict, "__name__", n);
        self.decref(n);
        let none = self.none;
        set_str_item(self, dict, "__doc__", none);
        self.alloc(
            self.types.module,
            Payload::Module(ModuleObj {
                name: Rc::from(name),
                dict,
            }),
        )
    }

    pub fn module_dict(&self, m: ObjId) -> ObjId {
        match self.heap.payload(m) {
            Payload::Module(m) => m.dict,
            _ => unreachable!("module_dict of a non-module"),
        }
    }

    /// `import name` (absolute): the module from `sys.modules`, built on first import.
    pub fn import_module(&mut self, name: &str) -> PyResult<ObjId> {
        let modules = self.modules;
        if let Some(m) = self.dict_get_str_borrowed(modules, name) {
            return Ok(self.incref(m));
        }
        if name == "builtins" {
            let b = self.builtins;
            set_str_item(self, modules, name, b);
            return Ok(self.incref(b));
        }
        // A submodule: the package is imported first (it may put the submodule in
        // `sys.modules` itself, as os does with os.path), and gets the submodule as an
        // attribute (Lib/importlib/_bootstrap.py: _find_and_load_unlocked).
        if let Some((package, child)) = name.rsplit_once('.') {
            let parent = self.import_module(package)?;
            if let Some(m) = self.dict_get_str_borrowed(modules, name) {
                self.decref(parent);
                return Ok(self.incref(m));
            }
            let m = self.import_module_uncached(name);
            if let Ok(m) = m {
                let parent_dict = self.module_dict(parent);
                set_str_item(self, parent_dict, child, m);
            }
            self.decref(parent);
            return m;
        }
        self.import_module_uncached(name)
    }

    /// `import name` of a module not in `sys.modules` yet.
    fn import_module_uncached(&mut self, name: &str) -> PyResult<ObjId> {
        let modules = self.modules;
        if registry(name).is_none() {
            if let Some((path, source)) = self.find_module_file(name) {
                return self.import_file_module(name, &path, &source);
            }
        }
        let Some(def) = registry(name) else {
            let err = self.new_error_msg(
                self.types.module_not_found_error,
                &format!("No module named '{name}'"),
            );
            if let crate::vm::PyErr::Exception(e) = err {
                let key = self.intern_str("name");
                let n = self.new_str(name);
                let _ = self.generic_setattr(e, key, Some(n));
                self.decref(n);
                self.decref(key);
            }
            return Err(err);
        };
        let before = is_preloaded(name).then(|| self.begin_startup_import());
        let m = self.new_module(name);
        set_str_item(self, modules, name, m);
        let dict = self.module_dict(m);
        let r = self.init_module(name, &def, dict);
        if let Some(before) = before {
            self.end_startup_import(before);
        }
        if let Err(e) = r {
            let key = self.new_str(name);
            let _ = self.dict_del_item(modules, key);
            self.decref(key);
            self.decref(m);
            return Err(e);
        }
        Ok(m)
    }

    /// The standard-library modules are part of the interpreter: CPython (with this machine's
    /// site packages) has them imported before the program's first line, so their objects are
    /// start-up objects. Importing one later makes its objects static and frozen like the
    /// rest of start-up, and leaves the collector's counters as they were.
    fn begin_startup_import(&mut self) -> StartupImport {
        let state = StartupImport {
            existing: self.heap.iter().map(|(id, _)| id).collect(),
            counts: self.gc.counts,
            free_lists: self.gc.free_lists,
            enabled: self.gc.enabled,
        };
        self.gc.enabled = false;
        self.native_depth += 1;
        state
    }

    fn end_startup_import(&mut self, before: StartupImport) {
        self.native_depth -= 1;
        let mut work: Vec<ObjId> = self
            .heap
            .iter()
            .map(|(id, _)| id)
            .filter(|id| !before.existing.contains(id))
            .collect();
        // What the module's objects reference (identifier strings the program's code
        // interned first) would have been made by the start-up import too.
        while let Some(id) = work.pop() {
            let obj = self.heap.get_mut(id);
            if obj.is_static {
                continue;
            }
            obj.is_static = true;
            obj.refcount += 1 << 30;
            if obj.gc.tracked {
                self.gc_move_to(id, crate::gc::PERMANENT);
            }
            self.object_refs(id, |target, _| work.push(target));
        }
        self.gc.counts = before.counts;
        self.gc.free_lists = before.free_lists;
        self.gc.enabled = before.enabled;
    }

    fn init_module(&mut self, name: &str, def: &ModuleDef, dict: ObjId) -> PyResult<()> {
        if let Some(init) = def.init {
            init(self, dict)?;
        }
        match &def.source {
            Some(source) => {
                let filename = module_filename(name, source);
                if is_package(name, source) {
                    let dir =
                        self.new_str_owned(format!("{STDLIB_DIR}/{}", name.replace('.', "/")));
                    let path = self.new_list(vec![dir]);
                    set_str_item(self, dict, "__path__", path);
                    self.decref(path);
                }
                let text = self.python_source_text(name, source)?;
                let code = self.compile_stdlib_source(&text, &filename, emulates_c(name))?;
                self.exec_module_code(code, &filename, dict)
            }
            None => Ok(()),
        }
    }

    /// The text of a module's Python source: embedded, or (in the page) from the host.
    fn python_source_text(&mut self, name: &str, source: &PySource) -> PyResult<Rc<str>> {
        if let Some(text) = source.text {
            return Ok(Rc::from(text));
        }
        match self.module_source.and_then(|fetch| fetch(source.path)) {
            Some(text) => Ok(Rc::from(text)),
            None => Err(self.new_error_msg(
                self.types.import_error,
                &format!("heapscope could not load the source of module '{name}'"),
            )),
        }
    }

    /// A `NAME.py` next to the main script (`heapscope run` only: the page has no files).
    fn find_module_file(&self, name: &str) -> Option<(String, String)> {
        if cfg!(target_arch = "wasm32") || name.contains('.') {
            return None;
        }
        let dir = self.main_dir.as_deref()?;
        let path = format!("{dir}/{name}.py");
        let bytes = std::fs::read(&path).ok()?;
        let source = crate::syntax::decode_source(&bytes).ok()?;
        Some((path, source))
    }

    /// Imports a module from source text found on disk: registered in `sys.modules` first,
    /// then executed in its namespace; its code object is dropped afterwards.
    fn import_file_module(&mut self, name: &str, path: &str, source: &str) -> PyResult<ObjId> {
        let modules = self.modules;
        let m = self.new_module(name);
        set_str_item(self, modules, name, m);
        let dict = self.module_dict(m);
        if let Err(e) = self.exec_module_source(source, path, dict) {
            let key = self.new_str(name);
            let _ = self.dict_del_item(modules, key);
            self.decref(key);
            self.decref(m);
            return Err(e);
        }
        Ok(m)
    }

    fn exec_module_source(&mut self, source: &str, filename: &str, dict: ObjId) -> PyResult<()> {
        let code = self.compile_source(source, filename)?;
        self.exec_module_code(code, filename, dict)
    }

    /// Runs a module's loaded code object (consumed) in its namespace `dict`.
    fn exec_module_code(&mut self, code: ObjId, filename: &str, dict: ObjId) -> PyResult<()> {
        let file = self.new_str(filename);
        set_str_item(self, dict, "__file__", file);
        self.decref(file);
        let builtins = self.builtins;
        set_str_item(self, dict, "__builtins__", builtins);
        let r = self.run_code(code, dict);
        self.decref(code);
        self.decref(r?);
        Ok(())
    }

    /// Compiles a module's source into a loaded code object (new reference); a syntax error
    /// becomes a raised SyntaxError.
    pub fn compile_source(&mut self, source: &str, filename: &str) -> PyResult<ObjId> {
        self.compile_module_source(source, filename, None)
    }

    /// `compile_source` for a standard-library module, which may stand in for a C extension
    /// module.
    fn compile_stdlib_source(
        &mut self,
        source: &str,
        filename: &str,
        emulates_c: bool,
    ) -> PyResult<ObjId> {
        self.compile_module_source(source, filename, Some(emulates_c))
    }

    /// Compiles a module; `stdlib` is `Some(emulates_c)` for standard-library modules, whose
    /// code objects are marked.
    fn compile_module_source(
        &mut self,
        source: &str,
        filename: &str,
        stdlib: Option<bool>,
    ) -> PyResult<ObjId> {
        let compiled = crate::syntax::parse(source)
            .and_then(|m| crate::syntax::check(&m).map(|_| m))
            .and_then(|m| crate::compile::compile_module(&m, source, filename));
        match compiled {
            Ok(mut c) => {
                if let Some(emulates_c) = stdlib {
                    mark_stdlib(&mut c.code, emulates_c);
                }
                self.sources.insert(Rc::from(filename), Rc::from(source));
                Ok(self.load_code(&c.code))
            }
            Err(e) => Err(self.new_error_msg(self.types.syntax_error, &e.message(filename))),
        }
    }

    /// `ImportName`.
    pub fn import_name(&mut self, name: &str, fromlist: ObjId, level: ObjId) -> PyResult<ObjId> {
        let level = match self.heap.payload(level) {
            Payload::Int(n) => *n,
            _ => 0,
        };
        if level > 0 {
            let name = self.resolve_relative_name(name, level)?;
            return self.import_module(&name);
        }
        let top = name.split('.').next().unwrap_or(name);
        let m = self.import_module(name)?;
        if fromlist == self.none && top != name {
            self.decref(m);
            return self.import_module(top);
        }
        Ok(m)
    }

    /// The absolute name of `from .name import ...` in the running module's package
    /// (Lib/importlib/_bootstrap.py: _calc___package__, _resolve_name).
    fn resolve_relative_name(&mut self, name: &str, level: i64) -> PyResult<String> {
        let globals = self.frames.last().map(|f| f.globals);
        let module_name = globals
            .and_then(|g| self.dict_get_str_borrowed(g, "__name__"))
            .filter(|&n| matches!(self.heap.payload(n), Payload::Str(_)))
            .map(|n| self.str_of(n).to_string());
        let is_package =
            globals.is_some_and(|g| self.dict_get_str_borrowed(g, "__path__").is_some());
        let package = match module_name {
            Some(n) if is_package => n,
            Some(n) => n
                .rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default(),
            None => String::new(),
        };
        if package.is_empty() {
            return Err(self.new_error_msg(
                self.types.import_error,
                "attempted relative import with no known parent package",
            ));
        }
        let mut base = package.as_str();
        for _ in 1..level {
            match base.rsplit_once('.') {
                Some((b, _)) => base = b,
                None => {
                    return Err(self.new_error_msg(
                        self.types.import_error,
                        "attempted relative import beyond top-level package",
                    ))
                }
            }
        }
        Ok(if name.is_empty() {
            base.to_string()
        } else {
            format!("{base}.{name}")
        })
    }

    /// `ImportFrom`: `from module import name`.
    pub fn import_from(&mut self, module: ObjId, name: ObjId) -> PyResult<ObjId> {
        match self.getattr_opt(module, &self.str_of(name))? {
            Some(v) => Ok(v),
            None => {
                let n = self.str_of(name);
                let mname = match self.heap.payload(module) {
                    Payload::Module(m) => m.name.clone(),
                    _ => Rc::from("?"),
                };
                // `from package import submodule` while the package is still initialising.
                let submodule = format!("{mname}.{n}");
                if registry(&submodule).is_some() {
                    return self.import_module(&submodule);
                }
                let dict = self.module_dict(module);
                let location = match self.dict_get_str_borrowed(dict, "__file__") {
                    Some(f) if matches!(self.heap.payload(f), Payload::Str(_)) => {
                        self.str_of(f).to_string()
                    }
                    _ => "unknown location".to_string(),
                };
                Err(self.new_error_msg(
                    self.types.import_error,
                    &format!("cannot import name '{n}' from '{mname}' ({location})"),
                ))
            }
        }
    }

    /// `from module import *`: public names into the current locals.
    pub fn import_star(&mut self, module: ObjId) -> PyResult<()> {
        let dict = self.module_dict(module);
        let locals = self.frames.last().and_then(|f| f.locals).unwrap_or(dict);
        for (k, v) in self.dict_items(dict) {
            if self.str_of(k).starts_with('_') {
                continue;
            }
            self.dict_set_item(locals, k, v)?;
        }
        Ok(())
    }
}
