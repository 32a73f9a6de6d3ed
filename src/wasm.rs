//! The wasm-bindgen boundary: one exported `Playground` owning a [`Session`] and its layout memory.
//! Plain data crosses as JS objects via serde-wasm-bindgen; nothing here decides anything.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::session::{Session, SessionOptions};
use crate::view::Layout;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
export interface Diagnostic {
    kind: string; message: string;
    line: number; column: number; end_line: number; end_column: number;
}
export interface RunStatus {
    steps: number; finished: boolean; error: Diagnostic | null;
    /** The program started a thread or a process (see `timelineView`). */
    timeline: boolean;
}
export interface Row {
    label: string; target: string; value: string; weak: boolean;
    /** In a copy: the original refers to the same object, or to the one this is a copy of. */
    share?: "shared" | "copied";
}
export interface FrameBox {
    name: string; line: number; x: number; y: number; w: number; h: number; rows_top: number; vars: Row[];
    /** The thread running the frame, once the program has more than one. */
    thread?: string;
}
export interface ObjectBox {
    id: string; address: string; type_name: string; refcount: number; generation: number | null;
    size: number; repr: string; column: number; x: number; y: number; w: number; h: number;
    rows_top: number; rows: Row[]; hidden: number; copied_from: string | null;
    /** Decimal id of the original of a copy, when it is drawn. */
    original: string | null;
    /** What the collection phase shown made of the object. */
    gc?: GcMark;
}
export type GcState = "examined" | "reachable" | "unreachable" | "cleared" | "finalized"
    | "resurrected" | "garbage";
export interface GcMark { gc_refs: number | null; state: GcState; }
export type GcPhase = "update_refs" | "subtract_refs" | "move_unreachable" | "handle_weakrefs"
    | "finalize_garbage" | "handle_resurrected" | "delete_garbage";
export interface CollectionSummary {
    generation: number; phases: GcPhase[]; examined: number; garbage: number;
}
export interface PhaseShown { collection: number; index: number; name: GcPhase; generation: number; }
export interface Edge {
    from: string; to: string; weak: boolean;
    /** The target is a simple value (int, str, None, ...) its row already shows as text. */
    value: boolean;
    x1: number; y1: number; x2: number; y2: number;
}
export interface View {
    step: number; line: number | null; event: string; stdout: string; stderr: string;
    gc_count: [number, number, number]; width: number; height: number;
    frames: FrameBox[]; objects: ObjectBox[]; hidden_objects: number; edges: Edge[];
    /** Collections that ran during the step that led here. */
    collections: CollectionSummary[];
    /** Set by `phaseView`: the heap the collection found, marked for one of its phases. */
    phase: PhaseShown | null;
    /** Where the step falls on the timeline (programs with threads or processes only). */
    clock: Clock | null;
}
export interface Clock { time: number; lane: number; }
export interface Lane { name: string; kind: "thread" | "process"; }
export interface TimelineEvent {
    lane: number; state: "running" | "waiting_gil" | "lock" | "sleep" | "io" | "finished";
    time: number; step: number;
}
export interface Timeline { lanes: Lane[]; events: TimelineEvent[]; end: number; free_threading: boolean; }
export type LaneState = "running" | "waiting_gil" | "lock" | "sleep" | "io";
/** A thread runs the steps after step_start up to step_end in a running segment. */
export interface Segment { state: LaneState; start: number; end: number; step_start: number; step_end: number; }
export interface LaneView { name: string; kind: "thread" | "process"; segments: Segment[]; }
export interface Handoff { from: number; to: number; released: number; time: number; step: number; }
export interface TimelineView {
    lanes: LaneView[]; handoffs: Handoff[]; end: number; end_step: number;
    /** The recording stopped here (too many switches to keep): nothing is drawn after it. */
    recorded_until: number | null;
    ticks: number[]; decimals: number; free_threading: boolean;
}
"#;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console)]
    fn error(message: &str);

    /// Defined by www/worker.js: the text of `stdlib/<path>`, or undefined.
    #[wasm_bindgen(js_name = heapscopeModuleSource)]
    pub(crate) fn module_source(path: &str) -> Option<String>;
}

#[wasm_bindgen]
pub struct Playground {
    session: Session,
    layout: Layout,
    /// The program's stdin for the next `load` (the page's Input box).
    stdin: String,
    /// Free-threaded (no GIL) mode for the next `load`.
    free_threading: bool,
}

