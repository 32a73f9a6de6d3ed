//! Source -> tokens -> AST.

pub mod ast;
