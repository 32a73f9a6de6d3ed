//! One collection (`gc_collect_main`), phase by phase.

use super::{
    GcCollection, GcEvent, DEBUG_COLLECTABLE, DEBUG_SAVEALL, DEBUG_STATS, MAX_RECORDED_COLLECTIONS,
    NUM_GENERATIONS,
};
use crate::heap::{Attrs, IdMap, IdSet, ObjId, Payload};
use crate::vm::refs::Edge;
use crate::vm::{Args, PyErr, Vm};

/// Per-object scratch state of a collection (CPython keeps it in the `PyGC_Head` bits).
#[derive(Clone, Copy)]
struct Scratch {
    gc_refs: i64,
    /// In the tentatively-unreachable list.
    unreachable: bool,
    /// Position of the object's current entry in the young list.
    young_pos: usize,
}

impl Vm {
    /// `gc_collect_with_callback`: a collection of `generation` wrapped in the `gc.callbacks`
    /// "start" and "stop" calls. Returns collected + uncollectable.
    pub fn collect_with_callback(&mut self, generation: usize) -> u64 {
        // No collection starts while one (with its callbacks) is running.
        self.gc.collecting = true;
        self.invoke_gc_callbacks("start", generation, 0, 0);
        let (collected, uncollectable) = self.collect_main(generation);
        self.invoke_gc_callbacks("stop", generation, collected, uncollectable);
        self.gc.collecting = false;
        collected + uncollectable
    }

    /// `_PyGC_CollectNoFail`: a full collection at shutdown, without `gc.callbacks`.
    pub fn collect_main_no_callbacks(&mut self, generation: usize) -> u64 {
        self.gc.collecting = true;
        let (collected, uncollectable) = self.collect_main(generation);
        self.gc.collecting = false;
        collected + uncollectable
    }

    /// `gc_collect_main`; the callers hold `collecting` for its whole duration.
    fn collect_main(&mut self, generation: usize) -> (u64, u64) {
        if self.gc.debug & DEBUG_STATS != 0 {
            let sizes = self.gc.generation_sizes();
            self.output.write_stderr(&format!(
                "gc: collecting generation {generation}...\ngc: objects in each generation: {} {} {}\ngc: objects in permanent generation: {}\n",
                sizes[0],
                sizes[1],
                sizes[2],
                self.gc.permanent.len()
            ));
        }
        if generation + 1 < NUM_GENERATIONS {
            self.gc.counts[generation + 1] += 1;
        }
        for g in 0..=generation {
            self.gc.counts[g] = 0;
        }
        self.begin_recording(generation as u8);
        // Merge the younger generations onto the collected one, in CPython's order.
        let mut young = self.gc_list_ids(generation as u8);
        for g in 0..generation {
            young.extend(self.gc_list_ids(g as u8));
        }
        let old = if generation + 1 < NUM_GENERATIONS {
            generation + 1
        } else {
            generation
        };

        let (reachable, unreachable, _) = self.deduce_unreachable(&young, true);
        self.untrack_tuples(&reachable);
        // Survivors move to the next generation (appended in order).
        for &id in &reachable {
            if self.heap.contains(id) && self.heap.get(id).gc.tracked {
                self.gc_move_to(id, old as u8);
            }
        }
        if generation == NUM_GENERATIONS - 2 {
            self.gc.long_lived_pending += reachable.len() as u64;
        }
        if generation == NUM_GENERATIONS - 1 {
            self.untrack_dicts(&reachable);
            self.gc.long_lived_pending = 0;
            self.gc.long_lived_total = reachable.len() as u64;
        }
        if self.gc.debug & DEBUG_COLLECTABLE != 0 {
            for &id in &unreachable {
                self.debug_cycle("collectable", id);
            }
        }
        let weakrefs_freed = self.handle_weakrefs(&unreachable);
        self.finalize_garbage(&unreachable);
        let (resurrected, still_unreachable) = self.handle_resurrected(&unreachable);
        for &id in &resurrected {
            if self.heap.contains(id) && self.heap.get(id).gc.tracked {
                self.gc_move_to(id, old as u8);
            }
        }
        let collected = weakrefs_freed + still_unreachable.len() as u64;
        self.record_event(
            "delete_garbage",
            &still_unreachable,
            &still_unreachable,
            &still_unreachable,
            &IdMap::default(),
        );
        self.delete_garbage(&still_unreachable, old as u8);
        if generation == NUM_GENERATIONS - 1 {
            self.gc.clear_free_lists();
        }
        self.gc.recording = false;
        let stats = &mut self.gc.stats[generation];
        stats.collections += 1;
        stats.collected += collected;
        if self.gc.debug & DEBUG_STATS != 0 {
            self.output.write_stderr(&format!(
                "gc: done, {collected} unreachable, 0 uncollectable, 0.0000s elapsed\n"
            ));
        }
        (collected, 0)
    }

