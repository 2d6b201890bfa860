//! Quote marks: finding every candidate mark and deciding what it can do.
//!
//! A byte loop finds each candidate mark in one pass; the nom rule
//! [`quote_mark`] names it; the characters on either side decide whether it can open or close
//! a quotation, or is an apostrophe (don’t, Mexico’s, ’90s). Pairing is `quote.rs`'s job.

use nom::{branch::alt, bytes::complete::tag, combinator::value, IResult, Parser};

/// The family a mark belongs to: an opening mark is closed only by a mark of its family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    /// " “ ” „
    Double,
    /// ' ‘ ’ ‚ `
    Single,
    /// « »
    Guillemet,
    /// ‹ ›
    SingleGuillemet,
    /// 「 」
    Corner,
    /// 『 』
    WhiteCorner,
}

/// What a mark is, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Glyph {
    AsciiDouble,
    /// '' and ``: two ASCII marks standing for one double mark (newswire and TeX habits).
    DoubledSingle,
    DoubledBacktick,
    /// ` before a word: an ASCII stand-in for ‘, closed by ' (`like this', as typewriters,
    /// TeX and some newsrooms' systems write a single mark). Never an apostrophe.
    Backtick,
    /// ‘‘ and ’’: two curly single marks standing for one double mark, as some typesetting
    /// writes them (“…’’ opened with a double mark, ‘‘…’’).
    DoubledLeftSingle,
    DoubledRightSingle,
    AsciiSingle,
    LeftDouble,
    RightDouble,
    LowDouble,
    LeftSingle,
    RightSingle,
    LowSingle,
    LeftGuillemet,
    RightGuillemet,
    LeftSingleGuillemet,
    RightSingleGuillemet,
    LeftCorner,
    RightCorner,
    LeftWhiteCorner,
    RightWhiteCorner,
}

impl Glyph {
    pub fn family(self) -> Family {
        use Glyph::*;
        match self {
            AsciiDouble | DoubledSingle | DoubledBacktick | DoubledLeftSingle
            | DoubledRightSingle | LeftDouble | RightDouble | LowDouble => Family::Double,
            AsciiSingle | LeftSingle | RightSingle | LowSingle | Backtick => Family::Single,
            LeftGuillemet | RightGuillemet => Family::Guillemet,
            LeftSingleGuillemet | RightSingleGuillemet => Family::SingleGuillemet,
            LeftCorner | RightCorner => Family::Corner,
            LeftWhiteCorner | RightWhiteCorner => Family::WhiteCorner,
        }
    }
}

/// A candidate mark in the text and what it may do there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub glyph: Glyph,
    pub can_open: bool,
    pub can_close: bool,
    /// A right single mark after a plural "s" (the students’ union): it closes a quotation only
    /// when one is open, and is an apostrophe otherwise.
    pub maybe_apostrophe: bool,
    /// Such a mark with a lower-case word right after it ("the students’ demands"): when a
    /// later mark can close the same quotation, this one is the apostrophe.
    pub possessed: bool,
}

/// Every character that can be a quote mark.
pub const MARK_CHARS: [&str; 21] = [
    "''", "``", "‘‘", "’’", "\"", "'", "`", "“", "”", "„", "‘", "’", "‚", "«", "»", "‹", "›", "「",
    "」", "『", "』",
];

/// The bytes that start a mark of [`MARK_CHARS`]: the ASCII marks and the lead bytes of the
/// others' UTF-8 (0xC2 for « », 0xE2 for the curly marks and ‹ ›, 0xE3 for the corners).
static MARK_START: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    while k < MARK_CHARS.len() {
        t[MARK_CHARS[k].as_bytes()[0] as usize] = true;
        k += 1;
    }
    t
};

