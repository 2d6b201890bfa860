//! Judging an alignment: what kind of difference each stretch is, how much it matters, and how
//! faithful the variant's wording is.
//!
//! [`classify`] takes the [`Piece`]s of [`crate::compare::diff::align`] and returns the word diff as
//! [`Chunk`]s to draw, and the [`Difference`]s with their [`Class`] and [`Severity`]:
//!
//! | class | severity | what it is |
//! |---|---|---|
//! | `identical` | none | the same words and punctuation |
//! | `cosmetic` | cosmetic | the same words once normalised ("U.S." / "United States", "we'll" / "we will", "$10 million" / "10 million dollars"), written as one word or two ("goodwill" / "good will"), or spelled the British or the American way |
//! | `truncation` | minor | one side quotes words the other does not quote at all (a sub-span) |
//! | `omission` | minor if disclosed by an ellipsis, else major | words left out inside a quotation |
//! | `insertion` | minor if disclosed by \[brackets\], else major | words put in inside a quotation; a replacement far longer than what it replaces |
//! | `substitution` | major (minor in \[brackets\]) | words replaced |
//! | `translation` | minor | words replaced where the speaker was translated: two renderings, not a misquote |
//! | `modality` | major | a modal verb changed ("will" / "would") |
//! | `negation` | critical | a negation added, dropped or turned around ("not", "never" / "always", "nobody" / "you") |
//! | `number` | critical | a number changed |
//! | `name` | critical | a named person or place changed |
//! | `attribution` | critical | the words are credited to someone else |
//!
//! An omission, insertion or substitution of function words only ("our" / "the", "with" left
//! out; quantifiers such as "all" excepted) is minor whatever its class says.
//!
//! Fidelity is `1 - cost / n`, where `n` counts the words in the stretch both sides quote and
//! each word changed, left out or put in costs 1 (function words 0.5, cosmetic differences 0).
//! It measures wording, not meaning (severity does that): a paraphrase scores low however
//! little its changes matter, and what one side does not quote at all costs nothing, so a
//! faithful fragment scores 1.

use crate::compare::diff::{Piece, PieceKind, Reading};
use crate::compare::normalize::Token;
use crate::extract::lexicon::LEXICON;
use crate::extract::marks::MARK_CHARS;
use compact_str::CompactString;
use serde::Serialize;
use std::ops::Range;

/// How much a difference matters, from least to most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    None,
    Cosmetic,
    Minor,
    Major,
    Critical,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::None => "none",
            Severity::Cosmetic => "cosmetic",
            Severity::Minor => "minor",
            Severity::Major => "major",
            Severity::Critical => "critical",
        }
    }
}

/// What kind of difference a stretch of words is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    Identical,
    Cosmetic,
    Truncation,
    Omission,
    Insertion,
    Substitution,
    Translation,
    Modality,
    Negation,
    Number,
    Name,
    Attribution,
}

impl Class {
    pub fn name(self) -> &'static str {
        match self {
            Class::Identical => "identical",
            Class::Cosmetic => "cosmetic",
            Class::Truncation => "truncation",
            Class::Omission => "omission",
            Class::Insertion => "insertion",
            Class::Substitution => "substitution",
            Class::Translation => "translation",
            Class::Modality => "modality",
            Class::Negation => "negation",
            Class::Number => "number",
            Class::Name => "name",
            Class::Attribution => "attribution",
        }
    }

    /// The severity of a difference of this class; `disclosed` when an ellipsis or square
    /// brackets tell the reader that the quotation was edited.
    pub fn severity(self, disclosed: bool) -> Severity {
        match self {
            Class::Identical => Severity::None,
            Class::Cosmetic => Severity::Cosmetic,
            Class::Truncation | Class::Translation => Severity::Minor,
            Class::Omission | Class::Insertion | Class::Substitution if disclosed => {
                Severity::Minor
            }
            Class::Omission | Class::Insertion | Class::Substitution => Severity::Major,
            Class::Modality => Severity::Major,
            Class::Negation | Class::Number | Class::Name | Class::Attribution => {
                Severity::Critical
            }
        }
    }
}

