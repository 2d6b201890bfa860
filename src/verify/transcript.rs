//! Speaker-labelled transcripts: who speaks where, and what is not speech.
//!
//! A transcript names its speakers in labels at the start of a line, in the styles newsrooms
//! and transcription services write them:
//!
//! ```text
//! MR. TRUMP: We're going to win.            a label, then the words
//! HILLARY CLINTON:                          a label on its own line …
//! Thank you all.                            … then the words
//! [HOLT] Let's begin.                       a label in brackets
//! Donald Trump: (01:23)                     a label with a time (rev.com style)
//! (APPLAUSE)  [CROSSTALK]  [laughter]       stage directions: not speech
//! ```
//!
//! A text with fewer than two labels (and none on its first line) is a plain text: prose
//! lines such as "Note: …" are not taken for speakers. Stage directions are cut out of the
//! spoken text wherever they are, so a quotation reads across them.
//!
//! ```
//! use verbatim::verify::transcript::read;
//! let t = read("MR. LEE: We will (APPLAUSE) win.\nMS. PARK:\nNo, we will.\n");
//! assert_eq!(t.len(), 3);
//! assert_eq!(t[0].speaker.as_deref(), Some("Mr. Lee"));
//! assert_eq!(t[2].speaker.as_deref(), Some("Ms. Park"));
//! ```

use std::ops::Range;

/// A stretch of spoken words and who speaks them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turn {
    /// Byte range of the words in the text (labels and stage directions cut out).
    pub range: Range<usize>,
    /// The speaker as the label writes them (all-capital labels in title case), if any.
    pub speaker: Option<String>,
    /// The last time mark before the words ("01:23"), if the transcript gives times.
    pub time: Option<String>,
}

/// Words in brackets or parentheses that describe the room, not speech.
const STAGE_WORDS: &[&str] = &[
    "applause",
    "laughter",
    "laughs",
    "laughing",
    "crosstalk",
    "cross-talk",
    "cheers",
    "cheering",
    "boos",
    "booing",
    "inaudible",
    "unintelligible",
    "indiscernible",
    "music",
    "silence",
    "pause",
    "coughs",
    "coughing",
    "sighs",
    "audience",
    "crowd",
    "chanting",
    "chants",
    "video",
    "audio",
    "clip",
    "break",
    "commercial",
    "begin",
    "end",
    "recess",
    "off-mic",
    "off",
    "no",
    "sic",
    "technical",
    "interruption",
    "unknown",
    "foreign",
    "speaking",
    "translated",
    "background",
    "noise",
    "bell",
    "gavel",
];

/// Words that join the words of a name without a capital ("Beto de la Cruz").
const PARTICLES: &[&str] = &[
    "de", "del", "della", "la", "le", "van", "von", "der", "den", "da", "di", "du", "bin", "al",
    "y", "of", "the",
];

/// Reads a text: the spoken turns in order. Labels are honoured only when the text reads as a
/// transcript (two labels or more, or one on its first line).
pub fn read(text: &str) -> Vec<Turn> {
    read_scoped(text, false)
}

