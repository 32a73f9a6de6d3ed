//! The functions of the builtins module (Python/bltinmodule.c).

use crate::heap::{ObjId, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::{add_function, check_args};

pub fn install(vm: &mut Vm) {
    let d = vm.builtins_dict;
    add_function(vm, d, "print", builtin_print);
    add_function(vm, d, "len", builtin_len);
    add_function(vm, d, "repr", builtin_repr);
    add_function(vm, d, "id", builtin_id);
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
fn builtin_print(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let sep = match args.kwarg("sep") {
        Some(s) if s != vm.none => super::arg_str(vm, s, "sep")?.to_string(),
        _ => " ".to_string(),
    };
    let end = match args.kwarg("end") {
        Some(s) if s != vm.none => super::arg_str(vm, s, "end")?.to_string(),
        _ => "\n".to_string(),
    };
    let mut text = String::new();
    for (i, &a) in args.args.iter().enumerate() {
        if i > 0 {
            text.push_str(&sep);
        }
        text.push_str(&vm.print_text(a)?);
    }
    text.push_str(&end);
    let to_stderr = args.kwarg("file").map(|f| vm.is_stderr(f)).unwrap_or(false);
    if to_stderr {
        vm.output.write_stderr(&text);
    } else {
        vm.output.write_stdout(&text);
    }
    Ok(vm.new_none())
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

impl Vm {
    /// Whether `f` is `sys.stderr`.
    pub fn is_stderr(&self, f: ObjId) -> bool {
        matches!(self.heap.payload(f), Payload::Plain) && self.stderr_obj == Some(f)
    }
}
