//! `x[key]`, `x[key] = v`, `del x[key]` (`PyObject_GetItem`, `PyObject_SetItem`,
//! `PyObject_DelItem`) for builtin containers (`list_subscript`, `list_ass_subscript`,
//! `tuplesubscript`, `unicode_subscript`, `bytes_subscript`, `dict_subscript`,
//! `range_subscript`) and classes with `__getitem__`/`__setitem__`/`__delitem__`.

use crate::heap::{ObjId, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::add_method;
use super::sequence::{as_ssize, has_index, slice_indices, IndexErr};

pub fn install(vm: &mut Vm) {
    for ty in [vm.types.list, vm.types.tuple, vm.types.dict, vm.types.range] {
        add_method(vm, ty, "__getitem__", getitem_method);
        add_method(vm, ty, "__len__", len_method);
        add_method(vm, ty, "__contains__", contains_method);
        add_method(vm, ty, "__iter__", iter_method);
    }
    for ty in [vm.types.set, vm.types.frozenset] {
        add_method(vm, ty, "__len__", len_method);
        add_method(vm, ty, "__contains__", contains_method);
        add_method(vm, ty, "__iter__", iter_method);
    }
    for ty in [vm.types.list, vm.types.dict] {
        add_method(vm, ty, "__setitem__", setitem_method);
        add_method(vm, ty, "__delitem__", delitem_method);
    }
}

/// The user-level method `name` of a heap type (None for the builtin method descriptors,
/// whose work the payload paths below do).
fn user_method(vm: &Vm, obj: ObjId, name: &str) -> Option<ObjId> {
    let ty = vm.heap.type_of(obj);
    if !vm.is_heap_type(ty) {
        return None;
    }
    let m = vm.lookup_type_attr_borrowed(ty, name)?;
    match vm.heap.payload(m) {
        Payload::Builtin(b) if b.self_.is_none() && b.owner.is_some() => None,
        _ => Some(m),
    }
}

fn call_special(vm: &mut Vm, obj: ObjId, name: &str, args: &[ObjId]) -> PyResult<Option<ObjId>> {
    let Some(m) = user_method(vm, obj, name) else {
        return Ok(None);
    };
    vm.incref(m);
    let mut full = vec![obj];
    full.extend_from_slice(args);
    let r = match vm.heap.payload(m) {
        Payload::Function(_) | Payload::Builtin(_) => vm.call_object(m, &Args::positional(full)),
        _ => {
            let bound = vm.getattr_str(obj, name);
            match bound {
                Ok(b) => {
                    let r = vm.call_object(b, &Args::positional(full[1..].to_vec()));
                    vm.decref(b);
                    r
                }
                Err(e) => Err(e),
            }
        }
    };
    vm.decref(m);
    r.map(Some)
}

/// `container[key]`.
pub fn getitem(vm: &mut Vm, container: ObjId, key: ObjId) -> PyResult<ObjId> {
    if let Some(r) = call_special(vm, container, "__getitem__", &[key])? {
        return Ok(r);
    }
    builtin_getitem(vm, container, key)
}

fn is_slice(vm: &Vm, v: ObjId) -> bool {
    matches!(vm.heap.payload(v), Payload::Slice { .. })
}

/// An index into a sequence of length `len`, or the IndexError `msg`.
fn seq_index(vm: &mut Vm, key: ObjId, len: usize, msg: &str) -> PyResult<usize> {
    let i = as_ssize(vm, key, IndexErr::Index)?;
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 {
        return Err(vm.new_error_msg(vm.types.index_error, msg));
    }
    Ok(i as usize)
}

fn not_index(vm: &mut Vm, what: &str, key: ObjId) -> crate::vm::PyErr {
    let tn = vm.type_name_of(key);
    vm.type_error(&format!(
        "{what} indices must be integers or slices, not {tn}"
    ))
}

/// The subscript of a builtin payload (no user `__getitem__`).
pub fn builtin_getitem(vm: &mut Vm, container: ObjId, key: ObjId) -> PyResult<ObjId> {
    match vm.heap.payload(container) {
        Payload::List(_) => list_subscript(vm, container, key),
        Payload::Tuple(_) => tuple_subscript(vm, container, key),
        Payload::Dict(_) => super::dict::dict_subscript(vm, container, key),
        Payload::Range { .. } => super::range::range_subscript(vm, container, key),
        Payload::Str(_) => super::str::str_getitem(vm, container, key),
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            super::bytes::bytes_getitem(vm, container, key)
        }
        Payload::MappingProxy(d) => {
            let d = *d;
            match vm.dict_get_item(d, key)? {
                Some(v) => Ok(v),
                None => Err(vm.key_error(key)),
            }
        }
        Payload::Type(_) => {
            if let Some(f) = vm.getattr_opt(container, "__class_getitem__")? {
                let r = vm.call_object(f, &Args::positional(vec![key]));
                vm.decref(f);
                return r;
            }
            let n = vm.type_name(container);
            Err(vm.type_error(&format!("type '{n}' is not subscriptable")))
        }
        _ => {
            let tn = vm.type_name_of(container);
            Err(vm.type_error(&format!("'{tn}' object is not subscriptable")))
        }
    }
}

