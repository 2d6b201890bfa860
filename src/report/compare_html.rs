//! The HTML report: one self-contained page an editor can open, print, or attach to a ticket.
//!
//! The page holds a summary table (each statement, its outlets and worst severity), the
//! differences by severity, the articles read, then one card (`<section>`) per statement: its
//! speaker, and each outlet's words with the reference's words it lacks in `<del>` and its
//! own in `<ins>`, its classes, a severity badge and its fidelity score, and the wording
//! families (outlets that quote the same words).
//!
//! It is built for the places a report goes (docs/HTML.md):
//!
//! - self-contained: the style is inline, there is no script and no request for anything (no
//!   font, image or stylesheet from elsewhere), so the file works offline and in a mail;
//! - safe: every piece of text from the articles goes through [`escape`], so a quotation
//!   holding `<script>` shows as those characters and never runs;
//! - accessible: semantic headings (`<h1>` page, `<h2>` statement, `<h3>` outlet), tables
//!   with `<caption>` and `<th scope>`, and colour is never the only signal: severities are
//!   written out on their badges, `<del>`/`<ins>` strike and underline, and screen readers
//!   are told "dropped:" and "added:" by hidden CSS text;
//! - readable on a phone (a `max-width: 600px` block stacks the tables) and in print (a
//!   `@media print` block drops the backgrounds and keeps each card on one page when it fits).
//!
//! ```
//! use verbatim::compare::{compare_inputs, Input, Options};
//! let a = Input::new("a.txt", "AP", "“We will never accept troops on our soil,” she said.");
//! let b = Input::new("b.txt", "<i>Reuters</i>", "“We will accept troops on our soil,” she said.");
//! let page = verbatim::report::compare_html::render(&compare_inputs(vec![a, b], &Options::default()));
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! assert!(page.contains("<del>never</del>"));
//! assert!(page.contains("&lt;i&gt;Reuters&lt;/i&gt;"));
//! assert!(!page.contains("<i>"));
//! ```

use crate::compare::classify::{ChunkOp, Severity};
use crate::compare::{Comparison, Statement, Variant};
use std::fmt::{self, Write};

/// Text made safe to put between tags or inside a quoted attribute value.
///
/// `&`, `<`, `>`, `"` and `'` become character references; control characters other than tab,
/// line feed and carriage return (which HTML does not allow in a document) become U+FFFD, so
/// that a stray byte in an article cannot make the page invalid.
///
/// ```
/// use verbatim::report::compare_html::escape;
/// assert_eq!(escape(r#""><img src=x onerror=alert(1)>"#), "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
/// ```
pub fn escape(s: &str) -> String {
    Escaped(s).to_string()
}

/// [`escape`] as a `Display`, to escape while writing: `write!(out, "<td>{}</td>", Escaped(name))`.
#[derive(Debug, Clone, Copy)]
pub struct Escaped<'a>(pub &'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
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
                _ => continue,
            };
            f.write_str(&s[plain..i])?;
            f.write_str(replacement)?;
            plain = i + c.len_utf8();
        }
        f.write_str(&s[plain..])
    }
}

