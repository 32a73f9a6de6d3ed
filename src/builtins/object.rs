//! `object`, `type` and class creation (`__build_class__`, `type_new`, C3 MRO), plus the
//! special attributes every kind of object exposes (`__class__`, `__dict__`, `__name__`, ...).

use std::rc::Rc;

use crate::heap::dict::SharedKeys;
use crate::heap::{Attrs, Layout, ObjId, Payload, TypeObj};
use crate::vm::{Args, OnReturn, PyResult, Vm};

use super::{add_function, add_method, set_str_item, type_dict};

pub fn install(vm: &mut Vm) {
    let object = vm.types.object;
    add_method(vm, object, "__init__", object_init);
    add_method(vm, object, "__new__", object_new);
    add_method(vm, object, "__repr__", object_repr);
    add_method(vm, object, "__str__", object_str);
    add_method(vm, object, "__eq__", object_eq);
    add_method(vm, object, "__ne__", object_ne);
    add_method(vm, object, "__hash__", object_hash);
    let d = vm.builtins_dict;
    add_function(vm, d, "__build_class__", build_class);
}

/// `object_init`: extra arguments are an error unless `__new__` is overridden alone.
fn object_init(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&obj) = args.args.first() else {
        return Err(vm.type_error("descriptor '__init__' of 'object' object needs an argument"));
    };
    if args.args.len() > 1 || !args.kwargs.is_empty() {
        let ty = vm.heap.type_of(obj);
        let init = vm.lookup_type_attr_borrowed(ty, "__init__");
        if !init.map(|i| vm.is_object_init(i)).unwrap_or(true) {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        let new = vm.lookup_type_attr_borrowed(ty, "__new__");
        if new.map(|n| vm.is_object_new(n)).unwrap_or(true) {
            let tn = vm.type_name(ty);
            return Err(vm.type_error(&format!(
                "{tn}.__init__() takes exactly one argument (the instance to initialize)"
            )));
        }
    }
    Ok(vm.new_none())
}

fn object_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&cls) = args.args.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    if !matches!(vm.heap.payload(cls), Payload::Type(_)) {
        let tn = vm.type_name_of(cls);
        return Err(vm.type_error(&format!("object.__new__(X): X is not a type object ({tn})")));
    }
    // `object_new`: extra arguments are an error unless `__init__` is overridden alone.
    if args.args.len() > 1 || !args.kwargs.is_empty() {
        let new = vm.lookup_type_attr_borrowed(cls, "__new__");
        if !new.map(|n| vm.is_object_new(n)).unwrap_or(true) {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        let init = vm.lookup_type_attr_borrowed(cls, "__init__");
        if init.map(|i| vm.is_object_init(i)).unwrap_or(true) {
            let tn = vm.type_name(cls);
            return Err(vm.type_error(&format!("{tn}() takes no arguments")));
        }
    }
    vm.new_instance(cls)
}

fn object_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = vm.default_repr(args.args[0]);
    Ok(vm.new_str_owned(s))
}

fn object_str(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    vm.repr(args.args[0])
}

fn object_eq(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    if args.args.len() == 2 && args.args[0] == args.args[1] {
        return Ok(vm.new_bool(true));
    }
    Ok(vm.incref(vm.not_implemented))
}

fn object_ne(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let r = vm.rich_compare(args.args[0], args.args[1], crate::syntax::ast::CmpOp::Eq)?;
    if r == vm.not_implemented {
        return Ok(r);
    }
    let b = vm.is_true(r);
    vm.decref(r);
    Ok(vm.new_bool(!b?))
}

fn object_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let h = crate::vm::pointer_hash(vm.heap.address(args.args[0]));
    Ok(vm.new_int(h))
}

/// `__build_class__(func, name, *bases, metaclass=..., **kwds)`.
fn build_class(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    if args.args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = args.args[0];
    let name = args.args[1];
    let orig_bases: Vec<ObjId> = args.args[2..].to_vec();
    let (bases, entries) = update_bases(vm, &orig_bases)?;
    let r = build_class_with_bases(vm, args, func, name, &orig_bases, &bases);
    for e in entries {
        vm.decref(e);
    }
    r
}

