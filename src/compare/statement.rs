//! From a group of quotations that share words to the statements a report shows.
//!
//! A group from [`crate::compare::align::group`] can hold several statements: one outlet
//! quotes three sentences as one quotation, another quotes the second alone, a third quotes
//! the president's account of what someone else told her. Here the group is
//!
//! 1. **collated**: every article's reading aligned with all the others
//!    ([`crate::compare::collate`]), and the majority reading taken at each column;
//! 2. **cut into statements**: at each place where most of the outlets that quote a word end
//!    their sentence after it. A statement is one sentence, or the clause outlets quote of it;
//!    a sentence only one outlet quotes, beyond what the others quote, is no statement in
//!    common; one that the majority leaves out inside their quotations joins the sentence
//!    before it, where it shows as that outlet's insertion;
//! 3. **read as an apparatus**: each run of columns where outlets differ is a [`Place`], with
//!    each reading and the outlets behind it;
//! 4. **judged**: each article's words against the reconstruction, by
//!    [`crate::compare::classify`], with a coverage and a fidelity figure;
//! 5. **grouped into families**: outlets that share readings that at least two outlets
//!    print and at least two others do not (the wire copy and its reprints);
//! 6. **summed up** as findings: who changed what, in whose statement.
//!
//! The speaker of a statement is the one most outlets credit among those that quote it on
//! its own; an outlet that quotes it inside a longer quotation of someone else (her account
//! of what he said) is no attribution conflict.

use crate::compare::align::{SpeakerKey, Unit, FRAGMENT};
use crate::compare::classify::{
    classify, is_quote_mark, punctuation, surface, ChunkOp, Class, Conflict, Context, Severity,
    Side,
};
use crate::compare::collate::{Collation, Majority};
use crate::compare::diff::{word_diff, Piece, PieceKind, Reading, Step, Tag};
use crate::compare::model::{
    Finding, Options, Passage, Place, PlaceReading, Reconstruction, Source, Statement, Variant,
};
use crate::compare::normalize::{tokens, Token};
use crate::compare::translation::translation;
use std::collections::BTreeMap;
use std::ops::Range;

/// One article's reading of a group: its quotations (not the repeats of one inside another)
/// end to end.
struct Witness {
    article: usize,
    /// Units, one per passage of `reading`.
    units: Vec<usize>,
    reading: Reading,
}

/// The statements of one group, in the order they are quoted.
pub fn statements(
    group: &[usize],
    all: &[Unit],
    sources: &[Source],
    options: &Options,
) -> Vec<Statement> {
    let witnesses = witnesses(group, all, sources);
    if witnesses.len() < 2 {
        return Vec::new();
    }
    let readings: Vec<&Reading> = witnesses.iter().map(|w| &w.reading).collect();
    let table = Collation::new(&readings);
    let chosen = options.reference.as_deref().and_then(|want| {
        witnesses
            .iter()
            .position(|w| sources[w.article].outlet.eq_ignore_ascii_case(want))
    });
    let majority = table.majority(chosen);
    let mut out = Vec::new();
    for seg in segments(&table, &majority) {
        if let Some(s) = statement(
            seg, &table, &majority, &witnesses, all, sources, options, chosen,
        ) {
            out.push(s);
        }
    }
    out
}

fn witnesses(group: &[usize], all: &[Unit], sources: &[Source]) -> Vec<Witness> {
    let mut by_article: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &u in group {
        by_article.entry(all[u].article).or_default().push(u);
    }
    let contains = |big: &Unit, small: &Unit| {
        big.len() >= small.len()
            && big
                .reading
                .ids
                .windows(small.len())
                .any(|w| w == small.reading.ids.as_slice())
    };
    by_article
        .into_iter()
        .map(|(article, us)| {
            let units: Vec<usize> = us
                .iter()
                .copied()
                .filter(|&u| {
                    !us.iter().any(|&o| {
                        o != u
                            && contains(&all[o], &all[u])
                            && (all[o].len() > all[u].len() || o < u)
                    })
                })
                .collect();
            let reading = Reading::new(
                units
                    .iter()
                    .map(|&u| {
                        // Grouping let the tokens go (Reading::compact): read them anew.
                        let unit = &all[u];
                        if unit.reading.tokens.len() == unit.len() {
                            unit.reading.tokens.clone()
                        } else {
                            tokens(sources[unit.article].text, &unit.ranges)
                        }
                    })
                    .collect(),
            );
            Witness {
                article,
                units,
                reading,
            }
        })
        .collect()
}

/// The token of witness `w` at column `c`.
fn token<'a>(table: &'a Collation, w: usize, c: usize) -> Option<&'a Token> {
    table.columns[c].cells[w].map(|t| &table.witnesses[w].tokens[t as usize])
}

