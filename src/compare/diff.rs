//! Where two renderings of a statement are diffed, word by word.
//!
//! A *reading* is what one article quotes of a statement: one or more passages (quotations)
//! of comparison tokens from [`crate::compare::normalize`]. [`align`] lays a variant's reading against
//! the reference reading and returns [`Piece`]s in the reference's word order: words both
//! have, words changed, words one side lacks inside a quotation, and words outside what the
//! other side quotes at all.
//!
//! Outlets quote different extents of one statement, so alignment is local: each passage of
//! the variant is diffed against the reference with `similar` (patience diff on token ids),
//! and the densest run of matches (a maximum-sum window over the diff's steps, matches
//! counting for and unmatched words against) is taken as that passage's place. What is left
//! of the passage on either side is aligned again against what is left of the reference, so
//! one long quotation can cover two short ones. A window that stops mid-clause on both sides
//! is carried to the clause's end, so that "Sovereignty is sacrosanct." against "sovereignty
//! is inalienable." ends in a substitution and not in two loose ends.
//!
//! ```
//! use verbatim::compare::diff::{align, PieceKind, Reading};
//! use verbatim::compare::normalize::tokens_in;
//! let read = |t: &str| Reading::new(vec![tokens_in(t, 0..t.len())]);
//! let reference = read("I propose that the U.S. Army come in to help you.");
//! let variant = read("the United States Army enter to help you");
//! let kinds: Vec<PieceKind> = align(&reference, &variant).iter().map(|p| p.kind).collect();
//! assert_eq!(kinds, [PieceKind::Unquoted, PieceKind::Same, PieceKind::Changed, PieceKind::Same]);
//! ```

use crate::compare::normalize::Token;
use similar::{capture_diff, Algorithm, DiffOp};
use std::ops::Range;

/// What one article quotes of a statement: its passages' tokens, end to end.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    pub tokens: Vec<Token>,
    pub ids: Vec<u64>,
    /// Token ranges of the passages (quotations), in the order given.
    pub passages: Vec<Range<usize>>,
}

impl Reading {
    pub fn new(passages: Vec<Vec<Token>>) -> Reading {
        let mut r = Reading::default();
        for p in passages {
            let start = r.tokens.len();
            r.tokens.extend(p);
            r.passages.push(start..r.tokens.len());
        }
        r.ids = r.tokens.iter().map(|t| t.id).collect();
        r
    }

    /// Its number of tokens (the ids stay when the tokens are let go to save memory, see
    /// [`Reading::compact`]).
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Lets the tokens go and keeps their ids: what grouping needed, in a ninth of the memory.
    /// Whoever needs the tokens again reads them anew from the text.
    pub fn compact(&mut self) {
        self.tokens = Vec::new();
    }

    /// Does the reading have a break at token `i` (its start, its end, or between passages)?
    pub fn breaks_at(&self, i: usize) -> bool {
        i == 0 || i >= self.len() || self.passages.iter().any(|p| p.start == i)
    }
}

/// A step of a word diff, as token ranges of the reference (`r`) and the variant (`v`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub tag: Tag,
    pub r: Range<usize>,
    pub v: Range<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    Equal,
    Delete,
    Insert,
    Replace,
}

/// The word diff of `r_ids[r]` against `v_ids[v]` (patience diff, indices absolute).
pub fn word_diff(r_ids: &[u64], r: Range<usize>, v_ids: &[u64], v: Range<usize>) -> Vec<Step> {
    capture_diff(Algorithm::Patience, r_ids, r, v_ids, v)
        .into_iter()
        .map(|op| match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => Step {
                tag: Tag::Equal,
                r: old_index..old_index + len,
                v: new_index..new_index + len,
            },
            DiffOp::Delete {
                old_index,
                old_len,
                new_index,
            } => Step {
                tag: Tag::Delete,
                r: old_index..old_index + old_len,
                v: new_index..new_index,
            },
            DiffOp::Insert {
                old_index,
                new_index,
                new_len,
            } => Step {
                tag: Tag::Insert,
                r: old_index..old_index,
                v: new_index..new_index + new_len,
            },
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => Step {
                tag: Tag::Replace,
                r: old_index..old_index + old_len,
                v: new_index..new_index + new_len,
            },
        })
        .collect()
}

