//! The `verbatim extract` command line: output formats, inputs, errors and exit codes.
//!
//! The binary is run as a user would run it. Inputs that must be broken on purpose (a file
//! that is not UTF-8, a corpus with a bad line) are written at test time under the target
//! directory, each test in its own folder, and the commands run from there so that the paths
//! in messages are short and stable.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const SEEDS: [&str; 2] = [
    "fixtures/seeds/000_37dd129275a04f7f.txt",
    "fixtures/seeds/003_ca86489bad29b785.txt",
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh, empty folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run_in(dir: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_verbatim"))
        .args(args)
        .current_dir(dir)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    child.wait_with_output().unwrap()
}

fn out(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn err(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn snapshot(name: &str, value: &str) {
    insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!(name, value);
    });
}

fn extract_seeds(format: &str) -> String {
    let o = run_in(
        root(),
        &["extract", "--format", format, SEEDS[0], SEEDS[1]],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(err(&o), "");
    out(&o)
}

#[test]
fn text_format_over_the_seeds() {
    let text = extract_seeds("text");
    snapshot("extract_text_seeds", &text);
}

#[test]
fn json_format_over_the_seeds() {
    let json = extract_seeds("json");
    let v: serde_json::Value = serde_json::from_str(&json).expect("one JSON document");
    assert_eq!(v["schema"], "verbatim.extract/1");
    let files: Vec<&str> = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    assert_eq!(files, SEEDS);
    snapshot("extract_json_seeds", &json);
}

#[test]
fn jsonl_format_over_the_seeds() {
    let jsonl = extract_seeds("jsonl");
    // Every line is an object that starts with the file, and the quotation's byte offsets
    // point at its text in that file.
    for line in jsonl.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(line.starts_with("{\"file\":"), "{line}");
        let file = std::fs::read_to_string(root().join(v["file"].as_str().unwrap())).unwrap();
        let span =
            &file[v["start"].as_u64().unwrap() as usize..v["end"].as_u64().unwrap() as usize];
        assert!(span.contains(v["text"].as_str().unwrap()), "{line}");
    }
    snapshot("extract_jsonl_seeds", &jsonl);
}

