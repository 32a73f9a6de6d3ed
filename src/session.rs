//! A learner's program loaded into the engine: run it, step through it, seek to any step.
//! The wasm boundary and the CLI both drive the engine through this type.

use serde::Serialize;

use crate::trace::Snapshot;

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
}

#[derive(Debug, Clone)]
pub struct SessionOptions {
    /// Name shown in tracebacks, e.g. "main.py".
    pub filename: String,
    /// Instructions allowed before the run is stopped with a step-limit error.
    pub max_instructions: u64,
}

impl Default for SessionOptions {
    fn default() -> Self {
        SessionOptions {
            filename: "main.py".to_string(),
            max_instructions: 200_000_000,
        }
    }
}

pub struct Session {
    diagnostics: Vec<Diagnostic>,
    current: u64,
    steps: u64,
}

impl Session {
    /// Parses and compiles `source`; problems appear in [`Session::diagnostics`].
    pub fn new(_source: &str, _options: SessionOptions) -> Session {
        Session {
            diagnostics: Vec::new(),
            current: 0,
            steps: 0,
        }
    }

    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Runs at most `budget` more steps, recording them for stepping.
    pub fn run(&mut self, _budget: u64) -> RunStatus {
        RunStatus {
            steps: self.steps,
            finished: true,
            error: None,
        }
    }

    /// Steps recorded so far.
    pub fn step_count(&self) -> u64 {
        self.steps
    }

    /// Moves to `step` (clamped to the recorded range).
    pub fn seek(&mut self, step: u64) {
        self.current = step.min(self.steps);
    }

    /// Steps (in order) at which `line` started executing.
    pub fn steps_of_line(&self, _line: u32) -> Vec<u64> {
        Vec::new()
    }

    /// What the page draws at the current step.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            step: self.current,
            line: None,
            event: "end".to_string(),
            frames: Vec::new(),
            objects: Vec::new(),
            stdout: String::new(),
            stderr: String::new(),
            gc_count: [0, 0, 0],
        }
    }
}
