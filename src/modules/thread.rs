//! `_thread` (Modules/_threadmodule.c): locks, RLocks and starting threads, on the simulated
//! scheduler of src/vm/threads.rs. The Python half (`_local`, `_ExceptHookArgs`) is
//! thread.py; `threading` is CPython's Lib/threading.py on top of this.

use crate::builtins::{add_function, add_method, check_args, set_str_item};
use crate::heap::{ObjId, Payload};
use crate::vm::{Args, PyResult, Vm};

/// `TIMEOUT_MAX` on 64-bit Linux.
const TIMEOUT_MAX: f64 = 9223372036.0;

pub fn init(vm: &mut Vm, d: ObjId) -> PyResult<()> {
    let lock = vm.types.thread_lock;
    let rlock = vm.types.thread_rlock;
    for (ty, reentrant) in [(lock, false), (rlock, true)] {
        add_method(vm, ty, "acquire", lock_acquire);
        add_method(vm, ty, "__enter__", lock_enter);
        add_method(vm, ty, "__exit__", lock_exit);
        add_method(vm, ty, "release", lock_release);
        add_method(vm, ty, "__repr__", lock_repr);
        if reentrant {
            add_method(vm, ty, "__new__", rlock_new);
            add_method(vm, ty, "_is_owned", rlock_is_owned);
            add_method(vm, ty, "_release_save", rlock_release_save);
            add_method(vm, ty, "_acquire_restore", rlock_acquire_restore);
            add_method(vm, ty, "_recursion_count", rlock_recursion_count);
        } else {
            add_method(vm, ty, "acquire_lock", lock_acquire);
            add_method(vm, ty, "release_lock", lock_release);
            add_method(vm, ty, "locked", lock_locked);
            add_method(vm, ty, "locked_lock", lock_locked);
        }
    }
    set_str_item(vm, d, "LockType", lock);
    set_str_item(vm, d, "RLock", rlock);
    let error = vm.types.runtime_error;
    set_str_item(vm, d, "error", error);
    let max = vm.new_float(TIMEOUT_MAX);
    set_str_item(vm, d, "TIMEOUT_MAX", max);
    vm.decref(max);
    add_function(vm, d, "allocate_lock", allocate_lock);
    add_function(vm, d, "allocate", allocate_lock);
    add_function(vm, d, "start_new_thread", start_new_thread);
    add_function(vm, d, "start_new", start_new_thread);
    add_function(vm, d, "get_ident", get_ident);
    add_function(vm, d, "get_native_id", get_native_id);
    add_function(vm, d, "_count", count);
    add_function(vm, d, "_set_sentinel", set_sentinel);
    add_function(vm, d, "stack_size", stack_size);
    add_function(vm, d, "_excepthook", excepthook);
    add_function(vm, d, "daemon_threads_allowed", daemon_threads_allowed);
    Ok(())
}

fn is_reentrant(vm: &Vm, lock: ObjId) -> bool {
    vm.heap.type_of(lock) == vm.types.thread_rlock
}

/// `lock_acquire_parse_args`: (blocking=True, timeout=-1) -> (blocking, timeout in seconds).
fn parse_acquire_args(vm: &mut Vm, args: &Args) -> PyResult<(bool, Option<f64>)> {
    let mut blocking = args.args.get(1).copied();
    let mut timeout = args.args.get(2).copied();
    if args.args.len() > 3 {
        let n = args.args.len() - 1;
        return Err(vm.type_error(&format!("acquire() takes at most 2 arguments ({n} given)")));
    }
    for (k, v) in &args.kwargs {
        match &**k {
            "blocking" => blocking = Some(*v),
            "timeout" => timeout = Some(*v),
            _ => {
                return Err(vm.type_error(&format!(
                    "'{k}' is an invalid keyword argument for acquire()"
                )))
            }
        }
    }
    let blocking = match blocking {
        Some(b) => vm.is_true(b)?,
        None => true,
    };
    let timeout = match timeout {
        Some(t) => seconds_arg(vm, t)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.new_error_msg(vm.types.overflow_error, "timeout value is too large"));
    }
    Ok((blocking, (timeout >= 0.0).then_some(timeout)))
}

