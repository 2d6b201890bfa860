//! Reading inputs: files, directories, standard input and JSON Lines corpora into documents.
//!
//! [`Inputs`] takes what the user named on the command line and gives every document it
//! finds, one at a time and in a deterministic order, along with every error and warning in
//! their places. A corpus is read a line at a time, so that a caller that handles documents in
//! batches (`verbatim extract`) keeps its memory flat however big the corpus is;
//! [`read_inputs`] collects them all. An error never stops the other inputs: a non-UTF-8
//! file, a bad JSON line or a missing path is reported (file and position) and the rest is read.
//!
//! | input | becomes |
//! |---|---|
//! | `-` | one document named `<stdin>`, read as text (or in the format asked for) |
//! | a directory | every supported file below it, recursively, in sorted path order; hidden files and directories (`.name`) are skipped, and so are FIFOs, sockets and devices (with a warning: reading one could wait forever) |
//! | `.txt`, `.text`, `.md`, `.markdown` | one document; Markdown is read as plain text, so offsets point into the file as saved |
//! | `.jsonl` | a corpus: one document per line, `{"text": ..., "id"?, "outlet"?/"source"?, "title"?, "url"?, "date"?}`, named `path#id` (or `path#LINE` without an id) |
//! | `.html`, `.htm` | a saved web page: its article text ([`crate::read::html::read_page`]), with outlet, title, URL and date from its metadata; offsets then point into that extracted text (`verbatim extract --show-text` prints it) |
//! | any other file named explicitly | read as text |
//!
//! A path named twice (or a file named and also found in a directory named) is read once.
//!
//! ## Encodings and offsets
//!
//! Text is UTF-8. A UTF-8 byte order mark (`EF BB BF`, as Windows editors write) is dropped
//! before reading, so that front matter and a first quotation are seen as the author wrote
//! them. UTF-16 is recognised by its byte order mark, or without one by the NUL byte in every
//! other character that English text in UTF-16 has; it is converted to UTF-8 with a warning.
//! Any other NUL byte is kept and warned about: the file is probably not text.
//!
//! Offsets found in a document are byte offsets into [`Document::text`], the decoded text:
//! for a UTF-8 text file that is the file itself, less its byte order mark when it has one
//! (3 bytes earlier than in the file); for a UTF-16 file it is the text converted to UTF-8;
//! for a corpus line it is the decoded `"text"` string. Error messages, in contrast, give
//! byte offsets into the file as saved.
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

use crate::error::{ReadError, ReadWarning};
use serde::Deserialize;
use std::collections::{HashSet, VecDeque};
use std::io::{BufRead, BufReader, Read};
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

/// The extensions a directory is searched for, as messages list them.
pub const EXTENSIONS: &str = ".txt, .text, .md, .markdown, .jsonl, .html or .htm";

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

/// One thing reading gives, in input order.
#[derive(Debug)]
pub enum Item {
    Document(Document),
    /// An input, or a line of one, that could not be read.
    Error(ReadError),
    /// Read, but not as the user may think (UTF-16, NUL bytes), or skipped (a FIFO).
    Warning(ReadWarning),
}

/// Reads every input named in `paths`, in order; `-` is standard input.
///
/// Returns the documents found and the errors met, both in input order; warnings are told
/// on standard error ([`crate::error::warn`]). Directories are walked recursively in sorted
/// order, so the same tree always gives the same list.
pub fn read_inputs(paths: &[PathBuf]) -> (Vec<Document>, Vec<ReadError>) {
    read_inputs_as(paths, Format::Text)
}

/// [`read_inputs`], reading standard input in the given format (files go by extension).
pub fn read_inputs_as(paths: &[PathBuf], stdin: Format) -> (Vec<Document>, Vec<ReadError>) {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for item in Inputs::new(paths, stdin) {
        match item {
            Item::Document(d) => docs.push(d),
            Item::Error(e) => errors.push(e),
            Item::Warning(w) => crate::error::warn(w),
        }
    }
    (docs, errors)
}

/// The inputs of a command line as a stream of [`Item`]s: documents, errors and warnings in
/// input order, each corpus read a line at a time.
///
/// The paths are looked at when the stream is made (directories walked, sizes known, paths
/// named twice kept once); files are opened and read only as the stream reaches them.
pub struct Inputs {
    plan: VecDeque<Step>,
    corpus: Option<Corpus>,
    pending: VecDeque<Item>,
    stdin: Format,
    read: u64,
    total: u64,
    corpora: usize,
}