    /// `debug_cycle`: `gc: collectable <Node 0x7f...>` (the type's tp_name).
    fn debug_cycle(&mut self, msg: &str, id: ObjId) {
        let ty = self.heap.type_of(id);
        let name = match self.heap.payload(ty) {
            Payload::Type(t) => t.name.to_string(),
            _ => "object".to_string(),
        };
        let addr = self.heap.address(id);
        self.output
            .write_stderr(&format!("gc: {msg} <{name} {addr:#x}>\n"));
    }

    /// `deduce_unreachable`: update_refs, subtract_refs, move_unreachable. Returns the
    /// reachable objects and the unreachable ones, each in list order, and (while recording)
    /// the gc_refs subtract_refs left. `record` records the three phases as events.
    fn deduce_unreachable(
        &mut self,
        young: &[ObjId],
        record: bool,
    ) -> (Vec<ObjId>, Vec<ObjId>, IdMap<i64>) {
        let record = record && self.gc.recording;
        // update_refs: gc_refs = refcount.
        let mut scratch: IdMap<Scratch> =
            IdMap::with_capacity_and_hasher(young.len(), Default::default());
        for (i, &id) in young.iter().enumerate() {
            scratch.insert(
                id,
                Scratch {
                    gc_refs: self.heap.refcount(id),
                    unreachable: false,
                    young_pos: i,
                },
            );
        }
        if record {
            self.record_event("update_refs", young, &[], &[], &scratch);
        }
        // subtract_refs: references from inside the set do not keep anything alive.
        for &id in young {
            self.object_refs(id, |target, _| {
                if let Some(s) = scratch.get_mut(&target) {
                    s.gc_refs -= 1;
                }
            });
        }
        if record {
            self.record_event("subtract_refs", young, &[], &[], &scratch);
        }
        let subtracted = if self.gc.recording {
            scratch.iter().map(|(&id, s)| (id, s.gc_refs)).collect()
        } else {
            IdMap::default()
        };
        // move_unreachable: anything with gc_refs > 0 is reachable from outside, and so is
        // everything it refers to; the rest is tentatively unreachable until proven otherwise.
        let mut list: Vec<ObjId> = young.to_vec();
        let mut unreachable_list: Vec<ObjId> = Vec::new();
        let mut i = 0;
        while i < list.len() {
            let id = list[i];
            let s = scratch[&id];
            if s.young_pos != i {
                i += 1;
                continue;
            }
            if s.gc_refs > 0 {
                let mut moved_back = Vec::new();
                for target in self.tp_traverse_order(id) {
                    if let Some(t) = scratch.get_mut(&target) {
                        if t.unreachable {
                            t.unreachable = false;
                            t.gc_refs = 1;
                            moved_back.push(target);
                        } else if t.gc_refs == 0 {
                            t.gc_refs = 1;
                        }
                    }
                }
                for target in moved_back {
                    let pos = list.len();
                    list.push(target);
                    if let Some(t) = scratch.get_mut(&target) {
                        t.young_pos = pos;
                    }
                }
            } else if let Some(s) = scratch.get_mut(&id) {
                s.unreachable = true;
                s.young_pos = usize::MAX;
                unreachable_list.push(id);
            }
            i += 1;
        }
        let reachable: Vec<ObjId> = list
            .iter()
            .enumerate()
            .filter(|(pos, id)| scratch[*id].young_pos == *pos)
            .map(|(_, id)| *id)
            .collect();
        let unreachable: Vec<ObjId> = unreachable_list
            .into_iter()
            .filter(|id| scratch[id].unreachable)
            .collect();
        if record {
            self.record_event("move_unreachable", young, &unreachable, &[], &scratch);
        }
        (reachable, unreachable, subtracted)
    }

