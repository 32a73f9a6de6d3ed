//! `tuple` (Objects/tupleobject.c): construction (`tuple_new_impl`), `index`, `count`.

use crate::heap::{ObjId, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::sequence::self_of;
use super::{add_method, check_args};

pub fn install(vm: &mut Vm) {
    let t = vm.types.tuple;
    add_method(vm, t, "__new__", tuple_new);
    add_method(vm, t, "index", tuple_index);
    add_method(vm, t, "count", tuple_count);
    add_method(vm, t, "__sizeof__", tuple_sizeof);
}

/// `tuple_new_impl` / `tuple_subtype_new`: `tuple(t) is t` for an exact tuple.
fn tuple_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let Some(&cls) = args.args.first() else {
        return Err(vm.type_error("tuple.__new__(): not enough arguments"));
    };
    if !matches!(vm.heap.payload(cls), Payload::Type(_)) || !vm.is_subtype(cls, vm.types.tuple) {
        return Err(vm.type_error("tuple.__new__(X): X is not a subtype of tuple"));
    }
    let exact = cls == vm.types.tuple;
    if exact && !args.kwargs.is_empty() {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    let rest = Args::positional(args.args[1..].to_vec());
    check_args(vm, "tuple", &rest, 0, 1)?;
    let items = match rest.args.first() {
        None => Vec::new(),
        Some(&it) => {
            if exact && vm.heap.type_of(it) == vm.types.tuple {
                return Ok(vm.incref(it));
            }
            vm.collect_iterable(it)?
        }
    };
    vm.check_memory(8 * items.len() as u64)?;
    if exact {
        let t = vm.new_tuple(items);
        if let Some(&src) = rest.args.first() {
            if t != vm.empty_tuple && super::sequence::is_container(vm, src) {
                vm.heap.get_mut(t).copied_from = Some(src);
            }
        }
        return Ok(t);
    }
    Ok(vm.alloc(cls, Payload::Tuple(items)))
}

fn tuple_self(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjId> {
    let t = vm.types.tuple;
    self_of(vm, args, t, name)
}

/// `tuple_index_impl`.
fn tuple_index(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = tuple_self(vm, args, "index")?;
    let rest = Args {
        args: args.args[1..].to_vec(),
        kwargs: args.kwargs.clone(),
    };
    check_args(vm, "index", &rest, 1, 3)?;
    let n = vm.tuple_len(Some(me));
    let (start, stop) = super::list::index_bounds(vm, &rest.args[1..], n)?;
    let value = rest.args[0];
    let mut i = start;
    while i < stop {
        let Some(item) = (match vm.heap.payload(me) {
            Payload::Tuple(t) => t.get(i).copied(),
            _ => None,
        }) else {
            break;
        };
        if vm.eq_bool(item, value)? {
            return Ok(vm.new_int(i as i64));
        }
        i += 1;
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = tuple_self(vm, args, "count")?;
    let rest = Args {
        args: args.args[1..].to_vec(),
        kwargs: args.kwargs.clone(),
    };
    check_args(vm, "tuple.count", &rest, 1, 1)?;
    super::list::count_items(vm, me, rest.args[0])
}

fn tuple_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let me = tuple_self(vm, args, "__sizeof__")?;
    let n = vm.tuple_len(Some(me));
    Ok(vm.new_int(24 + 8 * n as i64))
}