/// What the stream does next.
enum Step {
    Stdin,
    File(PathBuf),
    Item(Item),
}

impl Inputs {
    /// The stream of `paths`, reading standard input (`-`) in format `stdin`.
    pub fn new(paths: &[PathBuf], stdin: Format) -> Inputs {
        let mut plan = VecDeque::new();
        let mut seen: HashSet<PathBuf> = HashSet::new();
        let mut total = 0;
        let mut corpora = 0;
        let mut stdin_seen = false;
        // Each file's path is made canonical once, whatever the number of inputs.
        let mut add = |path: PathBuf, size: u64, plan: &mut VecDeque<Step>| {
            let key = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
            if seen.insert(key) {
                total += size;
                plan.push_back(Step::File(path));
            }
        };
        for path in paths {
            if path.as_os_str() == "-" {
                if !stdin_seen {
                    stdin_seen = true;
                    plan.push_back(Step::Stdin);
                }
                continue;
            }
            match std::fs::metadata(path) {
                Ok(m) if m.is_dir() => {
                    corpora += 1;
                    let mut files = Vec::new();
                    walk(path, &mut files, &mut plan);
                    if files.is_empty() {
                        plan.push_back(Step::Item(Item::Error(ReadError::NoFiles {
                            path: path.clone(),
                        })));
                    }
                    for (f, size) in files {
                        add(f, size, &mut plan);
                    }
                }
                Ok(m) => {
                    if Format::of(path) == Some(Format::Jsonl) {
                        corpora += 1;
                    }
                    add(path.clone(), m.len(), &mut plan);
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    plan.push_back(Step::Item(Item::Error(ReadError::NotFound {
                        path: path.clone(),
                    })))
                }
                Err(source) => plan.push_back(Step::Item(Item::Error(ReadError::Io {
                    path: path.clone(),
                    source,
                }))),
            }
        }
        Inputs {
            plan,
            corpus: None,
            pending: VecDeque::new(),
            stdin,
            read: 0,
            total,
            corpora,
        }
    }

    /// Bytes of the named files read so far (corpus lines as they are read).
    pub fn bytes_read(&self) -> u64 {
        self.read
    }

    /// Bytes of all the files named or found (standard input's size is not known).
    pub fn bytes_total(&self) -> u64 {
        self.total
    }

    /// The inputs hold a directory or a corpus: a run long enough to show its progress.
    pub fn is_collection(&self) -> bool {
        self.corpora > 0
    }

    /// Opens one input and queues what it gives; a corpus becomes the current stream.
    fn open(&mut self, path: PathBuf, reader: Box<dyn Read + Send>, format: Format, size: u64) {
        let mut reader = BufReader::with_capacity(1 << 16, reader);
        if format == Format::Jsonl {
            // UTF-16 is converted whole; UTF-8 is read a line at a time.
            let head = match reader.fill_buf() {
                Ok(h) => h,
                Err(source) => {
                    return self
                        .pending
                        .push_back(Item::Error(ReadError::Io { path, source }))
                }
            };
            if utf16(head).is_none() {
                self.corpus = Some(Corpus {
                    path,
                    reader: Box::new(reader),
                    offset: 0,
                    number: 0,
                    buf: Vec::new(),
                });
                return;
            }
        }
        let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0).saturating_add(1));
        match reader.read_to_end(&mut bytes) {
            Ok(_) => {
                self.read += size;
                read_owned(&path, bytes, format, &mut self.pending);
            }
            Err(source) => self
                .pending
                .push_back(Item::Error(ReadError::Io { path, source })),
        }
    }
}

impl Iterator for Inputs {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                return Some(item);
            }
            if let Some(corpus) = &mut self.corpus {
                match corpus.next_line() {
                    Some((item, bytes)) => {
                        self.read += bytes as u64;
                        return Some(item);
                    }
                    None => self.corpus = None,
                }
                continue;
            }
            match self.plan.pop_front()? {
                Step::Item(item) => return Some(item),
                Step::Stdin => {
                    let stdin = Box::new(std::io::stdin());
                    self.open(PathBuf::from(STDIN_NAME), stdin, self.stdin, 0);
                }
                Step::File(path) => match std::fs::File::open(&path) {
                    Ok(f) => {
                        let size = f.metadata().map_or(0, |m| m.len());
                        let format = Format::of(&path).unwrap_or(Format::Text);
                        self.open(path, Box::new(f), format, size);
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                        return Some(Item::Error(ReadError::NotFound { path }))
                    }
                    Err(source) => return Some(Item::Error(ReadError::Io { path, source })),
                },
            }
        }
    }
}

