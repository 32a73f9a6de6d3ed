//! `bytes` and `bytearray` (Objects/bytesobject.c, Objects/bytearrayobject.c,
//! Objects/bytes_methods.c): constructors, the common methods, indexing, concatenation,
//! repetition, `%` formatting and the bytearray mutators.

use super::str::{
    adjust_indices, call_reflected, clinic_kw, clinic_pos, decode, encode, is_mapping, no_args,
    number_index, one_arg, sequence_fast, slice_indices, start_end, tuple_pos, Index,
};
use super::{add_class_method, add_method, arg_index};
use crate::heap::{ByteArrayMut, ByteArrayObj, ObjId, Payload};
use crate::syntax::ast::BinOp;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// The contents of a bytes or bytearray object (or of a subclass instance).
pub fn bytes_data(vm: &Vm, id: ObjId) -> Option<Vec<u8>> {
    match vm.heap.payload(id) {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.to_vec()),
        _ => None,
    }
}

fn is_bytearray(vm: &Vm, id: ObjId) -> bool {
    matches!(vm.heap.payload(id), Payload::ByteArray(_))
}

/// A bytes object made from existing data (`PyBytes_FromStringAndSize` with data: the empty
/// and one-byte objects are shared).
pub fn new_bytes_shared(vm: &mut Vm, data: &[u8]) -> ObjId {
    vm.new_bytes(data)
}

/// A bytes object filled in place (`PyBytes_FromStringAndSize(NULL, n)`): never shared
/// except the empty one.
fn fresh_bytes(vm: &mut Vm, data: Vec<u8>) -> ObjId {
    if data.is_empty() {
        return vm.incref(vm.empty_bytes);
    }
    let ty = vm.types.bytes;
    vm.alloc(ty, Payload::Bytes(data.into()))
}

fn new_bytearray(vm: &mut Vm, data: Vec<u8>) -> ObjId {
    let ty = vm.types.bytearray;
    vm.alloc(ty, Payload::ByteArray(ByteArrayObj::new(data)))
}

/// A result of the receiver's kind: bytes (shared forms) or a new bytearray.
fn same_kind(vm: &mut Vm, like: ObjId, data: Vec<u8>) -> ObjId {
    if is_bytearray(vm, like) {
        new_bytearray(vm, data)
    } else {
        new_bytes_shared(vm, &data)
    }
}

/// The bytes itself when exact, else a copy (`bytes` methods that change nothing).
fn unchanged(vm: &mut Vm, id: ObjId, data: Vec<u8>) -> ObjId {
    if vm.heap.type_of(id) == vm.types.bytes {
        return vm.incref(id);
    }
    same_kind(vm, id, data)
}

fn type_label(vm: &Vm, id: ObjId) -> &'static str {
    if is_bytearray(vm, id) {
        "bytearray"
    } else {
        "bytes"
    }
}

