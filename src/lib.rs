//! heapscope: a simulator of CPython 3.11's object model, reference counting, cyclic garbage
//! collector and GIL, for learning how Python manages memory.
//!
//! Data flows one way: [`syntax`] (source -> tokens -> AST) -> [`compile`] (AST -> bytecode) ->
//! [`vm`] (bytecode acting on the [`heap`]) -> [`trace`] (snapshots) -> [`view`] (layout) -> page.

pub mod compile;
pub mod session;
pub mod syntax;
pub mod trace;
pub mod view;

#[cfg(target_arch = "wasm32")]
mod wasm;
