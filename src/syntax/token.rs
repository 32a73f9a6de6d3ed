//! Tokens produced by the lexer, following CPython's Grammar/Tokens.

use num_bigint::BigInt;

use super::ast::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Name,
    Int,
    Float,
    Complex,
    String,
    Newline,
    Indent,
    Dedent,
    EndOfFile,
    /// A character CPython's tokenizer passes through as a generic operator that no grammar
    /// rule accepts (`$`, `?`, `!`, a backtick): the parser reports "invalid syntax" at it.
    Unknown,

    Lpar,
    Rpar,
    Lsqb,
    Rsqb,
    Lbrace,
    Rbrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    Vbar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    CircumFlex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VbarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    Rarrow,
    Ellipsis,
    ColonEqual,

    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

impl TokenKind {
    pub fn keyword(name: &str) -> Option<TokenKind> {
        use TokenKind::*;
        Some(match name {
            "False" => False,
            "None" => None,
            "True" => True,
            "and" => And,
            "as" => As,
            "assert" => Assert,
            "async" => Async,
            "await" => Await,
            "break" => Break,
            "class" => Class,
            "continue" => Continue,
            "def" => Def,
            "del" => Del,
            "elif" => Elif,
            "else" => Else,
            "except" => Except,
            "finally" => Finally,
            "for" => For,
            "from" => From,
            "global" => Global,
            "if" => If,
            "import" => Import,
            "in" => In,
            "is" => Is,
            "lambda" => Lambda,
            "nonlocal" => Nonlocal,
            "not" => Not,
            "or" => Or,
            "pass" => Pass,
            "raise" => Raise,
            "return" => Return,
            "try" => Try,
            "while" => While,
            "with" => With,
            "yield" => Yield,
            _ => return Option::None,
        })
    }

    /// The augmented-assignment operator this token spells, e.g. `+=` -> `Add`.
    pub fn aug_op(self) -> Option<super::ast::BinOp> {
        use super::ast::BinOp;
        use TokenKind::*;
        Some(match self {
            PlusEqual => BinOp::Add,
            MinusEqual => BinOp::Sub,
            StarEqual => BinOp::Mult,
            AtEqual => BinOp::MatMult,
            SlashEqual => BinOp::Div,
            PercentEqual => BinOp::Mod,
            DoubleStarEqual => BinOp::Pow,
            LeftShiftEqual => BinOp::LShift,
            RightShiftEqual => BinOp::RShift,
            VbarEqual => BinOp::BitOr,
            CircumflexEqual => BinOp::BitXor,
            AmperEqual => BinOp::BitAnd,
            DoubleSlashEqual => BinOp::FloorDiv,
            _ => return Option::None,
        })
    }
}

/// Flags of a string literal's prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StringFlags {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
    pub unicode: bool,
    /// 1 for `'...'`, 3 for `'''...'''`.
    pub quote_len: u8,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TokenValue {
    None,
    Name(String),
    Int(BigInt),
    Float(f64),
    /// A string literal: its flags and the byte range of its body (between the quotes).
    Str {
        flags: StringFlags,
        body: Span,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
    pub value: TokenValue,
}
