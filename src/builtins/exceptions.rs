//! The methods and attributes of the builtin exceptions (Objects/exceptions.c):
//! `BaseException.__new__`/`__init__` (the `args` tuple), `__str__`, `__repr__`,
//! `with_traceback`, `add_note`, the settable `args`/`__cause__`/`__context__`, and the extra
//! fields of StopIteration, SystemExit, ImportError, NameError, AttributeError and OSError.

use crate::heap::{ObjId, Payload};
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::types::add_getset;
use super::{add_method, set_str_item, type_dict};

pub fn install(vm: &mut Vm) {
    let base = vm.types.base_exception;
    add_method(vm, base, "__new__", base_exception_new);
    add_method(vm, base, "__init__", base_exception_init);
    add_method(vm, base, "__str__", base_exception_str);
    add_method(vm, base, "__repr__", base_exception_repr);
    add_method(vm, base, "__reduce__", base_exception_reduce);
    add_method(vm, base, "__setstate__", base_exception_setstate);
    add_method(vm, base, "with_traceback", base_exception_with_traceback);
    add_method(vm, base, "add_note", base_exception_add_note);
    add_getset(vm, base, "args", get_args, Some(set_args));
    add_getset(
        vm,
        base,
        "__traceback__",
        get_traceback,
        Some(set_traceback),
    );
    add_getset(vm, base, "__context__", get_context, Some(set_context));
    add_getset(vm, base, "__cause__", get_cause, Some(set_cause));
    add_getset(
        vm,
        base,
        "__suppress_context__",
        get_suppress_context,
        Some(set_suppress_context),
    );
    add_getset(
        vm,
        base,
        "__dict__",
        super::types::subtype_dict_get,
        Some(super::types::subtype_dict_set),
    );
    let doc = vm.new_str("Common base class for all exceptions");
    set_str_item(vm, type_dict(vm, base), "__doc__", doc);
    vm.decref(doc);
    let key_error = vm.types.key_error;
    add_method(vm, key_error, "__str__", key_error_str);
    let stop = vm.types.stop_iteration;
    add_method(vm, stop, "__init__", stop_iteration_init);
    let exit = vm.types.system_exit;
    add_method(vm, exit, "__init__", system_exit_init);
    let import = vm.types.import_error;
    add_method(vm, import, "__init__", import_error_init);
    add_method(vm, import, "__str__", import_error_str);
    let name = vm.types.name_error;
    add_method(vm, name, "__init__", name_error_init);
    let attr = vm.types.attribute_error;
    add_method(vm, attr, "__init__", attribute_error_init);
    let syntax = vm.types.syntax_error;
    add_method(vm, syntax, "__init__", syntax_error_init);
    add_method(vm, syntax, "__str__", syntax_error_str);
    let os = vm.types.os_error;
    add_method(vm, os, "__new__", os_error_new);
    add_method(vm, os, "__init__", os_error_init);
    add_method(vm, os, "__str__", os_error_str);
}

/// The receiver of a method of `ty`: "descriptor 'x' requires a 'T' object but received a 'U'".
pub fn check_self(vm: &mut Vm, args: &Args, ty: ObjId, method: &str) -> PyResult<ObjId> {
    let tname = vm.type_name(ty);
    match args.args.first() {
        Some(&s) if vm.isinstance_of(s, ty) => Ok(s),
        Some(&s) => {
            let got = vm.type_name_of(s);
            Err(vm.type_error(&format!(
                "descriptor '{method}' requires a '{tname}' object but received a '{got}'"
            )))
        }
        None => Err(vm.type_error(&format!(
            "descriptor '{method}' of '{tname}' object needs an argument"
        ))),
    }
}

fn exc_self(vm: &mut Vm, args: &Args, method: &str) -> PyResult<ObjId> {
    check_self(vm, args, vm.types.base_exception, method)
}

/// Replaces the `args` tuple of an exception with `t` (owned).
fn replace_args(vm: &mut Vm, exc: ObjId, t: ObjId) {
    let old = match vm.heap.payload_mut(exc) {
        Payload::Exception(e) => std::mem::replace(&mut e.args, t),
        _ => t,
    };
    vm.decref(old);
}

/// Stores an instance attribute of an exception (the C struct fields CPython keeps).
fn set_field(vm: &mut Vm, exc: ObjId, name: &str, value: ObjId) -> PyResult<()> {
    let key = vm.intern_str(name);
    let r = vm.generic_setattr(exc, key, Some(value));
    vm.decref(key);
    r
}

