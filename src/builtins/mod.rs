//! Builtin functions and the methods of builtin types, registered into the builtins module
//! and the types' namespaces when the VM starts.

pub mod bytes;
pub mod compare;
pub mod descriptors;
pub mod dict;
pub mod exception_group;
pub mod exceptions;
pub mod format;
pub mod functions;
pub mod iter;
pub mod list;
pub mod mappingproxy;
pub mod number;
pub mod object;
pub mod range;
pub mod repr;
pub mod sequence;
pub mod set;
pub mod sizes;
pub mod str;
pub mod subscript;
pub mod tuple;
pub mod types;

use std::rc::Rc;

use crate::heap::{BuiltinObj, NativeFn, ObjId, Payload};
use crate::vm::{Args, PyResult, Vm};

/// Installs every builtin function and method.
pub fn install(vm: &mut Vm) {
    object::install(vm);
    str::install(vm);
    bytes::install(vm);
    types::install(vm);
    descriptors::install(vm);
    exceptions::install(vm);
    exception_group::install(vm);
    functions::install(vm);
    list::install(vm);
    tuple::install(vm);
    dict::install(vm);
    set::install(vm);
    range::install(vm);
    iter::install(vm);
    subscript::install(vm);
    number::install(vm);
    mappingproxy::install(vm);
    let builtins_dict = vm.builtins_dict;
    for ty in vm.types.exception_types() {
        let name = vm.type_name(ty);
        set_str_item(vm, builtins_dict, &name, ty);
    }
    for (name, ty) in [
        ("object", vm.types.object),
        ("type", vm.types.type_),
        ("int", vm.types.int),
        ("bool", vm.types.bool_),
        ("float", vm.types.float),
        ("complex", vm.types.complex),
        ("str", vm.types.str),
        ("bytes", vm.types.bytes),
        ("bytearray", vm.types.bytearray),
        ("list", vm.types.list),
        ("tuple", vm.types.tuple),
        ("dict", vm.types.dict),
        ("set", vm.types.set),
        ("frozenset", vm.types.frozenset),
        ("range", vm.types.range),
        ("slice", vm.types.slice),
        ("property", vm.types.property),
        ("staticmethod", vm.types.staticmethod),
        ("classmethod", vm.types.classmethod),
        ("super", vm.types.super_),
        ("enumerate", vm.types.enumerate),
        ("zip", vm.types.zip),
        ("map", vm.types.map),
        ("filter", vm.types.filter),
        ("reversed", vm.types.reversed),
    ] {
        set_str_item(vm, builtins_dict, name, ty);
    }
    let none = vm.none;
    let ellipsis = vm.ellipsis;
    let not_implemented = vm.not_implemented;
    set_str_item(vm, builtins_dict, "None", none);
    set_str_item(vm, builtins_dict, "Ellipsis", ellipsis);
    set_str_item(vm, builtins_dict, "NotImplemented", not_implemented);
    let t = vm.true_;
    let f = vm.false_;
    set_str_item(vm, builtins_dict, "True", t);
    set_str_item(vm, builtins_dict, "False", f);
}

/// `dict[name] = value` with an interned str key (start-up use: cannot fail).
pub fn set_str_item(vm: &mut Vm, dict: ObjId, name: &str, value: ObjId) {
    let key = vm.intern_str(name);
    let _ = vm.dict_set_item(dict, key, value);
    vm.decref(key);
}

fn new_builtin(
    vm: &mut Vm,
    name: &'static str,
    func: NativeFn,
    owner: Option<ObjId>,
    class_method: bool,
) -> ObjId {
    let ty = if owner.is_some() && !class_method {
        vm.types.method_descriptor
    } else {
        vm.types.builtin_function
    };
    vm.alloc(
        ty,
        Payload::Builtin(BuiltinObj {
            name,
            func,
            self_: None,
            owner,
            class_method,
        }),
    )
}

/// Registers a method of a builtin type (a method descriptor in the type's dict).
pub fn add_method(vm: &mut Vm, ty: ObjId, name: &'static str, func: NativeFn) {
    let m = new_builtin(vm, name, func, Some(ty), false);
    let dict = type_dict(vm, ty);
    set_str_item(vm, dict, name, m);
    vm.decref(m);
}

/// Registers a class method of a builtin type (`dict.fromkeys`): bound to the class.
pub fn add_class_method(vm: &mut Vm, ty: ObjId, name: &'static str, func: NativeFn) {
    let m = new_builtin(vm, name, func, Some(ty), true);
    let dict = type_dict(vm, ty);
    set_str_item(vm, dict, name, m);
    vm.decref(m);
}

/// Registers a function in a module namespace.
pub fn add_function(vm: &mut Vm, dict: ObjId, name: &'static str, func: NativeFn) {
    let f = new_builtin(vm, name, func, None, false);
    set_str_item(vm, dict, name, f);
    vm.decref(f);
}

pub fn type_dict(vm: &Vm, ty: ObjId) -> ObjId {
    match vm.heap.payload(ty) {
        Payload::Type(t) => t.dict,
        _ => unreachable!("type_dict of a non-type"),
    }
}

// ----- argument helpers for builtins -----

/// Checks the positional count of a builtin call: CPython's "takes exactly/at least/at most"
/// messages.
pub fn check_args(vm: &mut Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.args.len();
    if !args.kwargs.is_empty() && max != usize::MAX {
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
    }
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    Err(vm.type_error(&msg))
}

/// An int argument as i64 (TypeError / OverflowError like `PyLong_AsSsize_t`).
pub fn arg_index(vm: &mut Vm, v: ObjId) -> PyResult<i64> {
    match vm.heap.payload(v) {
        Payload::Int(i) => Ok(*i),
        Payload::Bool(b) => Ok(*b as i64),
        Payload::BigInt(_) => Err(vm.new_error_msg(
            vm.types.overflow_error,
            "Python int too large to convert to C ssize_t",
        )),
        _ => {
            let tn = vm.type_name_of(v);
            Err(vm.type_error(&format!(
                "'{tn}' object cannot be interpreted as an integer"
            )))
        }
    }
}

/// A str argument's text.
pub fn arg_str(vm: &mut Vm, v: ObjId, what: &str) -> PyResult<Rc<str>> {
    match vm.heap.payload(v) {
        Payload::Str(s) => Ok(s.text.clone()),
        _ => {
            let tn = vm.type_name_of(v);
            Err(vm.type_error(&format!("{what} must be str, not {tn}")))
        }
    }
}
