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
//! ([`pieces`]); and a piece whose head or tail (five words or more, one of meaning) is said
//! somewhere else is cut there too, so that a splice shows as two places.

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
/// The fewest words (one of them a meaning word) of a piece's head or tail, found elsewhere,
/// that make it a piece of its own; a piece found apart from the others proves a splice only
/// with this many.
pub const SPLICE_WORDS: usize = 5;
/// Words of a source within which a short piece found apart is near: a splice of nearby
/// sentences, not chance.
pub const NEARBY: usize = 60;
/// When every n-gram of a piece is common, how many of the rarest vote.
const RAREST: usize = 8;
/// Pieces are located at most this many words at a time: a long quotation is cut at sentence
/// ends (or here) and its parts, found side by side, join again (see `verdict`). The
/// alignment of a part costs the square of its length at worst; this keeps it small.
const LONGEST: usize = 80;

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
/// `expect`: the corpus position where `q` would start if it continued the words located
/// before it; that place is always among the candidates.
pub fn candidates(
    corpus: &Corpus,
    q: &[u64],
    content: &[bool],
    expect: Option<usize>,
) -> Vec<Found> {
    candidates_for(corpus, q, content, expect, &|_| false)
}

/// [`candidates`], keeping besides the best places the best few where `prefer` holds (the
/// credited speaker's), however many others say the same words first.
pub fn candidates_for(
    corpus: &Corpus,
    q: &[u64],
    content: &[bool],
    expect: Option<usize>,
    prefer: &dyn Fn(usize) -> bool,
) -> Vec<Found> {
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
        // Only common n-grams: the rarest few of them vote, each with a bounded reading.
        let n0 = common.first().map_or(0, |c| c.0);
        let mut rare: Vec<(usize, usize)> = common
            .iter()
            .filter(|c| c.0 == n0)
            .map(|&(n, i)| (corpus.postings(n, gram(&q[i..i + n])).len(), i))
            .collect();
        rare.sort_unstable();
        for &(_, i) in rare.iter().take(RAREST) {
            let n = n0;
            let post = corpus.postings(n, gram(&q[i..i + n]));
            votes.extend(
                post.iter()
                    .take(WIDE)
                    .map(|&(_, p)| (p as i64 - i as i64, i as u32)),
            );
        }
    }
    let expect = expect.filter(|&e| e < corpus.ids.len());
    if votes.is_empty() && expect.is_none() {
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
    // The credited speaker's best places join the best when none of those is theirs.
    let mine = places.iter().take(KEEP).any(|p| prefer(p.3));
    let mut theirs = 0;
    let mut k = 0;
    places.retain(|p| {
        k += 1;
        let keep = k <= KEEP || (!mine && theirs < KEEP && prefer(p.3));
        if keep && k > KEEP {
            theirs += 1;
        }
        keep
    });
    if let Some(e) = expect {
        let at = e as i64;
        if !places.iter().any(|p| p.1 <= at && at <= p.2) {
            places.push((0, at, at, e));
        }
    }
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
        // Never inside one word ("… We'll" is `we` + `will`, "… 58%" is `58` + `percent`).
        if (t.ellipsis_before || toks[k - 1].ellipsis_after)
            && !t.same_word
            && t.start > toks[k - 1].end
        {
            cuts.push(k);
        }
    }
    cuts.push(toks.len());
    // Long pieces in parts of at most LONGEST words, cut at a sentence end where there is one.
    let mut parts = vec![0];
    for w in cuts.windows(2) {
        let mut from = w[0];
        while w[1] - from > LONGEST {
            let limit = from + LONGEST;
            let cut = (from + LONGEST / 2..limit)
                .rev()
                .find(|&k| toks[k - 1].sentence_end)
                .unwrap_or(limit);
            parts.push(cut);
            from = cut;
        }
        parts.push(w[1]);
    }
    parts.dedup();
    let ellipsis_at: Vec<usize> = cuts;
    let cuts = parts;
    let mut out = Vec::new();
    for w in cuts.windows(2) {
        let piece = w[0]..w[1];
        let kept: Vec<usize> = piece.clone().filter(|&k| !toks[k].bracketed).collect();
        let ids: Vec<u64> = kept.iter().map(|&k| toks[k].id).collect();
        let content: Vec<bool> = kept.iter().map(|&k| toks[k].is_content()).collect();
        let ends: Vec<bool> = kept.iter().map(|&k| toks[k].sentence_end).collect();
        let first = out.len();
        let mut places = Vec::new();
        // Where the words before this piece end: a part of a long quotation, or the piece
        // after an ellipsis, most likely comes after them.
        let after = out
            .iter()
            .rev()
            .find_map(|p: &Placed| p.found.as_ref())
            .map(|f| f.span().end);
        place(
            corpus,
            (&ids, &content, &ends),
            prefer,
            (0..kept.len(), after),
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
                ellipsis_before: out.len() == first
                    && piece.start > 0
                    && ellipsis_at.contains(&piece.start),
                words: r.len(),
                content_words: content[r].iter().filter(|&&c| c).count(),
            });
        }
    }
    out
}