fn args_tuple(vm: &Vm, exc: ObjId) -> Vec<ObjId> {
    match vm.heap.payload(exc) {
        Payload::Exception(e) => vm.tuple_items(Some(e.args)),
        _ => Vec::new(),
    }
}

/// `BaseException_new`: an instance of `cls` whose `args` are the positional arguments
/// (keywords are left to `__init__`).
fn base_exception_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&cls) = args.args.first() else {
        return Err(vm.type_error("BaseException.__new__(): not enough arguments"));
    };
    new_exception_of(vm, cls, &args.args[1..], "BaseException")
}

pub(super) fn new_exception_of(
    vm: &mut Vm,
    cls: ObjId,
    rest: &[ObjId],
    owner: &str,
) -> PyResult<ObjId> {
    if !matches!(vm.heap.payload(cls), Payload::Type(_)) {
        let tn = vm.type_name_of(cls);
        return Err(vm.type_error(&format!(
            "{owner}.__new__(X): X is not a type object ({tn})"
        )));
    }
    if !vm.is_subtype(cls, vm.types.base_exception) {
        let n = vm.type_name(cls);
        return Err(vm.type_error(&format!(
            "{owner}.__new__({n}): {n} is not a subtype of {owner}"
        )));
    }
    if vm.is_heap_type(cls) {
        let exc = vm.new_instance(cls)?;
        let t = vm.new_tuple_from(rest);
        replace_args(vm, exc, t);
        Ok(exc)
    } else {
        for &a in rest {
            vm.incref(a);
        }
        Ok(vm.new_exception(cls, rest.to_vec()))
    }
}

/// `BaseException_init`: `self.args = args`; no keyword arguments.
fn base_exception_init(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let exc = exc_self(vm, args, "__init__")?;
    no_keywords(vm, exc, args)?;
    // A class call hands `__new__` and `__init__` the same tuple (_PyObject_MakeTpCall's),
    // which `__new__` already stored: nothing new is allocated.
    if args_tuple(vm, exc) == args.args[1..] {
        return Ok(vm.new_none());
    }
    let t = vm.new_tuple_from(&args.args[1..]);
    replace_args(vm, exc, t);
    Ok(vm.new_none())
}

fn no_keywords(vm: &mut Vm, exc: ObjId, args: &Args) -> PyResult<()> {
    if args.kwargs.is_empty() {
        return Ok(());
    }
    let tn = vm.type_name_of(exc);
    Err(vm.type_error(&format!("{tn}() takes no keyword arguments")))
}

/// `BaseException_str`: '' / str(arg) / str(args).
fn base_exception_str(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let exc = exc_self(vm, args, "__str__")?;
    let items = args_tuple(vm, exc);
    match items.len() {
        0 => Ok(vm.new_str("")),
        1 => vm.str(items[0]),
        _ => {
            let t = match vm.heap.payload(exc) {
                Payload::Exception(e) => e.args,
                _ => vm.empty_tuple,
            };
            vm.str(t)
        }
    }
}

/// `KeyError_str`: the repr of a single argument.
fn key_error_str(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let exc = check_self(vm, args, vm.types.key_error, "__str__")?;
    let items = args_tuple(vm, exc);
    if items.len() == 1 {
        return vm.repr(items[0]);
    }
    base_exception_str(vm, args)
}

/// `BaseException_repr`: `ValueError('x')`, `ValueError(1, 2)`, `ValueError()`.
fn base_exception_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let exc = exc_self(vm, args, "__repr__")?;
    let name = vm.type_name_of(exc);
    let items = args_tuple(vm, exc);
    let inner = if items.len() == 1 {
        format!("({})", vm.repr_string(items[0])?)
    } else {
        let t = match vm.heap.payload(exc) {
            Payload::Exception(e) => e.args,
            _ => vm.empty_tuple,
        };
        vm.repr_string(t)?
    };
    Ok(vm.new_str_owned(format!("{name}{inner}")))
}