/// `list_item`/`tupleitem` for an int key in range (new reference), without copying the
/// items; None leaves slices, other keys and errors to the general path.
fn item_at_int(vm: &mut Vm, seq: ObjId, key: ObjId) -> Option<ObjId> {
    let Payload::Int(raw) = *vm.heap.payload(key) else {
        return None;
    };
    let items: &[ObjId] = match vm.heap.payload(seq) {
        Payload::List(l) => &l.items,
        Payload::Tuple(t) => t,
        _ => return None,
    };
    let len = items.len() as i64;
    let i = if raw < 0 { raw + len } else { raw };
    if !(0..len).contains(&i) {
        return None;
    }
    let v = items[i as usize];
    Some(vm.incref(v))
}

/// `list_subscript`: an item, or an exact new list for a slice.
fn list_subscript(vm: &mut Vm, l: ObjId, key: ObjId) -> PyResult<ObjId> {
    if let Some(v) = item_at_int(vm, l, key) {
        return Ok(v);
    }
    let items = super::list::list_items(vm, l);
    if is_slice(vm, key) {
        let (start, _, step, n) = slice_indices(vm, key, items.len())?;
        let out = super::list::slice_items(&items, start, step, n);
        for &i in &out {
            vm.incref(i);
        }
        let new = super::list::new_list_with(vm, out, n);
        if n > 0 {
            vm.heap.get_mut(new).copied_from = Some(l);
        }
        return Ok(new);
    }
    if !has_index(vm, key) {
        return Err(not_index(vm, "list", key));
    }
    let i = seq_index(vm, key, items.len(), "list index out of range")?;
    Ok(vm.incref(items[i]))
}

/// `tuplesubscript`: a full slice of an exact tuple is the tuple itself.
fn tuple_subscript(vm: &mut Vm, t: ObjId, key: ObjId) -> PyResult<ObjId> {
    if let Some(v) = item_at_int(vm, t, key) {
        return Ok(v);
    }
    let items = vm.tuple_items(Some(t));
    if is_slice(vm, key) {
        let (start, _, step, n) = slice_indices(vm, key, items.len())?;
        if n == items.len() && start == 0 && step == 1 && vm.heap.type_of(t) == vm.types.tuple {
            return Ok(vm.incref(t));
        }
        let out = super::list::slice_items(&items, start, step, n);
        for &i in &out {
            vm.incref(i);
        }
        return Ok(vm.new_tuple(out));
    }
    if !has_index(vm, key) {
        return Err(not_index(vm, "tuple", key));
    }
    let i = seq_index(vm, key, items.len(), "tuple index out of range")?;
    Ok(vm.incref(items[i]))
}

/// Assignment, or deletion when `value` is None.
pub fn setitem(vm: &mut Vm, container: ObjId, key: ObjId, value: Option<ObjId>) -> PyResult<()> {
    let r = match value {
        Some(v) => call_special(vm, container, "__setitem__", &[key, v])?,
        None => call_special(vm, container, "__delitem__", &[key])?,
    };
    if let Some(r) = r {
        vm.decref(r);
        return Ok(());
    }
    builtin_setitem(vm, container, key, value)
}

/// Item assignment/deletion of a builtin payload.
pub fn builtin_setitem(
    vm: &mut Vm,
    container: ObjId,
    key: ObjId,
    value: Option<ObjId>,
) -> PyResult<()> {
    match vm.heap.payload(container) {
        Payload::List(_) => list_ass_subscript(vm, container, key, value),
        Payload::Dict(_) => match value {
            Some(v) => vm.dict_set_item(container, key, v),
            None => super::dict::dict_delitem(vm, container, key),
        },
        Payload::ByteArray(_) => super::bytes::bytearray_setitem(vm, container, key, value),
        _ => {
            let tn = vm.type_name_of(container);
            // PySequence_DelItem's wording, for types with sequence slots and an index key.
            let msg = if value.is_none() && has_sequence_slots(vm, container) && has_index(vm, key)
            {
                format!("'{tn}' object doesn't support item deletion")
            } else if value.is_none() {
                format!("'{tn}' object does not support item deletion")
            } else {
                format!("'{tn}' object does not support item assignment")
            };
            Err(vm.type_error(&msg))
        }
    }
}