/// The words on one side of a difference.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Words {
    /// As printed in the article (passages joined by " … ").
    pub text: String,
    /// The normalised words that were compared.
    pub words: Vec<CompactString>,
    /// Byte offsets of the words in the article, when there are any.
    pub start: Option<usize>,
    pub end: Option<usize>,
}

/// One difference between a variant and the reference.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Difference {
    pub class: Class,
    pub severity: Severity,
    /// An ellipsis or square brackets in the quotation disclose the edit.
    pub disclosed: bool,
    /// No reading has a majority where this difference stands: the outlets differ and the
    /// report blames none of them.
    pub divided: bool,
    pub reference: Words,
    pub variant: Words,
    /// One line for an editor.
    pub note: String,
}

/// How a stretch of the word diff is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChunkOp {
    /// The same words.
    Same,
    /// The same words, written differently.
    Cosmetic,
    /// Reference words replaced by the variant's.
    Replace,
    /// Reference words the variant lacks.
    Delete,
    /// Variant words the reference lacks.
    Insert,
    /// Reference words the variant does not quote at all.
    Unquoted,
    /// Variant words beyond what the reference quotes.
    Extra,
}

/// A stretch of the word diff, in the reference's order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chunk {
    pub op: ChunkOp,
    pub reference: String,
    pub variant: String,
    /// Index into the variant's differences, when this stretch is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub difference: Option<usize>,
}

/// One side of the comparison: an article's text and the reading taken from it.
#[derive(Clone, Copy)]
pub struct Side<'a> {
    pub text: &'a str,
    pub reading: &'a Reading,
}

/// Everything the classifier says about one variant.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Judgement {
    pub chunks: Vec<Chunk>,
    pub differences: Vec<Difference>,
    /// How faithful the wording is on what both sides quote, 0 to 1 (see the module doc).
    pub fidelity: f64,
    pub worst: Severity,
    /// The classes found, in the order of [`Class`]; `identical` alone when there are none.
    pub classes: Vec<Class>,
}

/// What the classifier needs to know besides the words.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The speaker's words were translated (manifest, `--translated`, or the article says so).
    pub translated: bool,
    /// Passages of the variant credited to someone else than the statement's speaker.
    pub attribution: Vec<Conflict>,
}

/// A passage credited to someone else than the speaker the statement is credited to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The statement's speaker.
    pub expected: String,
    /// Who this article credits.
    pub credited: String,
    /// Index of the passage in the variant's reading.
    pub passage: usize,
}

/// Changed stretches longer than this are not read as a negation, a number or a name change:
/// "Sovereignty is not for sale" put in is an insertion, not a negation flip.
const SHORT: usize = 4;

