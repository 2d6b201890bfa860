//! Mentions: the words that name a speaker.
//!
//! This is where a speaker's mention is read. The nom rules below (each quoting its rule from
//! `grammar/GRAMMAR.md`) recognise a proper name with its titles ("Maj. Jaren Stafani",
//! "White House press secretary Sean Spicer"), a description ("the Mexican leader") and a
//! pronoun ("she"). [`crate::extract::attribution`] finds them beside a cue;
//! [`crate::extract::speaker`] reads every name of the narration with [`titled_name`] and
//! resolves each mention to a person or organisation.

use crate::extract::lexicon::{flag, lowercase, Flags, PronounKind, RoleKind, LEXICON};
use crate::extract::quote::RawQuote;
pub use crate::extract::text::is_time_noun;
use crate::extract::text::{numbering, opens_with_capital, plain_word_len, word_len, SplitWs};
use crate::extract::token::Tokens;
use nom::{
    branch::alt,
    bytes::complete::{tag, take_till1, take_while},
    character::complete::{char, one_of},
    combinator::{opt, recognize, verify},
    multi::many0_count,
    IResult, Parser,
};
use std::ops::Range;

type R<'a, T> = IResult<&'a str, T>;

/// How a mention names its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// A proper name, maybe with titles: "Mexican President Claudia Sheinbaum".
    Name,
    /// he, she, they, I, we, it, who; and his/her/their as a sentence's possessor.
    Pronoun(PronounKind),
    /// A determiner and a role noun: "the Mexican leader", "a think tank".
    Description(RoleKind),
}

/// A mention found by the grammar, as byte offsets into the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The whole mention ("Maj. Jaren Stafani").
    pub span: Range<usize>,
    /// The words that name the speaker without titles ("Jaren Stafani"), or the pronoun,
    /// or the role noun of a description.
    pub head: Range<usize>,
    pub kind: MentionKind,
}

// ---------------------------------------------------------------------------------------
// Words

/// `gap = { " " | TAB | NBSP | NNBSP | THIN SPACE } ;`
pub fn gap(i: &str) -> R<'_, &str> {
    take_while(|c: char| matches!(c, ' ' | '\t' | '\u{a0}' | '\u{202f}' | '\u{2009}')).parse(i)
}

/// `word = word_char , { word_char | joiner , word_char } , [ "." (: after an abbreviation or initial) ] ;`
pub fn word(i: &str) -> R<'_, &str> {
    // (Most words are read at once; the document's other words were read once, and a word at
    // a token is that token.)
    let n = plain_word_len(i.as_bytes())
        .or_else(|| memo::word_len(i))
        .unwrap_or_else(|| word_len(i));
    match n {
        0 => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Alpha,
        ))),
        n => Ok((&i[n..], &i[..n])),
    }
}

pub(crate) fn is_capitalized(w: &str) -> bool {
    // (Past an ʻokina too: "ʻAna Taufaʻahau Moala", "ʼMamosa Letsie".)
    opens_with_capital(w)
}

/// `name_word = word , (: capitalised, not in not_names.txt, not a cue verb, not a place joined to an origin participle, "Kenyan-born") | "A" (: before " " , a capital letter , " " , a capital) ;`
pub fn name_word(i: &str) -> R<'_, &str> {
    let (r, w) = word(i)?;
    if is_name_word(w) || w == "A" && initial_before_initial(r) {
        Ok((r, w))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    }
}

/// Does `after`, the text after a capital "A", go on with an initial written without its
/// stop and a capitalised word or another initial: " K Anand", " B C Rao"? Then the "A" is
/// an initial too, "A K Anand", as South Asian names are written, and no article (an article
/// comes before a word, not a lone letter).
///
/// Not before initials that open a company's name and a lower-case noun, whose "A" is the
/// article: "A J Sainsbury spokesman", "A D M spokesman", "A U S official". The initials must
/// reach a word of two letters or more that no lower-case word follows.
pub(crate) fn initial_before_initial(after: &str) -> bool {
    let b = after.as_bytes();
    if !(b.len() >= 4
        && b[0] == b' '
        && b[1].is_ascii_uppercase()
        && b[2] == b' '
        && b[3].is_ascii_uppercase())
    {
        return false;
    }
    // The words after the initials: a capitalised word of two letters or more, then no
    // lower-case noun.
    let mut ws = after[1..].split(' ');
    let mut long = false;
    for w in ws.by_ref().take(6) {
        let bare = w.trim_end_matches([',', '.', ';', ':']);
        if bare.len() == 1 && bare.as_bytes()[0].is_ascii_uppercase() {
            if long {
                break;
            }
            continue;
        }
        if !is_capitalized(bare) {
            return long && role_of(bare).is_none() && !bare.starts_with("spokes");
        }
        long = true;
        if bare.len() < w.len() {
            return true;
        }
    }
    long
}

/// The test of [`name_word`] on a word already read.
pub(crate) fn is_name_word(w: &str) -> bool {
    is_capitalized(w) && is_name_word_with(w, memo::flags(w))
}

/// The test of [`name_word`] on a capitalised word with its lexicon flags `f`.
fn is_name_word_with(w: &str, f: Flags) -> bool {
    // `is_inflected_cue` of the lower case: for ASCII, lower-casing it again changes
    // nothing, so the flags of the lower case answer it.
    let inflected = if w.is_ascii() {
        f.lower & flag::CUE != 0 && f.lower & flag::CUE_BASE == 0
    } else {
        LEXICON.is_inflected_cue(&lowercase(w))
    };
    f.exact & (flag::NOT_NAME | flag::PRONOUN) == 0
        && !inflected
        && !w.ends_with("’s")
        && !w.ends_with("'s")
        // (A verb's negation, capitalised in a headline: "Pope Francis Won’t Judge".)
        && !w.ends_with("n’t")
        && !w.ends_with("n't")
        && !is_origin_compound(w)
}

/// A capitalised place or people joined by a hyphen to a participle that says where someone
/// comes from or is based: "Kenyan-born", "Texas-raised", "London-based". An adjective before a
/// name, no word of it: "South Korean-born Monte Haines" is Monte Haines. (A double surname's
/// second part is capitalised, "Hill-Lewis"; these participles are a closed class. Not the
/// participles of backing, "Women-led", "Saudi-backed", which as often open an
/// organisation's name; nor "-based" after a common noun, "Faith-based Coalition",
/// "Community-based". Ownership by a people or the state is, "South Korean-owned",
/// "State-owned".)
pub(crate) fn is_origin_compound(w: &str) -> bool {
    // (Told from the last byte first, then the hyphen where a participle ends the word: this
    // is asked of nearly every capitalised word.)
    if !matches!(w.as_bytes().last(), Some(b'n' | b'd')) {
        return false;
    }
    let Some(tail) = [
        "born", "raised", "bred", "educated", "trained", "based", "owned",
    ]
    .into_iter()
    .find(|t| w.ends_with(t)) else {
        return false;
    };
    let Some(first) = w[..w.len() - tail.len()].strip_suffix('-') else {
        return false;
    };
    match tail {
        "born" | "raised" | "bred" | "educated" | "trained" => true,
        // (Owned by a people or a state: "South Korean-owned Hanbit Components", "State-owned
        // Eskom"; not "Family-owned", "Employee-owned", which as often open a name.)
        "owned" => first == "State" || first.ends_with("an") || has_demonym_ending(first),
        "based" => !matches!(
            first,
            "Faith"
                | "Community"
                | "Home"
                | "Evidence"
                | "Plant"
                | "Web"
                | "Cloud"
                | "Science"
                | "Market"
                | "Merit"
                | "Values"
                | "Rules"
                | "Team"
                | "Family"
                | "School"
                | "Church"
                | "Land"
                | "Sea"
                | "Water"
                | "Space"
        ),
        _ => false,
    }
}

/// `origin = { place_word , gap } (: up to four, capitalised, stops inside ("St.", "U.S."), a name's particle or "of" between two of them) , place_word , "-" , participle (: of origin, as in name_word) ;`
///
/// A place of one word or several joined to a participle of origin, which describes the
/// person named after it: "Rio de Janeiro-born", "St. Louis-born", "U.S.-born", "Isle of
/// Man-raised". Returns what follows it. (A word that `word` reads ends at a stop, "U.S." then
/// "-born"; the place is read here as written between blanks.)
pub(crate) fn origin(i: &str) -> Option<&str> {
    let mut r = i;
    for k in 0..5 {
        let n = r
            .find([' ', '\t', '\u{a0}', '\u{202f}', '\u{2009}'])
            .unwrap_or(r.len());
        let w = &r[..n];
        let (rest, g) = gap(&r[n..]).ok()?;
        if g.is_empty() {
            return None;
        }
        if is_origin_compound(w) {
            return Some(rest);
        }
        let place = is_capitalized(w)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'));
        // (A particle only between two capitalised words: "Rio de Janeiro", "Isle of Man".)
        let particle =
            k > 0 && (is_name_particle(w) || matches!(w, "of" | "la" | "le" | "el" | "do"));
        if !(place || particle && rest.starts_with(char::is_uppercase)) {
            return None;
        }
        r = rest;
    }
    None
}

/// A surname written with its Arabic article in lower case, inside a name: "Bashar
/// al-Assad", "Abdallah bin Salim al-Amoudi", "Abdel Fattah el-Sisi".
///
/// (Its first three bytes first, told at once: the tokens ask this of nearly every word of a
/// name and of the word after it, and hardly any opens so.)
#[inline]
fn is_prefixed_surname(w: &str) -> bool {
    matches!(w.as_bytes().get(..3), Some(b"al-" | b"el-")) && is_prefixed_surname_read(w)
}

/// [`is_prefixed_surname`] of a word that opens with "al-" or "el-".
fn is_prefixed_surname_read(w: &str) -> bool {
    ["al-", "el-"].iter().any(|p| {
        w.strip_prefix(p).is_some_and(|rest| {
            rest.starts_with(char::is_uppercase)
                && rest
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        })
    })
}

/// `connector = "of" | "de" | "del" | "della" | "da" | "das" | "dos" | "di" | "van" | "von" | "der" | "den" | "ter" | "bin" | "arap" | "al" | "la" | "le" | "du" | "des" | "ul" | "ap" | "los" | "las" | "anak" | "binti" | "binte" | "bint" | "ibn" | "wa" | "the" | "n" (: a trade name's "and", "Pick n Pay") | "ng" (: the Tagalog "of" of a body's name) ;`
pub fn connector(i: &str) -> R<'_, &str> {
    verify(word, is_connector).parse(i)
}

/// The test of [`connector`] on a word already read.
fn is_connector(w: &str) -> bool {
    // ("n", the "and" of a trade name: "Pick n Pay Stores", "Toys n Things"; "ng", the
    // Tagalog "of" of a body's name, "Pambansang Lakas ng Kilusang Mamamalakaya ng
    // Pilipinas", no particle of a person's name: "Ng" is a surname.)
    matches!(w, "of" | "the" | "n" | "ng") || is_name_particle(w)
}

/// A particle that stands inside a name, written in lower case: "Ursula von der Leyen",
/// "Joana Figueiredo dos Santos", "Bashar al Assad", "Ricardo dela Cruz", the Welsh "Rhun ap
/// Iorwerth", the Spanish "Maria Clara de los Santos", Sarawak's "Jabu anak Ngelai", the Malay
/// "Nur Aisyah binti Rahman", the Kikuyu "Mwangi wa Kamau". The
/// [`connector`]s but "of" and "the"; [`crate::extract::speaker`] reads a surname's particle
/// from the same list.
pub fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "del"
            | "dela"
            | "delos"
            | "della"
            | "da"
            | "das"
            | "dos"
            | "di"
            | "van"
            | "von"
            | "der"
            | "den"
            | "ter"
            | "bin"
            | "arap"
            | "al"
            | "la"
            | "le"
            | "du"
            | "des"
            | "ul"
            | "ap"
            | "los"
            | "las"
            | "anak"
            | "binti"
            | "binte"
            | "bint"
            | "ibn"
            | "wa"
    )
}

/// Do a titled name's `titles` (its words before its head) hold an office's field ("Director
/// of Amnesty International", "Executive Director of Human") and end with no title of a
/// holder's ("… for Health Dr")? Then, where a holder is set off after a comma, the head is
/// the field's last words, no one's name ("Director of Amnesty International Veloria, Osa
/// Ojimba, said"): the registry and the appositive ask it.
pub(crate) fn titles_hold_office_field(titles: &str) -> bool {
    (titles.contains(" of ") || titles.contains(" for "))
        && !titles
            .split_ws()
            .next_back()
            .is_some_and(|w| LEXICON.is_title(w))
}

/// Do a name's `titles` (its words before its head) end with the "for", "of" or "to" of an
/// office, so that the head is the office's object, not someone's name: "The MP for Leeds
/// North", "The Speaker of the House", "the Minister for Communications", "the Ambassador to
/// Mexico".
pub fn titles_end_in_office_link(titles: &str) -> bool {
    let titles = titles.trim_end();
    let titles = titles.strip_suffix(" the").unwrap_or(titles);
    titles.ends_with(" for") || titles.ends_with(" of") || titles.ends_with(" to")
}

/// `name_possessive = word (: a plural of people, "Nurses", "Teachers", "Children", "Women"; a saint's name after "St", "St." or "Saint"; or a monarch's title, "Queen", "King", "Prince", "Princess") , ( "’" | "'" | "’s" | "'s" ) (: before a gap and a capitalised organisation's noun, or up to two capitalised words then one) ;`
///
/// A plural's possessive inside an organisation's name, before its noun: "the Veloria Nurses’
/// Association", "Harbour Teachers’ Union", "Kestrel Children’s Hospital"; and the
/// institutions named after a saint or a monarch, "St Hilda’s College", "St Thomas’
/// Hospital", "Queen’s University". `w` is the word read (with its "’s", or without its "’",
/// which `r`, what follows it, then opens), `prev` the name's word before it (`""` for
/// none); returns what follows the mark, where the gap and the organisation's noun go on
/// with the name.
/// (Only a plural of people, "-ers", "-ists", "-ents", "-men", a saint and a monarch: a
/// place's or a person's possessive owns the organisation after it, "Kenya’s Parliament",
/// "Trump’s Foundation".)
pub(crate) fn name_possessive<'a>(prev: &str, w: &str, r: &'a str) -> Option<&'a str> {
    let saint = matches!(prev, "St" | "St." | "Saint");
    let monarch = |stem: &str| matches!(stem, "Queen" | "King" | "Prince" | "Princess");
    let (stem, r) = match r.strip_prefix(['’', '\'']) {
        // ("Nurses’ Association": the mark after the word.)
        Some(after) if w.ends_with('s') => (w, after),
        Some(_) => return None,
        None => {
            let stem = w.strip_suffix("’s").or_else(|| w.strip_suffix("'s"))?;
            // (The plurals that take "’s": "Children’s", "Women’s", "Fishermen’s".)
            if !(saint
                || stem.ends_with("men")
                || matches!(stem, "Children" | "People")
                || monarch(stem))
            {
                return None;
            }
            (stem, r)
        }
    };
    let people = saint && is_capitalized(stem)
        || monarch(stem)
        || stem.len() > 4
            && is_capitalized(stem)
            && ([
                "ers", "ors", "ists", "ans", "ents", "ants", "ses", "ees", "ives", "men", "ren",
                "ople", "ples", "oys", "irls",
            ]
            .iter()
            .any(|e| stem.ends_with(e)));
    if !people {
        return None;
    }
    // (The noun may come after up to two capitalised words of the name: "the Farmers’
    // Cooperative Society of Nakuru".)
    let mut after = r;
    for _ in 0..3 {
        let (a, g) = gap(after).ok()?;
        if g.is_empty() {
            return None;
        }
        let (a2, w) = word(a).ok()?;
        if !is_capitalized(w) {
            return None;
        }
        if LEXICON.is_organization_word(w) {
            return Some(r);
        }
        after = a2;
    }
    None
}

/// `proper_name = ( name_word | prefixed_surname | name_possessive ) , { gap , { connector | "for" (: after an office's title, not an honorific, or an organisation's noun or its plural) | "to" (: after an envoy's or an aide's title, or after an organisation's noun or its plural before two capitalised words, "Committee to Protect Journalists") | "Without" | "Against" (: before a capitalised word, "Reporters Without Borders", "Action Against Hunger") | "and" (: inside an organisation's name, or between two titles before a full name) | "&" (: before a capitalised word) , gap } , ( name_word | prefixed_surname (: "al-Assad", "el-Sisi") | name_possessive (: "Nurses’ Association") | possessive (: after a connector, ending an organisation's name: "Ministry of Health’s") | "Said" (: after a name word, before a comma and an age, an article, an owner or "who", or before a name word that ends the name before a full stop, a semicolon, a closing parenthesis, a lower-case word, or a comma and a lower-case word or a digit: "Mwanaisha Said, a trader,", "Omari Said Athman, 77,") ) } , [ { ", " , field } , ( " and " | ", and " ) , [ "the" , gap ] , field (: fields listed after an organisation's noun, "of" or "for" and its first field, each one capitalised word, the last up to three, with no given name, title or organisation's noun: "Department of Agriculture, Food and the Marine") ] , [ gap , possessive ] | possessive ;`
///
/// A possessive ends a name and stays part of it ("President Donald Trump’s offer"), so that
/// the name is not cut short; [`crate::extract::speaker`] drops the "’s".
pub fn proper_name(i: &str) -> R<'_, &str> {
    // The rule by hand rather than with `many0`, which collects into a vector that nobody
    // reads, and which would read each word twice (as a connector, then as a name word).
    // ("al-Assad said": a surname with its article may open the name too.)
    let Ok((mut r, first)) = name_word(i)
        .or_else(|_| verify(word, is_prefixed_surname).parse(i))
        // ("Children’s Hospital": a plural's possessive opens an organisation's name.)
        .or_else(|e| match word(i) {
            Ok((r, w)) if name_possessive("", w, r).is_some() => Ok((r, w)),
            _ => Err(e),
        })
    else {
        return possessive(i);
    };
    // Whether the last name word read is a title, after which "for" links the title to its
    // office: "Minister for Communications Ravi Menon", "Commissioner for Housing".
    // (An office, not an honorific: "the Lord for Donald Trump" is no title. An
    // organisation's noun links the same way: "Commission for Aviation Regulation", "Center
    // for American Progress".)
    let is_title = |w: &str| {
        memo::flags(w).exact & flag::TITLE != 0 && is_office_title(w)
            || LEXICON.is_organization_word(w)
    };
    let mut after_title = is_title(first);
    // (And whether it is an envoy's or an aide's, after which "to" links the same way:
    // "Ambassador to Japan John Smith". After an organisation's noun, "to" opens its aim:
    // "Committee to Protect Journalists"; asked only at a "to", of the last word read.)
    let mut after_to_title = takes_to(first);
    // The word right after the name's gap, when the loop read it with no connector between:
    // the possessive that may end the name is that word.
    let after;
    let mut words = 1;
    // (The last word read: a plural's mark may follow it, see `name_possessive`.)
    let mut last = first;
    // (And the one before it: a saint's name follows "St", see `name_possessive`.)
    let mut before_last = "";
    loop {
        if let Some(past_mark) = name_possessive(before_last, last, r) {
            r = past_mark;
        }
        let (after_gap, _) = gap(r)?;
        let mut r1 = after_gap;
        let mut of = false;
        // Whether "of" follows an office's title: the office goes on through the word after
        // it, and a "for" after that still links it to its field ("Minister of State for
        // Health Anil Kumar", "Secretary of State for Health Jeremy Hunt").
        let mut office_of = false;
        // `{ connector , gap }`, then the word after them.
        let next = loop {
            // ("Marks & Spencer", "Harrow & Lyle Homes": an ampersand between two capitalised
            // words joins one organisation's name.)
            if let Some(after) = after_ampersand(r1) {
                after_title = false;
                after_to_title = false;
                r1 = after;
                continue;
            }
            match word(r1) {
                Ok((r2, w))
                    if is_connector(w)
                        || w == "for"
                            && (after_title || is_organization_noun(last))
                            // (Not before an honorific or a title that tells a gender:
                            // "Counsel for Mr Bello" acts for him.)
                            && !gap(r2).and_then(|(a, _)| word(a)).is_ok_and(|(_, n)| {
                                is_honorific(n) || matches!(LEXICON.titles.get(n), Some(Some(_)))
                            })
                        || w == "to" && after_to_title && to_link_holds(r2)
                        || w == "to" && is_organization_noun(last) && aim_follows(r2, 2)
                        || is_aim_preposition(w) && aim_follows(r2, 1)
                        || w == "and"
                            && (and_in_organization(&i[..i.len() - r.len()], r2)
                                || and_between_titles(&i[..i.len() - r.len()], r2)
                                || and_the_in_office(&i[..i.len() - r.len()], r2)) =>
                {
                    of |= w == "of";
                    office_of = w == "of" && after_title;
                    after_title = false;
                    after_to_title = false;
                    r1 = gap(r2)?.0;
                }
                other => break other,
            }
        };
        // "Scott Hawkins of Cheyenne", "Maria Lopez of the University of Texas": after a
        // person's name of two words or more, "of" opens an affiliation, not more of the name
        // ("Bank of America", "Secretary of State", "Federal Bureau of Investigation" go on).
        // (Asked of short names only: a person's name and its titles are a few words, and a
        // long chain of "of" stays linear.)
        if of && (2..=6).contains(&words) && person_so_far(&i[..i.len() - r.len()]) {
            after = None;
            break;
        }
        match next {
            Ok((r3, w))
                if is_name_word(w)
                    || is_prefixed_surname(w)
                    || is_capitalized(w) && name_possessive(last, w, r3).is_some()
                    || w == "Said" && r1.len() == after_gap.len() && said_inside_name(r3) =>
            {
                r = r3;
                before_last = last;
                last = w;
                words += 1;
                after_title = is_title(w) || office_of;
                after_to_title = takes_to(w);
                // A street's abbreviated noun ends its name: "653 E. Simpson Ave. Mendenhall,
                // whose district …" names a street, then a woman.
                if is_street_abbreviation(w) {
                    after = None;
                    break;
                }
            }
            // A possessive after a connector ends an organisation's name, and belongs to it:
            // "the Ministry of Health’s guidelines", "the Bank of Veloria’s profits". (Cut
            // before the connector, the name would be "Ministry" alone, and "Health" a
            // person. Not after any other word: "GIFs of Clinton’s appearances".)
            Ok((r3, w))
                if r1.len() != after_gap.len()
                    && is_possessive(w)
                    && is_organization(&i[..i.len() - r.len()]) =>
            {
                r = r3;
                after = None;
                break;
            }
            next => {
                after = (r1.len() == after_gap.len()).then_some(next);
                break;
            }
        }
    }
    // ("the Department of Agriculture, Food and the Marine", "Union of Domestic, Hotel and
    // Allied Workers": the fields of an organisation's noun listed with commas.)
    let listed = r
        .starts_with(", ")
        .then(|| listed_fields(&i[..i.len() - r.len()], r))
        .flatten();
    if let Some(r5) = listed {
        r = r5;
    }
    // `[ gap , possessive ]`.
    let possessive_end = match after.filter(|_| listed.is_none()) {
        Some(Ok((r4, w))) => is_possessive(w).then_some(r4),
        Some(Err(_)) => None,
        None => (gap, possessive).parse(r).ok().map(|(r4, _)| r4),
    };
    if let Some(r4) = possessive_end {
        r = r4;
    }
    Ok((r, &i[..i.len() - r.len()]))
}

