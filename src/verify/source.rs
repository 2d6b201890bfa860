//! Sources: what was actually said, read from the files that record it.
//!
//! | file | read as | speaker | time |
//! |---|---|---|---|
//! | `.txt`, `.md` with labels | a transcript ([`crate::verify::transcript`]) | each label | time marks |
//! | `.txt`, `.md` without | a plain text (a prepared speech) | the one given for the file | – |
//! | `.vtt`, `.srt` | captions ([`crate::verify::captions`]) | voices, labels | each cue's start |
//! | `.html`, `.htm` | a saved transcript page: its text, as `extract` reads pages | labels | time marks |
//! | a directory | every such file below it, in path order | its `verbatim.toml` `[sources]` | |
//!
//! A source's one speaker is given as `NAME=PATH` on the command line (`--source "Donald
//! Trump=speech.txt"`, a directory too) or in the `[sources]` table of the `verbatim.toml`
//! beside it; a label in the file wins over both. Offsets are bytes of the file's text (of the
//! page's text for a saved page), so a report can point at the line.

use crate::compare::align::SpeakerKey;
use crate::compare::manifest::{self, Manifest};
use crate::compare::model::Problem;
use crate::compare::{problem_of, read_manifest};
use crate::error::ReadError;
use crate::read::{read_bytes_as, Format};
use crate::verify::transcript::Turn;
use crate::verify::{captions, transcript};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// How a source was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Transcript,
    WebVtt,
    Srt,
    Page,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Transcript => "transcript",
            Kind::WebVtt => "webvtt",
            Kind::Srt => "srt",
            Kind::Page => "page",
        }
    }
}

/// One source, read.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path as given (or found in a directory).
    pub name: String,
    pub text: String,
    pub kind: Kind,
    /// The spoken stretches in order, each with its speaker and time.
    pub turns: Vec<Turn>,
    /// How the file was decoded: `utf-8`, or `windows-1252` for a file that is not UTF-8
    /// (offsets are then into the decoded text).
    pub encoding: &'static str,
}

impl Source {
    /// Reads a source's text as `kind` says, or as its content says (a `WEBVTT` header, labels).
    pub fn new(name: &str, text: String, ext: &str, speaker: Option<&str>) -> Source {
        let ext = ext.to_ascii_lowercase();
        let (kind, mut turns) = if ext == "vtt" || text.trim_start().starts_with("WEBVTT") {
            (Kind::WebVtt, captions::read(&text))
        } else if ext == "srt" {
            (Kind::Srt, captions::read(&text))
        } else {
            // A file given one speaker is that speaker's text; its labels (questioners,
            // interjections) hold for their paragraph only.
            let turns =
                transcript::read_scoped(&text, speaker.is_some_and(|s| !s.trim().is_empty()));
            let labelled = turns.iter().any(|t| t.speaker.is_some());
            let kind = match (ext.as_str(), labelled) {
                ("html" | "htm", _) => Kind::Page,
                (_, true) => Kind::Transcript,
                (_, false) => Kind::Text,
            };
            (kind, turns)
        };
        if let Some(s) = speaker.map(str::trim).filter(|s| !s.is_empty()) {
            for t in turns.iter_mut() {
                // An interview's "A:" is the one speaker named for the file, "Q:" the
                // interviewer.
                let role = t.speaker.as_deref().map(str::to_lowercase);
                match role.as_deref() {
                    None | Some("a" | "answer") => t.speaker = Some(s.to_string()),
                    Some("q" | "question") => t.speaker = Some("Interviewer".to_string()),
                    _ => {}
                }
            }
        }
        one_name_each(&mut turns);
        Source {
            name: name.to_string(),
            text,
            kind,
            turns,
            encoding: "utf-8",
        }
    }

