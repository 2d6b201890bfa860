//! The token stream: a document's words, read once.
//!
//! [`Tokens::new`] reads every paragraph's words once (the [`word`](crate::extract::mention::word)
//! rule of `grammar/GRAMMAR.md`, through [`crate::extract::text::for_each_word`]) and keeps,
//! for each word, its byte bounds, its case (what its first letter is) and whether it opens a
//! sentence; and, for each paragraph, where its sentences start. The speaker registry and the
//! attribution rules take words, case and sentence starts from here instead of reading the
//! text again at each position they try.

use crate::extract::lexicon::{Flags, LEXICON};
use crate::extract::text::{
    alnum_run, keeps_stop, opens_with_capital, push_sentence_starts, word_len, words, Word,
};
use std::cell::Cell;
use std::ops::Range;

/// One word of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// [`Token::CAPITALIZED`], [`Token::LOWER`], [`Token::SENTENCE_START`],
    /// [`Token::H_OR_S`].
    pub marks: u8,
}

impl Token {
    /// The first letter is upper case ("Trump", "U.S.", "É").
    pub const CAPITALIZED: u8 = 1;
    /// The first letter is lower case ("said", "de").
    pub const LOWER: u8 = 1 << 1;
    /// The word opens a sentence of its paragraph (see
    /// [`sentence_starts`](crate::extract::text::sentence_starts)).
    pub const SENTENCE_START: u8 = 1 << 2;
    /// The first byte is 'h', 'H', 's' or 'S', as that of every gendered pronoun and of "His"
    /// and "Her" (which the speaker registry's gender votes look for): given by the same
    /// table as the case, so that the registry passes over the other words in one test of
    /// the token, without reading the text.
    pub const H_OR_S: u8 = 1 << 3;

    pub fn is_capitalized(self) -> bool {
        self.marks & Token::CAPITALIZED != 0
    }
    pub fn is_lower(self) -> bool {
        self.marks & Token::LOWER != 0
    }
    pub fn opens_sentence(self) -> bool {
        self.marks & Token::SENTENCE_START != 0
    }
    pub fn text(self, text: &str) -> &str {
        &text[self.start..self.end]
    }
}

/// A document's words and sentence starts, read once, from which the words of any range are
/// cut without reading the text again: the attribution rules ask for the words of the same
/// stretches many times (the narration, each quotation's prefix, each sentence's subject).
#[derive(Debug, Default)]
pub struct Tokens {
    /// The words of every paragraph, in order (the words of the whole text: no word crosses
    /// a line break).
    tokens: Vec<Token>,
    /// The sentence starts of every paragraph, in order.
    sentences: Vec<usize>,
    /// Paragraph → its range in `sentences`.
    sentences_of: Vec<Range<usize>>,
    /// For each block of [`BLOCK`] bytes of the text, the index of the first token that starts
    /// in it or after it: the token at an offset is found in a few steps, not by a binary
    /// search (the rules ask at nearly every word they read, see [`Tokens::starting_at`]).
    first_in_block: Vec<u32>,
    /// Each token's lexicon flags ([`Flags`] packed, `u32::MAX` until first asked): the rules
    /// ask the lexicon about the same word at the same place many times (the registry, then
    /// each rule tried at each word before a quotation).
    flags: Vec<Cell<u32>>,
    /// Each token's last answer of `titled_name` read from the tokens
    /// ([`crate::extract::mention::name_from_tokens`]) and the end of the slice it was read
    /// to, packed as [`Tokens::titled_at`] reads it: the registry reads a name at each
    /// capitalised word of the narration up to the next quotation, and the rules read it
    /// again at the same words up to the same quotation.
    titled: Vec<Cell<[u32; 3]>>,
}