/// `BaseException_reduce`: `(type, args)` or `(type, args, __dict__)`.
fn base_exception_reduce(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let exc = exc_self(vm, args, "__reduce__")?;
    let ty = vm.heap.type_of(exc);
    let a = match vm.heap.payload(exc) {
        Payload::Exception(e) => e.args,
        _ => vm.empty_tuple,
    };
    let has_dict = match vm.heap.get(exc).attrs.as_deref() {
        Some(crate::heap::Attrs::Inline(v)) => !v.is_empty(),
        Some(crate::heap::Attrs::Dict(d)) => vm.len(*d)? > 0,
        None => false,
    };
    if has_dict {
        if let Some(d) = vm.instance_dict(exc) {
            vm.incref(ty);
            vm.incref(a);
            return Ok(vm.new_tuple(vec![ty, a, d]));
        }
    }
    Ok(vm.new_tuple_from(&[ty, a]))
}

/// `BaseException_setstate`: sets each item of the state dict as an attribute.
fn base_exception_setstate(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let exc = exc_self(vm, args, "__setstate__")?;
    let Some(&state) = args.args.get(1) else {
        return Err(vm.type_error("__setstate__() takes exactly one argument (0 given)"));
    };
    if state != vm.none {
        if !matches!(vm.heap.payload(state), Payload::Dict(_)) {
            return Err(vm.type_error("state is not a dictionary"));
        }
        for (k, v) in vm.dict_items(state) {
            vm.incref(k);
            vm.incref(v);
            let r = vm.setattr(exc, k, Some(v));
            vm.decref(k);
            vm.decref(v);
            r?;
        }
    }
    Ok(vm.new_none())
}

/// `BaseException_with_traceback`: sets `__traceback__`, returns self.
fn base_exception_with_traceback(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let exc = exc_self(vm, args, "with_traceback")?;
    if args.args.len() != 2 {
        let n = args.args.len() - 1;
        return Err(vm.type_error(&format!(
            "BaseException.with_traceback() takes exactly one argument ({n} given)"
        )));
    }
    set_traceback(vm, &Args::positional(vec![exc, args.args[1]]))?;
    Ok(vm.incref(exc))
}

/// `BaseException_add_note`: appends to the `__notes__` list (an instance attribute).
fn base_exception_add_note(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let exc = exc_self(vm, args, "add_note")?;
    let Some(&note) = args.args.get(1) else {
        return Err(vm.type_error("BaseException.add_note() takes exactly one argument (0 given)"));
    };
    if !matches!(vm.heap.payload(note), Payload::Str(_)) {
        let tn = vm.type_name_of(note);
        return Err(vm.type_error(&format!("note must be a str, not '{tn}'")));
    }
    let notes = match super::functions::lookup_attr(vm, exc, "__notes__")? {
        Some(n) => n,
        None => {
            let l = vm.new_list(Vec::new());
            if let Err(e) = set_field(vm, exc, "__notes__", l) {
                vm.decref(l);
                return Err(e);
            }
            l
        }
    };
    if !matches!(vm.heap.payload(notes), Payload::List(_)) {
        vm.decref(notes);
        return Err(vm.type_error("Cannot add note: __notes__ is not a list"));
    }
    vm.incref(note);
    vm.list_append_owned(notes, note);
    vm.decref(notes);
    Ok(vm.new_none())
}

// ----- the getset descriptors -----

macro_rules! getters {
    ($($f:ident => $name:literal),*) => {
        $(
            fn $f(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
                let exc = exc_self(vm, args, "__get__")?;
                vm.getattr_str(exc, $name)
            }
        )*
    };
}

getters!(
    get_args => "args",
    get_traceback => "__traceback__",
    get_context => "__context__",
    get_cause => "__cause__",
    get_suppress_context => "__suppress_context__"
);

fn setter_args(vm: &mut Vm, args: &Args, what: &str) -> PyResult<(ObjId, ObjId)> {
    let exc = exc_self(vm, args, what)?;
    match args.args.get(1) {
        Some(&v) => Ok((exc, v)),
        None => Err(vm.type_error(&format!("{what} may not be deleted"))),
    }
}

fn set_args(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (exc, v) = setter_args(vm, args, "args")?;
    let items = vm.collect_iterable(v)?;
    let t = vm.new_tuple(items);
    replace_args(vm, exc, t);
    Ok(vm.new_none())
}

fn set_traceback(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (exc, v) = setter_args(vm, args, "__traceback__")?;
    let tb = if v == vm.none {
        None
    } else if matches!(vm.heap.payload(v), Payload::Traceback { .. }) {
        Some(vm.incref(v))
    } else {
        return Err(vm.type_error("__traceback__ must be a traceback or None"));
    };
    let old = match vm.heap.payload_mut(exc) {
        Payload::Exception(e) => std::mem::replace(&mut e.traceback, tb),
        _ => tb,
    };
    vm.xdecref(old);
    Ok(vm.new_none())
}

