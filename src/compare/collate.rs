//! Where every rendering of a statement is aligned with all the others at once.
//!
//! Comparing each outlet with one chosen outlet blames the wrong side whenever the chosen one
//! is the odd one out. Collation tools for textual variants (CollateX and its ancestors) align
//! all the *witnesses* of a text together and only then read off where they differ; this module
//! does the same for the quotations of one group of [`crate::compare::align`]:
//!
//! 1. **Progressive alignment.** The most central reading (the one whose words most others
//!    share) seeds a table of *columns* (one per word); each further reading, in that order,
//!    is aligned against the table's consensus (the most
//!    common word of each column) with [`crate::compare::diff::align`]. Its words fill the
//!    columns they match or replace; words the table lacks open new columns where they stand.
//!    A reading the same word for word as one already in the table (a copy) takes its
//!    columns, so each quotation stands with its own counterpart.
//! 2. **Coverage.** A witness *covers* the columns from the first word of each of its passages
//!    (quotations) to the last: inside that extent an empty cell is words it left out; outside,
//!    and between two quotations, words it does not quote at all.
//! 3. **Places.** Runs of columns where the witnesses that cover them do not all read the
//!    same are the *places* of the apparatus ([`Collation::places`]).
//! 4. **Majority.** [`Collation::majority`] takes, at each place, the reading (the words of
//!    the whole place, so that "seeks God" and "searches for the Lord" compete as wholes)
//!    most of the witnesses that cover it print (on a tie, the first witness's). Whether a
//!    place has a majority at all, and so whom to blame, the apparatus says
//!    ([`crate::compare::statement`]), counting outlets per reading.
//!
//! ```
//! use verbatim::compare::collate::Collation;
//! use verbatim::compare::diff::Reading;
//! use verbatim::compare::normalize::tokens_in;
//! let read = |t: &str| Reading::new(vec![tokens_in(t, 0..t.len())]);
//! let a = read("our territory is inviolable");
//! let b = read("our territory is inviolable");
//! let c = read("the territory is sacrosanct");
//! let table = Collation::new(&[&a, &b, &c]);
//! let words: Vec<&str> = table.majority(None).iter().filter_map(|m| m.token)
//!     .map(|(w, t)| [&a, &b, &c][w].tokens[t].norm.as_str()).collect();
//! assert_eq!(words, ["our", "territory", "is", "inviolable"]);
//! ```

use crate::compare::diff::{align, PieceKind, Reading};
use similar::{capture_diff, Algorithm, DiffOp};
use std::ops::Range;

/// A column of the alignment: for each witness, the index of its token here, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub cells: Vec<Option<u32>>,
}

/// All the witnesses of a group aligned together.
#[derive(Debug, Clone)]
pub struct Collation<'a> {
    pub witnesses: Vec<&'a Reading>,
    pub columns: Vec<Column>,
    /// For each witness, the first and last column of each of its passages (quotations):
    /// between two passages an outlet does not claim to quote continuously.
    pub extent: Vec<Vec<(usize, usize)>>,
}

/// What the majority reads at one column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Majority {
    /// The word read here, as (witness, token index), or `None` when most witnesses that
    /// cover the column have no word in it.
    pub token: Option<(usize, usize)>,
    /// Witnesses that cover the column.
    pub covering: usize,
}

