//! A disassembler in the style of CPython 3.11's `dis` module, for tests and debugging.
//!
//! One line per instruction: index, name, argument and the resolved name or constant, with
//! `>>` marking jump targets; then the exception table; then nested code objects.

use std::fmt;

use super::code::{CodeObject, Constant, Instr};
use crate::syntax::ast::CmpOp;

/// `repr()` of a constant, close to CPython's.
pub fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex(r, i) => {
            if *r == 0.0 && r.is_sign_positive() {
                format!("{}j", float_repr_short(*i))
            } else {
                let sign = if *i < 0.0 || (*i == 0.0 && i.is_sign_negative()) {
                    "-"
                } else {
                    "+"
                };
                format!(
                    "({}{sign}{}j)",
                    float_repr_short(*r),
                    float_repr_short(i.abs())
                )
            }
        }
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => {
            let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
                b'"'
            } else {
                b'\''
            };
            let mut out = format!("b{}", quote as char);
            for &x in b.iter() {
                match x {
                    b'\\' => out.push_str("\\\\"),
                    q if q == quote => {
                        out.push('\\');
                        out.push(q as char);
                    }
                    b'\n' => out.push_str("\\n"),
                    b'\r' => out.push_str("\\r"),
                    b'\t' => out.push_str("\\t"),
                    0x20..=0x7e => out.push(x as char),
                    _ => out.push_str(&format!("\\x{x:02x}")),
                }
            }
            out.push(quote as char);
            out
        }
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Constant::Code(c) => format!("<code object {}>", c.name),
    }
}

