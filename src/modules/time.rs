//! `time` (Modules/timemodule.c) on the simulated clock of src/vm/threads.rs: every reading
//! comes from the instructions run and the sleeps and waits simulated so far, never from the
//! host, so a program prints the same durations on every run and every machine.

use crate::builtins::{add_function, check_args};
use crate::heap::ObjId;
use crate::modules::thread::seconds_arg;
use crate::vm::threads::INSTRUCTION_PS;
use crate::vm::{Args, PyResult, Vm};

/// `time.time()` when the program starts (2026-01-01 00:00:00 UTC).
const EPOCH_AT_START: f64 = 1_767_225_600.0;
/// `time.monotonic()` / `perf_counter()` when the program starts (a machine's uptime).
const UPTIME_AT_START: f64 = 86_400.0;

pub fn init(vm: &mut Vm, d: ObjId) -> PyResult<()> {
    add_function(vm, d, "time", time);
    add_function(vm, d, "time_ns", time_ns);
    add_function(vm, d, "perf_counter", monotonic);
    add_function(vm, d, "perf_counter_ns", monotonic_ns);
    add_function(vm, d, "monotonic", monotonic);
    add_function(vm, d, "monotonic_ns", monotonic_ns);
    add_function(vm, d, "process_time", process_time);
    add_function(vm, d, "process_time_ns", process_time_ns);
    add_function(vm, d, "thread_time", process_time);
    add_function(vm, d, "sleep", sleep);
    Ok(())
}

fn time(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "time", args, 0, 0)?;
    let t = EPOCH_AT_START + vm.now_seconds();
    Ok(vm.new_float(t))
}

fn time_ns(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "time_ns", args, 0, 0)?;
    let ns = (EPOCH_AT_START as i64) * 1_000_000_000 + (vm.now_ps() / 1000) as i64;
    Ok(vm.new_int(ns))
}

fn monotonic(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "monotonic", args, 0, 0)?;
    let t = UPTIME_AT_START + vm.now_seconds();
    Ok(vm.new_float(t))
}

fn monotonic_ns(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "monotonic_ns", args, 0, 0)?;
    let ns = (UPTIME_AT_START as i64) * 1_000_000_000 + (vm.now_ps() / 1000) as i64;
    Ok(vm.new_int(ns))
}

/// CPU time of the process: the instructions run by every thread (sleeps excluded).
fn process_time(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "process_time", args, 0, 0)?;
    let t = (vm.instructions * INSTRUCTION_PS) as f64 / 1e12;
    Ok(vm.new_float(t))
}

fn process_time_ns(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "process_time_ns", args, 0, 0)?;
    let ns = (vm.instructions * INSTRUCTION_PS / 1000) as i64;
    Ok(vm.new_int(ns))
}

/// `time.sleep(secs)`: releases the GIL until the simulated clock reaches the deadline.
fn sleep(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "sleep", args, 1, 1)?;
    let secs = seconds_arg(vm, args.args[0])?;
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() {
        return Err(vm.new_error_msg(
            vm.types.overflow_error,
            "timestamp too large to convert to C _PyTime_t",
        ));
    }
    vm.sleep(secs)
}
