//! The `types` module: names for the interpreter's types.

use crate::builtins::{add_class_method, add_method, check_args, set_str_item};
use crate::heap::{ObjId, Payload};
use crate::vm::{Args, PyResult, Vm};

pub fn init(vm: &mut Vm, d: ObjId) -> PyResult<()> {
    let t = vm.types.clone();
    for (name, ty) in [
        ("FunctionType", t.function),
        ("LambdaType", t.function),
        ("CodeType", t.code),
        ("MethodType", t.method),
        ("BuiltinFunctionType", t.builtin_function),
        ("BuiltinMethodType", t.builtin_function),
        ("MethodDescriptorType", t.method_descriptor),
        ("WrapperDescriptorType", t.wrapper_descriptor),
        ("MethodWrapperType", t.method_wrapper),
        ("ModuleType", t.module),
        ("GeneratorType", t.generator),
        ("TracebackType", t.traceback),
        ("FrameType", t.frame),
        ("MappingProxyType", t.mappingproxy),
        ("CellType", t.cell),
        ("NoneType", t.none_type),
        ("EllipsisType", t.ellipsis_type),
        ("NotImplementedType", t.not_implemented_type),
    ] {
        set_str_item(vm, d, name, ty);
    }
    Ok(())
}

/// The builtin containers that are generic (`list[int]`): their `__class_getitem__` makes a
/// `types.GenericAlias`.
pub fn install_class_getitem(vm: &mut Vm) {
    let t = vm.types.clone();
    for ty in [
        t.list,
        t.dict,
        t.tuple,
        t.set,
        t.frozenset,
        t.type_,
        t.base_exception_group,
    ] {
        add_class_method(vm, ty, "__class_getitem__", class_getitem);
    }
    add_method(vm, t.mappingproxy, "__new__", mappingproxy_new);
    add_method(vm, t.method, "__new__", method_new);
    // The builtin types' own `tp_repr`, for subclasses that call `dict.__repr__(self)` or
    // take `int.__repr__` as their `__str__` (IntEnum).
    for ty in [
        t.list,
        t.dict,
        t.tuple,
        t.set,
        t.frozenset,
        t.int,
        t.float,
        t.str,
    ] {
        add_method(vm, ty, "__repr__", builtin_type_repr);
    }
    // `PyObject_HashNotImplemented`: unhashable builtin types say so in their dict, which
    // is what `collections.abc.Hashable` looks at.
    for ty in [t.list, t.dict, t.set, t.bytearray] {
        let dict = crate::builtins::type_dict(vm, ty);
        let none = vm.none;
        set_str_item(vm, dict, "__hash__", none);
    }
}

/// `list_repr`, `dict_repr`, `long_to_decimal_string`, ...: the builtin repr of the
/// builtin part of `self`.
fn builtin_type_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "__repr__", args, 1, 1)?;
    let s = vm.builtin_repr(args.args[0])?;
    Ok(vm.new_str_owned(s))
}

/// `mappingproxy_new`: a read-only view of a dict.
fn mappingproxy_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "mappingproxy", args, 2, 2)?;
    let mapping = args.args[1];
    if !matches!(vm.heap.payload(mapping), Payload::Dict(_)) {
        let tn = vm.type_name_of(mapping);
        return Err(vm.type_error(&format!(
            "mappingproxy() argument must be a mapping, not {tn}"
        )));
    }
    vm.incref(mapping);
    Ok(vm.alloc(vm.types.mappingproxy, Payload::MappingProxy(mapping)))
}

/// `method_new`: `types.MethodType(function, instance)`.
fn method_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "method", args, 3, 3)?;
    let (func, self_) = (args.args[1], args.args[2]);
    if !crate::builtins::functions::is_callable(vm, func) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if self_ == vm.none {
        return Err(vm.type_error("instance must not be None"));
    }
    vm.incref(func);
    vm.incref(self_);
    Ok(vm.alloc(vm.types.method, Payload::BoundMethod { func, self_ }))
}

/// `Py_GenericAlias`: `cls[item]` for the builtin generic types.
fn class_getitem(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "__class_getitem__", args, 2, 2)?;
    let module = vm.import_module("types")?;
    let alias = vm.getattr_str(module, "GenericAlias");
    vm.decref(module);
    let alias = alias?;
    let r = vm.call_object(alias, &Args::positional(vec![args.args[0], args.args[1]]));
    vm.decref(alias);
    r
}

/// `_Py_union_type_or`: `type.__or__` and `type.__ror__`, `int | None` (a `types.UnionType`),
/// or None when neither operand is a type.
pub fn union_type_or(vm: &mut Vm, a: ObjId, b: ObjId) -> PyResult<Option<ObjId>> {
    let is_type = |vm: &Vm, v: ObjId| matches!(vm.heap.payload(v), Payload::Type(_));
    if !is_type(vm, a) && !is_type(vm, b) {
        return Ok(None);
    }
    let module = vm.import_module("types")?;
    let union_or = vm.getattr_str(module, "_union_or");
    vm.decref(module);
    let union_or = union_or?;
    let r = vm.call_object(union_or, &Args::positional(vec![a, b]));
    vm.decref(union_or);
    let r = r?;
    if r == vm.not_implemented {
        vm.decref(r);
        return Ok(None);
    }
    Ok(Some(r))
}