    /// The references of `id` in the order its `tp_traverse` visits them: `list_traverse`
    /// and `tupletraverse` go from the last item to the first, `subtype_traverse` visits an
    /// instance's attributes before its base type's payload. The order decides where
    /// `move_unreachable` re-appends objects, and so the order of later finalisers.
    fn tp_traverse_order(&self, id: ObjId) -> Vec<ObjId> {
        let mut attrs = Vec::new();
        let mut payload = Vec::new();
        let mut items = Vec::new();
        self.object_refs(id, |target, edge| match edge {
            Edge::Item(_) => items.push(target),
            Edge::Attr(_) | Edge::Field("__dict__" | "__class__") => attrs.push(target),
            _ => payload.push(target),
        });
        items.reverse();
        attrs.extend(payload);
        attrs.extend(items);
        attrs
    }

    /// `untrack_tuples`: a surviving tuple whose items can never be part of a cycle is
    /// untracked (`_PyTuple_MaybeUntrack`).
    fn untrack_tuples(&mut self, reachable: &[ObjId]) {
        for &id in reachable {
            if !self.heap.contains(id) {
                continue;
            }
            if let Payload::Tuple(items) = self.heap.payload(id) {
                if items.iter().all(|&i| !self.may_be_tracked(i)) {
                    self.gc_untrack(id);
                }
            }
        }
    }

    /// `untrack_dicts` (full collections only): dicts holding nothing trackable.
    fn untrack_dicts(&mut self, reachable: &[ObjId]) {
        for &id in reachable {
            if !self.heap.contains(id) || self.heap.type_of(id) != self.types.dict {
                continue;
            }
            if let Payload::Dict(d) = self.heap.payload(id) {
                let untrackable = d
                    .iter()
                    .all(|(_, e)| !self.may_be_tracked(e.key) && !self.may_be_tracked(e.value));
                if untrackable && self.heap.get(id).gc.tracked {
                    self.gc_untrack(id);
                }
            }
        }
    }

    /// `handle_weakrefs`: weak references to garbage are cleared; callbacks run only for
    /// weak references that are not garbage themselves. Returns how many of those weak
    /// references died when their callback returned (CPython counts them as collected).
    fn handle_weakrefs(&mut self, unreachable: &[ObjId]) -> u64 {
        let garbage: IdSet = unreachable.iter().copied().collect();
        let mut to_call = Vec::new();
        let mut cleared = Vec::new();
        for &id in unreachable {
            let Some(refs) = self.weakrefs.remove(&id) else {
                continue;
            };
            for wr in refs {
                if self.gc.recording {
                    cleared.push(wr);
                }
                let callback = match self.heap.payload_mut(wr) {
                    Payload::WeakRef(w) | Payload::WeakProxy(w) => {
                        w.referent = None;
                        w.callback
                    }
                    _ => None,
                };
                if callback.is_some() && !garbage.contains(&wr) {
                    to_call.push(self.incref(wr));
                }
            }
        }
        if self.gc.recording {
            let cleared: Vec<ObjId> = cleared.into_iter().collect();
            self.record_event(
                "handle_weakrefs",
                unreachable,
                unreachable,
                &cleared,
                &IdMap::default(),
            );
        }
        let mut freed = 0;
        for wr in to_call {
            let callback = match self.heap.payload(wr) {
                Payload::WeakRef(w) | Payload::WeakProxy(w) => w.callback,
                _ => None,
            };
            if let Some(cb) = callback {
                self.incref(cb);
                self.incref(wr);
                self.call_weakref_callback(cb, wr);
            }
            if self.heap.refcount(wr) == 1 {
                freed += 1;
            }
            self.decref(wr);
        }
        freed
    }