/// Every mark of [`MARK_CHARS`] in `text`, leftmost first and the longest at each place ('' is
/// one mark, not two), as (start, glyph): it stops only at a byte that may start a mark (one
/// news text in fifty bytes; [`MARK_START`], found with `memchr3`), where
/// [`glyph_at`] reads it as the nom rule [`quote_mark`] does.
/// (An Aho-Corasick automaton over the same patterns took a tenth of extraction's time.)
fn candidate_marks(text: &str) -> impl Iterator<Item = (usize, usize, Glyph)> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    // The next ASCII byte that may open a mark, and the next lead byte that may, at or after
    // `i` (`usize::MAX` for none; `None` until first looked for): each found by `memchr3`,
    // which reads many bytes at a step, and looked for again only once `i` has passed it.
    let (mut ascii, mut lead): (Option<usize>, Option<usize>) = (None, None);
    std::iter::from_fn(move || loop {
        if ascii.is_none_or(|p| p < i) {
            ascii =
                Some(memchr::memchr3(b'"', b'\'', b'`', &bytes[i..]).map_or(usize::MAX, |p| p + i));
        }
        if lead.is_none_or(|p| p < i) {
            lead =
                Some(memchr::memchr3(0xC2, 0xE2, 0xE3, &bytes[i..]).map_or(usize::MAX, |p| p + i));
        }
        let start = ascii.unwrap_or(usize::MAX).min(lead.unwrap_or(usize::MAX));
        if start >= bytes.len() {
            i = bytes.len();
            return None;
        }
        debug_assert!(MARK_START[bytes[start] as usize]);
        // A lead byte or an ASCII byte: always a char boundary.
        match glyph_at(&bytes[start..]) {
            Some((glyph, len)) => {
                i = start + len;
                return Some((start, i, glyph));
            }
            None => i = start + 1,
        }
    })
}

/// `quote_mark = "''" | "``" | "‘‘" | "’’" | '"' | "'" | "`" | '“' | '”' | '„' | '‘' | '’' | '‚' | '«' | '»' | '‹' | '›' | '「' | '」' | '『' | '』' ;`
pub fn quote_mark(input: &str) -> IResult<&str, Glyph> {
    use Glyph::*;
    alt((
        alt((
            value(DoubledSingle, tag("''")),
            value(DoubledBacktick, tag("``")),
            value(DoubledLeftSingle, tag("‘‘")),
            value(DoubledRightSingle, tag("’’")),
            value(AsciiDouble, tag("\"")),
            value(AsciiSingle, tag("'")),
            value(Backtick, tag("`")),
            value(LeftDouble, tag("“")),
            value(RightDouble, tag("”")),
            value(LowDouble, tag("„")),
            value(LeftSingle, tag("‘")),
            value(RightSingle, tag("’")),
            value(LowSingle, tag("‚")),
        )),
        alt((
            value(LeftGuillemet, tag("«")),
            value(RightGuillemet, tag("»")),
            value(LeftSingleGuillemet, tag("‹")),
            value(RightSingleGuillemet, tag("›")),
            value(LeftCorner, tag("「")),
            value(RightCorner, tag("」")),
            value(LeftWhiteCorner, tag("『")),
            value(RightWhiteCorner, tag("』")),
        )),
    ))
    .parse(input)
}

/// [`quote_mark`] at the start of `b`, read from its bytes: the glyph and its length in
/// bytes, or `None` where no mark starts. (Asked at every byte that may open a mark; nom's
/// alternatives, tried one by one, cost several times more. A test compares the two.)
fn glyph_at(b: &[u8]) -> Option<(Glyph, usize)> {
    use Glyph::*;
    Some(match b {
        [b'\'', b'\'', ..] => (DoubledSingle, 2),
        [b'`', b'`', ..] => (DoubledBacktick, 2),
        [0xE2, 0x80, 0x98, 0xE2, 0x80, 0x98, ..] => (DoubledLeftSingle, 6),
        [0xE2, 0x80, 0x99, 0xE2, 0x80, 0x99, ..] => (DoubledRightSingle, 6),
        [b'"', ..] => (AsciiDouble, 1),
        [b'\'', ..] => (AsciiSingle, 1),
        [b'`', ..] => (Backtick, 1),
        [0xE2, 0x80, 0x9C, ..] => (LeftDouble, 3),
        [0xE2, 0x80, 0x9D, ..] => (RightDouble, 3),
        [0xE2, 0x80, 0x9E, ..] => (LowDouble, 3),
        [0xE2, 0x80, 0x98, ..] => (LeftSingle, 3),
        [0xE2, 0x80, 0x99, ..] => (RightSingle, 3),
        [0xE2, 0x80, 0x9A, ..] => (LowSingle, 3),
        [0xC2, 0xAB, ..] => (LeftGuillemet, 2),
        [0xC2, 0xBB, ..] => (RightGuillemet, 2),
        [0xE2, 0x80, 0xB9, ..] => (LeftSingleGuillemet, 3),
        [0xE2, 0x80, 0xBA, ..] => (RightSingleGuillemet, 3),
        [0xE3, 0x80, 0x8C, ..] => (LeftCorner, 3),
        [0xE3, 0x80, 0x8D, ..] => (RightCorner, 3),
        [0xE3, 0x80, 0x8E, ..] => (LeftWhiteCorner, 3),
        [0xE3, 0x80, 0x8F, ..] => (RightWhiteCorner, 3),
        _ => return None,
    })
}

