//! Descriptors (Objects/descrobject.c, funcobject.c, typeobject.c): `property`,
//! `staticmethod`, `classmethod` and `super`, plus the generic attribute protocol
//! (`PyObject_GenericGetAttr` without `__getattr__`, `PyObject_GenericSetAttr` with data
//! descriptors) that `object.__getattribute__` / `object.__setattr__` expose.

use crate::heap::{ObjId, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::exceptions::check_self;
use super::types::add_getset;
use super::{add_method, check_args};

pub fn install(vm: &mut Vm) {
    let prop = vm.types.property;
    add_method(vm, prop, "__new__", property_new);
    add_method(vm, prop, "__get__", property_get);
    add_method(vm, prop, "__set__", property_set);
    add_method(vm, prop, "__delete__", property_delete);
    add_method(vm, prop, "getter", property_getter);
    add_method(vm, prop, "setter", property_setter);
    add_method(vm, prop, "deleter", property_deleter);
    add_getset(vm, prop, "fget", property_fget, None);
    add_getset(vm, prop, "fset", property_fset, None);
    add_getset(vm, prop, "fdel", property_fdel, None);
    add_getset(vm, prop, "__doc__", property_doc, None);
    let sm = vm.types.staticmethod;
    add_method(vm, sm, "__new__", staticmethod_new);
    add_method(vm, sm, "__get__", staticmethod_get);
    add_method(vm, sm, "__call__", staticmethod_call);
    add_getset(vm, sm, "__func__", wrapped_func, None);
    add_getset(vm, sm, "__wrapped__", wrapped_func, None);
    let cm = vm.types.classmethod;
    add_method(vm, cm, "__new__", classmethod_new);
    add_method(vm, cm, "__get__", classmethod_get);
    add_getset(vm, cm, "__func__", wrapped_func, None);
    add_getset(vm, cm, "__wrapped__", wrapped_func, None);
    let sup = vm.types.super_;
    add_method(vm, sup, "__new__", super_new);
    add_method(vm, sup, "__get__", super_descr_get);
    add_getset(vm, sup, "__thisclass__", super_thisclass, None);
    add_getset(vm, sup, "__self__", super_self, None);
    add_getset(vm, sup, "__self_class__", super_self_class, None);
}

// ----- the descriptor protocol -----

/// Whether a class attribute is a data descriptor (`__set__` or `__delete__`).
pub fn is_data_descriptor(vm: &Vm, descr: ObjId) -> bool {
    match vm.heap.payload(descr) {
        Payload::Property { .. } => true,
        _ => {
            let ty = vm.heap.type_of(descr);
            vm.is_heap_type(ty)
                && (vm.lookup_type_attr_borrowed(ty, "__set__").is_some()
                    || vm.lookup_type_attr_borrowed(ty, "__delete__").is_some())
        }
    }
}

/// `tp_descr_get(descr, obj, owner)` for every kind of descriptor; an attribute that is not
/// a descriptor comes back as is. New reference.
pub fn descr_get(vm: &mut Vm, descr: ObjId, obj: Option<ObjId>, owner: ObjId) -> PyResult<ObjId> {
    match vm.heap.payload(descr) {
        Payload::Function(_) => Ok(match obj {
            Some(o) => bind(vm, descr, o),
            None => vm.incref(descr),
        }),
        Payload::Builtin(b) if b.self_.is_none() && b.owner.is_some() => {
            let mut bound = b.clone();
            let target = if b.class_method { Some(owner) } else { obj };
            match target {
                Some(t) => {
                    bound.self_ = Some(vm.incref(t));
                    Ok(vm.alloc(vm.types.builtin_function, Payload::Builtin(bound)))
                }
                None => Ok(vm.incref(descr)),
            }
        }
        Payload::StaticMethod(f) => {
            let f = *f;
            Ok(vm.incref(f))
        }
        Payload::ClassMethod(f) => {
            let f = *f;
            Ok(bind(vm, f, owner))
        }
        Payload::Property { fget, .. } => {
            let fget = *fget;
            match obj {
                None => Ok(vm.incref(descr)),
                Some(o) => match fget {
                    Some(g) => vm.call_object(g, &Args::positional(vec![o])),
                    None => {
                        let tn = vm.type_name_of(o);
                        Err(vm.new_error_msg(
                            vm.types.attribute_error,
                            &format!("property of '{tn}' object has no getter"),
                        ))
                    }
                },
            }
        }
        _ => {
            let ty = vm.heap.type_of(descr);
            if vm.is_heap_type(ty) {
                if let Some(get) = vm.lookup_type_attr(ty, "__get__") {
                    let none = vm.none;
                    let args = Args::positional(vec![descr, obj.unwrap_or(none), owner]);
                    let r = vm.call_object(get, &args);
                    vm.decref(get);
                    return r;
                }
            }
            Ok(vm.incref(descr))
        }
    }
}

/// A bound method `func.__get__(obj)` (new reference).
fn bind(vm: &mut Vm, func: ObjId, obj: ObjId) -> ObjId {
    vm.incref(func);
    vm.incref(obj);
    vm.alloc(vm.types.method, Payload::BoundMethod { func, self_: obj })
}

/// `PyObject_GenericGetAttr` without the `__getattr__` fallback (`object.__getattribute__`).
pub fn generic_getattr(vm: &mut Vm, obj: ObjId, name: &str) -> PyResult<Option<ObjId>> {
    if let Some(r) = vm.special_getattr(obj, name) {
        return r.map(Some);
    }
    if matches!(vm.heap.payload(obj), Payload::Type(_) | Payload::Module(_)) {
        return vm.getattr_opt(obj, name);
    }
    let ty = vm.heap.type_of(obj);
    let descr = vm.lookup_type_attr(ty, name);
    if let Some(d) = descr {
        if is_data_descriptor(vm, d) {
            let r = descr_get(vm, d, Some(obj), ty);
            vm.decref(d);
            return r.map(Some);
        }
    }
    if let Some(v) = vm.instance_attr(obj, name) {
        vm.xdecref(descr);
        return Ok(Some(vm.incref(v)));
    }
    match descr {
        Some(d) => {
            let r = descr_get(vm, d, Some(obj), ty);
            vm.decref(d);
            r.map(Some)
        }
        None => Ok(None),
    }
}

/// `PyObject_GenericSetAttr` (`object.__setattr__` / `object.__delattr__`): data descriptors
/// of the type first, then the instance's own storage; never the class's `__setattr__`.
pub fn generic_setattr(vm: &mut Vm, obj: ObjId, name: ObjId, value: Option<ObjId>) -> PyResult<()> {
    let n = vm.str_of(name);
    let ty = vm.heap.type_of(obj);
    if let Some(descr) = vm.lookup_type_attr(ty, &n) {
        let r = set_through_descriptor(vm, descr, obj, &n, value);
        vm.decref(descr);
        if let Some(r) = r {
            return r;
        }
    }
    vm.generic_setattr(obj, name, value)
}

/// `tp_descr_set`; None when `descr` is not a data descriptor.
fn set_through_descriptor(
    vm: &mut Vm,
    descr: ObjId,
    obj: ObjId,
    name: &str,
    value: Option<ObjId>,
) -> Option<PyResult<()>> {
    if let Payload::Property { fset, fdel, .. } = vm.heap.payload(descr) {
        let f = if value.is_some() { *fset } else { *fdel };
        return Some(match f {
            Some(f) => {
                let mut a = vec![obj];
                a.extend(value);
                vm.call_object(f, &Args::positional(a))
                    .map(|r| vm.decref(r))
            }
            None => {
                let what = if value.is_some() { "setter" } else { "deleter" };
                let tn = vm.type_name_of(obj);
                Err(vm.new_error_msg(
                    vm.types.attribute_error,
                    &format!("property '{name}' of '{tn}' object has no {what}"),
                ))
            }
        });
    }
    let dty = vm.heap.type_of(descr);
    if !vm.is_heap_type(dty) {
        return None;
    }
    let hook = if value.is_some() {
        "__set__"
    } else {
        "__delete__"
    };
    let set = vm.lookup_type_attr(dty, hook)?;
    let mut a = vec![descr, obj];
    a.extend(value);
    let r = vm.call_object(set, &Args::positional(a));
    vm.decref(set);
    Some(r.map(|v| vm.decref(v)))
}

// ----- property -----

/// The fields of a property object.
fn property_fields(vm: &Vm, p: ObjId) -> [Option<ObjId>; 4] {
    match vm.heap.payload(p) {
        Payload::Property {
            fget,
            fset,
            fdel,
            doc,
        } => [*fget, *fset, *fdel, *doc],
        _ => [None; 4],
    }
}

fn prop_self(vm: &mut Vm, args: &Args, method: &str) -> PyResult<ObjId> {
    check_self(vm, args, vm.types.property, method)
}

/// A new property from borrowed parts (None / Python None = absent); the docstring falls back
/// to the getter's (`property_init`).
fn make_property(vm: &mut Vm, parts: [Option<ObjId>; 4]) -> PyResult<ObjId> {
    let none = vm.none;
    let [fget, fset, fdel, doc] = parts.map(|p| p.filter(|&v| v != none));
    let doc = match (doc, fget) {
        (Some(d), _) => Some(vm.incref(d)),
        (None, Some(g)) => match super::functions::lookup_attr(vm, g, "__doc__")? {
            Some(d) if d == none => {
                vm.decref(d);
                None
            }
            other => other,
        },
        (None, None) => None,
    };
    for f in [fget, fset, fdel].into_iter().flatten() {
        vm.incref(f);
    }
    Ok(vm.alloc(
        vm.types.property,
        Payload::Property {
            fget,
            fset,
            fdel,
            doc,
        },
    ))
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
fn property_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let names = ["fget", "fset", "fdel", "doc"];
    let pos = &args.args[1.min(args.args.len())..];
    if pos.len() > 4 {
        let n = pos.len();
        return Err(vm.type_error(&format!("property() takes at most 4 arguments ({n} given)")));
    }
    let mut parts: [Option<ObjId>; 4] = [None; 4];
    for (i, &p) in pos.iter().enumerate() {
        parts[i] = Some(p);
    }
    for (k, v) in &args.kwargs {
        let Some(i) = names.iter().position(|n| **n == **k) else {
            return Err(vm.type_error(&format!(
                "'{k}' is an invalid keyword argument for property()"
            )));
        };
        if parts[i].is_some() {
            return Err(vm.type_error(&format!(
                "argument for property() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        parts[i] = Some(*v);
    }
    make_property(vm, parts)
}

/// `property.__get__(obj, type=None)`.
fn property_get(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let p = prop_self(vm, args, "__get__")?;
    check_args(vm, "__get__", args, 2, 3)?;
    let obj = args.args[1];
    if obj == vm.none {
        return Ok(vm.incref(p));
    }
    let owner = vm.heap.type_of(obj);
    descr_get(vm, p, Some(obj), owner)
}

fn property_set_or_delete(
    vm: &mut Vm,
    p: ObjId,
    obj: ObjId,
    value: Option<ObjId>,
) -> PyResult<ObjId> {
    let [_, fset, fdel, _] = property_fields(vm, p);
    let f = if value.is_some() { fset } else { fdel };
    match f {
        Some(f) => {
            let mut a = vec![obj];
            a.extend(value);
            vm.call_object(f, &Args::positional(a))
        }
        None => {
            let what = if value.is_some() { "setter" } else { "deleter" };
            let tn = vm.type_name_of(obj);
            Err(vm.new_error_msg(
                vm.types.attribute_error,
                &format!("property of '{tn}' object has no {what}"),
            ))
        }
    }
}

fn property_set(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let p = prop_self(vm, args, "__set__")?;
    check_args(vm, "__set__", args, 3, 3)?;
    let r = property_set_or_delete(vm, p, args.args[1], Some(args.args[2]))?;
    vm.decref(r);
    Ok(vm.new_none())
}

fn property_delete(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let p = prop_self(vm, args, "__delete__")?;
    check_args(vm, "__delete__", args, 2, 2)?;
    let r = property_set_or_delete(vm, p, args.args[1], None)?;
    vm.decref(r);
    Ok(vm.new_none())
}

/// `property_copy`: a new property with one accessor replaced. A docstring that came from
/// the old getter is taken from the new one.
fn property_copy(vm: &mut Vm, args: &Args, method: &str, slot: usize) -> PyResult<ObjId> {
    let p = prop_self(vm, args, method)?;
    check_args(vm, method, args, 2, 2)?;
    let mut parts = property_fields(vm, p);
    let doc_from_getter = match (parts[0], parts[3]) {
        (Some(g), Some(d)) => match super::functions::lookup_attr(vm, g, "__doc__")? {
            Some(gd) => {
                vm.decref(gd);
                gd == d
            }
            None => false,
        },
        _ => false,
    };
    parts[slot] = Some(args.args[1]);
    if doc_from_getter {
        parts[3] = None;
    }
    make_property(vm, parts)
}

fn property_getter(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    property_copy(vm, args, "getter", 0)
}

fn property_setter(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    property_copy(vm, args, "setter", 1)
}

fn property_deleter(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    property_copy(vm, args, "deleter", 2)
}

fn property_field(vm: &mut Vm, args: &Args, i: usize) -> PyResult<ObjId> {
    let p = prop_self(vm, args, "__get__")?;
    let v = property_fields(vm, p)[i].unwrap_or(vm.none);
    Ok(vm.incref(v))
}

fn property_fget(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    property_field(vm, args, 0)
}

fn property_fset(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    property_field(vm, args, 1)
}

fn property_fdel(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    property_field(vm, args, 2)
}

fn property_doc(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    property_field(vm, args, 3)
}

// ----- staticmethod, classmethod -----

fn wrapper_new(vm: &mut Vm, args: &Args, name: &str, ty: ObjId) -> PyResult<ObjId> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
    }
    let n = args.args.len().saturating_sub(1);
    if n != 1 {
        return Err(vm.type_error(&format!("{name} expected 1 argument, got {n}")));
    }
    let f = vm.incref(args.args[1]);
    let payload = if ty == vm.types.staticmethod {
        Payload::StaticMethod(f)
    } else {
        Payload::ClassMethod(f)
    };
    Ok(vm.alloc(ty, payload))
}

fn staticmethod_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    wrapper_new(vm, args, "staticmethod", vm.types.staticmethod)
}

fn classmethod_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    wrapper_new(vm, args, "classmethod", vm.types.classmethod)
}

/// The function inside a staticmethod or classmethod.
fn wrapped(vm: &Vm, w: ObjId) -> Option<ObjId> {
    match vm.heap.payload(w) {
        Payload::StaticMethod(f) | Payload::ClassMethod(f) => Some(*f),
        _ => None,
    }
}

fn wrapper_self(vm: &mut Vm, args: &Args, method: &str) -> PyResult<ObjId> {
    let s = args.args.first().copied();
    match s.and_then(|s| wrapped(vm, s)) {
        Some(f) => Ok(f),
        None => {
            let got = s.map(|s| vm.type_name_of(s)).unwrap_or_default();
            Err(vm.type_error(&format!(
                "descriptor '{method}' requires a 'staticmethod' object but received a '{got}'"
            )))
        }
    }
}

fn wrapped_func(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let f = wrapper_self(vm, args, "__func__")?;
    Ok(vm.incref(f))
}

fn staticmethod_get(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let f = wrapper_self(vm, args, "__get__")?;
    check_args(vm, "__get__", args, 2, 3)?;
    Ok(vm.incref(f))
}

/// `sm_call` (3.10+): a staticmethod object is callable.
fn staticmethod_call(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let f = wrapper_self(vm, args, "__call__")?;
    let rest = Args {
        args: args.args[1..].to_vec(),
        kwargs: args.kwargs.clone(),
    };
    vm.call_object(f, &rest)
}

/// `cm_descr_get`: bound to the class (`type(obj)` when no class is given).
fn classmethod_get(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let f = wrapper_self(vm, args, "__get__")?;
    check_args(vm, "__get__", args, 2, 3)?;
    let none = vm.none;
    let owner = match args.args.get(2).copied().filter(|&t| t != none) {
        Some(t) => t,
        None => vm.heap.type_of(args.args[1]),
    };
    Ok(bind(vm, f, owner))
}

// ----- super -----

/// `supercheck`: the type whose MRO a `super(type, obj)` walks.
fn supercheck(vm: &mut Vm, ty: ObjId, obj: ObjId) -> PyResult<ObjId> {
    if matches!(vm.heap.payload(obj), Payload::Type(_)) && vm.is_subtype(obj, ty) {
        return Ok(vm.incref(obj));
    }
    if vm.isinstance_of(obj, ty) {
        let t = vm.heap.type_of(obj);
        return Ok(vm.incref(t));
    }
    if let Some(c) = super::functions::lookup_attr(vm, obj, "__class__")? {
        if c != vm.heap.type_of(obj)
            && matches!(vm.heap.payload(c), Payload::Type(_))
            && vm.is_subtype(c, ty)
        {
            return Ok(c);
        }
        vm.decref(c);
    }
    Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"))
}

/// `super_init_without_args`: the class from the calling function's `__class__` cell and
/// its first argument.
fn super_without_args(vm: &mut Vm) -> PyResult<(ObjId, ObjId)> {
    let runtime = vm.types.runtime_error;
    let Some(frame) = vm.frames.last() else {
        return Err(vm.new_error_msg(runtime, "super(): no current frame"));
    };
    let code = frame.code.clone();
    if code.argcount == 0 {
        return Err(vm.new_error_msg(runtime, "super(): no arguments"));
    }
    let nv = code.varnames.len();
    let mut first = frame.fast.first().copied().flatten();
    // A first argument captured by an inner function lives in its cell.
    let arg_cell = code
        .cell2arg
        .iter()
        .position(|a| *a == Some(0))
        .and_then(|k| frame.fast.get(nv + k).copied().flatten());
    // 3.11's MAKE_CELL turns an argument's own slot into its cell (CO_FAST_CELL).
    let first_is_cell = code
        .varnames
        .first()
        .is_some_and(|n| code.cellvars.iter().any(|c| c == n));
    if let (true, Some(slot)) = (first_is_cell, first) {
        if let Payload::Cell(c) = vm.heap.payload(slot) {
            first = *c;
        }
    }
    if let Some(cell) = arg_cell {
        if let Payload::Cell(c) = vm.heap.payload(cell) {
            if c.is_some() || first.is_none() {
                first = *c;
            }
        }
    }
    let class_slot = code
        .freevars
        .iter()
        .position(|n| &**n == "__class__")
        .map(|k| nv + code.cellvars.len() + k);
    let class_cell = class_slot.map(|i| frame.fast.get(i).copied().flatten());
    let Some(first) = first else {
        return Err(vm.new_error_msg(runtime, "super(): arg[0] deleted"));
    };
    let cell = match class_cell {
        None => return Err(vm.new_error_msg(runtime, "super(): __class__ cell not found")),
        Some(None) => return Err(vm.new_error_msg(runtime, "super(): bad __class__ cell")),
        Some(Some(c)) => c,
    };
    let ty = match vm.heap.payload(cell) {
        Payload::Cell(Some(t)) => *t,
        Payload::Cell(None) => {
            return Err(vm.new_error_msg(runtime, "super(): empty __class__ cell"))
        }
        _ => return Err(vm.new_error_msg(runtime, "super(): bad __class__ cell")),
    };
    if !matches!(vm.heap.payload(ty), Payload::Type(_)) {
        let tn = vm.type_name_of(ty);
        return Err(vm.new_error_msg(runtime, &format!("super(): __class__ is not a type ({tn})")));
    }
    Ok((ty, first))
}

/// `super()`, `super(type)`, `super(type, obj)` (`super_init`).
fn super_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("super() takes no keyword arguments"));
    }
    let rest = &args.args[1.min(args.args.len())..];
    let (ty, obj) = match rest.len() {
        0 => {
            let (t, o) = super_without_args(vm)?;
            (t, Some(o))
        }
        1 | 2 => (rest[0], rest.get(1).copied().filter(|&o| o != vm.none)),
        n => return Err(vm.type_error(&format!("super() expected at most 2 arguments, got {n}"))),
    };
    if !matches!(vm.heap.payload(ty), Payload::Type(_)) {
        let tn = vm.type_name_of(ty);
        return Err(vm.type_error(&format!("super() argument 1 must be a type, not {tn}")));
    }
    let obj_type = match obj {
        Some(o) => Some(supercheck(vm, ty, o)?),
        None => None,
    };
    vm.incref(ty);
    if let Some(o) = obj {
        vm.incref(o);
    }
    Ok(vm.alloc(vm.types.super_, Payload::Super { ty, obj, obj_type }))
}

