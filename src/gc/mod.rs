//! The generational cyclic garbage collector of CPython 3.11 (Modules/gcmodule.c).
//!
//! Generation lists keep CPython's order: an object is appended to generation 0 when it is
//! tracked, and a collection appends the younger lists to the collected one and the
//! survivors to the next one. As in CPython, each list is doubly linked through the objects'
//! headers (O(1) track, untrack and move), so iteration order is always CPython's list order —
//! the order that decides which `__del__` runs first and in which order garbage is cleared.

mod collect;

use serde::Serialize;

use crate::heap::{ObjId, Payload};
use crate::vm::Vm;

pub const NUM_GENERATIONS: usize = 3;

/// `DEBUG_STATS`, `DEBUG_COLLECTABLE`, `DEBUG_UNCOLLECTABLE`, `DEBUG_SAVEALL`.
pub const DEBUG_STATS: i64 = 1;
pub const DEBUG_COLLECTABLE: i64 = 2;
pub const DEBUG_UNCOLLECTABLE: i64 = 4;
pub const DEBUG_SAVEALL: i64 = 32;

/// Per-generation statistics (`gc.get_stats()`).
#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct GenStats {
    pub collections: u64,
    pub collected: u64,
    pub uncollectable: u64,
}

/// One phase of a collection, for the page: the objects involved and their `gc_refs`.
///
/// A collection records, in order: "update_refs", "subtract_refs", "move_unreachable" (over
/// the young generation; `objects` holds every object with its gc_refs after the phase,
/// `unreachable` the set found unreachable), "handle_weakrefs" (`objects` = `unreachable` =
/// the unreachable set whose weak references were cleared), "finalize_garbage" (`objects` =
/// those whose `__del__` ran, gc_refs 0), then the resurrection check repeats
/// "update_refs", "subtract_refs", "move_unreachable" over the unreachable set, followed by
/// "resurrected" (`objects` = the resurrected, `unreachable` = what is still garbage), and
/// finally "delete_garbage" (`objects` = `unreachable` = the objects cleared). The format is
/// shared with the page: extend it, do not change it.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct GcEvent {
    /// "update_refs", "subtract_refs", "move_unreachable", "handle_weakrefs",
    /// "finalize_garbage", "handle_resurrected", "delete_garbage".
    pub phase: &'static str,
    /// (address, gc_refs) of each object in the set the phase works on, in list order
    /// (gc_refs is 0 in the phases that do not compute it).
    pub objects: Vec<(u64, i64)>,
    /// Addresses found unreachable so far.
    pub unreachable: Vec<u64>,
    /// What the phase acted on: the weak references it cleared, the objects whose `__del__`
    /// it called, the objects found resurrected, the garbage it cleared.
    pub marked: Vec<u64>,
}

/// A generation list (`PyGC_Head` list head): its ends; the links live in each object's
/// [`crate::heap::GcHead`].
#[derive(Clone, Copy, Debug, Default)]
pub struct GcList {
    head: Option<ObjId>,
    tail: Option<ObjId>,
    len: usize,
}

impl GcList {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// A collection recorded for the page: the heap when it began and each phase.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct GcCollection {
    pub generation: u8,
    /// The step counter when the collection began (it belongs to the step after it).
    pub step: u64,
    /// The heap as the collection found it (the garbage is gone by the next step).
    pub before: Box<crate::trace::Snapshot>,
    pub phases: Vec<GcEvent>,
}

/// Collections recorded within one step at most (a comprehension can trigger many).
pub const MAX_RECORDED_COLLECTIONS: usize = 8;

#[derive(Clone, Debug)]
pub struct GcState {
    /// Tracked objects of each generation, in list order.
    pub generations: [GcList; NUM_GENERATIONS],
    /// Objects moved out of collection by `gc.freeze()` (and the interpreter's own objects).
    pub permanent: GcList,
    /// `gc.get_count()`.
    pub counts: [u64; NUM_GENERATIONS],
    pub thresholds: [u64; NUM_GENERATIONS],
    pub enabled: bool,
    pub collecting: bool,
    pub debug: i64,
    pub stats: [GenStats; NUM_GENERATIONS],
    pub long_lived_total: u64,
    pub long_lived_pending: u64,
    /// `gc.garbage` and `gc.callbacks` (list objects, made by the gc module).
    pub garbage: Option<ObjId>,
    pub callbacks: Option<ObjId>,
    /// Lists and dicts on CPython's free lists: reusing one skips the GC allocation count.
    pub free_lists: FreeLists,
    /// The collections of the latest step that recorded any (see `record_events`).
    pub collections: Vec<GcCollection>,
    /// Record the collections of the step a pause is asked for (`Vm::step_target`) in
    /// `collections` (the page wants them; `heapscope run` does not).
    pub record_events: bool,
    /// The collection running now is being recorded (the last of `collections`).
    pub recording: bool,
    next_seq: u64,
}

