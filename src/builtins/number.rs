//! int, bool, float and complex: arithmetic (`long_add`, `float_div`, ...), hashing
//! (`_Py_HashDouble`, `long_hash`), and the types' methods.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::heap::{ObjId, Payload};
use crate::syntax::ast::BinOp;
use crate::vm::{PyErr, PyResult, Vm};

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
pub fn frexp(v: f64) -> (f64, i32) {
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

/// `ldexp`: x * 2**e, exact whenever the result is representable.
pub fn ldexp(mut x: f64, mut e: i64) -> f64 {
    let big = f64::from_bits((1023u64 + 1000) << 52);
    let small = f64::from_bits((1023u64 - 1000) << 52);
    while e > 1000 {
        x *= big;
        e -= 1000;
        if x.is_infinite() || x == 0.0 {
            return x;
        }
    }
    while e < -1000 {
        x *= small;
        e += 1000;
        if x == 0.0 {
            return x;
        }
    }
    if e >= -1022 {
        x * f64::from_bits(((1023 + e) as u64) << 52)
    } else {
        x * f64::from_bits((1023u64 - 1000) << 52)
            * f64::from_bits(((1023 + e + 1000) as u64) << 52)
    }
}

// ----- operands -----

/// A numeric operand read from a heap object.
#[derive(Clone, Debug)]
pub enum Num {
    Int(BigInt),
    Small(i64),
    Float(f64),
    Complex(f64, f64),
}

/// The numeric value of an int/bool/float/complex object (subclasses included).
pub fn num_of(vm: &Vm, v: ObjId) -> Option<Num> {
    Some(match vm.heap.payload(v) {
        Payload::Bool(b) => Num::Small(*b as i64),
        Payload::Int(i) => Num::Small(*i),
        Payload::BigInt(b) => Num::Int((**b).clone()),
        Payload::Float(f) => Num::Float(*f),
        Payload::Complex(r, i) => Num::Complex(*r, *i),
        _ => return None,
    })
}

/// The value of an int object (bool and subclasses included) as a BigInt.
pub fn int_of(vm: &Vm, v: ObjId) -> Option<BigInt> {
    match vm.heap.payload(v) {
        Payload::Bool(b) => Some(BigInt::from(*b as i64)),
        Payload::Int(i) => Some(BigInt::from(*i)),
        Payload::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// Whether `v` is an int (or bool) object.
pub fn is_int(vm: &Vm, v: ObjId) -> bool {
    matches!(
        vm.heap.payload(v),
        Payload::Bool(_) | Payload::Int(_) | Payload::BigInt(_)
    )
}

/// `PyLong_AsDouble` for a big int: correctly rounded, None on overflow.
pub fn bigint_to_f64(b: &BigInt) -> Option<f64> {
    if let Some(i) = b.to_i64() {
        return Some(i as f64);
    }
    let neg = b.sign() == Sign::Minus;
    let mag = b.magnitude();
    let bits = mag.bits();
    let shift = bits - 64;
    let top: num_bigint::BigUint = mag >> shift;
    let mut t = top.to_u64().unwrap_or(u64::MAX);
    let low_mask = (num_bigint::BigUint::one() << shift) - num_bigint::BigUint::one();
    if !(mag & low_mask).is_zero() {
        t |= 1;
    }
    let f = ldexp(t as f64, shift as i64);
    if f.is_infinite() {
        return None;
    }
    Some(if neg { -f } else { f })
}

fn int_too_large(vm: &mut Vm) -> PyErr {
    vm.new_error_msg(vm.types.overflow_error, "int too large to convert to float")
}

/// An int operand as a float (`PyLong_AsDouble`), OverflowError when too large.
pub fn num_to_f64(vm: &mut Vm, n: &Num) -> PyResult<f64> {
    match n {
        Num::Small(i) => Ok(*i as f64),
        Num::Int(b) => bigint_to_f64(b).ok_or_else(|| int_too_large(vm)),
        Num::Float(f) => Ok(*f),
        Num::Complex(r, _) => Ok(*r),
    }
}

fn to_big(n: &Num) -> BigInt {
    match n {
        Num::Small(i) => BigInt::from(*i),
        Num::Int(b) => b.clone(),
        _ => BigInt::zero(),
    }
}

/// A new int object (small ints come from the cache).
pub fn new_int_big(vm: &mut Vm, b: BigInt) -> ObjId {
    vm.new_bigint(b)
}

fn zero_div(vm: &mut Vm, msg: &str) -> PyErr {
    vm.new_error_msg(vm.types.zero_division_error, msg)
}

/// `PyErr_SetFromErrno(PyExc_OverflowError)` with ERANGE: `(34, 'Numerical result out of range')`.
fn erange_error(vm: &mut Vm) -> PyErr {
    let code = vm.new_int(34);
    let msg = vm.new_str("Numerical result out of range");
    let exc = vm.new_exception(vm.types.overflow_error, vec![code, msg]);
    vm.set_context(exc);
    PyErr::Exception(exc)
}

// ----- the fast path -----

/// The common cases of `BINARY_OP` (exact ints and floats), without method lookup.
pub fn fast_binary_op(vm: &mut Vm, a: ObjId, b: ObjId, op: BinOp) -> Option<PyResult<ObjId>> {
    let (int_ty, float_ty) = (vm.types.int, vm.types.float);
    let (ta, tb) = (vm.heap.type_of(a), vm.heap.type_of(b));
    match (vm.heap.payload(a), vm.heap.payload(b)) {
        (Payload::Int(x), Payload::Int(y)) if ta == int_ty && tb == int_ty => {
            let (x, y) = (*x, *y);
            let r = match op {
                BinOp::Add => x.checked_add(y),
                BinOp::Sub => x.checked_sub(y),
                BinOp::Mult => x.checked_mul(y),
                BinOp::FloorDiv if y != 0 && !(x == i64::MIN && y == -1) => {
                    Some(Integer::div_floor(&x, &y))
                }
                BinOp::Mod if y != 0 && !(x == i64::MIN && y == -1) => {
                    Some(Integer::mod_floor(&x, &y))
                }
                BinOp::BitAnd => Some(x & y),
                BinOp::BitOr => Some(x | y),
                BinOp::BitXor => Some(x ^ y),
                BinOp::RShift if y >= 0 => Some(if y >= 64 { x >> 63 } else { x >> y }),
                BinOp::LShift if (0..64).contains(&y) => {
                    let r = x.checked_shl(y as u32).filter(|r| r >> y == x);
                    r
                }
                _ => None,
            }?;
            Some(Ok(vm.new_int(r)))
        }
        (Payload::Float(x), Payload::Float(y)) if ta == float_ty && tb == float_ty => {
            let (x, y) = (*x, *y);
            let r = match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mult => x * y,
                BinOp::Div if y != 0.0 => x / y,
                _ => return None,
            };
            Some(Ok(vm.new_float(r)))
        }
        (Payload::Float(x), Payload::Int(y)) if ta == float_ty && tb == int_ty => {
            let (x, y) = (*x, *y as f64);
            let r = match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mult => x * y,
                BinOp::Div if y != 0.0 => x / y,
                _ => return None,
            };
            Some(Ok(vm.new_float(r)))
        }
        (Payload::Int(x), Payload::Float(y)) if ta == int_ty && tb == float_ty => {
            let (x, y) = (*x as f64, *y);
            let r = match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mult => x * y,
                BinOp::Div if y != 0.0 => x / y,
                _ => return None,
            };
            Some(Ok(vm.new_float(r)))
        }
        _ => None,
    }
}

