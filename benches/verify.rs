//! `verbatim verify` at the scale the issue asks for: 1,000 articles against a 200,000-word
//! transcript set.
//!
//! `cargo bench --bench verify` times, on synthetic data built here from a seeded generator
//! (the same on every run, no file needed):
//!
//! - `verify_index/source_words/{50000,100000,200000}`: indexing the sources alone
//!   (`Corpus::new`);
//! - `verify/articles_vs_200k_words/{250,500,1000}`: the whole of `verify_documents` (the
//!   index, extraction, location, verdicts; no file read) for that many articles against the
//!   200,000 words;
//! - `verify/1000_articles_vs_words/{50000,100000}`: 1,000 articles against smaller sets (each
//!   set with its own 1,000 articles quoting it; 200,000 is `articles_vs_200k_words/1000`);
//! - `verify_real/{index_172k_words,1000_articles}`: when `../shared/verify/transcripts` is
//!   there, 1,000 articles quoting the 48 real 2016 campaign speeches (173,000 words, one
//!   speaker a file). Without it the bench says so and measures the synthetic data only.
//!
//! Before timing, each set is verified once and the verdicts are printed against what the
//! generator meant each quotation to be (a sanity check that the work is real: an exact copy
//! should come out `verbatim`, an invented one `not_found`).
//!
//! `VERBATIM_BENCH_WRITE=DIR cargo bench --bench verify` instead writes the 200,000-word set
//! (`DIR/sources/*.txt`), its 1,000 articles (`DIR/articles.jsonl`, one `{"id", "text"}` a
//! line) and what each quotation was meant to be (`DIR/expected.jsonl`: article, byte offset
//! of the opening mark, kind, expected verdict), and the real set when present
//! (`DIR/real/sources/{trump,clinton}/`, `DIR/real/articles.jsonl`), so that the release
//! binary can be timed (docs/BENCHMARKS.md):
//!
//! ```sh
//! /usr/bin/time -v target/release/verbatim verify --source DIR/sources DIR/articles.jsonl --format json
//! /usr/bin/time -v target/release/verbatim verify --source "Donald Trump=DIR/real/sources/trump" \
//!     --source "Hillary Clinton=DIR/real/sources/clinton" DIR/real/articles.jsonl --format json
//! ```
//!
//! The transcripts: 32 forums of a moderator and two or three of twelve candidates, about
//! 6,250 spoken words each, labelled in three styles (`ELENA RUIZ:`, then `RUIZ:`, and
//! `Elena Ruiz (00:12:01):`), answers of one to three paragraphs, stage directions
//! (`(APPLAUSE)`, `(LAUGHTER)`, `[CROSSTALK]`) between and inside sentences; the words are
//! drawn from 4,000 invented content words (a few common, many rare) and real function words,
//! with negations ("will not"), contractions ("we'll") and numbers ("45 percent"). The
//! articles: about 400 to 800 words of narration, each quoting one forum 5 to 15 times,
//! credited in news style (`“…,” Elena Ruiz said.`, `said Ruiz`, `Ruiz said, “…”`, partial
//! quotations): exact copies, cosmetic variants, ellipses, a word changed, a negation dropped,
//! splices, the wrong candidate credited, invented words, bystanders who are in no source.

use criterion::{criterion_group, BenchmarkId, Criterion, SamplingMode, Throughput};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;
use verbatim::compare::manifest::Manifest;
use verbatim::read::{Document, Metadata};
use verbatim::verify::index::Corpus;
use verbatim::verify::source::Source;
use verbatim::verify::{verify_documents, Request, Verdict, Verification};

/// The transcript set the issue names, in words (whitespace-separated spoken words).
const SOURCE_WORDS: usize = 200_000;
/// Words of one synthetic transcript: 32 of them make the 200,000.
const TRANSCRIPT_WORDS: usize = 6_250;
const ARTICLES: usize = 1_000;
const SEED: u64 = 2016;

