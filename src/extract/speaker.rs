//! Speakers: who appears in an article, and who a mention stands for.
//!
//! This is where a speaker is resolved. [`Registry::build`] reads the narration of one
//! article (the text outside quotations) once, and records every named person and
//! organisation with the titles and roles written beside them ("Mexican President Claudia
//! Sheinbaum"), the aliases that name them again ("Sheinbaum"), and the evidence of their
//! gender (honorifics, role nouns, the pronouns that follow them, and as a last resort a list
//! of given names). [`Registry::resolve`] then turns a mention found by
//! [`crate::extract::attribution`] into a canonical name:
//!
//! | mention | rule | resolves to |
//! |---|---|---|
//! | "Sheinbaum", "Ms. Sheinbaum" | `name` | the person whose name ends so |
//! | "she", "he" | `pronoun` | the nearest person before it whose gender fits |
//! | "they", "it" | `pronoun` | the nearest organisation before it |
//! | "who" | `relative` | the name right before it |
//! | "the Mexican leader" | `description` | the recent person whose titles share its words |
//!
//! The rule that resolved a mention is appended to the attribution rule in
//! [`crate::extract::Speaker::rule`] ("after+pronoun"), so that an editor can see why.

use crate::extract::lexicon::{lowercase, Gender, PronounKind, RoleKind, LEXICON};
use crate::extract::mention::{is_organization, strip_possessive, titled_name, Found, MentionKind};
use crate::extract::model::{Mention, Speaker, SpeakerType};
use crate::extract::quote::RawQuote;
use crate::extract::text::{sentence_starts, DocWords};
// foldhash instead of SipHash: these tables are looked up at every word (see Cargo.toml).
use foldhash::{HashMap, HashSet, HashSetExt};
use std::ops::Range;

/// What the article's words tell about capitalisation.
struct Vocabulary<'a> {
    /// Words written in lower case somewhere.
    lower: HashSet<&'a str>,
    /// Capitalised words seen inside a sentence (not opening it).
    inside: HashSet<&'a str>,
}

/// A person or organisation named in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// The fullest form of the name seen ("Claudia Sheinbaum").
    pub name: String,
    pub kind: SpeakerType,
    pub gender: Option<Gender>,
    /// Lower-case titles and role words written beside the name ("mexican", "president").
    pub roles: HashSet<String>,
    /// The name was only seen opening a sentence.
    pub name_at_start: bool,
}

/// Everyone an article names, and where.
#[derive(Debug, Default)]
pub struct Registry {
    pub entities: Vec<Entity>,
    /// (start of the mention, entity), in text order, narration only.
    mentions: Vec<(usize, usize)>,
    /// Lower-case surname or full name → entity.
    aliases: HashMap<String, usize>,
}

/// Is `at` one of a paragraph's sentence starts (sorted, as `sentence_starts` gives them)?
/// A binary search: a paragraph may hold many sentences, and this is asked at every word.
fn is_start(starts: &[usize], at: usize) -> bool {
    starts.binary_search(&at).is_ok()
}

impl Registry {
    /// Reads the narration of an article: every name outside the quotations.
    ///
    /// `words` are the words of `text` (see [`DocWords`]).
    pub fn build(
        text: &str,
        paragraphs: &[Range<usize>],
        quotes: &[RawQuote],
        words: &DocWords,
    ) -> Registry {
        let mut reg = Registry::default();
        // `words` are the words of the paragraphs, in order (read once, by the caller). A word
        // never crosses a line break and every non-blank line is in a paragraph, so these
        // are the words of the whole text.
        // Lower-case words of the article: a capitalised word that also appears in lower case
        // ("Reports suggest…" / "reports") is a sentence opener, not a name.
        // Sized up front (about one word in three is new), so that the set is not rehashed
        // as it grows.
        let mut lower: HashSet<&str> = HashSet::with_capacity(words.len() / 3);
        lower.extend(
            words
                .all(text)
                .filter(|w| w.text.chars().next().is_some_and(char::is_lowercase))
                .map(|w| w.text),
        );
        // Capitalised words seen inside a sentence: only these can be one-word names where a
        // sentence opens ("Partial transcript as follows:" names nobody).
        // Each paragraph's sentence starts, found once for the three passes below.
        let starts_of: Vec<Vec<usize>> = paragraphs
            .iter()
            .map(|p| sentence_starts(text, p.clone()))
            .collect();
        let mut inside: HashSet<&str> = HashSet::new();
        // The paragraph of each word, found with a cursor (both are in text order).
        let mut pi = 0;
        for w in words.all(text) {
            while paragraphs.get(pi).is_some_and(|p| p.end <= w.start) {
                pi += 1;
            }
            let starts = starts_of.get(pi).map_or(&[][..], Vec::as_slice);
            if w.text.starts_with(char::is_uppercase) && !is_start(starts, w.start) {
                inside.insert(strip_possessive(w.text));
            }
        }
        let lower = Vocabulary { lower, inside };
        // Narration: paragraphs minus top-level quotations.
        let mut qi = 0;
        let top: Vec<&RawQuote> = quotes.iter().filter(|q| q.outer.is_none()).collect();
        for (p, starts) in paragraphs.iter().zip(&starts_of) {
            let mut cursor = p.start;
            while cursor < p.end {
                while qi < top.len() && top[qi].span.end <= cursor {
                    qi += 1;
                }
                let stop = top
                    .get(qi)
                    .map_or(p.end, |q| q.span.start.clamp(cursor, p.end));
                reg.scan(text, cursor..stop, starts, &lower, words);
                cursor = top.get(qi).map_or(p.end, |q| q.span.end.max(stop));
                if stop == p.end {
                    break;
                }
            }
        }
        reg.learn_genders(text, paragraphs, &starts_of, quotes);
        reg
    }

