//! The `cmath` module (Modules/cmathmodule.c): complex square root, exponential, logarithms,
//! hyperbolic and trigonometric functions, polar coordinates, with CPython's errors.

use super::math::as_double;
use crate::builtins::number::{c_quot, num_of, Num};
use crate::builtins::{add_function, check_args, set_str_item};
use crate::heap::ObjId;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// `log(DBL_MAX / 4)`: above it `exp` is computed as `e * exp(x - 1)`.
const CM_LOG_LARGE_DOUBLE: f64 = 708.3964185322641;
/// `DBL_MAX / 4`.
const CM_LARGE_DOUBLE: f64 = f64::MAX / 4.0;

pub fn init(vm: &mut Vm, dict: ObjId) -> PyResult<()> {
    for (name, value) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let v = vm.new_float(value);
        set_str_item(vm, dict, name, v);
        vm.decref(v);
    }
    for (name, value) in [("infj", f64::INFINITY), ("nanj", f64::NAN)] {
        let v = crate::builtins::number::new_complex(vm, 0.0, value);
        set_str_item(vm, dict, name, v);
        vm.decref(v);
    }
    let functions: &[(&'static str, crate::heap::NativeFn)] = &[
        ("sqrt", cmath_sqrt),
        ("exp", cmath_exp),
        ("log", cmath_log),
        ("log10", cmath_log10),
        ("cosh", cmath_cosh),
        ("sinh", cmath_sinh),
        ("tanh", cmath_tanh),
        ("cos", cmath_cos),
        ("sin", cmath_sin),
        ("tan", cmath_tan),
        ("phase", cmath_phase),
        ("polar", cmath_polar),
        ("rect", cmath_rect),
        ("isfinite", cmath_isfinite),
        ("isinf", cmath_isinf),
        ("isnan", cmath_isnan),
        ("isclose", cmath_isclose),
    ];
    for &(name, f) in functions {
        add_function(vm, dict, name, f);
    }
    Ok(())
}

type C = (f64, f64);

/// `errno` after a complex function.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Errno {
    Ok,
    Dom,
    Range,
}

fn math_error(vm: &mut Vm, e: Errno) -> PyErr {
    match e {
        Errno::Range => vm.new_error_msg(vm.types.overflow_error, "math range error"),
        _ => vm.value_error("math domain error"),
    }
}

/// The `D` argument converter: a complex from a number or an object with `__complex__`,
/// `__float__` or `__index__`.
fn as_complex(vm: &mut Vm, v: ObjId) -> PyResult<C> {
    if let Some(Num::Complex(r, i)) = num_of(vm, v) {
        return Ok((r, i));
    }
    let ty = vm.heap.type_of(v);
    if let Some(m) = vm.lookup_type_attr_borrowed(ty, "__complex__") {
        vm.incref(m);
        let r = vm.call_object(m, &Args::positional(vec![v]));
        vm.decref(m);
        let r = r?;
        let out = match num_of(vm, r) {
            Some(Num::Complex(a, b)) => Ok((a, b)),
            _ => {
                let tn = vm.type_name_of(r);
                Err(vm.type_error(&format!("__complex__ returned non-complex (type {tn})")))
            }
        };
        vm.decref(r);
        return out;
    }
    Ok((as_double(vm, v)?, 0.0))
}

