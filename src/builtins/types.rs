//! Methods of the object model's own types (Objects/typeobject.c, genobject.c, funcobject.c,
//! classobject.c, moduleobject.c): `object`'s generic methods (`__getattribute__`,
//! `__setattr__`, `__dir__`, `__reduce_ex__`, ...), `type`'s (`type(name, bases, dict)`,
//! `mro()`, `__subclasses__()`, ...), generators (`send`, `throw`, `close`), functions and
//! methods (`__get__`, `__call__`) and modules (`__dir__`).

use std::rc::Rc;

use crate::heap::{Attrs, BuiltinObj, Layout, NativeFn, ObjId, Payload, TypeObj};
use crate::vm::{Args, FrameExit, PyErr, PyResult, Vm};

use super::descriptors::{descr_get, generic_getattr, generic_setattr};
use super::exceptions::{check_self, clear_if};
use super::functions::{lookup_attr, sorted_name_list};
use super::{add_class_method, add_method, check_args, set_str_item, type_dict};

const OBJECT_DOC: &str = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n";

pub fn install(vm: &mut Vm) {
    let object = vm.types.object;
    add_method(vm, object, "__getattribute__", object_getattribute);
    add_method(vm, object, "__setattr__", object_setattr);
    add_method(vm, object, "__delattr__", object_delattr);
    add_method(vm, object, "__dir__", object_dir);
    add_method(vm, object, "__format__", object_format);
    add_method(vm, object, "__reduce_ex__", object_reduce_ex);
    add_method(vm, object, "__reduce__", object_reduce);
    add_method(vm, object, "__sizeof__", object_sizeof);
    add_method(vm, object, "__getstate__", object_getstate);
    for (name, f) in [
        ("__lt__", object_richcompare as crate::heap::NativeFn),
        ("__le__", object_richcompare),
        ("__gt__", object_richcompare),
        ("__ge__", object_richcompare),
    ] {
        add_method(vm, object, name, f);
    }
    add_class_method(vm, object, "__init_subclass__", object_init_subclass);
    add_class_method(vm, object, "__subclasshook__", object_subclasshook);
    add_getset(
        vm,
        object,
        "__class__",
        object_get_class,
        Some(object_set_class),
    );
    let doc = vm.new_str(OBJECT_DOC);
    set_str_item(vm, type_dict(vm, object), "__doc__", doc);
    vm.decref(doc);

    let ty = vm.types.type_;
    add_method(vm, ty, "__new__", type_new);
    add_method(vm, ty, "__init__", type_init);
    add_method(vm, ty, "__call__", type_call);
    add_method(vm, ty, "mro", type_mro);
    add_method(vm, ty, "__subclasses__", type_subclasses);
    add_method(vm, ty, "__instancecheck__", type_instancecheck);
    add_method(vm, ty, "__subclasscheck__", type_subclasscheck);
    add_method(vm, ty, "__dir__", type_dir);
    add_getset(vm, ty, "__weakref__", subtype_weakref_get, None);
    add_class_method(vm, ty, "__prepare__", type_prepare);

    let gen = vm.types.generator;
    add_method(vm, gen, "send", gen_send);
    add_method(vm, gen, "throw", gen_throw);
    add_method(vm, gen, "close", gen_close);
    add_method(vm, gen, "__next__", gen_next_method);
    add_method(vm, gen, "__iter__", gen_iter);

    let coro = vm.types.coroutine;
    add_method(vm, coro, "send", gen_send);
    add_method(vm, coro, "throw", gen_throw);
    add_method(vm, coro, "close", gen_close);
    add_method(vm, coro, "__del__", coro_del);

    let agen = vm.types.async_generator;
    add_method(vm, agen, "__aiter__", agen_aiter);
    add_method(vm, agen, "__anext__", agen_anext);
    add_method(vm, agen, "asend", agen_asend);
    let asend = vm.types.async_generator_asend;
    add_method(vm, asend, "__await__", asend_await);
    add_method(vm, asend, "__iter__", asend_await);
    add_method(vm, asend, "__next__", asend_next);
    add_method(vm, asend, "send", asend_send_method);

    let func = vm.types.function;
    add_method(vm, func, "__get__", function_get);
    add_method(vm, func, "__call__", callable_call);
    add_method(vm, vm.types.method, "__call__", callable_call);
    add_method(vm, vm.types.method, "__reduce__", method_reduce);
    add_method(vm, vm.types.method, "__new__", method_new);
    add_method(vm, vm.types.builtin_function, "__call__", callable_call);

    add_method(vm, vm.types.module, "__dir__", module_dir);
    for ty in [
        vm.types.none_type,
        vm.types.not_implemented_type,
        vm.types.ellipsis_type,
    ] {
        add_method(vm, ty, "__new__", singleton_new);
    }
    let slice = vm.types.slice;
    add_method(vm, slice, "__new__", slice_new);
    add_method(vm, slice, "indices", slice_indices_method);
    add_method(vm, slice, "__reduce__", slice_reduce);
    add_member(vm, slice, "start", slice_start);
    add_member(vm, slice, "stop", slice_stop);
    add_member(vm, slice, "step", slice_step);
    let tb = vm.types.traceback;
    add_getset(vm, tb, "tb_next", traceback_next, None);
    add_getset(vm, tb, "tb_frame", traceback_frame, None);
    add_getset(vm, tb, "tb_lineno", traceback_lineno, None);
    let frame = vm.types.frame;
    add_getset(vm, frame, "f_code", frame_code, None);
    add_getset(vm, frame, "f_globals", frame_globals, None);
    add_getset(vm, frame, "f_lineno", frame_lineno, None);
    add_getset(vm, frame, "f_back", frame_back, None);
    let code = vm.types.code;
    for (name, get) in [
        ("co_name", code_name as NativeFn),
        ("co_qualname", code_qualname),
        ("co_filename", code_filename),
        ("co_firstlineno", code_firstlineno),
        ("co_flags", code_flags),
        ("co_argcount", code_argcount),
        ("co_posonlyargcount", code_posonlyargcount),
        ("co_kwonlyargcount", code_kwonlyargcount),
        ("co_nlocals", code_nlocals),
        ("co_varnames", code_varnames),
        ("co_cellvars", code_cellvars),
        ("co_freevars", code_freevars),
        ("co_names", code_names),
        ("co_consts", code_consts),
    ] {
        add_getset(vm, code, name, get, None);
    }
}

// ----- getset descriptors -----

/// The `getset_descriptor` type: made on first use, found again as the type of
/// `object.__dict__['__class__']`.
fn getset_type(vm: &mut Vm) -> ObjId {
    let od = type_dict(vm, vm.types.object);
    if let Some(d) = vm.dict_get_str_borrowed(od, "__class__") {
        if matches!(vm.heap.payload(d), Payload::Property { .. }) {
            return vm.heap.type_of(d);
        }
    }
    new_descriptor_type(vm, "getset_descriptor")
}

/// The `member_descriptor` type: made on first use, found again as the type of
/// `slice.__dict__['start']`.
fn member_type(vm: &mut Vm) -> ObjId {
    let sd = type_dict(vm, vm.types.slice);
    if let Some(d) = vm.dict_get_str_borrowed(sd, "start") {
        if matches!(vm.heap.payload(d), Payload::Property { .. }) {
            return vm.heap.type_of(d);
        }
    }
    let ty = new_descriptor_type(vm, "member_descriptor");
    add_method(vm, ty, "__get__", member_descr_get);
    add_method(vm, ty, "__set__", member_descr_set);
    add_method(vm, ty, "__delete__", member_descr_delete);
    add_getset(vm, ty, "__name__", member_name, None);
    ty
}

