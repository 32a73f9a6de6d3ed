//! `next()` of builtin iterators (Objects/iterobject.c, listobject.c, tupleobject.c,
//! dictobject.c, setobject.c, rangeobject.c, enumobject.c, bltinmodule.c zip/map/filter),
//! generators and classes with `__next__`; the constructors of enumerate, zip, map, filter
//! and reversed; `PyObject_LengthHint`.

use crate::heap::{DictViewKind, IterObj, ObjId, Payload};
use crate::vm::{Args, FrameExit, PyErr, PyResult, Vm};

use super::{add_method, check_args};

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let all = [
        t.list_iterator,
        t.list_reverseiterator,
        t.tuple_iterator,
        t.str_iterator,
        t.range_iterator,
        t.longrange_iterator,
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.dict_reversekeyiterator,
        t.dict_reversevalueiterator,
        t.dict_reverseitemiterator,
        t.set_iterator,
        t.seq_iterator,
        t.callable_iterator,
        t.reversed,
        t.enumerate,
        t.zip,
        t.map,
        t.filter,
    ];
    let hinted = [
        t.list_iterator,
        t.list_reverseiterator,
        t.tuple_iterator,
        t.str_iterator,
        t.range_iterator,
        t.longrange_iterator,
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.dict_reversekeyiterator,
        t.dict_reversevalueiterator,
        t.dict_reverseitemiterator,
        t.set_iterator,
        t.seq_iterator,
        t.reversed,
    ];
    let (enumerate, zip, map, filter, reversed) = (t.enumerate, t.zip, t.map, t.filter, t.reversed);
    let (t_list_iterator, t_tuple_iterator, t_str_iterator) =
        (t.list_iterator, t.tuple_iterator, t.str_iterator);
    for ty in all {
        add_method(vm, ty, "__iter__", iter_self);
        add_method(vm, ty, "__next__", iter_next_method);
    }
    for ty in hinted {
        add_method(vm, ty, "__length_hint__", length_hint_method);
    }
    for ty in [t_list_iterator, t_tuple_iterator, t_str_iterator] {
        add_method(vm, ty, "__reduce__", seq_iter_reduce);
        add_method(vm, ty, "__setstate__", seq_iter_setstate);
    }
    add_method(vm, enumerate, "__new__", enumerate_new);
    add_method(vm, zip, "__new__", zip_new);
    add_method(vm, map, "__new__", map_new);
    add_method(vm, filter, "__new__", filter_new);
    add_method(vm, reversed, "__new__", reversed_new);
}

fn iter_obj(vm: &Vm, it: ObjId) -> Option<IterObj> {
    match vm.heap.payload(it) {
        Payload::Iterator(i) => Some(i.clone()),
        _ => None,
    }
}

fn set_iter(vm: &mut Vm, it: ObjId, new: IterObj) {
    if let Payload::Iterator(i) = vm.heap.payload_mut(it) {
        *i = new;
    }
}

/// Whether an exception is a StopIteration (consumed: the reference is released).
fn take_stop_iteration(vm: &mut Vm, e: PyErr) -> PyResult<Option<ObjId>> {
    match e {
        PyErr::Exception(exc) if vm.isinstance_of(exc, vm.types.stop_iteration) => {
            vm.decref(exc);
            Ok(None)
        }
        other => Err(other),
    }
}

fn is_exc(vm: &Vm, e: &PyErr, ty: ObjId) -> bool {
    matches!(e, PyErr::Exception(exc) if vm.isinstance_of(*exc, ty))
}

/// The next item (new reference), or None when the iterator is exhausted.
pub fn iter_next(vm: &mut Vm, it: ObjId) -> PyResult<Option<ObjId>> {
    match vm.heap.payload(it) {
        Payload::Iterator(_) => builtin_next(vm, it),
        Payload::Generator(_) => match vm.generator_send(it, vm.none)? {
            FrameExit::Yield(v) => Ok(Some(v)),
            FrameExit::Return(v) => {
                vm.decref(v);
                Ok(None)
            }
        },
        _ => {
            let ty = vm.heap.type_of(it);
            let Some(m) = vm.lookup_type_attr(ty, "__next__") else {
                let tn = vm.type_name(ty);
                return Err(vm.type_error(&format!("'{tn}' object is not an iterator")));
            };
            let r = vm.call_object(m, &Args::positional(vec![it]));
            vm.decref(m);
            match r {
                Ok(v) => Ok(Some(v)),
                Err(e) => take_stop_iteration(vm, e),
            }
        }
    }
}

