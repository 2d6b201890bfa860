//! The Markdown report of `verbatim verify`, for a pull request or a CMS note: the text
//! report's content with a summary table, grouped by article.
//!
//! It opens with a summary line, a table of how many quotations got each verdict, how many
//! quotations were not checked (credited to nobody who speaks in the sources), and a table of
//! the sources (kind, and the encoding when a file was not UTF-8; speakers as labelled; words). Then comes one section per article, its
//! quotations in article order, each a short block:
//!
//! - the verdict in bold capitals (with the worst difference's severity for `altered`), the
//!   speaker the article credits, and `file:line:column`;
//! - the quoted words;
//! - the source passage with `file:line`, the time of its cue and who says it there (for
//!   `not_found`, the nearest passage), or each piece of a quotation found in several;
//! - the word diff against the source: `~~struck~~` the source's words left out or replaced,
//!   **bold** the article's own, *(italics)* the source's spelling of the same words written
//!   differently, *\[…\]* where two pieces of the source are joined;
//! - for `context`, the whole source sentence with the words left out in bold;
//! - whether the source is a translation, and the note.
//!
//! Everything taken from the articles and sources is escaped: it shows as the characters it
//! is and never becomes Markdown or HTML. Line breaks become spaces, and the bidirectional
//! controls that could reorder the rest of a line (embeddings, overrides, isolates) are shown
//! by name (`U+202E`) instead of acting.

use crate::compare::classify::ChunkOp;
use crate::report::escape;
use crate::report::style::{count, thousands};
use crate::verify::{Checked, Passage, Verdict, Verification};
use std::fmt::Write;

/// Markdown text ([`escape::markdown`]).
fn esc(s: &str) -> String {
    escape::markdown(s)
}

/// A code span for a table cell: a pipe escaped (GitHub's tables read `\|` in code too).
fn cell(s: &str) -> String {
    escape::code_span(s, true)
}

/// A code span outside a table.
fn code(s: &str) -> String {
    escape::code_span(s, false)
}

/// Words in quotation marks, or *(nothing)*.
fn quoted(text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        "*(nothing)*".to_string()
    } else {
        format!("\u{201c}{}\u{201d}", esc(text))
    }
}

/// The report.
pub fn render(result: &Verification) -> String {
    let mut out = String::new();
    let s = &result.summary;
    let words: usize = result.sources.iter().map(|s| s.words).sum();
    let _ = writeln!(out, "# verbatim verify\n");
    let off = s.quotations - s.verdicts.get(Verdict::Verbatim);
    let _ = write!(
        out,
        "{} of {} checked against {} ({} words): ",
        count(s.quotations, "quotation"),
        count(s.articles, "article"),
        count(s.sources, "source"),
        thousands(words)
    );
    let _ = match (s.quotations, off) {
        (0, _) => writeln!(out, "none to check."),
        (_, 0) => writeln!(out, "**all verbatim**."),
        (n, k) => writeln!(out, "**{k} of {n} not verbatim**."),
    };
    if s.failed {
        let _ = writeln!(out, "Some verdicts reach `--fail-on` (exit code 1).");
    }
    out.push('\n');
    let head: Vec<&str> = Verdict::ALL.iter().map(|v| v.label()).collect();
    let _ = writeln!(out, "| {} |", head.join(" | "));
    let _ = writeln!(out, "|{}", "---:|".repeat(head.len()));
    let counts: Vec<String> = Verdict::ALL
        .iter()
        .map(|&v| s.verdicts.get(v).to_string())
        .collect();
    let _ = writeln!(out, "| {} |", counts.join(" | "));
    out.push('\n');
    if s.skipped == 0 {
        let _ = writeln!(out, "Every speech quotation credited to a speaker of the sources was checked; none skipped.");
    } else {
        let _ = writeln!(
            out,
            "{} not checked: credited to nobody who speaks in the sources (`--all` checks them).",
            count(s.skipped, "quotation")
        );
    }
    sources(&mut out, result);
    if !result.quotations.is_empty() {
        let _ = writeln!(
            out,
            "\nIn each diff, ~~struck~~ words are the source's, left out or replaced; **bold** \
             words are the article's own; *(italics)* give the source's spelling of the same \
             words written differently; *\\[…\\]* joins two places of the source."
        );
    }
    articles(&mut out, result);
    if !result.problems.is_empty() {
        let _ = writeln!(out, "\n## Trouble\n");
        for p in &result.problems {
            let _ = writeln!(out, "- {}", esc(&p.to_string()));
        }
    }
    out
}

