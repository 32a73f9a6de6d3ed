//! `mappingproxy`: the read-only view of a class namespace (`cls.__dict__`).

use crate::heap::{ObjId, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::add_method;

pub fn install(vm: &mut Vm) {
    let ty = vm.types.mappingproxy;
    add_method(vm, ty, "get", get);
    add_method(vm, ty, "keys", keys);
    add_method(vm, ty, "values", values);
    add_method(vm, ty, "items", items);
    add_method(vm, ty, "copy", copy);
}

/// Calls the same-named method of the proxied dict (`mappingproxy_*` forward like this).
fn forward(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjId> {
    let dict = match args.args.first().map(|&p| vm.heap.payload(p)) {
        Some(Payload::MappingProxy(d)) => *d,
        _ => {
            return Err(vm.type_error(&format!(
                "descriptor '{name}' requires a 'mappingproxy' object"
            )))
        }
    };
    let method = vm.getattr_str(dict, name)?;
    let rest = Args {
        args: args.args[1..].to_vec(),
        kwargs: args.kwargs.clone(),
    };
    let r = vm.call_object(method, &rest);
    vm.decref(method);
    r
}

fn get(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    forward(vm, args, "get")
}

fn keys(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    forward(vm, args, "keys")
}

fn values(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    forward(vm, args, "values")
}

fn items(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    forward(vm, args, "items")
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    forward(vm, args, "copy")
}
