//! Allocation, reference counting and deallocation (`PyObject_Malloc`, `_PyObject_GC_Link`,
//! `Py_DECREF`, `_Py_Dealloc` and the trashcan).

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::{PyResult, Vm};
use crate::heap::dict::SharedKeysRef;
use crate::heap::str::StrObj;
use crate::heap::{Attrs, DictObj, Layout, ListObj, ObjId, Object, Payload, SetObj};

/// `PyTrash_UNWIND_LEVEL`: deallocation nested deeper than this is deferred.
const TRASHCAN_DEPTH: usize = 50;

impl Vm {
    /// Allocates an object of type `ty` owning the references inside `payload`; the caller
    /// owns the returned reference. Tracks it with the collector as CPython would at
    /// allocation, and may run an automatic collection first (3.11 collects inside the
    /// allocation, in `_PyObject_GC_Link`).
    pub fn alloc(&mut self, ty: ObjId, payload: Payload) -> ObjId {
        let (heap_type, has_dict) = match self.heap.payload(ty) {
            Payload::Type(t) => (t.heap_type, t.has_dict),
            _ => (false, false),
        };
        let (gc_type, track) = gc_kind(&payload, heap_type);
        if gc_type && self.gc.on_gc_alloc(self.gc_free_list(ty, &payload)) {
            self.collect_automatic();
        }
        let size = self.basic_memory(&payload);
        self.memory += size;
        if heap_type {
            self.heap.incref(ty);
        }
        let id = self.heap.alloc(ty, payload);
        if heap_type && has_dict {
            self.heap.get_mut(id).attrs = Some(Box::new(Attrs::Inline(Vec::new())));
            self.init_inline_values(ty);
        }
        if track {
            self.gc_track(id);
        }
        // tracemalloc: attribute the new object to the executing frames.
        if self.tracemalloc.is_some() {
            self.tracemalloc_on_alloc(id);
        }
        id
    }

    /// The free list an object of exact type list, dict or tuple (1 to 19 items) is taken
    /// from and returned to (`PyList_New`, `new_dict`, `tuple_alloc` and their deallocs).
    fn gc_free_list(&self, ty: ObjId, payload: &Payload) -> Option<crate::gc::FreeList> {
        use crate::gc::FreeList;
        match payload {
            Payload::List(_) if ty == self.types.list => Some(FreeList::List),
            Payload::Dict(_) if ty == self.types.dict => Some(FreeList::Dict),
            Payload::Tuple(items) if ty == self.types.tuple => Some(FreeList::Tuple(items.len())),
            _ => None,
        }
    }

    /// `Py_INCREF`, returning the id for convenience.
    #[inline(always)]
    pub fn incref(&mut self, id: ObjId) -> ObjId {
        self.heap.incref(id);
        id
    }

    /// `Py_DECREF`: frees the object the instant its count reaches zero.
    #[inline(always)]
    pub fn decref(&mut self, id: ObjId) {
        if self.heap.decref_raw(id) {
            self.dealloc(id);
        }
    }

    #[inline(always)]
    pub fn xdecref(&mut self, id: Option<ObjId>) {
        if let Some(id) = id {
            self.decref(id);
        }
    }

    /// `_Py_Dealloc` with the trashcan: deeply nested deallocations are deferred until the
    /// outermost one finishes, so freeing a long chain never overflows the Rust stack.
    #[inline(never)]
    fn dealloc(&mut self, id: ObjId) {
        if self.dealloc_depth >= TRASHCAN_DEPTH {
            self.trash.push(id);
            return;
        }
        self.dealloc_depth += 1;
        self.dealloc_one(id);
        self.dealloc_depth -= 1;
        if self.dealloc_depth == 0 {
            while let Some(next) = self.trash.pop() {
                self.dealloc_depth += 1;
                self.dealloc_one(next);
                self.dealloc_depth -= 1;
            }
        }
    }

