//! The `gc` module (Modules/gcmodule.c's Python interface).

use crate::builtins::{add_function, arg_index, check_args, set_str_item};
use crate::gc::{
    DEBUG_COLLECTABLE, DEBUG_SAVEALL, DEBUG_STATS, DEBUG_UNCOLLECTABLE, NUM_GENERATIONS,
};
use crate::heap::{ObjId, Payload};
use crate::vm::refs::Edge;
use crate::vm::{Args, PyResult, Vm};

pub fn init(vm: &mut Vm, d: ObjId) -> PyResult<()> {
    add_function(vm, d, "collect", collect);
    add_function(vm, d, "enable", enable);
    add_function(vm, d, "disable", disable);
    add_function(vm, d, "isenabled", isenabled);
    add_function(vm, d, "get_count", get_count);
    add_function(vm, d, "get_threshold", get_threshold);
    add_function(vm, d, "set_threshold", set_threshold);
    add_function(vm, d, "get_stats", get_stats);
    add_function(vm, d, "is_tracked", is_tracked);
    add_function(vm, d, "is_finalized", is_finalized);
    add_function(vm, d, "get_objects", get_objects);
    add_function(vm, d, "get_referrers", get_referrers);
    add_function(vm, d, "get_referents", get_referents);
    add_function(vm, d, "set_debug", set_debug);
    add_function(vm, d, "get_debug", get_debug);
    add_function(vm, d, "freeze", freeze);
    add_function(vm, d, "unfreeze", unfreeze);
    add_function(vm, d, "get_freeze_count", get_freeze_count);
    for (name, value) in [
        ("DEBUG_STATS", DEBUG_STATS),
        ("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", DEBUG_SAVEALL),
        (
            "DEBUG_LEAK",
            DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL,
        ),
    ] {
        let v = vm.new_int(value);
        set_str_item(vm, d, name, v);
        vm.decref(v);
    }
    for name in ["garbage", "callbacks"] {
        let list = vm.new_list(Vec::new());
        set_str_item(vm, d, name, list);
        if name == "garbage" {
            vm.gc.garbage = Some(list);
        } else {
            vm.gc.callbacks = Some(list);
        }
    }
    Ok(())
}

/// `gc.collect(generation=2)`.
fn collect(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "collect", args, 0, 1)?;
    let generation = match args.args.first().or(args.kwarg("generation").as_ref()) {
        Some(&g) => arg_index(vm, g)?,
        None => 2,
    };
    if !(0..NUM_GENERATIONS as i64).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    if vm.gc.collecting {
        return Ok(vm.new_int(0));
    }
    let n = vm.collect_with_callback(generation as usize);
    Ok(vm.new_int(n as i64))
}

fn enable(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "enable", args, 0, 0)?;
    vm.gc.enabled = true;
    Ok(vm.new_none())
}

fn disable(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "disable", args, 0, 0)?;
    vm.gc.enabled = false;
    Ok(vm.new_none())
}

fn isenabled(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "isenabled", args, 0, 0)?;
    let e = vm.gc.enabled;
    Ok(vm.new_bool(e))
}

fn int_tuple(vm: &mut Vm, values: &[i64]) -> ObjId {
    let items = values.iter().map(|&v| vm.new_int(v)).collect();
    vm.new_tuple(items)
}

fn get_count(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "get_count", args, 0, 0)?;
    let c = vm.gc.counts.map(|c| c as i64);
    Ok(int_tuple(vm, &c))
}

fn get_threshold(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "get_threshold", args, 0, 0)?;
    let t = vm.gc.thresholds.map(|c| c as i64);
    Ok(int_tuple(vm, &t))
}

/// `gc.set_threshold(threshold0[, threshold1[, threshold2]])`.
fn set_threshold(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let varargs = meth_varargs_tuple(vm, args);
    vm.decref(varargs);
    if args.args.is_empty() || args.args.len() > 3 {
        let n = args.args.len();
        let msg = if n == 0 {
            "set_threshold() takes at least 1 argument (0 given)".to_string()
        } else {
            format!("set_threshold() takes at most 3 arguments ({n} given)")
        };
        return Err(vm.type_error(&msg));
    }
    for (i, &a) in args.args.iter().enumerate() {
        let v = arg_index(vm, a)?;
        vm.gc.thresholds[i] = v.max(0) as u64;
    }
    Ok(vm.new_none())
}

fn get_stats(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "get_stats", args, 0, 0)?;
    let mut items = Vec::new();
    for g in 0..NUM_GENERATIONS {
        let s = vm.gc.stats[g];
        let d = vm.new_dict();
        for (k, v) in [
            ("collections", s.collections),
            ("collected", s.collected),
            ("uncollectable", s.uncollectable),
        ] {
            let v = vm.new_int(v as i64);
            set_str_item(vm, d, k, v);
            vm.decref(v);
        }
        items.push(d);
    }
    Ok(vm.new_list(items))
}

