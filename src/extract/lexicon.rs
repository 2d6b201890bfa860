//! The word lists of `grammar/`, embedded at compile time.
//!
//! Each list is plain text so that an editor can read and extend it without touching Rust:
//! a line is an entry, `#` starts a comment, and a tab separates an entry from its tags.
//! The lists are parsed once, on first use, into hash sets and maps.

// foldhash instead of SipHash: these tables are looked up at every word (see Cargo.toml).
use compact_str::CompactString;
use foldhash::{HashMap, HashSet, HashSetExt};
use std::sync::LazyLock;

/// Gender evidence carried by a word ("Mrs.", "spokesman", "she").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Male,
    Female,
}

/// What a role noun names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RoleKind {
    Person,
    Organization,
}

/// What a pronoun tells about its antecedent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PronounKind {
    Male,
    Female,
    /// they / we: a group, or a person of unknown gender.
    Plural,
    /// I: the writer or the speaker of a surrounding quotation.
    First,
    /// it: an organisation or a document.
    Neuter,
    /// who / which: the nearest name before it.
    Relative,
    /// another / one / some: someone the article does not name (see `mention::indefinite`).
    Indefinite,
}

/// Every list in `grammar/`, parsed.
pub struct Lexicon {
    /// Every inflected form of a cue verb ("said", "telling", "goes on"), lower case.
    pub cue_forms: HashSet<String>,
    /// Base forms ("say", "post", "report"): nouns too, so a capitalised one may be a name.
    pub cue_bases: HashSet<String>,
    /// Participle forms ("saying", "adding"): their subject is the main clause's subject.
    pub cue_participles: HashSet<String>,
    /// The first word of each past form that differs from its base ("said", "went"): a cue
    /// after a phrase of time or place must be one (rule `adjunct`).
    pub cue_pasts: HashSet<String>,
    /// Forms of the cue verbs marked `*`: they may come before their speaker ("said Trump").
    pub invertible_forms: HashSet<String>,
    /// Nouns of speech whose possessor speaks ("Trump’s claim").
    pub speech_nouns: HashSet<String>,
    /// Every inflected form of a framing verb ("called", "describing").
    pub framing_forms: HashSet<String>,
    /// Titles and honorifics, exactly as written ("Maj.", "President").
    pub titles: HashMap<String, Option<Gender>>,
    /// Forms of address that are given names or surnames too, titles only before a name of two
    /// words or more ("Uncle Jack Wandin", not "Uncle Sam"), as written, with the gender they
    /// tell (address.txt).
    pub address: HashMap<String, Option<Gender>>,
    /// Abbreviations whose full stop does not end a sentence.
    pub abbreviations: HashSet<String>,
    /// The length in bytes of the longest abbreviation: a longer word is none, without a
    /// look-up (every word before a full stop is asked).
    longest_abbreviation: usize,
    pub pronouns: HashMap<String, PronounKind>,
    /// Role nouns, lower case.
    pub roles: HashMap<String, (RoleKind, Option<Gender>)>,
    /// Words that make a name an organisation.
    pub organization_words: HashSet<String>,
    pub first_names: HashMap<String, Gender>,
    /// Capitalised words that never start or continue a name ("The", "Monday").
    pub not_names: HashSet<String>,
    /// Words allowed between a speaker and its cue verb ("also", "has").
    pub auxiliaries: HashSet<String>,
    /// Prepositions → whether their object is a place ("in", "from"; not "of", "with").
    pub prepositions: HashMap<String, bool>,
    /// Every entry of the sets above, and each again with a capital first letter → (the sets
    /// that hold it as spelled, the sets that hold its lower case), in the bits of [`flag`]:
    /// the rules ask several sets about every word, and this answers them all, for a word in
    /// lower case or capitalised, in one look-up (see [`Lexicon::flags`]).
    index: HashMap<String, (u16, u16)>,
    /// One bit per [`filter_bit`] of the index's words: a word whose bit is clear is not in
    /// the index, told without hashing it (most words the rules ask about are in no list).
    filter: Vec<u64>,
}

/// Bits of [`Lexicon`]'s filter: 2^16, so that its few thousand words leave most clear.
const FILTER_BITS: usize = 1 << 16;

/// A word's bit in the filter, from its length and three of its bytes.
#[inline]
fn filter_bit(w: &[u8]) -> usize {
    let n = w.len();
    if n == 0 {
        return 0;
    }
    let x = (n as u32) | (w[0] as u32) << 8 | (w[n / 2] as u32) << 16 | (w[n - 1] as u32) << 24;
    (x.wrapping_mul(0x9E37_79B1) >> 16) as usize % FILTER_BITS
}

