//! `dict` (Objects/dictobject.c): construction and `dict_merge` (which decides the table
//! geometry of copies), the methods, `fromkeys`, union, and the keys/values/items views.

use crate::heap::dict::{estimate_log2_keysize, SharedKeys};
use crate::heap::{DictObj, DictViewKind, ObjId, Payload};
use crate::syntax::ast::BinOp;
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::sequence::self_of;
use super::{add_class_method, add_method, check_args};

pub fn install(vm: &mut Vm) {
    let d = vm.types.dict;
    add_method(vm, d, "__new__", dict_new);
    add_method(vm, d, "__init__", dict_init);
    add_method(vm, d, "get", dict_get);
    add_method(vm, d, "setdefault", dict_setdefault);
    add_method(vm, d, "pop", dict_pop);
    add_method(vm, d, "popitem", dict_popitem);
    add_method(vm, d, "keys", dict_keys);
    add_method(vm, d, "values", dict_values);
    add_method(vm, d, "items", dict_items);
    add_method(vm, d, "update", dict_update);
    add_method(vm, d, "copy", dict_copy_method);
    add_method(vm, d, "clear", dict_clear_method);
    add_method(vm, d, "__reversed__", dict_reversed);
    add_method(vm, d, "__sizeof__", dict_sizeof);
    add_class_method(vm, d, "fromkeys", dict_fromkeys);
    for ty in [vm.types.dict_keys, vm.types.dict_items] {
        add_method(vm, ty, "isdisjoint", view_isdisjoint);
    }
    for ty in [
        vm.types.dict_keys,
        vm.types.dict_values,
        vm.types.dict_items,
    ] {
        add_method(vm, ty, "__reversed__", view_reversed);
    }
}

fn dict_of(vm: &Vm, d: ObjId) -> Option<&DictObj> {
    match vm.heap.payload(d) {
        Payload::Dict(x) => Some(x),
        _ => None,
    }
}

fn dict_mut(vm: &mut Vm, d: ObjId) -> Option<&mut DictObj> {
    match vm.heap.payload_mut(d) {
        Payload::Dict(x) => Some(x),
        _ => None,
    }
}

pub fn dict_len(vm: &Vm, d: ObjId) -> usize {
    dict_of(vm, d).map(|d| d.len()).unwrap_or(0)
}

/// Whether a dict argument takes the dict fast paths (`PyDict_Check` and no `__iter__`
/// override).
fn is_plain_dict(vm: &Vm, v: ObjId) -> bool {
    if !matches!(vm.heap.payload(v), Payload::Dict(_)) {
        return false;
    }
    let ty = vm.heap.type_of(v);
    ty == vm.types.dict
        || !matches!(
            vm.lookup_type_attr_borrowed(ty, "__iter__")
                .map(|f| vm.heap.payload(f)),
            Some(Payload::Function(_))
        )
}