fn exception_or_none(vm: &mut Vm, v: ObjId, what: &str) -> PyResult<Option<ObjId>> {
    if v == vm.none {
        Ok(None)
    } else if vm.isinstance_of(v, vm.types.base_exception) {
        Ok(Some(vm.incref(v)))
    } else {
        Err(vm.type_error(&format!(
            "exception {what} must be None or derive from BaseException"
        )))
    }
}

fn set_context(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (exc, v) = setter_args(vm, args, "__context__")?;
    let ctx = exception_or_none(vm, v, "context")?;
    let old = match vm.heap.payload_mut(exc) {
        Payload::Exception(e) => std::mem::replace(&mut e.context, ctx),
        _ => ctx,
    };
    vm.xdecref(old);
    Ok(vm.new_none())
}

/// Setting `__cause__` also sets `__suppress_context__`.
fn set_cause(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (exc, v) = setter_args(vm, args, "__cause__")?;
    let cause = exception_or_none(vm, v, "cause")?;
    let old = match vm.heap.payload_mut(exc) {
        Payload::Exception(e) => {
            e.suppress_context = true;
            std::mem::replace(&mut e.cause, cause)
        }
        _ => cause,
    };
    vm.xdecref(old);
    Ok(vm.new_none())
}

fn set_suppress_context(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let (exc, v) = setter_args(vm, args, "__suppress_context__")?;
    let b = vm.is_true(v)?;
    if let Payload::Exception(e) = vm.heap.payload_mut(exc) {
        e.suppress_context = b;
    }
    Ok(vm.new_none())
}

// ----- subclasses with extra fields -----

/// `StopIteration_init`: `value` is the first argument or None.
fn stop_iteration_init(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let exc = check_self(vm, args, vm.types.stop_iteration, "__init__")?;
    base_exception_init(vm, args)?;
    let value = args.args.get(1).copied().unwrap_or(vm.none);
    set_field(vm, exc, "value", value)?;
    Ok(vm.new_none())
}

/// `SystemExit_init`: `code` is None, the single argument, or the args tuple.
fn system_exit_init(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let exc = check_self(vm, args, vm.types.system_exit, "__init__")?;
    base_exception_init(vm, args)?;
    let code = match args.args.len() {
        1 => vm.new_none(),
        2 => vm.incref(args.args[1]),
        _ => vm.new_tuple_from(&args.args[1..]),
    };
    let r = set_field(vm, exc, "code", code);
    vm.decref(code);
    r?;
    Ok(vm.new_none())
}

/// Keyword arguments a constructor accepts: the value of each, in order.
fn take_kwargs(
    vm: &mut Vm,
    exc: ObjId,
    args: &Args,
    names: &[&str],
) -> PyResult<Vec<Option<ObjId>>> {
    for (k, _) in &args.kwargs {
        if !names.contains(&&**k) {
            let tn = vm.type_name_of(exc);
            return Err(vm.type_error(&format!("'{k}' is an invalid keyword argument for {tn}()")));
        }
    }
    Ok(names.iter().map(|n| args.kwarg(n)).collect())
}

fn positional_only(args: &Args) -> Args {
    Args::positional(args.args.clone())
}

/// `ImportError_init`: `msg` (the single argument), `name` and `path` keywords.
fn import_error_init(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let exc = check_self(vm, args, vm.types.import_error, "__init__")?;
    let kw = take_kwargs(vm, exc, args, &["name", "path"])?;
    base_exception_init(vm, &positional_only(args))?;
    let none = vm.none;
    let msg = if args.args.len() == 2 {
        args.args[1]
    } else {
        none
    };
    set_field(vm, exc, "msg", msg)?;
    set_field(vm, exc, "name", kw[0].unwrap_or(none))?;
    set_field(vm, exc, "path", kw[1].unwrap_or(none))?;
    Ok(vm.new_none())
}

/// `ImportError_str`: the message when there is one.
fn import_error_str(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let exc = check_self(vm, args, vm.types.import_error, "__str__")?;
    if let Some(m) = vm.instance_attr(exc, "msg") {
        if m != vm.none {
            return vm.str(m);
        }
    }
    base_exception_str(vm, args)
}