/// `member_get_name`: the slot's (or member's) name.
fn member_name(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let f = member_accessor(vm, args, "__name__", 0)?;
    let Payload::Builtin(b) = vm.heap.payload(f) else {
        return Ok(vm.new_none());
    };
    match b.self_ {
        Some(n) => Ok(vm.incref(n)),
        None => {
            let n = b.name;
            Ok(vm.new_str(n))
        }
    }
}

/// The accessor `which` (0 get, 1 set, 2 delete) of member descriptor `args[0]`, checked.
fn member_accessor(vm: &mut Vm, args: &Args, method: &str, which: usize) -> PyResult<ObjId> {
    let mty = member_type(vm);
    let descr = check_self(vm, args, mty, method)?;
    let f = match vm.heap.payload(descr) {
        Payload::Property {
            fget, fset, fdel, ..
        } => [*fget, *fset, *fdel][which],
        _ => None,
    };
    match f {
        Some(f) => Ok(f),
        None => {
            let r = vm.repr_string(descr)?;
            let what = if which == 1 { "writable" } else { "deletable" };
            Err(vm.new_error_msg(
                vm.types.attribute_error,
                &format!("attribute of {r} is not {what}"),
            ))
        }
    }
}

/// `member_descriptor.__get__(obj, type=None)`: the descriptor itself for `obj` None.
fn member_descr_get(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let f = member_accessor(vm, args, "__get__", 0)?;
    match args.args.get(1) {
        Some(&obj) if obj != vm.none => vm.call_object(f, &Args::positional(vec![obj])),
        _ => {
            let descr = args.args.first().copied().unwrap_or(vm.none);
            Ok(vm.incref(descr))
        }
    }
}

/// `member_descriptor.__set__(obj, value)`.
fn member_descr_set(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let f = member_accessor(vm, args, "__set__", 1)?;
    check_args(vm, "__set__", args, 3, 3)?;
    vm.call_object(f, &Args::positional(args.args[1..].to_vec()))
}

/// `member_descriptor.__delete__(obj)`.
fn member_descr_delete(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let f = member_accessor(vm, args, "__delete__", 2)?;
    check_args(vm, "__delete__", args, 2, 2)?;
    vm.call_object(f, &Args::positional(args.args[1..].to_vec()))
}

/// A builtin descriptor type (the payload of its instances is a property).
fn new_descriptor_type(vm: &mut Vm, name: &str) -> ObjId {
    let dict = vm.new_dict();
    let object = vm.types.object;
    let ty = vm.alloc(
        vm.types.type_,
        Payload::Type(Box::new(TypeObj {
            name: Rc::from(name),
            qualname: Rc::from(name),
            module: Rc::from("builtins"),
            bases: vec![object],
            base: None,
            mro: Vec::new(),
            tuples: None,
            dict,
            heap_type: false,
            layout: Layout::Internal,
            has_dict: false,
            slots: Vec::new(),
            weakrefable: false,
            gc_tracked: true,
            basicsize: 0,
            cached_keys: None,
        })),
    );
    if let Payload::Type(t) = vm.heap.payload_mut(ty) {
        t.mro = vec![ty, object];
    }
    ty
}

fn new_getset(vm: &mut Vm, owner: Option<ObjId>, fget: ObjId, fset: Option<ObjId>) -> ObjId {
    let ty = getset_type(vm);
    if let Some(o) = owner {
        vm.incref(o);
    }
    vm.alloc(
        ty,
        Payload::Property {
            fget: Some(fget),
            fset,
            fdel: None,
            doc: owner,
        },
    )
}

/// Registers a getset descriptor `name` on a builtin type.
pub fn add_getset(
    vm: &mut Vm,
    ty: ObjId,
    name: &'static str,
    get: NativeFn,
    set: Option<NativeFn>,
) {
    let mut make = |func: NativeFn| {
        vm.alloc(
            vm.types.builtin_function,
            Payload::Builtin(BuiltinObj {
                name,
                func,
                self_: None,
                owner: Some(ty),
                class_method: false,
            }),
        )
    };
    let fget = make(get);
    let fset = set.map(make);
    let prop = new_getset(vm, Some(ty), fget, fset);
    set_str_item(vm, type_dict(vm, ty), name, prop);
    vm.decref(prop);
}

/// Registers a member descriptor `name` (`PyMemberDef`) on a builtin type.
pub fn add_member(vm: &mut Vm, ty: ObjId, name: &'static str, get: NativeFn) {
    let fget = vm.alloc(
        vm.types.builtin_function,
        Payload::Builtin(BuiltinObj {
            name,
            func: get,
            self_: None,
            owner: Some(ty),
            class_method: false,
        }),
    );
    let mty = member_type(vm);
    let m = vm.alloc(
        mty,
        Payload::Property {
            fget: Some(fget),
            fset: None,
            fdel: None,
            doc: Some(ty),
        },
    );
    set_str_item(vm, type_dict(vm, ty), name, m);
    vm.decref(m);
}

/// The member descriptors of a class's `__slots__` (`type_new_descriptors`), added to the
/// class dict `dict`; their class is set by [`bind_class_descriptors`].
pub fn add_slot_members(vm: &mut Vm, dict: ObjId, slots: &[Rc<str>]) -> PyResult<Vec<ObjId>> {
    let mty = member_type(vm);
    let mut out = Vec::new();
    for (i, name) in slots.iter().enumerate() {
        // A name listed twice (datetime's `date.__slots__ + time.__slots__`) gets one member.
        if slots[..i].contains(name) {
            continue;
        }
        let key = vm.intern_str(name);
        let accessor = |vm: &mut Vm, func: NativeFn| {
            vm.incref(key);
            vm.alloc(
                vm.types.builtin_function,
                Payload::Builtin(BuiltinObj {
                    name: "__get__",
                    func,
                    self_: Some(key),
                    owner: None,
                    class_method: false,
                }),
            )
        };
        let fget = accessor(vm, member_get);
        let fset = accessor(vm, member_set);
        let fdel = accessor(vm, member_delete);
        let m = vm.alloc(
            mty,
            Payload::Property {
                fget: Some(fget),
                fset: Some(fset),
                fdel: Some(fdel),
                doc: None,
            },
        );
        let r = vm.dict_set_item(dict, key, m);
        vm.decref(key);
        vm.decref(m);
        r?;
        out.push(m);
    }
    Ok(out)
}

/// `member_get` for a slot: args are the slot name and the instance.
fn member_get(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (name, obj) = member_args(vm, args)?;
    match vm.slot_value(obj, &name) {
        Some(v) => Ok(vm.incref(v)),
        None => {
            let tn = vm.type_name_of(obj);
            Err(vm.new_error_msg(
                vm.types.attribute_error,
                &format!("'{tn}' object has no attribute '{name}'"),
            ))
        }
    }
}

/// `member_set` for a slot: args are the slot name, the instance and the value.
fn member_set(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (name, obj) = member_args(vm, args)?;
    let Some(&value) = args.args.get(2) else {
        return Err(vm.type_error("expected 2 arguments, got 1"));
    };
    vm.set_slot_attr(obj, &name, Some(value)).transpose()?;
    Ok(vm.new_none())
}

/// `member_set` with a NULL value (`del obj.slot`).
fn member_delete(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (name, obj) = member_args(vm, args)?;
    vm.set_slot_attr(obj, &name, None).transpose()?;
    Ok(vm.new_none())
}

fn member_args(vm: &mut Vm, args: &Args) -> PyResult<(Rc<str>, ObjId)> {
    match args.args.as_slice() {
        [name, obj, ..] => Ok((vm.str_of(*name), *obj)),
        _ => Err(vm.type_error("expected 1 argument, got 0")),
    }
}