/// The bits of [`Lexicon::flags`]: a bit says that the spelling looked up is in that set.
pub mod flag {
    pub const CUE: u16 = 1;
    pub const CUE_BASE: u16 = 1 << 1;
    pub const FRAMING: u16 = 1 << 2;
    pub const TITLE: u16 = 1 << 3;
    pub const PRONOUN: u16 = 1 << 4;
    pub const NOT_NAME: u16 = 1 << 5;
    pub const AUXILIARY: u16 = 1 << 6;
    /// A role noun of [`super::RoleKind::Person`] / `Organization`.
    pub const ROLE_PERSON: u16 = 1 << 7;
    pub const ROLE_ORGANIZATION: u16 = 1 << 8;
    /// A role noun with an "s" added (that is no role noun itself): "protesters".
    pub const ROLES_PERSON: u16 = 1 << 9;
    pub const ROLES_ORGANIZATION: u16 = 1 << 10;
    /// The first word of a cue or framing form of several words ("pointed" of "pointed out").
    pub const CUE_HEAD: u16 = 1 << 11;
    /// A word of organizations.txt ("Group", "Committee").
    pub const ORGANIZATION: u16 = 1 << 12;
    /// A noun of speech_nouns.txt ("statement", "remarks").
    pub const SPEECH_NOUN: u16 = 1 << 13;
    /// A participle of a cue verb ("saying", "adding").
    pub const CUE_PARTICIPLE: u16 = 1 << 14;
    /// A preposition of prepositions.txt ("in", "of", "after").
    pub const PREPOSITION: u16 = 1 << 15;
}

/// What the lexicon knows of a word, as spelled and in lower case (see [`Lexicon::flags`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flags {
    /// The sets that hold the word as spelled.
    pub exact: u16,
    /// The sets that hold the word in lower case (as [`lowercase`] writes it).
    pub lower: u16,
}

impl Flags {
    /// [`Lexicon::is_cue`].
    pub fn is_cue(self) -> bool {
        (self.exact | self.lower) & flag::CUE != 0
    }
    /// [`Lexicon::is_framing`].
    pub fn is_framing(self) -> bool {
        self.lower & flag::FRAMING != 0
    }
    /// `speech_nouns.contains(lowercase(w))`, for the word `w` of these flags.
    pub fn is_speech_noun(self) -> bool {
        self.lower & flag::SPEECH_NOUN != 0
    }
    /// `cue_participles.contains(lowercase(w))`, for the word `w` of these flags.
    pub fn is_cue_participle(self) -> bool {
        self.lower & flag::CUE_PARTICIPLE != 0
    }
    /// A role noun's plural only ("protesters", "Friends"), which is no one person's role.
    pub fn is_plural_role(self) -> bool {
        self.lower & (flag::ROLE_PERSON | flag::ROLE_ORGANIZATION) == 0
            && self.lower & (flag::ROLES_PERSON | flag::ROLES_ORGANIZATION) != 0
    }
    /// `attribution::role_of`: the role noun in lower case, else its singular.
    pub fn role(self) -> Option<RoleKind> {
        let l = self.lower;
        if l & flag::ROLE_PERSON != 0 {
            Some(RoleKind::Person)
        } else if l & flag::ROLE_ORGANIZATION != 0 {
            Some(RoleKind::Organization)
        } else if l & flag::ROLES_PERSON != 0 {
            Some(RoleKind::Person)
        } else if l & flag::ROLES_ORGANIZATION != 0 {
            Some(RoleKind::Organization)
        } else {
            None
        }
    }
}

pub const CUES: &str = include_str!("../../grammar/cues.txt");
pub const FRAMING: &str = include_str!("../../grammar/framing.txt");
pub const TITLES: &str = include_str!("../../grammar/titles.txt");
pub const ADDRESS: &str = include_str!("../../grammar/address.txt");
pub const ABBREVIATIONS: &str = include_str!("../../grammar/abbreviations.txt");
pub const PRONOUNS: &str = include_str!("../../grammar/pronouns.txt");
pub const ROLES: &str = include_str!("../../grammar/roles.txt");
pub const ORGANIZATIONS: &str = include_str!("../../grammar/organizations.txt");
pub const FIRST_NAMES: &str = include_str!("../../grammar/first_names.txt");
pub const SPEECH_NOUNS: &str = include_str!("../../grammar/speech_nouns.txt");
pub const NOT_NAMES: &str = include_str!("../../grammar/not_names.txt");
pub const AUXILIARIES: &str = include_str!("../../grammar/auxiliaries.txt");
pub const PREPOSITIONS: &str = include_str!("../../grammar/prepositions.txt");