/// `rangeiter_next`, and `listiter_next`/`tupleiter_next` while items remain: the next item
/// (new reference), advancing the iterator's state where it lies. None hands over to the general
/// path (exhaustion, other iterators).
fn next_in_place(vm: &mut Vm, it: ObjId) -> Option<ObjId> {
    match vm.heap.payload_mut(it) {
        Payload::Iterator(IterObj::Range { next, stop, step }) => {
            let current = *next;
            let more = if *step > 0 {
                current < *stop
            } else {
                current > *stop
            };
            if !more {
                return None;
            }
            *next = current.checked_add(*step).unwrap_or(*stop);
            Some(vm.new_int(current))
        }
        Payload::Iterator(IterObj::Seq {
            seq: Some(seq),
            index,
        }) => {
            let (seq, i) = (*seq, *index);
            let item = match vm.heap.payload(seq) {
                Payload::List(l) => l.items.get(i).copied(),
                Payload::Tuple(t) => t.get(i).copied(),
                _ => None,
            }?;
            if let Payload::Iterator(IterObj::Seq { index, .. }) = vm.heap.payload_mut(it) {
                *index = i + 1;
            }
            Some(vm.incref(item))
        }
        _ => None,
    }
}

/// The item of a sequence payload at `i` (new reference) and the position after it, for
/// list/tuple/str/bytes iterators. A str iterator's position is a byte offset into the text
/// (one step per character), so iterating a non-ASCII string stays linear.
fn seq_next(vm: &mut Vm, seq: ObjId, i: usize) -> Option<(ObjId, usize)> {
    let found = match vm.heap.payload(seq) {
        Payload::List(l) => l.items.get(i).copied().map(Ok),
        Payload::Tuple(t) => t.get(i).copied().map(Ok),
        Payload::Str(s) => s
            .text
            .get(i..)
            .and_then(|t| t.chars().next())
            .map(|c| Err(Err(c))),
        Payload::Bytes(b) => b.get(i).map(|&x| Err(Ok(x))),
        Payload::ByteArray(b) => b.get(i).map(|&x| Err(Ok(x))),
        _ => None,
    };
    match found? {
        Ok(id) => Some((vm.incref(id), i + 1)),
        Err(Ok(byte)) => Some((vm.new_int(byte as i64), i + 1)),
        Err(Err(c)) => {
            let mut buf = [0u8; 4];
            Some((vm.new_str(c.encode_utf8(&mut buf)), i + c.len_utf8()))
        }
    }
}

/// The item at `i` of a list (for the reverse iterator).
fn list_item(vm: &mut Vm, seq: ObjId, i: usize) -> Option<ObjId> {
    match vm.heap.payload(seq) {
        Payload::List(l) => l.items.get(i).copied().map(|x| vm.incref(x)),
        _ => None,
    }
}

