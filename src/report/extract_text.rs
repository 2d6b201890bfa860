//! Rendering what `verbatim extract` found: aligned text for people, JSON for programs.
//!
//! Four formats ([`OutputFormat`]), all deterministic: documents in input order, quotations
//! in text order, and fields in a fixed order.
//!
//! - `text`: per document a header line, then one row per quotation
//!   (`#  line:col  kind  speaker (mention, rule)  cue  “quotation”`). Quotations that are not
//!   speech (titles, scare quotes) are listed too, marked `×`, without speaker or cue.
//!   Warnings follow, with their line:column.
//! - `json`: one document, `{"schema": "verbatim.extract/1", "documents": [{"file", "quotes",
//!   "warnings"}]}`; offsets are bytes into the document's text.
//! - `html`: one self-contained page, a table of quotations per document
//!   ([`crate::report::extract_html`]).
//! - `jsonl`: one line per quotation, `{"file", "start", "end", "line", "column", "text",
//!   "kind", "speaker": {"name", "mention", "type", "rule", "role"}, "cue", "outer", "continues",
//!   "unclosed", "index"}`, ready for `jq` and `grep`.
//!
//! ```
//! use verbatim::report::extract_text::{render, OutputFormat};
//! use verbatim::read::{Document, Metadata};
//! let doc = Document { name: "a.txt".into(), text: "He called it “fake.”".into(), meta: Metadata::default() };
//! let found = verbatim::extract::extract(&doc.text);
//! let mut out = Vec::new();
//! render(OutputFormat::Jsonl, &[(doc, found)], &mut out).unwrap();
//! let line = String::from_utf8(out).unwrap();
//! assert!(line.starts_with(r#"{"file":"a.txt","start":13,"end":24,"line":1,"column":14,"text":"fake.","#));
//! ```

use crate::extract::text::LineIndex;
use crate::extract::{Extraction, Mention, Quotation, QuoteKind, Speaker, SpeakerType};
use crate::read::Document;
use crate::report::escape::visible;
use crate::report::wrap::columns;
use serde::Serialize;
use std::fmt::Write as _;
use std::io::{self, Write};

/// The schema name in `--format json` output; its number changes when a field changes meaning
/// or goes away (new fields may be added without a change).
pub const SCHEMA: &str = "verbatim.extract/1";

/// How `extract` prints its results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum OutputFormat {
    /// Aligned columns for reading.
    #[default]
    Text,
    /// One JSON document with every file's quotations and warnings.
    Json,
    /// One JSON object per quotation, one per line.
    Jsonl,
    /// One self-contained web page: a table of quotations per document
    Html,
}

/// Writes `results` (each document with what was found in it) in `format`.
pub fn render(
    format: OutputFormat,
    results: &[(Document, Extraction)],
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        OutputFormat::Text => {
            for (i, (doc, found)) in results.iter().enumerate() {
                if i > 0 {
                    out.write_all(b"\n")?;
                }
                // Bidirectional controls from the documents are named, not obeyed.
                out.write_all(visible(&text_block(doc, found)).as_bytes())?;
            }
            Ok(())
        }
        OutputFormat::Json => {
            let documents: Vec<DocumentOut> =
                results.iter().map(|(d, f)| document_out(d, f)).collect();
            serde_json::to_writer_pretty(
                &mut *out,
                &ExtractOut {
                    schema: SCHEMA,
                    documents,
                },
            )?;
            out.write_all(b"\n")
        }
        OutputFormat::Jsonl => {
            // Each document's lines are written into a buffer first, then to `out` at once:
            // serde_json writes a line in dozens of small pieces, each a call through `dyn
            // Write` when written to `out` directly.
            // The lines are written by hand, in `QuoteOut`'s fields and serde_json's bytes
            // (the tests compare the two): a line has a fixed shape, and serde_json's general
            // path cost more than the line's own bytes. The file's name, the same on every line
            // of a document, is escaped once.
            let mut buf = Vec::with_capacity(4096);
            let mut head = Vec::new();
            for (doc, found) in results {
                buf.clear();
                head.clear();
                head.extend_from_slice(b"{\"file\":");
                push_json_str(&mut head, &doc.name);
                for q in &found.quotes {
                    push_jsonl_line(&mut buf, &head, q);
                }
                out.write_all(&buf)?;
            }
            Ok(())
        }
        OutputFormat::Html => {
            out.write_all(crate::report::extract_html::render(results).as_bytes())
        }
    }
}