/// Builtin implementations of binary operators for builtin types; None = NotImplemented.
pub fn builtin_binary_op(vm: &mut Vm, a: ObjId, b: ObjId, op: BinOp) -> PyResult<Option<ObjId>> {
    if let Some(r) = number_binary_op(vm, a, b, op)? {
        return Ok(Some(r));
    }
    if let Some(r) = super::str::binary_op(vm, a, b, op)? {
        return Ok(Some(r));
    }
    super::sequence::binary_op(vm, a, b, op)
}

/// In-place forms that mutate (`list += x`, `set |= x`); None = fall back to binary.
pub fn builtin_inplace_op(vm: &mut Vm, a: ObjId, b: ObjId, op: BinOp) -> PyResult<Option<ObjId>> {
    super::sequence::inplace_op(vm, a, b, op)
}

// ----- int arithmetic (Objects/longobject.c) -----

/// The result of an int operation.
enum IntResult {
    Int(BigInt),
    Float(f64),
}

/// `long_true_divide`: correctly rounded a / b.
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> Result<f64, &'static str> {
    if b.is_zero() {
        return Err("division by zero");
    }
    const EXACT: i64 = 1 << 53;
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if (-EXACT..=EXACT).contains(&x) && (-EXACT..=EXACT).contains(&y) {
            return Ok(x as f64 / y as f64);
        }
    }
    if a.is_zero() {
        let neg = b.is_negative();
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    let negative = a.is_negative() != b.is_negative();
    let (am, bm) = (a.magnitude(), b.magnitude());
    let diff = am.bits() as i64 - bm.bits() as i64;
    if diff > 1025 {
        return Err("integer division result too large for a float");
    }
    if diff < -1080 {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale so that the quotient has at least 55 significant bits (or fewer for subnormal
    // results), then round half-even once.
    let shift = diff.max(-1021) - 53 - 2;
    let (num, den) = if shift > 0 {
        (am.clone(), bm << (shift as u64))
    } else {
        (am << ((-shift) as u64), bm.clone())
    };
    let (q, r) = num.div_rem(&den);
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    if !r.is_zero() {
        q |= 1;
    }
    let qbits = 64 - q.leading_zeros() as i64;
    let drop = (qbits - 53).max(-1074 - shift).max(0);
    let mut m = if drop >= 64 { 0 } else { q >> drop };
    if drop > 0 && drop < 64 {
        let rem = q & ((1u64 << drop) - 1);
        let half = 1u64 << (drop - 1);
        if rem > half || (rem == half && m & 1 == 1) {
            m += 1;
        }
    }
    let f = ldexp(m as f64, shift + drop);
    if f.is_infinite() {
        return Err("integer division result too large for a float");
    }
    Ok(if negative { -f } else { f })
}

/// `divmod_shift`: the shift count, or the error CPython raises for it.
fn shift_count(vm: &mut Vm, b: &BigInt) -> PyResult<Option<u64>> {
    if b.is_negative() {
        return Err(vm.value_error("negative shift count"));
    }
    match b.to_i64() {
        Some(s) => Ok(Some(s as u64)),
        None => {
            let words: BigInt = b / 30;
            if words < BigInt::from(i64::MAX / 4) {
                Ok(None)
            } else {
                Err(vm.new_error_msg(vm.types.overflow_error, "too many digits in integer"))
            }
        }
    }
}

/// Checks that a result of about `bits` bits may be allocated.
fn check_int_bits(vm: &mut Vm, bits: u64) -> PyResult<()> {
    vm.check_memory(bits / 8 + 32)
}

fn int_pow(vm: &mut Vm, a: &BigInt, b: &BigInt) -> PyResult<IntResult> {
    if b.is_negative() {
        let x = bigint_to_f64(a).ok_or_else(|| int_too_large(vm))?;
        let y = bigint_to_f64(b).ok_or_else(|| int_too_large(vm))?;
        return match float_pow(x, y) {
            Ok(PowResult::Float(f)) => Ok(IntResult::Float(f)),
            Ok(PowResult::Complex(..)) => Ok(IntResult::Float(f64::NAN)),
            Err(e) => Err(pow_error(vm, e)),
        };
    }
    if a.is_zero() || a.is_one() || b.is_zero() {
        return Ok(IntResult::Int(if b.is_zero() {
            BigInt::one()
        } else {
            a.clone()
        }));
    }
    if *a == BigInt::from(-1) {
        return Ok(IntResult::Int(if b.is_even() {
            BigInt::one()
        } else {
            a.clone()
        }));
    }
    let Some(e) = b.to_u64() else {
        return Err(vm.new_error(vm.types.memory_error, None));
    };
    let bits = (a.bits().saturating_sub(1)).saturating_mul(e);
    check_int_bits(vm, bits)?;
    let Ok(e32) = u32::try_from(e) else {
        return Err(vm.new_error(vm.types.memory_error, None));
    };
    Ok(IntResult::Int(num_traits::pow::Pow::pow(a, e32)))
}

fn int_op(vm: &mut Vm, x: &Num, y: &Num, op: BinOp) -> PyResult<Option<IntResult>> {
    if let (Num::Small(a), Num::Small(b)) = (x, y) {
        let (a, b) = (*a, *b);
        let r = match op {
            BinOp::Add => a.checked_add(b),
            BinOp::Sub => a.checked_sub(b),
            BinOp::Mult => a.checked_mul(b),
            BinOp::BitAnd => Some(a & b),
            BinOp::BitOr => Some(a | b),
            BinOp::BitXor => Some(a ^ b),
            _ => None,
        };
        if let Some(r) = r {
            return Ok(Some(IntResult::Int(BigInt::from(r))));
        }
    }
    let (a, b) = (to_big(x), to_big(y));
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mult => {
            check_int_bits(vm, a.bits() + b.bits())?;
            a * b
        }
        BinOp::Div => {
            return match int_true_divide(&a, &b) {
                Ok(f) => Ok(Some(IntResult::Float(f))),
                Err(msg) if b.is_zero() => Err(zero_div(vm, msg)),
                Err(msg) => Err(vm.new_error_msg(vm.types.overflow_error, msg)),
            }
        }
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(zero_div(vm, "integer division or modulo by zero"));
            }
            a.div_floor(&b)
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(zero_div(vm, "integer modulo by zero"));
            }
            a.mod_floor(&b)
        }
        BinOp::Pow => return int_pow(vm, &a, &b).map(Some),
        BinOp::LShift => {
            let count = shift_count(vm, &b)?;
            if a.is_zero() {
                return Ok(Some(IntResult::Int(a)));
            }
            let Some(count) = count else {
                return Err(vm.new_error(vm.types.memory_error, None));
            };
            check_int_bits(vm, a.bits().saturating_add(count))?;
            a << count
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            match b.to_u64() {
                Some(count) if count <= a.bits() => a >> count,
                _ if a.is_negative() => BigInt::from(-1),
                _ => BigInt::zero(),
            }
        }
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::BitXor => a ^ b,
        BinOp::MatMult => return Ok(None),
    };
    Ok(Some(IntResult::Int(r)))
}

