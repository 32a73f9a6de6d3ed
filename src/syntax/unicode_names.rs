//! Character names for `\\N{NAME}` escapes: a subset of the Unicode database (Latin-1,
//! Greek, Cyrillic, punctuation, currency, arrows, mathematical operators, shapes, symbols,
//! dingbats, emoticons and common aliases), generated from python3 3.11's `unicodedata`, plus
//! the algorithmic `CJK UNIFIED IDEOGRAPH-XXXX` names.
//!
//! The table is unicode_names.txt: one `NAME<TAB>HEX` line per name, sorted by name. The
//! native build embeds it; the wasm build leaves it out (58 KB, 15 KB gzipped, rarely used)
//! and asks the host for it the first time a program uses a `\\N{...}` escape, as it does
//! for the standard library's sources.

/// The names table, or None when the host cannot provide it.
#[cfg(not(target_arch = "wasm32"))]
fn names_table() -> Option<&'static str> {
    Some(include_str!("unicode_names.txt"))
}

/// The names table, or None when the host cannot provide it.
#[cfg(target_arch = "wasm32")]
fn names_table() -> Option<&'static str> {
    static TABLE: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    TABLE
        .get_or_init(|| crate::wasm::module_source("unicode_names.txt"))
        .as_deref()
}

/// Looks a name up as CPython does (case-insensitively).
pub(crate) fn lookup(name: &str) -> Option<char> {
    let name = name.to_ascii_uppercase();
    if let Some(hex) = name.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        let code = u32::from_str_radix(hex, 16).ok()?;
        let ideograph = matches!(code, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0x20000..=0x2A6DF);
        return if ideograph && (hex.len() == 4 || hex.len() == 5) {
            char::from_u32(code)
        } else {
            None
        };
    }
    // Binary search over the sorted lines of the table.
    let names = names_table()?;
    let bytes = names.as_bytes();
    let (mut low, mut high) = (0usize, bytes.len());
    while low < high {
        let mid = (low + high) / 2;
        let start = bytes[..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let end = start + bytes[start..].iter().position(|&b| b == b'\n')?;
        let line = names.get(start..end)?;
        let (entry, code) = line.split_once('\t')?;
        match entry.cmp(name.as_str()) {
            std::cmp::Ordering::Equal => {
                return u32::from_str_radix(code, 16).ok().and_then(char::from_u32);
            }
            std::cmp::Ordering::Less => low = end + 1,
            std::cmp::Ordering::Greater => high = start,
        }
    }
    None
}