/// Cuts the columns into sentences: after a column where at least half of the witnesses
/// that have a word there end their sentence. A stretch the majority leaves out joins the
/// sentence before it (or after it, at the start).
fn segments(table: &Collation, majority: &[Majority]) -> Vec<Range<usize>> {
    let n = table.columns.len();
    let mut cuts = Vec::new();
    let mut start = 0;
    for c in 0..n {
        // Witnesses that quote through this column without a word in it vote against a cut.
        let (mut have, mut ends) = (0, 0);
        for w in 0..table.witnesses.len() {
            if let Some(t) = token(table, w, c) {
                have += 1;
                ends += usize::from(t.sentence_end);
            } else if table.covers(w, c) && table.covers(w, c + 1) {
                have += 1;
            }
        }
        if have > 0 && 2 * ends >= have || c + 1 == n {
            cuts.push(start..c + 1);
            start = c + 1;
        }
    }
    // Stretches with no word of the majority's join a neighbour.
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut pending: Option<usize> = None;
    for seg in cuts {
        let empty = seg.clone().all(|c| majority[c].token.is_none());
        if empty {
            match out.last_mut() {
                Some(last) => last.end = seg.end,
                None => pending = Some(pending.unwrap_or(seg.start)),
            }
            continue;
        }
        let start = pending.take().unwrap_or(seg.start);
        out.push(start..seg.end);
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn statement(
    seg: Range<usize>,
    table: &Collation,
    majority: &[Majority],
    witnesses: &[Witness],
    all: &[Unit],
    sources: &[Source],
    options: &Options,
    chosen: Option<usize>,
) -> Option<Statement> {
    let cols: Vec<usize> = seg.clone().collect();
    let quoting: Vec<usize> = (0..witnesses.len())
        .filter(|&w| cols.iter().any(|&c| table.columns[c].cells[w].is_some()))
        .collect();
    let involved: Vec<usize> = (0..witnesses.len())
        .filter(|&w| quoting.contains(&w) || cols.iter().any(|&c| table.covers(w, c)))
        .collect();
    if quoting.is_empty() || involved.len() < 2 {
        return None;
    }
    // The reconstruction: its text, and its tokens with offsets into that text.
    let (recon_text, recon) = reconstruct(table, majority, &cols, sources, witnesses);
    if recon.is_empty() {
        return None;
    }
    let speaker = statement_speaker(&quoting, &cols, table, witnesses, all);
    let units_here: Vec<usize> = quoting
        .iter()
        .flat_map(|&w| units_in(table, witnesses, w, &cols))
        .collect();
    let translated = translation(speaker.as_ref(), &units_here, all, sources, options);
    let mut variants = Vec::new();
    let mut diffs: Vec<(Vec<Piece>, Reading)> = Vec::new();
    for &w in &involved {
        let (v, pieces, reading) = variant(
            w,
            &cols,
            table,
            majority,
            witnesses,
            all,
            sources,
            &recon_text,
            &recon,
            speaker.as_ref(),
            translated.is_some(),
        );
        variants.push(v);
        diffs.push((pieces, reading));
    }
    let apparatus = apparatus(
        &recon_text,
        &recon,
        &mut variants,
        &diffs,
        &involved,
        witnesses,
        sources,
    );
    for v in &mut variants {
        v.blamed = v
            .differences
            .iter()
            .filter(|d| !d.divided)
            .map(|d| d.severity)
            .max()
            .unwrap_or(Severity::None);
    }
    let (families, family_readings) = families(&apparatus, variants.len());
    for (f, members) in families.iter().enumerate() {
        for &v in members {
            variants[v].family = f;
        }
    }
    let worst = variants
        .iter()
        .map(|v| v.worst)
        .max()
        .unwrap_or(Severity::None);
    let by = if chosen.is_some_and(|c| involved.contains(&c)) {
        "chosen"
    } else {
        "majority"
    };
    let mut s = Statement {
        id: 0,
        speaker: speaker.and_then(|s| s.name),
        translated,
        reconstruction: Reconstruction {
            text: recon_text.clone(),
            by,
            outlet: chosen
                .filter(|_| by == "chosen")
                .map(|c| sources[witnesses[c].article].outlet.to_string()),
            divided: apparatus.iter().filter(|p| p.divided).count(),
        },
        apparatus,
        worst,
        findings: Vec::new(),
        families,
        family_readings,
        variants,
    };
    s.findings = findings(&s);
    Some(s)
}

/// The reconstruction of a statement's columns: its text and its tokens (with offsets into
/// that text).
fn reconstruct(
    table: &Collation,
    majority: &[Majority],
    cols: &[usize],
    sources: &[Source],
    witnesses: &[Witness],
) -> (String, Reading) {
    let mut text = String::new();
    let mut tokens: Vec<Token> = Vec::new();
    let mut at = Vec::new();
    for &c in cols {
        let Some((w, t)) = majority[c].token else {
            continue;
        };
        let (w, t): (usize, usize) = (w, t);
        // Of the witnesses that print this word, the one whose next word is also the
        // reconstruction's next gives the punctuation between them; mid-sentence, one that
        // does not capitalise it for a sentence start gives its case.
        let next_col = cols
            .iter()
            .copied()
            .find(|&d| d > c && majority[d].token.is_some());
        let mid = tokens.last().is_some_and(|p: &Token| !p.sentence_end);
        let want = majority[c]
            .token
            .map(|(mw, mt)| table.witnesses[mw].ids[mt]);
        let mut pick = (w, t);
        let mut best = (false, false, false);
        for v in 0..table.witnesses.len() {
            let Some(vt) = table.columns[c].cells[v] else {
                continue;
            };
            if table.id(v, c) != want {
                continue;
            }
            let continues = at.last() == Some(&(v, (vt as usize).wrapping_sub(1)));
            let follows = next_col.is_some_and(|d| {
                let next_id = majority[d]
                    .token
                    .map(|(mw, mt)| table.witnesses[mw].ids[mt]);
                table.columns[d].cells[v] == Some(vt + 1) && table.id(v, d) == next_id
            });
            let case_ok = !mid || !table.witnesses[v].tokens[vt as usize].sentence_start;
            if (continues, follows, case_ok) > best {
                best = (continues, follows, case_ok);
                pick = (v, vt as usize);
            }
        }
        let (w, t) = pick;
        // Between two words one outlet prints in a row, its own characters ("$", a comma);
        // else a space.
        let gap: Option<String> = at.last().and_then(|&(pw, pt)| {
            let prev = &table.witnesses[pw].tokens[pt];
            let this = &table.witnesses[w].tokens[t];
            (pw == w && pt + 1 == t && this.start >= prev.end)
                .then(|| src_text(sources, witnesses, w, prev.end..this.start))
                .flatten()
        });
        let src = sources[witnesses[w].article].text;
        let mut tok = table.witnesses[w].tokens[t].clone();
        let word = src.get(tok.start..tok.end).unwrap_or(&tok.norm);
        // The second token of one word ("we'll" → we, will) prints nothing of its own.
        let joined = tok.same_word
            && at
                .last()
                .is_some_and(|&(pw, pt): &(usize, usize)| pw == w && pt + 1 == t);
        if joined {
            let prev = tokens.last().map_or(0..0, |p| p.start..p.end);
            tok.start = prev.start;
            tok.end = prev.end;
        } else {
            match &gap {
                Some(g) => text.push_str(g),
                None if !text.is_empty() => {
                    // The comma the previous word's outlet printed after it.
                    if let Some(&(pw, pt)) = at.last() {
                        let prev = &table.witnesses[pw].tokens[pt];
                        let after: String = sources[witnesses[pw].article]
                            .text
                            .get(prev.end..)
                            .unwrap_or("")
                            .chars()
                            .take_while(|ch| matches!(ch, ',' | ';' | ':'))
                            .collect();
                        text.push_str(&after);
                    }
                    text.push(' ');
                }
                None => {}
            }
            let start = text.len();
            text.push_str(word);
            // The punctuation that follows the word in its article, up to the next word.
            let last = next_col.is_none();
            let after: String = src
                .get(tok.end..)
                .unwrap_or("")
                .chars()
                .take_while(|ch| matches!(ch, ',' | ';' | ':' | '.' | '!' | '?'))
                .collect();
            // Only after the last word: between words the gap above says it.
            let after = if last { after } else { String::new() };
            tok.start = start;
            tok.end = text.len();
            text.push_str(&after);
        }
        tokens.push(tok);
        at.push((w, t));
    }
    (text, Reading::new(vec![tokens]))
}

/// What stands between two words witness `w` prints in a row (`range` of its article): its
/// punctuation and spaces, without quote marks (those of a quotation nested in it).
fn src_text(
    sources: &[Source],
    witnesses: &[Witness],
    w: usize,
    range: Range<usize>,
) -> Option<String> {
    let g = sources[witnesses[w].article].text.get(range)?;
    // Quote marks of a quotation nested in it are not the statement's words.
    let plain = g.len() <= 16 && !g.contains('\n') && !g.chars().any(char::is_alphanumeric);
    if plain {
        return Some(g.chars().filter(|&c| !is_quote_mark(c)).collect());
    }
    // Across a paragraph break or a nested quotation: its punctuation, then a space.
    let mut punct = punctuation(g);
    punct.push(' ');
    Some(punct)
}

/// The units of witness `w` that have a word in `cols`.
fn units_in(table: &Collation, witnesses: &[Witness], w: usize, cols: &[usize]) -> Vec<usize> {
    let wit = &witnesses[w];
    let mut out: Vec<usize> = cols
        .iter()
        .filter_map(|&c| table.columns[c].cells[w])
        .map(|t| {
            let p = wit
                .reading
                .passages
                .partition_point(|p| p.end <= t as usize);
            wit.units[p.min(wit.units.len() - 1)]
        })
        .collect();
    out.dedup();
    out
}

/// Does unit `u` of witness `w` stand mostly in these columns (is it a quotation of this
/// statement, not a longer account that passes through it)?
fn own(
    table: &Collation,
    witnesses: &[Witness],
    w: usize,
    u: usize,
    cols: &[usize],
    all: &[Unit],
) -> bool {
    let Some(p) = witnesses[w].units.iter().position(|&x| x == u) else {
        return false;
    };
    let range = witnesses[w].reading.passages[p].clone();
    let inside = cols
        .iter()
        .filter_map(|&c| table.columns[c].cells[w])
        .filter(|t| range.contains(&(*t as usize)))
        .count();
    2 * inside >= all[u].len()
}

/// The speaker most outlets credit among those that quote the statement on its own; else
/// among all that quote it.
fn statement_speaker(
    quoting: &[usize],
    cols: &[usize],
    table: &Collation,
    witnesses: &[Witness],
    all: &[Unit],
) -> Option<SpeakerKey> {
    let mut own_keys = Vec::new();
    let mut any_keys = Vec::new();
    for &w in quoting {
        for u in units_in(table, witnesses, w, cols) {
            any_keys.push(&all[u].speaker);
            if all[u].direct && own(table, witnesses, w, u, cols, all) {
                own_keys.push(&all[u].speaker);
            }
        }
    }
    majority_speaker(own_keys.iter().copied()).or_else(|| majority_speaker(any_keys.into_iter()))
}

/// The known speaker most of `keys` can be; among names for that person, the longest.
fn majority_speaker<'a>(keys: impl Iterator<Item = &'a SpeakerKey>) -> Option<SpeakerKey> {
    let known: Vec<&SpeakerKey> = keys.filter(|s| s.is_known()).collect();
    let votes = |k: &SpeakerKey| known.iter().filter(|o| o.matches(k)).count();
    // Among names for that person: the one most articles write, then one not set in
    // capitals ("POPE Francis" is a typographer's), then the longest.
    let written = |k: &SpeakerKey| known.iter().filter(|o| o.name == k.name).count();
    let plain = |k: &SpeakerKey| {
        !k.name.as_deref().unwrap_or("").split_whitespace().any(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && w.chars().all(|c| !c.is_lowercase())
        })
    };
    let name_len = |k: &SpeakerKey| k.name.as_ref().map_or(0, String::len);
    let rank = |k: &SpeakerKey| (votes(k), written(k), plain(k), name_len(k));
    let best = known.iter().max_by(|a, b| {
        (rank(a), std::cmp::Reverse(&a.name)).cmp(&(rank(b), std::cmp::Reverse(&b.name)))
    })?;
    Some((*best).clone())
}

