//! Text reports fitted to the terminal: each line longer than the width is broken between
//! words, its continuation lines indented two columns deeper than the line itself (a hanging
//! indent), so that a finding, a diff or a note reads as one block.
//!
//! The width is the `COLUMNS` variable when it is set, else the terminal's when the report
//! goes to one, else [`DEFAULT_WIDTH`]: a report piped to a file or a test is the same on
//! every machine. Widths are counted in terminal columns (a CJK character or an emoji takes
//! two), colour codes counting none; a word longer than the line is never cut.
//!
//! ```
//! use verbatim::report::wrap::wrap_line;
//! assert_eq!(wrap_line("  one two three four", 12), "  one two\n    three\n    four");
//! ```

use std::io::{self, Write};

/// The width of a report that does not go to a terminal.
pub const DEFAULT_WIDTH: usize = 100;

/// The narrowest width a report is wrapped to (a narrower `COLUMNS` is taken as this).
const MIN_WIDTH: usize = 40;

/// The width to wrap a report to: `COLUMNS`, else the terminal's when `terminal`, else
/// [`DEFAULT_WIDTH`].
pub fn width(terminal: bool) -> usize {
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c > 0);
    columns
        .or_else(|| terminal.then(terminal_columns).flatten())
        .unwrap_or(DEFAULT_WIDTH)
        .max(MIN_WIDTH)
}

/// The width of the terminal that standard output or standard error is.
fn terminal_columns() -> Option<usize> {
    terminal_size::terminal_size_of(std::io::stdout())
        .or_else(|| terminal_size::terminal_size_of(std::io::stderr()))
        .map(|(terminal_size::Width(w), _)| usize::from(w))
        .filter(|&c| c > 0)
}

/// How many columns `s` takes on a terminal: a CJK character or an emoji two, a combining
/// mark none, colour codes (`ESC [ … m`) none.
pub fn columns(s: &str) -> usize {
    use unicode_width::UnicodeWidthChar;
    let mut n = 0;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            n += c.width().unwrap_or(0);
        }
    }
    n
}

/// One line (no line break in it) broken between words to `width` columns, continuation
/// lines indented two columns more than the line.
pub fn wrap_line(line: &str, width: usize) -> String {
    if columns(line) <= width {
        return line.to_string();
    }
    let indent = line.len() - line.trim_start_matches(' ').len();
    let hang = " ".repeat(hang_at(line, indent));
    let mut out = String::with_capacity(line.len() + 16);
    out.push_str(&line[..indent]);
    let mut used = indent;
    // Words on the line being filled: a line is never broken before its first word.
    let mut on_line = 0;
    for word in line[indent..].split(' ') {
        let w = columns(word);
        if on_line > 0 && used + 1 + w > width {
            out.push('\n');
            out.push_str(&hang);
            used = hang.len();
            on_line = 0;
        } else if on_line > 0 {
            out.push(' ');
            used += 1;
        }
        out.push_str(word);
        used += w;
        on_line += 1;
    }
    out
}

/// Where continuation lines start: under the text after a label (a first word followed by two
/// spaces or more: "  quoted  “…", "    major     Valley Tribune …"), else two columns in
/// from the line's indent.
fn hang_at(line: &str, indent: usize) -> usize {
    let rest = &line[indent..];
    if let Some(gap) = rest.find("  ") {
        let label = &rest[..gap];
        let after = rest[gap..].len() - rest[gap..].trim_start_matches(' ').len();
        let at = indent + columns(label) + after;
        if !label.is_empty() && !label.contains(' ') && at + 20 < columns(line) {
            return at;
        }
    }
    indent + 2
}

/// A writer that wraps every line written through it to a width ([`wrap_line`]).
pub struct Wrapped<W: Write> {
    inner: W,
    width: usize,
    line: Vec<u8>,
}

impl<W: Write> Wrapped<W> {
    pub fn new(inner: W, width: usize) -> Wrapped<W> {
        Wrapped {
            inner,
            width,
            line: Vec::new(),
        }
    }

    fn emit(&mut self, line: &[u8]) -> io::Result<()> {
        match std::str::from_utf8(line) {
            Ok(s) => self.inner.write_all(wrap_line(s, self.width).as_bytes()),
            Err(_) => self.inner.write_all(line),
        }
    }
}

impl<W: Write> Write for Wrapped<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while let Some(at) = rest.iter().position(|&b| b == b'\n') {
            let mut line = std::mem::take(&mut self.line);
            line.extend_from_slice(&rest[..at]);
            self.emit(&line)?;
            self.inner.write_all(b"\n")?;
            rest = &rest[at + 1..];
        }
        self.line.extend_from_slice(rest);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.line.is_empty() {
            let line = std::mem::take(&mut self.line);
            self.emit(&line)?;
        }
        self.inner.flush()
    }
}

impl<W: Write> Drop for Wrapped<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_hang_under_their_indent() {
        let line = "    - major omission: left out silently: “and seeks God and has good will,”";
        let wrapped = wrap_line(line, 40);
        for l in wrapped.lines() {
            assert!(columns(l) <= 40, "{l:?}");
        }
        assert!(wrapped.lines().skip(1).all(|l| l.starts_with("      ")));
        assert_eq!(wrapped.replace("\n      ", " "), line);
    }

    #[test]
    fn colour_codes_take_no_room_and_long_words_stay_whole() {
        assert_eq!(columns("\x1b[31mred\x1b[0m é"), 5);
        let word = "fixtures/sets/francis_judge/abc_radio_national.txt:1:7";
        assert_eq!(
            wrap_line(&format!("  at {word}"), 40),
            format!("  at\n    {word}")
        );
        assert_eq!(wrap_line("short", 40), "short");
    }

    #[test]
    fn a_labelled_line_hangs_under_its_text() {
        let line = "  quoted  “No government can stop a river, but a government can decide”";
        let wrapped = wrap_line(line, 44);
        let second = wrapped.lines().nth(1).unwrap_or("");
        // Ten columns in, where "“No" starts on the first line.
        assert_eq!(second.len() - second.trim_start().len(), 10, "{wrapped}");
        assert_eq!(wrapped.lines().count(), 2, "{wrapped}");
    }

    #[test]
    fn the_writer_wraps_each_line() {
        let mut out = Vec::new();
        {
            let mut w = Wrapped::new(&mut out, 12);
            w.write_all(b"  one two three").unwrap();
            w.write_all(b" four\nok\n").unwrap();
        }
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "  one two\n    three\n    four\nok\n"
        );
    }
}
