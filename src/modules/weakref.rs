//! `weakref` (Objects/weakrefobject.c for `ref` and `proxy`; the containers and `finalize`
//! are Python code in weakref.py, as Lib/weakref.py is in CPython).

use crate::builtins::{add_function, add_method, check_args, set_str_item};
use crate::heap::{ObjId, Payload, WeakRefObj};
use crate::vm::{Args, PyResult, Vm};

pub fn init(vm: &mut Vm, d: ObjId) -> PyResult<()> {
    let ref_type = vm.types.weakref;
    add_method(vm, ref_type, "__new__", ref_new);
    add_method(vm, ref_type, "__call__", ref_call);
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

/// Makes a weak reference (or proxy) of type `ty` to `obj`; callback-less references of the
/// basic types are shared, as `PyWeakref_NewRef` does.
fn new_weakref(vm: &mut Vm, ty: ObjId, obj: ObjId, callback: Option<ObjId>) -> PyResult<ObjId> {
    if !weakrefable(vm, obj) {
        let tn = vm.type_name_of(obj);
        return Err(vm.type_error(&format!("cannot create weak reference to '{tn}' object")));
    }
    let callback = callback.filter(|&c| c != vm.none);
    if callback.is_none() {
        let existing = vm.weakrefs.get(&obj).and_then(|refs| {
            refs.iter().copied().find(|&r| {
                vm.heap.type_of(r) == ty
                    && matches!(vm.heap.payload(r), Payload::WeakRef(w) | Payload::WeakProxy(w) if w.callback.is_none())
            })
        });
        if let Some(r) = existing {
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
    let payload = if ty == vm.types.weakref {
        Payload::WeakRef(w)
    } else {
        Payload::WeakProxy(w)
    };
    let r = vm.alloc(ty, payload);
    let refs = vm.weakrefs.entry(obj).or_default();
    if callback.is_none() {
        // Basic references go first in the list (so they are found and shared).
        refs.insert(0, r);
    } else {
        refs.push(r);
    }
    Ok(r)
}

/// `weakref.ref(obj, callback=None)`.
fn ref_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    if args.args.len() < 2 || args.args.len() > 3 {
        let n = args.args.len().saturating_sub(1);
        return Err(vm.type_error(&format!("__new__ expected at most 2 arguments, got {n}")));
    }
    new_weakref(
        vm,
        vm.types.weakref,
        args.args[1],
        args.args.get(2).copied(),
    )
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

fn ref_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let wr = args.args[0];
    let addr = vm.heap.address(wr);
    let text = match vm.heap.payload(wr) {
        Payload::WeakRef(WeakRefObj {
            referent: Some(r), ..
        }) => {
            let r = *r;
            format!(
                "<weakref at {addr:#x}; to '{}' at {:#x}>",
                referent_type_name(vm, r),
                vm.heap.address(r)
            )
        }
        _ => format!("<weakref at {addr:#x}; dead>"),
    };
    Ok(vm.new_str_owned(text))
}

fn proxy_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let p = args.args[0];
    let addr = vm.heap.address(p);
    let text = match vm.heap.payload(p) {
        Payload::WeakProxy(WeakRefObj {
            referent: Some(r), ..
        }) => {
            let r = *r;
            format!(
                "<weakproxy at {addr:#x}; to '{}' at {:#x}>",
                referent_type_name(vm, r),
                vm.heap.address(r)
            )
        }
        _ => format!("<weakproxy at {addr:#x}; dead>"),
    };
    Ok(vm.new_str_owned(text))
}

/// The qualified type name a weakref repr shows (`__main__.Node` for user classes).
fn referent_type_name(vm: &Vm, obj: ObjId) -> String {
    let ty = vm.heap.type_of(obj);
    match vm.heap.payload(ty) {
        Payload::Type(t) if &*t.module != "builtins" => format!("{}.{}", t.module, t.qualname),
        Payload::Type(t) => t.name.to_string(),
        _ => "?".to_string(),
    }
}

/// `weakref.proxy(obj, callback=None)`.
fn proxy(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "proxy", args, 1, 2)?;
    new_weakref(
        vm,
        vm.types.weakproxy,
        args.args[0],
        args.args.get(1).copied(),
    )
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
