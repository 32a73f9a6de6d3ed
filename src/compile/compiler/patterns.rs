//! PEP 634 structural pattern matching, after CPython 3.11's Python/compile.c
//! (`compiler_match` and the `compiler_pattern_*` / `pattern_helper_*` family).
//!
//! Every pattern routine consumes the subject on top of the stack and jumps to a `fail_pop`
//! block on failure. `on_top` counts the items that must stay on top of the stack; captured
//! values are rotated underneath them and stored only once the whole pattern matched.

use super::{fold, BlockId, Compiler, Constant, Ctx, Instr, R};
use crate::compile::code::BinaryOp;
use crate::syntax::ast::{BinOp, CmpOp, ExprKind, MatchCase, Pattern, PatternKind, Stmt};

/// `pattern_context`.
#[derive(Default)]
pub(super) struct PatternContext {
    /// Names captured so far, in stack order.
    stores: Vec<String>,
    /// If false, any capture of the subject itself is an error.
    allow_irrefutable: bool,
    /// Jumping to `fail_pop[i]` pops i items, then fails.
    fail_pop: Vec<BlockId>,
    on_top: usize,
}

/// `WILDCARD_CHECK`.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

/// `WILDCARD_STAR_CHECK`.
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchStar(None))
}

fn int_const(n: usize) -> Constant {
    Constant::Int(n.into())
}

