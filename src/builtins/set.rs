//! `set` and `frozenset` (Objects/setobject.c): construction (`make_new_set`), `set_merge`
//! and `set_update_internal` (which decide the table size), the algebra and the methods.

use crate::heap::{ObjId, Payload, SetObj};
use crate::syntax::ast::BinOp;
use crate::vm::{Args, PyResult, Vm};

use super::sequence::self_of;
use super::{add_method, check_args};

pub fn install(vm: &mut Vm) {
    let s = vm.types.set;
    let f = vm.types.frozenset;
    add_method(vm, s, "__new__", set_new);
    add_method(vm, s, "__init__", set_init);
    add_method(vm, s, "add", set_add_method);
    add_method(vm, s, "discard", set_discard_method);
    add_method(vm, s, "remove", set_remove);
    add_method(vm, s, "pop", set_pop);
    add_method(vm, s, "clear", set_clear_method);
    add_method(vm, s, "update", set_update_method);
    add_method(vm, s, "intersection_update", set_intersection_update);
    add_method(vm, s, "difference_update", set_difference_update);
    add_method(
        vm,
        s,
        "symmetric_difference_update",
        set_symmetric_difference_update,
    );
    add_method(vm, f, "__new__", frozenset_new);
    for ty in [s, f] {
        add_method(vm, ty, "copy", set_copy_method);
        add_method(vm, ty, "union", set_union);
        add_method(vm, ty, "intersection", set_intersection_multi);
        add_method(vm, ty, "difference", set_difference_multi);
        add_method(
            vm,
            ty,
            "symmetric_difference",
            set_symmetric_difference_method,
        );
        add_method(vm, ty, "issubset", set_issubset_method);
        add_method(vm, ty, "issuperset", set_issuperset_method);
        add_method(vm, ty, "isdisjoint", set_isdisjoint);
        add_method(vm, ty, "__sizeof__", set_sizeof);
        add_method(vm, ty, "__reduce__", set_reduce);
    }
}

fn table(vm: &Vm, s: ObjId) -> Option<&SetObj> {
    match vm.heap.payload(s) {
        Payload::Set(t) | Payload::FrozenSet(t) => Some(t),
        _ => None,
    }
}

fn table_mut(vm: &mut Vm, s: ObjId) -> Option<&mut SetObj> {
    match vm.heap.payload_mut(s) {
        Payload::Set(t) | Payload::FrozenSet(t) => Some(t),
        _ => None,
    }
}

pub fn set_len(vm: &Vm, s: ObjId) -> usize {
    table(vm, s).map(|t| t.len()).unwrap_or(0)
}

/// (hash, key) of every entry in table order (borrowed keys).
fn entries(vm: &Vm, s: ObjId) -> Vec<(i64, ObjId)> {
    table(vm, s)
        .map(|t| t.iter().map(|(_, h, k)| (h, k)).collect())
        .unwrap_or_default()
}

fn is_anyset(vm: &Vm, v: ObjId) -> bool {
    matches!(vm.heap.payload(v), Payload::Set(_) | Payload::FrozenSet(_))
}

/// `set_lookkey` with a known hash: the slot holding an equal key.
fn lookup(vm: &mut Vm, s: ObjId, key: ObjId, hash: i64) -> PyResult<Option<usize>> {
    let candidates = table(vm, s).map(|t| t.candidates(hash)).unwrap_or_default();
    for slot in candidates {
        let Some((_, k)) = table(vm, s).and_then(|t| t.at(slot)) else {
            continue;
        };
        if k == key {
            return Ok(Some(slot));
        }
        vm.incref(k);
        let r = vm.eq_bool(k, key);
        vm.decref(k);
        if r? {
            return Ok(Some(slot));
        }
    }
    Ok(None)
}

