//! Code generation, after CPython 3.11's Python/compile.c: one `Unit` per code object being
//! compiled, statements and expressions emitted into its control-flow graph.

use std::rc::Rc;

use num_bigint::BigInt;

use super::code::{BinaryOp, CodeFlags, CodeObject, Constant, Instr, Position};
use super::consts::ConstTable;
use super::flowgraph::{BlockId, Cfg, Op};
use super::fold::{self, FormatPart};
use super::symtable::{
    key_expr, key_stmt, mangle, BlockType, Scope, SymbolTable, DEF_FREE_CLASS, DEF_IMPORT,
};
use super::LineIndex;
use crate::syntax::ast::{
    Alias, Arguments, BinOp, BoolOp, CmpOp, Comprehension, ExceptHandler, Expr, ExprKind, Keyword,
    Span, Stmt, StmtKind, UnaryOp, WithItem,
};
use crate::syntax::SyntaxError;

/// `STACK_USE_GUIDELINE`.
const STACK_USE_GUIDELINE: usize = 30;
/// `CO_MAXBLOCKS`.
const MAX_BLOCKS: usize = 20;
/// Deref indices are only final once all locals are known: cells and free variables are
/// numbered with these tags until the code object is built (`fix_cell_offsets`).
const CELL_TAG: u32 = 0x4000_0000;
const FREE_TAG: u32 = 0x2000_0000;

type R<T = ()> = Result<T, SyntaxError>;

mod asyncs;
mod patterns;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ScopeType {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CompKind {
    Gen,
    List,
    Set,
    Dict,
}

/// `enum fblocktype` with its datum.
#[derive(Clone, Copy)]
enum FBlockKind<'a> {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry(&'a [Stmt]),
    FinallyEnd,
    With(&'a Stmt),
    AsyncWith(&'a Stmt),
    AsyncComprehensionGenerator,
    HandlerCleanup(Option<&'a str>),
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
}

#[derive(Clone, Copy)]
struct FBlock<'a> {
    kind: FBlockKind<'a>,
    block: Option<BlockId>,
    exit: Option<BlockId>,
}

/// `struct compiler_unit`.
struct Unit<'a> {
    ste: usize,
    scope_type: ScopeType,
    name: String,
    qualname: String,
    cfg: Cfg,
    consts: ConstTable,
    names: Vec<String>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    cell2arg: Vec<Option<u32>>,
    freevars: Vec<String>,
    fblocks: Vec<FBlock<'a>>,
    /// The location given to emitted instructions (`u_lineno` etc.); `None` is "no
    /// location".
    loc: Option<Position>,
    /// The node errors are reported at.
    err_span: Span,
    firstlineno: u32,
    private: Option<String>,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
}

pub(crate) struct Compiler<'a> {
    st: SymbolTable,
    lines: LineIndex,
    filename: Rc<str>,
    units: Vec<Unit<'a>>,
}

fn index_of(v: &mut Vec<String>, name: &str) -> u32 {
    if let Some(i) = v.iter().position(|n| n == name) {
        return i as u32;
    }
    v.push(name.to_string());
    (v.len() - 1) as u32
}

/// `_PyAST_GetDocString`: a plain string literal as the first statement.
fn docstring(body: &[Stmt]) -> Option<&str> {
    match &body.first()?.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Constant(crate::syntax::ast::Constant::Str(s)),
            ..
        }) => Some(s),
        _ => None,
    }
}

/// `find_ann`.
fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With { body, .. } => find_ann(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            handlers.iter().any(|h| find_ann(&h.body))
                || find_ann(body)
                || find_ann(finalbody)
                || find_ann(orelse)
        }
        _ => false,
    })
}

fn is_const(e: &Expr) -> bool {
    fold::const_value(e).is_some()
}

