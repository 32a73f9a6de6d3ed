//! `format(value, spec)` and f-string `FormatValue`: the format-spec mini-language of
//! `int.__format__`, `float.__format__`, `complex.__format__` and `str.__format__`
//! (Python/formatter_unicode.c), and float-to-text conversion with `_Py_dg_dtoa`'s rounding
//! (Python/pystrtod.c `format_float_short`).

use num_bigint::BigInt;
use num_traits::Signed;

use crate::heap::{ObjId, Payload};
use crate::vm::{Args, PyResult, Vm};

/// The limit of `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

impl Vm {
    /// `FormatValue`: applies the conversion (`!s`, `!r`, `!a`) then the format spec.
    pub fn format_value(
        &mut self,
        value: ObjId,
        conversion: u8,
        spec: Option<ObjId>,
    ) -> PyResult<ObjId> {
        let converted = match conversion {
            1 => Some(self.str(value)?),
            2 | 3 => Some(self.repr(value)?),
            _ => None,
        };
        let v = converted.unwrap_or(value);
        let r = if spec.is_none() && self.heap.type_of(v) == self.types.str {
            Ok(self.incref(v))
        } else {
            self.format_obj(v, spec)
        };
        self.xdecref(converted);
        r
    }

    /// `format(value, spec)` (`PyObject_Format`).
    pub fn format(&mut self, value: ObjId, spec: &str) -> PyResult<ObjId> {
        if spec.is_empty() {
            return self.format_obj(value, None);
        }
        let s = self.new_str(spec);
        let r = self.format_obj(value, Some(s));
        self.decref(s);
        r
    }

    /// `PyObject_Format` with the spec as a str object (None = empty): `type(value).__format__`
    /// is called through a bound method, as CPython's special-method lookup does.
    pub fn format_obj(&mut self, value: ObjId, spec: Option<ObjId>) -> PyResult<ObjId> {
        let text = spec.map(|s| self.str_of(s)).unwrap_or_default();
        let ty = self.heap.type_of(value);
        if text.is_empty() && (ty == self.types.str || ty == self.types.int) {
            return self.str(value);
        }
        if self.is_heap_type(ty) {
            if let Some(m) = self.lookup_type_attr_borrowed(ty, "__format__") {
                if matches!(self.heap.payload(m), Payload::Function(_)) {
                    self.incref(m);
                    self.incref(value);
                    let bound = self.alloc(
                        self.types.method,
                        Payload::BoundMethod {
                            func: m,
                            self_: value,
                        },
                    );
                    let spec_obj = spec.unwrap_or(self.empty_str);
                    let r = self.call_object(bound, &Args::positional(vec![spec_obj]));
                    self.decref(bound);
                    let r = r?;
                    if !matches!(self.heap.payload(r), Payload::Str(_)) {
                        let tn = self.type_name_of(r);
                        self.decref(r);
                        return Err(
                            self.type_error(&format!("__format__ must return a str, not {tn}"))
                        );
                    }
                    return Ok(r);
                }
            }
        }
        builtin_format(self, value, &text)
    }
}

/// The `__format__` of builtin types (`object.__format__` for the rest).
pub fn builtin_format(vm: &mut Vm, value: ObjId, spec: &str) -> PyResult<ObjId> {
    if spec.is_empty() {
        return vm.str(value);
    }
    let tn = vm.type_name_of(value);
    let text = match vm.heap.payload(value) {
        Payload::Int(_) | Payload::BigInt(_) | Payload::Bool(_) => {
            let n = super::number::int_of(vm, value).unwrap_or_default();
            format_int_spec(vm, &n, spec, &tn)?
        }
        Payload::Float(f) => {
            let f = *f;
            let s = parse_spec(vm, spec, '\0', '>', &tn)?;
            format_float(vm, f, &s, &tn)?
        }
        Payload::Complex(re, im) => {
            let (re, im) = (*re, *im);
            let s = parse_spec(vm, spec, '\0', '>', &tn)?;
            format_complex(vm, re, im, &s, &tn)?
        }
        Payload::Str(s) => {
            let text = s.text.clone();
            let sp = parse_spec(vm, spec, 's', '<', &tn)?;
            if sp.ty != 's' {
                return Err(unknown_code(vm, sp.ty, &tn));
            }
            match format_str(vm, &text, &sp)? {
                Some(t) => t,
                // The fast path hands back the string object itself.
                None => return Ok(vm.incref(value)),
            }
        }
        _ => {
            return Err(vm.type_error(&format!(
                "unsupported format string passed to {tn}.__format__"
            )))
        }
    };
    Ok(vm.new_str_owned(text))
}