/// One witness's variant of a statement, and the column range of each of its non-same pieces
/// (for the apparatus).
#[allow(clippy::too_many_arguments)]
fn variant(
    w: usize,
    cols: &[usize],
    table: &Collation,
    majority: &[Majority],
    witnesses: &[Witness],
    all: &[Unit],
    sources: &[Source],
    recon_text: &str,
    recon: &Reading,
    speaker: Option<&SpeakerKey>,
    translated: bool,
) -> (Variant, Vec<Piece>, Reading) {
    let wit = &witnesses[w];
    let src = &sources[wit.article];
    // The witness's tokens in the statement, in column order, as passages of their own.
    let mut passages: Vec<Vec<Token>> = Vec::new();
    let mut last_passage = usize::MAX;
    let mut v_index: Vec<Option<usize>> = Vec::with_capacity(cols.len());
    let mut count = 0;
    for &c in cols {
        match table.columns[c].cells[w] {
            Some(t) => {
                let p = wit
                    .reading
                    .passages
                    .partition_point(|p| p.end <= t as usize);
                if p != last_passage {
                    passages.push(Vec::new());
                    last_passage = p;
                }
                if let Some(cur) = passages.last_mut() {
                    cur.push(wit.reading.tokens[t as usize].clone());
                }
                v_index.push(Some(count));
                count += 1;
            }
            None => v_index.push(None),
        }
    }
    let reading = Reading::new(passages);
    // Does its quotation run on before the statement's first word it prints, or after its
    // last? (An outlet that quotes through the statement without a word of it, all of it.)
    let placed: Vec<u32> = cols
        .iter()
        .filter_map(|&c| table.columns[c].cells[w])
        .collect();
    let ends = match (placed.first(), placed.last()) {
        (Some(&f), Some(&l)) => {
            let starts = wit.reading.passages.iter().any(|p| p.start == f as usize);
            let stops = wit.reading.passages.iter().any(|p| p.end == l as usize + 1);
            (!starts, !stops)
        }
        _ => (true, true),
    };
    let pieces = pieces(recon, &reading, ends);
    // An attribution conflict: a quotation of this statement on its own, credited to someone
    // the statement's speaker cannot be.
    let here = units_in(table, witnesses, w, cols);
    // Does unit `u` read the reconstruction's words at half of it, or six words, at least?
    // (Only then are its words the statement's, and its credit a claim about who said it.)
    let agrees = |u: usize| {
        let p = wit.units.iter().position(|&x| x == u).unwrap_or(0);
        let range = wit.reading.passages[p].clone();
        let same = cols
            .iter()
            .filter(|&&c| {
                let mine = table.columns[c].cells[w].filter(|t| range.contains(&(*t as usize)));
                mine.is_some()
                    && majority[c]
                        .token
                        .map(|(mw, mt)| table.witnesses[mw].ids[mt])
                        == table.id(w, c)
            })
            .count();
        2 * same >= recon.len() || same >= FRAGMENT
    };
    // An article that itself credits these words to the statement's speaker in a quotation
    // of its own (a name, then a nickname: "Marcel Lehel, the hacker known as “Guccifer”")
    // contradicts no other outlet: its copy would credit the same two.
    let credits_speaker = |s: &SpeakerKey| {
        here.iter().any(|&u| {
            all[u].direct
                && all[u].speaker.is_known()
                && s.matches(&all[u].speaker)
                && own(table, witnesses, w, u, cols, all)
        })
    };
    let attribution: Vec<Conflict> = match speaker.filter(|s| !credits_speaker(s)) {
        Some(s) => here
            .iter()
            .enumerate()
            .filter(|(_, &u)| {
                all[u].direct
                    && all[u].speaker.is_known()
                    && !s.matches(&all[u].speaker)
                    && own(table, witnesses, w, u, cols, all)
                    // Two people may both say a short phrase ("boots on the ground").
                    && all[u].len() >= FRAGMENT
                    && agrees(u)
            })
            .map(|(k, &u)| Conflict {
                expected: s.name.clone().unwrap_or_default(),
                credited: all[u].speaker.name.clone().unwrap_or_default(),
                passage: k.min(reading.passages.len().saturating_sub(1)),
            })
            .collect(),
        None => Vec::new(),
    };
    let cx = Context {
        translated,
        attribution,
    };
    let r_side = Side {
        text: recon_text,
        reading: recon,
    };
    let v_side = Side {
        text: src.text,
        reading: &reading,
    };
    let judgement = classify(r_side, v_side, &pieces, &cx);
    // Coverage: the share of the reconstruction it quotes (changed or left out inside its
    // quotations counts as quoted; what it does not quote at all does not).
    let covered: usize = pieces
        .iter()
        .filter(|p| !matches!(p.kind, PieceKind::Unquoted | PieceKind::Extra))
        .map(|p| p.r.len())
        .sum();
    let coverage = (covered as f64 / recon.len().max(1) as f64 * 100.0).round() / 100.0;
    let fidelity = if reading.is_empty() {
        0.0
    } else {
        judgement.fidelity
    };
    let passages = here.iter().map(|&u| passage_of(&all[u], src)).collect();
    let unit_speaker = here
        .iter()
        .map(|&u| &all[u].speaker)
        .find(|k| k.is_known())
        .and_then(|k| k.name.clone());
    let v = Variant {
        article: wit.article,
        outlet: src.outlet.to_string(),
        path: src.path.to_string(),
        speaker: unit_speaker,
        family: 0,
        coverage,
        fidelity,
        worst: judgement.worst,
        // Set once the apparatus has said where no reading has a majority.
        blamed: Severity::None,
        classes: judgement.classes,
        text: surface(v_side, 0..reading.len()),
        passages,
        chunks: judgement.chunks,
        differences: judgement.differences,
    };
    (v, pieces, reading)
}