/// `<attribute 'name' of 'T' objects>`, the repr of a getset descriptor, or
/// `<member 'name' of 'T' objects>` for a member descriptor; None for other objects.
pub fn getset_repr(vm: &Vm, descr: ObjId) -> Option<String> {
    if let Some(r) = member_repr(vm, descr) {
        return Some(r);
    }
    let od = type_dict(vm, vm.types.object);
    let proto = vm.dict_get_str_borrowed(od, "__class__")?;
    if vm.heap.type_of(descr) != vm.heap.type_of(proto) {
        return None;
    }
    let Payload::Property {
        fget: Some(g),
        doc: Some(owner),
        ..
    } = vm.heap.payload(descr)
    else {
        return None;
    };
    let Payload::Builtin(b) = vm.heap.payload(*g) else {
        return None;
    };
    Some(format!(
        "<attribute '{}' of '{}' objects>",
        b.name,
        vm.type_name(*owner)
    ))
}

/// `member_repr`: `<member 'name' of 'T' objects>`.
fn member_repr(vm: &Vm, descr: ObjId) -> Option<String> {
    let sd = type_dict(vm, vm.types.slice);
    let proto = vm.dict_get_str_borrowed(sd, "start")?;
    if vm.heap.type_of(descr) != vm.heap.type_of(proto) {
        return None;
    }
    let Payload::Property {
        fget: Some(g),
        doc: Some(owner),
        ..
    } = vm.heap.payload(descr)
    else {
        return None;
    };
    let Payload::Builtin(b) = vm.heap.payload(*g) else {
        return None;
    };
    let name = match b.self_ {
        Some(n) => vm.str_of(n).to_string(),
        None => b.name.to_string(),
    };
    Some(format!(
        "<member '{name}' of '{}' objects>",
        vm.type_name(*owner)
    ))
}

/// `subtype_dict`: the instance `__dict__` (materialised).
pub fn subtype_dict_get(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let obj = check_self(vm, args, vm.types.object, "__dict__")?;
    match vm.instance_dict(obj) {
        Some(d) => Ok(d),
        None => Err(vm.attribute_error(obj, "__dict__")),
    }
}

/// `subtype_setdict`: `obj.__dict__ = d` replaces the instance dict.
pub fn subtype_dict_set(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let obj = check_self(vm, args, vm.types.object, "__dict__")?;
    let Some(&d) = args.args.get(1) else {
        return Err(vm.type_error("cannot delete __dict__"));
    };
    if !matches!(vm.heap.payload(d), Payload::Dict(_)) {
        let tn = vm.type_name_of(d);
        return Err(vm.type_error(&format!(
            "__dict__ must be set to a dictionary, not a '{tn}'"
        )));
    }
    if vm.heap.get(obj).attrs.is_none() {
        return Err(vm.attribute_error(obj, "__dict__"));
    }
    vm.incref(d);
    let ty = vm.heap.type_of(obj);
    let new_attrs = if vm.has_slots(ty) {
        // Slot values stay inline, next to the new dict.
        let values = match vm.heap.get_mut(obj).attrs.as_deref_mut() {
            Some(Attrs::Inline(values)) => std::mem::take(values),
            _ => Vec::new(),
        };
        let (mut kept, rest): (Vec<_>, Vec<_>) = values
            .into_iter()
            .partition(|(k, _)| &**k != "__dict__" && vm.is_slot_name(ty, k));
        if let Some(Attrs::Inline(values)) = vm.heap.get_mut(obj).attrs.as_deref_mut() {
            *values = rest;
        }
        kept.push((Rc::from("__dict__"), d));
        Attrs::Inline(kept)
    } else {
        Attrs::Dict(d)
    };
    let old = vm.heap.get_mut(obj).attrs.replace(Box::new(new_attrs));
    match old.map(|b| *b) {
        Some(Attrs::Dict(o)) => vm.decref(o),
        Some(Attrs::Inline(values)) => {
            for (_, v) in values {
                vm.decref(v);
            }
        }
        None => {}
    }
    Ok(vm.new_none())
}

/// `subtype_getweakref`: the object's first weak reference, or None.
pub fn subtype_weakref_get(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let obj = check_self(vm, args, vm.types.object, "__weakref__")?;
    let first = vm.weakrefs.get(&obj).and_then(|w| w.first().copied());
    Ok(vm.incref(first.unwrap_or(vm.none)))
}

/// The prototype descriptor `name` of a builtin type: its getter and setter.
fn getset_parts(vm: &Vm, ty: ObjId, name: &str) -> Option<(ObjId, Option<ObjId>)> {
    let d = vm.dict_get_str_borrowed(type_dict(vm, ty), name)?;
    match vm.heap.payload(d) {
        Payload::Property {
            fget: Some(g),
            fset,
            ..
        } => Some((*g, *fset)),
        _ => None,
    }
}

/// `type_new_descriptors`: the `__dict__` and `__weakref__` getset descriptors a new class
/// gets when it is the one adding instance dicts / weak references (not inherited from its
/// bases). They go into the class dict `dict`; `mro` is the new class's MRO after itself.
/// Returns them (borrowed from the dict) for [`bind_class_descriptors`].
pub fn add_class_descriptors(
    vm: &mut Vm,
    dict: ObjId,
    bases_mro: &[ObjId],
    slots: Option<&[Rc<str>]>,
) -> PyResult<Vec<ObjId>> {
    let mut base_dict = false;
    let mut base_weak = false;
    for &m in bases_mro {
        if let Payload::Type(t) = vm.heap.payload(m) {
            base_dict |= t.has_dict || t.layout == Layout::Type;
            base_weak |= (t.heap_type && t.weakrefable)
                || matches!(
                    t.layout,
                    Layout::Set
                        | Layout::FrozenSet
                        | Layout::Type
                        | Layout::Int
                        | Layout::Bool
                        | Layout::Bytes
                        | Layout::Tuple
                );
        }
    }
    let wants = |n: &str| slots.map(|s| s.iter().any(|x| &**x == n)).unwrap_or(true);
    let add_dict = !base_dict && wants("__dict__");
    let add_weak = !base_weak && wants("__weakref__");
    let mut out = Vec::new();
    for (add, proto_ty, name) in [
        (add_dict, vm.types.base_exception, "__dict__"),
        (add_weak, vm.types.type_, "__weakref__"),
    ] {
        if !add {
            continue;
        }
        let Some((g, s)) = getset_parts(vm, proto_ty, name) else {
            continue;
        };
        vm.incref(g);
        if let Some(s) = s {
            vm.incref(s);
        }
        let d = new_getset(vm, None, g, s);
        let key = vm.intern_str(name);
        let r = vm.dict_set_item(dict, key, d);
        vm.decref(key);
        vm.decref(d);
        r?;
        out.push(d);
    }
    Ok(out)
}

/// Points the descriptors made by [`add_class_descriptors`] at their class.
pub fn bind_class_descriptors(vm: &mut Vm, descrs: &[ObjId], cls: ObjId) {
    for &d in descrs {
        if let Payload::Property { doc, .. } = vm.heap.payload_mut(d) {
            if doc.is_none() {
                *doc = Some(cls);
                vm.incref(cls);
            }
        }
    }
}

// ----- object -----

fn name_arg(vm: &mut Vm, args: &Args, method: &str, n: usize) -> PyResult<(ObjId, ObjId)> {
    let obj = check_self(vm, args, vm.types.object, method)?;
    if args.args.len() != n + 1 {
        let given = args.args.len() - 1;
        return Err(vm.type_error(&format!(
            "expected {n} argument{}, got {given}",
            if n == 1 { "" } else { "s" }
        )));
    }
    let name = args.args[1];
    if !matches!(vm.heap.payload(name), Payload::Str(_)) {
        let tn = vm.type_name_of(name);
        return Err(vm.type_error(&format!("attribute name must be string, not '{tn}'")));
    }
    Ok((obj, name))
}

