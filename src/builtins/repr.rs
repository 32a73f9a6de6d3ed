//! `repr()` and `str()` (`PyObject_Repr`, `PyObject_Str`) of every type, plus a short repr
//! for the page that never runs Python code.

use crate::heap::{ObjId, Payload};
use crate::vm::{Args, PyResult, Vm};

/// `float_repr`: the shortest string that round-trips, in Python's notation.
pub fn float_repr(f: f64) -> String {
    super::format::float_repr_r(f)
}

/// `unicode_repr`: quotes and escapes as CPython does.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// `Py_UNICODE_ISPRINTABLE`, approximated: controls, separators other than space, and
/// a few format characters are not printable.
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x20 || u == 0x7f || (0x80..0xa0).contains(&u) {
        return false;
    }
    if u == 0xad
        || matches!(u, 0x2028 | 0x2029 | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0xfeff)
    {
        return false;
    }
    if (0xd800..0xe000).contains(&u) || (0xe000..0xf900).contains(&u) || u >= 0xf0000 {
        return false;
    }
    if c.is_whitespace() && c != ' ' {
        return false;
    }
    true
}

/// `bytes_repr`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

impl Vm {
    /// `repr(v)` as a str object.
    pub fn repr(&mut self, v: ObjId) -> PyResult<ObjId> {
        let ty = self.heap.type_of(v);
        if self.is_heap_type(ty) {
            if let Some(m) = self.lookup_type_attr_borrowed(ty, "__repr__") {
                if matches!(self.heap.payload(m), Payload::Function(_)) {
                    self.incref(m);
                    let r = self.call_object(m, &Args::positional(vec![v]));
                    self.decref(m);
                    let r = r?;
                    if !matches!(self.heap.payload(r), Payload::Str(_)) {
                        let tn = self.type_name_of(r);
                        self.decref(r);
                        return Err(
                            self.type_error(&format!("__repr__ returned non-string (type {tn})"))
                        );
                    }
                    return Ok(r);
                }
            }
        }
        // A builtin type whose objects carry no payload of their own (`_thread.lock`) has its
        // `tp_repr` as a method in its namespace.
        if matches!(self.heap.payload(v), Payload::Plain) {
            if let Some(m) = self.lookup_type_attr_borrowed(ty, "__repr__") {
                let own_slot = matches!(self.heap.payload(m),
                    Payload::Builtin(b) if b.owner.is_some_and(|o| o != self.types.object));
                if own_slot {
                    self.incref(m);
                    let r = self.call_object(m, &Args::positional(vec![v]));
                    self.decref(m);
                    return r;
                }
            }
        }
        // bool_repr: the interned identifiers "True" and "False".
        if let Payload::Bool(b) = self.heap.payload(v) {
            return Ok(self.intern_str(if *b { "True" } else { "False" }));
        }
        let s = self.builtin_repr(v)?;
        // long_to_decimal_string writes a new str: never a cached one-character string.
        if matches!(self.heap.payload(v), Payload::Int(_) | Payload::BigInt(_)) {
            return Ok(self.new_str_fresh(s));
        }
        Ok(self.new_str_owned(s))
    }

    /// `str(v)` as a str object.
    pub fn str(&mut self, v: ObjId) -> PyResult<ObjId> {
        let ty = self.heap.type_of(v);
        if ty == self.types.str {
            return Ok(self.incref(v));
        }
        // proxy_str: the referent's str().
        if let Some(r) = self.unwrap_proxy(v)? {
            return self.str(r);
        }
        if self.is_heap_type(ty) {
            if let Some(m) = self.lookup_type_attr_borrowed(ty, "__str__") {
                // A Python `__str__`, or another type's slot installed as one
                // (`IntEnum.__str__ = int.__repr__`).
                let callable = match self.heap.payload(m) {
                    Payload::Function(_) => true,
                    Payload::Builtin(b) => b.owner.is_some_and(|o| o != self.types.object),
                    _ => false,
                };
                if callable {
                    self.incref(m);
                    let r = self.call_object(m, &Args::positional(vec![v]));
                    self.decref(m);
                    let r = r?;
                    if !matches!(self.heap.payload(r), Payload::Str(_)) {
                        let tn = self.type_name_of(r);
                        self.decref(r);
                        return Err(
                            self.type_error(&format!("__str__ returned non-string (type {tn})"))
                        );
                    }
                    return Ok(r);
                }
            }
        }
        match self.heap.payload(v) {
            Payload::Str(s) => {
                let t = s.text.clone();
                Ok(self.new_str_rc(t))
            }
            Payload::Exception(_) => {
                let s = self.exception_message(v);
                Ok(self.new_str_owned(s))
            }
            // `mappingproxy_str`: the str of the mapping.
            Payload::MappingProxy(d) => {
                let d = *d;
                self.str(d)
            }
            _ => self.repr(v),
        }
    }