// ----- float arithmetic (Objects/floatobject.c) -----

/// The result of `float_pow`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PowResult {
    Float(f64),
    /// A negative base with a fractional exponent: computed as complex.
    Complex(f64, f64),
}

/// Why `float_pow` failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PowError {
    /// 0.0 ** negative.
    ZeroNegative,
    /// The result overflowed (ERANGE).
    Range,
}

fn pow_error(vm: &mut Vm, e: PowError) -> PyErr {
    match e {
        PowError::ZeroNegative => zero_div(vm, "0.0 cannot be raised to a negative power"),
        PowError::Range => erange_error(vm),
    }
}

/// `DOUBLE_IS_ODD_INTEGER`.
fn is_odd_integer(w: f64) -> bool {
    w.abs() % 2.0 == 1.0
}

/// `float_pow`.
pub fn float_pow(iv: f64, iw: f64) -> Result<PowResult, PowError> {
    use PowResult::Float;
    if iw == 0.0 {
        return Ok(Float(1.0));
    }
    if iv.is_nan() {
        return Ok(Float(iv));
    }
    if iw.is_nan() {
        return Ok(Float(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(Float(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        }));
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(Float(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        }));
    }
    if iv == 0.0 {
        let odd = is_odd_integer(iw);
        if iw < 0.0 {
            return Err(PowError::ZeroNegative);
        }
        return Ok(Float(if odd { iv } else { 0.0 }));
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return complex_pow(iv, 0.0, iw, 0.0)
                .map(|(r, i)| PowResult::Complex(r, i))
                .map_err(|_| PowError::Range);
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return Err(PowError::Range);
    }
    Ok(Float(if negate { -r } else { r }))
}