/// The style of every verbatim page (compare and extract), inline so that the file needs
/// nothing else. Colours keep a contrast of 4.5:1 or more against their backgrounds.
pub(crate) const STYLE: &str = r#"
:root { color-scheme: light; --fg: #1b1b1b; --muted: #595959; --line: #cfcfcf; --card: #fafafa; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: var(--fg); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 62rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 0 0 .5rem; }
h3 { font-size: 1.05rem; margin: 0 0 .25rem; }
p { margin: .4rem 0; }
a { color: #1a4f8b; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0 1.5rem; }
caption { text-align: left; font-weight: 600; font-size: 1.05rem; padding-bottom: .35rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
thead th { border-bottom: 2px solid #8a8a8a; }
table.summary th[scope="row"] { white-space: nowrap; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
table.counts { width: auto; }
table.counts th, table.counts td { text-align: center; padding: .35rem 1rem; }
.path, code, .at { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85rem; overflow-wrap: anywhere; }
.at { white-space: nowrap; }
h2.name { overflow-wrap: anywhere; }
.statement, .document { border: 1px solid var(--line); border-radius: 6px; background: var(--card); padding: 1rem 1.25rem; margin: 1.5rem 0; }
.variant { border-top: 1px solid var(--line); margin-top: 1rem; padding-top: .75rem; }
.variant h3 .tag { font-weight: normal; color: var(--muted); font-size: .9rem; }
blockquote { margin: .5rem 0; padding: .5rem .8rem; background: #fff; border-left: 4px solid #8a8a8a; font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; overflow-wrap: anywhere; }
del { background: #fde3e1; color: #8a1111; text-decoration: line-through 2px; }
ins { background: #dcf3df; color: #0b5320; text-decoration: underline 2px; }
.cosmetic { border-bottom: 2px dotted #1e4f86; }
.was { font-family: system-ui, sans-serif; font-size: .8rem; color: var(--muted); }
.unquoted, .extra { font-family: system-ui, sans-serif; font-size: .85rem; font-style: italic; color: var(--muted); }
.sev { display: inline-block; padding: 0 .45em; border: 1px solid; border-radius: 3px; font: 600 .78rem/1.6 system-ui, sans-serif; letter-spacing: .03em; text-transform: uppercase; white-space: nowrap; vertical-align: .1em; }
.sev-critical { background: #7a0010; border-color: #7a0010; color: #fff; }
.sev-major { background: #b93a0b; border-color: #b93a0b; color: #fff; }
.sev-minor { background: #fef3c7; border-color: #b45309; color: #6b2f0a; }
.sev-cosmetic { background: #e3edf8; border-color: #1e4f86; color: #17365d; }
.sev-none { background: #e5f4e9; border-color: #15803d; color: #14532d; }
dl.facts { display: flex; flex-wrap: wrap; gap: .2rem 1.25rem; margin: .3rem 0; font-size: .92rem; }
dl.facts div { display: flex; gap: .35rem; }
dt { color: var(--muted); }
dd { margin: 0; }
ul.differences { margin: .4rem 0; padding-left: 1.2rem; font-size: .95rem; }
ul.differences li { margin: .2rem 0; }
.legend { font-size: .9rem; color: var(--muted); }
.nonspeech { color: var(--muted); }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
/* Screen readers do not announce <del> and <ins>: these words are read, not shown. */
del::before, del::after, ins::before, ins::after { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
del::before { content: " [dropped: "; }
ins::before { content: " [added: "; }
del::after, ins::after { content: "] "; }
@media (max-width: 600px) {
  body { font-size: 15px; }
  main { padding: .75rem; }
  h1 { font-size: 1.4rem; }
  .statement, .document { padding: .75rem; margin: 1rem 0; }
  table.counts { width: 100%; }
  table.counts th, table.counts td { padding: .3rem .1rem; }
  table.stack, table.stack caption, table.stack tbody { display: block; width: 100%; }
  table.stack caption, table.stack td { overflow-wrap: anywhere; }
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  table.stack tr { display: block; padding: .4rem 0; border-bottom: 1px solid var(--line); }
  table.stack th, table.stack td { display: block; border: 0; padding: .1rem 0; text-align: left; }
  table.stack td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font: .9rem system-ui, sans-serif; }
}
@media print {
  body { background: #fff; color: #000; font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .statement, .document { background: none; border-color: #999; break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  blockquote { background: none; }
  del, ins, .sev { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

/// Writes the page up to the opening of `<main>`.
pub(crate) fn open_page(out: &mut String, title: &str) {
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"verbatim\">\n<title>{}</title>\n<style>{STYLE}</style>\n\
         </head>\n<body>\n<main>\n",
        Escaped(title)
    );
}

/// Closes what [`open_page`] opened.
pub(crate) fn close_page(out: &mut String) {
    out.push_str("</main>\n</body>\n</html>\n");
}

/// `1 statement`, `2 statements`.
pub(crate) fn count(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// A severity badge: its name written out, coloured.
pub(crate) fn badge(s: Severity) -> String {
    format!("<span class=\"sev sev-{0}\">{0}</span>", s.name())
}

/// The page.
pub fn render(result: &Comparison) -> String {
    let mut out = String::new();
    let s = &result.summary;
    open_page(
        &mut out,
        &format!(
            "verbatim compare: {}, worst {}",
            count(s.statements, "statement"),
            s.worst.name()
        ),
    );
    out.push_str("<header>\n<h1>verbatim compare</h1>\n");
    let verdict = if s.failed { "reaches" } else { "is below" };
    let _ = writeln!(
        out,
        "<p>{} from {}, {}; <strong>{}</strong> quoted in common. Worst difference: {}, \
         which {verdict} <code>--fail-on {}</code>.</p>\n</header>",
        count(s.articles, "article"),
        count(s.outlets, "outlet"),
        count(s.quotations, "quotation"),
        count(s.statements, "statement"),
        badge(s.worst),
        s.fail_on.name()
    );
    summary_table(&mut out, result);
    counts_table(&mut out, result);
    articles_table(&mut out, result);
    if !result.statements.is_empty() {
        out.push_str(
            "<p class=\"legend\">In each outlet's words: <del>struck</del> words are the \
             reference's, which this outlet lacks or replaced; <ins>underlined</ins> words are \
             this outlet's own; <span class=\"cosmetic\">dotted</span> words are the same words \
             written differently; <span class=\"unquoted\">[not quoted here: …]</span> and \
             <span class=\"extra\">[only here: …]</span> mark words one side does not quote \
             at all.</p>\n",
        );
    }
    for st in &result.statements {
        statement(&mut out, st);
    }
    if !result.problems.is_empty() {
        out.push_str(
            "<section class=\"problems\" aria-labelledby=\"trouble\">\n<h2 id=\"trouble\">Trouble</h2>\n\
             <p>These inputs could not be used; the report covers the others.</p>\n<ul>\n",
        );
        for p in &result.problems {
            let _ = writeln!(out, "<li><code>{}</code></li>", Escaped(&p.to_string()));
        }
        out.push_str("</ul>\n</section>\n");
    }
    close_page(&mut out);
    out
}

fn speaker_name(st: &Statement) -> String {
    match &st.speaker {
        Some(name) => Escaped(name).to_string(),
        None => "<em>unknown speaker</em>".to_string(),
    }
}

/// Statements, their outlets and worst severity: the table of contents.
fn summary_table(out: &mut String, result: &Comparison) {
    if result.statements.is_empty() {
        out.push_str("<p>No statement is quoted by two articles or more.</p>\n");
        return;
    }
    out.push_str(
        "<table class=\"stack summary\">\n<caption>Statements quoted in common</caption>\n<thead>\
         <tr><th scope=\"col\">Statement</th><th scope=\"col\">Speaker</th>\
         <th scope=\"col\">Outlets</th><th scope=\"col\">Worst</th>\
         <th scope=\"col\" class=\"num\">Lowest fidelity</th></tr></thead>\n<tbody>\n",
    );
    for st in &result.statements {
        let outlets: Vec<String> = st
            .variants
            .iter()
            .map(|v| Escaped(&v.outlet).to_string())
            .collect();
        let lowest = st
            .variants
            .iter()
            .map(|v| v.fidelity)
            .fold(f64::INFINITY, f64::min);
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\"><a href=\"#statement-{0}\">Statement {0}</a></th>\
             <td data-label=\"Speaker\">{1}</td><td data-label=\"Outlets\">{2}</td>\
             <td data-label=\"Worst\">{3}</td><td data-label=\"Lowest fidelity\" class=\"num\">{4:.2}</td></tr>",
            st.id,
            speaker_name(st),
            outlets.join(", "),
            badge(st.worst),
            lowest
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

fn counts_table(out: &mut String, result: &Comparison) {
    let d = &result.summary.differences;
    out.push_str(
        "<table class=\"counts\">\n<caption>Differences by severity</caption>\n<thead><tr>",
    );
    for s in [
        Severity::Critical,
        Severity::Major,
        Severity::Minor,
        Severity::Cosmetic,
    ] {
        let _ = write!(out, "<th scope=\"col\" class=\"num\">{}</th>", badge(s));
    }
    let _ = writeln!(
        out,
        "</tr></thead>\n<tbody><tr><td class=\"num\">{}</td><td class=\"num\">{}</td>\
         <td class=\"num\">{}</td><td class=\"num\">{}</td></tr></tbody>\n</table>",
        d.critical, d.major, d.minor, d.cosmetic
    );
}

fn articles_table(out: &mut String, result: &Comparison) {
    out.push_str(
        "<table class=\"stack articles\">\n<caption>Articles</caption>\n<thead><tr>\
         <th scope=\"col\">Outlet</th><th scope=\"col\">Article</th>\
         <th scope=\"col\">Outlet named by</th><th scope=\"col\" class=\"num\">Quotations</th>\
         </tr></thead>\n<tbody>\n",
    );
    for a in &result.articles {
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td data-label=\"Article\" class=\"path\">{}</td>\
             <td data-label=\"Outlet named by\">{}</td><td data-label=\"Quotations\" class=\"num\">{}</td></tr>",
            Escaped(&a.outlet),
            Escaped(&a.path),
            a.outlet_from,
            a.quotations
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

fn statement(out: &mut String, st: &Statement) {
    let _ = writeln!(
        out,
        "<section class=\"statement\" id=\"statement-{0}\" aria-labelledby=\"statement-{0}-h\">\n\
         <h2 id=\"statement-{0}-h\">Statement {0}: {1} <span class=\"vh\">worst:</span> {2}</h2>",
        st.id,
        speaker_name(st),
        badge(st.worst)
    );
    if let Some(t) = &st.translated {
        let lang = t
            .language
            .as_deref()
            .map(|l| format!(" from {}", Escaped(l)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<p><strong>Translated{lang}</strong> ({}): differences in wording are translation variants.</p>",
            Escaped(&t.evidence)
        );
    }
    let families: Vec<String> = st
        .families
        .iter()
        .filter(|f| f.len() > 1)
        .map(|f| {
            let names: Vec<String> = f
                .iter()
                .map(|&i| Escaped(&st.variants[i].outlet).to_string())
                .collect();
            names.join(", ")
        })
        .collect();
    if families.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"families\">Wording families: none shared; each of the {} outlets quotes \
             its own words.</p>",
            st.variants.len()
        );
    } else {
        let _ = writeln!(
            out,
            "<p class=\"families\">Wording families (the same words, one wire copy): {}.</p>",
            families.join("; ")
        );
    }
    let _ = writeln!(
        out,
        "<article class=\"variant reference\">\n<h3>Reconstruction <span class=\"tag\">{} reading</span></h3>",
        st.reconstruction.by
    );
    let _ = writeln!(
        out,
        "<blockquote>\u{201c}{}\u{201d}</blockquote>\n</article>",
        Escaped(st.reconstruction.text.trim_end_matches([',', ';', ':']))
    );
    for v in st.variants.iter().filter(|v| v.coverage >= 0.0) {
        variant(out, st, v);
    }
    out.push_str("</section>\n");
}

/// Where the words are, who they are credited to, and how they fare.
fn facts(out: &mut String, st: &Statement, v: &Variant) {
    let at: Vec<String> = v
        .passages
        .iter()
        .map(|q| format!("{}:{}", q.line, q.column))
        .collect();
    let classes: Vec<&str> = v.classes.iter().map(|c| c.name()).collect();
    out.push_str("<dl class=\"facts\">");
    if v.coverage >= 0.0 {
        let _ = write!(
            out,
            "<div><dt>Fidelity</dt><dd>{:.2}</dd></div><div><dt>Classes</dt><dd>{}</dd></div>",
            v.fidelity,
            classes.join(", ")
        );
    }
    let kin: Vec<String> = st
        .families
        .get(v.family)
        .into_iter()
        .flatten()
        .map(|&i| &st.variants[i])
        .filter(|o| o.article != v.article)
        .map(|o| Escaped(&o.outlet).to_string())
        .collect();
    let shared = if kin.is_empty() {
        "its own words".to_string()
    } else {
        format!("the same words as {}", kin.join(", "))
    };
    let _ = write!(
        out,
        "<div><dt>Family</dt><dd>{} of {}, {shared}</dd></div>",
        v.family + 1,
        st.families.len()
    );
    if let Some(s) = &v.speaker {
        let _ = write!(
            out,
            "<div><dt>Credited to</dt><dd>{}</dd></div>",
            Escaped(s)
        );
    }
    let _ = writeln!(
        out,
        "<div><dt>Where</dt><dd class=\"path\">{}:{}</dd></div></dl>",
        Escaped(&v.path),
        at.join(",")
    );
}

fn variant(out: &mut String, st: &Statement, v: &Variant) {
    let _ = writeln!(
        out,
        "<article class=\"variant\">\n<h3>{} {}</h3>",
        Escaped(&v.outlet),
        badge(v.worst)
    );
    facts(out, st, v);
    let words: Vec<String> = v
        .chunks
        .iter()
        .map(|c| {
            let (r, w) = (Escaped(&c.reference), Escaped(&c.variant));
            match c.op {
                ChunkOp::Same => r.to_string(),
                ChunkOp::Cosmetic => format!(
                    "<span class=\"cosmetic\">{w}</span> <span class=\"was\">(reference: {r})</span>"
                ),
                ChunkOp::Replace => format!("<del>{r}</del> <ins>{w}</ins>"),
                ChunkOp::Delete => format!("<del>{r}</del>"),
                ChunkOp::Insert => format!("<ins>{w}</ins>"),
                ChunkOp::Unquoted => format!("<span class=\"unquoted\">[not quoted here: {r}]</span>"),
                ChunkOp::Extra => format!("<span class=\"extra\">[only here: {w}]</span>"),
            }
        })
        .collect();
    let _ = writeln!(out, "<blockquote>{}</blockquote>", words.join(" "));
    if !v.differences.is_empty() {
        out.push_str("<ul class=\"differences\">\n");
        for d in &v.differences {
            // "cosmetic" is a class and a severity: said once.
            let class = if d.class.name() == d.severity.name() {
                String::new()
            } else {
                format!(" {}", d.class.name())
            };
            let _ = writeln!(
                out,
                "<li>{}{class}: {}</li>",
                badge(d.severity),
                Escaped(&d.note)
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</article>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_table() {
        let rows = [
            ("plain words", "plain words"),
            ("", ""),
            ("a & b", "a &amp; b"),
            (
                "<script>alert(1)</script>",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
            ),
            (
                "\"><img onerror=alert(1)>",
                "&quot;&gt;&lt;img onerror=alert(1)&gt;",
            ),
            ("it's", "it&#39;s"),
            ("&amp;", "&amp;amp;"),
            ("“curly” é 中文 🙂", "“curly” é 中文 🙂"),
            ("tab\tline\nreturn\r", "tab\tline\nreturn\r"),
            (
                "nul\u{0}bell\u{7}del\u{7f}",
                "nul\u{fffd}bell\u{fffd}del\u{fffd}",
            ),
            ("\u{85}next line", "\u{fffd}next line"),
        ];
        for (input, want) in rows {
            assert_eq!(escape(input), want, "{input:?}");
        }
    }

    #[test]
    fn escaped_text_holds_no_markup_character() {
        let nasty: String = (0u32..0x300).filter_map(char::from_u32).collect();
        let e = escape(&nasty);
        assert!(!e.contains(['<', '>', '"', '\'']));
        // Every & starts one of the references escape writes.
        for (i, _) in e.match_indices('&') {
            let rest = &e[i..];
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]
                    .iter()
                    .any(|r| rest.starts_with(r)),
                "{rest:.10}"
            );
        }
    }

    #[test]
    fn badges_write_the_severity_out() {
        for s in [
            Severity::None,
            Severity::Cosmetic,
            Severity::Minor,
            Severity::Major,
            Severity::Critical,
        ] {
            assert!(badge(s).contains(&format!(">{}</span>", s.name())));
        }
    }
}