    pub fn repr_string(&mut self, v: ObjId) -> PyResult<String> {
        let r = self.repr(v)?;
        let s = self.str_of(r).to_string();
        self.decref(r);
        Ok(s)
    }

    pub fn str_string(&mut self, v: ObjId) -> PyResult<String> {
        let r = self.str(v)?;
        let s = self.str_of(r).to_string();
        self.decref(r);
        Ok(s)
    }

    /// The repr of builtin payloads (containers recurse through `repr`).
    pub(crate) fn builtin_repr(&mut self, v: ObjId) -> PyResult<String> {
        let addr = self.heap.address(v);
        let ty = self.heap.type_of(v);
        Ok(match self.heap.payload(v) {
            Payload::None => "None".to_string(),
            Payload::NotImplemented => "NotImplemented".to_string(),
            Payload::Ellipsis => "Ellipsis".to_string(),
            Payload::Bool(b) => if *b { "True" } else { "False" }.to_string(),
            Payload::Int(i) => i.to_string(),
            Payload::BigInt(b) => {
                let s = b.to_string();
                if s.len() > 4300 {
                    return Err(self.value_error("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"));
                }
                s
            }
            Payload::Float(f) => float_repr(*f),
            Payload::Complex(re, im) => complex_repr(*re, *im),
            Payload::Str(s) => str_repr(s.as_str()),
            Payload::Bytes(b) => bytes_repr(b),
            // bytearray_repr names the (sub)class.
            Payload::ByteArray(b) => format!("{}({})", self.type_name(ty), bytes_repr(b)),
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_) => return self.container_repr(v),
            Payload::Function(f) => format!("<function {} at {addr:#x}>", self.str_of(f.qualname)),
            Payload::Builtin(b) => match b.self_ {
                Some(s) if ty == self.types.method_wrapper => {
                    let tn = self.type_name_of(s);
                    let addr = self.heap.address(s);
                    format!("<method-wrapper '{}' of {tn} object at {addr:#x}>", b.name)
                }
                Some(s) if !matches!(self.heap.payload(s), Payload::Module(_)) => {
                    let tn = self.type_name_of(s);
                    format!(
                        "<built-in method {} of {tn} object at {:#x}>",
                        b.name,
                        self.heap.address(s)
                    )
                }
                _ => match b.owner {
                    Some(o) if ty == self.types.wrapper_descriptor => {
                        format!(
                            "<slot wrapper '{}' of '{}' objects>",
                            b.name,
                            self.type_name(o)
                        )
                    }
                    Some(o) if !b.class_method => {
                        format!("<method '{}' of '{}' objects>", b.name, self.type_name(o))
                    }
                    _ => format!("<built-in function {}>", b.name),
                },
            },
            Payload::BoundMethod { func, self_ } => {
                let (func, self_) = (*func, *self_);
                let qn = match self.heap.payload(func) {
                    Payload::Function(f) => self.str_of(f.qualname).to_string(),
                    _ => "?".to_string(),
                };
                let sr = self.repr_string(self_)?;
                format!("<bound method {qn} of {sr}>")
            }
            Payload::Type(t) => {
                if &*t.module == "builtins" {
                    format!("<class '{}'>", t.qualname)
                } else {
                    format!("<class '{}.{}'>", t.module, t.qualname)
                }
            }
            Payload::Module(m) => format!("<module '{}' (built-in)>", m.name),
            Payload::Cell(c) => match c {
                Some(x) => format!(
                    "<cell at {addr:#x}: {} object at {:#x}>",
                    self.type_name_of(*x),
                    self.heap.address(*x)
                ),
                None => format!("<cell at {addr:#x}: empty>"),
            },
            Payload::Code(c) => format!(
                "<code object {} at {addr:#x}, file \"{}\", line {}>",
                c.code.name, c.code.filename, c.code.firstlineno
            ),
            Payload::Generator(g) => format!(
                "<{} object {} at {addr:#x}>",
                self.type_name(ty),
                self.str_of(g.qualname)
            ),
            Payload::Exception(e) => {
                let args = e.args;
                let name = self.type_name(ty);
                let items = self.tuple_items(Some(args));
                if items.len() == 1 {
                    format!("{name}({})", self.repr_string(items[0])?)
                } else {
                    format!("{name}{}", self.repr_string(args)?)
                }
            }
            Payload::MappingProxy(d) => {
                let d = *d;
                format!("mappingproxy({})", self.repr_string(d)?)
            }
            Payload::Property { .. } => match crate::builtins::types::getset_repr(self, v) {
                Some(r) => r,
                None => self.default_repr(v),
            },
            Payload::Range { start, stop, step } => {
                let (start, stop, step) = (*start, *stop, *step);
                let a = self.repr_string(start)?;
                let b = self.repr_string(stop)?;
                let is_one = matches!(self.heap.payload(step), Payload::Int(1));
                if is_one {
                    format!("range({a}, {b})")
                } else {
                    format!("range({a}, {b}, {})", self.repr_string(step)?)
                }
            }
            Payload::Slice { start, stop, step } => {
                let (start, stop, step) = (*start, *stop, *step);
                format!(
                    "slice({}, {}, {})",
                    self.repr_string(start)?,
                    self.repr_string(stop)?,
                    self.repr_string(step)?
                )
            }
            Payload::DictView { .. } => return crate::builtins::dict::view_repr(self, v),
            Payload::WeakRef(_) => return crate::modules::weakref::weakref_repr(self, v),
            Payload::WeakProxy(_) => crate::modules::weakref::proxy_repr_text(self, v),
            _ => self.default_repr(v),
        })
    }

    /// `object.__repr__`: `<__main__.Node object at 0x7f...>`.
    pub fn default_repr(&self, v: ObjId) -> String {
        let ty = self.heap.type_of(v);
        let (name, module) = match self.heap.payload(ty) {
            Payload::Type(t) => (t.qualname.to_string(), t.module.to_string()),
            _ => ("object".to_string(), "builtins".to_string()),
        };
        let addr = self.heap.address(v);
        if module == "builtins" {
            format!("<{name} object at {addr:#x}>")
        } else {
            format!("<{module}.{name} object at {addr:#x}>")
        }
    }

    /// Objects/object.c: Py_ReprEnter — its first call makes the thread state's dict
    /// (`PyThreadState_GetDict`) holding the "Py_Repr" list, both kept for good.
    pub(crate) fn py_repr_enter(&mut self) {
        if self.tstate_dict.is_some() {
            return;
        }
        let dict = self.new_dict();
        let list = self.new_list(Vec::new());
        let key = self.intern_str("Py_Repr");
        // A str key and a list value: cannot fail.
        let _ = self.dict_set_item(dict, key, list);
        self.decref(key);
        self.decref(list);
        self.tstate_dict = Some(dict);
    }

    fn container_repr(&mut self, v: ObjId) -> PyResult<String> {
        let ty = self.heap.type_of(v);
        let (open, close, items, dict): (&str, &str, Vec<ObjId>, Vec<(ObjId, ObjId)>) =
            match self.heap.payload(v) {
                Payload::List(l) => ("[", "]", l.items.clone(), Vec::new()),
                Payload::Tuple(t) => ("(", ")", t.clone(), Vec::new()),
                Payload::Dict(_) => ("{", "}", Vec::new(), self.dict_items(v)),
                Payload::Set(_) => ("{", "}", self.set_items(v), Vec::new()),
                Payload::FrozenSet(_) => ("{", "}", self.set_items(v), Vec::new()),
                _ => return Ok(self.default_repr(v)),
            };
        let is_set = matches!(
            self.heap.payload(v),
            Payload::Set(_) | Payload::FrozenSet(_)
        );
        // list_repr and tuplerepr return "[]" and "()" before Py_ReprEnter; dict_repr and
        // set_repr enter first.
        if !items.is_empty() || !dict.is_empty() || !matches!(open, "[" | "(") {
            self.py_repr_enter();
        }
        if is_set && items.is_empty() {
            let name = self.type_name(ty);
            return Ok(format!("{name}()"));
        }
        if self.repr_guard.contains(&v) {
            return Ok(match self.heap.payload(v) {
                Payload::List(_) => "[...]".to_string(),
                Payload::Dict(_) => "{...}".to_string(),
                _ => format!("{}(...)", self.type_name(ty)),
            });
        }
        // Py_EnterRecursiveCall(" while getting the repr of an object"): nested containers
        // count against the recursion limit with the Python frames.
        if self.frames.len() + self.repr_guard.len() + 1 > self.recursion_limit {
            return Err(self.new_error_msg(
                self.types.recursion_error,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        // set_repr: the items are copied into a list (`PySequence_List`) whose repr is
        // built.
        let keys = if is_set {
            for &i in &items {
                self.incref(i);
            }
            Some(self.new_list(items.clone()))
        } else {
            None
        };
        self.repr_guard.push(v);
        let result = (|| -> PyResult<String> {
            let mut out = String::from(open);
            let mut first = true;
            for &(k, val) in &dict {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                self.incref(k);
                self.incref(val);
                let kr = self.repr_string(k);
                let vr = kr.and_then(|kr| self.repr_string(val).map(|vr| (kr, vr)));
                self.decref(k);
                self.decref(val);
                let (kr, vr) = vr?;
                out.push_str(&kr);
                out.push_str(": ");
                out.push_str(&vr);
            }
            for &item in &items {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                self.incref(item);
                let r = self.repr_string(item);
                self.decref(item);
                out.push_str(&r?);
            }
            if matches!(self.heap.payload(v), Payload::Tuple(_)) && items.len() == 1 {
                out.push(',');
            }
            out.push_str(close);
            Ok(out)
        })();
        self.repr_guard.pop();
        self.xdecref(keys);
        let out = result?;
        let name = self.type_name(ty);
        // set_repr: `{...}` for an exact set, `name({...})` for frozenset and subclasses.
        if ty != self.types.set
            && matches!(
                self.heap.payload(v),
                Payload::Set(_) | Payload::FrozenSet(_)
            )
        {
            return Ok(format!("{name}({out})"));
        }
        Ok(out)
    }

    /// A repr for the page and for reference descriptions: never runs Python code.
    pub fn short_repr(&self, v: ObjId) -> String {
        let text = match self.heap.payload(v) {
            Payload::None => "None".to_string(),
            Payload::Bool(b) => if *b { "True" } else { "False" }.to_string(),
            Payload::Int(i) => i.to_string(),
            Payload::BigInt(b) => b.to_string(),
            Payload::Float(f) => float_repr(*f),
            Payload::Complex(re, im) => complex_repr(*re, *im),
            Payload::Str(s) => str_repr(s.as_str()),
            Payload::Bytes(b) => bytes_repr(b),
            Payload::Function(f) => format!("<function {}>", self.str_of(f.qualname)),
            Payload::Type(t) => format!("<class '{}'>", t.qualname),
            Payload::Module(m) => format!("<module '{}'>", m.name),
            Payload::Builtin(b) => format!("<built-in {}>", b.name),
            _ => self.default_repr(v),
        };
        if text.chars().count() > 60 {
            let cut: String = text.chars().take(57).collect();
            format!("{cut}...")
        } else {
            text
        }
    }

    /// `print(*args, sep=' ', end='\n')`'s text for one object.
    pub fn print_text(&mut self, v: ObjId) -> PyResult<String> {
        self.str_string(v)
    }
}

/// `complex_repr`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let fmt = |f: f64| {
        let s = float_repr(f);
        s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
    };
    if re == 0.0 && !re.is_sign_negative() {
        format!("{}j", fmt(im))
    } else {
        let sign = if im < 0.0 || (im == 0.0 && im.is_sign_negative()) {
            "-"
        } else {
            "+"
        };
        format!("({}{sign}{}j)", fmt(re), fmt(im.abs()))
    }
}
