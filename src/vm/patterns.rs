//! The instructions of PEP 634 pattern matching, after CPython 3.11's Python/ceval.c
//! (`GET_LEN`, `MATCH_MAPPING`, `MATCH_SEQUENCE`, `MATCH_KEYS`, `MATCH_CLASS`, with
//! `match_keys`, `match_class` and `match_class_attr`).

use super::{Args, PyErr, PyResult, Vm};
use crate::heap::{ObjId, Payload};

impl Vm {
    /// The collection flags of a type (`Py_TPFLAGS_SEQUENCE` 1 << 5, `Py_TPFLAGS_MAPPING`
    /// 1 << 6): those of the nearest class in the MRO that has any, from a builtin base or
    /// from the `__abc_tpflags__` that collections.abc's Sequence and Mapping declare.
    fn collection_flags(&self, ty: ObjId) -> i64 {
        const SEQUENCE: i64 = 1 << 5;
        const MAPPING: i64 = 1 << 6;
        let t = &self.types;
        for &b in self.mro_of(ty) {
            if [t.list, t.tuple, t.range].contains(&b) {
                return SEQUENCE;
            }
            if [t.dict, t.mappingproxy].contains(&b) {
                return MAPPING;
            }
            let flags = match self.heap.payload(b) {
                Payload::Type(tobj) => self.dict_get_str_borrowed(tobj.dict, "__abc_tpflags__"),
                _ => None,
            };
            if let Some(Payload::Int(f)) = flags.map(|f| self.heap.payload(f)) {
                if f & (SEQUENCE | MAPPING) != 0 {
                    return f & (SEQUENCE | MAPPING);
                }
            }
        }
        0
    }

    /// `Py_TPFLAGS_MAPPING`.
    pub(super) fn type_is_mapping(&self, ty: ObjId) -> bool {
        self.collection_flags(ty) & (1 << 6) != 0
    }

    /// `Py_TPFLAGS_SEQUENCE`.
    pub(super) fn type_is_sequence(&self, ty: ObjId) -> bool {
        self.collection_flags(ty) & (1 << 5) != 0
    }

    /// `_Py_TPFLAGS_MATCH_SELF`: `int(x)` matches the subject itself.
    fn type_matches_self(&self, ty: ObjId) -> bool {
        let t = &self.types;
        let bases = [
            t.bool_,
            t.bytearray,
            t.bytes,
            t.dict,
            t.float,
            t.frozenset,
            t.int,
            t.list,
            t.set,
            t.str,
            t.tuple,
        ];
        self.mro_of(ty).iter().any(|b| bases.contains(b))
    }