/// The word diff of a variant's reading against the reconstruction (patience diff over the
/// whole sentence, both are short), as pieces for [`classify`].
///
/// Reconstruction words before the variant's first match or after its last are words it does
/// not quote (truncation), as are words left out where one of its quotations ends and the
/// next begins; its own words beyond the reconstruction at either end are extra. Between, a
/// replaced stretch is a change, a lost one an omission, an added one an insertion.
fn pieces(recon: &Reading, reading: &Reading, ends: (bool, bool)) -> Vec<Piece> {
    let mut steps = word_diff(&recon.ids, 0..recon.len(), &reading.ids, 0..reading.len());
    slide_to_ends(&mut steps, &recon.ids);
    let first = steps.iter().position(|s| s.tag == Tag::Equal);
    let last = steps.iter().rposition(|s| s.tag == Tag::Equal);
    let mut out = Vec::new();
    for (k, st) in steps.iter().enumerate() {
        // Before its first match or after its last, unless its quotation runs on past the
        // statement there (the outlet quotes through it and cut these words).
        let leading = first.is_none_or(|f| k < f) && !ends.0;
        let trailing = last.is_none_or(|l| k > l) && !ends.1;
        let outside = leading || trailing;
        // A stretch lost where one quotation ends and the next begins: not quoted, not cut.
        let at_break = st.tag == Tag::Delete
            && st.v.start > 0
            && st.v.start < reading.len()
            && reading.breaks_at(st.v.start);
        let kind = match st.tag {
            Tag::Equal => PieceKind::Same,
            Tag::Delete if outside || at_break => PieceKind::Unquoted,
            Tag::Insert if outside => PieceKind::Extra,
            // A short replacement at an end ("judge them?" for "judge him?") is a change.
            Tag::Replace if outside && first.is_some() && st.r.len() <= 3 && st.v.len() <= 3 => {
                PieceKind::Changed
            }
            Tag::Replace if outside => {
                // Beyond the ends: what it does not quote, then what it quotes instead.
                out.push(Piece {
                    kind: PieceKind::Unquoted,
                    r: st.r.clone(),
                    v: st.v.start..st.v.start,
                    edge: true,
                });
                out.push(Piece {
                    kind: PieceKind::Extra,
                    r: st.r.end..st.r.end,
                    v: st.v.clone(),
                    edge: true,
                });
                continue;
            }
            Tag::Delete => PieceKind::Omitted,
            Tag::Insert => PieceKind::Inserted,
            Tag::Replace => PieceKind::Changed,
        };
        out.push(Piece {
            kind,
            r: st.r.clone(),
            v: st.v.clone(),
            edge: outside,
        });
    }
    out
}

