//! A learner's program loaded into the engine: run it, step through it, seek to any step.
//! The wasm boundary and the CLI's `trace` drive the engine through this type.
//!
//! Running is recorded by checkpoints, not by storing every step: every so often the whole
//! VM is cloned, and seeking to step N replays from the nearest checkpoint before N. The VM of
//! the step being looked at is kept, so stepping forward runs just one more step.

use serde::Serialize;

use crate::trace::Snapshot;
use crate::view::{Clock, TimelineView};
use crate::vm::{Progress, Vm};

/// A problem found before or while running, positioned for the editor.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Diagnostic {
    /// "SyntaxError", "IndentationError", "ZeroDivisionError", ...
    pub kind: String,
    pub message: String,
    /// 1-based line; columns are 1-based UTF-16 code units, as the editor counts.
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

/// Where a run stands after [`Session::run`].
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RunStatus {
    /// Steps recorded so far.
    pub steps: u64,
    /// The program ended (normally, by an uncaught exception, or by a limit).
    pub finished: bool,
    /// The uncaught exception or limit that ended it, if any.
    pub error: Option<Diagnostic>,
    /// The program started a thread or a process: its timeline has lanes to draw.
    pub timeline: bool,
}

#[derive(Debug, Clone)]
pub struct SessionOptions {
    /// Name shown in tracebacks, e.g. "main.py".
    pub filename: String,
    /// Instructions allowed before the run is stopped with a step-limit error (the seed's GIL
    /// example runs about 300 million; Stop ends a longer run in the page sooner).
    pub max_instructions: u64,
    /// The program's stdin (the page's Input box).
    pub stdin: String,
    /// Supplies standard-library module sources the build does not embed (see
    /// `Vm::module_source`).
    pub module_source: Option<fn(&str) -> Option<String>>,
    /// Simulate CPython 3.13's free-threaded build: no GIL, threads run in parallel.
    pub free_threading: bool,
}

impl Default for SessionOptions {
    fn default() -> Self {
        SessionOptions {
            filename: "main.py".to_string(),
            max_instructions: 1_000_000_000,
            stdin: String::new(),
            module_source: None,
            free_threading: false,
        }
    }
}

/// Who ran when: one lane per thread (and per simulated process), each a list of state
/// changes on the simulated clock with the step at which they happened.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Timeline {
    pub lanes: Vec<crate::vm::threads::Lane>,
    pub events: Vec<crate::vm::threads::TimelineEvent>,
    /// Simulated seconds at the furthest point run.
    pub end: f64,
    pub free_threading: bool,
}

/// Checkpoints kept at most; when full, every other one is dropped and the spacing doubles.
const MAX_CHECKPOINTS: usize = 64;

pub struct Session {
    diagnostics: Vec<Diagnostic>,
    /// The VM at the furthest point executed.
    frontier: Option<Vm>,
    finished: bool,
    error: Option<Diagnostic>,
    /// Clones of the VM at pausable steps, in step order.
    checkpoints: Vec<(u64, Vm)>,
    checkpoint_every: u64,
    /// The step being looked at, and its snapshot.
    current: u64,
    current_snapshot: Option<Snapshot>,
    /// A VM paused at `current` (none when that step was reached inside a native call, which
    /// leaves no VM to resume), recording collections for the page.
    cursor: Option<Vm>,
    /// Steps executed to compute snapshots (what stepping costs).
    #[cfg(test)]
    replayed: u64,
    /// The state just before interpreter shutdown (the last step of a finished program).
    final_snapshot: Option<Snapshot>,
    /// The timeline laid out for the page, and the step count it was made at.
    timeline_view: Option<(u64, TimelineView)>,
}

