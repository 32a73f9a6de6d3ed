//! The program's stdin, stdout and stderr. The page keeps everything (to show it step by step)
//! and gives the text of its Input box as stdin; the CLI passes output straight through and
//! reads the process's real stdin.

use std::io::Write;

#[derive(Clone, Default)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
    /// Write to the process's stdout/stderr instead of keeping the text, and read the
    /// process's stdin.
    pub passthrough: bool,
    /// The program's stdin when it is not the process's, and how much of it was read.
    pub stdin: String,
    pub stdin_pos: usize,
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

    /// One line of stdin with its newline (`sys.stdin.readline()`); empty at end of file.
    pub fn read_stdin_line(&mut self) -> String {
        if self.passthrough {
            self.flush();
            let mut line = String::new();
            let _ = std::io::stdin().read_line(&mut line);
            return line;
        }
        let rest = self.stdin.get(self.stdin_pos..).unwrap_or("");
        let len = rest.find('\n').map_or(rest.len(), |i| i + 1);
        let line = rest[..len].to_string();
        self.stdin_pos += len;
        line
    }

    pub fn flush(&mut self) {
        if self.passthrough {
            let _ = std::io::stdout().flush();
            let _ = std::io::stderr().flush();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Output;

    #[test]
    fn stdin_lines_then_end_of_file() {
        let mut out = Output {
            stdin: "Ann\n\n42".to_string(),
            ..Output::default()
        };
        assert_eq!(out.read_stdin_line(), "Ann\n");
        assert_eq!(out.read_stdin_line(), "\n");
        assert_eq!(out.read_stdin_line(), "42");
        assert_eq!(out.read_stdin_line(), "");
        assert_eq!(out.read_stdin_line(), "");
    }
}