    /// The spoken words between two byte offsets: its turns' words, joined by a space where
    /// labels, cue timings or stage directions stood between them.
    pub fn spoken(&self, range: std::ops::Range<usize>) -> String {
        let k = self.turns.partition_point(|t| t.range.end <= range.start);
        let mut parts: Vec<&str> = Vec::new();
        for t in &self.turns[k..] {
            if t.range.start >= range.end {
                break;
            }
            let (a, b) = (t.range.start.max(range.start), t.range.end.min(range.end));
            if a < b {
                parts.push(self.text[a..b].trim());
            }
        }
        parts.join(" ")
    }

    /// The speakers, in the order they first speak.
    pub fn speakers(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for t in &self.turns {
            if let Some(s) = &t.speaker {
                if !out.contains(s) {
                    out.push(s.clone());
                }
            }
        }
        out
    }
}

/// A transcript names a speaker in full once ("HELEN MARSH:") and by surname after ("MARSH:"):
/// every label of one person becomes the fullest of them, so that a report and the speaker
/// list name each person once. Labels of two people who share a surname ("ANNA BRUNNER",
/// "LUKAS BRUNNER") stay apart, and so does a bare surname then.
fn one_name_each(turns: &mut [Turn]) {
    let mut names: Vec<String> = Vec::new();
    for t in turns.iter() {
        if let Some(s) = &t.speaker {
            if !names.contains(s) {
                names.push(s.clone());
            }
        }
    }
    let keys: Vec<SpeakerKey> = names.iter().map(|n| SpeakerKey::from_name(n)).collect();
    let mut rename: HashMap<String, String> = HashMap::new();
    for (k, key) in keys.iter().enumerate() {
        if !key.is_known() {
            continue;
        }
        let same: Vec<usize> = (0..names.len())
            .filter(|&j| keys[j].is_known() && keys[j].matches(key))
            .collect();
        // Only when the matches agree among themselves (one person).
        let one_person = same
            .iter()
            .all(|&a| same.iter().all(|&b| keys[a].matches(&keys[b])));
        if !one_person {
            continue;
        }
        let fullest = same
            .iter()
            .max_by_key(|&&j| (keys[j].aliases.len(), names[j].len(), std::cmp::Reverse(j)))
            .copied()
            .unwrap_or(k);
        if fullest != k {
            rename.insert(names[k].clone(), names[fullest].clone());
        }
    }
    for t in turns.iter_mut() {
        if let Some(new) = t.speaker.as_ref().and_then(|s| rename.get(s)) {
            t.speaker = Some(new.clone());
        }
    }
}

/// A `--source` argument: a path, with the speaker of the whole file when given as NAME=PATH.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spec {
    pub path: PathBuf,
    pub speaker: Option<String>,
}

impl Spec {
    /// `PATH` or `NAME=PATH`. A path that exists as written is a path, even with a `=` in it.
    pub fn parse(arg: &str) -> Spec {
        if let Some((name, path)) = arg.split_once('=') {
            if !Path::new(arg).exists() && !name.trim().is_empty() && !path.is_empty() {
                return Spec {
                    path: PathBuf::from(path),
                    speaker: Some(name.trim().to_string()),
                };
            }
        }
        Spec {
            path: PathBuf::from(arg),
            speaker: None,
        }
    }
}

/// The extensions a source directory is searched for.
const EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "vtt", "srt", "html", "htm"];