/// The lines of a list that carry an entry: comments and blank lines dropped.
fn entries(list: &str) -> impl Iterator<Item = &str> {
    list.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// Every whitespace-separated word of a list.
fn words_of(list: &str) -> HashSet<String> {
    entries(list)
        .flat_map(str::split_whitespace)
        .map(str::to_string)
        .collect()
}

fn gender_tag(tag: Option<&str>) -> Option<Gender> {
    match tag.map(str::trim) {
        Some("m") => Some(Gender::Male),
        Some("f") => Some(Gender::Female),
        _ => None,
    }
}

/// Splits a verb list (`base | third | past | participle`, `*` for invertible) into its forms.
fn verb_forms(
    list: &str,
    bases: &mut HashSet<String>,
    forms: &mut HashSet<String>,
    participles: &mut HashSet<String>,
    pasts: &mut HashSet<String>,
    invertible: &mut HashSet<String>,
) {
    for line in entries(list) {
        let marked = line.ends_with('*');
        let line = line.trim_end_matches('*');
        let cols: Vec<&str> = line.split('|').map(str::trim).collect();
        bases.insert(cols[0].to_lowercase());
        for form in &cols {
            forms.insert(form.to_lowercase());
            if marked {
                invertible.insert(form.to_lowercase());
            }
        }
        if let Some(p) = cols.get(3) {
            participles.insert(p.to_lowercase());
        }
        // A past that is not spelled as the base ("said", "warned"; not "put", "read").
        let first = |c: &str| c.split_whitespace().next().unwrap_or("").to_lowercase();
        if let Some(past) = cols
            .get(2)
            .map(|c| first(c))
            .filter(|p| *p != first(cols[0]))
        {
            pasts.insert(past);
        }
    }
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut cue_forms = HashSet::new();
        let mut cue_participles = HashSet::new();
        let mut cue_pasts = HashSet::new();
        let mut invertible_forms = HashSet::new();
        let mut cue_bases = HashSet::new();
        verb_forms(
            CUES,
            &mut cue_bases,
            &mut cue_forms,
            &mut cue_participles,
            &mut cue_pasts,
            &mut invertible_forms,
        );
        let mut framing_forms = HashSet::new();
        verb_forms(
            FRAMING,
            &mut cue_bases,
            &mut framing_forms,
            &mut cue_participles,
            &mut cue_pasts,
            &mut HashSet::new(),
        );
        let tagged = |list: &'static str| {
            entries(list).map(|l| {
                let mut cols = l.split('\t');
                (cols.next().unwrap_or("").trim().to_string(), cols)
            })
        };
        // (A list of words each optionally tagged with the gender it tells: titles.txt,
        // address.txt.)
        let gendered = |list: &'static str| -> HashMap<String, Option<Gender>> {
            tagged(list)
                .map(|(w, mut c)| (w, gender_tag(c.next())))
                .collect()
        };
        let mut lexicon = Lexicon {
            cue_forms,
            cue_participles,
            cue_pasts,
            cue_bases,
            invertible_forms,
            speech_nouns: words_of(SPEECH_NOUNS),
            framing_forms,
            titles: gendered(TITLES),
            address: gendered(ADDRESS),
            abbreviations: entries(ABBREVIATIONS)
                .flat_map(str::split_whitespace)
                .map(str::to_string)
                .collect(),
            pronouns: tagged(PRONOUNS)
                .map(|(w, mut c)| {
                    let kind = match c.next().map(str::trim) {
                        Some("m") => PronounKind::Male,
                        Some("f") => PronounKind::Female,
                        Some("s") => PronounKind::First,
                        Some("n") => PronounKind::Neuter,
                        Some("r") => PronounKind::Relative,
                        _ => PronounKind::Plural,
                    };
                    (w, kind)
                })
                .collect(),
            roles: tagged(ROLES)
                .map(|(w, mut c)| {
                    let kind = match c.next().map(str::trim) {
                        Some("organization") => RoleKind::Organization,
                        _ => RoleKind::Person,
                    };
                    (w.to_lowercase(), (kind, gender_tag(c.next())))
                })
                .collect(),
            organization_words: entries(ORGANIZATIONS)
                .map(|l| l.trim().to_string())
                .collect(),
            first_names: tagged(FIRST_NAMES)
                .filter_map(|(w, mut c)| gender_tag(c.next()).map(|g| (w, g)))
                .collect(),
            not_names: words_of(NOT_NAMES),
            auxiliaries: words_of(AUXILIARIES),
            prepositions: tagged(PREPOSITIONS)
                .map(|(w, mut c)| (w, c.next().map(str::trim) == Some("place")))
                .collect(),
            index: HashMap::default(),
            longest_abbreviation: 0,
            filter: vec![0; FILTER_BITS / 64],
        };
        // A title's full stop never ends a sentence ("said Coun. Gus Papadakis", "Det. Sgt.
        // Fiona Glass"): the dotted words of titles.txt are abbreviations too.
        let dotted: Vec<String> = lexicon
            .titles
            .keys()
            .flat_map(|t| t.split_whitespace())
            .filter(|w| w.len() > 1 && w.ends_with('.'))
            .map(str::to_string)
            .collect();
        lexicon.abbreviations.extend(dotted);
        lexicon.index = lexicon.build_index();
        for w in lexicon.index.keys() {
            let b = filter_bit(w.as_bytes());
            lexicon.filter[b / 64] |= 1 << (b % 64);
        }
        lexicon.longest_abbreviation = lexicon
            .abbreviations
            .iter()
            .map(String::len)
            .max()
            .unwrap_or(0);
        lexicon
    }

    /// The table behind [`Lexicon::flags`], from the sets (which stay the reference).
    fn build_index(&self) -> HashMap<String, (u16, u16)> {
        let mut bits: HashMap<String, u16> = HashMap::default();
        let mut mark = |w: &str, bit: u16| *bits.entry(w.to_string()).or_default() |= bit;
        for (set, bit) in [
            (&self.cue_forms, flag::CUE),
            (&self.cue_bases, flag::CUE_BASE),
            (&self.framing_forms, flag::FRAMING),
            (&self.not_names, flag::NOT_NAME),
            (&self.auxiliaries, flag::AUXILIARY),
            (&self.organization_words, flag::ORGANIZATION),
            (&self.speech_nouns, flag::SPEECH_NOUN),
            (&self.cue_participles, flag::CUE_PARTICIPLE),
        ] {
            for w in set {
                mark(w, bit);
            }
        }
        for w in self.titles.keys() {
            mark(w, flag::TITLE);
        }
        for form in self.cue_forms.iter().chain(&self.framing_forms) {
            if let Some((head, _)) = form.split_once(' ') {
                mark(head, flag::CUE_HEAD);
            }
        }
        for w in self.pronouns.keys() {
            mark(w, flag::PRONOUN);
        }
        for w in self.prepositions.keys() {
            mark(w, flag::PREPOSITION);
        }
        for (w, (kind, _)) in &self.roles {
            let (bit, plural) = match kind {
                RoleKind::Person => (flag::ROLE_PERSON, flag::ROLES_PERSON),
                RoleKind::Organization => (flag::ROLE_ORGANIZATION, flag::ROLES_ORGANIZATION),
            };
            mark(w, bit);
            // `role_of` tries the singular only when the word itself is no role noun.
            let s = plural_of(w, *kind);
            if !self.roles.contains_key(&s) {
                mark(&s, plural);
            }
        }
        let get = |k: &str| bits.get(k).copied().unwrap_or(0);
        let mut index = HashMap::default();
        for k in bits.keys() {
            let mut spellings = vec![k.clone()];
            if k.starts_with(|c: char| c.is_ascii_lowercase()) {
                let mut cap = k.clone();
                cap[..1].make_ascii_uppercase();
                spellings.push(cap);
            }
            for w in spellings {
                let entry = (get(&w), get(&lowercase(&w)));
                index.insert(w, entry);
            }
        }
        index
    }

    /// The sets that hold `w` as spelled and in lower case: the tests that the rules ask of
    /// every word (cue? framing verb? pronoun? role noun? …) in one look-up, where they
    /// took one each.
    pub fn flags(&self, w: &str) -> Flags {
        // (Most words asked about are short and asked again and again, in every article: the
        // thread's table of answers gives them without hashing the word (see `SEEN_FLAGS`).)
        let Some(key) = SeenKey::of(w.as_bytes()) else {
            return self.flags_looked_up(w);
        };
        let slot = key.slot();
        let [head, tail, meta] = SEEN_FLAGS.with(|seen| seen[slot].get());
        if head == key.head && tail == key.tail && meta >> 32 == key.len {
            return Flags {
                exact: meta as u16,
                lower: (meta >> 16) as u16,
            };
        }
        self.flags_kept(w)
    }

    /// [`Lexicon::flags`] of a word that its slot does not hold: looked up, and kept there.
    /// (A function of its own, so that the look-up's registers are not saved at every word
    /// the table answers; the word's key is read again here rather than passed, so that the
    /// caller need not keep it in memory.)
    #[cold]
    #[inline(never)]
    fn flags_kept(&self, w: &str) -> Flags {
        let Some(key) = SeenKey::of(w.as_bytes()) else {
            return self.flags_looked_up(w);
        };
        let slot = key.slot();
        let f = self.flags_looked_up(w);
        let packed = f.exact as u64 | (f.lower as u64) << 16;
        SEEN_FLAGS.with(|seen| seen[slot].set([key.head, key.tail, key.len << 32 | packed]));
        f
    }

    /// [`Lexicon::flags`], looked up in the index.
    fn flags_looked_up(&self, w: &str) -> Flags {
        if let Some(&(exact, lower)) = self.index_get(w) {
            return Flags { exact, lower };
        }
        // A title joined by a hyphen to titles or a person's role nouns is a title:
        // "Secretary-Treasurer", "Commissioner-General"; and so is one joined to the words
        // that say which seat or when: "Councilor-at-Large", "Mayor-elect".
        // (The hyphen found by a plain loop over the bytes: `split_once` sets up a search that
        // cost more than the short words asked here, nearly all of which hold none.)
        let hyphen = w.bytes().position(|c| c == b'-');
        if let Some((a, b)) = hyphen.map(|h| (&w[..h], &w[h + 1..])) {
            let title = |p: &str| {
                self.index_get(p)
                    .is_some_and(|&(e, _)| e & flag::TITLE != 0)
            };
            // (A title that is written undotted only inside such a rank: "Maj-Gen", whose "Gen"
            // alone may be a given name.)
            let role = |p: &str| {
                self.index_get(p)
                    .is_some_and(|&(e, l)| e & flag::TITLE != 0 || l & flag::ROLE_PERSON != 0)
                    || p.len() <= 4
                        && self
                            .index_get(&format!("{p}."))
                            .is_some_and(|&(e, _)| e & flag::TITLE != 0)
            };
            let seat = matches!(
                b,
                "at-Large" | "at-large" | "elect" | "Elect" | "designate" | "Designate"
            );
            // ("Co-chair", "Co-Chairman", "co-leader": a title or role shared is a title.)
            let shared = matches!(a, "Co" | "co") && !b.contains('-') && role(b);
            if shared || title(a) && (seat || b.split('-').all(role)) {
                return Flags {
                    exact: flag::TITLE,
                    lower: 0,
                };
            }
            // A role noun elect or designate is that role noun: "the president-elect", "the
            // minister-designate" are descriptions as "the president" is.
            if seat && !b.starts_with("at") {
                if let Some(&(_, l)) = self.index_get(a) {
                    let roles = l & (flag::ROLE_PERSON | flag::ROLE_ORGANIZATION);
                    if roles != 0 {
                        return Flags {
                            exact: 0,
                            lower: roles,
                        };
                    }
                }
            }
        }
        // Not in the index, so in no set as spelled. An ASCII word with no capital after its
        // first letter would be in the index if its lower case were in a set (the index holds
        // every entry, and every entry capitalised); any other word looks its lower case up.
        let b = w.as_bytes();
        // (One pass over the bytes for both tests: ASCII, and no capital after the first.)
        let plain = b.first().is_none_or(u8::is_ascii)
            && b.iter()
                .skip(1)
                .all(|&c| c.is_ascii() && !c.is_ascii_uppercase());
        let lower = if plain {
            0
        } else {
            self.index_get(&lowercase(w)).map_or(0, |e| e.0)
        };
        Flags { exact: 0, lower }
    }

    /// `self.index.get(w)`, without a look-up where the filter tells that `w` is not there.
    #[inline]
    fn index_get(&self, w: &str) -> Option<&(u16, u16)> {
        let b = filter_bit(w.as_bytes());
        if self.filter[b / 64] & (1 << (b % 64)) == 0 {
            return None;
        }
        self.index.get(w)
    }

    /// Is `w`, as spelled, a word of organizations.txt? As `organization_words.contains(w)`,
    /// from the index.
    pub fn is_organization_word(&self, w: &str) -> bool {
        // (The index's answer as spelled, kept with the word's flags in the thread's table:
        // the registry asks this of each word of every name it has not recorded, and most
        // are names read again.)
        self.flags(w).exact & flag::ORGANIZATION != 0
    }

    /// Is `w`, as spelled, a preposition? As `prepositions.contains_key(w)`, from the word's
    /// flags (the rules ask this of a word before nearly every name and clause they read).
    pub fn is_preposition(&self, w: &str) -> bool {
        self.flags(w).exact & flag::PREPOSITION != 0
    }

    /// Is `w` in lower case a preposition? As `prepositions.contains_key(&*lowercase(w))`,
    /// from the word's flags, without lower-casing it.
    pub fn is_preposition_lower(&self, w: &str) -> bool {
        self.flags(w).lower & flag::PREPOSITION != 0
    }

    /// `auxiliaries.contains(w)`, `pronouns.contains_key(w)` and `not_names.contains(w)`, from
    /// the word's flags (asked of the words around most names and clauses).
    pub fn is_auxiliary(&self, w: &str) -> bool {
        self.flags(w).exact & flag::AUXILIARY != 0
    }
    pub fn is_pronoun(&self, w: &str) -> bool {
        self.flags(w).exact & flag::PRONOUN != 0
    }
    pub fn is_not_name(&self, w: &str) -> bool {
        self.flags(w).exact & flag::NOT_NAME != 0
    }

    /// Is `word`, as spelled or in lower case, a form of a cue verb? (From the index.)
    pub fn is_cue(&self, word: &str) -> bool {
        self.flags(word).is_cue()
    }
    /// Is "`w1` `w2`" a two-word cue ("pointed out")? As `is_cue` of the two words lowered and
    /// joined by a space, built on the stack: this is asked at every cue candidate.
    pub fn is_cue_words(&self, w1: &str, w2: &str) -> bool {
        let (a, b) = (lowercase(w1), lowercase(w2));
        let mut buf = [0u8; 64];
        let n = a.len() + 1 + b.len();
        if n > buf.len() {
            return self.is_cue(&format!("{} {}", &*a, &*b));
        }
        buf[..a.len()].copy_from_slice(a.as_bytes());
        buf[a.len()] = b' ';
        buf[a.len() + 1..n].copy_from_slice(b.as_bytes());
        // Two strs and a space: always UTF-8.
        std::str::from_utf8(&buf[..n]).is_ok_and(|two| self.is_cue(two))
    }
    /// A cue form that is not a base form ("said", "asked", "adding"; not "post", "state").
    pub fn is_inflected_cue(&self, word: &str) -> bool {
        let f = self.flags(word);
        f.is_cue() && f.exact & flag::CUE_BASE == 0
    }
    pub fn is_framing(&self, word: &str) -> bool {
        self.flags(word).is_framing()
    }
    pub fn is_title(&self, word: &str) -> bool {
        // (From the word's flags, kept in the thread's table: asked at most names.)
        self.flags(word).exact & flag::TITLE != 0
    }
    /// The gender a title or form of address tells ("Mrs.", "Doña", "Uncle"), if any.
    pub fn title_gender(&self, word: &str) -> Option<Gender> {
        self.titles
            .get(word)
            .or_else(|| self.address.get(word))
            .copied()
            .flatten()
    }
    pub fn is_abbreviation(&self, word: &str) -> bool {
        word.len() <= self.longest_abbreviation && self.abbreviations.contains(word)
    }
}