/// `NameError_init`: the `name` keyword.
fn name_error_init(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let exc = check_self(vm, args, vm.types.name_error, "__init__")?;
    let kw = take_kwargs(vm, exc, args, &["name"])?;
    base_exception_init(vm, &positional_only(args))?;
    let none = vm.none;
    set_field(vm, exc, "name", kw[0].unwrap_or(none))?;
    Ok(vm.new_none())
}

/// `AttributeError_init`: the `name` and `obj` keywords.
fn attribute_error_init(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let exc = check_self(vm, args, vm.types.attribute_error, "__init__")?;
    let kw = take_kwargs(vm, exc, args, &["name", "obj"])?;
    base_exception_init(vm, &positional_only(args))?;
    let none = vm.none;
    set_field(vm, exc, "name", kw[0].unwrap_or(none))?;
    set_field(vm, exc, "obj", kw[1].unwrap_or(none))?;
    Ok(vm.new_none())
}

/// `SyntaxError_init`: `SyntaxError(msg, (filename, lineno, offset, text, end_lineno,
/// end_offset))` sets each field.
fn syntax_error_init(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let exc = check_self(vm, args, vm.types.syntax_error, "__init__")?;
    base_exception_init(vm, args)?;
    let none = vm.none;
    let rest = &args.args[1..];
    let msg = rest.first().copied().unwrap_or(none);
    set_field(vm, exc, "msg", msg)?;
    let names = [
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
    ];
    let details = match rest.get(1) {
        Some(&info) if rest.len() == 2 => {
            let items = vm.collect_iterable(info)?;
            if !(4..=6).contains(&items.len()) {
                for i in items {
                    vm.decref(i);
                }
                return Err(vm.new_error_msg(vm.types.index_error, "tuple index out of range"));
            }
            items
        }
        _ => Vec::new(),
    };
    for (i, name) in names.iter().enumerate() {
        let v = details.get(i).copied().unwrap_or(none);
        set_field(vm, exc, name, v)?;
    }
    set_field(vm, exc, "print_file_and_line", none)?;
    for d in details {
        vm.decref(d);
    }
    Ok(vm.new_none())
}

/// `SyntaxError_str`: `msg (file, line N)` with the file's base name.
fn syntax_error_str(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let exc = check_self(vm, args, vm.types.syntax_error, "__str__")?;
    let none = vm.none;
    let msg = vm.instance_attr(exc, "msg").unwrap_or(none);
    let filename = vm
        .instance_attr(exc, "filename")
        .filter(|&f| matches!(vm.heap.payload(f), Payload::Str(_)))
        .map(|f| {
            let t = vm.str_of(f);
            t.rsplit('/').next().unwrap_or("").to_string()
        });
    let lineno = vm
        .instance_attr(exc, "lineno")
        .and_then(|l| match vm.heap.payload(l) {
            Payload::Int(i) if vm.heap.type_of(l) == vm.types.int => Some(*i),
            _ => None,
        });
    let m = vm.str_string(msg)?;
    let text = match (filename, lineno) {
        (None, None) => m,
        (Some(f), Some(l)) => format!("{m} ({f}, line {l})"),
        (Some(f), None) => format!("{m} ({f})"),
        (None, Some(l)) => format!("{m} (line {l})"),
    };
    Ok(vm.new_str_owned(text))
}

/// `errno` values with a dedicated OSError subclass (`errnomap`), as far as the model has
/// the subclasses.
fn errno_subclass(vm: &Vm, errno: i64) -> Option<ObjId> {
    Some(match errno {
        1 | 13 => vm.types.permission_error,
        2 => vm.types.file_not_found_error,
        17 => vm.types.file_exists_error,
        20 => vm.types.not_a_directory_error,
        21 => vm.types.is_a_directory_error,
        110 => vm.types.timeout_error,
        _ => return None,
    })
}

/// `OSError_new`: `OSError(errno, strerror)` picks the subclass for the errno.
fn os_error_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&cls) = args.args.first() else {
        return Err(vm.type_error("OSError.__new__(): not enough arguments"));
    };
    let rest = &args.args[1..];
    let mut cls = cls;
    if cls == vm.types.os_error && (2..=5).contains(&rest.len()) {
        if let Payload::Int(n) = vm.heap.payload(rest[0]) {
            if let Some(sub) = errno_subclass(vm, *n) {
                cls = sub;
            }
        }
    }
    new_exception_of(vm, cls, rest, "OSError")
}

