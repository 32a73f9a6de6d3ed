//! Errors CPython raises after parsing: in its symbol table (`global`/`nonlocal` misuse,
//! walrus and yield restrictions in comprehensions, nonlocal bindings) and in its compiler
//! (`return`/`yield`/`break`/`continue` out of place, misplaced starred expressions, repeated
//! keywords, too deeply nested blocks). They come out in CPython's order: symbol-table errors
//! while it is built, then the nonlocal analysis, then compiler errors in source order.

use std::collections::HashMap;

use super::ast::*;
use super::error::{SyntaxError, SyntaxWarning};

/// CPython's CO_MAXBLOCKS.
const MAX_BLOCKS: u32 = 20;

/// Reports the first error CPython's symtable or compiler would raise for `module`.
pub fn check(module: &Module) -> Result<(), SyntaxError> {
    check_with_warnings(module).0
}

/// [`check`], plus the SyntaxWarnings CPython's compiler prints (`x is 1`,
/// `assert (a, b)`), in source order, up to the error if there is one.
pub fn check_with_warnings(module: &Module) -> (Result<(), SyntaxError>, Vec<SyntaxWarning>) {
    let mut warnings = Vec::new();
    let result = check_inner(module, &mut warnings);
    (result, warnings)
}

fn check_inner(module: &Module, warnings: &mut Vec<SyntaxWarning>) -> Result<(), SyntaxError> {
    future_imports(&module.body)?;
    let mut symtable = Symtable {
        scopes: vec![Scope::new(ScopeKind::Module)],
        finished: Vec::new(),
        comprehension_kinds: Vec::new(),
    };
    symtable.stmts(&module.body)?;
    let root = symtable.pop();
    analyze(&symtable.finished, root, &[])?;
    let mut compiler = Compiler {
        function: false,
        loops: 0,
        blocks: 0,
        warnings,
    };
    compiler.stmts(&module.body)
}

/// CPython's future.c, which runs first: `from __future__ import` only at the top (after a
/// docstring), and only known features.
fn future_imports(body: &[Stmt]) -> Result<(), SyntaxError> {
    const FEATURES: [&str; 10] = [
        "nested_scopes",
        "generators",
        "division",
        "absolute_import",
        "with_statement",
        "print_function",
        "unicode_literals",
        "barry_as_FLUFL",
        "generator_stop",
        "annotations",
    ];
    let mut done = false;
    for (i, stmt) in body.iter().enumerate() {
        match &stmt.kind {
            StmtKind::ImportFrom {
                module: Some(module),
                names,
                level: 0,
            } if module == "__future__" => {
                if done {
                    return Err(error(
                        "from __future__ imports must occur at the beginning of the file",
                        stmt.span,
                    ));
                }
                let at = Span::new(stmt.span.start, stmt.span.start);
                for alias in names {
                    if alias.name == "braces" {
                        return Err(error("not a chance", at));
                    }
                    if !FEATURES.contains(&alias.name.as_str()) {
                        return Err(error(
                            format!("future feature {} is not defined", alias.name),
                            at,
                        ));
                    }
                }
            }
            StmtKind::Expr(Expr {
                kind: ExprKind::Constant(Constant::Str(_)),
                ..
            }) if i == 0 => {}
            _ => done = true,
        }
    }
    Ok(())
}

