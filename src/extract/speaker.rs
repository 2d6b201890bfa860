//! Speakers: who appears in an article, and who a mention stands for.
//!
//! This is where a speaker is resolved. [`Registry::build`] reads the narration of one
//! article (the text outside quotations) once, and records every named person and
//! organisation with the titles and roles written beside them ("Mexican President Claudia
//! Sheinbaum", "A State Department spokeswoman, Kelly Marsh,", "Northwind Energy, a wind
//! power company,"), and the evidence of their gender: honorifics and role nouns, then the
//! pronouns of the narration that follow them, and only as a last resort a list of given
//! names. [`Registry::resolve`] then turns a mention found by
//! [`crate::extract::attribution`] into a canonical name, the name alone, with the role as
//! written in its own field:
//!
//! | mention | rule | resolves to |
//! |---|---|---|
//! | "Anna Brunner" | `name` | the person of that full name (not Lukas Brunner) |
//! | "Sheinbaum", "Mrs. Pruitt" | `name` | the person of that surname the honorific fits, named last |
//! | "she", "he" | `pronoun` | the nearest person of that gender, else of unknown gender whose name holds no "the" or "of" (not "Face the Nation"), a subject before the object of a preposition |
//! | "they", "it" | `pronoun` | the nearest organisation before it |
//! | "who" | `relative` | the name right before it |
//! | "the Mexican leader", "the spokeswoman" | `description` | the recent person whose titles and roles share its words |
//! | "the firm", "the authority" | `description` | the organisation whose roles or name share its words, else the nearest organisation |
//!
//! The rule that resolved a mention is appended to the attribution rule in
//! [`crate::extract::Speaker::rule`] ("after+pronoun"), so that an editor can see why.

use crate::extract::lexicon::{
    flag, lowercase, lowercase_ascii, Gender, Lower, PronounKind, RoleKind, LEXICON,
};
use crate::extract::mention::{
    acronym_after, acronym_before_branch, complements, description, determiner, has_demonym_ending,
    initial_before_initial, initials_of_holder, is_age, is_agent_noun, is_capitalised_office,
    is_capitalized, is_complement_link, is_field_word, is_form_of_address_word, is_given_name,
    is_holderless_office, is_honorific, is_indefinite_determiner, is_name_particle, is_name_suffix,
    is_name_word, is_nickname, is_office_title, is_organization, is_people_in_ese, is_possessive,
    is_possessive_determiner, is_relative_noun, is_settlement_noun, is_street_noun,
    is_surname_place_noun, is_time_noun, is_web_name, name_from_tokens, open_description,
    party_label, role_of, strip_possessive, takes_to_any_case, titled_name,
    titles_end_in_office_link, titles_hold_office_field, Found, MentionKind, TokenTitled,
};
use crate::extract::model::{Mention, Speaker, SpeakerType};
use crate::extract::quote::RawQuote;
use crate::extract::text::{
    agency_dateline_len, capitalised, find_quoted_verb, floor_char, is_furniture,
    is_opening_conjunction, opening_phrase_end, opens_subordinate_clause, trim_end_ascii, SplitWs,
    Word,
};
use crate::extract::token::{Token, Tokens};
// foldhash instead of SipHash: these tables are looked up at every word (see Cargo.toml).
use compact_str::CompactString;
use foldhash::{HashMap, HashSet, HashSetExt};
use std::ops::Range;

/// What the article's words tell about capitalisation.
///
/// The registry asks it only about the word that opens a sentence with a name ("Reports
/// suggest…", "Trump said…"), a few words an article. So the sets keep only the words whose
/// first bytes are those of such a word ([`Vocabulary::likely`]), told by one test of a
/// bitmap at every other word instead of an insertion into a set; a question about any other
/// word reads the tokens again (rare), so that every answer is the sets' in full.
struct Vocabulary<'a> {
    text: &'a str,
    words: &'a Tokens,
    /// Bits of [`likely_bit`] of the words a question may ask about: the lower case and the
    /// possessive-less form of every capitalised word that opens a sentence and may be a
    /// name.
    likely: [u64; LIKELY_BITS / 64],
    /// Words written in lower case somewhere (those with a likely bit).
    lower: WordSet<'a>,
    /// Capitalised words seen inside a sentence (not opening it), possessive stripped (those
    /// with a likely bit).
    inside: WordSet<'a>,
    /// Both sets in full (lower-case words, capitalised words inside a sentence), read from
    /// the tokens at the first question about a word with no likely bit: a second pass over
    /// the tokens at most, where a pass per question was quadratic in an article whose
    /// sentences open with names the bit misses ("Émile", whose bit is that of "émile").
    full: std::cell::OnceCell<(HashSet<&'a str>, HashSet<&'a str>)>,
    /// The tokens written as a gendered pronoun or "His" or "Her" ([`is_gendered_form`]), in
    /// order: found in this pass over every word, so that the registry's gender votes need
    /// not make a pass of their own.
    gendered: Vec<u32>,
}

/// Bits of [`Vocabulary::likely`]: a few dozen words an article leave most clear.
const LIKELY_BITS: usize = 4096;

/// A word's bit in [`Vocabulary::likely`], from its first three bytes (`lower` lowers
/// them, for the lower case of an ASCII word).
#[inline]
fn likely_bit(w: &[u8], lower: bool) -> usize {
    let mut first = [0u8; 4];
    // (A loop, not a copy of a slice of some length: no call to copy memory.)
    for (slot, &b) in first.iter_mut().zip(w.iter().take(3)) {
        *slot = b;
    }
    if lower {
        first.make_ascii_lowercase();
    }
    likely_hash(u32::from_le_bytes(first))
}

/// [`likely_bit`] of `bytes[start..end]` (not lowered), its first bytes read at once where
/// the text goes on that far: this is asked at every word of an article.
#[inline]
fn likely_bit_at(bytes: &[u8], start: usize, end: usize) -> usize {
    match bytes.get(start..start + 4) {
        Some(chunk) => {
            let n = (end - start).min(3);
            let x = u32::from_le_bytes(chunk.try_into().expect("four bytes"));
            likely_hash(x & ((1u32 << (8 * n)) - 1))
        }
        None => likely_bit(&bytes[start..end], false),
    }
}

/// Is token `t` of `text`, whose first byte is 'h', 'H', 's' or 'S' ([`Token::H_OR_S`]),
/// written as a form of "he" or "she" ("he", "She’s"), or as "His" or "Her": a word that
/// the registry's gender votes look at? (Every gendered pronoun is a form of "he" or "she";
/// "His" and "Her" are the possessives.)
#[inline]
fn is_gendered_form(text: &str, t: &Token) -> bool {
    if !(2..=7).contains(&(t.end - t.start)) {
        return false;
    }
    let b = &text.as_bytes()[t.start..t.end];
    let he = |b: &[u8]| b.len() >= 2 && matches!(&b[..2], b"he" | b"He");
    he(b) || matches!(b[0], b's' | b'S') && he(&b[1..]) || b == b"His"
}

/// The bit of a word's first three bytes, read as an integer.
#[inline]
fn likely_hash(x: u32) -> usize {
    (x.wrapping_mul(0x9E37_79B1) >> 20) as usize % LIKELY_BITS
}

impl<'a> Vocabulary<'a> {
    /// The vocabulary of the text whose words are `words`.
    ///
    /// (A function of its own, kept out of [`Registry::build`]: this loop runs at every word,
    /// and inside the larger function the compiler stopped inlining the sets' insertion
    /// into it.)
    #[inline(never)]
    fn of(text: &'a str, words: &'a Tokens) -> Vocabulary<'a> {
        // `words` are the words of the paragraphs, in order (read once, by the caller). A word
        // never crosses a line break and every non-blank line is in a paragraph, so these
        // are the words of the whole text.
        let mut likely = [0u64; LIKELY_BITS / 64];
        let mut set = |b: usize| likely[b / 64] |= 1 << (b % 64);
        for &s in words.all_sentence_starts() {
            let Some(k) = words.starting_at(s) else {
                continue;
            };
            let t = words.tokens()[k];
            // (Not "The", "But", "He": no name's first word.)
            if t.is_capitalized()
                && words.flags(k, text).exact & (flag::NOT_NAME | flag::PRONOUN) == 0
            {
                let w = t.text(text);
                set(likely_bit(w.as_bytes(), true));
                set(likely_bit(strip_possessive(w).as_bytes(), false));
            }
        }
        // Lower-case words of the article: a capitalised word that also appears in lower case
        // ("Reports suggest…" / "reports") is a sentence opener, not a name.
        let mut lower = WordSet::with_capacity(64);
        // Capitalised words seen inside a sentence: only these can be one-word names where a
        // sentence opens ("Partial transcript as follows:" names nobody).
        let mut inside = WordSet::with_capacity(64);
        let has = |b: usize| likely[b / 64] & (1 << (b % 64)) != 0;
        let mut gendered = Vec::new();
        // One pass over the tokens, whose case and sentence marks were read with the words.
        for (k, t) in words.tokens().iter().enumerate() {
            // (The mark of the first byte turns most words away in one test.)
            if t.marks & Token::H_OR_S != 0 && is_gendered_form(text, t) {
                gendered.push(k as u32);
            }
            if t.is_lower() {
                if has(likely_bit_at(text.as_bytes(), t.start, t.end)) {
                    lower.insert_at(text, t.start, t.end);
                }
            } else if t.is_capitalized() && !t.opens_sentence() {
                let w = strip_possessive(t.text(text));
                if has(likely_bit_at(text.as_bytes(), t.start, t.start + w.len())) {
                    inside.insert(w);
                }
            }
        }
        Vocabulary {
            text,
            words,
            likely,
            lower,
            inside,
            full: std::cell::OnceCell::new(),
            gendered,
        }
    }

    /// [`Vocabulary::full`], read once.
    fn full(&self) -> &(HashSet<&'a str>, HashSet<&'a str>) {
        self.full.get_or_init(|| {
            let (mut lower, mut inside) = (HashSet::new(), HashSet::new());
            for t in self.words.tokens() {
                if t.is_lower() {
                    lower.insert(t.text(self.text));
                } else if t.is_capitalized() && !t.opens_sentence() {
                    inside.insert(strip_possessive(t.text(self.text)));
                }
            }
            (lower, inside)
        })
    }

    fn is_likely(&self, w: &str) -> bool {
        let b = likely_bit(w.as_bytes(), false);
        self.likely[b / 64] & (1 << (b % 64)) != 0
    }

    /// Is `w` written in lower case somewhere (a word of the text)?
    fn has_lower(&self, w: &str) -> bool {
        if self.is_likely(w) {
            return self.lower.contains(w);
        }
        // (A word with no likely bit is in no set: the sets in full answer.)
        self.full().0.contains(w)
    }

    /// Is `w` a capitalised word seen inside a sentence (its possessive stripped)?
    fn has_inside(&self, w: &str) -> bool {
        if self.is_likely(w) {
            return self.inside.contains(w);
        }
        self.full().1.contains(w)
    }
}

/// A set of words. Every word of an article goes into one of the two sets of
/// [`Vocabulary`], most of them words already there ("the", "said"): a word of up to seven
/// bytes is kept as its bytes and length in one integer, compared without a call to compare
/// strings and hashed in a few instructions; only longer words are kept as strings.
struct WordSet<'a> {
    /// The words of up to seven bytes, as [`short_key`]s.
    short: KeySet,
    /// The longer words.
    long: HashSet<&'a str>,
}

/// A set of [`short_key`]s: an open-addressing table of the keys themselves, probed
/// linearly, hashed by foldhash with a per-process seed (no crafted collisions) and kept at
/// most half full. The vocabulary inserts a key at nearly every word of an article, and the
/// general `HashSet`'s insertion, once the compiler stopped inlining it into the loop, cost
/// several times the few steps this one takes.
struct KeySet {
    /// 0 for an empty slot (the key of the empty word, which has its own flag).
    slots: Vec<u64>,
    len: usize,
    has_empty: bool,
    hasher: foldhash::fast::RandomState,
}

impl KeySet {
    /// An empty set for about `n` keys.
    fn with_capacity(n: usize) -> KeySet {
        KeySet {
            slots: vec![0; (2 * n).next_power_of_two().max(16)],
            len: 0,
            has_empty: false,
            hasher: foldhash::fast::RandomState::default(),
        }
    }

    /// Where the probe for `k` starts.
    #[inline]
    fn home(&self, k: u64) -> usize {
        use std::hash::BuildHasher;
        self.hasher.hash_one(k) as usize & (self.slots.len() - 1)
    }

    #[inline]
    fn insert(&mut self, k: u64) {
        if k == 0 {
            self.has_empty = true;
            return;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(k);
        loop {
            let s = self.slots[i];
            if s == k {
                return;
            }
            if s == 0 {
                break;
            }
            i = (i + 1) & mask;
        }
        self.slots[i] = k;
        self.len += 1;
        if self.len * 2 > self.slots.len() {
            self.grow();
        }
    }

    /// Doubles the table, placing every key again.
    #[cold]
    fn grow(&mut self) {
        let bigger = vec![0; self.slots.len() * 2];
        let old = std::mem::replace(&mut self.slots, bigger);
        let mask = self.slots.len() - 1;
        for k in old.into_iter().filter(|&k| k != 0) {
            let mut i = self.home(k);
            while self.slots[i] != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = k;
        }
    }

    fn contains(&self, k: u64) -> bool {
        if k == 0 {
            return self.has_empty;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(k);
        loop {
            let s = self.slots[i];
            if s == k {
                return true;
            }
            if s == 0 {
                return false;
            }
            i = (i + 1) & mask;
        }
    }
}

/// The bytes of a word of up to seven bytes and its length in one integer (little-endian,
/// the length in the top byte): two words have the same key only when they are the same word.
/// `None` for a longer word.
#[inline]
fn short_key(b: &[u8]) -> Option<u64> {
    if b.len() > 7 {
        return None;
    }
    let mut buf = [0u8; 8];
    buf[..b.len()].copy_from_slice(b);
    buf[7] = b.len() as u8;
    Some(u64::from_le_bytes(buf))
}

/// [`short_key`] of `bytes[start..end]`, read as eight bytes at once where the text goes on
/// that far (the bytes past the word masked off), not copied (a call to copy memory, at
/// every word of the vocabulary).
#[inline]
fn short_key_at(bytes: &[u8], start: usize, end: usize) -> Option<u64> {
    let len = end - start;
    if len > 7 {
        return None;
    }
    match bytes.get(start..start + 8) {
        Some(chunk) => {
            let v = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            let word = v & ((1u64 << (8 * len)) - 1);
            Some(word | (len as u64) << 56)
        }
        None => short_key(&bytes[start..end]),
    }
}

impl<'a> WordSet<'a> {
    /// An empty set for about `n` words.
    fn with_capacity(n: usize) -> WordSet<'a> {
        WordSet {
            short: KeySet::with_capacity(n),
            // (About one word in three is long enough to be kept as a string: sized so that
            // the table is not rehashed as it grows.)
            long: HashSet::with_capacity(n / 3),
        }
    }

    /// Adds `text[start..end]`.
    /// (The short word's key is read from the bytes: no `str` slice to check.)
    #[inline]
    fn insert_at(&mut self, text: &'a str, start: usize, end: usize) {
        match short_key_at(text.as_bytes(), start, end) {
            Some(k) => {
                self.short.insert(k);
            }
            None => {
                self.long.insert(&text[start..end]);
            }
        }
    }

    fn insert(&mut self, w: &'a str) {
        match short_key(w.as_bytes()) {
            Some(k) => {
                self.short.insert(k);
            }
            None => {
                self.long.insert(w);
            }
        }
    }

    fn contains(&self, w: &str) -> bool {
        match short_key(w.as_bytes()) {
            Some(k) => self.short.contains(k),
            None => self.long.contains(w),
        }
    }
}

/// A set of role words ([`Entity::roles`]): a short vector, searched in order, while it holds
/// a few words (most entities have none or two or three), a table beyond. An article
/// records an entity for every name it reads, most of them never asked about, and a table
/// per entity cost an allocation and a rehash each.
#[derive(Debug, Clone, Default)]
pub struct RoleSet {
    few: Vec<CompactString>,
    many: HashSet<CompactString>,
}

impl RoleSet {
    /// How many words the vector holds before they move to the table.
    const FEW: usize = 16;

    pub fn insert(&mut self, w: CompactString) {
        if self.contains(&w) {
            return;
        }
        if self.few.len() < Self::FEW {
            self.few.push(w);
            return;
        }
        if self.many.is_empty() {
            self.many.extend(self.few.iter().cloned());
        }
        self.many.insert(w);
    }

    pub fn contains(&self, w: &str) -> bool {
        if self.many.is_empty() {
            self.few.iter().any(|r| r == w)
        } else {
            self.many.contains(w)
        }
    }

    pub fn is_empty(&self) -> bool {
        self.few.is_empty()
    }

    /// The words (once the table holds them, some twice: for tests of any).
    fn iter(&self) -> impl Iterator<Item = &str> {
        self.few.iter().chain(self.many.iter()).map(|w| w.as_str())
    }

    pub fn len(&self) -> usize {
        if self.many.is_empty() {
            self.few.len()
        } else {
            self.many.len()
        }
    }
}

/// Two sets are equal when they hold the same words, whatever the order they came in.
impl PartialEq for RoleSet {
    fn eq(&self, other: &RoleSet) -> bool {
        let words = |s: &RoleSet| -> HashSet<CompactString> {
            s.few.iter().chain(s.many.iter()).cloned().collect()
        };
        self.len() == other.len() && words(self) == words(other)
    }
}

impl Eq for RoleSet {}

/// A person or organisation named in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// The fullest form of the name seen ("Claudia Sheinbaum").
    /// (Inline: most names are short, and an article names many people it never quotes.)
    pub name: CompactString,
    pub kind: SpeakerType,
    pub gender: Option<Gender>,
    /// Lower-case titles and role words written beside the name ("mexican", "president").
    pub roles: RoleSet,
    /// The name was only seen opening a sentence.
    pub name_at_start: bool,
    /// The title or role first written with the name, as written ("Defence Minister",
    /// "harbour master", "State Department spokeswoman").
    pub role: Option<String>,
    /// First named after "the" ("the Opposition", "the Philippines", "the Islamic State"):
    /// no person's name, so no "he" or "she" stands for it; its kind stays as read.
    pub after_the: bool,
    /// Named as a sentence's subject at least once ("Melanie told reporters …"), and as an
    /// owner ("Oz's advice"): a name of one word never named so, that no title or role
    /// makes a person's, is a place's (see [`Entity::is_place_like`]).
    pub subject_seen: bool,
    pub owner_seen: bool,
    /// Written alone before a lower-case role noun and a person's name ("Fiji coach John
    /// McKee", "Leeds hospital boss Dr Ines Marlow"): a team's, a place's or an
    /// organisation's name, unless the article tells a person's gender or role of it.
    pub modifier_seen: bool,
    /// A name of several words seen right before a verb (a cue or an auxiliary: "Shadab
    /// Khan has said", "Tom Ebeling said"): someone's, which "the Trump Train" and "a Pew
    /// Research report" are not. Lets a speaker's given name stand for it (see
    /// [`Registry::full_person`]).
    pub verb_seen: bool,
}

impl Entity {
    /// A name of one word with no title or role, never named as a subject or an owner
    /// ("rains in Karachi", "would visit Karachi"; not "Oz's advice earned him …"): no one a
    /// "he" or "she" stands for, nor whom a pronoun tells a gender of.
    ///
    /// Nor is a name of one word with no title, role or gender that modifies a person's role
    /// ("Fiji coach John McKee … Fiji had gone into the contest. “…,” he said"), even when
    /// named as a subject.
    ///
    /// Nor is a name that ends with a street's noun ("a Tunnel Under Ocean Blvd. In his
    /// speech he thanked …", "closed Hwy. 17 and Elm Road"): a place, whatever it is seen
    /// doing (a surname "Road" is rarer than a road: "Ashley Road said … she said" is lost).
    ///
    /// Nor is a name shaped as a place's ([`is_place_shaped`]: "Marlow County has had eight
    /// cases, she said"; "Sri Lanka") with no role or gender, unless a compound modifier sits
    /// inside it ("South Korean-born Monte Haines", read whole).
    fn is_place_like(&self) -> bool {
        self.roles.is_empty()
            && (!self.name.contains(' ')
                && (!self.subject_seen && !self.owner_seen
                    || self.modifier_seen && self.gender.is_none())
                || self.gender.is_none()
                    && (is_place_shaped(&self.name)
                        && !self.name.split(' ').any(modifies_next)
                        && (ends_in_settlement(&self.name)
                            || !opens_personal_name(&self.name)
                                && !ends_in_surname_noun(&self.name))
                        || self.name.rsplit_once(' ').is_some_and(|(_, last)| {
                            is_street_noun(last)
                                // (Nouns that are surnames too, "Nathan Lane": a street's
                                // where the name was never a subject nor an owner, "the
                                // shop on Elm Street".)
                                || matches!(last, "Street" | "Lane" | "Way")
                                    && !self.subject_seen
                                    && !self.owner_seen
                        })))
    }

    /// Someone the narration gives a role, or a gender and a name read inside a sentence: a
    /// full name whose given name or inner word, written alone, may stand for it (a headline's
    /// capitalised words, "Obama Sees Personal Insult", "(More) Offensive Things Donald Trump
    /// Has Said", name no one).
    fn is_shown_someone(&self) -> bool {
        self.role.is_some()
            || !self.roles.is_empty()
            || self.gender.is_some() && !self.name_at_start
    }

    /// A name of one word with no gender, role, given name or place's shape: a body's as often
    /// as a person's ("Digicel", "Safaricom").
    fn is_unmarked_word(&self) -> bool {
        self.kind == SpeakerType::Person
            && !self.name.contains(' ')
            && self.gender.is_none()
            && self.role.is_none()
            && self.roles.is_empty()
            && !self.after_the
            && !is_given_name(&self.name)
            && !self.is_place_like()
            && !is_plural_shaped(&self.name)
    }

    /// A person's name of several words with no given name, gender or role word: nobody in
    /// particular as far as the narration tells ("Associated Humber Ports confirmed …").
    fn is_shapeless(&self) -> bool {
        self.kind == SpeakerType::Person
            && self.gender.is_none()
            && self.roles.is_empty()
            && self.name.contains(' ')
            && self
                .name
                .split(' ')
                .next()
                .is_some_and(|w| !is_given_name(w))
    }
}

/// A capitalised word shaped as a plural of people or things, never one body: an acronym's
/// plural ("PACs", "CEOs") or a people's or a party's ("Americans", "Democrats", "Loyalists").
fn is_plural_shaped(w: &str) -> bool {
    let Some(stem) = w.strip_suffix('s') else {
        return false;
    };
    stem.len() > 1 && stem.chars().all(|c| c.is_ascii_uppercase())
        || ["an", "at", "ist"].iter().any(|e| stem.ends_with(e))
}

/// Where the narration names an entity.
#[derive(Debug, Clone, Copy)]
struct Named {
    start: usize,
    entity: usize,
    /// The name is the object of a preposition ("the farms of Arroyo Valley"): it is not the
    /// sentence's subject, so a pronoun that follows is less likely to stand for it.
    oblique: bool,
    /// Where its sentence starts.
    sentence: usize,
    /// The first name of its sentence, not the object of a preposition: the sentence's
    /// subject, which a pronoun in the next words most likely stands for ("Rubio said that
    /// over the last five days he has begun…").
    subject: bool,
    /// The name opens a clause that a pronoun's cue reports ("He says Tararua District has
    /// declared an emergency"): neither the sentence's subject nor evidence of what a later
    /// "he" or "she" stands for.
    reported: bool,
    /// The name modifies the person named next ("Trevithick Leisure's managing director,
    /// Julian de Montfort-Lacey", "Thurston High senior Maya Lindqvist-Abara"), and so did
    /// every name before it in its sentence: the sentence's subject is still to come.
    subject_to_come: bool,
    /// The name is an organisation's that a spokesperson written beside it speaks for ("A
    /// spokeswoman for CalMor Marine said …"), with the spokesperson's gender if the noun
    /// gives one: a "she said" that follows stands for the organisation.
    spokes: Option<Spokesperson>,
    /// The name owns what follows it ("Sean Moran's late free").
    owner: bool,
    /// The name quotes someone else's words ("Radio Kildare on Tuesday quoted him as saying",
    /// see [`quotes_as_saying`]): no "he", "she", "him", "her" or "them" stands for this
    /// mention of it (other mentions of the same name still may).
    quoter: bool,
    /// A surname after an honorific of this gender ("Ms Coughlan") that fitted several people
    /// of that surname whose genders the narration had not yet told: chosen again once the
    /// article's evidence of gender is read (see [`Registry::choose_by_gender`]).
    pending: Option<Gender>,
}

/// What the names recorded so far in the sentence being read tell, kept as each is recorded:
/// the rules asked at each name need not walk back over the sentence's names, which in a
/// sentence of thousands of names ("A and B and C …", no article but input can be anything)
/// would be quadratic.
#[derive(Debug, Default)]
struct SentenceSoFar {
    /// Where the sentence starts.
    sentence: usize,
    /// How many of its names are its subject or reported ([`Named::subject`],
    /// [`Named::reported`]).
    marked: usize,
    /// The last of its names that is not the object of a preposition (an index of
    /// [`Registry::mentions`]).
    last_direct: Option<usize>,
    /// The number of names recorded when its subjects were last cleared: none before it is
    /// a subject any more.
    cleared_to: usize,
}

/// Whose age the narration wrote beside their name (see [`Registry::aged`]).
enum Aged {
    None,
    One(usize),
    Several,
}

/// Three quotations in a row, the last reported by a pronoun (see [`Registry::exchange`]).
struct Exchange {
    /// Between the last two: where the one before the pronoun's is reported.
    named: Range<usize>,
    /// Between the first two, when only a name and its cue stand there.
    earlier: Option<Range<usize>>,
    /// Whether the quotation before the pronoun's asks a question.
    question: bool,
    /// Whether its cue answers ("replied").
    answering: bool,
}

impl Exchange {
    /// The person other than `e` who reported the first of the three quotations, if any.
    fn other(&self, reg: &Registry, e: usize) -> Option<usize> {
        let r = self.earlier.clone()?;
        reg.before(r.end)
            .take_while(|m| m.start >= r.start)
            .map(|m| m.entity)
            .find(|&x| x != e && reg.entities[x].kind == SpeakerType::Person)
    }
}

/// The spokesperson written beside an organisation's name (see [`Named::spokes`]).
#[derive(Debug, Clone, Copy)]
struct Spokesperson {
    gender: Option<Gender>,
}

/// What the narration writes beside a name: its titles and roles, and what they tell.
#[derive(Debug, Default)]
struct Beside {
    /// Lower-case words of the titles and roles ("state", "department", "spokeswoman"), maybe
    /// repeated. (A vector, not a set: it is read once, into the entity's set, and a set per
    /// name read cost a table each.)
    /// (Inline strings: a role word already recorded with the entity, as most are when a
    /// name is read again, costs no allocation.)
    roles: Vec<CompactString>,
    /// The role as written, for [`Entity::role`].
    written: Option<String>,
    gender: Option<Gender>,
    /// A role noun of an organisation is written beside it ("a wind power company").
    organization: bool,
    /// A spokesperson speaks for it ("a spokeswoman for Associated Humber Ports"): the noun,
    /// in lower case. It makes an organisation of a name that names no one known.
    speaks_for: Option<CompactString>,
    /// "the" is written right before the name, with no title: "the Opposition", "the
    /// Philippines". No one is called that (see [`Entity::after_the`]).
    after_the: bool,
    /// A role and the party it acts for open the sentence right before the name ("Lawyer for
    /// the family Gülşen Aydın said"): the name is the role's, not the object of "for".
    acts_for: bool,
}

/// How many people of one surname a name read again is weighed against, the last named first:
/// far more than any article names (a family's story names a handful).
const SAME_SURNAME_WEIGHED: usize = 64;

/// Everyone an article names, and where.
#[derive(Debug, Default)]
pub struct Registry {
    pub entities: Vec<Entity>,
    /// Every name of the narration, in text order.
    mentions: Vec<Named>,
    /// Lower-case full name (an organisation's, or a person's as written) → entity.
    names: HashMap<CompactString, usize>,
    /// Lower-case names of one word written alone before a lower-case role noun and a
    /// person's name ("Fiji coach John McKee"): see [`Entity::modifier_seen`].
    modifiers: HashSet<CompactString>,
    /// Lower-case surname → the people of that surname: "Lukas Brunner" and "Anna Brunner"
    /// are two people, and "Brunner" is the one the context points to. Held as the last of
    /// them to be named, the others linked through [`Registry::same_surname`]: no vector per
    /// surname.
    surnames: HashMap<CompactString, usize>,
    /// Lower-case given name → the one person named in full with it ("hasan" → Hasan
    /// Mahmud), `usize::MAX` once two people share it: a given name written alone names that
    /// person when it is no one's surname ("Hasan said", "Brian felt").
    given_names: HashMap<CompactString, usize>,
    /// [`Registry::given_names`] in order, for the given names a short form opens ("matt" →
    /// "matthew"): a range of a sorted list, not a pass over the table per question. Sorted
    /// at the first such question, which few articles ask.
    given_sorted: std::cell::OnceCell<Vec<(CompactString, usize)>>,
    /// Does the article open with a headline ([`is_headline`])? Read once: the question is
    /// asked of each speaker.
    headline: bool,
    /// Does the text's first line end without a full stop, as a headline's does? Read at the
    /// first question ([`Registry::name_couple`] asks it at each name of the first sentence,
    /// and a text of one long line would be read again each time).
    first_line_open: Option<bool>,
    /// Is that headline in title case ([`is_title_case`])?
    headline_title_case: bool,
    /// What the names of the sentence being read have told so far (see [`SentenceSoFar`]).
    now: SentenceSoFar,
    /// Lower-case inner word of a person's name of three words or more → that person
    /// (`usize::MAX` once two share it): "Lula" of "Luiz Inácio Lula da Silva", "López" of
    /// "Andrés Manuel López Obrador", the name a writer may use alone.
    inner_names: HashMap<CompactString, usize>,
    /// Lower-case first word of an organisation's name of two words or more, when no lexicon
    /// word → that organisation (`usize::MAX` once two share it): "orrin" of "Orrin Foods
    /// Plc", the short name a business story uses ("Orrin said it expected …").
    org_first_words: HashMap<CompactString, usize>,
    /// The first two words of a person's name of three words or more, lower case, separated
    /// by a space → that person (`usize::MAX` once two share them): "nurul azmin" of "Dr
    /// Nurul Azmin Halim", "nur aisyah" of "Nur Aisyah binti Rahman", as Malay, Arabic or Thai
    /// names are shortened. Only names whose later words are capitalised or particles and no
    /// generational suffix; whether the article writes them in lower case too (a headline's
    /// "Sprinter Kestrel Vell Outpaces Rivals" names no one) is asked where the pair is looked
    /// up ([`Registry::by_leading_words`]).
    leading_words: HashMap<CompactString, usize>,
    /// Whether a surname of [`Registry::surnames`] is prefixed "al-" or "el-" (see
    /// [`Registry::prefixed_surname`]).
    prefixed_surnames: bool,
    /// Acronyms that an office written out before them defines ("Chief Inspector of Police
    /// (CIP)"): titles wherever they are written before a name ("CIP Twizeyimana").
    title_acronyms: Vec<CompactString>,
    /// The people named in full after a form of address of address.txt, with that form ("Ato"
    /// of "Ato Tesfaye Gebremariam"): the form before their given name alone names them
    /// ("Ato Tesfaye said"), and no one else of that given name ("Syed Ali" is not Ali
    /// Zafar). Few, in the few articles that write such forms.
    addressed: Vec<(CompactString, usize)>,
    /// The acronyms of common nouns the narration defined ("an intelligence-based operation
    /// (IBO)"): no one's name (see [`defined_term_acronym`]).
    term_acronyms: Vec<CompactString>,
    /// Acronyms the narration never defined, by the organisation each spells out (see
    /// [`Registry::spell_out_acronyms`]).
    spelled_out: HashMap<usize, usize>,
    /// A given name read before a nickname, by the person whose full name the nickname cut
    /// in two (see [`Registry::adopt_given_name`]): "Manny" of `Manny “Pacman” Villanueva`.
    nicknamed: HashMap<usize, usize>,
    /// A nickname of one word written inside a name (lower case), by the person it names:
    /// "tunde" of `Babatunde “Tunde” Olamide-Rhys`. Written alone, it is that person.
    nicknames: HashMap<CompactString, usize>,
    /// The span of the nickname quotation (see [`is_nickname`]) that the narration being
    /// read follows, if it follows one: the name right after it is the given name's before it.
    after_nickname: Option<Range<usize>>,
    /// Entity → the person of its surname ([`Registry::surnames`]) first named before it,
    /// `usize::MAX` for the first.
    same_surname: Vec<usize>,
    /// Entity → where it was last named, while the narration is read: all that
    /// [`Registry::same_person`] asks then (the latest mention before the end).
    last_seen: Vec<Option<usize>>,
    /// Where each entity is named, in text order, once the narration is read: entity `e`'s
    /// are `seen[seen_from[e]..seen_from[e + 1]]`, grouped from [`Registry::mentions`] in
    /// one pass (one vector for all, not one per entity).
    seen: Vec<usize>,
    seen_from: Vec<usize>,
    /// Where every sentence of the text starts, in order.
    sentences: Vec<usize>,
    /// The sentences of the narration: [`Registry::sentences`] without those that start
    /// inside a quotation.
    narration_sentences: Vec<usize>,
    /// Where the sentences that are a paragraph of page furniture start ("Hide Ad", a
    /// caption: see [`is_furniture`]), in order: no pronoun stands for a name in them.
    furniture: Vec<usize>,
    /// The gendered pronoun that opens each sentence of the narration ("He said …"), if one
    /// does: a "he" after it stands for whoever it does.
    opened_by: Vec<Option<PronounKind>>,
    /// The top-level quotations: each one's span (marks included) and the words inside its
    /// marks, in order (see [`Registry::answers_a_quotation`]).
    quotations: Vec<(Range<usize>, Range<usize>)>,
}

/// Where the scan of one stretch of narration is.
struct Stretch {
    /// The end of the last name read: the words before it are inside it.
    covered: usize,
    /// Where the last place named ends: "in Salem, New Hampshire" names two places.
    place_end: usize,
    /// Whether that place was named after a preposition of where only ("in", "across"):
    /// another name joined to it by "and" may be a place too ("in Luzaro and Mindova"),
    /// which a name after "to" or "from" may not be ("went to Osei and Boateng").
    place_in: bool,
    /// The last sentence whose opening phrase was looked for, and where that phrase ends (see
    /// [`Stretch::opening_phrase_end`]).
    opening: Option<(usize, Option<usize>)>,
}

impl Stretch {
    /// `opening_phrase_end(text, sentence, end)`, where `end` is the stretch's own end: kept
    /// for the last sentence asked. (Each name of a sentence may ask it twice, for the
    /// subject after an opening phrase and for the sentence's subject, and the names after
    /// it in the same sentence ask it again: the same words were read each time.)
    fn opening_phrase_end(&mut self, text: &str, sentence: usize, end: usize) -> Option<usize> {
        if let Some((s, found)) = self.opening {
            if s == sentence {
                return found;
            }
        }
        let found = opening_phrase_end(text, sentence, end);
        self.opening = Some((sentence, found));
        found
    }
}

/// The last `N` words of `s` (split at whitespace), last first, and how many there are:
/// what `s.split_whitespace().rev().take(N)` gives, read back from the end a byte at a time
/// where the text is ASCII (most of it) rather than a character at a time. The registry asks
/// for the words before every name it reads.
fn last_words<const N: usize>(s: &str) -> ([&str; N], usize) {
    /// Where the non-ASCII character that ends at `i` starts, and whether it is whitespace.
    fn wide(s: &str, i: usize) -> (usize, bool) {
        let c = s[..i].chars().next_back().unwrap_or(' ');
        (i - c.len_utf8(), c.is_whitespace())
    }
    // `char::is_whitespace` among ASCII: tab, line feed, vertical tab, form feed, carriage
    // return and space.
    let space = |b: u8| matches!(b, b'\t'..=b'\r' | b' ');
    let bytes = s.as_bytes();
    let mut out = [""; N];
    let mut n = 0;
    let mut i = s.len();
    while n < N {
        // The whitespace before the word, then the word.
        while i > 0 {
            let b = bytes[i - 1];
            if b < 0x80 {
                if !space(b) {
                    break;
                }
                i -= 1;
            } else {
                let (j, white) = wide(s, i);
                if !white {
                    break;
                }
                i = j;
            }
        }
        if i == 0 {
            break;
        }
        let end = i;
        while i > 0 {
            // Eight bytes at a time while none is a blank, a control or a byte of a wider
            // character (most of a word); from the last such byte, one step as below.
            if i >= 8 {
                const ONES: u64 = 0x0101_0101_0101_0101;
                const HIGH: u64 = 0x8080_8080_8080_8080;
                let x = u64::from_le_bytes(bytes[i - 8..i].try_into().expect("eight bytes"));
                // Each byte's top bit: set when its low seven bits are below 0x21 (no sum
                // carries into the next byte once the top bits are set), or when it is set.
                let special = (!(x | HIGH).wrapping_sub(ONES * 0x21) | x) & HIGH;
                if special == 0 {
                    i -= 8;
                    continue;
                }
                i = i - 8 + (63 - special.leading_zeros() as usize) / 8 + 1;
            }
            let b = bytes[i - 1];
            if b < 0x80 {
                if space(b) {
                    break;
                }
                i -= 1;
            } else {
                let (j, white) = wide(s, i);
                if white {
                    break;
                }
                i = j;
            }
        }
        out[n] = &s[i..end];
        n += 1;
    }
    (out, n)
}

/// The quotations that no other quotation holds, in order. (Sized up front: a filtered
/// iterator tells no length, and the vector was copied as it grew, twice per article.)
fn top_level(quotes: &[RawQuote]) -> Vec<&RawQuote> {
    let mut top = Vec::with_capacity(quotes.len());
    top.extend(quotes.iter().filter(|q| q.outer.is_none()));
    top
}

/// Is `at` one of a paragraph's sentence starts (sorted, as `sentence_starts` gives them)?
/// A binary search: a paragraph may hold many sentences, and this is asked at every word.
fn is_start(starts: &[usize], at: usize) -> bool {
    starts.binary_search(&at).is_ok()
}

impl Registry {
    /// Reads the narration of an article: every name outside the quotations.
    ///
    /// `words` are the words of `text` (see [`Tokens`]).
    pub fn build(
        text: &str,
        paragraphs: &[Range<usize>],
        quotes: &[RawQuote],
        words: &Tokens,
    ) -> Registry {
        let mut reg = Registry::default();
        // About one name in eleven words, one entity in three names (3 MB of news): sized up
        // front, so that the vectors are not copied as they grow.
        reg.mentions.reserve(words.len() / 10);
        reg.entities.reserve(words.len() / 30);
        reg.last_seen.reserve(words.len() / 30);
        reg.same_surname.reserve(words.len() / 30);
        // (The tables of names and surnames too: a table that grows is rehashed each time.)
        reg.names.reserve(words.len() / 30);
        reg.surnames.reserve(words.len() / 30);
        reg.given_names.reserve(words.len() / 60);
        let lower = Vocabulary::of(text, words);
        // Narration: paragraphs minus top-level quotations.
        let mut qi = 0;
        let top = top_level(quotes);
        for (pi, p) in paragraphs.iter().enumerate() {
            let starts = words.sentence_starts(pi).unwrap_or_default();
            let mut cursor = p.start;
            while cursor < p.end {
                while qi < top.len() && top[qi].span.end <= cursor {
                    qi += 1;
                }
                let stop = top
                    .get(qi)
                    .map_or(p.end, |q| q.span.start.clamp(cursor, p.end));
                reg.after_nickname = qi
                    .checked_sub(1)
                    .map(|k| top[k])
                    .filter(|q| q.span.end == cursor && is_nickname(text, q))
                    .map(|q| q.span.clone());
                reg.scan(text, cursor..stop, starts, &lower, words);
                cursor = top.get(qi).map_or(p.end, |q| q.span.end.max(stop));
                if stop == p.end {
                    break;
                }
            }
        }
        // The narration's sentences: a quotation's own sentences are not counted, so that
        // "the sentence before" a pronoun after a long quotation is the narration's
        // ("Dr Langat blamed the agency (Kemsa). “We ordered in January. To date…,” he said").
        let mut qi = 0;
        // (Only for resolving pronouns: the evidence of gender is read sentence by sentence
        // as written, a quotation's sentences included, or the "she" after “…” would vote for
        // whoever the narration named before the quotation.)
        reg.sentences = words.all_sentence_starts().to_vec();
        // (Sized for all of them up front: a filtered iterator tells no length, and the
        // vector was copied as it grew.)
        // (Nor a sentence that a quotation opens and that ends with it: a quotation that is
        // its paragraph is no narration, "Mayor Geordin Hill-Lewis has indicated … relief." ⏎
        // "“The City will act.”" ⏎ "He added …" is Hill-Lewis's "He".)
        let all = words.all_sentence_starts();
        reg.narration_sentences = Vec::with_capacity(all.len());
        reg.narration_sentences.extend(all.iter().filter_map(|&s| {
            while qi < top.len() && top[qi].span.end <= s {
                qi += 1;
            }
            let narration = top.get(qi).is_none_or(|q| {
                s < q.span.start
                    || s >= q.span.end
                    || s == q.span.start && {
                        // (Whether anything follows the quotation on its line, read only as
                        // far as the first character that is not a blank: a text of one line
                        // with many quotations stays linear.)
                        let rest = text[q.span.end..].trim_start_matches([' ', '\t', '\u{a0}']);
                        !(rest.is_empty() || rest.starts_with(['\n', '\r']))
                    }
            });
            // (Nor a paragraph of page furniture, "Hide Ad" or a caption: no "he" stands for
            // a name in it. Asked only of a sentence that opens a line.)
            // (The line's end is searched for only then: a scan from each sentence to its
            // paragraph's end would be quadratic in the paragraph.)
            let furniture = || {
                text[..s].trim_end_matches([' ', '\t']).ends_with('\n') && {
                    let line = &text[s..];
                    let end = memchr::memchr(b'\n', line.as_bytes()).unwrap_or(line.len());
                    is_furniture(&line[..end])
                }
            };
            if narration && furniture() {
                reg.furniture.push(s);
                return None;
            }
            narration.then_some(s)
        }));
        reg.opened_by = reg
            .narration_sentences
            .iter()
            .map(|&s| gendered_opener(text, words, s).map(|(p, _)| p))
            .collect();
        if !reg.modifiers.is_empty() {
            for ent in &mut reg.entities {
                ent.modifier_seen = reg.modifiers.contains(&*lowercase(&ent.name));
            }
        }
        reg.group_seen();
        reg.quotations = top_level(quotes)
            .iter()
            .map(|q| (q.span.clone(), q.inner.clone()))
            .collect();
        reg.learn_genders(text, quotes, words, &lower.gendered);
        reg.choose_by_gender();
        reg.complete_from_quotations(text, quotes, words);
        reg.spell_out_acronyms();
        reg.index_org_first_words();
        reg.headline = is_headline(text);
        reg.headline_title_case =
            reg.headline && is_title_case(text.split('\n').next().unwrap_or(""));
        reg
    }

    /// The one person named in full whose surname is `lower` (a lower-cased ASCII word) with
    /// one letter doubled or one doubled letter written once ("canan" of Cannan, "philips" of
    /// Phillips, "matthewws" of Matthews), where exactly one surname so spelt names exactly
    /// one person. At most twice the word's length of look-ups.
    fn misspelt_surname(&self, lower: &str) -> Option<usize> {
        if !lower.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        let b = lower.as_bytes();
        let mut found: Option<usize> = None;
        let mut key = String::with_capacity(b.len() + 1);
        for i in 0..b.len() {
            // (Doubled at `i`; and, where `i` doubles the letter before it, written once.)
            let variants = [
                Some((i + 1, i)),
                (i > 0 && b[i] == b[i - 1]).then_some((i, i + 1)),
            ];
            for (keep, resume) in variants.into_iter().flatten() {
                key.clear();
                key.push_str(&lower[..keep]);
                key.push_str(&lower[resume..]);
                if key == lower {
                    continue;
                }
                let Some(&last) = self.surnames.get(key.as_str()) else {
                    continue;
                };
                let ent = &self.entities[last];
                let one = self.same_surname[last] == usize::MAX
                    && ent.kind == SpeakerType::Person
                    && ent.name.contains(' ');
                match found {
                    _ if !one => return None,
                    Some(f) if f != last => return None,
                    _ => found = Some(last),
                }
            }
        }
        found
    }

    /// Records that `e`, named in full, is known by its given name `given` too (no one's once
    /// two share it).
    fn given(&mut self, given: &str, e: usize) {
        note_one(
            &mut self.given_names,
            CompactString::from(&*name_key(given)),
            e,
        );
    }

    /// The people of one surname, from `last`, the last named, back: at most
    /// `SAME_SURNAME_WEIGHED` of them, so that a text of thousands of people of one surname
    /// (no article, but input can be anything) costs a bounded time per name, not one that
    /// grows with the text.
    fn of_surname(&self, last: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(Some(last), |&x| {
            Some(self.same_surname[x]).filter(|&n| n != usize::MAX)
        })
        .take(SAME_SURNAME_WEIGHED)
    }

    /// Is there a person of surname `surname` other than `e`, with a given name and no gender
    /// told, that `e` (of no gender told either) may be confused with?
    fn another_unknown_of_surname(&self, surname: &str, e: usize) -> bool {
        let unknown = |x: usize| {
            self.entities[x].gender.is_none() && listed_gender(&self.entities[x].name).is_none()
        };
        let Some(&last) = self.surnames.get(surname) else {
            return false;
        };
        unknown(e)
            && self.of_surname(last).any(|x| {
                x != e
                    && self.entities[x].kind == SpeakerType::Person
                    && self.entities[x].name.contains(' ')
                    && unknown(x)
            })
    }

    /// The mentions whose person was left to choose (see [`Named::pending`]), chosen again
    /// now that the article's evidence of gender is read: the person of that surname of the
    /// honorific's gender, the last named before it, where one is; and that person is then of
    /// that gender.
    fn choose_by_gender(&mut self) {
        if self.mentions.iter().all(|m| m.pending.is_none()) {
            return;
        }
        for i in 0..self.mentions.len() {
            let Some(g) = self.mentions[i].pending else {
                continue;
            };
            let (start, e) = (self.mentions[i].start, self.mentions[i].entity);
            let key = name_key(surname(&self.entities[e].name)).to_string();
            let Some(&last) = self.surnames.get(key.as_str()) else {
                continue;
            };
            let chosen = self
                .of_surname(last)
                .filter(|&x| {
                    let ent = &self.entities[x];
                    ent.kind == SpeakerType::Person
                        && ent.gender.or_else(|| listed_gender(&ent.name)) == Some(g)
                })
                // (The last named before it: the chain runs from the last named.)
                .find(|&x| self.first_seen(x) < start);
            let chosen = chosen.unwrap_or(e);
            self.mentions[i].entity = chosen;
            let ent = &mut self.entities[chosen];
            ent.gender = ent.gender.or(Some(g));
        }
        self.group_seen();
    }

    /// Two people of one surname written as a couple, "Priya and Kevin Naidoo", where the
    /// last mention is the full name just recorded: the given name before "and" (read as no
    /// name of its own) is Priya Naidoo, a person of that surname, so that "Ms Naidoo" may
    /// name her. Only where the first word is no one's name, no word of the lexicon, and
    /// neither after another capitalised word nor after a preposition, and not in a first
    /// line with no full stop at its end, where a headline may write "Trump and Hillary
    /// Clinton".
    fn name_couple(&mut self, text: &str) {
        let Some(&n) = self.mentions.last() else {
            return;
        };
        let f = n.entity;
        // (The full name is new: it heads the chain of its surname. Told first, with the
        // "and" before it, from the bytes: asked at every name.)
        if f + 1 != self.entities.len() || !text.as_bytes()[..n.start].ends_with(b" and ") {
            return;
        }
        // (A first line with no full stop at its end is a headline's.)
        if n.sentence == 0
            && *self.first_line_open.get_or_insert_with(|| {
                let line = text.split('\n').next().unwrap_or("");
                !line.trim_end().ends_with('.')
            })
        {
            return;
        }
        // (Its " and " told above.)
        let before = &text[..n.start - 5];
        let full = &self.entities[f];
        let Some((second, family)) = full.name.split_once(' ') else {
            return;
        };
        let (last, k) = last_words::<2>(before);
        let Some(&given) = last[..k].first() else {
            return;
        };
        let at = n.start - 5 - given.len();
        // (At the sentence's start, or after a lower-case word that is no preposition: "in
        // Kent and John Smith's …" names a place.)
        let opens = at == n.sentence
            || k < 2
            || !last[1].starts_with(char::is_uppercase) && !LEXICON.is_preposition(last[1]);
        let couple = full.kind == SpeakerType::Person
            && opens
            && given.len() > 1
            && given.starts_with(char::is_uppercase)
            && given.chars().all(char::is_alphabetic)
            && !family.contains(' ')
            && text[n.start..].starts_with(full.name.as_str())
            && !second.is_empty()
            && LEXICON.flags(given).exact == 0
            && !LEXICON.is_title(given);
        if !couple {
            return;
        }
        let key = name_key(given);
        let family_key = name_key(family);
        if self.surnames.get(&*family_key) != Some(&f) {
            return;
        }
        let mut name = CompactString::from(given);
        name.push(' ');
        name.push_str(family);
        // The given name read as someone of its own there, no one else named since (it was
        // recorded right before the full name): that one is the person. Else a person of
        // its own, with a mention there, before the full name's.
        let prev = self.mentions.iter().rev().nth(1).copied();
        let e = if let Some(m) = prev.filter(|m| m.start >= at) {
            let e = m.entity;
            let alone = m.start == at
                && e + 1 == f
                && self.entities[e].kind == SpeakerType::Person
                && self.entities[e].name == given
                && self.surnames.get(&*key) == Some(&e)
                && self.same_surname[e] == usize::MAX;
            if !alone {
                return;
            }
            self.surnames.remove(&*key);
            self.entities[e].name = name.clone();
            e
        } else {
            if self.surnames.contains_key(&*key) || self.names.contains_key(&*key) {
                return;
            }
            self.entities.push(Entity {
                name: name.clone(),
                name_at_start: at == n.sentence,
                kind: SpeakerType::Person,
                gender: None,
                roles: RoleSet::default(),
                role: None,
                after_the: false,
                subject_seen: n.subject,
                owner_seen: false,
                modifier_seen: false,
                verb_seen: false,
            });
            self.last_seen.push(Some(at));
            self.same_surname.push(usize::MAX);
            let i = self.mentions.len() - 1;
            self.mentions.insert(
                i,
                Named {
                    start: at,
                    entity: f + 1,
                    pending: None,
                    ..n
                },
            );
            // (A copy of the name just recorded, in its sentence, before it.)
            self.now.marked += usize::from(n.subject || n.reported);
            if !n.oblique {
                self.now.last_direct = Some(i + 1);
            }
            f + 1
        };
        // (Two people written as a couple are someone, as a name before a verb is.)
        self.entities[e].verb_seen = true;
        self.entities[f].verb_seen = true;
        // (Named before the full name: after it in the chain of its surname.)
        self.same_surname[e] = self.same_surname[f];
        self.same_surname[f] = e;
        self.names
            .insert(CompactString::from(name_key(&name).to_string()), e);
        self.given(given, e);
    }

    /// Gives a person the narration names by one word only ("Trump said …") the full name a
    /// quotation writes of them ("“…rejected Donald Trump by 17 points…”"), where the
    /// quotations write one full name only with that last word: a capitalised word before it
    /// that is no title, honorific or word of the lexicon's lists. The quotations are no
    /// narration, so they name no one new; they only complete a name the narration gives.
    fn complete_from_quotations(&mut self, text: &str, quotes: &[RawQuote], words: &Tokens) {
        // (The one-word names, then the quotations' words read once against them: most
        // articles name a few people by one word, and a searcher built for each name cost
        // more than the reading.)
        let single: Vec<usize> = (0..self.entities.len())
            .filter(|&e| {
                let ent = &self.entities[e];
                ent.kind == SpeakerType::Person
                    && !ent.name.contains(' ')
                    && !ent.after_the
                    && ent.name.len() > 2
            })
            .collect();
        if single.is_empty() {
            return;
        }
        // For each one-word name: the full name found (its range), or `None` once two differ.
        let mut found: Vec<Option<Option<Range<usize>>>> = vec![None; single.len()];
        let tokens = words.tokens();
        for q in top_level(quotes) {
            let from = tokens.partition_point(|t| t.start < q.inner.start);
            let inner = &tokens[from..];
            let n = inner.partition_point(|t| t.end <= q.inner.end);
            for pair in inner[..n].windows(2) {
                let (g, w) = (pair[0], pair[1]);
                if !w.is_capitalized() || !g.is_capitalized() || w.start != g.end + 1 {
                    continue;
                }
                let word = w.text(text);
                for (i, &e) in single.iter().enumerate() {
                    let name = self.entities[e].name.as_str();
                    let Some(rest) = word.strip_prefix(name) else {
                        continue;
                    };
                    if rest.starts_with(char::is_alphanumeric) {
                        continue;
                    }
                    let given = g.text(text);
                    let is_given = given.len() > 1
                        && given
                            .chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-'))
                        && !LEXICON.is_title(given)
                        && !is_honorific(given)
                        && LEXICON.flags(given).exact == 0;
                    if !is_given {
                        continue;
                    }
                    let full = g.start..w.start + name.len();
                    found[i] = match found[i].take() {
                        None => Some(Some(full)),
                        Some(Some(f)) if text[f.clone()] == text[full.clone()] => Some(Some(f)),
                        _ => Some(None),
                    };
                }
            }
        }
        for (i, &e) in single.iter().enumerate() {
            if let Some(Some(f)) = &found[i] {
                self.entities[e].name = CompactString::from(&text[f.clone()]);
            }
        }
    }

    /// Groups the mentions by entity into [`Registry::seen`] (a counting sort: the mentions
    /// are in text order, so each entity's are too).
    fn group_seen(&mut self) {
        let mut from = vec![0usize; self.entities.len() + 1];
        for m in &self.mentions {
            from[m.entity + 1] += 1;
        }
        for e in 0..self.entities.len() {
            from[e + 1] += from[e];
        }
        let mut next = from.clone();
        let mut seen = vec![0usize; self.mentions.len()];
        for m in &self.mentions {
            seen[next[m.entity]] = m.start;
            next[m.entity] += 1;
        }
        self.seen = seen;
        self.seen_from = from;
    }

    /// Records the names in one stretch of narration.
    fn scan(
        &mut self,
        text: &str,
        range: Range<usize>,
        sentence_starts: &[usize],
        lower: &Vocabulary,
        words: &Tokens,
    ) {
        let tokens = words.tokens();
        let mut at = Stretch {
            covered: range.start,
            place_end: usize::MAX,
            place_in: false,
            opening: None,
        };
        // The words of the range: the document's tokens, then any word read again (which has
        // no token, so its case is read from the text and it is parsed without the test).
        let (inner, rest) = words.range_words(text, range.clone());
        // (The range's tokens walked as a slice, with no test of bounds at each; and told
        // by their case first, most of them being lower case, before where the last name
        // ended is read again.)
        for (ti, &t) in (inner.start..).zip(&tokens[inner]) {
            if !t.is_capitalized() || t.start < at.covered {
                continue;
            }
            // Most names, and most capitalised words that open none ("The", "But", "He"), are
            // told from the tokens without a parse.
            let known = match name_from_tokens(text, words, ti, range.end) {
                TokenTitled::Name { end, head } => Some((end, head)),
                TokenTitled::NoName => continue,
                TokenTitled::Unknown => None,
            };
            self.name_at(
                text,
                &range,
                t.start,
                known,
                sentence_starts,
                lower,
                &mut at,
            );
        }
        for w in rest {
            if w.start < at.covered || !w.text.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            self.name_at(text, &range, w.start, None, sentence_starts, lower, &mut at);
        }
    }

    /// Records the name that the capitalised word at `start` opens, if it opens one. `known`
    /// is the end of the name and the start of its head where the tokens showed them
    /// ([`name_from_tokens`]), and then it is not parsed.
    #[allow(clippy::too_many_arguments)]
    fn name_at(
        &mut self,
        text: &str,
        range: &Range<usize>,
        start: usize,
        known: Option<(usize, usize)>,
        sentence_starts: &[usize],
        lower: &Vocabulary,
        at: &mut Stretch,
    ) {
        let range = range.clone();
        let slice = &text[start..range.end];
        let parsed = match known {
            Some((end, head)) => Ok((&text[end..range.end], head - start..end - start)),
            None => titled_name(slice),
        };
        let Ok((rest, head)) = parsed else {
            return;
        };
        let end = range.end - rest.len();
        at.covered = end;
        // Letters in parentheses written onto a word are part of it, no one's name: "CPI(M)
        // district secretary Sreelekha Varma", "PML(N)".
        if text[..start].ends_with('(')
            && text[..start - 1]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        {
            return;
        }
        // A month that is a woman's given name, before a surname of one word inside a
        // sentence: "In response, April Odom, the mayor's spokesperson, released …" (months
        // are no name words: see `month_as_given_name`).
        let month = (head.start == 0)
            .then(|| month_as_given_name(text, range.start, start, end))
            .flatten();
        let (mut start, head) = match month {
            Some(month) => (month, 0..head.end + (start - month)),
            None => (start, head),
        };
        // A legislator's party and place set off after the name ("Rep. Heather Scott,
        // R-Blanchard, said") are no one's name: the tokens end the name before them.
        let label = &text[end..range.end];
        if label.len() > 4
            && label.starts_with(", ")
            && matches!(label.as_bytes()[2], b'D' | b'R' | b'I')
            && label[3..].starts_with(['-', '–'])
        {
            if let Ok((after_label, _)) = party_label(&text[end..range.end]) {
                at.covered = range.end - after_label.len();
            }
        }
        // "Chief Inspector of Police (CIP)": an office's acronym is a title, no one's name.
        if let Some(acronym) = defined_title_acronym(text, range.start, start, end) {
            if !self.title_acronyms.iter().any(|a| a == acronym) {
                self.title_acronyms.push(acronym.into());
            }
            return;
        }
        // "an intelligence-based operation (IBO)": a common noun's acronym is no one's name,
        // there or where it is written again ("conducted an IBO").
        if let Some(acronym) = defined_term_acronym(text, range.start, start, end) {
            if !self.term_acronyms.iter().any(|a| a == acronym) {
                self.term_acronyms.push(acronym.into());
            }
            return;
        }
        if self.term_acronyms.iter().any(|a| a == &text[start..end]) {
            return;
        }
        // "referred by their GP.", "his MP said": an acronym a possessive determiner owns,
        // ending its phrase, is a common noun (a general practitioner, a member of
        // parliament), no one's name. (Not one that modifies a noun after it: "their NHS
        // trust", "his BBC interview".)
        if owned_common_acronym(text, range.start, start, end) {
            return;
        }
        let mut head = start + head.start..start + head.end;
        // An office with its field, then its holder set off by a comma: "Director of Amnesty
        // International Nigeria, Osa Ojimba, said", "Executive Director of Human Rights
        // Watch, Kenneth Rowe," name no one called "International Nigeria" or "Rights
        // Watch": the holder is the name after the comma, read next.
        if head.start > start && holder_after_office_comma(text, start, &head, end, range.end) {
            return;
        }
        // Nor an office in capitals with no holder in it, set off before its holder, after
        // the place it is held in or not: "UN Humanitarian Coordinator in Nigeria, Mr Edwin
        // Kallu, sympathised …" (no one called "UN Humanitarian Coordinator" is the "He"
        // who speaks next).
        if head.start == start && office_before_holder(&text[start..end], &text[end..range.end]) {
            return;
        }
        // A title of several words, each a title's, written out before a name: its initials
        // are that title where written before a name later, as police and armed forces
        // shorten ranks ("Detective Chief Superintendent Gareth Blair" … "DCS Blair said").
        if head.start > start {
            self.record_title_initials(&text[start..head.start]);
        }
        // (And a title where it is written before a name again: "CIP Twizeyimana said".)
        if head.start == start {
            let named = &text[head.clone()];
            head.start += named.len() - self.past_title_acronym(named).len();
        }
        // "Fiji coach John McKee": a word that names a team, a place or an organisation.
        if head.start > start {
            let mut lead = text[start..head.start].split_ws();
            if let (Some(w), Some(role)) = (lead.next(), lead.next()) {
                if w.starts_with(char::is_uppercase)
                    && role.starts_with(char::is_lowercase)
                    && !is_honorific(w)
                    && w.chars().skip(1).any(char::is_lowercase)
                {
                    self.modifiers
                        .insert(CompactString::from(&*lowercase(strip_possessive(w))));
                }
            }
        }
        // (Whether the head opens a sentence: asked below three times, searched for again
        // only where the head loses its first word.)
        let mut at_sentence_start = is_start(sentence_starts, head.start);
        // A sentence's first word is capitalised whatever it is: "Rival Hillary Clinton".
        if at_sentence_start {
            let first = text[head.clone()].split_ws().next().unwrap_or("");
            // (Not a surname's particle: "Van der Berg said" keeps its "Van".)
            // (Nor a role noun that opens a name of two words more: "Rancher Nathan Pike,
            // 78, was born …", "Treasurer Erin Norton recommended …"; not a given name, "Noor
            // ul Ain Chaudhry", "Hunter S. Thompson".)
            // (The name's second word, where it is no initial and a third word follows.)
            let second_of_three = || {
                let mut ws = text[head.clone()].split_ws().skip(1);
                ws.next()
                    .filter(|w| !w.ends_with('.') && w.len() > 2)
                    .filter(|_| ws.next().is_some())
            };
            // (Not a word the text writes capitalised inside a sentence too, a name's:
            // "Pieter Jansen van Wyk lost 300 sheep …. “…,” Pieter Jansen van Wyk said".)
            // (Nor a place before an organisation's name: "Leicester City Council said".)
            // (Or a name of two words that a nickname cuts: "Rapper Kojo “Pharaoh” Mensah".)
            let role_first = || {
                (second_of_three().is_some() || nickname_after(&text[end..]))
                    && is_opening_role(first)
                    && !lower.has_inside(first)
                    && !is_organization(&text[head.clone()])
            };
            // (Nor a word that describes the person, which is no role of theirs either: the
            // name's mention starts after it, "SOMETIMES Rachael Wembury", "Terrified Ava
            // Lindqvell"; not of an organisation's name, "United Harbour Group said".)
            let modifier = start == head.start
                && second_of_three().is_some_and(|second| is_opening_modifier(first, second))
                && !is_organization(&text[head.clone()]);
            // (Nor an initial "A" before another, "A K Anand said".)
            if first.len() < head.len()
                && (lower.has_lower(&lowercase(first)) || role_first() || modifier)
                && !is_surname_particle(first)
                && !(first == "A" && initial_before_initial(&text[head.start + 1..]))
            {
                head.start += first.len();
                head.start += text[head.clone()].len() - text[head.clone()].trim_start().len();
                at_sentence_start = is_start(sentence_starts, head.start);
                if modifier {
                    start = head.start;
                }
            }
        }
        // An office named without its holder: "the Minister for Communications", "the
        // Secretary of Defense" name no one called "Communications" or "Defense".
        if titles_end_in_office_link(&text[start..head.start]) {
            return;
        }
        // Nor a later field of an office's list ("Minister of Agriculture, Irrigation and
        // Water Development Allan Chiyembekeza" names no one called "Irrigation"): the name
        // before "and" and the holder are read as below.
        // (A field of one word, with more of the list after it: not the name an office set
        // off by a comma describes, "the Minister of Finance, John Smith, said".)
        // (What follows the name first: most names are followed by neither, and the name's
        // words were searched for a space at every name.)
        if start == head.start
            && (text[end..range.end].starts_with(" and ") || text[end..range.end].starts_with(", "))
            && !text[head.clone()].contains(' ')
            && {
                // (Each "and " stripped as `trim_start_matches("and ")` strips them, without
                // the searcher it sets up for a pattern of several bytes.)
                let mut rest = text[end..range.end].trim_start_matches([',', ' ']);
                while let Some(r) = rest.strip_prefix("and ") {
                    rest = r;
                }
                rest.starts_with(char::is_uppercase)
            }
            && office_list_before(&text[range.start..start])
        {
            return;
        }
        // The first field of an office whose title follows "and" and the rest of the office:
        // "Coordinating Maritime Affairs and Investment Minister Luhut Pandjaitan" names no one
        // called "Coordinating Maritime Affairs".
        // (Not a person's name: one of two words or more, with no title before it, no given
        // name first and no one known by it: "former President Bill Clinton and President
        // Barack Obama", "Goodlatte and Benghazi Committee Chairman Trey Gowdy".)
        if start == head.start && opens_office_before_and(&text[end..]) {
            let field = &text[head.clone()];
            let mut ws = field.split_ws();
            let first = ws.next().unwrap_or("");
            if ws.next().is_some()
                && !is_given_name(first)
                && !self.names.contains_key(&*lowercase(field))
            {
                return;
            }
        }
        // An office of two parts joined by "and" right before the name: "Minister of Tourism
        // and Lands Harin Fernando", "Minister for Employment Affairs and Social Protection
        // Regina Doherty". The words after "and" go on naming the office; its holder is the
        // name's last two words, and the mention starts at the office's title.
        if start == head.start {
            // (Never before a name already recorded: the mentions stay in text order.)
            let office = office_and_before(&text[range.start..start]).filter(|&title| {
                self.mentions
                    .last()
                    .is_none_or(|m| m.start < range.start + title)
            });
            if let Some(title) = office {
                let mut ws = text[head.clone()].split_ws().rev();
                if let (Some(_), Some(given), Some(before)) = (ws.next(), ws.next(), ws.next()) {
                    // (With the initials before the given name, while a word of the office
                    // stays before them: "… and Tourism P.A. Muhammed Riyas".)
                    // (Or with a given name before them, while a word of the office stays
                    // before it: "… and Rural Development Mohammed Sani Abubakar".)
                    // (Or with a word before them that no field's noun is, after one that
                    // is: "… and Foreign Trade Kamina Johnson Smith".)
                    let first = match ws.next() {
                        Some(w) if initials_of_holder(before, w) => before,
                        Some(_) if is_given_name(before) && !is_given_name(given) => before,
                        Some(w) if is_field_word(w) && !is_field_word(before) => before,
                        _ => given,
                    };
                    head.start = first.as_ptr() as usize - text.as_ptr() as usize;
                    start = range.start + title;
                    at_sentence_start = is_start(sentence_starts, head.start);
                }
            }
        }
        let head_text = strip_possessive(&text[head.clone()]);
        // A member's letters written after the name are no part of it: "Kate Forbes MSP",
        // "Lucy Bell MP" are Kate Forbes and Lucy Bell, members ([`post_nominal`]).
        let (head_text, post_nominal) = post_nominal(head_text);
        let single = !head_text.contains(' ');
        // An office's field written after its title, as South Asian outlets write an office:
        // "the CEO Health informed that …" names no one called Health (the title an office's,
        // not an honorific that tells a gender, "Mr Young").
        if single
            && head.start > start
            && is_field_word(head_text)
            && !is_given_name(head_text)
            && text[start..head.start].split_ws().all(is_office_title)
        {
            at.covered = end;
            return;
        }
        // (A title before the name opens the sentence, not the name: "Dr Langat admitted".)
        // (But a word no list knows, before a cue, is the cue's subject: a name the article
        // writes only where a sentence opens, "Eby said he recalled …" ⏎ "Eby said he is …".)
        // (Nor before "who", which only a person's name takes: "Osagie who spoke with the
        // club's channel said he was optimistic", see `before_who`.)
        let subject_of_cue = || {
            let after = &text[end..range.end];
            let next = after.split_ws().next().unwrap_or("");
            let f = LEXICON.flags(head_text);
            f.exact == 0
                && f.lower == 0
                && (LEXICON.is_cue(next) || before_who(after, head_text))
                && head_text.chars().all(|c| c.is_alphabetic() || c == '-')
        };
        // (Nor a name written as a web address, which no sentence opens by chance: "Char.gy
        // has set a target …".)
        if single
            && at_sentence_start
            && (lower.has_lower(&lowercase(head_text))
                || !lower.has_inside(head_text) && !subject_of_cue())
            && !is_web_name(head_text)
        {
            return;
        }
        if head_text.is_empty() || modifies_next(head_text) {
            return;
        }
        // A people's adjective in "-ese" before a word in lower case modifies it, and names no
        // one: "Chinese demand", "the Japanese government", "Lebanese officials". (Those of
        // peoples only: "Albanese said", "Calabrese told" are surnames.)
        if single
            && head_text.ends_with("ese")
            && is_people_in_ese(head_text)
            && text[end..range.end]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()))
        {
            return;
        }
        // An office's last word is no one's name after the words of the office before it:
        // "The UN Resident Coordinator in Kenya" names no one called "Coordinator".
        if single && head.start > start && is_agent_noun(head_text) {
            return;
        }
        // Places are not speakers: "in New Hampshire", "from Mexico"; nor datelines and
        // shouted words ("CHICAGO —").
        // (The last three words before the name, read once for the word before it, the word
        // that governs it and the role before it.)
        let (last3, n_last) = last_words::<3>(&text[range.start..start]);
        let last3 = &last3[..n_last];
        let prev_word = last3.first().copied().unwrap_or("");
        // A word numbered is a label, no one's name: "as per Article 13/1 of the Labour Act",
        // "Highway 401", "Flight 370". (Not after a cue, "said Harris 20 minutes after the
        // verdict", nor before a noun of time or "who", "Ahmed 34 who fled".)
        if single
            && text[end..range.end].strip_prefix(' ').is_some_and(|r| {
                // (The number told from the first character first: most names are followed
                // by a word, and its words are read only after a number.)
                r.trim_start().starts_with(|c: char| c.is_ascii_digit()) && {
                    let mut ws = r.split_ws();
                    ws.next();
                    !ws.next().is_some_and(|w| {
                        let w = w.trim_end_matches([',', '.']);
                        is_time_noun(w) || matches!(w, "seconds" | "minutes" | "times" | "who")
                    })
                }
            })
            && !LEXICON.is_cue(prev_word)
        {
            return;
        }
        // (Either case: "According to Phil Kerpen, …" opens its sentence.)
        // (Asked only after a preposition of place.)
        let according = || {
            let before = text[range.start..start].trim_end().as_bytes();
            let phrase = b"according to";
            before.len() >= phrase.len()
                && before[before.len() - phrase.len()..].eq_ignore_ascii_case(phrase)
        };
        let titled = head.start > start;
        // An office after "the" names its holder only in apposition: "Babajide Sanwo-Olu,
        // the Lagos State Governor, has described …" names no one called "Lagos State
        // Governor" (the appositive gives Sanwo-Olu the role).
        // (The words before the name that are capitalised belong to the office: "the Lagos
        // State Governor" may be read from "State".)
        let after_the = || {
            last3
                .iter()
                .find(|w| !w.starts_with(char::is_uppercase) || matches!(**w, "The"))
                .is_some_and(|w| matches!(*w, "the" | "The"))
        };
        let read = strip_possessive(&text[start..end]);
        // (With no title the name read is the head: whether it has a space is known.)
        let read_spaced = if titled { read.contains(' ') } else { !single };
        // (Nor one whose last word is a title written after a name: "the Castries East MP",
        // "the Labour MP", "the Dublin Bay South TD" are descriptions of a member.)
        if read_spaced
            && after_the()
            && read
                .rsplit(' ')
                .next()
                .is_some_and(|w| is_office_word(w) || LEXICON.is_title(w))
        {
            return;
        }
        // (Looked up once, for `locative` and `oblique`, which both ask it of untitled names.)
        let preposition = if titled {
            None
        } else {
            LEXICON.prepositions.get(prev_word).copied()
        };
        // (Not someone after "from": a person's name of two words or more with a given name
        // first, of any verb, "Another warning came from Gwyn Rees"; or set off by a
        // description with a person's noun in it, "… from Gwyn Rees, a British hydrologist",
        // not "came from New South Wales, a state …". Nor words' source after a speech noun,
        // "a statement from David Yarnold, president of …", set off by any description in
        // lower case, or an organisation's name; "a letter from Geneva" is a place's.)
        // (Nor someone spoken to: "we spoke to Wanjiku Kiplagat-Munro, general secretary of
        // the union", "talking to Ruth Okafor": a name of two words or more that is no
        // organisation's.)
        let spoken_to = || {
            prev_word == "to"
                && last3.get(1).is_some_and(|v| {
                    matches!(
                        *v,
                        "spoke" | "speaking" | "spoken" | "talked" | "talking" | "talk" | "speak"
                    )
                })
        };
        // (Nor the one a prize goes to, a person's name with a given name first or set off by
        // a person's description: "Best actress went to Zunaira Khattak, a theatre actor",
        // not "went to Buenos Aires".)
        // (A prize or an honour written before the verb in its sentence: "Best actress", "The
        // award", "Female vocalist of the year"; not "The flight went to Charles de Gaulle",
        // "his brother went to Tom Bell".)
        let prize_to = || {
            prev_word == "to"
                && last3
                    .get(1)
                    .is_some_and(|v| matches!(*v, "went" | "goes" | "go"))
                && {
                    let (ws, n) = last_words::<10>(&text[range.start..start]);
                    ws[2..n.max(2)]
                        .iter()
                        .take_while(|w| !w.ends_with(['.', '!', '?']))
                        .any(|w| is_prize_word(&lowercase(w.trim_end_matches([',', ';']))))
                }
        };
        let from_someone = || {
            let to = spoken_to();
            let prize = !to && prize_to();
            if prev_word != "from" && !to && !prize || single {
                return false;
            }
            let given_first = head_text.split(' ').next().is_some_and(is_given_name);
            let set_off = text[end..range.end].strip_prefix(", ");
            let person_noun = || {
                set_off
                    .and_then(|r| {
                        ["a ", "an ", "the "]
                            .iter()
                            .find_map(|d| r.strip_prefix(d))
                            .or((to || prize).then_some(r))
                    })
                    .is_some_and(|r| {
                        r.split_ws().take(4).any(|w| {
                            let w = w.trim_end_matches([',', '.']);
                            w.starts_with(|c: char| c.is_ascii_lowercase())
                                && (role_of(w) == Some(RoleKind::Person) || is_open_role_noun(w))
                        })
                    })
            };
            let after_speech_noun = || {
                last3.get(1).is_some_and(|n| {
                    LEXICON
                        .speech_nouns
                        .contains(n.trim_end_matches([',', '.']))
                })
            };
            // (Or set off by an age, which only a person has: "went to Yasmine Hosny, 27, for
            // her role …".)
            let aged = || set_off.is_some_and(|r| past_age(r).len() < r.len());
            given_first
                || aged()
                // (Spoken to, no organisation's name: "spoke to Ruth Okafor-Lind about …"; not
                // "spoke to Sky News".)
                || to && !is_organization(head_text)
                || person_noun()
                    // (A prize's winner set off by their description only, not "went to
                    // Calder Marine, a shipping firm".)
                    && (!prize || !is_organization(head_text))
                || after_speech_noun()
                    && (set_off.is_some_and(|r| r.starts_with(char::is_lowercase))
                        // (Or an organisation's: "a statement from Oxfam International", "a
                        // statement from NHS Suffolk".)
                        || is_organization(head_text)
                        || acronym_before_branch(head_text))
        };
        // (Nor a name that "who" sets off, which stands for no place: "That blunt assessment
        // came from Tavita Faleolo, who has fished …", "dedicated to Bríd Mhurchy, who has
        // taught …".)
        let locative = preposition == Some(true)
            && !according()
            && !text[end..range.end].starts_with(", who ")
            && !from_someone();
        // What a title's possessive names is a place or a body, no one titled: "Queen’s
        // Park", "King’s College", "Bishop’s Stortford" (a country's names its people:
        // "Britain’s Johnson").
        let owned_by_title = !titled && {
            let owner = strip_possessive(prev_word);
            owner.len() < prev_word.len() && LEXICON.is_title(owner)
        };
        let shouted = head_text.len() > 4 && !head_text.chars().any(char::is_lowercase);
        // "Mexican sovereignty", "American troops": a demonym used as an adjective.
        let next_word = text[end..range.end].split_ws().next().unwrap_or("");
        // (Asked three times below.)
        let next_lower = next_word.starts_with(char::is_lowercase);
        // (Whether a verb follows the name: a cue or an auxiliary. Asked only where needed, of
        // the word's flags looked up once.)
        let verb_next = || {
            let f = LEXICON.flags(next_word);
            f.is_cue() || f.exact & flag::AUXILIARY != 0
        };
        let demonym = single && has_demonym_ending(head_text) && next_lower && !verb_next();
        // "Bishops under the umbrella of …", "welcomed the Bishops": a title in the plural
        // names a group, no one a "he" stands for (a surname of that shape is read before a
        // verb: "Majors said").
        let group = single && is_plural_title(head_text) && !verb_next();
        // "the independent Vermont senator", "a Trump confidant": one name used as a
        // modifier of a role noun is not someone named.
        let next_noun = trim_end_ascii(next_word, |b| matches!(b, b',' | b'.' | b';' | b':'));
        // (Whether the next word is a role noun: asked here and again for `describes`, looked
        // up once.)
        let next_role = std::cell::OnceCell::new();
        let next_is_role = || *next_role.get_or_init(|| role_of(next_noun).is_some());
        // (The tests of the text first: they are cheaper than the lexicon's.)
        // (Not an organisation's spokesperson: "an EA spokesman" speaks for the EA.)
        // (A name of several words too after "a" or "an", which no one's name follows: "one
        // was a Northumberland County resident".)
        // (Not an organisation's: "a White House official" is the White House's; nor a
        // person's, with a given name first, before an organisation's noun or a person's:
        // "a Hillary Clinton administration", "a Donald Trump supporter" name Clinton and
        // Trump, whom a surname may name again.)
        let place_before_person = || {
            matches!(prev_word, "a" | "an" | "A" | "An")
                && !is_organization(head_text)
                && role_of(next_noun) == Some(RoleKind::Person)
                && !is_spokes_noun(next_noun)
                && head_text
                    .split(' ')
                    .next()
                    .is_some_and(|w| !is_given_name(w))
        };
        // (And a name after a possessive, titled or not, before a role noun: "selling its King
        // George V site" names no one, no king a "leader" stands for.)
        let after_owner_word = matches!(
            prev_word,
            "its" | "his" | "her" | "their" | "our" | "Its" | "His" | "Her" | "Their" | "Our"
        );
        let modifier = ((single || place_before_person()) && !titled || after_owner_word)
            && next_lower
            && text[end..range.end].starts_with(' ')
            && next_is_role()
            && !LEXICON.is_cue(next_noun)
            && !(is_spokes_noun(next_noun) && is_organization(head_text));
        // The start of the name's sentence (read here for the place before it, and below
        // for the sentence's subject).
        let sentence = sentence_starts
            .partition_point(|&s| s <= start)
            .checked_sub(1)
            .map_or(range.start, |i| sentence_starts[i]);
        // ("in Springfield, Illinois", but not "In Red Deer, Roe said": a name before a cue
        // is the clause's subject.)
        // (Nor a person's name after an appositive that the place ends: "His counterpart at
        // Nissan, Carlos Ghosn, also expressed regret".)
        // (Nor one before a verb in the past, which a region never has: "Speaking in an
        // interview in Panama, Johnson Smith framed the disagreements as …".)
        let past_verb_next =
            || next_lower && next_noun.len() > 4 && next_noun.ends_with("ed") && !next_is_role();
        // (Nor a name of two words or more that an age or a person's role sets off, which no
        // region has: "At the event in Paris, John Furner, president of Walmart, said".)
        let after_place = !titled
            && at.place_end <= start
            && text[at.place_end..start].trim() == ","
            && !verb_next()
            && !past_verb_next()
            && !(!single
                && text[end..range.end].starts_with(',')
                && (role_before_place(&text[sentence.max(range.start)..start], head_text)
                    || person_set_off(&text[end..range.end])));
        // A name joined by "and" or "or" to a place that a preposition governs, ending its
        // clause, is a place too: "projects in Luzon and Mindanao." (not "in Paris and Macron
        // welcomed him", whose name a verb follows; nor a person's name of two words, which
        // a list of people after "from" or "at" ends, "criticism from Giles, Millis and
        // Harold Doley,", "fired at Trump, Ted Cruz and Marco Rubio.").
        let coordinated_place = !titled
            && single
            && at.place_in
            && !is_given_name(head_text)
            && at.place_end <= start
            && matches!(text[at.place_end..start].trim(), "and" | "or")
            && (next_word.is_empty()
                || next_word.starts_with(['.', ';', ':', ')'])
                || text[end..range.end].starts_with(['.', ';', ':', ')'])
                || LEXICON.is_preposition(next_word));
        let after_place = after_place || coordinated_place;
        if locative || after_place {
            at.place_end = end;
            at.place_in = if locative {
                matches!(
                    prev_word,
                    "in" | "across" | "throughout" | "around" | "near" | "inside" | "outside"
                )
            } else {
                at.place_in
            };
        }
        // A dateline's place: "TEMPO.CO, Jakarta - Responding to reporters…"; not a name
        // whose dash opens an aside that a second dash closes ("Councillor Dev Raman — a
        // Leeds-born engineer — has been critical").
        // (Past the agency's name in parentheses: "STAFFORD, Va. (AP) — While …"; nor is
        // the agency anyone: "WASHINGTON (NewsNation) — It has …".)
        // (The dash or parenthesis first, the words before the name last: most names have
        // neither, and counting the words was asked of every name.)
        let dateline = (text[end..range.end].starts_with([' ', '\u{a0}'])
            && past_agency(text[end..range.end].trim_start()).starts_with(['-', '—', '–'])
            && !dash_aside(text, end, range.end, sentence_starts)
            || text[range.start..start].ends_with('(')
                && text[end..range.end]
                    .strip_prefix(')')
                    .is_some_and(|r| r.trim_start().starts_with(['-', '—', '–'])))
            && text[range.start..start].split_ws().nth(3).is_none()
            // (Or any name inside a dateline that ends in an agency's name with no dash:
            // "NEW DELHI, Feb 12 (PTI) The Supreme Court …" names neither a "NEW DELHI" nor a
            // "PTI" who speaks.)
            || start < range.start + agency_dateline_len(&text[range.start..range.end]);
        // An office with no name, set off before the name it describes: "ASUU National
        // President, Prof. Chidinma Ezeaku-Okafor, said" (its last word is a title that is no
        // one's surname, and a capitalised word follows its comma).
        let office = text[end..range.end].starts_with(", ")
            && text[end + 2..range.end].starts_with(char::is_uppercase)
            && head_text
                .rsplit(' ')
                .next()
                .is_some_and(|w| !single && is_office_word(w))
            // ("Anna Chancellor, Hugh Grant and …": a given name opens a person's name.)
            && head_text
                .split(' ')
                .next()
                .is_some_and(|w| !is_given_name(w));
        if locative
            || after_place
            || shouted
            || demonym
            || group
            || modifier
            || dateline
            || office
            || owned_by_title
        {
            return;
        }
        let lead = last3;
        let beside = beside(
            text,
            range.clone(),
            start,
            head.start,
            end,
            sentence_starts,
            lead,
            next_word,
        );
        let spokes = beside.speaks_for.as_deref().map(|noun| Spokesperson {
            gender: LEXICON.roles.get(noun).and_then(|r| r.1),
        });
        let mut beside = beside;
        let acts_for = beside.acts_for;
        // (Nor one after a possessive, which it modifies: "his Orchard Park site". Nor past
        // a year or a number after either: "the 2050 Strategy", "its 2024 Review".)
        let determiner = |w: &str| {
            matches!(
                w,
                "the" | "The" | "his" | "her" | "its" | "their" | "our" | "my"
            )
        };
        beside.after_the = !titled
            && (determiner(prev_word)
                || prev_word.bytes().all(|b| b.is_ascii_digit())
                    && !prev_word.is_empty()
                    && last3.get(1).is_some_and(|w| determiner(w)));
        if beside.written.is_none() {
            beside.written = post_nominal.map(str::to_string);
        }
        // "Naledi Sithole was elected chair of the union", "Tom Bell is the coach": the role a
        // sentence's subject is said to hold is theirs, which "the chair" names later.
        if at_sentence_start
            && matches!(
                next_word,
                "is" | "was" | "has" | "had" | "became" | "becomes"
            )
        {
            if let Some(role) = predicate_role(&text[end..range.end]) {
                beside.roles.push(CompactString::from(role));
            }
        }
        // "NHS Suffolk", "UNICEF Ghana": an acronym before the place it serves, unless it
        // opens the story, whose first word a lede may write in capitals ("TOM Hale has
        // quit"; the story's first paragraph, or its second after a headline), and may be
        // said as a word (not "HCA Healthcare has disclosed …": see `spoken_as_word`).
        if acronym_before_branch(head_text) && {
            let before = text[..start].trim_end_matches([' ', '\t', '\u{a0}']);
            let opens_paragraph = before.is_empty() || before.ends_with(['\n', '\r']);
            let lede = opens_paragraph
                && memchr::memchr_iter(b'\n', before.trim().as_bytes())
                    .take(3)
                    .count()
                    <= 2;
            !(lede && spoken_as_word(head_text.split(' ').next().unwrap_or("")))
        } {
            beside.organization = true;
        }
        // `Heaven “Snakey” Charles`: a nickname in quotation marks between a given name and
        // the name read here, which is the person's name with the given name before it.
        let nickname = (head.start == start)
            .then(|| given_before_nickname(text, start, self.after_nickname.as_ref()))
            .flatten();
        // (A person's surname: the "of" phrase the name was read with is the place they
        // serve, `Mayor Roberto “Bong” Alcantara of Tacloban`, as it is where no nickname
        // cuts the name.)
        let nicknamed = nickname.as_ref().map(|(given, _)| {
            let surname = head_text.split(" of ").next().unwrap_or(head_text);
            format!("{given}{surname}")
        });
        let head_text = nicknamed.as_deref().unwrap_or(head_text);
        let single = single && nicknamed.is_none();
        let known = self.entities.len();
        let (e, pending, completed) =
            self.add(head_text, !single, at_sentence_start, beside, lower);
        if !single && head.start > start {
            let form = text[start..head.start].split_ws().next_back().unwrap_or("");
            if is_form_of_address_word(form) && !self.addressed.iter().any(|&(_, x)| x == e) {
                self.addressed.push((CompactString::from(form), e));
            }
        }
        if let Some((_, given_at)) = nickname {
            self.adopt_given_name(e, given_at);
            // The nickname of one word names the person alone too: "Seun, as he is known,"
            // after `Oluwaseun “Seun” Adeyemi-Park`.
            if let Some(r) = self.after_nickname.clone() {
                let nick = text[r].trim_matches(|c: char| !c.is_alphanumeric());
                if !nick.contains(' ') && self.entities[e].kind == SpeakerType::Person {
                    note_one(
                        &mut self.nicknames,
                        CompactString::from(&*name_key(nick)),
                        e,
                    );
                }
            }
        }
        // (A verb's form, not its base: "a Pew Research report" is no one's subject. The
        // word's comma cut: "“…,” Tom Ebeling said, pointing …".)
        if !single && !self.entities[e].verb_seen && {
            let f = LEXICON.flags(next_noun);
            f.is_cue() && f.exact & flag::CUE_BASE == 0 || f.exact & flag::AUXILIARY != 0
        } {
            self.entities[e].verb_seen = true;
        }
        // A person first named in full is known by the given name too ("Hasan" of "Hasan
        // Mahmud"); so is one the narration named by one word before ("Doyle’s Hardware …
        // Declan Doyle").
        if (e == known || completed) && !single && self.entities[e].kind == SpeakerType::Person {
            // (A given name of two letters too, a capital and a small letter: "Al" of "Al
            // Gore", and the family name written first of "Xi Jinping", "Na Kyungwon", as
            // their articles name them again. Not initials, "J." or "JR".)
            let word_of_two = |g: &str| g.len() == 2 && g.as_bytes()[1].is_ascii_lowercase();
            if let Some(given) = given_name(head_text)
                .filter(|&g| (g.len() > 2 || word_of_two(g)) && !g.ends_with('.'))
            {
                self.given(given, e);
            }
            // (And by an inner word of a name of three words or more, capitalised, no initial
            // and no particle: see `inner_names`.)
            // (Two spaces or more, counted from the bytes: most names have one.)
            if memchr::memchr_iter(b' ', head_text.as_bytes())
                .nth(1)
                .is_some()
            {
                let mut ws = head_text.split(' ');
                if let (Some(a), Some(b)) = (ws.next(), ws.next()) {
                    // (Whether the article writes the later words in lower case is asked only
                    // where a name of two words is looked up, `by_leading_words`: the
                    // vocabulary answers most words by reading the whole text again.)
                    // (A particle among them too: "Nur Aisyah binti Rahman" is "Dr Nur Aisyah"
                    // again.)
                    let names = ws.all(|w| {
                        is_name_particle(w)
                            || !is_name_suffix(w)
                                && is_capitalized(w)
                                && strip_possessive(w).len() == w.len()
                                && LEXICON.flags(w).exact & (flag::NOT_NAME | flag::PRONOUN) == 0
                    });
                    if names {
                        let mut key = CompactString::from(&*name_key(a));
                        key.push(' ');
                        key.push_str(&name_key(b));
                        note_one(&mut self.leading_words, key, e);
                    }
                }
                let mut inner = head_text.split_ws().skip(1).peekable();
                while let Some(w) = inner.next() {
                    if inner.peek().is_none() {
                        break;
                    }
                    if w.len() > 2
                        && is_capitalized(w)
                        && !w.ends_with('.')
                        && !is_surname_particle(w)
                        && !is_name_suffix(w)
                    {
                        note_one(&mut self.inner_names, CompactString::from(&*name_key(w)), e);
                    }
                }
            }
        }
        let spokes = spokes.filter(|_| self.entities[e].kind == SpeakerType::Organization);
        // An organisation's acronym given after its name is another name of it: "the
        // Environment Agency (EA)", "Fisheries and Oceans Canada (DFO)".
        if let Some(acronym) = acronym_after(&text[end..range.end], head_text) {
            // ("the Veloria Inter-Services Public Relations (VISPR)": a name of several words
            // after "the" that defines an acronym is a body's, whatever its nouns, unless the
            // article tells of a person: a given name, a title, a gender.)
            let ent = &mut self.entities[e];
            // (Nor one whose acronym an office's title follows, the holder named after it:
            // "Bangko Sentral ng Pilipinas (BSP) Deputy General Counsel Elmore Capule": a
            // person holds no office of their own name, so no "he" after it stands for the
            // body.)
            let office_after = || {
                let rest = &text[end + " (".len() + acronym.len() + ")".len()..range.end];
                rest.strip_prefix(' ')
                    .and_then(|r| r.split_ws().next())
                    .is_some_and(|w| LEXICON.is_title(w) && !is_honorific(w))
            };
            if !single
                && !titled
                && (matches!(prev_word, "the" | "The") || office_after())
                && ent.kind == SpeakerType::Person
                && ent.gender.is_none()
                && ent.role.is_none()
                && !head_text.split(' ').next().is_some_and(is_given_name)
            {
                ent.kind = SpeakerType::Organization;
            }
            if self.entities[e].kind == SpeakerType::Organization || !single {
                let key = CompactString::from(&*lowercase(acronym));
                // (An acronym the narration wrote before it defined it, "VWB says …" above
                // "the Veloria Water Board (VWB)", names the organisation by its full name
                // too.)
                if let Some(&a) = self.names.get(&key) {
                    // (Only where the full name as read spells it, its capitalised words'
                    // initials, the hyphen's parts apart, ending in the acronym's letters: a
                    // name read short, "Sailing Club" of "the Kestrel Rowing & Sailing Club
                    // (KRSC)", is not renamed; "the Ghana Environmental Protection Agency
                    // (EPA)" is.)
                    let spells = || {
                        let initials: String = self.entities[e]
                            .name
                            .split([' ', '-'])
                            .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                            .collect();
                        initials.ends_with(acronym)
                    };
                    if a != e && self.entities[a].name == acronym && spells() {
                        self.entities[a].name = self.entities[e].name.clone();
                        self.entities[a].kind = self.entities[e].kind;
                    }
                }
                self.names.entry(key).or_insert(e);
            }
        }
        // The object of a preposition: "the farms of Arroyo Valley", "a letter to Trump",
        // "criticism from economist John Smith" (past a lower-case role).
        // (Past a determiner too: "Grand Chief Louis-Philippe Bastien of the Atikwasi Nation".)
        let governs = |w: &&str| {
            !(w.starts_with(char::is_lowercase) && role_of(w).is_some() || matches!(*w, "the"))
        };
        let governing = match last3.iter().copied().find(governs) {
            Some(w) => w,
            // (Three role nouns before the name: the fourth word is read too.)
            None if last3.len() == 3 => text[range.start..start]
                .split_ws()
                .rev()
                .take(4)
                .find(governs)
                .unwrap_or(""),
            None => "",
        };
        // (Most often the word that governs the name is the word before it, whose look-up
        // `preposition` holds for an untitled name.)
        let governed_by_preposition = || {
            if governing.as_ptr() == prev_word.as_ptr() && governing.len() == prev_word.len() {
                preposition.is_some()
            } else {
                LEXICON.is_preposition(governing)
            }
        };
        // (Not the one an award or a prize goes to, the sentence's topic where no name comes
        // before: "Best actress went to Zunaira Khattak, a theatre actor …. “…,” she said".)
        let recipient = || prize_to() && head_text.contains(' ');
        let oblique = !titled
            && !acts_for
            && !recipient()
            && (governed_by_preposition()
                || matches!(governing, "of" | "with" | "about" | "against"));
        // A phrase that opens the sentence before its comma holds no subject ("Returning
        // to Rome after World Youth Day celebrations, the Pontiff…").
        // (The opening phrase is looked for last: only the first name of a sentence needs it.)
        // An owner ("Trevithick Leisure's managing director") or a name before a noun of a
        // person ("Thurston High senior") is not the subject: the person it describes is.
        let after = &text[end..range.end];
        // (`head_text` is the name without its "’s": the name as written tells.)
        let past_owner = after_possessive(after);
        let owner = past_owner.len() < after.len() || head_text.len() < text[head.clone()].len();
        // (Not "’s" for "is" or "has": "Christie's been making the case", "Trump's not".)
        let owner = owner && {
            let next = past_owner.split_ws().next().unwrap_or("");
            !(next == "been" || next == "not" || LEXICON.is_auxiliary(next))
        };
        // (Past the organisation's acronym too: "Union of Harbour Teachers (UHT) president
        // Tomas Reyd said …" is his sentence, and the "he" after it his.)
        let describes = owner
            || (next_lower && (next_is_role() || is_open_role_noun(next_noun)))
            || after.starts_with(" (") && role_after_acronym(after, head_text)
            // (And the acronym itself, read as the organisation's name again.)
            || after.starts_with(") ")
                && text[..start].ends_with('(')
                && role_next(&after[2..]);
        let first = self
            .mentions
            .last()
            .is_none_or(|m| m.sentence != sentence || m.subject_to_come);
        // A name after a comma and before a cue is the subject of the clause that reports,
        // and so of the sentence, over a name before it that an opening phrase set off
        // ("Using her property, Abbotsford, as an example, Cr McNamara said …").
        // (Or a holder set off by commas after an office, before the cue: "“…,” National
        // Publicity Secretary of IFMAV, Ukadike Obiora, stated.")
        let cue_subject = !first
            && !oblique
            && text[range.start..start].trim_end().ends_with(',')
            && (LEXICON.is_cue(next_word.trim_end_matches([',', '.', ':']))
                // (A person's full name: not a place set off so, "the state capital,
                // Sacramento, said he …", "of Huntsville, Ala., says".)
                || after.starts_with(", ")
                    && head_text.contains(' ')
                    && self.entities[e].kind == SpeakerType::Person
                    && !is_place_shaped(head_text)
                    && {
                        let w = after[2..].split_ws().next().unwrap_or("");
                        LEXICON.is_cue(w.trim_end_matches([',', '.', ':']))
                    });
        // The person a spokesperson's organisation names in apposition is the subject: "The
        // Police spokesperson for the Eastern region, Chief Inspector Hamudun Twizeyimana,
        // said" is his sentence, not the Police's (a "he" that follows is his).
        let named_spokesperson = !first
            && !oblique
            && after.starts_with(',')
            && self.entities[e].kind == SpeakerType::Person
            && self.set_off_by_comma(&text[range.start..start])
            // (Past the objects of its complement: "for the Eastern region".)
            && self
                .last_direct(sentence)
                .is_some_and(|m| {
                    m.subject
                        && m.spokes.is_some()
                        && text[range.start.max(m.start)..start]
                            .split_ws()
                            .nth(16)
                            .is_none()
                });
        if cue_subject || named_spokesperson {
            self.clear_subjects(sentence);
        }
        // The first name after an opening phrase is the subject when no name before it in
        // the sentence is: "While campaigning for Democrat Abigail Spanberger, U.S. Sen. Tim
        // Kaine made the case …" is Kaine's sentence.
        // (Asked only where every name before it in the sentence was passed over.)
        let after_opening = !first
            && !cue_subject
            && !named_spokesperson
            && !oblique
            && (self.now.sentence != sentence || self.now.marked == 0)
            // (The names are in text order: the last is the one that ends latest.)
            && at
                .opening_phrase_end(text, sentence, range.end)
                .is_some_and(|e| {
                    e <= start && self.sentence_mentions(sentence).next().is_none_or(|m| m.start < e)
                });
        let first = first || cue_subject || named_spokesperson || after_opening;
        // (The organisation a spokesperson speaks for is the subject when the spokesperson
        // is: "A spokeswoman for CalMor Marine said", "A Calder Marine spokesman said".)
        // (Nor the subject of what a pronoun reports: in "He says Tararua District has
        // declared an emergency" the sentence's subject is "He".)
        // (Nor, with the subject named before the cue, the subject of the clause it reports:
        // "McAnulty says Cyclone Gabrielle has had major impacts", told from the auxiliary
        // after the name, which an object lacks: "Warren told Stumpf, after he admitted".)
        // (Nor the subject of a clause a cue's "that" opens: "“…,” said the pope, adding that
        // Egypt deserved better" is the pope's sentence, and the "he" after it his.)
        let after_that = || matches!(last3, ["that", cue, ..] if LEXICON.is_cue(cue));
        let reported = if first {
            reported_by_pronoun(text, sentence.max(range.start), last3) || after_that()
        } else {
            LEXICON.is_cue(prev_word)
                && after
                    .split_ws()
                    .next()
                    .is_some_and(|w| LEXICON.is_auxiliary(w))
        };
        // The source a sentence opens with, "According to Kunkuyu, President Chakwera is
        // deeply saddened …", is whose words the sentence reports: its subject for the
        // pronouns that follow ("“…,” he told a news conference" is Kunkuyu's). Only a
        // person's name, full or with a role (not an outlet's: "According to ProPublica,
        // Clinton praised …. She also said" is Clinton's).
        // (Told from the length of the words before the name first: most names have none
        // or many.)
        let source = || {
            let lead = text[sentence.max(range.start)..start].trim();
            let ent = &self.entities[e];
            lead.len() == "according to".len()
                && according()
                && (ent.role.is_some() || ent.name.contains(' '))
        };
        let subject = first
            && !reported
            && (source()
                || (spokes.is_some() || !oblique && !describes)
                    && match at.opening_phrase_end(text, sentence, range.end) {
                        Some(e) if start < e => false,
                        // (Nor a name after a pronoun that opens the sentence, its
                        // subject: "He said that the prime minister would visit Karachi
                        // this week.", "It was not his job to correct reports that
                        // misquoted Dr Mahathir" (not "It was Mahathir who", where the
                        // name follows "It" and its verb).)
                        phrase => {
                            let lead = phrase.unwrap_or(sentence).max(range.start).min(start);
                            // (Past the comma that ends the opening phrase: "Speaking to
                            // reporters, he said floods had hurt Pakistan.")
                            let mut words = text[lead..start].trim_start_matches(',').split_ws();
                            !words.next().is_some_and(|w| {
                                matches!(
                                    he_she_or_they(w),
                                    Some(
                                        PronounKind::Male
                                            | PronounKind::Female
                                            | PronounKind::Plural
                                    )
                                ) || w == "It" && words.nth(1).is_some()
                            })
                        }
                    });
        self.last_seen[e] = Some(start);
        self.entities[e].subject_seen |= subject;
        self.entities[e].owner_seen |= owner;
        // (" quoted " or " quotes " before any punctuation in the next words: see
        // `find_quoted_verb`.)
        // (Looked for only where the next word is the verb or a preposition that may open a
        // phrase of time before it: "Radio Kildare on Tuesday quoted him". Only before "as"
        // and a participle: "quotes Lincoln often", "in comments quoted by state media" and
        // "quoted figures" quote no one's words.)
        let quoter = (matches!(next_word, "quoted" | "quotes")
            || next_lower && LEXICON.is_preposition(next_word))
            && quotes_as_saying(&text[end..range.end]);
        if self.now.sentence != sentence || self.mentions.is_empty() {
            self.now = SentenceSoFar {
                sentence,
                marked: 0,
                last_direct: None,
                cleared_to: self.mentions.len(),
            };
        }
        self.now.marked += usize::from(subject || reported);
        if !oblique {
            self.now.last_direct = Some(self.mentions.len());
        }
        // ("The elder Pham laughed …": of the people of that name, the oldest, for whom a
        // "he" that follows stands too.)
        let e = match seniority(&text[..start]) {
            Some(elder) if single => self
                .by_seniority(text, head_text, elder, start)
                .unwrap_or(e),
            _ => e,
        };
        self.mentions.push(Named {
            start,
            entity: e,
            oblique,
            sentence,
            subject,
            reported,
            subject_to_come: first && describes && !oblique && spokes.is_none(),
            spokes,
            owner,
            quoter,
            pending,
        });
        self.name_couple(text);
    }

    /// Records the initials of `title`, two to four words each a title's ("Detective Chief
    /// Superintendent"), as a title's acronym ("DCS"): see [`Registry::past_title_acronym`].
    fn record_title_initials(&mut self, title: &str) {
        // (Most titles are one word, "President": told before any look-up.)
        if !title.trim_end().contains(' ') {
            return;
        }
        let mut initials = [0u8; 4];
        let mut n = 0;
        for w in title.split_ws() {
            let b = w.as_bytes()[0];
            if n == initials.len()
                || !b.is_ascii_uppercase()
                || !w[1..].bytes().all(|c| c.is_ascii_lowercase())
                || !LEXICON.is_title(w)
            {
                return;
            }
            initials[n] = b;
            n += 1;
        }
        if n < 2 {
            return;
        }
        // (ASCII capitals: a str.)
        let acronym = std::str::from_utf8(&initials[..n]).unwrap_or("");
        if !self.title_acronyms.iter().any(|a| a == acronym) {
            self.title_acronyms.push(acronym.into());
        }
    }

    /// `name` past an office's acronym the narration defined, written before it as a title
    /// ("CIP Twizeyimana" is Twizeyimana; see [`defined_title_acronym`]).
    fn past_title_acronym<'t>(&self, name: &'t str) -> &'t str {
        if self.title_acronyms.is_empty() {
            return name;
        }
        match name.split_once(' ') {
            Some((first, rest)) if self.title_acronyms.iter().any(|a| a == first) => {
                rest.trim_start()
            }
            _ => name,
        }
    }

    /// The last name recorded in the sentence that starts at `sentence` that is not the object
    /// of a preposition.
    fn last_direct(&self, sentence: usize) -> Option<&Named> {
        let i = self
            .now
            .last_direct
            .filter(|_| self.now.sentence == sentence)?;
        self.mentions.get(i)
    }

    /// No name recorded so far in the sentence that starts at `sentence` is its subject any
    /// more. (Only those recorded since the last clearing are read again.)
    fn clear_subjects(&mut self, sentence: usize) {
        if self.now.sentence != sentence {
            return;
        }
        let from = self.now.cleared_to.min(self.mentions.len());
        for m in self.mentions[from..].iter_mut().rev() {
            if m.sentence != sentence {
                break;
            }
            if m.subject && !m.reported {
                self.now.marked -= 1;
            }
            m.subject = false;
        }
        self.now.cleared_to = self.mentions.len();
    }

    /// The names recorded so far in the sentence that starts at `sentence`, the last first.
    fn sentence_mentions(&self, sentence: usize) -> impl Iterator<Item = &Named> {
        self.mentions
            .iter()
            .rev()
            .take_while(move |m| m.sentence == sentence)
    }

    /// Does `lead`, the text before a name, end with a comma, or with a comma and an office
    /// written out with its acronym ("…, Chief Inspector of Police (CIP)")?
    fn set_off_by_comma(&self, lead: &str) -> bool {
        let lead = lead.trim_end();
        if lead.ends_with(',') {
            return true;
        }
        if self.title_acronyms.is_empty() || !lead.ends_with(')') {
            return false;
        }
        lead.rsplit_once(',').is_some_and(|(_, office)| {
            office.split_ws().all(|w| {
                w.starts_with(char::is_uppercase)
                    || matches!(w, "of" | "for" | "and" | "the")
                    || w.strip_prefix('(')
                        .and_then(|w| w.strip_suffix(')'))
                        .is_some_and(|a| self.title_acronyms.iter().any(|t| t == a))
            })
        })
    }

    /// Adds a mention of `name`, merging it with an entity it names again.
    ///
    /// The entity's name is its fullest form seen inside a sentence; a form that opens a
    /// sentence counts only when there is no other, since any first word is capitalised there
    /// ("Injecting Clinton", "Rival Hillary Clinton"). A person's full name merges only with
    /// the same full name, or with a person of the same surname whose given name does not
    /// differ ("Brunner", "Lukas Brunner"): "Anna Brunner" is someone else.
    ///
    /// `spaced`: whether `name` holds a space (words of several), which the caller has read.
    /// Returns the entity, the honorific's gender where the choice of the person is left
    /// until the article's evidence of gender is read (see [`Named::pending`]), and whether a
    /// person known by one word until now is named in full by it.
    fn add(
        &mut self,
        name: &str,
        spaced: bool,
        at_start: bool,
        beside: Beside,
        vocabulary: &Vocabulary,
    ) -> (usize, Option<Gender>, bool) {
        // (Lower-cased without allocating; a String only for a name not yet recorded.)
        let lower = name_key(name);
        // (Read through once: each read of a lower-cased copy checks its bytes again.)
        let full: &str = &lower;
        let by_name = self.names.get(full).copied();
        // Whether it names an organisation matters only for a name not recorded under its
        // full form (a name read again is found at once, and is most of them).
        let org = by_name.is_none()
            && (beside.organization || is_organization(name) && !surname_of_a_body(name, &beside));
        // The surname's key, lower-cased once for both the look-up and the record; a name of
        // one word (most names read again) is its own surname, already lower-cased. (Only
        // for a name not recorded under its full form: the key is not read otherwise.)
        // (A name with a space is no one word, told without reading it again: the caller
        // has read whether it holds one. Told once, for the surname and for
        // `same_person_of`, which is asked only of a name not recorded.)
        let one_word = by_name.is_none() && !spaced && is_one_ascii_word(name);
        let sur = if by_name.is_some() || one_word {
            name
        } else {
            surname(name)
        };
        let sur_lower = (sur.len() != name.len()).then(|| name_key(sur));
        let sur_key: &str = sur_lower.as_deref().unwrap_or(full);
        // "the Council", "the Chamber" after "Brent Council", "the Huron Chamber of Commerce":
        // an organisation's word after "the" stands for the last organisation named with it;
        // so does the word alone, as some outlets write it ("Army said" after "the Indian
        // Army").
        let found = by_name.or_else(|| {
            if org && !spaced && beside.after_the {
                self.organisation_with_word(name)
            } else if org && !spaced && LEXICON.is_organization_word(name) {
                self.organisation_headed_by(name)
            } else {
                None
            }
        });
        let found = found.or_else(|| {
            (!org)
                .then(|| {
                    let not = beside.written.as_deref().and_then(relative_named);
                    self.same_person_of(sur_key, name, one_word, beside.gender, usize::MAX, not)
                        .map(|e| self.titled_namesake(sur_key, e, &beside.roles))
                        .or_else(|| {
                            spaced
                                .then(|| self.by_leading_words(full, beside.gender, vocabulary))
                                .flatten()
                        })
                        // ("Ato Tesfaye" after "Ato Tesfaye Gebremariam": a form of address,
                        // read as no title before one word (address.txt), and the given name
                        // of one person named in full after that form.)
                        .or_else(|| {
                            let (first, given) = name.split_once(' ').filter(|_| spaced)?;
                            if given.contains(' ') || !is_form_of_address_word(first) {
                                return None;
                            }
                            let gender = beside.gender.or(LEXICON.title_gender(first));
                            let key = name_key(given);
                            self.given_holder(&key, gender, true)
                                .filter(|&e| {
                                    self.addressed.iter().any(|(w, x)| *x == e && w == first)
                                })
                                // (Or before a surname, as a title: "Mme Dubreuil" after
                                // "Mme Claire Dubreuil", "Hajji Ssekandi".)
                                .or_else(|| {
                                    self.same_person_of(&key, given, true, gender, usize::MAX, None)
                                        .filter(|&e| self.entities[e].name.contains(' '))
                                })
                        })
                        // (A person's full name after a word that names no one: "former
                        // Kumuls John Wilshere" is John Wilshere.)
                        .or_else(|| {
                            let (_, rest) = full.split_once(' ').filter(|_| spaced)?;
                            let &e = self.names.get(rest)?;
                            let ent = &self.entities[e];
                            // (Someone the article has told of: not a name of no shape,
                            // which may be a body's read short, "Humber Ports" of
                            // "Associated Humber Ports".)
                            // (Nor a relative named with the same names: "His son
                            // Siosaia Aleki Fonua".)
                            let kin = beside.written.as_deref().is_some_and(|r| {
                                r.split_ws().any(|w| is_relative_noun(&lowercase(w)))
                            });
                            (ent.kind == SpeakerType::Person
                                && !ent.is_shapeless()
                                && !kin
                                && same_name_one_word_apart(&ent.name, name))
                            .then_some(e)
                        })
                        .or_else(|| {
                            (!spaced)
                                .then(|| {
                                    // (Not a name with a role of its own: "Ms Tan, a
                                    // customer, said", "said Jessica, a student" are someone
                                    // else.)
                                    let own_role =
                                        !beside.written.as_deref().is_none_or(only_honorifics);
                                    let inner = || {
                                        (!own_role)
                                            .then(|| self.by_inner_name(full, beside.gender))
                                            .flatten()
                                    };
                                    self.by_given_name(full, beside.gender)
                                        .or_else(inner)
                                        .or_else(|| {
                                            (!own_role)
                                                .then(|| self.by_first_word(full, beside.gender))
                                                .flatten()
                                        })
                                })
                                .flatten()
                        })
                })
                .flatten()
        });
        // A surname misspelt by one doubled letter, dropped or written twice ("Canan said" after
        // "Coun. Ron Cannan"), is the one person named in full with it spelt so, where no one
        // has it as written.
        let found = found.or_else(|| {
            (one_word && !org && name.len() >= 4 && beside.written.is_none())
                .then(|| self.misspelt_surname(full))
                .flatten()
        });
        // (A surname alone after an honorific that tells a gender, which another person of
        // that surname fits as well, neither's gender told yet: chosen again later. A surname
        // with its particles too, "Mr Ó Riordáin", "Ms van der Berg": the name is all surname.)
        let pending = beside.gender.filter(|_| {
            found.is_some_and(|e| {
                by_name.is_none()
                    && (one_word || name.split(' ').rev().skip(1).all(is_surname_particle))
                    && self.another_unknown_of_surname(sur_key, e)
            })
        });
        // (A name a spokesperson speaks for, and that names no one known, is an organisation's.)
        let org = org || found.is_none() && beside.speaks_for.is_some();
        // (Whether a person known by one word is now named in full: "Doyle’s Hardware", then
        // "Declan Doyle".)
        let mut completed = false;
        let e = match found {
            Some(e) => {
                let ent = &mut self.entities[e];
                // (A name of several words read before, in full, as nobody's in particular,
                // with no given name, gender or role: "Associated Humber Ports confirmed …".
                // Not a person's surname read again: "a spokeswoman for Gore".)
                let shapeless = by_name.is_some() && ent.is_shapeless();
                if beside.speaks_for.is_some() && shapeless {
                    ent.kind = SpeakerType::Organization;
                }
                if ent.kind == SpeakerType::Organization {
                    if let Some(noun) = &beside.speaks_for {
                        ent.roles.insert(noun.clone());
                        ent.role = ent.role.take().or_else(|| Some(noun.to_string()));
                    }
                }
                // Rank: a name of two words or more seen inside a sentence, then length.
                let rank = |n: &str, start: bool| (!start && n.contains(' '), n.len());
                // (A name read again as the entity holds it, most of them, outranks its own
                // form only where that opened a sentence, and this one does not, and it has
                // two words: the ranks compared without reading either.)
                let outranks = || {
                    if name == ent.name.as_str() {
                        !at_start && ent.name_at_start && spaced
                    } else {
                        (!at_start && spaced, name.len()) > rank(&ent.name, ent.name_at_start)
                            && !is_particle_surname_of(&ent.name, name)
                            && !same_name_one_word_apart(&ent.name, name)
                    }
                };
                if ent.kind == SpeakerType::Person && outranks() {
                    completed = spaced && !ent.name.contains(' ');
                    // (A surname first read after "the" is a person's once named in full
                    // elsewhere: "the Petrova family's shop", then "Desislava Petrova, 29,".)
                    if completed && !beside.after_the {
                        ent.after_the = false;
                    }
                    ent.name = CompactString::from(name);
                    ent.name_at_start = at_start;
                }
                for r in beside.roles {
                    ent.roles.insert(r);
                }
                if pending.is_none() {
                    ent.gender = ent.gender.or(beside.gender);
                }
                // The first role written, unless it was an honorific alone ("Dr. Ward", then
                // "Senate candidate Dr. Kelli Ward").
                let better = |new: &String| {
                    ent.role.as_deref().is_none_or(only_honorifics) && !only_honorifics(new)
                };
                if ent.role.is_none() || beside.written.as_ref().is_some_and(better) {
                    ent.role = beside.written;
                }
                e
            }
            None => {
                let kind = if org {
                    SpeakerType::Organization
                } else {
                    SpeakerType::Person
                };
                let mut roles = RoleSet::default();
                for r in beside.roles {
                    roles.insert(r);
                }
                let mut role = beside.written;
                if let Some(noun) = beside.speaks_for.filter(|_| org) {
                    role = role.or_else(|| Some(noun.to_string()));
                    roles.insert(noun);
                }
                self.entities.push(Entity {
                    name: CompactString::from(name),
                    name_at_start: at_start,
                    kind,
                    gender: beside.gender,
                    roles,
                    role,
                    after_the: beside.after_the,
                    subject_seen: false,
                    owner_seen: false,
                    modifier_seen: false,
                    verb_seen: false,
                });
                self.last_seen.push(None);
                self.same_surname.push(usize::MAX);
                let e = self.entities.len() - 1;
                if !org {
                    // (A String only for a surname not yet recorded.)
                    match self.surnames.get_mut(sur_key) {
                        Some(last) => {
                            self.same_surname[e] = *last;
                            *last = e;
                        }
                        None => {
                            self.prefixed_surnames |=
                                matches!(sur_key.as_bytes().get(..3), Some(b"al-" | b"el-"));
                            self.surnames.insert(CompactString::from(sur_key), e);
                        }
                    }
                }
                e
            }
        };
        // A surname alone ("Pruitt") is looked up among the people of that surname.
        // (Not a surname that waits for the article's evidence of gender, "Mr Ó Briain": the
        // next one would be found by it at once, and never wait.)
        if by_name.is_none() && (org || spaced) && pending.is_none() {
            self.names.insert(CompactString::from(full), e);
        }
        (e, pending, completed)
    }

    /// The person `e`, named with a nickname before their surname (`Heaven “Snakey”
    /// Charles`), is the one the given name read before the nickname names (at `given_at`,
    /// after its titles: "Calypso Monarch Heaven"): that mention is theirs, with the gender
    /// and roles it was read with. (The nickname, a quotation, cut the name in two.)
    fn adopt_given_name(&mut self, e: usize, given_at: usize) {
        let Some(m) = self.mentions.last_mut() else {
            return;
        };
        let g = m.entity;
        if m.start > given_at
            || g == e
            || self.entities[g].kind != SpeakerType::Person
            || self.entities[g].name.contains(' ')
        {
            return;
        }
        m.entity = e;
        // (The given name looked up by its word, "said Manny “Pacman” Villanueva", finds
        // the entity read there: it stands for the full name.)
        self.nicknamed.insert(g, e);
        let given = std::mem::take(&mut self.entities[g].roles);
        let (gender, role) = (self.entities[g].gender, self.entities[g].role.clone());
        let ent = &mut self.entities[e];
        ent.gender = ent.gender.or(gender);
        ent.role = ent.role.take().or(role);
        let words = if given.many.is_empty() {
            given.few
        } else {
            given.many.into_iter().collect()
        };
        for r in words {
            ent.roles.insert(r);
        }
    }

    /// The one organisation among the last 64 names whose name of several words `word` ends
    /// ("Army said" after "the Veloria Army", "Police said" after "Kenya Police"), as some
    /// outlets write an organisation's word alone.
    fn organisation_headed_by(&self, word: &str) -> Option<usize> {
        // (The word alone is read more narrowly than after "the": only the organisations
        // whose name it ends, and only one of them. "Police said" after "the Independent
        // Police Complaints Commission" or "the Police Federation" names neither; after
        // "Police Scotland" and "the Metropolitan Police", no one knows which.)
        let start = self.entities.len().saturating_sub(64);
        let mut found = None;
        for e in start..self.entities.len() {
            let ent = &self.entities[e];
            let headed = ent.kind == SpeakerType::Organization
                && ent
                    .name
                    .rsplit_once(' ')
                    .is_some_and(|(_, last)| last.eq_ignore_ascii_case(word));
            if headed {
                if found.is_some() {
                    return None;
                }
                found = Some(e);
            }
        }
        found
    }

    /// The last organisation of several words named among the last 64 names whose name holds
    /// `word`, in any case: "the Council" after "Brent Council".
    ///
    /// Not "the House", a chamber of its own, never "the White House" nor a committee of it.
    fn organisation_with_word(&self, word: &str) -> Option<usize> {
        if word.eq_ignore_ascii_case("house") {
            return None;
        }
        let start = self.entities.len().saturating_sub(64);
        (start..self.entities.len()).rev().find(|&e| {
            let ent = &self.entities[e];
            ent.kind == SpeakerType::Organization
                && ent.name.contains(' ')
                && ent.name.split(' ').any(|w| w.eq_ignore_ascii_case(word))
        })
    }

    /// The one person named in full whose given name `lower` is (lower case), of a gender
    /// that does not differ from `gender`: "Hasan" after "Foreign Minister Hasan Mahmud"; or
    /// whose nickname it is, written inside the name ("Tunde" of `Babatunde “Tunde”
    /// Olamide-Rhys`). None when the word is someone's surname, or two people share the
    /// given name.
    fn by_given_name(&self, lower: &str, gender: Option<Gender>) -> Option<usize> {
        // (A nickname the narration wrote inside one person's name, first.)
        if let Some(&e) = self.nicknames.get(lower).filter(|&&e| e != usize::MAX) {
            return genders_agree(gender, self.entities[e].gender).then_some(e);
        }
        if self.surnames.contains_key(lower) {
            return None;
        }
        self.given_holder(lower, gender, false)
    }

    /// The one person named in full with `lower` (lower case) as an inner word of a name of
    /// three words or more ([`Registry::inner_names`]), of a gender that does not differ, whom
    /// the narration shows to be someone ([`Entity::is_shown_someone`]): "Lula said" after
    /// "Brazilian President Luiz Inácio Lula da Silva". None when the word is someone's surname
    /// or given name.
    fn by_inner_name(&self, lower: &str, gender: Option<Gender>) -> Option<usize> {
        if self.inner_names.is_empty()
            || self.surnames.contains_key(lower)
            || self.given_names.contains_key(lower)
        {
            return None;
        }
        let e = *self.inner_names.get(lower)?;
        let ent = self.entities.get(e)?;
        (ent.kind == SpeakerType::Person
            && genders_agree(gender, ent.gender)
            && ent.is_shown_someone())
        .then_some(e)
    }

    /// The one person named in full by a name of three words or more whose first two words
    /// are the two words of `key` (lower case, [`Registry::leading_words`]), of a gender that
    /// does not differ: "Dr Nurul Azmin" after "Dr Nurul Azmin Halim". Not where a
    /// generational suffix follows them ("Donald Trump" is not "Donald Trump Jr."), nor a
    /// name of a place's shape, nor one the narration does not show to be someone's
    /// ([`Entity::is_shown_someone`]), nor one whose later words the article writes in
    /// lower case too (`vocabulary`): a headline's "Kestrel Vell Outpaces Rivals".
    fn by_leading_words(
        &self,
        key: &str,
        gender: Option<Gender>,
        vocabulary: &Vocabulary,
    ) -> Option<usize> {
        if self.leading_words.is_empty() {
            return None;
        }
        let e = *self.leading_words.get(key)?;
        let ent = self.entities.get(e)?;
        (ent.kind == SpeakerType::Person
            && ent.is_shown_someone()
            && genders_agree(gender, ent.gender)
            && !is_place_shaped(&ent.name)
            && !ent
                .name
                .split(' ')
                .skip(2)
                .any(|w| !is_name_particle(w) && vocabulary.has_lower(&lowercase(w))))
        .then_some(e)
    }

    /// The person a one-word name (`lower`, lower case) stands for by a word of their full
    /// name: the given name ([`Registry::by_given_name`]), else an inner word
    /// ([`Registry::by_inner_name`]).
    fn by_word_of_name(&self, lower: &str, gender: Option<Gender>) -> Option<usize> {
        self.by_given_name(lower, gender)
            .or_else(|| self.by_inner_name(lower, gender))
    }

    /// The one person named in full with `lower` (lower case) as the first word of a name of
    /// three words or more, named again with an honorific that tells a gender (`gender`)
    /// and that word alone: a family name written first, "Ms Lian" after "its deputy managing
    /// director for financial supervision Lian Mei Tor", "Mr Tan" after "Tan Kok Meng". An
    /// honorific says the word is a person's name, so the narration need not have shown the
    /// full name to be someone's (as [`Registry::by_given_name`] asks). Not a name of two
    /// words, whose first word after an honorific is as often another person's surname ("Mr
    /// Grant" is not Grant Holloway), nor of a place's or an organisation's shape. None when
    /// the word is someone's surname.
    fn by_first_word(&self, lower: &str, gender: Option<Gender>) -> Option<usize> {
        if gender.is_none() || self.surnames.contains_key(lower) {
            return None;
        }
        let e = *self.given_names.get(lower)?;
        let ent = self.entities.get(e)?;
        (ent.kind == SpeakerType::Person
            && genders_agree(gender, ent.gender)
            && ent.name.split(' ').nth(2).is_some()
            && !is_place_shaped(&ent.name)
            && !is_organization(&ent.name))
        .then_some(e)
    }

    /// The person a one-word name read as someone of its own stands for, when that word is
    /// the given name of the one person named in full with it ([`Registry::by_given_name`]):
    /// "Sandra, 69" and "Sandra said" are Sandra Murray's once "Youngest daughter Sandra
    /// Murray" is named, though "Sandra" was read first.
    ///
    /// `speaks`: the one-word name is a quotation's speaker ("“…,” Shadab said"), which
    /// makes it someone's: then the full name need only have been seen before a verb
    /// ("captain … Shadab Khan has said …", [`Entity::verb_seen`]), with no role or gender
    /// the narration tells.
    fn full_person(&self, e: usize, speaks: bool, fresh: bool) -> usize {
        let ent = &self.entities[e];
        if ent.kind != SpeakerType::Person || ent.name.contains(' ') || self.given_names.is_empty()
        {
            return e;
        }
        let key = name_key(&ent.name);
        // (A quotation's speaker is someone's name: it may stand for a full name by an inner
        // word, by a given name seen as a subject, or by a given name's short form too; not
        // a word introduced there as someone of its own, `fresh`, "said Don, a retired
        // machinist", nor one with a role of its own. Each rule's full name is a person's of
        // a gender that does not differ, not first named in a headline, whose capitalised
        // words name no one: "Hillary Clinton Goes After Donald Trump".)
        let fits = |&f: &usize| {
            let full = &self.entities[f];
            full.kind == SpeakerType::Person
                && genders_agree(ent.gender, full.gender)
                && !self.named_in_headline(f)
        };
        let spoken = || {
            (!fresh && self.alone_as_speaker(&key, e))
                .then(|| {
                    self.inner_holder(&key)
                        .filter(fits)
                        .or_else(|| self.subject_given_holder(&key).filter(fits))
                        .or_else(|| self.shortened_given_holder(&key).filter(fits))
                })
                .flatten()
        };
        self.given_holder(&key, ent.gender, speaks)
            .or_else(|| speaks.then(spoken).flatten())
            .filter(|&f| f != e)
            .unwrap_or(e)
    }

    /// May the one-word name `e` (`lower`, lower case) stand for someone else's full name
    /// ([`Registry::full_person`]'s later rules)? Not where another person has that surname,
    /// nor where the narration gives `e` a role of its own.
    fn alone_as_speaker(&self, lower: &str, e: usize) -> bool {
        let me = &self.entities[e];
        self.surnames.get(lower).is_none_or(|&s| s == e)
            && self.same_surname[e] == usize::MAX
            && me.role.is_none()
            && me.roles.is_empty()
    }

    /// Was the person `f` first named in the article's headline ([`is_headline`]), whose
    /// capitalised words name no one? In a headline in sentence case, which capitalises names
    /// only, that is a name the narration does not write again: "Ayushmann Khurrana registers
    /// career-best opening with Bala" ⏎ "Ayushmann Khurrana’s new film …" names him, and
    /// "Orrin Foods cuts 800 jobs" ⏎ "Orrin Foods Plc said …" no person "Orrin".
    fn named_in_headline(&self, f: usize) -> bool {
        self.headline
            && self.in_first_sentence(self.first_seen(f))
            && (self.headline_title_case || {
                // (The table of mentions grouped, not `last_seen`: a surname chosen again by
                // gender after the reading may have moved a mention to this person.)
                let last = self
                    .seen_from
                    .get(f + 1)
                    .and_then(|&i| i.checked_sub(1))
                    .and_then(|i| self.seen.get(i));
                last.is_none_or(|&at| self.in_first_sentence(at))
            })
    }

    /// The one person named in full with the given name `lower` (lower case) whom the
    /// narration named as a sentence's subject, for a quotation's speaker of that one word
    /// ([`Registry::full_person`]): "Tigist Alemayehu and Dawit Bekele, reporters for the
    /// weekly, were arrested …" ⏎ "“…,” Tigist said", as an Ethiopian or Icelandic name is
    /// written again by its given name. Or as an owner the narration shows to be a person,
    /// by a gender or a role: "Ayushmann Khurrana’s new film saw …, which marks the actor’s
    /// biggest opening" ⏎ "“…,” said Ayushmann" (not "John Lewis's winter sale"). ([`Registry::given_holder`] asks for a role, a
    /// gender, or a verb right after the name.)
    fn subject_given_holder(&self, lower: &str) -> Option<usize> {
        let f = *self.given_names.get(lower).filter(|&&f| f != usize::MAX)?;
        let ent = &self.entities[f];
        // (An owner the narration shows to be a person, by a gender or a role: "John Lewis's
        // winter sale" and "Morgan Stanley's analysts" name firms.)
        let person = || ent.gender.is_some() || ent.role.is_some() || !ent.roles.is_empty();
        ((ent.subject_seen || ent.owner_seen && person()) && !ent.after_the).then_some(f)
    }

    /// The one person whose given name, written in full, `lower` (lower case, three letters
    /// or more, two fewer than the given name at least, no one's given name in full)
    /// shortens, for a quotation's speaker of that one word ([`Registry::full_person`]):
    /// "says Matt" after "chief executive Matthew Hill", "Chris said" after "Christine
    /// Okafor", as local news names a person again by the short form of the given name. Not
    /// "Paul" of Paula, a name of its own; not where two people's given names open with it
    /// ("Dan" of Daniel and Danielle); and only a full name the narration shows to be
    /// someone's or saw before a verb.
    fn shortened_given_holder(&self, lower: &str) -> Option<usize> {
        if lower.chars().count() < 3 || self.given_names.contains_key(lower) {
            return None;
        }
        // (The given names that open with it: a range of the sorted list.)
        let sorted = self.given_sorted.get_or_init(|| {
            let mut v: Vec<_> = self
                .given_names
                .iter()
                .map(|(g, &e)| (g.clone(), e))
                .collect();
            v.sort_unstable();
            v
        });
        let from = sorted.partition_point(|(g, _)| g.as_str() < lower);
        let mut holders = sorted[from..]
            .iter()
            .take_while(|(g, _)| g.starts_with(lower))
            .filter(|(g, _)| g.len() >= lower.len() + 2)
            .map(|&(_, f)| f);
        let f = holders.next()?;
        if f == usize::MAX || holders.next().is_some() {
            return None;
        }
        let ent = &self.entities[f];
        (ent.is_shown_someone() || ent.verb_seen && !ent.after_the).then_some(f)
    }

    /// The one person named in full with `lower` as an inner word of their name
    /// ([`Registry::inner_names`]), no one's given name, for a quotation's speaker of that
    /// one word ([`Registry::full_person`]): "“…,” Montoya said" after "José Montoya Herrera,
    /// who grows maize, said …", the paternal surname a Spanish name is written with again.
    /// (A speaker's word is someone's name, so the full name need only have been a
    /// sentence's subject or a verb's, not shown a role or gender, as
    /// [`Registry::by_inner_name`] asks of a word read as a name anywhere.) Not a name of a
    /// place's shape.
    fn inner_holder(&self, lower: &str) -> Option<usize> {
        if self.inner_names.is_empty() || self.given_names.contains_key(lower) {
            return None;
        }
        let f = *self.inner_names.get(lower).filter(|&&f| f != usize::MAX)?;
        let ent = &self.entities[f];
        ((ent.is_shown_someone() || (ent.verb_seen || ent.subject_seen) && !ent.after_the)
            && !is_place_shaped(&ent.name))
        .then_some(f)
    }

    /// [`Registry::by_given_name`], whether or not the word is someone's surname. `speaks`:
    /// the word is a quotation's speaker (see [`Registry::full_person`]).
    fn given_holder(&self, lower: &str, gender: Option<Gender>, speaks: bool) -> Option<usize> {
        let e = *self.given_names.get(lower)?;
        let ent = self.entities.get(e)?;
        let same_gender = genders_agree(gender, ent.gender);
        // (A speaker's given name is someone's: then a full name seen as a verb's subject
        // will do too.)
        let someone = ent.is_shown_someone() || speaks && ent.verb_seen && !ent.after_the;
        (ent.kind == SpeakerType::Person && same_gender && someone).then_some(e)
    }

    /// The person of `name`'s surname that `name` may name again, the one named last before
    /// `at` (else the first named after it): the given names must not differ ("Anna Brunner"
    /// is not "Lukas Brunner"), nor the genders ("Mrs. Pruitt" is not "Harold Pruitt" when he
    /// is known to be a man), nor a generational suffix ("Donald Trump Jr.").
    /// `not` is a name the mention is described by, which it cannot be ("Mrs Bell, the widow
    /// of Tom Bell,"): see [`relative_named`].
    fn same_person(
        &self,
        name: &str,
        gender: Option<Gender>,
        at: usize,
        not: Option<&str>,
    ) -> Option<usize> {
        let one_word = is_one_ascii_word(name);
        self.same_person_of(&name_key(surname(name)), name, one_word, gender, at, not)
    }

    /// The last person named whose surname is `surname` (lower case) prefixed "al-" or "el-".
    fn prefixed_surname(&self, surname: &str) -> Option<&usize> {
        // (Asked at every surname not yet recorded: answered at once where none is prefixed.)
        if !self.prefixed_surnames || surname.len() < 3 || surname.contains(['-', ' ']) {
            return None;
        }
        ["al-", "el-"].iter().find_map(|p| {
            let mut key = CompactString::from(*p);
            key.push_str(surname);
            self.surnames.get(key.as_str())
        })
    }

    /// The person of surname `surname` (lower-cased) whom a surname written with titles
    /// (`roles`, lower-cased as [`beside`] reads them) names, where `e`, the one
    /// [`Registry::same_person_of`] chose, was named with none of them and another person of
    /// that surname was: "Rev. Kollie" after "Reverend Sumo Kollie" and then "Pastor Flomo
    /// Kollie" is the reverend. The last named of those, else `e`.
    fn titled_namesake(&self, surname: &str, e: usize, roles: &[CompactString]) -> usize {
        // (Titles that tell a person apart, not those of courtesy that anyone is given.)
        let telling = |r: &CompactString| !is_courtesy_title(r);
        if roles.is_empty()
            || self.same_surname[e] == usize::MAX && self.surnames.get(surname) == Some(&e)
        {
            return e;
        }
        // (Not one who held it before: "Former Sen. Tom Bell" is no "Sen. Bell".)
        let holds = |x: usize| {
            let ent = &self.entities[x];
            roles
                .iter()
                .filter(|r| telling(r))
                .any(|r| ent.roles.contains(r))
                && !["former", "retired", "ex", "late"]
                    .iter()
                    .any(|f| ent.roles.contains(f))
        };
        if holds(e) || !roles.iter().any(telling) {
            return e;
        }
        let Some(&last) = self.surnames.get(surname) else {
            return e;
        };
        self.of_surname(last)
            .find(|&x| x != e && self.entities[x].kind == SpeakerType::Person && holds(x))
            .unwrap_or(e)
    }

    /// [`Registry::same_person`], with `name`'s surname already lower-cased (`surname`) and
    /// whether it is one ASCII word (`one_word`, [`is_one_ascii_word`]): [`Registry::add`]
    /// has them at hand.
    fn same_person_of(
        &self,
        surname: &str,
        name: &str,
        one_word: bool,
        gender: Option<Gender>,
        at: usize,
        not: Option<&str>,
    ) -> Option<usize> {
        // ("Jubeir" is the surname of "Adel al-Jubeir", "Sisi" that of "Abdel Fattah
        // el-Sisi": a surname written without its prefix, looked for with it where no one
        // has it bare.)
        let &last = match self.surnames.get(surname) {
            Some(last) => last,
            None => self.prefixed_surname(surname)?,
        };
        let particle = !one_word && opens_with_particle(name);
        // The people of the surname, the last named first (see `of_surname`).
        let candidates = self.of_surname(last);
        // (A name of one ASCII word, most names read again, has no given name: not read.)
        let given = if one_word { None } else { given_name(name) };
        // (Asked only when there is a given name: see `same_suffix`.)
        let junior = given.is_some() && has_suffix(name);
        let fits = |e: usize| {
            let ent = &self.entities[e];
            // (The other's given name matters only when this name has one: most names read
            // again are a surname alone.)
            let other = given.and_then(|_| given_name(&ent.name));
            // (Or the name is the end of the other, written in full before: "Álvarez de la
            // Torre" is Ignacio Álvarez de la Torre, "Senthil Kumar" is A. R. Senthil Kumar.)
            let same_given = match (given, other) {
                (Some(a), Some(b)) => {
                    a.eq_ignore_ascii_case(b)
                        || is_initial_of(a, b)
                        // (Not when the name opens with a given name: "Ann Smith" is not
                        // Mary Ann Smith.)
                        || !is_given_name(a)
                            && ends_with_ignore_case(&ent.name, name)
                }
                _ => true,
            };
            let same_suffix = given.is_none() || other.is_none() || junior == has_suffix(&ent.name);
            // (Where the article has told nothing of the other's gender yet, the list of
            // given names may: "Ms Naidoo" is not Kevin Naidoo. Read only for a name written
            // with a gendered honorific.)
            let same_gender = genders_agree(
                gender,
                ent.gender
                    .or_else(|| gender.and_then(|_| listed_gender(&ent.name))),
            );
            // A name that opens with a particle is a surname with its particle ("Van der
            // Berg" is Pieter van der Berg's), or a given name that looks like one ("Van
            // Jones" is not Ann Jones): it names again only a name that ends with it.
            // (Asked of the other name only when this one has a given name: most names
            // read again are a surname alone.)
            let same_particle = if particle {
                ends_with_ignore_case(&ent.name, name)
            } else {
                given.is_none()
                    || !opens_with_particle(&ent.name)
                    || ends_with_ignore_case(name, &ent.name)
            };
            ent.kind == SpeakerType::Person
                && same_given
                && same_suffix
                && same_gender
                && same_particle
                && not.is_none_or(|n| !n.eq_ignore_ascii_case(&ent.name))
        };
        // The latest mention before `at` of each candidate that fits.
        let last_before = |e: usize| {
            if self.seen_from.is_empty() {
                // (Reading the narration: asked of its end.)
                debug_assert_eq!(at, usize::MAX);
                return self.last_seen[e];
            }
            let seen = &self.seen[self.seen_from[e]..self.seen_from[e + 1]];
            let i = seen.partition_point(|&s| s < at);
            i.checked_sub(1).map(|i| seen[i])
        };
        let mut fitting = candidates.filter(|&e| fits(e));
        let first = fitting.next()?;
        // (Read last named first, so a tie goes to the one named earlier: `>=`.)
        // One the narration has made a sentence's subject comes before one it has only named
        // inside another's sentence: in "Dorothy Woods, whose husband, Navy SEAL Ty Woods,
        // was killed, …. Woods said" the surname is hers.
        // Where an honorific tells the gender, one known to be of it comes before one of
        // whom nothing is known: "Mrs Bell" is the widow the narration named so, not her
        // late husband Tom Bell named after her.
        let known = |e: usize| gender.is_some() && self.entities[e].gender == gender;
        let best = fitting.fold(first, |best, e| {
            if (known(e), last_before(e)) >= (known(best), last_before(best)) {
                e
            } else {
                best
            }
        });
        Some(best)
    }

    /// Gender evidence from the article itself: the pronouns of the narration that follow a
    /// person ("Sheinbaum refused. She said…", "“…,” she said" after "Sen. Carla Mendes
    /// visited…"), counted when one person only, the subject of a sentence, was named in that
    /// sentence or the one before; failing that, a list of given names.
    fn learn_genders(&mut self, text: &str, quotes: &[RawQuote], words: &Tokens, gendered: &[u32]) {
        let mut votes: Vec<(i32, i32)> = vec![(0, 0); self.entities.len()];
        let top = top_level(quotes);
        let mut qi = 0;
        // (A name after a "he" or "she" that reports in its own sentence is not that
        // sentence's subject, the pronoun is: in "“…,” he said at the briefing after
        // announcing Malaysia’s figures. ⏎ On policy, he said …" the second "he" tells
        // nothing of Malaysia.)
        let subject_pronoun_before = |m: &Named| {
            let j = gendered.partition_point(|&k| words.tokens()[k as usize].start < m.start);
            j.checked_sub(1).is_some_and(|j| {
                let k = gendered[j] as usize;
                let t = words.tokens()[k];
                t.start >= m.sentence
                    && matches!(t.text(text), "he" | "she" | "He" | "She")
                    && words
                        .tokens()
                        .get(k + 1)
                        .is_some_and(|c| LEXICON.is_cue(c.text(text)))
            })
        };
        // Only the gendered pronouns ("he", "She’s") and "His" and "Her" go further: the
        // tokens written so (`gendered`, found by the vocabulary's pass over every word).
        for &k in gendered {
            let t = words.tokens()[k as usize];
            let w = Word {
                text: t.text(text),
                start: t.start,
                end: t.end,
            };
            let male = match w.text {
                "His" => true,
                "Her" => false,
                _ => match LEXICON.pronouns.get(w.text) {
                    Some(PronounKind::Male) => true,
                    Some(PronounKind::Female) => false,
                    _ => continue,
                },
            };
            while qi < top.len() && top[qi].span.end <= w.start {
                qi += 1;
            }
            if top.get(qi).is_some_and(|q| q.span.start <= w.start) {
                continue;
            }
            // The start of the sentence before this one, and of this one.
            let i = self.sentences.partition_point(|&s| s <= w.start);
            let mut current = i.checked_sub(1).map_or(0, |i| self.sentences[i]);
            let mut previous = i.checked_sub(2).map_or(0, |i| self.sentences[i]);
            // (Where the pronoun's sentence starts inside a quotation, its sentences are the
            // narration's: in "“The land is there. What is missing is the will,” he said." the
            // sentence before the "he" is the one before the quotation, not its first.)
            let n = &self.narration_sentences;
            let j = n.partition_point(|&s| s <= w.start);
            if j.checked_sub(1).is_some_and(|j| n[j] < current) {
                current = n[j - 1];
                previous = j.checked_sub(2).map_or(0, |j| n[j]);
            }
            // "His", "Her" only as a sentence's first word: "Her response was…".
            if matches!(w.text, "His" | "Her") && w.start != current {
                continue;
            }
            // Whether the sentence starting at `s`, before this pronoun, is opened by a "he"
            // (`Some(true)`) or a "she" (`Some(false)`).
            // (Not this pronoun itself, where it opens the sentence after its opening phrase.)
            let opener = |s: usize| {
                (s < w.start)
                    .then(|| match gendered_opener(text, words, s) {
                        Some((PronounKind::Male, at)) if at < w.start => Some(true),
                        Some((PronounKind::Female, at)) if at < w.start => Some(false),
                        _ => None,
                    })
                    .flatten()
            };
            let opens_current = opener(current);
            // A sentence before this pronoun that a pronoun of its gender opens is about
            // whoever that one stands for, not the names after it: in "He said the prime
            // minister would visit Kestrova. “…,” he added" the "he" tells nothing of
            // Kestrova.
            let chain_from = if opener(previous) == Some(male) {
                Some(previous)
            } else if current > previous && opens_current == Some(male) {
                Some(current)
            } else {
                None
            };
            // A sentence that a pronoun of the other gender opens is that one's: the "he" and
            // "his" of "She said he recognised his behaviour was …" tell nothing of the woman
            // named before, only of someone this sentence names ("She escalated her criticism,
            // telling CNN that Trump is a “faker” and questioning how he has …").
            let opened_by_other = opens_current == Some(!male);
            // The people named as subjects since the previous sentence began (before such a
            // sentence).
            let from = self
                .mentions
                .partition_point(|m| m.start < if opened_by_other { current } else { previous });
            let to = self
                .mentions
                .partition_point(|m| m.start < chain_from.unwrap_or(w.start));
            let mut subject = None;
            let mut subject_at = 0;
            let mut several = false;
            // (The last 64 names at most, and no further than a second person: a paragraph
            // with no sentence end and a pronoun at every clause stays linear.)
            // (None where a sentence of the other gender's pronoun follows one of this
            // gender's: "He met Jo Park. She said he left early." reads from the second
            // sentence to the first, which is nothing.)
            for m in self.mentions[from.min(to)..to].iter().rev().take(64) {
                // (Nor a name of one word that owns another's noun, as a place or a body
                // does: "Vellmark’s news agency quotes her as saying. She added …" tells
                // nothing of Vellmark.)
                // (Nor one whose person is yet to be chosen by gender: see `Named::pending`.)
                if m.oblique
                    || m.reported
                    || m.pending.is_some()
                    || m.owner && self.owns_a_body(text, m)
                    || self.entities[m.entity].kind != SpeakerType::Person
                    || subject_pronoun_before(m)
                {
                    continue;
                }
                match subject {
                    None => {
                        subject = Some(m.entity);
                        subject_at = m.start;
                    }
                    Some(e) if e != m.entity => {
                        several = true;
                        break;
                    }
                    Some(_) => {}
                }
            }
            // (Not to a place's name: "would visit Karachi this week. “…,” he added" tells
            // nothing of Karachi.)
            if let (Some(e), false) = (subject, several) {
                if self.entities[e].is_place_like() {
                    continue;
                }
                // (Nor past a person's role noun that is a cue's subject: in "Nova Scotia is
                // experiencing a shortage, one that the province's nurses' union president
                // said is the worst she's seen" the "she" is the president's.)
                let mut back = w.start.saturating_sub(120).max(subject_at);
                while !text.is_char_boundary(back) {
                    back -= 1;
                }
                // (Each word and the one after it, the words read once: a pair of readers,
                // one a word ahead, had split every word twice.)
                let mut ws = text[back..w.start].split_ws();
                let mut x = ws.next();
                let described = ws.any(|v| {
                    let pair = x.is_some_and(|x| {
                        x.starts_with(char::is_lowercase)
                            && role_of(x) == Some(RoleKind::Person)
                            && LEXICON.is_cue(v)
                    });
                    x = Some(v);
                    pair
                });
                if described {
                    continue;
                }
                // (Nor where the pronoun reports a quotation of an exchange, right after one
                // the person reported: in "“It's a waste,” Maher said. “It will save lives,”
                // Quinn said. “Prove it,” he said" the "he" is Maher as likely as Quinn.)
                if self.answers_a_quotation(text, w.start, subject_at, e) {
                    continue;
                }
                if male {
                    votes[e].0 += 1;
                } else {
                    votes[e].1 += 1;
                }
            }
        }
        for (e, ent) in self.entities.iter_mut().enumerate() {
            if ent.gender.is_some() || ent.kind != SpeakerType::Person {
                continue;
            }
            let (m, f) = votes[e];
            ent.gender = if m > f {
                Some(Gender::Male)
            } else if f > m {
                Some(Gender::Female)
            } else {
                listed_gender(&ent.name)
            };
        }
    }

    /// The person a pronoun at `at` reports of as the subject of its own sentence, named
    /// right before the cue that the pronoun follows: "Manager Neville
    /// Twistleton said he had told his players …", "Ruth Abara says that she …". Only the
    /// name and its titles, then one cue and "that" or nothing.
    pub fn self_reported(&self, text: &str, at: usize) -> Option<usize> {
        let j = self.sentences.partition_point(|&s| s <= at);
        let current = j.checked_sub(1).map_or(0, |j| self.sentences[j]);
        let i = self.mentions.partition_point(|m| m.start < at);
        let m = self.mentions[..i].last().filter(|m| m.start >= current)?;
        // (The only name of the sentence so far.)
        let alone = self.mentions[..i]
            .iter()
            .rev()
            .take_while(|x| x.start >= current)
            .all(|x| x.entity == m.entity);
        if !alone {
            return None;
        }
        if !m.subject || m.oblique || m.reported || m.pending.is_some() {
            return None;
        }
        if self.entities[m.entity].kind != SpeakerType::Person {
            return None;
        }
        let between = &text[m.start..at];
        if between.len() > 120 {
            return None;
        }
        let mut ws = between.split_ws().rev();
        let mut last = ws.next()?;
        if last == "that" {
            last = ws.next()?;
        }
        // (The name ends right before the cue; its titles may be in lower case, "Head coach
        // Callum Featherstone said he …".)
        let name_end = ws.next()?;
        (LEXICON.is_cue(last) && name_end.starts_with(char::is_uppercase)).then_some(m.entity)
    }

    /// Does a pronoun at `at` report the quotation that ends right before it ("“Prove it,” he
    /// said"), which answers, in an exchange, the one that the person `e` named at `named`
    /// reports ("“It will save lives,” Quinn said.")? Then it may stand for either speaker,
    /// and tells nothing of that person's gender. An exchange: the quotation that person
    /// reports asks a question, its cue answers ("replied", "countered"), or someone else
    /// reported the quotation before it ("“It's a waste,” Maher said."). (Not one speaker's
    /// quotations told apart by cues, "“…,” Obama said. “…,” he said", where the "he" is
    /// Obama's.)
    fn answers_a_quotation(&self, text: &str, at: usize, named: usize, e: usize) -> bool {
        self.exchange(text, at).is_some_and(|x| {
            x.named.contains(&named) && (x.question || x.answering || x.other(self, e).is_some())
        })
    }

    /// The exchange of quotations that a pronoun at `at` may answer (see
    /// [`Registry::answers_a_quotation`]): the pronoun reports the quotation that ends right
    /// before it, with nothing but a comma or a cue between them, and only a name and its
    /// cue stand between that quotation and the one before it.
    fn exchange(&self, text: &str, at: usize) -> Option<Exchange> {
        let qi = self.quotations.partition_point(|(span, _)| span.end <= at);
        let (reported, _) = self.quotations.get(qi.checked_sub(1)?)?;
        let (prev, prev_inner) = self.quotations.get(qi.checked_sub(2)?)?;
        // (Nothing but blanks and a comma between the quotation and its pronoun, or a cue:
        // "“…,” he said", "“…” said he".)
        let after = text[reported.end..at].trim();
        if !(after.is_empty() || after == "," || after.split_ws().nth(1).is_none()) {
            return None;
        }
        // (A gap that only reports the quotation before it: a name and a cue, "Quinn said.",
        // "said Dermot Cole.", "Joe Marsh said on Sunday.", no sentence of narration,
        // "Whitfield shrugged off the praise.")
        let reports_only = |gap: &str| {
            let mut ws = gap.split_ws().map(|w| w.trim_end_matches(['.', ',', ':']));
            let n = gap.split_ws().count();
            // (A few words of time or place after a plain cue: "said on Sunday".)
            n <= 4
                && gap
                    .split_ws()
                    .any(|w| LEXICON.is_cue(w.trim_end_matches(['.', ',', ':'])))
                || n <= 7
                    && ws
                        .by_ref()
                        .any(|w| matches!(w, "said" | "says" | "told" | "added"))
                    && ws.next().is_some_and(|w| LEXICON.is_preposition(w))
        };
        let gap = &text[prev.end..reported.start];
        if !reports_only(gap) {
            return None;
        }
        let question = text[prev_inner.clone()]
            .trim_end()
            .trim_end_matches(['’', '\'', '”', '"', ','])
            .ends_with('?');
        let answering = gap.split_ws().any(|w| {
            matches!(
                w.trim_end_matches(['.', ',', ':']),
                "replied" | "responded" | "retorted" | "countered" | "answered" | "interjected"
            )
        });
        // (The gap before the quotation before, when it too only reports one.)
        let earlier = qi
            .checked_sub(3)
            .map(|i| self.quotations[i].0.end..prev.start)
            .filter(|r| reports_only(&text[r.clone()]));
        Some(Exchange {
            named: prev.end..reported.start,
            earlier,
            question,
            answering,
        })
    }

    /// Does the narration in `range` name anyone?
    pub fn names_someone(&self, range: Range<usize>) -> bool {
        let i = self.mentions.partition_point(|m| m.start < range.start);
        self.mentions.get(i).is_some_and(|m| m.start < range.end)
    }

    /// May mention `m` stand for a speaker found by a rule with no cue of its own (a
    /// sentence's subject)? A pronoun or a description may; a name only when it is someone
    /// the narration names (not a place, a dateline or a sentence opener).
    pub fn knows(&self, text: &str, m: &Found) -> bool {
        m.kind != MentionKind::Name || self.lookup(text, m).is_some()
    }

    /// The entity a name refers to: the one of that full name, else the person of that
    /// surname the context points to (see [`Registry::same_person`]), told apart by the
    /// honorific written with it ("Mrs. Pruitt").
    fn lookup(&self, text: &str, m: &Found) -> Option<usize> {
        let (name, _) = post_nominal(strip_possessive(&text[m.head.clone()]));
        // ("CIP Twizeyimana": an office's acronym the narration defined is a title.)
        let name = self.past_title_acronym(name);
        // (Lower-cased without allocating: this is asked for every mention resolved.)
        if let Some(&e) = self.names.get(&*name_key(name)) {
            return Some(e);
        }
        // "Incumbent Dawn Arnold says": a role noun that opens the sentence before a name of
        // two words, which the narration read as the role it is (see `name_at`).
        if let Some((first, rest)) = name.split_once(' ') {
            if rest.contains(' ') && is_opening_role(first) && !is_organization(name) {
                if let Some(&e) = self.names.get(&*name_key(rest)) {
                    return Some(e);
                }
            }
        }
        if is_organization(name) {
            // The narration may have read it without a capitalised word that opened its
            // sentence ("Oversight Committee Republicans" as "Committee Republicans").
            let mut rest = name;
            while let Some((_, r)) = rest.split_once(' ') {
                rest = r;
                if let Some(&e) = self.names.get(&*name_key(rest)) {
                    return Some(e);
                }
            }
        }
        // "Human Services Sylvia Burwell", read from the "and" of "Secretary of Health and
        // Human Services Sylvia Burwell": the person the narration named there, whose name
        // ends it (see `office_and_before`).
        let i = self.mentions.partition_point(|x| x.start < m.head.start);
        if let Some(x) = i.checked_sub(1).map(|i| &self.mentions[i]) {
            let named = self.entities[x.entity].name.as_str();
            if text[x.start..m.head.start].len() < 80
                && name.len() > named.len()
                && name.ends_with(named)
                && name[..name.len() - named.len()].ends_with(' ')
            {
                return Some(x.entity);
            }
        }
        let gender = text[m.span.start..m.head.start]
            .split_ws()
            .find_map(|t| LEXICON.title_gender(t));
        // (The name of the one this mention is described by, in apposition: "Mrs Bell, the
        // widow of Tom Bell, said". Read only to the clause's end.)
        let after = &text[m.span.end..];
        let after = after
            .strip_prefix(", ")
            .map(|a| {
                &a[..a
                    .find([',', '.', ';', '\n'])
                    .unwrap_or(a.len())
                    .min(a.len())]
            })
            .unwrap_or("");
        self.same_person(name, gender, m.span.start, relative_named(after))
            // (Its titles tell apart people of one surname: "Rev. Kollie" after "Reverend
            // Sumo Kollie" and "Pastor Flomo Kollie".)
            .map(|e| {
                let titles = &text[m.span.start..m.head.start];
                if titles.trim().is_empty() {
                    return e;
                }
                let roles: Vec<CompactString> = titles.split_ws().map(title_role).collect();
                self.titled_namesake(&name_key(surname(name)), e, &roles)
            })
            .or_else(|| {
                (!name.contains(' '))
                    .then(|| {
                        let key = name_key(name);
                        self.by_word_of_name(&key, gender)
                            .or_else(|| self.by_first_word(&key, gender))
                            // (A surname misspelt by a doubled letter, as `add` reads it.)
                            .or_else(|| {
                                (key.len() >= 4 && !self.names.contains_key(&*key))
                                    .then(|| self.misspelt_surname(&key))
                                    .flatten()
                            })
                    })
                    .flatten()
            })
    }

    /// Fills [`Registry::org_first_words`]: one pass over the entities.
    fn index_org_first_words(&mut self) {
        for (e, ent) in self.entities.iter().enumerate() {
            if ent.kind != SpeakerType::Organization {
                continue;
            }
            let Some((first, _)) = ent.name.split_once(' ') else {
                continue;
            };
            let f = LEXICON.flags(first);
            if f.exact | f.lower != 0 || is_given_name(first) || first.len() < 3 {
                continue;
            }
            note_one(
                &mut self.org_first_words,
                CompactString::from(&*name_key(first)),
                e,
            );
        }
    }

    /// The organisation a one-word name stands for when it is the first word of that
    /// organisation's longer name ("Orrin said" after "Orrin Foods Plc"), no lexicon word, and
    /// the one-word name is no one's surname or given name and shows no person (no gender,
    /// title or role).
    fn org_by_first_word(&self, e: usize) -> usize {
        let ent = &self.entities[e];
        if self.org_first_words.is_empty()
            || ent.kind != SpeakerType::Person
            || ent.name.contains(' ')
            || ent.is_shown_someone()
        {
            return e;
        }
        let key = name_key(&ent.name);
        let Some(&o) = self
            .org_first_words
            .get(&*key)
            .filter(|&&o| o != usize::MAX)
        else {
            return e;
        };
        // (A person of that given name is another's, unless that "person" is the
        // organisation's name cut short, as a headline writes it: "Orrin Foods cuts 800
        // jobs" above "Orrin Foods Plc said".)
        let org = &self.entities[o].name;
        let other =
            |p: usize| p != e && (p == usize::MAX || !org.starts_with(&*self.entities[p].name));
        if self.surnames.get(&*key).is_some_and(|&p| other(p))
            || self.given_names.get(&*key).is_some_and(|&p| other(p))
        {
            return e;
        }
        o
    }

    /// Records, for each acronym of organisations the narration never defined, the one
    /// organisation named in several words whose initials spell it, all its words' or its
    /// capitalised ones': "the DOH" after "The Department of Health", "the MOH" after "the
    /// Ministry of Health". (Where several names spell it, of any kind, none. One pass over the
    /// names, each compared with the document's first 64 acronyms: linear in the entities.)
    fn spell_out_acronyms(&mut self) {
        // (The one name that spells an acronym so far, `usize::MAX` where several do.)
        let tally = |found: &mut Option<usize>, o: usize| {
            *found = match *found {
                None => Some(o),
                Some(x) if x == o => Some(o),
                Some(_) => Some(usize::MAX),
            };
        };
        let is_acronym = |name: &str| {
            (2..=6).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase())
        };
        // The acronyms of organisations, each with the one name that spells it so far
        // (`None`), or `usize::MAX` where several do. Most documents have none or a few.
        let mut acronyms: Vec<(usize, Option<usize>)> = self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, ent)| ent.kind == SpeakerType::Organization && is_acronym(&ent.name))
            .map(|(e, _)| (e, None))
            // (A bound, so that the names times the acronyms stays linear in the names.)
            .take(64)
            .collect();
        if acronyms.is_empty() {
            return;
        }
        // A name's initials, upper case, on the stack: `None` past six.
        let initials = |name: &str, all: bool| -> Option<([u8; 6], usize)> {
            let mut buf = [0u8; 6];
            let mut n = 0;
            for w in name.split([' ', '-']) {
                let Some(&b) = w.as_bytes().first() else {
                    continue;
                };
                if !(all || b.is_ascii_uppercase()) || w == "the" || w == "The" {
                    continue;
                }
                if n == buf.len() {
                    return None;
                }
                buf[n] = b.to_ascii_uppercase();
                n += 1;
            }
            Some((buf, n))
        };
        // (Every name of several words is counted, whatever its kind, so that one read as a
        // person's, "Department of Justice" with its title, still makes another spelling
        // ambiguous: "the DOJ" beside the Department of Jobs is neither.)
        for (o, ent) in self.entities.iter().enumerate() {
            if !ent.name.contains(' ') {
                continue;
            }
            let spellings = [initials(&ent.name, true), initials(&ent.name, false)];
            for (e, found) in acronyms.iter_mut() {
                let acronym = self.entities[*e].name.as_bytes();
                let spells = spellings
                    .iter()
                    .flatten()
                    .any(|(buf, n)| &buf[..*n] == acronym);
                if spells {
                    tally(found, o);
                }
            }
        }
        // A person's office spells it too: "the DCP said" after "Deputy Commissioner of Police
        // Anand Jha", "the CS said" after "Interior Cabinet Secretary Hassan Farah". The
        // office's capitalised words, past the place or field it opens with (no title
        // among those: "Deputy Prime Minister" spells "DPM", never "PM").
        // (Only the acronyms no organisation's name spells: most are an organisation's.)
        let mut holders: Vec<(usize, Option<usize>)> = acronyms
            .iter()
            .filter(|(_, found)| found.is_none())
            .map(|&(e, _)| (e, None))
            .collect();
        for (o, ent) in self.entities.iter().enumerate() {
            if holders.is_empty() {
                break;
            }
            let Some(role) = ent
                .role
                .as_deref()
                .filter(|_| ent.kind == SpeakerType::Person)
            else {
                continue;
            };
            // (The office's own last word among them: "GOP nominee" spells no one's office,
            // only its party's.)
            if !role
                .rsplit([' ', '-'])
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            {
                continue;
            }
            // (On the stack: six words at most.)
            let mut words = [""; 6];
            let mut count = 0;
            for w in role
                .split([' ', '-'])
                .filter(|w| w.starts_with(char::is_uppercase) && !is_honorific(w))
                .take(6)
            {
                words[count] = w;
                count += 1;
            }
            let words = &words[..count];
            for skip in 0..words.len() {
                if skip > 0 && LEXICON.is_title(words[skip - 1]) {
                    break;
                }
                // (An acronym alone spells the office only where it is a title: "Marrowby CM",
                // not "Junge SVP", a party's youth.)
                if skip + 1 == words.len() && !LEXICON.is_title(words[skip]) {
                    continue;
                }
                // (An acronym among them counts all its letters: "Marrowby CM" spells "CM".)
                let mut buf = [0u8; 6];
                let mut n = 0;
                for w in &words[skip..] {
                    let b = w.as_bytes();
                    let letters = if b.iter().all(u8::is_ascii_uppercase) {
                        b
                    } else {
                        &b[..1]
                    };
                    for &c in letters {
                        if n < buf.len() {
                            buf[n] = c.to_ascii_uppercase();
                        }
                        n += 1;
                    }
                }
                if n > buf.len() {
                    continue;
                }
                for (e, found) in holders.iter_mut() {
                    if &buf[..n] == self.entities[*e].name.as_bytes() {
                        tally(found, o);
                    }
                }
            }
        }
        for (e, found) in acronyms {
            if let Some(o) = found
                .filter(|&o| o != usize::MAX && self.entities[o].kind == SpeakerType::Organization)
            {
                self.spelled_out.insert(e, o);
            }
        }
        for (e, found) in holders {
            if let Some(o) = found.filter(|&o| o != usize::MAX) {
                self.spelled_out.entry(e).or_insert(o);
            }
        }
    }

    /// The entity a word of a description (at `at`) names, looked up as any name is
    /// ([`Registry::lookup`]): an owner or an acronym the narration defined but did not read
    /// as a name there ("VWD’s statement", "the APB representative").
    fn lookup_word(&self, text: &str, at: Range<usize>) -> Option<usize> {
        let named = Found {
            span: at.clone(),
            head: at,
            kind: MentionKind::Name,
        };
        self.lookup(text, &named)
    }

    /// The first person named after `at` (of the next fifteen names) whom the article gives
    /// the role noun `role` ("farmer", "nurse"), in lower case: who a headline's role stands
    /// for ("… says farmer", "Nurse tells murder trial …").
    fn named_next_with_role(&self, at: usize, role: &str) -> Option<usize> {
        self.next_named(at, |ent| {
            ent.kind == SpeakerType::Person && ent.roles.contains(role)
        })
    }

    /// The first entity named after `at` (of the next fifteen names) that `holds`.
    fn next_named(&self, at: usize, holds: impl Fn(&Entity) -> bool) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.start < at);
        self.mentions[i..]
            .iter()
            .take(15)
            .map(|m| m.entity)
            .find(|&e| holds(&self.entities[e]))
    }

    /// The nearest entity named before `at` (of the last fifteen names) that `holds`, else
    /// the first named after it ([`Registry::next_named`]): a headline comes before the
    /// article names anyone.
    fn nearest_named(&self, at: usize, holds: impl Fn(&Entity) -> bool) -> Option<usize> {
        self.before(at)
            .take(15)
            .map(|m| m.entity)
            .find(|&e| holds(&self.entities[e]))
            .or_else(|| self.next_named(at, holds))
    }

    /// Is `at` in the article's first sentence (a headline's, where its first line has no
    /// full stop)?
    fn in_first_sentence(&self, at: usize) -> bool {
        self.sentences.partition_point(|&s| s <= at) <= 1
    }

    /// The person whose office as written is `office` ("Minister of State for Finance"): the
    /// nearest named with it before `at` (of the last fifteen names), else the first after.
    fn office_holder(&self, office: &str, at: usize) -> Option<usize> {
        let office = lowercase(office);
        self.nearest_named(at, |ent| {
            ent.kind == SpeakerType::Person
                && ent
                    .role
                    .as_deref()
                    .is_some_and(|r| lowercase(r).contains(&*office))
        })
    }

    /// The person who holds the title `title` ("Premier"): the nearest named with it before
    /// `at`, else the first named with it after (a headline comes before the article names
    /// anyone: "Premier warns of …" above "Queensland Premier Catriona Moy-Fenwick").
    fn title_holder(&self, title: &str, at: usize) -> Option<usize> {
        // (Each word of an office of several: "Foreign Minister".)
        let roles: Vec<_> = title
            .split_ws()
            .map(|w| lowercase(w.trim_end_matches('.')))
            .collect();
        self.nearest_named(at, |ent| {
            ent.kind == SpeakerType::Person
                && roles.iter().all(|r| ent.roles.contains(full_title(r)))
                && !ent.name.eq_ignore_ascii_case(title)
        })
    }

    /// The person before `at` (the nearest of the last fifteen names) whose title as written
    /// has `initials` as its capitals' initials: "PM" for "Prime Minister Anthony Albanese",
    /// "AG" for "Attorney General Ruth Okafor".
    fn initials_holder(&self, initials: &str, at: usize) -> Option<usize> {
        self.before(at).take(15).map(|m| m.entity).find(|&e| {
            let ent = &self.entities[e];
            ent.kind == SpeakerType::Person
                && ent.role.as_deref().is_some_and(|role| {
                    let capitals = role
                        .split_ws()
                        .filter_map(|w| w.chars().next())
                        .filter(|c| c.is_uppercase());
                    capitals.eq(initials.chars())
                })
        })
    }

    /// The person named with the acronym `initials` among their titles, of the last fifteen
    /// names before `at`: "the OIC said" after "Point Pedro Police OIC Chief Inspector S.
    /// Sivanesan". (Asked only where no one is named by the acronym itself: "the FBI" is the
    /// bureau, not "FBI Director James Comey".)
    fn acronym_title_holder(&self, initials: &str, at: usize) -> Option<usize> {
        self.before(at).take(15).map(|m| m.entity).find(|&e| {
            let ent = &self.entities[e];
            ent.kind == SpeakerType::Person
                && ent.role.as_deref().is_some_and(|role| {
                    // (An office's acronym: the role's last word, before the name, "Kenya
                    // Power MD", or one after the noun of the force it is held in, "Police
                    // OIC Chief Inspector". Not an organisation's name that opens the role or
                    // follows a place: "the NDMA" after "NDMA Chairman Lt Gen Inam Haider",
                    // "the APC" after "Lagos APC Chairman Tunde Bakare" are the bodies.)
                    let ws: Vec<&str> = role.split_ws().collect();
                    ws.iter().enumerate().skip(1).any(|(k, &w)| {
                        w == initials && (k + 1 == ws.len() || is_organization(ws[k - 1]))
                    })
                })
        })
    }

    /// Where the narration last named a person as a sentence's subject before `at`, not as the
    /// object of a preposition nor in a clause a cue reports, someone the narration gives a
    /// role or a gender, or a full name ("Ilse Marovic-Brandt took over …. We asked her …"),
    /// and no place's.
    pub fn last_subject_person(&self, at: usize) -> Option<usize> {
        self.before(at)
            .take(15)
            .find(|m| {
                let ent = &self.entities[m.entity];
                m.subject
                    && !m.oblique
                    && !m.reported
                    && !m.quoter
                    && ent.kind == SpeakerType::Person
                    && (ent.role.is_some()
                        || !ent.roles.is_empty()
                        || ent.gender.is_some()
                        || ent.name.contains(' '))
                    && !ent.is_place_like()
            })
            .map(|m| m.start)
    }

    /// Where the one person named in `range` is named first, when only one is, not counting
    /// owners ("Sean Moran's late free left Davy Fitzgerald scratching his head" names
    /// Fitzgerald) and names first written after "the" ("for Brian Cody and the Cats").
    pub fn only_person_in(&self, range: Range<usize>) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.start < range.start);
        let mut found: Option<&Named> = None;
        for m in self.mentions[i..]
            .iter()
            .take_while(|m| m.start < range.end)
        {
            let ent = &self.entities[m.entity];
            if m.owner || ent.after_the || ent.kind != SpeakerType::Person {
                continue;
            }
            match found {
                None => found = Some(m),
                Some(f) if f.entity != m.entity => return None,
                Some(_) => {}
            }
        }
        found.map(|m| m.start)
    }

    /// Where the first name in `range` that `pick` accepts is written.
    fn first_in(&self, range: Range<usize>, pick: impl Fn(&Named) -> bool) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.start < range.start);
        self.mentions[i..]
            .iter()
            .take_while(|m| m.start < range.end)
            .find(|m| pick(m))
            .map(|m| m.start)
    }

    /// The first person named in `range` by a full name, after a preposition too ("That is
    /// the view of fishmonger Samir Bitar"), not first written after "the".
    pub fn first_full_name_in(&self, range: Range<usize>) -> Option<usize> {
        self.first_in(range, |m| {
            let ent = &self.entities[m.entity];
            !ent.after_the && ent.kind == SpeakerType::Person && ent.name.contains(' ')
        })
    }

    /// The first person named in `range` by a full name or with a role, not as an owner:
    /// "Two Dublin players spent time in the sin bin and Jim Gavin believes Monaghan’s Barry
    /// Kerr should have …" is Jim Gavin's, and "Kerry restricted Tyrone … and manager Peter
    /// Keane makes no secret …" Peter Keane's (a team or a county named in one word is no
    /// one), where [`Registry::only_person_in`] finds two people.
    pub fn first_person_in(&self, range: Range<usize>) -> Option<usize> {
        self.first_in(range, |m| {
            let ent = &self.entities[m.entity];
            !m.owner
                && !m.oblique
                && !ent.after_the
                && ent.kind == SpeakerType::Person
                && (ent.name.contains(' ') || ent.role.is_some())
        })
    }

    /// Where the article first names a person before `at`, by a full name or with a role, not
    /// as an owner nor first after "the", the object of a preposition too: the one an
    /// interview's "A:" turns are ("Five minutes with baker Tomasz Wiśniewski-Grant").
    pub fn first_person_before(&self, at: usize) -> Option<usize> {
        self.mentions
            .iter()
            .take_while(|m| m.start < at)
            .find(|m| {
                let ent = &self.entities[m.entity];
                !m.owner
                    && !ent.after_the
                    && ent.kind == SpeakerType::Person
                    && (ent.name.contains(' ') || ent.role.is_some())
                    && !ent.is_place_like()
            })
            .map(|m| m.start)
    }

    /// The mentions before `at`, nearest first.
    fn before(&self, at: usize) -> impl Iterator<Item = &Named> + '_ {
        let i = self.mentions.partition_point(|m| m.start < at);
        self.mentions[..i].iter().rev()
    }

    /// A "he" or "she" (`f`) whose antecedent is the definite description `described`, the
    /// subject of the narration's sentence before it ("Speaking to reporters, the district
    /// collector dismissed the allegations …. “…,” he said"): the person that description
    /// stands for, when it stands for one whose gender does not contradict the pronoun.
    pub fn resolve_through(
        &self,
        text: &str,
        f: &Found,
        described: &Found,
        rule: &'static str,
    ) -> Option<Speaker> {
        // "It" after a sentence that a document opens stands for the document, and so for
        // whoever issued it: "The statement, however, said …. It added: “…”".
        if let (MentionKind::Pronoun(PronounKind::Neuter), MentionKind::Description(kind)) =
            (f.kind, described.kind)
        {
            // (Only when the narration said who issued it: not the nearest organisation, as
            // a description of no issuer would be.)
            let noun = lowercase(&text[described.head.clone()]);
            if is_document_noun(&noun) {
                let e = self.document_issuer(text, described)?;
                return Some(self.speaker(text, f, Some((e, "pronoun")), rule));
            }
            // "It" after a sentence that an organisation's description opens stands for the
            // organisation that description stands for, not for one its sentence names
            // later: "The union blamed Kestrel management for “obstructing” the strike …. It
            // urged more workers to participate" is the union's.
            let e = (kind == RoleKind::Organization)
                .then(|| self.description(text, described, RoleKind::Organization))
                .flatten()
                .filter(|&e| self.entities[e].kind == SpeakerType::Organization)?;
            return Some(self.speaker(text, f, Some((e, "pronoun")), rule));
        }
        let (MentionKind::Pronoun(k), MentionKind::Description(RoleKind::Person)) =
            (f.kind, described.kind)
        else {
            return None;
        };
        let want = match k {
            PronounKind::Male => Gender::Male,
            PronounKind::Female => Gender::Female,
            _ => return None,
        };
        let e = self.description(text, described, RoleKind::Person)?;
        let ent = &self.entities[e];
        if ent.kind != SpeakerType::Person || ent.gender.is_some_and(|g| g != want) {
            return None;
        }
        Some(self.speaker(text, f, Some((e, "pronoun")), rule))
    }

    /// A "he" or "she" (`f`) whose antecedent is the indefinite description `described`, the
    /// speaker of the narration's sentence before it ("A police spokeswoman said the man was
    /// arrested. “…,” she said."): whom the description stands for, if anyone (a spokesperson
    /// the organisation it speaks for), else no one named. Never a person named earlier: the
    /// description introduced someone new.
    pub fn resolve_indefinite(
        &self,
        text: &str,
        f: &Found,
        described: &Found,
        rule: &'static str,
    ) -> Speaker {
        let e = self.description(text, described, RoleKind::Person);
        self.speaker(text, f, e.map(|e| (e, "pronoun")), rule)
    }

    /// Where the narration's sentence before the one that holds `at` starts and ends (the
    /// start of the next), when there is one.
    pub fn sentence_before(&self, at: usize) -> Option<Range<usize>> {
        let i = self.narration_sentences.partition_point(|&s| s <= at);
        let j = i.checked_sub(2)?;
        Some(self.narration_sentences[j]..self.narration_sentences[j + 1])
    }

    /// [`Registry::sentence_before`], past the sentences that the pronoun `k` opens, at most
    /// three: before "“…,” he added", the sentence whose subject "He said …" stands for
    /// ("The foreign minister said …. He said the ambassador was summoned. “…,” he added").
    pub fn sentence_before_chain(&self, at: usize, k: PronounKind) -> Option<Range<usize>> {
        let i = self.narration_sentences.partition_point(|&s| s <= at);
        let mut j = i.checked_sub(2)?;
        for _ in 0..3 {
            if j == 0 || self.opened_by[j] != Some(k) {
                break;
            }
            j -= 1;
        }
        Some(self.narration_sentences[j]..self.narration_sentences[j + 1])
    }

    /// Resolves a mention found by the attribution rules; `rule` is the attribution rule.
    pub fn resolve(&self, text: &str, f: &Found, rule: &'static str) -> Speaker {
        let head = strip_possessive(&text[f.head.clone()]);
        // ("The elder Pham", "the younger Petrova": see below.)
        let senior = match f.kind {
            MentionKind::Name => seniority(&text[..f.span.start]),
            _ => None,
        };
        let (entity, how) = match f.kind {
            // A title alone, as a headline writes it ("Premier warns of …"): the one who
            // holds it.
            MentionKind::Name if f.span == f.head && is_lone_title(head) => {
                match self.title_holder(head, f.span.start) {
                    Some(e) => (Some(e), "description"),
                    None => (self.lookup(text, f), "name"),
                }
            }
            // (After "the" and words in lower case, a title alone is a description: "The
            // central bank Governor said" is the governor's.)
            MentionKind::Name
                if is_lone_title(head) && !is_initials(head) && {
                    let mut before = text[f.span.start..f.head.start].split_ws().peekable();
                    before.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
                        && before.peek().is_some()
                        && before.all(|w| w.starts_with(|c: char| c.is_lowercase()))
                } =>
            {
                match self.title_holder(head, f.span.start) {
                    Some(e) => (Some(e), "description"),
                    None => (None, "description"),
                }
            }
            // An office whose field the mention read as a name, with no holder after it:
            // "“…,” Minister of State for Finance clarified." is the one the article names
            // with that office.
            MentionKind::Name
                if f.head.start > f.span.start
                    && !head.contains(' ')
                    && is_field_word(head)
                    && !is_given_name(head)
                    // (An office's title, not an honorific or one that tells a gender: "Mr
                    // Lawrence", "Dr Spence" name a surname that ends as a field's noun.)
                    && text[f.span.clone()]
                        .split_ws()
                        .next()
                        .is_some_and(is_office_title) =>
            {
                match self.office_holder(&text[f.span.clone()], f.span.start) {
                    Some(e) => (Some(e), "description"),
                    None => (None, "description"),
                }
            }
            // A person's role noun a headline writes capitalised and alone, "Nurse tells
            // murder trial she saw …": the person the article then names with that role.
            MentionKind::Name
                if f.span == f.head
                    && !head.contains(' ')
                    && self.in_first_sentence(f.span.start)
                    && role_of(&lowercase(head)) == Some(RoleKind::Person)
                    && self.lookup(text, f).is_none_or(|e| {
                        let ent = &self.entities[e];
                        ent.name == head && ent.roles.is_empty()
                    }) =>
            {
                match self.named_next_with_role(f.span.end, &lowercase(head)) {
                    Some(e) => (Some(e), "description"),
                    None => (self.lookup(text, f), "name"),
                }
            }
            // Initials that are a title's, before an acronym's: "The PM said" after "Prime
            // Minister Anthony Albanese".
            MentionKind::Name if is_initials(head) => {
                match self.initials_holder(head, f.span.start) {
                    Some(e) => (Some(e), "description"),
                    // (An acronym that names an organisation the narration wrote before is
                    // that one: "the FBI".)
                    None => match self.lookup(text, f) {
                        Some(e)
                            if self.entities[e].kind == SpeakerType::Organization
                                && self.first_seen(e) < f.span.start =>
                        {
                            (Some(e), "name")
                        }
                        named => match self.acronym_title_holder(head, f.span.start) {
                            Some(e) => (Some(e), "description"),
                            None => (named, "name"),
                        },
                    },
                }
            }
            // "The elder Pham", "the younger Petrova": of the people of that name, the
            // oldest or the youngest.
            MentionKind::Name if senior.is_some() => {
                let elder = senior == Some(true);
                match self.by_seniority(text, head, elder, f.span.start) {
                    Some(e) => (Some(e), "name"),
                    None => (self.lookup(text, f), "name"),
                }
            }
            MentionKind::Name => (self.lookup(text, f), "name"),
            // (A pronoun that stands for a title alone, "Minister" of a headline, stands for
            // the one who holds it.)
            MentionKind::Pronoun(k) => (
                self.pronoun(text, k, f.span.start).map(|e| {
                    let name = self.entities[e].name.as_str();
                    if is_lone_title(name) {
                        self.title_holder(name, f.span.start).unwrap_or(e)
                    } else {
                        e
                    }
                }),
                "pronoun",
            ),
            MentionKind::Description(kind) => (self.description(text, f, kind), "description"),
        };
        // (A name the attribution found is the speaker's: see `full_person`. So is the
        // one-word name a pronoun stands for, when the narration names it as a subject:
        // "Shadab added that …. He termed the conditions “tricky”" is Shadab Khan's, as
        // "“…,” Shadab said" is.)
        // (Not a one-word name with a title or a role of its own: "Dr Morgan", "His son,
        // David," are not Morgan Hale or David Okello.)
        let speaks = |e: usize| match f.kind {
            MentionKind::Name => true,
            MentionKind::Pronoun(_) => {
                let ent = &self.entities[e];
                ent.subject_seen && ent.role.is_none() && ent.roles.is_empty()
            }
            MentionKind::Description(_) => false,
        };
        // (A name set off by an aside that introduces someone, "said Don, a retired
        // machinist,", "said Lloyd, who drove in", is someone of its own.)
        let fresh = f.kind == MentionKind::Name && introduces_someone(&text[f.span.end..]);
        let entity = entity.map(|e| self.full_person(e, speaks(e), fresh));
        // (An acronym the narration never defined, by the organisation it spells out.)
        let entity = entity.map(|e| self.spelled_out.get(&e).copied().unwrap_or(e));
        // (And a given name cut from its surname by a nickname, by the full name.)
        let entity = entity.map(|e| self.nicknamed.get(&e).copied().unwrap_or(e));
        // (And a company's short name, by its full one.)
        let entity = entity.map(|e| self.org_by_first_word(e));
        // (An office no one holds that the article names is written as a description, not
        // as a name: "Minister of State for Finance clarified" names no one "Finance".)
        if entity.is_none() && how == "description" && f.kind == MentionKind::Name {
            let described = Found {
                kind: MentionKind::Description(RoleKind::Person),
                ..f.clone()
            };
            return self.speaker(text, &described, None, rule);
        }
        self.speaker(text, f, entity.map(|e| (e, how)), rule)
    }

    /// Of the people named before `at` with the word `name` in their full names (a surname,
    /// or a family name written first, "Pham Van Long"), the oldest (`elder`) or the youngest:
    /// told by the ages written after their names ("Pham Van Long, 71,"), else by a kin noun
    /// among their roles ("His son, Pham Minh Quan"; a parent is the elder). None where two
    /// or more are named and nothing tells them apart.
    fn by_seniority(&self, text: &str, name: &str, elder: bool, at: usize) -> Option<usize> {
        let mut people: Vec<(usize, Option<u32>)> = Vec::new();
        for m in self.before(at).take(60) {
            let ent = &self.entities[m.entity];
            if ent.kind != SpeakerType::Person
                || !ent.name.contains(' ')
                || !ent.name.split(' ').any(|w| w == name)
            {
                continue;
            }
            // (The age set off right after the full name: "Pham Van Long, 71,".)
            let age = text[m.start..]
                .strip_prefix(ent.name.as_str())
                .and_then(|r| r.strip_prefix(", "))
                .and_then(|r| {
                    let digits = r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                    (1..=3)
                        .contains(&digits)
                        .then(|| r[..digits].parse().ok())
                        .flatten()
                });
            match people.iter_mut().find(|(e, _)| *e == m.entity) {
                Some((_, a)) => *a = a.or(age),
                None => people.push((m.entity, age)),
            }
        }
        if people.len() < 2 {
            return None;
        }
        if people.iter().all(|(_, a)| a.is_some()) {
            let pick = if elder {
                people.iter().max_by_key(|(_, a)| *a)
            } else {
                people.iter().min_by_key(|(_, a)| *a)
            }?;
            // (Two of one age tell nothing.)
            let ties = people.iter().filter(|(_, a)| *a == pick.1).count();
            return (ties == 1).then_some(pick.0);
        }
        // (A kin noun of the role as written, that no "of" follows: "a mother of two" is no
        // one's mother here.)
        let kin = |e: usize, nouns: &[&str]| {
            self.entities[e].role.as_deref().is_some_and(|r| {
                let mut ws = r.split_ws().peekable();
                while let Some(w) = ws.next() {
                    if nouns.contains(&&*lowercase(w)) && ws.peek() != Some(&"of") {
                        return true;
                    }
                }
                false
            })
        };
        let older = ["father", "mother", "grandfather", "grandmother", "parent"];
        let younger = ["son", "daughter", "grandson", "granddaughter", "child"];
        // (The kin nouns that make one the elder or the younger, and those of the other.)
        let (own, others) = if elder {
            (&older, &younger)
        } else {
            (&younger, &older)
        };
        let with_kin = |nouns: &[&str]| -> Vec<usize> {
            people
                .iter()
                .map(|&(e, _)| e)
                .filter(|&e| kin(e, nouns))
                .collect()
        };
        match with_kin(own)[..] {
            [e] => Some(e),
            // (With one of two named as the other's kin, the other: "His son, Pham Minh
            // Quan" makes Pham Van Long the elder.)
            [] if people.len() == 2 => match with_kin(others)[..] {
                [o] => people.iter().map(|&(e, _)| e).find(|&e| e != o),
                _ => None,
            },
            _ => None,
        }
    }

    /// The speaker that mention `f` names: `resolved` is the entity it stands for and how
    /// that was found ("name", "pronoun", "description"), `None` when nobody fits.
    fn speaker(
        &self,
        text: &str,
        f: &Found,
        resolved: Option<(usize, &'static str)>,
        rule: &'static str,
    ) -> Speaker {
        let mention = Some(Mention {
            start: f.span.start,
            end: f.span.end,
            text: text[f.span.clone()].to_string(),
        });
        let head = strip_possessive(&text[f.head.clone()]);
        // The role this mention writes ("said harbour master Ines Kowalczyk").
        // (Not the words before a title alone, which describe its holder: "The central bank
        // Governor" writes no role "central bank".)
        let written = match f.kind {
            MentionKind::Name if !is_lone_title(head) => {
                role_as_written(&text[f.span.start..f.head.start])
            }
            _ => None,
        };
        match resolved {
            Some((e, how)) => {
                let ent = &self.entities[e];
                // (A spokesperson speaks for an organisation, whatever its name looks like.)
                let spokes = matches!(f.kind, MentionKind::Description(_))
                    && is_spokes_noun(&lowercase(head))
                    && self.shapeless(e);
                Speaker {
                    // (As a str: `CompactString`'s `to_string` goes through the formatter.)
                    name: Some(ent.name.as_str().to_owned()),
                    role: match (written, &ent.role) {
                        (Some(w), Some(r)) if only_honorifics(&w) => Some(r.clone()),
                        (written, role) => written.or_else(|| role.clone()),
                    },
                    mention,
                    kind: if spokes {
                        SpeakerType::Organization
                    } else {
                        ent.kind
                    },
                    rule: rule_name(rule, how),
                }
            }
            None => {
                let (name, kind) = match f.kind {
                    MentionKind::Name => {
                        let kind = if is_organization(head) {
                            SpeakerType::Organization
                        } else {
                            SpeakerType::Person
                        };
                        (Some(head.to_string()), kind)
                    }
                    MentionKind::Description(RoleKind::Organization) => {
                        (None, SpeakerType::Organization)
                    }
                    MentionKind::Description(RoleKind::Person) => (None, SpeakerType::Person),
                    MentionKind::Pronoun(PronounKind::Male | PronounKind::Female) => {
                        (None, SpeakerType::Person)
                    }
                    MentionKind::Pronoun(_) => (None, SpeakerType::Unknown),
                };
                Speaker {
                    name,
                    role: written,
                    mention,
                    kind,
                    rule: rule_name(rule, "unresolved"),
                }
            }
        }
    }

    /// Where the narration first names entity `e`.
    fn first_seen(&self, e: usize) -> usize {
        // (Read with `get`: the table is grouped once the narration is read.)
        self.seen_from
            .get(e)
            .and_then(|&i| self.seen.get(i))
            .copied()
            .unwrap_or(usize::MAX)
    }

    /// The person or organisation a pronoun stands for: the subject of this sentence or the
    /// one before, of its gender and then of unknown gender ("Greens member Tamsin Oyelaran
    /// accused Ms Whitlow …. “…?” she asked" is Oyelaran's, not Ms Whitlow's); else the
    /// nearest of its gender, else the nearest whose gender is unknown, a sentence's subject
    /// before the object of a preposition ("Sen. Carla Mendes visited the farms of Arroyo
    /// Valley. … she said").
    fn pronoun(&self, text: &str, k: PronounKind, at: usize) -> Option<usize> {
        self.pronoun_in_chain(text, k, at, 0)
    }

    /// What "who" or "which" at `at` stands for: the name right before it; but "who" after an
    /// organisation named inside a person's appositive stands for the person ("David Yarnold,
    /// president and chief executive of the National Audubon Society, who called the findings
    /// “a full-blown crisis.”").
    fn relative(&self, text: &str, at: usize) -> Option<usize> {
        let mut before = self.before(at);
        let nearest = before.next()?;
        if self.entities[nearest.entity].kind != SpeakerType::Organization
            || !text[at..].starts_with("who")
        {
            return Some(nearest.entity);
        }
        let person = before
            .take_while(|m| m.sentence == nearest.sentence)
            .find(|m| self.entities[m.entity].kind == SpeakerType::Person);
        // (The person's name, then a comma and a description in lower case, up to the
        // organisation.)
        let apposed = person.filter(|p| {
            text[p.start..nearest.start]
                .split_once(", ")
                .is_some_and(|(_, d)| d.starts_with(char::is_lowercase))
        });
        Some(apposed.map_or(nearest.entity, |p| p.entity))
    }

    /// [`Registry::pronoun`], `depth` sentences down a chain of sentences that the same
    /// pronoun opens ("McConnell said …. He said …. “…,” he said": the last "he" is the
    /// second's, which is McConnell), at most eight.
    fn pronoun_in_chain(
        &self,
        text: &str,
        k: PronounKind,
        at: usize,
        depth: usize,
    ) -> Option<usize> {
        let want = match k {
            PronounKind::Male => Some(Gender::Male),
            PronounKind::Female => Some(Gender::Female),
            PronounKind::Relative => return self.relative(text, at),
            // (Or, for "it", a subject of one word that nothing shows to be a person's, as
            // bodies are often written: "Digicel also said its engineers were working …" ⏎
            // "“…,” it said.")
            PronounKind::Plural | PronounKind::Neuter => {
                return self
                    .before(at)
                    .filter(|m| !m.quoter)
                    .take(6)
                    .find(|m| {
                        let ent = &self.entities[m.entity];
                        ent.kind == SpeakerType::Organization
                            || k == PronounKind::Neuter
                                && m.subject
                                && !m.oblique
                                && ent.is_unmarked_word()
                    })
                    .map(|m| m.entity)
            }
            PronounKind::First | PronounKind::Indefinite => return None,
        };
        // A pronoun that reports, set off after a comma, stands for no one its own clause
        // names before it and the narration named before that: in "Zentrix is likely to join
        // forces with Nokia, he added." after Zentrix was named, the "he" is not Zentrix.
        // (Its clause starts at its sentence's start, or after the last full stop before it
        // that ends a sentence the splitter kept whole, "at 3 a.m. Crews rescued 40 people,
        // she said."; and not past an opening clause of time or cause, whose name is the
        // pronoun's, "When Dan Marlow reached the tunnel, he said.")
        let own_clause = reports_after_comma(text, at)
            .then(|| {
                let i = self.sentences.partition_point(|&s| s <= at);
                let s = i.checked_sub(1).map_or(0, |i| self.sentences[i]);
                let clause = &text[s..at];
                let stop = [". ", "! ", "? ", "… "]
                    .iter()
                    .filter_map(|p| clause.rfind(p).map(|k| k + p.len()))
                    .max()
                    .unwrap_or(0);
                s + stop
            })
            .filter(|&c| {
                let first = text[c..at].split_ws().next().unwrap_or("");
                !(opens_subordinate_clause(first) || matches!(first, "After" | "As" | "Before"))
            });
        // People, and organisations by the spokesperson who speaks for them ("A spokeswoman
        // for CalMor Marine said …. “…,” she said"), of the spokesperson's gender.
        let persons = || {
            self.before(at)
                .filter(move |m| {
                    let ent = &self.entities[m.entity];
                    (m.spokes.is_some() || ent.kind == SpeakerType::Person && !ent.after_the)
                        && own_clause.is_none_or(|s| {
                            // (One its clause introduces may report of herself: "Marta
                            // Kowalski, 38, lost everything in the fire, she said.")
                            m.start < s || self.first_seen(m.entity) >= s
                        })
                        && !m.quoter
                        && (self.furniture.is_empty()
                            || self.furniture.binary_search(&m.sentence).is_err())
                })
                .take(12)
        };
        let gender = |m: &Named| match m.spokes {
            Some(s) => s.gender,
            None => self.entities[m.entity].gender,
        };
        // Of unknown gender, only a name shaped like a person's: "Face the Nation" and "Bank of
        // Arroyo" hold a "the" or an "of", which no one's name does (an affiliation, "Ann Lee of
        // Cheyenne", is cut from the name when it is read).
        // Nor a place's name ("rains in Karachi": see `Entity::is_place_like`).
        // (Nor a name of one word that owns the subject, as a place or a body does: in
        // "Vellmark’s news agency quotes her as saying. She added …" the "She" is not
        // Vellmark.)
        let unknown = |m: &&Named| {
            let ent = &self.entities[m.entity];
            gender(m).is_none()
                && (m.spokes.is_some()
                    || !ent.name.split_ws().any(|w| matches!(w, "the" | "of"))
                        && !ent.is_place_like()
                        && (!m.owner || !self.owns_a_body(text, m)))
        };
        // The subject of this sentence or the one before comes first, among those of the
        // pronoun's gender and then among those whose gender is unknown.
        let i = self.narration_sentences.partition_point(|&s| s <= at);
        let previous = self.narration_sentences[..i]
            .iter()
            .rev()
            .nth(1)
            .copied()
            .unwrap_or(0);
        let recent_subject = |m: &&Named| m.subject && m.sentence >= previous;
        // (Past a sentence that names no one, the subject of the one before it: "Dan
        // Kessler, the chief economist at Orrin Capital, told Fox Business that a cut was
        // still possible. That is because the average is slowing. ⏎ “…,” he said" is
        // Kessler's, not that of the man whom the paragraphs before named.)
        // (Nor a "he" or "she" there: "“…,” he said" names someone.)
        let before_previous = || {
            let none_named = persons().next().is_none_or(|m| m.sentence < previous)
                && !text[previous..at].split_ws().take(200).any(|w| {
                    matches!(
                        w.trim_matches(|c: char| !c.is_alphabetic()),
                        "he" | "He" | "she" | "She" | "him" | "her" | "Her" | "his" | "His"
                    )
                });
            none_named
                .then(|| self.narration_sentences[..i].iter().rev().nth(2).copied())
                .flatten()
        };
        let subject_past_unnamed = || {
            let from = before_previous()?;
            // (Someone the narration shows to be a person, by a role or a gender: "About
            // Latinos" of a heading is no one.)
            persons()
                .find(|m| m.subject && !m.oblique && m.sentence >= from)
                .filter(|m| {
                    (gender(m) == want || unknown(m))
                        && (m.spokes.is_some() || self.entities[m.entity].is_shown_someone())
                })
                .map(|m| m.entity)
        };
        // The sentence before this one, opened by the same pronoun or reporting words by it
        // ("It was not his job …, he said." ⏎ "“…,” he said"): "he" goes on standing for
        // whoever that one does.
        // (That pronoun is resolved where it stands: "As for Trump, he said …" is Trump's.)
        let chained = || {
            let j = i.checked_sub(2)?;
            if depth >= 8 {
                return None;
            }
            let s = self.narration_sentences[j];
            let at = if self.opened_by.get(j).copied().flatten() == Some(k) {
                s
            } else {
                // (Or a sentence that opens "According to him," and so reports his words.)
                self.reporting_pronoun(text, s)
                    .or_else(|| according_to_pronoun(text, s))
                    .filter(|&(p, _)| p == k)
                    .map(|(_, at)| at)?
            };
            self.pronoun_in_chain(text, k, at, depth + 1)
        };
        // (In an exchange, the other speaker, when the pronoun fits them and nothing tells
        // the gender of the one who spoke last: "“…,” Whitcombe said. ⏎ “…,” Drury
        // replied. ⏎ “…,” she said" after "Sarah Whitcombe", see `Registry::exchange`.)
        let partner = || {
            let m = persons().filter(unknown).find(recent_subject)?;
            let x = self.exchange(text, at)?;
            if !x.named.contains(&m.start) {
                return None;
            }
            x.other(self, m.entity)
                .filter(|&o| self.entities[o].gender == want)
        };
        // (The subject its own sentence names right before its cue, of no other gender:
        // "Manager Neville Twistleton said he had told his players …".)
        let reporter = || {
            self.self_reported(text, at).filter(|&e| {
                let g = self.entities[e].gender;
                g.is_none() || g == want
            })
        };
        // (The subject of a clause joined after a comma to a sentence whose own subject, a
        // name, tells no gender, where this one's is the pronoun's: "Optus was widely
        // criticised …, but Ms Bayer Rosmarin defended the company's response." ⏎ "“…,” she
        // said" is hers, not Optus's.)
        let joined_subject = || {
            let first = persons().filter(unknown).find(recent_subject)?;
            persons()
                .take_while(|m| m.start > first.start)
                .filter(|m| m.sentence == first.sentence && !m.oblique && !m.subject)
                .find(|m| {
                    gender(m) == want && {
                        let lead = text[m.sentence.min(m.start)..m.start].trim_end();
                        [", but", ", and", ", while", ", whereas", ", yet", ";"]
                            .iter()
                            .any(|j| lead.ends_with(j))
                    }
                })
                .map(|m| m.entity)
        };
        reporter()
            .or_else(|| {
                persons()
                    .filter(recent_subject)
                    .find(|m| gender(m) == want)
                    .map(|m| m.entity)
            })
            .or_else(partner)
            .or_else(joined_subject)
            .or_else(|| {
                persons()
                    .filter(unknown)
                    .find(recent_subject)
                    .map(|m| m.entity)
            })
            .or_else(chained)
            .or_else(subject_past_unnamed)
            .or_else(|| {
                // (Not first a word that only owns a thing and never acts, a place's or a
                // body's as often: "after announcing Malaysia’s third-quarter numbers" leaves
                // the "he" that follows to the governor named before it.)
                let owns_only = |m: &&Named| {
                    let ent = &self.entities[m.entity];
                    m.owner && !m.subject && !ent.subject_seen && ent.is_unmarked_word()
                };
                persons()
                    .find(|m| gender(m) == want)
                    .or_else(|| {
                        persons()
                            .filter(unknown)
                            .find(|m| !m.oblique && !owns_only(m))
                    })
                    .or_else(|| persons().filter(unknown).find(|m| !m.oblique))
                    .or_else(|| persons().find(unknown))
                    .map(|m| m.entity)
            })
    }

    /// The "he" or "she" of a reporting clause set off inside the sentence that starts at `s`,
    /// and where it stands,
    /// after a comma or a quotation's closing mark and before a cue: "It was not his job to
    /// correct the reports, he said.", "“I am the minister,” she said, referring to …". (The
    /// first eighty words and thousand bytes only: asked at pronouns, it must not read a
    /// sentence of a whole article each time.)
    fn reporting_pronoun(&self, text: &str, s: usize) -> Option<(PronounKind, usize)> {
        let i = self.sentences.partition_point(|&x| x <= s);
        let end = self.sentences.get(i).copied().unwrap_or(text.len());
        // (Most sentences hold no lower-case "he" or "she": told by a byte search first, of
        // the first thousand bytes at most, as far as eighty words go.)
        let mut end = end.min(s + 1000);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let body = &text[s..end];
        let bytes = body.as_bytes();
        if memchr::memmem::find(bytes, b" he ").is_none()
            && memchr::memmem::find(bytes, b" she ").is_none()
        {
            return None;
        }
        let mut words = body.split_ws().take(80);
        let (mut w1, mut w2) = (words.next()?, words.next()?);
        for w3 in words {
            if w1.ends_with([',', '”', '"', '’']) {
                if let Some(p @ (PronounKind::Male | PronounKind::Female)) = he_she_or_they(w2) {
                    if LEXICON.is_cue(w3.trim_end_matches(['.', ',', ':', ';'])) {
                        return Some((p, w2.as_ptr() as usize - text.as_ptr() as usize));
                    }
                }
            }
            (w1, w2) = (w2, w3);
        }
        None
    }

    /// Who issued the document `noun` ("statement") that the narration last wrote of before
    /// `at`, within the last two thousand bytes: the subject of the sentence that names it
    /// ("Bala Elkana … said in a statement", "The ministry issued a statement"), a name or a
    /// "he" or "she" the registry resolves.
    fn issuer(&self, text: &str, noun: &str, at: usize) -> Option<usize> {
        let from = at.saturating_sub(2000);
        let from = (from..at).find(|&i| text.is_char_boundary(i))?;
        let window = &text[from..at];
        // (The noun as a word, not "statements" or "misstatement", written as one issued:
        // "said in a statement", "released a brief statement"; not "a town council letter",
        // whose issuer is the town council.)
        let found = window.rmatch_indices(noun).find(|&(i, _)| {
            let before = window[..i].chars().next_back();
            let after = window[i + noun.len()..].chars().next();
            let mut lead = window[..i].split_ws().rev();
            let issued = match (lead.next(), lead.next()) {
                (Some("a" | "an" | "A" | "An"), _) => true,
                (Some(adjective), Some("a" | "an" | "A" | "An")) => matches!(
                    adjective,
                    "joint"
                        | "written"
                        | "brief"
                        | "short"
                        | "separate"
                        | "lengthy"
                        | "prepared"
                        | "official"
                ),
                _ => false,
            };
            issued
                && before.is_some_and(|c| !c.is_alphanumeric())
                && after.is_none_or(|c| !c.is_alphanumeric())
        })?;
        let pos = from + found.0;
        let i = self.sentences.partition_point(|&s| s <= pos);
        let sentence = i.checked_sub(1).map_or(0, |i| self.sentences[i]);
        // The name it is from: "According to an official statement from the Coast Guard:".
        let after = pos + noun.len();
        if let Some(named) = text[after..]
            .strip_prefix(" from ")
            .map(|r| r.strip_prefix("the ").unwrap_or(r))
            .filter(|r| r.starts_with(char::is_uppercase))
        {
            let at = text.len() - named.len();
            let j = self.mentions.partition_point(|m| m.start < at);
            if let Some(m) = self.mentions.get(j).filter(|m| m.start == at) {
                return Some(m.entity);
            }
        }
        // The name whose cue issues it, right before: "…, the Veloria Joint Task Force said
        // in a statement" after a sentence that named others first ("ambushed by fighters of
        // the Kestrel Liberation Front (KLF)").
        if let Some(m) = self
            .before(pos)
            .take_while(|m| m.start >= sentence)
            .next()
            .filter(|m| cue_issues(&text[m.start..pos]))
        {
            return Some(m.entity);
        }
        // The name a cue before it reports, right before: "…, said BNP Senior Joint
        // Secretary General Ruhul Kabir Rizvi in a statement", where the sentence's subject
        // is what the words speak of.
        if let Some(m) = self
            .before(pos)
            .take_while(|m| m.start >= sentence)
            .next()
            .filter(|m| {
                !m.owner && cue_reports_issuer(&text[sentence..m.start], &text[m.start..pos])
            })
        {
            return Some(m.entity);
        }
        // (Not a listener: "the board told the Daily Courier in a statement".)
        let told = |m: &Named| {
            let mut lead = text[sentence..m.start].split_ws().rev();
            let w = match lead.next() {
                Some("the") => lead.next(),
                w => w,
            };
            matches!(w, Some("told" | "tells"))
        };
        if let Some(m) = self
            .before(pos)
            .take_while(|m| m.start >= sentence)
            .filter(|m| m.subject && !told(m))
            .last()
        {
            return Some(m.entity);
        }
        // (A pronoun opening that sentence, or the narration after a quotation that opens
        // it: "He said in a statement that …", "“…,” he said in a statement".)
        // (Past the whole mark: a curly one is three bytes.)
        let clause = text[sentence..pos]
            .rmatch_indices(['"', '”'])
            .next()
            .map_or(sentence, |(i, mark)| sentence + i + mark.len());
        let clause = clause + text[clause..pos].len() - text[clause..pos].trim_start().len();
        let first = text[clause..pos].split_ws().next()?;
        match LEXICON.pronouns.get(first) {
            Some(k @ (PronounKind::Male | PronounKind::Female)) => self.pronoun(text, *k, clause),
            // (A definite description opening it, "The governor said in a statement …", for
            // whom it stands; not another document, "The letter said in a statement".)
            _ if matches!(first, "the" | "The") => {
                let (_, found) = crate::extract::mention::mention(&text[clause..pos], clause)?;
                match found.kind {
                    MentionKind::Description(kind)
                        if !is_document_noun(&text[found.head.clone()].to_lowercase()) =>
                    {
                        self.description(text, &found, kind)
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The organisation a spokesperson with no named owner speaks for, at `at`: the nearest
    /// subject of this paragraph or the one before when it is an organisation, or a name of nobody in
    /// particular ("ESB Networks says 58,000 homes are without power. A spokesperson said
    /// …"); nobody when that subject is a person (a spokesperson of theirs: "Mitt Romney …
    /// will not be present. … a spokesman said"); with no such subject, the organisation
    /// the narration is about (see [`Registry::leading_organization`]), unless the description
    /// has a complement (`complement`: "a spokesperson for the department"). `body`: the
    /// description names the kind of public body it speaks for ("a government spokesman"),
    /// which a name of no shape of its own is not shown to be.
    fn spoken_for(&self, text: &str, at: usize, complement: bool, body: bool) -> Option<usize> {
        // The nearest subject in this paragraph or the one before.
        let subject = self.before(at).take(12).find(|m| m.subject).filter(|m| {
            text[m.start..at]
                .split('\n')
                .filter(|line| !line.trim().is_empty())
                .nth(2)
                .is_none()
        });
        match subject {
            Some(m) if self.entities[m.entity].kind == SpeakerType::Organization => Some(m.entity),
            // (Not where the description names a public body, "a government spokesman": a
            // name read as nobody's in particular is as often a person's whose given name no
            // list holds, "Olusegun Akindele", and public bodies are named by their nouns.)
            Some(m) if !body && self.shapeless(m.entity) => Some(m.entity),
            Some(_) => None,
            // (A complement names the organisation by its kind, "a spokesperson for the
            // department", which the organisation the narration is about may not be.)
            None if complement => None,
            None => self.leading_organization(at),
        }
    }

    /// The organisation a description owned by a possessive names in capitalised words after
    /// the owner's mark, that the narration read as a name there: "Foreign Office" of
    /// "Ostravia’s Foreign Office", "High Court" of "Kestrova’s High Court". (Only words of a
    /// name, a connector between them: "Ostravia’s health ministry" names no body of its own.)
    fn owned_body(&self, text: &str, f: &Found, owner: &str) -> Option<usize> {
        let at = f.span.start + owner.len();
        let rest = text[at..f.span.end].strip_prefix(' ')?;
        let named = rest.split(' ').all(|w| {
            is_capitalized(w) && strip_possessive(w).len() == w.len()
                || matches!(w, "of" | "for" | "and" | "the")
        });
        if !named {
            return None;
        }
        let i = self.mentions.partition_point(|m| m.start < at + 1);
        self.mentions
            .get(i)
            .filter(|m| m.start == at + 1)
            .map(|m| m.entity)
            .filter(|&e| self.entities[e].kind == SpeakerType::Organization)
    }

    /// Is entity `e` a name of several words read as nobody's in particular: no given name,
    /// gender, title or role ("Associated Humber Ports confirmed …", "ESB Networks says …")?
    fn shapeless(&self, e: usize) -> bool {
        let ent = &self.entities[e];
        ent.is_shapeless() && ent.role.is_none()
    }

    /// The organisation the narration before `at` is about: of the organisations among the
    /// last mentions, the one named most often, the nearest of those.
    fn leading_organization(&self, at: usize) -> Option<usize> {
        let recent: Vec<usize> = self
            .before(at)
            .take(20)
            .map(|m| m.entity)
            .filter(|&e| self.entities[e].kind == SpeakerType::Organization)
            .collect();
        let count = |e: usize| recent.iter().filter(|&&o| o == e).count();
        // (`max_by_key` keeps the last of equals: the list is reversed so that it is the nearest.)
        recent.iter().rev().copied().max_by_key(|&e| count(e))
    }

    /// The entity a description stands for: the recent one whose titles, roles or (for an
    /// organisation) name share its words ("the spokeswoman" → "A State Department
    /// spokeswoman, Kelly Marsh"; "the authority" → "the Port Authority of Calder Bay"); an
    /// organisation's description with no such match stands for the nearest organisation
    /// named ("the firm").
    /// Is `m`, a name of one word that owns what follows it, the owner of a body, as a place
    /// or another body is ("Vellmark’s news agency", "Marlow's police"), not of a person's
    /// doing ("Oz's advice")? Its possessive then is no person's.
    fn owns_a_body(&self, text: &str, m: &Named) -> bool {
        if self.entities[m.entity].name.contains(' ') {
            return false;
        }
        let rest = &text[m.start..];
        let mut n = rest.len().min(60);
        while !rest.is_char_boundary(n) {
            n -= 1;
        }
        let Some(i) = rest[..n].find(['\'', '’']) else {
            return false;
        };
        let after = after_possessive(&rest[i..]);
        // (The noun, within the three words after it: "news agency", "ISNA news agency".)
        after.split_ws().take(3).any(|w| {
            role_of(w.trim_end_matches([',', '.', ';', ':'])) == Some(RoleKind::Organization)
        })
    }

    /// Did the narration name `e` with `owner` beside it, before `at`: the owner's name, or
    /// a word that shares its first four letters (its people's adjective, "Finnish" for
    /// "Finland"), within a few words of one of the mentions ("Finland’s Foreign Minister
    /// Elina Vell", "Elina Vell, Finland’s foreign minister,")?
    fn named_with(&self, text: &str, e: usize, owner: &str, at: usize) -> bool {
        let stem: String = owner.chars().take(4).collect();
        let seen = &self.seen[self.seen_from[e]..self.seen_from[e + 1]];
        seen.iter().take_while(|&&s| s < at).any(|&s| {
            let mut from = s.saturating_sub(60);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            // (Not past the description itself.)
            let mut to = (s + 120).min(at);
            while !text.is_char_boundary(to) {
                to += 1;
            }
            text[from..to]
                .split_ws()
                .any(|w| w.starts_with(stem.as_str()))
        })
    }

    fn description(&self, text: &str, f: &Found, kind: RoleKind) -> Option<usize> {
        // An indefinite description introduces someone new ("one official", "a top aide",
        // "another supporter"): it names nobody the article has named before.
        let first = text[f.span.clone()].split_ws().next().unwrap_or("");
        let role = text[f.head.clone()].to_lowercase();
        // A spokesperson's words are the organisation's: "a spokeswoman for Associated Humber
        // Ports", "a Northwind Energy spokesman" stand for the organisation they name.
        let spokes = is_spokes_noun(&role);
        // (Whether the description names anyone inside it: its owner.)
        let mut inside = self
            .before(f.span.end)
            .take_while(|m| m.start >= f.span.start)
            .map(|m| m.entity)
            .peekable();
        let owned = spokes && inside.peek().is_some();
        // "the US Secretary of State Ana Vell": an office in capitals after "the", and its
        // holder's name, which ends the description, is that person. (Only capitalised words
        // and the little words of an office: "a spokeswoman for Governor Ann Lee" is not.)
        let office_and_holder = first.eq_ignore_ascii_case("the")
            && text[f.span.clone()].split_ws().skip(1).all(|w| {
                w.starts_with(char::is_uppercase) || matches!(w, "of" | "for" | "and" | "the")
            });
        if office_and_holder {
            // (The last name inside it: the description opens with "the", which no name does.)
            if let Some(&e) = inside.peek() {
                let ent = &self.entities[e];
                // (Its name ends the description.)
                // (After an office's words: "the Wisconsin Republican" is a description
                // the registry may have read as a name, and names no one by it.)
                let described = strip_possessive(&text[f.span.clone()]);
                let office = described
                    .strip_suffix(ent.name.as_str())
                    .is_some_and(|o| o.split_ws().nth(1).is_some());
                if ent.kind == SpeakerType::Person && ent.name.contains(' ') && office {
                    return Some(e);
                }
            }
        }
        // (So does a representative of an organisation the description names: "the APB
        // representative said". Only then: "the representative" alone may be a member of
        // a legislature.)
        if spokes || role == "representative" {
            // (But one whose name is set off right after it is that person: "said Kestrel
            // Harbour Authority’s spokesperson, Thandi Mokoena".)
            let i = self.mentions.partition_point(|m| m.start < f.span.end);
            if let Some(m) = self.mentions.get(i) {
                if matches!(
                    &text[f.span.end..m.start],
                    ", " | ", Mr " | ", Ms " | ", Mrs "
                ) && self.entities[m.entity].kind == SpeakerType::Person
                    && self.entities[m.entity].name.contains(' ')
                {
                    return Some(m.entity);
                }
            }
            let org = inside.find(|&e| self.entities[e].kind == SpeakerType::Organization);
            if org.is_some() {
                // (But "the VCC spokesman" after "VCC spokesman, Ruben Okoye," is the person
                // the article named with that role.)
                return self.named_spokesperson(text, f, first).or(org);
            }
            // (Or an acronym the narration defined, which it did not read as a name there:
            // "the APB representative" after "Arvel Private Bank (APB)".)
            let before_head = text[f.span.start..f.head.start].trim_end();
            let acronym = before_head.rsplit(' ').next().filter(|w| {
                (2..=8).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
            });
            if let Some(w) = acronym {
                let at = f.span.start + before_head.len() - w.len();
                let org = self
                    .lookup_word(text, at..at + w.len())
                    .filter(|&e| self.entities[e].kind == SpeakerType::Organization);
                if org.is_some() {
                    return org;
                }
            }
        }
        // A noun alone, with no determiner, in the article's first sentence is a headline's
        // way of writing a role ("“…,” says farmer after floods"): the person the article
        // then names with that role, as a title alone is ([`Registry::title_holder`]).
        // (Singular: "said residents" writes people, whom no one name holds.)
        // (So is an indefinite description there, naming no one inside it, as a lede writes
        // the person its next paragraphs name: "A JUDGE has described as “extremely serious”
        // …" ⏎ "… Judge Eoin Tallon adjourned the case", "A police inspector has questioned
        // …" ⏎ "Inspector Rawiri Tane, 52, …".)
        let bare =
            first.starts_with(|c: char| c.is_ascii_lowercase()) && determiner(first).is_err();
        // (Only a description that ends at its noun and goes straight on to its verb: not "A
        // lawyer for the family", nor one set off as unnamed, "A police officer, who asked not
        // to be named,".)
        let lede = || {
            matches!(first, "a" | "an" | "A" | "An")
                && f.head.end == f.span.end
                && text[f.span.end..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()))
                && self
                    .before(f.span.end)
                    .take_while(|m| m.start >= f.span.start)
                    .next()
                    .is_none()
        };
        let is_lede = !bare && lede();
        if kind == RoleKind::Person
            && (bare || is_lede)
            && (role.ends_with("ss") || !role.ends_with('s'))
            && self.in_first_sentence(f.span.start)
        {
            // (A lede's person holds no role the description does not write: "A minister has
            // claimed …" is not "Prime Minister Tom Reed", nor "A coach" "Rival coach Tom
            // Reed".)
            let described = text[f.span.clone()].to_lowercase();
            // (Nor one the narration introduces as another: "Another teacher, Grace Obi, led
            // pupils out" is not the lede's teacher.)
            let another = |e: usize| {
                let i = self.mentions.partition_point(|m| m.start < f.span.end);
                self.mentions[i..]
                    .iter()
                    .find(|m| m.entity == e)
                    .is_some_and(|m| {
                        // (Whole words of the forty bytes before it: "Her mother, Jane Roe,"
                        // holds no "other".)
                        text[floor_char(text, m.start.saturating_sub(40))..m.start]
                            .split_ws()
                            .any(|w| {
                                matches!(
                                    w,
                                    "Another" | "another" | "other" | "Other" | "second" | "Second"
                                )
                            })
                    })
            };
            let fits = |e: usize| {
                !is_lede
                    || !another(e)
                        && self.entities[e].role.as_deref().is_some_and(|r| {
                            r.split_ws()
                                .all(|w| described.split_ws().any(|d| d == w.to_lowercase()))
                        })
            };
            if let Some(e) = self
                .named_next_with_role(f.span.end, &role)
                .filter(|&e| fits(e))
            {
                return Some(e);
            }
        }
        // A body a place's possessive owns, written by its name, is the body the narration
        // named there: "Kestrova’s High Court said", "Marlovia’s Ministry of Health said" (the
        // place owns it, the name after the mark says which one).
        if kind == RoleKind::Organization && is_possessive(first) {
            if let Some(e) = self.owned_body(text, f, first) {
                return Some(e);
            }
        }
        // A document a name owns is that one's words: "Reed’s tweet", "according to WDFW’s
        // blog post". (Owned by the name itself: "Hale’s family’s statement" is the
        // family's.)
        let document = is_document_noun(&role);
        if document
            && is_possessive(first)
            && text[f.span.clone()]
                .split_ws()
                .skip(1)
                .all(|w| strip_possessive(w).len() == w.len())
        {
            let owner = self
                .before(f.span.end)
                .take_while(|m| m.start >= f.span.start)
                .last()
                .filter(|m| m.start == f.span.start)
                .map(|m| m.entity);
            if owner.is_some() {
                return owner;
            }
            // (An owner the narration did not read as a name there, an acronym it defined:
            // "according to VWD’s statement" after "the Veloria Wildlife Department (VWD)".)
            if let Some(e) = self.lookup_word(text, f.span.start..f.span.start + first.len()) {
                return Some(e);
            }
        }
        // A document a possessive determiner owns is the words of whom the determiner
        // stands for, as its pronoun would: "“…,” her statement read", "His statement further
        // read, “…”" (the pronoun at the determiner's place).
        // (Owned by the determiner itself: "Her lawyer's statement", "His widow's statement"
        // are the lawyer's and the widow's. And of no gender the article tells otherwise:
        // "Paul Mint was charged. Her statement read" is no word of his.)
        if document
            && text[f.span.clone()]
                .split_ws()
                .skip(1)
                .all(|w| strip_possessive(w).len() == w.len())
        {
            let k = match first {
                "his" | "His" => Some((PronounKind::Male, Some(Gender::Male))),
                "her" | "Her" => Some((PronounKind::Female, Some(Gender::Female))),
                "its" | "Its" => Some((PronounKind::Neuter, None)),
                _ => None,
            };
            let fits = |e: usize, g: Option<Gender>| {
                let ent = &self.entities[e];
                g.is_none_or(|g| {
                    ent.gender
                        .or_else(|| listed_gender(&ent.name))
                        .is_none_or(|x| x == g)
                })
            };
            if let Some(e) =
                k.and_then(|(k, g)| self.pronoun(text, k, f.span.start).filter(|&e| fits(e, g)))
            {
                return Some(e);
            }
        }
        // A document a person's description owns is that person's words, as the description
        // alone would name them: "The minister's statement read", "the ‘Love Aaj Kal’ star's
        // statement read". (A person's role noun only: "the ministry's statement" is a body's,
        // read as the body is.)
        if document && matches!(first, "the" | "The") {
            let owner = text[f.span.start..f.head.start].trim_end();
            let stripped = owner
                .strip_suffix("'s")
                .or_else(|| owner.strip_suffix("’s"))
                .map(str::len);
            let inner = stripped.and_then(|n| {
                let span = f.span.start..f.span.start + n;
                description(&text[span.clone()])
                    .ok()
                    .filter(|(rest, (_, k))| rest.is_empty() && *k == RoleKind::Person)
                    .map(|(_, (head, k))| Found {
                        head: span.start + head.start..span.start + head.end,
                        span,
                        kind: MentionKind::Description(k),
                    })
            });
            if let Some(e) = inner.and_then(|o| self.description(text, &o, RoleKind::Person)) {
                return Some(e);
            }
        }
        // A document from someone is their words: "a statement from Alan Finch" (the name
        // right after "from", ending the description: not "a statement from Peter Vance's
        // family", "an email from a spokeswoman for Governor Ann Lee").
        if document {
            let from = text[f.span.clone()].find(" from ").filter(|&i| {
                let source = &text[f.span.start + i + 6..f.span.end];
                // (An organisation's name after "the": "a statement from the Red Cross"; not
                // a family's or a title's, "from the Obi family", "from the Duke and Duchess
                // of Sussex".)
                // (Or a name of capitalised words that opens with no title, as a body's
                // does: "an official statement from the Coast Guard".)
                let body = |named: &str| {
                    named.contains(' ')
                        && !named
                            .split_ws()
                            .next()
                            .is_some_and(|w| LEXICON.is_title(w.trim_end_matches([':', ','])))
                };
                let source = match source.strip_prefix("the ") {
                    Some(named) if is_organization(named) || body(named) => named,
                    _ => source,
                };
                // (An organisation's links inside it: "a letter from the Department for
                // Transport".)
                source.starts_with(char::is_uppercase)
                    && source.split_ws().all(|w| {
                        (w.starts_with(char::is_uppercase)
                            || is_name_particle(w)
                            || matches!(w, "of" | "for" | "and" | "the") && is_organization(source))
                            && strip_possessive(w).len() == w.len()
                    })
            });
            if let Some(from) = from {
                let at = f.span.start + from;
                let named = self
                    .before(f.span.end)
                    .take_while(|m| m.start > at)
                    .last()
                    .map(|m| m.entity);
                if named.is_some() {
                    return named;
                }
            }
        }
        // A document set off with who signed or wrote it is that one's words: "The letter,
        // signed by Bishop Emeka Nwachukwu of the Anglican Diocese of Owerri North, said".
        if document {
            let after = &text[f.span.end..];
            let by = [", signed by ", ", written by ", ", sent by "]
                .iter()
                .find(|p| after.starts_with(**p))
                .map(|p| f.span.end + p.len());
            if let Some(at) = by {
                let i = self.mentions.partition_point(|m| m.start < at);
                let signer = self.mentions.get(i).filter(|m| {
                    // (The name right there, past its titles: "Bishop Emeka Nwachukwu".)
                    text[at..m.start]
                        .split_ws()
                        .all(|w| LEXICON.is_title(w) || is_honorific(w))
                });
                if let Some(m) = signer {
                    return Some(m.entity);
                }
            }
        }
        // A description set off before the name it describes: "Another analyst, Tom
        // Whitaker of Barlow & Finch, was more measured, describing …".
        // (Past an owner of the name, a party or a country: "Her rival, Labour's Owain
        // Llewellyn, said" describes Llewellyn, not Labour.)
        let i = self.mentions.partition_point(|m| m.start < f.span.end);
        let after_owner = |m: &Named| {
            let between = &text[f.span.end..m.start];
            between.strip_prefix(", ").is_some_and(|owner| {
                owner.len() < 40
                    && !owner.contains(',')
                    && (owner.ends_with("’s ") || owner.ends_with("'s "))
            })
        };
        let described = match self.mentions.get(i) {
            Some(m) if m.owner => self.mentions.get(i + 1).filter(|n| after_owner(n)),
            m => m,
        };
        if let Some(m) = described {
            let between = &text[f.span.end..m.start];
            if (matches!(between, ", " | ", the " | ", a ") || after_owner(m))
                && kind == RoleKind::Person
                && self.entities[m.entity].kind == SpeakerType::Person
            {
                return Some(m.entity);
            }
        }
        // A spokesperson the description gives no named owner ("A spokesperson said", "A
        // company spokesman", "a spokesperson for the department") speaks for the
        // organisation the narration is about: the one named most often in the last
        // mentions, the nearest of those. (Not one owned by someone, or by what is no
        // organisation: "a spokesman for Ryan", "a family spokesman", "a campaign spokesman".)
        if spokes && is_indefinite_determiner(first) {
            let org_words = text[f.span.clone()].split_ws().skip(1).all(|w| {
                let w = w.trim_end_matches([',', '.']);
                is_spokes_noun(&lowercase(w))
                    || matches!(w, "for" | "the")
                    || w != "campaign" && role_of(w) == Some(RoleKind::Organization)
            });
            let complement = text[f.span.clone()].split_ws().any(|w| w == "for");
            // (Whether it names the kind of public body it speaks for: "a government
            // spokesman", "a police spokeswoman"; not a trade's, "a company spokesperson",
            // which a company's name of no shape of its own may be.)
            let body = text[f.span.clone()].split_ws().skip(1).any(|w| {
                let w = lowercase(w.trim_end_matches([',', '.']));
                !is_spokes_noun(&w)
                    && !is_trade_noun(&w)
                    && role_of(&w) == Some(RoleKind::Organization)
            });
            return (!owned && org_words)
                .then(|| self.spoken_for(text, f.span.start, complement, body))
                .flatten();
        }
        if is_indefinite_determiner(first) {
            return None;
        }
        if let Some(e) = self.document_issuer(text, f) {
            return Some(e);
        }
        // Those who speak for someone, owned by a pronoun: "her office called the projections
        // “unrealistic”", "his campaign said" stand for the person the pronoun does.
        if spokes || matches!(role.as_str(), "office" | "campaign") {
            let owner = match first {
                "his" | "His" => Some(PronounKind::Male),
                "her" | "Her" => Some(PronounKind::Female),
                "its" | "Its" | "their" | "Their" => Some(PronounKind::Neuter),
                _ => None,
            };
            if let Some(k) = owner {
                return self.pronoun(text, k, f.span.start);
            }
        }
        let words_of: Vec<String> = text[f.span.clone()]
            .split_ws()
            .map(|w| {
                strip_possessive(w)
                    .trim_end_matches(['.', ','])
                    .to_lowercase()
            })
            .collect();
        // (Which words are an owner's, in the possessive: "the student's roommate" is not the
        // student, so the owner's noun names no one the description stands for.)
        let owned: Vec<bool> = text[f.span.clone()]
            .split_ws()
            .map(|w| strip_possessive(w).len() < w.len())
            .collect();
        let want = match kind {
            RoleKind::Person => SpeakerType::Person,
            RoleKind::Organization => SpeakerType::Organization,
        };
        // A person's description a place or a body owns by its possessive ("Vellmark’s
        // foreign minister") stands only for someone the narration named with that owner
        // (see `named_with`): not the nearest foreign minister, who may be another country's.
        let owner = (kind == RoleKind::Person && is_possessive(first))
            .then(|| strip_possessive(first))
            .filter(|o| !o.contains(['.', ' ']));
        // A noun no list names ("the authority"): who it is, a person or an organisation,
        // only the article can tell.
        let any_kind = role_of(&role).is_none();
        let mut best: Option<(usize, usize)> = None;
        let mut nearest = None;
        // (Every word of the description and its noun: the score of one it names in full.)
        let full = words_of.len().saturating_sub(1) * 2 + 2;
        for (k, e) in self
            .before(f.span.start)
            .take(DESCRIBED_FAR)
            .map(|m| m.entity)
            .enumerate()
        {
            // The last fifteen names; past them, only one that a description of two words
            // or more names in full, when none of them was: "the chief justice" after a
            // bench of fourteen justices listed, the first headed by "Chief Justice Qazi
            // Faez Isa". (Not one noun, which many hold: "the senator", "the governor" far
            // back may be another's.)
            if k >= 15 && (words_of.len() < 3 || best.is_some_and(|(s, _)| s >= full)) {
                break;
            }
            // (Nor, that far back, one who held it before or holds another country's:
            // "Retired chief justice Mogoeng Mogoeng", "Japanese Prime Minister Shigeru
            // Ishiba", unless the description says so.)
            let ent = &self.entities[e];
            if k >= 15
                && ent.roles.iter().any(|r| {
                    let other = matches!(
                        r,
                        "former" | "retired" | "late" | "outgoing" | "ex" | "erstwhile"
                    ) || has_demonym_ending(r) && role_of(r).is_none();
                    other && !words_of.iter().any(|w| w == r)
                })
            {
                continue;
            }
            // (Or the organisation a spokesperson speaks for: see `beside`.)
            if ent.kind != want && !any_kind && !(spokes && ent.kind == SpeakerType::Organization) {
                continue;
            }
            // (Nor a title a headline writes alone, "Taoiseach rejects motion": it is no
            // one until the article names its holder.)
            if is_lone_title(&ent.name) {
                continue;
            }
            if owner.is_some_and(|o| {
                ent.kind == SpeakerType::Person && !self.named_with(text, e, o, f.span.start)
            }) {
                continue;
            }
            if ent.kind == want && k < 15 {
                nearest = nearest.or(Some(e));
            }
            // (A noun no list names, a word of a name of several that nothing shows to be a
            // person's, no gender, role or given name: "the gallery" for "The Harbourside
            // Gallery of Modern Art".)
            let unmarked = any_kind && ent.is_shapeless() && ent.role.is_none();
            let named_by = |w: &str| {
                ent.roles.contains(w)
                    || (ent.kind == SpeakerType::Organization || unmarked)
                        && ent.name.split_ws().any(|n| n.eq_ignore_ascii_case(w))
                    || same_trade(w).iter().any(|&t| ent.roles.contains(t))
            };
            // (The first word is the determiner.)
            let mut score = words_of
                .iter()
                .zip(&owned)
                .skip(1)
                .filter(|&(w, &own)| !own && named_by(w))
                .count()
                * 2;
            // (A plural noun by its singular: "The chambers said" after "the Chatham-Kent
            // Chamber of Commerce".)
            if named_by(&role) || role.strip_suffix('s').is_some_and(named_by) {
                score += 2;
            }
            // (A family's noun or a courtesy title is no office: "the official" is not "Her
            // husband, Kojo Mensah", "Mr Mensah".)
            let office_like = |r: &str| !is_relative_noun(r) && !is_courtesy_title(r);
            if is_generic_head(&role) && ent.roles.iter().any(office_like) {
                score += 1;
            }
            if score > 0 && best.is_none_or(|(s, _)| score > s) && (k < 15 || score >= full) {
                best = Some((score, e));
            }
        }
        // Only a definite description points back to the nearest organisation ("the firm"),
        // and only one that says nothing more of it: "the Malaysian cabinet" after "the U.S.
        // embassy" is another.
        let definite = words_of.first().is_some_and(|d| d == "the");
        // An age alone stands for the person named last: "Judge Christopher Mitchell has
        // seen it all …. The 66-year-old said: “…”". (Someone the article shows to be a
        // person, by a gender or a role: not "Southend Crown" of "Southend Crown courts", nor
        // a photo credit's "Getty Images".)
        if definite && words_of.len() == 2 && is_age(&role) && best.is_none() {
            // (First the person whose age the narration wrote beside their name: "Tomasz
            // Nowak, 29, was rescued …. “…,” the 29-year-old said".)
            // (Two people of that age: either.)
            match self.aged(text, f.span.start, &role) {
                Aged::One(e) => return Some(e),
                Aged::Several => return None,
                Aged::None => {}
            }
            let person = |e: usize| self.entities[e].kind == SpeakerType::Person;
            return self
                .before(f.span.start)
                .take(15)
                .map(|m| m.entity)
                .find(|&e| {
                    let ent = &self.entities[e];
                    person(e)
                        && (ent.gender.is_some() || ent.role.is_some() || !ent.roles.is_empty())
                })
                // (Or, failing that, one named in full as the subject of a sentence:
                // "Lagos-based entrepreneur Chiamaka Eze has raised $4 million …. “…,” the
                // 31-year-old said".)
                .or_else(|| {
                    self.before(f.span.start).take(15).find_map(|m| {
                        (person(m.entity)
                            && m.subject
                            && !m.oblique
                            && self.entities[m.entity].name.contains(' '))
                        .then_some(m.entity)
                    })
                });
        }
        if best.is_none() && owner.is_some() {
            return None;
        }
        // (Nor one named before the narration introduced someone new by the description's
        // noun: "An official at the assembly, who asked not to be named, said …. “…,” the
        // official said" is that official, whom the article never names.)
        if want == SpeakerType::Person
            && definite
            && best.is_some_and(|(_, e)| self.introduced_since(text, f.span.start, &role, e))
        {
            return None;
        }
        if best.is_none() && want == SpeakerType::Person && definite {
            if let Some(e) = self.continuing_speaker(text, f, &role) {
                return Some(e);
            }
            if let Some(e) = self.varied_description(text, f, &role) {
                return Some(e);
            }
        }
        best.map(|(_, e)| e).or(match want {
            SpeakerType::Organization if definite && words_of.len() == 2 => nearest.or_else(|| {
                is_trade_noun(&role)
                    .then(|| self.unmarked_organisation(text, f.span.start, &role))
                    .flatten()
            }),
            SpeakerType::Person if definite && nearest.is_none() => {
                self.named_next(f.span.end, &role)
            }
            _ => None,
        })
    }

    /// Whether the narration, since it last named `e` and before `at`, introduced someone by
    /// an indefinite description with `noun` as its head ("an official", "a senior official",
    /// "another official at the assembly"): a definite description of that noun after it
    /// stands for that one. Read over the 2,000 bytes before `at` at most.
    fn introduced_since(&self, text: &str, at: usize, noun: &str, e: usize) -> bool {
        let last = self
            .before(at)
            .find(|m| m.entity == e)
            .map_or(0, |m| m.start);
        let mut from = last.max(at.saturating_sub(2000));
        while !text.is_char_boundary(from) {
            from += 1;
        }
        // (The words of the window: for each, the four before it and the one after it.)
        let ws: Vec<&str> = text[from..at].split_ws().collect();
        ws.iter().enumerate().any(|(k, w)| {
            let bare = w.trim_end_matches([',', '.', ';', ':']);
            if !bare.eq_ignore_ascii_case(noun) {
                return false;
            }
            // (The noun ends its phrase: not a modifier of a noun of speech or of a document
            // after it, "an official announcement", "an official statement"; but "an official
            // familiar with the talks" is one.)
            let modifier = bare.len() == w.len()
                && ws.get(k + 1).is_some_and(|n| {
                    let n = lowercase(n.trim_end_matches([',', '.']));
                    LEXICON.flags(&n).is_speech_noun() || is_document_noun(&n)
                });
            if modifier {
                return false;
            }
            // (The determiner, past words that modify the noun: "a senior official",
            // "another unnamed GOP official"; not past a clause's end, another determiner or
            // a preposition: "had a question for the president".)
            let lead = &ws[k.saturating_sub(4)..k];
            let Some(d) = lead.iter().rposition(|l| {
                l.ends_with([',', '.', ';', ':', '”', '"', ')'])
                    || is_indefinite_determiner(l)
                    || determiner(l).is_ok()
                    || LEXICON.is_preposition(l)
            }) else {
                return false;
            };
            // (Nor an appositive, set off after the name of a person it describes: "Efua
            // Mensah, a lawyer for the residents, filed …" describes her; not after an
            // opening phrase, "On Tuesday, an official said".)
            let at_det = lead[d].as_ptr() as usize - text.as_ptr() as usize;
            let appositive = self.before(at_det).next().is_some_and(|m| {
                self.entities[m.entity].kind == SpeakerType::Person
                    && text[m.start..at_det].ends_with(", ")
                    && !text[m.start..at_det - 2].contains([',', '.'])
            });
            is_indefinite_determiner(lead[d]) && !appositive
        })
    }

    /// The organisation a definite description of one ("the company", "the airline") stands
    /// for when the narration named none the registry knows as one: the subject of the
    /// narration's sentence before the description's, or of its own, a name of one word that
    /// nothing shows to be a person's (no gender, title, role or given name): "Safaricom
    /// said the outage was caused by …. The company said: “…”". (Not a name of two words,
    /// which as often is a person's that nothing else marks: "Aino Virtanen said the plan
    /// was sound. “…,” the company said" names no company.)
    fn unmarked_organisation(&self, text: &str, at: usize, noun: &str) -> Option<usize> {
        let from = self.sentence_before(at).map_or(0, |r| r.start);
        let m = self
            .before(at)
            .take_while(|m| m.sentence >= from)
            .find(|m| m.subject && !m.oblique && !m.quoter)?;
        let ent = &self.entities[m.entity];
        // (Not where the narration after the name writes of the noun, "Dlamini said the bank
        // had failed its customers", or of a person, "Sharma said the insurer had rejected
        // her claim": the name is someone else's.)
        let rest = &text[m.start..at];
        let rest = rest.rfind(['“', '"']).map_or(rest, |q| &rest[..q]);
        // (A name of two words or more is an organisation's where its own clause owns
        // something by "its": "Hanbit Components will close its factory …, the company
        // announced", whose noun then names it again.)
        // (Its own "its", before any other noun's determiner or a cue: not "Dlamini said the
        // bank had failed its customers".)
        let owns = rest
            .split_ws()
            .skip(ent.name.split(' ').count())
            .take(6)
            .take_while(|w| {
                !matches!(*w, "the" | "a" | "an" | "The" | "A" | "An")
                    && !w.ends_with([',', '.', ';'])
                    && !LEXICON.is_cue(w)
            })
            .any(|w| w == "its");
        let other = rest.split_ws().any(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            w == noun && !owns
                || matches!(
                    w,
                    "he" | "she" | "his" | "her" | "him" | "himself" | "herself"
                )
        });
        // (An owner written before the name is no person's role: "South Korean-owned".)
        let unroled = ent.role.is_none() && ent.roles.is_empty()
            || owns && ent.role.as_deref().is_some_and(|r| r.ends_with("-owned"));
        (ent.gender.is_none()
            && unroled
            && !ent.after_the
            && !ent.is_place_like()
            && (!ent.name.contains(' ') || owns)
            // (Its first word no given name, the whole of a name of one word.)
            && !ent.name.split(' ').next().is_some_and(is_given_name)
            && !other)
            .then_some(m.entity)
    }

    /// The person whose age the narration wrote beside their name, in the 2,000 bytes before
    /// `at`, as the description `age` ("31-year-old") gives it: "Tomasz Nowak, 29,", "Ama
    /// Owusu (29)", "Kofi Mensah, aged 29,": the one such person, or several ("Liam Smith, 29,
    /// and Owen Jones, 29,").
    fn aged(&self, text: &str, at: usize, age: &str) -> Aged {
        let Some(n) = age.split('-').next() else {
            return Aged::None;
        };
        let mut from = at.saturating_sub(2000);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let window = &text[from..at];
        let mut people = memchr::memmem::rfind_iter(window.as_bytes(), n.as_bytes())
            .filter(|&i| {
                let before = &window[..i];
                let after = &window[i + n.len()..];
                (before.ends_with(", ") || before.ends_with(", aged ") || before.ends_with(" ("))
                    && after.starts_with([',', ')', '.', ' '])
                    && !after.starts_with(" per")
            })
            .filter_map(|i| {
                // (The name right before the age, no more than a comma and "aged" between.)
                let m = self.before(from + i).next()?;
                let between = &text[m.start..from + i];
                (between.len() <= 80
                    && between.split_ws().count() <= 5
                    && self.entities[m.entity].kind == SpeakerType::Person)
                    .then_some(m.entity)
            });
        match people.next() {
            None => Aged::None,
            Some(e) if people.all(|o| o == e) => Aged::One(e),
            Some(_) => Aged::Several,
        }
    }

    /// The person a definite description stands for when it reports a quotation that goes
    /// on from the one right before it, which a person's name reports: "“We played well,”
    /// Tom Bell said. “But we have work to do,” the coach added". The cue says the words go
    /// on ("added", "continued", "went on"), and no other words stand between the two
    /// quotations: the name, its cue and their marks. `noun` is the description's head, in
    /// lower case; no one the article named holds it.
    ///
    /// Only a plain description, "the" and lower-case words ("the coach", "the former
    /// champion", a noun no list names as in that one): one with a name or a complement in
    /// it is someone else ("the Dunmore coach", "the mother of the victim"). Only for a
    /// person the article gave no role and whose gender the noun does not contradict: "“…,”
    /// said Tom Bell, the club's chairman. “…,” the coach added" is someone else. Not where
    /// the quotation names that person: "“Tom deserved it,” the coach added".
    fn continuing_speaker(&self, text: &str, f: &Found, noun: &str) -> Option<usize> {
        // (A person's noun, or one no list names that the mention read as a person's: "the
        // former champion". Not a document's: "the statement added" is its issuer's.)
        let gender = match LEXICON.roles.get(noun) {
            Some((RoleKind::Person, gender)) => *gender,
            None if !is_document_noun(noun) => None,
            _ => return None,
        };
        let words = &text[f.span.clone()];
        let plain = words.split_ws().count() <= 4
            && words.split_ws().skip(1).all(|w| {
                !w.starts_with(char::is_uppercase)
                    && strip_possessive(w).len() == w.len()
                    && !matches!(w, "of" | "for" | "at" | "from" | "in" | "with")
            });
        if !plain {
            return None;
        }
        // The cue, after the description ("the coach added") or before it ("added the coach").
        let goes_on = |s: &str| {
            [
                "added",
                "adds",
                "continued",
                "continues",
                "went on",
                "goes on",
            ]
            .iter()
            .any(|c| {
                s.strip_prefix(c)
                    .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
            })
        };
        let lead = text[..f.span.start].trim_end();
        let lead = match lead.rsplit_once(' ') {
            Some((before, w)) if goes_on(w) => before.trim_end(),
            _ if goes_on(text[f.span.end..].trim_start()) => lead,
            _ => return None,
        };
        // The quotation the description reports, and where it opens.
        let (open, quoted) = quotation_ending(lead)?;
        // A name among the last before it reports the quotation before: it follows that
        // one's closing mark (and a cue, "said Tom Bell"), and only its cue follows it, with
        // a few words of time, place or audience at most ("Tom Bell said.", "Tom Bell said on
        // Tuesday.", "Tom Bell told reporters."; a place named there is no speaker).
        let m = self.before(open).take(3).find(|m| {
            before_past_cue(text, m.start)
                .trim_end_matches(',')
                .ends_with(['”', '"'])
        })?;
        fn trim(w: &str) -> &str {
            w.trim_end_matches(['.', ','])
        }
        let mut gap = text[m.start..open]
            .split_ws()
            .skip_while(|w| w.starts_with(char::is_uppercase))
            .peekable();
        let told = gap.peek().is_some_and(|w| trim(w) == "told");
        if gap.peek().is_some_and(|w| LEXICON.is_cue(trim(w))) {
            gap.next();
        }
        let adjunct = match gap.next() {
            None => true,
            Some(w) => {
                (LEXICON.is_preposition(w) || told && matches!(trim(w), "reporters" | "the"))
                    && gap.nth(3).is_none()
            }
        };
        let gap_end = text[m.start..open].trim_end();
        if !adjunct || !gap_end.ends_with(['.', ',']) {
            return None;
        }
        // (Nor in an exchange, where someone else reported the quotation before that one:
        // "“We lost,” Tom Bell said. “They were better,” Joe Marsh said. “We will be back,”
        // the coach added" may be either's.)
        if self
            .exchange(text, f.span.start)
            .is_some_and(|x| x.named.contains(&m.start) && x.other(self, m.entity).is_some())
        {
            return None;
        }
        let ent = &self.entities[m.entity];
        // (Its name, or its possessive: "“I want to thank Lisa's family,” the singer added".)
        let spoken_of = quoted.split_ws().any(|w| {
            let w = strip_possessive(w.trim_matches(|c: char| !c.is_alphanumeric()));
            w.len() > 1 && ent.name.split(' ').any(|n| strip_possessive(n) == w)
        });
        // (A noun that tells a gender, "the chairwoman", only for someone the article shows
        // to be of it: after "Tom Bell said" it is someone else, as likely as not.)
        (ent.kind == SpeakerType::Person
            && ent.role.is_none()
            && ent.roles.is_empty()
            && (gender.is_none() || ent.gender == gender)
            && !spoken_of)
            .then_some(m.entity)
    }

    /// The person a definite description stands for when no one the article named holds its
    /// noun, as a writer varies how they name the one they write about ("Later, Vell rated
    /// the win as one of the finest ever." ⏎ "“…,” the exhausted skipper said"): the subject
    /// of the narration's sentence before the description's, or of its own, where that is a
    /// person whose gender the noun does not contradict. `noun` is the description's head,
    /// in lower case.
    ///
    /// Only a person's role noun in the singular (roles.txt, or one its ending tells: "the
    /// star playmaker"), and only for someone the article shows to be a person. Not where the narration wrote the noun in the 2,000
    /// bytes before: there it introduced someone, named or not ("A senior official said ….
    /// “…,” the official said"). Nor for an office's title, which the article writes with
    /// its holder's name ("the judge" after "Tom Bell argued" is someone else), nor for a
    /// noun that fits any office ([`is_generic_head`]: "the official", "the leader") or a
    /// trade that acts for others ([`is_counterpart_noun`]: "the lawyer"), nor for a
    /// description inside a sentence of other matter, which names a source of its own ("…,
    /// according to the event organizer").
    fn varied_description(&self, text: &str, f: &Found, noun: &str) -> Option<usize> {
        // (A person's role noun, in the singular, as roles.txt lists it or as its ending
        // tells, "the star playmaker": not "the crowd", "the protesters", "the ruling".)
        // (Or a compound in "-man" or "-woman" of seven letters or more, a trade's: "the
        // retired fisherman", "the boatman", "the businesswoman".)
        let man = noun.len() >= 7
            && noun.bytes().all(|b| b.is_ascii_lowercase())
            && noun.ends_with("man");
        let gender = match LEXICON.roles.get(noun) {
            Some((RoleKind::Person, gender)) => *gender,
            None if is_agent_noun(noun) => None,
            None if man && noun.ends_with("woman") => Some(Gender::Female),
            None if man => None,
            _ => return None,
        };
        if is_generic_head(noun) || is_counterpart_noun(noun) {
            return None;
        }
        // (Nor a group, "the family", nor one whose complement names the person it is
        // related to, who is someone else: "Dwayne Charles died in custody …. The family of
        // Dwayne Charles said", "The widow of Tom Bell said".)
        // (A name before the noun is a modifier: "the New York businessman".)
        let complement = text[f.span.clone()]
            .find(" of ")
            .or_else(|| text[f.span.clone()].find(" for "))
            .map(|i| f.span.start + i);
        if noun == "family"
            || complement
                .is_some_and(|c| self.before(f.span.end).next().is_some_and(|m| m.start > c))
        {
            return None;
        }
        // (Only a description that reports a quotation right after it, or that opens its
        // sentence: "“…,” the skipper said", "“…,” said the skipper", "The skipper said …".
        // One inside a sentence of other matter is someone else: "More than 100,000 people
        // took part, according to the event organizer.")
        let lead = before_past_cue(text, f.span.start);
        let reports = lead.is_empty()
            || lead.ends_with(['”', '"', '’', '\'', '\n'])
            || self.sentences.binary_search(&f.span.start).is_ok();
        if !reports {
            return None;
        }
        let mut buf = [0u8; 32];
        let title = capitalised(noun, &mut buf);
        if title.is_some_and(is_office_title) {
            return None;
        }
        // (Bytes: the noun is ASCII, and a window that starts inside a character only
        // misses that character.)
        let window = &text.as_bytes()[f.span.start.saturating_sub(2000)..f.span.start];
        let written = |n: &[u8]| {
            memchr::memmem::find_iter(window, n).any(|i| {
                let before = i.checked_sub(1).map(|j| window[j]);
                let after = window.get(i + n.len()).copied();
                !before.is_some_and(|b| b.is_ascii_alphabetic())
                    && !after.is_some_and(|b| b.is_ascii_alphabetic() && b != b's')
            })
        };
        // (And capitalised, opening a sentence: "Officials said …".)
        if written(noun.as_bytes()) || title.is_some_and(|t| written(t.as_bytes())) {
            return None;
        }
        // The description's own sentence and the one before; past up to three sentences
        // that "he" or "she" opens, which stand for the same person and whose names are no
        // subjects ("Ruta Osei … sat alone after the match. She had hoped to retire with a
        // win. “…,” the veteran said").
        let i = self
            .narration_sentences
            .partition_point(|&s| s <= f.span.start);
        let mut j = i.saturating_sub(2);
        let mut pronoun = None;
        for _ in 0..3 {
            match self.opened_by.get(j).copied().flatten() {
                Some(k @ (PronounKind::Male | PronounKind::Female)) if j > 0 => {
                    pronoun = Some(k);
                    j -= 1;
                }
                _ => break,
            }
        }
        let from = self.narration_sentences.get(j).copied().unwrap_or(0);
        // (The sentences the pronoun opens: from the one after `j` up to the description's.)
        let skipped = match pronoun {
            Some(_) => self.narration_sentences[j + 1]..self.narration_sentences[i - 1],
            None => 0..0,
        };
        let subject = self
            .before(f.span.start)
            .take_while(|m| m.sentence >= from)
            .filter(|m| !skipped.contains(&m.sentence))
            .find(|m| m.subject && !m.quoter)?;
        // (The sentence's own subject, not a name in a clause inside it: "One ad stars an
        // impersonator who promises that Johnson won't …". The words before it after any
        // quotation hold no "that", "who" or "which".)
        let before = &text[subject.sentence.min(subject.start)..subject.start];
        let before = before.rfind(['”', '"']).map_or(before, |i| &before[i..]);
        if before
            .split_ws()
            .any(|w| matches!(w, "that" | "who" | "whom" | "whose" | "which"))
        {
            return None;
        }
        let gender = match pronoun {
            Some(PronounKind::Male) if genders_agree(gender, Some(Gender::Male)) => {
                Some(Gender::Male)
            }
            Some(PronounKind::Female) if genders_agree(gender, Some(Gender::Female)) => {
                Some(Gender::Female)
            }
            Some(_) => return None,
            None => gender,
        };
        // (Someone the article shows to be a person, by a gender or a role: not a name read
        // as a person's that is none, "Beyond", "Twitter". Nor one who holds an office the
        // article wrote as a title, capitalised, and would call them by: "the Republican
        // presidential candidate" after "Mayor Bill Hale … Hale disbanded the unit" is
        // someone else; not a lower-case role, "Harlow captain Sami Roy".)
        let ent = &self.entities[subject.entity];
        let office = || {
            ent.role
                .as_deref()
                .is_some_and(|r| r.split_ws().any(is_office_title))
        };
        // (Nor where the quotation the description reports speaks of someone as "he", "she"
        // or by a word of that person's name: "Batter Tomas Vell was dropped. “It is harsh
        // on him,” the exhausted skipper said" is someone else's.)
        let quoted = quotation_ending(lead).map_or("", |(_, q)| q);
        let spoken_of = quoted.split_ws().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            matches!(
                w,
                "he" | "him" | "his" | "himself" | "she" | "her" | "herself" | "He" | "She"
            ) || w.len() > 1 && ent.name.split(' ').any(|n| strip_possessive(n) == w)
        });
        // (Or an age written in the description, as the age alone does, for a name in full:
        // "Willem Jansen van Rensburg lost 300 sheep …. “…,” the 54-year-old farmer said".)
        let aged = || {
            ent.name.contains(' ')
                && text[f.span.clone()]
                    .split_ws()
                    .any(|w| is_age(&w.to_ascii_lowercase()))
        };
        // (Or an age set off after the name where the subject is named: "Leona Baptiste,
        // 24, won the 100 metres …. “…,” the sprinter said".)
        (ent.kind == SpeakerType::Person
            && (ent.gender.is_some()
                || !ent.roles.is_empty()
                || aged()
                || age_set_off_after(text, subject.start))
            && genders_agree(ent.gender, gender)
            && !office()
            && !spoken_of)
            .then_some(subject.entity)
    }

    /// The person a definite description of a spokesperson with its organisation ("the VCC
    /// spokesman") stands for: a recent person whose titles and roles hold every word of it
    /// ("VCC spokesman, Ruben Okoye, said"), the nearest. `first` is its first word.
    fn named_spokesperson(&self, text: &str, f: &Found, first: &str) -> Option<usize> {
        if !matches!(first, "the" | "The") {
            return None;
        }
        let words: Vec<String> = text[f.span.clone()]
            .split_ws()
            .skip(1)
            .map(|w| lowercase(strip_possessive(w).trim_end_matches(['.', ','])).to_string())
            .collect();
        // (Not one who held it before or stands in for its holder, unless the description
        // says so: "Ruben Okoye, a former VCC spokesman," is not "the VCC spokesman".)
        let qualified = [
            "former",
            "ex",
            "deputy",
            "acting",
            "assistant",
            "vice",
            "interim",
        ];
        self.before(f.span.start)
            .take(15)
            .map(|m| m.entity)
            .find(|&e| {
                let ent = &self.entities[e];
                ent.kind == SpeakerType::Person
                    && words.iter().all(|w| ent.roles.contains(w))
                    && qualified
                        .iter()
                        .all(|q| !ent.roles.contains(q) || words.iter().any(|w| w == q))
            })
    }

    /// A document that speaks ("the statement said", "the letter reads") is the words of
    /// whoever the narration said issued it: "Bala Elkana, the police spokesperson, said in a
    /// statement that …" ⏎ "“…,” the statement said". `f` is a description; the issuer, when
    /// it names a document after "the" and no owner ("The campaign’s statement" is the
    /// campaign's) and the narration named who issued it (see [`Registry::issuer`]).
    fn document_issuer(&self, text: &str, f: &Found) -> Option<usize> {
        let words = &text[f.span.clone()];
        let noun = text[f.head.clone()].to_lowercase();
        let owned = words
            .split_ws()
            .any(|w| strip_possessive(w).len() < w.len());
        (matches!(words.split_ws().next(), Some("the" | "The"))
            && is_document_noun(&noun)
            && !owned)
            .then(|| self.issuer(text, &noun, f.span.start))
            .flatten()
    }

    /// The person a description written before anyone is named introduces: the first person
    /// named later with the description's noun among their roles, else the first person
    /// named after `at` in the next sentence ("The new boss of Staffordshire’s main hospital
    /// says …. Dr Simon Constable started in his role …"). Not someone the article gives
    /// another role (`head`, in lower case, is the description's noun): "the First Minister
    /// told reporters. Castries East MP Lucy Bell said …" introduces no Lucy Bell; but a
    /// generic noun fits any role ([`is_generic_head`]: "The leader of Milton Keynes Council
    /// declared …. Councillor Pete Marland said …").
    fn named_next(&self, at: usize, head: &str) -> Option<usize> {
        // (First one the article names later with that very role, among the next fifteen
        // names: "The chairman of Kestrel Valley NHS Trust has apologised …. Chairman Dr Ana
        // Roe said"; a specific noun only, which no passer-by in the next sentence holds.)
        if !is_generic_head(head) {
            if let Some(e) = self.named_next_with_role(at, head) {
                return Some(e);
            }
        }
        let i = self.sentences.partition_point(|&s| s <= at);
        let end = self.sentences.get(i + 1).copied().unwrap_or(usize::MAX);
        // (From the next sentence on: the description's own sentence names what it speaks
        // of, "The Taoiseach has criticised Sinn Fein’s plan …".)
        let next = self.sentences.get(i).copied().unwrap_or(usize::MAX);
        let j = self.mentions.partition_point(|m| m.start < next);
        self.mentions[j..]
            .iter()
            .take_while(|m| m.start < end)
            .find(|m| {
                let ent = &self.entities[m.entity];
                !m.oblique
                    && ent.kind == SpeakerType::Person
                    && (ent.role.as_deref().is_none_or(only_honorifics)
                        || ent.roles.contains(head)
                        || is_generic_head(head))
            })
            .map(|m| m.entity)
    }
}

/// A trade whose member acts for or on others, a client, a patient, a team, a flock, a
/// tenant: "the lawyer" after "Defendant Kelechi Nwosu pleaded not guilty", "the doctor" after
/// a patient, "the manager" after a player is someone else, whom the article has not named.
/// (A description that varies a name is an epithet of the person: "the billionaire", "the
/// skipper", "the veteran".)
fn is_counterpart_noun(noun: &str) -> bool {
    !same_trade(noun).is_empty()
        && !matches!(
            noun,
            "captain" | "skipper" | "spokesperson" | "spokesman" | "spokeswoman"
        )
        || matches!(
            noun,
            "prosecutor"
                | "nurse"
                | "surgeon"
                | "paramedic"
                | "pharmacist"
                | "dentist"
                | "therapist"
                | "coach"
                | "trainer"
                | "referee"
                | "umpire"
                | "landlord"
                | "principal"
                | "headteacher"
                | "teacher"
                | "priest"
                | "pastor"
                | "imam"
                | "officer"
                | "detective"
                | "investigator"
                | "agent"
                | "employer"
        )
}

/// Is the name that starts at `start` set off by an age after it, "Leona Baptiste, 24, won"?
/// (The name's capitalised words, the last ending with a comma, then a number of one to three
/// digits and a comma.)
fn age_set_off_after(text: &str, start: usize) -> bool {
    let mut end = text.len().min(start + 120);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut ws = text[start..end].split(' ');
    for w in ws.by_ref() {
        if !w.starts_with(char::is_uppercase) {
            return false;
        }
        if w.ends_with(',') {
            break;
        }
    }
    ws.next()
        .and_then(|w| w.strip_suffix(','))
        .is_some_and(|n| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The one trade that several role nouns name, so that a description by one finds a person
/// named with another: "the lawyer" for "the defence attorney representing the family",
/// "the manager" for a football club's "boss", "the police spokesman" for "a spokesperson for
/// the state police".
fn same_trade(noun: &str) -> &'static [&'static str] {
    const LAWYERS: &[&str] = &["lawyer", "attorney", "solicitor", "barrister", "counsel"];
    const MANAGERS: &[&str] = &["manager", "boss"];
    const CAPTAINS: &[&str] = &["captain", "skipper"];
    const DOCTORS: &[&str] = &["doctor", "physician"];
    const CHAIRS: &[&str] = &["chair", "chairman", "chairwoman", "chairperson"];
    // (A spokesman is no spokeswoman: each is a spokesperson, of the gender it tells.)
    match noun {
        "spokesperson" => return &["spokesperson", "spokesman", "spokeswoman"],
        "spokesman" => return &["spokesperson", "spokesman"],
        "spokeswoman" => return &["spokesperson", "spokeswoman"],
        _ => {}
    }
    [LAWYERS, MANAGERS, CAPTAINS, DOCTORS, CHAIRS]
        .into_iter()
        .find(|t| t.contains(&noun))
        .unwrap_or(&[])
}

/// A description's noun that fits anyone named with a title: "the leader of Milton Keynes
/// Council" may be "Councillor Pete Marland", where "the First Minister" is no "MP Lucy Bell".
fn is_generic_head(noun: &str) -> bool {
    matches!(
        noun,
        "leader" | "president" | "official" | "chief" | "head" | "politician"
    )
}

/// The role a title written before a name gives ("Sen." → "senator"), lower case and in
/// full, as the registry keeps roles.
fn title_role(t: &str) -> CompactString {
    CompactString::from(full_title(&lowercase(t.trim_end_matches(['.', ',']))))
}

/// A courtesy title as [`title_role`] keeps it ("mr", "ms"): anyone is given one, so it tells
/// no one apart and holds no office.
fn is_courtesy_title(r: &str) -> bool {
    matches!(r, "mr" | "mrs" | "ms" | "miss" | "mx")
}

/// The word an abbreviated title stands for, so that "Sen. Finch" is "the senator".
fn full_title(t: &str) -> &str {
    match t {
        "sen" => "senator",
        "rep" => "representative",
        "gov" => "governor",
        "gen" => "general",
        "maj" => "major",
        "col" => "colonel",
        "lt" => "lieutenant",
        "capt" => "captain",
        "sgt" => "sergeant",
        "adm" => "admiral",
        "sec" => "secretary",
        "pres" => "president",
        "dr" => "doctor",
        "prof" => "professor",
        "amb" => "ambassador",
        "supt" => "superintendent",
        "rev" | "revd" => "reverend",
        other => other,
    }
}

/// Do two genders not differ (either unknown, or the same)?
/// The gender the list of given names tells for a word of `name` (a compound given name by
/// its first part: "Jean-François", "Marie-Ève"): the evidence of last resort, after the
/// article's own.
fn listed_gender(name: &str) -> Option<Gender> {
    name.split_ws().find_map(|f| {
        LEXICON.first_names.get(f).copied().or_else(|| {
            let (first, _) = f.split_once('-')?;
            LEXICON.first_names.get(first).copied()
        })
    })
}

fn genders_agree(a: Option<Gender>, b: Option<Gender>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// `name` in lower case, as the registry keys it: its curly apostrophes written straight, as
/// outlets mix them ("Judge O'Kelly" in a caption, "Eugene O’Kelly" in the text).
fn name_key(name: &str) -> Lower<'_> {
    // (An ASCII name, most of them, holds no curly apostrophe: told without a search, as
    // this is asked of every name read and looked up; and lowered as ASCII without that
    // test made again.)
    if name.is_ascii() {
        lowercase_ascii(name)
    } else if name.contains('’') {
        Lower::Owned(lowercase(name).replace('’', "'"))
    } else {
        lowercase(name)
    }
}

/// Does `after`, the text after a name, set off an aside that introduces someone: ", who",
/// ", a", ", an", ", aged" or ", " and a number?
fn introduces_someone(after: &str) -> bool {
    after.strip_prefix(", ").is_some_and(|r| {
        ["who ", "a ", "an ", "aged "]
            .iter()
            .any(|p| r.starts_with(p))
            || r.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// Does `text` open with a headline: a first line with no full stop, question or exclamation
/// mark (or closing double quotation mark) at its end, or one in title case, its words of
/// four letters or more all capitalised ("Hillary Clinton Goes After Donald Trump As The New
/// Mitt Romney.", as a corpus writes a title with a full stop)? (A closing single mark may be
/// a plural's apostrophe, "Strike Hits Teachers'", and ends no sentence.) Asked once an
/// article.
fn is_headline(text: &str) -> bool {
    let line = text.split('\n').next().unwrap_or("").trim_end();
    !line.ends_with(['.', '?', '!', '"', '”']) || is_title_case(line)
}

/// Is `line` in title case: every word of more than three letters capitalised ("Hillary
/// Clinton Goes After Donald Trump"), so that a capital tells no name?
fn is_title_case(line: &str) -> bool {
    let mut long = line.split_ws().filter(|w| w.chars().count() > 3).peekable();
    long.peek().is_some() && long.all(is_capitalized)
}

/// Is `name` one ASCII word, with no whitespace? Then it is its own [`surname`] and has no
/// [`given_name`], which need not be read (most names read again are a surname alone).
fn is_one_ascii_word(name: &str) -> bool {
    name.is_ascii() && !name.bytes().any(|b| matches!(b, b'\t'..=b'\r' | b' '))
}

/// The last word of a person's name, its surname ("Jr." and the like skipped); the first
/// where the family name is written first ([`family_name_first`]: "Chang" of "Chang
/// Chih-hao").
fn surname(name: &str) -> &str {
    if let Some(family) = family_name_before_given(name) {
        return family;
    }
    name.split_ws()
        .rev()
        .find(|w| !is_name_suffix(w))
        .unwrap_or(name)
}

/// Does `after`, the text after a name, go on with "quoted" or "quotes" (past a phrase of
/// time), its object and "as" and a participle, with no punctuation between: "quoted him as
/// saying", "on Tuesday quoted Ashworth as telling"? Then the name quotes someone else's
/// words (see [`Named::quoter`]).
fn quotes_as_saying(after: &str) -> bool {
    let Some(k) = find_quoted_verb(after.as_bytes(), 40) else {
        return false;
    };
    let rest = &after[k + 1..];
    let window = &rest[..floor_char(rest, rest.len().min(60))];
    let Some(a) = memchr::memmem::find(window.as_bytes(), b" as ") else {
        return false;
    };
    let between = &after[..k + 1 + a];
    !between.contains([',', '.', ';', ':', '"', '“', '”'])
        && rest[a + 4..].split_ws().next().is_some_and(|w| {
            w.trim_end_matches(['.', ',', ';', ':', '!', '?'])
                .ends_with("ing")
        })
}

/// Is `name` written family name first, as Chinese and Korean names are romanised: two words,
/// the second a given name of two syllables joined by a hyphen, the second syllable in lower
/// case ("Chang Chih-hao", "Tsai Ing-wen", "Moon Jae-in"). A hyphenated surname capitalises
/// both parts ("Ezeaku-Okafor").
fn family_name_first(name: &str) -> bool {
    family_name_before_given(name).is_some_and(|f| name.starts_with(f))
}

/// The family name of a Chinese or Korean name romanised family name first, written before
/// the given name of two syllables joined by a hyphen, the second in lower case: "Chang" of
/// "Chang Chih-hao", and of a Hong Kong name that an English given name opens, "Cheung" of
/// "Matthew Cheung Kin-chung" (named again "Matthew Cheung" or "Cheung").
fn family_name_before_given(name: &str) -> Option<&str> {
    // (Most names hold no hyphen: told from the bytes first.)
    if !name.as_bytes().contains(&b'-') {
        return None;
    }
    let mut ws = name.split_ws().rev();
    let (Some(given), Some(family)) = (ws.next(), ws.next()) else {
        return None;
    };
    // (Two words, or three with an English given name first.)
    if ws
        .next()
        .is_some_and(|w| ws.next().is_some() || !w.starts_with(char::is_uppercase))
    {
        return None;
    }
    let syllable = |s: &str, capital: bool| {
        let mut cs = s.chars();
        cs.next()
            .is_some_and(|c| c.is_ascii_alphabetic() && c.is_ascii_uppercase() == capital)
            && cs.all(|c| c.is_ascii_lowercase())
    };
    (syllable(family, true)
        && given
            .split_once('-')
            .is_some_and(|(a, b)| syllable(a, true) && syllable(b, false)))
    .then_some(family)
}

/// The given name of a person's name of two words or more ("Anna" in "Anna Brunner"); none
/// when the name opens with a surname's particle, capitalised as a sentence or an honorific
/// puts it ("Van der Berg said", "Ms Ní Bhriain", "Mr Mac Giolla Phádraig"): that is the
/// surname alone.
fn given_name(name: &str) -> Option<&str> {
    if family_name_first(name) {
        return name.split_ws().nth(1);
    }
    let mut ws = name.split_ws().filter(|w| !is_name_suffix(w));
    let first = ws.next()?;
    if is_surname_particle(first) {
        return None;
    }
    ws.next().map(|_| first)
}

/// Does `name` open with a surname's particle ("Van der Berg", "Ní Bhriain")?
fn opens_with_particle(name: &str) -> bool {
    name.split_ws().next().is_some_and(is_surname_particle)
}

/// Does `name` end with `tail`, ignoring case, on a word boundary ("Pieter van der Berg",
/// "Van der Berg")?
fn ends_with_ignore_case(name: &str, tail: &str) -> bool {
    let (n, t) = (lowercase(name), lowercase(tail));
    n.ends_with(&*t) && (n.len() == t.len() || n[..n.len() - t.len()].ends_with(' '))
}

/// A particle that opens a surname: one that stands inside names ("van der Berg", "de
/// Villiers", "dos Santos"), and those capitalised where they open one ("Ní Bhriain", "Ó
/// Dónaill", "Mac Giolla Phádraig", "bint", "el", "al-Sadr", Māori "Te Rangi-Whitaker").
fn is_surname_particle(w: &str) -> bool {
    // (An ASCII word, most names' words, is lowered on the stack, and only where it is short
    // enough to be a particle: no particle is longer than five bytes but those that open
    // with "al-" or "el-". This is asked of the first word of most names.)
    let b = w.as_bytes();
    if b.is_ascii() {
        if b.len() >= 3
            && (b[..3].eq_ignore_ascii_case(b"al-") || b[..3].eq_ignore_ascii_case(b"el-"))
        {
            return true;
        }
        if b.len() > 5 {
            return false;
        }
        let mut buf = [0u8; 5];
        for (d, &c) in buf.iter_mut().zip(b) {
            *d = c.to_ascii_lowercase();
        }
        let lower = std::str::from_utf8(&buf[..b.len()]).expect("ASCII");
        return is_name_particle(lower)
            || matches!(lower, "el" | "nic" | "mac" | "mhic" | "ua" | "te");
    }
    let lower = lowercase(w);
    is_name_particle(&lower)
        || matches!(
            &*lower,
            "bint" | "el" | "ó" | "ní" | "nic" | "mac" | "mhic" | "uí" | "ua" | "te"
        )
        || lower.starts_with("al-")
        || lower.starts_with("el-")
}

/// The given name written before a nickname in quotation marks (`nickname`, the span of the
/// quotation the narration follows, if it is one: see [`is_nickname`]) that a name starting
/// at `start` follows: "Heaven" of `Heaven “Snakey” Charles`, "Earvin" of `Earvin "Magic"
/// Johnson`. Only the first name after the nickname, or after the surname's particle in lower
/// case that follows it (`Ricardo “Cardo” dela Cruz`); the given name is one capitalised word
/// that could be a name (no title, no word of the lexicon's that no name is). What is returned
/// goes before the name: the given name, a space, and any particle with its space; and where
/// the given name starts.
fn given_before_nickname(
    text: &str,
    start: usize,
    nickname: Option<&Range<usize>>,
) -> Option<(String, usize)> {
    let nickname = nickname?;
    let particle = text[nickname.end..start].strip_prefix(' ')?;
    if !(particle.is_empty()
        || particle.ends_with(' ')
            && particle[..particle.len() - 1]
                .bytes()
                .all(|b| b.is_ascii_lowercase()))
    {
        return None;
    }
    let before = text[..nickname.start].strip_suffix(' ')?;
    fn word_before(b: &str) -> &str {
        &b[b.rfind([' ', '\n']).map_or(0, |k| k + 1)..]
    }
    let is_given = |w: &str| {
        w.len() > 1 && w.chars().all(char::is_alphabetic) && is_name_word(w) && !LEXICON.is_title(w)
    };
    let given = word_before(before);
    if !is_given(given) {
        return None;
    }
    // (A given name of two words, where a name starts, after a comma or a cue or opening
    // its sentence: "Its president, Maria Cristina “Tina” Villanueva-Santos", "José Luis
    // "Pepe" Montoya Herrera left"; not a role before it, "Boxer Kofi “Pacman” Mensah", nor
    // one joined to another, "former CIA operative and Marine John “Tig” Tiegen".)
    let first = before[..before.len() - given.len()]
        .strip_suffix(' ')
        .map(word_before)
        .filter(|w| {
            let lead = text[..w.as_ptr() as usize - text.as_ptr() as usize].trim_end();
            let lead_word = word_before(lead);
            is_given(w)
                && !is_agent_noun(w)
                && !LEXICON.roles.contains_key(&*lowercase(w))
                // ("Rapper Kojo “Pharaoh” Mensah": a role noun's shape, where a sentence opens.)
                && !is_opening_role(w)
                // (`lead` is trimmed: a line break right after it opens a paragraph.)
                && (lead.is_empty()
                    || lead.ends_with([',', ':', '(', '.'])
                    || text[lead.len()..].starts_with('\n')
                    || LEXICON.is_cue(lead_word))
        });
    let given = match first {
        Some(f) => &before[before.len() - given.len() - 1 - f.len()..],
        None => given,
    };
    let given_at = given.as_ptr() as usize - text.as_ptr() as usize;
    Some((format!("{given} {particle}"), given_at))
}

/// The role noun that the words after a sentence's subject say it holds: " was elected chair
/// of the union" → "chair", " is the coach" → "coach", " has been appointed interim director"
/// → "director", " became a senator" → "senator". A copula or "became", then any of
/// "elected", "appointed", "named", "made" and "as", a determiner that owns nothing ("the",
/// "a", "an"), up to two lower-case words and a person's role noun, which ends the phrase
/// (punctuation or a preposition follows it).
fn predicate_role(after: &str) -> Option<&str> {
    let mut ws = after.split_ws();
    let mut w = ws.next()?;
    match w {
        "is" | "was" | "became" | "becomes" => {}
        "has" | "had" => {
            if ws.next()? != "been" {
                return None;
            }
        }
        _ => return None,
    }
    w = ws.next()?;
    if matches!(
        w,
        "elected" | "re-elected" | "appointed" | "named" | "made" | "installed"
    ) {
        w = ws.next()?;
    }
    if w == "as" {
        w = ws.next()?;
    }
    if matches!(w, "the" | "a" | "an") {
        w = ws.next()?;
    }
    for _ in 0..3 {
        let bare = w.trim_end_matches([',', '.', ';', ':']);
        if !bare.starts_with(char::is_lowercase) || is_function_word(bare) {
            return None;
        }
        let ends = bare.len() < w.len()
            || ws
                .clone()
                .next()
                .is_none_or(|n| LEXICON.is_preposition(n) || is_function_word(n));
        if ends {
            return (role_of(bare) == Some(RoleKind::Person)).then_some(bare);
        }
        w = ws.next()?;
    }
    None
}

/// Is `name` the surname, opened by a particle, that ends the full name `full` ("Al Mosleh"
/// of "Hajer Al Mosleh", "Dela Cruz" of "Marisol Dela Cruz", "De los Santos" of "Maria Clara de
/// los Santos")? Such a surname of two words,
/// read inside a sentence ("said Ms Al Mosleh"), does not outrank the full name read where
/// a sentence opened, as a name without the sentence's first word does ("Rival Hillary
/// Clinton", then "Hillary Clinton").
fn is_particle_surname_of(full: &str, name: &str) -> bool {
    // (The particle capitalised or not: "De los Santos" of "Maria Clara de los Santos".)
    let k = full.len().wrapping_sub(name.len());
    full.len() > name.len()
        && full.is_char_boundary(k)
        && full[k..].eq_ignore_ascii_case(name)
        && full[..k].ends_with(' ')
        && name
            .split_ws()
            .next()
            .is_some_and(|w| is_surname_particle(w) || matches!(w, "Al" | "Abu" | "Bin" | "Ben"))
}

/// "Donald Trump Jr.", "George Bush II".
fn has_suffix(name: &str) -> bool {
    name.split_ws().any(is_name_suffix)
}

/// "J." is an initial of "John".
fn is_initial_of(a: &str, b: &str) -> bool {
    let initial = |x: &str, y: &str| {
        x.len() == 2 && x.ends_with('.') && y.starts_with(x.trim_end_matches('.'))
    };
    initial(a, b) || initial(b, a)
}

/// Is `text[start..end]` an acronym of two to four capitals that a possessive determiner
/// right before it owns ("their GP", "his MP"), and that ends its phrase: a mark or the end
/// of the text follows it, or a cue or an auxiliary ("his MP said", "her GP was")?
fn owned_common_acronym(text: &str, from: usize, start: usize, end: usize) -> bool {
    let name = &text[start..end];
    if !(2..=4).contains(&name.len()) || !name.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let Some(before) = text[from..start].strip_suffix(' ') else {
        return false;
    };
    let owner = before.rsplit(' ').next().unwrap_or(before);
    if !is_possessive_determiner(&lowercase(owner)) {
        return false;
    }
    let after = &text[end..];
    match after.chars().next() {
        None => true,
        Some('.' | ',' | ';' | ':' | '!' | '?' | ')') => true,
        Some(' ') => after[1..]
            .split_ws()
            .next()
            .is_some_and(|w| LEXICON.is_cue(w) || LEXICON.is_auxiliary(w)),
        _ => false,
    }
}

/// Records that `key` names entity `e` in a map of words that stand for one entity each
/// (given names, nicknames, inner words, leading words, organisations' first words): no
/// one's, `usize::MAX`, once another entity shares the key.
fn note_one(map: &mut HashMap<CompactString, usize>, key: CompactString, e: usize) {
    map.entry(key)
        .and_modify(|x| {
            if *x != e {
                *x = usize::MAX
            }
        })
        .or_insert(e);
}

/// A title or role as written before a name ("Defence Minister ", "harbour master "), without
/// the honorifics that only say who is addressed ("Mr.", "Mrs.") and without "the" ("The
/// Crisis Group").
fn role_as_written(before_name: &str) -> Option<String> {
    // (Most names are written with no title: nothing to collect.)
    if before_name.trim_start().is_empty() {
        return None;
    }
    // (An article that opens it too: "said a Red Cross volunteer Husein Klicic"; not a
    // capitalised one, which may open a name, "A Plus reporter Isaac Saul".)
    let before_name = before_name.trim_start();
    let before_name = ["a ", "an "]
        .iter()
        .find_map(|a| before_name.strip_prefix(a))
        .unwrap_or(before_name);
    // (A determiner inside the role is as written, "Chairman of the Harbour Board"; the one
    // that opens it is the sentence's, "the chairman".)
    // (So is a sentence's adverb or conjunction capitalised before it, a word of
    // `not_names.txt` that is no pronoun or article: "Even HBO comedian John Oliver" is an
    // "HBO comedian", "But UNH pollster Andy Smith" a "UNH pollster"; "A Plus reporter Isaac
    // Saul" keeps the outlet's "A".)
    let sentence_word = |w: &str| {
        w.starts_with(char::is_uppercase)
            && LEXICON.is_not_name(w)
            && !LEXICON.is_pronoun(w)
            && !matches!(
                w,
                "His" | "Her" | "Its" | "Their" | "Our" | "My" | "Your" | "A" | "An"
            )
    };
    let words: Vec<&str> = before_name
        .split_ws()
        .enumerate()
        .filter(|&(k, w)| {
            !matches!(
                w,
                "Mr." | "Mrs." | "Ms." | "Miss" | "Mr" | "Mrs" | "Ms" | "Mx." | "Mx"
            ) && (k > 0 || !sentence_word(w))
                && !(matches!(w, "The" | "the")
                    && (k == 0
                        || !matches!(
                            before_name.split_ws().nth(k - 1),
                            Some("of" | "for" | "at" | "in" | "to" | "and")
                        )))
        })
        .map(|(_, w)| w)
        .collect();
    // An honorific right before the name is part of how the person is addressed, not of the
    // role: "Corruption Commission chair Dr Fiona McKenzie-Tait" is a chair. Alone, it is
    // the only title written ("Dr. Ward"). (So are the words that raise it: "the Rt Revd",
    // "Most Rev".)
    let kept = words.len()
        - words
            .iter()
            .rev()
            .take_while(|w| {
                let w = w.trim_end_matches(',');
                is_honorific_or_address(w) || matches!(w, "Rt" | "Rt." | "Right" | "Most" | "Very")
            })
            .count();
    let words = if kept > 0 { &words[..kept] } else { &words[..] };
    // (Nor a link left hanging: "Minister for" before a name the title's words ran into.)
    let linked = words.len()
        - words
            .iter()
            .rev()
            .take_while(|w| matches!(**w, "for" | "of" | "the"))
            .count();
    let words = &words[..linked];
    let role = words.join(" ");
    let role = role.trim_end_matches([',', ' ']);
    (!role.is_empty()).then(|| role.to_string())
}

/// The person a role relates someone to, where it names one in full after its last "of":
/// "Tom Bell" of "the widow of Tom Bell". Someone so described is not that person.
fn relative_named(role: &str) -> Option<&str> {
    // (A byte search: asked of most roles written and of the words after most names looked
    // up.)
    let at = memchr::memmem::rfind(role.as_bytes(), b" of ")?;
    let (noun, name) = (&role[..at], &role[at + 4..]);
    // (A lower-case role before it, of a few words: "the widow", "a son", "eldest daughter".)
    let lower = noun
        .split_ws()
        .all(|w| w.starts_with(|c: char| c.is_lowercase()));
    let name = name.trim_end();
    (lower
        && noun.split_ws().count() <= 4
        && name.contains(' ')
        && name.split_ws().all(|w| w.starts_with(char::is_uppercase)))
    .then_some(name)
}

/// A role written with a mention that is honorifics only ("Dr McKenzie-Tait") says less
/// than the role the article wrote with the person before ("Corruption Commission chair").
fn only_honorifics(role: &str) -> bool {
    role.split_ws().all(is_honorific_or_address)
}

/// An honorific, or a form of address of address.txt that stood before a name of two words
/// ("Dona Ernestina Villalba", "Uncle Jack Wandin"): how the person is addressed, no role.
fn is_honorific_or_address(w: &str) -> bool {
    is_honorific(w) || is_form_of_address_word(w)
}

/// What the narration writes beside the name at `w_start` (its titles from there to `head`,
/// the name ending at `end`, all inside `range`; `lead` the last three words before it, last
/// first, as [`last_words`] reads them): titles ("Sen.", "Mexican President"), a
/// lower-case role right before it ("port director Lena Brooks"), an appositive before it
/// ("His wife, Anna Brunner,"; "A State Department spokeswoman, Kelly Marsh,") or after it
/// ("Northwind Energy, a wind power company,"). `next_word` is the first word of
/// `text[end..range.end]` (`""` for none), which the caller has read.
#[allow(clippy::too_many_arguments)]
fn beside(
    text: &str,
    range: Range<usize>,
    w_start: usize,
    head: usize,
    end: usize,
    sentence_starts: &[usize],
    lead: &[&str],
    next_word: &str,
) -> Beside {
    let titles = &text[w_start..head];
    // (Lower-cased without an allocation: one String per title word, not two.)
    // (Most names are written with no title: nothing to split, collect or look up.)
    let mut roles: Vec<CompactString> = if titles.is_empty() {
        Vec::new()
    } else {
        titles.split_ws().map(title_role).collect()
    };
    // (A justice is a judge: "Mr Justice Corbin said …. “…,” the judge said." Only the title
    // right before the name: not "Justice Minister Petra Lind", "Department of Justice
    // spokesperson Ana Silva", "social justice campaigner Mira Dal".)
    if titles.split_ws().next_back() == Some("Justice") {
        roles.push(CompactString::from("judge"));
    }
    let mut written = if titles.is_empty() {
        None
    } else {
        role_as_written(titles)
    };
    // A role and the party it acts for, opening the sentence: the whole phrase is the role,
    // and its noun the role word, not the party's last noun ("family" of "Lawyer for the
    // family Gülşen Aydın").
    let acts_for = titles
        .is_empty()
        .then(|| role_for_party(text, range.start, w_start, sentence_starts))
        .flatten();
    if let Some(phrase) = acts_for {
        let noun = phrase.split_ws().find(|w| !is_article(w)).unwrap_or(phrase);
        roles.push(CompactString::from(&*lowercase(noun)));
        written = Some(phrase.to_string());
    }
    // An organisation's noun in lower case after a determiner or one capitalised word, all the
    // titles read with the name, before a name of several words: "The charity Friends of the
    // Kestrel Valley", "the company Brandt Nolan", "Campaign group River Guardians" are
    // organisations. (Only so: after other words the noun is as often a person's, a member of
    // the body it names; one held-out corpus lost two names to the wider rule.)
    let mut organization = !titles.is_empty()
        && {
            let mut ws = titles.split_ws();
            matches!(
                (ws.next(), ws.next(), ws.next()),
                (Some(d), Some(r), None)
                    if (matches!(d, "The" | "the" | "a" | "an") || d.starts_with(char::is_uppercase))
                        && r.starts_with(char::is_lowercase)
                        && role_of(r) == Some(RoleKind::Organization)
            )
        }
        && text[head..end].contains(' ');
    let before = &text[range.start..w_start];
    // A lower-case role right before the name ("port director Lena Brooks"): `lead`, the
    // last three words of `before`, last first.
    // (Only lower-case words are collected below: a role noun written otherwise adds none,
    // and is not looked up.)
    // A noun no list names counts too ("publican Dot Kavanagh", "quarterback Liam O'Rourke",
    // "senior Maya Lindqvist-Abara"): see `is_open_role_noun`.
    // (Not after "to", a modal or a pronoun, where it is a verb: "to monitor Kate Bell",
    // "We will mentor Alan Zed".)
    // (Nor an organisation's noun there, which is as often a verb: "tried to press Tovar".)
    let no_verb = || {
        lead.get(1)
            .is_none_or(|p| *p != "to" && !LEXICON.is_auxiliary(p) && !LEXICON.is_pronoun(p))
    };
    let open = lead.first().is_some_and(|r| is_open_role_noun(r)) && no_verb();
    // (Not a noun of speech, no one's role: "In her speech Ana Ruiz said".)
    if acts_for.is_none()
        && lead.first().is_some_and(|r| {
            r.starts_with(char::is_lowercase)
                && (open || role_of(r).is_some_and(|k| k == RoleKind::Person || no_verb()))
                && !LEXICON.flags(r).is_speech_noun()
        })
    {
        let words: Vec<&str> = lead
            .iter()
            .take_while(|r| {
                r.starts_with(char::is_lowercase)
                    // (Nor past a heading's colon: "In conversation: composer Ayşe …".)
                    && !r.ends_with([',', '.', ':'])
                    && !LEXICON.is_cue(r)
                    && determiner(r).is_err()
                    && !LEXICON.is_preposition(r)
                    && (!open || !is_function_word(r))
            })
            .copied()
            .collect();
        roles.extend(words.iter().map(|&r| CompactString::from(r)));
        // (An organisation's noun right before the name, after a word that says what kind,
        // makes it an organisation's name: "hosted by consulting firm Brandt Nolan" is a
        // firm, no "she". Not one alone, which as often ends a clause before a relative one,
        // "the campaign Manafort was running", or is a verb, "to press Warren".)
        organization |= words.len() > 1
            && words.first().and_then(|r| role_of(r)) == Some(RoleKind::Organization);
        if written.is_none() && !words.is_empty() {
            written = Some(words.iter().rev().copied().collect::<Vec<_>>().join(" "));
        }
    }
    // An appositive before the name, opening its clause: "His wife, Anna Brunner,".
    // (A phrase that no list of roles reads is an appositive only when a comma closes the
    // name too: "Her neighbour, Tom Reilly, said"; in "The problem, Smith said, is…" the
    // phrase is the subject of the interrupted sentence.)
    // (Or a sentence's end after the name: "said the complainant, Kayode Olatunde.")
    let closed =
        text[end..range.end].starts_with([',', '.', ';']) || text[end..].starts_with(['.', ';']);
    if let Some(phrase) = appositive_before(before, range.start, sentence_starts, closed) {
        // (Past its determiner; an office that opens the sentence has none: "Minister of
        // Finance, Mr Wale Edun", "Kamloops Fire Deputy Chief, Ryan Cail".)
        let (first, words) = phrase.split_once(' ').unwrap_or(("", phrase));
        let office = first.starts_with(char::is_uppercase)
            && (LEXICON.is_title(first) || is_capitalised_office(phrase));
        let words = if office && determiner(first).is_err() {
            phrase
        } else {
            words
        };
        let words = after_owner(words);
        roles.extend(role_words(words).map(|w| CompactString::from(&*lowercase(w))));
        // (The noun of the phrase's head: "A spokesperson for the agency" is a person.)
        if let Some(r) = role_words(words).last().and_then(role_of) {
            organization |= r == RoleKind::Organization;
        }
        // (Over an honorific alone: "His landlord, Khun Nattaya Srisuk," is a landlord.)
        if written.as_deref().is_none_or(only_honorifics) {
            written = Some(words.to_string());
        }
    }
    // An appositive after it: "Lukas Brunner, the mediator,"; "Northwind Energy, a wind power
    // company,".
    let after = &text[end..range.end];
    // The stretch of narration ends at its paragraph's end or where a quotation opens. At a
    // quotation the phrase may go on into it ("Donald Trump, the Republican front-runner and
    // former host of the reality show “The Apprentice,” listed…"), or it may be no appositive
    // at all ("According to Dana Whitfield, the council “never voted”"): there an
    // organisation's noun does not make the name an organisation's.
    let paragraph_end = text[range.end..].is_empty() || text[range.end..].starts_with(['\n', '\r']);
    // (Past an age set off before it: "For Meseret Alemu, 26, a software developer, …".)
    let appositive = after.strip_prefix(", ").map(past_age).and_then(|a| {
        appositive_after(a, paragraph_end)
            .map(|(phrase, kind)| (phrase, kind, true))
            .or_else(|| bare_appositive(a).map(|phrase| (phrase, Some(RoleKind::Person), false)))
    });
    if let Some((phrase, kind, determined)) = appositive {
        // (With no determiner, an owner is inside the complement: "owner of Bradley’s
        // Supermarket".)
        let words = if determined {
            after_owner(phrase.split_once(' ').map_or(phrase, |(_, words)| words))
        } else {
            phrase
        };
        roles.extend(role_words(words).map(|w| CompactString::from(&*lowercase(w))));
        organization |= kind == Some(RoleKind::Organization);
        // (Over an honorific alone: "Dr. Saima Zahid, a pulmonologist at Mayo Hospital," is
        // a pulmonologist.)
        if written.as_deref().is_none_or(only_honorifics) {
            written = Some(words.to_string());
        }
    }
    // A spokesperson speaks for an organisation: "a spokeswoman for Associated Humber Ports",
    // "a Northwind Energy spokesman". The organisation takes the noun as a role, so that "the
    // spokeswoman said" later stands for it. (Not for a person's name, which opens with a
    // given name or a title: "a spokesman for Donald Trump" is not Donald Trump.)
    let mut speaks_for = None;
    // (The word after the name is the caller's `next_word`, unless a "’s" opens the text
    // after it: read again only then.)
    let past_owner = after_possessive(after);
    let word_after = if past_owner.len() == after.len() {
        Some(next_word).filter(|w| !w.is_empty())
    } else {
        past_owner.split_ws().next()
    };
    let spokes = match lead {
        ["for", noun, ..] if is_spokes_noun(noun) => Some(*noun),
        _ => word_after.filter(|w| is_spokes_noun(trim_end_ascii(w, |b| matches!(b, b',' | b'.')))),
    };
    if let Some(noun) = spokes {
        let name = &text[head..end];
        if titles.is_empty() && name.split_ws().next().is_none_or(|w| !is_given_name(w)) {
            speaks_for = Some(CompactString::from(&*lowercase(
                noun.trim_end_matches([',', '.']),
            )));
        }
    }
    let gender = (!titles.is_empty())
        .then(|| titles.split_ws().find_map(|t| LEXICON.title_gender(t)))
        .flatten()
        .or_else(|| {
            // In a fixed order, sorted: two roles of different genders must give the same
            // answer whatever order they were written in (the roles were once a set, whose
            // order changes from run to run).
            // (The gender of the first in sorted order that has one: the least of those, found
            // without sorting them.)
            roles
                .iter()
                .filter_map(|r| Some((r.as_str(), LEXICON.roles.get(r.as_str())?.1?)))
                .min_by(|a, b| a.0.cmp(b.0))
                .map(|(_, g)| g)
        });
    Beside {
        roles,
        written,
        gender,
        organization,
        speaks_for,
        after_the: false,
        acts_for: acts_for.is_some(),
    }
}

/// `a` past an age set off before an appositive: "26, a software developer" of "Meseret
/// Alemu, 26, a software developer, …".
fn past_age(a: &str) -> &str {
    let digits = a.bytes().take_while(u8::is_ascii_digit).count();
    match a[digits..].strip_prefix(", ") {
        Some(rest) if (1..=3).contains(&digits) => rest,
        _ => a,
    }
}

/// A role and the party it acts for, written with no comma right before a name at
/// `text[start..]` and opening its sentence (of the narration from `from`): "Lawyer for the
/// family Gülşen Aydın said", "Attorney for the Floyd family Ben Crump said", "A spokeswoman
/// for the school board Ana Ruiz said". The name stands in apposition to the role, as it does
/// after a title: it is the sentence's subject, not the object of "for", and its role is the
/// whole phrase (returned, without the article that opens it). The role is a noun of a
/// person (of the lists or of an agent's shape); the party is one to three words, the last a
/// lower-case noun, after "for" and an optional determiner.
fn role_for_party<'a>(
    text: &'a str,
    from: usize,
    start: usize,
    sentence_starts: &[usize],
) -> Option<&'a str> {
    let before = &text[from..start];
    // (Told first from a lower-case letter ending the word right before the name and a
    // " for " in the bytes before it, which most names lack, before any word is read: this
    // is asked of every name with no title.)
    let near = &before.as_bytes()[before.len().saturating_sub(64)..];
    let lower_before = near.len() >= 2 && near[near.len() - 2].is_ascii_lowercase();
    if !near.ends_with(b" ") || !lower_before {
        return None;
    }
    memchr::memchr_iter(b'f', near)
        .find(|&i| i > 0 && near[i - 1] == b' ' && near[i..].starts_with(b"for "))?;
    let (last, n) = last_words::<7>(before);
    let party_noun = *last[..n].first()?;
    let plain = |w: &str| w.chars().all(|c| c.is_alphabetic() || c == '-');
    // (Nor one person's noun, whose name it is: "A spokesperson for the singer Tom Bell"
    // speaks for Tom Bell. A group's may be the party: "the family", "the plaintiffs".)
    let one_person = || {
        !party_noun.ends_with('s')
            && party_noun != "family"
            && (role_of(party_noun) == Some(RoleKind::Person) || is_open_role_noun(party_noun))
    };
    if !party_noun.starts_with(char::is_lowercase)
        || !plain(party_noun)
        || one_person()
        || is_function_word(party_noun)
        || determiner(party_noun).is_ok()
        || LEXICON.is_preposition(party_noun)
        || LEXICON.is_cue(party_noun)
    {
        return None;
    }
    // The party's other words, the determiner, "for", the role noun.
    let mut k = 1;
    while k < 3 && k < n && last[k] != "for" && plain(last[k]) && determiner(last[k]).is_err() {
        if is_function_word(last[k]) || LEXICON.is_preposition(last[k]) {
            return None;
        }
        k += 1;
    }
    if k < n && determiner(last[k]).is_ok() {
        k += 1;
    }
    if last[..n].get(k) != Some(&"for") {
        return None;
    }
    let role = *last[..n].get(k + 1)?;
    let lower_role = lowercase(role);
    let person = plain(role)
        && (role_of(&lower_role) == Some(RoleKind::Person)
            || is_spokes_noun(&lower_role)
            || is_open_role_noun(&lower_role));
    if !person {
        return None;
    }
    // (Opening the sentence, after its article or not.)
    let offset = |w: &str| w.as_ptr() as usize - text.as_ptr() as usize;
    let opens = |w: &str| is_start(sentence_starts, offset(w)) || offset(w) == from;
    let at = match last[..n].get(k + 2) {
        Some(a) if is_article(a) && opens(a) => offset(role),
        _ if opens(role) => offset(role),
        _ => return None,
    };
    Some(text[at..start].trim_end())
}

/// Is `new`, read again for a person of two words or more named `held`, that name after a
/// capitalised word of a plural's shape that is no given name, honorific or title ("former
/// Kumuls John Wilshere": the team's)? It is no better name: the person keeps the name
/// they were given.
///
/// (Not the other way round, `held` without its first word, though Malaysian and Chinese
/// names are so shortened, "Wong Choong Hann" … "said Choong Hann": the word dropped is as
/// often a role that opened the sentence, "Lock Owain Jones, no relation, scored" … "Owain
/// Jones said", and no list tells the two apart.)
fn same_name_one_word_apart(held: &str, new: &str) -> bool {
    new.strip_suffix(held)
        .and_then(|e| e.strip_suffix(' '))
        .is_some_and(|extra| {
            held.contains(' ')
                && !extra.is_empty()
                && !extra.contains(' ')
                && extra.starts_with(char::is_uppercase)
                // (A plural's shape, a team's members: "Kumuls", "Mataris"; a given name
                // no list holds may open a relative's name, "Siosaia Aleki Fonua".)
                && extra.ends_with('s')
                && !extra.ends_with("ss")
                && !is_given_name(extra)
                && !is_honorific(extra)
                && !LEXICON.is_title(extra)
        })
}

/// "a", "an", "the", capitalised or not.
fn is_article(w: &str) -> bool {
    matches!(w, "a" | "an" | "the" | "A" | "An" | "The")
}

/// Where a month that is a woman's given name ("April", "May", "June") opens the untitled
/// name `text[start..end]`, if it does: the name is one surname that ends its words (no
/// capitalised word follows), and the word before the month, within the stretch from `from`,
/// ends with a comma or a closing parenthesis or is a lower-case word that governs no date
/// ("conference, April Odom,", "spokeswoman June Carter said", "(JaRIA) June Isaacs"; not
/// "in May Smith", "on June Day", nor a
/// title-case headline's "Minister May Resign"; "May" not where a sentence opens, "May God
/// bless").
fn month_as_given_name(text: &str, from: usize, start: usize, end: usize) -> Option<usize> {
    // (The month first, told from the two bytes before the name: asked of every name read.)
    let b = text.as_bytes();
    if start < from + 4 || b[start - 1] != b' ' || !matches!(b[start - 2], b'l' | b'y' | b'e') {
        return None;
    }
    let before = &text[from..start - 1];
    let month = ["April", "May", "June"]
        .into_iter()
        .find(|m| before.ends_with(m))?;
    let name = &text[start..end];
    if name.contains(' ') || !text[end..].starts_with([',', ' ']) {
        return None;
    }
    let month_start = start - 1 - month.len();
    let lead = text[from..month_start].trim_end_matches(' ');
    let prev = lead.rsplit(' ').next().unwrap_or("");
    let after = text[end..].trim_start_matches([',', ' ']);
    let next_capitalised = after.starts_with(char::is_uppercase) && !text[end..].starts_with(',');
    let governs = |w: &str| {
        LEXICON.is_preposition(w)
            || is_time_noun(w)
            || matches!(
                w,
                "last" | "next" | "this" | "early" | "late" | "mid" | "since" | "until"
            )
    };
    let ok = !next_capitalised
        // (Or after an organisation's acronym in parentheses: "Marketing director of the
        // Jamaica Reggae Industry Association (JaRIA) June Isaacs said".)
        && (prev.ends_with([',', ')'])
            || prev.starts_with(char::is_lowercase) && !governs(prev) && determiner(prev).is_err())
        && !(month == "May" && (lead.is_empty() || lead.ends_with(['.', '!', '?'])));
    ok.then_some(month_start)
}

/// May the capitals `w` be said as a word, as a given name may ("TOM", "PRIYA", "KWAME"),
/// not spelled letter by letter as most acronyms are ("NHS", "HCA", "BBC")? A vowel, and no
/// two consonants to open it but those an English word opens with.
fn spoken_as_word(w: &str) -> bool {
    let b = w.to_ascii_lowercase().into_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    if !b.iter().copied().any(vowel) || b.len() < 2 {
        return false;
    }
    vowel(b[0])
        || vowel(b[1])
        || matches!(
            &b[..2],
            b"bl"
                | b"br"
                | b"ch"
                | b"cl"
                | b"cr"
                | b"dr"
                | b"fl"
                | b"fr"
                | b"gl"
                | b"gr"
                | b"kh"
                | b"kn"
                | b"kw"
                | b"ng"
                | b"ph"
                | b"pl"
                | b"pr"
                | b"sc"
                | b"sh"
                | b"sk"
                | b"sl"
                | b"sm"
                | b"sn"
                | b"sp"
                | b"st"
                | b"sw"
                | b"th"
                | b"tr"
                | b"tw"
                | b"wh"
                | b"wr"
                | b"zh"
        )
}

/// Does `after`, the text after a name, set the name off as a person's: a comma, then an age
/// (", 54,") or a person's role noun in the singular, ending a phrase of up to three
/// lower-case words before "of", "at", "for", "and" or a comma (", president and chief
/// executive officer of Walmart", ", boss of Acme,"), after "a" or "the" only where a comma
/// closes the phrase before any cue or full stop (", the chief executive of the League, told"),
/// or a title then "of" or "for" (", Speaker of the Lok Sabha,")? A region after a place ("in
/// Concord, New Hampshire, officials said", "in Cranford, Rhode Island, a spokeswoman for the
/// utility said") has neither.
fn person_set_off(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    // An age: digits, then a comma.
    if past_age(rest).len() < rest.len() {
        return true;
    }
    let mut ws = rest.split_ws();
    let Some(mut w) = ws.next() else {
        return false;
    };
    // (A determiner only where a comma closes the phrase before any cue or full stop, as an
    // appositive's: ", the chief executive of the National Urban League, told"; after a
    // region, ", a spokeswoman for the utility said" opens a clause of its own.)
    if determiner(w).is_ok() {
        let closed = rest
            .split_ws()
            .skip(1)
            .take(12)
            .find(|w| w.ends_with([',', '.', ';', ':']) || LEXICON.is_cue(w))
            .is_some_and(|w| w.ends_with(',') && !LEXICON.is_cue(w.trim_end_matches(',')));
        let Some(next) = ws.next().filter(|_| closed) else {
            return false;
        };
        w = next;
    }
    // (Or an office in capitals, a title and its "of" or "for": ", Speaker of the Lok
    // Sabha,".)
    if LEXICON.is_title(w)
        && rest
            .split_ws()
            .nth(1)
            .is_some_and(|n| matches!(n, "of" | "for"))
    {
        return true;
    }
    // (The noun may end a phrase of up to three lower-case words: "chief executive of".)
    for _ in 0..3 {
        let noun = w.trim_end_matches(',');
        if !noun.starts_with(char::is_lowercase) {
            return false;
        }
        let next = ws.next();
        // (In the singular: "boss" and "actress" are, "officials" is not.)
        let person = (!noun.ends_with('s') || noun.ends_with("ss"))
            && (role_of(noun) == Some(RoleKind::Person) || is_open_role_noun(noun));
        if person
            && (w.ends_with(',') || next.is_some_and(|n| matches!(n, "of" | "at" | "for" | "and")))
        {
            return true;
        }
        match next {
            Some(n) if !w.ends_with(',') => w = n,
            _ => return false,
        }
    }
    false
}

/// Is `lead`, the words of a sentence before a name set off by commas, a determiner, a
/// person's noun and a body's preposition and name ("His counterpart at Nissan, ", "The boss
/// of Acme, "), whom the name is in apposition to? (Not a clause, "The crash happened at
/// Springfield, ": its word before the preposition is no person's noun; nor a place's "in".)
///
/// An office written capitalised may go before it, with no determiner after an opening
/// phrase, and its place's "in" too: "The UN Resident Coordinator in Kenya, ", "In a
/// statement, UN Humanitarian Coordinator in Nigeria, " (an office is held in a place; "A
/// shopkeeper in Newcastle, New South Wales," names a region). So may a person's noun with
/// "in" before a name that opens with a given name: "The police chief in Gaza, Edwin Kallu,"
/// (`name` is the name). Not before a name shaped as a place's ([`is_place_shaped`]): "The
/// Consul General in Sydney, New South Wales," names a state.
fn role_before_place(lead: &str, name: &str) -> bool {
    let first = name.split(' ').next().unwrap_or("");
    let Some(phrase) = lead.trim_end().strip_suffix(',') else {
        return false;
    };
    // (After an opening phrase, the appositive is the words after its comma.)
    let phrase = phrase.rsplit_once(", ").map_or(phrase, |(_, p)| p);
    let ws: Vec<&str> = phrase.split_ws().take(9).collect();
    if ws.len() < 3 || ws.len() > 8 {
        return false;
    }
    let Some(p) = (1..ws.len() - 1).find(|&k| LEXICON.is_preposition(ws[k])) else {
        return false;
    };
    let noun = ws[p - 1];
    let determined = determiner(ws[0]).is_ok();
    let words = if determined { &ws[1..p] } else { &ws[..p] };
    // A capitalised office: its words capitalised, the last a title or an agent's noun.
    let office = !words.is_empty()
        && words.iter().all(|w| is_capitalized(w))
        && (LEXICON.is_title(noun) && !is_honorific(noun) || is_agent_noun(noun));
    let person_noun = determined
        && words.len() + 1 < ws.len()
        && words.iter().all(|w| w.starts_with(char::is_lowercase))
        && (role_of(noun) == Some(RoleKind::Person) || is_open_role_noun(noun));
    // (A body's preposition, not a place's: "A shopkeeper in Newcastle, New South Wales,"
    // names a region.)
    match ws[p] {
        "at" | "of" | "for" | "with" => person_noun || office && determined,
        "in" => (office || person_noun && is_given_name(first)) && !is_place_shaped(name),
        _ => false,
    }
}

/// Does the titled name `text[start..end]`, its head at `head`, hold an office's field
/// ("… of …", "… for …") and is it followed by a person's name of two words or more set off by
/// a comma, before a comma or a cue ("Director of Amnesty International Nigeria, Osa Ojimba,
/// said")? Then the office's words run to the comma and the name after it holds it.
fn holder_after_office_comma(
    text: &str,
    start: usize,
    head: &Range<usize>,
    end: usize,
    limit: usize,
) -> bool {
    // (Not where the office names its holder itself, after a title or by a given name: "the
    // Acting Director General for Health Dr Peter Amani, Kisumu County reported …".)
    let head_first = text[head.clone()].split(' ').next().unwrap_or("");
    if !titles_hold_office_field(&text[start..head.start]) || is_given_name(head_first) {
        return false;
    }
    let Some(after) = text[end..limit].strip_prefix(", ") else {
        return false;
    };
    if !after.starts_with(char::is_uppercase) {
        return false;
    }
    let Ok((rest, name)) = titled_name(after) else {
        return false;
    };
    let name = &after[name];
    let next = rest.trim_start().split_ws().next().unwrap_or("");
    name.contains(' ')
        && !is_organization(name)
        && (rest.starts_with(',') || rest.starts_with(' ') && LEXICON.is_cue(next))
}

/// Is `name` an office written in capitals with no holder in it (its last word a title or
/// an agent's noun, no given name: "UN Humanitarian Coordinator", "Regional Director") and
/// does `after` set off its holder, a titled name or one of two words or more, after a comma
/// or after the place it is held in and a comma ("… in Nigeria, Mr Edwin Kallu,")?
fn office_before_holder(name: &str, after: &str) -> bool {
    // (What follows first: a comma or "in" after a name is rare, and this is asked of every
    // untitled name.)
    if !(after.starts_with(", ") || after.starts_with(" in ")) {
        return false;
    }
    if !(name.contains(' ') && is_holderless_office(name.split(' '))) {
        return false;
    }
    // (Past the place: "in Nigeria", "in South Sudan".)
    let after = match after.strip_prefix(" in ") {
        Some(place) => {
            let Some(comma) = place.find(", ") else {
                return false;
            };
            if !place[..comma].split(' ').all(is_capitalized) {
                return false;
            }
            &place[comma..]
        }
        None => after,
    };
    let Some(holder) = after.strip_prefix(", ") else {
        return false;
    };
    let Ok((rest, head)) = titled_name(holder) else {
        return false;
    };
    (head.start > 0 || holder[head.clone()].contains(' '))
        && !is_organization(&holder[head])
        && rest.starts_with(',')
}

/// Is `after`, the text after a one-word name (`name`), "who" or ", who" and a verb a single
/// person takes: one in the singular ("who is", "who has", "who spends"), or any other after a
/// name that is no plural ("Osagie who spoke", not "Parents who spoke", "Women who …")? A
/// plural noun there is a group: "Parents who oppose the plan say …".
fn before_who(after: &str, name: &str) -> bool {
    let Some(rest) = after
        .strip_prefix(" who ")
        .or_else(|| after.strip_prefix(", who "))
    else {
        return false;
    };
    let verb = rest.split_ws().next().unwrap_or("");
    let singular = matches!(verb, "is" | "was" | "has" | "does")
        || verb.len() > 3 && verb.ends_with('s') && !verb.ends_with("ss");
    // (Any word in "-s" is taken for one unless the verb is singular: "Locals who lost
    // their homes", "Britons who …" are groups; "Kouris, who is …" is a name.)
    let plural_shape = name.ends_with('s')
        || matches!(
            name,
            "Women" | "Men" | "Children" | "People" | "Staff" | "Police" | "Others" | "Youth"
        );
    // (A verb in the present with no "-s" is a plural's: "Locals who oppose the plan";
    // one in the past tells nothing, "who spoke".)
    let past = verb.ends_with("ed")
        || matches!(
            verb,
            "said"
                | "spoke"
                | "told"
                | "went"
                | "came"
                | "took"
                | "made"
                | "ran"
                | "won"
                | "lost"
                | "led"
                | "left"
                | "saw"
                | "gave"
                | "got"
                | "became"
                | "began"
                | "wrote"
                | "held"
                | "met"
                | "kept"
                | "brought"
                | "thought"
                | "felt"
                | "stood"
                | "fought"
                | "grew"
                | "knew"
                | "drove"
                | "chose"
                | "had"
                | "did"
                | "sat"
                | "set"
                | "put"
                | "cut"
                | "hit"
                | "quit"
                | "let"
        );
    let plural_verb = !singular && !past;
    singular || !plural_shape && !plural_verb
}

/// Does `name` open with a given name ("Jacob Falls", "Marcus Town") or a word that opens
/// people's names as well as places' ("Sri Lestari", "San Aung", "Santa Ono", "El Hadji
/// Ndour", "Costa Pavlidis")? Then its shape tells no place.
fn opens_personal_name(name: &str) -> bool {
    let first = name.split(' ').next().unwrap_or(name);
    is_given_name(first) || matches!(first, "Sri" | "San" | "Santa" | "El" | "Costa")
}

/// Does `name` end with a [`is_settlement_noun`]?
fn ends_in_settlement(name: &str) -> bool {
    name.rsplit_once(' ')
        .is_some_and(|(_, last)| is_settlement_noun(last))
}

/// Does `name` end with a [`is_surname_place_noun`]? Its shape tells no place.
fn ends_in_surname_noun(name: &str) -> bool {
    name.rsplit_once(' ')
        .is_some_and(|(_, last)| is_surname_place_noun(last))
}

/// Is `name`, of two words or more, shaped as a place's: its first word a compass point or
/// one of the words that open places' names and no one's ("New South Wales", "South Korea",
/// "Puerto Rico", "Fort Worth", "Sri Lanka", "United Arab Emirates"), or its last a
/// settlement's noun ("Elizabeth City", "Elizabeth Township")?
pub(crate) fn is_place_shaped(name: &str) -> bool {
    let (Some((first, _)), Some((_, last))) = (name.split_once(' '), name.rsplit_once(' ')) else {
        return false;
    };
    matches!(
        first,
        "New"
            | "North"
            | "South"
            | "East"
            | "West"
            | "Northern"
            | "Southern"
            | "Eastern"
            | "Western"
            | "Central"
            | "Upper"
            | "Lower"
            | "Greater"
            | "United"
            | "San"
            | "Santa"
            | "Los"
            | "Las"
            | "El"
            | "Puerto"
            | "Port"
            | "Fort"
            | "Mount"
            | "Cape"
            | "Sri"
            | "Costa"
            | "Papua"
            | "Saudi"
    ) || is_settlement_noun(last)
        || is_surname_place_noun(last)
}

/// Does the text after a name (`after`) go on with "and", up to three more capitalised words
/// and an office's title, then a capitalised name: "Coordinating Maritime Affairs *and
/// Investment Minister Luhut* Pandjaitan"? The name is then the office's first field.
fn opens_office_before_and(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(" and ") else {
        return false;
    };
    let mut ws = rest.split_ws().take(5);
    for _ in 0..4 {
        let Some(w) = ws.next() else {
            return false;
        };
        if !is_capitalized(w) || w.ends_with([',', '.', ';', ':']) {
            return false;
        }
        if LEXICON.is_title(w) && !is_honorific(w) {
            return ws
                .next()
                .is_some_and(|n| is_capitalized(n) && n.chars().skip(1).any(char::is_lowercase));
        }
    }
    false
}

/// Where the office's title starts in `before` when `before` ends with an office's title (or
/// a role noun capitalised), "of" or "for", its capitalised words and "and": "Minister of
/// Tourism and", "Minister for Employment Affairs and", "Manager of Development and".
/// Its fields may be a list ("Minister of Agriculture, Irrigation and").
fn office_and_before(before: &str) -> Option<usize> {
    office_title_before(before.trim_end().strip_suffix(" and")?)
}

/// Does `before` end with an office's title, "of" or "for" and its capitalised words, then
/// a comma ("Minister of Agriculture, "), so that the name after it is the next field of the
/// office's list?
fn office_list_before(before: &str) -> bool {
    before
        .trim_end()
        .strip_suffix(',')
        .is_some_and(|rest| office_title_before(rest).is_some())
}

/// Where the office's title starts in `rest` when `rest` ends with an office's title (or a
/// role noun capitalised), "of" or "for" and its capitalised words (up to six, a list's
/// commas among them): "Minister of Tourism", "Minister of Agriculture, Irrigation".
fn office_title_before(rest: &str) -> Option<usize> {
    let mut ws = rest.split_ws().rev().take(6).peekable();
    let mut office = 0;
    while ws.peek().is_some_and(|w| w.starts_with(char::is_uppercase)) {
        ws.next();
        office += 1;
    }
    // (A title, or a role noun written capitalised as one: "Manager of Development and
    // Engineering Dolores Sheets".)
    let title = (office > 0 && ws.next().is_some_and(|w| matches!(w, "of" | "for")))
        .then(|| ws.next())
        .flatten()?;
    // (Past "of State", whose title comes before it: "Minister of State for External
    // Affairs and".)
    let title = match title {
        "State" if ws.next() == Some("of") => ws.next()?,
        w => w,
    };
    let title = Some(title).filter(|w| {
        LEXICON.is_title(w)
            || w.starts_with(char::is_uppercase) && role_of(w) == Some(RoleKind::Person)
    })?;
    Some(title.as_ptr() as usize - rest.as_ptr() as usize)
}

/// The "he" or "she" (any form) that opens the sentence starting at `s`, if one does, and
/// where it stands: the sentence's first word, or the first word after the phrase that opens
/// it ("With reference to Saudi Arabia, he said it was Riyadh that …", "In an interview, she
/// said …"; see [`opening_phrase_end`]). Either way the pronoun is the sentence's subject, and
/// the names before it, in the opening phrase, are not.
fn gendered_opener(text: &str, words: &Tokens, s: usize) -> Option<(PronounKind, usize)> {
    let k = words.starting_at(s)?;
    let gendered = |w: &str| {
        // (Every gendered pronoun is a form of "he" or "she" (pronouns.txt), as the gender
        // votes read them: a word that opens with any other letter, "The", "They", "We",
        // most sentences' first, is not looked up.)
        if !matches!(w.as_bytes().first(), Some(b'h' | b'H' | b's' | b'S')) {
            return None;
        }
        he_she_or_they(w).filter(|p| matches!(p, PronounKind::Male | PronounKind::Female))
    };
    let first = words.tokens()[k];
    if let Some(p) = gendered(first.text(text)) {
        return Some((p, s));
    }
    // (Only a capitalised first word may open such a phrase: "After", "With", "Speaking".)
    if !first.is_capitalized() {
        return None;
    }
    // Past a conjunction that opens the sentence: "And he brushed off repeated questions …".
    if is_opening_conjunction(first.text(text)) {
        let second = *words.tokens().get(k + 1)?;
        return gendered(second.text(text)).map(|p| (p, second.start));
    }
    // (The pronoun after the sentence's first comma first, found by a byte search: this is
    // asked at every sentence, and few have a pronoun there. The phrase is read only then,
    // and must end at that comma, as it does wherever it opens the sentence within twenty
    // words.)
    let window = &text.as_bytes()[s..(s + 400).min(text.len())];
    let comma = s + memchr::memchr(b',', window)?;
    // (The blanks after it passed over a byte at a time, a no-break space as its two bytes:
    // a trim that searched for any of three characters cost more than the one space that
    // most commas have after them.)
    let bytes = text.as_bytes();
    let mut after = comma + 1;
    loop {
        match bytes.get(after) {
            Some(b' ' | b'\t') => after += 1,
            Some(0xC2) if bytes.get(after + 1) == Some(&0xA0) => after += 2,
            _ => break,
        }
    }
    let k = words.starting_at(after)?;
    let p = gendered(words.tokens()[k].text(text))?;
    (opening_phrase_end(text, s, text.len()) == Some(comma)).then_some((p, after))
}

/// What `pronouns.txt` tells of `w` when it is a form of "he", "she", "they" or "we" (any
/// case, contracted or not); `None` for any other word, most of them told from the first
/// letter alone (asked at the first word of every sentence).
fn he_she_or_they(w: &str) -> Option<PronounKind> {
    if !w
        .as_bytes()
        .first()
        .is_some_and(|b| matches!(b, b'h' | b'H' | b's' | b'S' | b't' | b'T' | b'w' | b'W'))
    {
        return None;
    }
    LEXICON.pronouns.get(w).copied().filter(|k| {
        matches!(
            k,
            PronounKind::Male | PronounKind::Female | PronounKind::Plural
        )
    })
}

/// Are the last words before a name (`last3`, last first, as [`last_words`] reads them) a
/// pronoun and a cue, with an optional "that", the pronoun opening its sentence (which starts
/// at `from`) or following an opening phrase's comma: "He says", "Speaking to media, she said
/// that"? The name then opens the reported clause, and the pronoun is the sentence's subject.
fn reported_by_pronoun(text: &str, from: usize, last3: &[&str]) -> bool {
    // (From the last three words before the name, last first: no reading of the sentence.)
    let (pronoun, cue) = match last3 {
        ["that", cue, pronoun, ..] | [cue, pronoun, ..] => (*pronoun, *cue),
        _ => return false,
    };
    // (The pronoun opens the sentence, or follows an opening phrase's comma.)
    let at = pronoun.as_ptr() as usize - text.as_ptr() as usize;
    if at < from {
        return false;
    }
    let lead = text[from..at].trim_end();
    (lead.is_empty() || lead.ends_with(','))
        && matches!(
            LEXICON.pronouns.get(pronoun),
            Some(
                PronounKind::Male | PronounKind::Female | PronounKind::Plural | PronounKind::First
            )
        )
        && LEXICON.is_cue(cue)
}

/// Does the pronoun at `at` report, set off after a comma, its cue closing the sentence or
/// the clause: "…, he added.", "…, he said on Monday.", "Microsoft, he said, will …"? (Not
/// after a quotation's comma, which stands inside its closing mark: "“…,” he said"; nor a
/// pronoun that is the subject of its sentence after an opening phrase, "As for Trump, he
/// said he's not worried", "When Mook was asked …, he laughed and said".)
fn reports_after_comma(text: &str, at: usize) -> bool {
    if !text[..at].trim_end().ends_with(',') {
        return false;
    }
    let mut ws = text[at..].split_ws().skip(1);
    let Some(cue) = ws.next() else {
        return false;
    };
    // (The cue ends the sentence, "he said.", or a phrase of up to four words after it does,
    // "she said on Monday.", "he told reporters."; not "he said, “…”" nor "he said in an
    // interview that …".)
    let bare = cue.trim_end_matches(['.', '!', '?']);
    if !LEXICON.is_cue(bare) {
        return false;
    }
    if bare.len() < cue.len() {
        return true;
    }
    for w in ws.take(4) {
        if w == "that" || w.ends_with(',') || w.starts_with(['"', '“', '‘', '\'']) {
            return false;
        }
        if w.ends_with(['.', '!', '?']) {
            return true;
        }
    }
    false
}

/// Is `first`, the capitalised first word of a sentence before a name of two words or more,
/// a word that describes the person rather than one of their names? A word of a lede set in
/// capitals ("SOMETIMES Rachael Wembury wonders …": a name's own words are not written in
/// capitals before words in lower case), or a participle of feeling ("Terrified Ava Lindqvell
/// hid …", "Devastated Tom Ruiz said …"). `second` is the name's second word. (Not "-red",
/// "-eed", "-med", the endings of given names that look like participles: "Alfred",
/// "Rasheed", "Ahmed".)
fn is_opening_modifier(first: &str, second: &str) -> bool {
    if first.len() >= 3 && first.bytes().all(|b| b.is_ascii_uppercase()) {
        return second.bytes().any(|b| b.is_ascii_lowercase());
    }
    first.len() >= 6
        && first.ends_with("ed")
        && !["red", "eed", "med"].iter().any(|e| first.ends_with(e))
        && !is_given_name(first)
}

/// May `first`, the capitalised first word of a sentence before a name, be a role written
/// before it ("Rancher Nathan Pike", "Incumbent Dawn Arnold")? A role noun by its ending, of
/// six letters or more, and no given name ("Hunter S. Thompson").
fn is_opening_role(first: &str) -> bool {
    first.len() >= 6
        && !is_given_name(first)
        && (is_open_role_noun(&lowercase(first)) || is_plural_title(first))
}

/// Does `after`, the text after a name, open with a nickname in quotation marks and the
/// surname it stands before: ` “Pharaoh” Mensah`, ` "Tina" Villanueva`? (One or two
/// capitalised words in the marks, then a capitalised word.)
fn nickname_after(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let Some(open) = rest.chars().next().filter(|c| matches!(c, '“' | '"' | '‘')) else {
        return false;
    };
    let close = match open {
        '“' => '”',
        '‘' => '’',
        _ => '"',
    };
    let inner = &rest[open.len_utf8()..];
    // (The closing mark looked for among the next 40 characters only: a text with no closing
    // mark is not read to its end at every name.)
    let Some(k) = inner
        .char_indices()
        .take(40)
        .find_map(|(k, c)| (c == close).then_some(k))
        .filter(|&k| k > 0)
    else {
        return false;
    };
    let nick = &inner[..k];
    nick.split(' ').count() <= 2
        && nick.split(' ').all(|w| w.starts_with(char::is_uppercase))
        && inner[k + close.len_utf8()..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(char::is_uppercase))
}

/// A word that names a prize or an honour, or the award's "best" and "of the year".
fn is_prize_word(w: &str) -> bool {
    matches!(
        w,
        "best"
            | "prize"
            | "prizes"
            | "award"
            | "awards"
            | "medal"
            | "trophy"
            | "title"
            | "honour"
            | "honor"
            | "crown"
            | "accolade"
            | "year"
            | "cup"
            | "gong"
            | "oscar"
            | "grammy"
    )
}

/// Is `w` a title's plural, written before the first of several names ("Councilors Jesse
/// Ramos, Sandra Vasecka and John Contos voted …", "Senators Ana Ruiz and Tom Bell")?
/// Only the regular plurals of titles of four letters or more ("-s", "-ies" for "-y"):
/// a shorter title's plural is as likely a surname.
fn is_plural_title(w: &str) -> bool {
    let Some(stem) = w.strip_suffix('s') else {
        return false;
    };
    if stem.len() < 4 || !stem.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    LEXICON.is_title(stem)
        || stem
            .strip_suffix("ie")
            .is_some_and(|y| LEXICON.is_title(&format!("{y}y")))
}

/// A lower-case word right before a name that no list of roles holds, read as a role noun
/// ("publican", "quarterback", "economist", "senior") unless its form says it is something
/// else: a verb in the past, a participle or an adverb ("-ed", "-ing", "-ly": "met",
/// "thanked", "including", "reportedly"), a verb in the third person or a plural ("-s"), a
/// cue, or a function word ("than", "like", "whom").
fn is_open_role_noun(w: &str) -> bool {
    // (The endings first, told from the last bytes: most words end otherwise, and are not
    // read through.)
    w.len() >= 4
        && !["ed", "ing", "ly", "s"].iter().any(|e| w.ends_with(e))
        && has_agent_ending(w)
        && w.starts_with(|c: char| c.is_lowercase())
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && !LEXICON.is_cue(w)
        && !LEXICON.flags(w).is_framing()
        && determiner(w).is_err()
        && !LEXICON.is_preposition(w)
        && !is_function_word(w)
}

/// The acronym `text[start..end]` where lower-case words right before it define it, in
/// parentheses, their initials (a hyphen's parts apart) spelling it: "an intelligence-based
/// operation (IBO)", "personal protective equipment (PPE)". A common noun's, no body's.
fn defined_term_acronym(text: &str, from: usize, start: usize, end: usize) -> Option<&str> {
    let acronym = &text[start..end];
    if !(2..=6).contains(&acronym.len())
        || !text[from..start].ends_with('(')
        || !text[end..].starts_with(')')
        || !acronym.bytes().all(|b| b.is_ascii_uppercase())
    {
        return None;
    }
    let before = text[from..start - 1].trim_end();
    // The initials of the words before, last first, as many as the acronym has letters.
    let mut letters = acronym.bytes().rev();
    let mut want = letters.next();
    for w in before.split_ws().rev() {
        for part in w.rsplit('-') {
            let Some(b) = want else { break };
            let first = part.bytes().next()?;
            if !first.is_ascii_lowercase() || first.to_ascii_uppercase() != b {
                return None;
            }
            want = letters.next();
        }
        if want.is_none() {
            return Some(acronym);
        }
    }
    None
}

/// The acronym `text[start..end]` where an office written out right before it defines it,
/// in parentheses: "Chief Inspector of Police (CIP)", "Deputy Superintendent of Police
/// (DSP)". The office opens with a title and its capitalised words' initials open with the
/// acronym's letter (a country's or a party's acronym follows a name that is no title's:
/// "the African National Congress (ANC)").
fn defined_title_acronym(text: &str, from: usize, start: usize, end: usize) -> Option<&str> {
    let acronym = &text[start..end];
    if !(2..=6).contains(&acronym.len())
        || !acronym.bytes().all(|b| b.is_ascii_uppercase())
        || !text[from..start].ends_with('(')
        || !text[end..].starts_with(')')
    {
        return None;
    }
    // The office: the capitalised words before the parenthesis, and the connectors between
    // them, read back to the first word that is neither.
    let before = text[from..start - 1].trim_end();
    let mut first = None;
    let mut capitals = 0;
    for w in before.split_ws().rev() {
        if w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic) {
            first = Some(w);
            capitals += 1;
        } else if !matches!(w, "of" | "for" | "and" | "the") {
            break;
        }
    }
    let first = first?;
    (capitals >= 2
        && capitals + 1 >= acronym.len()
        && first.as_bytes()[0] == acronym.as_bytes()[0]
        && LEXICON.is_title(first))
    .then_some(acronym)
}

/// `s` past a news agency's name in parentheses that opens it ("(AP) — …", "(Reuters) -"):
/// a parenthesis of at most twenty bytes with no space in it.
fn past_agency(s: &str) -> &str {
    s.strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .filter(|(agency, _)| agency.len() <= 20 && !agency.contains(' '))
        .map_or(s, |(_, r)| r.trim_start())
}

/// A title that ends an office and is no one's surname (unlike "King", "Bishop", "Judge",
/// "Major", "Dean"): "National President", "Minister of Health", "Board Chairman".
fn is_office_word(w: &str) -> bool {
    matches!(
        w,
        "President"
            | "Minister"
            | "Chairman"
            | "Chairwoman"
            | "Chairperson"
            | "Chair"
            | "Secretary"
            | "Governor"
            | "Premier"
            | "Mayor"
            | "Commissioner"
            | "Director"
            | "Spokesperson"
            | "Spokesman"
            | "Spokeswoman"
            | "Chancellor"
            | "Superintendent"
            | "Secretary-General"
            | "Director-General"
    )
}

/// The endings of nouns that name a person by what they do or are, written in lower case
/// before a name: "publican", "defender",
/// "economist", "senior", "student", "neurosurgeon", "chairwoman", "trustee". Words of these
/// endings that are not such nouns (verbs, adverbs, comparatives, nouns of things) are
/// refused by name. (Broader than `mention::is_agent_noun`, which tells a capitalised role
/// word inside a name's run of capitals, where a wrong reading cuts a name: there only the
/// surest endings count.)
fn has_agent_ending(w: &str) -> bool {
    ["er", "or", "ist", "an", "ant", "ent", "eon", "ee"]
        .iter()
        .any(|e| w.ends_with(e))
        && !matches!(
            w,
            "consider"
                | "deliver"
                | "remember"
                | "offer"
                | "enter"
                | "never"
                | "ever"
                | "whatever"
                | "however"
                | "other"
                | "under"
                | "after"
                | "later"
                | "rather"
                | "together"
                | "over"
                | "better"
                | "longer"
                | "sooner"
                | "earlier"
                | "further"
                | "present"
                | "prevent"
                | "represent"
                | "invent"
                | "spent"
                | "went"
                | "meant"
                | "want"
                | "super"
                | "order"
                | "matter"
                | "number"
                | "water"
                | "power"
                | "border"
                | "paper"
                | "letter"
                | "summer"
                | "winter"
                | "dinner"
                | "corner"
                | "chapter"
                | "center"
                | "centre"
                | "career"
                | "quarter"
                | "cover"
                | "discover"
                | "recover"
                | "gather"
                | "bother"
                | "wonder"
                | "server"
                | "computer"
                | "poster"
                | "mean"
                | "began"
                | "plan"
                | "than"
                | "can"
                | "recent"
                | "current"
                | "urgent"
                | "different"
                | "important"
                | "significant"
                | "relevant"
                | "percent"
                | "event"
                | "moment"
                | "statement"
                | "comment"
                | "agreement"
                | "government"
                | "department"
                | "parliament"
                | "tournament"
                | "content"
                | "intent"
                | "extent"
                | "consent"
                | "agree"
                | "free"
                | "three"
                | "see"
                | "guarantee"
                | "committee"
                | "former"
                | "moreover"
                | "thereafter"
                | "apparent"
                | "independent"
                | "urban"
                | "major"
                | "hammer"
                | "favor"
                | "favour"
                | "honor"
                | "honour"
                | "render"
                | "forever"
                | "whenever"
                | "wherever"
                | "metropolitan"
                | "confident"
                | "silent"
                | "violent"
                | "pleasant"
        )
}

/// Words that are neither nouns nor adjectives of a role, nor on another of the lexicon's
/// lists: conjunctions, pronouns, auxiliaries, adverbs and verbs in the past spelt without
/// "-ed".
pub(crate) fn is_function_word(w: &str) -> bool {
    LEXICON.is_pronoun(w)
        || LEXICON.is_auxiliary(w)
        || matches!(
            w,
            "and"
                | "or"
                | "but"
                | "nor"
                | "than"
                | "like"
                | "unlike"
                | "versus"
                | "when"
                | "where"
                | "while"
                | "whom"
                | "whose"
                | "also"
                | "just"
                | "even"
                | "only"
                | "then"
                | "once"
                | "both"
                | "each"
                | "such"
                | "that"
                | "this"
                | "what"
                | "which"
                | "with"
                | "without"
                | "told"
                | "beat"
                | "sent"
                | "left"
                | "meet"
                | "hit"
                | "felt"
                | "knew"
                | "thought"
                | "brought"
                | "bought"
                | "caught"
                | "taught"
                | "fought"
                | "sought"
                | "chose"
                | "drove"
                | "gave"
                | "took"
                | "made"
                | "wrote"
                | "spoke"
                | "became"
                | "overtook"
                | "forgave"
                | "joined"
                | "defeat"
                | "replace"
                | "succeed"
                | "elect"
                | "appoint"
                | "name"
                | "thank"
                | "call"
                | "ask"
                | "tell"
                | "urge"
                | "against"
                | "including"
                | "toward"
                | "towards"
                | "among"
                | "amid"
                | "until"
                | "unless"
                | "because"
                | "whether"
                | "though"
                | "although"
                | "either"
                | "neither"
                | "every"
                | "other"
                | "another"
                | "about"
                | "there"
                | "here"
        )
}

/// A word that opens a phrase after a noun in an appositive, a [`complement`]'s link or
/// "in" or "to": "spokesperson *for* the agency", "a nurse *in* the ward".
fn opens_phrase_after_noun(w: &str) -> bool {
    is_complement_link(w) || matches!(w, "in" | "to")
}

/// A title of titles.txt that is an office, not an honorific, standing alone as a name:
/// "Premier", "President", "Minister" ("Mr." or "Dr." alone names no office).
/// Or an office of two or three capitalised words that ends with a title that is no one's
/// surname ([`is_office_word`]): "Foreign Minister", "Prime Minister" of a headline.
fn is_lone_title(w: &str) -> bool {
    match w.split_once(' ') {
        None => LEXICON.is_title(w) && !is_honorific(w),
        Some((_, rest)) => {
            rest.split_ws().count() <= 2
                && rest.rsplit(' ').next().is_some_and(is_office_word)
                && w.split_ws().all(|x| x.starts_with(char::is_uppercase))
        }
    }
}

/// `name` without a title written in capitals after it ("Kate Forbes MSP", "Lucy Bell MP",
/// "Mary Lou McDonald TD") or an honour ("Marie Dyhrberg QC", see [`is_honour`]), and that
/// title. Only after two words or more: "Labour MP" is a
/// description, not someone called Labour.
fn post_nominal(name: &str) -> (&str, Option<&str>) {
    // (Most names end in a word with a lower-case letter: told from the last byte.)
    if !name.ends_with(|c: char| c.is_ascii_uppercase()) {
        return (name, None);
    }
    let Some((before, last)) = name.rsplit_once(' ') else {
        return (name, None);
    };
    // (An honour after one word too: "Ms Hale QC" is Jane Hale QC.)
    if is_initials(last) && (before.contains(' ') && LEXICON.is_title(last) || is_honour(last)) {
        (before.trim_end(), Some(last))
    } else {
        (name, None)
    }
}

/// A rank of counsel or an honour written after a name, no one's name and no office: "Marie
/// Dyhrberg QC", "Ama Boateng SC", "Tunde Bello SAN", "Ruth Hale OBE"; and a learned society's
/// fellowship, three or four capitals that open with "FR" or "FA" ("Terry Hughes FAA", "Ana
/// Ruiz FRS", "Tom Bell FRCP").
fn is_honour(w: &str) -> bool {
    matches!(
        w,
        "QC" | "KC" | "SC" | "SAN" | "OBE" | "MBE" | "CBE" | "KBE" | "DBE" | "JP"
    ) || w.len() >= 3 && (w.starts_with("FR") || w.starts_with("FA"))
}

/// Two to four capital ASCII letters, as a title's initials are written: "PM", "AG", "CEO".
fn is_initials(w: &str) -> bool {
    (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// The text before `at`, its trailing blanks trimmed, past one cue word written right
/// before it: up to the closing mark in "“…,” said the skipper", "“…,” said Tom Bell".
fn before_past_cue(text: &str, at: usize) -> &str {
    let lead = text[..at].trim_end();
    match lead.rsplit_once(' ') {
        Some((before, w)) if LEXICON.is_cue(w) => before.trim_end(),
        _ => lead,
    }
}

/// The quotation that `lead` (a text from the document's start) ends with: where its
/// opening mark is and its words from that mark, the closing mark left out; none when the
/// opening mark is more than 2,000 bytes back. The words a description right after it
/// reports.
fn quotation_ending(lead: &str) -> Option<(usize, &str)> {
    let inner = lead.strip_suffix(['”', '"'])?;
    let open = inner.rfind(['“', '"'])?;
    (inner.len() - open <= 2000).then(|| (open, &inner[open..]))
}

/// A noun for a body that trades or acts, which a writer uses for an organisation named just
/// before ("Safaricom said …. The company said"): not a document's ("the letter"), which
/// its issuer's words are, nor a noun that heads the names of places of work ("the club").
fn is_trade_noun(w: &str) -> bool {
    matches!(
        w,
        "company"
            | "firm"
            | "group"
            | "agency"
            | "charity"
            | "network"
            | "regulator"
            | "watchdog"
            | "airline"
            | "carrier"
            | "retailer"
            | "lender"
            | "insurer"
            | "bank"
            | "publisher"
            | "manufacturer"
            | "carmaker"
            | "automaker"
            | "miner"
            | "supermarket"
            | "conglomerate"
            | "startup"
            | "start-up"
            | "telco"
    )
}

/// A document that an article quotes as if it spoke: "the statement said", "the letter
/// reads".
fn is_document_noun(w: &str) -> bool {
    matches!(
        w,
        "statement" | "release" | "letter" | "memo" | "email" | "post" | "tweet"
    )
}

/// Does `s`, a name then the words up to a document's noun, say that the name issued the
/// document: the name's capitalised words, its cue, then up to four words ending in "a" or
/// "an" ("Veloria Joint Task Force said in a ", "the ministry said on Tuesday in a ")?
fn cue_issues(s: &str) -> bool {
    let mut words = s.split_ws().skip_while(|w| {
        w.starts_with(char::is_uppercase) || matches!(*w, "of" | "and" | "for" | "the")
    });
    let Some(cue) = words.next() else {
        return false;
    };
    // (The words after the cue counted and the last kept: no vector of them.)
    let (n, last) = words.fold((0, ""), |(n, _), w| (n + 1, w));
    LEXICON.is_cue(cue) && n <= 4 && matches!(last, "a" | "an")
}

/// Whether the words before a name, `before`, end with "the elder" or "the older"
/// (`Some(true)`), or "the younger" (`Some(false)`): "the younger Pham said".
fn seniority(before: &str) -> Option<bool> {
    // (Told from the last bytes: asked before every name the registry records.)
    let (rest, elder) = match before
        .strip_suffix("elder ")
        .or_else(|| before.strip_suffix("older "))
    {
        Some(r) => (r, true),
        None => (before.strip_suffix("younger ")?, false),
    };
    let r = rest
        .strip_suffix("the ")
        .or_else(|| rest.strip_suffix("The "))?;
    (r.is_empty() || r.ends_with(char::is_whitespace)).then_some(elder)
}

/// How many names back a description is read for one it names in full (see
/// [`Registry::description`]): past the last fifteen, only such a one.
const DESCRIBED_FAR: usize = 60;

/// Does a cue report a name that issued a document: `before`, the sentence up to the name,
/// ends with a cue that takes no object and up to five title or role words ("said BNP
/// Senior Joint Secretary General "), and `name`, the name then the words up to the
/// document's noun, is the name's capitalised words, then "in", "via" or "through" and up to
/// three more words ending in "a" or "an" ("Ruhul Kabir Rizvi in a ")? Only a cue that
/// takes no object ("said", "added", "wrote"): the object of "told", "urged" or "praised"
/// is someone else ("Smith told Reuters in a statement", "The Alliance urged Finance
/// Minister Kofi Mensah in a statement to …").
fn cue_reports_issuer(before: &str, name: &str) -> bool {
    let mut words = name
        .split_ws()
        .skip_while(|w| w.starts_with(char::is_uppercase));
    let via = matches!(words.next(), Some("in" | "via" | "through"));
    let (n, last) = words.fold((0, ""), |(n, _), w| (n + 1, w));
    if !via || n == 0 || n > 3 || !matches!(last, "a" | "an") {
        return false;
    }
    before
        .split_ws()
        .rev()
        .take(6)
        .take_while(|w| !w.ends_with([',', ';', ':', '"', '”', '’']))
        .find(|w| !w.starts_with(char::is_uppercase) && LEXICON.flags(w).role().is_none())
        .is_some_and(|w| {
            matches!(
                w,
                "said"
                    | "says"
                    | "added"
                    | "adds"
                    | "wrote"
                    | "writes"
                    | "stated"
                    | "states"
                    | "noted"
                    | "notes"
                    | "explained"
                    | "insisted"
                    | "declared"
                    | "announced"
                    | "argued"
                    | "claimed"
                    | "maintained"
                    | "remarked"
            )
        })
}

/// A noun of someone who speaks for an organisation: "spokeswoman", "spokespeople".
pub(crate) fn is_spokes_noun(w: &str) -> bool {
    matches!(
        w,
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "spokesmen"
            | "spokeswomen"
            | "spokespeople"
            | "spokespersons"
    )
}

/// A word in the possessive, an owner: "Leisure's", "Regulation’s", "Supporters'".
fn is_owner_word(w: &str) -> bool {
    strip_possessive(w).len() < w.len()
}

/// `s` past the "’s" that opens it, if it does (the text after a name read without its
/// possessive).
fn after_possessive(s: &str) -> &str {
    s.strip_prefix("'s")
        .or_else(|| s.strip_prefix("’s"))
        .unwrap_or(s)
}

/// The words of a role phrase after its owner, if it has one: "acting director-general" of
/// "Department of Water's acting director-general", "spokesman" of "department's spokesman".
/// The owner is an organisation or another person ("his wife's lawyer"), not the role: read
/// with it, "of" in the owner's name would end the role before its noun. But an owner in the
/// complement of a word in lower case owns no role, unless a person's role noun follows it:
/// "head of the workers' union" is a head, "The minister of finance's spokesman" a
/// spokesman.
fn after_owner(words: &str) -> &str {
    let mut rest = words;
    let mut prev = "";
    let mut complement = false;
    let mut owner_in_complement = false;
    for w in words.split_ws() {
        complement |= matches!(w, "of" | "for") && prev.starts_with(char::is_lowercase);
        let end = w.as_ptr() as usize - words.as_ptr() as usize + w.len();
        if is_owner_word(w) && !words[end..].trim().is_empty() {
            rest = words[end..].trim_start();
            owner_in_complement = complement;
        }
        prev = w;
    }
    let person = || role_words(rest).any(|w| role_of(w) == Some(RoleKind::Person));
    if owner_in_complement && !person() {
        return words;
    }
    rest
}

/// The words of an appositive up to its noun's complement: "spokesperson" of "spokesperson
/// for the minister", so that the minister's role is not read as the spokesperson's.
fn role_words(phrase: &str) -> impl Iterator<Item = &str> {
    phrase
        .split_ws()
        .take_while(|w| !opens_phrase_after_noun(w))
}

/// The appositive that opens `after` (the narration after a name and its comma): a
/// [`description`] ending at a comma or the sentence's end (`ends`: `after` ends where its
/// paragraph does, not where a quotation opens) ("the mediator,", "a wind power
/// company,"), or else an [`open_description`] ("the harbour's new pilot,"). The kind is the
/// role noun's, when the lexicon knows it.
fn appositive_after(after: &str, ends: bool) -> Option<(&str, Option<RoleKind>)> {
    // (A noun before "of" heads the phrase, whatever the words after it are: "a member of
    // the parliament's watchdog public audit committee" is a person's description.)
    // (Only right after the determiner and a word or two in lower case: "a doctoral
    // candidate at the Georgia Institute of Technology" is headed by "candidate".)
    appositive_phrase(after, ends).map(|(phrase, kind)| match phrase.split_once(" of ") {
        Some((lead, _))
            if lead.split(' ').count() <= 3
                && lead.split(' ').all(|w| w.starts_with(char::is_lowercase)) =>
        {
            (phrase, lead.rsplit(' ').next().and_then(role_of))
        }
        _ => (phrase, kind),
    })
}

/// An appositive with no determiner that opens `after` (the narration after a name and its
/// comma): up to three lower-case words ending in a person's role noun, alone or before its
/// "of", "for", "at" or "with" and what that names, then a comma: "owner of Bradley’s
/// Supermarket,", "field director of the New York State Nurses Association,", "spokeswoman,".
/// (Not a clause: no word before the noun is a function word or a cue, "who is chairman of
/// …".)
fn bare_appositive(after: &str) -> Option<&str> {
    // (The first 160 bytes only: `after` may be a long stretch, read once per name.)
    let near = floor_char(after, after.len().min(160));
    let phrase = &after[..after[..near].find(',')?];
    let mut words = phrase.split(' ');
    for k in 0..3 {
        let w = words.next()?;
        // (Or an office in capitals, its field before it: "Desmond Vell, Minister of Local
        // Government, has revealed", "Ana Ruiz, Health Minister, said".)
        let office = w.starts_with(char::is_uppercase) && is_office_title(w);
        if !office && w.starts_with(char::is_uppercase) && k < 2 && phrase.len() > w.len() {
            continue;
        }
        if w.is_empty()
            || !office
                && (!w.starts_with(char::is_lowercase) || is_function_word(w) || LEXICON.is_cue(w))
        {
            return None;
        }
        if office || role_of(w) == Some(RoleKind::Person) {
            return match words.next() {
                None => Some(phrase),
                Some("of" | "for" | "at" | "with") if words.next().is_some() => Some(phrase),
                Some(_) => None,
            };
        }
    }
    None
}

/// [`appositive_after`], its kind read from the phrase's last noun.
fn appositive_phrase(after: &str, ends: bool) -> Option<(&str, Option<RoleKind>)> {
    // (Cut by a quotation, an organisation's noun names no one: see `beside`.)
    let closes = |rest: &str, kind: Option<RoleKind>| {
        rest.starts_with([',', '.', ';'])
            || rest.trim().is_empty() && (ends || kind != Some(RoleKind::Organization))
    };
    if let Ok((rest, (head, kind))) = description(after) {
        // ("a spokesperson for the minister,", "the NDP MP for Hamilton Centre,": with the
        // complements of its noun.)
        let noun_end = after.len() - rest.len();
        let rest = complements(rest);
        if closes(rest, Some(kind)) {
            let phrase = &after[..after.len() - rest.len()];
            return Some((phrase, (head.end == noun_end).then_some(kind)));
        }
    }
    if let Some((rest, found)) = open_description(after, 0) {
        let kind = role_of(&after[found.head]);
        // (Or a relative clause after the noun, up to the comma, in the first 160 bytes: "a
        // trader who has bought paddy in the commune for two decades," is a trader.)
        let relative = || {
            let near = floor_char(rest, rest.len().min(160));
            rest.starts_with(" who ") && rest[..near].contains(',')
        };
        return (closes(rest, kind) || relative()).then(|| (&after[..found.span.end], kind));
    }
    // With a complement: "a pulmonologist at Mayo Hospital,".
    // (Only after a determiner, as `open_description` asks; and the first 160 bytes only:
    // `after` may be a long stretch, read once per name.)
    determiner(after).ok()?;
    let near = floor_char(after, after.len().min(160));
    let clause = &after[..after[..near].find([',', '.', ';'])?];
    let link = clause.match_indices(' ').map(|(i, _)| i).find(|&i| {
        clause[i + 1..]
            .split(' ')
            .next()
            .is_some_and(|w| is_complement_link(w) || w == "in")
    })?;
    let (rest, found) = open_description(&after[..link], 0)?;
    if !rest.is_empty() {
        return None;
    }
    let kind = role_of(&after[found.head]);
    // (A place or a case after "in", up to the comma that closes the appositive: "a parish
    // priest in Tondo who counsels battered wives,", "the 11th prosecution witness in the
    // corruption trial of …,". Only a person's noun, and only a clause a comma closes; the
    // role is the description alone, "parish priest".)
    if clause[link + 1..].starts_with("in ") {
        return (kind == Some(RoleKind::Person) && after[clause.len()..].starts_with(','))
            .then_some((&after[..link], kind));
    }
    let rest = complements(&after[link..]);
    closes(rest, kind).then(|| (&after[..after.len() - rest.len()], kind))
}

/// The appositive that ends `before` (the narration before a name) when it opens its clause:
/// a determiner and up to five words ending in a role noun, then a comma ("His wife,", "A
/// State Department spokeswoman,"), or in any lower-case noun when `closed` (a comma follows
/// the name as well: "Her neighbour, Tom Reilly,"). `start` is the offset of `before` in the
/// text.
fn appositive_before<'a>(
    before: &'a str,
    start: usize,
    sentence_starts: &[usize],
    closed: bool,
) -> Option<&'a str> {
    let body = before.trim_end().strip_suffix(',')?;
    // (With no comma after the name, only a role noun of the lists ends the phrase (see
    // below): its last word is read first, and the words before it only for a role. Most
    // commas before a name end no role: "said on Tuesday, Smith".)
    // (Or a capitalised word: the field of an office that opens the sentence, "Minister of
    // Finance, Mr Wale Edun has …", see `office` below.)
    if !closed {
        let (last, n) = last_words::<1>(body);
        if n == 0 || role_of(last[0]).is_none() && !last[0].starts_with(char::is_uppercase) {
            return None;
        }
    }
    // The last sixteen words only: the narration before a name may be a long paragraph.
    // (Read back from the end into an array, as `split_whitespace().rev().take(16)` gives
    // them, then put in order: no vector, and no reading by chars.)
    let (back, n) = last_words::<16>(body);
    let mut all = [(0, ""); 16];
    for (slot, w) in all.iter_mut().zip(back[..n].iter().rev()) {
        *slot = (w.as_ptr() as usize - before.as_ptr() as usize, *w);
    }
    let ws = &all[..n];
    let &(_, last) = ws.last()?;
    // A role noun of the lists, or, when `closed`, any lower-case noun ("Her neighbour,",
    // "the airline's chief operating officer,").
    let open_noun = || {
        closed
            && last.starts_with(|c: char| c.is_lowercase())
            && last
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && !LEXICON.is_cue(last)
            && !LEXICON.is_preposition(last)
            && !LEXICON.is_auxiliary(last)
            && !LEXICON.is_pronoun(last)
            && !matches!(last, "them" | "us" | "him" | "those" | "these" | "others")
            && !is_time_noun(last)
    };
    // Or an office, a title and its "of" or "for" ("Ontario's Minister of Northern
    // Development,"), when a comma closes the name too, or when the office opens the
    // sentence with its title ("Minister of Finance and Coordinating Minister for the
    // Economy, Mr Wale Edun has assured …"): up to eleven words.
    // (Or "in" or "at" the seat of an office: "acting Minister in the Presidency,", "Minister
    // of State at the Treasury,"; see `attribution::office_seat`.)
    let title_of = |p: &[(usize, &str)]| {
        LEXICON.is_title(p[0].1) && matches!(p[1].1, "of" | "for" | "in" | "at")
            || p[1].1 == "to" && takes_to_any_case(p[0].1)
    };
    // (Or a person's role noun of the lists in lower case and its "of": "The president of
    // Argentina, Javier Milei, confirmed …".)
    let role_of_place = |p: &[(usize, &str)]| {
        matches!(p[1].1, "of" | "for") && role_of(p[0].1) == Some(RoleKind::Person)
    };
    let office = || closed && ws.windows(2).any(|p| title_of(p) || role_of_place(p));
    // (The title first, or after the "The" that opens the sentence, or after the comma of an
    // opening phrase: "Speaking to media Friday, Kamloops Fire Deputy Chief, Ryan Cail,".)
    // (Or after an inverted cue: "“…,” said Carrow County Emergency Management Director,
    // Edda Lindqvist.")
    // (Or after "acting" or "interim" so placed: "Addressing the media, acting
    // Minister in the Presidency, Nomsa Kheta, said".)
    let opens_at = |k: usize| {
        is_start(sentence_starts, start + ws[k].0)
            || k > 0 && ws[k - 1].1 == "The" && is_start(sentence_starts, start + ws[k - 1].0)
            || k > 0 && ws[k - 1].1.ends_with(',')
            || k > 0 && LEXICON.is_inflected_cue(ws[k - 1].1)
    };
    let opens_sentence = |k: usize| {
        opens_at(k) || k > 0 && matches!(ws[k - 1].1, "acting" | "interim") && opens_at(k - 1)
    };
    // (Up to fifteen words where the office is all capitalised words and the little words
    // that join them: "The Director of Protection for Citizens at the Vellish Ministry of
    // Foreign Affairs, Judha Nugraha,".)
    let joined = |k: usize| {
        ws[k..].iter().all(|(_, w)| {
            w.starts_with(char::is_uppercase)
                || matches!(*w, "of" | "for" | "at" | "in" | "the" | "and" | "to")
        })
    };
    let opening_office = (ws.len().saturating_sub(15)..ws.len())
        .rev()
        .find(|&k| {
            let w = ws[k].1;
            w.starts_with(char::is_uppercase)
                && opens_sentence(k)
                && LEXICON.is_title(w)
                && (k + 11 >= ws.len() || joined(k))
        })
        .filter(|&k| {
            ws[k..].windows(2).any(title_of)
                && !ws[k..ws.len() - 1]
                    .iter()
                    .any(|(_, w)| w.ends_with([',', '.', ';', ':']))
        })
        .or_else(|| {
            // Or an office in capitals: "Prime Minister, Fiame Naomi Mata’afa has …",
            // "Kamloops Fire Deputy Chief, Ryan Cail, said" (not "Anna Chancellor, Hugh Grant
            // and …").
            let run = ws
                .iter()
                .rev()
                .take(8)
                .enumerate()
                .take_while(|&(i, (_, w))| {
                    w.starts_with(char::is_uppercase)
                        && (i == 0 || !w.ends_with([',', '.', ';', ':']))
                })
                .count();
            let k = ws.len() - run;
            (run > 0 && opens_sentence(k) && is_capitalised_office(&body[ws[k].0..])).then_some(k)
        });
    if let Some(k) = opening_office {
        return Some(&body[ws[k].0..]);
    }
    if !closed && role_of(last).is_none() {
        return None;
    }
    if role_of(last).is_none() && !open_noun() && !office() {
        return None;
    }
    // The phrase is seven words at most; or eleven when an owner's name is part of it ("The
    // Department of Water and Environmental Regulation's acting director-general,").
    let owned = ws
        .iter()
        .rev()
        .take(7)
        .any(|&(_, w)| w.starts_with(char::is_uppercase) && is_owner_word(w));
    let widest = if owned { 11 } else { 7 };
    // Whether the words read so far (backwards) since an owner's "’s" are all its name's: the
    // name may open the clause with no determiner ("Trevithick Leisure's managing director,").
    let mut in_owner = false;
    for k in (ws.len().saturating_sub(widest)..ws.len().saturating_sub(1)).rev() {
        let (at, w) = ws[k];
        if w.ends_with([',', '.', ';', ':']) {
            return None;
        }
        let opens_at = |k: usize| {
            is_start(sentence_starts, start + ws[k].0)
                || k.checked_sub(1).is_none_or(|j| {
                    let p = ws[j].1;
                    p.ends_with([',', ';', ':', '—'])
                        || LEXICON.is_cue(p)
                        || matches!(p, "and" | "but" | "or")
                })
        };
        // (A preposition opens no name: "In May's Washington Post-ABC News poll,".)
        let capitalised = w.starts_with(char::is_uppercase) && !LEXICON.is_preposition_lower(w);
        let possessive = capitalised && is_owner_word(w);
        in_owner = possessive || in_owner && (capitalised || matches!(w, "of" | "and" | "for"));
        if in_owner && capitalised && !possessive && opens_at(k) && determiner(w).is_err() {
            return Some(&body[at..]);
        }
        // ("A spokesperson for the agency,": the determiner of a complement opens nothing.)
        let in_complement = k
            .checked_sub(1)
            .is_some_and(|j| opens_phrase_after_noun(ws[j].1));
        // (Or a preposition, before a relative a possessive determiner owns: "in the convoy
        // with his wife, Tracy, and two young sons" names his wife.)
        let kin = closed
            && k > 0
            && k + 2 == ws.len()
            && is_possessive_determiner(w)
            && is_relative_noun(last)
            && LEXICON.is_preposition(ws[k - 1].1);
        if (!in_complement || kin) && determiner(w).is_ok_and(|(r, _)| r.is_empty()) {
            // The clause opens here: a sentence starts, or punctuation or a cue comes before.
            let opens = opens_at(k) || kin;
            // (An owner's name is a determiner that may be the end of a longer name: "The
            // Department of Water Regulation's acting director-general,".)
            let owner = w.starts_with(char::is_uppercase);
            if !opens && owner {
                continue;
            }
            return opens.then(|| &body[at..]);
        }
    }
    None
}

/// The attribution rules that name a mention, which [`rule_name`] combines with the way the
/// mention was resolved. grammar/GRAMMAR.md describes each.
pub(crate) const ATTRIBUTION_RULES: &[&str] = &[
    "after",
    "dash",
    "before",
    "participle",
    "colon",
    "statement",
    "after-distant",
    "continued",
    "same-paragraph",
    "previous-paragraph",
    "possessive",
    "subject",
    "introduced",
    "label",
    "coordinated",
    "preceding",
    "repeated",
    "pointed-back",
    "following",
    "answer",
];
/// How a mention was resolved, the second half of a rule name ("after+pronoun").
pub(crate) const RESOLUTIONS: &[&str] = &["name", "pronoun", "description", "unresolved"];

/// Every "rule+resolution" name, made once so that speakers can carry a `&'static str`.
static RULE_NAMES: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    ATTRIBUTION_RULES
        .iter()
        .flat_map(|r| RESOLUTIONS.iter().map(move |h| format!("{r}+{h}")))
        .collect()
});

/// `rule` ("after+pronoun") with another resolution ("after+description").
pub(crate) fn resolved_otherwise(rule: &'static str, how: &'static str) -> &'static str {
    match rule.split_once('+') {
        Some((r, _)) => ATTRIBUTION_RULES
            .iter()
            .find(|x| **x == r)
            .map_or(rule, |x| rule_name(x, how)),
        None => rule,
    }
}

/// "after" + "pronoun" → "after+pronoun".
fn rule_name(rule: &'static str, how: &'static str) -> &'static str {
    let (Some(r), Some(h)) = (
        ATTRIBUTION_RULES.iter().position(|x| *x == rule),
        RESOLUTIONS.iter().position(|x| *x == how),
    ) else {
        return rule;
    };
    RULE_NAMES[r * RESOLUTIONS.len() + h].as_str()
}

/// Does the dash after a name (at `end`, blanks before it) open an aside that a second dash
/// closes within the same sentence and stretch (before `limit`)?
fn dash_aside(text: &str, end: usize, limit: usize, sentence_starts: &[usize]) -> bool {
    let next = sentence_starts
        .get(sentence_starts.partition_point(|&s| s <= end))
        .map_or(limit, |&s| s.min(limit));
    let rest = &text[end..next.max(end)];
    let after = past_agency(rest.trim_start());
    let Some(dash) = after.chars().next() else {
        return false;
    };
    let inside = &after[dash.len_utf8()..];
    inside.contains(['—', '–']) || inside.contains(" - ")
}

/// Does a lower-case role noun follow the acronym that `after`, what follows a name, opens
/// with: " (UHT) president Tomas Reyd"?
fn role_after_acronym(after: &str, name: &str) -> bool {
    acronym_after(after, name)
        .is_some_and(|a| role_next(&after[" (".len() + a.len() + ")".len()..]))
}

/// The pronoun of a sentence at `s` that opens "According to him," or "According to her,",
/// and where it stands.
fn according_to_pronoun(text: &str, s: usize) -> Option<(PronounKind, usize)> {
    let rest = text[s..].strip_prefix("According to ")?;
    let at = s + "According to ".len();
    if rest.starts_with("him,") {
        Some((PronounKind::Male, at))
    } else if rest.starts_with("her,") {
        Some((PronounKind::Female, at))
    } else {
        None
    }
}

/// Is `name` a person's whose surname is an organisation's noun, "Simon Court", "Ana Bank":
/// a word of no organisation (the given name, which no list need hold) and that one word,
/// with a gender or a person's role written beside it
/// ("ACT's energy spokesperson Simon Court", "Mr Simon Court")? (Not "Grace Church" or
/// "Mercy Hospital" alone, which name no one.)
fn surname_of_a_body(name: &str, beside: &Beside) -> bool {
    let Some((given, last)) = name.split_once(' ') else {
        return false;
    };
    let person_role = || {
        beside.written.as_deref().is_some_and(|w| {
            let noun = w.trim_end().rsplit(' ').next().unwrap_or("");
            noun.starts_with(char::is_lowercase) && role_of(noun) == Some(RoleKind::Person)
        })
    };
    // (A noun of an armed body after a given name is a surname without more: "Tom Force",
    // "Peter Guard"; no unit is named so.)
    let armed = || {
        matches!(
            last,
            "Force"
                | "Forces"
                | "Guard"
                | "Command"
                | "Brigade"
                | "Battalion"
                | "Regiment"
                | "Corps"
                | "Directorate"
        ) && is_given_name(given)
    };
    !last.contains(' ')
        && (beside.gender.is_some() || person_role() || armed())
        && given.chars().skip(1).any(char::is_lowercase)
        && !LEXICON.is_organization_word(given)
        && LEXICON.is_organization_word(last)
}

/// Does `rest` open with a lower-case role noun ("president Tomas Reyd")?
fn role_next(rest: &str) -> bool {
    let next = rest.split_ws().next().unwrap_or("");
    next.starts_with(char::is_lowercase) && (role_of(next).is_some() || is_open_role_noun(next))
}

/// Is a name the first part of a compound modifier, its last word joined by a hyphen to a
/// participle: "an Ivy League-trained surgeon", "a Texas-based lawyer", "Kremlin-backed",
/// "Chicago-born"? It describes what follows and names no one. (Only a participle: the
/// lower-case part of "Ban Ki-moon" or "Kim Jong-un" is a name's.)
#[inline]
fn modifies_next(name: &str) -> bool {
    // (Most names hold no hyphen: one pass over the bytes, inline, no split; a plain loop, as
    // a name is a few bytes, shorter than a byte search sets up for.)
    name.bytes().any(|b| b == b'-') && modifies_next_read(name)
}

/// [`modifies_next`] of a name with a hyphen.
fn modifies_next_read(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    last.rsplit_once('-').is_some_and(|(before, after)| {
        !before.is_empty()
            && after.starts_with(|c: char| c.is_lowercase())
            && (after.ends_with("ed") || matches!(after, "born" | "run" | "made" | "grown"))
    })
}

#[cfg(test)]
mod tests {
    use super::last_words;
    use crate::extract::extract;

    /// A name joined by a hyphen to a participle modifies what follows; a name whose last
    /// part is lower case after a hyphen is still a name.
    #[test]
    fn compound_modifiers_name_no_one() {
        for (name, modifier) in [
            ("Ivy League-trained", true),
            ("Leeds-born", true),
            ("Kremlin-backed", true),
            ("Texas-based", true),
            ("Ban Ki-moon", false),
            ("Kim Jong-un", false),
            ("Ashworth-Hale", false),
            ("-ed", false),
        ] {
            assert_eq!(super::modifies_next(name), modifier, "{name}");
        }
    }

    /// A dash after a name opens an aside when a second one follows in the same sentence.
    #[test]
    fn a_dash_aside_is_closed_in_its_sentence() {
        let aside = "Dev Raman — an engineer — has been critical. Next — one.";
        let dateline = "JAKARTA — The minister said so. Then — later — more.";
        let starts = |t: &str| vec![0, t.find(". ").unwrap() + 2];
        assert!(super::dash_aside(aside, 9, aside.len(), &starts(aside)));
        assert!(!super::dash_aside(
            dateline,
            7,
            dateline.len(),
            &starts(dateline)
        ));
        assert!(!super::dash_aside("Ann Lee", 7, 7, &[0]));
    }

    /// The vocabulary answers as the full sets of its words would, for the words it keeps and
    /// those it reads again.
    #[test]
    fn the_vocabulary_answers_as_its_full_sets() {
        use super::{strip_possessive, Vocabulary};
        use crate::extract::lexicon::lowercase;
        use crate::extract::text::paragraphs;
        use crate::extract::token::Tokens;
        let t = "Reports suggest trump said. Trump’s aide met Sheinbaum. Sheinbaum replied. \
                 reports of Élysée staff. Élysée said. X said: he left. The aide said. An aide, \
                 Lukas Brunner’s wife, said. Brunner said.\nUS officials said. us. Al’s shop.";
        let words = Tokens::new(t, &paragraphs(t));
        let v = Vocabulary::of(t, &words);
        let toks = words.tokens();
        let lower: Vec<&str> = toks
            .iter()
            .filter(|w| w.is_lower())
            .map(|w| w.text(t))
            .collect();
        let inside: Vec<&str> = toks
            .iter()
            .filter(|w| w.is_capitalized() && !w.opens_sentence())
            .map(|w| strip_possessive(w.text(t)))
            .collect();
        for w in toks {
            let w = w.text(t);
            for q in [
                w,
                &lowercase(w),
                strip_possessive(w),
                &lowercase(strip_possessive(w)),
            ] {
                assert_eq!(v.has_lower(q), lower.contains(&q), "{q:?}");
                assert_eq!(v.has_inside(q), inside.contains(&q), "{q:?}");
            }
        }
    }

    /// The key set holds what was inserted, and only that, across its growth.
    #[test]
    fn the_key_set_is_a_set() {
        let mut set = super::KeySet::with_capacity(1);
        let mut all = std::collections::HashSet::new();
        for k in (0..5000u64).map(|i| i.wrapping_mul(0x9E37_79B9_7F4A_7C15) % 3001) {
            set.insert(k);
            all.insert(k);
        }
        assert_eq!(set.len, all.len() - usize::from(all.contains(&0)));
        for k in 0..4000u64 {
            assert_eq!(set.contains(k), all.contains(&k), "{k}");
        }
        assert!(!super::KeySet::with_capacity(0).contains(0));
    }

    /// The role set holds what was inserted, once each, past the size where it moves to a
    /// table; and two sets are equal whatever the order of their words.
    #[test]
    fn the_role_set_is_a_set() {
        use compact_str::CompactString;
        let mut set = super::RoleSet::default();
        assert!(set.is_empty());
        let mut all = std::collections::HashSet::new();
        for i in (0..200u32).map(|i| i * 7 % 41) {
            let w = format!("role{i}");
            set.insert(CompactString::from(w.as_str()));
            all.insert(w);
            assert_eq!(set.len(), all.len());
            for j in 0..41 {
                let w = format!("role{j}");
                assert_eq!(set.contains(&w), all.contains(&w), "{w}");
            }
        }
        assert!(!set.is_empty());
        let mut reversed = super::RoleSet::default();
        for i in (0..41u32).rev() {
            reversed.insert(CompactString::from(format!("role{i}").as_str()));
        }
        assert_eq!(set, reversed);
        let (mut a, mut b) = (super::RoleSet::default(), super::RoleSet::default());
        a.insert("x".into());
        a.insert("y".into());
        b.insert("y".into());
        b.insert("x".into());
        assert_eq!(a, b);
        b.insert("z".into());
        assert_ne!(a, b);
    }

    /// A word's key is the same read at once or copied, and two words share none.
    #[test]
    fn short_keys_read_at_once_are_copied_keys() {
        use super::{short_key, short_key_at};
        let text = "a bb said Élysée’s seven-b eight-bb z";
        let b = text.as_bytes();
        let mut keys = std::collections::HashMap::new();
        for start in 0..=b.len() {
            for end in start..=b.len() {
                let k = short_key_at(b, start, end);
                assert_eq!(k, short_key(&b[start..end]), "{start}..{end}");
                if let Some(k) = k {
                    let w = &b[start..end];
                    assert_eq!(*keys.entry(k).or_insert(w), w);
                }
            }
        }
    }

    /// `last_words` gives what `split_whitespace().rev().take(N)` gives, whatever the
    /// whitespace (ASCII or not) and the characters.
    #[test]
    fn the_last_words_are_split_whitespace_s() {
        for t in [
            "",
            " ",
            "a",
            "said port director",
            "  according to\u{a0}the  \t\nÉlysée’s\u{2003}chief,\u{3000}x ",
            "\u{85}\u{b}\u{c}\rmot\u{1680}é\u{202f}ü\u{205f}a\u{2028}b\u{2029}c",
            "𝄞 𝄞𝄞\u{200b}z",
            "internationally-renowned\u{1}controls Washington’s longwordwithoutspaces12345678 \
             x\u{1f}yz abcdefgh\u{a0}ijklmnopq\u{2003}rstuvwxyzé0123456789€abcdefghi\tj",
        ] {
            let (w, n) = last_words::<4>(t);
            let want: Vec<&str> = t.split_whitespace().rev().take(4).collect();
            assert_eq!(&w[..n], &want[..], "{t:?}");
            for (k, _) in t.char_indices() {
                let (w, n) = last_words::<3>(&t[..k]);
                let want: Vec<&str> = t[..k].split_whitespace().rev().take(3).collect();
                assert_eq!(&w[..n], &want[..], "{t:?} {k}");
            }
        }
    }

    /// (text, the speaker name of the first quotation, the rule's resolution part).
    #[test]
    fn resolution_table() {
        let cases = [
            ("Mexican President Claudia Sheinbaum spoke. “It’s true,” she said.", "Claudia Sheinbaum", "pronoun"),
            ("Claudia Sheinbaum spoke. “No,” Sheinbaum said.", "Claudia Sheinbaum", "name"),
            (
                "Mexican President Claudia Sheinbaum met Donald Trump. “No,” the Mexican leader said.",
                "Claudia Sheinbaum",
                "description",
            ),
            ("Mr. Smith and Mrs. Jones met. “Yes,” she said.", "Jones", "pronoun"),
            ("The Crisis Group, a think tank, warned that “some officials are laying the groundwork.”", "Crisis Group", "name"),
        ];
        for (text, name, how) in cases {
            let q = &extract(text).quotes[0];
            assert_eq!(q.speaker.name.as_deref(), Some(name), "{text}");
            assert!(q.speaker.rule.ends_with(how), "{text}: {}", q.speaker.rule);
        }
    }

    #[test]
    fn strip_possessive_strips_repeated_suffixes() {
        let cases = [
            ("Trump’s", "Trump"),
            ("Trump's", "Trump"),
            ("Jones’", "Jones"),
            ("Jones'", "Jones"),
            ("X’s’s", "X"),
            ("X's’s", "X"),
            ("X’s's", "X’s"),
            ("’s", ""),
            ("Trump", "Trump"),
        ];
        for (w, bare) in cases {
            assert_eq!(super::strip_possessive(w), bare, "{w}");
        }
    }
}
