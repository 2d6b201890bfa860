//! Attribution: the cue and the speaker's mention around each quotation.
//!
//! This is where a quotation is tied to words that name its speaker. The nom rules below
//! (each quoting its rule from `grammar/GRAMMAR.md`) recognise mentions ("Maj. Jaren
//! Stafani", "she", "the Mexican leader"), cues ("said", "told reporters", "according to") and
//! the patterns that join them to a quotation: after it (`"…," she said`), before it
//! (`Trump said, "…"`), inside it (a split quote), or at a distance (a quoted paragraph that
//! continues the previous one). The mention found here is resolved to a named person by
//! [`crate::extract::speaker`].
//!
//! Every rule looks at a window bounded by the quotation's sentence, so the work per
//! quotation is bounded and the whole pass stays linear in the document.

use crate::extract::lexicon::{flag, lowercase, Flags, Gender, PronounKind, RoleKind, LEXICON};
use crate::extract::mention::{
    acronym_after, ends_clause, is_agent_noun, is_given_name, is_holderless_office,
    is_name_particle, is_nickname, is_origin_compound, is_possessive_determiner,
    is_title_in_description, origin, takes_to_any_case,
};
use crate::extract::mention::{
    complements, description, determiner, gap, is_capitalised_office, is_capitalized,
    is_demonym_adjective, is_honorific, is_organization, is_people_in_ese, is_possessive,
    is_time_noun, memo, mention, name_word, open_description, open_description_with_body,
    open_role, party_label, possessive, role_of, strip_possessive, titled_name,
    titles_end_in_office_link, titles_hold_office_field, word, Found, MentionKind,
};
use crate::extract::model::{Cue, Mention, QuoteKind, Speaker};
use crate::extract::quote::RawQuote;
use crate::extract::speaker::{is_function_word, is_place_shaped, is_spokes_noun, Registry};
use crate::extract::text::{
    agency_dateline_len, capitalised, ends_sentence, floor_char, has_adverb_ending, is_furniture,
    is_opening_conjunction, numbering, opening_phrase_end, opens_subordinate_clause,
    opens_with_time_span, sentence_starts, trim_end_ascii, word_len, SplitWs, Word,
};
use crate::extract::token::Tokens;
use nom::{
    branch::alt,
    bytes::complete::{tag, tag_no_case},
    character::complete::{char, one_of},
    combinator::{opt, recognize, verify},
    IResult, Parser,
};
use std::ops::Range;

type R<'a, T> = IResult<&'a str, T>;

/// What the attribution rules decide for one quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub kind: QuoteKind,
    pub speaker: Speaker,
    pub cue: Option<Cue>,
}

/// Where the first of `,` `.` `"` `“` `”` `!` `?` `;` `(` `:` is in `s`, past any short
/// aside in parentheses ([`parenthesis_end`]) and any full stop that ends no sentence (an
/// abbreviation's or an initial's: [`ends_sentence`]), read a byte at a time rather than a character
/// at a time against ten (the curly marks are the only ones that are not ASCII, and their
/// lead byte is one no other byte of the text can be taken for).
fn find_phrase_end(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            // (A short aside in parentheses is part of the phrase: "Corning Incorporated’s
            // (NYSE: GLW) chairman", "a Democrat (D-N.C.)".)
            b'(' => match parenthesis_end(&b[i..]) {
                Some(n) => i += n,
                None => return Some(i),
            },
            // (A full stop that ends an abbreviation or an initial is part of the phrase:
            // "The Minister for Home Affairs, Mr. K. Shanmugam, said".)
            b'.' if !ends_sentence(s, i) => i += 1,
            b',' | b'.' | b'"' | b'!' | b'?' | b';' | b':' => return Some(i),
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x9C | 0x9D)) => {
                return Some(i)
            }
            _ => i += 1,
        }
    }
    None
}

/// The length of the aside in parentheses that `b` opens, its ")" included: forty-eight
/// bytes at most, with no parenthesis, quote mark, line break or full stop before a space
/// inside. `None` when it is no such aside.
fn parenthesis_end(b: &[u8]) -> Option<usize> {
    let window = b.get(1..b.len().min(48))?;
    let close = memchr::memchr(b')', window)?;
    let inside = &window[..close];
    let plain = !inside
        .iter()
        .any(|&c| matches!(c, b'(' | b'"' | b'\n' | b'\r'))
        && memchr::memmem::find(inside, b". ").is_none()
        && memchr::memmem::find(inside, "“".as_bytes()).is_none()
        && memchr::memmem::find(inside, "”".as_bytes()).is_none();
    plain.then_some(close + 2)
}

/// Does a phrase between commas open with a subject of its own, so that it is a clause and no
/// appositive: a personal pronoun, or a demonstrative before anything but an owner ("…
/// before the vote, this influences public opinion, said Guy Rubin"; not "Smith, this year's
/// winner, said")?
fn opens_own_clause(phrase: &str) -> bool {
    let mut ws = phrase.split_ws();
    match ws.next() {
        Some("it" | "he" | "she" | "they" | "we" | "I" | "there") => true,
        Some("this" | "that" | "these" | "those") => ws
            .next()
            .is_some_and(|w| strip_possessive(w).len() == w.len()),
        _ => false,
    }
}

/// `appositive = "," , gap , phrase , "," (: a phrase of at most twenty words with no quote mark or sentence end; an abbreviation's or an initial's full stop ends none) ;`
///
/// "Sanders, a Vermont senator, said"; "The Crisis Group, a think tank, warned".
pub fn appositive(i: &str) -> R<'_, &str> {
    let (r, _) = char(',').parse(i)?;
    let limit = r.len().min(200);
    let body = &r[..floor_char(r, limit)];
    match find_phrase_end(body) {
        Some(p)
            if body[p..].starts_with(',')
                && p > 0
                && body[..p].split_ws().nth(20).is_none()
                && !matches!(
                    body.split_ws().next(),
                    Some("and" | "or" | "but" | "then" | "so" | "while")
                )
                && !opens_own_clause(&body[..p]) =>
        {
            // "Anne Richards, assistant secretary of state for population, refugees, and
            // migration, said": where a cue does not follow the first comma, a later one that
            // a cue follows may close the phrase.
            let cue_after = |at: usize| gap(&body[at + 1..]).is_ok_and(|(a, _)| cue(a).is_ok());
            let mut end = p;
            // (Only a description runs on: "Observer, her senior policy adviser, Jake
            // Sullivan, said" and "Carson, Levine, who …, said" are two phrases.)
            // (An age first too: "Sakurai, 66, head of the Japan Association of Corporate
            // Executives, said".)
            let description = body[..p].split_ws().next().is_some_and(|w| {
                w.starts_with(char::is_lowercase)
                    && !matches!(w, "who" | "which" | "her" | "his" | "their")
                    || (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
            });
            // (Or an owner's role, whose list of offices goes on in lower case: "Weeks, Corning
            // Incorporated’s chairman, chief executive officer, and president, told …".)
            let owners_role = !description
                && (body[..p].contains("’s ") || body[..p].contains("'s "))
                && body[..p]
                    .split_ws()
                    .next_back()
                    .is_some_and(|w| w.starts_with(char::is_lowercase));
            if (description || owners_role) && !cue_after(p) {
                let mut k = p;
                for _ in 0..3 {
                    let Some(q) = find_phrase_end(&body[k + 1..]) else {
                        break;
                    };
                    // ("Smith, a lawyer, and Jones, a judge, said": a second speaker ends it;
                    // "population, refugees, and migration" is a list.)
                    let mut next = body[k + 1..].split_ws();
                    let first = next.next();
                    if owners_role && !first.is_some_and(|w| w.starts_with(char::is_lowercase)) {
                        break;
                    }
                    // (Nor past a title, which opens someone's name: "Berea, OH, after
                    // winning Ohio in the primary, Gov. John Kasich (R-OH), said" is his.)
                    if first.is_some_and(|w| is_capitalized(w) && LEXICON.is_title(w)) {
                        break;
                    }
                    let and = matches!(first, Some("and" | "or" | "but"))
                        && next.next().is_some_and(is_capitalized);
                    k += 1 + q;
                    if !body[k..].starts_with(',') || and || body[..k].split_ws().nth(25).is_some()
                    {
                        break;
                    }
                    if cue_after(k) {
                        end = k;
                        break;
                    }
                }
            }
            let consumed = 1 + end + 1;
            Ok((&i[consumed..], &i[..consumed]))
        }
        _ => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// `unclosed_appositive = "," , gap , ( "a" | "an" | role_noun | title | "the" (: or a capitalised word, before an owner's "’s" and a role noun, its cue ending the sentence) ) , { gap , word } (: up to twelve, no relative pronoun or sentence end) , (: before a cue in the past) ;`
///
/// A description set off by a comma that the writer did not close before the cue: "“…,”
/// Shah, president of the Bharatiya Janata Party (BJP) told the journalist." It runs up to
/// the first word that is a cue in the past ("said", "told"), which `speaker_cue` then reads.
fn unclosed_appositive(i: &str) -> Option<(&str, &str)> {
    let r = i.strip_prefix(',')?;
    let body = &r[..floor_char(r, r.len().min(160))];
    // (An acronym in parentheses belongs to the description: "(BJP)".)
    let end = body.find([',', '.', '"', '“', '”', '!', '?', ';', ':']);
    let phrase = &body[..end.unwrap_or(body.len())];
    let mut words = phrase.split_ws();
    let first = words.next()?;
    // (Not "the": "In an interview with Joe Scarborough and Mika Brzezinski, the Democratic
    // presidential candidate stated" is the sentence's own subject after an opening phrase.)
    // (But an owner's role may open with "the" or the owner's name, where its cue ends the
    // sentence, with two words after it at most, as after a quotation: "“…,” Tran Van Loc,
    // Veloria Rice Council's chairman added.", "…, the council's chairman added."; not "In an
    // interview with Joe Brisk and Mika Vell, the party's candidate stated: “…”", the
    // sentence's own subject.)
    let ends_sentence = end.is_some_and(|e| body[e..].starts_with('.'));
    let owners_role = || {
        ends_sentence && (first == "the" || first.starts_with(char::is_uppercase)) && {
            let ws = phrase.split_ws();
            ws.clone().zip(ws.skip(1)).take(8).any(|(owner, role)| {
                (owner.ends_with("’s") || owner.ends_with("'s"))
                    && role.starts_with(char::is_lowercase)
                    && (role_of(role).is_some() || LEXICON.is_title(role))
            })
        }
    };
    let described = matches!(first, "a" | "an")
        || first.starts_with(char::is_lowercase)
            && (role_of(first).is_some() || LEXICON.is_title(first));
    let owned = !described && owners_role();
    if !(described || owned) {
        return None;
    }
    for w in words.take(12) {
        if matches!(w, "who" | "which" | "that" | "whose" | "whom") {
            return None;
        }
        // (An owner's role, read for a cue near the sentence's end: one of the phrase's last
        // three words, "… chairman added.", "… secretary told reporters.")
        if owned
            && phrase[w.as_ptr() as usize - phrase.as_ptr() as usize..]
                .split_ws()
                .nth(3)
                .is_some()
        {
            continue;
        }
        if is_past_form(w) {
            let at = 1 + (w.as_ptr() as usize - r.as_ptr() as usize);
            return Some((&i[at..], &i[..at]));
        }
    }
    None
}

/// `auxiliary = word , (: in auxiliaries.txt, or ending in "ly") ;`
pub fn auxiliary(i: &str) -> R<'_, &str> {
    verify(word, |w: &str| {
        LEXICON.is_auxiliary(w) || (w.ends_with("ly") && w.len() > 4 && !is_capitalized(w))
    })
    .parse(i)
}

/// Cue verbs that still report speech when "to" follows them ("said to reporters",
/// "wrote to supporters"); any other cue followed by "to" ("will continue to be", "agreed to
/// pay") is not a cue.
const CUES_BEFORE_TO: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "write",
    "writes",
    "wrote",
    "writing",
    "speak",
    "speaks",
    "spoke",
    "speaking",
    "talk",
    "talks",
    "talked",
    "talking",
    "explain",
    "explains",
    "explained",
    "explaining",
    "admit",
    "admits",
    "admitted",
    "admitting",
    "complain",
    "complains",
    "complained",
    "complaining",
    "announce",
    "announced",
    "mention",
    "mentioned",
    "report",
    "reported",
    "reply",
    "replied",
    "respond",
    "responded",
    "responding",
    "describe",
    "described",
    "declare",
    "declared",
    "tweet",
    "tweeted",
    "post",
    "posted",
    "email",
    "emailed",
    "text",
    "texted",
    "refer",
    "referred",
    "referring",
];

/// Does `w`, right after "to", open a listener rather than an infinitive: a determiner, an
/// object pronoun or a role noun ("to the crowd", "to him", "to reporters")?
fn names_a_listener(w: &str) -> bool {
    determiner(w).is_ok_and(|(r, _)| r.is_empty())
        || matches!(
            w,
            "him" | "them" | "us" | "me" | "you" | "everyone" | "anyone"
        )
        || role_of(w).is_some()
}

/// `cue_verb = ( "used" | "liked" | "likes" | "loved" | "loves" ) , gap , "to" , gap , word (: a cue) | word , [ gap , particle ] , (: a form in cues.txt or framing.txt, not followed by "to" unless it reports speech, nor by "not to") , [ gap , "to" , gap , word (: a cue: "went on to say") ] ;`
///
/// Returns the cue's words. Two-word cues ("went on", "pointed out") are tried first.
pub fn cue_verb(i: &str) -> R<'_, &str> {
    let (rest, v) = match cue_verb_word(i) {
        Ok(found) => found,
        // (A habit of speech: "liked to say that “…”", "used to tell reporters".)
        Err(e) => {
            return habit_then_cue(i).ok_or(e);
        }
    };
    // "who asked not to be named", "was told never to speak": a negated infinitive.
    // (Whole words, one gap apart: "said not too long ago" is speech.)
    let negated_to = (
        gap,
        verify(word, |w: &str| matches!(w, "not" | "never")),
        gap,
        verify(word, |w: &str| w == "to"),
        gap,
    )
        .parse(rest)
        .is_ok_and(|(r, (g1, _, g2, _, g3))| {
            !g1.is_empty() && !g2.is_empty() && !g3.is_empty() && r.starts_with(char::is_lowercase)
        });
    if negated_to {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    let followed_by_to = (gap, tag("to"), gap).parse(rest).is_ok_and(|(r, _)| {
        r.chars().next().is_some_and(char::is_lowercase) && word_len(rest.trim_start()) == 2
    });
    if followed_by_to {
        // "went on to say", "continued to argue": the verb after "to" is the cue.
        if let Ok((r, _)) = (gap, tag("to"), gap, cue_verb_word).parse(rest) {
            return Ok((r, &i[..i.len() - r.len()]));
        }
    }
    // "asserted to reporters", "explained to the crowd": "to" before a listener, not an
    // infinitive ("agreed to pay").
    let to_listener = followed_by_to
        && (gap, tag("to"), gap, word)
            .parse(rest)
            .is_ok_and(|(_, (_, _, _, w))| names_a_listener(w));
    if followed_by_to && !to_listener && !CUES_BEFORE_TO.contains(&v.to_lowercase().as_str()) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, v))
}

/// A verb of habit ("used", "liked", "likes", "loved", "loves") before "to" and a cue,
/// which then reports as the cue does: "My predecessor, Mr. Wendell Gopaul, liked to say
/// that “a central bank should be boring.”", "as Mensah used to tell his students, “…”". The
/// rest and the words read, or none. (The first byte tells most words apart: this is asked
/// wherever a cue is looked for and none found.)
fn habit_then_cue(i: &str) -> Option<(&str, &str)> {
    if !matches!(i.as_bytes().first(), Some(b'u' | b'l')) {
        return None;
    }
    let habit = |w: &str| matches!(w, "used" | "liked" | "likes" | "loved" | "loves");
    let (r, (_, _, _, _, cue)) = (verify(word, habit), gap, tag("to"), gap, cue_verb_word)
        .parse(i)
        .ok()?;
    // (The cue in its base form: "is used to answering questions" reports nothing.)
    let base = cue.split(' ').next().unwrap_or(cue);
    (memo::flags(base).lower & flag::CUE_BASE != 0).then(|| (r, &i[..i.len() - r.len()]))
}

