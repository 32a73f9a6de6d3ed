use super::*;
use crate::vm::Progress;

/// Runs `source` to the end; returns (stdout, stderr, timeline).
fn run(source: &str) -> (String, String, Vec<TimelineEvent>) {
    run_with(source, false)
}

fn run_with(source: &str, free_threading: bool) -> (String, String, Vec<TimelineEvent>) {
    let mut vm = Vm::new();
    vm.threads.free_threading = free_threading;
    vm.check_refs = true;
    vm.start_main(source, "t.py").expect("compiles");
    let mut progress = vm.resume();
    while progress == Progress::Paused {
        progress = vm.resume();
    }
    let timeline = vm.threads.timeline.clone();
    (vm.output.stdout.clone(), vm.output.stderr.clone(), timeline)
}

const RACE: &str = "
import sys, threading
counter = 0
lock = threading.Lock()
def one():
    return 1
def unsafe(n):
    global counter
    for _ in range(n):
        counter += one()
def safe(n):
    global counter
    for _ in range(n):
        with lock:
            counter += one()
def run(f):
    global counter
    counter = 0
    ts = [threading.Thread(target=f, args=(100000,)) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return counter
sys.setswitchinterval(0.0002)
print(run(unsafe) < 200000, run(safe))
";

#[test]
fn a_switch_between_load_and_store_loses_updates_and_a_lock_prevents_it() {
    let (out, err, _) = run(RACE);
    assert_eq!(err, "");
    assert_eq!(out, "True 200000\n");
}

#[test]
fn plain_increments_switch_only_at_eval_breaker_points() {
    // As in CPython 3.11: no check point between LOAD_GLOBAL and STORE_GLOBAL of
    // `counter += 1`, so no update is lost even though the threads switch many times.
    let src = "
import sys, threading
sys.setswitchinterval(0.0005)
counter = 0
def inc(n):
    global counter
    for _ in range(n):
        counter += 1
ts = [threading.Thread(target=inc, args=(300000,)) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
";
    let (out, _, timeline) = run(src);
    assert_eq!(out, "600000\n");
    let switches = timeline
        .iter()
        .filter(|e| e.lane > 0 && e.state == LaneState::Running)
        .count();
    assert!(switches > 4, "the GIL changed hands only {switches} times");
}

#[test]
fn the_gil_changes_hands_after_the_switch_interval() {
    let src = "
import sys, threading
sys.setswitchinterval(0.001)
def spin():
    for _ in range(1000000):
        pass
ts = [threading.Thread(target=spin) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
";
    let (_, _, timeline) = run(src);
    let runs: Vec<&TimelineEvent> = timeline
        .iter()
        .filter(|e| e.lane > 0 && e.state == LaneState::Running)
        .collect();
    let gaps: Vec<f64> = runs.windows(2).map(|w| w[1].time - w[0].time).collect();
    assert!(gaps.len() > 10);
    // Once both threads run, each hand-off comes one interval after the previous one.
    let regular = gaps
        .iter()
        .filter(|g| (0.0009..0.0012).contains(*g))
        .count();
    assert!(regular + 4 >= gaps.len(), "{gaps:?}");
}

#[test]
fn sleeping_and_io_release_the_gil() {
    let src = "
import threading, time
start = time.time()
ts = [threading.Thread(target=time.sleep, args=(0.5,)) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(round(time.time() - start, 2))
";
    let (out, err, _) = run(src);
    assert_eq!(err, "");
    assert_eq!(out, "0.5\n");
}

#[test]
fn cpu_bound_threads_take_as_long_as_running_the_work_twice() {
    let src = "
import threading, time
def work():
    for _ in range(200000):
        pass
start = time.perf_counter()
work(); work()
seq = time.perf_counter() - start
start = time.perf_counter()
ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
thr = time.perf_counter() - start
print(0.9 < thr / seq < 1.1)
";
    assert_eq!(run(src).0, "True\n");
    // Free threading: both run at once.
    let src = src.replace("0.9 < thr / seq < 1.1", "0.4 < thr / seq < 0.6");
    assert_eq!(run_with(&src, true).0, "True\n");
}

#[test]
fn the_timeline_is_the_same_on_every_run() {
    let a = run(RACE);
    let b = run(RACE);
    assert_eq!(a, b);
    assert!(a.2.iter().any(|e| e.state == LaneState::Lock));
    assert!(a.2.iter().any(|e| e.state == LaneState::WaitingGil));
}

#[test]
fn a_lock_held_forever_is_a_deadlock_not_a_hang() {
    let (_, err, _) = run("import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n");
    assert!(err.contains("deadlock"), "{err}");
}