/// `dict_merge(a, b, override=1)` for a dict `b`: clones a clean table into an empty dict,
/// otherwise resizes once up front and inserts the entries in order.
fn merge_from_dict(vm: &mut Vm, mp: ObjId, other: ObjId) -> PyResult<()> {
    let Some(o) = dict_of(vm, other) else {
        return Ok(());
    };
    if other == mp || o.is_empty() {
        return Ok(());
    }
    let other_used = o.len();
    let clean = o.split.is_none() && o.len() == o.entries_len();
    let other_log2 = o.log2_size();
    let other_unicode = o.unicode_keys;
    let other_capacity = o.entry_capacity();
    let Some(m) = dict_of(vm, mp) else {
        return Ok(());
    };
    if m.is_empty() {
        let small_enough = other_log2 == Some(crate::heap::dict::LOG_MINSIZE)
            || other_log2.map(|l| ((1usize << l) / 2 * 2) / 3 < other_used) == Some(true);
        if clean && small_enough {
            vm.check_memory(24 * other_capacity as u64)?;
            let mut copy = dict_of(vm, other).cloned().unwrap_or_default();
            copy.version = dict_of(vm, mp).map(|d| d.version + 1).unwrap_or(0);
            for (_, e) in copy.iter() {
                vm.heap.incref(e.key);
                vm.heap.incref(e.value);
            }
            if let Some(d) = dict_mut(vm, mp) {
                *d = copy;
            }
            if vm.heap.get(other).gc.tracked && !vm.heap.get(mp).gc.tracked {
                vm.gc_track(mp);
            }
            return Ok(());
        }
    }
    let (m_used, m_capacity, m_has_table, m_split) = match dict_of(vm, mp) {
        Some(m) => (
            m.len(),
            m.entry_capacity(),
            m.log2_size().is_some(),
            m.split.is_some(),
        ),
        None => return Ok(()),
    };
    // A split table (an instance dict) has its class's shared keys table.
    let usable_now = if m_split {
        SharedKeys::table_capacity()
    } else if m_has_table {
        m_capacity
    } else {
        0
    };
    if usable_now < other_used {
        let log2 = estimate_log2_keysize(m_used + other_used);
        vm.check_memory(24u64 << log2)?;
        if let Some(m) = dict_mut(vm, mp) {
            if m.split.take().is_some() {
                m.unicode_keys = m.unicode_keys && other_unicode;
                m.resize_to(log2);
            } else if m.log2_size().is_none() {
                *m = DictObj::with_log2_size(log2, other_unicode);
            } else {
                m.unicode_keys = m.unicode_keys && other_unicode;
                m.resize_to(log2);
            }
        }
    }
    let pairs = vm.dict_items(other);
    for &(k, v) in &pairs {
        vm.incref(k);
        vm.incref(v);
    }
    let mut result = Ok(());
    for (k, v) in pairs {
        if result.is_ok() {
            result = vm.dict_set_item(mp, k, v);
        }
        vm.decref(k);
        vm.decref(v);
    }
    result
}

/// `PyDict_MergeFromSeq2`: an iterable of key/value pairs.
fn merge_from_seq2(vm: &mut Vm, d: ObjId, seq: ObjId) -> PyResult<()> {
    let it = vm.get_iter(seq)?;
    let mut i = 0usize;
    let result = loop {
        let item = match vm.iter_next(it) {
            Ok(Some(x)) => x,
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        };
        let fast = match vm.heap.payload(item) {
            Payload::List(_) | Payload::Tuple(_) => vm.collect_iterable(item),
            _ => {
                let ty = vm.heap.type_of(item);
                let iterable = vm.lookup_type_attr_borrowed(ty, "__iter__").is_some()
                    || vm.lookup_type_attr_borrowed(ty, "__getitem__").is_some()
                    || matches!(
                        vm.heap.payload(item),
                        Payload::Str(_)
                            | Payload::Bytes(_)
                            | Payload::ByteArray(_)
                            | Payload::Dict(_)
                            | Payload::Set(_)
                            | Payload::FrozenSet(_)
                            | Payload::Range { .. }
                            | Payload::Iterator(_)
                            | Payload::Generator(_)
                            | Payload::DictView { .. }
                    );
                if iterable {
                    vm.collect_iterable(item)
                } else {
                    Err(vm.type_error(&format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )))
                }
            }
        };
        let pair = match fast {
            Ok(p) => p,
            Err(e) => {
                vm.decref(item);
                break Err(e);
            }
        };
        if pair.len() != 2 {
            let n = pair.len();
            for x in pair {
                vm.decref(x);
            }
            vm.decref(item);
            break Err(vm.value_error(&format!(
                "dictionary update sequence element #{i} has length {n}; 2 is required"
            )));
        }
        let (k, v) = (pair[0], pair[1]);
        let r = vm.dict_set_item(d, k, v);
        vm.decref(k);
        vm.decref(v);
        vm.decref(item);
        if let Err(e) = r {
            break Err(e);
        }
        i += 1;
    };
    vm.decref(it);
    result
}

/// `dict_update_arg`: a dict, a mapping with `keys()`, or pairs.
pub fn dict_update_arg(vm: &mut Vm, d: ObjId, arg: ObjId) -> PyResult<()> {
    if is_plain_dict(vm, arg) {
        return merge_from_dict(vm, d, arg);
    }
    match vm.getattr_opt(arg, "keys")? {
        Some(f) => {
            vm.decref(f);
            vm.dict_update_from(d, arg, false, None)
        }
        None => merge_from_seq2(vm, d, arg),
    }
}

