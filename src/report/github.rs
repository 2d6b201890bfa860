//! GitHub Actions workflow commands: the lines a CI job prints so that GitHub shows each
//! finding as an annotation on the article, at its line (`--format github`).
//!
//! A command is `::error file=F,line=L,col=C,title=T::MESSAGE`. GitHub reads `%`, carriage
//! returns and line feeds in the message as escapes (`%25`, `%0D`, `%0A`), and in a property
//! also `:` and `,` (`%3A`, `%2C`), which would otherwise end it: text from the inputs is
//! escaped so, and its bidirectional controls named ([`crate::report::escape::visible`]), so
//! that a quotation can neither cut a command short nor start another.
//!
//! ```
//! use verbatim::report::github::{Annotation, Level};
//! let a = Annotation { level: Level::Error, file: "a,b.txt", line: Some(3), column: Some(7),
//!     title: "verbatim: major", message: "100% “no”\nsaid".into() };
//! assert_eq!(a.to_string(), "::error file=a%2Cb.txt,line=3,col=7,title=verbatim%3A major::100%25 “no”%0Asaid");
//! ```

use crate::report::escape::visible;
use std::fmt;

/// How GitHub shows an annotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// A finding at or above the severity that fails the run.
    Error,
    /// A finding below it.
    Warning,
    Notice,
}

impl Level {
    fn command(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Notice => "notice",
        }
    }
}

/// One workflow command.
#[derive(Debug, Clone)]
pub struct Annotation<'a> {
    pub level: Level,
    pub file: &'a str,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub title: &'a str,
    pub message: String,
}

impl fmt::Display for Annotation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "::{} file={}", self.level.command(), property(self.file))?;
        if let Some(l) = self.line {
            write!(f, ",line={l}")?;
            if let Some(c) = self.column {
                write!(f, ",col={c}")?;
            }
        }
        write!(
            f,
            ",title={}::{}",
            property(self.title),
            data(&self.message)
        )
    }
}

impl<'a> Annotation<'a> {
    /// An input that could not be read, as an error on that file.
    pub fn problem(p: &'a crate::compare::Problem) -> Annotation<'a> {
        Annotation {
            level: Level::Error,
            file: &p.path,
            line: p.line,
            column: p.column,
            title: "verbatim: cannot read",
            message: p.message.clone(),
        }
    }
}

/// A command's message: `%`, `\r` and `\n` escaped.
pub fn data(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in visible(s).chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c => out.push(c),
        }
    }
    out
}

/// A command's property value: as [`data`], and `:` and `,` escaped.
pub fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_follow_githubs_rules() {
        assert_eq!(data("50% off\r\nnext"), "50%25 off%0D%0Anext");
        assert_eq!(data("a:b,c"), "a:b,c");
        assert_eq!(property("a:b,c%"), "a%3Ab%2Cc%25");
        assert_eq!(data("a\u{202e}b"), "a<U+202E>b");
        // An escape already in the input is escaped again, not read.
        assert_eq!(data("%0A::error"), "%250A::error");
    }
}