/// `_float_div_mod`: (floor quotient, modulo) for a non-zero divisor.
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `float_rem`.
pub fn float_mod(vx: f64, wx: f64) -> f64 {
    let mut m = vx % wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    m
}

/// The result of a float or complex operation.
enum FloatResult {
    Float(f64),
    Complex(f64, f64),
}

fn float_op(vm: &mut Vm, x: f64, y: f64, op: BinOp) -> PyResult<Option<FloatResult>> {
    use FloatResult::Float;
    Ok(Some(match op {
        BinOp::Add => Float(x + y),
        BinOp::Sub => Float(x - y),
        BinOp::Mult => Float(x * y),
        BinOp::Div => {
            if y == 0.0 {
                return Err(zero_div(vm, "float division by zero"));
            }
            Float(x / y)
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(zero_div(vm, "float floor division by zero"));
            }
            Float(float_divmod(x, y).0)
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(zero_div(vm, "float modulo"));
            }
            Float(float_mod(x, y))
        }
        BinOp::Pow => match float_pow(x, y) {
            Ok(PowResult::Float(f)) => Float(f),
            Ok(PowResult::Complex(r, i)) => FloatResult::Complex(r, i),
            Err(e) => return Err(pow_error(vm, e)),
        },
        _ => return Ok(None),
    }))
}