/// Is the capitalised "Said" before `after`, after a name word, a name of its own, as Arabic
/// and Swahili names hold it ("Omari Said Athman, 77,", "Fatma Said Bakari, a teacher,")? Only
/// before an aside set off by a comma that opens with an age, an article, an owner or "who"
/// ("Mwanaisha Said, a trader,"), or before one more name word that ends the name before a mark, a
/// lower-case word or the end:
/// in a headline's title case, "Trump Said Clinton Lied", the cue is followed by more
/// capitalised words. (Where a sentence opens, "Said Trump: …", it is the cue: the name's
/// first word is never read so.)
pub(crate) fn said_inside_name(after: &str) -> bool {
    // (Or it ends the name, before an aside set off by a comma: "Mwanaisha Said, a trader,",
    // "Amina Said, 34,".)
    // (An aside that opens with an age, an article, an owner or "who": not a participle's
    // clause, "“…,” Obama Said, adding …", as a headline's title case writes the cue.)
    if let Some(aside) = after.strip_prefix(", ") {
        let first = aside.split_ws().next().unwrap_or("");
        return aside.starts_with(|c: char| c.is_ascii_digit())
            || matches!(first, "a" | "an" | "the" | "who" | "his" | "her" | "their");
    }
    let Ok((r, _)) = gap(after) else {
        return false;
    };
    let Ok((r, w)) = name_word(r) else {
        return false;
    };
    if w == "Said" || is_possessive(w) {
        return false;
    }
    match r.chars().next() {
        None => true,
        Some(c) if c.is_whitespace() => gap(r)
            .ok()
            .and_then(|(r2, _)| r2.chars().next())
            .is_none_or(char::is_lowercase),
        // (A comma before a lower-case word or a digit: not a headline's "Biden Said Trump,
        // Not Putin, Was the Threat"; nor a colon, "Pelosi Said Trump: …".)
        Some(',') => r[1..]
            .trim_start()
            .starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()),
        Some(c) => matches!(c, '.' | ';' | ')'),
    }
}

/// The rest after the fields of an organisation's name listed with commas, where `so_far`
/// is an organisation's noun, "of" or "for" and its first field, and `after` goes on with
/// more fields, the last after "and" (and "the"): ", Food and the Marine" after "Department
/// of Agriculture", ", Arts and Culture" after "Ministry of Tourism". Each field one
/// capitalised word, the last one to three, no given name, title or organisation's noun among
/// them, four fields more at most. Where the list does not end so, there is none: "the Ministry of Health, Tom
/// Bell and Ana Ruiz" are three.
fn listed_fields<'a>(so_far: &str, after: &'a str) -> Option<&'a str> {
    let mut words = so_far.split_ws();
    let noun = words.next()?;
    if !is_organization_noun(noun) || !matches!(words.next(), Some("of" | "for")) {
        return None;
    }
    // (A given name's spelling is a field's after "the": "and the Marine".)
    let field_word = |w: &str, after_the: bool| {
        is_name_word(w)
            && (after_the || !is_given_name(w))
            && memo::flags(w).exact & flag::TITLE == 0
            && !is_organization_noun(w)
    };
    let mut r = after;
    for _ in 0..4 {
        // `", " | " and " | ", and "`, then one to three capitalised words.
        let (rest, last) = if let Some(x) = r.strip_prefix(", and ") {
            (x, true)
        } else if let Some(x) = r.strip_prefix(" and ") {
            (x, true)
        } else if let Some(x) = r.strip_prefix(", ") {
            (x, false)
        } else {
            return None;
        };
        let (rest, after_the) = match rest.strip_prefix("the ") {
            Some(x) if last => (x, true),
            _ => (rest, false),
        };
        let mut end = rest;
        let mut n = 0;
        while n < 3 {
            let Ok((r2, w)) = word(end) else { break };
            if !field_word(w, after_the) {
                break;
            }
            n += 1;
            end = r2;
            if !end.starts_with(' ') || end.starts_with(" and ") {
                break;
            }
            match gap(end) {
                Ok((r3, _)) if word(r3).is_ok_and(|(_, w)| field_word(w, after_the)) => end = r3,
                _ => break,
            }
        }
        if n == 0 {
            return None;
        }
        if last {
            return Some(end);
        }
        // (A field before the last is one word: two capitalised words there are as often a
        // person's name, "the Ministry of Health, Tomas Vell and Ana Ruiz".)
        if n > 1 {
            return None;
        }
        r = end;
    }
    None
}

/// A title a holder's name follows (titles.txt), not an honorific: "President", "Minister",
/// "CEO"; not "Mr", "Dr".
fn is_holder_title(w: &str) -> bool {
    memo::flags(w).exact & flag::TITLE != 0 && !is_honorific(w)
}

/// Does "and", after the name words `so_far` and before `after`, join two titles of one
/// person, whose full name follows: "President and Commander-in-Chief Tomas Abeyo",
/// "Chairman and CEO Dana Pell"? `so_far` is one or two titles, and after "and" come one or
/// two titles, then two capitalised words that are none.
fn and_between_titles(so_far: &str, after: &str) -> bool {
    let title = is_holder_title;
    let n = so_far.split_ws().count();
    if !(1..=2).contains(&n) || !so_far.split_ws().all(title) {
        return false;
    }
    let Ok((after, _)) = gap(after) else {
        return false;
    };
    let mut words = after
        .split_ws()
        .map(|w| w.trim_end_matches([',', '.', ';', ':']));
    let mut titles = 0;
    let mut named = 0;
    for w in words.by_ref().take(5) {
        if named == 0 && title(w) {
            titles += 1;
        } else if is_capitalized(w) && !title(w) && titles > 0 {
            named += 1;
            if named == 2 {
                break;
            }
        } else {
            break;
        }
    }
    (1..=2).contains(&titles) && named == 2
}

/// Does "and the", after the name words `so_far` and before `after`, go on with the field of
/// an office whose holder is named after it: "Minister for Sustainability and the Environment
/// Grace Fu", "Secretary of State for Housing and the Regions Tom Vell"? `so_far` is titles
/// (one to three), "of" or "for", and up to four words of the field, capitalised or its own
/// "of" and "for"; after "the" come three capitalised words or more, none a title, the
/// field's last word and the holder's name (which [`title_cut`] tells apart).
fn and_the_in_office(so_far: &str, after: &str) -> bool {
    let Some(after) = gap(after).ok().and_then(|(a, _)| a.strip_prefix("the ")) else {
        return false;
    };
    let title = is_holder_title;
    let mut words = so_far.split_ws();
    let mut titles = 0;
    let link = words.by_ref().find(|w| {
        let t = title(w);
        titles += usize::from(t);
        !t
    });
    if !(1..=3).contains(&titles) || !matches!(link, Some("of" | "for")) {
        return false;
    }
    // (A field's own link between its words: "Secretary of State for Housing".)
    let field: Vec<&str> = words.collect();
    let field_word = |w: &&str| {
        is_capitalized(w) && !title(w) && !is_given_name(w) || matches!(*w, "for" | "of")
    };
    if !(1..=4).contains(&field.len())
        || !field.iter().all(field_word)
        || !field.last().is_some_and(|w| is_capitalized(w))
    {
        return false;
    }
    let next: Vec<&str> = after
        .split_ws()
        .take(4)
        .take_while(|w| is_capitalized(w.trim_end_matches([',', '.', ';', ':'])))
        .collect();
    next.len() >= 3 && !next.iter().any(|w| title(w))
}

/// Does "and", after the name words `so_far` and before `after`, join two words of an
/// organisation's name? Where the name opens with an organisation's noun and its field
/// ("Department of Health and Human Services", "Ministry of Agriculture and Rural
/// Development"), or where the capitalised words after it end with one ("Food and Drug
/// Administration", "UK Foreign and Commonwealth Office") and none before it is a given name
/// or a title ("Anna and Commonwealth Office" is no one's name).
fn and_in_organization(so_far: &str, after: &str) -> bool {
    let Ok((after, _)) = gap(after) else {
        return false;
    };
    if !after.starts_with(char::is_uppercase) {
        return false;
    }
    let person_word =
        |w: &str| is_given_name(w) || is_honorific(w) || memo::flags(w).exact & flag::TITLE != 0;
    // (Its field right after the noun: "Republicans Jolly of Indian Shores and DeSantis" is
    // two men.) The noun may follow the place or the level it serves, up to two capitalised
    // words that are no one's: "Washington Department of Fish and Wildlife", "US Department
    // of Health and Human Services", "Ontario Ministry of Natural Resources and Forestry".
    let mut words = so_far.split_ws();
    for k in 0..3 {
        let Some(w) = words.next() else { break };
        if is_organization_noun(w) {
            if matches!(words.next(), Some("of" | "for")) {
                // (After a place or a level, what follows "and" is asked: see
                // `field_after_and`. Right after the noun, it is the field's.)
                return k == 0 || field_after_and(after);
            }
            break;
        }
        if !is_capitalized(w) || person_word(w) || strip_possessive(w).len() < w.len() {
            break;
        }
    }
    let mut words = so_far.split_ws();
    if words.by_ref().take(3).any(person_word) || words.next().is_some() {
        return false;
    }
    // The capitalised words after "and", up to four: at least two of them, one an
    // organisation's noun ("Rail and Maritime Union", "State Fire and Rescue Department Zone
    // III").
    // (Not its first word alone, another name: "Alex Seitz-Wald and Reuters"; nor before a
    // title, an office's holder: "Goodlatte and Benghazi Committee Chairman Trey Gowdy".)
    let mut n = 0;
    let mut noun = false;
    for w in after.split_ws().take(4) {
        let bare = strip_possessive(w.trim_end_matches([',', '.', ';', ':']));
        if !is_capitalized(bare) {
            break;
        }
        if LEXICON.is_title(bare) {
            return false;
        }
        n += 1;
        noun |= n >= 2 && LEXICON.is_organization_word(bare);
        // (A plural's possessive goes on with the name: "Maritime Workers’ Union".)
        if bare.len() != w.len() && !(w.ends_with("s’") || w.ends_with("s'")) {
            break;
        }
    }
    n >= 2 && noun
}

/// Do the capitalised words after the field of an organisation named with its place and
/// "and" (`after`) go on with the field ("Fish and Wildlife", "Natural Resources and
/// Forestry", "Law and Justice")? Up to three, no title before a name among them, no given
/// name, the last no place's body: "the Minnesota Department of Health and Hennepin County",
/// "… and Coast Guard", "… and Governor Mike DeWine" are two speakers.
fn field_after_and(after: &str) -> bool {
    let mut n = 0;
    let mut last = "";
    let ws: Vec<&str> = after.split_ws().take(5).collect();
    for (k, w) in ws.iter().enumerate().take(4) {
        let bare = w.trim_end_matches([',', '.', ';', ':']);
        if !is_capitalized(bare) || strip_possessive(bare).len() < bare.len() {
            break;
        }
        let titles_next =
            || bare.len() == w.len() && ws.get(k + 1).is_some_and(|n| is_capitalized(n));
        if is_given_name(bare) || memo::flags(bare).exact & flag::TITLE != 0 && titles_next() {
            return false;
        }
        n += 1;
        last = bare;
        if bare.len() < w.len() {
            break;
        }
    }
    (1..=3).contains(&n) && !matches!(last, "County" | "City" | "Township" | "Parish" | "Guard")
}

/// An office's title ("Minister", "Governor"): a title of `titles.txt` that tells no gender
/// and is no honorific ("Mr", "Dr" and "Lord" say how someone is addressed).
pub(crate) fn is_office_title(w: &str) -> bool {
    LEXICON.titles.get(w) == Some(&None) && !is_honorific(w)
}

/// Do the name words read so far look like a person's name: no organisation's noun, no title
/// or role among them?
fn person_so_far(name: &str) -> bool {
    // ("Sen. Sherrod Brown of Ohio": the titles before the name are passed over.)
    let name = &name[title_prefix_len(name)..];
    name.split_ws().nth(1).is_some()
        && !is_organization(name)
        && name.split_ws().all(|w| {
            let f = memo::flags(w);
            f.exact & flag::TITLE == 0 && f.role().is_none()
        })
}

/// `party_label = gap , "(" , ( "D" | "R" | "I" ) , "-" , word , ")"
///              | "," , gap , ( "D" | "R" | "I" ) , "-" , word , { " " , word (: capitalised) } , ( "," | "." )
///              | gap , "(" , { text } (: an age, a rank of two to four capitals, or a name in a script with no Latin letters, twenty characters at most) , ")" ;`
///
/// The party and state of an American legislator, after the name; also an age or the name
/// in its own script, as outlets write them: "Chang Chih-hao (張志豪) said", "Ana Ruiz (45)
/// said".
pub fn party_label(i: &str) -> R<'_, &str> {
    // (Every form opens with "," or, past its gap, with "(": told from those bytes first. Most
    // text after a name opens with neither, and the three forms' parsers were set up and tried
    // after every name the rules read.)
    if !i.starts_with(',') && !i[gap_len(i)..].starts_with('(') {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Char,
        )));
    }
    alt((
        recognize((
            gap,
            char('('),
            verify(
                take_till1(|c| c == ')' || c == '(' || c == '\n'),
                |t: &str| {
                    t.chars().count() <= 20
                        && (t.bytes().all(|b| b.is_ascii_digit())
                            // (A rank a name is written with, in capitals: "Emeka Obi-Nnadi
                            // (SAN)", "Ruth Vell (KC)".)
                            || (2..=4).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_uppercase())
                            || !t
                                .chars()
                                .any(|c| c.is_ascii_alphanumeric() || c.is_whitespace()))
                },
            ),
            char(')'),
        )),
        recognize((
            gap,
            char('('),
            one_of("DRI"),
            one_of("-–"),
            word,
            opt(char('.')),
            char(')'),
        )),
        recognize((
            char(','),
            gap,
            one_of("DRI"),
            one_of("-–"),
            word,
            // A place of several words: ", R-Idaho Falls,", ", R-16th Dist.".
            many0_count((
                char(' '),
                verify(word, |w: &str| w.starts_with(char::is_uppercase)),
            )),
            // ", R-Wis.," ends at its comma; the full stop of ", R-Ohio." ends the sentence.
            opt(tag(".,")),
            opt(char(',')),
        )),
    ))
    .parse(i)
}

/// `pronoun = word , (: in pronouns.txt) ;`
pub fn pronoun(i: &str) -> R<'_, PronounKind> {
    let (rest, w) = word(i)?;
    match LEXICON.pronouns.get(w) {
        Some(&k) => Ok((rest, k)),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// `indefinite = ( "another" | "one" | "others" | "some" | "many" ) (: any case, then a cue or the end of the clause) ;`
///
/// Someone the article does not name, standing alone where a speaker stands: "Another
/// tweeted, “…”", "“…,” one said.", "“…,” said another." Only before a cue or where the
/// clause ends, since these words are mostly determiners ("one official said") and numbers.
/// It resolves to nobody: no name before it is meant.
pub fn indefinite(i: &str) -> R<'_, &str> {
    // (Told by its ASCII lower case on the stack: see `ascii_lower`.)
    let (rest, w) = verify(word, |w: &str| {
        ascii_lower(w).is_some_and(|(buf, n)| {
            matches!(
                &buf[..n],
                b"another" | b"one" | b"others" | b"some" | b"many"
            )
        })
    })
    .parse(i)?;
    let after = rest.trim_start_matches([' ', '\u{a0}']);
    let next = word(after).map_or("", |(_, n)| n);
    let ends_clause = after.is_empty() || after.starts_with([',', '.', ';', ':', '—', '–', ')']);
    if ends_clause || (rest.len() > after.len() && memo::flags(next).is_cue()) {
        Ok((rest, w))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    }
}

/// `determiner = "the" | "a" | "an" | "this" | "these" | "those" | "his" | "her" | "their" | "its" | "our" | "my" | possessive ;`
pub fn determiner(i: &str) -> R<'_, &str> {
    // (The word read once for both branches, the determiner's and the possessive's, and
    // told by its ASCII lower case without lowering a copy.)
    let (rest, w) = word(i)?;
    if is_definite_or_indefinite(w) || is_possessive(w) {
        Ok((rest, w))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    }
}

/// The words of [`determiner`] but possessives, in any case: those of the rule, and those
/// of [`is_indefinite_determiner`].
fn is_definite_or_indefinite(w: &str) -> bool {
    ascii_lower(w).is_some_and(|(buf, n)| {
        matches!(
            &buf[..n],
            b"the"
                | b"a"
                | b"an"
                | b"this"
                | b"these"
                | b"those"
                | b"his"
                | b"her"
                | b"their"
                | b"its"
                | b"our"
                | b"my"
        ) || is_indefinite_lower(&buf[..n])
    })
}

/// The ASCII lower case of a word of up to seven bytes, on the stack, and its length; `None`
/// for a longer word or one that is not ASCII. (No word of [`determiner`] or [`indefinite`]
/// is longer, and none is the lower case of a word that is not ASCII: the only letter
/// outside ASCII whose lower case is an ASCII letter is the Kelvin sign, a "k", which none
/// of them holds.)
fn ascii_lower(w: &str) -> Option<([u8; 7], usize)> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let b = w.as_bytes();
    if b.len() > 7 {
        return None;
    }
    // (Copied in one loop, no call to copy memory; then told ASCII and lowered as one
    // integer, not a byte at a time: this is asked at most words the rules read.)
    let mut buf = [0u8; 8];
    for (d, &c) in buf.iter_mut().zip(b) {
        *d = c;
    }
    let x = u64::from_le_bytes(buf);
    if x & HIGH != 0 {
        return None;
    }
    // (Every byte is below 0x80, so adding to each carries into none: a byte's high bit is
    // set by the first sum from "A" on, by the second from past "Z" on; a capital's lower
    // case is the capital with its 0x20 bit set.)
    let capitals = x.wrapping_add(ONES * (0x80 - u64::from(b'A')))
        & !x.wrapping_add(ONES * (0x80 - u64::from(b'Z') - 1))
        & HIGH;
    let lowered = (x | capitals >> 2).to_le_bytes();
    let mut out = [0u8; 7];
    out.copy_from_slice(&lowered[..7]);
    Some((out, b.len()))
}

/// [`is_indefinite_determiner`] of a word already lowered.
fn is_indefinite_lower(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"a" | b"an" | b"one" | b"another" | b"some" | b"several" | b"many" | b"other" | b"both"
    )
}

/// A determiner that introduces someone new ("a top aide", "one official", "another
/// supporter"), as opposed to one that points back ("the official", "his aide").
pub fn is_indefinite_determiner(w: &str) -> bool {
    ascii_lower(w).is_some_and(|(buf, n)| is_indefinite_lower(&buf[..n]))
}

/// `possessive = proper_name , ( "’s" | "'s" | "’" | "'" ) ;`
pub fn possessive(i: &str) -> R<'_, &str> {
    let (rest, w) = word(i)?;
    if is_possessive(w) {
        Ok((rest, w))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    }
}

/// The test of [`possessive`] on a word already read.
pub(crate) fn is_possessive(w: &str) -> bool {
    is_capitalized(w)
        && (w.ends_with("’s") || w.ends_with("'s"))
        && !LEXICON.is_not_name(strip_possessive(w))
}

/// A possessive determiner: "his", "her", "its", "their", "our", "my", "your".
pub(crate) fn is_possessive_determiner(w: &str) -> bool {
    matches!(w, "his" | "her" | "its" | "their" | "our" | "my" | "your")
}

/// The kind of a role noun, singular or plural ("protester", "protesters").
pub fn role_of(w: &str) -> Option<RoleKind> {
    // One look-up: the lexicon's index marks the plurals of role nouns too.
    memo::flags(w).role()
}

/// `description = determiner , gap , { modifier , gap } (: up to five) , ( role_noun | title (: in lower case, ending the description: "the colonel told") ) , [ gap , role_noun ] ;`
///
/// The role noun is the last word of roles.txt (or an age, "46-year-old") before the
/// description ends: "the Mexican leader", "the presumptive Republican presidential nominee",
/// "a White House spokesman", "Clinton’s campaign".
pub fn description(i: &str) -> R<'_, (Range<usize>, RoleKind)> {
    let (mut rest, _) = determiner(i)?;
    let mut found: Option<(&str, Range<usize>, RoleKind)> = None;
    for _ in 0..6 {
        let Ok((r, _)) = gap(rest) else { break };
        // A work's title in marks modifies the role noun after it, as entertainment news
        // names its people by their work: "the ‘Kal Ho Naa Ho’ star", "the “Ocean Eyes”
        // singer" (a role noun must still follow it).
        if let Ok((r2, _)) = quoted_title(r) {
            rest = r2;
            continue;
        }
        let Ok((r2, w)) = word(r) else { break };
        // A role noun wins over a verb of the same spelling ("the report", "a post").
        let f = memo::flags(w);
        // ("the Premier", "the Taoiseach": a title of titles.txt written as a noun is a role
        // whether or not roles.txt lists it.)
        let role = f
            .role()
            .or_else(|| is_age(w).then_some(RoleKind::Person))
            .or_else(|| {
                (is_capitalized(w) && !w.ends_with('.') && LEXICON.is_title(w))
                    .then_some(RoleKind::Person)
            })
            // ("The colonel told Radio Kestrel", "the sergeant, who": and written in lower
            // case, where the description ends with it, not as an adjective, "the general
            // public", "the major parties".)
            .or_else(|| {
                (is_lowercase_title(w) && title_ends_description(r2)).then_some(RoleKind::Person)
            });
        // ("State" in "a State Department official" is a name, not the verb.)
        if role.is_none() && !is_capitalized(w) && (f.is_cue() || f.is_framing())
            || matches!(
                w,
                "of" | "for"
                    | "at"
                    | "with"
                    | "in"
                    | "on"
                    | "and"
                    | "or"
                    | "who"
                    | "that"
                    | "to"
                    | "from"
                    | "by"
            )
            || !w
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '’' | '\''))
        {
            break;
        }
        let head = i.len() - r.len()..i.len() - r2.len();
        if let Some(kind) = role {
            found = Some((r2, head, kind));
        } else if found.is_some() {
            break;
        }
        rest = r2;
    }
    match found {
        Some((r, head, kind)) => Ok((r, (head, kind))),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// `quoted_title = opening_mark , word (: capitalised) , { gap , word } (: up to seven more, on one line, no punctuation but "!", "?", "&", "'" inside) , closing_mark (: the one that pairs with the opening) ;`
///
/// A work's title in marks, inside a description: "the ‘Kal Ho Naa Ho’ star", "the “Ocean
/// Eyes” singer", "the 'Race' actor". Its first word is capitalised, as titles are written;
/// the closing mark is the opening one's pair (a straight mark closes a straight one), and
/// a space follows it, so that the description goes on to its role noun.
pub fn quoted_title(i: &str) -> R<'_, &str> {
    let fail = || {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    };
    let Some(open) = i.chars().next() else {
        return fail();
    };
    let close = match open {
        '“' => '”',
        '‘' => '’',
        '"' => '"',
        '\'' => '\'',
        _ => return fail(),
    };
    let body = &i[open.len_utf8()..];
    if !body.starts_with(char::is_uppercase) {
        return fail();
    }
    // (A title is short: the mark that closes it within sixty-four bytes, each word a word of
    // the text, and no more than eight of them.)
    let mut r = body;
    for _ in 0..8 {
        let Ok((r1, _)) = word(r) else { return fail() };
        let r1 = r1.trim_start_matches(['!', '?', '&']);
        if let Some(after) = r1.strip_prefix(close) {
            if !after.starts_with([' ', '\u{a0}']) || i.len() - after.len() > 64 {
                return fail();
            }
            return Ok((after, &i[..i.len() - after.len()]));
        }
        let Ok((r2, g)) = gap(r1) else { return fail() };
        if g.is_empty() {
            return fail();
        }
        r = r2.trim_start_matches('&').trim_start();
    }
    fail()
}

