//! `list` (Objects/listobject.c): the over-allocation of `list_resize`, construction,
//! `list_extend` with `PyObject_LengthHint`, slice assignment (`list_ass_slice`) and the
//! methods, including CPython's timsort (`list_sort_impl`).

use crate::heap::{ListObj, ObjId, Payload};
use crate::syntax::ast::CmpOp;
use crate::vm::{Args, PyResult, Vm};

use super::sequence::{self_of, IndexErr};
use super::{add_method, check_args};

/// `list_resize`: the capacity after growing or shrinking from `allocated` (holding
/// `oldsize` items) to `newsize` items.
pub fn list_resize_capacity(allocated: usize, oldsize: usize, newsize: usize) -> usize {
    if allocated >= newsize && newsize >= (allocated >> 1) {
        return allocated;
    }
    if newsize == 0 {
        return 0;
    }
    let mut new_allocated = (newsize + (newsize >> 3) + 6) & !3;
    if newsize - oldsize.min(newsize) > new_allocated - newsize {
        new_allocated = (newsize + 3) & !3;
    }
    new_allocated
}

/// `list_preallocate_exact`: capacity for `n` items rounded up to even.
pub fn preallocate_exact(n: usize) -> usize {
    (n + 1) & !1
}

/// The items of a list (borrowed ids; empty for anything else).
pub fn list_items(vm: &Vm, l: ObjId) -> Vec<ObjId> {
    match vm.heap.payload(l) {
        Payload::List(l) => l.items.clone(),
        _ => Vec::new(),
    }
}

pub fn list_len(vm: &Vm, l: ObjId) -> usize {
    match vm.heap.payload(l) {
        Payload::List(l) => l.items.len(),
        _ => 0,
    }
}

fn list_mut(vm: &mut Vm, l: ObjId) -> Option<&mut ListObj> {
    match vm.heap.payload_mut(l) {
        Payload::List(l) => Some(l),
        _ => None,
    }
}

/// The list has no item array yet (`ob_item == NULL`): a fresh or cleared list.
fn has_no_storage(vm: &Vm, l: ObjId) -> bool {
    matches!(vm.heap.payload(l), Payload::List(l) if l.items.is_empty() && l.allocated == 0)
}

/// The list's capacity.
fn allocated_of(vm: &Vm, list: ObjId) -> usize {
    match vm.heap.payload(list) {
        Payload::List(l) => l.allocated,
        _ => 0,
    }
}

/// After `list_resize`: tracemalloc sees the item array reallocated when its capacity moved.
pub fn note_resize(vm: &mut Vm, list: ObjId, old_allocated: usize) {
    if vm.tracemalloc.is_some() && allocated_of(vm, list) != old_allocated {
        vm.tracemalloc_on_realloc(list);
    }
}

/// `list.extend` with owned items (the fast path of `list_extend` for a sequence).
pub fn extend_owned(vm: &mut Vm, list: ObjId, items: Vec<ObjId>) {
    if items.is_empty() {
        return;
    }
    let empty = has_no_storage(vm, list);
    let old_allocated = allocated_of(vm, list);
    if let Some(l) = list_mut(vm, list) {
        let old = l.items.len();
        let newsize = old + items.len();
        if empty {
            l.allocated = preallocate_exact(newsize);
        } else {
            l.allocated = list_resize_capacity(l.allocated, old, newsize);
        }
        l.items.extend(items);
    }
    note_resize(vm, list, old_allocated);
}

/// `app1` / `_PyList_AppendTakeRef`: append a reference the caller gives away.
pub fn append_owned(vm: &mut Vm, list: ObjId, v: ObjId) {
    let old_allocated = allocated_of(vm, list);
    if let Some(l) = list_mut(vm, list) {
        let n = l.items.len();
        if n >= l.allocated {
            l.allocated = list_resize_capacity(l.allocated, n, n + 1);
        }
        l.items.push(v);
    }
    note_resize(vm, list, old_allocated);
}

/// A new exact list holding `items` (owned) with capacity `allocated`.
pub fn new_list_with(vm: &mut Vm, items: Vec<ObjId>, allocated: usize) -> ObjId {
    let allocated = allocated.max(items.len());
    vm.alloc(vm.types.list, Payload::List(ListObj { items, allocated }))
}