/// A diff may match a repeated word early and leave out what follows ("we can [collaborate,
/// we can] work together" for "we can work together"): where the words matched at the start
/// also end the left-out stretch, the stretch is moved before them (and likewise at the end),
/// so that words an outlet does not quote read as not quoted.
fn slide_to_ends(steps: &mut [Step], ids: &[u64]) {
    if steps.len() >= 2 && steps[0].tag == Tag::Equal && steps[1].tag == Tag::Delete {
        let (e, d) = (steps[0].r.clone(), steps[1].r.clone());
        let k = e.len();
        if k <= d.len() && ids[e.clone()] == ids[d.end - k..d.end] {
            let v = steps[0].v.clone();
            steps[0] = Step {
                tag: Tag::Delete,
                r: e.start..e.start + d.len(),
                v: v.start..v.start,
            };
            steps[1] = Step {
                tag: Tag::Equal,
                r: e.start + d.len()..d.end,
                v,
            };
        }
    }
    let n = steps.len();
    if n >= 2 && steps[n - 1].tag == Tag::Equal && steps[n - 2].tag == Tag::Delete {
        let (d, e) = (steps[n - 2].r.clone(), steps[n - 1].r.clone());
        let k = e.len();
        if k <= d.len() && ids[e.clone()] == ids[d.start..d.start + k] {
            let v = steps[n - 1].v.clone();
            steps[n - 2] = Step {
                tag: Tag::Equal,
                r: d.start..d.start + k,
                v: v.clone(),
            };
            steps[n - 1] = Step {
                tag: Tag::Delete,
                r: d.start + k..e.end,
                v: v.end..v.end,
            };
        }
    }
}