/// A quotation as printed: `Quotation`'s fields, `index` last, with the file in front in
/// JSON Lines. A struct of its own so that the order of fields stays fixed whatever happens
/// to `Quotation`.
#[derive(Serialize)]
struct QuoteOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    text: &'a str,
    kind: QuoteKind,
    speaker: &'a Speaker,
    cue: &'a Option<Mention>,
    outer: Option<usize>,
    continues: Option<usize>,
    unclosed: bool,
    index: usize,
}

impl<'a> QuoteOut<'a> {
    fn new(file: Option<&'a str>, q: &'a Quotation) -> Self {
        QuoteOut {
            file,
            start: q.start,
            end: q.end,
            line: q.line,
            column: q.column,
            text: &q.text,
            kind: q.kind,
            speaker: &q.speaker,
            cue: &q.cue,
            outer: q.outer,
            continues: q.continues,
            unclosed: q.unclosed,
            index: q.index,
        }
    }
}

/// One quotation's JSON Lines line, newline included, as serde_json writes
/// `QuoteOut::new(Some(file), q)`; `head` is `{"file":` and the file's name as a JSON string.
fn push_jsonl_line(buf: &mut Vec<u8>, head: &[u8], q: &Quotation) {
    buf.extend_from_slice(head);
    buf.extend_from_slice(b",\"start\":");
    push_usize(buf, q.start);
    buf.extend_from_slice(b",\"end\":");
    push_usize(buf, q.end);
    buf.extend_from_slice(b",\"line\":");
    push_usize(buf, q.line);
    buf.extend_from_slice(b",\"column\":");
    push_usize(buf, q.column);
    buf.extend_from_slice(b",\"text\":");
    push_json_str(buf, &q.text);
    buf.extend_from_slice(match q.kind {
        QuoteKind::Direct => b",\"kind\":\"direct\"".as_slice(),
        QuoteKind::Partial => b",\"kind\":\"partial\"",
        QuoteKind::Nonspeech => b",\"kind\":\"nonspeech\"",
    });
    let s = &q.speaker;
    buf.extend_from_slice(b",\"speaker\":{\"name\":");
    push_opt_str(buf, s.name.as_deref());
    buf.extend_from_slice(b",\"mention\":");
    push_mention(buf, s.mention.as_ref());
    buf.extend_from_slice(match s.kind {
        SpeakerType::Person => b",\"type\":\"person\"".as_slice(),
        SpeakerType::Organization => b",\"type\":\"organization\"",
        SpeakerType::Unknown => b",\"type\":\"unknown\"",
    });
    buf.extend_from_slice(b",\"rule\":");
    push_json_str(buf, s.rule);
    buf.extend_from_slice(b",\"role\":");
    push_opt_str(buf, s.role.as_deref());
    buf.extend_from_slice(b"},\"cue\":");
    push_mention(buf, q.cue.as_ref());
    buf.extend_from_slice(b",\"outer\":");
    push_opt_usize(buf, q.outer);
    buf.extend_from_slice(b",\"continues\":");
    push_opt_usize(buf, q.continues);
    buf.extend_from_slice(if q.unclosed {
        b",\"unclosed\":true,\"index\":".as_slice()
    } else {
        b",\"unclosed\":false,\"index\":"
    });
    push_usize(buf, q.index);
    buf.extend_from_slice(b"}\n");
}

/// A [`Mention`] as serde_json writes it, or `null`.
fn push_mention(buf: &mut Vec<u8>, m: Option<&Mention>) {
    match m {
        Some(m) => {
            buf.extend_from_slice(b"{\"start\":");
            push_usize(buf, m.start);
            buf.extend_from_slice(b",\"end\":");
            push_usize(buf, m.end);
            buf.extend_from_slice(b",\"text\":");
            push_json_str(buf, &m.text);
            buf.push(b'}');
        }
        None => buf.extend_from_slice(b"null"),
    }
}

