//! `range` (Objects/rangeobject.c): construction, length (`compute_range_length`),
//! membership (`range_contains_long`), items and slices (`compute_range_item`,
//! `compute_slice`), `index`/`count`, the `start`/`stop`/`step` attributes, and its
//! iterators (`range_iterator` when everything fits a C long, else `longrange_iterator`).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::heap::{BuiltinObj, IterObj, ObjId, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::{add_method, check_args, set_str_item, type_dict};

pub fn install(vm: &mut Vm) {
    let r = vm.types.range;
    add_method(vm, r, "__new__", range_new);
    add_method(vm, r, "index", range_index);
    add_method(vm, r, "count", range_count);
    add_method(vm, r, "__reversed__", range_reversed);
    add_method(vm, r, "__sizeof__", range_sizeof);
    for (name, f) in [
        ("start", range_start as crate::heap::NativeFn),
        ("stop", range_stop),
        ("step", range_step),
    ] {
        let getter = vm.alloc(
            vm.types.builtin_function,
            Payload::Builtin(BuiltinObj {
                name,
                func: f,
                self_: None,
                owner: None,
                class_method: false,
            }),
        );
        let prop = vm.alloc(
            vm.types.property,
            Payload::Property {
                fget: Some(getter),
                fset: None,
                fdel: None,
                doc: None,
            },
        );
        let d = type_dict(vm, r);
        set_str_item(vm, d, name, prop);
        vm.decref(prop);
    }
}

/// The value of an int object (0 for anything else).
pub fn big(vm: &Vm, v: ObjId) -> BigInt {
    match vm.heap.payload(v) {
        Payload::Int(i) => BigInt::from(*i),
        Payload::Bool(b) => BigInt::from(*b as i64),
        Payload::BigInt(b) => (**b).clone(),
        _ => BigInt::zero(),
    }
}

fn parts(vm: &Vm, r: ObjId) -> Option<(ObjId, ObjId, ObjId)> {
    match vm.heap.payload(r) {
        Payload::Range { start, stop, step } => Some((*start, *stop, *step)),
        _ => None,
    }
}

fn values(vm: &Vm, r: ObjId) -> (BigInt, BigInt, BigInt) {
    match parts(vm, r) {
        Some((a, b, c)) => (big(vm, a), big(vm, b), big(vm, c)),
        None => (BigInt::zero(), BigInt::zero(), BigInt::one()),
    }
}

/// `compute_range_length`.
pub fn length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, step) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - 1u32) / step + 1u32
}

/// `PyNumber_Index` for a range argument: the int object itself (new reference).
fn index_arg(vm: &mut Vm, v: ObjId) -> PyResult<ObjId> {
    match vm.heap.payload(v) {
        Payload::Int(_) | Payload::BigInt(_) if !vm.is_heap_type(vm.heap.type_of(v)) => {
            return Ok(vm.incref(v))
        }
        Payload::Int(i) => {
            let i = *i;
            return Ok(vm.new_int(i));
        }
        Payload::Bool(b) => {
            let b = *b as i64;
            return Ok(vm.new_int(b));
        }
        Payload::BigInt(b) => {
            let b = (**b).clone();
            return Ok(vm.new_bigint(b));
        }
        _ => {}
    }
    let ty = vm.heap.type_of(v);
    if vm.is_heap_type(ty) {
        if let Some(m) = vm.lookup_type_attr(ty, "__index__") {
            let r = vm.call_object(m, &Args::positional(vec![v]));
            vm.decref(m);
            let r = r?;
            if matches!(vm.heap.payload(r), Payload::Int(_) | Payload::BigInt(_)) {
                return Ok(r);
            }
            let tn = vm.type_name_of(r);
            vm.decref(r);
            return Err(vm.type_error(&format!("__index__ returned non-int (type {tn})")));
        }
    }
    let tn = vm.type_name_of(v);
    Err(vm.type_error(&format!(
        "'{tn}' object cannot be interpreted as an integer"
    )))
}

