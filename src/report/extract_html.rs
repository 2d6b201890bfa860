//! `verbatim extract --format html`: the quotations of each document as one self-contained
//! page, in the style of the compare report ([`crate::report::compare_html`]): no script, no request,
//! every piece of input text escaped.
//!
//! The page opens with a table of the documents (quotations, not speech, warnings), then one
//! `<section>` per document with a table of its quotations in text order: number, line:column,
//! kind, speaker (with the mention and the rule that found it), cue, and the words. Quotations
//! that are not speech (titles, scare quotes) are listed and labelled "not speech". Warnings
//! follow each table.
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
use crate::report::compare_html::{close_page, count, open_page, Escaped};
use std::fmt::Write;

/// The page for `results` (each document with what was found in it), documents in input order.
pub fn render(results: &[(Document, Extraction)]) -> String {
    let mut out = String::new();
    let total: usize = results.iter().map(|(_, f)| f.quotes.len()).sum();
    let summary = format!(
        "{}, {}",
        count(results.len(), "document"),
        count(total, "quotation")
    );
    open_page(&mut out, &format!("verbatim extract: {summary}"));
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
        let _ = writeln!(
            out,
            "<table class=\"stack quotations\">\n<caption>Quotations, in text order</caption>\n<thead><tr>\
             <th scope=\"col\" class=\"num\">#</th><th scope=\"col\">At</th><th scope=\"col\">Kind</th>\
             <th scope=\"col\">Speaker</th><th scope=\"col\">Cue</th><th scope=\"col\">Words</th>\
             </tr></thead>\n<tbody>"
        );
        for q in &found.quotes {
            row(out, q);
        }
        out.push_str("</tbody>\n</table>\n");
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

fn row(out: &mut String, q: &Quotation) {
    let (kind, class) = match q.kind {
        QuoteKind::Direct => ("direct", ""),
        QuoteKind::Partial => ("partial", ""),
        QuoteKind::Nonspeech => ("not speech", " class=\"nonspeech\""),
    };
    let (speaker, cue) = if q.kind == QuoteKind::Nonspeech {
        ("—".to_string(), "—".to_string())
    } else {
        let s = &q.speaker;
        let name = match &s.name {
            Some(n) => format!("<strong>{}</strong>", Escaped(n)),
            None => "<em>unknown</em>".to_string(),
        };
        let how = match &s.mention {
            Some(m) => format!(" ({}, {})", Escaped(&m.text), Escaped(s.rule)),
            None => format!(" ({})", Escaped(s.rule)),
        };
        let cue = q
            .cue
            .as_ref()
            .map_or("—".to_string(), |c| Escaped(&c.text).to_string());
        (format!("{name}{how}"), cue)
    };
    let mut links = String::new();
    if let Some(o) = q.outer {
        let _ = write!(links, " <span class=\"was\">[inside #{o}]</span>");
    }
    if let Some(c) = q.continues {
        let _ = write!(links, " <span class=\"was\">[continues #{c}]</span>");
    }
    if q.unclosed {
        links.push_str(" <span class=\"was\">[unclosed]</span>");
    }
    let _ = writeln!(
        out,
        "<tr{class}><td data-label=\"Quotation\" class=\"num\">{}</td><td data-label=\"At\" class=\"at\">{}:{}</td>\
         <td data-label=\"Kind\">{kind}</td><td data-label=\"Speaker\">{speaker}</td>\
         <td data-label=\"Cue\">{cue}</td><td data-label=\"Words\">\u{201c}{}\u{201d}{links}</td></tr>",
        q.index,
        q.line,
        q.column,
        Escaped(&q.text)
    );
}