    /// Records the names in one stretch of narration.
    fn scan(
        &mut self,
        text: &str,
        range: Range<usize>,
        sentence_starts: &[usize],
        lower: &Vocabulary,
        words: &DocWords,
    ) {
        let ws = words.words(text, range.clone());
        let mut covered = range.start;
        // Where the last place named ends: "in Salem, New Hampshire" names two places.
        let mut place_end = usize::MAX;
        for w in &ws {
            if w.start < covered || !w.text.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let Ok((rest, head)) = titled_name(&text[w.start..range.end]) else {
                continue;
            };
            let end = range.end - rest.len();
            covered = end;
            let mut head = w.start + head.start..w.start + head.end;
            // A sentence's first word is capitalised whatever it is: "Rival Hillary Clinton".
            if is_start(sentence_starts, head.start) {
                let first = text[head.clone()].split_whitespace().next().unwrap_or("");
                if first.len() < head.len() && lower.lower.contains(&*lowercase(first)) {
                    head.start += first.len();
                    head.start += text[head.clone()].len() - text[head.clone()].trim_start().len();
                }
            }
            let head_text = strip_possessive(&text[head.clone()]);
            let single = !head_text.contains(' ');
            let at_sentence_start = is_start(sentence_starts, w.start);
            if single
                && at_sentence_start
                && (lower.lower.contains(&*lowercase(head_text))
                    || !lower.inside.contains(head_text))
            {
                continue;
            }
            if head_text.is_empty() {
                continue;
            }
            // Places are not speakers: "in New Hampshire", "from Mexico"; nor datelines and
            // shouted words ("CHICAGO —").
            let prev_word = text[range.start..w.start]
                .split_whitespace()
                .next_back()
                .unwrap_or("");
            let according = text[range.start..w.start]
                .trim_end()
                .ends_with("according to");
            let titled = head.start > w.start;
            let locative =
                !according && !titled && LEXICON.prepositions.get(prev_word) == Some(&true);
            let shouted = head_text.len() > 4 && !head_text.chars().any(char::is_lowercase);
            // "Mexican sovereignty", "American troops": a demonym used as an adjective.
            let next_word = text[end..range.end].split_whitespace().next().unwrap_or("");
            let demonym = single
                && ["ican", "ian", "ese", "ish", "ic"]
                    .iter()
                    .any(|s| head_text.ends_with(s))
                && next_word.starts_with(char::is_lowercase)
                && !LEXICON.is_cue(next_word)
                && !LEXICON.auxiliaries.contains(next_word);
            let after_place =
                !titled && place_end <= w.start && text[place_end..w.start].trim() == ",";
            if locative || after_place {
                place_end = end;
            }
            if locative || after_place || shouted || demonym {
                continue;
            }
            let mut roles: HashSet<String> = text[w.start..head.start]
                .split_whitespace()
                .map(|r| full_title(&r.trim_end_matches(['.', ',']).to_lowercase()).to_string())
                .collect();
            // A lower-case role right before the name ("port director Lena Brooks").
            let lead: Vec<&str> = text[range.start..w.start]
                .split_whitespace()
                .rev()
                .take(3)
                .collect();
            if lead
                .first()
                .is_some_and(|r| crate::extract::mention::role_of(r).is_some())
            {
                roles.extend(
                    lead.iter()
                        .take_while(|r| {
                            r.starts_with(char::is_lowercase) && !r.ends_with([',', '.'])
                        })
                        .map(|r| r.to_string()),
                );
            }
            let gender = text[w.start..head.start]
                .split_whitespace()
                .find_map(|t| LEXICON.titles.get(t).copied().flatten())
                .or_else(|| {
                    // In a fixed order: a set's order changes from run to run, and two roles
                    // of different genders must not give a different answer each time.
                    let mut sorted: Vec<&String> = roles.iter().collect();
                    sorted.sort();
                    sorted
                        .into_iter()
                        .find_map(|r| LEXICON.roles.get(r).and_then(|x| x.1))
                });
            let e = self.add(
                head_text,
                is_start(sentence_starts, head.start),
                roles,
                gender,
            );
            self.mentions.push((w.start, e));
        }
    }

