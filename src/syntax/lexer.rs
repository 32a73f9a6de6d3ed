//! The tokenizer: source text -> tokens with INDENT/DEDENT, modelled on CPython 3.11's
//! Parser/tokenizer.c so that its errors, and where they point, come out the same.

mod cursor;

use num_bigint::BigInt;
use num_traits::Num;

use self::cursor::Cursor;
// CPython's tokenizer checks identifiers with the same Unicode properties as `str` methods.
use super::ast::Span;
use super::error::{Display, SyntaxError, SyntaxErrorKind, SyntaxWarning};
use super::token::{StringFlags, Token, TokenKind, TokenValue};
use crate::builtins::str::{is_printable, is_xid_continue, is_xid_start};

/// CPython's MAXLEVEL: brackets nested deeper are refused.
const MAX_PAREN_LEVEL: usize = 200;
/// CPython's MAXINDENT.
const MAX_INDENT: usize = 100;
const TAB_SIZE: u32 = 8;

/// How a tokenizer error competes with a parser error found earlier in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Precedence {
    /// Raised as an exception by CPython's tokenizer: CPython tokenizes the rest of the file
    /// after a parser error and reports this one instead.
    Overrides,
    /// Only reported when the parser reads the token (tabs, dedents, continuation lines).
    WhenReached,
    /// "'(' was never closed": also replaces a parser error found on a later line than the
    /// bracket's (the line is stored here).
    Unclosed(u32),
}

/// A tokenizer error and how it competes with parser errors.
#[derive(Debug, Clone)]
pub(crate) struct LexError {
    pub error: SyntaxError,
    pub precedence: Precedence,
}

/// Every token up to the first tokenizer error, that error, and the warnings on the way.
pub(crate) struct Lexed {
    pub tokens: Vec<Token>,
    pub error: Option<LexError>,
    pub warnings: Vec<SyntaxWarning>,
}

/// Tokenizes a whole module.
pub(crate) fn lex(source: &str) -> Lexed {
    Lexer::new(source, 0, 1, false).run()
}

/// Tokenizes the text of an f-string replacement field as if it were inside brackets:
/// no NEWLINE, INDENT or DEDENT. `base` is its byte offset in the file, `line` its line.
pub(crate) fn lex_nested(text: &str, base: u32, line: u32) -> Lexed {
    Lexer::new(text, base, line, true).run()
}

struct Lexer<'src> {
    cursor: Cursor<'src>,
    base: u32,
    line: u32,
    tokens: Vec<Token>,
    /// Indentation columns (tabs to multiples of 8) and alternative columns (tabs count 1),
    /// compared as CPython does to detect inconsistent tabs.
    indents: Vec<(u32, u32)>,
    /// Open brackets: the character, its offset and its line.
    parens: Vec<(u8, usize, u32)>,
    at_line_start: bool,
    nested: bool,
    warnings: Vec<SyntaxWarning>,
}

type LexResult<T> = Result<T, LexError>;

impl<'src> Lexer<'src> {
    fn new(src: &'src str, base: u32, line: u32, nested: bool) -> Lexer<'src> {
        Lexer {
            cursor: Cursor::new(src),
            base,
            line,
            tokens: Vec::new(),
            indents: vec![(0, 0)],
            parens: Vec::new(),
            at_line_start: !nested,
            nested,
            warnings: Vec::new(),
        }
    }

    fn run(mut self) -> Lexed {
        let error = self.lex_all().err();
        Lexed {
            tokens: self.tokens,
            error,
            warnings: self.warnings,
        }
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.base + start as u32, self.base + end as u32)
    }

    fn push(&mut self, kind: TokenKind, start: usize, end: usize, value: TokenValue) {
        let span = self.span(start, end);
        self.tokens.push(Token { kind, span, value });
    }

    /// An error with a single caret at byte offset `at`.
    /// CPython's tokenizer `syntaxerror()`: it counts the column in characters, and that
    /// count is printed as is (parser errors are printed at byte columns).
    fn error_at(&self, msg: impl Into<String>, at: usize) -> LexError {
        let mut err = self.error_at_byte(msg, at);
        err.error.display = Display::CharCaret;
        err
    }

    /// A tokenizer error CPython reports through the parser, at a byte column.
    fn error_at_byte(&self, msg: impl Into<String>, at: usize) -> LexError {
        self.error_kind(SyntaxErrorKind::SyntaxError, msg, at)
    }