fn error(msg: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError::syntax(msg, span)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

const USE: u8 = 1;
const DEF_LOCAL: u8 = 2;
const DEF_PARAM: u8 = 4;
const DEF_ANNOT: u8 = 8;
const DEF_GLOBAL: u8 = 16;
const DEF_NONLOCAL: u8 = 32;
const DEF_COMP_ITER: u8 = 64;

struct Scope {
    kind: ScopeKind,
    /// Names in first-seen order with their flags.
    names: Vec<(String, u8)>,
    index: HashMap<String, usize>,
    /// The first `global`/`nonlocal` statement naming each name.
    directives: HashMap<String, Span>,
    /// Indices (into `Symtable::finished`) of scopes nested directly inside this one.
    children: Vec<usize>,
}

impl Scope {
    fn new(kind: ScopeKind) -> Scope {
        Scope {
            kind,
            names: Vec::new(),
            index: HashMap::new(),
            directives: HashMap::new(),
            children: Vec::new(),
        }
    }

    fn flags(&self, name: &str) -> u8 {
        self.index.get(name).map_or(0, |&i| self.names[i].1)
    }

    fn add(&mut self, name: &str, flag: u8) {
        match self.index.get(name) {
            Some(&i) => self.names[i].1 |= flag,
            None => {
                self.index.insert(name.to_string(), self.names.len());
                self.names.push((name.to_string(), flag));
            }
        }
    }
}

struct Symtable {
    scopes: Vec<Scope>,
    finished: Vec<Scope>,
    /// What each open comprehension scope is, for "'yield' inside list comprehension".
    comprehension_kinds: Vec<&'static str>,
}

/// The name CPython gives a comprehension in its messages.
fn comprehension_name(e: &Expr) -> &'static str {
    match e.kind {
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        _ => "generator expression",
    }
}

impl Symtable {
    fn current(&mut self) -> &mut Scope {
        let last = self.scopes.len() - 1;
        &mut self.scopes[last]
    }

    fn push(&mut self, kind: ScopeKind) {
        self.scopes.push(Scope::new(kind));
    }