    /// Adds a mention of `name`, merging it with an entity it names again.
    ///
    /// The entity's name is its fullest form seen inside a sentence; a form that opens a
    /// sentence counts only when there is no other, since any first word is capitalised there
    /// ("Injecting Clinton", "Rival Hillary Clinton").
    fn add(
        &mut self,
        name: &str,
        at_start: bool,
        roles: HashSet<String>,
        gender: Option<Gender>,
    ) -> usize {
        let org = is_organization(name);
        let full = name.to_lowercase();
        let key = if org {
            full.clone()
        } else {
            surname(name).to_lowercase()
        };
        let found = self
            .aliases
            .get(&full)
            .or_else(|| self.aliases.get(&key))
            .copied();
        let e = match found {
            Some(e) => {
                let ent = &mut self.entities[e];
                // Rank: a name of two words or more seen inside a sentence, then length.
                let rank = |n: &str, start: bool| (!start && n.contains(' '), n.len());
                if !org && rank(name, at_start) > rank(&ent.name, ent.name_at_start) {
                    ent.name = name.to_string();
                    ent.name_at_start = at_start;
                }
                ent.roles.extend(roles);
                ent.gender = ent.gender.or(gender);
                e
            }
            None => {
                let kind = if org {
                    SpeakerType::Organization
                } else {
                    SpeakerType::Person
                };
                self.entities.push(Entity {
                    name: name.to_string(),
                    name_at_start: at_start,
                    kind,
                    gender,
                    roles,
                });
                self.entities.len() - 1
            }
        };
        self.aliases.entry(full).or_insert(e);
        self.aliases.entry(key).or_insert(e);
        e
    }

    /// Gender evidence: a given name, else the pronouns that open the sentences after a
    /// mention ("Sheinbaum refused. She said…"), counted in the narration only.
    fn learn_genders(
        &mut self,
        text: &str,
        paragraphs: &[Range<usize>],
        starts_of: &[Vec<usize>],
        quotes: &[RawQuote],
    ) {
        let mut votes: Vec<(i32, i32)> = vec![(0, 0); self.entities.len()];
        let top: Vec<&RawQuote> = quotes.iter().filter(|q| q.outer.is_none()).collect();
        let mut qi = 0;
        let mut mi = 0;
        // The people named in the sentence before the current one (the mentions before its start).
        let mut previous: Vec<usize> = Vec::new();
        for (p, starts) in paragraphs.iter().zip(starts_of) {
            for &start in starts {
                previous.clear();
                while qi < top.len() && top[qi].span.end <= start {
                    qi += 1;
                }
                while mi < self.mentions.len() && self.mentions[mi].0 < start {
                    let e = self.mentions[mi].1;
                    if self.entities[e].kind == SpeakerType::Person && !previous.contains(&e) {
                        previous.push(e);
                    }
                    mi += 1;
                }
                if top.get(qi).is_some_and(|q| q.span.start <= start) {
                    continue;
                }
                let first = text[start..p.end].split_whitespace().next().unwrap_or("");
                let male = match first {
                    "He" | "His" => true,
                    "She" | "Her" => false,
                    _ => continue,
                };
                // Evidence only when one person was named just before.
                if let [e] = previous[..] {
                    if male {
                        votes[e].0 += 1;
                    } else {
                        votes[e].1 += 1;
                    }
                }
            }
        }
        for (e, ent) in self.entities.iter_mut().enumerate() {
            if ent.gender.is_some() || ent.kind != SpeakerType::Person {
                continue;
            }
            let given = ent
                .name
                .split_whitespace()
                .find_map(|f| LEXICON.first_names.get(f).copied());
            let (m, f) = votes[e];
            ent.gender = given.or(if m > f {
                Some(Gender::Male)
            } else if f > m {
                Some(Gender::Female)
            } else {
                None
            });
        }
    }

    /// Does the narration in `range` name anyone?
    pub fn names_someone(&self, range: Range<usize>) -> bool {
        let i = self.mentions.partition_point(|&(s, _)| s < range.start);
        self.mentions.get(i).is_some_and(|&(s, _)| s < range.end)
    }

    /// May mention `m` stand for a speaker found by a rule with no cue of its own (a
    /// sentence's subject)? A pronoun or a description may; a name only when it is someone
    /// the narration names (not a place, a dateline or a sentence opener).
    pub fn knows(&self, text: &str, m: &Found) -> bool {
        m.kind != MentionKind::Name || self.lookup(&text[m.head.clone()]).is_some()
    }