impl<'a> Collation<'a> {
    /// Aligns `witnesses` together, the most central first ([`central_first`]).
    pub fn new(witnesses: &[&'a Reading]) -> Collation<'a> {
        let n = witnesses.len();
        let order = central_first(witnesses);
        let mut columns: Vec<Column> = Vec::new();
        if let Some(&first) = order.first() {
            for t in 0..witnesses[first].len() {
                let mut cells = vec![None; n];
                cells[first] = Some(t as u32);
                columns.push(Column { cells });
            }
        }
        for (k, &w) in order.iter().enumerate().skip(1) {
            // A reading word for word the same as one already placed (the same article twice,
            // or a reprint) takes its columns: each quotation stands with its own counterpart,
            // not with another that opens with the same words.
            let twin = order[..k].iter().copied().find(|&v| {
                witnesses[v].ids == witnesses[w].ids
                    && witnesses[v].passages == witnesses[w].passages
            });
            match twin {
                Some(v) => {
                    for col in &mut columns {
                        col.cells[w] = col.cells[v];
                    }
                }
                None => columns = add_witness(columns, witnesses, w),
            }
        }
        let mut extent: Vec<Vec<(usize, usize)>> = witnesses
            .iter()
            .map(|r| vec![(usize::MAX, 0); r.passages.len()])
            .collect();
        for (c, col) in columns.iter().enumerate() {
            for (w, t) in col.cells.iter().enumerate() {
                let Some(t) = *t else { continue };
                let r = witnesses[w];
                let p = r.passages.partition_point(|p| p.end <= t as usize);
                if let Some(e) = extent[w].get_mut(p) {
                    e.0 = e.0.min(c);
                    e.1 = e.1.max(c);
                }
            }
        }
        for e in &mut extent {
            e.retain(|&(a, b)| a <= b);
        }
        Collation {
            witnesses: witnesses.to_vec(),
            columns,
            extent,
        }
    }

    /// Does witness `w` cover column `c` (stand between the first and last word of one of
    /// its passages)?
    pub fn covers(&self, w: usize, c: usize) -> bool {
        self.extent[w].iter().any(|&(a, b)| a <= c && c <= b)
    }

    /// The token id of witness `w` at column `c`.
    pub fn id(&self, w: usize, c: usize) -> Option<u64> {
        self.columns[c].cells[w].map(|t| self.witnesses[w].ids[t as usize])
    }

    /// The places where witnesses differ: runs of columns where the witnesses that cover
    /// them do not all read the same. A witness that differs from the others at most of the
    /// columns it covers (a paraphrase) does not make places of its own; its words still show
    /// at the places the others make.
    pub fn places(&self) -> Vec<Range<usize>> {
        let n = self.witnesses.len();
        let cols = self.columns.len();
        let outlier = self.outliers();
        let agree = |c: usize| {
            let mut seen: Option<Option<u64>> = None;
            for w in (0..n).filter(|&w| !outlier[w] && self.covers(w, c)) {
                let id = self.id(w, c);
                match seen {
                    None => seen = Some(id),
                    Some(s) if s != id => return false,
                    _ => {}
                }
            }
            true
        };
        let mut out = Vec::new();
        let mut c = 0;
        while c < cols {
            if agree(c) {
                c += 1;
                continue;
            }
            let start = c;
            while c < cols && !agree(c) {
                c += 1;
            }
            out.push(start..c);
        }
        out
    }

    /// Witnesses that read as most others do at fewer than half of the columns they cover
    /// (four or more): paraphrases, or quotations that only share a phrase with the rest.
    fn outliers(&self) -> Vec<bool> {
        let cols = self.columns.len();
        let column_majority: Vec<Option<Option<u64>>> =
            (0..cols).map(|c| self.column_vote(c)).collect();
        (0..self.witnesses.len())
            .map(|w| {
                let covered: Vec<usize> = (0..cols).filter(|&c| self.covers(w, c)).collect();
                let agree = covered
                    .iter()
                    .filter(|&&c| column_majority[c] == Some(self.id(w, c)))
                    .count();
                self.witnesses.len() >= 3 && covered.len() >= 4 && 2 * agree < covered.len()
            })
            .collect()
    }

    /// The id most witnesses that cover column `c` read there (`Some(None)`: no word).
    fn column_vote(&self, c: usize) -> Option<Option<u64>> {
        let mut votes: Vec<(Option<u64>, usize)> = Vec::new();
        for w in (0..self.witnesses.len()).filter(|&w| self.covers(w, c)) {
            let id = self.id(w, c);
            match votes.iter_mut().find(|v| v.0 == id) {
                Some(v) => v.1 += 1,
                None => votes.push((id, 1)),
            }
        }
        votes.iter().max_by_key(|v| v.1).map(|v| v.0)
    }

    /// The words witness `w` reads over `cols` (its empty cells left out).
    pub fn words(&self, w: usize, cols: Range<usize>) -> Vec<u64> {
        cols.filter_map(|c| self.id(w, c)).collect()
    }

    /// The reading of each column. Where witnesses agree, their word; at each place where
    /// they differ, the reading (the words of the whole place) most of the witnesses that
    /// cover it print, or `chosen`'s where that witness covers it (`--reference`). On a tie
    /// a reading with words goes before none, then the most central witness's reading.
    pub fn majority(&self, chosen: Option<usize>) -> Vec<Majority> {
        let n = self.witnesses.len();
        let cols = self.columns.len();
        let outlier = self.outliers();
        let mut out: Vec<Majority> = (0..cols)
            .map(|c| {
                let covering = (0..n).filter(|&w| self.covers(w, c)).count();
                // What the witnesses that agree with the others read here; a paraphrase's
                // words only where nobody else quotes.
                let steady: Vec<usize> = (0..n)
                    .filter(|&w| !outlier[w] && self.covers(w, c))
                    .collect();
                let voters: Vec<usize> = if steady.is_empty() {
                    (0..n).filter(|&w| self.covers(w, c)).collect()
                } else {
                    steady
                };
                let mut votes: Vec<(Option<u64>, usize, usize)> = Vec::new();
                for &w in &voters {
                    let id = self.id(w, c);
                    match votes.iter_mut().find(|v| v.0 == id) {
                        Some(v) => v.1 += 1,
                        None => votes.push((id, 1, w)),
                    }
                }
                votes.sort_by_key(|v| (std::cmp::Reverse(v.1), v.0.is_none(), v.2));
                let token = votes
                    .first()
                    .filter(|v| v.0.is_some())
                    .and_then(|v| self.columns[c].cells[v.2].map(|t| (v.2, t as usize)));
                Majority { token, covering }
            })
            .collect();
        // The most central witness first, as the columns were built.
        let order = central_first(&self.witnesses);
        // Words only one witness prints where no other quotes (beyond their extent) are
        // that outlet's own, not the statement's, once three outlets or more quote it.
        if n >= 3 {
            for m in out.iter_mut().filter(|m| m.covering == 1) {
                m.token = None;
            }
        }
        for place in self.places() {
            let mut votes: Vec<(Vec<u64>, usize, usize)> = Vec::new(); // words, support, rank
            for (rank, &w) in order.iter().enumerate() {
                if !place.clone().any(|c| self.covers(w, c)) {
                    continue;
                }
                let words = self.words(w, place.clone());
                match votes.iter_mut().find(|v| v.0 == words) {
                    Some(v) => v.1 += 1,
                    None => votes.push((words, 1, rank)),
                }
            }
            let covering = votes.iter().map(|v| v.1).sum();
            let forced = chosen.filter(|&w| place.clone().any(|c| self.covers(w, c)));
            let (winner, support) = match forced {
                Some(w) => {
                    let words = self.words(w, place.clone());
                    let support = votes.iter().find(|v| v.0 == words).map_or(1, |v| v.1);
                    (w, support)
                }
                None => {
                    // Among three witnesses or more, a reading nobody else prints is that
                    // outlet's own: when every reading is singular, the place reads nothing.
                    let singular = n >= 3 && votes.iter().all(|v| v.1 == 1);
                    votes
                        .sort_by_key(|v| (std::cmp::Reverse(v.1), v.0.is_empty() != singular, v.2));
                    let Some(top) = votes.first() else { continue };
                    (order[top.2], top.1)
                }
            };
            let singular = forced.is_none() && n >= 3 && support == 1;
            for c in place {
                out[c] = Majority {
                    token: if singular {
                        None
                    } else {
                        self.columns[c].cells[winner].map(|t| (winner, t as usize))
                    },
                    covering,
                };
            }
        }
        // `--reference`: the chosen outlet's words wherever it quotes, word for word.
        if let Some(w) = chosen {
            for (c, m) in out.iter_mut().enumerate() {
                if self.covers(w, c) {
                    m.token = self.columns[c].cells[w].map(|t| (w, t as usize));
                }
            }
        }
        out
    }
}

/// The witnesses, the most central first: the one whose words most other witnesses share
/// (each distinct word counted once per witness that has it). Seeding the table with a
/// central reading, not merely the longest, keeps one long quotation that shares a phrase
/// with the others from becoming the frame the others are forced into.
pub fn central_first(witnesses: &[&Reading]) -> Vec<usize> {
    let mut df: std::collections::HashMap<u64, usize> = std::collections::HashMap::new();
    let distinct = |r: &Reading| {
        let mut ids = r.ids.clone();
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    let sets: Vec<Vec<u64>> = witnesses.iter().map(|r| distinct(r)).collect();
    for set in &sets {
        for &id in set {
            *df.entry(id).or_default() += 1;
        }
    }
    let score: Vec<usize> = sets
        .iter()
        .map(|set| set.iter().map(|id| df[id] - 1).sum())
        .collect();
    let mut order: Vec<usize> = (0..witnesses.len()).collect();
    order.sort_by_key(|&w| {
        (
            std::cmp::Reverse(score[w]),
            std::cmp::Reverse(witnesses[w].len()),
            w,
        )
    });
    order
}

/// The consensus of the columns so far: at each column, the token most cells hold.
fn consensus(columns: &[Column], witnesses: &[&Reading]) -> Reading {
    let mut tokens = Vec::with_capacity(columns.len());
    let mut ids: Vec<(u64, usize, usize)> = Vec::new(); // id, witness, token
    for col in columns {
        ids.clear();
        ids.extend(
            col.cells
                .iter()
                .enumerate()
                .filter_map(|(w, t)| t.map(|t| (witnesses[w].ids[t as usize], w, t as usize))),
        );
        // Sorted by id, then witness: runs of one id, each led by its first witness.
        ids.sort_unstable();
        let mut best: Option<(usize, usize, usize, usize)> = None; // count, first witness, w, t
        let mut k = 0;
        while k < ids.len() {
            let e = k + ids[k..].iter().take_while(|x| x.0 == ids[k].0).count();
            let (count, w, t) = (e - k, ids[k].1, ids[k].2);
            if best.is_none_or(|b| (count, std::cmp::Reverse(w)) > (b.0, std::cmp::Reverse(b.1))) {
                best = Some((count, w, w, t));
            }
            k = e;
        }
        if let Some((_, _, w, t)) = best {
            tokens.push(witnesses[w].tokens[t].clone());
        }
    }
    Reading::new(vec![tokens])
}

/// Adds witness `w` to the columns: its words fill the columns they match or replace, and
/// open new columns where the table has none.
///
/// [`align`] lays the witness against the consensus (the local match, diffed word by word);
/// the words it quotes beyond both ends of that match are then diffed (`similar`, Myers)
/// against the consensus words just before and after it, so that "If someone is gay and he
/// searches for the Lord" lines up with "If a person is gay and seeks God" word by word
/// instead of opening columns of its own.
fn add_witness(columns: Vec<Column>, witnesses: &[&Reading], w: usize) -> Vec<Column> {
    let n = witnesses.len();
    let base = consensus(&columns, witnesses);
    let reading = witnesses[w];
    let mut columns = columns;
    let pieces = align(&base, reading);
    let first_same = pieces.iter().position(|p| p.kind == PieceKind::Same);
    let last_same = pieces.iter().rposition(|p| p.kind == PieceKind::Same);
    let (Some(fs), Some(ls)) = (first_same, last_same) else {
        let end = columns.len();
        let all = (0..reading.len() as u32).collect();
        return open_columns(columns, vec![(end, all)], n, w);
    };
    let mut opened: Vec<(usize, Vec<u32>)> = Vec::new();
    let fill = |columns: &mut Vec<Column>,
                opened: &mut Vec<(usize, Vec<u32>)>,
                r: Range<usize>,
                v: Range<usize>| {
        for op in capture_diff(Algorithm::Myers, &base.ids, r, &reading.ids, v) {
            match op {
                DiffOp::Equal {
                    old_index,
                    new_index,
                    len,
                } => {
                    for k in 0..len {
                        columns[old_index + k].cells[w] = Some((new_index + k) as u32);
                    }
                }
                DiffOp::Replace {
                    old_index,
                    old_len,
                    new_index,
                    new_len,
                } => {
                    let k = old_len.min(new_len);
                    for i in 0..k {
                        columns[old_index + i].cells[w] = Some((new_index + i) as u32);
                    }
                    if new_len > k {
                        let rest = (new_index + k..new_index + new_len)
                            .map(|j| j as u32)
                            .collect();
                        opened.push((old_index + k, rest));
                    }
                }
                DiffOp::Insert {
                    old_index,
                    new_index,
                    new_len,
                } => {
                    let toks = (new_index..new_index + new_len).map(|j| j as u32).collect();
                    opened.push((old_index, toks));
                }
                DiffOp::Delete { .. } => {}
            }
        }
    };
    // The words before the match, against as many consensus words before it (twice as many,
    // for a rendering that takes fewer words).
    let (r0, v0) = (pieces[fs].r.start, pieces[fs].v.start);
    if v0 > 0 {
        let lo = r0.saturating_sub(2 * v0);
        fill(&mut columns, &mut opened, lo..r0, 0..v0);
    }
    for (k, p) in pieces.iter().enumerate() {
        if k < fs || k > ls {
            continue;
        }
        let (r, v) = (p.r.clone(), p.v.clone());
        match p.kind {
            PieceKind::Same => {
                for (i, j) in r.zip(v) {
                    columns[i].cells[w] = Some(j as u32);
                }
            }
            PieceKind::Changed => {
                let k = r.len().min(v.len());
                for (i, j) in r.clone().zip(v.clone()).take(k) {
                    columns[i].cells[w] = Some(j as u32);
                }
                if v.len() > k {
                    let rest = (v.start + k..v.end).map(|j| j as u32).collect();
                    opened.push((r.start + k, rest));
                }
            }
            PieceKind::Inserted | PieceKind::Extra => {
                let at = r.start.min(columns.len());
                opened.push((at, v.map(|j| j as u32).collect()));
            }
            PieceKind::Omitted | PieceKind::Unquoted => {}
        }
    }
    // The words after the match, likewise; and any passage placed nowhere.
    let (r1, v1) = (pieces[ls].r.end, pieces[ls].v.end);
    let placed_after = pieces[ls + 1..]
        .iter()
        .filter(|p| !p.v.is_empty())
        .map(|p| p.v.end)
        .max()
        .unwrap_or(v1)
        .max(v1);
    if placed_after > v1 {
        let hi = (r1 + 2 * (placed_after - v1)).min(base.len());
        fill(&mut columns, &mut opened, r1..hi, v1..placed_after);
    }
    open_columns(columns, opened, n, w)
}

/// Inserts new columns for witness `w`'s words before the given column positions.
fn open_columns(
    columns: Vec<Column>,
    mut opened: Vec<(usize, Vec<u32>)>,
    n: usize,
    w: usize,
) -> Vec<Column> {
    if opened.is_empty() {
        return columns;
    }
    // A stable sort keeps the witness's order among columns opened at one place.
    opened.sort_by_key(|o| o.0);
    let mut out =
        Vec::with_capacity(columns.len() + opened.iter().map(|o| o.1.len()).sum::<usize>());
    let mut next = opened.into_iter().peekable();
    for (i, col) in columns.into_iter().enumerate() {
        while let Some((_, toks)) = next.next_if(|o| o.0 <= i) {
            out.extend(toks.into_iter().map(|t| new_column(n, w, t)));
        }
        out.push(col);
    }
    for (_, toks) in next {
        out.extend(toks.into_iter().map(|t| new_column(n, w, t)));
    }
    out
}

fn new_column(n: usize, w: usize, t: u32) -> Column {
    let mut cells = vec![None; n];
    cells[w] = Some(t);
    Column { cells }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::normalize::tokens_in;

    fn read(t: &str) -> Reading {
        Reading::new(vec![tokens_in(t, 0..t.len())])
    }

    /// The majority's words.
    fn majority_words(rs: &[&Reading]) -> String {
        let c = Collation::new(rs);
        c.majority(None)
            .iter()
            .filter_map(|m| m.token.map(|(w, t)| rs[w].tokens[t].norm.to_string()))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn the_majority_reading_wins_and_a_tie_goes_to_the_first_reading() {
        let rows: &[(&[&str], &str)] = &[
            (
                &[
                    "our territory is inviolable",
                    "our territory is inviolable",
                    "the territory is sacrosanct",
                ],
                "our territory is inviolable",
            ),
            (
                &[
                    "the territory is sacrosanct",
                    "our territory is inalienable",
                ],
                "the territory is sacrosanct",
            ),
            // A word one of four puts in is not in the reading; one of four leaves out is.
            (
                &[
                    "we will never accept it",
                    "we will never ever accept it",
                    "we will accept it",
                    "we will never accept it",
                ],
                "we will never accept it",
            ),
            // Alternatives compete as wholes: "seeks God" against "searches for the Lord".
            (
                &[
                    "if someone is gay and seeks God and has good will",
                    "if someone is gay and he searches for the Lord and has good will",
                    "if someone is gay and seeks God and has good will",
                ],
                "if someone is gay and seeks god and has good will",
            ),
            // What only one witness quotes, beyond the others' extent, is in the reading.
            (
                &[
                    "no president trump our territory is inviolable",
                    "our territory is inviolable",
                ],
                "no president trump our territory is inviolable",
            ),
        ];
        for (witnesses, want) in rows {
            let rs: Vec<Reading> = witnesses.iter().map(|t| read(t)).collect();
            let refs: Vec<&Reading> = rs.iter().collect();
            assert_eq!(majority_words(&refs), *want, "{witnesses:?}");
        }
    }

    #[test]
    fn every_word_of_every_witness_has_one_column_in_order() {
        let rs = [
            read("If someone is gay and he searches for the Lord and has good will, who am I to judge?"),
            read("If a person is gay and seeks God and has good will, who am I to judge him?"),
            read("Who am I to judge a gay person of goodwill who seeks the Lord?"),
            read("who am I to judge"),
        ];
        let refs: Vec<&Reading> = rs.iter().collect();
        let c = Collation::new(&refs);
        for (w, r) in rs.iter().enumerate() {
            let placed: Vec<u32> = c.columns.iter().filter_map(|col| col.cells[w]).collect();
            assert_eq!(
                placed,
                (0..r.len() as u32).collect::<Vec<_>>(),
                "witness {w}"
            );
        }
    }
}
