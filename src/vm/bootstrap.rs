//! Interpreter start-up (`pycore_init_types`, `_PyBuiltin_Init`) and loading a compiled
//! module into the heap (constants merged and interned as CPython's compiler does).

use std::collections::HashMap;
use std::rc::Rc;

use super::{Limits, Output, Types, Vm};
use crate::compile::{CodeObject, Constant};
use crate::heap::{CodeData, Heap, ObjId, Payload, StrObj};

/// A constant's identity for merging: equal values of the same type share one object
/// (`_PyCode_ConstantKey`: 0.0 and -0.0 differ, 1 and True differ).
#[derive(Hash, PartialEq, Eq, Clone)]
pub enum ConstKey {
    None,
    Bool(bool),
    Int(String),
    Float(u64),
    Complex(u64, u64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Ellipsis,
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
}

fn const_key(c: &Constant) -> Option<ConstKey> {
    Some(match c {
        Constant::None => ConstKey::None,
        Constant::Bool(b) => ConstKey::Bool(*b),
        Constant::Int(i) => ConstKey::Int(i.to_string()),
        Constant::Float(f) => ConstKey::Float(f.to_bits()),
        Constant::Complex(a, b) => ConstKey::Complex(a.to_bits(), b.to_bits()),
        Constant::Str(s) => ConstKey::Str(s.clone()),
        Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
        Constant::Ellipsis => ConstKey::Ellipsis,
        Constant::Tuple(items) => {
            ConstKey::Tuple(items.iter().map(const_key).collect::<Option<_>>()?)
        }
        Constant::FrozenSet(items) => {
            ConstKey::FrozenSet(items.iter().map(const_key).collect::<Option<_>>()?)
        }
        Constant::Code(_) => return None,
    })
}

/// `all_name_chars`: string constants made only of these are interned.
fn all_name_chars(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// One-character identifiers that CPython 3.11's interned table holds as separate static
/// strings at startup (names in the deep-frozen modules, Python/deepfreeze/deepfreeze.c), as
/// observed with `compile("'a'", ...)` constants versus `chr()`.
const DEEPFROZEN_ONE_CHAR_NAMES: &str = "abcdefhijklmnopqrstvwxyBCLST_";

impl Vm {
    /// A fresh interpreter with the builtins installed.
    pub fn new() -> Vm {
        let mut heap = Heap::new();
        let types = Types::create(&mut heap);
        types.add_second_bases(&mut heap);
        let statics = |heap: &mut Heap, ty: ObjId, payload: Payload| {
            let id = heap.alloc(ty, payload);
            heap.get_mut(id).is_static = true;
            id
        };
        let none = statics(&mut heap, types.none_type, Payload::None);
        let true_ = statics(&mut heap, types.bool_, Payload::Bool(true));
        let false_ = statics(&mut heap, types.bool_, Payload::Bool(false));
        let ellipsis = statics(&mut heap, types.ellipsis_type, Payload::Ellipsis);
        let not_implemented = statics(
            &mut heap,
            types.not_implemented_type,
            Payload::NotImplemented,
        );
        let empty_tuple = statics(&mut heap, types.tuple, Payload::Tuple(Vec::new()));
        let empty_str = statics(
            &mut heap,
            types.str,
            Payload::Str(StrObj::new(Rc::from(""))),
        );
        let empty_bytes = statics(&mut heap, types.bytes, Payload::Bytes(Rc::from(&b""[..])));
        let bytes_chars = (0u8..=255)
            .map(|c| statics(&mut heap, types.bytes, Payload::Bytes(Rc::from(&[c][..]))))
            .collect();
        let small_ints = (-5i64..=256)
            .map(|i| statics(&mut heap, types.int, Payload::Int(i)))
            .collect();
        let latin1_chars = (0u32..256)
            .map(|c| {
                let s: String = char::from_u32(c).into_iter().collect();
                statics(&mut heap, types.str, Payload::Str(StrObj::new(Rc::from(s))))
            })
            .collect();
        let builtins_dict = statics(
            &mut heap,
            types.dict,
            Payload::Dict(crate::heap::DictObj::new()),
        );
        let builtins = statics(
            &mut heap,
            types.module,
            Payload::Module(crate::heap::ModuleObj {
                name: Rc::from("builtins"),
                dict: builtins_dict,
            }),
        );
        let modules = statics(
            &mut heap,
            types.dict,
            Payload::Dict(crate::heap::DictObj::new()),
        );
        let mut vm = Vm {
            heap,
            types,
            frames: Vec::new(),
            none,
            true_,
            false_,
            ellipsis,
            not_implemented,
            empty_tuple,
            empty_str,
            empty_bytes,
            bytes_chars,
            modules_finalized: false,
            small_ints,
            latin1_chars,
            interned: HashMap::new(),
            builtins,
            builtins_dict,
            modules,
            exc_info: None,
            output: Output::default(),
            module_source: None,
            limits: Limits::default(),
            instructions: 0,
            instruction_watermark: 0,
            call_serial: 0,
            flat_call_serial: u64::MAX,
            threads: Default::default(),
            recursion_limit: 1000,
            native_depth: 0,
            dealloc_depth: 0,
            trash: Vec::new(),
            memory: 0,
            sources: HashMap::new(),
            arena: Vec::new(),
            gc: crate::gc::GcState::default(),
            weakrefs: Default::default(),
            seq: 0,
            static_count: 0,
            step: 0,
            step_target: None,
            capture_in_native: false,
            pending_halt: None,
            repr_guard: Vec::new(),
            stderr_obj: None,
            stdio: Default::default(),
            tstate_dict: None,
            clinic_kwtuples: Vec::new(),
            tp_subclasses: Default::default(),
            line_steps: None,
            check_refs: false,
            reraising: false,
            switch_interval: 0.005,
            main_dir: None,
            uncaught: None,
            keep_final_snapshot: false,
            final_snapshot: None,
            captured: None,
            tracemalloc: None,
            frame_vecs: Vec::new(),
            arg_vecs: Vec::new(),
            global_cache: vec![None; super::eval::GLOBAL_CACHE_SIZE],
            type_attr_cache: std::cell::RefCell::new(vec![None; super::attr::TYPE_CACHE_SIZE]),
        };
        for c in vm.latin1_chars.clone() {
            if let Payload::Str(s) = vm.heap.payload(c) {
                let text = s.text.clone();
                if all_name_chars(&text) {
                    vm.interned.insert(text, c);
                }
            }
        }
        // The deep-frozen startup modules' one-letter names are static str objects of their
        // own, interned before the latin-1 cache: a constant "a" is that object, while "g" (no
        // such name) is the cached character.
        for name in DEEPFROZEN_ONE_CHAR_NAMES.chars() {
            let text: Rc<str> = Rc::from(name.to_string());
            let id = statics(
                &mut vm.heap,
                vm.types.str,
                Payload::Str(StrObj::new(text.clone())),
            );
            if let Payload::Str(s) = vm.heap.payload_mut(id) {
                s.interned = true;
            }
            vm.interned.insert(text, id);
        }
        crate::builtins::install(&mut vm);
        crate::modules::install(&mut vm);
        // type_ready_add_subclasses: every builtin type is in its bases' `tp_subclasses`.
        let types: Vec<(ObjId, Vec<ObjId>)> = vm
            .heap
            .iter()
            .filter_map(|(id, obj)| match &obj.payload {
                Payload::Type(t) if !t.heap_type => Some((id, t.bases.clone())),
                _ => None,
            })
            .collect();
        for (ty, bases) in types {
            for base in bases {
                crate::builtins::object::add_subclass(&mut vm, base, ty);
            }
        }
        let ids: Vec<ObjId> = vm.heap.iter().map(|(id, _)| id).collect();
        for id in ids {
            let obj = vm.heap.get_mut(id);
            obj.is_static = true;
            obj.refcount = obj.refcount.max(1) + (1 << 30);
        }
        vm.static_count = vm.heap.len();
        vm.gc_freeze();
        vm.gc.reset_after_startup();
        vm
    }

    /// Creates the heap objects of a compiled module's code: constants merged across all its
    /// code objects, identifier-like strings interned. Returns the module code object.
    pub fn load_code(&mut self, code: &Rc<CodeObject>) -> ObjId {
        let mut cache: HashMap<ConstKey, ObjId> = HashMap::new();
        let id = self.load_code_rec(code, &mut cache);
        for (_, v) in cache {
            self.decref(v);
        }
        id
    }

    fn load_code_rec(
        &mut self,
        code: &Rc<CodeObject>,
        cache: &mut HashMap<ConstKey, ObjId>,
    ) -> ObjId {
        let mut const_ids = Vec::with_capacity(code.consts.len());
        for c in &code.consts {
            const_ids.push(self.load_constant(c, cache));
        }
        // The compiler's tuples are tracked like any other until a collection's
        // untrack_tuples finds they hold nothing trackable.
        let consts = self.new_tuple(const_ids.clone());
        let name_ids: Vec<ObjId> = code.names.iter().map(|n| self.intern_str(n)).collect();
        // The names are kept alive by the interned table for the lifetime of the program.
        for &n in &name_ids {
            self.heap.get_mut(n).is_static = true;
        }
        self.alloc(
            self.types.code,
            Payload::Code(CodeData {
                code: code.clone(),
                consts,
                const_ids: Rc::from(const_ids),
                name_ids: Rc::from(name_ids),
            }),
        )
    }

    /// A constant object (new reference), shared with equal constants of the module.
    fn load_constant(&mut self, c: &Constant, cache: &mut HashMap<ConstKey, ObjId>) -> ObjId {
        let key = const_key(c);
        if let Some(k) = &key {
            if let Some(&id) = cache.get(k) {
                return self.incref(id);
            }
        }
        let id = match c {
            Constant::None => self.new_none(),
            Constant::Bool(b) => self.new_bool(*b),
            Constant::Int(i) => self.new_bigint(i.clone()),
            Constant::Float(f) => self.new_float(*f),
            Constant::Complex(a, b) => self.alloc(self.types.complex, Payload::Complex(*a, *b)),
            Constant::Str(s) => {
                if all_name_chars(s) {
                    self.intern_str(s)
                } else {
                    self.new_str_rc(s.clone())
                }
            }
            Constant::Bytes(b) => self.new_bytes(b),
            Constant::Ellipsis => self.incref(self.ellipsis),
            Constant::Tuple(items) => {
                let ids: Vec<ObjId> = items.iter().map(|i| self.load_constant(i, cache)).collect();
                self.new_tuple(ids)
            }
            Constant::FrozenSet(items) => {
                let ids: Vec<ObjId> = items.iter().map(|i| self.load_constant(i, cache)).collect();
                let s = self.alloc(self.types.frozenset, Payload::FrozenSet(Default::default()));
                for i in ids {
                    let _ = self.set_add(s, i);
                    self.decref(i);
                }
                // The compiler's `merge_consts_recursive` rebuilds a frozenset constant from
                // the iteration order of the first one (`PyFrozenSet_New(tuple)`), which can
                // change the table layout, and so the printed order of set displays.
                let merged =
                    self.alloc(self.types.frozenset, Payload::FrozenSet(Default::default()));
                for i in self.set_items(s) {
                    let _ = self.set_add(merged, i);
                }
                self.decref(s);
                merged
            }
            Constant::Code(code) => return self.load_code_rec(code, cache),
        };
        if let Some(k) = key {
            cache.insert(k, self.incref(id));
        }
        id
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}