#[test]
fn the_json_formats_agree() {
    let json: serde_json::Value = serde_json::from_str(&extract_seeds("json")).unwrap();
    let from_json: Vec<serde_json::Value> = json["documents"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| {
            d["quotes"].as_array().unwrap().iter().map(move |q| {
                let mut q = q.clone();
                q["file"] = d["file"].clone();
                q
            })
        })
        .collect();
    let from_jsonl: Vec<serde_json::Value> = extract_seeds("jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(from_json, from_jsonl);
}

#[test]
fn a_non_utf8_file_is_reported_and_the_other_file_still_printed() {
    let dir = scratch("cli_non_utf8");
    std::fs::write(
        dir.join("latin1.txt"),
        b"Line one.\nHe said \x93no\x94 twice.\n",
    )
    .unwrap();
    std::fs::write(dir.join("good.txt"), "“Yes,” she said.\n").unwrap();
    let o = run_in(&dir, &["extract", "latin1.txt", "good.txt"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        out(&o).starts_with("good.txt: 1 quotation\n"),
        "{}",
        out(&o)
    );
    assert!(
        err(&o).contains("latin1.txt:2: invalid UTF-8 at byte 18"),
        "{}",
        err(&o)
    );
    snapshot(
        "extract_non_utf8",
        &format!("--- stdout\n{}--- stderr\n{}", out(&o), err(&o)),
    );
}

#[test]
fn a_missing_file_is_reported_and_exits_2() {
    let dir = scratch("cli_missing");
    std::fs::write(dir.join("good.txt"), "“Yes,” she said.\n").unwrap();
    let o = run_in(
        &dir,
        &["extract", "--format", "jsonl", "nowhere.txt", "good.txt"],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        out(&o).lines().count(),
        1,
        "good.txt's quotation is still printed"
    );
    assert_eq!(
        err(&o),
        "verbatim: error: nowhere.txt: no such file or directory; check the spelling and the current directory\n"
    );
}

#[test]
fn a_dash_reads_standard_input() {
    let o = run_in(
        root(),
        &["extract", "--format", "jsonl", "-"],
        Some("Line one.\nShe called it “fake.”\n"),
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let v: serde_json::Value = serde_json::from_str(out(&o).trim_end()).unwrap();
    assert_eq!(
        (
            v["file"].as_str(),
            v["line"].as_u64(),
            v["column"].as_u64(),
            v["text"].as_str()
        ),
        (Some("<stdin>"), Some(2), Some(15), Some("fake."))
    );
}

#[test]
fn at_least_one_path_is_required() {
    let o = run_in(root(), &["extract"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("<PATH>..."), "{}", err(&o));
}

#[test]
fn a_directory_is_walked_in_order_skipping_hidden_files() {
    let dir = scratch("cli_tree");
    let tree = dir.join("tree");
    for sub in ["sub", ".git", "empty"] {
        std::fs::create_dir_all(tree.join(sub)).unwrap();
    }
    let files: [(&str, &[u8]); 8] = [
        ("b.txt", "“Bee,” he said.\n".as_bytes()),
        ("a.md", "# A\n\n“Ay,” she said.\n".as_bytes()),
        ("notes.csv", b"\"not\",\"read\"\n"),
        ("page.html", b"<p>\"Hi\"</p>\n"),
        (".hidden.txt", "“Hidden,” they said.\n".as_bytes()),
        (".git/x.txt", "“Git,” it said.\n".as_bytes()),
        (
            "sub/corpus.jsonl",
            concat!(
                "{\"id\": \"one\", \"outlet\": \"AP\", \"text\": \"\\u201cOne,\\u201d said Al.\"}\n",
                "{\"text\": \"no id: \\u201cTwo\\u201d\"}\n",
                "{\"text\": \"cut short\n",
                "{\"id\": \"three\", \"text\": \"\\u201cThree\\u201d\"}\n",
            )
            .as_bytes(),
        ),
        ("sub/c.text", "Just words.\n".as_bytes()),
    ];
    for (name, bytes) in files {
        std::fs::write(tree.join(name), bytes).unwrap();
    }
    let o = run_in(&dir, &["extract", "tree"], None);
    assert_eq!(o.status.code(), Some(2));
    let stdout = out(&o);
    let headers: Vec<&str> = stdout.lines().filter(|l| l.starts_with("tree/")).collect();
    assert_eq!(
        headers,
        [
            "tree/a.md: 1 quotation",
                        "tree/b.txt: 1 quotation",
            "tree/page.html: 1 quotation, 1 not speech (×) (offsets into the text extracted from the page: see --show-text)",
            "tree/sub/c.text: no quotations",
            "tree/sub/corpus.jsonl#one: 1 quotation",
            // A lone title-case word in quotes is a heading or a title, not speech.
            "tree/sub/corpus.jsonl#2: 1 quotation, 1 not speech (×)",
            "tree/sub/corpus.jsonl#three: 1 quotation, 1 not speech (×)",
        ]
    );
    snapshot("extract_tree_stderr", &err(&o));
}

#[test]
fn a_directory_without_readable_files_is_an_error() {
    let dir = scratch("cli_empty_dir");
    std::fs::create_dir_all(dir.join("empty")).unwrap();
    std::fs::write(dir.join("empty/data.csv"), "a,b\n").unwrap();
    let o = run_in(&dir, &["extract", "empty"], None);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        err(&o),
        "verbatim: error: empty: no .txt, .text, .md, .markdown or .jsonl file found in this directory or below\n"
    );
}

#[test]
fn output_is_the_same_from_run_to_run() {
    // Extraction runs in parallel; the order of the output must not depend on it.
    let args = ["extract", "--format", "jsonl", SEEDS[1], SEEDS[0], SEEDS[1]];
    let first = out(&run_in(root(), &args, None));
    for _ in 0..3 {
        assert_eq!(out(&run_in(root(), &args, None)), first);
    }
    let files: Vec<String> = first
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["file"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let boundaries: Vec<&String> = files.iter().fold(Vec::new(), |mut v, f| {
        if v.last() != Some(&f) {
            v.push(f);
        }
        v
    });
    assert_eq!(boundaries, [SEEDS[1], SEEDS[0], SEEDS[1]]);
}

#[test]
fn verify_help() {
    let o = run_in(root(), &["verify", "--help"], None);
    assert_eq!(o.status.code(), Some(0));
    snapshot("verify_help", &out(&o));
}

#[test]
fn extract_help() {
    let o = run_in(root(), &["extract", "--help"], None);
    assert_eq!(o.status.code(), Some(0));
    snapshot("extract_help", &out(&o));
}

/// A saved page: offsets point into the extracted text that `--show-text` prints, the
/// output says so, and the page's metadata comes through.
#[test]
fn a_web_page_is_read_and_its_offsets_point_into_the_shown_text() {
    let page = "fixtures/html/meridian_sheinbaum.html";
    let shown = run_in(root(), &["extract", "--show-text", page], None);
    assert!(shown.status.success());
    let text = out(&shown);
    let json = run_in(root(), &["extract", "--format", "json", page], None);
    let v: serde_json::Value = serde_json::from_str(&out(&json)).unwrap();
    let doc = &v["documents"][0];
    assert_eq!(doc["offsets"], "extracted-text");
    assert!(doc["outlet"].is_string(), "the page's outlet: {doc}");
    let quotes = doc["quotes"].as_array().unwrap();
    assert!(!quotes.is_empty());
    for q in quotes {
        let (s, e) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        assert!(text[s..e].contains(q["text"].as_str().unwrap()), "{q}");
    }
    // The same page on standard input, read as HTML, gives the same quotations.
    let html = std::fs::read_to_string(root().join(page)).unwrap();
    let piped = run_in(
        root(),
        &["extract", "--format", "json", "--input-format", "html", "-"],
        Some(&html),
    );
    let w: serde_json::Value = serde_json::from_str(&out(&piped)).unwrap();
    assert_eq!(w["documents"][0]["quotes"], doc["quotes"]);
}

#[test]
fn only_changed_hides_statements_every_outlet_quotes_alike() {
    let all = run_in(root(), &["compare", "fixtures/sets/seeds/"], None);
    let changed = run_in(
        root(),
        &["compare", "--only-changed", "fixtures/sets/seeds/"],
        None,
    );
    // Trump's question is quoted alike by both outlets: shown without the flag only.
    let question = "How can we help you fight drug trafficking?";
    assert!(out(&all).contains(question), "{}", out(&all));
    assert!(!out(&changed).contains(question), "{}", out(&changed));
    // The summary and the exit code still count every statement.
    assert_eq!(out(&all).lines().next(), out(&changed).lines().next());
    assert_eq!(all.status.code(), changed.status.code());
}