fn builtin_next(vm: &mut Vm, it: ObjId) -> PyResult<Option<ObjId>> {
    if let Some(v) = next_in_place(vm, it) {
        return Ok(Some(v));
    }
    let Some(state) = iter_obj(vm, it) else {
        return Ok(None);
    };
    match state {
        IterObj::Seq { seq: None, .. } | IterObj::Reversed { seq: None, .. } => Ok(None),
        IterObj::Seq {
            seq: Some(seq),
            index,
        } => match seq_next(vm, seq, index) {
            Some((v, next)) => {
                set_iter(
                    vm,
                    it,
                    IterObj::Seq {
                        seq: Some(seq),
                        index: next,
                    },
                );
                Ok(Some(v))
            }
            None => {
                set_iter(vm, it, IterObj::Seq { seq: None, index });
                vm.decref(seq);
                Ok(None)
            }
        },
        IterObj::Reversed {
            seq: Some(seq),
            index,
        } => {
            let item = if index < 0 {
                Ok(None)
            } else if vm.heap.type_of(it) == vm.types.list_reverseiterator {
                Ok(list_item(vm, seq, index as usize))
            } else {
                let key = vm.new_int(index as i64);
                let r = vm.getitem(seq, key);
                vm.decref(key);
                match r {
                    Ok(v) => Ok(Some(v)),
                    Err(e)
                        if is_exc(vm, &e, vm.types.index_error)
                            || is_exc(vm, &e, vm.types.stop_iteration) =>
                    {
                        if let PyErr::Exception(x) = e {
                            vm.decref(x);
                        }
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            };
            match item? {
                Some(v) => {
                    set_iter(
                        vm,
                        it,
                        IterObj::Reversed {
                            seq: Some(seq),
                            index: index - 1,
                        },
                    );
                    Ok(Some(v))
                }
                None => {
                    set_iter(
                        vm,
                        it,
                        IterObj::Reversed {
                            seq: None,
                            index: -1,
                        },
                    );
                    vm.decref(seq);
                    Ok(None)
                }
            }
        }
        IterObj::Range { next, stop, step } => {
            let more = if step > 0 { next < stop } else { next > stop };
            if !more {
                return Ok(None);
            }
            let following = next.checked_add(step).unwrap_or(stop);
            set_iter(
                vm,
                it,
                IterObj::Range {
                    next: following,
                    stop,
                    step,
                },
            );
            Ok(Some(vm.new_int(next)))
        }
        IterObj::BigRange { next, stop, step } => {
            let (n, s, st) = (
                super::range::big(vm, next),
                super::range::big(vm, stop),
                super::range::big(vm, step),
            );
            let more = if st > num_bigint::BigInt::from(0) {
                n < s
            } else {
                n > s
            };
            if !more {
                return Ok(None);
            }
            let following = vm.new_bigint(&n + &st);
            set_iter(
                vm,
                it,
                IterObj::BigRange {
                    next: following,
                    stop,
                    step,
                },
            );
            Ok(Some(next))
        }
        IterObj::DictKeys { dict: None, .. } => Ok(None),
        IterObj::DictKeys {
            dict: Some(d),
            index,
            kind,
            len,
            remaining,
            result,
        } => {
            let reverse = is_reverse_dict_iter(vm, it);
            let (used, entry) = match vm.heap.payload(d) {
                Payload::Dict(x) if reverse => {
                    // dictreviter_iternext: `index` entry slots are left, scanned downwards.
                    let mut i = index.min(x.entries_len());
                    while i > 0 && x.entry(i - 1).is_none() {
                        i -= 1;
                    }
                    let found = i
                        .checked_sub(1)
                        .and_then(|k| x.entry(k).map(|e| (k, e.key, e.value)));
                    (x.len(), found)
                }
                Payload::Dict(x) => {
                    let mut i = index;
                    while i < x.entries_len() && x.entry(i).is_none() {
                        i += 1;
                    }
                    (x.len(), x.entry(i).map(|e| (i, e.key, e.value)))
                }
                _ => (0, None),
            };
            let state = |dict, index, len, remaining| IterObj::DictKeys {
                dict,
                index,
                kind,
                len,
                remaining,
                result,
            };
            if used != len {
                set_iter(vm, it, state(Some(d), index, usize::MAX, remaining));
                return Err(super::dict::changed_size(vm));
            }
            let Some((i, k, v)) = entry.filter(|_| remaining > 0) else {
                set_iter(vm, it, state(None, index, len, remaining));
                vm.decref(d);
                if entry.is_some() {
                    return Err(vm.new_error_msg(
                        vm.types.runtime_error,
                        "dictionary keys changed during iteration",
                    ));
                }
                return Ok(None);
            };
            let next = if reverse { i } else { i + 1 };
            set_iter(vm, it, state(Some(d), next, len, remaining - 1));
            Ok(Some(match kind {
                DictViewKind::Keys => vm.incref(k),
                DictViewKind::Values => vm.incref(v),
                DictViewKind::Items => {
                    vm.incref(k);
                    vm.incref(v);
                    match result {
                        Some(r) => reuse_or_new(vm, r, vec![k, v]),
                        None => {
                            let t = vm.new_tuple(vec![k, v]);
                            if let Some(IterObj::DictKeys { result, .. }) = iter_mut(vm, it) {
                                *result = Some(t);
                            }
                            vm.incref(t)
                        }
                    }
                }
            }))
        }
        IterObj::Set { set: None, .. } => Ok(None),
        IterObj::Set {
            set: Some(s),
            index,
            len,
        } => {
            let (used, found) = match vm.heap.payload(s) {
                Payload::Set(t) | Payload::FrozenSet(t) => {
                    let mut i = index;
                    while i < t.table_size() && t.at(i).is_none() {
                        i += 1;
                    }
                    (t.len(), t.at(i).map(|(_, k)| (i, k)))
                }
                _ => (0, None),
            };
            if used != len {
                set_iter(
                    vm,
                    it,
                    IterObj::Set {
                        set: Some(s),
                        index,
                        len: usize::MAX,
                    },
                );
                return Err(
                    vm.new_error_msg(vm.types.runtime_error, "Set changed size during iteration")
                );
            }
            match found {
                Some((i, k)) => {
                    set_iter(
                        vm,
                        it,
                        IterObj::Set {
                            set: Some(s),
                            index: i + 1,
                            len,
                        },
                    );
                    Ok(Some(vm.incref(k)))
                }
                None => {
                    set_iter(
                        vm,
                        it,
                        IterObj::Set {
                            set: None,
                            index,
                            len,
                        },
                    );
                    vm.decref(s);
                    Ok(None)
                }
            }
        }
        IterObj::Enumerate {
            iter,
            count,
            result,
        } => {
            let Some(item) = vm.iter_next(iter)? else {
                return Ok(None);
            };
            let next_count = match vm.heap.payload(count) {
                Payload::Int(i) if *i < i64::MAX => {
                    let i = *i;
                    vm.new_int(i + 1)
                }
                _ => {
                    let b = super::range::big(vm, count);
                    vm.new_bigint(b + 1)
                }
            };
            set_iter(
                vm,
                it,
                IterObj::Enumerate {
                    iter,
                    count: next_count,
                    result,
                },
            );
            Ok(Some(reuse_or_new(vm, result, vec![count, item])))
        }
        IterObj::Zip {
            iters,
            strict,
            result,
        } => zip_next(vm, &iters, strict, result),
        IterObj::Map { func, iters } => {
            let mut items = Vec::with_capacity(iters.len());
            for &i in &iters {
                match vm.iter_next(i) {
                    Ok(Some(x)) => items.push(x),
                    other => {
                        for x in items {
                            vm.decref(x);
                        }
                        return other.map(|_| None);
                    }
                }
            }
            let r = vm.call_object(func, &Args::positional(items.clone()));
            for x in items {
                vm.decref(x);
            }
            r.map(Some)
        }
        IterObj::Filter { func, iter } => loop {
            let Some(item) = vm.iter_next(iter)? else {
                return Ok(None);
            };
            let ok = if func == vm.none || func == vm.types.bool_ {
                vm.is_true(item)
            } else {
                vm.call_object(func, &Args::positional(vec![item]))
                    .and_then(|r| {
                        let t = vm.is_true(r);
                        vm.decref(r);
                        t
                    })
            };
            match ok {
                Ok(true) => return Ok(Some(item)),
                Ok(false) => vm.decref(item),
                Err(e) => {
                    vm.decref(item);
                    return Err(e);
                }
            }
        },
        IterObj::Callable { func: None, .. } => Ok(None),
        IterObj::Callable {
            func: Some(f),
            sentinel,
        } => {
            let r = match vm.call_object(f, &Args::default()) {
                Ok(r) => r,
                Err(e) => {
                    if is_exc(vm, &e, vm.types.stop_iteration) {
                        set_iter(
                            vm,
                            it,
                            IterObj::Callable {
                                func: None,
                                sentinel,
                            },
                        );
                        vm.decref(f);
                    }
                    return take_stop_iteration(vm, e);
                }
            };
            match vm.eq_bool(r, sentinel) {
                Ok(false) => Ok(Some(r)),
                Ok(true) => {
                    vm.decref(r);
                    set_iter(
                        vm,
                        it,
                        IterObj::Callable {
                            func: None,
                            sentinel,
                        },
                    );
                    vm.decref(f);
                    Ok(None)
                }
                Err(e) => {
                    vm.decref(r);
                    Err(e)
                }
            }
        }
        IterObj::GetItem { seq: None, .. } => Ok(None),
        IterObj::GetItem {
            seq: Some(seq),
            index,
        } => {
            let key = vm.new_int(index as i64);
            let r = vm.getitem(seq, key);
            vm.decref(key);
            match r {
                Ok(v) => {
                    set_iter(
                        vm,
                        it,
                        IterObj::GetItem {
                            seq: Some(seq),
                            index: index + 1,
                        },
                    );
                    Ok(Some(v))
                }
                Err(e)
                    if is_exc(vm, &e, vm.types.index_error)
                        || is_exc(vm, &e, vm.types.stop_iteration) =>
                {
                    if let PyErr::Exception(x) = e {
                        vm.decref(x);
                    }
                    set_iter(vm, it, IterObj::GetItem { seq: None, index });
                    vm.decref(seq);
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
    }
}

/// `zip_next`, with the `strict=True` length checks. The result tuple is refilled in place
/// while only the iterator holds it.
fn zip_next(vm: &mut Vm, iters: &[ObjId], strict: bool, result: ObjId) -> PyResult<Option<ObjId>> {
    if iters.is_empty() {
        return Ok(None);
    }
    let reuse = vm.heap.refcount(result) == 1;
    let mut items = Vec::with_capacity(iters.len());
    if reuse {
        vm.incref(result);
    }
    for (i, &it) in iters.iter().enumerate() {
        let item = match vm.iter_next(it) {
            Ok(Some(x)) => x,
            other => {
                if reuse {
                    vm.decref(result);
                } else {
                    for x in items {
                        vm.decref(x);
                    }
                }
                other?;
                if !strict {
                    return Ok(None);
                }
                return zip_strict_check(vm, iters, i);
            }
        };
        if reuse {
            let old = match vm.heap.payload_mut(result) {
                Payload::Tuple(t) => t.get_mut(i).map(|slot| std::mem::replace(slot, item)),
                _ => None,
            };
            vm.xdecref(old);
        } else {
            items.push(item);
        }
    }
    if reuse {
        if !vm.heap.get(result).gc.tracked {
            vm.gc_track(result);
        }
        return Ok(Some(result));
    }
    Ok(Some(vm.new_tuple(items)))
}

/// The `strict=True` errors after argument `i` ran out.
fn zip_strict_check(vm: &mut Vm, iters: &[ObjId], i: usize) -> PyResult<Option<ObjId>> {
    if i > 0 {
        let plural = if i == 1 { " " } else { "s 1-" };
        return Err(vm.value_error(&format!(
            "zip() argument {} is shorter than argument{plural}{i}",
            i + 1
        )));
    }
    for (j, &other) in iters.iter().enumerate().skip(1) {
        if let Some(x) = vm.iter_next(other)? {
            vm.decref(x);
            let plural = if j == 1 { " " } else { "s 1-" };
            return Err(vm.value_error(&format!(
                "zip() argument {} is longer than argument{plural}{j}",
                j + 1
            )));
        }
    }
    Ok(None)
}

/// A result tuple holding `items` (owned): `result` refilled in place when only its iterator
/// holds it (enumerate, zip and dict item iterators do this), else a new tuple.
fn reuse_or_new(vm: &mut Vm, result: ObjId, items: Vec<ObjId>) -> ObjId {
    if vm.heap.refcount(result) != 1 {
        return vm.new_tuple(items);
    }
    vm.incref(result);
    let old: Vec<ObjId> = match vm.heap.payload_mut(result) {
        Payload::Tuple(t) if t.len() == items.len() => std::mem::replace(t, items),
        _ => {
            vm.decref(result);
            return vm.new_tuple(items);
        }
    };
    for o in old {
        vm.decref(o);
    }
    if !vm.heap.get(result).gc.tracked {
        vm.gc_track(result);
    }
    result
}

/// Whether a dict iterator runs from the last entry (`reversed(d)` and its views).
fn is_reverse_dict_iter(vm: &Vm, it: ObjId) -> bool {
    let ty = vm.heap.type_of(it);
    ty == vm.types.dict_reversekeyiterator
        || ty == vm.types.dict_reversevalueiterator
        || ty == vm.types.dict_reverseitemiterator
}

fn iter_mut(vm: &mut Vm, it: ObjId) -> Option<&mut IterObj> {
    match vm.heap.payload_mut(it) {
        Payload::Iterator(i) => Some(i),
        _ => None,
    }
}

fn iter_self(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    match args.args.first() {
        Some(&s) => Ok(vm.incref(s)),
        None => Err(vm.type_error("__iter__() needs an argument")),
    }
}

fn iter_next_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&s) = args.args.first() else {
        return Err(vm.type_error("__next__() needs an argument"));
    };
    match iter_next(vm, s)? {
        Some(v) => Ok(v),
        None => Err(vm.new_error(vm.types.stop_iteration, None)),
    }
}

/// Items a builtin iterator has left (its `__length_hint__`); None when it has no hint.
fn builtin_hint(vm: &mut Vm, it: ObjId) -> PyResult<Option<usize>> {
    let Some(state) = iter_obj(vm, it) else {
        return Ok(None);
    };
    Ok(Some(match state {
        IterObj::Seq {
            seq: Some(seq),
            index,
        } => {
            let n = match vm.heap.payload(seq) {
                Payload::List(l) => l.items.len(),
                Payload::Tuple(t) => t.len(),
                Payload::Str(s) => {
                    let rest = s.text.get(index..).unwrap_or("");
                    return Ok(Some(if s.is_ascii() {
                        rest.len()
                    } else {
                        rest.chars().count()
                    }));
                }
                Payload::Bytes(b) => b.len(),
                Payload::ByteArray(b) => b.len(),
                _ => 0,
            };
            n.saturating_sub(index)
        }
        IterObj::Reversed {
            seq: Some(seq),
            index,
        } => {
            let position = (index + 1).max(0) as usize;
            let size = vm.len(seq)?;
            if size < position {
                0
            } else {
                position
            }
        }
        IterObj::Range { next, stop, step } => {
            let (a, b, c) = (
                num_bigint::BigInt::from(next),
                num_bigint::BigInt::from(stop),
                num_bigint::BigInt::from(step),
            );
            num_traits::ToPrimitive::to_usize(&super::range::length(&a, &b, &c)).unwrap_or(0)
        }
        IterObj::BigRange { next, stop, step } => {
            let (a, b, c) = (
                super::range::big(vm, next),
                super::range::big(vm, stop),
                super::range::big(vm, step),
            );
            num_traits::ToPrimitive::to_usize(&super::range::length(&a, &b, &c))
                .unwrap_or(usize::MAX)
        }
        IterObj::DictKeys {
            dict: Some(d),
            len,
            remaining,
            ..
        } => match vm.heap.payload(d) {
            Payload::Dict(x) if x.len() == len => remaining,
            _ => 0,
        },
        IterObj::Set {
            set: Some(s),
            index,
            len,
        } => match vm.heap.payload(s) {
            Payload::Set(t) | Payload::FrozenSet(t) if t.len() == len => {
                t.iter().filter(|(i, _, _)| *i >= index).count()
            }
            _ => 0,
        },
        IterObj::GetItem {
            seq: Some(seq),
            index,
        } => {
            if !has_len(vm, seq) {
                return Ok(None);
            }
            vm.len(seq)?.saturating_sub(index)
        }
        IterObj::Seq { seq: None, .. }
        | IterObj::Reversed { seq: None, .. }
        | IterObj::DictKeys { dict: None, .. }
        | IterObj::Set { set: None, .. }
        | IterObj::GetItem { seq: None, .. } => 0,
        IterObj::Enumerate { .. }
        | IterObj::Zip { .. }
        | IterObj::Map { .. }
        | IterObj::Filter { .. }
        | IterObj::Callable { .. } => return Ok(None),
    }))
}

// Objects/listobject.c: listiter_reduce_general (tupleiter_reduce and unicodeiter_reduce
// are the same) — `(iter, (seq,), index)`, or `(iter, ([],))` once exhausted.
fn seq_iter_reduce(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&me) = args.args.first() else {
        return Err(vm.type_error("__reduce__() needs an argument"));
    };
    let iter = super::types::eval_get_builtin(vm, "iter")?;
    match iter_obj(vm, me) {
        Some(IterObj::Seq {
            seq: Some(seq),
            index,
        }) => {
            let seq = vm.incref(seq);
            let seq_args = vm.new_tuple(vec![seq]);
            let idx = vm.new_int(index as i64);
            Ok(vm.new_tuple(vec![iter, seq_args, idx]))
        }
        _ => {
            let empty = vm.new_list(Vec::new());
            let seq_args = vm.new_tuple(vec![empty]);
            Ok(vm.new_tuple(vec![iter, seq_args]))
        }
    }
}

// Objects/listobject.c: listiter_setstate — the index, clamped to the sequence.
fn seq_iter_setstate(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "__setstate__", args, 2, 2)?;
    let me = args.args[0];
    let index = super::arg_index(vm, args.args[1])?;
    if let Some(IterObj::Seq {
        seq: Some(seq),
        index: _,
    }) = iter_obj(vm, me)
    {
        let len = vm.len(seq)?;
        let clamped = index.clamp(0, len as i64) as usize;
        set_iter(
            vm,
            me,
            IterObj::Seq {
                seq: Some(seq),
                index: clamped,
            },
        );
    }
    Ok(vm.new_none())
}

fn length_hint_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&s) = args.args.first() else {
        return Err(vm.type_error("__length_hint__() needs an argument"));
    };
    match builtin_hint(vm, s)? {
        Some(n) => Ok(vm.new_int(n as i64)),
        None => Ok(vm.incref(vm.not_implemented)),
    }
}