/// `set_add_entry`: adds a key (borrowed) whose hash is known.
fn add_entry(vm: &mut Vm, s: ObjId, key: ObjId, hash: i64) -> PyResult<()> {
    if lookup(vm, s, key, hash)?.is_some() {
        return Ok(());
    }
    vm.incref(key);
    if let Some(t) = table_mut(vm, s) {
        t.insert_new(hash, key);
    }
    Ok(())
}

/// `set_discard_entry`: Ok(true) when the key was present.
fn discard_entry(vm: &mut Vm, s: ObjId, key: ObjId, hash: i64) -> PyResult<bool> {
    let Some(slot) = lookup(vm, s, key, hash)? else {
        return Ok(false);
    };
    let k = table_mut(vm, s).map(|t| t.remove_at(slot));
    vm.xdecref(k);
    Ok(true)
}

fn contains_entry(vm: &mut Vm, s: ObjId, key: ObjId, hash: i64) -> PyResult<bool> {
    Ok(lookup(vm, s, key, hash)?.is_some())
}

/// `set_clear_internal`: the keys are released in table order.
pub fn set_clear(vm: &mut Vm, s: ObjId) {
    let keys = table_mut(vm, s).map(|t| t.take_all()).unwrap_or_default();
    for k in keys {
        vm.decref(k);
    }
}

/// `set_merge`: adds every key of another set, sizing the table once up front.
fn set_merge(vm: &mut Vm, so: ObjId, other: ObjId) -> PyResult<()> {
    let (other_used, other_fill, other_size) = match table(vm, other) {
        Some(t) => (t.len(), t.fill(), t.table_size()),
        None => return Ok(()),
    };
    if other == so || other_used == 0 {
        return Ok(());
    }
    let (fill, used, size) = match table(vm, so) {
        Some(t) => (t.fill(), t.len(), t.table_size()),
        None => return Ok(()),
    };
    vm.check_memory(16 * (used + other_used) as u64 * 2)?;
    let mut size = size;
    if (fill + other_used) * 5 >= (size - 1) * 3 {
        if let Some(t) = table_mut(vm, so) {
            t.resize((used + other_used) * 2);
            size = t.table_size();
        }
    }
    let fill = table(vm, so).map(|t| t.fill()).unwrap_or(fill);
    if fill == 0 && size == other_size && other_fill == other_used {
        // Same geometry and no dummies: CPython copies the slots one for one.
        let mut copy = table(vm, other).cloned().unwrap_or_default();
        for (_, _, k) in copy.iter() {
            vm.incref(k);
        }
        if let Some(t) = table_mut(vm, so) {
            copy.finger = t.finger;
            *t = copy;
        }
        return Ok(());
    }
    let items = entries(vm, other);
    if fill == 0 {
        // `set_insert_clean` into the (big enough) empty table.
        for (h, k) in items {
            vm.incref(k);
            if let Some(t) = table_mut(vm, so) {
                t.insert_new(h, k);
            }
        }
        return Ok(());
    }
    for (h, k) in items {
        vm.incref(k);
        let r = add_entry(vm, so, k, h);
        vm.decref(k);
        r?;
    }
    Ok(())
}