/// A small, seeded xorshift generator: no dependency, the same numbers everywhere.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        // Spread small seeds over the state so that neighbouring seeds differ at once.
        Rng((seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0xd1b5_4a32_d192_ed03) | 1)
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    /// A number in `lo..=hi`.
    fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Function words of speech: no negation, condition or verb of saying (those change a
/// verdict and are put in on purpose).
const FUNCTION: &[&str] = &[
    "the", "a", "of", "to", "and", "in", "that", "is", "for", "it", "on", "with", "as", "was",
    "we", "they", "this", "by", "at", "from", "our", "be", "have", "but", "their", "are", "has",
    "an", "every", "more", "all", "so", "very", "about", "into", "over",
];
const SYLLABLES: &[&str] = &[
    "ka", "lo", "mer", "ta", "vin", "so", "ra", "del", "pi", "nor", "ex", "tu", "gan", "be", "cor",
    "li", "mon", "sa", "ter", "vo", "dan", "qui", "ro", "fen", "gal", "hu", "ist", "jo", "ment",
    "port", "bra", "sel", "dom", "ix", "pel", "ur",
];
const SUBJECTS: &[&str] = &[
    "we",
    "I",
    "they",
    "this state",
    "our families",
    "the people of this county",
    "my administration",
    "you",
    "this city",
    "our schools",
];
const MODALS: &[&str] = &[
    "will",
    "can",
    "should",
    "must",
    "are going to",
    "have to",
    "would",
    "need to",
];
const PLACES: &[&str] = &[
    "Kessington",
    "Harlow",
    "Salt Harbor",
    "Brannock Falls",
    "Fenwick",
    "Aldermoor",
    "Tamsin",
    "Westmere",
];

/// A person an article can credit.
struct Person {
    first: String,
    last: String,
    role: String,
}

impl Person {
    fn new(first: &str, last: &str, role: &str) -> Person {
        Person {
            first: first.into(),
            last: last.into(),
            role: role.into(),
        }
    }
    fn full(&self) -> String {
        format!("{} {}", self.first, self.last)
    }
}

/// Candidates (quoted), moderators (speak in the forums, not quoted) and bystanders (quoted,
/// in no source): indexes into the synthetic set's `people`.
const CANDIDATES: usize = 12;
const MODERATORS: usize = 4;

fn synthetic_people() -> Vec<Person> {
    let rows: &[(&str, &str, &str)] = &[
        ("Elena", "Ruiz", "a state senator"),
        ("Marcus", "Bell", "the former mayor"),
        ("Dana", "Whitfield", "the county executive"),
        ("Rafael", "Duarte", "a city council member"),
        ("Ingrid", "Lindqvist", "the state treasurer"),
        ("Samuel", "Okafor", "a school board member"),
        ("Priya", "Nakamura", "the attorney general"),
        ("Omar", "Haddad", "a former prosecutor"),
        ("Lucia", "Ferreira", "the lieutenant governor"),
        ("Victor", "Kowalski", "a state representative"),
        ("Hana", "Moreau", "the port commissioner"),
        ("Peter", "Adeyemi", "a businessman"),
        ("Grace", "Castellano", "the moderator"),
        ("Tomas", "Novak", "the moderator"),
        ("Karen", "Sato", "the moderator"),
        ("Ana", "Brandt", "the moderator"),
        ("Walter", "Pryce", "a retired teacher"),
        ("Nadia", "Osei", "a local business owner"),
        ("Felix", "Carver", "a union organizer"),
        ("Irene", "Lund", "a nurse"),
    ];
    rows.iter().map(|(f, l, r)| Person::new(f, l, r)).collect()
}

/// Words drawn as in speech: function words at news rates, content words skewed toward the
/// head of the list (a few common, many rare).
struct Vocabulary {
    content: Vec<String>,
}

impl Vocabulary {
    fn new() -> Vocabulary {
        let mut rng = Rng::new(7);
        let content = (0..4000)
            .map(|_| {
                let n = rng.between(2, 3);
                (0..n).map(|_| *rng.pick(SYLLABLES)).collect()
            })
            .collect();
        Vocabulary { content }
    }

    fn content_word(&self, rng: &mut Rng) -> String {
        let r = rng.below(10_000) as f64 / 10_000.0;
        self.content[(r * r * self.content.len() as f64) as usize].clone()
    }

    fn word(&self, rng: &mut Rng) -> String {
        if rng.chance(45) {
            rng.pick(FUNCTION).to_string()
        } else {
            self.content_word(rng)
        }
    }

    /// A spoken sentence: subject, modal (a negation one time in eight), then words; commas,
    /// a number now and then. The last word carries the sentence's end mark.
    fn spoken(&self, rng: &mut Rng, question: bool) -> Vec<String> {
        let mut w: Vec<String> = Vec::new();
        let subject = *rng.pick(SUBJECTS);
        let modal = *rng.pick(MODALS);
        let negated = !question && rng.chance(12);
        if subject == "we" && modal == "will" && !negated && rng.chance(40) {
            w.push("we'll".into());
        } else {
            w.extend(subject.split(' ').map(String::from));
            let mut m = modal.split(' ');
            w.push(m.next().unwrap_or("will").into());
            if negated {
                w.push("not".into());
            }
            w.extend(m.map(String::from));
        }
        w.push(self.content_word(rng));
        let rest = rng.between(5, 24);
        for k in 0..rest {
            let after_number = w
                .last()
                .is_some_and(|l| matches!(bare(l), "million" | "percent"));
            if !after_number && rng.chance(6) {
                w.push(format!("{}", rng.between(2, 99)));
                w.push(if rng.chance(50) { "percent" } else { "million" }.into());
            } else {
                w.push(self.word(rng));
            }
            if k + 1 < rest && k > 1 && rng.chance(8) {
                if let Some(last) = w.last_mut() {
                    last.push(',');
                }
            }
        }
        finish_sentence(&mut w, if question { '?' } else { end_mark(rng) });
        w
    }

    /// A sentence of narration (no negation, nobody named).
    fn narration(&self, rng: &mut Rng, len: usize) -> Vec<String> {
        let mut w: Vec<String> = (0..len).map(|_| self.word(rng)).collect();
        finish_sentence(&mut w, '.');
        w
    }
}

fn end_mark(rng: &mut Rng) -> char {
    match rng.below(20) {
        0 => '!',
        1 => '?',
        _ => '.',
    }
}

fn finish_sentence(w: &mut [String], mark: char) {
    if let Some(first) = w.first_mut() {
        *first = capitalised(first);
    }
    if let Some(last) = w.last_mut() {
        last.push(mark);
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn lower_first(s: &str) -> String {
    if s == "I" || s.starts_with("I'") || s.starts_with("I\u{2019}") {
        return s.to_string();
    }
    let mut c = s.chars();
    match c.next() {
        Some(f) if !c.clone().next().is_some_and(char::is_uppercase) => {
            f.to_lowercase().chain(c).collect()
        }
        _ => s.to_string(),
    }
}

/// A sentence said in a source, as the generator wrote it.
struct Said {
    /// Index into the set's people.
    speaker: usize,
    /// Unique over the set: two sentences of one turn share it.
    turn: usize,
    /// Surface words, punctuation attached; the last carries the end mark.
    words: Vec<String>,
}

/// Sources, who speaks in them, and every sentence the articles may quote.
struct Set {
    /// `(file name, text, the speaker of the whole file)`.
    files: Vec<(String, String, Option<String>)>,
    people: Vec<Person>,
    said: Vec<Said>,
    /// For each source: its quotable sentences (indexes into `said`).
    by_source: Vec<Vec<usize>>,
    /// For each source: the people it quotes (candidates, not moderators).
    speakers: Vec<Vec<usize>>,
    bystanders: Vec<usize>,
    /// Spoken words of the sources, lower case: invented quotations and substitutions are
    /// drawn from them.
    pool: Vec<String>,
}

impl Set {
    fn sources(&self) -> Vec<Source> {
        self.files
            .iter()
            .map(|(name, text, speaker)| Source::new(name, text.clone(), "txt", speaker.as_deref()))
            .collect()
    }

    fn words(&self) -> usize {
        self.files
            .iter()
            .map(|(_, text, _)| text.split_whitespace().count())
            .sum()
    }
}

/// Forum transcripts of about `words` spoken words in all.
fn synthetic_set(words: usize, vocab: &Vocabulary) -> Set {
    let people = synthetic_people();
    let mut set = Set {
        files: Vec::new(),
        people,
        said: Vec::new(),
        by_source: Vec::new(),
        speakers: Vec::new(),
        bystanders: (CANDIDATES + MODERATORS..CANDIDATES + MODERATORS + 4).collect(),
        pool: Vec::new(),
    };
    let count = words.div_ceil(TRANSCRIPT_WORDS);
    for k in 0..count {
        transcript(&mut set, k, vocab);
    }
    set.pool = set
        .said
        .iter()
        .flat_map(|s| s.words.iter())
        .map(|w| bare(w).to_lowercase())
        .filter(|w| !w.is_empty() && w != "not")
        .collect();
    set
}

/// A word without the punctuation attached to it.
fn bare(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

/// Transcript `k` of the synthetic set: the same text whatever the set's size.
fn transcript(set: &mut Set, k: usize, vocab: &Vocabulary) {
    let mut rng = Rng::new(SEED ^ ((k as u64 + 1) << 20));
    let source = set.files.len();
    let moderator = CANDIDATES + rng.below(MODERATORS);
    let mut candidates: Vec<usize> = Vec::new();
    let n = rng.between(2, 3);
    while candidates.len() < n {
        let c = rng.below(CANDIDATES);
        if !candidates.contains(&c) {
            candidates.push(c);
        }
    }
    let style = k % 3;
    let place = PLACES[k % PLACES.len()];
    let mut text = format!(
        "{place} candidates forum, session {}\n\nRecorded before an audience at the {place} civic hall.\n\n",
        k + 1
    );
    let mut seen: Vec<usize> = Vec::new();
    let mut clock = 30usize;
    let mut spoken = 0usize;
    let mut quotable = Vec::new();
    let mut turn_no = 0usize;
    let label = |who: usize, seen: &mut Vec<usize>, clock: usize, people: &[Person]| -> String {
        let p = &people[who];
        let first = !seen.contains(&who);
        seen.push(who);
        match style {
            0 => format!("{}: ", p.full().to_uppercase()),
            1 if first => format!("{}: ", p.full().to_uppercase()),
            1 => format!("{}: ", p.last.to_uppercase()),
            _ => format!(
                "{} ({:02}:{:02}:{:02}): ",
                p.full(),
                clock / 3600,
                clock / 60 % 60,
                clock % 60
            ),
        }
    };
    while spoken < TRANSCRIPT_WORDS {
        // The moderator asks; a candidate answers; now and then another answers back.
        let mut turns = vec![(moderator, rng.between(1, 2), true)];
        let answering = *rng.pick(&candidates);
        turns.push((answering, rng.between(3, 10), false));
        if rng.chance(35) {
            let other = *rng.pick(&candidates);
            if other != answering {
                turns.push((other, rng.between(2, 5), false));
            }
        }
        for (who, sentences, asking) in turns {
            turn_no += 1;
            let turn = source * 100_000 + turn_no;
            text.push_str(&label(who, &mut seen, clock, &set.people));
            let paragraphs = if asking { 1 } else { rng.between(1, 3) };
            for s in 0..sentences {
                let words = vocab.spoken(&mut rng, asking && s + 1 == sentences);
                // Laughter inside one sentence in thirty.
                let laughter = if rng.chance(3) {
                    rng.between(1, words.len() - 1)
                } else {
                    0
                };
                let mut line = String::new();
                for (i, w) in words.iter().enumerate() {
                    if i > 0 {
                        line.push(' ');
                    }
                    if i > 0 && i == laughter {
                        line.push_str("(LAUGHTER) ");
                    }
                    line.push_str(w);
                }
                text.push_str(&line);
                spoken += words.len();
                clock += words.len() * 2 / 5;
                if rng.chance(4) {
                    text.push_str(" (APPLAUSE)");
                }
                if !asking {
                    quotable.push(set.said.len());
                }
                set.said.push(Said {
                    speaker: who,
                    turn,
                    words,
                });
                let paragraph_end = (s + 1) * paragraphs / sentences != s * paragraphs / sentences;
                if s + 1 == sentences {
                    text.push_str("\n\n");
                } else if paragraph_end {
                    text.push_str("\n\n");
                    if rng.chance(5) {
                        text.push_str("[CROSSTALK]\n\n");
                    }
                } else {
                    text.push(' ');
                }
            }
        }
    }
    let name = format!(
        "{:02}-{}.txt",
        k + 1,
        place.to_lowercase().replace(' ', "-")
    );
    set.files.push((name, text, None));
    set.by_source.push(quotable);
    set.speakers.push(candidates);
}

/// The 48 campaign speeches of `../shared/verify/transcripts`, if that directory exists.
fn real_set() -> Option<Set> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/verify/transcripts");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return None;
    }
    let mut set = Set {
        files: Vec::new(),
        people: vec![
            Person::new("Donald", "Trump", "the Republican nominee"),
            Person::new("Hillary", "Clinton", "the Democratic nominee"),
            Person::new("Walter", "Pryce", "a retired teacher"),
            Person::new("Nadia", "Osei", "a local business owner"),
        ],
        said: Vec::new(),
        by_source: Vec::new(),
        speakers: Vec::new(),
        bystanders: vec![2, 3],
        pool: Vec::new(),
    };
    let mut turn = 0;
    for path in paths {
        let file = path.file_name()?.to_string_lossy().to_string();
        let who = if file.starts_with("Trump") { 0 } else { 1 };
        let bytes = std::fs::read(&path).ok()?;
        let text = decode(&bytes);
        let mut quotable = Vec::new();
        for line in text.lines() {
            turn += 1;
            let mut sentence: Vec<String> = Vec::new();
            for w in line.split_whitespace() {
                sentence.push(w.to_string());
                if ends_sentence(w) {
                    let words = std::mem::take(&mut sentence);
                    if clean(&words) {
                        quotable.push(set.said.len());
                        set.said.push(Said {
                            speaker: who,
                            turn,
                            words,
                        });
                    }
                }
            }
        }
        let name = set.people[who].full();
        set.files.push((file, text, Some(name)));
        set.by_source.push(quotable);
        set.speakers.push(vec![who]);
    }
    set.pool = set
        .said
        .iter()
        .flat_map(|s| s.words.iter())
        .map(|w| bare(w).to_lowercase())
        .filter(|w| w.len() > 1 && w.chars().all(char::is_alphabetic))
        .collect();
    Some(set)
}

/// UTF-8, or else Windows-1252 (as a third of the released speeches are written).
fn decode(bytes: &[u8]) -> String {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.to_string();
    }
    bytes
        .iter()
        .map(|&b| match b {
            0x85 => '\u{2026}',
            0x91 => '\u{2018}',
            0x92 => '\u{2019}',
            0x93 => '\u{201c}',
            0x94 => '\u{201d}',
            0x96 => '\u{2013}',
            0x97 => '\u{2014}',
            0x80..=0x9f => '\u{fffd}',
            _ => char::from(b),
        })
        .collect()
}

fn ends_sentence(w: &str) -> bool {
    const ABBREVIATIONS: &[&str] = &["Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Jr.", "Sr.", "vs."];
    let w = w.trim_end_matches(['"', '\u{201d}', '\u{2019}', ')']);
    w.ends_with(['.', '?', '!'])
        && !ABBREVIATIONS.contains(&w)
        && !w[..w.len() - 1].contains('.')
        && w.chars().filter(|c| c.is_alphabetic()).count() != 1
}

/// A real sentence an article can quote as it is: 6 to 40 words, no quotation marks,
/// brackets, ellipses, colons or undecodable bytes in it.
fn clean(words: &[String]) -> bool {
    (6..=40).contains(&words.len())
        && words.iter().all(|w| {
            !w.contains([
                '"', '\u{201c}', '\u{201d}', '\u{2018}', '[', ']', '(', ')', ':', ';', '\u{2026}',
                '\u{fffd}',
            ]) && !w.contains("..")
                && !w.starts_with(['\'', '\u{2019}'])
                && !w.ends_with('\'')
        })
}

/// What the generator meant a quotation to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Kind {
    /// A stretch of one sentence copied word for word.
    Exact,
    /// The same, starting after a negation in its clause ("will not | build the road"): out
    /// of context.
    ExactAfterNegation,
    /// Copied with contractions spelled out and commas dropped.
    Cosmetic,
    /// Four to eight words quoted inside the article's own sentence.
    Partial,
    /// Two sentences of one turn, in order, joined by "…".
    Ellipsis,
    /// One meaning word changed.
    Substituted,
    /// "not" taken out.
    NegationDropped,
    /// Two stretches of the speaker's different turns joined by a comma.
    Spliced,
    /// Copied word for word, credited to another candidate of the same forum.
    Misattributed,
    /// Words said nowhere, credited to a candidate.
    Invented,
    /// Words said nowhere, credited to someone in no source.
    Bystander,
}

