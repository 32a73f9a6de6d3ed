//! `await`, `async for`, `async with` and asynchronous comprehensions, after CPython 3.11's
//! Python/compile.c (`compiler_async_for`, `compiler_async_with`,
//! `compiler_async_comprehension_generator`, the `Await_kind` case).

use super::{BlockId, CompKind, Compiler, Constant, Ctx, FBlockKind, Instr, Op, R};
use crate::syntax::ast::{Comprehension, Expr, Stmt, WithItem};

impl<'a> Compiler<'a> {
    /// `await value`.
    pub(super) fn await_(&mut self, value: &'a Expr) -> R {
        self.visit_expr(value)?;
        self.addop(Instr::GetAwaitable(0));
        self.load_const(Constant::None);
        self.add_yield_from();
        Ok(())
    }

    /// `compiler_async_for`.
    pub(super) fn async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> R {
        let start = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        self.visit_expr(iter)?;
        self.addop(Instr::GetAiter);
        self.use_next_block(start);
        self.push_fblock(FBlockKind::ForLoop, Some(start), Some(end))?;
        self.addop_op(Op::SetupFinally(except));
        self.addop(Instr::GetAnext);
        self.load_const(Constant::None);
        self.add_yield_from();
        self.addop_op(Op::PopBlock);
        self.visit_expr_ctx(target, Ctx::Store)?;
        self.visit_stmts(body)?;
        self.unset_loc();
        self.jump(Instr::Jump, start);
        self.pop_fblock();
        self.use_next_block(except);
        self.set_loc(iter.span);
        self.addop(Instr::EndAsyncFor);
        self.visit_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    /// `compiler_async_with`.
    pub(super) fn async_with(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        pos: usize,
    ) -> R {
        let Some(item) = items.get(pos) else {
            return self.visit_stmts(body);
        };
        let block = self.new_block();
        let final_ = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.visit_expr(&item.context_expr)?;
        self.addop(Instr::BeforeAsyncWith);
        self.addop(Instr::GetAwaitable(1));
        self.load_const(Constant::None);
        self.add_yield_from();
        self.addop_op(Op::SetupWith(final_));
        self.use_next_block(block);
        self.push_fblock(FBlockKind::AsyncWith(s), Some(block), Some(final_))?;
        if let Some(v) = &item.optional_vars {
            self.visit_expr_ctx(v, Ctx::Store)?;
        } else {
            self.addop(Instr::PopTop);
        }
        if pos + 1 == items.len() {
            self.visit_stmts(body)?;
        } else {
            self.async_with(s, items, body, pos + 1)?;
        }
        self.pop_fblock();
        self.addop_op(Op::PopBlock);
        self.set_loc(s.span);
        self.call_exit_with_nones();
        self.addop(Instr::GetAwaitable(2));
        self.load_const(Constant::None);
        self.add_yield_from();
        self.addop(Instr::PopTop);
        self.jump(Instr::Jump, exit);
        self.use_next_block(final_);
        self.addop_op(Op::SetupCleanup(cleanup));
        self.addop(Instr::PushExcInfo);
        self.addop(Instr::WithExceptStart);
        self.addop(Instr::GetAwaitable(2));
        self.load_const(Constant::None);
        self.add_yield_from();
        self.with_except_finish(cleanup);
        self.use_next_block(exit);
        Ok(())
    }

    /// `compiler_async_comprehension_generator`.
    pub(super) fn async_comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        gen_index: usize,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> R {
        let start = self.new_block();
        let except: BlockId = self.new_block();
        let if_cleanup = self.new_block();
        let gen = &generators[gen_index];
        if gen_index == 0 {
            self.u().argcount = 1;
            self.addop(Instr::LoadFast(0));
        } else {
            self.visit_expr(&gen.iter)?;
            self.addop(Instr::GetAiter);
        }
        self.use_next_block(start);
        self.push_fblock(FBlockKind::AsyncComprehensionGenerator, Some(start), None)?;
        self.addop_op(Op::SetupFinally(except));
        self.addop(Instr::GetAnext);
        self.load_const(Constant::None);
        self.add_yield_from();
        self.addop_op(Op::PopBlock);
        self.visit_expr_ctx(&gen.target, Ctx::Store)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        let depth = depth + 1;
        if gen_index + 1 < generators.len() {
            self.comprehension_generator(generators, gen_index + 1, depth, elt, val, kind)?;
        } else {
            self.comprehension_element(kind, elt, val, depth)?;
        }
        self.use_next_block(if_cleanup);
        self.jump(Instr::Jump, start);
        self.pop_fblock();
        self.use_next_block(except);
        self.addop(Instr::EndAsyncFor);
        Ok(())
    }
}
