//! Positions in a document: lines and columns, paragraphs, sentences and words.
//!
//! Every offset in verbatim is a byte offset into the document's text; this module turns them
//! into what a person reads (line:column, counted in characters) and cuts the text into the
//! units the attribution rules work on. Each function here makes one linear pass.

use crate::extract::lexicon::LEXICON;
use std::ops::Range;

/// Byte offset → 1-based line and column (columns count characters, not bytes).
pub struct LineIndex {
    starts: Vec<usize>,
    /// Every [`CHECKPOINT`] bytes (on a char boundary): the byte offset and the characters
    /// before it, so that a column on a long line (a web paragraph, a whole text on one line)
    /// is counted from the nearest checkpoint, not from the line's start.
    /// (Counted at the first column asked more than [`CHECKPOINT`] bytes into its line: a
    /// [`LineCursor`] over lines shorter than that, most of them, never needs them, and
    /// counting every character of the text was most of the index's cost.)
    checkpoints: std::sync::OnceLock<Vec<(usize, usize)>>,
}

/// Bytes between two checkpoints of a [`LineIndex`]: at most this many are counted per look-up.
const CHECKPOINT: usize = 4096;

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        // (Sized by a count of the line breaks first: a vector grown line by line was
        // copied several times per article, and the count is a fast scan.)
        let breaks = memchr::memchr_iter(b'\n', text.as_bytes()).count();
        LineIndex::with_lines(text, breaks + 1)
    }

    /// [`LineIndex::new`] of a text of `lines` lines (its line breaks and one, as
    /// [`paragraphs_and_lines`] counts them).
    pub fn with_lines(text: &str, lines: usize) -> LineIndex {
        let mut starts = Vec::with_capacity(lines);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex {
            starts,
            checkpoints: std::sync::OnceLock::new(),
        }
    }

    /// [`LineIndex::checkpoints`] of `text` (the text the index was built from).
    fn checkpoints(&self, text: &str) -> &[(usize, usize)] {
        self.checkpoints.get_or_init(|| {
            let mut checkpoints = Vec::with_capacity(text.len() / CHECKPOINT + 1);
            checkpoints.push((0, 0));
            let (mut at, mut chars) = (0, 0);
            while at + CHECKPOINT < text.len() {
                let mut next = at + CHECKPOINT;
                while !text.is_char_boundary(next) {
                    next += 1;
                }
                chars += text[at..next].chars().count();
                checkpoints.push((next, chars));
                at = next;
            }
            checkpoints
        })
    }

    /// How many characters come before byte `offset` (a char boundary) in the text.
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let checkpoints = self.checkpoints(text);
        let i = checkpoints.partition_point(|&(b, _)| b <= offset) - 1;
        let (b, c) = checkpoints[i];
        c + text[b..offset].chars().count()
    }

    /// A cursor for offsets visited in increasing order: on one line it counts only the
    /// characters since the previous offset, so that many quotations on one long line (a web
    /// paragraph) cost time linear in the line, not quadratic.
    pub fn cursor<'a>(&'a self, text: &'a str) -> LineCursor<'a> {
        LineCursor {
            index: self,
            text,
            last: None,
        }
    }

    /// The line and column of `offset`, both counted from 1.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let col = self.chars_before(text, offset) - self.chars_before(text, self.starts[line]) + 1;
        (line + 1, col)
    }
}

/// See [`LineIndex::cursor`].
pub struct LineCursor<'a> {
    index: &'a LineIndex,
    text: &'a str,
    /// The last (offset, line, column) answered.
    last: Option<(usize, usize, usize)>,
}

impl LineCursor<'_> {
    /// The line and column of `offset`, both counted from 1.
    pub fn line_col(&mut self, offset: usize) -> (usize, usize) {
        let line = self.index.starts.partition_point(|&s| s <= offset);
        let col = match self.last {
            Some((o, l, c)) if l == line && o <= offset => c + self.text[o..offset].chars().count(),
            // Near its line's start: the characters since the start, rather than twice those
            // since a checkpoint.
            _ if offset - self.index.starts[line - 1] <= CHECKPOINT => {
                self.text[self.index.starts[line - 1]..offset]
                    .chars()
                    .count()
                    + 1
            }
            _ => {
                self.index.chars_before(self.text, offset)
                    - self
                        .index
                        .chars_before(self.text, self.index.starts[line - 1])
                    + 1
            }
        };
        self.last = Some((offset, line, col));
        (line, col)
    }
}

/// Is a paragraph page furniture rather than narration: a subheading, a label or a
/// caption that a saved page leaves between an article's paragraphs ("Hide Ad", "Read
/// More", "James Tedesco (Photo by Naomi Baker/Getty Images)")? It opens with a capital,
/// holds no quotation mark and no cue after its first word (a label's imperative, "Read
/// More", "Watch", is no clause), has fifteen words at most, and ends with no mark that ends
/// or introduces a sentence.
pub fn is_furniture(para: &str) -> bool {
    // (Asked of every paragraph's first sentence: the cheap tests first, its length in bytes
    // and its last character, and each word's flags last.)
    let para = para.trim();
    para.len() <= 200
        && para.starts_with(char::is_uppercase)
        && !para.ends_with([
            '.', '!', '?', '…', ':', ',', ';', '-', '—', '–', '"', '”', '’', '»',
        ])
        && para.split_ws().nth(15).is_none()
        && !para.contains(['"', '“', '”', '‘', '’', '«', '»'])
        && !para
            .split_ws()
            .skip(1)
            .any(|w| LEXICON.flags(w.trim_end_matches([',', ')'])).is_cue())
}

/// Paragraphs, as byte ranges without their line breaks.
///
/// Text saved from the web puts each paragraph on one line, so a line break ends a paragraph.
/// Hard-wrapped text (most lines 40-80 characters, blank lines between blocks) is told apart
/// and split at blank lines only, so that a wrapped sentence stays one paragraph.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    paragraphs_and_lines(text).0
}