impl Kind {
    const ALL: [Kind; 11] = [
        Kind::Exact,
        Kind::ExactAfterNegation,
        Kind::Cosmetic,
        Kind::Partial,
        Kind::Ellipsis,
        Kind::Substituted,
        Kind::NegationDropped,
        Kind::Spliced,
        Kind::Misattributed,
        Kind::Invented,
        Kind::Bystander,
    ];

    fn name(self) -> &'static str {
        match self {
            Kind::Exact => "exact",
            Kind::ExactAfterNegation => "exact_after_negation",
            Kind::Cosmetic => "cosmetic",
            Kind::Partial => "partial",
            Kind::Ellipsis => "ellipsis",
            Kind::Substituted => "word_changed",
            Kind::NegationDropped => "negation_dropped",
            Kind::Spliced => "spliced",
            Kind::Misattributed => "wrong_speaker",
            Kind::Invented => "invented",
            Kind::Bystander => "bystander",
        }
    }

    /// The verdict verify should give (`None`: skipped unless `--all`, then `not_found`).
    fn expected(self) -> Option<Verdict> {
        Some(match self {
            Kind::Exact | Kind::Cosmetic | Kind::Partial | Kind::Ellipsis => Verdict::Verbatim,
            Kind::ExactAfterNegation => Verdict::Context,
            Kind::Substituted | Kind::NegationDropped => Verdict::Altered,
            Kind::Spliced => Verdict::Spliced,
            Kind::Misattributed => Verdict::Misattributed,
            Kind::Invented => Verdict::NotFound,
            Kind::Bystander => return None,
        })
    }
}

