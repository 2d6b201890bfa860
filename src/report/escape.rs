//! Text from the inputs made safe for each report, in one place.
//!
//! Articles, transcripts, manifests and file names are written by other people: whatever they
//! hold must not become markup in a page or a Markdown note, and must not reorder the report's
//! own words. Unicode's bidirectional controls (embeddings and overrides U+202A–U+202E,
//! isolates U+2066–U+2069, the marks U+200E, U+200F and U+061C) are invisible and act on what
//! follows them on the line: a U+202E in a quotation can make "not" read backwards, or the
//! outlet's name after it. Every report shows them by name instead (`<U+202E>` in text and
//! Markdown, a `U+202E` label in HTML), and HTML isolates text from the inputs with `<bdi>`
//! or `dir="auto"` so that right-to-left words stay where they stand.
//!
//! | report | function |
//! |---|---|
//! | HTML, between tags | [`Html`] (and [`Bdi`] for a name or a path inside the page's words) |
//! | HTML, attribute values | [`Attr`] |
//! | Markdown | [`markdown`], [`code_span`] |
//! | text for a terminal | [`visible`], or [`Visible`] around the writer |
//!
//! ```
//! use verbatim::report::escape::{markdown, visible, Html};
//! assert_eq!(Html("<b>“No”\u{202e}</b>").to_string(), "&lt;b&gt;“No”<span class=\"ctl\">U+202E</span>&lt;/b&gt;");
//! assert_eq!(markdown("<img src=x>"), "\\<img src=x\\>");
//! assert_eq!(visible("a\u{202e}b"), "a<U+202E>b");
//! ```

use std::borrow::Cow;
use std::fmt::{self, Write};

/// A Unicode bidirectional control: an embedding, override or isolate, or a directional mark.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}'
    )
}

/// Text for a terminal or a plain file: bidirectional controls written as `<U+202E>`, so
/// that they are seen and do not act. Everything else is left as it is.
pub fn visible(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_bidi_control) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if is_bidi_control(c) {
            let _ = write!(out, "<U+{:04X}>", c as u32);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A writer that passes text through [`visible`]: the text reports write through it, so that
/// nothing from the inputs reaches a terminal unseen (the reports' own words hold no
/// bidirectional control, so the whole report can pass).
pub struct Visible<W: std::io::Write> {
    inner: W,
    /// The first bytes of a character whose last bytes are still to come.
    pending: Vec<u8>,
}

impl<W: std::io::Write> Visible<W> {
    pub fn new(inner: W) -> Visible<W> {
        Visible {
            inner,
            pending: Vec::new(),
        }
    }
}

impl<W: std::io::Write> std::io::Write for Visible<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        let mut rest: &[u8] = &self.pending;
        loop {
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    self.inner.write_all(visible(s).as_bytes())?;
                    rest = &[];
                    break;
                }
                Err(e) => {
                    let (good, after) = rest.split_at(e.valid_up_to());
                    let good = std::str::from_utf8(good).unwrap_or_default();
                    self.inner.write_all(visible(good).as_bytes())?;
                    match e.error_len() {
                        // Not UTF-8: passed on as it is.
                        Some(n) => {
                            self.inner.write_all(&after[..n])?;
                            rest = &after[n..];
                        }
                        // A character cut by the end of the buffer: wait for the rest.
                        None => {
                            rest = after;
                            break;
                        }
                    }
                }
            }
        }
        let keep = rest.len();
        let from = self.pending.len() - keep;
        self.pending.drain(..from);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if !self.pending.is_empty() {
            let pending = std::mem::take(&mut self.pending);
            self.inner.write_all(&pending)?;
        }
        self.inner.flush()
    }
}

impl<W: std::io::Write> Drop for Visible<W> {
    fn drop(&mut self) {
        if !self.pending.is_empty() {
            let pending = std::mem::take(&mut self.pending);
            let _ = self.inner.write_all(&pending);
        }
    }
}

/// HTML text between tags: `&`, `<`, `>`, `"` and `'` as character references, control
/// characters other than tab and line breaks as U+FFFD (a stray byte cannot make the page
/// invalid), and bidirectional controls shown by name in a `<span class="ctl">`. Not for
/// attribute values ([`Attr`]).
#[derive(Debug, Clone, Copy)]
pub struct Html<'a>(pub &'a str);

/// An HTML attribute value (between double quotes): as [`Html`], with bidirectional controls
/// written as `<U+202E>` (escaped), since no markup can stand there.
#[derive(Debug, Clone, Copy)]
pub struct Attr<'a>(pub &'a str);

/// Text from the inputs inside the page's own words (a name, a path): isolated in `<bdi>`, so
/// that right-to-left text does not reorder what is around it.
#[derive(Debug, Clone, Copy)]
pub struct Bdi<'a>(pub &'a str);

