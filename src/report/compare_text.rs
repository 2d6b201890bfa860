//! The text report, for a terminal: a summary and the findings that matter most first, then
//! each statement with its speaker, the reconstructed reading, the apparatus (each place where
//! outlets differ, with the outlets behind each reading), its families, and each outlet's
//! words as a word diff against the reconstruction.
//!
//! In the word diff, `[-words-]` are the reconstruction's words this outlet lacks or replaced,
//! `{+words+}` this outlet's words the reconstruction lacks, `{~a -> b~}` the same words
//! written differently, `[…words…]` words this outlet does not quote at all, and `{…words…}`
//! words it quotes beyond the reconstruction. With colour (a terminal without `NO_COLOR`; anstream
//! strips it otherwise) deletions are red, insertions green, the rest dim.

use crate::compare::classify::{ChunkOp, Severity};
use crate::compare::{Comparison, Finding, Statement, Variant};
use crate::report::escape::Visible;
use crate::report::style::{count, Paint, BOLD, CYAN, DIM, GREEN, RED, YELLOW};
use crate::report::wrap::{Wrapped, DEFAULT_WIDTH};
use std::fmt::Write;

impl Paint {
    fn severity(&self, s: Severity) -> String {
        let style = match s {
            Severity::Critical => "\x1b[1;31m",
            Severity::Major => RED,
            Severity::Minor => YELLOW,
            Severity::Cosmetic => CYAN,
            Severity::None => GREEN,
        };
        self.on(style, s.name())
    }
}

/// The report; with `color`, ANSI styles (write it through anstream to drop them off a terminal).
/// Lines are wrapped to [`DEFAULT_WIDTH`] columns.
pub fn render(result: &Comparison, color: bool) -> String {
    let mut out = Vec::new();
    // Writing into memory cannot fail.
    let _ = write(result, color, DEFAULT_WIDTH, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Writes the report statement by statement, so that a corpus's report is never held whole
/// in memory, each line wrapped to `width` columns with a hanging indent and a rule between
/// statements.
pub fn write(
    result: &Comparison,
    color: bool,
    width: usize,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    // Bidirectional controls from the articles are named, not obeyed; then lines are wrapped
    // (the names take room too).
    let mut wrapped = Wrapped::new(w, width);
    let mut visible = Visible::new(&mut wrapped);
    let w: &mut dyn std::io::Write = &mut visible;
    let p = Paint { color };
    let rule = p.on(DIM, &"\u{2500}".repeat(width));
    w.write_all(header(result, &p).as_bytes())?;
    let mut out = String::new();
    for st in &result.statements {
        out.clear();
        let _ = write!(out, "\n{rule}");
        statement(&mut out, st, &p);
        w.write_all(out.as_bytes())?;
    }
    out.clear();
    for pr in &result.problems {
        let _ = writeln!(out, "\n{} {pr}", p.on(RED, "trouble:"));
    }
    w.write_all(out.as_bytes())?;
    w.flush()?;
    drop(visible);
    std::io::Write::flush(&mut wrapped)
}

/// The summary, the findings lead and the legend.
fn header(result: &Comparison, p: &Paint) -> String {
    let mut out = String::new();
    let s = &result.summary;
    let _ = writeln!(
        out,
        "{} {}, {}, {}; {} quoted in common",
        p.on(BOLD, "verbatim compare:"),
        count(s.articles, "article"),
        count(s.outlets, "outlet"),
        count(s.quotations, "quotation"),
        count(s.statements, "statement")
    );
    let d = &s.differences;
    let verdict = if s.failed {
        format!("reaches --fail-on {}", s.fail_on.name())
    } else {
        format!("below --fail-on {}", s.fail_on.name())
    };
    let _ = writeln!(
        out,
        "differences: {} critical, {} major, {} minor, {} cosmetic; worst: {} ({verdict})",
        d.critical,
        d.major,
        d.minor,
        d.cosmetic,
        p.severity(s.worst)
    );
    for a in &result.articles {
        let _ = writeln!(
            out,
            "  {} {} ({}; {})",
            p.on(BOLD, &a.outlet),
            a.path,
            a.outlet_from,
            count(a.quotations, "quotation")
        );
    }
    if !s.lead.is_empty() {
        let _ = writeln!(out, "{}", p.on(BOLD, "findings:"));
        for f in &s.lead {
            let _ = writeln!(
                out,
                "  {}  {} (statement {})",
                padded(p, f.severity),
                finding(f),
                f.statement
            );
        }
    }
    if !result.statements.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            p.on(DIM, "diff: [-reconstruction only-] {+this outlet only+} {~written differently~} […not quoted here…] {…beyond the reconstruction…}")
        );
    }
    out
}

/// A severity padded to the widest name (`critical`), the padding outside its colour, so that
/// the findings' words start in one column (and wrapped lines hang under them).
fn padded(p: &Paint, s: Severity) -> String {
    let pad = "critical".len().saturating_sub(s.name().len());
    format!("{}{}", p.severity(s), " ".repeat(pad))
}

