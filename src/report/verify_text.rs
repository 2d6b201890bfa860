//! The text report of `verbatim verify`, for a terminal: a summary line, then each
//! quotation with its verdict, where the source has it, and what differs.
//!
//! ```text
//! debate_ledger.txt:7:1  Adaeze Okafor  ALTERED (critical)
//!   quoted  “We hired 4,000 new teachers last year.”
//!   source  sources/debate.txt:12  Sen. Okafor
//!           “We hired 1,400 new teachers last year.”
//!   diff    We hired [-1,400-]{+4,000+} new teachers last year.
//!   why     1 difference from the source, the worst critical: number changed: …
//! ```
//!
//! In the diff, `[-words-]` are the source's words the quotation lacks or replaced, `{+words+}`
//! the quotation's words the source lacks, `{~a -> b~}` the same words written differently, and
//! `…` the source's words between two pieces joined by an ellipsis; words that differ only in
//! punctuation or case are shown once. Bidirectional controls are shown as `<U+202E>`, never
//! applied. With colour (anstream strips it off a terminal), verdicts are coloured by gravity.

use crate::compare::classify::ChunkOp;
use crate::report::escape::Visible;
use crate::report::style::{count, thousands, Paint, BOLD, CYAN, DIM, GREEN, RED, YELLOW};
use crate::report::wrap::{Wrapped, DEFAULT_WIDTH};
use crate::verify::{Checked, Verdict, Verification};
use std::io::Write;

impl Paint {
    fn verdict(&self, v: Verdict) -> String {
        let style = match v {
            Verdict::Verbatim => GREEN,
            Verdict::Altered => YELLOW,
            Verdict::Context | Verdict::Spliced => RED,
            Verdict::Misattributed | Verdict::NotFound => "\x1b[1;31m",
        };
        self.on(style, &v.label().to_uppercase())
    }
}

/// The report as a string; with `color`, ANSI styles.
pub fn render(result: &Verification, color: bool) -> String {
    let mut out = Vec::new();
    // Writing into memory cannot fail.
    let _ = write(result, color, DEFAULT_WIDTH, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Writes the report quotation by quotation, each line wrapped to `width` columns with a
/// hanging indent and a rule between quotations.
pub fn write(
    result: &Verification,
    color: bool,
    width: usize,
    w: &mut dyn Write,
) -> std::io::Result<()> {
    // Bidirectional controls from the articles and sources are named, not obeyed; then lines
    // are wrapped (the names take room too).
    let mut wrapped = Wrapped::new(w, width);
    let mut visible = Visible::new(&mut wrapped);
    let w: &mut dyn Write = &mut visible;
    let p = Paint { color };
    let rule = p.on(DIM, &"\u{2500}".repeat(width));
    let s = &result.summary;
    let words: usize = result.sources.iter().map(|s| s.words).sum();
    writeln!(
        w,
        "{} {} of {} checked against {} ({} words)",
        p.on(BOLD, "verbatim verify:"),
        count(s.quotations, "quotation"),
        count(s.articles, "article"),
        count(s.sources, "source"),
        thousands(words)
    )?;
    let counts: Vec<String> = Verdict::ALL
        .iter()
        .map(|&v| format!("{} {}", thousands(s.verdicts.get(v)), v.label()))
        .collect();
    writeln!(w, "  {}", counts.join(" \u{b7} "))?;
    if s.skipped > 0 {
        writeln!(
            w,
            "  {} not checked: credited to nobody who speaks in the sources (--all checks them)",
            count(s.skipped, "quotation")
        )?;
    }
    for q in &result.quotations {
        writeln!(w, "{rule}")?;
        quotation(&p, q, w)?;
    }
    w.flush()?;
    drop(visible);
    wrapped.flush()
}

fn quotation(p: &Paint, q: &Checked, w: &mut dyn Write) -> std::io::Result<()> {
    let severity = match q.verdict {
        Verdict::Altered => format!(" ({})", q.severity.name()),
        _ => String::new(),
    };
    writeln!(
        w,
        "{}{severity}  {}",
        p.verdict(q.verdict),
        p.on(BOLD, q.speaker.as_deref().unwrap_or("(no speaker)")),
    )?;
    writeln!(
        w,
        "  at      {}",
        p.on(DIM, &format!("{}:{}:{}", q.file, q.line, q.column))
    )?;
    writeln!(w, "  quoted  \u{201c}{}\u{201d}", one_line(&q.text))?;
    if let Some(src) = &q.source {
        let label = if q.verdict == Verdict::NotFound {
            "nearest"
        } else {
            "source"
        };
        let mut at = format!("{}:{}", src.file, src.line);
        if let Some(t) = &src.time {
            at.push_str(&format!(" at {t}"));
        }
        if let Some(who) = &src.speaker {
            at.push_str(&format!("  {who}"));
        }
        writeln!(w, "  {label}  {}", p.on(DIM, &at))?;
        writeln!(w, "          \u{201c}{}\u{201d}", one_line(&src.text))?;
    }
    if q.verdict != Verdict::NotFound && q.chunks.iter().any(|c| c.op != ChunkOp::Same) {
        writeln!(w, "  diff    {}", diff(p, q))?;
    }
    if let Some(t) = &q.translated {
        writeln!(w, "  transl. {t}")?;
    }
    writeln!(w, "  why     {}", one_line(&q.note))?;
    Ok(())
}

/// The word diff against the source, on one line.
fn diff(p: &Paint, q: &Checked) -> String {
    let mut line = String::new();
    for c in &q.chunks {
        let piece = match c.op {
            ChunkOp::Same => one_line(&c.reference),
            ChunkOp::Cosmetic if same_letters(&c.reference, &c.variant) => one_line(&c.variant),
            ChunkOp::Cosmetic => p.on(CYAN, &format!("{{~{} -> {}~}}", c.reference, c.variant)),
            ChunkOp::Replace => format!(
                "{}{}",
                p.on(RED, &format!("[-{}-]", c.reference)),
                p.on(GREEN, &format!("{{+{}+}}", c.variant))
            ),
            ChunkOp::Delete => p.on(RED, &format!("[-{}-]", c.reference)),
            ChunkOp::Insert | ChunkOp::Extra => p.on(GREEN, &format!("{{+{}+}}", c.variant)),
            ChunkOp::Unquoted => p.on(DIM, &c.reference),
        };
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&one_line(&piece));
    }
    line
}

/// Text on one line, with bidirectional controls made visible (`<U+202E>`): raw, they would
/// reorder what the terminal shows and could make a quotation read as something else.
fn one_line(s: &str) -> String {
    let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if !joined.chars().any(is_bidi_control) {
        return joined;
    }
    joined
        .chars()
        .map(|c| {
            if is_bidi_control(c) {
                format!("<U+{:04X}>", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The same letters and digits, whatever the punctuation and case: "flourished" and
/// "flourished -" are one word to a reader, and the diff shows it once.
fn same_letters(a: &str, b: &str) -> bool {
    let letters = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    letters(a) == letters(b)
}
