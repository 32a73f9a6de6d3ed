//! int, bool, float and complex: arithmetic (`long_add`, `float_div`, ...), hashing
//! (`_Py_HashDouble`, `long_hash`), and the types' methods.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{add_class_method, add_method};
use crate::heap::{ObjId, Payload};
use crate::syntax::ast::BinOp;
use crate::vm::{Args, PyErr, PyResult, Vm};

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

/// `_Py_HashDouble(inst, v)`: a NaN hashes by the address of the object holding it.
pub fn hash_float(v: f64, address: u64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.is_nan() {
        return crate::vm::pointer_hash(address);
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
                    x.checked_shl(y as u32).filter(|r| r >> y == x)
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

/// The forward and reflected method names of a binary operator.
fn binop_dunder_names(op: BinOp) -> (&'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__"),
        BinOp::Sub => ("__sub__", "__rsub__"),
        BinOp::Mult => ("__mul__", "__rmul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__"),
        BinOp::Mod => ("__mod__", "__rmod__"),
        BinOp::Pow => ("__pow__", "__rpow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__"),
        BinOp::BitOr => ("__or__", "__ror__"),
        BinOp::BitXor => ("__xor__", "__rxor__"),
        BinOp::BitAnd => ("__and__", "__rand__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
    }
}

/// Whether `v`'s class overrides the operator method `name` with a Python function (then its
/// `nb_*` slot is the Python method, not the builtin arithmetic).
fn overrides(vm: &Vm, v: ObjId, name: &str) -> bool {
    let ty = vm.heap.type_of(v);
    vm.is_heap_type(ty)
        && vm
            .lookup_type_attr_borrowed(ty, name)
            .is_some_and(|m| matches!(vm.heap.payload(m), Payload::Function(_)))
}

/// Builtin implementations of binary operators for builtin types; None = NotImplemented.
/// Called after the left operand's Python method (if any) declined and before the right
/// operand's reflected Python method: a builtin number slot only handles operands no higher
/// in the int < float < complex tower than its own type, so when one side's slot is a
/// Python method the other side's builtin slot decides alone.
pub fn builtin_binary_op(vm: &mut Vm, a: ObjId, b: ObjId, op: BinOp) -> PyResult<Option<ObjId>> {
    if let (Some(ra), Some(rb)) = (rank(vm, a), rank(vm, b)) {
        let (name, rname) = binop_dunder_names(op);
        let a_user = overrides(vm, a, name);
        let b_user = overrides(vm, b, rname);
        let allowed = match (a_user, b_user) {
            (true, true) => false,
            (true, false) => ra <= rb,
            (false, true) => rb <= ra,
            (false, false) => true,
        };
        if !allowed {
            return Ok(None);
        }
    }
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
    /// The complex power taken for a negative base failed.
    Complex(ComplexPowError),
}

fn pow_error(vm: &mut Vm, e: PowError) -> PyErr {
    match e {
        PowError::ZeroNegative => zero_div(vm, "0.0 cannot be raised to a negative power"),
        PowError::Range => erange_error(vm),
        PowError::Complex(ComplexPowError::Domain) => {
            zero_div(vm, "0.0 to a negative or complex power")
        }
        PowError::Complex(ComplexPowError::Range) => {
            vm.new_error_msg(vm.types.overflow_error, "complex exponentiation")
        }
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
                .map_err(PowError::Complex);
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
        // libm's cos/sin of an infinite phase set errno to EDOM.
        if phase.is_infinite() {
            return Err(ComplexPowError::Domain);
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

// ----- constructors and methods -----

/// Registers the constructors, methods and attributes of int, bool, float and complex.
pub fn install(vm: &mut Vm) {
    let (int, bool_, float, complex) = (
        vm.types.int,
        vm.types.bool_,
        vm.types.float,
        vm.types.complex,
    );
    add_method(vm, int, "__new__", int_new);
    add_method(vm, bool_, "__new__", bool_new);
    add_method(vm, float, "__new__", float_new);
    add_method(vm, complex, "__new__", complex_new);

    add_method(vm, int, "bit_length", int_bit_length);
    add_method(vm, int, "bit_count", int_bit_count);
    add_method(vm, int, "to_bytes", int_to_bytes);
    add_class_method(vm, int, "from_bytes", int_from_bytes);
    add_method(vm, int, "as_integer_ratio", int_as_integer_ratio);
    for name in [
        "conjugate",
        "__index__",
        "__int__",
        "__trunc__",
        "__floor__",
        "__ceil__",
    ] {
        add_method(vm, int, name, int_int);
    }
    add_method(vm, int, "__round__", int_round);
    add_method(vm, int, "__float__", number_float);
    add_method(vm, int, "__abs__", number_abs_method);
    add_method(vm, int, "__repr__", number_repr);
    add_method(vm, int, "__hash__", number_hash);
    add_method(vm, int, "__format__", super::format::builtin_dunder_format);
    add_method(vm, int, "__getnewargs__", number_getnewargs);
    super::types::add_getset(vm, int, "real", int_int, None);
    super::types::add_getset(vm, int, "imag", int_imag, None);
    super::types::add_getset(vm, int, "numerator", int_int, None);
    super::types::add_getset(vm, int, "denominator", int_denominator, None);

    add_method(vm, float, "is_integer", float_is_integer);
    add_method(vm, float, "as_integer_ratio", float_as_integer_ratio);
    add_method(vm, float, "hex", float_hex);
    add_class_method(vm, float, "fromhex", float_fromhex);
    add_method(vm, float, "conjugate", float_float);
    add_method(vm, float, "__float__", float_float);
    add_method(vm, float, "__int__", float_trunc);
    add_method(vm, float, "__trunc__", float_trunc);
    add_method(vm, float, "__floor__", float_floor);
    add_method(vm, float, "__ceil__", float_ceil);
    add_method(vm, float, "__round__", float_round);
    add_method(vm, float, "__abs__", number_abs_method);
    add_method(vm, float, "__repr__", number_repr);
    add_method(vm, float, "__hash__", number_hash);
    add_method(
        vm,
        float,
        "__format__",
        super::format::builtin_dunder_format,
    );
    add_method(vm, float, "__getnewargs__", number_getnewargs);
    super::types::add_getset(vm, float, "real", float_float, None);
    super::types::add_getset(vm, float, "imag", float_imag, None);

    add_method(vm, complex, "conjugate", complex_conjugate);
    add_method(vm, complex, "__abs__", number_abs_method);
    add_method(vm, complex, "__repr__", number_repr);
    add_method(vm, complex, "__hash__", number_hash);
    add_method(
        vm,
        complex,
        "__format__",
        super::format::builtin_dunder_format,
    );
    add_method(vm, complex, "__getnewargs__", number_getnewargs);
    super::types::add_member(vm, complex, "real", complex_real);
    super::types::add_member(vm, complex, "imag", complex_imag);

    let str_ty = vm.types.str;
    add_method(
        vm,
        str_ty,
        "__format__",
        super::format::builtin_dunder_format,
    );
    let object = vm.types.object;
    add_method(vm, object, "__format__", super::format::object_format);

    install_operator_dunders(vm);
}

/// Operator dunders (`int.__add__`, `float.__rtruediv__`, `complex.__eq__`, ...): each
/// type's slot accepts only operands it can coerce (int: int and bool; float: also int;
/// complex: every number) and returns NotImplemented otherwise.
fn install_operator_dunders(vm: &mut Vm) {
    macro_rules! dunders {
        ($level:expr; $( $name:literal, $op:expr, $rev:literal; )*) => {{
            let mut v: Vec<(&'static str, crate::heap::NativeFn)> = Vec::new();
            $(
                {
                    fn f(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
                        operator_dunder(vm, args, $op, $rev, $level, $name)
                    }
                    v.push(($name, f));
                }
            )*
            v
        }};
    }
    macro_rules! all_dunders {
        ($level:expr) => {
            dunders! { $level;
                "__add__", BinOp::Add, false; "__radd__", BinOp::Add, true;
                "__sub__", BinOp::Sub, false; "__rsub__", BinOp::Sub, true;
                "__mul__", BinOp::Mult, false; "__rmul__", BinOp::Mult, true;
                "__truediv__", BinOp::Div, false; "__rtruediv__", BinOp::Div, true;
                "__floordiv__", BinOp::FloorDiv, false; "__rfloordiv__", BinOp::FloorDiv, true;
                "__mod__", BinOp::Mod, false; "__rmod__", BinOp::Mod, true;
                "__pow__", BinOp::Pow, false; "__rpow__", BinOp::Pow, true;
                "__lshift__", BinOp::LShift, false; "__rlshift__", BinOp::LShift, true;
                "__rshift__", BinOp::RShift, false; "__rrshift__", BinOp::RShift, true;
                "__and__", BinOp::BitAnd, false; "__rand__", BinOp::BitAnd, true;
                "__or__", BinOp::BitOr, false; "__ror__", BinOp::BitOr, true;
                "__xor__", BinOp::BitXor, false; "__rxor__", BinOp::BitXor, true;
            }
        };
    }
    macro_rules! compares {
        ($level:expr; $( $name:literal, $op:ident; )*) => {{
            let mut v: Vec<(&'static str, crate::heap::NativeFn)> = Vec::new();
            $(
                {
                    fn f(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
                        compare_dunder(vm, args, crate::syntax::ast::CmpOp::$op, $level, $name)
                    }
                    v.push(($name, f));
                }
            )*
            v
        }};
    }
    macro_rules! all_compares {
        ($level:expr) => {
            compares! { $level;
                "__eq__", Eq; "__ne__", NotEq; "__lt__", Lt; "__le__", LtE; "__gt__", Gt; "__ge__", GtE;
            }
        };
    }
    let types = [vm.types.int, vm.types.float, vm.types.complex];
    let tables = [all_dunders!(0), all_dunders!(1), all_dunders!(2)];
    for (level, (ty, table)) in types.into_iter().zip(tables).enumerate() {
        for (name, f) in table {
            let int_only = matches!(
                name,
                "__lshift__"
                    | "__rlshift__"
                    | "__rshift__"
                    | "__rrshift__"
                    | "__and__"
                    | "__rand__"
                    | "__or__"
                    | "__ror__"
                    | "__xor__"
                    | "__rxor__"
            );
            let real_only = int_only || name.contains("floordiv") || name.contains("mod");
            if (int_only && level > 0) || (real_only && level > 1) {
                continue;
            }
            add_method(vm, ty, name, f);
        }
    }
    let tables = [all_compares!(0), all_compares!(1), all_compares!(2)];
    for (ty, table) in types.into_iter().zip(tables) {
        for (name, f) in table {
            add_method(vm, ty, name, f);
        }
    }
    for ty in types {
        add_method(vm, ty, "__neg__", unary_neg);
        add_method(vm, ty, "__pos__", unary_pos);
    }
    add_method(vm, vm.types.int, "__invert__", unary_invert);
}

/// How far up the int < float < complex tower a value sits; None for non-numbers.
fn rank(vm: &Vm, v: ObjId) -> Option<u8> {
    match vm.heap.payload(v) {
        Payload::Bool(_) | Payload::Int(_) | Payload::BigInt(_) => Some(0),
        Payload::Float(_) => Some(1),
        Payload::Complex(..) => Some(2),
        _ => None,
    }
}

/// The `self` of a method descriptor call, checked against the owner type.
fn self_arg(vm: &mut Vm, args: &Args, name: &str, owner: ObjId) -> PyResult<ObjId> {
    let tn = vm.type_name(owner);
    match args.args.first() {
        Some(&s) if vm.isinstance_of(s, owner) => Ok(s),
        Some(&s) => {
            let got = vm.type_name_of(s);
            Err(vm.type_error(&format!(
                "descriptor '{name}' requires a '{tn}' object but received a '{got}'"
            )))
        }
        None => Err(vm.type_error(&format!("unbound method {tn}.{name}() needs an argument"))),
    }
}

/// The owner type of the numeric methods of tower level `level`.
fn level_type(vm: &Vm, level: u8) -> ObjId {
    match level {
        0 => vm.types.int,
        1 => vm.types.float,
        _ => vm.types.complex,
    }
}

/// The two operands of a binary dunder, or None (NotImplemented) when `other` sits higher
/// in the tower than the method's type.
fn dunder_operands(
    vm: &mut Vm,
    args: &Args,
    level: u8,
    name: &str,
) -> PyResult<Option<(ObjId, ObjId)>> {
    let owner = level_type(vm, level);
    let s = self_arg(vm, args, name, owner)?;
    if args.args.len() != 2 {
        return Err(vm.type_error(&format!(
            "expected 1 argument, got {}",
            args.args.len().saturating_sub(1)
        )));
    }
    let other = args.args[1];
    match rank(vm, other) {
        Some(r) if r <= level => Ok(Some((s, other))),
        _ => Ok(None),
    }
}

fn operator_dunder(
    vm: &mut Vm,
    args: &Args,
    op: BinOp,
    reflected: bool,
    level: u8,
    name: &str,
) -> PyResult<ObjId> {
    let Some((s, other)) = dunder_operands(vm, args, level, name)? else {
        return Ok(vm.incref(vm.not_implemented));
    };
    let (a, b) = if reflected { (other, s) } else { (s, other) };
    match number_binary_op(vm, a, b, op)? {
        Some(r) => Ok(r),
        None => Ok(vm.incref(vm.not_implemented)),
    }
}

fn compare_dunder(
    vm: &mut Vm,
    args: &Args,
    op: crate::syntax::ast::CmpOp,
    level: u8,
    name: &str,
) -> PyResult<ObjId> {
    let Some((s, other)) = dunder_operands(vm, args, level, name)? else {
        return Ok(vm.incref(vm.not_implemented));
    };
    match super::compare::builtin_compare(vm, s, other, op)? {
        Some(b) => Ok(vm.new_bool(b)),
        None => Ok(vm.incref(vm.not_implemented)),
    }
}

fn unary_method(vm: &mut Vm, args: &Args, sym: &str) -> PyResult<ObjId> {
    let Some(&v) = args.args.first() else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    let n = num_of(vm, v);
    let exact = matches!(
        vm.heap.payload(vm.heap.type_of(v)),
        Payload::Type(t) if !t.heap_type
    );
    let r = match (sym, n) {
        (_, None) => return Ok(vm.incref(vm.not_implemented)),
        ("+", _) if exact && vm.heap.type_of(v) != vm.types.bool_ => vm.incref(v),
        ("+", Some(Num::Small(i))) => vm.new_int(i),
        ("+", Some(Num::Int(b))) => vm.new_bigint(b),
        ("+", Some(Num::Float(f))) => vm.new_float(f),
        ("+", Some(Num::Complex(r, i))) => new_complex(vm, r, i),
        ("-", Some(Num::Small(i))) => match i.checked_neg() {
            Some(r) => vm.new_int(r),
            None => vm.new_bigint(-BigInt::from(i)),
        },
        ("-", Some(Num::Int(b))) => vm.new_bigint(-b),
        ("-", Some(Num::Float(f))) => vm.new_float(-f),
        ("-", Some(Num::Complex(r, i))) => new_complex(vm, -r, -i),
        (_, Some(Num::Small(i))) => vm.new_int(!i),
        (_, Some(Num::Int(b))) => vm.new_bigint(!b),
        _ => return Ok(vm.incref(vm.not_implemented)),
    };
    Ok(r)
}

fn unary_neg(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    unary_method(vm, args, "-")
}

fn unary_pos(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    unary_method(vm, args, "+")
}

fn unary_invert(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    unary_method(vm, args, "~")
}

// ----- int -----

/// An exact int with the value of int object `v` (`long_long`): `v` itself when exact.
pub fn exact_int(vm: &mut Vm, v: ObjId) -> ObjId {
    if vm.heap.type_of(v) == vm.types.int {
        return vm.incref(v);
    }
    match vm.heap.payload(v) {
        Payload::Bool(b) => {
            let b = *b as i64;
            vm.new_int(b)
        }
        Payload::Int(i) => {
            let i = *i;
            vm.new_int(i)
        }
        Payload::BigInt(b) => {
            let b = (**b).clone();
            vm.new_bigint(b)
        }
        _ => vm.new_int(0),
    }
}

fn int_self(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjId> {
    let int = vm.types.int;
    self_arg(vm, args, name, int)
}

fn int_int(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = int_self(vm, args, "__int__")?;
    Ok(exact_int(vm, s))
}

fn int_imag(vm: &mut Vm, _args: &Args) -> PyResult<ObjId> {
    Ok(vm.new_int(0))
}

fn int_denominator(vm: &mut Vm, _args: &Args) -> PyResult<ObjId> {
    Ok(vm.new_int(1))
}

fn int_bit_length(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = int_self(vm, args, "bit_length")?;
    if args.args.len() > 1 {
        return Err(vm.type_error(&format!(
            "int.bit_length() takes no arguments ({} given)",
            args.args.len() - 1
        )));
    }
    let n = int_of(vm, s).unwrap_or_default();
    Ok(vm.new_int(n.bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = int_self(vm, args, "bit_count")?;
    let n = int_of(vm, s).unwrap_or_default();
    let count: u64 = n
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(vm.new_int(count as i64))
}

fn int_as_integer_ratio(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = int_self(vm, args, "as_integer_ratio")?;
    let n = exact_int(vm, s);
    let one = vm.new_int(1);
    Ok(vm.new_tuple(vec![n, one]))
}

/// Positional-or-keyword arguments of a builtin method after `self`: `names[i]` is either
/// the i-th positional argument or the keyword of that name.
fn bind_args(
    vm: &mut Vm,
    args: &Args,
    skip: usize,
    fname: &str,
    names: &[&str],
    kw_only: &[&str],
) -> PyResult<Vec<Option<ObjId>>> {
    let pos = args.args.get(skip..).unwrap_or(&[]);
    if pos.len() > names.len() {
        return Err(vm.type_error(&format!(
            "{fname}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out: Vec<Option<ObjId>> = pos.iter().map(|&a| Some(a)).collect();
    out.resize(names.len() + kw_only.len(), None);
    for (k, v) in &args.kwargs {
        let idx = names.iter().chain(kw_only.iter()).position(|n| **n == **k);
        match idx {
            Some(i) if out[i].is_none() => out[i] = Some(*v),
            Some(i) => {
                return Err(vm.type_error(&format!(
                    "argument for {fname}() given by name ('{}') and position ({})",
                    k,
                    i + 1
                )))
            }
            None => {
                return Err(vm.type_error(&format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    Ok(out)
}

fn byteorder_arg(vm: &mut Vm, v: Option<ObjId>, fname: &str) -> PyResult<bool> {
    let Some(v) = v else {
        return Ok(false);
    };
    let s = match vm.heap.payload(v) {
        Payload::Str(s) => s.text.clone(),
        _ => {
            let tn = vm.type_name_of(v);
            return Err(vm.type_error(&format!(
                "{fname}() argument 'byteorder' must be str, not {tn}"
            )));
        }
    };
    match &*s {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = int_self(vm, args, "to_bytes")?;
    let a = bind_args(
        vm,
        args,
        1,
        "to_bytes",
        &["length", "byteorder"],
        &["signed"],
    )?;
    let length = match a[0] {
        Some(l) => index_value(vm, l)?,
        None => BigInt::one(),
    };
    let little = byteorder_arg(vm, a[1], "to_bytes")?;
    let signed = match a[2] {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    if length.is_negative() {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let length = length.to_u64().unwrap_or(u64::MAX);
    let n = int_of(vm, s).unwrap_or_default();
    if n.is_negative() && !signed {
        return Err(vm.new_error_msg(
            vm.types.overflow_error,
            "can't convert negative int to unsigned",
        ));
    }
    let needed_bits = if signed {
        if n.is_negative() {
            (-(&n) - 1u32).bits() + 1
        } else {
            n.bits() + 1
        }
    } else {
        n.bits()
    };
    if needed_bits > length.saturating_mul(8) {
        return Err(vm.new_error_msg(vm.types.overflow_error, "int too big to convert"));
    }
    vm.check_memory(length)?;
    let mut bytes = n.to_signed_bytes_le();
    let fill = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(length as usize, fill);
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(&bytes))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn int_from_bytes(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&cls) = args.args.first() else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let a = bind_args(
        vm,
        args,
        1,
        "from_bytes",
        &["bytes", "byteorder"],
        &["signed"],
    )?;
    let Some(src) = a[0] else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = byteorder_arg(vm, a[1], "from_bytes")?;
    let signed = match a[2] {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let mut data: Vec<u8> = match vm.heap.payload(src) {
        Payload::Bytes(b) => b.to_vec(),
        Payload::ByteArray(b) => b.to_vec(),
        _ => {
            let items = vm.collect_iterable(src)?;
            let mut out = Vec::with_capacity(items.len());
            let mut err = None;
            for &i in &items {
                match int_of(vm, i).and_then(|b| b.to_u8()) {
                    Some(b) => out.push(b),
                    None if err.is_none() => {
                        err = Some(if is_int(vm, i) {
                            vm.value_error("bytes must be in range(0, 256)")
                        } else {
                            let tn = vm.type_name_of(i);
                            vm.type_error(&format!(
                                "'{tn}' object cannot be interpreted as an integer"
                            ))
                        })
                    }
                    None => {}
                }
            }
            for i in items {
                vm.decref(i);
            }
            if let Some(e) = err {
                return Err(e);
            }
            out
        }
    };
    if !little {
        data.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    let r = vm.new_bigint(n);
    if cls == vm.types.int {
        return Ok(r);
    }
    let out = vm.call_object(cls, &Args::positional(vec![r]));
    vm.decref(r);
    out
}

/// `round(int, ndigits)` (`long_round`): half-even to a multiple of 10**-ndigits.
pub fn round_int(n: &BigInt, ndigits: &BigInt) -> BigInt {
    if !ndigits.is_negative() {
        return n.clone();
    }
    let k = (-ndigits).to_u64().unwrap_or(u64::MAX);
    let digits = n.magnitude().bits() * 30103 / 100000 + 2;
    if k > digits {
        return BigInt::zero();
    }
    let p: BigInt = num_traits::pow::Pow::pow(BigInt::from(10), k);
    let (mut q, r) = n.div_mod_floor(&p);
    let twice: BigInt = &r * 2;
    if twice > p || (twice == p && q.is_odd()) {
        q += 1;
    }
    q * p
}

fn int_round(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = int_self(vm, args, "__round__")?;
    match args.args.get(1) {
        None => Ok(exact_int(vm, s)),
        Some(&nd) if nd == vm.none => Ok(exact_int(vm, s)),
        Some(&nd) => {
            let nd = index_value(vm, nd)?;
            let n = int_of(vm, s).unwrap_or_default();
            if !nd.is_negative() {
                return Ok(exact_int(vm, s));
            }
            Ok(vm.new_bigint(round_int(&n, &nd)))
        }
    }
}

fn number_float(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&s) = args.args.first() else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    let n = num_of(vm, s).unwrap_or(Num::Small(0));
    let f = num_to_f64(vm, &n)?;
    Ok(vm.new_float(f))
}

/// `abs(x)` of a builtin number; None for other objects.
pub fn number_abs(vm: &mut Vm, v: ObjId) -> PyResult<Option<ObjId>> {
    let Some(n) = num_of(vm, v) else {
        return Ok(None);
    };
    // `long_abs`: a non-negative int is `long_long(v)`, the object itself when exact.
    let non_negative = match &n {
        Num::Small(i) => *i >= 0,
        Num::Int(b) => !b.is_negative(),
        _ => false,
    };
    if non_negative {
        return Ok(Some(exact_int(vm, v)));
    }
    Ok(Some(match n {
        Num::Small(i) => match i.checked_abs() {
            Some(a) => vm.new_int(a),
            None => vm.new_bigint(BigInt::from(i).abs()),
        },
        Num::Int(b) => vm.new_bigint(b.abs()),
        Num::Float(f) => vm.new_float(f.abs()),
        Num::Complex(r, i) => {
            let h = r.hypot(i);
            if h.is_infinite() && r.is_finite() && i.is_finite() {
                return Err(vm.new_error_msg(vm.types.overflow_error, "absolute value too large"));
            }
            vm.new_float(h)
        }
    }))
}

fn number_abs_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&s) = args.args.first() else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    match number_abs(vm, s)? {
        Some(r) => Ok(r),
        None => Ok(vm.incref(vm.not_implemented)),
    }
}

/// The builtin repr of a number (what `int.__repr__` returns, even for subclasses).
fn number_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&s) = args.args.first() else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    let text = match num_of(vm, s) {
        Some(Num::Small(i)) => {
            if matches!(vm.heap.payload(s), Payload::Bool(_)) {
                if i == 1 { "True" } else { "False" }.to_string()
            } else {
                i.to_string()
            }
        }
        Some(Num::Int(b)) => super::format::int_to_decimal(vm, &b)?,
        Some(Num::Float(f)) => super::repr::float_repr(f),
        Some(Num::Complex(r, i)) => super::repr::complex_repr(r, i),
        None => vm.default_repr(s),
    };
    Ok(vm.new_str_owned(text))
}

fn number_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&s) = args.args.first() else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    let address = vm.heap.address(s);
    let h = match num_of(vm, s) {
        Some(Num::Small(i)) => hash_i64(i),
        Some(Num::Int(b)) => hash_bigint(&b),
        Some(Num::Float(f)) => hash_float(f, address),
        Some(Num::Complex(r, i)) => {
            let c = (hash_float(r, address) as u64)
                .wrapping_add(1000003u64.wrapping_mul(hash_float(i, address) as u64))
                as i64;
            if c == -1 {
                -2
            } else {
                c
            }
        }
        None => 0,
    };
    Ok(vm.new_int(h))
}

fn number_getnewargs(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&s) = args.args.first() else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    let v = match num_of(vm, s) {
        Some(Num::Small(i)) => vm.new_int(i),
        Some(Num::Int(b)) => vm.new_bigint(b),
        Some(Num::Float(f)) => vm.new_float(f),
        Some(Num::Complex(r, i)) => {
            let (a, b) = (vm.new_float(r), vm.new_float(i));
            return Ok(vm.new_tuple(vec![a, b]));
        }
        None => return Ok(vm.incref(vm.empty_tuple)),
    };
    Ok(vm.new_tuple(vec![v]))
}

/// `PyNumber_Index` (`__index__`): the int value of an int or of an object with
/// `__index__`.
pub fn index_value(vm: &mut Vm, v: ObjId) -> PyResult<BigInt> {
    if let Some(n) = int_of(vm, v) {
        return Ok(n);
    }
    let r = call_special(vm, v, "__index__")?;
    match r {
        Some(r) => {
            let n = int_of(vm, r);
            let tn = vm.type_name_of(r);
            vm.decref(r);
            n.ok_or_else(|| vm.type_error(&format!("__index__ returned non-int (type {tn})")))
        }
        None => {
            let tn = vm.type_name_of(v);
            Err(vm.type_error(&format!(
                "'{tn}' object cannot be interpreted as an integer"
            )))
        }
    }
}

/// Calls `type(v).name(v)` when the type defines it; None when it does not.
fn call_special(vm: &mut Vm, v: ObjId, name: &str) -> PyResult<Option<ObjId>> {
    let ty = vm.heap.type_of(v);
    let Some(m) = vm.lookup_type_attr_borrowed(ty, name) else {
        return Ok(None);
    };
    if m == vm.none {
        return Ok(None);
    }
    vm.incref(m);
    let r = vm.call_object(m, &Args::positional(vec![v]));
    vm.decref(m);
    r.map(Some)
}

/// The text of a str, bytes or bytearray argument of int()/float(), with its repr for
/// error messages; None for other objects.
fn text_arg(vm: &mut Vm, v: ObjId) -> Option<(String, String)> {
    match vm.heap.payload(v) {
        Payload::Str(s) => {
            let t = s.text.clone();
            let shown: String = t.chars().take(200).collect();
            Some((
                decimal_and_space_to_ascii(&t),
                super::repr::str_repr(&shown),
            ))
        }
        Payload::Bytes(b) => Some((
            String::from_utf8_lossy(b).into_owned(),
            super::repr::bytes_repr(b),
        )),
        Payload::ByteArray(b) => Some((
            String::from_utf8_lossy(b).into_owned(),
            format!("bytearray({})", super::repr::bytes_repr(b)),
        )),
        _ => None,
    }
}

/// `Py_ISSPACE`: the ASCII whitespace that number parsers skip.
fn py_isspace(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
}

/// The digit zeros of Unicode 14's decimal digit runs (each run is ten consecutive digits).
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode decimal digits become ASCII digits
/// and Unicode whitespace a space, so `int('٣')` is 3.
pub fn decimal_and_space_to_ascii(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                return c;
            }
            if super::str::is_space(c) {
                return ' ';
            }
            let u = c as u32;
            DECIMAL_ZEROS
                .iter()
                .find(|&&zero| zero <= u && u < zero + 10)
                .and_then(|&zero| char::from_digit(u - zero, 10))
                .unwrap_or(c)
        })
        .collect()
}

/// Removes the underscores of a numeric literal when each sits between two digits
/// (`_Py_string_to_number_with_underscores` / `PyLong_FromString` rules); None when
/// misplaced.
fn strip_underscores(s: &str, is_digit: impl Fn(char) -> bool) -> Option<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '_' {
            let before = i > 0 && is_digit(chars[i - 1]);
            let after = chars.get(i + 1).is_some_and(|&n| is_digit(n));
            if !before || !after {
                return None;
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// `PyLong_FromString`: Err(None) for an invalid literal, Err(Some(n)) when it has more
/// than the allowed number of decimal digits.
pub fn parse_int_literal(text: &str, base: u32) -> Result<BigInt, Option<usize>> {
    let s = text.trim_matches(py_isspace);
    let (neg, s) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let lower = s.to_ascii_lowercase();
    let mut base = base;
    let mut body = s;
    let mut prefixed = false;
    for (p, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if lower.starts_with(p) && (base == 0 || base == b) {
            base = b;
            body = &s[2..];
            prefixed = true;
            break;
        }
    }
    if base == 0 {
        base = 10;
        // Base 0 without prefix: a leading zero is allowed only for zero itself.
        if s.starts_with('0') && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
            return Err(None);
        }
    }
    let body = if prefixed {
        body.strip_prefix('_').unwrap_or(body)
    } else {
        body
    };
    if body.is_empty() {
        return Err(None);
    }
    let clean = strip_underscores(body, |c| c.is_digit(base)).ok_or(None)?;
    if clean.is_empty() || !clean.chars().all(|c| c.is_digit(base)) {
        return Err(None);
    }
    if !base.is_power_of_two() && clean.len() > super::format::INT_MAX_STR_DIGITS {
        return Err(Some(clean.len()));
    }
    let n = BigInt::parse_bytes(clean.as_bytes(), base).ok_or(None)?;
    Ok(if neg { -n } else { n })
}

fn int_from_text(vm: &mut Vm, v: ObjId, base: u32) -> PyResult<Option<BigInt>> {
    let Some((text, shown)) = text_arg(vm, v) else {
        return Ok(None);
    };
    match parse_int_literal(&text, base) {
        Ok(n) => Ok(Some(n)),
        Err(Some(digits)) => Err(vm.value_error(&format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit",
            super::format::INT_MAX_STR_DIGITS
        ))),
        Err(None) => Err(vm.value_error(&format!(
            "invalid literal for int() with base {base}: {shown}"
        ))),
    }
}

/// A float's value truncated to an int (`PyLong_FromDouble`).
pub fn float_to_bigint(vm: &mut Vm, f: f64) -> PyResult<BigInt> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.new_error_msg(
            vm.types.overflow_error,
            "cannot convert float infinity to integer",
        ));
    }
    Ok(float_trunc_exact(f.trunc()))
}

/// The exact integer value of an integral finite float.
fn float_trunc_exact(f: f64) -> BigInt {
    if f.abs() < 9.2e18 {
        return BigInt::from(f as i64);
    }
    let (m, e) = frexp(f);
    let mant = ldexp(m, 53) as i64;
    BigInt::from(mant) << ((e - 53).max(0) as u64)
}

/// `PyNumber_Long`: `int(x)`.
pub fn number_long(vm: &mut Vm, v: ObjId) -> PyResult<BigInt> {
    if let Some(n) = int_of(vm, v) {
        return Ok(n);
    }
    if let Payload::Float(f) = vm.heap.payload(v) {
        let f = *f;
        return float_to_bigint(vm, f);
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(r) = call_special(vm, v, name)? {
            let n = int_of(vm, r);
            let tn = vm.type_name_of(r);
            if n.is_none() && name == "__trunc__" {
                let out = index_value(vm, r).map_err(|e| {
                    vm.decref_exc(e);
                    vm.type_error(&format!("__trunc__ returned non-Integral (type {tn})"))
                });
                vm.decref(r);
                return out;
            }
            vm.decref(r);
            return n.ok_or_else(|| vm.type_error(&format!("{name} returned non-int (type {tn})")));
        }
    }
    if let Some(n) = int_from_text(vm, v, 10)? {
        return Ok(n);
    }
    let tn = vm.type_name_of(v);
    Err(vm.type_error(&format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
    )))
}

impl Vm {
    /// Releases the exception of an error that is being replaced by another.
    pub fn decref_exc(&mut self, e: PyErr) {
        if let PyErr::Exception(x) = e {
            self.decref(x);
        }
    }
}

/// An instance of `cls` (int or a subclass) holding `n`.
fn int_instance(vm: &mut Vm, cls: ObjId, n: BigInt) -> ObjId {
    if cls == vm.types.int {
        return vm.new_bigint(n);
    }
    let payload = match n.to_i64() {
        Some(i) => Payload::Int(i),
        None => Payload::BigInt(Box::new(n)),
    };
    vm.alloc(cls, payload)
}

/// `tp_new_wrapper`'s checks of `T.__new__(cls, ...)`.
fn new_cls_arg(vm: &mut Vm, args: &Args, owner: ObjId) -> PyResult<ObjId> {
    let tn = vm.type_name(owner);
    let Some(&cls) = args.args.first() else {
        return Err(vm.type_error(&format!("{tn}.__new__(): not enough arguments")));
    };
    if !matches!(vm.heap.payload(cls), Payload::Type(_)) {
        let got = vm.type_name_of(cls);
        return Err(vm.type_error(&format!("{tn}.__new__(X): X is not a type object ({got})")));
    }
    if !vm.is_subtype(cls, owner) {
        let cn = vm.type_name(cls);
        return Err(vm.type_error(&format!(
            "{tn}.__new__({cn}): {cn} is not a subtype of {tn}"
        )));
    }
    Ok(cls)
}

/// `int.__new__(cls, x=0, base=10)`.
fn int_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let owner = vm.types.int;
    let cls = new_cls_arg(vm, args, owner)?;
    if args.args.len() > 3 {
        return Err(vm.type_error(&format!(
            "int() takes at most 2 arguments ({} given)",
            args.args.len() - 1
        )));
    }
    let a = bind_args(vm, args, 1, "int", &["", "base"], &[])?;
    let n = match (a[0], a[1]) {
        (None, None) => BigInt::zero(),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => {
            if cls == vm.types.int && vm.heap.type_of(x) == vm.types.int {
                return Ok(vm.incref(x));
            }
            number_long(vm, x)?
        }
        (Some(x), Some(b)) => {
            let base = index_value(vm, b)?;
            let base = match base.to_i64() {
                Some(b) if b == 0 || (2..=36).contains(&b) => b as u32,
                _ => return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0")),
            };
            match int_from_text(vm, x, base)? {
                Some(n) => n,
                None => {
                    return Err(vm.type_error("int() can't convert non-string with explicit base"))
                }
            }
        }
    };
    Ok(int_instance(vm, cls, n))
}

/// `bool.__new__(cls, x=False)`.
fn bool_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let owner = vm.types.bool_;
    new_cls_arg(vm, args, owner)?;
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    let n = args.args.len().saturating_sub(1);
    if n > 1 {
        return Err(vm.type_error(&format!("bool expected at most 1 argument, got {n}")));
    }
    let b = match args.args.get(1) {
        Some(&x) => vm.is_true(x)?,
        None => false,
    };
    Ok(vm.new_bool(b))
}

// ----- float -----

/// `_Py_string_to_number_with_underscores` + `_PyOS_ascii_strtod`: a float literal.
pub fn parse_float_literal(text: &str) -> Option<f64> {
    let s = text.trim_matches(py_isspace);
    if s.is_empty() || !s.is_ascii() {
        return None;
    }
    let clean = strip_underscores(s, |c| c.is_ascii_digit())?;
    let body = clean.trim_start_matches(['+', '-']);
    if clean.len() - body.len() > 1 {
        return None;
    }
    let lower = body.to_ascii_lowercase();
    let special = matches!(lower.as_str(), "inf" | "infinity" | "nan");
    if !special
        && !body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'))
    {
        return None;
    }
    clean.parse::<f64>().ok()
}

/// `PyNumber_Float`: `float(x)` as a value.
pub fn number_float_value(vm: &mut Vm, v: ObjId) -> PyResult<f64> {
    if let Some(n) = num_of(vm, v) {
        if !matches!(n, Num::Complex(..)) {
            return num_to_f64(vm, &n);
        }
    }
    if let Some(r) = call_special(vm, v, "__float__")? {
        let out = match vm.heap.payload(r) {
            Payload::Float(f) => Ok(*f),
            _ => {
                let (tn, rn) = (vm.type_name_of(v), vm.type_name_of(r));
                Err(vm.type_error(&format!("{tn}.__float__ returned non-float (type {rn})")))
            }
        };
        vm.decref(r);
        return out;
    }
    let ty = vm.heap.type_of(v);
    if vm.lookup_type_attr_borrowed(ty, "__index__").is_some() {
        let n = index_value(vm, v)?;
        return bigint_to_f64(&n).ok_or_else(|| int_too_large(vm));
    }
    if let Some((text, shown)) = text_arg(vm, v) {
        return parse_float_literal(&text)
            .ok_or_else(|| vm.value_error(&format!("could not convert string to float: {shown}")));
    }
    let tn = vm.type_name_of(v);
    Err(vm.type_error(&format!(
        "float() argument must be a string or a real number, not '{tn}'"
    )))
}

/// `float.__new__(cls, x=0.0)`.
fn float_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let owner = vm.types.float;
    let cls = new_cls_arg(vm, args, owner)?;
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    let n = args.args.len() - 1;
    if n > 1 {
        return Err(vm.type_error(&format!("float expected at most 1 argument, got {n}")));
    }
    let f = match args.args.get(1) {
        None => 0.0,
        Some(&x) => {
            if cls == vm.types.float && vm.heap.type_of(x) == vm.types.float {
                return Ok(vm.incref(x));
            }
            number_float_value(vm, x)?
        }
    };
    Ok(vm.alloc(cls, Payload::Float(f)))
}

fn float_self(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    let float = vm.types.float;
    let s = self_arg(vm, args, name, float)?;
    Ok(match vm.heap.payload(s) {
        Payload::Float(f) => *f,
        _ => 0.0,
    })
}

fn float_float(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let float = vm.types.float;
    let s = self_arg(vm, args, "__float__", float)?;
    if vm.heap.type_of(s) == float {
        return Ok(vm.incref(s));
    }
    let f = float_self(vm, args, "__float__")?;
    Ok(vm.new_float(f))
}

fn float_imag(vm: &mut Vm, _args: &Args) -> PyResult<ObjId> {
    Ok(vm.new_float(0.0))
}

fn float_is_integer(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let f = float_self(vm, args, "is_integer")?;
    Ok(vm.new_bool(f.is_finite() && f == f.floor()))
}

fn float_trunc(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let f = float_self(vm, args, "__trunc__")?;
    let n = float_to_bigint(vm, f)?;
    Ok(vm.new_bigint(n))
}

fn float_floor(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let f = float_self(vm, args, "__floor__")?;
    let n = float_to_bigint(vm, f.floor())?;
    Ok(vm.new_bigint(n))
}

fn float_ceil(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let f = float_self(vm, args, "__ceil__")?;
    let n = float_to_bigint(vm, f.ceil())?;
    Ok(vm.new_bigint(n))
}

/// `double_round`: x rounded to `ndigits` decimal places, half-even on the exact value.
pub fn double_round(x: f64, ndigits: i64) -> Option<f64> {
    if !x.is_finite() || ndigits > 323 {
        return Some(x);
    }
    if ndigits < -308 {
        return Some(0.0 * x);
    }
    let (digits, decpt) = super::format::dtoa(x, 3, ndigits);
    let text = format!(
        "{}0{}e{}",
        if x.is_sign_negative() { "-" } else { "" },
        String::from_utf8_lossy(&digits),
        decpt - digits.len() as i64
    );
    let r: f64 = text.parse().unwrap_or(f64::NAN);
    if r.is_infinite() {
        return None;
    }
    Some(r)
}

/// `round(x)` / `round(x, ndigits)` for a float (`float___round___impl`).
pub fn round_float(vm: &mut Vm, x: f64, ndigits: Option<i64>) -> PyResult<ObjId> {
    match ndigits {
        None => {
            let mut r = x.round();
            if (x - r).abs() == 0.5 {
                r = 2.0 * (x / 2.0).round();
            }
            let n = float_to_bigint(vm, r)?;
            Ok(vm.new_bigint(n))
        }
        Some(nd) => match double_round(x, nd) {
            Some(r) => Ok(vm.new_float(r)),
            None => Err(vm.new_error_msg(
                vm.types.overflow_error,
                "rounded value too large to represent",
            )),
        },
    }
}

/// `round(number, ndigits)` for builtin numbers; None when `v` is not an int or float.
pub fn number_round(vm: &mut Vm, v: ObjId, ndigits: Option<ObjId>) -> PyResult<Option<ObjId>> {
    let nd = match ndigits {
        Some(n) if n != vm.none => Some(index_value(vm, n)?),
        _ => None,
    };
    match num_of(vm, v) {
        Some(Num::Float(f)) => {
            let nd = nd.map(|n| {
                n.to_i64()
                    .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX })
            });
            round_float(vm, f, nd).map(Some)
        }
        Some(Num::Small(_)) | Some(Num::Int(_)) => match nd {
            Some(nd) if nd.is_negative() => {
                let n = int_of(vm, v).unwrap_or_default();
                Ok(Some(vm.new_bigint(round_int(&n, &nd))))
            }
            _ => Ok(Some(exact_int(vm, v))),
        },
        _ => Ok(None),
    }
}

fn float_round(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let float = vm.types.float;
    let s = self_arg(vm, args, "__round__", float)?;
    match number_round(vm, s, args.args.get(1).copied())? {
        Some(r) => Ok(r),
        None => Ok(vm.incref(vm.not_implemented)),
    }
}

/// `float.as_integer_ratio`.
fn float_as_integer_ratio(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let f = float_self(vm, args, "as_integer_ratio")?;
    if f.is_infinite() {
        return Err(vm.new_error_msg(
            vm.types.overflow_error,
            "cannot convert Infinity to integer ratio",
        ));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (mut m, mut e) = frexp(f);
    let mut i = 0;
    while i < 300 && m != m.floor() {
        m *= 2.0;
        e -= 1;
        i += 1;
    }
    let mut num = float_trunc_exact(m);
    let mut den = BigInt::one();
    if e > 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    let a = vm.new_bigint(num);
    let b = vm.new_bigint(den);
    Ok(vm.new_tuple(vec![a, b]))
}

/// `float.hex`.
pub fn float_hex_text(x: f64) -> String {
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0x0.0p+0"
        } else {
            "0x0.0p+0"
        }
        .to_string();
    }
    if !x.is_finite() {
        return super::repr::float_repr(x);
    }
    let (m, e) = frexp(x.abs());
    let shift = 1 - (-1021 - e).max(0);
    let mut m = ldexp(m, shift as i64);
    let e = e - shift;
    let hex = |d: u32| char::from_digit(d, 16).unwrap_or('0');
    let mut s = String::new();
    s.push(hex(m as u32));
    m -= (m as u32) as f64;
    s.push('.');
    for _ in 0..13 {
        m *= 16.0;
        s.push(hex(m as u32));
        m -= (m as u32) as f64;
    }
    let (esign, e) = if e < 0 { ('-', -e) } else { ('+', e) };
    format!("{}0x{s}p{esign}{e}", if x < 0.0 { "-" } else { "" })
}

fn float_hex(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let f = float_self(vm, args, "hex")?;
    Ok(vm.new_str_owned(float_hex_text(f)))
}

/// `float_fromhex`: Err(true) on overflow, Err(false) on a malformed string.
pub fn parse_float_hex(text: &str) -> Result<f64, bool> {
    let s = text.trim_matches(py_isspace);
    let (neg, s) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let lower = s.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity") {
        return Ok(if neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == "nan" {
        return Ok(if neg { -f64::NAN } else { f64::NAN });
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (int_part, frac_part) = match mant.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(false);
    }
    let all_hex = |t: &str| t.chars().all(|c| c.is_ascii_hexdigit());
    if !all_hex(int_part) || !all_hex(frac_part) {
        return Err(false);
    }
    let exp: BigInt = match exp {
        Some(e) => {
            let digits = e.trim_start_matches(['+', '-']);
            if digits.is_empty()
                || e.len() - digits.len() > 1
                || !digits.chars().all(|c| c.is_ascii_digit())
            {
                return Err(false);
            }
            e.parse().map_err(|_| false)?
        }
        None => BigInt::zero(),
    };
    let digits = format!("{int_part}{frac_part}");
    let m = BigInt::parse_bytes(digits.as_bytes(), 16).unwrap_or_default();
    let e2 = exp - BigInt::from(4 * frac_part.len() as u64);
    let f = if m.is_zero() {
        0.0
    } else {
        let e2 = e2.to_i64().unwrap_or(if e2.is_negative() {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        });
        if e2 >= 0 {
            if m.bits() as i64 + e2 > 1025 {
                return Err(true);
            }
            bigint_to_f64(&(m << (e2 as u64))).ok_or(true)?
        } else if e2 < -(m.bits() as i64) - 1080 {
            0.0
        } else {
            let den = BigInt::one() << ((-e2) as u64);
            int_true_divide(&m, &den).map_err(|_| true)?
        }
    };
    Ok(if neg { -f } else { f })
}

fn float_fromhex(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (Some(&cls), Some(&s)) = (args.args.first(), args.args.get(1)) else {
        return Err(vm.type_error("float.fromhex() takes exactly one argument (0 given)"));
    };
    let text = super::arg_str(vm, s, "fromhex() argument")?;
    let f = match parse_float_hex(&text) {
        Ok(f) => f,
        Err(true) => {
            return Err(vm.new_error_msg(
                vm.types.overflow_error,
                "hexadecimal value too large to represent as a float",
            ))
        }
        Err(false) => return Err(vm.value_error("invalid hexadecimal floating-point string")),
    };
    let r = vm.new_float(f);
    if cls == vm.types.float {
        return Ok(r);
    }
    let out = vm.call_object(cls, &Args::positional(vec![r]));
    vm.decref(r);
    out
}

// ----- complex -----

fn complex_self(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    let complex = vm.types.complex;
    let s = self_arg(vm, args, name, complex)?;
    Ok(match vm.heap.payload(s) {
        Payload::Complex(r, i) => (*r, *i),
        _ => (0.0, 0.0),
    })
}

fn complex_real(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (r, _) = complex_self(vm, args, "real")?;
    Ok(vm.new_float(r))
}

fn complex_imag(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (_, i) = complex_self(vm, args, "imag")?;
    Ok(vm.new_float(i))
}

fn complex_conjugate(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (r, i) = complex_self(vm, args, "conjugate")?;
    Ok(new_complex(vm, r, -i))
}

/// The longest float literal at the start of `s` (for complex strings): (value, length).
fn float_prefix(s: &str) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let lower = s[i..].to_ascii_lowercase();
    for word in ["infinity", "inf", "nan"] {
        if lower.starts_with(word) {
            let end = i + word.len();
            return s[..end].parse::<f64>().ok().map(|v| (v, end));
        }
    }
    let start_digits = i;
    while b.get(i).is_some_and(|c| c.is_ascii_digit() || *c == b'_') {
        i += 1;
    }
    let mut mant_digits = i - start_digits;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let fs = i;
        while b.get(i).is_some_and(|c| c.is_ascii_digit() || *c == b'_') {
            i += 1;
        }
        mant_digits += i - fs;
    }
    if mant_digits == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let ds = j;
        while b.get(j).is_some_and(|c| c.is_ascii_digit() || *c == b'_') {
            j += 1;
        }
        if j > ds {
            i = j;
        }
    }
    parse_float_literal(&s[..i]).map(|v| (v, i))
}