fn u32_of(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl<'a> Compiler<'a> {
    /// `compiler_match` / `compiler_match_inner`.
    pub(super) fn match_(
        &mut self,
        subject: &'a crate::syntax::ast::Expr,
        cases: &'a [MatchCase],
    ) -> R {
        self.visit_expr(subject)?;
        let end = self.new_block();
        let n = cases.len();
        let Some(last) = cases.last() else {
            return Ok(());
        };
        let has_default = usize::from(is_wildcard(&last.pattern) && n > 1);
        for (i, case) in cases[..n - has_default].iter().enumerate() {
            self.set_loc(case.pattern.span);
            let not_last = i != n - has_default - 1;
            if not_last {
                self.addop(Instr::Copy(1));
            }
            let mut pc = PatternContext {
                allow_irrefutable: case.guard.is_some() || i == n - 1,
                ..PatternContext::default()
            };
            self.pattern(&case.pattern, &mut pc)?;
            for name in std::mem::take(&mut pc.stores) {
                self.nameop(&name, Ctx::Store)?;
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(guard, target, false)?;
            }
            if not_last {
                self.addop(Instr::PopTop);
            }
            self.case_body(&case.body)?;
            self.unset_loc();
            self.jump(Instr::Jump, end);
            self.set_loc(case.pattern.span);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default == 1 {
            self.set_loc(last.pattern.span);
            if n == 1 {
                self.addop(Instr::PopTop);
            } else {
                self.addop(Instr::Nop);
            }
            if let Some(guard) = &last.guard {
                self.jump_if(guard, end, false)?;
            }
            self.case_body(&last.body)?;
            self.unset_loc();
        }
        self.use_next_block(end);
        Ok(())
    }

    fn case_body(&mut self, body: &'a [Stmt]) -> R {
        self.visit_stmts(body)
    }

    /// `ensure_fail_pop`.
    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let b = self.new_block();
            pc.fail_pop.push(b);
        }
    }

    /// `jump_to_fail_pop`.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: fn(u32) -> Instr) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.jump(op, pc.fail_pop[pops]);
    }

    /// `emit_and_reset_fail_pop`.
    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        let blocks = std::mem::take(&mut pc.fail_pop);
        let Some((&first, rest)) = blocks.split_first() else {
            return;
        };
        for &b in rest.iter().rev() {
            self.use_next_block(b);
            self.addop(Instr::PopTop);
        }
        self.use_next_block(first);
    }

    /// `pattern_helper_rotate`: 3.10's ROT_N spelled with SWAPs.
    fn rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.addop(Instr::Swap(u32_of(count)));
            count -= 1;
        }
    }

    /// `pattern_helper_store_name`.
    fn pattern_store_name(&mut self, name: Option<&str>, pc: &mut PatternContext) -> R {
        let Some(name) = name else {
            self.addop(Instr::PopTop);
            return Ok(());
        };
        if name == "__debug__" {
            return Err(self.error("cannot assign to __debug__"));
        }
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    /// `compiler_pattern`.
    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> R {
        self.set_loc(p.span);
        match &p.kind {
            PatternKind::MatchValue(value) => {
                if fold::const_value(value).is_none()
                    && !matches!(value.kind, ExprKind::Attribute { .. })
                {
                    return Err(
                        self.error("patterns may only match literals and attribute lookups")
                    );
                }
                self.visit_expr(value)?;
                self.addop(Instr::CompareOp(CmpOp::Eq));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::MatchSingleton(c) => {
                self.load_const(fold::literal(c));
                self.addop(Instr::IsOp(false));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::MatchSequence(patterns) => self.pattern_sequence(patterns, pc),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(keys, patterns, rest.as_deref(), pc),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.pattern_class(p, cls, patterns, kwd_attrs, kwd_patterns, pc),
            PatternKind::MatchStar(name) => self.pattern_store_name(name.as_deref(), pc),
            PatternKind::MatchAs { pattern, name } => {
                let Some(inner) = pattern else {
                    if !pc.allow_irrefutable {
                        return Err(match name {
                            Some(n) => self.error(format!(
                                "name capture '{n}' makes remaining patterns unreachable"
                            )),
                            None => self.error("wildcard makes remaining patterns unreachable"),
                        });
                    }
                    return self.pattern_store_name(name.as_deref(), pc);
                };
                pc.on_top += 1;
                self.addop(Instr::Copy(1));
                self.pattern(inner, pc)?;
                pc.on_top -= 1;
                self.pattern_store_name(name.as_deref(), pc)
            }
            PatternKind::MatchOr(alts) => self.pattern_or(alts, pc),
        }
    }

    /// `compiler_pattern_subpattern`: irrefutable sub-patterns are fine.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> R {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    /// `compiler_pattern_sequence`.
    fn pattern_sequence(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext) -> R {
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let PatternKind::MatchStar(_) = p.kind {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern"));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        pc.on_top += 1;
        self.addop(Instr::MatchSequence);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        match star {
            None => {
                self.addop(Instr::GetLen);
                self.load_const(int_const(size));
                self.addop(Instr::CompareOp(CmpOp::Eq));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.addop(Instr::GetLen);
                self.load_const(int_const(size - 1));
                self.addop(Instr::CompareOp(CmpOp::GtE));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.addop(Instr::PopTop);
            Ok(())
        } else if star_wildcard {
            self.sequence_subscr(patterns, star.unwrap_or(0), pc)
        } else {
            self.sequence_unpack(patterns, pc)
        }
    }

    /// `pattern_helper_sequence_unpack` (with `pattern_unpack_helper`).
    fn sequence_unpack(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext) -> R {
        let n = patterns.len();
        match patterns
            .iter()
            .position(|p| matches!(p.kind, PatternKind::MatchStar(_)))
        {
            Some(i) => {
                if i >= 1 << 8 || n - i > (i32::MAX >> 8) as usize {
                    return Err(
                        self.error("too many expressions in star-unpacking sequence pattern")
                    );
                }
                self.addop(Instr::UnpackEx {
                    before: u32_of(i),
                    after: u32_of(n - i - 1),
                });
            }
            None => self.addop(Instr::UnpackSequence(u32_of(n))),
        }
        pc.on_top += n;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `pattern_helper_sequence_subscr`: `[first, *_, last]` indexes instead of unpacking.
    fn sequence_subscr(
        &mut self,
        patterns: &'a [Pattern],
        star: usize,
        pc: &mut PatternContext,
    ) -> R {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, p) in patterns.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.addop(Instr::Copy(1));
            if i < star {
                self.load_const(int_const(i));
            } else {
                self.addop(Instr::GetLen);
                self.load_const(int_const(size - i));
                self.addop(Instr::BinaryOp(BinaryOp {
                    op: BinOp::Sub,
                    inplace: false,
                }));
            }
            self.addop(Instr::BinarySubscr);
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.addop(Instr::PopTop);
        Ok(())
    }

    /// `compiler_pattern_class`.
    fn pattern_class(
        &mut self,
        p: &'a Pattern,
        cls: &'a crate::syntax::ast::Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> R {
        if !kwd_attrs.is_empty() {
            // validate_kwd_attrs
            for (i, attr) in kwd_attrs.iter().enumerate() {
                if let Some(j) = kwd_attrs[i + 1..].iter().position(|o| o == attr) {
                    if let Some(other) = kwd_patterns.get(i + 1 + j) {
                        self.set_loc(other.span);
                    }
                    return Err(
                        self.error(format!("attribute name repeated in class pattern: {attr}"))
                    );
                }
            }
            self.set_loc(p.span);
        }
        self.visit_expr(cls)?;
        let names = kwd_attrs
            .iter()
            .map(|a| Constant::Str(a.as_str().into()))
            .collect::<Vec<_>>();
        self.load_const(Constant::Tuple(names.into()));
        let nargs = patterns.len();
        let nattrs = kwd_attrs.len();
        self.addop(Instr::MatchClass(u32_of(nargs)));
        self.addop(Instr::Copy(1));
        self.load_const(Constant::None);
        self.addop(Instr::IsOp(true));
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        self.addop(Instr::UnpackSequence(u32_of(nargs + nattrs)));
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for sub in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(sub) {
                self.addop(Instr::PopTop);
                continue;
            }
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }

    /// `compiler_pattern_mapping`.
    fn pattern_mapping(
        &mut self,
        keys: &'a [crate::syntax::ast::Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a str>,
        pc: &mut PatternContext,
    ) -> R {
        let size = keys.len();
        pc.on_top += 1;
        self.addop(Instr::MatchMapping);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.addop(Instr::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.addop(Instr::GetLen);
            self.load_const(int_const(size));
            self.addop(Instr::CompareOp(CmpOp::GtE));
            self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        }
        let mut seen: Vec<Constant> = Vec::new();
        for key in keys {
            if let Some(c) = fold::const_value(key) {
                if seen
                    .iter()
                    .any(|s| crate::compile::consts::same_key(s, &c) || const_equal(s, &c))
                {
                    let repr = crate::compile::dis::const_repr(&c);
                    return Err(
                        self.error(format!("mapping pattern checks duplicate key ({repr})"))
                    );
                }
                seen.push(c);
            } else if !matches!(key.kind, ExprKind::Attribute { .. }) {
                return Err(self
                    .error("mapping pattern keys may only match literals and attribute lookups"));
            }
            self.visit_expr(key)?;
        }
        self.addop(Instr::BuildTuple(u32_of(size)));
        self.addop(Instr::MatchKeys);
        pc.on_top += 2;
        self.addop(Instr::Copy(1));
        self.load_const(Constant::None);
        self.addop(Instr::IsOp(true));
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        self.addop(Instr::UnpackSequence(u32_of(size)));
        pc.on_top += size;
        pc.on_top -= 1;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 2;
        if rest.is_some() {
            self.addop(Instr::BuildMap(0));
            self.addop(Instr::Swap(3));
            self.addop(Instr::DictUpdate(2));
            self.addop(Instr::UnpackSequence(u32_of(size)));
            let mut remaining = size;
            while remaining > 0 {
                self.addop(Instr::Copy(u32_of(1 + remaining)));
                remaining -= 1;
                self.addop(Instr::Swap(2));
                self.addop(Instr::DeleteSubscr);
            }
            self.pattern_store_name(rest, pc)
        } else {
            self.addop(Instr::PopTop);
            self.addop(Instr::PopTop);
            Ok(())
        }
    }

    /// `compiler_pattern_or`.
    fn pattern_or(&mut self, alts: &'a [Pattern], pc: &mut PatternContext) -> R {
        let end = self.new_block();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_allow = pc.allow_irrefutable;
        let old_on_top = pc.on_top;
        let mut control: Option<Vec<String>> = None;
        let size = alts.len();
        for (i, alt) in alts.iter().enumerate() {
            self.set_loc(alt.span);
            pc.stores = Vec::new();
            pc.allow_irrefutable = i == size - 1 && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.addop(Instr::Copy(1));
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) => {
                    if pc.stores.len() != ctl.len() {
                        return Err(self.error("alternative patterns bind different names"));
                    }
                    for icontrol in (0..ctl.len()).rev() {
                        let name = &ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return Err(self.error("alternative patterns bind different names"));
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            pc.stores.splice(at..at, rotated);
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.jump(Instr::Jump, end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.fail_pop = old_fail_pop;
        pc.allow_irrefutable = old_allow;
        pc.on_top = old_on_top;
        self.addop(Instr::PopTop);
        self.jump_to_fail_pop(pc, Instr::Jump);
        self.use_next_block(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
            }
            pc.stores.push(name);
        }
        self.addop(Instr::PopTop);
        Ok(())
    }
}

/// Mapping keys `1` and `1.0` (and `True`) are the same key for the duplicate check (a set of
/// the constant values).
fn const_equal(a: &Constant, b: &Constant) -> bool {
    use num_traits::ToPrimitive;
    let num = |c: &Constant| match c {
        Constant::Int(i) => i.to_f64(),
        Constant::Bool(b) => Some(f64::from(u8::from(*b))),
        Constant::Float(f) => Some(*f),
        _ => None,
    };
    match (num(a), num(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}
