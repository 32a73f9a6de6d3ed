//! Who holds a reference to what: the traversal of every object's references (`tp_traverse`,
//! plus the references CPython's collector does not visit), and the scan that explains an
//! object's reference count in words. The scan finds exactly `refcount` holders for every
//! non-static object; the checked build asserts that after every instruction.

use serde::Serialize;

use super::Vm;
use crate::heap::{Attrs, IterObj, ObjId, Payload};

/// How an object refers to another.
#[derive(Debug, Clone, PartialEq)]
pub enum Edge<'a> {
    /// Item i of a list or tuple.
    Item(usize),
    /// A dict key (`entry` in insertion order).
    Key(usize),
    /// The value stored under a dict key.
    Value(ObjId),
    /// A set element.
    Element,
    /// An instance attribute.
    Attr(&'a str),
    /// Any other named field (`__self__`, `__func__`, `cell_contents`, ...).
    Field(&'static str),
}

/// Calls `f` for each reference a payload owns (not the type, not instance attributes).
pub fn payload_refs(payload: &Payload, mut f: impl FnMut(ObjId, Edge)) {
    // The wasm build keeps one copy of the traversal, called through a pointer, rather than
    // one per caller: there the page's download size matters more than the indirect call.
    #[cfg(target_arch = "wasm32")]
    let f: &mut dyn FnMut(ObjId, Edge) = &mut f;
    #[cfg(not(target_arch = "wasm32"))]
    let f = &mut f;
    visit_payload_refs(payload, f);
}

fn visit_payload_refs<F: FnMut(ObjId, Edge) + ?Sized>(payload: &Payload, f: &mut F) {
    match payload {
        Payload::Tuple(items) => {
            for (i, &id) in items.iter().enumerate() {
                f(id, Edge::Item(i));
            }
        }
        Payload::List(l) => {
            for (i, &id) in l.items.iter().enumerate() {
                f(id, Edge::Item(i));
            }
        }
        Payload::Dict(d) => {
            for (i, e) in d.iter() {
                f(e.key, Edge::Key(i));
                f(e.value, Edge::Value(e.key));
            }
        }
        Payload::Set(s) | Payload::FrozenSet(s) => s.for_each_ref(|id| f(id, Edge::Element)),
        Payload::Range { start, stop, step } | Payload::Slice { start, stop, step } => {
            f(*start, Edge::Field("start"));
            f(*stop, Edge::Field("stop"));
            f(*step, Edge::Field("step"));
        }
        Payload::Code(c) => {
            f(c.consts, Edge::Field("co_consts"));
        }
        Payload::Function(func) => {
            f(func.code, Edge::Field("__code__"));
            f(func.globals, Edge::Field("__globals__"));
            f(func.builtins, Edge::Field("__builtins__"));
            f(func.name, Edge::Field("__name__"));
            f(func.qualname, Edge::Field("__qualname__"));
            for (id, name) in [
                (func.module, "__module__"),
                (func.doc, "__doc__"),
                (func.defaults, "__defaults__"),
                (func.kwdefaults, "__kwdefaults__"),
                (func.closure, "__closure__"),
                (func.annotations, "__annotations__"),
                (func.dict, "__dict__"),
            ] {
                if let Some(id) = id {
                    f(id, Edge::Field(name));
                }
            }
        }
        Payload::Cell(Some(v)) => f(*v, Edge::Field("cell_contents")),
        Payload::BoundMethod { func, self_ } => {
            f(*func, Edge::Field("__func__"));
            f(*self_, Edge::Field("__self__"));
        }
        Payload::Builtin(b) => {
            if let Some(s) = b.self_ {
                f(s, Edge::Field("__self__"));
            }
        }
        Payload::Type(t) => {
            f(t.dict, Edge::Field("__dict__"));
            match t.tuples {
                Some(tuples) => {
                    f(tuples.base, Edge::Field("__base__"));
                    f(tuples.bases, Edge::Field("__bases__"));
                    if let Some(mro) = tuples.mro {
                        f(mro, Edge::Field("__mro__"));
                    }
                }
                None => {
                    for &b in &t.bases {
                        f(b, Edge::Field("__bases__"));
                    }
                    if let Some(b) = t.base {
                        f(b, Edge::Field("__base__"));
                    }
                    // __mro__ holds the type itself too; CPython's tuple does, so we count it.
                    for &m in &t.mro {
                        f(m, Edge::Field("__mro__"));
                    }
                }
            }
        }
        Payload::Module(m) => f(m.dict, Edge::Field("__dict__")),
        Payload::Property {
            fget,
            fset,
            fdel,
            doc,
        } => {
            for (id, name) in [
                (fget, "fget"),
                (fset, "fset"),
                (fdel, "fdel"),
                (doc, "__doc__"),
            ] {
                if let Some(id) = id {
                    f(*id, Edge::Field(name));
                }
            }
        }
        Payload::StaticMethod(x) | Payload::ClassMethod(x) => f(*x, Edge::Field("__func__")),
        Payload::Super { ty, obj, obj_type } => {
            f(*ty, Edge::Field("__thisclass__"));
            if let Some(o) = obj {
                f(*o, Edge::Field("__self__"));
            }
            if let Some(o) = obj_type {
                f(*o, Edge::Field("__self_class__"));
            }
        }
        Payload::Iterator(it) => iter_refs(it, f),
        Payload::Generator(g) => {
            f(g.name, Edge::Field("__name__"));
            f(g.qualname, Edge::Field("__qualname__"));
            if let Some(e) = g.exc_state {
                f(e, Edge::Field("gi_exc_state"));
            }
            if let Some(e) = g.saved_exc_info {
                f(e, Edge::Field("exception of the resumer"));
            }
            if let Some(frame) = &g.frame {
                f(frame.code_id, Edge::Field("gi_code"));
                if let Some(func) = frame.func {
                    f(func, Edge::Field("gi_frame.f_func"));
                }
                f(frame.globals, Edge::Field("gi_frame.f_globals"));
                f(frame.builtins, Edge::Field("gi_frame.f_builtins"));
                if let Some(l) = frame.locals {
                    f(l, Edge::Field("gi_frame.f_locals"));
                }
                for v in frame.fast.iter().flatten() {
                    f(*v, Edge::Field("gi_frame local"));
                }
                for v in frame.stack.iter().flatten() {
                    f(*v, Edge::Field("gi_frame stack"));
                }
                if let Some(fo) = frame.frame_obj {
                    f(fo, Edge::Field("gi_frame"));
                }
            }
        }
        Payload::Exception(e) => {
            // BaseExceptionGroup_traverse visits msg and excs before BaseException_traverse.
            if let Some((msg, excs)) = e.group {
                f(msg, Edge::Field("message"));
                f(excs, Edge::Field("exceptions"));
            }
            f(e.args, Edge::Field("args"));
            for (id, name) in [
                (e.traceback, "__traceback__"),
                (e.cause, "__cause__"),
                (e.context, "__context__"),
                (e.notes, "__notes__"),
            ] {
                if let Some(id) = id {
                    f(id, Edge::Field(name));
                }
            }
        }
        Payload::Traceback { next, frame, .. } => {
            if let Some(n) = next {
                f(*n, Edge::Field("tb_next"));
            }
            f(*frame, Edge::Field("tb_frame"));
        }
        Payload::Frame(fr) => {
            f(fr.code, Edge::Field("f_code"));
            f(fr.globals, Edge::Field("f_globals"));
            if let Some(b) = fr.back {
                f(b, Edge::Field("f_back"));
            }
            for v in fr.owned_locals.iter().flatten() {
                f(*v, Edge::Field("f_locals"));
            }
        }
        Payload::WeakRef(w) | Payload::WeakProxy(w) => {
            if let Some(cb) = w.callback {
                f(cb, Edge::Field("__callback__"));
            }
        }
        Payload::MappingProxy(d) => f(*d, Edge::Field("mapping")),
        Payload::DictView { dict, .. } => f(*dict, Edge::Field("mapping")),
        Payload::Plain
        | Payload::None
        | Payload::NotImplemented
        | Payload::Ellipsis
        | Payload::Bool(_)
        | Payload::Int(_)
        | Payload::BigInt(_)
        | Payload::Float(_)
        | Payload::Complex(..)
        | Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::ByteArray(_)
        | Payload::Cell(None) => {}
    }
}

fn iter_refs<F: FnMut(ObjId, Edge) + ?Sized>(it: &IterObj, f: &mut F) {
    match it {
        IterObj::Seq { seq, .. } | IterObj::Reversed { seq, .. } | IterObj::GetItem { seq, .. } => {
            if let Some(s) = seq {
                f(*s, Edge::Field("iterated sequence"));
            }
        }
        IterObj::Range { .. } => {}
        IterObj::BigRange { next, stop, step } => {
            f(*next, Edge::Field("next"));
            f(*stop, Edge::Field("stop"));
            f(*step, Edge::Field("step"));
        }
        IterObj::DictKeys { dict, result, .. } => {
            if let Some(d) = dict {
                f(*d, Edge::Field("iterated dict"));
            }
            if let Some(r) = result {
                f(*r, Edge::Field("result tuple"));
            }
        }
        IterObj::Set { set, .. } => {
            if let Some(s) = set {
                f(*s, Edge::Field("iterated set"));
            }
        }
        IterObj::Enumerate {
            iter,
            count,
            result,
        } => {
            f(*iter, Edge::Field("iterator"));
            f(*count, Edge::Field("count"));
            f(*result, Edge::Field("result tuple"));
        }
        IterObj::Zip { iters, result, .. } => {
            for &i in iters {
                f(i, Edge::Field("iterator"));
            }
            f(*result, Edge::Field("result tuple"));
        }
        IterObj::Map { func, iters } => {
            f(*func, Edge::Field("function"));
            for &i in iters {
                f(i, Edge::Field("iterator"));
            }
        }
        IterObj::Filter { func, iter } => {
            f(*func, Edge::Field("function"));
            f(*iter, Edge::Field("iterator"));
        }
        IterObj::Callable { func, sentinel } => {
            if let Some(c) = func {
                f(*c, Edge::Field("callable"));
            }
            f(*sentinel, Edge::Field("sentinel"));
        }
    }
}

/// One holder of a reference, described for a learner.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Referrer {
    pub description: String,
    /// The address of the holding object, when the holder is an object.
    pub holder: Option<u64>,
}