/// Judges the alignment `pieces` of `v` against `r`.
pub fn classify(r: Side, v: Side, pieces: &[Piece], cx: &Context) -> Judgement {
    let mut chunks = Vec::new();
    let mut differences = Vec::new();
    for c in &cx.attribution {
        let range = v.reading.passages.get(c.passage).cloned().unwrap_or(0..0);
        let (expected, credited) = (&c.expected, &c.credited);
        differences.push(Difference {
            class: Class::Attribution,
            severity: Severity::Critical,
            disclosed: false,
            divided: false,
            reference: Words {
                text: expected.clone(),
                ..Words::default()
            },
            variant: words(v, range),
            note: format!("credited to {credited} here; the other articles credit {expected}"),
        });
    }
    let mut compared = 0usize;
    let mut cost = 0.0f64;
    for p in pieces {
        if p.kind == PieceKind::Same {
            same_chunks(r, v, p, &mut chunks, &mut differences);
            compared += p.r.len();
            continue;
        }
        let (class, disclosed, mut note) = judge(r, v, p, cx);
        let mut severity = class.severity(disclosed);
        // Function words alone ("our" / "the", "with" left out) change little of what was said.
        let slight = matches!(
            class,
            Class::Omission | Class::Insertion | Class::Substitution | Class::Translation
        ) && function_words_only(&r.reading.tokens[p.r.clone()])
            && function_words_only(&v.reading.tokens[p.v.clone()]);
        if slight {
            severity = severity.min(Severity::Minor);
            note.push_str(" (function words)");
        }

        // Fidelity counts wording, not how much a change matters: every word changed, left
        // out or put in costs the same (half for function words, nothing for the same words
        // written otherwise), and what one side does not quote at all costs nothing.
        let size = p.r.len().max(p.v.len());
        if class != Class::Truncation {
            compared += size;
            cost += match class {
                Class::Cosmetic => 0.0,
                _ if slight => 0.5,
                _ => 1.0,
            } * size as f64;
        }
        let d = Difference {
            class,
            severity,
            disclosed,
            // The apparatus decides where no reading has a majority.
            divided: false,
            reference: words(r, p.r.clone()),
            variant: words(v, p.v.clone()),
            note,
        };
        let op = match p.kind {
            PieceKind::Same => ChunkOp::Same,
            PieceKind::Changed => ChunkOp::Replace,
            PieceKind::Omitted => ChunkOp::Delete,
            PieceKind::Inserted => ChunkOp::Insert,
            PieceKind::Unquoted => ChunkOp::Unquoted,
            PieceKind::Extra => ChunkOp::Extra,
        };
        chunks.push(Chunk {
            op,
            reference: d.reference.text.clone(),
            variant: d.variant.text.clone(),
            difference: Some(differences.len()),
        });
        differences.push(d);
    }
    let fidelity = if compared == 0 {
        0.0
    } else {
        (1.0 - cost / compared as f64).clamp(0.0, 1.0)
    };
    let worst = differences
        .iter()
        .map(|d| d.severity)
        .max()
        .unwrap_or(Severity::None);
    let mut classes: Vec<Class> = differences.iter().map(|d| d.class).collect();
    classes.sort();
    classes.dedup();
    if classes.is_empty() {
        classes.push(Class::Identical);
    }
    Judgement {
        chunks,
        differences,
        fidelity: (fidelity * 100.0).round() / 100.0,
        worst,
        classes,
    }
}

/// Splits a stretch of equal words into the same and the cosmetically different.
fn same_chunks(r: Side, v: Side, p: &Piece, chunks: &mut Vec<Chunk>, diffs: &mut Vec<Difference>) {
    let n = p.r.len();
    // 0: the same; 1: the same words written differently ("U.S." / "United States");
    // 2: only punctuation or case differ ("inalienable, sovereignty" / "inalienable. Sovereignty").
    let state: Vec<u8> = (0..n)
        .map(|k| {
            let (ti, tj) = (
                &r.reading.tokens[p.r.start + k],
                &v.reading.tokens[p.v.start + k],
            );
            if letters(r.text, ti) != letters(v.text, tj) {
                return 1;
            }
            // A capital that only follows where a sentence starts is no change of its own.
            let fold_case = ti.sentence_start || tj.sentence_start;
            let style = |s: &str| {
                if fold_case {
                    typeset(s).to_lowercase()
                } else {
                    typeset(s)
                }
            };
            let restyled = style(&r.text[ti.start..ti.end]) != style(&v.text[tj.start..tj.end])
                || (k + 1 < n && gap(r, p.r.start + k) != gap(v, p.v.start + k));
            if restyled {
                2
            } else {
                0
            }
        })
        .collect();
    let mut k = 0;
    while k < n {
        let d = state[k];
        let mut e = k;
        while e < n && state[e] == d {
            e += 1;
        }
        let rr = p.r.start + k..p.r.start + e;
        let vr = p.v.start + k..p.v.start + e;
        if d == 0 {
            let text = surface(r, rr);
            chunks.push(Chunk {
                op: ChunkOp::Same,
                reference: text.clone(),
                variant: text,
                difference: None,
            });
        } else {
            let reference = words(r, rr);
            let variant = words(v, vr);
            let note = if d == 1 {
                format!(
                    "written \u{201c}{}\u{201d} here, the same words",
                    variant.text
                )
            } else {
                format!("punctuation or case: \u{201c}{}\u{201d}", variant.text)
            };
            chunks.push(Chunk {
                op: ChunkOp::Cosmetic,
                reference: reference.text.clone(),
                variant: variant.text.clone(),
                difference: Some(diffs.len()),
            });
            diffs.push(Difference {
                class: Class::Cosmetic,
                severity: Severity::Cosmetic,
                disclosed: false,
                divided: false,
                reference,
                variant,
                note,
            });
        }
        k = e;
    }
}