/// `reader.read_until(b'\n', buf)`: the bytes up to and including the next line feed (or
/// to the end), appended to `buf`, and how many. (Each line's end found by the memchr
/// crate's vectorised search: `read_until` reads a word at a time, for most of the time the
/// main thread spends reading a corpus.)
fn read_line(reader: &mut dyn BufRead, buf: &mut Vec<u8>) -> std::io::Result<usize> {
    let mut read = 0;
    loop {
        let (done, used) = {
            let available = match reader.fill_buf() {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            match memchr::memchr(b'\n', available) {
                Some(i) => {
                    buf.extend_from_slice(&available[..=i]);
                    (true, i + 1)
                }
                None => {
                    buf.extend_from_slice(available);
                    (available.is_empty(), available.len())
                }
            }
        };
        reader.consume(used);
        read += used;
        if done {
            return Ok(read);
        }
    }
}

/// A JSON Lines corpus being read a line at a time.
struct Corpus {
    path: PathBuf,
    reader: Box<dyn BufRead + Send>,
    /// Byte offset of the next line in the file.
    offset: usize,
    /// The number of the last line read.
    number: usize,
    buf: Vec<u8>,
}

impl Corpus {
    /// The next document or error, with the bytes read for it; `None` at the end.
    fn next_line(&mut self) -> Option<(Item, usize)> {
        let mut consumed = 0;
        loop {
            self.buf.clear();
            let n = match read_line(&mut *self.reader, &mut self.buf) {
                Ok(0) => return None,
                Ok(n) => n,
                Err(source) => {
                    // Nothing more can be read from this input.
                    self.reader = Box::new(std::io::empty());
                    let path = self.path.clone();
                    return Some((Item::Error(ReadError::Io { path, source }), consumed));
                }
            };
            consumed += n;
            let mut base = self.offset;
            self.offset += n;
            self.number += 1;
            let mut line = self.buf.strip_suffix(b"\n").unwrap_or(&self.buf);
            if self.number == 1 {
                if let Some(rest) = line.strip_prefix(UTF8_BOM) {
                    line = rest;
                    base += UTF8_BOM.len();
                }
            }
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let text = utf8(&self.path, line, base, self.number);
            let item = match corpus_document(&self.path, self.number, text) {
                Ok(d) => Item::Document(d),
                Err(e) => Item::Error(e),
            };
            return Some((item, consumed));
        }
    }
}

/// The files below `dir` that [`Format::of`] knows, sorted by path, with their sizes; hidden
/// entries skipped. A FIFO, socket or device is skipped with a warning in `plan`: opening a
/// FIFO nobody writes to would wait forever.
///
/// Symbolic links to directories are not followed, so a link loop cannot trap the walk;
/// links to files are read.
fn walk(dir: &Path, files: &mut Vec<(PathBuf, u64)>, plan: &mut VecDeque<Step>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(source) => {
            return plan.push_back(Step::Item(Item::Error(ReadError::Io {
                path: dir.to_path_buf(),
                source,
            })))
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
            Err(source) => plan.push_back(Step::Item(Item::Error(ReadError::Io {
                path: dir.to_path_buf(),
                source,
            }))),
        }
    }
    paths.sort();
    for (path, is_dir) in paths {
        if is_dir {
            walk(&path, files, plan);
        } else if Format::of(&path).is_some() {
            match std::fs::metadata(&path) {
                Ok(m) if m.is_file() => files.push((path, m.len())),
                Ok(_) => {
                    plan.push_back(Step::Item(Item::Warning(ReadWarning::NotRegular { path })))
                }
                Err(source) => {
                    plan.push_back(Step::Item(Item::Error(ReadError::Io { path, source })))
                }
            }
        }
    }
}

/// Decodes one file's bytes by its format (see [`Format`]); a file whose extension is unknown
/// is read as text. Used by [`read_inputs`]; public so that bytes from elsewhere (tests, an
/// archive) go through the same rules. Warnings are told on standard error.
pub fn read_bytes(path: &Path, bytes: &[u8]) -> (Vec<Document>, Vec<ReadError>) {
    read_bytes_as(path, bytes, Format::of(path).unwrap_or(Format::Text))
}

