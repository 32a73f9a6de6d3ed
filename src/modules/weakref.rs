//! `weakref` (Objects/weakrefobject.c for `ref` and `proxy`; the containers and `finalize`
//! are Python code in weakref.py, as Lib/weakref.py is in CPython).

use crate::builtins::{add_function, add_method, check_args, set_str_item};
use crate::heap::{ObjId, Payload, WeakRefObj};
use crate::vm::{Args, PyResult, Vm};

pub fn init(vm: &mut Vm, d: ObjId) -> PyResult<()> {
    let ref_type = vm.types.weakref;
    add_method(vm, ref_type, "__new__", ref_new);
    add_method(vm, ref_type, "__init__", ref_init);
    add_method(vm, ref_type, "__call__", ref_call);
    crate::builtins::types::add_getset(vm, ref_type, "__callback__", ref_callback, None);
    add_method(vm, vm.types.weakcallableproxy, "__call__", proxy_call);
    add_method(vm, vm.types.weakcallableproxy, "__repr__", proxy_repr);
    add_method(vm, ref_type, "__repr__", ref_repr);
    add_method(vm, vm.types.weakproxy, "__repr__", proxy_repr);
    add_function(vm, d, "proxy", proxy);
    add_function(vm, d, "getweakrefcount", getweakrefcount);
    add_function(vm, d, "getweakrefs", getweakrefs);
    for (name, ty) in [
        ("ref", vm.types.weakref),
        ("ReferenceType", vm.types.weakref),
        ("ProxyType", vm.types.weakproxy),
        ("CallableProxyType", vm.types.weakcallableproxy),
    ] {
        set_str_item(vm, d, name, ty);
    }
    Ok(())
}

/// Whether objects of this kind can be weakly referenced (`tp_weaklistoffset != 0`).
fn weakrefable(vm: &Vm, obj: ObjId) -> bool {
    let ty = vm.heap.type_of(obj);
    if let Payload::Type(t) = vm.heap.payload(ty) {
        if t.heap_type {
            return t.weakrefable;
        }
    }
    matches!(
        vm.heap.payload(obj),
        Payload::Function(_)
            | Payload::Type(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Generator(_)
            | Payload::BoundMethod { .. }
            | Payload::Code(_)
            | Payload::Module(_)
            | Payload::Property { .. }
            | Payload::Exception(_)
            | Payload::Builtin(_)
    )
}

/// Makes a weak reference of type `ty` (`weakref.ref`, a subclass of it, or a proxy type)
/// to `obj`. Callback-less references of the basic types are shared, and the referent's
/// list keeps CPython's order (`weakref___new__`, `PyWeakref_NewProxy`): the basic ref
/// first, then the basic proxy, then the others, newest first.
pub fn new_weakref(vm: &mut Vm, ty: ObjId, obj: ObjId, callback: Option<ObjId>) -> PyResult<ObjId> {
    if !weakrefable(vm, obj) {
        let tn = vm.type_name_of(obj);
        return Err(vm.type_error(&format!("cannot create weak reference to '{tn}' object")));
    }
    let callback = callback.filter(|&c| c != vm.none);
    let is_proxy = ty != vm.types.weakref && !vm.is_subtype(ty, vm.types.weakref);
    let (basic_ref, basic_proxy) = basic_refs(vm, obj);
    let basic = callback.is_none() && (ty == vm.types.weakref || is_proxy);
    if basic {
        if let Some(r) = if is_proxy { basic_proxy } else { basic_ref } {
            return Ok(vm.incref(r));
        }
    }
    if let Some(cb) = callback {
        vm.incref(cb);
    }
    let w = WeakRefObj {
        referent: Some(obj),
        callback,
        hash: None,
    };
    let payload = if is_proxy {
        Payload::WeakProxy(w)
    } else {
        Payload::WeakRef(w)
    };
    let r = vm.alloc(ty, payload);
    let prev = match (basic, is_proxy) {
        (true, false) => None,
        (true, true) => basic_ref,
        (false, _) => basic_proxy.or(basic_ref),
    };
    let refs = vm.weakrefs.entry(obj).or_default();
    let position = prev
        .and_then(|p| refs.iter().position(|&r| r == p))
        .map_or(0, |i| i + 1);
    refs.insert(position.min(refs.len()), r);
    Ok(r)
}

/// `get_basic_refs`: the shared callback-less ref and proxy at the head of `obj`'s list.
fn basic_refs(vm: &Vm, obj: ObjId) -> (Option<ObjId>, Option<ObjId>) {
    let Some(refs) = vm.weakrefs.get(&obj) else {
        return (None, None);
    };
    let is_basic = |r: &ObjId, ty: ObjId| {
        let t = vm.heap.type_of(*r);
        (t == ty || (ty == vm.types.weakproxy && t == vm.types.weakcallableproxy))
            && matches!(vm.heap.payload(*r), Payload::WeakRef(w) | Payload::WeakProxy(w) if w.callback.is_none())
    };
    let mut it = refs.iter().peekable();
    let basic_ref = it.next_if(|r| is_basic(r, vm.types.weakref)).copied();
    let basic_proxy = it.next_if(|r| is_basic(r, vm.types.weakproxy)).copied();
    (basic_ref, basic_proxy)
}

/// `weakref.ref(obj, callback=None)` (also for subclasses: `args[0]` is the class).
fn ref_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    if args.args.len() < 2 || args.args.len() > 3 {
        let n = args.args.len().saturating_sub(1);
        let msg = if n == 0 {
            "__new__ expected at least 1 argument, got 0".to_string()
        } else {
            format!("__new__ expected at most 2 arguments, got {n}")
        };
        return Err(vm.type_error(&msg));
    }
    new_weakref(vm, args.args[0], args.args[1], args.args.get(2).copied())
}