fn is_tracked(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "is_tracked", args, 1, 1)?;
    let t = vm.heap.get(args.args[0]).gc.tracked;
    Ok(vm.new_bool(t))
}

fn is_finalized(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "is_finalized", args, 1, 1)?;
    let f = vm.heap.get(args.args[0]).gc.finalized;
    Ok(vm.new_bool(f))
}

/// `gc.get_objects(generation=None)`: the tracked objects (the program's, not the
/// interpreter's frozen start-up objects).
fn get_objects(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "get_objects", args, 0, 1)?;
    let generation = match args.args.first() {
        Some(&g) if g != vm.none => {
            let g = arg_index(vm, g)?;
            if g < 0 {
                return Err(vm.value_error("generation parameter must be greater than 0"));
            }
            if g >= NUM_GENERATIONS as i64 {
                return Err(vm.value_error(&format!(
                    "generation parameter must be less than the number of available generations ({NUM_GENERATIONS})"
                )));
            }
            Some(g as usize)
        }
        _ => None,
    };
    let ids: Vec<ObjId> = (0..NUM_GENERATIONS)
        .filter(|&g| generation.is_none_or(|want| want == g))
        .flat_map(|g| vm.gc_list_ids(g as u8))
        .collect();
    for &id in &ids {
        vm.incref(id);
    }
    Ok(vm.new_list(ids))
}

/// `gc.get_referrers(*objs)`: tracked objects that refer to any of the arguments.
fn get_referrers(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let varargs = meth_varargs_tuple(vm, args);
    let result = vm.new_list(Vec::new());
    for g in 0..NUM_GENERATIONS {
        for id in vm.gc_list_ids(g as u8) {
            // gc_referrers_for skips the argument tuple and the result list.
            if id == varargs || id == result {
                continue;
            }
            let mut hit = false;
            vm.object_refs(id, |t, _| hit |= args.args.contains(&t));
            if hit {
                vm.incref(id);
                vm.list_append_owned(result, id);
            }
        }
    }
    vm.decref(varargs);
    Ok(result)
}

/// `gc.get_referents(*objs)`: what `tp_traverse` visits, in its order (`dict_traverse` skips the keys of a
/// table that only ever held str keys).
fn get_referents(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let varargs = meth_varargs_tuple(vm, args);
    let result = vm.new_list(Vec::new());
    let mut found = Vec::new();
    for &a in &args.args {
        if !vm.heap.get(a).gc.tracked
            && !matches!(vm.heap.payload(a), Payload::Dict(_) | Payload::Tuple(_))
        {
            continue;
        }
        let unicode_keys = matches!(vm.heap.payload(a), Payload::Dict(d) if d.unicode_keys);
        let mut refs = Vec::new();
        vm.object_refs(a, |t, edge| {
            if !(unicode_keys && matches!(edge, Edge::Key(_))) {
                refs.push(t)
            }
        });
        // list_traverse and tupletraverse visit the items from the last to the first.
        if matches!(vm.heap.payload(a), Payload::List(_) | Payload::Tuple(_)) {
            refs.reverse();
        }
        found.extend(refs);
    }
    for id in found {
        vm.incref(id);
        vm.list_append_owned(result, id);
    }
    vm.decref(varargs);
    Ok(result)
}

/// A `METH_VARARGS` function receives its arguments packed in a new tuple (a GC
/// allocation, which may start an automatic collection before the function runs).
fn meth_varargs_tuple(vm: &mut Vm, args: &Args) -> ObjId {
    vm.new_tuple_from(&args.args)
}

fn set_debug(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "set_debug", args, 1, 1)?;
    vm.gc.debug = arg_index(vm, args.args[0])?;
    Ok(vm.new_none())
}

fn get_debug(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "get_debug", args, 0, 0)?;
    let d = vm.gc.debug;
    Ok(vm.new_int(d))
}

fn freeze(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "freeze", args, 0, 0)?;
    vm.gc_freeze();
    Ok(vm.new_none())
}

fn unfreeze(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "unfreeze", args, 0, 0)?;
    vm.gc_unfreeze();
    Ok(vm.new_none())
}

/// The frozen objects of the program (the interpreter's own are not counted).
fn get_freeze_count(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "get_freeze_count", args, 0, 0)?;
    let n = vm
        .gc_list_ids(crate::gc::PERMANENT)
        .into_iter()
        .filter(|&id| !vm.heap.get(id).is_static)
        .count();
    Ok(vm.new_int(n as i64))
}
