//! AST -> bytecode (code objects close to CPython 3.11's).

pub mod code;

pub use code::{CodeObject, Constant, ExceptionEntry, Instr, Position};
