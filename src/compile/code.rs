//! Code objects and the instruction set: the compiler's output, the VM's input.
//!
//! The instructions follow CPython 3.11's (Doc/library/dis.rst, Python/ceval.c) wherever the
//! difference shows in reference counts or identity: arguments move from the value stack into the
//! callee's frame, methods are loaded without creating a bound method, `for` keeps only the
//! iterator on the stack, exceptions use a zero-cost exception table. Jump targets are absolute
//! instruction indices.
//!
//! Stack effects are written `[... a, b] -> [... c]` with the top of the stack on the right.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::syntax::ast::{BinOp, CmpOp};

/// A compile-time constant. Equal constants of one module are merged into one object when the
/// module is loaded (CPython's `_PyCode_ConstantKey` merging), so `a = 257; b = 257; a is b`.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Ellipsis,
    Tuple(Rc<[Constant]>),
    /// `x in {1, 2}` is folded to a frozenset constant, as CPython's optimizer does.
    FrozenSet(Rc<[Constant]>),
    Code(Rc<CodeObject>),
}

/// Where an instruction came from, as CPython's `co_positions()`: 1-based lines, 0-based UTF-8
/// byte columns within the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One row of the exception table (CPython 3.11 `co_exceptiontable`): while an instruction in
/// `start..end` raises, the stack is popped down to `depth` items, `lasti` (if set) is pushed as an
/// int, then the exception, and execution continues at `target`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CodeFlags {
    /// Has `*args`.
    pub varargs: bool,
    /// Has `**kwargs`.
    pub varkeywords: bool,
    /// Contains `yield`: calling it makes a generator.
    pub generator: bool,
    /// `async def` (or an async comprehension): calling it makes a coroutine.
    pub coroutine: bool,
    /// `async def` with `yield`: calling it makes an async generator.
    pub async_generator: bool,
    /// Module or class body: names go through `LoadName`/`StoreName`.
    pub newlocals: bool,
    /// Defined inside a function (affects qualname only).
    pub nested: bool,
    /// Part of a standard-library module (set by the importer): the page does not step
    /// through it, as a learner steps through their own program only.
    pub stdlib: bool,
    /// Part of a module that stands in for one of CPython's C extension modules (set by the
    /// importer): its frames are invisible, as C code is — no traceback entries either.
    pub emulates_c: bool,
}

impl CodeFlags {
    /// `co_flags` (Include/cpython/code.h): CO_OPTIMIZED | CO_NEWLOCALS for functions, then
    /// CO_VARARGS 4, CO_VARKEYWORDS 8, CO_NESTED 16, CO_GENERATOR 32, CO_COROUTINE 128,
    /// CO_ASYNC_GENERATOR 512.
    pub fn co_flags(&self) -> i64 {
        let bits = [
            (!self.newlocals, 3),
            (self.varargs, 4),
            (self.varkeywords, 8),
            (self.nested, 16),
            (self.generator, 32),
            (self.coroutine, 128),
            (self.async_generator, 512),
        ];
        bits.iter().filter(|(on, _)| *on).map(|(_, bit)| bit).sum()
    }

    /// Calling the code makes a generator, coroutine or async generator object.
    pub fn is_generator_like(&self) -> bool {
        self.generator || self.coroutine || self.async_generator
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CodeObject {
    /// `co_name`: "<module>", "f", "<lambda>", "<listcomp>", "<genexpr>", class name...
    pub name: Rc<str>,
    /// `co_qualname`: "Outer.method.<locals>.inner".
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    /// Positional parameters, including positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// `co_stacksize`: the deepest the value stack gets.
    pub stacksize: u32,
    pub flags: CodeFlags,
    /// `co_varnames`: parameters first (positional, kw-only, *args, **kwargs), then other locals.
    pub varnames: Vec<Rc<str>>,
    /// `co_cellvars`: locals captured by inner functions. A cellvar that is also a parameter
    /// keeps its varnames slot (see `cell2arg`).
    pub cellvars: Vec<Rc<str>>,
    /// `co_freevars`: variables of enclosing functions this code reads through cells.
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar, the index of the parameter it initialises from, if it is one.
    pub cell2arg: Vec<Option<u32>>,
    /// `co_names`: globals, attributes, imported names.
    pub names: Vec<Rc<str>>,
    pub consts: Vec<Constant>,
    pub instructions: Vec<Instr>,
    /// One position per instruction.
    pub positions: Vec<Position>,
    pub exception_table: Vec<ExceptionEntry>,
}

impl CodeObject {
    /// Size of the "fast locals plus" area: varnames, then cellvars, then freevars (3.11's
    /// `localsplus`). `LoadDeref(i)` indexes this area.
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// `co_nlocalsplus` as CPython counts it: a cell that is also a parameter shares the
    /// parameter's slot.
    pub fn nlocalsplus_311(&self) -> usize {
        let own_cells = self.cell2arg.iter().filter(|c| c.is_none()).count();
        self.varnames.len() + own_cells + self.freevars.len()
    }
}

/// A binary operator as `BINARY_OP` encodes it: the operator and whether it is the in-place
/// (`+=`) form, which tries `__iadd__` first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BinaryOp {
    pub op: BinOp,
    pub inplace: bool,
}

/// Comparison operators of `COMPARE_OP` (the others are `IsOp` and `ContainsOp`).
pub type CompareOp = CmpOp;

/// The instruction set. Indices: `const` into `consts`, `name` into `names`, `local` into
/// `varnames`, `deref` into localsplus (see [`CodeObject::nlocalsplus`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Instr {
    Nop,
    /// `[... a] -> [...]`
    PopTop,
    /// `[...] -> [... NULL]`: marks "no self" below a callable (see `Call`).
    PushNull,
    /// `[... a_n ... a_1] -> [... a_n ... a_1 a_n]` (n >= 1; `Copy(1)` duplicates the top).
    Copy(u32),
    /// Swaps the top with the n-th item (n >= 2).
    Swap(u32),