/// `object.__getattribute__(self, name)`: the generic lookup (no `__getattr__`).
fn object_getattribute(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (obj, name) = name_arg(vm, args, "__getattribute__", 1)?;
    let n = vm.str_of(name);
    match generic_getattr(vm, obj, &n)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(obj, &n)),
    }
}

/// `object.__setattr__(self, name, value)`.
fn object_setattr(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (obj, name) = name_arg(vm, args, "__setattr__", 2)?;
    generic_setattr(vm, obj, name, Some(args.args[2]))?;
    Ok(vm.new_none())
}

/// `object.__delattr__(self, name)`.
fn object_delattr(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (obj, name) = name_arg(vm, args, "__delattr__", 1)?;
    generic_setattr(vm, obj, name, None)?;
    Ok(vm.new_none())
}

/// Names of the classes along an MRO (`merge_class_dict`).
fn class_names(vm: &Vm, cls: ObjId) -> Vec<Rc<str>> {
    let mut out = Vec::new();
    for &m in vm.mro_of(cls) {
        if let Payload::Type(t) = vm.heap.payload(m) {
            out.extend(vm.dict_items(t.dict).into_iter().map(|(k, _)| vm.str_of(k)));
        }
    }
    out
}

fn name_list(vm: &mut Vm, names: Vec<Rc<str>>) -> ObjId {
    let items: Vec<ObjId> = names.iter().map(|n| vm.intern_str(n)).collect();
    let list = vm.new_list(Vec::new());
    super::list::extend_owned(vm, list, items);
    list
}

/// `object___dir___impl`: the instance `__dict__` (materialised, as CPython reads it) plus
/// the attributes of the class and its bases.
fn object_dir(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let obj = check_self(vm, args, vm.types.object, "__dir__")?;
    let mut names = Vec::new();
    if vm.type_has_dict(vm.heap.type_of(obj))
        || matches!(vm.heap.payload(obj), Payload::Exception(_))
    {
        if let Some(d) = vm.instance_dict(obj) {
            names.extend(vm.dict_items(d).into_iter().map(|(k, _)| vm.str_of(k)));
            vm.decref(d);
        }
    }
    let ty = vm.heap.type_of(obj);
    names.extend(class_names(vm, ty));
    let mut seen = std::collections::HashSet::new();
    names.retain(|n| seen.insert(n.clone()));
    Ok(name_list(vm, names))
}

/// `object.__format__(self, spec)`: `str(self)` for an empty spec.
fn object_format(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let obj = check_self(vm, args, vm.types.object, "__format__")?;
    check_args(vm, "__format__", args, 2, 2)?;
    let spec = super::arg_str(vm, args.args[1], "__format__() argument")?;
    if !spec.is_empty() {
        let tn = vm.type_name_of(obj);
        return Err(vm.type_error(&format!(
            "unsupported format string passed to {tn}.__format__"
        )));
    }
    vm.str(obj)
}

/// `object.__lt__` and friends: NotImplemented.
fn object_richcompare(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "comparison", args, 2, 2)?;
    Ok(vm.incref(vm.not_implemented))
}

