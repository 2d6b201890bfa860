//! Reading inputs: files, directories, standard input and JSON Lines corpora into documents.
//!
//! [`read_inputs`] takes what the user named on the command line and returns every document
//! it found, in a deterministic order, along with every error. An error never stops the other
//! inputs: a non-UTF-8 file, a bad JSON line or a missing path is reported (file and position)
//! and the rest is read.
//!
//! | input | becomes |
//! |---|---|
//! | `-` | one document named `<stdin>`, read as text |
//! | a directory | every supported file below it, recursively, in sorted path order; hidden files and directories (`.name`) are skipped |
//! | `.txt`, `.text`, `.md`, `.markdown` | one document; Markdown is read as plain text, so offsets point into the file as saved |
//! | `.jsonl` | a corpus: one document per line, `{"text": ..., "id"?, "outlet"?/"source"?, "title"?, "url"?, "date"?}`, named `path#id` (or `path#LINE` without an id) |
//! | `.html`, `.htm` | a saved web page: its article text ([`crate::read::html::read_page`]), with outlet, title, URL and date from its metadata; offsets then point into that extracted text (`verbatim extract --show-text` prints it) |
//! | any other file named explicitly | read as text |
//!
//! Offsets found in a document are byte offsets into [`Document::text`]: for a text file that
//! is the file itself; for a corpus line it is the decoded `"text"` string.
//!
//! ```
//! use std::path::Path;
//! use verbatim::read::read_bytes;
//! let corpus = b"{\"id\": \"a1\", \"outlet\": \"AP\", \"text\": \"\\u201cYes,\\u201d she said.\"}\n";
//! let (docs, errors) = read_bytes(Path::new("news.jsonl"), corpus);
//! assert!(errors.is_empty());
//! assert_eq!(docs[0].name, "news.jsonl#a1");
//! assert_eq!(docs[0].text, "“Yes,” she said.");
//! assert_eq!(docs[0].meta.outlet.as_deref(), Some("AP"));
//! ```

pub mod html;

use crate::error::ReadError;
use serde::Deserialize;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One article to extract quotations from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// How the document is shown to the user: the path as given, `path#id` for a corpus line,
    /// `<stdin>` for standard input.
    pub name: String,
    pub text: String,
    pub meta: Metadata,
}

/// What is known about a document besides its text (from a corpus line, or a web page).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    pub id: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
    /// The text was extracted from a web page: offsets point into that text, not the file.
    pub from_page: bool,
}

/// The name standard input goes by in output and messages.
pub const STDIN_NAME: &str = "<stdin>";

/// How a file's bytes become documents, chosen by the file's extension.
///
/// To support a new format: add a variant, map its extensions in [`Format::of`] and decode it
/// in [`read_bytes`]. Directories pick up every file whose extension [`Format::of`] knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text or Markdown: the whole file is one document.
    Text,
    /// JSON Lines: one document per line.
    Jsonl,
    /// A saved web page: its article text and metadata, by [`crate::read::html::read_page`].
    Html,
}

impl Format {
    /// The format of `path` by its extension (case-insensitive), if verbatim knows it.
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" | "md" | "markdown" => Some(Format::Text),
            "jsonl" => Some(Format::Jsonl),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }
}

/// Reads every input named in `paths`, in order; `-` is standard input.
///
/// Returns the documents found and the errors met, both in input order. Directories are
/// walked recursively in sorted order, so the same tree always gives the same list.
pub fn read_inputs(paths: &[PathBuf]) -> (Vec<Document>, Vec<ReadError>) {
    read_inputs_as(paths, Format::Text)
}