/// What a byte tells [`for_each_word_fast`] ([`CLASS`]): ASCII that is neither a letter, a
/// digit nor a joiner, where no word starts and a run of letters and digits ends with its
/// word.
const STOP: u8 = 0;
/// An ASCII letter or digit.
const ALNUM: u8 = 1;
/// An ASCII joiner (' - . &): no word starts here, but a word may go on through it.
const JOINER: u8 = 2;
/// A byte of a non-ASCII character.
const HIGH: u8 = 3;

/// Each byte's class: [`STOP`], [`ALNUM`], [`JOINER`] or [`HIGH`].
static CLASS: [u8; 256] = {
    let mut t = [STOP; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = if b >= 0x80 {
            HIGH
        } else if (b as u8).is_ascii_alphanumeric() {
            ALNUM
        } else if matches!(b as u8, b'\'' | b'-' | b'.' | b'&') {
            JOINER
        } else {
            STOP
        };
        b += 1;
    }
    t
};

/// Exactly [`for_each_word`](crate::extract::text::for_each_word), in one loop over the
/// bytes with one table: runs of ASCII letters and digits ([`alnum_run`]) joined by ASCII
/// joiners or curly apostrophes, up to a stop, are a word at once (most words; a full stop
/// after them is the word's where [`keeps_stop`] says, as in [`word_len`]); any other word
/// (one with a character that is not ASCII) is read by [`word_len`] from its start.
/// [`Tokens::new`] reads every word of every document this way.
fn for_each_word_fast(text: &str, range: Range<usize>, mut f: impl FnMut(usize, usize)) {
    let bytes = &text.as_bytes()[..range.end];
    let end = range.end;
    let mut i = range.start;
    while i < end {
        let class = CLASS[bytes[i] as usize];
        if class == STOP || class == JOINER {
            i += 1;
            continue;
        }
        if class == ALNUM {
            // Runs of ASCII letters and digits, joined by an ASCII joiner or a curly
            // apostrophe with a letter or digit after it ("don't", "U.S", "Trump’s"), as
            // `word_len` joins them.
            let mut j = i + 1;
            let ends = loop {
                j = alnum_run(bytes, j);
                if j == end {
                    break true;
                }
                let b = bytes[j];
                let joiner = match CLASS[b as usize] {
                    STOP => break true,
                    JOINER => 1,
                    _ if bytes[j..].starts_with("’".as_bytes()) => 3,
                    _ => break false,
                };
                match bytes.get(j + joiner).map(|&a| CLASS[a as usize]) {
                    Some(ALNUM) => j += joiner + 1,
                    // (A character that is not ASCII after the joiner: `word_len` reads it.)
                    Some(HIGH) => break false,
                    // A joiner that joins nothing ends the word; a full stop may belong to it
                    // (`keeps_stop`).
                    _ => {
                        if b == b'.' && keeps_stop(&text[i..end], j - i) {
                            j += 1;
                        }
                        break true;
                    }
                }
            };
            if ends {
                f(i, j);
                // (A space after the word, as most words have, is passed over here rather
                // than by the loop's test of its class.)
                i = if bytes.get(j) == Some(&b' ') {
                    j + 1
                } else {
                    j
                };
                continue;
            }
        }
        let n = word_len(&text[i..end]);
        if n == 0 {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        f(i, i + n);
        i += n;
    }
}

/// The case marks of a word that opens with each ASCII byte: [`Token::CAPITALIZED`] for an
/// upper-case letter, [`Token::LOWER`] for a lower-case one (and [`Token::H_OR_S`]).
static ASCII_CASE: [u8; 128] = {
    let mut t = [0; 128];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_uppercase() {
            t[b] = Token::CAPITALIZED;
        } else if (b as u8).is_ascii_lowercase() {
            t[b] = Token::LOWER;
        }
        if matches!(b as u8, b'h' | b'H' | b's' | b'S') {
            t[b] |= Token::H_OR_S;
        }
        b += 1;
    }
    t
};