/// A number of seconds (`_PyTime_FromSecondsObject`).
pub fn seconds_arg(vm: &mut Vm, v: ObjId) -> PyResult<f64> {
    match vm.heap.payload(v) {
        Payload::Float(f) => Ok(*f),
        Payload::Int(i) => Ok(*i as f64),
        Payload::Bool(b) => Ok(*b as i64 as f64),
        _ => {
            let tn = vm.type_name_of(v);
            Err(vm.type_error(&format!(
                "'{tn}' object cannot be interpreted as an integer"
            )))
        }
    }
}

fn lock_acquire(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let lock = args.args[0];
    let (blocking, timeout) = parse_acquire_args(vm, args)?;
    let reentrant = is_reentrant(vm, lock);
    vm.lock_acquire(lock, reentrant, blocking, timeout, None)
}

fn lock_enter(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let lock = args.args[0];
    let reentrant = is_reentrant(vm, lock);
    vm.lock_acquire(lock, reentrant, true, None, None)
}

fn lock_exit(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    lock_release(vm, &Args::positional(vec![args.args[0]]))
}

fn lock_release(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "release", args, 1, 1)?;
    let lock = args.args[0];
    if is_reentrant(vm, lock) && !owned_by_current(vm, lock) {
        return Err(vm.new_error_msg(vm.types.runtime_error, "cannot release un-acquired lock"));
    }
    vm.lock_release(lock)?;
    Ok(vm.new_none())
}

fn owned_by_current(vm: &Vm, lock: ObjId) -> bool {
    vm.lock_owner(lock)
        .is_some_and(|(owner, _)| owner == vm.current_thread_index())
}

fn lock_locked(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "locked", args, 1, 1)?;
    let held = vm.lock_owner(args.args[0]).is_some();
    Ok(vm.new_bool(held))
}

fn lock_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let lock = args.args[0];
    let addr = vm.heap.address(lock);
    let held = vm.lock_owner(lock);
    let state = if held.is_some() { "locked" } else { "unlocked" };
    let tn = vm.type_name_of(lock);
    let text = if is_reentrant(vm, lock) {
        let (owner, count) = held
            .map(|(o, c)| (vm.thread_ident_of(o), c))
            .unwrap_or((0, 0));
        format!("<{state} {tn} object owner={owner} count={count} at {addr:#x}>")
    } else {
        format!("<{state} {tn} object at {addr:#x}>")
    };
    Ok(vm.new_str_owned(text))
}

fn rlock_new(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let cls = args.args[0];
    Ok(vm.alloc(cls, Payload::Plain))
}

fn rlock_is_owned(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let owned = owned_by_current(vm, args.args[0]);
    Ok(vm.new_bool(owned))
}

fn rlock_recursion_count(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let lock = args.args[0];
    let count = match vm.lock_owner(lock) {
        Some((owner, count)) if owner == vm.current_thread_index() => count,
        _ => 0,
    };
    Ok(vm.new_int(count as i64))
}

/// `rlock_release_save`: releases fully, returning (count, owner ident).
fn rlock_release_save(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let lock = args.args[0];
    let Some((owner, count)) = vm.lock_owner(lock) else {
        return Err(vm.new_error_msg(vm.types.runtime_error, "cannot release un-acquired lock"));
    };
    let ident = vm.thread_ident_of(owner);
    for _ in 0..count {
        vm.lock_release(lock)?;
    }
    let c = vm.new_int(count as i64);
    let o = vm.new_int(ident as i64);
    Ok(vm.new_tuple(vec![c, o]))
}

/// `rlock_acquire_restore((count, owner))`.
fn rlock_acquire_restore(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    let lock = args.args[0];
    let state = args.args.get(1).copied().unwrap_or(vm.none);
    let count = match vm.tuple_items(Some(state)).first() {
        Some(&c) => match vm.heap.payload(c) {
            Payload::Int(i) => (*i).max(1) as u64,
            _ => 1,
        },
        None => 1,
    };
    vm.lock_acquire(lock, true, true, None, Some(count))
}

fn allocate_lock(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "allocate_lock", args, 0, 0)?;
    Ok(vm.alloc(vm.types.thread_lock, Payload::Plain))
}

