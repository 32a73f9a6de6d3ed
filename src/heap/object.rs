//! The layout of one object: header (refcount, type, collector state) and payload.

use std::rc::Rc;

use num_bigint::BigInt;

use super::dict::DictObj;
use super::set::SetObj;
use super::str::StrObj;
use super::ObjId;
use crate::compile::CodeObject;

/// Signature of a builtin implemented in Rust. Arguments are borrowed (the caller keeps its
/// references, as CPython's vectorcall does); the result is a new reference.
pub type NativeFn = fn(&mut crate::vm::Vm, &crate::vm::Args) -> crate::vm::PyResult<ObjId>;

#[derive(Clone)]
pub struct Object {
    /// `ob_refcnt`.
    pub refcount: i64,
    /// `ob_type`. Instances of heap types (classes made by `class`) own a reference to it.
    pub ty: ObjId,
    pub payload: Payload,
    /// Instance attributes (`__dict__`) for objects whose type has one.
    pub attrs: Option<Box<Attrs>>,
    pub gc: GcHead,
    /// Created by the interpreter before the program started (builtins, small ints, ...):
    /// referenced from places the model does not enumerate, never freed.
    pub is_static: bool,
    /// Which object this one was copied from (copy, deepcopy, slicing, list(), ...).
    pub copied_from: Option<ObjId>,
}

impl Object {
    pub fn new(ty: ObjId, payload: Payload) -> Object {
        Object {
            refcount: 1,
            ty,
            payload,
            attrs: None,
            gc: GcHead::default(),
            is_static: false,
            copied_from: None,
        }
    }
}

/// Per-object state of the cyclic collector (`PyGC_Head`).
#[derive(Clone, Copy, Default, Debug)]
pub struct GcHead {
    /// In a generation list.
    pub tracked: bool,
    pub generation: u8,
    /// `__del__` already ran (PEP 442: at most once).
    pub finalized: bool,
    /// Scratch count used while collecting (`gc_refs`).
    pub gc_refs: i64,
    /// Sequence number of the last move into a generation list (lists keep this order).
    pub seq: u64,
    /// Neighbours in the generation list (`_gc_prev`, `_gc_next`).
    pub prev: Option<ObjId>,
    pub next: Option<ObjId>,
}

/// Instance attributes: 3.11 keeps them as "inline values" until something asks for
/// `__dict__`, which then materialises a real dict object.
#[derive(Clone, Debug)]
pub enum Attrs {
    Inline(Vec<(Rc<str>, ObjId)>),
    Dict(ObjId),
}

#[derive(Clone)]
pub enum Payload {
    /// `object()` and plain instances: no data beyond `attrs`.
    Plain,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    BigInt(Box<BigInt>),
    Float(f64),
    Complex(f64, f64),
    Str(StrObj),
    Bytes(Rc<[u8]>),
    ByteArray(ByteArrayObj),
    Tuple(Vec<ObjId>),
    List(ListObj),
    Dict(DictObj),
    Set(SetObj),
    FrozenSet(SetObj),
    Range {
        start: ObjId,
        stop: ObjId,
        step: ObjId,
    },
    Slice {
        start: ObjId,
        stop: ObjId,
        step: ObjId,
    },
    Code(CodeData),
    Function(Box<FunctionObj>),
    Cell(Option<ObjId>),
    BoundMethod {
        func: ObjId,
        self_: ObjId,
    },
    /// A builtin function, method descriptor (no self) or bound builtin method.
    Builtin(BuiltinObj),
    Type(Box<TypeObj>),
    Module(ModuleObj),
    Property {
        fget: Option<ObjId>,
        fset: Option<ObjId>,
        fdel: Option<ObjId>,
        doc: Option<ObjId>,
    },
    StaticMethod(ObjId),
    ClassMethod(ObjId),
    Super {
        ty: ObjId,
        obj: Option<ObjId>,
        obj_type: Option<ObjId>,
    },
    Iterator(IterObj),
    Generator(Box<GeneratorObj>),
    Exception(Box<ExceptionObj>),
    Traceback {
        next: Option<ObjId>,
        frame: ObjId,
        lasti: u32,
        lineno: u32,
    },
    Frame(Box<FrameObj>),
    WeakRef(WeakRefObj),
    /// `weakref.proxy`.
    WeakProxy(WeakRefObj),
    /// A mappingproxy over a class's dict.
    MappingProxy(ObjId),
    /// `dict.keys()`, `.values()`, `.items()` views.
    DictView {
        dict: ObjId,
        kind: DictViewKind,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// `PyByteArrayObject`: the bytes and `ob_alloc`, the buffer size CPython would have
/// allocated (which `sys.getsizeof` reports). Derefs to the bytes.
#[derive(Clone, Default, Debug)]
pub struct ByteArrayObj {
    data: Vec<u8>,
    pub alloc: usize,
}

impl ByteArrayObj {
    /// A bytearray holding `data` in a buffer of exactly `len + 1` bytes (`bytearray_init`,
    /// `PyByteArray_FromStringAndSize`), or none when empty.
    pub fn new(data: Vec<u8>) -> ByteArrayObj {
        let alloc = if data.is_empty() { 0 } else { data.len() + 1 };
        ByteArrayObj { data, alloc }
    }

    /// A bytearray filled from an iterator (`bytearray_init`'s loop): one byte at a time,
    /// resizing when the next byte and the trailing NUL would not fit.
    pub fn from_iteration(data: Vec<u8>) -> ByteArrayObj {
        let mut ba = ByteArrayObj {
            data: Vec::new(),
            alloc: 0,
        };
        for size in 1..=data.len() {
            if size >= ba.alloc {
                ba.resize(size);
            }
        }
        ba.data = data;
        ba
    }

    /// The bytes, for a mutation; `ob_alloc` follows `PyByteArray_Resize` once the guard
    /// is dropped.
    pub fn data_mut(&mut self) -> ByteArrayMut<'_> {
        let old_len = self.data.len();
        ByteArrayMut { ba: self, old_len }
    }

    // Objects/bytearrayobject.c: PyByteArray_Resize — the buffer size for `size` bytes.
    pub fn resize(&mut self, size: usize) {
        if size < self.alloc {
            if size < self.alloc / 2 {
                self.alloc = size + 1;
            }
        } else if (size as f64) <= self.alloc as f64 * 1.125 {
            self.alloc = size + (size >> 3) + if size < 9 { 3 } else { 6 };
        } else {
            self.alloc = size + 1;
        }
    }
}

impl std::ops::Deref for ByteArrayObj {
    type Target = Vec<u8>;
    fn deref(&self) -> &Vec<u8> {
        &self.data
    }
}

/// Mutable access to a bytearray's bytes that re-sizes its buffer afterwards.
pub struct ByteArrayMut<'a> {
    ba: &'a mut ByteArrayObj,
    old_len: usize,
}