/// Space in the typographic sense: what may stand between a guillemet and its words.
fn is_space(c: Option<char>) -> bool {
    c.is_none_or(char::is_whitespace)
}

/// Punctuation that may stand before an opening mark or after a closing one.
fn is_punct(c: Option<char>) -> bool {
    c.is_some_and(|c| !c.is_alphanumeric() && !c.is_whitespace())
}

/// Does `text` quote with ''…'' (two apostrophes for a double mark, as the New York Times
/// archive and TeX write)? True when at least two '' open a quotation (a space or the start
/// before, a word after) and two close one (a word or punctuation before, a space, the end
/// or punctuation after). One linear pass with memchr.
pub fn quotes_with_doubled_apostrophes(text: &str) -> bool {
    let (mut opens, mut closes) = (0, 0);
    for i in memchr::memmem::find_iter(text.as_bytes(), b"''") {
        let prev = text[..i].chars().next_back();
        let next = text[i + 2..].chars().next();
        let opening =
            (is_space(prev) || prev == Some('(')) && next.is_some_and(char::is_alphanumeric);
        let closing = !is_space(prev) && prev != Some('\'') && (is_space(next) || is_punct(next));
        if opening {
            opens += 1;
        } else if closing {
            closes += 1;
        }
        if opens >= 2 && closes >= 2 {
            return true;
        }
    }
    false
}

/// Does `text` quote with backticks, closed by apostrophes: `` ``like this'' `` (a TeX and
/// newswire habit for “…”) where `double`, `` `like this' `` (for ‘…’) where not? True when a
/// backtick mark opens (a space, the start or "(" before, a letter after) and the first mark
/// of its kind after it on its line is a closing apostrophe ('' or '), never a backtick: a
/// Markdown text's code spans, `` `cargo update` `` and ``` ``git log`` ```, close with a
/// backtick, and then no backtick in the text is a quote mark. One pass with memchr.
pub fn quotes_with_backticks(text: &str, double: bool) -> bool {
    let bytes = text.as_bytes();
    let (mut quotes, mut code) = (false, false);
    for i in memchr::memchr_iter(b'`', bytes) {
        // (Each run of backticks once, at its first: "``" is one mark.)
        if i > 0 && bytes[i - 1] == b'`' {
            continue;
        }
        let run = bytes[i..].iter().take_while(|&&b| b == b'`').count();
        if (run == 2) != double {
            // (A run of the other kind may still close as code: "`a`" in a text of "``".)
            continue;
        }
        let prev = text[..i].chars().next_back();
        let after = &text[i + run..];
        let opens = (is_space(prev) || prev == Some('('))
            && after.chars().next().is_some_and(char::is_alphabetic);
        if !opens {
            continue;
        }
        // The first backtick or apostrophe that may close it, on its line: read up to the
        // line's end or the next backtick, not to the line's end first (a line of many
        // backticks was read once for each of them).
        let close = after.char_indices().find(|&(k, c)| {
            c == '\n'
                || c == '`'
                || c == '\''
                    && k > 0
                    && !after[..k].ends_with(char::is_whitespace)
                    && !after[k + 1..].starts_with(char::is_alphanumeric)
        });
        match close {
            Some((_, '`')) => code = true,
            Some((_, '\'')) => quotes = true,
            _ => {}
        }
    }
    quotes && !code
}

