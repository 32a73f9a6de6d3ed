//! The object protocols the eval loop needs: truth, hashing, comparison
//! (`PyObject_RichCompare`), binary operators (`binary_op1` with reflected operands),
//! containers (`PyObject_GetItem`, dict and set tables), iteration and unpacking.

use std::rc::Rc;

use super::{Args, PyErr, PyResult, Vm};
use crate::compile::Instr;
use crate::heap::{DictViewKind, IterObj, ObjId, Payload};
use crate::syntax::ast::{BinOp, CmpOp};

impl Vm {
    // ----- truth -----

    /// `PyObject_IsTrue`.
    pub fn is_true(&mut self, v: ObjId) -> PyResult<bool> {
        if v == self.true_ {
            return Ok(true);
        }
        if v == self.false_ || v == self.none {
            return Ok(false);
        }
        match self.heap.payload(v) {
            Payload::Int(i) => return Ok(*i != 0),
            Payload::WeakProxy(_) => {
                let r = self.proxy_referent(v)?;
                return self.is_true(r);
            }
            Payload::Str(s) if !self.is_heap_type(self.heap.type_of(v)) => {
                return Ok(!s.text.is_empty())
            }
            Payload::List(l) if !self.is_heap_type(self.heap.type_of(v)) => {
                return Ok(!l.items.is_empty())
            }
            _ => {}
        }
        let ty = self.heap.type_of(v);
        if self.is_heap_type(ty) {
            if let Some(b) = self.lookup_type_attr_borrowed(ty, "__bool__") {
                self.incref(b);
                let r = self.call_object(b, &Args::positional(vec![v]));
                self.decref(b);
                let r = r?;
                let out = match self.heap.payload(r) {
                    Payload::Bool(b) => Ok(*b),
                    _ => {
                        let tn = self.type_name_of(r);
                        Err(self.new_error_msg(
                            self.types.type_error,
                            &format!("__bool__ should return bool, returned {tn}"),
                        ))
                    }
                };
                self.decref(r);
                return out;
            }
            if let Some(l) = self.lookup_type_attr_borrowed(ty, "__len__") {
                if matches!(self.heap.payload(l), Payload::Function(_)) {
                    return Ok(self.len(v)? != 0);
                }
            }
        }
        Ok(match self.heap.payload(v) {
            Payload::Bool(b) => *b,
            Payload::Int(i) => *i != 0,
            Payload::BigInt(_) => true,
            Payload::Float(f) => *f != 0.0,
            Payload::Complex(a, b) => *a != 0.0 || *b != 0.0,
            Payload::Str(s) => !s.text.is_empty(),
            Payload::Bytes(b) => !b.is_empty(),
            Payload::ByteArray(b) => !b.is_empty(),
            Payload::Tuple(t) => !t.is_empty(),
            Payload::List(l) => !l.items.is_empty(),
            Payload::Dict(d) => !d.is_empty(),
            Payload::Set(s) | Payload::FrozenSet(s) => !s.is_empty(),
            Payload::Range { .. } => self.len(v)? != 0,
            Payload::DictView { dict, .. } => match self.heap.payload(*dict) {
                Payload::Dict(d) => !d.is_empty(),
                _ => true,
            },
            _ => true,
        })
    }

    // ----- hashing -----

    /// `PyObject_Hash`.
    pub fn hash(&mut self, v: ObjId) -> PyResult<i64> {
        let ty = self.heap.type_of(v);
        if ty == self.types.str {
            if let Payload::Str(s) = self.heap.payload(v) {
                return Ok(s.hash());
            }
        }
        if self.is_heap_type(ty) {
            if let Some(h) = self.lookup_type_attr_borrowed(ty, "__hash__") {
                if h == self.none {
                    return Err(self.unhashable(v));
                }
                if matches!(self.heap.payload(h), Payload::Function(_)) {
                    self.incref(h);
                    let r = self.call_object(h, &Args::positional(vec![v]));
                    self.decref(h);
                    let r = r?;
                    let out = match self.heap.payload(r) {
                        Payload::Int(i) => Ok(crate::builtins::number::hash_i64(*i)),
                        Payload::Bool(b) => Ok(*b as i64),
                        Payload::BigInt(b) => Ok(crate::builtins::number::hash_bigint(b)),
                        _ => Err(self.new_error_msg(
                            self.types.type_error,
                            "__hash__ method should return an integer",
                        )),
                    };
                    self.decref(r);
                    return out;
                }
            } else if self.lookup_type_attr_borrowed(ty, "__eq__").is_some() {
                // A class that defines __eq__ without __hash__ is unhashable (its __hash__
                // is set to None when the class is created).
            }
        }
        Ok(match self.heap.payload(v) {
            Payload::Str(s) => s.hash(),
            Payload::Int(i) => crate::builtins::number::hash_i64(*i),
            Payload::Bool(b) => *b as i64,
            Payload::BigInt(b) => crate::builtins::number::hash_bigint(b),
            Payload::Float(f) => crate::builtins::number::hash_float(*f, self.heap.address(v)),
            Payload::Complex(re, im) => {
                let address = self.heap.address(v);
                let h = crate::builtins::number::hash_float(*re, address) as u64;
                let hi = crate::builtins::number::hash_float(*im, address) as u64;
                let c = h.wrapping_add(1000003u64.wrapping_mul(hi)) as i64;
                if c == -1 {
                    -2
                } else {
                    c
                }
            }
            Payload::Bytes(b) => crate::heap::str::bytes_hash(b),
            Payload::Tuple(items) => {
                let items = items.clone();
                self.tuple_hash(&items)?
            }
            Payload::FrozenSet(_) => self.frozenset_hash(v),
            Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::ByteArray(_) => {
                return Err(self.unhashable(v))
            }
            Payload::Range { .. } => crate::builtins::range::range_hash(self, v)?,
            Payload::Slice { .. } => return Err(self.unhashable(v)),
            // `weakref_hash`: computed once from the referent, then cached.
            Payload::WeakRef(w) => match (w.hash, w.referent) {
                (Some(h), _) => h,
                (None, Some(r)) => {
                    let h = self.hash(r)?;
                    if let Payload::WeakRef(w) = self.heap.payload_mut(v) {
                        w.hash = Some(h);
                    }
                    h
                }
                (None, None) => {
                    return Err(
                        self.new_error_msg(self.types.type_error, "weak object has gone away")
                    )
                }
            },
            _ => pointer_hash(self.heap.address(v)),
        })
    }

