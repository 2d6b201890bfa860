//! The HTML report: one self-contained page an editor can open, print, or attach to a ticket.
//!
//! The page opens with what matters most and goes down to the words:
//!
//! 1. a summary line and the differences by severity;
//! 2. the findings that lead the comparison (who changed what), most severe first;
//! 3. a table of the statements (speaker, outlets, worst severity, places where outlets differ,
//!    lowest fidelity), and the **matrix**: one row per statement, one column per article, each
//!    cell the worst severity of that outlet's quotation (a short label and a colour, linking to
//!    the outlet's words), empty where the outlet does not quote the statement;
//! 4. the articles read;
//! 5. one card (`<section>`) per statement: its speaker, the reconstructed reading (each place
//!    where outlets differ marked and numbered), the **apparatus** (each place, each reading
//!    with how many outlets print it and which), the families of outlets that share distinctive
//!    readings, the statement's findings, and one card per outlet: coverage, fidelity, classes,
//!    where the words are, and its words against the reading with the reading's words it lacks
//!    in `<del>` and its own in `<ins>`, then its differences. An outlet that quotes the reading
//!    word for word takes one line.
//!
//! It is built for the places a report goes (docs/HTML.md):
//!
//! - self-contained: the style is inline, there is no script and no request for anything (no
//!   font, image or stylesheet from elsewhere), so the file works offline and in a mail;
//! - safe: every piece of text from the articles goes through [`escape`], so a quotation
//!   holding `<script>` shows as those characters and never runs;
//! - accessible: semantic headings (`<h1>` page, `<h2>` statement, `<h3>` its parts, `<h4>`
//!   outlet), tables with `<caption>` and `<th scope>`, and colour is never the only signal:
//!   severities are written out on their badges and matrix cells, `<del>`/`<ins>` strike and
//!   underline, and screen readers are told "dropped:" and "added:" by hidden CSS text;
//! - readable on a phone (a `max-width: 600px` block stacks the tables; the matrix scrolls
//!   sideways with its statement column fixed) and in print (a `@media print` block drops the
//!   backgrounds and keeps each card on one page when it fits).
//!
//! ```
//! use verbatim::compare::{compare_inputs, Input, Options};
//! let a = Input::new("a.txt", "AP", "“We will never accept troops on our soil,” she said.");
//! let b = Input::new("b.txt", "<i>Reuters</i>", "“We will accept troops on our soil,” she said.");
//! let c = Input::new("c.txt", "AFP", "“We will never accept troops on our soil,” she said.");
//! let page = verbatim::report::compare_html::render(&compare_inputs(vec![a, b, c], &Options::default()));
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! assert!(page.contains("<del>never</del>"));
//! assert!(page.contains("&lt;i&gt;Reuters&lt;/i&gt;"));
//! assert!(!page.contains("<i>"));
//! ```

use crate::compare::classify::{ChunkOp, Severity};
use crate::compare::{Comparison, Place, Statement, Variant};
use crate::report::compare_text::finding;
use crate::report::escape::{Attr, Bdi};
use std::fmt::Write;

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