fn push_opt_str(buf: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => push_json_str(buf, s),
        None => buf.extend_from_slice(b"null"),
    }
}

fn push_opt_usize(buf: &mut Vec<u8>, n: Option<usize>) {
    match n {
        Some(n) => push_usize(buf, n),
        None => buf.extend_from_slice(b"null"),
    }
}

/// The numbers 0 to 99, two digits each ("00" to "99").
static TWO_DIGITS: [[u8; 2]; 100] = {
    let mut t = [[0; 2]; 100];
    let mut n = 0;
    while n < 100 {
        t[n] = [b'0' + (n / 10) as u8, b'0' + (n % 10) as u8];
        n += 1;
    }
    t
};

/// A number in decimal, as serde_json writes it.
///
/// (Two digits per division, from a table: each quotation prints a dozen offsets, lines and
/// columns, and a digit per division was most of the printing of a number.)
fn push_usize(buf: &mut Vec<u8>, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    while n >= 100 {
        i -= 2;
        digits[i..i + 2].copy_from_slice(&TWO_DIGITS[n % 100]);
        n /= 100;
    }
    if n >= 10 {
        i -= 2;
        digits[i..i + 2].copy_from_slice(&TWO_DIGITS[n]);
    } else {
        i -= 1;
        digits[i] = b'0' + n as u8;
    }
    buf.extend_from_slice(&digits[i..]);
}

/// `s` as a JSON string, escaped as serde_json escapes it: `\"`, `\\`, the short escapes of
/// `\b`, `\t`, `\n`, `\f` and `\r`, and `\u00xx` (lower-case hex) for the other control
/// characters; everything else as it is. Eight bytes are tested at a time: most text needs no
/// escape at all.
fn push_json_str(buf: &mut Vec<u8>, s: &str) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    /// Does one of the eight bytes of `v` need an escape? (A byte below 0x20, or a zero byte
    /// once `v` is xored with a repeated `"` or `\`: the tests of "Bit Twiddling Hacks",
    /// exact as to whether there is one.)
    fn any_escape(v: u64) -> bool {
        let control = v.wrapping_sub(ONES * 0x20) & !v;
        let quote = v ^ (ONES * u64::from(b'"'));
        let backslash = v ^ (ONES * u64::from(b'\\'));
        let zero = |x: u64| x.wrapping_sub(ONES) & !x;
        (control | zero(quote) | zero(backslash)) & HIGH != 0
    }
    let bytes = s.as_bytes();
    buf.reserve(bytes.len() + 2);
    buf.push(b'"');
    let mut done = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let v = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if !any_escape(v) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        let short = match b {
            b'"' => b'"',
            b'\\' => b'\\',
            0x08 => b'b',
            0x09 => b't',
            0x0a => b'n',
            0x0c => b'f',
            0x0d => b'r',
            0x00..=0x1f => b'u',
            _ => {
                i += 1;
                continue;
            }
        };
        buf.extend_from_slice(&bytes[done..i]);
        if short == b'u' {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            buf.extend_from_slice(b"\\u00");
            buf.push(HEX[usize::from(b >> 4)]);
            buf.push(HEX[usize::from(b & 0xf)]);
        } else {
            buf.push(b'\\');
            buf.push(short);
        }
        i += 1;
        done = i;
    }
    buf.extend_from_slice(&bytes[done..]);
    buf.push(b'"');
}

#[derive(Serialize)]
struct ExtractOut<'a> {
    schema: &'static str,
    documents: Vec<DocumentOut<'a>>,
}

#[derive(Serialize)]
struct DocumentOut<'a> {
    file: &'a str,
    /// What the offsets count in: "file" (the file's own text) or "extracted-text" (the
    /// article text read out of a web page; `--show-text` prints it).
    offsets: &'static str,
    /// Outlet, title, URL and date, where the input carries them.
    #[serde(skip_serializing_if = "Option::is_none")]
    outlet: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    quotes: Vec<QuoteOut<'a>>,
    warnings: Vec<WarningOut<'a>>,
}

/// A warning with its line and column added, so that a reader need not count bytes.
#[derive(Serialize)]
struct WarningOut<'a> {
    offset: usize,
    line: usize,
    column: usize,
    message: &'a str,
}