/// A quotation planted in an article.
struct Planted {
    /// Byte offset of its opening mark.
    start: usize,
    kind: Kind,
    credited: usize,
    /// Who really said the words (none for invented ones).
    said_by: Option<usize>,
}

struct Article {
    id: String,
    text: String,
    planted: Vec<Planted>,
}

/// The words of a quotation and who is credited with them.
struct Quote {
    words: Vec<String>,
    kind: Kind,
    credited: usize,
    said_by: Option<usize>,
}

/// A stretch of a sentence: `i..j` of its words, end marks and commas at the end let go.
/// A number is never cut from its unit ("93 | million"): a journalist would not, and verify
/// rightly calls "93" for "93 million" a changed number.
fn stretch(words: &[String], range: std::ops::Range<usize>) -> Vec<String> {
    let (i, j) = whole_numbers(words, range.start, range.end);
    let mut w: Vec<String> = words[i..j].to_vec();
    if let Some(last) = w.last_mut() {
        *last = last.trim_end_matches(['.', ',', '?', '!', ';']).to_string();
    }
    w
}

/// `i..j` moved so as not to cut a number from its unit.
fn whole_numbers(words: &[String], mut i: usize, mut j: usize) -> (usize, usize) {
    let unit = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| matches!(bare(w), "million" | "percent"))
    };
    if i > 0 && unit(i) {
        i += 1;
    }
    if j < words.len() && unit(j) {
        j += 1;
    }
    (i, j.max(i + 1).min(words.len()))
}

