//! Finding the statements that articles quote in common.
//!
//! Every quotation that is speech becomes a [`Unit`]: its comparison tokens and the speaker
//! it is credited to. [`group`] then gathers units that quote the same statement:
//!
//! 1. **Index.** Each unit's word trigrams (shingles) go into one hash index; a unit of one
//!    or two words is looked up among every unit's words and word pairs. A shingle found in
//!    more than [`MAX_POSTING`] units ("the American people") is too common to suggest
//!    anything and is skipped, which keeps the work near-linear in the corpus.
//! 2. **Candidates.** Units that share enough shingles (one rare one, or several common ones)
//!    are candidate pairs; no pair is tried otherwise.
//! 3. **Verification.** Each candidate pair is aligned locally ([`crate::compare::diff::segments`]);
//!    around the best run of shared words; it is a match when enough words line up in order
//!    (six, four of them meaning words, or three fifths of the shorter quotation),
//!    whoever they are credited to: a statement credited to two speakers who cannot be the
//!    same person is an attribution conflict, reported, not split.
//!    Within one article, only a repeat (one quotation inside another) is a match.
//! 4. **Grouping.** Matches of quotations of four words or more join their statements
//!    (union-find), so one long quotation can join two short ones. A shorter fragment
//!    ("not for sale") joins only the statement it matches best, so a common phrase never
//!    bridges two statements.
//!
//! Speakers match by a shared name: "Sheinbaum" and "Mexican President Claudia Sheinbaum"
//! share a surname. A speaker who is unknown, or known only by a pronoun or a role, matches
//! anyone.

use crate::compare::diff::{segments, Reading};
use crate::compare::normalize::{fold, tokens};
use crate::extract::lexicon::LEXICON;
use crate::extract::{Extraction, QuoteKind, Speaker};
use foldhash::HashMapExt;
use rayon::prelude::*;
use std::collections::HashMap;
use std::ops::Range;

/// A shingle shared by more units than this is skipped as too common to tell anything.
pub const MAX_POSTING: usize = 64;

/// Units this short join a statement as fragments (they never bridge two statements).
pub const FRAGMENT: usize = 6;

/// A quotation ready to be compared.
#[derive(Debug, Clone)]
pub struct Unit {
    pub article: usize,
    /// Indices of the quotations it is made of in the article's extraction: the first, and
    /// the parts that continue it over paragraphs.
    pub quotes: Vec<usize>,
    /// Byte ranges of its words in the article (nested quotations cut out).
    pub ranges: Vec<Range<usize>>,
    /// Its tokens, as a reading of one passage.
    pub reading: Reading,
    pub speaker: SpeakerKey,
    /// The article names the speaker in the attribution itself (`"…," Anna Brunner said`),
    /// not through a pronoun, a description or an earlier quotation: only such a credit can
    /// contradict another outlet's.
    pub direct: bool,
    pub kind: QuoteKind,
    /// Its meaning words' ids, sorted, once each: a pair that shares too few of them is no
    /// match, and is told so without aligning (see [`verify`]).
    pub meaning: Vec<u64>,
}

/// The sorted, distinct ids of a reading's meaning words.
pub fn meaning_words(r: &Reading) -> Vec<u64> {
    let mut m: Vec<u64> = r
        .tokens
        .iter()
        .filter(|t| t.is_content())
        .map(|t| t.id)
        .collect();
    m.sort_unstable();
    m.dedup();
    m
}

/// How many values two sorted lists share.
fn shared(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

impl Unit {
    pub fn len(&self) -> usize {
        self.reading.len()
    }

    pub fn is_empty(&self) -> bool {
        self.reading.is_empty()
    }

    pub fn start(&self) -> usize {
        self.ranges.first().map_or(0, |r| r.start)
    }
}

/// Who a quotation is credited to, as far as names go.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SpeakerKey {
    /// The name to show ("Claudia Sheinbaum"), when there is one.
    pub name: Option<String>,
    /// The words of the name that identify a person, folded ("claudia", "sheinbaum").
    pub aliases: Vec<String>,
}

