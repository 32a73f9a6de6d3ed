//! The GIL timeline the page draws: one lane per thread (and per simulated process) cut into
//! segments (running, waiting for the GIL, blocked on a lock, a sleep or I/O), the GIL's
//! hand-offs, the ticks of a time axis in simulated seconds, and the mapping between trace steps
//! and simulated time that links the timeline to the step slider.

use serde::Serialize;

use crate::session::Timeline;
use crate::vm::threads::{LaneState, MAX_TIMELINE_EVENTS};

/// Ticks aimed at on the time axis (the nice step chosen gives between 3 and 10).
const TICKS: f64 = 6.0;

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct TimelineView {
    pub lanes: Vec<LaneView>,
    /// The GIL passing from one thread to another (none in free-threaded mode).
    pub handoffs: Vec<Handoff>,
    /// Simulated seconds at the furthest point run: the axis runs from 0 to here.
    pub end: f64,
    /// The recording stopped here (the program switched threads too often to keep every
    /// change): nothing is drawn after it.
    pub recorded_until: Option<f64>,
    /// The last step recorded.
    pub end_step: u64,
    pub ticks: Vec<f64>,
    /// Decimals that tell the ticks apart.
    pub decimals: u32,
    pub free_threading: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LaneView {
    pub name: String,
    /// "thread" or "process".
    pub kind: &'static str,
    pub segments: Vec<Segment>,
}

/// A stretch of a lane in one state, from `start` to `end` (simulated seconds). A thread runs
/// the steps after `step_start` up to and including `step_end` in a running segment.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Segment {
    pub state: LaneState,
    pub start: f64,
    pub end: f64,
    pub step_start: u64,
    pub step_end: u64,
}

/// The GIL released by lane `from` at `released` and taken by lane `to` at `time`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Handoff {
    pub from: usize,
    pub to: usize,
    pub released: f64,
    pub time: f64,
    pub step: u64,
}

/// Where a step falls on the timeline: its simulated time and the lane running it.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Clock {
    pub time: f64,
    pub lane: usize,
}

impl TimelineView {
    /// Cuts the recorded state changes into segments; `end_step` is the last step recorded.
    pub fn new(timeline: &Timeline, end_step: u64) -> TimelineView {
        let end = timeline
            .events
            .iter()
            .map(|e| e.time)
            .fold(timeline.end, f64::max);
        let recorded_until = (timeline.events.len() >= MAX_TIMELINE_EVENTS)
            .then(|| timeline.events.iter().map(|e| e.time).fold(0.0, f64::max));
        let (last, last_step) = match recorded_until {
            Some(t) => (t, timeline.events.last().map_or(end_step, |e| e.step)),
            None => (end, end_step),
        };
        let mut lanes: Vec<LaneView> = timeline
            .lanes
            .iter()
            .map(|l| LaneView {
                name: l.name.clone(),
                kind: l.kind,
                segments: Vec::new(),
            })
            .collect();
        for (i, lane) in lanes.iter_mut().enumerate() {
            let events: Vec<_> = timeline.events.iter().filter(|e| e.lane == i).collect();
            for (k, e) in events.iter().enumerate() {
                if e.state == LaneState::Finished {
                    continue;
                }
                let (stop, stop_step) = events
                    .get(k + 1)
                    .map_or((last, last_step), |next| (next.time, next.step));
                lane.segments.push(Segment {
                    state: e.state,
                    start: e.time,
                    end: stop.max(e.time),
                    step_start: e.step,
                    step_end: stop_step.max(e.step),
                });
            }
        }
        // The main thread's lane is made when a second thread (or a process) starts, but the
        // main thread ran from the start.
        if let Some(first) = lanes.first_mut().and_then(|l| l.segments.first_mut()) {
            if first.state == LaneState::Running {
                first.start = 0.0;
                first.step_start = 0;
            }
        }
        let handoffs = if timeline.free_threading {
            Vec::new()
        } else {
            handoffs(timeline, &lanes)
        };
        let (ticks, decimals) = ticks(end);
        TimelineView {
            lanes,
            handoffs,
            end,
            recorded_until,
            end_step,
            ticks,
            decimals,
            free_threading: timeline.free_threading,
        }
    }