/// Every candidate mark in `text`, in order, with what it can do.
///
/// The rules are CommonMark's flanking rules, with typographers' knowledge of each glyph:
/// a mark with a space (or the start) before it and a word after it can open; a mark with a
/// word before it and a space or punctuation after it can close. Curly marks keep their
/// direction except where a language uses them the other way („…“, »…«).
///
/// `doubled` says whether '' and `` stand for double marks (a newswire and TeX habit); when
/// it is off they are taken as literal characters, neither marks nor two single marks.
/// `skip_ascii_single` leaves every ASCII `'` alone: in a text that quotes with ''…'' whose
/// doubled marks are not read, the '…' inside them are no quotations of their own.
pub fn find_marks(text: &str, doubled: bool, skip_ascii_single: bool) -> Vec<Mark> {
    let mut out = Vec::new();
    let tags = markup_tags(text);
    let mut ti = 0;
    // (Whether a backtick may be a mark at all, asked at the first backtick: see
    // `quotes_with_backticks`.)
    let mut backticks: Option<bool> = None;
    for (start, end, glyph) in candidate_marks(text) {
        // Attribute values in markup (<tweet author="@x">) are not quotations.
        while ti < tags.len() && tags[ti].end <= start {
            ti += 1;
        }
        if tags.get(ti).is_some_and(|t| t.start < start) {
            continue;
        }
        if !doubled && matches!(glyph, Glyph::DoubledSingle | Glyph::DoubledBacktick) {
            continue;
        }
        if glyph == Glyph::Backtick
            && !*backticks.get_or_insert_with(|| quotes_with_backticks(text, false))
        {
            continue;
        }
        if skip_ascii_single && glyph == Glyph::AsciiSingle {
            continue;
        }
        let prev = text[..start].chars().next_back();
        let next = text[end..].chars().next();
        let between_letters =
            prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
        // (A single mark between letters is an apostrophe, no mark (see below): most single
        // marks are, "don’t", "Mexico’s", and are passed over before the other tests.)
        if between_letters
            && matches!(
                glyph,
                Glyph::AsciiSingle | Glyph::RightSingle | Glyph::LeftSingle
            )
        {
            continue;
        }
        // Left-flanking: not followed by space; and either preceded by space/punct or not followed by punct.
        let left = !is_space(next) && (is_space(prev) || is_punct(prev) || !is_punct(next));
        let right = !is_space(prev) && (is_space(next) || is_punct(next) || !is_punct(prev));
        // "U.N.’s", "D.C.'s": the possessive of an abbreviation is no mark.
        let abbreviation_possessive = prev == Some('.')
            && text[..start - 1].ends_with(char::is_alphabetic)
            && text[end..].starts_with('s')
            && !text[end + 1..].starts_with(char::is_alphanumeric);
        // `'above the president,' " said`: a straight double mark between spaces, right
        // after a closing single mark, closes the quotation the single one was nested in.
        let spaced_close = glyph == Glyph::AsciiDouble
            && prev == Some(' ')
            && is_space(next)
            && text[..start].trim_end_matches(' ').ends_with(['\'', '’']);
        // `ceasefire. "` ⏎: a straight double mark after a space that ends its paragraph
        // closes a quotation (a stray space before it, as some copy has); no quotation opens
        // where its paragraph ends.
        let closes_paragraph = glyph == Glyph::AsciiDouble
            && prev == Some(' ')
            && next.is_none_or(|c| matches!(c, '\n' | '\r'))
            && text[..start]
                .trim_end_matches(' ')
                .ends_with(|c: char| !c.is_whitespace());
        use Glyph::*;
        let (can_open, can_close, maybe_apostrophe) = match glyph {
            AsciiDouble if spaced_close || closes_paragraph => (false, true, false),
            AsciiDouble | DoubledSingle => {
                (left && !between_letters, right && !between_letters, false)
            }
            DoubledBacktick => (true, false, false),
            // (Opening where a word follows, in a text that closes its backticks with
            // apostrophes: `…` is Markdown's code, no quotation.)
            Backtick => (left && !right, false, false),
            // (Opening where a word follows, closing where one comes before.)
            DoubledLeftSingle => (left, false, false),
            DoubledRightSingle => (false, right, false),
            LeftDouble => (true, right && !left, false),
            RightDouble => (left && !right && is_space(prev), true, false),
            LowDouble | LowSingle => (true, false, false),
            AsciiSingle | RightSingle | LeftSingle => {
                if between_letters
                    || abbreviation_possessive
                    || short_elision(text, start, end)
                    || article_elision(text, start, end)
                {
                    // don’t, Mexico’s, rock'n'roll, rock ’n’ roll, van 't Hek
                    (false, false, false)
                } else if next.is_some_and(|c| c.is_ascii_digit())
                    && (is_space(prev) || matches!(prev, Some('-' | '‐' | '–')))
                {
                    // ’90s, the mid-’90s
                    (false, false, false)
                } else if glyph == LeftSingle {
                    // "CBS‘ Face the Nation": after a letter and before a space, a left mark
                    // typed for an apostrophe opens nothing.
                    let apostrophe = prev.is_some_and(char::is_alphanumeric) && is_space(next);
                    (!apostrophe, right && !left, false)
                } else {
                    let plural_possessive =
                        prev.is_some_and(|c| c == 's' || c == 'S') && is_space(next);
                    // "the students’ demands": a lower-case word right after is possessed,
                    // so the mark is an apostrophe, not a close.
                    (left && !right, right, plural_possessive)
                }
            }
            LeftGuillemet | LeftSingleGuillemet => (true, right && !left && !is_space(prev), false),
            RightGuillemet | RightSingleGuillemet => {
                (left && !right && is_space(prev), true, false)
            }
            LeftCorner | LeftWhiteCorner => (true, false, false),
            RightCorner | RightWhiteCorner => (false, true, false),
        };
        let possessed = maybe_apostrophe
            && text[end..]
                .trim_start_matches([' ', '\u{a0}'])
                .starts_with(char::is_lowercase);
        if can_open || can_close {
            out.push(Mark {
                possessed,
                start,
                end,
                glyph,
                can_open,
                can_close,
                maybe_apostrophe,
            });
        }
    }
    out
}