/// The apparatus: the places where the outlets that quote the statement differ from the
/// reconstruction, each with every outlet's reading there.
///
/// A place is a stretch of the reconstruction that some variant changes or leaves out, or the
/// point where one puts words in; stretches that overlap join. Each variant that quotes the
/// place reads there the words its diff lays against it.
fn apparatus(
    recon_text: &str,
    recon: &Reading,
    variants: &mut [Variant],
    diffs: &[(Vec<Piece>, Reading)],
    involved: &[usize],
    witnesses: &[Witness],
    sources: &[Source],
) -> Vec<Place> {
    // The stretches of the reconstruction each difference stands at, merged. A variant that
    // rewords most of what it quotes (fidelity under one half: a paraphrase) would join every
    // place into one: it shapes no place, and reads at each what it lays against it.
    let spans_of = |steady: bool| -> Vec<(usize, usize)> {
        diffs
            .iter()
            .zip(variants.iter())
            .filter(|(_, v)| !steady || v.fidelity >= 0.5)
            .flat_map(|((pieces, _), _)| pieces)
            .filter(|p| {
                matches!(
                    p.kind,
                    PieceKind::Changed | PieceKind::Omitted | PieceKind::Inserted
                )
            })
            .map(|p| (p.r.start, p.r.end))
            .collect()
    };
    let mut spans = spans_of(true);
    if spans.is_empty() {
        spans = spans_of(false);
    }
    // The places: the stretches most variants differ at, first; a stretch that overlaps one
    // already taken is read at that place instead (one outlet's wide rewording does not
    // swallow the places the others make).
    let mut counted: Vec<((usize, usize), usize)> = Vec::new();
    spans.sort_unstable();
    for sp in spans {
        match counted.last_mut() {
            Some(last) if last.0 == sp => last.1 += 1,
            _ => counted.push((sp, 1)),
        }
    }
    counted.sort_by_key(|&((a, b), n)| (std::cmp::Reverse(n), b - a, a));
    let overlaps = |(a, b): (usize, usize), (c, d): (usize, usize)| {
        if a == b && c == d {
            a == c
        } else if a == b {
            c < a && a < d
        } else if c == d {
            a < c && c < b
        } else {
            a < d && c < b
        }
    };
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (sp, _) in counted {
        if !merged.iter().any(|&m| overlaps(m, sp)) {
            merged.push(sp);
        }
    }
    merged.sort_unstable();
    let r_side = Side {
        text: recon_text,
        reading: recon,
    };
    let mut out = Vec::new();
    for (a, b) in merged {
        let r_words: Vec<u64> = recon.ids[a..b].to_vec();
        let mut readings: Vec<(Vec<u64>, PlaceReading)> = Vec::new();
        let mut severity = Severity::None;
        let mut touched: Vec<(usize, usize)> = Vec::new();
        for (vi, (pieces, reading)) in diffs.iter().enumerate() {
            let Some(v) = variant_at(pieces, a, b) else {
                continue;
            };
            // The differences this variant has here.
            let mut k = 0;
            for p in pieces {
                if p.kind == PieceKind::Same {
                    continue;
                }
                let chunk_diff = variants[vi]
                    .chunks
                    .iter()
                    .filter(|c| !matches!(c.op, ChunkOp::Same | ChunkOp::Cosmetic))
                    .nth(k)
                    .and_then(|c| c.difference);
                k += 1;
                let touches = if p.r.is_empty() {
                    a <= p.r.start && p.r.start <= b
                } else {
                    p.r.start < b.max(a + 1) && a < p.r.end
                };
                if touches && !matches!(p.kind, PieceKind::Unquoted | PieceKind::Extra) {
                    if let Some(d) = chunk_diff.and_then(|d| variants[vi].differences.get(d)) {
                        severity = severity.max(d.severity);
                        touched.push((vi, chunk_diff.unwrap_or(0)));
                    }
                }
            }
            let ids: Vec<u64> = reading.ids[v.clone()].to_vec();
            let src = sources[witnesses[involved[vi]].article].text;
            let text = surface(Side { text: src, reading }, v);
            match readings.iter_mut().find(|r| r.0 == ids) {
                Some(r) => {
                    r.1.variants.push(vi);
                    r.1.outlets.push(variants[vi].outlet.clone());
                }
                None => readings.push((
                    ids.clone(),
                    PlaceReading {
                        text: text.trim_end_matches([',', ';', ':', '.']).to_string(),
                        variants: vec![vi],
                        outlets: vec![variants[vi].outlet.clone()],
                        reconstruction: ids == r_words,
                    },
                )),
            }
        }
        if readings.len() < 2 {
            continue;
        }
        readings.sort_by_key(|r| {
            (
                std::cmp::Reverse(r.1.variants.len()),
                !r.1.reconstruction,
                r.1.variants[0],
            )
        });
        // No reading printed by more outlets than every other: nobody is to blame here.
        let divided = readings[0].1.variants.len() == readings[1].1.variants.len();
        for &(vi, di) in &touched {
            let d = &mut variants[vi].differences[di];
            if divided && !d.divided {
                d.divided = true;
                d.note = format!("outlets differ here, no majority: {}", d.note);
            }
        }
        let (start, end) = if a < b {
            (recon.tokens[a].start, recon.tokens[b - 1].end)
        } else {
            let at = a.checked_sub(1).map_or(0, |k| recon.tokens[k].end);
            (at, at)
        };
        out.push(Place {
            start,
            end,
            reading: surface(r_side, a..b)
                .trim_end_matches([',', ';', ':', '.'])
                .to_string(),
            divided,
            severity,
            readings: readings.into_iter().map(|r| r.1).collect(),
        });
    }
    out
}

