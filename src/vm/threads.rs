//! Threads and the GIL on a simulated clock (Python/ceval_gil.h, Modules/_threadmodule.c).
//!
//! The running thread keeps its frames and exception state in the VM's usual fields; every
//! other thread's live in a [`ThreadState`] and are swapped in at a switch. A switch happens
//! only between instructions, where CPython checks its eval breaker (function entry, backward
//! jumps, after calls), or when the running thread blocks (a lock, `time.sleep`, I/O).
//!
//! Time is simulated: every instruction costs [`INSTRUCTION_PS`] picoseconds, sleeps and I/O
//! waits last exactly what they ask for, and nothing depends on the host. A thread waiting for
//! the GIL asks the holder to drop it after the switch interval (`take_gil`), the holder drops
//! it at its next eval-breaker check and hands it over (FORCE_SWITCHING).
//!
//! A switch needs the switched-out thread's Python frames to be all in the frame vector
//! ("flat"). A thread that must block while native code is on its Rust stack (a lock taken in
//! a `__enter__` written in Python, say) runs the other threads in a nested loop until it can
//! continue; only the innermost such thread can be resumed, so preemption waits until a
//! thread is flat again.

use std::collections::{HashMap, VecDeque};

use serde::Serialize;

use super::eval::FrameExit;
use super::{Frame, Halt, PyErr, PyResult, Vm};
use crate::compile::Instr;
use crate::heap::{ObjId, Payload};

/// Simulated cost of one bytecode instruction, in picoseconds. Calibrated on CPython 3.11's
/// `for _ in range(n): count += 1` (about 16 ns per iteration of 7 instructions).
pub const INSTRUCTION_PS: u64 = 2_400;

/// Picoseconds in a second.
pub const PS_PER_SECOND: f64 = 1e12;

/// Free-threaded mode: how far a thread may run ahead of the slowest other running thread
/// before the simulation lets that one catch up (1 ms).
const FREE_THREADING_QUANTUM_PS: u64 = 1_000_000_000;

/// Up to how much later than the switch interval a waiting thread's timed wait ends (20 µs).
const TIMER_LATENCY_PS: u64 = 20_000_000;

/// State changes recorded on the timeline at most; a program switching more often than that
/// has the start of its timeline drawn.
pub const MAX_TIMELINE_EVENTS: usize = 100_000;

/// `get_ident()` of the main thread; others count up from it (pthread_t-like values).
const MAIN_IDENT: u64 = 140_245_678_901_248;
const IDENT_STEP: u64 = 8_392_704;

/// Why a thread is not running.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    Lock(ObjId),
    Sleep,
    Io,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Running,
    /// Runnable, waiting for the GIL.
    Ready,
    Blocked {
        on: Block,
        deadline: Option<u64>,
    },
    Finished,
}

/// What a lane of the timeline shows for a thread from a given moment on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LaneState {
    Running,
    WaitingGil,
    Lock,
    Sleep,
    Io,
    Finished,
}

/// One change of a lane's state, at a simulated time and a trace step.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimelineEvent {
    /// Index into the lanes.
    pub lane: usize,
    pub state: LaneState,
    /// Simulated seconds since the program started.
    pub time: f64,
    pub step: u64,
}

/// A lane of the timeline: a thread (or a simulated process).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Lane {
    pub name: String,
    /// "thread" or "process".
    pub kind: &'static str,
}

#[derive(Clone)]
pub struct ThreadState {
    pub ident: u64,
    /// Its lane of the timeline.
    lane: usize,
    status: Status,
    /// The thread's frames and handled exception while another thread runs.
    frames: Vec<Frame>,
    exc_info: Option<ObjId>,
    /// `start_new_thread`'s function, argument tuple and keywords (owned) until it ends.
    boot: Option<(ObjId, ObjId, Option<ObjId>)>,
    started: bool,
    /// Suspended inside native code: resumable only by returning into its nested loop.
    nested: bool,
    /// The result of the blocking call the thread is suspended in (owned); when the call was
    /// made by a `Call` instruction at the thread's top level, its placeholder on the stack
    /// is replaced by this when the thread resumes.
    result: Option<ObjId>,
    patch_top: bool,
    /// `_thread._set_sentinel()` locks, released when the thread ends (not owned).
    sentinels: Vec<ObjId>,
    /// Free-threaded mode: this thread's own clock while it is not running.
    clock_ps: u64,
}

