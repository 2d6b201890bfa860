//! The Markdown report, for a pull request or a CMS note: the text report's content with
//! tables.
//!
//! A summary line and the differences by severity, the findings that lead (who changed what,
//! most severe first), the articles (with how many statements each quotes and its worst
//! difference), then each statement: its speaker, outlets and worst severity, the reconstructed
//! reading once, the apparatus as a table (each place where outlets differ, one row per
//! reading with how many outlets print it and which), the families of outlets that share
//! distinctive readings, its findings, and a table of its outlets (coverage, fidelity, worst,
//! classes, where). Outlets that quote the reading word for word take one line together; each
//! other outlet gets its words against the reading, `~~struck~~` the reading's words it lacks
//! and **bold** its own, and its differences.

use crate::compare::classify::{ChunkOp, Severity};
use crate::compare::{Comparison, Place, Statement, Variant};
use crate::report::compare_text::finding;
use crate::report::escape;
use crate::report::style::count;
use std::fmt::Write;

/// Markdown text ([`escape::markdown`]): markup escaped, line breaks as spaces,
/// bidirectional controls named.
fn esc(s: &str) -> String {
    escape::markdown(s)
}

/// A code span for a table cell ([`escape::code_span`]).
fn code(s: &str) -> String {
    escape::code_span(s, true)
}

/// A line that must not open a list: a leading `-`, `+` or `12.` is escaped.
fn not_a_list(line: String) -> String {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let after = line.as_bytes().get(digits).copied();
    if digits == 0 && matches!(after, Some(b'-' | b'+')) {
        format!("\\{line}")
    } else if digits > 0 && matches!(after, Some(b'.' | b')')) {
        format!("{}\\{}", &line[..digits], &line[digits..])
    } else {
        line
    }
}

/// Words in quotation marks, or *(nothing)* where there are none.
fn words(text: &str) -> String {
    if text.is_empty() {
        "*(nothing)*".to_string()
    } else {
        format!("\u{201c}{}\u{201d}", esc(text))
    }
}

/// The outlet quotes the reconstruction word for word, credited to the same speaker.
fn identical(v: &Variant) -> bool {
    v.differences.is_empty() && v.chunks.iter().all(|c| c.op == ChunkOp::Same)
}

fn places(n: usize) -> String {
    if n == 1 {
        "1 place".to_string()
    } else {
        format!("{n} places")
    }
}

pub fn render(result: &Comparison) -> String {
    let mut out = String::new();
    let s = &result.summary;
    let _ = writeln!(out, "# verbatim compare\n");
    let verdict = if s.failed { "reaches" } else { "is below" };
    let changed = match s.statements {
        0 => String::new(),
        n if s.changed == n => ", all with words changed beyond the cosmetic".to_string(),
        _ => format!(", {} with words changed beyond the cosmetic", s.changed),
    };
    let _ = writeln!(
        out,
        "{} from {}, {}; **{}** quoted in common{changed}. \
         Worst difference: **{}**, which {verdict} `--fail-on {}`.\n",
        count(s.articles, "article"),
        count(s.outlets, "outlet"),
        count(s.quotations, "quotation"),
        count(s.statements, "statement"),
        s.worst.name(),
        s.fail_on.name()
    );
    let d = &s.differences;
    let _ = writeln!(
        out,
        "| critical | major | minor | cosmetic |\n|---:|---:|---:|---:|"
    );
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |",
        d.critical, d.major, d.minor, d.cosmetic
    );
    lead(&mut out, result);
    articles(&mut out, result);
    for st in &result.statements {
        statement(&mut out, st);
    }
    if !result.problems.is_empty() {
        let _ = writeln!(out, "\n## Trouble\n");
        for p in &result.problems {
            let _ = writeln!(out, "- {}", esc(&p.to_string()));
        }
    }
    out
}

/// The findings that lead: who changed what, most severe first.
fn lead(out: &mut String, result: &Comparison) {
    if result.statements.is_empty() {
        let _ = writeln!(out, "\nNo statement is quoted by two articles or more.");
        return;
    }
    let _ = writeln!(out, "\n## Findings\n");
    let lead = &result.summary.lead;
    let total: usize = result.statements.iter().map(|st| st.findings.len()).sum();
    if lead.is_empty() {
        let _ = writeln!(
            out,
            "No outlet's words differ from the reading beyond the cosmetic or a shorter quotation."
        );
        return;
    }
    if lead.len() < total {
        let _ = writeln!(
            out,
            "The {} most severe of {total}, most severe first; each statement below lists its own.\n",
            lead.len()
        );
    }
    for (i, f) in lead.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}. **{}** {} (statement {})",
            i + 1,
            f.severity.name(),
            esc(&finding(f)),
            f.statement
        );
    }
}

