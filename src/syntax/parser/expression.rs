//! Expressions: precedence climbing for binary operators, recursive descent for the rest.

use super::{expr_depth, PResult, ParseError, Parser, MAX_CHAIN_DEPTH};
use crate::syntax::ast::{
    Arg, Arguments, BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, Keyword, Span,
    UnaryOp,
};
use crate::syntax::token::{TokenKind, TokenValue};

fn boxed(e: Expr) -> Box<Expr> {
    Box::new(e)
}

pub(super) fn expr(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}

/// Binding powers, loosest first, as in Python's grammar: `or`, `and`, `not`, comparisons,
/// `|`, `^`, `&`, shifts, `+ -`, `* / // % @`, unary `- + ~`, `**`.
mod bp {
    pub const OR: u8 = 1;
    pub const AND: u8 = 2;
    pub const NOT: u8 = 3;
    pub const COMPARE: u8 = 4;
    pub const BIT_OR: u8 = 5;
    pub const UNARY: u8 = 11;
    pub const POWER: u8 = 12;
}

/// The left-associative binary operator a token spells and its binding power.
fn binary_op(kind: TokenKind) -> Option<(BinOp, u8)> {
    use TokenKind::*;
    Some(match kind {
        Vbar => (BinOp::BitOr, 5),
        CircumFlex => (BinOp::BitXor, 6),
        Amper => (BinOp::BitAnd, 7),
        LeftShift => (BinOp::LShift, 8),
        RightShift => (BinOp::RShift, 8),
        Plus => (BinOp::Add, 9),
        Minus => (BinOp::Sub, 9),
        Star => (BinOp::Mult, 10),
        Slash => (BinOp::Div, 10),
        DoubleSlash => (BinOp::FloorDiv, 10),
        Percent => (BinOp::Mod, 10),
        At => (BinOp::MatMult, 10),
        _ => return Option::None,
    })
}

/// Tokens that can begin an expression.
pub(super) fn starts_expression(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Name | Int
            | Float
            | Complex
            | String
            | Lbrace
            | Not
            | Lambda
            | None
            | True
            | False
            | Ellipsis
            | Lsqb
            | Lpar
            | Minus
            | Plus
            | Tilde
    )
}

/// CPython's `_PyPegen_get_expr_name`: how error messages name an expression.
pub(super) fn expr_name(e: &Expr) -> &'static str {
    use ExprKind::*;
    match &e.kind {
        Attribute { .. } => "attribute",
        Subscript { .. } => "subscript",
        Starred(_) => "starred",
        Name(_) => "name",
        List(_) => "list",
        Tuple(_) => "tuple",
        Lambda { .. } => "lambda",
        Call { .. } => "function call",
        BoolOp { .. } | BinOp { .. } | UnaryOp { .. } => "expression",
        GeneratorExp { .. } => "generator expression",
        Yield(_) | YieldFrom(_) => "yield expression",
        Await(_) => "await expression",
        ListComp { .. } => "list comprehension",
        SetComp { .. } => "set comprehension",
        DictComp { .. } => "dict comprehension",
        Dict { .. } => "dict literal",
        Set(_) => "set display",
        JoinedStr(_) | FormattedValue { .. } => "f-string expression",
        Constant(crate::syntax::ast::Constant::None) => "None",
        Constant(crate::syntax::ast::Constant::Bool(true)) => "True",
        Constant(crate::syntax::ast::Constant::Bool(false)) => "False",
        Constant(crate::syntax::ast::Constant::Ellipsis) => "ellipsis",
        Constant(_) => "literal",
        Compare { .. } => "comparison",
        IfExp { .. } => "conditional expression",
        NamedExpr { .. } => "named expression",
        Slice { .. } => "slice",
    }
}

