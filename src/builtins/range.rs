//! `range`: length, membership, iteration (`range_length_obj`, `range_contains`).

use crate::heap::ObjId;
use crate::vm::{PyResult, Vm};

pub fn range_len(vm: &mut Vm, _r: ObjId) -> PyResult<usize> {
    Err(vm.type_error("range is not supported yet"))
}

/// Fast membership for ints; None to fall back to iteration.
pub fn range_contains(_vm: &mut Vm, _r: ObjId, _item: ObjId) -> PyResult<Option<bool>> {
    Ok(None)
}

pub fn range_iter(vm: &mut Vm, _r: ObjId) -> PyResult<ObjId> {
    Err(vm.type_error("range is not supported yet"))
}