/// `complex_subtype_from_string`.
pub fn parse_complex_literal(text: &str) -> Option<(f64, f64)> {
    let mut s = text.trim_matches(py_isspace);
    if let Some(inner) = s.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        s = inner.trim_matches(py_isspace);
    }
    if s.is_empty() {
        return None;
    }
    let unit = |rest: &str| -> Option<f64> {
        match rest {
            "j" | "J" | "+j" | "+J" => Some(1.0),
            "-j" | "-J" => Some(-1.0),
            _ => None,
        }
    };
    if let Some(i) = unit(s) {
        return Some((0.0, i));
    }
    let (x, n) = float_prefix(s)?;
    let rest = &s[n..];
    if rest.is_empty() {
        return Some((x, 0.0));
    }
    if rest == "j" || rest == "J" {
        return Some((0.0, x));
    }
    if let Some(i) = unit(rest) {
        return Some((x, i));
    }
    if !rest.starts_with(['+', '-']) {
        return None;
    }
    let (y, m) = float_prefix(rest)?;
    match &rest[m..] {
        "j" | "J" => Some((x, y)),
        _ => None,
    }
}

/// A number argument of complex(): its (real, imag) parts.
fn complex_part(vm: &mut Vm, v: ObjId, first: bool) -> PyResult<(f64, f64)> {
    if let Some(n) = num_of(vm, v) {
        return to_complex(vm, &n);
    }
    if let Some(r) = call_special(vm, v, "__complex__")? {
        let out = match vm.heap.payload(r) {
            Payload::Complex(a, b) => Ok((*a, *b)),
            _ => {
                let tn = vm.type_name_of(r);
                Err(vm.type_error(&format!("__complex__ returned non-complex (type {tn})")))
            }
        };
        vm.decref(r);
        return out;
    }
    let ty = vm.heap.type_of(v);
    if vm.lookup_type_attr_borrowed(ty, "__float__").is_some()
        || vm.lookup_type_attr_borrowed(ty, "__index__").is_some()
    {
        return Ok((number_float_value(vm, v)?, 0.0));
    }
    let tn = vm.type_name_of(v);
    Err(vm.type_error(&if first {
        format!("complex() first argument must be a string or a number, not '{tn}'")
    } else {
        format!("complex() second argument must be a number, not '{tn}'")
    }))
}

