//! Where every rendering of a statement is aligned with all the others at once.
//!
//! Comparing each outlet with one chosen outlet blames the wrong side whenever the chosen one
//! is the odd one out. Collation tools for textual variants (CollateX and its ancestors) align
//! all the *witnesses* of a text together and only then read off where they differ; this module
//! does the same for the quotations of one group of [`crate::compare::align`]:
//!
//! 1. **Progressive alignment.** The longest reading seeds a table of *columns* (one per word);
//!    each further reading, longest first, is aligned against the table's consensus (the most
//!    common word of each column) with [`crate::compare::diff::align`]. Its words fill the
//!    columns they match or replace; words the table lacks open new columns where they stand.
//! 2. **Coverage.** A witness *covers* the columns from the first word of each of its passages
//!    (quotations) to the last: inside that extent an empty cell is words it left out; outside,
//!    and between two quotations, words it does not quote at all.
//! 3. **Majority.** [`Collation::majority`] takes, at each column, the reading most of the
//!    witnesses that cover it support (a word, or no word); where no reading has more support
//!    than every other the column is *divided*, and nobody is blamed for it.
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
    /// No reading has more support than every other.
    pub divided: bool,
    /// Witnesses that cover the column.
    pub covering: usize,
    /// Witnesses that support the reading taken.
    pub support: usize,
}

impl<'a> Collation<'a> {
    /// Aligns `witnesses` together, longest first.
    pub fn new(witnesses: &[&'a Reading]) -> Collation<'a> {
        let n = witnesses.len();
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by_key(|&w| (std::cmp::Reverse(witnesses[w].len()), w));
        let mut columns: Vec<Column> = Vec::new();
        if let Some(&first) = order.first() {
            for t in 0..witnesses[first].len() {
                let mut cells = vec![None; n];
                cells[first] = Some(t as u32);
                columns.push(Column { cells });
            }
        }
        for &w in order.iter().skip(1) {
            columns = add_witness(columns, witnesses, w);
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

    /// The reading of each column: the majority's, or `chosen`'s where that witness covers
    /// the column (`--reference`).
    pub fn majority(&self, chosen: Option<usize>) -> Vec<Majority> {
        (0..self.columns.len())
            .map(|c| self.majority_at(c, chosen))
            .collect()
    }

    fn majority_at(&self, c: usize, chosen: Option<usize>) -> Majority {
        let n = self.witnesses.len();
        // Votes per reading: `None` (no word) or a token id, with the first witness (in
        // witness order) that reads it.
        let mut votes: Vec<(Option<u64>, usize, usize)> = Vec::new();
        let mut covering = 0;
        for w in (0..n).filter(|&w| self.covers(w, c)) {
            covering += 1;
            let id = self.id(w, c);
            match votes.iter_mut().find(|v| v.0 == id) {
                Some(v) => v.1 += 1,
                None => votes.push((id, 1, w)),
            }
        }
        if let Some(w) = chosen.filter(|&w| self.covers(w, c)) {
            let id = self.id(w, c);
            let support = votes.iter().find(|v| v.0 == id).map_or(1, |v| v.1);
            return Majority {
                token: self.columns[c].cells[w].map(|t| (w, t as usize)),
                divided: false,
                covering,
                support,
            };
        }
        // Most support first; on a tie a word before no word (the union of what outlets
        // quote), then the witness that comes first.
        votes.sort_by_key(|v| (std::cmp::Reverse(v.1), v.0.is_none(), v.2));
        let Some(&(id, support, w)) = votes.first() else {
            return Majority {
                token: None,
                divided: false,
                covering,
                support: 0,
            };
        };
        let divided = votes.get(1).is_some_and(|v| v.1 == support);
        let token = id.and_then(|_| self.columns[c].cells[w].map(|t| (w, t as usize)));
        Majority {
            token,
            divided,
            covering,
            support,
        }
    }
}

/// The consensus of the columns so far: at each column, the token most cells hold.
fn consensus(columns: &[Column], witnesses: &[&Reading]) -> Reading {
    let mut tokens = Vec::with_capacity(columns.len());
    let mut ids: Vec<(u64, usize, usize)> = Vec::new(); // id, witness, token
    for col in columns {
        ids.clear();
        ids.extend(col.cells.iter().enumerate().filter_map(|(w, t)| {
            t.map(|t| (witnesses[w].ids[t as usize], w, t as usize))
        }));
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
fn add_witness(columns: Vec<Column>, witnesses: &[&Reading], w: usize) -> Vec<Column> {
    let n = witnesses.len();
    let base = consensus(&columns, witnesses);
    let reading = witnesses[w];
    let mut columns = columns;
    // New columns to open before consensus position `at`, in order.
    let mut opened: Vec<(usize, Vec<u32>)> = Vec::new();
    for p in align(&base, reading) {
        let (r, v) = (p.r.clone(), p.v.clone());
        match p.kind {
            PieceKind::Same => {
                for (i, j) in r.zip(v) {
                    columns[i].cells[w] = Some(j as u32);
                }
            }
            PieceKind::Changed => {
                // Word for word as far as both go; the variant's extra words open columns
                // after the last replaced one.
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
    if opened.is_empty() {
        return columns;
    }
    // A stable sort keeps the variant's order among columns opened at one place.
    opened.sort_by_key(|o| o.0);
    let mut out = Vec::with_capacity(columns.len() + opened.iter().map(|o| o.1.len()).sum::<usize>());
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

    /// The majority's words, and `*` after a divided one.
    fn majority_words(rs: &[&Reading]) -> String {
        let c = Collation::new(rs);
        c.majority(None)
            .iter()
            .filter_map(|m| {
                m.token.map(|(w, t)| {
                    let word = rs[w].tokens[t].norm.clone();
                    if m.divided {
                        word + "*"
                    } else {
                        word
                    }
                })
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn the_majority_reading_wins_and_a_tie_is_divided() {
        let rows: &[(&[&str], &str)] = &[
            (
                &["our territory is inviolable", "our territory is inviolable", "the territory is sacrosanct"],
                "our territory is inviolable",
            ),
            (
                &["the territory is sacrosanct", "our territory is inalienable"],
                "the* territory is sacrosanct*",
            ),
            // A word one of three puts in is not in the reading; one of three leaves out is.
            (
                &["we will never accept it", "we will never ever accept it", "we will accept it"],
                "we will never accept it",
            ),
            // What only one witness quotes, beyond the others' extent, is in the reading.
            (
                &["no president trump our territory is inviolable", "our territory is inviolable"],
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
            assert_eq!(placed, (0..r.len() as u32).collect::<Vec<_>>(), "witness {w}");
        }
    }
}