    fn error_kind(&self, kind: SyntaxErrorKind, msg: impl Into<String>, at: usize) -> LexError {
        LexError {
            error: SyntaxError::new(kind, msg, self.span(at, at)),
            precedence: Precedence::Overrides,
        }
    }

    fn lex_all(&mut self) -> LexResult<()> {
        loop {
            if self.at_line_start {
                self.at_line_start = false;
                if self.indentation()? {
                    continue;
                }
            }
            self.skip_whitespace();
            let start = self.cursor.pos();
            if self.cursor.peek() == b'#' {
                while !self.cursor.at_end() && !matches!(self.cursor.peek(), b'\n' | b'\r') {
                    self.cursor.bump_char();
                }
            }
            if self.cursor.at_end() {
                return self.end_of_file();
            }
            let c = self.cursor.peek();
            match c {
                b'\n' | b'\r' => {
                    let newline = self.cursor.pos();
                    self.newline_char();
                    if !self.parens.is_empty() || self.nested {
                        continue;
                    }
                    self.at_line_start = true;
                    if self.line_has_tokens() {
                        // Like CPython's, the token starts where a trailing comment does.
                        self.push(TokenKind::Newline, start, newline + 1, TokenValue::None);
                    }
                }
                b'\\' => {
                    self.cursor.bump();
                    match self.cursor.peek() {
                        b'\n' | b'\r' => {
                            self.newline_char();
                            if self.cursor.at_end() {
                                // Here CPython points just past the backslash.
                                let mut err = self.eof_after_continuation(start + 1);
                                err.error.display = Display::Caret;
                                return Err(err);
                            }
                        }
                        _ if self.cursor.at_end() => {
                            let mut err = self
                                .error_at_byte("unexpected EOF while parsing", self.cursor.pos());
                            err.precedence = Precedence::WhenReached;
                            return Err(err);
                        }
                        _ => {
                            let mut err = self.error_at_byte(
                                "unexpected character after line continuation character",
                                self.cursor.pos(),
                            );
                            err.precedence = Precedence::WhenReached;
                            return Err(err);
                        }
                    }
                }
                b'0'..=b'9' => self.number(start)?,
                b'.' if self.cursor.peek_at(1).is_ascii_digit() => self.number(start)?,
                b'"' | b'\'' => self.string(start, StringFlags::default())?,
                _ if c == b'_' || c.is_ascii_alphabetic() || c >= 128 => self.name(start)?,
                _ => self.operator(start)?,
            }
        }
    }

    /// Consumes one line ending (`\n`, `\r\n` or `\r`).
    fn newline_char(&mut self) {
        if self.cursor.bump() == b'\r' {
            self.cursor.eat(b'\n');
        }
        self.line += 1;
    }

