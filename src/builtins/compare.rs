//! Comparisons of builtin values (`long_richcompare`, `unicode_richcompare`,
//! `list_richcompare`, `set_richcompare`, ...).

use crate::heap::ObjId;
use crate::syntax::ast::CmpOp;
use crate::vm::{PyResult, Vm};

/// The result of comparing two builtin values, or None (NotImplemented) when the builtin
/// types do not define the comparison.
pub fn builtin_compare(_vm: &mut Vm, _a: ObjId, _b: ObjId, _op: CmpOp) -> PyResult<Option<bool>> {
    Ok(None)
}