/// A title of titles.txt written in lower case, as a noun ("colonel", "sergeant",
/// "bishop"): four letters or more, no abbreviation, and none of the words that are more
/// often something else in lower case ("prime", "vice", "miss").
fn is_lowercase_title(w: &str) -> bool {
    let b = w.as_bytes();
    if !(4..=16).contains(&b.len())
        || !b.iter().all(u8::is_ascii_lowercase)
        || matches!(w, "prime" | "vice" | "miss" | "madam" | "tempore" | "lady")
    {
        return false;
    }
    // (Capitalised in a buffer on the stack: the description is read at every determiner.)
    let mut buf = [0u8; 16];
    buf[..b.len()].copy_from_slice(b);
    buf[0] = buf[0].to_ascii_uppercase();
    std::str::from_utf8(&buf[..b.len()]).is_ok_and(|t| LEXICON.is_title(t))
}

/// Does `rest`, what follows a title written in lower case, end its description: nothing,
/// a mark, a capitalised word, or a verb (a cue or an auxiliary: "the colonel told", "the
/// sergeant was"), not a noun it modifies ("the general public")?
fn title_ends_description(rest: &str) -> bool {
    if ends_clause(rest) {
        return true;
    }
    let Ok((r, g)) = gap(rest) else {
        return false;
    };
    if g.is_empty() {
        return false;
    }
    word(r).is_ok_and(|(_, next)| {
        let f = memo::flags(next);
        is_capitalized(next) || f.is_cue() || f.exact & flag::AUXILIARY != 0
    })
}

/// "46-year-old": an age used as a noun.
pub(crate) fn is_age(w: &str) -> bool {
    let Some(n) = w.strip_suffix("-year-old") else {
        return false;
    };
    // (In figures or in words, in any case: "46-year-old", "Eleven-year-old",
    // "twenty-two-year-old".)
    n.starts_with(|c: char| c.is_ascii_digit())
        || !n.is_empty()
            && n.split('-').all(|p| {
                matches!(
                    p.to_ascii_lowercase().as_str(),
                    "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                        | "eleven"
                        | "twelve"
                        | "thirteen"
                        | "fourteen"
                        | "fifteen"
                        | "sixteen"
                        | "seventeen"
                        | "eighteen"
                        | "nineteen"
                        | "twenty"
                        | "thirty"
                        | "forty"
                        | "fifty"
                        | "sixty"
                        | "seventy"
                        | "eighty"
                        | "ninety"
                        | "hundred"
                )
            })
}

/// `titled_name = [ district , gap ] , [ "former" | "then" | "ex" | "late" | "retired" , gap ] , [ { word , gap } (: up to four, or six capitalised then up to two lower case, "and" between two capitalised words or after a lower-case role noun among them) , ( role_noun | origin (: a place joined to a participle of origin, "Kenyan-born") ) , gap ] , proper_name , [ party_label ] ;`
///
/// "Maj. Jaren Stafani", "former Secretary of State Hillary Clinton",
/// "White House press secretary Sean Spicer", "Rep. Jim Clyburn (D-S.C.)".
pub fn titled_name(i: &str) -> R<'_, Range<usize>> {
    titled_name_memo(i)
}

/// [`titled_name`] through the document's memo.
fn titled_name_memo(i: &str) -> R<'_, Range<usize>> {
    let answer = |found: Option<(usize, Range<usize>)>| match found {
        Some((rest_len, head)) => Ok((&i[i.len() - rest_len..], head)),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
    };
    // Told from the document's tokens where they tell, as the registry reads names: for less
    // than the memo's look-up and record, so these are not kept. Only what the tokens do not
    // tell is parsed, and kept.
    if let Some(found) = memo::titled_from_tokens(i) {
        return answer(found);
    }
    if let Some(cached) = memo::titled(i) {
        return answer(cached);
    }
    let found = titled_name_parse(i);
    memo::remember_titled(
        i,
        found
            .as_ref()
            .ok()
            .map(|(rest, head)| (rest.len(), head.clone())),
    );
    found
}

/// The length of the [`gap`] that opens `s`.
fn gap_len(s: &str) -> usize {
    // (Most gaps are one ASCII space, told from the bytes; a gap with a no-break or thin
    // space is read by chars from there.)
    let b = s.as_bytes();
    let n = b
        .iter()
        .position(|&c| c != b' ' && c != b'\t')
        .unwrap_or(b.len());
    if b.get(n).is_some_and(|&c| c >= 0x80) {
        let rest = &s[n..];
        n + rest.len()
            - rest
                .trim_start_matches([' ', '\t', '\u{a0}', '\u{202f}', '\u{2009}'])
                .len()
    } else {
        n
    }
}

/// [`titled_name`] of `text[tokens[at].start..end]` where `tokens[at]` is capitalised,
/// told from the tokens in the common case of a name whose words follow one another with
/// nothing but a gap between them ("Sheinbaum said", "Claudia Sheinbaum, who", "Mexican
/// President Claudia Sheinbaum’s offer", "press secretary Sean Spicer"), so that the
/// registry, which asks at every capitalised word of the narration that may open a name,
/// need not parse it (see [`TokenTitled`]). Where the tokens do not settle it (a connector
/// after a gap, a word that the slice's end cuts, "No.") the caller parses.
///
/// The parse reads words one gap apart, each word the token that starts there when the
/// slice holds it whole; a word starts right after a gap exactly where a token does (the
/// tokens are the words of the paragraph, and a gap holds no line break). Its optional
/// `"former"` and the like are lower case, so absent before a capitalised word. A single
/// word's titles are cut from nothing ([`title_prefix_len`] is 0), and the party label
/// that may follow a name is read but not kept.
pub fn name_from_tokens(text: &str, doc: &Tokens, at: usize, end: usize) -> TokenTitled {
    if !doc.tokens()[at].is_capitalized() {
        return TokenTitled::Unknown;
    }
    titled_from_tokens(text, doc, at, end)
}

/// [`name_from_tokens`] at a token of any case: the rules try [`titled_name`] at every word
/// before a quotation, most of them lower case. Only the optional `"former"` and the like,
/// which the lead would read as a word of its own, are left to the parse; any other word
/// that is not capitalised opens no proper name, so the tokens read the lead as the parse
/// does, and a start that is no role's lead is no name.
fn titled_from_tokens(text: &str, doc: &Tokens, at: usize, end: usize) -> TokenTitled {
    // (Kept per token with the slice's end: see `Tokens::titled_at`. A name's end and head
    // are offsets no further than `end`, which `remember_titled_at` keeps below
    // `u32::MAX - 1`, the two marks of no name and of no answer.)
    const NO_NAME: u32 = u32::MAX;
    const UNKNOWN: u32 = u32::MAX - 1;
    if let Some((a, b)) = doc.titled_at(at, end) {
        return match a {
            NO_NAME => TokenTitled::NoName,
            UNKNOWN => TokenTitled::Unknown,
            _ => TokenTitled::Name {
                end: a as usize,
                head: b as usize,
            },
        };
    }
    let found = titled_from_tokens_read(text, doc, at, end);
    let packed = match found {
        TokenTitled::Name { end, head } => (end as u32, head as u32),
        TokenTitled::NoName => (NO_NAME, 0),
        TokenTitled::Unknown => (UNKNOWN, 0),
    };
    doc.remember_titled_at(at, end, packed);
    found
}

/// [`titled_from_tokens`], read.
fn titled_from_tokens_read(text: &str, doc: &Tokens, at: usize, end: usize) -> TokenTitled {
    let tokens = doc.tokens();
    if !tokens[at].is_capitalized()
        && matches!(
            tokens[at].text(text),
            "former" | "then" | "ex" | "late" | "retired"
        )
    {
        return TokenTitled::Unknown;
    }
    let name_at = match lead_from_tokens(text, doc, at, end) {
        Some(Some(k)) => k,
        Some(None) => at,
        None => return TokenTitled::Unknown,
    };
    let name_end = match proper_name_from_tokens(text, doc, name_at, end) {
        TokenName::Ends(name_end) => name_end,
        // (With no lead; after a lead, `lead_from_tokens` has read the name.)
        TokenName::Not => return TokenTitled::NoName,
        TokenName::Unknown => return TokenTitled::Unknown,
    };
    let first = tokens[name_at];
    let title = if name_end == first.end {
        0
    } else {
        title_prefix_len_tokens(text, doc, name_at, name_end)
    };
    TokenTitled::Name {
        end: name_end,
        head: first.start + title,
    }
}

/// What [`titled_name`] reads at a capitalised token, told from the tokens
/// ([`name_from_tokens`]).
pub enum TokenTitled {
    /// A name that ends at `end`, its head (the name without its titles) starting at `head`.
    Name { end: usize, head: usize },
    /// No name: the parse fails.
    NoName,
    /// The tokens do not tell: the parse must.
    Unknown,
}

/// What [`proper_name`] reads at a token, told from the tokens.
enum TokenName {
    /// A name that ends at this offset.
    Ends(usize),
    /// No name.
    Not,
    /// The tokens do not tell: the parse must.
    Unknown,
}

/// [`proper_name`] at `tokens[k]`, in a slice of `text` that ends at `end`: it reads a name
/// word, then its gap, then the word after it, and so on while that is a name word; where it
/// is not, it ends the name if it is a possessive. A possessive alone is a name too.
fn proper_name_from_tokens(text: &str, doc: &Tokens, k: usize, end: usize) -> TokenName {
    let tokens = doc.tokens();
    let mut k = k;
    let first = k;
    let mut name_end = tokens[k].end;
    loop {
        let t = tokens[k];
        let w = t.text(text);
        // ("No." is read again by the parse: its full stop depends on what follows.)
        if t.end > end || numbering(w) {
            return TokenName::Unknown;
        }
        let initial_a = || w == "A" && initial_before_initial(&text[t.end..end]);
        // (The name's word before this one, which a saint's possessive follows: see
        // `name_possessive`. None for the first.)
        let prev = || {
            if k == first {
                ""
            } else {
                tokens[k - 1].text(text)
            }
        };
        // ("Omari Said Athman": a cue's spelling inside a name, see `said_inside_name`.)
        let inner_said = || k != first && w == "Said" && said_inside_name(&text[t.end..end]);
        if !(t.is_capitalized()
            && (is_name_word_with(w, doc.flags_with(k, w)) || initial_a() || inner_said()))
        {
            let possessive = t.is_capitalized() && is_possessive(w);
            if k == first {
                // ("Children’s Hospital": read by the parse, `name_possessive`.)
                if t.is_capitalized() && name_possessive(prev(), w, &text[t.end..end]).is_some() {
                    return TokenName::Unknown;
                }
                return if possessive {
                    TokenName::Ends(t.end)
                } else if is_prefixed_surname(w) {
                    TokenName::Unknown
                } else {
                    TokenName::Not
                };
            }
            // ("Kestrel Children’s Hospital": a plural's possessive inside an organisation's
            // name, read by the parse, `name_possessive`.)
            if t.is_capitalized() && name_possessive(prev(), w, &text[t.end..end]).is_some() {
                return TokenName::Unknown;
            }
            // The word after the name's gap: a possessive ends the name, any other follows it.
            if possessive {
                name_end = t.end;
            }
            break;
        }
        name_end = t.end;
        // ("the Veloria Nurses’ Association": the plural's mark after the word, read by the
        // parse.)
        if matches!(text.as_bytes().get(t.end), Some(b'\'' | 0xE2))
            && name_possessive(prev(), w, &text[t.end..end]).is_some()
        {
            return TokenName::Unknown;
        }
        match token_after_gap(text, doc, k, end) {
            Some(n) => {
                // (A connector, or "for" after a title or an organisation's noun: the
                // parse reads them.)
                let next_token = tokens[n];
                let next = next_token.text(text);
                // (And a number after the first word: a [`district`], "Ward 2 Councillor".)
                // (A connector, "for" and "al-" or "el-" open with a lower-case letter: after
                // a capitalised word, as in most names, they are not looked for.)
                // (And "and" before a capitalised word: "Food and Drug Administration", read by
                // the parse, `and_in_organization`.)
                // (A street's abbreviated noun ends the name: the parse reads it.)
                if is_street_abbreviation(w) {
                    return TokenName::Unknown;
                }
                // (Or a capitalised preposition of an organisation's aim: "Reporters Without
                // Borders", "Action Against Hunger".)
                if next_token.is_capitalized() && is_aim_preposition(next) {
                    return TokenName::Unknown;
                }
                if !next_token.is_capitalized()
                    && (is_connector(next)
                        || next == "for"
                        || next == "to" && (takes_to(w) || is_organization_noun(w))
                        || is_prefixed_surname(next)
                        // (Or "and the" inside an office's field: `and_the_in_office`.)
                        || next == "and"
                            && tokens.get(n + 1).is_some_and(|t| t.text(text) == "the")
                            && and_the_in_office(
                                &text[tokens[first].start..t.end],
                                &text[next_token.end..end],
                            )
                        || next == "and"
                            && tokens.get(n + 1).is_some_and(|t| t.is_capitalized())
                            && (and_in_organization(
                                &text[tokens[first].start..t.end],
                                &text[next_token.end..end],
                            ) || and_between_titles(
                                &text[tokens[first].start..t.end],
                                &text[next_token.end..end],
                            )))
                    || k == first && next.starts_with(|c: char| c.is_ascii_digit())
                {
                    return TokenName::Unknown;
                }
                k = n;
            }
            // No word after the gap: the name ends here, but at an ampersand before a
            // capitalised word, which the parse reads ("Marks & Spencer").
            None => {
                if text[t.end..end]
                    .strip_prefix(' ')
                    .and_then(after_ampersand)
                    .is_some()
                {
                    return TokenName::Unknown;
                }
                break;
            }
        }
    }
    TokenName::Ends(name_end)
}

/// The lead of [`titled_name`] at `tokens[at]` (`{ word , gap } (: up to four, or six capitalised then up to two lower case, "and" between two capitalised words or after a lower-case role noun among them) , ( role_noun |
/// origin ) , gap`, then a proper name), in a slice of `text` that ends at `end`: `Some(Some(k))` where
/// it matches and the name starts at `tokens[k]`, `Some(None)` where it does not, `None`
/// where the tokens do not tell.
fn lead_from_tokens(text: &str, doc: &Tokens, at: usize, end: usize) -> Option<Option<usize>> {
    let tokens = doc.tokens();
    let mut k = at;
    let mut lead = Lead::default();
    for step in 0.. {
        if !lead.admits(step) {
            return Some(None);
        }
        if step > 0 {
            // The next word, one gap on; none there ends the lead unmatched.
            match token_after_gap(text, doc, k, end) {
                Some(n) => k = n,
                None => return Some(None),
            }
        }
        let t = tokens[k];
        let w = t.text(text);
        if t.end > end || numbering(w) {
            return None;
        }
        // ("Brighton and Hove senior coroner Veronica Hamilton-Deeley": "and" between the
        // capitalised words of a place's or an organisation's name goes on with the lead.)
        if w == "and" && step > 0 && lead.capitalised() && !lead.person {
            let next = token_after_gap(text, doc, k, end);
            if next.is_some_and(|n| tokens[n].is_capitalized()) {
                continue;
            }
        }
        // ("ASA president and Iowa farmer John Heisdorffer": "and" after a lower-case role
        // noun joins a second role of the same person.)
        if w == "and" && lead.after_role {
            lead.after_role = false;
            continue;
        }
        let f = doc.flags_with(k, w);
        if ends_lead(w, f) {
            return Some(None);
        }
        // (Or a place joined to a participle of origin, an adjective before the name:
        // "said Kenyan-born Amani Wekesa", see `is_origin_compound`. Only after capitalised
        // words, the place's own: in "Carlos Conde of New York-based Human Rights Watch" the
        // name comes first.)
        // (Not a noun of speech, no one's role: "In her speech Ana Ruiz said".)
        if !t.is_capitalized() && f.role().is_some() && !f.is_speech_noun()
            || t.is_capitalized() && lead.capitalised() && is_origin_compound(w)
        {
            if let Some(n) = token_after_gap(text, doc, k, end) {
                match proper_name_from_tokens(text, doc, n, end) {
                    TokenName::Ends(_) => return Some(Some(n)),
                    TokenName::Not => {}
                    TokenName::Unknown => return None,
                }
            }
        }
        lead.read(
            w,
            t.is_capitalized(),
            f.exact & flag::TITLE != 0,
            f.exact & flag::ORGANIZATION != 0,
        );
        lead.after_role = !t.is_capitalized() && f.role().is_some() && joins_a_role(w, f);
    }
    Some(None)
}

/// May a lower-case role noun `w` (its lexicon flags `f`) take a second role of the same
/// person after "and" ("union president and dairy farmer")? Not a plural, whose "and" joins
/// other people ("union leaders and chairman Piet Botha": the lexicon marks a role noun with
/// an "s" added), nor a family noun, which lists relatives ("his mother and sister Joy
/// Achieng" are two people).
fn joins_a_role(w: &str, f: Flags) -> bool {
    let plural = f.exact & (flag::ROLE_PERSON | flag::ROLE_ORGANIZATION) == 0;
    !plural && !is_relative_noun(w) && !matches!(w, "friend" | "neighbour" | "neighbor")
}

/// A noun of a family relation ("mother", "son", "fiancée", "twin"): it lists relatives
/// ("his mother and sister Joy Achieng" are two people), and someone so described may share a
/// relative's names ("His son Siosaia Aleki Fonua").
pub(crate) fn is_relative_noun(w: &str) -> bool {
    matches!(
        w,
        "mother"
            | "father"
            | "sister"
            | "brother"
            | "wife"
            | "husband"
            | "son"
            | "daughter"
            | "parent"
            | "cousin"
            | "uncle"
            | "aunt"
            | "niece"
            | "nephew"
            | "grandmother"
            | "grandfather"
            | "grandson"
            | "granddaughter"
            | "stepfather"
            | "stepmother"
            | "partner"
            | "fiancé"
            | "fiancée"
            | "fiance"
            | "fiancee"
            | "child"
            | "twin"
    )
}

/// Is `w`, before `next`, a family name that is also a capitalised noun of a family relation
/// no one writes as a title ("Son", "Daughter", "Wife"; not "Father", "Sister", "Uncle", forms
/// of address of a priest, a nun or an elder), before a given name romanised with a hyphen:
/// "union leader Son Woo-jin", "Son Min-kyu said" (but "Son Tom Hall told the Herald" is his
/// son)? It is then a name word, no title.
fn kin_word_as_family_name(w: &str, next: &str) -> bool {
    if !romanised_given_name(next) {
        return false;
    }
    let lower = lowercase(w);
    is_relative_noun(&lower)
        && !matches!(
            &*lower,
            "mother"
                | "father"
                | "sister"
                | "brother"
                | "uncle"
                | "aunt"
                | "grandmother"
                | "grandfather"
                | "partner"
                | "parent"
        )
}

/// A given name romanised from Korean or Chinese, two syllables joined by a hyphen, the second
/// in lower case ("Woo-jin", "Heung-min"): before it, a family name such as "Son" comes first.
fn romanised_given_name(w: &str) -> bool {
    w.split_once('-').is_some_and(|(a, b)| {
        a.len() > 1
            && a.starts_with(|c: char| c.is_ascii_uppercase())
            && a[1..].bytes().all(|c| c.is_ascii_lowercase())
            && !b.is_empty()
            && b.bytes().all(|c| c.is_ascii_lowercase())
    })
}

/// The words of a [`titled_name`]'s lead before its role noun: up to four of any case
/// ("White House press secretary Sean Spicer"), or up to six capitalised, an organisation's
/// long name ("Plettenberg Bay Community Policing Forum chairperson Mlulami Siphango"), and
/// up to two lower-case words after those ("North Waikato Federated Farmers branch chair
/// Chris Woolerton").
const SHORT_LEAD: usize = 4;
const LONG_LEAD: usize = 6;
const LOWER_AFTER_LONG_LEAD: usize = 2;

/// The words of a [`titled_name`]'s lead read so far, by case: whether another may follow
/// ([`SHORT_LEAD`], [`LONG_LEAD`]). One account for the parse and for the tokens.
#[derive(Default)]
struct Lead {
    /// Lower-case words read.
    lower: usize,
    /// Whether a capitalised word came after a lower-case one.
    mixed: bool,
    /// Whether a possessive was read: an owner's name, not an organisation's that lower-case
    /// words may go on after ("Prime Minister Mariano Rajoy's ruling conservative Popular
    /// Party" has no role "conservative").
    owner: bool,
    /// Whether a lower-case word ending in "-ed" was read, a verb's past as often as an
    /// adjective: "One Wisconsin Now unearthed controversial columns Bradley wrote" has no
    /// role "columns".
    past: bool,
    /// Whether the last word read is a lower-case role noun, after which "and" goes on with a
    /// second role of the same person ("union president and dairy farmer Tomas Reel").
    after_role: bool,
    /// Whether the last word read is a capitalised title.
    after_title: bool,
    /// The capitalised words read since the last title, none of them a title or an
    /// organisation's noun: two make a person's name ("Prime Minister Petra Holm").
    since_title: Option<u8>,
    /// Whether a given name was read right after a title, or two capitalised words that are
    /// neither titles nor organisations' nouns: a person is named ("Prime Minister Justin
    /// Trudell", "Chancellor Petra Holm"), and an "and" after it joins a second person, no
    /// place's or organisation's name ("… and Alberta premier Rachel Notley").
    person: bool,
}