/// A word in lower case, as [`str::to_lowercase`] writes it, without allocating for the usual
/// short ASCII word: the lexicon is looked up in lower case at nearly every word, and one
/// `String` per look-up was a tenth of extraction's time.
pub enum Lower<'a> {
    /// The word was already lower case.
    Same(&'a str),
    /// A short word whose only letters that change are ASCII, lowered in place (held inline
    /// by `CompactString`, which is read as a `str` without checking its bytes again: a
    /// lowered word is read at once, most often to look it up).
    Ascii(CompactString),
    /// Anything else: `to_lowercase`'s own answer (Unicode rules).
    Owned(String),
}

impl Lower<'_> {
    /// The longest word kept inline (`CompactString`'s inline capacity on 64-bit targets).
    const INLINE: usize = 24;
}

/// `w.to_lowercase()`, without an allocation when `w` is short and its only letters that
/// change are ASCII (see [`Lower`]): "Trump’s" and "don’t" are lowered as ASCII, their curly
/// apostrophe kept; "Élysée" is lowered by `to_lowercase`.
pub fn lowercase(w: &str) -> Lower<'_> {
    let b = w.as_bytes();
    if b.len() <= Lower::INLINE && b.is_ascii() {
        return lowercase_short_ascii(w);
    }
    if !b.is_ascii() && !w.chars().all(|c| c.is_ascii() || keeps_case(c)) {
        return Lower::Owned(w.to_lowercase());
    }
    if !b.iter().any(u8::is_ascii_uppercase) {
        return Lower::Same(w);
    }
    if b.len() > Lower::INLINE {
        return Lower::Owned(w.to_ascii_lowercase());
    }
    let mut lowered = CompactString::new(w);
    lowered.as_mut_str().make_ascii_lowercase();
    Lower::Ascii(lowered)
}

