//! The functions of the builtins module (Python/bltinmodule.c).

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::heap::{IterObj, ObjId, Payload};
use crate::modules::textio::Stdio;
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::{add_function, check_args};

pub fn install(vm: &mut Vm) {
    let d = vm.builtins_dict;
    add_function(vm, d, "print", builtin_print);
    add_function(vm, d, "len", builtin_len);
    add_function(vm, d, "repr", builtin_repr);
    add_function(vm, d, "id", builtin_id);
    add_function(vm, d, "isinstance", builtin_isinstance);
    add_function(vm, d, "issubclass", builtin_issubclass);
    add_function(vm, d, "hasattr", builtin_hasattr);
    add_function(vm, d, "getattr", builtin_getattr);
    add_function(vm, d, "setattr", builtin_setattr);
    add_function(vm, d, "delattr", builtin_delattr);
    add_function(vm, d, "callable", builtin_callable);
    add_function(vm, d, "sorted", builtin_sorted);
    add_function(vm, d, "sum", builtin_sum);
    add_function(vm, d, "min", builtin_min);
    add_function(vm, d, "max", builtin_max);
    add_function(vm, d, "abs", builtin_abs);
    add_function(vm, d, "any", builtin_any);
    add_function(vm, d, "all", builtin_all);
    add_function(vm, d, "hash", builtin_hash);
    add_function(vm, d, "iter", builtin_iter);
    add_function(vm, d, "next", builtin_next);
    add_function(vm, d, "round", builtin_round);
    add_function(vm, d, "divmod", builtin_divmod);
    add_function(vm, d, "pow", builtin_pow);
    add_function(vm, d, "chr", builtin_chr);
    add_function(vm, d, "ord", builtin_ord);
    add_function(vm, d, "hex", builtin_hex);
    add_function(vm, d, "oct", builtin_oct);
    add_function(vm, d, "bin", builtin_bin);
    add_function(vm, d, "ascii", builtin_ascii);
    add_function(vm, d, "format", builtin_format);
    add_function(vm, d, "vars", builtin_vars);
    add_function(vm, d, "dir", builtin_dir);
    add_function(vm, d, "globals", builtin_globals);
    add_function(vm, d, "locals", builtin_locals);
    add_function(vm, d, "input", builtin_input);
    add_function(vm, d, "exit", builtin_exit);
    add_function(vm, d, "quit", builtin_exit);
    add_function(vm, d, "open", builtin_open);
    add_function(vm, d, "__import__", builtin_import);
    add_function(vm, d, "breakpoint", builtin_breakpoint);
    add_function(vm, d, "memoryview", builtin_memoryview);
    add_function(vm, d, "compile", builtin_compile);
    add_function(vm, d, "eval", builtin_eval);
    add_function(vm, d, "exec", builtin_exec);
}

// ----- argument helpers -----

/// Rejects keyword arguments other than `allowed`: "'x' is an invalid keyword argument for f()".
fn check_kwargs(vm: &mut Vm, fname: &str, args: &Args, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in &args.kwargs {
        if !allowed.contains(&&**k) {
            return Err(vm.type_error(&format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    Ok(())
}

/// A keyword argument, treating an explicit None as absent.
fn kwarg_not_none(vm: &Vm, args: &Args, name: &str) -> Option<ObjId> {
    args.kwarg(name).filter(|&v| v != vm.none)
}

/// Runs `f` on every item of `iterable` (owned by `f`); stops early when `f` returns false.
pub fn for_each_item(
    vm: &mut Vm,
    iterable: ObjId,
    mut f: impl FnMut(&mut Vm, ObjId) -> PyResult<bool>,
) -> PyResult<()> {
    let it = vm.get_iter(iterable)?;
    loop {
        let item = match vm.iter_next(it) {
            Ok(Some(x)) => x,
            Ok(None) => break,
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        };
        match f(vm, item) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        }
    }
    vm.decref(it);
    Ok(())
}

/// Whether an exception is an instance of `ty`.
fn err_matches(vm: &Vm, e: &PyErr, ty: ObjId) -> bool {
    match e {
        PyErr::Exception(exc) => vm.isinstance_of(*exc, ty),
        PyErr::Halt(_) => false,
    }
}

/// Drops an exception (never a halt: the caller checked it matches).
fn discard_err(vm: &mut Vm, e: PyErr) {
    if let PyErr::Exception(exc) = e {
        vm.decref(exc);
    }
}

// ----- print -----

/// Where `print` writes.
enum Sink {
    Stdout,
    Stderr,
    Object(ObjId),
}

/// `PyFile_WriteObject(text, file, Py_PRINT_RAW)` of a str object (borrowed).
fn write_to(vm: &mut Vm, sink: &Sink, text: ObjId) -> PyResult<()> {
    match sink {
        Sink::Stdout => {
            let s = vm.str_of(text);
            vm.output.write_stdout(&s);
            vm.textiowrapper_write(Stdio::Stdout, text);
        }
        Sink::Stderr => {
            let s = vm.str_of(text);
            vm.output.write_stderr(&s);
            vm.textiowrapper_write(Stdio::Stderr, text);
        }
        Sink::Object(f) => {
            let write = vm.getattr_str(*f, "write")?;
            let r = vm.call_object(write, &Args::positional(vec![text]));
            vm.decref(write);
            vm.decref(r?);
        }
    }
    Ok(())
}

/// `builtin_print_impl`: `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
fn builtin_print(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_kwargs(vm, "print", args, &["sep", "end", "file", "flush"])?;
    let file = match kwarg_not_none(vm, args, "file") {
        Some(f) => Some(f),
        // `sys.stdout = None` silences print.
        None => match sys_stdout(vm) {
            Some(f) if f == vm.none => return Ok(vm.new_none()),
            other => other,
        },
    };
    let sink = match file {
        None => Sink::Stdout,
        Some(f) if vm.is_stderr(f) => Sink::Stderr,
        Some(f) if vm.heap.type_of(f) == vm.types.text_io => Sink::Stdout,
        Some(f) => Sink::Object(f),
    };
    let mut texts = Vec::new();
    for name in ["sep", "end"] {
        if let Some(s) = kwarg_not_none(vm, args, name) {
            if !matches!(vm.heap.payload(s), Payload::Str(_)) {
                let tn = vm.type_name_of(s);
                return Err(vm.type_error(&format!("{name} must be None or a string, not {tn}")));
            }
        }
    }
    // The default separator and end are written as `PyFile_WriteString(" ")`: the cached
    // one-character strings.
    for (name, default) in [("sep", " "), ("end", "\n")] {
        texts.push(match kwarg_not_none(vm, args, name) {
            Some(s) => vm.incref(s),
            None => vm.new_str(default),
        });
    }
    // Argument Clinic packs `*args` in a tuple (builtin_print).
    vm.clinic_parser_init("print", &["sep", "end", "file", "flush"]);
    let packed = vm.new_tuple_from(&args.args);
    let r = print_objects(vm, &sink, &args.args, texts[0], texts[1]);
    vm.decref(packed);
    vm.decref(texts[0]);
    vm.decref(texts[1]);
    r?;
    if let Some(flush) = args.kwarg("flush") {
        if vm.is_true(flush)? {
            match sink {
                Sink::Object(f) => {
                    let m = vm.getattr_str(f, "flush")?;
                    let r = vm.call_object(m, &Args::default());
                    vm.decref(m);
                    vm.decref(r?);
                }
                Sink::Stdout => {
                    vm.output.flush();
                    vm.textiowrapper_flush(Stdio::Stdout);
                }
                Sink::Stderr => {
                    vm.output.flush();
                    vm.textiowrapper_flush(Stdio::Stderr);
                }
            }
        }
    }
    Ok(vm.new_none())
}

/// The objects, separated by `sep`, then `end` (all borrowed); each object goes through
/// `PyObject_Str`.
fn print_objects(
    vm: &mut Vm,
    sink: &Sink,
    objects: &[ObjId],
    sep: ObjId,
    end: ObjId,
) -> PyResult<()> {
    for (i, &a) in objects.iter().enumerate() {
        if i > 0 {
            write_to(vm, sink, sep)?;
        }
        let s = vm.str(a)?;
        let r = write_to(vm, sink, s);
        vm.decref(s);
        r?;
    }
    write_to(vm, sink, end)
}

/// The current `sys.stdout` (a program may have replaced it).
fn sys_stdout(vm: &Vm) -> Option<ObjId> {
    let sys = vm.dict_get_str_borrowed(vm.modules, "sys")?;
    match vm.heap.payload(sys) {
        Payload::Module(m) => vm.dict_get_str_borrowed(m.dict, "stdout"),
        _ => None,
    }
}

fn builtin_len(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "len", args, 1, 1)?;
    let n = vm.len(args.args[0])?;
    Ok(vm.new_int(n as i64))
}

fn builtin_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "repr", args, 1, 1)?;
    vm.repr(args.args[0])
}

