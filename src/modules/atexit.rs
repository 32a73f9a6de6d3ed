//! `atexit`: functions run at interpreter exit, last registered first (Modules/atexitmodule.c).

use crate::builtins::{add_function, check_args, set_str_item};
use crate::heap::{ObjId, Payload};
use crate::vm::{Args, PyErr, PyResult, Vm};

/// The registered handlers live in a list in the module namespace (so the reference scan
/// sees them): each entry is a tuple `(func, args, kwargs)`.
const HANDLERS: &str = "_exithandlers";

pub fn init(vm: &mut Vm, d: ObjId) -> PyResult<()> {
    add_function(vm, d, "register", register);
    add_function(vm, d, "unregister", unregister);
    add_function(vm, d, "_run_exitfuncs", run_exitfuncs);
    add_function(vm, d, "_clear", clear);
    add_function(vm, d, "_ncallbacks", ncallbacks);
    let list = vm.new_list(Vec::new());
    set_str_item(vm, d, HANDLERS, list);
    vm.decref(list);
    Ok(())
}

fn handlers(vm: &mut Vm) -> Option<ObjId> {
    let m = vm.dict_get_str_borrowed(vm.modules, "atexit")?;
    let d = vm.module_dict(m);
    vm.dict_get_str_borrowed(d, HANDLERS)
}

/// `atexit.register(func, *args, **kwargs)`: returns func.
fn register(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&func) = args.args.first() else {
        return Err(vm.type_error("register() takes at least 1 argument (0 given)"));
    };
    let callable = matches!(
        vm.heap.payload(func),
        Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod { .. } | Payload::Type(_)
    ) || vm
        .lookup_type_attr_borrowed(vm.heap.type_of(func), "__call__")
        .is_some();
    if !callable {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let rest = vm.new_tuple_from(&args.args[1..]);
    let kwargs = vm.new_dict();
    for (k, v) in &args.kwargs {
        set_str_item(vm, kwargs, k, *v);
    }
    vm.incref(func);
    let entry = vm.new_tuple(vec![func, rest, kwargs]);
    if let Some(list) = handlers(vm) {
        vm.list_append_owned(list, entry);
    } else {
        vm.decref(entry);
    }
    Ok(vm.incref(func))
}

fn unregister(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "unregister", args, 1, 1)?;
    if let Some(list) = handlers(vm) {
        let entries = match vm.heap.payload(list) {
            Payload::List(l) => l.items.clone(),
            _ => Vec::new(),
        };
        let mut keep = Vec::new();
        let mut drop = Vec::new();
        for e in entries {
            let f = vm.tuple_items(Some(e))[0];
            if vm.eq_bool(f, args.args[0])? {
                drop.push(e);
            } else {
                keep.push(e);
            }
        }
        if let Payload::List(l) = vm.heap.payload_mut(list) {
            l.items = keep;
        }
        for e in drop {
            vm.decref(e);
        }
    }
    Ok(vm.new_none())
}

fn run_exitfuncs(vm: &mut Vm, _args: &Args) -> PyResult<ObjId> {
    vm.run_atexit_handlers();
    Ok(vm.new_none())
}

fn clear(vm: &mut Vm, _args: &Args) -> PyResult<ObjId> {
    if let Some(list) = handlers(vm) {
        let items = match vm.heap.payload_mut(list) {
            Payload::List(l) => std::mem::take(&mut l.items),
            _ => Vec::new(),
        };
        for e in items {
            vm.decref(e);
        }
    }
    Ok(vm.new_none())
}

fn ncallbacks(vm: &mut Vm, _args: &Args) -> PyResult<ObjId> {
    let n = match handlers(vm).map(|l| vm.heap.payload(l)) {
        Some(Payload::List(l)) => l.items.len(),
        _ => 0,
    };
    Ok(vm.new_int(n as i64))
}

impl Vm {
    /// `atexit_callfuncs`: runs the handlers, last registered first; an exception is
    /// reported ("Exception ignored in atexit callback") and the rest still run.
    pub fn run_atexit_handlers(&mut self) {
        let Some(list) = handlers(self) else {
            return;
        };
        loop {
            let entry = match self.heap.payload_mut(list) {
                Payload::List(l) => l.items.pop(),
                _ => None,
            };
            let Some(entry) = entry else {
                break;
            };
            let parts = self.tuple_items(Some(entry));
            let (func, rest, kwargs) = (parts[0], parts[1], parts[2]);
            let mut args = Args::positional(self.tuple_items(Some(rest)));
            for (k, v) in self.dict_items(kwargs) {
                args.kwargs.push((self.str_of(k), v));
            }
            match self.call_object(func, &args) {
                Ok(v) => self.decref(v),
                Err(PyErr::Exception(e)) => {
                    let r = self.repr_string(func).unwrap_or_default();
                    self.output
                        .write_stderr(&format!("Exception ignored in atexit callback: {r}\n"));
                    let text = self.format_exception(e);
                    self.output.write_stderr(&text);
                    self.decref(e);
                }
                Err(PyErr::Halt(h)) => self.pending_halt = Some(h),
            }
            self.decref(entry);
        }
    }
}