impl Vm {
    /// Every reference an object owns: its payload, its attributes, and (for instances of
    /// classes) its type.
    pub fn object_refs(&self, id: ObjId, mut f: impl FnMut(ObjId, Edge)) {
        let obj = self.heap.get(id);
        payload_refs(&obj.payload, &mut f);
        if let Some(attrs) = &obj.attrs {
            match &**attrs {
                Attrs::Inline(values) => {
                    for (name, v) in values {
                        f(*v, Edge::Attr(name));
                    }
                }
                Attrs::Dict(d) => f(*d, Edge::Field("__dict__")),
            }
        }
        if self.is_heap_type(obj.ty) {
            f(obj.ty, Edge::Field("__class__"));
        }
    }

    /// References held from outside any object: frames, the exception being handled, the
    /// AST arena. Calls `f(target, description)`.
    pub fn root_refs(&self, mut f: impl FnMut(ObjId, String)) {
        let suspended = self.suspended_frames().map(|(_, frame)| frame);
        for frame in self.frames.iter().chain(suspended) {
            let where_ = frame_label(&frame.code.name);
            f(frame.code_id, format!("code of the running frame {where_}"));
            if let Some(func) = frame.func {
                f(func, format!("function of the running frame {where_}"));
            }
            f(
                frame.globals,
                format!("globals of the running frame {where_}"),
            );
            f(
                frame.builtins,
                format!("builtins of the running frame {where_}"),
            );
            if let Some(l) = frame.locals {
                f(l, format!("locals of the running frame {where_}"));
            }
            for (i, v) in frame.fast.iter().enumerate() {
                if let Some(v) = v {
                    f(
                        *v,
                        format!(
                            "{} {}",
                            local_kind(&frame.code, i),
                            local_name(&frame.code, i)
                        ),
                    )
                }
            }
            let calling = matches!(
                frame.code.instructions.get(frame.lasti),
                Some(crate::compile::Instr::Call(_))
                    | Some(crate::compile::Instr::CallFunctionEx(_))
            );
            let stack_role = if calling {
                "argument being passed by"
            } else {
                "value on the stack of"
            };
            for v in frame.stack.iter().flatten() {
                f(*v, format!("{stack_role} {where_}"));
            }
            if let super::OnReturn::Init(instance, _) = frame.on_return {
                f(instance, format!("the instance {where_} is initialising"));
            }
            if let Some(fo) = frame.frame_obj {
                f(fo, format!("frame object of {where_}"));
            }
        }
        if let Some(e) = self.exc_info {
            f(e, "the exception being handled".to_string());
        }
        for &(name, t) in &self.clinic_kwtuples {
            f(
                t,
                format!("the keyword names of {name}() (Argument Clinic's parser)"),
            );
        }
        for (&ty, &d) in &self.tp_subclasses {
            let name = self.type_name(ty);
            f(d, format!("the subclasses of {name} (tp_subclasses)"));
        }
        if let Some(d) = self.tstate_dict {
            f(d, "the thread state's dict".to_string());
        }
        for (state, name) in self.stdio.iter().zip(["stdout", "stderr"]) {
            if let Some(p) = state.pending {
                f(p, format!("output written to sys.{name}, not flushed yet"));
            }
        }
        self.thread_root_refs(&mut f);
        for &a in &self.arena {
            f(
                a,
                "the parser's AST arena (kept while __main__ runs)".to_string(),
            );
        }
        for &g in &self.gc.garbage_roots() {
            f(g, "gc.garbage".to_string());
        }
    }

