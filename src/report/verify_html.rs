//! The HTML report of `verbatim verify`: one self-contained page an editor can open, print,
//! or attach to a ticket, each quotation beside what the source says.
//!
//! The page opens with the summary and goes down to the words:
//!
//! 1. a summary line (quotations, articles, sources, how many are not verbatim, whether a
//!    verdict reaches `--fail-on`), the count of each verdict as a coloured badge, and how
//!    many quotations were not checked (credited to nobody who speaks in the sources);
//! 2. the sources (file; kind, and the encoding when not UTF-8; speakers as labelled; words)
//!    and the articles (how many quotations each, and a small badge per quotation with its
//!    number and verdict, linking to its card);
//! 3. one `<section>` per article, and in it one card per quotation, in article order
//!    (`<article id="q-N" data-verdict="…">`, N its number through the report):
//!    - the verdict as a badge (`verdict-verbatim`, `verdict-altered`, `verdict-context`,
//!      `verdict-spliced`, `verdict-misattributed`, `verdict-not_found`), with the worst
//!      severity for `altered`, and the speaker the article credits;
//!    - the article's quotation (`file:line:column`) **beside** the source passage
//!      (`file:line`, the time of its cue, who says it there; for `not_found` the nearest
//!      passage), side by side on a wide screen and one above the other on a phone; a
//!      quotation found in pieces (an ellipsis, a splice) lists each piece's passage;
//!    - the word diff against the source: the source's words left out or replaced in
//!      `<del>`, the article's own in `<ins>`, the same words written differently dotted
//!      (the source's spelling after them), `[…]` where two places of the source are joined;
//!    - for `context`, the whole source sentence with the words left out marked;
//!    - each difference with its severity and class, whether the source is a translation,
//!      and the note;
//! 4. the inputs that could not be read, when there are any.
//!
//! Like the compare page (docs/HTML.md) it is self-contained (inline style, no script, no
//! request for anything), safe (every piece of text from the articles and sources is escaped,
//! `&<>"'` as character references, control characters as U+FFFD) and accessible (headings,
//! tables with captions and scopes, verdicts written on their badges, hidden "dropped:" and
//! "added:" around `<del>` and `<ins>` for screen readers). Text from the inputs is isolated
//! (`dir="auto"` on quotations, `<bdi>` around names and paths), so right-to-left words do not
//! reorder the page's own, and the bidirectional controls that could (embeddings, overrides,
//! isolates such as U+202E) are shown by name instead of acting.
//!
//! ```
//! use verbatim::verify::verify_texts;
//! let source = "MS. RUIZ: We will not close the port. It stays open.\n";
//! let article = "“We will close the <b>port</b>,” Elena Ruiz said.";
//! let result = verify_texts(&[("debate.txt", source, None)], &[("a.txt", article)]);
//! let page = verbatim::report::verify_html::render(&result);
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! assert!(page.contains("id=\"q-1\" data-verdict=\"altered\""));
//! assert!(page.contains("<del>not</del>"));
//! assert!(page.contains("&lt;b&gt;port&lt;/b&gt;"));
//! assert!(!page.contains("<b>"));
//! ```

use crate::compare::classify::{ChunkOp, Severity};
use crate::report::escape::{Bdi, Html as Text};
use crate::report::style::{count, thousands};
use crate::verify::{Checked, Passage, Verdict, Verification};
use std::fmt::Write;

