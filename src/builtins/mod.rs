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

/// The special methods that are type slots (typeobject.c `slotdefs`): a builtin type's own
/// implementation of one is a slot wrapper, not a method descriptor.
const SLOT_NAMES: &[&str] = &[
    "__getattribute__",
    "__getattr__",
    "__setattr__",
    "__delattr__",
    "__repr__",
    "__hash__",
    "__call__",
    "__str__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__iter__",
    "__next__",
    "__get__",
    "__set__",
    "__delete__",
    "__init__",
    "__del__",
    "__await__",
    "__aiter__",
    "__anext__",
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__mod__",
    "__rmod__",
    "__divmod__",
    "__rdivmod__",
    "__pow__",
    "__rpow__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__bool__",
    "__invert__",
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
    "__and__",
    "__rand__",
    "__xor__",
    "__rxor__",
    "__or__",
    "__ror__",
    "__int__",
    "__float__",
    "__iadd__",
    "__isub__",
    "__imul__",
    "__imod__",
    "__ipow__",
    "__ilshift__",
    "__irshift__",
    "__iand__",
    "__ixor__",
    "__ior__",
    "__floordiv__",
    "__rfloordiv__",
    "__truediv__",
    "__rtruediv__",
    "__ifloordiv__",
    "__itruediv__",
    "__index__",
    "__matmul__",
    "__rmatmul__",
    "__imatmul__",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
];

/// Whether `ty.name` is a slot wrapper: a slot name, unless the type also defines it as a
/// method (`METH_COEXIST`: list and dict `__getitem__`, dict/set/frozenset `__contains__`).
fn is_slot_wrapper(vm: &Vm, ty: ObjId, name: &str) -> bool {
    let t = &vm.types;
    let coexists = match name {
        "__getitem__" => ty == t.list || ty == t.dict,
        "__contains__" => ty == t.dict || ty == t.set || ty == t.frozenset,
        _ => false,
    };
    !coexists && SLOT_NAMES.contains(&name)
}

fn new_builtin(
    vm: &mut Vm,
    name: &'static str,
    func: NativeFn,
    owner: Option<ObjId>,
    class_method: bool,
) -> ObjId {
    let ty = if let (Some(owner), false) = (owner, class_method) {
        if is_slot_wrapper(vm, owner, name) {
            vm.types.wrapper_descriptor
        } else {
            vm.types.method_descriptor
        }
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