/// `set_update_internal`: from a set (merge), an exact dict (its keys), or any iterable.
pub fn set_update_internal(vm: &mut Vm, so: ObjId, other: ObjId) -> PyResult<()> {
    if is_anyset(vm, other) {
        return set_merge(vm, so, other);
    }
    if vm.heap.type_of(other) == vm.types.dict {
        let pairs: Vec<(i64, ObjId)> = match vm.heap.payload(other) {
            Payload::Dict(d) => d.iter().map(|(_, e)| (e.hash, e.key)).collect(),
            _ => Vec::new(),
        };
        let (fill, used, size) = match table(vm, so) {
            Some(t) => (t.fill(), t.len(), t.table_size()),
            None => return Ok(()),
        };
        if (fill + pairs.len()) * 5 >= (size - 1) * 3 {
            vm.check_memory(32 * (used + pairs.len()) as u64)?;
            if let Some(t) = table_mut(vm, so) {
                t.resize((used + pairs.len()) * 2);
            }
        }
        for &(_, k) in &pairs {
            vm.incref(k);
        }
        let mut result = Ok(());
        for (h, k) in pairs {
            if result.is_ok() {
                result = add_entry(vm, so, k, h);
            }
            vm.decref(k);
        }
        return result;
    }
    let it = vm.get_iter(other)?;
    loop {
        match vm.iter_next(it) {
            Ok(Some(key)) => {
                let r = vm.hash(key).and_then(|h| add_entry(vm, so, key, h));
                vm.decref(key);
                if let Err(e) = r {
                    vm.decref(it);
                    return Err(e);
                }
                if set_len(vm, so).is_multiple_of(4096) {
                    let n = set_len(vm, so) as u64;
                    if let Err(e) = vm.check_memory(32 * n) {
                        vm.decref(it);
                        return Err(e);
                    }
                }
            }
            Ok(None) => break,
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        }
    }
    vm.decref(it);
    Ok(())
}

/// The builtin base (`set` or `frozenset`) of a set type (`make_new_set_basetype`).
fn basetype(vm: &Vm, ty: ObjId) -> ObjId {
    if vm.is_subtype(ty, vm.types.set) {
        vm.types.set
    } else {
        vm.types.frozenset
    }
}

/// `make_new_set`: a new set of type `ty`, filled from `iterable`.
pub fn make_new_set(vm: &mut Vm, ty: ObjId, iterable: Option<ObjId>) -> PyResult<ObjId> {
    let payload = if vm.is_subtype(ty, vm.types.set) {
        Payload::Set(SetObj::new())
    } else {
        Payload::FrozenSet(SetObj::new())
    };
    let s = vm.alloc(ty, payload);
    if let Some(it) = iterable {
        if let Err(e) = set_update_internal(vm, s, it) {
            vm.decref(s);
            return Err(e);
        }
        if super::sequence::is_container(vm, it) {
            vm.heap.get_mut(s).copied_from = Some(it);
        }
    }
    Ok(s)
}

/// `set_copy`: a new set of the base type holding the same keys.
pub fn set_copy(vm: &mut Vm, so: ObjId) -> PyResult<ObjId> {
    let ty = basetype(vm, vm.heap.type_of(so));
    make_new_set(vm, ty, Some(so))
}

