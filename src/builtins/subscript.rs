//! `x[key]`, `x[key] = v`, `del x[key]` for builtin containers and `__getitem__` classes.

use crate::heap::ObjId;
use crate::vm::{PyResult, Vm};

pub fn getitem(vm: &mut Vm, container: ObjId, _key: ObjId) -> PyResult<ObjId> {
    let tn = vm.type_name_of(container);
    Err(vm.type_error(&format!("'{tn}' object is not subscriptable")))
}

/// Assignment, or deletion when `value` is None.
pub fn setitem(vm: &mut Vm, container: ObjId, _key: ObjId, _value: Option<ObjId>) -> PyResult<()> {
    let tn = vm.type_name_of(container);
    Err(vm.type_error(&format!("'{tn}' object does not support item assignment")))
}
