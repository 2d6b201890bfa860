//! Caption files: WebVTT (`.vtt`) and SubRip (`.srt`), read as timed spoken text.
//!
//! Each cue gives its start time to the words in it. A speaker comes from a WebVTT voice
//! (`<v Anna Brunner>`), a label in the cue (`ANNA BRUNNER:`, `>> BRUNNER:`), and stays with
//! the following cues until another is named; `>>` alone says the speaker changed to someone
//! unnamed ([`UNNAMED`]: not the file's speaker, and not anyone the captions name). Markup (`<i>`, `<c.yellow>`, `{\an8}`) and stage directions (`[MUSIC]`) are not
//! words; a line repeated from the cue before (rolling captions) is read once.
//!
//! ```
//! use verbatim::verify::captions::read;
//! let vtt = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\n<v Anna Brunner>We will not\n\n00:00:03.000 --> 00:00:05.000\nleave the port.\n";
//! let turns = read(vtt);
//! assert_eq!(turns.len(), 2);
//! assert_eq!(turns[1].speaker.as_deref(), Some("Anna Brunner"));
//! assert_eq!(turns[1].time.as_deref(), Some("00:00:03"));
//! ```

use crate::verify::transcript::{display_name, label, lines, spoken, Turn};

/// The speaker of words after a bare `>>`: someone, not named.
pub const UNNAMED: &str = "an unnamed speaker";
use std::ops::Range;

/// The spoken turns of a WebVTT or SRT file, in order.
pub fn read(text: &str) -> Vec<Turn> {
    let lines = lines(text);
    let mut turns = Vec::new();
    let mut speaker: Option<String> = None;
    let mut time: Option<String> = None;
    let mut in_cue = false;
    let mut skip_block = false;
    let mut last_line = String::new();
    for (k, r) in lines.iter().enumerate() {
        let line = &text[r.clone()];
        let trimmed = line.trim();
        if trimmed.is_empty() {
            in_cue = false;
            skip_block = false;
            continue;
        }
        if let Some(start) = cue_timing(trimmed) {
            time = Some(start);
            in_cue = true;
            continue;
        }
        if !in_cue {
            // Header, NOTE, STYLE and REGION blocks, cue identifiers and SRT numbers: the
            // words of a cue come only after its timing line.
            let starts_block = k == 0 || text[lines[k - 1].clone()].trim().is_empty();
            if starts_block && (trimmed.starts_with("NOTE") || trimmed.starts_with("STYLE")) {
                skip_block = true;
            }
            continue;
        }
        if skip_block {
            continue;
        }
        let (visible, voice) = strip_markup(text, r.clone());
        let shown: String = visible
            .iter()
            .map(|p| text[p.clone()].trim())
            .collect::<Vec<_>>()
            .join(" ");
        if shown.is_empty() || shown == last_line {
            continue;
        }
        last_line = shown;
        if let Some(v) = voice {
            speaker = Some(v);
        }
        for (n, mut part) in visible.into_iter().enumerate() {
            if n == 0 {
                let piece = &text[part.clone()];
                if let Some(l) = label(piece) {
                    speaker = Some(display_name(&l.name));
                    part.start += l.rest;
                } else if let Some(rest) = piece.trim_start().strip_prefix(">>") {
                    speaker = Some(UNNAMED.to_string());
                    part.start = part.end - rest.len();
                } else if let Some(rest) = piece.trim_start().strip_prefix("- ") {
                    // A dialogue dash: someone else speaks, unnamed, unless it is the same.
                    part.start = part.end - rest.len();
                }
            }
            for range in spoken(text, part) {
                turns.push(Turn {
                    range,
                    speaker: speaker.clone(),
                    time: time.clone(),
                });
            }
        }
    }
    turns
}

/// `timing = time "-->" time [settings]`: the start time, shown as `hh:mm:ss`.
fn cue_timing(line: &str) -> Option<String> {
    let (start, rest) = line.split_once("-->")?;
    rest.split_whitespace().next()?;
    let start = start.trim();
    let clock = start.split(['.', ',']).next()?;
    let parts: Vec<&str> = clock.split(':').collect();
    if !(2..=3).contains(&parts.len())
        || !parts
            .iter()
            .all(|p| p.chars().all(|c| c.is_ascii_digit()) && !p.is_empty())
    {
        return None;
    }
    let mut fields: Vec<String> = parts.iter().map(|p| format!("{:0>2}", p)).collect();
    if fields.len() == 2 {
        fields.insert(0, "00".into());
    }
    Some(fields.join(":"))
}

/// The visible stretches of a cue line (tags `<…>` and `{…}` cut out) and the voice it names.
fn strip_markup(text: &str, r: Range<usize>) -> (Vec<Range<usize>>, Option<String>) {
    let s = &text[r.clone()];
    let mut out = Vec::new();
    let mut voice = None;
    let mut from = 0;
    let mut i = 0;
    while i < s.len() {
        let b = s.as_bytes()[i];
        let close = match b {
            b'<' => b'>',
            b'{' => b'}',
            _ => {
                i += 1;
                continue;
            }
        };
        let Some(len) = s.as_bytes()[i + 1..].iter().position(|&c| c == close) else {
            break;
        };
        let tag = &s[i + 1..i + 1 + len];
        if let Some(v) = tag.strip_prefix('v').filter(|v| v.starts_with([' ', '.'])) {
            // `<v.loud Anna Brunner>`: classes, then the name.
            let name = v.trim_start_matches(|c: char| c != ' ').trim();
            if !name.is_empty() {
                voice = Some(display_name(name));
            }
        }
        if i > from {
            out.push(r.start + from..r.start + i);
        }
        i += len + 2;
        from = i;
    }
    if from < s.len() {
        out.push(r.start + from..r.end);
    }
    out.retain(|p| !text[p.clone()].trim().is_empty());
    (out, voice)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        read(text)
            .into_iter()
            .map(|t| (text[t.range].to_string(), t.speaker, t.time))
            .collect()
    }

    #[test]
    fn srt_blocks_with_markup_and_rolling_lines() {
        let srt = "1\n00:00:01,000 --> 00:00:02,000\n<i>We will</i> not\n\n2\n00:00:02,000 --> 00:00:04,000\nWe will not\nleave {\\an8}the port.\n";
        let w = words(srt);
        let texts: Vec<&str> = w.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, ["We will", "not", "leave", "the port."]);
        assert_eq!(w[3].2.as_deref(), Some("00:00:02"));
    }

    #[test]
    fn voices_labels_and_speaker_changes() {
        let vtt = "WEBVTT\n\nNOTE a comment\nthat spans lines\n\n00:01.000 --> 00:02.000\n<v.loud Anna Brunner>Yes.</v>\n\n00:02.000 --> 00:03.000\nAnd no.\n\n00:03.000 --> 00:04.000\n>> LUKAS BRUNNER: Maybe.\n\n00:04.000 --> 00:05.000\n>> Who knows?\n";
        let w = words(vtt);
        let who: Vec<(&str, Option<&str>)> =
            w.iter().map(|x| (x.0.as_str(), x.1.as_deref())).collect();
        assert_eq!(
            who,
            [
                ("Yes.", Some("Anna Brunner")),
                ("And no.", Some("Anna Brunner")),
                ("Maybe.", Some("Lukas Brunner")),
                ("Who knows?", Some(UNNAMED))
            ]
        );
        assert_eq!(w[0].2.as_deref(), Some("00:00:01"));
    }
}
