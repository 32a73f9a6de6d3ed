//! Compares compiled code with CPython 3.11's, instruction by instruction.
//!
//! Each `testdata/NAME.py` has a `testdata/NAME.dis` written by `testdata/normdis.py` from
//! `python3` 3.11's own bytecode; the listing here is printed in the same normalised format.

use std::fmt::Write;
use std::path::Path;

use super::code::{CodeObject, Constant, Instr};
use super::dis::{const_repr, opname};
use super::{compile_module, CompiledModule};

fn position(code: &CodeObject, k: usize) -> String {
    match code.positions.get(k) {
        Some(p) if p.line > 0 => format!("{}:{}-{}:{}", p.line, p.col, p.end_line, p.end_col),
        _ => "-".to_string(),
    }
}

fn is_jump(i: &Instr) -> bool {
    use Instr::*;
    matches!(
        i,
        Jump(_)
            | PopJumpIfFalse(_)
            | PopJumpIfTrue(_)
            | PopJumpIfNone(_)
            | PopJumpIfNotNone(_)
            | JumpIfFalseOrPop(_)
            | JumpIfTrueOrPop(_)
            | ForIter(_)
            | Send(_)
    )
}

/// Instructions whose argument `dis` resolves to a name or constant.
fn has_named_arg(i: &Instr) -> bool {
    use Instr::*;
    matches!(
        i,
        LoadConst(_)
            | KwNames(_)
            | LoadName(_)
            | StoreName(_)
            | DeleteName(_)
            | LoadGlobal(_)
            | StoreGlobal(_)
            | DeleteGlobal(_)
            | LoadFast(_)
            | StoreFast(_)
            | DeleteFast(_)
            | LoadAttr(_)
            | StoreAttr(_)
            | DeleteAttr(_)
            | LoadMethod(_)
            | ImportName(_)
            | ImportFrom(_)
    )
}

/// `const_repr` with frozenset items sorted (their order is the set's, not the compiler's).
fn sorted_repr(c: &Constant) -> String {
    match c {
        Constant::FrozenSet(items) => {
            let mut parts: Vec<String> = items.iter().map(sorted_repr).collect();
            parts.sort();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(sorted_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        _ => ascii(&const_repr(c)),
    }
}

/// Python's `ascii()` applied to a repr: non-ASCII characters escaped.
fn ascii(repr: &str) -> String {
    let mut out = String::new();
    for ch in repr.chars() {
        let c = ch as u32;
        match c {
            0..=0x7f => out.push(ch),
            0x80..=0xff => out.push_str(&format!("\\x{c:02x}")),
            0x100..=0xffff => out.push_str(&format!("\\u{c:04x}")),
            _ => out.push_str(&format!("\\U{c:08x}")),
        }
    }
    out
}

/// A Python list repr of names.
fn names_repr(v: &[std::rc::Rc<str>]) -> String {
    let parts: Vec<String> = v.iter().map(|n| format!("'{n}'")).collect();
    format!("[{}]", parts.join(", "))
}

/// The code object's attributes, as `normdis.py`'s `header` prints them.
fn header(code: &CodeObject, out: &mut String) {
    let f = code.flags;
    let flags: Vec<&str> = [
        ("varargs", f.varargs),
        ("varkeywords", f.varkeywords),
        ("nested", f.nested),
        ("generator", f.generator),
    ]
    .iter()
    .filter(|x| x.1)
    .map(|x| x.0)
    .collect();
    let _ = writeln!(
        out,
        "code {} qualname={} line={} args={}/{}/{} flags={}",
        code.name,
        code.qualname,
        code.firstlineno,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        flags.join(",")
    );
    let _ = writeln!(
        out,
        "  varnames={} cellvars={} freevars={}",
        names_repr(&code.varnames),
        names_repr(&code.cellvars),
        names_repr(&code.freevars)
    );
    let _ = writeln!(out, "  names={}", names_repr(&code.names));
    let consts: Vec<String> = code.consts.iter().map(sorted_repr).collect();
    let _ = writeln!(out, "  consts=[{}]", consts.join(", "));
}

/// The normalised listing `normdis.py` writes.
fn listing(code: &CodeObject, out: &mut String) {
    header(code, out);
    for (k, ins) in code.instructions.iter().enumerate() {
        let (name, arg) = opname(ins);
        let rep = match ins {
            Instr::LoadConst(i) => code
                .consts
                .get(*i as usize)
                .map_or(String::new(), sorted_repr),
            _ => code.argrepr(ins),
        };
        let text = match ins {
            Instr::MakeCell(_)
            | Instr::LoadClosure(_)
            | Instr::LoadDeref(_)
            | Instr::StoreDeref(_)
            | Instr::DeleteDeref(_)
            | Instr::LoadClassDeref(_) => format!("{name} ({rep})"),
            i if is_jump(i) => format!("{name} {rep}"),
            Instr::BinaryOp(_) | Instr::CompareOp(_) => format!("{name} {}", arg.unwrap_or(0)),
            _ if has_named_arg(ins) => format!("{name} {} ({rep})", arg.unwrap_or(0)),
            _ => match arg {
                Some(a) => format!("{name} {a}"),
                None => name.to_string(),
            },
        };
        let _ = writeln!(out, "{k:>3} {:<14} {text}", position(code, k));
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let lasti = if e.lasti { " lasti" } else { "" };
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{lasti}",
                e.start, e.end, e.target, e.depth
            );
        }
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            let _ = writeln!(out, "--- {}", inner.qualname);
            listing(inner, out);
        }
    }
}