/// [`paragraphs`], and how many lines the text has (its line breaks, and one): counted to size
/// the paragraphs' lines, and told to [`LineIndex::with_lines`], which then need not count
/// them again (the extractor builds both for every document that quotes anyone).
pub fn paragraphs_and_lines(text: &str) -> (Vec<Range<usize>>, usize) {
    // Each line with whether it is blank, told once. (Sized by a count of the line breaks
    // first: collected from `line_ranges`, which cannot tell its length, the vector was
    // copied several times per article as it grew.)
    let mut lines: Vec<(Range<usize>, bool)> =
        Vec::with_capacity(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
    lines.extend(line_ranges(text).map(|r| {
        // (A line that opens with a printable ASCII character, most of them, is not blank:
        // told from its first byte.)
        let blank = !text.as_bytes()[r.clone()]
            .first()
            .is_some_and(u8::is_ascii_graphic)
            && text[r.clone()].trim().is_empty();
        (r, blank)
    }));
    let nonblank = lines.iter().filter(|l| !l.1).count();
    // Blank lines between text lines (not the empty line after a final newline).
    let first = lines.iter().position(|l| !l.1);
    let last = lines.iter().rposition(|l| !l.1);
    let inner_blank = match (first, last) {
        (Some(f), Some(l)) => lines[f..=l].iter().any(|l| l.1),
        _ => false,
    };
    // Lines of 40 to 80 characters (a line of fewer than 40 bytes has fewer than 40
    // characters, one of more than 320 bytes more than 80: only the others are counted),
    // counted only while they can change the answer: not for text of fewer than four lines
    // or without a blank line inside, and no further than the count that settles it.
    let hard_wrapped = nonblank >= 4 && inner_blank && {
        let wrapped = |(r, blank): &(Range<usize>, bool)| {
            !blank && (40..=320).contains(&r.len()) && {
                let n = text[r.clone()].chars().count();
                (40..=80).contains(&n)
            }
        };
        // (`wrapped_lines * 10 >= nonblank * 6`, told as soon as either way is certain.)
        let mut wrapped_lines = 0;
        let mut unread = nonblank;
        for l in lines.iter().filter(|l| !l.1) {
            if wrapped_lines * 10 >= nonblank * 6 || (wrapped_lines + unread) * 10 < nonblank * 6 {
                break;
            }
            unread -= 1;
            wrapped_lines += usize::from(wrapped(l));
        }
        wrapped_lines * 10 >= nonblank * 6
    };
    let line_count = lines.len();
    let mut out = Vec::with_capacity(nonblank);
    if hard_wrapped {
        let mut cur: Option<Range<usize>> = None;
        for (r, blank) in lines {
            if blank {
                out.extend(cur.take());
            } else {
                cur = Some(match cur {
                    Some(c) => c.start..r.end,
                    None => r,
                });
            }
        }
        out.extend(cur);
    } else {
        out.extend(lines.into_iter().filter(|l| !l.1).map(|l| l.0));
    }
    (out, line_count)
}

fn line_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    let mut ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    std::iter::from_fn(move || {
        if start > text.len() {
            return None;
        }
        let end = ends.next()?;
        let mut e = end;
        if e > start && text.as_bytes()[e - 1] == b'\r' {
            e -= 1;
        }
        let r = start..e;
        start = end + 1;
        Some(r)
    })
}

/// A word of running text, with its byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

/// Does `w` open with a capital letter, past an ʻokina or a modifier apostrophe that opens
/// a Hawaiian, Tongan or Sesotho name ("ʻAna", "ʼMamosa")?
pub fn opens_with_capital(w: &str) -> bool {
    let mut cs = w.chars();
    match cs.next() {
        Some(c) if c.is_uppercase() => true,
        Some('\u{2bb}' | '\u{2bc}') => cs.next().is_some_and(char::is_uppercase),
        _ => false,
    }
}

/// Is `c` part of a word? Letters, digits, and the joiners that stay inside one
/// ("don't", "U.S.", "D-Mo.", "al-Assad") when a letter follows them.
pub fn is_word_char(c: char) -> bool {
    // Curly quotes, dashes and ellipses (General Punctuation, U+2000-U+206F) are the most
    // common non-ASCII characters of news text and never letters or digits: answer them
    // without a Unicode table search.
    if ('\u{2000}'..='\u{206f}').contains(&c) {
        return false;
    }
    c.is_alphanumeric()
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '‑' | '&')
}

/// The length in bytes of the word that `s` starts with (0 when it starts with no word).
///
/// A joiner stays inside a word when a letter or digit follows it; a full stop after an
/// abbreviation or an initial stays with the word, so that "Maj." and "G.K." are words and
/// do not look like sentence ends.
pub fn word_len(s: &str) -> usize {
    // The hottest loop of extraction (every rule parses words): a byte loop that decodes a
    // char only where a byte is not ASCII, instead of a peekable char iterator.
    let bytes = s.as_bytes();
    // An ASCII letter or digit opens most words: no char to decode.
    if !bytes.first().is_some_and(u8::is_ascii_alphanumeric) {
        match char_at(s, 0) {
            Some((c, _)) if is_word_char(c) => {}
            _ => return 0,
        }
    }
    let mut end = 0;
    loop {
        // ASCII letters and digits, the bulk of any word: one table look-up per byte.
        end += bytes[end..]
            .iter()
            .position(|&b| !ASCII_ALNUM[b as usize])
            .unwrap_or(bytes.len() - end);
        // Most words end at an ASCII space or punctuation that joins nothing: neither a word
        // char nor a joiner, told from the byte alone.
        if bytes
            .get(end)
            .is_none_or(|&b| b < 0x80 && !matches!(b, b'\'' | b'-' | b'.' | b'&'))
        {
            break;
        }
        let Some((d, n)) = char_at(s, end) else {
            break;
        };
        let joined = is_joiner(d) && char_at(s, end + n).is_some_and(|(e, _)| is_word_char(e));
        if is_word_char(d) || joined {
            end += n;
        } else {
            break;
        }
    }
    if bytes.get(end) == Some(&b'.') && keeps_stop(s, end) {
        end += 1;
    }
    end
}

