//! heapscope: a simulator of CPython 3.11's object model, reference counting, cyclic garbage
//! collector and GIL, for learning how Python manages memory.
//!
//! Data flows one way: [`syntax`] (source -> tokens -> AST) -> [`compile`] (AST -> bytecode) ->
//! [`vm`] (bytecode acting on the [`heap`], with [`builtins`], [`modules`] and the [`gc`]) ->
//! [`trace`] (snapshots) -> [`view`] (layout) -> page.

pub mod builtins;
pub mod compile;
pub mod gc;
pub mod heap;
pub mod modules;
pub mod session;
pub mod syntax;
pub mod trace;
pub mod view;
pub mod vm;

#[cfg(target_arch = "wasm32")]
mod wasm;
