//! Operators of builtin containers: list/tuple concatenation and repetition (`list_concat`,
//! `list_repeat`, `tupleconcat`, `tuplerepeat`), set algebra (`set_or`, ...), dict union
//! (`dict_or`), their in-place forms, and the index helpers the containers share
//! (`PyNumber_AsSsize_t`, `_PyEval_SliceIndex`, `PySlice_AdjustIndices`).

use num_traits::Signed;

use crate::heap::{ObjId, Payload};
use crate::syntax::ast::BinOp;
use crate::vm::{Args, PyResult, Vm};

/// The exception `as_ssize` raises for an int that does not fit.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum IndexErr {
    /// `PyNumber_AsSsize_t(v, PyExc_IndexError)`: subscripts.
    Index,
    /// `PyNumber_AsSsize_t(v, PyExc_OverflowError)`: repeat counts.
    Overflow,
    /// Argument Clinic's `Py_ssize_t` converter: "Python int too large to convert to C ssize_t".
    Clinic,
}

/// `self` of a method descriptor call, checked against the type as `method_vectorcall_*`
/// does.
pub fn self_of(vm: &mut Vm, args: &Args, ty: ObjId, name: &str) -> PyResult<ObjId> {
    match args.args.first() {
        Some(&s) if vm.isinstance_of(s, ty) => Ok(s),
        None => {
            let tn = vm.type_name(ty);
            Err(vm.type_error(&format!("unbound method {tn}.{name}() needs an argument")))
        }
        Some(&s) => {
            let tn = vm.type_name(ty);
            let sn = vm.type_name_of(s);
            Err(vm.type_error(&format!(
                "descriptor '{name}' for '{tn}' objects doesn't apply to a '{sn}' object"
            )))
        }
    }
}

/// Whether copying from `v` should be shown as a copy (`copied_from`).
pub fn is_container(vm: &Vm, v: ObjId) -> bool {
    matches!(
        vm.heap.payload(v),
        Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
    )
}

/// The value of an int-like object through `__index__`, as a big or small int; None when the
/// object has no `__index__`.
fn index_value(vm: &mut Vm, v: ObjId) -> PyResult<Option<Result<i64, bool>>> {
    match vm.heap.payload(v) {
        Payload::Int(i) => return Ok(Some(Ok(*i))),
        Payload::Bool(b) => return Ok(Some(Ok(*b as i64))),
        Payload::BigInt(b) => return Ok(Some(Err(b.is_negative()))),
        _ => {}
    }
    let ty = vm.heap.type_of(v);
    if !vm.is_heap_type(ty) {
        return Ok(None);
    }
    let Some(m) = vm.lookup_type_attr(ty, "__index__") else {
        return Ok(None);
    };
    let r = vm.call_object(m, &Args::positional(vec![v]));
    vm.decref(m);
    let r = r?;
    let out = match vm.heap.payload(r) {
        Payload::Int(i) => Ok(Some(Ok(*i))),
        Payload::Bool(b) => Ok(Some(Ok(*b as i64))),
        Payload::BigInt(b) => Ok(Some(Err(b.is_negative()))),
        _ => {
            let tn = vm.type_name_of(r);
            Err(vm.type_error(&format!("__index__ returned non-int (type {tn})")))
        }
    };
    vm.decref(r);
    out
}

/// Whether `v` can be used as an index (an int or has `__index__`).
pub fn has_index(vm: &Vm, v: ObjId) -> bool {
    match vm.heap.payload(v) {
        Payload::Int(_) | Payload::Bool(_) | Payload::BigInt(_) => true,
        _ => {
            let ty = vm.heap.type_of(v);
            vm.is_heap_type(ty) && vm.lookup_type_attr_borrowed(ty, "__index__").is_some()
        }
    }
}