/// `PyDict_Copy`: a clean table is cloned (same geometry), otherwise merged compactly.
pub fn dict_copy(vm: &mut Vm, d: ObjId) -> PyResult<ObjId> {
    let copy = vm.new_dict();
    let Some(o) = dict_of(vm, d) else {
        return Ok(copy);
    };
    if o.is_empty() {
        return Ok(copy);
    }
    // A split table is copied as a split table sharing the same keys.
    let fast = o.split.is_some() || o.len() >= (o.entries_len() * 2) / 3;
    let r = if fast {
        let mut table = o.clone();
        table.version = 0;
        for (_, e) in table.iter() {
            vm.heap.incref(e.key);
            vm.heap.incref(e.value);
        }
        if let Some(c) = dict_mut(vm, copy) {
            *c = table;
        }
        if vm.heap.get(d).gc.tracked && !vm.heap.get(copy).gc.tracked {
            vm.gc_track(copy);
        }
        Ok(())
    } else {
        merge_from_dict(vm, copy, d)
    };
    if let Err(e) = r {
        vm.decref(copy);
        return Err(e);
    }
    vm.heap.get_mut(copy).copied_from = Some(d);
    Ok(copy)
}

/// `dict | other`.
pub fn dict_or(vm: &mut Vm, a: ObjId, b: ObjId) -> PyResult<ObjId> {
    let new = dict_copy(vm, a)?;
    vm.heap.get_mut(new).copied_from = None;
    if let Err(e) = dict_update_arg(vm, new, b) {
        vm.decref(new);
        return Err(e);
    }
    Ok(new)
}

/// `PyDict_Clear`: back to the empty keys; entries released in order (key, then value).
pub fn dict_clear(vm: &mut Vm, d: ObjId) {
    let entries = dict_mut(vm, d).map(|x| x.take_all()).unwrap_or_default();
    for e in entries {
        vm.decref(e.key);
        vm.decref(e.value);
    }
}

// ----- methods -----

fn dict_self(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjId> {
    let t = vm.types.dict;
    self_of(vm, args, t, name)
}

fn rest(args: &Args) -> Args {
    Args {
        args: args.args.get(1..).unwrap_or(&[]).to_vec(),
        kwargs: args.kwargs.clone(),
    }
}

fn dict_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&cls) = args.args.first() else {
        return Err(vm.type_error("dict.__new__(): not enough arguments"));
    };
    if cls == vm.types.dict {
        return Ok(vm.new_dict());
    }
    if !matches!(vm.heap.payload(cls), Payload::Type(_)) || !vm.is_subtype(cls, vm.types.dict) {
        return Err(vm.type_error("dict.__new__(X): X is not a subtype of dict"));
    }
    vm.new_instance(cls)
}

/// `dict_update_common`: one positional argument, then the keywords.
fn update_common(vm: &mut Vm, d: ObjId, args: &Args, name: &str) -> PyResult<()> {
    let positional = Args::positional(args.args.get(1..).unwrap_or(&[]).to_vec());
    check_args(vm, name, &positional, 0, 1)?;
    if let Some(&arg) = positional.args.first() {
        dict_update_arg(vm, d, arg)?;
        if name == "dict" && super::sequence::is_container(vm, arg) {
            vm.heap.get_mut(d).copied_from = Some(arg);
        }
    }
    for (k, v) in &args.kwargs {
        let key = vm.new_str(k);
        let r = vm.dict_set_item(d, key, *v);
        vm.decref(key);
        r?;
    }
    Ok(())
}

fn dict_init(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = dict_self(vm, args, "__init__")?;
    update_common(vm, me, args, "dict")?;
    Ok(vm.new_none())
}

fn dict_update(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = dict_self(vm, args, "update")?;
    update_common(vm, me, args, "update")?;
    Ok(vm.new_none())
}

fn dict_get(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = dict_self(vm, args, "get")?;
    let r = rest(args);
    check_args(vm, "get", &r, 1, 2)?;
    match vm.dict_get_item(me, r.args[0])? {
        Some(v) => Ok(v),
        None => {
            let default = r.args.get(1).copied().unwrap_or(vm.none);
            Ok(vm.incref(default))
        }
    }
}

/// `PyDict_SetDefault`.
fn dict_setdefault(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = dict_self(vm, args, "setdefault")?;
    let r = rest(args);
    check_args(vm, "setdefault", &r, 1, 2)?;
    if let Some(v) = vm.dict_get_item(me, r.args[0])? {
        return Ok(v);
    }
    let default = r.args.get(1).copied().unwrap_or(vm.none);
    vm.dict_set_item(me, r.args[0], default)?;
    Ok(vm.incref(default))
}