    fn dealloc_one(&mut self, id: ObjId) {
        let obj = self.heap.get(id);
        if obj.is_static {
            // Statically allocated objects are never freed (their count is only nominal).
            self.heap.get_mut(id).refcount = 1 << 40;
            return;
        }
        if obj.ty == self.types.int || obj.ty == self.types.float {
            // `long_dealloc`, `float_dealloc`: no references, finalizer, weakrefs or collector
            // state to look at.
            if self.tracemalloc.is_some() {
                self.tracemalloc_on_free(id);
            }
            if let Some(obj) = self.heap.free(id) {
                self.memory = self.memory.saturating_sub(self.basic_memory(&obj.payload));
            }
            return;
        }
        // PEP 442 finaliser (`PyObject_CallFinalizerFromDealloc`): may resurrect the object.
        if !self.heap.get(id).gc.finalized {
            if let Some(del) = self.finalizer_of(id) {
                self.heap.get_mut(id).gc.finalized = true;
                self.heap.get_mut(id).refcount = 1;
                self.call_finalizer(del, id);
                self.decref(del);
                let obj = self.heap.get_mut(id);
                obj.refcount -= 1;
                if obj.refcount > 0 {
                    return;
                }
            }
        }
        self.clear_weakrefs(id);
        if let Payload::Type(t) = self.heap.payload(id) {
            if t.heap_type {
                let bases = t.bases.clone();
                crate::builtins::object::remove_all_subclasses(self, id, &bases);
            }
        }
        // A dying weak reference leaves its referent's list of weak references.
        if let Payload::WeakRef(w) | Payload::WeakProxy(w) = self.heap.payload(id) {
            if let Some(referent) = w.referent {
                if let Some(refs) = self.weakrefs.get_mut(&referent) {
                    refs.retain(|&r| r != id);
                    if refs.is_empty() {
                        self.weakrefs.remove(&referent);
                    }
                }
            }
        }
        if self.heap.get(id).gc.tracked {
            self.gc_untrack(id);
        }
        // tracemalloc: the object's trace goes with it.
        if self.tracemalloc.is_some() {
            self.tracemalloc_on_free(id);
        }
        let Some(obj) = self.heap.free(id) else {
            return;
        };
        // `unicode_dealloc`: an interned string leaves the interned table.
        if let Payload::Str(s) = &obj.payload {
            if s.interned && self.interned.get(&s.text) == Some(&id) {
                self.interned.remove(&s.text);
            }
        }
        let gc_type = gc_kind(&obj.payload, self.is_heap_type(obj.ty)).0;
        self.memory = self.memory.saturating_sub(self.basic_memory(&obj.payload));
        if gc_type {
            let free_list = self.gc_free_list(obj.ty, &obj.payload);
            self.gc.on_gc_dealloc(free_list);
        }
        self.release_object(obj);
    }

    /// Drops the references an object held, in the order its CPython `tp_dealloc` does.
    fn release_object(&mut self, obj: Object) {
        let Object {
            ty, payload, attrs, ..
        } = obj;
        let heap_type = self.is_heap_type(ty);
        // subtype_dealloc clears the instance attributes before the base type's dealloc.
        if let Some(attrs) = attrs {
            match *attrs {
                Attrs::Inline(values) => {
                    for (_, v) in values {
                        self.decref(v);
                    }
                }
                Attrs::Dict(d) => self.decref(d),
            }
        }
        // A vector from the argument pool: deallocation nests, each level takes its own.
        let mut children = self.arg_vecs.pop().unwrap_or_default();
        payload_refs_dealloc_order(&payload, &mut children);
        drop(payload);
        for &child in &children {
            self.decref(child);
        }
        self.recycle_arg_vec(children);
        if heap_type {
            self.decref(ty);
        }
    }

    /// The object's `tp_finalize` as a callable (new reference): a class's `__del__`, or
    /// `close` for a generator suspended inside its body (`_PyGen_Finalize`).
    pub(crate) fn finalizer_of(&mut self, id: ObjId) -> Option<ObjId> {
        let ty = self.heap.type_of(id);
        if self.is_heap_type(ty) {
            return self.lookup_type_attr(ty, "__del__");
        }
        match self.heap.payload(id) {
            Payload::Generator(g) if g.frame.is_some() && ty == self.types.coroutine => {
                self.lookup_type_attr(ty, "__del__")
            }
            Payload::Generator(g) if g.started && g.frame.is_some() => {
                self.lookup_type_attr(ty, "close")
            }
            _ => None,
        }
    }

    pub fn is_heap_type(&self, ty: ObjId) -> bool {
        match self.heap.payload(ty) {
            Payload::Type(t) => t.heap_type,
            _ => false,
        }
    }

    /// The class's shared keys, when its instances have a managed `__dict__`.
    pub fn cached_keys(&self, ty: ObjId) -> Option<SharedKeysRef> {
        match self.heap.payload(ty) {
            Payload::Type(t) => t.cached_keys.clone(),
            _ => None,
        }
    }