fn compile(source: &str) -> CompiledModule {
    let module = match crate::syntax::parse(source) {
        Ok(m) => m,
        Err(e) => panic!("parse error: {e}"),
    };
    match compile_module(&module, source, "t.py") {
        Ok(c) => c,
        Err(e) => panic!("compile error: {e}"),
    }
}

fn dis_of(source: &str) -> String {
    let mut out = String::new();
    listing(&compile(source).code, &mut out);
    out
}

#[test]
fn matches_cpython_listings() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/compile/testdata");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.sort();
    let mut failures = Vec::new();
    let mut count = 0;
    for py in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
    {
        if py.file_name().is_some_and(|n| n == "normdis.py") {
            continue;
        }
        let source = std::fs::read_to_string(py).unwrap_or_default();
        let expected = std::fs::read_to_string(py.with_extension("dis")).unwrap_or_default();
        let got = dis_of(&source);
        count += 1;
        let out_dir = std::env::temp_dir().join("heapscope-dis");
        let _ = std::fs::create_dir_all(&out_dir);
        if let Some(name) = py.file_name() {
            let _ = std::fs::write(out_dir.join(name).with_extension("got"), &got);
        }
        if got != expected {
            let first = got
                .lines()
                .zip(expected.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(got.lines().count().min(expected.lines().count()));
            failures.push(format!(
                "{}: first difference at line {}\n  got:      {}\n  expected: {}",
                py.display(),
                first + 1,
                got.lines().nth(first).unwrap_or("<end>"),
                expected.lines().nth(first).unwrap_or("<end>")
            ));
        }
    }
    assert!(count > 0, "no test cases found in {}", dir.display());
    assert!(
        failures.is_empty(),
        "{} of {count} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Every program of the differential corpus compiles to CPython's code (needs `python3`
/// 3.11; run with `cargo test --release --lib compile -- --ignored`).
#[test]
#[ignore]
fn corpus_programs_match_cpython() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let script = root.join("src/compile/testdata/normdis.py");
    // HEAPSCOPE_DIS_CORPUS names another directory of programs to compare (one level deep).
    let corpus = std::env::var_os("HEAPSCOPE_DIS_CORPUS")
        .map_or_else(|| root.join("tests/corpus"), std::path::PathBuf::from);
    let mut programs = Vec::new();
    for entry in std::fs::read_dir(corpus).into_iter().flatten().flatten() {
        let path = entry.path();
        let files: Vec<std::path::PathBuf> = if path.is_dir() {
            std::fs::read_dir(&path)
                .into_iter()
                .flatten()
                .flatten()
                .map(|f| f.path())
                .collect()
        } else {
            vec![path]
        };
        programs.extend(
            files
                .into_iter()
                .filter(|p| p.extension().is_some_and(|e| e == "py")),
        );
    }
    programs.sort();
    let mut failures = Vec::new();
    for py in &programs {
        let source = std::fs::read_to_string(py).unwrap_or_default();
        let Ok(module) = crate::syntax::parse(&source) else {
            continue;
        };
        if crate::syntax::check(&module).is_err() {
            continue;
        }
        let Ok(out) = std::process::Command::new("python3")
            .arg(&script)
            .arg("--stdout")
            .arg(py)
            .output()
        else {
            return;
        };
        if !out.status.success() {
            continue;
        }
        let expected = String::from_utf8_lossy(&out.stdout).to_string();
        let mut got = String::new();
        match compile_module(&module, &source, "t.py") {
            Ok(c) => listing(&c.code, &mut got),
            Err(e) => got = format!("error: {e}\n"),
        }
        if got != expected {
            let first = got
                .lines()
                .zip(expected.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(got.lines().count().min(expected.lines().count()));
            failures.push(format!(
                "{}:{}\n  got:      {}\n  expected: {}",
                py.display(),
                first + 1,
                got.lines().nth(first).unwrap_or("<end>"),
                expected.lines().nth(first).unwrap_or("<end>")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        programs.len(),
        failures.join("\n")
    );
}

#[test]
fn display_shows_resolved_arguments() {
    let text = compile("x = 1\nprint(x)\n").code.to_string();
    assert!(text.contains("LOAD_CONST"), "{text}");
    assert!(text.contains("(print)"), "{text}");
    assert!(text.contains("STORE_NAME"), "{text}");
}

#[test]
fn arena_constants_list_literals_and_folds_once() {
    let c = compile("t = (1, 2)\nx = 1000\ny = 1000\nz = 10 ** 20\ns = 'a' + 'b'\n");
    let reprs: Vec<String> = c.arena_constants.iter().map(const_repr).collect();
    assert_eq!(
        reprs,
        [
            "1",
            "2",
            "1000",
            "10",
            "20",
            "'a'",
            "'b'",
            "(1, 2)",
            "100000000000000000000",
            "'ab'"
        ]
    );
}

fn error_of(source: &str) -> String {
    let module = match crate::syntax::parse(source) {
        Ok(m) => m,
        Err(e) => return format!("parse: {e}"),
    };
    match compile_module(&module, source, "t.py") {
        Ok(_) => "ok".to_string(),
        Err(e) => format!("{}: {} @{}", e.kind.name(), e.msg, e.line(source)),
    }
}

#[test]
fn compile_errors_match_cpython() {
    let cases = [
        ("return 1\n", "SyntaxError: 'return' outside function @1"),
        (
            "x = 1\nyield x\n",
            "SyntaxError: 'yield' outside function @2",
        ),
        ("break\n", "SyntaxError: 'break' outside loop @1"),
        (
            "if 1:\n    continue\n",
            "SyntaxError: 'continue' not properly in loop @2",
        ),
        (
            "nonlocal x\n",
            "SyntaxError: nonlocal declaration not allowed at module level @1",
        ),
        (
            "def f():\n    nonlocal x\n",
            "SyntaxError: no binding for nonlocal 'x' found @2",
        ),
        (
            "def f():\n    x = 1\n    global x\n",
            "SyntaxError: name 'x' is assigned to before global declaration @3",
        ),
        (
            "def f():\n    print(x)\n    global x\n",
            "SyntaxError: name 'x' is used prior to global declaration @3",
        ),
        (
            "a, *b, *c = d\n",
            "SyntaxError: multiple starred expressions in assignment @1",
        ),
        (
            "class A:\n    yield 1\n",
            "SyntaxError: 'yield' outside function @2",
        ),
    ];
    for (src, want) in cases {
        assert_eq!(error_of(src), want, "for {src:?}");
    }
}

#[test]
fn deeply_nested_blocks_are_refused() {
    let mut src = String::new();
    for depth in 0..21 {
        src.push_str(&"    ".repeat(depth));
        src.push_str("while x:\n");
    }
    src.push_str(&"    ".repeat(21));
    src.push_str("pass\n");
    assert!(
        error_of(&src).contains("too many statically nested blocks"),
        "{}",
        error_of(&src)
    );
}

/// The stack a deep program may need: wasm32's default is 1 MiB; debug builds need more.
const STACK: usize = if cfg!(debug_assertions) {
    8 << 20
} else {
    1 << 20
};

#[test]
fn deep_trees_compile_in_a_small_stack() {
    let shapes: [(&str, &str); 9] = [
        ("f(", ")"),
        ("[", "]"),
        ("-(", ")"),
        ("not ", ""),
        ("a + ", ""),
        ("(a if b else ", ")"),
        ("(lambda: ", ")"),
        ("x[", "]"),
        ("{1: ", "}"),
    ];
    for (open, close) in shapes {
        // The deepest nesting the parser accepts.
        let found = (1..=250).rev().find_map(|depth| {
            let src = format!("y = {}1{}\n", open.repeat(depth), close.repeat(depth));
            let module = std::thread::Builder::new()
                .stack_size(64 << 20)
                .spawn({
                    let src = src.clone();
                    move || crate::syntax::parse(&src).ok()
                })
                .ok()?
                .join()
                .ok()??;
            Some((depth, src, module))
        });
        let Some((depth, src, module)) = found else {
            panic!("{open}...{close}: nothing parses");
        };
        let result = std::thread::Builder::new()
            .stack_size(STACK)
            .spawn(move || {
                compile_module(&module, &src, "t.py")
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            })
            .map(|h| h.join());
        assert!(
            matches!(result, Ok(Ok(Ok(())))),
            "{open}...{close} at depth {depth}: {result:?}"
        );
    }
}