fn document_out<'a>(doc: &'a Document, found: &'a Extraction) -> DocumentOut<'a> {
    DocumentOut {
        file: &doc.name,
        offsets: if doc.meta.from_page {
            "extracted-text"
        } else {
            "file"
        },
        outlet: doc.meta.outlet.as_deref(),
        title: doc.meta.title.as_deref(),
        url: doc.meta.url.as_deref(),
        date: doc.meta.date.as_deref(),
        quotes: found
            .quotes
            .iter()
            .map(|q| QuoteOut::new(None, q))
            .collect(),
        warnings: warnings(doc, found),
    }
}

fn warnings<'a>(doc: &Document, found: &'a Extraction) -> Vec<WarningOut<'a>> {
    let lines = LineIndex::new(&doc.text);
    found
        .warnings
        .iter()
        .map(|w| {
            let (line, column) = lines.line_col(&doc.text, w.offset.min(doc.text.len()));
            WarningOut {
                offset: w.offset,
                line,
                column,
                message: &w.message,
            }
        })
        .collect()
}

/// Column widths stop growing here, so that one long speaker does not push every row right;
/// a longer cell is cut to fit ([`fit`]), so the columns stay aligned.
const MAX_SPEAKER_WIDTH: usize = 48;
const MAX_CUE_WIDTH: usize = 20;

/// One document in the text format.
fn text_block(doc: &Document, found: &Extraction) -> String {
    let mut s = String::new();
    let total = found.quotes.len();
    let nonspeech = found
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Nonspeech)
        .count();
    let _ = write!(s, "{}: {}", doc.name, plural(total, "quotation"));
    if nonspeech > 0 {
        let _ = write!(s, ", {nonspeech} not speech (×)");
    }
    if !found.warnings.is_empty() {
        let _ = write!(s, ", {}", plural(found.warnings.len(), "warning"));
    }
    if doc.meta.from_page {
        let _ = write!(
            s,
            " (offsets into the text extracted from the page: see --show-text)"
        );
    }
    s.push('\n');

    let mut rows: Vec<[String; 5]> = found.quotes.iter().map(row).collect();
    // A cell wider than its column is cut (its end as "…"), so that every column stays
    // aligned whatever the names' lengths.
    for r in &mut rows {
        r[3] = fit(&r[3], MAX_SPEAKER_WIDTH);
        r[4] = fit(&r[4], MAX_CUE_WIDTH);
    }
    if !rows.is_empty() {
        let header = ["#", "at", "kind", "speaker (mention, rule)", "cue"].map(String::from);
        let width = |k: usize, cap: usize| {
            rows.iter()
                .chain([&header])
                .map(|r| columns(&r[k]))
                .max()
                .unwrap_or(0)
                .min(cap)
        };
        let w = [
            width(0, usize::MAX),
            width(1, usize::MAX),
            width(2, usize::MAX),
            width(3, MAX_SPEAKER_WIDTH),
            width(4, MAX_CUE_WIDTH),
        ];
        let line = |s: &mut String, mark: &str, r: &[String; 5], last: &str| {
            // Padded by terminal columns, not characters: a name in CJK script or with
            // combining accents keeps the columns after it in line.
            let _ = writeln!(
                s,
                "{mark} {:>w0$}  {}  {}  {}  {}  {last}",
                r[0],
                pad(&r[1], w[1]),
                pad(&r[2], w[2]),
                pad(&r[3], w[3]),
                pad(&r[4], w[4]),
                w0 = w[0],
            );
        };
        line(&mut s, " ", &header, "quotation");
        for (q, r) in found.quotes.iter().zip(&rows) {
            let mark = if q.kind == QuoteKind::Nonspeech {
                "×"
            } else {
                " "
            };
            line(&mut s, mark, r, &quotation_cell(q));
        }
    }
    for w in warnings(doc, found) {
        let _ = writeln!(s, "  warning {}:{}: {}", w.line, w.column, w.message);
    }
    // What each attribution rule of the table means, for an editor.
    let used = found
        .quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Nonspeech)
        .map(|q| q.speaker.rule);
    let glossary = crate::report::rules::glossary(used);
    if !glossary.is_empty() {
        let _ = writeln!(s, "  rules:");
        for (rule, words) in glossary {
            let _ = writeln!(s, "    {rule}: {words}");
        }
    }
    // Rows end in padding when the last columns are empty; trailing spaces help nobody.
    s.lines().map(|l| l.trim_end().to_string() + "\n").collect()
}