/// Text with typographic variants of one character made one: curly and straight quotes and
/// apostrophes, and no spaces. What is left to differ is punctuation and case.
fn typeset(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' | '`' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            c => c,
        })
        .collect()
}

/// The punctuation between token `i` of a reading and the next one. Quote marks are left out:
/// between two words of a quotation they open or close a quotation nested in it, which is
/// no change of wording (and a reconstruction prints none).
fn gap(side: Side, i: usize) -> String {
    let ts = &side.reading.tokens;
    match ts.get(i + 1) {
        Some(next) if next.start >= ts[i].end => punctuation(&side.text[ts[i].end..next.start]),
        _ => String::new(),
    }
}

/// The punctuation of the text between two words, typographic variants made one: no spaces,
/// no quote marks (those of a quotation nested between the two words), and no words (those of
/// such a nested quotation, cut out of this one).
pub fn punctuation(between: &str) -> String {
    typeset(between)
        .chars()
        .filter(|&c| !c.is_alphanumeric() && !is_quote_mark(c))
        .collect()
}

/// A quote mark of any style the grammar knows (`crate::extract::marks`); an apostrophe
/// counts, since between two words it marks a quotation.
pub fn is_quote_mark(c: char) -> bool {
    MARK_CHARS.iter().any(|m| m.starts_with(c))
}

/// A token's letters and digits, lower case: what is left when punctuation and case are not
/// counted, so that "U.S." and "United States" differ here though they compare equal.
fn letters(text: &str, t: &Token) -> String {
    text[t.start..t.end]
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The class of a stretch that is not the same, whether it is disclosed, and a note.
fn judge(r: Side, v: Side, p: &Piece, cx: &Context) -> (Class, bool, String) {
    let rt = &r.reading.tokens[p.r.clone()];
    let vt = &v.reading.tokens[p.v.clone()];
    let negations = |ts: &[Token]| ts.iter().filter(|t| t.negation).count();
    let short = rt.len() <= SHORT && vt.len() <= SHORT;
    let rw = || surface(r, p.r.clone());
    let vw = || surface(v, p.v.clone());
    match p.kind {
        PieceKind::Unquoted => (
            Class::Truncation,
            false,
            format!("not quoted here: \u{201c}{}\u{201d}", rw()),
        ),
        PieceKind::Extra => (
            Class::Truncation,
            false,
            format!(
                "quoted here, beyond the reconstruction: \u{201c}{}\u{201d}",
                vw()
            ),
        ),
        PieceKind::Omitted | PieceKind::Inserted
            if short && !p.edge && negations(rt) != negations(vt) =>
        {
            let what = if vt.is_empty() { "dropped" } else { "added" };
            (
                Class::Negation,
                false,
                format!(
                    "negation {what}: \u{201c}{}\u{201d}",
                    if vt.is_empty() { rw() } else { vw() }
                ),
            )
        }
        PieceKind::Omitted => {
            let disclosed = ellipsis_at(v.reading, p.v.start) || rt.iter().all(|t| t.bracketed);
            let how = if disclosed {
                "left out, marked by an ellipsis"
            } else {
                "left out silently"
            };
            (
                Class::Omission,
                disclosed,
                format!("{how}: \u{201c}{}\u{201d}", rw()),
            )
        }
        PieceKind::Inserted => {
            let disclosed = vt.iter().all(|t| t.bracketed) || ellipsis_at(r.reading, p.r.start);
            let how = if disclosed {
                "put in, in brackets"
            } else {
                "put in silently"
            };
            (
                Class::Insertion,
                disclosed,
                format!("{how}: \u{201c}{}\u{201d}", vw()),
            )
        }
        PieceKind::Changed => {
            let change = format!("\u{201c}{}\u{201d} \u{2192} \u{201c}{}\u{201d}", rw(), vw());
            let tiny = rt.len() <= 2 && vt.len() <= 2;
            let joined = |ts: &[Token]| ts.iter().map(|t| t.norm.as_str()).collect::<String>();
            if joined(rt) == joined(vt) {
                return (
                    Class::Cosmetic,
                    false,
                    format!("written as one word or two: {change}"),
                );
            }
            if spelling_variant(&joined(rt), &joined(vt)) {
                return (
                    Class::Cosmetic,
                    false,
                    format!("spelled differently: {change}"),
                );
            }
            if short && negations(rt) != negations(vt) && (tiny || same_without_negation(rt, vt)) {
                (
                    Class::Negation,
                    false,
                    format!("negation flipped: {change}"),
                )
            } else if short && rt.iter().any(|t| t.number) && vt.iter().any(|t| t.number) {
                (Class::Number, false, format!("number changed: {change}"))
            } else if short
                && names(r.text, rt) != names(v.text, vt)
                && !names(r.text, rt).is_empty()
                && !names(v.text, vt).is_empty()
            {
                (Class::Name, false, format!("name changed: {change}"))
            } else if short
                && (rt.iter().any(|t| t.modal) || vt.iter().any(|t| t.modal))
                && modals(rt) != modals(vt)
            {
                (Class::Modality, false, format!("modal changed: {change}"))
            } else if vt.len() >= 2 * rt.len() + 3 {
                // Far more words than it replaces: words put in, not another rendering.
                (Class::Insertion, false, format!("words put in: {change}"))
            } else if rt.len() >= 2 * vt.len() + 3 {
                (Class::Omission, false, format!("words left out: {change}"))
            } else if vt.iter().all(|t| t.bracketed) {
                (
                    Class::Substitution,
                    true,
                    format!("replaced in brackets: {change}"),
                )
            } else if cx.translated {
                (
                    Class::Translation,
                    false,
                    format!("translated differently: {change}"),
                )
            } else {
                (
                    Class::Substitution,
                    false,
                    format!("words replaced: {change}"),
                )
            }
        }
        PieceKind::Same => (Class::Identical, false, String::new()),
    }
}

/// Auxiliaries that come and go with a negation ("will" / "won't", "did not" / "never").
const AUXILIARIES: &[&str] = &[
    "do", "does", "did", "will", "would", "can", "could", "shall", "should", "is", "are", "was",
    "were", "have", "has", "had", "am", "be",
];

/// Are two stretches the same once negations and the auxiliaries around them are left out?
/// ("we will not" / "we will never" / "we won't" yes; "you" / "cannot" no.)
fn same_without_negation(a: &[Token], b: &[Token]) -> bool {
    let rest = |ts: &[Token]| -> Vec<u64> {
        ts.iter()
            .filter(|t| !t.negation && !AUXILIARIES.contains(&t.norm.as_str()))
            .map(|t| t.id)
            .collect()
    };
    rest(a) == rest(b)
}

/// British and American spellings of one word: "marginalise" / "marginalize",
/// "labour" / "labor", "analyse" / "analyze", "centre" / "center".
fn spelling_variant(a: &str, b: &str) -> bool {
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let canon = |w: &str| {
        w.replace("our", "or")
            .replace("ise", "ize")
            .replace("isa", "iza")
            .replace("yse", "yze")
            .replace("tre", "ter")
    };
    canon(a) == canon(b)
}

/// The modal verbs of a stretch, in order.
fn modals(ts: &[Token]) -> Vec<u64> {
    ts.iter().filter(|t| t.modal).map(|t| t.id).collect()
}

/// Are all these tokens function words that carry no negation, number or modality?
/// (An empty stretch is: nothing of meaning is on that side.)
fn function_words_only(ts: &[Token]) -> bool {
    // Quantifiers are function words that still change a claim ("all Border Patrol agents").
    const QUANTIFIERS: &[&str] = &["all", "some", "any", "more", "every", "each", "only"];
    ts.iter().all(|t| {
        t.stop
            && !t.negation
            && !t.modal
            && !t.number
            && !t.proper
            && !QUANTIFIERS.contains(&t.norm.as_str())
    })
}

/// Names in a stretch: capitalised words that do not open a sentence and are not titles.
fn names(text: &str, ts: &[Token]) -> Vec<u64> {
    let mut out: Vec<u64> = ts
        .iter()
        .filter(|t| t.proper && !LEXICON.is_title(&text[t.start..t.end]))
        .map(|t| t.id)
        .collect();
    out.sort_unstable();
    out
}

/// Is there an ellipsis at token position `at` of the reading (between `at - 1` and `at`)?
fn ellipsis_at(reading: &Reading, at: usize) -> bool {
    let before = at
        .checked_sub(1)
        .and_then(|i| reading.tokens.get(i))
        .is_some_and(|t| t.ellipsis_after);
    let after = reading.tokens.get(at).is_some_and(|t| t.ellipsis_before);
    before || after
}

/// The words of `range` with their normalised forms and offsets.
pub fn words(side: Side, range: Range<usize>) -> Words {
    let ts = &side.reading.tokens[range.clone()];
    Words {
        text: surface(side, range),
        words: ts.iter().map(|t| t.norm.clone()).collect(),
        start: ts.first().map(|t| t.start),
        end: ts.last().map(|t| t.end),
    }
}

/// How a stretch of a reading is printed in its article: from its first word to its last,
/// with the punctuation that closes it; passages joined by " … ". A stretch that takes part
/// of one word (the `not` of "don't") is shown by its normalised words.
pub fn surface(side: Side, range: Range<usize>) -> String {
    let ts = &side.reading.tokens;
    if range.is_empty() {
        return String::new();
    }
    let partial = ts[range.start].same_word || ts.get(range.end).is_some_and(|t| t.same_word);
    if partial {
        return ts[range]
            .iter()
            .map(|t| t.norm.as_str())
            .collect::<Vec<_>>()
            .join(" ");
    }
    // Stretches printed together: within a passage, cut where a paragraph or a nested
    // quotation stands between two words.
    let mut runs: Vec<Range<usize>> = Vec::new();
    for p in &side.reading.passages {
        let (a, b) = (range.start.max(p.start), range.end.min(p.end));
        let mut from = a;
        for k in a + 1..b {
            let between = side.text.get(ts[k - 1].end..ts[k].start).unwrap_or("");
            if between.contains([
                '\n', '\u{201c}', '\u{201d}', '"', '\u{ab}', '\u{bb}', '\u{201e}', '\u{2018}',
            ]) {
                runs.push(from..k);
                from = k;
            }
        }
        if from < b {
            runs.push(from..b);
        }
    }
    let mut parts = Vec::new();
    for r in runs {
        let (a, b) = (r.start, r.end);
        let (start, end) = (ts[a].start, ts[b - 1].end);
        let lead = side.text[..start]
            .chars()
            .rev()
            .take_while(|c| matches!(c, '[' | '('))
            .count();
        let tail: usize = side.text[end..]
            .chars()
            .take_while(|c| {
                matches!(
                    c,
                    '.' | ',' | ';' | ':' | '!' | '?' | '\u{2026}' | ')' | ']'
                )
            })
            .map(char::len_utf8)
            .sum();
        let mut part = side.text[start - lead..end + tail].to_string();
        // Words an editor put in keep their brackets, even when the stretch cuts them.
        if ts[a].bracketed && !part.starts_with('[') {
            part.insert(0, '[');
        }
        if ts[b - 1].bracketed && !part.contains(']') {
            part.push(']');
        }
        parts.push(part);
    }
    parts.join(" \u{2026} ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::diff::align;
    use crate::compare::normalize::tokens_in;

    fn judge_pair(r: &str, v: &str, cx: &Context) -> Judgement {
        let rr = Reading::new(vec![tokens_in(r, 0..r.len())]);
        let vv = Reading::new(vec![tokens_in(v, 0..v.len())]);
        let pieces = align(&rr, &vv);
        classify(
            Side {
                text: r,
                reading: &rr,
            },
            Side {
                text: v,
                reading: &vv,
            },
            &pieces,
            cx,
        )
    }

    /// Each row: reference, variant, the classes found, the worst severity.
    #[test]
    fn table_of_classes() {
        let plain = Context::default();
        let rows: &[(&str, &str, &[Class], Severity)] = &[
            (
                "We can work together.",
                "We can work together.",
                &[Class::Identical],
                Severity::None,
            ),
            (
                "We can work together.",
                "\u{201c}we can work together,\u{201d}",
                &[Class::Identical],
                Severity::None,
            ),
            (
                "we can work together, but not now",
                "we can work together but not now",
                &[Class::Cosmetic],
                Severity::Cosmetic,
            ),
            (
                "They said. We can work together",
                "they said, we can work together",
                &[Class::Cosmetic],
                Severity::Cosmetic,
            ),
            (
                "we met in Mexico City",
                "we met in mexico city",
                &[Class::Cosmetic],
                Severity::Cosmetic,
            ),
            (
                "the U.S. Army will help",
                "the United States Army will help",
                &[Class::Cosmetic],
                Severity::Cosmetic,
            ),
            (
                "We'll send 10,000 troops",
                "We will send ten thousand troops",
                &[Class::Cosmetic],
                Severity::Cosmetic,
            ),
            (
                "Sovereignty is sacrosanct. Sovereignty is not for sale.",
                "not for sale",
                &[Class::Truncation],
                Severity::Minor,
            ),
            (
                "the territory is sacrosanct and will be defended",
                "the territory is inalienable and will be defended",
                &[Class::Substitution],
                Severity::Major,
            ),
            (
                "the U.S. Army come in to help you",
                "the United States Army enter to help you",
                &[Class::Cosmetic, Class::Substitution],
                Severity::Major,
            ),
            (
                "we will build the wall and Mexico will pay for it",
                "we will build the wall ... Mexico will pay for it",
                &[Class::Omission],
                Severity::Minor,
            ),
            (
                // A function word left out changes little of what was said.
                "we will build the wall and Mexico will pay for it",
                "we will build the wall Mexico will pay for it",
                &[Class::Omission],
                Severity::Minor,
            ),
            (
                "we will build the wall and Mexico will pay for it",
                "we will build the wall Mexico pay for it",
                &[Class::Omission],
                Severity::Major,
            ),
            (
                "we will build the wall and Mexico will pay for it",
                "we would build the wall and Mexico will pay for it",
                &[Class::Modality],
                Severity::Major,
            ),
            (
                "we always defend our territory",
                "we never defend our territory",
                &[Class::Negation],
                Severity::Critical,
            ),
            (
                "they should not be marginalised because of this orientation",
                "they should not be marginalized because of this orientation",
                &[Class::Cosmetic],
                Severity::Cosmetic,
            ),
            (
                "a person of good will",
                "a person of goodwill",
                &[Class::Cosmetic],
                Severity::Cosmetic,
            ),
            (
                "we will send them to Border Patrol agents",
                "we will send them to [the] Border Patrol agents",
                &[Class::Insertion],
                Severity::Minor,
            ),
            (
                "we will send them to Border Patrol agents",
                "we will send them to all Border Patrol agents",
                &[Class::Insertion],
                Severity::Major,
            ),
            (
                // "nobody" for "you" turns the sentence into its opposite.
                "you should stay here tonight",
                "nobody should stay here tonight",
                &[Class::Negation],
                Severity::Critical,
            ),
            (
                "the hearings on the attack in 2012 went on for months",
                "the hearings on the attack in Benghazi went on for months",
                &[Class::Substitution],
                Severity::Major,
            ),
            (
                "we will accept the offer from Washington",
                "we will not accept the offer from Washington",
                &[Class::Negation],
                Severity::Critical,
            ),
            (
                "we will never accept troops on our soil",
                "we will accept troops on our soil",
                &[Class::Negation],
                Severity::Critical,
            ),
            (
                "we sent 400 doctors to the region",
                "we sent 4,000 doctors to the region",
                &[Class::Number],
                Severity::Critical,
            ),
            (
                "I met the governor in Monterrey last week",
                "I met the governor in Tijuana last week",
                &[Class::Name],
                Severity::Critical,
            ),
            (
                "I told him the plan was ready",
                "I told [Trump] the plan was ready",
                &[Class::Substitution],
                Severity::Minor,
            ),
        ];
        for (r, v, classes, worst) in rows {
            let j = judge_pair(r, v, &plain);
            assert_eq!(
                (&j.classes[..], j.worst),
                (*classes, *worst),
                "{r:?} / {v:?}: {:#?}",
                j.differences
            );
        }
    }

    #[test]
    fn a_translated_speaker_has_translation_variants_not_misquotes() {
        let cx = Context {
            translated: true,
            ..Context::default()
        };
        let j = judge_pair(
            "our territory is inalienable, we said",
            "the territory is sacrosanct, we said",
            &cx,
        );
        assert_eq!(j.classes, [Class::Translation]);
        assert_eq!(j.worst, Severity::Minor);
        assert_eq!(j.differences[1].note, "translated differently: \u{201c}inalienable,\u{201d} \u{2192} \u{201c}sacrosanct,\u{201d}");
    }

    #[test]
    fn an_attribution_conflict_is_critical_and_leaves_the_wording_alone() {
        let conflict = Conflict {
            expected: "Claudia Sheinbaum".into(),
            credited: "Marcelo Ebrard".into(),
            passage: 0,
        };
        let cx = Context {
            attribution: vec![conflict],
            ..Context::default()
        };
        let j = judge_pair("we will not accept it", "we will not accept it", &cx);
        assert_eq!(j.differences[0].variant.text, "we will not accept it");
        assert_eq!(
            (j.classes.as_slice(), j.worst, j.fidelity),
            ([Class::Attribution].as_slice(), Severity::Critical, 1.0)
        );
    }

    #[test]
    fn fidelity_falls_with_every_word_changed() {
        let cx = Context::default();
        let fidelity = |r: &str, v: &str| judge_pair(r, v, &cx).fidelity;
        let exact = fidelity(
            "one two three four five six seven eight",
            "one two three four five six seven eight",
        );
        let fragment = fidelity(
            "one two three four five six seven eight",
            "five six seven eight",
        );
        let one_word = fidelity(
            "alpha beta gamma delta epsilon zeta eta theta",
            "alpha beta gamma delta omega zeta eta theta",
        );
        let spelling = fidelity(
            "they should not be marginalised because of this orientation",
            "they should not be marginalized because of this orientation",
        );
        let paraphrase = fidelity(
            "sovereignty is not for sale and sovereignty is loved and defended",
            "sovereignty just is not on the market and sovereignty is cherished and defended",
        );
        assert_eq!((exact, fragment, spelling), (1.0, 1.0, 1.0));
        assert_eq!(one_word, 0.88); // 1 - 1/8
        assert!(paraphrase < one_word, "{paraphrase}");
    }

    #[test]
    fn chunks_quote_the_articles_words_with_their_punctuation() {
        let j = judge_pair(
            "No, President Trump, the territory is sacrosanct.",
            "No, President Trump, our territory is inalienable.",
            &Context::default(),
        );
        let shown: Vec<(ChunkOp, &str, &str)> = j
            .chunks
            .iter()
            .map(|c| (c.op, c.reference.as_str(), c.variant.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                (
                    ChunkOp::Same,
                    "No, President Trump,",
                    "No, President Trump,"
                ),
                (ChunkOp::Replace, "the", "our"),
                (ChunkOp::Same, "territory is", "territory is"),
                (ChunkOp::Replace, "sacrosanct.", "inalienable."),
            ]
        );
    }
}