/// [`read_inputs`], reading standard input in the given format (files go by extension).
pub fn read_inputs_as(paths: &[PathBuf], stdin: Format) -> (Vec<Document>, Vec<ReadError>) {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            match std::io::stdin().lock().read_to_end(&mut bytes) {
                Ok(_) => {
                    let (d, e) = read_bytes_as(Path::new(STDIN_NAME), &bytes, stdin);
                    docs.extend(d);
                    errors.extend(e);
                }
                Err(source) => errors.push(ReadError::Io {
                    path: PathBuf::from(STDIN_NAME),
                    source,
                }),
            }
            continue;
        }
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                let mut files = Vec::new();
                walk(path, &mut files, &mut errors);
                if files.is_empty() {
                    errors.push(ReadError::NoFiles { path: path.clone() });
                }
                for f in files {
                    read_file(&f, &mut docs, &mut errors);
                }
            }
            Ok(_) => read_file(path, &mut docs, &mut errors),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                errors.push(ReadError::NotFound { path: path.clone() })
            }
            Err(source) => errors.push(ReadError::Io {
                path: path.clone(),
                source,
            }),
        }
    }
    (docs, errors)
}

fn read_file(path: &Path, docs: &mut Vec<Document>, errors: &mut Vec<ReadError>) {
    match std::fs::read(path) {
        Ok(bytes) => {
            let (d, e) = read_bytes(path, &bytes);
            docs.extend(d);
            errors.extend(e);
        }
        Err(source) => errors.push(ReadError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// The files below `dir` that [`Format::of`] knows, sorted by path, hidden entries skipped.
///
/// Symbolic links to directories are not followed, so a link loop cannot trap the walk;
/// links to files are read.
fn walk(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<ReadError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(source) => {
            return errors.push(ReadError::Io {
                path: dir.to_path_buf(),
                source,
            })
        }
    };
    let mut paths = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) => {
                if e.file_name().to_string_lossy().starts_with('.') {
                    continue;
                }
                let is_dir = e.file_type().map(|t| t.is_dir()).unwrap_or(false);
                paths.push((e.path(), is_dir));
            }
            Err(source) => errors.push(ReadError::Io {
                path: dir.to_path_buf(),
                source,
            }),
        }
    }
    paths.sort();
    for (path, is_dir) in paths {
        if is_dir {
            walk(&path, files, errors);
        } else if Format::of(&path).is_some() {
            files.push(path);
        }
    }
}

/// Decodes one file's bytes by its format (see [`Format`]); a file whose extension is unknown
/// is read as text. Used by [`read_inputs`]; public so that bytes from elsewhere (tests, an
/// archive) go through the same rules.
pub fn read_bytes(path: &Path, bytes: &[u8]) -> (Vec<Document>, Vec<ReadError>) {
    read_bytes_as(path, bytes, Format::of(path).unwrap_or(Format::Text))
}

/// Decodes bytes in the given format, whatever the path's extension (standard input).
pub fn read_bytes_as(path: &Path, bytes: &[u8], format: Format) -> (Vec<Document>, Vec<ReadError>) {
    match format {
        Format::Text => match read_text(path, bytes) {
            Ok(d) => (vec![d], vec![]),
            Err(e) => (vec![], vec![e]),
        },
        Format::Jsonl => read_jsonl(path, bytes),
        Format::Html => match utf8(path, bytes, 0, 1) {
            Err(e) => (vec![], vec![e]),
            Ok(html) => {
                let page = crate::read::html::read_page(html);
                if page.text.trim().is_empty() {
                    return (
                        vec![],
                        vec![ReadError::Invalid {
                            path: path.to_path_buf(),
                            line: 1,
                            message: "no article text found in the page; save the article as text (.txt) and pass that file".into(),
                        }],
                    );
                }
                let meta = Metadata {
                    id: None,
                    outlet: page.outlet,
                    title: page.title,
                    url: page.url,
                    date: page.date,
                    from_page: true,
                };
                (
                    vec![Document {
                        name: path.display().to_string(),
                        text: page.text,
                        meta,
                    }],
                    vec![],
                )
            }
        },
    }
}

fn read_text(path: &Path, bytes: &[u8]) -> Result<Document, ReadError> {
    let text = utf8(path, bytes, 0, 1)?;
    Ok(Document {
        name: path.display().to_string(),
        text: text.to_string(),
        meta: Metadata::default(),
    })
}