/// [`read`], with labels that hold only until the paragraph ends when `scoped`: in a speech
/// whose one speaker is named for the file, a labelled questioner (`QUESTION: …`) does not keep
/// the floor through the unlabelled answer that follows.
pub fn read_scoped(text: &str, scoped: bool) -> Vec<Turn> {
    let lines = lines(text);
    let labels: Vec<Option<Label>> = lines
        .iter()
        .enumerate()
        .map(|(k, r)| label(&text[r.clone()]).or_else(|| own_line_label(text, &lines, k)))
        .collect();
    // A transcript writes its labels in one style: where most are in capitals ("TRUMP:"), a
    // headline in title case with a colon ("Vice-Presidential Debate: What to Watch") is no
    // label, and the other way round.
    let capitals = |l: &Label| !l.name.chars().any(char::is_lowercase);
    let upper = labels.iter().flatten().filter(|l| capitals(l)).count();
    let mixed = labels.iter().flatten().count() - upper;
    let labels: Vec<Option<Label>> = labels
        .into_iter()
        .map(|l| {
            l.filter(|l| {
                if capitals(l) {
                    upper * 2 >= mixed
                } else {
                    mixed * 2 >= upper
                }
            })
        })
        .collect();
    let first_text = lines
        .iter()
        .position(|r| !text[r.clone()].trim().is_empty());
    let count = labels.iter().flatten().count();
    let labelled = count >= 2 || first_text.is_some_and(|k| labels[k].is_some());
    let mut turns = Vec::new();
    let mut speaker: Option<String> = None;
    let mut time: Option<String> = None;
    for (k, r) in lines.iter().enumerate() {
        let line = &text[r.clone()];
        if scoped && line.trim().is_empty() {
            speaker = None;
        }
        if let Some(t) = whole_timestamp(line) {
            time = Some(t);
            continue;
        }
        let mut from = r.start;
        // A crowd's interjection ("AUDIENCE: Build the wall!") is its line alone: the
        // speaker before it goes on speaking after it.
        let mut resume = None;
        if labelled {
            if let Some(l) = &labels[k] {
                let name = display_name(&l.name);
                if is_crowd(&name) {
                    resume = Some(speaker.take());
                }
                speaker = Some(name);
                if l.time.is_some() {
                    time = l.time.clone();
                }
                from = r.start + l.rest;
            }
        }
        for range in spoken(text, from..r.end) {
            turns.push(Turn {
                range,
                speaker: speaker.clone(),
                time: time.clone(),
            });
        }
        if let Some(before) = resume {
            speaker = before;
        }
    }
    turns
}

/// Labels of nobody in particular, whose words are an interjection, not a turn.
fn is_crowd(name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("").to_lowercase();
    matches!(
        first.as_str(),
        "audience"
            | "crowd"
            | "protester"
            | "protesters"
            | "protestor"
            | "heckler"
            | "unidentified"
            | "unknown"
            | "voice"
            | "voices"
            | "chorus"
    )
}

/// The byte ranges of the lines of `text`, without their line ends.
pub fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', text.as_bytes()) {
        let end = if nl > start && text.as_bytes()[nl - 1] == b'\r' {
            nl - 1
        } else {
            nl
        };
        out.push(start..end);
        start = nl + 1;
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// A speaker label at the start of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// The name as written ("MR. TRUMP").
    pub name: String,
    pub time: Option<String>,
    /// Where the spoken words start, in bytes from the line's start.
    pub rest: usize,
}

/// `label = [">>"] (name [time-or-role] ":" | "[" name "]" [":"])` at the start of a line.
pub fn label(line: &str) -> Option<Label> {
    let lead = line.len() - line.trim_start().len();
    let mut i = lead;
    if line[i..].starts_with(">>") {
        i += 2;
        i += line[i..].len() - line[i..].trim_start().len();
    }
    let s = &line[i..];
    if let Some(inner) = s.strip_prefix('[') {
        let close = inner.find(']')?;
        let name = inner[..close].trim();
        if !name_like(name) || is_stage(name) || whole_timestamp(name).is_some() {
            return None;
        }
        let mut rest = i + 1 + close + 1;
        if line[rest..].starts_with(':') {
            rest += 1;
        }
        rest += line[rest..].len() - line[rest..].trim_start().len();
        return Some(Label {
            name: name.to_string(),
            time: None,
            rest,
        });
    }
    // The first colon outside brackets ("Lester Holt (00:12:01): …").
    let mut depth = 0i32;
    let colon = s
        .char_indices()
        .take(64)
        .find(|&(_, c)| {
            match c {
                '(' | '[' => depth += 1,
                ')' | ']' => depth -= 1,
                _ => {}
            }
            c == ':' && depth == 0
        })?
        .0;
    let after = &s[colon + 1..];
    if !(after.is_empty() || after.starts_with(char::is_whitespace)) {
        return None;
    }
    let mut head = s[..colon].trim_end();
    let mut time = None;
    if let Some(open) = head
        .strip_suffix(')')
        .and_then(|h| h.rfind('('))
        .or_else(|| head.strip_suffix(']').and_then(|h| h.rfind('[')))
    {
        time = whole_timestamp(&head[open + 1..head.len() - 1]);
        head = head[..open].trim_end();
    }
    if !name_like(head) {
        return None;
    }
    let mut rest = i + colon + 1;
    rest += line[rest..].len() - line[rest..].trim_start().len();
    // "Donald Trump: (01:23)" gives its time after the colon.
    let tail = &line[rest..];
    if let Some(close) = tail.find([')', ']']) {
        if tail.starts_with(['(', '[']) {
            if let Some(t) = whole_timestamp(&tail[1..close]) {
                time = Some(t);
                rest += close + 1;
                rest += line[rest..].len() - line[rest..].trim_start().len();
            }
        }
    }
    Some(Label {
        name: head.to_string(),
        time,
        rest,
    })
}

