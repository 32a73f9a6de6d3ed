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
        ExprKind::Await(_) => "Await",
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
        StmtKind::FunctionDef(f) if f.is_async => "AsyncFunctionDef",
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
        StmtKind::Match { .. } => "Match",
        StmtKind::AsyncFor { .. } => "AsyncFor",
        StmtKind::AsyncWith { .. } => "AsyncWith",
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

    fn pattern(&mut self, p: &Pattern) {
        let name = match &p.kind {
            PatternKind::MatchValue(_) => "MatchValue",
            PatternKind::MatchSingleton(_) => "MatchSingleton",
            PatternKind::MatchSequence(_) => "MatchSequence",
            PatternKind::MatchMapping { .. } => "MatchMapping",
            PatternKind::MatchClass { .. } => "MatchClass",
            PatternKind::MatchStar(_) => "MatchStar",
            PatternKind::MatchAs { .. } => "MatchAs",
            PatternKind::MatchOr(_) => "MatchOr",
        };
        self.add(name, p.span);
        match &p.kind {
            PatternKind::MatchValue(e) => self.expr(e),
            PatternKind::MatchSingleton(_) | PatternKind::MatchStar(_) => {}
            PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => {
                ps.iter().for_each(|p| self.pattern(p))
            }
            PatternKind::MatchMapping { keys, patterns, .. } => {
                keys.iter().for_each(|k| self.expr(k));
                patterns.iter().for_each(|p| self.pattern(p));
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls);
                patterns.iter().for_each(|p| self.pattern(p));
                kwd_patterns.iter().for_each(|p| self.pattern(p));
            }
            PatternKind::MatchAs { pattern, .. } => pattern.iter().for_each(|p| self.pattern(p)),
        }
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
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for case in cases {
                    self.pattern(&case.pattern);
                    case.guard.iter().for_each(|g| self.expr(g));
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
    py_files(&dir)
}

/// The `.py` files of a folder, sorted, with their file names.
fn py_files(dir: &Path) -> Vec<(String, std::path::PathBuf)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
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
    with_big_stack(spans_match_cpython_inner);
}