    /// `[...] -> [... consts[i]]`
    LoadConst(u32),
    /// Module and class bodies: locals mapping, then globals, then builtins. NameError if absent.
    LoadName(u32),
    /// `[... v] -> [...]`: `locals[names[i]] = v`.
    StoreName(u32),
    DeleteName(u32),
    /// Globals, then builtins.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// UnboundLocalError when the slot is empty.
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Function prologue: wraps localsplus slot i in a new cell (its current value, if any,
    /// moves into the cell).
    MakeCell(u32),
    /// Function prologue: copies the function's n closure cells into the last n localsplus
    /// slots.
    CopyFreeVars(u32),
    /// `[...] -> [... cell]`: the cell object in localsplus slot i (to build a closure tuple).
    LoadClosure(u32),
    /// `[...] -> [... cell.contents]`: NameError / UnboundLocalError-style error when empty.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Class bodies: the locals mapping first, then the cell.
    LoadClassDeref(u32),

    /// `[... obj] -> [... obj.name]`
    LoadAttr(u32),
    /// `[... value obj] -> [...]`: `obj.name = value`.
    StoreAttr(u32),
    /// `[... obj] -> [...]`
    DeleteAttr(u32),
    /// `[... obj] -> [... func obj]` when `type(obj)` has a plain function `name` that the
    /// instance does not shadow, else `[... NULL obj.name]`. No bound method is created.
    LoadMethod(u32),

    /// `[... container key] -> [... container[key]]`
    BinarySubscr,
    /// `[... value container key] -> [...]`: `container[key] = value`.
    StoreSubscr,
    /// `[... container key] -> [...]`
    DeleteSubscr,
    /// `[... start stop] -> [... slice]` or with step for n = 3.
    BuildSlice(u32),

    /// `[... lhs rhs] -> [... result]`
    BinaryOp(BinaryOp),
    UnaryNegative,
    UnaryPositive,
    UnaryNot,
    UnaryInvert,
    /// `[... lhs rhs] -> [... result]` for `<`, `<=`, `==`, `!=`, `>`, `>=` only.
    CompareOp(CompareOp),
    /// `[... a b] -> [... a is b]` (inverted: `is not`).
    IsOp(bool),
    /// `[... a b] -> [... a in b]` (inverted: `not in`).
    ContainsOp(bool),

    /// `[... a_1 .. a_n] -> [... (a_1, .., a_n)]`
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `[... k_1 v_1 .. k_n v_n] -> [... dict]`
    BuildMap(u32),
    /// `[... v_1 .. v_n keys_tuple] -> [... dict]`
    BuildConstKeyMap(u32),
    /// `[... s_1 .. s_n] -> [... s_1 + .. + s_n]` (all str).
    BuildString(u32),
    /// `[... list x_1 .. x_i-1 v] -> [... list x_1 .. x_i-1]`, appending v to the list that is
    /// i-th from the top after v is popped (comprehensions).
    ListAppend(u32),
    SetAdd(u32),
    /// `[... dict x.. k v] -> [... dict x..]`
    MapAdd(u32),
    /// `[... list x.. iterable] -> [... list x..]`: `list.extend(iterable)`.
    ListExtend(u32),
    SetUpdate(u32),
    /// `[... dict x.. mapping] -> [... dict x..]`: `dict.update(mapping)`.
    DictUpdate(u32),
    /// Like `DictUpdate` but for `f(**a, **b)`: duplicate keys are a TypeError.
    DictMerge(u32),
    /// `[... list] -> [... tuple]`
    ListToTuple,
    /// `[... value] -> [... str]`, or `[... value spec] -> [... str]` when `has_spec`.
    /// `conversion`: 0 none, 1 `!s`, 2 `!r`, 3 `!a`.
    FormatValue {
        conversion: u8,
        has_spec: bool,
    },

    /// `[... seq] -> [... item_n-1 .. item_0]` (item 0 on top). ValueError on length mismatch.
    UnpackSequence(u32),
    /// `a, *b, c = seq`: `[... seq] -> [... after.. list before..]`, first item on top.
    UnpackEx {
        before: u32,
        after: u32,
    },
    /// `[... iterable] -> [... iterator]`
    GetIter,
    /// `[... iter] -> [... iter next]`, or when exhausted `[...]` and jump to the target.
    ForIter(u32),

    Jump(u32),
    /// `[... cond] -> [...]`, jumping when the condition is false.
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    PopJumpIfNone(u32),
    PopJumpIfNotNone(u32),
    /// If TOS is false jump and keep it, else pop it (`and`).
    JumpIfFalseOrPop(u32),
    /// If TOS is true jump and keep it, else pop it (`or`).
    JumpIfTrueOrPop(u32),

    /// Sets the keyword names (a tuple constant) for the next `Call`.
    KwNames(u32),
    /// `[... NULL callable a_1..a_n] -> [... result]` or `[... func self a_1..a_n] ->
    /// [... result]` (self becomes the first argument). With kwnames set, the last
    /// `len(kwnames)` arguments are keyword values. Python callees take the arguments over
    /// from the stack (no extra reference while the call runs); builtins borrow them.
    Call(u32),
    /// `[... NULL callable args_tuple] -> [... result]`, with a kwargs dict on top when `true`.
    CallFunctionEx(bool),
    /// `[... defaults? kwdefaults? annotations? closure? code] -> [... function]`; bits of
    /// the flag: 1 defaults tuple, 2 kw-defaults dict, 4 annotations, 8 closure tuple.
    MakeFunction(u8),
    /// `[... value] -> return value to the caller`.
    ReturnValue,
    /// `[... value] -> [... sent]`: suspends a generator, handing `value` out.
    YieldValue,
    /// `[... iterable] -> [... iterator]` for `yield from`.
    GetYieldFromIter,
    /// `[... iter value] -> [... iter result]` sending value into iter; when iter finishes,
    /// `[... return_value]` and jump to the target.
    Send(u32),

    /// `[... level fromlist] -> [... module]`: `import names[i]`.
    ImportName(u32),
    /// `[... module] -> [... module attr]`: `from module import names[i]`.
    ImportFrom(u32),
    /// `[... module] -> [...]`: `from module import *`.
    ImportStar,
    /// `[...] -> [... __build_class__]`
    LoadBuildClass,
    /// Creates `__annotations__` in the locals mapping if missing.
    SetupAnnotations,

    /// 0: re-raise the exception being handled; 1: `raise TOS`; 2: `raise TOS1 from TOS`.
    RaiseVarargs(u32),
    /// `[... exc] -> re-raise exc`; with `true`, `[... lasti exc]` and lasti is restored (so the
    /// traceback points where the exception first arose).
    Reraise(bool),
    /// `[... exc] -> [... prev_exc exc]`: exc becomes the exception being handled.
    PushExcInfo,
    /// `[... prev_exc] -> [...]`: restores the exception being handled.
    PopExcept,
    /// `[... exc type] -> [... exc bool]`: `isinstance(exc, type)` (type may be a tuple).
    CheckExcMatch,
    /// `except* T`: [exc, T] -> [rest, match] (match None: [exc, None]).
    CheckEgMatch,
    /// [orig, list of raised] -> what leaves the `try/except*` (or None).
    PrepReraiseStar,
    /// `[...] -> [... AssertionError]`
    LoadAssertionError,
    /// `[... mgr] -> [... bound_exit enter_result]`
    BeforeWith,
    /// `[... exit lasti prev_exc exc] -> [... exit lasti prev_exc exc result]`: calls
    /// `exit(type(exc), exc, exc.__traceback__)`.
    WithExceptStart,

    /// `[... obj] -> [... awaitable_iter]`; the argument says where (0 `await`, 1 after
    /// `__aenter__`, 2 after `__aexit__`) for the error message.
    GetAwaitable(u32),
    /// `[... aiterable] -> [... aiter]`
    GetAiter,
    /// `[... aiter] -> [... aiter awaitable]` (`aiter.__anext__()`, made awaitable).
    GetAnext,
    /// `[... aiter exc] -> [...]` when exc is StopAsyncIteration, else re-raises it.
    EndAsyncFor,
    /// `[... mgr] -> [... bound_aexit aenter_result]`
    BeforeAsyncWith,
    /// `[... value] -> [... wrapped]`: marks a value yielded by an async generator.
    AsyncGenWrap,
    /// `[... obj] -> [... obj len(obj)]`
    GetLen,
    /// `[... subject] -> [... subject is_mapping]` (the type's `Py_TPFLAGS_MAPPING`).
    MatchMapping,
    /// `[... subject] -> [... subject is_sequence]` (the type's `Py_TPFLAGS_SEQUENCE`).
    MatchSequence,
    /// `[... subject keys] -> [... subject keys values_or_None]`
    MatchKeys,
    /// `[... subject cls names] -> [... attrs_or_None]` with n positional sub-patterns.
    MatchClass(u32),
}