/// The best place of `q[range]` (said after corpus position `after`, likely), with its head
/// or tail placed apart when said elsewhere.
fn place(
    corpus: &Corpus,
    (q, content, ends): (&[u64], &[bool], &[bool]),
    prefer: &dyn Fn(usize) -> bool,
    (range, after): (Range<usize>, Option<usize>),
    depth: usize,
    out: &mut Vec<(Range<usize>, Option<Found>)>,
) {
    if range.is_empty() {
        return;
    }
    let words = (q, content, ends);
    let Some(f) = best(
        corpus,
        &q[range.clone()],
        &content[range.clone()],
        prefer,
        after,
    ) else {
        out.push((range, None));
        return;
    };
    let f = f.shifted(range.start);
    let f_span = f.span();
    let apart = |g: &Found| g.span().end <= f_span.start || g.span().start >= f_span.end;
    // A sentence of the quotation this place hardly covers, said in full elsewhere: the
    // quotation is cut at that sentence and each side placed on its own ("Washington
    // flourished … wealth. The establishment protected itself." joins two places).
    if depth < 3 {
        let mut from = range.start;
        for k in range.clone() {
            if !(ends[k] || k + 1 == range.end) {
                continue;
            }
            let sentence = from..k + 1;
            from = k + 1;
            let whole = sentence.start == range.start && sentence.end == range.end;
            let covered = f.pairs.iter().filter(|p| sentence.contains(&p.0)).count();
            if whole || sentence.len() < 4 || covered * 2 >= sentence.len() {
                continue;
            }
            let own = best(
                corpus,
                &q[sentence.clone()],
                &content[sentence.clone()],
                prefer,
                None,
            )
            .map(|g| g.shifted(sentence.start));
            if own.is_some_and(|g| {
                apart(&g) && g.content >= 1 && g.matched() * 4 >= sentence.len() * 3
            }) {
                let cut = if sentence.start > range.start {
                    sentence.start
                } else {
                    sentence.end
                };
                place(
                    corpus,
                    words,
                    prefer,
                    (range.start..cut, after),
                    depth + 1,
                    out,
                );
                let after_cut = out
                    .iter()
                    .rev()
                    .find_map(|(_, f)| f.as_ref())
                    .map(|f| f.span().end);
                place(
                    corpus,
                    words,
                    prefer,
                    (cut..range.end, after_cut),
                    depth + 1,
                    out,
                );
                return;
            }
        }
    }
    let qs = f.q_span();
    // A head or tail said elsewhere: five words or more, one of meaning at least, anywhere
    // (a shorter common phrase is said in many places and proves nothing); or three or
    // more, all found, near this place.
    let elsewhere = |sub: Range<usize>, hint: Option<usize>| -> bool {
        if depth >= 3 || sub.len() < 3 {
            return false;
        }
        let Some(g) = best(corpus, &q[sub.clone()], &content[sub.clone()], prefer, hint) else {
            return false;
        };
        let g = g.shifted(sub.start);
        let strong = sub.len() >= SPLICE_WORDS
            && g.matched() >= SPLICE_WORDS
            && g.content >= 1
            && g.matched() * 4 >= sub.len() * 3;
        let near = g.source == f.source
            && (g.span().start.abs_diff(f_span.end) <= NEARBY
                || f_span.start.abs_diff(g.span().end) <= NEARBY);
        let short = g.matched() == sub.len() && g.content >= 1 && near;
        apart(&g) && (strong || short)
    };
    let head = range.start..qs.start;
    let tail = qs.end..range.end;
    let split_head = elsewhere(head.clone(), after);
    let split_tail = elsewhere(tail.clone(), Some(f_span.end));
    if split_head {
        place(corpus, words, prefer, (head, after), depth + 1, out);
    }
    let from = if split_head { qs.start } else { range.start };
    let to = if split_tail { qs.end } else { range.end };
    let end = f_span.end;
    out.push((from..to, Some(f)));
    if split_tail {
        place(corpus, words, prefer, (tail, Some(end)), depth + 1, out);
    }
}

