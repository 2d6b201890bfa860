//! Was a speaker translated? Then two outlets' different words for one statement are two
//! translations, not a misquote.
//!
//! The manifest (`[speakers]`) or `--translated` say so for a speaker; an article says so near
//! the quotation ("said in Spanish", "through an interpreter").

use crate::compare::align::{SpeakerKey, Unit};
use crate::compare::manifest;
use crate::compare::model::{Marker, Options, Source, Translation};

/// Was the speaker translated? The manifest or `--translated` say so for a speaker; an
/// article says so near the quotation ("said in Spanish", "through an interpreter").
pub fn translation(
    speaker: Option<&SpeakerKey>,
    units: &[usize],
    all: &[Unit],
    sources: &[Source],
    options: &Options,
) -> Option<Translation> {
    if let Some(name) = speaker.and_then(|s| s.name.as_deref()) {
        if let Some(lang) = options.manifest.translated_language(name) {
            return Some(Translation {
                language: Some(lang.to_string()),
                from: "manifest",
                evidence: format!("{}: {name} spoke {lang}", manifest::FILE_NAME),
            });
        }
        let key = SpeakerKey::from_name(name);
        if let Some(t) = options.translated.iter().find(|t| {
            let k = SpeakerKey::from_name(t);
            k.is_known() && k.matches(&key)
        }) {
            return Some(Translation {
                language: None,
                from: "flag",
                evidence: format!("--translated {t}"),
            });
        }
    }
    for &u in units {
        let src = &sources[all[u].article];
        let (text, paras) = (src.text, src.paragraphs);
        {
            let at = all[u].start();
            // The paragraph that holds the quotation's start (paragraphs are sorted).
            let k = paras.partition_point(|p| p.end < at);
            let Some(p) = paras.get(k).filter(|p| p.start <= at) else {
                continue;
            };
            let marker = src.markers[k].get_or_init(|| translation_marker(&text[p.clone()]));
            if let Some((phrase, language)) = marker {
                return Some(Translation {
                    language: language.clone(),
                    from: "article",
                    evidence: format!("{}: \u{201c}{phrase}\u{201d}", src.path),
                });
            }
        }
    }
    None
}

/// Languages an article may say a speaker spoke in.
const LANGUAGES: &[&str] = &[
    "Arabic",
    "Chinese",
    "Dutch",
    "Farsi",
    "French",
    "German",
    "Greek",
    "Hebrew",
    "Hindi",
    "Italian",
    "Japanese",
    "Korean",
    "Mandarin",
    "Persian",
    "Polish",
    "Portuguese",
    "Russian",
    "Spanish",
    "Swedish",
    "Turkish",
    "Ukrainian",
    "Urdu",
];

/// Verbs that say someone spoke in a language ("said in Spanish").
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "saying", "spoke", "speaks", "speaking", "wrote", "writes", "added", "told",
    "tweeted", "posted",
];

/// A phrase in a paragraph that says words were translated, and the language when it names one.
pub fn translation_marker(paragraph: &str) -> Marker {
    let lower = paragraph.to_lowercase();
    for phrase in [
        "through an interpreter",
        "through a translator",
        "via an interpreter",
        "(translated)",
        "translated from",
    ] {
        if lower.contains(phrase) {
            return Some((phrase.to_string(), None));
        }
    }
    for lang in LANGUAGES {
        let needle = format!("in {lang}");
        for (at, _) in paragraph.match_indices(&needle) {
            // "said in Spanish." and "speaking in Spanish to reporters" yes; "in Spanish media" no.
            let next = paragraph[at + needle.len()..].chars().next();
            let ends = next.is_none_or(|c| !c.is_alphanumeric() && c != ' ');
            let verb = paragraph[..at]
                .split_whitespace()
                .last()
                .unwrap_or("")
                .to_lowercase();
            let spoken = SPEECH_VERBS.contains(&verb.trim_matches(|c: char| !c.is_alphabetic()));
            if ends || spoken {
                return Some((
                    format!("{verb} {needle}").trim().to_string(),
                    Some((*lang).to_string()),
                ));
            }
        }
    }
    None
}