/// Does the clause of `words` before `i` hold a negation?
fn negated_before(words: &[String], i: usize) -> bool {
    (0..i)
        .rev()
        .take_while(|&k| !words[k].ends_with(','))
        .any(|k| bare(&words[k]).eq_ignore_ascii_case("not"))
}

fn expand(w: &str) -> String {
    let plain = w.replace('\u{2019}', "'");
    let table: &[(&str, &str)] = &[
        ("we'll", "we will"),
        ("We'll", "We will"),
        ("I'm", "I am"),
        ("we're", "we are"),
        ("We're", "We are"),
        ("don't", "do not"),
        ("Don't", "Do not"),
        ("it's", "it is"),
        ("It's", "It is"),
        ("that's", "that is"),
        ("That's", "That is"),
        ("you're", "you are"),
        ("they're", "they are"),
    ];
    for &(from, to) in table {
        if let Some(rest) = plain.strip_prefix(from) {
            if rest.chars().all(|c| !c.is_alphanumeric()) {
                return format!("{to}{rest}");
            }
        }
    }
    w.to_string()
}

/// Draws one quotation of source `s`.
fn quote(set: &Set, s: usize, rng: &mut Rng) -> Quote {
    let pool = &set.by_source[s];
    let sentence = |rng: &mut Rng| &set.said[*rng.pick(pool)];
    let exact = |rng: &mut Rng, from_start: bool| -> (Vec<String>, Kind, usize) {
        let said = sentence(rng);
        let n = said.words.len();
        let (i, j) = if from_start || rng.chance(55) || n < 10 {
            (0, n)
        } else {
            let i = rng.below(n - 6);
            (i, rng.between(i + 6, n.min(i + 25)))
        };
        let (i, j) = whole_numbers(&said.words, i, j);
        let kind = if negated_before(&said.words, i) {
            Kind::ExactAfterNegation
        } else {
            Kind::Exact
        };
        (stretch(&said.words, i..j), kind, said.speaker)
    };
    // Words of the source as they were said, credited to their speaker.
    let copied = |rng: &mut Rng, from_start: bool| -> Quote {
        let (words, kind, who) = exact(rng, from_start);
        Quote {
            words,
            kind,
            credited: who,
            said_by: Some(who),
        }
    };
    let invented = |rng: &mut Rng| -> Vec<String> {
        let n = rng.between(10, 22);
        let mut w: Vec<String> = (0..n).map(|_| rng.pick(&set.pool).clone()).collect();
        w[0] = capitalised(&w[0]);
        w
    };
    let other_speaker = |rng: &mut Rng, who: usize| -> Option<usize> {
        let others: Vec<usize> = set.speakers[s]
            .iter()
            .copied()
            .filter(|&p| p != who)
            .collect();
        if others.is_empty() {
            // A one-speaker source (a speech): the other candidate of the set.
            (0..2).find(|&p| p != who && !set.bystanders.contains(&p))
        } else {
            Some(*rng.pick(&others))
        }
    };
    let roll = rng.below(100);
    match roll {
        0..=39 => copied(rng, false),
        40..=47 => {
            let said = sentence(rng);
            let words = stretch(&said.words, 0..said.words.len())
                .iter()
                .map(|w| expand(w).trim_end_matches(',').to_string())
                .collect();
            Quote {
                words,
                kind: Kind::Cosmetic,
                credited: said.speaker,
                said_by: Some(said.speaker),
            }
        }
        48..=54 => {
            let said = sentence(rng);
            let n = said.words.len();
            let len = rng.between(4, 8).min(n);
            let i = rng.below(n - len + 1);
            let (i, j) = whole_numbers(&said.words, i, i + len);
            let kind = if negated_before(&said.words, i) {
                Kind::ExactAfterNegation
            } else {
                Kind::Partial
            };
            let mut words = stretch(&said.words, i..j);
            words[0] = lower_first(&words[0]);
            Quote {
                words,
                kind,
                credited: said.speaker,
                said_by: Some(said.speaker),
            }
        }
        55..=59 => {
            // Two sentences of one turn with at least one between them.
            for _ in 0..50 {
                let k = rng.below(pool.len());
                let a = &set.said[pool[k]];
                let later: Vec<usize> = pool[k + 1..]
                    .iter()
                    .take(12)
                    .skip(1)
                    .copied()
                    .filter(|&b| set.said[b].turn == a.turn)
                    .collect();
                if later.is_empty() {
                    continue;
                }
                let b = &set.said[*rng.pick(&later)];
                let mut words = stretch(&a.words, 0..a.words.len());
                words.push("\u{2026}".into());
                words.extend(stretch(&b.words, 0..b.words.len()));
                return Quote {
                    words,
                    kind: Kind::Ellipsis,
                    credited: a.speaker,
                    said_by: Some(a.speaker),
                };
            }
            copied(rng, true)
        }
        60..=69 => {
            // A sentence with a word to change (one of five letters or more after the first).
            for _ in 0..50 {
                let said = sentence(rng);
                let n = said.words.len();
                let j = if n > 14 && rng.chance(50) {
                    rng.between(10, n)
                } else {
                    n
                };
                let mut words = stretch(&said.words, 0..j);
                let slots: Vec<usize> = (1..words.len())
                    .filter(|&k| {
                        let b = bare(&words[k]);
                        b.len() > 4 && b.chars().all(char::is_alphabetic)
                    })
                    .collect();
                if slots.is_empty() {
                    continue;
                }
                let k = *rng.pick(&slots);
                let old = bare(&words[k]).to_string();
                let mut new = old.clone();
                while new.eq_ignore_ascii_case(&old) || new.len() < 4 {
                    new = rng.pick(&set.pool).clone();
                }
                words[k] = words[k].replacen(&old, &new, 1);
                return Quote {
                    words,
                    kind: Kind::Substituted,
                    credited: said.speaker,
                    said_by: Some(said.speaker),
                };
            }
            copied(rng, true)
        }
        70..=73 => {
            let negated: Vec<&Said> = pool
                .iter()
                .map(|&k| &set.said[k])
                .filter(|s| s.words.iter().any(|w| bare(w) == "not"))
                .collect();
            if negated.is_empty() {
                return copied(rng, true);
            }
            let said = *rng.pick(&negated);
            let mut words = stretch(&said.words, 0..said.words.len());
            words.retain(|w| bare(w) != "not");
            Quote {
                words,
                kind: Kind::NegationDropped,
                credited: said.speaker,
                said_by: Some(said.speaker),
            }
        }
        74..=81 => {
            let a = sentence(rng);
            let theirs: Vec<&Said> = pool
                .iter()
                .map(|&k| &set.said[k])
                .filter(|b| b.speaker == a.speaker && b.turn != a.turn && b.words.len() >= 8)
                .collect();
            if theirs.is_empty() || a.words.len() < 8 {
                return copied(rng, true);
            }
            let b = *rng.pick(&theirs);
            let la = rng.between(6, 12).min(a.words.len());
            let mut words = stretch(&a.words, 0..la);
            if let Some(last) = words.last_mut() {
                last.push(',');
            }
            let lb = rng.between(6, 12).min(b.words.len());
            let ib = rng.below(b.words.len() - lb + 1);
            let mut second = stretch(&b.words, ib..ib + lb);
            second[0] = lower_first(&second[0]);
            words.extend(second);
            Quote {
                words,
                kind: Kind::Spliced,
                credited: a.speaker,
                said_by: Some(a.speaker),
            }
        }
        82..=88 => {
            let (words, _, who) = exact(rng, true);
            match other_speaker(rng, who) {
                Some(other) => Quote {
                    words,
                    kind: Kind::Misattributed,
                    credited: other,
                    said_by: Some(who),
                },
                None => Quote {
                    words,
                    kind: Kind::Exact,
                    credited: who,
                    said_by: Some(who),
                },
            }
        }
        89..=96 => Quote {
            words: invented(rng),
            kind: Kind::Invented,
            credited: *rng.pick(&set.speakers[s]),
            said_by: None,
        },
        _ => Quote {
            words: invented(rng),
            kind: Kind::Bystander,
            credited: *rng.pick(&set.bystanders),
            said_by: None,
        },
    }
}