/// `complex.__new__(cls, real=0, imag=0)`.
fn complex_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let owner = vm.types.complex;
    let cls = new_cls_arg(vm, args, owner)?;
    let a = bind_args(vm, args, 1, "complex", &["real", "imag"], &[])?;
    let is_str = |vm: &Vm, v: ObjId| matches!(vm.heap.payload(v), Payload::Str(_));
    let (re, im) = match (a[0], a[1]) {
        (None, None) => (0.0, 0.0),
        (Some(r), imag) if is_str(vm, r) => {
            if imag.is_some() {
                return Err(vm.type_error("complex() can't take second arg if first is a string"));
            }
            let text = decimal_and_space_to_ascii(&vm.str_of(r));
            parse_complex_literal(&text)
                .ok_or_else(|| vm.value_error("complex() arg is a malformed string"))?
        }
        (r, i) => {
            if let Some(i) = i {
                if is_str(vm, i) {
                    return Err(vm.type_error("complex() second arg can't be a string"));
                }
            }
            if let Some(r) = r {
                if i.is_none() && cls == vm.types.complex && vm.heap.type_of(r) == vm.types.complex
                {
                    return Ok(vm.incref(r));
                }
            }
            let is_complex = |vm: &Vm, v: Option<ObjId>| {
                v.is_some_and(|v| matches!(vm.heap.payload(v), Payload::Complex(..)))
            };
            let (cr_complex, ci_complex) = (is_complex(vm, r), is_complex(vm, i));
            let (mut rr, ri) = match r {
                Some(r) => complex_part(vm, r, true)?,
                None => (0.0, 0.0),
            };
            match i {
                None => (rr, ri),
                Some(i) => {
                    let (mut ir, ii) = complex_part(vm, i, false)?;
                    if ci_complex {
                        rr -= ii;
                    }
                    if cr_complex {
                        ir += ri;
                    }
                    (rr, ir)
                }
            }
        }
    };
    Ok(vm.alloc(cls, Payload::Complex(re, im)))
}