fn c_sqrt(z: C) -> C {
    let (x, y) = z;
    if !x.is_finite() || !y.is_finite() {
        if y.is_infinite() {
            return (f64::INFINITY, y);
        }
        if x.is_nan() || y.is_nan() {
            if x == f64::INFINITY {
                return (x, y);
            }
            if x == f64::NEG_INFINITY {
                return (f64::NAN, f64::INFINITY);
            }
            return (f64::NAN, f64::NAN);
        }
        return if x > 0.0 {
            (x, 0.0f64.copysign(y))
        } else {
            (0.0, f64::INFINITY.copysign(y))
        };
    }
    if x == 0.0 && y == 0.0 {
        return (0.0, y);
    }
    let (mut ax, ay) = (x.abs(), y.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        ax = crate::builtins::number::ldexp(ax, 53);
        crate::builtins::number::ldexp(
            (ax + ax.hypot(crate::builtins::number::ldexp(ay, 53))).sqrt(),
            -27,
        )
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if x >= 0.0 {
        (s, d.copysign(y))
    } else {
        (d, s.copysign(y))
    }
}

fn c_exp(z: C) -> (C, Errno) {
    let (x, y) = z;
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_infinite() && y.is_finite() && y != 0.0 {
            if x > 0.0 {
                (
                    f64::INFINITY.copysign(y.cos()),
                    f64::INFINITY.copysign(y.sin()),
                )
            } else {
                (0.0f64.copysign(y.cos()), 0.0f64.copysign(y.sin()))
            }
        } else if x == f64::INFINITY && y == 0.0 {
            (x, y)
        } else if x == f64::NEG_INFINITY && (y == 0.0 || !y.is_finite()) {
            (0.0, 0.0f64.copysign(y))
        } else if x == f64::INFINITY {
            (x, f64::NAN)
        } else if x.is_nan() && y == 0.0 {
            (x, y)
        } else {
            (f64::NAN, f64::NAN)
        };
        let edom = y.is_infinite() && (x.is_finite() || x == f64::INFINITY);
        return (r, if edom { Errno::Dom } else { Errno::Ok });
    }
    let r = if x > CM_LOG_LARGE_DOUBLE {
        let l = (x - 1.0).exp();
        (
            l * y.cos() * std::f64::consts::E,
            l * y.sin() * std::f64::consts::E,
        )
    } else {
        let l = x.exp();
        (l * y.cos(), l * y.sin())
    };
    let errno = if r.0.is_infinite() || r.1.is_infinite() {
        Errno::Range
    } else {
        Errno::Ok
    };
    (r, errno)
}

fn c_log(z: C) -> (C, Errno) {
    let (x, y) = z;
    if !x.is_finite() || !y.is_finite() {
        let real = if x.is_infinite() || y.is_infinite() {
            f64::INFINITY
        } else {
            f64::NAN
        };
        let imag = if x.is_nan() || y.is_nan() {
            f64::NAN
        } else {
            y.atan2(x)
        };
        return ((real, imag), Errno::Ok);
    }
    let (ax, ay) = (x.abs(), y.abs());
    let real = if ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE {
        (ax / 2.0).hypot(ay / 2.0).ln() + std::f64::consts::LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            let up = |v: f64| crate::builtins::number::ldexp(v, 53);
            up(ax).hypot(up(ay)).ln() - 53.0 * std::f64::consts::LN_2
        } else {
            return ((f64::NEG_INFINITY, y.atan2(x)), Errno::Dom);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    ((real, y.atan2(x)), Errno::Ok)
}

fn overflow_check(r: C) -> (C, Errno) {
    let e = if r.0.is_infinite() || r.1.is_infinite() {
        Errno::Range
    } else {
        Errno::Ok
    };
    (r, e)
}

/// `c_cosh`; non-finite arguments follow C99 Annex G (`cosh_special_values`).
fn c_cosh(z: C) -> (C, Errno) {
    let (x, y) = z;
    if !x.is_finite() || !y.is_finite() {
        let inf = f64::INFINITY;
        let r = if x.is_infinite() && y.is_finite() && y != 0.0 {
            let im = inf.copysign(y.sin());
            (inf.copysign(y.cos()), if x > 0.0 { im } else { -im })
        } else if y.is_nan() || y.is_infinite() {
            if x == 0.0 {
                (f64::NAN, 0.0)
            } else if x.is_infinite() {
                (inf, f64::NAN)
            } else {
                (f64::NAN, f64::NAN)
            }
        } else if x.is_infinite() {
            (inf, 0.0f64.copysign(x.signum() * y.signum()))
        } else if y == 0.0 {
            (f64::NAN, 0.0)
        } else {
            (f64::NAN, f64::NAN)
        };
        let edom = y.is_infinite() && !x.is_nan();
        return (r, if edom { Errno::Dom } else { Errno::Ok });
    }
    let r = if x.abs() > CM_LOG_LARGE_DOUBLE {
        let xm1 = x - 1.0f64.copysign(x);
        (
            y.cos() * xm1.cosh() * std::f64::consts::E,
            y.sin() * xm1.sinh() * std::f64::consts::E,
        )
    } else {
        (y.cos() * x.cosh(), y.sin() * x.sinh())
    };
    overflow_check(r)
}

/// `c_sinh`; non-finite arguments follow C99 Annex G (`sinh_special_values`).
fn c_sinh(z: C) -> (C, Errno) {
    let (x, y) = z;
    if !x.is_finite() || !y.is_finite() {
        let inf = f64::INFINITY;
        let r = if x.is_infinite() && y.is_finite() && y != 0.0 {
            let re = inf.copysign(y.cos());
            (if x > 0.0 { re } else { -re }, inf.copysign(y.sin()))
        } else if y.is_nan() || y.is_infinite() {
            if x == 0.0 {
                (0.0, f64::NAN)
            } else if x.is_infinite() {
                (f64::INFINITY, f64::NAN)
            } else {
                (f64::NAN, f64::NAN)
            }
        } else if x.is_infinite() || y == 0.0 {
            (x, y)
        } else {
            (f64::NAN, f64::NAN)
        };
        let edom = y.is_infinite() && !x.is_nan();
        return (r, if edom { Errno::Dom } else { Errno::Ok });
    }
    let r = if x.abs() > CM_LOG_LARGE_DOUBLE {
        let xm1 = x - 1.0f64.copysign(x);
        (
            y.cos() * xm1.sinh() * std::f64::consts::E,
            y.sin() * xm1.cosh() * std::f64::consts::E,
        )
    } else {
        (y.cos() * x.sinh(), y.sin() * x.cosh())
    };
    overflow_check(r)
}

/// `c_tanh`; non-finite arguments follow C99 Annex G (`tanh_special_values`).
fn c_tanh(z: C) -> (C, Errno) {
    let (x, y) = z;
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_infinite() {
            let im = if y.is_finite() && y != 0.0 {
                2.0 * y.sin() * y.cos()
            } else {
                y
            };
            (1.0f64.copysign(x), 0.0f64.copysign(im))
        } else if y == 0.0 {
            (x, y)
        } else {
            (f64::NAN, f64::NAN)
        };
        let edom = y.is_infinite() && x.is_finite();
        return (r, if edom { Errno::Dom } else { Errno::Ok });
    }
    if x.abs() > CM_LOG_LARGE_DOUBLE {
        return (
            (
                1.0f64.copysign(x),
                4.0 * y.sin() * y.cos() * (-2.0 * x.abs()).exp(),
            ),
            Errno::Ok,
        );
    }
    let tx = x.tanh();
    let ty = y.tan();
    let cx = 1.0 / x.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    (
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx),
        Errno::Ok,
    )
}