/// `_PyObject_HasLen`.
fn has_len(vm: &Vm, o: ObjId) -> bool {
    match vm.heap.payload(o) {
        Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::ByteArray(_)
        | Payload::Tuple(_)
        | Payload::List(_)
        | Payload::Dict(_)
        | Payload::Set(_)
        | Payload::FrozenSet(_)
        | Payload::Range { .. }
        | Payload::DictView { .. }
        | Payload::MappingProxy(_) => true,
        _ => {
            let ty = vm.heap.type_of(o);
            vm.is_heap_type(ty) && vm.lookup_type_attr_borrowed(ty, "__len__").is_some()
        }
    }
}

/// `PyObject_LengthHint`: `len(o)`, else `o.__length_hint__()`, else `default`.
pub fn length_hint(vm: &mut Vm, o: ObjId, default: usize) -> PyResult<usize> {
    if has_len(vm, o) {
        match vm.len(o) {
            Ok(n) => return Ok(n),
            Err(e) if is_exc(vm, &e, vm.types.type_error) => {
                if let PyErr::Exception(x) = e {
                    vm.decref(x);
                }
            }
            Err(e) => return Err(e),
        }
    }
    if matches!(vm.heap.payload(o), Payload::Iterator(_)) {
        return Ok(builtin_hint(vm, o)?.unwrap_or(default));
    }
    let ty = vm.heap.type_of(o);
    if !vm.is_heap_type(ty) {
        return Ok(default);
    }
    let Some(m) = vm.lookup_type_attr(ty, "__length_hint__") else {
        return Ok(default);
    };
    let r = vm.call_object(m, &Args::positional(vec![o]));
    vm.decref(m);
    let r = match r {
        Ok(r) => r,
        Err(e) if is_exc(vm, &e, vm.types.type_error) => {
            if let PyErr::Exception(x) = e {
                vm.decref(x);
            }
            return Ok(default);
        }
        Err(e) => return Err(e),
    };
    if r == vm.not_implemented {
        vm.decref(r);
        return Ok(default);
    }
    let out = match vm.heap.payload(r) {
        Payload::Int(i) if *i >= 0 => Ok(*i as usize),
        Payload::Bool(b) => Ok(*b as usize),
        Payload::Int(_) => Err(vm.value_error("__length_hint__() should return >= 0")),
        Payload::BigInt(_) => Err(vm.new_error_msg(
            vm.types.overflow_error,
            "Python int too large to convert to C ssize_t",
        )),
        _ => {
            let tn = vm.type_name_of(r);
            Err(vm.type_error(&format!("__length_hint__ must be an integer, not {tn}")))
        }
    };
    vm.decref(r);
    out
}