/// The place to take, among those whose quality (matched words, less the words missing and
/// the source words the quotation does not have) is within a tenth of the quotation's words
/// of the best: the credited speaker's, if any is (delivered words differ from a moderator's
/// reading back); then the best quality; then the one that continues the words before it
/// (`after`), so that the parts of a long quotation stay together; then the earliest.
fn best(
    corpus: &Corpus,
    q: &[u64],
    content: &[bool],
    prefer: &dyn Fn(usize) -> bool,
    after: Option<usize>,
) -> Option<Found> {
    let all = candidates_for(corpus, q, content, after, prefer);
    let quality = |f: &Found| 2 * f.matched() as i64 - f.span().len() as i64;
    let top = all.iter().map(quality).max()?;
    let tolerance = (q.len() / 10) as i64;
    let near: Vec<&Found> = all
        .iter()
        .filter(|f| quality(f) + tolerance >= top)
        .collect();
    let theirs: Vec<&Found> = near
        .iter()
        .copied()
        .filter(|f| f.pairs.first().is_some_and(|p| prefer(p.1)))
        .collect();
    let pool = if theirs.is_empty() { near } else { theirs };
    let follows = |f: &Found| match after {
        Some(a) if f.span().start >= a => std::cmp::Reverse(f.span().start - a),
        _ => std::cmp::Reverse(usize::MAX),
    };
    pool.into_iter()
        .max_by_key(|f| {
            (
                quality(f),
                follows(f),
                f.content,
                std::cmp::Reverse(f.span().start),
            )
        })
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::normalize::tokens_in;
    use crate::verify::source::Source;

    fn toks(s: &str) -> Vec<Token> {
        tokens_in(s, 0..s.len())
    }

    #[test]
    fn a_quotation_is_found_where_its_words_are_said() {
        let sources = vec![Source::new(
            "s.txt",
            "We met today. The harbor will stay open all winter. Thank you.".into(),
            "txt",
            None,
        )];
        let c = Corpus::new(&sources);
        let q = toks("the harbor will stay open");
        let ids: Vec<u64> = q.iter().map(|t| t.id).collect();
        let content: Vec<bool> = q.iter().map(Token::is_content).collect();
        let found = candidates(&c, &ids, &content, None);
        let best = &found[0];
        assert_eq!(best.matched(), 5);
        assert_eq!(best.span(), 3..8, "after “We met today.”");
    }

    #[test]
    fn an_ellipsis_cuts_pieces_but_never_a_word() {
        let sources = vec![Source::new(
            "s.txt",
            "We can fix the road this spring. The council met. We'll open the gate in June.".into(),
            "txt",
            None,
        )];
        let c = Corpus::new(&sources);
        let q = toks("We can fix the road this spring … We'll open the gate in June");
        let placed = pieces(&c, &q, &|_| false);
        assert_eq!(placed.len(), 2);
        assert!(placed[1].ellipsis_before);
        assert!(placed
            .iter()
            .all(|p| p.found.as_ref().is_some_and(|f| f.matched() == p.words)));
    }
}
