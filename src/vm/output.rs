//! The program's stdout and stderr. The page keeps everything (to show it step by step); the
//! CLI passes it straight through.

use std::io::Write;

#[derive(Clone, Default)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
    /// Write to the process's stdout/stderr instead of keeping the text.
    pub passthrough: bool,
}

impl Output {
    pub fn write_stdout(&mut self, s: &str) {
        if self.passthrough {
            let _ = std::io::stdout().lock().write_all(s.as_bytes());
        } else {
            self.stdout.push_str(s);
        }
    }

    pub fn write_stderr(&mut self, s: &str) {
        if self.passthrough {
            // CPython's stdout is block-buffered when not a terminal; stderr is not. Flush
            // stdout first only when it is a terminal, so piped output keeps CPython's order.
            let _ = std::io::stderr().lock().write_all(s.as_bytes());
        } else {
            self.stderr.push_str(s);
        }
    }

    pub fn flush(&mut self) {
        if self.passthrough {
            let _ = std::io::stdout().flush();
            let _ = std::io::stderr().flush();
        }
    }
}
