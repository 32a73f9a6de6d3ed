//! Constant folding, after CPython 3.11's Python/ast_opt.c. The AST stays untouched: the code
//! generator asks what a node folds to (`const_value`) where `ast_opt` would have replaced it
//! with a `Constant` node.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::code::Constant;
use crate::syntax::ast::{
    self, BinOp, CmpOp, Comprehension, Expr, ExprKind, Stmt, StmtKind, UnaryOp,
};

const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_TOTAL_ITEMS: usize = 1024;

/// Converts a parsed literal to a code constant.
pub(crate) fn literal(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Int(i) => Constant::Int(i.clone()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Imaginary(f) => Constant::Complex(0.0, *f),
        ast::Constant::Str(s) => Constant::Str(Rc::from(s.as_str())),
        ast::Constant::Bytes(b) => Constant::Bytes(Rc::from(b.as_slice())),
        ast::Constant::Ellipsis => Constant::Ellipsis,
    }
}

/// `PyObject_IsTrue` of a constant.
pub(crate) fn truthy(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex(r, i) => *r != 0.0 || *i != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Ellipsis | Constant::Code(_) => true,
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
    }
}

/// What `e` becomes after `astfold_expr`, when that is a `Constant` node.
pub(crate) fn const_value(e: &Expr) -> Option<Constant> {
    match &e.kind {
        ExprKind::Constant(c) => Some(literal(c)),
        ExprKind::Name(n) if n == "__debug__" => Some(Constant::Bool(true)),
        ExprKind::UnaryOp { op, operand } => fold_unaryop(*op, &const_value(operand)?),
        ExprKind::BinOp { left, op, right } => {
            fold_binop(&const_value(left)?, *op, &const_value(right)?)
        }
        ExprKind::Tuple(elts) => make_const_tuple(elts),
        ExprKind::Subscript { value, slice } => {
            fold_subscr(&const_value(value)?, &const_value(slice)?)
        }
        _ => None,
    }
}

/// `make_const_tuple`.
fn make_const_tuple(elts: &[Expr]) -> Option<Constant> {
    let items: Option<Vec<Constant>> = elts.iter().map(const_value).collect();
    Some(Constant::Tuple(items?.into()))
}

/// `fold_iter`: a list or set display iterated over (`for`, comprehensions, `in`). Returns
/// the constant it folds to; a list of non-constants still becomes a tuple display, which
/// the caller checks with [`iter_becomes_tuple`].
pub(crate) fn iter_const(e: &Expr) -> Option<Constant> {
    match &e.kind {
        ExprKind::List(elts) if !has_starred(elts) => make_const_tuple(elts),
        ExprKind::Set(elts) => match make_const_tuple(elts)? {
            Constant::Tuple(items) => Some(Constant::FrozenSet(dedup(&items).into())),
            _ => None,
        },
        _ => const_value(e),
    }
}

/// Whether `fold_iter` turns this list display into a tuple display.
pub(crate) fn iter_becomes_tuple(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::List(elts) if !has_starred(elts))
}

pub(crate) fn has_starred(elts: &[Expr]) -> bool {
    elts.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)))
}

/// Set semantics for a frozenset constant: equal values (`1 == 1.0 == True`) collapse to the
/// first.
fn dedup(items: &[Constant]) -> Vec<Constant> {
    let mut out: Vec<Constant> = Vec::new();
    for it in items {
        if !out.iter().any(|o| py_eq(o, it)) {
            out.push(it.clone());
        }
    }
    out
}

fn py_eq(a: &Constant, b: &Constant) -> bool {
    match (num(a), num(b)) {
        (Some(x), Some(y)) => match (x, y) {
            (Num::Int(p), Num::Int(q)) => p == q,
            (x, y) => {
                let (xr, xi) = x.complex();
                let (yr, yi) = y.complex();
                xr == yr && xi == yi
            }
        },
        _ => super::consts::same_key(a, b),
    }
}

#[derive(Debug, Clone)]
enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

impl Num {
    fn complex(&self) -> (f64, f64) {
        match self {
            Num::Int(i) => (i.to_f64().unwrap_or(f64::NAN), 0.0),
            Num::Float(f) => (*f, 0.0),
            Num::Complex(r, i) => (*r, *i),
        }
    }
}