fn object_init_subclass(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    if !args.kwargs.is_empty() || args.args.len() > 1 {
        let name = args
            .args
            .first()
            .map(|&c| vm.type_name(c))
            .unwrap_or_default();
        return Err(vm.type_error(&format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(vm.new_none())
}

fn object_subclasshook(vm: &mut Vm, _args: &Args) -> PyResult<ObjId> {
    Ok(vm.incref(vm.not_implemented))
}

fn object_get_class(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let obj = check_self(vm, args, vm.types.object, "__class__")?;
    let t = vm.heap.type_of(obj);
    Ok(vm.incref(t))
}

/// `object_set_class`: only between heap types with the same instance layout.
fn object_set_class(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let obj = check_self(vm, args, vm.types.object, "__class__")?;
    let Some(&new) = args.args.get(1) else {
        return Err(vm.type_error("can't delete __class__ attribute"));
    };
    let Payload::Type(nt) = vm.heap.payload(new) else {
        let tn = vm.type_name_of(new);
        return Err(vm.type_error(&format!(
            "__class__ must be set to a class, not '{tn}' object"
        )));
    };
    let old = vm.heap.type_of(obj);
    let (new_layout, new_heap, new_slots, new_dict) =
        (nt.layout, nt.heap_type, nt.slots.clone(), nt.has_dict);
    let Payload::Type(ot) = vm.heap.payload(old) else {
        return Ok(vm.new_none());
    };
    if !ot.heap_type || !new_heap {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if ot.layout != new_layout || ot.slots != new_slots || ot.has_dict != new_dict {
        let (a, b) = (vm.type_name(new), vm.type_name(old));
        return Err(vm.type_error(&format!(
            "__class__ assignment: '{a}' object layout differs from '{b}'"
        )));
    }
    vm.incref(new);
    vm.heap.get_mut(obj).ty = new;
    vm.decref(old);
    Ok(vm.new_none())
}

// ----- pickling protocol (what copy.copy / copy.deepcopy use) -----

fn copyreg_attr(vm: &mut Vm, name: &str) -> PyResult<ObjId> {
    let m = vm.import_module("copyreg")?;
    let r = vm.getattr_str(m, name);
    vm.decref(m);
    r
}

/// `object.__reduce_ex__(protocol)`: an overriding `__reduce__` wins; otherwise
/// `_common_reduce`.
fn object_reduce_ex(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let obj = check_self(vm, args, vm.types.object, "__reduce_ex__")?;
    check_args(vm, "__reduce_ex__", args, 2, 2)?;
    let protocol = super::arg_index(vm, args.args[1])?;
    let ty = vm.heap.type_of(obj);
    let object_reduce = vm.lookup_type_attr_borrowed(vm.types.object, "__reduce__");
    let cls_reduce = vm.lookup_type_attr_borrowed(ty, "__reduce__");
    if cls_reduce != object_reduce {
        let reduce = vm.getattr_str(obj, "__reduce__")?;
        let r = vm.call_object(reduce, &Args::default());
        vm.decref(reduce);
        return r;
    }
    common_reduce(vm, obj, protocol)
}

/// `object.__sizeof__()`: the object's own size, without the GC header and pre-header
/// that `sys.getsizeof` adds.
fn object_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let obj = check_self(vm, args, vm.types.object, "__sizeof__")?;
    check_args(vm, "__sizeof__", args, 1, 1)?;
    let size = vm.basic_sizeof(obj);
    Ok(vm.new_int(size as i64))
}

fn object_reduce(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let obj = check_self(vm, args, vm.types.object, "__reduce__")?;
    common_reduce(vm, obj, 0)
}

/// `_common_reduce`.
fn common_reduce(vm: &mut Vm, obj: ObjId, protocol: i64) -> PyResult<ObjId> {
    if protocol >= 2 {
        return reduce_newobj(vm, obj);
    }
    let f = copyreg_attr(vm, "_reduce_ex")?;
    let p = vm.new_int(protocol);
    let r = vm.call_object(f, &Args::positional(vec![obj, p]));
    vm.decref(p);
    vm.decref(f);
    r
}

/// `_PyObject_GetNewArguments` (the `__getnewargs__` form): the arguments tuple, if any.
fn get_new_arguments(vm: &mut Vm, obj: ObjId) -> PyResult<Option<ObjId>> {
    let Some(getnewargs) = vm.getattr_str_special(obj, "__getnewargs__") else {
        return Ok(None);
    };
    let r = vm.call_object(getnewargs, &Args::default());
    vm.decref(getnewargs);
    let args = r?;
    if !matches!(vm.heap.payload(args), Payload::Tuple(_)) {
        let tn = vm.type_name_of(args);
        vm.decref(args);
        return Err(vm.type_error(&format!("__getnewargs__ should return a tuple, not '{tn}'")));
    }
    Ok(Some(args))
}

fn cannot_pickle(vm: &mut Vm, obj: ObjId) -> PyErr {
    let tn = vm.type_name_of(obj);
    vm.type_error(&format!("cannot pickle '{tn}' object"))
}

/// `reduce_newobj`: `(copyreg.__newobj__, (cls, *args), state, listitems, dictitems)`.
fn reduce_newobj(vm: &mut Vm, obj: ObjId) -> PyResult<ObjId> {
    let args = get_new_arguments(vm, obj)?;
    let has_args = args.is_some();
    let newobj = match copyreg_attr(vm, "__newobj__") {
        Ok(f) => f,
        Err(e) => {
            vm.xdecref(args);
            return Err(e);
        }
    };
    let cls = vm.heap.type_of(obj);
    let mut newargs = vec![vm.incref(cls)];
    if let Some(a) = args {
        newargs.extend(vm.tuple_items(Some(a)).into_iter().map(|x| vm.incref(x)));
        vm.decref(a);
    }
    let newargs = vm.new_tuple(newargs);
    let is_list = matches!(vm.heap.payload(obj), Payload::List(_));
    let is_dict = matches!(vm.heap.payload(obj), Payload::Dict(_));
    let state = match getstate(vm, obj, !(has_args || is_list || is_dict)) {
        Ok(s) => s,
        Err(e) => {
            vm.decref(newobj);
            vm.decref(newargs);
            return Err(e);
        }
    };
    let items = (|| -> PyResult<(ObjId, ObjId)> {
        let listitems = if is_list {
            vm.get_iter(obj)?
        } else {
            vm.new_none()
        };
        let dictitems = if is_dict {
            let items = vm.getattr_str(obj, "items");
            let view = items.and_then(|m| {
                let r = vm.call_object(m, &Args::default());
                vm.decref(m);
                r
            });
            let view = match view {
                Ok(v) => v,
                Err(e) => {
                    vm.decref(listitems);
                    return Err(e);
                }
            };
            let it = vm.get_iter(view);
            vm.decref(view);
            match it {
                Ok(it) => it,
                Err(e) => {
                    vm.decref(listitems);
                    return Err(e);
                }
            }
        } else {
            vm.new_none()
        };
        Ok((listitems, dictitems))
    })();
    match items {
        Ok((l, d)) => Ok(vm.new_tuple(vec![newobj, newargs, state, l, d])),
        Err(e) => {
            vm.decref(newobj);
            vm.decref(newargs);
            vm.decref(state);
            Err(e)
        }
    }
}

/// `_PyObject_GetState`: the state a builtin type's `__reduce__` hands to copy.
pub fn py_object_get_state(vm: &mut Vm, obj: ObjId) -> PyResult<ObjId> {
    getstate(vm, obj, false)
}

/// `_PyEval_GetBuiltin`: a builtin by name (new reference).
pub fn eval_get_builtin(vm: &mut Vm, name: &str) -> PyResult<ObjId> {
    match vm.dict_get_str_borrowed(vm.builtins_dict, name) {
        Some(f) => Ok(vm.incref(f)),
        None => Err(vm.new_error_msg(vm.types.attribute_error, name)),
    }
}

// Objects/classobject.c: method_new_impl — `method(function, instance)`.
fn method_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    let rest = args.args.get(1..).unwrap_or(&[]);
    let [func, instance] = rest else {
        return Err(vm.type_error(&format!("method expected 2 arguments, got {}", rest.len())));
    };
    if !super::functions::is_callable(vm, *func) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if *instance == vm.none {
        return Err(vm.type_error("instance must not be None"));
    }
    let (func, self_) = (vm.incref(*func), vm.incref(*instance));
    Ok(vm.alloc(vm.types.method, Payload::BoundMethod { func, self_ }))
}

// Objects/classobject.c: method___reduce___impl — `(getattr, (self, func.__name__))`.
fn method_reduce(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = check_self(vm, args, vm.types.method, "__reduce__")?;
    let Payload::BoundMethod { func, self_ } = *vm.heap.payload(me) else {
        return Err(cannot_pickle(vm, me));
    };
    let name = vm.getattr_str(func, "__name__")?;
    let getattr = match eval_get_builtin(vm, "getattr") {
        Ok(g) => g,
        Err(e) => {
            vm.decref(name);
            return Err(e);
        }
    };
    let self_ = vm.incref(self_);
    let pair = vm.new_tuple(vec![self_, name]);
    Ok(vm.new_tuple(vec![getattr, pair]))
}

/// `object_getstate`: the object's `__getstate__()`, or the default state.
fn getstate(vm: &mut Vm, obj: ObjId, required: bool) -> PyResult<ObjId> {
    let ty = vm.heap.type_of(obj);
    let default = vm.lookup_type_attr_borrowed(vm.types.object, "__getstate__");
    if vm.lookup_type_attr_borrowed(ty, "__getstate__") != default {
        let g = vm.getattr_str(obj, "__getstate__")?;
        let r = vm.call_object(g, &Args::default());
        vm.decref(g);
        return r;
    }
    getstate_default(vm, obj, required)
}

/// `object.__getstate__()`.
fn object_getstate(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let obj = check_self(vm, args, vm.types.object, "__getstate__")?;
    getstate_default(vm, obj, false)
}

/// `_PyType_GetSlotNames`: `cls.__slotnames__`, computed (and cached on the class) by
/// `copyreg._slotnames`.
fn slot_names(vm: &mut Vm, cls: ObjId) -> PyResult<Vec<ObjId>> {
    let cached = vm.dict_get_str_borrowed(type_dict(vm, cls), "__slotnames__");
    let names = match cached {
        Some(n) => vm.incref(n),
        None => {
            let f = copyreg_attr(vm, "_slotnames")?;
            let r = vm.call_object(f, &Args::positional(vec![cls]));
            vm.decref(f);
            r?
        }
    };
    let out = match vm.heap.payload(names) {
        Payload::List(l) => Ok(l.items.clone()),
        Payload::None => Ok(Vec::new()),
        _ => Err(vm.type_error("copyreg._slotnames didn't return a list or None")),
    };
    let out = out.inspect(|v| {
        for &x in v {
            vm.incref(x);
        }
    });
    vm.decref(names);
    out
}

/// `object_getstate_default`: the instance dict (None when empty), plus a dict of the
/// `__slots__` values when there are any.
fn getstate_default(vm: &mut Vm, obj: ObjId, required: bool) -> PyResult<ObjId> {
    if required && !matches!(vm.heap.payload(obj), Payload::Plain) {
        return Err(cannot_pickle(vm, obj));
    }
    // `_PyObject_IsInstanceDictEmpty`: slot values stored inline are not part of the dict.
    let ty = vm.heap.type_of(obj);
    let empty = match vm.heap.get(obj).attrs.as_deref() {
        None => true,
        Some(Attrs::Inline(values)) => values.iter().all(|(k, v)| {
            if &**k == "__dict__" {
                vm.dict_items(*v).is_empty()
            } else {
                vm.is_slot_name(ty, k)
            }
        }),
        Some(Attrs::Dict(d)) => vm.dict_items(*d).is_empty(),
    };
    let has_dict = vm.type_has_dict(vm.heap.type_of(obj));
    let mut state = if empty || !has_dict {
        vm.new_none()
    } else {
        match vm.instance_dict(obj) {
            Some(d) => d,
            None => vm.new_none(),
        }
    };
    if !vm.is_heap_type(vm.heap.type_of(obj)) {
        return Ok(state);
    }
    let ty = vm.heap.type_of(obj);
    let names = match slot_names(vm, ty) {
        Ok(n) => n,
        Err(e) => {
            vm.decref(state);
            return Err(e);
        }
    };
    if !names.is_empty() {
        let slots = vm.new_dict();
        let mut result = Ok(());
        for &n in &names {
            if result.is_err() {
                break;
            }
            let text = vm.str_of(n);
            result = match lookup_attr(vm, obj, &text) {
                Ok(Some(v)) => {
                    let r = vm.dict_set_item(slots, n, v);
                    vm.decref(v);
                    r
                }
                Ok(None) => Ok(()),
                Err(e) => Err(e),
            };
        }
        for n in names {
            vm.decref(n);
        }
        if let Err(e) = result {
            vm.decref(slots);
            vm.decref(state);
            return Err(e);
        }
        if vm.dict_items(slots).is_empty() {
            vm.decref(slots);
        } else {
            state = vm.new_tuple(vec![state, slots]);
        }
    }
    Ok(state)
}

// ----- type -----

/// `type(x)` / `type(name, bases, dict)` (`type_new`).
fn type_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&meta) = args.args.first() else {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    };
    let rest = &args.args[1..];
    if meta == vm.types.type_ && rest.len() == 1 && args.kwargs.is_empty() {
        let t = vm.heap.type_of(rest[0]);
        return Ok(vm.incref(t));
    }
    if rest.len() != 3 {
        let msg = if meta == vm.types.type_ {
            "type() takes 1 or 3 arguments".to_string()
        } else {
            format!(
                "type.__new__() takes exactly 3 arguments ({} given)",
                rest.len()
            )
        };
        return Err(vm.type_error(&msg));
    }
    let (name, bases, ns) = (rest[0], rest[1], rest[2]);
    let checks = [
        (
            name,
            matches!(vm.heap.payload(name), Payload::Str(_)),
            1,
            "str",
        ),
        (
            bases,
            matches!(vm.heap.payload(bases), Payload::Tuple(_)),
            2,
            "tuple",
        ),
        (
            ns,
            matches!(vm.heap.payload(ns), Payload::Dict(_)),
            3,
            "dict",
        ),
    ];
    for (v, ok, i, want) in checks {
        if !ok {
            let tn = vm.type_name_of(v);
            return Err(vm.type_error(&format!(
                "type.__new__() argument {i} must be {want}, not {tn}"
            )));
        }
    }
    let base_list = vm.tuple_items(Some(bases));
    for &b in &base_list {
        if !matches!(vm.heap.payload(b), Payload::Type(_)) {
            return Err(vm.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
        }
    }
    // The most derived metaclass of the bases wins; its own `__new__` makes the class
    // (`type('E', (SomeEnum,), ns)` goes through EnumType.__new__).
    let winner = super::object::calculate_metaclass(vm, Some(meta), &base_list)?;
    let meta = if winner != meta {
        if let Some(new) = vm.lookup_type_attr_borrowed(winner, "__new__") {
            let new = vm.unwrap_staticmethod(new);
            if matches!(vm.heap.payload(new), Payload::Function(_)) {
                let call = Args {
                    args: vec![winner, name, bases, ns],
                    kwargs: args.kwargs.clone(),
                };
                vm.incref(new);
                let r = vm.call_object(new, &call);
                vm.decref(new);
                return r;
            }
        }
        winner
    } else {
        meta
    };
    // `type_new_set_module`: `__module__` from the caller's globals when the dict has none.
    let ns_copy = vm.new_dict();
    let mut r = Ok(());
    for (k, v) in vm.dict_items(ns) {
        if r.is_ok() {
            r = vm.dict_set_item(ns_copy, k, v);
        }
    }
    if r.is_ok() && vm.dict_get_str_borrowed(ns_copy, "__module__").is_none() {
        let module = vm
            .frames
            .last()
            .and_then(|f| vm.dict_get_str_borrowed(f.globals, "__name__"));
        if let Some(m) = module {
            set_str_item(vm, ns_copy, "__module__", m);
        }
    }
    let cls = r.and_then(|_| {
        super::object::new_class_kw(vm, name, &base_list, None, ns_copy, &args.kwargs)
    });
    vm.decref(ns_copy);
    let cls = cls?;
    if meta != vm.types.type_ && vm.is_heap_type(meta) {
        vm.incref(meta);
        let old = std::mem::replace(&mut vm.heap.get_mut(cls).ty, meta);
        if vm.is_heap_type(old) {
            vm.decref(old);
        }
    }
    Ok(cls)
}

/// `type_init`: accepts what `type.__new__` accepted.
fn type_init(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    type_self(vm, args, "__init__")?;
    let n = args.args.len() - 1;
    if n == 1 && !args.kwargs.is_empty() {
        return Err(vm.type_error("type.__init__() takes no keyword arguments"));
    }
    if n != 1 && n != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(vm.new_none())
}

fn type_self(vm: &mut Vm, args: &Args, method: &str) -> PyResult<ObjId> {
    check_self(vm, args, vm.types.type_, method)
}

/// `type.__call__(cls, *args, **kwargs)`.
fn type_call(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let cls = type_self(vm, args, "__call__")?;
    let rest = Args {
        args: args.args[1..].to_vec(),
        kwargs: args.kwargs.clone(),
    };
    vm.type_call(cls, &rest)
}

/// `type.mro()`: the MRO as a new list.
fn type_mro(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let cls = type_self(vm, args, "mro")?;
    check_args(vm, "mro", args, 1, 1)?;
    let items: Vec<ObjId> = vm.mro_of(cls).to_vec();
    for &i in &items {
        vm.incref(i);
    }
    Ok(vm.new_list(items))
}

/// `type.__subclasses__()`: the live classes listing this one as a direct base, oldest first.
fn type_subclasses(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let cls = type_self(vm, args, "__subclasses__")?;
    let mut subs: Vec<(u64, ObjId)> = vm
        .heap
        .iter()
        .filter_map(|(id, o)| match &o.payload {
            Payload::Type(t) if t.bases.contains(&cls) => Some((o.gc.seq, id)),
            _ => None,
        })
        .collect();
    subs.sort();
    let items: Vec<ObjId> = subs.into_iter().map(|(_, id)| vm.incref(id)).collect();
    Ok(vm.new_list(items))
}

fn type_instancecheck(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let cls = type_self(vm, args, "__instancecheck__")?;
    check_args(vm, "__instancecheck__", args, 2, 2)?;
    let r = super::functions::isinstance(vm, args.args[1], cls)?;
    Ok(vm.new_bool(r))
}

fn type_subclasscheck(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let cls = type_self(vm, args, "__subclasscheck__")?;
    check_args(vm, "__subclasscheck__", args, 2, 2)?;
    let r = super::functions::issubclass(vm, args.args[1], cls)?;
    Ok(vm.new_bool(r))
}

/// `type.__dir__()`: the names of the class and its bases.
fn type_dir(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let cls = type_self(vm, args, "__dir__")?;
    let mut names = class_names(vm, cls);
    let mut seen = std::collections::HashSet::new();
    names.retain(|n| seen.insert(n.clone()));
    Ok(name_list(vm, names))
}

/// `type.__prepare__(name, bases, **kwds)`: a new empty namespace.
fn type_prepare(vm: &mut Vm, _args: &Args) -> PyResult<ObjId> {
    Ok(vm.new_dict())
}

// ----- generators -----

/// The result of resuming a generator as `__next__`/`send` report it: the yielded value, or
/// StopIteration carrying the return value (`gen_send_ex`).
fn gen_result(vm: &mut Vm, r: PyResult<FrameExit>) -> PyResult<ObjId> {
    match r? {
        FrameExit::Yield(v) => Ok(v),
        FrameExit::Return(v) => {
            if v == vm.none {
                vm.decref(v);
                return Err(vm.new_error(vm.types.stop_iteration, None));
            }
            let exc = vm.call_object(vm.types.stop_iteration, &Args::positional(vec![v]));
            vm.decref(v);
            Err(PyErr::Exception(exc?))
        }
    }
}

/// `next(gen)`.
pub fn generator_next(vm: &mut Vm, gen: ObjId) -> PyResult<ObjId> {
    let none = vm.none;
    let r = vm.generator_send(gen, none);
    gen_result(vm, r)
}

/// The generator or coroutine the method was called on.
fn gen_self(vm: &mut Vm, args: &Args, method: &str) -> PyResult<ObjId> {
    let expected = match args.args.first() {
        Some(&s) if vm.is_coroutine(s) => vm.types.coroutine,
        _ => vm.types.generator,
    };
    check_self(vm, args, expected, method)
}

fn gen_next_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let gen = gen_self(vm, args, "__next__")?;
    generator_next(vm, gen)
}

