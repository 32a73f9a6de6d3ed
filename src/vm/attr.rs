//! Attribute access: `_PyType_Lookup` along the MRO, descriptors, instance attributes
//! (`PyObject_GenericGetAttr` / `GenericSetAttr`), class attributes (`type_getattro`) and
//! `LOAD_METHOD` (`_PyObject_GetMethod`).

use std::rc::Rc;

use super::{Args, PyErr, PyResult, Vm};
use crate::heap::str::NameHash;
use crate::heap::{Attrs, ObjId, Payload};

/// Names looked up on every instance creation (`object_new`, `type_call`).
pub(super) static NEW: NameHash = NameHash::new("__new__");
pub(super) static INIT: NameHash = NameHash::new("__init__");
pub(super) static ABSTRACT_METHODS: NameHash = NameHash::new("__abstractmethods__");

/// Slots in the type attribute cache (`MCACHE_SIZE_EXP` is 12 in CPython; programs here are
/// small).
pub const TYPE_CACHE_SIZE: usize = 1024;

/// One remembered `_PyType_Lookup` answer.
#[derive(Clone, Debug)]
pub struct TypeCacheEntry {
    ty: ObjId,
    /// [`crate::heap::dict::watched_epoch`] when it was filled.
    epoch: u64,
    name: Box<str>,
    value: Option<ObjId>,
}

/// `MCACHE_HASH_METHOD`: the slot of (type, name), from the type's key and the name's
/// address (names are mostly string literals; the text is compared on a hit anyway).
fn type_cache_slot(ty: ObjId, name: &str) -> usize {
    use slotmap::Key;
    let key = ty.data().as_ffi().wrapping_mul(0x9e37_79b9_7f4a_7c15)
        ^ (name.as_ptr() as u64).wrapping_mul(0xff51_afd7_ed55_8ccd)
        ^ name.len() as u64;
    (key >> 32) as usize % TYPE_CACHE_SIZE
}

impl Vm {
    /// The text of a str object (empty for anything else).
    pub fn str_of(&self, id: ObjId) -> Rc<str> {
        match self.heap.payload(id) {
            Payload::Str(s) => s.text.clone(),
            _ => Rc::from(""),
        }
    }

    /// `tp_name` of a type.
    pub fn type_name(&self, ty: ObjId) -> String {
        match self.heap.payload(ty) {
            Payload::Type(t) => t.name.to_string(),
            _ => "?".to_string(),
        }
    }

    /// The type name of an object, as error messages print it.
    pub fn type_name_of(&self, obj: ObjId) -> String {
        self.type_name(self.heap.type_of(obj))
    }

    pub fn mro_of(&self, ty: ObjId) -> &[ObjId] {
        match self.heap.payload(ty) {
            Payload::Type(t) => &t.mro,
            _ => &[],
        }
    }

    pub fn is_subtype(&self, ty: ObjId, base: ObjId) -> bool {
        ty == base || self.mro_of(ty).contains(&base)
    }

    pub fn isinstance_of(&self, obj: ObjId, cls: ObjId) -> bool {
        self.is_subtype(self.heap.type_of(obj), cls)
    }

    /// A str-keyed lookup in a dict object without running Python code (borrowed result).
    pub fn dict_get_str_borrowed(&self, dict: ObjId, key: &str) -> Option<ObjId> {
        self.dict_get_str_hashed(dict, key, crate::heap::str::hash_text(key))
    }

    /// [`Vm::dict_get_str_borrowed`] of a fixed name whose hash is computed once.
    pub(crate) fn dict_get_name_borrowed(
        &self,
        dict: ObjId,
        name: &crate::heap::str::NameHash,
    ) -> Option<ObjId> {
        self.dict_get_str_hashed(dict, name.name(), name.hash())
    }

    /// [`Vm::dict_get_str_borrowed`] with the key's hash already known.
    fn dict_get_str_hashed(&self, dict: ObjId, key: &str, hash: i64) -> Option<ObjId> {
        let Payload::Dict(d) = self.heap.payload(dict) else {
            return None;
        };
        let found = d.probe(hash, |k| match self.heap.payload(k) {
            Payload::Str(s) => Some(s.as_str() == key),
            _ => Some(false),
        });
        match found {
            crate::heap::dict::Probe::Found(idx) => d.entry(idx).map(|e| e.value),
            _ => None,
        }
    }