/// `_PyDict_Pop`: the key is released, the value handed to the caller.
fn dict_pop(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = dict_self(vm, args, "pop")?;
    let r = rest(args);
    check_args(vm, "pop", &r, 1, 2)?;
    let key = r.args[0];
    if dict_len(vm, me) == 0 {
        return match r.args.get(1) {
            Some(&d) => Ok(vm.incref(d)),
            None => Err(vm.key_error(key)),
        };
    }
    let hash = vm.hash(key)?;
    match vm.dict_lookup(me, key, hash)? {
        Some(idx) => {
            let entry = dict_mut(vm, me).map(|d| d.remove(idx));
            match entry {
                Some(e) => {
                    vm.decref(e.key);
                    Ok(e.value)
                }
                None => Ok(vm.new_none()),
            }
        }
        None => match r.args.get(1) {
            Some(&d) => Ok(vm.incref(d)),
            None => Err(vm.key_error(key)),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = dict_self(vm, args, "popitem")?;
    check_args(vm, "popitem", &rest(args), 0, 0)?;
    match dict_mut(vm, me).and_then(|d| d.pop_last()) {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => {
            let msg = vm.new_str("popitem(): dictionary is empty");
            let e = vm.key_error(msg);
            vm.decref(msg);
            Err(e)
        }
    }
}

fn new_view(vm: &mut Vm, d: ObjId, kind: DictViewKind) -> ObjId {
    let ty = match kind {
        DictViewKind::Keys => vm.types.dict_keys,
        DictViewKind::Values => vm.types.dict_values,
        DictViewKind::Items => vm.types.dict_items,
    };
    vm.incref(d);
    vm.alloc(ty, Payload::DictView { dict: d, kind })
}

fn dict_keys(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = dict_self(vm, args, "keys")?;
    check_args(vm, "dict.keys", &rest(args), 0, 0)?;
    Ok(new_view(vm, me, DictViewKind::Keys))
}

fn dict_values(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = dict_self(vm, args, "values")?;
    check_args(vm, "dict.values", &rest(args), 0, 0)?;
    Ok(new_view(vm, me, DictViewKind::Values))
}

fn dict_items(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = dict_self(vm, args, "items")?;
    check_args(vm, "dict.items", &rest(args), 0, 0)?;
    Ok(new_view(vm, me, DictViewKind::Items))
}

fn dict_copy_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = dict_self(vm, args, "copy")?;
    check_args(vm, "dict.copy", &rest(args), 0, 0)?;
    dict_copy(vm, me)
}

fn dict_clear_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = dict_self(vm, args, "clear")?;
    check_args(vm, "dict.clear", &rest(args), 0, 0)?;
    dict_clear(vm, me);
    Ok(vm.new_none())
}

/// `dictreviter_new`: iterates the entries from the last one; `index` counts the entry
/// slots still to look at (so 0 is exhausted).
fn reversed_of(vm: &mut Vm, d: ObjId, kind: DictViewKind) -> PyResult<ObjId> {
    let (len, nentries) = dict_of(vm, d)
        .map(|x| (x.len(), x.entries_len()))
        .unwrap_or((0, 0));
    let ty = match kind {
        DictViewKind::Keys => vm.types.dict_reversekeyiterator,
        DictViewKind::Values => vm.types.dict_reversevalueiterator,
        DictViewKind::Items => vm.types.dict_reverseitemiterator,
    };
    let result = if kind == DictViewKind::Items {
        let none = vm.none;
        Some(vm.new_tuple_from(&[none, none]))
    } else {
        None
    };
    vm.incref(d);
    Ok(vm.alloc(
        ty,
        Payload::Iterator(crate::heap::IterObj::DictKeys {
            dict: Some(d),
            index: if len == 0 { 0 } else { nentries },
            kind,
            len,
            remaining: len,
            result,
        }),
    ))
}

fn dict_reversed(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = dict_self(vm, args, "__reversed__")?;
    reversed_of(vm, me, DictViewKind::Keys)
}

