//! A recursive-descent parser over the token stream, with precedence climbing for binary
//! operators. Its error messages and locations follow CPython 3.11's PEG parser, including
//! the "invalid_*" rules CPython tries on its second pass.

mod expression;
mod pattern;
pub(crate) mod statement;
mod string;

use std::rc::Rc;

use super::ast::{Expr, ExprKind, Module, Span, Stmt};
use super::error::{Display, SyntaxError, SyntaxErrorKind, SyntaxWarning};
use super::lexer::{lex, LexError, Lexed, Precedence};
use super::line_index::LineIndex;
use super::token::{Token, TokenKind, TokenValue};

/// Nested parser calls allowed (brackets, unary operators, lambdas, blocks, ...): enough for
/// the 200 nested brackets CPython's tokenizer allows inside 99 nested blocks, and small
/// enough for a 1 MiB stack in release builds.
const MAX_FRAMES: u32 = 310;
/// Depth allowed for an expression tree built by a loop (`a + b + c ...`, `f()()()...`).
const MAX_CHAIN_DEPTH: u32 = 200;
/// Depth allowed for the finished tree, statements and expressions together, so that a
/// recursive walk over it (the compiler) cannot exhaust a small wasm stack.
const MAX_TREE_DEPTH: u32 = 250;

pub(crate) type PResult<T> = Result<T, ParseError>;

/// A parser error, plus whether CPython would still let a later tokenizer error replace it.
#[derive(Debug)]
pub(crate) struct ParseError {
    pub error: Box<SyntaxError>,
    /// "unexpected indent" is raised after CPython's full-source tokenizer check.
    pub final_: bool,
    /// The generic "invalid syntax" (CPython's rules simply failed to match), as opposed to
    /// a specific message.
    pub generic: bool,
}

impl From<SyntaxError> for ParseError {
    fn from(error: SyntaxError) -> Self {
        ParseError {
            error: Box::new(error),
            final_: false,
            generic: false,
        }
    }
}

pub(crate) fn parse_module(source: &str) -> (Result<Module, SyntaxError>, Vec<SyntaxWarning>) {
    let Lexed {
        tokens,
        error,
        warnings,
    } = lex(source);
    let lines = Rc::new(LineIndex::new(source));
    let mut parser = Parser::new(source, tokens, error.as_ref(), 0, lines);
    let result = parser.module().and_then(|module| {
        // CPython's compiler refuses `await` outside an `async def`.
        let misplaced = parser
            .awaits
            .iter()
            .find(|(_, scope)| *scope != Some(FnScope::AsyncFunction));
        match misplaced {
            Some(&(span, scope)) => {
                let msg = if scope == Some(FnScope::Function) {
                    "'await' outside async function"
                } else {
                    "'await' outside function"
                };
                Err(SyntaxError::syntax(msg, span).into())
            }
            None => Ok(module),
        }
    });
    let module = resolve(&parser, result, error).and_then(|module| {
        check_tree_depth(&module)?;
        Ok(module)
    });
    (module, warnings)
}

/// Picks the error CPython would report when both the tokenizer and the parser found one.
fn resolve<T>(
    parser: &Parser,
    result: PResult<T>,
    lex_error: Option<LexError>,
) -> Result<T, SyntaxError> {
    match (result, lex_error) {
        (Ok(value), None) => Ok(value),
        (Ok(_), Some(lex)) => Err(lex.error),
        (Err(parse), None) => Err(*parse.error),
        (Err(parse), Some(_)) if parse.final_ => Err(*parse.error),
        (Err(parse), Some(lex)) => {
            // CPython raises a tokenizer error as soon as any parser pass reads its token.
            let reached = parser.fetched + 1 >= parser.tokens.len();
            let wins = reached
                || match lex.precedence {
                    Precedence::Overrides => true,
                    Precedence::WhenReached => false,
                    Precedence::Unclosed(line) => {
                        line < parser.line_of(parser.tokens[parser.fetched].span.start)
                    }
                };
            if wins {
                Err(lex.error)
            } else {
                Err(*parse.error)
            }
        }
    }
}

/// What kind of body an `await` is directly inside.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FnScope {
    Class,
    Function,
    AsyncFunction,
}

pub(crate) struct Parser<'src> {
    source: &'src str,
    tokens: Vec<Token>,
    pos: usize,
    /// The furthest token looked at: where CPython reports a generic "invalid syntax".
    furthest: usize,
    /// The furthest token ever read, speculative parses included.
    fetched: usize,
    /// Open brackets around the current token.
    level: u32,
    frames: u32,
    /// Shared with the parsers of f-string replacement fields.
    lines: Rc<LineIndex>,
    /// Set while parsing an f-string replacement field.
    in_fstring: bool,
    /// Bracket level of the innermost call's arguments, where `name=value` is a keyword.
    call_level: u32,
    /// Parsing a class's bases, where a bare generator expression is not allowed.
    class_arguments: bool,
    /// An `async for` was read in the comprehension being parsed.
    async_comprehension: bool,
    /// The enclosing defs, lambdas and classes.
    function_scopes: Vec<FnScope>,
    /// `await` expressions read, with the innermost def, lambda or class around each.
    awaits: Vec<(Span, Option<FnScope>)>,
    /// Where the last call or subscript trailer failed and was undone.
    failed_trailer: Option<usize>,
}

