//! Printing exceptions as CPython 3.11 does (`PyErr_Display`, Python/traceback.c): chained
//! exceptions, the source line of each frame, the `~~~^^^` markers under the failing
//! expression, repeated-line folding, and "Did you mean" suggestions.

use super::Vm;
use crate::heap::{ObjId, Payload};
use crate::syntax::ast::{ExprKind, StmtKind};

/// `TB_RECURSIVE_CUTOFF`.
const RECURSIVE_CUTOFF: usize = 3;
/// Default `sys.tracebacklimit`.
const TRACEBACK_LIMIT: usize = 1000;

const TRACEBACK_HEADER: &str = "Traceback (most recent call last):\n";
const GROUP_TRACEBACK_HEADER: &str = "Exception Group Traceback (most recent call last):\n";
/// `max_group_width` and `max_group_depth` of `_PyErr_Display`.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// `struct exception_print_context`.
struct PrintContext {
    seen: Vec<ObjId>,
    /// How many exception groups deep the printing is.
    group_depth: usize,
    /// Whether the last member of a group still owes the box's closing line.
    need_close: bool,
}

impl PrintContext {
    /// `EXC_INDENT`.
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// `EXC_MARGIN`.
    fn margin(&self) -> &'static str {
        if self.group_depth > 0 {
            "| "
        } else {
            ""
        }
    }

    /// Every line of `text` behind `_Py_WriteIndentedMargin`.
    fn with_margin(&self, text: &str) -> String {
        if self.group_depth == 0 {
            return text.to_string();
        }
        let prefix = format!("{}{}", self.indent(), self.margin());
        text.split_inclusive('\n')
            .map(|line| format!("{prefix}{line}"))
            .collect()
    }
}

struct TbEntry {
    filename: String,
    lineno: u32,
    name: String,
    code: ObjId,
    lasti: u32,
}

impl Vm {
    /// The complete report for an uncaught exception, with its causes and contexts
    /// (`_PyErr_Display`).
    pub fn format_exception(&mut self, exc: ObjId) -> String {
        let mut ctx = PrintContext {
            seen: Vec::new(),
            group_depth: 0,
            need_close: false,
        };
        self.format_exception_recursive(&mut ctx, exc)
    }

    /// `print_exception_recursive`: the chained exceptions first, then this one.
    fn format_exception_recursive(&mut self, ctx: &mut PrintContext, exc: ObjId) -> String {
        let mut out = self.format_cause_and_context(ctx, exc);
        if crate::builtins::exception_group::group_fields(self, exc).is_some() {
            out.push_str(&self.format_exception_group(ctx, exc));
        } else {
            out.push_str(&self.format_one_exception(ctx, exc));
        }
        out
    }

    /// `print_exception_cause_and_context`: a cause that was already printed stops the
    /// chain there (the context is not looked at).
    fn format_cause_and_context(&mut self, ctx: &mut PrintContext, exc: ObjId) -> String {
        ctx.seen.push(exc);
        let (cause, context, suppress) = match self.heap.payload(exc) {
            Payload::Exception(e) => (e.cause, e.context, e.suppress_context),
            _ => return String::new(),
        };
        let (chained, message) = match (cause, context) {
            (Some(c), _) => (
                c,
                "The above exception was the direct cause of the following exception:\n",
            ),
            (None, Some(c)) if !suppress => (
                c,
                "During handling of the above exception, another exception occurred:\n",
            ),
            _ => return String::new(),
        };
        if ctx.seen.contains(&chained) {
            return String::new();
        }
        // print_chained
        let need_close = ctx.need_close;
        let mut out = self.format_exception_recursive(ctx, chained);
        ctx.need_close = need_close;
        out.push_str(&ctx.with_margin(&format!("\n{message}\n")));
        out
    }

    /// `print_exception`: traceback, exception line and notes, each line behind the margin
    /// of the group it is printed in.
    fn format_one_exception(&mut self, ctx: &PrintContext, exc: ObjId) -> String {
        let is_group = crate::builtins::exception_group::group_fields(self, exc).is_some();
        let mut out = String::new();
        let tb = self.format_traceback_of(exc);
        if let Some(frames) = tb.strip_prefix(TRACEBACK_HEADER) {
            let (header, header_margin) = match (is_group, ctx.group_depth) {
                (true, 1) => (GROUP_TRACEBACK_HEADER, "+ "),
                (true, _) => (GROUP_TRACEBACK_HEADER, ctx.margin()),
                (false, _) => (TRACEBACK_HEADER, ctx.margin()),
            };
            out.push_str(&ctx.indent());
            out.push_str(header_margin);
            out.push_str(header);
            out.push_str(&ctx.with_margin(frames));
        }
        let only = self.format_exception_only(exc);
        out.push_str(&ctx.with_margin(&only));
        let notes = self.format_exception_notes(exc);
        out.push_str(&ctx.with_margin(&notes));
        out
    }