/// Decodes bytes in the given format, whatever the path's extension (standard input).
pub fn read_bytes_as(path: &Path, bytes: &[u8], format: Format) -> (Vec<Document>, Vec<ReadError>) {
    let mut items = VecDeque::new();
    read_owned(path, bytes.to_vec(), format, &mut items);
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for item in items {
        match item {
            Item::Document(d) => docs.push(d),
            Item::Error(e) => errors.push(e),
            Item::Warning(w) => crate::error::warn(w),
        }
    }
    (docs, errors)
}

/// Decodes a whole input, taking its bytes so that a big text is never copied.
fn read_owned(path: &Path, bytes: Vec<u8>, format: Format, out: &mut VecDeque<Item>) {
    if format == Format::Jsonl && utf16(&bytes).is_none() {
        // Each line is checked for UTF-8 on its own: one bad line does not lose the others.
        return read_jsonl(path, &bytes, out);
    }
    let text = match decode(path, bytes, out) {
        Ok(t) => t,
        Err(e) => return out.push_back(Item::Error(e)),
    };
    match format {
        Format::Text => out.push_back(Item::Document(Document {
            name: path.display().to_string(),
            text,
            meta: Metadata::default(),
        })),
        Format::Jsonl => read_jsonl(path, text.as_bytes(), out),
        Format::Html => {
            let page = crate::read::html::read_page(&text);
            drop(text);
            if page.text.trim().is_empty() {
                return out.push_back(Item::Error(ReadError::Invalid {
                    path: path.to_path_buf(),
                    line: 1,
                    message: "no article text found in the page; save the article as text (.txt) and pass that file".into(),
                }));
            }
            let meta = Metadata {
                id: None,
                outlet: page.outlet,
                title: page.title,
                url: page.url,
                date: page.date,
                from_page: true,
            };
            out.push_back(Item::Document(Document {
                name: path.display().to_string(),
                text: page.text,
                meta,
            }));
        }
    }
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The UTF-16 encoding `bytes` are in, and whether they start with a byte order mark; `None`
/// for anything else.
///
/// Without a mark, text in UTF-16 is told by its NUL bytes: each character of the ASCII range
/// (the spaces, digits and punctuation of any Latin-script text) is a NUL and its byte, so a
/// quarter or more of the first 4 KiB's even (big-endian) or odd (little-endian) bytes are
/// NUL while the other half has almost none. UTF-8 text never has a NUL but by accident.
fn utf16(bytes: &[u8]) -> Option<(&'static encoding_rs::Encoding, bool)> {
    match bytes {
        [0xFF, 0xFE, ..] => return Some((encoding_rs::UTF_16LE, true)),
        [0xFE, 0xFF, ..] => return Some((encoding_rs::UTF_16BE, true)),
        _ => {}
    }
    let head = &bytes[..bytes.len().min(4096) & !1];
    let pairs = head.len() / 2;
    if pairs < 2 {
        return None;
    }
    let (mut even, mut odd) = (0, 0);
    for pair in head.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    if odd * 4 >= pairs && even * 10 <= odd {
        Some((encoding_rs::UTF_16LE, false))
    } else if even * 4 >= pairs && odd * 10 <= even {
        Some((encoding_rs::UTF_16BE, false))
    } else {
        None
    }
}

/// A whole input's bytes as text: UTF-16 converted, a UTF-8 byte order mark dropped, NUL
/// bytes warned about (see the module's documentation). The bytes are taken, not copied.
fn decode(path: &Path, mut bytes: Vec<u8>, out: &mut VecDeque<Item>) -> Result<String, ReadError> {
    if let Some((encoding, bom)) = utf16(&bytes) {
        out.push_back(Item::Warning(ReadWarning::Utf16 {
            path: path.to_path_buf(),
            encoding: encoding.name(),
            bom,
        }));
        let body = if bom { &bytes[2..] } else { &bytes[..] };
        let (text, _) = encoding.decode_without_bom_handling(body);
        return Ok(text.into_owned());
    }
    let base = if bytes.starts_with(UTF8_BOM) {
        bytes.drain(..UTF8_BOM.len());
        UTF8_BOM.len()
    } else {
        0
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        ReadError::NotUtf8 {
            path: path.to_path_buf(),
            offset: base + at,
            line: 1 + memchr::memchr_iter(b'\n', &bytes[..at]).count(),
        }
    })?;
    if let Some(first) = memchr::memchr(0, text.as_bytes()) {
        out.push_back(Item::Warning(ReadWarning::Nul {
            path: path.to_path_buf(),
            line: 1 + memchr::memchr_iter(b'\n', &text.as_bytes()[..first]).count(),
            offset: base + first,
            count: memchr::memchr_iter(0, text.as_bytes()).count(),
        }));
    }
    Ok(text)
}

