//! The Markdown report, for a pull request or a CMS note: the text report's content with
//! tables, `~~struck~~` words the outlet lacks and **bold** words it adds.

use crate::compare::classify::ChunkOp;
use crate::compare::{Comparison, Statement, Variant};
use std::fmt::Write;

/// Escapes what Markdown would read as formatting.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|' | '~' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub fn render(result: &Comparison) -> String {
    let mut out = String::new();
    let s = &result.summary;
    let _ = writeln!(out, "# verbatim compare\n");
    let verdict = if s.failed { "reaches" } else { "is below" };
    let _ = writeln!(
        out,
        "{} articles from {} outlets, {} quotations; **{} statements** quoted in common. \
         Worst difference: **{}**, which {verdict} `--fail-on {}`.\n",
        s.articles,
        s.outlets,
        s.quotations,
        s.statements,
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
        "| {} | {} | {} | {} |\n",
        d.critical, d.major, d.minor, d.cosmetic
    );
    let _ = writeln!(out, "| outlet | article | quotations |\n|---|---|---:|");
    for a in &result.articles {
        let _ = writeln!(
            out,
            "| {} | `{}` | {} |",
            esc(&a.outlet),
            a.path,
            a.quotations
        );
    }
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

fn statement(out: &mut String, st: &Statement) {
    let who = st.speaker.as_deref().unwrap_or("unknown speaker");
    let _ = writeln!(
        out,
        "\n## Statement {}: {} (worst: {})\n",
        st.id,
        esc(who),
        st.worst.name()
    );
    if let Some(t) = &st.translated {
        let lang = t
            .language
            .as_deref()
            .map(|l| format!(" from {l}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "*Translated{lang}* ({}): differences in wording are translation variants.\n",
            esc(&t.evidence)
        );
    }
    let _ = writeln!(out, "> {}\n", esc(&st.reconstruction.text));
    let _ = writeln!(
        out,
        "| outlet | fidelity | worst | classes | family |\n|---|---:|---|---|---:|"
    );
    for v in &st.variants {
        let classes: Vec<&str> = v.classes.iter().map(|c| c.name()).collect();
        let name = if false {
            format!("{} (reference)", esc(&v.outlet))
        } else {
            esc(&v.outlet)
        };
        let _ = writeln!(
            out,
            "| {name} | {:.2} | {} | {} | {} |",
            v.fidelity,
            v.worst.name(),
            classes.join(", "),
            v.family + 1
        );
    }
    for v in st.variants.iter().filter(|v| v.coverage >= 0.0) {
        variant(out, v);
    }
}

fn variant(out: &mut String, v: &Variant) {
    let _ = writeln!(
        out,
        "\n### {} (fidelity {:.2}, {})\n",
        esc(&v.outlet),
        v.fidelity,
        v.worst.name()
    );
    let _ = writeln!(
        out,
        "`{}`{}\n",
        v.place(),
        v.speaker
            .as_deref()
            .map(|s| format!(", credited to {}", esc(s)))
            .unwrap_or_default()
    );
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
    let _ = writeln!(out, "> {}\n", words.join(" "));
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