/// A paragraph of narration of about `words` words.
fn narration(vocab: &Vocabulary, rng: &mut Rng, words: usize) -> (String, usize) {
    let mut out = Vec::new();
    let mut n = 0;
    while n < words.max(10) {
        let len = rng.between(10, 22);
        out.push(vocab.narration(rng, len).join(" "));
        n += len;
    }
    (out.join(" "), n)
}

/// Article `k`, quoting source `s` of the set.
fn article(set: &Set, vocab: &Vocabulary, k: usize, s: usize) -> Article {
    let mut rng = Rng::new(SEED ^ 0xa11ce ^ ((k as u64) << 24));
    let quotes = rng.between(5, 15);
    let target = rng.between(450, 760);
    let drawn: Vec<Quote> = (0..quotes).map(|_| quote(set, s, &mut rng)).collect();
    let quoted: usize = drawn.iter().map(|q| q.words.len() + 3).sum();
    // Each gap of narration overshoots by half a sentence, each attribution adds a few words.
    let gap = target.saturating_sub(quoted + 9 * (quotes + 1)) / (quotes + 1);
    let mut text = String::new();
    let title_words = rng.between(6, 10);
    let title = vocab.narration(&mut rng, title_words).join(" ");
    let _ = write!(text, "{}\n\n", title.trim_end_matches('.'));
    let place = PLACES[s % PLACES.len()].to_uppercase();
    let (para, _) = narration(vocab, &mut rng, gap);
    let _ = write!(text, "{place} \u{2014} {para}\n\n");
    let mut named: Vec<usize> = Vec::new();
    let mut planted = Vec::new();
    for q in drawn {
        let person = &set.people[q.credited];
        let first_time = !named.contains(&q.credited);
        named.push(q.credited);
        let name = if first_time {
            person.full()
        } else {
            person.last.clone()
        };
        let body = q.words.join(" ");
        let start;
        if q.kind == Kind::Partial {
            let lead = format!("{} said the {} would ", name, vocab.content_word(&mut rng));
            start = text.len() + lead.len();
            let _ = write!(
                text,
                "{lead}\u{201c}{body}\u{201d} by the {}.\n\n",
                vocab.content_word(&mut rng)
            );
        } else {
            let form = rng.below(10);
            if form < 5 {
                start = text.len();
                let _ = write!(text, "\u{201c}{body},\u{201d} {name} said");
            } else if form < 8 {
                start = text.len();
                let _ = write!(text, "\u{201c}{body},\u{201d} said {name}");
            } else {
                let lead = format!("{name} said, ");
                start = text.len() + lead.len();
                let _ = write!(text, "{lead}\u{201c}{body}.\u{201d}");
            }
            if form < 8 {
                if first_time && rng.chance(50) {
                    let _ = write!(text, ", {}.", person.role);
                } else {
                    text.push('.');
                }
            }
            text.push_str("\n\n");
        }
        planted.push(Planted {
            start,
            kind: q.kind,
            credited: q.credited,
            said_by: q.said_by,
        });
        let (para, _) = narration(vocab, &mut rng, gap);
        let _ = write!(text, "{para}\n\n");
    }
    Article {
        id: format!("article-{:04}", k + 1),
        text,
        planted,
    }
}

