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
fn without_a_path_or_piped_input_extract_says_what_to_give() {
    // Standard input is /dev/null here, as under cron or CI: nothing to read.
    let o = run_in(root(), &["extract"], None);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(out(&o), "");
    assert_eq!(
        err(&o),
        "verbatim: error: no input: name files or directories (`verbatim extract article.txt`), \
         or pipe text in (`cat article.txt | verbatim extract`)\n"
    );
}

#[test]
fn without_a_path_extract_reads_piped_standard_input() {
    let o = run_in(
        root(),
        &["extract", "--format", "jsonl"],
        Some("She called it “fake.”\n"),
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let v: serde_json::Value = serde_json::from_str(out(&o).trim_end()).unwrap();
    assert_eq!(v["file"], "<stdin>");
    assert_eq!(v["text"], "fake.");
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
        "verbatim: error: empty: no .txt, .text, .md, .markdown, .jsonl, .html or .htm file found in this directory or below\n"
    );
}

#[test]
fn output_is_the_same_from_run_to_run() {
    // Extraction runs in parallel; the order of the output must not depend on it. A path
    // named twice is read once, in its first place.
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
    assert_eq!(boundaries, [SEEDS[1], SEEDS[0]]);
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

/// Runs with exactly these colour variables set (whatever the environment of the tests).
fn run_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_verbatim"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR")
        .env_remove("CLICOLOR_FORCE")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// Two articles quoting one statement differently, in a folder of their own.
fn two_articles(dir: &Path) {
    std::fs::write(
        dir.join("ap.txt"),
        "“We will never accept troops on our soil,” Claudia Sheinbaum said.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("wire.txt"),
        "“We will accept troops on our soil,” Claudia Sheinbaum said.\n",
    )
    .unwrap();
}

/// Errors in what was asked stop compare before any report, exit 2, each said once.
#[test]
fn compare_stops_before_any_report_on_a_mistake_in_what_was_asked() {
    let dir = scratch("cli_compare_policy");
    let set = dir.join("set");
    std::fs::create_dir_all(&set).unwrap();
    two_articles(&set);
    let mut seen = String::new();
    let cases: [(&str, &[&str], Option<&str>); 6] = [
        (
            "unknown key",
            &["compare", "set"],
            Some("outlett = \"AP\"\n"),
        ),
        ("malformed", &["compare", "set"], Some("[outlets\n")),
        (
            "file not in the folder",
            &["compare", "set"],
            Some("[outlets]\n\"gone.txt\" = \"AP\"\n"),
        ),
        (
            "--outlet naming no input",
            &["compare", "--outlet", "AP=set/elsewhere.txt", "set"],
            None,
        ),
        (
            "--reference naming no outlet",
            &["compare", "--reference", "Reuters", "set"],
            None,
        ),
        (
            "--translated naming nobody",
            &["compare", "--translated", "Donald Trump", "set"],
            None,
        ),
    ];
    for (what, args, manifest) in cases {
        match manifest {
            Some(m) => std::fs::write(set.join("verbatim.toml"), m).unwrap(),
            None => {
                let _ = std::fs::remove_file(set.join("verbatim.toml"));
            }
        }
        for format in ["text", "json"] {
            let mut args = args.to_vec();
            args.extend(["--format", format]);
            let o = run_in(&dir, &args, None);
            assert_eq!(o.status.code(), Some(2), "{what}: {}", err(&o));
            assert_eq!(out(&o), "", "{what}: no report");
            assert_eq!(err(&o).lines().count(), 1, "{what}: {}", err(&o));
            assert!(err(&o).starts_with("verbatim: error: "), "{what}");
            if format == "text" {
                seen.push_str(&format!("{what}:\n{}", err(&o)));
            }
        }
    }
    // Without the mistakes the same set compares (the critical change exits 1).
    let _ = std::fs::remove_file(set.join("verbatim.toml"));
    let o = run_in(&dir, &["compare", "set", "--translated", "Sheinbaum"], None);
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert!(out(&o).starts_with("verbatim compare: 2 articles"));
    snapshot("compare_stops_on_a_mistake", &seen);
}

