//! Statements and blocks.

use super::expression::{expr, expr_name, starts_expression};
use super::{PResult, ParseError, Parser};
use crate::syntax::ast::{
    Alias, ClassDef, CmpOp, Constant, ExceptHandler, Expr, ExprKind, FunctionDef, Module, Span,
    Stmt, StmtKind, WithItem,
};
use crate::syntax::error::SyntaxErrorKind;
use crate::syntax::token::{TokenKind, TokenValue};

/// What a target is for, which decides CPython's wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TargetKind {
    Store,
    For,
    Del,
}

/// CPython's `_PyPegen_get_invalid_target`: the first part of `e` that cannot be a target.
fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List(elts) | ExprKind::Tuple(elts) => {
            elts.iter().find_map(|elt| invalid_target(elt, kind))
        }
        ExprKind::Starred(value) => {
            if kind == TargetKind::Del {
                Some(e)
            } else {
                invalid_target(value, kind)
            }
        }
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        // `for a + 1 in x` reads as the comparison `a + 1 in x`: its left side is the target.
        ExprKind::Compare { left, ops, .. } if kind == TargetKind::For => {
            if ops.first() == Some(&CmpOp::In) {
                invalid_target(left, kind)
            } else {
                None
            }
        }
        _ => Some(e),
    }
}

fn stmt(kind: StmtKind, span: Span) -> Stmt {
    Stmt { kind, span }
}

fn block_end(body: &[Stmt], fallback: u32) -> u32 {
    body.last().map_or(fallback, |s| s.span.end)
}

/// Calls `f` on the expressions directly inside `stmt` (not those of nested statements).
pub(crate) fn for_each_stmt_expr<'a>(stmt: &'a Stmt, f: &mut impl FnMut(&'a Expr)) {
    use StmtKind::*;
    match &stmt.kind {
        FunctionDef(def) => {
            def.decorators.iter().for_each(&mut *f);
            def.returns.iter().for_each(&mut *f);
            let args = &def.args;
            args.defaults.iter().for_each(&mut *f);
            args.kw_defaults.iter().flatten().for_each(&mut *f);
            for arg in args
                .posonlyargs
                .iter()
                .chain(&args.args)
                .chain(&args.vararg)
                .chain(&args.kwonlyargs)
                .chain(&args.kwarg)
            {
                arg.annotation.iter().for_each(&mut *f);
            }
        }
        ClassDef(class) => {
            class.decorators.iter().for_each(&mut *f);
            class.bases.iter().for_each(&mut *f);
            class.keywords.iter().for_each(|k| f(&k.value));
        }
        Return(value) => value.iter().for_each(f),
        Delete(targets) => targets.iter().for_each(f),
        Assign { targets, value } => {
            targets.iter().for_each(&mut *f);
            f(value);
        }
        AugAssign { target, value, .. } => {
            f(target);
            f(value);
        }
        AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            f(target);
            f(annotation);
            value.iter().for_each(f);
        }
        For { target, iter, .. } | AsyncFor { target, iter, .. } => {
            f(target);
            f(iter);
        }
        While { test, .. } | If { test, .. } => f(test),
        With { items, .. } | AsyncWith { items, .. } => {
            for item in items {
                f(&item.context_expr);
                item.optional_vars.iter().for_each(&mut *f);
            }
        }
        Raise { exc, cause } => {
            exc.iter().for_each(&mut *f);
            cause.iter().for_each(f);
        }
        Try { handlers, .. } => {
            for handler in handlers {
                handler.typ.iter().for_each(&mut *f);
            }
        }
        Assert { test, msg } => {
            f(test);
            msg.iter().for_each(f);
        }
        Match { subject, cases } => {
            f(subject);
            for case in cases {
                case.pattern.for_each_expr(&mut *f);
                case.guard.iter().for_each(&mut *f);
            }
        }
        Expr(value) => f(value),
        Import(_) | ImportFrom { .. } | Global(_) | Nonlocal(_) | Pass | Break | Continue => {}
    }
}