/// `update_bases` (PEP 560): a base that is not a class is replaced by what its
/// `__mro_entries__(orig_bases)` returns. Returns the bases (borrowed) and the tuples
/// holding the replacements (owned).
fn update_bases(vm: &mut Vm, orig_bases: &[ObjId]) -> PyResult<(Vec<ObjId>, Vec<ObjId>)> {
    let mut bases = Vec::with_capacity(orig_bases.len());
    let mut entries = Vec::new();
    for &b in orig_bases {
        if matches!(vm.heap.payload(b), Payload::Type(_)) {
            bases.push(b);
            continue;
        }
        let hook = match super::functions::lookup_attr(vm, b, "__mro_entries__") {
            Ok(h) => h,
            Err(e) => {
                for t in entries {
                    vm.decref(t);
                }
                return Err(e);
            }
        };
        let Some(hook) = hook else {
            bases.push(b);
            continue;
        };
        let orig = vm.new_tuple_from(orig_bases);
        let r = vm.call_object(hook, &Args::positional(vec![orig]));
        vm.decref(orig);
        vm.decref(hook);
        let r = match r {
            Ok(r) if matches!(vm.heap.payload(r), Payload::Tuple(_)) => r,
            Ok(r) => {
                vm.decref(r);
                for t in entries {
                    vm.decref(t);
                }
                return Err(vm.type_error("__mro_entries__ must return a tuple"));
            }
            Err(e) => {
                for t in entries {
                    vm.decref(t);
                }
                return Err(e);
            }
        };
        bases.extend(vm.tuple_items(Some(r)));
        entries.push(r);
    }
    Ok((bases, entries))
}

fn build_class_with_bases(
    vm: &mut Vm,
    args: &Args,
    func: ObjId,
    name: ObjId,
    orig_bases: &[ObjId],
    bases: &[ObjId],
) -> PyResult<ObjId> {
    let bases: Vec<ObjId> = bases.to_vec();
    for &b in &bases {
        if !matches!(vm.heap.payload(b), Payload::Type(_)) {
            return Err(vm.type_error("bases must be types"));
        }
    }
    let mut meta = None;
    let mut kwds = Vec::new();
    for (k, v) in &args.kwargs {
        if &**k == "metaclass" {
            meta = Some(*v);
        } else {
            kwds.push((k.clone(), *v));
        }
    }
    let meta = calculate_metaclass(vm, meta, &bases)?;
    let (code, globals) = match vm.heap.payload(func) {
        Payload::Function(f) => (f.code, f.globals),
        _ => {
            return Err(vm.type_error("__build_class__: func must be a function"));
        }
    };
    let bases_tuple = vm.new_tuple_from(&bases);
    let ns = if meta == vm.types.type_ {
        vm.new_dict()
    } else {
        match prepare_namespace(vm, meta, name, bases_tuple, &kwds) {
            Ok(ns) => ns,
            Err(e) => {
                vm.decref(bases_tuple);
                return Err(e);
            }
        }
    };
    vm.incref(func);
    let frame = vm.new_frame(code, Some(func), globals, Some(ns), OnReturn::Native);
    vm.frames.push(frame);
    vm.native_depth += 1;
    let base = vm.frames.len() - 1;
    let r = vm.step_event().and_then(|_| vm.run_frame(base));
    vm.native_depth -= 1;
    let cell = match r {
        Ok(crate::vm::FrameExit::Return(v)) | Ok(crate::vm::FrameExit::Yield(v)) => v,
        Err(e) => {
            vm.decref(ns);
            vm.decref(bases_tuple);
            return Err(e);
        }
    };
    if bases.as_slice() != orig_bases {
        let orig = vm.new_tuple_from(orig_bases);
        super::set_str_item(vm, ns, "__orig_bases__", orig);
        vm.decref(orig);
    }
    let r = if meta == vm.types.type_ {
        // type_call through _PyObject_MakeTpCall: the arguments travel in a tuple.
        let call_args = vm.new_tuple_from(&[name, bases_tuple, ns]);
        let r = new_class_kw(vm, name, &bases, Some(bases_tuple), ns, &kwds);
        vm.decref(call_args);
        r
    } else {
        let call = Args {
            args: vec![name, bases_tuple, ns],
            kwargs: kwds,
        };
        vm.call_object(meta, &call)
    };
    vm.decref(ns);
    vm.decref(bases_tuple);
    let cls = match r {
        Ok(c) => c,
        Err(e) => {
            vm.decref(cell);
            return Err(e);
        }
    };
    if let Payload::Cell(None) = vm.heap.payload(cell) {
        vm.incref(cls);
        if let Payload::Cell(c) = vm.heap.payload_mut(cell) {
            *c = Some(cls);
        }
    }
    vm.decref(cell);
    Ok(cls)
}