/// Does the word `s[..end]`, followed by a full stop at `end`, keep it (an abbreviation or
/// an initial: "Maj.", "G.K.", "D-Mo.", "No." before a number)? The end of [`word_len`].
pub(crate) fn keeps_stop(s: &str, end: usize) -> bool {
    let w = &s[..end + 1];
    // "D-Mo.": the part after a hyphen may be the abbreviation.
    // (Looked up only when it differs from the whole word: most words have no hyphen.)
    let tail = memchr::memrchr(b'-', w.as_bytes()).map(|h| &w[h + 1..]);
    let abbreviation =
        LEXICON.is_abbreviation(w) && (!numbering(w) || number_follows(&s[end + 1..]));
    abbreviation || tail.is_some_and(|t| LEXICON.is_abbreviation(t)) || is_initial(&w[..end])
}

/// `word_len(s)` (of `s`'s bytes) for most words, read without a call: ASCII letters and
/// digits up to an ASCII byte that is neither a letter, a digit nor a joiner (a space, a
/// comma), or to the end; `None` for any other word, which `word_len` reads.
#[inline]
pub fn plain_word_len(bytes: &[u8]) -> Option<usize> {
    if !bytes.first().is_some_and(|&b| ASCII_ALNUM[b as usize]) {
        return None;
    }
    let run = bytes
        .iter()
        .position(|&b| !ASCII_ALNUM[b as usize])
        .unwrap_or(bytes.len());
    bytes
        .get(run)
        .is_none_or(|&a| a < 0x80 && !matches!(a, b'\'' | b'-' | b'.' | b'&'))
        .then_some(run)
}

/// "No." and "Nos." abbreviate "number" only before one ("No. 10"): "No. Closing schools …"
/// is the answer no and a sentence end.
pub(crate) fn numbering(w: &str) -> bool {
    matches!(w, "No." | "Nos." | "no." | "nos.")
}

/// Does a number come next (after spaces)?
fn number_follows(rest: &str) -> bool {
    rest.trim_start().starts_with(|c: char| c.is_ascii_digit())
}

/// Where the run of ASCII letters and digits of `bytes` from `j` on ends (`bytes.len()` if it
/// does not): eight bytes at a step, tested together, while eight are left (most words
/// end within the first step), then a byte at a time. [`crate::extract::token::Tokens`]
/// reads every word of a document with it (for the rules' short reads of a word, the
/// plain loop of [`word_len`] costs less).
#[inline]
pub(crate) fn alnum_run(bytes: &[u8], mut j: usize) -> usize {
    const fn each(b: u8) -> u64 {
        b as u64 * 0x0101_0101_0101_0101
    }
    const HIGH: u64 = each(0x80);
    while let Some(chunk) = bytes.get(j..j + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // For each ASCII byte, its top bit set when it is at or past `lo` (adding `0x80 - lo`)
        // and clear when it is past `hi` (adding `0x7f - hi`): no sum carries into the next
        // byte. A byte that is not ASCII is no letter or digit; what it carries over reaches
        // only the bytes after it, which the first such byte already ends the run before.
        let lower = x | each(0x20);
        let letter = lower.wrapping_add(each(0x80 - b'a')) & !lower.wrapping_add(each(0x7f - b'z'));
        let digit = x.wrapping_add(each(0x80 - b'0')) & !x.wrapping_add(each(0x7f - b'9'));
        let stop = (!(letter | digit) | x) & HIGH;
        if stop != 0 {
            return j + (stop.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    while bytes.get(j).is_some_and(|&b| ASCII_ALNUM[b as usize]) {
        j += 1;
    }
    j
}

/// `str::split_whitespace`, for the rules' many short reads of the words around a position:
/// the same words (`char::is_whitespace` splits them, empty pieces dropped), from a loop over
/// the bytes that decodes a character only where a byte is not ASCII. `split_whitespace` decodes
/// every character and asks its Unicode property, which cost more than the words it read.
pub trait SplitWs {
    fn split_ws(&self) -> Ws<'_>;
}

impl SplitWs for str {
    #[inline]
    fn split_ws(&self) -> Ws<'_> {
        Ws { rest: self }
    }
}

/// The words of [`SplitWs::split_ws`]: what is left of the string, words at both ends.
#[derive(Clone, Debug)]
pub struct Ws<'a> {
    rest: &'a str,
}

/// `char::is_whitespace` of an ASCII byte: tab, line feed, vertical tab, form feed, carriage
/// return, space.
#[inline]
fn ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// Is the character at byte `i` of `s` (a char boundary, not ASCII) whitespace, and its length?
#[cold]
#[inline(never)]
fn wide_space_at(s: &str, i: usize) -> (bool, usize) {
    let c = s[i..].chars().next().expect("a char at a boundary");
    (c.is_whitespace(), c.len_utf8())
}

/// Is the character that ends at byte `i` of `s` (not ASCII) whitespace, and where does it
/// start?
#[cold]
#[inline(never)]
fn wide_space_before(s: &str, i: usize) -> (bool, usize) {
    let mut j = i - 1;
    while !s.is_char_boundary(j) {
        j -= 1;
    }
    let c = s[j..].chars().next().expect("a char at a boundary");
    (c.is_whitespace(), j)
}

impl<'a> Iterator for Ws<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let (s, b) = (self.rest, self.rest.as_bytes());
        let mut i = 0;
        while let Some(&c) = b.get(i) {
            let (space, len) = if c < 0x80 {
                (ascii_space(c), 1)
            } else {
                wide_space_at(s, i)
            };
            if !space {
                break;
            }
            i += len;
        }
        if i == b.len() {
            self.rest = "";
            return None;
        }
        let start = i;
        loop {
            // Eight bytes at a step while none is at or below a space, nor not ASCII (most
            // words end within the first step); then a byte at a time from the first that is.
            while let Some(chunk) = b.get(i..i + 8) {
                const ONES: u64 = 0x0101_0101_0101_0101;
                let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
                // (A byte below 0x21 borrows, so the lowest byte flagged is a true one.)
                let special = ((x.wrapping_sub(ONES * 0x21) & !x) | x) & (ONES * 0x80);
                if special != 0 {
                    i += (special.trailing_zeros() / 8) as usize;
                    break;
                }
                i += 8;
            }
            let Some(&c) = b.get(i) else { break };
            let (space, len) = if c < 0x80 {
                (ascii_space(c), 1)
            } else {
                wide_space_at(s, i)
            };
            if space {
                break;
            }
            i += len;
        }
        // (Split once at the word's end: its boundary is checked once, where cutting the rest
        // and the word apart checked it twice, at every word read this way.)
        let (word, rest) = s.split_at(i);
        self.rest = rest;
        Some(&word[start..])
    }
}