fn cue_verb_word(i: &str) -> R<'_, &str> {
    let (r1, w1) = word(i)?;
    // (Every test of the first word from its flags, looked up once for its token.)
    let f1 = memo::flags(w1);
    // A form of two words opens with the first word of one (`opens_two_word_cue`): the
    // word after it is read and the two looked up only then.
    if opens_two_word_cue(w1, f1) {
        if let Ok((r2, (_, w2))) = (gap, word).parse(r1) {
            if LEXICON.is_cue_words(w1, w2) {
                return Ok((r2, &i[..i.len() - r2.len()]));
            }
        }
    }
    // A capitalised cue is a name ("Post", "Report"), except the finite forms that open an
    // inverted clause or follow an appositive ("Said Dorothy Poynter, …", "…, Tweeted");
    // "Asked …" and the like open participial phrases, not speech.
    let capital_ok = !is_capitalized(w1) || matches!(w1, "Said" | "Tweeted" | "Wrote" | "Added");
    // Whether its lower case is a cue or framing form: for an ASCII word, the flags of its
    // lower case are its own flags' `lower` (its lower case lowers to itself).
    let cue_or_framing = || {
        if w1.is_ascii() {
            f1.lower & (flag::CUE | flag::FRAMING) != 0
        } else {
            let lower = lowercase(w1);
            LEXICON.is_cue(&lower) || LEXICON.is_framing(&lower)
        }
    };
    if capital_ok && cue_or_framing() {
        return Ok((r1, w1));
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

/// `cue = { auxiliary , gap , [ inversion_adverb , gap ] } (: up to three) , ( cue_verb | "quoted" , [ gap , "by" , { gap , word } (: up to five, no punctuation) ] , gap , "as" , gap , cue_verb (: a participle, after "was", "is" and the like) ) ;`
///
/// A passive is no cue: in "Trump was asked, “…”" Trump is not the speaker. An adverb may
/// follow an auxiliary: "Yoon was also quoted as saying", "she had repeatedly told reporters".
pub fn cue(i: &str) -> R<'_, &str> {
    let mut r = i;
    let mut passive = false;
    for _ in 0..4 {
        // (The one passive that reports its subject's words: "he was quoted as saying", "was
        // quoted as telling reporters".)
        if passive {
            // (Or with who quoted them: "the source was quoted by Yonhap as saying".)
            let after = r.strip_prefix("quoted as").or_else(|| quoted_by_as(r));
            if let Some(after) = after {
                if let Ok((rest, v)) = gap(after).and_then(|(r2, _)| cue_verb(r2)) {
                    if v.ends_with("ing") {
                        return Ok((rest, &r[..r.len() - rest.len()]));
                    }
                }
            }
        }
        if let Ok((rest, v)) = cue_verb(r) {
            if passive && (v.ends_with("ed") || matches!(v, "told" | "said")) {
                break;
            }
            return Ok((rest, v));
        }
        let (r1, a) = auxiliary(r)?;
        passive = matches!(a, "was" | "were" | "been" | "being" | "is" | "are");
        let (r2, _) = gap(r1)?;
        r = r2;
        // (The adverb's word read only where one of its letters opens it: lower case.)
        if r.starts_with(|c: char| c.is_ascii_lowercase()) {
            if let Ok((r3, adv)) = word(r) {
                if is_inversion_adverb(adv) {
                    if let Ok((r4, _)) = gap(r3) {
                        r = r4;
                    }
                }
            }
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

/// The text after "quoted by …as" at the start of `r`: up to five words after "by", with no
/// comma, full stop, semicolon, colon or double quote mark among them ("quoted by Yonhap as",
/// "quoted by the state news agency as").
fn quoted_by_as(r: &str) -> Option<&str> {
    let rest = r.strip_prefix("quoted by ")?;
    let window = &rest[..floor_char(rest, rest.len().min(80))];
    let at = memchr::memmem::find(window.as_bytes(), b" as ")?;
    let by = &window[..at];
    (by.split_ws().nth(5).is_none() && !by.contains([',', '.', ';', ':', '"', '“', '”']))
        .then(|| &rest[at + 3..])
}

/// A mention followed by its cue, and where each is.
#[derive(Debug, Clone)]
struct Clause {
    mention: Found,
    cue: Range<usize>,
    /// Where the parse stopped.
    end: usize,
}

/// `speaker_cue = mention , [ party_label ] , [ "," (: a stray comma after a party label, or after a name before a cue that ends the sentence, or after a name that an owner's possessive and a person's role noun come before, before a past cue not followed by "to" or "by") ] , [ appositive ] , [ postmodifier | adjunct ] , gap , ( cue | quoted_as (: the object speaks) ) ;`
fn speaker_cue(i: &str, base: usize) -> Option<Clause> {
    if let Some(c) = body_role_holder_clause(i, base) {
        return Some(c);
    }
    let Some((r, m)) = mention(i, base) else {
        return open_description_clause(i, base);
    };
    clause_after_mention(i, base, r, m)
        .or_else(|| {
            // "the Senate minority leader said": "the Senate" reads as an organisation's name,
            // yet the whole description is the speaker.
            let (r, (head, kind)) = description(i).ok()?;
            let r = complements(r);
            let at = |x: &str| base + i.len() - x.len();
            let m = Found {
                span: base..at(r),
                head: base + head.start..base + head.end,
                kind: MentionKind::Description(kind),
            };
            clause_after_mention(i, base, r, m)
        })
        .or_else(|| open_description_clause(i, base))
}

/// `body_role_holder = open_description_with_body (: "the" first, a body after "of") , "," , gap , [ "the" , gap ] , titled_name (: a person's, of two words or more) , "," , ... ;`
///
/// A role of a body, then its holder's name set off by commas, before the cue: "The
/// vice-chancellor of the University of Northfleet, Professor Dame Helen Okonjo-Reid, said",
/// "The Archbishop of Kerry South, the Most Rev Cathal Ó Dálaigh, said". The holder speaks,
/// not the body: the mention is the description, which the registry resolves to the name set
/// off after it (as [`mention_after_cue`] reads "said the editor of the Daily Monitor,
/// Charles Otim,").
fn body_role_holder_clause(i: &str, base: usize) -> Option<Clause> {
    // (Told from the first bytes before any word is read: the rules try this at most words
    // before a quotation.)
    if !(i.starts_with("The ") || i.starts_with("the ")) {
        return None;
    }
    let (r, m) = open_description_with_body(i, base)
        .filter(|(_, m)| text_of(i, base, &m.span).contains(" of "))
        .or_else(|| role_of_body(i, base))?;
    if !name_set_off(r).is_some_and(|(after, _)| after.starts_with(',')) {
        return None;
    }
    clause_after_mention(i, base, r, m)
}

/// A person's full name set off by a comma right after a description (`rest` follows it),
/// past "the" and titles ("…, the Most Rev …", "…, Professor Dame Ruth Akande-Vell,"): what
/// follows the name, and whether "the" or a title stood before it.
fn name_set_off(rest: &str) -> Option<(&str, bool)> {
    let named = rest.strip_prefix(", ")?;
    let (named, the) = match named.strip_prefix("the ") {
        Some(n) => (n, true),
        None => (named, false),
    };
    let (after, head) = titled_name(named).ok()?;
    let titled = the || head.start > 0;
    is_full_person_name(&named[head]).then_some((after, titled))
}

/// "The dean of the faculty of medicine at Makerere University": "the", a person's role noun
/// in lower case, then, up to the comma, the body it serves, after "of", "at" or "for" (its
/// words capitalised, or nouns in lower case and links: no verb, pronoun or cue), a body
/// named in capitals among them. Read by [`body_role_holder_clause`] where
/// [`open_description_with_body`] stops short.
fn role_of_body(i: &str, base: usize) -> Option<(&str, Found)> {
    let comma = memchr::memchr(b',', &i.as_bytes()[..i.len().min(120)])?;
    let phrase = &i[..comma];
    let mut ws = phrase.split_ws();
    ws.next()?;
    let noun = ws.next()?;
    if !noun.starts_with(|c: char| c.is_ascii_lowercase())
        || role_of(noun) != Some(RoleKind::Person)
    {
        return None;
    }
    let mut linked = false;
    let mut body = false;
    for w in ws {
        if matches!(w, "of" | "at" | "for") {
            linked = true;
        } else if is_capitalized(w) {
            body |= linked;
        } else {
            let f = memo::flags(w);
            let verb_like = w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ly");
            if !linked
                || verb_like
                || f.is_cue()
                || f.exact & (flag::PRONOUN | flag::AUXILIARY) != 0
                || !w.chars().all(char::is_alphabetic)
            {
                return None;
            }
        }
    }
    if !body {
        return None;
    }
    let head_start = base + phrase.find(noun)?;
    Some((
        &i[comma..],
        Found {
            span: base..base + comma,
            head: head_start..head_start + noun.len(),
            kind: MentionKind::Description(RoleKind::Person),
        },
    ))
}

/// "A longtime investor, who asked not to be named, said", "Rep. Dana Hollis’s chief of
/// staff, Joe Kasper, said": a description no list covers, set off by an aside before its
/// cue (only there: "the plan would fail" is no speaker). A short one, not opened by "his",
/// "her", "its" or "their": "an American-born judge because of his Mexican heritage, who …,
/// claims" is the object of a sentence, not its subject.
fn open_description_clause(i: &str, base: usize) -> Option<Clause> {
    // (The aside opens with a comma right after the description, whose words and gaps hold
    // none: a slice with no comma has no such clause, told by one byte search before the
    // description is read. The rules try this at most words before a quotation.)
    memchr::memchr(b',', i.as_bytes())?;
    let (r, m) = open_description(i, base)?;
    let words = text_of(i, base, &m.span);
    // (Nor one that ends in a noun of time, the end of an opening clause's adverbial: "As she
    // cut the ribbon this week, the Minister for Rural Development, Orla Penn, said" is the
    // minister's.)
    let short = words.split_ws().nth(5).is_none()
        && !matches!(
            words.split_ws().next(),
            Some("his" | "her" | "its" | "their")
        )
        && !words.split_ws().next_back().is_some_and(is_time_noun);
    // (An aside opened by a participle is the sentence's, not the description's: "…leading
    // up to the convention, forcing her to fend off both, said Brad Bannon".)
    let aside = appositive(r).is_ok_and(|(_, app)| {
        !app[1..]
            .split_ws()
            .next()
            .is_some_and(|w| w.ends_with("ing"))
    });
    (short && aside)
        .then(|| clause_after_mention(i, base, r, m))
        .flatten()
}

/// The rest of `speaker_cue` once its mention `m` is read (`r` is what follows it).
fn clause_after_mention(i: &str, base: usize, r: &str, m: Found) -> Option<Clause> {
    let (r, label) = opt(party_label).parse(r).ok()?;
    let mut m = m;
    // "Rep. Brad Sherman, D-Encino, whose district surrounds Porter Ranch, said": the closing
    // comma of a label (the mention's or the one just read) opens an aside too.
    // (`titled_name` reads the label into the mention, whose text then ends with the comma.)
    let at = i.len() - r.len();
    let closed = match label {
        Some(l) => l.ends_with(','),
        None => text_of(i, base, &m.span).ends_with(',') && i[..at].ends_with(','),
    };
    let label_comma = closed.then(|| &i[at - 1..]);
    let r = match label_comma {
        // (Not where the cue follows the label: ", R-Wis., said in an op-ed piece …, “…”".)
        Some(comma)
            if appositive(r).is_err()
                && !gap(r).is_ok_and(|(a, _)| cue(a).is_ok())
                && appositive(comma).is_ok() =>
        {
            if label.is_none() {
                m.span.end -= 1;
            }
            comma
        }
        _ => r,
    };
    // "Gov. John Kasich (R-OH), said": a stray comma after a party label; and after a name,
    // before a cue that ends the sentence: "“…,” Hasker, said."
    let ends_sentence = |a: &str| {
        cue(a).is_ok_and(|(rest, _)| rest.is_empty() || rest.starts_with(['.', '!', '?']))
    };
    let r = match (label, char::<&str, nom::error::Error<&str>>(',').parse(r)) {
        (Some(_), Ok((after, _))) if gap(after).is_ok_and(|(a, _)| cue(a).is_ok()) => after,
        (None, Ok((after, _)))
            if m.kind == MentionKind::Name
                && gap(after).is_ok_and(|(a, g)| !g.is_empty() && ends_sentence(a)) =>
        {
            after
        }
        // (And after a name with its title or role, before a cue in the past that goes on
        // with the sentence: "Sheeran's lawyer Ilene Farkas, said the two songs are
        // distinct". Not a participle, "Judge Tom Bell, said to be retiring".)
        (None, Ok((after, _)))
            if m.kind == MentionKind::Name
                // (An owner's possessive, then a role in lower case right before the name:
                // not an appositive's name, "…, signed by its ranking member, Hon. Efua
                // Quaye, described", nor a name that is an object, "the widow of fisherman
                // Jo Tull, told the inquest", "Police who arrested teacher Tom Reed, said".)
                && owner_and_role(text_of(i, base, &(m.span.start..m.head.start)))
                && !is_organization(text_of(i, base, &m.head))
                && gap(after).is_ok_and(|(a, g)| {
                    !g.is_empty()
                        && cue(a).is_ok_and(|(rest, v)| {
                            is_past_form(v)
                                && rest.strip_prefix(' ').is_some_and(|n| {
                                    !n.starts_with("to ") && !n.starts_with("by ")
                                })
                        })
                }) =>
        {
            after
        }
        _ => r,
    };
    let mut aside = false;
    // "the Minister in the Presidency, Nomsa Kheta, said": an office, the seat it is held
    // in, then its holder set off by commas, who is the speaker. (Only where the aside after
    // the seat is a name: "the minister in the capital, a city of eight million, said" keeps
    // its minister.)
    let (r, seated) = match seat_holder(i, base, r, &m) {
        Some((rest, named)) => {
            aside = true;
            m = named;
            (rest, true)
        }
        None => (r, false),
    };
    // (A name's description whose closing comma is missing, only here, before a cue.)
    let unclosed = || {
        (m.kind == MentionKind::Name)
            .then(|| unclosed_appositive(r))
            .flatten()
    };
    let r = match appositive(r).ok().filter(|_| !seated).or_else(unclosed) {
        Some((rest, app)) => {
            aside = true;
            let at = base + i.len() - r.len();
            let title = text_of(i, base, &(m.span.start..m.head.start.max(m.span.start)));
            if let Some(named) = name_in_apposition(&m, title, text_of(i, base, &m.span), app, at) {
                m = named;
            }
            rest
        }
        None => r,
    };
    // "Trump himself said": a reflexive that stresses the speaker.
    let r = [" himself", " herself", " themselves", " itself"]
        .iter()
        .find_map(|x| r.strip_prefix(x))
        .unwrap_or(r);
    Some(r).and_then(|r| {
        // (Before a description's postmodifier, which would read "quoted him as" as words
        // that describe it: see `quoted_as`.)
        // (And after a phrase of time, "Reuters on Tuesday quoted him as saying".)
        let adjunct_end = adjunct(r);
        let quoted = |a: &str| {
            gap(a)
                .ok()
                .and_then(|(a, _)| quoted_as(a, base + i.len() - a.len()))
        };
        if let Some(c) = quoted(r).or_else(|| adjunct_end.and_then(quoted)) {
            return Some(c);
        }
        // `postmodifier`: a description may be followed by a few words before its cue
        // ("another source familiar with Cruz’s thinking said"); any mention by a phrase of
        // time or place ("Trump on Tuesday said", "who in 2010 said").
        let (r, after_adjunct) = match m.kind {
            MentionKind::Description(_) => match postmodifier(r) {
                Some(r) => (r, false),
                None => adjunct_end.map_or((r, false), |r| (r, true)),
            },
            _ => adjunct_end.map_or((r, false), |r| (r, true)),
        };
        let (r, _) = gap(r).ok()?;
        let (r, v) = cue(r).ok()?;
        // ("the EU would continue pressuring Moscow if it “…”", "continues to insist": a verb
        // of going on before a gerund or "to" tells how long something lasts, and reports
        // nothing.)
        let last = v.rsplit(' ').next().unwrap_or(v);
        if matches!(last, "continue" | "continues" | "continued" | "continuing")
            && r.strip_prefix(' ').is_some_and(|n| {
                let mut ws = n.split_ws();
                let n = ws.next().unwrap_or("");
                // (An infinitive after "to": not "continued to reporters: “…”".)
                let mut infinitive = || {
                    // (Or the quotation's first word, where the clause ends at its mark:
                    // "continues to “monitor the situation”".)
                    ws.next().is_none_or(|v| {
                        let v = v
                            .trim_start_matches(['"', '“', '‘', '\''])
                            .trim_end_matches([':', ',', '.', ';']);
                        v.starts_with(|c: char| c.is_ascii_lowercase())
                            && (!v.ends_with('s') || v.ends_with("ss"))
                            && determiner(v).is_err()
                            && !matches!(v, "his" | "her" | "their" | "its" | "him" | "them")
                    })
                };
                n == "to" && infinitive()
                    || n.len() > 4
                        && n.ends_with("ing")
                        // (Not a preposition in "-ing": "continued following the vote".)
                        && !matches!(
                            n,
                            "following"
                                | "during"
                                | "regarding"
                                | "concerning"
                                | "according"
                                | "including"
                                | "pending"
                                | "barring"
                                | "notwithstanding"
                        )
            })
        {
            return None;
        }
        // "A source speaking on condition of anonymity said:": a participle that describes
        // the mention, then the finite cue of the clause, which is its cue.
        let (r, v) = match v.ends_with("ing").then(|| finite_cue_after(r)).flatten() {
            Some(found) => found,
            None => (r, v),
        };
        // After a phrase of time or place only a verb in the past is read as the speaker's:
        // "hinting", "talks", "questions" or "put" there are as often nouns or infinitives
        // ("on Facebook with pep talks like", "for their vote to put").
        // (Or one in the present that no noun shares: "Enele Sopoaga in his speech says".)
        if after_adjunct && !is_past_form(v) && !is_present_never_noun(v) {
            return None;
        }
        // "called Friday for releasing the police videos, as well, saying that…": a
        // participle after an aside is said by the sentence's subject, not by the words
        // before the aside.
        if aside && v.ends_with("ing") {
            return None;
        }
        // "32% of Republican claims", "Iranian reports": a demonym before a plural noun is
        // an adjective, not someone who speaks.
        // (Only a cue that is also a plural noun, "claims", "reports", "comments": "Froese
        // says" is a surname's.)
        // (Nor a cue's base form after a people's adjective that is no one's name, "Chinese
        // demand “will recover”": after a name, a base form follows a verb of seeing or
        // hearing, "heard Julian say “…”", "watched Albanese promise".)
        let named = text_of(i, base, &m.span);
        let base_form = || {
            is_people_in_ese(named)
                && !v.ends_with('s')
                && !v.ends_with("ing")
                && !v.contains(' ')
                && !is_past_form(v)
                && v.starts_with(|c: char| c.is_ascii_lowercase())
        };
        if m.kind == MentionKind::Name
            && !named.contains(' ')
            && is_demonym_adjective(named)
            && (v.ends_with('s')
                && (LEXICON.speech_nouns.contains(v)
                    || matches!(
                        v,
                        "states" | "reports" | "notes" | "calls" | "answers" | "replies" | "posts"
                    ))
                || base_form())
        {
            return None;
        }
        let cue_end = base + i.len() - r.len();
        Some(Clause {
            mention: m.clone(),
            cue: cue_end - v.len()..cue_end,
            end: cue_end,
        })
    })
}

/// The finite cue ("said", "says", "told", "tells", "added", "adds") ending the participle
/// phrase that `r` continues, within eight words with no punctuation, pronoun or auxiliary
/// between: "on condition of anonymity said" of "A source speaking on condition of anonymity
/// said". What follows the cue, and the cue.
fn finite_cue_after(r: &str) -> Option<(&str, &str)> {
    let mut rest = r;
    for _ in 0..8 {
        let (after_gap, g) = gap(rest).ok()?;
        if g.is_empty() {
            return None;
        }
        // (Only the verbs that report in this shape: "called", "noted" after a noun are as
        // often participles of their own, "writing a book called …".)
        let (after, w) = word(after_gap).ok()?;
        if matches!(w, "said" | "says" | "told" | "tells" | "added" | "adds") {
            return Some((after, w));
        }
        // (Nor past a clause of its own: "saying she hadn't yet called".)
        let f = memo::flags(w);
        if f.exact & (flag::PRONOUN | flag::AUXILIARY) != 0
            || !w.chars().all(|c| c.is_alphanumeric() || c == '-')
        {
            return None;
        }
        rest = after;
    }
    None
}

/// `object_pronoun = "him" | "her" | "them" ;`
///
/// A pronoun as a verb's or a preposition's object, standing for whoever speaks: "quotes him
/// as saying", "according to her,". `base` is the byte offset of `r`.
fn object_pronoun(r: &str, base: usize) -> Option<(&str, Found)> {
    let (rest, w) = word(r).ok()?;
    let k = match w {
        "him" => PronounKind::Male,
        "her" => PronounKind::Female,
        "them" => PronounKind::Plural,
        _ => return None,
    };
    let span = base..base + w.len();
    Some((
        rest,
        Found {
            span: span.clone(),
            head: span,
            kind: MentionKind::Pronoun(k),
        },
    ))
}

/// `quoted_as = ( "quoted" | "quotes" ) , gap , ( object_pronoun | mention , [ "," , gap , titled_name (: after a description, its holder) , "," ] ) , [ "," (: a stray comma, "quoted Kaser, as saying") ] , gap , "as" , gap , cue_verb (: a participle) ;`
///
/// Someone quoted by whoever reports them: "“…,” BBC Sport quotes him as saying", "State
/// media quoted Xi as saying, “…”". Read after the mention of the one who quotes; the
/// clause's speaker is the object, a name or a description, or "him", "her" or "them".
fn quoted_as(i: &str, base: usize) -> Option<Clause> {
    // (Told from the bytes first: this is tried after every mention before a cue.)
    let r = i
        .strip_prefix("quoted ")
        .or_else(|| i.strip_prefix("quotes "))?;
    let at = |x: &str| base + i.len() - x.len();
    let (r, _) = gap(r).ok()?;
    let (r, m) = object_pronoun(r, at(r)).or_else(|| mention(r, at(r)))?;
    // (A description, then its holder's name set off by commas: "QNA quoted the new prime
    // minister, Sheikh Hamdan Al-Mazrouqi, as saying". The name speaks.)
    let (r, m) = match r.strip_prefix(", ") {
        Some(after) if matches!(m.kind, MentionKind::Description(_)) => {
            match person_named(after, at(after)) {
                Some((rest, named)) if rest.starts_with(',') => (rest, named),
                _ => (r, m),
            }
        }
        _ => (r, m),
    };
    let r = r.strip_prefix(',').unwrap_or(r);
    let (r, _) = gap(r).ok()?;
    let r = r.strip_prefix("as")?;
    let (r, g) = gap(r).ok()?;
    if g.is_empty() {
        return None;
    }
    let (rest, v) = cue_verb(r).ok()?;
    if !v.ends_with("ing") {
        return None;
    }
    let cue_start = at(r);
    Some(Clause {
        mention: m,
        cue: cue_start..cue_start + v.len(),
        end: at(rest),
    })
}

/// `named_aside = titled_name (: after a comma) , "," , gap , cue ;`
///
/// A name set off by commas after a phrase that describes the speaker, which no list of role
/// nouns need cover: "Her neighbour, Tom Reilly, said:", "Galway City Council's director of
/// housing, Mairead O'Sullivan, told". The caller has seen the comma before the name. A
/// participle is refused, as after any aside ("…, Tom Reilly, saying" is said by the
/// sentence's subject).
fn named_aside(i: &str, base: usize) -> Option<Clause> {
    let (r, head) = titled_name(i).ok()?;
    let name_len = i.len() - r.len();
    let (r2, _) = (char::<&str, nom::error::Error<&str>>(','), gap)
        .parse(r)
        .ok()?;
    let (r3, v) = cue(r2).ok()?;
    if v.ends_with("ing") {
        return None;
    }
    let cue_end = base + i.len() - r3.len();
    Some(Clause {
        mention: Found {
            span: base..base + name_len,
            head: base + head.start..base + head.end,
            kind: MentionKind::Name,
        },
        cue: cue_end - v.len()..cue_end,
        end: cue_end,
    })
}

/// Does `before` end with a phrase that describes the name after it: a comma closing a
/// [`describing_phrase`] that opens its clause ("Her neighbour,", "Galway City Council's
/// director of housing,")? Not "Worcester, Massachusetts," (places), nor "who lives outside
/// the state capital," (a relative clause, whose last noun is no speaker's).
fn describes_next(before: &str) -> bool {
    let Some(body) = before.trim_end().strip_suffix(',') else {
        return false;
    };
    let phrase = after_last_clause_mark(body);
    // (Or, with no determiner, a few words ending with a person's role noun, as in
    // [`described_name`]: "City manager, Jeff Jorgenson, called …".)
    describing_phrase(phrase) || bare_role_phrase(phrase)
}

/// At most five words, the last a lower-case role noun of a person, with no cue or speech
/// noun: a description written with no determiner ("BPRA communications officer", "City
/// manager").
fn bare_role_phrase(phrase: &str) -> bool {
    let mut words = phrase.split_ws();
    let last = words.clone().next_back().unwrap_or("");
    words.clone().nth(5).is_none()
        && role_of(last) == Some(RoleKind::Person)
        && last.starts_with(char::is_lowercase)
        && !words.any(|w| LEXICON.is_cue(w) || LEXICON.speech_nouns.contains(w))
}

/// What follows the last of `,` `;` `:` `.` `!` `?` `"` `“` `”` `(` `—` in `s` (all of `s`
/// where there is none): what `s.rsplit([',', ';', ':', '.', '!', '?', '"', '“', '”', '(',
/// '—']).next()` gives, read back a byte at a time rather than a character at a time against
/// eleven (the last three marks are the only ones that are not ASCII: the bytes E2 80, then a
/// last byte of their own).
fn after_last_clause_mark(s: &str) -> &str {
    let b = s.as_bytes();
    let mut i = b.len();
    while i > 0 {
        match b[i - 1] {
            b',' | b';' | b':' | b'.' | b'!' | b'?' | b'"' | b'(' => return &s[i..],
            0x9C | 0x9D | 0x94 if i >= 3 && b[i - 3] == 0xE2 && b[i - 2] == 0x80 => return &s[i..],
            _ => i -= 1,
        }
    }
    s
}

/// A phrase that describes a speaker named right after it: at most twelve words, opened by a
/// determiner or holding a possessive, ending with a lower-case word that is no noun of time,
/// with no relative pronoun, cue or speech noun in it. (Not a document's: "A letter to the
/// company's chief executive, Mary Barra, said" is the letter's; "Another delegate on the
/// Cruz slate, Jim Poolman, said" is his.)
fn describing_phrase(phrase: &str) -> bool {
    // The words, on the stack: a phrase of more than twelve is none (told at its thirteenth
    // word, without reading or collecting the rest). ("the Inspector General of the security
    // force in the Harbour frontier, Ram Awtal, told" has eleven.)
    let mut all = [""; 12];
    let mut n = 0;
    for w in phrase.split_ws() {
        if n == all.len() {
            return false;
        }
        all[n] = w;
        n += 1;
    }
    let words = &all[..n];
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    // An office in capitals, its last word a title: "Kamloops Fire Deputy Chief, Ryan Cail,
    // said".
    if is_capitalised_office(phrase) {
        return true;
    }
    last.starts_with(char::is_lowercase)
        && !is_time_noun(last)
        && !words.iter().enumerate().any(|(i, w)| {
            // (A cue's word after a determiner is a noun: "in the state".)
            let noun = i > 0 && determiner(words[i - 1]).is_ok_and(|(r, _)| r.is_empty());
            matches!(*w, "who" | "which" | "that")
                || LEXICON.is_cue(w) && !noun
                || LEXICON.speech_nouns.contains(*w)
        })
        && (determiner(first).is_ok_and(|(r, _)| r.is_empty())
            || words.iter().any(|w| is_possessive(w)))
}

/// `described_name = ( determiner , gap , { word , gap } (: up to ten, no punctuation) , word | { word , gap } (: up to four, no punctuation) , role_noun ) , "," , gap , named_aside ;`
///
/// After a quotation, a description that no list of role nouns covers, then the name it
/// describes: "“…,” his barrister, Stephen Papadopoulos, told the court." The description is
/// a [`describing_phrase`]; with no determiner, as some outlets write it, it ends with a role
/// noun: "“…,” BPRA communications officer, Kelebone Khabo, confirmed to CITE."
fn described_name(i: &str, base: usize) -> Option<Clause> {
    let comma = i.find(',')?;
    let phrase = &i[..comma];
    if phrase.contains(['.', '"', '“', '”', '!', '?', ';', ':', '(', ')']) {
        return None;
    }
    let described = if determiner(i).is_ok() {
        describing_phrase(phrase)
    } else {
        bare_role_phrase(phrase)
    };
    if !described {
        return None;
    }
    let (after, _) = gap(&i[comma + 1..]).ok()?;
    let at = base + i.len() - after.len();
    named_aside(after, at)
}

/// The name that appositive `app` (its commas included, at byte `at`) gives a mention `m`,
/// the more specific of the two: "the transit director, Elena Marsh, told", "The MP for
/// Leeds North, Catherine Ashworth-Hale, said", "The company, Northwind Energy, said". The
/// phrase's last part, after its own comma, may be the name ("a statement, the airline's
/// chief operating officer, Ciarán Mac Cárthaigh, wrote"). Only after a description or an
/// office's name (its head the object of "for" or "of", `title` being the mention's words
/// before its head: "The MP for Leeds North", "The Speaker of the House"; or the mention `name`
/// an office in capitals, "Kamloops Fire Deputy Chief"): after a person's
/// name, a name set off by commas is a place or a party ("Cory James of Detroit, Mich., said",
/// "Sen. Lisa Murkowski, Alaska Republican, said").
fn name_in_apposition(m: &Found, title: &str, name: &str, app: &str, at: usize) -> Option<Found> {
    let whole = app.get(1..app.len().checked_sub(1)?)?;
    let body = whole.rsplit_once(',').map_or(whole, |(_, last)| last);
    // (Or an office with its field, whose last words the parse took for a holder: "Executive
    // Director of Human Rights Watch, Kenneth Rowe, said" names no "Rights Watch".)
    let describes = (matches!(m.kind, MentionKind::Description(_))
        || m.kind == MentionKind::Name
            && (titles_end_in_office_link(title)
                || is_capitalised_office(name)
                || office_in_capitals(name)
                || titles_hold_office_field(title)
                // ("National Publicity Secretary of IFMAV, Ukadike Obiora, stated": an
                // office of an organisation, its first word read as a title.)
                || is_office_of(name)))
        && (body.len() == whole.len() || describes_next(&whole[..whole.len() - body.len()]));
    if !describes {
        return None;
    }
    holder_in_apposition(app, at)
}

/// Is `name` an office of an organisation, capitalised words that end in a title or a
/// person's role noun before its "of": "National Publicity Secretary of IFMAV", "Chairman of
/// the Board", "The Chief Executive of the Harbour Board"?
fn is_office_of(name: &str) -> bool {
    let name = name.strip_prefix("The ").unwrap_or(name);
    name.split_once(" of ").is_some_and(|(title, _)| {
        is_capitalised_office(title)
            || LEXICON.is_title(title) && !is_honorific(title)
            // (A role noun in the singular: "Friends of the Earth" is a body.)
            || title.split_ws().all(is_capitalized)
                && title.split_ws().next_back().is_some_and(|w| {
                    !w.ends_with('s') && role_of(&lowercase(w)) == Some(RoleKind::Person)
                })
    })
}

/// The name that the aside `app` (its commas included, starting at `at`) is, whole or in
/// its last part after a comma of its own: "…, Nomsa Kheta,", "…, the airline's chief
/// operating officer, Ciarán Mac Cárthaigh,".
fn holder_in_apposition(app: &str, at: usize) -> Option<Found> {
    let whole = app.get(1..app.len().checked_sub(1)?)?;
    let body = whole.rsplit_once(',').map_or(whole, |(_, last)| last);
    let lead = body.len() - body.trim_start().len();
    let at = at + 1 + (whole.len() - body.len()) + lead;
    let Ok((left, head)) = titled_name(body.trim_start()) else {
        // (Or a role no list names before the name: "…, senior advocate Arvind Menon,".)
        return open_role(body.trim_start(), at)
            .filter(|(left, _)| left.trim().is_empty())
            .map(|(_, m)| m);
    };
    left.trim().is_empty().then(|| {
        let len = body.trim().len();
        Found {
            span: at..at + len,
            head: at + head.start..at + head.end,
            kind: MentionKind::Name,
        }
    })
}

/// `office_seat = gap , ( ( "in" | "at" ) , gap , "the" | "to" (: after an envoy's or an aide's noun) , [ gap , "the" ] ) , gap , proper_name (: after an office's title or a description) ;`
///
/// Where an office is held: "the Minister in the Presidency", "Minister of State at the
/// Treasury", "the secretary at the Department of Education".
pub fn office_seat(i: &str) -> R<'_, &str> {
    recognize((
        gap,
        alt((
            recognize((alt((tag("in"), tag("at"))), gap, tag("the"))),
            recognize((tag("to"), opt((gap, tag("the"))))),
        )),
        gap,
        crate::extract::mention::proper_name,
    ))
    .parse(i)
}

/// The holder set off by commas after an office and its seat ([`office_seat`]), when `m` is
/// a description or an office's title ("the Minister in the Presidency, Nomsa Kheta, said",
/// "acting Minister in the Presidency, Nomsa Kheta, said"): what follows the closing comma,
/// and the holder's name as the mention.
fn seat_holder<'a>(i: &str, base: usize, r: &'a str, m: &Found) -> Option<(&'a str, Found)> {
    let noun = text_of(i, base, &m.span).split_ws().next_back()?;
    let office = match m.kind {
        MentionKind::Description(RoleKind::Person) => true,
        MentionKind::Name => LEXICON.is_title(noun) && !is_honorific(noun),
        _ => false,
    };
    if !office {
        return None;
    }
    let (after, seat) = office_seat(r).ok()?;
    // ("to" only after an envoy's or an aide's noun: "The ambassador to Veloria, Rui
    // Tavares, said"; see `takes_to`.)
    if seat.trim_start().starts_with("to") && !takes_to_any_case(noun) {
        return None;
    }
    let (rest, app) = appositive(after).ok()?;
    let at = base + i.len() - after.len();
    // (A person's name: with a title, or of two words or more shaped as no place's; the
    // aside after a seat is as often the seat's country or city, "The police chief in the
    // Bronx, New York, said", "The envoy in the Hague, Netherlands, said".)
    let person = |h: &Found| {
        let name = text_of(i, base, &h.head);
        h.head.start > h.span.start
            || name.contains(' ') && !is_place_shaped(name) && !name.contains(" New ")
    };
    holder_in_apposition(app, at)
        .filter(person)
        .map(|named| (rest, named))
}

/// Is `name` an office written in capitals that names no holder ("UN Humanitarian
/// Coordinator", "Country Director", [`is_holderless_office`])? The name set off after it
/// holds it.
fn office_in_capitals(name: &str) -> bool {
    name.contains(' ')
        && name.split(' ').all(is_capitalized)
        && is_holderless_office(name.split(' '))
}

/// `adjunct = gap , ( preposition | time_word ) , { gap , word } (: one to four words in all, no punctuation, ending before a cue) ;`
///
/// A phrase of time or place between a speaker and the cue: "Trump on Tuesday said", "who in
/// 2010 said", "Clinton in a statement said", "the mayor last week said". It starts with a
/// preposition or a word of time and holds no name, pronoun or conjunction, so that the
/// object of "to" in "responded to a reporter by saying" is not read as a speaker's words.
fn adjunct(i: &str) -> Option<&str> {
    if let Some(r) = interview_adjunct(i) {
        return Some(r);
    }
    let (mut r, _) = gap(i).ok()?;
    let (_, first) = word(r).ok()?;
    let opens = LEXICON.is_preposition(first) || is_time_word(first) || is_weekday(first);
    if !opens || first == "to" {
        return None;
    }
    let mut last = "";
    for n in 0..5 {
        let (r1, w) = word(r).ok()?;
        // ("in an email", "for raising questions": a noun after a determiner, or the object
        // of a gerund, is no cue.)
        // (Or before "quoted … as": see `quoted_as`.)
        if n > 0
            && (cue(r).is_ok() || r.starts_with("quoted ") || r.starts_with("quotes "))
            && determiner(last).is_err()
            && !last.ends_with("ing")
        {
            return Some(r);
        }
        // ("during" opens the phrase; a word in -ing after it is a gerund.)
        // (A possessive determiner after the preposition is no one named: "in his speech",
        // "in her statement".)
        if LEXICON.is_pronoun(w) && !(n > 0 && is_possessive_determiner(w) && speech_after(r1))
            || (n > 0 && w.ends_with("ing"))
            || matches!(w, "and" | "or" | "but" | "that" | "who" | "which")
            || (n > 0 && is_capitalized(w) && name_word(w).is_ok())
        {
            return None;
        }
        let Ok((r2, g)) = gap(r1) else { return None };
        if g.is_empty() {
            return None;
        }
        last = w;
        r = r2;
    }
    None
}

/// `interview_adjunct = gap , ( "in" | "during" ) , gap , determiner , gap , [ word , gap ] (: one modifier, lower case) , ( "interview" | "conversation" | "chat" | "podcast" | "exchange" ) , gap , ( "with" | "on" | "to" ) , { gap , word } (: one to eight, names among them, no punctuation, pronoun or conjunction, ending before a cue) ;`
///
/// An interview between a subject and its cue: "Pashinyan in an interview with the France
/// 24 television channel said", "the ‘Kal Ho Naa Ho’ star in an interview with a media
/// outlet Mumbai Mirror said". The one interviewed speaks; the outlet or the interviewer
/// after "with" is the object of a preposition, no subject, so the phrase may hold names
/// that an [`adjunct`] may not.
fn interview_adjunct(i: &str) -> Option<&str> {
    let (r, _) = gap(i).ok()?;
    let (r, p) = word(r).ok()?;
    if !matches!(p, "in" | "during") {
        return None;
    }
    let (r, _) = gap(r).ok()?;
    let (r, _) = determiner(r).ok()?;
    let (mut r, _) = gap(r).ok()?;
    let mut noun = false;
    for _ in 0..2 {
        let (r1, w) = word(r).ok()?;
        r = gap(r1).ok()?.0;
        if matches!(
            w,
            "interview" | "conversation" | "chat" | "podcast" | "exchange"
        ) {
            noun = true;
            break;
        }
        if !w.starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
    }
    let (r, link) = word(r).ok().filter(|_| noun)?;
    if !matches!(link, "with" | "on" | "to") {
        return None;
    }
    let mut r = r;
    let mut last = link;
    for n in 0..9 {
        let (r1, _) = gap(r).ok()?;
        // (A cue after a noun, not one a determiner or a gerund makes a noun of; a name in
        // "-ing" is no gerund, "Stephen King said".)
        let gerund = last.ends_with("ing") && last.starts_with(|c: char| c.is_ascii_lowercase());
        if n > 0 && cue(r1).is_ok() && determiner(last).is_err() && !gerund {
            return Some(r1);
        }
        let (r2, w) = word(r1).ok()?;
        if LEXICON.is_pronoun(w) || matches!(w, "and" | "or" | "but" | "that" | "who" | "which") {
            return None;
        }
        last = w;
        r = r2;
    }
    None
}

/// Does a noun of speech (`speech_nouns.txt`) follow in the next two words of `r`: "in his
/// *speech*", "in her opening *statement*" (not "from his lawyer", "on her phone", "in his
/// hand": a name before those is the object of a letter, a message or a sign)?
fn speech_after(r: &str) -> bool {
    r.split_ws().take(2).any(|w| {
        LEXICON
            .speech_nouns
            .contains(w.trim_end_matches([',', '.']))
    })
}

/// Is the cue `v` (its first word) a present form that no noun is spelled as: "says",
/// "tells", "adds" (not "talks", "claims", "notes", "reports", which are nouns as often)?
fn is_present_never_noun(v: &str) -> bool {
    matches!(
        v.split_ws().next().unwrap_or(v),
        "says"
            | "tells"
            | "adds"
            | "writes"
            | "explains"
            | "insists"
            | "argues"
            | "recalls"
            | "admits"
            | "concedes"
            | "contends"
            | "maintains"
            | "acknowledges"
    )
}

/// Is the cue `v` (its first word) a past form of `cues.txt` or `framing.txt` that is not
/// spelled as its base: "said", "told", "warned" (not "put", "read")?
fn is_past_form(v: &str) -> bool {
    let w = v.split_ws().next().unwrap_or(v);
    LEXICON.cue_pasts.contains(&*lowercase(w))
}

/// "Monday" … "Sunday".
/// A word that opens a phrase of time: "last week", "this morning", "earlier today".
fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "last" | "this" | "earlier" | "yesterday" | "today" | "tonight"
    )
}

fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

/// `postmodifier = { gap , word } (: one to six words, no punctuation, ending before a cue) ;`
fn postmodifier(i: &str) -> Option<&str> {
    let mut r = i;
    let (mut last, mut before_last) = ("", "");
    for _ in 0..6 {
        let (r1, _) = gap(r).ok()?;
        if let Ok((after, _)) = cue(r1) {
            // "familiar with the talks said": the later cue is the verb.
            let another = gap(after).is_ok_and(|(a, _)| cue(a).is_ok());
            // "The ad uses footage of Hillary Clinton asking": a name right before the cue is
            // its own subject.
            // ("the former senator from Pennsylvania saying": not after a preposition of place.)
            let own_subject =
                name_word(last).is_ok() && LEXICON.prepositions.get(before_last) != Some(&true);
            // ("The police spokesperson in the state, SP …, said": after a determiner the
            // cue's word is a noun; a noun of speech is still the cue: "gave its answer".)
            let noun = determiner(last).is_ok_and(|(r, _)| r.is_empty())
                && word(r1).is_ok_and(|(_, w)| !LEXICON.speech_nouns.contains(w));
            // (After a preposition, or its determiner, the cue's word is a noun: "the
            // following statement regarding remarks made by the President:", "about the
            // comments"; not after the "to" of an infinitive: "refused to say".)
            let object = last != "to" && LEXICON.is_preposition(last)
                || LEXICON.is_preposition(before_last)
                    && determiner(last).is_ok_and(|(r, _)| r.is_empty());
            if !another && !own_subject && !noun && !object {
                return (r1.len() < i.len()).then_some(r);
            }
        }
        let (r2, w) = word(r1).ok()?;
        before_last = last;
        last = w;
        // (A verb ends the description: "the secretary was right to urge" is no speaker.)
        if LEXICON.is_pronoun(w)
            || matches!(w, "and" | "or" | "but" | "then" | "so")
            || matches!(
                w,
                "was" | "is" | "were" | "are" | "has" | "had" | "have" | "will" | "would"
            )
        {
            return None;
        }
        r = r2;
    }
    None
}

/// `cue_speaker = [ inversion_adverb , gap ] , cue_verb , [ "," (: a stray comma after a past form, before a name that ends the sentence) ] , gap , ( description_named | mention | open_role | open_description | bare_subject (: after a past form) ) ;`  ("said Maj. Jaren Stafani", "added the senator", "later said Smith")
fn cue_speaker(i: &str, base: usize) -> Option<Clause> {
    // ("“…,” later said Smith", "“…,” also noted the mayor": an adverb before the verb.)
    let (i, base) = match (word, gap).parse(i) {
        Ok((r, (w, g))) if !g.is_empty() && is_inversion_adverb(w) => (r, base + w.len() + g.len()),
        _ => (i, base),
    };
    let (r, v) = cue_verb(i).ok()?;
    // Only finite forms invert: "said Trump", not "noting the nominee" (an object).
    if !LEXICON.invertible_forms.contains(&*lowercase(v)) || v.ends_with("ing") {
        return None;
    }
    let cue = base..base + v.len();
    // ("“…,” said, Pearl.": a stray comma after a past form, before a name that ends the
    // sentence.)
    let stray = r.strip_prefix(',').filter(|after| {
        is_past_form(v)
            && gap(after).is_ok_and(|(a, g)| {
                !g.is_empty()
                    && mention(a, 0).is_some_and(|(rest, m)| {
                        m.kind == MentionKind::Name && (rest.is_empty() || rest.starts_with('.'))
                    })
            })
    });
    let (r, _) = gap(stray.unwrap_or(r)).ok()?;
    let m_base = base + i.len() - r.len();
    // A role in lower case with no determiner, then its holder's name set off by a comma,
    // ending the clause: "said county commissioner, Sam Ardley.", "said club captain, Ana
    // Roe." The holder speaks.
    if let Some(held) = bare_role_holder(r, m_base) {
        return Some(Clause {
            mention: held.1,
            cue,
            end: base + i.len() - held.0.len(),
        });
    }
    // (A noun alone after a past form, "said police.": a base form may be a noun itself,
    // "protest suggestions,".)
    let (r2, m) = mention_after_cue(r, m_base).or_else(|| {
        is_past_form(v)
            .then(|| bare_subject_after_cue(r, m_base))
            .flatten()
    })?;
    // "said he" is fine; "said it" is an object, not a speaker.
    if matches!(
        m.kind,
        MentionKind::Pronoun(PronounKind::Neuter | PronounKind::Relative)
    ) {
        return None;
    }
    // "said Jackson County Emergency Management Director, Rodney Andreasen.": an office
    // written in capitals, then its holder's name set off by a comma: the holder speaks.
    let (r2, m) = holder_after_office(text_of(i, base, &m.span), r2, base + i.len() - r2.len())
        .unwrap_or((r2, m));
    Some(Clause {
        mention: m,
        cue,
        end: base + i.len() - r2.len(),
    })
}