/// `PyNumber_AsSsize_t`: TypeError when `v` is not an integer.
pub fn as_ssize(vm: &mut Vm, v: ObjId, err: IndexErr) -> PyResult<i64> {
    match index_value(vm, v)? {
        Some(Ok(i)) => Ok(i),
        Some(Err(_)) => {
            let tn = vm.type_name_of(v);
            Err(match err {
                IndexErr::Index => vm.new_error_msg(
                    vm.types.index_error,
                    &format!("cannot fit '{tn}' into an index-sized integer"),
                ),
                IndexErr::Overflow => vm.new_error_msg(
                    vm.types.overflow_error,
                    &format!("cannot fit '{tn}' into an index-sized integer"),
                ),
                IndexErr::Clinic => vm.new_error_msg(
                    vm.types.overflow_error,
                    "Python int too large to convert to C ssize_t",
                ),
            })
        }
        None => {
            let tn = vm.type_name_of(v);
            Err(vm.type_error(&format!(
                "'{tn}' object cannot be interpreted as an integer"
            )))
        }
    }
}

/// An `int` argument's truth (Argument Clinic's `bool(accept={int})`).
pub fn int_truth(vm: &mut Vm, v: ObjId) -> PyResult<bool> {
    Ok(as_ssize(vm, v, IndexErr::Clinic)? != 0)
}

