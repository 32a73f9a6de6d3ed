//! `_heapscope`: hooks the Python-written modules use to tell the model what they did.

use crate::builtins::{add_function, check_args};
use crate::heap::ObjId;
use crate::vm::{Args, PyResult, Vm};

pub fn init(vm: &mut Vm, d: ObjId) -> PyResult<()> {
    add_function(vm, d, "mark_copy", mark_copy);
    Ok(())
}

/// `mark_copy(new, original)`: records that `new` was copied from `original` (the page
/// shows what a copy shares with its original).
fn mark_copy(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "mark_copy", args, 2, 2)?;
    let (new, original) = (args.args[0], args.args[1]);
    if new != original && !vm.heap.get(new).is_static {
        vm.heap.get_mut(new).copied_from = Some(original);
    }
    Ok(vm.new_none())
}
