//! Locating a quotation in the sources: where each of its pieces was said.
//!
//! A quotation is looked up by its own words: each triple of words (pairs, single words for
//! the shortest quotations) names the places it is said, and each hit votes for an offset
//! between the quotation and the source. Votes that agree make a candidate place; the best
//! few are aligned word by word (Myers, over a window a little wider than the quotation) and
//! the place that keeps most of the quotation's meaning words wins. The cost is the hits of
//! the quotation's own words, never the length of the sources.
//!
//! What quoting does to words is absorbed before this: case, punctuation, contractions and
//! numerals by the tokens ([`crate::compare::normalize`]); an editor's bracketed words are
//! left out of the lookup; an ellipsis cuts the quotation into pieces located one by one
//! ([`pieces`]); and a piece whose head or tail is said somewhere else is cut there too, so
//! that a splice shows as two places.

use crate::compare::normalize::Token;
use crate::verify::index::{gram, Corpus};
use similar::{capture_diff_slices, Algorithm, DiffOp};
use std::ops::Range;

/// Postings longer than this are too common to vote ("of the"), unless nothing else does.
const COMMON: usize = 256;
/// The most postings read for one n-gram when only common ones are left.
const WIDE: usize = 4096;
/// Candidate places aligned per piece.
const KEEP: usize = 8;

/// Where some of a quotation's words were found: matched pairs of (word of the quotation,
/// token position in the corpus), both increasing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub source: usize,
    pub pairs: Vec<(usize, usize)>,
    /// How many of the matched words carry meaning.
    pub content: usize,
}

impl Found {
    /// Corpus positions from the first matched token to the last.
    pub fn span(&self) -> Range<usize> {
        match (self.pairs.first(), self.pairs.last()) {
            (Some(a), Some(b)) => a.1..b.1 + 1,
            _ => 0..0,
        }
    }

    /// Positions in the quotation from the first matched word to the last.
    pub fn q_span(&self) -> Range<usize> {
        match (self.pairs.first(), self.pairs.last()) {
            (Some(a), Some(b)) => a.0..b.0 + 1,
            _ => 0..0,
        }
    }

    pub fn matched(&self) -> usize {
        self.pairs.len()
    }

    /// Better places keep more meaning words, then more words, then are tighter.
    fn score(&self) -> (usize, usize, std::cmp::Reverse<usize>) {
        (
            self.content,
            self.pairs.len(),
            std::cmp::Reverse(self.span().len()),
        )
    }

    fn shifted(mut self, by: usize) -> Found {
        for p in &mut self.pairs {
            p.0 += by;
        }
        self
    }
}

/// The candidate places of the words `q` (`content[i]`: word `i` carries meaning), best first.
pub fn candidates(corpus: &Corpus, q: &[u64], content: &[bool]) -> Vec<Found> {
    let len = q.len();
    if len == 0 {
        return Vec::new();
    }
    let mut votes: Vec<(i64, u32)> = Vec::new();
    let mut common: Vec<(usize, usize)> = Vec::new();
    // Triples first; pairs when no triple is said anywhere (a quotation changed at every
    // third word); single words only for a one-word quotation.
    for n in [3usize, 2, 1] {
        if n > len || (n == 1 && len > 1) {
            continue;
        }
        for i in 0..=len - n {
            let post = corpus.postings(n, gram(&q[i..i + n]));
            if post.len() > COMMON {
                common.push((n, i));
                continue;
            }
            votes.extend(post.iter().map(|&(_, p)| (p as i64 - i as i64, i as u32)));
        }
        if !votes.is_empty() {
            break;
        }
    }
    if votes.is_empty() {
        for &(n, i) in common.iter().filter(|c| c.0 == common[0].0) {
            let post = corpus.postings(n, gram(&q[i..i + n]));
            votes.extend(
                post.iter()
                    .take(WIDE)
                    .map(|&(_, p)| (p as i64 - i as i64, i as u32)),
            );
        }
    }
    if votes.is_empty() {
        return Vec::new();
    }
    votes.sort_unstable();
    // Votes whose offsets lie within a band are one place (words dropped or put in shift
    // the offset a little).
    let band = 2 + len as i64 / 3;
    let mut seen = vec![u32::MAX; len];
    let mut places: Vec<(usize, i64, i64, usize)> = Vec::new(); // (words, lo, hi, a vote's position)
    let mut k = 0;
    let mut id = 0u32;
    while k < votes.len() {
        let lo = votes[k].0;
        let mut words = 0;
        let mut j = k;
        while j < votes.len() && votes[j].0 - lo <= band {
            let qi = votes[j].1 as usize;
            if seen[qi] != id {
                seen[qi] = id;
                words += 1;
            }
            j += 1;
        }
        let pos = (votes[k].0 + votes[k].1 as i64) as usize;
        places.push((words, lo, votes[j - 1].0, pos));
        id += 1;
        k = j;
    }
    places.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    places.truncate(KEEP);
    let slack = 2 + len as i64 / 4;
    let mut found: Vec<Found> = places
        .iter()
        .filter_map(|&(_, lo, hi, pos)| {
            let source = corpus.source_of(pos);
            let span = &corpus.spans[source];
            let from = (lo - slack).max(span.start as i64) as usize;
            let to = ((hi + len as i64 + slack).max(0) as usize).min(span.end);
            (from < to).then(|| align(corpus, q, content, source, from..to))
        })
        .filter(|f| !f.pairs.is_empty())
        .collect();
    found.sort_by(|a, b| {
        b.score()
            .cmp(&a.score())
            .then(a.span().start.cmp(&b.span().start))
    });
    found.dedup_by(|a, b| a.span() == b.span());
    found
}