/// Runs a one-argument complex function and raises on its errno.
fn unary(vm: &mut Vm, args: &Args, name: &str, f: fn(C) -> (C, Errno)) -> PyResult<ObjId> {
    check_args(vm, &format!("cmath.{name}"), args, 1, 1)?;
    let z = as_complex(vm, args.args[0])?;
    let (r, e) = f(z);
    if e != Errno::Ok {
        return Err(math_error(vm, e));
    }
    Ok(crate::builtins::number::new_complex(vm, r.0, r.1))
}

fn cmath_sqrt(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    unary(vm, args, "sqrt", |z| (c_sqrt(z), Errno::Ok))
}

fn cmath_exp(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    unary(vm, args, "exp", c_exp)
}

fn cmath_log10(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    unary(vm, args, "log10", |z| {
        let ((a, b), e) = c_log(z);
        (
            (a / std::f64::consts::LN_10, b / std::f64::consts::LN_10),
            e,
        )
    })
}

fn cmath_cosh(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    unary(vm, args, "cosh", c_cosh)
}

fn cmath_sinh(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    unary(vm, args, "sinh", c_sinh)
}

fn cmath_tanh(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    unary(vm, args, "tanh", c_tanh)
}

fn cmath_cos(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    unary(vm, args, "cos", |z| c_cosh((-z.1, z.0)))
}

fn cmath_sin(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    unary(vm, args, "sin", |z| {
        let (s, e) = c_sinh((-z.1, z.0));
        ((s.1, -s.0), e)
    })
}

fn cmath_tan(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    unary(vm, args, "tan", |z| {
        let (s, e) = c_tanh((-z.1, z.0));
        ((s.1, -s.0), e)
    })
}

