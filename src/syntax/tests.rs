//! Differential tests against expectations recorded from python3 3.11 by `testdata/gen.py`.

use std::fmt::Write;
use std::path::Path;

use super::ast::*;
use super::*;

fn expr_type(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::BoolOp { .. } => "BoolOp",
        ExprKind::NamedExpr { .. } => "NamedExpr",
        ExprKind::BinOp { .. } => "BinOp",
        ExprKind::UnaryOp { .. } => "UnaryOp",
        ExprKind::Lambda { .. } => "Lambda",
        ExprKind::IfExp { .. } => "IfExp",
        ExprKind::Dict { .. } => "Dict",
        ExprKind::Set(_) => "Set",
        ExprKind::ListComp { .. } => "ListComp",
        ExprKind::SetComp { .. } => "SetComp",
        ExprKind::DictComp { .. } => "DictComp",
        ExprKind::GeneratorExp { .. } => "GeneratorExp",
        ExprKind::Yield(_) => "Yield",
        ExprKind::YieldFrom(_) => "YieldFrom",
        ExprKind::Compare { .. } => "Compare",
        ExprKind::Call { .. } => "Call",
        ExprKind::FormattedValue { .. } => "FormattedValue",
        ExprKind::JoinedStr(_) => "JoinedStr",
        ExprKind::Constant(_) => "Constant",
        ExprKind::Attribute { .. } => "Attribute",
        ExprKind::Subscript { .. } => "Subscript",
        ExprKind::Starred(_) => "Starred",
        ExprKind::Name(_) => "Name",
        ExprKind::List(_) => "List",
        ExprKind::Tuple(_) => "Tuple",
        ExprKind::Slice { .. } => "Slice",
    }
}

fn stmt_type(s: &Stmt) -> &'static str {
    match &s.kind {
        StmtKind::FunctionDef(_) => "FunctionDef",
        StmtKind::ClassDef(_) => "ClassDef",
        StmtKind::Return(_) => "Return",
        StmtKind::Delete(_) => "Delete",
        StmtKind::Assign { .. } => "Assign",
        StmtKind::AugAssign { .. } => "AugAssign",
        StmtKind::AnnAssign { .. } => "AnnAssign",
        StmtKind::For { .. } => "For",
        StmtKind::While { .. } => "While",
        StmtKind::If { .. } => "If",
        StmtKind::With { .. } => "With",
        StmtKind::Raise { .. } => "Raise",
        StmtKind::Try { .. } => "Try",
        StmtKind::Assert { .. } => "Assert",
        StmtKind::Import(_) => "Import",
        StmtKind::ImportFrom { .. } => "ImportFrom",
        StmtKind::Global(_) => "Global",
        StmtKind::Nonlocal(_) => "Nonlocal",
        StmtKind::Expr(_) => "Expr",
        StmtKind::Pass => "Pass",
        StmtKind::Break => "Break",
        StmtKind::Continue => "Continue",
    }
}

/// The same dump as gen.py's `dump_spans`.
struct Dumper<'a> {
    index: &'a LineIndex,
    lines: Vec<String>,
}