fn gen_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let gen = gen_self(vm, args, "__iter__")?;
    Ok(vm.incref(gen))
}

fn gen_send(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let gen = gen_self(vm, args, "send")?;
    if args.args.len() != 2 {
        let n = args.args.len() - 1;
        return Err(vm.type_error(&format!(
            "generator.send() takes exactly one argument ({n} given)"
        )));
    }
    let r = vm.generator_send(gen, args.args[1]);
    gen_result(vm, r)
}

/// `_gen_throw`'s argument normalisation: the exception instance to raise (owned).
fn throw_exception(
    vm: &mut Vm,
    typ: ObjId,
    val: Option<ObjId>,
    tb: Option<ObjId>,
) -> PyResult<ObjId> {
    let base = vm.types.base_exception;
    let exc = if matches!(vm.heap.payload(typ), Payload::Type(_)) && vm.is_subtype(typ, base) {
        match val {
            Some(v) if vm.isinstance_of(v, typ) => vm.incref(v),
            Some(v) => {
                let a = match vm.heap.payload(v) {
                    Payload::Tuple(items) => items.clone(),
                    _ => vec![v],
                };
                vm.call_object(typ, &Args::positional(a))?
            }
            None => vm.call_object(typ, &Args::default())?,
        }
    } else if vm.isinstance_of(typ, base) {
        if val.is_some() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        vm.incref(typ)
    } else {
        let tn = vm.type_name_of(typ);
        return Err(vm.type_error(&format!(
            "exceptions must be classes or instances deriving from BaseException, not {tn}"
        )));
    };
    if let Some(t) = tb {
        if !matches!(vm.heap.payload(t), Payload::Traceback { .. }) {
            vm.decref(exc);
            return Err(vm.type_error("throw() third argument must be a traceback object"));
        }
        vm.incref(t);
        let old = match vm.heap.payload_mut(exc) {
            Payload::Exception(e) => e.traceback.replace(t),
            _ => Some(t),
        };
        vm.xdecref(old);
    }
    Ok(exc)
}

