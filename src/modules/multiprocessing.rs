//! `_heapscope_mp`: the native half of heapscope's `multiprocessing`. A child process is a
//! copy of the interpreter made when it starts (as `fork` makes one): its own heap and its own
//! GIL. The child runs the function to the end; the result comes back as a new object built
//! in the parent's heap (what unpickling does), and the simulated time the child took is
//! returned so the parent can account for it as running in parallel on another core. Also
//! the simulated blocking I/O of urllib.request.

use crate::builtins::{add_function, check_args};
use crate::heap::{ObjId, Payload};
use crate::vm::{Args, PyErr, PyResult, Vm};

pub fn init(vm: &mut Vm, d: ObjId) -> PyResult<()> {
    add_function(vm, d, "run_child", run_child);
    add_function(vm, d, "wait", wait);
    add_function(vm, d, "add_process_lane", add_process_lane);
    add_function(vm, d, "blocking_io", blocking_io);
    Ok(())
}

/// `run_child(func, args, kwargs)` -> `(ok, value, seconds, traceback)`: `value` is the
/// result, or the exception the child raised, copied into this heap; `traceback` is the
/// child's report of that exception ("" on success).
fn run_child(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "run_child", args, 3, 3)?;
    let (func, fargs, kwargs) = (args.args[0], args.args[1], args.args[2]);
    let mut call = Args::positional(vm.tuple_items(Some(fargs)));
    if matches!(vm.heap.payload(kwargs), Payload::Dict(_)) {
        for (k, v) in vm.dict_items(kwargs) {
            call.kwargs.push((vm.str_of(k), v));
        }
    }
    let mut child = vm.clone();
    child.stop_scheduling();
    child.check_refs = false;
    child.step_target = None;
    child.line_steps = None;
    let (out_len, err_len) = (child.output.stdout.len(), child.output.stderr.len());
    let start = child.now_ps();
    let r = child.call_object(func, &call);
    let seconds = child.now_ps().saturating_sub(start) as f64 / 1e12;
    if !vm.output.passthrough {
        let out = child.output.stdout.get(out_len..).unwrap_or("").to_string();
        let err = child.output.stderr.get(err_len..).unwrap_or("").to_string();
        vm.output.write_stdout(&out);
        vm.output.write_stderr(&err);
    }
    let (ok, value, text) = match r {
        Ok(v) => (true, copy_from_child(vm, &child, v)?, String::new()),
        Err(PyErr::Exception(e)) => {
            let text = child.format_exception(e);
            (false, exception_from_child(vm, &child, e)?, text)
        }
        Err(halt) => return Err(halt),
    };
    let ok = vm.new_bool(ok);
    let secs = vm.new_float(seconds);
    let text = vm.new_str_owned(text);
    Ok(vm.new_tuple(vec![ok, value, secs, text]))
}

/// Unpickling the child's result: a new object in the parent's heap. Classes, functions and
/// other objects that existed before the child started are pickled by reference.
fn copy_from_child(vm: &mut Vm, child: &Vm, v: ObjId) -> PyResult<ObjId> {
    if vm.heap.contains(v) && vm.heap.type_of(v) == child.heap.type_of(v) {
        let by_reference = matches!(
            child.heap.payload(v),
            Payload::Type(_) | Payload::Function(_) | Payload::Builtin(_) | Payload::Module(_)
        ) || child.heap.get(v).is_static;
        if by_reference {
            return Ok(vm.incref(v));
        }
    }
    let ty = child.heap.type_of(v);
    Ok(match child.heap.payload(v) {
        Payload::None => vm.new_none(),
        Payload::Bool(b) => vm.new_bool(*b),
        Payload::Int(i) => vm.new_int(*i),
        Payload::BigInt(b) => vm.new_bigint((**b).clone()),
        Payload::Float(f) => vm.new_float(*f),
        Payload::Str(s) => vm.new_str(&s.text),
        Payload::Bytes(b) => vm.new_bytes(b),
        Payload::Tuple(items) => {
            let mut out = Vec::with_capacity(items.len());
            for &i in items {
                out.push(copy_from_child(vm, child, i)?);
            }
            vm.new_tuple(out)
        }
        Payload::List(l) => {
            let mut out = Vec::with_capacity(l.items.len());
            for &i in &l.items {
                out.push(copy_from_child(vm, child, i)?);
            }
            vm.new_list(out)
        }
        Payload::Dict(_) => {
            let d = vm.new_dict();
            for (k, val) in child.dict_items(v) {
                let k = copy_from_child(vm, child, k)?;
                let val = copy_from_child(vm, child, val)?;
                let r = vm.dict_set_item(d, k, val);
                vm.decref(k);
                vm.decref(val);
                r?;
            }
            d
        }
        Payload::Set(_) | Payload::FrozenSet(_) => {
            let s = vm.new_set();
            for k in child.set_items(v) {
                let k = copy_from_child(vm, child, k)?;
                let r = vm.set_add(s, k);
                vm.decref(k);
                r?;
            }
            s
        }
        _ => {
            let tn = child.type_name(ty);
            return Err(vm.type_error(&format!("cannot pickle '{tn}' object")));
        }
    })
}

/// The child's exception, rebuilt in the parent from its class and arguments.
fn exception_from_child(vm: &mut Vm, child: &Vm, exc: ObjId) -> PyResult<ObjId> {
    let ty = child.heap.type_of(exc);
    let args = match child.heap.payload(exc) {
        Payload::Exception(e) => e.args,
        _ => child.empty_tuple,
    };
    let args = copy_from_child(vm, child, args)?;
    if !vm.heap.contains(ty) {
        vm.decref(args);
        return Err(vm.type_error("cannot unpickle an exception class made in the child"));
    }
    let items = vm.tuple_items(Some(args));
    let r = vm.call_object(ty, &Args::positional(items));
    vm.decref(args);
    r
}

/// `wait(seconds)`: the calling thread waits for a child (the GIL is released meanwhile).
fn wait(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "wait", args, 1, 1)?;
    let secs = crate::modules::thread::seconds_arg(vm, args.args[0])?;
    if secs > 0.0 {
        let none = vm.incref(vm.none);
        return vm.blocking_io(secs, none);
    }
    Ok(vm.new_none())
}

/// `blocking_io(seconds, value)`: simulated I/O (a socket read) that takes `seconds` with the
/// GIL released, then returns `value`.
fn blocking_io(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "blocking_io", args, 2, 2)?;
    let secs = crate::modules::thread::seconds_arg(vm, args.args[0])?;
    let value = vm.incref(args.args[1]);
    vm.blocking_io(secs, value)
}

/// `add_process_lane(name, [(start, end), ...])`: a lane of the timeline for a child process,
/// running over those spans (seconds from now).
fn add_process_lane(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "add_process_lane", args, 2, 2)?;
    let name = vm.str_of(args.args[0]).to_string();
    let mut spans = Vec::new();
    for span in vm.collect_iterable(args.args[1])? {
        let items = vm.tuple_items(Some(span));
        let bounds = match items.as_slice() {
            [a, b] => (
                crate::modules::thread::seconds_arg(vm, *a),
                crate::modules::thread::seconds_arg(vm, *b),
            ),
            _ => (Ok(0.0), Ok(0.0)),
        };
        vm.decref(span);
        spans.push((bounds.0?, bounds.1?));
    }
    vm.add_process_lane(name, &spans);
    Ok(vm.new_none())
}
