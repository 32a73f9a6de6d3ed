//! Scopes, after CPython 3.11's Python/symtable.c: one entry per module, class, function,
//! lambda and comprehension, and each name's scope (local, global, free, cell).

use std::collections::{HashMap, HashSet};

use crate::syntax::ast::{
    Arguments, Comprehension, ExceptHandler, Expr, ExprKind, Pattern, PatternKind, Span, Stmt,
    StmtKind,
};
use crate::syntax::SyntaxError;

pub(crate) const DEF_GLOBAL: u32 = 1;
pub(crate) const DEF_LOCAL: u32 = 2;
pub(crate) const DEF_PARAM: u32 = 4;
pub(crate) const DEF_NONLOCAL: u32 = 8;
pub(crate) const USE: u32 = 16;
pub(crate) const DEF_FREE_CLASS: u32 = 64;
pub(crate) const DEF_IMPORT: u32 = 128;
pub(crate) const DEF_ANNOT: u32 = 256;
pub(crate) const DEF_COMP_ITER: u32 = 512;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BlockType {
    Function,
    Class,
    Module,
}

#[derive(Debug)]
pub(crate) struct Entry {
    pub typ: BlockType,
    pub name: String,
    /// Symbols in insertion order with their `DEF_*` flags.
    pub symbols: Vec<(String, u32)>,
    index: HashMap<String, usize>,
    pub scopes: HashMap<String, Scope>,
    /// Parameters in order (`ste_varnames`).
    pub varnames: Vec<String>,
    pub children: Vec<usize>,
    directives: Vec<(String, Span)>,
    pub nested: bool,
    pub generator: bool,
    /// `ste_coroutine`: an `async def`, or a comprehension with `await` or `async for`.
    pub coroutine: bool,
    pub comprehension: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    pub child_free: bool,
    pub free: bool,
    pub needs_class_closure: bool,
    comp_iter_target: bool,
    comp_iter_expr: u32,
}

impl Entry {
    fn new(typ: BlockType, name: &str, nested: bool) -> Entry {
        Entry {
            typ,
            name: name.to_string(),
            symbols: Vec::new(),
            index: HashMap::new(),
            scopes: HashMap::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            directives: Vec::new(),
            nested,
            generator: false,
            coroutine: false,
            comprehension: false,
            varargs: false,
            varkeywords: false,
            child_free: false,
            free: false,
            needs_class_closure: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    pub fn flags(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].1)
    }

    fn set_flags(&mut self, name: &str, flags: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].1 = flags,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push((name.to_string(), flags));
            }
        }
    }

    /// `_PyST_GetScope`.
    pub fn scope(&self, name: &str) -> Option<Scope> {
        self.scopes.get(name).copied()
    }

    /// Names with the given scope or any of the flags, sorted (`dictbytype`).
    pub fn names_with_scope(&self, scope: Scope, flag: u32) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(n, f)| self.scope(n) == Some(scope) || f & flag != 0)
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    }
}

/// `_Py_Mangle`: `__x` inside class `C` becomes `_C__x`.
pub(crate) fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(p) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = p.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

#[derive(Debug)]
pub(crate) struct SymbolTable {
    pub entries: Vec<Entry>,
    /// AST node address -> entry index (`st_blocks`).
    blocks: HashMap<usize, usize>,
    stack: Vec<usize>,
    private: Option<String>,
}

pub(crate) fn key_stmt(s: &Stmt) -> usize {
    s as *const Stmt as usize
}

pub(crate) fn key_expr(e: &Expr) -> usize {
    e as *const Expr as usize
}

type R = Result<(), SyntaxError>;

impl SymbolTable {
    /// `_PySymtable_Build`.
    pub fn build(body: &[Stmt]) -> Result<SymbolTable, SyntaxError> {
        let mut st = SymbolTable {
            entries: vec![Entry::new(BlockType::Module, "top", false)],
            blocks: HashMap::new(),
            stack: vec![0],
            private: None,
        };
        for s in body {
            st.visit_stmt(s)?;
        }
        st.analyze()?;
        Ok(st)
    }