/// A finding as a sentence: its outlets, then what they did.
pub fn finding(f: &Finding) -> String {
    if f.divided {
        return capitalise(&f.text);
    }
    format!("{} {}", join_outlets(&f.outlets), f.text)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// "A", "A and B", "A, B and 3 others".
pub fn join_outlets(outlets: &[String]) -> String {
    match outlets {
        [] => String::new(),
        [a] => a.clone(),
        [a, b] => format!("{a} and {b}"),
        [a, b, c] => format!("{a}, {b} and {c}"),
        [a, b, rest @ ..] => format!("{a}, {b} and {} others", rest.len()),
    }
}

fn statement(out: &mut String, st: &Statement, p: &Paint) {
    let who = st.speaker.as_deref().unwrap_or("unknown speaker");
    let _ = writeln!(
        out,
        "\n{} {} · {} · worst: {}",
        p.on(BOLD, &format!("Statement {}", st.id)),
        p.on(BOLD, who),
        count(st.variants.len(), "outlet"),
        p.severity(st.worst)
    );
    if let Some(t) = &st.translated {
        let lang = t
            .language
            .as_deref()
            .map(|l| format!(" from {l}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  translated{lang} ({}): differences in wording are translation variants",
            t.evidence
        );
    }
    let r = &st.reconstruction;
    let by = match (&r.outlet, r.by) {
        (Some(o), "chosen") => format!("{o}'s words where it quotes them, else the majority's"),
        _ => "each word as most outlets quote it".to_string(),
    };
    let _ = writeln!(out, "  reading ({by}):");
    let _ = writeln!(
        out,
        "    \u{201c}{}\u{201d}",
        r.text.trim_end_matches([',', ';', ':'])
    );
    if !st.apparatus.is_empty() {
        let _ = writeln!(out, "  apparatus (where outlets differ):");
        for place in &st.apparatus {
            let readings: Vec<String> = place
                .readings
                .iter()
                .map(|rd| {
                    let words = if rd.text.is_empty() {
                        "(nothing)".to_string()
                    } else {
                        format!("\u{201c}{}\u{201d}", rd.text)
                    };
                    format!("{words}: {}", join_outlets(&rd.outlets))
                })
                .collect();
            let tie = if place.divided { ", no majority" } else { "" };
            let _ = writeln!(
                out,
                "    {} ({}{tie}) {}",
                p.on(BOLD, &format!("\u{201c}{}\u{201d}", place.reading)),
                p.severity(place.severity),
                readings.join(" \u{b7} ")
            );
        }
    }
    for (k, fam) in st.families.iter().enumerate().filter(|(_, f)| f.len() > 1) {
        let names: Vec<&str> = fam
            .iter()
            .map(|&i| st.variants[i].outlet.as_str())
            .collect();
        let by = &st.family_readings[k];
        let defined = if by.is_empty() {
            String::new()
        } else {
            let words: Vec<String> = by.iter().map(|w| format!("\u{201c}{w}\u{201d}")).collect();
            format!(" \u{2014} sharing {}", words.join(", "))
        };
        let _ = writeln!(out, "  family {}: {}{defined}", k + 1, names.join(", "));
    }
    if !st.findings.is_empty() {
        let _ = writeln!(out, "  findings:");
        for f in &st.findings {
            let _ = writeln!(out, "    {}  {}", padded(p, f.severity), finding(f));
        }
    }
    for v in &st.variants {
        variant(out, v, p);
    }
}

fn variant(out: &mut String, v: &Variant, p: &Paint) {
    let classes: Vec<&str> = v.classes.iter().map(|c| c.name()).collect();
    let _ = writeln!(
        out,
        "  {} coverage {:.2}, fidelity {:.2}, {}: {}\n    at {}",
        p.on(BOLD, &v.outlet),
        v.coverage,
        v.fidelity,
        p.severity(v.worst),
        classes.join(", "),
        p.on(DIM, &v.place())
    );
    if v.worst <= Severity::Cosmetic
        && v.differences
            .iter()
            .all(|d| d.severity <= Severity::Cosmetic)
        && v.chunks.iter().all(|c| c.op == ChunkOp::Same)
    {
        return;
    }
    let mut line = String::new();
    for c in &v.chunks {
        let piece = match c.op {
            ChunkOp::Same => c.reference.clone(),
            ChunkOp::Cosmetic => p.on(CYAN, &format!("{{~{} -> {}~}}", c.reference, c.variant)),
            ChunkOp::Replace => format!(
                "{}{}",
                p.on(RED, &format!("[-{}-]", c.reference)),
                p.on(GREEN, &format!("{{+{}+}}", c.variant))
            ),
            ChunkOp::Delete => p.on(RED, &format!("[-{}-]", c.reference)),
            ChunkOp::Insert => p.on(GREEN, &format!("{{+{}+}}", c.variant)),
            ChunkOp::Unquoted => p.on(DIM, &format!("[\u{2026}{}\u{2026}]", c.reference)),
            ChunkOp::Extra => p.on(DIM, &format!("{{\u{2026}{}\u{2026}}}", c.variant)),
        };
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&piece);
    }
    let _ = writeln!(out, "    {line}");
    for d in &v.differences {
        // "cosmetic" is a class and a severity: said once.
        let class = if d.class.name() == d.severity.name() {
            String::new()
        } else {
            format!(" {}", d.class.name())
        };
        let _ = writeln!(out, "    - {}{class}: {}", p.severity(d.severity), d.note);
    }
}