/// The articles, with how many statements each quotes and its worst difference.
fn articles(out: &mut String, result: &Comparison) {
    let _ = writeln!(
        out,
        "\n## Articles\n\n| outlet | article | quotations | statements | worst |\n|---|---|---:|---:|---|"
    );
    for (i, a) in result.articles.iter().enumerate() {
        let quoted: Vec<&Variant> = result
            .statements
            .iter()
            .filter_map(|st| st.variants.iter().find(|v| v.article == i))
            .collect();
        let worst = quoted
            .iter()
            .map(|v| v.worst)
            .max()
            .map(Severity::name)
            .unwrap_or("");
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {worst} |",
            esc(&a.outlet),
            code(&a.path),
            a.quotations,
            quoted.len()
        );
    }
}

fn statement(out: &mut String, st: &Statement) {
    let who = st.speaker.as_deref().unwrap_or("unknown speaker");
    let _ = writeln!(out, "\n## Statement {}: {}\n", st.id, esc(who));
    let r = &st.reconstruction;
    let differ = match (st.apparatus.len(), r.divided) {
        (0, _) => "their words differ nowhere beyond the cosmetic".to_string(),
        (n, 0) => format!("outlets differ at {}", places(n)),
        (n, d) => format!("outlets differ at {}, {d} with no majority", places(n)),
    };
    let _ = writeln!(
        out,
        "{} outlets \u{b7} worst: **{}** \u{b7} {differ}\n",
        st.variants.len(),
        st.worst.name()
    );
    if let Some(t) = &st.translated {
        let lang = t
            .language
            .as_deref()
            .map(|l| format!(" from {}", esc(l)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "*Translated{lang}* ({}): differences in wording are translation variants.\n",
            esc(&t.evidence)
        );
    }
    let how = match (r.by, &r.outlet) {
        ("chosen", Some(o)) => format!(
            "{}'s words wherever it quotes them (the outlet chosen as reference), the majority's elsewhere",
            esc(o)
        ),
        _ => "each word as most outlets quote it".to_string(),
    };
    let _ = writeln!(out, "**Reading**, reconstructed from {how}:\n");
    let _ = writeln!(
        out,
        "> \u{201c}{}\u{201d}\n",
        esc(r.text.trim_end_matches([',', ';', ':']))
    );
    if r.divided > 0 {
        let _ = writeln!(
            out,
            "At {} no reading has a majority: the outlets differ there and none is blamed.\n",
            if r.divided == 1 {
                "one place".to_string()
            } else {
                format!("{} places", r.divided)
            }
        );
    }
    if !st.apparatus.is_empty() {
        let _ = writeln!(
            out,
            "**Apparatus**: where the outlets differ, each reading and the outlets that print it.\n\n\
             | place | reading | outlets | which |\n|---|---|---:|---|"
        );
        for (n, place) in st.apparatus.iter().enumerate() {
            place_rows(out, n + 1, place);
        }
        out.push('\n');
    }
    families(out, st);
    if !st.findings.is_empty() {
        let _ = writeln!(out, "**Findings**:\n");
        for f in &st.findings {
            let _ = writeln!(out, "- **{}** {}", f.severity.name(), esc(&finding(f)));
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "**Outlets**:\n\n| outlet | coverage | fidelity | worst | classes | where |\n\
         |---|---:|---:|---|---|---|"
    );
    for v in &st.variants {
        let classes: Vec<&str> = v.classes.iter().map(|c| c.name()).collect();
        let _ = writeln!(
            out,
            "| {} | {:.2} | {:.2} | {} | {} | {} |",
            esc(&v.outlet),
            v.coverage,
            v.fidelity,
            v.worst.name(),
            classes.join(", "),
            code(&v.place())
        );
    }
    let same: Vec<String> = st
        .variants
        .iter()
        .filter(|v| identical(v))
        .map(|v| esc(&v.outlet))
        .collect();
    if !same.is_empty() {
        let _ = writeln!(out, "\nThe reading word for word: {}.", same.join(", "));
    }
    for v in st.variants.iter().filter(|v| !identical(v)) {
        variant(out, st, v);
    }
}

/// One row per reading of a place; the place is named on its first.
fn place_rows(out: &mut String, n: usize, place: &Place) {
    let tie = if place.divided {
        ", **no majority**"
    } else {
        ""
    };
    let head = format!(
        "{n}. {} ({}{tie})",
        words(&place.reading),
        place.severity.name()
    );
    if place.readings.is_empty() {
        let _ = writeln!(out, "| {head} | | | |");
    }
    for (k, rd) in place.readings.iter().enumerate() {
        let first = if k == 0 { head.as_str() } else { "" };
        let reading = if rd.reconstruction {
            format!("**{}** (the reading)", words(&rd.text))
        } else {
            words(&rd.text)
        };
        let names: Vec<String> = rd.outlets.iter().map(|o| esc(o)).collect();
        let _ = writeln!(
            out,
            "| {first} | {reading} | {} | {} |",
            rd.variants.len(),
            names.join(", ")
        );
    }
}

/// Families of two outlets or more, and the readings they share.
fn families(out: &mut String, st: &Statement) {
    let mut any = false;
    for (k, fam) in st.families.iter().enumerate().filter(|(_, f)| f.len() > 1) {
        if !any {
            let _ = writeln!(
                out,
                "**Families** (outlets that share distinctive readings):\n"
            );
            any = true;
        }
        let names: Vec<String> = fam
            .iter()
            .filter_map(|&i| st.variants.get(i))
            .map(|v| esc(&v.outlet))
            .collect();
        let by: Vec<String> = st
            .family_readings
            .get(k)
            .into_iter()
            .flatten()
            .map(|w| format!("\u{201c}{}\u{201d}", esc(w)))
            .collect();
        let sharing = if by.is_empty() {
            String::new()
        } else {
            format!(" \u{2014} sharing {}", by.join(", "))
        };
        let _ = writeln!(out, "- Family {}: {}{sharing}", k + 1, names.join(", "));
    }
    if any {
        out.push('\n');
    }
}

fn variant(out: &mut String, st: &Statement, v: &Variant) {
    let _ = writeln!(out, "\n### {}: {}\n", esc(&v.outlet), v.worst.name());
    if let Some(s) = v
        .speaker
        .as_ref()
        .filter(|s| st.speaker.as_ref() != Some(s))
    {
        let _ = writeln!(out, "Credited to {}.\n", esc(s));
    }
    let words: Vec<String> = v
        .chunks
        .iter()
        .map(|c| match c.op {
            ChunkOp::Same => esc(&c.reference),
            ChunkOp::Cosmetic => format!("{} *({})*", esc(&c.variant), esc(&c.reference)),
            ChunkOp::Replace => format!("~~{}~~ **{}**", esc(&c.reference), esc(&c.variant)),
            ChunkOp::Delete => format!("~~{}~~", esc(&c.reference)),
            ChunkOp::Insert => format!("**{}**", esc(&c.variant)),
            ChunkOp::Unquoted => format!("*\\[not quoted: {}\\]*", esc(&c.reference)),
            ChunkOp::Extra => format!("*\\[only here: {}\\]*", esc(&c.variant)),
        })
        .collect();
    let _ = writeln!(out, "> {}\n", not_a_list(words.join(" ")));
    for d in &v.differences {
        // "cosmetic" is a class and a severity: said once.
        let class = if d.class.name() == d.severity.name() {
            String::new()
        } else {
            format!(" {}", d.class.name())
        };
        let _ = writeln!(out, "- **{}**{class}: {}", d.severity.name(), esc(&d.note));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apparatus_and_outlets_are_tables() {
        use crate::compare::{compare_inputs, Input, Options};
        let says =
            |w: &str| format!("\u{201c}We will {w}accept troops on our soil,\u{201d} she said.");
        let inputs = vec![
            Input::new("a.txt", "AP", &says("never ")),
            Input::new("b.txt", "Wire | Co", &says("")),
            Input::new("c.txt", "AFP", &says("never ")),
        ];
        let md = render(&compare_inputs(inputs, &Options::default()));
        // The apparatus: the reading's words with two outlets, the dropped word with one.
        assert!(md.contains("| place | reading | outlets | which |"), "{md}");
        assert!(
            md.contains("| **\u{201c}never\u{201d}** (the reading) | 2 | AP, AFP |"),
            "{md}"
        );
        assert!(md.contains("| *(nothing)* | 1 | Wire \\| Co |"), "{md}");
        // The outlets: a row each; the two that quote the reading word for word on one line,
        // the other with its words.
        assert_eq!(md.matches("| `a.txt:").count(), 1, "{md}");
        assert!(md.contains("The reading word for word: AP, AFP."), "{md}");
        assert!(md.contains("### Wire \\| Co: critical"), "{md}");
        assert!(md.contains("~~never~~"), "{md}");
        assert!(md.contains("1. **critical** Wire \\| Co dropped"), "{md}");
    }

    #[test]
    fn escapes_markup_and_line_breaks() {
        assert_eq!(esc("a|b *c* <d> &e"), "a\\|b \\*c\\* \\<d\\> \\&e");
        assert_eq!(esc("one\ntwo\r\n"), "one two  ");
        assert_eq!(code("a|b.txt"), "`a\\|b.txt`");
        assert_eq!(code("a`b"), "`` a`b ``");
        assert_eq!(not_a_list("- no".into()), "\\- no");
        assert_eq!(not_a_list("2024. Yes".into()), "2024\\. Yes");
        assert_eq!(not_a_list("2024 was".into()), "2024 was");
    }
}