impl<'src> Parser<'src> {
    fn new(
        source: &'src str,
        mut tokens: Vec<Token>,
        error: Option<&LexError>,
        level: u32,
        lines: Rc<LineIndex>,
    ) -> Parser<'src> {
        if error.is_some() || tokens.last().map(|t| t.kind) != Some(TokenKind::EndOfFile) {
            // A sentinel where the tokenizer stopped; reaching it reports the tokenizer error.
            let at = error
                .map(|e| e.error.span.start)
                .or(tokens.last().map(|t| t.span.end))
                .unwrap_or(0);
            tokens.push(Token {
                kind: TokenKind::EndOfFile,
                span: Span::new(at, at),
                value: TokenValue::None,
            });
        }
        Parser {
            source,
            tokens,
            pos: 0,
            furthest: 0,
            fetched: 0,
            level,
            frames: 0,
            lines,
            in_fstring: false,
            call_level: u32::MAX,
            class_arguments: false,
            async_comprehension: false,
            function_scopes: Vec::new(),
            awaits: Vec::new(),
            failed_trailer: None,
        }
    }

    fn line_of(&self, offset: u32) -> u32 {
        self.lines.line_col(offset).0
    }

    // ---- tokens ----

    fn nth_index(&self, n: usize) -> usize {
        (self.pos + n).min(self.tokens.len() - 1)
    }

    fn kind(&mut self) -> TokenKind {
        self.nth(0)
    }

    fn nth(&mut self, n: usize) -> TokenKind {
        let i = self.nth_index(n);
        self.furthest = self.furthest.max(i);
        self.fetched = self.fetched.max(i);
        self.tokens[i].kind
    }

    fn token(&self) -> &Token {
        &self.tokens[self.nth_index(0)]
    }

    fn span(&self) -> Span {
        self.token().span
    }

    /// End of the previous token.
    fn prev_end(&self) -> u32 {
        if self.pos == 0 {
            0
        } else {
            self.tokens[self.pos - 1].span.end
        }
    }

    fn at(&mut self, kind: TokenKind) -> bool {
        self.kind() == kind
    }

    fn bump(&mut self) -> Token {
        let token = self.tokens[self.nth_index(0)].clone();
        match token.kind {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => self.level += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                self.level = self.level.saturating_sub(1)
            }
            _ => {}
        }
        if self.pos < self.tokens.len() - 1 {
            self.pos += 1;
        }
        self.furthest = self.furthest.max(self.pos);
        self.fetched = self.fetched.max(self.pos);
        token
    }

    fn eat(&mut self, kind: TokenKind) -> bool {
        if self.at(kind) {
            self.bump();
            true
        } else {
            false
        }
    }

    fn expect(&mut self, kind: TokenKind) -> PResult<Span> {
        if self.at(kind) {
            Ok(self.bump().span)
        } else {
            Err(self.invalid_syntax())
        }
    }

    /// Restores a saved position after a speculative parse.
    fn reset(&mut self, pos: usize, level: u32) {
        self.pos = pos;
        self.level = level;
    }

    // ---- errors ----

    #[cold]
    #[inline(never)]
    fn error(&self, msg: impl Into<String>, span: Span) -> ParseError {
        let mut error = SyntaxError::syntax(msg, span);
        if self.in_fstring {
            error.msg = format!("f-string: {}", error.msg);
        }
        error.into()
    }

    /// CPython's generic error, at the furthest token read.
    #[cold]
    #[inline(never)]
    fn invalid_syntax(&self) -> ParseError {
        let token = &self.tokens[self.furthest.min(self.tokens.len() - 1)];
        let span = match token.kind {
            // CPython turns a generic error at an INDENT or DEDENT into an IndentationError,
            // raised after its check of the rest of the file.
            TokenKind::Indent | TokenKind::Dedent => return self.unexpected(token),
            TokenKind::EndOfFile if token.span.start as usize == self.source.len() => {
                return self.at_end_marker(SyntaxErrorKind::SyntaxError, "invalid syntax");
            }
            _ => token.span,
        };
        let mut error = self.error("invalid syntax", span);
        error.generic = true;
        error
    }

    /// "unexpected indent" or "unexpected unindent" at an INDENT or DEDENT token.
    fn unexpected(&self, token: &Token) -> ParseError {
        let msg = if token.kind == TokenKind::Indent {
            "unexpected indent"
        } else {
            "unexpected unindent"
        };
        let at = Span::new(token.span.start, token.span.start);
        let mut error = self.indentation_error(msg, at);
        error.error.display = Display::NoCaret;
        error.final_ = true;
        error
    }

    /// An error at the end of the file: CPython's end marker sits on the last line read and
    /// has no column, so no caret is drawn.
    fn at_end_marker(&self, kind: SyntaxErrorKind, msg: impl Into<String>) -> ParseError {
        let text = self.source.trim_end_matches(['\n', '\r']);
        let line_start = text.rfind(['\n', '\r']).map_or(0, |i| i + 1) as u32;
        let span = Span::new(line_start, line_start);
        let error = SyntaxError::new(kind, msg, span).with_display(Display::NoCaret);
        error.into()
    }

    fn indentation_error(&self, msg: impl Into<String>, span: Span) -> ParseError {
        SyntaxError::new(SyntaxErrorKind::IndentationError, msg, span).into()
    }

    /// Runs `f` one nesting level deeper, refusing input nested too deeply for the stack.
    fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        if self.frames >= MAX_FRAMES {
            return Err(recursion_error(self.span()).into());
        }
        self.frames += 1;
        let result = f(self);
        self.frames -= 1;
        result
    }

    fn text(&self, span: Span) -> &'src str {
        self.source
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }
}