    /// `_PyType_Lookup`: the attribute in the first class of the MRO that has it (borrowed).
    /// Answers come from the type attribute cache while no class namespace it read has
    /// changed (CPython's method cache, keyed by type version tag and name).
    pub fn lookup_type_attr_borrowed(&self, ty: ObjId, name: &str) -> Option<ObjId> {
        let epoch = crate::heap::dict::watched_epoch();
        let slot = type_cache_slot(ty, name);
        if let Some(e) = &self.type_attr_cache.borrow()[slot] {
            if e.ty == ty && e.epoch == epoch && *e.name == *name {
                return e.value;
            }
        }
        let value = self.find_type_attr(ty, name);
        self.type_attr_cache.borrow_mut()[slot] = Some(TypeCacheEntry {
            ty,
            epoch,
            name: name.into(),
            value,
        });
        value
    }

    /// The MRO walk of `_PyType_Lookup`; every namespace read is watched for changes.
    fn find_type_attr(&self, ty: ObjId, name: &str) -> Option<ObjId> {
        let hash = crate::heap::str::hash_text(name);
        for &cls in self.mro_of(ty) {
            if let Payload::Type(t) = self.heap.payload(cls) {
                if let Payload::Dict(d) = self.heap.payload(t.dict) {
                    d.watch();
                }
                if let Some(v) = self.dict_get_str_hashed(t.dict, name, hash) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// Like [`Vm::lookup_type_attr_borrowed`], returning a new reference.
    pub fn lookup_type_attr(&mut self, ty: ObjId, name: &str) -> Option<ObjId> {
        let v = self.lookup_type_attr_borrowed(ty, name)?;
        Some(self.incref(v))
    }

    /// The object's own attribute (instance dict / inline values), borrowed.
    pub fn instance_attr(&self, obj: ObjId, name: &str) -> Option<ObjId> {
        match self.heap.get(obj).attrs.as_deref() {
            Some(Attrs::Inline(values)) => {
                let mut dict = None;
                for (k, v) in values {
                    if &**k == name {
                        return Some(*v);
                    }
                    if &**k == "__dict__" {
                        dict = Some(*v);
                    }
                }
                self.dict_get_str_borrowed(dict?, name)
            }
            Some(Attrs::Dict(d)) => self.dict_get_str_borrowed(*d, name),
            None => None,
        }
    }

    /// Whether a class attribute is a data descriptor (defines `__set__` or `__delete__`).
    fn is_data_descriptor(&self, descr: ObjId) -> bool {
        match self.heap.payload(descr) {
            Payload::Property { .. } => true,
            _ => {
                let ty = self.heap.type_of(descr);
                self.is_heap_type(ty)
                    && (self.lookup_type_attr_borrowed(ty, "__set__").is_some()
                        || self.lookup_type_attr_borrowed(ty, "__delete__").is_some())
            }
        }
    }

    /// `descr.__get__(obj, owner)` for the descriptor kinds the model knows; None when the
    /// attribute is not a descriptor (it is returned as is).
    fn descriptor_get(
        &mut self,
        descr: ObjId,
        obj: Option<ObjId>,
        owner: ObjId,
    ) -> Option<PyResult<ObjId>> {
        match self.heap.payload(descr) {
            Payload::Function(_) => Some(Ok(match obj {
                Some(o) => {
                    self.incref(descr);
                    self.incref(o);
                    self.alloc(
                        self.types.method,
                        Payload::BoundMethod {
                            func: descr,
                            self_: o,
                        },
                    )
                }
                None => self.incref(descr),
            })),
            Payload::Builtin(b) if b.self_.is_none() => {
                let mut bound = b.clone();
                if b.class_method {
                    bound.self_ = Some(self.incref(owner));
                } else {
                    match obj {
                        Some(o) => bound.self_ = Some(self.incref(o)),
                        None => return Some(Ok(self.incref(descr))),
                    }
                }
                // A bound slot wrapper is a method-wrapper (`wrapperobject`).
                let ty = if self.heap.type_of(descr) == self.types.wrapper_descriptor {
                    self.types.method_wrapper
                } else {
                    self.types.builtin_function
                };
                Some(Ok(self.alloc(ty, Payload::Builtin(bound))))
            }
            Payload::StaticMethod(f) => {
                let f = *f;
                Some(Ok(self.incref(f)))
            }
            Payload::ClassMethod(f) => {
                let f = *f;
                self.incref(f);
                self.incref(owner);
                Some(Ok(self.alloc(
                    self.types.method,
                    Payload::BoundMethod {
                        func: f,
                        self_: owner,
                    },
                )))
            }
            Payload::Property { fget, .. } => {
                let fget = *fget;
                match obj {
                    None => Some(Ok(self.incref(descr))),
                    Some(o) => match fget {
                        Some(g) => Some(self.call_object(g, &Args::positional(vec![o]))),
                        None => Some(Err(self
                            .new_error_msg(self.types.attribute_error, "property has no getter"))),
                    },
                }
            }
            _ => {
                let ty = self.heap.type_of(descr);
                if !self.is_heap_type(ty) {
                    return None;
                }
                let get = self.lookup_type_attr_borrowed(ty, "__get__")?;
                let none = self.none;
                let args = Args::positional(vec![descr, obj.unwrap_or(none), owner]);
                Some(self.call_object(get, &args))
            }
        }
    }

    /// `getattr(obj, name)` where name is a str object.
    pub fn getattr(&mut self, obj: ObjId, name: ObjId) -> PyResult<ObjId> {
        let n = self.str_of(name);
        self.getattr_str(obj, &n)
    }

    /// `getattr(obj, name)`.
    pub fn getattr_str(&mut self, obj: ObjId, name: &str) -> PyResult<ObjId> {
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.attribute_error(obj, name)),
        }
    }

    /// The attribute, or None when it does not exist (after `__getattr__`).
    pub fn getattr_opt(&mut self, obj: ObjId, name: &str) -> PyResult<Option<ObjId>> {
        if let Some(r) = self.slot_tp_getattr_hook(obj, name) {
            return r.map(Some);
        }
        if let Some(r) = self.special_getattr(obj, name) {
            return r.map(Some);
        }
        let ty = self.heap.type_of(obj);
        if matches!(self.heap.payload(obj), Payload::Type(_)) {
            return self.type_getattr(obj, name);
        }
        if matches!(self.heap.payload(obj), Payload::WeakProxy(_)) {
            let referent = self.proxy_referent(obj)?;
            return self.getattr_opt(referent, name);
        }
        if let Payload::Module(m) = self.heap.payload(obj) {
            let d = m.dict;
            if let Some(v) = self.dict_get_str_borrowed(d, name) {
                return Ok(Some(self.incref(v)));
            }
        }
        let descr = self.lookup_type_attr_borrowed(ty, name);
        if let Some(d) = descr {
            if self.is_data_descriptor(d) {
                self.incref(d);
                let r = self.descriptor_get(d, Some(obj), ty);
                self.decref(d);
                if let Some(r) = r {
                    return r.map(Some);
                }
            }
        }
        if let Some(v) = self.instance_attr(obj, name) {
            return Ok(Some(self.incref(v)));
        }
        if let Some(d) = descr {
            self.incref(d);
            let r = self.descriptor_get(d, Some(obj), ty);
            let out = match r {
                Some(r) => r.map(Some),
                None => Ok(Some(self.incref(d))),
            };
            self.decref(d);
            return out;
        }
        if name != "__getattr__" {
            if let Some(ga) = self.lookup_type_attr_borrowed(ty, "__getattr__") {
                let key = self.new_str(name);
                self.incref(ga);
                let r = self.call_object(ga, &Args::positional(vec![obj, key]));
                self.decref(ga);
                self.decref(key);
                return r.map(Some);
            }
        }
        Ok(None)
    }

    /// `slot_tp_getattr_hook`: a class-defined `__getattribute__`, with `__getattr__` as the
    /// fallback when it raises AttributeError. None when the class does not define one.
    fn slot_tp_getattr_hook(&mut self, obj: ObjId, name: &str) -> Option<PyResult<ObjId>> {
        let ty = self.heap.type_of(obj);
        if !self.is_heap_type(ty) || matches!(self.heap.payload(obj), Payload::Type(_)) {
            return None;
        }
        let ga = self.user_getattribute(ty)?;
        let key = self.new_str(name);
        self.incref(ga);
        let r = self.call_object(ga, &Args::positional(vec![obj, key]));
        self.decref(ga);
        let r = match r {
            Err(PyErr::Exception(e)) if self.isinstance_of(e, self.types.attribute_error) => {
                match self.lookup_type_attr(ty, "__getattr__") {
                    Some(g) => {
                        self.decref(e);
                        let r = self.call_object(g, &Args::positional(vec![obj, key]));
                        self.decref(g);
                        r
                    }
                    None => Err(PyErr::Exception(e)),
                }
            }
            r => r,
        };
        self.decref(key);
        Some(r)
    }

    /// The class's `__getattribute__` when it is Python code (not `object`'s).
    fn user_getattribute(&self, ty: ObjId) -> Option<ObjId> {
        let ga = self.lookup_type_attr_borrowed(ty, "__getattribute__")?;
        matches!(self.heap.payload(ga), Payload::Function(_)).then_some(ga)
    }

    /// `type_getattro`: attribute access on a class.
    fn type_getattr(&mut self, cls: ObjId, name: &str) -> PyResult<Option<ObjId>> {
        let meta = self.heap.type_of(cls);
        let meta_attr = self.lookup_type_attr_borrowed(meta, name);
        if let Some(m) = meta_attr {
            if self.is_data_descriptor(m) {
                self.incref(m);
                let r = self.descriptor_get(m, Some(cls), meta);
                self.decref(m);
                if let Some(r) = r {
                    return r.map(Some);
                }
            }
        }
        if let Some(attr) = self.lookup_type_attr_borrowed(cls, name) {
            self.incref(attr);
            let r = match self.heap.payload(attr) {
                // Plain functions and method descriptors come back unbound from a class.
                Payload::Function(_) => None,
                Payload::Builtin(b) if !b.class_method => None,
                _ => self.descriptor_get(attr, None, cls),
            };
            let out = match r {
                Some(r) => r.map(Some),
                None => Ok(Some(self.incref(attr))),
            };
            self.decref(attr);
            return out;
        }
        if let Some(m) = meta_attr {
            self.incref(m);
            let r = self.descriptor_get(m, Some(cls), meta);
            let out = match r {
                Some(r) => r.map(Some),
                None => Ok(Some(self.incref(m))),
            };
            self.decref(m);
            return out;
        }
        Ok(None)
    }

    /// `_PyObject_LookupSpecial`: a special method looked up on the type, bound to `obj`.
    pub fn getattr_str_special(&mut self, obj: ObjId, name: &str) -> Option<ObjId> {
        let ty = self.heap.type_of(obj);
        let d = self.lookup_type_attr_borrowed(ty, name)?;
        self.incref(d);
        let r = self.descriptor_get(d, Some(obj), ty);
        let out = match r {
            Some(Ok(v)) => Some(v),
            Some(Err(PyErr::Exception(e))) => {
                self.decref(e);
                None
            }
            Some(Err(_)) => None,
            None => Some(self.incref(d)),
        };
        self.decref(d);
        out
    }

    /// `_PyObject_GetMethod`: Some(function) (new reference) when `obj.name(...)` can be
    /// called without a bound method; None when the caller must use `getattr`.
    pub fn load_method(&mut self, obj: ObjId, name: ObjId) -> PyResult<Option<ObjId>> {
        let ty = self.heap.type_of(obj);
        if matches!(
            self.heap.payload(obj),
            Payload::Type(_) | Payload::Module(_)
        ) {
            return Ok(None);
        }
        let n = self.str_of(name);
        if self.special_attr_names(obj, &n) || self.user_getattribute(ty).is_some() {
            return Ok(None);
        }
        let Some(descr) = self.lookup_type_attr_borrowed(ty, &n) else {
            return Ok(None);
        };
        let is_method = match self.heap.payload(descr) {
            Payload::Function(_) => true,
            Payload::Builtin(b) => b.self_.is_none() && !b.class_method,
            _ => false,
        };
        if !is_method || self.instance_attr(obj, &n).is_some() {
            return Ok(None);
        }
        Ok(Some(self.incref(descr)))
    }

    /// `setattr(obj, name, value)`, or `delattr` when value is None.
    /// The AttributeError text for assigning (or deleting) through a descriptor that cannot:
    /// `property_descr_set`, `member_set` (a READONLY member) or `getset_set`.
    fn read_only_message(&self, descr: ObjId, ty: ObjId, name: &str, setting: bool) -> String {
        let dty = self.heap.type_of(descr);
        if dty == self.types.property || self.is_subtype(dty, self.types.property) {
            let what = if setting { "setter" } else { "deleter" };
            let tn = self.type_name(ty);
            return format!("property '{name}' of '{tn}' object has no {what}");
        }
        if &*self.type_name(dty) == "member_descriptor" {
            return "readonly attribute".to_string();
        }
        let owner = match self.heap.payload(descr) {
            Payload::Property { doc: Some(o), .. }
                if matches!(self.heap.payload(*o), Payload::Type(_)) =>
            {
                *o
            }
            _ => ty,
        };
        format!(
            "attribute '{name}' of '{}' objects is not writable",
            self.type_name(owner)
        )
    }

    pub fn setattr(&mut self, obj: ObjId, name: ObjId, value: Option<ObjId>) -> PyResult<()> {
        if matches!(self.heap.payload(obj), Payload::WeakProxy(_)) {
            let referent = self.proxy_referent(obj)?;
            return self.setattr(referent, name, value);
        }
        let n = self.str_of(name);
        let ty = self.heap.type_of(obj);
        if let Some(descr) = self.lookup_type_attr_borrowed(ty, &n) {
            if let Payload::Property { fset, fdel, .. } = self.heap.payload(descr) {
                let f = if value.is_some() { *fset } else { *fdel };
                return match f {
                    Some(f) => {
                        let mut args = vec![obj];
                        args.extend(value);
                        let r = self.call_object(f, &Args::positional(args))?;
                        self.decref(r);
                        Ok(())
                    }
                    None => {
                        let msg = self.read_only_message(descr, ty, &n, value.is_some());
                        Err(self.new_error_msg(self.types.attribute_error, &msg))
                    }
                };
            }
            if self.is_heap_type(self.heap.type_of(descr)) {
                let dty = self.heap.type_of(descr);
                let hook = if value.is_some() {
                    "__set__"
                } else {
                    "__delete__"
                };
                if let Some(set) = self.lookup_type_attr_borrowed(dty, hook) {
                    let mut args = vec![descr, obj];
                    args.extend(value);
                    self.incref(set);
                    let r = self.call_object(set, &Args::positional(args));
                    self.decref(set);
                    self.decref(r?);
                    return Ok(());
                }
            }
        }
        if self.is_heap_type(ty) {
            let hook = if value.is_some() {
                "__setattr__"
            } else {
                "__delattr__"
            };
            if let Some(sa) = self.lookup_type_attr_borrowed(ty, hook) {
                if matches!(self.heap.payload(sa), Payload::Function(_)) {
                    let mut args = vec![obj, name];
                    args.extend(value);
                    self.incref(sa);
                    let r = self.call_object(sa, &Args::positional(args));
                    self.decref(sa);
                    self.decref(r?);
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, value)
    }

    /// `PyObject_GenericSetAttr` on the instance's own storage.
    pub fn generic_setattr(
        &mut self,
        obj: ObjId,
        name: ObjId,
        value: Option<ObjId>,
    ) -> PyResult<()> {
        let n = self.str_of(name);
        if let Payload::Type(t) = self.heap.payload(obj) {
            if !t.heap_type {
                let tn = t.name.clone();
                return Err(self.new_error_msg(
                    self.types.type_error,
                    &format!("cannot set '{n}' attribute of immutable type '{tn}'"),
                ));
            }
            let d = t.dict;
            // `type_set_name`, `type_set_qualname`: kept in the type itself; `__module__`
            // lives in the dict, which `type_repr` reads.
            if let Some(text) = value.and_then(|v| match self.heap.payload(v) {
                Payload::Str(s) => Some(s.text.clone()),
                _ => None,
            }) {
                if let Payload::Type(t) = self.heap.payload_mut(obj) {
                    match &*n {
                        "__name__" => {
                            t.name = text;
                            return Ok(());
                        }
                        "__qualname__" => {
                            t.qualname = text;
                            return Ok(());
                        }
                        "__module__" => t.module = text,
                        _ => {}
                    }
                }
            }
            return match value {
                Some(v) => self.dict_set_item(d, name, v),
                None => {
                    if self.dict_del_item(d, name)? {
                        Ok(())
                    } else {
                        let cn = self.type_name(obj);
                        Err(self.new_error_msg(
                            self.types.attribute_error,
                            &format!("type object '{cn}' has no attribute '{n}'"),
                        ))
                    }
                }
            };
        }
        // `module_setattro` (PyObject_GenericSetAttr on the module's dict).
        if let Payload::Module(m) = self.heap.payload(obj) {
            let d = m.dict;
            return match value {
                Some(v) => self.dict_set_item(d, name, v),
                None => {
                    if self.dict_del_item(d, name)? {
                        Ok(())
                    } else {
                        Err(self.new_error_msg(
                            self.types.attribute_error,
                            &format!("'module' object has no attribute '{n}'"),
                        ))
                    }
                }
            };
        }
        if let Payload::Function(_) = self.heap.payload(obj) {
            if let Some(r) = self.set_function_field(obj, &n, value) {
                return r;
            }
            let d = self.function_dict(obj);
            return match value {
                Some(v) => self.dict_set_item(d, name, v),
                None => self.dict_del_item(d, name).map(|_| ()),
            };
        }
        if let Some(r) = self.set_slot_attr(obj, &n, value) {
            return r;
        }
        let has_attrs = self.heap.get(obj).attrs.is_some() && !self.only_slots(obj);
        if !has_attrs {
            let tn = self.type_name_of(obj);
            let msg = if self
                .lookup_type_attr_borrowed(self.heap.type_of(obj), &n)
                .is_some()
            {
                format!("'{tn}' object attribute '{n}' is read-only")
            } else {
                format!("'{tn}' object has no attribute '{n}'")
            };
            return Err(self.new_error_msg(self.types.attribute_error, &msg));
        }
        if let Some(d) = self.attrs_dict(obj) {
            return match value {
                Some(v) => self.dict_set_item(d, name, v),
                None => {
                    if self.dict_del_item(d, name)? {
                        Ok(())
                    } else {
                        Err(self.attribute_error(obj, &n))
                    }
                }
            };
        }
        match value {
            Some(v) => {
                // _PyObject_StoreInstanceAttribute: a name the shared keys cannot take any
                // more materialises the dict (which then stops sharing its keys).
                let ty = self.heap.type_of(obj);
                if let Some(keys) = self.cached_keys(ty) {
                    let shared = match self.heap.payload(name) {
                        Payload::Str(_) if self.heap.type_of(name) == self.types.str => {
                            keys.borrow_mut().insert(&n)
                        }
                        _ => false,
                    };
                    if !shared {
                        if let Some(d) = self.instance_dict(obj) {
                            let r = self.dict_set_item(d, name, v);
                            self.decref(d);
                            return r;
                        }
                    }
                }
                self.incref(v);
                let old = match self.heap.get_mut(obj).attrs.as_deref_mut() {
                    Some(Attrs::Inline(values)) => match values.iter_mut().find(|(k, _)| **k == *n)
                    {
                        Some(slot) => Some(std::mem::replace(&mut slot.1, v)),
                        None => {
                            values.push((n.clone(), v));
                            None
                        }
                    },
                    _ => None,
                };
                self.xdecref(old);
                Ok(())
            }
            None => {
                let old = match self.heap.get_mut(obj).attrs.as_deref_mut() {
                    Some(Attrs::Inline(values)) => values
                        .iter()
                        .position(|(k, _)| **k == *n)
                        .map(|i| values.remove(i).1),
                    _ => None,
                };
                match old {
                    Some(v) => {
                        self.decref(v);
                        Ok(())
                    }
                    None => Err(self.attribute_error(obj, &n)),
                }
            }
        }
    }

    /// Whether instances of the object's class have no `__dict__` (every class of the MRO
    /// is `object` or a class with `__slots__` only): its `attrs` hold slot values alone.
    fn only_slots(&self, obj: ObjId) -> bool {
        let ty = self.heap.type_of(obj);
        self.is_heap_type(ty) && self.mro_of(ty).iter().all(|&m| {
            m == self.types.object
                || matches!(self.heap.payload(m), Payload::Type(t) if t.heap_type && !t.has_dict)
        })
    }

    /// The instance dict once it exists: `Attrs::Dict`, or the `__dict__` entry next to the
    /// slot values of an instance whose class has both slots and a dict (borrowed).
    fn attrs_dict(&self, obj: ObjId) -> Option<ObjId> {
        match self.heap.get(obj).attrs.as_deref() {
            Some(Attrs::Dict(d)) => Some(*d),
            Some(Attrs::Inline(values)) => values
                .iter()
                .find(|(k, _)| &**k == "__dict__")
                .map(|(_, v)| *v),
            None => None,
        }
    }

    /// The value of slot `name` of an instance (borrowed), None when it is unset.
    pub fn slot_value(&self, obj: ObjId, name: &str) -> Option<ObjId> {
        match self.heap.get(obj).attrs.as_deref() {
            Some(Attrs::Inline(values)) => {
                values.iter().find(|(k, _)| &**k == name).map(|(_, v)| *v)
            }
            _ => None,
        }
    }

    /// Whether the class or one of its bases declares `__slots__` members.
    pub fn has_slots(&self, ty: ObjId) -> bool {
        self.mro_of(ty)
            .iter()
            .any(|&m| matches!(self.heap.payload(m), Payload::Type(t) if !t.slots.is_empty()))
    }

    /// Whether `name` is a `__slots__` member of the class or one of its bases.
    pub fn is_slot_name(&self, ty: ObjId, name: &str) -> bool {
        self.mro_of(ty).iter().any(|&m| {
            matches!(self.heap.payload(m), Payload::Type(t) if t.slots.iter().any(|s| &**s == name))
        })
    }

    /// `obj.__dict__`: materialises the instance dict from inline values (new reference).
    /// Slot values are not part of the dict: they stay inline, next to a `__dict__` entry.
    pub fn instance_dict(&mut self, obj: ObjId) -> Option<ObjId> {
        if let Some(d) = self.attrs_dict(obj) {
            return Some(self.incref(d));
        }
        let values = match self.heap.get(obj).attrs.as_deref() {
            Some(Attrs::Inline(values)) => values.clone(),
            _ => return None,
        };
        let ty = self.heap.type_of(obj);
        let (slot_values, values): (Vec<_>, Vec<_>) = values
            .into_iter()
            .partition(|(k, _)| self.is_slot_name(ty, k));
        // make_dict_from_instance_attributes: a split table over the class's shared keys.
        let d = self.new_dict();
        if let Some(keys) = self.cached_keys(ty) {
            if let Payload::Dict(dict) = self.heap.payload_mut(d) {
                dict.split = Some(keys);
            }
        }
        if self.has_slots(ty) {
            let mut inline = slot_values;
            inline.push((std::rc::Rc::from("__dict__"), d));
            for (k, v) in values {
                let key = self.intern_str(&k);
                let _ = self.dict_set_item(d, key, v);
                self.decref(key);
                self.decref(v);
            }
            self.heap.get_mut(obj).attrs = Some(Box::new(Attrs::Inline(inline)));
            return Some(self.incref(d));
        }
        for (k, v) in values {
            let key = self.intern_str(&k);
            // The dict takes over the inline reference to each value.
            let _ = self.dict_set_item(d, key, v);
            self.decref(key);
            self.decref(v);
        }
        self.heap.get_mut(obj).attrs = Some(Box::new(Attrs::Dict(d)));
        Some(self.incref(d))
    }

    /// Assignment to a function's own fields (`__defaults__`, `__name__`, ...); None for
    /// other names, which go to the function's `__dict__`.
    fn set_function_field(
        &mut self,
        func: ObjId,
        name: &str,
        value: Option<ObjId>,
    ) -> Option<PyResult<()>> {
        let value = value.filter(|&v| v != self.none);
        let check = |vm: &mut Vm, ok: bool, what: &str| -> PyResult<()> {
            if ok {
                Ok(())
            } else {
                Err(vm.type_error(what))
            }
        };
        let r = match name {
            "__defaults__" => check(
                self,
                value.is_none_or(|v| matches!(self.heap.payload(v), Payload::Tuple(_))),
                "__defaults__ must be set to a tuple object",
            ),
            "__kwdefaults__" => check(
                self,
                value.is_none_or(|v| matches!(self.heap.payload(v), Payload::Dict(_))),
                "__kwdefaults__ must be set to a dict object",
            ),
            "__name__" | "__qualname__" => check(
                self,
                value.is_some_and(|v| matches!(self.heap.payload(v), Payload::Str(_))),
                &format!("{name} must be set to a string object"),
            ),
            "__doc__" | "__module__" | "__annotations__" => Ok(()),
            _ => return None,
        };
        if let Err(e) = r {
            return Some(Err(e));
        }
        if let Some(v) = value {
            self.incref(v);
        }
        let Payload::Function(f) = self.heap.payload_mut(func) else {
            return None;
        };
        let old = match name {
            "__defaults__" => std::mem::replace(&mut f.defaults, value),
            "__kwdefaults__" => std::mem::replace(&mut f.kwdefaults, value),
            "__doc__" => std::mem::replace(&mut f.doc, value),
            "__module__" => std::mem::replace(&mut f.module, value),
            "__annotations__" => std::mem::replace(&mut f.annotations, value),
            "__name__" => value.map(|v| std::mem::replace(&mut f.name, v)),
            _ => value.map(|v| std::mem::replace(&mut f.qualname, v)),
        };
        self.xdecref(old);
        Some(Ok(()))
    }

    fn function_dict(&mut self, func: ObjId) -> ObjId {
        if let Payload::Function(f) = self.heap.payload(func) {
            if let Some(d) = f.dict {
                return d;
            }
        }
        let d = self.new_dict();
        if let Payload::Function(f) = self.heap.payload_mut(func) {
            f.dict = Some(d);
        }
        d
    }

    pub fn unwrap_staticmethod(&self, f: ObjId) -> ObjId {
        match self.heap.payload(f) {
            Payload::StaticMethod(inner) => *inner,
            _ => f,
        }
    }

    pub fn is_object_new(&self, f: ObjId) -> bool {
        let object_dict = match self.heap.payload(self.types.object) {
            Payload::Type(t) => t.dict,
            _ => return false,
        };
        self.dict_get_name_borrowed(object_dict, &NEW) == Some(f)
    }

    pub fn is_object_init(&self, f: ObjId) -> bool {
        let object_dict = match self.heap.payload(self.types.object) {
            Payload::Type(t) => t.dict,
            _ => return false,
        };
        self.dict_get_name_borrowed(object_dict, &INIT) == Some(f)
    }

    /// The AttributeError CPython raises for a missing attribute (with `name` and `obj` set,
    /// so the traceback can suggest a close name).
    pub fn attribute_error(&mut self, obj: ObjId, name: &str) -> PyErr {
        let msg = match self.heap.payload(obj) {
            Payload::Type(_) => format!(
                "type object '{}' has no attribute '{name}'",
                self.type_name(obj)
            ),
            Payload::Module(m) => format!("module '{}' has no attribute '{name}'", m.name),
            _ => format!(
                "'{}' object has no attribute '{name}'",
                self.type_name_of(obj)
            ),
        };
        let err = self.new_error_msg(self.types.attribute_error, &msg);
        if let PyErr::Exception(e) = err {
            let key = self.intern_str("name");
            let n = self.new_str(name);
            let _ = self.generic_setattr(e, key, Some(n));
            self.decref(n);
            self.decref(key);
            let key = self.intern_str("obj");
            let _ = self.generic_setattr(e, key, Some(obj));
            self.decref(key);
        }
        err
    }
}