/// The name set off by a comma after an office written in capitals (`office`, its last word
/// capitalised, a title, a person's role noun or a noun of a trade by its ending:
/// "Director", "Meteorologist"), where the name ends its clause: "said Jackson County
/// Emergency Management Director, Rodney Andreasen." `r` is the text after the office, at
/// byte `base`.
fn holder_after_office<'a>(office: &str, r: &'a str, base: usize) -> Option<(&'a str, Found)> {
    // (The office may go on past the mention read, an owner's: "explains National Weather
    // Service’s Warning Coordination Meteorologist, Jeffry Evans.")
    let comma = memchr::memchr(b',', &r.as_bytes()[..r.len().min(80)])?;
    let more = &r[..comma];
    // (The office's acronym in parentheses after it is passed over: "said Assistant Secretary
    // General of the Organization of American States (OAS), Albert Ramdin.")
    let more = more
        .rfind(" (")
        .filter(|&k| {
            acronym_after(&more[k..], office).is_some_and(|a| k + a.len() + 3 == more.len())
        })
        .map_or(more, |k| &more[..k]);
    if !more.split_ws().all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    let base = base + comma;
    let rest = r[comma..].strip_prefix(", ")?;
    let office_words = || office.split_ws().chain(more.split_ws());
    let last = strip_possessive(office_words().next_back()?);
    // (A noun of a trade by its ending only in an office of three words or more, its first
    // no given name: "said Ana Baptist, Maria Lopez" is two people.)
    let is_office = is_capitalized(last)
        && office_words().nth(1).is_some()
        && office_words().all(|w| w.starts_with(char::is_uppercase))
        && (LEXICON.is_title(last)
            || role_of(&lowercase(last)) == Some(RoleKind::Person)
            || is_agent_noun(last)
                && office_words().nth(2).is_some()
                && office_words().next().is_some_and(|w| !is_given_name(w)));
    // (Or an office with its field, a title before its "of" or "for": "said Executive
    // Director of Human Rights Watch, Kenneth Rowe.")
    let with_field = || {
        let mut words = office_words();
        words.clone().any(|w| matches!(w, "of" | "for"))
            && words.clone().all(|w| {
                w.starts_with(char::is_uppercase) || matches!(w, "of" | "for" | "the" | "and")
            })
            && words
                .by_ref()
                .take_while(|w| !matches!(*w, "of" | "for"))
                .any(|w| LEXICON.is_title(w) && !is_honorific(w))
    };
    if !(is_office || with_field()) || !rest.starts_with(char::is_uppercase) {
        return None;
    }
    holder_name(rest, base + 2, &['.', ',', ';', ':', '"', '“', '”', '\n'])
}

/// A person's name of two words or more at the start of `rest` (at byte `at`), with its
/// titles, ending its clause: one of `ends` or nothing follows it. The holder an office or a
/// role sets off by a comma ([`holder_after_office`], [`bare_role_holder`]).
fn holder_name<'a>(rest: &'a str, at: usize, ends: &[char]) -> Option<(&'a str, Found)> {
    let (after, head) = titled_name(rest).ok()?;
    let name = &rest[head.clone()];
    if !name.contains(' ') || !(after.is_empty() || after.starts_with(ends)) {
        return None;
    }
    Some((
        after,
        Found {
            span: at..at + rest.len() - after.len(),
            head: at + head.start..at + head.end,
            kind: MentionKind::Name,
        },
    ))
}

/// A role of one to three words in lower case, no determiner, its last a person's role noun
/// of the lists, then the holder's name of two words or more set off by a comma and ending its
/// clause: "county commissioner, Sam Ardley." (`r` at byte `base`). The name is the mention.
fn bare_role_holder(r: &str, base: usize) -> Option<(&str, Found)> {
    let comma = memchr::memchr(b',', &r.as_bytes()[..r.len().min(48)])?;
    let role = &r[..comma];
    let words = role.split(' ');
    let n = words.clone().count();
    let last = words.clone().next_back()?;
    if !(1..=3).contains(&n)
        || !words
            .clone()
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
        || determiner(role).is_ok()
        || role_of(last) != Some(RoleKind::Person)
        || words
            .clone()
            .any(|w| LEXICON.is_preposition(w) || LEXICON.is_pronoun(w))
    {
        return None;
    }
    let rest = r[comma..].strip_prefix(", ")?;
    if !rest.starts_with(char::is_uppercase) {
        return None;
    }
    holder_name(rest, base + comma + 2, &['.', ';', '\n'])
}

/// `inversion_adverb = "later" | "also" | "then" | "again" | "once" | "further" | "finally" | word (: lower case, in -ly) ;`
///
/// An adverb that may stand before an inverted cue: "“…,” later said Smith".
fn is_inversion_adverb(w: &str) -> bool {
    matches!(
        w,
        "later" | "also" | "then" | "again" | "once" | "further" | "finally"
    ) || w.len() > 4 && w.ends_with("ly") && w.bytes().all(|b| b.is_ascii_lowercase())
}

/// `according_to = "according to" , gap , ( object_pronoun (: ending its clause) | mention | open_role | open_description | "the" , gap , proper_name (: two capitalised words or more, a body's, past its acronym in parentheses, ending its clause) ) ;`
fn according_to(i: &str, base: usize) -> Option<Clause> {
    // (Its first word told from the bytes before the parse: this is tried at every word
    // before a quotation. Only the ASCII letters lower-case to those of "according", so the
    // parse's match without case is this one.)
    if !i
        .as_bytes()
        .get(..9)
        .is_some_and(|b| b.eq_ignore_ascii_case(b"according"))
    {
        return None;
    }
    let (r, t) = recognize((tag_no_case("according"), gap, tag("to")))
        .parse(i)
        .ok()?;
    let (r, _) = gap(r).ok()?;
    let m_base = base + i.len() - r.len();
    // ("According to him, “…”": a pronoun, which the registry resolves; not "according to
    // her lawyer", a description.)
    let (r2, m) = object_pronoun(r, m_base)
        .filter(|(rest, _)| ends_clause(rest))
        .or_else(|| mention_after_cue(r, m_base))
        .or_else(|| body_after_the(r, m_base))?;
    Some(Clause {
        mention: m,
        cue: base..base + t.len(),
        end: base + i.len() - r2.len(),
    })
}

/// "the", then a name of two capitalised words or more that ends its clause, past an acronym
/// in parentheses: a body, whatever its nouns ("According to the Veloria Inter-Services
/// Public Relations (VISPR), …"), as no person's name is written after "the". The mention spans
/// "the" and the name; its head is the name.
fn body_after_the(i: &str, base: usize) -> Option<(&str, Found)> {
    let r = i.strip_prefix("the ")?;
    if !r.starts_with(char::is_uppercase) {
        return None;
    }
    let (_, name) = crate::extract::mention::proper_name(r).ok()?;
    let name = name.trim_end();
    let whole = name.split_ws().nth(1).is_some()
        && name
            .split_ws()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "for" | "and" | "on"))
        && strip_possessive(name).len() == name.len();
    if !whole {
        return None;
    }
    let past = &r[name.len()..];
    // (Past its acronym: "(VISPR)".)
    let past = past
        .strip_prefix(" (")
        .and_then(|a| {
            let close = a.find(')')?;
            let acronym = &a[..close];
            ((2..=8).contains(&acronym.len()) && acronym.bytes().all(|b| b.is_ascii_alphabetic()))
                .then(|| &a[close + 1..])
        })
        .unwrap_or(past);
    if !ends_clause(past) {
        return None;
    }
    let head = base + 4..base + 4 + name.len();
    Some((
        past,
        Found {
            span: base..head.end,
            head,
            kind: MentionKind::Name,
        },
    ))
}

/// A description whose owner is a name of several words in the possessive: "Kestrel
/// Hospital’s executive director, Dr Tomas Byaru" (the [`description`] read from the owner's
/// last word, "Hospital’s executive director", which a possessive of one word opens; the
/// mention spans the whole owner). Up to five capitalised words before the possessive.
fn owned_description(i: &str, base: usize) -> Option<(&str, Found)> {
    let mut r = i;
    for _ in 0..6 {
        let (r1, w) = word(r).ok()?;
        if !is_capitalized(w) {
            return None;
        }
        if is_possessive(w) {
            if r.len() == i.len() {
                return None;
            }
            let at = base + i.len() - r.len();
            let (rest, m) = mention(r, at)?;
            return matches!(m.kind, MentionKind::Description(_)).then_some((
                rest,
                Found {
                    span: base..m.span.end,
                    ..m
                },
            ));
        }
        r = gap(r1).ok().filter(|(_, g)| !g.is_empty())?.0;
    }
    None
}

/// The holder of an office whose two fields "and" joins, after a cue, where the mention `m`
/// read stopped at the "and" (`rest`): the capitalised words after it run to the end of the
/// clause; the holder is the name after the last title among them ("Trade and Industry
/// Minister Kwaku Ofori"), or, where the mention opens with a title ("Minister of Trade and
/// Industry Kwaku Ofori"), the last two words, after one field word at least. The mention
/// spans the office; the holder is its head.
fn holder_after_office_and<'a>(
    i: &'a str,
    base: usize,
    rest: &'a str,
    m: &Found,
) -> Option<(&'a str, Found)> {
    // (The mention read is an office's field or its title, no one's name: "state Senate
    // leader Phil Berger and House Speaker Tim Moore" are two people.)
    let head = text_of(i, base, &m.head);
    if m.kind != MentionKind::Name
        || head.contains(' ')
            && !head
                .split_ws()
                .next_back()
                .is_some_and(|w| LEXICON.is_title(w))
    {
        return None;
    }
    let after = rest.strip_prefix(" and ")?;
    let at = |r: &str| base + i.len() - r.len();
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut r = after;
    while words.len() < 8 {
        let Ok((r2, w)) = word(r) else { break };
        if !is_capitalized(w) || strip_possessive(w).len() < w.len() {
            return None;
        }
        words.push((at(r), w));
        r = r2;
        match gap(r) {
            Ok((r3, g)) if !g.is_empty() && word(r3).is_ok_and(|(_, n)| is_capitalized(n)) => {
                r = r3
            }
            _ => break,
        }
    }
    if !(r.is_empty() || r.starts_with([',', '.', ';', ':'])) || words.len() < 3 {
        return None;
    }
    let title = |w: &str| LEXICON.is_title(w);
    let holder = match words.iter().rposition(|&(_, w)| title(w)) {
        Some(t) if words.len() - t > 2 => t + 1,
        Some(_) => return None,
        None => {
            let opens_with_title = text_of(i, base, &m.span)
                .split_ws()
                .next()
                .is_some_and(title);
            if !opens_with_title {
                return None;
            }
            words.len() - 2
        }
    };
    let named = &words[holder..];
    if named
        .iter()
        .any(|&(_, w)| title(w) || LEXICON.is_organization_word(w))
    {
        return None;
    }
    let end = at(r);
    Some((
        r,
        Found {
            span: m.span.start..end,
            head: named[0].0..end,
            kind: MentionKind::Name,
        },
    ))
}

/// Is `name`, set off after a description, a person's full name: two words or more, no
/// possessive, no organisation's?
fn is_full_person_name(name: &str) -> bool {
    name.contains(' ') && strip_possessive(name).len() == name.len() && !is_organization(name)
}

/// `source_before_colon = "from" , gap , mention (: a name, a pronoun or a description, the
/// clause's last words) , ":" ;`
///
/// The mention that ends the text before a quotation (`prefix`, at `prefix_start`) after
/// "from", right before a colon, and the colon's offset: "The biggest reference to Beijing
/// came as follows, from Mr Henry: “…”", "A reply from the ministry: “…”". The source a
/// colon introduces is the quotation's speaker, whatever the sentence's subject.
fn source_before_colon(prefix: &str, prefix_start: usize) -> Option<(Found, usize)> {
    let body = prefix.trim_end();
    let before = body.strip_suffix(':')?.trim_end();
    let at = before.rfind(" from ")?;
    let from = at + " from ".len();
    // (The source is a few words: a name, a title and a name, a description.)
    if before.len() - from > 60 {
        return None;
    }
    // ("from" set off by a comma, or opening a phrase of three words at most, "More from
    // Jones:": not where someone comes from or speaks from, "Priya Sharma, 34, a teacher
    // from Leeds:", "Marchuk spoke again from Kyiv:".)
    let lead = &before[..at];
    let clause = lead.rsplit(['.', '!', '?', '\n']).next().unwrap_or(lead);
    if !(lead.ends_with(',') || !clause.contains(',') && clause.split_ws().count() <= 3) {
        return None;
    }
    let (rest, m) = mention_after_cue(&before[from..], prefix_start + from)?;
    rest.trim()
        .is_empty()
        .then_some((m, prefix_start + body.len() - 1))
}

/// The mention right after a cue: a [`mention`], or an [`open_role`] and its name where the
/// mention finds no name or cuts it short ("said Swiss mediator Lukas Brunner" is not said
/// by "Swiss").
fn mention_after_cue(i: &str, base: usize) -> Option<(&str, Found)> {
    // "said an elated Kaitlyn Lawes", "said a smiling coach Ray Boyd": a name behind an
    // indefinite article and a word that describes its mood.
    if let Some(named) = name_behind_adjective(i, base) {
        return Some(named);
    }
    // "said a trader called Mama Ebele", "says a man named Dani, an activist": someone
    // described, then named.
    if let Some(named) = description_named(i, base) {
        return Some(named);
    }
    let found = mention(i, base).or_else(|| owned_description(i, base));
    // "said a Red Cross manager Namik Hadzic": a description of a person with the name right
    // after it, no comma between, names that person (who speaks; the mention spans both).
    if let Some((rest, m)) = &found {
        if matches!(m.kind, MentionKind::Description(RoleKind::Person)) {
            let at = base + i.len() - rest.len();
            // (A name that ends its clause: in "said a judge Barack Obama nominated" the name
            // is a relative clause's subject.)
            if let Some((rest2, named)) = rest
                .strip_prefix(' ')
                .filter(|r| r.starts_with(char::is_uppercase))
                .and_then(|r| person_named(r, at + 1))
                .filter(|(rest2, _)| ends_clause(rest2))
            {
                let found = Found {
                    span: m.span.start..named.span.end,
                    ..named
                };
                return Some((rest2, found));
            }
            // "said its deputy managing director for financial supervision Lian Mei Tor":
            // the description goes on in lower case past where its parse stopped, to the
            // name, which an open role reads.
            if rest
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(char::is_lowercase))
            {
                if let Some(named) = open_role(i, base) {
                    return Some(named);
                }
            }
        }
    }
    // "said Minister of Trade and Industry Kwaku Ofori.", "said Trade and Industry Minister
    // Kwaku Ofori.": an office of two fields joined by "and", its holder's name ending the
    // clause; the name's parse stopped at "and".
    if let Some(h) = found
        .as_ref()
        .and_then(|(rest, m)| holder_after_office_and(i, base, rest, m))
    {
        return Some(h);
    }
    // (Or the name is the place of a participle of origin that the name's parse stopped at:
    // "said New York-born striker Tomas Adeyemi" is not said by "New".)
    let cut_short = match &found {
        None => true,
        Some((rest, m)) => {
            let rest = rest.trim_start_matches([' ', '\u{a0}']);
            m.kind == MentionKind::Name
                && (!text_of(i, base, &m.head).contains(' ')
                    && rest.starts_with(char::is_lowercase)
                    || word(rest).is_ok_and(|(_, w)| is_origin_compound(w))
                    // ("said U.S.-born forward Dana Pell": the name stopped at the hyphen.)
                    || rest.starts_with('-') && origin(&i[m.head.start - base..]).is_some())
        }
    };
    // "said Mohawk Council of Kahnawake grand chief Kahsennenhawe SkyDeer": an
    // organisation's name, longer than a role's lead reads, then a lower-case role and the
    // person's name, who speaks.
    let holder = || {
        let (rest, m) = found.as_ref()?;
        let named = text_of(i, base, &m.head);
        if m.kind != MentionKind::Name || !named.contains(' ') || !is_organization(named) {
            return None;
        }
        let r = rest.strip_prefix(' ')?;
        // (Past its acronym: "Mohawk Council of Akwesasne (MCA) grand chief Abram Benedict".)
        let r = r
            .strip_prefix('(')
            .and_then(|x| x.split_once(") "))
            .filter(|(acronym, _)| acronym.len() <= 8 && !acronym.contains(' '))
            .map_or(r, |(_, x)| x);
        if !r.starts_with(char::is_lowercase) {
            return None;
        }
        let at = base + i.len() - r.len();
        // (A role no list names too: "said Clinton Foundation donor Ann Burke".)
        person_named(r, at)
            .filter(|(_, person)| person.head.start > at)
            .or_else(|| open_role(r, at))
    };
    // ("according to Monbulk Police Sergeant, Mark Knight.": the office's holder.)
    if let Some(h) = found
        .as_ref()
        .and_then(|(rest, m)| holder_after_comma(i, base, rest, m))
    {
        return Some(h);
    }
    cut_short
        .then(|| open_role(i, base))
        .flatten()
        .or_else(holder)
        .or(found)
        .or_else(|| open_description(i, base))
        // ("said the editor of the Daily Monitor, Charles Otim,": the body after the noun,
        // where a person's name of two words or more is set off after it, as the one who
        // speaks; not "said the editor of the Daily Monitor, Kampala's biggest paper".
        // Or where it ends the sentence or a comma follows: "said the widow of Tom Bell." is
        // the widow's.)
        .or_else(|| {
            open_description_with_body(i, base).filter(|(rest, _)| {
                rest.is_empty()
                    || rest.starts_with(['.', ';', '!', '?'])
                    || match name_set_off(rest) {
                        Some((after, titled)) => !titled && after.starts_with([',', '.', ';']),
                        // (Or a comma and more of the description in lower case or an age:
                        // "said the widow of Kofi Mensah, one of the three victims.", ", 54".
                        // Not a body's description: "said the editor of the Daily Clarion,
                        // Kestrel's biggest paper" names no one.)
                        None => rest.strip_prefix(", ").is_some_and(|a| {
                            a.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
                        }),
                    }
            })
        })
}

/// `bare_subject = word (: lower case, a noun) , [ gap , word (: a noun) ] , ( "," | "." | ";" | ":" | "!" | "?" | ")" | end | adjunct_after ) ;`
///
/// (A noun as [`is_bare_subject`] tells one.)
///
/// One noun alone after an inverted cue in the past, ending its clause: "“…,” said
/// police.", "“…,” said firefighters, who …", or in "-s" after a comma
/// ([`bare_subject_inverted`]: "“…,” says farmer", a headline's). An inverted
/// cue has its subject after it, so a noun that is all there is of the clause is the
/// speaker, whichever noun it is (no list of roles need name it). A second noun may follow
/// ("said police officers", "says union boss"), and the clause may go on with an
/// [`adjunct_after`]: "“…,” said police in a statement", "“…,” said residents on Monday".
fn bare_subject_after_cue(i: &str, base: usize) -> Option<(&str, Found)> {
    let (mut rest, mut m) = bare_noun(i, base)?;
    let ends = |r: &str| ends_clause(r) || adjunct_after(r);
    if let Some((r2, second)) = rest
        .strip_prefix(' ')
        .and_then(|r| bare_noun(r, m.span.end + 1))
        .filter(|(r2, _)| ends(r2))
    {
        m = Found {
            span: m.span.start..second.span.end,
            ..second
        };
        rest = r2;
    }
    if ends(rest) {
        return Some((rest, m));
    }
    // (With the people it belongs to: "“…,” said relatives of the victims.")
    let rest = object_of_noun(rest)?;
    m.span.end = base + i.len() - rest.len();
    ends_clause(rest).then_some((rest, m))
}

/// `object_of_noun = gap , ( "of" | "for" ) , gap , [ determiner , gap ] , ( titled_name | word (: lower case, a noun, or a participle after a determiner) , [ gap , word (: a noun) ] ) ;`
///
/// Whom a bare noun's people belong to, which [`complements`] reads only where a list names
/// the noun after "the": "relatives of the victims", "families of victims", "lawyers for
/// the accused", "families of the missing", "friends of Ana Ruiz". `i` opens with the gap
/// before "of"; what follows the object is returned.
fn object_of_noun(i: &str) -> Option<&str> {
    let (r, (_, link, _)) = (gap, word, gap).parse(i).ok()?;
    if !matches!(link, "of" | "for") {
        return None;
    }
    let (r, det) = match determiner(r) {
        Ok((r2, _)) => (gap(r2).ok()?.0, true),
        Err(_) => (r, false),
    };
    if r.starts_with(char::is_uppercase) {
        return titled_name(r).ok().map(|(rest, _)| rest);
    }
    let noun = |x| {
        word(x)
            .ok()
            .filter(|&(_, w)| is_bare_subject(w, memo::flags(w)))
    };
    // (A participle after "the" names people too: "lawyers for the accused", "families of
    // the missing".)
    let (mut rest, _) = noun(r).or_else(|| {
        word(r).ok().filter(|&(_, w)| {
            det && (w.ends_with("ed") || w.ends_with("ing"))
                && w.starts_with(|c: char| c.is_ascii_lowercase())
                && !memo::flags(w).is_cue()
        })
    })?;
    if let Some((r2, _)) = gap(rest).ok().and_then(|(r1, _)| noun(r1)) {
        rest = r2;
    }
    Some(rest)
}

/// `adjunct_after = gap , word (: a preposition but "of", "for" or "to", "as", "amid", "despite", "following", "ahead", a weekday, or a word of time) ;`
///
/// What may follow a speaker's clause in place of its end, read at its first word after the
/// gap: a place, a time or a manner ("in a statement", "on Monday", "after the floods",
/// "yesterday"). `i` opens with the gap.
fn adjunct_after(i: &str) -> bool {
    let Ok((r, (g, w))) = (gap, word).parse(i) else {
        return false;
    };
    !g.is_empty()
        && !g.contains('\n')
        && !r.starts_with('\'')
        && (is_weekday(w)
            || is_time_word(w)
            || matches!(w, "as" | "amid" | "despite" | "following" | "ahead")
            || memo::flags(w).exact & flag::PREPOSITION != 0 && !matches!(w, "of" | "for" | "to"))
}

/// The noun alone at the start of `i` (at byte `base`) that [`bare_subject_after_cue`] and
/// [`bare_subject_clause`] read as a speaker, as a description: it resolves as "the police"
/// would.
fn bare_noun(i: &str, base: usize) -> Option<(&str, Found)> {
    let (rest, w) = word(i).ok()?;
    if !is_bare_subject(w, memo::flags(w)) {
        return None;
    }
    let end = base + w.len();
    Some((
        rest,
        Found {
            span: base..end,
            head: base..end,
            kind: MentionKind::Description(role_of(w).unwrap_or(RoleKind::Person)),
        },
    ))
}

/// May `w` (its lexicon flags `f`), a lower-case word standing alone where a cue's subject
/// stands, be that subject: a noun ("police", "authorities", "residents")? Not a word of
/// another class that can stand there: a function word ([`is_function_word`]: a pronoun, an
/// auxiliary, a conjunction), a cue, a preposition, an adverb ("later", "again", "-ly"), a
/// time ("yesterday").
fn is_bare_subject(w: &str, f: Flags) -> bool {
    w.len() >= 3
        && w.starts_with(|c: char| c.is_ascii_lowercase())
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && f.exact & flag::PREPOSITION == 0
        && !f.is_cue()
        && !f.is_framing()
        && !w.ends_with("ly")
        && !w.ends_with("ing")
        && !w.ends_with("ed")
        && !has_adverb_ending(w)
        && !is_time_noun(w)
        && determiner(w).is_err()
        && !is_function_word(w)
        && !matches!(
            w,
            "yet"
                | "later"
                | "earlier"
                | "again"
                | "too"
                | "still"
                | "now"
                | "today"
                | "yesterday"
                | "tonight"
                | "tomorrow"
                | "never"
                | "always"
                | "often"
                | "thus"
                | "however"
                | "afterward"
                | "afterwards"
                | "instead"
                | "rather"
                | "also"
                | "even"
                | "here"
                | "there"
                | "perhaps"
                | "maybe"
                | "since"
                | "before"
                | "after"
                | "who"
        )
}

/// `description_named = ( "a" | "an" ) , gap , { word , gap } (: one to three, lower case, none a cue, a pronoun, an auxiliary or a function word) , ( "named" | "called" ) , gap , mention (: a name, no organisation's, ending its clause or before a preposition) ;`
///
/// Someone an inverted cue describes, then names: "said a trader called Mama Ebele", "says a
/// man named Dani, an activist". Whatever the description's noun, listed as a role or not,
/// the mention is the name, of one word too (the description is no role of theirs: "man
/// named" is none). `base` is the byte offset of `i` in the document.
pub(crate) fn description_named(i: &str, base: usize) -> Option<(&str, Found)> {
    let (mut r, article) = word(i).ok()?;
    if !matches!(article, "a" | "an") {
        return None;
    }
    for k in 0..4 {
        let (r1, g) = gap(r).ok()?;
        if g.is_empty() {
            return None;
        }
        let (r2, w) = word(r1).ok()?;
        if k > 0 && matches!(w, "named" | "called") {
            let (r3, g) = gap(r2).ok()?;
            if g.is_empty() || !r3.starts_with(char::is_uppercase) {
                return None;
            }
            let at = base + i.len() - r3.len();
            // (Its clause may go on with a preposition's phrase: "said a trader called Mama
            // Ebele at Kestrel market".)
            let ends = |rest: &str| {
                ends_clause(rest)
                    || gap(rest).is_ok_and(|(r, g)| {
                        !g.is_empty() && word(r).is_ok_and(|(_, w)| LEXICON.is_preposition(w))
                    })
            };
            // (Asked after the name's head: the mention may have read a place after it,
            // "Mama Ebele at Kestrel".)
            let (rest, n) = mention(r3, at).filter(|(_, n)| {
                n.kind == MentionKind::Name
                    && n.span.start == at
                    && !is_organization(text_of(r3, at, &n.head))
            })?;
            if ends(rest) {
                return Some((rest, n));
            }
            // (The mention then ends with the name: the place is the phrase's.)
            let past_head = &r3[n.head.end - at..];
            return ends(past_head).then(|| {
                let span = n.span.start..n.head.end;
                (past_head, Found { span, ..n })
            });
        }
        let f = memo::flags(w);
        // (The description's words, lower case, none a cue, a function word or a
        // preposition: "a young mother of two named …" is none, its "of" a preposition.)
        if k == 3
            || !w.starts_with(char::is_lowercase)
            || f.is_cue()
            || f.is_framing()
            || is_function_word(w)
            || LEXICON.is_preposition(w)
            || !w.chars().all(|c| c.is_alphanumeric() || c == '-')
        {
            return None;
        }
        r = r2;
    }
    None
}

/// `"a" | "an" , gap , word (: lower case, no role noun) , gap , titled_name (: a full name)`
/// after a cue: the name.
fn name_behind_adjective(i: &str, base: usize) -> Option<(&str, Found)> {
    let r = i.strip_prefix("a ").or_else(|| i.strip_prefix("an "))?;
    let (r, adjective) = word(r).ok()?;
    if !adjective.starts_with(char::is_lowercase) || role_of(adjective).is_some() {
        return None;
    }
    let (r, _) = gap(r).ok()?;
    if !r.starts_with(char::is_uppercase)
        && !r
            .split_ws()
            .nth(1)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    {
        return None;
    }
    let at = base + i.len() - r.len();
    // (Not an organisation's name that a role noun follows: "a prominent Republican National
    // Committee member".)
    person_named(r, at).filter(|(rest, _)| {
        let next = rest.split_ws().next().unwrap_or("");
        role_of(next.trim_end_matches([',', '.'])).is_none()
    })
}

/// The [`mention`] at the start of `r` (at byte `at`) where it names a person in full: a
/// name of two words or more that is no organisation's.
fn person_named(r: &str, at: usize) -> Option<(&str, Found)> {
    let (rest, m) = mention(r, at)?;
    let head = text_of(r, at, &m.head);
    (m.kind == MentionKind::Name && head.contains(' ') && !is_organization(head))
        .then_some((rest, m))
}

/// The holder an office names after a comma, when `m` (read from `i` at `base`, `rest` after
/// it) is an office in capitals ([`is_capitalised_office`]) and a person's full name follows
/// it and ends the clause: "according to Monbulk Police Sergeant, Mark Knight.", "”- Senate
/// President, Dr. Abubakar Bukola Saraki."
fn holder_after_comma<'a>(
    i: &str,
    base: usize,
    rest: &'a str,
    m: &Found,
) -> Option<(&'a str, Found)> {
    // (Or an office's name whose head is its link's object: "said Ambassador to Japan, Rahm
    // Emanuel.")
    let office = || {
        is_capitalised_office(text_of(i, base, &m.span))
            || m.head.start > m.span.start
                && titles_end_in_office_link(text_of(i, base, &(m.span.start..m.head.start)))
    };
    if m.kind != MentionKind::Name || !office() {
        return None;
    }
    let after = rest.strip_prefix(", ")?;
    let at = base + i.len() - after.len();
    person_named(after, at).filter(|(r, _)| ends_clause(r))
}

/// The text of `range` (offsets into the document) read from `i`, which starts at `base`.
fn text_of<'a>(i: &'a str, base: usize, range: &Range<usize>) -> &'a str {
    &i[range.start - base..range.end - base]
}

/// `owned_speech_noun = ( "was" | "is" | "came" ) , gap , ( "his" | "her" | "their" | { name_word , gap } , possessive ) , gap , [ word , gap ] (: lower case) , word (: in speech_nouns.txt) ;`
///
/// The quotation as its speaker's explanation, reply or verdict, after the closing mark:
/// "“I am a bit fired up,” was McCann’s explanation", "“…,” was his reply". The cue is the
/// speech noun.
fn owned_speech_noun(i: &str, base: usize) -> Option<Clause> {
    let (r, v) = word(i).ok()?;
    if !matches!(v, "was" | "is" | "came") {
        return None;
    }
    let (r, _) = gap(r).ok()?;
    let at = base + i.len() - r.len();
    let pronoun = match r.split(' ').next()? {
        "his" => Some(PronounKind::Male),
        "her" => Some(PronounKind::Female),
        "their" => Some(PronounKind::Plural),
        _ => None,
    };
    let (r, mention) = match pronoun {
        Some(p) => {
            let (r, w) = word(r).ok()?;
            let span = at..at + w.len();
            let kind = MentionKind::Pronoun(p);
            (
                r,
                Found {
                    span: span.clone(),
                    head: span,
                    kind,
                },
            )
        }
        None => {
            // (A name in the possessive: "Neil McCann’s", "Mr McCann’s".)
            if !r.starts_with(char::is_uppercase) {
                return None;
            }
            let (rest, head) = titled_name(r).ok()?;
            let named = &r[..r.len() - rest.len()];
            let bare = strip_possessive(named);
            // (The mark of the possessive, read with the name or after it.)
            let rest = if bare.len() < named.len() {
                rest
            } else {
                ["’s", "'s", "’", "'"]
                    .iter()
                    .find_map(|p| rest.strip_prefix(p))?
            };
            let m = Found {
                span: at..at + bare.len(),
                head: at + head.start..at + head.end.min(bare.len()),
                kind: MentionKind::Name,
            };
            (rest, m)
        }
    };
    // The speech noun, after one word in lower case at most: "was his curt reply".
    let (r, _) = gap(r).ok()?;
    let (r2, w) = word(r).ok()?;
    let (r, noun) = if LEXICON.flags(w).is_speech_noun() {
        (r2, w)
    } else if w.starts_with(char::is_lowercase) && strip_possessive(w).len() == w.len() {
        // (Not another's owner: "was his lawyer’s reply" is the lawyer's.)
        let (r3, _) = gap(r2).ok()?;
        let (r3, n) = word(r3).ok()?;
        if !LEXICON.flags(n).is_speech_noun() {
            return None;
        }
        (r3, n)
    } else {
        return None;
    };
    let end = base + i.len() - r.len();
    Some(Clause {
        mention,
        cue: end - noun.len()..end,
        end,
    })
}