    pub fn entry_for(&self, key: usize) -> Option<usize> {
        self.blocks.get(&key).copied()
    }

    fn cur(&mut self) -> &mut Entry {
        let i = *self.stack.last().unwrap_or(&0);
        &mut self.entries[i]
    }

    fn cur_id(&self) -> usize {
        *self.stack.last().unwrap_or(&0)
    }

    fn enter_block(&mut self, name: &str, typ: BlockType, key: usize) {
        let parent = self.cur_id();
        let nested = self.entries[parent].nested || self.entries[parent].typ == BlockType::Function;
        self.entries.push(Entry::new(typ, name, nested));
        let id = self.entries.len() - 1;
        self.entries[parent].children.push(id);
        self.blocks.insert(key, id);
        self.stack.push(id);
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    /// `symtable_add_def`.
    fn add_def(&mut self, name: &str, flag: u32, span: Span) -> R {
        let id = self.cur_id();
        self.add_def_helper(name, flag, id, span)
    }

    fn add_def_helper(&mut self, name: &str, flag: u32, ste: usize, span: Span) -> R {
        let mangled = mangle(self.private.as_deref(), name);
        let e = &mut self.entries[ste];
        let mut val = e.flags(&mangled);
        if flag & DEF_PARAM != 0 && val & DEF_PARAM != 0 {
            return Err(SyntaxError::syntax(
                format!("duplicate argument '{name}' in function definition"),
                span,
            ));
        }
        val |= flag;
        if e.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(SyntaxError::syntax(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target \
                         '{name}'"
                    ),
                    span,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        e.set_flags(&mangled, val);
        if flag & DEF_PARAM != 0 {
            e.varnames.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            // st_global is the module's own symbol dict.
            let top = &mut self.entries[0];
            let f = top.flags(&mangled);
            top.set_flags(&mangled, f | flag);
        }
        Ok(())
    }

    fn visit_stmts(&mut self, body: &[Stmt]) -> R {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    /// `symtable_visit_pattern`.
    fn visit_pattern(&mut self, p: &Pattern) -> R {
        match &p.kind {
            PatternKind::MatchValue(e) => self.visit_expr(e),
            PatternKind::MatchSingleton(_) => Ok(()),
            PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => {
                ps.iter().try_for_each(|p| self.visit_pattern(p))
            }
            PatternKind::MatchStar(name) => match name {
                Some(n) => self.add_def(n, DEF_LOCAL, p.span),
                None => Ok(()),
            },
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.visit_exprs(keys)?;
                patterns.iter().try_for_each(|p| self.visit_pattern(p))?;
                match rest {
                    Some(n) => self.add_def(n, DEF_LOCAL, p.span),
                    None => Ok(()),
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.visit_expr(cls)?;
                patterns.iter().try_for_each(|p| self.visit_pattern(p))?;
                kwd_patterns.iter().try_for_each(|p| self.visit_pattern(p))
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(inner) = pattern {
                    self.visit_pattern(inner)?;
                }
                match name {
                    Some(n) => self.add_def(n, DEF_LOCAL, p.span),
                    None => Ok(()),
                }
            }
        }
    }

    fn visit_exprs(&mut self, v: &[Expr]) -> R {
        v.iter().try_for_each(|e| self.visit_expr(e))
    }

    /// `symtable_visit_stmt`.
    fn visit_stmt(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, s.span)?;
                self.visit_exprs(&f.args.defaults)?;
                for d in f.args.kw_defaults.iter().flatten() {
                    self.visit_expr(d)?;
                }
                self.visit_annotations(&f.args, f.returns.as_ref())?;
                self.visit_exprs(&f.decorators)?;
                self.enter_block(&f.name, BlockType::Function, key_stmt(s));
                self.cur().coroutine = f.is_async;
                self.visit_params(&f.args)?;
                self.visit_stmts(&f.body)?;
                self.exit_block();
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, s.span)?;
                self.visit_exprs(&c.bases)?;
                for k in &c.keywords {
                    self.visit_expr(&k.value)?;
                }
                self.visit_exprs(&c.decorators)?;
                self.enter_block(&c.name, BlockType::Class, key_stmt(s));
                let saved = self.private.replace(c.name.clone());
                self.visit_stmts(&c.body)?;
                self.private = saved;
                self.exit_block();
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.visit_target(t))?,
            StmtKind::Assign { targets, value } => {
                targets.iter().try_for_each(|t| self.visit_target(t))?;
                self.visit_expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_target(target)?;
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name(name) = &target.kind {
                    let mangled = mangle(self.private.as_deref(), name);
                    let cur = self.cur().flags(&mangled);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0
                        && self.cur().typ != BlockType::Module
                        && *simple
                    {
                        let kind = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(SyntaxError::syntax(
                            format!("annotated name '{name}' can't be {kind}"),
                            s.span,
                        ));
                    }
                    if *simple {
                        self.add_def(name, DEF_ANNOT | DEF_LOCAL, target.span)?;
                    } else if value.is_some() {
                        self.add_def(name, DEF_LOCAL, target.span)?;
                    }
                } else {
                    self.visit_target(target)?;
                }
                self.visit_expr(annotation)?;
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            }
            | StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
            } => {
                self.visit_target(target)?;
                self.visit_expr(iter)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
            }
            StmtKind::With { items, body } | StmtKind::AsyncWith { items, body } => {
                for item in items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_target(v)?;
                    }
                }
                self.visit_stmts(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                    }
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
                for h in handlers {
                    self.visit_handler(h)?;
                }
                self.visit_stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                }
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.visit_alias(&a.name, a.asname.as_deref(), a.span)?;
                }
            }
            StmtKind::Global(names) => {
                for name in names {
                    let mangled = mangle(self.private.as_deref(), name);
                    let cur = self.cur().flags(&mangled);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to global declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("name '{name}' is assigned to before global declaration")
                        };
                        return Err(SyntaxError::syntax(msg, s.span));
                    }
                    self.add_def(name, DEF_GLOBAL, s.span)?;
                    self.cur().directives.push((name.clone(), s.span));
                }
            }
            StmtKind::Nonlocal(names) => {
                for name in names {
                    let mangled = mangle(self.private.as_deref(), name);
                    let cur = self.cur().flags(&mangled);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        };
                        return Err(SyntaxError::syntax(msg, s.span));
                    }
                    self.add_def(name, DEF_NONLOCAL, s.span)?;
                    self.cur().directives.push((name.clone(), s.span));
                }
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for case in cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_stmts(&case.body)?;
                }
            }
            StmtKind::Expr(e) => self.visit_expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn visit_handler(&mut self, h: &ExceptHandler) -> R {
        if let Some(t) = &h.typ {
            self.visit_expr(t)?;
        }
        if let Some(n) = &h.name {
            self.add_def(n, DEF_LOCAL, h.span)?;
        }
        self.visit_stmts(&h.body)
    }

    /// `symtable_visit_alias`.
    fn visit_alias(&mut self, name: &str, asname: Option<&str>, span: Span) -> R {
        let store = asname.unwrap_or_else(|| name.split('.').next().unwrap_or(name));
        if name == "*" {
            if self.cur().typ != BlockType::Module {
                return Err(SyntaxError::syntax(
                    "import * only allowed at module level",
                    span,
                ));
            }
            return Ok(());
        }
        self.add_def(store, DEF_IMPORT, span)
    }

    /// `symtable_visit_annotations` (evaluated in the enclosing scope in 3.11).
    fn visit_annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> R {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            if let Some(ann) = &a.annotation {
                self.visit_expr(ann)?;
            }
        }
        if let Some(r) = returns {
            self.visit_expr(r)?;
        }
        Ok(())
    }

    /// `symtable_visit_arguments`.
    fn visit_params(&mut self, args: &Arguments) -> R {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.add_def(&a.name, DEF_PARAM, a.span)?;
        }
        if let Some(a) = &args.vararg {
            self.add_def(&a.name, DEF_PARAM, a.span)?;
            self.cur().varargs = true;
        }
        if let Some(a) = &args.kwarg {
            self.add_def(&a.name, DEF_PARAM, a.span)?;
            self.cur().varkeywords = true;
        }
        Ok(())
    }

    /// `symtable_visit_expr`.
    fn visit_expr(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => self.handle_namedexpr(e, target, value)?,
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.visit_exprs(&args.defaults)?;
                for d in args.kw_defaults.iter().flatten() {
                    self.visit_expr(d)?;
                }
                self.enter_block("lambda", BlockType::Function, key_expr(e));
                self.visit_params(args)?;
                self.visit_expr(body)?;
                self.exit_block();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(v)?;
                }
            }
            ExprKind::Set(elts) | ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                self.visit_exprs(elts)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.handle_comprehension(e, "genexpr", generators, elt, None)?
            }
            ExprKind::ListComp { elt, generators } => {
                self.handle_comprehension(e, "listcomp", generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.handle_comprehension(e, "setcomp", generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.handle_comprehension(e, "dictcomp", generators, key, Some(value))?,
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.visit_expr(v)?;
                }
                self.yield_seen(e)?;
            }
            ExprKind::YieldFrom(v) => {
                self.visit_expr(v)?;
                self.yield_seen(e)?;
            }
            ExprKind::Await(v) => {
                self.visit_expr(v)?;
                self.cur().coroutine = true;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.visit_expr(value)?;
                if let Some(s) = format_spec {
                    self.visit_expr(s)?;
                }
            }
            ExprKind::JoinedStr(values) => self.visit_exprs(values)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.visit_expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            ExprKind::Starred(v) => self.visit_expr(v)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(x)?;
                }
            }
            ExprKind::Name(n) => self.visit_name(e, n, false)?,
        }
        Ok(())
    }

    /// Name nodes: the compiler tells load from store by position, so the symbol table is
    /// told through the callers that visit targets.
    fn visit_name(&mut self, e: &Expr, name: &str, store: bool) -> R {
        self.add_def(name, if store { DEF_LOCAL } else { USE }, e.span)?;
        if !store && self.cur().typ == BlockType::Function && name == "super" {
            self.add_def("__class__", USE, e.span)?;
        }
        Ok(())
    }

    fn yield_seen(&mut self, e: &Expr) -> R {
        let cur = self.cur();
        if cur.comprehension {
            let kind = match cur.name.as_str() {
                "listcomp" => "list comprehension",
                "setcomp" => "set comprehension",
                "dictcomp" => "dict comprehension",
                _ => "generator expression",
            };
            return Err(SyntaxError::syntax(
                format!("'yield' inside {kind}"),
                e.span,
            ));
        }
        cur.generator = true;
        Ok(())
    }

    /// `symtable_handle_namedexpr`.
    fn handle_namedexpr(&mut self, e: &Expr, target: &Expr, value: &Expr) -> R {
        if self.cur().comp_iter_expr > 0 {
            return Err(SyntaxError::syntax(
                "assignment expression cannot be used in a comprehension iterable expression",
                e.span,
            ));
        }
        if self.cur().comprehension {
            self.extend_namedexpr_scope(target)?;
        }
        self.visit_expr(value)?;
        self.visit_target(target)
    }

    /// `symtable_extend_namedexpr_scope`.
    fn extend_namedexpr_scope(&mut self, target: &Expr) -> R {
        let ExprKind::Name(name) = &target.kind else {
            return Ok(());
        };
        for k in (0..self.stack.len()).rev() {
            let id = self.stack[k];
            let ste = &self.entries[id];
            if ste.comprehension {
                if ste.flags(name) & DEF_COMP_ITER != 0 {
                    return Err(SyntaxError::syntax(
                        format!(
                            "assignment expression cannot rebind comprehension iteration \
                             variable '{name}'"
                        ),
                        target.span,
                    ));
                }
                continue;
            }
            match ste.typ {
                BlockType::Function => {
                    let flag = if ste.flags(name) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, target.span)?;
                    self.cur().directives.push((name.clone(), target.span));
                    return self.add_def_helper(name, DEF_LOCAL, id, target.span);
                }
                BlockType::Module => {
                    self.add_def(name, DEF_GLOBAL, target.span)?;
                    self.cur().directives.push((name.clone(), target.span));
                    return self.add_def_helper(name, DEF_GLOBAL, id, target.span);
                }
                BlockType::Class => {
                    return Err(SyntaxError::syntax(
                        "assignment expression within a comprehension cannot be used in a \
                         class body",
                        target.span,
                    ));
                }
            }
        }
        Ok(())
    }

    /// Visits an assignment target (`Store`/`Del` context).
    fn visit_target(&mut self, t: &Expr) -> R {
        match &t.kind {
            ExprKind::Name(n) => self.visit_name(t, n, true),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                elts.iter().try_for_each(|x| self.visit_target(x))
            }
            ExprKind::Starred(v) => self.visit_target(v),
            _ => self.visit_expr(t),
        }
    }

    /// `symtable_handle_comprehension`.
    fn handle_comprehension(
        &mut self,
        e: &Expr,
        scope_name: &str,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        self.cur().comp_iter_expr += 1;
        self.visit_expr(&outermost.iter)?;
        self.cur().comp_iter_expr -= 1;
        self.enter_block(scope_name, BlockType::Function, key_expr(e));
        self.cur().comprehension = true;
        self.cur().coroutine = generators.iter().any(|g| g.is_async);
        self.add_def(".0", DEF_PARAM, e.span)?;
        self.cur().comp_iter_target = true;
        self.visit_target(&outermost.target)?;
        self.cur().comp_iter_target = false;
        self.visit_exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.cur().comp_iter_target = true;
            self.visit_target(&g.target)?;
            self.cur().comp_iter_target = false;
            self.cur().comp_iter_expr += 1;
            self.visit_expr(&g.iter)?;
            self.cur().comp_iter_expr -= 1;
            self.visit_exprs(&g.ifs)?;
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        let is_generator = matches!(e.kind, ExprKind::GeneratorExp { .. });
        self.cur().generator = is_generator;
        let awaited = self.cur().coroutine && !is_generator;
        self.exit_block();
        if awaited {
            self.cur().coroutine = true;
        }
        Ok(())
    }

    /// `symtable_analyze`.
    fn analyze(&mut self) -> R {
        let mut free = HashSet::new();
        let mut global = HashSet::new();
        self.analyze_block(0, None, &mut free, &mut global)
    }

    /// `analyze_block`.
    fn analyze_block(
        &mut self,
        ste: usize,
        bound: Option<&HashSet<String>>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) -> R {
        let mut local = HashSet::new();
        let mut scopes = HashMap::new();
        let mut newglobal = HashSet::new();
        let mut newfree = HashSet::new();
        let mut newbound = HashSet::new();
        let typ = self.entries[ste].typ;
        if typ == BlockType::Class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = bound {
                newbound.extend(b.iter().cloned());
            }
        }
        let symbols = self.entries[ste].symbols.clone();
        for (name, flags) in &symbols {
            self.analyze_name(
                ste,
                &mut scopes,
                name,
                *flags,
                bound,
                &mut local,
                free,
                global,
            )?;
        }
        if typ != BlockType::Class {
            if typ == BlockType::Function {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = bound {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".to_string());
        }
        let mut allfree = HashSet::new();
        let children = self.entries[ste].children.clone();
        for c in children {
            let temp_bound = newbound.clone();
            let mut temp_free = newfree.clone();
            let mut temp_global = newglobal.clone();
            self.analyze_block(c, Some(&temp_bound), &mut temp_free, &mut temp_global)?;
            allfree.extend(temp_free);
            if self.entries[c].free || self.entries[c].child_free {
                self.entries[ste].child_free = true;
            }
        }
        newfree.extend(allfree);
        if typ == BlockType::Function {
            // analyze_cells
            for (name, scope) in scopes.iter_mut() {
                if *scope == Scope::Local && newfree.contains(name) {
                    *scope = Scope::Cell;
                    newfree.remove(name);
                }
            }
        } else if typ == BlockType::Class && newfree.remove("__class__") {
            // drop_class_free
            self.entries[ste].needs_class_closure = true;
        }
        self.update_symbols(ste, scopes, bound, &newfree, typ == BlockType::Class);
        free.extend(newfree);
        Ok(())
    }

    /// `analyze_name`.
    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &mut self,
        ste: usize,
        scopes: &mut HashMap<String, Scope>,
        name: &str,
        flags: u32,
        bound: Option<&HashSet<String>>,
        local: &mut HashSet<String>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) -> R {
        let directive = |e: &Entry| {
            e.directives
                .iter()
                .find(|(n, _)| n == name)
                .map_or(Span::default(), |d| d.1)
        };
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(SyntaxError::syntax(
                    format!("name '{name}' is nonlocal and global"),
                    directive(&self.entries[ste]),
                ));
            }
            scopes.insert(name.to_string(), Scope::GlobalExplicit);
            global.insert(name.to_string());
            return Ok(());
        }
        if flags & DEF_NONLOCAL != 0 {
            let Some(b) = bound else {
                return Err(SyntaxError::syntax(
                    "nonlocal declaration not allowed at module level",
                    directive(&self.entries[ste]),
                ));
            };
            if !b.contains(name) {
                return Err(SyntaxError::syntax(
                    format!("no binding for nonlocal '{name}' found"),
                    directive(&self.entries[ste]),
                ));
            }
            scopes.insert(name.to_string(), Scope::Free);
            self.entries[ste].free = true;
            free.insert(name.to_string());
            return Ok(());
        }
        if flags & DEF_BOUND != 0 {
            scopes.insert(name.to_string(), Scope::Local);
            local.insert(name.to_string());
            global.remove(name);
            return Ok(());
        }
        if bound.is_some_and(|b| b.contains(name)) {
            scopes.insert(name.to_string(), Scope::Free);
            self.entries[ste].free = true;
            free.insert(name.to_string());
            return Ok(());
        }
        if global.contains(name) {
            scopes.insert(name.to_string(), Scope::GlobalImplicit);
            return Ok(());
        }
        if self.entries[ste].nested {
            self.entries[ste].free = true;
        }
        scopes.insert(name.to_string(), Scope::GlobalImplicit);
        Ok(())
    }

    /// `update_symbols`.
    fn update_symbols(
        &mut self,
        ste: usize,
        scopes: HashMap<String, Scope>,
        bound: Option<&HashSet<String>>,
        free: &HashSet<String>,
        classflag: bool,
    ) {
        let e = &mut self.entries[ste];
        e.scopes = scopes;
        let mut free_sorted: Vec<&String> = free.iter().collect();
        free_sorted.sort();
        for name in free_sorted {
            if e.index.contains_key(name.as_str()) {
                let f = e.flags(name);
                if classflag && f & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    e.set_flags(name, f | DEF_FREE_CLASS);
                }
                continue;
            }
            if bound.is_some_and(|b| !b.contains(name.as_str())) {
                continue;
            }
            e.set_flags(name, 0);
            e.scopes.insert(name.clone(), Scope::Free);
        }
    }
}
