//! `str` (Objects/unicodeobject.c): construction, methods, concatenation, repetition and
//! printf-style `%` formatting.

use crate::heap::ObjId;
use crate::syntax::ast::BinOp;
use crate::vm::{PyResult, Vm};

/// `str + str`, `str * int`, `int * str`, `str % args`, and the same for bytes; None when the
/// operands are not str/bytes.
pub fn binary_op(_vm: &mut Vm, _a: ObjId, _b: ObjId, _op: BinOp) -> PyResult<Option<ObjId>> {
    Ok(None)
}