    /// `finalize_garbage`: `__del__` of each unreachable object, once (PEP 442).
    fn finalize_garbage(&mut self, unreachable: &[ObjId]) {
        if self.gc.recording {
            // Recorded before the finalizers run: they may print, resurrect or free objects.
            let finalizing: Vec<ObjId> = unreachable
                .iter()
                .copied()
                .filter(|&id| {
                    self.heap.contains(id)
                        && !self.heap.get(id).gc.finalized
                        && self.has_finalizer(id)
                })
                .collect();
            self.record_event(
                "finalize_garbage",
                unreachable,
                unreachable,
                &finalizing,
                &IdMap::default(),
            );
        }
        for &id in unreachable {
            if !self.heap.contains(id) || self.heap.get(id).gc.finalized {
                continue;
            }
            if let Some(del) = self.finalizer_of(id) {
                self.heap.get_mut(id).gc.finalized = true;
                self.incref(id);
                self.call_finalizer(del, id);
                self.decref(del);
                self.decref(id);
            }
        }
    }

    /// Whether `finalize_garbage` would call a finalizer of `id`.
    fn has_finalizer(&mut self, id: ObjId) -> bool {
        match self.finalizer_of(id) {
            Some(del) => {
                self.decref(del);
                true
            }
            None => false,
        }
    }

    /// `handle_resurrected_objects`: after finalisers ran, what is referenced from outside
    /// the garbage again (and everything it reaches) survives.
    fn handle_resurrected(&mut self, garbage: &[ObjId]) -> (Vec<ObjId>, Vec<ObjId>) {
        let tracked: Vec<ObjId> = garbage
            .iter()
            .copied()
            .filter(|&id| self.heap.contains(id) && self.heap.get(id).gc.tracked)
            .collect();
        let (resurrected, still, gc_refs) = self.deduce_unreachable(&tracked, false);
        if self.gc.recording {
            let scratch = gc_refs
                .into_iter()
                .map(|(id, gc_refs)| {
                    let s = Scratch {
                        gc_refs,
                        unreachable: false,
                        young_pos: 0,
                    };
                    (id, s)
                })
                .collect();
            self.record_event(
                "handle_resurrected",
                &tracked,
                &still,
                &resurrected,
                &scratch,
            );
        }
        (resurrected, still)
    }

    /// `delete_garbage`: clears each object's references (`tp_clear`) so the cycles fall
    /// apart and reference counting frees them; DEBUG_SAVEALL keeps them in `gc.garbage`.
    fn delete_garbage(&mut self, garbage: &[ObjId], old: u8) {
        for &id in garbage {
            if !self.heap.contains(id) {
                continue;
            }
            if self.gc.debug & DEBUG_SAVEALL != 0 {
                if let Some(list) = self.gc.garbage {
                    self.incref(id);
                    self.list_append_owned(list, id);
                }
                continue;
            }
            self.incref(id);
            self.tp_clear(id);
            if self.heap.refcount(id) > 1 && self.heap.get(id).gc.tracked {
                // Still alive after clearing: it may die later.
                self.gc_move_to(id, old);
            }
            self.decref(id);
        }
    }