/// The words of `q` matched in the corpus window `window`, loose function words at the ends
/// let go.
fn align(
    corpus: &Corpus,
    q: &[u64],
    content: &[bool],
    source: usize,
    window: Range<usize>,
) -> Found {
    let ops = capture_diff_slices(Algorithm::Myers, q, &corpus.ids[window.clone()]);
    let mut pairs = Vec::new();
    for op in ops {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            pairs.extend((0..len).map(|k| (old_index + k, window.start + new_index + k)));
        }
    }
    // The diff may take a repeated word from before a gap ("They're [not sending you.
    // They're] sending people"): a matched word moves next to its neighbour in the quotation
    // when the same word stands there, closing the gap.
    for k in (0..pairs.len().saturating_sub(1)).rev() {
        let (next_q, next_p) = pairs[k + 1];
        let want = next_p.checked_sub(next_q - pairs[k].0);
        if let Some(want) = want.filter(|&w| w > pairs[k].1 && w >= window.start) {
            if corpus.ids[want] == q[pairs[k].0] {
                pairs[k].1 = want;
            }
        }
    }
    for k in 1..pairs.len() {
        let (prev_q, prev_p) = pairs[k - 1];
        let want = prev_p + (pairs[k].0 - prev_q);
        if want < pairs[k].1 && corpus.ids[want] == q[pairs[k].0] {
            pairs[k].1 = want;
        }
    }
    // Function words matched apart from the rest at either end are chance ("in the" five
    // words off): a run of them beyond a gap is let go.
    let loose = |a: (usize, usize), b: (usize, usize)| b.0 - a.0 > 2 || b.1 - a.1 > 2;
    loop {
        let n = pairs.len();
        let Some(cut) = (1..n).rev().find(|&k| loose(pairs[k - 1], pairs[k])) else {
            break;
        };
        if pairs[cut..].iter().any(|p| content[p.0]) {
            break;
        }
        pairs.truncate(cut);
    }
    loop {
        let n = pairs.len();
        let Some(cut) = (1..n).find(|&k| loose(pairs[k - 1], pairs[k])) else {
            break;
        };
        if pairs[..cut].iter().any(|p| content[p.0]) {
            break;
        }
        pairs.drain(..cut);
    }
    let content_matched = pairs.iter().filter(|p| content[p.0]).count();
    Found {
        source,
        pairs,
        content: content_matched,
    }
}

/// One piece of a quotation and where it was found.
#[derive(Debug, Clone)]
pub struct Placed {
    /// Token range in the quotation (bracketed words included).
    pub tokens: Range<usize>,
    /// Pairs index the quotation's tokens (not only the unbracketed ones).
    pub found: Option<Found>,
    /// An ellipsis stands before this piece in the quotation.
    pub ellipsis_before: bool,
    /// The words looked up (not in brackets), and how many of them carry meaning.
    pub words: usize,
    pub content_words: usize,
}