fn num(c: &Constant) -> Option<Num> {
    match c {
        Constant::Bool(b) => Some(Num::Int(BigInt::from(u8::from(*b)))),
        Constant::Int(i) => Some(Num::Int(i.clone())),
        Constant::Float(f) => Some(Num::Float(*f)),
        Constant::Complex(r, i) => Some(Num::Complex(*r, *i)),
        _ => None,
    }
}

/// `PyLong_AsDouble`: None on overflow.
fn int_to_f64(i: &BigInt) -> Option<f64> {
    i.to_f64().filter(|f| f.is_finite())
}

fn finite(f: f64) -> Option<Constant> {
    Some(Constant::Float(f))
}

fn num_bits(i: &BigInt) -> u64 {
    i.bits()
}

/// `fold_unaryop`.
fn fold_unaryop(op: UnaryOp, v: &Constant) -> Option<Constant> {
    if op == UnaryOp::Not {
        return Some(Constant::Bool(!truthy(v)));
    }
    match (op, num(v)?) {
        (UnaryOp::USub, Num::Int(i)) => Some(Constant::Int(-i)),
        (UnaryOp::USub, Num::Float(f)) => Some(Constant::Float(-f)),
        (UnaryOp::USub, Num::Complex(r, i)) => Some(Constant::Complex(-r, -i)),
        (UnaryOp::UAdd, Num::Int(i)) => Some(Constant::Int(i)),
        (UnaryOp::UAdd, Num::Float(f)) => Some(Constant::Float(f)),
        (UnaryOp::UAdd, Num::Complex(r, i)) => Some(Constant::Complex(r, i)),
        (UnaryOp::Invert, Num::Int(i)) => Some(Constant::Int(-i - 1)),
        _ => None,
    }
}

/// `check_complexity`: total number of items in nested constant tuples, capped.
fn check_complexity(c: &Constant, limit: isize) -> isize {
    let mut limit = limit;
    if let Constant::Tuple(items) | Constant::FrozenSet(items) = c {
        limit -= items.len() as isize;
        for it in items.iter() {
            if limit < 0 {
                break;
            }
            limit = check_complexity(it, limit);
        }
    }
    limit
}

fn seq_len(c: &Constant) -> Option<usize> {
    match c {
        Constant::Str(s) => Some(s.chars().count()),
        Constant::Bytes(b) => Some(b.len()),
        Constant::Tuple(t) | Constant::FrozenSet(t) => Some(t.len()),
        _ => None,
    }
}

/// An int or bool constant as an integer (`PyLong_Check`).
fn as_int(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Int(i) => Some(i.clone()),
        Constant::Bool(b) => Some(BigInt::from(u8::from(*b))),
        _ => None,
    }
}

/// `safe_multiply`.
fn safe_multiply(v: &Constant, w: &Constant) -> Option<Constant> {
    match (as_int(v), as_int(w)) {
        (Some(a), Some(b)) => {
            if !a.is_zero() && !b.is_zero() && num_bits(&a) + num_bits(&b) > MAX_INT_SIZE {
                return None;
            }
            if matches!(v, Constant::Bool(_)) && matches!(w, Constant::Bool(_)) {
                return Some(Constant::Int(a * b));
            }
            Some(Constant::Int(a * b))
        }
        (Some(n), None) if seq_len(w).is_some() => repeat(w, &n),
        (None, Some(n)) if seq_len(v).is_some() => repeat(v, &n),
        _ => arith(v, BinOp::Mult, w),
    }
}

/// `seq * n` with `safe_multiply`'s limits.
fn repeat(seq: &Constant, n: &BigInt) -> Option<Constant> {
    let size = seq_len(seq)?;
    // The count must fit in a Py_ssize_t even for an empty sequence.
    let n = n.to_i64()?;
    let count = if n < 0 || size == 0 { 0 } else { n as usize };
    if size > 0 {
        let limit = match seq {
            Constant::Str(_) | Constant::Bytes(_) => MAX_STR_SIZE,
            _ => MAX_COLLECTION_SIZE,
        };
        if n < 0 || limit.checked_div(size).is_some_and(|m| n as usize > m) {
            return None;
        }
        if n > 0
            && matches!(seq, Constant::Tuple(_) | Constant::FrozenSet(_))
            && check_complexity(seq, (MAX_TOTAL_ITEMS / n as usize) as isize) < 0
        {
            return None;
        }
    }
    match seq {
        Constant::Str(s) => Some(Constant::Str(Rc::from(s.repeat(count).as_str()))),
        Constant::Bytes(b) => Some(Constant::Bytes(Rc::from(b.repeat(count).as_slice()))),
        Constant::Tuple(t) => {
            let mut out = Vec::new();
            for _ in 0..count {
                out.extend(t.iter().cloned());
            }
            Some(Constant::Tuple(out.into()))
        }
        _ => None,
    }
}