/// Is the single mark at `start..end` the apostrophe of a Dutch article cut to one letter,
/// "'t" (het) or "'s" (des), after a space and before a space or a hyphen: "Marloes van 't
/// Hek", "'s-Hertogenbosch", "Stichting 't Hart"? No quotation opens with a lone "t" or "s".
fn article_elision(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = &text.as_bytes()[end..];
    is_space(before) && matches!(after, [b't' | b's', b' ' | b'-', ..])
}

/// Is the single mark at `start..end` one of the two apostrophes around a letter standing
/// alone ("rock ’n’ roll", "fish 'n' chips")? One letter between single marks and spaces is
/// an elision, not speech ("said ‘no’" is a quotation).
fn short_elision(text: &str, start: usize, end: usize) -> bool {
    let is_single = |c: char| matches!(c, '\'' | '’' | '‘');
    let letters = |s: &str| s.chars().count() == 1 && s.chars().all(char::is_alphabetic);
    let bounded = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation());
    // The opening one: space, mark, letters, mark, space.
    let after = &text[end..];
    let opening = bounded(text[..start].chars().next_back())
        && after
            .char_indices()
            .find(|&(_, c)| !c.is_alphabetic())
            .is_some_and(|(k, c)| {
                is_single(c)
                    && letters(&after[..k])
                    && bounded(after[k + c.len_utf8()..].chars().next())
            });
    // The closing one: the same read backwards.
    let before = &text[..start];
    let closing = bounded(after.chars().next())
        && before
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_alphabetic())
            .is_some_and(|(k, c)| {
                is_single(c)
                    && letters(&before[k + c.len_utf8()..])
                    && bounded(before[..k].chars().next_back())
            });
    opening || closing
}

