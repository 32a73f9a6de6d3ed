//! `_string` (Objects/stringlib/unicode_format.h `formatteriterator`, `fieldnameiterator`),
//! the helpers Lib/string.py's `Formatter` uses.

use std::rc::Rc;

use crate::builtins::add_function;
use crate::builtins::str::{get_integer, markup_next, str_text};
use crate::heap::{BuiltinObj, IterObj, ListObj, NativeFn, ObjId, Payload};
use crate::vm::{Args, PyResult, Vm};

/// Fills the `_string` module.
pub fn init_string_helpers(vm: &mut Vm, d: ObjId) -> PyResult<()> {
    add_function(vm, d, "formatter_parser", formatter_parser);
    add_function(
        vm,
        d,
        "formatter_field_name_split",
        formatter_field_name_split,
    );
    Ok(())
}

/// A lazy iterator whose `next` calls `step` with a state list `[text, position]` (errors
/// surface while iterating, as with CPython's parser iterators).
fn stepping_iterator(vm: &mut Vm, text: ObjId, name: &'static str, step: NativeFn) -> ObjId {
    let t = vm.incref(text);
    let zero = vm.new_int(0);
    let list_ty = vm.types.list;
    let state = vm.alloc(
        list_ty,
        Payload::List(ListObj {
            items: vec![t, zero],
            allocated: 2,
        }),
    );
    let fn_ty = vm.types.builtin_function;
    let func = vm.alloc(
        fn_ty,
        Payload::Builtin(BuiltinObj {
            name,
            func: step,
            self_: Some(state),
            owner: None,
            class_method: false,
        }),
    );
    let sentinel = vm.new_none();
    let it_ty = vm.types.callable_iterator;
    vm.alloc(
        it_ty,
        Payload::Iterator(IterObj::Callable {
            func: Some(func),
            sentinel,
        }),
    )
}

/// The text and position held in a state list.
fn state_of(vm: &Vm, state: ObjId) -> (Rc<str>, usize) {
    let Payload::List(l) = vm.heap.payload(state) else {
        return (Rc::from(""), 0);
    };
    let text = l
        .items
        .first()
        .and_then(|&t| str_text(vm, t))
        .unwrap_or_else(|| Rc::from(""));
    let pos = match l.items.get(1).map(|&p| vm.heap.payload(p)) {
        Some(Payload::Int(i)) => *i as usize,
        _ => 0,
    };
    (text, pos)
}

fn set_pos(vm: &mut Vm, state: ObjId, pos: usize) {
    let new = vm.new_int(pos as i64);
    let old = match vm.heap.payload_mut(state) {
        Payload::List(l) => l.items.get_mut(1).map(|slot| std::mem::replace(slot, new)),
        _ => None,
    };
    match old {
        Some(o) => vm.decref(o),
        None => vm.decref(new),
    }
}

fn stop_iteration(vm: &mut Vm) -> crate::vm::PyErr {
    vm.new_error(vm.types.stop_iteration, None)
}

fn piece(vm: &mut Vm, chars: &[char], (a, b): (usize, usize)) -> ObjId {
    vm.new_str_owned(chars.get(a..b).unwrap_or(&[]).iter().collect())
}

/// `_string.formatter_parser(s)`: (literal, field_name, format_spec, conversion) tuples.
fn formatter_parser(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = match args.args.as_slice() {
        [s] if str_text(vm, *s).is_some() => *s,
        [other] => {
            let tn = vm.type_name_of(*other);
            return Err(vm.type_error(&format!("expected str, got {tn}")));
        }
        _ => {
            let n = args.args.len();
            return Err(vm.type_error(&format!(
                "formatter_parser() takes exactly one argument ({n} given)"
            )));
        }
    };
    Ok(stepping_iterator(
        vm,
        s,
        "formatter_parser_next",
        parser_step,
    ))
}

/// `formatteriter_next`.
fn parser_step(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&state) = args.args.first() else {
        return Err(stop_iteration(vm));
    };
    let (text, mut pos) = state_of(vm, state);
    let chars: Vec<char> = text.chars().collect();
    let Some(m) = markup_next(vm, &chars, &mut pos)? else {
        return Err(stop_iteration(vm));
    };
    set_pos(vm, state, pos);
    let literal = piece(vm, &chars, m.literal);
    let (name, spec, conv) = match m.field {
        None => (vm.new_none(), vm.new_none(), vm.new_none()),
        Some(f) => {
            let name = piece(vm, &chars, f.name);
            let spec = piece(vm, &chars, f.spec);
            let conv = match f.conversion {
                Some(c) => vm.new_str_owned(c.to_string()),
                None => vm.new_none(),
            };
            (name, spec, conv)
        }
    };
    Ok(vm.new_tuple(vec![literal, name, spec, conv]))
}

/// `_string.formatter_field_name_split(name)`: (first, iterator of (is_attr, key)).
fn formatter_field_name_split(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let s = match args.args.as_slice() {
        [s] if str_text(vm, *s).is_some() => *s,
        [other] => {
            let tn = vm.type_name_of(*other);
            return Err(vm.type_error(&format!("expected str, got {tn}")));
        }
        _ => {
            let n = args.args.len();
            return Err(vm.type_error(&format!(
                "formatter_field_name_split() takes exactly one argument ({n} given)"
            )));
        }
    };
    let text = str_text(vm, s).unwrap_or_else(|| Rc::from(""));
    let chars: Vec<char> = text.chars().collect();
    let first_end = chars
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(chars.len());
    let first_chars = chars.get(..first_end).unwrap_or(&[]);
    let first = match get_integer(vm, first_chars)? {
        Some(i) => vm.new_int(i as i64),
        None => vm.new_str_owned(first_chars.iter().collect()),
    };
    let rest_text = vm.new_str_owned(chars.get(first_end..).unwrap_or(&[]).iter().collect());
    let it = stepping_iterator(vm, rest_text, "fieldnameiterator_next", field_step);
    vm.decref(rest_text);
    Ok(vm.new_tuple(vec![first, it]))
}

/// `FieldNameIterator_next`.
fn field_step(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&state) = args.args.first() else {
        return Err(stop_iteration(vm));
    };
    let (text, mut pos) = state_of(vm, state);
    let chars: Vec<char> = text.chars().collect();
    let Some(&c) = chars.get(pos) else {
        return Err(stop_iteration(vm));
    };
    pos += 1;
    let start = pos;
    let is_attr = match c {
        '.' => {
            while pos < chars.len() && chars[pos] != '.' && chars[pos] != '[' {
                pos += 1;
            }
            true
        }
        '[' => {
            while pos < chars.len() && chars[pos] != ']' {
                pos += 1;
            }
            if pos >= chars.len() {
                return Err(vm.value_error("Missing ']' in format string"));
            }
            false
        }
        _ => return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier")),
    };
    let name = chars.get(start..pos).unwrap_or(&[]);
    let end = if is_attr { pos } else { pos + 1 };
    let key = if is_attr {
        None
    } else {
        get_integer(vm, name)?
    };
    if name.is_empty() {
        return Err(vm.value_error("Empty attribute in format string"));
    }
    let key = match key {
        Some(i) => vm.new_int(i as i64),
        None => vm.new_str_owned(name.iter().collect()),
    };
    set_pos(vm, state, end);
    let flag = vm.new_bool(is_attr);
    Ok(vm.new_tuple(vec![flag, key]))
}