impl Lead {
    /// May the word at `step` (the words read before it, "and" included) be read?
    fn admits(&self, step: usize) -> bool {
        step <= SHORT_LEAD
            || if self.lower == 0 {
                step <= LONG_LEAD
            } else {
                !self.mixed
                    && !self.owner
                    && !self.past
                    && self.lower <= LOWER_AFTER_LONG_LEAD
                    && step <= LONG_LEAD + LOWER_AFTER_LONG_LEAD
            }
    }

    /// Whether every word read so far is capitalised.
    fn capitalised(&self) -> bool {
        self.lower == 0
    }

    /// Counts a word read, `w`, a title or not (`title`), an organisation's noun or not
    /// (`organisation`).
    fn read(&mut self, w: &str, capitalised: bool, title: bool, organisation: bool) {
        self.owner |= w.ends_with("’s") || w.ends_with("'s");
        // (The given-name look-up only after a title: most leads hold none.)
        self.person |= capitalised && self.after_title && is_given_name(w);
        self.after_title = capitalised && title;
        self.since_title = match self.since_title {
            _ if capitalised && title => Some(0),
            Some(n) if capitalised && !organisation => Some(n + 1),
            _ => None,
        };
        self.person |= self.since_title == Some(2);
        if capitalised {
            self.mixed |= self.lower > 0;
        } else {
            self.lower += 1;
            self.past |= w.ends_with("ed");
        }
    }
}

/// The token that starts right after the gap that follows `tokens[k]`, inside a slice of
/// `text` that ends at `end`; `None` where no word starts there.
/// (Inline: the tokens' reading of names asks it at every word they read.)
#[inline]
fn token_after_gap(text: &str, doc: &Tokens, k: usize, end: usize) -> Option<usize> {
    let tokens = doc.tokens();
    let t = tokens[k];
    let n = tokens.get(k + 1)?;
    if n.start >= end {
        return None;
    }
    // (Most gaps are one space before the next token, told without reading the gap: a token
    // starts with no blank.)
    if n.start == t.end + 1 && text.as_bytes()[t.end] == b' ' {
        return Some(k + 1);
    }
    let next_at = t.end + gap_len(&text[t.end..end]);
    (n.start == next_at).then_some(k + 1)
}

/// Does `w` (with its lexicon flags `f`) end the lead of [`titled_name`] (a cue, a framing
/// verb, a pronoun, a preposition, a conjunction or an article)?
/// (Inline: asked at every word of a lead.)
#[inline]
fn ends_lead(w: &str, f: Flags) -> bool {
    f.is_cue()
        || f.is_framing()
        || f.exact & flag::PRONOUN != 0
        // (Capitalised where a sentence opens: "In her speech Ana Ruiz said" has no role "In
        // her speech".)
        || matches!(w, "In" | "On" | "At" | "During" | "With" | "From")
        || matches!(
            w,
            "in" | "on"
                | "at"
                | "for"
                | "to"
                | "with"
                | "by"
                | "from"
                | "during"
                | "and"
                | "or"
                | "the"
                | "a"
                | "an"
        )
        // (A verb's past that takes someone as its object, which no role's words hold: "Emeka
        // Nwosu met union leader Tunde Bakare" names two people, not a leader whose titles are
        // "Emeka Nwosu met".)
        // (Told first by its first byte and length: most words asked are capitalised.)
        || (3..=10).contains(&w.len())
            && w.as_bytes()[0].is_ascii_lowercase()
            && f.role().is_none()
            && is_past_before_someone(w)
}

/// A verb's past that takes a person as its object ("met", "saw", "praised", "appointed"):
/// no role's adjective, as other pasts in "-ed" are as often ("retired teacher", "elected
/// official"), so it ends the lead of [`titled_name`].
fn is_past_before_someone(w: &str) -> bool {
    matches!(
        w,
        "met"
            | "saw"
            | "gave"
            | "took"
            | "made"
            | "won"
            | "beat"
            | "hit"
            | "sent"
            | "sold"
            | "brought"
            | "thought"
            | "found"
            | "kept"
            | "paid"
            | "ran"
            | "sat"
            | "began"
            | "became"
            | "drew"
            | "drove"
            | "flew"
            | "fought"
            | "got"
            | "grew"
            | "knew"
            | "meant"
            | "rode"
            | "rose"
            | "spent"
            | "stood"
            | "struck"
            | "taught"
            | "threw"
            | "wore"
            | "left"
            | "visited"
            | "phoned"
            | "called"
            | "joined"
            | "hired"
            | "fired"
            | "sacked"
            | "appointed"
            | "named"
            | "replaced"
            | "defeated"
            | "thanked"
            | "praised"
            | "criticised"
            | "criticized"
            | "accused"
            | "blamed"
            | "welcomed"
            | "hosted"
            | "greeted"
            | "endorsed"
            | "beaten"
    )
}

/// `district = name_word , gap , number , [ "’s" | "'s" ] ;`
///
/// A numbered district, union local or the like written before a role or a name: "Ward 2"
/// in "Ward 2 Councillor Bev Esslinger", "Ward 11’s" in "Ward 11’s Mike Nickel", "Local 79"
/// in "Local 79 president Mike Yorke". No one's name holds a number, so the name is what
/// follows.
pub fn district(i: &str) -> R<'_, &str> {
    // (Title case: a headline in capitals is no district, "AT LEAST 10 KILLED".)
    let (rest, _) = verify(word, |w: &str| {
        is_capitalized(w) && w.chars().any(char::is_lowercase) && is_name_word(w)
    })
    .parse(i)?;
    let (rest, _) = gap(rest)?;
    let (rest, n) = verify(word, |w: &str| {
        let digits = strip_possessive(w);
        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
    })
    .parse(rest)?;
    let _ = n;
    Ok((rest, &i[..i.len() - rest.len()]))
}

/// The parse behind [`titled_name`], without its memo.
fn titled_name_parse(i: &str) -> R<'_, Range<usize>> {
    // (A district first, when a name follows it: "Ward 2 Councillor Bev Esslinger".)
    if let Ok((r, _)) = (district, gap).parse(i) {
        if let Ok((rest, head)) = titled_name_parse_after_district(r) {
            let shift = i.len() - r.len();
            return Ok((rest, head.start + shift..head.end + shift));
        }
    }
    titled_name_parse_after_district(i)
}

/// [`titled_name`] past its optional [`district`].
fn titled_name_parse_after_district(i: &str) -> R<'_, Range<usize>> {
    let (i2, _) = opt((
        verify(word, |w: &str| {
            matches!(w, "former" | "then" | "ex" | "late" | "retired")
        }),
        gap,
    ))
    .parse(i)?;
    // An organisation and a role before the name: "White House press secretary Sean Spicer".
    let lead = |s| -> R<'_, ()> {
        let mut r = s;
        let mut lead = Lead::default();
        for k in 0.. {
            if !lead.admits(k) {
                break;
            }
            let (r1, _) = if k == 0 { Ok((r, "")) } else { gap(r) }?;
            // `alt((possessive, word))` gives what `word` gives (a possessive is a word that
            // passes a test), so parse the word once.
            let (r2, w) = word(r1)?;
            // ("Brighton and Hove senior coroner …": "and" between capitalised words goes on
            // with the lead, as `lead_from_tokens` reads it.)
            if w == "and"
                && k > 0
                && lead.capitalised()
                && !lead.person
                && (gap, word)
                    .parse(r2)
                    .is_ok_and(|(_, (g, n))| !g.is_empty() && is_capitalized(n))
            {
                r = r2;
                continue;
            }
            // ("ASA president and Iowa farmer …": a second role of the same person, as
            // `lead_from_tokens` reads it.)
            if w == "and" && lead.after_role {
                lead.after_role = false;
                r = r2;
                continue;
            }
            // Every test of this word from one look-up in the lexicon's index.
            let f = memo::flags(w);
            lead.read(
                w,
                is_capitalized(w),
                f.exact & flag::TITLE != 0,
                f.exact & flag::ORGANIZATION != 0,
            );
            lead.after_role = !is_capitalized(w) && f.role().is_some() && joins_a_role(w, f);
            if ends_lead(w, f) {
                break;
            }
            // Capitalised roles are titles, which proper_name takes; a lead's role is lower
            // case ("press secretary", "campaign manager").
            // (Case first: it is cheaper than the role look-up.)
            // (Not a noun of speech, no one's role: "In her speech Ana Ruiz said".)
            if !is_capitalized(w) && f.role().is_some() && !f.is_speech_noun()
                || is_capitalized(w) && lead.capitalised() && is_origin_compound(w)
            {
                let (r3, _) = gap(r2)?;
                if proper_name(r3).is_ok() {
                    return Ok((r3, ()));
                }
            }
            r = r2;
        }
        Err(nom::Err::Error(nom::error::Error::new(
            s,
            nom::error::ErrorKind::Verify,
        )))
    };
    let led = lead(i2).and_then(|(r, _)| proper_name(r)).ok();
    let (i3, name) = match led {
        Some((r, name)) => (&i2[i2.len() - r.len() - name.len()..], name),
        None => (i2, proper_name(i2)?.1),
    };
    let start = i.len() - i3.len();
    let i4 = &i3[name.len()..];
    let (i5, _) = opt(party_label).parse(i4)?;
    // The head is the name without its leading titles.
    let title_len = title_prefix_len(name);
    let _ = i5;
    Ok((i4, start + title_len..start + name.len()))
}

/// Memos of one document's parses, by the slice they read.
///
/// The same `titled_name` is asked many times at one place: [`Registry::build`] tries it at
/// every capitalised word of the narration, and the rules for each quotation try it again at
/// every word before the quotation (`attribution_before`, `sentence_subject`, after "the" in
/// `mention`). Its answer depends on the slice's start and end only (the text does not change
/// during [`attribute`]), so it is kept by (start, end) for the document being attributed.
///
/// The document's words are kept here too, so that the rules cut the words of a stretch from
/// them instead of reading the stretch again (see [`crate::extract::token::Tokens`]).
pub(crate) mod memo {
    use super::TokenTitled;
    use crate::extract::lexicon::{Flags, LEXICON};
    use crate::extract::text::Word;
    use crate::extract::token::Tokens;
    use foldhash::HashMap;
    use std::cell::RefCell;
    use std::ops::Range;
    use std::rc::Rc;

    /// `titled_name`'s answer: the length of the rest and the head, or `None` for no match.
    type Titled = Option<(usize, Range<usize>)>;

    struct Memo {
        /// The document's bytes, as addresses: only slices of it are kept, so that a slice of
        /// some other string (at an address the document does not own) is never confused
        /// with one of the document.
        doc: Range<usize>,
        titled: HashMap<(usize, usize), Titled>,
        words: Rc<Tokens>,
        /// A copy of the document, which the thread's memo cannot borrow, for reading
        /// `titled_name` from the tokens ([`titled_from_tokens`]): one copy per document.
        text: Box<str>,
        /// Does the document write a Spanish honorific? See [`writes_spanish_honorifics`].
        spanish: std::cell::OnceCell<bool>,
    }

    thread_local! {
        // One per thread: rayon attributes each document on one thread.
        static MEMO: RefCell<Option<Memo>> = const { RefCell::new(None) };
    }

    /// Memos are kept while the scope lives (one document's attribution), and dropped with it.
    pub struct Scope {
        previous: Option<Memo>,
    }

    pub fn scope(text: &str, words: Rc<Tokens>) -> Scope {
        let start = text.as_ptr() as usize;
        let memo = Memo {
            doc: start..start + text.len(),
            // (About one name in ten words: sized so that it is not rehashed as it grows.)
            titled: HashMap::with_capacity_and_hasher(words.len() / 10, Default::default()),
            words,
            text: text.into(),
            spanish: std::cell::OnceCell::new(),
        };
        Scope {
            previous: MEMO.with(|m| m.borrow_mut().replace(memo)),
        }
    }

    impl Drop for Scope {
        fn drop(&mut self) {
            let previous = self.previous.take();
            MEMO.with(|m| *m.borrow_mut() = previous);
        }
    }

    /// The key of a slice of the document being attributed (None for any other string).
    #[inline]
    fn key(memo: &Memo, i: &str) -> Option<(usize, usize)> {
        let start = i.as_ptr() as usize;
        (start >= memo.doc.start && start + i.len() <= memo.doc.end)
            .then(|| (start - memo.doc.start, i.len()))
    }

    /// `text::words(text, range)`, cut from the document's words when `text` is the document.
    pub fn words(text: &str, range: Range<usize>) -> Vec<Word<'_>> {
        MEMO.with(|m| match m.borrow().as_ref() {
            Some(memo)
                if text.as_ptr() as usize == memo.doc.start
                    && text.len() == memo.doc.end - memo.doc.start =>
            {
                memo.words.words(text, range)
            }
            _ => crate::extract::text::words(text, range),
        })
    }

    /// The index of the document's token that starts where `i` (a slice of the document)
    /// starts, and that slice's offset.
    #[inline]
    fn token_at(memo: &Memo, i: &str) -> Option<(usize, usize)> {
        let (o, _) = key(memo, i)?;
        Some((memo.words.starting_at(o)?, o))
    }

    /// `word_len(i)` read from the document's tokens, when `i` is a slice of the document that
    /// starts with a word the tokens hold whole: the same length, since `word_len` reads a word
    /// from its start and looks past its end at one character only, which the slice holds
    /// when it holds the word ("No." and "Nos.", whose full stop depends on a number after
    /// them, are read again).
    #[inline]
    pub fn word_len(i: &str) -> Option<usize> {
        MEMO.with(|m| {
            let m = m.borrow();
            let memo = m.as_ref()?;
            let (k, o) = token_at(memo, i)?;
            let n = memo.words.tokens()[k].end - o;
            // ("No" is "No." before a number, which may lie past the paragraph's end.)
            let w = &i[..n.min(i.len())];
            let numbered = matches!(
                w.strip_suffix('.').unwrap_or(w),
                "No" | "Nos" | "no" | "nos"
            );
            (n <= i.len() && !numbered).then_some(n)
        })
    }

    /// Does the document being attributed write a Spanish honorific ("Doña", "Señor",
    /// "Señora")? Then "Don" before a name of two words is one too ("His father, Don Aurelio
    /// Olivar, founded the factory" beside "Doña Altagracia Reyes"); elsewhere it is as often
    /// a given name before a middle name ("Don Wayne Carter, 54,"). Read once per document,
    /// at the first such "Don".
    pub fn writes_spanish_honorifics() -> bool {
        MEMO.with(|m| {
            m.borrow().as_ref().is_some_and(|memo| {
                *memo.spanish.get_or_init(|| {
                    ["Doña ", "Señor"]
                        .iter()
                        .any(|p| memchr::memmem::find(memo.text.as_bytes(), p.as_bytes()).is_some())
                })
            })
        })
    }

    /// `LEXICON.flags(w)`. (Once kept per token of the document; the lexicon's own table
    /// of the words asked about lately answers for less than finding the token.)
    #[inline]
    pub fn flags(w: &str) -> Flags {
        LEXICON.flags(w)
    }

    /// `titled_name(i)` read from the document's tokens ([`super::titled_from_tokens`]),
    /// where `i` is a slice of the document that opens with a word and the tokens tell;
    /// `None` where the parse must read it.
    #[inline]
    pub fn titled_from_tokens(i: &str) -> Option<Titled> {
        MEMO.with(|m| {
            let m = m.borrow();
            let memo = m.as_ref()?;
            let (k, o) = token_at(memo, i)?;
            let end = o + i.len();
            match super::titled_from_tokens(&memo.text, &memo.words, k, end) {
                TokenTitled::Name {
                    end: name_end,
                    head,
                } => Some(Some((end - name_end, head - o..name_end - o))),
                TokenTitled::NoName => Some(None),
                TokenTitled::Unknown => None,
            }
        })
    }

    #[inline]
    pub fn titled(i: &str) -> Option<Titled> {
        MEMO.with(|m| {
            let m = m.borrow();
            let memo = m.as_ref()?;
            memo.titled.get(&key(memo, i)?).cloned()
        })
    }

    #[inline]
    pub fn remember_titled(i: &str, found: Titled) {
        MEMO.with(|m| {
            if let Some(memo) = m.borrow_mut().as_mut() {
                if let Some(k) = key(memo, i) {
                    memo.titled.insert(k, found);
                }
            }
        });
    }
}