impl Session {
    /// Parses and compiles `source`; problems appear in [`Session::diagnostics`].
    pub fn new(source: &str, options: SessionOptions) -> Session {
        let mut vm = Vm::new();
        // Steps count the learner's program from 0, its start: the interpreter's own start-up
        // (standard-library code run by `Vm::new`) is not one of them.
        vm.step = 0;
        vm.limits.max_instructions = options.max_instructions;
        vm.threads.free_threading = options.free_threading;
        vm.output.stdin = options.stdin.clone();
        vm.module_source = options.module_source;
        vm.line_steps = Some(Default::default());
        vm.keep_final_snapshot = true;
        let mut session = Session {
            diagnostics: Vec::new(),
            frontier: None,
            finished: false,
            error: None,
            checkpoints: Vec::new(),
            checkpoint_every: 256,
            current: 0,
            current_snapshot: None,
            cursor: None,
            #[cfg(test)]
            replayed: 0,
            final_snapshot: None,
            timeline_view: None,
        };
        match vm.start_main(source, &options.filename) {
            Ok(()) => {
                session.checkpoints.push((0, vm.clone()));
                session.current_snapshot = Some(vm.snapshot("start"));
                session.frontier = Some(vm);
            }
            Err(e) => {
                let range = e.editor_range(source);
                session.diagnostics.push(Diagnostic {
                    kind: e.kind.name().to_string(),
                    message: e.message(&options.filename),
                    line: range.line,
                    column: range.column,
                    end_line: range.end_line,
                    end_column: range.end_column,
                });
                session.finished = true;
            }
        }
        session
    }

    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Runs at most `budget` more steps, recording checkpoints for stepping.
    pub fn run(&mut self, budget: u64) -> RunStatus {
        if let Some(vm) = self.frontier.as_mut() {
            if !self.finished {
                let target = vm.step + budget.max(1);
                while vm.step < target {
                    let next_checkpoint =
                        self.checkpoints.last().map(|c| c.0).unwrap_or(0) + self.checkpoint_every;
                    vm.step_target = Some(next_checkpoint.min(target));
                    match vm.resume() {
                        Progress::Paused => {
                            if vm.step >= next_checkpoint {
                                self.checkpoints.push((vm.step, vm.clone()));
                                if self.checkpoints.len() > MAX_CHECKPOINTS {
                                    let mut i = 0;
                                    self.checkpoints.retain(|_| {
                                        i += 1;
                                        i % 2 == 1
                                    });
                                    self.checkpoint_every *= 2;
                                }
                            }
                        }
                        Progress::Finished(_) => {
                            self.finished = true;
                            self.final_snapshot = vm.final_snapshot.take();
                            self.error = vm.uncaught.clone().map(|u| Diagnostic {
                                kind: u.kind,
                                message: u.message,
                                line: u.line,
                                column: 1,
                                end_line: u.line,
                                end_column: 1,
                            });
                            break;
                        }
                    }
                }
                vm.step_target = None;
            }
            self.current = vm.step;
            self.current_snapshot = None;
        }
        RunStatus {
            steps: self.step_count(),
            finished: self.finished,
            error: self.error.clone(),
            timeline: self
                .frontier
                .as_ref()
                .is_some_and(|vm| !vm.threads.lanes.is_empty()),
        }
    }

    /// Threads and processes over simulated time, as far as the program has run.
    pub fn timeline(&self) -> Timeline {
        match self.frontier.as_ref() {
            Some(vm) => Timeline {
                lanes: vm.threads.lanes.clone(),
                events: vm.threads.timeline.clone(),
                end: vm.now_seconds(),
                free_threading: vm.threads.free_threading,
            },
            None => Timeline::default(),
        }
    }

    /// The timeline as the page draws it (made again only when the program ran further).
    pub fn timeline_view(&mut self) -> &TimelineView {
        let steps = self.step_count();
        if self
            .timeline_view
            .as_ref()
            .is_none_or(|(at, _)| *at != steps)
        {
            let view = TimelineView::new(&self.timeline(), steps);
            self.timeline_view = Some((steps, view));
        }
        &self.timeline_view.get_or_insert_with(Default::default).1
    }

    /// Where the current step falls on the timeline (None without threads or processes).
    pub fn clock(&mut self) -> Option<Clock> {
        let step = self.current;
        self.timeline_view().clock(step)
    }

