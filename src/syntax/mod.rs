//! Source -> tokens -> AST.
//!
//! A hand-written lexer and recursive-descent parser that accept CPython 3.11's grammar, keep CPython's node positions, and report syntax errors with CPython's messages,
//! locations and rendering.
//!
//! How a program is read, in CPython's order:
//! 1. [`decode_source`] (files only; the page hands over text),
//! 2. [`parse`] / [`parse_with_warnings`]: tokenizer and parser errors,
//! 3. [`check`] / [`check_with_warnings`]: the errors CPython's symbol table and compiler
//!    raise (`'return' outside function`, `nonlocal` bindings, misplaced `*x`, ...).
//!
//! Every AST node's [`ast::Span`] is a byte range with CPython's extent (`col_offset` ..
//! `end_col_offset`, which are byte columns too): a parenthesized expression excludes its
//! parentheses, a call ends at its `)`, a decorated `def` starts at `def`. [`LineIndex`] turns
//! offsets into lines and columns. Nesting is bounded (200 brackets as in CPython, expression
//! trees at most 250 deep) so that the parser and recursive walks over the tree are safe on a
//! small wasm stack; deeper input gets CPython's RecursionError message.
//!
//! Tests compare against python3 3.11: `testdata/gen.py` records what it prints for each
//! program in `testdata/errors` and the node positions of each program in `testdata/spans`.

pub mod ast;
mod check;
mod encoding;
mod error;
mod lexer;
mod line_index;
mod parser;
mod token;
mod unicode_names;

#[cfg(test)]
mod tests;

pub use check::{check, check_with_warnings};
pub use error::{EditorRange, SyntaxError, SyntaxErrorKind, SyntaxWarning};
pub use line_index::LineIndex;

use ast::Span;
use error::Display;

/// Parses a module. Never panics; deeply nested input is refused with an error.
pub fn parse(source: &str) -> Result<ast::Module, SyntaxError> {
    parser::parse_module(source).0
}

/// [`parse`], plus the SyntaxWarnings CPython's tokenizer prints while reading the source
/// (they are printed even when a SyntaxError follows).
pub fn parse_with_warnings(source: &str) -> (Result<ast::Module, SyntaxError>, Vec<SyntaxWarning>) {
    parser::parse_module(source)
}

/// Turns a source file's bytes into text the way CPython reads a script: a UTF-8 BOM is
/// dropped, a PEP 263 coding declaration is honoured (UTF-8, Latin-1, ASCII, cp1251, cp1252,
/// KOI8-R), `\r\n` and `\r` become `\n`, and NUL bytes or undecodable bytes are errors.
pub fn decode_source(bytes: &[u8]) -> Result<String, SyntaxError> {
    let (bytes, bom) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    let encoding_problem = |what: String| {
        SyntaxError::syntax(format!("encoding problem: {what}"), Span::new(0, 0))
            .with_display(Display::MessageOnly)
    };
    let text = match encoding::declared_encoding(bytes) {
        None | Some((_, Some(encoding::Encoding::Utf8))) => decode_utf8(bytes)?,
        Some((name, None)) => return Err(encoding_problem(name)),
        Some((name, Some(_))) if bom => return Err(encoding_problem(format!("{name} with BOM"))),
        Some((name, Some(encoding))) => {
            if let Some(nul) = bytes.iter().position(|&b| b == 0) {
                return Err(null_bytes_error(bytes, nul));
            }
            match encoding::decode_single_byte(bytes, encoding) {
                Some(text) => text,
                None => return Err(encoding_problem(name)),
            }
        }
    };
    Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
}

fn decode_utf8(bytes: &[u8]) -> Result<String, SyntaxError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
            if let Some(nul) = bytes[..at].iter().position(|&b| b == 0) {
                return Err(null_bytes_error(&bytes[..at], nul));
            }
            let error = SyntaxError::syntax(
                format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' on line {line}, but no encoding \
                     declared; see https://peps.python.org/pep-0263/ for details",
                    bytes[at]
                ),
                Span::new(0, 0),
            );
            return Err(error.with_display(Display::NonUtf8 {
                byte: bytes[at],
                line,
            }));
        }
    };
    if let Some(nul) = text.bytes().position(|b| b == 0) {
        return Err(null_bytes_error(text.as_bytes(), nul));
    }
    Ok(text.to_string())
}

fn null_bytes_error(bytes: &[u8], nul: usize) -> SyntaxError {
    let line_start = bytes[..nul]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    SyntaxError::syntax(
        "source code cannot contain null bytes",
        Span::new(line_start as u32, line_start as u32),
    )
    .with_display(Display::NoCaret)
}