/// The length of the titles and demonyms that open a proper name ("Mexican President ").
fn title_prefix_len(name: &str) -> usize {
    let mut pos = 0;
    // The name's words, on the stack for a name of up to sixteen words (this is asked of
    // every name the registry reads).
    let mut stack = [(0, ""); 16];
    let mut heap = Vec::new();
    let mut count = 0;
    while pos < name.len() {
        let n = word(&name[pos..]).map_or(0, |(_, w)| w.len());
        if n == 0 {
            pos += name[pos..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let w = (pos, &name[pos..pos + n]);
        if count < stack.len() {
            stack[count] = w;
        } else {
            if count == stack.len() {
                heap.extend_from_slice(&stack);
            }
            heap.push(w);
        }
        count += 1;
        pos += n;
    }
    let ws: &[(usize, &str)] = if count <= stack.len() {
        &stack[..count]
    } else {
        &heap
    };
    title_cut(name, ws, |k| memo::flags(ws[k].1))
}

/// [`title_prefix_len`] of the name `text[tokens[at].start..end]`, whose words are the
/// tokens from `at` up to `end` (as [`name_from_tokens`] reads it: one gap between two
/// words), and their flags the tokens' own.
fn title_prefix_len_tokens(text: &str, doc: &Tokens, at: usize, end: usize) -> usize {
    let start = doc.tokens()[at].start;
    let mut ws = [(0, ""); 16];
    let mut count = 0;
    for t in doc.tokens()[at..].iter().take_while(|t| t.end <= end) {
        if count == ws.len() {
            // (A name of more words than any title needs: read as text.)
            return title_prefix_len(&text[start..end]);
        }
        ws[count] = (t.start - start, t.text(text));
        count += 1;
    }
    let ws = &ws[..count];
    title_cut(&text[start..end], ws, |k| doc.flags_with(at + k, ws[k].1))
}

/// Where the titles end in `name`, whose words are `ws` (offset in `name`, word), and
/// `flags(k)` the lexicon's flags of word `k`.
fn title_cut(name: &str, ws: &[(usize, &str)], flags: impl Fn(usize) -> Flags) -> usize {
    let mut cut = 0;
    for (k, &(p, w)) in ws.iter().enumerate() {
        if k + 1 == ws.len() {
            break;
        }
        // "Secretary of State", "Minister of the Interior": the words after "of" belong to
        // the title, as long as a name still follows.
        let after_of = k > 0 && is_title_link(ws[k - 1].1) && cut == p && k + 2 < ws.len();
        // "Director of National Intelligence James Clapper": an office's field of more than
        // one word, up to its holder's name.
        if k > 0 && cut == p {
            if let Some(h) = office_holder(ws, k) {
                cut = ws[h].0;
                break;
            }
        }
        let f = flags(k);
        // (A person's role only: an organisation's noun opens its name, "Commission for
        // Aviation Regulation", "Center for Coastal Policy".)
        // (Nor a title before an organisation's noun alone: "Justice Department" is one
        // organisation's name.)
        // (Nor before any organisation's name, right after the title: "The English Premier
        // League Referees Committee" is one. Not after an honorific, "Mr. Morgan of the
        // Sierra Club", nor an office's link, "CEO of Washington Restaurant Association", nor
        // before another title, "Chief Inspector of Police (CIP) Daniel Muvunyi".)
        let organisation_after = || {
            k == 0 && ws.len() == 2 && is_organization(ws[1].1)
                || is_capitalized(ws[k + 1].1)
                    && flags(k + 1).exact & flag::TITLE == 0
                    && is_office_title(w)
                    && is_organization(&name[ws[k + 1].0..])
        };
        // (Not a plural's possessive inside an organisation's name: "the Doctors’ Union of
        // Selangor", see `name_possessive`.)
        // ("President and Commander-in-Chief Tomas Abeyo": "and" between two titles.)
        let and_titles = w == "and" && k > 0 && cut == p && flags(k + 1).exact & flag::TITLE != 0;
        // ("Tan Sri Koh Wai Leong", "Datuk Seri Ahmad Faizal": an honorific of two words.)
        let honorific_pair = k + 2 < ws.len() && is_honorific_pair(w, ws[k + 1].1)
            || k > 0 && cut == p && is_honorific_pair(ws[k - 1].1, w);
        let title_like = (f.exact & flag::TITLE != 0 && !initials_not_office(ws, k)
            || honorific_pair
            // (A plural opens an organisation's name, no one's title: "Friends of the Earth".)
            || f.role() == Some(RoleKind::Person)
                && !f.is_plural_role()
                && !kin_word_as_family_name(w, ws[k + 1].1)
            || is_title_link(w)
            || after_of
            || and_titles)
            && !name[p + w.len()..].starts_with(['’', '\''])
            // (Nor a plural before its organisation's aim: "Reporters Without Borders".)
            && !is_aim_preposition(ws[k + 1].1);
        if title_like && !organisation_after() {
            cut = ws[k + 1].0;
        } else if title_like && cut == p {
            // (The titles so far open the organisation's name: "The Attorney General Office".)
            cut = 0;
            break;
        } else if k == 0
            && ws.len() > 2
            && (1..ws.len() - 1).any(|j| flags(j).exact & flag::TITLE != 0)
            && !is_organization(office_before_link(name, ws))
        {
            // "Mexican President Claudia Sheinbaum": a demonym before a title. Not a title
            // written after the name ("Kate Forbes MSP"): a name follows the title.
            // (The flags' title bit is `LEXICON.is_title`.)
            cut = ws[k + 1].0;
        } else if cut == p && ws.len() > k + 2 && is_address_before_name(w, ws[k + 1].1) {
            // "Dona Ernestina Villalba", "Uncle Jack Wandin": a form of address that is a
            // given name or a surname too (address.txt), before a name of two words more.
            cut = ws[k + 1].0;
        } else if k == 0 && ws.len() > 2 && is_acronym_title(w, ws, name) {
            // "CAO Bob Beck", "DA Cy Vance Jr.", "MLA Nora Quint": an office's acronym
            // before a person's name.
            cut = ws[k + 1].0;
        } else if k == 0
            && ws.len() > 2
            // (Not "Al" or "El", the Arabic article of a surname: "Hajer Al Mosleh".)
            // (Or an age in words: "Eleven-year-old Maya Lindqvist".)
            && (is_agent_noun(w)
                || w.ends_with("-old") && is_age(w)
                || is_given_name(ws[1].1)
                    && !is_given_name(w)
                    && !matches!(ws[1].1, "Al" | "El")
                    // (A title's abbreviation, a plural role or an office's field, no given
                    // name, before it: "Sens. Jeff Merkley", "Democrats Hillary Clinton",
                    // "… Committee on Finance Tim Lund". Not a given name the list lacks:
                    // "Tanveer Ahmed Shah", "Cornell William Brooks".)
                    && (w.ends_with('.') || flags(0).is_plural_role() || is_field_word(w)))
            && !(w.len() == 2 && is_dotted_initials(w))
            // (Not a saint's possessive: "St Thomas’ Hospital" is one name.)
            && !name[ws[1].0 + ws[1].1.len()..].starts_with(['’', '\''])
        {
            // "Filmmaker Nadia Kovac", "Councillor Ruth Abara": a role no list names, told
            // by its ending (or an abbreviated or plural title, by a given name after it),
            // opening a name of two words more.
            cut = ws[k + 1].0;
        } else {
            break;
        }
    }
    // "Deputy Defense Secretary Paul Lindqvist", "Senate Majority Leader Mitch McConnell": the
    // title runs to its last title word, as long as a name follows it.
    let first = ws.partition_point(|&(p, _)| p < cut);
    if let Some(last) = (first..ws.len().saturating_sub(1)).rev().find(|&k| {
        let w = ws[k].1;
        // (One look-up of the flags for both tests: this is asked of most words of a name.)
        // (Not a plural before its organisation's aim, nor an organisation's noun before
        // "to": "Reporters Without Borders", "Coalition to Save Kelso Harbour".)
        is_capitalized(w)
            && !is_aim_preposition(ws[k + 1].1)
            && !(ws[k + 1].1 == "to" && is_organization_noun(w))
            && {
                let f = flags(k);
                f.exact & flag::TITLE != 0 && !initials_not_office(ws, k)
                // (Not a role noun in an organisation's field, before its last word: "Center
                // for Refugee Rights", "Committee for Press Freedom" name no one called
                // "Rights" or "Freedom". Nor a plural, no one's title: "Friends of the
                // Kestrel Valley".)
                // (Not an organisation's noun that opens a name of two words more: "Bank
                // Negara Malaysia" is a body's name.)
                || match f.role() {
                    Some(RoleKind::Organization) if k == 0 && ws.len() > 2 => false,
                    Some(_) => {
                        !(f.is_plural_role()
                            || field_of_organisation(ws, k)
                            || kin_word_as_family_name(w, ws[k + 1].1))
                    }
                    None => false,
                }
                // ("BBMP Administrator Rakesh Singh", "Project Coordinator Tomas Kell": a
                // role no list names, told by its ending, before a name of two words more.
                // "-ist" also ends adjectives, "World Socialist Web Site", "First Baptist
                // Church", and "-eer" given names, "Syed Zaheer Abbas Shah": after a title
                // only, "Chief Economist Jane Doe", "Chief Engineer Tomas Kell", unless
                // "-ologist".)
                || k + 2 < ws.len()
                    && is_agent_noun(w)
                    && (!(w.ends_with("ist") || w.ends_with("eer"))
                        || w.ends_with("ologist")
                        || k > 0 && flags(k - 1).exact & flag::TITLE != 0)
            }
    }) {
        // (A surname prefixed "al-" or "el-" too: "Saudi State Minister Adel al-Jubeir".)
        let followed_by_name = ws[last + 1..].iter().all(|&(_, w)| {
            is_capitalized(w) || is_connector(w) || is_title_link(w) || is_prefixed_surname(w)
        });
        // (Not in an organisation's name: "Riverside Nurses Union". What follows the title is
        // asked, not the whole: "Senate Minority Leader Harry M. Reid" and "Judicial Watch
        // President Tom Fitton" hold an organisation's word in their titles.)
        // ("White House Chief of Staff Denis McDonough": the title goes on through "of Staff"
        // while two words of a name still follow.)
        // ("Union Minister for Communications Ravi Menon", "Secretary of State for Health
        // Jeremy Hunt": likewise through "for".)
        let mut k = last + 1;
        // ("Acting Director of National Intelligence Ruth Vance": after the last title too, an
        // office's field of more than one word runs up to its holder's name; see
        // `office_holder`.)
        let holder = office_holder(ws, k);
        if let Some(h) = holder {
            k = h;
        }
        while holder.is_none()
            && (is_connector(ws[k].1) || is_title_link(ws[k].1))
            && k + 3 < ws.len()
        {
            k += 2;
        }
        if followed_by_name
            && !is_connector(ws[k].1)
            && !is_title_link(ws[k].1)
            && !is_organization(&name[ws[k].0..])
        {
            cut = ws[k].0;
        }
    }
    // A plural alone after an organisation's name with its field is the end of that field,
    // no one's name: "Royal College of Family Practitioners", "Royal Society of Family
    // Doctors" are bodies, not "Practitioners" with a title.
    let head = &name[cut..];
    if cut > 0
        && !head.contains(' ')
        && head.ends_with('s')
        && !head.ends_with("ss")
        && name[..cut].contains(" of ")
        && is_organization(&name[..cut])
    {
        return 0;
    }
    cut
}

/// Is the title `ws[k]` an office's acronym that is as often a person's initials or a
/// company's name ("CM", "CS", "PS", "DCP", "ACP", "DGP", "SHO"), and read so here: after an
/// honorific, a judge's title or a role in lower case ("Dr CM Joseph", "Justice CM Rao",
/// "senior advocate CS Raghunathan"), or before fewer than two words of a name ("DCP
/// Midstream")? Not "Ludhiana DCP Harvinder Sekhon", "Deputy PM Tom Bell".
fn initials_not_office(ws: &[(usize, &str)], k: usize) -> bool {
    let w = ws[k].1;
    if !(w.len() <= 3 && w.bytes().all(|b| b.is_ascii_uppercase())) {
        return false;
    }
    let after_honorific = k > 0 && (is_honorific(ws[k - 1].1) || ws[k - 1].1 == "Justice");
    after_honorific
        || matches!(w, "CM" | "CS" | "PS" | "DCP" | "ACP" | "DGP" | "SHO")
            && (ws.len() - k - 1 < 2 || k > 0 && !is_capitalized(ws[k - 1].1))
}

/// A form of address of address.txt ("Dona", "Uncle", "Syed"), or "Don" where the document
/// writes Spanish honorifics ([`memo::writes_spanish_honorifics`]): a title before a name of
/// two words or more.
pub(crate) fn is_form_of_address_word(w: &str) -> bool {
    LEXICON.address.contains_key(w) || w == "Don" && memo::writes_spanish_honorifics()
}

/// Is `w` a form of address ([`is_form_of_address_word`]) before `next`, the first word of a
/// name that is no initial? "Uncle J. Wright" is a given name, then an initial.
fn is_address_before_name(w: &str, next: &str) -> bool {
    is_form_of_address_word(w) && is_capitalized(next) && !(next.len() <= 3 && next.ends_with('.'))
}

/// Do `first` and `second` make one honorific of two words, written before a name: Malaysia's
/// "Datuk Seri", "Dato Sri", "Datin Paduka", "Tan Sri", "Puan Sri", "Toh Puan", or a
/// general's rank, "Lt Gen"? Neither second word is a title alone ("Sri Lanka", "Sri
/// Mulyani", "Gen Nakatani"), nor is "Tan" ("Tan Wei Ming").
fn is_honorific_pair(first: &str, second: &str) -> bool {
    matches!(
        (first, second),
        ("Datuk" | "Dato" | "Datin" | "Tan" | "Puan", "Seri" | "Sri")
            | ("Datin", "Paduka")
            | ("Toh", "Puan")
            // (A general's rank, abbreviated with no full stop, after the rank that qualifies
            // it: "Lt Gen Inam Vell", "Maj Gen Tom Bell". "Gen" alone is as often a given
            // name: "Defence Minister Gen Nakatani".)
            | ("Lt" | "Maj" | "Brig", "Gen")
    )
}

/// Is the role noun `ws[k]` part of an organisation's field, the words after its noun and a
/// link: "Refugee" of "Alliance for Refugee Rights", "Press" of "Committee for Press
/// Freedom"? So where the name opens with an organisation's noun, the role noun follows a
/// link, and one word ends the name: a title's holder is named in two words at least after a
/// link ("Minister for Women Maria Miller").
fn field_of_organisation(ws: &[(usize, &str)], k: usize) -> bool {
    k >= 2 && k + 2 == ws.len() && is_title_link(ws[k - 1].1) && is_organization_noun(ws[0].1)
}

/// The words of `name` (its words `ws`) from the second up to the first link of an office
/// ("of", "for", "to"): "Ambassador" of "U.S. Ambassador to the European Union", whose
/// organisation is the office's field, not its title; all of them where there is no link
/// ("Red Cross President Gail McGovern").
fn office_before_link<'a>(name: &'a str, ws: &[(usize, &str)]) -> &'a str {
    let end = ws[2..]
        .iter()
        .find(|(_, w)| matches!(*w, "of" | "for" | "to"))
        .map_or(name.len(), |&(p, _)| p);
    &name[ws[1].0..end]
}

/// A street's noun abbreviated with a full stop, which no one's name holds: "Ave.", "Blvd.",
/// "Rd.", "Hwy.", "Pkwy.", "Ln." ("St." and "Dr." are also a saint's and a doctor's titles).
fn is_street_abbreviation(w: &str) -> bool {
    matches!(w, "Ave." | "Blvd." | "Rd." | "Hwy." | "Pkwy." | "Ln.")
}

/// A street's noun, written out or abbreviated, which ends a place's name and no one's:
/// "Ocean Boulevard", "Sunset Road", "Fifth Avenue", "Ocean Blvd." ("Lane", "Way" and
/// "Street" are also surnames, "Nathan Lane"; "Square" and "Drive" open other names.)
pub(crate) fn is_street_noun(w: &str) -> bool {
    is_street_abbreviation(w)
        || matches!(w, "Road" | "Avenue" | "Boulevard" | "Highway" | "Parkway")
}

/// A generational suffix written after a name: "Jr.", "Sr.", "II", "III", "IV".
pub(crate) fn is_name_suffix(w: &str) -> bool {
    matches!(w, "Jr." | "Sr." | "II" | "III" | "IV" | "Jr" | "Sr")
}

/// Is `w`, the first of the words `ws` of `name`, an office's acronym before a person's
/// name ("CAO Bob Beck", "DA Cy Vance Jr.")? Two to four capitals, then a name of two words
/// or more shaped as a person's (capitalised, lower case after the first letter), which is
/// no organisation's ("UFCW Local 459", "NASA Goddard Space Flight Center" are names of
/// organisations).
///
/// Nor before an office, whose last word is a title or an agent's noun and which holds no
/// given name: "UN Humanitarian Coordinator", "UN Resident Coordinator" are offices, not
/// people called "Humanitarian Coordinator".
fn is_acronym_title(w: &str, ws: &[(usize, &str)], name: &str) -> bool {
    let office = || is_holderless_office(ws[1..].iter().map(|&(_, n)| n));
    (2..=4).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && ws[1..].iter().all(|&(_, n)| {
            is_capitalized(n) && n.chars().skip(1).any(char::is_lowercase) || is_name_suffix(n)
        })
        && !is_organization(&name[ws[1].0..])
        && !office()
}

/// Are `words` an office that names no holder: the last a title (no honorific) or a noun of
/// a trade by its ending, and none a given name ("UN Humanitarian Coordinator", "Regional
/// Director")? The registry, the appositive and the office's acronym ask it.
pub(crate) fn is_holderless_office<'a>(words: impl Iterator<Item = &'a str> + Clone) -> bool {
    words
        .clone()
        .last()
        .is_some_and(|last| LEXICON.is_title(last) && !is_honorific(last) || is_agent_noun(last))
        && !words.into_iter().any(is_given_name)
}

/// Where the holder's name starts in `ws` when word `k` links a title to an office's field
/// of more than one word ("of National Intelligence", "for Social Protection", "of State for
/// Foreign Affairs"). The field is the capitalised word after each link ("of", "for", "the")
/// and the words after it that are shaped like a field's nouns ([`is_field_word`]), as long
/// as two words of a name still follow: "for Communications Ravi Shankar Menon" has a field
/// of one word and a holder of three.
fn office_holder(ws: &[(usize, &str)], k: usize) -> Option<usize> {
    if !matches!(ws[k].1, "of" | "for" | "to") {
        return None;
    }
    let last = holder_start(ws)?;
    if ws[k].1 == "to" {
        // (Not an organisation's aim: "Coalition to Save Kelso Harbour" names no holder.)
        if k > 0 && is_organization_noun(ws[k - 1].1) {
            return None;
        }
        return envoy_holder(ws, k);
    }
    // ("Principal of Clutha Valley Primary School Val Ward": a field that is an organisation's
    // name ending in its noun; the holder is the name of two words after it. Not where the
    // organisation's name goes on, "President of the Law Society of Kenya Nelson Havi".)
    // (A holder's name of more than two words after the organisation's noun: "Chairman of
    // the Pahang Deep Sea Association Mohd Yusery Mohd Yusoff", "… Boat Owners Union Nurul
    // Ain binti Hashim". The holder starts right after the field's last organisation noun
    // that only a name's words and particles follow, five words at most.)
    let field = |end: usize| {
        ws[k + 1..end]
            .iter()
            .all(|&(_, w)| is_capitalized(w) || matches!(w, "of" | "the" | "for" | "and"))
    };
    if let Some(o) = (k + 2..last.saturating_sub(1)).rev().find(|&o| {
        LEXICON.is_organization_word(ws[o].1)
            && ws[o + 1..].iter().all(|&(_, w)| {
                is_capitalized(w) && !LEXICON.is_organization_word(w) || is_name_particle(w)
            })
    }) {
        if field(o + 1) && ws.len() - o - 1 <= 5 {
            return Some(o + 1);
        }
    }
    if last > k + 1 && LEXICON.is_organization_word(ws[last - 1].1) && field(last) {
        return Some(last);
    }
    let mut j = k + 1;
    // (Inside a body's name after "the", which runs on to the holder's given name: "to the
    // United Nations Linda Thomas-Greenfield".)
    let mut in_the = false;
    while j < last {
        let w = ws[j].1;
        // ("Minister for Sustainability and the Environment Ong Li Ping": "and the" and one
        // word of the field, the holder's name after it; see `and_the_in_office`.)
        if w == "and" && j + 2 < last && ws[j + 1].1 == "the" && is_capitalized(ws[j + 2].1) {
            j += 3;
            in_the = false;
            continue;
        }
        let prev = ws[j - 1].1;
        let after_link = is_title_link(prev);
        // (Words of a name, not initials: "Leader of the Opposition V D Satheesan".)
        // (Its second character read as a character: "the Économie" opens with two bytes.)
        in_the =
            w == "the" || in_the && w.len() > 2 && w.chars().nth(1).is_some_and(char::is_lowercase);
        // ("for Northern Ireland", "of Public Works": the noun after an adjective of the field.)
        let after_adjective = j > k + 1
            && ["ern", "nal", "ial", "ral", "lic", "mic", "eign"]
                .iter()
                .any(|e| prev.ends_with(e));
        if matches!(w, "of" | "for") && !after_link
            || w == "the"
            || is_capitalized(w)
                && (after_link
                    || after_adjective
                    || is_field_word(w)
                    || in_the && !is_given_name(w)
                    // ("Mayor of Black River Derrick Vellacott": a place's noun after its
                    // first word, before the holder's name.)
                    || j > k + 1 && is_place_noun(w))
        {
            j += 1;
        } else {
            break;
        }
    }
    (j > k + 2 && is_capitalized(ws[j].1)).then_some(j)
}

/// A noun that only a place's name ends with: "San Diego County", "Elizabeth City", "Cedar
/// Township" (not "Town", "Falls" or "Heights", which are surnames too); or its plural, which
/// ends the names of several places ("Kajiado and Nakuru Counties").
pub(crate) fn is_settlement_noun(last: &str) -> bool {
    matches!(
        last,
        "County"
            | "City"
            | "Township"
            | "Province"
            | "Region"
            | "District"
            | "State"
            | "Counties"
            | "Cities"
            | "Townships"
            | "Provinces"
            | "Regions"
            | "Districts"
            | "States"
    )
}

/// A noun of places that is a surname too: "Jacob Falls", "Marcus Town", "Dana Heights".
pub(crate) fn is_surname_place_noun(last: &str) -> bool {
    matches!(
        last,
        "Town" | "Village" | "Island" | "Islands" | "Falls" | "Heights"
    )
}

/// A noun that ends a place's name of several words: a settlement's or one that is a surname
/// too ([`is_settlement_noun`], [`is_surname_place_noun`]), or a landform's or water's:
/// "Black River", "Clutha Valley", "Montego Bay". (Asked only of words before a holder's
/// name: "Tom Hill" is a person.)
fn is_place_noun(w: &str) -> bool {
    is_settlement_noun(w)
        || is_surname_place_noun(w)
        || matches!(
            w,
            "River"
                | "Valley"
                | "Bay"
                | "Lake"
                | "Lakes"
                | "Hill"
                | "Hills"
                | "Springs"
                | "Beach"
                | "Creek"
                | "Harbour"
                | "Harbor"
                | "Parish"
                | "Point"
        )
}

/// Where the holder's name starts in `ws` when word `k` is an envoy's "to": the field is a
/// place or a body, any capitalised words, up to the holder's surname (past a generational
/// suffix, "Richard Mills Jr.") and the word before it, the initials before that ("T S
/// Tirumurti", "K. R. Jyothilal"), or a given name of the list where one comes first ("to
/// Japan Mary Beth Long").
fn envoy_holder(ws: &[(usize, &str)], k: usize) -> Option<usize> {
    let mut surname = ws.len().checked_sub(1)?;
    if surname > 0 && is_name_suffix(ws[surname].1) {
        surname -= 1;
    }
    let initial = |w: &str| {
        let b = w.as_bytes();
        b.first().is_some_and(u8::is_ascii_uppercase)
            && (b.len() == 1 || b.len() == 2 && b[1] == b'.')
    };
    let mut h = surname.checked_sub(1)?;
    // (A middle initial before the surname: the given name before it, "Jacob J. Lew".)
    if initial(ws[h].1) && h > k + 2 && !initial(ws[h - 1].1) {
        h -= 1;
    }
    while h > k + 2 && initial(ws[h - 1].1) {
        h -= 1;
    }
    if let Some(g) = (k + 2..h).find(|&j| is_given_name(ws[j].1)) {
        h = g;
    }
    (h > k + 1
        && ws[k + 1..h]
            .iter()
            .all(|&(_, w)| is_capitalized(w) || w == "the"))
    .then_some(h)
}

/// A capitalised word shaped like the noun of an office's field rather than a given name:
/// "Protection", "Intelligence", "Security", "Affairs", "Services", "Fisheries", "Policy",
/// "Housing", "Economics", "Resources".
pub(crate) fn is_field_word(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "tion", "tions", "sion", "sions", "ment", "ments", "ity", "ities", "ance", "ances", "ence",
        "ences", "ancy", "ency", "icy", "acy", "ics", "ness", "ship", "ism", "ture", "ries",
        "airs", "ices", "ogy", "sing", "ning", "cing", "gion", "rces",
        // A country's or a territory's noun: "of the Czech Republic", "of the United Arab
        // Emirates", "for the Solomon Islands", "of the European Union".
        "public", "dom", "ates", "ands", "nion", "ince", "tory",
    ];
    w.len() > 4 && ENDINGS.iter().any(|e| w.ends_with(e))
        // (And the portfolios no ending tells: "Minister of Foreign Trade", "Secretary of
        // State for Health", "Minister of Works and Transport".)
        || matches!(
            w,
            "Trade" | "Health" | "Transport" | "Energy" | "Labour" | "Labor" | "Works" | "Water"
                | "Commerce" | "Industry" | "Interior" | "Youth" | "Sport" | "Sports" | "Women"
                | "Heritage" | "Revenue" | "Treasury" | "Justice" | "Defense" | "Mines"
                | "Railways" | "Forests"
        )
}

/// Where the holder's name starts in the words `ws` of a titled name that ends with it: its
/// last word (the surname), the particles and initials written before that ("van der",
/// "H."), and one given name before them. `None` when that leaves no word before the name.
fn holder_start(ws: &[(usize, &str)]) -> Option<usize> {
    let mut j = ws.len().checked_sub(1)?;
    let is_initial = |w: &str| w.len() == 2 && w.ends_with('.');
    while j > 0 && (is_name_particle(ws[j - 1].1) || is_initial(ws[j - 1].1)) {
        j -= 1;
    }
    if !(j >= 2 && is_capitalized(ws[j - 1].1)) {
        return None;
    }
    // (And the initials before the given name, after a capitalised word of the office:
    // "Minister of Public Works and Tourism P.A. Muhammed Riyas"; not a place's after a link,
    // "Secretary of State for N.I. Hilary Benn".)
    let mut start = j - 1;
    while start >= 2 && initials_of_holder(ws[start - 1].1, ws[start - 2].1) {
        start -= 1;
    }
    Some(start)
}

/// Are `w`, written between an office's word `before` and a holder's given name, the holder's
/// initials ("… and Tourism P.A. Muhammed Riyas")? Not after a link, where they are a place's
/// ("Secretary of State for N.I. Hilary Benn"), nor after other initials.
pub(crate) fn initials_of_holder(w: &str, before: &str) -> bool {
    is_dotted_initials(w) && is_capitalized(before) && !is_dotted_initials(before)
}

/// Initials written as a word: capitals, each followed by a full stop ("J.", "P.A.",
/// "J.R.R.").
pub(crate) fn is_dotted_initials(w: &str) -> bool {
    let b = w.as_bytes();
    (2..=8).contains(&b.len())
        && b.len() % 2 == 0
        && b.chunks(2)
            .all(|c| c[0].is_ascii_uppercase() && c[1] == b'.')
}

/// Is `name` an office written in capitals with no holder: two words or more, all
/// capitalised, the last a title of `titles.txt` that is no honorific, the first no given name
/// ("Kamloops Fire Deputy Chief", "Prime Minister"; not "Anna Chancellor")?
pub fn is_capitalised_office(name: &str) -> bool {
    let mut ws = name.split_ws();
    let (Some(first), Some(last)) = (ws.next(), ws.next_back()) else {
        return false;
    };
    LEXICON.is_title(last)
        && !is_honorific(last)
        && !is_given_name(first)
        && name.split_ws().all(|w| w.starts_with(char::is_uppercase))
}