impl Dumper<'_> {
    fn add(&mut self, name: &str, span: Span) {
        let (l1, c1) = self.index.line_col(span.start);
        let (l2, c2) = self.index.line_col(span.end);
        self.lines.push(format!("{name} {l1}:{c1}-{l2}:{c2}"));
    }

    fn expr(&mut self, e: &Expr) {
        self.add(expr_type(e), e.span);
        match &e.kind {
            ExprKind::JoinedStr(_) => {}
            ExprKind::Lambda { args, body } => {
                self.arguments(args);
                self.expr(body);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                args.iter().for_each(|a| self.expr(a));
                self.keywords(keywords);
            }
            _ => parser::for_each_child(e, &mut |child| self.expr(child)),
        }
    }

    fn keywords(&mut self, keywords: &[Keyword]) {
        for k in keywords {
            self.add("keyword", k.span);
            self.expr(&k.value);
        }
    }

    fn arguments(&mut self, args: &Arguments) {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for arg in all {
            self.add("arg", arg.span);
            if let Some(a) = &arg.annotation {
                self.expr(a);
            }
        }
        args.defaults.iter().for_each(|d| self.expr(d));
        args.kw_defaults.iter().flatten().for_each(|d| self.expr(d));
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        self.add(stmt_type(s), s.span);
        match &s.kind {
            StmtKind::FunctionDef(def) => {
                self.arguments(&def.args);
                def.decorators.iter().for_each(|d| self.expr(d));
                def.returns.iter().for_each(|d| self.expr(d));
            }
            StmtKind::ClassDef(class) => {
                class.decorators.iter().for_each(|d| self.expr(d));
                class.bases.iter().for_each(|d| self.expr(d));
                self.keywords(&class.keywords);
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    self.add("alias", alias.span);
                }
            }
            StmtKind::Try { handlers, .. } => {
                for h in handlers {
                    self.add("ExceptHandler", h.span);
                    h.typ.iter().for_each(|t| self.expr(t));
                }
            }
            _ => parser::statement::for_each_stmt_expr(s, &mut |e| self.expr(e)),
        }
        let _ = parser::statement::for_each_block(s, &mut |body| {
            self.stmts(body);
            Ok::<(), ()>(())
        });
    }
}

fn dump(source: &str, module: &Module) -> String {
    let index = LineIndex::new(source);
    let mut dumper = Dumper {
        index: &index,
        lines: Vec::new(),
    };
    dumper.stmts(&module.body);
    dumper.lines.sort();
    let mut out = String::new();
    for line in dumper.lines {
        writeln!(out, "{line}").unwrap();
    }
    out
}

fn testdata(folder: &str) -> Vec<(String, std::path::PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/syntax/testdata")
        .join(folder);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    files.sort();
    files
}

fn diff(expected: &str, actual: &str) -> String {
    let mut out = String::new();
    for line in expected.lines() {
        if !actual.lines().any(|l| l == line) {
            writeln!(out, "- {line}").unwrap();
        }
    }
    for line in actual.lines() {
        if !expected.lines().any(|l| l == line) {
            writeln!(out, "+ {line}").unwrap();
        }
    }
    out
}

#[test]
fn spans_match_cpython() {
    let mut failures = String::new();
    for (name, path) in testdata("spans") {
        let source = std::fs::read_to_string(&path).unwrap();
        let expected = std::fs::read_to_string(path.with_extension("txt")).unwrap();
        match parse(&source) {
            Ok(module) => {
                let actual = dump(&source, &module);
                if actual != expected {
                    writeln!(failures, "{name}:\n{}", diff(&expected, &actual)).unwrap();
                }
            }
            Err(e) => writeln!(failures, "{name}: {}", e.render(&name, &source)).unwrap(),
        }
    }
    assert!(failures.is_empty(), "{failures}");
}

/// What heapscope prints for a file: "OK" or the rendered error.
fn outcome(name: &str, bytes: &[u8]) -> String {
    let source = match decode_source(bytes) {
        Ok(source) => source,
        Err(e) => return e.render(name, &String::from_utf8_lossy(bytes)),
    };
    match parse(&source).and_then(|module| check(&module)) {
        Ok(()) => "OK\n".to_string(),
        Err(e) => e.render(name, &source),
    }
}

/// Debug builds use far more stack per nesting level than release builds; the deepest cases
/// need more than a test thread's default.
fn with_big_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn errors_match_cpython() {
    with_big_stack(errors_match_cpython_inner);
}

fn errors_match_cpython_inner() {
    let mut failures = String::new();
    let mut count = 0;
    // HEAPSCOPE_CASE=name runs a single case.
    let only = std::env::var("HEAPSCOPE_CASE").ok();
    for (name, path) in testdata("errors") {
        if only.as_ref().is_some_and(|o| !name.starts_with(o.as_str())) {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let expected = std::fs::read_to_string(path.with_extension("txt")).unwrap();
        let actual = outcome(&name, &bytes);
        count += 1;
        if actual != expected {
            writeln!(
                failures,
                "=== {name}\n--- python3:\n{expected}--- heapscope:\n{actual}"
            )
            .unwrap();
        }
    }
    assert!(count > 0);
    assert!(failures.is_empty(), "{failures}");
}