/// The receiver of a bytes/bytearray method.
fn self_data(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(ObjId, Vec<u8>)> {
    match args.args.first() {
        Some(&s) => match bytes_data(vm, s) {
            Some(d) => Ok((s, d)),
            None => {
                let tn = vm.type_name_of(s);
                Err(vm.type_error(&format!(
                    "descriptor '{name}' for 'bytes' objects doesn't apply to a '{tn}' object"
                )))
            }
        },
        None => Err(vm.type_error(&format!("unbound method bytes.{name}() needs an argument"))),
    }
}

/// A bytes-like argument ("a bytes-like object is required, not 'str'").
fn buffer_arg(vm: &mut Vm, v: ObjId) -> PyResult<Vec<u8>> {
    match bytes_data(vm, v) {
        Some(d) => Ok(d),
        None => {
            let tn = vm.type_name_of(v);
            Err(vm.type_error(&format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// A byte value argument (`_getbytevalue`).
fn byte_value(vm: &mut Vm, v: ObjId) -> PyResult<u8> {
    match number_index(vm, v)? {
        Some(Index::Small(i)) if (0..256).contains(&i) => Ok(i as u8),
        Some(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        None => {
            let tn = vm.type_name_of(v);
            Err(vm.type_error(&format!(
                "'{tn}' object cannot be interpreted as an integer"
            )))
        }
    }
}

/// `item in container` for a bytes or bytearray container (`_Py_bytes_contains`): for the
/// VM's `contains` protocol.
pub fn bytes_contains(vm: &mut Vm, container: ObjId, item: ObjId) -> PyResult<bool> {
    let hay = bytes_data(vm, container).unwrap_or_default();
    let needle = contains_arg(vm, item)?;
    Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle.as_slice()))
}

/// The left operand of `x in bytes`: bytes-like or an int in range(256).
pub(crate) fn contains_arg(vm: &mut Vm, v: ObjId) -> PyResult<Vec<u8>> {
    if bytes_data(vm, v).is_none() && number_index(vm, v)?.is_none() {
        return buffer_arg(vm, v);
    }
    sub_arg(vm, v)
}

/// The sub-sequence argument of find/count/index (`parse_args_finds_byte`): bytes-like or an
/// int in range(256).
fn sub_arg(vm: &mut Vm, v: ObjId) -> PyResult<Vec<u8>> {
    if let Some(d) = bytes_data(vm, v) {
        return Ok(d);
    }
    match number_index(vm, v)? {
        Some(Index::Small(i)) if (0..256).contains(&i) => Ok(vec![i as u8]),
        Some(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        None => {
            let tn = vm.type_name_of(v);
            Err(vm.type_error(&format!(
                "argument should be integer or bytes-like object, not '{tn}'"
            )))
        }
    }
}

fn find_bytes(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if end < start || end - start < needle.len() {
        return None;
    }
    (start..=end - needle.len()).find(|&i| hay.get(i..i + needle.len()) == Some(needle))
}

fn rfind_bytes(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if end < start || end - start < needle.len() {
        return None;
    }
    (start..=end - needle.len())
        .rev()
        .find(|&i| hay.get(i..i + needle.len()) == Some(needle))
}

fn count_bytes(hay: &[u8], needle: &[u8], start: usize, end: usize, max: usize) -> usize {
    if end < start || end - start < needle.len() {
        return 0;
    }
    if needle.is_empty() {
        return (end - start + 1).min(max);
    }
    let (mut n, mut i) = (0, start);
    while n < max && i + needle.len() <= end {
        if hay.get(i..i + needle.len()) == Some(needle) {
            n += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    n
}

/// `Py_ISSPACE` for bytes.
fn is_space_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

// ----- operators -----

/// `bytes + bytes`, `bytes * n`, `bytes % args` (and bytearray); None otherwise.
pub fn binary_op(vm: &mut Vm, a: ObjId, b: ObjId, op: BinOp) -> PyResult<Option<ObjId>> {
    let a_data = bytes_data(vm, a);
    let b_data = bytes_data(vm, b);
    match op {
        BinOp::Add => {
            let Some(x) = a_data else {
                return Ok(None);
            };
            let Some(y) = b_data else {
                if let Some(r) = call_reflected(vm, b, a, "__radd__")? {
                    return Ok(Some(r));
                }
                let tn = vm.type_name_of(b);
                let tl = type_label(vm, a);
                return Err(vm.type_error(&format!("can't concat {tn} to {tl}")));
            };
            let exact_a = vm.heap.type_of(a) == vm.types.bytes;
            let exact_b = vm.heap.type_of(b) == vm.types.bytes;
            if !is_bytearray(vm, a) {
                if x.is_empty() && exact_b {
                    return Ok(Some(vm.incref(b)));
                }
                if y.is_empty() && exact_a {
                    return Ok(Some(vm.incref(a)));
                }
            }
            vm.check_memory((x.len() + y.len()) as u64)?;
            let mut out = x;
            out.extend_from_slice(&y);
            Ok(Some(if is_bytearray(vm, a) {
                new_bytearray(vm, out)
            } else {
                fresh_bytes(vm, out)
            }))
        }
        BinOp::Mult => {
            let (seq, data, count) = match (a_data, b_data) {
                (Some(d), _) => (a, d, b),
                (None, Some(d)) => {
                    if matches!(vm.heap.payload(a), Payload::List(_) | Payload::Tuple(_)) {
                        return Ok(None);
                    }
                    (b, d, a)
                }
                (None, None) => return Ok(None),
            };
            if seq == a {
                if let Some(r) = call_reflected(vm, b, a, "__rmul__")? {
                    return Ok(Some(r));
                }
            }
            match number_index(vm, count)? {
                Some(Index::Small(n)) => bytes_repeat(vm, seq, data, n).map(Some),
                Some(Index::Huge(neg)) => {
                    if neg {
                        return Ok(Some(same_kind(vm, seq, Vec::new())));
                    }
                    Err(vm.new_error_msg(
                        vm.types.overflow_error,
                        "cannot fit 'int' into an index-sized integer",
                    ))
                }
                None => {
                    let tn = vm.type_name_of(count);
                    Err(vm.type_error(&format!(
                        "can't multiply sequence by non-int of type '{tn}'"
                    )))
                }
            }
        }
        BinOp::Mod => match a_data {
            Some(fmt) => {
                let out = bytes_format(vm, &fmt, b)?;
                Ok(Some(same_kind(vm, a, out)))
            }
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

/// `bytes_repeat` / `bytearray_repeat`.
fn bytes_repeat(vm: &mut Vm, seq: ObjId, data: Vec<u8>, n: i64) -> PyResult<ObjId> {
    let n = n.max(0);
    if n == 1 && vm.heap.type_of(seq) == vm.types.bytes {
        return Ok(vm.incref(seq));
    }
    let total = (data.len() as u64).saturating_mul(n as u64);
    if total > i64::MAX as u64 {
        return Err(vm.new_error(vm.types.memory_error, None));
    }
    vm.check_memory(total)?;
    let out = data.repeat(n as usize);
    Ok(if is_bytearray(vm, seq) {
        new_bytearray(vm, out)
    } else {
        fresh_bytes(vm, out)
    })
}

/// `_PyBytes_FormatEx`: printf-style formatting of bytes.
fn bytes_format(vm: &mut Vm, fmt: &[u8], args: ObjId) -> PyResult<Vec<u8>> {
    let is_tuple = matches!(vm.heap.payload(args), Payload::Tuple(_));
    let items = if is_tuple {
        vm.tuple_items(Some(args))
    } else {
        vec![args]
    };
    let dict = (is_mapping(vm, args)
        && !is_tuple
        && !matches!(vm.heap.payload(args), Payload::Bytes(_) | Payload::Str(_)))
    .then_some(args);
    let mut argidx = 0usize;
    let mut out = Vec::new();
    let mut owned: Vec<ObjId> = Vec::new();
    let r = bytes_format_loop(vm, fmt, &items, dict, &mut argidx, &mut out, &mut owned);
    for o in owned {
        vm.decref(o);
    }
    r?;
    if argidx < items.len() && dict.is_none() && (is_tuple || argidx == 0) {
        return Err(vm.type_error("not all arguments converted during bytes formatting"));
    }
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
fn bytes_format_loop(
    vm: &mut Vm,
    fmt: &[u8],
    items: &[ObjId],
    dict: Option<ObjId>,
    argidx: &mut usize,
    out: &mut Vec<u8>,
    owned: &mut Vec<ObjId>,
) -> PyResult<()> {
    let mut i = 0;
    let mut from_dict: Option<ObjId> = None;
    let next_arg = |vm: &mut Vm, argidx: &mut usize, from_dict: Option<ObjId>| {
        if let Some(v) = from_dict {
            return Ok(v);
        }
        match items.get(*argidx) {
            Some(&v) => {
                *argidx += 1;
                Ok(v)
            }
            None => Err(vm.type_error("not enough arguments for format string")),
        }
    };
    while i < fmt.len() {
        if fmt[i] != b'%' {
            out.push(fmt[i]);
            i += 1;
            continue;
        }
        i += 1;
        if fmt.get(i) == Some(&b'%') {
            out.push(b'%');
            i += 1;
            continue;
        }
        if fmt.get(i) == Some(&b'(') {
            let Some(d) = dict else {
                return Err(vm.type_error("format requires a mapping"));
            };
            let start = i + 1;
            let mut depth = 1;
            i += 1;
            while i < fmt.len() && depth > 0 {
                if fmt[i] == b')' {
                    depth -= 1;
                } else if fmt[i] == b'(' {
                    depth += 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key = new_bytes_shared(vm, fmt.get(start..i - 1).unwrap_or(&[]));
            let v = vm.getitem(d, key);
            vm.decref(key);
            let v = v?;
            owned.push(v);
            from_dict = Some(v);
        }
        let mut flags = 0u8;
        while let Some(&c) = fmt.get(i) {
            let f = match c {
                b'-' => 1,
                b'+' => 2,
                b' ' => 4,
                b'#' => 8,
                b'0' => 16,
                _ => break,
            };
            flags |= f;
            i += 1;
        }
        let mut width: i64 = -1;
        if fmt.get(i) == Some(&b'*') {
            let v = next_arg(vm, argidx, from_dict)?;
            width = match vm.heap.payload(v) {
                Payload::Int(n) => *n,
                _ => return Err(vm.type_error("* wants int")),
            };
            if width < 0 {
                flags |= 1;
                width = -width;
            }
            i += 1;
        } else {
            while let Some(&c) = fmt.get(i).filter(|c| c.is_ascii_digit()) {
                width = width.max(0) * 10 + (c - b'0') as i64;
                i += 1;
            }
        }
        let mut prec: i64 = -1;
        if fmt.get(i) == Some(&b'.') {
            prec = 0;
            i += 1;
            if fmt.get(i) == Some(&b'*') {
                let v = next_arg(vm, argidx, from_dict)?;
                prec = match vm.heap.payload(v) {
                    Payload::Int(n) => (*n).max(0),
                    _ => return Err(vm.type_error("* wants int")),
                };
                i += 1;
            } else {
                while let Some(&c) = fmt.get(i).filter(|c| c.is_ascii_digit()) {
                    prec = prec * 10 + (c - b'0') as i64;
                    i += 1;
                }
            }
        }
        if matches!(fmt.get(i), Some(b'h' | b'l' | b'L')) {
            i += 1;
        }
        let Some(&ch) = fmt.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        i += 1;
        let v = next_arg(vm, argidx, from_dict)?;
        let (piece, numeric): (Vec<u8>, bool) = match ch {
            b's' | b'b' => match bytes_data(vm, v) {
                Some(d) => (d, false),
                None if dunder_bytes_present(vm, v) => {
                    let r = dunder_bytes(vm, v)?;
                    let d = r.and_then(|r| {
                        let d = bytes_data(vm, r);
                        vm.decref(r);
                        d
                    });
                    (d.unwrap_or_default(), false)
                }
                None => {
                    let tn = vm.type_name_of(v);
                    return Err(vm.type_error(&format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'"
                    )));
                }
            },
            b'r' | b'a' => {
                let r = super::str::ascii_of(vm, v)?;
                let t = vm.str_of(r);
                vm.decref(r);
                (t.as_bytes().to_vec(), false)
            }
            b'd' | b'i' | b'u' | b'x' | b'X' | b'o' | b'e' | b'E' | b'f' | b'F' | b'g' | b'G'
            | b'c' => {
                if ch == b'c' {
                    let b = match bytes_data(vm, v) {
                        Some(d) if d.len() == 1 => d[0],
                        Some(_) => {
                            return Err(vm.type_error(
                                "%c requires an integer in range(256) or a single byte",
                            ))
                        }
                        None => match number_index(vm, v)? {
                            Some(Index::Small(n)) if (0..256).contains(&n) => n as u8,
                            Some(_) => {
                                return Err(vm.new_error_msg(
                                    vm.types.overflow_error,
                                    "%c arg not in range(256)",
                                ))
                            }
                            None => {
                                return Err(vm.type_error(
                                    "%c requires an integer in range(256) or a single byte",
                                ))
                            }
                        },
                    };
                    (vec![b], false)
                } else {
                    // Numbers format as str does, then are encoded as ASCII.
                    let spec = format!(
                        "%{}{}{}{}{}{}{}",
                        if flags & 1 != 0 { "-" } else { "" },
                        if flags & 2 != 0 { "+" } else { "" },
                        if flags & 4 != 0 { " " } else { "" },
                        if flags & 8 != 0 { "#" } else { "" },
                        if flags & 16 != 0 { "0" } else { "" },
                        if width >= 0 {
                            width.to_string()
                        } else {
                            String::new()
                        },
                        if prec >= 0 {
                            format!(".{prec}")
                        } else {
                            String::new()
                        },
                    ) + &(ch as char).to_string();
                    let f = vm.new_str_owned(spec);
                    let r = super::str::unicode_format(vm, f, v);
                    vm.decref(f);
                    let r = r?;
                    let t = vm.str_of(r);
                    vm.decref(r);
                    (t.as_bytes().to_vec(), true)
                }
            }
            c => {
                let shown = if (32..=126).contains(&c) {
                    c as char
                } else {
                    '?'
                };
                return Err(vm.value_error(&format!(
                    "unsupported format character '{shown}' (0x{c:x}) at index {}",
                    i - 1
                )));
            }
        };
        let mut piece = piece;
        if !numeric {
            if prec >= 0 && matches!(ch, b's' | b'b' | b'r' | b'a') {
                piece.truncate(prec as usize);
            }
            let w = width.max(0) as usize;
            if piece.len() < w {
                let pad = vec![b' '; w - piece.len()];
                if flags & 1 != 0 {
                    piece.extend(pad);
                } else {
                    let mut p = pad;
                    p.extend(piece);
                    piece = p;
                }
            }
        }
        out.extend(piece);
    }
    Ok(())
}

// ----- indexing -----

/// `bytes_subscript` / `bytearray_subscript`: ints for indexes, new objects for slices.
/// Called by the subscript protocol.
pub fn bytes_getitem(vm: &mut Vm, b: ObjId, key: ObjId) -> PyResult<ObjId> {
    let data = bytes_data(vm, b).unwrap_or_default();
    let ba = is_bytearray(vm, b);
    if matches!(vm.heap.payload(key), Payload::Slice { .. }) {
        let (start, step, n) = slice_indices(vm, key, data.len())?;
        if !ba && start == 0 && step == 1 && n == data.len() && vm.heap.type_of(b) == vm.types.bytes
        {
            return Ok(vm.incref(b));
        }
        let out: Vec<u8> = (0..n)
            .filter_map(|i| data.get((start + i as i64 * step) as usize).copied())
            .collect();
        return Ok(if ba {
            new_bytearray(vm, out)
        } else if step == 1 {
            new_bytes_shared(vm, &out)
        } else {
            fresh_bytes(vm, out)
        });
    }
    let label = if ba { "bytearray" } else { "byte" };
    match number_index(vm, key)? {
        Some(Index::Small(i)) => {
            let len = data.len() as i64;
            let idx = if i < 0 { i + len } else { i };
            match data.get(idx as usize).filter(|_| idx >= 0) {
                Some(&v) => Ok(vm.new_int(v as i64)),
                None => {
                    let msg = if ba {
                        "bytearray index out of range"
                    } else {
                        "index out of range"
                    };
                    Err(vm.new_error_msg(vm.types.index_error, msg))
                }
            }
        }
        Some(Index::Huge(_)) => Err(vm.new_error_msg(
            vm.types.index_error,
            "cannot fit 'int' into an index-sized integer",
        )),
        None => {
            let tn = vm.type_name_of(key);
            Err(vm.type_error(&format!(
                "{label} indices must be integers or slices, not {tn}"
            )))
        }
    }
}

/// `bytearray[key] = value` (or `del bytearray[key]` when `value` is None). Called by the
/// subscript protocol.
pub fn bytearray_setitem(vm: &mut Vm, ba: ObjId, key: ObjId, value: Option<ObjId>) -> PyResult<()> {
    let mut data = bytes_data(vm, ba).unwrap_or_default();
    if matches!(vm.heap.payload(key), Payload::Slice { .. }) {
        let (start, step, n) = slice_indices(vm, key, data.len())?;
        let new: Vec<u8> = match value {
            None => Vec::new(),
            Some(v) => match bytes_data(vm, v) {
                Some(d) => d,
                None => {
                    if matches!(vm.heap.payload(v), Payload::Int(_) | Payload::Bool(_)) {
                        return Err(vm.type_error(
                            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                        ));
                    }
                    ints_to_bytes(vm, v, "byte must be in range(0, 256)")?
                }
            },
        };
        let idxs: Vec<usize> = (0..n).map(|i| (start + i as i64 * step) as usize).collect();
        if step == 1 {
            let s = (start.max(0) as usize).min(data.len());
            let e = (s + n).min(data.len());
            data.splice(s..e, new);
        } else if value.is_none() {
            let mut keep = Vec::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if !idxs.contains(&i) {
                    keep.push(b);
                }
            }
            data = keep;
        } else {
            if new.len() != n {
                return Err(vm.value_error(&format!(
                    "attempt to assign bytes of size {} to extended slice of size {n}",
                    new.len()
                )));
            }
            for (&i, b) in idxs.iter().zip(new) {
                if let Some(slot) = data.get_mut(i) {
                    *slot = b;
                }
            }
        }
    } else {
        let i = match number_index(vm, key)? {
            Some(Index::Small(i)) => i,
            Some(Index::Huge(_)) => {
                return Err(vm.new_error_msg(
                    vm.types.index_error,
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
            None => {
                let tn = vm.type_name_of(key);
                return Err(vm.type_error(&format!(
                    "bytearray indices must be integers or slices, not {tn}"
                )));
            }
        };
        let len = data.len() as i64;
        let idx = if i < 0 { i + len } else { i };
        if idx < 0 || idx >= len {
            return Err(vm.new_error_msg(vm.types.index_error, "bytearray index out of range"));
        }
        match value {
            Some(v) => {
                let b = byte_value(vm, v)?;
                data[idx as usize] = b;
            }
            None => {
                data.remove(idx as usize);
            }
        }
    }
    if let Some(mut b) = ba_data_mut(vm, ba) {
        *b = data;
    }
    Ok(())
}

/// The bytes of an iterable of ints (`bytes([1, 2])`, `bytearray.extend`).
fn ints_to_bytes(vm: &mut Vm, v: ObjId, range_msg: &str) -> PyResult<Vec<u8>> {
    let items = vm.collect_iterable(v)?;
    let mut out = Vec::with_capacity(items.len());
    let mut err = None;
    for &it in &items {
        match number_index(vm, it) {
            Ok(Some(Index::Small(i))) if (0..256).contains(&i) => out.push(i as u8),
            Ok(Some(_)) => {
                err = Some(vm.value_error(range_msg));
                break;
            }
            Ok(None) => {
                let tn = vm.type_name_of(it);
                err = Some(vm.type_error(&format!(
                    "'{tn}' object cannot be interpreted as an integer"
                )));
                break;
            }
            Err(e) => {
                err = Some(e);
                break;
            }
        }
    }
    for it in items {
        vm.decref(it);
    }
    match err {
        Some(e) => Err(e),
        None => Ok(out),
    }
}

// ----- constructors -----

/// The data for `bytes(...)` / `bytearray(...)` (`bytes_new_impl`).
fn constructor_data(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Option<Vec<u8>>> {
    let p = clinic_kw(vm, args, name, &["source", "encoding", "errors"], 1)?;
    let (source, enc, errors) = (p[0], p[1], p[2]);
    let text_arg = |vm: &mut Vm, v: Option<ObjId>, pname: &str| -> PyResult<Option<String>> {
        match v {
            None => Ok(None),
            Some(v) => match vm.heap.payload(v) {
                Payload::Str(s) => Ok(Some(s.text.to_string())),
                _ => {
                    let tn = vm.type_name_of(v);
                    Err(vm.type_error(&format!(
                        "{name}() argument '{pname}' must be str, not {tn}"
                    )))
                }
            },
        }
    };
    let enc = text_arg(vm, enc, "encoding")?;
    let errors = text_arg(vm, errors, "errors")?;
    let Some(src) = source else {
        if enc.is_some() || errors.is_some() {
            let msg = if enc.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            };
            return Err(vm.type_error(msg));
        }
        return Ok(None);
    };
    if let Payload::Str(s) = vm.heap.payload(src) {
        let text = s.text.clone();
        let Some(enc) = enc else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        return encode(vm, &text, &enc, errors.as_deref().unwrap_or("strict")).map(Some);
    }
    if enc.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if let Some(d) = bytes_data(vm, src) {
        return Ok(Some(d));
    }
    match number_index(vm, src)? {
        Some(Index::Small(n)) => {
            if n < 0 {
                return Err(vm.value_error("negative count"));
            }
            vm.check_memory(n as u64)?;
            return Ok(Some(vec![0; n as usize]));
        }
        Some(Index::Huge(_)) => {
            return Err(vm.new_error_msg(
                vm.types.overflow_error,
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        None => {}
    }
    match vm.get_iter(src) {
        Ok(it) => {
            vm.decref(it);
            let msg = if name == "bytes" {
                "bytes must be in range(0, 256)"
            } else {
                "byte must be in range(0, 256)"
            };
            ints_to_bytes(vm, src, msg).map(Some)
        }
        Err(PyErr::Exception(e)) if vm.isinstance_of(e, vm.types.type_error) => {
            vm.decref(e);
            let tn = vm.type_name_of(src);
            Err(vm.type_error(&format!("cannot convert '{tn}' object to {name}")))
        }
        Err(e) => Err(e),
    }
}

/// `bytes(x)` where x's class defines `__bytes__` (and no encoding was given): its result,
/// which must be bytes.
fn call_dunder_bytes(vm: &mut Vm, args: &Args) -> PyResult<Option<ObjId>> {
    let (Some(&src), 2, true) = (args.args.get(1), args.args.len(), args.kwargs.is_empty()) else {
        return Ok(None);
    };
    dunder_bytes(vm, src)
}

fn dunder_bytes_present(vm: &Vm, v: ObjId) -> bool {
    let ty = vm.heap.type_of(v);
    vm.is_heap_type(ty) && vm.lookup_type_attr_borrowed(ty, "__bytes__").is_some()
}

/// The result of `type(src).__bytes__(src)`, if the class defines it (must be bytes).
fn dunder_bytes(vm: &mut Vm, src: ObjId) -> PyResult<Option<ObjId>> {
    let ty = vm.heap.type_of(src);
    if !vm.is_heap_type(ty) {
        return Ok(None);
    }
    let Some(m) = vm.lookup_type_attr_borrowed(ty, "__bytes__") else {
        return Ok(None);
    };
    vm.incref(m);
    let r = vm.call_object(m, &Args::positional(vec![src]));
    vm.decref(m);
    let r = r?;
    if !matches!(vm.heap.payload(r), Payload::Bytes(_)) {
        let tn = vm.type_name_of(r);
        vm.decref(r);
        return Err(vm.type_error(&format!("__bytes__ returned non-bytes (type {tn})")));
    }
    Ok(Some(r))
}

fn bytes_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&cls) = args.args.first() else {
        return Err(vm.type_error("bytes.__new__(): not enough arguments"));
    };
    if let Some(r) = call_dunder_bytes(vm, args)? {
        if cls == vm.types.bytes {
            return Ok(r);
        }
        let data = bytes_data(vm, r).unwrap_or_default();
        vm.decref(r);
        return Ok(vm.alloc(cls, Payload::Bytes(data.into())));
    }
    let data = constructor_data(vm, args, "bytes")?;
    if cls == vm.types.bytes {
        return Ok(match data {
            None => vm.incref(vm.empty_bytes),
            Some(d) => {
                let exact_src = args
                    .args
                    .get(1)
                    .is_some_and(|&s| vm.heap.type_of(s) == vm.types.bytes);
                // `_PyBytes_FromSize` (an int) and `_PyBytes_FromBuffer` fill a new object;
                // lists, iterables and encoders finish through the shared one-byte cache.
                let filled_in_place = args.args.len() == 2
                    && args.kwargs.is_empty()
                    && args.args.get(1).is_some_and(|&s| {
                        matches!(
                            vm.heap.payload(s),
                            Payload::Int(_)
                                | Payload::BigInt(_)
                                | Payload::Bool(_)
                                | Payload::Bytes(_)
                                | Payload::ByteArray(_)
                        )
                    });
                match args.args.get(1) {
                    Some(&s) if exact_src && args.args.len() == 2 => vm.incref(s),
                    _ if filled_in_place => fresh_bytes(vm, d),
                    _ => new_bytes_shared(vm, &d),
                }
            }
        });
    }
    Ok(vm.alloc(cls, Payload::Bytes(data.unwrap_or_default().into())))
}

fn bytearray_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&cls) = args.args.first() else {
        return Err(vm.type_error("bytearray.__new__(): not enough arguments"));
    };
    let data = constructor_data(vm, args, "bytearray")?.unwrap_or_default();
    // Strings, buffers, counts, lists and tuples size the buffer once; other iterables
    // grow it byte by byte.
    let iterated = args.args.get(1).is_some_and(|&s| {
        !matches!(
            vm.heap.payload(s),
            Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Int(_)
                | Payload::BigInt(_)
                | Payload::Bool(_)
                | Payload::List(_)
                | Payload::Tuple(_)
        )
    });
    let ba = if iterated {
        ByteArrayObj::from_iteration(data)
    } else {
        ByteArrayObj::new(data)
    };
    Ok(vm.alloc(cls, Payload::ByteArray(ba)))
}

// ----- methods -----

/// Registers the constructors and methods of bytes and bytearray.
pub fn install(vm: &mut Vm) {
    let common: &[(&'static str, crate::heap::NativeFn)] = &[
        ("decode", b_decode),
        ("hex", b_hex),
        ("join", b_join),
        ("split", b_split),
        ("rsplit", b_rsplit),
        ("strip", b_strip),
        ("lstrip", b_lstrip),
        ("rstrip", b_rstrip),
        ("replace", b_replace),
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("rindex", b_rindex),
        ("count", b_count),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("upper", b_upper),
        ("lower", b_lower),
        ("isdigit", b_isdigit),
        ("isalpha", b_isalpha),
        ("isalnum", b_isalnum),
        ("isspace", b_isspace),
        ("isascii", b_isascii),
        ("partition", b_partition),
        ("rpartition", b_rpartition),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
        ("center", b_center),
        ("ljust", b_ljust),
        ("rjust", b_rjust),
        ("zfill", b_zfill),
        ("expandtabs", b_expandtabs),
        ("splitlines", b_splitlines),
        ("title", b_title),
        ("capitalize", b_capitalize),
        ("swapcase", b_swapcase),
        ("isupper", b_isupper),
        ("islower", b_islower),
        ("istitle", b_istitle),
        ("__getitem__", b_getitem_method),
        ("__len__", super::str::dunder_len),
        ("__contains__", super::str::dunder_contains),
        ("__iter__", super::str::dunder_iter),
        ("__sizeof__", super::str::dunder_sizeof),
        ("translate", b_translate),
        ("__mod__", super::str::dunder_mod),
        ("__rmod__", super::str::dunder_rmod),
        ("__add__", super::str::dunder_add),
        ("__mul__", super::str::dunder_mul),
        ("__rmul__", super::str::dunder_mul),
    ];
    for ty in [vm.types.bytes, vm.types.bytearray] {
        for &(name, f) in common {
            add_method(vm, ty, name, f);
        }
        add_class_method(vm, ty, "fromhex", b_fromhex);
        add_class_method(vm, ty, "maketrans", b_maketrans);
    }
    add_method(vm, vm.types.bytes, "__new__", bytes_new);
    let ba = vm.types.bytearray;
    add_method(vm, ba, "__new__", bytearray_new);
    add_method(vm, ba, "append", ba_append);
    add_method(vm, ba, "extend", ba_extend);
    add_method(vm, ba, "pop", ba_pop);
    add_method(vm, ba, "clear", ba_clear);
    add_method(vm, ba, "copy", ba_copy);
    add_method(vm, ba, "__reduce__", bytearray_reduce);
    add_method(vm, ba, "__reduce_ex__", bytearray_reduce_ex);
    add_method(vm, ba, "reverse", ba_reverse);
    add_method(vm, ba, "insert", ba_insert);
    add_method(vm, ba, "remove", ba_remove);
    add_method(vm, ba, "__setitem__", ba_setitem_method);
    add_method(vm, ba, "__delitem__", ba_delitem_method);
    add_method(vm, ba, "__iadd__", ba_iadd_method);
    add_method(vm, ba, "__imul__", ba_imul_method);
    add_method(vm, ba, "__alloc__", ba_alloc_method);
    add_method(vm, vm.types.bytes, "__bytes__", b_dunder_bytes);
    add_method(vm, vm.types.bytes, "__getnewargs__", b_getnewargs);
}

fn qual(vm: &Vm, s: ObjId, name: &str) -> String {
    format!("{}.{name}", type_label(vm, s))
}

fn b_getitem_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (s, _) = self_data(vm, args, "__getitem__")?;
    match args.args.get(1..) {
        Some(&[key]) => bytes_getitem(vm, s, key),
        rest => {
            let n = rest.map_or(0, |r| r.len());
            Err(vm.type_error(&format!("expected 1 argument, got {n}")))
        }
    }
}

fn b_decode(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (_, data) = self_data(vm, args, "decode")?;
    let p = clinic_kw(vm, args, "decode", &["encoding", "errors"], 1)?;
    let get = |vm: &mut Vm, v: Option<ObjId>, pname: &str, default: &str| match v {
        None => Ok(default.to_string()),
        Some(v) => match vm.heap.payload(v) {
            Payload::Str(s) => Ok(s.text.to_string()),
            _ => {
                let tn = vm.type_name_of(v);
                Err(vm.type_error(&format!(
                    "decode() argument '{pname}' must be str, not {tn}"
                )))
            }
        },
    };
    let enc = get(vm, p[0], "encoding", "utf-8")?;
    let errors = get(vm, p[1], "errors", "strict")?;
    let text = decode(vm, &data, &enc, &errors)?;
    Ok(vm.new_str_owned(text))
}

fn b_hex(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (_, data) = self_data(vm, args, "hex")?;
    let p = clinic_kw(vm, args, "hex", &["sep", "bytes_per_sep"], 1)?;
    let sep = match p[0] {
        None => None,
        Some(v) => match vm.heap.payload(v) {
            Payload::Str(s) if s.char_len == 1 => Some(s.text.to_string()),
            Payload::Bytes(b) if b.len() == 1 => Some((b[0] as char).to_string()),
            Payload::Str(_) | Payload::Bytes(_) => {
                return Err(vm.value_error("sep must be length 1."))
            }
            _ => return Err(vm.type_error("sep must be str or bytes.")),
        },
    };
    let per = match p[1] {
        Some(v) => arg_index(vm, v)?,
        None => 1,
    };
    let hexes: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let out = match sep {
        None => hexes.concat(),
        Some(sep) => {
            let k = per.unsigned_abs().max(1) as usize;
            let mut groups: Vec<String> = Vec::new();
            if per < 0 {
                for chunk in hexes.chunks(k) {
                    groups.push(chunk.concat());
                }
            } else {
                let first = hexes.len() % k;
                if first > 0 {
                    groups.push(hexes[..first].concat());
                }
                for chunk in hexes[first..].chunks(k) {
                    groups.push(chunk.concat());
                }
            }
            groups.join(&sep)
        }
    };
    Ok(vm.new_str_owned(out))
}

/// `bytes.fromhex` (class method).
fn b_fromhex(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&cls) = args.args.first() else {
        return Err(vm.type_error("fromhex() needs a class"));
    };
    let s = one_arg(vm, args, "fromhex")?;
    let Some(text) = super::str::str_text(vm, s) else {
        let tn = vm.type_name_of(s);
        return Err(vm.type_error(&format!("fromhex() argument must be str, not {tn}")));
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).filter(|_| chars[i].is_ascii());
        let Some(hi) = hi else {
            return Err(vm.value_error(&format!(
                "non-hexadecimal number found in fromhex() arg at position {i}"
            )));
        };
        let lo = chars
            .get(i + 1)
            .filter(|c| c.is_ascii())
            .and_then(|c| c.to_digit(16));
        let Some(lo) = lo else {
            return Err(vm.value_error(&format!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                i + 1
            )));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    if cls == vm.types.bytearray {
        return Ok(new_bytearray(vm, out));
    }
    if cls == vm.types.bytes {
        return Ok(new_bytes_shared(vm, &out));
    }
    let b = new_bytes_shared(vm, &out);
    let r = vm.call_object(cls, &Args::positional(vec![b]));
    vm.decref(b);
    r
}

/// `bytes.join`.
fn b_join(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (s, sep) = self_data(vm, args, "join")?;
    let q = qual(vm, s, "join");
    let iterable = one_arg(vm, args, &q)?;
    let items = sequence_fast(vm, iterable, "can only join an iterable")?;
    let mut out = Vec::new();
    let mut err = None;
    if let [one] = items.as_slice() {
        if vm.heap.type_of(*one) == vm.types.bytes && !is_bytearray(vm, s) {
            let r = vm.incref(*one);
            vm.decref(*one);
            return Ok(r);
        }
    }
    for (i, &it) in items.iter().enumerate() {
        match bytes_data(vm, it) {
            Some(d) => {
                if i > 0 {
                    out.extend_from_slice(&sep);
                }
                out.extend(d);
            }
            None => {
                let tn = vm.type_name_of(it);
                err = Some(vm.type_error(&format!(
                    "sequence item {i}: expected a bytes-like object, {tn} found"
                )));
                break;
            }
        }
    }
    for it in items {
        vm.decref(it);
    }
    if let Some(e) = err {
        return Err(e);
    }
    Ok(if is_bytearray(vm, s) {
        new_bytearray(vm, out)
    } else {
        fresh_bytes(vm, out)
    })
}

fn split_params(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Option<Vec<u8>>, i64)> {
    let p = clinic_kw(vm, args, name, &["sep", "maxsplit"], 1)?;
    let sep = match p[0] {
        None => None,
        Some(v) if v == vm.none => None,
        Some(v) => Some(buffer_arg(vm, v)?),
    };
    if sep.as_ref().is_some_and(|s| s.is_empty()) {
        return Err(vm.value_error("empty separator"));
    }
    let maxsplit = match p[1] {
        Some(v) => arg_index(vm, v)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

fn make_list(vm: &mut Vm, s: ObjId, pieces: Vec<Vec<u8>>) -> ObjId {
    let items: Vec<ObjId> = pieces.into_iter().map(|p| same_kind(vm, s, p)).collect();
    vm.new_list(items)
}

fn b_split(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (s, data) = self_data(vm, args, "split")?;
    let (sep, maxsplit) = split_params(vm, args, "split")?;
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let n = data.len();
    match sep {
        None => {
            let mut i = 0;
            loop {
                while i < n && is_space_byte(data[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                if left == 0 {
                    ranges.push((i, n));
                    break;
                }
                let j = i;
                while i < n && !is_space_byte(data[i]) {
                    i += 1;
                }
                ranges.push((j, i));
                left -= 1;
            }
        }
        Some(sep) => {
            let mut i = 0;
            while left > 0 {
                let Some(p) = find_bytes(&data, &sep, i, n) else {
                    break;
                };
                ranges.push((i, p));
                i = p + sep.len();
                left -= 1;
            }
            ranges.push((i, n));
        }
    }
    Ok(split_result(vm, s, &data, ranges))
}

/// The list of pieces; a piece covering the whole exact bytes object is the object itself
/// (stringlib/split.h).
fn split_result(vm: &mut Vm, s: ObjId, data: &[u8], ranges: Vec<(usize, usize)>) -> ObjId {
    let exact = vm.heap.type_of(s) == vm.types.bytes;
    let items: Vec<ObjId> = ranges
        .into_iter()
        .map(|(a, b)| {
            if exact && a == 0 && b == data.len() {
                vm.incref(s)
            } else {
                let piece = data.get(a..b).unwrap_or(&[]).to_vec();
                same_kind(vm, s, piece)
            }
        })
        .collect();
    vm.new_list(items)
}

fn b_rsplit(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (s, data) = self_data(vm, args, "rsplit")?;
    let (sep, maxsplit) = split_params(vm, args, "rsplit")?;
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    match sep {
        None => {
            let mut i = data.len();
            loop {
                while i > 0 && is_space_byte(data[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if left == 0 {
                    ranges.push((0, i));
                    break;
                }
                let j = i;
                while i > 0 && !is_space_byte(data[i - 1]) {
                    i -= 1;
                }
                ranges.push((i, j));
                left -= 1;
            }
        }
        Some(sep) => {
            let mut j = data.len();
            while left > 0 {
                let Some(p) = rfind_bytes(&data, &sep, 0, j) else {
                    break;
                };
                ranges.push((p + sep.len(), j));
                j = p;
                left -= 1;
            }
            ranges.push((0, j));
        }
    }
    ranges.reverse();
    Ok(split_result(vm, s, &data, ranges))
}

fn strip_bytes(vm: &mut Vm, args: &Args, name: &str, left: bool, right: bool) -> PyResult<ObjId> {
    let (s, data) = self_data(vm, args, name)?;
    let q = qual(vm, s, name);
    let rest = clinic_pos(vm, args, &q, name, 0, 1)?;
    let set = match rest.first() {
        None => None,
        Some(&v) if v == vm.none => None,
        Some(&v) => Some(buffer_arg(vm, v)?),
    };
    let strip = |b: u8| match &set {
        None => is_space_byte(b),
        Some(set) => set.contains(&b),
    };
    let (mut i, mut j) = (0, data.len());
    if left {
        while i < j && strip(data[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && strip(data[j - 1]) {
            j -= 1;
        }
    }
    if i == 0 && j == data.len() {
        return Ok(unchanged(vm, s, data));
    }
    Ok(same_kind(vm, s, data[i..j].to_vec()))
}

fn b_strip(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    strip_bytes(vm, args, "strip", true, true)
}

fn b_lstrip(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    strip_bytes(vm, args, "lstrip", true, false)
}

fn b_rstrip(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    strip_bytes(vm, args, "rstrip", false, true)
}

fn b_replace(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (s, data) = self_data(vm, args, "replace")?;
    let q = qual(vm, s, "replace");
    let rest = clinic_pos(vm, args, &q, "replace", 2, 3)?;
    let old = buffer_arg(vm, rest[0])?;
    let new = buffer_arg(vm, rest[1])?;
    let count = match rest.get(2) {
        Some(&v) => arg_index(vm, v)?,
        None => -1,
    };
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let n = count_bytes(&data, &old, 0, data.len(), max);
    if n == 0 || (old.is_empty() && new.is_empty()) {
        return Ok(unchanged(vm, s, data));
    }
    vm.check_memory((data.len() + n * new.len()) as u64)?;
    let mut out = Vec::new();
    let mut done = 0;
    if old.is_empty() {
        for &b in &data {
            if done < n {
                out.extend_from_slice(&new);
                done += 1;
            }
            out.push(b);
        }
        if done < n {
            out.extend_from_slice(&new);
        }
    } else {
        let mut i = 0;
        while i < data.len() {
            if done < n && data.get(i..i + old.len()) == Some(old.as_slice()) {
                out.extend_from_slice(&new);
                i += old.len();
                done += 1;
            } else {
                out.push(data[i]);
                i += 1;
            }
        }
    }
    Ok(if is_bytearray(vm, s) {
        new_bytearray(vm, out)
    } else {
        fresh_bytes(vm, out)
    })
}

fn find_impl(vm: &mut Vm, args: &Args, name: &str, reverse: bool, raise: bool) -> PyResult<ObjId> {
    let (s, data) = self_data(vm, args, name)?;
    let q = qual(vm, s, name);
    let rest = tuple_pos(vm, args, &q, name, 1, 3)?;
    let sub = sub_arg(vm, rest[0])?;
    let (start, end) = start_end(vm, rest)?;
    let (a, b) = adjust_indices(start, end, data.len());
    let found = if a > b {
        None
    } else if reverse {
        rfind_bytes(&data, &sub, a as usize, b as usize)
    } else {
        find_bytes(&data, &sub, a as usize, b as usize)
    };
    match found {
        Some(i) => Ok(vm.new_int(i as i64)),
        None if raise => Err(vm.value_error("subsection not found")),
        None => Ok(vm.new_int(-1)),
    }
}

fn b_find(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    find_impl(vm, args, "find", false, false)
}

fn b_rfind(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    find_impl(vm, args, "rfind", true, false)
}

fn b_index(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    find_impl(vm, args, "index", false, true)
}

fn b_rindex(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    find_impl(vm, args, "rindex", true, true)
}

fn b_count(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (s, data) = self_data(vm, args, "count")?;
    let q = qual(vm, s, "count");
    let rest = tuple_pos(vm, args, &q, "count", 1, 3)?;
    let sub = sub_arg(vm, rest[0])?;
    let (start, end) = start_end(vm, rest)?;
    let (a, b) = adjust_indices(start, end, data.len());
    let n = if a > b {
        0
    } else {
        count_bytes(&data, &sub, a as usize, b as usize, usize::MAX)
    };
    Ok(vm.new_int(n as i64))
}

fn tailmatch(vm: &mut Vm, args: &Args, name: &str, end_side: bool) -> PyResult<ObjId> {
    let (s, data) = self_data(vm, args, name)?;
    let q = qual(vm, s, name);
    let rest = tuple_pos(vm, args, &q, name, 1, 3)?;
    let (start, end) = start_end(vm, rest)?;
    let subject = rest[0];
    let candidates: Vec<ObjId> = match vm.heap.payload(subject) {
        Payload::Tuple(t) => t.clone(),
        _ => vec![subject],
    };
    let in_tuple = matches!(vm.heap.payload(subject), Payload::Tuple(_));
    for c in candidates {
        let Some(sub) = bytes_data(vm, c) else {
            let tn = vm.type_name_of(c);
            let msg = if in_tuple {
                format!("a bytes-like object is required, not '{tn}'")
            } else {
                format!("{name} first arg must be bytes or a tuple of bytes, not {tn}")
            };
            return Err(vm.type_error(&msg));
        };
        let (a, b) = adjust_indices(start, end, data.len());
        let e2 = b - sub.len() as i64;
        if e2 < a {
            continue;
        }
        let at = if end_side { e2 } else { a } as usize;
        if data.get(at..at + sub.len()) == Some(sub.as_slice()) {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}

fn b_startswith(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    tailmatch(vm, args, "startswith", false)
}

fn b_endswith(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    tailmatch(vm, args, "endswith", true)
}

fn map_bytes(vm: &mut Vm, args: &Args, name: &str, f: fn(u8) -> u8) -> PyResult<ObjId> {
    let (s, data) = self_data(vm, args, name)?;
    let q = qual(vm, s, name);
    no_args(vm, args, &q)?;
    let out: Vec<u8> = data.into_iter().map(f).collect();
    Ok(if is_bytearray(vm, s) {
        new_bytearray(vm, out)
    } else {
        fresh_bytes(vm, out)
    })
}

fn b_upper(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    map_bytes(vm, args, "upper", |b| b.to_ascii_uppercase())
}

fn b_lower(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    map_bytes(vm, args, "lower", |b| b.to_ascii_lowercase())
}

fn test_bytes(vm: &mut Vm, args: &Args, name: &str, f: fn(&u8) -> bool) -> PyResult<ObjId> {
    let (s, data) = self_data(vm, args, name)?;
    let q = qual(vm, s, name);
    no_args(vm, args, &q)?;
    Ok(vm.new_bool(!data.is_empty() && data.iter().all(f)))
}

fn b_isdigit(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    test_bytes(vm, args, "isdigit", u8::is_ascii_digit)
}

fn b_isalpha(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    test_bytes(vm, args, "isalpha", u8::is_ascii_alphabetic)
}

fn b_isalnum(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    test_bytes(vm, args, "isalnum", u8::is_ascii_alphanumeric)
}

fn b_isspace(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    test_bytes(vm, args, "isspace", |b| is_space_byte(*b))
}

fn b_isascii(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (s, data) = self_data(vm, args, "isascii")?;
    let q = qual(vm, s, "isascii");
    no_args(vm, args, &q)?;
    Ok(vm.new_bool(data.is_ascii()))
}

fn b_partition(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    partition_impl(vm, args, "partition", false)
}

fn b_rpartition(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    partition_impl(vm, args, "rpartition", true)
}

/// partition/rpartition (stringlib/partition.h).
fn partition_impl(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<ObjId> {
    let (s, data) = self_data(vm, args, name)?;
    let q = qual(vm, s, name);
    let sep_id = one_arg(vm, args, &q)?;
    let sep = buffer_arg(vm, sep_id)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let pos = if reverse {
        rfind_bytes(&data, &sep, 0, data.len())
    } else {
        find_bytes(&data, &sep, 0, data.len())
    };
    let items = match pos {
        None => {
            let me = unchanged(vm, s, data.clone());
            let e1 = same_kind(vm, s, Vec::new());
            let e2 = same_kind(vm, s, Vec::new());
            if reverse {
                vec![e1, e2, me]
            } else {
                vec![me, e1, e2]
            }
        }
        Some(p) => {
            let head = same_kind(vm, s, data[..p].to_vec());
            let mid = if vm.heap.type_of(sep_id) == vm.types.bytes && !is_bytearray(vm, s) {
                vm.incref(sep_id)
            } else {
                same_kind(vm, s, sep.clone())
            };
            let tail = same_kind(vm, s, data[p + sep.len()..].to_vec());
            vec![head, mid, tail]
        }
    };
    Ok(vm.new_tuple(items))
}

// ----- bytearray mutators -----

fn ba_data_mut(vm: &mut Vm, id: ObjId) -> Option<ByteArrayMut<'_>> {
    match vm.heap.payload_mut(id) {
        Payload::ByteArray(b) => Some(b.data_mut()),
        _ => None,
    }
}

fn ba_self(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjId> {
    match args.args.first() {
        Some(&s) if is_bytearray(vm, s) => Ok(s),
        Some(&s) => {
            let tn = vm.type_name_of(s);
            Err(vm.type_error(&format!(
                "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{tn}' object"
            )))
        }
        None => Err(vm.type_error(&format!(
            "unbound method bytearray.{name}() needs an argument"
        ))),
    }
}

fn ba_append(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = ba_self(vm, args, "append")?;
    let v = one_arg(vm, args, "bytearray.append")?;
    let b = byte_value(vm, v)?;
    vm.check_memory(1)?;
    if let Some(mut d) = ba_data_mut(vm, s) {
        d.push(b);
    }
    Ok(vm.new_none())
}

fn ba_extend(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = ba_self(vm, args, "extend")?;
    let v = one_arg(vm, args, "bytearray.extend")?;
    let more = match bytes_data(vm, v) {
        Some(d) => d,
        None => {
            if matches!(vm.heap.payload(v), Payload::Str(_)) {
                return Err(vm.type_error("expected iterable of integers; got: 'str'"));
            }
            match vm.get_iter(v) {
                Ok(it) => {
                    vm.decref(it);
                    ints_to_bytes(vm, v, "byte must be in range(0, 256)")?
                }
                Err(PyErr::Exception(e)) if vm.isinstance_of(e, vm.types.type_error) => {
                    vm.decref(e);
                    let tn = vm.type_name_of(v);
                    return Err(vm.type_error(&format!("can't extend bytearray with {tn}")));
                }
                Err(e) => return Err(e),
            }
        }
    };
    vm.check_memory(more.len() as u64)?;
    if let Some(mut d) = ba_data_mut(vm, s) {
        d.extend(more);
    }
    Ok(vm.new_none())
}

fn ba_pop(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = ba_self(vm, args, "pop")?;
    let rest = clinic_pos(vm, args, "bytearray.pop", "pop", 0, 1)?;
    let i = match rest.first() {
        Some(&v) => arg_index(vm, v)?,
        None => -1,
    };
    let len = bytes_data(vm, s).map_or(0, |d| d.len()) as i64;
    if len == 0 {
        return Err(vm.new_error_msg(vm.types.index_error, "pop from empty bytearray"));
    }
    let idx = if i < 0 { i + len } else { i };
    if idx < 0 || idx >= len {
        return Err(vm.new_error_msg(vm.types.index_error, "pop index out of range"));
    }
    let b = ba_data_mut(vm, s).map_or(0, |mut d| d.remove(idx as usize));
    Ok(vm.new_int(b as i64))
}

fn ba_clear(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = ba_self(vm, args, "clear")?;
    no_args(vm, args, "bytearray.clear")?;
    if let Some(mut d) = ba_data_mut(vm, s) {
        d.clear();
    }
    Ok(vm.new_none())
}

// Objects/bytearrayobject.c: bytearray_reduce_impl (protocol 0).
fn bytearray_reduce(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = ba_self(vm, args, "__reduce__")?;
    bytearray_common_reduce(vm, s, 0)
}

// Objects/bytearrayobject.c: bytearray_reduce_ex_impl.
fn bytearray_reduce_ex(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = ba_self(vm, args, "__reduce_ex__")?;
    let rest = clinic_pos(vm, args, "bytearray.__reduce_ex__", "__reduce_ex__", 0, 1)?;
    let proto = match rest.first() {
        Some(&p) => arg_index(vm, p)?,
        None => 0,
    };
    bytearray_common_reduce(vm, s, proto)
}

// Objects/bytearrayobject.c: _common_reduce — `(type(b), (bytes(b),), state)` from
// protocol 3, `(type(b), (latin-1 text, 'latin-1'), state)` before, `(type(b), (), state)`
// when empty.
fn bytearray_common_reduce(vm: &mut Vm, s: ObjId, proto: i64) -> PyResult<ObjId> {
    let state = super::types::py_object_get_state(vm, s)?;
    let data = bytes_data(vm, s).unwrap_or_default();
    let args = if data.is_empty() {
        vm.incref(vm.empty_tuple)
    } else if proto < 3 {
        let text: String = data.iter().map(|&b| char::from(b)).collect();
        let text = vm.new_str_owned(text);
        let encoding = vm.new_str("latin-1");
        vm.new_tuple(vec![text, encoding])
    } else {
        let b = vm.new_bytes(&data);
        vm.new_tuple(vec![b])
    };
    let ty = vm.incref(vm.heap.type_of(s));
    Ok(vm.new_tuple(vec![ty, args, state]))
}

fn ba_copy(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = ba_self(vm, args, "copy")?;
    no_args(vm, args, "bytearray.copy")?;
    let d = bytes_data(vm, s).unwrap_or_default();
    Ok(new_bytearray(vm, d))
}

fn ba_reverse(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = ba_self(vm, args, "reverse")?;
    no_args(vm, args, "bytearray.reverse")?;
    if let Some(mut d) = ba_data_mut(vm, s) {
        d.reverse();
    }
    Ok(vm.new_none())
}

fn ba_insert(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = ba_self(vm, args, "insert")?;
    let rest = clinic_pos(vm, args, "bytearray.insert", "insert", 2, 2)?;
    let i = arg_index(vm, rest[0])?;
    let b = byte_value(vm, rest[1])?;
    if let Some(mut d) = ba_data_mut(vm, s) {
        let len = d.len() as i64;
        let idx = if i < 0 { (i + len).max(0) } else { i.min(len) };
        d.insert(idx as usize, b);
    }
    Ok(vm.new_none())
}

fn ba_remove(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = ba_self(vm, args, "remove")?;
    let v = one_arg(vm, args, "bytearray.remove")?;
    let b = byte_value(vm, v)?;
    let pos = bytes_data(vm, s).and_then(|d| d.iter().position(|&x| x == b));
    match pos {
        Some(p) => {
            if let Some(mut d) = ba_data_mut(vm, s) {
                d.remove(p);
            }
            Ok(vm.new_none())
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn ba_setitem_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = ba_self(vm, args, "__setitem__")?;
    let rest = clinic_pos(vm, args, "bytearray.__setitem__", "__setitem__", 2, 2)?;
    bytearray_setitem(vm, s, rest[0], Some(rest[1]))?;
    Ok(vm.new_none())
}

fn affix_bytes(vm: &mut Vm, args: &Args, name: &str, suffix: bool) -> PyResult<ObjId> {
    let (s, data) = self_data(vm, args, name)?;
    let q = qual(vm, s, name);
    let a = one_arg(vm, args, &q)?;
    let affix = buffer_arg(vm, a)?;
    if !affix.is_empty() {
        if !suffix && data.starts_with(&affix) {
            return Ok(same_kind(vm, s, data[affix.len()..].to_vec()));
        }
        if suffix && data.ends_with(&affix) {
            return Ok(same_kind(vm, s, data[..data.len() - affix.len()].to_vec()));
        }
    }
    Ok(unchanged(vm, s, data))
}

fn b_removeprefix(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    affix_bytes(vm, args, "removeprefix", false)
}

fn b_removesuffix(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    affix_bytes(vm, args, "removesuffix", true)
}

/// center/ljust/rjust/zfill of bytes (`pad` in stringlib/transmogrify.h).
fn pad_bytes(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjId> {
    let (s, data) = self_data(vm, args, name)?;
    let q = qual(vm, s, name);
    let rest = if name == "zfill" {
        let w = one_arg(vm, args, &q)?;
        vec![w]
    } else {
        clinic_pos(vm, args, &q, name, 1, 2)?.to_vec()
    };
    let width = arg_index(vm, rest[0])?;
    let fill = match rest.get(1) {
        None => b' ',
        Some(&f) => match bytes_data(vm, f) {
            Some(d) if d.len() == 1 => d[0],
            _ => {
                let tn = vm.type_name_of(f);
                return Err(vm.type_error(&format!(
                    "{name}() argument 2 must be a byte string of length 1, not {tn}"
                )));
            }
        },
    };
    let len = data.len() as i64;
    if len >= width {
        return Ok(unchanged(vm, s, data));
    }
    vm.check_memory(width as u64)?;
    let marg = (width - len) as usize;
    let mut out = Vec::with_capacity(width as usize);
    match name {
        "ljust" => {
            out.extend_from_slice(&data);
            out.resize(width as usize, fill);
        }
        "rjust" => {
            out.resize(marg, fill);
            out.extend_from_slice(&data);
        }
        "zfill" => {
            out.resize(marg, b'0');
            out.extend_from_slice(&data);
            if let Some(&c) = out.get(marg) {
                if c == b'+' || c == b'-' {
                    out[0] = c;
                    out[marg] = b'0';
                }
            }
        }
        _ => {
            let left = marg / 2 + (marg & width as usize & 1);
            out.resize(left, fill);
            out.extend_from_slice(&data);
            out.resize(width as usize, fill);
        }
    }
    Ok(if is_bytearray(vm, s) {
        new_bytearray(vm, out)
    } else {
        fresh_bytes(vm, out)
    })
}

fn b_center(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    pad_bytes(vm, args, "center")
}

fn b_ljust(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    pad_bytes(vm, args, "ljust")
}

fn b_rjust(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    pad_bytes(vm, args, "rjust")
}

fn b_zfill(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    pad_bytes(vm, args, "zfill")
}

fn b_expandtabs(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (s, data) = self_data(vm, args, "expandtabs")?;
    let p = clinic_kw(vm, args, "expandtabs", &["tabsize"], 1)?;
    let tabsize = match p[0] {
        Some(v) => arg_index(vm, v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(data.len());
    let mut col: i64 = 0;
    for &b in &data {
        if b == b'\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                vm.check_memory((out.len() as u64).saturating_add(incr as u64))?;
                out.resize(out.len() + incr as usize, b' ');
                col += incr;
            }
        } else {
            out.push(b);
            col += 1;
            if b == b'\n' || b == b'\r' {
                col = 0;
            }
        }
    }
    if out == data {
        return Ok(unchanged(vm, s, data));
    }
    Ok(same_kind(vm, s, out))
}

fn b_splitlines(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (s, data) = self_data(vm, args, "splitlines")?;
    let p = clinic_kw(vm, args, "splitlines", &["keepends"], 1)?;
    let keepends = match p[0] {
        Some(v) => arg_index(vm, v)? != 0,
        None => false,
    };
    let mut pieces = Vec::new();
    let (mut i, mut j) = (0, 0);
    let n = data.len();
    while i < n {
        while i < n && data[i] != b'\n' && data[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if data[i] == b'\r' && data.get(i + 1) == Some(&b'\n') {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        pieces.push(data[j..eol].to_vec());
        j = i;
    }
    Ok(make_list(vm, s, pieces))
}

fn b_title(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (s, data) = self_data(vm, args, "title")?;
    let q = qual(vm, s, "title");
    no_args(vm, args, &q)?;
    let mut prev_cased = false;
    let out: Vec<u8> = data
        .iter()
        .map(|&b| {
            let r = if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev_cased = b.is_ascii_alphabetic();
            r
        })
        .collect();
    Ok(if is_bytearray(vm, s) {
        new_bytearray(vm, out)
    } else {
        fresh_bytes(vm, out)
    })
}

fn b_capitalize(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (s, data) = self_data(vm, args, "capitalize")?;
    let q = qual(vm, s, "capitalize");
    no_args(vm, args, &q)?;
    let out: Vec<u8> = data
        .iter()
        .enumerate()
        .map(|(i, &b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(if is_bytearray(vm, s) {
        new_bytearray(vm, out)
    } else {
        fresh_bytes(vm, out)
    })
}

fn b_swapcase(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    map_bytes(vm, args, "swapcase", |b| {
        if b.is_ascii_uppercase() {
            b.to_ascii_lowercase()
        } else {
            b.to_ascii_uppercase()
        }
    })
}

fn case_test(vm: &mut Vm, args: &Args, name: &str, upper: bool) -> PyResult<ObjId> {
    let (s, data) = self_data(vm, args, name)?;
    let q = qual(vm, s, name);
    no_args(vm, args, &q)?;
    let (up, low) = (
        data.iter().any(u8::is_ascii_uppercase),
        data.iter().any(u8::is_ascii_lowercase),
    );
    let r = if upper { up && !low } else { low && !up };
    Ok(vm.new_bool(r))
}

fn b_isupper(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    case_test(vm, args, "isupper", true)
}

fn b_islower(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    case_test(vm, args, "islower", false)
}

fn b_istitle(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (s, data) = self_data(vm, args, "istitle")?;
    let q = qual(vm, s, "istitle");
    no_args(vm, args, &q)?;
    let (mut cased, mut prev) = (false, false);
    for &b in &data {
        if b.is_ascii_uppercase() {
            if prev {
                return Ok(vm.new_bool(false));
            }
            prev = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev {
                return Ok(vm.new_bool(false));
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    Ok(vm.new_bool(cased))
}

fn b_getnewargs(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (_, data) = self_data(vm, args, "__getnewargs__")?;
    no_args(vm, args, "bytes.__getnewargs__")?;
    let copy = new_bytes_shared(vm, &data);
    Ok(vm.new_tuple(vec![copy]))
}

/// `bytes.__bytes__`: the object itself, or an exact copy of a subclass instance.
fn b_dunder_bytes(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (s, data) = self_data(vm, args, "__bytes__")?;
    no_args(vm, args, "bytes.__bytes__")?;
    Ok(unchanged(vm, s, data))
}

/// `bytes.maketrans(frm, to)`: a 256-byte translation table.
fn b_maketrans(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let rest = clinic_pos(vm, args, "maketrans", "maketrans", 2, 2)?;
    let frm = buffer_arg(vm, rest[0])?;
    let to = buffer_arg(vm, rest[1])?;
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (&f, &t) in frm.iter().zip(&to) {
        table[f as usize] = t;
    }
    Ok(fresh_bytes(vm, table))
}

/// `bytes.translate(table, /, delete=b'')`.
fn b_translate(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (s, data) = self_data(vm, args, "translate")?;
    let p = clinic_kw(vm, args, "translate", &["table", "delete"], 1)?;
    let Some(table_id) = p[0] else {
        return Err(vm.type_error("translate() takes at least 1 argument (0 given)"));
    };
    let table = if table_id == vm.none {
        None
    } else {
        let t = buffer_arg(vm, table_id)?;
        if t.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = match p[1] {
        Some(d) => buffer_arg(vm, d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    if out == data && table.is_none() {
        return Ok(unchanged(vm, s, data));
    }
    Ok(if is_bytearray(vm, s) {
        new_bytearray(vm, out)
    } else {
        new_bytes_shared(vm, &out)
    })
}

/// `bytearray += x` and `bytearray *= n` in place (`bytearray_iconcat`, `bytearray_irepeat`):
/// the object itself (new reference), or None when `a` is not a bytearray. For the in-place
/// operator protocol.
pub fn bytearray_inplace(vm: &mut Vm, a: ObjId, b: ObjId, op: BinOp) -> PyResult<Option<ObjId>> {
    if !is_bytearray(vm, a) {
        return Ok(None);
    }
    match op {
        BinOp::Add => {
            let Some(more) = bytes_data(vm, b) else {
                let tn = vm.type_name_of(b);
                return Err(vm.type_error(&format!("can't concat {tn} to bytearray")));
            };
            vm.check_memory(more.len() as u64)?;
            if let Some(mut d) = ba_data_mut(vm, a) {
                d.extend(more);
            }
        }
        BinOp::Mult => {
            let n = match number_index(vm, b)? {
                Some(Index::Small(n)) => n.max(0),
                Some(Index::Huge(true)) => 0,
                Some(Index::Huge(false)) => {
                    return Err(vm.new_error(vm.types.memory_error, None));
                }
                None => {
                    let tn = vm.type_name_of(b);
                    return Err(vm.type_error(&format!(
                        "can't multiply sequence by non-int of type '{tn}'"
                    )));
                }
            };
            let len = bytes_data(vm, a).map_or(0, |d| d.len());
            vm.check_memory((len as u64).saturating_mul(n as u64))?;
            if let Some(mut d) = ba_data_mut(vm, a) {
                *d = d.repeat(n as usize);
            }
        }
        _ => return Ok(None),
    }
    Ok(Some(vm.incref(a)))
}

fn ba_iadd_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = ba_self(vm, args, "__iadd__")?;
    let v = one_arg(vm, args, "bytearray.__iadd__")?;
    bytearray_inplace(vm, s, v, BinOp::Add).map(|r| r.unwrap_or_else(|| vm.incref(s)))
}

fn ba_imul_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = ba_self(vm, args, "__imul__")?;
    let v = one_arg(vm, args, "bytearray.__imul__")?;
    match number_index(vm, v)? {
        Some(_) => {
            bytearray_inplace(vm, s, v, BinOp::Mult).map(|r| r.unwrap_or_else(|| vm.incref(s)))
        }
        None => {
            let tn = vm.type_name_of(v);
            Err(vm.type_error(&format!(
                "'{tn}' object cannot be interpreted as an integer"
            )))
        }
    }
}

fn ba_delitem_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = ba_self(vm, args, "__delitem__")?;
    let key = one_arg(vm, args, "bytearray.__delitem__")?;
    bytearray_setitem(vm, s, key, None)?;
    Ok(vm.new_none())
}

/// `bytearray.__alloc__`: the allocated size (the data plus its terminator; 0 when empty).
fn ba_alloc_method(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = ba_self(vm, args, "__alloc__")?;
    no_args(vm, args, "bytearray.__alloc__")?;
    let len = bytes_data(vm, s).map_or(0, |d| d.len());
    Ok(vm.new_int(if len == 0 { 0 } else { len as i64 + 1 }))
}