/// `_PyType_CalculateMetaclass`: the most derived of the given metaclass and the bases'
/// metaclasses (borrowed). A metaclass that is not a type is used as given.
pub(crate) fn calculate_metaclass(
    vm: &mut Vm,
    meta: Option<ObjId>,
    bases: &[ObjId],
) -> PyResult<ObjId> {
    let mut winner = match meta {
        Some(m) if !matches!(vm.heap.payload(m), Payload::Type(_)) => return Ok(m),
        Some(m) => m,
        None => match bases.first() {
            Some(&b) => vm.heap.type_of(b),
            None => vm.types.type_,
        },
    };
    for &b in bases {
        let t = vm.heap.type_of(b);
        if vm.is_subtype(winner, t) {
            continue;
        }
        if vm.is_subtype(t, winner) {
            winner = t;
            continue;
        }
        return Err(vm.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
    }
    Ok(winner)
}

/// `meta.__prepare__(name, bases, **kwds)`: the namespace the class body fills.
fn prepare_namespace(
    vm: &mut Vm,
    meta: ObjId,
    name: ObjId,
    bases: ObjId,
    kwds: &[(Rc<str>, ObjId)],
) -> PyResult<ObjId> {
    let Some(prepare) = super::functions::lookup_attr(vm, meta, "__prepare__")? else {
        return Ok(vm.new_dict());
    };
    let r = vm.call_object(
        prepare,
        &Args {
            args: vec![name, bases],
            kwargs: kwds.to_vec(),
        },
    );
    vm.decref(prepare);
    let ns = r?;
    if !matches!(vm.heap.payload(ns), Payload::Dict(_)) {
        let tn = vm.type_name_of(ns);
        let mn = vm.type_name(meta);
        vm.decref(ns);
        return Err(vm.type_error(&format!(
            "{mn}.__prepare__() must return a mapping, not {tn}"
        )));
    }
    Ok(ns)
}

// Objects/typeobject.c: solid_base — the nearest ancestor whose instances have a layout of
// their own (own `__slots__`, or a builtin payload different from its base's).
fn solid_base(vm: &Vm, ty: ObjId) -> ObjId {
    let Payload::Type(t) = vm.heap.payload(ty) else {
        return vm.types.object;
    };
    let parent = t.base.or(t.bases.first().copied());
    let Some(parent) = parent else {
        return ty;
    };
    let own_layout = if t.heap_type {
        !t.slots.is_empty()
    } else {
        !matches!(vm.heap.payload(parent), Payload::Type(p) if p.layout == t.layout)
    };
    if own_layout {
        ty
    } else {
        solid_base(vm, parent)
    }
}

// Objects/typeobject.c: best_base — the base with the most derived solid base (the layout
// conflicts themselves are reported by `new_class_kw`).
fn best_base(vm: &Vm, bases: &[ObjId]) -> ObjId {
    let mut base = vm.types.object;
    let mut winner = vm.types.object;
    for (i, &b) in bases.iter().enumerate() {
        let candidate = solid_base(vm, b);
        if i == 0 || (vm.is_subtype(candidate, winner) && candidate != winner) {
            winner = candidate;
            base = b;
        }
    }
    base
}

/// `type_new`: a heap type from a name, bases and namespace (borrowed).
pub fn new_class(vm: &mut Vm, name: ObjId, bases: &[ObjId], ns: ObjId) -> PyResult<ObjId> {
    new_class_kw(vm, name, bases, None, ns, &[])
}

/// [`new_class`] with the class keywords that go to `__init_subclass__`.
/// `type_new`; `bases_tuple` is the caller's tuple of `bases`, which becomes `__bases__`
/// when it is not empty (a class without bases gets a new `(object,)`).
pub fn new_class_kw(
    vm: &mut Vm,
    name: ObjId,
    bases: &[ObjId],
    bases_tuple: Option<ObjId>,
    ns: ObjId,
    kwds: &[(Rc<str>, ObjId)],
) -> PyResult<ObjId> {
    let name_text = vm.str_of(name);
    let bases: Vec<ObjId> = if bases.is_empty() {
        vec![vm.types.object]
    } else {
        bases.to_vec()
    };
    let mro = compute_mro(vm, &bases)?;
    let mut layout = Layout::Object;
    let mut weakrefable = true;
    for &b in &bases {
        if let Payload::Type(t) = vm.heap.payload(b) {
            if t.layout != Layout::Object {
                if layout != Layout::Object && layout != t.layout {
                    return Err(vm.type_error("multiple bases have instance lay-out conflict"));
                }
                layout = t.layout;
            }
            if matches!(t.layout, Layout::Int | Layout::Bytes | Layout::Tuple) {
                weakrefable = false;
            }
            if matches!(t.layout, Layout::Bool | Layout::Internal) && !t.heap_type {
                let bn = t.name.clone();
                return Err(vm.type_error(&format!("type '{bn}' is not an acceptable base type")));
            }
        }
    }
    let dict = vm.new_dict();
    let items = vm.dict_items(ns);
    let mut qualname = name_text.clone();
    let mut slots: Option<Vec<Rc<str>>> = None;
    for (k, v) in items {
        let key = vm.str_of(k);
        if &*key == "__qualname__" {
            qualname = vm.str_of(v);
            continue;
        }
        if &*key == "__classcell__" {
            continue;
        }
        if &*key == "__slots__" {
            let names: Vec<ObjId> = match vm.heap.payload(v) {
                Payload::Str(_) => vec![v],
                _ => {
                    let items = vm.collect_iterable(v)?;
                    for &i in &items {
                        vm.decref(i);
                    }
                    items
                }
            };
            slots = Some(names.iter().map(|&n| vm.str_of(n)).collect());
        }
        let value = match (&*key, vm.heap.payload(v)) {
            ("__new__", Payload::Function(_)) => {
                vm.incref(v);
                vm.alloc(vm.types.staticmethod, Payload::StaticMethod(v))
            }
            ("__init_subclass__" | "__class_getitem__", Payload::Function(_)) => {
                vm.incref(v);
                vm.alloc(vm.types.classmethod, Payload::ClassMethod(v))
            }
            _ => vm.incref(v),
        };
        let r = vm.dict_set_item(dict, k, value);
        vm.decref(value);
        r?;
    }
    let mut descriptors = match &slots {
        Some(names) => {
            let members: Vec<Rc<str>> = names
                .iter()
                .filter(|n| &***n != "__dict__" && &***n != "__weakref__")
                .cloned()
                .collect();
            super::types::add_slot_members(vm, dict, &members)?
        }
        None => Vec::new(),
    };
    descriptors.extend(super::types::add_class_descriptors(
        vm,
        dict,
        &mro[1..],
        slots.as_deref(),
    )?);
    if vm.dict_get_str_borrowed(dict, "__doc__").is_none() {
        let none = vm.none;
        set_str_item(vm, dict, "__doc__", none);
    }
    if vm.dict_get_str_borrowed(dict, "__eq__").is_some()
        && vm.dict_get_str_borrowed(dict, "__hash__").is_none()
    {
        let none = vm.none;
        set_str_item(vm, dict, "__hash__", none);
    }
    let module = match vm.dict_get_str_borrowed(dict, "__module__") {
        Some(m) => vm.str_of(m),
        None => Rc::from("__main__"),
    };
    let inherits_dict = mro.iter().skip(1).any(|&m| match vm.heap.payload(m) {
        Payload::Type(t) => t.heap_type && t.has_dict,
        _ => false,
    });
    let (has_dict, slot_names) = match &slots {
        Some(names) => {
            let wants_dict = names.iter().any(|n| &**n == "__dict__");
            if names.iter().any(|n| &**n == "__weakref__") {
                weakrefable = true;
            } else if !mro
                .iter()
                .skip(1)
                .any(|&m| matches!(vm.heap.payload(m), Payload::Type(t) if t.heap_type))
            {
                weakrefable = false;
            }
            (
                wants_dict || inherits_dict,
                names
                    .iter()
                    .filter(|n| &***n != "__dict__" && &***n != "__weakref__")
                    .cloned()
                    .collect(),
            )
        }
        None => (true, Vec::new()),
    };
    let gc_tracked = true;
    // type_new: tp_bases is a tuple made before the type object; PyType_Ready makes tp_mro.
    let bases_tuple = match bases_tuple {
        Some(t) if matches!(vm.heap.payload(t), Payload::Tuple(items) if !items.is_empty()) => {
            vm.incref(t)
        }
        _ => vm.new_tuple_from(&bases),
    };
    let best_base = best_base(vm, &bases);
    vm.incref(best_base);
    // type_new_impl: classes whose instances keep a managed `__dict__` get shared keys.
    let managed_dict = has_dict
        && !matches!(
            layout,
            Layout::Int | Layout::Bool | Layout::Bytes | Layout::Tuple | Layout::Exception
        );
    let cached_keys = managed_dict.then(SharedKeys::new_for_class);
    let cls = vm.alloc(
        vm.types.type_,
        Payload::Type(Box::new(TypeObj {
            name: name_text,
            qualname,
            module,
            bases,
            base: None,
            mro: Vec::new(),
            tuples: None,
            dict,
            heap_type: true,
            layout,
            has_dict,
            slots: slot_names,
            weakrefable,
            gc_tracked,
            basicsize: 0,
            cached_keys,
        })),
    );
    // The MRO tuple starts with the class itself (a reference cycle, as in CPython).
    let mro: Vec<ObjId> = std::iter::once(cls)
        .chain(mro[1..].iter().copied())
        .collect();
    let mro_tuple = vm.new_tuple_from(&mro);
    if let Payload::Type(t) = vm.heap.payload_mut(cls) {
        t.mro = mro;
        t.tuples = Some(crate::heap::TypeTuples {
            base: best_base,
            bases: bases_tuple,
            mro: Some(mro_tuple),
        });
    }
    super::types::bind_class_descriptors(vm, &descriptors, cls);
    let bases: Vec<ObjId> = match vm.heap.payload(cls) {
        Payload::Type(t) => t.bases.clone(),
        _ => Vec::new(),
    };
    for base in bases {
        add_subclass(vm, base, cls);
    }
    call_set_name(vm, cls)?;
    if let Err(e) = call_init_subclass(vm, cls, kwds) {
        vm.decref(cls);
        return Err(e);
    }
    Ok(cls)
}

/// C3 linearisation (`mro_implementation`); the first entry is a placeholder for the class.
fn compute_mro(vm: &mut Vm, bases: &[ObjId]) -> PyResult<Vec<ObjId>> {
    let mut seqs: Vec<Vec<ObjId>> = bases.iter().map(|&b| vm.mro_of(b).to_vec()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![ObjId::default()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| s[0])
            .find(|&c| !seqs.iter().any(|s| s[1..].contains(&c)));
        let Some(c) = candidate else {
            let names: Vec<String> = bases.iter().map(|&b| vm.type_name(b)).collect();
            return Err(vm.type_error(&format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        out.push(c);
        for s in seqs.iter_mut() {
            if s[0] == c {
                s.remove(0);
            }
        }
    }
}

/// Objects/typeobject.c: add_subclass — `base.tp_subclasses[id(cls)] = weakref.ref(cls)`,
/// the dict made with the base's first subclass.
pub fn add_subclass(vm: &mut Vm, base: ObjId, cls: ObjId) {
    let Ok(r) = crate::modules::weakref::new_weakref(vm, vm.types.weakref, cls, None) else {
        return;
    };
    let dict = match vm.tp_subclasses.get(&base) {
        Some(&d) => d,
        None => {
            let d = vm.new_dict();
            vm.tp_subclasses.insert(base, d);
            d
        }
    };
    let key = vm.new_int(vm.heap.address(cls) as i64);
    // An int key: cannot fail.
    let _ = vm.dict_set_item(dict, key, r);
    vm.decref(key);
    vm.decref(r);
}

/// Objects/typeobject.c: remove_all_subclasses (from type_dealloc) — a dying class leaves
/// its bases' `tp_subclasses`, and its own goes with it.
pub fn remove_all_subclasses(vm: &mut Vm, cls: ObjId, bases: &[ObjId]) {
    for &base in bases {
        let Some(&dict) = vm.tp_subclasses.get(&base) else {
            continue;
        };
        let key = vm.new_int(vm.heap.address(cls) as i64);
        if let Err(crate::vm::PyErr::Exception(e)) = vm.dict_del_item(dict, key) {
            vm.decref(e);
        }
        vm.decref(key);
    }
    if let Some(own) = vm.tp_subclasses.remove(&cls) {
        vm.decref(own);
    }
}

/// `__set_name__` for each attribute of a new class that defines it.
fn call_set_name(vm: &mut Vm, cls: ObjId) -> PyResult<()> {
    let items = vm.dict_items(type_dict(vm, cls));
    for (k, v) in items {
        let ty = vm.heap.type_of(v);
        if !vm.is_heap_type(ty) {
            continue;
        }
        if let Some(m) = vm.lookup_type_attr(ty, "__set_name__") {
            let r = vm.call_object(m, &Args::positional(vec![v, cls, k]));
            vm.decref(m);
            vm.decref(r?);
        }
    }
    Ok(())
}

/// `init_subclass`: `super(cls, cls).__init_subclass__(**kwds)`.
fn call_init_subclass(vm: &mut Vm, cls: ObjId, kwds: &[(Rc<str>, ObjId)]) -> PyResult<()> {
    let mro = vm.mro_of(cls).to_vec();
    for &m in mro.iter().skip(1) {
        let Payload::Type(t) = vm.heap.payload(m) else {
            continue;
        };
        let Some(f) = vm.dict_get_str_borrowed(t.dict, "__init_subclass__") else {
            continue;
        };
        vm.incref(f);
        let bound = super::descriptors::descr_get(vm, f, None, cls);
        vm.decref(f);
        let bound = bound?;
        let r = vm.call_object(
            bound,
            &Args {
                args: Vec::new(),
                kwargs: kwds.to_vec(),
            },
        );
        vm.decref(bound);
        vm.decref(r?);
        return Ok(());
    }
    Ok(())
}

impl Vm {
    /// Attributes that every object of a kind has without a dict entry (`__class__`,
    /// `__dict__`, `__name__` of functions, ...). None when `name` is not one of them.
    pub fn special_getattr(&mut self, obj: ObjId, name: &str) -> Option<PyResult<ObjId>> {
        if name == "__class__" {
            let t = self.heap.type_of(obj);
            return Some(Ok(self.incref(t)));
        }
        match self.heap.payload(obj) {
            Payload::Super { .. } => super::descriptors::super_getattr(self, obj, name),
            Payload::Type(t) => {
                let v = match name {
                    // `type_name`: a static type's name is its tp_name after the last dot.
                    "__name__" | "__qualname__" if !t.heap_type => {
                        let n = t.name.rsplit('.').next().unwrap_or_default().to_string();
                        self.new_str_owned(n)
                    }
                    "__name__" => {
                        let n = t.name.clone();
                        self.new_str_rc(n)
                    }
                    "__qualname__" => {
                        let n = t.qualname.clone();
                        self.new_str_rc(n)
                    }
                    "__mro__" => {
                        let m = t.mro.clone();
                        self.new_tuple_from(&m)
                    }
                    "__bases__" => {
                        let b = t.bases.clone();
                        self.new_tuple_from(&b)
                    }
                    "__base__" => {
                        let b = match t.tuples {
                            Some(tuples) => tuples.base,
                            None => t.base.or(t.bases.first().copied()).unwrap_or(self.none),
                        };
                        self.incref(b)
                    }
                    "__dict__" => {
                        let d = t.dict;
                        self.incref(d);
                        self.alloc(self.types.mappingproxy, Payload::MappingProxy(d))
                    }
                    "__module__" if !t.heap_type => {
                        let m = t.module.clone();
                        self.new_str_rc(m)
                    }
                    _ => return None,
                };
                Some(Ok(v))
            }
            Payload::Function(f) => {
                let v = match name {
                    "__name__" => Some(f.name),
                    "__qualname__" => Some(f.qualname),
                    "__code__" => Some(f.code),
                    "__globals__" => Some(f.globals),
                    "__defaults__" => Some(f.defaults.unwrap_or(self.none)),
                    "__kwdefaults__" => Some(f.kwdefaults.unwrap_or(self.none)),
                    "__closure__" => Some(f.closure.unwrap_or(self.none)),
                    "__doc__" => Some(f.doc.unwrap_or(self.none)),
                    "__module__" => Some(f.module.unwrap_or(self.none)),
                    "__annotations__" => return Some(self.function_annotations(obj)),
                    "__dict__" => None,
                    _ => return self.function_dict_attr(obj, name),
                };
                match v {
                    Some(v) => Some(Ok(self.incref(v))),
                    None if name == "__dict__" => {
                        let d = match f.dict {
                            Some(d) => d,
                            None => {
                                let d = self.new_dict();
                                if let Payload::Function(f) = self.heap.payload_mut(obj) {
                                    f.dict = Some(d);
                                }
                                d
                            }
                        };
                        Some(Ok(self.incref(d)))
                    }
                    None => {
                        let d = self.new_dict();
                        Some(Ok(d))
                    }
                }
            }
            Payload::BoundMethod { func, self_ } => {
                let v = match name {
                    "__func__" => *func,
                    "__self__" => *self_,
                    "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                        let f = *func;
                        return Some(self.getattr_str(f, name));
                    }
                    _ => return None,
                };
                Some(Ok(self.incref(v)))
            }
            Payload::Builtin(b) => match name {
                "__name__" | "__qualname__" => {
                    let n = b.name;
                    Some(Ok(self.new_str(n)))
                }
                "__self__" => {
                    let s = b.self_.unwrap_or(self.none);
                    Some(Ok(self.incref(s)))
                }
                _ => None,
            },
            Payload::Cell(c) if name == "cell_contents" => match c {
                Some(v) => {
                    let v = *v;
                    Some(Ok(self.incref(v)))
                }
                None => Some(Err(self.value_error("Cell is empty"))),
            },
            Payload::Module(m) if name == "__dict__" => {
                let d = m.dict;
                Some(Ok(self.incref(d)))
            }
            Payload::Exception(e) => {
                let v = match name {
                    "args" => e.args,
                    "__traceback__" => e.traceback.unwrap_or(self.none),
                    "__cause__" => e.cause.unwrap_or(self.none),
                    "__context__" => e.context.unwrap_or(self.none),
                    "__suppress_context__" => {
                        let s = e.suppress_context;
                        return Some(Ok(self.new_bool(s)));
                    }
                    "__dict__" => return self.instance_dict(obj).map(Ok),
                    _ => return None,
                };
                Some(Ok(self.incref(v)))
            }
            Payload::Generator(g) => {
                let v = match name {
                    "__name__" => g.name,
                    "__qualname__" => g.qualname,
                    "gi_running" | "cr_running" => {
                        let r = g.running;
                        return Some(Ok(self.new_bool(r)));
                    }
                    "gi_yieldfrom" | "cr_await" => {
                        let delegate = self.generator_delegate(obj);
                        return Some(Ok(delegate.unwrap_or_else(|| self.new_none())));
                    }
                    _ => return None,
                };
                Some(Ok(self.incref(v)))
            }
            _ => {
                // Slot values live in `attrs` too: only classes with a `__dict__` have one.
                if name == "__dict__" && self.type_has_dict(self.heap.type_of(obj)) {
                    return self.instance_dict(obj).map(Ok);
                }
                None
            }
        }
    }

    /// `func_get_annotations`: the flat (name, value, ...) tuple MAKE_FUNCTION stored becomes
    /// a dict on first access; a function without annotations gets an empty one.
    fn function_annotations(&mut self, func: ObjId) -> PyResult<ObjId> {
        let current = match self.heap.payload(func) {
            Payload::Function(f) => f.annotations,
            _ => None,
        };
        if let Some(a) = current {
            if matches!(self.heap.payload(a), Payload::Dict(_)) {
                return Ok(self.incref(a));
            }
        }
        let d = self.new_dict();
        if let Some(a) = current {
            let items = self.tuple_items(Some(a));
            for pair in items.chunks(2) {
                if let [k, v] = pair {
                    if let Err(e) = self.dict_set_item(d, *k, *v) {
                        self.decref(d);
                        return Err(e);
                    }
                }
            }
        }
        if let Payload::Function(f) = self.heap.payload_mut(func) {
            f.annotations = Some(d);
        }
        self.xdecref(current);
        Ok(self.incref(d))
    }

    fn function_dict_attr(&mut self, func: ObjId, name: &str) -> Option<PyResult<ObjId>> {
        let d = match self.heap.payload(func) {
            Payload::Function(f) => f.dict?,
            _ => return None,
        };
        let v = self.dict_get_str_borrowed(d, name)?;
        Some(Ok(self.incref(v)))
    }

    /// Names `special_getattr` answers for this object: `LoadMethod` must not shortcut them.
    pub fn special_attr_names(&self, obj: ObjId, name: &str) -> bool {
        name == "__class__"
            || (name == "__dict__" && self.heap.get(obj).attrs.is_some())
            || matches!(self.heap.payload(obj), Payload::Super { .. })
    }

    /// Assignment to a `__slots__` attribute; None when `name` is not a slot.
    pub fn set_slot_attr(
        &mut self,
        obj: ObjId,
        name: &str,
        value: Option<ObjId>,
    ) -> Option<PyResult<()>> {
        let ty = self.heap.type_of(obj);
        let is_slot = self
            .mro_of(ty)
            .iter()
            .any(|&m| matches!(self.heap.payload(m), Payload::Type(t) if t.slots.iter().any(|s| &**s == name)));
        if !is_slot {
            return None;
        }
        let attrs = self
            .heap
            .get_mut(obj)
            .attrs
            .get_or_insert_with(|| Box::new(Attrs::Inline(Vec::new())));
        let Attrs::Inline(values) = &mut **attrs else {
            return None;
        };
        let pos = values.iter().position(|(k, _)| &**k == name);
        match (value, pos) {
            (Some(v), Some(i)) => {
                let old = std::mem::replace(&mut values[i].1, v);
                self.incref(v);
                self.decref(old);
            }
            (Some(v), None) => {
                values.push((Rc::from(name), v));
                self.incref(v);
            }
            (None, Some(i)) => {
                let (_, old) = values.remove(i);
                self.decref(old);
            }
            // `member_set` deleting an unset slot: AttributeError(name).
            (None, None) => {
                let n = self.new_str(name);
                let exc = self.new_exception(self.types.attribute_error, vec![n]);
                self.set_context(exc);
                return Some(Err(crate::vm::PyErr::Exception(exc)));
            }
        }
        Some(Ok(()))
    }

    /// The "Did you mean" suggestion CPython 3.11 prints for NameError / AttributeError.
    pub fn suggestion_for(&mut self, exc: ObjId) -> Option<String> {
        let is_name = self.isinstance_of(exc, self.types.name_error);
        let is_attr = self.isinstance_of(exc, self.types.attribute_error);
        if !is_name && !is_attr {
            return None;
        }
        let wrong = self.instance_attr(exc, "name")?;
        let wrong = self.str_of(wrong).to_string();
        let mut candidates: Vec<Rc<str>> = Vec::new();
        if is_attr {
            let obj = self.instance_attr(exc, "obj")?;
            candidates = self.dir_names(obj);
        } else {
            let tb_frame = self.innermost_traceback_frame(exc);
            if let Some((code, globals)) = tb_frame {
                let c = self.code_of(code);
                candidates.extend(c.varnames.iter().cloned());
                candidates.extend(c.cellvars.iter().cloned());
                candidates.extend(c.freevars.iter().cloned());
                for (k, _) in self.dict_items(globals) {
                    candidates.push(self.str_of(k));
                }
                if let Some(b) = self.dict_get_str_borrowed(globals, "__builtins__") {
                    let _ = b;
                }
                for (k, _) in self.dict_items(self.builtins_dict) {
                    candidates.push(self.str_of(k));
                }
            }
        }
        crate::builtins::object::calculate_suggestion(&wrong, &candidates)
    }

    fn innermost_traceback_frame(&self, exc: ObjId) -> Option<(ObjId, ObjId)> {
        let mut tb = match self.heap.payload(exc) {
            Payload::Exception(e) => e.traceback,
            _ => None,
        }?;
        loop {
            let Payload::Traceback { next, frame, .. } = self.heap.payload(tb) else {
                return None;
            };
            match next {
                Some(n) => tb = *n,
                None => {
                    return match self.heap.payload(*frame) {
                        Payload::Frame(f) => Some((f.code, f.globals)),
                        _ => None,
                    }
                }
            }
        }
    }

    /// `dir(obj)`'s names, unsorted.
    pub fn dir_names(&self, obj: ObjId) -> Vec<Rc<str>> {
        let mut out = Vec::new();
        match self.heap.get(obj).attrs.as_deref() {
            Some(Attrs::Inline(values)) => out.extend(values.iter().map(|(k, _)| k.clone())),
            Some(Attrs::Dict(d)) => {
                out.extend(self.dict_items(*d).into_iter().map(|(k, _)| self.str_of(k)))
            }
            None => {}
        }
        if let Payload::Module(m) = self.heap.payload(obj) {
            out.extend(
                self.dict_items(m.dict)
                    .into_iter()
                    .map(|(k, _)| self.str_of(k)),
            );
        }
        let ty = if matches!(self.heap.payload(obj), Payload::Type(_)) {
            obj
        } else {
            self.heap.type_of(obj)
        };
        for &m in self.mro_of(ty) {
            if let Payload::Type(t) = self.heap.payload(m) {
                out.extend(
                    self.dict_items(t.dict)
                        .into_iter()
                        .map(|(k, _)| self.str_of(k)),
                );
            }
        }
        out
    }
}

/// `_Py_CalculateSuggestions`: the closest name by CPython's weighted Levenshtein distance.
pub fn calculate_suggestion(wrong: &str, candidates: &[Rc<str>]) -> Option<String> {
    const MAX_CANDIDATE_ITEMS: usize = 750;
    const MAX_STRING_SIZE: usize = 40;
    if candidates.len() > MAX_CANDIDATE_ITEMS || wrong.len() > MAX_STRING_SIZE {
        return None;
    }
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        if &**c == wrong {
            continue;
        }
        let max_distance = (wrong.len() + c.len() + 3) * MOVE_COST / 6;
        let max_distance = match best {
            Some((d, _)) => max_distance.min(d.saturating_sub(1)),
            None => max_distance,
        };
        if let Some(d) = levenshtein(wrong.as_bytes(), c.as_bytes(), max_distance) {
            if d <= max_distance {
                best = Some((d, c));
            }
        }
    }
    best.map(|(_, c)| c.to_string())
}

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// `levenshtein_distance` with CPython's costs; None when over `max_cost`.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> Option<usize> {
    if a == b {
        return Some(0);
    }
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let suf = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suf], &b[..b.len() - suf]);
    if a.is_empty() || b.is_empty() {
        let d = (a.len() + b.len()) * MOVE_COST;
        return if d > max_cost { None } else { Some(d) };
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return None;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bc, ac);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return None;
        }
    }
    if result > max_cost {
        None
    } else {
        Some(result)
    }
}