/// The variant's tokens laid against reconstruction tokens `a..b` (the point `a` when
/// empty: words put in between `a - 1` and `a`), or `None` when it does not quote there.
fn variant_at(pieces: &[Piece], a: usize, b: usize) -> Option<Range<usize>> {
    let quoting = |p: &Piece| !matches!(p.kind, PieceKind::Unquoted | PieceKind::Extra);
    // Does the variant quote reconstruction token `k`?
    let quotes = |k: usize| pieces.iter().any(|p| quoting(p) && p.r.contains(&k));
    let mut lo = usize::MAX;
    let mut hi = 0;
    let mut quoted = false;
    for p in pieces.iter().filter(|p| quoting(p)) {
        let (rs, re) = (p.r.start, p.r.end);
        if rs == re {
            // Words put in: at the place's ends or inside it.
            if a <= rs && rs <= b {
                lo = lo.min(p.v.start);
                hi = hi.max(p.v.end);
                quoted = true;
            }
        } else if rs < b && a < re {
            quoted = true;
            if p.kind == PieceKind::Same {
                let from = p.v.start + (a.max(rs) - rs);
                let to = p.v.start + (b.min(re) - rs);
                lo = lo.min(from);
                hi = hi.max(to);
            } else {
                lo = lo.min(p.v.start);
                hi = hi.max(p.v.end);
            }
        }
    }
    if a == b && !quoted {
        // Nothing put in here, by a variant that quotes on both sides of the point.
        let both = a > 0 && quotes(a - 1) && quotes(a);
        return both.then_some(0..0);
    }
    quoted.then_some(if lo <= hi { lo..hi } else { 0..0 })
}

