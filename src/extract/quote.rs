//! Finding quotations: pairing quote marks, paragraph by paragraph.
//!
//! This is where a quote is found. [`crate::extract::marks`] lists every mark that can open or close;
//! [`quotation`] pairs them with a bounded stack, so the whole pass is linear in the text:
//! each mark is pushed and popped at most once, and the search for a partner looks at no
//! more than [`MAX_DEPTH`] open marks.

use crate::extract::marks::{closes, find_marks, Family, Glyph, Mark};
pub use crate::extract::model::Warning;
use crate::extract::text::SplitWs;
use std::ops::Range;

/// How deep quotations may nest. Real text rarely goes past three levels (a quote inside a
/// quote inside a quote); the bound keeps pairing linear on hostile input.
pub const MAX_DEPTH: usize = 6;

/// A quotation as the marks delimit it, before anyone is credited with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawQuote {
    /// From the opening mark to the closing mark, both included; to the paragraph's end
    /// when the mark was never closed.
    pub span: Range<usize>,
    /// The words inside the marks.
    pub inner: Range<usize>,
    pub open: Option<Glyph>,
    pub close: Option<Glyph>,
    /// Index (into the sorted list) of the quotation this one stands inside.
    pub outer: Option<usize>,
    /// Index of the previous paragraph's part of the same quotation, when a quotation runs
    /// over paragraphs with its opening mark repeated at each.
    pub continues: Option<usize>,
    /// Closed at the paragraph's end because no closing mark came.
    pub unclosed: bool,
}

/// `quotation = open_mark , { text | quotation } , ( close_mark | paragraph_end ) ;`
///
/// Pairs the marks of one paragraph. A closing mark closes the nearest open mark it can close
/// (marks opened above it are taken as literal characters); a mark still open at the
/// paragraph's end either continues into the next paragraph (when that one opens with a mark
/// of the same family) or is closed there with a warning. Quotations never cross a paragraph
/// in any other way, so an unclosed mark never swallows the rest of the article.
pub fn quotation(
    text: &str,
    paragraph: Range<usize>,
    marks: &[Mark],
    next_paragraph_opens: Option<Family>,
    found: &mut Vec<RawQuote>,
    warnings: &mut Vec<Warning>,
) -> bool {
    // The open marks, on the stack (at most MAX_DEPTH of them): this runs for every
    // paragraph with a quote mark, and two allocations a paragraph cost more than the pairing.
    let Some(filler) = marks.first() else {
        return false;
    };
    let mut stack: [&Mark; MAX_DEPTH] = [filler; MAX_DEPTH];
    let mut depth = 0;
    // Is there a later mark that can close a single quotation? Where the last such mark is, so
    // that a possessive apostrophe ("the students’ demands,’ she said") is told from a close
    // without looking ahead from every mark.
    let last_single_close = marks
        .iter()
        .rposition(|m| m.can_close && !m.possessed && m.glyph.family() == Family::Single);
    // The first closing mark that closed nothing while a quotation was open: a mark of the
    // other family typed by mistake may end it (see below).
    let mut stray: Option<&Mark> = None;
    for (k, m) in marks.iter().enumerate() {
        if m.possessed && last_single_close.is_some_and(|last| last > k) {
            continue;
        }
        if m.can_close {
            if let Some(k) = stack[..depth]
                .iter()
                .rposition(|o| closes(o.glyph, m.glyph))
            {
                let open = stack[k];
                depth = k;
                found.push(RawQuote {
                    span: open.start..m.end,
                    inner: open.end..m.start,
                    open: Some(open.glyph),
                    close: Some(m.glyph),
                    outer: None,
                    continues: None,
                    unclosed: false,
                });
                continue;
            }
            if depth > 0 && stray.is_none() {
                stray = Some(m);
            }
            if m.maybe_apostrophe || !m.can_open {
                continue;
            }
        }
        if m.can_open && depth < MAX_DEPTH {
            stack[depth] = m;
            depth += 1;
        }
    }
    // What is still open at the paragraph's end.
    let Some(first) = stack[..depth].first() else {
        return false;
    };
    // "“The remarks were taken out of context,’ says Teofilus Nghitila": a double quotation
    // closed by a single mark, or the other way round, right after its punctuation and before
    // the reporting clause's first word. (Never an apostrophe: one follows a letter.)
    if let Some(close) = stray.filter(|c| mistyped_close(text, first, c)) {
        warnings.push(Warning {
            offset: close.start,
            message: format!(
                "quotation opened with {} closed with {}",
                &text[first.start..first.end],
                &text[close.start..close.end]
            ),
        });
        found.push(RawQuote {
            span: first.start..close.end,
            inner: first.end..close.start,
            open: Some(first.glyph),
            close: Some(close.glyph),
            outer: None,
            continues: None,
            unclosed: false,
        });
        return false;
    }
    let end = paragraph.start + text[paragraph.clone()].trim_end().len();
    let continues = next_paragraph_opens == Some(first.glyph.family());
    if !continues {
        warnings.push(Warning {
            offset: first.start,
            message: format!(
                "unclosed quotation mark {}: closed at the end of its paragraph",
                &text[first.start..first.end]
            ),
        });
    }
    found.push(RawQuote {
        span: first.start..end.max(first.end),
        inner: first.end..end.max(first.end),
        open: Some(first.glyph),
        close: None,
        outer: None,
        continues: None,
        unclosed: !continues,
    });
    continues
}