    // Objects/dictobject.c: init_inline_values — `object.__new__` sizes the new instance's
    // values array by the shared keys, and each instance leaves one slot less for the next.
    fn init_inline_values(&mut self, ty: ObjId) {
        let Payload::Type(t) = self.heap.payload(ty) else {
            return;
        };
        if t.layout != Layout::Object {
            return;
        }
        if let Some(keys) = &t.cached_keys {
            let mut keys = keys.borrow_mut();
            if keys.usable > 1 {
                keys.usable -= 1;
            }
        }
    }

    pub fn type_has_dict(&self, ty: ObjId) -> bool {
        match self.heap.payload(ty) {
            Payload::Type(t) => t.has_dict,
            _ => false,
        }
    }

    /// A rough count of bytes an object occupies, for the simulated memory limit only.
    fn basic_memory(&self, payload: &Payload) -> u64 {
        64 + match payload {
            Payload::Str(s) => s.text.len() as u64,
            Payload::Bytes(b) => b.len() as u64,
            Payload::ByteArray(b) => b.len() as u64,
            Payload::Tuple(t) => 8 * t.len() as u64,
            Payload::List(l) => 8 * l.allocated as u64,
            Payload::Dict(d) => 24 * d.entry_capacity() as u64,
            Payload::Set(s) | Payload::FrozenSet(s) => 16 * s.table_size() as u64,
            Payload::BigInt(b) => b.bits() / 8,
            _ => 0,
        }
    }

    /// Raises MemoryError when `bytes` more would exceed the simulated memory limit.
    pub fn check_memory(&mut self, bytes: u64) -> PyResult<()> {
        if self.memory.saturating_add(bytes) > self.limits.max_memory {
            return Err(self.new_error(self.types.memory_error, None));
        }
        Ok(())
    }

    // ----- constructors: each returns a new reference -----

    pub fn new_ref(&mut self, id: ObjId) -> ObjId {
        self.incref(id)
    }

    pub fn new_none(&mut self) -> ObjId {
        self.incref(self.none)
    }

    #[inline(always)]
    pub fn new_bool(&mut self, b: bool) -> ObjId {
        let id = if b { self.true_ } else { self.false_ };
        self.incref(id)
    }

    pub fn new_int(&mut self, v: i64) -> ObjId {
        if (-5..=256).contains(&v) {
            let id = self.small_ints[(v + 5) as usize];
            return self.incref(id);
        }
        self.alloc(self.types.int, Payload::Int(v))
    }

    /// An int from a big integer, normalised to the small representation when it fits.
    pub fn new_bigint(&mut self, v: BigInt) -> ObjId {
        match v.to_i64() {
            Some(small) => self.new_int(small),
            None => self.alloc(self.types.int, Payload::BigInt(Box::new(v))),
        }
    }

    pub fn new_float(&mut self, v: f64) -> ObjId {
        self.alloc(self.types.float, Payload::Float(v))
    }

    pub fn new_str(&mut self, s: &str) -> ObjId {
        self.new_str_rc(Rc::from(s))
    }