/// Calls `f` on each block of statements directly inside `stmt`, stopping at an error.
pub(crate) fn for_each_block<E>(
    stmt: &Stmt,
    f: &mut impl FnMut(&[Stmt]) -> Result<(), E>,
) -> Result<(), E> {
    use StmtKind::*;
    match &stmt.kind {
        FunctionDef(def) => f(&def.body),
        ClassDef(class) => f(&class.body),
        For { body, orelse, .. }
        | AsyncFor { body, orelse, .. }
        | While { body, orelse, .. }
        | If { body, orelse, .. } => {
            f(body)?;
            f(orelse)
        }
        With { body, .. } | AsyncWith { body, .. } => f(body),
        Match { cases, .. } => cases.iter().try_for_each(|case| f(&case.body)),
        Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            f(body)?;
            for handler in handlers {
                f(&handler.body)?;
            }
            f(orelse)?;
            f(finalbody)
        }
        _ => Ok(()),
    }
}

impl Parser<'_> {
    pub(super) fn module(&mut self) -> PResult<Module> {
        let mut body = Vec::new();
        while !self.at(TokenKind::EndOfFile) {
            if self.at(TokenKind::Indent) {
                return Err(self.unexpected(self.token()));
            }
            self.statement(&mut body)?;
        }
        Ok(Module { body })
    }

    /// One statement line: a compound statement, or simple statements separated by `;`.
    fn statement(&mut self, body: &mut Vec<Stmt>) -> PResult<()> {
        match self.kind() {
            TokenKind::If => body.push(self.if_stmt()?),
            TokenKind::While => body.push(self.while_stmt()?),
            TokenKind::For => body.push(self.for_stmt()?),
            TokenKind::Try => body.push(self.try_stmt()?),
            TokenKind::With => body.push(self.with_stmt()?),
            TokenKind::Def | TokenKind::Class | TokenKind::At => {
                body.push(self.decorated(Vec::new())?)
            }
            TokenKind::Async => match self.nth(1) {
                TokenKind::For => body.push(self.async_stmt(Self::for_stmt)?),
                TokenKind::With => body.push(self.async_stmt(Self::with_stmt)?),
                TokenKind::Def => body.push(self.decorated(Vec::new())?),
                _ => {
                    self.bump();
                    return Err(self.invalid_syntax());
                }
            },
            TokenKind::Name if self.is_match_statement() => body.push(self.match_stmt()?),
            _ => self.simple_stmts(body)?,
        }
        Ok(())
    }

    /// `async for` / `async with`: the statement after `async`, turned into its async form.
    /// CPython's compiler refuses both outside an `async def`.
    fn async_stmt(&mut self, parse: fn(&mut Self) -> PResult<Stmt>) -> PResult<Stmt> {
        let start = self.bump().span.start;
        let keyword_span = self.span();
        let inner = parse(self)?;
        let what = match inner.kind {
            StmtKind::For { .. } => "for",
            _ => "with",
        };
        if self.function_scopes.last() != Some(&super::FnScope::AsyncFunction) {
            return Err(self.error(
                format!("'async {what}' outside async function"),
                Span::new(start, inner.span.end.max(keyword_span.end)),
            ));
        }
        let kind = match inner.kind {
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
            },
            StmtKind::With { items, body } => StmtKind::AsyncWith { items, body },
            other => other,
        };
        Ok(stmt(kind, Span::new(start, inner.span.end)))
    }

    /// `match subject:` at the start of a line (`match` is a soft keyword).
    #[inline(never)]
    fn is_match_statement(&mut self) -> bool {
        let is_match = matches!(&self.token().value, TokenValue::Name(n) if n == "match");
        if !is_match || !starts_expression(self.nth(1)) && self.nth(1) != TokenKind::Star {
            return false;
        }
        let saved = (self.pos, self.level, self.furthest);
        self.bump();
        let ok = self.star_expressions().is_ok()
            && self.at(TokenKind::Colon)
            && self.nth(1) == TokenKind::Newline;
        self.reset(saved.0, saved.1);
        self.furthest = saved.2;
        ok
    }

    #[inline(never)]
    fn simple_stmts(&mut self, body: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            body.push(self.simple_stmt()?);
            if self.eat(TokenKind::Semi) {
                if self.at(TokenKind::Newline) {
                    break;
                }
                continue;
            }
            break;
        }
        if !self.eat(TokenKind::Newline) {
            return Err(self.invalid_syntax());
        }
        Ok(())
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let start = self.span().start;
        let kind = match self.kind() {
            TokenKind::Pass => {
                self.bump();
                StmtKind::Pass
            }
            TokenKind::Break => {
                self.bump();
                StmtKind::Break
            }
            TokenKind::Continue => {
                self.bump();
                StmtKind::Continue
            }
            TokenKind::Return => {
                self.bump();
                let value = if self.at_simple_end() {
                    None
                } else {
                    Some(self.star_expressions()?)
                };
                StmtKind::Return(value)
            }
            TokenKind::Raise => {
                self.bump();
                if self.at_simple_end() {
                    StmtKind::Raise {
                        exc: None,
                        cause: None,
                    }
                } else {
                    let exc = self.expression()?;
                    let cause = if self.eat(TokenKind::From) {
                        Some(self.expression()?)
                    } else {
                        None
                    };
                    StmtKind::Raise {
                        exc: Some(exc),
                        cause,
                    }
                }
            }
            TokenKind::Global | TokenKind::Nonlocal => {
                let global = self.bump().kind == TokenKind::Global;
                let mut names = vec![self.name()?.0];
                while self.eat(TokenKind::Comma) {
                    names.push(self.name()?.0);
                }
                if global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            TokenKind::Del => {
                self.bump();
                let targets = self.star_expressions()?;
                if let Some(bad) = invalid_target(&targets, TargetKind::Del) {
                    return Err(self.error(format!("cannot delete {}", expr_name(bad)), bad.span));
                }
                match targets.kind {
                    ExprKind::Tuple(elts) if !self.tuple_parenthesized(&targets.span) => {
                        StmtKind::Delete(elts)
                    }
                    _ => StmtKind::Delete(vec![targets]),
                }
            }
            TokenKind::Assert => {
                self.bump();
                let test = self.expression()?;
                let msg = if self.eat(TokenKind::Comma) {
                    Some(self.expression()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            TokenKind::Import => self.import()?,
            TokenKind::From => self.import_from()?,
            _ => return self.expression_statement(),
        };
        Ok(stmt(kind, Span::new(start, self.prev_end())))
    }

    fn at_simple_end(&mut self) -> bool {
        matches!(
            self.kind(),
            TokenKind::Newline | TokenKind::Semi | TokenKind::EndOfFile
        )
    }

    /// Whether a tuple's span starts with its own parenthesis.
    fn tuple_parenthesized(&self, span: &Span) -> bool {
        self.text(*span).starts_with('(')
    }

    fn name(&mut self) -> PResult<(String, Span)> {
        if !self.at(TokenKind::Name) {
            return Err(self.invalid_syntax());
        }
        let token = self.bump();
        match token.value {
            TokenValue::Name(name) => Ok((name, token.span)),
            _ => Err(self.invalid_syntax()),
        }
    }

    fn dotted_name(&mut self) -> PResult<(String, Span)> {
        let (mut name, mut span) = self.name()?;
        while self.eat(TokenKind::Dot) {
            let (part, part_span) = self.name()?;
            name.push('.');
            name.push_str(&part);
            span.end = part_span.end;
        }
        Ok((name, span))
    }

    fn import(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut names = Vec::new();
        loop {
            let (name, mut span) = self.dotted_name()?;
            let asname = if self.eat(TokenKind::As) {
                let (asname, as_span) = self.name()?;
                span.end = as_span.end;
                Some(asname)
            } else {
                None
            };
            names.push(Alias { name, asname, span });
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        Ok(StmtKind::Import(names))
    }

    fn import_from(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut level = 0;
        loop {
            match self.kind() {
                TokenKind::Dot => level += 1,
                TokenKind::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if level > 0 && self.at(TokenKind::Import) {
            None
        } else {
            Some(self.dotted_name()?.0)
        };
        self.expect(TokenKind::Import)?;
        if self.at(TokenKind::Star) {
            let span = self.bump().span;
            return Ok(StmtKind::ImportFrom {
                module,
                names: vec![Alias {
                    name: "*".to_string(),
                    asname: None,
                    span,
                }],
                level,
            });
        }
        let parenthesized = self.eat(TokenKind::Lpar);
        let mut names = Vec::new();
        loop {
            let (name, mut span) = self.name()?;
            let asname = if self.eat(TokenKind::As) {
                let (asname, as_span) = self.name()?;
                span.end = as_span.end;
                Some(asname)
            } else {
                None
            };
            names.push(Alias { name, asname, span });
            if !self.eat(TokenKind::Comma) {
                break;
            }
            if parenthesized && self.at(TokenKind::Rpar) {
                break;
            }
            if !parenthesized && self.at(TokenKind::Newline) {
                return Err(self.error(
                    "trailing comma not allowed without surrounding parentheses",
                    self.span(),
                ));
            }
        }
        if parenthesized {
            self.expect(TokenKind::Rpar)?;
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    /// Expression statements and all kinds of assignment.
    fn expression_statement(&mut self) -> PResult<Stmt> {
        let start_pos = self.pos;
        let start = self.span().start;
        let first = if self.at(TokenKind::Yield) {
            self.yield_expr()?
        } else {
            self.star_expressions()?
        };
        if self.at(TokenKind::Colon) {
            return self.annotated_assignment(first, start);
        }
        if self.at(TokenKind::ColonEqual) {
            return Err(self.walrus_statement(&first));
        }
        if let Some(op) = self.kind().aug_op() {
            if !matches!(
                first.kind,
                ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
            ) {
                return Err(self.error(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_name(&first)
                    ),
                    first.span,
                ));
            }
            self.bump();
            let value = self.assignment_value()?;
            let span = Span::new(start, self.prev_end());
            return Ok(stmt(
                StmtKind::AugAssign {
                    target: first,
                    op,
                    value,
                },
                span,
            ));
        }
        if !self.at(TokenKind::Equal) {
            let span = Span::new(start, self.prev_end());
            return Ok(stmt(StmtKind::Expr(first), span));
        }
        let mut targets = vec![first];
        let mut equals = Vec::new();
        while self.at(TokenKind::Equal) {
            equals.push(self.pos);
            self.bump();
            targets.push(self.assignment_value()?);
        }
        let value = targets
            .pop()
            .unwrap_or_else(|| expr(ExprKind::Tuple(Vec::new()), Span::default()));
        self.check_assignment_targets(&targets, start_pos, equals[0])?;
        let span = Span::new(start, self.prev_end());
        Ok(stmt(StmtKind::Assign { targets, value }, span))
    }

    /// `target := value` as a statement: CPython names a target that is not a plain name
    /// (the last element of an unparenthesized tuple) when a value follows.
    #[inline(never)]
    fn walrus_statement(&mut self, first: &Expr) -> ParseError {
        let target = match &first.kind {
            ExprKind::Tuple(elts) if !self.tuple_parenthesized(&first.span) => elts.last(),
            _ => Some(first),
        };
        let Some(target) = target.filter(|t| !matches!(t.kind, ExprKind::Name(_))) else {
            return self.invalid_syntax();
        };
        let saved = (self.pos, self.level, self.furthest);
        self.bump();
        let value = self.expression();
        self.reset(saved.0, saved.1);
        self.furthest = saved.2;
        match value {
            Ok(_) => self.error(
                format!(
                    "cannot use assignment expressions with {}",
                    expr_name(target)
                ),
                target.span,
            ),
            Err(_) => self.invalid_syntax(),
        }
    }

    fn assignment_value(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Yield) {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    fn annotated_assignment(&mut self, target: Expr, start: u32) -> PResult<Stmt> {
        // CPython's target checks apply only when an annotation follows the colon; for a
        // target that cannot be annotated, its first pass never reads past the colon.
        let colon = self.furthest;
        self.bump();
        let annotation = match self.expression() {
            Ok(annotation) => annotation,
            Err(error) => {
                let annotatable = matches!(
                    target.kind,
                    ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
                );
                if error.generic && !annotatable {
                    self.furthest = colon;
                    return Err(self.invalid_syntax());
                }
                return Err(error);
            }
        };
        let what = match &target.kind {
            ExprKind::Tuple(_) => Some("tuple"),
            ExprKind::List(_) => Some("list"),
            _ => None,
        };
        if let Some(what) = what {
            return Err(self.error(
                format!("only single target (not {what}) can be annotated"),
                target.span,
            ));
        }
        if !matches!(
            target.kind,
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
        ) {
            return Err(self.error("illegal target for annotation", target.span));
        }
        let value = if self.eat(TokenKind::Equal) {
            Some(self.assignment_value()?)
        } else {
            None
        };
        let simple = matches!(target.kind, ExprKind::Name(_)) && !self.parenthesized(&target);
        let span = Span::new(start, self.prev_end());
        Ok(stmt(
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            },
            span,
        ))
    }

    /// Validates `a = b = value` targets with CPython's messages (invalid_assignment and
    /// invalid_named_expression).
    fn check_assignment_targets(
        &mut self,
        targets: &[Expr],
        start_pos: usize,
        first_equal: usize,
    ) -> PResult<()> {
        let Some(first_bad) = targets.iter().find_map(|t| {
            if let ExprKind::Yield(_) | ExprKind::YieldFrom(_) = t.kind {
                return Some(t);
            }
            invalid_target(t, TargetKind::Store)
        }) else {
            return Ok(());
        };
        let first = &targets[0];
        let candidate = match &first.kind {
            ExprKind::Tuple(elts) if !self.tuple_parenthesized(&first.span) => elts.last(),
            _ => Some(first),
        };
        if let Some(candidate) = candidate {
            let between = self
                .source
                .get(candidate.span.end as usize..self.tokens[first_equal].span.start as usize)
                .unwrap_or("x");
            if between.chars().all(|c| c == ')' || c.is_whitespace()) {
                if let Some(err) = self.named_expression_error(candidate, start_pos, first_equal) {
                    return Err(err);
                }
            }
        }
        if let ExprKind::Yield(_) | ExprKind::YieldFrom(_) = first_bad.kind {
            return Err(self.error(
                "assignment to yield expression not possible",
                first_bad.span,
            ));
        }
        Err(self.error(
            format!("cannot assign to {}", expr_name(first_bad)),
            first_bad.span,
        ))
    }

    /// The message CPython's invalid_named_expression gives for `candidate = value`.
    fn named_expression_error(
        &mut self,
        candidate: &Expr,
        start_pos: usize,
        equal: usize,
    ) -> Option<ParseError> {
        let saved = (self.pos, self.level, self.furthest);
        self.reset(equal + 1, self.level);
        let value = self.bitwise_or();
        let next = self.kind();
        self.reset(saved.0, saved.1);
        self.furthest = saved.2;
        let value = value.ok()?;
        if matches!(next, TokenKind::Equal | TokenKind::ColonEqual) {
            return None;
        }
        let token_start = self
            .tokens
            .partition_point(|t| t.span.start < candidate.span.start);
        let is_name_token = token_start >= start_pos
            && self.tokens[token_start].kind == TokenKind::Name
            && self.tokens[token_start].span == candidate.span;
        if is_name_token {
            return Some(self.error(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                Span::new(candidate.span.start, value.span.end),
            ));
        }
        let excluded = matches!(
            candidate.kind,
            ExprKind::List(_)
                | ExprKind::Tuple(_)
                | ExprKind::GeneratorExp { .. }
                | ExprKind::Constant(Constant::Bool(_) | Constant::None)
        ) || !self.is_bitwise_or(candidate);
        if excluded {
            return None;
        }
        Some(self.error(
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(candidate)
            ),
            candidate.span,
        ))
    }

    /// Reports the first part of `target` that cannot be assigned (or deleted).
    pub(super) fn check_target(&self, target: &Expr, kind: TargetKind) -> PResult<()> {
        if let Some(bad) = invalid_target(target, kind) {
            let verb = if kind == TargetKind::Del {
                "delete"
            } else {
                "assign to"
            };
            return Err(self.error(format!("cannot {verb} {}", expr_name(bad)), bad.span));
        }
        Ok(())
    }

    /// The target of a `for` loop or comprehension clause, up to its `in` (left unread).
    /// Like CPython: targets are primaries (`a`, `a.b`, `a[i]`, `(a, b)`); when they do not
    /// parse up to `in`, the text is re-read as expressions to name what cannot be assigned
    /// (its invalid_for_target rule), else it is a generic error where the targets stopped.
    pub(super) fn for_target(&mut self) -> PResult<Expr> {
        let saved = (self.pos, self.level);
        match self.target_list() {
            Ok(target) if self.at(TokenKind::In) => {
                self.check_target(&target, TargetKind::For)?;
                return Ok(target);
            }
            Ok(_) => {}
            Err(error) if error.generic => {}
            Err(error) => return Err(error),
        }
        let stopped = self.furthest;
        self.reset(saved.0, saved.1);
        match self.star_expressions() {
            Ok(e) => {
                if let Some(bad) = invalid_target(&e, TargetKind::For) {
                    return Err(
                        self.error(format!("cannot assign to {}", expr_name(bad)), bad.span)
                    );
                }
            }
            Err(error) if !error.generic => return Err(error),
            Err(_) => {}
        }
        self.furthest = stopped;
        Err(self.invalid_syntax())
    }

    /// `a`, `a, b`, `*a, b` up to `in`.
    fn target_list(&mut self) -> PResult<Expr> {
        let start = self.span().start;
        let first = self.for_target_element()?;
        if !self.at(TokenKind::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(TokenKind::Comma) {
            if self.at(TokenKind::In) {
                break;
            }
            elts.push(self.for_target_element()?);
        }
        Ok(expr(
            ExprKind::Tuple(elts),
            Span::new(start, self.prev_end()),
        ))
    }

    fn for_target_element(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Star) {
            let start = self.bump().span.start;
            let value = self.nested(|p| p.primary())?;
            let span = Span::new(start, self.prev_end());
            return Ok(expr(ExprKind::Starred(Box::new(value)), span));
        }
        self.nested(|p| p.primary())
    }

    /// A `with ... as` target.
    fn target_element(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Star) {
            let start = self.bump().span.start;
            let value = self.nested(|p| p.bitwise_or())?;
            let span = Span::new(start, self.prev_end());
            return Ok(expr(ExprKind::Starred(Box::new(value)), span));
        }
        self.nested(|p| p.bitwise_or())
    }

    /// `:` after a compound statement's header. CPython says "expected ':'" when the line
    /// ends there (or always, for the headers whose grammar forces the colon).
    pub(super) fn expect_colon(&mut self, forced: bool) -> PResult<()> {
        if self.eat(TokenKind::Colon) {
            return Ok(());
        }
        if forced || self.at(TokenKind::Newline) {
            return Err(self.error("expected ':'", self.span()));
        }
        Err(self.invalid_syntax())
    }

    /// A suite: an indented block, or simple statements on the header's line.
    pub(super) fn block(&mut self, what: &str, header: u32) -> PResult<Vec<Stmt>> {
        self.nested(|p| p.block_inner(what, header))
    }

    fn block_inner(&mut self, what: &str, header: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !self.at(TokenKind::Newline) {
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.bump();
        if !self.at(TokenKind::Indent) {
            let line = self.line_of(header);
            let msg = format!("expected an indented block after {what} on line {line}");
            let at = self.span().start;
            let at_end = matches!(self.kind(), TokenKind::EndOfFile | TokenKind::Dedent);
            if at_end && at as usize == self.source.len() {
                return Err(self.at_end_marker(SyntaxErrorKind::IndentationError, msg));
            }
            let mut error = self.indentation_error(msg, Span::new(at, at));
            if self.at(TokenKind::Dedent) {
                // A DEDENT token has no column in CPython: no caret.
                error.error.display = crate::syntax::error::Display::NoCaret;
            }
            return Err(error);
        }
        self.bump();
        while !self.at(TokenKind::Dedent) && !self.at(TokenKind::EndOfFile) {
            if self.at(TokenKind::Indent) {
                return Err(self.unexpected(self.token()));
            }
            self.statement(&mut body)?;
        }
        self.eat(TokenKind::Dedent);
        Ok(body)
    }

    #[inline(never)]
    fn if_stmt(&mut self) -> PResult<Stmt> {
        let keyword = self.bump();
        let what = if keyword.kind == TokenKind::If {
            "'if' statement"
        } else {
            "'elif' statement"
        };
        let test = self.named_expression()?;
        self.expect_colon(false)?;
        let body = self.block(what, keyword.span.start)?;
        let orelse = match self.kind() {
            TokenKind::Elif => vec![self.nested(|p| p.if_stmt())?],
            TokenKind::Else => self.else_block()?,
            _ => Vec::new(),
        };
        let end = block_end(&orelse, block_end(&body, keyword.span.end));
        Ok(stmt(
            StmtKind::If { test, body, orelse },
            Span::new(keyword.span.start, end),
        ))
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        let keyword = self.bump();
        self.expect_colon(true)?;
        self.block("'else' statement", keyword.span.start)
    }

    #[inline(never)]
    fn while_stmt(&mut self) -> PResult<Stmt> {
        let keyword = self.bump();
        let test = self.named_expression()?;
        self.expect_colon(false)?;
        let body = self.block("'while' statement", keyword.span.start)?;
        let orelse = if self.at(TokenKind::Else) {
            self.else_block()?
        } else {
            Vec::new()
        };
        let end = block_end(&orelse, block_end(&body, keyword.span.end));
        Ok(stmt(
            StmtKind::While { test, body, orelse },
            Span::new(keyword.span.start, end),
        ))
    }

    #[inline(never)]
    fn for_stmt(&mut self) -> PResult<Stmt> {
        let keyword = self.bump();
        let target = self.for_target()?;
        self.bump();
        let iter = self.star_expressions()?;
        self.expect_colon(false)?;
        let body = self.block("'for' statement", keyword.span.start)?;
        let orelse = if self.at(TokenKind::Else) {
            self.else_block()?
        } else {
            Vec::new()
        };
        let end = block_end(&orelse, block_end(&body, keyword.span.end));
        Ok(stmt(
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            },
            Span::new(keyword.span.start, end),
        ))
    }

    #[inline(never)]
    fn try_stmt(&mut self) -> PResult<Stmt> {
        let keyword = self.bump();
        self.expect_colon(true)?;
        let body = self.block("'try' statement", keyword.span.start)?;
        let mut handlers = Vec::new();
        let mut is_star = false;
        while self.at(TokenKind::Except) {
            let except = self.bump();
            let star = self.at(TokenKind::Star).then(|| self.bump());
            if handlers.is_empty() {
                is_star = star.is_some();
            } else if is_star != star.is_some() {
                let end = star.map_or(except.span.end, |s| s.span.end);
                return Err(self.error(
                    "cannot have both 'except' and 'except*' on the same 'try'",
                    Span::new(except.span.start, end),
                ));
            }
            if star.is_some() && self.at(TokenKind::Colon) {
                return Err(self.error("expected one or more exception types", self.span()));
            }
            let (typ, name) = if self.at(TokenKind::Colon) || self.at(TokenKind::Newline) {
                (None, None)
            } else {
                let typ = self.expression()?;
                if self.at(TokenKind::Comma) {
                    let saved = (self.pos, self.level);
                    self.bump();
                    let rest = self.star_expressions();
                    let colon = self.at(TokenKind::Colon) || self.at(TokenKind::As);
                    self.reset(saved.0, saved.1);
                    if let (Ok(rest), true) = (rest, colon) {
                        return Err(self.error(
                            "multiple exception types must be parenthesized",
                            Span::new(typ.span.start, rest.span.end),
                        ));
                    }
                }
                let name = if self.eat(TokenKind::As) {
                    Some(self.name()?.0)
                } else {
                    None
                };
                (Some(typ), name)
            };
            self.expect_colon(false)?;
            let body = self.block("'except' statement", except.span.start)?;
            let span = Span::new(except.span.start, block_end(&body, except.span.end));
            handlers.push(ExceptHandler {
                typ,
                name,
                body,
                span,
            });
        }
        let orelse = if !handlers.is_empty() && self.at(TokenKind::Else) {
            self.else_block()?
        } else {
            Vec::new()
        };
        let finalbody = if self.at(TokenKind::Finally) {
            let finally = self.bump();
            self.expect_colon(true)?;
            self.block("'finally' statement", finally.span.start)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            let mut error = self.error("expected 'except' or 'finally' block", self.span());
            if matches!(self.kind(), TokenKind::Dedent | TokenKind::Indent) {
                // CPython's INDENT and DEDENT tokens have no column: no caret.
                error.error.display = crate::syntax::error::Display::NoCaret;
            }
            return Err(error);
        }
        let end = [&finalbody, &orelse]
            .iter()
            .find_map(|b| b.last().map(|s| s.span.end))
            .or(handlers.last().map(|h| h.span.end))
            .unwrap_or_else(|| block_end(&body, keyword.span.end));
        Ok(stmt(
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            },
            Span::new(keyword.span.start, end),
        ))
    }

    #[inline(never)]
    fn with_stmt(&mut self) -> PResult<Stmt> {
        let keyword = self.bump();
        let items = match self.parenthesized_with_items()? {
            Some(items) => items,
            None => {
                let mut items = vec![self.with_item()?];
                while self.eat(TokenKind::Comma) {
                    items.push(self.with_item()?);
                }
                items
            }
        };
        self.expect_colon(false)?;
        let body = self.block("'with' statement", keyword.span.start)?;
        let end = block_end(&body, keyword.span.end);
        Ok(stmt(
            StmtKind::With { items, body },
            Span::new(keyword.span.start, end),
        ))
    }

    /// `with (a as b, c):` — tried first, as CPython does, then undone if it is not that.
    fn parenthesized_with_items(&mut self) -> PResult<Option<Vec<WithItem>>> {
        if !self.at(TokenKind::Lpar) {
            return Ok(None);
        }
        let saved = (self.pos, self.level, self.furthest);
        self.bump();
        let mut items = Vec::new();
        let parsed = loop {
            match self.with_item() {
                Ok(item) => items.push(item),
                Err(_) => break false,
            }
            if !self.eat(TokenKind::Comma) {
                break self.eat(TokenKind::Rpar);
            }
            if self.eat(TokenKind::Rpar) {
                break true;
            }
        };
        if parsed && self.at(TokenKind::Colon) {
            return Ok(Some(items));
        }
        self.reset(saved.0, saved.1);
        self.furthest = saved.2;
        Ok(None)
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.expression()?;
        let optional_vars = if self.eat(TokenKind::As) {
            let target = self.target_element()?;
            self.check_target(&target, TargetKind::Store)?;
            Some(target)
        } else {
            None
        };
        Ok(WithItem {
            context_expr,
            optional_vars,
        })
    }

    /// Decorators, then a `def` or `class`.
    #[inline(never)]
    fn decorated(&mut self, mut decorators: Vec<Expr>) -> PResult<Stmt> {
        while self.eat(TokenKind::At) {
            decorators.push(self.named_expression()?);
            if !self.eat(TokenKind::Newline) {
                return Err(self.invalid_syntax());
            }
        }
        match self.kind() {
            TokenKind::Def => self.function_def(decorators, None),
            TokenKind::Class => self.class_def(decorators),
            TokenKind::Async if self.nth(1) == TokenKind::Def => {
                let start = self.bump().span.start;
                self.function_def(decorators, Some(start))
            }
            _ => Err(self.invalid_syntax()),
        }
    }

    /// `def`, or `async def` when `async_start` is where `async` began.
    fn function_def(&mut self, decorators: Vec<Expr>, async_start: Option<u32>) -> PResult<Stmt> {
        let mut keyword = self.bump();
        if let Some(start) = async_start {
            keyword.span.start = start;
        }
        let (name, _) = self.name()?;
        if !self.at(TokenKind::Lpar) {
            return Err(self.error("expected '('", self.span()));
        }
        self.bump();
        let args = self.nested(|p| p.parameters(TokenKind::Rpar, true))?;
        self.expect(TokenKind::Rpar)?;
        let returns = if self.at(TokenKind::Rarrow) {
            // `-> :` fails the optional annotation, then CPython's forced ':' at the arrow.
            let arrow = (self.pos, self.level, self.span());
            self.bump();
            match self.expression() {
                Ok(e) => Some(e),
                Err(_) => {
                    self.reset(arrow.0, arrow.1);
                    return Err(self.error("expected ':'", arrow.2));
                }
            }
        } else {
            None
        };
        self.expect_colon(true)?;
        self.function_scopes.push(if async_start.is_some() {
            super::FnScope::AsyncFunction
        } else {
            super::FnScope::Function
        });
        let body = self.block("function definition", keyword.span.start);
        self.function_scopes.pop();
        let body = body?;
        let end = block_end(&body, keyword.span.end);
        Ok(stmt(
            StmtKind::FunctionDef(Box::new(FunctionDef {
                is_async: async_start.is_some(),
                name,
                args,
                body,
                decorators,
                returns,
            })),
            Span::new(keyword.span.start, end),
        ))
    }

    fn class_def(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let keyword = self.bump();
        let (name, name_span) = self.name()?;
        let (bases, keywords) = if self.at(TokenKind::Lpar) {
            let call = self.class_arguments(name_span)?;
            match call.kind {
                ExprKind::Call { args, keywords, .. } => (args, keywords),
                _ => (Vec::new(), Vec::new()),
            }
        } else {
            (Vec::new(), Vec::new())
        };
        self.expect_colon(false)?;
        self.function_scopes.push(super::FnScope::Class);
        let body = self.block("class definition", keyword.span.start);
        self.function_scopes.pop();
        let body = body?;
        let end = block_end(&body, keyword.span.end);
        Ok(stmt(
            StmtKind::ClassDef(Box::new(ClassDef {
                name,
                bases,
                keywords,
                body,
                decorators,
            })),
            Span::new(keyword.span.start, end),
        ))
    }

    /// A class's `(bases, keywords)`, parsed like call arguments.
    fn class_arguments(&mut self, name_span: Span) -> PResult<Expr> {
        let func = expr(ExprKind::Name(String::new()), name_span);
        self.class_arguments = true;
        let call = self.call_trailer(func);
        self.class_arguments = false;
        call
    }
}