    /// Threads' running segments with their lane, in step order.
    fn running(&self) -> impl Iterator<Item = (usize, &Segment)> {
        self.lanes
            .iter()
            .enumerate()
            .filter(|(_, l)| l.kind == "thread")
            .flat_map(|(i, l)| l.segments.iter().map(move |s| (i, s)))
            .filter(|(_, s)| s.state == LaneState::Running)
    }

    /// The simulated time of `step` and the lane running it; None for a program that never
    /// started a thread or a process.
    pub fn clock(&self, step: u64) -> Option<Clock> {
        let holds = |s: &Segment| {
            (s.step_start < step || (step == 0 && s.step_start == 0)) && step <= s.step_end
        };
        let (lane, segment) = self.running().find(|(_, s)| holds(s)).or_else(|| {
            // Between segments (a step where every thread waited): the last one before it.
            self.running()
                .filter(|(_, s)| s.step_end <= step)
                .max_by(|a, b| a.1.end.total_cmp(&b.1.end))
        })?;
        let time = if step >= segment.step_end {
            segment.end
        } else {
            let part = (step - segment.step_start) as f64
                / (segment.step_end - segment.step_start).max(1) as f64;
            segment.start + (segment.end - segment.start) * part
        };
        Some(Clock { time, lane })
    }

    /// The step nearest to `time` for a click on `lane`: one the lane's thread runs when it
    /// runs at that time, else the one running then (or the nearest running moment).
    pub fn step_at(&self, lane: usize, time: f64) -> u64 {
        let covers = |s: &Segment| s.start <= time && time <= s.end && s.step_end > s.step_start;
        let found = self
            .running()
            .find(|&(l, s)| l == lane && covers(s))
            .or_else(|| self.running().find(|&(_, s)| covers(s)));
        if let Some((_, s)) = found {
            let part =
                ((time - s.start) / (s.end - s.start).max(f64::MIN_POSITIVE)).clamp(0.0, 1.0);
            let steps = (s.step_end - s.step_start) as f64;
            return (s.step_start + (part * steps).round() as u64)
                .clamp(s.step_start + 1, s.step_end);
        }
        let distance = |s: &Segment| {
            if time < s.start {
                s.start - time
            } else {
                (time - s.end).max(0.0)
            }
        };
        self.running()
            .filter(|(_, s)| s.step_end > s.step_start)
            .min_by(|a, b| distance(a.1).total_cmp(&distance(b.1)))
            .map_or(0, |(_, s)| {
                if time < s.start {
                    s.step_start + 1
                } else {
                    s.step_end
                }
            })
    }
}

/// Each time a thread that was waiting for the GIL when its holder dropped it takes it (drop_gil,
/// then take_gil). A thread taking a GIL that lay free (every thread was blocked) is no hand-off.
fn handoffs(timeline: &Timeline, lanes: &[LaneView]) -> Vec<Handoff> {
    let mut out = Vec::new();
    // Each lane's state and since when.
    let mut state: Vec<Option<(LaneState, f64)>> = vec![None; lanes.len()];
    let mut holder: Option<usize> = None;
    let mut released: Option<(usize, f64)> = None;
    for e in &timeline.events {
        if lanes.get(e.lane).is_none_or(|l| l.kind != "thread") {
            continue;
        }
        let before = state[e.lane].replace((e.state, e.time));
        if e.state == LaneState::Running {
            let waited =
                |at: f64| matches!(before, Some((LaneState::WaitingGil, since)) if since <= at);
            match released.take() {
                Some((from, at)) if from != e.lane && waited(at) => {
                    out.push(Handoff {
                        from,
                        to: e.lane,
                        released: at,
                        time: e.time,
                        step: e.step,
                    });
                }
                _ => {}
            }
            holder = Some(e.lane);
        } else if holder == Some(e.lane) {
            holder = None;
            released = Some((e.lane, e.time));
        }
    }
    out
}