/// `fold_binop`.
pub(crate) fn fold_binop(l: &Constant, op: BinOp, r: &Constant) -> Option<Constant> {
    match op {
        BinOp::Mult => safe_multiply(l, r),
        BinOp::Mod => {
            if matches!(l, Constant::Str(_) | Constant::Bytes(_)) {
                return None;
            }
            arith(l, op, r)
        }
        BinOp::Pow => {
            if let (Some(a), Some(b)) = (as_int(l), as_int(r)) {
                if !a.is_zero() && b.is_positive() {
                    let wbits = b.to_u64()?;
                    if num_bits(&a) > MAX_INT_SIZE / wbits {
                        return None;
                    }
                }
            }
            arith(l, op, r)
        }
        BinOp::LShift => {
            if let (Some(a), Some(b)) = (as_int(l), as_int(r)) {
                if !a.is_zero() && !b.is_zero() {
                    let wbits = b.to_u64()?;
                    if wbits > MAX_INT_SIZE || num_bits(&a) > MAX_INT_SIZE - wbits {
                        return None;
                    }
                }
            }
            arith(l, op, r)
        }
        BinOp::Add => match (l, r) {
            (Constant::Str(a), Constant::Str(b)) => {
                Some(Constant::Str(Rc::from(format!("{a}{b}").as_str())))
            }
            (Constant::Bytes(a), Constant::Bytes(b)) => Some(Constant::Bytes(Rc::from(
                [&a[..], &b[..]].concat().as_slice(),
            ))),
            (Constant::Tuple(a), Constant::Tuple(b)) => Some(Constant::Tuple(
                a.iter().chain(b.iter()).cloned().collect::<Vec<_>>().into(),
            )),
            _ => arith(l, op, r),
        },
        BinOp::MatMult => None,
        _ => arith(l, op, r),
    }
}

fn bool_pair(l: &Constant, r: &Constant) -> Option<(bool, bool)> {
    match (l, r) {
        (Constant::Bool(a), Constant::Bool(b)) => Some((*a, *b)),
        _ => None,
    }
}

/// Numeric `PyNumber_*` on constants; `None` where CPython raises.
fn arith(l: &Constant, op: BinOp, r: &Constant) -> Option<Constant> {
    if let Some((a, b)) = bool_pair(l, r) {
        match op {
            BinOp::BitAnd => return Some(Constant::Bool(a & b)),
            BinOp::BitOr => return Some(Constant::Bool(a | b)),
            BinOp::BitXor => return Some(Constant::Bool(a ^ b)),
            _ => {}
        }
    }
    let (a, b) = (num(l)?, num(r)?);
    match (a, b) {
        (Num::Int(a), Num::Int(b)) => int_op(&a, op, &b),
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let (a, b) = (num(l)?.complex(), num(r)?.complex());
            complex_op(a, op, b)
        }
        (a, b) => {
            let x = match a {
                Num::Int(i) => int_to_f64(&i)?,
                Num::Float(f) => f,
                Num::Complex(..) => return None,
            };
            let y = match b {
                Num::Int(i) => int_to_f64(&i)?,
                Num::Float(f) => f,
                Num::Complex(..) => return None,
            };
            float_op(x, op, y)
        }
    }
}

