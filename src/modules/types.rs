//! The `types` module: names for the interpreter's types.

use crate::builtins::set_str_item;
use crate::heap::ObjId;
use crate::vm::{PyResult, Vm};

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