/// `speaker_phrase = [ determiner , gap ] , { word , gap } (: one to four, or up to eight with "and" or "of" inside after a determiner or before a spokesperson's noun that a capitalised word comes before, no punctuation, ending in a lower-case noun, or in a name after the "of" of the determiner's first or second word before a finite cue) , cue ;`
///
/// A speaker no lexicon names, right after a closing mark: "“…,” federal prosecutors wrote",
/// "“…,” the progressive heavyweights wrote". Without a determiner the noun must be a plural
/// role noun ("aides", "prosecutors"), so that a verb phrase is not taken for a speaker.
fn speaker_phrase(i: &str, base: usize) -> Option<Clause> {
    let (mut r, det) = match determiner(i) {
        Ok((r, d)) => (gap(r).ok()?.0, Some(d)),
        Err(_) => (i, None),
    };
    // A spokesperson written after the organisation's name needs none: "“…,” federal
    // Department of Environment spokeswoman said", "“…,” Veloria Rail spokesman said".
    let spokes = det.is_none() && spokesperson_before_cue(r);
    // With a determiner the phrase may run longer and join two descriptions ("the
    // independent Vermont senator and Democratic presidential candidate told").
    let long = det.is_some() || spokes;
    let most = if long { 8 } else { 4 };
    // (The lower-case noun before an "of" that the determiner's phrase reads: past it,
    // capitalised words are the object's, "“…,” the widow of Tom Bell said" is the widow's.)
    let mut noun_of: Option<Range<usize>> = None;
    let mut prev: Option<Range<usize>> = None;
    for k in 0..most {
        let (r1, w) = word(r).ok()?;
        let f = LEXICON.flags(w);
        let joins = long && k > 0 && matches!(w, "and" | "of");
        // (A word of the organisation's name is no cue: "Veloria Rail spokesman said".)
        let named = spokes && is_capitalized(w);
        if f.exact & (flag::PRONOUN | flag::AUXILIARY) != 0
            || !named && (f.is_cue() || f.is_framing())
            || !joins
                && matches!(
                    w,
                    "and" | "or" | "but" | "of" | "who" | "that" | "to" | "in"
                )
            // (Nor a conjunction that opens the sentence: "But polls have shown …".)
            || k == 0 && is_opening_conjunction(w)
        {
            return None;
        }
        let (r2, _) = gap(r1).ok()?;
        let at = |x: &str| base + i.len() - x.len();
        if let Ok((r3, v)) = cue(r2) {
            let role = f.role();
            let plural_role = role.is_some() && w.ends_with('s');
            let object = noun_of.is_some() && is_capitalized(w) && !v.ends_with("ing");
            if is_capitalized(w) && !object || !(plural_role || det.is_some() || spokes) {
                return None;
            }
            let cue_end = at(r3);
            return Some(Clause {
                mention: Found {
                    span: base..at(r1),
                    head: noun_of.clone().filter(|_| object).unwrap_or(at(r)..at(r1)),
                    kind: MentionKind::Description(
                        match &noun_of {
                            Some(n) if object => role_of(text_of(i, base, n)),
                            _ => role,
                        }
                        .unwrap_or(RoleKind::Person),
                    ),
                },
                cue: cue_end - v.len()..cue_end,
                end: cue_end,
            });
        }
        // (Only of a noun that the determiner's first or second word is, before a finite
        // cue: "The ad uses footage of Hillary Clinton asking, “…”" is hers.)
        if joins && w == "of" && noun_of.is_none() && det.is_some() && k <= 2 {
            noun_of = prev
                .clone()
                .filter(|n| text_of(i, base, n).starts_with(|c: char| c.is_lowercase()));
        }
        prev = Some(at(r)..at(r1));
        r = r2;
    }
    None
}

/// Do the words of `i`, up to eight, reach a spokesperson's noun right before a cue, past a
/// capitalised word (an organisation's name: "Veloria Rail spokesman said"), with no
/// punctuation on the way?
fn spokesperson_before_cue(i: &str) -> bool {
    let mut r = i;
    let mut named = false;
    for _ in 0..8 {
        let Ok((r1, w)) = word(r) else { return false };
        let Ok((r2, g)) = gap(r1) else { return false };
        if g.is_empty() {
            return false;
        }
        if is_spokes_noun(w) {
            return named && cue(r2).is_ok();
        }
        named |= is_capitalized(w);
        r = r2;
    }
    false
}

/// `attribution_after = [ "," | ";" ] , gap , ( speaker_cue | modified_subject | cue_speaker | open_cue_clause (: after a quotation that opens its sentence and a comma closes) | described_name | open_role , gap , cue | according_to | speaker_phrase | owned_speech_noun (: after a quotation that opens its sentence and a comma closes) | bare_subject_clause | bare_subject_inverted (: after a quotation that a comma closes) | dash , gap , ( cue_speaker | speaker_cue | mention (: not before a colon) ) ) ;`
///
/// The words right after a closing mark: `"…," she said`, `"…," said Maj. Jaren Stafani`,
/// `"…," according to the report`, `"…" — Claudia Sheinbaum`.
///
/// `opens_sentence` tells whether the quotation opens its sentence, as `open_cue_clause`
/// asks: a quotation inside a sentence ("summed up Clinton as “terrible,” denounced her
/// record") is followed by that sentence's words, not by a clause that reports it.
pub fn attribution_after(
    text: &str,
    at: usize,
    limit: usize,
    opens_sentence: bool,
) -> Option<(Found, Option<Range<usize>>)> {
    let i = &text[at..limit];
    let (r, _) = (opt(one_of(",;")), gap).parse(i).ok()?;
    let base = at + i.len() - r.len();
    if let Ok((r2, _)) = (alt((tag("—"), tag("–"), tag("-"), tag("―"))), gap).parse(r) {
        let b2 = base + r.len() - r2.len();
        // A cue and its speaker after the dash, as translated copy writes them: "“…” – said
        // Pashinyan.", "“…” – said the representative of the Kremlin", "“…” – the minister
        // said." (A cue first, or a mention and a cue: not a credit line's name alone.)
        // (Only after a quotation that opens its sentence, and a clause that ends it or sets
        // off what follows by a comma: not "Residents described the flood as “biblical” —
        // said one, “…”", nor an aside, "The phrase “never again” – says historian Ana Ruiz –
        // has lost its force", nor "“Blue Moon” – sang the crowd as the players came out".)
        let ends = |c: &Clause| {
            let after = &text[c.end..];
            let after = after.trim_start_matches([' ', '\t']);
            after.is_empty() || after.starts_with(['.', ',', ';', '!', '?', '\n', '\r'])
        };
        if let Some(c) = opens_sentence
            .then(|| cue_speaker(r2, b2).or_else(|| speaker_cue(r2, b2)))
            .flatten()
            .filter(ends)
        {
            return Some((c.mention, Some(c.cue)));
        }
        let (after, m) = mention(r2, b2)?;
        // (A label, not a signature: "- Credit: BHRUT", "— Photo: Reuters".)
        if after.starts_with(':') {
            return None;
        }
        // (A holder with a title, or of three words or more, after a signature's office: not
        // a place, "- Police Chief, Port Elizabeth.")
        let m = holder_after_comma(r2, b2, after, &m)
            .filter(|(_, h)| {
                h.head.start > h.span.start || text[h.head.clone()].split_ws().nth(2).is_some()
            })
            .map_or(m, |(_, h)| h);
        return Some((m, None));
    }
    // (The text up to the quotation's last word, past its closing marks: whether a comma or
    // a stop closes the quotation, before its closing mark or after it, is read from it.)
    let closed = text[..at].trim_end_matches(['"', '”', '’', '\'']);
    // ("“…,” expressed Shehbaz Sharif.": the comma asks for the clause that reports it; so
    // do a question mark and an exclamation mark inside the quotation before a word in lower
    // case, which goes on with its sentence: "“…?” he quizzed.")
    let comma_closed =
        || opens_sentence && (i.starts_with(',') || closed.ends_with([',', '?', '!']));
    let clause = speaker_cue(r, base)
        .or_else(|| modified_subject_cue(r, base))
        .or_else(|| cue_speaker(r, base))
        .or_else(|| comma_closed().then(|| open_cue_clause(r, base)).flatten())
        .or_else(|| described_name(r, base))
        .or_else(|| {
            // "“…,” harbour master Ines Kowalczyk said": a role no list names, right after
            // the closing mark (not anywhere in the sentence: "a visibly angry Mark Hale").
            let (r2, m) = open_role(r, base)?;
            clause_after_mention(r, base, r2, m)
        })
        .or_else(|| according_to(r, base))
        .or_else(|| speaker_phrase(r, base))
        .or_else(|| comma_closed().then(|| owned_speech_noun(r, base)).flatten())
        .filter(|c| {
            // ("“Yesterday I heard from Faulconer,” who said he couldn't come, says Kay
            // Ragan": a relative pronoun right after the quotation stands for a name inside
            // it, never for its speaker.)
            c.mention.kind != MentionKind::Pronoun(PronounKind::Relative)
        })
        .or_else(|| {
            // (Only after a quotation that a comma or a stop closes: "“poison pill” measures
            // added by Republicans" is no one's saying.)
            (i.starts_with(',') || closed.ends_with([',', '?', '!', '.']))
                .then(|| bare_subject_clause(r, base))
                .flatten()
        })
        .or_else(|| {
            // (A form in "-s" may be a plural noun, "“spontaneous” protests rather than":
            // only after a comma.)
            (i.starts_with(',') || closed.ends_with([',', '?', '!']))
                .then(|| bare_subject_inverted(r, base))
                .flatten()
        })?;
    Some((clause.mention, Some(clause.cue)))
}

/// `bare_subject_inverted = cue_verb (: a form in "-s" that inverts) , gap , bare_subject ;`
///
/// A headline's inversion before a bare noun, after a quotation that a comma closes: "“…,”
/// says farmer after floods", "“…,” warns union boss". (A past form is read by
/// [`cue_speaker`].)
fn bare_subject_inverted(i: &str, base: usize) -> Option<Clause> {
    let (r, v) = cue_verb(i).ok()?;
    if !v.ends_with('s') || !LEXICON.invertible_forms.contains(&*lowercase(v)) {
        return None;
    }
    let (r, g) = gap(r).ok()?;
    if g.is_empty() {
        return None;
    }
    let at = base + i.len() - r.len();
    let (rest, mention) = bare_subject_after_cue(r, at)?;
    Some(Clause {
        mention,
        cue: base..base + v.len(),
        end: base + i.len() - rest.len(),
    })
}

/// `modified_subject = word (: lower case, a cue's base form) , gap , ( speaker_cue | speaker_phrase | bare_subject_clause ) (: no determiner first) ;`
///
/// A cue's base form right after a quotation may be an adjective of the subject that follows,
/// which a cue of its own reports: "“…,” state officials said", "“…,” state Senate leader Tom
/// Berg said". An inverted cue is a past or an "-s" form ("said Tom Berg", "writes Tom
/// Berg"); a base form inverts only before a determiner ("state the authors"), which this
/// leaves to [`cue_speaker`]. The mention spans the adjective.
fn modified_subject_cue(i: &str, base: usize) -> Option<Clause> {
    let (r, w) = word(i).ok()?;
    if !w.starts_with(|c: char| c.is_ascii_lowercase())
        || memo::flags(w).exact & flag::CUE_BASE == 0
    {
        return None;
    }
    let (r, g) = gap(r).ok()?;
    if g.is_empty() || determiner(r).is_ok() {
        return None;
    }
    let at = base + i.len() - r.len();
    let c = speaker_cue(r, at)
        .or_else(|| speaker_phrase(r, at))
        .or_else(|| bare_subject_clause(r, at))?;
    Some(Clause {
        mention: Found {
            span: base..c.mention.span.end,
            ..c.mention
        },
        ..c
    })
}

/// `open_cue_clause = ( open_cue , gap , mention | mention (: a name or "he", "she", "they") , [ "," , gap , number , "," ] , gap , open_cue ) , ( gap , preposition | "." | "!" | "?" | "," ) ;`
///
/// Right after a quotation that a comma closes, a finite verb that `cues.txt` does not let
/// stand before its speaker, or no cue at all, still reports it when a mention stands next to
/// it and the clause ends there or goes on with a preposition: "“…,” expressed Shehbaz
/// Sharif.", "“…,” reveals Shehbaz Sharif about the case.", "“…,” stressed the minister.",
/// "“…,” he expressed." The comma asks for such a clause, and the name or pronoun next to the
/// verb is its subject, whichever verb it is (see [`open_cue`]).
fn open_cue_clause(i: &str, base: usize) -> Option<Clause> {
    let at = |x: &str| base + i.len() - x.len();
    // The clause ends after the mention or the verb: a full stop, "!", "?", a comma, or a
    // preposition that opens an adjunct ("about the case", "in Lahore").
    let ends = |r: &str| {
        r.starts_with(['.', '!', '?', ','])
            || gap(r).is_ok_and(|(r2, g)| {
                !g.is_empty() && word(r2).is_ok_and(|(_, w)| is_preposition(w))
            })
    };
    // "expressed Shehbaz Sharif."
    if let Ok((r, v)) = word(i) {
        if open_cue(v) {
            if let Ok((r, _)) = gap(r) {
                let m_base = at(r);
                // (Read as after a listed cue: "narrated the police service." is one
                // description, not "the police" and a word left over.)
                if let Some((r2, m)) = mention_after_cue(r, m_base) {
                    let named = matches!(m.kind, MentionKind::Name | MentionKind::Description(_));
                    if named && ends(r2) {
                        return Some(Clause {
                            mention: m,
                            cue: base..base + v.len(),
                            end: at(r2),
                        });
                    }
                }
            }
        }
    }
    // "he expressed."
    let (r, m) = mention(i, base)?;
    // (Past an age set off after a name: "“…,” Georgina Sanchez, 52, sobbed to AFP.")
    let r = match m.kind {
        MentionKind::Name => age_set_off(r).unwrap_or(r),
        _ => r,
    };
    let subject = matches!(
        m.kind,
        MentionKind::Name
            | MentionKind::Pronoun(PronounKind::Male | PronounKind::Female | PronounKind::Plural)
    );
    let (r, g) = gap(r).ok()?;
    let (r2, v) = word(r).ok()?;
    if !(subject && !g.is_empty() && open_cue(v) && ends(r2)) {
        return None;
    }
    // (A form no list names that a plural noun may also have, "-es", no person's noun after
    // a single name: "“…,” Tesla employees." is no clause. And "began" only where the
    // clause ends: "“The Simpsons,” Groening began in 1989" began a show.)
    let listed = memo::flags(v).is_cue() || v.ends_with("ed");
    if !listed
        && (v == "began" && !r2.starts_with(['.', '!', '?', ','])
            || v != "began"
                && !matches!(m.kind, MentionKind::Pronoun(_))
                && !text_of(i, base, &m.span).contains(' ')
                && (role_of(v).is_some() || role_of(&v[..v.len() - 1]).is_some()))
    {
        return None;
    }
    let cue_start = at(r);
    Some(Clause {
        mention: m,
        cue: cue_start..cue_start + v.len(),
        end: at(r2),
    })
}

/// Do the words before a name (`titles`) open with an owner's possessive and end with a role
/// noun in lower case: "Shore's lawyer ", "Sheeran's defence lawyer "?
fn owner_and_role(titles: &str) -> bool {
    let mut ws = titles.split_ws();
    let first = ws.next().unwrap_or("");
    let last = ws.next_back().unwrap_or("");
    is_capitalized(first)
        && strip_possessive(first).len() < first.len()
        && last.starts_with(|c: char| c.is_ascii_lowercase())
        && role_of(last) == Some(RoleKind::Person)
}

/// What follows an age set off by commas at the start of `r` (", 52, sobbed" gives " sobbed"),
/// if an age of one to three digits is set off there.
fn age_set_off(r: &str) -> Option<&str> {
    let a = r.strip_prefix(", ")?;
    let digits = a.bytes().take_while(u8::is_ascii_digit).count();
    a[digits..]
        .strip_prefix(',')
        .filter(|_| (1..=3).contains(&digits))
}

/// `open_cue = word (: lower case; a cue's form in "-s" or "-ed", any word of five letters or more in "-ed" or "-es", or "began") ;`
///
/// A verb that reports a quotation from [`open_cue_clause`]'s place, whether or not
/// `cues.txt` lists it ("expressed", "opined", "reveals", "stressed", "confesses",
/// "enthuses"): a finite form, never a participle in "-ing" ("“…,” starring Ana Ruiz"
/// reports nothing). Of the irregular pasts no list names, "began" ("“…,” Tanner began.").
fn open_cue(v: &str) -> bool {
    if !v.bytes().all(|b| b.is_ascii_lowercase()) || v.ends_with("ing") {
        return false;
    }
    let f = memo::flags(v);
    (f.is_cue() && (v.ends_with('s') || v.ends_with("ed")))
        || v.len() >= 5
            && (v.ends_with("ed") || v.ends_with("es") && !v.ends_with("times"))
            && !f.is_framing()
            && f.exact & flag::AUXILIARY == 0
        || v == "began"
}

/// `bare_subject_clause = word (: lower case, a noun) , [ complements | object_of_noun ] , gap , cue (: no "-s" or "-ing" form, no mention after it) ;`
///
/// (A noun as [`is_bare_subject`] tells one.)
///
/// Right after a closing mark, one noun alone before a cue is the cue's subject, whichever
/// noun it is (no list of roles need name it): "“…,” police said", "“…,” firefighters said
/// in a statement", "“…,” residents say". Not where the cue's form has no plural subject
/// ("“…,” came shouts from the crowd", "“…,” giving states more power"), nor where a mention
/// follows the cue, which is then the subject ("“…,” later said Smith").
fn bare_subject_clause(i: &str, base: usize) -> Option<Clause> {
    let (r1, mut noun) = bare_noun(i, base)?;
    // (With its complements: "“…,” relatives of Kwame Boateng said", or the people it
    // belongs to, "“…,” relatives of the victims said".)
    let r1 = match complements(r1) {
        r if r.len() < r1.len() && r.starts_with(' ') => Some(r),
        _ => object_of_noun(r1),
    }
    .map_or(r1, |r| {
        noun.span.end = base + i.len() - r.len();
        r
    });
    let (r2, g) = gap(r1).ok()?;
    let (r3, v) = cue(r2).ok()?;
    if g.is_empty() || v.ends_with('s') || v.ends_with("ing") {
        return None;
    }
    if gap(r3).is_ok_and(|(after, _)| mention(after, 0).is_some()) {
        return None;
    }
    let cue_end = base + i.len() - r3.len();
    Some(Clause {
        mention: noun,
        cue: cue_end - v.len()..cue_end,
        end: cue_end,
    })
}

// ---------------------------------------------------------------------------------------
// Quotations and their windows

/// The part of a quotation's paragraph the rules may look at, and the quotations in it.
struct Window {
    /// The quotation's paragraph, and the one before it.
    para: Range<usize>,
    previous_para: Option<Range<usize>>,
    /// The paragraph after the quotation's.
    next_para: Option<Range<usize>>,
    /// Start of the quotation's sentence (or of the enclosing quotation's words).
    sentence_start: usize,
    /// End of the text after the quotation that belongs to its sentence.
    after_limit: usize,
}

/// Words that, placed right before a quotation, make it a fragment of a larger sentence.
fn ends_with_intro(prefix: &str) -> bool {
    let t = prefix.trim_end();
    t.is_empty() || t.ends_with([':', ',', '—', '–', '(']) || t.ends_with("that")
}

/// A quotation wholly made of title-case words ("Saturday Night Live", "Face the Nation,").
fn looks_like_title(inner: &str) -> bool {
    let inner = inner.trim().trim_end_matches([',', '.']);
    // The words are read one at a time, up to the first that is not a title's (most
    // quotations have one among their first few) or the eighth: "at most seven" is told
    // then, and a long quotation is not split whole.
    let mut ws = inner.split_ws();
    // ("13th", "60 Minutes": a title may open with a number.)
    let opens = ws
        .clone()
        .next()
        .is_some_and(|w| is_capitalized(w) || w.starts_with(|c: char| c.is_ascii_digit()));
    opens
        && ws.by_ref().take(7).all(|w| {
            is_capitalized(w)
                || !w.starts_with(char::is_alphabetic)
                || matches!(
                    w,
                    "a" | "an"
                        | "the"
                        | "of"
                        | "in"
                        | "on"
                        | "at"
                        | "for"
                        | "and"
                        | "or"
                        | "to"
                        | "by"
                        | "with"
                        | "from"
                        | "as"
                        | "vs."
                        | "nor"
                        | "but"
                )
        })
        && ws.next().is_none()
        && !inner.ends_with(['!', '?'])
}

/// Is a title-case quotation named as a work or a show by the words before it?
/// ("on CBS’s “Face the Nation,”", "titled “Arrogant,”", "the film “13th”").
fn names_a_work(prefix: &str) -> bool {
    // ("DuVernay’s documentary, “13th,” below": the noun may take a comma.)
    let prev = prefix
        .split_ws()
        .next_back()
        .unwrap_or("")
        .trim_end_matches(',');
    possessive(prev).is_ok()
        || matches!(
            prev.to_lowercase().as_str(),
            "on" | "of"
                | "in"
                | "at"
                | "to"
                | "from"
                | "for"
                | "titled"
                | "entitled"
                | "the"
                | "a"
                | "show"
                | "program"
                | "film"
                | "book"
                | "movie"
                | "song"
                | "album"
                | "series"
                | "headline"
                | "column"
                | "article"
                | "magazine"
                | "newspaper"
                | "documentary"
                | "hashtag"
                | "slogan"
                | "episode"
                | "segment"
        )
}

/// Rule `coordinated`: the quotation `qi`, with no speaker (or not speech, or a speaker rule
/// `subject` only guessed), takes the attribution of its neighbour `from` (the one right
/// before or right after it, at the same level) when the two are joined by "and", "or", a
/// comma and the like and the neighbour is attributed speech. From the one after, only where
/// that one's mention follows it, so that the reporting clause comes after both.
fn coordinate(text: &str, raw: &[RawQuote], out: &mut [Attribution], qi: usize, from: usize) {
    let named = |a: &Attribution| a.speaker.mention.is_some();
    let (first, second) = (&raw[qi.min(from)], &raw[qi.max(from)]);
    if first.outer != second.outer
        || first.span.end > second.span.start
        || named(&out[qi])
            && out[qi].kind != QuoteKind::Nonspeech
            && !out[qi].speaker.rule.starts_with("subject")
    {
        return;
    }
    let reported_after = from < qi
        || out[from]
            .speaker
            .mention
            .as_ref()
            .is_some_and(|m| m.start >= raw[from].span.end);
    let between = &text[first.span.end..second.span.start];
    // (Past an article, a title is as often the narration's as the speaker's: `was "a fair
    // bargain" and the "Belt and Road" label was misleading`.)
    let title_past_article = || {
        between
            .split_ws()
            .any(|w| matches!(w.trim_end_matches(','), "a" | "an" | "the"))
            && looks_like_title(&text[raw[qi].inner.clone()])
    };
    if named(&out[from])
        && reported_after
        && out[from].kind != QuoteKind::Nonspeech
        && is_coordination(between)
        && !title_past_article()
    {
        out[qi] = Attribution {
            speaker: Speaker {
                rule: "coordinated",
                ..out[from].speaker.clone()
            },
            ..out[from].clone()
        };
    }
}

/// Decides kind, cue and speaker for every quotation of a document.
///
/// Passes: each quotation's own cue (rules `after`, `before`, `participle`, `colon`,
/// `after-distant`, `dash`); then the parts of a quotation that runs over paragraphs share
/// the speaker one of them names (rule `continued`: the cue usually follows the last part);
/// then a quotation with no cue takes the speaker of the attributed quotation before it, in
/// its paragraph or at the end of the paragraph before (`same-paragraph`,
/// `previous-paragraph`), unless someone else is named in between; then a quotation that
/// opens its sentence after narration takes the narration's speaker (`preceding`), and the
/// quotations after those inherit again.
pub fn attribute(text: &str, paragraphs: &[Range<usize>], raw: &[RawQuote]) -> Vec<Attribution> {
    // Nothing to attribute: the words and the registry serve only the quotations (about a
    // fifth of a news corpus's text is articles that quote no one).
    if raw.is_empty() {
        return Vec::new();
    }
    let doc_words = std::rc::Rc::new(Tokens::new(text, paragraphs));
    let _memo = memo::scope(text, doc_words.clone());
    let registry = Registry::build(text, paragraphs, raw, &doc_words);
    // The paragraph of each quotation, found with one moving cursor.
    let mut para_of = Vec::with_capacity(raw.len());
    let mut pi = 0;
    for q in raw {
        while pi + 1 < paragraphs.len() && paragraphs[pi].end < q.span.start {
            pi += 1;
        }
        para_of.push(pi);
    }
    let mut out: Vec<Attribution> = Vec::with_capacity(raw.len());
    let mut after_limits: Vec<usize> = Vec::with_capacity(raw.len());
    for (qi, q) in raw.iter().enumerate() {
        let para = paragraphs
            .get(para_of[qi])
            .cloned()
            .unwrap_or(0..text.len());
        // The paragraph's sentence starts, found once with its words.
        let computed;
        let starts = match doc_words.sentence_starts(para_of[qi]) {
            Some(s) => s,
            None => {
                computed = sentence_starts(text, para.clone());
                &computed[..]
            }
        };
        let previous_para = para_of[qi].checked_sub(1).and_then(|p| paragraphs.get(p));
        let mut window = window_for(text, q, raw, &para, previous_para, starts);
        window.next_para = paragraphs.get(para_of[qi] + 1).cloned();
        after_limits.push(window.after_limit);
        out.push(attribute_one(text, q, qi, raw, &window, &registry));
    }
    // Rule `continued`, backwards (from the part with the cue to the parts before it), then forwards.
    let named = |a: &Attribution| a.speaker.mention.is_some();
    for qi in (0..raw.len()).rev() {
        if let Some(prev) = raw[qi].continues {
            // A transcript label opens a new turn: the parts before it are someone else's.
            let opens_turn = out[qi].speaker.rule.starts_with("label");
            if named(&out[qi]) && !named(&out[prev]) && !opens_turn {
                out[prev] = continued(&out[qi], out[prev].kind);
            }
        }
    }
    // Rule `coordinated`: “A” and “B” are one speaker's words of one kind. (Before a
    // sentence's subject, rule `subject`, which is a guess for words no cue reports: in "the
    // organisation's president Mahmood Hamid demanded … what he called “illegal actions” and
    // “humiliating treatment”", "he called" reports both.)
    for qi in 1..raw.len() {
        coordinate(text, raw, &mut out, qi, qi - 1);
    }
    // And backwards, where the reporting clause comes after both: in "Calling the plan
    // “reckless” and “unworkable”, Tom Bell said …" the cue after the second reports the
    // first too.
    for qi in (0..raw.len().saturating_sub(1)).rev() {
        coordinate(text, raw, &mut out, qi, qi + 1);
    }
    // Rule `continued` forwards, then `same-paragraph` and `previous-paragraph`.
    let layout = Layout {
        paragraphs,
        para_of: &para_of,
        after_limits: &after_limits,
    };
    follow_on(text, raw, &mut out, &registry, &layout, false);
    pronoun_after_description(text, raw, &mut out);
    // Rule `preceding`: a quotation that stands as its own sentence after narration takes
    // the subject of the sentence before it ("Bystrom agreed. “Mainstream Republicans…”").
    let mut prev_end = 0;
    // The last quotation with a speaker, of speech (for `resumed` below).
    let mut last_speech: Option<usize> = None;
    let mut last_quoted: Option<usize> = None;
    for (qi, q) in raw.iter().enumerate() {
        if q.outer.is_some() {
            continue;
        }
        let since = prev_end;
        let quoted_before = last_quoted;
        let speech_before = last_speech;
        // (A title or a scare quote is part of the narration: "On “Face the Nation,” Sen.
        // Bernie Sanders … identified …. “The younger people…”".)
        if out[qi].kind != QuoteKind::Nonspeech {
            prev_end = q.span.end;
            last_speech = Some(qi);
            if named(&out[qi]) {
                last_quoted = Some(qi);
            }
        }
        if named(&out[qi]) || out[qi].kind != QuoteKind::Direct || q.continues.is_some() {
            continue;
        }
        let para = &paragraphs[para_of[qi]];
        let from = para.start.max(since);
        // A quotation that opens its paragraph after a paragraph of narration with no
        // quotation in it: the last sentence of that paragraph, when a clause of it reports
        // speech, names the speaker ("Buthelezi said they were engaging the community." ⏎
        // "“We believe our people must be serviced.”").
        // (And that ends its sentence where no attribution follows it: "“This is
        // fantastic!” beamed Donald Hartley", "“Call the roll,” came shouts" are not.)
        let opens_paragraph =
            from == para.start && text[para.start..q.span.start].trim().is_empty();
        // (Past the closing marks of quotations nested at its end: "“He said, ‘… then.’”".
        // Or with the full stop after the closing mark, as outlets that punctuate logically
        // write it: "“… in the future”.")
        let after = &text[q.span.end..para.end.max(q.span.end)];
        let stop_after = after.strip_prefix(['.', '!', '?']);
        let ends_sentence = (stop_after.is_some()
            || text[q.inner.clone()]
                .trim_end()
                .trim_end_matches(['’', '\'', '”', '"'])
                .ends_with(['.', '!', '?', '…']))
            && {
                let next = stop_after.unwrap_or(after).trim_start();
                next.is_empty()
                    || next.starts_with(char::is_uppercase)
                    || crate::extract::marks::quote_mark(next).is_ok()
            };
        // (The paragraph before, past a subheading between: "Ms Doherty told the radio
        // station …." ⏎ "Social Welfare Bill" ⏎ "“Given that …”".)
        let previous_index = para_of[qi].checked_sub(1).map(|p| match p.checked_sub(1) {
            Some(before)
                if is_subheading(&text[paragraphs[p].clone()])
                    || is_related_link(&text[paragraphs[p].clone()]) =>
            {
                before
            }
            _ => p,
        });
        let previous = previous_index
            .and_then(|p| paragraphs.get(p))
            .filter(|p| opens_paragraph && (ends_sentence || q.unclosed) && since <= p.start);
        // A speaker resumed after one paragraph of narration about them: “…,” says Attaran. ⏎
        // "Attaran also dug up a 2014 memo." ⏎ "“Full-day kindergarten is in the news…”". The
        // narration's last sentence has that speaker as its subject, and the paragraph
        // before it ends with their quotation. (Asked first: a clause inside that sentence
        // may report someone else's words, "helped the team reply strongly".)
        let resumed = previous.zip(quoted_before).and_then(|(p, li)| {
            if Some(para_of[li] + 1) != previous_index {
                return None;
            }
            let Range { start, end } = last_sentence(text, p.clone())?;
            let subject = opening_subject(text, start, end)?;
            // (A possessive is no subject: "His deputy, Ruth Amankwah, chaired the meeting.")
            if is_possessive_pronoun(&text[subject.span.clone()]) {
                return None;
            }
            let speaker = registry.resolve(text, &subject, "preceding");
            (speaker.name.is_some() && speaker.name == out[li].speaker.name).then_some(speaker)
        });
        if let Some(speaker) = resumed {
            out[qi] = Attribution {
                kind: QuoteKind::Direct,
                speaker,
                cue: None,
            };
            continue;
        }
        let found = match previous {
            Some(p) => reporting_clause(text, p.clone()).or_else(|| {
                // (A statement, not a quoted subheading: "'A change warrior.'"; and not in a
                // round-up, where the narration introduces the quotation before it, which
                // no one else attributes: "“…”" ⏎ "Orla Kinsane got straight to the point in
                // her post-match interview." ⏎ "“…”", rule `following`.)
                let long = text[q.inner.clone()].split_ws().nth(7).is_some();
                let round_up = speech_before
                    .is_some_and(|si| Some(para_of[si] + 1) == previous_index && !named(&out[si]));
                (long && !round_up)
                    .then(|| reacting_subject(text, p.clone()))
                    .flatten()
            }),
            None => preceding_subject(text, from..q.span.start, from == para.start),
        };
        if let Some(subject) = found {
            if registry.knows(text, &subject) {
                out[qi] = Attribution {
                    kind: QuoteKind::Direct,
                    speaker: registry.resolve(text, &subject, "preceding"),
                    cue: None,
                };
            }
        }
    }
    // The quotations that follow one `preceding` named take its speaker as they would any
    // other's, when each is a paragraph of its own: words after a quotation that no cue
    // read may still name another speaker ("“Would it be negotiable?” Hannity pressed.").
    follow_on(text, raw, &mut out, &registry, &layout, true);
    answers(text, raw, &mut out, &registry, &layout);
    repeated(text, raw, &mut out, paragraphs);
    pointed_back(text, raw, &mut out, &registry, &layout, &doc_words);
    following(text, raw, &mut out, &registry, &layout, &doc_words);
    out
}