    /// A str object; the empty string and one-character latin-1 strings are shared.
    pub fn new_str_rc(&mut self, s: Rc<str>) -> ObjId {
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (None, _) => return self.incref(self.empty_str),
            (Some(c), None) if (c as u32) < 256 => {
                let id = self.latin1_chars[c as usize];
                return self.incref(id);
            }
            _ => {}
        }
        self.alloc(self.types.str, Payload::Str(StrObj::new(s)))
    }

    /// A str filled in place (`PyUnicode_New` without `unicode_result`): a new object even
    /// for one latin-1 character (the empty string is still shared).
    pub fn new_str_fresh(&mut self, s: String) -> ObjId {
        if s.is_empty() {
            return self.incref(self.empty_str);
        }
        self.alloc(self.types.str, Payload::Str(StrObj::new(Rc::from(s))))
    }

    pub fn new_str_owned(&mut self, s: String) -> ObjId {
        self.new_str_rc(Rc::from(s))
    }

    /// `PyUnicode_InternInPlace` for a new string value: the interned object.
    pub fn intern_str(&mut self, s: &str) -> ObjId {
        if let Some(&id) = self.interned.get(s) {
            return self.incref(id);
        }
        let id = self.new_str(s);
        let interned = self.intern_existing(id);
        self.decref(id);
        interned
    }

    /// Interns an existing str object (`sys.intern`): returns the canonical object (new ref).
    pub fn intern_existing(&mut self, id: ObjId) -> ObjId {
        let text = match self.heap.payload(id) {
            Payload::Str(s) => s.text.clone(),
            _ => return self.incref(id),
        };
        if let Some(&canon) = self.interned.get(&*text) {
            return self.incref(canon);
        }
        if let Payload::Str(s) = self.heap.payload_mut(id) {
            s.interned = true;
        }
        // The interned table holds its references as borrowed in 3.11 (the count is
        // adjusted by 2 on interning); the str keeps its own count.
        self.interned.insert(text, id);
        self.incref(id)
    }

    /// `PyBytes_FromStringAndSize` with data: the empty and one-byte objects are shared.
    pub fn new_bytes(&mut self, b: &[u8]) -> ObjId {
        match b {
            [] => return self.incref(self.empty_bytes),
            [c] => return self.incref(self.bytes_chars[*c as usize]),
            _ => {}
        }
        self.alloc(self.types.bytes, Payload::Bytes(Rc::from(b)))
    }

    /// A tuple owning `items`.
    pub fn new_tuple(&mut self, items: Vec<ObjId>) -> ObjId {
        if items.is_empty() {
            return self.incref(self.empty_tuple);
        }
        self.alloc(self.types.tuple, Payload::Tuple(items))
    }

    /// A list owning `items`, allocated exactly (as `PyList_New(n)`).
    pub fn new_list(&mut self, items: Vec<ObjId>) -> ObjId {
        let allocated = items.len();
        self.alloc(self.types.list, Payload::List(ListObj { items, allocated }))
    }

    /// `PyUnicode_CheckExact`.
    pub fn is_exact_str(&self, v: ObjId) -> bool {
        matches!(self.heap.payload(v), Payload::Str(_)) && self.heap.type_of(v) == self.types.str
    }

    pub fn new_dict(&mut self) -> ObjId {
        self.alloc(self.types.dict, Payload::Dict(DictObj::new()))
    }

    pub fn new_set(&mut self) -> ObjId {
        self.alloc(self.types.set, Payload::Set(SetObj::new()))
    }

    /// Tuples of borrowed items: increfs each.
    pub fn new_tuple_from(&mut self, items: &[ObjId]) -> ObjId {
        for &i in items {
            self.heap.incref(i);
        }
        self.new_tuple(items.to_vec())
    }
}

/// Whether a payload belongs to a GC type, and whether it is tracked right at allocation.
fn gc_kind(payload: &Payload, heap_type: bool) -> (bool, bool) {
    if heap_type {
        return (true, true);
    }
    match payload {
        Payload::Dict(_) => (true, false),
        // range_iterator and longrange_iterator are not GC types.
        Payload::Iterator(
            crate::heap::IterObj::Range { .. } | crate::heap::IterObj::BigRange { .. },
        ) => (false, false),
        Payload::List(_)
        | Payload::Tuple(_)
        | Payload::Set(_)
        | Payload::FrozenSet(_)
        | Payload::Function(_)
        | Payload::Cell(_)
        | Payload::BoundMethod { .. }
        | Payload::Type(_)
        | Payload::Module(_)
        | Payload::Generator(_)
        | Payload::Frame(_)
        | Payload::Traceback { .. }
        | Payload::Property { .. }
        | Payload::StaticMethod(_)
        | Payload::ClassMethod(_)
        | Payload::Super { .. }
        | Payload::Iterator(_)
        | Payload::Exception(_)
        | Payload::WeakRef(_)
        | Payload::WeakProxy(_)
        | Payload::MappingProxy(_)
        | Payload::DictView { .. } => (true, true),
        Payload::Builtin(b) => (b.self_.is_some(), b.self_.is_some()),
        _ => (false, false),
    }
}

/// The references a payload owns, in the order CPython's deallocator releases them.
pub fn payload_refs_dealloc_order(payload: &Payload, out: &mut Vec<ObjId>) {
    match payload {
        // list_dealloc and tupledealloc release items from the end.
        Payload::List(l) => out.extend(l.items.iter().rev()),
        Payload::Tuple(t) => out.extend(t.iter().rev()),
        _ => crate::vm::refs::payload_refs(payload, |id, _| out.push(id)),
    }
}