    /// Closes the innermost scope; returns its index in `finished`.
    fn pop(&mut self) -> usize {
        let scope = self
            .scopes
            .pop()
            .unwrap_or_else(|| Scope::new(ScopeKind::Module));
        self.finished.push(scope);
        let index = self.finished.len() - 1;
        if let Some(parent) = self.scopes.last_mut() {
            parent.children.push(index);
        }
        index
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn arguments_outer(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        for e in args
            .defaults
            .iter()
            .chain(args.kw_defaults.iter().flatten())
        {
            self.expr(e)?;
        }
        Ok(())
    }

    fn params(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for arg in all {
            if self.current().flags(&arg.name) & DEF_PARAM != 0 {
                return Err(error(
                    format!("duplicate argument '{}' in function definition", arg.name),
                    arg.span,
                ));
            }
            self.current().add(&arg.name, DEF_PARAM);
        }
        Ok(())
    }

    fn stmt(&mut self, stmt: &Stmt) -> Result<(), SyntaxError> {
        match &stmt.kind {
            StmtKind::FunctionDef(def) => {
                def.decorators.iter().try_for_each(|d| self.expr(d))?;
                self.arguments_outer(&def.args)?;
                let all = def
                    .args
                    .posonlyargs
                    .iter()
                    .chain(&def.args.args)
                    .chain(&def.args.vararg)
                    .chain(&def.args.kwonlyargs)
                    .chain(&def.args.kwarg);
                for arg in all {
                    if let Some(a) = &arg.annotation {
                        self.expr(a)?;
                    }
                }
                if let Some(r) = &def.returns {
                    self.expr(r)?;
                }
                self.current().add(&def.name, DEF_LOCAL);
                self.push(ScopeKind::Function);
                self.params(&def.args)?;
                self.stmts(&def.body)?;
                self.pop();
            }
            StmtKind::ClassDef(class) => {
                class.decorators.iter().try_for_each(|d| self.expr(d))?;
                class.bases.iter().try_for_each(|b| self.expr(b))?;
                class
                    .keywords
                    .iter()
                    .try_for_each(|k| self.expr(&k.value))?;
                self.current().add(&class.name, DEF_LOCAL);
                self.push(ScopeKind::Class);
                self.stmts(&class.body)?;
                self.pop();
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let global = matches!(stmt.kind, StmtKind::Global(_));
                let what = if global { "global" } else { "nonlocal" };
                for name in names {
                    let flags = self.current().flags(name);
                    let msg = if flags & DEF_PARAM != 0 {
                        Some(format!("name '{name}' is parameter and {what}"))
                    } else if flags & USE != 0 {
                        Some(format!("name '{name}' is used prior to {what} declaration"))
                    } else if flags & DEF_ANNOT != 0 {
                        Some(format!("annotated name '{name}' can't be {what}"))
                    } else if flags & DEF_LOCAL != 0 {
                        Some(format!(
                            "name '{name}' is assigned to before {what} declaration"
                        ))
                    } else {
                        None
                    };
                    if let Some(msg) = msg {
                        return Err(error(msg, stmt.span));
                    }
                    let flag = if global { DEF_GLOBAL } else { DEF_NONLOCAL };
                    let scope = self.current();
                    scope.add(name, flag);
                    scope.directives.entry(name.clone()).or_insert(stmt.span);
                }
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    if alias.name == "*" && self.current().kind != ScopeKind::Module {
                        return Err(error("import * only allowed at module level", alias.span));
                    }
                    let bound = match &alias.asname {
                        Some(asname) => asname.as_str(),
                        None => alias.name.split('.').next().unwrap_or(""),
                    };
                    if bound != "*" {
                        self.current().add(bound, DEF_LOCAL);
                    }
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                targets.iter().try_for_each(|t| self.target(t))?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                self.target(target)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let (ExprKind::Name(name), true) = (&target.kind, *simple) {
                    let flags = self.current().flags(name);
                    if flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                        let what = if flags & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(error(
                            format!("annotated name '{name}' can't be {what}"),
                            stmt.span,
                        ));
                    }
                    self.current().add(name, DEF_ANNOT | DEF_LOCAL);
                } else {
                    self.target(target)?;
                }
                self.expr(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.target(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.target(t))?,
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body)?;
                for handler in handlers {
                    if let Some(t) = &handler.typ {
                        self.expr(t)?;
                    }
                    if let Some(name) = &handler.name {
                        self.current().add(name, DEF_LOCAL);
                    }
                    self.stmts(&handler.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            _ => {
                let mut result = Ok(());
                super::parser::statement::for_each_stmt_expr(stmt, &mut |e| {
                    if result.is_ok() {
                        result = self.expr(e);
                    }
                });
                result?;
                super::parser::statement::for_each_block(stmt, &mut |b| self.stmts(b))?;
            }
        }
        Ok(())
    }

    /// A `case` pattern: captures are bound, values and class names are evaluated.
    fn pattern(&mut self, p: &Pattern) -> Result<(), SyntaxError> {
        let mut result = Ok(());
        p.for_each_expr(&mut |e| {
            if result.is_ok() {
                result = self.expr(e);
            }
        });
        result?;
        p.for_each_capture(&mut |name| self.current().add(name, DEF_LOCAL));
        Ok(())
    }

    /// An assignment target: names are bound, everything else is evaluated.
    fn target(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Name(name) => {
                self.current().add(name, DEF_LOCAL);
                Ok(())
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                elts.iter().try_for_each(|e| self.target(e))
            }
            ExprKind::Starred(value) => self.target(value),
            _ => self.expr(e),
        }
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Name(name) => {
                self.current().add(name, USE);
                Ok(())
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.named_target(target)
            }
            ExprKind::Lambda { args, body } => {
                self.arguments_outer(args)?;
                self.push(ScopeKind::Function);
                self.params(args)?;
                self.expr(body)?;
                self.pop();
                Ok(())
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, &[elt])
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, &[key, value]),
            ExprKind::Yield(_) | ExprKind::YieldFrom(_)
                if self.current().kind == ScopeKind::Comprehension =>
            {
                let name = self.comprehension_kinds.last().copied().unwrap_or("");
                Err(error(format!("'yield' inside {name}"), e.span))
            }
            _ => {
                let mut result = Ok(());
                super::parser::for_each_child(e, &mut |child| {
                    if result.is_ok() {
                        result = self.expr(child);
                    }
                });
                result
            }
        }
    }