    /// The step a click on timeline lane `lane` at `time` simulated seconds goes to.
    pub fn step_at(&mut self, lane: usize, time: f64) -> u64 {
        self.timeline_view().step_at(lane, time)
    }

    /// Steps recorded so far.
    pub fn step_count(&self) -> u64 {
        self.frontier.as_ref().map(|vm| vm.step).unwrap_or(0)
    }

    /// Moves to `step` (clamped to the recorded range).
    pub fn seek(&mut self, step: u64) {
        let step = step.min(self.step_count());
        if step != self.current {
            self.current = step;
            self.current_snapshot = None;
        }
    }

    /// Steps (in order) at which `line` started executing (the first thousand).
    pub fn steps_of_line(&self, line: u32) -> Vec<u64> {
        self.frontier
            .as_ref()
            .and_then(|vm| vm.line_steps.as_ref())
            .and_then(|m| m.get(&line).cloned())
            .unwrap_or_default()
    }

    /// What the page draws at the current step.
    pub fn snapshot(&mut self) -> Snapshot {
        if let Some(s) = &self.current_snapshot {
            return s.clone();
        }
        let snap = self.compute_snapshot(self.current);
        self.current_snapshot = Some(snap.clone());
        snap
    }

    fn compute_snapshot(&mut self, step: u64) -> Snapshot {
        let Some(frontier) = self.frontier.as_ref() else {
            return Vm::new().snapshot("end");
        };
        if step >= frontier.step {
            if self.finished {
                if let Some(s) = &self.final_snapshot {
                    let mut s = s.clone();
                    s.stdout = frontier.output.stdout.clone();
                    s.stderr = frontier.output.stderr.clone();
                    s.step = frontier.step;
                    return s;
                }
            }
            return frontier.snapshot("line");
        }
        let base = self
            .checkpoints
            .iter()
            .rev()
            // Strictly before `step` (but for step 0): replaying the step that led to `step`
            // records its collections.
            .find(|(s, _)| *s < step || *s == 0)
            .map(|(_, vm)| vm)
            .unwrap_or(frontier);
        // Replay from the cursor when it is behind `step` and no further than a checkpoint.
        let mut vm = match self.cursor.take() {
            Some(vm) if vm.step <= step && vm.step >= base.step => vm,
            _ => {
                let mut vm = base.clone();
                vm.line_steps = None;
                vm.keep_final_snapshot = false;
                vm.output.passthrough = false;
                vm.gc.record_events = true;
                vm.capture_in_native = true;
                vm
            }
        };
        if vm.step < step {
            #[cfg(test)]
            {
                self.replayed += step - vm.step;
            }
            vm.step_target = Some(step);
            if let Progress::Finished(_) = vm.resume() {
                return vm.snapshot("end");
            }
            if let Some(s) = vm.captured.take() {
                // Paused inside a native call: this copy cannot resume.
                return s;
            }
        }
        let snap = vm.snapshot("line");
        self.cursor = Some(vm);
        snap
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_to_end(source: &str) -> Session {
        let mut session = Session::new(source, SessionOptions::default());
        assert!(
            session.diagnostics().is_empty(),
            "{:?}",
            session.diagnostics()
        );
        let status = session.run(10_000_000);
        assert!(status.finished && status.error.is_none(), "{status:?}");
        session
    }

    /// Cycles with `__del__`, automatic collections and a `gc.collect()`: steps inside
    /// finalizers called by the collector, collections recorded at the steps they end.
    const CYCLES: &str = "import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print('del', self.name)
total = 0
for i in range(150):
    a = Node(i)
    b = Node(-i)
    a.other = b
    b.other = a
    total += i
del a, b
print(total, gc.collect())
";

    #[test]
    fn stepping_forward_matches_seeking() {
        let mut stepped = run_to_end(CYCLES);
        let mut sought = run_to_end(CYCLES);
        let steps = stepped.step_count();
        assert!(steps > 2000, "{steps} steps");
        let mut collections = 0;
        for n in 0..=steps {
            stepped.seek(n);
            let a = stepped.snapshot();
            // Seek from afar (the other end first), so the step is replayed from a checkpoint.
            sought.seek(if n == 0 { steps } else { 0 });
            sought.snapshot();
            sought.seek(n);
            let b = sought.snapshot();
            assert_eq!(a, b, "step {n}");
            collections += a.collections.len();
        }
        assert!(collections > 0, "no collection was recorded");
    }

    #[test]
    fn step_zero_is_the_start() {
        let mut session = run_to_end("a = [1]\nb = [a]\nc = 3\n");
        let steps: Vec<(u64, Option<u32>)> = (0..=session.step_count())
            .map(|n| {
                session.seek(n);
                let snap = session.snapshot();
                (snap.step, snap.line)
            })
            .collect();
        assert_eq!(
            steps,
            [
                (0, Some(1)),
                (1, Some(1)),
                (2, Some(2)),
                (3, Some(3)),
                (4, None)
            ]
        );
    }

    #[test]
    fn stepping_forward_runs_one_step_each_time() {
        let mut session = run_to_end("x = []\nfor i in range(1500):\n    x.append(i)\n");
        let steps = session.step_count();
        assert!(steps > 2000, "{steps} steps");
        for n in 0..steps {
            session.seek(n);
            session.snapshot();
        }
        assert!(
            session.replayed <= steps,
            "{} steps replayed to show {steps}",
            session.replayed
        );
        // Stepping back replays from the checkpoint before the step, not from the start.
        session.replayed = 0;
        session.seek(steps - 10);
        session.snapshot();
        assert!(session.replayed <= session.checkpoint_every);
    }

    #[test]
    fn a_collection_is_shown_with_its_phases() {
        let source = "import gc\nl = []\nl.append(l)\ndel l\nn = gc.collect()\nprint(n)\n";
        let mut session = run_to_end(source);
        let mut found = None;
        for n in 0..=session.step_count() {
            session.seek(n);
            let snap = session.snapshot();
            if !snap.collections.is_empty() {
                found = Some(snap);
                break;
            }
        }
        let snap = found.expect("a step with the collection");
        let collection = &snap.collections[0];
        assert_eq!(collection.generation, 2);
        let phases: Vec<&str> = collection.phases.iter().map(|p| p.phase).collect();
        assert_eq!(
            phases,
            [
                "update_refs",
                "subtract_refs",
                "move_unreachable",
                "handle_weakrefs",
                "finalize_garbage",
                "handle_resurrected",
                "delete_garbage"
            ]
        );
        // The list is in the heap the collection found, and gone after it.
        let list = collection
            .before
            .objects
            .iter()
            .find(|o| o.type_name == "list" && o.fields.iter().any(|f| f.target == o.id))
            .expect("the self-referencing list before the collection");
        assert!(snap.objects.iter().all(|o| o.id != list.id));
        let refs = |phase: usize| {
            collection.phases[phase]
                .objects
                .iter()
                .find(|(id, _)| *id == list.id)
                .map(|&(_, r)| r)
        };
        // refcount 1 (its own slot), minus the one reference from inside the generation.
        assert_eq!(refs(0), Some(1));
        assert_eq!(refs(1), Some(0));
        assert!(collection.phases[2].unreachable.contains(&list.id));
        assert!(collection.phases[6].marked.contains(&list.id));
    }
}

#[cfg(test)]
mod stdin_tests {
    use super::{Session, SessionOptions};

    #[test]
    fn input_reads_the_given_stdin() {
        let source = "name = input('Name? ')\nprint('Hi', name)\ntry:\n    input()\nexcept EOFError as e:\n    print(e)\n";
        let options = SessionOptions {
            stdin: "Ann\n".to_string(),
            ..SessionOptions::default()
        };
        let mut session = Session::new(source, options);
        let status = session.run(1_000_000);
        assert!(status.finished);
        let vm = session.frontier.as_ref().expect("vm");
        assert_eq!(vm.output.stdout, "Name? Hi Ann\nEOF when reading a line\n");
    }
}