/// Whether the type has `tp_as_sequence` (every class statement's type does).
fn has_sequence_slots(vm: &Vm, v: ObjId) -> bool {
    vm.is_heap_type(vm.heap.type_of(v))
        || matches!(
            vm.heap.payload(v),
            Payload::Tuple(_)
                | Payload::List(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Range { .. }
                | Payload::Set(_)
                | Payload::FrozenSet(_)
                | Payload::Dict(_)
                | Payload::MappingProxy(_)
                | Payload::DictView { .. }
        )
}

/// `list_ass_subscript`.
fn list_ass_subscript(vm: &mut Vm, l: ObjId, key: ObjId, value: Option<ObjId>) -> PyResult<()> {
    if let (Some(v), &Payload::Int(raw)) = (value, vm.heap.payload(key)) {
        // `list_ass_item` for an int key in range.
        if let Payload::List(x) = vm.heap.payload_mut(l) {
            let len = x.items.len() as i64;
            let i = if raw < 0 { raw + len } else { raw };
            if (0..len).contains(&i) {
                let old = std::mem::replace(&mut x.items[i as usize], v);
                vm.incref(v);
                vm.decref(old);
                return Ok(());
            }
        }
    }
    if !is_slice(vm, key) {
        if !has_index(vm, key) {
            return Err(not_index(vm, "list", key));
        }
        let len = super::list::list_len(vm, l);
        let i = seq_index(vm, key, len, "list assignment index out of range")?;
        match value {
            Some(v) => {
                vm.incref(v);
                let old = match vm.heap.payload_mut(l) {
                    Payload::List(x) => x.items.get_mut(i).map(|slot| std::mem::replace(slot, v)),
                    _ => None,
                };
                vm.xdecref(old);
            }
            None => super::list::list_ass_slice(vm, l, i, i + 1, Vec::new()),
        }
        return Ok(());
    }
    let len = super::list::list_len(vm, l);
    let (start, stop, step, n) = slice_indices(vm, key, len)?;
    if step == 1 {
        let lo = start.max(0) as usize;
        let hi = (stop.max(start)).max(0) as usize;
        let items = match value {
            None => Vec::new(),
            Some(v) => sequence_fast(vm, v, "can only assign an iterable")?,
        };
        super::list::list_ass_slice(vm, l, lo, hi, items);
        return Ok(());
    }
    match value {
        None => {
            if n == 0 {
                return Ok(());
            }
            let (mut lo, mut st) = (start, step);
            if st < 0 {
                lo = start + step * (n as i64 - 1);
                st = -st;
            }
            let mut garbage = Vec::with_capacity(n);
            if let Payload::List(x) = vm.heap.payload_mut(l) {
                let mut keep = Vec::with_capacity(x.items.len() - n);
                for (i, item) in x.items.drain(..).enumerate() {
                    let i = i as i64;
                    if i >= lo && (i - lo) % st == 0 && (i - lo) / st < n as i64 {
                        garbage.push(item);
                    } else {
                        keep.push(item);
                    }
                }
                let newsize = keep.len();
                x.allocated = super::list::list_resize_capacity(x.allocated, newsize + n, newsize);
                x.items = keep;
            }
            for g in garbage {
                vm.decref(g);
            }
            Ok(())
        }
        Some(v) => {
            let seq = sequence_fast(vm, v, "must assign iterable to extended slice")?;
            if seq.len() != n {
                let got = seq.len();
                for x in seq {
                    vm.decref(x);
                }
                return Err(vm.value_error(&format!(
                    "attempt to assign sequence of size {got} to extended slice of size {n}"
                )));
            }
            let mut garbage = Vec::with_capacity(n);
            if let Payload::List(x) = vm.heap.payload_mut(l) {
                let mut i = start;
                for item in seq {
                    if let Some(slot) = usize::try_from(i).ok().and_then(|i| x.items.get_mut(i)) {
                        garbage.push(std::mem::replace(slot, item));
                    } else {
                        garbage.push(item);
                    }
                    i += step;
                }
            }
            for g in garbage {
                vm.decref(g);
            }
            Ok(())
        }
    }
}

/// `PySequence_Fast`: the items of a list or tuple, or of any iterable (owned), or a
/// TypeError with `msg`.
fn sequence_fast(vm: &mut Vm, v: ObjId, msg: &str) -> PyResult<Vec<ObjId>> {
    match vm.collect_iterable(v) {
        Ok(items) => Ok(items),
        Err(crate::vm::PyErr::Exception(e)) if vm.isinstance_of(e, vm.types.type_error) => {
            let ty = vm.heap.type_of(v);
            let iterable = vm.lookup_type_attr_borrowed(ty, "__iter__").is_some();
            if iterable {
                return Err(crate::vm::PyErr::Exception(e));
            }
            vm.decref(e);
            Err(vm.type_error(msg))
        }
        Err(e) => Err(e),
    }
}

// ----- the dunder methods of the builtin containers -----

fn self_arg(vm: &mut Vm, args: &Args, n: usize, name: &str) -> PyResult<ObjId> {
    if args.args.len() != n + 1 {
        let given = args.args.len().saturating_sub(1);
        return Err(vm.type_error(&format!(
            "expected {n} argument{}, got {given} ({name})",
            if n == 1 { "" } else { "s" }
        )));
    }
    Ok(args.args[0])
}

fn getitem_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = self_arg(vm, args, 1, "__getitem__")?;
    builtin_getitem(vm, me, args.args[1])
}

