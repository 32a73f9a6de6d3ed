//! The `string` module: Lib/string.py's constants, `capwords` and `Formatter`, as Python
//! source (so that the constants are module globals built by running code and the functions
//! are Python functions, as in CPython); `Template`, which needs `re`, is not included. And
//! `_string` (Objects/stringlib/unicode_format.h `formatteriterator`, `fieldnameiterator`),
//! the helpers `Formatter` uses.

use std::rc::Rc;

use crate::builtins::add_function;
use crate::builtins::str::{get_integer, markup_next, str_text};
use crate::heap::{BuiltinObj, IterObj, ListObj, NativeFn, ObjId, Payload};
use crate::vm::{Args, PyResult, Vm};

/// The module source: Lib/string.py line for line, with the `Template` section (which
/// imports `re`) left as blank lines so that tracebacks point at CPython's line numbers.
pub const SOURCE: &str = r##""""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter"]

import _string

# Some strings for ctype-style character classification
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace

# Functions which aren't available as string methods.

# Capitalize the words in a string, e.g. " aBc  dEf " -> "Abc Def".
def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))

































































































































########################################################################
# the Formatter class
# see PEP 3101 for details and purpose of this class

# The hard parts are reused from the C implementation.  They're exposed as "_"
# prefixed methods of str.

# The overall parser is implemented in _string.formatter_parser.
# The field name parser is implemented in _string.formatter_field_name_split

class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):

            # output the literal text
            if literal_text:
                result.append(literal_text)

            # if there's a field, output it
            if field_name is not None:
                # this is some markup, find the object and do
                #  the formatting

                # handle arg indexing when empty field_names are given.
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    # disable auto arg incrementing, if it gets
                    # used later on, then an exception will be raised
                    auto_arg_index = False

                # given the field_name, find the object it references
                #  and the argument it came from
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)

                # do any conversion on the resulting object
                obj = self.convert_field(obj, conversion)

                # expand the format spec, if needed
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth-1,
                    auto_arg_index=auto_arg_index)

                # format the object and append to the result
                result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index


    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]


    def check_unused_args(self, used_args, args, kwargs):
        pass


    def format_field(self, value, format_spec):
        return format(value, format_spec)


    def convert_field(self, value, conversion):
        # do any conversion on the resulting object
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))


    # returns an iterable that contains tuples of the form:
    # (literal_text, field_name, format_spec, conversion)
    # literal_text can be zero length
    # field_name can be None, in which case there's no
    #  object to format and output
    # if field_name is not None, it is looked up, formatted
    #  with format_spec and conversion and then used
    def parse(self, format_string):
        return _string.formatter_parser(format_string)


    # given a field_name, find the object it references.
    #  field_name:   the field being looked up, e.g. "0.name"
    #                 or "lookup[3]"
    #  used_args:    a set of which args have been used
    #  args, kwargs: as passed in to vformat
    def get_field(self, field_name, args, kwargs):
        first, rest = _string.formatter_field_name_split(field_name)

        obj = self.get_value(first, args, kwargs)

        # loop through the rest of the field_name, doing
        #  getattr or getitem as needed
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]

        return obj, first
"##;

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
