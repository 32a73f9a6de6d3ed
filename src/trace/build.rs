//! Building a [`Snapshot`] from the VM's state (reads only; runs no Python code).

use std::collections::{HashMap, HashSet};

use super::{FieldSnap, FrameSnap, ObjectSnap, Snapshot, VarSnap};
use crate::heap::{ObjId, Payload};
use crate::vm::refs::Edge;
use crate::vm::{Frame, Vm};

impl Vm {
    /// What the page draws now.
    pub fn snapshot(&self, event: &str) -> Snapshot {
        let mut frames = Vec::new();
        let mut roots: Vec<ObjId> = Vec::new();
        // Every thread's frames, the main thread's first; each labelled with its thread once
        // the program has started another.
        let running = self.current_thread_index();
        let mut stacks: Vec<(usize, &Frame)> = self
            .suspended_frames()
            .chain(self.frames.iter().map(|f| (running, f)))
            .collect();
        stacks.sort_by_key(|&(tid, _)| tid);
        let labelled = self.threads.list.len() > 1;
        if !stacks.iter().any(|&(tid, _)| tid == 0) {
            // After the main module finished: show its globals.
            if let Some(main) = self.dict_get_str_borrowed(self.modules, "__main__") {
                if let Payload::Module(m) = self.heap.payload(main) {
                    let mut vars = Vec::new();
                    for (k, v) in self.dict_items(m.dict) {
                        let name = self.str_of(k);
                        if name.starts_with("__") && name.ends_with("__") {
                            continue;
                        }
                        vars.push(VarSnap {
                            name: name.to_string(),
                            target: self.heap.address(v),
                        });
                        roots.push(v);
                    }
                    frames.push(FrameSnap {
                        name: "<module>".to_string(),
                        line: 0,
                        vars,
                        thread: labelled.then(|| self.thread_name(0).to_string()),
                    });
                }
            }
        }
        let mut previous = None;
        let mut depth = 0;
        for (tid, f) in stacks {
            depth = if previous == Some(tid) { depth + 1 } else { 0 };
            previous = Some(tid);
            if f.code.flags.emulates_c {
                continue;
            }
            let module = tid == 0 && depth == 0;
            let mut vars = Vec::new();
            if module || f.func.is_none() {
                if let Some(locals) = f.locals {
                    for (k, v) in self.dict_items(locals) {
                        let name = self.str_of(k);
                        if name.starts_with("__") && name.ends_with("__") {
                            continue;
                        }
                        vars.push(VarSnap {
                            name: name.to_string(),
                            target: self.heap.address(v),
                        });
                        roots.push(v);
                    }
                }
            } else {
                let code = &f.code;
                let names = code
                    .varnames
                    .iter()
                    .chain(code.cellvars.iter())
                    .chain(code.freevars.iter());
                for (name, slot) in names.zip(f.fast.iter()) {
                    if let Some(v) = slot {
                        vars.push(VarSnap {
                            name: name.to_string(),
                            target: self.heap.address(*v),
                        });
                        roots.push(*v);
                    }
                }
            }
            frames.push(FrameSnap {
                name: if module {
                    "<module>".to_string()
                } else {
                    f.code.qualname.to_string()
                },
                line: f.line(),
                vars,
                thread: labelled.then(|| self.thread_name(tid).to_string()),
            });
        }
        let hidden = self.hidden_objects();
        let mut visible: Vec<ObjId> = self
            .heap
            .iter()
            .filter(|(id, o)| !o.is_static && !hidden.contains(id))
            .map(|(id, _)| id)
            .collect();
        let mut seen: HashSet<ObjId> = visible.iter().copied().collect();
        // Static objects (small ints, None, interned strings) appear when something points at them.
        let mut extra = Vec::new();
        for &id in roots.iter().chain(visible.iter()) {
            if seen.insert(id) && self.heap.get(id).is_static {
                extra.push(id);
            }
            self.object_refs(id, |t, _| {
                if !seen.contains(&t)
                    && self.heap.get(t).is_static
                    && !hidden.contains(&t)
                    && self.shown_static(t)
                {
                    extra.push(t);
                }
            });
            for &t in &extra {
                seen.insert(t);
            }
        }
        visible.extend(extra);
        visible.sort_by_key(|&id| self.heap.get(id).gc.seq);
        let objects = visible
            .iter()
            .map(|&id| self.object_snap(id, &hidden))
            .collect();
        Snapshot {
            step: self.step,
            line: self.frames.last().map(|f| f.line()),
            event: event.to_string(),
            frames,
            objects,
            stdout: self.output.stdout.clone(),
            stderr: self.output.stderr.clone(),
            gc_count: self.gc.counts,
            collections: self
                .gc
                .collections
                .iter()
                .filter(|c| c.step + 1 >= self.step)
                .cloned()
                .collect(),
        }
    }

    /// Interpreter plumbing a learner does not need to see: code objects, modules and their
    /// namespaces, frames' globals.
    fn hidden_objects(&self) -> HashSet<ObjId> {
        let mut hidden = HashSet::new();
        for (id, o) in self.heap.iter() {
            match &o.payload {
                Payload::Code(c) => {
                    hidden.insert(id);
                    hidden.insert(c.consts);
                }
                Payload::Module(m) => {
                    hidden.insert(id);
                    hidden.insert(m.dict);
                }
                Payload::Frame(_) | Payload::Traceback { .. } => {
                    hidden.insert(id);
                }
                _ => {}
            }
        }
        for f in &self.frames {
            hidden.insert(f.globals);
        }
        hidden.insert(self.modules);
        hidden
    }

    fn shown_static(&self, id: ObjId) -> bool {
        !matches!(
            self.heap.payload(id),
            Payload::Type(_) | Payload::Module(_) | Payload::Builtin(_) | Payload::Dict(_)
        )
    }

    fn object_snap(&self, id: ObjId, hidden: &HashSet<ObjId>) -> ObjectSnap {
        let obj = self.heap.get(id);
        let mut fields = Vec::new();
        let mut labels: HashMap<ObjId, String> = HashMap::new();
        self.object_refs(id, |t, edge| {
            if hidden.contains(&t) {
                return;
            }
            let label = match edge {
                Edge::Item(i) => i.to_string(),
                Edge::Key(_) => "key".to_string(),
                Edge::Value(k) => labels
                    .get(&k)
                    .cloned()
                    .unwrap_or_else(|| self.short_repr(k)),
                Edge::Element => "∈".to_string(),
                Edge::Attr(name) => format!(".{name}"),
                Edge::Field(name) => {
                    if matches!(
                        name,
                        "__class__"
                            | "__globals__"
                            | "__builtins__"
                            | "__code__"
                            | "__name__"
                            | "__qualname__"
                            | "__module__"
                            | "__mro__"
                            | "__bases__"
                    ) {
                        return;
                    }
                    name.to_string()
                }
            };
            if let Edge::Key(_) = edge {
                labels.insert(t, self.short_repr(t));
                return;
            }
            fields.push(FieldSnap {
                label,
                target: self.heap.address(t),
                weak: false,
            });
        });
        ObjectSnap {
            id: self.heap.address(id),
            type_name: self.type_name(obj.ty),
            refcount: obj.refcount,
            generation: (obj.gc.tracked && obj.gc.generation < 3).then_some(obj.gc.generation),
            repr: self.short_repr(id),
            size: self.sizeof_builtin(id),
            fields,
            copied_from: obj.copied_from.map(|c| self.heap.address(c)),
        }
    }
}
