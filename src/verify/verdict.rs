//! Judging a quotation against the sources: where it was said, by whom, in which words and
//! in which sentence, and the one verdict that says it all.
//!
//! | verdict | when |
//! |---|---|
//! | `not_found` | fewer than half of its words (or of its meaning words) are found in one place |
//! | `misattributed` | found in a labelled turn of a named speaker whose name is not the credited one |
//! | `spliced` | its pieces come from separate sentences, sources or turns without an ellipsis, or in another order |
//! | `context` | the source sentence puts a negation, a condition or another's claim around the words |
//! | `altered` | a difference beyond the cosmetic and the disclosed (compare's classes) |
//! | `verbatim` | otherwise |
//!
//! The word diff and its classes are compare's ([`crate::compare::diff`],
//! [`crate::compare::classify`]): the source is simply the authoritative reading.

use crate::compare::align::{SpeakerKey, Unit};
use crate::compare::classify::{self, Chunk, ChunkOp, Class, Difference, Severity, Side, Words};
use crate::compare::diff::{self, Reading};
use crate::compare::manifest::Manifest;
use crate::compare::normalize::{tokens_in, Token};
use crate::extract::text::LineIndex;
use crate::verify::captions::UNNAMED;
use crate::verify::index::Corpus;
use crate::verify::locate::{pieces, Found, Placed, NEARBY, SPLICE_WORDS};
use crate::verify::model::{Checked, ContextNote, Passage, Verdict};
use std::collections::HashMap;
use std::ops::Range;

/// An omission without an ellipsis longer than this (in words) is a splice even inside a
/// sentence: whole clauses were cut out.
const FAR: usize = 12;

/// Verbs of saying: "they say we should …" reports others' words, not the speaker's own.
const SAY: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "claim",
    "claims",
    "claimed",
    "claiming",
    "tell",
    "tells",
    "told",
    "telling",
    "argue",
    "argues",
    "argued",
    "suggest",
    "suggests",
    "suggested",
    "think",
    "thinks",
    "thought",
    "believe",
    "believes",
    "call",
    "calls",
    "called",
    "describe",
    "describes",
    "described",
    "quote",
    "scream",
    "screamed",
    "screaming",
    "shout",
    "shouted",
    "shouting",
    "chant",
    "chanted",
    "chanting",
];

/// Words that open a condition.
const CONDITIONS: &[&str] = &["if", "unless"];

/// What the checker needs besides the quotation: the indexed sources and who was translated.
pub struct Checker<'a> {
    pub corpus: &'a Corpus<'a>,
    lines: Vec<LineIndex>,
    manifest: &'a Manifest,
    translated: &'a [String],
    /// Each speaker label's name key, read once (a place's speaker is asked for at every
    /// candidate place of every quotation).
    keys: HashMap<String, SpeakerKey>,
    /// Each source's speakers' keys.
    named: Vec<Vec<SpeakerKey>>,
}

/// A quotation to check: the unit compare makes of it, and where it stands in its article.
pub struct Quoted<'a> {
    pub text: &'a str,
    pub unit: &'a Unit,
    /// The article says the speaker was translated ("said in Spanish").
    pub marker: Option<String>,
}

/// A group of pieces said in one stretch of one source.
struct Group {
    source: usize,
    /// Corpus positions of the source stretch.
    span: Range<usize>,
    /// The quotation's tokens.
    tokens: Range<usize>,
    /// The first and last of the quotation's tokens that were matched.
    q_first: usize,
    q_last: usize,
    matched: usize,
}