    /// `tp_clear` of each kind of object: drops the references that can form cycles.
    pub(crate) fn tp_clear(&mut self, id: ObjId) {
        let mut dropped: Vec<ObjId> = Vec::new();
        let obj = self.heap.get_mut(id);
        if let Some(attrs) = obj.attrs.as_deref_mut() {
            match attrs {
                Attrs::Inline(values) => dropped.extend(values.drain(..).map(|(_, v)| v)),
                Attrs::Dict(d) => {
                    // subtype_clear keeps the dict object but clears it (PyDict_Clear).
                    let d = *d;
                    if let Payload::Dict(dict) = self.heap.payload_mut(d) {
                        for e in dict.take_all() {
                            dropped.push(e.key);
                            dropped.push(e.value);
                        }
                    }
                }
            }
        }
        match self.heap.payload_mut(id) {
            Payload::List(l) => {
                // _list_clear releases items from the end.
                let items = std::mem::take(&mut l.items);
                l.allocated = 0;
                dropped.extend(items.into_iter().rev());
            }
            Payload::Dict(d) => {
                for e in d.take_all() {
                    dropped.push(e.key);
                    dropped.push(e.value);
                }
            }
            Payload::Set(s) => dropped.extend(s.take_all()),
            Payload::Cell(c) => dropped.extend(c.take()),
            Payload::Function(f) => {
                dropped.extend(f.defaults.take());
                dropped.extend(f.kwdefaults.take());
                dropped.extend(f.doc.take());
                dropped.extend(f.dict.take());
                dropped.extend(f.closure.take());
                dropped.extend(f.annotations.take());
            }
            Payload::Exception(e) => {
                if let Some((msg, excs)) = e.group.take() {
                    dropped.extend([msg, excs]);
                }
                dropped.extend(e.traceback.take());
                dropped.extend(e.cause.take());
                dropped.extend(e.context.take());
                dropped.extend(e.notes.take());
            }
            Payload::Frame(f) => {
                dropped.extend(std::mem::take(&mut f.owned_locals).into_iter().flatten())
            }
            Payload::WeakRef(w) | Payload::WeakProxy(w) => dropped.extend(w.callback.take()),
            // type_clear: the namespace is emptied and tp_mro dropped.
            Payload::Type(t) if t.heap_type => {
                if let Some(tuples) = t.tuples.as_mut() {
                    dropped.extend(tuples.mro.take());
                    t.mro.clear();
                }
                let d = t.dict;
                if let Payload::Dict(dict) = self.heap.payload_mut(d) {
                    for e in dict.take_all() {
                        dropped.push(e.key);
                        dropped.push(e.value);
                    }
                }
            }
            _ => {}
        }
        for v in dropped {
            self.decref(v);
        }
    }

    /// Calls each function in `gc.callbacks` with the phase and an info dict.
    fn invoke_gc_callbacks(
        &mut self,
        phase: &str,
        generation: usize,
        collected: u64,
        uncollectable: u64,
    ) {
        let Some(list) = self.gc.callbacks else {
            return;
        };
        let callbacks = match self.heap.payload(list) {
            Payload::List(l) if !l.items.is_empty() => l.items.clone(),
            _ => return,
        };
        let phase_obj = self.new_str(phase);
        let info = self.new_dict();
        for (key, value) in [
            ("generation", generation as i64),
            ("collected", collected as i64),
            ("uncollectable", uncollectable as i64),
        ] {
            let v = self.new_int(value);
            crate::builtins::set_str_item(self, info, key, v);
            self.decref(v);
        }
        for cb in callbacks {
            self.incref(cb);
            let r = self.call_object(cb, &Args::positional(vec![phase_obj, info]));
            match r {
                Ok(v) => self.decref(v),
                Err(PyErr::Exception(e)) => self.write_unraisable(e, Some(cb)),
                Err(PyErr::Halt(h)) => self.pending_halt = Some(h),
            }
            self.decref(cb);
        }
        self.decref(info);
        self.decref(phase_obj);
    }

    /// Starts recording a collection when the step being executed is the one a pause is
    /// asked for (earlier steps of a replay are not looked at), keeping only that step's.
    fn begin_recording(&mut self, generation: u8) {
        self.gc.recording = false;
        if !self.gc.record_events || self.step_target.is_some_and(|t| self.step + 1 < t) {
            return;
        }
        let step = self.step;
        self.gc.collections.retain(|c| c.step == step);
        if self.gc.collections.len() >= MAX_RECORDED_COLLECTIONS {
            return;
        }
        let mut before = Box::new(self.snapshot("gc"));
        before.collections.clear();
        self.gc.collections.push(GcCollection {
            generation,
            step,
            before,
            phases: Vec::new(),
        });
        self.gc.recording = true;
    }