/// Everything the `--source` arguments name: the sources, the manifests' speakers' languages
/// (merged), and the problems met (each naming its file).
pub fn load(specs: &[Spec]) -> (Vec<Source>, Manifest, Vec<Problem>) {
    let mut sources = Vec::new();
    let mut problems = Vec::new();
    let mut merged = Manifest::default();
    let mut seen: HashMap<PathBuf, Option<String>> = HashMap::new();
    for spec in specs {
        let meta = match std::fs::metadata(&spec.path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                problems.push(problem_of(&ReadError::NotFound {
                    path: spec.path.clone(),
                }));
                continue;
            }
            Err(source) => {
                problems.push(problem_of(&ReadError::Io {
                    path: spec.path.clone(),
                    source,
                }));
                continue;
            }
        };
        let files: Vec<PathBuf> = if meta.is_dir() {
            let mut files = Vec::new();
            walk(&spec.path, &mut files, &mut problems);
            if files.is_empty() {
                problems.push(Problem {
                    path: spec.path.display().to_string(),
                    line: None,
                    column: None,
                    message: format!(
                        "no source found in this directory or below (verify reads .{})",
                        EXTENSIONS.join(", .")
                    ),
                });
            }
            files
        } else {
            vec![spec.path.clone()]
        };
        let mut manifests: BTreeMap<PathBuf, Manifest> = BTreeMap::new();
        for file in files {
            let key = file.canonicalize().unwrap_or_else(|_| file.clone());
            match seen.get(&key) {
                Some(before) if *before != spec.speaker => {
                    problems.push(Problem {
                        path: file.display().to_string(),
                        line: None,
                        column: None,
                        message: format!(
                            "given twice with different speakers ({} and {}); give each file one speaker",
                            before.as_deref().unwrap_or("none"),
                            spec.speaker.as_deref().unwrap_or("none")
                        ),
                    });
                    continue;
                }
                Some(_) => continue,
                None => {
                    seen.insert(key, spec.speaker.clone());
                }
            }
            let dir = file.parent().map(Path::to_path_buf).unwrap_or_default();
            let m = manifests.entry(dir.clone()).or_insert_with(|| {
                let m = read_manifest(&dir, &mut problems).unwrap_or_default();
                for (k, v) in &m.speakers {
                    merged
                        .speakers
                        .entry(k.clone())
                        .or_insert_with(|| v.clone());
                }
                if merged.language.is_none() {
                    merged.language = m.language.clone();
                }
                m
            });
            let listed = file
                .file_name()
                .and_then(|n| m.sources.get(n.to_string_lossy().as_ref()))
                .cloned();
            let speaker = spec.speaker.clone().or(listed);
            match read(&file, speaker.as_deref()) {
                Ok(s) => sources.push(s),
                Err(e) => problems.push(problem_of(&e)),
            }
        }
        // A `[sources]` entry naming no file is a broken configuration: say so.
        for (dir, m) in &manifests {
            for name in m.sources.keys() {
                if !dir.join(name).exists() {
                    problems.push(Problem {
                        path: dir.join(manifest::FILE_NAME).display().to_string(),
                        line: None,
                        column: None,
                        message: format!(
                            "[sources] names {name:?}, which is not in {}",
                            dir.display()
                        ),
                    });
                }
            }
        }
    }
    (sources, merged, problems)
}