    /// A comprehension's `for` target: bound in the comprehension, and not rebindable by
    /// `:=` inside it.
    fn comprehension_target(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Name(name) => {
                self.current().add(name, DEF_LOCAL | DEF_COMP_ITER);
                Ok(())
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                elts.iter().try_for_each(|e| self.comprehension_target(e))
            }
            ExprKind::Starred(value) => self.comprehension_target(value),
            _ => self.expr(e),
        }
    }

    /// `name := value` binds in the nearest enclosing non-comprehension scope.
    fn named_target(&mut self, target: &Expr) -> Result<(), SyntaxError> {
        let ExprKind::Name(name) = &target.kind else {
            return Ok(());
        };
        let comprehensions = self
            .scopes
            .iter()
            .rev()
            .take_while(|s| s.kind == ScopeKind::Comprehension);
        for scope in comprehensions {
            if scope.flags(name) & DEF_COMP_ITER != 0 {
                return Err(error(
                    format!(
                        "assignment expression cannot rebind comprehension iteration variable \
                         '{name}'"
                    ),
                    target.span,
                ));
            }
        }
        if self.current().kind == ScopeKind::Comprehension {
            let outer = self
                .scopes
                .iter_mut()
                .rev()
                .find(|s| s.kind != ScopeKind::Comprehension);
            if let Some(outer) = outer {
                if outer.kind == ScopeKind::Class {
                    return Err(error(
                        "assignment expression within a comprehension cannot be used in a \
                         class body",
                        target.span,
                    ));
                }
                outer.add(name, DEF_LOCAL);
            }
            return Ok(());
        }
        self.current().add(name, DEF_LOCAL);
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        generators: &[Comprehension],
        elts: &[&Expr],
    ) -> Result<(), SyntaxError> {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        self.iterable(&first.iter)?;
        self.push(ScopeKind::Comprehension);
        self.comprehension_kinds.push(comprehension_name(e));
        let result = (|| {
            for (i, generator) in generators.iter().enumerate() {
                if i > 0 {
                    self.iterable(&generator.iter)?;
                }
                self.comprehension_target(&generator.target)?;
                generator.ifs.iter().try_for_each(|c| self.expr(c))?;
            }
            elts.iter().try_for_each(|elt| self.expr(elt))
        })();
        self.comprehension_kinds.pop();
        self.pop();
        result
    }

    /// A comprehension's iterable, where `:=` is not allowed.
    fn iterable(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        if let Some(walrus) = find_named_expr(e) {
            return Err(error(
                "assignment expression cannot be used in a comprehension iterable expression",
                walrus.span,
            ));
        }
        self.expr(e)
    }
}

fn find_named_expr(e: &Expr) -> Option<&Expr> {
    if let ExprKind::NamedExpr { .. } = e.kind {
        return Some(e);
    }
    if let ExprKind::Lambda { .. } = e.kind {
        return None;
    }
    let mut found = None;
    super::parser::for_each_child(e, &mut |child| {
        if found.is_none() {
            found = find_named_expr(child);
        }
    });
    found
}

/// CPython's analyze_block: every `nonlocal` name must be bound in an enclosing function.
fn analyze(scopes: &[Scope], index: usize, bound: &[String]) -> Result<(), SyntaxError> {
    let scope = &scopes[index];
    for (name, flags) in &scope.names {
        let directive = scope.directives.get(name).copied().unwrap_or_default();
        if flags & DEF_GLOBAL != 0 && flags & DEF_NONLOCAL != 0 {
            return Err(error(
                format!("name '{name}' is nonlocal and global"),
                directive,
            ));
        }
        if flags & DEF_NONLOCAL == 0 {
            continue;
        }
        if scope.kind == ScopeKind::Module {
            return Err(error(
                "nonlocal declaration not allowed at module level",
                directive,
            ));
        }
        if !bound.contains(name) {
            return Err(error(
                format!("no binding for nonlocal '{name}' found"),
                directive,
            ));
        }
    }
    let mut child_bound: Vec<String> = bound.to_vec();
    match scope.kind {
        ScopeKind::Function | ScopeKind::Comprehension => {
            for (name, flags) in &scope.names {
                if flags & (DEF_LOCAL | DEF_PARAM) != 0 && flags & (DEF_GLOBAL | DEF_NONLOCAL) == 0
                {
                    child_bound.push(name.clone());
                }
            }
        }
        ScopeKind::Class => child_bound.push("__class__".to_string()),
        ScopeKind::Module => {}
    }
    for (name, flags) in &scope.names {
        if flags & DEF_GLOBAL != 0 {
            child_bound.retain(|n| n != name);
        }
    }
    for &child in &scope.children {
        analyze(scopes, child, &child_bound)?;
    }
    Ok(())
}

