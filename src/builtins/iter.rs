//! `next()` of builtin iterators, generators and classes with `__next__`.

use crate::heap::ObjId;
use crate::vm::{PyResult, Vm};

/// The next item (new reference), or None when the iterator is exhausted.
pub fn iter_next(vm: &mut Vm, it: ObjId) -> PyResult<Option<ObjId>> {
    let tn = vm.type_name_of(it);
    Err(vm.type_error(&format!("'{tn}' object is not an iterator")))
}