/// Locates a quotation's tokens: cut at each ellipsis, each piece placed, a piece whose
/// head or tail is said elsewhere cut there. `prefer(pos)` says whether the speaker at a
/// corpus position is the one credited: such a place wins when it keeps nine tenths as many
/// words as the best place of anyone else.
pub fn pieces(corpus: &Corpus, toks: &[Token], prefer: &dyn Fn(usize) -> bool) -> Vec<Placed> {
    let mut cuts = vec![0];
    for (k, t) in toks.iter().enumerate().skip(1) {
        if t.ellipsis_before || toks[k - 1].ellipsis_after {
            cuts.push(k);
        }
    }
    cuts.push(toks.len());
    let mut out = Vec::new();
    for w in cuts.windows(2) {
        let piece = w[0]..w[1];
        let kept: Vec<usize> = piece.clone().filter(|&k| !toks[k].bracketed).collect();
        let ids: Vec<u64> = kept.iter().map(|&k| toks[k].id).collect();
        let content: Vec<bool> = kept.iter().map(|&k| toks[k].is_content()).collect();
        let first = out.len();
        let mut places = Vec::new();
        place(
            corpus,
            &ids,
            &content,
            prefer,
            0..kept.len(),
            0,
            &mut places,
        );
        for (r, found) in places {
            // Back to the quotation's token positions, bracketed words joined to the piece
            // they stand in.
            let start = if r.start == 0 {
                piece.start
            } else {
                kept[r.start]
            };
            let end = if r.end >= kept.len() {
                piece.end
            } else {
                kept[r.end]
            };
            let found = found.map(|mut f| {
                for p in &mut f.pairs {
                    p.0 = kept[p.0];
                }
                f
            });
            out.push(Placed {
                tokens: start..end,
                found,
                ellipsis_before: out.len() == first && piece.start > 0,
                words: r.len(),
                content_words: content[r].iter().filter(|&&c| c).count(),
            });
        }
    }
    out
}

/// The best place of `q[range]`, with its head or tail placed apart when said elsewhere.
fn place(
    corpus: &Corpus,
    q: &[u64],
    content: &[bool],
    prefer: &dyn Fn(usize) -> bool,
    range: Range<usize>,
    depth: usize,
    out: &mut Vec<(Range<usize>, Option<Found>)>,
) {
    if range.is_empty() {
        return;
    }
    let Some(f) = best(corpus, &q[range.clone()], &content[range.clone()], prefer) else {
        out.push((range, None));
        return;
    };
    let f = f.shifted(range.start);
    let qs = f.q_span();
    let elsewhere = |sub: Range<usize>| -> bool {
        if depth >= 3 || sub.len() < 3 {
            return false;
        }
        let Some(g) = best(corpus, &q[sub.clone()], &content[sub.clone()], prefer) else {
            return false;
        };
        let g = g.shifted(sub.start);
        let span = g.span();
        let f_span = f.span();
        let apart = span.end <= f_span.start || span.start >= f_span.end;
        apart && g.matched() >= 3 && g.matched() * 4 >= sub.len() * 3
    };
    let head = range.start..qs.start;
    let tail = qs.end..range.end;
    let split_head = elsewhere(head.clone());
    let split_tail = elsewhere(tail.clone());
    if split_head {
        place(corpus, q, content, prefer, head, depth + 1, out);
    }
    let from = if split_head { qs.start } else { range.start };
    let to = if split_tail { qs.end } else { range.end };
    out.push((from..to, Some(f)));
    if split_tail {
        place(corpus, q, content, prefer, tail, depth + 1, out);
    }
}

/// The place to take: the best, or the credited speaker's when it is nearly as good.
///
/// A place's quality is its matched words less the words it lacks and the source words it
/// has that the quotation does not; the credited speaker's place may trail the best by a
/// tenth of the quotation's words (delivered words differ from a moderator's reading back).
fn best(
    corpus: &Corpus,
    q: &[u64],
    content: &[bool],
    prefer: &dyn Fn(usize) -> bool,
) -> Option<Found> {
    let all = candidates(corpus, q, content);
    let top = all.first()?;
    let quality = |f: &Found| 2 * f.matched() as i64 - f.span().len() as i64;
    let theirs = all
        .iter()
        .filter(|f| f.pairs.first().is_some_and(|p| prefer(p.1)))
        .max_by_key(|f| (quality(f), std::cmp::Reverse(f.span().start)));
    let best_quality = all.iter().map(quality).max().unwrap_or(0);
    match theirs {
        Some(t) if quality(t) + (q.len() / 10) as i64 >= best_quality => Some(t.clone()),
        _ => Some(top.clone()),
    }
}