    fn unhashable(&mut self, v: ObjId) -> PyErr {
        let tn = self.type_name_of(v);
        self.new_error_msg(self.types.type_error, &format!("unhashable type: '{tn}'"))
    }

    /// `tuplehash` (xxHash-based, 3.8+).
    fn tuple_hash(&mut self, items: &[ObjId]) -> PyResult<i64> {
        const XXPRIME_1: u64 = 11400714785074694791;
        const XXPRIME_2: u64 = 14029467366897019727;
        const XXPRIME_5: u64 = 2870177450012600261;
        let mut acc = XXPRIME_5;
        for &item in items {
            let lane = self.hash(item)? as u64;
            acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(XXPRIME_1);
        }
        acc = acc.wrapping_add((items.len() as u64) ^ (XXPRIME_5 ^ 3527539));
        if acc == u64::MAX {
            return Ok(1546275796);
        }
        Ok(acc as i64)
    }

    /// `frozenset_hash`.
    fn frozenset_hash(&mut self, v: ObjId) -> i64 {
        let hashes: Vec<i64> = match self.heap.payload(v) {
            Payload::FrozenSet(s) => s.iter().map(|(_, h, _)| h).collect(),
            _ => Vec::new(),
        };
        let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
        let mut hash: u64 = 0;
        for h in &hashes {
            hash ^= shuffle(*h as u64);
        }
        // Remove the effect of an odd number of NULL entries and of the dummy... (3.11:
        // only the count of entries and final mixing).
        hash ^= ((hashes.len() as u64) + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            hash = 590923713;
        }
        hash as i64
    }

    // ----- comparison -----