/// The style, inline so that the file needs nothing else. Colours keep a contrast of 4.5:1 or
/// more against their backgrounds.
const STYLE: &str = r#"
:root { color-scheme: light; --fg: #1b1b1b; --muted: #595959; --line: #cfcfcf; --card: #fafafa; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: var(--fg); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 68rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 2rem 0 .5rem; overflow-wrap: anywhere; }
h3 { font-size: 1.05rem; margin: 0 0 .5rem; display: flex; flex-wrap: wrap; align-items: baseline; gap: .2rem .6rem; }
p { margin: .4rem 0; }
a { color: #1a4f8b; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0 1.5rem; }
caption { text-align: left; font-weight: 600; font-size: 1.05rem; padding-bottom: .35rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
thead th { border-bottom: 2px solid #8a8a8a; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.path, code, .at { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85rem; overflow-wrap: anywhere; }
.legend, .meta { font-size: .9rem; color: var(--muted); }
.verdict { display: inline-block; padding: 0 .45em; border: 1px solid; border-radius: 3px; font: 600 .8rem/1.6 system-ui, sans-serif; letter-spacing: .03em; text-transform: uppercase; white-space: nowrap; text-decoration: none; }
.verdict-verbatim { background: #e5f4e9; border-color: #15803d; color: #14532d; }
.verdict-altered { background: #fef3c7; border-color: #b45309; color: #6b2f0a; }
.verdict-context { background: #5b21b6; border-color: #5b21b6; color: #fff; }
.verdict-spliced { background: #b93a0b; border-color: #b93a0b; color: #fff; }
.verdict-misattributed { background: #7a0010; border-color: #7a0010; color: #fff; }
.verdict-not_found { background: #27272a; border-color: #27272a; color: #fff; }
.sev { display: inline-block; padding: 0 .45em; border: 1px solid; border-radius: 3px; font: 600 .72rem/1.6 system-ui, sans-serif; letter-spacing: .03em; text-transform: uppercase; white-space: nowrap; }
.sev-critical { background: #7a0010; border-color: #7a0010; color: #fff; }
.sev-major { background: #b93a0b; border-color: #b93a0b; color: #fff; }
.sev-minor { background: #fef3c7; border-color: #b45309; color: #6b2f0a; }
.sev-cosmetic { background: #e3edf8; border-color: #1e4f86; color: #17365d; }
.sev-none { background: #e5f4e9; border-color: #15803d; color: #14532d; }
ul.counts { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; padding: 0; margin: 1rem 0; }
ul.counts li { display: flex; align-items: baseline; gap: .4rem; }
ul.counts strong { font-size: 1.3rem; font-variant-numeric: tabular-nums; }
ul.counts li.none { opacity: .75; }
.marks { display: flex; flex-wrap: wrap; gap: .25rem; }
.marks .verdict { font-size: .72rem; }
section.article { margin: 2rem 0; }
h2.path { font-size: 1.1rem; }
article.card { border: 1px solid var(--line); border-left: 6px solid #8a8a8a; border-radius: 6px; background: var(--card); padding: 1rem 1.25rem; margin: 1rem 0; }
article.card[data-verdict="verbatim"] { border-left-color: #15803d; }
article.card[data-verdict="altered"] { border-left-color: #b45309; }
article.card[data-verdict="context"] { border-left-color: #5b21b6; }
article.card[data-verdict="spliced"] { border-left-color: #b93a0b; }
article.card[data-verdict="misattributed"] { border-left-color: #7a0010; }
article.card[data-verdict="not_found"] { border-left-color: #27272a; }
h3 .n { color: var(--muted); font-weight: normal; }
h3 .who { font-weight: 600; }
.sides { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: .5rem 1.25rem; }
.side h4 { font-size: .8rem; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: .25rem 0 0; }
.side .at { display: block; }
blockquote { margin: .35rem 0; padding: .5rem .8rem; background: #fff; border-left: 4px solid #8a8a8a; font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; overflow-wrap: anywhere; }
.quoted blockquote { border-left-color: #1a4f8b; }
.none-found { font-style: italic; color: var(--muted); }
ol.pieces { margin: .35rem 0; padding-left: 1.4rem; }
ol.pieces li { margin: .3rem 0; }
ol.pieces blockquote { margin: .15rem 0; }
h4.part { font-size: .8rem; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: .8rem 0 0; }
p.diff, p.sentence { margin: .35rem 0; padding: .5rem .8rem; background: #fff; border: 1px solid var(--line); border-radius: 4px; font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; overflow-wrap: anywhere; }
del { background: #fde3e1; color: #8a1111; text-decoration: line-through 2px; }
ins { background: #dcf3df; color: #0b5320; text-decoration: underline 2px; }
.cosmetic { border-bottom: 2px dotted #1e4f86; }
.was, .gap { font-family: system-ui, sans-serif; font-size: .8rem; color: var(--muted); }
.gap { font-style: italic; }
mark.left-out { background: #ede4ff; color: #3b0f80; font-weight: 600; padding: 0 .1em; }
.ctl { font: .75rem ui-monospace, Menlo, Consolas, monospace; border: 1px solid #8a1111; border-radius: 2px; color: #8a1111; padding: 0 .15em; }
ul.differences { margin: .4rem 0; padding-left: 1.2rem; font-size: .95rem; }
ul.differences li { margin: .2rem 0; }
p.note { margin-top: .6rem; }
p.note strong { font-weight: 600; }
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
  article.card { padding: .75rem; }
  .sides { grid-template-columns: minmax(0, 1fr); }
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
  article.card { background: none; border-color: #999; break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  blockquote, p.diff, p.sentence { background: none; }
  del, ins, mark, .verdict, .sev, article.card { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

/// A verdict badge: its label written out, coloured by its class.
fn verdict_badge(v: Verdict) -> String {
    format!(
        "<span class=\"verdict verdict-{}\">{}</span>",
        v.name(),
        v.label()
    )
}

/// A severity badge: its name written out, coloured.
fn severity_badge(s: Severity) -> String {
    format!("<span class=\"sev sev-{0}\">{0}</span>", s.name())
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

/// The quotations of one article, each with its number through the report (from 1).
fn quotations_of<'a>(result: &'a Verification, name: &str) -> Vec<(usize, &'a Checked)> {
    result
        .quotations
        .iter()
        .enumerate()
        .filter(|(_, q)| q.file == name)
        .map(|(i, q)| (i + 1, q))
        .collect()
}

/// The page.
pub fn render(result: &Verification) -> String {
    let mut out = String::new();
    let s = &result.summary;
    let off = s.quotations - s.verdicts.get(Verdict::Verbatim);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"verbatim\">\n\
         <title>verbatim verify: {}, {off} not verbatim</title>\n<style>{STYLE}</style>\n\
         </head>\n<body>\n<main>\n",
        count(s.quotations, "quotation")
    );
    let words: usize = result.sources.iter().map(|s| s.words).sum();
    let how = match (s.quotations, off) {
        (0, _) => "none to check".to_string(),
        (_, 0) => "<strong>all verbatim</strong>".to_string(),
        (n, k) => format!("<strong>{k} of {n} not verbatim</strong>"),
    };
    let fails = if s.failed {
        " Some verdicts reach <code>--fail-on</code> (exit code 1)."
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "<header>\n<h1>verbatim verify</h1>\n<p>{} of {} checked against {} ({} words): \
         {how}.{fails}</p>\n</header>",
        count(s.quotations, "quotation"),
        count(s.articles, "article"),
        count(s.sources, "source"),
        thousands(words)
    );
    summary(&mut out, result);
    sources_table(&mut out, result);
    articles_table(&mut out, result);
    if !result.quotations.is_empty() {
        out.push_str(
            "<p class=\"legend\">Each quotation stands beside the source passage; below them, \
             its words against the source's: <del>struck</del> words are the source's, left \
             out or replaced; <ins>underlined</ins> words are the article's own; \
             <span class=\"cosmetic\">dotted</span> words are the same words written \
             differently (the source's spelling follows in small type); \
             <span class=\"gap\">[…]</span> joins two places of the source.</p>\n",
        );
    }
    for (k, name) in article_names(result).into_iter().enumerate() {
        article_section(&mut out, result, k + 1, name);
    }
    if !result.problems.is_empty() {
        out.push_str(
            "<section class=\"problems\" aria-labelledby=\"trouble\">\n<h2 id=\"trouble\">Trouble</h2>\n\
             <p>These inputs could not be used; the report covers the others.</p>\n<ul>\n",
        );
        for p in &result.problems {
            let _ = writeln!(out, "<li><code>{}</code></li>", Text(&p.to_string()));
        }
        out.push_str("</ul>\n</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The count of each verdict as a badge, and the quotations not checked.
fn summary(out: &mut String, result: &Verification) {
    let s = &result.summary;
    out.push_str(
        "<section class=\"summary\" aria-labelledby=\"verdicts\">\n\
         <h2 id=\"verdicts\">Verdicts</h2>\n<ul class=\"counts\">\n",
    );
    for v in Verdict::ALL {
        let n = s.verdicts.get(v);
        let class = if n == 0 { " class=\"none\"" } else { "" };
        let _ = writeln!(
            out,
            "<li{class}>{} <strong>{n}</strong></li>",
            verdict_badge(v)
        );
    }
    out.push_str("</ul>\n");
    if s.skipped == 0 {
        out.push_str(
            "<p class=\"meta\">Every speech quotation credited to a speaker of the sources was \
             checked; none skipped.</p>\n",
        );
    } else {
        let _ = writeln!(
            out,
            "<p class=\"meta\">{} not checked: credited to nobody who speaks in the sources \
             (<code>--all</code> checks them).</p>",
            count(s.skipped, "quotation")
        );
    }
    out.push_str("</section>\n");
}

fn sources_table(out: &mut String, result: &Verification) {
    if result.sources.is_empty() {
        return;
    }
    out.push_str(
        "<table class=\"stack sources\">\n<caption>Sources</caption>\n<thead><tr>\
         <th scope=\"col\">Source</th><th scope=\"col\">Kind</th>\
         <th scope=\"col\">Speakers</th><th scope=\"col\" class=\"num\">Words</th>\
         </tr></thead>\n<tbody>\n",
    );
    for src in &result.sources {
        let speakers: Vec<String> = src.speakers.iter().map(|s| Bdi(s).to_string()).collect();
        // A file that is not UTF-8 was read as Windows-1252: a character may be wrong.
        let kind = if src.encoding == "utf-8" {
            src.kind.to_string()
        } else {
            format!("{}, read as {}", src.kind, src.encoding)
        };
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\" class=\"path\">{}</th><td data-label=\"Kind\">{kind}</td>\
             <td data-label=\"Speakers\">{}</td><td data-label=\"Words\" class=\"num\">{}</td></tr>",
            Bdi(&src.file),
            speakers.join(", "),
            thousands(src.words)
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

/// The articles: how many quotations each, and a badge per quotation linking to its card.
fn articles_table(out: &mut String, result: &Verification) {
    let names = article_names(result);
    if names.is_empty() {
        return;
    }
    out.push_str(
        "<table class=\"stack articles\">\n<caption>Articles</caption>\n<thead><tr>\
         <th scope=\"col\">Article</th><th scope=\"col\" class=\"num\">Checked</th>\
         <th scope=\"col\">Quotations</th></tr></thead>\n<tbody>\n",
    );
    for (k, name) in names.into_iter().enumerate() {
        let mine = quotations_of(result, name);
        let marks: Vec<String> = mine
            .iter()
            .map(|(n, q)| {
                format!(
                    "<a class=\"verdict verdict-{0}\" href=\"#q-{n}\">{n} {1}</a>",
                    q.verdict.name(),
                    q.verdict.label()
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\" class=\"path\"><a href=\"#article-{}\">{}</a></th>\
             <td data-label=\"Checked\" class=\"num\">{}</td>\
             <td data-label=\"Quotations\"><span class=\"marks\">{}</span></td></tr>",
            k + 1,
            Bdi(name),
            mine.len(),
            marks.join(" ")
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

fn article_section(out: &mut String, result: &Verification, k: usize, name: &str) {
    let mine = quotations_of(result, name);
    let _ = writeln!(
        out,
        "<section class=\"article\" id=\"article-{k}\" aria-labelledby=\"article-{k}-h\">\n\
         <h2 id=\"article-{k}-h\" class=\"path\">{}</h2>",
        Bdi(name)
    );
    if mine.is_empty() {
        out.push_str("<p class=\"meta\">No quotation checked.</p>\n");
    } else {
        let by: Vec<String> = Verdict::ALL
            .iter()
            .filter_map(|&v| {
                let n = mine.iter().filter(|(_, q)| q.verdict == v).count();
                (n > 0).then(|| format!("{n} {}", v.label()))
            })
            .collect();
        let _ = writeln!(
            out,
            "<p class=\"meta\">{} checked: {}.</p>",
            count(mine.len(), "quotation"),
            by.join(" \u{b7} ")
        );
    }
    for (n, q) in mine {
        card(out, n, q);
    }
    out.push_str("</section>\n");
}

/// Where a passage is and who says it there, as the source's side of a card.
fn passage_facts(p: &Passage) -> String {
    let mut facts = format!(
        "<span class=\"at\">{}</span>",
        Bdi(&format!("{}:{}", p.file, p.line))
    );
    if let Some(t) = &p.time {
        let _ = write!(facts, " at <span class=\"time\">{}</span>", Bdi(t));
    }
    if let Some(who) = &p.speaker {
        let _ = write!(
            facts,
            " said by <span class=\"speaker\">{}</span>",
            Bdi(who)
        );
    }
    facts
}

/// Words in quotation marks, isolated.
fn words(text: &str) -> String {
    format!("\u{201c}{}\u{201d}", Text(text.trim()))
}

fn card(out: &mut String, n: usize, q: &Checked) {
    let v = q.verdict;
    let severity = if v == Verdict::Altered {
        format!(
            " <span class=\"vh\">worst difference:</span> {}",
            severity_badge(q.severity)
        )
    } else {
        String::new()
    };
    let who = match &q.speaker {
        Some(s) => Bdi(s).to_string(),
        None => "<em>no speaker</em>".to_string(),
    };
    let _ = writeln!(
        out,
        "<article class=\"card\" id=\"q-{n}\" data-verdict=\"{0}\" aria-labelledby=\"q-{n}-h\">\n\
         <h3 id=\"q-{n}-h\"><span class=\"n\">#{n}</span> {1}{severity} <span class=\"who\">{who}</span></h3>",
        v.name(),
        verdict_badge(v)
    );
    // The quotation beside the source.
    out.push_str("<div class=\"sides\">\n<div class=\"side quoted\">\n<h4>Quoted</h4>\n");
    let _ = writeln!(
        out,
        "<p><span class=\"at\">{}</span> credited to {who}</p>\n<blockquote dir=\"auto\">{}</blockquote>\n</div>",
        Bdi(&format!("{}:{}:{}", q.file, q.line, q.column)),
        words(&q.text)
    );
    let pieces_only = q.pieces.len() > 1 && q.source.as_ref() == q.pieces.first();
    let label = match v {
        Verdict::NotFound => "Nearest in the sources",
        _ if pieces_only => "Source, in pieces",
        _ => "Source",
    };
    let _ = writeln!(out, "<div class=\"side source\">\n<h4>{label}</h4>");
    match &q.source {
        Some(src) if !pieces_only => {
            let _ = writeln!(
                out,
                "<p>{}</p>\n<blockquote dir=\"auto\">{}</blockquote>",
                passage_facts(src),
                words(&src.text)
            );
        }
        Some(_) => {}
        None => out.push_str("<p class=\"none-found\">Nothing like it in the sources.</p>\n"),
    }
    if q.pieces.len() > 1 {
        if !pieces_only {
            out.push_str("<h4>Pieces</h4>\n");
        }
        out.push_str("<ol class=\"pieces\">\n");
        for p in &q.pieces {
            let _ = writeln!(
                out,
                "<li><p>{}</p><blockquote dir=\"auto\">{}</blockquote></li>",
                passage_facts(p),
                words(&p.text)
            );
        }
        out.push_str("</ol>\n");
    }
    out.push_str("</div>\n</div>\n");
    if v != Verdict::NotFound && q.chunks.iter().any(|c| c.op != ChunkOp::Same) {
        let _ = writeln!(
            out,
            "<h4 class=\"part\">Against the source</h4>\n<p class=\"diff\" dir=\"auto\">{}</p>",
            diff(q)
        );
    }
    if let Some(ctx) = &q.context {
        let reason = match ctx.reason {
            "negation" => "a negation",
            "condition" => "a condition",
            "reported" => "whose words they are",
            other => other,
        };
        let at = if Some(&ctx.sentence.file) != q.source.as_ref().map(|s| &s.file)
            || Some(ctx.sentence.line) != q.source.as_ref().map(|s| s.line)
        {
            format!(" ({})", passage_facts(&ctx.sentence))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "<h4 class=\"part\">The source sentence{at}</h4>\n<p class=\"sentence\" dir=\"auto\">{}</p>\n\
             <p class=\"meta\">Left out of the quotation: the <mark class=\"left-out\">marked</mark> words ({reason}).</p>",
            sentence(&ctx.sentence.text, &ctx.words)
        );
    }
    if !q.differences.is_empty() {
        out.push_str("<ul class=\"differences\">\n");
        for d in &q.differences {
            // "cosmetic" is a class and a severity: said once.
            let class = if d.class.name() == d.severity.name() {
                String::new()
            } else {
                format!(" {}", d.class.name())
            };
            let disclosed = if d.disclosed { " (disclosed)" } else { "" };
            let _ = writeln!(
                out,
                "<li>{}{class}{disclosed}: {}</li>",
                severity_badge(d.severity),
                Text(&d.note)
            );
        }
        out.push_str("</ul>\n");
    }
    if let Some(t) = &q.translated {
        let _ = writeln!(
            out,
            "<p class=\"meta\"><strong>Translated</strong>: {}.</p>",
            Text(t)
        );
    }
    let _ = writeln!(
        out,
        "<p class=\"note\"><strong>Why:</strong> {}</p>\n</article>",
        Text(q.note.trim())
    );
}

/// The source sentence, the words left out that change its sense marked.
fn sentence(text: &str, left_out: &str) -> String {
    let left_out = left_out.trim();
    match text.find(left_out).filter(|_| !left_out.is_empty()) {
        Some(at) => format!(
            "\u{201c}{}<mark class=\"left-out\">{}</mark>{}\u{201d}",
            Text(&text[..at]),
            Text(left_out),
            Text(&text[at + left_out.len()..])
        ),
        None => words(text),
    }
}

/// The word diff against the source, in the source's order.
fn diff(q: &Checked) -> String {
    let pieces: Vec<String> = q
        .chunks
        .iter()
        .filter_map(|c| {
            let (r, w) = (c.reference.trim(), c.variant.trim());
            let piece = match c.op {
                ChunkOp::Same => Text(r).to_string(),
                ChunkOp::Cosmetic => format!(
                    "<span class=\"cosmetic\">{}</span> <span class=\"was\">(source: {})</span>",
                    Text(w),
                    Text(r)
                ),
                ChunkOp::Replace if r.is_empty() => format!("<ins>{}</ins>", Text(w)),
                ChunkOp::Replace if w.is_empty() => format!("<del>{}</del>", Text(r)),
                ChunkOp::Replace => format!("<del>{}</del> <ins>{}</ins>", Text(r), Text(w)),
                ChunkOp::Delete if !r.is_empty() => format!("<del>{}</del>", Text(r)),
                ChunkOp::Insert | ChunkOp::Extra if !w.is_empty() => {
                    format!("<ins>{}</ins>", Text(w))
                }
                ChunkOp::Unquoted if r.is_empty() || r == "\u{2026}" => {
                    "<span class=\"gap\">[…]<span class=\"vh\"> source words not quoted</span></span>"
                        .to_string()
                }
                ChunkOp::Unquoted => format!(
                    "<span class=\"gap\">[not quoted: {}]</span>",
                    Text(r)
                ),
                _ => return None,
            };
            Some(piece)
        })
        .collect();
    pieces.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escapes_markup_controls_and_bidi() {
        let rows = [
            ("plain", "plain"),
            ("<script>&'\"", "&lt;script&gt;&amp;&#39;&quot;"),
            ("nul\u{0}\u{85}", "nul\u{fffd}\u{fffd}"),
            ("a\u{202e}b", "a<span class=\"ctl\">U+202E</span>b"),
            (
                "\u{2066}x\u{2069}",
                "<span class=\"ctl\">U+2066</span>x<span class=\"ctl\">U+2069</span>",
            ),
            // A right-to-left mark acts too: named like the others.
            ("עברית \u{200f}", "עברית <span class=\"ctl\">U+200F</span>"),
        ];
        for (input, want) in rows {
            assert_eq!(Text(input).to_string(), want, "{input:?}");
        }
        assert_eq!(Bdi("<x>").to_string(), "<bdi>&lt;x&gt;</bdi>");
    }

    #[test]
    fn badges_write_the_verdict_out() {
        for v in Verdict::ALL {
            let b = verdict_badge(v);
            assert!(b.contains(&format!("verdict-{}", v.name())), "{b}");
            assert!(b.contains(&format!(">{}</span>", v.label())), "{b}");
        }
    }
}