fn write_html(f: &mut fmt::Formatter<'_>, s: &str, attribute: bool) -> fmt::Result {
    let mut plain = 0;
    for (i, c) in s.char_indices() {
        let replacement = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            '\t' | '\n' | '\r' => continue,
            c if c.is_control() => "\u{fffd}",
            c if is_bidi_control(c) => {
                f.write_str(&s[plain..i])?;
                if attribute {
                    write!(f, "&lt;U+{:04X}&gt;", c as u32)?;
                } else {
                    write!(f, "<span class=\"ctl\">U+{:04X}</span>", c as u32)?;
                }
                plain = i + c.len_utf8();
                continue;
            }
            _ => continue,
        };
        f.write_str(&s[plain..i])?;
        f.write_str(replacement)?;
        plain = i + c.len_utf8();
    }
    f.write_str(&s[plain..])
}

impl fmt::Display for Html<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_html(f, self.0, false)
    }
}

impl fmt::Display for Attr<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_html(f, self.0, true)
    }
}

impl fmt::Display for Bdi<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<bdi>{}</bdi>", Html(self.0))
    }
}

/// Markdown text: what Markdown would read as formatting or markup escaped with a backslash,
/// line breaks (which would end a table row, a list item or a quotation) as spaces, other
/// control characters as U+FFFD, and bidirectional controls named in a code span.
pub fn markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|' | '~' | '#' | '&' => {
                out.push('\\');
                out.push(c);
            }
            c if is_bidi_control(c) => {
                let _ = write!(out, "`<U+{:04X}>`", c as u32);
            }
            '\t' => out.push(c),
            c if c.is_control() => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// A Markdown code span: line breaks as spaces, in a table (`table`) a pipe escaped (GitHub's
/// tables read `\|` in code too), bidirectional controls named, other controls as U+FFFD, and
/// a fence one backtick longer than the longest run inside.
pub fn code_span(s: &str, table: bool) -> String {
    let mut t = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\r' => t.push(' '),
            '|' if table => t.push_str("\\|"),
            c if is_bidi_control(c) => {
                let _ = write!(t, "<U+{:04X}>", c as u32);
            }
            '\t' => t.push(c),
            c if c.is_control() => t.push('\u{fffd}'),
            c => t.push(c),
        }
    }
    // Spaces keep a backtick at either end from joining the fence.
    let mut longest = 0;
    let mut run = 0;
    for c in t.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    if longest > 0 {
        format!("{fence} {t} {fence}")
    } else {
        format!("{fence}{t}{fence}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONTROLS: &[char] = &[
        '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}', '\u{200e}', '\u{200f}', '\u{061c}',
    ];

    #[test]
    fn every_bidi_control_is_named_in_every_form() {
        for &c in CONTROLS {
            let s = format!("a{c}b");
            let name = format!("U+{:04X}", c as u32);
            for out in [
                visible(&s).into_owned(),
                markdown(&s),
                code_span(&s, true),
                Html(&s).to_string(),
                Attr(&s).to_string(),
                Bdi(&s).to_string(),
            ] {
                assert!(!out.contains(c), "{out:?}");
                assert!(out.contains(&name), "{out:?}");
            }
        }
        assert!(matches!(visible("plain — “text”"), Cow::Borrowed(_)));
    }

    #[test]
    fn the_writer_names_controls_even_cut_between_writes() {
        use std::io::Write as _;
        let text = "a\u{202e}b — c\u{2067}";
        let mut out = Vec::new();
        {
            let mut w = Visible::new(&mut out);
            for b in text.as_bytes() {
                w.write_all(&[*b]).unwrap();
            }
            w.write_all(b"\xff!").unwrap();
            w.flush().unwrap();
        }
        assert_eq!(out, b"a<U+202E>b \xe2\x80\x94 c<U+2067>\xff!".to_vec());
    }

    #[test]
    fn markup_is_escaped() {
        assert_eq!(
            Html(r#""><img src=x onerror=alert(1)>"#).to_string(),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(Attr("a\u{202e}\"").to_string(), "a&lt;U+202E&gt;&quot;");
        assert_eq!(Bdi("Reuters").to_string(), "<bdi>Reuters</bdi>");
        assert_eq!(Html("a\u{7}b\nc").to_string(), "a\u{fffd}b\nc");
        assert_eq!(markdown("*a*\n<b>|"), "\\*a\\* \\<b\\>\\|");
        assert_eq!(code_span("a|`b`", true), "`` a\\|`b` ``");
        assert_eq!(code_span("a|b", false), "`a|b`");
    }
}