fn int_op(a: &BigInt, op: BinOp, b: &BigInt) -> Option<Constant> {
    let int = |i: BigInt| Some(Constant::Int(i));
    match op {
        BinOp::Add => int(a + b),
        BinOp::Sub => int(a - b),
        BinOp::Mult => int(a * b),
        BinOp::FloorDiv => {
            if b.is_zero() {
                return None;
            }
            int(a.div_floor(b))
        }
        BinOp::Mod => {
            if b.is_zero() {
                return None;
            }
            int(a.mod_floor(b))
        }
        BinOp::Div => finite(int_true_divide(a, b)?),
        BinOp::Pow => {
            if b.is_negative() {
                if a.is_zero() {
                    return None;
                }
                return float_op(int_to_f64(a)?, BinOp::Pow, int_to_f64(b)?);
            }
            if a.is_zero() || a.is_one() {
                return int(if b.is_zero() {
                    BigInt::one()
                } else {
                    a.clone()
                });
            }
            let e = b.to_u32()?;
            int(num_traits::pow::pow(a.clone(), e as usize))
        }
        BinOp::LShift => {
            if b.is_negative() {
                return None;
            }
            if a.is_zero() {
                return int(BigInt::zero());
            }
            int(a << b.to_usize()?)
        }
        BinOp::RShift => {
            if b.is_negative() {
                return None;
            }
            let shift = b.to_usize().unwrap_or(usize::MAX);
            if shift > a.bits() as usize {
                return int(if a.is_negative() {
                    -BigInt::one()
                } else {
                    BigInt::zero()
                });
            }
            int(a >> shift)
        }
        BinOp::BitAnd => int(a & b),
        BinOp::BitOr => int(a | b),
        BinOp::BitXor => int(a ^ b),
        BinOp::MatMult => None,
    }
}

/// `long_true_divide`: the correctly rounded quotient; `None` on division by zero or
/// overflow (and for results too small to be normal floats).
fn int_true_divide(a: &BigInt, b: &BigInt) -> Option<f64> {
    if b.is_zero() {
        return None;
    }
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    if a.is_zero() {
        return Some(if negative { -0.0 } else { 0.0 });
    }
    let limit = BigInt::from(1u64 << 53);
    if a <= limit && b <= limit {
        let q = a.to_f64()? / b.to_f64()?;
        return Some(if negative { -q } else { q });
    }
    // Scale so the integer quotient has at least 55 bits, then round half to even with the
    // remainder as a sticky bit.
    let shift = 55 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift >= 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    let extra = q.bits() as i64 - 53;
    let mut keep = &q >> extra as usize;
    let rem = &q - (&keep << extra as usize);
    let half = BigInt::one() << (extra - 1) as usize;
    let sticky = !r.is_zero();
    if rem > half || (rem == half && (sticky || keep.is_odd())) {
        keep += 1;
    }
    let exp = extra - shift;
    let mantissa = keep.to_f64()?;
    if exp < -1000 {
        return None;
    }
    let value = mantissa * 2f64.powi(exp as i32);
    if !value.is_finite() {
        return None;
    }
    Some(if negative { -value } else { value })
}

fn float_op(x: f64, op: BinOp, y: f64) -> Option<Constant> {
    match op {
        BinOp::Add => finite(x + y),
        BinOp::Sub => finite(x - y),
        BinOp::Mult => finite(x * y),
        BinOp::Div => {
            if y == 0.0 {
                return None;
            }
            finite(x / y)
        }
        BinOp::Mod | BinOp::FloorDiv => {
            if y == 0.0 {
                return None;
            }
            let (div, m) = float_divmod(x, y);
            finite(if op == BinOp::Mod { m } else { div })
        }
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return None;
            }
            if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                // float_pow: negative numbers raised to fractional powers become complex
                return complex_op((x, 0.0), BinOp::Pow, (y, 0.0));
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return None;
            }
            finite(r)
        }
        _ => None,
    }
}

/// Python's float `divmod`.
fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
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

fn complex_op(a: (f64, f64), op: BinOp, b: (f64, f64)) -> Option<Constant> {
    let c = |r: f64, i: f64| Some(Constant::Complex(r, i));
    match op {
        BinOp::Add => c(a.0 + b.0, a.1 + b.1),
        BinOp::Sub => c(a.0 - b.0, a.1 - b.1),
        BinOp::Mult => c(a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0),
        BinOp::Div => {
            let (r, i) = c_quot(a, b)?;
            c(r, i)
        }
        BinOp::Pow => {
            // complex_pow
            let (r, i) = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
                c_powi(a, b.0 as i64)?
            } else {
                c_pow(a, b)?
            };
            if !r.is_finite() || !i.is_finite() {
                return None;
            }
            c(r, i)
        }
        _ => None,
    }
}

