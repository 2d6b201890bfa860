//! The sources' words, indexed once: every word, pair and triple of words points at where it
//! is said, so that a quotation is located by looking its own words up, never by scanning.
//!
//! Words are compare's comparison tokens ([`crate::compare::normalize`]): lower case, no
//! accents or punctuation, contractions expanded, numbers as digits. So "We'll build 10" and
//! "we will build ten" are the same words here, as they are to a reader.

use crate::compare::normalize::{tokens, Token};
use crate::verify::source::Source;
use rayon::prelude::*;
use std::ops::Range;

/// Every source's tokens end to end, with an index of their n-grams.
pub struct Corpus<'a> {
    pub sources: &'a [Source],
    pub tokens: Vec<Token>,
    pub ids: Vec<u64>,
    /// For each token: its source and its turn in that source.
    pub at: Vec<(u32, u32)>,
    /// The token range of each source.
    pub spans: Vec<Range<usize>>,
    /// Sorted `(hash of n words, position of the first)` for n = 1, 2, 3.
    grams: [Vec<(u64, u32)>; 3],
}

impl<'a> Corpus<'a> {
    /// Reads and indexes the sources (in parallel, one source a task).
    pub fn new(sources: &'a [Source]) -> Corpus<'a> {
        let per_source: Vec<(Vec<Token>, Vec<u32>)> = sources
            .par_iter()
            .map(|s| {
                let ranges: Vec<Range<usize>> = s.turns.iter().map(|t| t.range.clone()).collect();
                let mut toks = tokens(&s.text, &ranges);
                mend_cuts(&s.text, &ranges, &mut toks);
                // Each token's turn: turns are in text order, so a walk finds them.
                let mut turn = 0usize;
                let turns = toks
                    .iter()
                    .map(|t| {
                        while turn + 1 < s.turns.len() && s.turns[turn + 1].range.start <= t.start {
                            turn += 1;
                        }
                        turn as u32
                    })
                    .collect();
                (toks, turns)
            })
            .collect();
        let mut c = Corpus {
            sources,
            tokens: Vec::new(),
            ids: Vec::new(),
            at: Vec::new(),
            spans: Vec::new(),
            grams: [Vec::new(), Vec::new(), Vec::new()],
        };
        for (si, (toks, turns)) in per_source.into_iter().enumerate() {
            let start = c.tokens.len();
            c.at.extend(turns.into_iter().map(|t| (si as u32, t)));
            c.ids.extend(toks.iter().map(|t| t.id));
            c.tokens.extend(toks);
            c.spans.push(start..c.tokens.len());
        }
        for n in 1..=3 {
            let mut entries: Vec<(u64, u32)> = c
                .spans
                .par_iter()
                .flat_map_iter(|span| {
                    let ids = &c.ids;
                    let span = span.clone();
                    (span.start..span.end.saturating_sub(n - 1))
                        .map(move |p| (gram(&ids[p..p + n]), p as u32))
                })
                .collect();
            entries.par_sort_unstable();
            c.grams[n - 1] = entries;
        }
        c
    }

    /// Where the `n` words hashed to `key` are said (positions of their first token).
    pub fn postings(&self, n: usize, key: u64) -> &[(u64, u32)] {
        let g = &self.grams[n - 1];
        let from = g.partition_point(|e| e.0 < key);
        let to = from + g[from..].partition_point(|e| e.0 == key);
        &g[from..to]
    }

    /// The source a token belongs to.
    pub fn source_of(&self, pos: usize) -> usize {
        self.at[pos].0 as usize
    }

    /// Who says the token at `pos`, as the source names them.
    pub fn speaker_at(&self, pos: usize) -> Option<&str> {
        let (s, t) = self.at[pos];
        self.sources[s as usize].turns[t as usize]
            .speaker
            .as_deref()
    }

    /// The time of the token at `pos`, when the source gives times.
    pub fn time_at(&self, pos: usize) -> Option<&str> {
        let (s, t) = self.at[pos];
        self.sources[s as usize].turns[t as usize].time.as_deref()
    }

    /// The number of words in each source.
    pub fn words(&self, source: usize) -> usize {
        self.spans[source].len()
    }
}

/// Tokens read range by range end a clause at each range's end; where a range ends only
/// because a stage direction was cut out ("We will not (APPLAUSE) raise …"), the sentence goes
/// on: the clause and sentence ends are read again from the punctuation around the direction.
fn mend_cuts(text: &str, ranges: &[Range<usize>], toks: &mut [Token]) {
    let ends: std::collections::HashSet<usize> = ranges.iter().map(|r| r.end).collect();
    for k in 0..toks.len().saturating_sub(1) {
        let (end, next) = (toks[k].end, toks[k + 1].start);
        if next <= end || !ends.iter().any(|&e| e >= end && e <= next) {
            continue;
        }
        let Some(gap) = text.get(end..next) else {
            continue;
        };
        if gap.contains('\n') {
            continue;
        }
        // The gap's punctuation, the bracketed direction left out.
        let mut depth = 0i32;
        let mut punct = String::new();
        for c in gap.chars() {
            match c {
                '(' | '[' => depth += 1,
                ')' | ']' => depth -= 1,
                _ if depth == 0 && !c.is_whitespace() => punct.push(c),
                _ => {}
            }
        }
        toks[k].clause_end = punct.contains([',', ';', ':', '.', '!', '?', '\u{2014}', '\u{2013}']);
        toks[k].sentence_end = punct.contains(['.', '!', '?']);
    }
}

/// The key of a run of words.
pub fn gram(ids: &[u64]) -> u64 {
    let mut h: u64 = 0x9e37_79b9_7f4a_7c15 ^ ids.len() as u64;
    for &id in ids {
        h = (h ^ id).wrapping_mul(0x100_0000_01b3).rotate_left(29);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_found_by_their_ngrams_across_turns_not_sources() {
        let sources = vec![
            Source::new("a.txt", "We will win. We will win big.".into(), "txt", None),
            Source::new("b.txt", "win big".into(), "txt", None),
        ];
        let c = Corpus::new(&sources);
        let ids = |s: &str| -> Vec<u64> {
            crate::compare::normalize::tokens_in(s, 0..s.len())
                .iter()
                .map(|t| t.id)
                .collect()
        };
        let we_will = ids("we will");
        assert_eq!(c.postings(2, gram(&we_will)).len(), 2);
        let win_big = ids("win big");
        let at: Vec<usize> = c
            .postings(2, gram(&win_big))
            .iter()
            .map(|e| c.source_of(e.1 as usize))
            .collect();
        assert_eq!(at, [0, 1]);
        // "big win" spans the two sources: never indexed.
        assert!(c.postings(2, gram(&ids("big win"))).is_empty());
    }
}