/// A "he" or "she" that reports a quotation right after the quotation before it (nothing
/// but the pronoun's clause between: "He added: “…”", "“…,” she added"), whose speaker is a
/// description the article names no one for, an indefinite one ("A Scottish government
/// spokesman said: “…”"; a definite one the registry did not resolve may be anyone), is
/// that description, when its noun does not tell the other gender: not the person named
/// last before it, whom the registry's chain of pronouns would give.
fn pronoun_after_description(text: &str, raw: &[RawQuote], out: &mut [Attribution]) {
    let mut previous: Option<usize> = None;
    for qi in 0..raw.len() {
        if raw[qi].outer.is_some() {
            continue;
        }
        let before = previous.replace(qi);
        let Some(j) = before else { continue };
        let Some(m) = out[qi].speaker.mention.as_ref() else {
            continue;
        };
        let want = match m.text.as_str() {
            "he" | "He" => Gender::Male,
            "she" | "She" => Gender::Female,
            _ => continue,
        };
        let prior = &out[j].speaker;
        let Some(d) = prior.mention.as_ref() else {
            continue;
        };
        if prior.name.is_some()
            || out[j].kind == QuoteKind::Nonspeech
            || !["A ", "An ", "a ", "an ", "Another ", "another "]
                .iter()
                .any(|a| d.text.starts_with(a))
        {
            continue;
        }
        // (Nothing between but the pronoun's clause: the pronoun right after the quotation
        // before, or right after this one, which follows that one at once.)
        let gap_before = |a: usize, b: usize| {
            a <= b
                && text[a..b]
                    .trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ':'))
                    .is_empty()
        };
        // (Or past the description's own clause after its quotation, a sentence that ends
        // within twelve words of it: "“…,” said a marketer in Nairobi, who blamed the
        // provider." ⏎ "“…,” he said.")
        let own_clause = || {
            let (a, b) = (raw[j].span.end, raw[qi].span.start);
            a <= d.start
                && d.end <= b
                && !text[a..d.start].contains(['.', '!', '?'])
                && {
                    let after = text[d.end..b].trim_end();
                    after.ends_with('.')
                        && after.split_ws().nth(12).is_none()
                        && !after[..after.len() - 1].contains(['.', '!', '?', '“', '"'])
                }
                && gap_before(raw[qi].span.end, m.start)
        };
        let adjacent = gap_before(raw[j].span.end, m.start)
            || gap_before(raw[j].span.end, raw[qi].span.start)
                && gap_before(raw[qi].span.end, m.start)
            || own_clause();
        if !adjacent {
            continue;
        }
        // (Not a noun that tells the other gender: "A spokeswoman said …. He added".)
        let noun = d.text.split_ws().next_back().unwrap_or("").to_lowercase();
        let told = LEXICON.roles.get(noun.as_str()).and_then(|r| r.1);
        if told.is_some_and(|g| g != want) {
            continue;
        }
        let rule = crate::extract::speaker::resolved_otherwise(out[qi].speaker.rule, "description");
        out[qi].speaker = Speaker {
            rule,
            ..prior.clone()
        };
    }
}

/// Is `q` a direct quotation that the passes left without a speaker, neither nested in
/// another nor continuing one (what rules `answer` and `following` look at)?
fn left_unattributed(q: &RawQuote, a: &Attribution) -> bool {
    q.outer.is_none()
        && q.continues.is_none()
        && a.kind == QuoteKind::Direct
        && a.speaker.mention.is_none()
}

/// Rule `answer`: in an interview written as questions and answers, a quotation still without
/// a speaker that answers a question of the narration, the paragraph before it or the words
/// before it in its paragraph, one sentence of narration that ends with "?" and quotes
/// nothing ("Why design chips here rather than abroad?" ⏎ "“Because the talent is here.”"),
/// is the words of the person the questions are put to: whoever answered the quotation
/// before the question, else the person the narration last made a sentence's subject
/// before it ("Nadia Farouk-Lemaire became chief technology officer …. We asked her …").
fn answers(
    text: &str,
    raw: &[RawQuote],
    out: &mut [Attribution],
    registry: &Registry,
    layout: &Layout,
) {
    for (qi, q) in raw.iter().enumerate() {
        if !left_unattributed(q, &out[qi]) {
            continue;
        }
        let pi = layout.para_of[qi];
        let para = &layout.paragraphs[pi];
        let before = &text[para.start..q.span.start];
        let question = if before.trim().is_empty() {
            // (The quotation is the paragraph, or opens it: the question is the paragraph
            // before.)
            match pi.checked_sub(1).map(|p| &layout.paragraphs[p]) {
                Some(p) => p.start..p.start + text[p.clone()].trim_end().len(),
                None => continue,
            }
        } else {
            let lead = before.len() - before.trim_start().len();
            para.start + lead..para.start + before.trim_end().len()
        };
        let asked = &text[question.clone()];
        // (One sentence of narration that asks: no quotation in it, no other sentence's end
        // before its question mark, at most forty words.)
        if !asked.ends_with('?')
            || asked.contains(['"', '“', '”', '«', '»'])
            || asked[..asked.len() - 1].contains(['.', '?', '!'])
            || asked.split_ws().nth(40).is_some()
        {
            continue;
        }
        // Whoever answered the quotation before the question; else the narration's last
        // subject before it.
        let answered = (0..qi)
            .rev()
            .find(|&j| raw[j].outer.is_none() && raw[j].span.end <= question.start)
            .filter(|&j| out[j].speaker.name.is_some());
        if let Some(j) = answered {
            out[qi] = Attribution {
                kind: QuoteKind::Direct,
                speaker: Speaker {
                    rule: "answer",
                    ..out[j].speaker.clone()
                },
                cue: None,
            };
            continue;
        }
        let Some(at) = registry.last_subject_person(question.start) else {
            continue;
        };
        let Some((_, found)) = mention(&text[at..question.start], at) else {
            continue;
        };
        let speaker = registry.resolve(text, &found, "answer");
        if speaker.name.is_some() {
            out[qi] = Attribution {
                kind: QuoteKind::Direct,
                speaker,
                cue: None,
            };
        }
    }
}

/// Rule `following`: in a round-up of quotations, each introduced after it, a quotation that
/// is a paragraph of its own and that nothing before it attributes takes the one person the
/// first sentence of the paragraph of narration after it names, not as an owner nor as a
/// name first written after "the" (a team's, "the Deise"): "“Bottom line is it was a
/// below-par performance.”" ⏎ "John Kiely got straight to the point in his post-match
/// interview." Only where the round-up starts, under the headline, or goes on, after the
/// paragraph that introduced the quotation before: after any other narration the quotation
/// is that narration's to attribute.
fn following(
    text: &str,
    raw: &[RawQuote],
    out: &mut [Attribution],
    registry: &Registry,
    layout: &Layout,
    doc_words: &Tokens,
) {
    let mut next_quote = 0;
    // (The paragraph of narration that introduced the last quotation this rule named.)
    let mut introduced: Option<usize> = None;
    for (qi, q) in raw.iter().enumerate() {
        if !left_unattributed(q, &out[qi]) {
            continue;
        }
        let pi = layout.para_of[qi];
        let para = &layout.paragraphs[pi];
        // (Right under the headline, or the article's first quotation in its first five
        // paragraphs, past a date line or a photo caption; or right after the paragraph that
        // introduced the quotation before it.)
        let opens = pi <= 1 || pi <= 4 && qi == 0;
        if !opens && introduced != Some(pi - 1)
            || text[para.clone()].trim() != text[q.span.clone()].trim()
        {
            continue;
        }
        let Some(next) = layout.paragraphs.get(pi + 1) else {
            continue;
        };
        // (Narration: no quotation of whole sentences opens in that paragraph. A few words
        // quoted inside it leave it narration when they are the words of the person the
        // rule finds, as a speaker's own paragraph quotes them: "So says Meg Farrow, …, in
        // response to the news that Kestrel would pay “interim relief” to its clients."; not
        // "Police named the victim as Arjun Mehrotra, describing the attack as “senseless”.")
        next_quote = next_quote.max(qi + 1);
        while raw
            .get(next_quote)
            .is_some_and(|n| n.span.start < next.start)
        {
            next_quote += 1;
        }
        let from = next_quote.min(raw.len());
        let inside = raw[from..]
            .iter()
            .take_while(|n| n.span.start < next.end)
            .count();
        let quoted = &out[from..from + inside];
        if quoted.iter().any(|a| a.kind == QuoteKind::Direct) {
            continue;
        }
        let first_end = first_sentence_end(text, doc_words, pi + 1, next);
        // (A sentence, not a credit line: "Getty/Instagram.")
        if text[next.start..first_end].split_ws().nth(3).is_none() {
            continue;
        }
        let Some(at) = registry
            .only_person_in(next.start..first_end)
            .or_else(|| registry.first_person_in(next.start..first_end))
        else {
            continue;
        };
        let Some((_, found)) = mention(&text[at..first_end], at) else {
            continue;
        };
        let speaker = registry.resolve(text, &found, "following");
        if quoted
            .iter()
            .any(|a| a.speaker.name.is_none() || a.speaker.name != speaker.name)
        {
            continue;
        }
        out[qi] = Attribution {
            kind: QuoteKind::Direct,
            speaker,
            cue: None,
        };
        introduced = Some(pi + 1);
    }
}

/// Rule `pointed-back`: a quotation that is a paragraph of its own, which no cue reports,
/// is the words of the person named in full first after the words that open the next
/// paragraph and point back at it ([`points_back`]), in its first sentence: "So says Kuba
/// Mazurek, who joined …", "That is the view of fishmonger Samir Bitar", "Those were the
/// words of …", "That blunt assessment came from Tavita Faleolo"; or the owner those words
/// name: "That was Ní Mhurchú's modest response". Over rules `preceding`
/// and `previous-paragraph`, which guessed from the narration or the quotation before it:
/// this sentence tells.
fn pointed_back(
    text: &str,
    raw: &[RawQuote],
    out: &mut [Attribution],
    registry: &Registry,
    layout: &Layout,
    doc_words: &Tokens,
) {
    for (qi, q) in raw.iter().enumerate() {
        let rule = out[qi].speaker.rule.split('+').next().unwrap_or("");
        let guessed = out[qi].cue.is_none()
            && (out[qi].speaker.mention.is_none()
                || matches!(rule, "preceding" | "previous-paragraph"));
        if q.outer.is_some()
            || q.continues.is_some()
            || out[qi].kind != QuoteKind::Direct
            || !guessed
        {
            continue;
        }
        let pi = layout.para_of[qi];
        let para = &layout.paragraphs[pi];
        if text[para.clone()].trim() != text[q.span.clone()].trim() {
            continue;
        }
        let Some(next) = layout.paragraphs.get(pi + 1) else {
            continue;
        };
        // Where the name is: the first after the words that point back, in the sentence, or
        // the owner they name.
        let Some(names) = points_back(&text[next.clone()]) else {
            continue;
        };
        let first_end = first_sentence_end(text, doc_words, pi + 1, next);
        let names = next.start + names.from..names.owner_end.map_or(first_end, |e| next.start + e);
        let Some(at) = registry.first_full_name_in(names.clone()) else {
            continue;
        };
        let Some((_, found)) = mention(&text[at..names.end], at) else {
            continue;
        };
        out[qi] = Attribution {
            kind: QuoteKind::Direct,
            speaker: registry.resolve(text, &found, "pointed-back"),
            cue: None,
        };
    }
}

/// Where the first sentence of paragraph `pi` (`para`) ends: where its second starts, else
/// at the paragraph's end. (The sentence starts the tokens found with the paragraph's words,
/// else read again.)
fn first_sentence_end(text: &str, doc_words: &Tokens, pi: usize, para: &Range<usize>) -> usize {
    let second = match doc_words.sentence_starts(pi) {
        Some(starts) => starts.get(1).copied(),
        None => sentence_starts(text, para.clone()).get(1).copied(),
    };
    second.unwrap_or(para.end)
}

/// How far the opening words of `para` point back at the quotation before it, where they
/// do (rule `pointed-back`): "So" and "says", "said", "writes" or "wrote"; or "That", "This",
/// "Those" or "These", then "is", "was", "are" or "were" ("That's" too) and "the", up to two
/// adjectives and a noun of speech ([`is_judgment_noun`]), then "of" or "from": "That is the
/// view of", "Those were the words of"; or, with no verb of being, the noun then "came from"
/// or "comes from": "That blunt assessment came from"; or the verb of being, then the
/// speaker as an owner of such a noun: "That was Ní Mhurchú's modest response". Where the
/// words point back, the offset in `para` from which the name is looked for (where the words
/// end, or where the owner's name starts) and, for an owner, where its name ends (before the
/// "'s"). Only these shapes: a demonstrative that opens a clause
/// of its own ("That claim was disputed by …", "This comes after a warning from …", "Those
/// comments drew criticism from …") names someone who answers the words, not their speaker.
fn points_back(para: &str) -> Option<PointedAt> {
    let mut ws = para.split_ws();
    let start = |w: &str| w.as_ptr() as usize - para.as_ptr() as usize;
    let end = |w: &str| start(w) + w.len();
    let first = ws.next()?;
    if first == "So" {
        let cue = ws.next()?;
        return matches!(cue, "says" | "said" | "writes" | "wrote").then(|| PointedAt {
            from: end(cue),
            owner_end: None,
        });
    }
    let mut be = matches!(first, "That's" | "That’s");
    if !be && !matches!(first, "That" | "This" | "Those" | "These") {
        return None;
    }
    let mut w = ws.next()?;
    if !be && matches!(w, "is" | "was" | "are" | "were") {
        be = true;
        w = ws.next()?;
    }
    if be && w.starts_with(char::is_uppercase) {
        // (The owner's name: capitalised words, up to four, the last with "'s".)
        let name = start(w);
        for _ in 0..4 {
            // (Not past the sentence's end: "That was Monday. Doyle's reply came …".)
            if !w.starts_with(char::is_uppercase) || w.ends_with(['.', '!', '?']) {
                return None;
            }
            let owner = strip_possessive(w);
            if owner.len() < w.len() {
                return judgment_noun_after(&mut ws).map(|_| PointedAt {
                    from: name,
                    owner_end: Some(start(owner) + owner.len()),
                });
            }
            w = ws.next()?;
        }
        return None;
    }
    if be && w == "the" {
        w = ws.next()?;
    }
    judgment_noun_from(w, &mut ws)?;
    let link = ws.next()?;
    match link {
        "of" | "from" if be => Some(PointedAt {
            from: end(link),
            owner_end: None,
        }),
        "came" | "comes" if !be => {
            let from = ws.next()?;
            (from == "from").then(|| PointedAt {
                from: end(from),
                owner_end: None,
            })
        }
        _ => None,
    }
}

/// Where [`points_back`] sends the reader: the name is the first from `from`, in the
/// sentence, or, for an owner, before `owner_end`.
struct PointedAt {
    from: usize,
    owner_end: Option<usize>,
}

/// [`judgment_noun_from`] the next word of `ws`.
fn judgment_noun_after<'a>(ws: &mut impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let w = ws.next()?;
    judgment_noun_from(w, ws)
}

/// The noun of speech or judgment ([`is_judgment_noun`]) that `w`, or up to two lower-case
/// adjectives from `w` on, lead to ("modest response", "blunt assessment"), read from `ws`.
fn judgment_noun_from<'a>(
    mut w: &'a str,
    ws: &mut impl Iterator<Item = &'a str>,
) -> Option<&'a str> {
    for _ in 0..3 {
        // (Nor past another owner: "That was Doyle's spokeswoman's reply" is not Doyle's.)
        if !w.starts_with(char::is_lowercase) || strip_possessive(w).len() < w.len() {
            return None;
        }
        // (The noun may end the owner's clause: "That's Furlong's blunt assessment, and …".)
        if is_judgment_noun(w.trim_end_matches([',', '.', ';'])) {
            return Some(w);
        }
        if LEXICON.flags(w).is_cue() {
            return None;
        }
        w = ws.next()?;
    }
    None
}

/// A noun of speech (`speech_nouns.txt`), or of a judgment spoken: "verdict", "assessment",
/// "sentiment", "reaction". (Kept here rather than in the lexicon: other rules read the
/// speech nouns, and these name no saying of their own.)
fn is_judgment_noun(w: &str) -> bool {
    LEXICON.flags(w).is_speech_noun()
        || matches!(w, "verdict" | "assessment" | "sentiment" | "reaction")
}

/// Is a paragraph a subheading: five words at most, with no mark that ends a sentence or a
/// quotation, no comma and no colon ("Social Welfare Bill", "Political divisions")?
fn is_subheading(para: &str) -> bool {
    let para = para.trim();
    !para.is_empty()
        && para.split_ws().nth(5).is_none()
        && !para.contains(['.', '!', '?', ',', ':', ';', '"', '”', '’', '\'', '»', '…'])
        && para.starts_with(char::is_uppercase)
}

/// A link to another article that a page sets between paragraphs: "Read more: Warmer weather
/// helps Manitoba farmers catch up on harvest", "RELATED: …", "See also: …".
fn is_related_link(para: &str) -> bool {
    let para = para.trim();
    [
        "Read more:",
        "READ MORE:",
        "Read More:",
        "Related:",
        "RELATED:",
        "See also:",
        "SEE ALSO:",
    ]
    .iter()
    .any(|p| para.starts_with(p))
        && !para.contains('\n')
        && para.split_ws().nth(30).is_none()
}

/// Rule `repeated`: a quotation in the headline (the paragraphs before the first that ends
/// a sentence) whose words a later quotation repeats takes that quotation's speaker: the
/// headline "‘He's not worried about the pledge I made’ - Auckland councillors hit back" is
/// Lee's, whose “He's not worried about the pledge I made not to sell …,” Lee told … comes
/// later. Not a headline quotation that a cue attributes ("…, Trump says").
fn repeated(text: &str, raw: &[RawQuote], out: &mut [Attribution], paragraphs: &[Range<usize>]) {
    // (Where the headline ends: at the first paragraph of narration, among the first three,
    // whose last sentence ends outside any quotation or that is longer than a headline (25
    // words); a headline is no longer. A headline may end with a quoted sentence, "McCain:
    // ‘Bad Angels Of Our Nature.’", and a quotation alone under it is still the headline's.)
    let Some(body) = paragraphs
        .iter()
        .take(3)
        .find(|p| {
            let para = text[(*p).clone()].trim();
            (para.ends_with(['.', '!', '?']) || para.split_ws().nth(25).is_some())
                && crate::extract::marks::quote_mark(para).is_err()
        })
        .or(paragraphs.get(3))
        .map(|p| p.start)
    else {
        return;
    };
    // A quotation's words, lower-cased, joined by one space.
    let words = |q: &RawQuote| -> String {
        let mut w = String::new();
        for word in text[q.inner.clone()]
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|piece| !piece.is_empty())
        {
            if !w.is_empty() {
                w.push(' ');
            }
            w.extend(word.chars().flat_map(char::to_lowercase).map(|c| match c {
                '’' => '\'',
                c => c,
            }));
        }
        w
    };
    // (Each later quotation's words, made once: a headline holds a few quotations at most.)
    let mut later_words: Vec<Option<String>> = vec![None; raw.len()];
    for hi in 0..raw.len().min(4) {
        let h = &raw[hi];
        if h.span.start >= body {
            break;
        }
        let cued = out[hi].cue.is_some()
            && (out[hi].speaker.rule.starts_with("after")
                || out[hi].speaker.rule.starts_with("before"));
        if h.outer.is_some() || cued {
            continue;
        }
        let said = words(h);
        if said.split(' ').nth(2).is_none() {
            continue;
        }
        let said = format!(" {said} ");
        // (Repeated in a later paragraph: the headline's own paragraph ends where the next
        // line starts.)
        let own_end = paragraphs
            .iter()
            .find(|p| p.end >= h.span.end)
            .map_or(h.span.end, |p| p.end);
        let later = (hi + 1..raw.len()).find(|&qi| {
            raw[qi].span.start > own_end
                && out[qi].speaker.name.is_some()
                && out[qi].kind != QuoteKind::Nonspeech
                && later_words[qi]
                    .get_or_insert_with(|| format!(" {} ", words(&raw[qi])))
                    .contains(&said)
        });
        if let Some(qi) = later {
            out[hi] = Attribution {
                kind: out[hi].kind,
                speaker: Speaker {
                    rule: "repeated",
                    ..out[qi].speaker.clone()
                },
                cue: None,
            };
        }
    }
}

/// Where a document's quotations stand: its paragraphs, each quotation's paragraph, and
/// where each quotation's attribution after it may reach.
#[derive(Clone, Copy)]
struct Layout<'a> {
    paragraphs: &'a [Range<usize>],
    para_of: &'a [usize],
    after_limits: &'a [usize],
}

/// Rules `continued` (forwards) and `same-paragraph` / `previous-paragraph`: a quotation
/// with no speaker takes the one of the part of its quotation before it, or of the
/// attributed quotation before it in its paragraph or at the end of the paragraph before,
/// unless someone else is named in between.
/// (`whole_paragraphs`: only for quotations that are a paragraph of their own.)
fn follow_on(
    text: &str,
    raw: &[RawQuote],
    out: &mut [Attribution],
    registry: &Registry,
    layout: &Layout,
    whole_paragraphs: bool,
) {
    let Layout {
        paragraphs,
        para_of,
        after_limits,
    } = *layout;
    let named = |a: &Attribution| a.speaker.mention.is_some();
    for qi in 0..raw.len() {
        if let Some(prev) = raw[qi].continues {
            if named(&out[prev]) && !named(&out[qi]) {
                out[qi] = continued(&out[prev], out[qi].kind);
            }
        }
    }
    let mut last_attributed: Option<usize> = None;
    for (qi, q) in raw.iter().enumerate() {
        if q.outer.is_some() {
            continue;
        }
        // (A work's title inside a speaker's description is a word of the mention, no
        // one's words: "“…,” the ‘Ocean Eyes’ singer said".)
        if !named(&out[qi]) && !is_title_in_description(text, q) {
            if let Some(li) = last_attributed {
                let para = &paragraphs[para_of[qi]];
                let opens_paragraph = text[para.start..q.span.start].trim().is_empty();
                let same_para = para_of[li] == para_of[qi];
                // (The paragraph right before, or the last before page furniture between:
                // "He said: “… this team." ⏎ "Hide Ad" ⏎ "James Tedesco (Photo by …)" ⏎ "“I can
                // assure you …". A name in the furniture, a caption's, names no speaker.)
                let furniture = para_of[li] + 1 < para_of[qi]
                    && para_of[qi] - para_of[li] <= 4
                    && (para_of[li] + 1..para_of[qi])
                        .all(|p| is_furniture(&text[paragraphs[p].clone()]));
                let whole =
                    opens_paragraph && text[q.span.end..para.end.max(q.span.end)].trim().is_empty();
                // (Or past one paragraph of narration with no quotation, for a quotation that
                // is a paragraph of its own: "Mayor Neil Volzke said …" ⏎ "But in recent weeks,
                // an offender appeared to have upped the ante." ⏎ "“Just last weekend we had a
                // tree cut down.”" The narration must name no one, as `other` tells.)
                // (Nor narration that says someone did not speak: "The mayor was not available
                // for comment." ⏎ "“Nobody from the council has told the staff …”" is no one's
                // we know.)
                let past_narration = whole
                    && para_of[li] + 2 == para_of[qi]
                    && !para_of[li + 1..qi].contains(&(para_of[li] + 1))
                    && !text[paragraphs[para_of[li] + 1].clone()]
                        .split_ws()
                        .any(is_negation);
                let next_para = (para_of[li] + 1 == para_of[qi] || furniture || past_narration)
                    && opens_paragraph;
                let until = if furniture {
                    paragraphs[para_of[li]].end
                } else {
                    q.span.start
                };
                let other = has_other_speaker(registry, raw, after_limits, li, qi, until);
                if (same_para || next_para) && (whole || !whole_paragraphs) && !other {
                    let inner = &text[q.inner.clone()];
                    let kind = match out[qi].kind {
                        QuoteKind::Nonspeech if looks_like_title(inner) => QuoteKind::Nonspeech,
                        QuoteKind::Nonspeech => QuoteKind::Partial,
                        k => k,
                    };
                    let rule = if same_para {
                        "same-paragraph"
                    } else {
                        "previous-paragraph"
                    };
                    out[qi] = Attribution {
                        kind,
                        speaker: Speaker {
                            rule,
                            ..out[li].speaker.clone()
                        },
                        cue: None,
                    };
                }
            }
        }
        if named(&out[qi]) && out[qi].kind != QuoteKind::Nonspeech {
            last_attributed = Some(qi);
        }
    }
}

/// `signature = dash , gap , titled_name , [ "," , { any } (: no auxiliary, no number) ] , [ "." ] (: a paragraph of its own, after a quotation that is its paragraph, not one a colon introduced) ;`
///
/// A credit line below a quotation, as lists of quotations and fact checks print them:
/// "“…”" ⏎ "- Bernie Sanders." ⏎, "-President Obama, tweeting after Clinton's speech." Only
/// a name signs ("– An immigrant himself –." is a heading), and only a quotation alone in
/// its paragraph is signed.
fn signature(text: &str, q: &RawQuote, w: &Window) -> Option<Found> {
    if q.outer.is_some() || q.unclosed {
        return None;
    }
    let alone = text[w.para.start..q.span.start].trim().is_empty()
        && text[q.span.end..w.para.end.max(q.span.end)]
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ','))
            .is_empty();
    let next = w.next_para.clone()?;
    let line = &text[next.clone()];
    let trimmed = line.trim_start();
    let r = trimmed.strip_prefix(['-', '—', '–', '―'])?;
    if !alone {
        return None;
    }
    let r = r.trim_start_matches([' ', '\u{a0}']);
    // (`r` ends where the paragraph ends.)
    let base = next.end - r.len();
    // A quotation a paragraph introduced ("Biden told the crowd:") is that clause's, whatever
    // credit line follows (a photographer's, an agency's).
    if w.previous_para
        .as_ref()
        .is_some_and(|p| text[p.clone()].trim_end().ends_with(':'))
    {
        return None;
    }
    let (rest, m) = mention(r, base)?;
    // What follows a comma says how or where the words were said, with no verb of its own
    // and no date ("tweeting after …", "Philadelphia"): not a list ("Michigan, Ohio and
    // Pennsylvania will …") nor a dateline ("Washington, March 3, 2024").
    let tail_fits = |t: &str| {
        !t.split_ws()
            .any(|w| LEXICON.is_auxiliary(w) || w.starts_with(|c: char| c.is_ascii_digit()))
    };
    let ends = rest.trim_end().trim_end_matches('.').is_empty()
        || rest.strip_prefix(',').is_some_and(tail_fits);
    (m.kind == MentionKind::Name && ends).then_some(m)
}

/// The subject of the narration sentence that ends right where a quotation opens, when that
/// sentence holds no quotation (`range` starts after the previous quotation).
fn preceding_subject(text: &str, range: Range<usize>, at_paragraph_start: bool) -> Option<Found> {
    let Range { start, end } = last_sentence(text, range.clone())?;
    if start == range.start && !at_paragraph_start && !opens_sentence_after_quotation(text, start) {
        // The stretch runs from the end of an earlier quotation: its first "sentence" may
        // be that quotation's attribution, not narration.
        return None;
    }
    // "Also, Trump isn't a conservative, he said.": reported speech names its speaker, by a
    // clause inverted after the last comma first, which reports the whole sentence ("… to
    // take up the union offer, Thorn said."), else by a clause with a cue.
    if let Some(m) = inverted_clause_at_end(text, start, end).map(|c| c.mention) {
        return Some(m);
    }
    if let Some(c) = attribution_before(text, start, end) {
        return Some(c.mention);
    }
    opening_subject(text, start, end)
}

/// Does a sentence of its own open at `at`, right after a quotation that ended its sentence
/// inside its closing mark ("… the senior police officer.\" He said that he visited them
/// …"), with a capitalised word: not the quotation's attribution ("“…,” he said.").
fn opens_sentence_after_quotation(text: &str, at: usize) -> bool {
    let closed = text[..at]
        .trim_end()
        .strip_suffix(['"', '”'])
        .is_some_and(|q| q.ends_with(['.', '!', '?']));
    closed && text[at..].trim_start().starts_with(char::is_uppercase)
}

/// The indefinite description of a person that speaks in the narration's sentence right
/// before a "he" or "she" (`f`), opening it with its cue after it: "A police spokeswoman said
/// the man was arrested. “…,” she said." (She is the spokeswoman, not the mayor named
/// before.) Not one whose noun tells the other gender ("A spokesman said …. “…,” she said").
fn indefinite_speaker_before(text: &str, registry: &Registry, f: &Found) -> Option<Found> {
    let want = match f.kind {
        MentionKind::Pronoun(PronounKind::Male) => Gender::Male,
        MentionKind::Pronoun(PronounKind::Female) => Gender::Female,
        _ => return None,
    };
    // (The pronoun of the quotation's own clause: "he" or "she" right after its closing mark
    // or opening its sentence, not one inside a sentence that names its subject first,
    // "Nick Hulme was speaking … when he said", nor a possessive, "her claim that she …".)
    if !matches!(&text[f.span.clone()], "he" | "she" | "He" | "She") {
        return None;
    }
    let before = text[..f.span.start].trim_end();
    let own_clause = before.ends_with(['”', '"', '’', '\''])
        || before.ends_with([',', ':'])
            && before[..before.len() - 1].ends_with(['”', '"', '’', '\''])
        || before.is_empty()
        || before.ends_with(['.', '!', '?']);
    if !own_clause {
        return None;
    }
    let sentence = registry.sentence_before(f.span.start)?;
    let body = &text[sentence.clone()];
    // (Told from the first bytes before anything is parsed: this is asked at every "he" and
    // "she" after a quotation.)
    if !["A ", "An ", "One ", "Another "]
        .iter()
        .any(|d| body.starts_with(d))
    {
        return None;
    }
    let end = sentence.start + body.trim_end().len();
    let c = attribution_before(text, sentence.start, end)?;
    let m = c.mention;
    if m.span.start != sentence.start || m.kind != MentionKind::Description(RoleKind::Person) {
        return None;
    }
    // (Nor where the sentence names or points to someone after its cue, whom the pronoun may
    // be: "A reporter asked Sanders how he was feeling. He replied: “…”", "A worker said the
    // governor had promised jobs", "A resident said her office …"; nor after a question,
    // which the one asked answers, "A reporter asked whether she would resign"; nor after a
    // sentence with a quotation of its own, whose speaker's turn is over.)
    let cue = &text[c.cue.clone()];
    if matches!(
        cue,
        "asked" | "asks" | "questioned" | "pressed" | "wondered" | "queried" | "inquired"
    ) {
        return None;
    }
    let rest = text.get(c.cue.end..end).unwrap_or("");
    let mut last = "";
    for w in rest.split_ws() {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.starts_with(char::is_uppercase)
            || w.contains(['“', '"', '”'])
            || matches!(bare, "he" | "him" | "his" | "she" | "her" | "hers")
            || last == "the" && role_of(bare) == Some(RoleKind::Person)
        {
            return None;
        }
        last = bare;
    }
    // (The gender a role noun tells, as `roles.txt` gives it: "spokeswoman", "actor", not
    // "chairman", written of women too.)
    let told = LEXICON
        .roles
        .get(&text[m.head.clone()].to_lowercase())
        .and_then(|r| r.1);
    (!told.is_some_and(|g| g != want)).then_some(m)
}

