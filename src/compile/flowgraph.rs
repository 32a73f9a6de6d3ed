//! The control-flow graph the code generator emits into, and the passes CPython 3.11's
//! `assemble()` runs over it (Python/compile.c): CFG optimisation, line-number propagation,
//! stack depths, exception-table labelling and the final layout.

use super::code::{Constant, ExceptionEntry, Instr, Position};
use super::consts::ConstTable;

pub(crate) type BlockId = usize;

/// An instruction of the graph: a real one (jump targets hold block ids until assembly) or
/// one of the pseudo-instructions that describe exception handlers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Op {
    Real(Instr),
    /// `SETUP_FINALLY`: an exception in the protected range jumps to the block.
    SetupFinally(BlockId),
    /// `SETUP_CLEANUP`: like `SetupFinally`, also pushing `lasti`.
    SetupCleanup(BlockId),
    /// `SETUP_WITH`: like `SetupCleanup`, with the `__enter__` result popped first.
    SetupWith(BlockId),
    /// `POP_BLOCK`: ends the innermost protected range.
    PopBlock,
    /// `RESUME`: kept while optimising (its line number matters to NOP removal), dropped
    /// from the final code.
    Resume,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct IrInstr {
    pub op: Op,
    /// `None` is CPython's "no location" (lineno -1): filled in by propagation.
    pub loc: Option<Position>,
    /// The handler this instruction is covered by (set by `label_exception_targets`).
    except: Option<BlockId>,
}