fn start_new_thread(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "start_new_thread", args, 2, 3)?;
    let (func, fargs) = (args.args[0], args.args[1]);
    if !crate::builtins::functions::is_callable(vm, func) {
        return Err(vm.type_error("first arg must be callable"));
    }
    if !matches!(vm.heap.payload(fargs), Payload::Tuple(_)) {
        return Err(vm.type_error("2nd arg must be a tuple"));
    }
    let kwargs = args.args.get(2).copied();
    if let Some(k) = kwargs {
        if !matches!(vm.heap.payload(k), Payload::Dict(_)) {
            return Err(vm.type_error("optional 3rd arg must be a dictionary"));
        }
    }
    let name = thread_label(vm, func);
    let ident = vm.start_thread(func, fargs, kwargs, name);
    Ok(vm.new_int(ident as i64))
}

/// The timeline's name for a thread: the `threading.Thread`'s name when the start function
/// is its bound `_bootstrap`.
fn thread_label(vm: &mut Vm, func: ObjId) -> String {
    if let Payload::BoundMethod { self_, .. } = *vm.heap.payload(func) {
        if let Ok(Some(name)) = vm.getattr_opt(self_, "_name") {
            let text = match vm.heap.payload(name) {
                Payload::Str(s) => Some(s.text.to_string()),
                _ => None,
            };
            vm.decref(name);
            if let Some(text) = text {
                return text;
            }
        }
    }
    format!("Thread-{}", vm.thread_count() + 1)
}

fn get_ident(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "get_ident", args, 0, 0)?;
    let ident = vm.thread_ident();
    Ok(vm.new_int(ident as i64))
}

fn get_native_id(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "get_native_id", args, 0, 0)?;
    let id = 4242 + vm.current_thread_index() as i64;
    Ok(vm.new_int(id))
}

fn count(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "_count", args, 0, 0)?;
    let n = vm.thread_count();
    Ok(vm.new_int(n as i64))
}

fn set_sentinel(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "_set_sentinel", args, 0, 0)?;
    let lock = vm.alloc(vm.types.thread_lock, Payload::Plain);
    vm.add_thread_sentinel(lock);
    Ok(lock)
}

fn stack_size(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "stack_size", args, 0, 1)?;
    Ok(vm.new_int(0))
}

fn daemon_threads_allowed(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "daemon_threads_allowed", args, 0, 0)?;
    Ok(vm.new_bool(true))
}

/// `thread_excepthook`: "Exception in thread NAME:" and the traceback on stderr.
fn excepthook(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "_excepthook", args, 1, 1)?;
    let hook_args = args.args[0];
    let exc_type = vm.getattr_str(hook_args, "exc_type")?;
    let is_exit = exc_type == vm.types.system_exit;
    vm.decref(exc_type);
    if is_exit {
        return Ok(vm.new_none());
    }
    let exc = vm.getattr_str(hook_args, "exc_value")?;
    let thread = vm.getattr_str(hook_args, "thread")?;
    let name = if thread == vm.none {
        vm.thread_ident().to_string()
    } else {
        let n = vm.getattr_str(thread, "name");
        match n {
            Ok(n) => {
                let s = vm.str_string(n);
                vm.decref(n);
                s?
            }
            Err(e) => {
                vm.decref(thread);
                vm.decref(exc);
                return Err(e);
            }
        }
    };
    vm.decref(thread);
    let mut text = format!("Exception in thread {name}:\n");
    if exc != vm.none {
        text.push_str(&vm.format_exception(exc));
    }
    vm.decref(exc);
    vm.output.write_stderr(&text);
    Ok(vm.new_none())
}

/// `sys.excepthook` and `sys.__excepthook__` (the same builtin): `PyErr_Display`.
pub fn install_sys_excepthook(vm: &mut Vm, d: ObjId) {
    add_function(vm, d, "excepthook", sys_excepthook);
    if let Some(hook) = vm.dict_get_str_borrowed(d, "excepthook") {
        set_str_item(vm, d, "__excepthook__", hook);
    }
}

fn sys_excepthook(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "excepthook", args, 3, 3)?;
    let exc = args.args[1];
    let text = if matches!(vm.heap.payload(exc), Payload::Exception(_)) {
        vm.format_exception(exc)
    } else {
        let tn = vm.type_name_of(exc);
        format!("TypeError: print_exception(): Exception expected for value, {tn} found\n")
    };
    vm.output.write_stderr(&text);
    Ok(vm.new_none())
}