/// Axis ticks from 0 to `end` at a step of 1, 2 or 5 times a power of ten, and the decimals
/// that step needs.
fn ticks(end: f64) -> (Vec<f64>, u32) {
    if end.is_nan() || end <= 0.0 || end.is_infinite() {
        return (vec![0.0], 0);
    }
    let rough = end / TICKS;
    let power = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|&s| s >= rough)
        .unwrap_or(10.0 * power);
    let decimals = (-step.log10().floor()).max(0.0) as u32;
    let count = (end / step).floor() as usize;
    ((0..=count).map(|i| i as f64 * step).collect(), decimals)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::{Session, SessionOptions};

    fn run(source: &str) -> Session {
        let mut session = Session::new(source, SessionOptions::default());
        assert!(session.diagnostics().is_empty());
        let status = session.run(u64::MAX / 4);
        assert!(status.finished && status.error.is_none(), "{status:?}");
        session
    }

    const TWO_THREADS: &str = "import sys, threading
sys.setswitchinterval(0.0005)
def work():
    n = 0
    for _ in range(200000):
        n += 1
ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
";

    #[test]
    fn one_lane_per_thread_with_handoffs() {
        let mut session = run(TWO_THREADS);
        let view = session.timeline_view().clone();
        let names: Vec<&str> = view.lanes.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["MainThread", "Thread-1 (work)", "Thread-2 (work)"]);
        // 2 x 200,000 iterations of about 7 instructions: longer than the switch interval
        // (0.5 ms), so the two threads take turns.
        assert!(view.handoffs.len() > 4, "{:?}", view.handoffs);
        for h in &view.handoffs {
            assert_ne!(h.from, h.to);
            assert!(h.released <= h.time);
        }
        for lane in &view.lanes {
            for pair in lane.segments.windows(2) {
                assert!(pair[0].end <= pair[1].start + 1e-12);
            }
        }
        // The GIL: no two threads run at the same time.
        let running: Vec<&Segment> = view
            .lanes
            .iter()
            .flat_map(|l| &l.segments)
            .filter(|s| s.state == LaneState::Running)
            .collect();
        for a in &running {
            for b in &running {
                if !std::ptr::eq(*a, *b) {
                    assert!(a.end <= b.start + 1e-12 || b.end <= a.start + 1e-12);
                }
            }
        }
        assert!(
            view.ticks.len() >= 3 && view.ticks.len() <= 11,
            "{:?}",
            view.ticks
        );
    }

    #[test]
    fn steps_and_times_map_both_ways() {
        let mut session = run(TWO_THREADS);
        let view = session.timeline_view().clone();
        let mut last = 0.0;
        for step in (0..=view.end_step).step_by(97) {
            let clock = view.clock(step).expect("a clock");
            assert!(clock.time >= last, "time went back at step {step}");
            last = clock.time;
        }
        // Clicking a thread's lane where it runs lands on a step that thread runs.
        for (lane, l) in view.lanes.iter().enumerate() {
            for s in l.segments.iter().filter(|s| s.state == LaneState::Running) {
                if s.step_end <= s.step_start + 2 {
                    continue;
                }
                let step = view.step_at(lane, (s.start + s.end) / 2.0);
                assert!(step > s.step_start && step <= s.step_end);
                assert_eq!(view.clock(step).map(|c| c.lane), Some(lane));
            }
        }
        // Clicking a thread's lane where it waits lands on the step running then.
        let waiting = view.lanes[2]
            .segments
            .iter()
            .find(|s| s.state == LaneState::WaitingGil && s.end > s.start)
            .expect("thread 2 waits for the GIL");
        let t = (waiting.start + waiting.end) / 2.0;
        let step = view.step_at(2, t);
        let clock = view.clock(step).expect("a clock");
        assert_ne!(clock.lane, 2);
        assert!((clock.time - t).abs() < view.end / 100.0);
    }

    #[test]
    fn the_running_threads_frames_are_labelled() {
        let mut session = run(TWO_THREADS);
        let view = session.timeline_view().clone();
        // A step of thread 1's once both threads are in `work`.
        let both = view.lanes[1]
            .segments
            .iter()
            .filter(|s| s.state == LaneState::Running && s.step_end > s.step_start + 5)
            .find_map(|s| {
                session.seek(s.step_start + 3);
                let snap = session.snapshot();
                let in_work = |thread: &str| {
                    snap.frames
                        .iter()
                        .any(|f| f.name == "work" && f.thread.as_deref() == Some(thread))
                };
                (in_work("Thread-1 (work)") && in_work("Thread-2 (work)")).then_some(snap)
            })
            .expect("a step with both threads in work");
        assert_eq!(both.frames[0].name, "<module>");
        assert_eq!(both.frames[0].thread.as_deref(), Some("MainThread"));
        // Threads in order: the main thread first, thread 2 last.
        assert_eq!(both.frames.last().map(|f| f.name.as_str()), Some("work"));
    }

    #[test]
    fn a_gil_nobody_holds_is_not_handed_off() {
        let mut session = run("import threading, time
def nap():
    time.sleep(0.01)
ts = [threading.Thread(target=nap) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
");
        let view = session.timeline_view();
        assert!(!view.handoffs.is_empty());
        // Every thread sleeps 10 ms at once; whoever wakes takes a free GIL.
        for h in &view.handoffs {
            assert!(h.time - h.released < 0.005, "{h:?}");
        }
        let sleeping = view.lanes[1]
            .segments
            .iter()
            .any(|s| s.state == LaneState::Sleep);
        assert!(sleeping);
    }

    #[test]
    fn a_cut_recording_is_drawn_as_far_as_it_goes() {
        use crate::vm::threads::{Lane, TimelineEvent};
        let lane = |name: &str| Lane {
            name: name.to_string(),
            kind: "thread",
        };
        // Two threads taking turns every microsecond until the recording is full.
        let events = (0..MAX_TIMELINE_EVENTS)
            .map(|i| TimelineEvent {
                lane: i % 2,
                state: if (i / 2) % 2 == 0 {
                    LaneState::Running
                } else {
                    LaneState::WaitingGil
                },
                time: (i / 2) as f64 * 1e-6,
                step: i as u64,
            })
            .collect();
        let timeline = Timeline {
            lanes: vec![lane("MainThread"), lane("Thread-1")],
            events,
            end: 1.0,
            free_threading: false,
        };
        let view = TimelineView::new(&timeline, 10 * MAX_TIMELINE_EVENTS as u64);
        let until = view.recorded_until.expect("the recording is cut");
        assert!(until < 0.06, "{until}");
        for lane in &view.lanes {
            assert!(
                lane.segments.iter().all(|s| s.end <= until),
                "{}",
                lane.name
            );
        }
        assert_eq!(view.end, 1.0);
    }

    #[test]
    fn no_timeline_without_threads() {
        let mut session = run("x = [1]\nprint(x)\n");
        assert!(session.timeline_view().lanes.is_empty());
        assert_eq!(session.timeline_view().clock(2), None);
        let snap = session.snapshot();
        assert!(snap.frames.iter().all(|f| f.thread.is_none()));
    }

    #[test]
    fn ticks_are_round_numbers() {
        let (t, d) = ticks(1.0);
        assert_eq!((t.len(), d), (6, 1));
        assert!((t[5] - 1.0).abs() < 1e-12);
        let (t, d) = ticks(0.012);
        assert_eq!((t.len(), d), (7, 3));
        assert_eq!(ticks(0.0), (vec![0.0], 0));
    }
}
