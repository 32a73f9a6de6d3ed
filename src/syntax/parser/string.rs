//! String literals: escapes, implicit concatenation, and f-strings (CPython 3.11 rules: the
//! tokenizer sees an f-string as one STRING token, and the parser splits its replacement
//! fields out and parses each as `(expression)`).

use super::expression::expr;
use super::{resolve, PResult, ParseError, Parser};
use crate::syntax::ast::{Constant, Expr, ExprKind, Span};
use crate::syntax::error::Display;
use crate::syntax::lexer::lex_nested;
use crate::syntax::token::{StringFlags, TokenKind, TokenValue};

/// f-strings may nest inside a replacement field only this deep (CPython: 2).
const MAX_FSTRING_NESTING: u32 = 2;

/// Pieces of a (possibly concatenated) f-string before they become a `JoinedStr`.
enum Part {
    Literal(String),
    Field(Expr),
}

/// A problem found while decoding; where it is reported is decided by the caller.
struct DecodeError(String);

impl Parser<'_> {
    /// One or more adjacent string tokens.
    #[inline(never)]
    pub(super) fn strings(&mut self) -> PResult<Expr> {
        let mut pieces = Vec::new();
        while self.at(TokenKind::String) {
            let token = self.bump();
            if let TokenValue::Str { flags, body } = token.value {
                pieces.push((flags, body, token.span));
            }
        }
        // CPython reports string errors at the token after the strings.
        let error_span = self.span();
        let Some(&(_, _, first)) = pieces.first() else {
            return Err(self.invalid_syntax());
        };
        let span = Span::new(first.start, self.prev_end());
        let bytes = pieces[0].0.bytes;
        if pieces.iter().any(|(flags, _, _)| flags.bytes != bytes) {
            return Err(self.error("cannot mix bytes and nonbytes literals", error_span));
        }
        if bytes {
            let mut value = Vec::new();
            for &(flags, body, token_span) in &pieces {
                let text = self.text(body);
                if !text.is_ascii() {
                    return Err(self.error(
                        "bytes can only contain ASCII literal characters",
                        token_span,
                    ));
                }
                let decoded = if flags.raw {
                    text.as_bytes().to_vec()
                } else {
                    decode_escapes(text, true).map_err(|e| self.unicode_error(e, error_span))?
                };
                value.extend(decoded.iter().copied());
            }
            return Ok(expr(ExprKind::Constant(Constant::Bytes(value)), span));
        }
        let mut parts: Vec<Part> = Vec::new();
        let any_fstring = pieces.iter().any(|(flags, _, _)| flags.fstring);
        for &(flags, body, _) in &pieces {
            let text = self.text(body);
            if flags.fstring {
                self.fstring_parts(text, body.start, flags, span, error_span, 0, &mut parts)?;
            } else {
                let value = self.decode_str(text, flags, error_span)?;
                parts.push(Part::Literal(value));
            }
        }
        if !any_fstring {
            let value: String = parts
                .into_iter()
                .map(|p| match p {
                    Part::Literal(s) => s,
                    Part::Field(_) => String::new(),
                })
                .collect();
            return Ok(expr(ExprKind::Constant(Constant::Str(value)), span));
        }
        Ok(expr(ExprKind::JoinedStr(join_parts(parts, span)), span))
    }

    fn decode_str(&self, text: &str, flags: StringFlags, at: Span) -> PResult<String> {
        if flags.raw {
            return Ok(text.to_string());
        }
        let bytes = decode_escapes(text, false).map_err(|e| self.unicode_error(e, at))?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    fn unicode_error(&self, error: DecodeError, at: Span) -> ParseError {
        self.error(error.0, at)
    }

    fn fstring_error(&self, msg: &str, at: Span) -> ParseError {
        self.error(format!("f-string: {msg}"), at)
    }

    /// Splits an f-string body into literal text and replacement fields (CPython's
    /// fstring_find_literal / fstring_find_expr). `offset` is the body's position in the file.
    #[allow(clippy::too_many_arguments)]
    fn fstring_parts(
        &mut self,
        text: &str,
        offset: u32,
        flags: StringFlags,
        whole: Span,
        at: Span,
        nesting: u32,
        parts: &mut Vec<Part>,
    ) -> PResult<usize> {
        let bytes = text.as_bytes();
        let mut i = 0;
        let mut literal_start = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\\' if !flags.raw => {
                    // Skip the escaped character so an escaped brace stays literal text.
                    i += 1 + text[i + 1..].chars().next().map_or(0, char::len_utf8);
                }
                b'{' if bytes.get(i + 1) == Some(&b'{') && nesting == 0 => {
                    let literal = self.decode_str(&text[literal_start..i + 1], flags, at)?;
                    parts.push(Part::Literal(literal));
                    i += 2;
                    literal_start = i;
                }
                b'}' if bytes.get(i + 1) == Some(&b'}') && nesting == 0 => {
                    let literal = self.decode_str(&text[literal_start..i + 1], flags, at)?;
                    parts.push(Part::Literal(literal));
                    i += 2;
                    literal_start = i;
                }
                b'}' if nesting > 0 => break,
                b'}' => return Err(self.fstring_error("single '}' is not allowed", at)),
                b'{' => {
                    let literal = self.decode_str(&text[literal_start..i], flags, at)?;
                    parts.push(Part::Literal(literal));
                    i =
                        self.replacement_field(text, i, offset, flags, whole, at, nesting, parts)?;
                    literal_start = i;
                }
                _ => i += 1,
            }
        }
        let end = i.min(bytes.len());
        let literal = self.decode_str(&text[literal_start..end], flags, at)?;
        parts.push(Part::Literal(literal));
        Ok(end)
    }

    /// Parses `{expr[=][!c][:spec]}` starting at the `{` at `open`; returns the offset after
    /// the closing `}`.
    #[allow(clippy::too_many_arguments)]
    fn replacement_field(
        &mut self,
        text: &str,
        open: usize,
        offset: u32,
        flags: StringFlags,
        whole: Span,
        at: Span,
        nesting: u32,
        parts: &mut Vec<Part>,
    ) -> PResult<usize> {
        if nesting >= MAX_FSTRING_NESTING {
            return Err(self.fstring_error("expressions nested too deeply", at));
        }
        let bytes = text.as_bytes();
        let expr_start = open + 1;
        let mut i = expr_start;
        let mut quote: Option<(u8, bool)> = None;
        let mut stack: Vec<u8> = Vec::new();
        while i < bytes.len() {
            let c = bytes[i];
            if c == b'\\' {
                return Err(self.error("f-string expression part cannot include a backslash", at));
            }
            if let Some((q, triple)) = quote {
                if c == q {
                    if !triple {
                        quote = None;
                    } else if bytes.get(i + 1) == Some(&q) && bytes.get(i + 2) == Some(&q) {
                        quote = None;
                        i += 2;
                    }
                }
                i += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = bytes.get(i + 1) == Some(&c) && bytes.get(i + 2) == Some(&c);
                    quote = Some((c, triple));
                    if triple {
                        i += 2;
                    }
                }
                b'[' | b'{' | b'(' => {
                    if stack.len() >= 200 {
                        return Err(self.fstring_error("too many nested parenthesis", at));
                    }
                    stack.push(c);
                }
                b'#' => {
                    return Err(self.error("f-string expression part cannot include '#'", at));
                }
                b'!' | b'=' | b'<' | b'>'
                    if stack.is_empty() && bytes.get(i + 1) == Some(&b'=') =>
                {
                    i += 1;
                }
                b'<' | b'>' => {}
                b'!' | b':' | b'}' | b'=' if stack.is_empty() => break,
                b']' | b'}' | b')' => {
                    let Some(opening) = stack.pop() else {
                        return Err(self.fstring_error(&format!("unmatched '{}'", c as char), at));
                    };
                    let expected = match opening {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        return Err(self.fstring_error(
                            &format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, opening as char
                            ),
                            at,
                        ));
                    }
                }
                _ => {}
            }
            i += 1;
        }
        if quote.is_some() {
            return Err(self.fstring_error("unterminated string", at));
        }
        if let Some(&opening) = stack.last() {
            return Err(self.fstring_error(&format!("unmatched '{}'", opening as char), at));
        }
        if i >= bytes.len() {
            return Err(self.fstring_error("expecting '}'", at));
        }
        let expr_end = i;
        let source = &text[expr_start..expr_end];
        if source
            .trim_matches([' ', '\t', '\n', '\r', '\x0c', '\x0b'])
            .is_empty()
        {
            return Err(self.fstring_error("empty expression not allowed", at));
        }
        let value = self.fstring_expression(source, offset + expr_start as u32)?;
        let mut conversion = None;
        if bytes[i] == b'=' {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            if i >= bytes.len() {
                return Err(self.fstring_error("expecting '}'", at));
            }
            parts.push(Part::Literal(text[expr_start..i].to_string()));
            conversion = Some('r');
        }
        let mut explicit_conversion = false;
        if bytes[i] == b'!' {
            i += 1;
            let Some(c) = text[i..].chars().next() else {
                return Err(self.fstring_error("expecting '}'", at));
            };
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(self.fstring_error(
                    "invalid conversion character: expected 's', 'r', or 'a'",
                    at,
                ));
            }
            conversion = Some(c);
            explicit_conversion = true;
            i += c.len_utf8();
        }
        if i >= bytes.len() {
            return Err(self.fstring_error("expecting '}'", at));
        }
        let mut format_spec = None;
        if bytes[i] == b':' {
            i += 1;
            if i >= bytes.len() {
                return Err(self.fstring_error("expecting '}'", at));
            }
            let mut spec_parts = Vec::new();
            let consumed = self.fstring_parts(
                &text[i..],
                offset + i as u32,
                flags,
                whole,
                at,
                nesting + 1,
                &mut spec_parts,
            )?;
            i += consumed;
            format_spec = Some(Box::new(expr(
                ExprKind::JoinedStr(join_parts(spec_parts, whole)),
                whole,
            )));
            if !explicit_conversion && conversion == Some('r') {
                // `{x=:spec}` formats with the spec instead of repr.
                conversion = None;
            }
        }
        if i >= bytes.len() || bytes[i] != b'}' {
            return Err(self.fstring_error("expecting '}'", at));
        }
        parts.push(Part::Field(expr(
            ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
            whole,
        )));
        Ok(i + 1)
    }

    /// Parses the text of a replacement field as CPython 3.11 does: as `(text)`.
    fn fstring_expression(&mut self, text: &str, base: u32) -> PResult<Expr> {
        let line = self.line_of(base);
        let lexed = lex_nested(text, base, line);
        let lines = self.lines.clone();
        let mut sub = Parser::new(self.source, lexed.tokens, lexed.error.as_ref(), 1, lines);
        sub.in_fstring = true;
        sub.frames = self.frames;
        let result = sub.fstring_body();
        let shown = format!("({text})");
        resolve(&sub, result, lexed.error).map_err(|mut error| {
            if matches!(error.display, Display::Caret | Display::CharCaret) {
                let start = error.span.start.saturating_sub(base) + 1;
                let end = error.span.end.saturating_sub(base) + 1;
                error.display = Display::Text {
                    text: shown,
                    start,
                    end,
                };
            }
            ParseError {
                error: Box::new(error),
                final_: false,
                generic: false,
            }
        })
    }

    fn fstring_body(&mut self) -> PResult<Expr> {
        let value = if self.at(TokenKind::Yield) {
            self.yield_expr()?
        } else {
            self.star_expressions()?
        };
        if let ExprKind::Starred(_) = value.kind {
            return Err(self.error("cannot use starred expression here", value.span));
        }
        if !self.at(TokenKind::EndOfFile) {
            return Err(self.invalid_syntax());
        }
        Ok(value)
    }
}