/// The definite description of a person that is the subject of the narration's sentence
/// before a "he" or "she" (`f`), when no name is that sentence's subject: "Speaking to
/// reporters, the district collector dismissed the allegations. “…,” he said."; before an
/// "it", the definite description that is that subject, which the registry reads as a
/// document's ("The statement, however, said …. It added: “…”").
fn described_antecedent(text: &str, registry: &Registry, f: &Found) -> Option<Found> {
    if !matches!(
        f.kind,
        MentionKind::Pronoun(PronounKind::Male | PronounKind::Female | PronounKind::Neuter)
    ) {
        return None;
    }
    // (Not a pronoun right after its own sentence's subject and cue: "Manager Neville
    // Twistleton said he had told his players …" is his, whatever the sentence before.)
    if !matches!(f.kind, MentionKind::Pronoun(PronounKind::Neuter))
        && registry.self_reported(text, f.span.start).is_some()
    {
        return None;
    }
    let sentence = match f.kind {
        MentionKind::Pronoun(k @ (PronounKind::Male | PronounKind::Female)) => {
            registry.sentence_before_chain(f.span.start, k)?
        }
        _ => registry.sentence_before(f.span.start)?,
    };
    let end = sentence.start + text[sentence.clone()].trim_end().len();
    // (A definite description opens the sentence or follows an opening phrase's comma: told
    // from the bytes before the sentence is parsed, as this is asked at every "he" and "she".)
    let body = &text[sentence.start..end];
    let after_comma = memchr::memmem::find_iter(body.as_bytes(), b" the ").find(|&i| {
        let before = body[..i].trim_end_matches(['"', '”', '’', '\'']);
        before.ends_with(',')
    });
    // (Past a conjunction that opens the sentence: "But the mayor said yesterday …".)
    let conjunction = body
        .split_once(' ')
        .filter(|(c, rest)| is_opening_conjunction(c) && rest.starts_with("the "))
        .map(|(c, _)| c.len() + 1);
    // (Or a relative a possessive determiner owns, of the pronoun's gender: "His wife said
    // they escaped …." ⏎ "“…,” she said" is his wife's, whoever was named before.)
    let kin = || {
        let mut ws = body.split_ws();
        matches!(ws.next(), Some("His" | "Her"))
            && ws
                .next()
                .and_then(relative_gender)
                .is_some_and(|g| f.kind == MentionKind::Pronoun(g))
    };
    let kin =
        !(body.starts_with("The ") || after_comma.is_some() || conjunction.is_some()) && kin();
    if !(body.starts_with("The ") || after_comma.is_some() || conjunction.is_some() || kin) {
        return None;
    }
    // (A sentence that a quotation opens has its subject after the quotation: "“…,” the
    // Minister said whilst highlighting …." ⏎ "“…,” he said".)
    let from = match (after_comma, conjunction) {
        (Some(i), _) if body.starts_with(['"', '“']) => sentence.start + i + 1,
        (_, Some(n)) => sentence.start + n,
        _ => sentence.start,
    };
    // (The subject's parse reads "His" as a pronoun of its own: the relative is read as the
    // description it opens.)
    let m = if kin {
        let (rest, (head, k)) = description(&text[from..end]).ok()?;
        // (Only a relative who speaks there, the cue right after it: not "His wife Mary
        // said", whose name the registry reads, nor "His daughter was treated by Dr Jane
        // Bell", which says nothing of who speaks next.)
        let next = rest.split_ws().next().unwrap_or("");
        if !LEXICON.is_cue(next) {
            return None;
        }
        Found {
            span: from..end - rest.len(),
            head: from + head.start..from + head.end,
            kind: MentionKind::Description(k),
        }
    } else {
        opening_subject(text, from, end)?
    };
    let definite = kin
        || text[m.span.clone()]
            .split_ws()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
    // (Not one that a name set off after it describes: "the head of the village, Bagindo
    // Rosman, said" names its subject, which the registry's rule for pronouns reads.)
    let named = complements(&text[m.span.end..end])
        .strip_prefix(',')
        .is_some_and(|r| r.trim_start().starts_with(char::is_uppercase));
    // (A person for "he" and "she"; for "it", whatever the description is of: the registry
    // takes only a document's, "The statement said …. It added: “…”".)
    let fits = match f.kind {
        MentionKind::Pronoun(PronounKind::Neuter) => matches!(m.kind, MentionKind::Description(_)),
        _ => m.kind == MentionKind::Description(RoleKind::Person),
    };
    (definite && !named && fits).then_some(m)
}

/// The gender of a noun of a family relation that tells one ("wife", "father"), as the
/// pronoun that stands for it.
fn relative_gender(w: &str) -> Option<PronounKind> {
    match w {
        "wife" | "mother" | "sister" | "daughter" | "grandmother" | "granddaughter"
        | "stepmother" | "aunt" | "niece" | "widow" | "fiancée" | "girlfriend" => {
            Some(PronounKind::Female)
        }
        "husband" | "father" | "brother" | "son" | "grandfather" | "grandson" | "stepfather"
        | "uncle" | "nephew" | "widower" | "fiancé" | "boyfriend" => Some(PronounKind::Male),
        _ => None,
    }
}

/// A clause after the sentence's last comma that ends the sentence `start..end`, a
/// [`cue_speaker`] ("Fiji were prepared for Australia to come at them, said Raiwalui.") or a
/// [`speaker_cue`] ("It was hard to say why the board had turned down the union offer, Thorn
/// said."): it reports the sentence before it, whatever verbs that holds.
fn inverted_clause_at_end(text: &str, start: usize, end: usize) -> Option<Clause> {
    let comma = start + text[start..end].rfind(',')?;
    let from = comma + 1 + (text[comma + 1..end].len() - text[comma + 1..end].trim_start().len());
    let c = cue_speaker(&text[from..end], from).or_else(|| speaker_cue(&text[from..end], from))?;
    matches!(text[c.end..end].trim(), "." | "!" | "?").then_some(c)
}

/// Is the quotation `q` a name or a word quoted as such: after a naming word ("Dubbed ‘the
/// new Messi’", "the so-called ‘Iron Lady’", "The word ‘unprecedented’") or an owner's
/// possessive ("Smith's ‘dead parrot’ jibe"), or before a lower-case word that is no
/// function word, a noun it modifies ("‘dead parrot’ jibe")?
fn quoted_as_a_term(text: &str, q: &RawQuote) -> bool {
    let before = text[..q.span.start].split_ws().next_back().unwrap_or("");
    let naming = matches!(
        &*lowercase(before),
        "dubbed"
            | "called"
            | "so-called"
            | "nicknamed"
            | "named"
            | "branded"
            | "labelled"
            | "labeled"
            | "word"
            | "words"
            | "term"
            | "phrase"
            | "slogan"
            | "label"
            | "motto"
            | "as"
    );
    let owned = strip_possessive(before).len() < before.len();
    let next = text[q.span.end..].split_ws().next().unwrap_or("");
    // (Not a function word, a preposition or a cue, nor a conjunction that opens a clause
    // which those miss: "was “stagnant for a month” as donors waited".)
    let modifies = next.starts_with(|c: char| c.is_ascii_lowercase())
        && !is_function_word(next)
        && !LEXICON.is_preposition(next)
        && !LEXICON.is_cue(next)
        && !matches!(
            next,
            "as" | "because"
                | "if"
                | "since"
                | "until"
                | "unless"
                | "though"
                | "although"
                | "whether"
                | "so"
        );
    naming || owned || modifies
}

/// The subject of the sentence `start..end`, where a subject stands: first, or after an
/// opening phrase ("On Saturday, his campaign sent…"), not an object deep in the sentence; a
/// person's pronoun, a name or a description.
fn opening_subject(text: &str, start: usize, end: usize) -> Option<Found> {
    let m = sentence_subject(text, start, end)?;
    // (The comma may stand inside a closing mark: "On “Face the Nation,” Sen. Sanders…".)
    let lead = text[start..m.span.start]
        .trim_end()
        .trim_end_matches(['"', '”', '’', '\'']);
    // ("But he remains sceptical about …": a conjunction that opens the sentence, alone or
    // before what may come first.)
    let lead = match lead.split_once(' ') {
        Some((c, rest)) if is_opening_conjunction(c) => rest.trim_start(),
        None if is_opening_conjunction(lead) => "",
        _ => lead,
    };
    if !(lead.is_empty() || lead.ends_with(',') || opening_time_phrase(lead)) {
        return None;
    }
    match m.kind {
        MentionKind::Pronoun(PronounKind::Male | PronounKind::Female | PronounKind::Plural)
        | MentionKind::Name
        | MentionKind::Description(_) => Some(m),
        MentionKind::Pronoun(_) => None,
    }
}

/// Is `lead`, the words before a sentence's subject with no comma after them, a phrase of
/// time or sequence: up to three words, each an adverb of time or sequence ("Once again",
/// "Later", "finally"), a weekday, a word of time ("On Sunday", "Last week", "Earlier
/// today")? Then the subject is the sentence's as after a comma: "Once again Dhoni felt the
/// start was slow." (not "Criticising Trump the senator …", whose lead holds a name).
fn opening_time_phrase(lead: &str) -> bool {
    let mut n = 0;
    for w in lead.split_ws() {
        n += 1;
        let lower = lowercase(w);
        let timely = is_inversion_adverb(&lower)
            || is_weekday(w)
            || is_time_word(&lower)
            || is_time_noun(&lower)
            || matches!(&*lower, "on" | "now" | "still" | "meanwhile");
        if n > 3 || !timely {
            return false;
        }
    }
    // (Not "Once" or "Now" alone, which open a clause of their own: "Once Rahman arrived the
    // crowd cheered", "Now Rahman is gone the club must rebuild".)
    n > 1 || n == 1 && !matches!(&*lowercase(lead.trim()), "once" | "now" | "still" | "then")
}

/// The last sentence of `range`, when the stretch ends with it (a full stop, "!" or "?"),
/// its trailing spaces left out.
fn last_sentence(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let before = text[range.clone()].trim_end();
    if !before.ends_with(['.', '!', '?']) {
        return None;
    }
    let end = range.start + before.len();
    let start = sentence_starts(text, range.start..end).last().copied()?;
    Some(start..end)
}

/// The speaker a paragraph's last sentence reports, by a clause with a cue ("Buthelezi said
/// they were engaging the community.", "but Moe also acknowledged there has been unease"),
/// when the paragraph ends with that sentence.
fn reporting_clause(text: &str, para: Range<usize>) -> Option<Found> {
    let Range { start, end } = last_sentence(text, para)?;
    // (A clause inverted after the last comma reports the whole sentence, whatever verbs the
    // words before it hold: "… decided not to take up the union offer, Thorn said.")
    if let Some(m) = inverted_clause_at_end(text, start, end).map(|c| c.mention) {
        return Some(m);
    }
    let Some(c) = attribution_before(text, start, end) else {
        return coordinated_report(text, start, end);
    };
    // (Not a clause that says someone did not speak: "The mayor's office did not respond to
    // questions." ⏎ "“Nobody has told us anything.”" is someone else's. What was said may
    // deny: "Carter said … this would not happen.", and so may what an inverted clause
    // closes: "It was hard to say why the board had decided not to take it up, Thorn said."
    // So only the clause is read: from its mention to its cue, or from the comma before an
    // inverted clause.)
    let clause = if c.mention.span.start < c.cue.start {
        c.mention.span.start
    } else {
        text[start..c.cue.start]
            .rfind(',')
            .map_or(start, |k| start + k + 1)
    };
    let negated = text[clause..c.cue.start].split_ws().any(is_negation);
    (!negated).then_some(c.mention)
}

/// The subject of a sentence whose second verb, after "and" or "but", reports speech: "Coach
/// Tom Ardley was a happy man after the match and said that his team deserved to win." (not
/// a participle, "and saying", which rule `participle` reads; not where the sentence says
/// someone did not speak, "… and did not say when"; not a possessive, "His deputy chaired the
/// meeting and said …", whose subject is the deputy, unnamed).
fn coordinated_report(text: &str, start: usize, end: usize) -> Option<Found> {
    let sentence = &text[start..end];
    let ws = sentence.split_ws();
    // ("and did not say when" holds no cue right after its "and": a refusal to speak is not
    // read as speech; "and said to be keen on a move" is a passive, "and added a third in
    // stoppage time" no speech.)
    let mut after = ws.clone().skip(2);
    let reports = ws.clone().zip(ws.skip(1)).any(|(and, v)| {
        let next = after.next().unwrap_or("");
        matches!(and, "and" | "but")
            && !v.ends_with("ing")
            && LEXICON.is_cue(v)
            && !(next == "to" && matches!(after.clone().next(), Some("be" | "have")))
            && !matches!(next, "nothing" | "little" | "no")
            && !(matches!(v, "added" | "adds")
                && (determiner(next).is_ok() || next.starts_with(|c: char| c.is_ascii_digit()))
                && !after
                    .clone()
                    .next()
                    .is_some_and(|n| memo::flags(n).is_speech_noun()))
    });
    if !reports {
        return None;
    }
    let m = opening_subject(text, start, end)?;
    // (One subject: "Coach Tom Ardley and Sam Okafor left together and said …", "Tom Ardley
    // and his captain …" are two.)
    let two = text[m.span.end..end].starts_with(" and ");
    (!is_possessive_pronoun(&text[m.span.clone()]) && !two).then_some(m)
}

/// Does the sentence that goes on after a quotation's closing mark at `end` (as far as
/// `limit`, its paragraph's end) hold a cue, so that it attributes the quotation: "“…,” a
/// visibly angry Tom Reese said on Sunday."? (Not a participle that goes on with the same
/// speaker, "…, adding that …"; a sentence of its own after the quotation's full stop counts
/// too: "“We will appeal.” The council meets on Monday." attributes nothing, "“We will
/// appeal.” Those were the words of Tom Reese." does.)
fn attributed_after(text: &str, end: usize, limit: usize) -> bool {
    let rest = &text[end..limit];
    let sentence = rest.find(['.', '!', '?']).map_or(rest, |e| &rest[..e]);
    // (A cue, or a speech noun: "“We will appeal.” Those were the words of club chairman Tom
    // Reese.")
    sentence.split_ws().take(12).any(|w| {
        let w = w.trim_end_matches([',', ';']);
        !w.ends_with("ing") && LEXICON.is_cue(w) || memo::flags(w).is_speech_noun()
    })
}

/// "not", "never" or a verb with "n't": a clause that says something did not happen.
fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "never") || w.ends_with("n't") || w.ends_with("n’t")
}

/// "his", "her", "their" or "its" in any case: an owner, no subject.
fn is_possessive_pronoun(w: &str) -> bool {
    ["his", "her", "their", "its"]
        .iter()
        .any(|p| w.eq_ignore_ascii_case(p))
}

/// With no cue at all in a paragraph's last sentence, a person who opens it, a short
/// sentence of how they took the news, is whom a quotation of eight words or more that opens
/// the next paragraph goes on to quote: "The leader of Highland Council, Margaret Davidson,
/// was unimpressed with the proposal." ⏎ "“It is not always you will hear me agree …" (not a
/// possessive's, "His deputy chaired the meeting."; not one who did not speak, "The mayor
/// was not available.").
fn reacting_subject(text: &str, para: Range<usize>) -> Option<Found> {
    let Range { start, end } = last_sentence(text, para)?;
    let words = text[start..end].split_ws();
    if words.clone().nth(20).is_some()
        || words.clone().any(is_negation)
        || attribution_before(text, start, end).is_some()
        || inverted_clause_at_end(text, start, end).is_some()
    {
        return None;
    }
    let m = opening_subject(text, start, end)?;
    (!is_possessive_pronoun(&text[m.span.clone()])).then_some(m)
}

/// Words that join two quotations into one list: "and", "or", a comma, "and, yes,"; an
/// article right after "and" or "or" too, joining two noun phrases ("has become “subservient
/// to the Awami League” and a “controversial state institution”").
fn is_coordination(between: &str) -> bool {
    let t = between.trim();
    let mut prev = "";
    !t.is_empty()
        && t.len() < 20
        && t.split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .all(|w| {
                let joins = matches!(
                    w,
                    "and" | "or" | "nor" | "yes" | "then" | "even" | "also" | "as" | "well"
                ) || matches!(w, "a" | "an" | "the") && matches!(prev, "and" | "or");
                prev = w;
                joins
            })
}

/// The attribution a part of a multi-paragraph quotation takes from another part.
fn continued(from: &Attribution, kind: QuoteKind) -> Attribution {
    let kind = if kind == QuoteKind::Nonspeech {
        QuoteKind::Direct
    } else {
        kind
    };
    Attribution {
        kind,
        speaker: Speaker {
            rule: "continued",
            ..from.speaker.clone()
        },
        cue: from.cue.clone(),
    }
}

/// Is another person named between two quotations (so that the later one may not inherit)?
///
/// The rest of the earlier quotation's sentence is its own attribution ("…,” the senator
/// said during Saturday’s Democratic debate.") and does not count; nor do quotations between.
/// Names count up to `until`: the later quotation's start, or where page furniture between
/// the two starts (a caption's name names no speaker).
fn has_other_speaker(
    registry: &Registry,
    raw: &[RawQuote],
    after_limits: &[usize],
    from: usize,
    to: usize,
    until: usize,
) -> bool {
    // Many quotations in between: too far to inherit (and a bound on the work).
    if to - from > 24 {
        return true;
    }
    let mut cursor = after_limits[from].max(raw[from].span.end);
    for (k, q) in raw.iter().enumerate().take(to).skip(from + 1) {
        if q.outer.is_some() || q.span.start < cursor {
            continue;
        }
        if registry.names_someone(cursor..q.span.start) {
            return true;
        }
        cursor = after_limits[k].max(q.span.end);
    }
    cursor < until && registry.names_someone(cursor..until)
}

fn window_for(
    text: &str,
    q: &RawQuote,
    raw: &[RawQuote],
    para: &Range<usize>,
    previous_para: Option<&Range<usize>>,
    starts: &[usize],
) -> Window {
    // Nested quotations look only inside the enclosing quotation.
    let (lo, hi) = match q.outer {
        Some(o) => (raw[o].inner.start, raw[o].inner.end),
        None => (para.start, para.end),
    };
    // `starts` is sorted: binary searches, since a paragraph may hold thousands of
    // sentences and quotations (a scan per quotation was quadratic in the paragraph).
    let sentence_start = starts[..starts.partition_point(|&s| s <= q.span.start)]
        .last()
        .copied()
        .unwrap_or(para.start)
        .max(lo);
    // A question or exclamation mark inside the quotation ("…power?” Biden said.") does not
    // end the sentence for the words after it; a full stop does ("…not for sale.” Trump,
    // meanwhile, accused…" is a new sentence), as typographers use them.
    // A dash credit ("…president.” ― Adriana Rodarte") still belongs to it.
    let dash_follows = text[q.span.end..hi.max(q.span.end)]
        .trim_start()
        .starts_with(['—', '–', '―', '-']);
    // (Nor does a question or exclamation mark before a capitalised article, possessive
    // or pronoun, which opens a sentence of its own: in "“…, where is he?” A spokesperson
    // for the board said the matter was …" the spokesperson answers no question.)
    let new_sentence = || {
        text[q.inner.clone()].trim_end().ends_with(['?', '!'])
            && text[q.span.end..hi.max(q.span.end)]
                .trim_start()
                .split(' ')
                .next()
                .is_some_and(|w| {
                    matches!(
                        w,
                        "A" | "An"
                            | "The"
                            | "His"
                            | "Her"
                            | "Its"
                            | "Their"
                            | "He"
                            | "She"
                            | "They"
                            | "It"
                            | "We"
                    )
                })
    };
    let ends_with_stop =
        (text[q.inner.clone()].trim_end().ends_with('.') || new_sentence()) && !dash_follows;
    let after_limit = starts[starts.partition_point(|&s| s <= q.span.end)..]
        .iter()
        .copied()
        .find(|&s| ends_with_stop || !text[q.span.end..s].trim().is_empty())
        .unwrap_or(hi)
        .min(hi);
    Window {
        para: para.clone(),
        previous_para: previous_para.cloned(),
        next_para: None,
        sentence_start,
        after_limit,
    }
}

fn attribute_one(
    text: &str,
    q: &RawQuote,
    qi: usize,
    raw: &[RawQuote],
    w: &Window,
    registry: &Registry,
) -> Attribution {
    let inner = &text[q.inner.clone()];
    // (Whether the quotation reads as a title: asked by up to three rules below, read once.)
    let title_like = std::cell::OnceCell::new();
    let looks_like_a_title = || *title_like.get_or_init(|| looks_like_title(inner));
    // The prefix: from the sentence start, or the end of the previous quotation at this level.
    let mut prefix_start = w.sentence_start;
    for p in raw[..qi].iter().rev() {
        // (A work's title inside a description is part of its mention: "the ‘Race’ star
        // said, “…”".)
        if p.span.end <= q.span.start
            && p.outer == q.outer
            && p.span.end > prefix_start
            && !is_title_in_description(text, p)
        {
            prefix_start = p.span.end;
            break;
        }
        if p.span.end <= w.sentence_start {
            break;
        }
    }
    // The text after: up to the sentence's end or the next quotation at this level.
    let mut after_limit = w.after_limit;
    // Quotations are sorted by start: look no further than the window, so that a paragraph of
    // many nested quotations stays linear.
    if let Some(n) = raw[qi + 1..]
        .iter()
        .take_while(|n| n.span.start < w.after_limit)
        // (A nickname inside the speaker's name is no quotation of its own: "said boxer
        // Kofi “Pacman” Mensah".)
        // (Nor a work's title inside a description: "“…,” the ‘Ocean Eyes’ singer said".)
        .find(|n| {
            n.outer == q.outer
                && n.span.start >= q.span.end
                && !is_nickname(text, n)
                && !is_title_in_description(text, n)
        })
    {
        after_limit = after_limit.min(n.span.start);
    }
    let after_limit = after_limit.max(q.span.end);
    let prefix = &text[prefix_start..q.span.start];
    let is_fragment = !ends_with_intro(prefix) && !prefix.trim().is_empty();
    let starts_lower = inner
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    let kind = if is_fragment || (starts_lower && !prefix.trim_end().ends_with(':')) {
        QuoteKind::Partial
    } else {
        QuoteKind::Direct
    };
    // A title named as a work ("on “Face the Nation,”"), or a paragraph that is only a
    // title-case quotation (a section heading), is not speech whatever follows it.
    let para_alone = text[w.para.start..q.span.start].trim().is_empty()
        && text[q.span.end..w.para.end.max(q.span.end)]
            .trim()
            .is_empty();
    if looks_like_a_title() && (names_a_work(prefix) || para_alone) {
        return Attribution {
            kind: QuoteKind::Nonspeech,
            speaker: Speaker::unknown("title"),
            cue: None,
        };
    }
    // (So is a work's title inside a description: "The “Mamma Mia!” star said: “…”".)
    if is_title_in_description(text, q) {
        return Attribution {
            kind: QuoteKind::Nonspeech,
            speaker: Speaker::unknown("title"),
            cue: None,
        };
    }
    if is_nickname(text, q) {
        return Attribution {
            kind: QuoteKind::Nonspeech,
            speaker: Speaker::unknown("nickname"),
            cue: None,
        };
    }
    let resolved = |f: &Found, rule: &'static str, cue: Option<Range<usize>>, kind: QuoteKind| {
        // "Trump and Ryan issued a statement describing…": an indefinite document speaks
        // for whoever issued it, the subject of its sentence.
        let issuer = match f.kind {
            MentionKind::Description(RoleKind::Organization)
                if matches!(text[f.span.clone()].split_ws().next(), Some("a" | "an"))
                    && text[..f.span.start]
                        .split_ws()
                        .next_back()
                        .is_some_and(is_issuing_verb) =>
            {
                sentence_subject(text, w.sentence_start, f.span.start)
                    .filter(|m| registry.knows(text, m))
            }
            _ => None,
        };
        let f = issuer.as_ref().unwrap_or(f);
        let speaker = described_antecedent(text, registry, f)
            .and_then(|d| {
                // (A relative the pronoun stands for, "His wife said …", is whom that
                // description names, or no one: never someone named before it.)
                if matches!(text[d.span.clone()].split_ws().next(), Some("His" | "Her")) {
                    Some(registry.resolve_indefinite(text, f, &d, rule))
                } else {
                    registry.resolve_through(text, f, &d, rule)
                }
            })
            .or_else(|| {
                indefinite_speaker_before(text, registry, f)
                    .map(|d| registry.resolve_indefinite(text, f, &d, rule))
            })
            .unwrap_or_else(|| registry.resolve(text, f, rule));
        Attribution {
            kind,
            speaker,
            cue: cue.map(|c| Mention {
                start: c.start,
                end: c.end,
                text: text[c].to_string(),
            }),
        }
    };

    // Rule `label`: a transcript turn ("PENCE: Well, look…"), marked or not. The label,
    // written at `at`, is the speaker's name.
    let label_at = |at: usize, label: &str| Found {
        span: at..at + label.len(),
        head: at..at + label.len(),
        kind: MentionKind::Name,
    };
    if let Some((label, _)) = crate::extract::quote::transcript_label(inner.trim_start()) {
        let at = q.inner.start + (inner.len() - inner.trim_start().len());
        return resolved(&label_at(at, label), "label", None, QuoteKind::Direct);
    }
    if q.open.is_none() {
        // (An unmarked turn: its label opens the paragraph, past any blank.)
        let at =
            w.para.start + (text[w.para.clone()].len() - text[w.para.clone()].trim_start().len());
        let turn = &text[at.min(q.span.end)..q.span.end];
        if let Some((label, _)) = crate::extract::quote::transcript_label(turn) {
            return resolved(&label_at(at, label), "label", None, QuoteKind::Direct);
        }
        // An interview's turn ("A: …", "Adelstein-Coe: …"): "A:" is the person the article
        // named first.
        if let Some((label, _)) = crate::extract::quote::interview_label(turn) {
            let f = match label {
                "A" => registry
                    .first_person_before(at)
                    .and_then(|p| mention(&text[p..at], p))
                    .map(|(_, m)| m),
                _ => Some(label_at(at, label)),
            };
            return match f {
                Some(f) => resolved(&f, "label", None, QuoteKind::Direct),
                None => Attribution {
                    kind: QuoteKind::Direct,
                    speaker: Speaker::unknown("label"),
                    cue: None,
                },
            };
        }
    }
    // Rule `after`: the words right after the closing mark.
    // (Whether the quotation opens its sentence: only then may a verb no list names report
    // it, `open_cue_clause`.)
    // (Past an adverb that opens the sentence and its comma: "Unfortunately, “I'm a
    // democratic president,” cracked Morello.")
    let lead = text[w.sentence_start.min(q.span.start)..q.span.start].trim();
    let opens_sentence = lead.is_empty()
        || lead.strip_suffix(',').is_some_and(|a| {
            // (Told byte by byte: a capital of two bytes, "Ébullient", is no such adverb and
            // no place to slice.)
            let b = a.as_bytes();
            b.len() > 4
                && b[0].is_ascii_uppercase()
                && b[1..].iter().all(u8::is_ascii_lowercase)
                && a.ends_with("ly")
        });
    if !q.unclosed {
        if let Some((m, cue)) = attribution_after(text, q.span.end, after_limit, opens_sentence) {
            let rule = if cue.is_some() { "after" } else { "dash" };
            return resolved(&m, rule, cue, kind);
        }
    }
    // Rule `dash`, signed below: a quotation that is its paragraph, signed in the next one by
    // a dash and a name ("- Bernie Sanders.", "-President Obama, tweeting after …").
    if let Some(m) = signature(text, q, w) {
        return resolved(&m, "dash", None, kind);
    }
    // "“…missing.” Trump said.": a full stop inside the marks seemed to end the sentence,
    // but a short clause that ends right after its cue is the quotation's attribution.
    // (Not where a colon introduces the quotation: in "The PM … said: “…” NDTV reported."
    // the clause after it credits the outlet that reported the words.)
    let introduced = || {
        text[w.sentence_start.min(q.span.start)..q.span.start]
            .trim_end()
            .ends_with(':')
    };
    if !q.unclosed && text[q.span.end..after_limit].trim().is_empty() && !introduced() {
        let hi = match q.outer {
            Some(o) => raw[o].inner.end,
            None => w.para.end,
        }
        .max(q.span.end);
        if let Some((m, cue)) = attribution_after(text, q.span.end, hi, opens_sentence) {
            let end = cue.as_ref().map_or(m.span.end, |c| c.end.max(m.span.end));
            let rest = &text[end..hi];
            let tail = rest
                .find(['.', '!', '?', '"', '“', '”'])
                .map(|p| &rest[..p]);
            // (Or the clause ends its paragraph with no stop, a few words at most: "“…” Said
            // Dr Tomas Byaru", "“…” Said the hospital’s director, Dr Ama Lenz".)
            let short = tail.is_some_and(|t| {
                t.split_ws().nth(4).is_none() && rest[t.len()..].starts_with(['.', '!', '?'])
            }) || tail.is_none() && rest.split_ws().nth(6).is_none();
            // (Not, for a quotation inside another's sentence, a cue that opens a clause of
            // its own, a pronoun or "that" after it: in `… said the chief was “promising too
            // much.” Chanthou said he welcomed the scrutiny.` the words are not Chanthou's;
            // but "“…” Mensimah told the BBC." and "“…” Mensimah said a day later." are.)
            let complement = !opens_sentence
                && rest.split_ws().next().is_some_and(|w| {
                    matches!(w, "he" | "she" | "they" | "it" | "we" | "I" | "that")
                });
            if cue.is_some() && short && !complement {
                return resolved(&m, "after", cue, kind);
            }
        }
    }
    // The prefix's words, read once for the rules below that read them (most quotations are
    // attributed before these).
    let prefix_words = std::cell::OnceCell::new();
    let prefix_ws = || {
        prefix_words
            .get_or_init(|| memo::words(text, prefix_start..q.span.start))
            .as_slice()
    };
    // Rule `before`, in the clause that holds verbs coordinated with the cue: "Louise Pryke
    // said as his nephew was taken down, Richardson stood up and shouted: “…”" is the words
    // of the subject after the sentence's last comma, not of the clause that opens it.
    // (Read once for both rules that ask it, this and the shared-subject one below.)
    let coordinated = coordinated_cue(text, q.span.start, prefix_ws());
    if let Some(cue) = coordinated.clone() {
        let from = w.sentence_start.min(cue.start);
        // (A subject before its own verb, not a place before "and": "visited the border in
        // Laredo, Texas and explained why “…”" is the sentence subject's.)
        let clause = text[from..cue.start]
            .rfind(',')
            .and_then(|c| subject_after_phrase(text, from + c, cue.start))
            .filter(|m| {
                text[m.span.end..cue.start]
                    .split_ws()
                    .next()
                    .is_some_and(|v| !is_function_word(v))
            });
        if let Some(subject) = clause {
            return resolved(&subject, "before", Some(cue), kind);
        }
    }
    // Rule `before`: a mention and cue ending the text before the opening mark.
    if let Some(c) = attribution_before_in(text, prefix_start, q.span.start, prefix_ws()) {
        return resolved(&c.mention, "before", Some(c.cue), kind);
    }
    // Rule `possessive`: "Trump’s claim that there have been “thousands of shootings”".
    // (Not before a participle cue after it, which reports the quotation: "Biden hit Trump
    // during his response, saying, “…”" is the subject's.)
    if let Some(m) = possessive_speaker(text, prefix_ws()) {
        let participle_after =
            participle_cue(text, prefix_ws()).is_some_and(|c| c.start > m.span.end);
        if !participle_after {
            return resolved(&m, "possessive", None, kind);
        }
    }
    // Rule `participle`: "…, stating: “…”" — the cue's subject is the sentence's subject.
    if let Some(cue) = participle_cue(text, prefix_ws()) {
        // ("State radio quoted Ashworth as saying, “…”": the object's, see `quoted_as`.)
        if let Some(c) = quoted_object(text, prefix_ws(), &cue) {
            return resolved(&c.mention, "participle", Some(c.cue), kind);
        }
        if let Some(subject) = sentence_subject(text, w.sentence_start, cue.start) {
            return resolved(&subject, "participle", Some(cue), kind);
        }
        // A participle that opens the sentence, its phrase holding the quotation, has the
        // subject after the phrase: "Calling the Delafield Republican “a bigot,” Carpenter
        // shot at him" is Carpenter's.
        if cue.start == w.sentence_start
            && !q.unclosed
            && !text[cue.end..q.span.start].contains(',')
        {
            if let Some(m) = subject_after_phrase(text, q.span.end, after_limit) {
                return resolved(&m, "participle", Some(cue), kind);
            }
        }
    }
    // Rule `colon`, by its source: "The biggest reference came as follows, from Mr Henry:
    // “…”", "A reply from the ministry: “…”": the one named right after "from", the colon
    // right after the name.
    if let Some((m, colon)) = source_before_colon(prefix, prefix_start) {
        return resolved(&m, "colon", Some(colon..colon + 1), kind);
    }
    // Rule `colon`: "Her response was unequivocal: “…”".
    if prefix.trim_end().ends_with(':') {
        if let Some(subject) = sentence_subject(text, prefix_start, q.span.start) {
            let colon = prefix_start + prefix.trim_end().len() - 1;
            return resolved(&subject, "colon", Some(colon..colon + 1), kind);
        }
    }
    // Rule `statement`: "Trump issued a statement, “…”", "Ortiz gave a short answer, “…”":
    // a speech noun that ends the clause before the quotation, behind its article or a
    // possessive, is the subject's words; the noun is the cue.
    if let Some(noun) = statement_noun(prefix) {
        let noun = prefix_start + noun.start..prefix_start + noun.end;
        if let Some(subject) = sentence_subject(text, prefix_start, noun.start) {
            return resolved(&subject, "statement", Some(noun), kind);
        }
    }
    // Rule `introduced`: a quotation opening a paragraph, after a paragraph that ends with a
    // colon ("Reporter Jomana Karadsheh says:", "In a 1963 speech, he declared:"), or with a
    // comma, a sentence the quotation finishes ("Talking about the second half, he said,").
    if q.outer.is_none() && text[w.para.start..q.span.start].trim().is_empty() {
        if let Some(intro) = w
            .previous_para
            .clone()
            .filter(|p| text[p.clone()].trim_end().ends_with([':', ',']))
        {
            let last_sentence = sentence_starts(text, intro.clone())
                .last()
                .copied()
                .unwrap_or(intro.start);
            let mark = intro.start + text[intro.clone()].trim_end().len() - 1;
            let colon = text.as_bytes()[mark] == b':';
            // (A comma introduces only a quotation with no attribution of its own after it,
            // "“We will appeal,” a visibly angry Tom Reese said" names its own speaker, and
            // only from narration: a quotation that runs on over the paragraph's end, "“My captain
            // asked the referee, the referee told him to go away," ⏎ "“And that …”", has its
            // own speaker.)
            let comma_introduces = || {
                !attributed_after(text, q.span.end, w.para.end.max(q.span.end))
                    && !raw[..qi]
                        .iter()
                        .rev()
                        .take_while(|p| p.span.end > intro.start)
                        .any(|p| p.span.end >= mark || p.unclosed)
            };
            if colon || comma_introduces() {
                if let Some(c) = attribution_before(text, last_sentence, mark + 1) {
                    return resolved(&c.mention, "introduced", Some(c.cue), kind);
                }
                // (After a comma, only a sentence with a verb of saying: a colon introduces
                // what follows by itself, a comma does not, "Across the county, Elm Road,
                // Oak Lane,".)
                let says = || {
                    text[last_sentence..mark]
                        .split_ws()
                        .any(|v| LEXICON.is_cue(v))
                };
                if colon {
                    if let Some(m) = presented_source(text, last_sentence, mark) {
                        return resolved(&m, "introduced", Some(mark..mark + 1), kind);
                    }
                }
                if colon || says() {
                    if let Some(subject) = sentence_subject(text, last_sentence, mark) {
                        return resolved(&subject, "introduced", Some(mark..mark + 1), kind);
                    }
                }
            }
        }
    }
    // Rule `after-distant`: a cue later in the same sentence ("“…,” Trump, who …, said").
    if !q.unclosed {
        if let Some(c) = later_in_sentence(text, q.span.end, after_limit) {
            return resolved(&c.mention, "after-distant", Some(c.cue), kind);
        }
    }
    // Rule `before`, over the whole sentence: when quotations before this one in its sentence
    // cut the prefix short, the clause that opens the sentence still governs it
    // ("McCaskill said voters would find it "very hard to look past" his being a "democratic
    // socialist."").
    // ("A" and "B" are left to rule `coordinated`, which names that link.)
    if prefix_start > w.sentence_start && !is_coordination(prefix) {
        let first_quote = raw[..qi]
            .iter()
            .rev()
            .take_while(|p| p.span.end > w.sentence_start)
            // Bounds that keep a paragraph of many quotations and no full stop linear.
            .take(24)
            .filter(|p| p.outer == q.outer && p.span.start >= w.sentence_start)
            .map(|p| p.span.start)
            .last()
            .filter(|&f| f - w.sentence_start <= 400);
        if let Some(c) = first_quote.and_then(|f| attribution_before(text, w.sentence_start, f)) {
            return resolved(&c.mention, "before", Some(c.cue), kind);
        }
    }
    // Rule `before`, with the subject shared: "Ruth Ames smiled and said, “…”", "he
    // supported Obama over Clinton and said, “…”". The verb coordinated with "and" or "but"
    // introduces the quotation; its subject is the sentence's (tried after the clause that
    // opens the sentence: in "he called her “weak” and said she had “zero support”" that is he).
    if let Some(cue) = coordinated {
        if let Some(subject) = sentence_subject(text, w.sentence_start, cue.start) {
            return resolved(&subject, "before", Some(cue), kind);
        }
    }
    // Rule `after-distant`, past a later quotation of the sentence: a fragment whose sentence
    // ends with a clause that reports it, after the sentence's last comma, is that clause's,
    // however many fragments come between ("The Railways had suffered a ‘serious dent’
    // because of ‘certain unfortunate incidents’, he said.": the first fragment too). Tried
    // after the clauses before it, which govern a fragment they report ("Reed told the court
    // he felt “betrayed” by the “lies” …, his barrister said" is Reed's). Not a title, nor a
    // name or a word quoted as such: one a naming word or an owner comes before ("Dubbed ‘the
    // new Messi’", "The word ‘unprecedented’", "Smith's ‘dead parrot’ jibe"), or a noun
    // after it modifies.
    if kind == QuoteKind::Partial
        && after_limit < w.after_limit
        && q.outer.is_none()
        && !looks_like_a_title()
        && !quoted_as_a_term(text, q)
    {
        if let Some(c) = inverted_clause_at_end(text, q.span.end, w.after_limit) {
            return resolved(&c.mention, "after-distant", Some(c.cue), kind);
        }
    }
    // Rule `subject`: a fragment in a sentence with no cue is the sentence subject's wording
    // ("the administration waves off the delay as having “minimal” impact").
    // (And a quotation set in parentheses in the subject's sentence: "Richard Meers ran down
    // a list of services: volunteer firefighters (“Most people here are for our
    // volunteers.”), policing (“…”)".)
    let parenthesised = text[..q.span.start].ends_with('(') && text[q.span.end..].starts_with(')');
    if (kind == QuoteKind::Partial || parenthesised) && q.outer.is_none() && !looks_like_a_title() {
        let subject = sentence_subject(text, w.sentence_start, q.span.start)
            .filter(|m| registry.knows(text, m));
        if let Some(subject) = subject {
            return resolved(&subject, "subject", None, kind);
        }
    }
    // Nothing names a speaker: a title, a scare quote, or speech whose speaker is elsewhere.
    // (Whether it has at most four words, told from its first five, not by counting every
    // word of a long quotation.)
    let few_words = inner.split_ws().nth(4).is_none();
    let kind =
        if q.outer.is_some() || looks_like_a_title() || (few_words && kind == QuoteKind::Partial) {
            QuoteKind::Nonspeech
        } else {
            kind
        };
    Attribution {
        kind,
        speaker: Speaker::unknown("none"),
        cue: None,
    }
}