/// Markup tags left in a text (`<tweet id="1" author="@x">`, `<a href="…">`): a `<`
/// followed by a letter or `/`, then a `>` on the same line within 1,000 bytes with no `<`
/// between. One pass over the text.
pub fn markup_tags(text: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(p) = memchr::memchr(b'<', &bytes[from..]).map(|p| p + from) {
        from = p + 1;
        if !bytes
            .get(p + 1)
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/')
        {
            continue;
        }
        let window = &bytes[p + 1..bytes.len().min(p + 1000)];
        if let Some(e) = memchr::memchr3(b'>', b'<', b'\n', window) {
            if window[e] == b'>' {
                out.push(p..p + 1 + e + 1);
                from = p + 1 + e + 1;
            }
        }
    }
    out
}

/// Can a mark opened with `open` be closed by `close`?
pub fn closes(open: Glyph, close: Glyph) -> bool {
    use Glyph::*;
    match open {
        AsciiDouble => matches!(close, AsciiDouble | RightDouble | LeftDouble),
        DoubledSingle | DoubledBacktick => {
            matches!(close, DoubledSingle | AsciiDouble | RightDouble)
        }
        DoubledLeftSingle => matches!(close, DoubledRightSingle | RightDouble),
        // (A left mark closes too where it can: "“Apparently not,“ he said", a slip of the keyboard.)
        // (And “…’’: the closing double mark typeset as two single ones.)
        LeftDouble => matches!(
            close,
            RightDouble | AsciiDouble | LeftDouble | DoubledRightSingle
        ),
        // „…“ (German) and „…” (Polish, Hungarian)
        LowDouble => matches!(close, LeftDouble | RightDouble | AsciiDouble),
        // ”…” (Swedish)
        RightDouble => matches!(close, RightDouble),
        AsciiSingle | Backtick => matches!(close, AsciiSingle | RightSingle),
        LeftSingle => matches!(close, RightSingle | AsciiSingle),
        LowSingle => matches!(close, LeftSingle | RightSingle),
        RightSingle => matches!(close, RightSingle),
        LeftGuillemet => matches!(close, RightGuillemet),
        // »…« (Danish, German)
        RightGuillemet => matches!(close, LeftGuillemet),
        LeftSingleGuillemet => matches!(close, RightSingleGuillemet),
        RightSingleGuillemet => matches!(close, LeftSingleGuillemet),
        LeftCorner => matches!(close, RightCorner),
        LeftWhiteCorner => matches!(close, RightWhiteCorner),
        RightCorner | RightWhiteCorner | DoubledRightSingle => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte loop finds what a leftmost-longest Aho-Corasick search of the marks finds.
    #[test]
    fn candidates_are_the_leftmost_longest_marks() {
        let finder = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(MARK_CHARS)
            .unwrap();
        for t in [
            "''x''' `` ` ``` \"a\" 'b' “c” „d“ ‘e’ ‚f‘ «g» ‹h› 「i」 『j』 — – … é ’s",
            "''''",
            "```'`'\"",
            "",
            "€ ™ \u{2018}\u{2019}\u{201c}\u{201d}\u{00ab}\u{00bb}\u{3001}「",
        ] {
            let ours: Vec<(usize, usize)> = candidate_marks(t).map(|(s, e, _)| (s, e)).collect();
            let theirs: Vec<(usize, usize)> =
                finder.find_iter(t).map(|m| (m.start(), m.end())).collect();
            assert_eq!(ours, theirs, "{t:?}");
        }
    }

    /// The six bytes `candidate_marks` looks for are the bytes that start a mark.
    #[test]
    fn the_bytes_looked_for_start_the_marks() {
        let looked_for = [b'"', b'\'', b'`', 0xC2, 0xE2, 0xE3];
        for b in 0..=255u8 {
            assert_eq!(MARK_START[b as usize], looked_for.contains(&b), "{b:#x}");
        }
    }

    /// (text, the marks that can open, the marks that can close), by byte offset.
    fn roles(text: &str) -> (Vec<usize>, Vec<usize>) {
        let ms = find_marks(text, true, false);
        (
            ms.iter().filter(|m| m.can_open).map(|m| m.start).collect(),
            ms.iter().filter(|m| m.can_close).map(|m| m.start).collect(),
        )
    }

    #[test]
    fn apostrophes_are_not_marks() {
        for t in [
            "don’t",
            "Mexico’s",
            "rock'n'roll",
            "the ’90s",
            "the mid-’90s",
            "it's",
            "rock ’n’ roll",
            "fish 'n' chips",
        ] {
            assert!(find_marks(t, true, false).is_empty(), "{t}");
        }
        // A word of two letters or more is quoted.
        assert_eq!(find_marks("she said ‘no’ twice", true, false).len(), 2);
        let ms = find_marks("the students’ union", true, false);
        assert!(ms[0].maybe_apostrophe && ms[0].possessed);
    }

    #[test]
    fn flanking_decides_ascii_marks() {
        assert_eq!(roles("say \"hi\" now"), (vec![4], vec![7]));
        assert_eq!(roles("'yes,' she said"), (vec![0], vec![5]));
    }

    #[test]
    fn marks_inside_markup_are_not_quotes() {
        let t = r#"<tweet id="1" author="@x">“Hi” there</tweet> and "so" on"#;
        let starts: Vec<&str> = find_marks(t, false, false)
            .iter()
            .map(|m| &t[m.start..m.end])
            .collect();
        assert_eq!(starts, ["“", "”", "\"", "\""]);
    }

    /// `glyph_at` reads what `quote_mark` parses, at every start of two texts of marks.
    #[test]
    fn glyphs_read_from_bytes_are_the_rule_s() {
        let mut texts: Vec<String> = MARK_CHARS.iter().map(|m| format!("{m}x")).collect();
        texts.push(MARK_CHARS.concat());
        texts.push("''``'`\"a“”„‘’‚«»‹›「」『』 ‛‟″′ ¨ – — … « » 「x」 `'' '".to_string());
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            texts.push(format!("{c}'"));
        }
        for t in &texts {
            for (k, _) in t.char_indices() {
                let rule = quote_mark(&t[k..])
                    .ok()
                    .map(|(rest, g)| (g, t.len() - k - rest.len()));
                assert_eq!(glyph_at(&t.as_bytes()[k..]), rule, "{t:?} at {k}");
            }
        }
    }

    #[test]
    fn every_glyph_is_named() {
        for m in MARK_CHARS {
            assert!(quote_mark(m).is_ok(), "{m}");
        }
        assert!(closes(Glyph::LowDouble, Glyph::LeftDouble));
        assert!(closes(Glyph::LeftGuillemet, Glyph::RightGuillemet));
        assert!(!closes(Glyph::LeftDouble, Glyph::RightSingle));
    }
    #[test]
    fn texts_that_quote_with_doubled_apostrophes() {
        let cases = [
            ("''It is over,'' he said. ''We lost,'' she said.", true),
            ("''It is over,'' he said.", false),
            ("He said 'no' and 'never'.", false),
            ("Rock'n''roll '' and '' again", false),
            ("(''Yes,'' he said, and ''no.'') ", true),
        ];
        for (text, want) in cases {
            assert_eq!(quotes_with_doubled_apostrophes(text), want, "{text}");
        }
    }
    #[test]
    fn texts_that_quote_with_backticks() {
        let cases = [
            ("``It is over,'' he said.", true, true),
            ("He said: ``We lost.''", true, true),
            ("(``Yes'')", true, true),
            (
                "Use ``git log`` to see it. ``We lost,'' he said.",
                true,
                false,
            ),
            ("Run ```code``` here", true, false),
            ("a``b and `` alone", true, false),
            ("`single' marks", false, true),
            ("He called it `unworkable' and `a disgrace'.", false, true),
            (
                "Run `cargo update`, then check the maintainers' notes.",
                false,
                false,
            ),
            ("Back in the `90s, the founders' goals", false, false),
            ("`single' marks", true, false),
        ];
        for (text, double, want) in cases {
            assert_eq!(quotes_with_backticks(text, double), want, "{text} {double}");
        }
    }
}