/// `gen.throw(typ[, val[, tb]])`: raises inside the generator at its `yield`.
fn gen_throw(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let gen = gen_self(vm, args, "throw")?;
    check_args(vm, "throw", args, 2, 4)?;
    let none = vm.none;
    let val = args.args.get(2).copied().filter(|&v| v != none);
    let tb = args.args.get(3).copied().filter(|&v| v != none);
    let exc = throw_exception(vm, args.args[1], val, tb)?;
    let r = vm.generator_throw(gen, exc);
    gen_result(vm, r)
}

/// `async_gen_aiter`: an async generator is its own async iterator.
fn agen_aiter(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let agen = check_self(vm, args, vm.types.async_generator, "__aiter__")?;
    Ok(vm.incref(agen))
}

/// `async_gen_anext`: an awaitable resuming the generator up to its next `yield`.
fn agen_anext(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let agen = check_self(vm, args, vm.types.async_generator, "__anext__")?;
    let none = vm.none;
    Ok(vm.new_asend(agen, none))
}

/// `async_gen_asend`: like `__anext__`, sending `value` in.
fn agen_asend(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let agen = check_self(vm, args, vm.types.async_generator, "asend")?;
    check_args(vm, "asend", args, 2, 2)?;
    Ok(vm.new_asend(agen, args.args[1]))
}

fn asend_await(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let asend = check_self(vm, args, vm.types.async_generator_asend, "__await__")?;
    Ok(vm.incref(asend))
}

fn asend_next(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let asend = check_self(vm, args, vm.types.async_generator_asend, "__next__")?;
    let none = vm.none;
    let r = vm.asend_send(asend, none);
    gen_result(vm, r)
}

fn asend_send_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let asend = check_self(vm, args, vm.types.async_generator_asend, "send")?;
    check_args(vm, "send", args, 2, 2)?;
    let r = vm.asend_send(asend, args.args[1]);
    gen_result(vm, r)
}

/// `_PyGen_Finalize` of a coroutine: one never started warns that it was never awaited; one
/// suspended inside its body is closed.
fn coro_del(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let coro = gen_self(vm, args, "__del__")?;
    let unstarted =
        matches!(vm.heap.payload(coro), Payload::Generator(g) if !g.started && g.frame.is_some());
    if unstarted {
        vm.warn_unawaited_coroutine(coro)?;
        return Ok(vm.new_none());
    }
    gen_close(vm, &Args::positional(vec![coro]))
}

/// `gen_close`: throws GeneratorExit; a generator that yields again is an error.
fn gen_close(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let gen = gen_self(vm, args, "close")?;
    check_args(vm, "close", args, 1, 1)?;
    let exc = vm.new_exception(vm.types.generator_exit, Vec::new());
    match vm.generator_throw(gen, exc) {
        Ok(FrameExit::Yield(v)) => {
            vm.decref(v);
            let msg = format!("{} ignored GeneratorExit", vm.gen_kind(gen));
            Err(vm.new_error_msg(vm.types.runtime_error, &msg))
        }
        Ok(FrameExit::Return(v)) => {
            vm.decref(v);
            Ok(vm.new_none())
        }
        Err(e) => {
            let e = match clear_if(vm, e, vm.types.generator_exit) {
                Ok(()) => return Ok(vm.new_none()),
                Err(e) => e,
            };
            clear_if(vm, e, vm.types.stop_iteration)?;
            Ok(vm.new_none())
        }
    }
}

// ----- functions, methods, modules -----

/// `func_descr_get`: a bound method, or the function itself when there is no instance.
fn function_get(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let f = check_self(vm, args, vm.types.function, "__get__")?;
    check_args(vm, "__get__", args, 2, 3)?;
    let obj = args.args[1];
    let none = vm.none;
    if obj == none {
        return Ok(vm.incref(f));
    }
    let owner = args.args.get(2).copied().unwrap_or(none);
    descr_get(vm, f, Some(obj), owner)
}

/// `__call__` of functions, bound methods and builtins.
fn callable_call(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&f) = args.args.first() else {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    };
    let rest = Args {
        args: args.args[1..].to_vec(),
        kwargs: args.kwargs.clone(),
    };
    vm.call_object(f, &rest)
}