impl<'a> DoubleEndedIterator for Ws<'a> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a str> {
        let s = self.rest;
        let end = back_while(s, s.len(), true);
        if end == 0 {
            self.rest = "";
            return None;
        }
        let start = back_while(s, end, false);
        self.rest = &s[..start];
        Some(&s[start..end])
    }
}

/// Where the run of characters before `i` that are whitespace (`space`) or not ends, read
/// back from `i`: a byte at a time where the text is ASCII.
#[inline]
fn back_while(s: &str, mut i: usize, space: bool) -> usize {
    let b = s.as_bytes();
    while i > 0 {
        let c = b[i - 1];
        let (is_space, at) = if c < 0x80 {
            (ascii_space(c), i - 1)
        } else {
            wide_space_before(s, i)
        };
        if is_space != space {
            break;
        }
        i = at;
    }
    i
}

impl std::iter::FusedIterator for Ws<'_> {}

/// `s.trim_end_matches(…)` of ASCII characters (those of which `strip` holds), read a byte
/// at a time from the end: no byte of a wider character is ASCII, so the same characters
/// go, without the characters decoded from the end that the pattern searcher reads. (The
/// rules trim a comma or a stop off the words around nearly every name.)
#[inline]
pub fn trim_end_ascii(s: &str, strip: impl Fn(u8) -> bool) -> &str {
    let b = s.as_bytes();
    let mut n = b.len();
    while n > 0 && b[n - 1] < 0x80 && strip(b[n - 1]) {
        n -= 1;
    }
    &s[..n]
}

/// `u8::is_ascii_alphanumeric` as a table: one load per byte in `word_len`'s loop instead of
/// three range tests.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The char at byte `i` of `s` (a char boundary) and its length, if `i` is inside `s`.
#[inline]
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        Some((b as char, 1))
    } else {
        s[i..].chars().next().map(|c| (c, c.len_utf8()))
    }
}

/// The words of `text[range]`, in order (see [`word_len`]).
pub fn words(text: &str, range: Range<usize>) -> Vec<Word<'_>> {
    // English runs about six bytes a word with its space: reserve that much rather than grow
    // (and copy) the vector many times for a paragraph.
    let mut out = Vec::with_capacity(range.len() / 6 + 1);
    for_each_word(text, range, |start, end| {
        out.push(Word {
            text: &text[start..end],
            start,
            end,
        })
    });
    out
}

