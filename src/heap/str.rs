//! `str` payload: the text, its PEP 393 kind (which decides `sys.getsizeof`), and its hash,
//! computed as CPython 3.11 does with `PYTHONHASHSEED=0`: SipHash-1-3 with a zero key over the
//! canonical 1-, 2- or 4-byte representation.

use std::cell::Cell;
use std::rc::Rc;

/// PEP 393 storage kind of a compact string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrKind {
    Ascii,
    Latin1,
    Ucs2,
    Ucs4,
}

#[derive(Clone, Debug)]
pub struct StrObj {
    pub text: Rc<str>,
    /// Length in code points.
    pub char_len: usize,
    pub kind: StrKind,
    hash: Cell<Option<i64>>,
    /// In the interpreter's interned-strings table.
    pub interned: bool,
    /// A UTF-8 copy has been cached (`PyUnicode_AsUTF8`), which `getsizeof` counts for non-ASCII.
    pub utf8_cached: bool,
}

impl StrObj {
    pub fn new(text: Rc<str>) -> StrObj {
        let mut max = 0u32;
        let mut char_len = 0;
        for c in text.chars() {
            max = max.max(c as u32);
            char_len += 1;
        }
        let kind = match max {
            0..=0x7f => StrKind::Ascii,
            0x80..=0xff => StrKind::Latin1,
            0x100..=0xffff => StrKind::Ucs2,
            _ => StrKind::Ucs4,
        };
        StrObj {
            text,
            char_len,
            kind,
            hash: Cell::new(None),
            interned: false,
            utf8_cached: false,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn is_ascii(&self) -> bool {
        self.kind == StrKind::Ascii
    }

    /// `unicode_hash`.
    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = str_hash(&self.text, self.kind);
        self.hash.set(Some(h));
        h
    }

    /// The code point at `index` (0-based, in range).
    pub fn char_at(&self, index: usize) -> char {
        if self.kind == StrKind::Ascii {
            self.text.as_bytes()[index] as char
        } else {
            self.text.chars().nth(index).unwrap_or('\0')
        }
    }
}

/// Hash of a str of the given kind (empty string hashes to 0).
pub fn str_hash(text: &str, kind: StrKind) -> i64 {
    if text.is_empty() {
        return 0;
    }
    let bytes: Vec<u8> = match kind {
        StrKind::Ascii => return fix_hash(siphash13(text.as_bytes())),
        StrKind::Latin1 => text.chars().map(|c| c as u8).collect(),
        StrKind::Ucs2 => text
            .chars()
            .flat_map(|c| (c as u16).to_le_bytes())
            .collect(),
        StrKind::Ucs4 => text
            .chars()
            .flat_map(|c| (c as u32).to_le_bytes())
            .collect(),
    };
    fix_hash(siphash13(&bytes))
}

/// The hash of a name fixed in heapscope's own code (`"__new__"`), computed on first use:
/// lookups that run on every instance creation skip rehashing it.
pub struct NameHash {
    name: &'static str,
    hash: std::sync::OnceLock<i64>,
}

impl NameHash {
    pub const fn new(name: &'static str) -> Self {
        NameHash {
            name,
            hash: std::sync::OnceLock::new(),
        }
    }

    pub fn name(&self) -> &'static str {
        self.name
    }

    /// `hash_text(name)`.
    pub fn hash(&self) -> i64 {
        *self.hash.get_or_init(|| hash_text(self.name))
    }
}

/// Hash of a str given as text (its kind found by scanning it), without making an object.
pub fn hash_text(text: &str) -> i64 {
    let max = text.chars().map(|c| c as u32).max().unwrap_or(0);
    let kind = match max {
        0..=0x7f => StrKind::Ascii,
        0x80..=0xff => StrKind::Latin1,
        0x100..=0xffff => StrKind::Ucs2,
        _ => StrKind::Ucs4,
    };
    str_hash(text, kind)
}

/// Hash of bytes (same function, no kind).
pub fn bytes_hash(data: &[u8]) -> i64 {
    if data.is_empty() {
        0
    } else {
        fix_hash(siphash13(data))
    }
}

/// -1 is reserved for errors in CPython's hash functions.
fn fix_hash(h: u64) -> i64 {
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// SipHash-1-3 with k0 = k1 = 0 (Python/pyhash.c `siphash13`).
fn siphash13(src: &[u8]) -> u64 {
    let k0: u64 = 0;
    let k1: u64 = 0;
    let mut v0 = 0x736f6d6570736575u64 ^ k0;
    let mut v1 = 0x646f72616e646f6du64 ^ k1;
    let mut v2 = 0x6c7967656e657261u64 ^ k0;
    let mut v3 = 0x7465646279746573u64 ^ k1;
    let len = src.len();
    let mut b: u64 = (len as u64) << 56;

    macro_rules! round {
        () => {
            v0 = v0.wrapping_add(v1);
            v1 = v1.rotate_left(13);
            v1 ^= v0;
            v0 = v0.rotate_left(32);
            v2 = v2.wrapping_add(v3);
            v3 = v3.rotate_left(16);
            v3 ^= v2;
            v0 = v0.wrapping_add(v3);
            v3 = v3.rotate_left(21);
            v3 ^= v0;
            v2 = v2.wrapping_add(v1);
            v1 = v1.rotate_left(17);
            v1 ^= v2;
            v2 = v2.rotate_left(32);
        };
    }

    let mut chunks = src.chunks_exact(8);
    for chunk in &mut chunks {
        let mi = u64::from_le_bytes(chunk.try_into().expect("8-byte chunk"));
        v3 ^= mi;
        round!();
        v0 ^= mi;
    }
    let rest = chunks.remainder();
    let mut t: u64 = 0;
    for (i, &byte) in rest.iter().enumerate() {
        t |= (byte as u64) << (8 * i);
    }
    b |= t;
    v3 ^= b;
    round!();
    v0 ^= b;
    v2 ^= 0xff;
    round!();
    round!();
    round!();
    v0 ^ v1 ^ v2 ^ v3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_hash_is_the_hash_of_its_text() {
        static NAME: NameHash = NameHash::new("__new__");
        assert_eq!(NAME.hash(), hash_text("__new__"));
        assert_eq!(NAME.hash(), hash_text("__new__"));
        assert_eq!(NAME.name(), "__new__");
    }

    #[test]
    fn hashes_match_cpython_with_hashseed_zero() {
        // Values printed by `PYTHONHASHSEED=0 python3 -c 'print(hash("a"), ...)'`.
        let cases: &[(&str, i64)] = &[
            ("a", 4644417185603328019),
            ("hello", -2096571579003691106),
            ("hello world!", 839851713330019024),
            ("abcdefgh", 4574395652268504554),
            ("abcdefghi", -532774252720507163),
            ("\u{e9}", 6047309291227476195),
            ("\u{65e5}\u{672c}", 6243316497235261705),
            ("\u{1f600}x", -8926728262118538918),
        ];
        for &(s, h) in cases {
            assert_eq!(str_hash(s, StrObj::new(s.into()).kind), h, "{s}");
        }
        assert_eq!(bytes_hash(b"abc"), -4594863902769663758);
    }
}