/// [`lowercase`] of a word its caller has told ASCII: not told again (the registry lowers
/// every name it reads, and tells it ASCII first for its key's apostrophes).
pub fn lowercase_ascii(w: &str) -> Lower<'_> {
    debug_assert!(w.is_ascii());
    if w.len() <= Lower::INLINE {
        lowercase_short_ascii(w)
    } else {
        lowercase(w)
    }
}

/// [`lowercase`] of an ASCII word of up to [`Lower::INLINE`] bytes: its capitals looked for
/// eight bytes at a time, not a byte at a time. The registry lowers every name it reads, and
/// the rules many a word.
#[inline]
fn lowercase_short_ascii(w: &str) -> Lower<'_> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let b = w.as_bytes();
    // (Every byte is below 0x80, so adding to each carries into none: a byte's high bit is
    // set by the first sum from "A" on, by the second from past "Z" on.)
    let capitals = |x: u64| {
        x.wrapping_add(ONES * (0x80 - u64::from(b'A')))
            & !x.wrapping_add(ONES * (0x80 - u64::from(b'Z') - 1))
            & (ONES * 0x80)
    };
    let mut chunks = b.chunks_exact(8);
    let mut any = false;
    for chunk in &mut chunks {
        any |= capitals(u64::from_le_bytes(chunk.try_into().expect("eight bytes"))) != 0;
    }
    any |= chunks.remainder().iter().any(u8::is_ascii_uppercase);
    if !any {
        return Lower::Same(w);
    }
    let mut lowered = CompactString::new(w);
    lowered.as_mut_str().make_ascii_lowercase();
    Lower::Ascii(lowered)
}