/// `_Py_c_prod`.
fn c_prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`; `None` for division by zero.
fn c_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (br, bi) = b;
    let abs_br = br.abs();
    let abs_bi = bi.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = bi / br;
        let denom = br + bi * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `c_powu`: repeated squaring.
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

/// `c_powi`.
fn c_powi(x: (f64, f64), n: i64) -> Option<(f64, f64)> {
    if n > 0 {
        Some(c_powu(x, n))
    } else {
        c_quot((1.0, 0.0), c_powu(x, -n))
    }
}

/// `_Py_c_pow`; `None` where CPython reports EDOM.
fn c_pow(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Some((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        return Some((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Some((len * phase.cos(), len * phase.sin()))
}

/// `fold_subscr`: `PyObject_GetItem` on constants.
fn fold_subscr(v: &Constant, i: &Constant) -> Option<Constant> {
    let idx = match i {
        Constant::Int(n) => n.to_i64()?,
        Constant::Bool(b) => i64::from(*b),
        _ => return None,
    };
    let pick = |len: usize| -> Option<usize> {
        let k = if idx < 0 { idx + len as i64 } else { idx };
        (0..len as i64).contains(&k).then_some(k as usize)
    };
    match v {
        Constant::Str(s) => {
            let chars: Vec<char> = s.chars().collect();
            let k = pick(chars.len())?;
            Some(Constant::Str(Rc::from(chars[k].to_string().as_str())))
        }
        Constant::Bytes(b) => Some(Constant::Int(BigInt::from(b[pick(b.len())?]))),
        Constant::Tuple(t) => Some(t[pick(t.len())?].clone()),
        _ => None,
    }
}

/// One piece of a `"..." % (a, b)` string turned into an f-string by `optimize_format`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum FormatPart {
    Literal(String),
    /// The n-th tuple item with conversion `s`, `r` or `a` and an optional format spec.
    Arg(usize, char, Option<String>),
}

/// `optimize_format`: `"%s-%r" % (a, b)` -> `f"{a!s}-{b!r}"` when every unit is `%s`, `%r` or
/// `%a` (with an optional `-`, width and precision) and the counts match.
pub(crate) fn optimize_format(fmt: &str, nargs: usize) -> Option<Vec<FormatPart>> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut parts = Vec::new();
    let mut pos = 0;
    let mut cnt = 0;
    loop {
        let mut lit = String::new();
        while pos < chars.len() {
            if chars[pos] == '%' {
                if chars.get(pos + 1) == Some(&'%') {
                    lit.push('%');
                    pos += 2;
                    continue;
                }
                break;
            }
            lit.push(chars[pos]);
            pos += 1;
        }
        if !lit.is_empty() {
            parts.push(FormatPart::Literal(lit));
        }
        if pos >= chars.len() {
            break;
        }
        if cnt >= nargs {
            return None;
        }
        pos += 1;
        let mut ljust = false;
        let next = |pos: &mut usize| -> Option<char> {
            let c = chars.get(*pos).copied();
            *pos += 1;
            c
        };
        let mut ch = next(&mut pos)?;
        loop {
            match ch {
                '-' => ljust = true,
                '+' | ' ' | '#' | '0' => {}
                _ => break,
            }
            ch = next(&mut pos)?;
        }
        // Widths and precisions have fewer than MAXDIGITS (3) digits.
        let mut width: Option<u32> = None;
        let mut digits = 0;
        while ch.is_ascii_digit() {
            width = Some(width.unwrap_or(0) * 10 + ch.to_digit(10)?);
            ch = next(&mut pos)?;
            digits += 1;
            if digits >= 3 {
                return None;
            }
        }
        let mut prec: Option<u32> = None;
        if ch == '.' {
            ch = next(&mut pos)?;
            prec = Some(0);
            let mut digits = 0;
            while ch.is_ascii_digit() {
                prec = Some(prec.unwrap_or(0) * 10 + ch.to_digit(10)?);
                ch = next(&mut pos)?;
                digits += 1;
                if digits >= 3 {
                    return None;
                }
            }
        }
        if !matches!(ch, 's' | 'r' | 'a') {
            return None;
        }
        let mut spec = String::new();
        if !ljust && width.is_some_and(|w| w > 0) {
            spec.push('>');
        }
        if let Some(w) = width {
            spec.push_str(&w.to_string());
        }
        if let Some(p) = prec {
            spec.push_str(&format!(".{p}"));
        }
        parts.push(FormatPart::Arg(cnt, ch, (!spec.is_empty()).then_some(spec)));
        cnt += 1;
    }
    (cnt == nargs).then_some(parts)
}

/// The `%`-format rewrite applies to this node: `"literal" % (a, b)` with no starred item.
pub(crate) fn format_rewrite(e: &Expr) -> Option<Vec<FormatPart>> {
    let ExprKind::BinOp {
        left,
        op: BinOp::Mod,
        right,
    } = &e.kind
    else {
        return None;
    };
    let ExprKind::Tuple(elts) = &right.kind else {
        return None;
    };
    if has_starred(elts) || make_const_tuple(elts).is_some() {
        return None;
    }
    match const_value(left)? {
        Constant::Str(s) => optimize_format(&s, elts.len()),
        _ => None,
    }
}

/// Whether a `not` applied to this operand is folded into the comparison (`not a in b` ->
/// `a not in b`); returns the inverted operator.
pub(crate) fn inverted_compare(operand: &Expr) -> Option<CmpOp> {
    let ExprKind::Compare { ops, .. } = &operand.kind else {
        return None;
    };
    if ops.len() != 1 || const_value(operand).is_some() {
        return None;
    }
    match ops[0] {
        CmpOp::Is => Some(CmpOp::IsNot),
        CmpOp::IsNot => Some(CmpOp::Is),
        CmpOp::In => Some(CmpOp::NotIn),
        CmpOp::NotIn => Some(CmpOp::In),
        _ => None,
    }
}

/// The constants the parser's AST arena holds while `__main__` runs: every literal the parser
/// made (singletons excluded), then every value `ast_opt` folded, each distinct value once.
pub(crate) fn arena_constants(body: &[Stmt]) -> Vec<Constant> {
    let mut w = ArenaWalk::default();
    for s in body {
        w.stmt(s, false);
    }
    for s in body {
        w.stmt(s, true);
    }
    w.out
}

#[derive(Default)]
struct ArenaWalk {
    out: Vec<Constant>,
}

impl ArenaWalk {
    fn push(&mut self, c: Constant) {
        if !self.out.iter().any(|x| super::consts::same_key(x, &c)) {
            self.out.push(c);
        }
    }

    fn stmts(&mut self, body: &[Stmt], folds: bool) {
        for s in body {
            self.stmt(s, folds);
        }
    }

    fn exprs(&mut self, v: &[Expr], folds: bool) {
        for e in v {
            self.expr(e, folds);
        }
    }

    fn args(&mut self, a: &ast::Arguments, folds: bool) {
        for arg in a
            .posonlyargs
            .iter()
            .chain(&a.args)
            .chain(&a.vararg)
            .chain(&a.kwonlyargs)
            .chain(&a.kwarg)
        {
            if let Some(ann) = &arg.annotation {
                self.expr(ann, folds);
            }
        }
        self.exprs(&a.defaults, folds);
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d, folds);
        }
    }

    fn iter(&mut self, e: &Expr, folds: bool) {
        self.expr(e, folds);
        if folds && const_value(e).is_none() {
            if let Some(c) = iter_const(e) {
                self.push(c);
            }
        }
    }

    fn comprehensions(&mut self, gens: &[Comprehension], folds: bool) {
        for g in gens {
            self.expr(&g.target, folds);
            self.iter(&g.iter, folds);
            self.exprs(&g.ifs, folds);
        }
    }

    fn stmt(&mut self, s: &Stmt, folds: bool) {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.exprs(&f.decorators, folds);
                self.args(&f.args, folds);
                if let Some(r) = &f.returns {
                    self.expr(r, folds);
                }
                self.stmts(&f.body, folds);
            }
            StmtKind::ClassDef(c) => {
                self.exprs(&c.decorators, folds);
                self.exprs(&c.bases, folds);
                for k in &c.keywords {
                    self.expr(&k.value, folds);
                }
                self.stmts(&c.body, folds);
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v, folds);
                }
            }
            StmtKind::Delete(t) => self.exprs(t, folds),
            StmtKind::Assign { targets, value } => {
                self.exprs(targets, folds);
                self.expr(value, folds);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target, folds);
                self.expr(value, folds);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.expr(target, folds);
                self.expr(annotation, folds);
                if let Some(v) = value {
                    self.expr(v, folds);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            }
            | StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(target, folds);
                self.iter(iter, folds);
                self.stmts(body, folds);
                self.stmts(orelse, folds);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test, folds);
                self.stmts(body, folds);
                self.stmts(orelse, folds);
            }
            StmtKind::With { items, body } | StmtKind::AsyncWith { items, body } => {
                for it in items {
                    self.expr(&it.context_expr, folds);
                    if let Some(v) = &it.optional_vars {
                        self.expr(v, folds);
                    }
                }
                self.stmts(body, folds);
            }
            StmtKind::Raise { exc, cause } => {
                for e in [exc, cause].into_iter().flatten() {
                    self.expr(e, folds);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body, folds);
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t, folds);
                    }
                    self.stmts(&h.body, folds);
                }
                self.stmts(orelse, folds);
                self.stmts(finalbody, folds);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test, folds);
                if let Some(m) = msg {
                    self.expr(m, folds);
                }
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject, folds);
                for case in cases {
                    case.pattern.for_each_expr(&mut |e| self.expr(e, folds));
                    if let Some(g) = &case.guard {
                        self.expr(g, folds);
                    }
                    self.stmts(&case.body, folds);
                }
            }
            StmtKind::Expr(e) => self.expr(e, folds),
            StmtKind::Import(_)
            | StmtKind::ImportFrom { .. }
            | StmtKind::Global(_)
            | StmtKind::Nonlocal(_)
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue => {}
        }
    }

    /// Literals in source order (first pass), folded values bottom-up (second pass).
    fn expr(&mut self, e: &Expr, folds: bool) {
        if let ExprKind::Constant(c) = &e.kind {
            if !folds
                && !matches!(
                    c,
                    ast::Constant::None | ast::Constant::Bool(_) | ast::Constant::Ellipsis
                )
            {
                self.push(literal(c));
            }
            return;
        }
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values, folds),
            ExprKind::NamedExpr { target, value } => {
                self.expr(target, folds);
                self.expr(value, folds);
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left, folds);
                self.expr(right, folds);
                if folds && const_value(e).is_none() {
                    if let Some(parts) = format_rewrite(e) {
                        for p in parts {
                            match p {
                                FormatPart::Literal(s) => self.push(Constant::Str(s.into())),
                                FormatPart::Arg(_, _, Some(spec)) => {
                                    self.push(Constant::Str(spec.into()))
                                }
                                FormatPart::Arg(..) => {}
                            }
                        }
                    }
                }
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand, folds),
            ExprKind::Lambda { args, body } => {
                self.args(args, folds);
                self.expr(body, folds);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test, folds);
                self.expr(body, folds);
                self.expr(orelse, folds);
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.expr(k, folds);
                    }
                    self.expr(v, folds);
                }
            }
            ExprKind::Set(elts) | ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                self.exprs(elts, folds)
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.expr(elt, folds);
                self.comprehensions(generators, folds);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.expr(key, folds);
                self.expr(value, folds);
                self.comprehensions(generators, folds);
            }
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v, folds);
                }
            }
            ExprKind::YieldFrom(v) | ExprKind::Starred(v) | ExprKind::Await(v) => {
                self.expr(v, folds)
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.expr(left, folds);
                for (k, c) in comparators.iter().enumerate() {
                    let last = k + 1 == comparators.len();
                    if last && matches!(ops.last(), Some(CmpOp::In | CmpOp::NotIn)) {
                        self.iter(c, folds);
                    } else {
                        self.expr(c, folds);
                    }
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func, folds);
                self.exprs(args, folds);
                for k in keywords {
                    self.expr(&k.value, folds);
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value, folds);
                if let Some(s) = format_spec {
                    self.expr(s, folds);
                }
            }
            ExprKind::JoinedStr(values) => self.exprs(values, folds),
            ExprKind::Attribute { value, .. } => self.expr(value, folds),
            ExprKind::Subscript { value, slice } => {
                self.expr(value, folds);
                self.expr(slice, folds);
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x, folds);
                }
            }
            ExprKind::Constant(_) | ExprKind::Name(_) => {}
        }
        if folds {
            if let Some(c) = const_value(e) {
                self.push(c);
            }
        }
    }
}