#[test]
fn compare_with_every_input_missing_says_each_once_and_draws_no_report() {
    let dir = scratch("cli_compare_missing");
    let o = run_in(&dir, &["compare", "nope1.txt", "nope2.txt"], None);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(out(&o), "");
    assert_eq!(
        err(&o),
        "verbatim: error: nope1.txt: no such file or directory; check the spelling and the current directory\n\
         verbatim: error: nope2.txt: no such file or directory; check the spelling and the current directory\n"
    );
    let o = run_in(&dir, &["compare", "nowhere/"], None);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(out(&o), "");
    assert_eq!(err(&o).lines().count(), 1, "{}", err(&o));
    // One article read: no report over it either, and the reason is said.
    two_articles(&dir);
    let o = run_in(&dir, &["compare", "ap.txt", "ap.txt"], None);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(out(&o), "");
    assert_eq!(
        err(&o),
        "verbatim: error: articles: needs two or more articles, got 1: give files, a directory, or a .jsonl corpus\n"
    );
    // One of three missing: the report of the two others, and the error.
    let o = run_in(&dir, &["compare", "ap.txt", "wire.txt", "gone.txt"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(out(&o).starts_with("verbatim compare: 2 articles"));
    assert!(err(&o).starts_with("verbatim: error: gone.txt: no such file"));
}

#[test]
fn extract_json_lists_unreadable_inputs_as_problems() {
    let dir = scratch("cli_extract_problems");
    std::fs::write(dir.join("good.txt"), "“Yes,” she said.\n").unwrap();
    std::fs::write(dir.join("c.jsonl"), "{\"text\": \"ok\"}\n{\"text\": \n").unwrap();
    let o = run_in(
        &dir,
        &[
            "extract",
            "--format",
            "json",
            "nowhere.txt",
            "good.txt",
            "c.jsonl",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    assert_eq!(v["documents"].as_array().unwrap().len(), 2);
    assert_eq!(
        v["problems"],
        serde_json::json!([
            {"path": "nowhere.txt", "line": null, "column": null,
             "message": "no such file or directory; check the spelling and the current directory"},
            {"path": "c.jsonl", "line": 2, "column": 9, "message": "bad JSON: EOF while parsing a value"},
        ])
    );
    // Nothing readable: still one JSON document, with no documents.
    let o = run_in(&dir, &["extract", "--format", "json", "nowhere.txt"], None);
    assert_eq!(o.status.code(), Some(2));
    snapshot("extract_json_problems_only", &out(&o));
}

#[test]
fn eval_on_a_file_that_is_not_json_lines_says_so_once() {
    let o = run_in(root(), &["eval", "README.md"], None);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(out(&o), "");
    assert_eq!(
        err(&o),
        "verbatim: error: README.md:1:1: not a JSON Lines file (line 1 is not JSON: expected value); \
         `verbatim eval` reads a gold corpus, one JSON object a line with \"id\", \"text\" and \"quotes\"\n"
    );
}

#[test]
fn one_bad_gold_line_is_counted_in_the_singular() {
    let dir = scratch("cli_eval_singular");
    let mut gold = std::fs::read_to_string(root().join("fixtures/eval/tiny-gold.jsonl")).unwrap();
    gold.push_str("{\"id\": \"broken\"\n");
    std::fs::write(dir.join("gold.jsonl"), gold).unwrap();
    let o = run_in(&dir, &["eval", "gold.jsonl"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).ends_with(
            "verbatim: error: 1 line could not be read and is left out of the figures\n"
        ),
        "{}",
        err(&o)
    );
}

#[test]
fn a_path_named_twice_or_also_found_in_a_directory_is_read_once() {
    let dir = scratch("cli_twice");
    std::fs::create_dir_all(dir.join("tree")).unwrap();
    std::fs::write(dir.join("tree/a.txt"), "“Yes,” she said.\n").unwrap();
    std::fs::write(dir.join("tree/b.txt"), "“No,” he said.\n").unwrap();
    let o = run_in(
        &dir,
        &[
            "extract",
            "tree/a.txt",
            "./tree/a.txt",
            "tree",
            "tree/../tree/b.txt",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let stdout = out(&o);
    let headers: Vec<&str> = stdout
        .lines()
        .filter(|l| l.contains(": 1 quotation"))
        .map(|l| l.split(':').next().unwrap())
        .collect();
    assert_eq!(headers, ["tree/a.txt", "tree/b.txt"]);
}

/// UTF-16 (with or without a byte order mark) is read, with a warning that says what it is;
/// a UTF-8 byte order mark is dropped, so the first quotation starts at column 1; NUL bytes
/// are warned about.
#[test]
fn encodings_are_told_and_read() {
    let dir = scratch("cli_encodings");
    let text = "“Yes,” she said.\n";
    let utf16le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let utf16be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let files: [(&str, Vec<u8>); 6] = [
        ("le-bom.txt", [&[0xFF, 0xFE][..], &utf16le].concat()),
        ("be-bom.txt", [&[0xFE, 0xFF][..], &utf16be].concat()),
        ("le.txt", utf16le.clone()),
        ("be.txt", utf16be.clone()),
        ("bom.txt", [b"\xEF\xBB\xBF", text.as_bytes()].concat()),
        ("plain.txt", text.as_bytes().to_vec()),
    ];
    let mut names = Vec::new();
    for (name, bytes) in &files {
        std::fs::write(dir.join(name), bytes).unwrap();
        names.push(*name);
    }
    std::fs::write(dir.join("nul.txt"), "“Yes,” she said.\n\0\0").unwrap();
    names.push("nul.txt");
    let mut args = vec!["extract", "--format", "jsonl"];
    args.extend(&names);
    let o = run_in(&dir, &args, None);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let quotes: Vec<serde_json::Value> = out(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(quotes.len(), names.len());
    for q in &quotes {
        assert_eq!(
            (
                &q["text"],
                &q["kind"],
                &q["line"],
                &q["column"],
                &q["start"]
            ),
            (
                &serde_json::json!("Yes,"),
                &serde_json::json!("direct"),
                &serde_json::json!(1),
                &serde_json::json!(1),
                &serde_json::json!(0)
            ),
            "{q}"
        );
        assert_eq!(q["speaker"]["mention"]["text"], "she", "{q}");
    }
    snapshot("extract_encodings_stderr", &err(&o));
    // --quiet: the same output, no warnings; errors are still told.
    let mut quiet = vec!["-q"];
    quiet.extend(&args);
    quiet.push("missing.txt");
    let q = run_in(&dir, &quiet, None);
    assert_eq!(q.status.code(), Some(2));
    assert_eq!(out(&q), out(&o));
    assert_eq!(
        err(&q),
        "verbatim: error: missing.txt: no such file or directory; check the spelling and the current directory\n"
    );
}

/// Front matter after a UTF-8 byte order mark still names the outlet.
#[test]
fn front_matter_after_a_byte_order_mark_is_read() {
    let dir = scratch("cli_bom_front_matter");
    for (file, outlet, words) in [
        ("a.txt", "El Diario", "never accept"),
        ("b.txt", "La Jornada", "accept"),
    ] {
        let body = format!("\u{feff}---\noutlet: {outlet}\n---\n“We will {words} troops,” Claudia Sheinbaum said.\n");
        std::fs::write(dir.join(file), body).unwrap();
    }
    let o = run_in(
        &dir,
        &["compare", "--format", "json", "a.txt", "b.txt"],
        None,
    );
    assert_ne!(o.status.code(), Some(2), "{}", err(&o));
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    let outlets: Vec<(&str, &str)> = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["outlet"].as_str().unwrap(),
                a["outlet_from"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        outlets,
        [("El Diario", "metadata"), ("La Jornada", "metadata")]
    );
}

/// Runs verbatim in `dir`, failing the test if it has not ended after 30 s (blocked on a FIFO).
#[cfg(unix)]
fn run_unblocked(dir: &Path, args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_verbatim"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > std::time::Duration::from_secs(30) {
            child.kill().unwrap();
            panic!("verbatim blocked on the FIFO");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// Makes a FIFO at `path`.
#[cfg(unix)]
fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success());
}

/// A FIFO named like an article in a directory is skipped with a warning; reading it would
/// wait for a writer forever.
#[cfg(unix)]
#[test]
fn a_fifo_in_a_directory_is_skipped_with_a_warning() {
    let dir = scratch("cli_fifo");
    std::fs::create_dir_all(dir.join("tree")).unwrap();
    std::fs::write(dir.join("tree/a.txt"), "“Yes,” she said.\n").unwrap();
    mkfifo(&dir.join("tree/pipe.txt"));
    let o = run_unblocked(&dir, &["extract", "tree"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(
        out(&o).starts_with("tree/a.txt: 1 quotation\n"),
        "{}",
        out(&o)
    );
    assert!(!out(&o).contains("pipe.txt"), "{}", out(&o));
    assert_eq!(
        err(&o),
        "verbatim: warning: tree/pipe.txt: not a regular file (a FIFO, socket or device), skipped; \
         name it on the command line to read it\n"
    );
}

/// So is a FIFO among the sources that `verify` reads from a directory.
#[cfg(unix)]
#[test]
fn a_fifo_among_the_sources_is_skipped_with_a_warning() {
    let dir = scratch("cli_fifo_sources");
    std::fs::create_dir_all(dir.join("sources")).unwrap();
    std::fs::write(
        dir.join("sources/speech.txt"),
        "ANNA RUIZ: We will never sell the port.\n",
    )
    .unwrap();
    mkfifo(&dir.join("sources/pipe.txt"));
    std::fs::write(
        dir.join("a.txt"),
        "“We will never sell the port,” Anna Ruiz said.\n",
    )
    .unwrap();
    let o = run_unblocked(&dir, &["verify", "--source", "sources", "a.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}{}", out(&o), err(&o));
    assert!(out(&o).contains("verbatim"), "{}", out(&o));
    assert_eq!(
        err(&o),
        "verbatim: warning: sources/pipe.txt: not a regular file (a FIFO, socket or device), \
         skipped; name it on the command line to read it\n"
    );
}

#[test]
fn color_is_chosen_by_the_flag_or_no_color() {
    let dir = scratch("cli_color");
    let args = |when: &'static str| ["--color", when, "extract", "nowhere.txt"];
    let red = "\u{1b}[1m\u{1b}[31merror:\u{1b}[0m";
    // Standard error is a pipe here: auto means no colour, always forces it.
    let auto = run_env(&dir, &["extract", "nowhere.txt"], &[]);
    assert!(!err(&auto).contains('\u{1b}'), "{}", err(&auto));
    let always = run_env(&dir, &args("always"), &[]);
    assert!(err(&always).starts_with(&format!("verbatim: {red} nowhere.txt")));
    let never = run_env(&dir, &args("never"), &[("CLICOLOR_FORCE", "1")]);
    assert!(!err(&never).contains('\u{1b}'), "{}", err(&never));
    // CLICOLOR_FORCE asks for colour even in a pipe; NO_COLOR wins over it.
    let forced = run_env(
        &dir,
        &["extract", "nowhere.txt"],
        &[("CLICOLOR_FORCE", "1")],
    );
    assert!(err(&forced).contains(red), "{}", err(&forced));
    let no_color = run_env(
        &dir,
        &["extract", "nowhere.txt"],
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")],
    );
    assert!(!err(&no_color).contains('\u{1b}'), "{}", err(&no_color));
    // clap's own messages follow the flag too.
    let usage = run_env(&dir, &["--color", "always", "extract", "--nope"], &[]);
    assert_eq!(usage.status.code(), Some(2));
    assert!(err(&usage).contains('\u{1b}'), "{}", err(&usage));
    let usage = run_env(
        &dir,
        &["--color=never", "extract", "--nope"],
        &[("CLICOLOR_FORCE", "1")],
    );
    assert!(!err(&usage).contains('\u{1b}'), "{}", err(&usage));
    // The flag goes after the subcommand too (global).
    let after = run_env(&dir, &["extract", "--color", "always", "nowhere.txt"], &[]);
    assert!(err(&after).contains(red));
    // A compare report in colour, and plain.
    let seeds = "fixtures/sets/seeds/";
    let coloured = run_env(root(), &["--color", "always", "compare", seeds], &[]);
    assert!(out(&coloured).contains('\u{1b}'));
    let plain = run_env(root(), &["--color", "never", "compare", seeds], &[]);
    assert!(!out(&plain).contains('\u{1b}'));
}

#[test]
fn completions_for_each_shell() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let o = run_in(root(), &["completions", shell], None);
        assert_eq!(o.status.code(), Some(0), "{shell}: {}", err(&o));
        let script = out(&o);
        for word in ["verbatim", "extract", "compare", "format", "quiet", "color"] {
            assert!(script.contains(word), "{shell} lacks {word}");
        }
    }
    let o = run_in(root(), &["completions", "tcsh"], None);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn man_prints_a_roff_page() {
    let o = run_in(root(), &["man"], None);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let page = out(&o);
    assert!(
        page.starts_with(".ie \\n(.g .ds Aq \\(aq"),
        "{}",
        &page[..80]
    );
    assert!(page.contains(".TH verbatim 1"), "{page}");
    for word in ["extract", "compare", "verify", "\\-\\-color", "\\-\\-quiet"] {
        assert!(page.contains(word), "the page lacks {word}");
    }
}

#[test]
fn top_level_help() {
    let o = run_in(root(), &["--help"], None);
    assert_eq!(o.status.code(), Some(0));
    snapshot("verbatim_help", &out(&o));
}

/// A corpus of `n` short articles, each quoting someone, some with a bad line between.
fn corpus(n: usize) -> String {
    (0..n)
        .map(|i| {
            if i % 97 == 50 {
                "{\"text\": \"cut\n".to_string()
            } else {
                format!(
                    "{{\"id\": \"a{i}\", \"text\": \"Line {i}.\\n\\u201cWe said {i} things,\\u201d Maria Lopez told reporters. \\u201cNo.\\u201d\"}}\n"
                )
            }
        })
        .collect()
}

/// Read, extracted and written in batches, the output is byte for byte what the library
/// renders over all the documents at once, in every format.
#[test]
fn a_corpus_in_batches_prints_as_one_render_would() {
    let dir = scratch("cli_batches");
    std::fs::write(dir.join("big.jsonl"), corpus(1300)).unwrap();
    std::fs::write(dir.join("one.txt"), "“Yes,” she said.\n").unwrap();
    // Absolute paths, so that the library and the binary name the documents alike.
    let paths = [dir.join("one.txt"), dir.join("big.jsonl")];
    let (docs, errors) = verbatim::read::read_inputs(&paths);
    let bad = (0..1300).filter(|i| i % 97 == 50).count();
    assert_eq!(errors.len(), bad);
    let results: Vec<_> = docs
        .into_iter()
        .map(|d| {
            let found = verbatim::extract::extract(&d.text);
            (d, found)
        })
        .collect();
    use verbatim::report::extract_text::{render, OutputFormat};
    for (format, name) in [
        (OutputFormat::Text, "text"),
        (OutputFormat::Jsonl, "jsonl"),
        (OutputFormat::Json, "json"),
        (OutputFormat::Html, "html"),
    ] {
        let mut want = Vec::new();
        render(format, &results, &mut want).unwrap();
        let args = ["extract", "--format", name];
        let args: Vec<&str> = args
            .into_iter()
            .chain(paths.iter().map(|p| p.to_str().unwrap()))
            .collect();
        let o = run_in(&dir, &args, None);
        assert_eq!(o.status.code(), Some(2));
        let got = out(&o);
        let want = String::from_utf8(want).unwrap();
        if format == OutputFormat::Json {
            // The same, with the problems after the documents.
            let (documents, problems) = got.split_once("\n  ],\n  \"problems\": [").unwrap();
            assert_eq!(format!("{documents}\n  ]\n}}\n"), want);
            assert_eq!(problems.matches("big.jsonl\",").count(), bad);
        } else {
            assert!(got == want, "{name}: the output differs");
        }
    }
}

/// Output starts before the input ends: a corpus piped in slowly gets its first lines out
/// while the rest is still to come.
#[test]
fn a_corpus_on_standard_input_is_printed_as_it_comes() {
    use std::io::BufRead;
    let mut child = Command::new(env!("CARGO_BIN_EXE_verbatim"))
        .args(["extract", "--format", "jsonl", "--input-format", "jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The output is read from the start, so that neither side ever waits on a full pipe.
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut first = String::new();
        let mut lines = std::io::BufReader::new(stdout);
        lines.read_line(&mut first).unwrap();
        tx.send(first).unwrap();
        std::io::copy(&mut lines, &mut std::io::sink()).unwrap();
    });
    // Two batches' worth, and the pipe stays open.
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(corpus(1100).as_bytes()).unwrap();
    stdin.flush().unwrap();
    let first = rx
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("no output while the input is still open");
    assert!(first.starts_with("{\"file\":\"<stdin>#a0\""), "{first}");
    drop(stdin);
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(2));
}

/// The README's first two commands, then how to install and run the binary by name; the
/// commands shown with `verbatim` run as written. The licences Cargo.toml names are there.
#[test]
fn the_readme_shows_how_to_install_and_its_commands_run() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let blocks: Vec<&str> = readme
        .split("```sh\n")
        .skip(1)
        .map(|b| b.split("```").next().unwrap())
        .collect();
    let commands = |b: &str| -> Vec<String> {
        b.lines()
            .map(|l| l.split("  #").next().unwrap().trim().to_string())
            .collect()
    };
    assert_eq!(
        commands(blocks[0]),
        [
            "cargo run --release -- compare fixtures/sets/seeds/",
            "cargo test"
        ]
    );
    let install = commands(blocks[1]);
    assert_eq!(install[0], "cargo install --path .");
    assert_eq!(install[1], "verbatim compare fixtures/sets/seeds/");
    // Run by name as installed: the same report as the first command gives.
    let o = run_in(root(), &["compare", "fixtures/sets/seeds/"], None);
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert!(out(&o).starts_with("verbatim compare: 2 articles"));
    for line in &install[2..] {
        let args: Vec<&str> = line
            .split(" > ")
            .next()
            .unwrap()
            .split(' ')
            .skip(1)
            .collect();
        let o = run_in(root(), &args, None);
        assert_eq!(o.status.code(), Some(0), "{line}: {}", err(&o));
    }
    let cargo = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    assert!(cargo.contains("license = \"MIT OR Apache-2.0\""));
    let mit = std::fs::read_to_string(root().join("LICENSE-MIT")).unwrap();
    assert!(mit.contains("Copyright (c) The verbatim developers"));
    let apache = std::fs::read_to_string(root().join("LICENSE-APACHE")).unwrap();
    assert!(apache.contains("Apache License\n                           Version 2.0, January 2004"));
}

/// The progress bar: drawn on standard error when it is a terminal (a pseudo-terminal made by
/// util-linux's `script`), never in a pipe, never under --quiet.
#[cfg(unix)]
#[test]
fn a_progress_bar_only_on_a_terminal() {
    let dir = scratch("cli_progress");
    std::fs::create_dir_all(dir.join("tree")).unwrap();
    std::fs::write(dir.join("tree/big.jsonl"), corpus(3000)).unwrap();
    let bin = env!("CARGO_BIN_EXE_verbatim");
    let on_terminal = |quiet: &str| {
        let o = Command::new("script")
            .args([
                "-qec",
                &format!("{bin} {quiet} extract tree > /dev/null"),
                "/dev/null",
            ])
            .current_dir(&dir)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    let shown = on_terminal("");
    assert!(shown.contains("verbatim: "), "{shown:?}");
    assert!(shown.contains("KiB"), "{shown:?}");
    let quiet = on_terminal("--quiet");
    assert!(!quiet.contains("KiB"), "{quiet:?}");
    // In a pipe: the errors of the bad lines and nothing else.
    let piped = run_in(&dir, &["extract", "tree"], None);
    assert!(err(&piped)
        .lines()
        .all(|l| l.starts_with("verbatim: error: tree/big.jsonl:")));
}

/// On a terminal the text report lists the problems itself: they are not said twice there.
/// In a pipe they go to standard error (and the report).
#[cfg(unix)]
#[test]
fn compare_on_a_terminal_says_each_problem_once() {
    let dir = scratch("cli_compare_terminal");
    two_articles(&dir);
    let bin = env!("CARGO_BIN_EXE_verbatim");
    let o = Command::new("script")
        .args([
            "-qec",
            &format!("{bin} --color never compare ap.txt wire.txt gone.txt"),
            "/dev/null",
        ])
        .current_dir(&dir)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&o.stdout);
    assert!(shown.contains("verbatim compare: 2 articles"), "{shown}");
    assert_eq!(
        shown.matches("gone.txt: no such file").count(),
        1,
        "{shown}"
    );
    let piped = run_in(&dir, &["compare", "ap.txt", "wire.txt", "gone.txt"], None);
    assert_eq!(err(&piped).matches("gone.txt: no such file").count(), 1);
}