impl SpeakerKey {
    /// The key of an extracted speaker: from its resolved name, else from its mention when
    /// that is a name (not a pronoun or a role).
    pub fn of(s: &Speaker) -> SpeakerKey {
        let from_name = s
            .name
            .as_deref()
            .map(SpeakerKey::from_name)
            .filter(SpeakerKey::is_known);
        let from_mention = || {
            s.mention
                .as_ref()
                .map(|m| SpeakerKey::from_name(&m.text))
                .filter(SpeakerKey::is_known)
        };
        from_name.or_else(from_mention).unwrap_or_default()
    }

    /// The key of a written name: its capitalised words that are not titles or roles.
    /// A description ("the Mexican leader", "a spokesman") names nobody in particular.
    pub fn from_name(name: &str) -> SpeakerKey {
        let first = name.split_whitespace().next().unwrap_or("");
        let last = name.split_whitespace().last().map(fold).unwrap_or_default();
        if matches!(first.to_lowercase().as_str(), "the" | "a" | "an")
            || LEXICON.roles.contains_key(last.as_str())
        {
            return SpeakerKey::default();
        }
        let aliases: Vec<String> = name
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')'))
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .filter(|w| !LEXICON.is_title(w) && !LEXICON.pronouns.contains_key(*w))
            .map(|w| fold(w.trim_end_matches("'s").trim_end_matches("’s")))
            .filter(|w| !w.is_empty() && !LEXICON.roles.contains_key(w.as_str()))
            .collect();
        let name = (!aliases.is_empty()).then(|| name.trim().to_string());
        SpeakerKey { name, aliases }
    }

    pub fn is_known(&self) -> bool {
        !self.aliases.is_empty()
    }

    /// The word that identifies the person best: the last of the name.
    pub fn surname(&self) -> Option<&str> {
        self.aliases.last().map(String::as_str)
    }

    /// Can both be the same speaker? An unknown speaker can be anyone; "Brunner" can be
    /// "Anna Brunner", but "Anna Brunner" and "Lukas Brunner" are two people.
    pub fn matches(&self, other: &SpeakerKey) -> bool {
        match (self.surname(), other.surname()) {
            (Some(a), Some(b)) => {
                let shared =
                    other.aliases.iter().any(|w| w == a) || self.aliases.iter().any(|w| w == b);
                shared && !self.other_first_name(other)
            }
            _ => true,
        }
    }

    /// Both names have a first name, and they differ (an initial matches its name).
    fn other_first_name(&self, other: &SpeakerKey) -> bool {
        let first = |k: &SpeakerKey| (k.aliases.len() >= 2).then(|| k.aliases[0].clone());
        match (first(self), first(other)) {
            (Some(a), Some(b)) if a != b => {
                let initial = |x: &str, y: &str| x.chars().count() == 1 && y.starts_with(x);
                !(initial(&a, &b)
                    || initial(&b, &a)
                    || self.aliases.contains(&b)
                    || other.aliases.contains(&a))
            }
            _ => false,
        }
    }
}