impl std::ops::Deref for ByteArrayMut<'_> {
    type Target = Vec<u8>;
    fn deref(&self) -> &Vec<u8> {
        &self.ba.data
    }
}

impl std::ops::DerefMut for ByteArrayMut<'_> {
    fn deref_mut(&mut self) -> &mut Vec<u8> {
        &mut self.ba.data
    }
}

impl Drop for ByteArrayMut<'_> {
    fn drop(&mut self) {
        let len = self.ba.data.len();
        if len != self.old_len {
            self.ba.resize(len);
        }
    }
}

/// `PyListObject`: the items and the capacity CPython would have allocated (which
/// `sys.getsizeof` reports).
#[derive(Clone, Default)]
pub struct ListObj {
    pub items: Vec<ObjId>,
    pub allocated: usize,
}

/// A code object in the heap: the compiled code plus the tuple object holding its constants.
#[derive(Clone)]
pub struct CodeData {
    pub code: Rc<CodeObject>,
    /// `co_consts` as a tuple object.
    pub consts: ObjId,
    /// The constant objects, borrowed from `consts` for fast `LoadConst`.
    pub const_ids: Rc<[ObjId]>,
    /// `co_names` as str objects (attribute and global names are interned strings).
    pub name_ids: Rc<[ObjId]>,
}

#[derive(Clone)]
pub struct FunctionObj {
    pub code: ObjId,
    pub globals: ObjId,
    pub builtins: ObjId,
    pub name: ObjId,
    pub qualname: ObjId,
    pub module: Option<ObjId>,
    pub doc: Option<ObjId>,
    pub defaults: Option<ObjId>,
    pub kwdefaults: Option<ObjId>,
    pub closure: Option<ObjId>,
    pub annotations: Option<ObjId>,
    /// `__dict__`, once created.
    pub dict: Option<ObjId>,
}

#[derive(Clone)]
pub struct BuiltinObj {
    pub name: &'static str,
    pub func: NativeFn,
    /// `__self__` of a bound builtin method (or the module of a module-level function).
    pub self_: Option<ObjId>,
    /// The type a method descriptor belongs to (for `descriptor 'x' of 'list' object` errors).
    pub owner: Option<ObjId>,
    /// A classmethod-like builtin (e.g. `dict.fromkeys`): binds to the class.
    pub class_method: bool,
}

/// A class. Builtin types are static objects; classes made by `class` statements are heap
/// types, referenced by each of their instances.
#[derive(Clone)]
pub struct TypeObj {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub module: Rc<str>,
    pub bases: Vec<ObjId>,
    /// `tp_base` (`__base__`): the base whose instance layout this type extends; a heap
    /// type holds its own reference (None for builtin types, which use `bases[0]`).
    pub base: Option<ObjId>,
    /// `__mro__`, starting with the type itself.
    pub mro: Vec<ObjId>,
    /// A heap type's `tp_bases` and `tp_mro` tuple objects, which own the references
    /// `bases` and `mro` mirror (static types have none).
    pub tuples: Option<TypeTuples>,
    /// The class namespace (a dict object).
    pub dict: ObjId,
    pub heap_type: bool,
    /// What the payload of an instance looks like (the builtin base it derives from).
    pub layout: Layout,
    /// Instances carry `attrs` (no `__slots__`, or `__dict__` in slots).
    pub has_dict: bool,
    /// `__slots__` names (other than `__dict__`/`__weakref__`), in order.
    pub slots: Vec<Rc<str>>,
    /// Instances can be weakly referenced.
    pub weakrefable: bool,
    /// Instances are tracked by the cyclic collector.
    pub gc_tracked: bool,
    /// The metaclass-level `__doc__` etc. live in `dict`; this is the basic size for getsizeof.
    pub basicsize: u64,
    /// `ht_cached_keys`: the keys instance dicts share (classes with a managed `__dict__`).
    pub cached_keys: Option<super::dict::SharedKeysRef>,
}

