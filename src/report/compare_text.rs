//! The text report, for a terminal: a summary first, then each statement with its speaker,
//! its reference reading, and each other outlet's words as a word diff against it.
//!
//! In the word diff, `[-words-]` are the reference's words this outlet lacks or replaced,
//! `{+words+}` this outlet's words the reference lacks, `{~a -> b~}` the same words written
//! differently, `[…words…]` reference words this outlet does not quote at all, and `{…words…}`
//! words it quotes beyond the reference. With colour (a terminal without `NO_COLOR`; anstream
//! strips it otherwise) deletions are red, insertions green, the rest dim.

use crate::compare::classify::{ChunkOp, Severity};
use crate::compare::{Comparison, Statement, Variant};
use std::fmt::Write;

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const YELLOW: &str = "\x1b[33m";
const CYAN: &str = "\x1b[36m";

struct Paint {
    color: bool,
}

impl Paint {
    fn on(&self, style: &str, s: &str) -> String {
        if self.color && !s.is_empty() {
            format!("{style}{s}{RESET}")
        } else {
            s.to_string()
        }
    }

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
pub fn render(result: &Comparison, color: bool) -> String {
    let p = Paint { color };
    let mut out = String::new();
    let s = &result.summary;
    let _ = writeln!(
        out,
        "{} {} articles, {} outlets, {} quotations; {} statements quoted in common",
        p.on(BOLD, "verbatim compare:"),
        s.articles,
        s.outlets,
        s.quotations,
        s.statements
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
            "  {} {} ({}; {} quotations)",
            p.on(BOLD, &a.outlet),
            a.path,
            a.outlet_from,
            a.quotations
        );
    }
    if !result.statements.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            p.on(DIM, "diff: [-reference only-] {+this outlet only+} {~written differently~} […not quoted here…] {…beyond the reference…}")
        );
    }
    for st in &result.statements {
        statement(&mut out, st, &p);
    }
    for pr in &result.problems {
        let _ = writeln!(out, "\n{} {pr}", p.on(RED, "trouble:"));
    }
    out
}

fn statement(out: &mut String, st: &Statement, p: &Paint) {
    let who = st.speaker.as_deref().unwrap_or("unknown speaker");
    let outlets: Vec<&str> = st.variants.iter().map(|v| v.outlet.as_str()).collect();
    let _ = writeln!(
        out,
        "\n{} {} · {} · worst: {}",
        p.on(BOLD, &format!("Statement {}", st.id)),
        p.on(BOLD, who),
        outlets.join(", "),
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
    for fam in st.families.iter().filter(|f| f.len() > 1) {
        let names: Vec<&str> = fam
            .iter()
            .map(|&i| st.variants[i].outlet.as_str())
            .collect();
        let _ = writeln!(out, "  one wording (a family): {}", names.join(", "));
    }
    let r = &st.variants[st.reference];
    let _ = writeln!(
        out,
        "  reference: {} ({} reading) {}",
        p.on(BOLD, &r.outlet),
        st.reference_by,
        r.place()
    );
    let _ = writeln!(
        out,
        "    \u{201c}{}\u{201d}",
        r.text.trim_end_matches([',', ';', ':'])
    );
    for v in st.variants.iter().filter(|v| !v.is_reference) {
        variant(out, v, p);
    }
}

fn variant(out: &mut String, v: &Variant, p: &Paint) {
    let classes: Vec<&str> = v.classes.iter().map(|c| c.name()).collect();
    let _ = writeln!(
        out,
        "  {} fidelity {:.2}, {}: {} {}",
        p.on(BOLD, &v.outlet),
        v.score,
        p.severity(v.worst),
        classes.join(", "),
        p.on(DIM, &v.place())
    );
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