impl<'a> Checker<'a> {
    pub fn new(
        corpus: &'a Corpus<'a>,
        manifest: &'a Manifest,
        translated: &'a [String],
    ) -> Checker<'a> {
        let lines = corpus
            .sources
            .iter()
            .map(|s| LineIndex::new(&s.text))
            .collect();
        let mut keys = HashMap::new();
        let mut named = Vec::new();
        for source in corpus.sources {
            let speakers = source.speakers();
            for s in &speakers {
                keys.entry(s.clone())
                    .or_insert_with(|| SpeakerKey::from_name(s));
            }
            named.push(
                speakers
                    .iter()
                    .map(|s| SpeakerKey::from_name(s))
                    .filter(SpeakerKey::is_known)
                    .collect(),
            );
        }
        Checker {
            corpus,
            lines,
            manifest,
            translated,
            keys,
            named,
        }
    }

    /// Does someone the sources name match this key?
    pub fn speaks(&self, key: &SpeakerKey) -> bool {
        key.is_known() && self.named.iter().flatten().any(|k| k.matches(key))
    }

    /// Is a speaker named in a source the credited one? `None` when nobody can tell: the
    /// source names no one there, or the credited speaker is unknown. Words after a bare `>>`
    /// in captions are someone else's when the credited speaker is named in those captions.
    fn same_speaker(&self, credited: &SpeakerKey, pos: usize) -> Option<bool> {
        let label = self.corpus.speaker_at(pos)?;
        if !credited.is_known() {
            return None;
        }
        if label == UNNAMED {
            let named_here = self.named[self.corpus.source_of(pos)]
                .iter()
                .any(|k| k.matches(credited));
            return named_here.then_some(false);
        }
        let k = self.keys.get(label)?;
        k.is_known().then(|| k.matches(credited))
    }

    /// Checks one quotation. `line`, `column`, `start`, `end`, `shown` and `speaker` say where it
    /// stands and who the article credits.
    pub fn check(&self, q: &Quoted, mut out: Checked) -> Checked {
        let toks = &q.unit.reading.tokens;
        let credited = &q.unit.speaker;
        let c = self.corpus;
        let prefer = |pos: usize| self.same_speaker(credited, pos) == Some(true);
        let mut placed = pieces(c, toks, &prefer);
        // A piece that keeps less than half its words (and fewer than four) was not found.
        for p in &mut placed {
            if p.found
                .as_ref()
                .is_some_and(|f| f.matched() * 2 < p.words.max(1) && f.matched() < 4)
            {
                p.found = None;
            }
        }
        // A short piece found far from the others is chance, not a splice: a few common words
        // ("say what I mean") are said somewhere in any long source.
        if placed.iter().filter(|p| p.found.is_some()).count() > 1 {
            let spans: Vec<Option<(usize, Range<usize>)>> = placed
                .iter()
                .map(|p| p.found.as_ref().map(|f| (f.source, f.span())))
                .collect();
            let near = |a: &(usize, Range<usize>), b: &(usize, Range<usize>)| {
                a.0 == b.0
                    && (b.1.start.abs_diff(a.1.end) <= NEARBY
                        || a.1.start.abs_diff(b.1.end) <= NEARBY)
            };
            for k in 0..placed.len() {
                let Some(f) = &placed[k].found else { continue };
                if f.matched() >= SPLICE_WORDS && f.content >= 1 {
                    continue;
                }
                // Pieces an ellipsis joins may stand far apart.
                let me = spans[k].clone().expect("found");
                let prev = (!placed[k].ellipsis_before)
                    .then(|| spans[..k].iter().rev().flatten().next())
                    .flatten();
                let next = (k + 1..placed.len())
                    .find(|&j| spans[j].is_some())
                    .filter(|&j| !placed[j].ellipsis_before)
                    .and_then(|j| spans[j].as_ref());
                let far =
                    prev.is_some_and(|p| !near(p, &me)) || next.is_some_and(|n| !near(&me, n));
                if far {
                    placed[k].found = None;
                }
            }
        }
        let words: usize = placed.iter().map(|p| p.words).sum();
        let content_words: usize = placed.iter().map(|p| p.content_words).sum();
        let found = || placed.iter().filter_map(|p| p.found.as_ref());
        let matched: usize = found().map(Found::matched).sum();
        let content: usize = found().map(|f| f.content).sum();
        out.similarity = if words == 0 {
            0.0
        } else {
            (matched as f64 / words as f64 * 1000.0).round() / 1000.0
        };
        let located = matched > 0
            && matched * 2 >= words
            && (content_words == 0 || content * 2 >= content_words)
            && (words > 2 || matched == words);
        out.translated = self.translation(credited, q.marker.as_deref());
        if !located {
            return self.not_found(q, out);
        }
        let (groups, splices) = self.groups(&placed, toks);
        // Who says it there: the speaker of the place that holds most of the words.
        let main = groups.iter().max_by_key(|g| g.matched).expect("located");
        let said_by = c.speaker_at(main.span.start).map(str::to_string);
        out.source = Some(self.passage_of(&groups));
        if groups.len() > 1 {
            out.pieces = groups
                .iter()
                .map(|g| self.passage(g.source, g.span.clone()))
                .collect();
        }
        self.diff(q, &groups, &placed, &mut out);
        let mut misattributed = self.same_speaker(credited, main.span.start) == Some(false);
        if misattributed {
            // Someone else's words only when they are the quotation's words, said as their
            // own: a speaker quoting the credited person ("Paul Ryan called it …") or a
            // common phrase in other words is no misattribution.
            let other = said_by.as_deref().unwrap_or("someone else");
            let quoting = self
                .context(&groups, toks)
                .filter(|cx| cx.reason == "reported");
            let close = out.severity <= Severity::Minor && matched >= 4;
            if let Some(cx) = quoting {
                out.verdict = Verdict::NotFound;
                out.note = format!(
                    "not in the sources as {}'s words; {other} quotes them as someone else's: \u{201c}{}\u{201d}",
                    out.speaker.as_deref().unwrap_or("the credited speaker"),
                    cx.sentence.text
                );
                return out;
            }
            if !close {
                out.verdict = Verdict::NotFound;
                out.note = format!(
                    "not in the sources as {}'s words; the nearest passage is {other}'s, with {:.0}% of its words and differences",
                    out.speaker.as_deref().unwrap_or("the credited speaker"),
                    out.similarity * 100.0
                );
                return out;
            }
            misattributed = true;
        }
        let context = if splices.is_empty() && !misattributed {
            self.context(&groups, toks)
        } else {
            None
        };
        let altered = out.differences.iter().any(|d| {
            !(d.severity <= Severity::Cosmetic
                || (d.disclosed
                    && d.severity <= Severity::Minor
                    && matches!(
                        d.class,
                        Class::Omission | Class::Insertion | Class::Substitution
                    )))
        });
        out.verdict = if misattributed {
            Verdict::Misattributed
        } else if !splices.is_empty() {
            Verdict::Spliced
        } else if context.is_some() {
            Verdict::Context
        } else if altered {
            Verdict::Altered
        } else {
            Verdict::Verbatim
        };
        out.note = match out.verdict {
            Verdict::Misattributed => format!(
                "the source gives these words to {}; the article credits {}",
                said_by.as_deref().unwrap_or("someone else"),
                out.speaker.as_deref().unwrap_or("someone else"),
            ),
            Verdict::Spliced => splices.join("; "),
            Verdict::Context => {
                let cx = context.as_ref().expect("context");
                let what = match cx.reason {
                    "negation" => "a negation",
                    "condition" => "a condition",
                    _ => "whose words they are",
                };
                format!(
                    "the source sentence says \u{201c}{}\u{201d}; left out: \u{201c}{}\u{201d} ({what})",
                    cx.sentence.text, cx.words
                )
            }
            Verdict::Altered => {
                let worst = out
                    .differences
                    .iter()
                    .max_by_key(|d| d.severity)
                    .map_or(String::new(), |d| d.note.clone());
                let n = out
                    .differences
                    .iter()
                    .filter(|d| d.severity > Severity::Cosmetic)
                    .count();
                format!(
                    "{n} difference{} from the source, the worst {}: {worst}",
                    if n == 1 { "" } else { "s" },
                    out.severity.name()
                )
            }
            _ => {
                if groups.len() > 1 {
                    format!(
                        "the source's words, from {} places joined by an ellipsis",
                        groups.len()
                    )
                } else {
                    "the source's words".to_string()
                }
            }
        };
        out.context = context;
        out
    }

    /// The pieces found, grouped into stretches of the source, and the splices between them.
    fn groups(&self, placed: &[Placed], toks: &[Token]) -> (Vec<Group>, Vec<String>) {
        let c = self.corpus;
        let mut groups: Vec<Group> = Vec::new();
        let mut splices = Vec::new();
        for p in placed {
            let Some(f) = &p.found else { continue };
            // Inside a piece: an undisclosed cut across a sentence end is a splice.
            for w in f.pairs.windows(2) {
                let (a, b) = (w[0], w[1]);
                let gap = b.1 - a.1 - 1;
                if gap >= 3 && (a.1..b.1).any(|k| c.tokens[k].sentence_end) {
                    splices.push(format!(
                        "{gap} words of the source, a sentence end among them, are cut out before \u{201c}{}\u{201d} without an ellipsis",
                        self.surface(c.source_of(b.1), b.1..b.1 + 1)
                    ));
                }
            }
            let span = f.span();
            if let Some(g) = groups.last_mut() {
                let same_place = g.source == f.source && span.start >= g.span.end;
                let gap = span.start.saturating_sub(g.span.end);
                let crosses = same_place
                    && gap > 0
                    && (g.span.end - 1..span.start).any(|k| c.tokens[k].sentence_end);
                let other_turn =
                    same_place && c.at[g.span.end - 1].1 != c.at[span.start].1 && gap > 0;
                if !p.ellipsis_before && same_place && !crosses && gap <= FAR && !other_turn {
                    g.span.end = span.end;
                    g.tokens.end = p.tokens.end;
                    g.q_last = f.q_span().end - 1;
                    g.matched += f.matched();
                    continue;
                }
                let shown = |r: Range<usize>| {
                    let words: Vec<&str> = toks[r].iter().map(|t| t.norm.as_str()).collect();
                    words.join(" ")
                };
                let why = if g.source != f.source {
                    Some(format!(
                        "\u{201c}{}\u{201d} comes from another source, {}",
                        shown(p.tokens.clone()),
                        c.sources[f.source].name
                    ))
                } else if span.start < g.span.end {
                    Some(format!(
                        "\u{201c}{}\u{201d} was said before the words it follows",
                        shown(p.tokens.clone())
                    ))
                } else if !p.ellipsis_before {
                    Some(format!(
                        "\u{201c}{}\u{201d} is joined without an ellipsis to words said {gap} words earlier{}",
                        shown(p.tokens.clone()),
                        if crosses { ", in another sentence" } else { "" }
                    ))
                } else {
                    None
                };
                splices.extend(why);
            }
            groups.push(Group {
                source: f.source,
                span,
                tokens: p.tokens.clone(),
                q_first: f.q_span().start,
                q_last: f.q_span().end - 1,
                matched: f.matched(),
            });
        }
        for g in &mut groups {
            self.extend(g, toks);
        }
        (groups, splices)
    }

    /// Stretches a group's source span over the words its quotation has beyond the matched
    /// ones ("[Okafor]" for "She", "spirit" for "courage", "We" of "We do not expect"), within
    /// the sentence and the turn: the diff then shows them replaced or dropped, not put in.
    fn extend(&self, g: &mut Group, toks: &[Token]) {
        let c = self.corpus;
        let t = &c.tokens;
        let bounds = &c.spans[g.source];
        let turn = c.at[g.span.start].1;
        let head = g.q_first - g.tokens.start;
        if head > 0 {
            let want = toks[g.tokens.start].id;
            let mut lo = g.span.start;
            let mut hit = None;
            while g.span.start - lo < head + 3
                && lo > bounds.start
                && !t[lo - 1].sentence_end
                && c.at[lo - 1].1 == turn
            {
                lo -= 1;
                if t[lo].id == want {
                    hit = Some(lo);
                    break;
                }
            }
            g.span.start = hit.unwrap_or(g.span.start - head.min(g.span.start - lo));
        }
        let tail = (g.tokens.end - 1).saturating_sub(g.q_last);
        if tail > 0 {
            let want = toks[g.tokens.end - 1].id;
            let turn = c.at[g.span.end - 1].1;
            let mut hi = g.span.end;
            let mut hit = None;
            while hi - g.span.end < tail + 3
                && hi < bounds.end
                && !t[hi - 1].sentence_end
                && c.at[hi].1 == turn
            {
                hi += 1;
                if t[hi - 1].id == want {
                    hit = Some(hi);
                    break;
                }
            }
            g.span.end = hit.unwrap_or(g.span.end + tail.min(hi - g.span.end));
        }
    }

    /// The word diff of each group against its source stretch, compare's classes on it.
    fn diff(&self, q: &Quoted, groups: &[Group], placed: &[Placed], out: &mut Checked) {
        let cx = classify::Context {
            translated: out.translated.is_some(),
            attribution: Vec::new(),
        };
        for (k, g) in groups.iter().enumerate() {
            if k > 0 {
                out.chunks.push(Chunk {
                    op: ChunkOp::Unquoted,
                    reference: "\u{2026}".into(),
                    variant: "\u{2026}".into(),
                    difference: None,
                });
            }
            // The source's spoken words alone (no labels, cue timings, stage directions),
            // read again as tokens: the reference's offsets are into the passage's text.
            let said = self.passage(g.source, g.span.clone()).text;
            let r = Reading::new(vec![tokens_in(&said, 0..said.len())]);
            let v = Reading::new(vec![q.unit.reading.tokens[g.tokens.clone()].to_vec()]);
            let rs = Side {
                text: &said,
                reading: &r,
            };
            let vs = Side {
                text: q.text,
                reading: &v,
            };
            let j = classify::classify(rs, vs, &diff::pieces(&r, &v), &cx);
            let base = out.differences.len();
            for mut ch in j.chunks {
                ch.difference = ch.difference.map(|d| d + base);
                out.chunks.push(ch);
            }
            out.differences.extend(j.differences);
        }
        // Words of the quotation found nowhere: put in.
        for p in placed.iter().filter(|p| p.found.is_none()) {
            let v = Reading::new(vec![q.unit.reading.tokens[p.tokens.clone()].to_vec()]);
            let vs = Side {
                text: q.text,
                reading: &v,
            };
            let w = classify::words(vs, 0..v.len());
            out.chunks.push(Chunk {
                op: ChunkOp::Extra,
                reference: String::new(),
                variant: w.text.clone(),
                difference: Some(out.differences.len()),
            });
            out.differences.push(Difference {
                class: Class::Insertion,
                severity: Severity::Major,
                disclosed: false,
                divided: false,
                reference: Words::default(),
                note: format!("not in the source: \u{201c}{}\u{201d}", w.text),
                variant: w,
            });
        }
        // The alignment's loose ends: words beyond the source stretch were put in, source
        // words at its ends not quoted were left out (compare calls both truncation).
        for ch in &out.chunks {
            let Some(d) = ch.difference else { continue };
            let d = &mut out.differences[d];
            if d.class != Class::Truncation {
                continue;
            }
            match ch.op {
                ChunkOp::Extra => {
                    d.class = Class::Insertion;
                    d.note = format!("not in the source: \u{201c}{}\u{201d}", d.variant.text);
                }
                _ => {
                    d.class = Class::Omission;
                    d.note = format!("left out silently: \u{201c}{}\u{201d}", d.reference.text);
                }
            }
            d.severity = d.class.severity(d.disclosed);
        }
        out.severity = out
            .differences
            .iter()
            .map(|d| d.severity)
            .max()
            .unwrap_or(Severity::None);
    }

    /// Does the source sentence around the words change their sense?
    fn context(&self, groups: &[Group], toks: &[Token]) -> Option<ContextNote> {
        let c = self.corpus;
        let (first, last) = (groups.first()?, groups.last()?);
        if first.source != last.source {
            return None;
        }
        let span = &c.spans[first.source];
        let (from, to) = (first.span.start, last.span.end);
        // The sentence runs on across a stage direction ("We will not (APPLAUSE) raise the
        // fees"): the same speaker goes on, though the turn is cut there.
        let speaker = c.speaker_at(from);
        let mut s = from;
        while s > span.start
            && !c.tokens[s - 1].sentence_end
            && c.speaker_at(s - 1) == speaker
            && from - s < 80
        {
            s -= 1;
        }
        let mut e = to;
        while e < span.end
            && !c.tokens[e - 1].sentence_end
            && c.speaker_at(e) == c.speaker_at(to - 1)
            && e - to < 80
        {
            e += 1;
        }
        let t = &c.tokens;
        let quoted: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
        let has = |w: &str| quoted.contains(&w);
        // The clause the quotation starts in, and the one before it.
        let clause = (s..from)
            .rev()
            .find(|&k| t[k].clause_end)
            .map_or(s, |k| k + 1);
        let before = &t[clause..from];
        let previous = if clause > s {
            let p = (s..clause - 1)
                .rev()
                .find(|&k| t[k].clause_end)
                .map_or(s, |k| k + 1);
            p..clause
        } else {
            clause..clause
        };
        // "who think …", "that say …": a relative clause about others inside the speaker's
        // own sentence, whose verb comes after the quoted words.
        let say = |k: usize| {
            SAY.contains(&t[k].norm.as_str())
                && !(k > 0 && matches!(t[k - 1].norm.as_str(), "who" | "that" | "which"))
        };
        let first_person = |k: usize| {
            (clause.min(previous.start)..k)
                .rev()
                .take(3)
                .any(|j| matches!(t[j].norm.as_str(), "i" | "we"))
        };
        let note = |reason: &'static str, words: Range<usize>| {
            Some(ContextNote {
                reason,
                words: self.surface(first.source, words),
                sentence: self.sentence(first.source, s..e),
            })
        };
        // The source puts the words in quote marks: the speaker quotes someone.
        let text = &c.sources[first.source].text;
        let opened = text[..t[from].start]
            .trim_end()
            .ends_with(['\u{201c}', '"', '\u{ab}', '\u{2018}']);
        if opened && from > s {
            let frame = if clause < from {
                clause
            } else {
                previous.start
            };
            // "Paul Ryan described that as '…'" yes; "I call it '…'", "and I say now: '…'"
            // are the speaker's own words in quote marks.
            let others = (frame..from).any(|k| say(k) && !first_person(k));
            let own = (frame..from).any(|k| say(k) && first_person(k));
            if others && !own {
                return note("reported", frame..from);
            }
        }
        if before.iter().any(|t| t.negation && !has(t.norm.as_str())) {
            return note("negation", clause..from);
        }
        if !previous.is_empty()
            && t[previous.clone()].iter().any(|t| t.negation)
            && previous.clone().any(say)
        {
            return note("negation", previous.start..from);
        }
        if (clause..from).any(|k| say(k) && !first_person(k)) {
            return note("reported", clause..from);
        }
        let opens_condition = |k: usize| CONDITIONS.contains(&t[k].norm.as_str());
        if opens_condition(clause) && clause < from {
            return note("condition", clause..from);
        }
        if !previous.is_empty() && opens_condition(previous.start) {
            return note("condition", previous.start..from);
        }
        // After: "we will raise taxes if the economy recovers".
        let k = to;
        let only_if = |k: usize| t[k].norm == "only" && k + 1 < e && opens_condition(k + 1);
        if k < e && !has(t[k].norm.as_str()) && (opens_condition(k) || only_if(k)) {
            return note("condition", to..e);
        }
        None
    }

    /// The nearest passage, if any, for a quotation not found.
    fn not_found(&self, q: &Quoted, mut out: Checked) -> Checked {
        out.verdict = Verdict::NotFound;
        out.severity = Severity::None;
        let toks = &q.unit.reading.tokens;
        let words = toks.iter().filter(|t| !t.bracketed).count().max(1);
        let nearest = self
            .nearest(toks)
            .filter(|f| f.content > 0 && f.matched() >= 2);
        match nearest {
            Some(f) => {
                out.similarity = (f.matched() as f64 / words as f64 * 1000.0).round() / 1000.0;
                let p = self.passage(f.source, f.span());
                out.note = format!(
                    "not in the sources; the nearest passage, {}:{}, has {:.0}% of its words",
                    p.file,
                    p.line,
                    out.similarity * 100.0
                );
                out.source = Some(p);
            }
            None => {
                out.similarity = 0.0;
                out.note = "not in the sources; no passage shares its words".into();
            }
        }
        out
    }

    /// The place that keeps most of the quotation's words, however few.
    fn nearest(&self, toks: &[Token]) -> Option<Found> {
        let kept: Vec<&Token> = toks.iter().filter(|t| !t.bracketed).collect();
        let ids: Vec<u64> = kept.iter().map(|t| t.id).collect();
        let content: Vec<bool> = kept.iter().map(|t| t.is_content()).collect();
        crate::verify::locate::candidates(self.corpus, &ids, &content, None)
            .into_iter()
            .next()
    }

    /// Was the speaker translated? The sources' manifest or `--translated` say so for the
    /// speaker, or the article near the quotation.
    fn translation(&self, credited: &SpeakerKey, marker: Option<&str>) -> Option<String> {
        if let Some(name) = credited.name.as_deref() {
            if let Some(lang) = self.manifest.translated_language(name) {
                return Some(format!("{name} spoke {lang} (verbatim.toml)"));
            }
            if let Some(t) = self.translated.iter().find(|t| {
                let k = SpeakerKey::from_name(t);
                k.is_known() && k.matches(credited)
            }) {
                return Some(format!("--translated {t}"));
            }
        }
        marker.map(|m| format!("the article says \u{201c}{m}\u{201d}"))
    }

    /// A stretch of corpus tokens as a passage of its source.
    fn passage(&self, source: usize, span: Range<usize>) -> Passage {
        let c = self.corpus;
        let s = &c.sources[source];
        let start = c.tokens[span.start].start;
        let end = c.tokens[span.end - 1].end.max(start);
        let (line, _) = self.lines[source].line_col(&s.text, start);
        Passage {
            file: s.name.clone(),
            start,
            end,
            line,
            speaker: c.speaker_at(span.start).map(str::to_string),
            time: c.time_at(span.start).map(str::to_string),
            text: self.corpus.sources[source].spoken(start..end),
        }
    }

    /// A sentence as a passage, with the punctuation that closes it (`savings."`), so that
    /// its quote marks pair.
    fn sentence(&self, source: usize, span: Range<usize>) -> Passage {
        let mut p = self.passage(source, span);
        let text = &self.corpus.sources[source].text;
        let tail: usize = text[p.end..]
            .chars()
            .take(4)
            .take_while(|c| !c.is_whitespace() && !c.is_alphanumeric())
            .map(char::len_utf8)
            .sum();
        if tail > 0 {
            p.end += tail;
            p.text = self.corpus.sources[source].spoken(p.start..p.end);
        }
        p
    }

    /// The passage from the first group's start to the last group's end when they are near
    /// each other in one source; else the passage of the first group.
    fn passage_of(&self, groups: &[Group]) -> Passage {
        let (first, last) = (&groups[0], &groups[groups.len() - 1]);
        let from = groups
            .iter()
            .map(|g| g.span.start)
            .min()
            .unwrap_or(first.span.start);
        let to = groups
            .iter()
            .map(|g| g.span.end)
            .max()
            .unwrap_or(last.span.end);
        let words: usize = groups.iter().map(|g| g.span.len()).sum();
        let near = to - from <= 2 * words + 40;
        if groups.iter().all(|g| g.source == first.source) && near {
            self.passage(first.source, from..to)
        } else {
            self.passage(first.source, first.span.clone())
        }
    }

    fn surface(&self, source: usize, span: Range<usize>) -> String {
        if span.is_empty() {
            return String::new();
        }
        self.passage(source, span).text
    }
}