/// `tp_base`, `tp_bases` and `tp_mro` of a heap type (`tp_mro` is None once `type_clear`
/// dropped it).
#[derive(Clone, Copy, Debug)]
pub struct TypeTuples {
    pub base: ObjId,
    pub bases: ObjId,
    pub mro: Option<ObjId>,
}

/// The builtin base that determines an instance's payload and size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    /// `weakref.ref` and its subclasses.
    WeakRef,
    /// Types whose instances are only made by the interpreter (function, code, ...).
    Internal,
}

#[derive(Clone)]
pub struct ModuleObj {
    pub name: Rc<str>,
    pub dict: ObjId,
}

/// Builtin iterators: each holds a strong reference to what it iterates.
#[derive(Clone)]
pub enum IterObj {
    /// list_iterator, tuple_iterator, str iterator...: the sequence and the next index;
    /// `seq` becomes None once exhausted (CPython drops the reference then).
    Seq {
        seq: Option<ObjId>,
        index: usize,
    },
    Reversed {
        seq: Option<ObjId>,
        index: isize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    BigRange {
        next: ObjId,
        stop: ObjId,
        step: ObjId,
    },
    DictKeys {
        dict: Option<ObjId>,
        index: usize,
        kind: DictViewKind,
        /// `di_used`: the dict's size when the iterator was made.
        len: usize,
        /// `di->len`: items still expected.
        remaining: usize,
        /// `di_result` of item iterators: the (key, value) tuple, reused while only the
        /// iterator holds it.
        result: Option<ObjId>,
    },
    Set {
        set: Option<ObjId>,
        index: usize,
        len: usize,
    },
    Enumerate {
        iter: ObjId,
        count: ObjId,
        /// `en_result`: the (index, item) tuple, reused while only the iterator holds it.
        result: ObjId,
    },
    Zip {
        iters: Vec<ObjId>,
        strict: bool,
        /// The result tuple, reused while only the iterator holds it.
        result: ObjId,
    },
    Map {
        func: ObjId,
        iters: Vec<ObjId>,
    },
    Filter {
        func: ObjId,
        iter: ObjId,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Option<ObjId>,
        sentinel: ObjId,
    },
    /// Iterates an object through `__getitem__` with increasing indexes.
    GetItem {
        seq: Option<ObjId>,
        index: usize,
    },
}

#[derive(Clone)]
pub struct GeneratorObj {
    /// The suspended frame; None once finished.
    pub frame: Option<Box<crate::vm::Frame>>,
    /// `co_nlocalsplus + co_stacksize` of its code: the frame embedded in the generator.
    pub frame_slots: usize,
    pub name: ObjId,
    pub qualname: ObjId,
    pub running: bool,
    pub started: bool,
    /// The exception being handled inside the generator while it is suspended
    /// (`gi_exc_state`), owned.
    pub exc_state: Option<ObjId>,
    /// While it runs: the resumer's exception being handled, restored when it yields or
    /// finishes (`previous_item`), owned.
    pub saved_exc_info: Option<ObjId>,
}

#[derive(Clone)]
pub struct ExceptionObj {
    pub args: ObjId,
    pub traceback: Option<ObjId>,
    pub cause: Option<ObjId>,
    pub context: Option<ObjId>,
    pub suppress_context: bool,
    /// StopIteration.value, KeyError etc. keep everything in args; `value`/`name`/`obj`
    /// attributes live in attrs.
    pub notes: Option<ObjId>,
    /// `PyBaseExceptionGroupObject`'s `msg` and `excs` (a tuple), for exception groups.
    pub group: Option<(ObjId, ObjId)>,
}

/// A frame object (`PyFrameObject`), made when a traceback needs one. While its frame runs
/// it mirrors the live frame; once the frame has exited it owns copies of the locals.
#[derive(Clone)]
pub struct FrameObj {
    pub code: ObjId,
    pub globals: ObjId,
    pub lineno: u32,
    /// Locals taken over from the frame when it exited while this object was still alive.
    pub owned_locals: Vec<Option<ObjId>>,
    /// The live frame's depth in the VM's frame stack, while it runs.
    pub live_depth: Option<usize>,
    /// The frame of the caller, if it had a frame object too.
    pub back: Option<ObjId>,
}

#[derive(Clone)]
pub struct WeakRefObj {
    /// None once the referent has died.
    pub referent: Option<ObjId>,
    pub callback: Option<ObjId>,
    /// `hash(ref)` is cached (it must survive the referent's death).
    pub hash: Option<i64>,
}
