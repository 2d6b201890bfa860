//! # verbatim
//!
//! A quote attribution verifier: it finds who said what in news articles, and how faithfully
//! different outlets quote the same statement.
//!
//! The pipeline shows in the modules, in order:
//!
//! | stage | module | what it does |
//! |---|---|---|
//! | read | [`read`] | files, directories, stdin and JSON Lines corpora into documents |
//! | find | [`marks`], [`quote`] | quote marks, paired into quotations |
//! | attribute | [`attribution`] | the cue and the speaker's mention around each quotation |
//! | resolve | [`speaker`] | mentions ("she", "the Mexican leader") to named speakers |
//! | evaluate | [`eval`] | scoring against an annotated corpus |
//!
//! ```
//! let found = verbatim::extract::extract(
//!     "“It’s true,” she said. Mexican President Claudia Sheinbaum spoke on Saturday.",
//! );
//! assert_eq!(found.quotes[0].text, "It’s true,");
//! assert_eq!(found.quotes[0].speaker.mention.as_ref().unwrap().text, "she");
//! ```

pub mod align;
pub mod attribution;
pub mod classify;
pub mod compare;
pub mod diff;
pub mod error;
pub mod eval;
pub mod exit;
pub mod extract;
pub mod extract_html;
pub mod extract_output;
pub mod html;
pub mod lexicon;
pub mod manifest;
pub mod marks;
pub mod normalize;
pub mod quote;
pub mod read;
pub mod report_html;
pub mod report_json;
pub mod report_markdown;
pub mod report_text;
pub mod speaker;
pub mod text;
