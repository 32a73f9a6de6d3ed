//! Comparisons of builtin values (`long_richcompare`, `float_richcompare`,
//! `unicode_richcompare`, `list_richcompare`, `set_richcompare`, ...).

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::Zero;

use super::number::{int_of, num_of, Num};
use crate::heap::{ObjId, Payload};
use crate::syntax::ast::CmpOp;
use crate::vm::{PyResult, Vm};

/// `Py_RETURN_RICHCOMPARE`: the answer of `op` for an ordering.
pub fn ordering_result(ord: Ordering, op: CmpOp) -> bool {
    match op {
        CmpOp::Eq => ord == Ordering::Equal,
        CmpOp::NotEq => ord != Ordering::Equal,
        CmpOp::Lt => ord == Ordering::Less,
        CmpOp::LtE => ord != Ordering::Greater,
        CmpOp::Gt => ord == Ordering::Greater,
        CmpOp::GtE => ord != Ordering::Less,
        _ => false,
    }
}

/// The exact ordering of an int and a finite float (`float_richcompare`'s int branch, done
/// with exact integer arithmetic).
pub fn cmp_int_float(n: &BigInt, f: f64) -> Ordering {
    if f == 0.0 {
        return n.sign().cmp(&num_bigint::Sign::NoSign);
    }
    let bits = f.to_bits();
    let neg = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let m = if neg {
        -BigInt::from(mant)
    } else {
        BigInt::from(mant)
    };
    if e >= 0 {
        n.cmp(&(m << (e as u64)))
    } else {
        (n << ((-e) as u64)).cmp(&m)
    }
}

/// `float_richcompare` between a float and an int (or two floats).
fn cmp_numbers_real(a: &Num, b: &Num, op: CmpOp) -> bool {
    let ord = match (a, b) {
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Float(x), other) => cmp_float_int(*x, other),
        (other, Num::Float(y)) => cmp_float_int(*y, other).map(Ordering::reverse),
        (x, y) => Some(big(x).cmp(&big(y))),
    };
    match ord {
        Some(o) => ordering_result(o, op),
        None => op == CmpOp::NotEq,
    }
}

fn big(n: &Num) -> BigInt {
    match n {
        Num::Small(i) => BigInt::from(*i),
        Num::Int(b) => b.clone(),
        _ => BigInt::zero(),
    }
}

/// The ordering of float `f` relative to an int; None when f is NaN.
fn cmp_float_int(f: f64, n: &Num) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    if let Num::Small(i) = n {
        if i.unsigned_abs() < (1u64 << 53) {
            return f.partial_cmp(&(*i as f64));
        }
    }
    Some(cmp_int_float(&big(n), f).reverse())
}

/// Comparison of two numbers (int, bool, float, complex); None when undefined (ordering
/// complex numbers).
fn cmp_numbers(a: &Num, b: &Num, op: CmpOp) -> Option<bool> {
    let is_c = |n: &Num| matches!(n, Num::Complex(..));
    if !is_c(a) && !is_c(b) {
        return Some(cmp_numbers_real(a, b, op));
    }
    if !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        return None;
    }
    let parts = |n: &Num| match n {
        Num::Complex(r, i) => (Num::Float(*r), *i),
        other => (other.clone(), 0.0),
    };
    let (ar, ai) = parts(a);
    let (br, bi) = parts(b);
    let equal = ai == bi && cmp_numbers_real(&ar, &br, CmpOp::Eq);
    Some(if op == CmpOp::Eq { equal } else { !equal })
}

/// The place of a number in the int < float < complex tower.
fn rank(n: &Num) -> u8 {
    match n {
        Num::Small(_) | Num::Int(_) => 0,
        Num::Float(_) => 1,
        Num::Complex(..) => 2,
    }
}