impl Parser<'_> {
    /// `star_expressions`: one expression, or an unparenthesized tuple of them.
    pub(super) fn star_expressions(&mut self) -> PResult<Expr> {
        let start = self.span().start;
        let first = self.star_expression()?;
        if !self.at(TokenKind::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(TokenKind::Comma) {
            if !self.can_start_star_expression() {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(expr(
            ExprKind::Tuple(elts),
            Span::new(start, self.prev_end()),
        ))
    }

    fn can_start_star_expression(&mut self) -> bool {
        let kind = self.kind();
        starts_expression(kind) || matches!(kind, TokenKind::Star | TokenKind::Await)
    }

    /// `'*' bitwise_or | expression`
    pub(super) fn star_expression(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Star) {
            let start = self.bump().span.start;
            let value = self.nested(|p| p.bitwise_or())?;
            let span = Span::new(start, self.prev_end());
            return Ok(expr(ExprKind::Starred(boxed(value)), span));
        }
        self.expression()
    }

    /// `'*' bitwise_or | named_expression`, the elements of displays.
    pub(super) fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Star) {
            return self.star_expression();
        }
        self.named_expression()
    }

    /// `NAME ':=' expression | expression`
    pub(super) fn named_expression(&mut self) -> PResult<Expr> {
        let start_pos = self.pos;
        if self.at(TokenKind::Name) && self.nth(1) == TokenKind::ColonEqual {
            let token = self.bump();
            self.bump();
            let value = self.expression()?;
            let TokenValue::Name(name) = token.value else {
                return Err(self.invalid_syntax());
            };
            let target = expr(ExprKind::Name(name), token.span);
            let span = Span::new(token.span.start, self.prev_end());
            return Ok(expr(
                ExprKind::NamedExpr {
                    target: boxed(target),
                    value: boxed(value),
                },
                span,
            ));
        }
        let e = self.expression()?;
        match self.kind() {
            // Call arguments are not CPython's named_expression: no message there.
            TokenKind::ColonEqual if self.call_level != self.level => {
                // CPython names the target only when a value follows `:=`.
                let saved = (self.pos, self.level, self.furthest);
                self.bump();
                let value = self.expression();
                self.reset(saved.0, saved.1);
                self.furthest = saved.2;
                match value {
                    Ok(_) => Err(self.error(
                        format!("cannot use assignment expressions with {}", expr_name(&e)),
                        e.span,
                    )),
                    Err(_) => Ok(e),
                }
            }
            TokenKind::Equal if self.call_level != self.level => self.invalid_equal(e, start_pos),
            _ => Ok(e),
        }
    }

    /// CPython's invalid_named_expression: `if x = 1:` and `[a = 1]`.
    #[inline(never)]
    fn invalid_equal(&mut self, target: Expr, start_pos: usize) -> PResult<Expr> {
        // Read-ahead only: a failed match leaves the generic error where it was.
        let saved = (self.pos, self.level, self.furthest);
        self.bump();
        let value = match self.nested(|p| p.bitwise_or()) {
            Ok(value) => value,
            Err(_) => {
                self.reset(saved.0, saved.1);
                self.furthest = saved.2;
                return Ok(target);
            }
        };
        if matches!(self.kind(), TokenKind::Equal | TokenKind::ColonEqual) {
            self.reset(saved.0, saved.1);
            self.furthest = saved.2;
            return Ok(target);
        }
        let simple_name = matches!(target.kind, ExprKind::Name(_))
            && self.tokens[start_pos].kind == TokenKind::Name
            && self.tokens[start_pos].span == target.span;
        if simple_name {
            return Err(self.error(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                Span::new(target.span.start, value.span.end),
            ));
        }
        let excluded = matches!(
            target.kind,
            ExprKind::List(_)
                | ExprKind::Tuple(_)
                | ExprKind::GeneratorExp { .. }
                | ExprKind::Constant(Constant::Bool(_) | Constant::None)
        ) || !self.is_bitwise_or(&target);
        if excluded {
            self.reset(saved.0, saved.1);
            self.furthest = saved.2;
            return Ok(target);
        }
        Err(self.error(
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(&target)
            ),
            target.span,
        ))
    }

    /// Whether `e` is what CPython's `bitwise_or` rule alone would have parsed.
    pub(super) fn is_bitwise_or(&self, e: &Expr) -> bool {
        !matches!(
            e.kind,
            ExprKind::BoolOp { .. }
                | ExprKind::Compare { .. }
                | ExprKind::IfExp { .. }
                | ExprKind::Lambda { .. }
                | ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    ..
                }
                | ExprKind::NamedExpr { .. }
                | ExprKind::Starred(_)
                | ExprKind::Yield(_)
                | ExprKind::YieldFrom(_)
        ) || self.parenthesized(e)
    }

    /// Whether the source has brackets right around `e` (its span excludes them).
    pub(super) fn parenthesized(&self, e: &Expr) -> bool {
        let before = self
            .source
            .get(..e.span.start as usize)
            .unwrap_or("")
            .trim_end();
        let after = self
            .source
            .get(e.span.end as usize..)
            .unwrap_or("")
            .trim_start();
        before.ends_with('(') && after.starts_with(')')
    }

    /// `expression`: conditional expressions and lambdas.
    pub(super) fn expression(&mut self) -> PResult<Expr> {
        self.nested(|p| p.expression_inner())
    }

    fn expression_inner(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Lambda) {
            return self.lambda();
        }
        let start = self.span().start;
        let start_pos = self.pos;
        let body = self.disjunction()?;
        if self.at(TokenKind::If) {
            self.bump();
            let test = self.disjunction()?;
            if !self.at(TokenKind::Else) {
                if self.at(TokenKind::Colon) {
                    return Err(self.invalid_syntax());
                }
                return Err(self.error(
                    "expected 'else' after 'if' expression",
                    Span::new(body.span.start, test.span.end),
                ));
            }
            self.bump();
            let orelse = self.expression()?;
            let span = Span::new(start, self.prev_end());
            return Ok(expr(
                ExprKind::IfExp {
                    test: boxed(test),
                    body: boxed(body),
                    orelse: boxed(orelse),
                },
                span,
            ));
        }
        self.check_juxtaposed(&body, start_pos)?;
        Ok(body)
    }

    /// CPython's invalid_expression and invalid_legacy_expression: two expressions side by
    /// side, `print "x"` or a missing comma inside brackets.
    #[inline(never)]
    fn check_juxtaposed(&mut self, first: &Expr, start_pos: usize) -> PResult<()> {
        // After a complete expression, `(`, `[`, `+` and `-` would have continued it, unless
        // a call or subscript there just failed to parse.
        let next = self.kind();
        let bracket = matches!(next, TokenKind::Lpar | TokenKind::Lsqb);
        if !starts_expression(next)
            || matches!(next, TokenKind::Minus | TokenKind::Plus)
            || (bracket && self.failed_trailer != Some(self.pos))
        {
            return Ok(());
        }
        let saved = (self.pos, self.level, self.furthest);
        // CPython's invalid_legacy_expression reads on after any bare name (which can run
        // into a tokenizer error); only `print` and `exec` get its message.
        let bare_name = matches!(first.kind, ExprKind::Name(_))
            && self.tokens[start_pos].span == first.span
            && !bracket;
        if bare_name {
            let second = self.star_expressions();
            self.reset(saved.0, saved.1);
            self.furthest = saved.2;
            if let (ExprKind::Name(name), Ok(second)) = (&first.kind, second) {
                if name == "print" || name == "exec" {
                    return Err(self.error(
                        format!(
                            "Missing parentheses in call to '{name}'. Did you mean {name}(...)?"
                        ),
                        Span::new(first.span.start, second.span.end),
                    ));
                }
            }
        }
        // CPython skips `NAME STRING` (a misspelt prefix) and soft keywords at the start, and
        // only reports a missing comma inside brackets.
        let start = &self.tokens[start_pos];
        let name_string = start.kind == TokenKind::Name
            && self.tokens.get(start_pos + 1).map(|t| t.kind) == Some(TokenKind::String);
        // CPython 3.11 compares only the name's length of each soft keyword, so any prefix
        // of `match`, `case` or `_` counts.
        let soft_keyword = matches!(&start.value, TokenValue::Name(n)
            if ["match", "case", "_"].iter().any(|k| k.starts_with(n.as_str())));
        if name_string || soft_keyword {
            return Ok(());
        }
        // Parsed even outside brackets, as CPython does: reading ahead can run into a
        // tokenizer error, which then wins.
        let second = self.nested(|p| p.expression_no_check());
        self.reset(saved.0, saved.1);
        self.furthest = saved.2;
        match second {
            Ok(second) if self.level > 0 => Err(self.error(
                "invalid syntax. Perhaps you forgot a comma?",
                Span::new(first.span.start, second.span.end),
            )),
            _ => Ok(()),
        }
    }

    /// An expression without the juxtaposition check (CPython's expression_without_invalid).
    fn expression_no_check(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Lambda) {
            return self.lambda();
        }
        let start = self.span().start;
        let body = self.disjunction()?;
        if !self.at(TokenKind::If) {
            return Ok(body);
        }
        // An ordered choice, as in CPython's grammar: without a full `if ... else ...`, the
        // expression is the disjunction alone.
        let saved = (self.pos, self.level);
        self.bump();
        let rest = self.disjunction().and_then(|test| {
            self.expect(TokenKind::Else)?;
            Ok((test, self.expression_no_check()?))
        });
        match rest {
            Ok((test, orelse)) => {
                let span = Span::new(start, self.prev_end());
                Ok(expr(
                    ExprKind::IfExp {
                        test: boxed(test),
                        body: boxed(body),
                        orelse: boxed(orelse),
                    },
                    span,
                ))
            }
            Err(_) => {
                self.reset(saved.0, saved.1);
                Ok(body)
            }
        }
    }

    pub(super) fn disjunction(&mut self) -> PResult<Expr> {
        self.expr_bp(bp::OR)
    }

    pub(super) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.expr_bp(bp::BIT_OR)
    }

    /// The comparison operator at the current token, without consuming it.
    fn compare_op(&mut self) -> Option<(CmpOp, usize)> {
        use TokenKind::*;
        Some(match self.kind() {
            EqEqual => (CmpOp::Eq, 1),
            NotEqual => (CmpOp::NotEq, 1),
            Less => (CmpOp::Lt, 1),
            LessEqual => (CmpOp::LtE, 1),
            Greater => (CmpOp::Gt, 1),
            GreaterEqual => (CmpOp::GtE, 1),
            In => (CmpOp::In, 1),
            Is if self.nth(1) == Not => (CmpOp::IsNot, 2),
            Is => (CmpOp::Is, 1),
            Not if self.nth(1) == In => (CmpOp::NotIn, 2),
            _ => return Option::None,
        })
    }

    /// Runs `f` one frame deeper without a closure, to keep deep nesting cheap on the stack.
    fn deeper(&mut self, min_bp: u8) -> PResult<Expr> {
        if self.frames >= super::MAX_FRAMES {
            return Err(super::recursion_error(self.span()).into());
        }
        self.frames += 1;
        let result = self.expr_bp(min_bp);
        self.frames -= 1;
        result
    }

    /// `left or b or c` (or `and`): one BoolOp, and the depth of its operands after the first.
    #[inline(never)]
    fn bool_op(
        &mut self,
        left: Expr,
        op: BoolOp,
        token: TokenKind,
        op_bp: u8,
        start: u32,
    ) -> PResult<(Expr, u32)> {
        let mut values = vec![left];
        while self.eat(token) {
            values.push(self.deeper(op_bp + 1)?);
        }
        let inner = values.iter().skip(1).map(expr_depth).max().unwrap_or(0);
        let span = Span::new(start, self.prev_end());
        Ok((expr(ExprKind::BoolOp { op, values }, span), inner))
    }

    /// `left < b <= c`: one Compare, and the depth of its comparators.
    #[inline(never)]
    fn compare(&mut self, left: Expr, start: u32) -> PResult<(Expr, u32)> {
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some((op, tokens)) = self.compare_op() {
            for _ in 0..tokens {
                self.bump();
            }
            ops.push(op);
            comparators.push(self.deeper(bp::COMPARE + 1)?);
        }
        let inner = comparators.iter().map(expr_depth).max().unwrap_or(0);
        let kind = ExprKind::Compare {
            left: boxed(left),
            ops,
            comparators,
        };
        Ok((expr(kind, Span::new(start, self.prev_end())), inner))
    }

    /// Pratt parser for everything from `or` down to `**`: operands bind to operators whose
    /// binding power is at least `min_bp` (see [`bp`]).
    fn expr_bp(&mut self, min_bp: u8) -> PResult<Expr> {
        let start = self.span().start;
        let prefix = match self.kind() {
            TokenKind::Not if min_bp <= bp::NOT => Some((UnaryOp::Not, bp::NOT)),
            TokenKind::Minus => Some((UnaryOp::USub, bp::UNARY)),
            TokenKind::Plus => Some((UnaryOp::UAdd, bp::UNARY)),
            TokenKind::Tilde => Some((UnaryOp::Invert, bp::UNARY)),
            _ => None,
        };
        let mut left = match prefix {
            Some((op, operand_bp)) => {
                self.bump();
                let operand = self.deeper(operand_bp)?;
                let kind = ExprKind::UnaryOp {
                    op,
                    operand: boxed(operand),
                };
                expr(kind, Span::new(start, self.prev_end()))
            }
            None if self.at(TokenKind::Await) => self.await_expr()?,
            None => self.primary()?,
        };
        let mut depth = None;
        loop {
            let kind = self.kind();
            let children = match kind {
                TokenKind::Or | TokenKind::And => {
                    let (op, op_bp) = if kind == TokenKind::Or {
                        (BoolOp::Or, bp::OR)
                    } else {
                        (BoolOp::And, bp::AND)
                    };
                    if op_bp < min_bp {
                        break;
                    }
                    let inner;
                    (left, inner) = self.bool_op(left, op, kind, op_bp, start)?;
                    inner
                }
                TokenKind::DoubleStar => {
                    if bp::POWER < min_bp {
                        break;
                    }
                    self.bump();
                    let right = self.deeper(bp::UNARY)?;
                    let inner = expr_depth(&right);
                    let kind = ExprKind::BinOp {
                        left: boxed(left),
                        op: BinOp::Pow,
                        right: boxed(right),
                    };
                    left = expr(kind, Span::new(start, self.prev_end()));
                    inner
                }
                _ => {
                    if let Some((op, op_bp)) = binary_op(kind) {
                        if op_bp < min_bp {
                            break;
                        }
                        self.bump();
                        let right = self.deeper(op_bp + 1)?;
                        let inner = expr_depth(&right);
                        let kind = ExprKind::BinOp {
                            left: boxed(left),
                            op,
                            right: boxed(right),
                        };
                        left = expr(kind, Span::new(start, self.prev_end()));
                        inner
                    } else if bp::COMPARE >= min_bp && self.compare_op().is_some() {
                        let inner;
                        (left, inner) = self.compare(left, start)?;
                        inner
                    } else {
                        break;
                    }
                }
            };
            let previous = match depth {
                Some(d) => d,
                None => match &left.kind {
                    ExprKind::BoolOp { values, .. } => expr_depth(&values[0]),
                    ExprKind::BinOp { left: l, .. } | ExprKind::Compare { left: l, .. } => {
                        expr_depth(l)
                    }
                    _ => 0,
                },
            };
            let d = 1 + previous.max(children);
            if d > MAX_CHAIN_DEPTH {
                return Err(super::recursion_error(left.span).into());
            }
            depth = Some(d);
        }
        Ok(left)
    }

    /// An atom followed by `.name`, `(args)` and `[slices]` trailers.
    pub(super) fn primary(&mut self) -> PResult<Expr> {
        let start = self.span().start;
        let mut e = self.atom()?;
        let mut depth = None;
        loop {
            let (kind, inner) = match self.kind() {
                TokenKind::Dot => {
                    self.bump();
                    if !self.at(TokenKind::Name) {
                        return Err(self.invalid_syntax());
                    }
                    let token = self.bump();
                    let TokenValue::Name(attr) = token.value else {
                        return Err(self.invalid_syntax());
                    };
                    (
                        ExprKind::Attribute {
                            value: boxed(e),
                            attr,
                        },
                        0,
                    )
                }
                TokenKind::Lpar => {
                    let Some((args, keywords)) =
                        self.trailer(|p| p.nested(|p| p.call_arguments()))?
                    else {
                        break;
                    };
                    let inner = args
                        .iter()
                        .chain(keywords.iter().map(|k| &k.value))
                        .map(expr_depth)
                        .max()
                        .unwrap_or(0);
                    (
                        ExprKind::Call {
                            func: boxed(e),
                            args,
                            keywords,
                        },
                        inner,
                    )
                }
                TokenKind::Lsqb => {
                    let Some(slice) = self.trailer(|p| {
                        p.bump();
                        let slice = p.nested(|p| p.slices())?;
                        p.expect(TokenKind::Rsqb)?;
                        Ok(slice)
                    })?
                    else {
                        break;
                    };
                    let inner = expr_depth(&slice);
                    (
                        ExprKind::Subscript {
                            value: boxed(e),
                            slice: boxed(slice),
                        },
                        inner,
                    )
                }
                _ => break,
            };
            let value_depth = match depth {
                Some(d) => d,
                None => match &kind {
                    ExprKind::Attribute { value, .. }
                    | ExprKind::Subscript { value, .. }
                    | ExprKind::Call { func: value, .. } => expr_depth(value),
                    _ => 0,
                },
            };
            let d = 1 + value_depth.max(inner);
            if d > MAX_CHAIN_DEPTH {
                return Err(super::recursion_error(self.span()).into());
            }
            depth = Some(d);
            e = expr(kind, Span::new(start, self.prev_end()));
        }
        Ok(e)
    }

    /// A call or subscript trailer. When its rule simply fails to match, CPython's PEG parser
    /// backtracks and leaves the bracket for whatever follows (a missing comma, say); so does
    /// this.
    fn trailer<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<Option<T>> {
        let saved = (self.pos, self.level, self.awaits.len());
        match f(self) {
            Ok(value) => Ok(Some(value)),
            Err(error) if error.generic => {
                self.reset(saved.0, saved.1);
                self.awaits.truncate(saved.2);
                self.async_comprehension = false;
                self.failed_trailer = Some(self.pos);
                Ok(None)
            }
            Err(error) => Err(error),
        }
    }

    /// `func(args)`: the call trailer on an already parsed callee (also used for class bases).
    #[inline(never)]
    pub(super) fn call_trailer(&mut self, func: Expr) -> PResult<Expr> {
        let start = func.span.start;
        let (args, keywords) = self.nested(|p| p.call_arguments())?;
        Ok(expr(
            ExprKind::Call {
                func: boxed(func),
                args,
                keywords,
            },
            Span::new(start, self.prev_end()),
        ))
    }

    #[inline(never)]
    fn slices(&mut self) -> PResult<Expr> {
        let start = self.span().start;
        let first = self.slice()?;
        if !self.at(TokenKind::Comma) {
            if let ExprKind::Starred(_) = first.kind {
                // `a[*b]` (PEP 646) is a one-element tuple.
                let span = first.span;
                return Ok(expr(ExprKind::Tuple(vec![first]), span));
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(TokenKind::Comma) {
            if self.at(TokenKind::Rsqb) {
                break;
            }
            elts.push(self.slice()?);
        }
        Ok(expr(
            ExprKind::Tuple(elts),
            Span::new(start, self.prev_end()),
        ))
    }

    fn slice(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Star) {
            return self.star_expression();
        }
        let start = self.span().start;
        let lower = if self.at(TokenKind::Colon) {
            None
        } else {
            let e = self.named_expression()?;
            if !self.at(TokenKind::Colon) {
                return Ok(e);
            }
            Some(boxed(e))
        };
        self.expect(TokenKind::Colon)?;
        let upper = if matches!(
            self.kind(),
            TokenKind::Colon | TokenKind::Comma | TokenKind::Rsqb
        ) {
            None
        } else {
            Some(boxed(self.expression()?))
        };
        let step = if self.eat(TokenKind::Colon) {
            if matches!(self.kind(), TokenKind::Comma | TokenKind::Rsqb) {
                None
            } else {
                Some(boxed(self.expression()?))
            }
        } else {
            None
        };
        Ok(expr(
            ExprKind::Slice { lower, upper, step },
            Span::new(start, self.prev_end()),
        ))
    }

    fn atom(&mut self) -> PResult<Expr> {
        let span = self.span();
        let constant = |c| Ok(expr(ExprKind::Constant(c), span));
        match self.kind() {
            TokenKind::Name => {
                let token = self.bump();
                match token.value {
                    TokenValue::Name(name) => Ok(expr(ExprKind::Name(name), span)),
                    _ => Err(self.invalid_syntax()),
                }
            }
            TokenKind::True => {
                self.bump();
                constant(Constant::Bool(true))
            }
            TokenKind::False => {
                self.bump();
                constant(Constant::Bool(false))
            }
            TokenKind::None => {
                self.bump();
                constant(Constant::None)
            }
            TokenKind::Ellipsis => {
                self.bump();
                constant(Constant::Ellipsis)
            }
            TokenKind::Int => match self.bump().value {
                TokenValue::Int(value) => constant(Constant::Int(value)),
                _ => Err(self.invalid_syntax()),
            },
            TokenKind::Float | TokenKind::Complex => {
                let token = self.bump();
                let value = match token.value {
                    TokenValue::Float(v) => v,
                    _ => return Err(self.invalid_syntax()),
                };
                if token.kind == TokenKind::Complex {
                    constant(Constant::Imaginary(value))
                } else {
                    constant(Constant::Float(value))
                }
            }
            TokenKind::String => self.strings(),
            TokenKind::Lpar => self.paren(),
            TokenKind::Lsqb => self.list(),
            TokenKind::Lbrace => self.brace(),
            _ => Err(self.invalid_syntax()),
        }
    }

    /// `(...)`: a group, a tuple, a generator expression or a yield.
    fn paren(&mut self) -> PResult<Expr> {
        let start = self.bump().span.start;
        if self.at(TokenKind::Rpar) {
            let end = self.bump().span.end;
            return Ok(expr(ExprKind::Tuple(Vec::new()), Span::new(start, end)));
        }
        if self.at(TokenKind::Yield) {
            let e = self.yield_expr()?;
            self.expect(TokenKind::Rpar)?;
            return Ok(e);
        }
        if self.at(TokenKind::DoubleStar) {
            return Err(self.error("cannot use double starred expression here", self.span()));
        }
        let first = self.star_named_expression()?;
        if self.at_comprehension() {
            self.no_starred_in_comprehension(&first)?;
            let generators = self.comprehension_clauses()?;
            let end = self.expect(TokenKind::Rpar)?.end;
            return self.finish_comprehension(expr(
                ExprKind::GeneratorExp {
                    elt: boxed(first),
                    generators,
                },
                Span::new(start, end),
            ));
        }
        if self.at(TokenKind::Rpar) {
            if let ExprKind::Starred(_) = first.kind {
                return Err(self.error("cannot use starred expression here", first.span));
            }
            self.bump();
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(TokenKind::Comma) {
            if self.at(TokenKind::Rpar) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        let end = self.expect(TokenKind::Rpar)?.end;
        Ok(expr(ExprKind::Tuple(elts), Span::new(start, end)))
    }

    /// `await x`. Outside an `async def` CPython's compiler refuses it: remembered and
    /// reported once the whole module has parsed.
    #[inline(never)]
    fn await_expr(&mut self) -> PResult<Expr> {
        let start = self.bump().span.start;
        let operand = self.primary()?;
        let span = Span::new(start, self.prev_end());
        let scope = self.function_scopes.last().copied();
        self.awaits.push((span, scope));
        Ok(expr(ExprKind::Await(boxed(operand)), span))
    }

    /// A `for` (or `async for`) clause of a comprehension starts here.
    fn at_comprehension(&mut self) -> bool {
        self.at(TokenKind::For) || (self.at(TokenKind::Async) && self.nth(1) == TokenKind::For)
    }

    /// `[a, b for ...]`: CPython's invalid_comprehension.
    fn tuple_comprehension_target(&mut self, elts: &[Expr]) -> PResult<()> {
        if let (true, [first, .., last]) = (self.at_comprehension(), elts) {
            return Err(self.error(
                "did you forget parentheses around the comprehension target?",
                Span::new(first.span.start, last.span.end),
            ));
        }
        Ok(())
    }

    #[inline(never)]
    fn no_starred_in_comprehension(&self, elt: &Expr) -> PResult<()> {
        if let ExprKind::Starred(_) = elt.kind {
            return Err(self.error(
                "iterable unpacking cannot be used in comprehension",
                elt.span,
            ));
        }
        Ok(())
    }

    #[inline(never)]
    fn list(&mut self) -> PResult<Expr> {
        let start = self.bump().span.start;
        if self.at(TokenKind::Rsqb) {
            let end = self.bump().span.end;
            return Ok(expr(ExprKind::List(Vec::new()), Span::new(start, end)));
        }
        let first = self.star_named_expression()?;
        if self.at_comprehension() {
            self.no_starred_in_comprehension(&first)?;
            let generators = self.comprehension_clauses()?;
            let end = self.expect(TokenKind::Rsqb)?.end;
            return self.finish_comprehension(expr(
                ExprKind::ListComp {
                    elt: boxed(first),
                    generators,
                },
                Span::new(start, end),
            ));
        }
        let mut elts = vec![first];
        while self.eat(TokenKind::Comma) {
            if self.at(TokenKind::Rsqb) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        self.tuple_comprehension_target(&elts)?;
        let end = self.expect(TokenKind::Rsqb)?.end;
        Ok(expr(ExprKind::List(elts), Span::new(start, end)))
    }

    /// `{...}`: dict, set, or their comprehensions.
    #[inline(never)]
    fn brace(&mut self) -> PResult<Expr> {
        let start = self.bump().span.start;
        if self.at(TokenKind::Rbrace) {
            let end = self.bump().span.end;
            return Ok(expr(
                ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
                Span::new(start, end),
            ));
        }
        if self.at(TokenKind::DoubleStar) {
            return self.dict_rest(start, None);
        }
        let first = self.star_named_expression()?;
        if self.at(TokenKind::Colon) {
            if let ExprKind::Starred(_) = first.kind {
                return Err(self.error(
                    "cannot use a starred expression in a dictionary key",
                    first.span,
                ));
            }
            return self.dict_rest(start, Some(first));
        }
        if self.at_comprehension() {
            self.no_starred_in_comprehension(&first)?;
            let generators = self.comprehension_clauses()?;
            let end = self.expect(TokenKind::Rbrace)?.end;
            return self.finish_comprehension(expr(
                ExprKind::SetComp {
                    elt: boxed(first),
                    generators,
                },
                Span::new(start, end),
            ));
        }
        let mut elts = vec![first];
        while self.eat(TokenKind::Comma) {
            if self.at(TokenKind::Rbrace) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        self.tuple_comprehension_target(&elts)?;
        let end = self.expect(TokenKind::Rbrace)?.end;
        Ok(expr(ExprKind::Set(elts), Span::new(start, end)))
    }

    /// The rest of a dict display or comprehension; `first_key` was already parsed (its
    /// `:` is next), `None` when the dict starts with `**`.
    fn dict_rest(&mut self, start: u32, first_key: Option<Expr>) -> PResult<Expr> {
        let mut keys = Vec::new();
        let mut values = Vec::new();
        let mut pending = first_key;
        loop {
            match pending.take() {
                Some(key) => {
                    if !self.at(TokenKind::Colon) {
                        if keys.is_empty() {
                            return Err(self.invalid_syntax());
                        }
                        // CPython's invalid_kvpair points at the key's last character.
                        let at = key.span.end.saturating_sub(1);
                        return Err(
                            self.error("':' expected after dictionary key", Span::new(at, at))
                        );
                    }
                    let colon = self.bump().span;
                    if matches!(self.kind(), TokenKind::Rbrace | TokenKind::Comma) {
                        return Err(
                            self.error("expression expected after dictionary key and ':'", colon)
                        );
                    }
                    let value = self.dict_value()?;
                    if keys.is_empty() && self.at_comprehension() {
                        let generators = self.comprehension_clauses()?;
                        let end = self.expect(TokenKind::Rbrace)?.end;
                        return self.finish_comprehension(expr(
                            ExprKind::DictComp {
                                key: boxed(key),
                                value: boxed(value),
                                generators,
                            },
                            Span::new(start, end),
                        ));
                    }
                    keys.push(Some(key));
                    values.push(value);
                }
                None => {
                    let stars = self.expect(TokenKind::DoubleStar)?;
                    keys.push(None);
                    values.push(self.bitwise_or()?);
                    if self.at_comprehension() {
                        return Err(self
                            .error("dict unpacking cannot be used in dict comprehension", stars));
                    }
                }
            }
            if !self.eat(TokenKind::Comma) || self.at(TokenKind::Rbrace) {
                break;
            }
            if !self.at(TokenKind::DoubleStar) {
                pending = Some(self.expression()?);
            }
        }
        let end = self.expect(TokenKind::Rbrace)?.end;
        Ok(expr(ExprKind::Dict { keys, values }, Span::new(start, end)))
    }

    fn dict_value(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Star) {
            let start = self.span().start;
            self.bump();
            let value = self.bitwise_or()?;
            return Err(self.error(
                "cannot use a starred expression in a dictionary value",
                Span::new(start, value.span.end),
            ));
        }
        self.expression()
    }

    /// `for target in iter if cond ...` clauses of a comprehension.
    pub(super) fn comprehension_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        loop {
            let is_async = self.at(TokenKind::Async) && self.nth(1) == TokenKind::For;
            if is_async {
                self.bump();
                self.async_comprehension = true;
            }
            if !self.at(TokenKind::For) {
                break;
            }
            self.bump();
            let target = self.for_target()?;
            self.bump();
            let iter = self.nested(|p| p.disjunction())?;
            let mut ifs = Vec::new();
            while self.eat(TokenKind::If) {
                ifs.push(self.nested(|p| p.disjunction())?);
            }
            generators.push(Comprehension {
                is_async,
                target,
                iter,
                ifs,
            });
        }
        Ok(generators)
    }

    /// An asynchronous comprehension (an `async for` or an `await` inside) is only allowed
    /// in an `async def`, unless it is a generator expression (CPython's compiler checks).
    /// The `await`s inside it are then in its own scope.
    fn finish_comprehension(&mut self, comprehension: Expr) -> PResult<Expr> {
        let span = comprehension.span;
        let inside = |a: &Span| a.start >= span.start && a.end <= span.end;
        let awaits = self.awaits.iter().any(|(a, _)| inside(a));
        if !std::mem::take(&mut self.async_comprehension) && !awaits {
            return Ok(comprehension);
        }
        let allowed = matches!(comprehension.kind, ExprKind::GeneratorExp { .. })
            || self.function_scopes.last() == Some(&super::FnScope::AsyncFunction);
        if !allowed {
            return Err(self.error(
                "asynchronous comprehension outside of an asynchronous function",
                comprehension.span,
            ));
        }
        self.awaits.retain(|(a, _)| !inside(a));
        Ok(comprehension)
    }

    /// Call arguments, starting at `(`.
    #[inline(never)]
    fn call_arguments(&mut self) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let open = self.bump().span;
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let outer = std::mem::replace(&mut self.call_level, self.level);
        let result = self.call_arguments_inner(open, &mut args, &mut keywords);
        self.call_level = outer;
        result?;
        Ok((args, keywords))
    }

    fn call_arguments_inner(
        &mut self,
        open: Span,
        args: &mut Vec<Expr>,
        keywords: &mut Vec<Keyword>,
    ) -> PResult<()> {
        let mut genexp_span = None;
        let mut count = 0;
        // CPython reports a positional argument after keywords at the end of the arguments.
        let mut misplaced = None;
        while !self.at(TokenKind::Rpar) {
            count += 1;
            let start = self.span().start;
            if self.eat(TokenKind::DoubleStar) {
                let value = self.expression()?;
                let span = Span::new(start, self.prev_end());
                keywords.push(Keyword {
                    arg: None,
                    value,
                    span,
                });
            } else if self.at(TokenKind::Star) {
                self.bump();
                let value = self.expression()?;
                let span = Span::new(start, self.prev_end());
                if keywords.iter().any(|k| k.arg.is_none()) {
                    return Err(self.error(
                        "iterable argument unpacking follows keyword argument unpacking",
                        Span::new(start, start + 1),
                    ));
                }
                args.push(expr(ExprKind::Starred(boxed(value)), span));
            } else if self.at(TokenKind::Name) && self.nth(1) == TokenKind::Equal {
                let token = self.bump();
                let equal = self.bump().span;
                let value = self.expression()?;
                let TokenValue::Name(name) = token.value else {
                    return Err(self.invalid_syntax());
                };
                if self.at_comprehension() {
                    return Err(self.error(
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        Span::new(start, equal.end),
                    ));
                }
                let span = Span::new(start, self.prev_end());
                keywords.push(Keyword {
                    arg: Some(name),
                    value,
                    span,
                });
            } else {
                let value = self.named_expression()?;
                if self.at(TokenKind::Equal) {
                    return Err(self.keyword_target_error(&value));
                }
                if self.at_comprehension() && self.class_arguments {
                    return Err(self.invalid_syntax());
                }
                let value = if self.at_comprehension() {
                    self.no_starred_in_comprehension(&value)?;
                    let generators = self.comprehension_clauses()?;
                    let span = Span::new(start, self.prev_end());
                    genexp_span = Some(span);
                    self.finish_comprehension(expr(
                        ExprKind::GeneratorExp {
                            elt: boxed(value),
                            generators,
                        },
                        span,
                    ))?
                } else {
                    value
                };
                if !keywords.is_empty() && misplaced.is_none() {
                    misplaced = Some(if keywords.iter().any(|k| k.arg.is_none()) {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    });
                }
                args.push(value);
            }
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        if let Some(span) = genexp_span {
            if count > 1 || self.prev_kind() == TokenKind::Comma {
                return Err(self.error("Generator expression must be parenthesized", span));
            }
        }
        if let Some(msg) = misplaced {
            return Err(self.error(msg, self.span()));
        }
        let close = self.expect(TokenKind::Rpar)?;
        if let (Some(_), [only]) = (genexp_span, args.as_mut_slice()) {
            // A generator expression that is the sole argument takes the call's parentheses.
            only.span = Span::new(open.start, close.end);
        }
        Ok(())
    }

    fn prev_kind(&self) -> TokenKind {
        if self.pos == 0 {
            TokenKind::EndOfFile
        } else {
            self.tokens[self.pos - 1].kind
        }
    }

    /// `f(x + 1 = 2)` and friends (CPython's invalid_kwarg).
    #[inline(never)]
    fn keyword_target_error(&self, value: &Expr) -> super::ParseError {
        match &value.kind {
            ExprKind::Constant(Constant::Bool(_) | Constant::None) => {
                let span = Span::new(value.span.start, self.span().end);
                self.error(format!("cannot assign to {}", expr_name(value)), span)
            }
            _ => self.error(
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                Span::new(value.span.start, self.span().end),
            ),
        }
    }

    /// `yield`, `yield value`, `yield from value`.
    pub(super) fn yield_expr(&mut self) -> PResult<Expr> {
        let start = self.bump().span.start;
        if self.eat(TokenKind::From) {
            let value = self.expression()?;
            let span = Span::new(start, self.prev_end());
            return Ok(expr(ExprKind::YieldFrom(boxed(value)), span));
        }
        if self.can_start_star_expression() {
            let value = self.star_expressions()?;
            let span = Span::new(start, self.prev_end());
            return Ok(expr(ExprKind::Yield(Some(boxed(value))), span));
        }
        Ok(expr(
            ExprKind::Yield(None),
            Span::new(start, self.prev_end()),
        ))
    }

    #[inline(never)]
    fn lambda(&mut self) -> PResult<Expr> {
        let start = self.bump().span.start;
        let args = self.parameters(TokenKind::Colon, false)?;
        self.expect(TokenKind::Colon)?;
        self.function_scopes.push(super::FnScope::Function);
        let body = self.expression();
        self.function_scopes.pop();
        let body = body?;
        let span = Span::new(start, self.prev_end());
        Ok(expr(
            ExprKind::Lambda {
                args: Box::new(args),
                body: boxed(body),
            },
            span,
        ))
    }

    /// Parameters of a `def` (with annotations) or a `lambda`, up to `close`.
    pub(super) fn parameters(&mut self, close: TokenKind, annotations: bool) -> PResult<Arguments> {
        let mut args = Arguments::default();
        let mut seen_default = false;
        let mut star: Option<Span> = None;
        let mut slash_seen = false;
        while !self.at(close) {
            let token_span = self.span();
            if args.kwarg.is_some() {
                return Err(self.error("arguments cannot follow var-keyword argument", token_span));
            }
            if self.at(TokenKind::Slash) {
                self.bump();
                if slash_seen {
                    return Err(self.error("/ may appear only once", token_span));
                }
                if star.is_some() {
                    return Err(self.error("/ must be ahead of *", token_span));
                }
                if args.args.is_empty() {
                    if !self.at(TokenKind::Comma) {
                        return Err(self.error("invalid syntax", token_span));
                    }
                    return Err(self.error("at least one argument must precede /", token_span));
                }
                slash_seen = true;
                args.posonlyargs = std::mem::take(&mut args.args);
            } else if self.at(TokenKind::Star) {
                self.bump();
                if star.is_some() {
                    return Err(self.error("* argument may appear only once", token_span));
                }
                star = Some(token_span);
                if self.at(TokenKind::Name) {
                    let arg = self.parameter(annotations)?;
                    if self.at(TokenKind::Equal) {
                        return Err(self.error(
                            "var-positional argument cannot have default value",
                            self.span(),
                        ));
                    }
                    args.vararg = Some(arg);
                } else if self.at(close)
                    || (self.at(TokenKind::Comma) && self.nth(1) == close)
                    || (self.at(TokenKind::Comma) && self.nth(1) == TokenKind::DoubleStar)
                {
                    // def points at the `*`; lambda at the last token read.
                    let span = match (annotations, self.at(close)) {
                        (true, _) => token_span,
                        (false, true) => self.span(),
                        (false, false) => self.tokens[self.nth_index(1)].span,
                    };
                    return Err(self.error("named arguments must follow bare *", span));
                }
            } else if self.at(TokenKind::DoubleStar) {
                self.bump();
                let arg = self.parameter(annotations)?;
                if self.at(TokenKind::Equal) {
                    return Err(self.error(
                        "var-keyword argument cannot have default value",
                        self.span(),
                    ));
                }
                args.kwarg = Some(arg);
            } else if self.at(TokenKind::Name) {
                let arg = self.parameter(annotations)?;
                let default = if self.at(TokenKind::Equal) {
                    let equal = self.bump().span;
                    if matches!(self.kind(), TokenKind::Rpar | TokenKind::Comma) {
                        return Err(self.error("expected default value expression", equal));
                    }
                    Some(self.expression()?)
                } else {
                    None
                };
                if star.is_some() {
                    args.kwonlyargs.push(arg);
                    args.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            args.defaults.push(d);
                        }
                        None if seen_default => {
                            return Err(self
                                .error("non-default argument follows default argument", arg.span));
                        }
                        None => {}
                    }
                    args.args.push(arg);
                }
            } else if self.at(TokenKind::Lpar) {
                return Err(self.parenthesized_parameters(annotations));
            } else {
                return Err(self.invalid_syntax());
            }
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        if !self.at(close) {
            return Err(self.invalid_syntax());
        }
        Ok(args)
    }

    /// `def f((a, b))`: CPython names the mistake when the brackets hold plain names.
    fn parenthesized_parameters(&mut self, annotations: bool) -> ParseError {
        let open = self.span();
        let mut i = 1;
        let mut names = 0;
        loop {
            match self.nth(i) {
                TokenKind::Name if names == 0 || self.nth(i - 1) == TokenKind::Comma => names += 1,
                TokenKind::Comma if self.nth(i - 1) == TokenKind::Name => {}
                TokenKind::Rpar if names > 0 => {
                    let close = self.tokens[self.nth_index(i)].span;
                    let msg = if annotations {
                        "Function parameters cannot be parenthesized"
                    } else {
                        "Lambda expression parameters cannot be parenthesized"
                    };
                    return self.error(msg, Span::new(open.start, close.end));
                }
                _ => return self.invalid_syntax(),
            }
            i += 1;
        }
    }

    fn parameter(&mut self, annotations: bool) -> PResult<Arg> {
        if !self.at(TokenKind::Name) {
            return Err(self.invalid_syntax());
        }
        let token = self.bump();
        let TokenValue::Name(name) = token.value else {
            return Err(self.invalid_syntax());
        };
        let annotation = if annotations && self.eat(TokenKind::Colon) {
            Some(self.expression()?)
        } else {
            None
        };
        let end = self.prev_end();
        Ok(Arg {
            name,
            annotation,
            span: Span::new(token.span.start, end),
        })
    }
}
