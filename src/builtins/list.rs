//! `list` (Objects/listobject.c): the over-allocation of `list_resize`, and the methods.

use crate::heap::{ObjId, Payload};
use crate::vm::Vm;

/// `list_resize`: the capacity after growing or shrinking from `allocated` (holding
/// `oldsize` items) to `newsize` items.
pub fn list_resize_capacity(allocated: usize, oldsize: usize, newsize: usize) -> usize {
    if allocated >= newsize && newsize >= (allocated >> 1) {
        return allocated;
    }
    if newsize == 0 {
        return 0;
    }
    let mut new_allocated = (newsize + (newsize >> 3) + 6) & !3;
    if newsize - oldsize.min(newsize) > new_allocated - newsize {
        new_allocated = (newsize + 3) & !3;
    }
    new_allocated
}

/// `list_preallocate_exact`: capacity for `n` items rounded up to even.
pub fn preallocate_exact(n: usize) -> usize {
    (n + 1) & !1
}

/// `list.extend` with owned items.
pub fn extend_owned(vm: &mut Vm, list: ObjId, items: Vec<ObjId>) {
    if let Payload::List(l) = vm.heap.payload_mut(list) {
        let old = l.items.len();
        let newsize = old + items.len();
        if old == 0 && l.allocated == 0 {
            l.allocated = preallocate_exact(newsize);
        } else {
            l.allocated = list_resize_capacity(l.allocated, old, newsize);
        }
        l.items.extend(items);
    }
}