/// The result of comparing two builtin values, or None (NotImplemented) when the builtin
/// types do not define the comparison.
pub fn builtin_compare(vm: &mut Vm, a: ObjId, b: ObjId, op: CmpOp) -> PyResult<Option<bool>> {
    if let (Some(x), Some(y)) = (num_of(vm, a), num_of(vm, b)) {
        // This is `a`'s slot: int's compares only ints, float's also ints, complex's all.
        if rank(&y) > rank(&x) {
            return Ok(None);
        }
        return Ok(cmp_numbers(&x, &y, op));
    }
    match (vm.heap.payload(a), vm.heap.payload(b)) {
        (Payload::Str(x), Payload::Str(y)) => {
            let ord = x.as_str().cmp(y.as_str());
            Ok(Some(ordering_result(ord, op)))
        }
        (Payload::Bytes(_) | Payload::ByteArray(_), Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let x = bytes_of(vm, a);
            let y = bytes_of(vm, b);
            Ok(Some(ordering_result(x.cmp(&y), op)))
        }
        (Payload::Tuple(_), Payload::Tuple(_)) => sequence_compare(vm, a, b, op, false),
        (Payload::List(_), Payload::List(_)) => sequence_compare(vm, a, b, op, true),
        (Payload::Dict(_), Payload::Dict(_)) => {
            if !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                return Ok(None);
            }
            let eq = dict_equal(vm, a, b)?;
            Ok(Some(eq == (op == CmpOp::Eq)))
        }
        (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_)) => {
            set_compare(vm, a, b, op).map(Some)
        }
        (Payload::DictView { .. }, _) => super::dict::view_richcompare(vm, a, b, op),
        (Payload::Range { .. }, Payload::Range { .. }) => {
            if !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                return Ok(None);
            }
            let eq = range_equal(vm, a, b);
            Ok(Some(eq == (op == CmpOp::Eq)))
        }
        // `method_richcompare`: same function and the same self (by identity).
        (
            Payload::BoundMethod {
                func: fa,
                self_: sa,
            },
            Payload::BoundMethod {
                func: fb,
                self_: sb,
            },
        ) => {
            if !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                return Ok(None);
            }
            let eq = fa == fb && sa == sb;
            Ok(Some(eq == (op == CmpOp::Eq)))
        }
        // `meth_richcompare` / `wrapper_richcompare`: the same C function bound to the same
        // self (by identity).
        (Payload::Builtin(ba), Payload::Builtin(bb)) => {
            if !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                return Ok(None);
            }
            let eq = ba.name == bb.name && ba.owner == bb.owner && ba.self_ == bb.self_;
            Ok(Some(eq == (op == CmpOp::Eq)))
        }
        // `weakref_richcompare`: live references compare their referents, dead ones by
        // identity.
        (Payload::WeakRef(wa), Payload::WeakRef(wb)) => {
            if !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                return Ok(None);
            }
            match (wa.referent, wb.referent) {
                (Some(ra), Some(rb)) => {
                    let eq = vm.eq_bool(ra, rb)?;
                    Ok(Some(eq == (op == CmpOp::Eq)))
                }
                _ => Ok(Some((a == b) == (op == CmpOp::Eq))),
            }
        }
        (Payload::Slice { .. }, Payload::Slice { .. }) => {
            let ta = slice_tuple(vm, a);
            let tb = slice_tuple(vm, b);
            let r = sequence_compare(vm, ta, tb, op, false);
            vm.decref(ta);
            vm.decref(tb);
            r
        }
        _ => Ok(None),
    }
}

fn bytes_of(vm: &Vm, v: ObjId) -> Vec<u8> {
    match vm.heap.payload(v) {
        Payload::Bytes(b) => b.to_vec(),
        Payload::ByteArray(b) => b.to_vec(),
        _ => Vec::new(),
    }
}

fn seq_item(vm: &Vm, v: ObjId, i: usize) -> Option<ObjId> {
    match vm.heap.payload(v) {
        Payload::Tuple(t) => t.get(i).copied(),
        Payload::List(l) => l.items.get(i).copied(),
        _ => None,
    }
}

fn seq_len(vm: &Vm, v: ObjId) -> usize {
    match vm.heap.payload(v) {
        Payload::Tuple(t) => t.len(),
        Payload::List(l) => l.items.len(),
        _ => 0,
    }
}

/// `list_richcompare` / `tuplerichcompare`: lists hold references to the pair being
/// compared (they may change meanwhile); tuples do not.
fn sequence_compare(
    vm: &mut Vm,
    a: ObjId,
    b: ObjId,
    op: CmpOp,
    is_list: bool,
) -> PyResult<Option<bool>> {
    if is_list && seq_len(vm, a) != seq_len(vm, b) && matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        return Ok(Some(op == CmpOp::NotEq));
    }
    let mut i = 0;
    while let (Some(x), Some(y)) = (seq_item(vm, a, i), seq_item(vm, b, i)) {
        if x != y {
            let eq = if is_list {
                vm.incref(x);
                vm.incref(y);
                let r = vm.eq_bool(x, y);
                vm.decref(x);
                vm.decref(y);
                r?
            } else {
                vm.eq_bool(x, y)?
            };
            if !eq {
                break;
            }
        }
        i += 1;
    }
    let (la, lb) = (seq_len(vm, a), seq_len(vm, b));
    if i >= la || i >= lb {
        return Ok(Some(ordering_result(la.cmp(&lb), op)));
    }
    match op {
        CmpOp::Eq => return Ok(Some(false)),
        CmpOp::NotEq => return Ok(Some(true)),
        _ => {}
    }
    let (Some(x), Some(y)) = (seq_item(vm, a, i), seq_item(vm, b, i)) else {
        return Ok(Some(false));
    };
    let r = vm.rich_compare(x, y, op)?;
    let t = vm.is_true(r);
    vm.decref(r);
    t.map(Some)
}