/// The case marks of a word that opens with the character at `start`, which is not ASCII.
#[cold]
fn wide_case(text: &str, start: usize) -> u8 {
    let c = text[start..].chars().next().unwrap_or(' ');
    let mut marks = 0;
    // (Past an ʻokina too: "ʻAna", "ʼMamosa" are capitalised.)
    if opens_with_capital(&text[start..]) {
        marks |= Token::CAPITALIZED;
    }
    if c.is_lowercase() {
        marks |= Token::LOWER;
    }
    marks
}

/// Bytes per block of [`Tokens::starting_at`]'s index: about three words, so a look-up steps
/// over three tokens at most, for an index of a quarter of the text's size.
const BLOCK: usize = 16;

impl Tokens {
    pub fn new(text: &str, paragraphs: &[Range<usize>]) -> Tokens {
        let mut tokens = Vec::with_capacity(text.len() / 6 + 1);
        let mut sentences = Vec::with_capacity(text.len() / 100 + 1);
        let mut sentences_of = Vec::with_capacity(paragraphs.len());
        let bytes = text.as_bytes();
        for p in paragraphs {
            let first = sentences.len();
            push_sentence_starts(text, p.clone(), &mut sentences);
            let starts = &sentences[first..];
            let first_token = tokens.len();
            // Each word with its case, from its first byte (a table for ASCII).
            for_each_word_fast(text, p.clone(), |start, end| {
                let b = bytes[start];
                let marks = if b < 0x80 {
                    ASCII_CASE[b as usize]
                } else {
                    wide_case(text, start)
                };
                tokens.push(Token { start, end, marks })
            });
            // Then the words that open sentences, found among the paragraph's words by a
            // binary search each: a sentence holds many words, so this costs less than a
            // cursor moved at every word.
            let paragraph_tokens = &mut tokens[first_token..];
            let mut from = 0;
            for &s in starts {
                from += paragraph_tokens[from..].partition_point(|t| t.start < s);
                match paragraph_tokens.get_mut(from) {
                    Some(t) if t.start == s => t.marks |= Token::SENTENCE_START,
                    Some(_) => {}
                    None => break,
                }
            }
            sentences_of.push(first..sentences.len());
        }
        // (Filled from the tokens, in order: each token is the first of the blocks that start
        // after the token before it and no later than it, and the blocks past the last
        // token have none. One step per block and per token, where a loop per block asked
        // again of the token it had stopped at.)
        let blocks = text.len() / BLOCK + 1;
        let mut first_in_block = Vec::with_capacity(blocks);
        for (k, t) in tokens.iter().enumerate() {
            while first_in_block.len() * BLOCK <= t.start {
                first_in_block.push(k as u32);
            }
        }
        first_in_block.resize(blocks, tokens.len() as u32);
        Tokens {
            flags: vec![Cell::new(u32::MAX); tokens.len()],
            titled: vec![Cell::new([u32::MAX; 3]); tokens.len()],
            tokens,
            sentences,
            sentences_of,
            first_in_block,
        }
    }

    /// `LEXICON.flags` of token `k`, whose text is `word`: looked up once, then kept.
    pub fn flags_with(&self, k: usize, word: &str) -> Flags {
        let cell = &self.flags[k];
        let packed = cell.get();
        if packed != u32::MAX {
            return Flags {
                exact: packed as u16,
                lower: (packed >> 16) as u16,
            };
        }
        let f = LEXICON.flags(word);
        cell.set(f.exact as u32 | (f.lower as u32) << 16);
        f
    }

    /// The two words of the answer kept for token `k` by [`Tokens::remember_titled_at`],
    /// if it was read for a slice that ends at `end`.
    pub fn titled_at(&self, k: usize, end: usize) -> Option<(u32, u32)> {
        let [e, a, b] = self.titled[k].get();
        (e != u32::MAX && e as usize == end).then_some((a, b))
    }

    /// Keeps a two-word answer for token `k` read for a slice that ends at `end` (not for an
    /// end past `u32::MAX - 2`, which no answer's word may reach).
    pub fn remember_titled_at(&self, k: usize, end: usize, answer: (u32, u32)) {
        if let Some(e) = u32::try_from(end).ok().filter(|&e| e < u32::MAX - 1) {
            self.titled[k].set([e, answer.0, answer.1]);
        }
    }

