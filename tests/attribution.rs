//! Attribution on articles of invented people, as a new user writes them: roles no list
//! names, two people of one surname, gender from the article itself, descriptions that point
//! back to an appositive, partial quotations, titles kept apart from names.
//!
//! Each text of `fixtures/attribution/` is snapshotted as a reader would check it
//! (`snapshots/attribution_<fixture>.snap`), and [`who_said_it`] states, quotation by
//! quotation, the speaker and role a newsroom editor expects.

use std::fs;
use std::path::{Path, PathBuf};
use verbatim::extract::{extract, QuoteKind};

mod common;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixtures() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = fs::read_dir(root().join("fixtures/attribution"))
        .expect("fixtures/attribution is part of the repository")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
}

fn read(fixture: &str) -> String {
    let path = root()
        .join("fixtures/attribution")
        .join(format!("{fixture}.txt"));
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// (fixture, the quotation's first words, kind, speaker's name, speaker's role).
type Expected = (
    &'static str,
    &'static str,
    QuoteKind,
    Option<&'static str>,
    Option<&'static str>,
);

const EXPECTED: &[Expected] = {
    use QuoteKind::*;
    &[
        // Roles no list names, between the cue and the name.
        (
            "open-roles",
            "We cannot risk",
            Direct,
            Some("Ines Kowalczyk"),
            Some("harbour master"),
        ),
        (
            "open-roles",
            "The crossings",
            Direct,
            Some("Rob Mallory"),
            Some("ferry captain"),
        ),
        (
            "open-roles",
            "Two people",
            Direct,
            Some("Sofia Reyes"),
            Some("paramedic"),
        ),
        (
            "open-roles",
            "Both sides",
            Direct,
            Some("Lukas Brunner"),
            Some("Swiss mediator"),
        ),
        (
            "open-roles",
            "My children",
            Direct,
            Some("Amir Qasim"),
            Some("parent"),
        ),
        // An owner before the name is no role; "of" joins the words of a role.
        (
            "open-roles",
            "If we do not reach",
            Direct,
            Some("Corin Wheatley"),
            Some("ferry engineer"),
        ),
        (
            "open-roles",
            "Thank you all",
            Direct,
            Some("Ayodele Bankole-Hart"),
            Some("master of ceremonies"),
        ),
        (
            "open-roles",
            "The bridge will",
            Direct,
            Some("Marta Lindqvist"),
            Some("director of operations"),
        ),
        // A quotation alone in its paragraph, signed below by a dash and a name; a dash and a
        // description sign nothing, and an unsigned quotation has no speaker.
        (
            "signed-quotations",
            "We will not be lectured",
            Direct,
            Some("Marisol Quintero-Vance"),
            None,
        ),
        (
            "signed-quotations",
            "Nobody in this chamber",
            Direct,
            Some("Patrick Odhiambo"),
            Some("Sen."),
        ),
        ("signed-quotations", "Our members", Direct, None, None),
        ("signed-quotations", "Every school", Direct, None, None),
        // An office set off before a name ("ASUU National President, Prof. …,") names no one.
        // Honorifics of two words ("Tan Sri", "Datuk Seri"), neither word a title alone; the
        // honorific, the only title written, is the role.
        (
            "honorifics-abroad",
            "The bridge will be rebuilt",
            Direct,
            Some("Ahmad Faizal bin Rahim"),
            Some("Datuk Seri"),
        ),
        (
            "honorifics-abroad",
            "We must move up",
            Direct,
            Some("Koh Wai Leong"),
            Some("Tan Sri"),
        ),
        (
            "honorifics-abroad",
            "Childcare is an economic",
            Direct,
            Some("Rosnah Ismail-Harun"),
            Some("Datin Paduka"),
        ),
        (
            "honorifics-abroad",
            "Cooking oil prices",
            Direct,
            Some("Siti Aminah Yusof"),
            Some("Puan"),
        ),
        (
            "honorifics-abroad",
            "In 1993 we had",
            Direct,
            Some("Juma Otieno"),
            Some("Mwalimu"),
        ),
        (
            "honorifics-abroad",
            "The island will welcome",
            Direct,
            Some("Sri Mulyani Tambunan"),
            None,
        ),
        (
            "honorifics-abroad",
            "We have exhausted",
            Direct,
            Some("Chidinma Ezeaku-Okafor"),
            Some("ASUU National President"),
        ),
        // A name read again that is the end of a full name written before is that person.
        (
            "later-name-endings",
            "It is overdue",
            Direct,
            Some("A. R. Senthil Kumar"),
            Some("Food Safety Commissioner"),
        ),
        (
            "later-name-endings",
            "We want calm",
            Direct,
            Some("Ignacio Álvarez de la Torre"),
            Some("Foreign Minister"),
        ),
        (
            "later-name-endings",
            "The money is not",
            Direct,
            Some("Kiprono arap Chelimo"),
            Some("Majority Leader"),
        ),
        // Honorifics and titles of Australia, West Africa, India and US councils stand
        // before the name, not in it; so do Fiji's chiefly honorific and a pastor's title.
        (
            "honorifics-abroad",
            "We settled this",
            Direct,
            Some("Inoke Vatuloka"),
            Some("Ratu"),
        ),
        (
            "honorifics-abroad",
            "Nobody leaves here hungry",
            Direct,
            Some("Jim Pelham"),
            Some("Pastor"),
        ),
        (
            "honorifics-abroad",
            "We will vote",
            Direct,
            Some("Bronwyn Fitz-Hardinge"),
            Some("Cr"),
        ),
        (
            "honorifics-abroad",
            "The market will",
            Direct,
            Some("Umar Faruk Gambo"),
            Some("Alhaji"),
        ),
        (
            "honorifics-abroad",
            "Nobody will be spared",
            Direct,
            Some("Anitha Gopinathan Nair"),
            Some("Smt."),
        ),
        (
            "honorifics-abroad",
            "a blank cheque",
            Partial,
            Some("Dana Whitlock-Ferris"),
            Some("Councilor"),
        ),
        // A title written as a noun ("the Premier") is a description; a lower-case noun of a
        // person right before a name is the role, listed or not; a verb there is not.
        (
            "unlisted-role-nouns",
            "That is a mercy",
            Direct,
            Some("Catriona Moy-Fenwick"),
            Some("Queensland Premier"),
        ),
        (
            "unlisted-role-nouns",
            "They have promised",
            Direct,
            Some("Dot Kavanagh"),
            Some("publican"),
        ),
        (
            "unlisted-role-nouns",
            "They were faster",
            Direct,
            Some("Liam O'Rourke"),
            Some("Western Sydney Wanderers defender"),
        ),
        (
            "unlisted-role-nouns",
            "There will be no more",
            Direct,
            Some("Suresh Balakrishnan"),
            Some("Acting director-general"),
        ),
        (
            "unlisted-role-nouns",
            "We cannot pay",
            Direct,
            Some("Joan Mbeki-Lund"),
            None,
        ),
        // A name that modifies the person named next (an owner, a school before "senior") is
        // not the sentence's subject: the pronoun after it stands for that person.
        (
            "owners-and-modifiers",
            "Half my first-period",
            Direct,
            Some("Maya Lindqvist-Abara"),
            Some("senior"),
        ),
        (
            "owners-and-modifiers",
            "This is an investment",
            Direct,
            Some("Julian Lacey"),
            Some("Trevithick Leisure's director"),
        ),
        // An Arabic surname with its article in lower case is part of the name.
        (
            "surname-particles",
            "We will rebuild",
            Direct,
            Some("Bashar al-Assad"),
            Some("President"),
        ),
        (
            "surname-particles",
            "The tide is my clock",
            Direct,
            Some("Abdallah bin Salim al-Amoudi"),
            None,
        ),
        // Wrong readings a review of the session's rules found, refused: a group after "of"
        // is no role; a credit line under an introduced quotation does not take it over, nor
        // does a list line; a full name with a given name is not the end of another; a verb
        // after "to" is no role; a surname that is an office word or an honorific stays.
        ("review-refused", "We are scared", Direct, None, None),
        (
            "review-refused",
            "We will win this fight",
            Direct,
            Some("Joe Biden"),
            Some("President"),
        ),
        ("review-refused", "Lower taxes", Direct, None, None),
        (
            "review-refused",
            "We agree",
            Direct,
            Some("Ann Smith"),
            None,
        ),
        (
            "review-refused",
            "No comment",
            Direct,
            Some("Alan Zed"),
            None,
        ),
        (
            "review-refused",
            "It was a joy",
            Direct,
            Some("Anna Chancellor"),
            None,
        ),
        (
            "review-refused",
            "I am happy",
            Direct,
            Some("Oba Shinji"),
            None,
        ),
        // A full name resolves to that person; an honorific tells two of one surname apart.
        (
            "same-surname",
            "We have made",
            Direct,
            Some("Lukas Brunner"),
            Some("mediator"),
        ),
        (
            "same-surname",
            "He never asked",
            Direct,
            Some("Anna Brunner"),
            Some("wife"),
        ),
        (
            "same-surname",
            "The library",
            Direct,
            Some("Harold Pruitt"),
            Some("mayor"),
        ),
        (
            "same-surname",
            "I will keep",
            Direct,
            Some("Ellen Pruitt"),
            Some("wife"),
        ),
        // A quotation that stands as its own sentence with its full stop after the closing
        // mark, as outlets that punctuate logically write it, takes the narration's speaker.
        (
            "full-stops-after-closing-marks",
            "I think one of the stronger",
            Direct,
            Some("Tomas Vell"),
            None,
        ),
        // A description a country owns stands only for someone named with that country: not
        // the nearest foreign minister, who is another country's.
        (
            "descriptions-owned-by-other-countries",
            "to act in silence",
            Partial,
            None,
            None,
        ),
        (
            "descriptions-owned-by-other-countries",
            "We will not look away",
            Direct,
            Some("Ada Quill"),
            Some("Foreign Minister"),
        ),
        // An office of two words alone in a headline is its holder; a capitalised word after
        // "the" and a year names no one a "she" may stand for.
        (
            "offices-alone-in-headlines",
            "This meeting will be",
            Direct,
            Some("Ana Vell"),
            Some("Foreign Minister"),
        ),
        (
            "offices-alone-in-headlines",
            "Engagement on climate",
            Direct,
            Some("Ana Vell"),
            Some("Foreign Minister"),
        ),
        // An office of up to fifteen capitalised words and the little words that join them
        // sets off its holder; a portfolio no ending tells ("Trade") is a field's noun, and
        // "Foreign" an adjective of one; after a field joined by "and", a word no field's
        // noun is opens the holder's name; "Undersecretary" is a title.
        (
            "long-offices-and-their-fields",
            "There is a contingency plan",
            Direct,
            Some("Judha Nugraha"),
            Some("Director of Protection for Citizens at the Vellish Ministry of Foreign Affairs"),
        ),
        (
            "long-offices-and-their-fields",
            "This meeting is another",
            Direct,
            Some("Kamina Johnson Smith"),
            Some("Minister of Foreign Affairs and Foreign Trade"),
        ),
        (
            "long-offices-and-their-fields",
            "We want the tariffs gone",
            Direct,
            Some("Tomas Quill"),
            Some("Minister of Foreign Trade"),
        ),
        (
            "long-offices-and-their-fields",
            "serious",
            Partial,
            Some("Ernesto C. Vell"),
            Some("Foreign Affairs Undersecretary"),
        ),
        (
            "long-offices-and-their-fields",
            "Special flights have been",
            Direct,
            Some("Kiran Deshmukh"),
            Some("Minister of State for External Affairs and Parliamentary Affairs"),
        ),
        // A name after a place and a comma is the place's region only where no verb in the
        // past follows it: "in Panama, Johnson Smith framed" names the minister.
        (
            "subjects-after-places-and-commas",
            "As in any family",
            Direct,
            Some("Kamina Johnson Smith"),
            Some("Vellish Foreign Minister"),
        ),
        // "the", an office in capitals and its holder's name: that person, not the nearest
        // secretary; a place that owns a body ("Vellmark’s news agency") is no one a "she"
        // stands for, nor evidence of anyone's gender.
        (
            "offices-after-the-and-agencies-that-quote",
            "It is a failure",
            Direct,
            Some("Ana Quill"),
            Some("Marlovian Secretary of State"),
        ),
        (
            "offices-after-the-and-agencies-that-quote",
            "The sanctions against me",
            Direct,
            Some("Nadia Orr"),
            Some("Vellish Foreign Minister"),
        ),
        (
            "offices-after-the-and-agencies-that-quote",
            "the talks had failed",
            Partial,
            Some("Nadia Orr"),
            Some("Vellish Foreign Minister"),
        ),
        // A couple written with one surname ("Amara and Kevin Osei"): the given name before
        // "and" is a person of that surname, whom "Ms Osei" and "Amara" name; and each given
        // name alone names its person ("Rory said").
        (
            "couples-of-one-surname",
            "Tourists stopped coming",
            Direct,
            Some("Kevin Osei"),
            None,
        ),
        (
            "couples-of-one-surname",
            "It broke my heart",
            Direct,
            Some("Amara Osei"),
            None,
        ),
        (
            "couples-of-one-surname",
            "We will stay",
            Direct,
            Some("Amara Osei"),
            None,
        ),
        (
            "couples-of-one-surname",
            "People thought we were mad",
            Direct,
            Some("Tamsin Vellacott"),
            None,
        ),
        (
            "couples-of-one-surname",
            "We had to add chairs",
            Direct,
            Some("Rory Vellacott"),
            None,
        ),
        // A surname after an honorific that fits two people of that surname, neither's gender
        // told where it stands, is chosen again once the article has told them: "he had
        // worked the farm" makes Declan the man, so "Ms Marrow" is Brigid.
        (
            "honorifics-chosen-by-the-articles-genders",
            "I was told it would",
            Direct,
            Some("Brigid Marrow"),
            None,
        ),
        (
            "honorifics-chosen-by-the-articles-genders",
            "I have given my whole",
            Direct,
            Some("Declan Marrow"),
            None,
        ),
        // Quotations joined by "and" before the clause that reports them both.
        (
            "coordinated-before-their-cue",
            "reckless",
            Partial,
            Some("Tomas Quill"),
            Some("Councillor"),
        ),
        (
            "coordinated-before-their-cue",
            "unworkable",
            Partial,
            Some("Tomas Quill"),
            Some("Councillor"),
        ),
        // Two people of one surname: an honorific goes to the one of its gender, by the list of
        // given names where the article tells nothing; a widow is not the husband her
        // apposition names.
        (
            "spouses-of-one-surname",
            "We lost everything",
            Direct,
            Some("Priya Naidoo"),
            None,
        ),
        (
            "spouses-of-one-surname",
            "It will take a year",
            Direct,
            Some("Kevin Naidoo"),
            None,
        ),
        (
            "spouses-of-one-surname",
            "Nobody told us",
            Direct,
            Some("Bell"),
            Some("widow of Tom Bell"),
        ),
        (
            "spouses-of-one-surname",
            "I want answers",
            Direct,
            Some("Bell"),
            Some("widow of Tom Bell"),
        ),
        // Gender from the article's pronouns, not a list of given names; a subject before
        // the object of a preposition ("the farms of Arroyo Valley").
        (
            "pronoun-gender",
            "These families",
            Direct,
            Some("Carla Mendes"),
            Some("Sen."),
        ),
        (
            "pronoun-gender",
            "The state must",
            Direct,
            Some("Carla Mendes"),
            Some("Sen."),
        ),
        (
            "pronoun-gender",
            "We needed",
            Direct,
            Some("Tomas Ferreira"),
            Some("chair"),
        ),
        // "According to" opening a sentence names a person, not a place; the comma after the
        // name opens no appositive where a quotation cuts the phrase ("the council “…”").
        (
            "according-to-names",
            "never voted",
            Partial,
            Some("Dana Whitfield"),
            None,
        ),
        (
            "according-to-names",
            "It was never",
            Direct,
            Some("Dana Whitfield"),
            None,
        ),
        // Titles written without their dot, as British style has them; an honorific is how
        // a person is addressed, not their role.
        (
            "undotted-titles",
            "a clear message",
            Partial,
            Some("Fiona Tait"),
            Some("Corruption Commission chair"),
        ),
        (
            "undotted-titles",
            "Public office",
            Direct,
            Some("Fiona Tait"),
            Some("Corruption Commission chair"),
        ),
        (
            "undotted-titles",
            "keeping an open",
            Partial,
            Some("Rachel Thornbury"),
            Some("Det Insp"),
        ),
        (
            "undotted-titles",
            "shambolic",
            Partial,
            Some("Tom Pickering"),
            Some("Cllr"),
        ),
        // A surname that opens with a particle is the surname alone, whatever its case.
        // Māori "Te" opens a surname; Urdu "ul" joins a name.
        (
            "surname-particles",
            "Our land should",
            Direct,
            Some("Tama Te Rangi-Whitaker"),
            Some("Associate Finance Minister"),
        ),
        (
            "surname-particles",
            "We will act",
            Direct,
            Some("Noor ul Ain Chaudhry"),
            Some("provincial minister"),
        ),
        (
            "surname-particles",
            "Durban is the",
            Direct,
            Some("Pieter van der Berg"),
            Some("Port chief"),
        ),
        (
            "surname-particles",
            "Every week",
            Direct,
            Some("Aoife Ní Bhriain"),
            Some("Housing campaigner"),
        ),
        (
            "surname-particles",
            "We have learnt",
            Direct,
            Some("Ravi Shankar Menon"),
            Some("Union Minister for Communications"),
        ),
        // A dateline's place is no sentence's subject; a name in apposition to the
        // subject is the speaker.
        (
            "dateline-subject",
            "throw good money",
            Partial,
            Some("Katharina Lindqvist-Bauer"),
            Some("economy minister"),
        ),
        (
            "dateline-subject",
            "reckless",
            Partial,
            Some("Harbor Commission"),
            None,
        ),
        // What the rules of 2 Dec must not take: a particle-shaped given name is no other
        // Jones's surname; "not too long ago" is no infinitive; a party or a place after a
        // senator's name is not the speaker; a letter's words are not its addressee's; a time
        // is no role; a dash in mid-paragraph is no dateline.
        (
            "particles-and-asides-refused",
            "failing badly",
            Partial,
            Some("Ann Jones"),
            Some("teacher"),
        ),
        (
            "particles-and-asides-refused",
            "doing fine",
            Partial,
            Some("Van Jones"),
            Some("Commentator"),
        ),
        (
            "particles-and-asides-refused",
            "The plan was doomed",
            Direct,
            Some("John Smith"),
            None,
        ),
        (
            "particles-and-asides-refused",
            "dead on arrival",
            Partial,
            Some("Lisa Murkowski"),
            Some("Sen."),
        ),
        (
            "particles-and-asides-refused",
            "not back down",
            Partial,
            None,
            None,
        ),
        (
            "particles-and-asides-refused",
            "innocent of everything",
            Partial,
            Some("Rita Okafor"),
            None,
        ),
        (
            "particles-and-asides-refused",
            "reckless and dangerous",
            Nonspeech,
            None,
            None,
        ),
        // A pronoun with its verb contracted ("She’s calling", "He's argued") is a
        // pronoun; a name's dash that opens an aside is no dateline; "Leeds-born" names
        // no one.
        (
            "contracted-pronouns",
            "a scandal for every",
            Partial,
            Some("Ruth Okonjo"),
            Some("Harbour commissioner"),
        ),
        (
            "contracted-pronouns",
            "must answer for it",
            Partial,
            Some("Ruth Okonjo"),
            Some("Harbour commissioner"),
        ),
        (
            "contracted-pronouns",
            "never realistic",
            Partial,
            Some("Dev Raman"),
            Some("Councillor"),
        ),
        (
            "contracted-pronouns",
            "years of disruption",
            Partial,
            Some("Tomasz Wojcik"),
            Some("chair"),
        ),
        // A statement issued before the quotation is its subject's ("issued a short written
        // statement, “…”", past an opening "Immediately after the vote,"); "reacted" stands
        // before its speaker.
        (
            "statement-noun",
            "The council has let",
            Direct,
            Some("Laura Benson"),
            Some("Mayor"),
        ),
        (
            "statement-noun",
            "Nobody asked",
            Direct,
            Some("Omar Haddad"),
            Some("deputy"),
        ),
        ("statement-noun", "The board will not", Direct, None, None),
        // Someone else's statement, circulated: not the subject's words. "Kelly" is no
        // adverb opening the sentence.
        ("statement-noun", "I will not resign", Direct, None, None),
        (
            "statement-noun",
            "We will appeal",
            Direct,
            Some("Mark Kelly"),
            Some("Senator"),
        ),
        // Canadian titles with their dots ("Coun.", "Det. Sgt.", "Cst.") are titles, and
        // their dots end no sentence; a name after a place and a comma is a place ("in
        // Brandon, Manitoba") unless a cue follows it ("…, Roe said").
        (
            "canadian-titles",
            "We need more buses",
            Direct,
            Some("Gus Papadakis"),
            Some("Coun."),
        ),
        (
            "canadian-titles",
            "The investigation is",
            Direct,
            Some("Fiona Glass"),
            Some("Det. Sgt."),
        ),
        (
            "canadian-titles",
            "He is lucky",
            Direct,
            Some("Amrit Dhaliwal"),
            Some("RCMP Cst."),
        ),
        (
            "canadian-titles",
            "We have paid more",
            Direct,
            Some("Jane Roe"),
            Some("Premier"),
        ),
        // A role in apposition, with its complement ("a spokesperson for the minister") or
        // as an office ("the NDP MP for Hamilton Centre"), over an honorific alone.
        (
            "appositive-roles",
            "hiding behind lawyers",
            Partial,
            Some("Carys Maddox-Lachance"),
            Some("NDP MP for Hamilton Centre"),
        ),
        (
            "appositive-roles",
            "The door is open",
            Direct,
            Some("Jean-François Lévesque"),
            Some("spokesperson for the minister"),
        ),
        (
            "appositive-roles",
            "protect market access",
            Partial,
            Some("Yvette Boudreau-Nguyen"),
            Some("spokesperson for the agency"),
        ),
        (
            "appositive-roles",
            "respects the duty",
            Partial,
            Some("Trevor Halloway"),
            Some("Minister of Northern Development"),
        ),
        (
            "appositive-roles",
            "We are seeing children",
            Direct,
            Some("Saima Zahid"),
            Some("pulmonologist at Mayo Hospital"),
        ),
        // A sign's words are no one's speech; a letter's are its writer's.
        ("sign-reading", "Safe Streets Now", Nonspeech, None, None),
        (
            "sign-reading",
            "We will not wait",
            Partial,
            Some("Ruth Abara"),
            Some("Councillor"),
        ),
        // No person is named: "she" stands for nobody rather than for a show's name.
        ("pronoun-no-person", "We will not", Direct, None, None),
        // A pronoun stands for the subject of its sentence or the one before, not for a
        // name after it, nor for one in an opening phrase or a dateline.
        (
            "pronoun-subject",
            "We are close",
            Direct,
            Some("Eero Lahti"),
            Some("Trade minister"),
        ),
        (
            "pronoun-subject",
            "It went well",
            Direct,
            Some("Eero Lahti"),
            Some("Trade minister"),
        ),
        // A description stands for the appositive's person, or the organisation it names.
        (
            "description-appositive",
            "We are disappointed",
            Direct,
            Some("Kelly Marsh"),
            Some("State Department spokeswoman"),
        ),
        (
            "description-appositive",
            "We will appeal",
            Direct,
            Some("Northwind Energy"),
            Some("wind power company"),
        ),
        (
            "description-appositive",
            "Safety comes first",
            Direct,
            Some("Port Authority of Calder Bay"),
            None,
        ),
        // A spokesperson speaks for the organisation it names; a person's name is not one.
        (
            "spokespeople-and-owners",
            "We understand this",
            Direct,
            Some("Associated Humber Ports"),
            Some("spokeswoman"),
        ),
        (
            "spokespeople-and-owners",
            "The berths stay open",
            Direct,
            Some("Calder Marine"),
            Some("spokesman"),
        ),
        (
            "spokespeople-and-owners",
            "Nobody asked us",
            Direct,
            None,
            None,
        ),
        // A title alone, as a headline writes it, is the one who holds it, named before or
        // after; with no one holding it, it stays as written.
        (
            "lone-titles",
            "dangerous hours ahead",
            Partial,
            Some("Catriona Moy-Fenwick"),
            Some("Queensland Premier"),
        ),
        (
            "lone-titles",
            "temporary and fair",
            Partial,
            Some("Ravi Menon"),
            Some("Agriculture Minister"),
        ),
        (
            "lone-titles",
            "no new taxes",
            Partial,
            Some("Chancellor"),
            None,
        ),
        // A cue's word after a determiner is a noun ("in the state", "the emails").
        (
            "cue-words-as-nouns",
            "to forestall",
            Partial,
            Some("Omolola Akinyemi-Odutola"),
            Some("SP"),
        ),
        (
            "cue-words-as-nouns",
            "top secret",
            Partial,
            Some("Carson"),
            None,
        ),
        // An owner ("Trevithick Leisure's") is not the subject: the person it owns is; "’s"
        // for "has" is no owner. "chairman" tells no gender.
        (
            "owners-of-people",
            "This is an investment",
            Direct,
            Some("Julian de Montfort-Lacey"),
            Some("managing director"),
        ),
        (
            "owners-of-people",
            "You have not been involved",
            Direct,
            Some("Chris Christie"),
            None,
        ),
        (
            "owners-of-people",
            "It's possible",
            Direct,
            Some("Mark Cuban"),
            None,
        ),
        // "her office", "his campaign", "its spokesman" speak for whom the pronoun stands for.
        (
            "owned-offices",
            "unrealistic revenue",
            Partial,
            Some("Margaret Wekesa"),
            Some("controller"),
        ),
        (
            "owned-offices",
            "a step too far",
            Partial,
            Some("David Vitter"),
            Some("Senator"),
        ),
        (
            "owned-offices",
            "look at every option",
            Partial,
            Some("Harbour Board"),
            None,
        ),
        // A cue's base form before a subject that a cue of its own reports is the
        // subject's adjective: the cue is the verb after it.
        (
            "cue-words-as-adjectives",
            "The budget is late",
            Direct,
            Some("Tom Berg"),
            Some("state Senate leader"),
        ),
        (
            "cue-words-as-adjectives",
            "We need more time",
            Direct,
            None,
            None,
        ),
        (
            "cue-words-as-adjectives",
            "The inmates are safe",
            Direct,
            None,
            None,
        ),
        // A role of a body, then its holder's name set off by commas, before the cue: the
        // holder speaks, not the body.
        (
            "holders-set-off-after-bodies",
            "Our graduates are leaving",
            Direct,
            Some("Agnes Nakato"),
            Some("Prof"),
        ),
        (
            "holders-set-off-after-bodies",
            "Without overseas students",
            Direct,
            Some("Ruth Akande-Vell"),
            Some("Professor"),
        ),
        (
            "holders-set-off-after-bodies",
            "The dredging is finished",
            Direct,
            Some("Samuel Otieno"),
            Some("chairman of the Vell Ports Authority"),
        ),
        (
            "holders-set-off-after-bodies",
            "We were not consulted",
            Direct,
            None,
            None,
        ),
        // The kin or the lawyers of a person named after "of" or "for" speak as a group:
        // the person does not (nor the name's last word, read alone).
        // (Nor where the person was named before: the family is no varied description of
        // the person it is named for.)
        (
            "relatives-and-lawyers",
            "We were never told why",
            Direct,
            None,
            None,
        ),
        (
            "relatives-and-lawyers",
            "He was a kind man",
            Direct,
            None,
            None,
        ),
        (
            "relatives-and-lawyers",
            "We just want the truth",
            Direct,
            None,
            None,
        ),
        (
            "relatives-and-lawyers",
            "Our client is innocent",
            Direct,
            None,
            None,
        ),
        (
            "relatives-and-lawyers",
            "She was a bright girl",
            Direct,
            None,
            None,
        ),
        (
            "relatives-and-lawyers",
            "He deserved better",
            Direct,
            None,
            None,
        ),
        (
            "relatives-and-lawyers",
            "The charges are baseless",
            Direct,
            None,
            None,
        ),
        // "and" inside an organisation's name whose noun is not its last word, or after a
        // plural's possessive; not between a person and an organisation.
        (
            "organisations-joined-by-and",
            "The water was a metre",
            Direct,
            Some("Daud Hamzah Karim"),
            Some("chief"),
        ),
        (
            "organisations-joined-by-and",
            "Our members have not been paid",
            Direct,
            Some("Rail and Maritime Workers’ Union"),
            None,
        ),
        (
            "organisations-joined-by-and",
            "The line will reopen",
            Direct,
            Some("Tomas Kell"),
            None,
        ),
        // An office written in capitals, set off after a name, is the person's role: "the
        // minister" is that person.
        (
            "offices-in-capitals-set-off-after-names",
            "I will go to the shelters",
            Direct,
            Some("Desmond Vell"),
            Some("Minister of Local Government and Community Development"),
        ),
        (
            "offices-in-capitals-set-off-after-names",
            "We have enough staff",
            Direct,
            Some("Ana Ruiz"),
            Some("Health Minister"),
        ),
        // Honorifics of office and of profession that were read as names; an office's field
        // of two words ("Water Resources") before a holder of three.
        (
            "honorifics-of-office-and-profession",
            "The dam will be finished",
            Direct,
            Some("Ahsan Raza Vellani"),
            Some("Federal Minister for Water Resources"),
        ),
        (
            "honorifics-of-office-and-profession",
            "Sustainability is now",
            Direct,
            Some("Hessa Rashid Al Marrowi"),
            Some("H.E. Eng."),
        ),
        (
            "honorifics-of-office-and-profession",
            "The road will be tarred",
            Direct,
            Some("Musa Bello"),
            Some("Engr."),
        ),
        (
            "honorifics-of-office-and-profession",
            "Workers deserve a living",
            Direct,
            Some("Yusuf Ibrahim-Kell"),
            Some("Comrade"),
        ),
        (
            "honorifics-of-office-and-profession",
            "The kitchen will stay open",
            Direct,
            Some("Harinder Singh Vell"),
            Some("Giani"),
        ),
        (
            "honorifics-of-office-and-profession",
            "Relief is on its way",
            Direct,
            Some("Derrick Vellacott"),
            Some("Mayor of Black River"),
        ),
        // Offices by their acronyms: a title before the name ("Marrowby CM"), and "the CS"
        // for the one whose office's capitalised words spell it; a party's acronym in a
        // nominee's role stays the party's.
        (
            "offices-by-their-acronyms",
            "Rehabilitation will take months",
            Direct,
            Some("Priya Vellan"),
            Some("Marrowby CM"),
        ),
        (
            "offices-by-their-acronyms",
            "The accused was known",
            Direct,
            Some("Anand Kell"),
            Some("Deputy Commissioner of Police"),
        ),
        (
            "offices-by-their-acronyms",
            "Officers are in every village",
            Direct,
            Some("Hassan Obiri"),
            Some("Interior Cabinet Secretary"),
        ),
        (
            "offices-by-their-acronyms",
            "We will fight on",
            Direct,
            Some("VLP"),
            None,
        ),
        (
            "offices-by-their-acronyms",
            "The ward is full",
            Direct,
            Some("CM Joseph"),
            Some("superintendent"),
        ),
        (
            "offices-by-their-acronyms",
            "Roads into the city",
            Direct,
            Some("Harvinder Vell"),
            Some("Marrowby DCP"),
        ),
        (
            "offices-by-their-acronyms",
            "The order is void",
            Direct,
            Some("CS Raghavan"),
            Some("senior advocate"),
        ),
        (
            "offices-by-their-acronyms",
            "We will expand to the north",
            Direct,
            Some("ACP Logistics"),
            None,
        ),
        // Court reports: counsel named by whom they act for, their name set off after it,
        // a rank in capitals after the name, a role no list names before it.
        (
            "counsel-set-off-after-their-clients",
            "no option",
            Partial,
            Some("Ruth Akinyi"),
            Some("Judge"),
        ),
        (
            "counsel-set-off-after-their-clients",
            "turned his life around",
            Partial,
            Some("Niamh Vell"),
            None,
        ),
        (
            "counsel-set-off-after-their-clients",
            "never trained for a storm",
            Partial,
            Some("Emeka Obi-Nnadi"),
            Some("Counsel for the families"),
        ),
        (
            "counsel-set-off-after-their-clients",
            "did not cover gross negligence",
            Partial,
            Some("Tomas Kell"),
            Some("senior advocate"),
        ),
        (
            "counsel-set-off-after-their-clients",
            "My client will appeal",
            Direct,
            Some("Lwazi Mensah"),
            Some("advocate"),
        ),
        (
            "counsel-set-off-after-their-clients",
            "We will study the judgment",
            Direct,
            Some("Dana Pell"),
            Some("lawyer for the accused"),
        ),
        (
            "counsel-set-off-after-their-clients",
            "suffered enough",
            Partial,
            Some("Grace Adeyemi"),
            Some("Counsel for Mr Bello"),
        ),
        // Kin and lawyers described after a quotation, their people after "of" or "for":
        // the description speaks, unresolved, not the speaker of the paragraph before.
        (
            "kin-described-after-quotations",
            "He went to sea every day",
            Direct,
            None,
            None,
        ),
        (
            "kin-described-after-quotations",
            "They should never have sailed",
            Direct,
            None,
            None,
        ),
        (
            "kin-described-after-quotations",
            "Our clients want answers",
            Direct,
            None,
            None,
        ),
        (
            "kin-described-after-quotations",
            "We forgive no one yet",
            Direct,
            None,
            None,
        ),
        (
            "kin-described-after-quotations",
            "He was the best of us",
            Direct,
            None,
            None,
        ),
        (
            "kin-described-after-quotations",
            "It is a sad day for the town",
            Direct,
            None,
            None,
        ),
        (
            "kin-described-after-quotations",
            "She never gave up hope",
            Direct,
            None,
            None,
        ),
        (
            "kin-described-after-quotations",
            "We have done all we can",
            Direct,
            Some("Ines Kowalczyk"),
            Some("harbour master"),
        ),
        // A "he" or "she" after a sentence's opening phrase is its subject, not the name the
        // sentence goes on to give ("he said the floods had cut off Marrowby"); "Lt Gen" and
        // "Maj Gen" are ranks of two words.
        (
            "pronouns-before-names-in-their-sentences",
            "The roads will be open again",
            Direct,
            Some("Inam Vell"),
            Some("Lt Gen"),
        ),
        (
            "pronouns-before-names-in-their-sentences",
            "We have boats on every river",
            Direct,
            Some("Ruth Obi"),
            Some("Maj Gen"),
        ),
        // A participle that describes the mention is no cue: the finite cue after it is
        // (the snapshot shows the cue, "said").
        (
            "participles-before-cues",
            "The deal is done",
            Direct,
            None,
            None,
        ),
        ("participles-before-cues", "It is over", Direct, None, None),
        (
            "participles-before-cues",
            "We will win this",
            Direct,
            Some("Ana Ruiz"),
            None,
        ),
        // A person after "from", of any verb: a given name first, or a person's noun in
        // the description set off after the name; not a place so described.
        (
            "people-after-from",
            "The sheer size",
            Direct,
            Some("Gwyn Rees"),
            None,
        ),
        // A nickname inside a name is no quotation, and the name around it is one person's:
        // the given name before it, with its titles, and the surname after it.
        ("nicknames", "Cardo", Nonspeech, None, None),
        ("nicknames", "Cia", Nonspeech, None, None),
        (
            "nicknames",
            "We lost everything",
            Direct,
            Some("Ricardo dela Cruz"),
            Some("Barangay captain"),
        ),
        (
            "nicknames",
            "The nation is watching",
            Direct,
            Some("Marcia Price"),
            None,
        ),
        (
            "nicknames",
            "stay humble",
            Partial,
            Some("Tomas Arkwright"),
            None,
        ),
        (
            "nicknames",
            "We will win the rematch",
            Direct,
            Some("Manny Villaruel"),
            None,
        ),
        (
            "nicknames",
            "We proved the old guard",
            Direct,
            Some("Tomas Arkwright"),
            None,
        ),
        // (After a cue and a role no list holds, the nickname does not end the clause.)
        (
            "nicknames",
            "We trained hard",
            Direct,
            Some("Kofi Mensah"),
            Some("boxer"),
        ),
        // (The place a nicknamed person serves, after "of", is no part of the surname.)
        (
            "nicknames",
            "We learned the hard way",
            Direct,
            Some("Roberto Alcantara"),
            Some("Mayor"),
        ),
        // A name after a preposition and "the" is its object, not a subject a pronoun
        // stands for.
        (
            "objects-past-determiners",
            "Being heard",
            Direct,
            Some("Louis-Philippe Bastien"),
            Some("Grand Chief"),
        ),
        (
            "objects-past-determiners",
            "We will appeal",
            Direct,
            Some("Omar Haddad"),
            None,
        ),
        // A description set off before the name it describes is that person.
        (
            "spokespeople-and-owners",
            "messy but not broken",
            Partial,
            Some("Tom Whitaker"),
            Some("analyst"),
        ),
        // An owner's long name before the role: the role is what follows it.
        (
            "spokespeople-and-owners",
            "There will be no more",
            Direct,
            Some("Suresh Balakrishnan"),
            Some("acting director-general"),
        ),
        // Partial quotations take the speaker of their reporting clause; a so-called word
        // and a song's title are not speech.
        (
            "partial-quotes",
            "dangerous",
            Partial,
            Some("Dana Whitfield"),
            Some("Opposition leader"),
        ),
        (
            "partial-quotes",
            "not serious",
            Partial,
            Some("Dana Whitfield"),
            Some("Opposition leader"),
        ),
        (
            "partial-quotes",
            "hurt every family",
            Partial,
            Some("Dana Whitfield"),
            Some("Opposition leader"),
        ),
        (
            "partial-quotes",
            "a reckless gamble",
            Partial,
            Some("Marco Ruiz"),
            Some("Finance critic"),
        ),
        (
            "partial-quotes",
            "cannot afford",
            Partial,
            Some("Marco Ruiz"),
            Some("Finance critic"),
        ),
        ("partial-quotes", "investors", Nonspeech, None, None),
        ("partial-quotes", "Harbour Lights", Nonspeech, None, None),
        // The name alone, the title or role as written in its own field.
        (
            "roles-in-names",
            "We will not send",
            Direct,
            Some("Pieter van der Berg"),
            Some("Defence Minister"),
        ),
        (
            "roles-in-names",
            "The film is",
            Direct,
            Some("Nadia Kovac"),
            Some("Filmmaker"),
        ),
        (
            "roles-in-names",
            "The review",
            Direct,
            Some("Paul Lindqvist"),
            Some("Deputy Defense Secretary"),
        ),
        (
            "roles-in-names",
            "We are ready",
            Direct,
            Some("Pieter van der Berg"),
            Some("Defence Minister"),
        ),
        (
            "roles-in-names",
            "We will vote no",
            Direct,
            Some("Ruth Abara"),
            Some("Councillor"),
        ),
        // Between the speaker and the cue: a phrase of time, an adverb; after the cue, "the"
        // and a title, a role that opens with a number.
        (
            "between-subject-and-cue",
            "a betrayal",
            Partial,
            Some("Mira Holt"),
            Some("Councillor"),
        ),
        (
            "between-subject-and-cue",
            "The bridge will open",
            Direct,
            Some("Samuel Okafor"),
            Some("Rev."),
        ),
        (
            "between-subject-and-cue",
            "It was the only road",
            Direct,
            Some("Teresa Lund"),
            Some("9/11 widow"),
        ),
        (
            "between-subject-and-cue",
            "The water always wins",
            Direct,
            Some("Ada Brandt"),
            Some("grandmother"),
        ),
        (
            "between-subject-and-cue",
            "Build it high",
            Direct,
            None,
            None,
        ),
        // Elisions are no quotation marks.
        (
            "apostrophes",
            "It is the music",
            Direct,
            Some("Maya Olsen"),
            Some("curator"),
        ),
        // A spokesperson's "she" stands for the organisation; one with no named owner speaks
        // for the organisation the sentence before has as its subject, not for a person's.
        (
            "unnamed-spokespeople",
            "Safety has to come first",
            Direct,
            Some("Harrowgate Ferry Services"),
            Some("spokeswoman"),
        ),
        (
            "unnamed-spokespeople",
            "People are stranded",
            Direct,
            Some("Mairead Quinlan"),
            Some("Councillor"),
        ),
        (
            "unnamed-spokespeople",
            "as soon as it is safe",
            Partial,
            Some("Dunmore Grid Networks"),
            None,
        ),
        (
            "unnamed-spokespeople",
            "The senator has other",
            Direct,
            None,
            None,
        ),
        ("unnamed-spokespeople", "beyond words", Partial, None, None),
        // A quotation paragraph after a paragraph whose last sentence reports speech is that
        // speaker's; not when the clause says nobody spoke, nor when an attribution follows
        // (which names its own speaker: "“…!” beamed Harold Finch").
        (
            "reporting-paragraphs",
            "They are expected",
            Direct,
            Some("Thandiwe Mokoena"),
            Some("Police spokesperson Captain"),
        ),
        (
            "reporting-paragraphs",
            "We believe our people",
            Direct,
            Some("Bongani Sithole"),
            Some("Regional secretary"),
        ),
        (
            "reporting-paragraphs",
            "This is fantastic",
            Direct,
            Some("Harold Finch"),
            None,
        ),
        (
            "reporting-paragraphs",
            "Nobody has told us",
            Direct,
            None,
            None,
        ),
        // A name first written after "the" is no person's: "she" and "he" pass it by.
        (
            "named-after-the",
            "Every rupee",
            Direct,
            Some("Kavitha Raman"),
            Some("Finance Minister"),
        ),
        (
            "named-after-the",
            "We will deliver them",
            Direct,
            Some("Tomasz Wierzbicki"),
            Some("Ambassador"),
        ),
        // An acronym in parentheses after an organisation's name is another name of it, and
        // its spokesman (and his "he") speaks for it.
        (
            "organisation-acronyms",
            "to better understand",
            Partial,
            Some("Rivers Protection Agency"),
            Some("spokesman"),
        ),
        (
            "organisation-acronyms",
            "The findings will be used",
            Direct,
            Some("Rivers Protection Agency"),
            Some("spokesman"),
        ),
        (
            "organisation-acronyms",
            "significant amount of rain",
            Partial,
            Some("Rivers Protection Agency"),
            Some("spokesman"),
        ),
        // An organisation's noun after the place it serves, with "and" in its field: the
        // acronym defined after it is its name.
        (
            "organisation-acronyms",
            "Natural foods may be scarce",
            Direct,
            Some("Veloria Department of Fish and Wildlife"),
            None,
        ),
        // A "she" right after a sentence whose subject's gender is unknown is that subject's,
        // before an earlier woman's.
        (
            "recent-subject-of-unknown-gender",
            "Are you aware",
            Direct,
            Some("Tamsin Oyelaran"),
            Some("Greens member"),
        ),
        // Initials that are a title's stand for the one who holds it; an acronym no one's
        // title spells stays an organisation.
        (
            "title-initials",
            "back our security",
            Partial,
            Some("Helena Voss"),
            Some("Prime Minister"),
        ),
        (
            "title-initials",
            "before the courts",
            Partial,
            Some("Ruth Okafor"),
            Some("Attorney General"),
        ),
        (
            "title-initials",
            "correct the record",
            Partial,
            Some("ABC"),
            None,
        ),
        // An office after "the", its capitalised words included, is the role of the name it follows, not a name.
        (
            "offices-after-the",
            "I am the governor",
            Direct,
            Some("Adaeze Okonkwo-Bello"),
            Some("Enugu State Governor"),
        ),
        (
            "offices-after-the",
            "We will wait",
            Direct,
            Some("Tomas Lindgren"),
            Some("Harbour Board Chairman"),
        ),
        // A quotation paragraph after one paragraph of narration whose subject is the speaker just quoted resumes that speaker; narration about someone else does not.
        (
            "resumed-speaker",
            "Anyone who read",
            Direct,
            Some("Halima Ostrowska"),
            Some("Dr"),
        ),
        ("resumed-speaker", "The report will", Direct, None, None),
        // A name that opens the clause a pronoun reports ("He says Wairoa District has…") is not the subject a later "he" stands for.
        (
            "reported-by-pronoun",
            "Our message",
            Direct,
            Some("Tarek Osei-Bonsu"),
            Some("Civil Defence Minister"),
        ),
        // A quotation paragraph after one that rule `preceding` named takes its speaker, as after any other.
        (
            "reported-by-pronoun",
            "Please check",
            Direct,
            Some("Tarek Osei-Bonsu"),
            Some("Civil Defence Minister"),
        ),
        // "the statement said" is whoever the narration said issued it; an acronym written as a word ("(Laiwa)") is another name of the organisation whose initials it holds.
        (
            "statements-and-acronyms",
            "The suspects were",
            Direct,
            Some("Amaka Obi"),
            None,
        ),
        (
            "statements-and-acronyms",
            "We will review",
            Direct,
            Some("Lagos Inland Waterways Authority"),
            None,
        ),
        // A quotation that is its own paragraph is no sentence of the narration: the "He" after it stands for the subject of the narration sentence before it.
        (
            "quotation-paragraphs-not-narration",
            "We are very concerned",
            Direct,
            Some("Deyan Marchetti"),
            Some("Harbour City Mayor"),
        ),
        // A headline quotation repeated by a later quotation takes that quotation's speaker.
        (
            "headline-repeated",
            "We will not sell the harbour",
            Direct,
            Some("Tomasz Reyes"),
            None,
        ),
        // A dash and a label before a colon ("- Credit: …") is a photo credit, not the quotation's signature.
        (
            "caption-credits",
            "Too many people",
            Direct,
            Some("Amara Lindgren"),
            Some("Riverside chief executive"),
        ),
        // A definite description written before anyone is named stands for the first person named in the next sentence.
        (
            "cataphoric-descriptions",
            "extraordinary",
            Partial,
            Some("Ines Marlow"),
            Some("Dr"),
        ),
        // (The person named in the next sentence, not one its own sentence names.)
        (
            "cataphoric-descriptions-in-their-sentence",
            "old-style naked opposition",
            Partial,
            Some("Micheál Martin"),
            None,
        ),
        // A quotation alone under the headline is still the headline's.
        (
            "headline-repeated",
            "Nobody asked the councillors first",
            Direct,
            Some("Hana Ito"),
            Some("councillor"),
        ),
        // A name of one word that is never a subject and that no title, role or pronoun makes a person's ("in Kestrova", "visit Kestrova") is no one a "he" stands for, and a sentence that "He" opens is about whoever that "He" is.
        (
            "places-are-no-one",
            "The prime minister wants",
            Direct,
            Some("Daniyal Qureshi"),
            Some("Information Minister"),
        ),
        (
            "places-are-no-one",
            "The opposition will not",
            Direct,
            Some("Daniyal Qureshi"),
            Some("Information Minister"),
        ),
        // A "he" after a sentence that "He" opens stands for whoever that "He" does, before the nearest man named.
        (
            "chained-pronouns",
            "It raises a level",
            Direct,
            Some("Tomas Ferreira"),
            Some("Senate leader"),
        ),
        // "The statement read" after "the governor said in a statement" is the governor's.
        (
            "described-issuers",
            "I call on the police",
            Direct,
            Some("Samuel Otieno"),
            Some("Narani Governor"),
        ),
        // A name opening the clause that a named speaker's cue reports ("Moana says Cyclone Hettie has …") is no subject; "Wairua District" is an institution; "has indicated" reports speech.
        (
            "reported-by-name",
            "Our message to everyone",
            Direct,
            Some("Kieran Moana"),
            Some("Emergency Minister"),
        ),
        (
            "reported-by-name",
            "The city will protect",
            Direct,
            Some("Lerato Dlamini"),
            Some("Mayor"),
        ),
        // "was quoted as telling" reports its subject's words as "was quoted as saying" does; "the Selvaran cabinet" says more than "the cabinet" and is no organisation named before it.
        (
            "quoted-as-telling",
            "The embassy here",
            Direct,
            Some("Lim Keng Hwa"),
            Some("Trade Minister"),
        ),
        ("quoted-as-telling", "postponed, not", Partial, None, None),
        // Rule `following`: in a round-up of quotations each introduced after it, a quotation paragraph takes the one person the next paragraph names (not an owner, not "the Rovers"); after other narration it does not.
        (
            "quotations-introduced-after",
            "Our work-rate",
            Direct,
            Some("Sean Tallis"),
            Some("manager"),
        ),
        (
            "quotations-introduced-after",
            "Bottom line",
            Direct,
            Some("Orla Kinsane"),
            None,
        ),
        (
            "quotations-introduced-after",
            "We’re delighted",
            Direct,
            Some("Declan Fay"),
            None,
        ),
        (
            "quotations-introduced-after",
            "Book early",
            Direct,
            None,
            None,
        ),
        // A subheading between the narration and a quotation paragraph ("Budget talks") does not stop rule `preceding` reading the paragraph before it.
        (
            "subheadings",
            "I’m saying",
            Direct,
            Some("Ruth Calder"),
            Some("Social Protection Minister"),
        ),
        // An office of two parts joined by "and" before a name ("Minister of Tourism and Lands Harin Wijesekera") is the title; its holder is the name's last two words.
        (
            "offices-with-and",
            "We have to be grateful",
            Direct,
            Some("Harin Wijesekera"),
            Some("Minister of Tourism and Lands"),
        ),
        // The office's first field before "and" and a title ("Coordinating Maritime Affairs
        // and Investment Minister Luhut Pandjaitan") is no one a "he" stands for.
        (
            "offices-with-and",
            "We will deploy police",
            Direct,
            Some("Luhut Pandjaitan"),
            Some("Investment Minister"),
        ),
        // An office whose field is more than one word runs up to its holder's name, told from the end ("Director of National Fisheries Policy Tomas Rudd"); a name read from the "and" of an office is the person named there; "the premier" is a role.
        (
            "office-fields",
            "Every pier",
            Direct,
            Some("Orla Keaveney"),
            Some("Minister for Rural and Community Development"),
        ),
        (
            "office-fields",
            "The quotas",
            Direct,
            Some("Tomas Rudd"),
            Some("Director of National Fisheries Policy"),
        ),
        (
            "office-fields",
            "We will build",
            Direct,
            Some("Beatrix Owusu"),
            Some("Secretary of Housing and Urban Renewal"),
        ),
        (
            "office-fields",
            "a raid on the coast",
            Partial,
            Some("Dale Fenwick"),
            Some("Premier"),
        ),
        // A name of one word written before a role noun and a person's name ("Tonga coach Viliami Fonua") is a team's: no "he" stands for it, though it is a subject; an inverted cue after the last comma of the sentence before a quotation names its speaker.
        (
            "teams-as-modifiers",
            "We had to attack",
            Direct,
            Some("Viliami Fonua"),
            Some("Tonga coach"),
        ),
        (
            "teams-as-modifiers",
            "We were one pass",
            Direct,
            Some("Viliami Fonua"),
            Some("Tonga coach"),
        ),
        // A long description before a name set off by commas ("The director general of rural roads at the Ministry of Public Works, Wiratmo, said"): the name speaks, not the ministry.
        (
            "long-descriptions-before-names",
            "national emergency",
            Partial,
            Some("Wiratmo"),
            None,
        ),
        // A "he" after a sentence whose subject is a definite description ("the district collector dismissed …") stands for the person that description stands for, not the man named last.
        (
            "pronouns-after-descriptions",
            "Some elements conspired",
            Direct,
            Some("Arjun Mehta"),
            Some("District collector"),
        ),
        // A quotation paragraph that ends its sentence inside a nested quotation ("… listen.’”") still takes the speaker of the paragraph before (rule `preceding`).
        (
            "nested-quotation-endings",
            "He said at that moment",
            Direct,
            Some("Dana Ortega"),
            Some("parent at the school"),
        ),
        // A station's credit in parentheses opening the text ("(WKRX)") is no sentence's subject; a paragraph in parentheses keeps its own subject.
        (
            "station-credits",
            "a whitewash",
            Partial,
            Some("Carla Ruiz"),
            None,
        ),
        (
            "station-credits",
            "at least three times",
            Partial,
            Some("Tom Vance"),
            None,
        ),
        // "politician" is a role noun, and "the Green politician" a description that fits anyone named with a title: the partial quotation is the councillor's, not "Green"'s.
        (
            "politicians-as-descriptions",
            "more important",
            Partial,
            Some("Morag Reid"),
            Some("Cllr"),
        ),
        // A member named by constituency after "the" ("the Harbour East MP") is a description, not someone called "East MP"; and a description written before anyone is named introduces the next sentence's person only when the article gives that person no other role: the First Minister is not the MP, nor the councillor.
        (
            "members-by-constituency",
            "There will be no cover-up",
            Direct,
            None,
            None,
        ),
        (
            "members-by-constituency",
            "We will study every page",
            Direct,
            Some("Lucy Bell"),
            Some("Harbour East MP"),
        ),
        (
            "members-by-constituency",
            "The wall held",
            Direct,
            None,
            None,
        ),
        // Page furniture between paragraphs ("Hide Ad", a photo caption, "Read More") is no narration: no "he" stands for a name in it, and a quotation paragraph after it takes the speaker of the quotation before it.
        (
            "page-furniture",
            "It has been a long season",
            Direct,
            Some("Dan Oyelaran"),
            Some("Harbour Lions coach"),
        ),
        (
            "page-furniture",
            "I can promise you",
            Direct,
            Some("Dan Oyelaran"),
            Some("Harbour Lions coach"),
        ),
        (
            "page-furniture",
            "This is the best day",
            Direct,
            Some("Sam Rudd"),
            None,
        ),
        (
            "page-furniture",
            "We have a special group",
            Direct,
            Some("Sam Rudd"),
            None,
        ),
        // A "he" goes on standing for whom the "he" of the sentence before stands for when that one reports ("…, he said." ⏎ "“…,” he said, referring to …" ⏎ "“…,” he said"), and a name after a sentence's opening "It" and its verb is not its subject; "As for Dr Karim, he said" is Karim's.
        (
            "reporting-clauses-in-chains",
            "I am the trade minister",
            Direct,
            Some("Hafiz Rahman"),
            Some("Trade minister"),
        ),
        (
            "reporting-clauses-in-chains",
            "I am not your press secretary",
            Direct,
            Some("Hafiz Rahman"),
            Some("Trade minister"),
        ),
        (
            "reporting-clauses-in-chains",
            "The sum I gave",
            Direct,
            Some("Osman Karim"),
            Some("Dr"),
        ),
        // A person a sentence opens with as its source ("According to Ferreira, Premier Luis Lobo is …") is its subject for the pronouns that follow; an outlet is not ("According to the Harbour Gazette, Lobo met …").
        (
            "sources-as-subjects",
            "We are doing everything",
            Direct,
            Some("Tomas Ferreira"),
            Some("Minister of Fisheries"),
        ),
        (
            "sources-as-subjects",
            "Nobody will be left alone",
            Direct,
            Some("Luis Lobo"),
            Some("Premier"),
        ),
        // A partial quotation joined by "and" to one a cue reports takes its speaker (rule `coordinated`) before the sentence's subject (rule `subject`) is tried as a guess.
        (
            "coordinated-before-subject",
            "humiliating treatment",
            Partial,
            Some("Omar Latif"),
            Some("association’s chairman"),
        ),
        // An "It" after a sentence that a document opens ("The statement, however, said …") stands for the document, and so for whoever the narration said issued it.
        (
            "documents-as-it",
            "We lost one rifle",
            Direct,
            Some("Amaka Obi"),
            Some("spokeswoman"),
        ),
        // A quotation of eight words or more that opens its paragraph after a short narration sentence with no cue takes that sentence's subject ("The leader of the council, Morag Reid, was unimpressed with the decision."), the parts after it too; not after one who did not speak ("The mayor was not available for comment.").
        (
            "reactions-before-quotations",
            "It is not often",
            Direct,
            Some("Morag Reid"),
            Some("leader of the council"),
        ),
        (
            "reactions-before-quotations",
            "The library is the only",
            Direct,
            Some("Morag Reid"),
            Some("leader of the council"),
        ),
        (
            "reactions-before-quotations",
            "Nobody from the council",
            Direct,
            None,
            None,
        ),
        // "commented" may stand before its speaker ("…," commented Norm Ellery), and "surmised" is a cue.
        (
            "comment-cues",
            "We kept getting the odd little shower",
            Direct,
            Some("Norm Ellery"),
            None,
        ),
        (
            "comment-cues",
            "Nobody wants to be the one",
            Direct,
            Some("Norm Ellery"),
            None,
        ),
        // Canadian municipal heads: "Reeve" and "Warden" are titles, not given names.
        (
            "municipal-titles",
            "The gravel is down",
            Direct,
            Some("Alan Marsh"),
            Some("Reeve"),
        ),
        (
            "municipal-titles",
            "If you feel you need water",
            Direct,
            Some("Paula Long"),
            Some("Warden"),
        ),
        // A double quotation closed by a single mark after its comma, before the reporting clause, ends there.
        (
            "mistyped-marks",
            "The Service would like",
            Direct,
            Some("Anselm Haufiku"),
            Some("deputy director"),
        ),
        (
            "mistyped-marks",
            "We welcomed",
            Direct,
            Some("Anselm Haufiku"),
            Some("deputy director"),
        ),
        // A member's letters after a name are no part of it ("Dougal Reid MSP"): the role.
        (
            "post-nominal-letters",
            "I am sorry to hear",
            Direct,
            Some("Dougal Reid"),
            Some("MSP"),
        ),
        (
            "post-nominal-letters",
            "I will continue to work",
            Direct,
            Some("Dougal Reid"),
            Some("MSP"),
        ),
        // A Chinese or Korean name romanised family name first ("Lin Wei-ting") is named
        // again by its first word.
        (
            "family-name-first",
            "We have this official",
            Direct,
            Some("Lin Wei-ting"),
            Some("Legislator"),
        ),
        (
            "family-name-first",
            "I believe the figures",
            Direct,
            Some("Kuo Ming-hao"),
            Some("Legislator"),
        ),
        // A given name alone names the one person named in full with it, with a role.
        (
            "given-names-alone",
            "The opposition is like an old car",
            Direct,
            Some("Rashed Karim"),
            Some("Foreign Minister"),
        ),
        // A speaker's given name alone names the one person named in full with it, seen as
        // a verb's subject ("Tariq Mahmood has said"), with no role or gender told; a name
        // no one's subject ("the Moreno Express") lends its first word to no one.
        (
            "given-names-of-speakers",
            "We have a young side",
            Direct,
            Some("Tariq Mahmood"),
            None,
        ),
        (
            "given-names-of-speakers",
            "It is a movement now",
            Direct,
            Some("Moreno"),
            None,
        ),
        // And one that a "he" stands for, named as a subject: the one named in full with it.
        (
            "given-names-of-speakers",
            "tricky and difficult",
            Partial,
            Some("Arif Sadiq"),
            None,
        ),
        // Not a one-word name with a title of its own: "Dr Morgan" is no Morgan Hale.
        (
            "given-names-of-speakers",
            "unlucky",
            Partial,
            Some("Morgan"),
            Some("Dr"),
        ),
        // A role noun and its "of" set off before a name give the name that role; a role
        // noun elect is a description as the role noun is.
        (
            "roles-of-places-before-names",
            "Yes, the new minister",
            Direct,
            Some("Tomas Arvel"),
            Some("president-elect of Veloria"),
        ),
        (
            "roles-of-places-before-names",
            "It is a good day",
            Direct,
            Some("Ruth Okoro"),
            Some("mayor of Port Linden"),
        ),
        // An appositive holds a short aside in parentheses, and an owner's list of offices.
        (
            "asides-in-appositives",
            "We are financially strong",
            Direct,
            Some("Ines Marlow"),
            None,
        ),
        (
            "asides-in-appositives",
            "We will study it",
            Direct,
            Some("Tomas Brandt"),
            None,
        ),
        // A phrase of time with no comma before the subject of the sentence before a
        // quotation: the subject is still the sentence's.
        (
            "time-phrases-before-subjects",
            "We have been losing wickets",
            Direct,
            Some("Ravi Menon"),
            Some("Captain"),
        ),
        (
            "time-phrases-before-subjects",
            "It has been a long tour",
            Direct,
            Some("Ravi Menon"),
            Some("Captain"),
        ),
        // A word inside a full name of three words or more names that person; a surname
        // written without its "al-" names the one who has it; a title runs on over a name
        // whose surname is so prefixed.
        (
            "names-inside-full-names",
            "We will govern for all",
            Direct,
            Some("Joaquim Andrade Vasco da Rocha"),
            Some("Veloran President"),
        ),
        (
            "names-inside-full-names",
            "It is too early",
            Direct,
            Some("Karim al-Mansouri"),
            Some("Veloran State Minister for Foreign Affairs"),
        ),
        // An office in capitals after an inverted cue, then its holder set off by a comma:
        // the holder speaks, the office is the role.
        (
            "holders-after-inverted-offices",
            "We are taking the weather service",
            Direct,
            Some("Edda Lindqvist"),
            Some("Carrow County Emergency Management Director"),
        ),
        (
            "holders-after-inverted-offices",
            "The track of the storm",
            Direct,
            Some("Paul Osei"),
            None,
        ),
        // (The office may hold "of" phrases and its acronym in parentheses, and open with
        // "Assistant".)
        (
            "holders-after-inverted-offices",
            "Power costs more here",
            Direct,
            Some("Marta Velho"),
            Some("Assistant Secretary General of the Organization of Island States (OIS)"),
        ),
        // Ranks of armed and police forces are titles, not part of the name.
        (
            "ranks-before-names",
            "They acted swiftly",
            Direct,
            Some("Thandiwe Mokoena"),
            Some("Police spokesperson Brigadier"),
        ),
        (
            "ranks-before-names",
            "It is critical information",
            Direct,
            Some("Sipho Dlamini"),
            Some("National Commissioner Lieutenant-General"),
        ),
        (
            "ranks-before-names",
            "There was no coordination",
            Direct,
            Some("Aung Kyaw Lin"),
            Some("Army spokesman Maj-Gen"),
        ),
        (
            "ranks-before-names",
            "There is no selective application",
            Direct,
            Some("Bashir Okello"),
            Some("SSP"),
        ),
        // A capitalised trade no list names is a title before a name of two words.
        (
            "trades-in-titles",
            "The drains will be cleared",
            Direct,
            Some("Rakesh Singh"),
            Some("BBMP Administrator"),
        ),
        (
            "trades-in-titles",
            "We need more funds",
            Direct,
            Some("Tomas Kell"),
            Some("Project Coordinator"),
        ),
        (
            "trades-in-titles",
            "This storm is unusual",
            Direct,
            Some("Dana Whitcombe"),
            Some("Chief Meteorologist"),
        ),
        (
            "trades-in-titles",
            "We will appeal",
            Direct,
            Some("Joan Pell"),
            Some("Lake County Administrator"),
        ),
        // ("-ist" after a title: it also ends adjectives, "World Socialist Web Site".)
        (
            "trades-in-titles",
            "Growth is slowing",
            Direct,
            Some("Dana Perl"),
            Some("Chief Economist"),
        ),
        // An organisation's long name, then lower-case words and a role: its holder.
        (
            "long-leads",
            "What right have they got",
            Direct,
            Some("Chris Woolvern"),
            Some("North Waikato Federated Farmers branch chair"),
        ),
        (
            "long-leads",
            "I understood it was only",
            Direct,
            Some("Chris Woolvern"),
            Some("North Waikato Federated Farmers branch chair"),
        ),
        (
            "long-leads",
            "We will meet again",
            Direct,
            Some("Sipho Ndaba"),
            Some("Eastern Cape Rural Water Users Association deputy regional manager"),
        ),
        // A title in the plural is a group: the "He" is the archbishop's.
        (
            "plural-titles-are-groups",
            "Marrow Archdiocese warmly welcomes",
            Direct,
            Some("Tobias Okafor-Reyes"),
            Some("Rev"),
        ),
        // The subject after a conjunction that opens the sentence before the quotation.
        (
            "conjunctions-before-subjects",
            "For us, it does not",
            Direct,
            Some("Anselm Quarry"),
            Some("Rt Revd"),
        ),
        (
            "conjunctions-before-subjects",
            "I also think",
            Direct,
            Some("Anselm Quarry"),
            Some("Rt Revd"),
        ),
        (
            "conjunctions-before-subjects",
            "We have heard all this",
            Direct,
            Some("Edna Vark"),
            Some("Councillor"),
        ),
        // A sentence of narration after a quotation that ended its own sentence.
        (
            "sentences-after-quotations",
            "We have no choice",
            Direct,
            Some("Mara Quint"),
            Some("skipper"),
        ),
        // A name written as a web address is a company's, even where it opens a sentence.
        (
            "web-names",
            "popular low-cost",
            Partial,
            Some("Chargly.io"),
            None,
        ),
        // A brand's name, two capitalised words run together ("YouTube"), is no one a "she"
        // stands for: the actress is Mira Sethna ("actor" tells no gender).
        (
            "web-names",
            "The small screen is so powerful",
            Direct,
            Some("Mira Sethna"),
            Some("Pakistani actor"),
        ),
        // A Member of the Senedd's letters, after the name or as a title before it.
        (
            "senedd-members",
            "It is about making sure",
            Direct,
            Some("Meinir Howells"),
            Some("MS"),
        ),
        (
            "senedd-members",
            "I was writing to her",
            Direct,
            Some("Gareth Pryce"),
            Some("Aberteifi MS"),
        ),
        (
            "senedd-members",
            "It changed my life",
            Direct,
            Some("Ann Hale"),
            None,
        ),
        // An appositive with no determiner is a role: "owner of …", "field director of …".
        (
            "bare-appositives",
            "We have always played",
            Direct,
            Some("Jack Marlowe"),
            Some("fifth-generation owner of Bradley’s Supermarket in Leicester"),
        ),
        (
            "bare-appositives",
            "The nurses want",
            Direct,
            Some("Nell Ostrow"),
            Some("field director of the Coastal Nurses Association"),
        ),
        // (A relative clause is none: "who is chairman of the club".)
        (
            "bare-appositives",
            "We will see",
            Direct,
            Some("Tom Hale"),
            None,
        ),
        // A description and the name right after it, no comma between: the name speaks.
        (
            "descriptions-before-names",
            "There are approved quantities",
            Direct,
            Some("Husein Karic"),
            Some("Red Cross volunteer"),
        ),
        (
            "descriptions-before-names",
            "We have secured funds",
            Direct,
            Some("Namir Hodzic"),
            Some("Red Cross manager"),
        ),
        // (Counter-examples from the session's review: a surname "Church", a given name in
        // "-eer", a name that opens a relative clause.)
        (
            "plural-titles-are-groups",
            "The agency must be watched",
            Direct,
            Some("Maren Church"),
            Some("Senator"),
        ),
        (
            "trades-in-titles",
            "The roads will be repaired",
            Direct,
            // (Not a trade's "-eer": Zaheer is a given name. "Syed", an honorific of descent
            // before a name of three words, is no part of it: address.txt.)
            Some("Zaheer Abbas Shah"),
            Some("Syed"),
        ),
        (
            "descriptions-before-names",
            "He was a kind man",
            Direct,
            None,
            None,
        ),
        // "St Joseph" is a club, not a man a "he" stands for.
        (
            "saints-are-no-one",
            "I knew they wouldn",
            Direct,
            Some("Declan Moran"),
            Some("St Joseph’s manager"),
        ),
        // A pronoun that stands for a headline's lone title stands for its holder.
        (
            "lone-title-pronouns",
            "This is possible if the council agrees",
            Direct,
            Some("Tomas Reyes"),
            Some("Fisheries Minister"),
        ),
        // A "he" past a sentence that "He" opens stands for that sentence's antecedent, a
        // description ("the foreign minister"), not a country named as a subject before it.
        (
            "described-pronoun-chains",
            "We never want to see",
            Direct,
            Some("Rashed Karim"),
            Some("Foreign Minister"),
        ),
        // An office that opens the sentence, set off by a comma before its holder's name.
        (
            "opening-offices",
            "to greater heights",
            Partial,
            Some("Tunde Bakare"),
            Some("Minister of Fisheries and Ocean Affairs"),
        ),
        // Titles in capitals ("CEO", "PM") and Indonesia's "Regent" before a name.
        (
            "titles-in-capitals",
            "We are doing well this year",
            Direct,
            Some("Dana Whitcombe"),
            Some("Marlin Air CEO"),
        ),
        (
            "titles-in-capitals",
            "it is important that all three",
            Partial,
            Some("Karlis Berzins"),
            Some("Estovian PM"),
        ),
        (
            "titles-in-capitals",
            "The administration has set up",
            Direct,
            Some("Joachim Lopes"),
            Some("Sava Regent"),
        ),
        // "Something", "Nobody" and the like open no name.
        (
            "indefinite-pronouns",
            "unprecedented on a historic scale",
            Partial,
            Some("Kaja Linnus"),
            Some("Estovian prime minister"),
        ),
        // A Hong Kong name: an English given name, the family name, the Chinese given name.
        (
            "family-name-in-the-middle",
            "The government purely observed",
            Direct,
            Some("Edmund Tsang Wai-kin"),
            Some("Hong Kong official"),
        ),
        // A given name read alone before the full name is that person's once the full name is.
        (
            "given-name-read-first",
            "She was brilliantly looked after",
            Direct,
            Some("Sandra Murray"),
            Some("Youngest daughter"),
        ),
        // A name set off after an opening phrase is not the subject a cue's name after it is.
        (
            "cue-subject-after-a-phrase",
            "We had early rain",
            Direct,
            Some("Jane Kellaway"),
            Some("Mayor"),
        ),
        // "Aug" of a dateline is no one.
        (
            "month-abbreviations",
            "bullet train",
            Partial,
            Some("Arjun Patel"),
            Some("Chief Minister"),
        ),
        // "inquired" reports a question.
        (
            "inquiry-cues",
            "Do you know the person",
            Direct,
            Some("Imran Qadir"),
            Some("Justice"),
        ),
        // A round-up whose first quotation comes after a date line and a photo caption; the
        // narration after each names two people, the first named in full speaks.
        (
            "round-up-after-a-caption",
            "We wanted to be competitive",
            Direct,
            Some("Liam Kearney"),
            None,
        ),
        (
            "round-up-after-a-caption",
            "You just have to roll",
            Direct,
            Some("Tom Garvey"),
            None,
        ),
        (
            "round-up-after-a-caption",
            "We wouldn",
            Direct,
            Some("Peter Kehoe"),
            Some("manager"),
        ),
        // An office of capitalised words that opens the sentence before a comma and a name.
        (
            "opening-titles",
            "There are ongoing flights",
            Direct,
            Some("Aleni Tuilagi Fa’asau"),
            Some("Prime Minister"),
        ),
        // A country's noun belongs to an office's field: "of the Estovian Republic".
        (
            "country-fields",
            "The relations have entered",
            Direct,
            Some("Tomas Varga"),
            Some("Foreign Minister of the Estovian Republic"),
        ),
        // "Magistrate", "Honourable" and the honorifics of Brunei and Malaysia are titles.
        (
            "honorifics-of-office",
            "This translated into loss",
            Direct,
            Some("Carmen Vella"),
            Some("Magistrate"),
        ),
        (
            "honorifics-of-office",
            "We don’t want to paint",
            Direct,
            Some("Lamin Jobe"),
            Some("Honourable"),
        ),
        (
            "honorifics-of-office",
            "This is one of the major challenges",
            Direct,
            Some("Md Salleh"),
            Some("Pg Hj"),
        ),
        // An office written in capitals with no holder, set off before the holder's name.
        (
            "capitalised-offices",
            "healthy and ready to go",
            Partial,
            Some("Rhona Keel"),
            Some("Harbour Fire Deputy Chief"),
        ),
        // A straight and a curly apostrophe in one name: the same person.
        (
            "mixed-apostrophes",
            "We can't have all the business",
            Direct,
            Some("Eamon O’Connell"),
            Some("Judge"),
        ),
        // A role noun that opens a sentence before a name of two words is a role.
        // (Not a word the text writes capitalised inside a sentence too: a given name no
        // list holds, of a role noun's ending.)
        // (Nor a place of a role noun's ending before an organisation's name.)
        (
            "roles-opening-sentences",
            "The library will close",
            Direct,
            Some("Leicester City Council"),
            None,
        ),
        (
            "roles-opening-sentences",
            "It was worth every day",
            Direct,
            Some("Kieran Mac Suibhne Ogle"),
            None,
        ),
        (
            "roles-opening-sentences",
            "I’ve been in the business",
            Direct,
            Some("Walt Pedersen"),
            Some("Rancher"),
        ),
        (
            "roles-opening-sentences",
            "To invest six million",
            Direct,
            Some("Dana Morrow"),
            Some("Incumbent"),
        ),
        // The person an organisation's spokesperson is named as, in apposition, is the
        // sentence's subject: the "she" after it is hers, not the organisation's.
        (
            "named-spokespeople",
            "No passenger was hurt",
            Direct,
            Some("Talia Venkova"),
            Some("Inspector"),
        ),
        (
            "named-spokespeople",
            "We had a boat",
            Direct,
            Some("Miro Dastan"),
            Some("Coastguard spokesman"),
        ),
        // "the VCC spokesman" after "VCC spokesman Ruben Okoye": the person named with each
        // of its words, not the organisation it names.
        (
            "named-spokespeople",
            "For now, it requires a visit",
            Direct,
            Some("Ruben Okoye"),
            Some("VCC spokesman"),
        ),
        // Not one who held the role before: the spokesman named with it.
        (
            "named-spokespeople",
            "We reject that criticism",
            Direct,
            Some("Ruben Okoye"),
            Some("VCC spokesman"),
        ),
        // A given name of either sex tells no gender: "She added" is Lindsey Marren's.
        (
            "given-names-of-either-gender",
            "If companies let their customers down",
            Direct,
            Some("Lindsey Marren"),
            None,
        ),
        // An office's acronym defined in parentheses is a title, there and before a name.
        (
            "title-acronyms",
            "The suspects sold",
            Direct,
            Some("Daniel Muvunyi"),
            Some("CIP"),
        ),
        (
            "title-acronyms",
            "They will appear",
            Direct,
            Some("Daniel Muvunyi"),
            Some("CIP"),
        ),
        (
            "title-acronyms",
            "Farmers should mark",
            Direct,
            Some("Aline Uwase"),
            Some("DSP"),
        ),
        // A legislator's party and place after the name, set off by commas, are no one's
        // name, however many words the place has.
        (
            "party-labels",
            "We are guaranteed",
            Direct,
            Some("Marlis Scott"),
            Some("Rep."),
        ),
        (
            "party-labels",
            "I can vote",
            Direct,
            Some("Gary Marsh"),
            Some("Rep."),
        ),
        // A cue's word after a preposition is a noun: "the following statement regarding
        // remarks made by …:" is no statement that remarks.
        (
            "cue-words-after-prepositions",
            "Yesterday, the governor",
            Direct,
            Some("Orla Dempsey"),
            Some("Councilwoman"),
        ),
        // A participle that opens the sentence holds the quotation: the subject after its
        // phrase speaks.
        (
            "opening-participles",
            "a bully",
            Partial,
            Some("Rhys Amberley"),
            Some("Councillor"),
        ),
        (
            "opening-participles",
            "a work of fiction",
            Partial,
            Some("Rhys Amberley"),
            Some("Councillor"),
        ),
        // A role with no determiner, set off before a name by a comma.
        (
            "bare-role-asides",
            "obscure.",
            Partial,
            Some("Joel Varga"),
            None,
        ),
        // A name behind "a" or "an" and a word of mood after the cue; not an organisation's
        // name before a role noun.
        (
            "moods-before-names",
            "That's so cool",
            Direct,
            Some("Karin Dahl"),
            Some("skip of one of the playoff-bound teams"),
        ),
        (
            "moods-before-names",
            "It was a long week",
            Direct,
            Some("Ray Boyd"),
            Some("coach"),
        ),
        ("moods-before-names", "If I was a donor", Direct, None, None),
        // A dateline with its agency is no one; the first name after an opening phrase is the
        // subject.
        (
            "opening-clauses",
            "throw an emergency brake",
            Partial,
            Some("Tom Harwell"),
            Some("Sen."),
        ),
        (
            "opening-clauses",
            "Every vote will count",
            Direct,
            Some("Paul Ferrante"),
            Some("Gov."),
        ),
        // A news agency in parentheses after a dateline is no one.
        (
            "agency-datelines",
            "We will never surrender",
            Direct,
            Some("Dale Prentiss"),
            Some("Carver Republican Gov."),
        ),
        // A report relays what the person it names said; "himself" is passed over.
        (
            "reflexive-speakers",
            "probably",
            Partial,
            Some("Dan Harlan"),
            Some("Former governor"),
        ),
        // A participle cue after a possessor reports the quotation: the subject's.
        (
            "participles-after-possessives",
            "You don’t negotiate",
            Direct,
            Some("Dalton"),
            None,
        ),
        // "The" and an age stand for the person named last whom the article shows to be
        // one (not "Ashby Crown" of "Ashby Crown courts", nor the photo credit's "Getty
        // Images").
        // (An age with a role noun too, for a name written in full as its sentence's subject.)
        (
            "ages-as-descriptions",
            "I have never seen anything",
            Direct,
            Some("Willem Jansen van Wyk"),
            None,
        ),
        (
            "ages-as-descriptions",
            "One does feel",
            Direct,
            Some("Helen Okonjo"),
            Some("JUDGE"),
        ),
        (
            "ages-as-descriptions",
            "Ordinary people",
            Direct,
            Some("Helen Okonjo"),
            Some("JUDGE"),
        ),
        // A description's generic noun ("leader") fits the person named in the next
        // sentence, whatever title that person has.
        (
            "generic-descriptions-before-names",
            "this is not my budget",
            Partial,
            Some("Ruth Adebayo"),
            Some("Councillor"),
        ),
        // A possessor is looked up past its title.
        (
            "titles-of-possessors",
            "a fraud on the public",
            Partial,
            Some("Ciarán Doyle"),
            Some("Opposition leader"),
        ),
        // A "he" in a sentence that "She" opens tells nothing of the woman named before.
        (
            "pronouns-of-the-other-gender",
            "utterly inappropriate",
            Partial,
            Some("Claire Pickthall"),
            None,
        ),
        // "a member of" an organisation is a person, whatever noun ends the phrase.
        (
            "members-of-organisations",
            "reasonable and accommodating",
            Partial,
            Some("Willie Coffey"),
            Some("member of the parliament's watchdog public audit committee"),
        ),
        // A "he" after a sentence that a quotation opens and a description reports stands
        // for the person the description does, not a name in the clause after it.
        (
            "pronouns-after-quoted-descriptions",
            "Let anyone take me to court",
            Direct,
            Some("Arjun Perera"),
            Some("Minister of Tourism and Lands"),
        ),
        // A "he" or "she" right after the phrase that opens its sentence is that sentence's
        // subject, as one that opens it would be: the names in the phrase and after the
        // pronoun are not what a later pronoun stands for.
        (
            "pronouns-after-opening-phrases",
            "a betrayal",
            Partial,
            Some("Dana Whitcombe"),
            Some("Councillor"),
        ),
        (
            "pronouns-after-opening-phrases",
            "We never close our doors",
            Direct,
            Some("Idris Kamal"),
            Some("Foreign minister"),
        ),
        // A title's plural before the first of several names is a title, not part of the
        // name; a role noun's plural before a name in lower case is that person's role.
        (
            "plural-titles-before-names",
            "We keep raising fees",
            Direct,
            Some("Jesse Ruelas"),
            Some("Councilors"),
        ),
        (
            "plural-roles-before-names",
            "Investors are not worried",
            Direct,
            Some("Arvel Ocampo-Diaz"),
            Some("city councilors"),
        ),
        // Right after a quotation that opens its sentence and that a comma closes, a verb
        // that no list names, or none lets stand before its speaker, reports it.
        (
            "verbs-no-list-names",
            "I always present myself",
            Direct,
            Some("Rana Akbar"),
            Some("Punjab chief minister"),
        ),
        (
            "verbs-no-list-names",
            "I admit there is room",
            Direct,
            Some("Rana Akbar"),
            Some("Punjab chief minister"),
        ),
        // Not after a quotation inside its sentence: the sentence goes on.
        ("verbs-no-list-names", "terrible", Partial, None, None),
        // An office whose fields are a list before "and" goes on up to the holder's name; an
        // office set off by a comma still describes the name after it.
        (
            "offices-with-lists",
            "We have power",
            Direct,
            Some("Tobias Ndlovu"),
            Some("Minister of Energy, Mines and Water Resources"),
        ),
        (
            "offices-with-lists",
            "It is ready",
            Direct,
            Some("John Smith"),
            Some("Minister of Finance"),
        ),
        // A "she" right after a conjunction that opens its sentence opens it for the chain.
        (
            "pronouns-after-conjunctions",
            "I think right now",
            Direct,
            Some("Lise Tremblay"),
            Some("Premier"),
        ),
        // "the Chamber", "the Council": the organisation named with that word.
        (
            "organisations-by-their-noun",
            "Our economies are deeply intertwined",
            Direct,
            Some("Huron Valley Chamber of Commerce"),
            None,
        ),
        (
            "organisations-by-their-noun",
            "We have no choice",
            Direct,
            Some("Brent Council"),
            None,
        ),
        // (The word alone too, as some outlets write it: "Army said".)
        (
            "organisations-by-their-noun",
            "They were trying to cross",
            Direct,
            Some("Veloria Army"),
            None,
        ),
        // (Only an organisation the word ends: not "the Independent Police Complaints
        // Commission".)
        (
            "organisations-by-their-noun",
            "The officer has been suspended",
            Direct,
            Some("Police"),
            None,
        ),
        // A plural description fits by its singular.
        (
            "plural-descriptions",
            "significant harm",
            Partial,
            Some("National Chamber of Commerce"),
            None,
        ),
        // "a Northfield County resident" names no one a "he" stands for.
        (
            "names-before-residents",
            "I want to offer",
            Direct,
            Some("Ivan Gemmell"),
            Some("acting medical officer of health"),
        ),
        // A name the article writes only where a sentence opens, before a cue.
        (
            "names-only-opening-sentences",
            "It must have been a crisis",
            Direct,
            Some("Eby"),
            None,
        ),
        // So is one before "who", which only a person's name takes.
        (
            "names-only-opening-sentences",
            "We have the players",
            Direct,
            Some("Osagie"),
            None,
        ),
        // A plural noun before "who" is a group, no one's name.
        (
            "names-only-opening-sentences",
            "They are wrong",
            Direct,
            Some("Ana Lutz"),
            Some("Minister"),
        ),
        // A surname that ends in "s" is no plural: "Kouris, who captained …".
        (
            "names-only-opening-sentences",
            "We can still win the league",
            Direct,
            Some("Kouris"),
            None,
        ),
        // A plural before "who" and a verb in the past is a group still.
        (
            "names-only-opening-sentences",
            "We are doing all we can",
            Direct,
            Some("Ana Lutz"),
            Some("Minister"),
        ),
        // A dateline in capitals before a colon is no sentence's subject.
        (
            "datelines-with-colons",
            "private comments",
            Partial,
            Some("Vivek Ramanathan"),
            Some("Foreign Affairs Minister"),
        ),
        // "the Council’s Speaker" and a name: the person, the owner part of the role.
        (
            "owners-before-titled-names",
            "the report was to be submitted",
            Partial,
            Some("Ahmed bin Khalil Al Nouri"),
            Some("Council’s Speaker"),
        ),
        // An organisation's name and its acronym in parentheses before a title and a name:
        // the person, the organisation part of the role.
        (
            "owners-before-titled-names",
            "fans should not expect much",
            Partial,
            Some("Tomas Quill"),
            Some("Veloria Cricket Board (VCB) Chairman"),
        ),
        // (A name that defines an acronym, an office's title after it, is a body's: the
        // "he" after it is the holder's, though no noun of the lists says the body is one.)
        (
            "owners-before-titled-names",
            "We will pay the small savers",
            Direct,
            Some("Elmer Dantes"),
            Some("Deputy General Counsel"),
        ),
        // A paragraph that ends with a comma is a sentence the quotation after it finishes:
        // its clause with a cue, or its subject where it holds a verb of saying, introduces
        // it; a line that ends a list with a comma introduces nothing.
        (
            "introductions-ending-in-commas",
            "We felt that if we kept",
            Direct,
            Some("Ray Dunmore"),
            Some("Coach"),
        ),
        (
            "introductions-ending-in-commas",
            "He has had a few fitness",
            Direct,
            Some("Ray Dunmore"),
            Some("Coach"),
        ),
        (
            "introductions-ending-in-commas",
            "Nobody told us anything",
            Direct,
            None,
            None,
        ),
        // Not a quotation that runs on over the paragraph's end, nor one with its own speaker.
        (
            "introductions-ending-in-commas",
            "And that is not how",
            Direct,
            Some("Ray Dunmore"),
            Some("Coach"),
        ),
        (
            "introductions-ending-in-commas",
            "We will appeal",
            Direct,
            Some("Lena Booth"),
            None,
        ),
        // A sentence of its own after the quotation attributes nothing.
        (
            "introductions-ending-in-commas",
            "We will appeal.",
            Direct,
            Some("Ruth Obi"),
            Some("Mayor"),
        ),
        // A speech noun in the sentence after the quotation attributes it elsewhere.
        (
            "introductions-ending-in-commas",
            "We will appeal the ban",
            Direct,
            None,
            None,
        ),
        // A cue after "and" or "but" whose subject opens the sentence reports the speech of
        // the quotation after it; not one that says its subject did not speak.
        (
            "coordinated-reports-before-quotations",
            "Like I have been saying",
            Direct,
            Some("Tom Ardley"),
            Some("Coach"),
        ),
        (
            "coordinated-reports-before-quotations",
            "We will start again next year",
            Direct,
            Some("Ana Lutz"),
            Some("mayor"),
        ),
        (
            "coordinated-reports-before-quotations",
            "They will wait for us",
            Direct,
            None,
            None,
        ),
        // Not "added" before an object, nor two subjects, nor past a negation in what was said.
        (
            "coordinated-reports-before-quotations",
            "That was the difference",
            Direct,
            None,
            None,
        ),
        (
            "coordinated-reports-before-quotations",
            "They pushed us over the line",
            Direct,
            None,
            None,
        ),
        (
            "coordinated-reports-before-quotations",
            "We played well enough",
            Direct,
            Some("Tom Ardley"),
            Some("Coach"),
        ),
        // "said to reporters" reports; "said to be" would not.
        (
            "coordinated-reports-before-quotations",
            "We will win this case",
            Direct,
            Some("Ruth Obi"),
            Some("Mayor"),
        ),
        // "and said nothing" reports no speech; "X and his captain Y" are two subjects.
        (
            "coordinated-reports-before-quotations",
            "We contained the fire by midnight",
            Direct,
            None,
            None,
        ),
        (
            "coordinated-reports-before-quotations",
            "They pushed us over the line in the end",
            Direct,
            None,
            None,
        ),
        // A sentence adverb that opens a sentence ("Elsewhere,", "Likewise") is no name.
        (
            "sentence-adverbs",
            "the rules have to change",
            Partial,
            Some("Mark Vessel"),
            None,
        ),
        (
            "sentence-adverbs",
            "It cost him the race",
            Direct,
            Some("Dana Roe"),
            None,
        ),
        (
            "sentence-adverbs",
            "I am staying",
            Direct,
            Some("Ines Varga"),
            None,
        ),
        // An owner of several words before a title and a name, or before a name alone that
        // ends its clause: the person speaks. Not an office of the owner's.
        (
            "owners-of-several-words",
            "The conclusion of this case",
            Direct,
            Some("Orla Penn"),
            Some("Executive Director"),
        ),
        (
            "owners-of-several-words",
            "We will keep watching",
            Direct,
            Some("Dara Quist"),
            None,
        ),
        // A justice is a judge: "the judge" after "Mr Justice Corrin" is Corrin.
        (
            "justices-are-judges",
            "There must come a time",
            Direct,
            Some("Corrin"),
            Some("Justice"),
        ),
        (
            "justices-are-judges",
            "The appeal is refused",
            Direct,
            Some("Ama Delane"),
            Some("Chief Justice"),
        ),
        // (Not a justice minister: "the judge" is the last judge named before it.)
        (
            "justices-are-judges",
            "You will stay in custody",
            Direct,
            Some("Ama Delane"),
            Some("Chief Justice"),
        ),
        // A description no list covers that ends in a noun of time is an opening clause's
        // adverbial, no speaker: the office and the name set off after it speak.
        (
            "opening-clauses-ending-in-time",
            "an absolute credit",
            Partial,
            Some("Orla Penn"),
            Some("Minister for Rural Development"),
        ),
        (
            "opening-clauses-ending-in-time",
            "We are ready to talk",
            Direct,
            Some("Rui Tavares"),
            None,
        ),
        // An office whose field is an organisation's name up to its noun ("School", "Club"):
        // the holder is the name after it.
        (
            "holders-after-organisations",
            "We have to thank everyone",
            Direct,
            Some("Val Wardell"),
            Some("Principal of Clutha Vale Primary School"),
        ),
        // (Not where the organisation's name goes on after its noun: the holder is still the
        // name that ends it.)
        (
            "holders-after-organisations",
            "We welcome it",
            Direct,
            Some("Nelson Hale"),
            Some("President of the Law Society of Veloria"),
        ),
        // (A committee's "on" and its field are no preposition's object before the name.)
        (
            "holders-after-organisations",
            "The bill is costly",
            Direct,
            Some("Tim Lund"),
            Some("Finance"),
        ),
        // A name later in the sentence after a quotation is no speaker where a preposition
        // takes it as its object; past a place or a day after the preposition, the name that
        // follows speaks, without the place in its role.
        (
            "names-after-prepositions",
            "We will appeal",
            Direct,
            None,
            None,
        ),
        (
            "names-after-prepositions",
            "We will rebuild every school",
            Direct,
            Some("Amani Wekesa"),
            Some("Governor"),
        ),
        (
            "names-after-prepositions",
            "We were unlucky",
            Direct,
            Some("Daal"),
            None,
        ),
        (
            "names-after-prepositions",
            "Taxes will fall",
            Direct,
            Some("Ana Silva"),
            Some("Finance Minister"),
        ),
        // Two roles of one person joined by "and" before the name: the name is the speaker,
        // both roles its role.
        (
            "roles-joined-by-and",
            "Prices fell by a third",
            Direct,
            Some("Tomas Reel"),
            Some("VFA president and Orrin farmer"),
        ),
        (
            "roles-joined-by-and",
            "We need a plan by spring",
            Direct,
            Some("Aine Cobbe"),
            Some("Union secretary and dairy farmer"),
        ),
        // (Not relatives, nor a plural: those are other people.)
        (
            "roles-joined-by-and",
            "He was a kind man",
            Direct,
            None,
            None,
        ),
        (
            "roles-joined-by-and",
            "The strike goes on",
            Direct,
            None,
            None,
        ),
        // An owner's role after a name and a comma the writer did not close, its cue ending
        // the sentence: the name speaks. (The role of a description left open is not
        // recorded, with or without an owner: a gap.) Not the sentence's own subject after an
        // opening phrase.
        (
            "owners-roles-before-cues",
            "The main reason for the fall",
            Direct,
            Some("Tran Van Loc"),
            None,
        ),
        (
            "owners-roles-before-cues",
            "Farmers will cut production",
            Direct,
            Some("Ngo Thi Lam"),
            None,
        ),
        (
            "owners-roles-before-cues",
            "Prices will fall",
            Direct,
            None,
            None,
        ),
        // (Nor a name that is the object of "for": the lawyer speaks, whom the article does not
        // name.)
        (
            "owners-roles-before-cues",
            "We will appeal",
            Direct,
            None,
            None,
        ),
        // An office, the seat it is held in ("at the Treasury", "in the Presidency") and its
        // holder set off by commas: the holder speaks, and keeps the office as the role.
        (
            "offices-held-in-a-seat",
            "No claim will be turned away",
            Direct,
            Some("Orla Brennick"),
            Some("Minister of State at the Treasury"),
        ),
        (
            "offices-held-in-a-seat",
            "The port will stay open",
            Direct,
            Some("Ilan Vesko"),
            Some("Secretary at the Department of Harbours"),
        ),
        (
            "offices-held-in-a-seat",
            "We have crews on every pier",
            Direct,
            Some("Ilan Vesko"),
            Some("Secretary at the Department of Harbours"),
        ),
        // (A seat in lower case, then an aside that is no name: the minister stays the one
        // the article named.)
        (
            "offices-held-in-a-seat",
            "Nobody will lose power",
            Direct,
            Some("Orla Brennick"),
            Some("Minister of State at the Treasury"),
        ),
        // (An aside that names the seat's country or city is no holder.)
        (
            "offices-held-in-a-seat",
            "The court will rule soon",
            Direct,
            None,
            None,
        ),
        // (An envoy's "to" links the office to its seat as "in" and "at" do.)
        (
            "offices-held-in-a-seat",
            "We are ready to talk",
            Direct,
            Some("Rui Tavares"),
            Some("Special Envoy to the Gulf"),
        ),
        // A place joined to "-born", "-based", "-raised" is where the person comes from, no
        // word of the name (the role as written keeps it); a double surname's capitalised
        // half stays.
        (
            "origins-before-names",
            "It was the best night",
            Direct,
            Some("Odile Marchetti"),
            Some("Kestrel-born"),
        ),
        (
            "origins-before-names",
            "We trusted the young players",
            Direct,
            Some("Pell Amundsen"),
            Some("Varnish-based coach"),
        ),
        (
            "origins-before-names",
            "I didn’t sleep at all",
            Direct,
            Some("Tova Reinholt"),
            Some("Lake Orrin-raised"),
        ),
        (
            "origins-before-names",
            "We earned this",
            Direct,
            Some("Elsa Hill-Corbin"),
            Some("captain"),
        ),
        // (After the cue too, before a person's or a company's name.)
        (
            "origins-before-names",
            "The city changed me",
            Direct,
            Some("Sefa Dumas"),
            Some("Lake Orrin-born"),
        ),
        (
            "origins-before-names",
            "Profits rose by a fifth",
            Direct,
            Some("Quellmark Bank"),
            Some("Harlow-based"),
        ),
        // (Not "-based" after a common noun, nor a participle of backing: those open an
        // organisation's name.)
        (
            "origins-before-names",
            "We will keep the shelter open",
            Direct,
            Some("Faith-based Coalition of Port Vell"),
            None,
        ),
        // A pronoun that reports after a comma, its cue closing the sentence, stands for no
        // one its own clause names ("Also, Marlow isn't a conservative, he said."); one
        // after an opening phrase is that phrase's ("As for Marlow, he said …").
        (
            "pronouns-that-report-after-commas",
            "He's a liberal",
            Direct,
            Some("Tom Reese"),
            None,
        ),
        (
            "pronouns-that-report-after-commas",
            "I will have the delegates",
            Direct,
            Some("Dan Marlow"),
            None,
        ),
        // Its clause starts after a full stop the sentence splitter kept ("3 a.m. Crews").
        (
            "pronouns-that-report-after-commas",
            "It was chaos",
            Direct,
            Some("Lisa Navarro"),
            Some("emergency director"),
        ),
        // One the clause introduces may report of herself.
        (
            "pronouns-that-report-after-commas",
            "Everything we owned",
            Direct,
            Some("Marta Kowalski"),
            None,
        ),
        // A stray comma between a cue and a name that ends the sentence, either way round.
        (
            "stray-commas-in-attributions",
            "There are people in need",
            Direct,
            Some("Pearl"),
            None,
        ),
        (
            "stray-commas-in-attributions",
            "I am pleased with our performance",
            Direct,
            Some("Holloway"),
            None,
        ),
        (
            "stray-commas-in-attributions",
            "We will not stop",
            Direct,
            Some("Smith"),
            None,
        ),
        // A role in lower case with no determiner, then its holder after a comma.
        (
            "holders-after-offices-and-commas",
            "I offered an amendment",
            Direct,
            Some("Sam Ardley"),
            None,
        ),
        (
            "holders-after-offices-and-commas",
            "We will go on",
            Direct,
            Some("Ana Roe"),
            None,
        ),
        // A title after "Co-" is a title.
        (
            "shared-titles",
            "It is a disgrace",
            Direct,
            Some("Tom Reese"),
            Some("Co-chair"),
        ),
        // "and" between capitalised words goes on with the lead before a role noun.
        (
            "places-joined-in-leads",
            "tea party",
            Partial,
            Some("Imelda Hartigan-Rowe"),
            Some("Eastvale and Marrow senior coroner"),
        ),
        // A titled name after a possessive, before a role noun, is no one.
        (
            "names-after-possessives-before-nouns",
            "Those are just an example",
            Direct,
            Some("Martin Tebbutt"),
            Some("Cllr"),
        ),
        // "from" an organisation after a full name is the person's affiliation, part of the
        // mention: the person, not the organisation, is the reporting clause's subject.
        (
            "affiliations-after-from",
            "He’s been wandering",
            Direct,
            Some("Dana Okafor"),
            Some("Sergeant"),
        ),
        // A phrase between commas that opens with a subject of its own ("this influences
        // …") is a clause, not an aside between a mention and its cue.
        (
            "clauses-between-commas",
            "exonerates",
            Partial,
            Some("Guy Rubin"),
            None,
        ),
        // A cue coordinated with the verb of a later clause ("…, Richardson stood up and
        // shouted:") is that clause subject's, not the sentence's; a place before "and" is
        // no subject.
        (
            "coordinated-cues-in-later-clauses",
            "I hope you lot",
            Direct,
            Some("Richardson"),
            None,
        ),
        (
            "coordinated-cues-in-later-clauses",
            "work",
            Partial,
            Some("Richardson"),
            None,
        ),
        // A quotation that is its own paragraph, past one paragraph of narration that names
        // no one, goes on from the speaker before; not past one that names someone.
        (
            "quotations-past-narration",
            "Just last weekend",
            Direct,
            Some("Neil Volzke"),
            Some("Stratford District Mayor"),
        ),
        (
            "quotations-past-narration",
            "There was water blasting",
            Direct,
            Some("Neil Volzke"),
            Some("Stratford District Mayor"),
        ),
        (
            "quotations-past-narration",
            "We would ask anyone",
            Direct,
            None,
            None,
        ),
        // A definite description after the conjunction that opens a sentence ("But the mayor
        // said …") is that sentence's subject, whom the "he" after it stands for.
        (
            "descriptions-after-conjunctions",
            "I supported 16",
            Direct,
            Some("Peter Kelly"),
            Some("Mayor"),
        ),
        // A quotation set in parentheses in a sentence with no cue is its subject's words.
        (
            "quotations-in-parentheses",
            "Most people here",
            Direct,
            Some("Richard Meers"),
            None,
        ),
        (
            "quotations-in-parentheses",
            "They do run out",
            Direct,
            Some("Richard Meers"),
            None,
        ),
        // A title before an organisation's noun alone is part of the organisation's name
        // ("the Justice Department"), not a person's title.
        (
            "titles-before-organisation-nouns",
            "more typical",
            Partial,
            Some("Justice Department"),
            None,
        ),
        (
            "titles-before-organisation-nouns",
            "fair in every respect",
            Partial,
            Some("Maria Okafor"),
            Some("Justice"),
        ),
        // Nor is a title a person's before an organisation's name of several words.
        (
            "titles-before-organisation-nouns",
            "a clear error",
            Partial,
            Some("Northern Premier Hockey League Referees Committee"),
            None,
        ),
        (
            "titles-before-organisation-nouns",
            "closed.",
            Partial,
            Some("Attorney General Office"),
            None,
        ),
        // A plural role noun and the words before it, opening the sentence, speak: not the
        // capitalised word that opens it ("Federal").
        (
            "plural-roles-opening-sentences",
            "will send the message",
            Partial,
            None,
            None,
        ),
        (
            "plural-roles-opening-sentences",
            "a relief",
            Partial,
            None,
            None,
        ),
        // A description by one noun of a trade finds the person named with another
        // ("the manager" for a club's "boss").
        (
            "trades-named-two-ways",
            "I'm delighted",
            Direct,
            Some("David Kemp"),
            Some("Oxford United boss"),
        ),
        // A definite description of an office that no one named before holds stands for no
        // one: not the nearest person the narration gave no title ("the mayor" is not
        // "Ostrander", "the judge" is not the defendant "Daniel Reyes"); counsel is a lawyer.
        (
            "descriptions-and-untitled-people",
            "We have waited long enough",
            Direct,
            None,
            None,
        ),
        (
            "descriptions-and-untitled-people",
            "My client has shown real remorse",
            Direct,
            Some("Ilse Marwick"),
            Some("defence counsel"),
        ),
        (
            "descriptions-and-untitled-people",
            "Nobody has told us anything",
            Direct,
            None,
            None,
        ),
        (
            "descriptions-and-untitled-people",
            "We have curtailed",
            Direct,
            None,
            None,
        ),
        (
            "descriptions-and-untitled-people",
            "You have shown no remorse",
            Direct,
            None,
            None,
        ),
        // "Madam" is an honorific, no part of the name.
        (
            "madam-as-honorific",
            "We were not given enough notice",
            Direct,
            Some("Rebecca Adjei"),
            Some("Madam"),
        ),
        // A name after "a" or "an" that modifies a lower-case noun is no sentence's subject.
        (
            "attributive-names",
            "relief",
            Partial,
            Some("Corinne Haldane"),
            None,
        ),
        // A word numbered is a label, no one who speaks or whom a description stands for.
        (
            "numbered-labels",
            "an attack on local democracy",
            Partial,
            None,
            None,
        ),
        (
            "numbered-labels",
            "frail older people",
            Nonspeech,
            None,
            None,
        ),
        // "Member" is a title, of a seat whose field runs up to the holder's name.
        (
            "members-for-seats",
            "Our volunteers came",
            Direct,
            Some("Dana-Lee Marsh"),
            Some("Member for Eastern Lakes Region"),
        ),
        // "to" links an envoy's or an aide's title to its field, which runs up to the
        // holder's name (a body's name after "the" up to the given name).
        (
            "envoys-to-places",
            "We will not walk away",
            Direct,
            Some("Tomas Ardent"),
            Some("Ambassador to Veloria"),
        ),
        (
            "envoys-to-places",
            "The numbers do not add up",
            Direct,
            Some("Dorian Fell"),
            Some("Chief Secretary to the Treasury"),
        ),
        (
            "envoys-to-places",
            "It is a start",
            Direct,
            Some("Mara Quist"),
            Some("Special Envoy to the Northern Isles"),
        ),
        (
            "envoys-to-places",
            "Nobody is leaving",
            Direct,
            Some("Linda Okafor-Reyes"),
            Some("U.S. Ambassador to the United Nations"),
        ),
        (
            "envoys-to-places",
            "The talks are over",
            Direct,
            Some("Philip Goldmann"),
            Some("Ambassador to South Veloria"),
        ),
        (
            "envoys-to-places",
            "The visit will go ahead",
            Direct,
            Some("Jacob J. Lewin"),
            Some("Ambassador to Norland"),
        ),
        // (A field whose word opens with a character of two bytes.)
        (
            "envoys-to-places",
            "We will act",
            Direct,
            Some("Jean Dupré"),
            Some("Minister of the Économie"),
        ),
        (
            "envoys-to-places",
            "We are glad you came",
            Direct,
            Some("Ana Ruiz"),
            Some("Mayor"),
        ),
        // A given name of two letters names the one person named in full with it: the
        // family name that opens a name written family name first ("Ko Minseo" … "Ko
        // posted"), and an English given name ("Ed Varga" … "Ed said").
        (
            "given-names-of-two-letters",
            "Unity is easy",
            Direct,
            Some("Ko Minseo"),
            Some("lawmaker from the opposition"),
        ),
        (
            "given-names-of-two-letters",
            "We will work with whoever",
            Direct,
            Some("Ed Varga"),
            Some("treasurer"),
        ),
        // A complement's object may be a noun no list names after its determiner: the
        // appositive then gives the person a role, and the given name names them.
        (
            "complements-of-plain-nouns",
            "The money will be gone",
            Direct,
            Some("Mara Quell"),
            Some("lawmaker from the opposition"),
        ),
        (
            "complements-of-plain-nouns",
            "We have waited long enough",
            Direct,
            Some("Dev Ostrand"),
            Some("member of the congregation"),
        ),
        // A phrase of place with a possessive ("in his speech") before a present "says"
        // leaves the sentence its subject, whom the next paragraph's quotation continues;
        // "Reverend" is a title.
        (
            "adjuncts-with-possessives",
            "We must act now",
            Direct,
            Some("Tomas Veka"),
            Some("Veloria’s Prime Minister Honorable"),
        ),
        (
            "adjuncts-with-possessives",
            "We cannot wait",
            Direct,
            Some("Lani Fuimaono"),
            Some("Reverend"),
        ),
        // An acronym before the place it serves names an organisation, for which no "he"
        // stands; a statement from an organisation is its words.
        (
            "acronyms-before-branches",
            "We are very sorry",
            Direct,
            Some("Tomas Reed"),
            Some("chief executive"),
        ),
        (
            "acronyms-before-branches",
            "deeply concerned",
            Partial,
            Some("UNICEF Veloria"),
            None,
        ),
        // What a title's possessive names is a place ("Queen’s Park"), and a street's
        // abbreviated noun ends its name ("E. Linden Ave."): neither is the "she" who speaks.
        (
            "places-named-by-titles-and-streets",
            "We need the province",
            Direct,
            Some("Harwick"),
            None,
        ),
        (
            "places-named-by-titles-and-streets",
            "Nobody ever asked me",
            Direct,
            Some("Erin Maddox"),
            Some("Councilwoman"),
        ),
        // A name that ends with a street's noun is a place: no "he" stands for it.
        (
            "places-named-by-titles-and-streets",
            "I love you so much",
            Direct,
            Some("Jack Aldane"),
            Some("Producer"),
        ),
        // Nor does one stand for a name shaped as a place's ("Marlow County").
        (
            "places-named-by-titles-and-streets",
            "We are looking at a younger",
            Direct,
            Some("Dana Whitcombe"),
            None,
        ),
        // A name that opens as people's names do ("Sri", "San", a given name) is a person's.
        (
            "places-named-by-titles-and-streets",
            "Nobody comes out after dark",
            Direct,
            Some("Sri Lestari"),
            None,
        ),
        // A name of one word joined by "and" to a place after "in" is a place too.
        (
            "places-named-by-titles-and-streets",
            "The programme for this year",
            Direct,
            Some("Marko Vilar"),
            Some("VPW Secretary"),
        ),
        // A name that ends with a settlement's noun is a place, whatever opens it.
        (
            "places-named-by-titles-and-streets",
            "We are stretched thin",
            Direct,
            Some("Rob Dowd"),
            Some("Fire chief"),
        ),
        // A name joined by "and" to a place, then an aside, is no place.
        (
            "places-named-by-titles-and-streets",
            "It looks beautiful",
            Direct,
            Some("Moreau"),
            None,
        ),
        // A full name set off after a person's noun and the place of its preposition ("His
        // counterpart at Nordwagen, Carlo Ghezzi,") is that person, no place's region.
        (
            "appositives-ending-in-places",
            "I feel your disappointment",
            Direct,
            Some("Carlo Ghezzi"),
            None,
        ),
        // A "she" right after a sentence that an indefinite description of a speaker opens
        // stands for that speaker, unnamed or her organisation, not the woman named before.
        (
            "pronouns-after-unnamed-speakers",
            "He will appear in court",
            Direct,
            None,
            None,
        ),
        (
            "pronouns-after-unnamed-speakers",
            "Five years is too long",
            Direct,
            Some("Ann Lidell"),
            Some("Mayor"),
        ),
        (
            "pronouns-after-unnamed-speakers",
            "Supply will return by noon",
            Direct,
            Some("Veloria Water"),
            None,
        ),
        // (Not where the speaker's sentence points to the one named before: "the governor".)
        (
            "pronouns-after-unnamed-speakers",
            "We will deliver them",
            Direct,
            Some("Tom Haller"),
            Some("Governor"),
        ),
        // An office held in a place ("The UN Resident Coordinator in Veloria, Edwin Kallu,")
        // is in apposition to the name after it, and names no one called "Coordinator"; a
        // common noun's place may have a region after its comma ("A shopkeeper in Newcastle,
        // New South Wales,"), which is no one.
        (
            "offices-held-in-places",
            "My thoughts go to their families",
            Direct,
            Some("Edwin Kallu"),
            None,
        ),
        (
            "offices-held-in-places",
            "We are grateful",
            Direct,
            Some("Hannah Dorne"),
            Some("British Ambassador in Kabul"),
        ),
        (
            "offices-held-in-places",
            "Everyone is out on the street",
            Direct,
            None,
            None,
        ),
        // (Nor a region of two words after an office's place: "New South Wales" is no one, so
        // "Wales said" names a Wales of its own.)
        (
            "offices-held-in-places",
            "Nothing has changed",
            Direct,
            Some("Wales"),
            None,
        ),
        // (An office in capitals with no holder in it, before its place and its holder, is
        // no one the "He" after it stands for.)
        (
            "offices-held-in-places",
            "I am deeply saddened",
            Direct,
            Some("Tomas Quill"),
            None,
        ),
        // (Nor an office in capitals whose last word is a trade's noun, set off before its
        // holder.)
        (
            "offices-held-in-places",
            "We will keep the clinics open",
            Direct,
            Some("Hale Okonjo"),
            None,
        ),
        // A document a name owns is that one's words: a person's, or an organisation's by
        // the acronym it defined.
        (
            "documents-owned-by-names",
            "We will win this district",
            Direct,
            Some("Tom Reding"),
            Some("independent candidate"),
        ),
        (
            "documents-owned-by-names",
            "Bears are hungry",
            Direct,
            Some("Veloria Wildlife Department"),
            None,
        ),
        // (Owned by the name itself: "Hale’s family’s statement" is the family's, not the
        // dead woman's.)
        (
            "documents-owned-by-names",
            "She was a kind soul",
            Direct,
            None,
            None,
        ),
        // A document that speaks again after a curly closing mark (three bytes): its issuer
        // is read past the whole mark (this panicked before).
        (
            "statements-after-curly-quotes",
            "Two suspects were arrested",
            Direct,
            None,
            None,
        ),
        (
            "statements-after-curly-quotes",
            "The shop will reopen",
            Direct,
            Some("Ada Obi"),
            Some("Inspector"),
        ),
        // A month that is a woman's given name, before one surname inside a sentence, opens
        // her name ("April Odom"); "in April" stays a date.
        (
            "months-as-given-names",
            "It is ironic",
            Direct,
            Some("April Odom"),
            Some("spokesperson"),
        ),
        (
            "months-as-given-names",
            "It went well",
            Direct,
            Some("Hale"),
            None,
        ),
        (
            "months-as-given-names",
            "We need more staff",
            Direct,
            Some("May Bennett"),
            Some("colleague"),
        ),
        (
            "months-as-given-names",
            "The crowd came back",
            Direct,
            Some("June Castell"),
            None,
        ),
        // "The chair" is the chairman: one office by two nouns.
        (
            "chairs-named-two-ways",
            "We will hear every witness",
            Direct,
            Some("Tomas Reyes"),
            Some("Committee chairman"),
        ),
        // An office in capitals, a comma and a full name ending the clause, after "according
        // to" or a dash: the holder speaks.
        (
            "holders-after-offices-and-commas",
            "unusually calm",
            Partial,
            Some("Mark Tolland"),
            None,
        ),
        (
            "holders-after-offices-and-commas",
            "The chamber will sit again",
            Direct,
            Some("Amaka Ilori"),
            Some("Dr."),
        ),
        // An office with its field ("Director of Amnesty International Veloria"), then its
        // holder set off by commas: the holder speaks, not "International Veloria".
        (
            "holders-after-offices-and-commas",
            "This is a war crime",
            Direct,
            Some("Osa Ojimba"),
            Some("Director of Amnesty International Veloria"),
        ),
        (
            "holders-after-offices-and-commas",
            "The workers must be released",
            Direct,
            Some("Kenneth Rowe"),
            None,
        ),
        // An age, then a description, between a name and its cue.
        (
            "ages-before-appositives",
            "While it is difficult",
            Direct,
            Some("Tanabe"),
            Some("head of the Eastern Association of Corporate Executives"),
        ),
        // A name after a speech noun's "from" is a person's, and "who" after an organisation
        // in that person's appositive stands for the person.
        (
            "words-from-people",
            "a full-blown crisis",
            Partial,
            Some("Ruth Ogle"),
            None,
        ),
        // An office in capitals, "and", then the holder's other office and name: the holder is
        // the sentence's subject.
        (
            "offices-joined-before-holders",
            "The issue with the port authority",
            Direct,
            Some("Lena Fairweather"),
            Some("Harbour East MP and Transport Minister"),
        ),
        // A document from someone is their words.
        // (An organisation's name with its links after "from"; a document set off with who
        // signed it; not with who saw it.)
        (
            "documents-from-people",
            "Funding for the bypass",
            Direct,
            Some("Department for Transport"),
            None,
        ),
        (
            "documents-from-people",
            "The government cannot continue",
            Direct,
            Some("Emeka Nwachukwu"),
            Some("Bishop"),
        ),
        (
            "documents-from-people",
            "Staff will not be paid",
            Direct,
            None,
            None,
        ),
        (
            "documents-from-people",
            "For the moment the production",
            Direct,
            Some("Alan Finch"),
            Some("executive director"),
        ),
        // (Not a name that owns the source: "a statement from Peter Vance's family".)
        (
            "documents-from-people",
            "We are saddened",
            Direct,
            None,
            None,
        ),
        // Initials before a given name are the name's, not a title, after an office too.
        (
            "initials-before-given-names",
            "I challenge you",
            Direct,
            Some("J. Paul Corrigan"),
            Some("contractor"),
        ),
        (
            "initials-before-given-names",
            "The session must go on",
            Direct,
            Some("P.A. Muhammed Rafiq"),
            Some("Minister of Public Works and Tourism"),
        ),
        // (Not a place's initials after an office's link.)
        (
            "initials-before-given-names",
            "The roads are in a terrible state",
            Direct,
            Some("Hilary Benn"),
            Some("Secretary of State for N.I."),
        ),
        // An adverb may stand before an inverted cue: the name after the verb speaks.
        (
            "adverbs-before-inverted-cues",
            "We looked at every option",
            Direct,
            Some("Ana Ruiz"),
            Some("Mayor"),
        ),
        (
            "adverbs-before-inverted-cues",
            "Children will have nowhere",
            Direct,
            Some("Priya Natarajan"),
            Some("resident"),
        ),
        // "praised" and "mentioned" invert after a quotation.
        (
            "inverted-praise",
            "I really feel",
            Direct,
            Some("Jurgen Vogt"),
            None,
        ),
        (
            "inverted-praise",
            "We used to get",
            Direct,
            Some("Jurgen Vogt"),
            None,
        ),
        // After a cue, an organisation's name, its acronym, a lower-case role and a name:
        // the person speaks; a title of two joined by a hyphen is a title.
        (
            "roles-after-organisations",
            "We can really depend",
            Direct,
            Some("Rosalie Tekarontake"),
            Some("grand chief"),
        ),
        (
            "roles-after-organisations",
            "The session was focused",
            Direct,
            Some("Abram Sewell"),
            Some("grand chief"),
        ),
        (
            "roles-after-organisations",
            "It is a good start",
            Direct,
            Some("Jean Marchand"),
            Some("Secretary-Treasurer"),
        ),
        // A surname with a demonym's ending ("Kroese") before "says" is a speaker; only a
        // cue that is also a plural noun ("Asian states") makes it an adjective.
        (
            "surnames-like-demonyms",
            "Right now we have",
            Direct,
            Some("Dane Kroese"),
            None,
        ),
        // A "Read more:" link between the narration and the quotation is passed over.
        (
            "related-links",
            "Our three-year average",
            Direct,
            Some("Dane Kroese"),
            None,
        ),
        // A noun alone before or after a cue is its subject ("police said", "said police"):
        // it resolves as "the police" would, or stays unresolved, and is never the speaker of
        // the paragraph before.
        (
            "bare-noun-subjects",
            "No one was inside",
            Direct,
            None,
            None,
        ),
        (
            "bare-noun-subjects",
            "The man was arrested",
            Direct,
            Some("Halifax Regional Police"),
            None,
        ),
        (
            "bare-noun-subjects",
            "He is expected",
            Direct,
            Some("Halifax Regional Police"),
            None,
        ),
        // A relative pronoun right after a quotation stands for a name inside it; the
        // speaker is named later in the sentence.
        (
            "relative-clauses-after-quotations",
            "Yesterday morning",
            Direct,
            Some("Joan Pell"),
            None,
        ),
        // "Given that …," opens a subordinate clause, whose subject is not the sentence's.
        (
            "subordinate-openers",
            "I don't have any desire",
            Direct,
            Some("Maria Okafor"),
            Some("Fulton County District Attorney"),
        ),
        // A description after a name whose closing comma is missing before the cue.
        (
            "unclosed-appositives",
            "I have answered",
            Direct,
            Some("Sharma"),
            None,
        ),
        (
            "unclosed-appositives",
            "We are confident",
            Direct,
            Some("Lena Ortiz"),
            None,
        ),
        // An office in capitals, a comma, then its holder: the holder is the subject.
        (
            "offices-before-holders",
            "together towards",
            Partial,
            Some("Marcus Ellery"),
            Some("Saint Adria Prime Minister"),
        ),
        // A cue's word after "of" in a role is a noun: "secretary of state".
        (
            "cue-words-in-offices",
            "The first line",
            Direct,
            Some("Hannah Corliss"),
            Some("former secretary of state"),
        ),
        // Offices written out before a name: counsel, a presiding officer's deputy, a role
        // noun capitalised before "of" and an office of two parts.
        // A party's whip is a title, no part of the name.
        (
            "offices-written-out",
            "At every opportunity",
            Direct,
            Some("Regina Doherty"),
            Some("Government Chief Whip"),
        ),
        (
            "offices-written-out",
            "It's going to impair",
            Direct,
            Some("Carla Morgan"),
            Some("City Corporation Counsel"),
        ),
        (
            "offices-written-out",
            "Only the governor",
            Direct,
            Some("Don Perata"),
            Some("Senate President Pro Tem"),
        ),
        (
            "offices-written-out",
            "I have already had",
            Direct,
            Some("Dolores Sheets"),
            Some("Manager of Development and Engineering"),
        ),
        // A broadcaster's credit under a photo ("Chamber TV") is an organisation, no "she".
        (
            "broadcasters-in-captions",
            "Don't you dare",
            Direct,
            Some("Aoife Brannigan"),
            None,
        ),
        // A person the narration names by one word only takes the full name a quotation
        // writes of them.
        (
            "names-completed-from-quotations",
            "He is just the man",
            Direct,
            Some("Marla Voss"),
            None,
        ),
        // An office's acronym before a name, a title joined to the words of its seat, and
        // an Indigenous community's Elder are titles, not parts of the name.
        (
            "acronym-titles",
            "It's a quirk",
            Direct,
            Some("Bob Beck"),
            Some("CAO"),
        ),
        (
            "acronym-titles",
            "This brings the defendant",
            Direct,
            Some("Cy Vance Jr."),
            Some("DA"),
        ),
        (
            "acronym-titles",
            "They believed the machine",
            Direct,
            Some("Michael Flaherty"),
            Some("City Councilor-at-Large"),
        ),
        (
            "acronym-titles",
            "Once again",
            Direct,
            Some("Garry Sault"),
            Some("Elder"),
        ),
        // A "she" in the clause of a role noun's cue ("the union president said is the
        // worst she's seen") tells nothing of the sentence's subject, a place.
        (
            "pronouns-of-described-speakers",
            "Many of our rural",
            Direct,
            Some("Janet Hazelton"),
            Some("president of the Nova Scotia Nurses' Union"),
        ),
        // A name after a possessive modifies a noun ("his Orchard Park site"): no "he"
        // stands for it; an affiliation after "with" belongs to the name before the cue.
        (
            "names-after-possessives",
            "Then it was",
            Direct,
            Some("Mark Eberling"),
            None,
        ),
        (
            "names-after-possessives",
            "It seems he had",
            Direct,
            Some("Daniel Grubbs"),
            Some("Sgt."),
        ),
        // A colon introduces the quotation: the short clause after its full stop credits an
        // outlet, not the speaker.
        (
            "outlet-credits-after-colons",
            "I am a disciplined soldier",
            Direct,
            Some("Arun Desai"),
            Some("Prime Minister"),
        ),
        // A judge's ruling is the judge's words.
        (
            "rulings-as-speech",
            "citing, arresting",
            Partial,
            Some("Elena Varga"),
            Some("U.S. District Judge"),
        ),
        // The capitalised words before a participle of origin are its place, no name: the
        // name after the role speaks.
        (
            "origins-of-places-of-several-words",
            "I am delighted",
            Direct,
            Some("Tomas Adeyemi"),
            Some("New York-born striker"),
        ),
        (
            "origins-of-places-of-several-words",
            "The supporters made",
            Direct,
            Some("Lerato Dube"),
            Some("Cape Town-raised winger"),
        ),
        // A place with a particle or stops before a participle of origin is no name either.
        (
            "origins-with-particles-and-stops",
            "We played for the whole",
            Direct,
            Some("Tomas Adeyemi"),
            Some("Rio de Janeiro-born striker"),
        ),
        (
            "origins-with-particles-and-stops",
            "It was a long season",
            Direct,
            Some("Mara Quill"),
            Some("St. Louis-born coach"),
        ),
        (
            "origins-with-particles-and-stops",
            "I grew up two streets",
            Direct,
            Some("Dana Pell"),
            Some("U.S.-born forward"),
        ),
        (
            "origins-with-particles-and-stops",
            "The hills helped",
            Direct,
            Some("Corin Vale"),
            Some("Isle of Man-raised rider"),
        ),
        // A plural's possessive inside an organisation's name goes on with it; a place's
        // possessive owns the organisation after it.
        (
            "possessives-inside-organisations",
            "We are tired of waiting",
            Direct,
            Some("Veloria Nurses’ Association"),
            None,
        ),
        (
            "possessives-inside-organisations",
            "Our members will march",
            Direct,
            Some("Ana Duarte"),
            Some("president"),
        ),
        (
            "possessives-inside-organisations",
            "We need more staff",
            Direct,
            Some("Kestrel Children’s Hospital"),
            None,
        ),
        (
            "possessives-inside-organisations",
            "The vote is final",
            Direct,
            Some("Parliament"),
            None,
        ),
        // The person a role names after an organisation and its acronym is the sentence's
        // subject, whom a "he" after the next quotation stands for.
        (
            "acronyms-before-roles",
            "He had started many",
            Direct,
            Some("Tomas Reyd"),
            Some("president"),
        ),
        (
            "acronyms-before-roles",
            "A great responsibility",
            Direct,
            Some("Piet Salleh Roux"),
            Some("chairman"),
        ),
        // An office of an organisation, then its holder set off by commas, before the cue:
        // the holder speaks, and is the "he" of the next paragraph; a place set off so is not.
        (
            "offices-of-organisations-before-holders",
            "We have not received",
            Direct,
            Some("Ukadike Obiora"),
            None,
        ),
        (
            "offices-of-organisations-before-holders",
            "We had expected Kestrel",
            Direct,
            Some("Ukadike Obiora"),
            None,
        ),
        (
            "offices-of-organisations-before-holders",
            "I am sick and tired",
            Direct,
            Some("Odran Tesfaye"),
            None,
        ),
        // A spokesperson's noun after an organisation's name, with no determiner: the
        // organisation speaks.
        (
            "spokespeople-after-organisations",
            "The government has to make",
            Direct,
            Some("Department of Environment"),
            Some("spokeswoman"),
        ),
        (
            "spokespeople-after-organisations",
            "We will appeal the ruling",
            Direct,
            Some("Veloria Rail"),
            Some("spokesman"),
        ),
        // "a man named Dani": the name the description gives speaks.
        (
            "names-given-after-named",
            "It’s like a war",
            Direct,
            Some("Dani"),
            None,
        ),
        (
            "names-given-after-named",
            "It’s splitting apart",
            Direct,
            Some("Dani"),
            None,
        ),
        (
            "names-given-after-named",
            "We were never asked",
            Direct,
            Some("Sari Lumen"),
            None,
        ),
        // "According to him," reports the words of whom the "him" stands for, and a "He said"
        // after it goes on standing for the same man.
        (
            "pronouns-after-according-to",
            "It is unacceptable",
            Direct,
            Some("Isaac Mensor"),
            Some("President of VNAT"),
        ),
        (
            "pronouns-after-according-to",
            "We stated that both",
            Direct,
            Some("Isaac Mensor"),
            Some("President of VNAT"),
        ),
        // "and" after a titled person's given name joins a second person, not the words of
        // a place's or an organisation's name: each keeps their own name and role.
        (
            "titled-people-joined-by-and",
            "formal financial",
            Partial,
            Some("Justin Trudell"),
            Some("Prime Minister"),
        ),
        (
            "titled-people-joined-by-and",
            "The line will be built",
            Direct,
            Some("Rachel Notley"),
            Some("Alberta premier"),
        ),
        // (A given name no list holds: two capitalised words after the title.)
        (
            "titled-people-joined-by-and",
            "We agree on the route",
            Direct,
            Some("Petra Holm"),
            Some("Chancellor"),
        ),
        // A body that a place's possessive owns, written by its name, is the body the
        // narration named there, not "Kestrova’s High Court" unresolved.
        (
            "bodies-owned-by-places",
            "The appeal is dismissed",
            Direct,
            Some("High Court"),
            None,
        ),
        (
            "bodies-owned-by-places",
            "Vaccines are safe",
            Direct,
            Some("Ministry of Health"),
            None,
        ),
        (
            "bodies-owned-by-places",
            "The border crossing",
            Direct,
            Some("Foreign Office"),
            None,
        ),
        // A name of two words is the one person named in full with three or more that open
        // with them, as Malay, Arabic or Thai names are shortened; a headline's capitalised
        // words name no one.
        (
            "names-shortened-to-two-words",
            "Don’t look at the contract",
            Direct,
            Some("Nurul Azmin Halim"),
            Some("Dr"),
        ),
        (
            "names-shortened-to-two-words",
            "I was tired",
            Direct,
            Some("Kestrel Vell"),
            None,
        ),
        // A conjunction opening the sentence, then a clause of its own: the clause's names
        // are no subject ("But, if the aim was to get the Lions to play …, Vell knows …").
        (
            "opening-clauses-after-conjunctions",
            "six or seven",
            Partial,
            Some("Tomas Vell"),
            Some("coach"),
        ),
        (
            "opening-clauses-after-conjunctions",
            "dead end",
            Partial,
            Some("Ines Dallo"),
            Some("chairwoman"),
        ),
        // A definite description that no one named holds stands for the subject of the
        // sentence before, as a writer varies a name ("the exhausted skipper"), also past a
        // sentence that "she" opens; not where the noun introduced someone before ("A
        // witness …"), nor for an office's title ("the judge").
        (
            "descriptions-that-vary-names",
            "It will be one of our best",
            Direct,
            Some("Tomas Vell"),
            Some("batter"),
        ),
        (
            "descriptions-that-vary-names",
            "Nobody was hurt",
            Direct,
            None,
            None,
        ),
        (
            "descriptions-that-vary-names",
            "We were never in it",
            Direct,
            Some("Ruta Osei"),
            None,
        ),
        (
            "descriptions-that-vary-names",
            "The sentence stands",
            Direct,
            None,
            None,
        ),
        // (A noun its ending tells, after a person a lower-case role names; not a name inside
        // a clause of the sentence before.)
        (
            "descriptions-that-vary-names",
            "I never dreamt",
            Direct,
            Some("Sami Roy"),
            Some("Harlow captain"),
        ),
        (
            "descriptions-that-vary-names",
            "He is going nowhere",
            Direct,
            None,
            None,
        ),
        // (Nor a trade that acts for others: the defendant's lawyer is someone else.)
        (
            "descriptions-that-vary-names",
            "My client is innocent",
            Direct,
            None,
            None,
        ),
        // (Nor where the quotation speaks of that person: "He deserved a longer sentence".)
        (
            "descriptions-that-vary-names",
            "He deserved a longer sentence",
            Direct,
            None,
            None,
        ),
        // An institution named after a saint or a monarch holds the possessive in its name:
        // "St Hilda’s College", not "College".
        (
            "institutions-named-after-saints",
            "We want answers",
            Direct,
            Some("St Hilda’s College"),
            None,
        ),
        (
            "institutions-named-after-saints",
            "Every ward is open",
            Direct,
            Some("St Thomas’ Hospital"),
            Some("spokesperson"),
        ),
        (
            "institutions-named-after-saints",
            "Exams go ahead",
            Direct,
            Some("Queen’s University"),
            None,
        ),
        (
            "institutions-named-after-saints",
            "The grants are paused",
            Direct,
            Some("Prince’s Trust"),
            None,
        ),
        // (Places of learning and care are organisations: "Hospice", "Academy".)
        (
            "institutions-named-after-saints",
            "Beds are short",
            Direct,
            Some("St Luke’s Hospice"),
            Some("spokesperson"),
        ),
        (
            "institutions-named-after-saints",
            "Every pupil sat",
            Direct,
            Some("St Mary’s Academy"),
            None,
        ),
        // A possessive after "of" ends an organisation's name and belongs to it: "the
        // Ministry of Health’s guidelines" names the ministry, which "the MOH" spells. Not a
        // person's after any other word.
        (
            "possessives-after-links",
            "Masks are advised",
            Direct,
            Some("Ministry of Health"),
            None,
        ),
        (
            "possessives-after-links",
            "We expected it",
            Direct,
            Some("Bank of Veloria"),
            None,
        ),
        (
            "possessives-after-links",
            "She was right",
            Direct,
            Some("Oren Tal"),
            None,
        ),
        // Someone an inverted cue describes, then names after "called" or "named", whatever
        // the description's noun: the name speaks.
        (
            "descriptions-then-names",
            "Prices went up again",
            Direct,
            Some("Mama Ebele"),
            None,
        ),
        (
            "descriptions-then-names",
            "I closed my stall",
            Direct,
            Some("Tobi Aderin"),
            None,
        ),
        (
            "descriptions-then-names",
            "The council never asked us",
            Direct,
            Some("Abeni"),
            None,
        ),
        // A statement speaks for whoever issued it: the name whose cue issued it ("…, the
        // Veloria Joint Task Force said in a statement", not the front named first in that
        // sentence), or the body it is "from".
        (
            "statements-of-issuers",
            "were attacked with explosive",
            Partial,
            Some("Veloria Joint Task Force"),
            None,
        ),
        (
            "statements-of-issuers",
            "While conducting patrols",
            Direct,
            Some("Harbour Coast Guard"),
            None,
        ),
        (
            "statements-of-issuers",
            "The persons have since",
            Direct,
            Some("Harbour Coast Guard"),
            None,
        ),
        // A title written in lower case is a description's noun ("The colonel told Radio
        // Kestrel …"), so the station he told is not the speaker; not where it modifies a
        // noun ("The major parties").
        (
            "titles-in-lower-case",
            "in a sector known",
            Partial,
            Some("Juvenal Marsh"),
            Some("Colonel"),
        ),
        ("titles-in-lower-case", "a disgrace", Partial, None, None),
        (
            "titles-in-lower-case",
            "We will find them",
            Direct,
            Some("Juvenal Marsh"),
            Some("Colonel"),
        ),
        // "According to the" and a name of several capitalised words is a body's, whatever
        // its nouns; a common noun's acronym ("an intelligence-based operation (IBO)") is
        // no organisation a statement could be from.
        (
            "bodies-defined-by-acronyms",
            "on the reported presence",
            Partial,
            Some("Veloria Inter-Services Public Relations"),
            None,
        ),
        (
            "bodies-defined-by-acronyms",
            "During the operation",
            Direct,
            Some("Veloria Inter-Services Public Relations"),
            None,
        ),
        // Capitals and digits name a group, no "he": the "he" here stands for no one named.
        (
            "groups-named-with-digits",
            "But it was not a surrender",
            Direct,
            None,
            None,
        ),
        (
            "groups-named-with-digits",
            "We will not negotiate",
            Direct,
            Some("K44"),
            None,
        ),
        // "and" between two titles before a full name joins two offices of one person, and
        // a span of time that opens the sentence ("A week after …,") holds no subject.
        (
            "titles-joined-by-and",
            "well equipped",
            Partial,
            Some("Tomas Abeyo"),
            Some("President and Commander-in-Chief"),
        ),
        (
            "titles-joined-by-and",
            "an escalation",
            Partial,
            Some("Tomas Abeyo"),
            Some("President and Commander-in-Chief"),
        ),
        (
            "titles-joined-by-and",
            "stay the course",
            Partial,
            Some("Dana Pell"),
            Some("Chairman and CEO"),
        ),
        // After a listed given name, a noun of an armed body is a surname.
        (
            "surnames-that-name-bodies",
            "It was the best decision",
            Direct,
            Some("Peter Guard"),
            None,
        ),
        // The description may go on with a preposition's phrase after the name.
        (
            "descriptions-then-names",
            "We sell less every week",
            Direct,
            Some("Musa Bako"),
            None,
        ),
        // An owner of several words in the possessive opens the description after the cue,
        // and the holder set off after it speaks; "Said" and such a clause may end the
        // paragraph with no stop.
        (
            "holders-after-owned-descriptions",
            "We shall continue working",
            Direct,
            Some("Tomas Byaru"),
            Some("executive director"),
        ),
        (
            "holders-after-owned-descriptions",
            "Even then, the wards",
            Direct,
            Some("Ama Lenz"),
            Some("medical director"),
        ),
        // (A spokesperson too, whose name is set off after: not the authority.)
        (
            "holders-after-owned-descriptions",
            "The audit is complete",
            Direct,
            Some("Thandi Mokoena"),
            Some("spokesperson"),
        ),
        // An acronym never defined is the organisation whose initials spell it.
        (
            "acronyms-never-defined",
            "Local outbreaks",
            Direct,
            Some("Veloria Department of Health"),
            None,
        ),
        (
            "acronyms-never-defined",
            "provide sufficient",
            Partial,
            Some("Veloria Department of Health"),
            None,
        ),
        (
            "acronyms-never-defined",
            "We have seen no cases",
            Direct,
            Some("KMA"),
            None,
        ),
        // A description of up to twelve words before the name it describes.
        (
            "descriptions-of-twelve-words",
            "We have not lowered",
            Direct,
            Some("Ram Awtal"),
            None,
        ),
        // A plural's possessive opening an organisation's name is no title.
        (
            "possessives-opening-organisations",
            "We will not work",
            Direct,
            Some("Doctors’ Union of Selangor"),
            None,
        ),
        (
            "possessives-opening-organisations",
            "Prices are up again",
            Direct,
            Some("Farmers’ Cooperative Society of Nakuru"),
            None,
        ),
        (
            "possessives-opening-organisations",
            "Classes resume",
            Direct,
            Some("Women’s College of Accra"),
            None,
        ),
        (
            "possessives-opening-organisations",
            "Every bed is full",
            Direct,
            Some("Children’s Hospital"),
            None,
        ),
        // A person whose surname is an organisation's noun, with a person's role or a gender
        // beside the name, is a person, whom "he" and "she" stand for.
        (
            "surnames-that-name-bodies",
            "The ban was never",
            Direct,
            Some("Simon Court"),
            Some("ACT's Energy and Resources spokesperson"),
        ),
        (
            "surnames-that-name-bodies",
            "We agree with the minister",
            Direct,
            Some("Ana Bank"),
            Some("Party spokesperson"),
        ),
        (
            "surnames-that-name-bodies",
            "Every bed is taken",
            Direct,
            Some("Mercy Hospital"),
            None,
        ),
        // A sentence's first word that describes the person is neither name nor role; an
        // organisation's name stays whole.
        (
            "openings-that-describe",
            "The town gave me",
            Direct,
            Some("Rachael Wembury"),
            None,
        ),
        (
            "openings-that-describe",
            "I could hear",
            Direct,
            Some("Ava Lindqvell"),
            None,
        ),
        (
            "openings-that-describe",
            "We will not leave",
            Direct,
            Some("United Harbour Group"),
            None,
        ),
        // A role in lower case after an owner, or with its office's field after "for", up to
        // the name; "for" before a determiner ends the role.
        (
            "roles-with-a-field",
            "We take a serious view",
            Direct,
            Some("Lian Mei Tor"),
            Some("its deputy managing director for financial supervision"),
        ),
        (
            "roles-with-a-field",
            "Customers will be repaid",
            Direct,
            Some("Ana Duarte"),
            Some("bank’s head of retail"),
        ),
        (
            "roles-with-a-field",
            "Our members want",
            Direct,
            Some("Piet Roux"),
            Some("commissioner for consumer affairs"),
        ),
        ("roles-with-a-field", "We are reviewing", Direct, None, None),
        // A field after "for" that names a person is the client's: no one speaks.
        (
            "roles-with-a-field",
            "We will appeal the ruling",
            Direct,
            None,
            None,
        ),
        ("roles-with-a-field", "The tour is off", Direct, None, None),
        // An organisation's noun after a word of its kind makes the name an organisation's,
        // which "she" does not stand for; after "to" it is a verb, and gives no role.
        (
            "firms-before-names",
            "We have no cash",
            Direct,
            Some("Meg Farrow"),
            None,
        ),
        (
            "firms-before-names",
            "We spent it all",
            Direct,
            Some("Tovar"),
            None,
        ),
        // A few words quoted in the paragraph after a lone quotation leave it narration.
        (
            "following-past-quoted-words",
            "It will help",
            Direct,
            Some("Meg Farrow"),
            None,
        ),
        // Not when those words are someone else's: the victim the paragraph names is no
        // speaker.
        (
            "following-past-others-words",
            "He was a kind man",
            Direct,
            None,
            None,
        ),
        // An honorific before a full name's first word alone names its holder.
        (
            "honorifics-before-family-names",
            "We are working with the banks",
            Direct,
            Some("Tan Mei Ling"),
            None,
        ),
        (
            "honorifics-before-family-names",
            "The victims deserve",
            Direct,
            Some("Anwar Rahimi"),
            Some("Opposition leader"),
        ),
        // An acronym written before the article defined it names the organisation in full.
        (
            "acronyms-defined-later",
            "unsustainable",
            Partial,
            Some("Veloria Water Board"),
            None,
        ),
        (
            "acronyms-defined-later",
            "We have asked every customer",
            Direct,
            Some("Veloria Water Board"),
            None,
        ),
        (
            "acronyms-defined-later",
            "Fees will rise again",
            Direct,
            Some("Students’ Representative Council"),
            None,
        ),
        // (The full name with its ampersand spells the acronym: "the Kestrel Rowing & Sailing
        // Club (KRSC)", once read short as "Sailing Club", which did not.)
        (
            "acronyms-defined-later",
            "We will row on Sunday",
            Direct,
            Some("Kestrel Rowing & Sailing Club"),
            None,
        ),
        // A representative speaks for the organisation its description names, an acronym
        // the narration defined too; "the representative" alone is a person.
        (
            "representatives-of-organisations",
            "I cannot respond",
            Direct,
            Some("Arvel Private Bank"),
            None,
        ),
        (
            "representatives-of-organisations",
            "We followed the rules",
            Direct,
            Some("Kestrel Bank"),
            None,
        ),
        // A description that reports a quotation going on from the one a name reported right
        // before it ("“…,” Tom Bell said. “…,” the coach added"): that person. Not one whose
        // words name that person, nor one the article gave another role, nor a gender the
        // person does not have, nor a description with a name in it, nor with "said".
        (
            "descriptions-that-continue-a-quotation",
            "But we have a lot",
            Direct,
            Some("Tom Bell"),
            None,
        ),
        (
            "descriptions-that-continue-a-quotation",
            "We were written off",
            Direct,
            Some("Ruta Osei"),
            None,
        ),
        (
            "descriptions-that-continue-a-quotation",
            "They never gave up",
            Direct,
            Some("Dan Mercer"),
            None,
        ),
        (
            "descriptions-that-continue-a-quotation",
            "Lowe was immense",
            Direct,
            None,
            None,
        ),
        (
            "descriptions-that-continue-a-quotation",
            "We go again next week",
            Direct,
            None,
            None,
        ),
        (
            "descriptions-that-continue-a-quotation",
            "We go again,",
            Direct,
            None,
            None,
        ),
        (
            "descriptions-that-continue-a-quotation",
            "We will be back",
            Direct,
            None,
            None,
        ),
        (
            "descriptions-that-continue-a-quotation",
            "We were poor",
            Direct,
            None,
            None,
        ),
        (
            "descriptions-that-continue-a-quotation",
            "There is still work",
            Direct,
            None,
            None,
        ),
        (
            "descriptions-that-continue-a-quotation",
            "I want to thank",
            Direct,
            None,
            None,
        ),
        (
            "descriptions-that-continue-a-quotation",
            "We will come back stronger",
            Direct,
            None,
            None,
        ),
        (
            "descriptions-that-continue-a-quotation",
            "The young players were superb",
            Direct,
            Some("Nils Arden"),
            None,
        ),
        (
            "descriptions-that-continue-a-quotation",
            "It will not happen again",
            Direct,
            Some("Ada Renner"),
            None,
        ),
        (
            "descriptions-that-continue-a-quotation",
            "We were poor at the back",
            Direct,
            Some("Rob Kell"),
            None,
        ),
        (
            "descriptions-that-continue-a-quotation",
            "We were poor in midfield",
            Direct,
            None,
            None,
        ),
        (
            "descriptions-that-continue-a-quotation",
            "We will be back next year",
            Direct,
            None,
            None,
        ),
        // An exchange of quotations: a pronoun that answers one a name reported tells
        // nothing of that person's gender, and stands for the other speaker when it fits
        // them and nothing tells the gender of the one who spoke last. One speaker's
        // quotations told apart by cues stay that speaker's.
        (
            "exchanges-of-quotations",
            "Then publish the audit",
            Direct,
            Some("Hana Pike"),
            Some("Councillor"),
        ),
        (
            "exchanges-of-quotations",
            "A bag",
            Direct,
            Some("Mary Wambui"),
            Some("witness"),
        ),
        (
            "exchanges-of-quotations",
            "Prove it",
            Direct,
            Some("Brian Maher"),
            Some("Ward member"),
        ),
        (
            "exchanges-of-quotations",
            "We will see",
            Direct,
            Some("Tom Reyes"),
            Some("mayor"),
        ),
        (
            "exchanges-of-quotations",
            "He was open",
            Direct,
            Some("Sol Abara"),
            None,
        ),
        // A place joined to a participle of origin after a person's name and "of" is the
        // organisation's, not a lead before a name: "researcher Tomas Ardelle of Vell-based
        // Harbour Watch".
        (
            "names-before-origins",
            "will send a strong signal",
            Partial,
            Some("Tomas Ardelle"),
            Some("researcher"),
        ),
        (
            "names-before-origins",
            "An acquittal",
            Direct,
            Some("Tomas Ardelle"),
            Some("researcher"),
        ),
        (
            "names-before-origins",
            "a test for the courts",
            Partial,
            Some("Ines Karo"),
            None,
        ),
        (
            "names-before-origins",
            "We will be watching",
            Direct,
            Some("Quellmark Advisers"),
            Some("Harlow-based"),
        ),
        // An age alone stands for the person whose age the narration wrote beside their
        // name ("Tomas Nowicki, 29,", "Kofi Mensah (67)"), else for one named in full as a
        // sentence's subject.
        (
            "ages-beside-names",
            "I thought we would die",
            Direct,
            Some("Ilse Brandt"),
            None,
        ),
        (
            "ages-beside-names",
            "We had one bar",
            Direct,
            Some("Tomas Nowicki"),
            None,
        ),
        (
            "ages-beside-names",
            "We move goods",
            Direct,
            Some("Adaeze Okafor"),
            None,
        ),
        (
            "ages-beside-names",
            "I saw the smoke",
            Direct,
            Some("Kofi Mensah"),
            Some("neighbour"),
        ),
        ("ages-beside-names", "We are innocent", Direct, None, None),
        // Organisations named by their aims: a capitalised preposition after a plural
        // ("Reporters Without Borders"), "to" after an organisation's noun ("Committee to
        // Protect Journalists"), whose words name no holder.
        (
            "organisations-named-by-their-aims",
            "This is a dark day",
            Direct,
            Some("Medics Without Walls"),
            None,
        ),
        (
            "organisations-named-by-their-aims",
            "It is a significant step",
            Direct,
            Some("Coalition to Save Kelso Harbour"),
            None,
        ),
        (
            "organisations-named-by-their-aims",
            "We will fight this",
            Direct,
            Some("Parents Against Speeding"),
            None,
        ),
        (
            "organisations-named-by-their-aims",
            "reckless",
            Partial,
            Some("Tomas Reyd"),
            None,
        ),
        // Ranks of counsel and honours written after a name are no part of it.
        // (A learned society's fellowship too.)
        (
            "honours-after-names",
            "There is no disputing",
            Direct,
            Some("Terry Hughes"),
            Some("Distinguished Professor"),
        ),
        (
            "honours-after-names",
            "You cannot convict",
            Direct,
            Some("Marit Holloway"),
            Some("Defence counsel"),
        ),
        (
            "honours-after-names",
            "The charge is defective",
            Direct,
            Some("Tunde Bellamy"),
            Some("SAN"),
        ),
        (
            "honours-after-names",
            "We will appeal",
            Direct,
            Some("Ama Boateng"),
            Some("SC"),
        ),
        (
            "honours-after-names",
            "relieved",
            Partial,
            Some("Ruth Hale"),
            Some("master"),
        ),
        (
            "honours-after-names",
            "a relief",
            Partial,
            Some("Marit Holloway"),
            Some("Defence counsel"),
        ),
        // A title of several words written out before a name is that title where its
        // initials are written before a name later ("DCS Blane").
        (
            "ranks-shortened-to-initials",
            "The figures speak",
            Direct,
            Some("Gareth Blane"),
            Some("Detective Chief Superintendent"),
        ),
        (
            "ranks-shortened-to-initials",
            "We never give up",
            Direct,
            Some("Ruth Cairns"),
            Some("Detective Inspector"),
        ),
        (
            "ranks-shortened-to-initials",
            "grateful to the officers",
            Partial,
            Some("NHS Trust"),
            None,
        ),
        // A trade's noun for an organisation ("the airline", "the company") where no
        // organisation the registry knows was named: the subject of the sentence before, a
        // name of one word nothing shows to be a person's. Not a name of two words ("Kestrel
        // Mobile", as often a person's), nor a person's, nor one named after it.
        (
            "organisations-described-by-trade",
            "We urge the union",
            Direct,
            Some("Vellair"),
            None,
        ),
        (
            "organisations-described-by-trade",
            "Services have been",
            Direct,
            None,
            None,
        ),
        (
            "organisations-described-by-trade",
            "We will study the ruling",
            Direct,
            Some("Quellcom"),
            None,
        ),
        (
            "organisations-described-by-trade",
            "We are confident",
            Direct,
            None,
            None,
        ),
        (
            "organisations-described-by-trade",
            "We will not cut jobs",
            Direct,
            None,
            None,
        ),
        (
            "organisations-described-by-trade",
            "We reject the claims",
            Direct,
            None,
            None,
        ),
        (
            "organisations-described-by-trade",
            "We followed the policy",
            Direct,
            None,
            None,
        ),
        // An organisation's field after its noun in the plural and "and", its aim after any
        // word ("Action Against Drought"), a role noun inside its field ("Tenant", "Press")
        // and a plural opening its name ("Friends of") cut none of it.
        (
            "organisations-with-fields",
            "This is a disaster",
            Direct,
            Some("Friends of the Kestrel Valley"),
            Some("charity"),
        ),
        (
            "organisations-with-fields",
            "Children are going hungry",
            Direct,
            Some("Action Against Drought"),
            None,
        ),
        (
            "organisations-with-fields",
            "The new rules are cruel",
            Direct,
            Some("Alliance for Tenant Rights"),
            None,
        ),
        (
            "organisations-with-fields",
            "We are seeing more flooding",
            Direct,
            Some("Centers for Flood Control and Recovery"),
            None,
        ),
        (
            "organisations-with-fields",
            "The ruling is a disgrace",
            Direct,
            Some("Committee for Press Freedom"),
            None,
        ),
        (
            "organisations-with-fields",
            "Farmers will be paid",
            Direct,
            Some("Department of Agriculture, Food and the Marine"),
            None,
        ),
        (
            "organisations-with-fields",
            "We will strike in March",
            Direct,
            Some("Union of Domestic, Hotel and Allied Workers"),
            None,
        ),
        (
            "organisations-with-fields",
            "The figures are wrong",
            Direct,
            Some("Tomas Vell"),
            None,
        ),
        // A surname opened by "Al" or "Abu", after an honorific, is the full name's: it does
        // not outrank it.
        // (Two particles, "de los", capitalised where the surname is written alone; and
        // Sarawak's "anak".)
        (
            "particle-surnames-after-honorifics",
            "We warned about these drains",
            Direct,
            Some("Maria Clara de los Santos"),
            Some("councillor"),
        ),
        (
            "particle-surnames-after-honorifics",
            "The river rose by two",
            Direct,
            Some("Jabu anak Ngelai"),
            Some("longhouse chief"),
        ),
        (
            "particle-surnames-after-honorifics",
            "It makes a difference",
            Direct,
            Some("Rania Al Haddad"),
            Some("poet and copywriter"),
        ),
        (
            "particle-surnames-after-honorifics",
            "I will keep writing",
            Direct,
            Some("Omar Abu Salem"),
            Some("runner-up"),
        ),
        // A spokesperson of a public body the description names ("a government spokesman")
        // speaks for no person named before, whose given name no list may hold; a trade's
        // ("a company spokesman") still speaks for the company named before.
        (
            "spokespeople-of-public-bodies",
            "We will study the judgment",
            Direct,
            None,
            None,
        ),
        (
            "spokespeople-of-public-bodies",
            "We will respect the ruling",
            Direct,
            None,
            None,
        ),
        (
            "spokespeople-of-public-bodies",
            "We regret the disruption",
            Direct,
            Some("Coastline Harbour Ports"),
            None,
        ),
        (
            "spokespeople-of-public-bodies",
            "A licence to lie",
            Direct,
            Some("Kayode Olatunde"),
            Some("complainant"),
        ),
        // After a cue, a description whose noun a body follows ("the editor of the Daily
        // Clarion"), then a name set off by commas: the name speaks, with the description
        // its role where the name ends the sentence.
        (
            "bodies-after-cues",
            "We will not be intimidated",
            Direct,
            Some("Moses Achola-Ruto"),
            None,
        ),
        (
            "bodies-after-cues",
            "The warrant was lawful",
            Direct,
            Some("Grace Wanjiru"),
            Some("commander of the Kestrel Police Division"),
        ),
        (
            "bodies-after-cues",
            "We are ready for the floods",
            Direct,
            None,
            None,
        ),
        // A phrase opened by a preposition that opens the sentence is no speaker: "In her
        // acceptance speech the new chair said" is the chair's.
        (
            "phrases-opened-by-prepositions",
            "This is a great honour",
            Direct,
            None,
            None,
        ),
        (
            "phrases-opened-by-prepositions",
            "We are delighted",
            Direct,
            None,
            None,
        ),
        (
            "phrases-opened-by-prepositions",
            "Thank you all",
            Direct,
            Some("Ana Pereira-Lind"),
            None,
        ),
        (
            "offices-with-and",
            "We have the money this time",
            Direct,
            Some("Muhammad Bello Tanko"),
            Some("Minister for Local Government and Rural Development"),
        ),
        // The role a sentence's subject is said to hold ("was elected chair", "has been
        // appointed interim coach") is theirs, which a description names later; not a role
        // the subject is only related to ("a critic of the mayor").
        (
            "roles-in-predicates",
            "Young farmers must be at the centre",
            Direct,
            Some("Nomsa Dlamini-Vos"),
            None,
        ),
        (
            "roles-in-predicates",
            "We start again on Monday",
            Direct,
            Some("Tomas Reel"),
            None,
        ),
        (
            "roles-in-predicates",
            "The budget is a fiction",
            Direct,
            None,
            None,
        ),
        // A description set off before a name that an owner's possessive opens describes the
        // name, not the owner.
        (
            "descriptions-before-owned-names",
            "a breath of fresh air",
            Partial,
            Some("Rhodri Evans-Vell"),
            None,
        ),
        (
            "descriptions-before-owned-names",
            "I'm not a politician",
            Direct,
            Some("Carys Pryce-Hale"),
            Some("independent candidate"),
        ),
        ("bodies-after-cues", "Circulation is up", Direct, None, None),
        (
            "organisations-with-fields",
            "No pipeline through our land",
            Direct,
            Some("Jack Doyle-Reid"),
            Some("spokesman"),
        ),
        (
            "organisations-with-fields",
            "well ahead of last year",
            Partial,
            Some("Kestrel Arts and Crafts Festival"),
            None,
        ),
        // After a cue, an office of two fields joined by "and" and its holder's name: the
        // holder speaks (not "Trade"); a name and "and" before another titled person are two.
        (
            "offices-with-and",
            "Exports are up this year",
            Direct,
            Some("Kofi Adjei-Boadu"),
            Some("Minister of Trade and Industry"),
        ),
        (
            "offices-with-and",
            "Prices will fall by June",
            Direct,
            Some("Ama Serwaa-Nti"),
            Some("Trade and Industry Minister"),
        ),
        (
            "offices-with-and",
            "We can only wonder",
            Direct,
            Some("Tom Berg"),
            Some("Senate leader"),
        ),
        (
            "representatives-of-organisations",
            "This is a scandal",
            Direct,
            Some("Jane Doerr"),
            Some("Representative"),
        ),
        // A headline's role with no article after an inverted cue ("says farmer") is the
        // person the article then names with that role, not the place before the colon.
        (
            "headline-roles-without-articles",
            "We will not leave",
            Direct,
            Some("Ines Oduya"),
            Some("farmer"),
        ),
        (
            "headline-roles-without-articles",
            "We lost everything",
            Direct,
            Some("Ines Oduya"),
            Some("farmer"),
        ),
        // A bare noun after an inverted cue speaks though the clause goes on with a place
        // or a time ("said police in a statement"); it never falls back to the paragraph
        // before's speaker.
        (
            "bare-subjects-before-adjuncts",
            "The main span is sound",
            Direct,
            Some("Tomas Fenwick"),
            Some("Engineer"),
        ),
        (
            "bare-subjects-before-adjuncts",
            "We will reopen one lane",
            Direct,
            None,
            None,
        ),
        (
            "bare-subjects-before-adjuncts",
            "We need the bridge back",
            Direct,
            None,
            None,
        ),
        (
            "bare-subjects-before-adjuncts",
            "The detour adds",
            Direct,
            None,
            None,
        ),
        // A company's legal form or plural trade ("Plc", "Airways", "Mutual") makes its
        // name an organisation's, which "the company", "the airline" stand for.
        (
            "companies-by-legal-form",
            "These are difficult decisions",
            Direct,
            Some("Orrin Foods Plc"),
            None,
        ),
        (
            "companies-by-legal-form",
            "We apologise",
            Direct,
            Some("Skylark Airways"),
            None,
        ),
        (
            "companies-by-legal-form",
            "Cover has become",
            Direct,
            Some("Thornvale Mutual"),
            None,
        ),
        // An acronym with the letter of "of" inside ("BoK") is the body's, not a person's, so
        // "he" is the governor the article names, not "BoK Governor" of the headline.
        (
            "acronyms-with-small-letters",
            "That obviously suggests",
            Direct,
            Some("Tobias Renner"),
            Some("Governor of the Bank of Kestrova (BoK)"),
        ),
        // A body named inside a description gives way to the person's name set off after it.
        (
            "names-after-descriptions-with-a-body",
            "This is a blatant attempt",
            Direct,
            Some("Kojo Mensah-Bonsu"),
            None,
        ),
        (
            "names-after-descriptions-with-a-body",
            "We stand by every word",
            Direct,
            Some("Ama Boateng"),
            None,
        ),
        // Whom a sentence with no subject read before "told" tells is never its subject.
        (
            "addressees-after-told",
            "come out of nowhere",
            Partial,
            None,
            None,
        ),
        (
            "addressees-after-told",
            "Those behind this evil",
            Direct,
            Some("Emeka Nwankwo-Ude"),
            Some("governor"),
        ),
        // "quoted the new prime minister, Sheikh …, as saying": the holder speaks, not the
        // agency that quotes.
        (
            "holders-quoted-by-agencies",
            "jobs for young",
            Partial,
            Some("Hamdan bin Khalifa Al-Mazrouqi"),
            Some("Sheikh"),
        ),
        // The styles and titles of rulers: "His Highness" alone is the one so styled, "the
        // emir" the one titled Emir.
        (
            "styles-of-rulers",
            "We will convene a retreat",
            Direct,
            Some("Rashed bin Talal Al Qaderi"),
            Some("Highness Sheikh"),
        ),
        (
            "styles-of-rulers",
            "Today, most of our output",
            Direct,
            Some("Rashed bin Talal Al Qaderi"),
            Some("Highness Sheikh"),
        ),
        (
            "styles-of-rulers",
            "The coming stage demands",
            Direct,
            Some("Salman bin Rashid Al-Mazrouqi"),
            Some("Emir"),
        ),
        // A title after "the" and words in lower case is a description of its holder.
        (
            "titles-after-lower-case-words",
            "minimal and negligible",
            Partial,
            Some("Tomas Kiprono"),
            Some("Reserve Bank Governor"),
        ),
        // A role noun a headline writes capitalised and alone is the person the article
        // then names with that role.
        (
            "headline-roles-capitalised",
            "near the ward",
            Partial,
            Some("Lucy Brennan"),
            Some("nurse"),
        ),
        // Past a sentence that names no one, "he" is the subject of the sentence before it,
        // not the man the paragraphs before named.
        (
            "pronouns-past-sentences-naming-no-one",
            "The labour market is slowing",
            Direct,
            Some("Dan Kessler"),
            Some("chief economist at Orrin Capital"),
        ),
        (
            "pronouns-past-sentences-naming-no-one",
            "We are watching",
            Direct,
            Some("Jerome Vasquez"),
            Some("Central bank chairman"),
        ),
        // An office with its field and no holder after it is the one the article names with
        // that office, or no one: never someone called "Finance" or "Trade".
        (
            "offices-without-holders",
            "Our priority is the programme",
            Direct,
            Some("Amina Qureshi"),
            Some("Minister of State"),
        ),
        (
            "offices-without-holders",
            "We have no plan B",
            Direct,
            None,
            None,
        ),
        // A description with no determiner in an article's first sentence that no one later
        // holds still names the person set off after it.
        (
            "one-line-articles-with-described-names",
            "My client will plead",
            Direct,
            Some("Femi Adelaja"),
            None,
        ),
        // A company's short name, the first word of its full one, is that company.
        (
            "companies-by-short-names",
            "up to 40 million pounds",
            Partial,
            Some("Orrin Foods Plc"),
            None,
        ),
        (
            "companies-by-short-names",
            "painful but unavoidable",
            Partial,
            Some("Annika Vellacott"),
            Some("Chief executive"),
        ),
        // "the draconian Finance Bill" is a law, no man called Bill whom "he" stands for.
        (
            "bills-named-by-their-field",
            "Our team is already working",
            Direct,
            Some("Owen Mbeka"),
            Some("Treasury Secretary"),
        ),
        // A given name no list holds opens the name, whatever its shape: "Muneer" is no
        // trade in "-eer" (only "engineer", "volunteer" and the other longer ones are), and
        // "Tanveer" or "Cornell" before a listed given name is no role. A title's
        // abbreviation in the plural still is one ("Sens.").
        (
            "given-names-no-list-holds",
            "We have people who were caught",
            Direct,
            Some("Muneer Al Hadhrami"),
            None,
        ),
        (
            "given-names-no-list-holds",
            "The water came in",
            Direct,
            Some("Sameer Kapoor Lal"),
            Some("shopkeeper"),
        ),
        (
            "given-names-no-list-holds",
            "The culverts were blocked",
            Direct,
            Some("Tanveer Ahmed Durrani"),
            Some("engineer"),
        ),
        (
            "given-names-no-list-holds",
            "We will not wait",
            Direct,
            Some("Cornell William Okafor"),
            None,
        ),
        (
            "given-names-no-list-holds",
            "People were let down",
            Direct,
            Some("Maria Quell"),
            Some("Sens."),
        ),
        // A "he" right after its own sentence's subject and cue is that person, before the
        // description that opened the sentence before ("the captain said").
        (
            "pronouns-after-their-own-subjects",
            "play without fear",
            Partial,
            Some("Callum Featherstone"),
            Some("Head coach"),
        ),
        (
            "pronouns-after-their-own-subjects",
            "the best player on the pitch",
            Partial,
            Some("Rhiannon Vale"),
            Some("teammate"),
        ),
        // Answers in an interview written as questions and answers are the words of the
        // person the questions are put to.
        (
            "answers-in-interviews",
            "A new symphony",
            Direct,
            Some("Ilse Marovic-Brandt"),
            None,
        ),
        (
            "answers-in-interviews",
            "Because an orchestra",
            Direct,
            Some("Ilse Marovic-Brandt"),
            None,
        ),
        (
            "answers-in-interviews",
            "It is tight",
            Direct,
            Some("Ilse Marovic-Brandt"),
            None,
        ),
        // A description written before anyone is named is the person the article later
        // names with its noun, not the first person the next sentence names.
        (
            "descriptions-named-later-by-role",
            "unacceptable",
            Partial,
            Some("Peter Olusanya"),
            Some("Chairman"),
        ),
        // "their GP" is a common noun, no organisation "GP" that the report speaks for.
        (
            "acronyms-owned-as-common-nouns",
            "substantial levels",
            Partial,
            Some("Harrowfield Community Health Trust"),
            None,
        ),
        // "Selu and Kandara Counties" are places, no one a "he" stands for.
        (
            "places-named-in-the-plural",
            "The outbreak began",
            Direct,
            Some("Wanjiru Odhiambo-Keter"),
            Some("Director of Public Health"),
        ),
        // A body whose field ends in a plural is one name, no "Practitioners" with a title.
        (
            "bodies-whose-fields-end-in-plurals",
            "sadly typical",
            Partial,
            Some("Royal College of Family Practitioners"),
            None,
        ),
        // A nickname that follows the first word of a paragraph joins its name; a nickname
        // of one word written alone later names that person.
        (
            "nicknames-opening-paragraphs-and-alone",
            "He talks a lot",
            Direct,
            Some("Tomasz Wieczorek"),
            None,
        ),
        (
            "nicknames-opening-paragraphs-and-alone",
            "to be patient",
            Partial,
            Some("Babatunde Olamide-Rhys"),
            None,
        ),
        // A person's role noun in the plural as English writes it is a group's, no name.
        (
            "plural-roles-as-english-writes-them",
            "long overdue",
            Partial,
            None,
            None,
        ),
        (
            "plural-roles-as-english-writes-them",
            "a friend to everyone",
            Partial,
            None,
            None,
        ),
        // A full stop that ends an abbreviation or an initial does not end an appositive:
        // the holder set off after an office is the speaker ("The Minister for Ports, K.
        // Devanathan, said"); an office of capitalised words before "of" ends in a person's
        // role noun ("The Chief Executive of the Harbour Board"); a run-on appositive stops
        // at a title, which opens someone's name.
        (
            "full-stops-inside-appositives",
            "The levy has not moved",
            Direct,
            Some("K. Devanathan"),
            Some("Minister for Ports"),
        ),
        (
            "full-stops-inside-appositives",
            "Our members will pay",
            Direct,
            Some("Tunde Adeyemi-Cole"),
            Some("President of the Port Users Council"),
        ),
        (
            "full-stops-inside-appositives",
            "modest but unwelcome",
            Partial,
            Some("Aisha N. Karimova"),
            Some("Chief Executive of the Harbour Board"),
        ),
        (
            "full-stops-inside-appositives",
            "We will study the figures",
            Direct,
            Some("Ruth Calloway"),
            Some("Gov."),
        ),
        // A question or an exclamation inside its marks, then a word in lower case, asks for
        // the clause that reports it, as a comma does: "“…?” he quizzed."
        (
            "questions-before-their-clause",
            "Why should fishermen",
            Direct,
            Some("Kojo Ampofo-Mensah"),
            None,
        ),
        (
            "questions-before-their-clause",
            "Enough!",
            Direct,
            Some("Kojo Ampofo-Mensah"),
            None,
        ),
        (
            "questions-before-their-clause",
            "Who decides that?",
            Direct,
            Some("Esi Baidoo"),
            Some("fuel attendant"),
        ),
        // "Being a farmer himself, Te Whata …": a phrase that says what the subject is holds
        // no subject; the quotation after the sentence is the subject's (rule `preceding`).
        (
            "phrases-saying-what-the-subject-is",
            "We are feeding more",
            Direct,
            Some("Rangi Te Whata"),
            Some("federation chair"),
        ),
        (
            "phrases-saying-what-the-subject-is",
            "Nobody should lose stock",
            Direct,
            Some("Moana Ellison-Kerr"),
            None,
        ),
        // After an office and the body it belongs to, the holder's name starts right after
        // the body's noun, however many words it has; a determiner inside the role is kept
        // as written.
        (
            "long-names-after-bodies",
            "Fishermen do not need",
            Direct,
            Some("Mohd Yusery Mohd Yusoff"),
            Some("Chairman of the Pahang Deep Sea Association"),
        ),
        (
            "long-names-after-bodies",
            "I hope they can produce",
            Direct,
            Some("Mohd Yusery Mohd Yusoff"),
            Some("Chairman of the Pahang Deep Sea Association"),
        ),
        (
            "long-names-after-bodies",
            "hurt honest families",
            Partial,
            Some("Nurul Ain binti Hashim"),
            Some("Secretary of the Kuantan Boat Owners Union"),
        ),
        // "binti", "wa", "ibn": particles that say whose child someone is stay in the name.
        (
            "patronymic-particles",
            "I lost everything",
            Direct,
            Some("Nur Aisyah binti Rahman"),
            None,
        ),
        (
            "patronymic-particles",
            "We had one hour",
            Direct,
            Some("Mwangi wa Kamau"),
            Some("maize farmer from Nyeri"),
        ),
        (
            "patronymic-particles",
            "We wrote to them",
            Direct,
            Some("Omar ibn Khalid"),
            None,
        ),
        // The given names before the particle name the person again: "Dr Siti Hajar".
        (
            "patronymic-particles",
            "Nobody should be lifting",
            Direct,
            Some("Siti Hajar binti Osman"),
            Some("market doctor"),
        ),
        // An interview's "A:" turns are the person the article names first; labels in title
        // case are turns where two of them alternate, or where one is a surname written in
        // full before the first turn.
        (
            "interviews-by-question-and-answer",
            "Quarter to five",
            Direct,
            Some("Ngaio Whitcombe-Rau"),
            Some("ferry skipper"),
        ),
        (
            "interviews-by-question-and-answer",
            "Ask me in a month",
            Direct,
            Some("Ngaio Whitcombe-Rau"),
            Some("ferry skipper"),
        ),
        (
            "interviews-labelled-by-name",
            "It means somebody paid",
            Direct,
            Some("Farouk Abdel-Salam"),
            Some("Imam"),
        ),
        (
            "interviews-labelled-by-name",
            "Are younger families",
            Direct,
            Some("Herald"),
            None,
        ),
        (
            "interviews-labelled-by-name",
            "Because the ash",
            Direct,
            Some("Sunniva Ekdahl-Mora"),
            Some("potter"),
        ),
        // "the company" is the subject before it whose clause owns something by "its"; "the
        // gallery" a name of several words that holds the noun and that nothing shows to be a
        // person's.
        (
            "organisations-named-again-by-their-nouns",
            "sustained weakness",
            Partial,
            Some("Halvard Components"),
            Some("South Korean-owned"),
        ),
        (
            "organisations-named-again-by-their-nouns",
            "to allow time",
            Partial,
            Some("Quayside Gallery of Modern Art"),
            None,
        ),
        // "ng", the Tagalog "of", joins a body's name; "Ng" stays a surname.
        (
            "tagalog-connectors-in-bodies",
            "slow and insufficient",
            Partial,
            Some("Samahan ng Mangingisda ng Batangas"),
            Some("Fisherfolk group"),
        ),
        (
            "tagalog-connectors-in-bodies",
            "We cannot sell",
            Direct,
            Some("Kenneth Ng"),
            Some("Trader"),
        ),
        // "He added:" right after an unnamed spokesman's quotation is the spokesman's, not
        // the last person named; not after a spokeswoman's.
        (
            "pronouns-added-after-unnamed-speakers",
            "In the meantime",
            Direct,
            None,
            None,
        ),
        (
            "pronouns-added-after-unnamed-speakers",
            "We have no plans",
            Direct,
            Some("Callum Rennie"),
            Some("Federation chief executive"),
        ),
        // An ampersand between capitalised words joins one organisation's name.
        (
            "ampersands-in-names",
            "We have reviewed every site",
            Direct,
            Some("Harrow & Lyle Homes"),
            None,
        ),
        (
            "ampersands-in-names",
            "far too low",
            Partial,
            Some("Bramley & Finch Solicitors"),
            Some("spokesman"),
        ),
        (
            "ampersands-in-names",
            "a warning to every",
            Partial,
            Some("Thornbury & District Trades Council"),
            None,
        ),
        // An age in words opening a sentence is the person's role, no word of the name.
        (
            "ages-in-words-before-names",
            "I thought it was a stick",
            Direct,
            Some("Maya Lindqvist"),
            Some("Eleven-year-old"),
        ),
        // A name after "spoke to" is someone's, whom a label in capitals then names.
        (
            "people-spoken-to",
            "We think around 1,400",
            Direct,
            Some("Wanjiku Kiplagat-Munro"),
            None,
        ),
        // A clause that ends its sentence after a comma, a name and a cue, reports the
        // sentence, whatever verbs and "not" the words before it hold; the quotation
        // that opens the next paragraph is that speaker's.
        (
            "clauses-ending-in-their-subject-and-cue",
            "I can only conclude",
            Direct,
            Some("Marama Tuhiwai"),
            Some("Gisborne Hospital nurse"),
        ),
        (
            "clauses-ending-in-their-subject-and-cue",
            "They believe there are",
            Direct,
            Some("Marama Tuhiwai"),
            Some("Gisborne Hospital nurse"),
        ),
        // "it" stands for a subject of one word that nothing shows to be a person's, not
        // for a place named before it.
        (
            "it-for-bodies-named-in-one-word",
            "We condemn this",
            Direct,
            Some("Kestrelnet"),
            None,
        ),
        (
            "it-for-bodies-named-in-one-word",
            "We apologise to our customers",
            Direct,
            Some("Kestrelnet"),
            None,
        ),
        // "she" after a sentence whose subject tells no gender stands for the subject of
        // the clause joined to it by ", but", who is a woman.
        (
            "pronouns-after-joined-clauses",
            "We were very quick",
            Direct,
            Some("Okonjo-Hart"),
            None,
        ),
        // A nickname may hold a short word in lower case, and the given name before it may
        // be of two words where a name starts.
        (
            "nicknames-with-small-words-and-two-given-names",
            "Our seafarers were stuck",
            Direct,
            Some("Ana Lucia Dimaculangan-Reyes"),
            None,
        ),
        (
            "nicknames-with-small-words-and-two-given-names",
            "My voice is tired",
            Direct,
            Some("Baraka Omondi"),
            Some("veteran commentator"),
        ),
        (
            "nicknames-with-small-words-and-two-given-names",
            "Mzee wa Redio",
            Nonspeech,
            None,
            None,
        ),
        // Legal forms of companies outside the English-speaking world make a name an
        // organisation's, which "the company" and "it" then name.
        (
            "legal-forms-of-companies",
            "reflecting our confidence",
            Partial,
            Some("Kestenholz Antriebstechnik AG"),
            None,
        ),
        // "Mx" is an honorific that tells no gender and is no role.
        (
            "gender-neutral-honorifics",
            "every single door",
            Partial,
            Some("Cai Rhydderch"),
            Some("Independent candidate"),
        ),
        (
            "gender-neutral-honorifics",
            "People here want",
            Direct,
            Some("Cai Rhydderch"),
            Some("Independent candidate"),
        ),
        // A dotted abbreviation with a capital after its first full stop ("Ph.D.") does not
        // end the appositive's sentence.
        (
            "dotted-degrees-in-appositives",
            "Analysing the billions",
            Direct,
            Some("Tomasz Wierzbicki"),
            None,
        ),
        // An office's field after its title ("the CEO Health") names no one called Health.
        (
            "fields-after-office-titles",
            "For those cases",
            Direct,
            Some("Farhan Qadir Bhatti"),
            Some("Dr"),
        ),
        // A description may end with the place its person is in or from ("said a marketer
        // in Mombasa, who …"), and a "he" right after its quotation, past that clause, is
        // that description's, not a name of the narration's.
        (
            "descriptions-placed-after-cues",
            "The regulator should be told",
            Direct,
            None,
            None,
        ),
        // A phrase a preposition opens ends at a copula with a name after it: "Among the
        // regulars is Tek Bahadur Rai" is his sentence, and the "he" after it his.
        (
            "subjects-after-inverted-copulas",
            "In Nepal the old soldiers",
            Direct,
            Some("Tek Bahadur Rai"),
            None,
        ),
        // A speaker named by an inner word of one person's full name, the paternal surname
        // of a Spanish name, is that person once the full name was a sentence's subject.
        (
            "inner-surnames-of-speakers",
            "We lost half the crop",
            Direct,
            Some("José Luis Montoya Herrera"),
            None,
        ),
        (
            "inner-surnames-of-speakers",
            "Nobody is buying",
            Direct,
            Some("María Fernanda Ochoa Quispe"),
            None,
        ),
        // (Not a word introduced with a role of its own: "said Jessica, a student" is not
        // Sarah Jessica Ruiz.)
        (
            "inner-surnames-of-speakers",
            "I have waited two years",
            Direct,
            Some("Jessica"),
            Some("student from Culiacán"),
        ),
        // A given name's short form is the one person whose given name it opens; not where
        // two people's given names open with it.
        (
            "shortened-given-names",
            "It's the largest protest",
            Direct,
            Some("Matthew Tane"),
            Some("Harbour Gold chief executive"),
        ),
        (
            "shortened-given-names",
            "We waited for the police",
            Direct,
            Some("Matthew Tane"),
            Some("Harbour Gold chief executive"),
        ),
        (
            "shortened-given-names",
            "Nobody was hurt",
            Direct,
            Some("Dan"),
            None,
        ),
        // (Not a name of its own a letter longer, "Paul" of Paula, nor a word introduced
        // there as someone of its own, "said Don, a retired machinist".)
        (
            "shortened-given-names",
            "My knees are done",
            Direct,
            Some("Paul"),
            Some("61-year-old retiree"),
        ),
        (
            "shortened-given-names",
            "I have voted the same way",
            Direct,
            Some("Don"),
            Some("retired machinist"),
        ),
        // Honorifics of respect and address in their countries' English-language news are
        // no part of the name; those of a gender tell it ("Ibu": the "she" after is hers).
        (
            "honorifics-of-address",
            "We cannot even pay",
            Direct,
            Some("Kiprono arap Chebet"),
            Some("Mzee"),
        ),
        (
            "honorifics-of-address",
            "People buy two litres",
            Direct,
            Some("Wulan Pratiwi"),
            Some("Ibu"),
        ),
        (
            "honorifics-of-address",
            "Today I can sleep",
            Direct,
            Some("Rosa Elvira Quintero"),
            Some("Doña"),
        ),
        (
            "honorifics-of-address",
            "The money was taken",
            Direct,
            Some("Ramon Ilustre"),
            Some("Kagawad"),
        ),
        // (Not "Garda", also the Irish police force's own name.)
        (
            "honorifics-of-address",
            "We are asking anyone",
            Direct,
            Some("Garda Síochána"),
            None,
        ),
        // A speaker's given name alone is the one person named in full with it whom the
        // narration named as a sentence's subject.
        (
            "given-names-of-subjects",
            "Journalism is not a crime",
            Direct,
            Some("Selamawit Gebre"),
            None,
        ),
        (
            "given-names-of-subjects",
            "People trust the family chat",
            Direct,
            Some("Wulan Kartika Dewi"),
            None,
        ),
        // A works' name ("Harlow Mine") is an organisation's: no "he" stands for it, and
        // it speaks.
        (
            "works-named-as-bodies",
            "There will be opportunities",
            Direct,
            Some("Ed Varga"),
            Some("Union official"),
        ),
        (
            "works-named-as-bodies",
            "We expect to take on",
            Direct,
            Some("Harlow Mine"),
            None,
        ),
        (
            "roles-acting-for-a-party",
            "We waited six years",
            Direct,
            Some("Serap Tunç"),
            Some("Lawyer for the family"),
        ),
        (
            "roles-acting-for-a-party",
            "It is a start",
            Direct,
            Some("Desmond Achterberg"),
            Some("Attorney for the Marwick family"),
        ),
        (
            "roles-acting-for-a-party",
            "The buildings are safe",
            Direct,
            Some("Lucía Ferrandis"),
            Some("Spokeswoman for the school board"),
        ),
        (
            "roles-acting-for-a-party",
            "We will appeal",
            Direct,
            Some("Oyelaran Bakare"),
            Some("Counsel for the plaintiffs"),
        ),
        (
            "roles-acting-for-a-party",
            "The evidence is beyond",
            Direct,
            Some("Levent Başaran"),
            Some("Prosecutor"),
        ),
        (
            "full-names-after-team-words",
            "It is a busy schedule",
            Direct,
            Some("Aleki Fonua"),
            Some("Former Mataris player"),
        ),
        (
            "ages-before-roles-after-names",
            "My grandmother brought",
            Direct,
            Some("Tsion Welde"),
            Some("software developer"),
        ),
        (
            "said-inside-names",
            "If nobody learns",
            Direct,
            Some("Juma Said Mwinyi"),
            None,
        ),
        (
            "said-inside-names",
            "The tourists will come",
            Direct,
            Some("Zuhura Said"),
            Some("fish trader"),
        ),
        (
            "titles-of-monks",
            "Many of the parents",
            Direct,
            Some("Thich Minh Hanh"),
            Some("abbot"),
        ),
        (
            "titles-of-monks",
            "We pray for them",
            Direct,
            Some("Omalpe Sugatha"),
            Some("monk from Kandy"),
        ),
        (
            "honorifics-before-particle-surnames",
            "There were men in that room",
            Direct,
            Some("Gráinne Ó Briain"),
            Some("Heron secretary"),
        ),
        (
            "roles-before-nicknamed-names",
            "rigged for the same",
            Partial,
            Some("Kwesi Ampofo-Baah"),
            Some("Drummer"),
        ),
        (
            "prize-winners-after-went-to",
            "I was told for ten years",
            Direct,
            Some("Noorulain Bazmi"),
            None,
        ),
        (
            "actors-of-either-gender",
            "I never thought a camera",
            Direct,
            Some("Sabeen Qazalbash"),
            Some("theatre actor from Quetta"),
        ),
        (
            "subjects-of-clauses-after-that",
            "unprecedented",
            Partial,
            Some("Anbar Theodoros"),
            Some("Pope"),
        ),
        (
            "prize-winners-set-off-by-ages",
            "every woman who ever",
            Partial,
            Some("Rawiya Abdelsalam"),
            None,
        ),
        (
            "titles-of-religious-teachers",
            "Visitors ask very honest",
            Direct,
            Some("Nur Izzati Kamaludin"),
            Some("Ustazah"),
        ),
        (
            "roles-acting-for-a-party",
            "He needs rest",
            Direct,
            None,
            None,
        ),
        (
            "honorifics-before-particle-surnames",
            "We will race in green",
            Direct,
            Some("Ruairí Ó Briain"),
            Some("Kestrel chairman"),
        ),
        (
            "people-set-off-after-places",
            "We are not going back",
            Direct,
            Some("Tomasz Wierzbicki"),
            None,
        ),
        (
            "people-set-off-after-places",
            "The harbour belongs",
            Direct,
            Some("Lindiwe Mahlangu"),
            None,
        ),
        (
            "forms-of-address-abroad",
            "We have been here",
            Direct,
            Some("Huia Tamatea"),
            Some("Whaea"),
        ),
        (
            "forms-of-address-abroad",
            "The council forgets",
            Direct,
            Some("Kavitha Rajan"),
            Some("Tmt."),
        ),
        (
            "forms-of-address-abroad",
            "Forty metres",
            Direct,
            Some("Sofia Andreadou"),
            Some("Kyria"),
        ),
        (
            "forms-of-address-abroad",
            "We moved once",
            Direct,
            Some("Joaquim Batista"),
            Some("Seu"),
        ),
        (
            "quotations-pointed-back-at",
            "Every boat that goes",
            Direct,
            Some("Tavita Faleolo"),
            None,
        ),
        (
            "quotations-pointed-back-at",
            "We cannot wait",
            Direct,
            Some("Mereana Kora"),
            None,
        ),
        (
            "quotations-pointed-back-at",
            "It is a start",
            Direct,
            Some("Ilse Brandt"),
            None,
        ),
        (
            "quotations-pointed-back-at",
            "The boats go out",
            Direct,
            None,
            None,
        ),
        (
            "given-names-after-owners",
            "We are sending out",
            Direct,
            Some("Ravindra Khatri"),
            None,
        ),
        (
            "given-names-after-title-case-headlines",
            "We will release it",
            Direct,
            Some("Priya"),
            None,
        ),
        (
            "affiliations-classed-by-nouns",
            "The sector's big secret",
            Direct,
            Some("Imogen Tarrant"),
            None,
        ),
        (
            "quotations-pointed-back-at",
            "The quota is the ministry",
            Direct,
            Some("Rua Tamatea"),
            Some("ferry operator"),
        ),
        (
            "given-names-of-people-named-by-surname-first",
            "I’d consider that",
            Direct,
            Some("Cormac Kearney"),
            None,
        ),
        (
            "people-set-off-by-who",
            "I only showed them",
            Direct,
            Some("Bríd Mhurchadha"),
            None,
        ),
        (
            "regions-before-descriptions",
            "Crews will work",
            Direct,
            None,
            None,
        ),
        (
            "quotations-pointed-back-at",
            "We have balanced the books",
            Direct,
            Some("Jane Dorrit"),
            Some("Mayor"),
        ),
        (
            "given-names-after-owners",
            "I come every year",
            Direct,
            Some("Harlan"),
            None,
        ),
        (
            "roles-of-arts-kitchens-and-sport",
            "Nobody is going to lie",
            Direct,
            Some("Vikram Sethi"),
            Some("Bollywood superstar"),
        ),
        (
            "roles-of-arts-kitchens-and-sport",
            "You cannot buy better",
            Direct,
            Some("Orla Breathnach"),
            Some("Chef"),
        ),
        (
            "roles-of-arts-kitchens-and-sport",
            "I came for the lobster",
            Direct,
            Some("Cathal Ó Dálaigh"),
            Some("All-Ireland champion"),
        ),
        (
            "roles-after-sentence-adverbs",
            "Honestly, who asked",
            Direct,
            Some("Aroha Te Kani"),
            Some("TVNZ presenter"),
        ),
        (
            "roles-after-sentence-adverbs",
            "It will save the port",
            Direct,
            Some("Piet Jansen"),
            Some("Harbour Board chairman"),
        ),
        (
            "quotations-pointed-back-by-owners",
            "We have waited long enough",
            Direct,
            Some("Aoife Ní Mhurchú"),
            None,
        ),
        (
            "quotations-pointed-back-by-owners",
            "Every branch has to carry",
            Direct,
            Some("Declan Furlong"),
            Some("chair"),
        ),
        (
            "quotations-pointed-back-by-owners",
            "The children will be",
            Direct,
            None,
            None,
        ),
        (
            "statements-issued-by-reported-names",
            "a tool of the government",
            Partial,
            Some("Amara Okonkwo-Reyes"),
            Some("Alliance Deputy Secretary General"),
        ),
        (
            "statements-issued-by-reported-names",
            "If the vote were free",
            Direct,
            Some("Amara Okonkwo-Reyes"),
            Some("Alliance Deputy Secretary General"),
        ),
        (
            "statements-issued-by-reported-names",
            "We apply the rules",
            Direct,
            Some("National Electoral Board"),
            None,
        ),
        (
            "descriptions-named-in-full-far-back",
            "good intentions",
            Partial,
            Some("Imran Saeed Qadri"),
            Some("Chief Justice"),
        ),
        (
            "descriptions-named-in-full-far-back",
            "The law speaks for itself",
            Direct,
            Some("Asad Riaz"),
            Some("Justice"),
        ),
        (
            "honorifics-of-thailand-myanmar-and-elders",
            "Without the tables",
            Direct,
            Some("Siriporn Chaiwat"),
            Some("Khun"),
        ),
        (
            "honorifics-of-thailand-myanmar-and-elders",
            "Realistically",
            Direct,
            Some("Aung Ko Latt"),
            Some("U"),
        ),
        (
            "honorifics-of-thailand-myanmar-and-elders",
            "Our grandfathers",
            Direct,
            Some("Yaw Darko"),
            Some("Opanin"),
        ),
        (
            "honorifics-of-thailand-myanmar-and-elders",
            "When a cow strays",
            Direct,
            Some("Buba Jauro"),
            Some("Ardo"),
        ),
        (
            "surnames-first-after-the",
            "Young people do not carry",
            Direct,
            Some("Desislava Petrova"),
            None,
        ),
        (
            "surnames-first-after-the",
            "We have never needed",
            Direct,
            Some("Desislava Petrova"),
            None,
        ),
        (
            "owners-inside-appositive-complements",
            "Where do they think",
            Direct,
            Some("Kelechi Amadi"),
            Some("president of the students' union"),
        ),
        (
            "cues-that-open-their-own-clauses",
            "promising too much",
            Partial,
            Some("Mao Sreyneang"),
            Some("trader"),
        ),
        (
            "cues-that-open-their-own-clauses",
            "The mills will be ready",
            Direct,
            Some("Sok Chanthou"),
            None,
        ),
        (
            "the-elder-and-the-younger",
            "My father is right",
            Direct,
            Some("Pham Minh Quan"),
            Some("son"),
        ),
        (
            "the-elder-and-the-younger",
            "I have been giving way",
            Direct,
            Some("Pham Van Long"),
            None,
        ),
        (
            "the-elder-and-the-younger",
            "We close at six",
            Direct,
            Some("Ana Vidal"),
            None,
        ),
        (
            "offices-set-off-after-places",
            "There is no basis",
            Direct,
            Some("Sumitra Mahajan"),
            Some("Speaker of the Lok Sabha"),
        ),
        (
            "cues-that-open-their-own-clauses",
            "We have won a fair deal",
            Direct,
            Some("Kojo Mensimah"),
            Some("Union leader"),
        ),
        (
            "statements-issued-by-reported-names",
            "Ghanaians deserve to see",
            Direct,
            Some("Kestrel Alliance"),
            None,
        ),
        (
            "statements-issued-by-reported-names",
            "Belt and Road",
            Nonspeech,
            Some("Ruth Abara"),
            Some("Alliance leader"),
        ),
        (
            "owners-inside-appositive-complements",
            "roads and schools",
            Partial,
            Some("Wale Edun"),
            Some("Finance Minister"),
        ),
        (
            "honorifics-of-thailand-myanmar-and-elders",
            "I could not do more",
            Direct,
            Some("Tin Win"),
            Some("ward administrator"),
        ),
        (
            "honorifics-of-thailand-myanmar-and-elders",
            "The rent has not changed",
            Direct,
            Some("Nattaya Srisuk"),
            Some("landlord"),
        ),
        (
            "quotations-pointed-back-by-owners",
            "The board will review",
            Direct,
            None,
            None,
        ),
        (
            "descriptions-far-back-not-former-holders",
            "a court that listens",
            Partial,
            None,
            None,
        ),
        (
            "honorifics-of-thailand-myanmar-and-elders",
            "tired of promises",
            Partial,
            Some("Khin Mar Aye"),
            Some("teacher"),
        ),
        (
            "forms-of-address-before-full-names",
            "The papers are in order",
            Direct,
            Some("Rosa Quispe"),
            Some("Licenciada"),
        ),
        (
            "forms-of-address-before-full-names",
            "Nobody asked us",
            Direct,
            Some("Ernestina Villalba"),
            Some("Dona"),
        ),
        (
            "forms-of-address-before-full-names",
            "This river was here",
            Direct,
            Some("Jack Wandin"),
            Some("Uncle"),
        ),
        (
            "forms-of-address-before-full-names",
            "redesigned twice",
            Partial,
            Some("Raúl Medina"),
            Some("engineer"),
        ),
        (
            "forms-of-address-before-full-names",
            "It depends on the winter",
            Direct,
            Some("Hamid al-Rawi"),
            Some("visiting hydrologist"),
        ),
        (
            "forms-of-address-before-full-names",
            "Water does not ask",
            Direct,
            Some("Musa Ssekandi"),
            Some("Ugandan delegate"),
        ),
        (
            "forms-of-address-before-full-names",
            // ("Don" before a middle name is a given name: no form of address.)
            "The river will decide",
            Direct,
            Some("Don Wayne Carter"),
            None,
        ),
        (
            "forms-of-address-before-full-names",
            // ("Sayed" before one word is a given name.)
            "Every dam is a story",
            Direct,
            Some("Sayed Kashua"),
            Some("writer"),
        ),
        (
            "forms-of-address-before-full-names",
            "We will be back",
            Direct,
            Some("Don Lemon"),
            Some("host of the town's radio hour"),
        ),
        (
            "forms-of-address-with-given-names",
            "We delivered every tonne",
            Direct,
            Some("Tesfaye Gebremariam"),
            Some("Ato"),
        ),
        (
            "forms-of-address-with-given-names",
            "I am not complaining",
            Direct,
            Some("Tesfaye Gebremariam"),
            Some("Ato"),
        ),
        (
            "forms-of-address-with-given-names",
            "When credit stops",
            Direct,
            Some("Tariq Mehmood Sheikh"),
            Some("chairman of the millers' association"),
        ),
        (
            "forms-of-address-with-given-names",
            "They said the same thing",
            Direct,
            Some("Josette Laurencin"),
            Some("grower from Léogâne"),
        ),
        (
            "forms-of-address-with-given-names",
            "one more month",
            Partial,
            Some("Sarah Namusoke"),
            Some("Nalongo"),
        ),
        (
            "forms-of-address-with-given-names",
            "never signed",
            Partial,
            Some("Suresh Balakrishnan"),
            Some("Advocate"),
        ),
        (
            "forms-of-address-with-given-names",
            "Eight of us",
            Direct,
            Some("R. Kalaivani"),
            Some("teacher from the estate lines"),
        ),
        (
            "roles-set-off-after-cues",
            "We are not offshoring",
            Direct,
            Some("Alan Joyce"),
            Some("Corvane chief executive"),
        ),
        (
            "roles-set-off-after-cues",
            "Our investment in the new base",
            Direct,
            Some("Alan Joyce"),
            Some("Corvane chief executive"),
        ),
        (
            "roles-set-off-after-cues",
            "Prices will rise",
            Direct,
            Some("Bill Evans"),
            Some("Westmark chief economist"),
        ),
        (
            "roles-set-off-after-cues",
            "This is one of the darkest",
            Direct,
            Some("Nadia Farouk"),
            Some("union secretary"),
        ),
        (
            "bodies-named-before-their-officers",
            "The currency has been supported",
            Direct,
            Some("Muhammad Ibrahim"),
            Some("governor"),
        ),
        (
            "bodies-named-before-their-officers",
            "Globally, everyone",
            Direct,
            Some("Muhammad Ibrahim"),
            Some("governor"),
        ),
        (
            "habits-of-speech",
            "a central bank should be boring",
            Partial,
            Some("Wendell Gopaul"),
            Some("predecessor"),
        ),
        (
            "habits-of-speech",
            "The sea keeps",
            Direct,
            Some("Kwesi Mensah"),
            Some("old ferryman"),
        ),
        (
            "habits-of-speech",
            "a guest is a blessing",
            Partial,
            Some("Efua Boateng"),
            Some("grandmother"),
        ),
        (
            "pronouns-after-quotations-of-several-sentences",
            "The land is there",
            Direct,
            Some("Ramesh Kandasamy"),
            Some("minister for plantation communities"),
        ),
        (
            "pronouns-after-quotations-of-several-sentences",
            "before the end of the year",
            Partial,
            Some("Ramesh Kandasamy"),
            Some("minister for plantation communities"),
        ),
        (
            "forms-of-address-with-given-names",
            "We cannot pay twice",
            Direct,
            Some("Ali Zafar"),
            Some("president of the traders' union"),
        ),
        (
            "forms-of-address-with-given-names",
            "Nobody comes any more",
            Direct,
            Some("Syed Ali"),
            Some("shopkeeper"),
        ),
        (
            "don-beside-dona",
            "My hands know this leaf",
            Direct,
            Some("Altagracia Reyes"),
            Some("Doña"),
        ),
        (
            "don-beside-dona",
            "I built this factory",
            Direct,
            Some("Aurelio Olivar"),
            Some("father"),
        ),
        (
            "don-beside-dona",
            "It breaks my heart",
            Direct,
            Some("Aurelio Olivar"),
            Some("father"),
        ),
        (
            "surnames-shaped-as-fields",
            "ensure the airline",
            Partial,
            Some("Jeff Lawrence"),
            Some("ACTU secretary"),
        ),
        (
            "surnames-shaped-as-fields",
            "The law was written",
            Direct,
            Some("Ruth Spence"),
            Some("economist at the university"),
        ),
        (
            "associations-named-as-forums",
            "reflect global trends",
            Partial,
            Some("Tyre Makers' Forum"),
            None,
        ),
        (
            "associations-named-as-forums",
            "the least a government",
            Partial,
            Some("Landless Workers' Movement"),
            None,
        ),
        (
            "sources-before-colons",
            "While we expect some deceleration",
            Direct,
            Some("Mike Henry"),
            Some("group chief"),
        ),
        (
            "sources-before-colons",
            "We will buy what we need",
            Direct,
            Some("Port Hedland Steel Company"),
            None,
        ),
        (
            "sources-before-colons",
            "It feels like we are always",
            Direct,
            Some("Priya Sharma"),
            None,
        ),
        (
            "forms-of-address-with-given-names",
            "We will vote tonight",
            Direct,
            Some("Claire Dubreuil"),
            Some("mayor of Jacmel"),
        ),
        (
            "associations-named-as-forums",
            "Films need screens",
            Direct,
            Some("Tim League"),
            None,
        ),
        (
            "spokespeople-by-another-word",
            "Nobody will be harmed",
            Direct,
            Some("Musa Danladi"),
            Some("Superintendent"),
        ),
        (
            "spokespeople-by-another-word",
            "We have enough for every ward",
            Direct,
            Some("Kemi Adeyemi"),
            Some("spokeswoman for the health board"),
        ),
        (
            "spokespeople-by-another-word",
            "We will not stop",
            Direct,
            Some("Bala Usman"),
            Some("chairman"),
        ),
        (
            "descriptions-of-someone-unnamed",
            "We cannot stay here",
            Direct,
            Some("Kojo Mensah"),
            Some("husband"),
        ),
        (
            "descriptions-of-someone-unnamed",
            "The money was there",
            Direct,
            None,
            None,
        ),
        (
            "descriptions-of-someone-unnamed",
            "Every cedi is accounted for",
            Direct,
            Some("Ama Boakye"),
            Some("second official"),
        ),
        (
            "descriptions-of-someone-unnamed",
            "Where are the receipts",
            Direct,
            Some("Yaw Darko"),
            Some("Councillor"),
        ),
        (
            "positions-and-trades-as-descriptions",
            "We knew our chances were remote",
            Direct,
            Some("Davide Rinaldi"),
            Some("National team head coach"),
        ),
        (
            "positions-and-trades-as-descriptions",
            "I was a little rusty",
            Direct,
            Some("Leona Baptiste"),
            None,
        ),
        (
            "positions-and-trades-as-descriptions",
            "They belong together",
            Direct,
            Some("Ilse Marrak"),
            None,
        ),
        (
            "quotations-owned-as-replies",
            "I am a bit fired up",
            Direct,
            Some("Neil Farrant"),
            Some("Dundee manager"),
        ),
        (
            "quotations-owned-as-replies",
            "That is a matter for the board",
            Direct,
            Some("Moira Leckie"),
            Some("chairwoman"),
        ),
        (
            "chiefs-and-forms-of-address-of-africa",
            "The hills are for the springs",
            Direct,
            Some("Mothusi Sebego III"),
            Some("Kgosi"),
        ),
        (
            "chiefs-and-forms-of-address-of-africa",
            "We cannot sell what we cannot shear",
            Direct,
            Some("Lefa Mokoena"),
            Some("wool farmer"),
        ),
        (
            "chiefs-and-forms-of-address-of-africa",
            "If we wait for the capital",
            Direct,
            Some("Kwasi Agbeko IV"),
            Some("Togbui"),
        ),
        (
            "chiefs-and-forms-of-address-of-africa",
            "I will sit here until they carry me",
            Direct,
            Some("Nomvula Zungu"),
            Some("Gogo"),
        ),
        (
            "names-opening-with-okina",
            "I have never seen a community",
            Direct,
            Some("ʻAna Taufaʻahau Moala"),
            Some("principal"),
        ),
        (
            "names-opening-with-okina",
            "Every child on this coast",
            Direct,
            Some("ʻIlima Kealoha-Pua"),
            None,
        ),
        (
            "names-opening-with-okina",
            "I have been feeding these children",
            Direct,
            Some("ʼMamosa Letsie"),
            None,
        ),
        (
            "affiliations-ending-in-nouns",
            "A child at home during school hours",
            Direct,
            Some("Sipho Mavimbela"),
            Some("Chief"),
        ),
        (
            "affiliations-ending-in-nouns",
            "We will not turn anyone away",
            Direct,
            Some("Thandeka Nxumalo"),
            None,
        ),
        (
            "affiliations-ending-in-nouns",
            "The buses will run on time",
            Direct,
            Some("Reuben Okafor"),
            None,
        ),
        (
            "questions-before-new-sentences",
            "I am told the contractor",
            Direct,
            Some("Adunni Okafor-Bello"),
            Some("headmistress"),
        ),
        (
            "questions-before-new-sentences",
            "If he has been paid",
            Direct,
            Some("Adunni Okafor-Bello"),
            Some("headmistress"),
        ),
        (
            "questions-before-new-sentences",
            "Who will pay for the roof",
            Direct,
            Some("Tunde Afolabi"),
            None,
        ),
        (
            "namesakes-told-apart-by-titles",
            "We are the same blood",
            Direct,
            Some("Sumo Kollie"),
            Some("Reverend"),
        ),
        (
            "namesakes-told-apart-by-titles",
            "The deed is in my name",
            Direct,
            Some("Sumo Kollie"),
            Some("Reverend"),
        ),
        (
            "namesakes-told-apart-by-titles",
            "We will share the pulpit",
            Direct,
            Some("Flomo Kollie"),
            Some("Pastor"),
        ),
        (
            "descriptions-of-someone-unnamed",
            "The contract was never tendered",
            Direct,
            Some("Efua Asante"),
            Some("lawyer for the residents"),
        ),
        (
            "quotations-owned-as-replies",
            "No comment",
            Direct,
            None,
            None,
        ),
        (
            "objects-of-relative-clauses",
            "He will be charged on Monday",
            Direct,
            Some("Police"),
            None,
        ),
        (
            "objects-of-relative-clauses",
            "My client was defending her stall",
            Direct,
            None,
            None,
        ),
        (
            "objects-of-relative-clauses",
            "It was over in a minute",
            Direct,
            Some("Ama Boateng"),
            None,
        ),
        (
            "contrasts-after-conjunctions",
            "I took a chance and the team",
            Direct,
            Some("Jonas Nyborg"),
            None,
        ),
        (
            "descriptions-of-someone-unnamed",
            "There are still big gaps on sugar",
            Direct,
            None,
            None,
        ),
        (
            "namesakes-told-apart-by-titles",
            "This seat belongs to the people",
            Direct,
            Some("Ann Bell"),
            Some("Sen."),
        ),
        (
            "objects-of-relative-clauses",
            "long overdue",
            Partial,
            Some("Kojo Asare"),
            None,
        ),
        (
            "objects-of-relative-clauses",
            "a disgrace",
            Partial,
            Some("Kwesi Asare"),
            None,
        ),
        (
            "contrasts-after-conjunctions",
            "We cannot subsidise fuel forever",
            Direct,
            Some("Emeka Nwosu"),
            Some("Governor"),
        ),
        (
            "names-before-verbs-and-roles",
            "We cannot subsidise fuel forever",
            Direct,
            Some("Emeka Nwosu"),
            Some("Governor"),
        ),
        (
            "names-before-verbs-and-roles",
            "She kept the peace",
            Direct,
            Some("Ngozi Eze"),
            None,
        ),
        (
            "lawyers-representing-someone",
            "She has done nothing wrong",
            Direct,
            None,
            None,
        ),
        (
            "lawyers-representing-someone",
            "We will appeal",
            Direct,
            None,
            None,
        ),
        (
            "lawyers-representing-someone",
            "I will clear my name",
            Direct,
            Some("Grace Wanjiru-Odhiambo"),
            None,
        ),
        (
            "relatives-names-are-no-titles",
            "We are doing this out of desperation",
            Direct,
            Some("Son Woo-jin"),
            Some("union leader"),
        ),
        (
            "relatives-names-are-no-titles",
            "It is over",
            Direct,
            Some("Son Min-kyu"),
            None,
        ),
        (
            "relatives-names-are-no-titles",
            "My father never gave up",
            Direct,
            Some("Daniel Reyes"),
            Some("His son"),
        ),
        (
            "relatives-names-are-no-titles",
            "We pray for both families",
            Direct,
            Some("Tomas Quill"),
            Some("Father"),
        ),
        (
            "ledes-that-name-later",
            "extremely serious",
            Partial,
            Some("Eoin Tallon"),
            Some("Judge"),
        ),
        (
            "ledes-that-name-later-inspector",
            "tell the truth",
            Partial,
            Some("Rawiri Tane"),
            Some("Inspector"),
        ),
        (
            "it-after-a-body-described",
            "obstructing",
            Partial,
            Some("National Kestrel Workers Union"),
            None,
        ),
        (
            "it-after-a-body-described",
            "those who are still hesitant",
            Partial,
            Some("National Kestrel Workers Union"),
            None,
        ),
        (
            "it-after-a-body-described",
            "Let us unite our strength",
            Direct,
            Some("National Kestrel Workers Union"),
            None,
        ),
        (
            "datelines-with-agencies",
            "cannot be countenanced",
            Partial,
            Some("Supreme Court"),
            None,
        ),
        (
            "datelines-with-agencies",
            "Liberty of an individual",
            Direct,
            Some("Meera Kulkarni-Rao"),
            Some("Justice"),
        ),
        (
            "datelines-with-agencies",
            "baseless",
            Partial,
            Some("Sindh Police"),
            None,
        ),
        (
            "letters-onto-party-names",
            "Losing three wards",
            Direct,
            Some("Sreelekha Varma"),
            Some("district secretary"),
        ),
        (
            "letters-onto-party-names",
            "We will go to the tribunal",
            Direct,
            Some("Tariq Hameed Bhatti"),
            Some("leader"),
        ),
        (
            "acronym-titles-as-descriptions",
            "We are acting on every complaint",
            Direct,
            Some("S. Sivanesan"),
            Some("Point Pedro Police OIC Chief Inspector"),
        ),
        (
            "acronym-titles-as-descriptions",
            "We have sent two agents",
            Direct,
            Some("FBI"),
            None,
        ),
        (
            "portfolios-after-titles",
            "Seventy per cent of the cases",
            Direct,
            Some("Rahila Naseem Hashmi"),
            Some("Mines Commission of Pakistan"),
        ),
        (
            "participles-opening-sentences",
            "impossible to tell",
            Partial,
            Some("Nicholas Dellow"),
            Some("pathologist"),
        ),
        (
            "participles-opening-sentences",
            "The main active treatments",
            Direct,
            Some("Nicholas Dellow"),
            Some("pathologist"),
        ),
        (
            "relatives-names-are-no-titles",
            "Dad was a legend",
            Direct,
            Some("Tom Hall"),
            Some("Son"),
        ),
        (
            "acronym-titles-as-descriptions",
            "Relief is on the way",
            Direct,
            Some("NDMA"),
            None,
        ),
        (
            "ledes-that-name-later",
            "We will appeal",
            Direct,
            None,
            None,
        ),
        (
            "ledes-that-name-later-inspector",
            "pupils were terrified",
            Partial,
            None,
            None,
        ),
        (
            "acronym-titles-as-descriptions",
            "We will win all seats",
            Direct,
            Some("APC"),
            None,
        ),
        (
            "owners-before-offices-with-fields",
            "These sanctions are a barrier",
            Direct,
            Some("Tarek Hassan al-Qudsi"),
            Some("Veloria's Foreign Minister"),
        ),
        (
            "owners-before-offices-with-fields",
            "We are ready to talk",
            Direct,
            Some("Anna Petrosyan-Vell"),
            Some("Marlovia’s Deputy Defence Minister"),
        ),
        (
            "owners-before-offices-with-fields",
            "The border stays open",
            Direct,
            Some("Ilse Varga"),
            Some("Kestrova's Prime Minister"),
        ),
        (
            "appositives-with-places",
            "Annulment costs",
            Direct,
            Some("Remigio Dalisay"),
            Some("parish priest"),
        ),
        (
            "appositives-with-places",
            "I understood what he meant",
            Direct,
            Some("Tomas anak Jugah"),
            Some("11th prosecution witness"),
        ),
        (
            "cues-after-dashes",
            "We suspended our participation",
            Direct,
            Some("Aram Vardanyan"),
            Some("Prime Minister"),
        ),
        (
            "cues-after-dashes",
            "We will continue our dialogue",
            Direct,
            Some("Kestrel Council"),
            None,
        ),
        (
            "cues-after-dashes",
            "The talks were useful",
            Direct,
            Some("Aram Vardanyan"),
            Some("Prime Minister"),
        ),
        (
            "cues-after-dashes",
            "Nothing is agreed",
            Direct,
            Some("Maria Ortiz"),
            Some("Gov."),
        ),
        (
            "peoples-adjectives-before-roles",
            "Eighteen dollars",
            Direct,
            Some("Chloe Hartigan"),
            Some("Australian tourist"),
        ),
        (
            "peoples-adjectives-before-roles",
            "will recover when",
            Partial,
            Some("Jean-Luc Ferrand"),
            Some("finance chief"),
        ),
        (
            "peoples-adjectives-before-roles",
            "The strength of Chinese demand",
            Direct,
            Some("Jean-Luc Ferrand"),
            Some("finance chief"),
        ),
        (
            "peoples-adjectives-before-roles",
            "We expect ships by Friday",
            Direct,
            Some("Dana Calabrese"),
            None,
        ),
        (
            "offices-with-fields-after-and-the",
            "We have conveyed our concerns",
            Direct,
            Some("Ong Li Ping"),
            Some("Minister for Sustainability and the Environment"),
        ),
        (
            "offices-with-fields-after-and-the",
            "The homes will be ready",
            Direct,
            Some("Tomas Vell"),
            Some("Secretary of State for Housing and the Regions"),
        ),
        (
            "peoples-adjectives-before-roles",
            "It was just another match",
            Direct,
            Some("Petrovic"),
            None,
        ),
        (
            "peoples-adjectives-before-roles",
            "I am free",
            Partial,
            Some("Julian"),
            None,
        ),
        (
            "peoples-adjectives-before-roles",
            "very decent man",
            Partial,
            Some("Dale Whitmore"),
            Some("Republican presidential front-runner"),
        ),
        ("cues-after-dashes", "never again", Nonspeech, None, None),
        (
            "appositives-with-places",
            "My friend agrees",
            Direct,
            None,
            None,
        ),
        (
            "quotes-presented-by-their-source",
            "We work on the basis",
            Direct,
            Some("Ilse Marwick"),
            Some("Central Bank Governor"),
        ),
        (
            "quotes-presented-by-their-source",
            "We will build the bridge",
            Direct,
            Some("Tomas Vell"),
            None,
        ),
        (
            "verbs-of-going-on",
            "does not agree",
            Partial,
            Some("Ana Lindqvist"),
            Some("Foreign policy chief"),
        ),
        (
            "verbs-of-going-on",
            "monitor the situation",
            Partial,
            Some("Tom Reed"),
            Some("Mayor"),
        ),
        (
            "verbs-of-going-on",
            "We will not stop",
            Direct,
            Some("Ana Lindqvist"),
            Some("Foreign policy chief"),
        ),
        (
            "quotes-presented-by-their-source",
            "We have reached an agreement",
            Direct,
            Some("Adam Fisk"),
            Some("Governor"),
        ),
        (
            "quotes-presented-by-their-source",
            "I cannot support a budget",
            Direct,
            Some("Joan Pell"),
            Some("Senator"),
        ),
        (
            "quotes-presented-by-their-source",
            "Europe must stand together",
            Direct,
            Some("Elena Marsh"),
            Some("President"),
        ),
        (
            "verbs-of-going-on",
            "We will not give in",
            Direct,
            Some("Tom Reed"),
            Some("Mayor"),
        ),
        (
            "titles-of-works-in-descriptions",
            "I wrote it in a week",
            Direct,
            Some("Mina Varga"),
            Some("Pop star"),
        ),
        (
            "titles-of-works-in-descriptions",
            "without any distortions",
            Partial,
            Some("Rohan Mehra"),
            Some("Film star"),
        ),
        (
            "titles-of-works-in-descriptions",
            "It is interesting to play",
            Direct,
            Some("Rohan Mehra"),
            Some("Film star"),
        ),
        (
            "titles-of-works-in-descriptions",
            "I would like to sincerely",
            Direct,
            Some("Rohan Mehra"),
            Some("Film star"),
        ),
        (
            "interviews-between-subjects-and-cues",
            "We are ready to sign",
            Direct,
            Some("Aram Voskanyan"),
            Some("Prime Minister"),
        ),
        (
            "interviews-between-subjects-and-cues",
            "balanced",
            Partial,
            Some("Lena Dorsey"),
            Some("Finance Minister"),
        ),
        (
            "documents-owned-by-descriptions",
            "We will rebuild the ward",
            Direct,
            Some("Ana Ruiz"),
            Some("Health Minister"),
        ),
        (
            "documents-owned-by-descriptions",
            "No patient was harmed",
            Direct,
            Some("Ana Ruiz"),
            Some("Health Minister"),
        ),
        (
            "documents-owned-by-descriptions",
            "The ward opens in May",
            Direct,
            None,
            None,
        ),
        (
            "relatives-set-off-after-prepositions",
            "It looked like a war zone",
            Direct,
            Some("Jim Dunstan"),
            None,
        ),
        (
            "relatives-set-off-after-prepositions",
            "It was pretty scary",
            Direct,
            Some("Tracy"),
            Some("wife"),
        ),
        (
            "relatives-set-off-after-prepositions",
            "We slept in the car",
            Direct,
            Some("Joy Reyes"),
            Some("wife"),
        ),
        (
            "fragments-before-a-closing-clause",
            "serious dent",
            Partial,
            Some("Ashwin Lohar"),
            Some("Railway Board chairman"),
        ),
        (
            "fragments-before-a-closing-clause",
            "certain unfortunate incidents",
            Partial,
            Some("Ashwin Lohar"),
            Some("Railway Board chairman"),
        ),
        (
            "fragments-before-a-closing-clause",
            "a great deal of weight",
            Partial,
            Some("Neil Sorka"),
            Some("party spokesman"),
        ),
        (
            "railways-as-organisations",
            "The driver did an excellent",
            Direct,
            Some("Sunil Udane"),
            None,
        ),
        (
            "documents-owned-by-descriptions",
            "My client denies the charge",
            Direct,
            None,
            None,
        ),
        (
            "relatives-set-off-after-prepositions",
            "I miss her every day",
            Direct,
            None,
            None,
        ),
        (
            "relatives-set-off-after-prepositions",
            "We heard the roof go",
            Direct,
            Some("Mary"),
            Some("His wife"),
        ),
        (
            "interviews-between-subjects-and-cues",
            "the truth",
            Partial,
            Some("Ann Leeson"),
            None,
        ),
        (
            "titles-of-works-in-descriptions",
            "I have never felt so nervous",
            Direct,
            Some("Dana Whitlow"),
            Some("Stage star"),
        ),
        (
            "ages-set-off-before-open-verbs",
            "I'm so worried",
            Direct,
            Some("Georgina Salas"),
            None,
        ),
        (
            "ages-set-off-before-open-verbs",
            "I hope that my grandmother",
            Direct,
            Some("Josefa Leite da Costa"),
            Some("Seamstress"),
        ),
        (
            "ages-set-off-before-open-verbs",
            "The claim is baseless",
            Direct,
            Some("Tom Hale"),
            None,
        ),
        (
            "stray-commas-after-titled-names",
            "monopolise",
            Partial,
            Some("Ilene Farber"),
            Some("Shore's lawyer"),
        ),
        (
            "stray-commas-after-titled-names",
            "must be able to bear",
            Partial,
            Some("Stefan Korner"),
            Some("chairman of the liberal Kestrel Party"),
        ),
        (
            "stray-commas-after-titled-names",
            "a waste of time",
            Partial,
            Some("Tom Bellamy"),
            Some("Judge"),
        ),
        (
            "surnames-misspelt-by-a-doubled-letter",
            "I voted against it. Four",
            Direct,
            Some("Ron Cannan"),
            Some("Coun."),
        ),
        (
            "surnames-misspelt-by-a-doubled-letter",
            "We will stay open",
            Direct,
            Some("Philips"),
            None,
        ),
        (
            "fragments-before-a-closing-clause",
            "the new Messi",
            Nonspeech,
            None,
            None,
        ),
        (
            "fragments-before-a-closing-clause",
            "lies",
            Partial,
            Some("Reed"),
            None,
        ),
        (
            "trades-in-man-as-varied-descriptions",
            "At my age, I thought",
            Direct,
            Some("Che Mat Yusri"),
            Some("neighbour"),
        ),
        (
            "trades-in-man-as-varied-descriptions",
            "The river is our road now",
            Direct,
            Some("Lina Moraes"),
            None,
        ),
    ]
};

#[test]
fn who_said_it() {
    let mut wrong = Vec::new();
    for &(fixture, opening, kind, name, role) in EXPECTED {
        let text = read(fixture);
        let found = extract(&text);
        let Some(q) = found.quotes.iter().find(|q| q.text.starts_with(opening)) else {
            wrong.push(format!("{fixture}: no quotation opens with {opening:?}"));
            continue;
        };
        let got = (q.kind, q.speaker.name.as_deref(), q.speaker.role.as_deref());
        if got != (kind, name, role) {
            wrong.push(format!(
                "{fixture}: {opening:?}: expected {:?}, got {got:?} (rule {})",
                (kind, name, role),
                q.speaker.rule
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_fixture_is_in_the_table() {
    for path in fixtures() {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        assert!(
            EXPECTED.iter().any(|e| e.0 == stem),
            "fixtures/attribution/{stem}.txt has no expectation in tests/attribution.rs"
        );
    }
}

#[test]
fn no_quotation_is_an_elision() {
    // "rock ’n’ roll", "the ’60s", "the mid-’90s": apostrophes, not a quotation "n".
    let found = extract(&read("apostrophes"));
    let texts: Vec<&str> = found.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["It is the music of my youth,"]);
}

#[test]
fn fixtures_snapshots() {
    common::snapshot_fixtures(&fixtures(), "attribution");
}