/// A place where a stretch of the variant matches a stretch of the reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub r: Range<usize>,
    pub v: Range<usize>,
    pub steps: Vec<Step>,
    /// Tokens matched, and of those, tokens that carry meaning.
    pub matched: usize,
    pub content: usize,
}

/// How many segments one passage may be cut into: enough for a long quotation that covers
/// several short ones, and a bound on the work.
const MAX_SEGMENTS: usize = 16;

/// Words a window may be carried over to finish a clause on both sides.
const MAX_CLAUSE_TAIL: usize = 6;

/// The places where `v[vr]` matches `r[rr]`, in order of both.
pub fn segments(r: &Reading, rr: Range<usize>, v: &Reading, vr: Range<usize>) -> Vec<Segment> {
    let mut out = Vec::new();
    find_segments(r, rr, v, vr, &mut out);
    out.sort_by_key(|s| s.v.start);
    out
}

fn find_segments(
    r: &Reading,
    rr: Range<usize>,
    v: &Reading,
    vr: Range<usize>,
    out: &mut Vec<Segment>,
) {
    if rr.is_empty() || vr.is_empty() || out.len() >= MAX_SEGMENTS {
        return;
    }
    // The best window against each of the reference's passages: a match never runs across
    // a break in the reference, where the words between were not quoted.
    let mut best: Option<(i64, Vec<Step>)> = None;
    for p in &r.passages {
        let part = p.start.max(rr.start)..p.end.min(rr.end);
        if part.is_empty() {
            continue;
        }
        let steps = word_diff(&r.ids, part, &v.ids, vr.clone());
        if let Some((score, first, last)) = densest_window(&steps, r) {
            if best.as_ref().is_none_or(|b| score > b.0) {
                best = Some((score, steps[first..=last].to_vec()));
            }
        }
    }
    let Some((_, mut steps)) = best else { return };
    let matched: usize = steps
        .iter()
        .filter(|s| s.tag == Tag::Equal)
        .map(|s| s.r.len())
        .sum();
    let content: usize = steps
        .iter()
        .filter(|s| s.tag == Tag::Equal)
        .flat_map(|s| s.r.clone())
        .filter(|&i| r.tokens[i].is_content())
        .count();
    let short = vr.len() <= 2 || rr.len() <= 2;
    if content == 0 || (matched < 2 && !short) {
        return;
    }
    extend_to_clauses(r, &rr, v, &vr, &mut steps);
    let seg_r = steps[0].r.start..steps[steps.len() - 1].r.end;
    let seg_v = steps[0].v.start..steps[steps.len() - 1].v.end;
    out.push(Segment {
        r: seg_r.clone(),
        v: seg_v.clone(),
        steps,
        matched,
        content,
    });
    // What is left on either side may match elsewhere, in the same order.
    find_segments(r, rr.start..seg_r.start, v, vr.start..seg_v.start, out);
    find_segments(r, seg_r.end..rr.end, v, seg_v.end..vr.end, out);
}

/// The maximum-sum run of steps (the longer on a tie), from a match to a match (its score,
/// first and last step): matched words count for (meaning
/// words twice as much as function words), unmatched words against.
pub fn densest_window(steps: &[Step], r: &Reading) -> Option<(i64, usize, usize)> {
    let score = |s: &Step| -> i64 {
        match s.tag {
            Tag::Equal => {
                s.r.clone()
                    .map(|i| if r.tokens[i].stop { 1 } else { 2 })
                    .sum()
            }
            _ => -2 * s.r.len().max(s.v.len()) as i64,
        }
    };
    let mut best: Option<(i64, usize, usize)> = None;
    let mut cur = 0i64;
    let mut start = 0;
    for (i, s) in steps.iter().enumerate() {
        let sc = score(s);
        if cur <= 0 {
            if s.tag != Tag::Equal {
                continue;
            }
            cur = sc;
            start = i;
        } else {
            cur += sc;
        }
        if s.tag == Tag::Equal && best.is_none_or(|b| cur >= b.0) {
            best = Some((cur, start, i));
        }
    }
    best
}