/// An honorific, which says how a person is addressed rather than what they do: "Dr",
/// "Prof.", "Sir", "Baroness", a monk's "Ven.". (The gendered ones, "Mr" or "Lady", are also marked so in
/// `titles.txt`.)
pub fn is_honorific(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "Dr" | "Prof"
            | "Sir"
            | "Dame"
            | "Lord"
            | "Lady"
            | "Baron"
            | "Baroness"
            | "Hon"
            | "Rev"
            | "Revd"
            | "Fr"
            | "Ven"
            | "Venerable"
            | "Bhante"
            // (Thailand's and Myanmar's forms of address: "U Tin Win, the ward administrator,"
            // is an administrator, "Daw Khin Mar Aye, a teacher," a teacher.)
            | "Khun"
            | "U"
            | "Daw"
            // (Latin America's honorifics of a degree, and the Arab world's of descent and of
            // learning: "Ing. Raúl Medina, the project's engineer," is an engineer, "Sayyid
            // Hamid al-Rawi, a visiting hydrologist," a hydrologist.)
            | "Lic"
            | "Licenciado"
            | "Licenciada"
            | "Ing"
            | "Ingeniero"
            | "Ingeniera"
            | "Arq"
            | "Dra"
            | "Doctora"
            | "Sayyid"
            | "Sayyida"
            | "Sayed"
            | "Sayyed"
            | "Seyed"
            | "Seyyed"
            | "Ustadh"
            | "Ustadha"
            | "Madame"
            | "Mme"
            | "Mademoiselle"
            | "Mlle"
            | "Selvi"
            // (The Sesotho Mr: "Ntate Lefa Mokoena, a wool farmer," is a farmer.)
            | "Ntate"
            | "Nalongo"
            | "Ssalongo"
    )
}

/// A word that links a title to what it is a title of: "Secretary *of* State", "Minister
/// *for* Health", "Chief of *the* Defence Staff", "Ambassador *to* Japan" ("to" is in a name
/// only after a title that takes it: see [`takes_to`]).
fn is_title_link(w: &str) -> bool {
    matches!(w, "of" | "for" | "the" | "to")
}

/// Does the text after an envoy's "to" (`after`) go on as the office's field and its holder:
/// a field that opens with no title ("to President William Ruto, David Ndii" names the
/// president, not the adviser's field), then its holder's name, so that at least three name
/// words follow ("to South Korea Philip Goldman", "to the Treasury Dorian Fell"), or the
/// field and a comma before a capitalised name ("to the European Union, Gordon Sondland")?
/// Otherwise "to" is no link ("The Ambassador to Japan, speaking on Monday, said"; "to the
/// United States Karen Pierce", whose "States" no name reads).
fn to_link_holds(after: &str) -> bool {
    let after = after.trim_start_matches(' ');
    let after = after.strip_prefix("the ").unwrap_or(after);
    let mut ws = after.split(' ').take(12);
    let mut n = 0;
    while let Some(w) = ws.next() {
        let core = w.strip_suffix(',').unwrap_or(w);
        if !is_name_word(core) {
            break;
        }
        if n == 0 && memo::flags(core).exact & flag::TITLE != 0 {
            return false;
        }
        n += 1;
        if core.len() < w.len() {
            // The field set off before its holder.
            return ws.next().is_some_and(is_name_word)
                && ws
                    .next()
                    .is_some_and(|w| is_name_word(w.trim_end_matches([',', '.', ';'])));
        }
    }
    n >= 3
}

/// Is `w` an organisation's noun, or its plural: "Committee", "Centers" ("Centers for Disease
/// Control and Prevention")?
fn is_organization_noun(w: &str) -> bool {
    LEXICON.is_organization_word(w)
        || w.strip_suffix('s')
            .is_some_and(|s| s.len() > 2 && LEXICON.is_organization_word(s))
}

/// Is the quotation a nickname written inside a name: one to three capitalised words with
/// no punctuation (and one short word in lower case between them, "Mzee wa Goli"), right
/// after a capitalised name word and right before the surname, or the particle that opens it
/// (Ricardo “Cardo” dela Cruz, Marcia "Cia" Price, Gov. C.L. "Butch" Otter)?
pub(crate) fn is_nickname(text: &str, q: &RawQuote) -> bool {
    let before = &text[..q.span.start];
    !q.unclosed
        && before.ends_with(' ')
        // (The word before, past any blank: a paragraph's first name follows a line break,
        // "…win.⏎⏎Dragan “The Hammer” Vujanić". Not a word in capitals, a heading's: "HOW
        // ‘MAKING THEM SMALLER’ YIELDS …".)
        && before[..before.len() - 1]
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| {
                is_capitalized(w)
                    && !w.ends_with([',', ':', ';', '!', '?'])
                    && !(w.len() > 2 && w.bytes().all(|b| b.is_ascii_uppercase()))
            })
        && nickname_shape(&text[q.inner.clone()], &text[q.span.end..])
}

/// Is the quotation `q` a work's title inside a description, "the ‘Kal Ho Naa Ho’ star",
/// "the “Ocean Eyes” singer" ([`quoted_title`])? It is then part of a mention, no quotation
/// that ends the clause before it or opens the one after it. Asked only of a quotation right
/// after a determiner.
pub(crate) fn is_title_in_description(text: &str, q: &RawQuote) -> bool {
    let before = &text[..q.span.start];
    let Some(det) = before.strip_suffix(' ') else {
        return false;
    };
    let w = det.rsplit([' ', '\n', '\t']).next().unwrap_or("");
    if q.unclosed || !matches!(w, "the" | "The" | "a" | "A" | "an" | "An") {
        return false;
    }
    let from = det.len() - w.len();
    // (The description read from its determiner reaches past the title to its role noun.)
    description(&text[from..]).is_ok_and(|(_, (head, _))| from + head.start >= q.span.end)
}

/// Does `rest`, what follows a given name, open with a nickname in quotation marks and then
/// the surname ([`is_nickname`]'s shape): ` “Pacman” Mensah`, ` "Cia" Price`? Read from the
/// name's side, where no quotation has been found: "said boxer Kofi “Pacman” Mensah" names
/// Kofi, whom the nickname joins to Mensah.
pub(crate) fn nickname_follows(rest: &str) -> bool {
    let Some(r) = rest.strip_prefix(' ') else {
        return false;
    };
    let (close, r) = match r.strip_prefix('“') {
        Some(r) => ('”', r),
        None => match r.strip_prefix('"') {
            Some(r) => ('"', r),
            None => return false,
        },
    };
    // (Three capitalised words at most: no nickname runs past forty-eight bytes.)
    let Some(end) = r
        .char_indices()
        .take(48)
        .find(|&(_, c)| c == close)
        .map(|(k, _)| k)
    else {
        return false;
    };
    nickname_shape(&r[..end], &r[end + close.len_utf8()..])
}

/// A nickname's words and what follows them: one to three capitalised words with no
/// punctuation (and between them a short word in lower case, "Mzee wa Goli"), then the
/// surname or the particle that opens it.
fn nickname_shape(inner: &str, after: &str) -> bool {
    // (Counted up to five: one to three capitalised words and one small word is all that is
    // asked.)
    let n = inner.split_ws().take(5).count();
    let small = |w: &str| w.len() <= 3 && w.bytes().all(|b| b.is_ascii_lowercase());
    let inside = inner.split_ws().skip(1).take(n.saturating_sub(2));
    (1..=4).contains(&n)
        && inside.filter(|w| small(w)).count() <= 1
        && inner.split_ws().enumerate().all(|(k, w)| {
            (is_capitalized(w) || k > 0 && k + 1 < n && small(w))
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
        && inner.split_ws().filter(|w| is_capitalized(w)).count() <= 3
        && after.strip_prefix(' ').is_some_and(|a| {
            let mut ws = a.split_ws();
            ws.next().is_some_and(|w| {
                is_capitalized(w) || is_name_particle(w) && ws.next().is_some_and(is_capitalized)
            })
        })
}

/// A capitalised preposition that goes on with an organisation's name, as its aim:
/// "Reporters Without Borders", "Mothers Against Drunk Driving", "Action Against Hunger".
fn is_aim_preposition(w: &str) -> bool {
    matches!(w, "Without" | "Against")
}

/// Does an organisation's aim follow, `words` capitalised words at least: two after "to", a
/// verb and its object ("Protect Journalists", "End Loneliness"), one after a preposition
/// ("Borders")? None of them a given name or a title: a headline's "Move Against Hillary
/// Clinton" names a woman, not an organisation's aim.
fn aim_follows(after: &str, words: usize) -> bool {
    let Ok((after, _)) = gap(after) else {
        return false;
    };
    // (Past "the": "Farmers Against the Pipeline".)
    let after = after.strip_prefix("the ").unwrap_or(after);
    after
        .split_ws()
        .take(words)
        .filter(|w| {
            let w = w.trim_end_matches([',', '.', ';', ':']);
            is_capitalized(w)
                && is_name_word(w)
                && !is_given_name(w)
                && memo::flags(w).exact & flag::TITLE == 0
        })
        .count()
        == words
}

/// Is `w` an office whose holder serves *to* a place or a body, so that "to" links it to its
/// field as "for" links a minister's: "Ambassador to Japan John Smith", "Chief Secretary to
/// the Treasury Darren Jones", "Special Envoy to the Middle East Steve Witkoff"? The English
/// nouns of envoys, aides and delegates: any other title before "to" is followed by a verb or
/// an object ("Governor to sign", "said President to reporters").
pub(crate) fn takes_to(w: &str) -> bool {
    matches!(
        w,
        "Ambassador"
            | "Envoy"
            | "Secretary"
            | "Adviser"
            | "Advisor"
            | "Representative"
            | "Delegate"
            | "Consul"
            | "Counsellor"
            | "Counselor"
            | "Assistant"
            | "Emissary"
            | "Nuncio"
            | "Liaison"
    )
}

/// [`takes_to`] of a noun in either case: "the ambassador to Veloria" as "Ambassador to
/// Veloria".
pub(crate) fn takes_to_any_case(w: &str) -> bool {
    let mut cs = w.chars();
    match cs.next() {
        Some(c) if c.is_lowercase() => {
            let capitalised: String = c.to_uppercase().chain(cs).collect();
            takes_to(&capitalised)
        }
        _ => takes_to(w),
    }
}

/// Is `w` a given name of the list ("Ruth" in "Councillor Ruth Abara")?
pub(crate) fn is_given_name(w: &str) -> bool {
    LEXICON.first_names.contains_key(w)
}

/// A noun of a person's occupation, by its ending ("filmmaker", "economist", "photographer"),
/// that is not a given name. An "-eer" noun has eight letters or more ("engineer",
/// "volunteer", "auctioneer"): the shorter words in "-eer" are given names as often ("Muneer",
/// "Sameer", "Tanveer", "Zaheer"), and the trades so written are built on a noun of five
/// letters or more.
pub(crate) fn is_agent_noun(w: &str) -> bool {
    // (The endings compared byte by byte, in either case, with no lower-cased copy: this is
    // asked of most words of the names the registry reads.)
    let b = w.as_bytes();
    [
        ("maker", 8),
        ("writer", 9),
        ("ist", 6),
        ("ologist", 10),
        ("grapher", 10),
        ("ician", 8),
        ("eer", 8),
        ("llor", 7),
        ("ector", 8),
        ("essor", 8),
        ("itor", 7),
        ("ator", 7),
        // ("seamstress", "songstress"; not "distress", "mistress".)
        ("stress", 9),
    ]
    .iter()
    .any(|&(s, min)| b.len() >= min && b[b.len() - s.len()..].eq_ignore_ascii_case(s.as_bytes()))
        && !LEXICON.first_names.contains_key(w)
}

/// A name's mention from `start` to `end`, its head given from `head_base` on.
fn name_found(start: usize, end: usize, head_base: usize, head: Range<usize>) -> Found {
    Found {
        span: start..end,
        head: head_base + head.start..head_base + head.end,
        kind: MentionKind::Name,
    }
}

/// `gap , "(" , acronym , ")" , gap` at the start of `r`, right after the organisation's name
/// `name` ([`acronym_after`]): what follows it.
fn parenthesised_acronym<'a>(r: &'a str, name: &str) -> Option<&'a str> {
    let acronym = acronym_after(r, name)?;
    gap(&r[" (".len() + acronym.len() + ")".len()..])
        .ok()
        .map(|(after, _)| after)
}

/// The acronym in parentheses that opens `after`, the text right after the name `name`:
/// " (EA)", " (DFO)". Two to eight letters, the first two capitals; not a party label
/// ("(R-Texas)", "(D)"). Or one written as a word, whose letters hold the initials of the
/// name's capitalised words in order: "the Kenya Medical Supplies Authority (Kemsa)",
/// "the Office for Standards in Education (Ofsted)".
pub(crate) fn acronym_after<'a>(after: &'a str, name: &str) -> Option<&'a str> {
    let inner = after.strip_prefix(" (")?;
    // (Looked for a few bytes on only, an acronym's length: the mentions ask this at nearly
    // every word before a quotation.)
    let close = inner.bytes().take(9).position(|b| b == b')')?;
    let acronym = &inner[..close];
    let b = acronym.as_bytes();
    if !(2..=8).contains(&b.len()) || !b.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    if b[..2].iter().all(u8::is_ascii_uppercase) {
        return Some(acronym);
    }
    let initials = name
        .split_ws()
        .filter_map(|w| w.bytes().next().filter(u8::is_ascii_uppercase));
    let mut letters = b.iter().map(u8::to_ascii_uppercase);
    let spelled = initials.clone().count() >= 3
        && b[0].is_ascii_uppercase()
        && initials.clone().next() == Some(b[0])
        && initials.into_iter().all(|i| letters.any(|l| l == i));
    spelled.then_some(acronym)
}

/// The titled name of a person after an owner's possessive ("Prime Minister Justin Trudeau"
/// after "Canada's ", "Speaker Ahmed Al Mulla" after "the Council’s "): a title first, then a
/// name of two words or more. `base` is the byte offset of `r` in the document; the mention
/// found starts at `start`, where its owner does.
///
/// `field_first`: the title may come after a word of its field or rank, "Syria's Foreign
/// Minister Asaad Hassan al-Shibani", "Kenya's Deputy Chief Justice Amina Wekesa" (after a
/// one-word owner; an owner of several words keeps its office apart from the person's name,
/// as the registry reads it).
fn owned_titled_person(
    r: &str,
    base: usize,
    start: usize,
    field_first: bool,
) -> Option<(&str, Found)> {
    let (rest, head) = titled_name(r).ok()?;
    let titled = |w: &str| LEXICON.is_title(w);
    let titled_person = r[head.clone()].contains(' ')
        && head.start > 0
        && if field_first {
            r[..head.start].split_ws().any(titled)
        } else {
            word(r).is_ok_and(|(_, w)| titled(w))
        };
    titled_person.then(|| {
        (
            rest,
            name_found(start, base + r.len() - rest.len(), base, head),
        )
    })
}

/// `mention = [ possessive , gap | titled_name (: an organisation's) , gap , "(" , acronym , ")" , gap ] , titled_name , [ complement (: with "of", or "with" or "at" after a name of two words or more) ] | description | quantity | pronoun | indefinite ;`
///
/// `base` is the byte offset of `i` in the document.
pub fn mention(i: &str, base: usize) -> Option<(&str, Found)> {
    let at = |r: &str| base + i.len() - r.len();
    // "The Crisis Group", "the White House": an organisation's name after "the"; and a
    // person's, after "the" and a title ("the Rev. Peter Wherry").
    // (The word is read only where the text opens with its letters: the rule is tried at
    // nearly every word before a quotation.)
    let the = i.starts_with("The") || i.starts_with("the");
    if let Some(Ok((r, _))) =
        the.then(|| (verify(word, |w: &str| w == "The" || w == "the"), gap).parse(i))
    {
        if let Ok((rest, head)) = titled_name(r) {
            let off = i.len() - r.len();
            // ("the Rev. Peter Wherry", "The Minister for Health Simon Harris": a title, then
            // a name of two words or more.)
            let titled_person = r[head.clone()].contains(' ')
                && head.start > 0
                && word(r).is_ok_and(|(_, w)| LEXICON.is_title(w));
            // (Not an organisation's acronym before a person's role noun in lower case, in
            // the singular: "the NJC secretary, Ahmed Gwarzo," is a description of the
            // secretary; "the GOP leaders" are no one.)
            let before_role = || {
                let h = &r[head.clone()];
                (2..=6).contains(&h.len())
                    && h.bytes().all(|b| b.is_ascii_uppercase())
                    && gap(rest).is_ok_and(|(a, _)| {
                        word(a).is_ok_and(|(_, w)| {
                            w.starts_with(char::is_lowercase)
                                && (!w.ends_with('s') || w.ends_with("ss"))
                                && role_of(w) == Some(RoleKind::Person)
                        })
                    })
            };
            if titled_person || is_organization(&r[head.clone()]) && !before_role() {
                // ("The Veloria Cricket Board (VCB) Chairman Tomas Quill": the chairman, as
                // without "the", below.)
                if let Some(named) = parenthesised_acronym(rest, &r[head.clone()])
                    .filter(|_| !titled_person)
                    .and_then(|r2| {
                        owned_titled_person(r2, base + (i.len() - r2.len()), base, false)
                    })
                {
                    return Some(named);
                }
                return Some((rest, name_found(base, at(rest), base + off, head)));
            }
        }
        // ("the Council’s Speaker Ahmed Al Mulla": an owner after "the", then a title and a
        // name, as below.)
        if let Some((r2, _)) = word(r)
            .ok()
            .filter(|&(_, w)| is_possessive(w))
            .and_then(|(r1, _)| gap(r1).ok())
        {
            if let Some(named) = owned_titled_person(r2, base + (i.len() - r2.len()), base, false) {
                return Some(named);
            }
        }
    }
    // (The first word is read once, for the owner below and for the other branches at the
    // end, each of which read it.)
    let first = word(i).ok();
    // An owner before a title and a name: "Perth-Andover’s Mayor Marianne Bell",
    // "Canada's Prime Minister Justin Trudeau". The person is the mention, the owner part of
    // the role as written.
    // (`possessive , gap`, of the first word read.)
    let owner = first
        .filter(|&(_, w)| is_possessive(w))
        .and_then(|(r, _)| gap(r).ok());
    if let Some((r, _)) = owner {
        if let Some(named) = owned_titled_person(r, base + (i.len() - r.len()), base, true) {
            return Some(named);
        }
    }
    let titled = titled_name(i).ok();
    // (An owner of several words too: "Amnesty International South Africa’s Executive
    // Director Shenilla Mohamed".)
    if let Some((rest, head)) = &titled {
        let h = &i[head.clone()];
        let owner = (h.ends_with("’s") || h.ends_with("'s")) && h.contains(' ');
        if let Some((r, _)) = owner.then(|| gap(rest).ok()).flatten() {
            let at_r = base + (i.len() - r.len());
            if let Some(named) = owned_titled_person(r, at_r, base, false) {
                return Some(named);
            }
            // (Or a person's name of two words alone, where it ends its clause or a cue
            // follows: "said Amnesty International’s Orla Penn.", not "Amnesty
            // International’s South Africa office".)
            let person = titled_name(r).ok().filter(|(rest, head)| {
                let name = &r[head.clone()];
                name.contains(' ')
                    && !is_organization(name)
                    && (ends_clause(rest)
                        || gap(rest).is_ok_and(|(a, _)| {
                            a.split_ws().next().is_some_and(|w| LEXICON.is_cue(w))
                        }))
            });
            // (The name alone is the mention, as after an owner of one word: an owner is no
            // role.)
            if let Some((rest, head)) = person {
                let end = base + i.len() - rest.len();
                return Some((rest, name_found(at_r + head.start, end, at_r, head)));
            }
        }
    }
    // A name in the possessive is a determiner ("Trump’s campaign"), not a mention.
    let titled = titled.filter(|(_, head)| {
        let h = &i[head.clone()];
        !(h.ends_with("’s") || h.ends_with("'s") || h.ends_with('’'))
    });
    if let Some((rest, head)) = titled {
        // An organisation's name and its acronym in parentheses before a title and a
        // person's name: "Pakistan Cricket Board (PCB) Chairman Shaharyar Khan" is the
        // chairman, the organisation part of the role as written.
        if let Some(named) = parenthesised_acronym(rest, &i[head.clone()])
            .filter(|_| is_organization(&i[head.clone()]))
            .and_then(|r| owned_titled_person(r, base + (i.len() - r.len()), base, false))
        {
            return Some(named);
        }
        // ("Lawyers for Tomas Vell said:", "Relatives of Ama Owusu said": a person's role noun
        // in the plural, capitalised where it opens a sentence, and its complements are a
        // description of a group, not a name: the name after "for" is no speaker.)
        // (Or in the singular where its holder's name is set off after the complements, as
        // court reports write counsel: "Solicitor for the accused, Niamh Gallagher, said".)
        let h = &i[head.clone()];
        let plural = h.ends_with('s');
        if head.start == 0
            && !h.contains(' ')
            && is_capitalized(h)
            && (plural || rest.starts_with(" for ") || rest.starts_with(" of "))
        {
            let f = memo::flags(h);
            // (The complements read only after the noun's flags: most such words are
            // surnames, "Jones said".)
            // (A title too in the singular, "Counsel for the defendant, …,": its holder is
            // named after it.)
            let r = (f.role() == Some(RoleKind::Person) && (!plural || f.exact & flag::TITLE == 0))
                .then(|| complements(rest))
                .filter(|r| r.len() < rest.len())
                .filter(|r| plural || name_then_comma_after(r));
            if let Some(r) = r {
                return Some((
                    r,
                    Found {
                        span: base..at(r),
                        head: base..base + h.len(),
                        kind: MentionKind::Description(RoleKind::Person),
                    },
                ));
            }
        }
        let (rest2, _) = opt(party_label).parse(rest).ok()?;
        // "Joel Pollak of Breitbart California", "Sgt. Daniel Grubbs with the Fort Smith
        // Police Department": an affiliation after "of", "with", "at" or "from" belongs to the
        // mention (the name stays the head).
        // ("of the James Martin Center for Nonproliferation Studies": a few links.)
        // ("with" and "at" only after a name of two words or more: "Officials at Homeland
        // Security Investigations" opens with a role noun written capitalised.)
        // (And only before a name: "Maj. Jaren Stafani at a press conference" ends at the
        // name.)
        let full = i[head.clone()].contains(' ');
        let link = |w: &str| w == "of" || full && matches!(w, "with" | "at" | "from");
        let of = (gap, verify(word, link), gap)
            .parse(rest2)
            .is_ok_and(|(after, (_, w, _))| {
                w == "of" || {
                    let named = after.strip_prefix("the ").unwrap_or(after);
                    named.starts_with(char::is_uppercase)
                }
            });
        // (No plain noun there: "said Jane Orr of the film" speaks of the film.)
        let rest2 = if of {
            complements_with(rest2, false)
        } else {
            rest2
        };
        return Some((
            rest2,
            Found {
                span: base..at(rest2),
                head: base + head.start..base + head.end,
                kind: MentionKind::Name,
            },
        ));
    }
    // The other branches each open with a word of their own: where the first word can open
    // none of them, none matches, told without trying each (`mention` is tried at nearly
    // every word before a quotation).
    if !first.is_some_and(|(_, w)| may_open_other_mention(w)) {
        return None;
    }
    if let Ok((rest, (head, kind))) = description(i) {
        // "a spokesman for the campaign": the complement belongs to the mention.
        // (And so does the object of a participle after a person's role noun: "a lawyer
        // representing Grace Njeri" is the lawyer, whoever Grace Njeri is.)
        let rest = match kind {
            RoleKind::Person => participle_complement(rest).map_or(rest, |(r, _)| r),
            RoleKind::Organization => rest,
        };
        let rest = complements(rest);
        return Some((
            rest,
            Found {
                span: base..at(rest),
                head: base + head.start..base + head.end,
                kind: MentionKind::Description(kind),
            },
        ));
    }
    if let Some(rest) = quantity(i) {
        // A share of a group: nobody named, a description of people.
        let head_end = at(rest);
        return Some((
            rest,
            Found {
                span: base..head_end,
                head: base..head_end,
                kind: MentionKind::Description(RoleKind::Person),
            },
        ));
    }
    if let Ok((rest, kind)) = alt((pronoun, indefinite.map(|_| PronounKind::Indefinite))).parse(i) {
        return Some((
            rest,
            Found {
                span: base..at(rest),
                head: base..at(rest),
                kind: MentionKind::Pronoun(kind),
            },
        ));
    }
    None
}