/// The units of one article: each quotation that is speech, with the quotations nested in it
/// cut out (their words belong to whoever they quote) and its continuations joined to it.
pub fn units(article: usize, text: &str, extraction: &Extraction) -> Vec<Unit> {
    let quotes = &extraction.quotes;
    let inner = |i: usize| -> Range<usize> {
        let q = &quotes[i];
        let span = q.start.min(text.len())..q.end.min(text.len());
        match text.get(span.clone()).and_then(|s| s.find(q.text.as_str())) {
            Some(off) => span.start + off..span.start + off + q.text.len(),
            None => span,
        }
    };
    let mut next: HashMap<usize, usize> = HashMap::new();
    // The quotations nested in each quotation, gathered in one pass: looking them up among all
    // the quotations for each made an article of 50,000 quotations take seconds.
    let mut nested: HashMap<usize, Vec<Range<usize>>> = HashMap::new();
    for q in quotes {
        if let Some(prev) = q.continues {
            next.insert(prev, q.index);
        }
        if let Some(outer) = q.outer.filter(|_| q.kind != QuoteKind::Nonspeech) {
            nested.entry(outer).or_default().push(q.start..q.end);
        }
    }
    let mut taken = std::collections::HashSet::new();
    let mut out = Vec::new();
    for q in quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Nonspeech && q.continues.is_none())
    {
        let mut parts = vec![q.index];
        taken.clear();
        taken.insert(q.index);
        while let Some(&n) = next.get(parts.last().unwrap_or(&q.index)) {
            if !taken.insert(n) {
                break;
            }
            parts.push(n);
        }
        let mut ranges = Vec::new();
        for &p in &parts {
            let mut r = inner(p);
            let mut holes: Vec<Range<usize>> = nested.get(&p).cloned().unwrap_or_default();
            holes.sort_by_key(|h| h.start);
            for h in holes {
                if h.start > r.start {
                    ranges.push(r.start..h.start.min(r.end));
                }
                r.start = r.start.max(h.end);
            }
            if r.start < r.end {
                ranges.push(r);
            }
        }
        let toks = tokens(text, &ranges);
        if toks.is_empty() {
            continue;
        }
        let reading = Reading::new(vec![toks]);
        out.push(Unit {
            article,
            quotes: parts,
            ranges,
            meaning: meaning_words(&reading),
            reading,
            speaker: SpeakerKey::of(&q.speaker),
            direct: is_direct(q.speaker.rule),
            kind: q.kind,
        });
    }
    out
}

/// Does an attribution rule name the speaker in the attribution itself? (`after+name` yes;
/// `after+pronoun`, `same-paragraph`, `subject+name` no: those are inferences.)
pub fn is_direct(rule: &str) -> bool {
    let (how, mention) = rule.split_once('+').unwrap_or((rule, ""));
    mention == "name"
        && !matches!(
            how,
            "subject" | "same-paragraph" | "previous-paragraph" | "continued" | "preceding"
        )
}

/// The key of a word triple in the short-quotation index (apart from the shingles' keys).
fn triple(w: &[u64]) -> u64 {
    mix(mix(mix(0x7f4a_7c15, w[0]), w[1]), w[2])
}

fn mix(a: u64, b: u64) -> u64 {
    (a ^ b.rotate_left(23)).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// The word triples of a reading that carry at least two meaning words: "is not for" and
/// "one of the" say nothing about which statement a quotation is.
fn shingles(r: &Reading) -> impl Iterator<Item = u64> + '_ {
    r.tokens
        .windows(3)
        .filter(|w| w.iter().filter(|t| t.is_content()).count() >= 2)
        .map(|w| mix(mix(w[0].id, w[1].id), w[2].id))
}

/// A verified match between two units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub a: usize,
    pub b: usize,
    /// Words that line up.
    pub matched: usize,
}