/// `set_intersection`.
fn set_intersection(vm: &mut Vm, so: ObjId, other: ObjId) -> PyResult<ObjId> {
    if so == other {
        return set_copy(vm, so);
    }
    let ty = basetype(vm, vm.heap.type_of(so));
    let result = make_new_set(vm, ty, None)?;
    let r = (|| -> PyResult<()> {
        if is_anyset(vm, other) {
            let (big, small) = if set_len(vm, other) > set_len(vm, so) {
                (other, so)
            } else {
                (so, other)
            };
            for (h, k) in entries(vm, small) {
                vm.incref(k);
                let r = contains_entry(vm, big, k, h).and_then(|found| {
                    if found {
                        add_entry(vm, result, k, h)
                    } else {
                        Ok(())
                    }
                });
                vm.decref(k);
                r?;
            }
            return Ok(());
        }
        let it = vm.get_iter(other)?;
        loop {
            match vm.iter_next(it) {
                Ok(Some(k)) => {
                    let r = vm.hash(k).and_then(|h| {
                        if contains_entry(vm, so, k, h)? {
                            add_entry(vm, result, k, h)
                        } else {
                            Ok(())
                        }
                    });
                    vm.decref(k);
                    if let Err(e) = r {
                        vm.decref(it);
                        return Err(e);
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    vm.decref(it);
                    return Err(e);
                }
            }
        }
        vm.decref(it);
        Ok(())
    })();
    match r {
        Ok(()) => Ok(result),
        Err(e) => {
            vm.decref(result);
            Err(e)
        }
    }
}

/// `set_difference_update_internal`, with the dummy clean-up resize at the end.
fn set_difference_update_internal(vm: &mut Vm, so: ObjId, other: ObjId) -> PyResult<()> {
    if so == other {
        set_clear(vm, so);
        return Ok(());
    }
    if is_anyset(vm, other) {
        for (h, k) in entries(vm, other) {
            vm.incref(k);
            let r = discard_entry(vm, so, k, h);
            vm.decref(k);
            r?;
        }
    } else if vm.heap.type_of(other) == vm.types.dict {
        let pairs: Vec<(i64, ObjId)> = match vm.heap.payload(other) {
            Payload::Dict(d) => d.iter().map(|(_, e)| (e.hash, e.key)).collect(),
            _ => Vec::new(),
        };
        for (h, k) in pairs {
            vm.incref(k);
            let r = discard_entry(vm, so, k, h);
            vm.decref(k);
            r?;
        }
    } else {
        let it = vm.get_iter(other)?;
        loop {
            match vm.iter_next(it) {
                Ok(Some(k)) => {
                    let r = vm.hash(k).and_then(|h| discard_entry(vm, so, k, h));
                    vm.decref(k);
                    if let Err(e) = r {
                        vm.decref(it);
                        return Err(e);
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    vm.decref(it);
                    return Err(e);
                }
            }
        }
        vm.decref(it);
    }
    if let Some(t) = table_mut(vm, so) {
        let mask = t.table_size() - 1;
        if t.fill() - t.len() > mask / 4 {
            let used = t.len();
            t.resize(if used > 50000 { used * 2 } else { used * 4 });
        }
    }
    Ok(())
}

/// `set_difference`.
fn set_difference(vm: &mut Vm, so: ObjId, other: ObjId) -> PyResult<ObjId> {
    let other_size = if is_anyset(vm, other) {
        Some(set_len(vm, other))
    } else if vm.heap.type_of(other) == vm.types.dict {
        match vm.heap.payload(other) {
            Payload::Dict(d) => Some(d.len()),
            _ => None,
        }
    } else {
        None
    };
    let copy_and_difference = match other_size {
        None => true,
        Some(n) => (set_len(vm, so) >> 2) > n,
    };
    if copy_and_difference {
        let result = set_copy(vm, so)?;
        vm.heap.get_mut(result).copied_from = None;
        if let Err(e) = set_difference_update_internal(vm, result, other) {
            vm.decref(result);
            return Err(e);
        }
        return Ok(result);
    }
    let ty = basetype(vm, vm.heap.type_of(so));
    let result = make_new_set(vm, ty, None)?;
    let other_is_dict = !is_anyset(vm, other);
    for (h, k) in entries(vm, so) {
        vm.incref(k);
        let found = if other_is_dict {
            vm.dict_lookup(other, k, h).map(|r| r.is_some())
        } else {
            contains_entry(vm, other, k, h)
        };
        let r = found.and_then(|f| {
            if f {
                Ok(())
            } else {
                add_entry(vm, result, k, h)
            }
        });
        vm.decref(k);
        if let Err(e) = r {
            vm.decref(result);
            return Err(e);
        }
    }
    Ok(result)
}

/// `set_symmetric_difference_update`.
fn set_symmetric_difference_update_internal(vm: &mut Vm, so: ObjId, other: ObjId) -> PyResult<()> {
    if so == other {
        set_clear(vm, so);
        return Ok(());
    }
    let otherset = if is_anyset(vm, other) {
        vm.incref(other)
    } else {
        let ty = basetype(vm, vm.heap.type_of(so));
        make_new_set(vm, ty, Some(other))?
    };
    let mut result = Ok(());
    for (h, k) in entries(vm, otherset) {
        vm.incref(k);
        let r = discard_entry(vm, so, k, h).and_then(|found| {
            if found {
                Ok(())
            } else {
                add_entry(vm, so, k, h)
            }
        });
        vm.decref(k);
        if let Err(e) = r {
            result = Err(e);
            break;
        }
    }
    vm.decref(otherset);
    result
}

fn set_symmetric_difference(vm: &mut Vm, so: ObjId, other: ObjId) -> PyResult<ObjId> {
    let ty = basetype(vm, vm.heap.type_of(so));
    let otherset = make_new_set(vm, ty, Some(other))?;
    if let Err(e) = set_symmetric_difference_update_internal(vm, otherset, so) {
        vm.decref(otherset);
        return Err(e);
    }
    vm.heap.get_mut(otherset).copied_from = None;
    Ok(otherset)
}

/// `set_or`, `set_and`, `set_sub`, `set_xor` for two sets.
pub fn set_binary(vm: &mut Vm, a: ObjId, b: ObjId, op: BinOp) -> PyResult<ObjId> {
    match op {
        BinOp::BitOr => {
            let r = set_copy(vm, a)?;
            vm.heap.get_mut(r).copied_from = None;
            if let Err(e) = set_update_internal(vm, r, b) {
                vm.decref(r);
                return Err(e);
            }
            Ok(r)
        }
        BinOp::BitAnd => set_intersection(vm, a, b),
        BinOp::Sub => set_difference(vm, a, b),
        _ => set_symmetric_difference(vm, a, b),
    }
}

/// `set_ior`, `set_iand`, `set_isub`, `set_ixor`.
pub fn set_inplace(vm: &mut Vm, a: ObjId, b: ObjId, op: BinOp) -> PyResult<()> {
    match op {
        BinOp::BitOr => set_update_internal(vm, a, b),
        BinOp::BitAnd => intersection_update(vm, a, &[b]),
        BinOp::Sub => set_difference_update_internal(vm, a, b),
        _ => set_symmetric_difference_update_internal(vm, a, b),
    }
}

/// `set_swap_bodies` with the result of an intersection, then drops the old body.
fn intersection_update(vm: &mut Vm, so: ObjId, others: &[ObjId]) -> PyResult<()> {
    let tmp = intersection_multi(vm, so, others)?;
    let mut new_table = table_mut(vm, tmp).map(std::mem::take).unwrap_or_default();
    if let Some(t) = table(vm, so) {
        new_table.finger = t.finger;
    }
    let old = table_mut(vm, so).map(|t| std::mem::replace(t, new_table));
    if let (Some(old), Some(t)) = (old, table_mut(vm, tmp)) {
        *t = old;
    }
    vm.decref(tmp);
    Ok(())
}

fn intersection_multi(vm: &mut Vm, so: ObjId, others: &[ObjId]) -> PyResult<ObjId> {
    if others.is_empty() {
        return set_copy(vm, so);
    }
    let mut result = vm.incref(so);
    for &o in others {
        let r = set_intersection(vm, result, o);
        vm.decref(result);
        result = r?;
    }
    Ok(result)
}

// ----- methods -----

fn set_self(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjId> {
    let t = vm.types.set;
    self_of(vm, args, t, name)
}

fn anyset_self(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjId> {
    match args.args.first() {
        Some(&s) if is_anyset(vm, s) => Ok(s),
        _ => {
            let t = vm.types.set;
            self_of(vm, args, t, name)
        }
    }
}

fn rest(args: &Args) -> Args {
    Args {
        args: args.args.get(1..).unwrap_or(&[]).to_vec(),
        kwargs: args.kwargs.clone(),
    }
}

fn set_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&cls) = args.args.first() else {
        return Err(vm.type_error("set.__new__(): not enough arguments"));
    };
    if cls == vm.types.set && !args.kwargs.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if !matches!(vm.heap.payload(cls), Payload::Type(_)) || !vm.is_subtype(cls, vm.types.set) {
        return Err(vm.type_error("set.__new__(X): X is not a subtype of set"));
    }
    make_new_set(vm, cls, None)
}

/// `set_init`: clears, then updates from the iterable.
fn set_init(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = set_self(vm, args, "__init__")?;
    let r = rest(args);
    if !r.kwargs.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    let name = vm.type_name_of(me);
    check_args(vm, &name, &r, 0, 1)?;
    if table(vm, me).map(|t| t.fill()).unwrap_or(0) > 0 {
        set_clear(vm, me);
    }
    if let Some(&it) = r.args.first() {
        set_update_internal(vm, me, it)?;
        if super::sequence::is_container(vm, it) {
            vm.heap.get_mut(me).copied_from = Some(it);
        }
    }
    Ok(vm.new_none())
}

/// `frozenset_new`: `frozenset(fs) is fs` for an exact frozenset.
fn frozenset_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&cls) = args.args.first() else {
        return Err(vm.type_error("frozenset.__new__(): not enough arguments"));
    };
    if !matches!(vm.heap.payload(cls), Payload::Type(_)) || !vm.is_subtype(cls, vm.types.frozenset)
    {
        return Err(vm.type_error("frozenset.__new__(X): X is not a subtype of frozenset"));
    }
    let exact = cls == vm.types.frozenset;
    if exact && !args.kwargs.is_empty() {
        return Err(vm.type_error("frozenset() takes no keyword arguments"));
    }
    let r = rest(args);
    let name = vm.type_name(cls);
    check_args(vm, &name, &Args::positional(r.args.clone()), 0, 1)?;
    let iterable = r.args.first().copied();
    if exact {
        if let Some(it) = iterable {
            if vm.heap.type_of(it) == vm.types.frozenset {
                return Ok(vm.incref(it));
            }
        }
    }
    make_new_set(vm, cls, iterable)
}