struct Compiler<'w> {
    function: bool,
    loops: u32,
    blocks: u32,
    warnings: &'w mut Vec<SyntaxWarning>,
}

fn binds_debug(args: &Arguments) -> bool {
    args.posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.vararg)
        .chain(&args.kwonlyargs)
        .chain(&args.kwarg)
        .any(|a| a.name == "__debug__")
}

fn repeated_keyword(keywords: &[Keyword]) -> Result<(), SyntaxError> {
    for (i, keyword) in keywords.iter().enumerate() {
        if let Some(name) = &keyword.arg {
            if keywords[..i].iter().any(|k| k.arg.as_ref() == Some(name)) {
                return Err(error(
                    format!("keyword argument repeated: {name}"),
                    keyword.span,
                ));
            }
        }
    }
    Ok(())
}

/// The type a constant expression has after CPython's constant folding, or None when the
/// expression is not a constant.
fn folded_type(e: &Expr) -> Option<&'static str> {
    match &e.kind {
        ExprKind::Constant(c) => Some(match c {
            Constant::None => "NoneType",
            Constant::Bool(_) => "bool",
            Constant::Int(_) => "int",
            Constant::Float(_) => "float",
            Constant::Imaginary(_) => "complex",
            Constant::Str(_) => "str",
            Constant::Bytes(_) => "bytes",
            Constant::Ellipsis => "ellipsis",
        }),
        ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand,
        } => folded_type(operand).map(|_| "bool"),
        ExprKind::UnaryOp { operand, .. } => match folded_type(operand)? {
            t @ ("int" | "float" | "complex") => Some(t),
            "bool" => Some("int"),
            _ => None,
        },
        ExprKind::BinOp { left, op, right } => {
            let (l, r) = (folded_type(left)?, folded_type(right)?);
            let either = |t| l == t || r == t;
            Some(if either("str") {
                "str"
            } else if either("bytes") {
                "bytes"
            } else if either("tuple") {
                "tuple"
            } else if either("complex") {
                "complex"
            } else if either("float") || *op == BinOp::Div {
                "float"
            } else {
                "int"
            })
        }
        ExprKind::Tuple(elts) => {
            for elt in elts {
                folded_type(elt)?;
            }
            Some("tuple")
        }
        _ => None,
    }
}

/// CPython's infer_type: the type an expression certainly has, if it is that obvious.
fn inferred_type(e: &Expr) -> Option<&'static str> {
    match &e.kind {
        ExprKind::Tuple(_) => Some("tuple"),
        ExprKind::List(_) | ExprKind::ListComp { .. } => Some("list"),
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => Some("dict"),
        ExprKind::Set(_) | ExprKind::SetComp { .. } => Some("set"),
        ExprKind::GeneratorExp { .. } => Some("generator"),
        ExprKind::Lambda { .. } => Some("function"),
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => Some("str"),
        _ => folded_type(e),
    }
}

/// CPython's check_is_arg: `is` with anything but None, True, False or `...` constants
/// (after constant folding) draws a warning.
fn is_literal(e: &Expr) -> bool {
    use crate::compile::Constant;
    crate::compile::fold::const_value(e)
        .is_some_and(|c| !matches!(c, Constant::None | Constant::Bool(_) | Constant::Ellipsis))
}