/// `bytes` as UTF-8, or an error giving the offset of the first bad byte in the file (`bytes`
/// starts at `base` in the file, on line `first_line`).
fn utf8<'a>(
    path: &Path,
    bytes: &'a [u8],
    base: usize,
    first_line: usize,
) -> Result<&'a str, ReadError> {
    // (The vectorised check first; where it fails, `std::str::from_utf8` tells where.)
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return Ok(text);
    }
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
/// checked for UTF-8 on its own so that one bad line does not lose the others. A UTF-8 byte
/// order mark at the start is dropped.
pub fn jsonl_lines<'a>(
    path: &'a Path,
    bytes: &'a [u8],
) -> impl Iterator<Item = (usize, Result<&'a str, ReadError>)> + 'a {
    let mut start = if bytes.starts_with(UTF8_BOM) {
        UTF8_BOM.len()
    } else {
        0
    };
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
#[cfg_attr(test, derive(Debug, PartialEq))]
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
#[cfg_attr(test, derive(Debug, PartialEq))]
#[serde(untagged)]
enum Id {
    Text(String),
    Number(serde_json::Number),
}

/// `serde_json::from_str::<CorpusLine>(l)` for the plain line that corpora write (`{"id":
/// "…", "text": "…"}`: an object of string values, spaces between them, no control
/// character, the string escapes of one letter), read in a few passes the compiler and
/// memchr run many bytes at a time: serde_json reads a string eight bytes at a step, a
/// twentieth of one thread's time. `None` for any other line, which serde_json reads (and
/// reports, where it is wrong): the same answer either way.
fn plain_corpus_line(l: &str) -> Option<CorpusLine> {
    let b = l.as_bytes();
    // A control character is an error inside a string and may be whitespace outside one:
    // serde_json reads such a line. (One pass, with no early exit so that it is vectorised;
    // the strings below are then cut at quotes and backslashes only.)
    if b.iter().fold(false, |any, &c| any | (c < 0x20)) {
        return None;
    }
    let spaces = |mut i: usize| {
        while b.get(i) == Some(&b' ') {
            i += 1;
        }
        i
    };
    let mut i = spaces(0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    // text, id, outlet, source, title, url, date.
    let mut fields: [Option<String>; 7] = Default::default();
    i = spaces(i + 1);
    loop {
        if b.get(i) != Some(&b'"') {
            return None;
        }
        let (key, j) = plain_json_str(l, i + 1)?;
        i = spaces(j);
        if b.get(i) != Some(&b':') {
            return None;
        }
        i = spaces(i + 1);
        if b.get(i) != Some(&b'"') {
            return None;
        }
        let (value, j) = plain_json_str(l, i + 1)?;
        let slot = match &*key {
            "text" => Some(0),
            "id" => Some(1),
            "outlet" => Some(2),
            "source" => Some(3),
            "title" => Some(4),
            "url" => Some(5),
            "date" => Some(6),
            _ => None,
        };
        if let Some(k) = slot {
            // (A field given twice is serde_json's error to report.)
            if fields[k].is_some() {
                return None;
            }
            fields[k] = Some(value.into_owned());
        }
        i = spaces(j);
        match b.get(i) {
            Some(b',') => i = spaces(i + 1),
            Some(b'}') => break,
            _ => return None,
        }
    }
    if spaces(i + 1) != b.len() {
        return None;
    }
    let [text, id, outlet, source, title, url, date] = fields;
    Some(CorpusLine {
        text: text?,
        id: id.map(Id::Text),
        outlet,
        source,
        title,
        url,
        date,
    })
}

/// The JSON string whose contents start at byte `i` of `l` and the offset past its closing
/// quote, if it holds no control character (the caller checked) and no escape but those of one
/// letter (`\uXXXX` goes to serde_json). Borrowed where it has no escape at all.
fn plain_json_str(l: &str, mut i: usize) -> Option<(std::borrow::Cow<'_, str>, usize)> {
    let b = l.as_bytes();
    let mut owned: Option<String> = None;
    let mut from = i;
    loop {
        // (Quotes and backslashes are ASCII: every cut is at a char boundary.)
        let k = i + memchr::memchr2(b'"', b'\\', &b[i..])?;
        if b[k] == b'"' {
            let s = match owned {
                None => std::borrow::Cow::Borrowed(&l[from..k]),
                Some(mut s) => {
                    s.push_str(&l[from..k]);
                    std::borrow::Cow::Owned(s)
                }
            };
            return Some((s, k + 1));
        }
        let c = match b.get(k + 1)? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            _ => return None,
        };
        let s = owned.get_or_insert_with(|| String::with_capacity(l.len() - from));
        s.push_str(&l[from..k]);
        s.push(c);
        i = k + 2;
        from = i;
    }
}

fn read_jsonl(path: &Path, bytes: &[u8], out: &mut VecDeque<Item>) {
    for (number, line) in jsonl_lines(path, bytes) {
        out.push_back(match corpus_document(path, number, line) {
            Ok(d) => Item::Document(d),
            Err(e) => Item::Error(e),
        });
    }
}

/// The document of corpus line `number`.
fn corpus_document(
    path: &Path,
    number: usize,
    line: Result<&str, ReadError>,
) -> Result<Document, ReadError> {
    let c = line.and_then(|l| match plain_corpus_line(l) {
        Some(c) => Ok(c),
        None => {
            serde_json::from_str::<CorpusLine>(l).map_err(|e| ReadError::json(path, number, &e))
        }
    })?;
    let id = c.id.map(|i| match i {
        Id::Text(s) => s,
        Id::Number(n) => n.to_string(),
    });
    // `format!("{}#{id}", path.display())`, built without the formatter (once per line of a
    // corpus): a path is displayed as its lossy UTF-8, as `to_string_lossy` writes it.
    let mut name = String::from(path.to_string_lossy());
    name.push('#');
    match &id {
        Some(id) => name.push_str(id),
        None => name.push_str(&number.to_string()),
    }
    Ok(Document {
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
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain reading of a corpus line gives serde_json's answer, or leaves the line to it.
    #[test]
    fn plain_corpus_lines_read_as_serde_json_reads_them() {
        let lines = [
            r#"{"id": "a#0", "text": "He said \"yes\".\nThen \\ left\/ \b\f\r\t."}"#,
            r#"{"text":"x","id":"7","outlet":"o","source":"s","title":"t","url":"u","date":"d"}"#,
            r#"  { "text" : "é “q” 😀" , "extra" : "z" }  "#,
            r#"{"text": "a", "text": "b"}"#,
            r#"{"text": "a", "extra": "b", "extra": "c"}"#,
            r#"{"id": 5, "text": "a"}"#,
            r#"{"id": null, "text": "a"}"#,
            r#"{"text": "a\u00e9\ud83d\ude00"}"#,
            r#"{"text": "a\x"}"#,
            r#"{"text": "a"} x"#,
            r#"{"text": "a",}"#,
            r#"{"text": "a"}}"#,
            r#"{"id": "a"}"#,
            r#"{}"#,
            r#"["a"]"#,
            r#"{"text": "a	b"}"#,
            "{\"text\": \"a\"}\r",
            "{\"text\":\t\"a\"}",
            r#"{"te\u0078t": "a"}"#,
            r#"{"text": "a\"#,
            r#"{"text": "a"#,
            r#"{"text"#,
            r#"{"#,
            r#""#,
            r#"{"text": "", "id": ""}"#,
        ];
        for l in lines {
            let serde = serde_json::from_str::<CorpusLine>(l).ok();
            if let Some(plain) = plain_corpus_line(l) {
                assert_eq!(Some(plain), serde, "{l}");
            }
        }
        assert!(plain_corpus_line(lines[0]).is_some());
        assert!(plain_corpus_line(lines[1]).is_some());
        assert!(plain_corpus_line(lines[2]).is_some());
    }

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

    #[test]
    fn a_utf8_byte_order_mark_is_dropped_and_offsets_are_into_the_text() {
        let (docs, errors) = read_bytes(
            Path::new("a.txt"),
            b"\xEF\xBB\xBF\xE2\x80\x9CYes\xE2\x80\x9D",
        );
        assert!(errors.is_empty());
        assert_eq!(docs[0].text, "“Yes”");
        // A bad byte is still placed in the file as saved, mark included.
        let (_, errors) = read_bytes(Path::new("a.txt"), b"\xEF\xBB\xBFab\xff");
        assert!(matches!(
            errors[..],
            [ReadError::NotUtf8 {
                offset: 5,
                line: 1,
                ..
            }]
        ));
        // A corpus with a mark reads its first line.
        let (docs, errors) = read_bytes(Path::new("c.jsonl"), b"\xEF\xBB\xBF{\"text\": \"one\"}\n");
        assert!(errors.is_empty(), "{:?}", messages(&errors));
        assert_eq!(docs[0].text, "one");
    }

    #[test]
    fn utf16_is_told_by_its_mark_or_its_nul_bytes() {
        let le: Vec<u8> = "“Hi,” he said."
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let be: Vec<u8> = "“Hi,” he said."
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(utf16(&le), Some((encoding_rs::UTF_16LE, false)));
        assert_eq!(utf16(&be), Some((encoding_rs::UTF_16BE, false)));
        assert_eq!(
            utf16(&[&[0xFF, 0xFE][..], &le].concat()),
            Some((encoding_rs::UTF_16LE, true))
        );
        assert_eq!(utf16(b"plain text with one \0 NUL"), None);
        assert_eq!(utf16("“Hi”".as_bytes()), None);
        let mut items = VecDeque::new();
        read_owned(Path::new("a.txt"), be, Format::Text, &mut items);
        match &items.iter().collect::<Vec<_>>()[..] {
            [Item::Warning(ReadWarning::Utf16 { bom: false, .. }), Item::Document(d)] => {
                assert_eq!(d.text, "“Hi,” he said.")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_corpus_streamed_line_by_line_reads_as_the_whole_file() {
        let dir = std::env::temp_dir().join(format!("verbatim-read-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("c.jsonl");
        let mut corpus =
            b"\xEF\xBB\xBF{\"text\": \"one\"}\n\n{\"text\": \"two\", \"id\": 2}\r\n{bad\n".to_vec();
        corpus.extend_from_slice(b"{\"text\": \"caf\xe9\"}\n{\"text\": \"last\"}");
        std::fs::write(&path, &corpus).unwrap();
        let (docs, errors) = read_bytes(&path, &corpus);
        let streamed: Vec<Item> = Inputs::new(std::slice::from_ref(&path), Format::Text).collect();
        let (mut sdocs, mut serrors) = (Vec::new(), Vec::new());
        for item in streamed {
            match item {
                Item::Document(d) => sdocs.push(d),
                Item::Error(e) => serrors.push(e.to_string()),
                Item::Warning(w) => panic!("{w}"),
            }
        }
        assert_eq!(sdocs, docs);
        assert_eq!(serrors, messages(&errors));
        assert_eq!(sdocs.len(), 3);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    proptest::proptest! {
        /// Any bytes: a text file is its bytes (less a UTF-8 byte order mark) or an error at
        /// the first bad byte, unless they read as UTF-16; a corpus never panics and accounts
        /// for every non-blank line, as a document or as an error.
        #[test]
        fn any_bytes_read_or_fail_cleanly(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
            let (docs, errors) = read_bytes(Path::new("a.txt"), &bytes);
            let (body, base) = match bytes.strip_prefix(UTF8_BOM) {
                Some(rest) => (rest, 3),
                None => (&bytes[..], 0),
            };
            if utf16(&bytes).is_some() {
                proptest::prop_assert!(errors.is_empty() && docs.len() == 1);
            } else {
                match std::str::from_utf8(body) {
                    Ok(t) => proptest::prop_assert_eq!(&docs[0].text, t),
                    Err(e) => match &errors[..] {
                        [ReadError::NotUtf8 { offset, .. }] => proptest::prop_assert_eq!(*offset, base + e.valid_up_to()),
                        other => proptest::prop_assert!(false, "{:?}", other),
                    },
                }
            }
            if utf16(&bytes).is_none() {
                let (docs, errors) = read_bytes(Path::new("a.jsonl"), &bytes);
                let lines = body.split(|&b| b == b'\n').filter(|l| !l.iter().all(u8::is_ascii_whitespace)).count();
                proptest::prop_assert_eq!(docs.len() + errors.len(), lines);
            }
        }
    }
}
