//! The `match` statement and its patterns (PEP 634), after the `match_stmt` and `*_pattern`
//! rules of CPython 3.11's Grammar/python.gram. `match` and `case` are soft keywords: they are
//! plain names everywhere else.

use super::expression::expr;
use super::{PResult, Parser};
use crate::syntax::ast::{
    BinOp, Constant, Expr, ExprKind, MatchCase, Pattern, PatternKind, Span, Stmt, StmtKind, UnaryOp,
};
use crate::syntax::error::SyntaxErrorKind;
use crate::syntax::token::{TokenKind, TokenValue};

fn pattern(kind: PatternKind, span: Span) -> Pattern {
    Pattern { kind, span }
}

impl Parser<'_> {
    fn at_soft_keyword(&mut self, word: &str) -> bool {
        self.at(TokenKind::Name) && matches!(&self.token().value, TokenValue::Name(n) if n == word)
    }

    /// `match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT`
    #[inline(never)]
    pub(super) fn match_stmt(&mut self) -> PResult<Stmt> {
        let keyword = self.bump();
        let subject = self.subject_expr()?;
        self.expect_colon(false)?;
        if !self.eat(TokenKind::Newline) {
            return Err(self.invalid_syntax());
        }
        if !self.at(TokenKind::Indent) {
            let line = self.line_of(keyword.span.start);
            let msg = format!("expected an indented block after 'match' statement on line {line}");
            let at = self.span().start;
            if matches!(self.kind(), TokenKind::EndOfFile) && at as usize == self.source.len() {
                return Err(self.at_end_marker(SyntaxErrorKind::IndentationError, msg));
            }
            return Err(self.indentation_error(msg, Span::new(at, at)));
        }
        self.bump();
        let mut cases = Vec::new();
        while !self.at(TokenKind::Dedent) && !self.at(TokenKind::EndOfFile) {
            if !self.at_soft_keyword("case") {
                return Err(self.invalid_syntax());
            }
            cases.push(self.nested(|p| p.case_block())?);
        }
        self.eat(TokenKind::Dedent);
        let end = cases
            .last()
            .and_then(|c: &MatchCase| c.body.last())
            .map_or(keyword.span.end, |s| s.span.end);
        Ok(Stmt {
            kind: StmtKind::Match { subject, cases },
            span: Span::new(keyword.span.start, end),
        })
    }

    /// `subject_expr: star_named_expression ',' star_named_expressions? | named_expression`
    fn subject_expr(&mut self) -> PResult<Expr> {
        let start = self.span().start;
        let first = self.star_named_expression()?;
        if !self.at(TokenKind::Comma) {
            if let ExprKind::Starred(_) = first.kind {
                return Err(self.invalid_syntax());
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(TokenKind::Comma) {
            if self.at(TokenKind::Colon) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        Ok(expr(
            ExprKind::Tuple(elts),
            Span::new(start, self.prev_end()),
        ))
    }

    /// `case_block: "case" patterns guard? ':' block`
    fn case_block(&mut self) -> PResult<MatchCase> {
        let keyword = self.bump();
        let pattern = self.patterns()?;
        let guard = if self.eat(TokenKind::If) {
            Some(self.named_expression()?)
        } else {
            None
        };
        self.expect_colon(false)?;
        let body = self.block("'case' statement", keyword.span.start)?;
        Ok(MatchCase {
            pattern,
            guard,
            body,
        })
    }

    /// `patterns: open_sequence_pattern | pattern`
    fn patterns(&mut self) -> PResult<Pattern> {
        let start = self.span().start;
        let first = self.maybe_star_pattern()?;
        if !self.at(TokenKind::Comma) {
            if let PatternKind::MatchStar(_) = first.kind {
                return Err(self.invalid_syntax());
            }
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat(TokenKind::Comma) {
            if matches!(self.kind(), TokenKind::Colon | TokenKind::If) {
                break;
            }
            items.push(self.maybe_star_pattern()?);
        }
        Ok(pattern(
            PatternKind::MatchSequence(items),
            Span::new(start, self.prev_end()),
        ))
    }

    /// `maybe_star_pattern: star_pattern | pattern`
    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if !self.at(TokenKind::Star) {
            return self.pattern();
        }
        let start = self.bump().span.start;
        let name = self.capture_or_wildcard()?;
        Ok(pattern(
            PatternKind::MatchStar(name),
            Span::new(start, self.prev_end()),
        ))
    }

    /// A name after `*` or `**`: `None` for `_`.
    fn capture_or_wildcard(&mut self) -> PResult<Option<String>> {
        if !self.at(TokenKind::Name) {
            return Err(self.invalid_syntax());
        }
        match self.bump().value {
            TokenValue::Name(n) if n == "_" => Ok(None),
            TokenValue::Name(n) => Ok(Some(n)),
            _ => Err(self.invalid_syntax()),
        }
    }

    /// `pattern: as_pattern | or_pattern`
    fn pattern(&mut self) -> PResult<Pattern> {
        self.nested(|p| p.pattern_inner())
    }

    fn pattern_inner(&mut self) -> PResult<Pattern> {
        let start = self.span().start;
        let or = self.or_pattern()?;
        if !self.at(TokenKind::As) {
            return Ok(or);
        }
        self.bump();
        let target_span = self.span();
        if !self.at(TokenKind::Name) {
            if !super::expression::starts_expression(self.kind()) {
                return Err(self.invalid_syntax());
            }
            let target = self.expression()?;
            return Err(self.error("invalid pattern target", target.span));
        }
        let TokenValue::Name(name) = self.token().value.clone() else {
            return Err(self.invalid_syntax());
        };
        if name == "_" {
            return Err(self.error("cannot use '_' as a target", target_span));
        }
        if matches!(
            self.nth(1),
            TokenKind::Dot | TokenKind::Lpar | TokenKind::Equal
        ) {
            return Err(self.invalid_syntax());
        }
        self.bump();
        Ok(pattern(
            PatternKind::MatchAs {
                pattern: Some(Box::new(or)),
                name: Some(name),
            },
            Span::new(start, self.prev_end()),
        ))
    }

    /// `or_pattern: '|'.closed_pattern+`
    fn or_pattern(&mut self) -> PResult<Pattern> {
        let start = self.span().start;
        let first = self.closed_pattern()?;
        if !self.at(TokenKind::Vbar) {
            return Ok(first);
        }
        let mut alts = vec![first];
        while self.eat(TokenKind::Vbar) {
            alts.push(self.closed_pattern()?);
        }
        Ok(pattern(
            PatternKind::MatchOr(alts),
            Span::new(start, self.prev_end()),
        ))
    }

    /// `closed_pattern`: literal, capture, wildcard, value, group, sequence, mapping, class.
    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let span = self.span();
        match self.kind() {
            TokenKind::Name => {
                let is_wildcard = matches!(&self.token().value, TokenValue::Name(n) if n == "_");
                let follows = self.nth(1);
                if !matches!(follows, TokenKind::Dot | TokenKind::Lpar | TokenKind::Equal) {
                    let TokenValue::Name(name) = self.bump().value else {
                        return Err(self.invalid_syntax());
                    };
                    let name = if is_wildcard { None } else { Some(name) };
                    return Ok(pattern(
                        PatternKind::MatchAs {
                            pattern: None,
                            name,
                        },
                        span,
                    ));
                }
                let cls = self.name_or_attr()?;
                if self.at(TokenKind::Lpar) {
                    return self.class_pattern(cls);
                }
                if let ExprKind::Name(_) = cls.kind {
                    return Err(self.invalid_syntax());
                }
                let span = cls.span;
                Ok(pattern(PatternKind::MatchValue(cls), span))
            }
            TokenKind::None | TokenKind::True | TokenKind::False => {
                let c = match self.bump().kind {
                    TokenKind::None => Constant::None,
                    TokenKind::True => Constant::Bool(true),
                    _ => Constant::Bool(false),
                };
                Ok(pattern(PatternKind::MatchSingleton(c), span))
            }
            TokenKind::String => {
                let value = self.strings()?;
                let span = value.span;
                Ok(pattern(PatternKind::MatchValue(value), span))
            }
            TokenKind::Int | TokenKind::Float | TokenKind::Complex | TokenKind::Minus => {
                let value = self.literal_number()?;
                let span = value.span;
                Ok(pattern(PatternKind::MatchValue(value), span))
            }
            TokenKind::Lpar => self.group_or_sequence(),
            TokenKind::Lsqb => {
                let start = self.bump().span.start;
                let items = self.sequence_items(TokenKind::Rsqb)?;
                let end = self.expect(TokenKind::Rsqb)?.end;
                Ok(pattern(
                    PatternKind::MatchSequence(items),
                    Span::new(start, end),
                ))
            }
            TokenKind::Lbrace => self.mapping_pattern(),
            _ => Err(self.invalid_syntax()),
        }
    }

    /// `','.maybe_star_pattern+ ','?` up to the closing bracket (not consumed).
    fn sequence_items(&mut self, close: TokenKind) -> PResult<Vec<Pattern>> {
        let mut items = Vec::new();
        while !self.at(close) {
            items.push(self.maybe_star_pattern()?);
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        Ok(items)
    }

    /// `group_pattern: '(' pattern ')'` or `sequence_pattern: '(' open_sequence_pattern? ')'`.
    fn group_or_sequence(&mut self) -> PResult<Pattern> {
        let start = self.bump().span.start;
        if self.at(TokenKind::Rpar) {
            let end = self.bump().span.end;
            return Ok(pattern(
                PatternKind::MatchSequence(Vec::new()),
                Span::new(start, end),
            ));
        }
        let first = self.maybe_star_pattern()?;
        if self.at(TokenKind::Rpar) {
            if let PatternKind::MatchStar(_) = first.kind {
                return Err(self.invalid_syntax());
            }
            self.bump();
            return Ok(first);
        }
        if !self.eat(TokenKind::Comma) {
            return Err(self.invalid_syntax());
        }
        let mut items = vec![first];
        items.extend(self.sequence_items(TokenKind::Rpar)?);
        let end = self.expect(TokenKind::Rpar)?.end;
        Ok(pattern(
            PatternKind::MatchSequence(items),
            Span::new(start, end),
        ))
    }

    /// `name_or_attr: attr | NAME` where `attr: name_or_attr '.' NAME`.
    fn name_or_attr(&mut self) -> PResult<Expr> {
        let start = self.span().start;
        let TokenValue::Name(name) = self.bump().value else {
            return Err(self.invalid_syntax());
        };
        let mut e = expr(ExprKind::Name(name), Span::new(start, self.prev_end()));
        while self.eat(TokenKind::Dot) {
            if !self.at(TokenKind::Name) {
                return Err(self.invalid_syntax());
            }
            let TokenValue::Name(attr) = self.bump().value else {
                return Err(self.invalid_syntax());
            };
            e = expr(
                ExprKind::Attribute {
                    value: Box::new(e),
                    attr,
                },
                Span::new(start, self.prev_end()),
            );
        }
        Ok(e)
    }

    /// `signed_number !('+' | '-') | complex_number`, as an expression.
    fn literal_number(&mut self) -> PResult<Expr> {
        let start = self.span().start;
        let real = self.signed_number()?;
        let op = match self.kind() {
            TokenKind::Plus => BinOp::Add,
            TokenKind::Minus => BinOp::Sub,
            _ => return Ok(real),
        };
        if is_imaginary(&real) {
            return Err(self.error("real number required in complex literal", real.span));
        }
        self.bump();
        let imag_span = self.span();
        let imag = self.number()?;
        if !is_imaginary(&imag) {
            return Err(self.error("imaginary number required in complex literal", imag_span));
        }
        Ok(expr(
            ExprKind::BinOp {
                left: Box::new(real),
                op,
                right: Box::new(imag),
            },
            Span::new(start, self.prev_end()),
        ))
    }

    fn signed_number(&mut self) -> PResult<Expr> {
        if !self.at(TokenKind::Minus) {
            return self.number();
        }
        let start = self.bump().span.start;
        let operand = self.number()?;
        Ok(expr(
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand: Box::new(operand),
            },
            Span::new(start, self.prev_end()),
        ))
    }

    fn number(&mut self) -> PResult<Expr> {
        let span = self.span();
        let token = self.bump();
        let c = match (token.kind, token.value) {
            (TokenKind::Int, TokenValue::Int(v)) => Constant::Int(v),
            (TokenKind::Float, TokenValue::Float(v)) => Constant::Float(v),
            (TokenKind::Complex, TokenValue::Float(v)) => Constant::Imaginary(v),
            _ => return Err(self.invalid_syntax()),
        };
        Ok(expr(ExprKind::Constant(c), span))
    }

    /// `mapping_pattern: '{' (key_value_pattern ',')* ('**' capture)? ','? '}'`
    fn mapping_pattern(&mut self) -> PResult<Pattern> {
        let start = self.bump().span.start;
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at(TokenKind::Rbrace) {
            if self.at(TokenKind::DoubleStar) {
                self.bump();
                match self.capture_or_wildcard()? {
                    Some(name) => rest = Some(name),
                    None => return Err(self.invalid_syntax()),
                }
                self.eat(TokenKind::Comma);
                break;
            }
            let key = match self.kind() {
                TokenKind::Name => {
                    let key = self.name_or_attr()?;
                    if let ExprKind::Name(_) = key.kind {
                        return Err(self.invalid_syntax());
                    }
                    key
                }
                TokenKind::String => self.strings()?,
                TokenKind::None | TokenKind::True | TokenKind::False => {
                    let span = self.span();
                    let c = match self.bump().kind {
                        TokenKind::None => Constant::None,
                        TokenKind::True => Constant::Bool(true),
                        _ => Constant::Bool(false),
                    };
                    expr(ExprKind::Constant(c), span)
                }
                TokenKind::Int | TokenKind::Float | TokenKind::Complex | TokenKind::Minus => {
                    self.literal_number()?
                }
                _ => return Err(self.invalid_syntax()),
            };
            self.expect(TokenKind::Colon)?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        let end = self.expect(TokenKind::Rbrace)?.end;
        Ok(pattern(
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            },
            Span::new(start, end),
        ))
    }

    /// `class_pattern: name_or_attr '(' [positional_patterns ','] [keyword_patterns ','] ')'`
    fn class_pattern(&mut self, cls: Expr) -> PResult<Pattern> {
        let start = cls.span.start;
        self.bump();
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns: Vec<Pattern> = Vec::new();
        let mut misplaced: Option<Span> = None;
        while !self.at(TokenKind::Rpar) {
            if self.at(TokenKind::Name) && self.nth(1) == TokenKind::Equal {
                let TokenValue::Name(name) = self.bump().value else {
                    return Err(self.invalid_syntax());
                };
                self.bump();
                kwd_attrs.push(name);
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_patterns.is_empty() {
                    misplaced = Some(misplaced.map_or(p.span, |s| s.cover(p.span)));
                }
                patterns.push(p);
            }
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        let end = self.expect(TokenKind::Rpar)?.end;
        if let Some(span) = misplaced {
            return Err(self.error("positional patterns follow keyword patterns", span));
        }
        Ok(pattern(
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
            Span::new(start, end),
        ))
    }
}

fn is_imaginary(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(Constant::Imaginary(_)) => true,
        ExprKind::UnaryOp { operand, .. } => is_imaginary(operand),
        _ => false,
    }
}