    /// `LEXICON.flags` of token `k` of `text`.
    pub fn flags(&self, k: usize, text: &str) -> Flags {
        self.flags_with(k, self.tokens[k].text(text))
    }

    /// The index of the token that starts at byte `at`, if one does.
    #[inline]
    pub fn starting_at(&self, at: usize) -> Option<usize> {
        let mut k = *self.first_in_block.get(at / BLOCK)? as usize;
        while self.tokens.get(k).is_some_and(|t| t.start < at) {
            k += 1;
        }
        (self.tokens.get(k)?.start == at).then_some(k)
    }

    /// How many words the document has.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// Every word, in order.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// The sentence starts of paragraph `p` (as
    /// [`sentence_starts`](crate::extract::text::sentence_starts) gives them), if there is such
    /// a paragraph.
    pub fn sentence_starts(&self, p: usize) -> Option<&[usize]> {
        self.sentences_of.get(p).map(|r| &self.sentences[r.clone()])
    }

    /// The sentence starts of every paragraph, in order.
    pub fn all_sentence_starts(&self) -> &[usize] {
        &self.sentences
    }

    /// The index of the first word that starts at or after `at`: from the block index, as
    /// [`Tokens::starting_at`] finds it, not by a binary search over the document (the rules
    /// cut the words of a stretch many times per quotation).
    pub fn index_at(&self, at: usize) -> usize {
        let Some(&first) = self.first_in_block.get(at / BLOCK) else {
            return self.tokens.partition_point(|t| t.start < at);
        };
        let mut k = first as usize;
        while self.tokens.get(k).is_some_and(|t| t.start < at) {
            k += 1;
        }
        k
    }

    /// How many words end at or before `end`, where the first `i` words are known to: the
    /// words that start before `end`, less the last of them where `end` cuts it (words do
    /// not overlap and none is empty, so only that one may end past `end`).
    fn ending_by(&self, i: usize, end: usize) -> usize {
        let k = self.index_at(end).max(i);
        if k > i && self.tokens[k - 1].end > end {
            k - 1
        } else {
            k
        }
    }

    /// Every word, in order.
    pub fn all<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Word<'a>> + 'a {
        self.tokens.iter().map(move |t| Word {
            text: &text[t.start..t.end],
            start: t.start,
            end: t.end,
        })
    }