impl<'a> Compiler<'a> {
    pub fn new(st: SymbolTable, source: &str, filename: &str) -> Compiler<'a> {
        Compiler {
            st,
            lines: LineIndex::new(source),
            filename: Rc::from(filename),
            units: Vec::new(),
        }
    }

    fn u(&mut self) -> &mut Unit<'a> {
        let n = self.units.len() - 1;
        &mut self.units[n]
    }

    fn ur(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }

    fn error(&self, msg: impl Into<String>) -> SyntaxError {
        SyntaxError::syntax(msg, self.ur().err_span)
    }

    fn position(&self, span: Span) -> Position {
        let (line, col) = self.lines.line_col(span.start);
        let (end_line, end_col) = self.lines.line_col(span.end);
        Position {
            line,
            end_line,
            col,
            end_col,
        }
    }

    fn set_loc(&mut self, span: Span) {
        let p = self.position(span);
        let u = self.u();
        u.loc = Some(p);
        u.err_span = span;
    }

    fn unset_loc(&mut self) {
        self.u().loc = None;
    }

    fn addop_op(&mut self, op: Op) {
        let loc = self.ur().loc;
        self.u().cfg.addop(op, loc);
    }

    fn addop(&mut self, i: Instr) {
        self.addop_op(Op::Real(i));
    }

    fn addop_noline(&mut self, i: Instr) {
        self.u().cfg.addop(Op::Real(i), None);
    }

    fn jump(&mut self, f: fn(u32) -> Instr, target: BlockId) {
        self.addop(f(target as u32));
    }

    fn new_block(&mut self) -> BlockId {
        self.u().cfg.new_block()
    }

    fn use_next_block(&mut self, b: BlockId) {
        self.u().cfg.use_next_block(b);
    }

    fn next_block(&mut self) {
        self.u().cfg.next_block();
    }

    fn add_const(&mut self, c: Constant) -> u32 {
        self.u().consts.add(c)
    }

    fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.addop(Instr::LoadConst(i));
    }

    fn str_const(s: &str) -> Constant {
        Constant::Str(Rc::from(s))
    }

    /// `compiler_addop_name`: the name mangled, then interned in `co_names`.
    fn name_index(&mut self, name: &str) -> u32 {
        let mangled = mangle(self.ur().private.as_deref(), name);
        index_of(&mut self.u().names, &mangled)
    }

    fn push_fblock(
        &mut self,
        kind: FBlockKind<'a>,
        block: Option<BlockId>,
        exit: Option<BlockId>,
    ) -> R {
        if self.ur().fblocks.len() >= MAX_BLOCKS {
            return Err(self.error("too many statically nested blocks"));
        }
        self.u().fblocks.push(FBlock { kind, block, exit });
        Ok(())
    }

    fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    /// `compiler_enter_scope`.
    fn enter_scope(&mut self, name: &str, scope_type: ScopeType, key: usize, lineno: u32) {
        let ste = self.st.entry_for(key).unwrap_or(0);
        let e = &self.st.entries[ste];
        let varnames: Vec<String> = e.varnames.clone();
        let mut cells = e.names_with_scope(Scope::Cell, 0);
        if e.needs_class_closure {
            cells = vec!["__class__".to_string()];
        }
        let mut cellvars = Vec::new();
        let mut cell2arg = Vec::new();
        for (i, p) in varnames.iter().enumerate() {
            if cells.contains(p) {
                cellvars.push(p.clone());
                cell2arg.push(Some(i as u32));
            }
        }
        for c in cells {
            if !varnames.contains(&c) {
                cellvars.push(c);
                cell2arg.push(None);
            }
        }
        let freevars = e.names_with_scope(Scope::Free, DEF_FREE_CLASS);
        let private = self.units.last().and_then(|u| u.private.clone());
        let mut unit = Unit {
            ste,
            scope_type,
            name: name.to_string(),
            qualname: name.to_string(),
            cfg: Cfg::new(),
            consts: ConstTable::default(),
            names: Vec::new(),
            varnames,
            cellvars,
            cell2arg,
            freevars,
            fblocks: Vec::new(),
            loc: Some(Position {
                line: lineno,
                end_line: lineno,
                col: 0,
                end_col: 0,
            }),
            err_span: Span::default(),
            firstlineno: lineno,
            private,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
        };
        if scope_type != ScopeType::Module {
            unit.qualname = self.qualname(&unit);
        }
        self.units.push(unit);
        let resume_loc = if scope_type == ScopeType::Module {
            Position::default()
        } else {
            Position {
                line: lineno,
                end_line: lineno,
                col: 0,
                end_col: 0,
            }
        };
        self.u().cfg.addop(Op::Resume, Some(resume_loc));
    }

    /// `compiler_set_qualname`.
    fn qualname(&self, u: &Unit) -> String {
        if self.units.len() <= 1 {
            return u.name.clone();
        }
        let parent = &self.units[self.units.len() - 1];
        if matches!(
            u.scope_type,
            ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Class
        ) {
            let mangled = mangle(parent.private.as_deref(), &u.name);
            if self.st.entries[parent.ste].scope(&mangled) == Some(Scope::GlobalExplicit) {
                return u.name.clone();
            }
        }
        let base = if matches!(
            parent.scope_type,
            ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Lambda
        ) {
            format!("{}.<locals>", parent.qualname)
        } else {
            parent.qualname.clone()
        };
        format!("{base}.{}", u.name)
    }

    /// `assemble` plus `makecode`: leaves the scope and builds its code object.
    fn exit_scope(&mut self, mut u: Unit<'a>) -> Rc<CodeObject> {
        let ste = &self.st.entries[u.ste];
        // insert_prefix_instructions
        let mut prefix = Vec::new();
        if !u.freevars.is_empty() {
            prefix.push(Instr::CopyFreeVars(u.freevars.len() as u32));
        }
        for k in 0..u.cellvars.len() {
            prefix.push(Instr::MakeCell(CELL_TAG | k as u32));
        }
        let entry = u.cfg.entry;
        for (k, i) in prefix.into_iter().enumerate() {
            u.cfg.blocks[entry]
                .instrs
                .insert(k, super::flowgraph::IrInstr::new(Op::Real(i), None));
        }
        let firstlineno = if u.firstlineno == 0 { 1 } else { u.firstlineno };
        let (instrs, positions, exception_table, stacksize) =
            u.cfg.assemble(&mut u.consts, firstlineno);
        let nvars = u.varnames.len() as u32;
        let ncells = u.cellvars.len() as u32;
        let cell2arg = u.cell2arg.clone();
        let fix = |x: u32| -> u32 {
            if x & CELL_TAG != 0 {
                let k = x & !CELL_TAG;
                cell2arg
                    .get(k as usize)
                    .copied()
                    .flatten()
                    .unwrap_or(nvars + k)
            } else if x & FREE_TAG != 0 {
                nvars + ncells + (x & !FREE_TAG)
            } else {
                x
            }
        };
        let instructions = instrs
            .into_iter()
            .map(|i| match i {
                Instr::MakeCell(x) => Instr::MakeCell(fix(x)),
                Instr::LoadClosure(x) => Instr::LoadClosure(fix(x)),
                Instr::LoadDeref(x) => Instr::LoadDeref(fix(x)),
                Instr::StoreDeref(x) => Instr::StoreDeref(fix(x)),
                Instr::DeleteDeref(x) => Instr::DeleteDeref(fix(x)),
                Instr::LoadClassDeref(x) => Instr::LoadClassDeref(fix(x)),
                other => other,
            })
            .collect();
        let rc =
            |v: &[String]| -> Vec<Rc<str>> { v.iter().map(|s| Rc::from(s.as_str())).collect() };
        Rc::new(CodeObject {
            name: Rc::from(u.name.as_str()),
            qualname: Rc::from(u.qualname.as_str()),
            filename: self.filename.clone(),
            firstlineno,
            argcount: u.argcount,
            stacksize,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: CodeFlags {
                varargs: ste.varargs,
                varkeywords: ste.varkeywords,
                generator: ste.generator && !ste.coroutine && ste.typ == BlockType::Function,
                coroutine: !ste.generator && ste.coroutine && ste.typ == BlockType::Function,
                async_generator: ste.generator && ste.coroutine && ste.typ == BlockType::Function,
                newlocals: matches!(u.scope_type, ScopeType::Module | ScopeType::Class),
                nested: ste.nested && ste.typ == BlockType::Function,
                stdlib: false,
                emulates_c: false,
            },
            varnames: rc(&u.varnames),
            cellvars: rc(&u.cellvars),
            freevars: rc(&u.freevars),
            cell2arg,
            names: rc(&u.names),
            consts: u.consts.into_vec(),
            instructions,
            positions,
            exception_table,
        })
    }

    /// `compiler_mod`.
    pub fn compile_module(mut self, body: &'a [Stmt]) -> R<Rc<CodeObject>> {
        self.enter_scope("<module>", ScopeType::Module, usize::MAX, 1);
        self.body(body)?;
        self.finish_scope(Ok(()), true)
    }

    /// `compiler_body` (module and class bodies).
    fn body(&mut self, stmts: &'a [Stmt]) -> R {
        if self.ur().scope_type == ScopeType::Module {
            if let Some(s) = stmts.first() {
                self.set_loc(s.span);
            }
        }
        if find_ann(stmts) {
            self.addop(Instr::SetupAnnotations);
        }
        let mut start = 0;
        if let Some(doc) = docstring(stmts) {
            start = 1;
            self.set_loc(stmts[0].span);
            if let StmtKind::Expr(e) = &stmts[0].kind {
                self.set_loc(e.span);
            }
            self.load_const(Self::str_const(doc));
            self.unset_loc();
            self.nameop("__doc__", Ctx::Store)?;
        }
        self.visit_body_stmts(stmts, start)
    }

    /// The statements of a body from `start`. `astfold_body` wraps a first statement that
    /// only folds to a string in a `JoinedStr` so it does not become a docstring: it is
    /// evaluated and popped instead of skipped.
    fn visit_body_stmts(&mut self, stmts: &'a [Stmt], start: usize) -> R {
        for (k, s) in stmts.iter().enumerate().skip(start) {
            match &s.kind {
                StmtKind::Expr(e)
                    if k == 0
                        && !matches!(e.kind, ExprKind::Constant(_))
                        && matches!(fold::const_value(e), Some(Constant::Str(_))) =>
                {
                    self.set_loc(s.span);
                    self.visit_expr(e)?;
                    self.unset_loc();
                    self.addop(Instr::PopTop);
                }
                _ => self.visit_stmt(s)?,
            }
        }
        Ok(())
    }

    /// `compiler_nameop`.
    fn nameop(&mut self, name: &str, ctx: Ctx) -> R {
        let mangled = mangle(self.ur().private.as_deref(), name);
        let ste_id = self.ur().ste;
        let ste = &self.st.entries[ste_id];
        let scope = ste.scope(&mangled);
        let is_function = ste.typ == BlockType::Function;
        let is_class = ste.typ == BlockType::Class;
        enum Kind {
            Deref(u32),
            Fast,
            Global,
            Name,
        }
        let kind = match scope {
            Some(Scope::Free) => {
                let j = index_of(&mut self.u().freevars, &mangled);
                Kind::Deref(FREE_TAG | j)
            }
            Some(Scope::Cell) => {
                let k = index_of(&mut self.u().cellvars, &mangled);
                Kind::Deref(CELL_TAG | k)
            }
            Some(Scope::Local) if is_function => Kind::Fast,
            Some(Scope::GlobalImplicit) if is_function => Kind::Global,
            Some(Scope::GlobalExplicit) => Kind::Global,
            _ => Kind::Name,
        };
        let instr = match kind {
            Kind::Deref(i) => match ctx {
                Ctx::Load if is_class => Instr::LoadClassDeref(i),
                Ctx::Load => Instr::LoadDeref(i),
                Ctx::Store => Instr::StoreDeref(i),
                Ctx::Del => Instr::DeleteDeref(i),
            },
            Kind::Fast => {
                let i = index_of(&mut self.u().varnames, &mangled);
                match ctx {
                    Ctx::Load => Instr::LoadFast(i),
                    Ctx::Store => Instr::StoreFast(i),
                    Ctx::Del => Instr::DeleteFast(i),
                }
            }
            Kind::Global => {
                let i = index_of(&mut self.u().names, &mangled);
                match ctx {
                    Ctx::Load => Instr::LoadGlobal(i),
                    Ctx::Store => Instr::StoreGlobal(i),
                    Ctx::Del => Instr::DeleteGlobal(i),
                }
            }
            Kind::Name => {
                let i = index_of(&mut self.u().names, &mangled);
                match ctx {
                    Ctx::Load => Instr::LoadName(i),
                    Ctx::Store => Instr::StoreName(i),
                    Ctx::Del => Instr::DeleteName(i),
                }
            }
        };
        self.addop(instr);
        Ok(())
    }

    fn visit_stmts(&mut self, body: &'a [Stmt]) -> R {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    /// `compiler_visit_stmt`.
    fn visit_stmt(&mut self, s: &'a Stmt) -> R {
        self.set_loc(s.span);
        match &s.kind {
            StmtKind::FunctionDef(_) => self.function(s),
            StmtKind::ClassDef(_) => self.class(s),
            StmtKind::Return(v) => self.return_(s, v.as_ref()),
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.visit_expr_ctx(t, Ctx::Del)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                self.visit_expr(value)?;
                let n = targets.len();
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < n {
                        self.addop(Instr::Copy(1));
                    }
                    self.visit_expr_ctx(t, Ctx::Store)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.augassign(s, target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.annassign(target, annotation, value.as_ref(), *simple),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.for_(target, iter, body, orelse),
            StmtKind::While { test, body, orelse } => self.while_(s, test, body, orelse),
            StmtKind::If { test, body, orelse } => self.if_(test, body, orelse),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                        n += 1;
                    }
                }
                self.addop(Instr::RaiseVarargs(n));
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse, *is_star)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, *is_star)
                }
            }
            StmtKind::Assert { test, msg } => self.assert(test, msg.as_ref()),
            StmtKind::Import(names) => self.import(names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(module.as_deref(), names, *level),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::Expr(e) => self.visit_stmt_expr(e),
            StmtKind::Pass => {
                self.addop(Instr::Nop);
                Ok(())
            }
            StmtKind::Break => self.break_(),
            StmtKind::Continue => self.continue_(),
            StmtKind::With { items, body } => self.with(s, items, body, 0),
            StmtKind::Match { subject, cases } => self.match_(subject, cases),
            StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
            } => self.async_for(target, iter, body, orelse),
            StmtKind::AsyncWith { items, body } => self.async_with(s, items, body, 0),
        }
    }

    /// `compiler_visit_stmt_expr`.
    fn visit_stmt_expr(&mut self, e: &'a Expr) -> R {
        if is_const(e) {
            self.addop(Instr::Nop);
            return Ok(());
        }
        self.visit_expr(e)?;
        self.unset_loc();
        self.addop(Instr::PopTop);
        Ok(())
    }

    /// `compiler_decorators` + `compiler_default_arguments` + annotations; returns flags.
    fn default_arguments(&mut self, args: &'a Arguments) -> R<u8> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.visit_expr(d)?;
            }
            self.addop(Instr::BuildTuple(args.defaults.len() as u32));
            flags |= 1;
        }
        // compiler_visit_kwonlydefaults
        let mut keys = Vec::new();
        for (a, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = d {
                keys.push(Self::str_const(&mangle(
                    self.ur().private.as_deref(),
                    &a.name,
                )));
                self.visit_expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Constant::Tuple(keys.into()));
            self.addop(Instr::BuildConstKeyMap(n));
            flags |= 2;
        }
        Ok(flags)
    }

    /// `compiler_visit_annotations`: pushes a tuple of name/value pairs; returns whether
    /// there was one.
    fn visit_annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> R<bool> {
        let mut len = 0u32;
        let all = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            if let Some(ann) = &a.annotation {
                self.argannotation(&a.name, ann)?;
                len += 2;
            }
        }
        if let Some(r) = returns {
            self.argannotation("return", r)?;
            len += 2;
        }
        if len > 0 {
            self.addop(Instr::BuildTuple(len));
        }
        Ok(len > 0)
    }

    fn argannotation(&mut self, name: &str, ann: &'a Expr) -> R {
        let mangled = mangle(self.ur().private.as_deref(), name);
        self.load_const(Self::str_const(&mangled));
        if let ExprKind::Starred(v) = &ann.kind {
            self.visit_expr(v)?;
            self.addop(Instr::UnpackSequence(1));
        } else {
            self.visit_expr(ann)?;
        }
        Ok(())
    }

    /// `compiler_make_closure`.
    fn make_closure(&mut self, co: Rc<CodeObject>, mut flags: u8) -> R {
        if !co.freevars.is_empty() {
            for name in co.freevars.iter() {
                let name: &str = name;
                let is_class_cell = self.ur().scope_type == ScopeType::Class && name == "__class__";
                let scope = self.st.entries[self.ur().ste].scope(name);
                let idx = if is_class_cell || scope == Some(Scope::Cell) {
                    CELL_TAG | index_of(&mut self.u().cellvars, name)
                } else {
                    FREE_TAG | index_of(&mut self.u().freevars, name)
                };
                self.addop(Instr::LoadClosure(idx));
            }
            flags |= 8;
            self.addop(Instr::BuildTuple(co.freevars.len() as u32));
        }
        self.load_const(Constant::Code(co));
        self.addop(Instr::MakeFunction(flags));
        Ok(())
    }

    fn set_args(&mut self, args: &Arguments) {
        let u = self.u();
        u.argcount = (args.args.len() + args.posonlyargs.len()) as u32;
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
    }

    fn first_lineno(&self, s: &Stmt, decorators: &[Expr]) -> u32 {
        let span = decorators.first().map_or(s.span, |d| d.span);
        self.lines.line_col(span.start).0
    }

    /// `compiler_function`.
    fn function(&mut self, s: &'a Stmt) -> R {
        let StmtKind::FunctionDef(f) = &s.kind else {
            return Ok(());
        };
        for d in &f.decorators {
            self.visit_expr(d)?;
        }
        let firstlineno = self.first_lineno(s, &f.decorators);
        let mut flags = self.default_arguments(&f.args)?;
        if self.visit_annotations(&f.args, f.returns.as_ref())? {
            flags |= 4;
        }
        let scope_type = if f.is_async {
            ScopeType::AsyncFunction
        } else {
            ScopeType::Function
        };
        self.enter_scope(&f.name, scope_type, key_stmt(s), firstlineno);
        let doc = docstring(&f.body);
        self.add_const(doc.map_or(Constant::None, Self::str_const));
        self.set_args(&f.args);
        let start = usize::from(doc.is_some());
        let result = self.visit_body_stmts(&f.body, start);
        let co = self.finish_scope(result, true)?;
        self.make_closure(co, flags)?;
        self.apply_decorators(&f.decorators);
        self.nameop(&f.name, Ctx::Store)
    }

    /// `compiler_apply_decorators`: innermost first, each call at its decorator.
    fn apply_decorators(&mut self, decorators: &[Expr]) {
        let saved = (self.ur().loc, self.ur().err_span);
        for d in decorators.iter().rev() {
            self.set_loc(d.span);
            self.addop(Instr::Call(0));
        }
        (self.u().loc, self.u().err_span) = saved;
    }

    /// Leaves the current scope whether or not compiling its body failed.
    fn finish_scope(&mut self, result: R, add_none: bool) -> R<Rc<CodeObject>> {
        if result.is_ok() && !self.ur().cfg.current_returns() {
            self.unset_loc();
            if add_none {
                self.load_const(Constant::None);
            }
            self.addop(Instr::ReturnValue);
        }
        match (result, self.units.pop()) {
            (Ok(()), Some(u)) => Ok(self.exit_scope(u)),
            (Err(e), _) => Err(e),
            (Ok(()), None) => Err(SyntaxError::syntax("no scope to leave", Span::default())),
        }
    }

    /// `compiler_class`.
    fn class(&mut self, s: &'a Stmt) -> R {
        let StmtKind::ClassDef(c) = &s.kind else {
            return Ok(());
        };
        for d in &c.decorators {
            self.visit_expr(d)?;
        }
        let firstlineno = self.first_lineno(s, &c.decorators);
        self.enter_scope(&c.name, ScopeType::Class, key_stmt(s), firstlineno);
        self.u().private = Some(c.name.clone());
        let result = self.class_body(c.body.as_slice());
        let co = self.finish_scope(result, true)?;
        self.set_loc(s.span);
        self.addop(Instr::PushNull);
        self.addop(Instr::LoadBuildClass);
        self.make_closure(co, 0)?;
        self.load_const(Self::str_const(&c.name));
        self.call_helper(2, &c.bases, &c.keywords)?;
        self.apply_decorators(&c.decorators);
        self.nameop(&c.name, Ctx::Store)
    }

    fn class_body(&mut self, body: &'a [Stmt]) -> R {
        self.nameop("__name__", Ctx::Load)?;
        self.nameop("__module__", Ctx::Store)?;
        let q = self.ur().qualname.clone();
        self.load_const(Self::str_const(&q));
        self.nameop("__qualname__", Ctx::Store)?;
        self.body(body)?;
        self.unset_loc();
        if self.st.entries[self.ur().ste].needs_class_closure {
            let k = index_of(&mut self.u().cellvars, "__class__");
            self.addop(Instr::LoadClosure(CELL_TAG | k));
            self.addop(Instr::Copy(1));
            self.nameop("__classcell__", Ctx::Store)?;
        } else {
            self.load_const(Constant::None);
        }
        self.addop(Instr::ReturnValue);
        Ok(())
    }

    /// `compiler_lambda`.
    fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> R {
        let flags = self.default_arguments(args)?;
        let lineno = self.lines.line_col(e.span.start).0;
        self.enter_scope("<lambda>", ScopeType::Lambda, key_expr(e), lineno);
        self.add_const(Constant::None);
        self.set_args(args);
        let result = self.visit_expr(body);
        let generator = self.st.entries[self.ur().ste].generator;
        let result = result.map(|()| {
            if !generator {
                self.addop(Instr::ReturnValue);
            }
        });
        let co = self.finish_scope(result, !generator)?;
        self.make_closure(co, flags)
    }

    /// `compiler_return`.
    fn return_(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> R {
        if self.st.entries[self.ur().ste].typ != BlockType::Function {
            return Err(self.error("'return' outside function"));
        }
        let folded = value.and_then(fold::const_value);
        let preserve_tos = value.is_some() && folded.is_none();
        if preserve_tos {
            if let Some(v) = value {
                self.visit_expr(v)?;
            }
        } else if let Some(v) = value {
            self.set_loc(v.span);
            self.addop(Instr::Nop);
        }
        let same_line = value.is_some_and(|v| {
            self.lines.line_col(v.span.start).0 == self.lines.line_col(s.span.start).0
        });
        if !same_line {
            self.set_loc(s.span);
            self.addop(Instr::Nop);
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match (value, folded) {
            (None, _) => self.load_const(Constant::None),
            (Some(_), Some(c)) => self.load_const(c),
            _ => {}
        }
        self.addop(Instr::ReturnValue);
        Ok(())
    }

    /// `compiler_unwind_fblock`.
    fn unwind_fblock(&mut self, info: FBlock<'a>, preserve_tos: bool) -> R {
        match info.kind {
            FBlockKind::WhileLoop
            | FBlockKind::ExceptionHandler
            | FBlockKind::ExceptionGroupHandler => {}
            FBlockKind::ForLoop => {
                if preserve_tos {
                    self.addop(Instr::Swap(2));
                }
                self.addop(Instr::PopTop);
            }
            FBlockKind::TryExcept => self.addop_op(Op::PopBlock),
            FBlockKind::FinallyTry(body) => {
                self.addop_op(Op::PopBlock);
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue, None, None)?;
                }
                self.visit_stmts(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
                self.unset_loc();
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.addop(Instr::Swap(2));
                }
                self.addop(Instr::PopTop);
                if preserve_tos {
                    self.addop(Instr::Swap(2));
                }
                self.addop_op(Op::PopBlock);
                self.addop(Instr::PopExcept);
            }
            FBlockKind::With(s) | FBlockKind::AsyncWith(s) => {
                self.set_loc(s.span);
                self.addop_op(Op::PopBlock);
                if preserve_tos {
                    self.addop(Instr::Swap(2));
                }
                self.call_exit_with_nones();
                if let FBlockKind::AsyncWith(_) = info.kind {
                    self.addop(Instr::GetAwaitable(2));
                    self.load_const(Constant::None);
                    self.add_yield_from();
                }
                self.addop(Instr::PopTop);
                self.unset_loc();
            }
            FBlockKind::AsyncComprehensionGenerator => {}
            FBlockKind::HandlerCleanup(name) => {
                if name.is_some() {
                    self.addop_op(Op::PopBlock);
                }
                if preserve_tos {
                    self.addop(Instr::Swap(2));
                }
                self.addop_op(Op::PopBlock);
                self.addop(Instr::PopExcept);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.nameop(n, Ctx::Store)?;
                    self.nameop(n, Ctx::Del)?;
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.addop(Instr::Swap(2));
                }
                self.addop(Instr::PopTop);
            }
        }
        Ok(())
    }

    /// `compiler_unwind_fblock_stack`: returns the innermost loop when `want_loop`.
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        want_loop: bool,
    ) -> R<Option<FBlock<'a>>> {
        let Some(top) = self.ur().fblocks.last().copied() else {
            return Ok(None);
        };
        if let FBlockKind::ExceptionGroupHandler = top.kind {
            return Err(
                self.error("'break', 'continue' and 'return' cannot appear in an except* block")
            );
        }
        if want_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        let r = self
            .unwind_fblock(top, preserve_tos)
            .and_then(|()| self.unwind_fblock_stack(preserve_tos, want_loop));
        self.u().fblocks.push(top);
        r
    }

    /// `compiler_break`.
    fn break_(&mut self) -> R {
        self.addop(Instr::Nop);
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'break' outside loop"));
        };
        self.unwind_fblock(lp, false)?;
        if let Some(exit) = lp.exit {
            self.jump(Instr::Jump, exit);
        }
        self.next_block();
        Ok(())
    }

    /// `compiler_continue`.
    fn continue_(&mut self) -> R {
        self.addop(Instr::Nop);
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'continue' not properly in loop"));
        };
        if let Some(b) = lp.block {
            self.jump(Instr::Jump, b);
        }
        self.next_block();
        Ok(())
    }

    /// `compiler_if`.
    fn if_(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R {
        let end = self.new_block();
        let next = if orelse.is_empty() {
            end
        } else {
            self.new_block()
        };
        self.jump_if(test, next, false)?;
        self.visit_stmts(body)?;
        if !orelse.is_empty() {
            self.addop_noline(Instr::Jump(end as u32));
            self.use_next_block(next);
            self.visit_stmts(orelse)?;
        }
        self.use_next_block(end);
        Ok(())
    }

    /// `compiler_for`.
    fn for_(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> R {
        let start = self.new_block();
        let body_block = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.push_fblock(FBlockKind::ForLoop, Some(start), Some(end))?;
        self.visit_iter(iter)?;
        self.addop(Instr::GetIter);
        self.use_next_block(start);
        self.jump(Instr::ForIter, cleanup);
        self.use_next_block(body_block);
        self.visit_expr_ctx(target, Ctx::Store)?;
        self.visit_stmts(body)?;
        self.unset_loc();
        self.jump(Instr::Jump, start);
        self.use_next_block(cleanup);
        self.pop_fblock();
        self.visit_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    /// `compiler_while`.
    fn while_(&mut self, s: &'a Stmt, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R {
        let lp = self.new_block();
        let body_block = self.new_block();
        let anchor = self.new_block();
        let end = self.new_block();
        self.use_next_block(lp);
        self.push_fblock(FBlockKind::WhileLoop, Some(lp), Some(end))?;
        self.jump_if(test, anchor, false)?;
        self.use_next_block(body_block);
        self.visit_stmts(body)?;
        self.set_loc(s.span);
        self.jump_if(test, body_block, true)?;
        self.pop_fblock();
        self.use_next_block(anchor);
        self.visit_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    /// `compiler_jump_if`.
    fn jump_if(&mut self, e: &'a Expr, next: BlockId, cond: bool) -> R {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } if !is_const(e) && fold::inverted_compare(operand).is_none() => {
                return self.jump_if(operand, next, !cond);
            }
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_block()
                } else {
                    next
                };
                let n = values.len() - 1;
                for v in &values[..n] {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(&values[n], next, cond)?;
                if next2 != next {
                    self.use_next_block(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } if !is_const(e) => {
                let end = self.new_block();
                let next2 = self.new_block();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, next, cond)?;
                self.addop_noline(Instr::Jump(end as u32));
                self.use_next_block(next2);
                self.jump_if(orelse, next, cond)?;
                self.use_next_block(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 && ops.len() == comparators.len() && !is_const(e) => {
                let cleanup = self.new_block();
                self.set_loc(e.span);
                self.visit_expr(left)?;
                let n = ops.len() - 1;
                for i in 0..n {
                    self.visit_expr(&comparators[i])?;
                    self.set_loc(e.span);
                    self.addop(Instr::Swap(2));
                    self.addop(Instr::Copy(2));
                    self.compare_op(ops[i]);
                    self.jump(Instr::PopJumpIfFalse, cleanup);
                    self.next_block();
                }
                self.visit_compare_operand(&comparators[n], ops[n])?;
                self.set_loc(e.span);
                self.compare_op(ops[n]);
                self.jump(
                    if cond {
                        Instr::PopJumpIfTrue
                    } else {
                        Instr::PopJumpIfFalse
                    },
                    next,
                );
                self.next_block();
                let end = self.new_block();
                self.addop_noline(Instr::Jump(end as u32));
                self.use_next_block(cleanup);
                self.addop(Instr::PopTop);
                if !cond {
                    self.addop_noline(Instr::Jump(next as u32));
                }
                self.use_next_block(end);
                return Ok(());
            }
            ExprKind::Compare { .. } if !is_const(e) => self.set_loc(e.span),
            // `not a in b` became the comparison `a not in b`, location included.
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } if fold::inverted_compare(operand).is_some() => self.set_loc(operand.span),
            _ => {}
        }
        self.visit_expr(e)?;
        self.jump(
            if cond {
                Instr::PopJumpIfTrue
            } else {
                Instr::PopJumpIfFalse
            },
            next,
        );
        self.next_block();
        Ok(())
    }

    /// `compiler_try_finally`.
    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
    ) -> R {
        let body_block = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.addop_op(Op::SetupFinally(end));
        self.use_next_block(body_block);
        self.push_fblock(
            FBlockKind::FinallyTry(finalbody),
            Some(body_block),
            Some(end),
        )?;
        if !handlers.is_empty() {
            self.try_except(body, handlers, orelse, is_star)?;
        } else {
            self.visit_stmts(body)?;
        }
        self.u().cfg.addop(Op::PopBlock, None);
        self.pop_fblock();
        self.visit_stmts(finalbody)?;
        self.addop_noline(Instr::Jump(exit as u32));
        self.use_next_block(end);
        self.unset_loc();
        self.addop_op(Op::SetupCleanup(cleanup));
        self.addop(Instr::PushExcInfo);
        self.push_fblock(FBlockKind::FinallyEnd, Some(end), None)?;
        self.visit_stmts(finalbody)?;
        self.pop_fblock();
        self.addop(Instr::Reraise(false));
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(exit);
        Ok(())
    }

    /// `POP_EXCEPT_AND_RERAISE`.
    fn pop_except_and_reraise(&mut self) {
        self.addop(Instr::Copy(3));
        self.addop(Instr::PopExcept);
        self.addop(Instr::Reraise(true));
    }

    /// `compiler_try_except`.
    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        is_star: bool,
    ) -> R {
        if is_star {
            return self.try_star_except(body, handlers, orelse);
        }
        let body_block = self.new_block();
        let mut except = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        self.addop_op(Op::SetupFinally(except));
        self.use_next_block(body_block);
        self.push_fblock(FBlockKind::TryExcept, Some(body_block), None)?;
        self.visit_stmts(body)?;
        self.pop_fblock();
        self.u().cfg.addop(Op::PopBlock, None);
        self.visit_stmts(orelse)?;
        self.addop_noline(Instr::Jump(end as u32));
        self.use_next_block(except);
        self.unset_loc();
        self.addop_op(Op::SetupCleanup(cleanup));
        self.addop(Instr::PushExcInfo);
        self.push_fblock(FBlockKind::ExceptionHandler, None, None)?;
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            self.set_loc(h.span);
            if h.typ.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last"));
            }
            except = self.new_block();
            if let Some(t) = &h.typ {
                self.visit_expr(t)?;
                self.addop(Instr::CheckExcMatch);
                self.jump(Instr::PopJumpIfFalse, except);
                self.next_block();
            }
            if let Some(name) = &h.name {
                let cleanup_end = self.new_block();
                let cleanup_body = self.new_block();
                self.nameop(name, Ctx::Store)?;
                self.addop_op(Op::SetupCleanup(cleanup_end));
                self.use_next_block(cleanup_body);
                self.push_fblock(
                    FBlockKind::HandlerCleanup(Some(name)),
                    Some(cleanup_body),
                    None,
                )?;
                self.visit_stmts(&h.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.addop_op(Op::PopBlock);
                self.addop_op(Op::PopBlock);
                self.addop(Instr::PopExcept);
                self.load_const(Constant::None);
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
                self.jump(Instr::Jump, end);
                self.use_next_block(cleanup_end);
                self.unset_loc();
                self.load_const(Constant::None);
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
                self.addop(Instr::Reraise(true));
            } else {
                let cleanup_body = self.new_block();
                self.addop(Instr::PopTop);
                self.use_next_block(cleanup_body);
                self.push_fblock(FBlockKind::HandlerCleanup(None), Some(cleanup_body), None)?;
                self.visit_stmts(&h.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.addop_op(Op::PopBlock);
                self.addop(Instr::PopExcept);
                self.jump(Instr::Jump, end);
            }
            self.use_next_block(except);
        }
        self.unset_loc();
        self.pop_fblock();
        self.addop(Instr::Reraise(false));
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(end);
        Ok(())
    }

    /// `compiler_try_star_except`: each handler takes its part of the group (CHECK_EG_MATCH);
    /// what the handlers raise is collected in a list that PREP_RERAISE_STAR combines with
    /// the unhandled rest.
    fn try_star_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R {
        let body_block = self.new_block();
        let mut except = self.new_block();
        let orelse_block = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        let reraise_star = self.new_block();
        self.addop_op(Op::SetupFinally(except));
        self.use_next_block(body_block);
        self.push_fblock(FBlockKind::TryExcept, Some(body_block), None)?;
        self.visit_stmts(body)?;
        self.pop_fblock();
        self.u().cfg.addop(Op::PopBlock, None);
        self.addop_noline(Instr::Jump(orelse_block as u32));
        let n = handlers.len();
        self.use_next_block(except);
        self.unset_loc();
        self.addop_op(Op::SetupCleanup(cleanup));
        self.addop(Instr::PushExcInfo);
        self.push_fblock(FBlockKind::ExceptionGroupHandler, None, None)?;
        for (i, h) in handlers.iter().enumerate() {
            self.set_loc(h.span);
            except = self.new_block();
            let except_with_error = self.new_block();
            let no_match = self.new_block();
            if i == 0 {
                // [exc] -> [orig, [], exc]: the original group and the list of what the
                // handlers raise.
                self.addop(Instr::Copy(1));
                self.addop(Instr::BuildList(0));
                self.addop(Instr::Swap(2));
            }
            if let Some(t) = &h.typ {
                self.visit_expr(t)?;
                self.addop(Instr::CheckEgMatch);
                self.addop(Instr::Copy(1));
                self.jump(Instr::PopJumpIfNone, no_match);
                self.next_block();
            }
            let cleanup_end = self.new_block();
            let cleanup_body = self.new_block();
            match &h.name {
                Some(name) => self.nameop(name, Ctx::Store)?,
                None => self.addop(Instr::PopTop),
            }
            self.addop_op(Op::SetupCleanup(cleanup_end));
            self.use_next_block(cleanup_body);
            self.push_fblock(
                FBlockKind::HandlerCleanup(h.name.as_deref()),
                Some(cleanup_body),
                None,
            )?;
            self.visit_stmts(&h.body)?;
            self.pop_fblock();
            self.unset_loc();
            self.addop_op(Op::PopBlock);
            if let Some(name) = &h.name {
                self.load_const(Constant::None);
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
            }
            self.jump(Instr::Jump, except);
            self.use_next_block(cleanup_end);
            self.unset_loc();
            if let Some(name) = &h.name {
                self.load_const(Constant::None);
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
            }
            // What the handler raised joins the list; lasti is dropped.
            self.addop(Instr::ListAppend(3));
            self.addop(Instr::PopTop);
            self.jump(Instr::Jump, except_with_error);
            self.use_next_block(except);
            self.addop(Instr::Nop);
            self.jump(Instr::Jump, except_with_error);
            self.use_next_block(no_match);
            self.addop(Instr::PopTop);
            self.use_next_block(except_with_error);
            if i + 1 == n {
                // The unhandled rest (or None) joins the list too.
                self.addop(Instr::ListAppend(1));
                self.jump(Instr::Jump, reraise_star);
            }
        }
        self.pop_fblock();
        let reraise = self.new_block();
        self.use_next_block(reraise_star);
        self.addop(Instr::PrepReraiseStar);
        self.addop(Instr::Copy(1));
        self.jump(Instr::PopJumpIfNotNone, reraise);
        self.next_block();
        self.addop(Instr::PopTop);
        self.addop_op(Op::PopBlock);
        self.addop(Instr::PopExcept);
        self.jump(Instr::Jump, end);
        self.use_next_block(reraise);
        self.addop_op(Op::PopBlock);
        self.addop(Instr::Swap(2));
        self.addop(Instr::PopExcept);
        self.addop(Instr::Reraise(false));
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(orelse_block);
        self.visit_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    /// `compiler_call_exit_with_nones`.
    fn call_exit_with_nones(&mut self) {
        for _ in 0..3 {
            self.load_const(Constant::None);
        }
        self.addop(Instr::Call(2));
    }

    /// `compiler_with`.
    fn with(&mut self, s: &'a Stmt, items: &'a [WithItem], body: &'a [Stmt], pos: usize) -> R {
        let Some(item) = items.get(pos) else {
            return self.visit_stmts(body);
        };
        let block = self.new_block();
        let final_ = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.visit_expr(&item.context_expr)?;
        self.addop(Instr::BeforeWith);
        self.addop_op(Op::SetupWith(final_));
        self.use_next_block(block);
        self.push_fblock(FBlockKind::With(s), Some(block), Some(final_))?;
        if let Some(v) = &item.optional_vars {
            self.visit_expr_ctx(v, Ctx::Store)?;
        } else {
            self.addop(Instr::PopTop);
        }
        if pos + 1 == items.len() {
            self.visit_stmts(body)?;
        } else {
            self.with(s, items, body, pos + 1)?;
        }
        self.unset_loc();
        self.addop_op(Op::PopBlock);
        self.pop_fblock();
        self.set_loc(s.span);
        self.call_exit_with_nones();
        self.addop(Instr::PopTop);
        self.jump(Instr::Jump, exit);
        self.use_next_block(final_);
        self.addop_op(Op::SetupCleanup(cleanup));
        self.addop(Instr::PushExcInfo);
        self.addop(Instr::WithExceptStart);
        self.with_except_finish(cleanup);
        self.use_next_block(exit);
        Ok(())
    }

    /// `compiler_with_except_finish`.
    fn with_except_finish(&mut self, cleanup: BlockId) {
        self.unset_loc();
        let exit = self.new_block();
        self.jump(Instr::PopJumpIfTrue, exit);
        self.reraise_with_prev_exc();
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(exit);
        self.addop(Instr::PopTop);
        self.addop_op(Op::PopBlock);
        self.addop(Instr::PopExcept);
        self.addop(Instr::PopTop);
        self.addop(Instr::PopTop);
    }

    /// CPython's `RERAISE 2` (lasti third from the top, under the previous exception):
    /// `Reraise(true)` expects lasti right under the exception, so a copy is put there.
    fn reraise_with_prev_exc(&mut self) {
        self.addop(Instr::Copy(3));
        self.addop(Instr::Swap(2));
        self.addop(Instr::Reraise(true));
    }

    /// `compiler_assert`.
    fn assert(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> R {
        let end = self.new_block();
        self.jump_if(test, end, true)?;
        self.addop(Instr::LoadAssertionError);
        if let Some(m) = msg {
            self.visit_expr(m)?;
            self.addop(Instr::Call(0));
        }
        self.addop(Instr::RaiseVarargs(1));
        self.use_next_block(end);
        Ok(())
    }

    /// `compiler_import`.
    fn import(&mut self, names: &'a [Alias]) -> R {
        for a in names {
            self.load_const(Constant::Int(BigInt::from(0)));
            self.load_const(Constant::None);
            let i = self.name_index(&a.name);
            self.addop(Instr::ImportName(i));
            if let Some(asname) = &a.asname {
                // compiler_import_as
                let parts: Vec<&str> = a.name.split('.').collect();
                if parts.len() > 1 {
                    for (k, attr) in parts[1..].iter().enumerate() {
                        let i = index_of(&mut self.u().names, attr);
                        self.addop(Instr::ImportFrom(i));
                        if k + 2 < parts.len() {
                            self.addop(Instr::Swap(2));
                            self.addop(Instr::PopTop);
                        }
                    }
                    self.nameop(asname, Ctx::Store)?;
                    self.addop(Instr::PopTop);
                } else {
                    self.nameop(asname, Ctx::Store)?;
                }
            } else {
                let first = a.name.split('.').next().unwrap_or(&a.name);
                self.nameop(first, Ctx::Store)?;
            }
        }
        Ok(())
    }

    /// `compiler_from_import`.
    fn import_from(&mut self, module: Option<&str>, names: &'a [Alias], level: u32) -> R {
        self.load_const(Constant::Int(BigInt::from(level)));
        let tuple: Vec<Constant> = names.iter().map(|a| Self::str_const(&a.name)).collect();
        self.load_const(Constant::Tuple(tuple.into()));
        let i = self.name_index(module.unwrap_or(""));
        self.addop(Instr::ImportName(i));
        for (k, a) in names.iter().enumerate() {
            if k == 0 && a.name.starts_with('*') {
                self.addop(Instr::ImportStar);
                return Ok(());
            }
            let i = self.name_index(&a.name);
            self.addop(Instr::ImportFrom(i));
            self.nameop(a.asname.as_deref().unwrap_or(&a.name), Ctx::Store)?;
        }
        self.addop(Instr::PopTop);
        Ok(())
    }

    /// `compiler_augassign`.
    fn augassign(&mut self, s: &'a Stmt, target: &'a Expr, op: BinOp, value: &'a Expr) -> R {
        self.set_loc(target.span);
        match &target.kind {
            ExprKind::Attribute { value: obj, attr } => {
                self.visit_expr(obj)?;
                self.addop(Instr::Copy(1));
                self.update_start_location_to_match_attr(target);
                let i = self.name_index(attr);
                self.addop(Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.visit_expr(obj)?;
                self.visit_expr(slice)?;
                self.addop(Instr::Copy(2));
                self.addop(Instr::Copy(2));
                self.addop(Instr::BinarySubscr);
            }
            ExprKind::Name(n) => self.nameop(n, Ctx::Load)?,
            _ => {
                return Err(
                    self.error("'expression' is an illegal expression for augmented assignment")
                )
            }
        }
        self.set_loc(s.span);
        self.visit_expr(value)?;
        self.addop(Instr::BinaryOp(BinaryOp { op, inplace: true }));
        self.set_loc(target.span);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                self.update_start_location_to_match_attr(target);
                self.addop(Instr::Swap(2));
                let i = self.name_index(attr);
                self.addop(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { .. } => {
                self.addop(Instr::Swap(3));
                self.addop(Instr::Swap(2));
                self.addop(Instr::StoreSubscr);
            }
            ExprKind::Name(n) => self.nameop(n, Ctx::Store)?,
            _ => {}
        }
        Ok(())
    }

    /// `compiler_annassign`.
    fn annassign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> R {
        if let Some(v) = value {
            self.visit_expr(v)?;
            self.visit_expr_ctx(target, Ctx::Store)?;
        }
        let module_or_class = matches!(self.ur().scope_type, ScopeType::Module | ScopeType::Class);
        match &target.kind {
            ExprKind::Name(n) if simple && module_or_class => {
                self.visit_expr(annotation)?;
                let i = index_of(&mut self.u().names, "__annotations__");
                self.addop(Instr::LoadName(i));
                let mangled = mangle(self.ur().private.as_deref(), n);
                self.load_const(Self::str_const(&mangled));
                self.addop(Instr::StoreSubscr);
            }
            ExprKind::Attribute { value: obj, .. } if value.is_none() => {
                self.check_ann_expr(obj)?;
            }
            ExprKind::Subscript { value: obj, slice } if value.is_none() => {
                self.check_ann_expr(obj)?;
                self.check_ann_subscr(slice)?;
            }
            _ => {}
        }
        if !simple && module_or_class {
            self.visit_expr(annotation)?;
            self.addop(Instr::PopTop);
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, e: &'a Expr) -> R {
        self.visit_expr(e)?;
        self.addop(Instr::PopTop);
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> R {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(x)?;
                }
                Ok(())
            }
            ExprKind::Tuple(elts) if !is_const(e) => {
                elts.iter().try_for_each(|x| self.check_ann_subscr(x))
            }
            _ => self.check_ann_expr(e),
        }
    }

    /// `compiler_visit_expr` in load context.
    fn visit_expr(&mut self, e: &'a Expr) -> R {
        self.visit_expr_ctx(e, Ctx::Load)
    }

    /// An expression in a position where `fold_iter` applies (`for` iterables,
    /// comprehension iterables, the right side of `in`).
    fn visit_iter(&mut self, e: &'a Expr) -> R {
        if let Some(c) = fold::iter_const(e) {
            let saved = (self.ur().loc, self.ur().err_span);
            self.set_loc(e.span);
            self.load_const(c);
            (self.u().loc, self.u().err_span) = saved;
            return Ok(());
        }
        if fold::iter_becomes_tuple(e) {
            if let ExprKind::List(elts) = &e.kind {
                let saved = (self.ur().loc, self.ur().err_span);
                self.set_loc(e.span);
                let r = self.starunpack_helper(elts, 0, SeqKind::Tuple);
                (self.u().loc, self.u().err_span) = saved;
                return r;
            }
        }
        self.visit_expr(e)
    }

    fn visit_compare_operand(&mut self, e: &'a Expr, op: CmpOp) -> R {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            self.visit_iter(e)
        } else {
            self.visit_expr(e)
        }
    }

    /// `compiler_visit_expr`: location handling around `compiler_visit_expr1`.
    fn visit_expr_ctx(&mut self, e: &'a Expr, ctx: Ctx) -> R {
        let saved = (self.ur().loc, self.ur().err_span);
        self.set_loc(e.span);
        let r = self.visit_expr1(e, ctx);
        (self.u().loc, self.u().err_span) = saved;
        r
    }

    fn compare_op(&mut self, op: CmpOp) {
        self.addop(match op {
            CmpOp::Is => Instr::IsOp(false),
            CmpOp::IsNot => Instr::IsOp(true),
            CmpOp::In => Instr::ContainsOp(false),
            CmpOp::NotIn => Instr::ContainsOp(true),
            other => Instr::CompareOp(other),
        });
    }

    /// `compiler_visit_expr1`.
    fn visit_expr1(&mut self, e: &'a Expr, ctx: Ctx) -> R {
        if ctx == Ctx::Load {
            if let Some(c) = fold::const_value(e) {
                self.load_const(c);
                return Ok(());
            }
        }
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                self.addop(Instr::Copy(1));
                self.visit_expr_ctx(target, Ctx::Store)
            }
            ExprKind::BoolOp { op, values } => self.boolop(*op, values),
            ExprKind::BinOp { left, op, right } => {
                if let Some(parts) = fold::format_rewrite(e) {
                    if let ExprKind::Tuple(elts) = &right.kind {
                        return self.format_parts(&parts, elts);
                    }
                }
                self.visit_expr(left)?;
                self.visit_expr(right)?;
                self.addop(Instr::BinaryOp(BinaryOp {
                    op: *op,
                    inplace: false,
                }));
                Ok(())
            }
            ExprKind::UnaryOp { op, operand } => {
                if *op == UnaryOp::Not {
                    if let Some(inv) = fold::inverted_compare(operand) {
                        return self.compare_inverted(operand, inv);
                    }
                }
                self.visit_expr(operand)?;
                self.addop(match op {
                    UnaryOp::Invert => Instr::UnaryInvert,
                    UnaryOp::Not => Instr::UnaryNot,
                    UnaryOp::UAdd => Instr::UnaryPositive,
                    UnaryOp::USub => Instr::UnaryNegative,
                });
                Ok(())
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body),
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next = self.new_block();
                self.jump_if(test, next, false)?;
                self.visit_expr(body)?;
                self.addop_noline(Instr::Jump(end as u32));
                self.use_next_block(next);
                self.visit_expr(orelse)?;
                self.use_next_block(end);
                Ok(())
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values),
            ExprKind::Set(elts) => self.starunpack_helper(elts, 0, SeqKind::Set),
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Gen, "<genexpr>", generators, elt, None)
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, "<listcomp>", generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, "<setcomp>", generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(
                e,
                CompKind::Dict,
                "<dictcomp>",
                generators,
                key,
                Some(value),
            ),
            ExprKind::Yield(v) => {
                if self.st.entries[self.ur().ste].typ != BlockType::Function {
                    return Err(self.error("'yield' outside function"));
                }
                match v {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.add_yield();
                Ok(())
            }
            ExprKind::Await(value) => self.await_(value),
            ExprKind::YieldFrom(v) => {
                if self.st.entries[self.ur().ste].typ != BlockType::Function {
                    return Err(self.error("'yield' outside function"));
                }
                self.visit_expr(v)?;
                self.addop(Instr::GetYieldFromIter);
                self.load_const(Constant::None);
                self.add_yield_from();
                Ok(())
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.visit_expr(value)?;
                let conv = match conversion {
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.visit_expr(spec)?;
                }
                self.addop(Instr::FormatValue {
                    conversion: conv,
                    has_spec: format_spec.is_some(),
                });
                Ok(())
            }
            ExprKind::JoinedStr(values) => self.joined_str(values),
            ExprKind::Constant(c) => {
                self.load_const(fold::literal(c));
                Ok(())
            }
            ExprKind::Attribute { value, attr } => {
                self.visit_expr(value)?;
                self.update_start_location_to_match_attr(e);
                let i = self.name_index(attr);
                self.addop(match ctx {
                    Ctx::Load => Instr::LoadAttr(i),
                    Ctx::Store => Instr::StoreAttr(i),
                    Ctx::Del => Instr::DeleteAttr(i),
                });
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
                self.addop(match ctx {
                    Ctx::Load => Instr::BinarySubscr,
                    Ctx::Store => Instr::StoreSubscr,
                    Ctx::Del => Instr::DeleteSubscr,
                });
                Ok(())
            }
            ExprKind::Starred(_) => Err(self.error(match ctx {
                Ctx::Store => "starred assignment target must be in a list or tuple",
                _ => "can't use starred expression here",
            })),
            ExprKind::Name(n) => self.nameop(n, ctx),
            ExprKind::List(elts) => match ctx {
                Ctx::Store => self.assignment_helper(elts),
                Ctx::Load => self.starunpack_helper(elts, 0, SeqKind::List),
                Ctx::Del => elts
                    .iter()
                    .try_for_each(|x| self.visit_expr_ctx(x, Ctx::Del)),
            },
            ExprKind::Tuple(elts) => match ctx {
                Ctx::Store => self.assignment_helper(elts),
                Ctx::Load => self.starunpack_helper(elts, 0, SeqKind::Tuple),
                Ctx::Del => elts
                    .iter()
                    .try_for_each(|x| self.visit_expr_ctx(x, Ctx::Del)),
            },
            ExprKind::Slice { lower, upper, step } => {
                let mut n = 2;
                match lower {
                    Some(x) => self.visit_expr(x)?,
                    None => self.load_const(Constant::None),
                }
                match upper {
                    Some(x) => self.visit_expr(x)?,
                    None => self.load_const(Constant::None),
                }
                if let Some(x) = step {
                    n += 1;
                    self.visit_expr(x)?;
                }
                self.addop(Instr::BuildSlice(n));
                Ok(())
            }
        }
    }

    /// `"%s" % (a,)` compiled as the f-string `ast_opt` makes of it.
    fn format_parts(&mut self, parts: &[FormatPart], elts: &'a [Expr]) -> R {
        for p in parts {
            match p {
                FormatPart::Literal(s) => {
                    let saved = self.ur().loc;
                    self.unset_loc();
                    self.load_const(Self::str_const(s));
                    self.u().loc = saved;
                }
                FormatPart::Arg(i, conv, spec) => {
                    let Some(arg) = elts.get(*i) else { continue };
                    let saved = (self.ur().loc, self.ur().err_span);
                    self.set_loc(arg.span);
                    self.visit_expr(arg)?;
                    if let Some(spec) = spec {
                        self.unset_loc();
                        self.load_const(Self::str_const(spec));
                        self.set_loc(arg.span);
                    }
                    let conversion = match conv {
                        's' => 1,
                        'r' => 2,
                        _ => 3,
                    };
                    self.addop(Instr::FormatValue {
                        conversion,
                        has_spec: spec.is_some(),
                    });
                    (self.u().loc, self.u().err_span) = saved;
                }
            }
        }
        if parts.len() != 1 {
            self.addop(Instr::BuildString(parts.len() as u32));
        }
        Ok(())
    }

    /// `not (a in b)` folded to `a not in b` (the node takes the comparison's location).
    fn compare_inverted(&mut self, operand: &'a Expr, op: CmpOp) -> R {
        let ExprKind::Compare {
            left, comparators, ..
        } = &operand.kind
        else {
            return Ok(());
        };
        let saved = (self.ur().loc, self.ur().err_span);
        self.set_loc(operand.span);
        self.visit_expr(left)?;
        if let Some(c) = comparators.first() {
            self.visit_compare_operand(c, op)?;
        }
        self.compare_op(op);
        (self.u().loc, self.u().err_span) = saved;
        Ok(())
    }

    /// `compiler_joined_str`.
    fn joined_str(&mut self, values: &'a [Expr]) -> R {
        if values.len() > STACK_USE_GUIDELINE {
            self.load_const(Self::str_const(""));
            let i = index_of(&mut self.u().names, "join");
            self.addop(Instr::LoadMethod(i));
            self.addop(Instr::BuildList(0));
            for v in values {
                self.visit_expr(v)?;
                self.addop(Instr::ListAppend(1));
            }
            self.addop(Instr::Call(1));
        } else {
            for v in values {
                self.visit_expr(v)?;
            }
            if values.len() != 1 {
                self.addop(Instr::BuildString(values.len() as u32));
            }
        }
        Ok(())
    }

    /// `compiler_boolop`.
    fn boolop(&mut self, op: BoolOp, values: &'a [Expr]) -> R {
        let end = self.new_block();
        let Some((last, rest)) = values.split_last() else {
            return Ok(());
        };
        for v in rest {
            self.visit_expr(v)?;
            match op {
                BoolOp::And => self.jump(Instr::JumpIfFalseOrPop, end),
                BoolOp::Or => self.jump(Instr::JumpIfTrueOrPop, end),
            }
            let next = self.new_block();
            self.use_next_block(next);
        }
        self.visit_expr(last)?;
        self.use_next_block(end);
        Ok(())
    }

    /// `compiler_compare`.
    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> R {
        if ops.len() != comparators.len() {
            return Err(self.error("invalid comparison"));
        }
        self.visit_expr(left)?;
        let n = ops.len().saturating_sub(1);
        if n == 0 {
            if let (Some(c), Some(op)) = (comparators.first(), ops.first()) {
                self.visit_compare_operand(c, *op)?;
                self.compare_op(*op);
            }
            return Ok(());
        }
        let cleanup = self.new_block();
        for i in 0..n {
            self.visit_expr(&comparators[i])?;
            self.addop(Instr::Swap(2));
            self.addop(Instr::Copy(2));
            self.compare_op(ops[i]);
            self.jump(Instr::JumpIfFalseOrPop, cleanup);
            self.next_block();
        }
        self.visit_compare_operand(&comparators[n], ops[n])?;
        self.compare_op(ops[n]);
        let end = self.new_block();
        self.addop_noline(Instr::Jump(end as u32));
        self.use_next_block(cleanup);
        self.addop(Instr::Swap(2));
        self.addop(Instr::PopTop);
        self.use_next_block(end);
        Ok(())
    }

    /// `ADDOP_YIELD` (`addop_yield`): an async generator wraps what it yields.
    fn add_yield(&mut self) {
        let ste = &self.st.entries[self.ur().ste];
        if ste.generator && ste.coroutine {
            self.addop(Instr::AsyncGenWrap);
        }
        self.addop(Instr::YieldValue);
        self.addop_op(Op::Resume);
    }

    /// `compiler_add_yield_from`.
    fn add_yield_from(&mut self) {
        let start = self.new_block();
        let resume = self.new_block();
        let exit = self.new_block();
        self.use_next_block(start);
        self.jump(Instr::Send, exit);
        self.use_next_block(resume);
        self.addop(Instr::YieldValue);
        self.addop_op(Op::Resume);
        self.jump(Instr::Jump, start);
        self.use_next_block(exit);
    }

    /// `unpack_helper` + `assignment_helper`.
    fn assignment_helper(&mut self, elts: &'a [Expr]) -> R {
        let n = elts.len();
        let mut seen_star = false;
        for (i, elt) in elts.iter().enumerate() {
            if matches!(elt.kind, ExprKind::Starred(_)) {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment"));
                }
                if i >= 256 {
                    return Err(self.error("too many expressions in star-unpacking assignment"));
                }
                self.addop(Instr::UnpackEx {
                    before: i as u32,
                    after: (n - i - 1) as u32,
                });
                seen_star = true;
            }
        }
        if !seen_star {
            self.addop(Instr::UnpackSequence(n as u32));
        }
        for elt in elts {
            match &elt.kind {
                ExprKind::Starred(v) => self.visit_expr_ctx(v, Ctx::Store)?,
                _ => self.visit_expr_ctx(elt, Ctx::Store)?,
            }
        }
        Ok(())
    }

    /// `starunpack_helper`.
    fn starunpack_helper(&mut self, elts: &'a [Expr], pushed: u32, kind: SeqKind) -> R {
        let n = elts.len();
        type Op3 = (fn(u32) -> Instr, fn(u32) -> Instr, fn(u32) -> Instr);
        let (build, add, extend): Op3 = match kind {
            SeqKind::Set => (Instr::BuildSet, Instr::SetAdd, Instr::SetUpdate),
            _ => (Instr::BuildList, Instr::ListAppend, Instr::ListExtend),
        };
        let tuple = kind == SeqKind::Tuple;
        if n > 2 {
            let folded: Option<Vec<Constant>> = elts.iter().map(fold::const_value).collect();
            if let Some(items) = folded {
                if tuple && pushed == 0 {
                    self.load_const(Constant::Tuple(items.into()));
                } else {
                    let c = if kind == SeqKind::Set {
                        Constant::FrozenSet(set_items(items).into())
                    } else {
                        Constant::Tuple(items.into())
                    };
                    self.addop(build(pushed));
                    self.load_const(c);
                    self.addop(extend(1));
                    if tuple {
                        self.addop(Instr::ListToTuple);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = fold::has_starred(elts);
        if !seen_star && !big {
            for elt in elts {
                self.visit_expr(elt)?;
            }
            let total = n as u32 + pushed;
            self.addop(if tuple {
                Instr::BuildTuple(total)
            } else {
                build(total)
            });
            return Ok(());
        }
        let mut sequence_built = false;
        if big {
            self.addop(build(pushed));
            sequence_built = true;
        }
        for (i, elt) in elts.iter().enumerate() {
            if let ExprKind::Starred(v) = &elt.kind {
                if !sequence_built {
                    self.addop(build(i as u32 + pushed));
                    sequence_built = true;
                }
                self.visit_expr(v)?;
                self.addop(extend(1));
            } else {
                self.visit_expr(elt)?;
                if sequence_built {
                    self.addop(add(1));
                }
            }
        }
        if tuple {
            self.addop(Instr::ListToTuple);
        }
        Ok(())
    }

    /// `compiler_dict`.
    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> R {
        if keys.len() != values.len() {
            return Err(self.error("invalid dictionary display"));
        }
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys.get(i).is_some_and(|k| k.is_none()) {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.addop(Instr::DictUpdate(1));
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.addop(Instr::BuildMap(0));
                    have_dict = true;
                }
                self.visit_expr(&values[i])?;
                self.addop(Instr::DictUpdate(1));
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.addop(Instr::DictUpdate(1));
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.addop(Instr::DictUpdate(1));
            }
            have_dict = true;
        }
        if !have_dict {
            self.addop(Instr::BuildMap(0));
        }
        Ok(())
    }

    /// `compiler_subdict`.
    fn subdict(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> R {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            let consts: Option<Vec<Constant>> = keys[begin..end]
                .iter()
                .map(|k| k.as_ref().and_then(fold::const_value))
                .collect();
            if let Some(ks) = consts {
                for v in &values[begin..end] {
                    self.visit_expr(v)?;
                }
                self.load_const(Constant::Tuple(ks.into()));
                self.addop(Instr::BuildConstKeyMap(n as u32));
                return Ok(());
            }
        }
        if big {
            self.addop(Instr::BuildMap(0));
        }
        for (k, v) in keys[begin..end].iter().zip(&values[begin..end]) {
            if let Some(k) = k {
                self.visit_expr(k)?;
            }
            self.visit_expr(v)?;
            if big {
                self.addop(Instr::MapAdd(1));
            }
        }
        if !big {
            self.addop(Instr::BuildMap(n as u32));
        }
        Ok(())
    }

    /// `update_start_location_to_match_attr`: when an attribute ends on a later line than the
    /// current location starts, the location starts at the attribute name instead.
    fn update_start_location_to_match_attr(&mut self, attr: &Expr) {
        let ExprKind::Attribute { attr: name, .. } = &attr.kind else {
            return;
        };
        let (end_line, end_col) = self.lines.line_col(attr.span.end);
        let Some(mut loc) = self.ur().loc else {
            return;
        };
        if loc.line == end_line {
            return;
        }
        loc.line = end_line;
        let len = name.chars().count() as u32;
        if len <= end_col {
            loc.col = end_col - len;
        } else {
            loc.col = 0;
            loc.end_col = 0;
        }
        loc.end_line = loc.end_line.max(loc.line);
        if loc.line == loc.end_line {
            loc.end_col = loc.end_col.max(loc.col);
        }
        self.u().loc = Some(loc);
    }

    /// `compiler_call` with `maybe_optimize_method_call`.
    fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> R {
        self.validate_keywords(keywords)?;
        if let ExprKind::Attribute { value, attr } = &func.kind {
            let nargs = args.len();
            let nkw = keywords.len();
            let simple = nargs + nkw + usize::from(nkw != 0) < STACK_USE_GUIDELINE
                && !fold::has_starred(args)
                && keywords.iter().all(|k| k.arg.is_some());
            if simple && !self.is_import_originated(value) {
                self.visit_expr(value)?;
                self.set_loc(func.span);
                self.update_start_location_to_match_attr(func);
                let i = self.name_index(attr);
                self.addop(Instr::LoadMethod(i));
                for a in args {
                    self.visit_expr(a)?;
                }
                if nkw > 0 {
                    for k in keywords {
                        self.visit_expr(&k.value)?;
                    }
                    self.call_simple_kw_helper(keywords);
                }
                self.set_loc(e.span);
                self.update_start_location_to_match_attr(func);
                self.addop(Instr::Call((nargs + nkw) as u32));
                return Ok(());
            }
        }
        self.set_loc(func.span);
        self.addop(Instr::PushNull);
        self.set_loc(e.span);
        self.visit_expr(func)?;
        self.call_helper(0, args, keywords)
    }

    /// `is_import_originated`.
    fn is_import_originated(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name(n) => self.st.entries[0].flags(n) & DEF_IMPORT != 0,
            _ => false,
        }
    }

    /// `validate_keywords`.
    fn validate_keywords(&mut self, keywords: &'a [Keyword]) -> R {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if keywords[i + 1..]
                .iter()
                .any(|o| o.arg.as_deref() == Some(name.as_str()))
            {
                let dup = keywords[i + 1..]
                    .iter()
                    .find(|o| o.arg.as_deref() == Some(name.as_str()))
                    .map_or(k.span, |o| o.span);
                return Err(SyntaxError::syntax(
                    format!("keyword argument repeated: {name}"),
                    dup,
                ));
            }
        }
        Ok(())
    }

    /// `compiler_call_simple_kw_helper`.
    fn call_simple_kw_helper(&mut self, keywords: &[Keyword]) {
        let names: Vec<Constant> = keywords
            .iter()
            .map(|k| Self::str_const(k.arg.as_deref().unwrap_or("")))
            .collect();
        let i = self.add_const(Constant::Tuple(names.into()));
        self.addop(Instr::KwNames(i));
    }

    /// `compiler_call_helper`.
    fn call_helper(&mut self, n: u32, args: &'a [Expr], keywords: &'a [Keyword]) -> R {
        self.validate_keywords(keywords)?;
        let nelts = args.len();
        let nkwelts = keywords.len();
        let ex_call = nelts + nkwelts * 2 > STACK_USE_GUIDELINE
            || fold::has_starred(args)
            || keywords.iter().any(|k| k.arg.is_none());
        if !ex_call {
            for a in args {
                self.visit_expr(a)?;
            }
            if nkwelts > 0 {
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
                self.call_simple_kw_helper(keywords);
            }
            self.addop(Instr::Call(n + (nelts + nkwelts) as u32));
            return Ok(());
        }
        if n == 0 && nelts == 1 {
            if let ExprKind::Starred(v) = &args[0].kind {
                self.visit_expr(v)?;
            } else {
                self.starunpack_helper(args, n, SeqKind::Tuple)?;
            }
        } else {
            self.starunpack_helper(args, n, SeqKind::Tuple)?;
        }
        if nkwelts > 0 {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, kw) in keywords.iter().enumerate() {
                if kw.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(keywords, i - nseen, i)?;
                        if have_dict {
                            self.addop(Instr::DictMerge(1));
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.addop(Instr::BuildMap(0));
                        have_dict = true;
                    }
                    self.visit_expr(&kw.value)?;
                    self.addop(Instr::DictMerge(1));
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(keywords, nkwelts - nseen, nkwelts)?;
                if have_dict {
                    self.addop(Instr::DictMerge(1));
                }
            }
        }
        self.addop(Instr::CallFunctionEx(nkwelts > 0));
        Ok(())
    }

    /// `compiler_subkwargs`.
    fn subkwargs(&mut self, keywords: &'a [Keyword], begin: usize, end: usize) -> R {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for k in &keywords[begin..end] {
                self.visit_expr(&k.value)?;
            }
            let keys: Vec<Constant> = keywords[begin..end]
                .iter()
                .map(|k| Self::str_const(k.arg.as_deref().unwrap_or("")))
                .collect();
            self.load_const(Constant::Tuple(keys.into()));
            self.addop(Instr::BuildConstKeyMap(n as u32));
            return Ok(());
        }
        if big {
            self.addop_noline(Instr::BuildMap(0));
        }
        for k in &keywords[begin..end] {
            self.load_const(Self::str_const(k.arg.as_deref().unwrap_or("")));
            self.visit_expr(&k.value)?;
            if big {
                self.addop_noline(Instr::MapAdd(1));
            }
        }
        if !big {
            self.addop(Instr::BuildMap(n as u32));
        }
        Ok(())
    }

    /// `compiler_comprehension`.
    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        name: &str,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        val: Option<&'a Expr>,
    ) -> R {
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        let lineno = self.lines.line_col(e.span.start).0;
        self.enter_scope(name, ScopeType::Comprehension, key_expr(e), lineno);
        self.set_loc(e.span);
        let is_async = self.st.entries[self.ur().ste].coroutine;
        match kind {
            CompKind::List => self.addop(Instr::BuildList(0)),
            CompKind::Set => self.addop(Instr::BuildSet(0)),
            CompKind::Dict => self.addop(Instr::BuildMap(0)),
            CompKind::Gen => {}
        }
        let result = self
            .comprehension_generator(generators, 0, 0, elt, val, kind)
            .map(|()| {
                if kind != CompKind::Gen {
                    self.addop(Instr::ReturnValue);
                }
            });
        let co = self.finish_scope(result, true)?;
        self.make_closure(co, 0)?;
        self.visit_iter(&outermost.iter)?;
        self.addop(if outermost.is_async {
            Instr::GetAiter
        } else {
            Instr::GetIter
        });
        self.addop(Instr::Call(0));
        if is_async && kind != CompKind::Gen {
            self.addop(Instr::GetAwaitable(0));
            self.load_const(Constant::None);
            self.add_yield_from();
        }
        Ok(())
    }

    /// The innermost part of a comprehension: yield or add the element.
    fn comprehension_element(
        &mut self,
        kind: CompKind,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        depth: u32,
    ) -> R {
        self.visit_expr(elt)?;
        match kind {
            CompKind::Gen => {
                self.add_yield();
                self.addop(Instr::PopTop);
            }
            CompKind::List => self.addop(Instr::ListAppend(depth + 1)),
            CompKind::Set => self.addop(Instr::SetAdd(depth + 1)),
            CompKind::Dict => {
                if let Some(v) = val {
                    self.visit_expr(v)?;
                }
                self.addop(Instr::MapAdd(depth + 1));
            }
        }
        Ok(())
    }

    /// `compiler_sync_comprehension_generator`.
    fn comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        gen_index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> R {
        if generators[gen_index].is_async {
            return self
                .async_comprehension_generator(generators, gen_index, depth, elt, val, kind);
        }
        let mut start = Some(self.new_block());
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        let gen = &generators[gen_index];
        if gen_index == 0 {
            self.u().argcount = 1;
            self.addop(Instr::LoadFast(0));
        } else {
            let elts = match &gen.iter.kind {
                ExprKind::List(elts) | ExprKind::Tuple(elts)
                    if fold::iter_const(&gen.iter).is_none() =>
                {
                    Some(elts)
                }
                _ => None,
            };
            if let Some(elts) = elts {
                if elts.len() == 1 && !matches!(elts[0].kind, ExprKind::Starred(_)) {
                    self.visit_expr(&elts[0])?;
                    start = None;
                }
            }
            if start.is_some() {
                self.visit_iter(&gen.iter)?;
                self.addop(Instr::GetIter);
            }
        }
        if let Some(s) = start {
            depth += 1;
            self.use_next_block(s);
            self.jump(Instr::ForIter, anchor);
        }
        self.visit_expr_ctx(&gen.target, Ctx::Store)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if gen_index + 1 < generators.len() {
            self.comprehension_generator(generators, gen_index + 1, depth, elt, val, kind)?;
        } else {
            self.comprehension_element(kind, elt, val, depth)?;
        }
        self.use_next_block(if_cleanup);
        if let Some(s) = start {
            self.jump(Instr::Jump, s);
            self.use_next_block(anchor);
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    List,
    Tuple,
    Set,
}

/// The items of a frozenset constant built from a display: duplicates collapse.
fn set_items(items: Vec<Constant>) -> Vec<Constant> {
    let mut out: Vec<Constant> = Vec::new();
    for it in items {
        if !out.iter().any(|o| super::consts::same_key(o, &it)) {
            out.push(it);
        }
    }
    out
}