fn dict_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = dict_self(vm, args, "__sizeof__")?;
    let size = match dict_of(vm, me).and_then(|d| d.log2_size().map(|l| (l, d))) {
        Some((log2, d)) => {
            let slots = 1usize << log2;
            let index_bytes = if log2 < 8 {
                slots
            } else if log2 < 16 {
                2 * slots
            } else {
                4 * slots
            };
            let entry = if d.unicode_keys { 16 } else { 24 };
            48 + 32 + index_bytes + entry * d.entry_capacity()
        }
        None => 48,
    };
    Ok(vm.new_int(size as i64))
}

/// `dict_fromkeys`: `cls()`, then `d[key] = value` for each key.
fn dict_fromkeys(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&cls) = args.args.first() else {
        return Err(vm.type_error("fromkeys expected at least 1 argument, got 0"));
    };
    let r = rest(args);
    check_args(vm, "fromkeys", &r, 1, 2)?;
    let iterable = r.args[0];
    let value = r.args.get(1).copied().unwrap_or(vm.none);
    let d = vm.call_object(cls, &Args::default())?;
    let exact = vm.heap.type_of(d) == vm.types.dict;
    let result = (|| -> PyResult<()> {
        if exact && dict_len(vm, d) == 0 {
            // A dict source keeps its keys' kind; a set source makes a general table.
            let known: Option<(usize, Vec<ObjId>, bool)> = match vm.heap.payload(iterable) {
                Payload::Dict(x) if vm.heap.type_of(iterable) == vm.types.dict => Some((
                    x.len(),
                    x.iter().map(|(_, e)| e.key).collect(),
                    x.unicode_keys,
                )),
                Payload::Set(s) | Payload::FrozenSet(s)
                    if vm.heap.type_of(iterable) == vm.types.set
                        || vm.heap.type_of(iterable) == vm.types.frozenset =>
                {
                    Some((s.len(), s.iter().map(|(_, _, k)| k).collect(), false))
                }
                _ => None,
            };
            if let Some((n, keys, unicode)) = known {
                let log2 = estimate_log2_keysize(n);
                vm.check_memory(24u64 << log2)?;
                if let Some(m) = dict_mut(vm, d) {
                    *m = DictObj::with_log2_size(log2, unicode);
                }
                for &k in &keys {
                    vm.incref(k);
                }
                let mut r = Ok(());
                for k in keys {
                    if r.is_ok() {
                        r = vm.dict_set_item(d, k, value);
                    }
                    vm.decref(k);
                }
                return r;
            }
        }
        let it = vm.get_iter(iterable)?;
        loop {
            match vm.iter_next(it) {
                Ok(Some(k)) => {
                    let r = if exact {
                        vm.dict_set_item(d, k, value)
                    } else {
                        vm.setitem(d, k, value)
                    };
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
    match result {
        Ok(()) => Ok(d),
        Err(e) => {
            vm.decref(d);
            Err(e)
        }
    }
}

// ----- views -----

fn view_parts(vm: &Vm, v: ObjId) -> Option<(ObjId, DictViewKind)> {
    match vm.heap.payload(v) {
        Payload::DictView { dict, kind } => Some((*dict, *kind)),
        _ => None,
    }
}

/// `dictitems_contains` / `dictkeys_contains`.
pub fn view_contains(vm: &mut Vm, view: ObjId, item: ObjId) -> PyResult<bool> {
    let Some((d, kind)) = view_parts(vm, view) else {
        return Ok(false);
    };
    match kind {
        DictViewKind::Keys => {
            let h = vm.hash(item)?;
            Ok(vm.dict_lookup(d, item, h)?.is_some())
        }
        DictViewKind::Items => {
            let pair = match vm.heap.payload(item) {
                Payload::Tuple(t) if t.len() == 2 => (t[0], t[1]),
                _ => return Ok(false),
            };
            match vm.dict_get_item(d, pair.0)? {
                Some(found) => {
                    let r = vm.eq_bool(found, pair.1);
                    vm.decref(found);
                    r
                }
                None => Ok(false),
            }
        }
        DictViewKind::Values => vm.contains(view, item),
    }
}

/// `dictviews_to_set`: a new set of the view's items (the dict itself for keys).
fn view_to_set(vm: &mut Vm, v: ObjId) -> PyResult<ObjId> {
    let src = match view_parts(vm, v) {
        Some((d, DictViewKind::Keys)) if vm.heap.type_of(d) == vm.types.dict => d,
        _ => v,
    };
    super::set::make_new_set(vm, vm.types.set, Some(src)).inspect(|&s| {
        vm.heap.get_mut(s).copied_from = None;
    })
}

/// The set operators of keys and items views (`dictviews_sub`, `_PyDictView_Intersect`, ...).
pub fn view_binary(vm: &mut Vm, a: ObjId, b: ObjId, op: BinOp) -> PyResult<Option<ObjId>> {
    let setlike = |vm: &Vm, v: ObjId| {
        matches!(
            view_parts(vm, v),
            Some((_, DictViewKind::Keys | DictViewKind::Items))
        )
    };
    if !setlike(vm, a) && !setlike(vm, b) {
        return Ok(None);
    }
    if op == BinOp::BitAnd {
        return view_intersect(vm, a, b).map(Some);
    }
    let result = view_to_set(vm, a)?;
    let r = match op {
        BinOp::BitOr => super::set::set_update_internal(vm, result, b),
        BinOp::Sub => super::set::set_inplace(vm, result, b, BinOp::Sub),
        _ => super::set::set_inplace(vm, result, b, BinOp::BitXor),
    };
    match r {
        Ok(()) => Ok(Some(result)),
        Err(e) => {
            vm.decref(result);
            Err(e)
        }
    }
}

/// `_PyDictView_Intersect`.
fn view_intersect(vm: &mut Vm, a: ObjId, b: ObjId) -> PyResult<ObjId> {
    let is_view = |vm: &Vm, v: ObjId| {
        matches!(
            view_parts(vm, v),
            Some((_, DictViewKind::Keys | DictViewKind::Items))
        )
    };
    let (mut me, mut other) = if is_view(vm, a) { (a, b) } else { (b, a) };
    let len_self = vm.len(me)?;
    if vm.heap.type_of(other) == vm.types.set && len_self <= vm.len(other)? {
        return super::set::set_binary(vm, other, me, BinOp::BitAnd);
    }
    if is_view(vm, other) && vm.len(other)? > len_self {
        std::mem::swap(&mut me, &mut other);
    }
    let result = vm.new_set();
    let it = match vm.get_iter(other) {
        Ok(it) => it,
        Err(e) => {
            vm.decref(result);
            return Err(e);
        }
    };
    let r = loop {
        match vm.iter_next(it) {
            Ok(Some(k)) => {
                let r = view_contains(vm, me, k).and_then(|found| {
                    if found {
                        vm.set_add(result, k)
                    } else {
                        Ok(())
                    }
                });
                vm.decref(k);
                if let Err(e) = r {
                    break Err(e);
                }
            }
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        }
    };
    vm.decref(it);
    match r {
        Ok(()) => Ok(result),
        Err(e) => {
            vm.decref(result);
            Err(e)
        }
    }
}

fn view_self(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjId> {
    match args.args.first() {
        Some(&v) if view_parts(vm, v).is_some() => Ok(v),
        _ => {
            let t = vm.types.dict_keys;
            self_of(vm, args, t, name)
        }
    }
}

fn view_isdisjoint(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = view_self(vm, args, "isdisjoint")?;
    check_args(vm, "isdisjoint", &rest(args), 1, 1)?;
    let other = args.args[1];
    if me == other {
        let empty = vm.len(me)? == 0;
        return Ok(vm.new_bool(empty));
    }
    let it = vm.get_iter(other)?;
    let r = loop {
        match vm.iter_next(it) {
            Ok(Some(k)) => {
                let r = view_contains(vm, me, k);
                vm.decref(k);
                match r {
                    Ok(true) => break Ok(false),
                    Ok(false) => {}
                    Err(e) => break Err(e),
                }
            }
            Ok(None) => break Ok(true),
            Err(e) => break Err(e),
        }
    };
    vm.decref(it);
    let b = r?;
    Ok(vm.new_bool(b))
}

fn view_reversed(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = view_self(vm, args, "__reversed__")?;
    let Some((d, kind)) = view_parts(vm, me) else {
        return Err(vm.type_error("expected a dict view"));
    };
    reversed_of(vm, d, kind)
}

/// `dictview_repr`: `dict_keys(['a', 'b'])`.
pub fn view_repr(vm: &mut Vm, v: ObjId) -> PyResult<String> {
    let name = vm.type_name_of(v);
    if vm.repr_guard.contains(&v) {
        return Ok("...".to_string());
    }
    let items = vm.collect_iterable(v)?;
    let list = vm.new_list(items);
    vm.repr_guard.push(v);
    let r = vm.repr_string(list);
    vm.repr_guard.pop();
    vm.decref(list);
    Ok(format!("{name}({})", r?))
}

/// `dict[key]` for dicts and dict subclasses (`__missing__` when absent).
pub fn dict_subscript(vm: &mut Vm, d: ObjId, key: ObjId) -> PyResult<ObjId> {
    if let Some(v) = vm.dict_get_item(d, key)? {
        return Ok(v);
    }
    let ty = vm.heap.type_of(d);
    if ty != vm.types.dict {
        if let Some(m) = vm.lookup_type_attr(ty, "__missing__") {
            let r = vm.call_object(m, &Args::positional(vec![d, key]));
            vm.decref(m);
            return r;
        }
    }
    Err(vm.key_error(key))
}

/// `del d[key]`: KeyError when absent.
pub fn dict_delitem(vm: &mut Vm, d: ObjId, key: ObjId) -> PyResult<()> {
    if vm.dict_del_item(d, key)? {
        Ok(())
    } else {
        Err(vm.key_error(key))
    }
}

/// Raised by dict iterators; also used by `iter.rs`.
pub fn changed_size(vm: &mut Vm) -> PyErr {
    vm.new_error_msg(
        vm.types.runtime_error,
        "dictionary changed size during iteration",
    )
}

/// `all_contained_in`: every item of `a` is in `b`.
fn all_contained_in(vm: &mut Vm, a: ObjId, b: ObjId) -> PyResult<bool> {
    let it = vm.get_iter(a)?;
    let r = loop {
        match vm.iter_next(it) {
            Ok(Some(x)) => {
                let found = vm.contains(b, x);
                vm.decref(x);
                match found {
                    Ok(true) => {}
                    Ok(false) => break Ok(false),
                    Err(e) => break Err(e),
                }
            }
            Ok(None) => break Ok(true),
            Err(e) => break Err(e),
        }
    };
    vm.decref(it);
    r
}

/// `dictview_richcompare` for keys and items views: set-like comparisons with sets and other
/// such views; None (NotImplemented) otherwise.
pub fn view_richcompare(
    vm: &mut Vm,
    a: ObjId,
    b: ObjId,
    op: crate::syntax::ast::CmpOp,
) -> PyResult<Option<bool>> {
    use crate::syntax::ast::CmpOp;
    let setlike = |vm: &Vm, v: ObjId| {
        matches!(
            view_parts(vm, v),
            Some((_, DictViewKind::Keys | DictViewKind::Items))
        )
    };
    let other_ok =
        setlike(vm, b) || matches!(vm.heap.payload(b), Payload::Set(_) | Payload::FrozenSet(_));
    if !setlike(vm, a) || !other_ok {
        return Ok(None);
    }
    let (la, lb) = (vm.len(a)?, vm.len(b)?);
    let ok = match op {
        CmpOp::Eq | CmpOp::NotEq => {
            let same = la == lb && all_contained_in(vm, a, b)?;
            if op == CmpOp::Eq {
                same
            } else {
                !same
            }
        }
        CmpOp::Lt => la < lb && all_contained_in(vm, a, b)?,
        CmpOp::LtE => la <= lb && all_contained_in(vm, a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(vm, b, a)?,
        CmpOp::GtE => la >= lb && all_contained_in(vm, b, a)?,
        _ => return Ok(None),
    };
    Ok(Some(ok))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::dict::calculate_log2_keysize;

    #[test]
    fn log2_keysize_has_the_311_rounding() {
        // 1..7 round up to 16 slots on 64-bit Linux 3.11; 8 gives 8.
        assert_eq!(calculate_log2_keysize(3), 4);
        assert_eq!(calculate_log2_keysize(8), 3);
        assert_eq!(calculate_log2_keysize(15), 4);
        assert_eq!(calculate_log2_keysize(30), 5);
        assert_eq!(calculate_log2_keysize(0), 3);
        assert_eq!(calculate_log2_keysize(16), 5);
        assert_eq!(estimate_log2_keysize(2), 4);
        assert_eq!(estimate_log2_keysize(5), 3);
    }
}