    /// The entity a name refers to.
    fn lookup(&self, name: &str) -> Option<usize> {
        let name = strip_possessive(name);
        // (Lower-cased without allocating: this is asked for every mention resolved.)
        self.aliases
            .get(&*lowercase(name))
            .or_else(|| self.aliases.get(&*lowercase(surname(name))))
            .copied()
    }

    /// The mentions before `at`, nearest first.
    fn before(&self, at: usize) -> impl Iterator<Item = usize> + '_ {
        let i = self.mentions.partition_point(|&(s, _)| s < at);
        self.mentions[..i].iter().rev().map(|&(_, e)| e)
    }

    /// Resolves a mention found by the attribution rules; `rule` is the attribution rule.
    pub fn resolve(&self, text: &str, f: &Found, rule: &'static str) -> Speaker {
        let mention = Some(Mention {
            start: f.span.start,
            end: f.span.end,
            text: text[f.span.clone()].to_string(),
        });
        let head = strip_possessive(&text[f.head.clone()]);
        let (entity, how) = match f.kind {
            MentionKind::Name => (self.lookup(head), "name"),
            MentionKind::Pronoun(k) => (self.pronoun(k, f.span.start), "pronoun"),
            MentionKind::Description(kind) => (self.description(text, f, kind), "description"),
        };
        match entity {
            Some(e) => {
                let ent = &self.entities[e];
                Speaker {
                    name: Some(ent.name.clone()),
                    mention,
                    kind: ent.kind,
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
                    mention,
                    kind,
                    rule: rule_name(rule, "unresolved"),
                }
            }
        }
    }

    fn pronoun(&self, k: PronounKind, at: usize) -> Option<usize> {
        let want = match k {
            PronounKind::Male => Some(Gender::Male),
            PronounKind::Female => Some(Gender::Female),
            PronounKind::Relative => return self.before(at).next(),
            PronounKind::Plural | PronounKind::Neuter => {
                return self
                    .before(at)
                    .take(6)
                    .find(|&e| self.entities[e].kind == SpeakerType::Organization)
            }
            PronounKind::First => return None,
        };
        let persons = || {
            self.before(at)
                .filter(|&e| self.entities[e].kind == SpeakerType::Person)
                .take(12)
        };
        persons()
            .find(|&e| self.entities[e].gender == want)
            .or_else(|| persons().find(|&e| self.entities[e].gender.is_none()))
    }

    fn description(&self, text: &str, f: &Found, kind: RoleKind) -> Option<usize> {
        let words_of: Vec<String> = text[f.span.clone()]
            .split_whitespace()
            .map(|w| {
                strip_possessive(w)
                    .trim_end_matches(['.', ','])
                    .to_lowercase()
            })
            .collect();
        let role = text[f.head.clone()].to_lowercase();
        let want = match kind {
            RoleKind::Person => SpeakerType::Person,
            RoleKind::Organization => SpeakerType::Organization,
        };
        let mut best: Option<(usize, usize)> = None;
        for e in self.before(f.span.start).take(15) {
            let ent = &self.entities[e];
            if ent.kind != want {
                continue;
            }
            let mut score = words_of.iter().filter(|w| ent.roles.contains(*w)).count() * 2;
            if ent.roles.contains(&role) {
                score += 2;
            }
            if matches!(
                role.as_str(),
                "leader" | "president" | "official" | "chief" | "head"
            ) && !ent.roles.is_empty()
            {
                score += 1;
            }
            if score > 0 && best.is_none_or(|(s, _)| score > s) {
                best = Some((score, e));
            }
        }
        best.map(|(_, e)| e)
    }
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
        other => other,
    }
}

/// The last word of a person's name, its surname ("Jr." and the like skipped).
fn surname(name: &str) -> &str {
    name.split_whitespace()
        .rev()
        .find(|w| !matches!(*w, "Jr." | "Sr." | "II" | "III" | "IV" | "Jr" | "Sr"))
        .unwrap_or(name)
}

/// The attribution rules that name a mention, which [`rule_name`] combines with the way the
/// mention was resolved. grammar/GRAMMAR.md describes each.
const ATTRIBUTION_RULES: &[&str] = &[
    "after",
    "dash",
    "before",
    "participle",
    "colon",
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
];
const RESOLUTIONS: &[&str] = &["name", "pronoun", "description", "unresolved"];

/// Every "rule+resolution" name, made once so that speakers can carry a `&'static str`.
static RULE_NAMES: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    ATTRIBUTION_RULES
        .iter()
        .flat_map(|r| RESOLUTIONS.iter().map(move |h| format!("{r}+{h}")))
        .collect()
});

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

#[cfg(test)]
mod tests {
    use crate::extract::extract;

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