/// CPython's check_caller, check_subscripter and check_index: calls and subscripts that
/// cannot work, usually a missing comma between two items.
fn missed_comma(e: &Expr) -> Option<String> {
    match &e.kind {
        ExprKind::Call { func, .. } => {
            let callable = !matches!(
                func.kind,
                ExprKind::Constant(_)
                    | ExprKind::Tuple(_)
                    | ExprKind::List(_)
                    | ExprKind::ListComp { .. }
                    | ExprKind::Dict { .. }
                    | ExprKind::DictComp { .. }
                    | ExprKind::Set(_)
                    | ExprKind::SetComp { .. }
                    | ExprKind::GeneratorExp { .. }
                    | ExprKind::JoinedStr(_)
                    | ExprKind::FormattedValue { .. }
            ) && folded_type(func).is_none();
            let kind = inferred_type(func)?;
            (!callable)
                .then(|| format!("'{kind}' object is not callable; perhaps you missed a comma?"))
        }
        ExprKind::Subscript { value, slice } => {
            let value_type = inferred_type(value);
            let not_subscriptable = match folded_type(value) {
                Some(t) => matches!(
                    t,
                    "NoneType" | "ellipsis" | "int" | "float" | "complex" | "bool"
                ),
                None => matches!(
                    value.kind,
                    ExprKind::Set(_)
                        | ExprKind::SetComp { .. }
                        | ExprKind::GeneratorExp { .. }
                        | ExprKind::Lambda { .. }
                ),
            };
            if not_subscriptable {
                return Some(format!(
                    "'{}' object is not subscriptable; perhaps you missed a comma?",
                    value_type?
                ));
            }
            let index = inferred_type(slice)?;
            if matches!(index, "int" | "bool") || matches!(slice.kind, ExprKind::Slice { .. }) {
                return None;
            }
            let indexable = match folded_type(value) {
                Some(t) => matches!(t, "str" | "bytes" | "tuple"),
                None => matches!(
                    value.kind,
                    ExprKind::List(_)
                        | ExprKind::ListComp { .. }
                        | ExprKind::JoinedStr(_)
                        | ExprKind::FormattedValue { .. }
                ),
            };
            indexable.then(|| {
                format!(
                    "{} indices must be integers or slices, not {index}; perhaps you missed a comma?",
                    value_type.unwrap_or("object")
                )
            })
        }
        _ => None,
    }
}

