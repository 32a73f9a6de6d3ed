//! int, bool, float and complex: arithmetic (`long_add`, `float_div`, ...), hashing
//! (`_Py_HashDouble`, `long_hash`), and the types' methods.

use num_bigint::BigInt;

use crate::heap::ObjId;
use crate::syntax::ast::BinOp;
use crate::vm::{PyResult, Vm};

/// `_PyHASH_MODULUS`.
const MODULUS: u64 = (1 << 61) - 1;

/// `long_hash` for a machine-sized int.
pub fn hash_i64(i: i64) -> i64 {
    let a = (i.unsigned_abs() % MODULUS) as i64;
    let h = if i < 0 { -a } else { a };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `long_hash` for a big int.
pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r: BigInt = (b.magnitude() % m.magnitude()).into();
    let a: i64 = r.try_into().unwrap_or(0);
    let h = if b.sign() == num_bigint::Sign::Minus {
        -a
    } else {
        a
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `_Py_HashDouble`.
pub fn hash_float(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = (x as i64) * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `frexp`: v = m * 2**e with 0.5 <= |m| < 1.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// The common cases of `BINARY_OP` (exact ints and floats), without method lookup.
pub fn fast_binary_op(_vm: &mut Vm, _a: ObjId, _b: ObjId, _op: BinOp) -> Option<PyResult<ObjId>> {
    None
}

/// Builtin implementations of binary operators for builtin types; None = NotImplemented.
pub fn builtin_binary_op(
    _vm: &mut Vm,
    _a: ObjId,
    _b: ObjId,
    _op: BinOp,
) -> PyResult<Option<ObjId>> {
    Ok(None)
}

/// In-place forms that mutate (`list += x`, `set |= x`); None = fall back to binary.
pub fn builtin_inplace_op(
    _vm: &mut Vm,
    _a: ObjId,
    _b: ObjId,
    _op: BinOp,
) -> PyResult<Option<ObjId>> {
    Ok(None)
}

/// `-x`, `+x`, `~x` of builtin numbers; None when not a builtin number.
pub fn builtin_unary_op(_vm: &mut Vm, _v: ObjId, _sym: &str) -> PyResult<Option<ObjId>> {
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_hashes_match_cpython() {
        assert_eq!(hash_float(1.5), 1152921504606846977);
        assert_eq!(hash_float(-2.25), -576460752303423490);
        assert_eq!(hash_float(1e100), 1822893315824342674);
    }
}