    /// Everything holding a reference to `target`, one entry per reference.
    pub fn referrers(&self, target: ObjId) -> Vec<Referrer> {
        let mut out = Vec::new();
        self.root_refs(|id, description| {
            if id == target {
                out.push(Referrer {
                    description,
                    holder: None,
                });
            }
        });
        for (holder, _) in self.heap.iter() {
            self.object_refs(holder, |id, edge| {
                if id == target {
                    out.push(Referrer {
                        description: self.describe_edge(holder, &edge),
                        holder: Some(self.heap.address(holder)),
                    });
                }
            });
        }
        out
    }

    /// For every object, the number of references the model can account for. Immutable
    /// static objects (builtin functions, small ints, ...) are skipped as holders: they can
    /// only refer to other static objects.
    pub fn accounted_refcounts(&self) -> crate::heap::IdMap<i64> {
        let mut counts: crate::heap::IdMap<i64> = Default::default();
        self.root_refs(|id, _| *counts.entry(id).or_default() += 1);
        for (holder, obj) in self.heap.iter() {
            // Start-up objects that can come to hold program objects: containers, cells,
            // and instances with attributes (a module's objects imported as start-up ones).
            if obj.is_static
                && obj.attrs.is_none()
                && !matches!(
                    obj.payload,
                    Payload::Dict(_) | Payload::List(_) | Payload::Set(_) | Payload::Cell(_)
                )
            {
                continue;
            }
            self.object_refs(holder, |id, _| *counts.entry(id).or_default() += 1);
        }
        counts
    }

