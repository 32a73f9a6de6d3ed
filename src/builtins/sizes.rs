//! `sys.getsizeof`: the sizes CPython 3.11 reports on 64-bit Linux, computed from each
//! object's layout (`tp_basicsize`, item sizes, table geometry) plus the 16-byte GC header
//! of collector-managed objects (`_PySys_GetSizeOf`).

use crate::heap::dict::SharedKeys;
use crate::heap::str::StrKind;
use crate::heap::{DictObj, IterObj, Layout, ObjId, Payload};
use crate::vm::{Args, PyResult, Vm};

/// `sizeof(PyGC_Head)`.
const GC_HEADER: u64 = 16;

/// `_PyDict_KeysSize` + `sizeof(PyDictObject)`: the shared empty keys are not counted.
pub fn dict_sizeof(d: &DictObj) -> u64 {
    if let Some(keys) = &d.split {
        // A split table counts its values array; the keys belong to the class unless this
        // dict is the last one holding them.
        let values = keys.borrow().usable_size() as u64 * 8;
        let own_keys = if std::rc::Rc::strong_count(keys) == 1 {
            SharedKeys::keys_size()
        } else {
            0
        };
        return 48 + values + own_keys;
    }
    let keys = match d.log2_size() {
        None => 0,
        Some(log2) => {
            let size = 1u64 << log2;
            // `DK_LOG_INDEX_BYTES`: 1-byte indices up to 128 slots, then 2, 4, 8.
            let index_width = match log2 {
                0..=7 => 1,
                8..=15 => 2,
                16..=31 => 4,
                _ => 8,
            };
            let entry = if d.unicode_keys { 16 } else { 24 };
            32 + size * index_width + d.entry_capacity() as u64 * entry
        }
    };
    48 + keys
}

/// `int.__sizeof__`: a 24-byte header and 4 bytes per 30-bit digit (at least one).
pub fn int_sizeof(bits: u64) -> u64 {
    24 + 4 * bits.div_ceil(30).max(1)
}

impl Vm {
    /// `sys.getsizeof(obj)`: `__sizeof__` plus the GC header for GC objects.
    pub fn sizeof(&mut self, obj: ObjId) -> PyResult<u64> {
        let ty = self.heap.type_of(obj);
        let base = if self.is_heap_type(ty) {
            match self.lookup_type_attr_borrowed(ty, "__sizeof__") {
                Some(m) if matches!(self.heap.payload(m), Payload::Function(_)) => {
                    self.incref(m);
                    let r = self.call_object(m, &Args::positional(vec![obj]));
                    self.decref(m);
                    let r = r?;
                    let n = match self.heap.payload(r) {
                        Payload::Int(i) if *i >= 0 => Ok(*i as u64),
                        Payload::Int(_) => Err(self.value_error("__sizeof__() should return >= 0")),
                        _ => Err(self.type_error("an integer is required")),
                    };
                    self.decref(r);
                    n?
                }
                _ => self.basic_sizeof(obj),
            }
        } else {
            self.basic_sizeof(obj)
        };
        Ok(base + self.pre_header(obj))
    }

    /// The memory blocks `obj` was given as tracemalloc sees them (the sizes requested, not
    /// rounded): the object itself, and the separate block holding list items, dict keys,
    /// a set's table beyond the small one or a bytearray's buffer (0 when there is none).
    /// User `__sizeof__` methods are not consulted.
    pub fn malloc_blocks(&self, obj: ObjId) -> [u64; 2] {
        let total = match self.heap.payload(obj) {
            // _PyLong_FromMedium allocates a whole `PyLongObject` (32 bytes with padding) for
            // a one-digit int; longer ones get `offsetof(ob_digit)` plus their digits.
            Payload::Int(i) if i.unsigned_abs() < 1 << 30 => 32,
            _ => self.basic_sizeof(obj) + self.pre_header(obj),
        };
        let separate = match self.heap.payload(obj) {
            Payload::List(l) => 8 * l.allocated as u64,
            Payload::Dict(d) if d.log2_size().is_some() => dict_sizeof(d) - 48,
            Payload::Set(s) | Payload::FrozenSet(s)
                if s.table_size() > crate::heap::set::MINSIZE =>
            {
                16 * s.table_size() as u64
            }
            Payload::ByteArray(b) => b.alloc as u64,
            _ => 0,
        };
        [total - separate, separate]
    }