/// May `w`, the first word of a [`mention`], open its branches other than the titled name?
/// A [`description`] opens with a [`determiner`], a [`quantity`] with a number or one of its
/// qualifiers, a [`pronoun`] is one of the list (its flag in the lexicon's index), and an
/// [`indefinite`] is one of its words.
fn may_open_other_mention(w: &str) -> bool {
    is_definite_or_indefinite(w)
        || is_possessive(w)
        || w.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            w,
            "Only" | "only" | "Just" | "just" | "About" | "about" | "Nearly" | "nearly"
        )
        || memo::flags(w).exact & flag::PRONOUN != 0
        || ascii_lower(w).is_some_and(|(buf, n)| {
            matches!(
                &buf[..n],
                b"another" | b"one" | b"others" | b"some" | b"many"
            )
        })
}

/// `quantity = [ "Only" | "only" | "Just" | "just" | "About" | "about" | "Nearly" | "nearly" ] , number , ( "%" | gap , "percent" ) , [ gap , "of" , gap , { word , gap } (: one to four, none a cue) ] (: then a cue or an auxiliary) ;`
///
/// A share of a group that speaks, as polls report it: "63 percent said", "Only 52 percent of
/// registered voters agreed", "41% of Republicans say". Returns what follows it.
pub fn quantity(i: &str) -> Option<&str> {
    // (The first word is read once: it is the number unless it is one of the qualifiers.)
    let (mut r1, mut n) = word(i).ok()?;
    if matches!(
        n,
        "Only" | "only" | "Just" | "just" | "About" | "about" | "Nearly" | "nearly"
    ) {
        let r = gap(r1).ok()?.0;
        (r1, n) = word(r).ok()?;
    }
    if !n.starts_with(|c: char| c.is_ascii_digit())
        || !n.chars().all(|c| c.is_ascii_digit() || c == '.')
    {
        return None;
    }
    let r = match r1.strip_prefix('%') {
        Some(after) => after,
        None => {
            let (r2, _) = gap(r1).ok()?;
            let (r3, unit) = word(r2).ok()?;
            if unit != "percent" {
                return None;
            }
            r3
        }
    };
    // "of registered voters", "of Republicans": the group, up to four words.
    let of = (gap, verify(word, |w: &str| w == "of"), gap)
        .parse(r)
        .ok()
        .map(|(r, _)| r);
    // It speaks only before its verb ("30% lower than…" is no one).
    let speaks = |rest: &str| {
        gap(rest).is_ok_and(|(a, _)| {
            word(a).is_ok_and(|(_, w)| {
                let f = LEXICON.flags(w);
                f.is_cue() || f.is_framing() || f.exact & flag::AUXILIARY != 0
            })
        })
    };
    let Some(mut g) = of else {
        return speaks(r).then_some(r);
    };
    let mut end = None;
    let mut last = None;
    for _ in 0..4 {
        let Ok((g1, w)) = word(g) else { break };
        if LEXICON.flags(w).is_cue() || w.ends_with(".") {
            break;
        }
        end = Some(g1);
        last = Some(w);
        let Ok((g2, sp)) = gap(g1) else { break };
        if sp.is_empty() {
            break;
        }
        g = g2;
    }
    // ("32% of Republican claims": an adjective waits for its noun.)
    let adjective = last.is_some_and(|w| is_capitalized(w) && is_demonym_adjective(w));
    end.filter(|&e| speaks(e) && !adjective)
}

/// A people's adjective in "-ese" ("Chinese", "Lebanese"): a closed class, listed, since the
/// ending is a surname's as often ("Albanese", "Calabrese", "Genovese", "Reese").
pub fn is_people_in_ese(w: &str) -> bool {
    matches!(
        w,
        "Chinese"
            | "Japanese"
            | "Vietnamese"
            | "Taiwanese"
            | "Lebanese"
            | "Portuguese"
            | "Burmese"
            | "Nepalese"
            | "Sudanese"
            | "Senegalese"
            | "Congolese"
            | "Togolese"
            | "Beninese"
            | "Gabonese"
            | "Guyanese"
            | "Surinamese"
            | "Bhutanese"
            | "Javanese"
            | "Balinese"
            | "Sinhalese"
            | "Cantonese"
            | "Faroese"
    )
}

/// "Republican", "Iranian", "Democratic", "Chinese": a word with the ending of a demonym or a
/// party's adjective, which before a noun modifies it ("Republican claims").
pub fn is_demonym_adjective(w: &str) -> bool {
    // (Not a given name: "Eric says", "Brian argues".)
    has_demonym_ending(w) && !is_given_name(w)
}

/// The endings of demonyms and parties' adjectives: "-ican", "-ian", "-ic", "-ese", "-ish".
pub fn has_demonym_ending(w: &str) -> bool {
    ["ican", "ian", "ic", "ese", "ish"]
        .iter()
        .any(|s| w.ends_with(s))
}

/// `open_role = [ ( "a" | "an" | "the" ) , gap , [ possessive (: lower case) , gap ] | ( "its" | "his" | "her" | "their" | "our" | "my" | "your" ) , gap ] , [ possessive , gap ] , { ( word | origin ) , gap } (: one to four, none a function word, a cue or a pronoun but "of" between two of them, "for" once after a role noun with up to three more words of the office's field (no role noun among them, the last a noun of a domain's shape, the name right after it), and one "and" between two capitalised ones, not counted, one at least lower case, or after an owner) , titled_name (: a name of two words or more) ;`
///
/// A role no list names, written between a cue or a closing mark and a name: "said harbour
/// master Ines Kowalczyk", "said Swiss mediator Lukas Brunner", "said parent Amir Qasim".
/// The name must have two words or more, so that an ordinary phrase ("said last week
/// Trump…") is not read as a role. `base` is the byte offset of `i` in the document.
pub fn open_role(i: &str, base: usize) -> Option<(&str, Found)> {
    let mut r = i;
    let mut lower = false;
    // (An "and" inside an organisation's name is not one of the four words.)
    let mut ands = 0;
    // (Whether the word before was the "of" inside a role.)
    let mut after_of = false;
    // (An article that opens the phrase is not one of them either: "said a Red Cross
    // volunteer Husein Klicic".)
    let mut article = 0;
    // (An office's field after "for" adds up to three words of its own: "said its deputy
    // managing director for financial supervision Lian Mei Tor".)
    let mut field = 0;
    // (An owner before the role: a possessive determiner, or a noun's possessive after the
    // article.)
    let mut owner = 0;
    // (The word before, a role noun or not.)
    let mut after_role = false;
    for k in 0..10 {
        if k - ands - article - owner - field == 4 {
            return None;
        }
        // "said Rio de Janeiro-born striker Tomas Adeyemi", "said U.S.-born forward Dana
        // Pell": a place and its participle of origin are one word of the role, the place's
        // particles and stops included.
        if r.starts_with(char::is_uppercase) {
            if let Some(r2) = origin(r) {
                lower = true;
                if let Some(found) = role_then_name(i, base, base, r2, lower, article == 1) {
                    return Some(found);
                }
                r = r2;
                continue;
            }
        }
        let (mut r1, mut w) = word(r).ok()?;
        if k == 0 && matches!(w, "a" | "an" | "the") {
            r = gap(r1).ok()?.0;
            article = 1;
            continue;
        }
        // An owner's determiner, not counted either: "said its deputy managing director for
        // financial supervision Lian Mei Tor", "said their coach Ana Duarte".
        if k == 0 && is_possessive_determiner(w) {
            r = gap(r1).ok()?.0;
            owner = 1;
            continue;
        }
        // And an owner in lower case after the article: "said the bank’s head of retail Ana
        // Duarte".
        let owned = k == 1
            && article == 1
            && (w.ends_with("’s") || w.ends_with("'s"))
            && !is_capitalized(w)
            && w.len() > 3;
        if owned {
            r = gap(r1).ok()?.0;
            owner = 1;
            lower = true;
            continue;
        }
        // "9/11 widow", "24/7 nurse": a slash between digits joins one word of the role.
        while let Some(rest) = r1.strip_prefix('/') {
            let (r2, _) = word(rest).ok()?;
            w = &r[..r.len() - r2.len()];
            r1 = r2;
        }
        // "said Florida’s Rick Wilson", "said Trump’s running mate Mike Pence": an owner
        // opening the phrase modifies the name that follows as a role word does.
        if k == 0 && is_capitalized(w) && is_possessive(w) {
            let (r2, g) = gap(r1).ok()?;
            if g.is_empty() {
                return None;
            }
            lower = true;
            // (An owner alone is no role: the mention starts at the name.)
            let name_at = base + i.len() - r2.len();
            if let Some(found) = role_then_name(i, base, name_at, r2, lower, article == 1) {
                return Some(found);
            }
            r = r2;
            continue;
        }
        // "said master of ceremonies Asab Al-Tabchi", "director of communications Jo Ruiz":
        // "of" inside a role, between two of its words (not before a determiner).
        // (Not after a plural, a group: "said residents of New York City", "friends of Prime
        // Minister Boris Johnson"; and the role goes on in lower case after it.)
        // (And "for" after a role noun, once: "director for financial supervision".)
        let office_for = w == "for" && after_role && field == 0;
        if k > 0 && lower && (w == "of" || office_for) {
            let (r2, _) = gap(r1).ok()?;
            let plural = i[..i.len() - r.len()].trim_end().ends_with('s');
            if plural || !r2.starts_with(char::is_lowercase) || determiner(r2).is_ok() {
                return None;
            }
            if office_for {
                field = 4;
            }
            r = r2;
            after_of = true;
            continue;
        }
        // "said Fish and Game deputy commissioner Craig Fleener": one "and" between two
        // capitalised words, an organisation's name, before the role goes on in lower case.
        if k > 0 && !lower && ands == 0 && w == "and" {
            let (r2, _) = gap(r1).ok()?;
            if !r2.starts_with(char::is_uppercase) {
                return None;
            }
            ands = 1;
            r = r2;
            continue;
        }
        let f = memo::flags(w);
        // (After "of" a cue's word is a noun: "said secretary of state Hillary Clinton".)
        let noun = std::mem::take(&mut after_of);
        if f.exact & (flag::PRONOUN | flag::AUXILIARY) != 0
            || !noun && (f.is_cue() || f.is_framing())
            || is_connector(w)
            || determiner(w).is_ok_and(|(rest, _)| rest.is_empty())
            || LEXICON.is_preposition(w)
            || matches!(
                w,
                "and" | "or" | "but" | "that" | "who" | "which" | "as" | "when" | "while" | "if"
            )
            || !w
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '/')
            || w.ends_with("ly")
        {
            return None;
        }
        after_role = !is_capitalized(w) && f.role().is_some();
        // (A field names a domain, not a person: in "said a lawyer for defendant Tom Reed"
        // the words after "for" are the client's, who does not speak. No role noun in it,
        // and the name only after a word of a domain's shape.)
        if field > 0 && after_role {
            return None;
        }
        let domain = field == 0 || is_domain_noun(w);
        lower |= !is_capitalized(w);
        // "said Qantas chief executive, Alan Joyce.": a role with no article or owner, set
        // off by a comma from its holder's name, which ends the clause (a stray space before
        // its stop too: "Alan Joyce .").
        if after_role && article == 0 && owner == 0 && field == 0 {
            if let Some(r2) = r1.strip_prefix(", ") {
                let found = role_then_name(i, base, base, r2, lower, false);
                if let Some((rest, found)) = found {
                    if ends_clause(rest.trim_start_matches(' ')) {
                        return Some((rest, found));
                    }
                }
            }
        }
        let (r2, g) = gap(r1).ok()?;
        if g.is_empty() {
            return None;
        }
        // (And the name right after it: "for opposition leader Tom Reed" is the leader's
        // spokesman, not Tom Reed.)
        if !domain || field > 0 && !r2.starts_with(char::is_uppercase) {
            r = r2;
            continue;
        }
        if let Some(found) = role_then_name(i, base, base, r2, lower, article == 1) {
            return Some(found);
        }
        r = r2;
    }
    None
}

/// Is `w`, the last word of an office's field after "for", a noun of a domain of work, by its
/// shape: a plural that is no role noun's ("consumer affairs", "human rights", "emerging
/// markets") or a noun of an abstract ending ("financial supervision", "retail banking",
/// "trade development", "public finance")? A person's noun ends otherwise ("defendant",
/// "striker", "suspect"), so "said a lawyer for defendant Tom Reed" is no office's.
fn is_domain_noun(w: &str) -> bool {
    let plural = w.ends_with('s') && !w.ends_with("ss") && memo::flags(w).role().is_none();
    plural
        || [
            "tion", "sion", "ment", "ance", "ence", "ics", "ism", "ing", "ure",
        ]
        .iter()
        .any(|e| w.ends_with(e))
}

/// The name that ends an [`open_role`] of `i` (which starts at `base`), once a role word is
/// read (`lower`) and `r` is what follows it: a [`titled_name`] of two words or more. The
/// mention starts at `start`.
fn role_then_name<'a>(
    i: &'a str,
    base: usize,
    start: usize,
    r: &'a str,
    lower: bool,
    article: bool,
) -> Option<(&'a str, Found)> {
    if !lower {
        return None;
    }
    let (rest, head) = titled_name(r).ok()?;
    let name = &r[head.clone()];
    // (After an article, a name that ends its clause: in "said a neighbour Tom Reed had
    // known for 20 years" the name is a relative clause's subject.)
    if article && !ends_clause(rest) {
        return None;
    }
    // (Or a given name that a nickname joins to its surname: "said boxer Kofi “Pacman”
    // Mensah".)
    let whole = name.contains(' ') || nickname_follows(rest);
    if whole && !name.ends_with("’s") && !name.ends_with("'s") {
        let at = |x: &str| base + i.len() - x.len();
        return Some((rest, name_found(start, at(rest), at(r), head)));
    }
    None
}

/// Does `rest`, what follows a word or a name, end its clause: nothing, a mark that ends or
/// sets off a clause, or the end of its paragraph (a line break: "“…” Said Dr Tomas Byaru"
/// with no full stop)?
pub(crate) fn ends_clause(rest: &str) -> bool {
    rest.is_empty() || rest.starts_with([',', '.', ';', ':', '!', '?', ')', '\n', '\r'])
}

/// `open_description = determiner , gap , { word , gap } (: up to eight, lower case or capitalised, "of" and "and" inside, "for" after a title, no cue, pronoun, auxiliary or punctuation) , word (: lower case, or any after an office's "for" or "of", ending the clause) , [ gap , ( "in" | "from" | "at" ) , { gap , word } (: after a head in lower case, capitalised words, "the", "of" and "and": the place the person is in or from, after a cue, "said a marketer in Mombasa, who …", and a state or country set off by commas after it, fixture `descriptions-placed-after-cues`) ] ;`
///
/// A description that no list of role nouns covers, after an inverted cue: "said one Trump
/// confidant.", "said one of two witnesses who relayed the story", "said a longtime
/// resident,". It must end its clause (punctuation, "who", or the end of the text), so that
/// "said the plan would fail" is not read as a speaker. `base` is the byte offset of `i`.
pub fn open_description(i: &str, base: usize) -> Option<(&str, Found)> {
    open_description_of(i, base, false)
}

/// [`open_description`] whose head in lower case may be followed by the body or place the
/// person belongs to, "of" and capitalised words: "the editor of the Daily Monitor", "the
/// commissioner of Sylhet". Read after a cue, where the name set off after it is the
/// speaker's ("said the editor of the Daily Monitor, Charles Otim,").
pub fn open_description_with_body(i: &str, base: usize) -> Option<(&str, Found)> {
    open_description_of(i, base, true)
}

/// [`open_description`], past a body after "of" where `with_body`.
fn open_description_of(i: &str, base: usize, with_body: bool) -> Option<(&str, Found)> {
    let at = |r: &str| base + i.len() - r.len();
    let (mut r, _) = determiner(i).ok()?;
    let mut head: Option<(Range<usize>, &str)> = None;
    // An office: a title, then "for" or "of" ("the NDP MP for Hamilton Centre", "the
    // Minister of Northern Development"), which may end in a capitalised name.
    let mut office = false;
    let mut title_before = false;
    // (Past its head in lower case, the body or place the person belongs to, where
    // `with_body`: "the editor of the Daily Monitor", whose capitalised words are no head.)
    let mut complement = false;
    for _ in 0..9 {
        // (A place's state or country set off by commas after it: "a woman in Worcester,
        // Massachusetts, told him".)
        if complement {
            if let Some(after) = r.strip_prefix(", ").and_then(|a| {
                let (a, w) = word(a).ok()?;
                (is_capitalized(w) && a.starts_with(',')).then_some(a)
            }) {
                r = after;
                break;
            }
        }
        let (r1, g) = gap(r).ok()?;
        if g.is_empty() {
            break;
        }
        let Ok((r2, w)) = word(r1) else { break };
        let f = memo::flags(w);
        if matches!(w, "who" | "whose" | "which") {
            break;
        }
        if complement {
            if !(is_capitalized(w) || matches!(w, "the" | "of" | "and")) {
                return None;
            }
            r = r2;
            continue;
        }
        // (Or, past a head in lower case, the place the person is in or from, in capitals:
        // "said a marketer in Nairobi, who blamed the provider". Not in an appositive's role,
        // which stops before it: "Tom Reese, a conservative blogger in Chicago, said".)
        let place = matches!(w, "in" | "from" | "at");
        if with_body
            && (w == "of" || place)
            && !office
            && head
                .as_ref()
                .is_some_and(|(_, h)| h.starts_with(char::is_lowercase))
            && (gap, word).parse(r2).is_ok_and(|(_, (_, n))| {
                if place {
                    is_capitalized(n) && !LEXICON.is_pronoun(n)
                } else {
                    n == "the" || is_capitalized(n)
                }
            })
        {
            complement = true;
            r = r2;
            continue;
        }
        let link = title_before && matches!(w, "for" | "of");
        office |= link;
        if f.exact & (flag::PRONOUN | flag::AUXILIARY) != 0
            || f.is_cue()
            || f.is_framing()
            || w.ends_with("ly")
            || !w
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '’' | '\''))
                && !is_possessive(w)
            || (LEXICON.is_preposition(w) && w != "of" && !link)
        {
            return None;
        }
        title_before = f.exact & flag::TITLE != 0;
        // (The office's title stays the head: "MP" in "the NDP MP for Hamilton Centre".)
        if !office {
            head = (!matches!(w, "of" | "and")).then(|| (at(r1)..at(r2), w));
        } else if !is_capitalized(w) && !link && w != "the" {
            return None;
        }
        r = r2;
    }
    let (head, w) = head?;
    let ends_clause = r.trim_start_matches([' ', '\u{a0}']).is_empty()
        || r.starts_with([',', '.', ';', ':', '!', '?', ')', '—', '–'])
        || (gap, word)
            .parse(r)
            .is_ok_and(|(_, (_, n))| matches!(n, "who" | "whose" | "which"));
    if !ends_clause || !(office || w.starts_with(char::is_lowercase)) {
        return None;
    }
    let kind = role_of(w).unwrap_or(RoleKind::Person);
    Some((
        r,
        Found {
            span: base..at(r),
            head,
            kind: MentionKind::Description(kind),
        },
    ))
}

/// Does `r` open with a comma, then a person's name (its titles too) and another comma: ",
/// Niamh Gallagher," set off after a description?
fn name_then_comma_after(r: &str) -> bool {
    let Some(n) = r.strip_prefix(", ") else {
        return false;
    };
    // (Or after a role no list names: "…, senior advocate Arvind Menon,".)
    let after = if n.starts_with(char::is_uppercase) {
        titled_name(n).ok().map(|(after, _)| after)
    } else {
        open_role(n, 0).map(|(after, _)| after)
    };
    // (Past a label: "…, Emeka Obi-Nnadi (SAN),".)
    after
        .and_then(|a| opt(party_label).parse(a).ok())
        .is_some_and(|(a, _)| a.starts_with(','))
}

/// The words that open a [`complement`]: "for", "of", "at", "with".
pub fn is_complement_link(w: &str) -> bool {
    matches!(w, "for" | "of" | "at" | "with" | "from")
}

/// `complement = gap , ( "for" | "of" | "at" | "with" | "from" ) , gap , ( [ "the" , gap ] , titled_name , [ { gap , word } (: after "the", one to three in lower case, the noun the name modifies, before a cue) ] | "the" , gap , word (: lower case, ending the clause) | [ "the" , gap ] , classed_name (: after a person's name) | description | bare_field | open_description ) ;`
///
/// The object is read without a complement of its own, and a mention takes at most
/// [`MAX_COMPLEMENTS`] links in a row ("a spokesman for the campaign of the senator"): a chain
/// of "of" and "for" as long as a hostile text likes is neither recursion nor quadratic work.
pub fn complement(i: &str) -> Option<(&str, ())> {
    complement_with(i, true)
}