/// Calls `f(start, end)` with the byte range of each word of `text[range]`, in order: the
/// one loop behind [`words`] and [`crate::extract::token::Tokens`].
pub fn for_each_word(text: &str, range: Range<usize>, mut f: impl FnMut(usize, usize)) {
    let s = &text[range.clone()];
    let mut i = 0;
    let bytes = s.as_bytes();
    while i < s.len() {
        // Spaces and ASCII punctuation start no word: step over them without a call.
        if bytes[i] < 0x80 && !ASCII_ALNUM[bytes[i] as usize] {
            i += 1;
            continue;
        }
        let n = plain_word_len(&bytes[i..]).unwrap_or_else(|| word_len(&s[i..]));
        if n == 0 {
            i += s[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        f(range.start + i, range.start + i + n);
        i += n;
    }
}

/// "G", "G.K", "J.R.R": one or more single capitals joined by full stops.
fn is_initial(w: &str) -> bool {
    // Most words are no initial: an ASCII first letter with no full stop after it.
    let b = w.as_bytes();
    if b.len() >= 2 && b[0] < 0x80 && b[1] != b'.' {
        return false;
    }
    !w.is_empty()
        && w.split('.').all(|p| {
            let mut cs = p.chars();
            matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
        })
}

/// Does the text end a sentence at byte `i` (which holds `.`, `!` or `?`)?
/// Not after an abbreviation or an initial, nor before a lower-case word.
pub fn ends_sentence(text: &str, i: usize) -> bool {
    let b = text.as_bytes()[i];
    if b == b'.' {
        let before = &text[..i + 1];
        // No abbreviation is longer than a few dozen bytes: look back no further, so that a
        // long run of full stops without spaces stays linear.
        let mut lo = i.saturating_sub(48);
        while !before.is_char_boundary(lo) {
            lo += 1;
        }
        // (Read back a byte at a time while the bytes are ASCII, as most words are: the
        // search by characters decoded each one backwards, at every full stop of the text.
        // A byte that is not ASCII before the word's start is found leaves it to that search.)
        let bytes = before.as_bytes();
        let mut j = i;
        let word_start = loop {
            if j == lo {
                break lo;
            }
            let b = bytes[j - 1];
            if b >= 0x80 {
                break before[lo..i]
                    .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘'))
                    .map_or(lo, |p| {
                        lo + p + before[lo + p..].chars().next().map_or(1, char::len_utf8)
                    });
            }
            if ascii_space(b) || matches!(b, b'(' | b'"') {
                break j;
            }
            j -= 1;
        };
        let w = &before[word_start..];
        let abbreviation =
            LEXICON.is_abbreviation(w) && (!numbering(w) || number_follows(&text[i + 1..]));
        if abbreviation || is_initial(&w[..w.len() - 1]) {
            return false;
        }
        // (Inside a dotted abbreviation, a letter or two and a full stop right after this
        // one with no space: "Ph.D.", "M.Sc.", "e.g.". A sentence run on with no space,
        // "said.The", has no second full stop so close.)
        let next = &text.as_bytes()[i + 1..];
        let letters = next.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        if (1..=3).contains(&letters) && next.get(letters) == Some(&b'.') {
            return false;
        }
    }
    // The next non-space, non-closing-mark character must not be lower case.
    let rest = &text[i + 1..];
    // (Read a byte at a time while the bytes are ASCII, most often a space and a capital:
    // the characters are decoded, as below, only from a byte that is not ASCII.)
    for &b in rest.as_bytes() {
        if b >= 0x80 {
            break;
        }
        if ascii_space(b) || matches!(b, b'"' | b'\'' | b')') {
            continue;
        }
        return !(b.is_ascii_lowercase() || b == b',');
    }
    let next = rest
        .chars()
        .find(|c| !c.is_whitespace() && !matches!(c, '"' | '”' | '’' | '\'' | ')' | '»'));
    !next.is_some_and(|c| c.is_lowercase() || c == ',')
}

/// Sentence starts within `range` (a paragraph), as byte offsets in increasing order (callers
/// binary-search them); the first is `range.start`.
pub fn sentence_starts(text: &str, range: Range<usize>) -> Vec<usize> {
    let mut out = Vec::new();
    push_sentence_starts(text, range, &mut out);
    out
}

/// [`sentence_starts`], pushed onto `out` (the document's list: [`crate::extract::token::Tokens`]
/// keeps every paragraph's in one vector, without a vector per paragraph).
pub fn push_sentence_starts(text: &str, range: Range<usize>, out: &mut Vec<usize>) {
    let first = out.len();
    out.push(range.start);
    let bytes = text.as_bytes();
    for i in memchr::memchr3_iter(b'.', b'!', b'?', &bytes[range.clone()]).map(|i| i + range.start)
    {
        if !ends_sentence(text, i) {
            continue;
        }
        // Closing marks right after the stop belong to this sentence; then spaces; the next
        // sentence starts at whatever follows (an opening mark included).
        let mut j = i + 1;
        for c in text[j..range.end].chars() {
            if matches!(c, '"' | '”' | '’' | '\'' | ')' | '»' | '›' | '」') {
                j += c.len_utf8();
            } else {
                break;
            }
        }
        let after_marks = j;
        for c in text[j..range.end].chars() {
            if c.is_whitespace() {
                j += c.len_utf8();
            } else {
                break;
            }
        }
        if j < range.end && j > after_marks {
            out.push(j);
        }
    }
    debug_assert!(out[first..].windows(2).all(|p| p[0] < p[1]));
}

/// Does `w` end as an adverb does ("Immediately", "Conversely")? By the endings that names
/// rarely have: "Kelly", "Reilly", "Connolly" and "Italy" do not.
pub fn has_adverb_ending(w: &str) -> bool {
    [
        "ally", "ately", "ously", "ively", "fully", "ently", "antly", "ingly", "edly", "ably",
        "ibly", "arly", "sely", "ctly",
    ]
    .iter()
    .any(|e| w.ends_with(e))
}

/// The length of the dateline that opens `s`, with the dash and the space after it ("STAFFORD,
/// Va. (AP) — ", "JAKARTA — "): a place in capitals, up to five more words, then a dash; 0
/// where `s` opens with none. Or a place in capitals and at most a date, then an agency's name
/// in parentheses and no dash ("NEW DELHI, Feb 12 (PTI) "): see [`agency_dateline_len`].
pub fn dateline_len(s: &str) -> usize {
    dateline(s).0
}

/// [`dateline_len`] of a dateline that ends in an agency's name in parentheses with no dash
/// ("NEW DELHI, Feb 12 (PTI) The Supreme Court …", "ISLAMABAD, Mar 5 (APP): Federal Minister
/// …"); 0 for any other. Every name in it is the place's or the agency's, no one who speaks.
pub fn agency_dateline_len(s: &str) -> usize {
    match dateline(s) {
        (n, true) => n,
        _ => 0,
    }
}

/// [`dateline_len`], and whether the dateline ends in an agency's name with no dash.
fn dateline(s: &str) -> (usize, bool) {
    // (Told from the first two bytes in most sentences, which open with a word in title
    // case: this is asked at each opening phrase the registry looks for.)
    let b = s.as_bytes();
    if b.len() < 3 || b[0].is_ascii() && !b[0].is_ascii_uppercase() || b[1].is_ascii_lowercase() {
        return (0, false);
    }
    let first = s.split_ws().next().unwrap_or("");
    let shouted = first.len() > 2
        && first
            .trim_end_matches(',')
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\''));
    if !shouted {
        return (0, false);
    }
    // (Before an agency with no dash, only the place in capitals and a date: "MLA Ravi Kumar
    // (BJP) Monday said" is no dateline.)
    let mut place_and_date = true;
    for (i, w) in s.split_ws().enumerate().take(7) {
        let end = w.as_ptr() as usize - s.as_ptr() as usize + w.len();
        // ("NEW DELHI, Feb 12 (PTI) The Supreme Court …": an agency's name in parentheses,
        // then the sentence, with no dash.)
        // ("ISLAMABAD, Mar 5 (APP): Federal Minister …": or a colon after it.)
        if place_and_date && is_agency_mark(w) && s[end..].starts_with(' ') && {
            let next = s[end..].trim_start();
            next.starts_with(char::is_uppercase) && !next.starts_with(['—', '–', '-'])
        } {
            return (end + s[end..].len() - s[end..].trim_start().len(), true);
        }
        if matches!(w, "—" | "–" | "-" | "--") {
            return (end + s[end..].len() - s[end..].trim_start().len(), false);
        }
        place_and_date &= is_dateline_word(w);
        if i == 6 {
            return (0, false);
        }
    }
    (0, false)
}

/// A word of a dateline's place or date: in capitals ("NEW", "DELHI,", "D.C."), a month
/// ("Feb", "March", "Sept.") or a number ("12", "2024,"), or a comma alone.
fn is_dateline_word(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.']);
    w.is_empty()
        || (w
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\''))
            || w.bytes().all(|b| b.is_ascii_digit())
            || matches!(
                w,
                "Jan"
                    | "January"
                    | "Feb"
                    | "February"
                    | "Mar"
                    | "March"
                    | "Apr"
                    | "April"
                    | "May"
                    | "Jun"
                    | "June"
                    | "Jul"
                    | "July"
                    | "Aug"
                    | "August"
                    | "Sep"
                    | "Sept"
                    | "September"
                    | "Oct"
                    | "October"
                    | "Nov"
                    | "November"
                    | "Dec"
                    | "December"
            ))
}

