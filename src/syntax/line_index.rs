//! Byte offsets -> lines and columns, for tracebacks and the editor.

/// Line starts of a source text. Lines end at `\n`, `\r\n` or a lone `\r`, as in CPython's
/// universal-newline reading.
#[derive(Debug, Clone)]
pub struct LineIndex {
    source: String,
    /// Byte offset where each line starts; always begins with 0.
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let bytes = source.as_bytes();
        let mut starts = vec![0u32];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i as u32 + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i as u32 + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex {
            source: source.to_string(),
            starts,
        }
    }

    /// Number of lines (a trailing newline does not start a counted line of its own unless
    /// text follows it).
    pub fn line_count(&self) -> u32 {
        self.starts.len() as u32
    }

    fn clamp(&self, offset: u32) -> u32 {
        let mut offset = offset.min(self.source.len() as u32);
        while !self.source.is_char_boundary(offset as usize) {
            offset -= 1;
        }
        offset
    }

    /// 0-based line index containing `offset`.
    fn line_of(&self, offset: u32) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// Byte offset where 1-based `line` starts (clamped to the text).
    pub fn line_start(&self, line: u32) -> u32 {
        let i = (line.max(1) - 1) as usize;
        self.starts
            .get(i)
            .copied()
            .unwrap_or(self.source.len() as u32)
    }

    /// 1-based line and 0-based byte column of `offset`.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let offset = self.clamp(offset);
        let line = self.line_of(offset);
        (line as u32 + 1, offset - self.starts[line])
    }

    /// The text of 1-based `line`, without its line ending.
    pub fn line_text(&self, line: u32) -> &str {
        let i = (line.max(1) - 1) as usize;
        let Some(&start) = self.starts.get(i) else {
            return "";
        };
        let end = self
            .starts
            .get(i + 1)
            .copied()
            .unwrap_or(self.source.len() as u32);
        let text = &self.source[start as usize..end as usize];
        text.trim_end_matches(['\n', '\r'])
    }

    /// The line's text from its start up to `offset`.
    fn prefix(&self, offset: u32) -> &str {
        let offset = self.clamp(offset);
        let start = self.starts[self.line_of(offset)];
        &self.source[start as usize..offset as usize]
    }

    /// 1-based column of `offset` in UTF-16 code units, as editors count.
    pub fn utf16_col(&self, offset: u32) -> u32 {
        self.prefix(offset).encode_utf16().count() as u32 + 1
    }

    /// 0-based column of `offset` in characters (code points), as CPython's
    /// `SyntaxError.offset` counts them (minus one).
    pub fn char_col(&self, offset: u32) -> u32 {
        self.prefix(offset).chars().count() as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let idx = LineIndex::new("ab\néx = 1\r\nlast");
        assert_eq!(idx.line_col(0), (1, 0));
        assert_eq!(idx.line_col(3), (2, 0));
        assert_eq!(idx.line_col(6), (2, 3));
        assert_eq!(idx.line_text(2), "éx = 1");
        assert_eq!(idx.line_text(3), "last");
        assert_eq!(idx.line_text(9), "");
        assert_eq!(idx.utf16_col(6), 3);
        assert_eq!(idx.char_col(6), 2);
        // Inside a multi-byte character: clamped back to its start.
        assert_eq!(idx.line_col(4), (2, 0));
        assert_eq!(idx.line_col(1000), (3, 4));
    }

    #[test]
    fn utf16_counts_surrogate_pairs() {
        let idx = LineIndex::new("😀x");
        assert_eq!(idx.utf16_col(4), 3);
        assert_eq!(idx.char_col(4), 1);
    }
}