fn recursion_error(span: Span) -> SyntaxError {
    SyntaxError::new(
        SyntaxErrorKind::RecursionError,
        "maximum recursion depth exceeded during compilation",
        span,
    )
    .with_display(Display::MessageOnly)
}

/// Depth of an expression tree. Trees are bounded while they are built (`MAX_FRAMES`,
/// `MAX_CHAIN_DEPTH`), so this recursion is too.
fn expr_depth(expr: &Expr) -> u32 {
    let mut max = 0;
    for_each_child(expr, &mut |child| max = max.max(expr_depth(child)));
    max + 1
}

/// Calls `f` on each direct sub-expression of `expr`.
pub(crate) fn for_each_child<'a>(expr: &'a Expr, f: &mut impl FnMut(&'a Expr)) {
    use ExprKind::*;
    match &expr.kind {
        BoolOp { values, .. } => values.iter().for_each(f),
        NamedExpr { target, value } => {
            f(target);
            f(value);
        }
        BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        UnaryOp { operand, .. } => f(operand),
        Lambda { args, body } => {
            arguments_exprs(args, f);
            f(body);
        }
        IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        Dict { keys, values } => {
            keys.iter().flatten().for_each(&mut *f);
            values.iter().for_each(f);
        }
        Set(elts) | List(elts) | Tuple(elts) | JoinedStr(elts) => elts.iter().for_each(f),
        ListComp { elt, generators }
        | SetComp { elt, generators }
        | GeneratorExp { elt, generators } => {
            f(elt);
            comprehension_exprs(generators, f);
        }
        DictComp {
            key,
            value,
            generators,
        } => {
            f(key);
            f(value);
            comprehension_exprs(generators, f);
        }
        Yield(value) => value.iter().for_each(|v| f(v)),
        YieldFrom(value) | Starred(value) | Await(value) => f(value),
        Compare {
            left, comparators, ..
        } => {
            f(left);
            comparators.iter().for_each(f);
        }
        Call {
            func,
            args,
            keywords,
        } => {
            f(func);
            args.iter().for_each(&mut *f);
            keywords.iter().for_each(|k| f(&k.value));
        }
        FormattedValue {
            value, format_spec, ..
        } => {
            f(value);
            format_spec.iter().for_each(|s| f(s));
        }
        Attribute { value, .. } => f(value),
        Subscript { value, slice } => {
            f(value);
            f(slice);
        }
        Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                f(part);
            }
        }
        Constant(_) | Name(_) => {}
    }
}

fn arguments_exprs<'a>(args: &'a super::ast::Arguments, f: &mut impl FnMut(&'a Expr)) {
    args.defaults.iter().for_each(&mut *f);
    args.kw_defaults.iter().flatten().for_each(&mut *f);
    let all = args
        .posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.vararg)
        .chain(&args.kwonlyargs)
        .chain(&args.kwarg);
    for arg in all {
        arg.annotation.iter().for_each(&mut *f);
    }
}

fn comprehension_exprs<'a>(
    generators: &'a [super::ast::Comprehension],
    f: &mut impl FnMut(&'a Expr),
) {
    for generator in generators {
        f(&generator.target);
        f(&generator.iter);
        generator.ifs.iter().for_each(&mut *f);
    }
}

fn check_tree_depth(module: &Module) -> Result<(), SyntaxError> {
    fn stmts(body: &[Stmt], depth: u32) -> Result<(), SyntaxError> {
        for stmt in body {
            stmt_depth(stmt, depth + 1)?;
        }
        Ok(())
    }
    fn expr(e: &Expr, depth: u32) -> Result<(), SyntaxError> {
        if depth + expr_depth(e) > MAX_TREE_DEPTH {
            return Err(recursion_error(e.span));
        }
        Ok(())
    }
    fn stmt_depth(stmt: &Stmt, depth: u32) -> Result<(), SyntaxError> {
        if depth > MAX_TREE_DEPTH {
            return Err(recursion_error(stmt.span));
        }
        let mut result = Ok(());
        statement::for_each_stmt_expr(stmt, &mut |e| {
            if result.is_ok() {
                result = expr(e, depth);
            }
        });
        result?;
        statement::for_each_block(stmt, &mut |body| stmts(body, depth))
    }
    stmts(&module.body, 0)
}