/// Do units `a` and `b` quote the same statement?
pub fn verify(units: &[Unit], a: usize, b: usize) -> Option<Link> {
    let (ua, ub) = (&units[a], &units[b]);
    if ua.article == ub.article {
        // Within one article only a repeat counts: the shorter inside the longer, word for word.
        let (s, l) = if ua.len() <= ub.len() {
            (ua, ub)
        } else {
            (ub, ua)
        };
        let found = l
            .reading
            .ids
            .windows(s.len())
            .any(|w| w == s.reading.ids.as_slice());
        return found.then_some(Link {
            a,
            b,
            matched: s.len(),
        });
    }
    // Every rule below asks for two meaning words in common (one, for a quotation of three
    // or fewer): most candidate pairs fail here, before any alignment.
    let few = ua.meaning.len().min(ub.meaning.len());
    let need = if few <= 3 { few.min(1) } else { 2 };
    if need > 0 && shared(&ua.meaning, &ub.meaning) < need {
        return None;
    }
    // Align only around the best run of shared word triples: the work stays small however
    // long the two quotations are.
    let (wa, wb) = seed_windows(&ua.reading.ids, &ub.reading.ids)?;
    // The longer quotation is the reference side, as when a variant is diffed, so that the
    // verdict does not depend on which unit comes first.
    let ((r, rr), (v, vr)) = if ua.len() >= ub.len() {
        ((ua, wa), (ub, wb))
    } else {
        ((ub, wb), (ua, wa))
    };
    let segs = segments(&r.reading, rr, &v.reading, vr);
    let matched: usize = segs.iter().map(|s| s.matched).sum();
    let content: usize = segs.iter().map(|s| s.content).sum();
    // Six words or more in order, four of them meaning words ("no president trump … territory
    // … sovereignty", whatever was translated differently between them).
    let dense = matched >= 6 && content >= 4;
    let shorter = ua.len().min(ub.len());
    let longer = ua.len().max(ub.len());
    // Two people named in the attributions who cannot be one person: the same words credited
    // to both are an attribution conflict, but words they merely share ("We are going to win
    // this …") are two statements. Only near-identical quotations align then.
    if ua.direct && ub.direct && !ua.speaker.matches(&ub.speaker) {
        // A short phrase two people both say ("boots on the ground") is theirs each.
        let near = 10 * matched >= 9 * longer && shorter >= FRAGMENT;
        return (near && matched >= 3).then_some(Link { a, b, matched });
    }
    // One or two words in common prove little across articles ("pleased", "Donald Trump").
    // A close paraphrase ("Sovereignty just isn't on the market") keeps half its words in
    // order, two of them meaning words; another translation ("Brazil will not accept tariffs
    // on soy" / "… a tariff on soybeans") two fifths, three of them meaning words.
    let paraphrase = matched >= 5
        && (content >= 2 && 2 * matched >= shorter || content >= 3 && 5 * matched >= 2 * shorter);
    let enough = matched >= 3 && (dense || paraphrase || 5 * matched >= 3 * shorter);
    // A quotation of common words only ("We are not going to let them do that to us") still
    // aligns with its near-duplicate when nearly all of it lines up.
    let common = content == 0 && matched >= 4 && 5 * matched >= 4 * longer;
    ((content > 0 && enough) || common).then_some(Link { a, b, matched })
}

/// Words on either side of the seed that verification looks at.
const WINDOW: usize = 32;

/// The stretches of `a` and `b` around their best run of shared word triples (or the whole
/// shorter one, when it has fewer than three words): the diagonal with the most hits.
fn seed_windows(a: &[u64], b: &[u64]) -> Option<(Range<usize>, Range<usize>)> {
    let k = a.len().min(b.len()).min(3);
    if k == 0 {
        return None;
    }
    let key = |w: &[u64]| w.iter().fold(0u64, |h, &x| mix(h, x));
    let mut first: HashMap<u64, usize> = HashMap::with_capacity(a.len());
    for (i, w) in a.windows(k).enumerate() {
        first.entry(key(w)).or_insert(i);
    }
    // diagonal → (hits, first position in b, last position in b)
    let mut diagonals: HashMap<isize, (usize, usize, usize)> = HashMap::new();
    for (j, w) in b.windows(k).enumerate() {
        if let Some(&i) = first.get(&key(w)) {
            let e = diagonals
                .entry(j as isize - i as isize)
                .or_insert((0, j, j));
            e.0 += 1;
            e.2 = j;
        }
    }
    let (&d, &(_, jb0, jb1)) = diagonals.iter().max_by_key(|(d, (hits, jb0, _))| {
        (*hits, std::cmp::Reverse(*jb0), std::cmp::Reverse(**d))
    })?;
    let (ia0, ia1) = ((jb0 as isize - d) as usize, (jb1 as isize - d) as usize);
    let around =
        |lo: usize, hi: usize, len: usize| lo.saturating_sub(WINDOW)..(hi + k + WINDOW).min(len);
    Some((around(ia0, ia1, a.len()), around(jb0, jb1, b.len())))
}

/// How many MinHash values each unit's sketch holds.
pub const SKETCHES: usize = 16;

/// Members of a crowded posting list (more than [`MAX_POSTING`]) are each tried against this
/// many of the list's first members and as many of their predecessors: enough to connect
/// every quotation of a much-quoted statement, in time linear in the list.
const STAR: usize = 8;