/// `divmod(a, b)` of builtin numbers (`long_divmod`, `float_divmod`); None when the pair
/// does not support it (the caller raises the TypeError).
pub fn divmod(vm: &mut Vm, a: ObjId, b: ObjId) -> PyResult<Option<ObjId>> {
    let (Some(x), Some(y)) = (num_of(vm, a), num_of(vm, b)) else {
        return Ok(None);
    };
    if matches!(x, Num::Complex(..)) || matches!(y, Num::Complex(..)) {
        return Ok(None);
    }
    if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) {
        let fx = num_to_f64(vm, &x)?;
        let fy = num_to_f64(vm, &y)?;
        if fy == 0.0 {
            return Err(zero_div(vm, "float divmod()"));
        }
        let (q, r) = float_divmod(fx, fy);
        let (q, r) = (vm.new_float(q), vm.new_float(r));
        return Ok(Some(vm.new_tuple(vec![q, r])));
    }
    let (bx, by) = (to_big(&x), to_big(&y));
    if by.is_zero() {
        return Err(zero_div(vm, "integer division or modulo by zero"));
    }
    let (q, r) = bx.div_mod_floor(&by);
    let (q, r) = (vm.new_bigint(q), vm.new_bigint(r));
    Ok(Some(vm.new_tuple(vec![q, r])))
}