/// A parsed format spec (`InternalFormatSpec`).
#[derive(Debug, Clone)]
pub struct Spec {
    pub fill: char,
    pub align: char,
    pub fill_specified: bool,
    pub alternate: bool,
    pub no_neg_0: bool,
    pub sign: Option<char>,
    pub width: Option<usize>,
    /// ',' or '_' (or '4' for '_' every four digits).
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: char,
}

fn unknown_code(vm: &mut Vm, ty: char, tn: &str) -> crate::vm::PyErr {
    let code = if (' '..'\u{80}').contains(&ty) && ty != ' ' {
        format!("'{ty}'")
    } else {
        format!("'\\x{:x}'", ty as u32)
    };
    vm.value_error(&format!(
        "Unknown format code {code} for object of type '{tn}'"
    ))
}

fn get_integer(vm: &mut Vm, chars: &[char], pos: &mut usize) -> PyResult<Option<usize>> {
    let start = *pos;
    let mut acc: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        if acc > (isize::MAX as usize - d as usize) / 10 {
            return Err(vm.value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d as usize;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(acc) })
}

/// `parse_internal_render_format_spec`.
pub fn parse_spec(
    vm: &mut Vm,
    spec: &str,
    default_type: char,
    default_align: char,
    tn: &str,
) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let mut s = Spec {
        fill: ' ',
        align: default_align,
        fill_specified: false,
        alternate: false,
        no_neg_0: false,
        sign: None,
        width: None,
        grouping: None,
        precision: None,
        ty: default_type,
    };
    let mut pos = 0;
    let mut align_specified = false;
    if chars.len() >= 2 && is_align(chars[1]) {
        s.align = chars[1];
        s.fill = chars[0];
        s.fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if chars.first().copied().is_some_and(is_align) {
        s.align = chars[0];
        align_specified = true;
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        s.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        s.no_neg_0 = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        s.alternate = true;
        pos += 1;
    }
    if !s.fill_specified && chars.get(pos) == Some(&'0') {
        s.fill = '0';
        if !align_specified && default_align == '>' {
            s.align = '=';
        }
        pos += 1;
    }
    s.width = get_integer(vm, &chars, &mut pos)?;
    if chars.get(pos) == Some(&',') {
        s.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if s.grouping.is_some() {
            return Err(vm.value_error("Cannot specify both ',' and '_'."));
        }
        s.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && s.grouping == Some('_') {
        return Err(vm.value_error("Cannot specify both ',' and '_'."));
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        match get_integer(vm, &chars, &mut pos)? {
            Some(p) => s.precision = Some(p),
            None => return Err(vm.value_error("Format specifier missing precision")),
        }
    }
    if chars.len() > pos + 1 {
        return Err(vm.value_error(&format!(
            "Invalid format specifier '{spec}' for object of type '{tn}'"
        )));
    }
    if let Some(&c) = chars.get(pos) {
        s.ty = c;
    }
    if let Some(g) = s.grouping {
        match s.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if g == '_' => s.grouping = Some('4'),
            t => {
                let code = if (' '..'\u{80}').contains(&t) && t != ' ' {
                    format!("'{t}'")
                } else {
                    format!("'\\x{:x}'", t as u32)
                };
                return Err(vm.value_error(&format!("Cannot specify '{g}' with {code}.")));
            }
        }
    }
    if let Some(w) = s.width {
        vm.check_memory(w as u64)?;
    }
    Ok(s)
}