/// The MinHash sketch of a unit: for each of [`SKETCHES`] hash functions, the least hash of
/// its word trigrams (bigrams for a unit of three or four words), every word counted, common
/// or not. Two quotations whose trigram sets overlap by a share J agree on each value with
/// probability J, so near-duplicates of common words ("We are not going to let them do that
/// to us") meet on some value whatever their words are, and the index stays small.
fn sketch(ids: &[u64]) -> Vec<u64> {
    let n = if ids.len() >= 5 { 3 } else { 2 };
    if ids.len() < 3 {
        return Vec::new();
    }
    let grams: Vec<u64> = ids
        .windows(n)
        .map(|w| w.iter().fold(0x51_7cc1_b727_220a, |h, &x| mix(h, x)))
        .collect();
    (0..SKETCHES as u64)
        .map(|k| {
            let seed = mix(0x2545_f491_4f6c_dd1d, k + 1);
            let least = grams.iter().map(|&g| mix(g, seed)).min().unwrap_or(0);
            mix(least, k)
        })
        .collect()
}

/// How many MinHash values the meaning-word sketch holds.
pub const WORD_SKETCHES: usize = 8;

/// The MinHash sketch of a unit's meaning words as a set, for units with four or more: two
/// translations of one statement ("Brazil will not accept tariffs on soy" / "Brazil will not
/// accept a tariff on soybeans") share few word triples but many meaning words.
fn word_sketch(words: &[u64]) -> Vec<u64> {
    if words.len() < 4 {
        return Vec::new();
    }
    (0..WORD_SKETCHES as u64)
        .map(|k| {
            let seed = mix(0x9e37_79b9_7f4a_7c15, k + 101);
            let least = words.iter().map(|&w| mix(w, seed)).min().unwrap_or(0);
            mix(least, k + 1000)
        })
        .collect()
}

/// An index from keys to units: one sorted list of (key, unit), a key's run of it found
/// through a hash map of (start, length). Far less memory than a hash map of lists, which
/// matters at a corpus's scale, and one look-up a key.
struct Postings {
    entries: Vec<(u64, u32)>,
    // foldhash: every unit looks up a few dozen keys here, SipHash was a sixth of the time
    // of an article of 50,000 quotations (see Cargo.toml).
    runs: foldhash::HashMap<u64, (u32, u32)>,
}

impl Postings {
    fn new(entries: impl ParallelIterator<Item = (u64, u32)>) -> Postings {
        let mut entries: Vec<(u64, u32)> = entries.collect();
        entries.par_sort_unstable();
        let mut runs = foldhash::HashMap::with_capacity(entries.len() / 2);
        let mut k = 0;
        while k < entries.len() {
            let key = entries[k].0;
            let start = k;
            while k < entries.len() && entries[k].0 == key {
                k += 1;
            }
            runs.insert(key, (start as u32, (k - start) as u32));
        }
        Postings { entries, runs }
    }

    /// The entries of `key`, in unit order.
    fn get(&self, key: u64) -> &[(u64, u32)] {
        match self.runs.get(&key) {
            Some(&(start, len)) => &self.entries[start as usize..(start + len) as usize],
            None => &[],
        }
    }

    fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Sketch values shared by this many units or fewer are rare enough to make a candidate
/// pair on their own; a commoner one needs a second shared value.
const RARE: usize = 8;

/// The candidate pairs `(a, b)`, `a < b`, that unit `b` makes through its sketch values
/// `keys`. A rare value (at most [`RARE`] units) pairs `b` with every unit before it; a
/// commoner one with the list's first [`STAR`] units and the [`STAR`] units before it (work
/// linear in the list, and still every quotation of a much-quoted statement connected). A
/// pair counts twice, or once from a value shared by more than [`MAX_POSTING`] units; pairs
/// that count two or more are kept.
fn sketch_pairs(index: &Postings, keys: &[u64], b: u32) -> Vec<(usize, usize)> {
    let mut found: Vec<(u32, u8)> = Vec::new();
    for &k in keys {
        let post = index.get(k);
        let at = post.partition_point(|e| e.1 < b);
        if post.len() <= RARE {
            found.extend(post[..at].iter().map(|e| (e.1, 2)));
        } else {
            let weight = if post.len() <= MAX_POSTING { 2 } else { 1 };
            let heads = &post[..STAR.min(at)];
            let before = &post[at.saturating_sub(STAR).max(heads.len())..at];
            found.extend(heads.iter().chain(before).map(|e| (e.1, weight)));
        }
    }
    found.sort_unstable();
    let mut out = Vec::new();
    let mut k = 0;
    while k < found.len() {
        let a = found[k].0;
        let mut weight = 0u32;
        while k < found.len() && found[k].0 == a {
            weight += u32::from(found[k].1);
            k += 1;
        }
        if weight >= 2 {
            out.push((a as usize, b as usize));
        }
    }
    out
}

/// Candidate pairs `(a, b)`, `a < b`, from the shingle index and the sketches.
pub fn candidates(units: &[Unit]) -> Vec<(usize, usize)> {
    let keys_of = |unit: &Unit| {
        let mut keys = sketch(&unit.reading.ids);
        keys.extend(word_sketch(&unit.meaning));
        keys.sort_unstable();
        keys.dedup();
        keys
    };
    let by_sketch = Postings::new(
        units
            .par_iter()
            .enumerate()
            .flat_map_iter(|(u, unit)| keys_of(unit).into_iter().map(move |k| (k, u as u32))),
    );
    let from_sketches: Vec<(usize, usize)> = units
        .par_iter()
        .enumerate()
        .flat_map_iter(|(b, unit)| sketch_pairs(&by_sketch, &keys_of(unit), b as u32))
        .collect();
    drop(by_sketch);
    let index = Postings::new(units.par_iter().enumerate().flat_map_iter(|(u, unit)| {
        let mut keys: Vec<u64> = shingles(&unit.reading).collect();
        keys.sort_unstable();
        keys.dedup();
        keys.into_iter().map(move |k| (k, u as u32))
    }));
    // Fragments of one or two words, looked up among every unit's words and pairs; short
    // quotations (three to five words: "glow in the dark") under each of their word triples,
    // looked up among every unit's triples, so that a phrase is found inside the long
    // quotation it comes from whatever its words are.
    let short = Postings::new(units.par_iter().enumerate().flat_map_iter(|(u, unit)| {
        let ids = &unit.reading.ids;
        let content = unit.reading.tokens.iter().any(|t| t.is_content());
        let mut keys: Vec<u64> = match ids.len() {
            1 if content => vec![ids[0]],
            2 if content => vec![mix(ids[0], ids[1])],
            3..FRAGMENT if content => ids.windows(3).map(triple).collect(),
            _ => Vec::new(),
        };
        keys.sort_unstable();
        keys.dedup();
        keys.into_iter().map(move |k| (k, u as u32))
    }));
    let mut pairs: Vec<(usize, usize)> = units
        .par_iter()
        .enumerate()
        .flat_map_iter(|(a, unit)| {
            let ids = &unit.reading.ids;
            let mut weight: HashMap<u32, u32> = HashMap::new();
            let mut keys: Vec<u64> = shingles(&unit.reading).collect();
            keys.sort_unstable();
            keys.dedup();
            for k in keys {
                let post = index.get(k);
                if post.is_empty() {
                    continue;
                }
                // A rare shingle counts fully; a common one needs company.
                let w = match post.len() {
                    0..=8 => 2,
                    9..=MAX_POSTING => 1,
                    _ => continue,
                };
                for b in post.iter().map(|e| e.1).filter(|&b| b as usize > a) {
                    *weight.entry(b).or_default() += w;
                }
            }
            let mut found: Vec<(usize, usize)> = weight
                .into_iter()
                .filter(|&(_, w)| w >= 2)
                .map(|(b, _)| (a, b as usize))
                .collect();
            if !short.is_empty() {
                let singles = ids.iter().copied();
                let doubles = ids.windows(2).map(|w| mix(w[0], w[1]));
                let triples = ids.windows(3).map(triple);
                let mut hits: Vec<u32> = singles
                    .chain(doubles)
                    .chain(triples)
                    .map(|k| short.get(k))
                    .filter(|post| post.len() <= MAX_POSTING)
                    .flatten()
                    .map(|e| e.1)
                    .filter(|&b| b as usize != a)
                    .collect();
                hits.sort_unstable();
                hits.dedup();
                found.extend(
                    hits.into_iter()
                        .map(|b| (a.min(b as usize), a.max(b as usize))),
                );
            }
            found
        })
        .collect();
    pairs.extend(from_sketches.into_iter().filter(|&(a, b)| a != b));
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Groups units into statements quoted by two articles or more. Each group is sorted by
/// article and position, and the groups by their first unit.
pub fn group(units: &[Unit]) -> Vec<Vec<usize>> {
    let pairs = candidates(units);
    let links: Vec<Link> = pairs
        .par_iter()
        .filter_map(|&(a, b)| verify(units, a, b))
        .collect();
    let mut parent: Vec<usize> = (0..units.len()).collect();
    let mut best: HashMap<usize, Link> = HashMap::new();
    for l in &links {
        let (la, lb) = (units[l.a].len() >= FRAGMENT, units[l.b].len() >= FRAGMENT);
        if la && lb {
            union(&mut parent, l.a, l.b);
            continue;
        }
        // A fragment keeps its best match: a whole quotation before a fragment, then more
        // words, then the earlier unit.
        for (frag, other) in [(l.a, l.b), (l.b, l.a)] {
            if units[frag].len() >= FRAGMENT {
                continue;
            }
            let rank =
                |k: &Link, o: usize| (units[o].len() >= FRAGMENT, k.matched, std::cmp::Reverse(o));
            let better = best.get(&frag).is_none_or(|cur| {
                let cur_other = if cur.a == frag { cur.b } else { cur.a };
                rank(l, other) > rank(cur, cur_other)
            });
            if better {
                best.insert(frag, *l);
            }
        }
    }
    let mut chosen: Vec<&Link> = best.values().collect();
    chosen.sort_by_key(|l| (l.a, l.b));
    for l in chosen {
        union(&mut parent, l.a, l.b);
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for u in 0..units.len() {
        let root = find(&mut parent, u);
        groups.entry(root).or_default().push(u);
    }
    let mut out: Vec<Vec<usize>> = groups
        .into_values()
        .filter(|g| g.iter().any(|&u| units[u].article != units[g[0]].article))
        .map(|mut g| {
            g.sort_by_key(|&u| (units[u].article, units[u].start(), u));
            g
        })
        .collect();
    out.sort_by_key(|g| (units[g[0]].article, units[g[0]].start(), g[0]));
    out
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        // The smaller index is the root, so that the result does not depend on link order.
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        parent[hi] = lo;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::normalize::tokens_in;

    /// A unit from plain words, credited to `speaker` ("" for unknown).
    fn unit(article: usize, words: &str, speaker: &str) -> Unit {
        Unit {
            article,
            quotes: vec![0],
            ranges: std::iter::once(0..words.len()).collect(),
            reading: Reading::new(vec![tokens_in(words, 0..words.len())]),
            speaker: SpeakerKey::from_name(speaker),
            direct: true,
            kind: QuoteKind::Direct,
            meaning: meaning_words(&Reading::new(vec![tokens_in(words, 0..words.len())])),
        }
    }

    #[test]
    fn speakers_match_by_surname_and_unknowns_match_anyone() {
        let key = SpeakerKey::from_name;
        let rows = [
            ("Sheinbaum", "Mexican President Claudia Sheinbaum", true),
            ("President Trump", "Donald Trump", true),
            ("President Trump", "President Sheinbaum", false),
            ("Claudia Sheinbaum", "Marcelo Ebrard", false),
            ("she", "Donald Trump", true),
            ("the Mexican leader", "Donald Trump", true),
            ("A spokesman for Hillary Clinton", "Donald Trump", true),
            ("", "Donald Trump", true),
        ];
        for (a, b, want) in rows {
            assert_eq!(key(a).matches(&key(b)), want, "{a:?} / {b:?}");
        }
        assert_eq!(
            key("Mexican President Claudia Sheinbaum").surname(),
            Some("sheinbaum")
        );
        assert!(!key("the Mexican leader").is_known());
    }

    #[test]
    fn statements_group_across_articles_and_keep_speakers_apart() {
        let units = vec![
            unit(0, "No, President Trump, the territory is sacrosanct. Sovereignty is sacrosanct.", "Sheinbaum"),
            unit(0, "How can we help you fight drug trafficking? I propose that the U.S. Army come in to help you.", "Trump"),
            unit(0, "not for sale", "Sheinbaum"),
            unit(0, "We can work together, but you in your territory and us in ours,", "Sheinbaum"),
            unit(1, "How can we help you fight drug trafficking? I propose that the United States Army enter to help you", "Trump"),
            unit(1, "No, President Trump, our territory is inalienable, sovereignty is inalienable. We can collaborate, we can work together, but with you in your territory and us in ours.", "Claudia Sheinbaum"),
            unit(2, "We will not be actively on patrols", ""),
        ];
        // Unit 2 ("not for sale") matches nothing in another article and is no repeat.
        assert_eq!(group(&units), [vec![0, 3, 5], vec![1, 4]]);
    }

    #[test]
    fn verification_does_not_depend_on_the_order_of_the_pair() {
        let long = "No, President Trump, our territory is inalienable, sovereignty is inalienable. We can collaborate, we can work together, but with you in your territory and us in ours.";
        let short = "No, President Trump, the territory is sacrosanct. Sovereignty is sacrosanct. Sovereignty is not for sale. Sovereignty is loved and defended.";
        let forward = vec![unit(0, long, ""), unit(1, short, "")];
        let backward = vec![unit(0, short, ""), unit(1, long, "")];
        assert!(verify(&forward, 0, 1).is_some());
        assert_eq!(
            verify(&forward, 0, 1).map(|l| l.matched),
            verify(&backward, 0, 1).map(|l| l.matched)
        );
    }

    #[test]
    fn a_fragment_joins_the_quote_it_repeats_and_never_bridges() {
        let units = vec![
            unit(
                0,
                "Sovereignty is sacrosanct. Sovereignty is not for sale.",
                "",
            ),
            unit(0, "not for sale", ""),
            unit(
                1,
                "Sovereignty is sacrosanct, sovereignty is not for sale, she said",
                "",
            ),
            unit(
                2,
                "Our health care is not for sale, and neither is our vote.",
                "",
            ),
            unit(
                3,
                "our health care is not for sale and neither is our vote",
                "",
            ),
        ];
        assert_eq!(group(&units), [vec![0, 1, 2], vec![3, 4]]);
    }

    #[test]
    fn different_speakers_align_only_when_the_words_are_close() {
        let close = vec![
            unit(
                0,
                "We will never accept foreign troops on our territory.",
                "Sheinbaum",
            ),
            unit(
                1,
                "we will never accept foreign troops on our territory",
                "Ebrard",
            ),
        ];
        assert_eq!(group(&close), [vec![0, 1]]);
        let loose = vec![
            unit(
                0,
                "We will never accept foreign troops on our territory, and we will defend it.",
                "Sheinbaum",
            ),
            unit(
                1,
                "Troops on our territory would be welcome if the cartels keep killing our people.",
                "Ebrard",
            ),
        ];
        assert!(group(&loose).is_empty());
    }

    #[test]
    fn units_cut_out_nested_quotes_and_skip_nonspeech() {
        let text = "“It’s true,” she said, adding, “President Trump said: ‘How can we help you?’.”";
        let ex = crate::extract::extract(text);
        let us = units(0, text, &ex);
        let words: Vec<Vec<&str>> = us
            .iter()
            .map(|u| u.reading.tokens.iter().map(|t| t.norm.as_str()).collect())
            .collect();
        assert_eq!(
            words,
            [
                vec!["it", "is", "true"],
                vec!["president", "trump", "said"],
                vec!["how", "can", "we", "help", "you"]
            ]
        );
    }
}
