//! Operators of builtin containers: list/tuple concatenation and repetition, set algebra,
//! dict union, and their in-place forms.

use crate::heap::ObjId;
use crate::syntax::ast::BinOp;
use crate::vm::{PyResult, Vm};

/// `list + list`, `tuple * n`, `set | set`, `dict | dict`, ...; None = NotImplemented.
pub fn binary_op(_vm: &mut Vm, _a: ObjId, _b: ObjId, _op: BinOp) -> PyResult<Option<ObjId>> {
    Ok(None)
}

/// `list += iterable`, `list *= n`, `set |= s`, `dict |= d`: mutate and return `a` (new
/// reference); None to fall back to the binary operator.
pub fn inplace_op(_vm: &mut Vm, _a: ObjId, _b: ObjId, _op: BinOp) -> PyResult<Option<ObjId>> {
    Ok(None)
}