/// `range_new` / `range_from_array`.
fn range_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let rest = Args::positional(args.args.get(1..).unwrap_or(&[]).to_vec());
    check_args(vm, "range", &rest, 1, 3)?;
    let (start, stop, step) = match rest.args.len() {
        1 => {
            let stop = index_arg(vm, rest.args[0])?;
            (vm.new_int(0), stop, vm.new_int(1))
        }
        n => {
            let start = index_arg(vm, rest.args[0])?;
            let stop = match index_arg(vm, rest.args[1]) {
                Ok(s) => s,
                Err(e) => {
                    vm.decref(start);
                    return Err(e);
                }
            };
            let step = if n == 3 {
                match index_arg(vm, rest.args[2]) {
                    Ok(s) => s,
                    Err(e) => {
                        vm.decref(start);
                        vm.decref(stop);
                        return Err(e);
                    }
                }
            } else {
                vm.new_int(1)
            };
            if big(vm, step).is_zero() {
                vm.decref(start);
                vm.decref(stop);
                vm.decref(step);
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            (start, stop, step)
        }
    };
    Ok(vm.alloc(vm.types.range, Payload::Range { start, stop, step }))
}

/// `len(range)`: OverflowError when it does not fit a C ssize_t.
pub fn range_len(vm: &mut Vm, r: ObjId) -> PyResult<usize> {
    let (a, b, c) = values(vm, r);
    match length(&a, &b, &c).to_i64() {
        Some(n) => Ok(n as usize),
        None => Err(vm.new_error_msg(
            vm.types.overflow_error,
            "Python int too large to convert to C ssize_t",
        )),
    }
}

/// `range_contains_long`: None when `item` is not an exact int (then CPython iterates).
fn contains_int(vm: &Vm, r: ObjId, item: ObjId) -> Option<bool> {
    let ty = vm.heap.type_of(item);
    if ty != vm.types.int && ty != vm.types.bool_ {
        return None;
    }
    let v = big(vm, item);
    let (start, stop, step) = values(vm, r);
    let inside = if step.is_positive() {
        start <= v && v < stop
    } else {
        stop < v && v <= start
    };
    Some(inside && (v - start).mod_floor(&step).is_zero())
}

/// Fast membership for ints; None to fall back to iteration.
pub fn range_contains(vm: &mut Vm, r: ObjId, item: ObjId) -> PyResult<Option<bool>> {
    Ok(contains_int(vm, r, item))
}

fn new_iter(vm: &mut Vm, start: BigInt, stop: BigInt, step: BigInt) -> ObjId {
    let len = length(&start, &stop, &step);
    let fits = start.to_i64().is_some()
        && stop.to_i64().is_some()
        && step.to_i64().is_some()
        && len.to_i64().is_some();
    if fits {
        let (next, stop, step) = (
            start.to_i64().unwrap_or(0),
            stop.to_i64().unwrap_or(0),
            step.to_i64().unwrap_or(1),
        );
        return vm.alloc(
            vm.types.range_iterator,
            Payload::Iterator(IterObj::Range { next, stop, step }),
        );
    }
    let next = vm.new_bigint(start);
    let stop = vm.new_bigint(stop);
    let step = vm.new_bigint(step);
    vm.alloc(
        vm.types.longrange_iterator,
        Payload::Iterator(IterObj::BigRange { next, stop, step }),
    )
}

pub fn range_iter(vm: &mut Vm, r: ObjId) -> PyResult<ObjId> {
    let (a, b, c) = values(vm, r);
    Ok(new_iter(vm, a, b, c))
}

/// `range_reverse`: from the last item down.
fn range_reversed(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let r = range_self(vm, args, "__reversed__")?;
    let (start, stop, step) = values(vm, r);
    let len = length(&start, &stop, &step);
    let last = &start + (&len - 1u32) * &step;
    let new_stop = &start - &step;
    if len.is_zero() {
        return Ok(new_iter(vm, start.clone(), start, -step));
    }
    Ok(new_iter(vm, last, new_stop, -step))
}