/// Reads one source file.
pub fn read(path: &Path, speaker: Option<&str>) -> Result<Source, ReadError> {
    let bytes = std::fs::read(path).map_err(|source| ReadError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let format = if matches!(ext.as_str(), "html" | "htm") {
        Format::Html
    } else {
        Format::Text
    };
    let mut encoding = "utf-8";
    let text = if format == Format::Text {
        let utf16 = match bytes.get(..2) {
            Some([0xff, 0xfe]) => Some(encoding_rs::UTF_16LE),
            Some([0xfe, 0xff]) => Some(encoding_rs::UTF_16BE),
            _ => None,
        };
        let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
        if let Some(enc) = utf16 {
            encoding = if enc == encoding_rs::UTF_16LE {
                "utf-16le"
            } else {
                "utf-16be"
            };
            let (t, _) = enc.decode_with_bom_removal(bytes);
            let mut source =
                Source::new(&path.display().to_string(), t.into_owned(), &ext, speaker);
            source.encoding = encoding;
            return Ok(source);
        }
        match std::str::from_utf8(bytes) {
            Ok(t) => t.to_string(),
            Err(_) if !bytes.contains(&0) => {
                // Windows-1252 gives every byte a character; a file with NUL bytes is
                // UTF-16 or binary, and is refused below as invalid UTF-8.
                encoding = "windows-1252";
                let (t, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
                t.into_owned()
            }
            Err(_) => {
                let at = bytes.iter().position(|&b| b == 0).unwrap_or(0);
                return Err(ReadError::Invalid {
                    path: path.to_path_buf(),
                    line: 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count(),
                    message: format!(
                        "a NUL byte at byte {at}: this is UTF-16 without a byte order mark, or not text; \
                         convert it (for example `iconv -f UTF-16 -t UTF-8`)"
                    ),
                });
            }
        }
    } else {
        let (mut docs, mut errors) = read_bytes_as(path, &bytes, format);
        if let Some(e) = errors.pop() {
            return Err(e);
        }
        docs.pop()
            .ok_or_else(|| ReadError::Invalid {
                path: path.to_path_buf(),
                line: 1,
                message: "nothing to read".into(),
            })?
            .text
    };
    let mut source = Source::new(&path.display().to_string(), text, &ext, speaker);
    source.encoding = encoding;
    if source.turns.is_empty() {
        return Err(ReadError::Invalid {
            path: path.to_path_buf(),
            line: 1,
            message:
                "no spoken words found in this source (only labels, times or stage directions)"
                    .into(),
        });
    }
    Ok(source)
}

/// The source files below `dir`, sorted by path, hidden entries and files that are not
/// regular (FIFOs, sockets, devices) skipped, the latter with a warning.
fn walk(dir: &Path, files: &mut Vec<PathBuf>, problems: &mut Vec<Problem>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(source) => {
            return problems.push(problem_of(&ReadError::Io {
                path: dir.to_path_buf(),
                source,
            }))
        }
    };
    let mut paths: Vec<(PathBuf, bool)> = entries
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| (e.path(), e.file_type().map(|t| t.is_dir()).unwrap_or(false)))
        .collect();
    paths.sort();
    for (path, is_dir) in paths {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        if is_dir {
            walk(&path, files, problems);
        } else if EXTENSIONS.contains(&ext.as_str()) {
            // A FIFO, socket or device named like a transcript would block the read or never
            // end: skipped, and said so (as the articles' reader does).
            match std::fs::metadata(&path) {
                Ok(m) if m.is_file() => files.push(path),
                Ok(_) => crate::error::warn(crate::error::ReadWarning::NotRegular { path }),
                Err(source) => problems.push(problem_of(&ReadError::Io { path, source })),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_name_a_speaker_or_not() {
        assert_eq!(
            Spec::parse("Donald Trump=speech.txt"),
            Spec {
                path: "speech.txt".into(),
                speaker: Some("Donald Trump".into())
            }
        );
        assert_eq!(Spec::parse("speech.txt").speaker, None);
    }

    #[test]
    fn the_given_speaker_fills_unlabelled_words_only() {
        let s = Source::new("a.txt", "Thank you.\n".into(), "txt", Some("Anna Brunner"));
        assert_eq!(s.kind, Kind::Text);
        assert_eq!(s.speakers(), ["Anna Brunner"]);
        let s = Source::new(
            "b.txt",
            "Intro words.\nMR. LEE: Yes.\nMS. PARK: No.\n".into(),
            "txt",
            Some("Host"),
        );
        assert_eq!(s.kind, Kind::Transcript);
        assert_eq!(s.speakers(), ["Host", "Mr. Lee", "Ms. Park"]);
    }

    #[test]
    fn an_interview_answers_in_the_given_name() {
        let text = "Interview with Dr. Mara Feld\nQ: Will schools close?\nA: No. Not now.\nQ: Why?\nA: Capacity.\n";
        let s = Source::new("i.txt", text.into(), "txt", Some("Mara Feld"));
        assert_eq!(s.speakers(), ["Mara Feld", "Interviewer"]);
    }

    #[test]
    fn one_person_one_name() {
        let text = "HELEN MARSH: Welcome.\nSEN. OKAFOR: Thanks.\nMARSH: Go on.\nOKAFOR: Yes.\nANNA BRUNNER: A.\nLUKAS BRUNNER: B.\nBRUNNER: C.\n";
        let s = Source::new("d.txt", text.into(), "txt", None);
        assert_eq!(
            s.speakers(),
            [
                "Helen Marsh",
                "Sen. Okafor",
                "Anna Brunner",
                "Lukas Brunner",
                "Brunner"
            ]
        );
    }
}