/// A line that is only a name in capitals ("HILLARY CLINTON"), with the words on the next
/// line.
fn own_line_label(text: &str, lines: &[Range<usize>], k: usize) -> Option<Label> {
    let line = text[lines[k].clone()].trim();
    let name = line.strip_suffix(':').unwrap_or(line).trim();
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2
        || name.len() > 40
        || name.chars().any(char::is_lowercase)
        || !name_like(name)
        || is_stage(name)
    {
        return None;
    }
    // The words follow on the next line that has any.
    let next = lines[k + 1..]
        .iter()
        .map(|r| text[r.clone()].trim())
        .find(|l| !l.is_empty())?;
    if label(next).is_some() || next.chars().all(|c| !c.is_lowercase()) {
        return None;
    }
    Some(Label {
        name: name.to_string(),
        time: None,
        rest: text[lines[k].clone()].len(),
    })
}

/// Words no speaker's label is made of: a page's furniture ("FROM OUR ADVERTISERS", "READ
/// MORE") and prose ("This is it:").
const NOT_NAMES: &[&str] = &[
    "from",
    "our",
    "your",
    "my",
    "his",
    "her",
    "their",
    "its",
    "we",
    "i",
    "you",
    "he",
    "she",
    "they",
    "it",
    "and",
    "or",
    "to",
    "in",
    "on",
    "for",
    "with",
    "by",
    "at",
    "this",
    "that",
    "these",
    "those",
    "more",
    "see",
    "read",
    "share",
    "click",
    "subscribe",
    "advertisement",
    "advertisers",
    "related",
    "sponsored",
    "is",
    "are",
    "was",
    "were",
    "will",
    "here",
    "there",
    "what",
    "why",
    "how",
    "when",
    "where",
    "note",
    "update",
    "updated",
    "editor's",
    "posted",
    // Numbered points and asides of a speech ("One: we will cut taxes", "Remember: …").
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "finally",
    "remember",
    "look",
    "listen",
    "again",
    "today",
    "tonight",
    "yes",
    "no",
    "okay",
    "well",
    "now",
    "so",
    "number",
    "point",
    "step",
];

