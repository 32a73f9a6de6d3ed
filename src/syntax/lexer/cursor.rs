//! A byte cursor over source text that never slices inside a character.

pub(crate) struct Cursor<'src> {
    src: &'src str,
    pos: usize,
}

impl<'src> Cursor<'src> {
    pub fn new(src: &'src str) -> Cursor<'src> {
        Cursor { src, pos: 0 }
    }

    pub fn pos(&self) -> usize {
        self.pos
    }

    pub fn set_pos(&mut self, pos: usize) {
        self.pos = pos.min(self.src.len());
    }

    pub fn at_end(&self) -> bool {
        self.pos >= self.src.len()
    }

    /// The byte at the cursor, or 0 at the end (CPython's tokenizer sees EOF the same way).
    pub fn peek(&self) -> u8 {
        self.byte_at(self.pos)
    }

    pub fn peek_at(&self, ahead: usize) -> u8 {
        self.byte_at(self.pos + ahead)
    }

    pub fn byte_at_pos(&self, at: usize) -> u8 {
        self.byte_at(at)
    }

    pub fn len(&self) -> usize {
        self.src.len()
    }

    fn byte_at(&self, at: usize) -> u8 {
        self.src.as_bytes().get(at).copied().unwrap_or(0)
    }

    /// The character at the cursor.
    pub fn peek_char(&self) -> Option<char> {
        self.src
            .get(self.pos..)
            .and_then(|rest| rest.chars().next())
    }

    pub fn bump(&mut self) -> u8 {
        let b = self.peek();
        if !self.at_end() {
            self.pos += 1;
        }
        b
    }

    pub fn bump_char(&mut self) -> Option<char> {
        let c = self.peek_char()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    pub fn eat(&mut self, b: u8) -> bool {
        if !self.at_end() && self.peek() == b {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    pub fn starts_with(&self, s: &str) -> bool {
        self.src
            .as_bytes()
            .get(self.pos..)
            .is_some_and(|rest| rest.starts_with(s.as_bytes()))
    }

    /// Source text between two byte offsets, empty if they are not character boundaries.
    pub fn slice(&self, start: usize, end: usize) -> &'src str {
        self.src.get(start..end).unwrap_or("")
    }
}