/// `OSError_init` (`oserror_init`): with 2 to 5 arguments, `errno`, `strerror`, `filename`
/// and `filename2` are set and `args` keeps only `(errno, strerror)` when a filename is given.
fn os_error_init(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let exc = check_self(vm, args, vm.types.os_error, "__init__")?;
    no_keywords(vm, exc, args)?;
    let rest = &args.args[1..];
    let none = vm.none;
    let mut fields = [none; 4];
    if (2..=5).contains(&rest.len()) {
        fields[0] = rest[0];
        fields[1] = rest[1];
        if let Some(&f) = rest.get(2) {
            fields[2] = f;
        }
        if let Some(&f) = rest.get(4) {
            fields[3] = f;
        }
    }
    for (name, v) in ["errno", "strerror", "filename", "filename2"]
        .iter()
        .zip(fields)
    {
        set_field(vm, exc, name, v)?;
    }
    let kept = if (3..=5).contains(&rest.len()) {
        &rest[..2]
    } else {
        rest
    };
    let t = vm.new_tuple_from(kept);
    replace_args(vm, exc, t);
    Ok(vm.new_none())
}

/// `OSError_str`: `[Errno 2] No such file or directory: 'x'`.
fn os_error_str(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let exc = check_self(vm, args, vm.types.os_error, "__str__")?;
    let none = vm.none;
    let field = |vm: &Vm, n: &str| vm.instance_attr(exc, n).unwrap_or(none);
    let (errno, strerror) = (field(vm, "errno"), field(vm, "strerror"));
    let (f1, f2) = (field(vm, "filename"), field(vm, "filename2"));
    if errno != none && strerror != none {
        let e = vm.str_string(errno)?;
        let s = vm.str_string(strerror)?;
        let text = if f1 != none {
            let a = vm.repr_string(f1)?;
            if f2 != none {
                let b = vm.repr_string(f2)?;
                format!("[Errno {e}] {s}: {a} -> {b}")
            } else {
                format!("[Errno {e}] {s}: {a}")
            }
        } else {
            format!("[Errno {e}] {s}")
        };
        return Ok(vm.new_str_owned(text));
    }
    base_exception_str(vm, args)
}

/// Raises `err` unless it is `ty` (then it is dropped and `Ok(())` returned).
pub fn clear_if(vm: &mut Vm, err: PyErr, ty: ObjId) -> PyResult<()> {
    match err {
        PyErr::Exception(e) if vm.isinstance_of(e, ty) => {
            vm.decref(e);
            Ok(())
        }
        other => Err(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn make(vm: &mut Vm, ty: ObjId, args: Vec<ObjId>) -> ObjId {
        match vm.call_object(ty, &Args::positional(args)) {
            Ok(e) => e,
            Err(_) => panic!("constructing the exception failed"),
        }
    }

    #[test]
    fn str_and_repr() {
        let mut vm = Vm::new();
        let x = vm.new_str("x");
        let ty = vm.types.value_error;
        let e = make(&mut vm, ty, vec![x]);
        assert_eq!(vm.repr_string(e).ok().as_deref(), Some("ValueError('x')"));
        assert_eq!(vm.str_string(e).ok().as_deref(), Some("x"));
        let ty = vm.types.key_error;
        let k = make(&mut vm, ty, vec![x]);
        assert_eq!(vm.str_string(k).ok().as_deref(), Some("'x'"));
        let one = vm.new_int(1);
        let two = vm.new_int(2);
        let ty = vm.types.exception;
        let m = make(&mut vm, ty, vec![one, two]);
        assert_eq!(vm.str_string(m).ok().as_deref(), Some("(1, 2)"));
        let ty = vm.types.stop_iteration;
        let s = make(&mut vm, ty, vec![one]);
        let v = vm.getattr_str(s, "value").ok();
        assert_eq!(v, Some(one));
    }

    #[test]
    fn os_error_picks_subclass() {
        let mut vm = Vm::new();
        let two = vm.new_int(2);
        let msg = vm.new_str("No such file");
        let ty = vm.types.os_error;
        let e = make(&mut vm, ty, vec![two, msg]);
        assert_eq!(vm.heap.type_of(e), vm.types.file_not_found_error);
        let Ok(s) = os_error_str(&mut vm, &Args::positional(vec![e])) else {
            panic!("str failed");
        };
        assert_eq!(&*vm.str_of(s), "[Errno 2] No such file");
    }
}