/// `super_getattro`: the attribute from the classes after `__thisclass__` in the MRO of
/// `__self_class__`, bound to `__self__`. None when no class there has it (the super object's
/// own attributes are looked up next).
pub fn super_getattr(vm: &mut Vm, sup: ObjId, name: &str) -> Option<PyResult<ObjId>> {
    let Payload::Super {
        ty,
        obj,
        obj_type: Some(start),
    } = *vm.heap.payload(sup)
    else {
        return None;
    };
    if name == "__class__" {
        return None;
    }
    let mro = vm.mro_of(start).to_vec();
    let pos = mro.iter().position(|&c| c == ty)?;
    for &cls in &mro[pos + 1..] {
        let Payload::Type(t) = vm.heap.payload(cls) else {
            continue;
        };
        let Some(res) = vm.dict_get_str_borrowed(t.dict, name) else {
            continue;
        };
        vm.incref(res);
        let bind_to = obj.filter(|&o| o != start);
        let r = descr_get(vm, res, bind_to, start);
        vm.decref(res);
        return Some(r);
    }
    None
}

/// `super_descr_get`: an unbound `super(T)` stored on a class binds to the instance.
fn super_descr_get(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = check_self(vm, args, vm.types.super_, "__get__")?;
    check_args(vm, "__get__", args, 2, 3)?;
    let obj = args.args[1];
    let Payload::Super { ty, obj: bound, .. } = *vm.heap.payload(s) else {
        return Ok(vm.incref(s));
    };
    if obj == vm.none || bound.is_some() {
        return Ok(vm.incref(s));
    }
    let obj_type = supercheck(vm, ty, obj)?;
    vm.incref(ty);
    vm.incref(obj);
    Ok(vm.alloc(
        vm.types.super_,
        Payload::Super {
            ty,
            obj: Some(obj),
            obj_type: Some(obj_type),
        },
    ))
}

fn super_field(vm: &mut Vm, args: &Args, which: usize) -> PyResult<ObjId> {
    let s = check_self(vm, args, vm.types.super_, "__get__")?;
    let Payload::Super { ty, obj, obj_type } = *vm.heap.payload(s) else {
        return Ok(vm.new_none());
    };
    let v = [Some(ty), obj, obj_type][which].unwrap_or(vm.none);
    Ok(vm.incref(v))
}

fn super_thisclass(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    super_field(vm, args, 0)
}

fn super_self(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    super_field(vm, args, 1)
}

fn super_self_class(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    super_field(vm, args, 2)
}
