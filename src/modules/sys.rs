//! The `sys` module, as far as memory-management lessons need it.

use crate::builtins::{add_function, add_method, arg_index, check_args, set_str_item};
use crate::heap::{ObjId, Payload};
use crate::modules::textio::Stdio;
use crate::vm::{Args, PyResult, Vm};

pub fn init(vm: &mut Vm, d: ObjId) -> PyResult<()> {
    add_function(vm, d, "getrefcount", getrefcount);
    add_function(vm, d, "intern", intern);
    add_function(vm, d, "getrecursionlimit", getrecursionlimit);
    add_function(vm, d, "setrecursionlimit", setrecursionlimit);
    add_function(vm, d, "exc_info", exc_info);
    add_function(vm, d, "getsizeof", getsizeof);
    add_function(vm, d, "exception", exception);
    add_function(vm, d, "exit", exit);
    add_function(vm, d, "getswitchinterval", getswitchinterval);
    add_function(vm, d, "setswitchinterval", setswitchinterval);
    add_function(vm, d, "getdefaultencoding", getdefaultencoding);
    add_function(vm, d, "_getframe", getframe);
    crate::modules::thread::install_sys_excepthook(vm, d);
    for (name, value) in [
        (
            "version",
            "3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]",
        ),
        ("platform", "linux"),
        ("byteorder", "little"),
        ("executable", "/usr/bin/python3"),
    ] {
        let v = vm.new_str(value);
        set_str_item(vm, d, name, v);
        vm.decref(v);
    }
    let parts = [
        vm.new_int(3),
        vm.new_int(11),
        vm.new_int(7),
        vm.new_str("final"),
        vm.new_int(0),
    ];
    let version_info = vm.new_tuple(parts.to_vec());
    set_str_item(vm, d, "version_info", version_info);
    vm.decref(version_info);
    let hexversion = vm.new_int(0x030b07f0);
    set_str_item(vm, d, "hexversion", hexversion);
    vm.decref(hexversion);
    for name in ["argv", "path", "warnoptions"] {
        let l = vm.new_list(Vec::new());
        set_str_item(vm, d, name, l);
        vm.decref(l);
    }
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
    let which = if vm.is_stderr(stream) {
        vm.output.write_stderr(&text);
        Stdio::Stderr
    } else {
        vm.output.write_stdout(&text);
        Stdio::Stdout
    };
    vm.textiowrapper_write(which, s);
    Ok(vm.new_int(text.chars().count() as i64))
}

fn text_io_flush(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    vm.output.flush();
    if let Some(&stream) = args.args.first() {
        let which = if vm.is_stderr(stream) {
            Stdio::Stderr
        } else {
            Stdio::Stdout
        };
        vm.textiowrapper_flush(which);
    }
    Ok(vm.new_none())
}

/// `sys.getsizeof(obj[, default])`.
fn getsizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "getsizeof", args, 1, 2)?;
    match vm.sizeof(args.args[0]) {
        Ok(n) => Ok(vm.new_int(n as i64)),
        Err(e) => match args.args.get(1) {
            Some(&default) => {
                if let crate::vm::PyErr::Exception(x) = e {
                    vm.decref(x);
                }
                Ok(vm.incref(default))
            }
            None => Err(e),
        },
    }
}

/// `sys.exc_info()`: (type, value, traceback) of the exception being handled.
fn exc_info(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "exc_info", args, 0, 0)?;
    let items = match vm.exc_info {
        Some(e) if e != vm.none => {
            let ty = vm.heap.type_of(e);
            let tb = match vm.heap.payload(e) {
                Payload::Exception(x) => x.traceback.unwrap_or(vm.none),
                _ => vm.none,
            };
            vec![ty, e, tb]
        }
        _ => vec![vm.none, vm.none, vm.none],
    };
    Ok(vm.new_tuple_from(&items))
}

/// `sys.exception()` (3.11): the exception being handled, or None.
fn exception(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "exception", args, 0, 0)?;
    let e = vm.exc_info.unwrap_or(vm.none);
    Ok(vm.incref(e))
}

/// `sys.exit([status])`: raises SystemExit.
fn exit(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "exit", args, 0, 1)?;
    let exc_args: Vec<ObjId> = args.args.iter().map(|&a| vm.incref(a)).collect();
    let exc = vm.new_exception(vm.types.system_exit, exc_args);
    Err(crate::vm::PyErr::Exception(exc))
}

fn getswitchinterval(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "getswitchinterval", args, 0, 0)?;
    let v = vm.switch_interval;
    Ok(vm.new_float(v))
}

fn setswitchinterval(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "setswitchinterval", args, 1, 1)?;
    let v = match vm.heap.payload(args.args[0]) {
        Payload::Float(f) => *f,
        Payload::Int(i) => *i as f64,
        _ => {
            let tn = vm.type_name_of(args.args[0]);
            return Err(vm.type_error(&format!("must be real number, not {tn}")));
        }
    };
    if v <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    vm.switch_interval = v;
    Ok(vm.new_none())
}

/// `sys__getframe_impl`: the frame object `depth` calls below the caller's.
fn getframe(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "_getframe", args, 0, 1)?;
    let depth = match args.args.first() {
        Some(&d) => arg_index(vm, d)?,
        None => 0,
    };
    let n = vm.frames.len() as i64;
    if depth < 0 || depth >= n {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    Ok(vm.frame_object((n - 1 - depth) as usize))
}

fn getdefaultencoding(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "getdefaultencoding", args, 0, 0)?;
    Ok(vm.new_str("utf-8"))
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