fn set_add_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = set_self(vm, args, "add")?;
    check_args(vm, "set.add", &rest(args), 1, 1)?;
    let key = args.args[1];
    let h = vm.hash(key)?;
    add_entry(vm, me, key, h)?;
    Ok(vm.new_none())
}

/// Runs `f` with the key's hash; an unhashable `set` key is retried as a frozenset of its
/// items, as `set_contains`, `set_discard` and `set_remove` do.
fn with_set_key(
    vm: &mut Vm,
    key: ObjId,
    f: impl Fn(&mut Vm, ObjId, i64) -> PyResult<bool>,
) -> PyResult<bool> {
    match vm.hash(key) {
        Ok(h) => f(vm, key, h),
        Err(crate::vm::PyErr::Exception(e))
            if matches!(vm.heap.payload(key), Payload::Set(_))
                && vm.isinstance_of(e, vm.types.type_error) =>
        {
            vm.decref(e);
            let tmp = make_new_set(vm, vm.types.frozenset, Some(key))?;
            vm.heap.get_mut(tmp).copied_from = None;
            let r = vm.hash(tmp).and_then(|h| f(vm, tmp, h));
            vm.decref(tmp);
            r
        }
        Err(e) => Err(e),
    }
}

/// `set_contains` (`x in s`).
pub fn set_contains(vm: &mut Vm, s: ObjId, key: ObjId) -> PyResult<bool> {
    with_set_key(vm, key, |vm, k, h| contains_entry(vm, s, k, h))
}

