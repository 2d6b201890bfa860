//! `verbatim extract --format html`: each document as one self-contained page reads it, in
//! the style of the compare report ([`crate::report::compare_html`]): no script, no request,
//! every piece of input text escaped, names and paragraphs isolated for right-to-left text.
//!
//! The page opens with a table of the documents (quotations, not speech, warnings), then one
//! `<section>` per document: its facts (outlet, title, date, address), then **the article
//! itself**, paragraph by paragraph, each quotation marked where it stands, numbered from 1
//! (as the text table numbers them), with the speaker named beside it and, in smaller type,
//! the mention, the cue and the attribution rule (the rule in words on hover). Quotations that
//! are not speech (titles, scare quotes) are marked grey and labelled "not speech". A short
//! glossary says in words what each rule used means ([`crate::report::rules`]); warnings
//! follow.
//!
//! ```
//! use verbatim::read::{Document, Metadata};
//! let doc = Document { name: "a.txt".into(), text: "He called it “<fake>.”".into(), meta: Metadata::default() };
//! let found = verbatim::extract::extract(&doc.text);
//! let page = verbatim::report::extract_html::render(&[(doc, found)]);
//! assert!(page.contains("“&lt;fake&gt;.”"));
//! assert!(!page.contains("<fake>"));
//! ```

use crate::extract::text::LineIndex;
use crate::extract::{Extraction, Quotation, QuoteKind};
use crate::read::Document;
use crate::report::compare_html::{close_page, count, open_page_styled, Escaped};
use crate::report::escape::{Attr, Bdi};
use crate::report::rules::explain;
use std::fmt::Write;

