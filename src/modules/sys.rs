//! The `sys` module, as far as memory-management lessons need it.

use crate::builtins::{add_function, add_method, arg_index, check_args, set_str_item};
use crate::heap::{ObjId, Payload};
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
    let text_io = vm.types.text_io;
    add_method(vm, text_io, "write", text_io_write);
    add_method(vm, text_io, "flush", text_io_flush);
    for name in ["stdout", "stderr"] {
        let stream = vm.alloc(text_io, Payload::Plain);
        set_str_item(vm, d, name, stream);
        if name == "stderr" {
            vm.stderr_obj = Some(stream);
        }
        vm.decref(stream);
    }
    Ok(())
}

/// `sys.stdout.write(s)` / `sys.stderr.write(s)`: returns the number of characters.
fn text_io_write(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "write", args, 2, 2)?;
    let (stream, s) = (args.args[0], args.args[1]);
    let text = match vm.heap.payload(s) {
        Payload::Str(t) => t.text.clone(),
        _ => {
            let tn = vm.type_name_of(s);
            return Err(vm.type_error(&format!("write() argument must be str, not {tn}")));
        }
    };
    if vm.is_stderr(stream) {
        vm.output.write_stderr(&text);
    } else {
        vm.output.write_stdout(&text);
    }
    Ok(vm.new_int(text.chars().count() as i64))
}

fn text_io_flush(vm: &mut Vm, _args: &Args) -> PyResult<ObjId> {
    vm.output.flush();
    Ok(vm.new_none())
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