/// `module.__dir__()`: the names in the module's namespace.
fn module_dir(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let m = check_self(vm, args, vm.types.module, "__dir__")?;
    let names: Vec<Rc<str>> = match vm.heap.payload(m) {
        Payload::Module(md) => vm
            .dict_items(md.dict)
            .into_iter()
            .map(|(k, _)| vm.str_of(k))
            .collect(),
        _ => Vec::new(),
    };
    Ok(sorted_name_list(vm, names))
}

/// The compiled code behind a code object argument.
fn code_self(vm: &mut Vm, args: &Args) -> PyResult<(ObjId, Rc<crate::compile::CodeObject>)> {
    let c = check_self(vm, args, vm.types.code, "__get__")?;
    match vm.heap.payload(c) {
        Payload::Code(d) => Ok((c, d.code.clone())),
        _ => Err(vm.type_error("not a code object")),
    }
}

fn str_tuple(vm: &mut Vm, names: &[Rc<str>]) -> ObjId {
    let items: Vec<ObjId> = names.iter().map(|n| vm.intern_str(n)).collect();
    vm.new_tuple(items)
}

macro_rules! code_getters {
    ($($f:ident => |$vm:ident, $c:ident| $e:expr),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
                let (_, $c) = code_self(vm, args)?;
                let $vm = vm;
                Ok($e)
            }
        )*
    };
}

code_getters!(
    code_name => |vm, c| vm.intern_str(&c.name),
    code_qualname => |vm, c| vm.new_str(&c.qualname),
    code_filename => |vm, c| vm.new_str(&c.filename),
    code_firstlineno => |vm, c| vm.new_int(c.firstlineno as i64),
    code_argcount => |vm, c| vm.new_int(c.argcount as i64),
    code_posonlyargcount => |vm, c| vm.new_int(c.posonlyargcount as i64),
    code_kwonlyargcount => |vm, c| vm.new_int(c.kwonlyargcount as i64),
    code_nlocals => |vm, c| vm.new_int(c.varnames.len() as i64),
    code_varnames => |vm, c| str_tuple(vm, &c.varnames),
    code_cellvars => |vm, c| str_tuple(vm, &c.cellvars),
    code_freevars => |vm, c| str_tuple(vm, &c.freevars),
    code_names => |vm, c| str_tuple(vm, &c.names),
    code_flags => |vm, c| vm.new_int(c.flags.co_flags()),
);

/// `co_consts`: the constants tuple itself.
fn code_consts(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (id, _) = code_self(vm, args)?;
    let t = match vm.heap.payload(id) {
        Payload::Code(d) => d.consts,
        _ => vm.none,
    };
    Ok(vm.incref(t))
}

/// `NoneType()`, `NotImplementedType()`, `ellipsis()`: the singleton.
fn singleton_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&cls) = args.args.first() else {
        return Err(vm.type_error("__new__(): not enough arguments"));
    };
    if args.args.len() > 1 || !args.kwargs.is_empty() {
        let tn = vm.type_name(cls);
        return Err(vm.type_error(&format!("{tn} takes no arguments")));
    }
    let v = if cls == vm.types.none_type {
        vm.none
    } else if cls == vm.types.not_implemented_type {
        vm.not_implemented
    } else {
        vm.ellipsis
    };
    Ok(vm.incref(v))
}

/// The fields of a traceback entry: (next, frame, lineno).
fn traceback_fields(vm: &mut Vm, args: &Args) -> PyResult<(Option<ObjId>, ObjId, u32)> {
    let tb = check_self(vm, args, vm.types.traceback, "__get__")?;
    match vm.heap.payload(tb) {
        Payload::Traceback {
            next,
            frame,
            lineno,
            ..
        } => Ok((*next, *frame, *lineno)),
        _ => Err(vm.type_error("not a traceback")),
    }
}

fn traceback_next(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (next, _, _) = traceback_fields(vm, args)?;
    Ok(vm.incref(next.unwrap_or(vm.none)))
}

fn traceback_frame(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (_, frame, _) = traceback_fields(vm, args)?;
    Ok(vm.incref(frame))
}

fn traceback_lineno(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (_, _, lineno) = traceback_fields(vm, args)?;
    Ok(vm.new_int(lineno as i64))
}

/// A frame object's fields.
fn frame_fields(vm: &mut Vm, args: &Args) -> PyResult<crate::heap::FrameObj> {
    let f = check_self(vm, args, vm.types.frame, "__get__")?;
    match vm.heap.payload(f) {
        Payload::Frame(fo) => Ok((**fo).clone()),
        _ => Err(vm.type_error("not a frame")),
    }
}

fn frame_code(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let f = frame_fields(vm, args)?;
    Ok(vm.incref(f.code))
}

fn frame_globals(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let f = frame_fields(vm, args)?;
    Ok(vm.incref(f.globals))
}

/// `f_lineno`: the running frame's current line, or the line where it stopped.
fn frame_lineno(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let f = frame_fields(vm, args)?;
    let line = match f.live_depth.and_then(|d| vm.frames.get(d)) {
        Some(live) => live.line(),
        None => f.lineno,
    };
    Ok(vm.new_int(line as i64))
}

fn frame_back(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let f = frame_fields(vm, args)?;
    Ok(vm.incref(f.back.unwrap_or(vm.none)))
}

/// `slice(stop)`, `slice(start, stop[, step])` (`slice_new`).
fn slice_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("slice() takes no keyword arguments"));
    }
    let rest = &args.args[1.min(args.args.len())..];
    let none = vm.none;
    let (start, stop, step) = match rest.len() {
        0 => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
        1 => (none, rest[0], none),
        2 => (rest[0], rest[1], none),
        3 => (rest[0], rest[1], rest[2]),
        n => return Err(vm.type_error(&format!("slice expected at most 3 arguments, got {n}"))),
    };
    for v in [start, stop, step] {
        vm.incref(v);
    }
    Ok(vm.alloc(vm.types.slice, Payload::Slice { start, stop, step }))
}

fn slice_parts(vm: &mut Vm, args: &Args) -> PyResult<[ObjId; 3]> {
    let s = check_self(vm, args, vm.types.slice, "__get__")?;
    match vm.heap.payload(s) {
        Payload::Slice { start, stop, step } => Ok([*start, *stop, *step]),
        _ => Err(vm.type_error("not a slice")),
    }
}

fn slice_start(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let p = slice_parts(vm, args)?;
    Ok(vm.incref(p[0]))
}

fn slice_stop(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let p = slice_parts(vm, args)?;
    Ok(vm.incref(p[1]))
}

fn slice_step(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let p = slice_parts(vm, args)?;
    Ok(vm.incref(p[2]))
}

// Objects/sliceobject.c: slice_reduce — `(slice, (start, stop, step))`.
fn slice_reduce(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let p = slice_parts(vm, args)?;
    let parts = p.iter().map(|&x| vm.incref(x)).collect();
    let parts = vm.new_tuple(parts);
    let ty = vm.incref(vm.types.slice);
    Ok(vm.new_tuple(vec![ty, parts]))
}

/// `slice.indices(length)`: `(start, stop, step)` clipped to a sequence of that length.
fn slice_indices_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = check_self(vm, args, vm.types.slice, "indices")?;
    check_args(vm, "indices", args, 2, 2)?;
    let n = super::functions::index_bigint(vm, args.args[1])?;
    if n < num_bigint::BigInt::from(0) {
        return Err(vm.value_error("length should not be negative"));
    }
    let len = usize::try_from(n).unwrap_or(usize::MAX >> 2);
    let (start, stop, step, _) = super::sequence::slice_indices(vm, s, len)?;
    let items = vec![vm.new_int(start), vm.new_int(stop), vm.new_int(step)];
    Ok(vm.new_tuple(items))
}