/// `cmath.log(z[, base])`.
fn cmath_log(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "log", args, 1, 2)?;
    let z = as_complex(vm, args.args[0])?;
    let (mut r, mut e) = c_log(z);
    if let Some(&base) = args.args.get(1) {
        let b = as_complex(vm, base)?;
        let (lb, eb) = c_log(b);
        if eb != Errno::Ok {
            e = eb;
        }
        match c_quot(r, lb) {
            Some(q) => r = q,
            None => e = Errno::Dom,
        }
    }
    if e != Errno::Ok {
        return Err(math_error(vm, e));
    }
    Ok(crate::builtins::number::new_complex(vm, r.0, r.1))
}

fn cmath_phase(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "cmath.phase", args, 1, 1)?;
    let (x, y) = as_complex(vm, args.args[0])?;
    Ok(vm.new_float(y.atan2(x)))
}

fn cmath_polar(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "cmath.polar", args, 1, 1)?;
    let (x, y) = as_complex(vm, args.args[0])?;
    let r = x.hypot(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(math_error(vm, Errno::Range));
    }
    let a = vm.new_float(r);
    let b = vm.new_float(y.atan2(x));
    Ok(vm.new_tuple(vec![a, b]))
}

fn cmath_rect(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "rect", args, 2, 2)?;
    let r = as_double(vm, args.args[0])?;
    let phi = as_double(vm, args.args[1])?;
    if r.is_finite() && phi.is_infinite() {
        return Err(math_error(vm, Errno::Dom));
    }
    let z = if phi == 0.0 {
        (r, r * phi)
    } else {
        (r * phi.cos(), r * phi.sin())
    };
    Ok(crate::builtins::number::new_complex(vm, z.0, z.1))
}

fn cmath_isfinite(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "cmath.isfinite", args, 1, 1)?;
    let (x, y) = as_complex(vm, args.args[0])?;
    Ok(vm.new_bool(x.is_finite() && y.is_finite()))
}

fn cmath_isinf(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "cmath.isinf", args, 1, 1)?;
    let (x, y) = as_complex(vm, args.args[0])?;
    Ok(vm.new_bool(x.is_infinite() || y.is_infinite()))
}

fn cmath_isnan(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "cmath.isnan", args, 1, 1)?;
    let (x, y) = as_complex(vm, args.args[0])?;
    Ok(vm.new_bool(x.is_nan() || y.is_nan()))
}

/// `cmath.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn cmath_isclose(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    if args.args.len() > 2 {
        return Err(vm.type_error(&format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.args.len()
        )));
    }
    let mut a = args.args.first().copied();
    let mut b = args.args.get(1).copied();
    let (mut rel_tol, mut abs_tol) = (1e-9, 0.0);
    for (k, v) in &args.kwargs {
        match &**k {
            "a" if a.is_none() => a = Some(*v),
            "b" if b.is_none() => b = Some(*v),
            "rel_tol" => rel_tol = as_double(vm, *v)?,
            "abs_tol" => abs_tol = as_double(vm, *v)?,
            _ => {
                return Err(vm.type_error(&format!(
                    "isclose() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let Some(a) = a else {
        return Err(vm.type_error("isclose() missing required argument 'a' (pos 1)"));
    };
    let Some(b) = b else {
        return Err(vm.type_error("isclose() missing required argument 'b' (pos 2)"));
    };
    let a = as_complex(vm, a)?;
    let b = as_complex(vm, b)?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(vm.new_bool(true));
    }
    if [a.0, a.1, b.0, b.1].iter().any(|v| v.is_infinite()) {
        return Ok(vm.new_bool(false));
    }
    let diff = (a.0 - b.0).hypot(a.1 - b.1);
    let close =
        diff <= rel_tol * b.0.hypot(b.1) || diff <= rel_tol * a.0.hypot(a.1) || diff <= abs_tol;
    Ok(vm.new_bool(close))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqrt_exp_log() {
        assert_eq!(c_sqrt((-4.0, 0.0)), (0.0, 2.0));
        assert_eq!(c_sqrt((f64::NEG_INFINITY, 0.0)), (0.0, f64::INFINITY));
        assert_eq!(c_sqrt((-0.0, -0.0)), (0.0, -0.0));
        assert_eq!(c_exp((0.0, 0.0)).0, (1.0, 0.0));
        assert!(c_exp((0.0, f64::INFINITY)).1 == Errno::Dom);
        assert!(c_log((0.0, 0.0)).1 == Errno::Dom);
        assert_eq!(c_log((-4.0, 0.0)).0 .1, std::f64::consts::PI);
    }
}