fn set_discard_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = set_self(vm, args, "discard")?;
    check_args(vm, "set.discard", &rest(args), 1, 1)?;
    with_set_key(vm, args.args[1], |vm, k, h| discard_entry(vm, me, k, h))?;
    Ok(vm.new_none())
}

fn set_remove(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = set_self(vm, args, "remove")?;
    check_args(vm, "set.remove", &rest(args), 1, 1)?;
    let key = args.args[1];
    if !with_set_key(vm, key, |vm, k, h| discard_entry(vm, me, k, h))? {
        return Err(vm.key_error(key));
    }
    Ok(vm.new_none())
}

/// `set_pop`: the first active slot of the table.
fn set_pop(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = set_self(vm, args, "pop")?;
    check_args(vm, "set.pop", &rest(args), 0, 0)?;
    // Scan from the finger, wrapping around (`set_pop`).
    let found = table(vm, me).and_then(|t| {
        let n = t.table_size();
        let start = t.finger & (n - 1);
        (0..n).map(|k| (start + k) % n).find(|&i| t.at(i).is_some())
    });
    match found {
        Some(slot) => {
            let key = table_mut(vm, me).map(|t| {
                t.finger = slot + 1;
                t.remove_at(slot)
            });
            Ok(key.unwrap_or(vm.none))
        }
        None => {
            let msg = vm.new_str("pop from an empty set");
            let e = vm.key_error(msg);
            vm.decref(msg);
            Err(e)
        }
    }
}