fn range_self(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjId> {
    let t = vm.types.range;
    super::sequence::self_of(vm, args, t, name)
}

/// `range[i]` (`compute_range_item`) and `range[a:b:c]` (`compute_slice`).
pub fn range_subscript(vm: &mut Vm, r: ObjId, key: ObjId) -> PyResult<ObjId> {
    let (start, stop, step) = values(vm, r);
    let len = length(&start, &stop, &step);
    if matches!(vm.heap.payload(key), Payload::Slice { .. }) {
        let len = len.to_i64().unwrap_or(i64::MAX);
        let (s_start, s_stop, s_step, _) = super::sequence::slice_indices(vm, key, len as usize)?;
        let new_start = &start + &step * s_start;
        let new_stop = &start + &step * s_stop;
        let new_step = &step * s_step;
        let a = vm.new_bigint(new_start);
        let b = vm.new_bigint(new_stop);
        let c = vm.new_bigint(new_step);
        return Ok(vm.alloc(
            vm.types.range,
            Payload::Range {
                start: a,
                stop: b,
                step: c,
            },
        ));
    }
    if !super::sequence::has_index(vm, key) {
        let tn = vm.type_name_of(key);
        return Err(vm.type_error(&format!(
            "range indices must be integers or slices, not {tn}"
        )));
    }
    let i = match vm.heap.payload(key) {
        Payload::Int(_) | Payload::Bool(_) | Payload::BigInt(_) => big(vm, key),
        _ => {
            let v = index_arg(vm, key)?;
            let b = big(vm, v);
            vm.decref(v);
            b
        }
    };
    let i = if i.is_negative() { i + &len } else { i };
    if i.is_negative() || i >= len {
        return Err(vm.new_error_msg(vm.types.index_error, "range object index out of range"));
    }
    let v = start + step * i;
    Ok(vm.new_bigint(v))
}

fn range_index(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let r = range_self(vm, args, "index")?;
    check_args(
        vm,
        "range.index",
        &Args::positional(args.args[1..].to_vec()),
        1,
        1,
    )?;
    let v = args.args[1];
    match contains_int(vm, r, v) {
        Some(true) => {
            let (start, _, step) = values(vm, r);
            let idx = (big(vm, v) - start) / step;
            Ok(vm.new_bigint(idx))
        }
        Some(false) => {
            let rep = vm.repr_string(v)?;
            Err(vm.value_error(&format!("{rep} is not in range")))
        }
        None => {
            let it = range_iter(vm, r)?;
            let mut i = 0i64;
            loop {
                match vm.iter_next(it) {
                    Ok(Some(x)) => {
                        let eq = vm.eq_bool(x, v);
                        vm.decref(x);
                        match eq {
                            Ok(true) => {
                                vm.decref(it);
                                return Ok(vm.new_int(i));
                            }
                            Ok(false) => i += 1,
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
            let rep = vm.repr_string(v)?;
            Err(vm.value_error(&format!("{rep} is not in range")))
        }
    }
}

fn range_count(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let r = range_self(vm, args, "count")?;
    check_args(
        vm,
        "range.count",
        &Args::positional(args.args[1..].to_vec()),
        1,
        1,
    )?;
    let v = args.args[1];
    if let Some(found) = contains_int(vm, r, v) {
        return Ok(vm.new_int(found as i64));
    }
    let it = range_iter(vm, r)?;
    let mut n = 0i64;
    loop {
        match vm.iter_next(it) {
            Ok(Some(x)) => {
                let eq = vm.eq_bool(x, v);
                vm.decref(x);
                match eq {
                    Ok(true) => n += 1,
                    Ok(false) => {}
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
    Ok(vm.new_int(n))
}

fn range_sizeof(vm: &mut Vm, _args: &Args) -> PyResult<ObjId> {
    Ok(vm.new_int(48))
}

fn range_field(vm: &mut Vm, args: &Args, which: usize) -> PyResult<ObjId> {
    let Some(&r) = args.args.first() else {
        return Err(vm.type_error("expected a range"));
    };
    match parts(vm, r) {
        Some((a, b, c)) => Ok(vm.incref([a, b, c][which])),
        None => {
            let tn = vm.type_name_of(r);
            Err(vm.type_error(&format!(
                "descriptor for 'range' objects doesn't apply to a '{tn}' object"
            )))
        }
    }
}

fn range_start(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    range_field(vm, args, 0)
}

fn range_stop(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    range_field(vm, args, 1)
}

fn range_step(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    range_field(vm, args, 2)
}

/// `range_hash`: the hash of `(len, start, step)`, with None for the parts that do not
/// matter (so equal ranges hash equal).
pub fn range_hash(vm: &mut Vm, r: ObjId) -> PyResult<i64> {
    let (start, stop, step) = values(vm, r);
    let len = length(&start, &stop, &step);
    let none = vm.none;
    let len_obj = vm.new_bigint(len.clone());
    let (second, third) = if len.is_zero() {
        (vm.incref(none), vm.incref(none))
    } else {
        let (a, _, c) = parts(vm, r).unwrap_or((none, none, none));
        let third = if len.is_one() { none } else { c };
        (vm.incref(a), vm.incref(third))
    };
    let t = vm.new_tuple(vec![len_obj, second, third]);
    let h = vm.hash(t);
    vm.decref(t);
    h
}