#[wasm_bindgen]
impl Playground {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Playground {
        // A panic traps the instance; say why in the console before it does (the worker then
        // reports the crash and the page starts a fresh engine).
        std::panic::set_hook(Box::new(|info| {
            error(&format!("heapscope engine panicked: {info}"))
        }));
        Playground {
            session: Session::new("", SessionOptions::default()),
            layout: Layout::new(),
            stdin: String::new(),
            free_threading: false,
        }
    }

    /// Loads a program; returns its diagnostics (`Diagnostic[]`, empty when it compiled).
    pub fn load(&mut self, source: &str, max_instructions: f64) -> Result<JsValue, JsError> {
        let mut options = SessionOptions {
            stdin: self.stdin.clone(),
            module_source: Some(module_source),
            free_threading: self.free_threading,
            ..SessionOptions::default()
        };
        if max_instructions > 0.0 {
            options.max_instructions = max_instructions as u64;
        }
        self.session = Session::new(source, options);
        self.layout.clear();
        to_js(self.session.diagnostics())
    }

    /// The text `input()` reads, for programs loaded from now on.
    #[wasm_bindgen(js_name = setStdin)]
    pub fn set_stdin(&mut self, text: &str) {
        self.stdin = text.to_string();
    }

    /// Simulate CPython 3.13's free-threaded build (no GIL) for programs loaded from now on.
    #[wasm_bindgen(js_name = setFreeThreading)]
    pub fn set_free_threading(&mut self, on: bool) {
        self.free_threading = on;
    }

    /// Threads and processes over simulated time (`Timeline`).
    pub fn timeline(&self) -> Result<JsValue, JsError> {
        to_js(&self.session.timeline())
    }

    /// The timeline as the page draws it, as JSON text of a `TimelineView` (JSON for the same
    /// reason as `view`: a long threaded program has thousands of segments).
    #[wasm_bindgen(js_name = timelineView)]
    pub fn timeline_view(&mut self) -> Result<String, JsError> {
        serde_json::to_string(self.session.timeline_view())
            .map_err(|e| JsError::new(&e.to_string()))
    }

    /// The step a click on timeline lane `lane` at `time` simulated seconds goes to.
    #[wasm_bindgen(js_name = stepAt)]
    pub fn step_at(&mut self, lane: u32, time: f64) -> f64 {
        self.session.step_at(lane as usize, time) as f64
    }

    /// Runs at most `budget` more steps (`RunStatus`).
    pub fn run(&mut self, budget: f64) -> Result<JsValue, JsError> {
        to_js(&self.session.run(budget as u64))
    }

    #[wasm_bindgen(js_name = stepCount)]
    pub fn step_count(&self) -> f64 {
        self.session.step_count() as f64
    }

    pub fn seek(&mut self, step: f64) {
        self.session.seek(step.max(0.0) as u64);
    }

    /// The raw snapshot of the current step.
    pub fn snapshot(&mut self) -> Result<JsValue, JsError> {
        to_js(&self.session.snapshot())
    }

    /// The laid-out view of the current step, as JSON text of a `View`. The one value that is
    /// not handed over with serde-wasm-bindgen: it is drawn at every step, and with hundreds of
    /// objects JSON text is several times faster to build, post to the page and parse.
    pub fn view(&mut self) -> Result<String, JsError> {
        let mut view = self.layout.view(&self.session.snapshot());
        view.clock = self.session.clock();
        serde_json::to_string(&view).map_err(|e| JsError::new(&e.to_string()))
    }

    /// Phase `index` of collection `collection` of the current step, as JSON text of a `View`
    /// (the heap the collection found, marked); null when there is no such phase.
    #[wasm_bindgen(js_name = phaseView)]
    pub fn phase_view(&mut self, collection: u32, index: u32) -> Result<Option<String>, JsError> {
        let snap = self.session.snapshot();
        self.layout
            .phase_view(&snap, collection as usize, index as usize)
            .map(|view| serde_json::to_string(&view).map_err(|e| JsError::new(&e.to_string())))
            .transpose()
    }

    /// Steps at which `line` started executing (`number[]`).
    #[wasm_bindgen(js_name = stepsOfLine)]
    pub fn steps_of_line(&self, line: u32) -> Result<JsValue, JsError> {
        to_js(&self.session.steps_of_line(line))
    }
}

impl Default for Playground {
    fn default() -> Self {
        Playground::new()
    }
}

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    serde_wasm_bindgen::to_value(value).map_err(|e| JsError::new(&e.to_string()))
}