    /// True when the current logical line produced a token (so it needs a NEWLINE).
    fn line_has_tokens(&self) -> bool {
        !matches!(
            self.tokens.last().map(|t| t.kind),
            None | Some(TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent)
        )
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.cursor.peek(), b' ' | b'\t' | b'\x0c') && !self.cursor.at_end() {
            self.cursor.bump();
        }
    }

    /// Measures the indentation at the start of a line and emits INDENT/DEDENT tokens.
    /// Returns true when the line was blank and has been consumed.
    fn indentation(&mut self) -> LexResult<bool> {
        let (mut col, mut altcol) = (0u32, 0u32);
        // Indentation continued over a backslash: as in CPython, the column of the first
        // backslash decides, unless it was 0.
        let mut continued = (0u32, 0u32);
        loop {
            match self.cursor.peek() {
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    altcol += 1;
                }
                b'\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                b'\\' if matches!(self.cursor.peek_at(1), b'\n' | b'\r') => {
                    if continued.0 == 0 {
                        continued = (col, altcol);
                    }
                    let backslash = self.cursor.pos();
                    self.cursor.bump();
                    self.newline_char();
                    if self.cursor.at_end() {
                        return Err(self.eof_after_continuation(backslash));
                    }
                    continue;
                }
                _ => break,
            }
            if self.cursor.at_end() {
                break;
            }
            self.cursor.bump();
        }
        if continued.0 != 0 {
            (col, altcol) = continued;
        }
        let at = self.cursor.pos();
        match self.cursor.peek() {
            b'#' | b'\n' | b'\r' => {
                // A blank or comment-only line: no NEWLINE, no indentation change.
                while !self.cursor.at_end() && !matches!(self.cursor.peek(), b'\n' | b'\r') {
                    self.cursor.bump_char();
                }
                if !self.cursor.at_end() {
                    self.newline_char();
                    self.at_line_start = true;
                    return Ok(true);
                }
                return Ok(false);
            }
            _ if self.cursor.at_end() => return Ok(false),
            _ => {}
        }
        let &(top, alttop) = self.indents.last().unwrap_or(&(0, 0));
        if col == top {
            if altcol != alttop {
                return Err(self.tab_error(at));
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                let mut err = self.error_kind(
                    SyntaxErrorKind::IndentationError,
                    "too many levels of indentation",
                    at,
                );
                err.error.display = Display::NoCaret;
                err.precedence = Precedence::WhenReached;
                return Err(err);
            }
            if altcol <= alttop {
                return Err(self.tab_error(at));
            }
            self.indents.push((col, altcol));
            self.push(TokenKind::Indent, at, at, TokenValue::None);
        } else {
            // Like CPython, check the new level before emitting any DEDENT: an inconsistent
            // dedent is reported right after the NEWLINE.
            let mut keep = self.indents.len();
            while keep > 1 && col < self.indents[keep - 1].0 {
                keep -= 1;
            }
            let (top, alttop) = self.indents[keep - 1];
            if col != top {
                let mut end = at;
                while !matches!(self.cursor.byte_at_pos(end), b'\n' | b'\r' | 0) {
                    end += 1;
                }
                let mut err = self.error_kind(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    end,
                );
                err.precedence = Precedence::WhenReached;
                return Err(err);
            }
            if altcol != alttop {
                return Err(self.tab_error(at));
            }
            while self.indents.len() > keep {
                self.indents.pop();
                self.push(TokenKind::Dedent, at, at, TokenValue::None);
            }
        }
        Ok(false)
    }

    /// A backslash continuing a line into the end of the file.
    fn eof_after_continuation(&self, backslash: usize) -> LexError {
        let mut err = self.error_at_byte("unexpected EOF while parsing", backslash);
        err.error.display = Display::NoCaret;
        err.precedence = Precedence::WhenReached;
        err
    }

    fn tab_error(&self, at: usize) -> LexError {
        let mut err = self.error_kind(
            SyntaxErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation",
            at,
        );
        err.error.display = Display::NoCaret;
        err.precedence = Precedence::WhenReached;
        err
    }

    fn end_of_file(&mut self) -> LexResult<()> {
        let end = self.cursor.pos();
        if let Some(&(c, at, line)) = self.parens.last() {
            let mut err = self.error_at_byte(format!("'{}' was never closed", c as char), at);
            err.precedence = Precedence::Unclosed(line);
            return Err(err);
        }
        if self.nested {
            self.push(TokenKind::EndOfFile, end, end, TokenValue::None);
            return Ok(());
        }
        if self.line_has_tokens() {
            self.push(TokenKind::Newline, end, end, TokenValue::None);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(TokenKind::Dedent, end, end, TokenValue::None);
        }
        self.push(TokenKind::EndOfFile, end, end, TokenValue::None);
        Ok(())
    }

    fn name(&mut self, start: usize) -> LexResult<()> {
        let mut ascii = true;
        while !self.cursor.at_end() {
            let c = self.cursor.peek();
            if c == b'_' || c.is_ascii_alphanumeric() {
                self.cursor.bump();
            } else if c >= 128 {
                ascii = false;
                self.cursor.bump_char();
            } else {
                break;
            }
        }
        let end = self.cursor.pos();
        let text = self.cursor.slice(start, end);
        if matches!(self.cursor.peek(), b'"' | b'\'') {
            if let Some(flags) = string_prefix(text) {
                return self.string(start, flags);
            }
        }
        if !ascii {
            self.verify_identifier(start, text)?;
        }
        match TokenKind::keyword(text) {
            Some(kind) => self.push(kind, start, end, TokenValue::None),
            None => self.push(
                TokenKind::Name,
                start,
                end,
                TokenValue::Name(text.to_string()),
            ),
        }
        Ok(())
    }

    fn verify_identifier(&self, start: usize, text: &str) -> LexResult<()> {
        let mut offset = start;
        for (i, c) in text.chars().enumerate() {
            let ok = if i == 0 {
                is_xid_start(c)
            } else {
                is_xid_continue(c)
            };
            if !ok {
                let msg = if is_printable(c) {
                    format!("invalid character '{c}' (U+{:04X})", c as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                };
                return Err(self.error_at(msg, offset));
            }
            offset += c.len_utf8();
        }
        Ok(())
    }

    fn string(&mut self, start: usize, flags: StringFlags) -> LexResult<()> {
        let mut flags = flags;
        let quote = self.cursor.bump();
        let triple = self.cursor.peek() == quote && self.cursor.peek_at(1) == quote;
        if triple {
            self.cursor.bump();
            self.cursor.bump();
        }
        flags.quote_len = if triple { 3 } else { 1 };
        let body_start = self.cursor.pos();
        let body_end;
        loop {
            if self.cursor.at_end() {
                let msg = if triple {
                    let line = self.line - u32::from(self.ends_with_newline());
                    format!("unterminated triple-quoted string literal (detected at line {line})")
                } else {
                    format!(
                        "unterminated string literal (detected at line {})",
                        self.line
                    )
                };
                return Err(self.error_at(msg, start));
            }
            let c = self.cursor.peek();
            if c == quote {
                if !triple {
                    body_end = self.cursor.pos();
                    self.cursor.bump();
                    break;
                }
                if self.cursor.peek_at(1) == quote && self.cursor.peek_at(2) == quote {
                    body_end = self.cursor.pos();
                    self.cursor.bump();
                    self.cursor.bump();
                    self.cursor.bump();
                    break;
                }
                self.cursor.bump();
            } else if c == b'\n' || c == b'\r' {
                if !triple {
                    return Err(self.error_at(
                        format!(
                            "unterminated string literal (detected at line {})",
                            self.line
                        ),
                        start,
                    ));
                }
                self.newline_char();
            } else if c == b'\\' {
                self.cursor.bump();
                match self.cursor.peek() {
                    b'\n' | b'\r' if !self.cursor.at_end() => self.newline_char(),
                    _ => {
                        self.cursor.bump_char();
                    }
                }
            } else {
                self.cursor.bump_char();
            }
        }
        let value = TokenValue::Str {
            flags,
            body: self.span(body_start, body_end),
        };
        self.push(TokenKind::String, start, self.cursor.pos(), value);
        Ok(())
    }

    fn ends_with_newline(&self) -> bool {
        let pos = self.cursor.pos();
        pos > 0 && matches!(self.cursor.byte_at_pos(pos - 1), b'\n' | b'\r')
    }

    /// The digits after the first one of a decimal run, with single underscores between
    /// digits (CPython's tok_decimal_tail).
    fn decimal_tail(&mut self) -> LexResult<()> {
        loop {
            while self.cursor.peek().is_ascii_digit() {
                self.cursor.bump();
            }
            if self.cursor.peek() != b'_' {
                return Ok(());
            }
            self.cursor.bump();
            if !self.cursor.peek().is_ascii_digit() {
                return Err(self.error_at("invalid decimal literal", self.cursor.pos() - 1));
            }
        }
    }

    /// CPython's verify_end_of_number: a number directly followed by a letter is an error,
    /// except before the keywords that may follow a number in valid code (`1if x else 2`).
    fn verify_end_of_number(&mut self, kind: &str, at: usize, start: usize) -> LexResult<()> {
        let c = self.cursor.byte_at_pos(at);
        // CPython's lookahead: `if`, `in` and `is` by their first two letters; the others
        // must end there.
        let rest = self.cursor.slice(at, (at + 5).min(self.cursor.len()));
        let ends = |n: usize| {
            let c = rest.as_bytes().get(n).copied().unwrap_or(0);
            !(c == b'_' || c.is_ascii_alphanumeric() || c >= 128)
        };
        let keyword = ["if", "in", "is"].iter().any(|k| rest.starts_with(k))
            || ["and", "else", "for", "or", "not"]
                .iter()
                .any(|k| rest.starts_with(k) && ends(k.len()));
        if keyword {
            let span = self.span(start, at);
            self.warnings
                .push(SyntaxWarning::new(format!("invalid {kind} literal"), span));
        } else if c == b'_' || c.is_ascii_alphanumeric() || c >= 128 {
            let caret = if at > start { at - 1 } else { at };
            return Err(self.error_at(format!("invalid {kind} literal"), caret));
        }
        Ok(())
    }

    fn radix_digits(&mut self, radix: u32, kind: &str, start: usize) -> LexResult<()> {
        let valid = |c: u8| (c as char).is_digit(radix);
        loop {
            if self.cursor.peek() == b'_' {
                self.cursor.bump();
            }
            let c = self.cursor.peek();
            if !valid(c) || self.cursor.at_end() {
                if c.is_ascii_digit() {
                    return Err(self.error_at(
                        format!("invalid digit '{}' in {kind} literal", c as char),
                        self.cursor.pos(),
                    ));
                }
                return Err(self.error_at(format!("invalid {kind} literal"), self.cursor.pos() - 1));
            }
            while valid(self.cursor.peek()) && !self.cursor.at_end() {
                self.cursor.bump();
            }
            if self.cursor.peek() != b'_' {
                break;
            }
        }
        let c = self.cursor.peek();
        if c.is_ascii_digit() {
            return Err(self.error_at(
                format!("invalid digit '{}' in {kind} literal", c as char),
                self.cursor.pos(),
            ));
        }
        self.verify_end_of_number(kind, self.cursor.pos(), start)
    }

    fn number(&mut self, start: usize) -> LexResult<()> {
        let first = self.cursor.peek();
        if first == b'0' && matches!(self.cursor.peek_at(1) | 0x20, b'x' | b'o' | b'b') {
            let (radix, kind) = match self.cursor.peek_at(1) | 0x20 {
                b'x' => (16, "hexadecimal"),
                b'o' => (8, "octal"),
                _ => (2, "binary"),
            };
            self.cursor.bump();
            self.cursor.bump();
            self.radix_digits(radix, kind, start)?;
            let end = self.cursor.pos();
            let digits: String = self
                .cursor
                .slice(start + 2, end)
                .chars()
                .filter(|&c| c != '_')
                .collect();
            let value = BigInt::from_str_radix(&digits, radix).unwrap_or_default();
            self.push(TokenKind::Int, start, end, TokenValue::Int(value));
            return Ok(());
        }
        let mut is_float = false;
        if first == b'.' {
            is_float = true;
            self.cursor.bump();
            self.decimal_tail()?;
        } else if first == b'0' {
            // Only zeros are allowed in a decimal integer that starts with 0.
            while self.cursor.peek() == b'0' {
                self.cursor.bump();
                if self.cursor.peek() == b'_' {
                    self.cursor.bump();
                    if !self.cursor.peek().is_ascii_digit() {
                        return Err(self.error_at("invalid decimal literal", self.cursor.pos() - 1));
                    }
                }
            }
            let zeros_end = self.cursor.pos();
            let nonzero = self.cursor.peek().is_ascii_digit();
            if nonzero {
                self.decimal_tail()?;
            }
            let c = self.cursor.peek();
            if nonzero && !matches!(c, b'.' | b'e' | b'E' | b'j' | b'J') {
                let mut err = self.error_at_byte(
                    "leading zeros in decimal integer literals are not permitted; use an 0o \
                     prefix for octal integers",
                    start,
                );
                err.error.span = self.span(start, zeros_end);
                return Err(err);
            }
            if c == b'.' {
                is_float = true;
                self.cursor.bump();
                if self.cursor.peek().is_ascii_digit() {
                    self.decimal_tail()?;
                }
            }
        } else {
            self.decimal_tail()?;
            if self.cursor.peek() == b'.' {
                is_float = true;
                self.cursor.bump();
                if self.cursor.peek().is_ascii_digit() {
                    self.decimal_tail()?;
                }
            }
        }
        if matches!(self.cursor.peek(), b'e' | b'E') {
            let e_pos = self.cursor.pos();
            self.cursor.bump();
            if matches!(self.cursor.peek(), b'+' | b'-') {
                self.cursor.bump();
                if !self.cursor.peek().is_ascii_digit() {
                    return Err(self.error_at("invalid decimal literal", self.cursor.pos() - 1));
                }
            } else if !self.cursor.peek().is_ascii_digit() {
                // `1else`: the `e` starts the next token.
                self.verify_end_of_number("decimal", e_pos, start)?;
                self.cursor.set_pos(e_pos);
                return self.finish_number(start, is_float, false);
            }
            is_float = true;
            self.decimal_tail()?;
        }
        if matches!(self.cursor.peek(), b'j' | b'J') {
            self.cursor.bump();
            self.verify_end_of_number("imaginary", self.cursor.pos(), start)?;
            return self.finish_number(start, true, true);
        }
        self.verify_end_of_number("decimal", self.cursor.pos(), start)?;
        self.finish_number(start, is_float, false)
    }

    fn finish_number(&mut self, start: usize, is_float: bool, imaginary: bool) -> LexResult<()> {
        let end = self.cursor.pos();
        let text: String = self
            .cursor
            .slice(start, end)
            .chars()
            .filter(|&c| !matches!(c, '_' | 'j' | 'J'))
            .collect();
        if imaginary {
            let value = text.parse::<f64>().unwrap_or(f64::INFINITY);
            self.push(TokenKind::Complex, start, end, TokenValue::Float(value));
        } else if is_float {
            let value = text.parse::<f64>().unwrap_or(f64::INFINITY);
            self.push(TokenKind::Float, start, end, TokenValue::Float(value));
        } else {
            let value = text.parse::<BigInt>().unwrap_or_default();
            self.push(TokenKind::Int, start, end, TokenValue::Int(value));
        }
        Ok(())
    }

    fn operator(&mut self, start: usize) -> LexResult<()> {
        use TokenKind::*;
        const THREE: [(&str, TokenKind); 4] = [
            ("**=", DoubleStarEqual),
            ("...", Ellipsis),
            ("//=", DoubleSlashEqual),
            ("<<=", LeftShiftEqual),
        ];
        const TWO: [(&str, TokenKind); 20] = [
            ("!=", NotEqual),
            ("%=", PercentEqual),
            ("&=", AmperEqual),
            ("**", DoubleStar),
            ("*=", StarEqual),
            ("+=", PlusEqual),
            ("-=", MinusEqual),
            ("->", Rarrow),
            ("//", DoubleSlash),
            ("/=", SlashEqual),
            (":=", ColonEqual),
            ("<<", LeftShift),
            ("<=", LessEqual),
            // Only an operator under `from __future__ import barry_as_FLUFL`; otherwise one
            // token that no rule accepts.
            ("<>", Unknown),
            ("==", EqEqual),
            (">=", GreaterEqual),
            (">>", RightShift),
            ("@=", AtEqual),
            ("^=", CircumflexEqual),
            ("|=", VbarEqual),
        ];
        if self.cursor.starts_with(">>=") {
            self.cursor.set_pos(start + 3);
            self.push(RightShiftEqual, start, start + 3, TokenValue::None);
            return Ok(());
        }
        for (text, kind) in THREE {
            if self.cursor.starts_with(text) {
                self.cursor.set_pos(start + 3);
                self.push(kind, start, start + 3, TokenValue::None);
                return Ok(());
            }
        }
        for (text, kind) in TWO {
            if self.cursor.starts_with(text) {
                self.cursor.set_pos(start + 2);
                self.push(kind, start, start + 2, TokenValue::None);
                return Ok(());
            }
        }
        let c = self.cursor.bump();
        let kind = match c {
            b'(' | b'[' | b'{' => {
                if self.parens.len() >= MAX_PAREN_LEVEL {
                    return Err(self.error_at("too many nested parentheses", start));
                }
                self.parens.push((c, start, self.line));
                match c {
                    b'(' => Lpar,
                    b'[' => Lsqb,
                    _ => Lbrace,
                }
            }
            b')' | b']' | b'}' => {
                let Some((open, _, open_line)) = self.parens.pop() else {
                    return Err(self.error_at(format!("unmatched '{}'", c as char), start));
                };
                let expected = match open {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if c != expected {
                    let msg = if open_line != self.line {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}' \
                             on line {open_line}",
                            c as char, open as char
                        )
                    } else {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        )
                    };
                    return Err(self.error_at(msg, start));
                }
                match c {
                    b')' => Rpar,
                    b']' => Rsqb,
                    _ => Rbrace,
                }
            }
            b':' => Colon,
            b',' => Comma,
            b';' => Semi,
            b'+' => Plus,
            b'-' => Minus,
            b'*' => Star,
            b'/' => Slash,
            b'|' => Vbar,
            b'&' => Amper,
            b'<' => Less,
            b'>' => Greater,
            b'=' => Equal,
            b'.' => Dot,
            b'%' => Percent,
            b'~' => Tilde,
            b'^' => CircumFlex,
            b'@' => At,
            _ => Unknown,
        };
        self.push(kind, start, start + 1, TokenValue::None);
        Ok(())
    }
}

/// The flags of a valid string prefix (`rb`, `F`, ...), or None.
fn string_prefix(text: &str) -> Option<StringFlags> {
    if text.len() > 2 {
        return None;
    }
    let mut flags = StringFlags::default();
    for c in text.chars() {
        match c.to_ascii_lowercase() {
            'r' if !flags.raw => flags.raw = true,
            'b' if !flags.bytes && !flags.fstring && !flags.unicode => flags.bytes = true,
            'f' if !flags.bytes && !flags.fstring && !flags.unicode => flags.fstring = true,
            'u' if text.len() == 1 => flags.unicode = true,
            _ => return None,
        }
    }
    Some(flags)
}