impl Compiler<'_> {
    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    /// Compiles `body` inside a new function or class, where loops start over.
    fn scope(
        &mut self,
        function: bool,
        f: impl FnOnce(&mut Self) -> Result<(), SyntaxError>,
    ) -> Result<(), SyntaxError> {
        let saved = (self.function, self.loops, self.blocks);
        self.function = function;
        self.loops = 0;
        self.blocks = 0;
        let result = f(self);
        (self.function, self.loops, self.blocks) = saved;
        result
    }

    /// Compiles `body` with `pushed` more entries on CPython's frame-block stack (one per
    /// loop and `with` item, one to three around parts of a `try`).
    fn block(
        &mut self,
        span: Span,
        pushed: u32,
        loop_: bool,
        body: &[Stmt],
    ) -> Result<(), SyntaxError> {
        if self.blocks + pushed > MAX_BLOCKS {
            return Err(error("too many statically nested blocks", span));
        }
        self.blocks += pushed;
        self.loops += u32::from(loop_);
        let result = self.stmts(body);
        self.loops -= u32::from(loop_);
        self.blocks -= pushed;
        result
    }

    fn stmt(&mut self, stmt: &Stmt) -> Result<(), SyntaxError> {
        match &stmt.kind {
            StmtKind::FunctionDef(def) => {
                self.exprs_of(stmt)?;
                if def.name == "__debug__" || binds_debug(&def.args) {
                    return Err(error("cannot assign to __debug__", stmt.span));
                }
                self.scope(true, |c| c.stmts(&def.body))
            }
            StmtKind::ClassDef(class) => {
                self.exprs_of(stmt)?;
                if class.name == "__debug__" {
                    return Err(error("cannot assign to __debug__", stmt.span));
                }
                repeated_keyword(&class.keywords)?;
                self.scope(false, |c| c.stmts(&class.body))
            }
            StmtKind::Return(_) if !self.function => {
                Err(error("'return' outside function", stmt.span))
            }
            StmtKind::Break if self.loops == 0 => Err(error("'break' outside loop", stmt.span)),
            StmtKind::Continue if self.loops == 0 => {
                Err(error("'continue' not properly in loop", stmt.span))
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter, false)?;
                self.target(target)?;
                self.block(stmt.span, 1, true, body)?;
                self.stmts(orelse)
            }
            StmtKind::While { body, orelse, .. } => {
                self.exprs_of(stmt)?;
                self.block(stmt.span, 1, true, body)?;
                self.stmts(orelse)
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.expr(&item.context_expr, false)?;
                    if let Some(target) = &item.optional_vars {
                        self.target(target)?;
                    }
                }
                self.block(stmt.span, items.len() as u32, false, body)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                // FINALLY_TRY around everything but the finally body; TRY_EXCEPT around the
                // body; EXCEPTION_HANDLER and HANDLER_CLEANUP around each handler.
                let finally = u32::from(!finalbody.is_empty());
                let except = u32::from(!handlers.is_empty());
                self.block(stmt.span, finally + except, false, body)?;
                for handler in handlers {
                    if let Some(t) = &handler.typ {
                        self.expr(t, false)?;
                    }
                    self.block(handler.span, finally + 2, false, &handler.body)?;
                }
                self.block(stmt.span, finally, false, orelse)?;
                self.block(stmt.span, finally, false, finalbody)
            }
            StmtKind::If { body, orelse, .. } => {
                self.exprs_of(stmt)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value, false)?;
                targets.iter().try_for_each(|t| self.target(t))
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target)?;
                self.expr(value, false)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.target(target)?;
                self.expr(annotation, false)?;
                value.iter().try_for_each(|v| self.expr(v, false))
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                let binds = |a: &Alias| match &a.asname {
                    Some(asname) => asname == "__debug__",
                    None => a.name.split('.').next() == Some("__debug__"),
                };
                if names.iter().any(binds) {
                    return Err(error("cannot assign to __debug__", stmt.span));
                }
                Ok(())
            }
            StmtKind::Delete(targets) => {
                for target in targets {
                    if let ExprKind::Name(name) = &target.kind {
                        if name == "__debug__" {
                            return Err(error("cannot delete __debug__", target.span));
                        }
                    }
                    self.expr(target, false)?;
                }
                Ok(())
            }
            StmtKind::Assert { test, .. } => {
                if matches!(&test.kind, ExprKind::Tuple(elts) if !elts.is_empty()) {
                    self.warnings.push(SyntaxWarning::new(
                        "assertion is always true, perhaps remove parentheses?",
                        stmt.span,
                    ));
                }
                self.exprs_of(stmt)
            }
            _ => self.exprs_of(stmt),
        }
    }

    fn comprehension(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        let (elts, generators): (Vec<&Expr>, _) = match &e.kind {
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => (vec![elt], generators),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (vec![key, value], generators),
            _ => return Ok(()),
        };
        for generator in generators {
            self.expr(&generator.iter, false)?;
            self.target(&generator.target)?;
            generator.ifs.iter().try_for_each(|c| self.expr(c, false))?;
        }
        elts.into_iter().try_for_each(|elt| self.expr(elt, false))
    }

    /// An assignment or loop target: a starred name must sit in a tuple or list, once.
    fn target(&mut self, target: &Expr) -> Result<(), SyntaxError> {
        match &target.kind {
            ExprKind::Starred(_) => Err(error(
                "starred assignment target must be in a list or tuple",
                target.span,
            )),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                let starred = elts
                    .iter()
                    .filter(|e| matches!(e.kind, ExprKind::Starred(_)));
                if starred.count() > 1 {
                    return Err(error(
                        "multiple starred expressions in assignment",
                        target.span,
                    ));
                }
                for elt in elts {
                    match &elt.kind {
                        ExprKind::Starred(value) => self.target(value)?,
                        _ => self.target(elt)?,
                    }
                }
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                // A subscript being assigned is not checked like one being read.
                self.expr(value, false)?;
                self.expr(slice, false)
            }
            ExprKind::Name(name) if name == "__debug__" => {
                Err(error("cannot assign to __debug__", target.span))
            }
            _ => self.expr(target, false),
        }
    }

    fn exprs_of(&mut self, stmt: &Stmt) -> Result<(), SyntaxError> {
        let mut result = Ok(());
        super::parser::statement::for_each_stmt_expr(stmt, &mut |e| {
            if result.is_ok() {
                result = self.expr(e, false);
            }
        });
        result
    }

    /// `starred_ok`: directly inside a display, a call's arguments or an assignment target.
    fn expr(&mut self, e: &Expr, starred_ok: bool) -> Result<(), SyntaxError> {
        if let Some(msg) = missed_comma(e) {
            self.warnings.push(SyntaxWarning::new(msg, e.span));
        }
        match &e.kind {
            ExprKind::Starred(value) => {
                if !starred_ok {
                    return Err(error("can't use starred expression here", e.span));
                }
                self.expr(value, false)
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) if !self.function => {
                Err(error("'yield' outside function", e.span))
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value, false)?;
                match &target.kind {
                    ExprKind::Name(name) if name == "__debug__" => {
                        Err(error("cannot assign to __debug__", target.span))
                    }
                    _ => Ok(()),
                }
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                let mut prev = &**left;
                for (op, right) in ops.iter().zip(comparators) {
                    let literal = is_literal(prev) || is_literal(right);
                    let msg = match op {
                        CmpOp::Is if literal => Some("\"is\" with a literal. Did you mean \"==\"?"),
                        CmpOp::IsNot if literal => {
                            Some("\"is not\" with a literal. Did you mean \"!=\"?")
                        }
                        _ => None,
                    };
                    if let Some(msg) = msg {
                        self.warnings.push(SyntaxWarning::new(msg, e.span));
                        break;
                    }
                    prev = right;
                }
                self.expr(left, false)?;
                comparators.iter().try_for_each(|c| self.expr(c, false))
            }
            ExprKind::List(elts) | ExprKind::Tuple(elts) | ExprKind::Set(elts) => {
                elts.iter().try_for_each(|elt| self.expr(elt, true))
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func, false)?;
                args.iter().try_for_each(|a| self.expr(a, true))?;
                if keywords
                    .iter()
                    .any(|k| k.arg.as_deref() == Some("__debug__"))
                {
                    return Err(error("cannot assign to __debug__", e.span));
                }
                repeated_keyword(keywords)?;
                keywords.iter().try_for_each(|k| self.expr(&k.value, false))
            }
            ExprKind::Lambda { args, body } => {
                for d in args
                    .defaults
                    .iter()
                    .chain(args.kw_defaults.iter().flatten())
                {
                    self.expr(d, false)?;
                }
                if binds_debug(args) {
                    return Err(error("cannot assign to __debug__", e.span));
                }
                self.scope(true, |c| c.expr(body, false))
            }
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => {
                let function = self.function;
                // A comprehension body is a function: `yield` there was already refused.
                self.function = true;
                let result = self.comprehension(e);
                self.function = function;
                result
            }
            _ => {
                let mut result = Ok(());
                super::parser::for_each_child(e, &mut |child| {
                    if result.is_ok() {
                        result = self.expr(child, false);
                    }
                });
                result
            }
        }
    }
}