fn builtin_id(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "id", args, 1, 1)?;
    let addr = vm.heap.address(args.args[0]);
    Ok(vm.new_int(addr as i64))
}

// ----- isinstance / issubclass -----

/// How deep nested tuples of classes may go (`Py_EnterRecursiveCall`).
const MAX_CLASSINFO_DEPTH: usize = 900;

fn is_type(vm: &Vm, v: ObjId) -> bool {
    matches!(vm.heap.payload(v), Payload::Type(_))
}

/// `PyObject_IsInstance` / `PyObject_IsSubclass`: a metaclass's `__instancecheck__` or
/// `__subclasscheck__` (ABCMeta, GenericAlias) decides, unless the class is a plain type or a
/// tuple.
fn call_class_check(vm: &mut Vm, cls: ObjId, hook: &str, arg: ObjId) -> PyResult<Option<bool>> {
    let meta = vm.heap.type_of(cls);
    if meta == vm.types.type_ || matches!(vm.heap.payload(cls), Payload::Tuple(_)) {
        return Ok(None);
    }
    let Some(check) = vm.lookup_type_attr_borrowed(meta, hook) else {
        return Ok(None);
    };
    if !matches!(vm.heap.payload(check), Payload::Function(_)) {
        return Ok(None);
    }
    vm.incref(check);
    let r = vm.call_object(check, &Args::positional(vec![cls, arg]));
    vm.decref(check);
    let r = r?;
    let b = vm.is_true(r);
    vm.decref(r);
    b.map(Some)
}

/// `object_isinstance` / `object_recursive_isinstance`.
pub fn isinstance(vm: &mut Vm, obj: ObjId, cls: ObjId) -> PyResult<bool> {
    isinstance_depth(vm, obj, cls, 0)
}