fn spans_match_cpython_inner() {
    let mut failures = String::new();
    // HEAPSCOPE_SPANS=dir checks a folder of NAME.py/NAME.txt pairs made by gen.py instead.
    let files = match std::env::var("HEAPSCOPE_SPANS") {
        Ok(dir) => py_files(Path::new(&dir)),
        Err(_) => testdata("spans"),
    };
    for (name, path) in files {
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

/// What heapscope prints for a file: its SyntaxWarnings, then "OK" or the rendered error.
fn outcome(name: &str, bytes: &[u8]) -> String {
    let source = match decode_source(bytes) {
        Ok(source) => source,
        Err(e) => return e.render(name, &String::from_utf8_lossy(bytes)),
    };
    let (parsed, mut warnings) = parse_with_warnings(&source);
    let result = parsed.and_then(|module| {
        let (checked, more) = check_with_warnings(&module);
        warnings.extend(more);
        checked
    });
    let mut out: String = warnings.iter().map(|w| w.render(name, &source)).collect();
    match result {
        Ok(()) => out.insert_str(0, "OK\n"),
        Err(e) => out.push_str(&e.render(name, &source)),
    }
    out
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
    // HEAPSCOPE_ERRORS=dir checks a folder of NAME.py/NAME.txt pairs made by gen.py instead.
    let files = match std::env::var("HEAPSCOPE_ERRORS") {
        Ok(dir) => py_files(Path::new(&dir)),
        Err(_) => testdata("errors"),
    };
    for (name, path) in files {
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

fn error_of(source: &str) -> SyntaxError {
    match parse(source).and_then(|m| check(&m)) {
        Ok(()) => panic!("expected an error for {source:?}"),
        Err(e) => e,
    }
}

#[test]
fn unsupported_features_and_except_star_misuse_are_named() {
    let cases = [
        (
            "try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass\n",
            "cannot have both 'except' and 'except*' on the same 'try'",
        ),
        (
            "try:\n    pass\nexcept*:\n    pass\n",
            "expected one or more exception types",
        ),
        (
            "x = '\\N{NO SUCH NAME}'\n",
            "heapscope does not know the character name \\N{NO SUCH NAME} (it knows common \
             Latin, Greek and Cyrillic letters, punctuation, symbols and emoticons)",
        ),
    ];
    for (source, msg) in cases {
        assert_eq!(error_of(source).msg, msg, "{source}");
    }
    // `match` stays an ordinary name.
    assert!(parse("match = 1\nmatch(2)\nmatch[0]\nprint(match)\n").is_ok());
}

fn module_body(source: &str) -> Vec<Stmt> {
    parse(source).unwrap().body
}

fn expr_of(source: &str) -> Expr {
    match module_body(source).remove(0).kind {
        StmtKind::Expr(e) => e,
        other => panic!("not an expression statement: {other:?}"),
    }
}

/// A compact prefix rendering of an expression, to check tree shapes.
fn sexp(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Constant(Constant::Int(i)) => i.to_string(),
        ExprKind::Constant(c) => format!("{c:?}"),
        ExprKind::BinOp { left, op, right } => {
            format!("({} {} {})", op.symbol(), sexp(left), sexp(right))
        }
        ExprKind::UnaryOp { op, operand } => format!("({op:?} {})", sexp(operand)),
        ExprKind::BoolOp { op, values } => {
            let parts: Vec<_> = values.iter().map(sexp).collect();
            format!("({op:?} {})", parts.join(" "))
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let mut out = format!("(cmp {}", sexp(left));
            for (op, c) in ops.iter().zip(comparators) {
                write!(out, " {} {}", op.symbol(), sexp(c)).unwrap();
            }
            out + ")"
        }
        ExprKind::IfExp { test, body, orelse } => {
            format!("(if {} {} {})", sexp(test), sexp(body), sexp(orelse))
        }
        ExprKind::Lambda { body, .. } => format!("(lambda {})", sexp(body)),
        ExprKind::Call { func, args, .. } => {
            let parts: Vec<_> = args.iter().map(sexp).collect();
            format!("(call {} {})", sexp(func), parts.join(" "))
        }
        ExprKind::Attribute { value, attr } => format!("(. {} {attr})", sexp(value)),
        ExprKind::Tuple(elts) => {
            let parts: Vec<_> = elts.iter().map(sexp).collect();
            format!("(tuple {})", parts.join(" "))
        }
        ExprKind::Starred(v) => format!("(* {})", sexp(v)),
        ExprKind::NamedExpr { target, value } => format!("(:= {} {})", sexp(target), sexp(value)),
        other => format!("{other:?}"),
    }
}

#[test]
fn operator_precedence() {
    let cases = [
        ("-x**2", "(USub (** x 2))"),
        ("2**-1", "(** 2 (USub 1))"),
        ("a**b**c", "(** a (** b c))"),
        ("not a == b", "(Not (cmp a == b))"),
        ("a or b and not c or d", "(Or a (And b (Not c)) d)"),
        ("a and b or c", "(Or (And a b) c)"),
        (
            "a < b <= c is not d not in e",
            "(cmp a < b <= c is not d not in e)",
        ),
        (
            "a | b ^ c & d << e + f * g",
            "(| a (^ b (& c (<< d (+ e (* f g))))))",
        ),
        ("a - b - c", "(- (- a b) c)"),
        ("a if b else c if d else e", "(if b a (if d c e))"),
        ("lambda: a if b else c", "(lambda (if b a c))"),
        ("~-+a", "(Invert (USub (UAdd a)))"),
        ("a.b(c).d", "(. (call (. a b) c) d)"),
        ("-a.b", "(USub (. a b))"),
        ("(a, *b)", "(tuple a (* b))"),
        ("(y := 1)", "(:= y 1)"),
        ("not not a", "(Not (Not a))"),
        ("a @ b % c // d / e", "(/ (// (% (@ a b) c) d) e)"),
        ("1if 1else 2", "(if 1 1 2)"),
    ];
    for (source, expected) in cases {
        assert_eq!(sexp(&expr_of(source)), expected, "{source}");
    }
}

#[test]
fn literals() {
    let value = |s: &str| match expr_of(s).kind {
        ExprKind::Constant(c) => c,
        other => panic!("{other:?}"),
    };
    let big: num_bigint::BigInt = "123456789012345678901234567890".parse().unwrap();
    assert_eq!(value("123456789012345678901234567890"), Constant::Int(big));
    assert_eq!(value("0x_ff"), Constant::Int(255.into()));
    assert_eq!(value("0o17"), Constant::Int(15.into()));
    assert_eq!(value("0b1010"), Constant::Int(10.into()));
    assert_eq!(value("1_000.5"), Constant::Float(1000.5));
    assert_eq!(value(".5"), Constant::Float(0.5));
    assert_eq!(value("1e5"), Constant::Float(100000.0));
    assert_eq!(value("3j"), Constant::Imaginary(3.0));
    assert_eq!(value("..."), Constant::Ellipsis);
    assert_eq!(value("00"), Constant::Int(0.into()));
    assert_eq!(
        value(r#"'a\n\t\\\'\"\x41\u00e9\U0001F600\101\0' "b" '''c'''"#),
        Constant::Str("a\n\t\\'\"Aé😀A\0bc".to_string())
    );
    assert_eq!(value(r"r'\n' R'\d'"), Constant::Str("\\n\\d".to_string()));
    assert_eq!(
        value(r"b'\x00\xff' rb'\d'"),
        Constant::Bytes(vec![0, 255, b'\\', b'd'])
    );
    assert_eq!(value("'a\\\nb'"), Constant::Str("ab".to_string()));
    assert_eq!(value("'\\q'"), Constant::Str("\\q".to_string()));
    assert_eq!(
        value(
            r"'\N{GREEK SMALL LETTER ALPHA}\N{bullet}\N{LINE FEED}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{GRINNING FACE}'"
        ),
        Constant::Str("α•\n一😀".to_string())
    );
}

#[test]
fn fstrings() {
    let parts = |s: &str| match expr_of(s).kind {
        ExprKind::JoinedStr(values) => values,
        other => panic!("{other:?}"),
    };
    let text = |e: &Expr| match &e.kind {
        ExprKind::Constant(Constant::Str(s)) => s.clone(),
        other => panic!("{other:?}"),
    };
    let values = parts("f'a{x!r:>10}b' 'c' f'{{d}}'");
    assert_eq!(values.len(), 3);
    assert_eq!(text(&values[0]), "a");
    assert_eq!(text(&values[2]), "bc{d}");
    let ExprKind::FormattedValue {
        value,
        conversion,
        format_spec,
    } = &values[1].kind
    else {
        panic!()
    };
    assert_eq!(sexp(value), "x");
    assert_eq!(*conversion, Some('r'));
    let spec = format_spec.as_ref().unwrap();
    assert!(matches!(&spec.kind, ExprKind::JoinedStr(v) if text(&v[0]) == ">10"));

    // `{x=}` is the text then repr; with a format spec, format instead.
    let values = parts("f'{x = }{y=:5}'");
    assert_eq!(text(&values[0]), "x = ");
    assert!(matches!(
        values[1].kind,
        ExprKind::FormattedValue {
            conversion: Some('r'),
            ..
        }
    ));
    assert_eq!(text(&values[2]), "y=");
    assert!(matches!(
        values[3].kind,
        ExprKind::FormattedValue {
            conversion: None,
            ..
        }
    ));

    // A nested replacement field in the spec; the other quote inside.
    let values = parts("f\"{x:{width}.2f}{'q'}\"");
    let ExprKind::FormattedValue {
        format_spec: Some(spec),
        ..
    } = &values[0].kind
    else {
        panic!()
    };
    let ExprKind::JoinedStr(spec_parts) = &spec.kind else {
        panic!()
    };
    assert!(matches!(
        spec_parts[0].kind,
        ExprKind::FormattedValue { .. }
    ));
    assert_eq!(text(&spec_parts[1]), ".2f");
    // The expression inside has its real position.
    let source = "f'{abc}'";
    let values = parts(source);
    let ExprKind::FormattedValue { value, .. } = &values[0].kind else {
        panic!()
    };
    assert_eq!(value.span, Span::new(3, 6));
    assert!(parts("f''").is_empty());
}

#[test]
fn statements_shape() {
    let body = module_body(
        "from .. import a as b, c\nimport x.y as z\n@d\ndef f(a, /, b=1, *c, d, e=2, **g) -> r:\n    pass\n",
    );
    let StmtKind::ImportFrom {
        module,
        names,
        level,
    } = &body[0].kind
    else {
        panic!()
    };
    assert_eq!((module.as_deref(), *level), (None, 2));
    assert_eq!(names[0].asname.as_deref(), Some("b"));
    let StmtKind::Import(names) = &body[1].kind else {
        panic!()
    };
    assert_eq!(names[0].name, "x.y");
    let StmtKind::FunctionDef(def) = &body[2].kind else {
        panic!()
    };
    let a = &def.args;
    assert_eq!(a.posonlyargs.len(), 1);
    assert_eq!(a.args[0].name, "b");
    assert_eq!(a.defaults.len(), 1);
    assert_eq!(a.vararg.as_ref().unwrap().name, "c");
    assert_eq!(a.kwonlyargs.len(), 2);
    assert!(a.kw_defaults[0].is_none() && a.kw_defaults[1].is_some());
    assert_eq!(a.kwarg.as_ref().unwrap().name, "g");
    assert_eq!(def.decorators.len(), 1);
    assert!(def.returns.is_some());

    let body = module_body("a = b = c = 1\nx: int\n(y): int = 2\n");
    assert!(matches!(&body[0].kind, StmtKind::Assign { targets, .. } if targets.len() == 3));
    assert!(matches!(
        &body[1].kind,
        StmtKind::AnnAssign {
            simple: true,
            value: None,
            ..
        }
    ));
    assert!(matches!(
        &body[2].kind,
        StmtKind::AnnAssign { simple: false, .. }
    ));

    let body = module_body("del a, (b, c)\nfor x in 1, 2: pass\nwith (a, b) as c, d: pass\n");
    assert!(matches!(&body[0].kind, StmtKind::Delete(t) if t.len() == 2));
    assert!(
        matches!(&body[1].kind, StmtKind::For { iter, .. } if matches!(iter.kind, ExprKind::Tuple(_)))
    );
    let StmtKind::With { items, .. } = &body[2].kind else {
        panic!()
    };
    assert_eq!(items.len(), 2);
    assert!(matches!(items[0].context_expr.kind, ExprKind::Tuple(_)));

    let body = module_body("class A(B, metaclass=M):\n    x = 1\n");
    let StmtKind::ClassDef(class) = &body[0].kind else {
        panic!()
    };
    assert_eq!(class.bases.len(), 1);
    assert_eq!(class.keywords[0].arg.as_deref(), Some("metaclass"));

    let body = module_body("if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n");
    let StmtKind::If { orelse, .. } = &body[0].kind else {
        panic!()
    };
    assert!(matches!(&orelse[0].kind, StmtKind::If { orelse, .. } if orelse.len() == 1));
}

#[test]
fn tokens() {
    use super::token::TokenKind::*;
    let kinds = |s: &str| -> Vec<_> { lexer::lex(s).tokens.iter().map(|t| t.kind).collect() };
    assert_eq!(
        kinds("if x:\n    y = (1,\n  2)\n\n# c\nz\n"),
        vec![
            If, Name, Colon, Newline, Indent, Name, Equal, Lpar, Int, Comma, Int, Rpar, Newline,
            Dedent, Name, Newline, EndOfFile
        ]
    );
    assert_eq!(
        kinds("a **= b // c -> ... := d"),
        vec![
            Name,
            DoubleStarEqual,
            Name,
            DoubleSlash,
            Name,
            Rarrow,
            Ellipsis,
            ColonEqual,
            Name,
            Newline,
            EndOfFile
        ]
    );
    assert_eq!(kinds("x"), vec![Name, Newline, EndOfFile]);
    assert_eq!(kinds(""), vec![EndOfFile]);
    assert_eq!(
        kinds("rb'x' f\"y\" u'z' br'''w'''"),
        vec![String, String, String, String, Newline, EndOfFile]
    );
    let lexed = lexer::lex("x = 1 +\\\n 2");
    assert!(lexed.error.is_none());
    assert_eq!(lexed.tokens.len(), 7);
}

#[test]
fn decode_errors_render_like_cpython() {
    let e = decode_source(b"x = 1\ny = '\xe9'\n").unwrap_err();
    assert_eq!(
        e.render("prog.py", ""),
        "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file prog.py on line 2, but no \
         encoding declared; see https://peps.python.org/pep-0263/ for details\n"
    );
    assert_eq!(e.line(""), 2);
    assert_eq!(decode_source(b"\xef\xbb\xbfa\r\nb\rc").unwrap(), "a\nb\nc");
}

#[test]
fn editor_range_uses_utf16_columns() {
    let source = "s = '😀' + (1 2)\n";
    let e = error_of(source);
    let range = e.editor_range(source);
    // `1 2` starts at character 11 but UTF-16 column 13 (1-based), after the surrogate pair.
    assert_eq!(
        (range.line, range.column, range.end_line, range.end_column),
        (1, 13, 1, 16)
    );
    let e = error_of("x = (\n");
    assert_eq!(e.editor_range("x = (\n").end_column, 6);
}

/// Every prefix and many mutations of the test programs: errors are fine, panics are not.
#[test]
fn never_panics() {
    with_big_stack(|| {
        let mut sources = Vec::new();
        for folder in ["errors", "spans"] {
            for (_, path) in testdata(folder) {
                sources.push(String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned());
            }
        }
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let pieces = [
            "(", ")", "[", "]", "{", "}", "'", "\"", "\"\"\"", "f'{", "}", ":", "\n", "\n    ",
            "\t", "\\", "=", "*", "**", "lambda", "not ", "if ", "else", "for ", "in ", "!", "#",
            "é", "0x", "1_", ".", ",", ";", "@", "->", ":=", "yield", "await", "\0",
        ];
        for source in &sources {
            // Every prefix of the small programs; the big ones are deep-nesting cases.
            if source.len() < 400 {
                for (i, _) in source.char_indices() {
                    let _ = parse(&source[..i]).map(|m| check(&m));
                }
            }
            for _ in 0..20 {
                let mut s = source.clone();
                let mut at = (next() as usize) % (s.len() + 1);
                while !s.is_char_boundary(at) {
                    at -= 1;
                }
                s.insert_str(at, pieces[(next() as usize) % pieces.len()]);
                if let Ok(m) = parse(&s) {
                    let _ = check(&m);
                }
                if let Err(e) = parse(&s) {
                    let _ = e.render("x.py", &s);
                    let _ = e.editor_range(&s);
                }
            }
        }
        for deep in [
            "-",
            "not ",
            "lambda: ",
            "(",
            "[",
            "{",
            "a.",
            "f()",
            "+1",
            "x if y else ",
        ] {
            let s = format!("x = {}1\n", deep.repeat(5000));
            assert!(parse(&s).is_err(), "{deep}");
        }
        // Random bytes through the whole front end.
        let alphabet = b"aZ_09 \t\n\r\x0c\\'\"#()[]{}:;,.=+-*/%<>!@~^|&f{}\x00\xc3\xa9\xff\xe2\x82";
        for _ in 0..3000 {
            let len = (next() % 60) as usize;
            let bytes: Vec<u8> = (0..len)
                .map(|_| alphabet[(next() as usize) % alphabet.len()])
                .collect();
            match decode_source(&bytes) {
                Ok(text) => match parse(&text) {
                    Ok(m) => {
                        let _ = check_with_warnings(&m);
                    }
                    Err(e) => {
                        let _ = e.render("x.py", &text);
                        let _ = e.editor_range(&text);
                    }
                },
                Err(e) => {
                    let _ = e.render("x.py", &String::from_utf8_lossy(&bytes));
                }
            }
        }
        let chain = format!("x = {}\n", vec!["1"; 1000].join(" + "));
        assert_eq!(error_of(&chain).kind, SyntaxErrorKind::RecursionError);
        let elifs = format!("if x: pass\n{}", "elif x: pass\n".repeat(1000));
        assert!(parse(&elifs).is_err());
    });
}

/// The deepest input the parser accepts fits in a wasm-sized stack (1 MiB) in release builds.
#[cfg(not(debug_assertions))]
#[test]
fn deep_nesting_fits_a_small_stack() {
    std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(|| {
            let parens = format!("x = {}1{}\n", "(".repeat(199), ")".repeat(199));
            assert!(parse(&parens).is_ok());
            let mixed = format!("x = {}1{}\n", "[-(".repeat(66), ")]".repeat(66));
            let _ = parse(&mixed);
            let blocks: String = (0..99)
                .map(|i| format!("{}if x:\n", "    ".repeat(i)))
                .collect();
            assert!(parse(&format!("{blocks}{}pass\n", "    ".repeat(99))).is_ok());
            let indent = "    ".repeat(99);
            let deepest = format!("{indent}x = {}1{}\n", "(".repeat(200), ")".repeat(200));
            assert!(parse(&format!("{blocks}{deepest}")).is_ok());
            let unary = format!("{indent}x = {}1{}\n", "-(".repeat(100), ")".repeat(100));
            assert!(parse(&format!("{blocks}{unary}")).is_ok());
            let worst = format!("{indent}x = {}1\n", "-[(".repeat(70));
            let _ = parse(&format!("{blocks}{worst}"));
            for deep in ["-", "not ", "lambda: ", "~"] {
                let _ = parse(&format!("x = {}1\n", deep.repeat(5000)));
            }
        })
        .unwrap()
        .join()
        .unwrap();
}