/// [`complement`]; `plain`: whether its object may be a noun no list names after its
/// determiner (`open_description`), as after a description's noun ("a lawmaker from the
/// opposition"), not after a name's "of" ("Jane Orr of the film").
fn complement_with(i: &str, plain: bool) -> Option<(&str, ())> {
    // (Whole words: "often", "former", "attorney" hold no "of", "for" or "at".)
    let (r, _) = (gap, verify(word, is_complement_link), gap).parse(i).ok()?;
    // "the White House", "The Crisis Group": an organisation's name after "the".
    let the = (verify(word, |w: &str| w == "the" || w == "The"), gap)
        .parse(r)
        .ok()
        .map(|(r2, _)| r2);
    if let Some((r3, _)) = the.and_then(|r2| titled_name(r2).ok()) {
        // (And the lower-case noun the name modifies, a body's or a place's, right before a
        // cue: "Chief Mandlenkosi Dlamini of the Ngwenyameni chiefdom told", "Tom Bell of
        // the Kaneshie assembly said".)
        // (One to three such words: "of the Siteki parents' association said".)
        let plain_noun = |w: &str| {
            let bare = strip_possessive(w);
            !bare.is_empty() && bare.bytes().all(|b| b.is_ascii_lowercase()) && {
                let f = memo::flags(bare);
                !f.is_cue()
                    && f.exact & (flag::PREPOSITION | flag::PRONOUN | flag::AUXILIARY) == 0
                    && !matches!(bare, "and" | "or" | "but" | "who" | "which" | "that")
            }
        };
        let mut end = None;
        let mut r4 = r3;
        for _ in 0..3 {
            match (gap, word).parse(r4) {
                Ok((r5, (g, w))) if !g.is_empty() && plain_noun(w) => {
                    // (Past the mark of a plural's possessive: "parents' association".)
                    let r5 = r5
                        .strip_prefix(['\'', '’'])
                        .filter(|r| r.starts_with(' '))
                        .unwrap_or(r5);
                    r4 = r5;
                    let cue_next = (gap, word)
                        .parse(r5)
                        .is_ok_and(|(_, (g2, v))| !g2.is_empty() && memo::flags(v).is_cue());
                    if cue_next {
                        end = Some(r5);
                        break;
                    }
                }
                _ => break,
            }
        }
        return Some((end.unwrap_or(r3), ()));
    }
    // ("for the accused,", "of the deceased.": one lower-case word after "the" that ends
    // the clause names people, whichever word it is, a participle that is a cue's form too.)
    if let Some((r3, _)) = the.and_then(|r2| word(r2).ok()).filter(|(r3, w)| {
        w.starts_with(|c: char| c.is_ascii_lowercase())
            && r3.starts_with([',', '.', ';'])
            && !LEXICON.is_pronoun(w)
            && !LEXICON.is_auxiliary(w)
    }) {
        return Some((r3, ()));
    }
    if let Ok((r2, _)) = titled_name(r) {
        return Some((r2, ()));
    }
    // (After a person's name, a body's name that lower-case nouns class: "Philip Dorgan of
    // brokers Panmure said", "Ann Lee of the investment bank Halden".)
    if !plain {
        if let Some(r2) = classed_name(the.unwrap_or(r)) {
            return Some((r2, ()));
        }
    }
    description(r)
        .ok()
        .map(|(r2, _)| (r2, ()))
        .or_else(|| bare_field(r).map(|r2| (r2, ())))
        // ("a lawmaker from the opposition,", "a resident of the area,": a noun no list
        // names, after its determiner, ending the clause.)
        .or_else(|| {
            plain
                .then(|| open_description(r, 0).map(|(r2, _)| (r2, ())))
                .flatten()
        })
}

/// `classed_name = noun , { gap , noun } (: one to three lower-case words) , gap , titled_name ;`
///
/// A body's name after the lower-case nouns that class it, as an affiliation after a
/// person's name writes it: "brokers Panmure", "investment bank Halden" (its "the" read
/// before). The nouns are no cue, preposition, determiner, pronoun or conjunction.
fn classed_name(i: &str) -> Option<&str> {
    let mut r = i;
    for n in 0..3 {
        let start = if n == 0 { r } else { gap(r).ok()?.0 };
        let (r2, w) = word(start).ok()?;
        if w.starts_with(|c: char| c.is_ascii_uppercase()) && n > 0 {
            break;
        }
        let f = memo::flags(w);
        if !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            || f.is_cue()
            || f.exact & flag::PREPOSITION != 0
            || is_definite_or_indefinite(w)
            || LEXICON.is_pronoun(w)
            || matches!(w, "and" | "or" | "who" | "that" | "which")
        {
            return None;
        }
        r = r2;
    }
    let (r2, _) = gap(r).ok()?;
    titled_name(r2).ok().map(|(r3, _)| r3)
}

/// A field named by one to three lower-case nouns with no determiner, which another
/// complement or a comma follows: "of village development" in "The director general of
/// village development at the Ministry of Settlement, Soenarno, said".
fn bare_field(i: &str) -> Option<&str> {
    let mut r = i;
    let mut n = 0;
    while n < 3 {
        let start = if n == 0 { r } else { gap(r).ok()?.0 };
        let Ok((r2, w)) = word(start) else { break };
        let f = memo::flags(w);
        // (The prepositions hold the complement's own links, and the cues "said".)
        if !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            || f.is_cue()
            || f.exact & flag::PREPOSITION != 0
            || is_definite_or_indefinite(w)
            || matches!(w, "and" | "or" | "who" | "that" | "which")
        {
            break;
        }
        r = r2;
        n += 1;
    }
    if n == 0 {
        return None;
    }
    let next_link = gap(r)
        .ok()
        .and_then(|(r2, _)| word(r2).ok())
        .is_some_and(|(_, w)| is_complement_link(w));
    (r.starts_with(',') || next_link).then_some(r)
}

/// How many complements in a row a mention takes.
pub const MAX_COMPLEMENTS: usize = 3;

/// [`complement`], up to [`MAX_COMPLEMENTS`] times in a row; what follows the last.
pub fn complements(i: &str) -> &str {
    complements_with(i, true)
}

/// `participle_complement = gap , participle (: a lower-case word in "-ing" that is no cue) , gap , [ "the" , gap ] , titled_name ;`
///
/// What a participle after a person's role noun governs: "a lawyer *representing Grace
/// Njeri*", "an official *overseeing the Kisumu Port* project". The name is the participle's
/// object, never the one who speaks ([`mention`] reads it after a description only).
pub fn participle_complement(i: &str) -> Option<(&str, ())> {
    let is_participle = |w: &str| {
        w.len() > 5
            && w.ends_with("ing")
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !memo::flags(w).is_cue()
    };
    let (r, _) = (gap, verify(word, is_participle), gap).parse(i).ok()?;
    let r = (verify(word, |w: &str| w == "the"), gap)
        .parse(r)
        .map_or(r, |(r2, _)| r2);
    let (rest, _) = titled_name(r).ok()?;
    Some((rest, ()))
}

/// [`complements`], with `plain` as in [`complement_with`].
fn complements_with(i: &str, plain: bool) -> &str {
    let mut r = i;
    for _ in 0..MAX_COMPLEMENTS {
        match complement_with(r, plain) {
            Some((r2, _)) => r = r2,
            None => break,
        }
    }
    r
}

/// A name without a trailing possessive ("Trump’s" → "Trump").
#[inline]
pub fn strip_possessive(w: &str) -> &str {
    // (Each suffix ends with "s", "'" or the last byte of "’": a word that ends with none of
    // them, most words asked, has none, told from its last byte, inline: the registry asks
    // this of every capitalised word of an article and of every name it reads.)
    if !matches!(w.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
        return w;
    }
    strip_possessive_read(w)
}

/// [`strip_possessive`] of a word that may end with one.
fn strip_possessive_read(w: &str) -> &str {
    // `trim_end_matches` with a string pattern builds a substring searcher per call; these
    // loops strip the same suffixes, as often as they repeat, by comparing bytes.
    let mut w = w;
    while let Some(s) = w.strip_suffix("’s") {
        w = s;
    }
    while let Some(s) = w.strip_suffix("'s") {
        w = s;
    }
    w.trim_end_matches(['’', '\''])
}

/// What follows an ampersand that joins two capitalised words of one name, where `r`, what
/// follows the word before it and its gap, opens with one: "Spencer" of "& Spencer".
fn after_ampersand(r: &str) -> Option<&str> {
    r.strip_prefix("& ")
        .filter(|r| r.starts_with(char::is_uppercase))
}

/// Does a name name an organisation? (A word of organizations.txt, or an acronym, its digits
/// too.)
pub fn is_organization(name: &str) -> bool {
    // (Two names joined by an ampersand are a firm's: "Marks & Spencer".)
    if memchr::memmem::find(name.as_bytes(), b" & ").is_some() {
        return true;
    }
    // (An ASCII name, most of them, is split at its ASCII whitespace byte by byte: the
    // registry asks this of every name it has not recorded under its full form.)
    let has_word = if name.is_ascii() {
        let b = name.as_bytes();
        let space = |i: usize| matches!(b[i], b'\t'..=b'\r' | b' ');
        let mut i = 0;
        let mut found = false;
        while i < b.len() && !found {
            while i < b.len() && space(i) {
                i += 1;
            }
            let start = i;
            while i < b.len() && !space(i) {
                i += 1;
            }
            // (Or an aim, "Reporters Without Borders": see
            // `is_aim_preposition`.)
            found = start < i && {
                let w = &name[start..i];
                LEXICON.is_organization_word(w) || start > 0 && is_aim_preposition(w)
            };
        }
        found
    } else {
        name.split_ws()
            .enumerate()
            .any(|(k, w)| LEXICON.is_organization_word(w) || k > 0 && is_aim_preposition(w))
    };
    has_word
        // (Digits too, as no person's name is written: "K44", "G20".)
        || (name.len() >= 2
            && name.len() <= 6
            && name.starts_with(char::is_uppercase)
            && name
                .chars()
                .all(|c| c.is_uppercase() || c == '.' || c.is_ascii_digit()))
        // (A bill a field names, "the draconian Finance Bill": a law, no person called Bill;
        // told from the bytes first, as this is asked of every name.)
        || (name.ends_with(" Bill")
            && name
                .rsplit(' ')
                .nth(1)
                .is_some_and(|w| is_field_word(w) && !is_given_name(w)))
        // (An acronym with the letter of "of" or "for" inside, "BoG" for the Bank of Ghana,
        // "DfE", "MoD": it ends with a capital, as no one's name does.)
        || (name.len() >= 3
            && name.len() <= 6
            && name.starts_with(|c: char| c.is_ascii_uppercase())
            && name.ends_with(|c: char| c.is_ascii_uppercase())
            && name
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b == b'o' || b == b'f'))
        // A saint's name opens the name of a church, a school, a club or a town, not a
        // person's: "St Joseph's", "St. Mary's Hospital", "Saint Lucia".
        || ["St ", "St. ", "Saint "]
            .iter()
            .any(|p| name.starts_with(p) && name.len() > p.len())
        || is_web_name(name)
        || is_brand_name(name)
        || plural_body_before_field(name)
}

/// Does `name` open with an organisation's noun in the plural before its field, "Centers for
/// Disease Control and Prevention", "Chambers of Commerce", or people in the plural before
/// their aim, "Farmers Against the Pipeline"? (Not the plural alone, which is as often a
/// surname: "Tom Chambers".)
fn plural_body_before_field(name: &str) -> bool {
    // (Told from the byte before the first space first: this is asked of every name the
    // registry has not recorded, and most first words end otherwise.)
    let b = name.as_bytes();
    let Some(space) = memchr::memchr(b' ', b) else {
        return false;
    };
    if space <= 4 || b[space - 1] != b's' {
        return false;
    }
    let first = &name[..space];
    let link = name[space + 1..].split(' ').next().unwrap_or("");
    matches!(link, "for" | "of") && LEXICON.is_organization_word(&first[..first.len() - 1])
        // (Or people in the plural before their aim: "Farmers Against the Pipeline".)
        || matches!(link, "Against" | "Without") && memo::flags(first).is_plural_role()
}

/// Is `name` an organisation's acronym and the place or part of it that it serves, "NHS
/// Suffolk", "UNICEF Ghana", "BBC Scotland": three to six capitals, then one capitalised word
/// that is no title and no given name? (Not a person of the organisation, "BSF Ajmal Singh";
/// nor a given name written in capitals, "JOHN Smith"; nor an office's acronym before its
/// holder, "CAO Bob Beck". The registry asks it only of a name that does not open a
/// paragraph: a story's lede writes its first words in capitals, "TOM Hale has quit".)
pub(crate) fn acronym_before_branch(name: &str) -> bool {
    // (Told from the first three bytes first: the registry asks this of every name it
    // records, and most open with a word in title case, not capitals.)
    let b = name.as_bytes();
    if b.len() < 5 || !b[..3].iter().all(u8::is_ascii_uppercase) {
        return false;
    }
    let Some((first, rest)) = name.split_once(' ') else {
        return false;
    };
    (3..=6).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_uppercase())
        && !rest.is_empty()
        && !rest.contains(' ')
        && rest.split_ws().all(|w| {
            is_capitalized(w)
                && w.chars().nth(1).is_some_and(char::is_lowercase)
                && !is_given_name(w)
                && memo::flags(w).exact & flag::TITLE == 0
        })
        && {
            let mut titled = first[..1].to_string();
            titled.push_str(&first[1..].to_ascii_lowercase());
            !is_given_name(&titled)
        }
}

/// Is `name` one word written as a brand is, two capitalised words run together, the first
/// of three letters or more: "YouTube", "TikTok", "WhatsApp", "PayPal", "BlackRock"? A
/// company's or a product's name, never a person's. (Not a surname's prefix, whose capital
/// inside the word is a name's: "McDonald", "MacArthur", "DeSantis", "LaToya", "DelBene",
/// "VanderMeer", "FitzGerald", "O'Neal"; the prefixes of two letters are all a person's.)
pub(crate) fn is_brand_name(name: &str) -> bool {
    let b = name.as_bytes();
    if b.len() < 5 || !b[0].is_ascii_uppercase() || !b.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    let Some(inner) =
        (3..b.len() - 1).find(|&i| b[i].is_ascii_uppercase() && b[i - 1].is_ascii_lowercase())
    else {
        return false;
    };
    let prefix = &name[..inner];
    b[1..inner].iter().all(u8::is_ascii_lowercase)
        && b[inner + 1].is_ascii_lowercase()
        && !matches!(
            prefix,
            "Mac"
                | "Van"
                | "Vander"
                | "Vanden"
                | "Vande"
                | "Von"
                | "Fitz"
                | "Del"
                | "Dal"
                | "Della"
                | "Des"
                | "Ten"
                | "Ter"
                | "Abu"
                | "Ben"
                | "Bin"
                | "Dela"
                | "Dos"
                | "Dalla"
                | "Ver"
                | "Abdul"
                | "Abdel"
                | "Bar"
                | "San"
        )
}

/// Is `name` written as a web address, a capitalised word, a dot and two to six lower-case
/// letters ("Booking.com", "Char.gy", "Amazon.co.uk")? A company's name, never a person's.
pub(crate) fn is_web_name(name: &str) -> bool {
    // (The ending read from the last bytes: most names end in a letter with no dot in the six
    // bytes before it, or with a space between, "Mr. Trump".)
    // (Counted no further than seven: an ending of more letters is none, and most names end
    // in a word of small letters, counted to its capital.)
    let b = name.as_bytes();
    let ending = b
        .iter()
        .rev()
        .take(7)
        .take_while(|c| c.is_ascii_lowercase())
        .count();
    if !(2..=6).contains(&ending) || b.len() <= ending || b[b.len() - ending - 1] != b'.' {
        return false;
    }
    let body = &name[..name.len() - ending - 1];
    body.len() > 1
        && !body.contains(' ')
        && body.starts_with(char::is_uppercase)
        && body
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
        && body.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_names_are_companies_not_abbreviations() {
        for (name, web) in [
            ("Booking.com", true),
            ("Char.gy", true),
            ("Amazon.co.uk", true),
            ("DailyMirror.lk", true),
            ("U.S.", false),
            ("St.Louis", false),
            ("Mr.Smith", false),
            ("Jan.31", false),
            ("Booking", false),
            ("A.com", false),
            ("Joe Biden.com", false),
        ] {
            assert_eq!(is_web_name(name), web, "{name}");
            if web {
                assert!(is_organization(name), "{name}");
            }
        }
    }

    /// The tokens read `titled_name` as the parse does wherever they tell, at a word of any
    /// case and for any end of the slice.
    #[test]
    fn titled_names_read_from_tokens_are_parsed_names() {
        use crate::extract::text::paragraphs;
        for t in [
            "former Secretary of State Hillary Clinton said. White House press secretary Sean \
             Spicer’s remarks, Rep. Jim Clyburn (D-S.C.) and Mexican President Claudia Sheinbaum \
             told the Minister for Communications Ravi Menon.",
            "the late John Smith Jr., campaign manager Ann Lee of Ohio, No. 5 Maj. G.K. Stafani, \
             Trump's aide Van der Berg and Ursula von der Leyen said: “Yes,” Élysée staff said.",
        ] {
            let doc = Tokens::new(t, &paragraphs(t));
            let bounds: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            for (k, tok) in doc.tokens().iter().enumerate() {
                for &end in bounds.iter().filter(|&&e| e > tok.start) {
                    let i = &t[tok.start..end];
                    let parsed = titled_name_parse(i)
                        .ok()
                        .map(|(r, h)| (end - r.len(), tok.start + h.start..tok.start + h.end));
                    match titled_from_tokens(t, &doc, k, end) {
                        TokenTitled::Name { end: e, head } => {
                            assert_eq!(Some((e, head..e)), parsed, "{i:?}")
                        }
                        TokenTitled::NoName => assert_eq!(None, parsed, "{i:?}"),
                        TokenTitled::Unknown => {}
                    }
                }
            }
        }
    }

    /// A chain of complements as long as a text likes ("the aide for the aide for …", "Ann
    /// Lee of Bob Ray of …") is read in a bounded number of links: no recursion to overflow
    /// the stack (which 20,000 links did before), and the mention stops after a few links.
    #[test]
    fn long_chains_of_complements_are_read_a_few_links_deep() {
        let aides = format!("the aide{} said", " for the aide".repeat(20_000));
        let (rest, m) = mention(&aides, 0).expect("a description");
        assert!(m.span.end < 100, "{:?}", m.span);
        assert!(rest.len() > aides.len() - 100);
        let people = format!("Ann Lee{} said", " of Bob Ray".repeat(20_000));
        let (_, m) = mention(&people, 0).expect("a name");
        assert!(m.span.end < 100, "{:?}", m.span);
        let found = crate::extract::extract(&format!("{people}, \"x\"\n\n\"x,\" {people}."));
        assert_eq!(found.quotes.len(), 2);
    }

    /// The determiners are told as the lower case of the word tells them, whatever its case
    /// and characters.
    #[test]
    fn determiners_are_told_by_their_lower_case() {
        let listed = [
            "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my",
        ];
        let indefinite = [
            "a", "an", "one", "another", "some", "several", "many", "other", "both",
        ];
        for w in [
            "the",
            "The",
            "THE",
            "tHe",
            "a",
            "A",
            "An",
            "aN",
            "Another",
            "SEVERAL",
            "several",
            "Those",
            "thes",
            "thesee",
            "mY",
            "our",
            "Ours",
            "\u{212a}",
            "þe",
            "İts",
            "anothers",
            "Trump’s",
            "Trump's",
            "trump's",
            "",
            "x",
            "Both",
            "OTHER",
            "others",
            "Others",
            "ONE",
            "MaNy",
            "\u{212a}ne",
        ] {
            let lower = w.to_lowercase();
            let want_indefinite = indefinite.contains(&lower.as_str());
            assert_eq!(is_indefinite_determiner(w), want_indefinite, "{w}");
            let want = listed.contains(&lower.as_str()) || want_indefinite || is_possessive(w);
            let text = format!("{w} aide");
            assert_eq!(determiner(&text).is_ok(), want && !w.is_empty(), "{w}");
            if want && !w.is_empty() {
                assert_eq!(determiner(&text), Ok((" aide", w)), "{w}");
            }
            let alone = ["another", "one", "others", "some", "many"].contains(&lower.as_str());
            for after in [" said", ",", " aide"] {
                let text = format!("{w}{after}");
                let want = alone && after != " aide";
                assert_eq!(super::indefinite(&text).is_ok(), want, "{text}");
            }
        }
    }

    /// An organisation's name is told the same whatever its whitespace and characters.
    #[test]
    fn organizations_are_told_by_their_words() {
        let slow = |name: &str| {
            name.split_whitespace()
                .any(|w| LEXICON.is_organization_word(w))
                || (name.len() >= 2
                    && name.len() <= 6
                    && name.chars().all(|c| c.is_uppercase() || c == '.'))
        };
        for name in [
            "",
            " ",
            "Smith",
            "Crisis Group",
            "  Crisis\tGroup ",
            "Group",
            "group",
            "NATO",
            "U.N.",
            "Bank of Arroyo",
            "Bank\u{a0}of Arroyo",
            "Ministry",
            "Élysée Palace",
            "The\nCommittee",
            "Northwind\x0bEnergy",
            "x  Committee  ",
            "AB",
            "A",
            "ABCDEFG",
        ] {
            assert_eq!(is_organization(name), slow(name), "{name:?}");
        }
    }

    /// An office's field of one word or more, then its holder's name of two words or more.
    #[test]
    fn an_office_runs_up_to_its_holders_name() {
        // (name with its titles, the head)
        let table = [
            ("Secretary of State John Kerry", "John Kerry"),
            (
                "Director of National Intelligence James Clapper",
                "James Clapper",
            ),
            (
                "Minister for Social Protection Regina Dolan",
                "Regina Dolan",
            ),
            (
                "Minister for Defence Pieter van der Berg",
                "Pieter van der Berg",
            ),
            (
                "Minister for Finance Michael H. Noonan",
                "Michael H. Noonan",
            ),
            (
                "Chairman of the Joint Chiefs of Staff Gen. Joseph Dunford",
                "Joseph Dunford",
            ),
            ("Speaker of the House Paul Ryan", "Paul Ryan"),
            (
                "Union Minister for Communications Ravi Shankar Menon",
                "Ravi Shankar Menon",
            ),
            (
                "Minister of State for Foreign Affairs Shahriar Alam",
                "Shahriar Alam",
            ),
            ("Minister for Health Jamal Khan", "Jamal Khan"),
            (
                "Minister for Higher Education Mary Mitchell O'Connor",
                "Mary Mitchell O'Connor",
            ),
            ("Secretary of Homeland Security Jeh Johnson", "Jeh Johnson"),
            (
                "Secretary of State for Northern Ireland Julian Smith",
                "Julian Smith",
            ),
        ];
        for (name, head) in table {
            assert_eq!(&name[title_prefix_len(name)..], head, "{name}");
        }
    }

    /// A name's titles are cut the same whether its words fit on the stack or not.
    #[test]
    fn titles_are_cut_from_names_of_any_length() {
        for n in [1, 15, 16, 17, 40] {
            let words: Vec<String> = (0..n).map(|k| format!("Name{k}")).collect();
            let name = format!("Mexican President {}", words.join(" "));
            assert_eq!(title_prefix_len(&name), "Mexican President ".len(), "{n}");
        }
    }
}
