//! Tokens: what the tokenizer hands the parser.
//!
//! The set mirrors CPython 3.14's token module (`Grammar/Tokens`), except that hard keywords
//! get kinds of their own (CPython's parser does the same translation) while soft keywords
//! (`match`, `case`, `type`, `_`) stay [`TokenKind::Name`]. Comments, non-logical newlines
//! (`NL`) and type comments never reach the parser.
//!
//! A token's text is `source[start..end]`; its positions are those CPython gives it:
//! 1-based lines, 0-based columns counted in UTF-8 bytes from the start of the line.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    EndMarker,
    Name,
    Number,
    /// A complete string or bytes literal with its prefix and quotes (not f/t-strings).
    String,
    Newline,
    Indent,
    Dedent,
    FStringStart,
    FStringMiddle,
    FStringEnd,
    TStringStart,
    TStringMiddle,
    TStringEnd,
    /// `!` (only inside f/t-string replacement fields).
    Exclamation,

    // Operators and delimiters.
    LPar,
    RPar,
    LSqb,
    RSqb,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    LBrace,
    RBrace,
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
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumFlexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
    /// Any other single ASCII character CPython's tokenizer lets through as an operator
    /// (`$`, `?`, `` ` ``): no grammar rule accepts it, so the parser reports
    /// "invalid syntax" at it. (Kept before the keywords: `is_keyword` compares ranks.)
    Op,

    // Hard keywords.
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
    /// The hard keyword spelled `name`, if it is one.
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

    pub fn is_keyword(self) -> bool {
        (self as u8) >= (TokenKind::False as u8)
    }
}

/// One token. Text is `source[start..end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    /// Byte offsets into the (UTF-8) source.
    pub start: u32,
    pub end: u32,
    /// 1-based line and 0-based byte column of the first byte.
    pub lineno: u32,
    pub col: u32,
    /// 1-based line and 0-based byte column just past the last byte.
    pub end_lineno: u32,
    pub end_col: u32,
}