    /// `PyObject_RichCompareBool`: identity implies equality for `==`.
    pub fn eq_bool(&mut self, a: ObjId, b: ObjId) -> PyResult<bool> {
        if a == b {
            return Ok(true);
        }
        if let Some(r) = self.fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, CmpOp::Eq)?;
        let out = self.is_true(r);
        self.decref(r);
        out
    }

    /// Equality of builtin values without running Python code, when both are plain.
    fn fast_eq(&self, a: ObjId, b: ObjId) -> Option<bool> {
        let exact = |id: ObjId, ty: ObjId| self.heap.type_of(id) == ty;
        match (self.heap.payload(a), self.heap.payload(b)) {
            (Payload::Str(x), Payload::Str(y))
                if exact(a, self.types.str) && exact(b, self.types.str) =>
            {
                Some(x.text == y.text)
            }
            (Payload::Int(x), Payload::Int(y))
                if exact(a, self.types.int) && exact(b, self.types.int) =>
            {
                Some(x == y)
            }
            _ => None,
        }
    }

    /// `long_richcompare` and `float_richcompare` of two exact ints or two exact floats (the
    /// specialised `COMPARE_OP_INT`/`COMPARE_OP_FLOAT` of later versions): no method lookup.
    fn fast_compare(&self, a: ObjId, b: ObjId, op: CmpOp) -> Option<bool> {
        fn cmp<T: PartialOrd>(x: T, y: T, op: CmpOp) -> Option<bool> {
            Some(match op {
                CmpOp::Eq => x == y,
                CmpOp::NotEq => x != y,
                CmpOp::Lt => x < y,
                CmpOp::LtE => x <= y,
                CmpOp::Gt => x > y,
                CmpOp::GtE => x >= y,
                _ => return None,
            })
        }
        let (ta, tb) = (self.heap.type_of(a), self.heap.type_of(b));
        match (self.heap.payload(a), self.heap.payload(b)) {
            (Payload::Int(x), Payload::Int(y)) if ta == self.types.int && tb == ta => {
                cmp(*x, *y, op)
            }
            (Payload::Float(x), Payload::Float(y)) if ta == self.types.float && tb == ta => {
                cmp(*x, *y, op)
            }
            _ => None,
        }
    }

    /// `PyObject_RichCompare`: tries the reflected method of the right operand first when its
    /// type is a subclass of the left's, then the left's, then the right's; falls back to
    /// identity for `==`/`!=`.
    pub fn rich_compare(&mut self, a: ObjId, b: ObjId, op: CmpOp) -> PyResult<ObjId> {
        if let Some(r) = self.fast_compare(a, b, op) {
            return Ok(self.new_bool(r));
        }
        let ta = self.heap.type_of(a);
        let tb = self.heap.type_of(b);
        let reflected = reflect(op);
        let mut checked_reverse = false;
        if ta != tb && self.is_subtype(tb, ta) && self.has_user_compare(tb, reflected) {
            checked_reverse = true;
            let r = self.compare_slot(b, a, reflected)?;
            if r != self.not_implemented {
                return Ok(r);
            }
            self.decref(r);
        }
        let r = self.compare_slot(a, b, op)?;
        if r != self.not_implemented {
            return Ok(r);
        }
        self.decref(r);
        if !checked_reverse {
            let r = self.compare_slot(b, a, reflected)?;
            if r != self.not_implemented {
                return Ok(r);
            }
            self.decref(r);
        }
        match op {
            CmpOp::Eq => Ok(self.new_bool(a == b)),
            CmpOp::NotEq => Ok(self.new_bool(a != b)),
            _ => {
                let (na, nb) = (self.type_name(ta), self.type_name(tb));
                Err(self.new_error_msg(
                    self.types.type_error,
                    &format!(
                        "'{}' not supported between instances of '{na}' and '{nb}'",
                        op.symbol()
                    ),
                ))
            }
        }
    }

    fn has_user_compare(&self, ty: ObjId, op: CmpOp) -> bool {
        self.lookup_type_attr_borrowed(ty, cmp_dunder(op)).is_some()
    }

    /// One side's comparison method: a user `__eq__` etc., or the builtin comparison.
    fn compare_slot(&mut self, a: ObjId, b: ObjId, op: CmpOp) -> PyResult<ObjId> {
        let ta = self.heap.type_of(a);
        if self.is_heap_type(ta) {
            let method = self.lookup_type_attr_borrowed(ta, cmp_dunder(op));
            if let Some(m) =
                method.filter(|&m| matches!(self.heap.payload(m), Payload::Function(_)))
            {
                self.incref(m);
                let r = self.call_object(m, &Args::positional(vec![a, b]));
                self.decref(m);
                return r;
            }
            if matches!(op, CmpOp::NotEq) {
                // object.__ne__ inverts __eq__ unless it returned NotImplemented.
                if let Some(eq) = self.lookup_type_attr_borrowed(ta, "__eq__") {
                    if matches!(self.heap.payload(eq), Payload::Function(_)) {
                        self.incref(eq);
                        let r = self.call_object(eq, &Args::positional(vec![a, b]));
                        self.decref(eq);
                        let r = r?;
                        if r == self.not_implemented {
                            return Ok(r);
                        }
                        let t = self.is_true(r);
                        self.decref(r);
                        return Ok(self.new_bool(!t?));
                    }
                }
            }
        }
        match crate::builtins::compare::builtin_compare(self, a, b, op)? {
            Some(result) => Ok(self.new_bool(result)),
            None => Ok(self.incref(self.not_implemented)),
        }
    }

    // ----- binary operators -----

    /// `binary_op1` for `a op b`.
    pub fn binary_op(&mut self, a: ObjId, b: ObjId, op: BinOp) -> PyResult<ObjId> {
        // proxy_add and friends: proxies stand for their referents.
        let (pa, pb) = (self.unwrap_proxy(a)?, self.unwrap_proxy(b)?);
        if pa.is_some() || pb.is_some() {
            return self.binary_op(pa.unwrap_or(a), pb.unwrap_or(b), op);
        }
        if let Some(r) = crate::builtins::number::fast_binary_op(self, a, b, op) {
            return r;
        }
        let ta = self.heap.type_of(a);
        let tb = self.heap.type_of(b);
        let (name, rname) = binop_dunders(op);
        let mut tried_reflected = false;
        if ta != tb
            && self.is_subtype(tb, ta)
            && self.lookup_type_attr_borrowed(tb, rname).is_some()
        {
            tried_reflected = true;
            if let Some(r) = self.call_binop_method(b, a, rname)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.call_binop_method(a, b, name)? {
            return Ok(r);
        }
        if let Some(r) = crate::builtins::number::builtin_binary_op(self, a, b, op)? {
            return Ok(r);
        }
        if ta != tb && !tried_reflected {
            if let Some(r) = self.call_binop_method(b, a, rname)? {
                return Ok(r);
            }
        }
        if op == BinOp::BitOr {
            if let Some(r) = crate::modules::types::union_type_or(self, a, b)? {
                return Ok(r);
            }
        }
        let (na, nb) = (self.type_name(ta), self.type_name(tb));
        let sym = op.symbol();
        let msg = if op == BinOp::Pow {
            format!("unsupported operand type(s) for ** or pow(): '{na}' and '{nb}'")
        } else {
            format!("unsupported operand type(s) for {sym}: '{na}' and '{nb}'")
        };
        Err(self.new_error_msg(self.types.type_error, &msg))
    }

    /// Calls a user-defined operator method; None when absent or it returned NotImplemented.
    fn call_binop_method(&mut self, a: ObjId, b: ObjId, name: &str) -> PyResult<Option<ObjId>> {
        let ta = self.heap.type_of(a);
        if !self.is_heap_type(ta) {
            return Ok(None);
        }
        let Some(m) = self.lookup_type_attr_borrowed(ta, name) else {
            return Ok(None);
        };
        if !matches!(self.heap.payload(m), Payload::Function(_)) {
            return Ok(None);
        }
        self.incref(m);
        let r = self.call_object(m, &Args::positional(vec![a, b]));
        self.decref(m);
        let r = r?;
        if r == self.not_implemented {
            self.decref(r);
            return Ok(None);
        }
        Ok(Some(r))
    }

    /// `a op= b`: `__iop__` first, then the binary operator.
    pub fn inplace_op(&mut self, a: ObjId, b: ObjId, op: BinOp) -> PyResult<ObjId> {
        // Exact ints and floats have no in-place slots: straight to the binary operation.
        if let Some(r) = crate::builtins::number::fast_binary_op(self, a, b, op) {
            return r;
        }
        let ta = self.heap.type_of(a);
        let iname = inplace_dunder(op);
        if self.is_heap_type(ta) {
            if let Some(r) = self.call_binop_method(a, b, iname)? {
                return Ok(r);
            }
        }
        if let Some(r) = crate::builtins::number::builtin_inplace_op(self, a, b, op)? {
            return Ok(r);
        }
        match self.binary_op(a, b, op) {
            Err(PyErr::Exception(e)) if self.isinstance_of(e, self.types.type_error) => {
                let msg = self.exception_message(e);
                if msg.starts_with("unsupported operand type(s) for ") {
                    self.decref(e);
                    let (na, nb) = (self.type_name_of(a), self.type_name_of(b));
                    let sym = op.symbol();
                    let msg = if op == BinOp::Pow {
                        format!("unsupported operand type(s) for **=: '{na}' and '{nb}'")
                    } else {
                        format!("unsupported operand type(s) for {sym}=: '{na}' and '{nb}'")
                    };
                    return Err(self.new_error_msg(self.types.type_error, &msg));
                }
                Err(PyErr::Exception(e))
            }
            other => other,
        }
    }

    pub fn unary_op(&mut self, v: ObjId, instr: Instr) -> PyResult<ObjId> {
        let (dunder, sym) = match instr {
            Instr::UnaryNegative => ("__neg__", "-"),
            Instr::UnaryPositive => ("__pos__", "+"),
            _ => ("__invert__", "~"),
        };
        if let Some(r) = crate::builtins::number::builtin_unary_op(self, v, sym)? {
            return Ok(r);
        }
        let ty = self.heap.type_of(v);
        if let Some(m) = self.lookup_type_attr_borrowed(ty, dunder) {
            self.incref(m);
            let r = self.call_object(m, &Args::positional(vec![v]));
            self.decref(m);
            return r;
        }
        let tn = self.type_name(ty);
        Err(self.new_error_msg(
            self.types.type_error,
            &format!("bad operand type for unary {sym}: '{tn}'"),
        ))
    }

    // ----- dicts -----

    /// `_Py_dict_lookup`: the entry index holding `key`, comparing with `__eq__` as needed.
    pub fn dict_lookup(&mut self, dict: ObjId, key: ObjId, hash: i64) -> PyResult<Option<usize>> {
        // Fast path: identity, or str/int keys compared without running Python code.
        if let Payload::Dict(d) = self.heap.payload(dict) {
            let fast = d.probe(hash, |k| {
                if k == key {
                    Some(true)
                } else {
                    self.fast_eq(k, key)
                }
            });
            match fast {
                crate::heap::dict::Probe::Found(idx) => return Ok(Some(idx)),
                crate::heap::dict::Probe::Absent => return Ok(None),
                crate::heap::dict::Probe::NeedsEq => {}
            }
        }
        let candidates = match self.heap.payload(dict) {
            Payload::Dict(d) => d.candidates(hash),
            _ => return Ok(None),
        };
        for idx in candidates {
            let k = match self.heap.payload(dict) {
                Payload::Dict(d) => match d.entry(idx) {
                    Some(e) => e.key,
                    None => continue,
                },
                _ => return Ok(None),
            };
            if k == key || self.eq_bool(k, key)? {
                return Ok(Some(idx));
            }
        }
        Ok(None)
    }

    /// `dict[key]` or None when absent; new reference.
    pub fn dict_get_item(&mut self, dict: ObjId, key: ObjId) -> PyResult<Option<ObjId>> {
        let hash = self.hash(key)?;
        let Some(idx) = self.dict_lookup(dict, key, hash)? else {
            return Ok(None);
        };
        let v = match self.heap.payload(dict) {
            Payload::Dict(d) => d.entry(idx).map(|e| e.value),
            _ => None,
        };
        Ok(v.map(|v| self.incref(v)))
    }

    /// `dict[key] = value` (value and key borrowed).
    pub fn dict_set_item(&mut self, dict: ObjId, key: ObjId, value: ObjId) -> PyResult<()> {
        let hash = self.hash(key)?;
        self.incref(value);
        match self.dict_lookup(dict, key, hash) {
            Ok(Some(idx)) => {
                let old = match self.heap.payload_mut(dict) {
                    Payload::Dict(d) => d.replace_value(idx, value),
                    _ => unreachable!(),
                };
                self.maintain_dict_tracking(dict, key, value);
                self.decref(old);
                Ok(())
            }
            Ok(None) => {
                self.incref(key);
                let key_text = match self.heap.payload(key) {
                    Payload::Str(s) if self.heap.type_of(key) == self.types.str => {
                        Some(s.text.clone())
                    }
                    _ => None,
                };
                if let Payload::Dict(d) = self.heap.payload_mut(dict) {
                    // insertdict on a split table: a new name joins the shared keys while
                    // they have room; anything else makes the table combined.
                    let shared = match (&d.split, &key_text) {
                        (Some(keys), Some(name)) => keys.borrow_mut().insert(name),
                        _ => false,
                    };
                    if !shared {
                        d.unshare();
                    }
                    d.insert_new(hash, key, value, key_text.is_some());
                }
                self.maintain_dict_tracking(dict, key, value);
                Ok(())
            }
            Err(e) => {
                self.decref(value);
                Err(e)
            }
        }
    }

    /// `MAINTAIN_TRACKING`: an untracked dict becomes tracked when it receives a key or value
    /// the collector may need to see.
    fn maintain_dict_tracking(&mut self, dict: ObjId, key: ObjId, value: ObjId) {
        if self.heap.get(dict).gc.tracked {
            return;
        }
        if self.may_be_tracked(key) || self.may_be_tracked(value) {
            self.gc_track(dict);
        }
    }

    /// `_PyObject_GC_MAY_BE_TRACKED`.
    pub fn may_be_tracked(&self, v: ObjId) -> bool {
        let obj = self.heap.get(v);
        match &obj.payload {
            // Only exact tuples look at their tracking state; any dict is a GC object.
            Payload::Tuple(_) if obj.ty == self.types.tuple => obj.gc.tracked,
            Payload::Tuple(_) | Payload::Dict(_) => true,
            Payload::List(_) | Payload::Set(_) | Payload::FrozenSet(_) => true,
            Payload::Str(_)
            | Payload::Int(_)
            | Payload::BigInt(_)
            | Payload::Float(_)
            | Payload::Bool(_)
            | Payload::None
            | Payload::Bytes(_)
            | Payload::Complex(..)
            | Payload::Ellipsis
            | Payload::NotImplemented
            | Payload::Range { .. }
            | Payload::Slice { .. }
            | Payload::Code(_) => self.is_heap_type(obj.ty),
            Payload::Plain => self.is_heap_type(obj.ty),
            Payload::Builtin(b) => b.self_.is_some(),
            _ => true,
        }
    }

    /// `del dict[key]`; Ok(false) when absent.
    pub fn dict_del_item(&mut self, dict: ObjId, key: ObjId) -> PyResult<bool> {
        let hash = self.hash(key)?;
        let Some(idx) = self.dict_lookup(dict, key, hash)? else {
            return Ok(false);
        };
        let entry = match self.heap.payload_mut(dict) {
            Payload::Dict(d) => d.remove(idx),
            _ => return Ok(false),
        };
        self.decref(entry.key);
        self.decref(entry.value);
        Ok(true)
    }

    /// Locals mappings of module and class bodies are dicts here.
    /// LOAD_NAME's look-up in the locals: `PyDict_GetItem` for an exact dict, else
    /// `PyObject_GetItem` (a class namespace from `__prepare__` sees it), KeyError meaning
    /// absent.
    pub fn mapping_get_item(&mut self, mapping: ObjId, key: ObjId) -> PyResult<Option<ObjId>> {
        if self.heap.type_of(mapping) == self.types.dict {
            return self.dict_get_item(mapping, key);
        }
        match self.getitem(mapping, key) {
            Ok(v) => Ok(Some(v)),
            Err(PyErr::Exception(e)) if self.isinstance_of(e, self.types.key_error) => {
                self.decref(e);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// STORE_NAME: `PyDict_SetItem` for an exact dict, else `PyObject_SetItem`.
    pub fn mapping_set_item(&mut self, mapping: ObjId, key: ObjId, value: ObjId) -> PyResult<()> {
        if self.heap.type_of(mapping) == self.types.dict {
            self.dict_set_item(mapping, key, value)
        } else {
            self.setitem(mapping, key, value)
        }
    }

    /// A dict's entries (key, value), borrowed, in order.
    pub fn dict_items(&self, dict: ObjId) -> Vec<(ObjId, ObjId)> {
        match self.heap.payload(dict) {
            Payload::Dict(d) => d.iter().map(|(_, e)| (e.key, e.value)).collect(),
            _ => Vec::new(),
        }
    }

    /// `DictUpdate` / `DictMerge` / `dict.update(mapping)`.
    pub fn dict_update_from(
        &mut self,
        dict: ObjId,
        mapping: ObjId,
        merge: bool,
        func: Option<ObjId>,
    ) -> PyResult<()> {
        let pairs: Vec<(ObjId, ObjId)> = if matches!(self.heap.payload(mapping), Payload::Dict(_)) {
            self.dict_items(mapping)
        } else {
            let keys_fn = self.getattr_opt(mapping, "keys")?;
            let Some(keys_fn) = keys_fn else {
                let tn = self.type_name_of(mapping);
                let msg = if merge {
                    let fname = func.map(|f| self.callable_name(f)).unwrap_or_default();
                    format!("{fname} argument after ** must be a mapping, not {tn}")
                } else {
                    format!("'{tn}' object is not a mapping")
                };
                return Err(self.new_error_msg(self.types.type_error, &msg));
            };
            let keys = self.call_object(keys_fn, &Args::default());
            self.decref(keys_fn);
            let keys = keys?;
            let key_list = self.collect_iterable(keys);
            self.decref(keys);
            let key_list = key_list?;
            let mut pairs = Vec::new();
            for k in key_list {
                let v = self.getitem(mapping, k);
                match v {
                    Ok(v) => pairs.push((k, v)),
                    Err(e) => {
                        self.decref(k);
                        for (k, v) in pairs {
                            self.decref(k);
                            self.decref(v);
                        }
                        return Err(e);
                    }
                }
            }
            let r = self.dict_update_pairs(dict, &pairs, merge, func);
            for (k, v) in pairs {
                self.decref(k);
                self.decref(v);
            }
            return r;
        };
        for &(k, v) in &pairs {
            self.incref(k);
            self.incref(v);
        }
        let r = self.dict_update_pairs(dict, &pairs, merge, func);
        for (k, v) in pairs {
            self.decref(k);
            self.decref(v);
        }
        r
    }

    fn dict_update_pairs(
        &mut self,
        dict: ObjId,
        pairs: &[(ObjId, ObjId)],
        merge: bool,
        func: Option<ObjId>,
    ) -> PyResult<()> {
        for &(k, v) in pairs {
            if merge {
                let hash = self.hash(k)?;
                if self.dict_lookup(dict, k, hash)?.is_some() {
                    let fname = func.map(|f| self.callable_name(f)).unwrap_or_default();
                    let key = self.str_of(k);
                    return Err(self.new_error_msg(
                        self.types.type_error,
                        &format!("{fname} got multiple values for keyword argument '{key}'"),
                    ));
                }
            }
            self.dict_set_item(dict, k, v)?;
        }
        Ok(())
    }

    // ----- sets -----

    fn set_lookup(&mut self, set: ObjId, key: ObjId, hash: i64) -> PyResult<Option<usize>> {
        let candidates = match self.heap.payload(set) {
            Payload::Set(s) | Payload::FrozenSet(s) => s.candidates(hash),
            _ => return Ok(None),
        };
        for slot in candidates {
            let k = match self.heap.payload(set) {
                Payload::Set(s) | Payload::FrozenSet(s) => match s.at(slot) {
                    Some((_, k)) => k,
                    None => continue,
                },
                _ => return Ok(None),
            };
            if k == key || self.eq_bool(k, key)? {
                return Ok(Some(slot));
            }
        }
        Ok(None)
    }

    /// `set.add(key)` (key borrowed).
    pub fn set_add(&mut self, set: ObjId, key: ObjId) -> PyResult<()> {
        let hash = self.hash(key)?;
        if self.set_lookup(set, key, hash)?.is_some() {
            return Ok(());
        }
        self.incref(key);
        if let Payload::Set(s) | Payload::FrozenSet(s) = self.heap.payload_mut(set) {
            s.insert_new(hash, key);
        }
        Ok(())
    }

    /// `set_contains`: an unhashable set key is retried as a frozenset.
    pub fn set_contains(&mut self, set: ObjId, key: ObjId) -> PyResult<bool> {
        crate::builtins::set::set_contains(self, set, key)
    }

    /// Removes key; Ok(false) when absent.
    pub fn set_discard(&mut self, set: ObjId, key: ObjId) -> PyResult<bool> {
        let hash = self.hash(key)?;
        let Some(slot) = self.set_lookup(set, key, hash)? else {
            return Ok(false);
        };
        let k = match self.heap.payload_mut(set) {
            Payload::Set(s) | Payload::FrozenSet(s) => s.remove_at(slot),
            _ => return Ok(false),
        };
        self.decref(k);
        Ok(true)
    }

    /// `set_update_internal` (a set source is merged with one up-front resize).
    pub fn set_update(&mut self, set: ObjId, iterable: ObjId) -> PyResult<()> {
        crate::builtins::set::set_update_internal(self, set, iterable)
    }

    pub fn set_items(&self, set: ObjId) -> Vec<ObjId> {
        match self.heap.payload(set) {
            Payload::Set(s) | Payload::FrozenSet(s) => s.iter().map(|(_, _, k)| k).collect(),
            _ => Vec::new(),
        }
    }

    // ----- containers -----

    /// `len(v)`.
    pub fn len(&mut self, v: ObjId) -> PyResult<usize> {
        if let Some(r) = self.unwrap_proxy(v)? {
            return self.len(r);
        }
        let ty = self.heap.type_of(v);
        if self.is_heap_type(ty) {
            if let Some(m) = self.lookup_type_attr_borrowed(ty, "__len__") {
                if matches!(self.heap.payload(m), Payload::Function(_)) {
                    self.incref(m);
                    let r = self.call_object(m, &Args::positional(vec![v]));
                    self.decref(m);
                    let r = r?;
                    let n = match self.heap.payload(r) {
                        Payload::Int(i) if *i >= 0 => Ok(*i as usize),
                        Payload::Int(_) => Err(self
                            .new_error_msg(self.types.value_error, "__len__() should return >= 0")),
                        Payload::Bool(b) => Ok(*b as usize),
                        _ => {
                            let tn = self.type_name_of(r);
                            Err(self.new_error_msg(
                                self.types.type_error,
                                &format!("'{tn}' object cannot be interpreted as an integer"),
                            ))
                        }
                    };
                    self.decref(r);
                    return n;
                }
            }
        }
        let n = match self.heap.payload(v) {
            Payload::Str(s) => s.char_len,
            Payload::Bytes(b) => b.len(),
            Payload::ByteArray(b) => b.len(),
            Payload::Tuple(t) => t.len(),
            Payload::List(l) => l.items.len(),
            Payload::Dict(d) => d.len(),
            Payload::Set(s) | Payload::FrozenSet(s) => s.len(),
            Payload::Range { .. } => return crate::builtins::range::range_len(self, v),
            Payload::DictView { dict, .. } => match self.heap.payload(*dict) {
                Payload::Dict(d) => d.len(),
                _ => 0,
            },
            Payload::MappingProxy(d) => match self.heap.payload(*d) {
                Payload::Dict(d) => d.len(),
                _ => 0,
            },
            _ => {
                let tn = self.type_name(ty);
                return Err(self.new_error_msg(
                    self.types.type_error,
                    &format!("object of type '{tn}' has no len()"),
                ));
            }
        };
        Ok(n)
    }

    /// `item in container`.
    pub fn contains(&mut self, container: ObjId, item: ObjId) -> PyResult<bool> {
        if let Some(r) = self.unwrap_proxy(container)? {
            return self.contains(r, item);
        }
        let ty = self.heap.type_of(container);
        if self.is_heap_type(ty) {
            if let Some(m) = self.lookup_type_attr_borrowed(ty, "__contains__") {
                if matches!(self.heap.payload(m), Payload::Function(_)) {
                    self.incref(m);
                    let r = self.call_object(m, &Args::positional(vec![container, item]));
                    self.decref(m);
                    let r = r?;
                    let b = self.is_true(r);
                    self.decref(r);
                    return b;
                }
            }
        }
        match self.heap.payload(container) {
            Payload::Dict(_) => {
                let hash = self.hash(item)?;
                return Ok(self.dict_lookup(container, item, hash)?.is_some());
            }
            Payload::Set(_) | Payload::FrozenSet(_) => return self.set_contains(container, item),
            // `mappingproxy_contains`: the class dict's.
            Payload::MappingProxy(d) => {
                let d = *d;
                return self.contains(d, item);
            }
            Payload::DictView {
                dict,
                kind: DictViewKind::Keys,
            } => {
                let d = *dict;
                let hash = self.hash(item)?;
                return Ok(self.dict_lookup(d, item, hash)?.is_some());
            }
            Payload::Str(s) => {
                let hay = s.text.clone();
                return match self.heap.payload(item) {
                    Payload::Str(n) => Ok(hay.contains(&*n.text)),
                    _ => {
                        let tn = self.type_name_of(item);
                        Err(self.new_error_msg(
                            self.types.type_error,
                            &format!("'in <string>' requires string as left operand, not {tn}"),
                        ))
                    }
                };
            }
            Payload::Range { .. } => {
                if let Some(b) = crate::builtins::range::range_contains(self, container, item)? {
                    return Ok(b);
                }
            }
            Payload::Bytes(_) | Payload::ByteArray(_) => {
                return crate::builtins::bytes::bytes_contains(self, container, item);
            }
            Payload::List(_) | Payload::Tuple(_) => {
                let mut i = 0;
                loop {
                    let x = match self.heap.payload(container) {
                        Payload::List(l) => l.items.get(i).copied(),
                        Payload::Tuple(t) => t.get(i).copied(),
                        _ => None,
                    };
                    let Some(x) = x else {
                        return Ok(false);
                    };
                    // list_contains holds the item while comparing; tuplecontains does not
                    // (a tuple cannot drop it).
                    let is_list = matches!(self.heap.payload(container), Payload::List(_));
                    if is_list {
                        self.incref(x);
                    }
                    let r = self.eq_bool(x, item);
                    if is_list {
                        self.decref(x);
                    }
                    if r? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            _ => {}
        }
        // Fall back to iteration.
        let it = self.get_iter(container).map_err(|e| {
            if let PyErr::Exception(exc) = e {
                if self.isinstance_of(exc, self.types.type_error) {
                    self.decref(exc);
                    let tn = self.type_name(ty);
                    return self.new_error_msg(
                        self.types.type_error,
                        &format!("argument of type '{tn}' is not iterable"),
                    );
                }
            }
            e
        })?;
        loop {
            match self.iter_next(it) {
                Ok(Some(x)) => {
                    let r = self.eq_bool(x, item);
                    self.decref(x);
                    match r {
                        Ok(true) => {
                            self.decref(it);
                            return Ok(true);
                        }
                        Ok(false) => {}
                        Err(e) => {
                            self.decref(it);
                            return Err(e);
                        }
                    }
                }
                Ok(None) => {
                    self.decref(it);
                    return Ok(false);
                }
                Err(e) => {
                    self.decref(it);
                    return Err(e);
                }
            }
        }
    }

    /// `container[key]`.
    pub fn getitem(&mut self, container: ObjId, key: ObjId) -> PyResult<ObjId> {
        if let Some(r) = self.unwrap_proxy(container)? {
            return self.getitem(r, key);
        }
        crate::builtins::subscript::getitem(self, container, key)
    }

    /// `container[key] = value`.
    pub fn setitem(&mut self, container: ObjId, key: ObjId, value: ObjId) -> PyResult<()> {
        if let Some(r) = self.unwrap_proxy(container)? {
            return self.setitem(r, key, value);
        }
        crate::builtins::subscript::setitem(self, container, key, Some(value))
    }

    /// `del container[key]`.
    pub fn delitem(&mut self, container: ObjId, key: ObjId) -> PyResult<()> {
        crate::builtins::subscript::setitem(self, container, key, None)
    }

    // ----- iteration -----

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: ObjId) -> PyResult<ObjId> {
        if let Some(r) = self.unwrap_proxy(v)? {
            return self.get_iter(r);
        }
        let ty = self.heap.type_of(v);
        if self.is_heap_type(ty) {
            if let Some(m) = self.lookup_type_attr_borrowed(ty, "__iter__") {
                if matches!(self.heap.payload(m), Payload::Function(_)) {
                    self.incref(m);
                    let r = self.call_object(m, &Args::positional(vec![v]));
                    self.decref(m);
                    let it = r?;
                    let ity = self.heap.type_of(it);
                    if self.lookup_type_attr_borrowed(ity, "__next__").is_none()
                        && !matches!(
                            self.heap.payload(it),
                            Payload::Iterator(_) | Payload::Generator(_)
                        )
                    {
                        let tn = self.type_name(ity);
                        self.decref(it);
                        return Err(self.new_error_msg(
                            self.types.type_error,
                            &format!("iter() returned non-iterator of type '{tn}'"),
                        ));
                    }
                    return Ok(it);
                }
            }
        }
        let (iter_ty, it) = match self.heap.payload(v) {
            Payload::List(_) => (
                self.types.list_iterator,
                IterObj::Seq {
                    seq: Some(v),
                    index: 0,
                },
            ),
            Payload::Tuple(_) => (
                self.types.tuple_iterator,
                IterObj::Seq {
                    seq: Some(v),
                    index: 0,
                },
            ),
            Payload::Str(_) => (
                self.types.str_iterator,
                IterObj::Seq {
                    seq: Some(v),
                    index: 0,
                },
            ),
            Payload::Bytes(_) | Payload::ByteArray(_) => (
                self.types.seq_iterator,
                IterObj::Seq {
                    seq: Some(v),
                    index: 0,
                },
            ),
            Payload::Dict(d) => (
                self.types.dict_keyiterator,
                IterObj::DictKeys {
                    dict: Some(v),
                    index: 0,
                    kind: DictViewKind::Keys,
                    len: d.len(),
                    remaining: d.len(),
                    result: None,
                },
            ),
            Payload::DictView { dict, kind } => {
                let len = match self.heap.payload(*dict) {
                    Payload::Dict(d) => d.len(),
                    _ => 0,
                };
                let t = match kind {
                    DictViewKind::Keys => self.types.dict_keyiterator,
                    DictViewKind::Values => self.types.dict_valueiterator,
                    DictViewKind::Items => self.types.dict_itemiterator,
                };
                let d = *dict;
                let kind = *kind;
                self.incref(d);
                let id = self.alloc(
                    t,
                    Payload::Iterator(IterObj::DictKeys {
                        dict: Some(d),
                        index: 0,
                        kind,
                        len,
                        remaining: len,
                        result: None,
                    }),
                );
                return Ok(id);
            }
            Payload::Set(s) | Payload::FrozenSet(s) => {
                let len = s.len();
                (
                    self.types.set_iterator,
                    IterObj::Set {
                        set: Some(v),
                        index: 0,
                        len,
                    },
                )
            }
            Payload::Range { .. } => return crate::builtins::range::range_iter(self, v),
            Payload::Iterator(_) => return Ok(self.incref(v)),
            Payload::Generator(_) if self.heap.type_of(v) == self.types.generator => {
                return Ok(self.incref(v))
            }
            // `mappingproxy_getiter`: iterates the class dict.
            Payload::MappingProxy(d) => {
                let d = *d;
                return self.get_iter(d);
            }
            _ => {
                let ity = self.heap.type_of(v);
                if self.lookup_type_attr_borrowed(ity, "__next__").is_some()
                    && self.lookup_type_attr_borrowed(ity, "__iter__").is_some()
                {
                    return Ok(self.incref(v));
                }
                if self.lookup_type_attr_borrowed(ity, "__getitem__").is_some() {
                    (
                        self.types.seq_iterator,
                        IterObj::GetItem {
                            seq: Some(v),
                            index: 0,
                        },
                    )
                } else {
                    let tn = self.type_name(ty);
                    return Err(self.new_error_msg(
                        self.types.type_error,
                        &format!("'{tn}' object is not iterable"),
                    ));
                }
            }
        };
        self.incref(v);
        Ok(self.alloc(iter_ty, Payload::Iterator(it)))
    }

    /// `next(it)` without the StopIteration: None when exhausted.
    pub fn iter_next(&mut self, it: ObjId) -> PyResult<Option<ObjId>> {
        crate::builtins::iter::iter_next(self, it)
    }

    /// Every item of an iterable, owned.
    pub fn collect_iterable(&mut self, v: ObjId) -> PyResult<Vec<ObjId>> {
        match self.heap.payload(v) {
            Payload::List(l) if self.heap.type_of(v) == self.types.list => {
                let items = l.items.clone();
                for &i in &items {
                    self.incref(i);
                }
                return Ok(items);
            }
            Payload::Tuple(t) => {
                let items = t.clone();
                for &i in &items {
                    self.incref(i);
                }
                return Ok(items);
            }
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        loop {
            match self.iter_next(it) {
                Ok(Some(x)) => {
                    out.push(x);
                    if out.len() % 4096 == 0 {
                        if let Err(e) = self.check_memory(8 * out.len() as u64) {
                            self.decref(it);
                            for x in out {
                                self.decref(x);
                            }
                            return Err(e);
                        }
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    self.decref(it);
                    for x in out {
                        self.decref(x);
                    }
                    return Err(e);
                }
            }
        }
        self.decref(it);
        Ok(out)
    }

    /// `UnpackSequence`: exactly n items, owned, in order.
    pub fn unpack_sequence(&mut self, seq: ObjId, n: usize) -> PyResult<Vec<ObjId>> {
        let exact = match self.heap.payload(seq) {
            Payload::Tuple(t) => Some(t.clone()),
            Payload::List(l) => Some(l.items.clone()),
            _ => None,
        };
        if let Some(items) = exact {
            if items.len() != n {
                return Err(self.unpack_count_error(n, items.len()));
            }
            for &i in &items {
                self.incref(i);
            }
            return Ok(items);
        }
        let it = self
            .get_iter(seq)
            .map_err(|e| self.not_iterable_unpack(e, seq))?;
        let mut out = Vec::with_capacity(n);
        loop {
            match self.iter_next(it) {
                Ok(Some(x)) => {
                    if out.len() == n {
                        self.decref(x);
                        self.decref(it);
                        for x in out {
                            self.decref(x);
                        }
                        return Err(self.new_error_msg(
                            self.types.value_error,
                            &format!("too many values to unpack (expected {n})"),
                        ));
                    }
                    out.push(x);
                }
                Ok(None) => break,
                Err(e) => {
                    self.decref(it);
                    for x in out {
                        self.decref(x);
                    }
                    return Err(e);
                }
            }
        }
        self.decref(it);
        if out.len() != n {
            let got = out.len();
            for x in out {
                self.decref(x);
            }
            return Err(self.unpack_count_error(n, got));
        }
        Ok(out)
    }

    fn not_iterable_unpack(&mut self, e: PyErr, seq: ObjId) -> PyErr {
        if let PyErr::Exception(exc) = e {
            if self.isinstance_of(exc, self.types.type_error) {
                self.decref(exc);
                let tn = self.type_name_of(seq);
                return self.new_error_msg(
                    self.types.type_error,
                    &format!("cannot unpack non-iterable {tn} object"),
                );
            }
        }
        e
    }

    /// `unpack_iterable`'s messages (3.11 never reports how many there were in excess).
    fn unpack_count_error(&mut self, expected: usize, got: usize) -> PyErr {
        if got > expected {
            let msg = format!("too many values to unpack (expected {expected})");
            self.new_error_msg(self.types.value_error, &msg)
        } else {
            self.new_error_msg(
                self.types.value_error,
                &format!("not enough values to unpack (expected {expected}, got {got})"),
            )
        }
    }

    /// `UnpackEx`: before items, a list of the middle, after items; owned, in order.
    pub fn unpack_ex(&mut self, seq: ObjId, before: usize, after: usize) -> PyResult<Vec<ObjId>> {
        let items = self
            .collect_iterable(seq)
            .map_err(|e| self.not_iterable_unpack(e, seq))?;
        if items.len() < before + after {
            let got = items.len();
            for x in items {
                self.decref(x);
            }
            return Err(self.new_error_msg(
                self.types.value_error,
                &format!(
                    "not enough values to unpack (expected at least {}, got {got})",
                    before + after
                ),
            ));
        }
        let mut items = items;
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        let list = self.new_list(middle);
        if let Payload::List(l) = self.heap.payload_mut(list) {
            l.allocated = crate::builtins::list::preallocate_exact(l.items.len());
        }
        items.push(list);
        items.extend(tail);
        Ok(items)
    }

    /// `ListExtend` / `list.extend`.
    pub fn list_extend(&mut self, list: ObjId, iterable: ObjId) -> PyResult<()> {
        crate::builtins::list::list_extend(self, list, iterable)
    }

    /// The TypeError `ListExtend` raises for `*x` of a non-iterable: CPython rewords it.
    pub(super) fn list_extend_error(&mut self, e: PyErr, iterable: ObjId) -> PyErr {
        if let PyErr::Exception(exc) = e {
            if self.isinstance_of(exc, self.types.type_error) {
                let has_iter = self
                    .lookup_type_attr_borrowed(self.heap.type_of(iterable), "__iter__")
                    .is_some();
                if !has_iter {
                    self.decref(exc);
                    let tn = self.type_name_of(iterable);
                    return self.new_error_msg(
                        self.types.type_error,
                        &format!("Value after * must be an iterable, not {tn}"),
                    );
                }
            }
        }
        e
    }

    /// The name CPython prints for a callable in call errors (`f()`, `A.m()`).
    pub fn callable_name(&self, f: ObjId) -> String {
        match self.heap.payload(f) {
            Payload::Function(func) => format!("{}()", self.str_of(func.qualname)),
            Payload::Builtin(b) => format!("{}()", b.name),
            Payload::Type(t) => format!("{}()", t.name),
            Payload::BoundMethod { func, .. } => self.callable_name(*func),
            _ => format!("{} object", self.type_name_of(f)),
        }
    }

    pub fn tuple_items(&self, t: Option<ObjId>) -> Vec<ObjId> {
        match t.map(|t| self.heap.payload(t)) {
            Some(Payload::Tuple(items)) => items.clone(),
            _ => Vec::new(),
        }
    }

    pub fn tuple_len(&self, t: Option<ObjId>) -> usize {
        match t.map(|t| self.heap.payload(t)) {
            Some(Payload::Tuple(items)) => items.len(),
            _ => 0,
        }
    }

    pub fn tuple_of_strs(&self, t: ObjId) -> Vec<Rc<str>> {
        self.tuple_items(Some(t))
            .into_iter()
            .map(|s| self.str_of(s))
            .collect()
    }
}

/// `_Py_HashPointer`: the address rotated by 4 bits.
pub fn pointer_hash(address: u64) -> i64 {
    let h = address.rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn reflect(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::LtE => CmpOp::GtE,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::GtE => CmpOp::LtE,
        other => other,
    }
}

fn cmp_dunder(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "__eq__",
        CmpOp::NotEq => "__ne__",
        CmpOp::Lt => "__lt__",
        CmpOp::LtE => "__le__",
        CmpOp::Gt => "__gt__",
        CmpOp::GtE => "__ge__",
        _ => "__eq__",
    }
}

pub fn binop_dunders(op: BinOp) -> (&'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__"),
        BinOp::Sub => ("__sub__", "__rsub__"),
        BinOp::Mult => ("__mul__", "__rmul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__"),
        BinOp::Mod => ("__mod__", "__rmod__"),
        BinOp::Pow => ("__pow__", "__rpow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__"),
        BinOp::BitOr => ("__or__", "__ror__"),
        BinOp::BitXor => ("__xor__", "__rxor__"),
        BinOp::BitAnd => ("__and__", "__rand__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
    }
}

fn inplace_dunder(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "__iadd__",
        BinOp::Sub => "__isub__",
        BinOp::Mult => "__imul__",
        BinOp::MatMult => "__imatmul__",
        BinOp::Div => "__itruediv__",
        BinOp::Mod => "__imod__",
        BinOp::Pow => "__ipow__",
        BinOp::LShift => "__ilshift__",
        BinOp::RShift => "__irshift__",
        BinOp::BitOr => "__ior__",
        BinOp::BitXor => "__ixor__",
        BinOp::BitAnd => "__iand__",
        BinOp::FloorDiv => "__ifloordiv__",
    }
}