/// `n` articles quoting the set's sources in turn.
fn articles(set: &Set, vocab: &Vocabulary, n: usize) -> Vec<Article> {
    (0..n)
        .map(|k| article(set, vocab, k, k % set.files.len()))
        .collect()
}

fn documents(articles: &[Article]) -> Vec<Document> {
    articles
        .iter()
        .map(|a| Document {
            name: a.id.clone(),
            text: a.text.clone(),
            meta: Metadata::default(),
        })
        .collect()
}

fn run(sources: &[Source], docs: &[Document], req: &Request) -> Verification {
    verify_documents(sources, &Manifest::default(), docs, Vec::new(), req)
}

/// The verdicts against what the generator planted, printed: one row a kind.
fn sanity(label: &str, set: &Set, articles: &[Article], result: &Verification) {
    let mut got: HashMap<(&str, usize), Verdict> = HashMap::new();
    for q in &result.quotations {
        got.insert((q.file.as_str(), q.start), q.verdict);
    }
    let mut table: HashMap<Kind, [usize; 7]> = HashMap::new();
    let mut planted = 0;
    for a in articles {
        for p in &a.planted {
            planted += 1;
            let row = table.entry(p.kind).or_default();
            match got.remove(&(a.id.as_str(), p.start)) {
                Some(v) => row[Verdict::ALL.iter().position(|&x| x == v).unwrap_or(0)] += 1,
                None => row[6] += 1,
            }
        }
    }
    let s = &result.summary;
    let words: usize = result.sources.iter().map(|s| s.words).sum();
    eprintln!(
        "\n{label}: {} sources, {} words ({} as tokens), {} articles, {} quotations planted, {} checked, {} skipped, {} found that were not planted",
        set.files.len(),
        set.words(),
        words,
        s.articles,
        planted,
        s.quotations,
        s.skipped,
        got.len()
    );
    eprintln!(
        "  {:<22} {:>8} {:>8} {:>8} {:>8} {:>8} {:>9} {:>8}   expected",
        "planted", "verbatim", "altered", "context", "spliced", "misattr", "not_found", "unchecked"
    );
    for kind in Kind::ALL {
        let Some(row) = table.get(&kind) else {
            continue;
        };
        let mut line = format!("  {:<22}", kind.name());
        for (k, n) in row.iter().enumerate() {
            let w = if k == 5 { 9 } else { 8 };
            let _ = write!(line, " {n:>w$}");
        }
        let want = kind.expected().map_or("unchecked", Verdict::name);
        eprintln!("{line}   {want}");
    }
    let c = &s.verdicts;
    eprintln!(
        "  verdicts: verbatim {}, altered {}, context {}, spliced {}, misattributed {}, not_found {}",
        c.verbatim, c.altered, c.context, c.spliced, c.misattributed, c.not_found
    );
}