    /// `print_exception_group`: the group itself, then each member in a numbered box (at
    /// most 15, at most 10 groups deep).
    fn format_exception_group(&mut self, ctx: &mut PrintContext, exc: ObjId) -> String {
        if ctx.group_depth > MAX_GROUP_DEPTH {
            return ctx.with_margin(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
        }
        if ctx.group_depth == 0 {
            ctx.group_depth += 1;
        }
        let mut out = self.format_one_exception(ctx, exc);
        let excs = crate::builtins::exception_group::group_fields(self, exc)
            .map(|(_, excs)| self.tuple_items(Some(excs)))
            .unwrap_or_default();
        let shown = excs.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for (i, &member) in excs.iter().take(shown).enumerate() {
            let last = i + 1 == shown;
            if last {
                // The closing line may be printed by a nested group instead.
                ctx.need_close = true;
            }
            let lead = if i == 0 { "+-" } else { "  " };
            let truncated = i >= MAX_GROUP_WIDTH;
            out.push_str(&ctx.indent());
            if truncated {
                out.push_str(&format!("{lead}+---------------- ... ----------------\n"));
            } else {
                out.push_str(&format!(
                    "{lead}+---------------- {} ----------------\n",
                    i + 1
                ));
            }
            ctx.group_depth += 1;
            if truncated {
                let remaining = excs.len() - MAX_GROUP_WIDTH;
                let s = if remaining > 1 { "s" } else { "" };
                out.push_str(&ctx.with_margin(&format!("and {remaining} more exception{s}\n")));
            } else {
                out.push_str(&self.format_exception_recursive(ctx, member));
            }
            if last && ctx.need_close {
                out.push_str(&ctx.indent());
                out.push_str("+------------------------------------\n");
                ctx.need_close = false;
            }
            ctx.group_depth -= 1;
        }
        if ctx.group_depth == 1 {
            ctx.group_depth -= 1;
        }
        out
    }

    /// `print_exception_notes`: each note of `__notes__` on its own line; a `__notes__` that
    /// is not a sequence is printed as its repr.
    fn format_exception_notes(&mut self, exc: ObjId) -> String {
        let notes = match self.getattr_opt(exc, "__notes__") {
            Ok(Some(n)) => n,
            Ok(None) => return String::new(),
            Err(e) => {
                self.text_or_clear(Err(e));
                return String::new();
            }
        };
        let items = match self.heap.payload(notes) {
            Payload::List(l) => Some(l.items.clone()),
            Payload::Tuple(t) => Some(t.clone()),
            Payload::Str(_) => {
                let text = self.str_of(notes);
                Some(
                    text.chars()
                        .map(|c| self.new_str_owned(c.to_string()))
                        .collect(),
                )
            }
            _ => None,
        };
        let owned = matches!(self.heap.payload(notes), Payload::Str(_));
        let mut out = String::new();
        match items {
            None => {
                let r = self.repr_string(notes);
                match r {
                    Ok(s) => out.push_str(&s),
                    Err(e) => {
                        self.text_or_clear(Err(e));
                        out.push_str("<__notes__ repr() failed>");
                    }
                }
            }
            Some(items) => {
                for &note in &items {
                    if !owned {
                        self.incref(note);
                    }
                }
                for note in items {
                    match self.str_string(note) {
                        Ok(s) => out.push_str(&s),
                        Err(e) => {
                            self.text_or_clear(Err(e));
                            out.push_str("<note str() failed>");
                        }
                    }
                    out.push('\n');
                    self.decref(note);
                }
            }
        }
        self.decref(notes);
        out
    }

    fn format_traceback_of(&mut self, exc: ObjId) -> String {
        let mut entries = Vec::new();
        let mut tb = match self.heap.payload(exc) {
            Payload::Exception(e) => e.traceback,
            _ => None,
        };
        while let Some(t) = tb {
            let Payload::Traceback {
                next,
                frame,
                lasti,
                lineno,
            } = *self.heap.payload(t)
            else {
                break;
            };
            let code = match self.heap.payload(frame) {
                Payload::Frame(f) => f.code,
                _ => break,
            };
            let c = self.code_of(code);
            entries.push(TbEntry {
                filename: c.filename.to_string(),
                lineno,
                name: c.name.to_string(),
                code,
                lasti,
            });
            tb = next;
        }
        if entries.is_empty() {
            return String::new();
        }
        let skip = entries.len().saturating_sub(TRACEBACK_LIMIT);
        let mut out = String::from(TRACEBACK_HEADER);
        let mut last: Option<(String, u32, String)> = None;
        let mut repeats = 0usize;
        for e in &entries[skip..] {
            let key = (e.filename.clone(), e.lineno, e.name.clone());
            if last.as_ref() == Some(&key) {
                repeats += 1;
                if repeats > RECURSIVE_CUTOFF {
                    continue;
                }
            } else {
                if repeats > RECURSIVE_CUTOFF {
                    out.push_str(&repeated_line(repeats - RECURSIVE_CUTOFF));
                }
                last = Some(key);
                repeats = 1;
            }
            out.push_str(&self.format_tb_line(e));
        }
        if repeats > RECURSIVE_CUTOFF {
            out.push_str(&repeated_line(repeats - RECURSIVE_CUTOFF));
        }
        out
    }

    /// One frame: `  File "...", line N, in name`, the source line, the markers.
    fn format_tb_line(&self, e: &TbEntry) -> String {
        let mut out = format!(
            "  File \"{}\", line {}, in {}\n",
            e.filename, e.lineno, e.name
        );
        // _Py_DisplaySourceLine imports `io`, which fails once finalize_modules has emptied
        // sys.modules: tracebacks printed after that have no source lines.
        if self.modules_finalized {
            return out;
        }
        let Some(source) = self.sources.get(e.filename.as_str()) else {
            return out;
        };
        let Some(line) = source.lines().nth(e.lineno as usize - 1) else {
            return out;
        };
        let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
        let indent = line.len() - stripped.len();
        let stripped = stripped.trim_end();
        if stripped.is_empty() {
            return out;
        }
        out.push_str("    ");
        out.push_str(stripped);
        out.push('\n');
        let code = self.code_of(e.code);
        let Some(pos) = code.positions.get(e.lasti as usize).copied() else {
            return out;
        };
        if pos.line == 0 || pos.line != e.lineno {
            return out;
        }
        let start_byte = pos.col as usize;
        let mut end_byte = pos.end_col as usize;
        if pos.end_line != pos.line {
            end_byte = indent + stripped.len();
        }
        if start_byte > line.len() || end_byte > line.len() || end_byte < start_byte {
            return out;
        }
        let to_chars = |b: usize| line.get(..b).map(|s| s.chars().count()).unwrap_or(0);
        let start = to_chars(start_byte);
        let end = to_chars(end_byte);
        let anchors = if pos.end_line == pos.line {
            line.get(start_byte..end_byte).and_then(caret_anchors)
        } else {
            None
        };
        let indent_chars = to_chars(indent);
        let stripped_len = stripped.chars().count();
        if end - start == stripped_len && anchors.is_none() {
            return out;
        }
        out.push_str("    ");
        out.push_str(&" ".repeat(start.saturating_sub(indent_chars)));
        for i in start..end {
            let c = match anchors {
                Some((left_end, right_start)) => {
                    let rel = i - start;
                    if rel < left_end || rel >= right_start {
                        '~'
                    } else {
                        '^'
                    }
                }
                None => '^',
            };
            out.push(c);
        }
        out.push('\n');
        out
    }

    /// The last line: `TypeName: message`, with "Did you mean" suggestions.
    pub fn format_exception_only(&mut self, exc: ObjId) -> String {
        let ty = self.heap.type_of(exc);
        let (name, module) = match self.heap.payload(ty) {
            Payload::Type(t) => (t.qualname.to_string(), t.module.to_string()),
            _ => ("?".to_string(), String::new()),
        };
        let qualified = if module == "builtins" || module == "__main__" || module.is_empty() {
            name
        } else {
            format!("{module}.{name}")
        };
        let mut location = String::new();
        let str_result = match self.syntax_error_location(exc) {
            Some((text, message)) => {
                location = text;
                if message == self.none {
                    self.decref(message);
                    return format!("{location}{qualified}\n");
                }
                let r = self.str_string(message);
                self.decref(message);
                r
            }
            None => self.str_string(exc),
        };
        let mut msg = match str_result {
            Ok(s) => s,
            Err(e) => {
                self.text_or_clear(Err(e));
                "<exception str() failed>".to_string()
            }
        };
        if let Some(s) = self.suggestion_for(exc) {
            msg.push_str(&format!(". Did you mean: '{s}'?"));
        }
        if msg.is_empty() {
            format!("{location}{qualified}\n")
        } else {
            format!("{location}{qualified}: {msg}\n")
        }
    }

    /// `parse_syntax_error` + `print_error_text`: for a SyntaxError with a line number, the
    /// `  File "f", line N` line, the source text and the carets, and the `msg` to print
    /// instead of `str(exc)` (new reference). None when the exception has no location.
    fn syntax_error_location(&mut self, exc: ObjId) -> Option<(String, ObjId)> {
        if !self.isinstance_of(exc, self.types.syntax_error) {
            return None;
        }
        let mut fields = Vec::new();
        for name in [
            "msg",
            "filename",
            "lineno",
            "offset",
            "end_lineno",
            "end_offset",
            "text",
        ] {
            match self.getattr_opt(exc, name) {
                Ok(v) => fields.push(v.unwrap_or_else(|| self.new_none())),
                Err(e) => {
                    self.text_or_clear(Err(e));
                    for f in fields {
                        self.decref(f);
                    }
                    return None;
                }
            }
        }
        let int = |vm: &Vm, v: ObjId, none: Option<i64>| -> Option<i64> {
            match vm.heap.payload(v) {
                Payload::Int(i) => Some(*i),
                Payload::Bool(b) => Some(i64::from(*b)),
                Payload::None => none,
                _ => None,
            }
        };
        let lineno = int(self, fields[2], None);
        let offset = int(self, fields[3], Some(-1));
        let end_lineno = lineno.and_then(|l| int(self, fields[4], Some(l)));
        let end_offset = int(self, fields[5], Some(-1));
        let filename = if fields[1] == self.none {
            Ok("<string>".to_string())
        } else {
            self.str_string(fields[1])
        };
        let text = match self.heap.payload(fields[6]) {
            Payload::Str(_) => Some(self.str_of(fields[6])),
            _ => None,
        };
        let message = fields[0];
        for &f in &fields[1..] {
            self.decref(f);
        }
        let (Some(lineno), Some(offset), Some(end_lineno), Some(mut end_offset), Ok(filename)) =
            (lineno, offset, end_lineno, end_offset, filename)
        else {
            self.decref(message);
            return None;
        };
        let mut out = format!("  File \"{filename}\", line {lineno}\n");
        if let Some(text) = text {
            let line_size = text.len() as i64;
            if end_lineno > lineno {
                end_offset = line_size;
            }
            if end_offset > line_size + 1 {
                end_offset = line_size + 1;
            }
            out.push_str(&error_text(offset, end_offset, &text));
        }
        Some((out, message))
    }
}

/// `print_error_text`: the source line (leading whitespace stripped) and the carets under
/// columns `offset..end_offset` (1-based, in bytes).
fn error_text(offset: i64, end_offset: i64, text: &str) -> String {
    let carets = if end_offset > 0 && end_offset > offset {
        end_offset - offset
    } else {
        1
    };
    let mut offset = offset - 1;
    let mut text = text;
    while let Some(rest) = text
        .strip_prefix(' ')
        .or_else(|| text.strip_prefix('\t'))
        .or_else(|| text.strip_prefix('\x0c'))
    {
        text = rest;
        offset -= 1;
    }
    let mut len = text.len() as i64;
    if text.ends_with('\n') {
        len -= 1;
    }
    offset = offset.min(len);
    while let Some(nl) = text.find('\n') {
        let inl = nl as i64;
        if inl >= offset {
            break;
        }
        text = text.get(nl + 1..).unwrap_or("");
        len -= inl + 1;
        offset -= inl + 1;
    }
    let mut out = format!("    {text}");
    let at_len = usize::try_from(len)
        .ok()
        .and_then(|l| text.as_bytes().get(l).copied());
    if at_len != Some(b'\n') {
        out.push('\n');
    }
    if offset < 0 {
        return out;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(offset as usize));
    out.push_str(&"^".repeat(carets.max(0) as usize));
    out.push('\n');
    out
}

fn repeated_line(n: usize) -> String {
    let s = if n == 1 { "" } else { "s" };
    format!("  [Previous line repeated {n} more time{s}]\n")
}

/// `extract_anchors_from_line`: for a binary operation, the operator; for a subscript, the
/// brackets. Offsets are in characters, relative to the segment.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let module = crate::syntax::parse(segment).ok()?;
    let stmt = module.body.first()?;
    let StmtKind::Expr(expr) = &stmt.kind else {
        return None;
    };
    let chars = |b: u32| segment.get(..b as usize).map(|s| s.chars().count());
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let bytes = segment.as_bytes();
            let (l, r) = (left.span.end as usize, right.span.start as usize);
            let mut anchors = None;
            let mut i = l;
            while i < r {
                let c = bytes[i];
                if c == b' ' || c == b'\t' || c == b'\x0c' || c == b'\n' || c == b'\r' || c == b'\\'
                {
                    i += 1;
                    continue;
                }
                let mut right_anchor = i + 1;
                if i + 1 < r
                    && !matches!(bytes[i + 1], b' ' | b'\t' | b'\x0c' | b'\n' | b'\r' | b'\\')
                {
                    right_anchor += 1;
                }
                anchors = Some((i, right_anchor));
                if i + 1 < r && c == b')' {
                    i += 1;
                    continue;
                }
                break;
            }
            let (a, b) = anchors?;
            Some((chars(a as u32)?, chars(b as u32)?))
        }
        ExprKind::Subscript { value, slice } => {
            Some((chars(value.span.end)?, chars(slice.span.end + 1)?))
        }
        _ => None,
    }
}