#[derive(Clone, Default)]
struct LockState {
    /// The thread holding it (any thread may release a plain lock).
    owner: usize,
    /// Recursion count of an RLock (1 for a plain lock).
    count: u64,
    waiters: VecDeque<Waiter>,
}

#[derive(Clone, Copy)]
struct Waiter {
    thread: usize,
    /// The recursion count it takes the lock with.
    count: u64,
    /// `_acquire_restore` returns None, `acquire` True.
    returns_none: bool,
}

/// The scheduler: threads, the GIL, locks and the simulated clock.
#[derive(Clone, Default)]
pub struct Threads {
    pub list: Vec<ThreadState>,
    pub current: usize,
    /// Threads waiting for the GIL, in the order they asked.
    waiters: VecDeque<usize>,
    /// When the longest waiter's interval runs out (SET_GIL_DROP_REQUEST).
    drop_request_at: Option<u64>,
    /// State of the pseudo-random timer latencies.
    jitter_state: u64,
    locks: HashMap<ObjId, LockState>,
    /// Threads blocked inside native code, each running the others in a nested loop.
    loop_owners: Vec<usize>,
    /// `native_depth` at which the innermost scheduling loop runs threads.
    loop_depth: usize,
    /// The clock: `base_ps` at `base_instructions`, plus the cost of instructions since.
    base_ps: u64,
    base_instructions: u64,
    /// No more switches: the interpreter is shutting down (daemon threads stay frozen).
    finalizing: bool,
    /// CPython 3.13's free-threaded build: no GIL, threads run in parallel.
    pub free_threading: bool,
    /// The exit status while the main thread runs `threading._shutdown()`.
    pub shutdown_status: Option<i32>,
    /// The main thread's end, reached inside a nested loop, waiting for the top level.
    main_exit: Option<PyResult<FrameExit>>,
    pub timeline: Vec<TimelineEvent>,
    pub lanes: Vec<Lane>,
}

impl Threads {
    fn active(&self) -> bool {
        self.list.len() > 1
    }
}

impl ThreadState {
    fn new(ident: u64, lane: usize, clock_ps: u64) -> ThreadState {
        ThreadState {
            ident,
            lane,
            status: Status::Ready,
            frames: Vec::new(),
            exc_info: None,
            boot: None,
            started: false,
            nested: false,
            result: None,
            patch_top: false,
            sentinels: Vec::new(),
            clock_ps,
        }
    }
}

impl Vm {
    /// The simulated clock of the running thread, in picoseconds since the program started.
    pub fn now_ps(&self) -> u64 {
        let t = &self.threads;
        t.base_ps + self.instructions.saturating_sub(t.base_instructions) * INSTRUCTION_PS
    }

    pub fn now_seconds(&self) -> f64 {
        self.now_ps() as f64 / PS_PER_SECOND
    }

    /// No native code is on the Rust stack below the running instruction (not even a
    /// thread blocked in a nested loop): a pause can resume, a reference scan sees every
    /// holder.
    pub(crate) fn at_top_level(&self) -> bool {
        self.native_depth == 0 && self.threads.loop_owners.is_empty()
    }

    fn ensure_main_thread(&mut self) {
        if self.threads.list.is_empty() {
            let now = self.now_ps();
            let lane = self.threads.lanes.len();
            let mut main = ThreadState::new(MAIN_IDENT, lane, now);
            main.status = Status::Running;
            main.started = true;
            self.threads.list.push(main);
            self.threads.lanes.push(Lane {
                name: "MainThread".to_string(),
                kind: "thread",
            });
            self.record_lane(0, LaneState::Running);
        }
    }

    /// `threading.get_ident()` of the running thread.
    pub fn thread_ident(&self) -> u64 {
        self.threads
            .list
            .get(self.threads.current)
            .map(|t| t.ident)
            .unwrap_or(MAIN_IDENT)
    }

    /// Running threads other than the main one (`_thread._count()`).
    pub fn thread_count(&self) -> usize {
        self.threads
            .list
            .iter()
            .skip(1)
            .filter(|t| t.status != Status::Finished)
            .count()
    }

    fn record_lane(&mut self, thread: usize, state: LaneState) {
        let lane = self.threads.list[thread].lane;
        let time = self.now_seconds();
        self.push_lane_event(lane, state, time);
    }