    /// `sys.getsizeof` without running Python code (a user `__sizeof__` is ignored): what the
    /// page shows for each object.
    pub fn sizeof_builtin(&self, obj: ObjId) -> u64 {
        self.basic_sizeof(obj) + self.pre_header(obj)
    }

    /// Whether the object's type is collector-managed (`_PyObject_IS_GC`).
    fn is_gc_object(&self, obj: ObjId) -> bool {
        let ty = self.heap.type_of(obj);
        if self.is_heap_type(ty) {
            return true;
        }
        match self.heap.payload(obj) {
            Payload::Type(_) | Payload::Builtin(_) => true,
            Payload::Slice { .. } => false,
            _ => match self.heap.payload(ty) {
                Payload::Type(t) => t.gc_tracked,
                _ => false,
            },
        }
    }

    /// `__sizeof__` without the GC header.
    pub fn basic_sizeof(&self, obj: ObjId) -> u64 {
        let ty = self.heap.type_of(obj);
        let extra = self.instance_extra(ty);
        extra
            + match self.heap.payload(obj) {
                Payload::Plain => 16,
                Payload::None | Payload::NotImplemented | Payload::Ellipsis => 16,
                Payload::Bool(_) => 28,
                Payload::Int(i) => int_sizeof(64 - i.unsigned_abs().leading_zeros() as u64),
                Payload::BigInt(b) => int_sizeof(b.bits()),
                Payload::Float(_) => 24,
                Payload::Complex(..) => 32,
                Payload::Str(s) => {
                    let n = s.char_len as u64;
                    let utf8 = if s.utf8_cached && !s.is_ascii() {
                        s.text.len() as u64 + 1
                    } else {
                        0
                    };
                    utf8 + match s.kind {
                        StrKind::Ascii => 49 + n,
                        StrKind::Latin1 => 73 + n,
                        StrKind::Ucs2 => 74 + 2 * n,
                        StrKind::Ucs4 => 76 + 4 * n,
                    }
                }
                Payload::Bytes(b) => 33 + b.len() as u64,
                Payload::ByteArray(b) => 56 + b.alloc as u64,
                Payload::Tuple(t) => 24 + 8 * t.len() as u64,
                Payload::List(l) => 40 + 8 * l.allocated as u64,
                Payload::Dict(d) => dict_sizeof(d),
                Payload::Set(s) | Payload::FrozenSet(s) => {
                    200 + if s.table_size() > crate::heap::set::MINSIZE {
                        16 * s.table_size() as u64
                    } else {
                        0
                    }
                }
                Payload::Range { .. } => 48,
                Payload::Slice { .. } => 56,
                Payload::Code(_) => 192,
                Payload::Function(_) => 136,
                Payload::Cell(_) => 24,
                Payload::BoundMethod { .. } => 48,
                // wrapperobject: the descriptor and self.
                Payload::Builtin(_) if ty == self.types.method_wrapper => 32,
                Payload::Builtin(_) => 56,
                // type___sizeof__: a heap type counts its shared keys.
                Payload::Type(t) => {
                    if t.heap_type {
                        904 + t
                            .cached_keys
                            .as_ref()
                            .map_or(0, |_| SharedKeys::keys_size())
                    } else {
                        408
                    }
                }
                Payload::Module(_) => 56,
                Payload::Property { .. } => 64,
                Payload::StaticMethod(_) | Payload::ClassMethod(_) => 32,
                Payload::Super { .. } => 32,
                Payload::Iterator(it) => match it {
                    IterObj::DictKeys { .. } | IterObj::Enumerate { .. } => 56,
                    IterObj::Set { .. } | IterObj::Zip { .. } => 48,
                    // rangeiterobject / longrangeiterobject (not collected).
                    IterObj::Range { .. } | IterObj::BigRange { .. } => 48,
                    _ => 32,
                },
                // gen_sizeof: the header and the embedded frame's locals and stack.
                Payload::Generator(g) => 152 + 8 * g.frame_slots as u64,
                Payload::Exception(_) => 72,
                Payload::Traceback { .. } => 40,
                Payload::Frame(_) => 272,
                Payload::WeakRef(_) | Payload::WeakProxy(_) => 64,
                Payload::MappingProxy(_) | Payload::DictView { .. } => 24,
            }
    }