impl IrInstr {
    pub fn new(op: Op, loc: Option<Position>) -> IrInstr {
        IrInstr {
            op,
            loc,
            except: None,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Block {
    pub instrs: Vec<IrInstr>,
    /// The block that follows in layout order (`b_next`).
    pub next: Option<BlockId>,
    predecessors: u32,
    startdepth: Option<i32>,
    preserve_lasti: bool,
    visited: bool,
    offset: u32,
}

/// Returns the jump target of an instruction, including the handler of a `Setup*`.
fn target_of(op: &Op) -> Option<BlockId> {
    match *op {
        Op::Real(i) => real_target(&i).map(|t| t as BlockId),
        Op::SetupFinally(t) | Op::SetupCleanup(t) | Op::SetupWith(t) => Some(t),
        Op::PopBlock | Op::Resume => None,
    }
}

fn real_target(i: &Instr) -> Option<u32> {
    match *i {
        Instr::Jump(t)
        | Instr::PopJumpIfFalse(t)
        | Instr::PopJumpIfTrue(t)
        | Instr::PopJumpIfNone(t)
        | Instr::PopJumpIfNotNone(t)
        | Instr::JumpIfFalseOrPop(t)
        | Instr::JumpIfTrueOrPop(t)
        | Instr::ForIter(t)
        | Instr::Send(t) => Some(t),
        _ => None,
    }
}

fn with_target(op: Op, t: BlockId) -> Op {
    let t32 = t as u32;
    match op {
        Op::Real(i) => Op::Real(match i {
            Instr::Jump(_) => Instr::Jump(t32),
            Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(t32),
            Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(t32),
            Instr::PopJumpIfNone(_) => Instr::PopJumpIfNone(t32),
            Instr::PopJumpIfNotNone(_) => Instr::PopJumpIfNotNone(t32),
            Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(t32),
            Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(t32),
            Instr::ForIter(_) => Instr::ForIter(t32),
            Instr::Send(_) => Instr::Send(t32),
            other => other,
        }),
        Op::SetupFinally(_) => Op::SetupFinally(t),
        Op::SetupCleanup(_) => Op::SetupCleanup(t),
        Op::SetupWith(_) => Op::SetupWith(t),
        op @ (Op::PopBlock | Op::Resume) => op,
    }
}

fn is_jump(op: &Op) -> bool {
    matches!(op, Op::Real(i) if real_target(i).is_some())
}

fn is_block_push(op: &Op) -> bool {
    matches!(
        op,
        Op::SetupFinally(_) | Op::SetupCleanup(_) | Op::SetupWith(_)
    )
}

fn is_unconditional_jump(op: &Op) -> bool {
    matches!(op, Op::Real(Instr::Jump(_)))
}

/// `IS_SCOPE_EXIT_OPCODE`.
fn is_scope_exit(op: &Op) -> bool {
    matches!(
        op,
        Op::Real(Instr::ReturnValue | Instr::RaiseVarargs(_) | Instr::Reraise(_))
    )
}

fn is_nop(op: &Op) -> bool {
    matches!(op, Op::Real(Instr::Nop))
}

fn line(loc: Option<Position>) -> i64 {
    loc.map_or(-1, |p| p.line as i64)
}

/// `stack_effect()`: the change in stack depth, on the jumping edge when `jump`.
fn stack_effect(op: &Op, jump: bool) -> i32 {
    let i = match op {
        Op::SetupFinally(_) | Op::SetupWith(_) => return if jump { 1 } else { 0 },
        Op::SetupCleanup(_) => return if jump { 2 } else { 0 },
        Op::PopBlock | Op::Resume => return 0,
        Op::Real(i) => i,
    };
    let n = |x: &u32| *x as i32;
    match i {
        Instr::Nop | Instr::Swap(_) => 0,
        Instr::PopTop => -1,
        Instr::PushNull | Instr::Copy(_) => 1,
        Instr::LoadConst(_)
        | Instr::LoadName(_)
        | Instr::LoadGlobal(_)
        | Instr::LoadFast(_)
        | Instr::LoadClosure(_)
        | Instr::LoadDeref(_)
        | Instr::LoadClassDeref(_) => 1,
        Instr::StoreName(_)
        | Instr::StoreGlobal(_)
        | Instr::StoreFast(_)
        | Instr::StoreDeref(_) => -1,
        Instr::DeleteName(_)
        | Instr::DeleteGlobal(_)
        | Instr::DeleteFast(_)
        | Instr::DeleteDeref(_)
        | Instr::MakeCell(_)
        | Instr::CopyFreeVars(_) => 0,
        Instr::LoadAttr(_) => 0,
        Instr::StoreAttr(_) => -2,
        Instr::DeleteAttr(_) => -1,
        Instr::LoadMethod(_) => 1,
        Instr::BinarySubscr => -1,
        Instr::StoreSubscr => -3,
        Instr::DeleteSubscr => -2,
        Instr::BuildSlice(k) => 1 - n(k),
        Instr::BinaryOp(_) | Instr::CompareOp(_) | Instr::IsOp(_) | Instr::ContainsOp(_) => -1,
        Instr::UnaryNegative | Instr::UnaryPositive | Instr::UnaryNot | Instr::UnaryInvert => 0,
        Instr::BuildTuple(k) | Instr::BuildList(k) | Instr::BuildSet(k) | Instr::BuildString(k) => {
            1 - n(k)
        }
        Instr::BuildMap(k) => 1 - 2 * n(k),
        Instr::BuildConstKeyMap(k) => -n(k),
        Instr::ListAppend(_) | Instr::SetAdd(_) => -1,
        Instr::MapAdd(_) => -2,
        Instr::ListExtend(_) | Instr::SetUpdate(_) | Instr::DictUpdate(_) | Instr::DictMerge(_) => {
            -1
        }
        Instr::ListToTuple => 0,
        Instr::FormatValue { has_spec, .. } => {
            if *has_spec {
                -1
            } else {
                0
            }
        }
        Instr::UnpackSequence(k) => n(k) - 1,
        Instr::UnpackEx { before, after } => n(before) + n(after),
        Instr::GetIter | Instr::GetYieldFromIter | Instr::YieldValue => 0,
        Instr::ForIter(_) => {
            if jump {
                -1
            } else {
                1
            }
        }
        Instr::Send(_) => {
            if jump {
                -1
            } else {
                0
            }
        }
        Instr::Jump(_) => 0,
        Instr::PopJumpIfFalse(_)
        | Instr::PopJumpIfTrue(_)
        | Instr::PopJumpIfNone(_)
        | Instr::PopJumpIfNotNone(_) => -1,
        Instr::JumpIfFalseOrPop(_) | Instr::JumpIfTrueOrPop(_) => {
            if jump {
                0
            } else {
                -1
            }
        }
        Instr::KwNames(_) => 0,
        Instr::Call(k) => -n(k) - 1,
        Instr::CallFunctionEx(kw) => -2 - i32::from(*kw),
        Instr::MakeFunction(flags) => -(flags.count_ones() as i32),
        Instr::ReturnValue => -1,
        Instr::ImportName(_) => -1,
        Instr::ImportFrom(_) => 1,
        Instr::ImportStar => -1,
        Instr::LoadBuildClass => 1,
        Instr::SetupAnnotations => 0,
        Instr::RaiseVarargs(k) => -n(k),
        Instr::Reraise(_) => -1,
        Instr::PushExcInfo => 1,
        Instr::PopExcept => -1,
        Instr::CheckExcMatch | Instr::CheckEgMatch => 0,
        Instr::PrepReraiseStar => -1,
        Instr::LoadAssertionError => 1,
        Instr::BeforeWith | Instr::WithExceptStart => 1,
        Instr::GetAwaitable(_) | Instr::GetAiter | Instr::AsyncGenWrap => 0,
        Instr::GetAnext | Instr::BeforeAsyncWith => 1,
        Instr::EndAsyncFor => -2,
        Instr::GetLen | Instr::MatchMapping | Instr::MatchSequence | Instr::MatchKeys => 1,
        Instr::MatchClass(_) => -2,
    }
}

/// The graph of one code object under construction (`struct compiler_unit`'s blocks).
#[derive(Debug, Default)]
pub(crate) struct Cfg {
    /// All blocks in allocation order (CPython walks `b_list`, newest first).
    pub blocks: Vec<Block>,
    pub entry: BlockId,
    pub current: BlockId,
}

impl Cfg {
    pub fn new() -> Cfg {
        let mut cfg = Cfg::default();
        cfg.entry = cfg.new_block();
        cfg.current = cfg.entry;
        cfg
    }

    /// `compiler_new_block`.
    pub fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block::default());
        self.blocks.len() - 1
    }

    /// `compiler_use_next_block`: `block` follows the current block in layout order.
    pub fn use_next_block(&mut self, block: BlockId) {
        self.blocks[self.current].next = Some(block);
        self.current = block;
    }

    /// `compiler_next_block`.
    pub fn next_block(&mut self) {
        let b = self.new_block();
        self.use_next_block(b);
    }

    /// `basicblock_addop`; a jump or scope exit ends its block, so anything emitted after one
    /// starts a new (unreachable) block, as CPython's `NEXT_BLOCK` after them does.
    pub fn addop(&mut self, op: Op, loc: Option<Position>) {
        if let Some(last) = self.blocks[self.current].instrs.last() {
            if is_jump(&last.op) || is_scope_exit(&last.op) {
                self.next_block();
            }
        }
        self.blocks[self.current].instrs.push(IrInstr {
            op,
            loc,
            except: None,
        });
    }

    /// Whether the current block ends in a `ReturnValue` (`b_return`).
    pub fn current_returns(&self) -> bool {
        matches!(
            self.blocks[self.current].instrs.last(),
            Some(IrInstr {
                op: Op::Real(Instr::ReturnValue),
                ..
            })
        )
    }

    fn last(&self, b: BlockId) -> Option<&IrInstr> {
        self.blocks[b].instrs.last()
    }

    fn nofallthrough(&self, b: BlockId) -> bool {
        self.last(b)
            .is_some_and(|i| is_unconditional_jump(&i.op) || is_scope_exit(&i.op))
    }

    fn exits(&self, b: BlockId) -> bool {
        self.last(b).is_some_and(|i| is_scope_exit(&i.op))
    }

    fn layout(&self) -> Vec<BlockId> {
        let mut out = Vec::new();
        let mut b = Some(self.entry);
        while let Some(id) = b {
            out.push(id);
            b = self.blocks[id].next;
        }
        out
    }

    /// `normalize_basic_block`: jumps skip over empty blocks.
    fn normalize_basic_blocks(&mut self) {
        for b in 0..self.blocks.len() {
            for k in 0..self.blocks[b].instrs.len() {
                let op = self.blocks[b].instrs[k].op;
                if let (true, Some(t)) = (is_jump(&op), target_of(&op)) {
                    let t = self.skip_empty(t);
                    self.blocks[b].instrs[k].op = with_target(op, t);
                }
            }
        }
    }

    /// `extend_block`: a block ending in an unconditional jump to a small exit block without
    /// line numbers gets a copy of that block instead.
    fn extend_block(&mut self, b: BlockId) {
        let Some(last) = self.last(b).copied() else {
            return;
        };
        if !is_unconditional_jump(&last.op) {
            return;
        }
        let Some(target) = target_of(&last.op) else {
            return;
        };
        // Only blocks without line numbers (like an implicit `return None`) are copied.
        if self.exits(target)
            && self.blocks[target].instrs.len() <= 4
            && self.blocks[target].instrs.iter().all(|i| i.loc.is_none())
        {
            let copy = self.blocks[target].instrs.clone();
            let bb = &mut self.blocks[b];
            if let Some(l) = bb.instrs.last_mut() {
                l.op = Op::Real(Instr::Nop);
            }
            bb.instrs.extend(copy);
        }
    }

    /// Skips empty blocks in a jump's target (as `optimize_basic_block` does).
    fn skip_empty(&self, mut t: BlockId) -> BlockId {
        while self.blocks[t].instrs.is_empty() {
            match self.blocks[t].next {
                Some(n) => t = n,
                None => break,
            }
        }
        t
    }

    /// `jump_thread`.
    fn jump_thread(&mut self, b: BlockId, i: usize, target_instr: IrInstr, opcode: Op) -> bool {
        let inst = self.blocks[b].instrs[i];
        let (Some(t1), Some(t2)) = (target_of(&inst.op), target_of(&target_instr.op)) else {
            return false;
        };
        if line(inst.loc) == line(target_instr.loc) && t1 != t2 {
            self.blocks[b].instrs[i].op = with_target(opcode, t2);
            return true;
        }
        false
    }

    /// `optimize_basic_block`.
    fn optimize_basic_block(&mut self, b: BlockId, consts: &mut ConstTable) {
        let mut i: isize = 0;
        while (i as usize) < self.blocks[b].instrs.len() {
            let iu = i as usize;
            let inst = self.blocks[b].instrs[iu];
            let next = self.blocks[b].instrs.get(iu + 1).map(|x| x.op);
            let mut target_instr = IrInstr {
                op: Op::Real(Instr::Nop),
                loc: None,
                except: None,
            };
            if let Some(t) = target_of(&inst.op) {
                let t = self.skip_empty(t);
                self.blocks[b].instrs[iu].op = with_target(inst.op, t);
                if let Some(first) = self.blocks[t].instrs.first() {
                    target_instr = *first;
                }
            }
            let inst = self.blocks[b].instrs[iu];
            let t_op = target_instr.op;
            match inst.op {
                Op::Real(Instr::LoadConst(ci)) => {
                    let value = consts.get(ci).clone();
                    match next {
                        Some(Op::Real(
                            j @ (Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_)),
                        )) => {
                            let is_true = super::fold::truthy(&value);
                            let jump_if_true = matches!(j, Instr::PopJumpIfTrue(_));
                            self.blocks[b].instrs[iu].op = Op::Real(Instr::Nop);
                            let t = real_target(&j).unwrap_or(0);
                            self.blocks[b].instrs[iu + 1].op = if is_true == jump_if_true {
                                Op::Real(Instr::Jump(t))
                            } else {
                                Op::Real(Instr::Nop)
                            };
                        }
                        Some(Op::Real(
                            j @ (Instr::JumpIfFalseOrPop(_) | Instr::JumpIfTrueOrPop(_)),
                        )) => {
                            let is_true = super::fold::truthy(&value);
                            let jump_if_true = matches!(j, Instr::JumpIfTrueOrPop(_));
                            let t = real_target(&j).unwrap_or(0);
                            if is_true == jump_if_true {
                                self.blocks[b].instrs[iu + 1].op = Op::Real(Instr::Jump(t));
                            } else {
                                self.blocks[b].instrs[iu].op = Op::Real(Instr::Nop);
                                self.blocks[b].instrs[iu + 1].op = Op::Real(Instr::Nop);
                            }
                        }
                        Some(Op::Real(Instr::IsOp(inverted))) => {
                            let jump = self.blocks[b].instrs.get(iu + 2).map(|x| x.op);
                            if let Some(Op::Real(
                                j @ (Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_)),
                            )) = jump
                            {
                                if value == Constant::None {
                                    let t = real_target(&j).unwrap_or(0);
                                    let if_false = matches!(j, Instr::PopJumpIfFalse(_));
                                    self.blocks[b].instrs[iu].op = Op::Real(Instr::Nop);
                                    self.blocks[b].instrs[iu + 1].op = Op::Real(Instr::Nop);
                                    self.blocks[b].instrs[iu + 2].op =
                                        Op::Real(if inverted ^ if_false {
                                            Instr::PopJumpIfNotNone(t)
                                        } else {
                                            Instr::PopJumpIfNone(t)
                                        });
                                }
                            }
                        }
                        _ => {}
                    }
                }
                Op::Real(Instr::BuildTuple(n)) => {
                    if let Some(Op::Real(Instr::UnpackSequence(m))) = next {
                        if m == n && (1..=3).contains(&n) {
                            self.blocks[b].instrs[iu].op = Op::Real(Instr::Nop);
                            self.blocks[b].instrs[iu + 1].op = if n == 1 {
                                Op::Real(Instr::Nop)
                            } else {
                                Op::Real(Instr::Swap(n))
                            };
                            i += 1;
                            continue;
                        }
                    }
                    if iu >= n as usize {
                        self.fold_tuple_on_constants(b, iu, n as usize, consts);
                    }
                }
                Op::Real(Instr::JumpIfFalseOrPop(_)) => match t_op {
                    Op::Real(Instr::PopJumpIfFalse(_)) => {
                        let op = Op::Real(Instr::PopJumpIfFalse(0));
                        i -= isize::from(self.jump_thread(b, iu, target_instr, op));
                    }
                    Op::Real(Instr::Jump(_) | Instr::JumpIfFalseOrPop(_)) => {
                        let op = Op::Real(Instr::JumpIfFalseOrPop(0));
                        i -= isize::from(self.jump_thread(b, iu, target_instr, op));
                    }
                    Op::Real(Instr::JumpIfTrueOrPop(_) | Instr::PopJumpIfTrue(_))
                        if line(inst.loc) == line(target_instr.loc) =>
                    {
                        i -= isize::from(self.retarget_after(b, iu, Instr::PopJumpIfFalse(0)));
                    }
                    _ => {}
                },
                Op::Real(Instr::JumpIfTrueOrPop(_)) => match t_op {
                    Op::Real(Instr::PopJumpIfTrue(_)) => {
                        let op = Op::Real(Instr::PopJumpIfTrue(0));
                        i -= isize::from(self.jump_thread(b, iu, target_instr, op));
                    }
                    Op::Real(Instr::Jump(_) | Instr::JumpIfTrueOrPop(_)) => {
                        let op = Op::Real(Instr::JumpIfTrueOrPop(0));
                        i -= isize::from(self.jump_thread(b, iu, target_instr, op));
                    }
                    Op::Real(Instr::JumpIfFalseOrPop(_) | Instr::PopJumpIfFalse(_))
                        if line(inst.loc) == line(target_instr.loc) =>
                    {
                        i -= isize::from(self.retarget_after(b, iu, Instr::PopJumpIfTrue(0)));
                    }
                    _ => {}
                },
                Op::Real(
                    Instr::PopJumpIfNone(_)
                    | Instr::PopJumpIfNotNone(_)
                    | Instr::PopJumpIfFalse(_)
                    | Instr::PopJumpIfTrue(_)
                    | Instr::Jump(_),
                ) => {
                    if let Op::Real(Instr::Jump(_)) = t_op {
                        i -= isize::from(self.jump_thread(b, iu, target_instr, inst.op));
                    }
                }
                Op::Real(Instr::PushNull) => {
                    // 3.11 folds the NULL into LOAD_GLOBAL's oparg: the NULL takes the
                    // LOAD_GLOBAL's location and a NOP keeps the PUSH_NULL's.
                    if let Some(
                        next @ IrInstr {
                            op: Op::Real(Instr::LoadGlobal(_)),
                            ..
                        },
                    ) = self.blocks[b].instrs.get(iu + 1).copied()
                    {
                        self.blocks[b].instrs[iu].loc = next.loc;
                        self.blocks[b]
                            .instrs
                            .insert(iu, IrInstr::new(Op::Real(Instr::Nop), inst.loc));
                        i += 1;
                    }
                }
                Op::Real(Instr::Swap(n)) => {
                    if n == 1 {
                        self.blocks[b].instrs[iu].op = Op::Real(Instr::Nop);
                    } else {
                        let last = self.swaptimize(b, iu);
                        self.apply_static_swaps(b, last);
                        i = last as isize;
                    }
                }
                _ => {}
            }
            i += 1;
        }
    }

    /// `inst->i_target = inst->i_target->b_next` with a new opcode; false when there is no
    /// next block.
    fn retarget_after(&mut self, b: BlockId, i: usize, instr: Instr) -> bool {
        let Some(t) = target_of(&self.blocks[b].instrs[i].op) else {
            return false;
        };
        match self.blocks[t].next {
            Some(n) => {
                self.blocks[b].instrs[i].op = with_target(Op::Real(instr), n);
                true
            }
            None => false,
        }
    }

    /// `fold_tuple_on_constants`: `LoadConst` x n + `BuildTuple(n)` -> one constant tuple.
    fn fold_tuple_on_constants(&mut self, b: BlockId, i: usize, n: usize, consts: &mut ConstTable) {
        let mut items = Vec::with_capacity(n);
        for inst in &self.blocks[b].instrs[i - n..i] {
            match inst.op {
                Op::Real(Instr::LoadConst(c)) => items.push(consts.get(c).clone()),
                _ => return,
            }
        }
        let index = consts.add(Constant::Tuple(items.into()));
        for inst in &mut self.blocks[b].instrs[i - n..i] {
            inst.op = Op::Real(Instr::Nop);
        }
        self.blocks[b].instrs[i].op = Op::Real(Instr::LoadConst(index));
    }

    /// `swaptimize`: a run of SWAPs and NOPs becomes the fewest SWAPs with the same effect.
    /// Returns the index of the run's last instruction.
    fn swaptimize(&mut self, b: BlockId, start: usize) -> usize {
        let instrs = &mut self.blocks[b].instrs[start..];
        let mut depth = 0;
        let mut len = 0;
        let mut more = false;
        for (k, inst) in instrs.iter().enumerate() {
            match inst.op {
                Op::Real(Instr::Swap(n)) => {
                    depth = depth.max(n as usize);
                    more |= k > 0;
                }
                Op::Real(Instr::Nop) => {}
                _ => break,
            }
            len = k + 1;
        }
        if !more {
            return start;
        }
        const VISITED: isize = -1;
        let mut stack: Vec<isize> = (0..depth as isize).collect();
        for inst in &instrs[..len] {
            if let Op::Real(Instr::Swap(n)) = inst.op {
                stack.swap(0, n as usize - 1);
            }
        }
        let mut current = len as isize - 1;
        for i in 0..depth {
            if stack[i] == VISITED || stack[i] == i as isize {
                continue;
            }
            let mut j = i;
            loop {
                if j != 0 {
                    instrs[current as usize].op = Op::Real(Instr::Swap(j as u32 + 1));
                    current -= 1;
                }
                if stack[j] == VISITED {
                    break;
                }
                let next = stack[j] as usize;
                stack[j] = VISITED;
                j = next;
            }
        }
        while current >= 0 {
            instrs[current as usize].op = Op::Real(Instr::Nop);
            current -= 1;
        }
        start + len - 1
    }

    /// `apply_static_swaps`: `SWAP`s before `STORE_FAST`/`POP_TOP` runs become reorderings.
    fn apply_static_swaps(&mut self, b: BlockId, start: usize) {
        let swappable = |op: &Op| matches!(op, Op::Real(Instr::StoreFast(_) | Instr::PopTop));
        let instrs = &mut self.blocks[b].instrs;
        let next_swappable = |instrs: &[IrInstr], mut i: usize, lineno: Option<i64>| loop {
            i += 1;
            if i >= instrs.len() {
                return None;
            }
            if let Some(l) = lineno {
                if l >= 0 && line(instrs[i].loc) != l {
                    return None;
                }
            }
            if is_nop(&instrs[i].op) {
                continue;
            }
            if swappable(&instrs[i].op) {
                return Some(i);
            }
            return None;
        };
        let mut i = start as isize;
        while i >= 0 {
            let iu = i as usize;
            let Op::Real(Instr::Swap(n)) = instrs[iu].op else {
                if is_nop(&instrs[iu].op) || swappable(&instrs[iu].op) {
                    i -= 1;
                    continue;
                }
                return;
            };
            let Some(j) = next_swappable(instrs, iu, None) else {
                return;
            };
            let lineno = line(instrs[j].loc);
            let mut k = j;
            for _ in 1..n {
                match next_swappable(instrs, k, Some(lineno)) {
                    Some(x) => k = x,
                    None => return,
                }
            }
            instrs[iu].op = Op::Real(Instr::Nop);
            instrs.swap(j, k);
            i -= 1;
        }
    }

    /// `clean_basic_block`: removes NOPs that carry no needed line number.
    fn clean_basic_block(&mut self, b: BlockId) {
        let mut next_first_line = None;
        let mut nb = self.blocks[b].next;
        while let Some(n) = nb {
            if let Some(first) = self.blocks[n].instrs.first() {
                next_first_line = Some(line(first.loc));
                break;
            }
            nb = self.blocks[n].next;
        }
        let instrs = &mut self.blocks[b].instrs;
        let mut out: Vec<IrInstr> = Vec::with_capacity(instrs.len());
        let mut prev_lineno = -1;
        let len = instrs.len();
        for src in 0..len {
            let inst = instrs[src];
            let lineno = line(inst.loc);
            if is_nop(&inst.op) {
                if lineno < 0 || prev_lineno == lineno {
                    continue;
                }
                if src < len - 1 {
                    let next_lineno = line(instrs[src + 1].loc);
                    if next_lineno < 0 {
                        instrs[src + 1].loc = inst.loc;
                        continue;
                    }
                    if next_lineno == lineno {
                        continue;
                    }
                } else if next_first_line == Some(lineno) {
                    continue;
                }
            }
            out.push(inst);
            prev_lineno = lineno;
        }
        *instrs = out;
    }

    /// `mark_reachable`: counts predecessors; blocks left at zero are dead.
    fn mark_reachable(&mut self) {
        for b in &mut self.blocks {
            b.predecessors = 0;
        }
        let mut stack = vec![self.entry];
        self.blocks[self.entry].predecessors = 1;
        while let Some(b) = stack.pop() {
            if let Some(n) = self.blocks[b].next {
                if !self.nofallthrough(b) {
                    if self.blocks[n].predecessors == 0 {
                        stack.push(n);
                    }
                    self.blocks[n].predecessors += 1;
                }
            }
            let targets: Vec<BlockId> = self.blocks[b]
                .instrs
                .iter()
                .filter_map(|i| target_of(&i.op))
                .collect();
            for t in targets {
                if self.blocks[t].predecessors == 0 {
                    stack.push(t);
                }
                self.blocks[t].predecessors += 1;
            }
        }
    }

    /// `eliminate_empty_basic_blocks`.
    fn eliminate_empty_basic_blocks(&mut self) {
        while self.blocks[self.entry].instrs.is_empty() {
            match self.blocks[self.entry].next {
                Some(n) => self.entry = n,
                None => break,
            }
        }
        for b in self.layout() {
            let mut n = self.blocks[b].next;
            while let Some(x) = n {
                if !self.blocks[x].instrs.is_empty() {
                    break;
                }
                n = self.blocks[x].next;
            }
            self.blocks[b].next = n;
            for k in 0..self.blocks[b].instrs.len() {
                if let Some(t) = target_of(&self.blocks[b].instrs[k].op) {
                    let t2 = self.skip_empty(t);
                    let op = self.blocks[b].instrs[k].op;
                    self.blocks[b].instrs[k].op = with_target(op, t2);
                }
            }
        }
    }

    /// `optimize_cfg`.
    fn optimize_cfg(&mut self, consts: &mut ConstTable) {
        for b in self.layout() {
            self.optimize_basic_block(b, consts);
            self.clean_basic_block(b);
        }
        for b in (0..self.blocks.len()).rev() {
            self.extend_block(b);
        }
        self.mark_reachable();
        for b in self.layout() {
            if self.blocks[b].predecessors == 0 {
                self.blocks[b].instrs.clear();
            }
        }
        self.eliminate_empty_basic_blocks();
        for b in self.layout() {
            self.clean_basic_block(b);
        }
        let mut maybe_empty = false;
        for b in self.layout() {
            let next = self.blocks[b].next;
            if let Some(last) = self.blocks[b].instrs.last_mut() {
                if is_unconditional_jump(&last.op) && target_of(&last.op) == next {
                    last.op = Op::Real(Instr::Nop);
                    maybe_empty = true;
                }
            }
        }
        if maybe_empty {
            self.eliminate_empty_basic_blocks();
        }
    }

    fn is_exit_without_lineno(&self, b: BlockId) -> bool {
        self.exits(b) && self.blocks[b].instrs.iter().all(|i| i.loc.is_none())
    }

    /// `duplicate_exits_without_lineno`.
    fn duplicate_exits_without_lineno(&mut self) {
        for b in (0..self.blocks.len()).rev() {
            let Some(last) = self.last(b).copied() else {
                continue;
            };
            if !is_jump(&last.op) {
                continue;
            }
            let Some(target) = target_of(&last.op) else {
                continue;
            };
            if self.is_exit_without_lineno(target) && self.blocks[target].predecessors > 1 {
                let mut copy = self.blocks[target].clone();
                if let Some(first) = copy.instrs.first_mut() {
                    first.loc = last.loc;
                }
                copy.predecessors = 1;
                copy.next = self.blocks[target].next;
                self.blocks.push(copy);
                let new = self.blocks.len() - 1;
                let lastref = self.blocks[b].instrs.len() - 1;
                self.blocks[b].instrs[lastref].op = with_target(last.op, new);
                self.blocks[target].predecessors -= 1;
                self.blocks[target].next = Some(new);
            }
        }
        for b in 0..self.blocks.len() {
            let mut n = self.blocks[b].next;
            while let Some(x) = n {
                if !self.blocks[x].instrs.is_empty() {
                    break;
                }
                n = self.blocks[x].next;
            }
            self.blocks[b].next = n;
        }
        for b in 0..self.blocks.len() {
            if self.nofallthrough(b) || self.blocks[b].instrs.is_empty() {
                continue;
            }
            if let Some(n) = self.blocks[b].next {
                if self.is_exit_without_lineno(n) {
                    let loc = self.last(b).and_then(|i| i.loc);
                    self.blocks[n].instrs[0].loc = loc;
                }
            }
        }
    }

    /// `propagate_line_numbers`.
    fn propagate_line_numbers(&mut self) {
        for b in self.layout() {
            if self.blocks[b].instrs.is_empty() {
                continue;
            }
            let mut prev = None;
            for inst in &mut self.blocks[b].instrs {
                if inst.loc.is_none() {
                    inst.loc = prev;
                } else {
                    prev = inst.loc;
                }
            }
            if !self.nofallthrough(b) {
                if let Some(n) = self.blocks[b].next {
                    if self.blocks[n].predecessors == 1 {
                        if let Some(first) = self.blocks[n].instrs.first_mut() {
                            if first.loc.is_none() {
                                first.loc = prev;
                            }
                        }
                    }
                }
            }
            let last = self.blocks[b].instrs[self.blocks[b].instrs.len() - 1];
            if is_jump(&last.op) {
                if let Some(t) = target_of(&last.op) {
                    if self.blocks[t].predecessors == 1
                        && self.blocks[t]
                            .instrs
                            .first()
                            .is_some_and(|i| i.loc.is_none())
                    {
                        self.blocks[t].instrs[0].loc = prev;
                    }
                }
            }
        }
    }

    /// `guarantee_lineno_for_exits`.
    fn guarantee_lineno_for_exits(&mut self, firstlineno: u32) {
        let mut lineno = firstlineno;
        for b in self.layout() {
            let Some(last) = self.last(b).copied() else {
                continue;
            };
            match last.loc {
                None => {
                    if let Op::Real(Instr::ReturnValue) = last.op {
                        for inst in &mut self.blocks[b].instrs {
                            inst.loc = Some(Position {
                                line: lineno,
                                end_line: lineno,
                                col: 0,
                                end_col: 0,
                            });
                        }
                    }
                }
                Some(p) => lineno = p.line,
            }
        }
    }

    /// `stackdepth`: the depth at the start of each reachable block, and the deepest the
    /// stack gets (`co_stacksize`).
    fn stackdepth(&mut self) -> u32 {
        for b in &mut self.blocks {
            b.startdepth = None;
        }
        let mut stack = Vec::new();
        fn push(blocks: &mut [Block], stack: &mut Vec<BlockId>, b: BlockId, depth: i32) {
            if blocks[b].startdepth.is_none() {
                blocks[b].startdepth = Some(depth);
                stack.push(b);
            }
        }
        push(&mut self.blocks, &mut stack, self.entry, 0);
        let mut maxdepth = 0;
        while let Some(b) = stack.pop() {
            let mut depth = self.blocks[b].startdepth.unwrap_or(0);
            let mut next = self.blocks[b].next;
            for k in 0..self.blocks[b].instrs.len() {
                let op = self.blocks[b].instrs[k].op;
                let new_depth = depth + stack_effect(&op, false);
                maxdepth = maxdepth.max(new_depth);
                if let Some(t) = target_of(&op) {
                    let target_depth = depth + stack_effect(&op, true);
                    maxdepth = maxdepth.max(target_depth);
                    push(&mut self.blocks, &mut stack, t, target_depth);
                }
                depth = new_depth;
                if is_unconditional_jump(&op) || is_scope_exit(&op) {
                    next = None;
                    break;
                }
            }
            if let Some(n) = next {
                push(&mut self.blocks, &mut stack, n, depth);
            }
        }
        maxdepth.max(0) as u32
    }

    /// `label_exception_targets`: which handler covers each instruction.
    fn label_exception_targets(&mut self) {
        for b in &mut self.blocks {
            b.visited = false;
        }
        let mut todo: Vec<(BlockId, Vec<BlockId>)> = vec![(self.entry, Vec::new())];
        self.blocks[self.entry].visited = true;
        while let Some((b, mut except_stack)) = todo.pop() {
            let mut handler = except_stack.last().copied();
            for k in 0..self.blocks[b].instrs.len() {
                let op = self.blocks[b].instrs[k].op;
                if is_block_push(&op) {
                    let Some(t) = target_of(&op) else { continue };
                    if !self.blocks[t].visited {
                        self.blocks[t].visited = true;
                        todo.push((t, except_stack.clone()));
                    }
                    if matches!(op, Op::SetupCleanup(_) | Op::SetupWith(_)) {
                        self.blocks[t].preserve_lasti = true;
                    }
                    except_stack.push(t);
                    handler = Some(t);
                } else if op == Op::PopBlock {
                    except_stack.pop();
                    handler = except_stack.last().copied();
                } else {
                    self.blocks[b].instrs[k].except = handler;
                    if let Some(t) = target_of(&op) {
                        if !self.blocks[t].visited {
                            self.blocks[t].visited = true;
                            todo.push((t, except_stack.clone()));
                        }
                    }
                }
            }
            if !self.nofallthrough(b) {
                if let Some(n) = self.blocks[b].next {
                    if !self.blocks[n].visited {
                        self.blocks[n].visited = true;
                        todo.push((n, except_stack));
                    }
                }
            }
        }
    }

    /// `convert_exception_handlers_to_nops`.
    fn convert_exception_handlers_to_nops(&mut self) {
        for b in &mut self.blocks {
            for inst in &mut b.instrs {
                if is_block_push(&inst.op) || inst.op == Op::PopBlock {
                    inst.op = Op::Real(Instr::Nop);
                }
            }
        }
    }

    /// Runs 3.11's `assemble()` passes and lays the code out: instructions, positions and the
    /// exception table.
    pub fn assemble(
        mut self,
        consts: &mut ConstTable,
        firstlineno: u32,
    ) -> (Vec<Instr>, Vec<Position>, Vec<ExceptionEntry>, u32) {
        self.normalize_basic_blocks();
        for b in (0..self.blocks.len()).rev() {
            self.extend_block(b);
        }
        self.optimize_cfg(consts);
        self.duplicate_exits_without_lineno();
        consts.trim_unused(self.layout().iter().flat_map(|&b| {
            self.blocks[b].instrs.iter().filter_map(|i| match i.op {
                Op::Real(Instr::LoadConst(c) | Instr::KwNames(c)) => Some(c),
                _ => None,
            })
        }));
        self.propagate_line_numbers();
        self.guarantee_lineno_for_exits(firstlineno);
        let stacksize = self.stackdepth();
        self.label_exception_targets();
        self.convert_exception_handlers_to_nops();
        for b in self.layout() {
            self.clean_basic_block(b);
        }
        for b in &mut self.blocks {
            b.instrs.retain(|i| i.op != Op::Resume);
        }
        self.eliminate_empty_basic_blocks();
        let order = self.layout();
        let mut offset = 0u32;
        for &b in &order {
            self.blocks[b].offset = offset;
            offset += self.blocks[b].instrs.len() as u32;
        }
        let mut instrs = Vec::with_capacity(offset as usize);
        let mut positions = Vec::with_capacity(offset as usize);
        let mut table: Vec<ExceptionEntry> = Vec::new();
        let mut current: Option<(u32, BlockId)> = None;
        let mut index = 0u32;
        for &b in &order {
            for inst in &self.blocks[b].instrs {
                let real = match inst.op {
                    Op::Real(i) => match real_target(&i) {
                        Some(t) => retarget(i, self.blocks[t as usize].offset),
                        None => i,
                    },
                    _ => Instr::Nop,
                };
                instrs.push(real);
                positions.push(inst.loc.unwrap_or_default());
                if current.map(|c| c.1) != inst.except {
                    if let Some((start, h)) = current.take() {
                        table.push(self.entry_for(start, index, h));
                    }
                    current = inst.except.map(|h| (index, h));
                }
                index += 1;
            }
        }
        if let Some((start, h)) = current {
            table.push(self.entry_for(start, index, h));
        }
        (instrs, positions, table, stacksize)
    }

    fn entry_for(&self, start: u32, end: u32, handler: BlockId) -> ExceptionEntry {
        let h = &self.blocks[handler];
        let lasti = h.preserve_lasti;
        let depth = h.startdepth.unwrap_or(1) - 1 - i32::from(lasti);
        ExceptionEntry {
            start,
            end,
            target: h.offset,
            depth: depth.max(0) as u32,
            lasti,
        }
    }
}

fn retarget(i: Instr, t: u32) -> Instr {
    match with_target(Op::Real(i), t as BlockId) {
        Op::Real(j) => j,
        _ => i,
    }
}
