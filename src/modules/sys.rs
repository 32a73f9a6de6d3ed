//! The `sys` module, as far as memory-management lessons need it.

use crate::builtins::{add_function, arg_index, check_args, set_str_item};
use crate::heap::ObjId;
use crate::vm::{Args, PyResult, Vm};

pub fn init(vm: &mut Vm, d: ObjId) -> PyResult<()> {
    add_function(vm, d, "getrefcount", getrefcount);
    add_function(vm, d, "intern", intern);
    add_function(vm, d, "getrecursionlimit", getrecursionlimit);
    add_function(vm, d, "setrecursionlimit", setrecursionlimit);
    let maxsize = vm.new_int(i64::MAX);
    set_str_item(vm, d, "maxsize", maxsize);
    vm.decref(maxsize);
    let modules = vm.modules;
    set_str_item(vm, d, "modules", modules);
    Ok(())
}

/// `sys.getrefcount(obj)`: the count includes the argument being passed.
fn getrefcount(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "getrefcount", args, 1, 1)?;
    let n = vm.heap.refcount(args.args[0]);
    Ok(vm.new_int(n))
}

fn intern(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "intern", args, 1, 1)?;
    let s = args.args[0];
    if vm.heap.type_of(s) != vm.types.str {
        let tn = vm.type_name_of(s);
        return Err(vm.type_error(&format!("intern() argument must be str, not {tn}")));
    }
    Ok(vm.intern_existing(s))
}

fn getrecursionlimit(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "getrecursionlimit", args, 0, 0)?;
    let n = vm.recursion_limit as i64;
    Ok(vm.new_int(n))
}

fn setrecursionlimit(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "setrecursionlimit", args, 1, 1)?;
    let n = arg_index(vm, args.args[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n as usize;
    Ok(vm.new_none())
}