// ----- constructors -----

fn cls_arg(vm: &mut Vm, args: &Args, base: ObjId) -> PyResult<ObjId> {
    match args.args.first() {
        Some(&c) if matches!(vm.heap.payload(c), Payload::Type(_)) && vm.is_subtype(c, base) => {
            Ok(c)
        }
        _ => {
            let n = vm.type_name(base);
            Err(vm.type_error(&format!("{n}.__new__(X): X is not a subtype of {n}")))
        }
    }
}

/// `enumerate(iterable, start=0)`.
fn enumerate_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let cls = cls_arg(vm, args, vm.types.enumerate)?;
    let pos = &args.args[1..];
    let mut iterable = pos.first().copied();
    let mut start = pos.get(1).copied();
    if pos.len() > 2 {
        return Err(vm.type_error(&format!(
            "enumerate() takes at most 2 arguments ({} given)",
            pos.len() + args.kwargs.len()
        )));
    }
    for (k, v) in &args.kwargs {
        match &**k {
            "iterable" if iterable.is_none() => iterable = Some(*v),
            "start" if start.is_none() => start = Some(*v),
            "iterable" | "start" => {
                return Err(vm.type_error(&format!(
                    "argument for enumerate() given by name ('{k}') and position (1)"
                )))
            }
            other => {
                return Err(vm.type_error(&format!(
                    "enumerate() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let Some(iterable) = iterable else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    };
    let count = match start {
        Some(s) => {
            if !super::sequence::has_index(vm, s) {
                let tn = vm.type_name_of(s);
                return Err(vm.type_error(&format!(
                    "'{tn}' object cannot be interpreted as an integer"
                )));
            }
            match vm.heap.payload(s) {
                Payload::Int(_) | Payload::BigInt(_) if !vm.is_heap_type(vm.heap.type_of(s)) => {
                    vm.incref(s)
                }
                _ => {
                    let b = super::range::big(vm, s);
                    if matches!(
                        vm.heap.payload(s),
                        Payload::Int(_) | Payload::Bool(_) | Payload::BigInt(_)
                    ) {
                        vm.new_bigint(b)
                    } else {
                        let i =
                            super::sequence::as_ssize(vm, s, super::sequence::IndexErr::Clinic)?;
                        vm.new_int(i)
                    }
                }
            }
        }
        None => vm.new_int(0),
    };
    let iter = match vm.get_iter(iterable) {
        Ok(i) => i,
        Err(e) => {
            vm.decref(count);
            return Err(e);
        }
    };
    let none = vm.none;
    let result = vm.new_tuple_from(&[none, none]);
    Ok(vm.alloc(
        cls,
        Payload::Iterator(IterObj::Enumerate {
            iter,
            count,
            result,
        }),
    ))
}

fn collect_iters(vm: &mut Vm, items: &[ObjId]) -> PyResult<Vec<ObjId>> {
    let mut iters = Vec::with_capacity(items.len());
    for &x in items {
        match vm.get_iter(x) {
            Ok(i) => iters.push(i),
            Err(e) => {
                for i in iters {
                    vm.decref(i);
                }
                return Err(e);
            }
        }
    }
    Ok(iters)
}

/// `zip(*iterables, strict=False)`.
fn zip_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let cls = cls_arg(vm, args, vm.types.zip)?;
    let mut strict = false;
    for (k, v) in &args.kwargs {
        if &**k == "strict" {
            strict = vm.is_true(*v)?;
        } else {
            return Err(vm.type_error(&format!("zip() got an unexpected keyword argument '{k}'")));
        }
    }
    let iters = collect_iters(vm, &args.args[1..])?;
    let nones = vec![vm.none; iters.len()];
    let result = vm.new_tuple_from(&nones);
    Ok(vm.alloc(
        cls,
        Payload::Iterator(IterObj::Zip {
            iters,
            strict,
            result,
        }),
    ))
}

/// `map(func, *iterables)`.
fn map_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let cls = cls_arg(vm, args, vm.types.map)?;
    if cls == vm.types.map && !args.kwargs.is_empty() {
        return Err(vm.type_error("map() takes no keyword arguments"));
    }
    if args.args.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let iters = collect_iters(vm, &args.args[2..])?;
    let func = vm.incref(args.args[1]);
    Ok(vm.alloc(cls, Payload::Iterator(IterObj::Map { func, iters })))
}

/// `filter(function or None, iterable)`.
fn filter_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let cls = cls_arg(vm, args, vm.types.filter)?;
    if cls == vm.types.filter && !args.kwargs.is_empty() {
        return Err(vm.type_error("filter() takes no keyword arguments"));
    }
    check_args(
        vm,
        "filter",
        &Args::positional(args.args[1..].to_vec()),
        2,
        2,
    )?;
    let iter = vm.get_iter(args.args[2])?;
    let func = vm.incref(args.args[1]);
    Ok(vm.alloc(cls, Payload::Iterator(IterObj::Filter { func, iter })))
}

/// `reversed(seq)`: `seq.__reversed__()`, or a reversed iterator over `__len__` and
/// `__getitem__`.
fn reversed_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let cls = cls_arg(vm, args, vm.types.reversed)?;
    if cls == vm.types.reversed && !args.kwargs.is_empty() {
        return Err(vm.type_error("reversed() takes no keyword arguments"));
    }
    check_args(
        vm,
        "reversed",
        &Args::positional(args.args[1..].to_vec()),
        1,
        1,
    )?;
    let seq = args.args[1];
    let ty = vm.heap.type_of(seq);
    let not_reversible = |vm: &mut Vm| {
        let tn = vm.type_name(ty);
        Err(vm.type_error(&format!("'{tn}' object is not reversible")))
    };
    if let Some(m) = vm.lookup_type_attr_borrowed(ty, "__reversed__") {
        if m == vm.none {
            return not_reversible(vm);
        }
        vm.incref(m);
        let r = match vm.heap.payload(m) {
            Payload::Builtin(_) | Payload::Function(_) => {
                vm.call_object(m, &Args::positional(vec![seq]))
            }
            _ => vm.getattr_str(seq, "__reversed__").and_then(|b| {
                let r = vm.call_object(b, &Args::default());
                vm.decref(b);
                r
            }),
        };
        vm.decref(m);
        return r;
    }
    let is_sequence = match vm.heap.payload(seq) {
        Payload::Dict(_) | Payload::Set(_) | Payload::FrozenSet(_) => false,
        Payload::Tuple(_)
        | Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::ByteArray(_)
        | Payload::List(_) => true,
        _ => vm.is_heap_type(ty) && vm.lookup_type_attr_borrowed(ty, "__getitem__").is_some(),
    };
    if !is_sequence {
        return not_reversible(vm);
    }
    let n = vm.len(seq)? as isize;
    vm.incref(seq);
    Ok(vm.alloc(
        cls,
        Payload::Iterator(IterObj::Reversed {
            seq: Some(seq),
            index: n - 1,
        }),
    ))
}

/// `iter(callable, sentinel)` (`PyCallIter_New`).
pub fn callable_iter(vm: &mut Vm, callable: ObjId, sentinel: ObjId) -> ObjId {
    vm.incref(callable);
    vm.incref(sentinel);
    vm.alloc(
        vm.types.callable_iterator,
        Payload::Iterator(IterObj::Callable {
            func: Some(callable),
            sentinel,
        }),
    )
}