/// Does `to_lowercase` leave `c` as it is? (Then lowering a word changes only its other
/// characters: `str::to_lowercase` lowers each character as `char::to_lowercase` does, but
/// for a final capital sigma, which is no such character.)
fn keeps_case(c: char) -> bool {
    let mut lower = c.to_lowercase();
    lower.next() == Some(c) && lower.next().is_none()
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Lower::Same(s) => s,
            Lower::Ascii(s) => s.as_str(),
            Lower::Owned(s) => s,
        }
    }
}

/// A word of one to sixteen bytes, as [`SEEN_FLAGS`] keys it: its first and last eight bytes
/// (or four, or the first, middle and last byte of a shorter word), which overlap in a word
/// shorter than sixteen, and its length. Two words have the same key only when they are the
/// same word: with the length known, the bytes read cover every byte of the word.
#[derive(Clone, Copy)]
struct SeenKey {
    head: u64,
    tail: u64,
    len: u64,
}

impl SeenKey {
    /// The key of `b`, or `None` for an empty word or one longer than sixteen bytes (a
    /// handful of the words asked about: they are looked up each time).
    #[inline]
    fn of(b: &[u8]) -> Option<SeenKey> {
        let n = b.len();
        let u32_at =
            |i: usize| u32::from_le_bytes(b[i..i + 4].try_into().expect("four bytes")) as u64;
        let u64_at = |i: usize| u64::from_le_bytes(b[i..i + 8].try_into().expect("eight bytes"));
        let (head, tail) = match n {
            0 => return None,
            1..=3 => (
                (b[0] as u64) | (b[n / 2] as u64) << 8 | (b[n - 1] as u64) << 16,
                0,
            ),
            4..=7 => (u32_at(0), u32_at(n - 4)),
            8..=16 => (u64_at(0), u64_at(n - 8)),
            _ => return None,
        };
        Some(SeenKey {
            head,
            tail,
            len: n as u64,
        })
    }

    /// The key's slot in [`SEEN_FLAGS`].
    #[inline]
    fn slot(self) -> usize {
        let x = self.head ^ self.tail.rotate_left(29) ^ self.len;
        (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SEEN_SLOTS.trailing_zeros())) as usize
    }
}