/// Does `close`, a closing mark of the other family (double or single) than `open`, end the
/// quotation `open` opened, as a typing slip: right after a comma or an end of sentence, and
/// before a word in lower case ("…of proportion,’ says Teofilus Nghitila")?
fn mistyped_close(text: &str, open: &Mark, close: &Mark) -> bool {
    let (a, b) = (open.glyph.family(), close.glyph.family());
    close.start > open.end
        && a != b
        && matches!(a, Family::Double | Family::Single)
        && matches!(b, Family::Double | Family::Single)
        && text[..close.start].ends_with([',', '.', '?', '!'])
        && text[close.end..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_lowercase()))
}

/// Every quotation of a document, sorted by position, with nesting and continuations linked.
pub fn find_quotes(
    text: &str,
    paragraphs: &[Range<usize>],
    options: &crate::extract::model::Options,
    warnings: &mut Vec<Warning>,
) -> Vec<RawQuote> {
    // A text that quotes with ''…'' quotes inside them with '…': when the doubled marks are
    // not read, its single ones are left alone too, and the reader is told how to read both.
    // (A text that opens them with `` closes them with '': its doubled marks are read.)
    let doubled =
        options.doubled_apostrophes || crate::extract::marks::quotes_with_backticks(text, true);
    let unread_doubled = !doubled && crate::extract::marks::quotes_with_doubled_apostrophes(text);
    let marks = find_marks(text, doubled, unread_doubled);
    if unread_doubled {
        warnings.push(Warning {
            offset: memchr::memmem::find(text.as_bytes(), b"''").unwrap_or(0),
            message: "this text quotes with ''...'': those quotations, and the '...' inside \
                      them, are read only with --doubled-apostrophes"
                .to_string(),
        });
    }
    let mut found = Vec::new();
    // (index in `found` of a paragraph's open-ended part, paragraph index) for linking.
    let mut open_ended: Vec<(usize, usize)> = Vec::new();
    let mut mi = 0;
    for (pi, p) in paragraphs.iter().enumerate() {
        while mi < marks.len() && marks[mi].start < p.start {
            mi += 1;
        }
        let first = mi;
        while mi < marks.len() && marks[mi].end <= p.end {
            mi += 1;
        }
        let next_opens = paragraphs.get(pi + 1).and_then(|n| {
            let lead = text[n.clone()].trim_start();
            let at = n.end - lead.len();
            marks
                .get(mi..)
                .and_then(|ms| ms.iter().find(|m| m.start >= at))
                .filter(|m| m.start == at && m.can_open)
                .map(|m| m.glyph.family())
        });
        if quotation(
            text,
            p.clone(),
            &marks[first..mi],
            next_opens,
            &mut found,
            warnings,
        ) {
            open_ended.push((found.len() - 1, pi));
        }
    }
    transcript_turns(text, paragraphs, &mut found);
    // Sort outer before inner, then link each quotation to the one it stands in.
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&i| (found[i].span.start, std::cmp::Reverse(found[i].span.end)));
    let mut new_index = vec![0; found.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut sorted: Vec<RawQuote> = order.iter().map(|&i| found[i].clone()).collect();
    let mut stack: Vec<usize> = Vec::new();
    for i in 0..sorted.len() {
        while let Some(&top) = stack.last() {
            if sorted[top].span.end >= sorted[i].span.end
                && sorted[top].span.start < sorted[i].span.start
            {
                break;
            }
            stack.pop();
        }
        sorted[i].outer = stack.last().copied();
        stack.push(i);
    }
    // A continued part links to the first quotation that opens the next paragraph.
    for (old, pi) in open_ended {
        let this = new_index[old];
        if let Some(next_p) = paragraphs.get(pi + 1) {
            if let Some(n) = (this + 1..sorted.len())
                .find(|&j| sorted[j].span.start >= next_p.start && sorted[j].outer.is_none())
            {
                if sorted[n].span.start < next_p.end {
                    sorted[n].continues = Some(this);
                }
            }
        }
    }
    sorted
}