/// `_PyEval_SliceIndex`: None for `None`; big values clamp to the ssize range.
pub fn slice_index(vm: &mut Vm, v: ObjId) -> PyResult<Option<i64>> {
    if v == vm.none {
        return Ok(None);
    }
    match index_value(vm, v)? {
        Some(Ok(i)) => Ok(Some(i)),
        Some(Err(neg)) => Ok(Some(if neg { i64::MIN } else { i64::MAX })),
        None => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// `_PyEval_SliceIndexNotNone` (start/stop of `index()`).
pub fn slice_index_not_none(vm: &mut Vm, v: ObjId) -> PyResult<i64> {
    match index_value(vm, v)? {
        Some(Ok(i)) => Ok(i),
        Some(Err(neg)) => Ok(if neg { i64::MIN } else { i64::MAX }),
        None => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

/// The raw (start, stop, step) of a slice object: `PySlice_Unpack`.
pub fn slice_unpack(vm: &mut Vm, slice: ObjId) -> PyResult<(i64, i64, i64)> {
    let (start, stop, step) = match vm.heap.payload(slice) {
        Payload::Slice { start, stop, step } => (*start, *stop, *step),
        _ => return Err(vm.type_error("expected a slice")),
    };
    let step = match slice_index(vm, step)? {
        None => 1,
        Some(0) => return Err(vm.value_error("slice step cannot be zero")),
        Some(s) => s.max(-i64::MAX),
    };
    let start = match slice_index(vm, start)? {
        None => {
            if step < 0 {
                i64::MAX
            } else {
                0
            }
        }
        Some(s) => s,
    };
    let stop = match slice_index(vm, stop)? {
        None => {
            if step < 0 {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        Some(s) => s,
    };
    Ok((start, stop, step))
}

/// `PySlice_AdjustIndices`: clamps start/stop to `len`, returns the slice length.
pub fn adjust_indices(len: i64, start: &mut i64, stop: &mut i64, step: i64) -> usize {
    for v in [&mut *start, &mut *stop] {
        if *v < 0 {
            *v = v.saturating_add(len);
            if *v < 0 {
                *v = if step < 0 { -1 } else { 0 };
            }
        } else if *v >= len {
            *v = if step < 0 { len - 1 } else { len };
        }
    }
    if step < 0 {
        if *stop < *start {
            return ((*start - *stop - 1) / (-step) + 1) as usize;
        }
    } else if *start < *stop {
        return ((*stop - *start - 1) / step + 1) as usize;
    }
    0
}

/// A slice applied to a sequence of length `len`: (start, stop, step, slicelength).
pub fn slice_indices(vm: &mut Vm, slice: ObjId, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let (mut start, mut stop, step) = slice_unpack(vm, slice)?;
    let n = adjust_indices(len as i64, &mut start, &mut stop, step);
    Ok((start, stop, step, n))
}

// ----- operators -----

fn is_list(vm: &Vm, v: ObjId) -> bool {
    matches!(vm.heap.payload(v), Payload::List(_))
}

fn is_tuple(vm: &Vm, v: ObjId) -> bool {
    matches!(vm.heap.payload(v), Payload::Tuple(_))
}

fn is_anyset(vm: &Vm, v: ObjId) -> bool {
    matches!(vm.heap.payload(v), Payload::Set(_) | Payload::FrozenSet(_))
}

/// Whether the other operand's class may still answer through a reflected method.
fn has_user_method(vm: &Vm, v: ObjId, name: &str) -> bool {
    let ty = vm.heap.type_of(v);
    vm.is_heap_type(ty) && vm.lookup_type_attr_borrowed(ty, name).is_some()
}

/// `list + list`, `tuple * n`, `set | set`, `dict | dict`, ...; None = NotImplemented.
pub fn binary_op(vm: &mut Vm, a: ObjId, b: ObjId, op: BinOp) -> PyResult<Option<ObjId>> {
    match op {
        BinOp::Add if is_list(vm, a) || is_tuple(vm, a) => concat(vm, a, b),
        BinOp::Mult if is_list(vm, a) || is_tuple(vm, a) => repeat_op(vm, a, b),
        BinOp::Mult if is_list(vm, b) || is_tuple(vm, b) => {
            if has_user_method(vm, a, "__mul__") {
                return Ok(None);
            }
            repeat_op(vm, b, a)
        }
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
            if is_anyset(vm, a) && is_anyset(vm, b) =>
        {
            super::set::set_binary(vm, a, b, op).map(Some)
        }
        BinOp::BitOr
            if matches!(vm.heap.payload(a), Payload::Dict(_))
                && matches!(vm.heap.payload(b), Payload::Dict(_)) =>
        {
            super::dict::dict_or(vm, a, b).map(Some)
        }
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
            if matches!(vm.heap.payload(a), Payload::DictView { .. })
                || matches!(vm.heap.payload(b), Payload::DictView { .. }) =>
        {
            super::dict::view_binary(vm, a, b, op)
        }
        _ => Ok(None),
    }
}

/// `list_concat` / `tupleconcat`.
fn concat(vm: &mut Vm, a: ObjId, b: ObjId) -> PyResult<Option<ObjId>> {
    let a_list = is_list(vm, a);
    let same_kind = if a_list {
        is_list(vm, b)
    } else {
        is_tuple(vm, b)
    };
    if !same_kind {
        if has_user_method(vm, b, "__radd__") {
            return Ok(None);
        }
        let (kind, tn) = (if a_list { "list" } else { "tuple" }, vm.type_name_of(b));
        return Err(vm.type_error(&format!(
            "can only concatenate {kind} (not \"{tn}\") to {kind}"
        )));
    }
    let items_of = |vm: &Vm, v: ObjId| match vm.heap.payload(v) {
        Payload::List(l) => l.items.clone(),
        Payload::Tuple(t) => t.clone(),
        _ => Vec::new(),
    };
    let (xa, xb) = (items_of(vm, a), items_of(vm, b));
    if !a_list {
        let exact = |vm: &Vm, v: ObjId| vm.heap.type_of(v) == vm.types.tuple;
        if xb.is_empty() && exact(vm, a) {
            return Ok(Some(vm.incref(a)));
        }
        if xa.is_empty() && exact(vm, b) {
            return Ok(Some(vm.incref(b)));
        }
    }
    vm.check_memory(8 * (xa.len() + xb.len()) as u64)?;
    let mut items = xa;
    items.extend(xb);
    for &i in &items {
        vm.incref(i);
    }
    if a_list {
        let n = items.len();
        Ok(Some(super::list::new_list_with(vm, items, n)))
    } else {
        Ok(Some(vm.new_tuple(items)))
    }
}

/// `sequence_repeat`: the count must be an index.
fn repeat_op(vm: &mut Vm, seq: ObjId, count: ObjId) -> PyResult<Option<ObjId>> {
    if !has_index(vm, count) {
        if has_user_method(vm, count, "__rmul__") {
            return Ok(None);
        }
        let tn = vm.type_name_of(count);
        return Err(vm.type_error(&format!(
            "can't multiply sequence by non-int of type '{tn}'"
        )));
    }
    let n = as_ssize(vm, count, IndexErr::Overflow)?;
    repeat(vm, seq, n).map(Some)
}

/// `list_repeat` / `tuplerepeat`.
pub fn repeat(vm: &mut Vm, seq: ObjId, n: i64) -> PyResult<ObjId> {
    let n = n.max(0) as usize;
    let (items, is_list) = match vm.heap.payload(seq) {
        Payload::List(l) => (l.items.clone(), true),
        Payload::Tuple(t) => (t.clone(), false),
        _ => (Vec::new(), true),
    };
    if !is_list && vm.heap.type_of(seq) == vm.types.tuple && (n == 1 || items.is_empty()) {
        return Ok(vm.incref(seq));
    }
    let total = items.len().checked_mul(n);
    let Some(total) = total.filter(|t| *t <= (i64::MAX as usize) / 8) else {
        return Err(vm.new_error(vm.types.memory_error, None));
    };
    vm.check_memory(8 * total as u64)?;
    let mut out = Vec::with_capacity(total);
    for _ in 0..n {
        out.extend_from_slice(&items);
    }
    for &i in &out {
        vm.incref(i);
    }
    if is_list {
        Ok(super::list::new_list_with(vm, out, total))
    } else {
        Ok(vm.new_tuple(out))
    }
}

/// `list += iterable`, `list *= n`, `set |= s`, `dict |= d`: mutate and return `a` (new
/// reference); None to fall back to the binary operator.
pub fn inplace_op(vm: &mut Vm, a: ObjId, b: ObjId, op: BinOp) -> PyResult<Option<ObjId>> {
    match (vm.heap.payload(a), op) {
        (Payload::List(_), BinOp::Add) => {
            super::list::list_extend(vm, a, b)?;
            Ok(Some(vm.incref(a)))
        }
        (Payload::List(_), BinOp::Mult) => {
            if !has_index(vm, b) {
                let tn = vm.type_name_of(b);
                return Err(vm.type_error(&format!(
                    "can't multiply sequence by non-int of type '{tn}'"
                )));
            }
            let n = as_ssize(vm, b, IndexErr::Overflow)?;
            list_inplace_repeat(vm, a, n)?;
            Ok(Some(vm.incref(a)))
        }
        (Payload::Set(_), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) => {
            if !is_anyset(vm, b) {
                return Ok(None);
            }
            super::set::set_inplace(vm, a, b, op)?;
            Ok(Some(vm.incref(a)))
        }
        (Payload::Dict(_), BinOp::BitOr) => {
            super::dict::dict_update_arg(vm, a, b)?;
            Ok(Some(vm.incref(a)))
        }
        (Payload::ByteArray(_), BinOp::Add | BinOp::Mult) => {
            super::bytes::bytearray_inplace(vm, a, b, op)
        }
        _ => Ok(None),
    }
}

/// `list_inplace_repeat`.
fn list_inplace_repeat(vm: &mut Vm, list: ObjId, n: i64) -> PyResult<()> {
    let items = super::list::list_items(vm, list);
    if items.is_empty() || n == 1 {
        return Ok(());
    }
    if n < 1 {
        super::list::list_clear(vm, list);
        return Ok(());
    }
    let n = n as usize;
    let Some(total) = items
        .len()
        .checked_mul(n)
        .filter(|t| *t <= (i64::MAX as usize) / 8)
    else {
        return Err(vm.new_error(vm.types.memory_error, None));
    };
    vm.check_memory(8 * total as u64)?;
    let mut extra = Vec::with_capacity(total - items.len());
    for _ in 1..n {
        extra.extend_from_slice(&items);
    }
    for &i in &extra {
        vm.incref(i);
    }
    if let Payload::List(l) = vm.heap.payload_mut(list) {
        let old = l.items.len();
        l.allocated = super::list::list_resize_capacity(l.allocated, old, total);
        l.items.extend(extra);
    }
    Ok(())
}