/// Slots of [`SEEN_FLAGS`]: some thousands, for the function words, cues, roles and names
/// that articles ask about again and again (a slot is 24 bytes).
const SEEN_SLOTS: usize = 8192;

thread_local! {
    /// The answers of [`Lexicon::flags`] for the words this thread last asked about, by
    /// slot: a word's key (its `head` and `tail`), then its length above its flags packed
    /// as `exact | lower << 16` (a slot keeps the last word of its slot that was asked
    /// about; length 0, no word's, marks an empty slot). The lexicon never changes once
    /// read, so an answer kept is the answer: the index is hashed only for a word not asked
    /// about lately, where it was hashed for every document's every token that any rule
    /// asked about. (Per thread, as rayon runs each document on one thread: no lock, and
    /// nothing shared.) (On the heap, not in the thread's static storage: glibc carves that
    /// out of every thread's stack, and 192 KB of it would leave a small stack, such as the
    /// 256 KB a page is read on in tests/html.rs, too little to run.) (Of a fixed length, so
    /// that a slot, which is below it, is read without a test of its bounds.)
    static SEEN_FLAGS: Box<[std::cell::Cell<[u64; 3]>; SEEN_SLOTS]> =
        (0..SEEN_SLOTS)
            .map(|_| std::cell::Cell::new([0; 3]))
            .collect::<Box<[_]>>()
            .try_into()
            .expect("SEEN_SLOTS slots");
}

/// The lexicon, parsed on first use.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