/// `weakref___init__`: only checks the arguments (`__new__` did the work).
fn ref_init(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let n = args.args.len().saturating_sub(1);
    if n == 0 {
        return Err(vm.type_error("__init__ expected at least 1 argument, got 0"));
    }
    if n > 2 {
        return Err(vm.type_error(&format!("__init__ expected at most 2 arguments, got {n}")));
    }
    Ok(vm.new_none())
}

/// `wr()`: the referent, or None once it died.
fn ref_call(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "weakref", args, 1, 1)?;
    let referent = match vm.heap.payload(args.args[0]) {
        Payload::WeakRef(w) => w.referent,
        _ => None,
    };
    Ok(vm.incref(referent.unwrap_or(vm.none)))
}

/// `ref.__callback__`.
fn ref_callback(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let callback = match args.args.first().map(|&r| vm.heap.payload(r)) {
        Some(Payload::WeakRef(w)) => w.callback,
        _ => None,
    };
    Ok(vm.incref(callback.unwrap_or(vm.none)))
}

/// `proxy_call`: calling a callable proxy calls the referent.
fn proxy_call(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let referent = vm.proxy_referent(args.args[0])?;
    vm.incref(referent);
    let rest = Args {
        args: args.args[1..].to_vec(),
        kwargs: args.kwargs.clone(),
    };
    let r = vm.call_object(referent, &rest);
    vm.decref(referent);
    r
}

fn ref_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "__repr__", args, 1, 1)?;
    let text = weakref_repr(vm, args.args[0])?;
    Ok(vm.new_str_owned(text))
}

/// `weakref_repr`: the referent's type (its tp_name) and, when it has one, its `__name__`.
pub fn weakref_repr(vm: &mut Vm, wr: ObjId) -> PyResult<String> {
    let addr = vm.heap.address(wr);
    let referent = match vm.heap.payload(wr) {
        Payload::WeakRef(w) => w.referent,
        _ => None,
    };
    let Some(r) = referent else {
        return Ok(format!("<weakref at {addr:#x}; dead>"));
    };
    vm.incref(r);
    let name = match vm.getattr_opt(r, "__name__") {
        Ok(n) => n,
        Err(crate::vm::PyErr::Exception(e)) => {
            vm.decref(e);
            None
        }
        Err(halt) => {
            vm.decref(r);
            return Err(halt);
        }
    };
    let head = format!(
        "<weakref at {addr:#x}; to '{}' at {:#x}",
        tp_name(vm, r),
        vm.heap.address(r)
    );
    vm.decref(r);
    let text = match name {
        Some(n) if matches!(vm.heap.payload(n), Payload::Str(_)) => {
            let s = format!("{head} ({})>", vm.str_of(n));
            vm.decref(n);
            s
        }
        Some(n) => {
            vm.decref(n);
            format!("{head}>")
        }
        None => format!("{head}>"),
    };
    Ok(text)
}

fn proxy_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "__repr__", args, 1, 1)?;
    let text = proxy_repr_text(vm, args.args[0]);
    Ok(vm.new_str_owned(text))
}

/// `proxy_repr`: `<weakproxy at ADDR to TYPE at ADDR>` (a dead proxy refers to None).
pub fn proxy_repr_text(vm: &Vm, p: ObjId) -> String {
    let addr = vm.heap.address(p);
    let referent = match vm.heap.payload(p) {
        Payload::WeakProxy(w) => w.referent,
        _ => None,
    }
    .unwrap_or(vm.none);
    format!(
        "<weakproxy at {addr:#x} to {} at {:#x}>",
        tp_name(vm, referent),
        vm.heap.address(referent)
    )
}

/// The referent type's `tp_name`: a class's own name, a builtin type's full name.
fn tp_name(vm: &Vm, obj: ObjId) -> String {
    let ty = vm.heap.type_of(obj);
    match vm.heap.payload(ty) {
        Payload::Type(t) => t.name.to_string(),
        _ => "?".to_string(),
    }
}

/// `weakref.proxy(obj, callback=None)`.
fn proxy(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "proxy", args, 1, 2)?;
    let target = args.args[0];
    let ty = if crate::builtins::functions::is_callable(vm, target) {
        vm.types.weakcallableproxy
    } else {
        vm.types.weakproxy
    };
    new_weakref(vm, ty, target, args.args.get(1).copied())
}

fn getweakrefcount(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "getweakrefcount", args, 1, 1)?;
    let n = vm.weakrefs.get(&args.args[0]).map(|r| r.len()).unwrap_or(0);
    Ok(vm.new_int(n as i64))
}

fn getweakrefs(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "getweakrefs", args, 1, 1)?;
    let refs = vm.weakrefs.get(&args.args[0]).cloned().unwrap_or_default();
    for &r in &refs {
        vm.incref(r);
    }
    Ok(vm.new_list(refs))
}

impl Vm {
    /// `UNWRAP` in Objects/weakrefobject.c: a proxy operand stands for its referent (borrowed);
    /// None when `v` is not a proxy.
    pub fn unwrap_proxy(&mut self, v: ObjId) -> PyResult<Option<ObjId>> {
        if matches!(self.heap.payload(v), Payload::WeakProxy(_)) {
            self.proxy_referent(v).map(Some)
        } else {
            Ok(None)
        }
    }

    /// Attribute access through a `weakref.proxy`: ReferenceError once the referent died.
    pub fn proxy_referent(&mut self, proxy: ObjId) -> PyResult<ObjId> {
        match self.heap.payload(proxy) {
            Payload::WeakProxy(WeakRefObj {
                referent: Some(r), ..
            }) => Ok(*r),
            _ => Err(self.new_error_msg(
                self.types.reference_error,
                "weakly-referenced object no longer exists",
            )),
        }
    }
}