    /// `MATCH_KEYS` (`match_keys`): a tuple of `subject.get(key, dummy)` values, or None when
    /// a key is missing. Owned result.
    pub(super) fn match_keys(&mut self, map: ObjId, keys: ObjId) -> PyResult<ObjId> {
        let keys = self.tuple_items(Some(keys));
        if keys.is_empty() {
            return Ok(self.new_tuple(Vec::new()));
        }
        let get = self.getattr_str(map, "get")?;
        let seen = self.new_set();
        let dummy = self.alloc(self.types.object, Payload::Plain);
        let mut values = Vec::with_capacity(keys.len());
        let mut result = Ok(None);
        for key in keys {
            let dup = match self.set_contains(seen, key) {
                Ok(false) => self.set_add(seen, key).map(|_| false),
                other => other,
            };
            match dup {
                Ok(false) => {}
                Ok(true) => {
                    let repr = self.repr_string(key);
                    result = match repr {
                        Ok(r) => Err(self
                            .value_error(&format!("mapping pattern checks duplicate key ({r})"))),
                        Err(e) => Err(e),
                    };
                    break;
                }
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
            match self.call_object(get, &Args::positional(vec![key, dummy])) {
                Ok(v) if v == dummy => {
                    self.decref(v);
                    result = Ok(Some(self.none));
                    break;
                }
                Ok(v) => values.push(v),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        let out = match result {
            Ok(None) => Ok(self.new_tuple(std::mem::take(&mut values))),
            Ok(Some(none)) => Ok(self.incref(none)),
            Err(e) => Err(e),
        };
        for v in values {
            self.decref(v);
        }
        self.decref(get);
        self.decref(seen);
        self.decref(dummy);
        out
    }

    /// `MATCH_CLASS` (`match_class`): the tuple of attributes for the sub-patterns, or None
    /// when the subject does not match. Owned result.
    pub(super) fn match_class(
        &mut self,
        subject: ObjId,
        ty: ObjId,
        nargs: usize,
        kwargs: ObjId,
    ) -> PyResult<ObjId> {
        if !matches!(self.heap.payload(ty), Payload::Type(_)) {
            return Err(self.type_error("called match pattern must be a type"));
        }
        if !crate::builtins::functions::isinstance(self, subject, ty)? {
            return Ok(self.incref(self.none));
        }
        let seen = self.new_set();
        let mut attrs: Vec<ObjId> = Vec::new();
        let r = self.match_class_attrs(subject, ty, nargs, kwargs, seen, &mut attrs);
        self.decref(seen);
        let out = match r {
            Ok(true) => Ok(self.new_tuple(std::mem::take(&mut attrs))),
            Ok(false) => Ok(self.incref(self.none)),
            Err(e) => Err(e),
        };
        for a in attrs {
            self.decref(a);
        }
        out
    }

    /// The body of `match_class` after the isinstance check; Ok(false) when an attribute is
    /// missing (no match).
    fn match_class_attrs(
        &mut self,
        subject: ObjId,
        ty: ObjId,
        nargs: usize,
        kwargs: ObjId,
        seen: ObjId,
        attrs: &mut Vec<ObjId>,
    ) -> PyResult<bool> {
        let tname = self.type_name(ty);
        if nargs > 0 {
            let (match_args, match_self) = match self.getattr_str(ty, "__match_args__") {
                Ok(m) => {
                    if !matches!(self.heap.payload(m), Payload::Tuple(_))
                        || self.heap.type_of(m) != self.types.tuple
                    {
                        let got = self.type_name_of(m);
                        self.decref(m);
                        return Err(self.type_error(&format!(
                            "{tname}.__match_args__ must be a tuple (got {got})"
                        )));
                    }
                    (m, false)
                }
                Err(PyErr::Exception(e)) if self.isinstance_of(e, self.types.attribute_error) => {
                    self.decref(e);
                    (self.new_tuple(Vec::new()), self.type_matches_self(ty))
                }
                Err(e) => return Err(e),
            };
            let names = self.tuple_items(Some(match_args));
            let allowed = if match_self { 1 } else { names.len() };
            if allowed < nargs {
                self.decref(match_args);
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(&format!(
                    "{tname}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"
                )));
            }
            if match_self {
                attrs.push(self.incref(subject));
            } else {
                for &name in names.iter().take(nargs) {
                    if self.heap.type_of(name) != self.types.str {
                        let got = self.type_name_of(name);
                        self.decref(match_args);
                        return Err(self.type_error(&format!(
                            "__match_args__ elements must be strings (got {got})"
                        )));
                    }
                    match self.match_class_attr(subject, &tname, name, seen) {
                        Ok(Some(a)) => attrs.push(a),
                        other => {
                            self.decref(match_args);
                            return other.map(|_| false);
                        }
                    }
                }
            }
            self.decref(match_args);
        }
        for name in self.tuple_items(Some(kwargs)) {
            match self.match_class_attr(subject, &tname, name, seen)? {
                Some(a) => attrs.push(a),
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// `match_class_attr`: `getattr(subject, name)`, None when it raises AttributeError.
    fn match_class_attr(
        &mut self,
        subject: ObjId,
        tname: &str,
        name: ObjId,
        seen: ObjId,
    ) -> PyResult<Option<ObjId>> {
        if self.set_contains(seen, name)? {
            let repr = self.repr_string(name)?;
            return Err(self.type_error(&format!(
                "{tname}() got multiple sub-patterns for attribute {repr}"
            )));
        }
        self.set_add(seen, name)?;
        match self.getattr(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(PyErr::Exception(e)) if self.isinstance_of(e, self.types.attribute_error) => {
                self.decref(e);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}