/// `attribution_before = speaker_cue , { gap , word } , [ "that" ] , [ "," | ":" ] , gap , (: the opening mark) ;`
///
/// Tries each word of the prefix and keeps the clause whose cue is nearest the quotation:
/// in "According to Sheinbaum, Trump said, “…”" that is "Trump said".
///
/// When a clause introduces the quotation directly (only a few words, a comma, a colon or
/// "that" between its cue and the mark), the nearest such clause speaks: in "According to
/// Sheinbaum, Trump said, “…”" that is Trump. Otherwise the quotation is a fragment deep in
/// reported speech and the first clause governs it: in "Cruz said he is certain Rubio will
/// remain “a champion”" that is Cruz.
fn attribution_before(text: &str, from: usize, to: usize) -> Option<Clause> {
    attribution_before_in(text, from, to, &memo::words(text, from..to))
}

/// [`attribution_before`], given the words of `text[from..to]` (`memo::words`), which the
/// rules after it read for the same prefix.
fn attribution_before_in(text: &str, from: usize, to: usize, ws: &[Word]) -> Option<Clause> {
    // Every clause but `according_to` ends in a cue verb, whose first word is one of the
    // prefix's words at or after the clause's start: past the last word that may open a cue,
    // only `according_to` is tried (most prefixes hold no cue at all).
    let last_cue = ws
        .iter()
        .rev()
        .find(|w| may_open_cue(w.text))
        .map(|w| w.start);
    let mut first: Option<Clause> = None;
    // ("According to Yahoo News, Clinton spokesman Jesse Lehrich said…" opens with a source,
    // not a phrase: it still governs.)
    let opening = opening_phrase_end(text, from, to)
        .filter(|_| !text[from..to].trim_start().starts_with("According"));
    let mut nearest_intro: Option<Clause> = None;
    let mut last: Option<Clause> = None;
    let mut covered = from;
    // (Where the last object of a preposition read ends: the name's later words are the
    // object's too, "Lawyers for Tomas Vell said" is not said by "Vell", nor "The family of
    // Dwayne Charles-Baptiste, who died …, said" by "Charles-Baptiste".)
    let mut object_end = None;
    for (k, w) in ws.iter().enumerate() {
        let s = w.start;
        if s < covered {
            continue;
        }
        // (Up to a title: "The Council on American-Islamic Relations National Executive
        // Director Nihad Awad says" is the director's.)
        if object_end == Some(s.saturating_sub(1))
            && text.as_bytes()[s - 1] == b' '
            && (is_capitalized(w.text) || is_name_particle(w.text))
            && !LEXICON.is_title(w.text)
        {
            object_end = Some(w.end);
            continue;
        }
        let c = if last_cue.is_some_and(|c| c >= s) {
            // The object of a preposition is not the subject of a cue: "responded to a Gold
            // Star mother … by saying". ("after Sanders said", "with Trump yelling" and "of
            // Carson saying" open clauses of their own: "after", "with", "of" and the like
            // stay open.)
            // (Read only where a cue may follow: past the last word that may open one, only
            // `according_to` is tried.)
            let object = {
                // (Past a determiner: "to the Observer".)
                let mut before = text[from..s].split_ws().rev();
                let p = match before.next() {
                    Some("the" | "a" | "an") => before.next(),
                    p => p,
                };
                // (Nor, set off by a comma, the object of one that may open a clause: in
                // "the director general at the Ministry of Settlement, Soenarno, said" the
                // ministry is no subject.)
                // (Capitalised where it opens the sentence: "In her acceptance speech the new
                // chair said" is not said by the speech.)
                p.is_some_and(|p| {
                    let opening = p.starts_with(char::is_uppercase)
                        && LEXICON.is_preposition_lower(p)
                        && at_sentence_start(text, p.as_ptr() as usize - text.as_ptr() as usize);
                    let p = if opening { &*lowercase(p) } else { p };
                    (LEXICON.is_preposition(p) || opening)
                        && (!opens_clause(p)
                            || name_then_comma(&text[s..to])
                            || p == "of" && person_then_finite_cue(&text[s..to]))
                })
            };
            // (Nor the object of a verb in a relative clause that "who" opens, or of a
            // participle after a person's role noun: "Police who arrested Yaw Mensah said", "a
            // lawyer representing Grace Njeri said" are not said by them. Not "that", a
            // determiner as often, "at that point Kojo Asare described", nor a meeting's noun,
            // "at a board meeting Kojo Asare described".)
            let object = object || {
                // (The prefix's two words before this one, read from the slice, with nothing
                // but spaces between them: a comma sets off no object.)
                let spaced = |a: usize, b: usize| text[a..b].bytes().all(|c| c == b' ');
                let v = k
                    .checked_sub(1)
                    .map(|i| &ws[i])
                    .filter(|v| spaced(v.end, s));
                let r = k
                    .checked_sub(2)
                    .map(|i| &ws[i])
                    .filter(|r| v.is_some_and(|v| spaced(r.end, v.start)));
                match (v.map(|v| v.text), r.map(|r| r.text)) {
                    (Some(v), Some(r)) => governs_object(r, v),
                    _ => false,
                }
            };
            if object && is_capitalized(w.text) {
                object_end = Some(w.end);
            }
            (!object)
                .then(|| speaker_cue(&text[s..to], s))
                .flatten()
                .or_else(|| {
                    // "Her neighbour, Tom Reilly, said:": a name set off by commas after a
                    // phrase no list reads as a description.
                    describes_next(&text[from..s])
                        .then(|| named_aside(&text[s..to], s))
                        .flatten()
                })
                .or_else(|| according_to(&text[s..to], s))
                .or_else(|| {
                    // (Both rules open a clause: where none opens, neither is tried.)
                    at_clause_start(text, s)
                        .then(|| {
                            cue_speaker_before(text, s, to).or_else(|| phrase_before(text, s, to))
                        })
                        .flatten()
                })
        } else {
            according_to(&text[s..to], s)
        };
        let Some(mut c) = c else { continue };
        // "She said she recalls the colleague being “confused”": a clause reported by the
        // clause before it, about the same person, is that clause's; its subject speaks.
        if let Some(outer) = &last {
            let joined = matches!(text[outer.end..c.mention.span.start].trim(), "" | "that");
            let same = matches!(
                (outer.mention.kind, c.mention.kind),
                (MentionKind::Pronoun(_), MentionKind::Pronoun(_))
            ) && text[outer.mention.span.clone()]
                .eq_ignore_ascii_case(&text[c.mention.span.clone()]);
            if joined && same {
                c = Clause {
                    mention: outer.mention.clone(),
                    cue: outer.cue.clone(),
                    end: c.end,
                };
            }
        }
        last = Some(c.clone());
        covered = c.end;
        let between = &text[c.end..to];
        if is_intro(between) {
            nearest_intro = Some(c.clone());
        }
        // "In a year when Trump is talking about deporting millions, Yepez said Perez was
        // right to urge Latino leaders “to stand up”": a clause inside the phrase that opens
        // the sentence does not govern it.
        if first.is_none() && opening.is_none_or(|e| c.mention.span.start >= e) {
            first = Some(c);
        }
    }
    // A report relays what someone it names said: in "The report said …, noting that Harlan
    // said … “probably”", "The Nevada Independent reported that the Airport Authority said
    // …", the words are the named speaker's, not the report's.
    let relays = |c: &Clause| {
        let cue = &text[c.cue.clone()];
        let head = &text[c.mention.head.clone()];
        cue.starts_with("report") || matches!(head, "report" | "reports")
    };
    if let (Some(f), Some(l)) = (&first, &last) {
        if nearest_intro.is_none()
            && l.mention.span.start >= f.end
            && l.mention.kind == MentionKind::Name
            && relays(f)
        {
            return last;
        }
    }
    nearest_intro
        .or(first)
        .or_else(|| open_cue_before(text, from, to, ws))
}

/// `open_cue_before = mention (: a name, a description, or "he", "she", "they", opening its clause) , [ "," ] , gap , open_cue , "," , gap , (: the opening mark) ;`
///
/// A verb no list names right before the quotation, after its subject and before a comma:
/// "Amena Yauvoli shared, “…”", "Fiji’s chief negotiator, Amena Yauvoli, shared, “…”". The
/// comma says the verb introduces the quotation, as [`open_cue_clause`] reads the same verb
/// after one. Tried only where no other clause before the quotation speaks.
fn open_cue_before(text: &str, from: usize, to: usize, ws: &[Word]) -> Option<Clause> {
    let before = text[from..to].trim_end().strip_suffix(',')?;
    // (The gap before the verb: any white space, a no-break space too.)
    let v_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map(|(k, c)| k + c.len_utf8())?;
    let v = &before[v_start..];
    if !open_cue(v) {
        return None;
    }
    let head = before[..v_start].trim_end();
    // (A name set off by commas after a description: "Fiji’s chief negotiator, Amena
    // Yauvoli, shared".)
    let aside = head.ends_with(',');
    let head_end = from + head.trim_end_matches(',').len();
    let cue = from + v_start..from + v_start + v.len();
    ws.iter()
        .filter(|w| w.start < head_end && at_clause_start(text, w.start))
        .find_map(|w| {
            let (rest, m) = mention(&text[w.start..head_end], w.start)?;
            let subject = match m.kind {
                MentionKind::Name => true,
                MentionKind::Pronoun(k) => {
                    !aside
                        && matches!(
                            k,
                            PronounKind::Male | PronounKind::Female | PronounKind::Plural
                        )
                }
                MentionKind::Description(_) => !aside,
            };
            // (Set off by commas, only a name: "negotiator, Amena Yauvoli,".)
            let set_off = !aside || text[..w.start].trim_end().ends_with(',');
            (rest.is_empty() && subject && set_off).then(|| Clause {
                mention: m,
                cue: cue.clone(),
                end: cue.end,
            })
        })
}

/// Does `i` open with a name (its titles included) and a comma: "Settlement, Soenarno,
/// said"?
fn name_then_comma(i: &str) -> bool {
    i.starts_with(char::is_uppercase) && titled_name(i).is_ok_and(|(r, _)| r.starts_with(','))
}

/// Does `i` open with a person's name of two words or more and then a cue's finite form
/// ("Tom Bell said")? After "of" such a name is the object: "The widow of Tom Bell said", "a
/// friend of Ana Ruiz told reporters" (a gerund makes it a subject, "of Carson privately
/// saying"; a group of one word is the one that speaks, "75 percent of Republicans said").
fn person_then_finite_cue(i: &str) -> bool {
    i.starts_with(char::is_uppercase)
        && titled_name(i).is_ok_and(|(r, head)| {
            i[head].contains(' ')
                && gap(r).is_ok_and(|(after, g)| {
                    !g.is_empty()
                        && word(after)
                            .is_ok_and(|(_, v)| memo::flags(v).is_cue() && !v.ends_with("ing"))
                })
        })
}

/// A preposition whose object may be the subject of a clause or a gerund: "after Sanders
/// said", "with Trump reportedly yelling", "of Carson privately saying", "75 percent of
/// Republicans said", "From Andrea Peyser writing at The New York Post:".
fn opens_clause(p: &str) -> bool {
    matches!(
        p,
        "of" | "with"
            | "from"
            | "after"
            | "before"
            | "since"
            | "until"
            | "while"
            | "as"
            | "like"
            | "than"
            | "during"
            | "over"
            | "between"
            | "among"
    )
}

/// May a cue verb open with word `w`? True of every first word `cue_verb_word` accepts (a
/// cue or framing form, in any case, or the first word of a form of two words), and of any
/// word that is not ASCII, whose lower case is not looked up here.
fn may_open_cue(w: &str) -> bool {
    // (The flags kept with the document's token, when `w` is one: this is asked of every
    // word before a quotation, whose flags the other rules ask for too.)
    let f = memo::flags(w);
    f.is_cue() || f.is_framing() || (f.exact | f.lower) & flag::CUE_HEAD != 0 || !w.is_ascii()
}

/// May a cue or framing form of two words open with word `w`, whose lexicon flags are `f`?
/// True of the first word of each, in any case ([`flag::CUE_HEAD`] of its lower case), and
/// of any word that is not ASCII, whose lower case is not looked up here.
fn opens_two_word_cue(w: &str, f: Flags) -> bool {
    (f.exact | f.lower) & flag::CUE_HEAD != 0 || !w.is_ascii()
}

/// What may stand between a cue and the quotation it introduces: a few words ("told
/// reporters", "in a statement", "on Twitter") and a comma, a colon or "that".
fn is_intro(between: &str) -> bool {
    let t = between.trim();
    let t = t.trim_end_matches([',', ':', '—', '–']).trim_end();
    let t = t
        .strip_suffix(" that")
        .or_else(|| (t == "that").then_some(""))
        .unwrap_or(t);
    t.split_ws().nth(6).is_none() && !t.contains(['.', '!', '?', ';'])
}

/// `cue_speaker` placed before the quotation: "Said Trump: “…”", "…, said Trump, “…”".
/// Only where a clause starts (the caller asks [`at_clause_start`]): "The front-runner said
/// the U.S. “clearly”…" has its speaker before the verb.
fn cue_speaker_before(text: &str, s: usize, to: usize) -> Option<Clause> {
    let c = cue_speaker(&text[s..to], s)?;
    // Only when the clause runs up to the quotation (an appositive aside), so "told Sheinbaum
    // that" is not a speaker.
    let rest = &text[c.end..to];
    let rest = appositive(rest).map_or(rest, |(r, _)| r);
    rest.trim()
        .trim_end_matches([',', ':'])
        .is_empty()
        .then_some(c)
}

/// Does a clause start at byte `s` (the text before it ends a sentence or a clause)?
fn at_clause_start(text: &str, s: usize) -> bool {
    at_sentence_start(text, s)
        || text[..s]
            .trim_end()
            .ends_with([',', ';', ':', '"', '”', '(', '—'])
}

/// Does a sentence start at byte `s`: the text before it is empty, ends a sentence, or ends
/// its line? (The line's end is seen before the trimming that would take it: a headline with
/// no full stop ends its line, "Adviser sentenced to 40 months" ⏎ "Federal prosecutors
/// recommended …".)
fn at_sentence_start(text: &str, s: usize) -> bool {
    let line = trim_end_ascii(&text[..s], |b| b == b' ' || b == b'\t');
    line.ends_with(['\n', '\r']) || {
        let before = line.trim_end();
        before.is_empty() || before.ends_with(['.', '!', '?'])
    }
}

/// [`speaker_phrase`] with a determiner, opening a clause that introduces the quotation:
/// "Another commenter said, “…”".
/// (Only where a clause starts: the caller asks [`at_clause_start`].)
/// Without a determiner, a phrase that [`speaker_phrase`] reads only as a plural role noun
/// with the words before it, and that opens its sentence, is a clause of its own, introducing
/// the quotation or not: "Trump aides said it was “over”", "Federal prosecutors recommended
/// …, saying it “will send the message”".
fn phrase_before(text: &str, s: usize, to: usize) -> Option<Clause> {
    if determiner(&text[s..to]).is_err() {
        return at_sentence_start(text, s)
            .then(|| speaker_phrase(&text[s..to], s))
            .flatten();
    }
    let c = speaker_phrase(&text[s..to], s)?;
    is_intro(&text[c.end..to]).then_some(c)
}

/// `possessive_speaker = ( { name_word , gap } , possessive | "his" | "her" | "their" ) , gap , [ word , gap ] , speech_noun ;`
///
/// The last such phrase before the quotation: "Trump’s claim", "her latest remarks". `ws`
/// are the words of the text before it.
fn possessive_speaker(text: &str, ws: &[Word]) -> Option<Found> {
    // The last phrase is the first found from the end: the words are read back from there,
    // each looked up once (whether the next word or the one after it is a speech noun is
    // carried back from the words read before).
    let mut nouns_after = [false; 2];
    for (k, w) in ws.iter().enumerate().rev() {
        let noun_follows = nouns_after[0] || nouns_after[1];
        // (From the flags the document's token keeps: every word of the prefix is asked.)
        nouns_after = [memo::flags(w.text).is_speech_noun(), nouns_after[0]];
        if !noun_follows {
            continue;
        }
        let pronoun = match w.text {
            "his" | "His" => Some(PronounKind::Male),
            "her" | "Her" => Some(PronounKind::Female),
            "their" | "Their" => Some(PronounKind::Plural),
            _ => None,
        };
        if let Some(p) = pronoun {
            return Some(Found {
                span: w.start..w.end,
                head: w.start..w.end,
                kind: MentionKind::Pronoun(p),
            });
        } else if possessive(w.text).is_ok() {
            // Walk back over the name's other words ("Donald Trump’s").
            let mut start = w.start;
            for prev in ws[..k].iter().rev() {
                if name_word(prev.text).is_ok_and(|(r, _)| r.is_empty())
                    && text[prev.end..start].trim().is_empty()
                {
                    start = prev.start;
                } else {
                    break;
                }
            }
            let end = w.start + strip_possessive(w.text).len();
            let kind = MentionKind::Name;
            // (The name past its title: "Mr Martin’s comments" are Martin's, looked up as
            // "Martin" is after a cue.)
            let head = match titled_name(&text[start..end]) {
                Ok(("", h)) => start + h.start..start + h.end,
                _ => start..end,
            };
            return Some(Found {
                span: start..end,
                head,
                kind,
            });
        }
    }
    None
}

/// `coordinated_cue = ( "and" | "but" ) , gap , cue , { gap , word } , [ "that" ] , [ "," | ":" ] , gap , (: the opening mark) ;`
///
/// A cue coordinated with the verb before it, introducing the quotation: "smiled and said,",
/// "but added that". Returns the cue.
/// `ws` are the words of `text[from..to]`.
fn coordinated_cue(text: &str, to: usize, ws: &[Word]) -> Option<Range<usize>> {
    // The last few "and"s, nearest first ("smiled and said to Smith and Jones, “…”"): only
    // one near the quotation can introduce it, so three are enough and the work is bounded.
    ws.iter()
        .enumerate()
        .rev()
        .filter(|(_, w)| matches!(w.text, "and" | "but"))
        .take(3)
        .find_map(|(k, _)| {
            let next = ws.get(k + 1)?;
            let (rest, v) = cue(&text[next.start..to]).ok()?;
            let end = to - rest.len();
            // A participle is rule `participle`'s; "and said" must introduce the quotation.
            (!v.ends_with("ing") && is_intro(&text[end..to])).then(|| end - v.len()..end)
        })
}

/// A participle cue ("stating", "adding", "saying") in the prefix with no mention before it.
/// `ws` are the words of `text[from..to]`.
fn participle_cue(text: &str, ws: &[Word]) -> Option<Range<usize>> {
    let i = ws
        .iter()
        .rposition(|w| memo::flags(w.text).is_cue_participle())?;
    // ("held up a sign reading “…”", "a T-shirt reading": a participle that modifies the
    // thing right before it writes no one's words; "a statement saying" is speech.)
    let thing = i >= 2 && {
        let noun = ws[i - 1].text;
        text[ws[i - 1].end..ws[i].start].trim().is_empty()
            && determiner(ws[i - 2].text).is_ok_and(|(r, _)| r.is_empty())
            && !memo::flags(noun).is_speech_noun()
            && role_of(noun).is_none()
    };
    (!thing).then(|| ws[i].start..ws[i].end)
}

/// The clause [`quoted_as`] reads before the participle `cue`, if "quoted" or "quotes" is
/// among the eight words before it: "State radio quoted Ashworth as saying, “…”" is
/// Ashworth's, not the sentence subject's.
fn quoted_object(text: &str, ws: &[Word], cue: &Range<usize>) -> Option<Clause> {
    let w = ws
        .iter()
        .rev()
        .skip_while(|w| w.start >= cue.start)
        .take(8)
        .find(|w| matches!(w.text, "quoted" | "quotes"))?;
    quoted_as(&text[w.start..], w.start).filter(|c| c.cue == *cue)
}

/// The mention that opens the clause after an opening phrase that ends at `at` (its comma
/// inside the closing mark, "“a bigot,” Carpenter", or after it), as far as `limit`: a name,
/// a pronoun or a description, followed by a word in lower case (its verb, or an adverb).
fn subject_after_phrase(text: &str, at: usize, limit: usize) -> Option<Found> {
    let limit = limit.max(at);
    let rest = &text[at..limit];
    let comma_inside = text[..at]
        .trim_end_matches(['"', '”', '’', '\'', '»', '›'])
        .ends_with(',');
    let rest = match rest.trim_start().strip_prefix(',') {
        Some(r) => r,
        None if comma_inside => rest,
        None => return None,
    };
    let trimmed = rest.trim_start();
    let base = limit - trimmed.len();
    let (r, m) = mention(trimmed, base)?;
    r.split_ws()
        .next()
        .is_some_and(|w| w.starts_with(char::is_lowercase))
        .then_some(m)
}

/// `presented_source = ( "Following" | "Below" | "Here" ) , gap , ( "are" | "is" ) , { word } , speech_noun (: within six words, or "quotes", "excerpts", "transcript" …) , { word } , ( "by" | "from" | "with" | "of" ) (: the first such link before a name, none after a participle) , gap , mention (: a name, ending the sentence at its colon or before a phrase of place or time) ;`
///
/// A sentence that presents words before a colon ("Following are selected quotes from a press
/// encounter with European Central Bank President Christine Lagarde:", "Here is an excerpt
/// from the speech by Tomas Vell:") names its speaker by the first name that "by", "from",
/// "with" or "of" links after the words presented: its first word is no one. `from..to` is
/// the sentence up to its colon.
fn presented_source(text: &str, from: usize, to: usize) -> Option<Found> {
    let sentence = &text[from..to];
    // (Past a dateline and its dash: "DUBROVNIK, Croatia (Econostream) – Following are …".)
    let opening = [" – ", " — ", " - "]
        .iter()
        .filter_map(|d| {
            let i = sentence[..floor_char(sentence, sentence.len().min(80))].find(d)?;
            let place = sentence[..i].split_ws().next()?;
            (place.len() > 2 && !place.chars().any(char::is_lowercase)).then(|| i + d.len())
        })
        .min()
        .unwrap_or(0);
    // (The words with their offsets in the sentence.)
    let words: Vec<(usize, &str)> = sentence[opening..]
        .split_ws()
        .map(|w| (w.as_ptr() as usize - sentence.as_ptr() as usize, w))
        .collect();
    if !matches!(words.first(), Some((_, "Following" | "Below" | "Here")))
        || !matches!(words.get(1), Some((_, "are" | "is")))
    {
        return None;
    }
    // (What it presents is words: "Following are selected quotes", "Here is the statement";
    // not "Here is where Senator Joan Pell broke with …", "Below are the nominees chosen by
    // …".)
    let noun = words.iter().skip(2).take(6).position(|&(_, w)| {
        let w = w.trim_end_matches([',', ':']);
        LEXICON.speech_nouns.contains(w) || is_presented_words(w)
    })? + 2;
    // The speaker: the name right after the first "by", "from", "with" or "of" after the
    // noun that links one ("remarks by President Elena Marsh at a joint news conference with
    // …", "excerpts from an interview with Finance Minister Dara Kessel by …"). Not one a
    // participle links, who handled the words ("translated by", "compiled by", "moderated
    // by").
    words
        .iter()
        .enumerate()
        .skip(noun + 1)
        .find_map(|(k, &(at, w))| {
            if !matches!(w, "by" | "from" | "with" | "of") || handled_by(words[k - 1].1) {
                return None;
            }
            let start = at + w.len() + 1;
            let (rest, m) = mention(sentence.get(start..)?, from + start)?;
            // (Or a phrase of place or time after it: "… with President Christine Lagarde on
            // the margins of the Dubrovnik Economic Conference:".)
            let ends = rest.trim().is_empty()
                || [
                    " on ",
                    " at ",
                    " in ",
                    " during ",
                    " after ",
                    " before ",
                    " following ",
                    " to ",
                    " by ",
                    " for ",
                    ", ",
                ]
                .iter()
                .any(|p| rest.starts_with(p));
            (m.kind == MentionKind::Name && ends).then_some(m)
        })
}

