//! AST -> bytecode (code objects close to CPython 3.11's).
//!
//! The stages follow CPython: [`symtable`] resolves scopes, [`fold`] stands in for
//! `ast_opt.c`, [`compiler`] generates code into a control-flow graph and [`flowgraph`] runs
//! 3.11's `assemble()` passes over it. [`dis`] prints code objects the way `dis` does.

pub mod code;
mod compiler;
mod consts;
pub mod dis;
mod flowgraph;
pub(crate) mod fold;
mod symtable;
#[cfg(test)]
mod tests;

use std::rc::Rc;

pub use code::{CodeObject, Constant, ExceptionEntry, Instr, Position};

use crate::syntax::ast;
pub(crate) use crate::syntax::LineIndex;

/// A compiled `__main__` module.
#[derive(Debug, Clone)]
pub struct CompiledModule {
    pub code: Rc<CodeObject>,
    /// The constants the parser's AST arena holds while the module runs (CPython frees the
    /// arena only after `run_mod` returns): every literal and folded value, each distinct
    /// value once, in first-appearance order.
    pub arena_constants: Vec<Constant>,
}

/// Compiles a parsed module.
pub fn compile_module(
    module: &ast::Module,
    source: &str,
    filename: &str,
) -> Result<CompiledModule, crate::syntax::SyntaxError> {
    let st = symtable::SymbolTable::build(&module.body)?;
    let code = compiler::Compiler::new(st, source, filename).compile_module(&module.body)?;
    Ok(CompiledModule {
        code,
        arena_constants: fold::arena_constants(&module.body),
    })
}