/// Merges adjacent literal parts and drops empty ones, as CPython's JoinedStr does.
fn join_parts(parts: Vec<Part>, span: Span) -> Vec<Expr> {
    let mut values = Vec::new();
    let mut literal = String::new();
    for part in parts {
        match part {
            Part::Literal(s) => literal.push_str(&s),
            Part::Field(e) => {
                if !literal.is_empty() {
                    let text = std::mem::take(&mut literal);
                    values.push(expr(ExprKind::Constant(Constant::Str(text)), span));
                }
                values.push(e);
            }
        }
    }
    if !literal.is_empty() {
        values.push(expr(ExprKind::Constant(Constant::Str(literal)), span));
    }
    values
}

/// CPython decodes a str literal after rewriting each non-ASCII character as `\UXXXXXXXX`
/// (and a backslash right before one as `\u005c`); its error positions count in that text.
fn escaped_offset(text: &str, byte: usize) -> usize {
    let mut chars = text[..byte.min(text.len())].chars().peekable();
    let mut offset = 0;
    while let Some(c) = chars.next() {
        offset += match c {
            '\\' if chars.peek().is_some_and(|n| !n.is_ascii()) => 6,
            c if c.is_ascii() => 1,
            _ => 10,
        };
    }
    offset
}

/// Decodes backslash escapes. For `str` the result is UTF-8; characters that cannot be in a
/// Rust string (lone surrogates) become U+FFFD.
fn decode_escapes(text: &str, bytes_literal: bool) -> Result<Vec<u8>, DecodeError> {
    let codec = if bytes_literal {
        "(value error)"
    } else {
        "(unicode error) 'unicodeescape' codec can't decode bytes in"
    };
    let mut out = Vec::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    let push_char = |out: &mut Vec<u8>, c: char| {
        let mut buf = [0u8; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    };
    while let Some((start, c)) = chars.next() {
        if c != '\\' {
            push_char(&mut out, c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            return Err(DecodeError(if bytes_literal {
                "(value error) Trailing \\ in string".to_string()
            } else {
                let at = escaped_offset(text, start);
                format!("{codec} position {at}-{at}: \\ at end of string")
            }));
        };
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek().map(|&(_, c)| c) == Some('\n') {
                    chars.next();
                }
            }
            '\\' => out.push(b'\\'),
            '\'' => out.push(b'\''),
            '"' => out.push(b'"'),
            'a' => out.push(7),
            'b' => out.push(8),
            'f' => out.push(12),
            'n' => out.push(b'\n'),
            'r' => out.push(b'\r'),
            't' => out.push(b'\t'),
            'v' => out.push(11),
            '0'..='7' => {
                let mut value = e as u32 - '0' as u32;
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            value = value * 8 + (d as u32 - '0' as u32);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                if bytes_literal {
                    out.push(value as u8);
                } else {
                    push_char(&mut out, char::from_u32(value).unwrap_or('\u{fffd}'));
                }
            }
            'x' | 'u' | 'U' if !(bytes_literal && e != 'x') => {
                let (len, name) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut value = 0u32;
                let mut end = start + 2;
                for _ in 0..len {
                    match chars.peek() {
                        Some(&(i, d)) if d.is_ascii_hexdigit() => {
                            value = value * 16 + d.to_digit(16).unwrap_or(0);
                            end = i + 1;
                            chars.next();
                        }
                        _ => {
                            return Err(DecodeError(if bytes_literal {
                                format!("(value error) invalid \\x escape at position {start}")
                            } else {
                                let at = escaped_offset(text, start);
                                format!("{codec} position {at}-{}: {name}", at + end - 1 - start)
                            }));
                        }
                    }
                }
                if bytes_literal {
                    out.push(value as u8);
                } else if value > 0x10FFFF {
                    let at = escaped_offset(text, start);
                    return Err(DecodeError(format!(
                        "{codec} position {at}-{}: illegal Unicode character",
                        at + end - 1 - start
                    )));
                } else {
                    push_char(&mut out, char::from_u32(value).unwrap_or('\u{fffd}'));
                }
            }
            'N' if !bytes_literal => {
                let named =
                    chars.peek().map(|&(_, c)| c) == Some('{') && text[start..].contains('}');
                if !named {
                    let at = escaped_offset(text, start);
                    return Err(DecodeError(format!(
                        "{codec} position {at}-{}: malformed \\N character escape",
                        at + 1
                    )));
                }
                chars.next();
                let mut name = String::new();
                for (_, c) in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                    name.push(c);
                }
                match crate::syntax::unicode_names::lookup(&name) {
                    Some(c) => push_char(&mut out, c),
                    None => {
                        return Err(DecodeError(format!(
                            "heapscope does not know the character name \\N{{{name}}} (it \
                             knows common Latin, Greek and Cyrillic letters, punctuation, \
                             symbols and emoticons)"
                        )))
                    }
                }
            }
            other => {
                // Unknown escapes keep their backslash (CPython only warns).
                out.push(b'\\');
                push_char(&mut out, other);
            }
        }
    }
    Ok(out)
}