/// Families: variants that agree at every *shared* place they both quote (a place where at
/// least two readings are each printed by two variants or more) and quote at least one such
/// place together. Readings only one outlet prints say nothing of lineage and are passed
/// over. A variant that agrees with no family is a family of its own.
fn families(apparatus: &[Place], n: usize) -> (Vec<Vec<usize>>, Vec<Vec<String>>) {
    let shared: Vec<&Place> = apparatus
        .iter()
        .filter(|p| p.readings.iter().filter(|r| r.variants.len() >= 2).count() >= 2)
        .collect();
    // reading[v][k]: the index of the reading variant v has at shared place k.
    let reading: Vec<Vec<Option<usize>>> = (0..n)
        .map(|v| {
            shared
                .iter()
                .map(|p| p.readings.iter().position(|r| r.variants.contains(&v)))
                .collect()
        })
        .collect();
    let agree = |a: usize, b: usize| {
        let mut together = 0;
        for k in 0..shared.len() {
            if let (Some(x), Some(y)) = (reading[a][k], reading[b][k]) {
                // A reading only one variant has is its own slip, not a lineage.
                let singular = |r: usize| shared[k].readings[r].variants.len() < 2;
                if x != y && !singular(x) && !singular(y) {
                    return false;
                }
                together += usize::from(x == y);
            }
        }
        together > 0
    };
    // Variants with most shared places first join or open families.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&v| (std::cmp::Reverse(reading[v].iter().flatten().count()), v));
    let mut fams: Vec<Vec<usize>> = Vec::new();
    for v in order {
        match fams.iter_mut().find(|f| f.iter().all(|&m| agree(m, v))) {
            Some(f) => f.push(v),
            None => fams.push(vec![v]),
        }
    }
    for f in &mut fams {
        f.sort_unstable();
    }
    fams.sort_by_key(|f| f[0]);
    let readings = fams
        .iter()
        .map(|f| {
            let mut words = Vec::new();
            if f.len() < 2 {
                return words;
            }
            for (k, p) in shared.iter().enumerate() {
                // The reading every member that quotes the place shares.
                let rs: Vec<usize> = f.iter().filter_map(|&v| reading[v][k]).collect();
                if let Some(&r) = rs.first() {
                    if rs.iter().all(|&x| x == r) && rs.len() >= 2 {
                        let text = &p.readings[r].text;
                        words.push(if text.is_empty() {
                            "(left out)".to_string()
                        } else {
                            text.clone()
                        });
                    }
                }
            }
            words
        })
        .collect();
    (fams, readings)
}

/// Who changed what: the variants' differences beyond the cosmetic, one line per change
/// with every outlet that made it, and one line per place without a majority.
fn findings(s: &Statement) -> Vec<Finding> {
    let whose = match &s.speaker {
        Some(name) => format!("{name}\u{2019}s statement"),
        None => "the statement".to_string(),
    };
    let mut out: Vec<Finding> = Vec::new();
    let mut push = |severity: Severity, class: Class, outlet: &str, text: String| match out
        .iter_mut()
        .find(|f| f.text == text && f.class == class)
    {
        Some(f) => {
            if !f.outlets.iter().any(|o| o == outlet) {
                f.outlets.push(outlet.to_string());
            }
        }
        None => out.push(Finding {
            statement: s.id,
            severity,
            class,
            divided: false,
            outlets: vec![outlet.to_string()],
            text,
        }),
    };
    for v in &s.variants {
        for d in &v.differences {
            if d.divided
                || matches!(
                    d.class,
                    Class::Identical | Class::Cosmetic | Class::Truncation
                )
            {
                continue;
            }
            let (r, w) = (&d.reference.text, &d.variant.text);
            let text = match d.class {
                Class::Omission => format!(
                    "dropped \u{201c}{r}\u{201d} from {whose}{}",
                    if d.disclosed {
                        ", marked by an ellipsis"
                    } else {
                        ""
                    }
                ),
                Class::Insertion => format!(
                    "put \u{201c}{w}\u{201d} into {whose}{}",
                    if d.disclosed { ", in brackets" } else { "" }
                ),
                Class::Negation if w.is_empty() => {
                    format!("dropped \u{201c}{r}\u{201d} from {whose}")
                }
                Class::Negation if r.is_empty() => {
                    format!("put \u{201c}{w}\u{201d} into {whose}")
                }
                Class::Attribution => {
                    let credited = d
                        .note
                        .split(" here;")
                        .next()
                        .unwrap_or("")
                        .trim_start_matches("credited to ");
                    format!("credited {whose} to {credited}")
                }
                _ => format!("printed \u{201c}{w}\u{201d} for \u{201c}{r}\u{201d} in {whose}"),
            };
            push(d.severity, d.class, &v.outlet, text);
        }
    }
    for p in s.apparatus.iter().filter(|p| p.divided) {
        let sides: Vec<String> = p
            .readings
            .iter()
            .map(|r| {
                let words = if r.text.is_empty() {
                    "(nothing)".to_string()
                } else {
                    format!("\u{201c}{}\u{201d}", r.text)
                };
                format!("{words} ({})", r.outlets.join(", "))
            })
            .collect();
        let outlets: Vec<String> = p.readings.iter().flat_map(|r| r.outlets.clone()).collect();
        let text = format!(
            "outlets differ in {whose}, no majority: {}",
            sides.join(" / ")
        );
        out.push(Finding {
            statement: s.id,
            severity: p.severity,
            class: Class::Substitution,
            divided: true,
            outlets,
            text,
        });
    }
    out.sort_by_key(|f| std::cmp::Reverse(f.severity));
    out
}

/// A quotation of an article, as the report cites it.
pub fn passage_of(u: &Unit, src: &Source) -> Passage {
    let first = &src.quotes[u.quotes[0]];
    let last = &src.quotes[*u.quotes.last().unwrap_or(&u.quotes[0])];
    let text = u
        .ranges
        .iter()
        .map(|g| src.text[g.clone()].trim())
        .collect::<Vec<_>>()
        .join(" \u{2026} ");
    let (line, column) = src.lines.line_col(src.text, first.start);
    Passage {
        start: first.start,
        end: last.end,
        line,
        column,
        text,
    }
}