/// A news agency's name in parentheses, as a dateline writes it: "(PTI)", "(AP)", "(IANS)",
/// "(AFP)" (two to six capitals), a colon after it or not ("(APP):").
fn is_agency_mark(w: &str) -> bool {
    let w = w.strip_suffix(':').unwrap_or(w);
    w.strip_prefix('(')
        .and_then(|w| w.strip_suffix(')'))
        .is_some_and(|a| (2..=6).contains(&a.len()) && a.bytes().all(|b| b.is_ascii_uppercase()))
}

/// A conjunction that opens a subordinate clause before the sentence's own ("Although the
/// IMF did not single out …, it referenced …", "While campaigning for Spanberger, Kaine
/// made the case …", "Given that Trump is now the subject of four trials, Willis was asked
/// …"): the clause's subject is not the sentence's.
pub fn opens_subordinate_clause(w: &str) -> bool {
    matches!(
        w,
        "Although"
            | "Though"
            | "While"
            | "Whereas"
            | "Because"
            | "If"
            | "Unless"
            | "When"
            | "Whenever"
            | "Given"
            | "Since"
            | "Once"
            | "Until"
    )
}

/// `word` with its first letter in upper case, written into `buf` (`None` for a word longer
/// than `buf` or opening with no ASCII letter).
pub fn capitalised<'a>(word: &str, buf: &'a mut [u8; 32]) -> Option<&'a str> {
    let b = buf.get_mut(..word.len())?;
    b.copy_from_slice(word.as_bytes());
    b.first_mut()
        .filter(|c| c.is_ascii_alphabetic())?
        .make_ascii_uppercase();
    std::str::from_utf8(b).ok()
}

/// A conjunction written capitalised to open a sentence: "But the mayor said …", "But polls
/// have shown …", "And he brushed off repeated questions …".
pub fn is_opening_conjunction(w: &str) -> bool {
    matches!(w, "But" | "And" | "Or" | "Yet" | "So")
}

/// A noun of time, which opens no description of a person: "The next morning, John Smith
/// told", "The following day, Smith said".
pub fn is_time_noun(w: &str) -> bool {
    matches!(
        w,
        "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "day"
            | "days"
            | "week"
            | "weeks"
            | "weekend"
            | "month"
            | "months"
            | "year"
            | "years"
            | "time"
            | "moment"
            | "hour"
            | "hours"
    )
}

/// Does `s`, a sentence, open with a span of time before "after", "before" or "since" ("A
/// week after the first soldiers were killed, …", "Two days before the vote, …", "Hours
/// after …"): a phrase whose names are not the sentence's subject?
pub fn opens_with_time_span(s: &str) -> bool {
    let mut words = s.split_ws();
    let Some(a) = words.next() else {
        return false;
    };
    // (The first word told first, from a few spellings: this is asked of every sentence that
    // opens with no preposition, and most open with neither.)
    let span = matches!(
        a,
        "Hours" | "Days" | "Weeks" | "Months" | "Years" | "Minutes" | "Moments"
    );
    let count = matches!(
        a,
        "A" | "An"
            | "One"
            | "Two"
            | "Three"
            | "Four"
            | "Five"
            | "Six"
            | "Just"
            | "Only"
            | "Several"
    ) || a.bytes().all(|b| b.is_ascii_digit());
    if !span && !count {
        return false;
    }
    let link = |x: &str| matches!(x, "after" | "before" | "since");
    let Some(b) = words.next() else {
        return false;
    };
    if span {
        return link(b);
    }
    words.next().is_some_and(link) && is_time_noun(b)
}

/// Where the phrase that opens a sentence (starting at `sentence`, read no further than
/// `limit`) ends, when it opens with a preposition, an adverb ([`has_adverb_ending`]) and a
/// preposition, a participle or a subordinate clause's conjunction
/// ([`opens_subordinate_clause`]) ("After the Paris attacks,", "Immediately after the
/// attacks,", "Returning to Rome,", "While campaigning for Spanberger,"), or a span of time
/// before its preposition ([`opens_with_time_span`]: "A week after …,"): at its first comma,
/// within twenty words (thirty after a span of time), or, for a preposition's, at a copula
/// with a capital after it ("Among the regulars is Tek Bahadur Rai"). The names in it are not
/// the sentence's subject.
pub fn opening_phrase_end(text: &str, sentence: usize, limit: usize) -> Option<usize> {
    // (Past a dateline: "STAFFORD, Va. (AP) — While campaigning for …, Kaine made …".)
    let sentence = sentence + dateline_len(&text[sentence..limit.max(sentence)]);
    let s = &text[sentence..limit.max(sentence)];
    let mut words = s.split_ws();
    let first = words.next()?;
    // (Past a conjunction that opens the sentence, a clause of contrast after it, whose
    // subject is another than the sentence's: "And while Rasmussen had to abandon the race,
    // Vingegaard is set to …". Not a condition or a time, whose subject the sentence's
    // "he" often is: "But if Carson implied …, he did not …".)
    // (Nor where a pronoun is the sentence's subject after the clause, which stands for
    // the clause's: "And while Obi praised the talks, he warned …".)
    let after_conjunction = is_opening_conjunction(first);
    let first = match after_conjunction.then(|| words.clone().next()).flatten() {
        Some("while") => "While",
        Some("whereas") => "Whereas",
        Some("although") => "Although",
        Some("though") => "Though",
        _ => first,
    };
    let second = words.clone().next();
    // (Or an adverb, then a preposition: "Immediately after the attacks, …".)
    let mut adverb_then_preposition = || {
        has_adverb_ending(first)
            && words
                .next()
                .is_some_and(|w| LEXICON.is_preposition_lower(w))
    };
    // (The lexicon's flags tell a preposition in lower case without lowering the word; it is
    // lowered only for a participle's ending, after the cheaper tests.)
    // (A participle's ending told from the last three bytes in either case, without lowering
    // the word: a lower case ends with "ing" exactly where they are "ing" in some case, as no
    // other character lowers to "i", "n" or "g".)
    // (Or a past participle before a preposition or a question's word: "Asked by Miss Vane's
    // friend Jackie Tolland if …, pathologist Nicholas Dellow said …", "Pressed on the
    // timing, …", "Questioned about …".)
    let participle_then_preposition = || {
        first.len() > 4
            && first.starts_with(|c: char| c.is_ascii_uppercase())
            && first.ends_with("ed")
            && second.is_some_and(|w| {
                LEXICON.is_preposition_lower(w)
                    || matches!(w, "if" | "whether" | "why" | "what" | "how" | "when")
            })
    };
    let opens = LEXICON.is_preposition_lower(first)
        || opens_subordinate_clause(first)
        || (first.len() > 5
            && first.starts_with(char::is_uppercase)
            && first.as_bytes()[first.len() - 3..].eq_ignore_ascii_case(b"ing"))
        || participle_then_preposition()
        || adverb_then_preposition();
    // (A span of time before its preposition opens a clause that may run longer.)
    let time_span = !opens && opens_with_time_span(s);
    if !opens && !time_span {
        return None;
    }
    let most = if time_span { 30 } else { 20 };
    let mut words = 0;
    // (A phrase a preposition opens may end at a copula whose subject follows it, a capital:
    // "Among the regulars is Bhim Bahadur Gurung, 74, who …" is his sentence.)
    let inverts = LEXICON.is_preposition_lower(first) && !opens_subordinate_clause(first);
    let bytes = s.as_bytes();
    // (Byte by byte: every character looked for is ASCII, and no byte of a wider character
    // is.)
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b',' if after_conjunction => {
                let subject = s[i + 1..].split_ws().next().unwrap_or("");
                return (!matches!(subject, "he" | "she" | "they" | "it" | "we" | "I"))
                    .then_some(sentence + i);
            }
            b',' => return Some(sentence + i),
            b' ' => {
                words += 1;
                if words > most {
                    return None;
                }
                if inverts {
                    let next = &bytes[i + 1..];
                    let copula = [&b"is "[..], b"was ", b"are ", b"were "]
                        .into_iter()
                        .find(|c| next.starts_with(c));
                    if copula.is_some_and(|c| next.get(c.len()).is_some_and(u8::is_ascii_uppercase))
                    {
                        return Some(sentence + i);
                    }
                }
            }
            b';' | b':' | b'!' | b'?' => return None,
            _ => {}
        }
    }
    None
}