/// A participle (or a noun) of those who handle others' words, not their author: "translated
/// by", "compiled by", "moderated by", "with subtitles by" (but "issued by", "written by",
/// "delivered by" link the author).
fn handled_by(w: &str) -> bool {
    matches!(
        w,
        "translated"
            | "compiled"
            | "moderated"
            | "conducted"
            | "obtained"
            | "edited"
            | "annotated"
            | "transcribed"
            | "collected"
            | "gathered"
            | "chosen"
            | "selected"
            | "read"
            | "reported"
            | "released"
            | "hosted"
            | "subtitles"
            | "annotations"
    )
}

/// The nouns of words presented in a list or a transcript: "Following are selected
/// *quotes*", "Below are *excerpts*", "Here is the *transcript*".
fn is_presented_words(w: &str) -> bool {
    matches!(
        w,
        "quotes"
            | "quotations"
            | "excerpts"
            | "extracts"
            | "transcript"
            | "text"
            | "highlights"
            | "interview"
    )
}

/// The subject of the sentence: its first mention that is not inside a quotation.
///
/// A subject stands near the start: only the first 40 words are tried, which also bounds the
/// work in a paragraph with no sentence end.
fn sentence_subject(text: &str, from: usize, to: usize) -> Option<Found> {
    let mut probe = to.min(from + 400);
    while !text.is_char_boundary(probe) {
        probe -= 1;
    }
    let mut probed = memo::words(text, from..probe);
    let to_bound = probed.get(40).map_or(to, |w| w.start.min(to));
    // (A 40th word that ends where the 41st starts, or a "No." that a number follows, would
    // be read otherwise where the range ends at that number: see `word_len`.)
    let reread = if probed.len() > 40 {
        probed[39].end >= probed[40].start || numbering(probed[39].text)
    } else {
        probe != to
    };
    let to = to_bound.max(from);
    let mut prev_word = "";
    let mut before_prev_word = "";
    let mut skip_until = from;
    // (The words up to `to` are those read up to the probe, the first 40 of them at most,
    // where the probe is `to` or a 41st word was read before it: that word starts `to` then,
    // and no word of the 40 reaches past its start. Read again only where the probe stopped
    // short of `to` with fewer words, or where `to` is not past `from`: a second vector of
    // the same words was cut at every sentence whose subject was looked for.)
    let ws = if reread || to_bound < from {
        memo::words(text, from..to)
    } else {
        probed.truncate(40);
        probed
    };
    let ws_start = ws.first().map_or(from, |w| w.start);
    let mut quotes = MarkCount::default();
    let mut counted = from;
    // "After the Paris attacks, Trump released…": the names of an opening phrase are no
    // subject. (Here only after a preposition: skipping a participle's phrase as well, as
    // the speaker registry does for its subjects, loses a quotation on PolNeAR dev.)
    // ("Immediately after the attacks, Trump issued…": an adverb before the preposition.)
    // (Past a conjunction that opens the sentence, with its comma or not: "But, if the aim
    // was to get the Lions to play, Vell knows …", "And when the Lions lost, Vell said …".)
    let opener = ws.len() > 1 && is_opening_conjunction(ws[0].text);
    let ws_open = if opener { &ws[1..] } else { &ws[..] };
    let open_at = ws_open.first().map_or(from, |w| w.start);
    let adverb_first =
        ws_open.len() > 1 && has_adverb_ending(ws_open[0].text) && is_preposition(ws_open[1].text);
    // ("A week after the first soldiers were killed …, President Tomas Abeyo has issued
    // a statement": a span of time before the preposition, "Hours after", "Two days before".)
    let time_first = opens_with_time_span(&text[ws_start..to]);
    if adverb_first || time_first || ws_open.first().is_some_and(|w| is_preposition(w.text)) {
        if let Some(comma) = opening_phrase_end(text, open_at, to) {
            skip_until = comma;
        }
    }
    // ("Being a farmer himself, Bateup has …", "As the union's leader, Okafor …": a phrase
    // that says what the subject is, before its comma, holds no subject; the description in
    // it is the subject's.)
    if ws_open.len() > 2
        && matches!(ws_open[0].text, "As" | "Being" | "Like")
        && matches!(
            ws_open[1].text,
            "a" | "an" | "the" | "one" | "his" | "her" | "their"
        )
    {
        if let Some(comma) = text[open_at..to]
            .find(',')
            .filter(|&c| text[open_at..open_at + c].split_ws().nth(12).is_none())
        {
            skip_until = skip_until.max(open_at + comma);
        }
    }
    // "Although the IMF did not single out Trump's proposals, it referenced…": the subject
    // of a subordinate clause that opens the sentence is not the sentence's.
    // (In lower case after a conjunction: "But if …".)
    let subordinate = |w: &str| {
        opens_subordinate_clause(w)
            || opener && capitalised(w, &mut [0u8; 32]).is_some_and(opens_subordinate_clause)
    };
    if ws_open.first().is_some_and(|w| subordinate(w.text)) {
        let head = &text[open_at..to];
        if let Some(comma) = head
            .find(',')
            .filter(|&c| head[..c].split_ws().nth(15).is_none())
        {
            skip_until = open_at + comma;
        }
    }
    for w in ws {
        let s = &text[w.start..to];
        // The object of a preposition is no subject: "In a White House statement, President
        // Obama condemned…", "At a forum in Virginia, one questioner claimed…".
        // (Past "the": "Hundreds of families along the Indus were relocated …".)
        let after_preposition =
            is_preposition(prev_word) || prev_word == "the" && is_preposition(before_prev_word);
        before_prev_word = prev_word;
        prev_word = w.text;
        if w.start < skip_until {
            continue;
        }
        if after_preposition {
            if let Some((_, m)) = mention(s, w.start) {
                skip_until = m.span.end;
            }
            continue;
        }
        // ("A survivor who escaped into the bush told Reuters the attackers had “…”": past
        // "told", where no subject was read before it, comes whom it was told to, never the
        // subject.)
        if matches!(w.text, "told" | "tells") {
            return None;
        }
        // "Her response was…": the possessor speaks.
        if matches!(w.text, "Her" | "His" | "Their" | "her" | "his" | "their") && from == w.start {
            let kind = match w.text.to_lowercase().as_str() {
                "her" => PronounKind::Female,
                "his" => PronounKind::Male,
                _ => PronounKind::Plural,
            };
            return Some(Found {
                span: w.start..w.end,
                head: w.start..w.end,
                kind: MentionKind::Pronoun(kind),
            });
        }
        // ("(KUTV) The city of North Salt Lake issued…": a name in parentheses, a
        // station's or an agency's credit, is no subject.)
        // (Three words at most: "(Grayson's spokeswoman challenged the assertion…)" opens
        // a paragraph in parentheses, whose subject speaks.)
        if text[..w.start].ends_with('(') {
            if let Some(close) = text[w.start..to]
                .find(')')
                .filter(|&c| text[w.start..w.start + c].split_ws().nth(3).is_none())
            {
                skip_until = w.start + close;
                continue;
            }
        }
        // ("“Savage,” she said, meaning…": a quoted word is no subject.)
        // (The marks are counted from where the last count stopped: one pass over the prefix.)
        quotes.add(&text[counted..w.start]);
        counted = w.start;
        if quotes.open() {
            continue;
        }
        // ("Conversely, PolitiFact rated…": an adverb and a comma open the sentence.)
        // (By an adverb's ending, so that "Kelly," and "Reilly," stay names; "However",
        // "Meanwhile" and the other openers of `not_names.txt` are no mention anyway.)
        let adverb = has_adverb_ending(w.text);
        if w.start == ws_start && adverb && text[w.end..].starts_with(',') {
            continue;
        }
        // "Bornsten's earlier missive … predicted that Trump would be “…”": a name in the
        // possessive opening the sentence owns its words, as "Her" does.
        if w.start == ws_start {
            if let Ok((after, owner)) = possessive(s) {
                let name = strip_possessive(owner);
                // (Only before a speech noun: "Delaware’s primary was a “closed”" is no one's.)
                let speech = after.split_ws().take(3).any(|n| {
                    LEXICON
                        .speech_nouns
                        .contains(n.trim_end_matches([',', '.']))
                });
                if speech && name.starts_with(char::is_uppercase) && !name.contains(' ') {
                    return Some(Found {
                        span: w.start..w.start + name.len(),
                        head: w.start..w.start + name.len(),
                        kind: MentionKind::Name,
                    });
                }
            }
        }
        if let Some((r, m)) = mention(s, w.start) {
            // ("At Kuta Beach, Australian tourist Chloe Smith, 24, shrugged: “…”": a people's
            // adjective before a role no list names and a name is no one's name; the person
            // named after the role is the subject.)
            // (Only before a person's role noun in the singular, no verb: "Djokovic beat top
            // seed Carlos Alcaraz and shrugged: “…”" is Djokovic's, "Iranian officials met
            // envoy Ken Sato" no role's.)
            // (Or an adjective by its ending before the role: "Republican presidential
            // front-runner Donald Trump defended …".)
            let role_noun = |n: &str| {
                n.starts_with(|c: char| c.is_ascii_lowercase())
                    && (!n.ends_with('s') || n.ends_with("ss"))
                    && (role_of(n) == Some(RoleKind::Person) || is_agent_noun(n))
            };
            let role_next = || {
                let mut ws = r.split_ws();
                ws.next().is_some_and(|n| {
                    role_noun(n)
                        || ["al", "ic", "ian", "ive", "ary", "ous"]
                            .iter()
                            .any(|e| n.ends_with(e))
                            && n.starts_with(|c: char| c.is_ascii_lowercase())
                            && ws.next().is_some_and(role_noun)
                })
            };
            let (r, m) = match (m.kind == MentionKind::Name
                && is_demonym_adjective(&text[m.span.clone()])
                && role_next())
            .then(|| open_role(s, w.start))
            .flatten()
            .filter(|(_, found)| {
                text[m.span.end..found.head.start]
                    .split_ws()
                    .all(|w| !w.ends_with("ed") && !LEXICON.is_cue(w))
            }) {
                Some(role_and_name) => role_and_name,
                None => (r, m),
            };
            // ("…, knowing you've just won an Olympic gold medal, Valmon used …": a name
            // after "a" or "an" and before a lower-case word modifies a noun; it is no
            // subject.)
            if m.kind == MentionKind::Name
                && matches!(before_prev_word, "a" | "an" | "A" | "An")
                && r.split_ws()
                    .next()
                    .is_some_and(|n| n.starts_with(char::is_lowercase))
            {
                skip_until = m.span.end;
                continue;
            }
            // ("CONGRESS HAS INVESTIGATED HIM — Oz's …": a heading in capitals names no one.)
            let heading = m.kind == MentionKind::Name && {
                let t = &text[m.span.clone()];
                t.split_ws().nth(2).is_some() && !t.chars().any(char::is_lowercase)
            };
            // ("BERLIN — Germany's economy minister…", "WASHINGTON (AP) —": a dateline's
            // place in capitals, then a dash, is no subject.)
            // (Only where a paragraph opens: "The vote was close. NATO — not Russia — …".)
            let paragraph_start = text[..from].is_empty() || text[..from].ends_with('\n');
            let dateline = (m.kind == MentionKind::Name
                && w.start == ws_start
                && paragraph_start
                && !text[m.span.clone()].chars().any(char::is_lowercase))
            .then(|| {
                // ("NEW DELHI, Feb 12 (PTI) The Supreme Court …": a dateline that ends in an
                // agency's name with no dash, read as the registry reads it.)
                agency_dateline_len(&text[m.span.start..to])
                    .checked_sub(m.span.len())
                    .filter(|&n| n > 0)
                    .or_else(|| dateline_end(&text[m.span.end..to]))
            })
            .flatten();
            if let Some(end) = dateline {
                skip_until = m.span.end + end;
                continue;
            }
            if heading {
                skip_until = m.span.end;
                continue;
            }
            if !matches!(
                m.kind,
                MentionKind::Pronoun(PronounKind::Neuter | PronounKind::Relative)
            ) {
                // ("Germany's economy minister, Katharina Lindqvist-Bauer, on Tuesday ruled
                // out…": the name in apposition.)
                let named = appositive(&text[m.span.end..to]).ok().and_then(|(_, app)| {
                    let title = &text[m.span.start..m.head.start.max(m.span.start)];
                    name_in_apposition(&m, title, &text[m.span.clone()], app, m.span.end)
                });
                // ("Jamaica Prime Minister, Andrew Holness wants …": an office in capitals,
                // then its holder's full name after a comma that no second comma closes.)
                // (Or after "and" and the holder's other office: "Hutt South MP and
                // Infrastructure Minister Chris Bishop was less cautious.")
                let holder = || {
                    if m.kind != MentionKind::Name || !is_capitalised_office(&text[m.span.clone()])
                    {
                        return None;
                    }
                    let rest = &text[m.span.end..to];
                    let after = rest.strip_prefix(", ").or_else(|| {
                        rest.strip_prefix(" and ")
                            .filter(|a| a.starts_with(char::is_uppercase))
                    })?;
                    let (tail, f) = person_named(after, to - after.len())?;
                    if rest.starts_with(',') {
                        return Some(f);
                    }
                    // ("Police Commissioner and Health Minister Jane Doe both called …" are two.)
                    if tail.trim_start().starts_with("both") {
                        return None;
                    }
                    // (The mention spans both offices: the sentence opens with it.)
                    (f.head.start > to - after.len()).then_some(Found {
                        span: m.span.start..f.span.end,
                        ..f
                    })
                };
                return Some(named.or_else(holder).unwrap_or(m));
            }
        }
    }
    None
}

/// A verb by which the subject gives out words as its own: "issued a statement", "put out
/// a statement", "gave a short answer", "tweeted a message".
fn is_issuing_verb(v: &str) -> bool {
    matches!(
        v,
        "issued"
            | "released"
            | "sent"
            | "published"
            | "posted"
            | "emailed"
            | "out"
            | "put"
            | "circulated"
            | "distributed"
            | "shared"
            | "wrote"
            | "tweeted"
            | "gave"
            | "made"
            | "delivered"
            | "offered"
            | "used"
    )
}

/// `statement_noun = issuing_verb , gap , ( "a" | "an" | "the" | "his" | "her" | "its" | "their" ) , gap , { word , gap } (: up to two, lower case, no preposition or owner) , word (: in speech_nouns.txt) , "," , blanks (: then the quotation) ;`
///
/// Where the speech noun is that ends `prefix` before its comma ("issued a statement, "),
/// behind a verb by which the subject gives its own words ("issued", "released", "gave",
/// …): "Pelosi circulated the president's statement", "Johnson rejected the union's
/// statement" and "faced a blunt question" give someone else's.
fn statement_noun(prefix: &str) -> Option<Range<usize>> {
    let body = prefix.trim_end_matches([' ', '\u{a0}']);
    let before_comma = body.strip_suffix(',')?;
    let noun = before_comma.rsplit(char::is_whitespace).next()?;
    if !LEXICON.speech_nouns.contains(noun) {
        return None;
    }
    let start = before_comma.len() - noun.len();
    let words: Vec<&str> = before_comma[..start].split_ws().rev().take(4).collect();
    let opener = words[..words.len().min(3)]
        .iter()
        .position(|w| matches!(*w, "a" | "an" | "the" | "his" | "her" | "its" | "their"))?;
    // (Between the opener and the noun only adjectives: "a short written statement"; not an
    // owner, "the president's statement".)
    let adjectives_only = words[..opener].iter().all(|w| {
        w.starts_with(char::is_lowercase)
            && !LEXICON.is_preposition(w)
            && !w.ends_with(['’', '\''])
            && !w.ends_with("’s")
            && !w.ends_with("'s")
    });
    let issued = words.get(opener + 1).is_some_and(|v| is_issuing_verb(v));
    (adjectives_only && issued).then_some(start..start + noun.len())
}

/// Where the dateline that `rest` finishes ends (after its dash), when `rest` follows a
/// place in capitals: a dash, after at most a parenthesis ("(AP)"), a state or a date after a
/// comma ("LONDON, Dec 2 (Reuters) -", "PORTLAND, Ore. —"); or a colon before a capitalised
/// word ("SINGAPORE: Foreign Minister …").
fn dateline_end(rest: &str) -> Option<usize> {
    // ("SINGAPORE: Foreign Minister Vivian Balakrishnan apologised …", "KARACHI: …": a
    // colon and a capitalised word.)
    if let Some(after) = rest.strip_prefix(':') {
        let next = after.trim_start_matches([' ', '\u{a0}']);
        if next.len() < after.len() && next.starts_with(char::is_uppercase) {
            return Some(1);
        }
    }
    let head = &rest[..floor_char(rest, rest.len().min(40))];
    let d = head.find(['—', '–', '-'])?;
    let before = head[..d].trim();
    let dash = head[d..].chars().next()?.len_utf8();
    let ok = (before.is_empty() || before.starts_with(['(', ',']))
        && head[d + dash..].starts_with(char::is_whitespace)
        && before.split_ws().nth(4).is_none();
    ok.then_some(d + dash)
}

/// The double marks of a stretch of text, counted as it is read.
#[derive(Default)]
struct MarkCount {
    open: usize,
    close: usize,
    straight: usize,
}

impl MarkCount {
    fn add(&mut self, s: &str) {
        for c in s.chars() {
            match c {
                '“' => self.open += 1,
                '”' => self.close += 1,
                '"' => self.straight += 1,
                _ => {}
            }
        }
    }

    /// Is a double quotation left open (more “ than ”, or an odd number of straight marks)?
    fn open(&self) -> bool {
        self.open > self.close || self.straight % 2 == 1
    }
}

/// A preposition (prepositions.txt): its object is never the subject of the sentence.
fn is_preposition(w: &str) -> bool {
    LEXICON.is_preposition_lower(w)
}

/// Whether `verb`, after `before`, takes the name after it as its object: the verb of a
/// relative clause that "who" opens ("Police who arrested Yaw Mensah said") or a participle
/// after a person's role noun ("a lawyer representing Grace Njeri said"). Neither name is
/// the subject of the cue that follows.
fn governs_object(before: &str, verb: &str) -> bool {
    verb.starts_with(|c: char| c.is_ascii_lowercase())
        && !verb.ends_with([',', ';', ':', '.'])
        && (before == "who"
            || verb.ends_with("ing")
                && before.starts_with(|c: char| c.is_ascii_lowercase())
                && role_of(before) == Some(RoleKind::Person))
}

/// A speaker and cue anywhere later in the quotation's sentence, past an interruption:
/// "“…,” Trump, who spoke at a rally Tuesday, said".
fn later_in_sentence(text: &str, from: usize, to: usize) -> Option<Clause> {
    if to.saturating_sub(from) > 300 {
        return None;
    }
    let ws = memo::words(text, from..to);
    // A clause ends in a cue: none starts after the last word that may open one.
    let clause = ws
        .iter()
        .rev()
        .find(|w| may_open_cue(w.text))
        .and_then(|last_cue| {
            ws.iter()
                .map(|w| w.start)
                .take(25)
                .take_while(|&s| s <= last_cue.start)
                .find_map(|s| {
                    // (Not a relative pronoun's clause: "“…,” who said he couldn't come, says
                    // Kay Ragan" is Ragan's.)
                    // (Nor a name that is the object of a preposition: "“…,” a lawyer for Tran
                    // Van Loc, the company's chairman said." is the lawyer's, not Tran Van
                    // Loc's.)
                    // (Nor a name's later words, "Van Loc" of "for Tran Van Loc": read back
                    // past one or two name words, no title, day or month among them, that no
                    // comma, stop or "’s" ends; three or more, or a title, open the speaker's
                    // own name, "in Nairobi Governor Amani Wekesa said", "on Twitter Finance
                    // Minister Ana Silva wrote".)
                    let object = |c: &Clause| {
                        if c.mention.kind != MentionKind::Name {
                            return false;
                        }
                        // (Past name words, only a preposition that takes a person: "on
                        // Finance Tim Lund" is a committee's field, "Chair of the Senate
                        // Committee on Finance Tim Lund said".)
                        let mut before = text[from..s].split_ws().rev();
                        for k in 0..3 {
                            let Some(p) = before.next() else {
                                return false;
                            };
                            let name_word = is_capitalized(p)
                                && !p.ends_with([',', '.', ';', ':'])
                                && !is_possessive(p)
                                && LEXICON.flags(p).exact & (flag::TITLE | flag::NOT_NAME) == 0;
                            if !name_word {
                                // (Or, before the name, the verb of a clause that "who" opens
                                // or a participle after a person's role noun: "“…,” a lawyer
                                // representing Grace Njeri said" is the lawyer's.)
                                if before.clone().next().is_some_and(|r| governs_object(r, p)) {
                                    return true;
                                }
                                return LEXICON.is_preposition(p)
                                    && (k == 0
                                        || matches!(
                                            p,
                                            "for"
                                                | "of"
                                                | "to"
                                                | "with"
                                                | "against"
                                                | "from"
                                                | "by"
                                                | "about"
                                        ));
                            }
                        }
                        false
                    };
                    // (Nor a name inside a description that a person's name set off after it
                    // ends: "“…,” her editor at the Havenport Observer, Kojo Mensah, told
                    // Reuters" is Mensah's, which a later start reads.)
                    let inside_description = |c: &Clause| {
                        c.mention.kind == MentionKind::Name
                            && s > ws[0].start
                            && text[from..s]
                                .split_ws()
                                .next_back()
                                .is_some_and(|w| !w.ends_with([',', '.', ';', ':']))
                            && text[c.mention.span.end..c.cue.start]
                                .strip_prefix(", ")
                                .and_then(|a| a.trim_end().strip_suffix(','))
                                .is_some_and(|a| {
                                    a.split_ws().nth(1).is_some()
                                        && a.split_ws().nth(4).is_none()
                                        && a.split_ws()
                                            .all(|w| is_capitalized(w) || is_name_particle(w))
                                })
                    };
                    let own = speaker_cue(&text[s..to], s)
                        .filter(|c| c.mention.kind != MentionKind::Pronoun(PronounKind::Relative))
                        .filter(|c| !object(c))
                        .map(|c| {
                            if !inside_description(&c) {
                                return c;
                            }
                            let at = c.mention.span.end + 2;
                            match mention(&text[at..c.cue.start], at) {
                                Some((_, named)) if named.kind == MentionKind::Name => Clause {
                                    mention: named,
                                    ..c
                                },
                                _ => c,
                            }
                        });
                    own.or_else(|| {
                        // "“…” about the decision, said RoseAnn DeMoro": the inverted clause
                        // after a comma.
                        at_clause_start(text, s)
                            .then(|| cue_speaker(&text[s..to], s))
                            .flatten()
                    })
                })
        });
    // "…a nationwide “walk-in” at 2,000 schools, according to the organizer".
    clause.or_else(|| {
        // (Found by its "g", a rarer letter than its first, each "g" then read as the end of
        // "accordin": the first match, as `find` gives it, without the searcher that `find`
        // sets up for each quotation that comes this far.)
        const PHRASE: &[u8] = b"according to";
        let window = &text.as_bytes()[from..to];
        let at = from
            + memchr::memchr_iter(b'g', window)
                .filter_map(|g| g.checked_sub(8))
                .find(|&p| window[p..].starts_with(PHRASE))?;
        according_to(&text[at..to], at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `possessive_speaker`, read back from the end, finds the last phrase that a reading
    /// from the start finds.
    #[test]
    fn the_last_possessive_speaker_is_found_from_the_end() {
        let forward = |text: &str, from: usize, to: usize| {
            let ws = crate::extract::text::words(text, from..to);
            let mut found = None;
            for (k, w) in ws.iter().enumerate() {
                let noun_follows = ws[k + 1..]
                    .iter()
                    .take(2)
                    .any(|n| LEXICON.speech_nouns.contains(&*lowercase(n.text)));
                if !noun_follows {
                    continue;
                }
                let pronoun = matches!(w.text, "his" | "His" | "her" | "Her" | "their" | "Their");
                if pronoun {
                    found = Some(w.start..w.end);
                } else if possessive(w.text).is_ok() {
                    let mut start = w.start;
                    for prev in ws[..k].iter().rev() {
                        if name_word(prev.text).is_ok_and(|(r, _)| r.is_empty())
                            && text[prev.end..start].trim().is_empty()
                        {
                            start = prev.start;
                        } else {
                            break;
                        }
                    }
                    found = Some(start..w.start + strip_possessive(w.text).len());
                }
            }
            found
        };
        for t in [
            "Donald Trump’s claim and her latest remarks",
            "her latest remarks and Donald Trump’s claim",
            "In his statement, Jones's remarks were his words",
            "their view",
            "nothing here at all",
            "Sen. Carla Mendes’ statement",
            "his his statement statement",
            "",
        ] {
            assert_eq!(
                possessive_speaker(t, &crate::extract::text::words(t, 0..t.len())).map(|f| f.span),
                forward(t, 0, t.len()),
                "{t}"
            );
        }
    }

    /// `looks_like_title` reads words only up to the answer: the same answer as reading the
    /// first eight.
    #[test]
    fn titles_are_told_from_their_first_words() {
        let eight = |inner: &str| {
            let inner = inner.trim().trim_end_matches([',', '.']);
            let ws: Vec<&str> = inner.split_whitespace().take(8).collect();
            !ws.is_empty()
                && ws.len() <= 7
                && (is_capitalized(ws[0]) || ws[0].starts_with(|c: char| c.is_ascii_digit()))
                && ws.iter().all(|w| {
                    is_capitalized(w)
                        || !w.starts_with(char::is_alphabetic)
                        || matches!(*w, "a" | "the" | "of" | "and" | "vs." | "but")
                })
                && !inner.ends_with(['!', '?'])
        };
        for t in [
            "",
            "  ",
            "Face the Nation,",
            "Saturday Night Live",
            "13th",
            "60 Minutes",
            "We will not be on patrols,",
            "A B C D E F G",
            "A B C D E F G H",
            "A B C D E F G.",
            "One Two Three Four Five Six Seven Eight Nine",
            "The Art of the Deal!",
            "Arrogant,",
            "arrogant",
            "Élysée the Palace",
            " Yes  and No ",
        ] {
            assert_eq!(looks_like_title(t), eight(t), "{t:?}");
        }
    }

    /// `attribution_before` skips the words after the last that `may_open_cue`: every word
    /// that opens a cue must pass it, however it is written.
    #[test]
    fn every_cue_opens_with_a_word_that_may_open_a_cue() {
        let l = &*LEXICON;
        for form in l.cue_forms.iter().chain(&l.framing_forms) {
            let first = form.split(' ').next().unwrap_or("");
            let mut cs = first.chars();
            let capital: String = cs
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(cs)
                .collect();
            for w in [first.to_string(), capital, first.to_uppercase()] {
                assert!(may_open_cue(&w), "{w} ({form})");
                // (`cue_verb_word` reads a second word only after such a first one.)
                if form.contains(' ') {
                    assert!(opens_two_word_cue(&w, l.flags(&w)), "{w} ({form})");
                }
            }
        }
        for w in ["the", "Trump", "reporters", "Monday"] {
            assert!(!may_open_cue(w), "{w}");
        }
        // `cue_verb_word` tells an ASCII word's lower case a cue or framing form from the
        // word's own flags.
        let forms = l.cue_forms.iter().chain(&l.framing_forms);
        for form in forms.chain(l.titles.keys()).chain(l.pronouns.keys()) {
            let mut cs = form.chars();
            let capital: String = cs
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(cs)
                .collect();
            for w in [
                form.to_string(),
                capital,
                form.to_uppercase(),
                format!("{form}x"),
            ] {
                if !w.is_ascii() {
                    continue;
                }
                let lower = lowercase(&w);
                assert_eq!(
                    l.flags(&w).lower & (flag::CUE | flag::FRAMING) != 0,
                    l.is_cue(&lower) || l.is_framing(&lower),
                    "{w}"
                );
            }
        }
    }

    #[test]
    fn mentions_table() {
        let cases = [
            (
                "Maj. Jaren Stafani at a press",
                "Maj. Jaren Stafani",
                "Jaren Stafani",
            ),
            (
                "Mexican President Claudia Sheinbaum has",
                "Mexican President Claudia Sheinbaum",
                "Claudia Sheinbaum",
            ),
            ("she said", "she", "she"),
            ("the Mexican leader of", "the Mexican leader", "leader"),
            (
                "Rep. Jim Clyburn (D-S.C.) said",
                "Rep. Jim Clyburn (D-S.C.)",
                "Jim Clyburn",
            ),
            (
                "a spokesman for the White House said",
                "a spokesman for the White House",
                "spokesman",
            ),
            (
                "White House press secretary Sean Spicer said",
                "White House press secretary Sean Spicer",
                "Sean Spicer",
            ),
            (
                "The Crisis Group, a think tank",
                "The Crisis Group",
                "Crisis Group",
            ),
        ];
        for (input, span, head) in cases {
            let (_, m) = mention(input, 0).unwrap_or_else(|| panic!("no mention in {input:?}"));
            assert_eq!(
                (&input[m.span.clone()], &input[m.head.clone()]),
                (span, head),
                "{input}"
            );
        }
    }

    #[test]
    fn attribution_after_table() {
        let cases = [
            (", she said last month.", "she", Some("said")),
            (
                ", said Maj. Jaren Stafani at a press conference.",
                "Maj. Jaren Stafani",
                Some("said"),
            ),
            (
                " Sanders, a Vermont senator, said in a statement.",
                "Sanders",
                Some("said"),
            ),
            (", Trump also told reporters.", "Trump", Some("told")),
            (" — Claudia Sheinbaum", "Claudia Sheinbaum", None),
            (
                ", according to the report.",
                "the report",
                Some("according to"),
            ),
            (", was McCann’s explanation.", "McCann", Some("explanation")),
            (
                ", was Mr Neil McCann’s explanation.",
                "Mr Neil McCann",
                Some("explanation"),
            ),
            (", was her curt reply.", "her", Some("reply")),
        ];
        for (input, who, cue) in cases {
            let (m, c) =
                attribution_after(input, 0, input.len(), true).unwrap_or_else(|| panic!("{input}"));
            assert_eq!(&input[m.span], who, "{input}");
            assert_eq!(c.map(|c| &input[c]), cue, "{input}");
        }
        assert!(attribution_after(" and then the crowd left.", 0, 24, true).is_none());
        assert!(attribution_after(" - Credit: BHRUT", 0, 16, true).is_none());
        // (Not a quotation inside its sentence: "called it “unfair” was his view" is no reply.)
        assert!(attribution_after(" was his view.", 0, 14, false).is_none());
    }
}