/// Labels that open a paragraph but name no speaker.
const NOT_SPEAKER_LABELS: &[&str] = &[
    "UPDATE",
    "NOTE",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "CORRECTION",
    "WATCH",
    "READ MORE",
    "RELATED",
    "SOURCE",
    "PHOTO",
    "VIDEO",
    "CLARIFICATION",
    "BREAKING",
    "ADVERTISEMENT",
    "Q",
    "A",
];

/// `transcript_label = upper_word , { gap , upper_word } , ":" ;`
///
/// The speaker label that opens a transcript turn ("PENCE:", "SEN. WARREN:"), and its length
/// with the colon and the spaces after it.
pub fn transcript_label(s: &str) -> Option<(&str, usize)> {
    // (A small ASCII letter among the first two bytes is in any label of two bytes or more,
    // and no label holds one: told before the colon is looked for, as most paragraphs open
    // with a word in title case or lower case.)
    if s.as_bytes().iter().take(2).any(u8::is_ascii_lowercase) {
        return None;
    }
    // (By bytes: a colon is ASCII, and no byte of a wider character is one.)
    let colon = memchr::memchr(b':', s.get(..60).unwrap_or(s).as_bytes())?;
    let label = &s[..colon];
    let ok = label.len() >= 2
        && label.split_ws().nth(4).is_none()
        && label
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-'))
        && label.chars().filter(|c| c.is_uppercase()).count() >= 2
        && !NOT_SPEAKER_LABELS.contains(&label);
    let rest = &s[colon + 1..];
    let after = rest.len() - rest.trim_start().len();
    (ok && !rest.trim().is_empty()).then_some((label, colon + 1 + after))
}

/// `interview_label = ( "Q" | "A" | title_word , { gap , title_word } (: up to three, forty bytes at most) ) , ":" | ( "Q" | "A" ) , "." ;`
///
/// The label that opens an interview's turn as magazines and newspapers write it: "Q:" and
/// "A:", or a name or a publication's in title case, "Adelstein-Coe:", "Courier:". Each word
/// opens with a capital and holds only letters, hyphens, apostrophes and full stops; not a
/// label that names no speaker in any case ("Update:", "Read more:", "Photo:"). Alone, such a
/// label is no turn: see [`transcript_turns`].
pub fn interview_label(s: &str) -> Option<(&str, usize)> {
    // (A capital first, as in every such label: most paragraphs are told by their first byte.)
    if !s.starts_with(char::is_uppercase) {
        return None;
    }
    // ("Q." and "A." with a full stop, as some outlets print them.)
    if let Some(rest) = s.strip_prefix("Q. ").or_else(|| s.strip_prefix("A. ")) {
        let after = rest.len() - rest.trim_start().len();
        return (!rest.trim().is_empty()).then_some((&s[..1], 3 + after));
    }
    // (Forty bytes and the colon, cut at a character's start.)
    let head = &s[..crate::extract::text::floor_char(s, s.len().min(41))];
    let colon = memchr::memchr(b':', head.as_bytes())?;
    let label = &s[..colon];
    let ok = matches!(label, "Q" | "A")
        || label.split_ws().nth(3).is_none()
            && label.split(' ').all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
            })
            && !NOT_SPEAKER_LABELS
                .iter()
                .any(|n| n.len() > 1 && n.eq_ignore_ascii_case(label));
    let rest = &s[colon + 1..];
    // (A space after the colon, as in a turn: not a time, "10:30", nor a link, "Read:http…".)
    let after = rest.len() - rest.trim_start().len();
    (ok && after > 0 && !rest.trim().is_empty()).then_some((label, colon + 1 + after))
}

