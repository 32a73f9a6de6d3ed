//! Syntax errors, rendered the way CPython 3.11 prints an uncaught `SyntaxError`.

use super::ast::Span;
use super::line_index::LineIndex;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Source nested deeper than heapscope's parser allows; CPython reports overly deep
    /// expressions as "RecursionError: maximum recursion depth exceeded during compilation".
    RecursionError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// How CPython shows the location of an error.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Display {
    /// The source line, then carets under the span.
    Caret,
    /// One caret, placed by counting characters instead of bytes (CPython's tokenizer errors).
    CharCaret,
    /// The source line without a caret line (CPython's offset points left of the text).
    NoCaret,
    /// Only `Kind: message` (errors raised before any line is known).
    MessageOnly,
    /// Undecodable source: the message names the file, so it is built when rendering.
    NonUtf8 { byte: u8, line: u32 },
    /// CPython 3.11 re-parses an f-string expression as `(expr)` and shows that text, with
    /// carets at byte columns `start..end` of it.
    Text { text: String, start: u32, end: u32 },
}

#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub span: Span,
    pub(crate) display: Display,
}

/// A position for the editor: 1-based lines, 1-based UTF-16 columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EditorRange {
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

impl SyntaxError {
    pub(crate) fn new(kind: SyntaxErrorKind, msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind,
            msg: msg.into(),
            span,
            display: Display::Caret,
        }
    }

    pub(crate) fn syntax(msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(SyntaxErrorKind::SyntaxError, msg, span)
    }

    pub(crate) fn with_display(mut self, display: Display) -> SyntaxError {
        self.display = display;
        self
    }

    /// 1-based line of the error's start.
    pub fn line(&self, source: &str) -> u32 {
        if let Display::NonUtf8 { line, .. } = self.display {
            return line;
        }
        LineIndex::new(source).line_col(self.span.start).0
    }

    /// The error's range for an editor (UTF-16 columns). An empty span is widened to one
    /// character so it stays visible.
    pub fn editor_range(&self, source: &str) -> EditorRange {
        let index = LineIndex::new(source);
        let (line, _) = index.line_col(self.span.start);
        let (end_line, _) = index.line_col(self.span.end);
        let column = index.utf16_col(self.span.start);
        let mut end_column = index.utf16_col(self.span.end);
        if end_line == line && end_column <= column {
            end_column = column + 1;
        }
        EditorRange {
            line: self.line(source),
            column,
            end_line: end_line.max(line),
            end_column,
        }
    }

    /// The full message, with the file name where CPython puts one in it.
    pub fn message(&self, filename: &str) -> String {
        match self.display {
            Display::NonUtf8 { byte, line } => format!(
                "Non-UTF-8 code starting with '\\x{byte:02x}' in file {filename} on line {line}, \
                 but no encoding declared; see https://peps.python.org/pep-0263/ for details"
            ),
            _ => self.msg.clone(),
        }
    }

    /// Exactly what `python3 FILE` writes to stderr for this error.
    pub fn render(&self, filename: &str, source: &str) -> String {
        let last = format!("{}: {}\n", self.kind.name(), self.message(filename));
        match &self.display {
            Display::MessageOnly | Display::NonUtf8 { .. } => return last,
            _ => {}
        }
        let index = LineIndex::new(source);
        let (line, col) = index.line_col(self.span.start);
        let mut out = format!("  File \"{filename}\", line {line}\n");
        let (text, start, end) = match &self.display {
            Display::Text { text, start, end } => (text.as_str(), *start as i64, *end as i64),
            Display::CharCaret => {
                let col = index.char_col(self.span.start) as i64;
                (index.line_text(line), col, col)
            }
            _ => {
                let (end_line, end_col) = index.line_col(self.span.end);
                let text = index.line_text(line);
                // A range running past its first line is underlined to the end of that line.
                let end = if end_line == line {
                    end_col as i64
                } else {
                    text.len() as i64
                };
                (text, col as i64, end)
            }
        };
        // CPython handles the text as a C string: it ends at a NUL byte.
        let text = text.split('\0').next().unwrap_or("");
        let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
        let lead = (text.len() - stripped.len()) as i64;
        out.push_str("    ");
        out.push_str(stripped);
        out.push('\n');
        if self.display == Display::NoCaret {
            out.push_str(&last);
            return out;
        }
        let offset = (start - lead).min(stripped.len() as i64);
        let end = (end - lead).min(stripped.len() as i64);
        if offset >= 0 {
            let carets = if end > offset { end - offset } else { 1 };
            out.push_str("    ");
            out.push_str(&" ".repeat(offset as usize));
            out.push_str(&"^".repeat(carets as usize));
            out.push('\n');
        }
        out.push_str(&last);
        out
    }
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.msg)
    }
}

impl std::error::Error for SyntaxError {}

/// A warning CPython prints while compiling (e.g. `1if x else y`, `x is 1`); the program
/// still runs.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxWarning {
    pub msg: String,
    pub span: Span,
}

impl SyntaxWarning {
    pub(crate) fn new(msg: impl Into<String>, span: Span) -> SyntaxWarning {
        SyntaxWarning {
            msg: msg.into(),
            span,
        }
    }

    /// What the `warnings` module writes to stderr: `FILE:LINE: SyntaxWarning: msg` and the
    /// stripped source line.
    pub fn render(&self, filename: &str, source: &str) -> String {
        let index = LineIndex::new(source);
        let (line, _) = index.line_col(self.span.start);
        let text = index.line_text(line).trim();
        let mut out = format!("{filename}:{line}: SyntaxWarning: {}\n", self.msg);
        if !text.is_empty() {
            out.push_str(&format!("  {text}\n"));
        }
        out
    }
}