/// The largest char boundary of `s` at or below `i` (`i` no further than `s.len()`).
pub fn floor_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Where " quoted " or " quotes " starts in `b` (its space), if it starts in the first
/// `limit` bytes: one search for the letter "q", which most windows of text hold once or not
/// at all, then the bytes around it (a searcher built for the phrase would cost more than the
/// search).
pub fn find_quoted_verb(b: &[u8], limit: usize) -> Option<usize> {
    memchr::memchr_iter(b'q', &b[..b.len().min(limit)]).find_map(|k| {
        let at = k.checked_sub(1)?;
        let verb = &b[k..];
        (b[at] == b' ' && (verb.starts_with(b"quoted ") || verb.starts_with(b"quotes ")))
            .then_some(at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_verbs_are_found_in_their_window() {
        let cases = [
            (" quoted him as saying", 40, Some(0)),
            (" on Tuesday quoted her as saying", 40, Some(11)),
            (" quotes the mayor as saying", 40, Some(0)),
            (" said the quote was wrong", 40, None),
            (
                " in a long aside of more than forty bytes quoted him",
                40,
                None,
            ),
            ("quoted him", 40, None),
            (" quoted", 40, None),
        ];
        for (text, limit, want) in cases {
            assert_eq!(find_quoted_verb(text.as_bytes(), limit), want, "{text}");
        }
    }

    /// A dateline's length, dash and space included; none where the sentence opens otherwise.
    #[test]
    fn datelines() {
        for (s, dateline) in [
            (
                "STAFFORD, Va. (AP) — While campaigning",
                "STAFFORD, Va. (AP) — ",
            ),
            ("JAKARTA — The minister said", "JAKARTA — "),
            (
                "WASHINGTON (NewsNation) — It has",
                "WASHINGTON (NewsNation) — ",
            ),
            ("While campaigning for Delgado, Harwell said", ""),
            ("NATO — the alliance — said", "NATO — "),
            (
                "US officials said on Monday that the talks — long stalled — resumed",
                "",
            ),
            ("BREAKING: a b c d e f g h — i", ""),
        ] {
            assert_eq!(&s[..dateline_len(s)], dateline, "{s}");
        }
    }

    /// `alnum_run` ends where the first byte that is no ASCII letter or digit is, from any
    /// start, whatever the bytes around it.
    #[test]
    fn alnum_runs_end_at_the_first_other_byte() {
        let mut bytes: Vec<u8> = (0..=255u8).collect();
        bytes.extend(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".repeat(3));
        bytes.extend("Trump’s É 9z@[`{/:".as_bytes());
        for (k, &b) in (0..=255u8).collect::<Vec<_>>().iter().enumerate() {
            bytes.extend(b"Az09".repeat(k % 5));
            bytes.push(b);
        }
        for j in 0..=bytes.len() {
            let want = j + bytes[j..]
                .iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .unwrap_or(bytes.len() - j);
            assert_eq!(alnum_run(&bytes, j), want, "{j}");
            for end in j..(j + 20).min(bytes.len()) {
                let want = j + bytes[j..end]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .unwrap_or(end - j);
                assert_eq!(alnum_run(&bytes[..end], j), want, "{j}..{end}");
            }
        }
    }

    #[test]
    fn page_furniture_is_told_from_narration() {
        for (para, furniture) in [
            ("Hide Ad", true),
            ("Read More", true),
            ("Sam Rudd (Photo by Ana Pires/Coastline Images)", true),
            ("Political divisions", true),
            ("Sam Rudd said the season was over", false),
            ("The season is over.", false),
            ("In a statement, the club said:", false),
            ("“We won”", false),
            ("advertisement", false),
            ("One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen", false),
        ] {
            assert_eq!(is_furniture(para), furniture, "{para}");
        }
    }

    /// `split_ws` gives the words of `split_whitespace`, from the front, from the back and
    /// from both ends in turn, whatever whitespace and characters the string holds.
    #[test]
    fn split_ws_splits_as_split_whitespace() {
        let pieces = [
            "a", "bc", " ", "\t", "\n", "\u{b}", "\u{c}", "\r", "\u{1c}", "\u{85}", "\u{a0}",
            "\u{1680}", "\u{2000}", "\u{200a}", "\u{200b}", "\u{2028}", "\u{2029}", "\u{202f}",
            "\u{205f}", "\u{3000}", "\u{feff}", "é", "’", "😀", "Ⅰ", ".", "\u{1}", "\u{1f}", "!",
            "\u{7f}",
        ];
        let mut texts = vec![String::new()];
        for a in pieces {
            for b in pieces {
                for c in ["x", " ", "\u{3000}", "ß"] {
                    texts.push(format!("{a}{c}{b}"));
                    texts.push(format!("{c}{a}{b}{c}{a}"));
                }
            }
        }
        // (Long words too, read eight bytes at a step, with each piece at each place.)
        for a in pieces {
            for k in 0..17 {
                let long = "abcdefghijklmnopqrstuvwxyz";
                texts.push(format!("{}{a}{}", &long[..k], &long[k..]));
                texts.push(format!(" {}{a}{a}{} x", &long[..k], &long[..17 - k]));
            }
        }
        texts.push("  He said, “we won’t”\u{a0}— Trump\u{2009}’s\tally\n ".to_string());
        for t in &texts {
            let want: Vec<&str> = t.split_whitespace().collect();
            assert_eq!(t.split_ws().collect::<Vec<_>>(), want, "{t:?}");
            let back: Vec<&str> = t.split_ws().rev().collect();
            let want_back: Vec<&str> = t.split_whitespace().rev().collect();
            assert_eq!(back, want_back, "{t:?}");
            let (mut a, mut b) = (t.split_ws(), t.split_whitespace());
            for k in 0..want.len() + 2 {
                if k % 2 == 0 {
                    assert_eq!(a.next(), b.next(), "{t:?}");
                } else {
                    assert_eq!(a.next_back(), b.next_back(), "{t:?}");
                }
            }
        }
    }

    #[test]
    fn general_punctuation_has_no_word_chars() {
        for c in '\u{2000}'..='\u{206f}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn line_and_column_count_characters() {
        let t = "ab\n“é” x";
        let idx = LineIndex::new(t);
        assert_eq!(idx.line_col(t, 0), (1, 1));
        let x = t.find('x').unwrap();
        assert_eq!(idx.line_col(t, x), (2, 5));
    }

    #[test]
    fn columns_on_long_lines_cross_checkpoints_exactly() {
        // Lines of several checkpoints, of 1- to 4-byte characters, so that checkpoints fall
        // inside characters and lines start between checkpoints.
        let t = format!(
            "{}\n{}\nz{}",
            "a“é𝄞".repeat(3000),
            "é b ".repeat(5000),
            "𝄞".repeat(2000)
        );
        let idx = LineIndex::new(&t);
        let mut cursor = idx.cursor(&t);
        for (offset, _) in t.char_indices().step_by(97) {
            let line = t[..offset].matches('\n').count() + 1;
            let start = t[..offset].rfind('\n').map_or(0, |n| n + 1);
            let col = t[start..offset].chars().count() + 1;
            assert_eq!(idx.line_col(&t, offset), (line, col), "at {offset}");
            assert_eq!(cursor.line_col(offset), (line, col), "at {offset}");
        }
    }

    #[test]
    fn words_keep_abbreviations_initials_and_apostrophes() {
        let t = "Maj. G.K. Smith's U.S. don't — Sen. Jones (D-Mo.) said.";
        let ws: Vec<&str> = words(t, 0..t.len()).iter().map(|w| w.text).collect();
        assert_eq!(
            ws,
            ["Maj.", "G.K.", "Smith's", "U.S.", "don't", "Sen.", "Jones", "D-Mo.", "said"]
        );
    }

    /// `speaker::Registry::build` takes the words of the paragraphs for the words of the text.
    #[test]
    fn the_words_of_the_paragraphs_are_the_words_of_the_text() {
        let line = "This line of a hard-wrapped e-mail runs to about sixty chars";
        let wrapped = format!("{line}\n{line}-\n\n{line}'\n{line} U.S.\n");
        for t in [
            "One. Two-\nthree's U.S.\r\nD-Mo.\n\n  \nwon't’\r\n’tis",
            wrapped.as_str(),
            "\n\nÉlysée\u{a0}—\n",
        ] {
            let by_para: Vec<Word> = paragraphs(t)
                .into_iter()
                .flat_map(|p| words(t, p))
                .collect();
            assert_eq!(by_para, words(t, 0..t.len()), "{t:?}");
        }
    }

    #[test]
    fn no_before_a_number_is_an_abbreviation_and_otherwise_an_answer() {
        assert_eq!(word_len("No. 10 Downing"), 3);
        assert_eq!(word_len("No. Closing schools"), 2);
        let text = "A: No. Closing schools is not on the table.";
        assert_eq!(sentence_starts(text, 0..text.len()).len(), 2);
    }

    #[test]
    fn sentences_do_not_end_at_abbreviations() {
        let t = "He met Maj. Stafani in the U.S. Army. Then he left! Did he? yes.";
        let s = sentence_starts(t, 0..t.len());
        let firsts: Vec<&str> = s.iter().map(|&i| &t[i..i + 4]).collect();
        assert_eq!(firsts, ["He m", "Then", "Did "]);
        // (Inside a dotted abbreviation with a capital after its first stop: "Ph.D.".)
        let t = "Ana Ruiz, a Ph.D. student, spoke. An M.Sc. student came. Then he left.";
        let s = sentence_starts(t, 0..t.len());
        let firsts: Vec<&str> = s.iter().map(|&i| &t[i..i + 4]).collect();
        assert_eq!(firsts, ["Ana ", "An M", "Then"]);
    }

    #[test]
    fn web_text_splits_at_lines_and_wrapped_text_at_blank_lines() {
        let web = "One.\nTwo.\n\nThree.";
        assert_eq!(paragraphs(web).len(), 3);
        let line = "This line of a hard-wrapped e-mail runs to about sixty chars";
        let wrapped = format!("{line}\n{line}\n\n{line}\n{line}\n");
        assert_eq!(paragraphs(&wrapped).len(), 2);
    }
}