// ----- complex arithmetic (Objects/complexobject.c) -----

/// `_Py_c_prod`.
pub fn c_prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`; None when dividing by zero.
pub fn c_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let abs_breal = b.0.abs();
    let abs_bimag = b.1.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `c_powu`.
fn c_powu(x: (f64, f64), n: i64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// Why a complex power failed (`errno`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComplexPowError {
    /// EDOM: 0 to a negative or complex power.
    Domain,
    /// ERANGE: the result overflowed.
    Range,
}

/// `complex_pow` (without modulus): `c_powi` for small integral exponents, `_Py_c_pow`
/// otherwise.
pub fn complex_pow(ar: f64, ai: f64, br: f64, bi: f64) -> Result<(f64, f64), ComplexPowError> {
    let a = (ar, ai);
    let p = if bi == 0.0 && br == br.floor() && br.abs() <= 100.0 {
        let n = br as i64;
        if n > 0 {
            c_powu(a, n)
        } else {
            c_quot((1.0, 0.0), c_powu(a, -n)).ok_or(ComplexPowError::Domain)?
        }
    } else if br == 0.0 && bi == 0.0 {
        (1.0, 0.0)
    } else if ar == 0.0 && ai == 0.0 {
        if bi != 0.0 || br < 0.0 {
            return Err(ComplexPowError::Domain);
        }
        (0.0, 0.0)
    } else {
        let vabs = ar.hypot(ai);
        let mut len = vabs.powf(br);
        let at = ai.atan2(ar);
        let mut phase = at * br;
        if bi != 0.0 {
            len /= (at * bi).exp();
            phase += bi * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if p.0.is_infinite() || p.1.is_infinite() {
        return Err(ComplexPowError::Range);
    }
    Ok(p)
}

fn complex_op(
    vm: &mut Vm,
    a: (f64, f64),
    b: (f64, f64),
    op: BinOp,
) -> PyResult<Option<(f64, f64)>> {
    Ok(Some(match op {
        BinOp::Add => (a.0 + b.0, a.1 + b.1),
        BinOp::Sub => (a.0 - b.0, a.1 - b.1),
        BinOp::Mult => c_prod(a, b),
        BinOp::Div => match c_quot(a, b) {
            Some(r) => r,
            None => return Err(zero_div(vm, "complex division by zero")),
        },
        BinOp::Pow => match complex_pow(a.0, a.1, b.0, b.1) {
            Ok(r) => r,
            Err(ComplexPowError::Domain) => {
                return Err(zero_div(vm, "0.0 to a negative or complex power"))
            }
            Err(ComplexPowError::Range) => {
                return Err(vm.new_error_msg(vm.types.overflow_error, "complex exponentiation"))
            }
        },
        _ => return Ok(None),
    }))
}

fn to_complex(vm: &mut Vm, n: &Num) -> PyResult<(f64, f64)> {
    match n {
        Num::Complex(r, i) => Ok((*r, *i)),
        other => Ok((num_to_f64(vm, other)?, 0.0)),
    }
}

/// Binary operators of int, bool, float and complex operands, mixed as CPython coerces them;
/// None when an operand is not a number or the operator is not defined for the pair.
pub fn number_binary_op(vm: &mut Vm, a: ObjId, b: ObjId, op: BinOp) -> PyResult<Option<ObjId>> {
    if let (Payload::Bool(x), Payload::Bool(y)) = (vm.heap.payload(a), vm.heap.payload(b)) {
        let (x, y) = (*x, *y);
        match op {
            BinOp::BitAnd => return Ok(Some(vm.new_bool(x & y))),
            BinOp::BitOr => return Ok(Some(vm.new_bool(x | y))),
            BinOp::BitXor => return Ok(Some(vm.new_bool(x ^ y))),
            _ => {}
        }
    }
    let Some(x) = num_of(vm, a) else {
        return Ok(None);
    };
    let Some(y) = num_of(vm, b) else {
        return Ok(None);
    };
    binary_num(vm, &x, &y, op)
}

/// The operator on two numeric values.
pub fn binary_num(vm: &mut Vm, x: &Num, y: &Num, op: BinOp) -> PyResult<Option<ObjId>> {
    if matches!(x, Num::Complex(..)) || matches!(y, Num::Complex(..)) {
        if !matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mult | BinOp::Div | BinOp::Pow
        ) {
            return Ok(None);
        }
        let ca = to_complex(vm, x)?;
        let cb = to_complex(vm, y)?;
        return Ok(complex_op(vm, ca, cb, op)?.map(|(r, i)| new_complex(vm, r, i)));
    }
    if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) {
        if !matches!(
            op,
            BinOp::Add
                | BinOp::Sub
                | BinOp::Mult
                | BinOp::Div
                | BinOp::FloorDiv
                | BinOp::Mod
                | BinOp::Pow
        ) {
            return Ok(None);
        }
        let fa = num_to_f64(vm, x)?;
        let fb = num_to_f64(vm, y)?;
        return Ok(float_op(vm, fa, fb, op)?.map(|r| match r {
            FloatResult::Float(f) => vm.new_float(f),
            FloatResult::Complex(r, i) => new_complex(vm, r, i),
        }));
    }
    Ok(int_op(vm, x, y, op)?.map(|r| match r {
        IntResult::Int(i) => vm.new_bigint(i),
        IntResult::Float(f) => vm.new_float(f),
    }))
}

pub fn new_complex(vm: &mut Vm, re: f64, im: f64) -> ObjId {
    vm.alloc(vm.types.complex, Payload::Complex(re, im))
}

/// `-x`, `+x`, `~x` of builtin numbers; None when not a builtin number.
pub fn builtin_unary_op(vm: &mut Vm, v: ObjId, sym: &str) -> PyResult<Option<ObjId>> {
    let ty = vm.heap.type_of(v);
    if vm.is_heap_type(ty) {
        let dunder = match sym {
            "-" => "__neg__",
            "+" => "__pos__",
            _ => "__invert__",
        };
        if let Some(m) = vm.lookup_type_attr_borrowed(ty, dunder) {
            if matches!(vm.heap.payload(m), Payload::Function(_)) {
                return Ok(None);
            }
        }
    }
    let Some(n) = num_of(vm, v) else {
        return Ok(None);
    };
    let exact = ty == vm.types.int || ty == vm.types.float || ty == vm.types.complex;
    Ok(Some(match (sym, n) {
        ("+", _) if exact => vm.incref(v),
        ("+", Num::Small(i)) => vm.new_int(i),
        ("+", Num::Int(b)) => vm.new_bigint(b),
        ("+", Num::Float(f)) => vm.new_float(f),
        ("+", Num::Complex(r, i)) => new_complex(vm, r, i),
        ("-", Num::Small(i)) => match i.checked_neg() {
            Some(r) => vm.new_int(r),
            None => vm.new_bigint(-BigInt::from(i)),
        },
        ("-", Num::Int(b)) => vm.new_bigint(-b),
        ("-", Num::Float(f)) => vm.new_float(-f),
        ("-", Num::Complex(r, i)) => new_complex(vm, -r, -i),
        (_, Num::Small(i)) => vm.new_int(!i),
        (_, Num::Int(b)) => vm.new_bigint(!b),
        _ => return Ok(None),
    }))
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