fn float_repr_short(f: f64) -> String {
    let s = float_repr(f);
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let s = format!("{f:?}");
    if let Some((mant, exp)) = s.split_once('e') {
        let exp: i32 = exp.parse().unwrap_or(0);
        return format!("{mant}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
    let abs = f.abs();
    if abs != 0.0 && !(1e-4..1e16).contains(&abs) {
        let e = format!("{f:e}");
        if let Some((mant, exp)) = e.split_once('e') {
            let exp: i32 = exp.parse().unwrap_or(0);
            return format!("{mant}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
        }
    }
    s
}

fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// The instruction's name as `dis` spells it, and its argument.
pub fn opname(i: &Instr) -> (&'static str, Option<i64>) {
    use Instr::*;
    let a = |x: &u32| Some(*x as i64);
    match i {
        Nop => ("NOP", None),
        PopTop => ("POP_TOP", None),
        PushNull => ("PUSH_NULL", None),
        Copy(n) => ("COPY", a(n)),
        Swap(n) => ("SWAP", a(n)),
        LoadConst(n) => ("LOAD_CONST", a(n)),
        LoadName(n) => ("LOAD_NAME", a(n)),
        StoreName(n) => ("STORE_NAME", a(n)),
        DeleteName(n) => ("DELETE_NAME", a(n)),
        LoadGlobal(n) => ("LOAD_GLOBAL", a(n)),
        StoreGlobal(n) => ("STORE_GLOBAL", a(n)),
        DeleteGlobal(n) => ("DELETE_GLOBAL", a(n)),
        LoadFast(n) => ("LOAD_FAST", a(n)),
        StoreFast(n) => ("STORE_FAST", a(n)),
        DeleteFast(n) => ("DELETE_FAST", a(n)),
        MakeCell(n) => ("MAKE_CELL", a(n)),
        CopyFreeVars(n) => ("COPY_FREE_VARS", a(n)),
        LoadClosure(n) => ("LOAD_CLOSURE", a(n)),
        LoadDeref(n) => ("LOAD_DEREF", a(n)),
        StoreDeref(n) => ("STORE_DEREF", a(n)),
        DeleteDeref(n) => ("DELETE_DEREF", a(n)),
        LoadClassDeref(n) => ("LOAD_CLASSDEREF", a(n)),
        LoadAttr(n) => ("LOAD_ATTR", a(n)),
        StoreAttr(n) => ("STORE_ATTR", a(n)),
        DeleteAttr(n) => ("DELETE_ATTR", a(n)),
        LoadMethod(n) => ("LOAD_METHOD", a(n)),
        BinarySubscr => ("BINARY_SUBSCR", None),
        StoreSubscr => ("STORE_SUBSCR", None),
        DeleteSubscr => ("DELETE_SUBSCR", None),
        BuildSlice(n) => ("BUILD_SLICE", a(n)),
        BinaryOp(op) => ("BINARY_OP", Some(binary_op_arg(op))),
        UnaryNegative => ("UNARY_NEGATIVE", None),
        UnaryPositive => ("UNARY_POSITIVE", None),
        UnaryNot => ("UNARY_NOT", None),
        UnaryInvert => ("UNARY_INVERT", None),
        CompareOp(op) => ("COMPARE_OP", Some(compare_arg(*op))),
        IsOp(b) => ("IS_OP", Some(i64::from(*b))),
        ContainsOp(b) => ("CONTAINS_OP", Some(i64::from(*b))),
        BuildTuple(n) => ("BUILD_TUPLE", a(n)),
        BuildList(n) => ("BUILD_LIST", a(n)),
        BuildSet(n) => ("BUILD_SET", a(n)),
        BuildMap(n) => ("BUILD_MAP", a(n)),
        BuildConstKeyMap(n) => ("BUILD_CONST_KEY_MAP", a(n)),
        BuildString(n) => ("BUILD_STRING", a(n)),
        ListAppend(n) => ("LIST_APPEND", a(n)),
        SetAdd(n) => ("SET_ADD", a(n)),
        MapAdd(n) => ("MAP_ADD", a(n)),
        ListExtend(n) => ("LIST_EXTEND", a(n)),
        SetUpdate(n) => ("SET_UPDATE", a(n)),
        DictUpdate(n) => ("DICT_UPDATE", a(n)),
        DictMerge(n) => ("DICT_MERGE", a(n)),
        ListToTuple => ("LIST_TO_TUPLE", None),
        FormatValue {
            conversion,
            has_spec,
        } => (
            "FORMAT_VALUE",
            Some(*conversion as i64 | if *has_spec { 4 } else { 0 }),
        ),
        UnpackSequence(n) => ("UNPACK_SEQUENCE", a(n)),
        UnpackEx { before, after } => ("UNPACK_EX", Some((*before | (*after << 8)) as i64)),
        GetIter => ("GET_ITER", None),
        ForIter(n) => ("FOR_ITER", a(n)),
        Jump(n) => ("JUMP", a(n)),
        PopJumpIfFalse(n) => ("POP_JUMP_IF_FALSE", a(n)),
        PopJumpIfTrue(n) => ("POP_JUMP_IF_TRUE", a(n)),
        PopJumpIfNone(n) => ("POP_JUMP_IF_NONE", a(n)),
        PopJumpIfNotNone(n) => ("POP_JUMP_IF_NOT_NONE", a(n)),
        JumpIfFalseOrPop(n) => ("JUMP_IF_FALSE_OR_POP", a(n)),
        JumpIfTrueOrPop(n) => ("JUMP_IF_TRUE_OR_POP", a(n)),
        KwNames(n) => ("KW_NAMES", a(n)),
        Call(n) => ("CALL", a(n)),
        CallFunctionEx(b) => ("CALL_FUNCTION_EX", Some(i64::from(*b))),
        MakeFunction(f) => ("MAKE_FUNCTION", Some(*f as i64)),
        ReturnValue => ("RETURN_VALUE", None),
        YieldValue => ("YIELD_VALUE", None),
        GetYieldFromIter => ("GET_YIELD_FROM_ITER", None),
        Send(n) => ("SEND", a(n)),
        ImportName(n) => ("IMPORT_NAME", a(n)),
        ImportFrom(n) => ("IMPORT_FROM", a(n)),
        ImportStar => ("IMPORT_STAR", None),
        LoadBuildClass => ("LOAD_BUILD_CLASS", None),
        SetupAnnotations => ("SETUP_ANNOTATIONS", None),
        RaiseVarargs(n) => ("RAISE_VARARGS", a(n)),
        Reraise(b) => ("RERAISE", Some(i64::from(*b))),
        PushExcInfo => ("PUSH_EXC_INFO", None),
        PopExcept => ("POP_EXCEPT", None),
        CheckExcMatch => ("CHECK_EXC_MATCH", None),
        CheckEgMatch => ("CHECK_EG_MATCH", None),
        PrepReraiseStar => ("PREP_RERAISE_STAR", None),
        LoadAssertionError => ("LOAD_ASSERTION_ERROR", None),
        BeforeWith => ("BEFORE_WITH", None),
        WithExceptStart => ("WITH_EXCEPT_START", None),
        GetAwaitable(n) => ("GET_AWAITABLE", a(n)),
        GetAiter => ("GET_AITER", None),
        GetAnext => ("GET_ANEXT", None),
        EndAsyncFor => ("END_ASYNC_FOR", None),
        BeforeAsyncWith => ("BEFORE_ASYNC_WITH", None),
        AsyncGenWrap => ("ASYNC_GEN_WRAP", None),
        GetLen => ("GET_LEN", None),
        MatchMapping => ("MATCH_MAPPING", None),
        MatchSequence => ("MATCH_SEQUENCE", None),
        MatchKeys => ("MATCH_KEYS", None),
        MatchClass(n) => ("MATCH_CLASS", a(n)),
    }
}

fn binary_op_arg(op: &super::code::BinaryOp) -> i64 {
    use crate::syntax::ast::BinOp::*;
    let base = match op.op {
        Add => 0,
        BitAnd => 1,
        FloorDiv => 2,
        LShift => 3,
        MatMult => 4,
        Mult => 5,
        Mod => 6,
        BitOr => 7,
        Pow => 8,
        RShift => 9,
        Sub => 10,
        Div => 11,
        BitXor => 12,
    };
    base + if op.inplace { 13 } else { 0 }
}

fn compare_arg(op: CmpOp) -> i64 {
    match op {
        CmpOp::Lt => 0,
        CmpOp::LtE => 1,
        CmpOp::Eq => 2,
        CmpOp::NotEq => 3,
        CmpOp::Gt => 4,
        CmpOp::GtE => 5,
        _ => -1,
    }
}

fn jump_target(i: &Instr) -> Option<u32> {
    use Instr::*;
    match i {
        Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | PopJumpIfNone(t) | PopJumpIfNotNone(t)
        | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) | ForIter(t) | Send(t) => Some(*t),
        _ => None,
    }
}

impl CodeObject {
    /// The name a deref index refers to (localsplus: varnames, cellvars, freevars).
    fn localsplus_name(&self, i: u32) -> String {
        let i = i as usize;
        let nv = self.varnames.len();
        if i < nv {
            return self.varnames[i].to_string();
        }
        if i < nv + self.cellvars.len() {
            return self.cellvars[i - nv].to_string();
        }
        self.freevars
            .get(i - nv - self.cellvars.len())
            .map_or_else(|| "?".to_string(), |s| s.to_string())
    }

    /// The resolved argument `dis` shows in parentheses.
    pub fn argrepr(&self, i: &Instr) -> String {
        use Instr::*;
        let name = |n: &u32| {
            self.names
                .get(*n as usize)
                .map_or("?".to_string(), |s| s.to_string())
        };
        let var = |n: &u32| {
            self.varnames
                .get(*n as usize)
                .map_or("?".to_string(), |s| s.to_string())
        };
        match i {
            LoadConst(n) | KwNames(n) => self
                .consts
                .get(*n as usize)
                .map_or("?".to_string(), const_repr),
            LoadName(n) | StoreName(n) | DeleteName(n) | LoadGlobal(n) | StoreGlobal(n)
            | DeleteGlobal(n) | LoadAttr(n) | StoreAttr(n) | DeleteAttr(n) | LoadMethod(n)
            | ImportName(n) | ImportFrom(n) => name(n),
            LoadFast(n) | StoreFast(n) | DeleteFast(n) => var(n),
            MakeCell(n) | LoadClosure(n) | LoadDeref(n) | StoreDeref(n) | DeleteDeref(n)
            | LoadClassDeref(n) => self.localsplus_name(*n),
            BinaryOp(op) => format!("{}{}", op.op.symbol(), if op.inplace { "=" } else { "" }),
            CompareOp(op) => op.symbol().to_string(),
            _ => match jump_target(i) {
                Some(t) => format!("to {t}"),
                None => String::new(),
            },
        }
    }
}

impl fmt::Display for CodeObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let targets: Vec<u32> = self.instructions.iter().filter_map(jump_target).collect();
        let handlers: Vec<u32> = self.exception_table.iter().map(|e| e.target).collect();
        let mut last_line = None;
        for (k, ins) in self.instructions.iter().enumerate() {
            let line = self.positions.get(k).map(|p| p.line).filter(|&l| l > 0);
            let line_col = match line {
                Some(l) if Some(l) != last_line => {
                    if k > 0 {
                        writeln!(f)?;
                    }
                    last_line = Some(l);
                    format!("{l:>3}")
                }
                _ => "   ".to_string(),
            };
            let k32 = k as u32;
            let mark = if targets.contains(&k32) || handlers.contains(&k32) {
                ">>"
            } else {
                "  "
            };
            let (name, arg) = opname(ins);
            let arg = arg.map_or(String::new(), |a| a.to_string());
            let rep = self.argrepr(ins);
            let rep = if rep.is_empty() {
                String::new()
            } else {
                format!(" ({rep})")
            };
            writeln!(f, "{line_col} {mark} {k:>4} {name:<24} {arg:>4}{rep}")?;
        }
        if !self.exception_table.is_empty() {
            writeln!(f, "ExceptionTable:")?;
            for e in &self.exception_table {
                let lasti = if e.lasti { " lasti" } else { "" };
                writeln!(
                    f,
                    "  {} to {} -> {} [{}]{lasti}",
                    e.start, e.end, e.target, e.depth
                )?;
            }
        }
        for c in &self.consts {
            if let Constant::Code(inner) = c {
                writeln!(f, "\nDisassembly of <code object {}>:", inner.name)?;
                write!(f, "{inner}")?;
            }
        }
        Ok(())
    }
}