/// The free lists of 3.11 that change what `gc.get_count()` reports: an object served from a
/// free list is not counted as a GC allocation, and one put back is not counted as freed.
#[derive(Clone, Copy, Debug, Default)]
pub struct FreeLists {
    pub lists: usize,
    pub dicts: usize,
    /// Tuples of 1 to 19 items, one list per size (Objects/tupleobject.c).
    pub tuples: [usize; TUPLE_MAX_SAVE_SIZE - 1],
}

/// Which free list an exact list, dict or small tuple uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FreeList {
    List,
    Dict,
    /// A tuple of this many items.
    Tuple(usize),
}

impl FreeList {
    /// `PyList_MAXFREELIST`, `PyDict_MAXFREELIST`, `PyTuple_MAXFREELIST`.
    fn capacity(self) -> usize {
        match self {
            FreeList::List | FreeList::Dict => 80,
            FreeList::Tuple(_) => 2000,
        }
    }
}

/// `PyTuple_MAXSAVESIZE`: tuples of 1..20 items have free lists (the empty tuple is a
/// singleton).
const TUPLE_MAX_SAVE_SIZE: usize = 20;

impl FreeLists {
    fn slot(&mut self, f: FreeList) -> Option<&mut usize> {
        match f {
            FreeList::List => Some(&mut self.lists),
            FreeList::Dict => Some(&mut self.dicts),
            FreeList::Tuple(n) if n >= 1 => self.tuples.get_mut(n - 1),
            FreeList::Tuple(_) => None,
        }
    }
}

impl Default for GcState {
    fn default() -> Self {
        GcState {
            generations: Default::default(),
            permanent: GcList::default(),
            counts: [0; NUM_GENERATIONS],
            thresholds: [700, 10, 10],
            enabled: true,
            collecting: false,
            debug: 0,
            stats: Default::default(),
            long_lived_total: 0,
            long_lived_pending: 0,
            garbage: None,
            callbacks: None,
            free_lists: FreeLists::default(),
            collections: Vec::new(),
            record_events: false,
            recording: false,
            next_seq: 0,
        }
    }
}

impl GcState {
    /// `_PyObject_GC_Link`: a GC object was allocated, unless `free_list` could serve it
    /// from one of CPython's free lists (which skips the GC allocator and so the count).
    /// Returns whether a collection is due.
    pub fn on_gc_alloc(&mut self, free_list: Option<FreeList>) -> bool {
        if let Some(slot) = free_list.and_then(|f| self.free_lists.slot(f)) {
            if *slot > 0 {
                *slot -= 1;
                return false;
            }
        }
        self.counts[0] += 1;
        self.enabled
            && !self.collecting
            && self.thresholds[0] != 0
            && self.counts[0] > self.thresholds[0]
    }

    /// `PyObject_GC_Del`, unless the object goes back to its free list.
    pub fn on_gc_dealloc(&mut self, free_list: Option<FreeList>) {
        if let Some(f) = free_list {
            let capacity = f.capacity();
            if let Some(slot) = self.free_lists.slot(f) {
                if *slot < capacity {
                    *slot += 1;
                    return;
                }
            }
        }
        self.counts[0] = self.counts[0].saturating_sub(1);
    }

    /// `_PyGC_ClearAllFreeLists` (after a full collection): every object waiting on a free
    /// list is released with `PyObject_GC_Del`, so the next allocations all count.
    pub fn clear_free_lists(&mut self) {
        let waiting = self.free_lists.lists
            + self.free_lists.dicts
            + self.free_lists.tuples.iter().sum::<usize>();
        self.free_lists = FreeLists::default();
        self.counts[0] = self.counts[0].saturating_sub(waiting as u64);
    }