fn write_set(dir: &Path, set: &Set, articles: &[Article]) {
    let sources = dir.join("sources");
    std::fs::create_dir_all(&sources).expect("the sources directory can be made");
    for (name, text, speaker) in &set.files {
        let sub = match speaker {
            Some(s) => sources.join(s.split(' ').next_back().unwrap_or("").to_lowercase()),
            None => sources.clone(),
        };
        std::fs::create_dir_all(&sub).expect("a sources directory can be made");
        std::fs::write(sub.join(name), text).expect("a source can be written");
    }
    let mut body = String::new();
    let mut expected = String::new();
    for a in articles {
        let line = serde_json::json!({ "id": a.id, "text": a.text });
        let _ = writeln!(body, "{line}");
        for p in &a.planted {
            let line = serde_json::json!({
                "article": a.id,
                "start": p.start,
                "kind": p.kind.name(),
                "expected": p.kind.expected().map_or("skipped", Verdict::name),
                "credited": set.people[p.credited].full(),
                "said_by": p.said_by.map(|w| set.people[w].full()),
            });
            let _ = writeln!(expected, "{line}");
        }
    }
    std::fs::write(dir.join("articles.jsonl"), body).expect("the articles can be written");
    std::fs::write(dir.join("expected.jsonl"), expected).expect("the plan can be written");
    eprintln!(
        "wrote {} ({} sources, {} words; {} articles)",
        dir.display(),
        set.files.len(),
        set.words(),
        articles.len()
    );
}

fn write_all(dir: &Path) {
    let vocab = Vocabulary::new();
    let set = synthetic_set(SOURCE_WORDS, &vocab);
    let arts = articles(&set, &vocab, ARTICLES);
    write_set(dir, &set, &arts);
    match real_set() {
        Some(real) => {
            let arts = articles(&real, &vocab, ARTICLES);
            write_set(&dir.join("real"), &real, &arts);
        }
        None => eprintln!("../shared/verify/transcripts not found: no real set written"),
    }
}

fn bench(c: &mut Criterion) {
    let vocab = Vocabulary::new();
    let req = Request::default();
    let sizes = [50_000, 100_000, SOURCE_WORDS];
    let sets: Vec<Set> = sizes.iter().map(|&w| synthetic_set(w, &vocab)).collect();
    let sources: Vec<Vec<Source>> = sets.iter().map(Set::sources).collect();
    let docs: Vec<Vec<Document>> = sets
        .iter()
        .map(|set| {
            let arts = articles(set, &vocab, ARTICLES);
            let docs = documents(&arts);
            if set.files.len() * TRANSCRIPT_WORDS >= SOURCE_WORDS {
                sanity(
                    "synthetic, default (candidates named in the sources)",
                    set,
                    &arts,
                    &run(&sources[2], &docs, &req),
                );
                let all = Request {
                    all: true,
                    ..Request::default()
                };
                sanity(
                    "synthetic, --all",
                    set,
                    &arts,
                    &run(&sources[2], &docs, &all),
                );
            }
            docs
        })
        .collect();

    let mut g = c.benchmark_group("verify_index");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(10));
    for (k, &words) in sizes.iter().enumerate() {
        g.throughput(Throughput::Elements(words as u64));
        g.bench_with_input(
            BenchmarkId::new("source_words", words),
            &sources[k],
            |b, s| b.iter(|| Corpus::new(s).tokens.len()),
        );
    }
    g.finish();

    let mut g = c.benchmark_group("verify");
    g.sample_size(10);
    g.sampling_mode(SamplingMode::Flat);
    g.measurement_time(Duration::from_secs(20));
    for n in [250, 500, ARTICLES] {
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(
            BenchmarkId::new("articles_vs_200k_words", n),
            &docs[2][..n],
            |b, d| b.iter(|| run(&sources[2], d, &req).summary.quotations),
        );
    }
    g.throughput(Throughput::Elements(ARTICLES as u64));
    for (k, &words) in sizes.iter().enumerate().take(2) {
        g.bench_with_input(
            BenchmarkId::new("1000_articles_vs_words", words),
            &docs[k],
            |b, d| b.iter(|| run(&sources[k], d, &req).summary.quotations),
        );
    }
    g.finish();

    match real_set() {
        Some(real) => {
            let arts = articles(&real, &vocab, ARTICLES);
            let docs = documents(&arts);
            let sources = real.sources();
            sanity(
                "real speeches (../shared/verify/transcripts)",
                &real,
                &arts,
                &run(&sources, &docs, &req),
            );
            let mut g = c.benchmark_group("verify_real");
            g.sample_size(10);
            g.sampling_mode(SamplingMode::Flat);
            g.measurement_time(Duration::from_secs(20));
            g.bench_function("index_172k_words", |b| {
                b.iter(|| Corpus::new(&sources).tokens.len())
            });
            g.throughput(Throughput::Elements(ARTICLES as u64));
            g.bench_function("1000_articles", |b| {
                b.iter(|| run(&sources, &docs, &req).summary.quotations)
            });
            g.finish();
        }
        None => eprintln!(
            "../shared/verify/transcripts not found: the real-speech benchmark is skipped"
        ),
    }
}

criterion_group!(benches, bench);

fn main() {
    if let Some(dir) = std::env::var_os("VERBATIM_BENCH_WRITE") {
        write_all(Path::new(&dir));
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