/// `list_extend`: a list or tuple is copied at once; anything else is iterated, the list
/// first growing by `PyObject_LengthHint(iterable, 8)` and cut back at the end.
pub fn list_extend(vm: &mut Vm, list: ObjId, iterable: ObjId) -> PyResult<()> {
    let ty = vm.heap.type_of(iterable);
    let fast = if ty == vm.types.list || iterable == list {
        Some(list_items(vm, iterable))
    } else if ty == vm.types.tuple {
        Some(vm.tuple_items(Some(iterable)))
    } else {
        None
    };
    if let Some(items) = fast {
        vm.check_memory(8 * (list_len(vm, list) + items.len()) as u64)?;
        for &i in &items {
            vm.incref(i);
        }
        extend_owned(vm, list, items);
        return Ok(());
    }
    let it = vm.get_iter(iterable)?;
    let n = match super::iter::length_hint(vm, iterable, 8) {
        Ok(n) => n,
        Err(e) => {
            vm.decref(it);
            return Err(e);
        }
    };
    let m = list_len(vm, list);
    if let Err(e) = vm.check_memory(8 * (m as u64).saturating_add(n as u64)) {
        vm.decref(it);
        return Err(e);
    }
    let empty = has_no_storage(vm, list);
    let old_allocated = allocated_of(vm, list);
    if let Some(l) = list_mut(vm, list) {
        if empty {
            if n > 0 {
                l.allocated = preallocate_exact(n);
            }
        } else {
            l.allocated = list_resize_capacity(l.allocated, m, m + n);
        }
    }
    note_resize(vm, list, old_allocated);
    loop {
        match vm.iter_next(it) {
            Ok(Some(item)) => {
                append_owned(vm, list, item);
                let len = list_len(vm, list);
                if len.is_multiple_of(4096) {
                    if let Err(e) = vm.check_memory(8 * len as u64) {
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
    let old_allocated = allocated_of(vm, list);
    if let Some(l) = list_mut(vm, list) {
        let len = l.items.len();
        if len < l.allocated {
            l.allocated = list_resize_capacity(l.allocated, len, len);
        }
    }
    note_resize(vm, list, old_allocated);
    Ok(())
}

/// `PySequence_List`: a new list from any iterable (capacity as `list(iterable)` leaves it);
/// what `sorted()` starts from.
pub fn sequence_list(vm: &mut Vm, iterable: ObjId) -> PyResult<ObjId> {
    let list = vm.new_list(Vec::new());
    match list_extend(vm, list, iterable) {
        Ok(()) => Ok(list),
        Err(e) => {
            vm.decref(list);
            Err(e)
        }
    }
}

/// `_list_clear`: empties the list (no storage left) and releases the items from the end.
pub fn list_clear(vm: &mut Vm, list: ObjId) {
    let items = match list_mut(vm, list) {
        Some(l) => {
            l.allocated = 0;
            std::mem::take(&mut l.items)
        }
        None => return,
    };
    for item in items.into_iter().rev() {
        vm.decref(item);
    }
}

/// `list_ass_slice`: replaces `items[lo..hi]` with `v` (owned items; empty to delete). The
/// replaced items are released afterwards, last first.
pub fn list_ass_slice(vm: &mut Vm, list: ObjId, lo: usize, hi: usize, v: Vec<ObjId>) {
    let size = list_len(vm, list);
    let lo = lo.min(size);
    let hi = hi.clamp(lo, size);
    let norig = hi - lo;
    if size - norig + v.len() == 0 {
        list_clear(vm, list);
        return;
    }
    let recycle: Vec<ObjId> = match list_mut(vm, list) {
        Some(l) => {
            let newsize = size - norig + v.len();
            if newsize != size {
                l.allocated = list_resize_capacity(l.allocated, size, newsize);
            }
            l.items.splice(lo..hi, v).collect()
        }
        None => v,
    };
    for item in recycle.into_iter().rev() {
        vm.decref(item);
    }
}

/// A slice `items[start:stop:step]` of a sequence, as owned references.
pub fn slice_items(items: &[ObjId], start: i64, step: i64, n: usize) -> Vec<ObjId> {
    let mut out = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        if let Some(&x) = usize::try_from(i).ok().and_then(|i| items.get(i)) {
            out.push(x);
        }
        i += step;
    }
    out
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.list;
    add_method(vm, t, "__new__", list_new);
    add_method(vm, t, "__init__", list_init);
    add_method(vm, t, "append", list_append);
    add_method(vm, t, "extend", list_extend_method);
    add_method(vm, t, "insert", list_insert);
    add_method(vm, t, "pop", list_pop);
    add_method(vm, t, "remove", list_remove);
    add_method(vm, t, "index", list_index);
    add_method(vm, t, "count", list_count);
    add_method(vm, t, "reverse", list_reverse);
    add_method(vm, t, "sort", list_sort_method);
    add_method(vm, t, "copy", list_copy);
    add_method(vm, t, "clear", list_clear_method);
    add_method(vm, t, "__reversed__", list_reversed);
    add_method(vm, t, "__sizeof__", list_sizeof);
}

fn list_self(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjId> {
    let t = vm.types.list;
    self_of(vm, args, t, name)
}

/// `list.__new__`: an empty list of the class (the items come from `__init__`).
fn list_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&cls) = args.args.first() else {
        return Err(vm.type_error("list.__new__(): not enough arguments"));
    };
    if cls == vm.types.list {
        return Ok(vm.new_list(Vec::new()));
    }
    if !matches!(vm.heap.payload(cls), Payload::Type(_)) || !vm.is_subtype(cls, vm.types.list) {
        return Err(vm.type_error("list.__new__(X): X is not a subtype of list"));
    }
    vm.new_instance(cls)
}

/// `list___init___impl`: clears the list, then extends it from the iterable.
fn list_init(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = list_self(vm, args, "__init__")?;
    let rest = Args {
        args: args.args[1..].to_vec(),
        kwargs: args.kwargs.clone(),
    };
    if !rest.kwargs.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    check_args(vm, "list", &rest, 0, 1)?;
    if list_len(vm, me) > 0 {
        list_clear(vm, me);
    }
    if let Some(&iterable) = rest.args.first() {
        list_extend(vm, me, iterable)?;
        if super::sequence::is_container(vm, iterable) {
            vm.heap.get_mut(me).copied_from = Some(iterable);
        }
    }
    Ok(vm.new_none())
}

fn method_args(args: &Args) -> Args {
    Args {
        args: args.args.get(1..).unwrap_or(&[]).to_vec(),
        kwargs: args.kwargs.clone(),
    }
}

fn list_append(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = list_self(vm, args, "append")?;
    check_args(vm, "list.append", &method_args(args), 1, 1)?;
    let v = vm.incref(args.args[1]);
    vm.check_memory(8)?;
    append_owned(vm, me, v);
    Ok(vm.new_none())
}

fn list_extend_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = list_self(vm, args, "extend")?;
    check_args(vm, "list.extend", &method_args(args), 1, 1)?;
    list_extend(vm, me, args.args[1])?;
    Ok(vm.new_none())
}

/// `ins1`.
fn list_insert(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = list_self(vm, args, "insert")?;
    check_args(vm, "insert", &method_args(args), 2, 2)?;
    let i = super::sequence::as_ssize(vm, args.args[1], IndexErr::Overflow)?;
    let n = list_len(vm, me) as i64;
    let where_ = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let v = vm.incref(args.args[2]);
    let old_allocated = allocated_of(vm, me);
    if let Some(l) = list_mut(vm, me) {
        let n = l.items.len();
        l.allocated = list_resize_capacity(l.allocated, n, n + 1);
        l.items.insert(where_, v);
    }
    note_resize(vm, me, old_allocated);
    Ok(vm.new_none())
}

/// `list_pop_impl`.
fn list_pop(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = list_self(vm, args, "pop")?;
    let rest = method_args(args);
    check_args(vm, "pop", &rest, 0, 1)?;
    let index = match rest.args.first() {
        Some(&i) => super::sequence::as_ssize(vm, i, IndexErr::Overflow)?,
        None => -1,
    };
    let n = list_len(vm, me);
    if n == 0 {
        return Err(vm.new_error_msg(vm.types.index_error, "pop from empty list"));
    }
    let i = if index < 0 { index + n as i64 } else { index };
    if i < 0 || i >= n as i64 {
        return Err(vm.new_error_msg(vm.types.index_error, "pop index out of range"));
    }
    let i = i as usize;
    let old_allocated = allocated_of(vm, me);
    if let Some(l) = list_mut(vm, me) {
        let v = l.items.remove(i);
        l.allocated = list_resize_capacity(l.allocated, n, n - 1);
        note_resize(vm, me, old_allocated);
        return Ok(v);
    }
    Ok(vm.new_none())
}

/// The index of the first item equal to `value` in `[start, stop)`, comparing
/// `item == value` as `PyObject_RichCompareBool` does.
fn find_item(
    vm: &mut Vm,
    seq: ObjId,
    value: ObjId,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = match vm.heap.payload(seq) {
            Payload::List(l) if i < stop => l.items.get(i).copied(),
            Payload::Tuple(t) if i < stop => t.get(i).copied(),
            _ => None,
        };
        let Some(item) = item else {
            return Ok(None);
        };
        vm.incref(item);
        let r = vm.eq_bool(item, value);
        vm.decref(item);
        if r? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn list_remove(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = list_self(vm, args, "remove")?;
    check_args(vm, "list.remove", &method_args(args), 1, 1)?;
    match find_item(vm, me, args.args[1], 0, usize::MAX)? {
        Some(i) => {
            list_ass_slice(vm, me, i, i + 1, Vec::new());
            Ok(vm.new_none())
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

/// `start`/`stop` arguments of `index` (`_PyEval_SliceIndexNotNone`), adjusted to `len`.
pub fn index_bounds(vm: &mut Vm, args: &[ObjId], len: usize) -> PyResult<(usize, usize)> {
    let adjust = |v: i64| -> usize {
        if v < 0 {
            (v + len as i64).max(0) as usize
        } else {
            v as usize
        }
    };
    let start = match args.first() {
        Some(&s) => adjust(super::sequence::slice_index_not_none(vm, s)?),
        None => 0,
    };
    let stop = match args.get(1) {
        Some(&s) => adjust(super::sequence::slice_index_not_none(vm, s)?),
        None => usize::MAX,
    };
    Ok((start, stop))
}

/// `list_index_impl`.
fn list_index(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = list_self(vm, args, "index")?;
    let rest = method_args(args);
    check_args(vm, "index", &rest, 1, 3)?;
    let n = list_len(vm, me);
    let (start, stop) = index_bounds(vm, &rest.args[1..], n)?;
    match find_item(vm, me, rest.args[0], start, stop)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => {
            let r = vm.repr_string(rest.args[0])?;
            Err(vm.value_error(&format!("{r} is not in list")))
        }
    }
}

/// `count` of a list or tuple.
pub fn count_items(vm: &mut Vm, seq: ObjId, value: ObjId) -> PyResult<ObjId> {
    let mut count = 0;
    let mut i = 0;
    loop {
        let item = match vm.heap.payload(seq) {
            Payload::List(l) => l.items.get(i).copied(),
            Payload::Tuple(t) => t.get(i).copied(),
            _ => None,
        };
        let Some(item) = item else {
            break;
        };
        // list_count holds the item while comparing; tuplecount does not.
        let is_list = matches!(vm.heap.payload(seq), Payload::List(_));
        if is_list {
            vm.incref(item);
        }
        let r = vm.eq_bool(item, value);
        if is_list {
            vm.decref(item);
        }
        if r? {
            count += 1;
        }
        i += 1;
    }
    Ok(vm.new_int(count))
}

fn list_count(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = list_self(vm, args, "count")?;
    check_args(vm, "list.count", &method_args(args), 1, 1)?;
    count_items(vm, me, args.args[1])
}

fn list_reverse(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = list_self(vm, args, "reverse")?;
    check_args(vm, "list.reverse", &method_args(args), 0, 0)?;
    if let Some(l) = list_mut(vm, me) {
        l.items.reverse();
    }
    Ok(vm.new_none())
}

/// `list_copy` / `list_slice` of the whole list: an exact copy.
pub fn list_copy_of(vm: &mut Vm, me: ObjId) -> ObjId {
    let items = list_items(vm, me);
    for &i in &items {
        vm.incref(i);
    }
    let n = items.len();
    let copy = new_list_with(vm, items, n);
    vm.heap.get_mut(copy).copied_from = Some(me);
    copy
}

fn list_copy(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = list_self(vm, args, "copy")?;
    check_args(vm, "list.copy", &method_args(args), 0, 0)?;
    Ok(list_copy_of(vm, me))
}

fn list_clear_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = list_self(vm, args, "clear")?;
    check_args(vm, "list.clear", &method_args(args), 0, 0)?;
    list_clear(vm, me);
    Ok(vm.new_none())
}

fn list_reversed(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = list_self(vm, args, "__reversed__")?;
    check_args(vm, "list.__reversed__", &method_args(args), 0, 0)?;
    let n = list_len(vm, me) as isize;
    vm.incref(me);
    Ok(vm.alloc(
        vm.types.list_reverseiterator,
        Payload::Iterator(crate::heap::IterObj::Reversed {
            seq: Some(me),
            index: n - 1,
        }),
    ))
}

fn list_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = list_self(vm, args, "__sizeof__")?;
    let allocated = match vm.heap.payload(me) {
        Payload::List(l) => l.allocated,
        _ => 0,
    };
    Ok(vm.new_int(40 + 8 * allocated as i64))
}

fn list_sort_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = list_self(vm, args, "sort")?;
    if args.args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let mut key = None;
    let mut reverse = false;
    for (name, v) in &args.kwargs {
        match &**name {
            "key" => key = Some(*v).filter(|&k| k != vm.none),
            "reverse" => reverse = super::sequence::int_truth(vm, *v)?,
            other => {
                return Err(vm.type_error(&format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )))
            }
        }
    }
    list_sort(vm, me, key, reverse)?;
    Ok(vm.new_none())
}

/// `list_sort_impl`: while sorting, the list looks empty; if Python code (a key function or
/// `__lt__`) changed it meanwhile, "list modified during sort".
pub fn list_sort(vm: &mut Vm, list: ObjId, key: Option<ObjId>, reverse: bool) -> PyResult<()> {
    let (mut items, saved_allocated) = match list_mut(vm, list) {
        Some(l) => {
            let a = l.allocated;
            l.allocated = 0;
            (std::mem::take(&mut l.items), a)
        }
        None => return Ok(()),
    };
    let mut keys: Option<Vec<ObjId>> = None;
    let mut result: PyResult<()> = Ok(());
    if let Some(kf) = key {
        let mut ks = Vec::with_capacity(items.len());
        for &item in &items {
            match vm.call_object(kf, &Args::positional(vec![item])) {
                Ok(k) => ks.push(k),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        if result.is_ok() {
            keys = Some(ks);
        } else {
            for k in ks.into_iter().rev() {
                vm.decref(k);
            }
        }
    }
    if result.is_ok() {
        if reverse {
            if let Some(ks) = keys.as_mut() {
                ks.reverse();
            }
            items.reverse();
        }
        result = {
            let mut sorter = Sorter {
                vm,
                keys,
                values: &mut items,
                min_gallop: MIN_GALLOP,
            };
            let r = sorter.sort();
            let keys = sorter.keys.take();
            if let Some(ks) = keys {
                for k in ks {
                    vm.decref(k);
                }
            }
            r
        };
        let modified = match vm.heap.payload(list) {
            Payload::List(l) => !l.items.is_empty() || l.allocated != 0,
            _ => false,
        };
        if modified && result.is_ok() {
            result = Err(vm.value_error("list modified during sort"));
        }
        if reverse && items.len() > 1 {
            items.reverse();
        }
    }
    let (final_items, _) = match list_mut(vm, list) {
        Some(l) => {
            let old = std::mem::replace(&mut l.items, items);
            let a = std::mem::replace(&mut l.allocated, saved_allocated);
            (old, a)
        }
        None => (items, 0),
    };
    for item in final_items.into_iter().rev() {
        vm.decref(item);
    }
    result
}

// ----- timsort (Objects/listsort.txt, `listsort` of listobject.c) -----

const MIN_GALLOP: usize = 7;

struct Sorter<'a> {
    vm: &'a mut Vm,
    /// The sort keys when a key function was given (moved in step with `values`).
    keys: Option<Vec<ObjId>>,
    values: &'a mut Vec<ObjId>,
    min_gallop: usize,
}

#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

impl Sorter<'_> {
    fn key(&self, i: usize) -> ObjId {
        match &self.keys {
            Some(k) => k[i],
            None => self.values[i],
        }
    }

    /// `ISLT`: `PyObject_RichCompareBool(a, b, Py_LT)`.
    fn lt(&mut self, a: ObjId, b: ObjId) -> PyResult<bool> {
        let r = self.vm.rich_compare(a, b, CmpOp::Lt)?;
        let t = self.vm.is_true(r);
        self.vm.decref(r);
        t
    }

    fn reverse_range(&mut self, lo: usize, hi: usize) {
        self.values[lo..hi].reverse();
        if let Some(k) = self.keys.as_mut() {
            k[lo..hi].reverse();
        }
    }

    /// Moves the element at `from` to `to` (< from), shifting the ones between right.
    fn rotate_in(&mut self, to: usize, from: usize) {
        self.values[to..=from].rotate_right(1);
        if let Some(k) = self.keys.as_mut() {
            k[to..=from].rotate_right(1);
        }
    }

    /// `binarysort`: items `[lo, start)` are sorted; insert the rest up to `hi`.
    fn binarysort(&mut self, lo: usize, hi: usize, mut start: usize) -> PyResult<()> {
        if lo == start {
            start += 1;
        }
        while start < hi {
            let pivot = self.key(start);
            let mut l = lo;
            let mut r = start;
            loop {
                let p = l + ((r - l) >> 1);
                let pk = self.key(p);
                if self.lt(pivot, pk)? {
                    r = p;
                } else {
                    l = p + 1;
                }
                if l >= r {
                    break;
                }
            }
            if l < start {
                self.rotate_in(l, start);
            }
            start += 1;
        }
        Ok(())
    }

    /// `count_run`: the length of the run at `lo` and whether it is strictly descending.
    fn count_run(&mut self, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        let (a, b) = (self.key(lo + 1), self.key(lo));
        if self.lt(a, b)? {
            let mut p = lo + 2;
            while p < hi {
                let (a, b) = (self.key(p), self.key(p - 1));
                if !self.lt(a, b)? {
                    break;
                }
                p += 1;
                n += 1;
            }
            Ok((n, true))
        } else {
            let mut p = lo + 2;
            while p < hi {
                let (a, b) = (self.key(p), self.key(p - 1));
                if self.lt(a, b)? {
                    break;
                }
                p += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    fn sort(&mut self) -> PyResult<()> {
        let n = self.values.len();
        if n < 2 {
            return Ok(());
        }
        let minrun = merge_compute_minrun(n);
        let mut pending: Vec<Run> = Vec::new();
        let mut lo = 0;
        let mut nremaining = n;
        while nremaining > 0 {
            let (mut run, descending) = self.count_run(lo, lo + nremaining)?;
            if descending {
                self.reverse_range(lo, lo + run);
            }
            if run < minrun {
                let force = nremaining.min(minrun);
                self.binarysort(lo, lo + force, lo + run)?;
                run = force;
            }
            let power = if pending.is_empty() {
                0
            } else {
                let last = pending[pending.len() - 1];
                powerloop(last.base, last.len, run, n)
            };
            if !pending.is_empty() {
                self.found_new_run(&mut pending, power)?;
            }
            pending.push(Run {
                base: lo,
                len: run,
                power,
            });
            lo += run;
            nremaining -= run;
        }
        // merge_force_collapse
        while pending.len() > 1 {
            let mut i = pending.len() - 2;
            if i > 0 && pending[i - 1].len < pending[i + 1].len {
                i -= 1;
            }
            self.merge_at(&mut pending, i)?;
        }
        Ok(())
    }

    /// `found_new_run` (3.11 powersort): merge while the stack top's power exceeds the new one.
    fn found_new_run(&mut self, pending: &mut Vec<Run>, power: u32) -> PyResult<()> {
        if pending.len() > 1 {
            while pending.len() > 1 && pending[pending.len() - 2].power > power {
                let i = pending.len() - 2;
                self.merge_at(pending, i)?;
            }
        }
        if let Some(last) = pending.last_mut() {
            last.power = power;
        }
        Ok(())
    }

    /// `merge_at`: merges runs i and i+1.
    fn merge_at(&mut self, pending: &mut Vec<Run>, i: usize) -> PyResult<()> {
        let a = pending[i];
        let b = pending[i + 1];
        pending[i].len = a.len + b.len;
        pending.remove(i + 1);
        let (mut base_a, mut na) = (a.base, a.len);
        let (base_b, mut nb) = (b.base, b.len);
        let kb = self.key(base_b);
        let k = self.gallop_right(kb, base_a, na, 0)?;
        base_a += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        let ka = self.key(base_a + na - 1);
        nb = self.gallop_left(ka, base_b, nb, nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(base_a, na, base_b, nb)
        } else {
            self.merge_hi(base_a, na, base_b, nb)
        }
    }

    /// `gallop_left`: the leftmost position in the sorted `[a, a+n)` where `key` belongs.
    fn gallop_left(&mut self, key: ObjId, a: usize, n: usize, hint: usize) -> PyResult<usize> {
        let mut lastofs: usize;
        let mut ofs: usize;
        let ah = self.key(a + hint);
        if self.lt(ah, key)? {
            let maxofs = n - hint;
            lastofs = 0;
            ofs = 1;
            while ofs < maxofs {
                let k = self.key(a + hint + ofs);
                if self.lt(k, key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
            // search (lastofs, ofs]
            let mut lo = lastofs + 1;
            let mut hi = ofs;
            while lo < hi {
                let m = lo + ((hi - lo) >> 1);
                let k = self.key(a + m);
                if self.lt(k, key)? {
                    lo = m + 1;
                } else {
                    hi = m;
                }
            }
            Ok(hi)
        } else {
            let maxofs = hint + 1;
            lastofs = 0;
            ofs = 1;
            while ofs < maxofs {
                let k = self.key(a + hint - ofs);
                if self.lt(k, key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            // in C: k = lastofs; lastofs = hint - ofs; ofs = hint - k; range (lastofs, ofs]
            let lo_excl = hint as isize - ofs as isize;
            let hi = hint - lastofs;
            let mut lo = (lo_excl + 1) as usize;
            let mut hi = hi;
            while lo < hi {
                let m = lo + ((hi - lo) >> 1);
                let k = self.key(a + m);
                if self.lt(k, key)? {
                    lo = m + 1;
                } else {
                    hi = m;
                }
            }
            Ok(hi)
        }
    }

    /// `gallop_right`: the rightmost position in `[a, a+n)` where `key` belongs.
    fn gallop_right(&mut self, key: ObjId, a: usize, n: usize, hint: usize) -> PyResult<usize> {
        let mut lastofs: usize;
        let mut ofs: usize;
        let ah = self.key(a + hint);
        if self.lt(key, ah)? {
            let maxofs = hint + 1;
            lastofs = 0;
            ofs = 1;
            while ofs < maxofs {
                let k = self.key(a + hint - ofs);
                if self.lt(key, k)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            let lo_excl = hint as isize - ofs as isize;
            let mut lo = (lo_excl + 1) as usize;
            let mut hi = hint - lastofs;
            while lo < hi {
                let m = lo + ((hi - lo) >> 1);
                let k = self.key(a + m);
                if self.lt(key, k)? {
                    hi = m;
                } else {
                    lo = m + 1;
                }
            }
            Ok(hi)
        } else {
            let maxofs = n - hint;
            lastofs = 0;
            ofs = 1;
            while ofs < maxofs {
                let k = self.key(a + hint + ofs);
                if self.lt(key, k)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            let mut lo = lastofs + hint + 1;
            let mut hi = ofs + hint;
            while lo < hi {
                let m = lo + ((hi - lo) >> 1);
                let k = self.key(a + m);
                if self.lt(key, k)? {
                    hi = m;
                } else {
                    lo = m + 1;
                }
            }
            Ok(hi)
        }
    }

    fn get(&self, i: usize) -> Slot {
        (self.values[i], self.keys.as_ref().map(|k| k[i]))
    }

    fn set(&mut self, i: usize, v: Slot) {
        self.values[i] = v.0;
        if let (Some(k), Some(kv)) = (self.keys.as_mut(), v.1) {
            k[i] = kv;
        }
    }

    /// `merge_lo`: merges the runs `[pa, pa+na)` and `[pb, pb+nb)` (na <= nb) with a temp
    /// copy of run a. On an error the remaining temp items are copied back, as in C.
    fn merge_lo(&mut self, pa: usize, na: usize, pb: usize, nb: usize) -> PyResult<()> {
        let tmp: Vec<Slot> = (pa..pa + na).map(|i| self.get(i)).collect();
        let mut st = MergeState {
            dest: pa as isize,
            a: 0,
            b: pb as isize,
            na,
            nb,
        };
        let v = self.get(pb);
        self.set(pa, v);
        st.dest += 1;
        st.b += 1;
        st.nb -= 1;
        let exit = if st.nb == 0 {
            Ok(MergeExit::Succeed)
        } else if st.na == 1 {
            Ok(MergeExit::Copy)
        } else {
            self.merge_lo_loop(&tmp, &mut st)
        };
        match exit {
            Ok(MergeExit::Copy) => {
                // CopyB: the last element of run a belongs at the end.
                for j in 0..st.nb as isize {
                    let v = self.get((st.b + j) as usize);
                    self.set((st.dest + j) as usize, v);
                }
                self.set((st.dest + st.nb as isize) as usize, tmp[st.a as usize]);
                Ok(())
            }
            other => {
                for j in 0..st.na as isize {
                    self.set((st.dest + j) as usize, tmp[(st.a + j) as usize]);
                }
                other.map(|_| ())
            }
        }
    }

    fn merge_lo_loop(&mut self, tmp: &[Slot], st: &mut MergeState) -> PyResult<MergeExit> {
        let tkey = |i: isize| tmp[i as usize].1.unwrap_or(tmp[i as usize].0);
        let mut min_gallop = self.min_gallop;
        loop {
            let mut acount = 0usize;
            let mut bcount = 0usize;
            loop {
                let kb = self.key(st.b as usize);
                if self.lt(kb, tkey(st.a))? {
                    let v = self.get(st.b as usize);
                    self.set(st.dest as usize, v);
                    st.dest += 1;
                    st.b += 1;
                    bcount += 1;
                    acount = 0;
                    st.nb -= 1;
                    if st.nb == 0 {
                        return Ok(MergeExit::Succeed);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                } else {
                    self.set(st.dest as usize, tmp[st.a as usize]);
                    st.dest += 1;
                    st.a += 1;
                    acount += 1;
                    bcount = 0;
                    st.na -= 1;
                    if st.na == 1 {
                        return Ok(MergeExit::Copy);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                self.min_gallop = min_gallop;
                let kb = self.key(st.b as usize);
                let a0 = st.a as usize;
                let k = self.gallop_right_tmp(kb, &tmp[a0..a0 + st.na], 0)?;
                acount = k;
                if k > 0 {
                    for j in 0..k as isize {
                        self.set((st.dest + j) as usize, tmp[(st.a + j) as usize]);
                    }
                    st.dest += k as isize;
                    st.a += k as isize;
                    st.na -= k;
                    if st.na == 1 {
                        return Ok(MergeExit::Copy);
                    }
                    if st.na == 0 {
                        return Ok(MergeExit::Succeed);
                    }
                }
                let v = self.get(st.b as usize);
                self.set(st.dest as usize, v);
                st.dest += 1;
                st.b += 1;
                st.nb -= 1;
                if st.nb == 0 {
                    return Ok(MergeExit::Succeed);
                }
                let k = self.gallop_left(tkey(st.a), st.b as usize, st.nb, 0)?;
                bcount = k;
                if k > 0 {
                    for j in 0..k as isize {
                        let v = self.get((st.b + j) as usize);
                        self.set((st.dest + j) as usize, v);
                    }
                    st.dest += k as isize;
                    st.b += k as isize;
                    st.nb -= k;
                    if st.nb == 0 {
                        return Ok(MergeExit::Succeed);
                    }
                }
                self.set(st.dest as usize, tmp[st.a as usize]);
                st.dest += 1;
                st.a += 1;
                st.na -= 1;
                if st.na == 1 {
                    return Ok(MergeExit::Copy);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }

    /// `gallop_right` over the temp array of `merge_lo`.
    fn gallop_right_tmp(&mut self, key: ObjId, arr: &[Slot], hint: usize) -> PyResult<usize> {
        let k = |i: usize| arr[i].1.unwrap_or(arr[i].0);
        let n = arr.len();
        let mut lastofs: usize;
        let mut ofs: usize;
        if self.lt(key, k(hint))? {
            let maxofs = hint + 1;
            lastofs = 0;
            ofs = 1;
            while ofs < maxofs {
                if self.lt(key, k(hint - ofs))? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            let mut lo = (hint as isize - ofs as isize + 1) as usize;
            let mut hi = hint - lastofs;
            while lo < hi {
                let m = lo + ((hi - lo) >> 1);
                if self.lt(key, k(m))? {
                    hi = m;
                } else {
                    lo = m + 1;
                }
            }
            Ok(hi)
        } else {
            let maxofs = n - hint;
            lastofs = 0;
            ofs = 1;
            while ofs < maxofs {
                if self.lt(key, k(hint + ofs))? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            let mut lo = lastofs + hint + 1;
            let mut hi = ofs + hint;
            while lo < hi {
                let m = lo + ((hi - lo) >> 1);
                if self.lt(key, k(m))? {
                    hi = m;
                } else {
                    lo = m + 1;
                }
            }
            Ok(hi)
        }
    }

    /// `gallop_left` over the temp array of `merge_hi`.
    fn gallop_left_tmp(&mut self, key: ObjId, arr: &[Slot], hint: usize) -> PyResult<usize> {
        let k = |i: usize| arr[i].1.unwrap_or(arr[i].0);
        let n = arr.len();
        let mut lastofs: usize;
        let mut ofs: usize;
        if self.lt(k(hint), key)? {
            let maxofs = n - hint;
            lastofs = 0;
            ofs = 1;
            while ofs < maxofs {
                if self.lt(k(hint + ofs), key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            let mut lo = lastofs + hint + 1;
            let mut hi = ofs + hint;
            while lo < hi {
                let m = lo + ((hi - lo) >> 1);
                if self.lt(k(m), key)? {
                    lo = m + 1;
                } else {
                    hi = m;
                }
            }
            Ok(hi)
        } else {
            let maxofs = hint + 1;
            lastofs = 0;
            ofs = 1;
            while ofs < maxofs {
                if self.lt(k(hint - ofs), key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            let mut lo = (hint as isize - ofs as isize + 1) as usize;
            let mut hi = hint - lastofs;
            while lo < hi {
                let m = lo + ((hi - lo) >> 1);
                if self.lt(k(m), key)? {
                    lo = m + 1;
                } else {
                    hi = m;
                }
            }
            Ok(hi)
        }
    }

    /// `merge_hi`: like `merge_lo` from the right end, with a temp copy of run b (na > nb).
    fn merge_hi(&mut self, pa: usize, na: usize, pb: usize, nb: usize) -> PyResult<()> {
        let tmp: Vec<Slot> = (pb..pb + nb).map(|i| self.get(i)).collect();
        let mut st = MergeState {
            dest: (pb + nb - 1) as isize,
            a: (pa + na - 1) as isize,
            b: nb as isize - 1,
            na,
            nb,
        };
        let v = self.get(st.a as usize);
        self.set(st.dest as usize, v);
        st.dest -= 1;
        st.a -= 1;
        st.na -= 1;
        let exit = if st.na == 0 {
            Ok(MergeExit::Succeed)
        } else if st.nb == 1 {
            Ok(MergeExit::Copy)
        } else {
            self.merge_hi_loop(pa, &tmp, &mut st)
        };
        match exit {
            Ok(MergeExit::Copy) => {
                // CopyA: the first element of run b belongs at the front.
                for j in 0..st.na as isize {
                    let v = self.get((st.a - j) as usize);
                    self.set((st.dest - j) as usize, v);
                }
                st.dest -= st.na as isize;
                self.set(st.dest as usize, tmp[st.b as usize]);
                Ok(())
            }
            other => {
                let start = st.dest - (st.nb as isize - 1);
                for j in 0..st.nb as isize {
                    self.set((start + j) as usize, tmp[j as usize]);
                }
                other.map(|_| ())
            }
        }
    }

    fn merge_hi_loop(
        &mut self,
        pa: usize,
        tmp: &[Slot],
        st: &mut MergeState,
    ) -> PyResult<MergeExit> {
        let tkey = |i: isize| tmp[i as usize].1.unwrap_or(tmp[i as usize].0);
        let mut min_gallop = self.min_gallop;
        loop {
            let mut acount = 0usize;
            let mut bcount = 0usize;
            loop {
                let ka = self.key(st.a as usize);
                if self.lt(tkey(st.b), ka)? {
                    let v = self.get(st.a as usize);
                    self.set(st.dest as usize, v);
                    st.dest -= 1;
                    st.a -= 1;
                    acount += 1;
                    bcount = 0;
                    st.na -= 1;
                    if st.na == 0 {
                        return Ok(MergeExit::Succeed);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                } else {
                    self.set(st.dest as usize, tmp[st.b as usize]);
                    st.dest -= 1;
                    st.b -= 1;
                    bcount += 1;
                    acount = 0;
                    st.nb -= 1;
                    if st.nb == 1 {
                        return Ok(MergeExit::Copy);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                self.min_gallop = min_gallop;
                let k = self.gallop_right(tkey(st.b), pa, st.na, st.na - 1)?;
                let k = st.na - k;
                acount = k;
                if k > 0 {
                    st.dest -= k as isize;
                    st.a -= k as isize;
                    for j in (1..=k as isize).rev() {
                        let v = self.get((st.a + j) as usize);
                        self.set((st.dest + j) as usize, v);
                    }
                    st.na -= k;
                    if st.na == 0 {
                        return Ok(MergeExit::Succeed);
                    }
                }
                self.set(st.dest as usize, tmp[st.b as usize]);
                st.dest -= 1;
                st.b -= 1;
                st.nb -= 1;
                if st.nb == 1 {
                    return Ok(MergeExit::Copy);
                }
                let ka = self.key(st.a as usize);
                let k = self.gallop_left_tmp(ka, &tmp[..st.nb], st.nb - 1)?;
                let k = st.nb - k;
                bcount = k;
                if k > 0 {
                    st.dest -= k as isize;
                    st.b -= k as isize;
                    for j in 1..=k as isize {
                        self.set((st.dest + j) as usize, tmp[(st.b + j) as usize]);
                    }
                    st.nb -= k;
                    if st.nb == 1 {
                        return Ok(MergeExit::Copy);
                    }
                    if st.nb == 0 {
                        return Ok(MergeExit::Succeed);
                    }
                }
                let v = self.get(st.a as usize);
                self.set(st.dest as usize, v);
                st.dest -= 1;
                st.a -= 1;
                st.na -= 1;
                if st.na == 0 {
                    return Ok(MergeExit::Succeed);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }
}

/// One value with its key (when sorting with a key function).
type Slot = (ObjId, Option<ObjId>);

/// Positions while merging: `dest` is the next slot written, `a`/`b` the next items of the
/// runs (one of them indexes the temp copy).
struct MergeState {
    dest: isize,
    a: isize,
    b: isize,
    na: usize,
    nb: usize,
}

enum MergeExit {
    Succeed,
    /// `CopyB` (merge_lo) or `CopyA` (merge_hi).
    Copy,
}

/// `merge_compute_minrun`.
fn merge_compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// `powerloop` (3.11): the node power of the boundary between run s1 (at `s1`, length `n1`)
/// and the next run of length `n2`, in a list of `n` items.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn append_growth_matches_cpython() {
        let mut allocated = 0;
        let mut caps = Vec::new();
        for n in 0..60 {
            let new = list_resize_capacity(allocated, n, n + 1);
            if new != allocated {
                caps.push(new);
                allocated = new;
            }
        }
        assert_eq!(caps, vec![4, 8, 16, 24, 32, 40, 52, 64]);
        assert_eq!(preallocate_exact(3), 4);
        assert_eq!(preallocate_exact(10), 10);
        // cap 10, pop down to 5 keeps it; to 4 shrinks to 8.
        assert_eq!(list_resize_capacity(10, 6, 5), 10);
        assert_eq!(list_resize_capacity(10, 5, 4), 8);
    }

    #[test]
    fn minrun_and_powerloop() {
        assert_eq!(merge_compute_minrun(63), 63);
        assert_eq!(merge_compute_minrun(64), 32);
        assert_eq!(merge_compute_minrun(65), 33);
        assert_eq!(powerloop(0, 32, 32, 64), 1);
    }

    #[test]
    fn sort_matches_sorted_order() {
        let mut vm = Vm::new();
        let values: Vec<i64> = (0..500).map(|i| (i * 7919) % 1013 - 300).collect();
        let items: Vec<ObjId> = values.iter().map(|&v| vm.new_int(v)).collect();
        let list = vm.new_list(items);
        list_sort(&mut vm, list, None, false).expect("sort");
        let got: Vec<i64> = list_items(&vm, list)
            .into_iter()
            .map(|id| match vm.heap.payload(id) {
                Payload::Int(i) => *i,
                _ => 0,
            })
            .collect();
        let mut want = values;
        want.sort();
        assert_eq!(got, want);
        vm.decref(list);
    }
}