/// Carries a window that stops mid-clause on both sides to the clause's end (and back to its
/// start), so that a changed last word is a substitution, not a loose end.
fn extend_to_clauses(
    r: &Reading,
    rr: &Range<usize>,
    v: &Reading,
    vr: &Range<usize>,
    steps: &mut Vec<Step>,
) {
    let (re, ve) = (steps[steps.len() - 1].r.end, steps[steps.len() - 1].v.end);
    if re < rr.end && ve < vr.end && !r.tokens[re - 1].clause_end && !v.tokens[ve - 1].clause_end {
        let kr = clause_end(&r.tokens, re, rr.end);
        let kv = clause_end(&v.tokens, ve, vr.end);
        if kr - re <= MAX_CLAUSE_TAIL && kv - ve <= MAX_CLAUSE_TAIL {
            steps.extend(word_diff(&r.ids, re..kr, &v.ids, ve..kv));
        }
    }
    let (rs, vs) = (steps[0].r.start, steps[0].v.start);
    if rs > rr.start
        && vs > vr.start
        && !r.tokens[rs - 1].clause_end
        && !v.tokens[vs - 1].clause_end
    {
        let kr = clause_start(&r.tokens, rs, rr.start);
        let kv = clause_start(&v.tokens, vs, vr.start);
        if rs - kr <= MAX_CLAUSE_TAIL && vs - kv <= MAX_CLAUSE_TAIL {
            let mut head = word_diff(&r.ids, kr..rs, &v.ids, kv..vs);
            head.append(steps);
            *steps = head;
        }
    }
}

/// One past the token that ends the clause running on from `from`.
fn clause_end(t: &[Token], from: usize, limit: usize) -> usize {
    let mut k = from;
    while k < limit {
        k += 1;
        if t[k - 1].clause_end {
            break;
        }
    }
    k
}

/// The first token of the clause that runs up to `to`.
fn clause_start(t: &[Token], to: usize, limit: usize) -> usize {
    let mut k = to;
    while k > limit && !t[k - 1].clause_end {
        k -= 1;
    }
    k
}

/// What a stretch of the alignment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PieceKind {
    /// The same words (after normalisation).
    Same,
    /// Words of the reference replaced by other words.
    Changed,
    /// Reference words the variant lacks inside one of its quotations.
    Omitted,
    /// Variant words the reference lacks, inside the extent both quote.
    Inserted,
    /// Reference words outside everything the variant quotes.
    Unquoted,
    /// Variant words beyond what the reference quotes.
    Extra,
}

/// A stretch of the alignment: token ranges of the reference and the variant reading.
/// An empty range marks the position where the other side's words stand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub kind: PieceKind,
    pub r: Range<usize>,
    pub v: Range<usize>,
    /// Found at the loose end of a match (before, after or between the places a passage
    /// matches), where the alignment says less about which words stand for which.
    pub edge: bool,
}

/// Words of a variant beyond the ends of its match, placed at reference position `at`: past a
/// break in the reference's reading they extend it (`Extra`), inside it they were put in.
fn edge_words(reference: &Reading, at: usize, v: Range<usize>) -> Piece {
    let kind = if reference.breaks_at(at) {
        PieceKind::Extra
    } else {
        PieceKind::Inserted
    };
    Piece {
        kind,
        r: at..at,
        v,
        edge: true,
    }
}

