//! The last stage: results drawn for people and programs.
//!
//! Each report is a function of a finished result and nothing else: it reads what
//! [`crate::extract`], [`crate::compare`] or [`crate::verify`] produced and never calls back into them, so the
//! pipeline only ever points forward.
//!
//! | report | module |
//! |---|---|
//! | `extract` as a table, JSON, JSON Lines | [`extract_text`] |
//! | `extract` as one self-contained web page | [`extract_html`] |
//! | `compare` for a terminal | [`compare_text`] |
//! | `compare` for a pull request or a CMS note | [`compare_markdown`] |
//! | `compare` as JSON (schema in docs/COMPARE.md) | [`compare_json`] |
//! | `compare` as one self-contained web page | [`compare_html`] |
//! | `verify` for a terminal | [`verify_text`] |
//! | `verify` for a pull request or a CMS note | [`verify_markdown`] |
//! | `verify` as JSON (schema in docs/VERIFY.md) | [`verify_json`] |
//! | `verify` as one self-contained web page | [`verify_html`] |
//! | `compare`, `verify` as GitHub Actions annotations | [`compare_github`], [`verify_github`] over [`github`] |
//! | `compare`, `verify` as JUnit XML for CI | [`compare_junit`], [`verify_junit`] over [`junit`] |
//! | text from the inputs made safe for each of them | [`escape`] |
//! | text reports fitted to the terminal's width | [`wrap`] |
//! | the extractor's attribution rules in words | [`rules`] |

pub mod compare_github;
pub mod compare_html;
pub mod compare_json;
pub mod compare_junit;
pub mod compare_markdown;
pub mod compare_text;
pub mod escape;
pub mod extract_html;
pub mod extract_text;
pub mod github;
pub mod junit;
pub mod rules;
mod style;
pub mod verify_github;
pub mod verify_html;
pub mod verify_json;
pub mod verify_junit;
pub mod verify_markdown;
pub mod verify_text;
pub mod wrap;