/// Could `s` be a speaker's name: one to six capitalised words (particles and numbers
/// allowed after the first: "Beto de la Cruz", "Speaker 2"), none of them a word no name is
/// made of?
fn name_like(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || s.len() > 48 {
        return false;
    }
    if words
        .iter()
        .any(|w| NOT_NAMES.contains(&w.trim_end_matches([',', '.']).to_lowercase().as_str()))
    {
        return false;
    }
    if !words[0].chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    // A number only numbers an anonymous speaker ("Speaker 2", "Caller 1"), never a date
    // ("Oct 3").
    let numbered = matches!(
        words[0].to_lowercase().as_str(),
        "speaker" | "participant" | "person" | "caller" | "voice" | "interviewee" | "respondent"
    );
    words.iter().all(|w| {
        let w = w.trim_end_matches('.');
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
            || PARTICLES.contains(&w)
            || (numbered && !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
    })
}

/// Are these the words of a stage direction (all in capitals, or opening with a stage word)?
fn is_stage(inner: &str) -> bool {
    let words: Vec<&str> = inner.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    let first = words[0]
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
        .to_lowercase();
    STAGE_WORDS.contains(&first.as_str())
}

/// A time mark and nothing else: `01:23`, `1:02:03`, `00:01:02.500`, in brackets or not.
pub fn whole_timestamp(s: &str) -> Option<String> {
    let t = s
        .trim()
        .trim_start_matches(['[', '('])
        .trim_end_matches([']', ')'])
        .trim();
    let (clock, _fraction) = match t.split_once(['.', ',']) {
        Some((c, f)) if !f.is_empty() && f.chars().all(|c| c.is_ascii_digit()) => (c, f),
        _ => (t, ""),
    };
    let parts: Vec<&str> = clock.split(':').collect();
    let ok = (2..=3).contains(&parts.len())
        && parts.iter().enumerate().all(|(k, p)| {
            let digits = p.chars().all(|c| c.is_ascii_digit());
            digits
                && (if k == 0 {
                    (1..=2).contains(&p.len())
                } else {
                    p.len() == 2
                })
        });
    ok.then(|| clock.to_string())
}

/// The spoken stretches of `range`: stage directions ("(APPLAUSE)", "[laughter]"), time marks
/// and all-capital asides in brackets cut out.
pub fn spoken(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[range.clone()];
    let mut out = Vec::new();
    let mut from = 0;
    let mut i = 0;
    let bytes = s.as_bytes();
    while i < bytes.len() {
        let close = match bytes[i] {
            b'(' => b')',
            b'[' => b']',
            _ => {
                i += 1;
                continue;
            }
        };
        let Some(len) = bytes[i + 1..]
            .iter()
            .take(80)
            .position(|&b| b == close || b == b'(' || b == b'[')
            .filter(|&n| bytes[i + 1 + n] == close)
        else {
            i += 1;
            continue;
        };
        let inner = &s[i + 1..i + 1 + len];
        let capitals = inner.chars().any(char::is_alphabetic)
            && !inner.chars().any(char::is_lowercase)
            && inner.split_whitespace().count() <= 6
            && inner.chars().filter(|c| c.is_alphabetic()).count() >= 3;
        if is_stage(inner) || capitals || whole_timestamp(inner).is_some() {
            push_trimmed(s, range.start, from..i, &mut out);
            from = i + 1 + len + 1;
        }
        i += 1 + len + 1;
    }
    push_trimmed(s, range.start, from..s.len(), &mut out);
    out
}

fn push_trimmed(s: &str, base: usize, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let part = &s[r.clone()];
    let start = r.start + (part.len() - part.trim_start().len());
    let end = r.start + part.trim_end().len();
    if start < end {
        out.push(base + start..base + end);
    }
}

/// A label for people: all-capital names in title case ("MR. O'BRIEN" → "Mr. O'Brien");
/// names written with small letters as they are.
pub fn display_name(name: &str) -> String {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.chars().any(char::is_lowercase) {
        return name;
    }
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
        // "O'BRIEN" → "O'Brien", but "DON'T" would be no name.
        if c == '\'' || c == '’' {
            start = out.len() <= 3 || out.ends_with("O'") || out.ends_with("O’");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_in_every_style() {
        type Want<'a> = Option<(&'a str, Option<&'a str>)>;
        let table: &[(&str, Want)] = &[
            ("MR. TRUMP: We will win.", Some(("MR. TRUMP", None))),
            ("CLINTON: Thank you.", Some(("CLINTON", None))),
            (
                "Donald Trump: (01:23)",
                Some(("Donald Trump", Some("01:23"))),
            ),
            (
                "Lester Holt (00:12:01): Good evening.",
                Some(("Lester Holt", Some("00:12:01"))),
            ),
            ("[HOLT] Good evening.", Some(("HOLT", None))),
            (">> ANNA BRUNNER: Yes.", Some(("ANNA BRUNNER", None))),
            ("Speaker 2: Yes.", Some(("Speaker 2", None))),
            ("Beto de la Cruz: Hola.", Some(("Beto de la Cruz", None))),
            ("[CROSSTALK]", None),
            ("We said this: no.", None),
            ("At 10:30 we met.", None),
            ("the plan: none", None),
            ("Note that: it is", None),
            ("FROM OUR ADVERTISERS:", None),
            ("Here it is: the plan", None),
            ("Oct 3: a rally", None),
        ];
        for (line, want) in table {
            let got = label(line);
            assert_eq!(
                got.as_ref().map(|l| (l.name.as_str(), l.time.as_deref())),
                *want,
                "{line}"
            );
        }
    }

    #[test]
    fn stage_directions_are_cut_out() {
        let text = "We will (APPLAUSE) win [laughter] big (and I mean big) [CROSSTALK].";
        let parts: Vec<&str> = spoken(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(parts, ["We will", "win", "big (and I mean big)", "."]);
    }

    #[test]
    fn a_text_with_one_colon_is_prose() {
        let text = "Here is the promise: we will win.\nAnd we will.\n";
        let t = read(text);
        assert!(t.iter().all(|t| t.speaker.is_none()));
        assert_eq!(
            &text[t[0].range.clone()],
            "Here is the promise: we will win."
        );
    }

    #[test]
    fn labels_on_their_own_line_and_times() {
        let text = "HILLARY CLINTON\nThank you all.\n[00:01:10]\nDONALD TRUMP:\nWrong.\n";
        let t = read(text);
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].speaker.as_deref(), Some("Hillary Clinton"));
        assert_eq!(t[1].speaker.as_deref(), Some("Donald Trump"));
        assert_eq!(t[1].time.as_deref(), Some("00:01:10"));
    }

    #[test]
    fn labels_keep_to_the_style_most_of_them_have() {
        let text =
            "TRUMP: One.\nAUDIENCE: Two!\nVice-Presidential Debate: What to Watch\nTRUMP: Three.\n";
        let who: Vec<String> = read(text).into_iter().filter_map(|t| t.speaker).collect();
        assert_eq!(who, ["Trump", "Audience", "Trump", "Trump"]);
    }

    #[test]
    fn numbered_points_are_no_speakers() {
        let text = "One: we will cut taxes.\n\nTwo: we will build roads.\n\nRemember: vote.\n";
        assert!(read(text).iter().all(|t| t.speaker.is_none()));
    }

    #[test]
    fn a_questioner_holds_the_floor_for_a_paragraph_when_scoped() {
        let text = "QUESTION: What about roads?\n\nWell, roads matter.\n\nKINHAN: And taxes?\n\nTaxes too.\n";
        let who: Vec<Option<String>> = read_scoped(text, true)
            .into_iter()
            .map(|t| t.speaker)
            .collect();
        assert_eq!(
            who,
            [Some("Question".into()), None, Some("Kinhan".into()), None]
        );
    }

    #[test]
    fn a_crowd_interjects_and_the_speaker_goes_on() {
        let text = "TRUMP: We will build it.\nAUDIENCE: Build the wall!\nAnd Mexico will pay.\n";
        let who: Vec<Option<String>> = read(text).into_iter().map(|t| t.speaker).collect();
        assert_eq!(
            who,
            [
                Some("Trump".into()),
                Some("Audience".into()),
                Some("Trump".into())
            ]
        );
    }

    #[test]
    fn names_in_capitals_read_as_names() {
        assert_eq!(display_name("MR. O'BRIEN"), "Mr. O'Brien");
        assert_eq!(display_name("HILLARY  CLINTON"), "Hillary Clinton");
        assert_eq!(display_name("McCain"), "McCain");
    }
}