    fn push_lane_event(&mut self, lane: usize, state: LaneState, time: f64) {
        let step = self.step;
        let events = &mut self.threads.timeline;
        if let Some(last) = events.iter().rev().find(|e| e.lane == lane) {
            if last.state == state {
                return;
            }
        }
        if events.len() < MAX_TIMELINE_EVENTS {
            events.push(TimelineEvent {
                lane,
                state,
                time,
                step,
            });
        }
    }

    /// A lane for a simulated child process, running over `spans` (seconds from now).
    pub fn add_process_lane(&mut self, name: String, spans: &[(f64, f64)]) {
        self.ensure_main_thread();
        let lane = self.threads.lanes.len();
        self.threads.lanes.push(Lane {
            name,
            kind: "process",
        });
        let now = self.now_seconds();
        for &(start, end) in spans {
            self.push_lane_event(lane, LaneState::Running, now + start);
            self.push_lane_event(lane, LaneState::Finished, now + end);
        }
    }

    /// `_thread.start_new_thread(func, args, kwargs)`: a new thread, ready to run when it
    /// gets the GIL. Takes new references to the three.
    pub fn start_thread(
        &mut self,
        func: ObjId,
        args: ObjId,
        kwargs: Option<ObjId>,
        name: String,
    ) -> u64 {
        self.ensure_main_thread();
        let tid = self.threads.list.len();
        let ident = MAIN_IDENT + IDENT_STEP * tid as u64;
        self.incref(func);
        self.incref(args);
        if let Some(k) = kwargs {
            self.incref(k);
        }
        let now = self.now_ps();
        let lane = self.threads.lanes.len();
        let mut t = ThreadState::new(ident, lane, now);
        t.boot = Some((func, args, kwargs));
        self.threads.list.push(t);
        self.threads.lanes.push(Lane {
            name,
            kind: "thread",
        });
        self.make_ready(tid, now);
        self.update_watermark();
        ident
    }

    /// A thread can run again from `at`: it waits for the GIL (`take_gil`).
    fn make_ready(&mut self, tid: usize, at: u64) {
        let t = &mut self.threads;
        t.list[tid].status = Status::Ready;
        t.list[tid].clock_ps = t.list[tid].clock_ps.max(at);
        t.waiters.push_back(tid);
        if t.drop_request_at.is_none() && !t.free_threading {
            let when = self.drop_request_time(at);
            self.threads.drop_request_at = Some(when);
        }
        self.record_lane(tid, LaneState::WaitingGil);
    }

    fn switch_interval_ps(&self) -> u64 {
        (self.switch_interval * PS_PER_SECOND) as u64
    }

    /// When a waiter that starts waiting at `from` asks for the GIL: one switch interval
    /// later, plus the wake-up latency of its timed wait. That latency varies (a fixed
    /// pseudo-random sequence, so every run is the same); without it every hand-off would fall
    /// on the same instruction of a loop, which real timers never do.
    fn drop_request_time(&mut self, from: u64) -> u64 {
        let mut x = self.threads.jitter_state.max(1);
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.threads.jitter_state = x;
        from + self.switch_interval_ps() + x % TIMER_LATENCY_PS
    }

    /// Sets the instruction count at which the eval loop next looks at the scheduler: the
    /// step limit, or the next drop request, wake-up or free-threading catch-up.
    pub(crate) fn update_watermark(&mut self) {
        let limit = self.limits.max_instructions;
        self.instruction_watermark = match self.next_event_ps() {
            Some(at) => {
                let now = self.now_ps();
                let ahead = at.saturating_sub(now).div_ceil(INSTRUCTION_PS);
                (self.instructions + ahead).min(limit)
            }
            None => limit,
        };
    }