fn set_clear_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = set_self(vm, args, "clear")?;
    check_args(vm, "set.clear", &rest(args), 0, 0)?;
    set_clear(vm, me);
    Ok(vm.new_none())
}

fn set_update_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = set_self(vm, args, "update")?;
    for &o in &args.args[1..] {
        set_update_internal(vm, me, o)?;
    }
    Ok(vm.new_none())
}

fn set_intersection_update(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = set_self(vm, args, "intersection_update")?;
    intersection_update(vm, me, &args.args[1..])?;
    Ok(vm.new_none())
}

fn set_difference_update(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = set_self(vm, args, "difference_update")?;
    for &o in &args.args[1..] {
        set_difference_update_internal(vm, me, o)?;
    }
    Ok(vm.new_none())
}

fn set_symmetric_difference_update(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = set_self(vm, args, "symmetric_difference_update")?;
    check_args(vm, "set.symmetric_difference_update", &rest(args), 1, 1)?;
    set_symmetric_difference_update_internal(vm, me, args.args[1])?;
    Ok(vm.new_none())
}

// Objects/setobject.c: set_reduce — `(type(s), (list(s),), state)`.
fn set_reduce(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = anyset_self(vm, args, "__reduce__")?;
    let keys = entries(vm, me)
        .into_iter()
        .map(|(_, k)| vm.incref(k))
        .collect();
    let keys = vm.new_list(keys);
    let state = match super::types::py_object_get_state(vm, me) {
        Ok(s) => s,
        Err(e) => {
            vm.decref(keys);
            return Err(e);
        }
    };
    let args = vm.new_tuple(vec![keys]);
    let ty = vm.incref(vm.heap.type_of(me));
    Ok(vm.new_tuple(vec![ty, args, state]))
}

fn set_copy_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = anyset_self(vm, args, "copy")?;
    check_args(vm, "set.copy", &rest(args), 0, 0)?;
    if vm.heap.type_of(me) == vm.types.frozenset {
        return Ok(vm.incref(me));
    }
    set_copy(vm, me)
}

fn set_union(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = anyset_self(vm, args, "union")?;
    let result = set_copy(vm, me)?;
    if args.args.len() > 1 {
        vm.heap.get_mut(result).copied_from = None;
    }
    for &o in &args.args[1..] {
        if o == me {
            continue;
        }
        if let Err(e) = set_update_internal(vm, result, o) {
            vm.decref(result);
            return Err(e);
        }
    }
    Ok(result)
}

fn set_intersection_multi(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = anyset_self(vm, args, "intersection")?;
    intersection_multi(vm, me, &args.args[1..])
}

fn set_difference_multi(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = anyset_self(vm, args, "difference")?;
    let others = &args.args[1..];
    let Some((&first, more)) = others.split_first() else {
        return set_copy(vm, me);
    };
    let result = set_difference(vm, me, first)?;
    for &o in more {
        if let Err(e) = set_difference_update_internal(vm, result, o) {
            vm.decref(result);
            return Err(e);
        }
    }
    Ok(result)
}