/// `pow(a, b, m)` of builtin numbers (`long_pow` with a modulus); None when an operand is not
/// a number.
pub fn pow3(vm: &mut Vm, a: ObjId, b: ObjId, m: ObjId) -> PyResult<Option<ObjId>> {
    let (Some(x), Some(y), Some(z)) = (num_of(vm, a), num_of(vm, b), num_of(vm, m)) else {
        return Ok(None);
    };
    let is_int = |n: &Num| matches!(n, Num::Small(_) | Num::Int(_));
    if [&x, &y].iter().any(|n| matches!(n, Num::Complex(..))) {
        return Err(vm.value_error("complex modulo"));
    }
    if !is_int(&x) || !is_int(&y) || !is_int(&z) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let (base, exp, modulus) = (to_big(&x), to_big(&y), to_big(&z));
    if modulus.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let negative_output = modulus.is_negative();
    let m = modulus.abs();
    if m.is_one() {
        return Ok(Some(vm.new_int(0)));
    }
    let mut base = base.mod_floor(&m);
    let mut exp = exp;
    if exp.is_negative() {
        let g = base.extended_gcd(&m);
        if !g.gcd.is_one() {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        base = g.x.mod_floor(&m);
        exp = -exp;
    }
    let mut r = base.modpow(&exp, &m);
    if negative_output && !r.is_zero() {
        r -= &m;
    }
    Ok(Some(vm.new_bigint(r)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_hashes_match_cpython() {
        assert_eq!(hash_float(1.5, 0), 1152921504606846977);
        assert_eq!(hash_float(-2.25, 0), -576460752303423490);
        assert_eq!(hash_float(1e100, 0), 1822893315824342674);
    }

    fn show(vm: &mut Vm, r: PyResult<ObjId>) -> String {
        match r {
            Ok(v) => {
                let s = vm.repr_string(v).unwrap_or_default();
                vm.decref(v);
                s
            }
            Err(PyErr::Exception(e)) => {
                let tn = vm.type_name_of(e);
                let msg = vm.exception_message(e);
                vm.decref(e);
                format!("{tn}: {msg}")
            }
            Err(_) => "halt".to_string(),
        }
    }

    fn op(vm: &mut Vm, a: ObjId, b: ObjId, o: BinOp) -> String {
        let r = vm.binary_op(a, b, o);
        show(vm, r)
    }

    #[test]
    fn int_arithmetic_matches_cpython() {
        let mut vm = Vm::new();
        let a = vm.new_int(7);
        let b = vm.new_int(-2);
        let z = vm.new_int(0);
        assert_eq!(op(&mut vm, a, b, BinOp::FloorDiv), "-4");
        assert_eq!(op(&mut vm, a, b, BinOp::Mod), "-1");
        assert_eq!(op(&mut vm, a, b, BinOp::Div), "-3.5");
        assert_eq!(op(&mut vm, a, b, BinOp::Pow), "0.02040816326530612");
        assert_eq!(
            op(&mut vm, a, z, BinOp::Mod),
            "ZeroDivisionError: integer modulo by zero"
        );
        assert_eq!(
            op(&mut vm, a, z, BinOp::FloorDiv),
            "ZeroDivisionError: integer division or modulo by zero"
        );
        assert_eq!(
            op(&mut vm, a, z, BinOp::Div),
            "ZeroDivisionError: division by zero"
        );
        assert_eq!(
            op(&mut vm, z, b, BinOp::Pow),
            "ZeroDivisionError: 0.0 cannot be raised to a negative power"
        );
        assert_eq!(
            op(&mut vm, a, b, BinOp::LShift),
            "ValueError: negative shift count"
        );
        let big = vm.new_int(i64::MAX);
        assert_eq!(
            op(&mut vm, big, big, BinOp::Mult),
            "85070591730234615847396907784232501249"
        );
        let sixty_four = vm.new_int(64);
        assert_eq!(
            op(&mut vm, a, sixty_four, BinOp::LShift),
            "129127208515966861312"
        );
        let t = vm.true_;
        assert_eq!(op(&mut vm, t, t, BinOp::BitAnd), "True");
        assert_eq!(op(&mut vm, t, t, BinOp::Add), "2");
        let small = vm.new_int(200);
        let fifty_six = vm.new_int(56);
        let r = vm.binary_op(small, fifty_six, BinOp::Add).ok();
        assert_eq!(r, Some(vm.small_ints[256 + 5]));
    }

    #[test]
    fn big_true_division_is_correctly_rounded() {
        let ten = BigInt::from(10);
        let a: BigInt = num_traits::pow::Pow::pow(&ten, 400u32);
        let b: BigInt = num_traits::pow::Pow::pow(&ten, 399u32) * 3;
        assert_eq!(int_true_divide(&a, &b), Ok(10.0 / 3.0));
        assert_eq!(int_true_divide(&BigInt::from(1), &a), Ok(0.0),);
        assert_eq!(
            int_true_divide(&a, &BigInt::from(1)),
            Err("integer division result too large for a float")
        );
        let tiny = int_true_divide(&BigInt::from(1), &(BigInt::one() << 1074u32));
        assert_eq!(tiny, Ok(5e-324));
        let half = int_true_divide(&BigInt::from(1), &(BigInt::one() << 1075u32));
        assert_eq!(half, Ok(0.0));
        assert_eq!(
            bigint_to_f64(&((BigInt::one() << 53u32) + 1)),
            Some(9007199254740992.0)
        );
        assert_eq!(
            bigint_to_f64(&((BigInt::one() << 80u32) + (BigInt::one() << 27u32) + 1)),
            Some(1208925819614629174706176.0 + 268435456.0)
        );
    }

    #[test]
    fn float_and_complex_operations() {
        let mut vm = Vm::new();
        let a = vm.new_float(-7.5);
        let b = vm.new_int(2);
        let z = vm.new_float(0.0);
        assert_eq!(op(&mut vm, a, b, BinOp::FloorDiv), "-4.0");
        assert_eq!(op(&mut vm, a, b, BinOp::Mod), "0.5");
        assert_eq!(
            op(&mut vm, a, z, BinOp::Mod),
            "ZeroDivisionError: float modulo"
        );
        assert_eq!(
            op(&mut vm, a, z, BinOp::FloorDiv),
            "ZeroDivisionError: float floor division by zero"
        );
        assert_eq!(
            op(&mut vm, a, z, BinOp::Div),
            "ZeroDivisionError: float division by zero"
        );
        let half = vm.new_float(0.5);
        assert_eq!(
            op(&mut vm, a, half, BinOp::Pow),
            "(1.6769166921737594e-16+2.7386127875258306j)"
        );
        let big = vm.new_float(10.0);
        let e = vm.new_int(400);
        assert_eq!(
            op(&mut vm, big, e, BinOp::Pow),
            "OverflowError: (34, 'Numerical result out of range')"
        );
        let c = new_complex(&mut vm, 1.0, 2.0);
        let three = vm.new_int(3);
        assert_eq!(op(&mut vm, c, three, BinOp::Pow), "(-11-2j)");
        let cz = new_complex(&mut vm, 0.0, 0.0);
        assert_eq!(
            op(&mut vm, c, cz, BinOp::Div),
            "ZeroDivisionError: complex division by zero"
        );
        assert_eq!(
            op(&mut vm, c, three, BinOp::FloorDiv),
            "TypeError: unsupported operand type(s) for //: 'complex' and 'int'"
        );
        let huge = vm.new_bigint(num_traits::pow::Pow::pow(BigInt::from(10), 400u32));
        let one = vm.new_float(1.0);
        assert_eq!(
            op(&mut vm, huge, one, BinOp::Add),
            "OverflowError: int too large to convert to float"
        );
    }

    #[test]
    fn divmod_and_pow3() {
        let mut vm = Vm::new();
        let (a, b, m) = (vm.new_int(-7), vm.new_int(3), vm.new_int(-5));
        let r = divmod(&mut vm, a, b).map(|o| o.unwrap_or(vm.none));
        assert_eq!(show(&mut vm, r), "(-3, 2)");
        let r = pow3(&mut vm, a, b, m).map(|o| o.unwrap_or(vm.none));
        assert_eq!(show(&mut vm, r), "-3");
        let (three, minus_one, seven) = (vm.new_int(3), vm.new_int(-1), vm.new_int(7));
        let r = pow3(&mut vm, three, minus_one, seven).map(|o| o.unwrap_or(vm.none));
        assert_eq!(show(&mut vm, r), "5");
        let zero = vm.new_int(0);
        let r = pow3(&mut vm, three, minus_one, zero).map(|o| o.unwrap_or(vm.none));
        assert_eq!(
            show(&mut vm, r),
            "ValueError: pow() 3rd argument cannot be 0"
        );
    }

    #[test]
    fn constructors_and_methods() {
        let mut vm = Vm::new();
        let int = vm.types.int;
        let float = vm.types.float;
        let call = |vm: &mut Vm, f: ObjId, args: Vec<ObjId>| {
            let r = vm.call_object(f, &Args::positional(args));
            show(vm, r)
        };
        let s = vm.new_str(" -1_000 ");
        assert_eq!(call(&mut vm, int, vec![s]), "-1000");
        let s = vm.new_str("abc");
        assert_eq!(
            call(&mut vm, int, vec![s]),
            "ValueError: invalid literal for int() with base 10: 'abc'"
        );
        let s = vm.new_str("0x_ff");
        let zero = vm.new_int(0);
        assert_eq!(call(&mut vm, int, vec![s, zero]), "255");
        let f = vm.new_float(-3.9);
        assert_eq!(call(&mut vm, int, vec![f]), "-3");
        let s = vm.new_str(" -InFinity ");
        assert_eq!(call(&mut vm, float, vec![s]), "-inf");
        let s = vm.new_str("x");
        assert_eq!(
            call(&mut vm, float, vec![s]),
            "ValueError: could not convert string to float: 'x'"
        );
        let nines = vm.new_str(&"9".repeat(5000));
        assert!(call(&mut vm, int, vec![nines])
            .starts_with("ValueError: Exceeds the limit (4300 digits)"));
        assert_eq!(float_hex_text(0.1), "0x1.999999999999ap-4");
        assert_eq!(float_hex_text(1.0), "0x1.0000000000000p+0");
        assert_eq!(parse_float_hex("0x1.999999999999ap-4"), Ok(0.1));
        assert_eq!(parse_complex_literal("1+2j"), Some((1.0, 2.0)));
        assert_eq!(parse_complex_literal(" (-j) "), Some((0.0, -1.0)));
        assert_eq!(parse_complex_literal("1e3-2.5e-1J"), Some((1000.0, -0.25)));
        assert_eq!(parse_complex_literal("x"), None);
        assert_eq!(double_round(2.675, 2), Some(2.67));
        assert_eq!(double_round(1e300, -300), Some(1e300));
        assert_eq!(
            round_int(&BigInt::from(1250), &BigInt::from(-2)),
            BigInt::from(1200)
        );
        assert_eq!(
            round_int(&BigInt::from(-1350), &BigInt::from(-2)),
            BigInt::from(-1400)
        );
        let x = vm.new_int(5);
        let real = vm.getattr_str(x, "real");
        assert_eq!(show(&mut vm, real), "5");
        let y = vm.new_float(1.5);
        let ratio = vm.getattr_str(y, "as_integer_ratio").and_then(|m| {
            let r = vm.call_object(m, &Args::positional(vec![]));
            vm.decref(m);
            r
        });
        assert_eq!(show(&mut vm, ratio), "(3, 2)");
    }

    #[test]
    fn formatting() {
        let mut vm = Vm::new();
        let fmt = |vm: &mut Vm, v: ObjId, spec: &str| {
            let r = vm.format(v, spec);
            match r {
                Ok(s) => {
                    let t = vm.str_of(s).to_string();
                    vm.decref(s);
                    t
                }
                Err(e) => show(vm, Err(e)),
            }
        };
        let n = vm.new_int(-5);
        assert_eq!(fmt(&mut vm, n, "08,"), "-000,005");
        let n = vm.new_int(1234567);
        assert_eq!(fmt(&mut vm, n, "_x"), "12_d687");
        assert_eq!(fmt(&mut vm, n, "n"), "1234567");
        assert_eq!(
            fmt(&mut vm, n, ".2"),
            "ValueError: Precision not allowed in integer format specifier"
        );
        let f = vm.new_float(1234.5);
        assert_eq!(fmt(&mut vm, f, ",.1f"), "1,234.5");
        assert_eq!(fmt(&mut vm, f, "_"), "1_234.5");
        assert_eq!(fmt(&mut vm, f, ".3"), "1.23e+03");
        let f = vm.new_float(-0.0);
        assert_eq!(fmt(&mut vm, f, "z.1f"), "0.0");
        let inf = vm.new_float(f64::NEG_INFINITY);
        assert_eq!(fmt(&mut vm, inf, "+010"), "-000000inf");
        let s = vm.new_str("ab");
        assert_eq!(fmt(&mut vm, s, "05"), "ab000");
        assert_eq!(fmt(&mut vm, s, "^6"), "  ab  ");
        assert_eq!(
            fmt(&mut vm, s, "+"),
            "ValueError: Sign not allowed in string format specifier"
        );
        assert_eq!(
            fmt(&mut vm, s, "f"),
            "ValueError: Unknown format code 'f' for object of type 'str'"
        );
        assert_eq!(
            fmt(&mut vm, s, ","),
            "ValueError: Cannot specify ',' with 's'."
        );
        let c = new_complex(&mut vm, 1.0, 2.0);
        assert_eq!(fmt(&mut vm, c, "10"), "    (1+2j)");
        assert_eq!(fmt(&mut vm, c, ".2f"), "1.00+2.00j");
        let t = vm.true_;
        assert_eq!(fmt(&mut vm, t, ""), "True");
        assert_eq!(fmt(&mut vm, t, "d"), "1");
        let none = vm.none;
        assert_eq!(
            fmt(&mut vm, none, "x"),
            "TypeError: unsupported format string passed to NoneType.__format__"
        );
    }
}