    /// The state CPython's start-up (and the compilation of the main module) leaves before a
    /// script's first line, as measured with python3 3.11.7 on small scripts: `gc.get_count()`
    /// near (260, 0, 2), a few dozen lists and a handful of dicts and small tuples on the
    /// free lists.
    pub fn reset_after_startup(&mut self) {
        self.counts = [260, 0, 2];
        self.free_lists = FreeLists {
            lists: 39,
            dicts: 7,
            tuples: [4, 12, 1, 1, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        };
        self.stats = Default::default();
    }

    /// Objects referenced from `gc.garbage` and `gc.callbacks` (roots for the reference scan
    /// are the list objects themselves, which the gc module keeps alive).
    pub fn garbage_roots(&self) -> Vec<ObjId> {
        self.garbage.into_iter().chain(self.callbacks).collect()
    }

    pub fn next_seq(&mut self) -> u64 {
        self.next_seq += 1;
        self.next_seq
    }

    /// Number of objects in each generation.
    pub fn generation_sizes(&self) -> [usize; NUM_GENERATIONS] {
        [
            self.generations[0].len(),
            self.generations[1].len(),
            self.generations[2].len(),
        ]
    }
}

impl Vm {
    fn gc_list_mut(&mut self, g: u8) -> &mut GcList {
        if g == PERMANENT {
            &mut self.gc.permanent
        } else {
            &mut self.gc.generations[g as usize]
        }
    }

    /// `gc_list_append`: links a tracked object at the end of list `g`, with a new sequence
    /// number.
    fn gc_list_append(&mut self, id: ObjId, g: u8) {
        let seq = self.gc.next_seq();
        let list = self.gc_list_mut(g);
        let tail = list.tail.replace(id);
        if list.head.is_none() {
            list.head = Some(id);
        }
        list.len += 1;
        if let Some(t) = tail {
            self.heap.get_mut(t).gc.next = Some(id);
        }
        let head = &mut self.heap.get_mut(id).gc;
        head.generation = g;
        head.seq = seq;
        head.prev = tail;
        head.next = None;
    }

    /// `gc_list_remove`: unlinks an object from the list it is in.
    fn gc_list_remove(&mut self, id: ObjId) {
        let head = &mut self.heap.get_mut(id).gc;
        let (g, prev, next) = (head.generation, head.prev.take(), head.next.take());
        match prev {
            Some(p) => self.heap.get_mut(p).gc.next = next,
            None => self.gc_list_mut(g).head = next,
        }
        match next {
            Some(n) => self.heap.get_mut(n).gc.prev = prev,
            None => self.gc_list_mut(g).tail = prev,
        }
        self.gc_list_mut(g).len -= 1;
    }

    /// The objects of list `g` (a generation or [`PERMANENT`]), in list order.
    pub fn gc_list_ids(&self, g: u8) -> Vec<ObjId> {
        let list = if g == PERMANENT {
            &self.gc.permanent
        } else {
            &self.gc.generations[g as usize]
        };
        let mut out = Vec::with_capacity(list.len);
        let mut cur = list.head;
        while let Some(id) = cur {
            out.push(id);
            cur = self.heap.get(id).gc.next;
        }
        out
    }

    /// `_PyObject_GC_TRACK`: appends to generation 0.
    pub fn gc_track(&mut self, id: ObjId) {
        self.heap.get_mut(id).gc.tracked = true;
        self.gc_list_append(id, 0);
    }

    /// `_PyObject_GC_UNTRACK`.
    pub fn gc_untrack(&mut self, id: ObjId) {
        let obj = self.heap.get_mut(id);
        if !obj.gc.tracked {
            return;
        }
        obj.gc.tracked = false;
        self.gc_list_remove(id);
    }

    pub fn gc_untrack_if_tracked(&mut self, id: ObjId) {
        if self.heap.get(id).gc.tracked {
            self.gc_untrack(id);
        }
    }

    /// Moves an object to the end of generation `g` (or the permanent generation).
    pub(crate) fn gc_move_to(&mut self, id: ObjId, g: u8) {
        self.gc_list_remove(id);
        self.gc_list_append(id, g);
    }

    /// Moves every object tracked so far out of collection (`gc.freeze()`); the
    /// interpreter does this with its own start-up objects.
    pub fn gc_freeze(&mut self) {
        for g in 0..NUM_GENERATIONS {
            for id in self.gc_list_ids(g as u8) {
                self.gc_move_to(id, PERMANENT);
            }
        }
    }

    /// `gc.unfreeze()`: the permanent generation goes back to the oldest one.
    pub fn gc_unfreeze(&mut self) {
        let ids = self.gc_list_ids(PERMANENT);
        for id in ids {
            if !self.heap.get(id).is_static {
                self.gc_move_to(id, 2);
            }
        }
    }

