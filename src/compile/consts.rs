//! Per-code-object constant lists (`u_consts`), deduplicated by CPython's
//! `_PyCode_ConstantKey` equality.

use std::rc::Rc;

use super::code::Constant;

/// `_PyCode_ConstantKey` equality: same type and value; `-0.0` differs from `0.0`, `1` from
/// `1.0` and `True`; code objects compare by content.
pub(crate) fn same_key(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::None, Constant::None) | (Constant::Ellipsis, Constant::Ellipsis) => true,
        (Constant::Bool(x), Constant::Bool(y)) => x == y,
        (Constant::Int(x), Constant::Int(y)) => x == y,
        (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
        (Constant::Complex(a1, a2), Constant::Complex(b1, b2)) => {
            a1.to_bits() == b1.to_bits() && a2.to_bits() == b2.to_bits()
        }
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
        (Constant::Tuple(x), Constant::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| same_key(p, q))
        }
        (Constant::FrozenSet(x), Constant::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| same_key(p, q)))
        }
        // code_richcompare: equal code (a `while` test or `finally` body compiled twice).
        (Constant::Code(x), Constant::Code(y)) => Rc::ptr_eq(x, y) || x == y,
        _ => false,
    }
}

#[derive(Debug, Default)]
pub(crate) struct ConstTable {
    items: Vec<Constant>,
}

impl ConstTable {
    /// `compiler_add_const`: the index of an equal constant, appending it if new.
    pub fn add(&mut self, c: Constant) -> u32 {
        if let Some(i) = self.items.iter().position(|x| same_key(x, &c)) {
            return i as u32;
        }
        self.items.push(c);
        (self.items.len() - 1) as u32
    }

    pub fn get(&self, i: u32) -> &Constant {
        &self.items[i as usize]
    }

    /// `trim_unused_consts`: drops unused constants at the end (index 0 always stays).
    pub fn trim_unused(&mut self, used: impl Iterator<Item = u32>) {
        let max = used.max().unwrap_or(0) as usize;
        self.items.truncate(max + 1);
    }

    pub fn into_vec(self) -> Vec<Constant> {
        self.items
    }
}
