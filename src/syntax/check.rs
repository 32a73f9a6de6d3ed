//! Checks CPython makes after parsing, in its symbol table and compiler.

use super::ast::Module;
use super::error::SyntaxError;

/// Reports the errors CPython's symtable and compiler raise for a parsed module.
pub fn check(_module: &Module) -> Result<(), SyntaxError> {
    Ok(())
}