/// Unmarked transcript turns: in an article with two or more paragraphs that open with a
/// speaker label ("PENCE: Well, look…"), each such paragraph is a quotation of its words. So
/// are an interview's turns ([`interview_label`]) with a word in them: "A:" where two or
/// more paragraphs open with it and one with "Q:" (not the "Q:" turns, the publication's
/// questions), or labels in title case where two
/// of them or more each open two paragraphs or more (the interviewer's and the
/// interviewee's: "Courier: …" ⏎ "Adelstein-Coe: …"), or one does that is a surname the
/// article wrote in full before the first turn.
fn transcript_turns(text: &str, paragraphs: &[Range<usize>], found: &mut Vec<RawQuote>) {
    // A turn's paragraph, where its words start, and whether its label is in capitals.
    let mut turns: Vec<(Range<usize>, usize, Option<&str>)> = Vec::new();
    for p in paragraphs {
        let lead = text[p.clone()].len() - text[p.clone()].trim_start().len();
        let s = &text[p.start + lead..p.end];
        let (label, len) = match transcript_label(s) {
            Some((_, len)) => (None, len),
            None => match interview_label(s) {
                Some((label, len)) => (Some(label), len),
                None => continue,
            },
        };
        let words = p.start + lead + len;
        // Turns already inside quote marks are found as quotations.
        let marked = text[words..p.end].starts_with(|c: char| {
            crate::extract::marks::MARK_CHARS
                .iter()
                .any(|m| m.starts_with(c))
        });
        if !marked {
            turns.push((p.clone(), words, label));
        }
    }
    // (Counted once each, in one map: a long transcript has thousands of turns.)
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for l in turns.iter().filter_map(|t| t.2) {
        *counts.entry(l).or_default() += 1;
    }
    let count = |l: &str| counts.get(l).copied().unwrap_or(0);
    let answers = count("A") >= 2 && count("Q") >= 1;
    // (Labels in title case: those that open two turns or more, where two of them do.)
    let repeated = |l: &str| !matches!(l, "Q" | "A") && count(l) >= 2;
    // (Or one such label, a surname the article wrote in full before its first turn, where
    // the questions are the paragraphs with no label: "The composer Ayşe Demirtaş-Holm has
    // scored …" ⏎ "… Why?" ⏎ "Demirtaş-Holm: Because silence …".)
    let first_turn = turns.first().map_or(0, |t| t.0.start);
    let named_before = |l: &str| {
        !l.contains(' ')
            && text[..first_turn].match_indices(l).any(|(i, _)| {
                text[..i].ends_with(' ')
                    && text[..i - 1]
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| w.starts_with(char::is_uppercase))
            })
    };
    let labels: Vec<&str> = counts.keys().copied().filter(|l| repeated(l)).collect();
    let dialogue = labels.len() >= 2 || labels.len() == 1 && named_before(labels[0]);
    let capitals = turns.iter().filter(|t| t.2.is_none()).count() >= 2;
    // (A count after a name is no turn: "Clinton: 547." ⏎ "Sanders: 46.")
    let worded = |t: &(Range<usize>, usize, Option<&str>)| {
        text[t.1..t.0.end]
            .split_ws()
            .any(|w| w.chars().any(char::is_alphabetic))
    };
    turns.retain(|t| match t.2 {
        None => capitals,
        // (The interviewer's questions are the publication's words, no one's quotation.)
        Some("Q") => false,
        Some("A") => answers && worded(t),
        Some(l) => dialogue && repeated(l) && worded(t),
    });
    for (p, words, _) in turns {
        let end = p.start + text[p.clone()].trim_end().len();
        if found.iter().any(|q| {
            q.span.start < end && q.span.end > words && q.outer.is_none() && q.span.start <= words
        }) {
            continue;
        }
        found.push(RawQuote {
            span: words..end,
            inner: words..end,
            open: None,
            close: None,
            outer: None,
            continues: None,
            unclosed: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::paragraphs;

    fn quotes(t: &str) -> (Vec<&str>, usize) {
        let mut w = Vec::new();
        let qs = find_quotes(t, &paragraphs(t), &Default::default(), &mut w);
        (qs.iter().map(|q| &t[q.span.clone()]).collect(), w.len())
    }

    #[test]
    fn table_of_mark_styles() {
        let cases = [
            ("He said \"yes\" twice.", "\"yes\""),
            ("He said “yes” twice.", "“yes”"),
            ("Er sagte „ja“ zweimal.", "„ja“"),
            ("Il a dit « oui » deux fois.", "« oui »"),
            ("Il a dit «oui» deux fois.", "«oui»"),
            ("Er sagte »ja« zweimal.", "»ja«"),
            ("Il a dit ‹ oui › deux fois.", "‹ oui ›"),
            ("彼は「はい」と言った。", "「はい」"),
            ("He said 'yes' twice.", "'yes'"),
            ("He said ‘yes’ twice.", "‘yes’"),
        ];
        for (t, want) in cases {
            assert_eq!(quotes(t).0, vec![want], "{t}");
        }
    }

    #[test]
    fn nested_quotes_are_both_found_outer_first() {
        let t = "“It’s true,” she said, adding, “Trump said: ‘How can we help you?’.”";
        let (qs, warnings) = quotes(t);
        assert_eq!(
            qs,
            [
                "“It’s true,”",
                "“Trump said: ‘How can we help you?’.”",
                "‘How can we help you?’"
            ]
        );
        assert_eq!(warnings, 0);
    }

    #[test]
    fn an_unclosed_mark_ends_at_its_paragraph_with_a_warning() {
        let t = "He said “this never closes.\nA new paragraph with “a real quote” here.";
        let (qs, warnings) = quotes(t);
        assert_eq!(qs, ["“this never closes.", "“a real quote”"]);
        assert_eq!(warnings, 1);
    }

    #[test]
    fn transcript_turns_are_quotations_when_there_are_two_or_more() {
        let t =
            "WALLACE: Will she be there?\nPENCE: She will not. It was “a joke.”\nUPDATE: nothing.";
        let (qs, _) = quotes(t);
        assert_eq!(
            qs,
            [
                "Will she be there?",
                "She will not. It was “a joke.”",
                "“a joke.”"
            ]
        );
        let (alone, _) = quotes("UPDATE: the vote was moved.\nPENCE: Yes.");
        assert!(
            alone.is_empty(),
            "one speaker label is no transcript: {alone:?}"
        );
    }

    #[test]
    fn interview_labels_table() {
        let cases = [
            ("A: Quarter to five.", Some("A")),
            ("Q: What time is it?", Some("Q")),
            ("Adelstein-Coe: It means something.", Some("Adelstein-Coe")),
            ("Mr O’Neill: Yes.", Some("Mr O’Neill")),
            ("Update: the vote was moved.", None),
            ("Read more: the budget", None),
            ("At 10:30 the doors opened.", None),
            ("the mayor: yes", None),
            ("Four Capitalised Words Here: no", None),
            ("Herald:no space", None),
            ("A. No. We had not raised them.", Some("A")),
            ("Q. Why?", Some("Q")),
        ];
        for (s, want) in cases {
            assert_eq!(interview_label(s).map(|(l, _)| l), want, "{s}");
        }
    }

    #[test]
    fn interview_turns_need_a_dialogue() {
        let qa = "Q: When?\nA: Quarter to five today.\nQ: Why?\nA: The boat must be warm.";
        assert_eq!(
            quotes(qa).0,
            ["Quarter to five today.", "The boat must be warm."],
            "the answers, not the publication's questions"
        );
        let one = "Q: When?\nA: Quarter to five today.";
        assert!(quotes(one).0.is_empty(), "one answer is no interview");
        let named = "Herald: Why?\nAbdel-Salam: Because it is.\nHerald: How?\nAbdel-Salam: Slowly, at first.";
        assert_eq!(
            quotes(named).0,
            ["Why?", "Because it is.", "How?", "Slowly, at first."]
        );
        let counts = "Clinton: 547.\nSanders: 46.\nClinton: 2,316.\nSanders: 1,547.";
        assert!(quotes(counts).0.is_empty(), "a count is no turn");
        let lone = "Update: one.\nNote: two words.\nUpdate: three more words.";
        assert!(quotes(lone).0.is_empty(), "labels that name no speaker");
    }

    #[test]
    fn a_quotation_over_paragraphs_links_its_parts() {
        let t = "“First part.\n“Second part.\n“Last part,” he said.";
        let mut w = Vec::new();
        let qs = find_quotes(t, &paragraphs(t), &Default::default(), &mut w);
        assert_eq!(qs.len(), 3);
        assert_eq!((qs[1].continues, qs[2].continues), (Some(0), Some(1)));
        assert!(w.is_empty());
    }
}