/// Lays `variant` against `reference`; the pieces follow the reference's word order (a
/// variant passage that matches nowhere comes last, as [`PieceKind::Extra`]).
pub fn align(reference: &Reading, variant: &Reading) -> Vec<Piece> {
    let rlen = reference.len();
    // Each passage's pieces, with where it starts in the reference.
    let mut blocks: Vec<(usize, usize, Vec<Piece>)> = Vec::new();
    for (pi, pr) in variant.passages.iter().enumerate() {
        let segs = segments(reference, 0..rlen, variant, pr.clone());
        let (Some(first), Some(last)) = (segs.first(), segs.last()) else {
            if !pr.is_empty() {
                let p = Piece {
                    kind: PieceKind::Extra,
                    r: rlen..rlen,
                    v: pr.clone(),
                    edge: true,
                };
                blocks.push((usize::MAX, pi, vec![p]));
            }
            continue;
        };
        let mut pieces = Vec::new();
        if first.v.start > pr.start {
            pieces.push(edge_words(
                reference,
                first.r.start,
                pr.start..first.v.start,
            ));
        }
        for (k, seg) in segs.iter().enumerate() {
            pieces.extend(seg.steps.iter().map(step_piece));
            if let Some(next) = segs.get(k + 1) {
                between(reference, seg, next, &mut pieces);
            }
        }
        if last.v.end < pr.end {
            pieces.push(edge_words(reference, last.r.end, last.v.end..pr.end));
        }
        blocks.push((first.r.start, pi, pieces));
    }
    blocks.sort_by_key(|b| (b.0, b.1));
    let mut out = Vec::new();
    let mut cursor = 0;
    for (start, _, pieces) in blocks {
        if start != usize::MAX && start > cursor {
            out.push(Piece {
                kind: PieceKind::Unquoted,
                r: cursor..start,
                v: 0..0,
                edge: false,
            });
            cursor = start;
        }
        let mut end = cursor;
        for p in pieces {
            // Reference words already covered by an earlier passage are not shown twice.
            if !p.r.is_empty() && p.r.end <= cursor {
                continue;
            }
            end = end.max(p.r.end.min(rlen));
            out.push(p);
        }
        cursor = end;
    }
    if cursor < rlen {
        let p = Piece {
            kind: PieceKind::Unquoted,
            r: cursor..rlen,
            v: 0..0,
            edge: false,
        };
        let at = out
            .iter()
            .position(|q| q.kind == PieceKind::Extra && q.r.start >= rlen);
        match at {
            Some(i) => out.insert(i, p),
            None => out.push(p),
        }
    }
    // Anchor the empty side of unquoted pieces where the variant stands.
    let mut vpos = 0;
    for p in &mut out {
        if p.v.is_empty() {
            p.v = vpos..vpos;
        } else {
            vpos = p.v.end;
        }
    }
    out
}

/// The plain word diff of two readings already known to be one passage each (verify's source
/// stretch and its quotation), as pieces: no search for where one stands in the other.
pub fn pieces(reference: &Reading, variant: &Reading) -> Vec<Piece> {
    word_diff(
        &reference.ids,
        0..reference.len(),
        &variant.ids,
        0..variant.len(),
    )
    .iter()
    .map(step_piece)
    .collect()
}

fn step_piece(s: &Step) -> Piece {
    let kind = match s.tag {
        Tag::Equal => PieceKind::Same,
        Tag::Delete => PieceKind::Omitted,
        Tag::Insert => PieceKind::Inserted,
        Tag::Replace => PieceKind::Changed,
    };
    Piece {
        kind,
        r: s.r.clone(),
        v: s.v.clone(),
        edge: false,
    }
}