/// The plural of a role noun of kind `kind`. A person's as English writes it: "families" of
/// "family" (a consonant and "y"), "coaches", "witnesses" (a hissing end), "chairmen"
/// ("-man"), else with an "s" ("attorneys" keeps its vowel's "s"). An organisation's noun
/// keeps the plain "s": "speeches" after speakers' names are no body's.
fn plural_of(w: &str, kind: RoleKind) -> String {
    if kind == RoleKind::Organization {
        return format!("{w}s");
    }
    let b = w.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    if let Some(stem) = w.strip_suffix('y') {
        if b.len() > 2 && !vowel(b[b.len() - 2]) {
            return format!("{stem}ies");
        }
    }
    if let Some(stem) = w.strip_suffix("man") {
        return format!("{stem}men");
    }
    if w.ends_with('s') || w.ends_with("sh") || w.ends_with("ch") || w.ends_with('x') {
        return format!("{w}es");
    }
    format!("{w}s")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse_with_the_forms_the_parser_relies_on() {
        let l = &*LEXICON;
        for form in [
            "said",
            "says",
            "told",
            "telling",
            "pointed out",
            "added",
            "tweeted",
        ] {
            assert!(l.is_cue(form), "{form} should be a cue");
        }
        assert!(l.cue_participles.contains("saying"));
        assert!(l.is_framing("called"));
        assert!(l.is_cue_words("Pointed", "OUT") && !l.is_cue_words("pointed", "at"));
        assert_eq!(l.titles.get("Mrs."), Some(&Some(Gender::Female)));
        // A form of address that is a given name too is no title of titles.txt: "Uncle Sam".
        assert_eq!(l.address.get("Dona"), Some(&Some(Gender::Female)));
        assert!(!l.is_title("Uncle") && l.title_gender("Uncle") == Some(Gender::Male));
        // ("Don" is none: a given name before a middle name as often, "Don Wayne Carter".)
        assert!(!l.address.contains_key("Don") && !l.is_title("Don"));
        assert!(l.is_abbreviation("Maj.") && l.is_abbreviation("U.S."));
        assert_eq!(l.pronouns.get("she"), Some(&PronounKind::Female));
        assert_eq!(l.pronouns.get("He’s"), Some(&PronounKind::Male));
        // The registry's gender votes look only at words of 2 to 7 bytes opening with "he"
        // or "she", either case.
        for (w, k) in &l.pronouns {
            if matches!(k, PronounKind::Male | PronounKind::Female) {
                assert!((2..=7).contains(&w.len()), "{w}");
                let lower = w.to_lowercase();
                assert!(lower.starts_with("he") || lower.starts_with("she"), "{w}");
            }
        }
        assert_eq!(
            l.roles.get("spokeswoman"),
            Some(&(RoleKind::Person, Some(Gender::Female)))
        );
        assert!(l.organization_words.contains("Group"));
        assert_eq!(l.prepositions.get("in"), Some(&true));
        assert_eq!(l.prepositions.get("of"), Some(&false));
    }

    /// Two words have the same key of the thread's table of flags only when they are the
    /// same word, and the table answers as the index does, the first time and again.
    #[test]
    fn the_table_of_flags_tells_words_apart() {
        let words = [
            "a",
            "ab",
            "ba",
            "aba",
            "abc",
            "abca",
            "abcab",
            "said",
            "Said",
            "saidx",
            "abcdefgh",
            "abcdefghi",
            "aaaaaaaaa",
            "aaaaaaaaaa",
            "president",
            "presidents",
            "abcdefghijklmnop",
            "abcdefghijklmnoq",
            "abcdefghXjklmnop",
            "Trump’s",
        ];
        let key = |w: &str| SeenKey::of(w.as_bytes()).map(|k| (k.head, k.tail, k.len));
        for a in words {
            for b in words {
                assert_eq!(key(a) == key(b), a == b, "{a} {b}");
            }
            for _ in 0..2 {
                assert_eq!(LEXICON.flags(a), LEXICON.flags_looked_up(a), "{a}");
            }
        }
        assert!(key("").is_none() && key(&"a".repeat(17)).is_none());
    }

    /// A person's role noun in the plural as English writes it (see `plural_of`).
    #[test]
    fn plurals_as_english_writes_them() {
        for (one, many) in [
            ("family", "families"),
            ("deputy", "deputies"),
            ("attorney", "attorneys"),
            ("coach", "coaches"),
            ("boss", "bosses"),
            ("chairman", "chairmen"),
            ("nurse", "nurses"),
        ] {
            assert_eq!(plural_of(one, RoleKind::Person), many, "{one}");
        }
    }

    /// `flags` answers as the sets do, for words of every list and a few that are in none.
    #[test]
    fn flags_agree_with_the_sets() {
        let l = &*LEXICON;
        let mut probes: Vec<String> = l.index.keys().cloned().collect();
        for w in l.index.keys() {
            probes.push(w.to_uppercase());
            probes.push(format!("{w}s"));
            let mut cs = w.chars();
            if let Some(c) = cs.next() {
                probes.push(c.to_uppercase().chain(cs).collect());
            }
        }
        probes.extend(
            [
                "",
                "zebra",
                "Zebra",
                "Élysée",
                "SAID",
                "SaId",
                "Protesters",
                "ProtesterS",
            ]
            .map(String::from),
        );
        for w in &probes {
            let f = l.flags(w);
            let lower = w.to_lowercase();
            let cue = l.cue_forms.contains(w) || l.cue_forms.contains(&lower);
            assert_eq!(f.is_cue(), cue, "{w}");
            assert_eq!(l.is_cue(w), cue, "{w}");
            let inflected = cue && !l.cue_bases.contains(w);
            assert_eq!(l.is_inflected_cue(w), inflected, "{w}");
            assert_eq!(f.is_framing(), l.framing_forms.contains(&lower), "{w}");
            assert_eq!(l.is_framing(w), l.framing_forms.contains(&lower), "{w}");
            assert_eq!(f.exact & flag::TITLE != 0, l.is_title(w), "{w}");
            assert_eq!(
                l.is_organization_word(w),
                l.organization_words.contains(w),
                "{w}"
            );
            assert_eq!(
                f.exact & flag::PRONOUN != 0,
                l.pronouns.contains_key(w),
                "{w}"
            );
            assert_eq!(l.is_preposition(w), l.prepositions.contains_key(w), "{w}");
            assert_eq!(l.is_auxiliary(w), l.auxiliaries.contains(w), "{w}");
            assert_eq!(l.is_pronoun(w), l.pronouns.contains_key(w), "{w}");
            assert_eq!(l.is_not_name(w), l.not_names.contains(w), "{w}");
            assert_eq!(
                l.is_preposition_lower(w),
                l.prepositions.contains_key(&lower),
                "{w}"
            );
            assert_eq!(
                f.exact & flag::NOT_NAME != 0,
                l.not_names.contains(w),
                "{w}"
            );
            assert_eq!(
                f.exact & flag::AUXILIARY != 0,
                l.auxiliaries.contains(w),
                "{w}"
            );
            assert_eq!(
                f.exact & flag::CUE_BASE != 0,
                l.cue_bases.contains(w),
                "{w}"
            );
            // (Else the plural: a person's as English writes it, an organisation's with an
            // "s"; see `plural_of`.)
            let role = l
                .roles
                .get(&lower)
                .or_else(|| {
                    l.roles
                        .iter()
                        .find(|(r, (kind, _))| plural_of(r, *kind) == *lower)
                        .map(|(_, r)| r)
                })
                .map(|r| r.0);
            assert_eq!(f.role(), role, "{w}");
            let lowered = lowercase(w);
            assert_eq!(
                f.is_speech_noun(),
                l.speech_nouns.contains(&*lowered),
                "{w}"
            );
            assert_eq!(
                f.is_cue_participle(),
                l.cue_participles.contains(&*lowered),
                "{w}"
            );
        }
    }

    #[test]
    fn lowercase_matches_to_lowercase() {
        let long = "A".repeat(40);
        for w in [
            "said",
            "Said",
            "SAID",
            "U.S.",
            "Élysée",
            "İstanbul",
            "ΣΟΦΙΑ",
            "",
            &long,
            "Trump’s",
            "don’t",
            "ǅemal",
            "Ⓐb",
            "ⅠⅡ",
            "ΟΔΟΣ",
            "ß",
            "ẞ",
        ] {
            assert_eq!(&*lowercase(w), w.to_lowercase(), "{w}");
        }
        // Every character, alone, inside a word and ending one, short and long.
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            for w in [
                c.to_string(),
                format!("A{c}b"),
                format!("xY{c}"),
                format!("{}{c}", "Q".repeat(30)),
            ] {
                assert_eq!(&*lowercase(&w), w.to_lowercase(), "{w:?}");
            }
        }
    }
}