/// `dict_equal`.
fn dict_equal(vm: &mut Vm, a: ObjId, b: ObjId) -> PyResult<bool> {
    let len = |vm: &Vm, d: ObjId| match vm.heap.payload(d) {
        Payload::Dict(d) => d.len(),
        _ => 0,
    };
    if len(vm, a) != len(vm, b) {
        return Ok(false);
    }
    for (key, aval) in vm.dict_items(a) {
        vm.incref(key);
        vm.incref(aval);
        let bval = vm.dict_get_item(b, key);
        let result = match bval {
            Ok(Some(bval)) => {
                let r = vm.eq_bool(aval, bval);
                vm.decref(bval);
                r
            }
            Ok(None) => Ok(false),
            Err(e) => Err(e),
        };
        vm.decref(key);
        vm.decref(aval);
        if !result? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issubset`: every element of `a` is in `b`.
fn set_issubset(vm: &mut Vm, a: ObjId, b: ObjId) -> PyResult<bool> {
    for item in vm.set_items(a) {
        vm.incref(item);
        let r = vm.set_contains(b, item);
        vm.decref(item);
        if !r? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_richcompare`.
fn set_compare(vm: &mut Vm, a: ObjId, b: ObjId, op: CmpOp) -> PyResult<bool> {
    let len = |vm: &Vm, s: ObjId| match vm.heap.payload(s) {
        Payload::Set(s) | Payload::FrozenSet(s) => s.len(),
        _ => 0,
    };
    let (la, lb) = (len(vm, a), len(vm, b));
    Ok(match op {
        CmpOp::Eq => la == lb && set_issubset(vm, a, b)?,
        CmpOp::NotEq => !(la == lb && set_issubset(vm, a, b)?),
        CmpOp::LtE => la <= lb && set_issubset(vm, a, b)?,
        CmpOp::GtE => lb <= la && set_issubset(vm, b, a)?,
        CmpOp::Lt => la < lb && set_issubset(vm, a, b)?,
        CmpOp::Gt => lb < la && set_issubset(vm, b, a)?,
        _ => false,
    })
}

fn range_parts(vm: &Vm, r: ObjId) -> Option<(BigInt, BigInt, BigInt)> {
    match vm.heap.payload(r) {
        Payload::Range { start, stop, step } => {
            Some((int_of(vm, *start)?, int_of(vm, *stop)?, int_of(vm, *step)?))
        }
        _ => None,
    }
}

/// `range_equals`: same length, and the same first element and step where they matter.
fn range_equal(vm: &Vm, a: ObjId, b: ObjId) -> bool {
    if a == b {
        return true;
    }
    let (Some((s1, e1, st1)), Some((s2, e2, st2))) = (range_parts(vm, a), range_parts(vm, b))
    else {
        return false;
    };
    let l1 = range_length(&s1, &e1, &st1);
    let l2 = range_length(&s2, &e2, &st2);
    if l1 != l2 {
        return false;
    }
    if l1.is_zero() {
        return true;
    }
    if s1 != s2 {
        return false;
    }
    l1 == BigInt::from(1) || st1 == st2
}

/// The number of items of `range(start, stop, step)`.
pub fn range_length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_zero() {
        return BigInt::zero();
    }
    let zero = BigInt::zero();
    if *step > zero {
        if start >= stop {
            return zero;
        }
        (stop - start - 1) / step + 1
    } else {
        if start <= stop {
            return zero;
        }
        (start - stop - 1) / (-step) + 1
    }
}

fn slice_tuple(vm: &mut Vm, s: ObjId) -> ObjId {
    let items = match vm.heap.payload(s) {
        Payload::Slice { start, stop, step } => vec![*start, *stop, *step],
        _ => Vec::new(),
    };
    vm.new_tuple_from(&items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_float_exact() {
        let big = BigInt::from(2).pow(53u32) + 1;
        assert_eq!(cmp_int_float(&big, 9007199254740992.0), Ordering::Greater);
        assert_eq!(cmp_int_float(&BigInt::from(3), 2.5), Ordering::Greater);
        assert_eq!(cmp_int_float(&BigInt::from(-3), -2.5), Ordering::Less);
        assert_eq!(
            range_length(&BigInt::from(0), &BigInt::from(10), &BigInt::from(3)),
            BigInt::from(4)
        );
    }
}