fn isinstance_depth(vm: &mut Vm, obj: ObjId, cls: ObjId, depth: usize) -> PyResult<bool> {
    if depth > MAX_CLASSINFO_DEPTH {
        return Err(vm.new_error_msg(
            vm.types.recursion_error,
            "maximum recursion depth exceeded in __instancecheck__",
        ));
    }
    if vm.heap.type_of(obj) == cls {
        return Ok(true);
    }
    if let Some(r) = call_class_check(vm, cls, "__instancecheck__", obj)? {
        return Ok(r);
    }
    if is_type(vm, cls) {
        if vm.isinstance_of(obj, cls) {
            return Ok(true);
        }
        // A proxy may claim another class through `__class__`.
        let icls = match vm.getattr_opt(obj, "__class__") {
            Ok(Some(c)) => c,
            Ok(None) => return Ok(false),
            Err(e) if err_matches(vm, &e, vm.types.attribute_error) => {
                discard_err(vm, e);
                return Ok(false);
            }
            Err(e) => return Err(e),
        };
        let r = icls != vm.heap.type_of(obj) && is_type(vm, icls) && vm.is_subtype(icls, cls);
        vm.decref(icls);
        return Ok(r);
    }
    if let Payload::Tuple(items) = vm.heap.payload(cls) {
        let items = items.clone();
        for c in items {
            if isinstance_depth(vm, obj, c, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
}

/// `object_issubclass` / `recursive_issubclass`.
pub fn issubclass(vm: &mut Vm, derived: ObjId, cls: ObjId) -> PyResult<bool> {
    issubclass_depth(vm, derived, cls, 0)
}

fn issubclass_depth(vm: &mut Vm, derived: ObjId, cls: ObjId, depth: usize) -> PyResult<bool> {
    if depth > MAX_CLASSINFO_DEPTH {
        return Err(vm.new_error_msg(
            vm.types.recursion_error,
            "maximum recursion depth exceeded in __subclasscheck__",
        ));
    }
    if let Some(r) = call_class_check(vm, cls, "__subclasscheck__", derived)? {
        return Ok(r);
    }
    if let Payload::Tuple(items) = vm.heap.payload(cls) {
        let items = items.clone();
        for c in items {
            if issubclass_depth(vm, derived, c, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !is_type(vm, derived) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    if !is_type(vm, cls) {
        return Err(
            vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        );
    }
    Ok(vm.is_subtype(derived, cls))
}

fn builtin_isinstance(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "isinstance", args, 2, 2)?;
    let r = isinstance(vm, args.args[0], args.args[1])?;
    Ok(vm.new_bool(r))
}

fn builtin_issubclass(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "issubclass", args, 2, 2)?;
    let r = issubclass(vm, args.args[0], args.args[1])?;
    Ok(vm.new_bool(r))
}

// ----- attributes -----

/// The attribute name argument: "attribute name must be string, not 'int'".
fn attr_name(vm: &mut Vm, name: ObjId) -> PyResult<()> {
    if matches!(vm.heap.payload(name), Payload::Str(_)) {
        return Ok(());
    }
    let tn = vm.type_name_of(name);
    Err(vm.type_error(&format!("attribute name must be string, not '{tn}'")))
}

/// `_PyObject_LookupAttr`: the attribute, or None when getting it raised AttributeError.
pub fn lookup_attr(vm: &mut Vm, obj: ObjId, name: &str) -> PyResult<Option<ObjId>> {
    match vm.getattr_opt(obj, name) {
        Ok(v) => Ok(v),
        Err(e) if err_matches(vm, &e, vm.types.attribute_error) => {
            discard_err(vm, e);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn builtin_hasattr(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "hasattr", args, 2, 2)?;
    attr_name(vm, args.args[1])?;
    let name = vm.str_of(args.args[1]);
    let v = lookup_attr(vm, args.args[0], &name)?;
    let found = v.is_some();
    vm.xdecref(v);
    Ok(vm.new_bool(found))
}

fn builtin_getattr(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "getattr", args, 2, 3)?;
    let (obj, name) = (args.args[0], args.args[1]);
    attr_name(vm, name)?;
    let text = vm.str_of(name);
    match args.args.get(2) {
        None => vm.getattr_str(obj, &text),
        Some(&default) => match lookup_attr(vm, obj, &text)? {
            Some(v) => Ok(v),
            None => Ok(vm.incref(default)),
        },
    }
}

fn builtin_setattr(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "setattr", args, 3, 3)?;
    attr_name(vm, args.args[1])?;
    // `PyUnicode_InternInPlace`: attribute names are interned.
    let name = vm.intern_existing(args.args[1]);
    let r = vm.setattr(args.args[0], name, Some(args.args[2]));
    vm.decref(name);
    r?;
    Ok(vm.new_none())
}

fn builtin_delattr(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "delattr", args, 2, 2)?;
    attr_name(vm, args.args[1])?;
    vm.setattr(args.args[0], args.args[1], None)?;
    Ok(vm.new_none())
}

/// `PyCallable_Check`.
pub fn is_callable(vm: &Vm, v: ObjId) -> bool {
    match vm.heap.payload(v) {
        Payload::Function(_)
        | Payload::BoundMethod { .. }
        | Payload::Builtin(_)
        | Payload::Type(_) => true,
        _ => vm
            .lookup_type_attr_borrowed(vm.heap.type_of(v), "__call__")
            .is_some(),
    }
}

fn builtin_callable(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "callable", args, 1, 1)?;
    let r = is_callable(vm, args.args[0]);
    Ok(vm.new_bool(r))
}

// ----- sorted, sum, min, max -----

/// `builtin_sorted`: a new list from the iterable, sorted by its `sort` method.
fn builtin_sorted(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    if args.args.len() != 1 {
        let n = args.args.len();
        return Err(vm.type_error(&format!("sorted expected 1 argument, got {n}")));
    }
    // builtin_sorted: `PySequence_List(iterable)`, then its `sort` method.
    let list = super::list::sequence_list(vm, args.args[0])?;
    let sort = match vm.getattr_str(list, "sort") {
        Ok(s) => s,
        Err(e) => {
            vm.decref(list);
            return Err(e);
        }
    };
    let r = vm.call_object(
        sort,
        &Args {
            args: Vec::new(),
            kwargs: args.kwargs.clone(),
        },
    );
    vm.decref(sort);
    match r {
        Ok(v) => {
            vm.decref(v);
            Ok(list)
        }
        Err(e) => {
            vm.decref(list);
            Err(e)
        }
    }
}

/// An exact int's value when it fits in a C long (`PyLong_AsLongAndOverflow`).
fn exact_small_int(vm: &Vm, v: ObjId) -> Option<i64> {
    let ty = vm.heap.type_of(v);
    if ty != vm.types.int && ty != vm.types.bool_ {
        return None;
    }
    match vm.heap.payload(v) {
        Payload::Int(i) => Some(*i),
        Payload::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// `builtin_sum_impl`: exact ints are added in a C long, then floats in a C double, then
/// anything with `+` (never in place).
fn builtin_sum(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_kwargs(vm, "sum", args, &["start"])?;
    let n = args.args.len();
    if n == 0 {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    let start_kw = args.kwarg("start");
    if n > 2 || (n == 2 && start_kw.is_some()) {
        let total = n + start_kw.is_some() as usize;
        return Err(vm.type_error(&format!("sum() takes at most 2 arguments ({total} given)")));
    }
    let it = vm.get_iter(args.args[0])?;
    let r = sum_iter(vm, it, args.args.get(1).copied().or(start_kw));
    vm.decref(it);
    r
}

fn sum_iter(vm: &mut Vm, it: ObjId, start: Option<ObjId>) -> PyResult<ObjId> {
    let mut result = match start {
        None => vm.new_int(0),
        Some(s) => {
            let what = match vm.heap.payload(s) {
                Payload::Str(_) => Some("strings [use ''.join(seq) instead]"),
                Payload::Bytes(_) => Some("bytes [use b''.join(seq) instead]"),
                Payload::ByteArray(_) => Some("bytearray [use b''.join(seq) instead]"),
                _ => None,
            };
            if let Some(w) = what {
                return Err(vm.type_error(&format!("sum() can't sum {w}")));
            }
            vm.incref(s)
        }
    };
    if let Some(mut acc) =
        exact_small_int(vm, result).filter(|_| vm.heap.type_of(result) == vm.types.int)
    {
        vm.decref(result);
        loop {
            let Some(item) = vm.iter_next(it)? else {
                return Ok(vm.new_int(acc));
            };
            if let Some(b) = exact_small_int(vm, item) {
                if let Some(s) = acc.checked_add(b) {
                    acc = s;
                    vm.decref(item);
                    continue;
                }
            }
            let r = vm.new_int(acc);
            let sum = vm.binary_op(r, item, BinOp::Add);
            vm.decref(r);
            vm.decref(item);
            result = sum?;
            break;
        }
    }
    if vm.heap.type_of(result) == vm.types.float {
        let mut acc = match vm.heap.payload(result) {
            Payload::Float(f) => *f,
            _ => 0.0,
        };
        vm.decref(result);
        loop {
            let Some(item) = vm.iter_next(it)? else {
                return Ok(vm.new_float(acc));
            };
            let ty = vm.heap.type_of(item);
            if ty == vm.types.float {
                if let Payload::Float(f) = vm.heap.payload(item) {
                    acc += *f;
                    vm.decref(item);
                    continue;
                }
            }
            if vm.is_subtype(ty, vm.types.int) {
                let small = match vm.heap.payload(item) {
                    Payload::Int(i) => Some(*i),
                    Payload::Bool(b) => Some(*b as i64),
                    _ => None,
                };
                if let Some(i) = small {
                    acc += i as f64;
                    vm.decref(item);
                    continue;
                }
            }
            let r = vm.new_float(acc);
            let sum = vm.binary_op(r, item, BinOp::Add);
            vm.decref(r);
            vm.decref(item);
            result = sum?;
            break;
        }
    }
    loop {
        let item = match vm.iter_next(it) {
            Ok(Some(x)) => x,
            Ok(None) => return Ok(result),
            Err(e) => {
                vm.decref(result);
                return Err(e);
            }
        };
        let sum = vm.binary_op(result, item, BinOp::Add);
        vm.decref(result);
        vm.decref(item);
        result = sum?;
    }
}

/// `min_max`: `op` is `Lt` for min, `Gt` for max.
fn min_max(vm: &mut Vm, args: &Args, name: &str, op: CmpOp) -> PyResult<ObjId> {
    check_kwargs(vm, name, args, &["key", "default"])?;
    let n = args.args.len();
    if n == 0 {
        return Err(vm.type_error(&format!("{name} expected at least 1 argument, got 0")));
    }
    let default = args.kwarg("default");
    if n > 1 && default.is_some() {
        return Err(vm.type_error(&format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let key = kwarg_not_none(vm, args, "key");
    let seq = if n == 1 {
        vm.incref(args.args[0])
    } else {
        vm.new_tuple_from(&args.args)
    };
    // (item, value) of the best so far, both owned.
    let mut best: Option<(ObjId, ObjId)> = None;
    let r = for_each_item(vm, seq, |vm, item| {
        let val = match key {
            Some(k) => match vm.call_object(k, &Args::positional(vec![item])) {
                Ok(v) => v,
                Err(e) => {
                    vm.decref(item);
                    return Err(e);
                }
            },
            None => vm.incref(item),
        };
        match best {
            None => best = Some((item, val)),
            Some((bi, bv)) => {
                let better = vm.rich_compare(val, bv, op).and_then(|c| {
                    let t = vm.is_true(c);
                    vm.decref(c);
                    t
                });
                match better {
                    Ok(true) => {
                        vm.decref(bi);
                        vm.decref(bv);
                        best = Some((item, val));
                    }
                    Ok(false) => {
                        vm.decref(item);
                        vm.decref(val);
                    }
                    Err(e) => {
                        vm.decref(item);
                        vm.decref(val);
                        return Err(e);
                    }
                }
            }
        }
        Ok(true)
    });
    vm.decref(seq);
    if let Err(e) = r {
        if let Some((bi, bv)) = best {
            vm.decref(bi);
            vm.decref(bv);
        }
        return Err(e);
    }
    match best {
        Some((bi, bv)) => {
            vm.decref(bv);
            Ok(bi)
        }
        None => match default {
            Some(d) => Ok(vm.incref(d)),
            None => Err(vm.value_error(&format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn builtin_min(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    min_max(vm, args, "min", CmpOp::Lt)
}

fn builtin_max(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    min_max(vm, args, "max", CmpOp::Gt)
}

// ----- numbers -----

/// Calls `type(v).name(v, *rest)` when the type has that method; None when it does not.
fn call_special(vm: &mut Vm, v: ObjId, name: &str, rest: &[ObjId]) -> PyResult<Option<ObjId>> {
    let ty = vm.heap.type_of(v);
    let Some(m) = vm.lookup_type_attr(ty, name) else {
        return Ok(None);
    };
    let mut a = vec![v];
    a.extend_from_slice(rest);
    let r = vm.call_object(m, &Args::positional(a));
    vm.decref(m);
    r.map(Some)
}

/// `PyNumber_Absolute`.
fn builtin_abs(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "abs", args, 1, 1)?;
    let v = args.args[0];
    if !vm.is_heap_type(vm.heap.type_of(v)) {
        match vm.heap.payload(v) {
            // long_abs: a non-negative int is returned as it is (long_long).
            Payload::Int(i) if *i >= 0 => return Ok(vm.incref(v)),
            Payload::BigInt(b) if b.sign() != num_bigint::Sign::Minus => return Ok(vm.incref(v)),
            Payload::Int(i) => {
                let i = *i;
                return Ok(match i.checked_abs() {
                    Some(a) => vm.new_int(a),
                    None => vm.new_bigint(BigInt::from(i).abs()),
                });
            }
            Payload::Bool(b) => {
                let b = *b as i64;
                return Ok(vm.new_int(b));
            }
            Payload::BigInt(b) => {
                let a = b.abs();
                return Ok(vm.new_bigint(a));
            }
            Payload::Float(f) => {
                let f = f.abs();
                return Ok(vm.new_float(f));
            }
            Payload::Complex(re, im) => {
                let m = re.hypot(*im);
                if m.is_infinite() && re.is_finite() && im.is_finite() {
                    return Err(
                        vm.new_error_msg(vm.types.overflow_error, "absolute value too large")
                    );
                }
                return Ok(vm.new_float(m));
            }
            _ => {}
        }
    }
    match call_special(vm, v, "__abs__", &[])? {
        Some(r) => Ok(r),
        None => {
            let tn = vm.type_name_of(v);
            Err(vm.type_error(&format!("bad operand type for abs(): '{tn}'")))
        }
    }
}

/// `PyNumber_Index` as a big integer.
pub fn index_bigint(vm: &mut Vm, v: ObjId) -> PyResult<BigInt> {
    match vm.heap.payload(v) {
        Payload::Int(i) => return Ok(BigInt::from(*i)),
        Payload::Bool(b) => return Ok(BigInt::from(*b as i64)),
        Payload::BigInt(b) => return Ok((**b).clone()),
        _ => {}
    }
    let tn = vm.type_name_of(v);
    let r = if vm.is_heap_type(vm.heap.type_of(v)) {
        call_special(vm, v, "__index__", &[])?
    } else {
        None
    };
    let Some(r) = r else {
        return Err(vm.type_error(&format!(
            "'{tn}' object cannot be interpreted as an integer"
        )));
    };
    let out = match vm.heap.payload(r) {
        Payload::Int(i) => Ok(BigInt::from(*i)),
        Payload::Bool(b) => Ok(BigInt::from(*b as i64)),
        Payload::BigInt(b) => Ok((**b).clone()),
        _ => {
            let rn = vm.type_name_of(r);
            Err(vm.type_error(&format!("__index__ returned non-int (type {rn})")))
        }
    };
    vm.decref(r);
    out
}

/// `PyNumber_ToBase`: `0x`, `0o`, `0b` forms.
fn to_base(vm: &mut Vm, args: &Args, name: &str, base: u32) -> PyResult<ObjId> {
    check_args(vm, name, args, 1, 1)?;
    let n = index_bigint(vm, args.args[0])?;
    let digits = n.magnitude().to_str_radix(base);
    let prefix = match base {
        16 => "0x",
        8 => "0o",
        _ => "0b",
    };
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(vm.new_str_owned(format!("{sign}{prefix}{digits}")))
}

fn builtin_hex(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    to_base(vm, args, "hex", 16)
}

fn builtin_oct(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    to_base(vm, args, "oct", 8)
}

fn builtin_bin(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    to_base(vm, args, "bin", 2)
}

/// `builtin_round_impl`: `type(number).__round__(number[, ndigits])`.
fn builtin_round(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_kwargs(vm, "round", args, &["number", "ndigits"])?;
    let mut pos = args.args.clone();
    if pos.len() > 2 {
        let n = pos.len();
        return Err(vm.type_error(&format!("round() takes at most 2 arguments ({n} given)")));
    }
    for (i, name) in ["number", "ndigits"].iter().enumerate() {
        if let Some(v) = args.kwarg(name) {
            if pos.len() > i {
                return Err(vm.type_error(&format!(
                    "argument for round() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
            if pos.len() < i {
                return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
            }
            pos.push(v);
        }
    }
    let Some(&number) = pos.first() else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let rest: Vec<ObjId> = pos[1..].iter().copied().filter(|&v| v != vm.none).collect();
    match call_special(vm, number, "__round__", &rest)? {
        Some(r) => Ok(r),
        None => {
            let tn = vm.type_name_of(number);
            Err(vm.type_error(&format!("type {tn} doesn't define __round__ method")))
        }
    }
}

fn is_builtin_real(vm: &Vm, v: ObjId) -> bool {
    !vm.is_heap_type(vm.heap.type_of(v))
        && matches!(
            vm.heap.payload(v),
            Payload::Int(_) | Payload::Bool(_) | Payload::BigInt(_) | Payload::Float(_)
        )
}

/// `PyNumber_Divmod`: builtin numbers as `(a // b, a % b)`, others by `__divmod__` /
/// `__rdivmod__`.
fn builtin_divmod(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "divmod", args, 2, 2)?;
    let (a, b) = (args.args[0], args.args[1]);
    if is_builtin_real(vm, a) && is_builtin_real(vm, b) {
        let either_float = matches!(vm.heap.payload(a), Payload::Float(_))
            || matches!(vm.heap.payload(b), Payload::Float(_));
        let zero = match vm.heap.payload(b) {
            Payload::Float(f) => *f == 0.0,
            Payload::Int(i) => *i == 0,
            Payload::Bool(x) => !*x,
            Payload::BigInt(x) => x.is_zero(),
            _ => false,
        };
        if zero {
            let msg = if either_float {
                "float divmod()"
            } else {
                "integer division or modulo by zero"
            };
            return Err(vm.new_error_msg(vm.types.zero_division_error, msg));
        }
        let q = vm.binary_op(a, b, BinOp::FloorDiv)?;
        let r = match vm.binary_op(a, b, BinOp::Mod) {
            Ok(r) => r,
            Err(e) => {
                vm.decref(q);
                return Err(e);
            }
        };
        return Ok(vm.new_tuple(vec![q, r]));
    }
    let (ta, tb) = (vm.heap.type_of(a), vm.heap.type_of(b));
    let b_first = ta != tb && vm.is_subtype(tb, ta);
    let order: [(ObjId, ObjId, &str); 2] = if b_first {
        [(b, a, "__rdivmod__"), (a, b, "__divmod__")]
    } else {
        [(a, b, "__divmod__"), (b, a, "__rdivmod__")]
    };
    for (x, y, m) in order {
        if x == b && ta == tb && m == "__rdivmod__" {
            continue;
        }
        if let Some(r) = call_special(vm, x, m, &[y])? {
            if r != vm.not_implemented {
                return Ok(r);
            }
            vm.decref(r);
        }
    }
    let (na, nb) = (vm.type_name(ta), vm.type_name(tb));
    Err(vm.type_error(&format!(
        "unsupported operand type(s) for divmod(): '{na}' and '{nb}'"
    )))
}

/// `builtin_pow_impl`: `pow(base, exp, mod=None)`.
fn builtin_pow(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_kwargs(vm, "pow", args, &["base", "exp", "mod"])?;
    let mut pos = args.args.clone();
    if pos.len() > 3 {
        let n = pos.len();
        return Err(vm.type_error(&format!("pow() takes at most 3 arguments ({n} given)")));
    }
    let names = ["base", "exp", "mod"];
    for (i, name) in names.iter().enumerate() {
        if let Some(v) = args.kwarg(name) {
            if pos.len() > i {
                return Err(vm.type_error(&format!(
                    "argument for pow() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
            if pos.len() < i {
                break;
            }
            pos.push(v);
        }
    }
    if pos.len() < 2 {
        let missing = names[pos.len()];
        return Err(vm.type_error(&format!(
            "pow() missing required argument '{missing}' (pos {})",
            pos.len() + 1
        )));
    }
    let (base, exp) = (pos[0], pos[1]);
    match pos.get(2).copied().filter(|&m| m != vm.none) {
        None => vm.binary_op(base, exp, BinOp::Pow),
        Some(m) => ternary_pow(vm, base, exp, m),
    }
}

fn exact_int_value(vm: &Vm, v: ObjId) -> Option<BigInt> {
    match vm.heap.payload(v) {
        Payload::Int(i) => Some(BigInt::from(*i)),
        Payload::Bool(b) => Some(BigInt::from(*b as i64)),
        Payload::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// `long_pow` with a modulus (negative exponents use the modular inverse, 3.8+).
fn ternary_pow(vm: &mut Vm, base: ObjId, exp: ObjId, m: ObjId) -> PyResult<ObjId> {
    let (Some(b), Some(e), Some(md)) = (
        exact_int_value(vm, base),
        exact_int_value(vm, exp),
        exact_int_value(vm, m),
    ) else {
        let all_numbers = [base, exp, m].iter().all(|&x| is_builtin_real(vm, x));
        if all_numbers {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
        let names: Vec<String> = [base, exp, m].iter().map(|&x| vm.type_name_of(x)).collect();
        return Err(vm.type_error(&format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            names[0], names[1], names[2]
        )));
    };
    if md.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let modulus = md.abs();
    let mut base_v = b.clone() % &modulus;
    if base_v.is_negative() {
        base_v += &modulus;
    }
    let mut e = e;
    if e.is_negative() {
        match mod_inverse(&base_v, &modulus) {
            Some(inv) => base_v = inv,
            None => {
                return Err(vm.value_error("base is not invertible for the given modulus"));
            }
        }
        e = -e;
    }
    let mut r = base_v.modpow(&e, &modulus);
    if md.is_negative() && !r.is_zero() {
        r -= &modulus;
    }
    Ok(vm.new_bigint(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (a.clone(), m.clone());
    let (mut old_s, mut s) = (BigInt::from(1), BigInt::from(0));
    while !r.is_zero() {
        let q = &old_r / &r;
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if old_r != BigInt::from(1) {
        return None;
    }
    let mut inv = old_s % m;
    if inv.is_negative() {
        inv += m;
    }
    Some(inv)
}

// ----- characters -----

fn builtin_chr(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "chr", args, 1, 1)?;
    let v = index_bigint(vm, args.args[0])?;
    let Some(i) = v.to_i32() else {
        return Err(vm.new_error_msg(
            vm.types.overflow_error,
            "Python int too large to convert to C int",
        ));
    };
    if !(0..0x110000).contains(&i) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    // Lone surrogates have no Rust `char`: they show as U+FFFD.
    let c = char::from_u32(i as u32).unwrap_or('\u{fffd}');
    Ok(vm.new_str_owned(c.to_string()))
}

fn builtin_ord(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "ord", args, 1, 1)?;
    let v = args.args[0];
    let (code, len) = match vm.heap.payload(v) {
        Payload::Str(s) => {
            let mut chars = s.text.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => (Some(c as i64), 1),
                _ => (None, s.char_len),
            }
        }
        Payload::Bytes(b) => (
            b.first().map(|&x| x as i64).filter(|_| b.len() == 1),
            b.len(),
        ),
        Payload::ByteArray(b) => (
            b.first().map(|&x| x as i64).filter(|_| b.len() == 1),
            b.len(),
        ),
        _ => {
            let tn = vm.type_name_of(v);
            return Err(vm.type_error(&format!(
                "ord() expected string of length 1, but {tn} found"
            )));
        }
    };
    match code {
        Some(c) => Ok(vm.new_int(c)),
        None => Err(vm.type_error(&format!(
            "ord() expected a character, but string of length {len} found"
        ))),
    }
}

/// `PyObject_ASCII`: the repr with non-ASCII characters escaped.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

fn builtin_ascii(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "ascii", args, 1, 1)?;
    let r = vm.repr_string(args.args[0])?;
    if r.is_ascii() {
        return Ok(vm.new_str_owned(r));
    }
    Ok(vm.new_str_owned(ascii_escape(&r)))
}

fn builtin_format(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_kwargs(vm, "format", args, &[])?;
    let n = args.args.len();
    if !(1..=2).contains(&n) {
        let msg = if n == 0 {
            "format expected at least 1 argument, got 0".to_string()
        } else {
            format!("format expected at most 2 arguments, got {n}")
        };
        return Err(vm.type_error(&msg));
    }
    let spec = match args.args.get(1) {
        None => Rc::from(""),
        Some(&s) => match vm.heap.payload(s) {
            Payload::Str(t) => t.text.clone(),
            _ => {
                let tn = vm.type_name_of(s);
                return Err(vm.type_error(&format!("format() argument 2 must be str, not {tn}")));
            }
        },
    };
    vm.format(args.args[0], &spec)
}

// ----- hash, iter, next, any, all -----

fn builtin_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "hash", args, 1, 1)?;
    let h = vm.hash(args.args[0])?;
    Ok(vm.new_int(h))
}

fn builtin_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "iter", args, 1, 2)?;
    let v = args.args[0];
    let Some(&sentinel) = args.args.get(1) else {
        return vm.get_iter(v);
    };
    if !is_callable(vm, v) {
        return Err(vm.type_error("iter(v, w): v must be callable"));
    }
    vm.incref(v);
    vm.incref(sentinel);
    Ok(vm.alloc(
        vm.types.callable_iterator,
        Payload::Iterator(IterObj::Callable {
            func: Some(v),
            sentinel,
        }),
    ))
}

/// Whether `v` is an iterator (`PyIter_Check`).
pub fn is_iterator(vm: &Vm, v: ObjId) -> bool {
    matches!(
        vm.heap.payload(v),
        Payload::Iterator(_) | Payload::Generator(_)
    ) || vm
        .lookup_type_attr_borrowed(vm.heap.type_of(v), "__next__")
        .is_some()
}

/// `builtin_next`: the next item; at the end the default, or StopIteration (carrying a
/// generator's return value).
fn builtin_next(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "next", args, 1, 2)?;
    let it = args.args[0];
    let default = args.args.get(1).copied();
    if !is_iterator(vm, it) {
        let tn = vm.type_name_of(it);
        return Err(vm.type_error(&format!("'{tn}' object is not an iterator")));
    }
    let r = if matches!(vm.heap.payload(it), Payload::Generator(_)) {
        super::types::generator_next(vm, it)
    } else if vm.is_heap_type(vm.heap.type_of(it)) {
        match call_special(vm, it, "__next__", &[]) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(vm.new_error(vm.types.stop_iteration, None)),
            Err(e) => Err(e),
        }
    } else {
        match vm.iter_next(it) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(vm.new_error(vm.types.stop_iteration, None)),
            Err(e) => Err(e),
        }
    };
    match (r, default) {
        (Err(e), Some(d)) if err_matches(vm, &e, vm.types.stop_iteration) => {
            discard_err(vm, e);
            Ok(vm.incref(d))
        }
        (r, _) => r,
    }
}

fn any_all(vm: &mut Vm, args: &Args, name: &str, want: bool) -> PyResult<ObjId> {
    check_args(vm, name, args, 1, 1)?;
    let mut found = false;
    for_each_item(vm, args.args[0], |vm, item| {
        let t = vm.is_true(item);
        vm.decref(item);
        if t? == want {
            found = true;
            return Ok(false);
        }
        Ok(true)
    })?;
    Ok(vm.new_bool(found == want))
}

fn builtin_any(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    any_all(vm, args, "any", true)
}

fn builtin_all(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    any_all(vm, args, "all", false)
}

// ----- namespaces -----

/// `PyEval_GetLocals`: the locals mapping of the running frame. A function frame gets a dict
/// (kept on the frame, as `f_locals`) refreshed from its fast locals
/// (`_PyFrame_FastToLocalsWithError`).
pub fn frame_locals(vm: &mut Vm) -> PyResult<ObjId> {
    let Some(frame) = vm.frames.last() else {
        return Ok(vm.incref(vm.builtins_dict));
    };
    // Module and class bodies (and exec'd code) name their locals mapping directly.
    if frame.code.flags.newlocals || frame.func.is_none() {
        if let Some(l) = frame.locals {
            return Ok(vm.incref(l));
        }
    }
    let code = frame.code.clone();
    let fast = frame.fast.clone();
    let dict = match frame.locals {
        Some(d) => d,
        None => {
            let d = vm.new_dict();
            if let Some(f) = vm.frames.last_mut() {
                f.locals = Some(d);
            }
            d
        }
    };
    let nv = code.varnames.len();
    let names = code
        .varnames
        .iter()
        .chain(code.cellvars.iter())
        .chain(code.freevars.iter());
    for (i, (name, slot)) in names.zip(fast.iter()).enumerate() {
        let mut value = *slot;
        if i >= nv {
            if let Some(cell) = value {
                value = match vm.heap.payload(cell) {
                    Payload::Cell(c) => *c,
                    _ => Some(cell),
                };
            }
            // A captured parameter keeps its value in its varnames slot until MAKE_CELL.
            if value.is_none() && code.varnames.contains(name) {
                continue;
            }
        }
        let key = vm.intern_str(name);
        let r = match value {
            Some(v) => vm.dict_set_item(dict, key, v),
            None => vm.dict_del_item(dict, key).map(|_| ()),
        };
        vm.decref(key);
        r?;
    }
    Ok(vm.incref(dict))
}

fn builtin_globals(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "globals", args, 0, 0)?;
    let g = match vm.frames.last() {
        Some(f) => f.globals,
        None => vm.builtins_dict,
    };
    Ok(vm.incref(g))
}

fn builtin_locals(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "locals", args, 0, 0)?;
    frame_locals(vm)
}

fn builtin_vars(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "vars", args, 0, 1)?;
    let Some(&obj) = args.args.first() else {
        return frame_locals(vm);
    };
    match lookup_attr(vm, obj, "__dict__")? {
        Some(d) => Ok(d),
        None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

/// A sorted list of str objects.
pub fn sorted_name_list(vm: &mut Vm, mut names: Vec<Rc<str>>) -> ObjId {
    names.sort();
    names.dedup();
    let items: Vec<ObjId> = names.iter().map(|n| vm.intern_str(n)).collect();
    let list = vm.new_list(Vec::new());
    super::list::extend_owned(vm, list, items);
    list
}

/// `builtin_dir`: `sorted(type(obj).__dir__(obj))`, or the sorted local names.
fn builtin_dir(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "dir", args, 0, 1)?;
    let Some(&obj) = args.args.first() else {
        let locals = frame_locals(vm)?;
        let names = if let Payload::Dict(_) = vm.heap.payload(locals) {
            vm.dict_items(locals)
                .into_iter()
                .map(|(k, _)| vm.str_of(k))
                .collect()
        } else {
            Vec::new()
        };
        vm.decref(locals);
        return Ok(sorted_name_list(vm, names));
    };
    let Some(dir) = vm.getattr_str_special(obj, "__dir__") else {
        return Err(vm.type_error("object does not provide __dir__"));
    };
    let r = vm.call_object(dir, &Args::default());
    vm.decref(dir);
    let result = r?;
    let items = vm.collect_iterable(result);
    vm.decref(result);
    let items = items?;
    let list = vm.new_list(Vec::new());
    super::list::extend_owned(vm, list, items);
    let sort = vm.getattr_str(list, "sort");
    let r = sort.and_then(|s| {
        let r = vm.call_object(s, &Args::default());
        vm.decref(s);
        r
    });
    match r {
        Ok(v) => {
            vm.decref(v);
            Ok(list)
        }
        Err(e) => {
            vm.decref(list);
            Err(e)
        }
    }
}

// ----- the rest -----

/// `input(prompt)` (`builtin_input_impl` when stdin is not a terminal): the prompt is
/// written, then a line is read from stdin without its newline; EOFError at end of file.
fn builtin_input(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "input", args, 0, 1)?;
    vm.textiowrapper_flush(Stdio::Stdout);
    if let Some(&p) = args.args.first() {
        let s = vm.str(p)?;
        let text = vm.str_of(s);
        vm.output.write_stdout(&text);
        vm.textiowrapper_write(Stdio::Stdout, s);
        vm.decref(s);
        vm.textiowrapper_flush(Stdio::Stdout);
    }
    let line = vm.output.read_stdin_line();
    if line.is_empty() {
        return Err(vm.new_error_msg(vm.types.eof_error, "EOF when reading a line"));
    }
    let text = line.strip_suffix('\n').unwrap_or(&line);
    Ok(vm.new_str(text))
}

/// `exit(code=None)` / `quit(code=None)` (site.Quitter): raise SystemExit(code).
fn builtin_exit(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "exit", args, 0, 1)?;
    let code = args.args.first().copied().unwrap_or(vm.none);
    let exc = vm.call_object(vm.types.system_exit, &Args::positional(vec![code]))?;
    Err(PyErr::Exception(exc))
}

/// `open(...)` is `io.open`: files of this run's simulated file system (src/modules/_io.py).
fn builtin_open(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let module = vm.import_module("_io")?;
    let open = vm.getattr_str(module, "open");
    vm.decref(module);
    let open = open?;
    let r = vm.call_object(open, args);
    vm.decref(open);
    r
}

fn builtin_memoryview(vm: &mut Vm, _args: &Args) -> PyResult<ObjId> {
    Err(vm.type_error("memoryview is not supported by heapscope"))
}

fn builtin_breakpoint(vm: &mut Vm, _args: &Args) -> PyResult<ObjId> {
    Ok(vm.new_none())
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn builtin_import(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_kwargs(
        vm,
        "__import__",
        args,
        &["name", "globals", "locals", "fromlist", "level"],
    )?;
    let names = ["name", "globals", "locals", "fromlist", "level"];
    let get = |i: usize| args.args.get(i).copied().or_else(|| args.kwarg(names[i]));
    let Some(name) = get(0) else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let text = super::arg_str(vm, name, "__import__() argument 1")?;
    let fromlist = get(3).unwrap_or(vm.empty_tuple);
    let zero = vm.new_int(0);
    let level = get(4).unwrap_or(zero);
    let r = vm.import_name(&text, fromlist, level);
    vm.decref(zero);
    r
}

// ----- compile, eval, exec -----

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Exec,
    Eval,
}

/// A raised SyntaxError (or IndentationError, ...) with CPython's attributes: `msg`,
/// `filename`, `lineno`, `offset`, `text`, `end_lineno`, `end_offset`.
/// Errors found after parsing (symbol table, compiler) carry no source text: CPython reads it
/// back from the file, which a string source does not have.
fn syntax_error(
    vm: &mut Vm,
    e: &crate::syntax::SyntaxError,
    source: &str,
    filename: &str,
    parsed: bool,
) -> PyErr {
    use crate::syntax::SyntaxErrorKind as K;
    let ty = match e.kind {
        K::SyntaxError => vm.types.syntax_error,
        K::IndentationError => vm.types.indentation_error,
        K::TabError => vm.types.tab_error,
        K::RecursionError => vm.types.recursion_error,
    };
    let msg = e.message(filename);
    if e.kind == K::RecursionError {
        return vm.new_error_msg(ty, &msg);
    }
    let index = crate::syntax::LineIndex::new(source);
    let (line, col) = index.line_col(e.span.start);
    let (end_line, end_col) = index.line_col(e.span.end);
    let text = index.line_text(line).to_string();
    let chars =
        |t: &str, c: u32| t.get(..c as usize).map(|p| p.chars().count()).unwrap_or(0) as i64;
    let offset = chars(&text, col) + 1;
    let end_text = index.line_text(end_line).to_string();
    let end_offset = chars(&end_text, end_col) + 1;
    let items = [
        vm.new_str(filename),
        vm.new_int(line as i64),
        vm.new_int(offset),
        if parsed {
            vm.new_none()
        } else {
            vm.new_str_owned(
                match source.split_inclusive('\n').nth(line.max(1) as usize - 1) {
                    Some(l) if l.ends_with('\n') => format!("{text}\n"),
                    _ => text.clone(),
                },
            )
        },
        vm.new_int(end_line as i64),
        vm.new_int(end_offset),
    ];
    let details = vm.new_tuple_from(&items);
    let m = vm.new_str(&msg);
    let r = vm.call_object(ty, &Args::positional(vec![m, details]));
    vm.decref(m);
    vm.decref(details);
    for i in items {
        vm.decref(i);
    }
    match r {
        Ok(exc) => PyErr::Exception(exc),
        Err(e) => e,
    }
}

/// Compiles source text into a loaded code object (new reference). In eval mode the source
/// must be one expression, whose value the code returns.
fn compile_text(vm: &mut Vm, source: &str, filename: &str, mode: Mode) -> PyResult<ObjId> {
    let module = match crate::syntax::parse(source) {
        Ok(m) => m,
        Err(e) => return Err(syntax_error(vm, &e, source, filename, false)),
    };
    if let Err(e) = crate::syntax::check(&module) {
        return Err(syntax_error(vm, &e, source, filename, true));
    }
    let mut module = module;
    if mode == Mode::Eval {
        // Eval mode: the expression's value is stored into a name; the store (and the module's
        // `return None`) are then dropped so the code returns the value.
        let expr = match module.body.as_slice() {
            [crate::syntax::ast::Stmt {
                kind: crate::syntax::ast::StmtKind::Expr(e),
                ..
            }] => e.clone(),
            _ => {
                let e = crate::syntax::SyntaxError::syntax(
                    "invalid syntax",
                    module.body.first().map(|s| s.span).unwrap_or_default(),
                );
                return Err(syntax_error(vm, &e, source, filename, false));
            }
        };
        let span = expr.span;
        module.body = vec![crate::syntax::ast::Stmt {
            kind: crate::syntax::ast::StmtKind::Assign {
                targets: vec![crate::syntax::ast::Expr {
                    kind: crate::syntax::ast::ExprKind::Name("__eval__".to_string()),
                    span,
                }],
                value: expr,
            },
            span,
        }];
    }
    let mut compiled = match crate::compile::compile_module(&module, source, filename) {
        Ok(c) => c,
        Err(e) => return Err(syntax_error(vm, &e, source, filename, true)),
    };
    if mode == Mode::Eval {
        use crate::compile::Instr;
        let code = Rc::make_mut(&mut compiled.code);
        let n = code.instructions.len();
        if n >= 3 {
            if let (Instr::StoreName(_), Instr::LoadConst(_), Instr::ReturnValue) = (
                code.instructions[n - 3],
                code.instructions[n - 2],
                code.instructions[n - 1],
            ) {
                code.instructions[n - 3] = Instr::Nop;
                code.instructions[n - 2] = Instr::Nop;
            }
        }
    }
    Ok(vm.load_code(&compiled.code))
}

/// The text of a source argument (str or bytes).
fn source_text(vm: &mut Vm, v: ObjId, fname: &str) -> PyResult<Option<String>> {
    match vm.heap.payload(v) {
        Payload::Str(s) => Ok(Some(s.text.to_string())),
        Payload::Bytes(b) => Ok(Some(String::from_utf8_lossy(b).into_owned())),
        Payload::Code(_) => Ok(None),
        _ => {
            let what = if fname == "compile" {
                "compile() arg 1 must be a string, bytes or AST object".to_string()
            } else {
                format!("{fname}() arg 1 must be a string, bytes or code object")
            };
            Err(vm.type_error(&what))
        }
    }
}

/// `builtin_compile_impl`: `compile(source, filename, mode)`.
fn builtin_compile(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_kwargs(
        vm,
        "compile",
        args,
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
    )?;
    let names = ["source", "filename", "mode"];
    let mut parts = Vec::new();
    for (i, name) in names.iter().enumerate() {
        match args.args.get(i).copied().or_else(|| args.kwarg(name)) {
            Some(v) => parts.push(v),
            None => {
                return Err(vm.type_error(&format!(
                    "compile() missing required argument '{name}' (pos {})",
                    i + 1
                )))
            }
        }
    }
    let filename = super::arg_str(vm, parts[1], "compile() argument 'filename'")?;
    let mode = super::arg_str(vm, parts[2], "compile() argument 'mode'")?;
    let mode = match &*mode {
        "exec" | "single" => Mode::Exec,
        "eval" => Mode::Eval,
        _ => {
            return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
        }
    };
    match source_text(vm, parts[0], "compile")? {
        Some(text) => compile_text(vm, &text, &filename, mode),
        None => Ok(vm.incref(parts[0])),
    }
}

/// The namespaces of `eval`/`exec`: the caller's by default; `__builtins__` is added to a
/// globals dict that lacks it. Both returned as new references.
fn exec_namespaces(vm: &mut Vm, fname: &str, args: &Args) -> PyResult<(ObjId, ObjId)> {
    let none = vm.none;
    let globals = args
        .args
        .get(1)
        .copied()
        .or_else(|| args.kwarg("globals"))
        .filter(|&g| g != none);
    let locals = args
        .args
        .get(2)
        .copied()
        .or_else(|| args.kwarg("locals"))
        .filter(|&l| l != none);
    if let Some(g) = globals {
        if !matches!(vm.heap.payload(g), Payload::Dict(_)) {
            let tn = vm.type_name_of(g);
            let msg = if fname == "eval" {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            } else {
                format!("exec() globals must be a dict, not {tn}")
            };
            return Err(vm.type_error(&msg));
        }
    }
    if let Some(l) = locals {
        let is_mapping = matches!(vm.heap.payload(l), Payload::Dict(_))
            || vm
                .lookup_type_attr_borrowed(vm.heap.type_of(l), "__getitem__")
                .is_some();
        if !is_mapping {
            let tn = vm.type_name_of(l);
            let msg = if fname == "eval" {
                "locals must be a mapping".to_string()
            } else {
                format!("locals must be a mapping or None, not {tn}")
            };
            return Err(vm.type_error(&msg));
        }
    }
    let (g, l) = match (globals, locals) {
        (None, None) => {
            let g = match vm.frames.last() {
                Some(f) => f.globals,
                None => vm.builtins_dict,
            };
            vm.incref(g);
            match frame_locals(vm) {
                Ok(l) => (g, l),
                Err(e) => {
                    vm.decref(g);
                    return Err(e);
                }
            }
        }
        (None, Some(l)) => {
            let g = match vm.frames.last() {
                Some(f) => f.globals,
                None => vm.builtins_dict,
            };
            (vm.incref(g), vm.incref(l))
        }
        (Some(g), l) => (vm.incref(g), vm.incref(l.unwrap_or(g))),
    };
    if vm.dict_get_str_borrowed(g, "__builtins__").is_none() {
        let b = vm.builtins;
        super::set_str_item(vm, g, "__builtins__", b);
    }
    Ok((g, l))
}

/// Runs a code object with the given namespaces (`PyEval_EvalCode`).
fn run_with_namespaces(vm: &mut Vm, code: ObjId, globals: ObjId, locals: ObjId) -> PyResult<ObjId> {
    let frame = vm.new_frame(
        code,
        None,
        globals,
        Some(locals),
        crate::vm::OnReturn::Native,
    );
    vm.frames.push(frame);
    let base = vm.frames.len() - 1;
    vm.native_depth += 1;
    let r = vm.step_event().and_then(|_| vm.run_frame(base));
    vm.native_depth -= 1;
    match r {
        Ok(crate::vm::FrameExit::Return(v)) | Ok(crate::vm::FrameExit::Yield(v)) => Ok(v),
        Err(e) => Err(e),
    }
}

fn eval_or_exec(vm: &mut Vm, args: &Args, fname: &str, mode: Mode) -> PyResult<ObjId> {
    check_kwargs(vm, fname, args, &["globals", "locals"])?;
    if args.args.is_empty() || args.args.len() > 3 {
        let n = args.args.len();
        let msg = if n == 0 {
            format!("{fname} expected at least 1 argument, got 0")
        } else {
            format!("{fname} expected at most 3 arguments, got {n}")
        };
        return Err(vm.type_error(&msg));
    }
    let (globals, locals) = exec_namespaces(vm, fname, args)?;
    let code = match source_text(vm, args.args[0], fname) {
        Ok(Some(text)) => {
            let text = if mode == Mode::Eval {
                text.trim_start_matches([' ', '\t']).to_string()
            } else {
                text
            };
            compile_text(vm, &text, "<string>", mode)
        }
        Ok(None) => Ok(vm.incref(args.args[0])),
        Err(e) => Err(e),
    };
    let r = code.and_then(|c| {
        let r = run_with_namespaces(vm, c, globals, locals);
        vm.decref(c);
        r
    });
    vm.decref(globals);
    vm.decref(locals);
    match mode {
        Mode::Eval => r,
        Mode::Exec => {
            vm.decref(r?);
            Ok(vm.new_none())
        }
    }
}

fn builtin_eval(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    eval_or_exec(vm, args, "eval", Mode::Eval)
}

fn builtin_exec(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    eval_or_exec(vm, args, "exec", Mode::Exec)
}

impl Vm {
    /// Whether `f` is `sys.stderr`.
    /// Python/getargs.c: parser_init — the first call of an Argument Clinic function that
    /// parses keywords makes its tuple of interned keyword names, kept for good (3.11 builds
    /// it lazily).
    pub fn clinic_parser_init(&mut self, function: &'static str, keywords: &[&str]) {
        if self.clinic_kwtuples.iter().any(|&(f, _)| f == function) {
            return;
        }
        let names: Vec<ObjId> = keywords.iter().map(|k| self.intern_str(k)).collect();
        let tuple = self.new_tuple(names);
        self.clinic_kwtuples.push((function, tuple));
    }

    pub fn is_stderr(&self, f: ObjId) -> bool {
        matches!(self.heap.payload(f), Payload::Plain) && self.stderr_obj == Some(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(vm: &mut Vm, name: &str, args: Vec<ObjId>) -> PyResult<ObjId> {
        let f = vm
            .dict_get_str_borrowed(vm.builtins_dict, name)
            .expect(name);
        vm.call_object(f, &Args::positional(args))
    }

    fn err_text(vm: &mut Vm, r: PyResult<ObjId>) -> String {
        match r {
            Err(PyErr::Exception(e)) => {
                let s = vm.format_exception_only(e);
                vm.decref(e);
                s
            }
            _ => "no error".to_string(),
        }
    }

    #[test]
    fn chr_ord_and_bases() {
        let mut vm = Vm::new();
        let i = vm.new_int(233);
        let c = call(&mut vm, "chr", vec![i]).unwrap();
        assert_eq!(&*vm.str_of(c), "é");
        let o = call(&mut vm, "ord", vec![c]).unwrap();
        assert!(matches!(vm.heap.payload(o), Payload::Int(233)));
        let h = call(&mut vm, "hex", vec![i]).unwrap();
        assert_eq!(&*vm.str_of(h), "0xe9");
        let neg = vm.new_int(-5);
        let b = call(&mut vm, "bin", vec![neg]).unwrap();
        assert_eq!(&*vm.str_of(b), "-0b101");
        let big = vm.new_int(0x110000);
        let r = call(&mut vm, "chr", vec![big]);
        assert_eq!(
            err_text(&mut vm, r),
            "ValueError: chr() arg not in range(0x110000)\n"
        );
        let two = vm.new_str("ab");
        let r = call(&mut vm, "ord", vec![two]);
        assert_eq!(
            err_text(&mut vm, r),
            "TypeError: ord() expected a character, but string of length 2 found\n"
        );
    }

    #[test]
    fn isinstance_with_tuples() {
        let mut vm = Vm::new();
        let one = vm.new_int(1);
        let inner = vm.new_tuple_from(&[vm.types.float, vm.types.int]);
        let outer = vm.new_tuple_from(&[vm.types.str, inner]);
        let r = call(&mut vm, "isinstance", vec![one, outer]).unwrap();
        assert_eq!(r, vm.true_);
        let three = vm.new_int(3);
        let r = call(&mut vm, "isinstance", vec![one, three]);
        assert_eq!(
            err_text(&mut vm, r),
            "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union\n"
        );
        let (b, i) = (vm.types.bool_, vm.types.int);
        let r = call(&mut vm, "issubclass", vec![b, i]).unwrap();
        assert_eq!(r, vm.true_);
    }

    #[test]
    fn attribute_builtins() {
        let mut vm = Vm::new();
        let one = vm.new_int(1);
        let two = vm.new_int(2);
        let r = call(&mut vm, "getattr", vec![one, two]);
        assert_eq!(
            err_text(&mut vm, r),
            "TypeError: attribute name must be string, not 'int'\n"
        );
        let x = vm.new_str("x");
        let r = call(&mut vm, "getattr", vec![one, x, two]).unwrap();
        assert_eq!(r, two);
        let r = call(&mut vm, "hasattr", vec![one, x]).unwrap();
        assert_eq!(r, vm.false_);
        let r = call(&mut vm, "getattr", vec![one, x]);
        assert_eq!(
            err_text(&mut vm, r),
            "AttributeError: 'int' object has no attribute 'x'\n"
        );
    }

    #[test]
    fn min_max_errors() {
        let mut vm = Vm::new();
        let r = call(&mut vm, "min", vec![]);
        assert_eq!(
            err_text(&mut vm, r),
            "TypeError: min expected at least 1 argument, got 0\n"
        );
    }

    #[test]
    fn ascii_escapes() {
        assert_eq!(
            ascii_escape("'é\u{263a}\u{1f600}'"),
            "'\\xe9\\u263a\\U0001f600'"
        );
    }
}