    /// Objects whose refcount differs from the references found by a full scan, with both
    /// numbers (static objects excepted).
    pub fn refcount_mismatches(&self) -> Vec<(ObjId, i64, i64)> {
        let counts = self.accounted_refcounts();
        self.heap
            .iter()
            .filter(|(_, o)| !o.is_static)
            .filter_map(|(id, o)| {
                let found = counts.get(&id).copied().unwrap_or(0);
                (found != o.refcount).then_some((id, o.refcount, found))
            })
            .collect()
    }

    fn describe_edge(&self, holder: ObjId, edge: &Edge) -> String {
        let owner = format!(
            "{} at {:#x}",
            self.type_name(self.heap.type_of(holder)),
            self.heap.address(holder)
        );
        match edge {
            Edge::Item(i) => format!("item {i} of {owner}"),
            Edge::Key(_) => format!("key of {owner}"),
            Edge::Value(k) => format!("value of {} in {owner}", self.short_repr(*k)),
            Edge::Element => format!("element of {owner}"),
            Edge::Attr(name) => format!("attribute .{name} of {owner}"),
            Edge::Field(name) => format!("{name} of {owner}"),
        }
    }
}

fn frame_label(name: &str) -> String {
    if name == "<module>" {
        "<module>".to_string()
    } else {
        format!("{name}()")
    }
}

fn local_kind(code: &crate::compile::CodeObject, i: usize) -> &'static str {
    if i < code.varnames.len() {
        "local"
    } else if i < code.varnames.len() + code.cellvars.len() {
        "cell"
    } else {
        "free variable cell"
    }
}

fn local_name(code: &crate::compile::CodeObject, i: usize) -> &str {
    let nv = code.varnames.len();
    let nc = code.cellvars.len();
    if i < nv {
        &code.varnames[i]
    } else if i < nv + nc {
        &code.cellvars[i - nv]
    } else {
        code.freevars.get(i - nv - nc).map(|s| &**s).unwrap_or("?")
    }
}