/// [`escape`] as a `Display`, to escape while writing: `write!(out, "<td>{}</td>", Escaped(name))`
/// (the one HTML escaping of all reports, [`crate::report::escape::Html`]).
pub use crate::report::escape::Html as Escaped;

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
.ctl { font: .75rem ui-monospace, Menlo, Consolas, monospace; border: 1px solid #8a1111; border-radius: 2px; color: #8a1111; padding: 0 .15em; }
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

/// What only the compare page needs, after [`STYLE`]: the findings, the matrix, the marked
/// reading and the apparatus.
const COMPARE_STYLE: &str = r#"
ol.findings, ul.findings, ul.families { margin: .4rem 0 1rem; padding-left: 1.6rem; }
ol.findings li, ul.findings li, ul.families li { margin: .25rem 0; }
.findings .to { white-space: nowrap; font-size: .9rem; }
/* The matrix may use the room right of the column, up to the window's edge, then scrolls. */
.scroll { overflow-x: auto; width: max(100%, calc(50vw + 50% - 1.5rem)); margin: 1rem 0 .5rem; }
.scroll:focus { outline: 2px solid #1a4f8b; outline-offset: 2px; }
table.matrix { width: auto; margin: 0; }
table.matrix caption span { position: sticky; left: 0; display: inline-block; max-width: 90vw; }
table.matrix th, table.matrix td { padding: .2rem .1rem; }
table.matrix thead th { vertical-align: bottom; }
table.matrix th.outlet { font-weight: 600; font-size: .82rem; line-height: 1.2; }
table.matrix th.outlet span { display: inline-block; writing-mode: vertical-rl; transform: rotate(180deg); max-height: 13rem; overflow-wrap: anywhere; text-align: left; }
table.matrix th[scope="row"] { position: sticky; left: 0; z-index: 1; background: #fff; min-width: 8rem; max-width: 14rem; font-size: .9rem; }
table.matrix th[scope="row"] a { white-space: nowrap; }
table.matrix .who { display: block; color: var(--muted); font-size: .82rem; font-weight: normal; overflow-wrap: anywhere; }
table.matrix td { position: relative; text-align: center; vertical-align: middle; }
table.matrix td .sev { min-width: 2.5em; padding: 0 .3em; font-size: .7rem; text-align: center; text-decoration: none; }
table.matrix tbody tr:hover td, table.matrix tbody tr:hover th { background: #f1f1f1; }
.meta, .how { color: var(--muted); font-size: .95rem; }
.statement h3 { margin-top: 1.1rem; }
blockquote.reading { font-size: 1.1rem; }
mark.place { background: #fff1a8; color: inherit; padding: 0 .1em; }
mark.place.divided { background: #fff; outline: 2px dashed #8a6d00; outline-offset: -1px; }
sup.ref { font: 600 .7rem system-ui, sans-serif; }
sup.ref a { text-decoration: none; }
.tie { display: inline-block; font: 600 .78rem/1.6 system-ui, sans-serif; padding: 0 .4em; border: 1px dashed #8a6d00; border-radius: 3px; color: #5c4800; }
table.apparatus { font-size: .95rem; }
table.apparatus caption { font-weight: normal; font-size: .92rem; color: var(--muted); }
table.apparatus tbody { border-bottom: 2px solid #8a8a8a; }
table.apparatus th[scope="rowgroup"] { width: 32%; font-weight: normal; }
table.apparatus th[scope="rowgroup"] .n { font-weight: 700; margin-right: .3em; }
table.apparatus .words { font-family: Georgia, "Times New Roman", serif; overflow-wrap: anywhere; }
table.apparatus td.which { font-size: .9rem; }
.variant h4 { font-size: 1rem; margin: 0 0 .25rem; }
.variant.same { margin-top: .4rem; padding-top: .4rem; }
.variant.same h4, .variant.same p { display: inline; margin: 0; }
.variant.same p { color: var(--muted); font-size: .92rem; margin-left: .4rem; }
@media (max-width: 600px) {
  table.matrix th[scope="row"] { min-width: 6rem; max-width: 9rem; }
  table.apparatus th[scope="rowgroup"] { width: 100%; padding-top: .5rem; font-weight: 600; }
  .variant.same h4, .variant.same p { display: block; margin: 0; }
}
@media print {
  .scroll { overflow: visible; width: auto; }
  table.matrix { font-size: 7.5pt; }
  table.matrix th, table.matrix td { padding: .1rem .08rem; }
  table.matrix th[scope="row"] { position: static; min-width: 0; max-width: 7rem; }
  table.matrix td .sev { min-width: 0; padding: 0 .15em; font-size: 6.5pt; letter-spacing: 0; }
  mark.place, .tie { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

/// Writes the page up to the opening of `<main>`, with `extra` style after [`STYLE`].
pub(crate) fn open_page_styled(out: &mut String, title: &str, extra: &str) {
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"verbatim\">\n<title>{}</title>\n<style>{STYLE}{extra}</style>\n\
         </head>\n<body>\n<main>\n",
        Attr(title)
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

/// The label of a severity in a matrix cell, where 24 columns must fit.
fn short(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "crit",
        Severity::Major => "maj",
        Severity::Minor => "min",
        Severity::Cosmetic => "cos",
        Severity::None => "ok",
    }
}

/// The id of an outlet's card in a statement's section.
fn card_id(st: &Statement, v: &Variant) -> String {
    format!("statement-{}-outlet-{}", st.id, v.article + 1)
}

/// The outlet quotes the reconstruction word for word, credited to the same speaker.
fn identical(v: &Variant) -> bool {
    v.differences.is_empty() && v.chunks.iter().all(|c| c.op == ChunkOp::Same)
}

/// The outlet's worst differences all stand where no reading has a majority: nobody is blamed.
fn only_divided(v: &Variant) -> bool {
    let mut worst = v.differences.iter().filter(|d| d.severity == v.worst);
    v.worst > Severity::None && worst.clone().next().is_some() && worst.all(|d| d.divided)
}

/// The page.
pub fn render(result: &Comparison) -> String {
    let mut out = String::new();
    let s = &result.summary;
    open_page_styled(
        &mut out,
        &format!(
            "verbatim compare: {}, worst {}",
            count(s.statements, "statement"),
            s.worst.name()
        ),
        COMPARE_STYLE,
    );
    out.push_str("<header>\n<h1>verbatim compare</h1>\n");
    let verdict = if s.failed { "reaches" } else { "is below" };
    let changed = if s.statements == 0 {
        String::new()
    } else {
        format!(
            ", {} with words changed beyond the cosmetic",
            if s.changed == s.statements {
                "all".to_string()
            } else {
                s.changed.to_string()
            }
        )
    };
    let _ = writeln!(
        out,
        "<p>{} from {}, {}; <strong>{}</strong> quoted in common{changed}. Worst difference: {}, \
         which {verdict} <code>--fail-on {}</code>.</p>\n</header>",
        count(s.articles, "article"),
        count(s.outlets, "outlet"),
        count(s.quotations, "quotation"),
        count(s.statements, "statement"),
        badge(s.worst),
        s.fail_on.name()
    );
    counts_table(&mut out, result);
    lead(&mut out, result);
    summary_table(&mut out, result);
    matrix(&mut out, result);
    articles_table(&mut out, result);
    if !result.statements.is_empty() {
        out.push_str(
            "<p class=\"legend\">In each outlet's words: <del>struck</del> words are the \
             reading's, which this outlet lacks or replaced; <ins>underlined</ins> words are \
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
            let _ = writeln!(out, "<li><code>{}</code></li>", Bdi(&p.to_string()));
        }
        out.push_str("</ul>\n</section>\n");
    }
    close_page(&mut out);
    out
}

fn speaker_name(st: &Statement) -> String {
    match &st.speaker {
        Some(name) => Bdi(name).to_string(),
        None => "<em>unknown speaker</em>".to_string(),
    }
}

/// The findings that lead the comparison: who changed what, most severe first.
fn lead(out: &mut String, result: &Comparison) {
    if result.statements.is_empty() {
        return;
    }
    out.push_str("<section class=\"lead\" aria-labelledby=\"findings\">\n<h2 id=\"findings\">Findings</h2>\n");
    let lead = &result.summary.lead;
    let total: usize = result.statements.iter().map(|st| st.findings.len()).sum();
    if lead.is_empty() {
        out.push_str(
            "<p>No outlet's words differ from the reading beyond the cosmetic or a shorter \
             quotation.</p>\n</section>\n",
        );
        return;
    }
    let which = if lead.len() < total {
        format!(
            "The {} most severe of {total}, most severe first; each statement below lists its own.",
            lead.len()
        )
    } else {
        "Most severe first.".to_string()
    };
    let _ = writeln!(
        out,
        "<p class=\"legend\">{which}</p>\n<ol class=\"findings\">"
    );
    for f in lead {
        let _ = writeln!(
            out,
            "<li>{} {} (<a class=\"to\" href=\"#statement-{2}\">statement {2}</a>)</li>",
            badge(f.severity),
            Escaped(&finding(f)),
            f.statement
        );
    }
    out.push_str("</ol>\n</section>\n");
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
         <th scope=\"col\" class=\"num\">Outlets</th><th scope=\"col\">Worst</th>\
         <th scope=\"col\">Outlets differ at</th>\
         <th scope=\"col\" class=\"num\">Lowest fidelity</th></tr></thead>\n<tbody>\n",
    );
    for st in &result.statements {
        let lowest = st
            .variants
            .iter()
            .map(|v| v.fidelity)
            .fold(f64::INFINITY, f64::min);
        let places = match (st.apparatus.len(), st.reconstruction.divided) {
            (0, _) => "no place".to_string(),
            (n, 0) => count(n, "place"),
            (n, d) => format!("{}, {d} with no majority", count(n, "place")),
        };
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\"><a href=\"#statement-{0}\">Statement {0}</a></th>\
             <td data-label=\"Speaker\">{1}</td><td data-label=\"Outlets\" class=\"num\">{2}</td>\
             <td data-label=\"Worst\">{3}</td><td data-label=\"Outlets differ at\">{4}</td>\
             <td data-label=\"Lowest fidelity\" class=\"num\">{5:.2}</td></tr>",
            st.id,
            speaker_name(st),
            st.variants.len(),
            badge(st.worst),
            places,
            lowest
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

/// Statements by articles: each cell the worst severity of what that outlet quotes.
fn matrix(out: &mut String, result: &Comparison) {
    if result.statements.is_empty() {
        return;
    }
    out.push_str(
        "<div class=\"scroll\" role=\"region\" aria-labelledby=\"matrix\" tabindex=\"0\">\n\
         <table class=\"matrix\">\n<caption id=\"matrix\"><span>Statements by outlet: the worst \
         difference in each outlet's words</span></caption>\n<thead><tr><th scope=\"col\">Statement</th>",
    );
    for (i, a) in result.articles.iter().enumerate() {
        // Two articles of one outlet: the file names tell the columns apart.
        let twice = result
            .articles
            .iter()
            .enumerate()
            .any(|(j, b)| j != i && b.outlet == a.outlet);
        let file = if twice {
            let name = a.path.rsplit(['/', '\\']).next().unwrap_or(&a.path);
            format!(" ({})", Bdi(name))
        } else {
            String::new()
        };
        let _ = write!(
            out,
            "<th scope=\"col\" class=\"outlet\"><span>{}{file}</span></th>",
            Bdi(&a.outlet)
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for st in &result.statements {
        let _ = write!(
            out,
            "<tr><th scope=\"row\"><a href=\"#statement-{0}\">Statement {0}</a> <span class=\"who\">{1}</span></th>",
            st.id,
            speaker_name(st)
        );
        for i in 0..result.articles.len() {
            let Some(v) = st.variants.iter().find(|v| v.article == i) else {
                out.push_str("<td class=\"absent\"><span class=\"vh\">not quoted</span></td>");
                continue;
            };
            let (star, why) = if only_divided(v) {
                ("*", ", where the outlets are divided")
            } else {
                ("", "")
            };
            let _ = write!(
                out,
                "<td><a class=\"sev sev-{0}\" href=\"#{1}\"><span aria-hidden=\"true\">{2}{star}</span>\
                 <span class=\"vh\">{0}{why}</span></a></td>",
                v.worst.name(),
                card_id(st, v),
                short(v.worst)
            );
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</div>\n");
    out.push_str(
        "<p class=\"legend\">Each cell links to the outlet's words. CRIT critical, MAJ major, \
         MIN minor, COS cosmetic, OK the same words; * the outlet's worst differences are all \
         where no reading has a majority, so no outlet is blamed for them; an empty cell: the \
         outlet does not quote the statement.</p>\n",
    );
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
            Bdi(&a.outlet),
            Bdi(&a.path),
            a.outlet_from,
            a.quotations
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

/// Outlets as links to their cards in the statement's section.
fn outlet_links(st: &Statement, variants: &[usize]) -> String {
    let links: Vec<String> = variants
        .iter()
        .filter_map(|&i| st.variants.get(i))
        .map(|v| format!("<a href=\"#{}\">{}</a>", card_id(st, v), Bdi(&v.outlet)))
        .collect();
    links.join(", ")
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
    let r = &st.reconstruction;
    let differ = match (st.apparatus.len(), r.divided) {
        (0, _) => "their words differ nowhere beyond the cosmetic".to_string(),
        (n, 0) => format!("they differ at {}", count(n, "place")),
        (n, d) => format!("they differ at {}, {d} with no majority", count(n, "place")),
    };
    let _ = writeln!(
        out,
        "<p class=\"meta\">Quoted by {}; {differ}.</p>",
        count(st.variants.len(), "outlet")
    );
    if let Some(t) = &st.translated {
        let lang = t
            .language
            .as_deref()
            .map(|l| format!(" from {}", Bdi(l)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<p><strong>Translated{lang}</strong> ({}): differences in wording are translation variants.</p>",
            Escaped(&t.evidence)
        );
    }
    reading(out, st);
    apparatus(out, st);
    families(out, st);
    if !st.findings.is_empty() {
        out.push_str("<h3>Findings</h3>\n<ul class=\"findings\">\n");
        for f in &st.findings {
            let _ = writeln!(
                out,
                "<li>{} {}</li>",
                badge(f.severity),
                Escaped(&finding(f))
            );
        }
        out.push_str("</ul>\n");
    }
    let _ = writeln!(out, "<h3>Outlets</h3>");
    for v in &st.variants {
        variant(out, st, v);
    }
    out.push_str("</section>\n");
}

/// The reconstructed reading, once, with each place of the apparatus marked and numbered.
fn reading(out: &mut String, st: &Statement) {
    let r = &st.reconstruction;
    let how = match (r.by, &r.outlet) {
        ("chosen", Some(o)) => format!(
            "{}'s words wherever it quotes them (the outlet chosen as reference), the \
             majority's elsewhere",
            Bdi(o)
        ),
        _ => "each word as most outlets quote it".to_string(),
    };
    let _ = writeln!(
        out,
        "<h3>Reading</h3>\n<p class=\"how\">Reconstructed from {how}.</p>"
    );
    let text = r.text.trim_end_matches([',', ';', ':']);
    let mut marked = String::new();
    let mut at = 0;
    for (n, place) in st.apparatus.iter().enumerate() {
        let start = place.start.min(text.len());
        // Where the reconstruction has no words, the place is a point: words put in there.
        let end = if place.reading.is_empty() {
            start
        } else {
            place.end.min(text.len())
        };
        if start < at || end < start || !text.is_char_boundary(start) || !text.is_char_boundary(end)
        {
            continue;
        }
        let _ = write!(marked, "{}", Escaped(&text[at..start]));
        let tie = if place.divided { " divided" } else { "" };
        if start < end {
            let _ = write!(
                marked,
                "<mark class=\"place{tie}\">{}</mark>",
                Escaped(&text[start..end])
            );
        }
        let _ = write!(
            marked,
            "<sup class=\"ref\"><a href=\"#statement-{}-place-{}\"><span class=\"vh\">place </span>{}</a></sup>",
            st.id,
            n + 1,
            n + 1
        );
        at = end;
    }
    let _ = write!(marked, "{}", Escaped(&text[at..]));
    let _ = writeln!(
        out,
        "<blockquote class=\"reading\" dir=\"auto\">\u{201c}{marked}\u{201d}</blockquote>"
    );
    if r.divided > 0 {
        let _ = writeln!(
            out,
            "<p class=\"how\">At {} no reading has a majority (<mark class=\"place divided\">framed</mark>): \
             the outlets differ there and none is blamed.</p>",
            if r.divided == 1 {
                "one place".to_string()
            } else {
                format!("{} places", r.divided)
            }
        );
    }
}

/// The words of a reading, or "(nothing)" where there are none.
fn words(text: &str) -> String {
    if text.is_empty() {
        "<em>(nothing)</em>".to_string()
    } else {
        format!("\u{201c}{}\u{201d}", Bdi(text))
    }
}

/// Each place where outlets differ, each reading and the outlets behind it.
fn apparatus(out: &mut String, st: &Statement) {
    if st.apparatus.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<h3>Apparatus</h3>\n<table class=\"stack apparatus\">\n<caption>Where the outlets \
         differ in statement {}: each reading and the outlets that print it</caption>\n\
         <thead><tr><th scope=\"col\">Place</th><th scope=\"col\">Reading</th>\
         <th scope=\"col\" class=\"num\">Outlets</th><th scope=\"col\">Which</th></tr></thead>",
        st.id
    );
    for (n, place) in st.apparatus.iter().enumerate() {
        place_rows(out, st, n + 1, place);
    }
    out.push_str("</table>\n");
}

fn place_rows(out: &mut String, st: &Statement, n: usize, place: &Place) {
    let tie = if place.divided {
        " <span class=\"tie\">no majority</span>"
    } else {
        ""
    };
    let _ = write!(out, "<tbody id=\"statement-{}-place-{n}\">", st.id);
    for (k, rd) in place.readings.iter().enumerate() {
        out.push_str("<tr>");
        if k == 0 {
            let _ = write!(
                out,
                "<th scope=\"rowgroup\" rowspan=\"{}\"><span class=\"n\">{n}</span> \
                 <span class=\"words\">{}</span> {}{tie}</th>",
                place.readings.len(),
                words(&place.reading),
                badge(place.severity)
            );
        }
        let mine = if rd.reconstruction {
            format!(
                "<strong class=\"words\">{}</strong> (the reading)",
                words(&rd.text)
            )
        } else {
            format!("<span class=\"words\">{}</span>", words(&rd.text))
        };
        let _ = write!(
            out,
            "<td data-label=\"Reading\">{mine}</td><td data-label=\"Outlets\" class=\"num\">{}</td>\
             <td data-label=\"Which\" class=\"which\">{}</td></tr>",
            rd.variants.len(),
            outlet_links(st, &rd.variants)
        );
    }
    if place.readings.is_empty() {
        let _ = write!(
            out,
            "<tr><th scope=\"rowgroup\"><span class=\"n\">{n}</span> <span class=\"words\">{}</span> {}{tie}</th>\
             <td></td><td></td><td></td></tr>",
            words(&place.reading),
            badge(place.severity)
        );
    }
    out.push_str("</tbody>\n");
}

/// Families of two outlets or more, and the readings they share.
fn families(out: &mut String, st: &Statement) {
    let shared: Vec<(usize, &Vec<usize>)> = st
        .families
        .iter()
        .enumerate()
        .filter(|(_, f)| f.len() > 1)
        .collect();
    if shared.is_empty() {
        return;
    }
    out.push_str(
        "<h3>Families</h3>\n<p class=\"how\">Outlets that share distinctive readings: one copy \
         and its reprints.</p>\n<ul class=\"families\">\n",
    );
    for (k, fam) in shared {
        let by: Vec<String> = st
            .family_readings
            .get(k)
            .into_iter()
            .flatten()
            .map(|w| format!("\u{201c}{}\u{201d}", Bdi(w)))
            .collect();
        let sharing = if by.is_empty() {
            String::new()
        } else {
            format!(" \u{2014} sharing {}", by.join(", "))
        };
        let _ = writeln!(
            out,
            "<li>Family {}: {}{sharing}</li>",
            k + 1,
            outlet_links(st, fam)
        );
    }
    out.push_str("</ul>\n");
}

/// Where the words are, who they are credited to, and how they fare.
fn facts(out: &mut String, st: &Statement, v: &Variant) {
    let classes: Vec<&str> = v.classes.iter().map(|c| c.name()).collect();
    let _ = write!(
        out,
        "<dl class=\"facts\"><div><dt>Coverage</dt><dd>{:.2}</dd></div>\
         <div><dt>Fidelity</dt><dd>{:.2}</dd></div><div><dt>Classes</dt><dd>{}</dd></div>",
        v.coverage,
        v.fidelity,
        classes.join(", ")
    );
    if let Some(fam) = st.families.get(v.family).filter(|f| f.len() > 1) {
        let kin: Vec<usize> = fam
            .iter()
            .copied()
            .filter(|&i| st.variants.get(i).is_some_and(|o| o.article != v.article))
            .collect();
        let _ = write!(
            out,
            "<div><dt>Family</dt><dd>{}, with {}</dd></div>",
            v.family + 1,
            outlet_links(st, &kin)
        );
    }
    if let Some(s) = v
        .speaker
        .as_ref()
        .filter(|s| st.speaker.as_ref() != Some(s))
    {
        let _ = write!(out, "<div><dt>Credited to</dt><dd>{}</dd></div>", Bdi(s));
    }
    let _ = writeln!(
        out,
        "<div><dt>Where</dt><dd class=\"path\">{}</dd></div></dl>",
        Bdi(&v.place())
    );
}

fn variant(out: &mut String, st: &Statement, v: &Variant) {
    if identical(v) {
        let _ = writeln!(
            out,
            "<article class=\"variant same\" id=\"{}\">\n<h4>{} {}</h4>\
             <p>the reading word for word \u{b7} coverage {:.2} \u{b7} fidelity {:.2} \u{b7} \
             <span class=\"path\">{}</span></p>\n</article>",
            card_id(st, v),
            Bdi(&v.outlet),
            badge(v.worst),
            v.coverage,
            v.fidelity,
            Bdi(&v.place())
        );
        return;
    }
    let _ = writeln!(
        out,
        "<article class=\"variant\" id=\"{}\">\n<h4>{} {}</h4>",
        card_id(st, v),
        Bdi(&v.outlet),
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
                    "<span class=\"cosmetic\">{w}</span> <span class=\"was\">(reading: {r})</span>"
                ),
                ChunkOp::Replace => format!("<del>{r}</del> <ins>{w}</ins>"),
                ChunkOp::Delete => format!("<del>{r}</del>"),
                ChunkOp::Insert => format!("<ins>{w}</ins>"),
                ChunkOp::Unquoted => {
                    format!("<span class=\"unquoted\">[not quoted here: {r}]</span>")
                }
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