/// `s` cut to `max` terminal columns, its end shown as "…".
fn fit(s: &str, max: usize) -> String {
    if columns(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = columns(c.encode_utf8(&mut [0; 4]));
        if used + w + 1 > max {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('\u{2026}');
    out
}

/// `s` followed by spaces to fill `width` terminal columns.
fn pad(s: &str, width: usize) -> String {
    format!("{s}{}", " ".repeat(width.saturating_sub(columns(s))))
}

fn plural(n: usize, word: &str) -> String {
    match n {
        0 => format!("no {word}s"),
        1 => format!("1 {word}"),
        _ => format!("{n} {word}s"),
    }
}

fn row(q: &Quotation) -> [String; 5] {
    let kind = match q.kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "partial",
        QuoteKind::Nonspeech => "nonspeech",
    };
    let (speaker, cue) = if q.kind == QuoteKind::Nonspeech {
        (String::new(), String::new())
    } else {
        (
            speaker_cell(&q.speaker),
            q.cue
                .as_ref()
                .map_or("—".to_string(), |c| one_line(&c.text)),
        )
    };
    [
        // Numbered from 1, as compare numbers its statements.
        (q.index + 1).to_string(),
        format!("{}:{}", q.line, q.column),
        kind.to_string(),
        speaker,
        cue,
    ]
}

/// `name (mention, rule)`, with `?` for a speaker nobody could name.
fn speaker_cell(s: &Speaker) -> String {
    // The rule is kept whole: a long name, then a long mention, is cut to leave it room.
    let fixed = s.rule.chars().count() + 5;
    let name = fit(
        &s.name.as_deref().map_or("?".to_string(), one_line),
        MAX_SPEAKER_WIDTH.saturating_sub(fixed + 8).max(6),
    );
    match &s.mention {
        Some(m) => {
            // A long mention is cut before the rule is: the rule says how it was found.
            let room = MAX_SPEAKER_WIDTH.saturating_sub(columns(&name) + s.rule.len() + 5);
            format!(
                "{name} ({}, {})",
                fit(&one_line(&m.text), room.max(4)),
                s.rule
            )
        }
        None => format!("{name} ({})", s.rule),
    }
}

/// The quotation between curly quotes, and what links it to others.
fn quotation_cell(q: &Quotation) -> String {
    let mut s = format!("“{}”", one_line(&q.text));
    if let Some(o) = q.outer {
        let _ = write!(s, "  [inside #{}]", o + 1);
    }
    if let Some(c) = q.continues {
        let _ = write!(s, "  [continues #{}]", c + 1);
    }
    if q.unclosed {
        s.push_str("  [unclosed]");
    }
    s
}

/// Line breaks and tabs inside a cell would break the table: they become spaces.
fn one_line(t: &str) -> String {
    t.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quote::Warning;
    use crate::extract::{Mention, SpeakerType};
    use crate::read::Metadata;

    /// `push_usize` writes what `to_string` writes, at every number of digits.
    #[test]
    fn numbers_are_printed_as_decimal() {
        let mut probes: Vec<usize> = (0..1000).collect();
        let mut p = 1usize;
        while let Some(q) = p.checked_mul(10) {
            probes.extend([p - 1, p, p + 1, q - 1]);
            p = q;
        }
        probes.extend([usize::MAX, usize::MAX - 1, 1234567890123]);
        for n in probes {
            let mut buf = Vec::new();
            push_usize(&mut buf, n);
            assert_eq!(buf, n.to_string().into_bytes(), "{n}");
        }
    }

    fn quotation(index: usize, kind: QuoteKind, speaker: Speaker, cue: Option<&str>) -> Quotation {
        Quotation {
            index,
            start: 10 * index,
            end: 10 * index + 5,
            line: 1,
            column: 10 * index + 1,
            text: format!("q{index}\nnext"),
            kind,
            speaker,
            cue: cue.map(|c| Mention {
                start: 0,
                end: c.len(),
                text: c.into(),
            }),
            outer: None,
            continues: None,
            unclosed: false,
        }
    }

    /// The hand-written JSON Lines line is serde_json's, byte for byte, whatever the text
    /// holds: every control character, quote marks, backslashes, non-ASCII, escapes that
    /// straddle the eight-byte steps.
    #[test]
    fn jsonl_line_is_serde_json() {
        let mut tricky: Vec<String> = (0u8..0x80)
            .map(|b| format!("ab{}cdefghij", b as char))
            .collect();
        tricky.extend([
            String::new(),
            "\"".into(),
            "\\".into(),
            "1234567\"".into(),
            "12345678\\9".into(),
            "“Ünïcode” — \u{7f}\u{a0}\u{2028} \u{1F600}".into(),
            "\u{0}\u{1f}\u{8}\u{c}\r\n\t".into(),
            "x".repeat(33) + "\"" + &"y".repeat(9),
        ]);
        for (i, t) in tricky.iter().enumerate() {
            let mut q = quotation(i, QuoteKind::Partial, named(Some(t), Some(t)), Some(t));
            q.text = t.clone();
            q.outer = Some(i);
            q.continues = (i % 2 == 0).then_some(usize::MAX);
            q.unclosed = i % 3 == 0;
            q.speaker.role = (i % 2 == 1).then(|| t.clone());
            q.speaker.kind = [
                SpeakerType::Person,
                SpeakerType::Organization,
                SpeakerType::Unknown,
            ][i % 3];
            q.kind = [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Nonspeech][i % 3];
            for file in [t.as_str(), "a.txt"] {
                let mut want = serde_json::to_vec(&QuoteOut::new(Some(file), &q)).unwrap();
                want.push(b'\n');
                let mut head = b"{\"file\":".to_vec();
                push_json_str(&mut head, file);
                let mut got = Vec::new();
                push_jsonl_line(&mut got, &head, &q);
                assert_eq!(
                    String::from_utf8(got).unwrap(),
                    String::from_utf8(want).unwrap()
                );
            }
        }
        let mut q = quotation(0, QuoteKind::Direct, Speaker::unknown("none"), None);
        q.speaker.mention = None;
        let mut want = serde_json::to_vec(&QuoteOut::new(Some("f"), &q)).unwrap();
        want.push(b'\n');
        let mut got = Vec::new();
        push_jsonl_line(&mut got, b"{\"file\":\"f\"", &q);
        assert_eq!(got, want);
    }

    fn named(name: Option<&str>, mention: Option<&str>) -> Speaker {
        Speaker {
            name: name.map(String::from),
            role: None,
            mention: mention.map(|m| Mention {
                start: 0,
                end: m.len(),
                text: m.into(),
            }),
            kind: SpeakerType::Person,
            rule: "test-rule",
        }
    }

    /// The text layout, on quotations built by hand so that every kind of cell shows,
    /// whatever the extractor finds today.
    #[test]
    fn text_rows_show_speaker_cue_and_marks() {
        let mut qs = vec![
            quotation(
                0,
                QuoteKind::Direct,
                named(Some("Claudia Sheinbaum"), Some("she")),
                Some("said"),
            ),
            quotation(
                1,
                QuoteKind::Partial,
                named(None, Some("the Mexican leader")),
                None,
            ),
            quotation(2, QuoteKind::Nonspeech, Speaker::unknown("title"), None),
            quotation(
                3,
                QuoteKind::Direct,
                Speaker::unknown("none"),
                Some("told\treporters"),
            ),
        ];
        qs[3].outer = Some(0);
        qs[3].continues = Some(1);
        qs[3].unclosed = true;
        let doc = Document {
            name: "a.txt".into(),
            text: "x\n".repeat(30),
            meta: Metadata::default(),
        };
        let found = Extraction {
            quotes: qs,
            warnings: vec![Warning {
                offset: 4,
                message: "odd mark".into(),
            }],
        };
        let mut out = Vec::new();
        render(OutputFormat::Text, &[(doc, found)], &mut out).unwrap();
        let want = "\
a.txt: 4 quotations, 1 not speech (×), 1 warning
  #  at    kind       speaker (mention, rule)             cue             quotation
  1  1:1   direct     Claudia Sheinbaum (she, test-rule)  said            “q0 next”
  2  1:11  partial    ? (the Mexican leader, test-rule)   —               “q1 next”
× 3  1:21  nonspeech                                                      “q2 next”
  4  1:31  direct     ? (none)                            told reporters  “q3 next”  [inside #1]  [continues #2]  [unclosed]
  warning 3:1: odd mark
  rules:
    test-rule: test-rule
    none: none
";
        assert_eq!(String::from_utf8(out).unwrap(), want);
    }

    #[test]
    fn columns_stay_aligned_whatever_the_names() {
        let long = Speaker {
            name: Some("Her Excellency the Ambassador Extraordinary and Plenipotentiary María José García-Sánchez".into()),
            mention: Some(Mention {
                start: 0,
                end: 3,
                text: "the ambassador of the Kingdom of Spain to the Court of St James’s".into(),
            }),
            ..Speaker::unknown("after+description")
        };
        let short = Speaker {
            name: Some("Li".into()),
            ..Speaker::unknown("after+name")
        };
        // Wide characters: each takes two columns of a terminal.
        let wide = Speaker {
            name: Some("习近平".into()),
            ..Speaker::unknown("after+name")
        };
        let qs = vec![
            quotation(
                0,
                QuoteKind::Direct,
                long,
                Some("said, speaking slowly to the assembled"),
            ),
            quotation(1, QuoteKind::Direct, short, Some("said")),
            quotation(2, QuoteKind::Direct, wide, Some("said")),
        ];
        let doc = Document {
            name: "a.txt".into(),
            text: "x\n".repeat(30),
            meta: Metadata::default(),
        };
        let found = Extraction {
            quotes: qs,
            warnings: Vec::new(),
        };
        let mut out = Vec::new();
        render(OutputFormat::Text, &[(doc, found)], &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        let rows: Vec<&str> = out.lines().skip(1).take(4).collect();
        // The quotation column starts at the same terminal column on every row.
        let at: Vec<usize> = rows
            .iter()
            .map(|r| r.find('“').map_or(usize::MAX, |b| columns(&r[..b])))
            .collect();
        assert_eq!(at[1], at[2], "{out}");
        assert_eq!(at[2], at[3], "{out}");
        let header_at = rows[0].find("quotation").map(|b| columns(&rows[0][..b]));
        assert_eq!(header_at, Some(at[1]), "{out}");
        // The rule is kept whole however long the mention.
        assert!(rows[1].contains("after+description)"), "{out}");
        assert!(
            out.contains("after+description: named after the quotation"),
            "{out}"
        );
    }

    #[test]
    fn an_empty_document_says_so() {
        let doc = Document {
            name: "empty.txt".into(),
            text: String::new(),
            meta: Metadata::default(),
        };
        let mut out = Vec::new();
        render(
            OutputFormat::Text,
            &[(doc, Extraction::default())],
            &mut out,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "empty.txt: no quotations\n"
        );
    }

    #[test]
    fn jsonl_field_order_is_fixed() {
        let doc = Document {
            name: "a.txt".into(),
            text: String::new(),
            meta: Metadata::default(),
        };
        let q = quotation(
            0,
            QuoteKind::Direct,
            named(Some("N"), Some("M")),
            Some("said"),
        );
        let found = Extraction {
            quotes: vec![q],
            warnings: vec![],
        };
        let mut out = Vec::new();
        render(OutputFormat::Jsonl, &[(doc, found)], &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            concat!(
                r#"{"file":"a.txt","start":0,"end":5,"line":1,"column":1,"text":"q0\nnext","kind":"direct","#,
                r#""speaker":{"name":"N","mention":{"start":0,"end":1,"text":"M"},"type":"person","rule":"test-rule","role":null},"#,
                r#""cue":{"start":0,"end":4,"text":"said"},"outer":null,"continues":null,"unclosed":false,"index":0}"#,
                "\n"
            )
        );
    }
}