    /// What a class adds to its base's layout (`tp_basicsize` growth): one pointer per
    /// `__slots__` entry, a `__weakref__` pointer, and a `__dict__` pointer for variable-size
    /// bases (3.11 keeps other instances' dicts in the pre-header, see [`Vm::pre_header`]).
    /// `int.__sizeof__` ignores the subclass's layout.
    fn instance_extra(&self, ty: ObjId) -> u64 {
        let Payload::Type(t) = self.heap.payload(ty) else {
            return 0;
        };
        if !t.heap_type || matches!(t.layout, Layout::Int | Layout::Bool) {
            return 0;
        }
        let slots: u64 = self
            .mro_of(ty)
            .iter()
            .map(|&m| match self.heap.payload(m) {
                Payload::Type(mt) if mt.heap_type => mt.slots.len() as u64 * 8,
                _ => 0,
            })
            .sum();
        let dict = if t.has_dict && variable_size(t.layout) {
            8
        } else {
            0
        };
        let weakref = if self.adds_weakref_slot(ty) { 8 } else { 0 };
        slots + dict + weakref
    }

    /// Whether some class of `ty`'s hierarchy added a `__weakref__` slot: a class without
    /// `__slots__` over a base of fixed size and no weak-reference list, or one naming
    /// `__weakref__` in its `__slots__` (`type_new`'s `may_add_weak`).
    fn adds_weakref_slot(&self, ty: ObjId) -> bool {
        let Payload::Type(t) = self.heap.payload(ty) else {
            return false;
        };
        if variable_size(t.layout)
            || matches!(
                t.layout,
                Layout::Set | Layout::FrozenSet | Layout::Type | Layout::Internal
            )
        {
            return false;
        }
        self.mro_of(ty).iter().any(|&m| match self.heap.payload(m) {
            Payload::Type(mt) if mt.heap_type => {
                match self.dict_get_str_borrowed(mt.dict, "__slots__") {
                    None => true,
                    Some(slots) => match self.heap.payload(slots) {
                        Payload::Str(s) => &*s.text == "__weakref__",
                        Payload::Tuple(items) => items.iter().any(|&i| self.is_weakref_name(i)),
                        Payload::List(l) => l.items.iter().any(|&i| self.is_weakref_name(i)),
                        _ => false,
                    },
                }
            }
            _ => false,
        })
    }

    fn is_weakref_name(&self, name: ObjId) -> bool {
        matches!(self.heap.payload(name), Payload::Str(s) if &*s.text == "__weakref__")
    }

    /// `_PyType_PreHeaderSize`: the GC header, plus the managed-dict pointers (16 bytes) that
    /// 3.11 puts before instances of classes with a `__dict__` and a fixed-size base.
    pub fn pre_header(&self, obj: ObjId) -> u64 {
        let ty = self.heap.type_of(obj);
        let managed_dict = matches!(self.heap.payload(ty),
            Payload::Type(t) if t.heap_type && t.has_dict && !variable_size(t.layout));
        (if self.is_gc_object(obj) { GC_HEADER } else { 0 }) + if managed_dict { 16 } else { 0 }
    }
}

/// Layouts whose instances have variable size (`tp_itemsize != 0`).
fn variable_size(layout: Layout) -> bool {
    matches!(
        layout,
        Layout::Int | Layout::Bool | Layout::Bytes | Layout::Tuple
    )
}