    fn record_event(
        &mut self,
        phase: &'static str,
        objects: &[ObjId],
        unreachable: &[ObjId],
        marked: &[ObjId],
        scratch: &IdMap<Scratch>,
    ) {
        let addresses = |ids: &[ObjId]| -> Vec<u64> {
            ids.iter()
                .filter(|&&id| self.heap.contains(id))
                .map(|&id| self.heap.address(id))
                .collect()
        };
        let event = GcEvent {
            phase,
            objects: objects
                .iter()
                .filter(|&&id| self.heap.contains(id))
                .map(|&id| {
                    (
                        self.heap.address(id),
                        scratch.get(&id).map(|s| s.gc_refs).unwrap_or(0),
                    )
                })
                .collect(),
            unreachable: addresses(unreachable),
            marked: addresses(marked),
        };
        if let Some(collection) = self.gc.collections.last_mut() {
            collection.phases.push(event);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two lists referring to each other; the caller owns one reference to each.
    fn list_pair(vm: &mut Vm) -> (ObjId, ObjId) {
        let a = vm.new_list(Vec::new());
        let b = vm.new_list(Vec::new());
        vm.incref(b);
        vm.list_append_owned(a, b);
        vm.incref(a);
        vm.list_append_owned(b, a);
        (a, b)
    }

    /// Records the phases of what runs next into a fresh collection, as the page asks.
    fn start_recording(vm: &mut Vm) {
        let before = Box::new(vm.snapshot("test"));
        vm.gc.collections.push(GcCollection {
            generation: 0,
            step: 0,
            before,
            phases: Vec::new(),
        });
        vm.gc.recording = true;
        vm.gc.record_events = true;
    }

    /// The named phase of the last recorded collection.
    fn phase(vm: &Vm, name: &str) -> GcEvent {
        vm.gc
            .collections
            .last()
            .and_then(|c| c.phases.iter().find(|e| e.phase == name))
            .cloned()
            .unwrap_or_else(|| panic!("no {name} event"))
    }

    #[test]
    fn update_and_subtract_refs_leave_only_outside_references() {
        let mut vm = Vm::new();
        start_recording(&mut vm);
        let (a, b) = list_pair(&mut vm);
        vm.decref(b);
        let (reachable, unreachable, _) = vm.deduce_unreachable(&[a, b], true);
        let (pa, pb) = (vm.heap.address(a), vm.heap.address(b));
        assert_eq!(phase(&vm, "update_refs").objects, vec![(pa, 2), (pb, 1)]);
        assert_eq!(phase(&vm, "subtract_refs").objects, vec![(pa, 1), (pb, 0)]);
        assert_eq!(reachable, vec![a, b]);
        assert!(unreachable.is_empty());
        vm.decref(a);
    }

    #[test]
    fn move_unreachable_moves_back_what_a_later_root_reaches() {
        let mut vm = Vm::new();
        start_recording(&mut vm);
        let (a, b) = list_pair(&mut vm);
        vm.decref(b);
        // b comes first: it looks unreachable until a (referenced from outside) is scanned,
        // then it is moved back to the end of the young list.
        let (reachable, unreachable, _) = vm.deduce_unreachable(&[b, a], true);
        assert_eq!(reachable, vec![a, b]);
        assert!(unreachable.is_empty());
        assert!(phase(&vm, "move_unreachable").unreachable.is_empty());
        vm.decref(a);
    }

    #[test]
    fn isolated_cycle_is_unreachable_and_collected() {
        let mut vm = Vm::new();
        start_recording(&mut vm);
        let (a, b) = list_pair(&mut vm);
        let (pa, pb) = (vm.heap.address(a), vm.heap.address(b));
        vm.decref(a);
        vm.decref(b);
        let (reachable, unreachable, _) = vm.deduce_unreachable(&[a, b], true);
        assert!(reachable.is_empty());
        assert_eq!(unreachable, vec![a, b]);
        assert_eq!(phase(&vm, "move_unreachable").unreachable, vec![pa, pb]);
        assert_eq!(vm.collect_main_no_callbacks(2), 2);
        assert!(!vm.heap.contains(a) && !vm.heap.contains(b));
        assert_eq!(phase(&vm, "delete_garbage").unreachable, vec![pa, pb]);
    }

    #[test]
    fn weakref_to_garbage_is_cleared() {
        let mut vm = Vm::new();
        let cls = class_with_del(&mut vm, None);
        let obj = vm.new_instance(cls).unwrap_or_else(|_| panic!("instance"));
        vm.incref(obj);
        let me = vm.intern_str("me");
        vm.setattr(obj, me, Some(obj))
            .unwrap_or_else(|_| panic!("setattr"));
        vm.decref(obj);
        let wr = vm.alloc(
            vm.types.weakref,
            Payload::WeakRef(crate::heap::WeakRefObj {
                referent: Some(obj),
                callback: None,
                hash: None,
            }),
        );
        vm.weakrefs.entry(obj).or_default().push(wr);
        vm.decref(obj);
        assert_eq!(vm.collect_main_no_callbacks(2), 1);
        assert!(matches!(vm.heap.payload(wr), Payload::WeakRef(w) if w.referent.is_none()));
        vm.decref(wr);
        vm.decref(me);
        vm.decref(cls);
    }

    /// `__del__` of the test classes: appends the object to the class's `saved` list, if any.
    fn save_self(vm: &mut Vm, args: &Args) -> crate::vm::PyResult<ObjId> {
        let obj = args.args[0];
        let cls = vm.heap.type_of(obj);
        if let Some(saved) = vm.getattr_opt(cls, "saved")? {
            vm.incref(obj);
            vm.list_append_owned(saved, obj);
            vm.decref(saved);
        }
        Ok(vm.new_none())
    }

    /// A class whose `__del__` is [`save_self`], with `saved` set to `saved` when given.
    fn class_with_del(vm: &mut Vm, saved: Option<ObjId>) -> ObjId {
        let ns = vm.new_dict();
        if let Some(s) = saved {
            crate::builtins::set_str_item(vm, ns, "saved", s);
        }
        let name = vm.new_str("Saver");
        let cls = crate::builtins::object::new_class(vm, name, &[], ns)
            .unwrap_or_else(|_| panic!("class"));
        crate::builtins::add_method(vm, cls, "__del__", save_self);
        vm.decref(name);
        vm.decref(ns);
        cls
    }

    #[test]
    fn finalizer_runs_once_and_resurrection_is_not_collected() {
        let mut vm = Vm::new();
        start_recording(&mut vm);
        let saved = vm.new_list(Vec::new());
        let cls = class_with_del(&mut vm, Some(saved));
        let obj = vm.new_instance(cls).unwrap_or_else(|_| panic!("instance"));
        let me = vm.intern_str("me");
        vm.setattr(obj, me, Some(obj))
            .unwrap_or_else(|_| panic!("setattr"));
        let addr = vm.heap.address(obj);
        vm.decref(obj);
        // __del__ saves the object: it is resurrected, so nothing is collected.
        assert_eq!(vm.collect_main_no_callbacks(2), 0);
        assert_eq!(phase(&vm, "finalize_garbage").marked, vec![addr]);
        assert_eq!(phase(&vm, "handle_resurrected").marked, vec![addr]);
        assert!(vm.heap.get(obj).gc.finalized);
        // Dropped again, it is collected without a second __del__.
        if let Payload::List(l) = vm.heap.payload_mut(saved) {
            l.items.clear();
        }
        vm.decref(obj);
        assert_eq!(vm.collect_main_no_callbacks(2), 1);
        assert!(phase(&vm, "finalize_garbage").marked.is_empty());
        assert!(matches!(vm.heap.payload(saved), Payload::List(l) if l.items.is_empty()));
        vm.decref(me);
        vm.decref(saved);
        vm.decref(cls);
    }
}