    /// Exactly the words of `words(text, range)`, without collecting them where they are the
    /// document's: the indices of the tokens that are the range's words, then the words read
    /// again (the one that the range's end cuts; or all of them where the range cuts a word
    /// at its start, the rare case). The speaker registry walks every stretch of narration
    /// this way.
    pub fn range_words<'a>(
        &self,
        text: &'a str,
        range: Range<usize>,
    ) -> (Range<usize>, Vec<Word<'a>>) {
        let i = self.index_at(range.start);
        if i > 0 && self.tokens[i - 1].end > range.start {
            return (i..i, words(text, range));
        }
        let j = self.ending_by(i, range.end);
        let rest = match self.tokens.get(j).filter(|w| w.start < range.end) {
            Some(cut) => words(text, cut.start..range.end),
            None => Vec::new(),
        };
        (i..j, rest)
    }

    /// Exactly `words(text, range)`.
    ///
    /// [`words`] reads each word from where it starts, whatever comes before: so where no
    /// word of the document runs across `range.start`, the words of the range are the
    /// document's words inside it, except that the range's end may cut the last one, which is
    /// read again up to the end. A range that cuts a word at its start is read in full.
    pub fn words<'a>(&self, text: &'a str, range: Range<usize>) -> Vec<Word<'a>> {
        let i = self.index_at(range.start);
        if i > 0 && self.tokens[i - 1].end > range.start {
            return words(text, range);
        }
        // Words end in order too (they do not overlap).
        let j = self.ending_by(i, range.end);
        let word = |t: &Token| Word {
            text: &text[t.start..t.end],
            start: t.start,
            end: t.end,
        };
        let mut out: Vec<Word<'a>> = Vec::with_capacity(j - i + 1);
        out.extend(self.tokens[i..j].iter().map(word));
        if let Some(cut) = self.tokens.get(j).filter(|w| w.start < range.end) {
            out.extend(words(text, cut.start..range.end));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::{paragraphs, sentence_starts};

    /// `Tokens::words` gives what `words` gives, for every range of a few texts.
    #[test]
    fn the_words_of_a_range_are_cut_from_the_documents_words() {
        for t in [
            "Maj. G.K. Smith's U.S. don't — Sen. Jones (D-Mo.) said.",
            "a-b ‘c’d’ e.f. x’y Élysée.\nU.S.A. wasn't—it's",
        ] {
            let doc = Tokens::new(t, &paragraphs(t));
            let bounds: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            for (k, &a) in bounds.iter().enumerate() {
                for &b in &bounds[k..] {
                    assert_eq!(doc.words(t, a..b), words(t, a..b), "{t:?} {a}..{b}");
                    let (inner, rest) = doc.range_words(t, a..b);
                    let mut split: Vec<Word> =
                        doc.all(t).take(inner.end).skip(inner.start).collect();
                    split.extend(rest);
                    assert_eq!(split, words(t, a..b), "{t:?} {a}..{b}");
                }
            }
        }
    }

    /// The tokenizer's loop finds the words that `for_each_word` finds.
    #[test]
    fn the_fast_word_loop_finds_the_same_words() {
        use crate::extract::text::for_each_word;
        for t in [
            "Maj. G.K. Smith's U.S. don't — Sen. Jones (D-Mo.) said.",
            "a-b ‘c’d’ e.f. x’y Élysée.\nU.S.A. wasn't—it's &x x& No. 5 no.",
            "-lead trail- .dot dot. 'q' 9.5% A&B",
            "don't U.S. Trump’s Smith.’ x.É a-b- c’ d’é e’- 9.5 e.g. No. 5 Maj. G.K. D-Mo. end.",
            "Jones’s’ ’s x’’y z’\u{2011}w abcdefghijklmnop.qrstuvwxyz0123 a1’b2’c3.d4-e5&f6'g7 No.",
            "x.",
            "ab’",
            "Lt.",
            "a.b.",
            "it’",
            "p&",
            "U.S",
        ] {
            for a in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                let (mut slow, mut fast) = (Vec::new(), Vec::new());
                for_each_word(t, a..t.len(), |s, e| slow.push((s, e)));
                for_each_word_fast(t, a..t.len(), |s, e| fast.push((s, e)));
                assert_eq!(fast, slow, "{t:?} from {a}");
            }
        }
    }

    /// Case and sentence marks are what the text says of each word.
    #[test]
    fn tokens_carry_case_and_sentence_starts() {
        let t = "He met Élysée staff. then él left.\n“Yes,” Trump said.";
        let paras = paragraphs(t);
        let doc = Tokens::new(t, &paras);
        for tok in doc.tokens() {
            let w = tok.text(t);
            let c = w.chars().next().unwrap();
            assert_eq!(tok.is_capitalized(), c.is_uppercase(), "{w}");
            assert_eq!(tok.is_lower(), c.is_lowercase(), "{w}");
            let p = paras.iter().position(|p| p.contains(&tok.start)).unwrap();
            let starts = sentence_starts(t, paras[p].clone());
            assert_eq!(tok.opens_sentence(), starts.contains(&tok.start), "{w}");
            assert_eq!(doc.sentence_starts(p), Some(&starts[..]));
        }
        for at in 0..=t.len() {
            let k = doc.tokens().iter().position(|tok| tok.start == at);
            assert_eq!(doc.starting_at(at), k, "{at}");
        }
    }
}
