//! The object arena. Every Python value is an [`ObjId`] into one [`SlotMap`]; every object
//! carries CPython's reference count, its type and its collector state. The arena itself never
//! decides when an object dies: the VM does, at the instant the count reaches zero
//! (`Py_DECREF` -> `_Py_Dealloc`), because deallocation can run Python code (`__del__`).

pub mod dict;
pub mod object;
pub mod set;
pub mod str;

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use slotmap::{Key, SlotMap};

pub use dict::DictObj;
pub use object::*;
pub use set::SetObj;
pub use str::StrObj;

slotmap::new_key_type! {
    /// A reference to a heap object. Stale keys (of freed objects) are detectable.
    pub struct ObjId;
}

/// A hasher for object ids: their bits, multiplied by the golden ratio (SipHash is far
/// slower and ids need no protection against collisions chosen by an attacker).
#[derive(Clone, Copy, Default)]
pub struct IdHasher(u64);

const GOLDEN: u64 = 0x9e37_79b9_7f4a_7c15;

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(GOLDEN);
        }
    }

    fn write_u32(&mut self, v: u32) {
        self.0 = (self.0 ^ v as u64).wrapping_mul(GOLDEN);
    }

    fn write_u64(&mut self, v: u64) {
        self.0 = (self.0 ^ v).wrapping_mul(GOLDEN);
    }
}

/// A map keyed by object ids.
pub type IdMap<V> = HashMap<ObjId, V, BuildHasherDefault<IdHasher>>;

/// A set of object ids.
pub type IdSet = HashSet<ObjId, BuildHasherDefault<IdHasher>>;

/// Base of the fake addresses shown by `id()` and reprs; CPython's heap lives near here on 64-bit
/// Linux.
const ADDRESS_BASE: u64 = 0x7f3a_1c00_0000;
/// Spacing between slots: CPython objects are 16-byte aligned and rarely smaller than 32 bytes.
const ADDRESS_STRIDE: u64 = 0x30;

#[derive(Clone, Default)]
pub struct Heap {
    objects: SlotMap<ObjId, Object>,
    /// Objects allocated so far (ever), for statistics.
    pub allocations: u64,
}

impl Heap {
    pub fn new() -> Heap {
        Heap::default()
    }

    /// Allocates an object with refcount 1 (the caller owns that reference).
    pub fn alloc(&mut self, ty: ObjId, payload: Payload) -> ObjId {
        self.allocations += 1;
        self.objects.insert(Object::new(ty, payload))
    }

    /// Removes a dead object from the arena, returning it so the caller can release what it
    /// referenced. Its slot (and so its address) becomes free for reuse, as in pymalloc.
    pub fn free(&mut self, id: ObjId) -> Option<Object> {
        self.objects.remove(id)
    }

    #[inline]
    pub fn get(&self, id: ObjId) -> &Object {
        &self.objects[id]
    }

    #[inline]
    pub fn get_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.objects[id]
    }

    pub fn try_get(&self, id: ObjId) -> Option<&Object> {
        self.objects.get(id)
    }

    pub fn contains(&self, id: ObjId) -> bool {
        self.objects.contains_key(id)
    }

    pub fn len(&self) -> usize {
        self.objects.len()
    }

    pub fn is_empty(&self) -> bool {
        self.objects.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (ObjId, &Object)> {
        self.objects.iter()
    }

    #[inline]
    pub fn payload(&self, id: ObjId) -> &Payload {
        &self.objects[id].payload
    }

    #[inline]
    pub fn payload_mut(&mut self, id: ObjId) -> &mut Payload {
        &mut self.objects[id].payload
    }

    #[inline]
    pub fn type_of(&self, id: ObjId) -> ObjId {
        self.objects[id].ty
    }

    pub fn refcount(&self, id: ObjId) -> i64 {
        self.objects[id].refcount
    }

    /// `Py_INCREF`.
    #[inline(always)]
    pub fn incref(&mut self, id: ObjId) {
        self.objects[id].refcount += 1;
    }

    /// Lowers the count and reports whether it reached zero; the VM then deallocates.
    #[inline(always)]
    pub fn decref_raw(&mut self, id: ObjId) -> bool {
        let obj = &mut self.objects[id];
        obj.refcount -= 1;
        obj.refcount == 0
    }

    /// The fake address of an object: its `id()`. Derived from the slot index, so a freed
    /// object's address is reused by the next allocation, as CPython's allocator does.
    pub fn address(&self, id: ObjId) -> u64 {
        let index = id.data().as_ffi() & 0xffff_ffff;
        ADDRESS_BASE + index * ADDRESS_STRIDE
    }

    /// The live object at an address, if any.
    pub fn at_address(&self, address: u64) -> Option<ObjId> {
        if address < ADDRESS_BASE || !(address - ADDRESS_BASE).is_multiple_of(ADDRESS_STRIDE) {
            return None;
        }
        let index = (address - ADDRESS_BASE) / ADDRESS_STRIDE;
        self.objects
            .iter()
            .find(|(id, _)| id.data().as_ffi() & 0xffff_ffff == index)
            .map(|(id, _)| id)
    }
}