/// `calc_padding`: (left, right) padding around `len` characters.
fn calc_padding(len: usize, width: Option<usize>, align: char) -> (usize, usize) {
    let total = match width {
        Some(w) if w > len => w,
        _ => len,
    };
    let left = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    (left, total - len - left)
}

fn push_fill(out: &mut String, c: char, n: usize) {
    out.extend(std::iter::repeat_n(c, n));
}

/// `format_string_internal`; None when the string is unchanged (its fast path).
fn format_str(vm: &mut Vm, text: &str, s: &Spec) -> PyResult<Option<String>> {
    match s.sign {
        Some(' ') => return Err(vm.value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(vm.value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if s.no_neg_0 {
        return Err(
            vm.value_error("Negative zero coercion (z) not allowed in string format specifier")
        );
    }
    if s.alternate {
        return Err(vm.value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if s.align == '=' {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
    }
    let mut len = text.chars().count();
    if s.width.is_none_or(|w| w <= len) && s.precision.is_none_or(|p| p >= len) {
        return Ok(None);
    }
    let body: String = match s.precision {
        Some(p) if p < len => {
            len = p;
            text.chars().take(p).collect()
        }
        _ => text.to_string(),
    };
    let (l, r) = calc_padding(len, s.width, s.align);
    let mut out = String::with_capacity(body.len() + l + r);
    push_fill(&mut out, s.fill, l);
    out.push_str(&body);
    push_fill(&mut out, s.fill, r);
    Ok(Some(out))
}

/// `_PyUnicode_InsertThousandsGrouping`: digits grouped from the right, left-padded with
/// zeros (and separators) up to `min_width`.
fn insert_grouping(digits: &str, min_width: isize, sep: Option<char>, group: usize) -> String {
    let digits: Vec<char> = digits.chars().collect();
    let mut remaining = digits.len() as isize;
    let mut min_width = min_width;
    let mut parts: Vec<String> = Vec::new();
    let mut end = digits.len();
    let take = |l: isize, remaining: isize, end: &mut usize| -> String {
        let n_zeros = (l - remaining).max(0) as usize;
        let n_chars = remaining.min(l).max(0) as usize;
        let start = *end - n_chars;
        let mut p: String = "0".repeat(n_zeros);
        p.extend(&digits[start..*end]);
        *end = start;
        p
    };
    let mut broken = false;
    if let (Some(_), true) = (sep, group > 0) {
        loop {
            let l = (group as isize).min(remaining.max(min_width).max(1));
            parts.push(take(l, remaining, &mut end));
            remaining -= l.min(remaining).max(0);
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let l = remaining.max(min_width).max(1);
        parts.push(take(l, remaining, &mut end));
    }
    parts.reverse();
    let sep_s = sep.map(String::from).unwrap_or_default();
    parts.join(&sep_s)
}

/// `calc_number_widths` + `fill_number`: sign, prefix, grouped digits, remainder and padding.
#[allow(clippy::too_many_arguments)]
fn render_number(
    s: &Spec,
    sign_char: Option<char>,
    prefix: &str,
    digits: &str,
    decimal: bool,
    remainder: &str,
    upper: bool,
) -> String {
    let sign = match s.sign {
        Some('+') => Some(if sign_char == Some('-') { '-' } else { '+' }),
        Some(' ') => Some(if sign_char == Some('-') { '-' } else { ' ' }),
        _ => sign_char,
    };
    let n_sign = sign.is_some() as isize;
    let n_prefix = prefix.chars().count() as isize;
    let n_decimal = decimal as isize;
    let n_remainder = remainder.chars().count() as isize;
    let non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let width = s.width.map(|w| w as isize).unwrap_or(-1);
    let min_width = if s.fill == '0' && s.align == '=' {
        width - non_digit
    } else {
        0
    };
    let (sep, group) = match s.grouping {
        Some(',') => (Some(','), 3),
        Some('_') => (Some('_'), 3),
        Some('4') => (Some('_'), 4),
        _ => (None, 0),
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        insert_grouping(digits, min_width, sep, group)
    };
    let n_padding = width - (non_digit + grouped.chars().count() as isize);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        let n = n_padding as usize;
        match s.align {
            '<' => rpad = n,
            '^' => {
                lpad = n / 2;
                rpad = n - lpad;
            }
            '=' => spad = n,
            _ => lpad = n,
        }
    }
    let mut out = String::new();
    push_fill(&mut out, s.fill, lpad);
    if let Some(c) = sign {
        out.push(c);
    }
    if upper {
        out.push_str(&prefix.to_uppercase());
    } else {
        out.push_str(prefix);
    }
    push_fill(&mut out, s.fill, spad);
    if upper {
        out.push_str(&grouped.to_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if decimal {
        out.push('.');
    }
    out.push_str(remainder);
    push_fill(&mut out, s.fill, rpad);
    out
}

/// `_PyLong_Format` in base 10 with the int/str conversion limit.
pub fn int_to_decimal(vm: &mut Vm, n: &BigInt) -> PyResult<String> {
    let s = n.to_string();
    let digits = s.len() - n.is_negative() as usize;
    if digits > INT_MAX_STR_DIGITS {
        return Err(vm.value_error(&format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(s)
}

/// `int.__format__` (`format_long_internal`, or the float path for e/f/g/%).
pub fn format_int_spec(vm: &mut Vm, n: &BigInt, spec: &str, tn: &str) -> PyResult<String> {
    let s = parse_spec(vm, spec, 'd', '>', tn)?;
    match s.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_int(vm, n, &s),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = match super::number::bigint_to_f64(n) {
                Some(f) => f,
                None => {
                    return Err(vm.new_error_msg(
                        vm.types.overflow_error,
                        "int too large to convert to float",
                    ))
                }
            };
            format_float(vm, f, &s, tn)
        }
        t => Err(unknown_code(vm, t, tn)),
    }
}

/// `format_long_internal`.
fn format_int(vm: &mut Vm, n: &BigInt, s: &Spec) -> PyResult<String> {
    if s.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    if s.no_neg_0 {
        return Err(
            vm.value_error("Negative zero coercion (z) not allowed in integer format specifier")
        );
    }
    if s.ty == 'c' {
        if s.sign.is_some() {
            return Err(vm.value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if s.alternate {
            return Err(
                vm.value_error("Alternate form (#) not allowed with integer format specifier 'c'")
            );
        }
        if num_traits::ToPrimitive::to_i64(n).is_none() {
            return Err(vm.new_error_msg(
                vm.types.overflow_error,
                "Python int too large to convert to C long",
            ));
        }
        let Some(code) = num_traits::ToPrimitive::to_u32(n).filter(|&x| x <= 0x10ffff) else {
            return Err(vm.new_error_msg(vm.types.overflow_error, "%c arg not in range(0x110000)"));
        };
        // Lone surrogates cannot be held in a Rust string: they become U+FFFD.
        let c = char::from_u32(code).unwrap_or('\u{fffd}');
        return Ok(render_number(s, None, "", "", false, &c.to_string(), false));
    }
    let (base, prefix) = match s.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let mag = n.abs();
    let digits = if base == 10 {
        int_to_decimal(vm, &mag)?
    } else {
        mag.to_str_radix(base)
    };
    let sign_char = if n.is_negative() { Some('-') } else { None };
    let prefix = if s.alternate { prefix } else { "" };
    Ok(render_number(
        s,
        sign_char,
        prefix,
        &digits,
        false,
        "",
        s.ty == 'X',
    ))
}

/// Splits a formatted number into (digits before the decimal point, has decimal point,
/// remainder) as `parse_number` does.
fn split_number(text: &str) -> (&str, bool, &str) {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (digits, rest) = text.split_at(end);
    match rest.strip_prefix('.') {
        Some(r) => (digits, true, r),
        None => (digits, false, rest),
    }
}

/// `format_float_internal`.
fn format_float(vm: &mut Vm, val: f64, s: &Spec, tn: &str) -> PyResult<String> {
    let mut ty = s.ty;
    if !matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' | '\0') {
        return Err(unknown_code(vm, ty, tn));
    }
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(vm.value_error("precision too big"));
    }
    let mut add_dot_0 = false;
    let mut default_precision = 6;
    if ty == '\0' {
        add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = val;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match s.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_precision,
    };
    if precision > 10000 {
        vm.check_memory(precision as u64)?;
    }
    let flags = DtoaFlags {
        alt: s.alternate,
        add_dot_0,
        no_neg_0: s.no_neg_0,
    };
    let mut text = double_to_string(val, ty, precision, flags);
    if add_pct {
        text.push('%');
    }
    let (sign_char, body) = match text.strip_prefix('-') {
        Some(b) => (Some('-'), b),
        None => (None, text.as_str()),
    };
    let (digits, decimal, remainder) = split_number(body);
    Ok(render_number(
        s, sign_char, "", digits, decimal, remainder, false,
    ))
}

/// `format_complex_internal`.
fn format_complex(vm: &mut Vm, re: f64, im: f64, s: &Spec, tn: &str) -> PyResult<String> {
    let mut ty = s.ty;
    if !matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '\0') {
        return Err(unknown_code(vm, ty, tn));
    }
    if s.fill == '0' {
        return Err(vm.value_error("Zero padding is not allowed in complex format specifier"));
    }
    if s.align == '=' {
        return Err(vm.value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let mut default_precision = 6;
    let mut skip_re = false;
    let mut add_parens = false;
    if ty == '\0' {
        ty = 'r';
        default_precision = 0;
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    if ty == 'n' {
        ty = 'g';
    }
    let precision = match s.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_precision,
    };
    let flags = DtoaFlags {
        alt: s.alternate,
        add_dot_0: false,
        no_neg_0: s.no_neg_0,
    };
    let part = |v: f64, sign: Option<char>| {
        let text = double_to_string(v, ty, precision, flags);
        let (sign_char, body) = match text.strip_prefix('-') {
            Some(b) => (Some('-'), b.to_string()),
            None => (None, text.clone()),
        };
        let (digits, decimal, remainder) = split_number(&body);
        let sub = Spec {
            fill: ' ',
            align: '<',
            width: None,
            sign,
            grouping: s.grouping,
            ..s.clone()
        };
        render_number(&sub, sign_char, "", digits, decimal, remainder, false)
    };
    let re_s = if skip_re {
        String::new()
    } else {
        part(re, s.sign)
    };
    let im_s = part(im, if skip_re { s.sign } else { Some('+') });
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    body.push_str(&re_s);
    body.push_str(&im_s);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let (l, r) = calc_padding(body.chars().count(), s.width, s.align);
    let mut out = String::new();
    push_fill(&mut out, s.fill, l);
    out.push_str(&body);
    push_fill(&mut out, s.fill, r);
    Ok(out)
}

// ----- float to text (Python/pystrtod.c, Python/dtoa.c) -----

/// `Py_DTSF_*` flags.
#[derive(Debug, Clone, Copy, Default)]
pub struct DtoaFlags {
    /// `Py_DTSF_ALT`: keep trailing zeros and the decimal point.
    pub alt: bool,
    /// `Py_DTSF_ADD_DOT_0`: integral values get ".0".
    pub add_dot_0: bool,
    /// `Py_DTSF_NO_NEG_0`: "-0" becomes "0".
    pub no_neg_0: bool,
}

/// The exact decimal expansion of a finite, non-zero |v|: (digits without leading or
/// trailing zeros, decpt) with |v| = 0.digits * 10**decpt.
fn exact_decimal(v: f64) -> (Vec<u8>, i64) {
    let bits = v.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let (n, point_from_right) = if e >= 0 {
        (BigInt::from(mant) << (e as u64), 0i64)
    } else {
        (
            BigInt::from(mant) * num_traits::pow::Pow::pow(BigInt::from(5), (-e) as u64),
            -e,
        )
    };
    let mut digits = n.to_string().into_bytes();
    let decpt = digits.len() as i64 - point_from_right;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, decpt)
}

/// `_Py_dg_dtoa` for a finite value: (digits without trailing zeros, decpt). Mode 0 is the
/// shortest repr, mode 2 `ndigits` significant digits, mode 3 `ndigits` digits after the
/// point; rounding is half-even on the exact binary value.
pub fn dtoa(v: f64, mode: u8, ndigits: i64) -> (Vec<u8>, i64) {
    if v == 0.0 {
        return (b"0".to_vec(), 1);
    }
    if mode == 0 {
        let sci = format!("{:e}", v.abs());
        let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
        let exp: i64 = exp.parse().unwrap_or(0);
        let mut digits: Vec<u8> = mantissa.bytes().filter(|c| c.is_ascii_digit()).collect();
        while digits.len() > 1 && digits.last() == Some(&b'0') {
            digits.pop();
        }
        if digits.len() < 16 {
            return (digits, exp + 1);
        }
        // Among the shortest strings that round-trip, dtoa picks the one nearest the exact
        // value, ties to even; Rust's shortest formatting may pick the other one of a tie.
        let (nearest, decpt) = dtoa(v, 2, digits.len() as i64);
        let text = format!("0.{}e{decpt}", String::from_utf8_lossy(&nearest));
        if text.parse::<f64>().ok() == Some(v.abs()) {
            return (nearest, decpt);
        }
        return (digits, exp + 1);
    }
    let (digits, decpt) = exact_decimal(v);
    let keep = if mode == 2 {
        ndigits.max(1)
    } else {
        decpt + ndigits
    };
    if keep < 0 {
        return (Vec::new(), -ndigits);
    }
    let keep = keep as usize;
    if keep >= digits.len() {
        return (digits, decpt);
    }
    let mut kept: Vec<u8> = digits[..keep].to_vec();
    let rest = &digits[keep..];
    let round_up = match rest[0] {
        b'6'..=b'9' => true,
        b'5' => {
            rest[1..].iter().any(|&d| d != b'0')
                || kept.last().is_some_and(|&d| (d - b'0') % 2 == 1)
        }
        _ => false,
    };
    let mut decpt = decpt;
    if round_up {
        let mut i = kept.len();
        loop {
            if i == 0 {
                kept.insert(0, b'1');
                decpt += 1;
                kept.truncate(keep.max(1));
                break;
            }
            i -= 1;
            if kept[i] == b'9' {
                kept[i] = b'0';
            } else {
                kept[i] += 1;
                break;
            }
        }
    }
    while kept.last() == Some(&b'0') {
        kept.pop();
    }
    if kept.is_empty() {
        return (Vec::new(), -ndigits);
    }
    (kept, decpt)
}

/// `PyOS_double_to_string` (`format_float_short`): `code` is one of e E f F g G r.
pub fn double_to_string(val: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let lower = code.to_ascii_lowercase();
    let mut precision = precision as i64;
    let mode = match lower {
        'e' => {
            precision += 1;
            2
        }
        'f' => 3,
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            2
        }
        _ => 0,
    };
    let mut out = String::new();
    if val.is_nan() {
        out.push_str(if upper { "NAN" } else { "nan" });
        return out;
    }
    let negative = val.is_sign_negative();
    if val.is_infinite() {
        if negative {
            out.push('-');
        }
        out.push_str(if upper { "INF" } else { "inf" });
        return out;
    }
    let (digits, decpt) = dtoa(val, mode, precision);
    let digits_len = digits.len() as i64;
    let is_zero = digits.is_empty() || digits == b"0";
    if negative && !(flags.no_neg_0 && is_zero) {
        out.push('-');
    }
    let mut decpt = decpt;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match lower {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let text = |d: &[u8]| String::from_utf8_lossy(d).into_owned();
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&text(&digits[..decpt as usize]));
        out.push('.');
        out.push_str(&text(&digits[decpt as usize..]));
    } else {
        out.push_str(&text(&digits));
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// `float.__repr__` through the same machinery (`'r'` with `Py_DTSF_ADD_DOT_0`).
pub fn float_repr_r(v: f64) -> String {
    double_to_string(
        v,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

/// `int.__format__`, `float.__format__`, `complex.__format__`, `str.__format__`.
pub fn builtin_dunder_format(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    if args.args.len() != 2 {
        return Err(vm.type_error(&format!(
            "__format__ expected 1 argument, got {}",
            args.args.len().saturating_sub(1)
        )));
    }
    let spec = match vm.heap.payload(args.args[1]) {
        Payload::Str(s) => s.text.clone(),
        _ => {
            let tn = vm.type_name_of(args.args[1]);
            return Err(vm.type_error(&format!("__format__() argument must be str, not {tn}")));
        }
    };
    builtin_format(vm, args.args[0], &spec)
}

/// `object.__format__`: `str(self)` for an empty spec, TypeError otherwise.
pub fn object_format(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    if args.args.len() != 2 {
        return Err(vm.type_error(&format!(
            "__format__ expected 1 argument, got {}",
            args.args.len().saturating_sub(1)
        )));
    }
    let spec = match vm.heap.payload(args.args[1]) {
        Payload::Str(s) => s.text.clone(),
        _ => {
            let tn = vm.type_name_of(args.args[1]);
            return Err(vm.type_error(&format!("__format__() argument must be str, not {tn}")));
        }
    };
    if !spec.is_empty() {
        let tn = vm.type_name_of(args.args[0]);
        return Err(vm.type_error(&format!(
            "unsupported format string passed to {tn}.__format__"
        )));
    }
    vm.str(args.args[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(v: f64, code: char, p: usize) -> String {
        double_to_string(v, code, p, DtoaFlags::default())
    }

    #[test]
    fn fixed_and_exponent_rounding() {
        assert_eq!(f(2.5, 'f', 0), "2");
        assert_eq!(f(3.5, 'f', 0), "4");
        assert_eq!(f(0.125, 'f', 2), "0.12");
        assert_eq!(f(0.375, 'f', 2), "0.38");
        assert_eq!(f(2.675, 'f', 2), "2.67");
        assert_eq!(f(0.001, 'f', 1), "0.0");
        assert_eq!(f(5e-324, 'e', 3), "4.941e-324");
        assert_eq!(f(123456789.0, 'g', 6), "1.23457e+08");
        assert_eq!(f(1.0, 'g', 6), "1");
        assert_eq!(f(9.9999, 'f', 2), "10.00");
        assert_eq!(f(1e-7, 'g', 6), "1e-07");
        assert_eq!(f(f64::NAN, 'F', 6), "NAN");
    }

    #[test]
    fn repr_mode() {
        assert_eq!(float_repr_r(1e16), "1e+16");
        assert_eq!(float_repr_r(1e15), "1000000000000000.0");
        assert_eq!(float_repr_r(0.1), "0.1");
        assert_eq!(float_repr_r(0.0001), "0.0001");
        assert_eq!(float_repr_r(0.00001), "1e-05");
        assert_eq!(float_repr_r(-0.0), "-0.0");
        assert_eq!(float_repr_r(5e-324), "5e-324");
    }

    #[test]
    fn grouping() {
        assert_eq!(insert_grouping("1234567", 0, Some(','), 3), "1,234,567");
        assert_eq!(insert_grouping("5", 7, Some(','), 3), "000,005");
        assert_eq!(insert_grouping("5", 4, None, 0), "0005");
        assert_eq!(insert_grouping("12d687", 0, Some('_'), 4), "12_d687");
    }
}