/// The sources: file, kind, speakers as labelled, words.
fn sources(out: &mut String, result: &Verification) {
    if result.sources.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n## Sources\n\n| source | kind | speakers | words |\n|---|---|---|---:|"
    );
    for src in &result.sources {
        let speakers: Vec<String> = src.speakers.iter().map(|s| esc(s)).collect();
        let kind = if src.encoding == "utf-8" {
            src.kind.to_string()
        } else {
            format!("{}, read as {}", src.kind, src.encoding)
        };
        let _ = writeln!(
            out,
            "| {} | {kind} | {} | {} |",
            cell(&src.file),
            speakers.join(", "),
            thousands(src.words)
        );
    }
}

/// The article names, each once, in the order given; then any file a quotation names that
/// the list lacks.
fn article_names(result: &Verification) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    let files = result.quotations.iter().map(|q| q.file.as_str());
    for name in result.articles.iter().map(String::as_str).chain(files) {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// One section per article, its quotations in order, numbered through the report.
fn articles(out: &mut String, result: &Verification) {
    for name in article_names(result) {
        let _ = writeln!(out, "\n## {}\n", code(name));
        let mine: Vec<(usize, &Checked)> = result
            .quotations
            .iter()
            .enumerate()
            .filter(|(_, q)| q.file == name)
            .map(|(i, q)| (i + 1, q))
            .collect();
        if mine.is_empty() {
            let _ = writeln!(out, "No quotation checked.");
            continue;
        }
        let by: Vec<String> = Verdict::ALL
            .iter()
            .filter_map(|&v| {
                let n = mine.iter().filter(|(_, q)| q.verdict == v).count();
                (n > 0).then(|| format!("{n} {}", v.label()))
            })
            .collect();
        let _ = writeln!(
            out,
            "{} checked: {}.",
            count(mine.len(), "quotation"),
            by.join(" \u{b7} ")
        );
        for (n, q) in mine {
            quotation(out, n, q);
        }
    }
}

/// Where a passage is: `file:line`, its time, who says it there.
fn passage_at(p: &Passage) -> String {
    let mut at = code(&format!("{}:{}", p.file, p.line));
    if let Some(t) = &p.time {
        let _ = write!(at, " at {}", esc(t));
    }
    if let Some(who) = &p.speaker {
        let _ = write!(at, ", {}", esc(who));
    }
    at
}

fn quotation(out: &mut String, n: usize, q: &Checked) {
    let severity = if q.verdict == Verdict::Altered {
        format!(" ({})", q.severity.name())
    } else {
        String::new()
    };
    let who = q
        .speaker
        .as_deref()
        .map(esc)
        .unwrap_or_else(|| "*(no speaker)*".to_string());
    let _ = writeln!(
        out,
        "\n**{n}. {}**{severity} \u{b7} {who} \u{b7} {}\n",
        q.verdict.label().to_uppercase(),
        code(&format!("{}:{}:{}", q.file, q.line, q.column))
    );
    let _ = writeln!(out, "- Quoted: {}", quoted(&q.text));
    let pieces_only = q.pieces.len() > 1 && q.source.as_ref() == q.pieces.first();
    if let Some(src) = q.source.as_ref().filter(|_| !pieces_only) {
        let label = if q.verdict == Verdict::NotFound {
            "Nearest"
        } else {
            "Source"
        };
        let _ = writeln!(out, "- {label}, {}: {}", passage_at(src), quoted(&src.text));
    }
    if q.source.is_none() {
        let _ = writeln!(out, "- Source: *(nothing near it)*");
    }
    if q.pieces.len() > 1 {
        let label = if pieces_only {
            "Source, in pieces"
        } else {
            "Pieces"
        };
        let _ = writeln!(out, "- {label}:");
        for (k, p) in q.pieces.iter().enumerate() {
            let _ = writeln!(out, "  {}. {}: {}", k + 1, passage_at(p), quoted(&p.text));
        }
    }
    if q.verdict != Verdict::NotFound && q.chunks.iter().any(|c| c.op != ChunkOp::Same) {
        let _ = writeln!(out, "- Diff: {}", diff(q));
    }
    if let Some(ctx) = &q.context {
        let _ = writeln!(
            out,
            "- Source sentence: {} (left out: {})",
            sentence(&ctx.sentence.text, &ctx.words),
            match ctx.reason {
                "negation" => "a negation",
                "condition" => "a condition",
                "reported" => "whose words they are",
                other => other,
            }
        );
    }
    if let Some(t) = &q.translated {
        let _ = writeln!(out, "- Translated: {}", esc(t));
    }
    let _ = writeln!(out, "- Why: {}", esc(q.note.trim()));
}

/// The source sentence in quotation marks, the words left out that change its sense in bold.
fn sentence(text: &str, words: &str) -> String {
    let words = words.trim();
    match text.find(words).filter(|_| !words.is_empty()) {
        Some(at) => format!(
            "\u{201c}{}**{}**{}\u{201d}",
            esc(&text[..at]),
            esc(words),
            esc(&text[at + words.len()..])
        ),
        None => quoted(text),
    }
}

/// The word diff against the source, in the source's order.
fn diff(q: &Checked) -> String {
    let pieces: Vec<String> = q
        .chunks
        .iter()
        .filter_map(|c| {
            let (r, v) = (c.reference.trim(), c.variant.trim());
            let piece = match c.op {
                ChunkOp::Same => esc(r),
                ChunkOp::Cosmetic => format!("{} *({})*", esc(v), esc(r)),
                ChunkOp::Replace if r.is_empty() => format!("**{}**", esc(v)),
                ChunkOp::Replace if v.is_empty() => format!("~~{}~~", esc(r)),
                ChunkOp::Replace => format!("~~{}~~ **{}**", esc(r), esc(v)),
                ChunkOp::Delete if !r.is_empty() => format!("~~{}~~", esc(r)),
                ChunkOp::Insert | ChunkOp::Extra if !v.is_empty() => format!("**{}**", esc(v)),
                ChunkOp::Unquoted if r.is_empty() || r == "\u{2026}" => "*\\[…\\]*".to_string(),
                ChunkOp::Unquoted => format!("*\\[not quoted: {}\\]*", esc(r)),
                _ => return None,
            };
            (!piece.is_empty()).then_some(piece)
        })
        .collect();
    pieces.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_controls_and_line_breaks() {
        assert_eq!(esc("a|b *c* <d> &e"), "a\\|b \\*c\\* \\<d\\> \\&e");
        assert_eq!(esc("one\ntwo\r\n"), "one two  ");
        assert_eq!(esc("a\u{202e}b\u{0}"), "a`<U+202E>`b\u{fffd}");
        assert_eq!(cell("a|b.txt"), "`a\\|b.txt`");
        assert_eq!(code("a|b.txt"), "`a|b.txt`");
        assert_eq!(code("a`b"), "`` a`b ``");
        assert_eq!(code("x\u{2067}y"), "`x<U+2067>y`");
        assert_eq!(code("a``b"), "``` a``b ```");
    }

    #[test]
    fn a_quotation_block() {
        use crate::verify::verify_texts;
        let source = "MS. RUIZ: We will not close the port. It stays open.\n";
        let article = "“We will close the port,” Elena Ruiz said.";
        let md = render(&verify_texts(
            &[("debate.txt", source, None)],
            &[("a.txt", article)],
        ));
        assert!(md.contains("**1. ALTERED** (critical)"), "{md}");
        assert!(
            md.contains("- Diff: We will ~~not~~ close the port"),
            "{md}"
        );
        assert!(md.contains("| 0 | 1 | 0 | 0 | 0 | 0 |"), "{md}");
    }
}