fn set_symmetric_difference_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = anyset_self(vm, args, "symmetric_difference")?;
    check_args(vm, "set.symmetric_difference", &rest(args), 1, 1)?;
    set_symmetric_difference(vm, me, args.args[1])
}

/// `set_issubset`.
fn issubset(vm: &mut Vm, so: ObjId, other: ObjId) -> PyResult<bool> {
    if !is_anyset(vm, other) {
        let tmp = make_new_set(vm, vm.types.set, Some(other))?;
        let r = issubset(vm, so, tmp);
        vm.decref(tmp);
        return r;
    }
    if set_len(vm, so) > set_len(vm, other) {
        return Ok(false);
    }
    for (h, k) in entries(vm, so) {
        vm.incref(k);
        let r = contains_entry(vm, other, k, h);
        vm.decref(k);
        if !r? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issuperset`.
fn issuperset(vm: &mut Vm, so: ObjId, other: ObjId) -> PyResult<bool> {
    if is_anyset(vm, other) {
        return issubset(vm, other, so);
    }
    let it = vm.get_iter(other)?;
    loop {
        match vm.iter_next(it) {
            Ok(Some(k)) => {
                let r = vm.hash(k).and_then(|h| contains_entry(vm, so, k, h));
                vm.decref(k);
                match r {
                    Ok(true) => {}
                    Ok(false) => {
                        vm.decref(it);
                        return Ok(false);
                    }
                    Err(e) => {
                        vm.decref(it);
                        return Err(e);
                    }
                }
            }
            Ok(None) => break,
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        }
    }
    vm.decref(it);
    Ok(true)
}

fn set_issubset_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = anyset_self(vm, args, "issubset")?;
    check_args(vm, "set.issubset", &rest(args), 1, 1)?;
    let r = issubset(vm, me, args.args[1])?;
    Ok(vm.new_bool(r))
}

fn set_issuperset_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = anyset_self(vm, args, "issuperset")?;
    check_args(vm, "set.issuperset", &rest(args), 1, 1)?;
    let r = issuperset(vm, me, args.args[1])?;
    Ok(vm.new_bool(r))
}

/// `set_isdisjoint`.
fn set_isdisjoint(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = anyset_self(vm, args, "isdisjoint")?;
    check_args(vm, "set.isdisjoint", &rest(args), 1, 1)?;
    let other = args.args[1];
    if me == other {
        let empty = set_len(vm, me) == 0;
        return Ok(vm.new_bool(empty));
    }
    if is_anyset(vm, other) {
        let (big, small) = if set_len(vm, other) > set_len(vm, me) {
            (other, me)
        } else {
            (me, other)
        };
        for (h, k) in entries(vm, small) {
            vm.incref(k);
            let r = contains_entry(vm, big, k, h);
            vm.decref(k);
            if r? {
                return Ok(vm.new_bool(false));
            }
        }
        return Ok(vm.new_bool(true));
    }
    let it = vm.get_iter(other)?;
    loop {
        match vm.iter_next(it) {
            Ok(Some(k)) => {
                let r = vm.hash(k).and_then(|h| contains_entry(vm, me, k, h));
                vm.decref(k);
                match r {
                    Ok(false) => {}
                    Ok(true) => {
                        vm.decref(it);
                        return Ok(vm.new_bool(false));
                    }
                    Err(e) => {
                        vm.decref(it);
                        return Err(e);
                    }
                }
            }
            Ok(None) => break,
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        }
    }
    vm.decref(it);
    Ok(vm.new_bool(true))
}

fn set_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = anyset_self(vm, args, "__sizeof__")?;
    let size = table(vm, me).map(|t| t.table_size()).unwrap_or(8);
    let extra = if size > 8 { 16 * size } else { 0 };
    Ok(vm.new_int(200 + extra as i64))
}