fn setitem_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = self_arg(vm, args, 2, "__setitem__")?;
    builtin_setitem(vm, me, args.args[1], Some(args.args[2]))?;
    Ok(vm.new_none())
}

fn delitem_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = self_arg(vm, args, 1, "__delitem__")?;
    builtin_setitem(vm, me, args.args[1], None)?;
    Ok(vm.new_none())
}

fn len_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = self_arg(vm, args, 0, "__len__")?;
    let n = match vm.heap.payload(me) {
        Payload::List(l) => l.items.len(),
        Payload::Tuple(t) => t.len(),
        Payload::Dict(d) => d.len(),
        Payload::Set(s) | Payload::FrozenSet(s) => s.len(),
        Payload::Range { .. } => super::range::range_len(vm, me)?,
        _ => 0,
    };
    Ok(vm.new_int(n as i64))
}

fn contains_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = self_arg(vm, args, 1, "__contains__")?;
    let item = args.args[1];
    let found = match vm.heap.payload(me) {
        Payload::Dict(_) => {
            let h = vm.hash(item)?;
            vm.dict_lookup(me, item, h)?.is_some()
        }
        Payload::Set(_) | Payload::FrozenSet(_) => super::set::set_contains(vm, me, item)?,
        Payload::Range { .. } => match super::range::range_contains(vm, me, item)? {
            Some(b) => b,
            None => seq_contains(vm, me, item)?,
        },
        _ => seq_contains(vm, me, item)?,
    };
    Ok(vm.new_bool(found))
}

/// `PySequence_Contains` over a list/tuple/range by index.
fn seq_contains(vm: &mut Vm, seq: ObjId, item: ObjId) -> PyResult<bool> {
    if matches!(vm.heap.payload(seq), Payload::Range { .. }) {
        let it = super::range::range_iter(vm, seq)?;
        let r = loop {
            match vm.iter_next(it) {
                Ok(Some(x)) => {
                    let eq = vm.eq_bool(x, item);
                    vm.decref(x);
                    match eq {
                        Ok(true) => break Ok(true),
                        Ok(false) => {}
                        Err(e) => break Err(e),
                    }
                }
                Ok(None) => break Ok(false),
                Err(e) => break Err(e),
            }
        };
        vm.decref(it);
        return r;
    }
    let mut i = 0;
    loop {
        let x = match vm.heap.payload(seq) {
            Payload::List(l) => l.items.get(i).copied(),
            Payload::Tuple(t) => t.get(i).copied(),
            _ => None,
        };
        let Some(x) = x else {
            return Ok(false);
        };
        vm.incref(x);
        let r = vm.eq_bool(x, item);
        vm.decref(x);
        if r? {
            return Ok(true);
        }
        i += 1;
    }
}

fn iter_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = self_arg(vm, args, 0, "__iter__")?;
    let (ty, state) = match vm.heap.payload(me) {
        Payload::List(_) => (
            vm.types.list_iterator,
            crate::heap::IterObj::Seq {
                seq: Some(me),
                index: 0,
            },
        ),
        Payload::Tuple(_) => (
            vm.types.tuple_iterator,
            crate::heap::IterObj::Seq {
                seq: Some(me),
                index: 0,
            },
        ),
        Payload::Dict(d) => (
            vm.types.dict_keyiterator,
            crate::heap::IterObj::DictKeys {
                dict: Some(me),
                index: 0,
                kind: crate::heap::DictViewKind::Keys,
                len: d.len(),
                remaining: d.len(),
                result: None,
            },
        ),
        Payload::Set(s) | Payload::FrozenSet(s) => (
            vm.types.set_iterator,
            crate::heap::IterObj::Set {
                set: Some(me),
                index: 0,
                len: s.len(),
            },
        ),
        Payload::Range { .. } => return super::range::range_iter(vm, me),
        _ => return vm.get_iter(me),
    };
    vm.incref(me);
    Ok(vm.alloc(ty, Payload::Iterator(state)))
}