/// What stands between two segments of one passage: words the variant left out or put in.
/// Where the reference itself breaks between quotations, the variant's words there are
/// beyond what the reference quotes.
fn between(reference: &Reading, a: &Segment, b: &Segment, pieces: &mut Vec<Piece>) {
    let (rg, vg) = (a.r.end..b.r.start.max(a.r.end), a.v.end..b.v.start);
    let breaks =
        (rg.start..=rg.end).any(|i| i > 0 && i < reference.len() && reference.breaks_at(i));
    if !rg.is_empty() {
        pieces.push(Piece {
            kind: PieceKind::Omitted,
            r: rg.clone(),
            v: vg.start..vg.start,
            edge: true,
        });
    }
    if !vg.is_empty() {
        let kind = if breaks {
            PieceKind::Extra
        } else {
            PieceKind::Inserted
        };
        pieces.push(Piece {
            kind,
            r: rg.end..rg.end,
            v: vg,
            edge: true,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::normalize::tokens_in;

    fn reading(passages: &[&str]) -> Reading {
        // Passages live in one text, so that their tokens' spans are distinct.
        let text = passages.join("\n");
        let mut at = 0;
        let mut toks = Vec::new();
        for p in passages {
            toks.push(tokens_in(&text, at..at + p.len()));
            at += p.len() + 1;
        }
        Reading::new(toks)
    }

    /// The alignment as `kind(reference words | variant words)`, for reading in a table.
    fn show(r: &[&str], v: &[&str]) -> Vec<String> {
        let (rr, vv) = (reading(r), reading(v));
        let words = |rd: &Reading, range: Range<usize>| {
            range
                .map(|i| rd.tokens[i].norm.clone())
                .collect::<Vec<_>>()
                .join(" ")
        };
        align(&rr, &vv)
            .into_iter()
            .map(|p| {
                format!(
                    "{:?}({}|{})",
                    p.kind,
                    words(&rr, p.r.clone()),
                    words(&vv, p.v.clone())
                )
            })
            .collect()
    }

    #[test]
    fn identical_quotes_align_as_one_piece() {
        assert_eq!(
            show(&["We can work together."], &["“We can work together,”"]),
            ["Same(we can work together|we can work together)"]
        );
    }

    #[test]
    fn a_fragment_finds_its_place_inside_a_longer_quote() {
        assert_eq!(
            show(
                &["Sovereignty is sacrosanct. Sovereignty is not for sale."],
                &["not for sale"]
            ),
            [
                "Unquoted(sovereignty is sacrosanct sovereignty is|)",
                "Same(not for sale|not for sale)"
            ]
        );
    }

    #[test]
    fn a_substitution_at_the_end_of_a_clause_is_not_a_loose_end() {
        let got = show(
            &["No, President Trump, our territory is inalienable, sovereignty is inalienable. We can collaborate."],
            &["No, President Trump, the territory is sacrosanct. Sovereignty is sacrosanct. Sovereignty is not for sale."],
        );
        assert_eq!(
            got,
            [
                "Same(no president trump|no president trump)",
                "Changed(our|the)",
                "Same(territory is|territory is)",
                "Changed(inalienable|sacrosanct)",
                "Same(sovereignty is|sovereignty is)",
                "Changed(inalienable|sacrosanct)",
                "Inserted(|sovereignty is not for sale)",
                "Unquoted(we can collaborate|)",
            ]
        );
    }

    #[test]
    fn one_long_quote_covers_two_short_ones() {
        let long = "Our territory is inalienable. We can collaborate, we can work together, but with you in your territory and us in ours.";
        let short = [
            "our territory is inalienable",
            "we can work together, but you in your territory and us in ours",
        ];
        assert_eq!(
            show(&[long], &short),
            [
                "Same(our territory is inalienable|our territory is inalienable)",
                "Unquoted(we can collaborate|)",
                "Same(we can work together but|we can work together but)",
                "Omitted(with|)",
                "Same(you in your territory and us in ours|you in your territory and us in ours)",
            ]
        );
        // And the other way round: the long quote's words between the two passages are
        // beyond what the reference quotes, not an insertion.
        assert_eq!(
            show(&short, &[long]),
            [
                "Same(our territory is inalienable|our territory is inalienable)",
                "Extra(|we can collaborate)",
                "Same(we can work together but|we can work together but)",
                "Inserted(|with)",
                "Same(you in your territory and us in ours|you in your territory and us in ours)",
            ]
        );
    }

    #[test]
    fn an_omission_inside_a_quote_stays_inside() {
        assert_eq!(
            show(
                &["We will build the wall and Mexico will pay for it, believe me, one hundred percent."],
                &["We will build the wall ... one hundred percent."]
            ),
            [
                "Same(we will build the wall|we will build the wall)",
                "Omitted(and mexico will pay for it believe me|)",
                "Same(100 percent|100 percent)",
            ]
        );
    }

    #[test]
    fn a_passage_that_matches_nowhere_comes_last_as_extra() {
        assert_eq!(
            show(
                &["The border is closed."],
                &["the border is closed", "tariffs are coming"]
            ),
            [
                "Same(the border is closed|the border is closed)",
                "Extra(|tariffs are coming)"
            ]
        );
    }

    #[test]
    fn ranges_given_to_the_diff_are_absolute() {
        let ids = [1u64, 2, 3, 4, 5];
        let steps = word_diff(&ids, 2..5, &[9, 3, 4], 1..3);
        assert_eq!(
            steps[0],
            Step {
                tag: Tag::Equal,
                r: 2..4,
                v: 1..3
            }
        );
    }
}