    fn next_event_ps(&self) -> Option<u64> {
        let t = &self.threads;
        if !t.active() || t.finalizing {
            return None;
        }
        if matches!(t.list[t.current].status, Status::Blocked { .. }) {
            return Some(0);
        }
        let wake = t
            .list
            .iter()
            .filter_map(|th| match th.status {
                Status::Blocked {
                    deadline: Some(d), ..
                } => Some(d),
                _ => None,
            })
            .min();
        let switch = if t.free_threading {
            t.waiters
                .iter()
                .map(|&w| t.list[w].clock_ps + FREE_THREADING_QUANTUM_PS)
                .min()
        } else if t.waiters.is_empty() {
            None
        } else {
            t.drop_request_at
        };
        match (wake, switch) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Blocked threads whose deadline has passed become ready (a timed-out wait).
    fn wake_due_threads(&mut self, now: u64) {
        let due: Vec<(usize, u64, Block)> = self
            .threads
            .list
            .iter()
            .enumerate()
            .filter_map(|(i, th)| match th.status {
                Status::Blocked {
                    on,
                    deadline: Some(d),
                } if d <= now => Some((i, d, on)),
                _ => None,
            })
            .collect();
        let mut due = due;
        due.sort_by_key(|&(i, d, _)| (d, i));
        for (tid, at, on) in due {
            if let Block::Lock(lock) = on {
                if let Some(state) = self.threads.locks.get_mut(&lock) {
                    state.waiters.retain(|w| w.thread != tid);
                }
            }
            self.make_ready(tid, at);
        }
    }

    /// The eval loop reached `instruction_watermark`: the step limit, or a scheduler event.
    /// Returns true when the instruction must not run now (another thread runs instead).
    #[cold]
    pub(super) fn watermark_reached(&mut self, ip: usize, instr: Instr) -> PyResult<bool> {
        if self.instructions > self.limits.max_instructions {
            return Err(PyErr::Halt(Halt::StepLimit));
        }
        if !self.threads.active() || self.threads.finalizing {
            self.update_watermark();
            return Ok(false);
        }
        let now = self.now_ps();
        let cur = self.threads.current;
        let blocked = matches!(self.threads.list[cur].status, Status::Blocked { .. });
        self.wake_due_threads(now);
        let flat = self.native_depth == self.threads.loop_depth;
        let wants_switch = if self.threads.free_threading {
            self.threads
                .waiters
                .iter()
                .any(|&w| self.threads.list[w].clock_ps + FREE_THREADING_QUANTUM_PS <= now)
        } else {
            !self.threads.waiters.is_empty()
                && self.threads.drop_request_at.is_some_and(|at| at <= now)
        };
        // Code standing in for a C module never checks the eval breaker.
        let frame = self.frames.last().expect("a running frame");
        let checkpoint = !frame.code.flags.emulates_c
            && (ip == 0
                || matches!(instr, Instr::Jump(t) if (t as usize) < ip)
                || (ip > 0
                    && matches!(
                        frame.code.instructions.get(ip - 1),
                        Some(Instr::Call(_) | Instr::CallFunctionEx(_))
                    )));
        if blocked || (wants_switch && flat && checkpoint) {
            // Not executed yet: the thread resumes at this instruction.
            let fi = self.frames.len() - 1;
            self.frames[fi].ip = ip;
            self.instructions -= 1;
            if !blocked {
                // drop_gil with FORCE_SWITCHING: wait for another thread to take it.
                self.make_ready(cur, now);
            }
            self.switch_from_running()?;
            return Ok(true);
        }
        if wants_switch {
            // Honoured at the next check point.
            self.instruction_watermark = self.instructions;
        } else {
            self.update_watermark();
        }
        Ok(false)
    }

    /// The running thread (flat) gives up the GIL to the next thread.
    fn switch_from_running(&mut self) -> PyResult<()> {
        self.save_running(false);
        self.hand_over()
    }

    /// Gives the GIL to the next thread: restored here when it was suspended flat; the
    /// owner of the innermost nested loop (or a main thread whose end is pending) is resumed
    /// by returning to that loop (`Halt::Switch`).
    fn hand_over(&mut self) -> PyResult<()> {
        let next = self.pick_next_thread()?;
        if self.resumes_by_return(next) {
            self.threads.current = next;
            return Err(PyErr::Halt(Halt::Switch));
        }
        self.restore_thread(next)
    }

    fn resumes_by_return(&self, tid: usize) -> bool {
        self.threads.list[tid].nested
    }

    fn save_running(&mut self, nested: bool) {
        let cur = self.threads.current;
        let frames = std::mem::take(&mut self.frames);
        let exc = self.exc_info.take();
        let now = self.now_ps();
        let t = &mut self.threads.list[cur];
        t.frames = frames;
        t.exc_info = exc;
        t.nested = nested;
        t.clock_ps = now;
    }

    /// The thread that takes the GIL next: the longest waiter this loop can resume. With
    /// nobody ready, the clock jumps to the next wake-up; with nothing to wake, deadlock.
    fn pick_next_thread(&mut self) -> PyResult<usize> {
        loop {
            let owner = self.threads.loop_owners.last().copied();
            let t = &self.threads;
            let eligible = |w: usize| !t.list[w].nested || Some(w) == owner;
            let pos = if t.free_threading {
                t.waiters
                    .iter()
                    .enumerate()
                    .filter(|(_, &w)| eligible(w))
                    .min_by_key(|(_, &w)| t.list[w].clock_ps)
                    .map(|(i, _)| i)
            } else {
                t.waiters.iter().position(|&w| eligible(w))
            };
            if let Some(pos) = pos {
                let next = self.threads.waiters.remove(pos).unwrap_or_default();
                let now = self.now_ps();
                let gil_free_at = if self.threads.free_threading {
                    self.threads.list[next].clock_ps
                } else {
                    now.max(self.threads.list[next].clock_ps)
                };
                self.threads.base_ps = gil_free_at;
                self.threads.base_instructions = self.instructions;
                self.threads.drop_request_at = if self.threads.waiters.is_empty() {
                    None
                } else {
                    Some(self.drop_request_time(gil_free_at))
                };
                return Ok(next);
            }
            let wake = self
                .threads
                .list
                .iter()
                .filter_map(|th| match th.status {
                    Status::Blocked {
                        deadline: Some(d), ..
                    } => Some(d),
                    _ => None,
                })
                .min();
            let Some(at) = wake else {
                return Err(PyErr::Halt(Halt::Deadlock));
            };
            // Every thread sleeps: time passes until the first one wakes.
            if at > self.now_ps() {
                self.threads.base_ps = at;
                self.threads.base_instructions = self.instructions;
            }
            self.wake_due_threads(at);
            if self.threads.waiters.is_empty() {
                return Err(PyErr::Halt(Halt::Deadlock));
            }
        }
    }

    /// Makes `tid` the running thread: its frames and exception state come back, a pending
    /// blocking call gets its result, and a new thread gets its first frame.
    fn restore_thread(&mut self, tid: usize) -> PyResult<()> {
        self.threads.current = tid;
        let t = &mut self.threads.list[tid];
        self.frames = std::mem::take(&mut t.frames);
        self.exc_info = t.exc_info.take();
        t.status = Status::Running;
        t.nested = false;
        let patch = std::mem::take(&mut t.patch_top);
        let result = if patch { t.result.take() } else { None };
        let started = std::mem::replace(&mut t.started, true);
        self.record_lane(tid, LaneState::Running);
        if let Some(v) = result {
            if let Some(frame) = self.frames.last_mut() {
                let old = frame.stack.pop().flatten();
                frame.stack.push(Some(v));
                self.xdecref(old);
            } else {
                self.decref(v);
            }
        }
        self.update_watermark();
        if !started {
            self.boot_thread(tid)?;
        }
        Ok(())
    }

    /// A new thread's first frame: the start function called with its arguments.
    fn boot_thread(&mut self, tid: usize) -> PyResult<()> {
        let Some((func, args, kwargs)) = self.threads.list[tid].boot else {
            return Ok(());
        };
        let (target, mut owned) = match *self.heap.payload(func) {
            Payload::BoundMethod { func: f, self_ }
                if matches!(self.heap.payload(f), Payload::Function(_)) =>
            {
                (f, vec![self.incref(self_)])
            }
            Payload::Function(_) => (func, Vec::new()),
            _ => (func, Vec::new()),
        };
        let positional = self.tuple_items(Some(args));
        let mut kwnames = Vec::new();
        let mut kwvalues = Vec::new();
        if let Some(k) = kwargs {
            for (key, v) in self.dict_items(k) {
                kwnames.push(self.str_of(key));
                kwvalues.push(v);
            }
        }
        if !matches!(self.heap.payload(target), Payload::Function(_)) {
            // A builtin (or other callable) runs to completion right away.
            for v in owned {
                self.decref(v);
            }
            let mut call_args = super::Args::positional(positional);
            call_args.kwargs = kwnames.into_iter().zip(kwvalues).collect();
            let r = self.call_object(func, &call_args);
            return self.finish_thread(r.map(FrameExit::Return));
        }
        for &a in positional.iter().chain(kwvalues.iter()) {
            owned.push(self.incref(a));
        }
        self.incref(target);
        match self.python_frame(target, owned, kwnames, super::OnReturn::Native) {
            Ok(None) => Ok(()),
            Ok(Some(generator)) => {
                self.decref(generator);
                let none = self.incref(self.none);
                self.finish_thread(Ok(FrameExit::Return(none)))
            }
            Err(e) => self.finish_thread(Err(e)),
        }
    }

    /// The running thread's first frame returned (or raised): `thread_run` reports an
    /// exception, the sentinel locks are released, and another thread takes over.
    fn finish_thread(&mut self, r: PyResult<FrameExit>) -> PyResult<()> {
        let tid = self.threads.current;
        match r {
            Ok(FrameExit::Return(v)) | Ok(FrameExit::Yield(v)) => self.decref(v),
            Err(PyErr::Exception(e)) => {
                if self.isinstance_of(e, self.types.system_exit) {
                    self.decref(e);
                } else {
                    let func = self.threads.list[tid].boot.map(|b| b.0);
                    self.write_unraisable_msg(e, "Exception ignored in thread started by", func);
                }
            }
            Err(halt) => return Err(halt),
        }
        while let Some(f) = self.frames.pop() {
            self.clear_frame(f);
        }
        let exc = self.exc_info.take();
        self.xdecref(exc);
        self.threads.list[tid].status = Status::Finished;
        self.record_lane(tid, LaneState::Finished);
        if let Some((func, args, kwargs)) = self.threads.list[tid].boot.take() {
            self.decref(func);
            self.decref(args);
            self.xdecref(kwargs);
        }
        for lock in std::mem::take(&mut self.threads.list[tid].sentinels) {
            if self.heap.contains(lock) && self.threads.locks.contains_key(&lock) {
                self.lock_release(lock)?;
            }
        }
        self.save_running(false);
        self.hand_over()
    }

    /// The top-level loop's frame 0 returned. For the main thread that is the program's
    /// result; another thread's end hands over to the next thread (None: keep running).
    pub(super) fn top_level_exit(&mut self, r: PyResult<FrameExit>) -> Option<PyResult<FrameExit>> {
        if self.threads.list.is_empty() {
            return Some(r);
        }
        match r {
            Err(PyErr::Halt(Halt::MainDone)) => {
                // The main thread ended inside a nested loop: whoever runs now freezes.
                if self.threads.current != 0 {
                    self.save_running(false);
                    self.load_frames(0);
                }
                let exit = self.threads.main_exit.take()?;
                Some(exit)
            }
            r if self.threads.current == 0 => Some(r),
            Err(PyErr::Halt(h)) => Some(Err(PyErr::Halt(h))),
            r => match self.finish_thread(r) {
                Ok(()) => None,
                Err(e) => Some(Err(e)),
            },
        }
    }

    /// Makes `tid`'s saved frames the running ones, without scheduling (the run is ending).
    fn load_frames(&mut self, tid: usize) {
        self.threads.current = tid;
        let t = &mut self.threads.list[tid];
        self.frames = std::mem::take(&mut t.frames);
        self.exc_info = t.exc_info.take();
        t.nested = false;
    }

    /// Blocks the running thread until another thread, or its deadline, wakes it. Returns
    /// what the blocking call returns (owned): `timeout_result`, or what the waker gave it.
    /// A call made by `Call` at the thread's top level returns a placeholder now and the
    /// thread is switched out before its next instruction.
    pub fn block_thread(
        &mut self,
        on: Block,
        deadline: Option<u64>,
        timeout_result: ObjId,
    ) -> PyResult<ObjId> {
        self.ensure_main_thread();
        let now = self.now_ps();
        if !self.threads.active() || self.threads.finalizing {
            // No other thread can wake it: only the clock can.
            if let Block::Lock(lock) = on {
                let cur = self.threads.current;
                if let Some(state) = self.threads.locks.get_mut(&lock) {
                    state.waiters.retain(|w| w.thread != cur);
                }
            }
            return match deadline {
                Some(d) => {
                    if d > now {
                        self.threads.base_ps = d;
                        self.threads.base_instructions = self.instructions;
                    }
                    self.update_watermark();
                    Ok(timeout_result)
                }
                None => {
                    self.decref(timeout_result);
                    Err(PyErr::Halt(Halt::Deadlock))
                }
            };
        }
        let cur = self.threads.current;
        let lane = match on {
            Block::Lock(_) => LaneState::Lock,
            Block::Sleep => LaneState::Sleep,
            Block::Io => LaneState::Io,
        };
        self.record_lane(cur, lane);
        let t = &mut self.threads.list[cur];
        t.status = Status::Blocked { on, deadline };
        t.result = Some(timeout_result);
        let flat = self.call_serial == self.flat_call_serial
            && self.native_depth == self.threads.loop_depth;
        if flat {
            t.patch_top = true;
            self.instruction_watermark = 0;
            return Ok(self.incref(self.none));
        }
        self.run_nested_loop(cur)?;
        let r = self.threads.list[cur].result.take();
        Ok(r.unwrap_or_else(|| self.incref(self.none)))
    }

    /// Runs other threads until `me` (blocked inside native code) is picked to run again.
    fn run_nested_loop(&mut self, me: usize) -> PyResult<()> {
        self.save_running(true);
        self.threads.loop_owners.push(me);
        let saved_depth = std::mem::replace(&mut self.threads.loop_depth, self.native_depth);
        let r = self.nested_loop_body(me);
        self.threads.loop_owners.pop();
        self.threads.loop_depth = saved_depth;
        if r.is_err() && self.threads.current != me {
            // A halt ends the run: the native code below continues with its own frames.
            self.save_running(false);
            self.load_frames(me);
        }
        r
    }

    fn nested_loop_body(&mut self, me: usize) -> PyResult<()> {
        let mut r = self.hand_over();
        loop {
            match r {
                // The owner was picked.
                Err(PyErr::Halt(Halt::Switch)) => return self.restore_thread(me),
                Err(e) => return Err(e),
                Ok(()) => {}
            }
            // A thread suspended flat runs here until it switches away or ends.
            let exit = self.run_frame(0);
            r = match exit {
                Err(PyErr::Halt(h)) => Err(PyErr::Halt(h)),
                exit if self.threads.current == 0 => self.main_ended_nested(exit),
                exit => self.finish_thread(exit),
            };
        }
    }

    /// The main thread's frame 0 returned inside a nested loop: after the module, the main
    /// thread goes on with `threading._shutdown()` here; after that the program is over and
    /// the run unwinds to the top level (`Halt::MainDone`).
    fn main_ended_nested(&mut self, exit: PyResult<FrameExit>) -> PyResult<()> {
        if self.threads.shutdown_status.is_none() {
            let status = match exit {
                Ok(FrameExit::Return(v)) | Ok(FrameExit::Yield(v)) => {
                    self.decref(v);
                    0
                }
                Err(PyErr::Exception(exc)) => self.report_main_exception(exc),
                Err(halt) => return Err(halt),
            };
            if self.start_thread_shutdown(status) {
                return Ok(());
            }
            self.threads.shutdown_status = Some(status);
            let none = self.incref(self.none);
            self.threads.main_exit = Some(Ok(FrameExit::Return(none)));
        } else {
            self.threads.main_exit = Some(exit);
        }
        Err(PyErr::Halt(Halt::MainDone))
    }

    /// `lock.acquire(blocking, timeout)` of a `_thread.lock` or `_thread.RLock`: returns the
    /// bool result (owned). With `restore` (an RLock's `_acquire_restore`), the lock is taken
    /// with that recursion count and the call returns None.
    pub fn lock_acquire(
        &mut self,
        lock: ObjId,
        reentrant: bool,
        blocking: bool,
        timeout: Option<f64>,
        restore: Option<u64>,
    ) -> PyResult<ObjId> {
        self.ensure_main_thread();
        let me = self.threads.current;
        let count = restore.unwrap_or(1);
        let success = |vm: &mut Vm| match restore {
            Some(_) => vm.new_none(),
            None => vm.new_bool(true),
        };
        match self.threads.locks.get_mut(&lock) {
            None => {
                self.threads.locks.insert(
                    lock,
                    LockState {
                        owner: me,
                        count,
                        waiters: VecDeque::new(),
                    },
                );
                return Ok(success(self));
            }
            Some(state) if reentrant && state.owner == me => {
                state.count += count;
                return Ok(success(self));
            }
            Some(state) => {
                if !blocking || timeout == Some(0.0) {
                    return Ok(self.new_bool(false));
                }
                state.waiters.push_back(Waiter {
                    thread: me,
                    count,
                    returns_none: restore.is_some(),
                });
            }
        }
        let deadline = timeout.map(|t| self.now_ps() + (t * PS_PER_SECOND) as u64);
        let f = self.new_bool(false);
        let r = self.block_thread(Block::Lock(lock), deadline, f);
        if r.is_err() {
            if let Some(state) = self.threads.locks.get_mut(&lock) {
                state.waiters.retain(|w| w.thread != me);
            }
        }
        r
    }

    /// `lock.release()`: the longest waiter gets the lock and becomes ready.
    pub fn lock_release(&mut self, lock: ObjId) -> PyResult<()> {
        let Some(state) = self.threads.locks.get_mut(&lock) else {
            return Err(self.new_error_msg(self.types.runtime_error, "release unlocked lock"));
        };
        state.count -= 1;
        if state.count > 0 {
            return Ok(());
        }
        match state.waiters.pop_front() {
            Some(w) => {
                state.owner = w.thread;
                state.count = w.count;
                let now = self.now_ps();
                let v = if w.returns_none {
                    self.new_none()
                } else {
                    self.new_bool(true)
                };
                let old = self.threads.list[w.thread].result.replace(v);
                self.xdecref(old);
                self.make_ready(w.thread, now);
                self.update_watermark();
            }
            None => {
                self.threads.locks.remove(&lock);
            }
        }
        Ok(())
    }

    /// Whether `lock` is held, and by whom (thread index).
    pub fn lock_owner(&self, lock: ObjId) -> Option<(usize, u64)> {
        self.threads.locks.get(&lock).map(|s| (s.owner, s.count))
    }

    /// `get_ident()` of thread `tid`.
    pub fn thread_ident_of(&self, tid: usize) -> u64 {
        self.threads
            .list
            .get(tid)
            .map(|t| t.ident)
            .unwrap_or(MAIN_IDENT)
    }

    /// The name thread `tid` was started with (its timeline lane's).
    pub fn thread_name(&self, tid: usize) -> &str {
        self.threads
            .list
            .get(tid)
            .and_then(|t| self.threads.lanes.get(t.lane))
            .map_or("MainThread", |l| l.name.as_str())
    }

    pub fn current_thread_index(&self) -> usize {
        self.threads.current
    }

    /// `_thread._set_sentinel()`: `lock` is released when the running thread ends.
    pub fn add_thread_sentinel(&mut self, lock: ObjId) {
        self.ensure_main_thread();
        let cur = self.threads.current;
        self.threads.list[cur].sentinels.push(lock);
    }

    /// `time.sleep(seconds)` (releases the GIL).
    pub fn sleep(&mut self, seconds: f64) -> PyResult<ObjId> {
        let deadline = self.now_ps() + (seconds * PS_PER_SECOND) as u64;
        let none = self.incref(self.none);
        self.block_thread(Block::Sleep, Some(deadline), none)
    }

    /// Simulated blocking I/O taking `seconds`; the call returns `result` (owned).
    pub fn blocking_io(&mut self, seconds: f64, result: ObjId) -> PyResult<ObjId> {
        let deadline = self.now_ps() + (seconds * PS_PER_SECOND) as u64;
        self.block_thread(Block::Io, Some(deadline), result)
    }

    /// Adds simulated time spent elsewhere (a child process the thread waits for).
    pub fn wait_simulated(&mut self, seconds: f64) -> PyResult<()> {
        let none = self.incref(self.none);
        let r = self.blocking_io(seconds, none)?;
        self.decref(r);
        Ok(())
    }

    /// Interpreter shutdown: threads still alive (daemons) never run again.
    pub fn stop_scheduling(&mut self) {
        self.threads.finalizing = true;
        self.update_watermark();
    }

    /// References held by suspended threads: their frames, handled exceptions, start
    /// arguments and pending results.
    pub(crate) fn thread_root_refs(&self, f: &mut dyn FnMut(ObjId, String)) {
        for (i, t) in self.threads.list.iter().enumerate() {
            if let Some((func, args, kwargs)) = t.boot {
                f(func, format!("start function of thread {i}"));
                f(args, format!("start arguments of thread {i}"));
                if let Some(k) = kwargs {
                    f(k, format!("start keywords of thread {i}"));
                }
            }
            if let Some(e) = t.exc_info {
                f(e, format!("exception handled by thread {i}"));
            }
            if let Some(r) = t.result {
                f(r, format!("result of a blocking call of thread {i}"));
            }
        }
    }

    /// Frames of the threads that are not running, with their thread index.
    pub fn suspended_frames(&self) -> impl Iterator<Item = (usize, &Frame)> {
        self.threads
            .list
            .iter()
            .enumerate()
            .filter(move |(i, _)| *i != self.threads.current)
            .flat_map(|(i, t)| t.frames.iter().map(move |f| (i, f)))
    }
}

#[cfg(test)]
mod tests;