    /// `gc_collect_generations`: the automatic collection an allocation triggered. The
    /// oldest generation over its threshold is collected, except that a full collection
    /// waits until a quarter of the long-lived objects are new.
    pub fn collect_automatic(&mut self) {
        for g in (0..NUM_GENERATIONS).rev() {
            if self.gc.counts[g] > self.gc.thresholds[g] {
                if g == NUM_GENERATIONS - 1
                    && self.gc.long_lived_pending < self.gc.long_lived_total / 4
                {
                    continue;
                }
                self.collect_with_callback(g);
                break;
            }
        }
    }

    /// `PyObject_ClearWeakRefs`: clears the weak references to a dying object and calls
    /// their callbacks in list order (the newest callback first). With more than one weak
    /// reference CPython first gathers (ref, callback) pairs into a tuple.
    pub fn clear_weakrefs(&mut self, id: ObjId) {
        if self.weakrefs.is_empty() {
            return;
        }
        let Some(refs) = self.weakrefs.remove(&id) else {
            return;
        };
        let mut pairs = Vec::with_capacity(refs.len() * 2);
        for &wr in &refs {
            let callback = match self.heap.payload_mut(wr) {
                Payload::WeakRef(w) | Payload::WeakProxy(w) => {
                    w.referent = None;
                    w.callback.take()
                }
                _ => None,
            };
            let none = self.none;
            if self.heap.refcount(wr) > 0 {
                let cb = match callback {
                    Some(cb) => cb,
                    None => self.incref(none),
                };
                pairs.extend([self.incref(wr), cb]);
            } else {
                self.xdecref(callback);
                pairs.extend([self.incref(none), self.incref(none)]);
            }
        }
        if refs.len() == 1 {
            if let [wr, cb] = pairs[..] {
                if cb != self.none {
                    self.call_weakref_callback(cb, wr);
                } else {
                    self.decref(cb);
                    self.decref(wr);
                }
            }
            return;
        }
        let tuple = self.new_tuple(pairs.clone());
        for pair in pairs.chunks(2) {
            if let [wr, cb] = *pair {
                if cb != self.none {
                    self.incref(cb);
                    self.incref(wr);
                    self.call_weakref_callback(cb, wr);
                }
            }
        }
        self.decref(tuple);
    }

    /// Calls `callback(weakref)`; an exception is reported as unraisable.
    pub(crate) fn call_weakref_callback(&mut self, cb: ObjId, wr: ObjId) {
        let r = self.call_object(cb, &crate::vm::Args::positional(vec![wr]));
        match r {
            Ok(v) => self.decref(v),
            Err(crate::vm::PyErr::Exception(e)) => self.write_unraisable(e, Some(cb)),
            Err(crate::vm::PyErr::Halt(h)) => self.pending_halt = Some(h),
        }
        self.decref(cb);
        self.decref(wr);
    }
}

/// The generation number used for the permanent generation.
pub const PERMANENT: u8 = 3;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_lists_hide_allocations_until_a_full_collection_clears_them() {
        let mut gc = GcState::default();
        gc.free_lists.tuples[1] = 1;
        // A 2-tuple from the free list is not a GC allocation; the next one is.
        assert!(!gc.on_gc_alloc(Some(FreeList::Tuple(2))));
        assert_eq!(gc.counts[0], 0);
        gc.on_gc_alloc(Some(FreeList::Tuple(2)));
        assert_eq!(gc.counts[0], 1);
        // Freed into the free list: the count stays; 20 items have no free list.
        gc.on_gc_dealloc(Some(FreeList::Tuple(2)));
        assert_eq!((gc.counts[0], gc.free_lists.tuples[1]), (1, 1));
        gc.on_gc_alloc(Some(FreeList::Tuple(20)));
        gc.on_gc_dealloc(Some(FreeList::Tuple(20)));
        assert_eq!(gc.counts[0], 1);
        // _PyGC_ClearAllFreeLists releases the waiting tuple with PyObject_GC_Del.
        gc.clear_free_lists();
        assert_eq!((gc.counts[0], gc.free_lists.tuples[1]), (0, 0));
    }

    #[test]
    fn allocation_past_threshold0_asks_for_a_collection() {
        let mut gc = GcState {
            thresholds: [2, 10, 10],
            ..GcState::default()
        };
        assert!(!gc.on_gc_alloc(None));
        assert!(!gc.on_gc_alloc(None));
        assert!(gc.on_gc_alloc(None));
        gc.enabled = false;
        assert!(!gc.on_gc_alloc(None));
    }
}