/// `bytes` as UTF-8, or an error giving the offset of the first bad byte in the file (`bytes`
/// starts at `base` in the file, on line `first_line`).
fn utf8<'a>(
    path: &Path,
    bytes: &'a [u8],
    base: usize,
    first_line: usize,
) -> Result<&'a str, ReadError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = first_line + memchr::memchr_iter(b'\n', &bytes[..at]).count();
        ReadError::NotUtf8 {
            path: path.to_path_buf(),
            offset: base + at,
            line,
        }
    })
}

/// The lines of a JSON Lines file with their 1-based numbers, blank lines skipped, each
/// checked for UTF-8 on its own so that one bad line does not lose the others.
pub fn jsonl_lines<'a>(
    path: &'a Path,
    bytes: &'a [u8],
) -> impl Iterator<Item = (usize, Result<&'a str, ReadError>)> + 'a {
    let mut start = 0;
    let mut number = 0;
    std::iter::from_fn(move || loop {
        if start >= bytes.len() {
            return None;
        }
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        let line = &bytes[start..end];
        let base = start;
        start = end + 1;
        number += 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        return Some((number, utf8(path, line, base, number)));
    })
}

/// A corpus line; fields other than these are ignored.
#[derive(Deserialize)]
struct CorpusLine {
    text: String,
    id: Option<Id>,
    outlet: Option<String>,
    source: Option<String>,
    title: Option<String>,
    url: Option<String>,
    date: Option<String>,
}

/// Corpora write ids as strings or as numbers.
#[derive(Deserialize)]
#[serde(untagged)]
enum Id {
    Text(String),
    Number(serde_json::Number),
}

fn read_jsonl(path: &Path, bytes: &[u8]) -> (Vec<Document>, Vec<ReadError>) {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for (number, line) in jsonl_lines(path, bytes) {
        let parsed = line.and_then(|l| {
            serde_json::from_str::<CorpusLine>(l).map_err(|e| ReadError::json(path, number, &e))
        });
        match parsed {
            Ok(c) => {
                let id = c.id.map(|i| match i {
                    Id::Text(s) => s,
                    Id::Number(n) => n.to_string(),
                });
                let name = match &id {
                    Some(id) => format!("{}#{id}", path.display()),
                    None => format!("{}#{number}", path.display()),
                };
                docs.push(Document {
                    name,
                    text: c.text,
                    meta: Metadata {
                        id,
                        outlet: c.outlet.or(c.source),
                        title: c.title,
                        url: c.url,
                        date: c.date,
                        from_page: false,
                    },
                });
            }
            Err(e) => errors.push(e),
        }
    }
    (docs, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(errors: &[ReadError]) -> Vec<String> {
        errors.iter().map(|e| e.to_string()).collect()
    }

    #[test]
    fn formats_by_extension() {
        let cases = [
            ("a.txt", Some(Format::Text)),
            ("a.TXT", Some(Format::Text)),
            ("a.md", Some(Format::Text)),
            ("a.markdown", Some(Format::Text)),
            ("a.text", Some(Format::Text)),
            ("a.jsonl", Some(Format::Jsonl)),
            ("a.html", Some(Format::Html)),
            ("a.htm", Some(Format::Html)),
            ("a.json", None),
            ("README", None),
        ];
        for (p, want) in cases {
            assert_eq!(Format::of(Path::new(p)), want, "{p}");
        }
    }

    #[test]
    fn a_non_utf8_file_names_byte_and_line() {
        let (docs, errors) = read_bytes(Path::new("old.txt"), b"one\ntwo caf\xe9\n");
        assert!(docs.is_empty());
        assert_eq!(
            messages(&errors),
            ["old.txt:2: invalid UTF-8 at byte 11; verbatim reads UTF-8 text: convert the file first \
              (for example `iconv -f WINDOWS-1252 -t UTF-8`)"]
        );
    }

    #[test]
    fn markdown_is_read_as_is() {
        let md = "# Title\n\n> “Quoted,” she said.\n";
        let (docs, errors) = read_bytes(Path::new("a.md"), md.as_bytes());
        assert!(errors.is_empty());
        assert_eq!(docs[0].text, md);
        assert_eq!(docs[0].name, "a.md");
    }

    #[test]
    fn a_corpus_keeps_good_lines_and_reports_bad_ones() {
        let corpus = concat!(
            "{\"id\": \"x\", \"source\": \"AP\", \"title\": \"T\", \"url\": \"u\", \"date\": \"d\", \"text\": \"one\"}\n",
            "\n",
            "{\"text\": \"two\", \"outlet\": \"NYT\", \"source\": \"corpus\", \"id\": 7}\n",
            "{\"text\": \"three\"\n",
            "{\"title\": \"no text\"}\n",
            "{\"text\": \"four\"}\n",
        );
        let mut bytes = corpus.as_bytes().to_vec();
        bytes.extend_from_slice(b"{\"text\": \"caf\xe9\"}\n");
        let (docs, errors) = read_bytes(Path::new("c.jsonl"), &bytes);
        let names: Vec<&str> = docs.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(names, ["c.jsonl#x", "c.jsonl#7", "c.jsonl#6"]);
        assert_eq!(
            docs[0].meta,
            Metadata {
                id: Some("x".into()),
                outlet: Some("AP".into()),
                title: Some("T".into()),
                url: Some("u".into()),
                date: Some("d".into()),
                from_page: false,
            }
        );
        // "outlet" wins over "source" when a line has both.
        assert_eq!(docs[1].meta.outlet.as_deref(), Some("NYT"));
        assert_eq!(
            messages(&errors),
            [
                "c.jsonl:4:16: bad JSON: EOF while parsing an object",
                "c.jsonl:5:20: bad JSON: missing field `text`",
                &format!(
                    "c.jsonl:7: invalid UTF-8 at byte {}; verbatim reads UTF-8 text: convert the file first \
                     (for example `iconv -f WINDOWS-1252 -t UTF-8`)",
                    corpus.len() + 13
                ),
            ]
        );
    }

    #[test]
    fn html_pages_give_their_article_text_or_say_there_is_none() {
        let page = "<html><head><meta property=\"og:site_name\" content=\"Wire\"></head>\
                    <body><p>\u{201c}Hi,\u{201d} she said.</p></body></html>";
        let (docs, errors) = read_bytes(Path::new("page.html"), page.as_bytes());
        assert!(errors.is_empty(), "{:?}", messages(&errors));
        assert_eq!(docs[0].text, "\u{201c}Hi,\u{201d} she said.");
        assert!(docs[0].meta.from_page);
        assert_eq!(docs[0].meta.outlet.as_deref(), Some("Wire"));
        let (docs, errors) = read_bytes(
            Path::new("empty.html"),
            b"<html><script>x()</script></html>",
        );
        assert!(docs.is_empty());
        assert_eq!(
            messages(&errors),
            ["empty.html:1: no article text found in the page; save the article as text (.txt) and pass that file"]
        );
    }

    proptest::proptest! {
        /// Any bytes: a text file is its bytes or an error at the first bad byte; a corpus never
        /// panics and accounts for every non-blank line, as a document or as an error.
        #[test]
        fn any_bytes_read_or_fail_cleanly(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
            let (docs, errors) = read_bytes(Path::new("a.txt"), &bytes);
            match std::str::from_utf8(&bytes) {
                Ok(t) => proptest::prop_assert_eq!(&docs[0].text, t),
                Err(e) => match &errors[..] {
                    [ReadError::NotUtf8 { offset, .. }] => proptest::prop_assert_eq!(*offset, e.valid_up_to()),
                    other => proptest::prop_assert!(false, "{:?}", other),
                },
            }
            let (docs, errors) = read_bytes(Path::new("a.jsonl"), &bytes);
            let lines = bytes.split(|&b| b == b'\n').filter(|l| !l.iter().all(u8::is_ascii_whitespace)).count();
            proptest::prop_assert_eq!(docs.len() + errors.len(), lines);
        }
    }
}
