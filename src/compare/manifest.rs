//! The directory manifest: `verbatim.toml`, beside the articles it describes.
//!
//! `verbatim compare DIR` reads it when it is there, so that a fixture set or a newsroom's
//! story folder needs no flags. Every key is optional:
//!
//! ```toml
//! language = "English"            # the language the articles are written in
//! reference = "Natural News"      # the outlet whose wording is the reference
//!
//! [outlets]                       # file name → outlet
//! "000_37dd129275a04f7f.txt" = "Natural News"
//! "003_ca86489bad29b785.txt" = "Latin Times"
//!
//! [speakers]                      # speaker → the language they spoke in
//! "Claudia Sheinbaum" = "Spanish"
//! "Donald Trump" = "English"
//!
//! [sources]                       # verify: a source file → its one speaker
//! "press-conference.txt" = "Claudia Sheinbaum"
//! ```
//!
//! A speaker who spoke another language than the articles' was translated, so the
//! differences in their words are translation variants (see [`crate::compare::classify`]).
//!
//! ```
//! let m = verbatim::compare::manifest::parse("[speakers]\n\"Claudia Sheinbaum\" = \"Spanish\"\n").unwrap();
//! assert_eq!(m.translated_language("Sheinbaum"), Some("Spanish"));
//! assert_eq!(m.translated_language("Donald Trump"), None);
//! ```

use crate::compare::align::SpeakerKey;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The manifest's file name.
pub const FILE_NAME: &str = "verbatim.toml";

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The language the articles are written in; `English` when not given.
    pub language: Option<String>,
    /// The outlet whose wording is the reference reading.
    pub reference: Option<String>,
    /// File name (relative to the directory) → outlet.
    #[serde(default)]
    pub outlets: BTreeMap<String, String>,
    /// Speaker → the language they spoke in.
    #[serde(default)]
    pub speakers: BTreeMap<String, String>,
    /// `verbatim verify`: source file name (relative to the directory) → the one speaker of
    /// a source that does not label its speakers (a prepared speech, an interview's captions).
    #[serde(default)]
    pub sources: BTreeMap<String, String>,
}

/// A manifest that could not be read, with the position of the trouble.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{line}:{column}: {message}")]
pub struct ManifestError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Parses a manifest's text.
pub fn parse(text: &str) -> Result<Manifest, ManifestError> {
    toml::from_str(text).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start).min(text.len());
        let before = &text[..at];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        let message = format!(
            "{} (see the manifest format in docs/COMPARE.md)",
            e.message().trim_end().trim_end_matches('.')
        );
        ManifestError {
            line,
            column,
            message,
        }
    })
}

impl Manifest {
    /// The language the articles are written in.
    pub fn articles_language(&self) -> &str {
        self.language.as_deref().unwrap_or("English")
    }

    /// The language `speaker` spoke in when it is not the articles' language: their words
    /// were translated. `speaker` is matched by name, as speakers are across articles.
    pub fn translated_language(&self, speaker: &str) -> Option<&str> {
        let key = SpeakerKey::from_name(speaker);
        if !key.is_known() {
            return None;
        }
        self.speakers
            .iter()
            .find(|(name, _)| {
                let k = SpeakerKey::from_name(name);
                k.is_known() && k.matches(&key)
            })
            .map(|(_, lang)| lang.as_str())
            .filter(|lang| !lang.eq_ignore_ascii_case(self.articles_language()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_manifest_parses() {
        let m = parse(
            "language = \"English\"\nreference = \"Natural News\"\n[outlets]\n\"a.txt\" = \"Natural News\"\n[speakers]\n\"Claudia Sheinbaum\" = \"Spanish\"\n\"Donald Trump\" = \"English\"\n",
        )
        .unwrap();
        assert_eq!(m.reference.as_deref(), Some("Natural News"));
        assert_eq!(
            m.outlets.get("a.txt").map(String::as_str),
            Some("Natural News")
        );
        assert_eq!(
            m.translated_language("Mexican President Claudia Sheinbaum"),
            Some("Spanish")
        );
        assert_eq!(m.translated_language("President Trump"), None);
        assert_eq!(m.translated_language("the Mexican leader"), None);
    }

    #[test]
    fn errors_give_the_line_and_column() {
        let e = parse("reference = \"AP\"\noutlet = \"x\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 1), "{e}");
        assert!(e.message.contains("unknown field `outlet`"), "{e}");
        let e = parse("[outlets]\n\"a.txt\" = \n").unwrap_err();
        assert_eq!(e.line, 2, "{e}");
    }
}