/// The article view's style, after the compare page's.
const ARTICLE_STYLE: &str = r#"
.article { max-width: 42rem; }
.article p { font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; line-height: 1.75; overflow-wrap: anywhere; }
mark.q { background: #fff1a8; color: inherit; padding: 0 .1em; }
mark.q.nonspeech { background: #ececec; }
sup.n { font: .7rem system-ui, sans-serif; color: var(--muted); margin-right: .1rem; }
.who { font: .8rem/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a3f6b; border: 1px solid #9bb5d6; border-radius: 3px; padding: 0 .3rem; margin-left: .3rem; }
.who.nonspeech { color: var(--muted); border-color: var(--line); }
.who .how { color: var(--muted); }
dl.rules div { margin: .3rem 0; }
dl.rules dt { font-family: ui-monospace, Menlo, Consolas, monospace; display: inline; }
dl.rules dt::after { content: ": "; }
dl.rules dd { display: inline; margin: 0; }
@media print { mark.q { outline: 1px solid #8a6d00; } }
"#;

/// The page for `results` (each document with what was found in it), documents in input order.
pub fn render(results: &[(Document, Extraction)]) -> String {
    let mut out = String::new();
    let total: usize = results.iter().map(|(_, f)| f.quotes.len()).sum();
    let summary = format!(
        "{}, {}",
        count(results.len(), "document"),
        count(total, "quotation")
    );
    open_page_styled(
        &mut out,
        &format!("verbatim extract: {summary}"),
        ARTICLE_STYLE,
    );
    let _ = writeln!(
        out,
        "<header>\n<h1>verbatim extract</h1>\n<p>{summary}.</p>\n</header>"
    );
    if !results.is_empty() {
        out.push_str(
            "<table class=\"stack summary\">\n<caption>Documents</caption>\n<thead><tr>\
             <th scope=\"col\">Document</th><th scope=\"col\" class=\"num\">Quotations</th>\
             <th scope=\"col\" class=\"num\">Not speech</th><th scope=\"col\" class=\"num\">Warnings</th>\
             </tr></thead>\n<tbody>\n",
        );
        for (i, (doc, found)) in results.iter().enumerate() {
            let nonspeech = found
                .quotes
                .iter()
                .filter(|q| q.kind == QuoteKind::Nonspeech)
                .count();
            let _ = writeln!(
                out,
                "<tr><th scope=\"row\" class=\"path\"><a href=\"#document-{}\">{}</a></th>\
                 <td data-label=\"Quotations\" class=\"num\">{}</td>\
                 <td data-label=\"Not speech\" class=\"num\">{nonspeech}</td>\
                 <td data-label=\"Warnings\" class=\"num\">{}</td></tr>",
                i + 1,
                Escaped(&doc.name),
                found.quotes.len(),
                found.warnings.len()
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    for (i, (doc, found)) in results.iter().enumerate() {
        document(&mut out, i + 1, doc, found);
    }
    close_page(&mut out);
    out
}

fn document(out: &mut String, n: usize, doc: &Document, found: &Extraction) {
    let _ = writeln!(
        out,
        "<section class=\"document\" id=\"document-{n}\" aria-labelledby=\"document-{n}-h\">\n\
         <h2 id=\"document-{n}-h\" class=\"name\">{}</h2>",
        Escaped(&doc.name)
    );
    let m = &doc.meta;
    let known: Vec<String> = [
        ("Outlet", &m.outlet),
        ("Title", &m.title),
        ("Date", &m.date),
        ("Address", &m.url),
    ]
    .iter()
    .filter_map(|(k, v)| {
        v.as_ref()
            .map(|v| format!("<div><dt>{k}</dt><dd>{}</dd></div>", Escaped(v)))
    })
    .collect();
    if !known.is_empty() {
        // The address is text, not a link: the page makes no request and sends nobody away.
        let _ = writeln!(out, "<dl class=\"facts\">{}</dl>", known.concat());
    }
    if doc.meta.from_page {
        out.push_str(
            "<p class=\"legend\">Read from a saved web page: line and column count in the article \
             text taken out of the page (<code>verbatim extract --show-text</code> prints it), not \
             in the saved file.</p>\n",
        );
    }
    if found.quotes.is_empty() {
        out.push_str("<p>No quotations.</p>\n");
    } else {
        article(out, n, doc, found);
        glossary(out, found);
    }
    if !found.warnings.is_empty() {
        let lines = LineIndex::new(&doc.text);
        out.push_str("<h3>Warnings</h3>\n<ul class=\"warnings\">\n");
        for w in &found.warnings {
            let (line, column) = lines.line_col(&doc.text, w.offset.min(doc.text.len()));
            let _ = writeln!(
                out,
                "<li><span class=\"path\">{line}:{column}</span> {}</li>",
                Escaped(&w.message)
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

/// The article's text, paragraph by paragraph, each quotation marked where it stands with its
/// number and the speaker named beside it (the mention and the rule in smaller type, the
/// rule in words on hover). A quotation inside another is shown within it, unmarked.
fn article(out: &mut String, n: usize, doc: &Document, found: &Extraction) {
    let text = doc.text.as_str();
    let mut marks: Vec<&Quotation> = found.quotes.iter().filter(|q| q.outer.is_none()).collect();
    marks.sort_by_key(|q| q.start);
    out.push_str("<div class=\"article\">\n<p dir=\"auto\">");
    let mut at = 0;
    for q in marks {
        let (start, end) = (q.start.min(text.len()), q.end.min(text.len()));
        // A quotation that runs over a paragraph break is marked by its parts instead.
        if start < at
            || !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
            || text[start..end].contains("\n\n")
        {
            continue;
        }
        plain(out, &text[at..start]);
        let class = if q.kind == QuoteKind::Nonspeech {
            "q nonspeech"
        } else {
            "q"
        };
        let _ = write!(
            out,
            "<sup class=\"n\">{}</sup><mark class=\"{class}\" id=\"document-{n}-quotation-{}\">{}</mark>{}",
            q.index + 1,
            q.index + 1,
            Escaped(&text[start..end]),
            who(q)
        );
        at = end;
    }
    plain(out, &text[at..]);
    out.push_str("</p>\n</div>\n");
}

/// Text between quotations: escaped, a blank line a new paragraph, other line breaks spaces.
fn plain(out: &mut String, s: &str) {
    for (k, para) in s.split("\n\n").enumerate() {
        if k > 0 {
            out.push_str("</p>\n<p dir=\"auto\">");
        }
        let _ = write!(out, "{}", Escaped(&para.replace(['\n', '\r'], " ")));
    }
}

/// Who a quotation is credited to, beside it.
fn who(q: &Quotation) -> String {
    if q.kind == QuoteKind::Nonspeech {
        return "<span class=\"who nonspeech\">not speech</span>".to_string();
    }
    let s = &q.speaker;
    let name = match &s.name {
        Some(name) => Bdi(name).to_string(),
        None => "<em>unknown</em>".to_string(),
    };
    let mut how: Vec<String> = Vec::new();
    if let Some(m) = &s.mention {
        how.push(format!("\u{201c}{}\u{201d}", Bdi(&m.text)));
    }
    if let Some(c) = &q.cue {
        how.push(Bdi(&c.text).to_string());
    }
    how.push(Escaped(s.rule).to_string());
    format!(
        "<span class=\"who\" title=\"{}\"><span class=\"vh\">said by </span>{name} <span class=\"how\">{}</span></span>",
        Attr(&explain(s.rule)),
        how.join(" \u{b7} ")
    )
}

/// The attribution rules of the document's quotations, each in words.
fn glossary(out: &mut String, found: &Extraction) {
    let used = found
        .quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Nonspeech)
        .map(|q| q.speaker.rule);
    let rules = crate::report::rules::glossary(used);
    if rules.is_empty() {
        return;
    }
    out.push_str("<h3>How each speaker was found</h3>\n<dl class=\"rules\">\n");
    for (rule, words) in rules {
        let _ = writeln!(
            out,
            "<div><dt>{}</dt><dd>{}</dd></div>",
            Escaped(rule),
            Escaped(&words)
        );
    }
    out.push_str("</dl>\n");
}
