//! `verbatim compare` end to end: the fixture sets in all three formats, exit codes, bad
//! input, determinism.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;
use verbatim::compare::classify::{Class, Severity};
use verbatim::compare::{self, Comparison, Request, Statement};

fn args(paths: &[&str]) -> Request {
    Request {
        paths: paths.iter().map(PathBuf::from).collect(),
        outlets: Vec::new(),
        reference: None,
        translated: Vec::new(),
        fail_on: Some(Severity::Major),
    }
}

fn snap(name: &str, value: &str) {
    insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!(name, value);
    });
}

fn all_formats(set: &str, result: &Comparison) {
    snap(
        &format!("compare_{set}_text"),
        &verbatim::report::compare_text::render(result, false),
    );
    snap(
        &format!("compare_{set}_markdown"),
        &verbatim::report::compare_markdown::render(result),
    );
    snap(
        &format!("compare_{set}_json"),
        &verbatim::report::compare_json::render(result),
    );
}

const SEEDS: [&str; 2] = [
    "fixtures/seeds/000_37dd129275a04f7f.txt",
    "fixtures/seeds/003_ca86489bad29b785.txt",
];

/// The words of every difference of a class, as (reference, variant).
fn diffs(result: &Comparison, class: Class) -> Vec<(String, String)> {
    result
        .statements
        .iter()
        .flat_map(|s| &s.variants)
        .flat_map(|v| &v.differences)
        .filter(|d| d.class == class)
        .map(|d| (d.reference.text.clone(), d.variant.text.clone()))
        .collect()
}

#[test]
fn the_two_seeds_show_what_the_issue_asks_for() {
    let result = compare::compare(&args(&SEEDS));
    assert!(result.problems.is_empty(), "{:?}", result.problems);
    // Trump's offer and Sheinbaum's answer are separate statements, sentence by sentence.
    let speakers: BTreeSet<Option<&str>> = result
        .statements
        .iter()
        .map(|s| s.speaker.as_deref())
        .collect();
    assert_eq!(
        speakers,
        BTreeSet::from([Some("Claudia Sheinbaum"), Some("Donald Trump")])
    );
    let subs = diffs(&result, Class::Substitution);
    assert!(
        subs.contains(&("come in".into(), "enter".into())),
        "{subs:?}"
    );
    assert_eq!(
        diffs(&result, Class::Cosmetic),
        [("U.S.".to_string(), "United States".to_string())]
    );
    // Two outlets and no majority: they differ, and nobody is blamed.
    assert!(result
        .statements
        .iter()
        .flat_map(|s| &s.apparatus)
        .any(|p| p.divided));
    assert!(result
        .summary
        .lead
        .iter()
        .all(|f| f.divided || f.class == Class::Attribution));
    snap(
        "compare_seed_files_text",
        &verbatim::report::compare_text::render(&result, false),
    );
}

#[test]
fn seeds_set_with_its_manifest() {
    let result = compare::compare(&args(&["fixtures/sets/seeds"]));
    assert!(result.problems.is_empty(), "{:?}", result.problems);
    let outlets: Vec<&str> = result.articles.iter().map(|a| a.outlet.as_str()).collect();
    assert_eq!(outlets, ["Natural News", "Other outlet"]);
    // The manifest says Sheinbaum spoke Spanish: "sacrosanct" / "inalienable" are
    // translation variants (minor), told apart in the apparatus.
    let sheinbaum: Vec<&Statement> = result
        .statements
        .iter()
        .filter(|s| s.speaker.as_deref() == Some("Claudia Sheinbaum"))
        .collect();
    assert!(sheinbaum
        .iter()
        .all(|s| s.translated.as_ref().and_then(|t| t.language.as_deref()) == Some("Spanish")));
    let translations = diffs(&result, Class::Translation);
    assert!(
        translations
            .iter()
            .any(
                |(r, v)| r.starts_with("inalienable") && v.starts_with("sacrosanct")
                    || r.starts_with("sacrosanct") && v.starts_with("inalienable")
            ),
        "{translations:?}"
    );
    let readings = apparatus_readings(&result);
    assert!(
        readings.contains(&vec!["inalienable".to_string(), "sacrosanct".to_string()])
            || readings.contains(&vec!["sacrosanct".to_string(), "inalienable".to_string()]),
        "{readings:?}"
    );
    // Trump spoke English: "come in" / "enter" stays a substitution.
    assert!(diffs(&result, Class::Substitution).contains(&("come in".into(), "enter".into())));
    all_formats("seeds", &result);
}

/// Each place's readings, most outlets first.
fn apparatus_readings(result: &Comparison) -> Vec<Vec<String>> {
    result
        .statements
        .iter()
        .flat_map(|s| &s.apparatus)
        .map(|p| p.readings.iter().map(|r| r.text.clone()).collect())
        .collect()
}

#[test]
fn harbor_set_blames_the_minority() {
    let result = compare::compare(&args(&["fixtures/sets/harbor/"]));
    assert!(result.problems.is_empty(), "{:?}", result.problems);
    // (outlet, worst, classes) of every variant that is not identical or cosmetic.
    let mut rows = Vec::new();
    for s in &result.statements {
        for v in s.variants.iter().filter(|v| v.worst > Severity::Cosmetic) {
            let classes: Vec<Class> = v
                .classes
                .iter()
                .copied()
                .filter(|c| *c != Class::Cosmetic)
                .collect();
            rows.push((v.outlet.as_str(), v.worst, classes));
        }
    }
    rows.sort();
    use Class::*;
    use Severity::*;
    assert_eq!(
        rows,
        [
            ("Evening Post", Minor, vec![Truncation]),
            ("Evening Post", Minor, vec![Truncation]),
            ("Evening Post", Minor, vec![Substitution]),
            ("Metro Wire", Critical, vec![Negation]),
            ("Metro Wire", Critical, vec![Attribution]),
            ("Valley Tribune", Minor, vec![Omission]),
            ("Valley Tribune", Major, vec![Omission]),
            ("Valley Tribune", Critical, vec![Number]),
        ]
    );
    // The findings lead names who changed what, most severe first.
    let lead: Vec<String> = result
        .summary
        .lead
        .iter()
        .map(|f| format!("{} {}", f.outlets.join(", "), f.text))
        .collect();
    assert_eq!(
        lead[0],
        "Metro Wire dropped \u{201c}not\u{201d} from Elena Ruiz\u{2019}s statement"
    );
    all_formats("harbor", &result);
}

#[test]
fn summit_set_reads_outlets_from_front_matter_and_translation_from_the_article() {
    let result = compare::compare(&args(&["fixtures/sets/summit"]));
    assert!(result.problems.is_empty(), "{:?}", result.problems);
    assert!(result.articles.iter().all(|a| a.outlet_from == "metadata"));
    assert!(result
        .statements
        .iter()
        .any(|s| s.translated.as_ref().map(|t| t.from) == Some("article")));
    assert!(result
        .statements
        .iter()
        .all(|s| s.reconstruction.by == "majority"));
    assert!(diffs(&result, Class::Cosmetic)
        .iter()
        .all(|(r, v)| r == "United States" && v == "U.S."
            || r == "U.S." && v == "United States"
            || r.to_lowercase() == v.to_lowercase()));
    all_formats("summit", &result);
}

#[test]
fn francis_set_shows_the_renderings_and_their_families() {
    // Pope Francis, 29 July 2013, 24 outlets' renderings copied from their pages
    // (fixtures/sets/francis_judge.md lists them).
    let result = compare::compare(&args(&["fixtures/sets/francis_judge"]));
    assert!(result.problems.is_empty(), "{:?}", result.problems);
    assert_eq!(result.summary.articles, 24);
    // The central sentence, quoted by every outlet, is one statement.
    let core = result
        .statements
        .iter()
        .max_by_key(|s| s.variants.len())
        .expect("a statement");
    assert!(core.variants.len() >= 20, "{}", core.variants.len());
    assert!(core.reconstruction.text.contains("who am I to judge"));
    // The two wire renderings ("seeks God" / "searches for the Lord") are readings of one
    // place, each printed by several outlets.
    let place = core
        .apparatus
        .iter()
        .find(|p| {
            p.readings
                .iter()
                .any(|r| r.text.contains("searches for the Lord"))
        })
        .expect("the searches-for-the-Lord reading");
    assert!(place.readings[0].variants.len() >= 4);
    assert!(place.readings[1].variants.len() >= 3);
    // Families of outlets sharing a rendering.
    assert!(core.families.iter().filter(|f| f.len() >= 3).count() >= 2);
    // No attribution conflict: every credit that names another is an inference.
    assert!(!result
        .statements
        .iter()
        .flat_map(|s| &s.variants)
        .any(|v| v.classes.contains(&Class::Attribution)));
    all_formats("francis", &result);
}

#[test]
fn flags_name_outlets_and_choose_the_reference() {
    let mut a = args(&SEEDS);
    a.outlets = vec![format!("NN={}", SEEDS[0]), format!("Other={}", SEEDS[1])];
    a.reference = Some("nn".into());
    a.translated = vec!["Sheinbaum".into()];
    let result = compare::compare(&a);
    assert!(result.problems.is_empty(), "{:?}", result.problems);
    assert_eq!(result.articles[0].outlet_from, "flag");
    for s in &result.statements {
        assert_eq!(s.reconstruction.by, "chosen");
        assert_eq!(s.reconstruction.outlet.as_deref(), Some("NN"));
        // NN's words are the reading: NN differs from it nowhere.
        let nn = s.variants.iter().find(|v| v.outlet == "NN").unwrap();
        assert!(
            nn.differences.iter().all(|d| d.class == Class::Truncation),
            "{:?}",
            nn.differences
        );
    }
    assert!(result
        .statements
        .iter()
        .any(|s| s.translated.as_ref().map(|t| t.from) == Some("flag")));
}

/// Small sets of two or three outlets, each row a promise of `compare`.
#[test]
fn table_of_small_sets() {
    let rows: &[(&str, &[&str], Severity, &[Class])] = &[
        // A negation flip in common words is aligned and critical.
        (
            "negation in common words",
            &[
                "\u{201c}We are not going to let them do that to us,\u{201d} Ruiz said.",
                "\u{201c}We are going to let them do that to us,\u{201d} Ruiz said.",
            ],
            Severity::Critical,
            &[Class::Negation],
        ),
        // Two people with one surname are two people.
        (
            "same words, two people",
            &[
                "\u{201c}We will rebuild the bridge before the winter comes,\u{201d} said Anna Brunner.",
                "\u{201c}We will rebuild the bridge before the winter comes,\u{201d} said Lukas Brunner.",
            ],
            Severity::Critical,
            &[Class::Attribution],
        ),
        // Currency words and contractions are the same words.
        (
            "currency and contractions",
            &[
                "\u{201c}Nobody's going to pay $10 million for that bridge,\u{201d} Ruiz said.",
                "\u{201c}Nobody is going to pay 10 million dollars for that bridge,\u{201d} Ruiz said.",
            ],
            Severity::Cosmetic,
            &[Class::Cosmetic],
        ),
        // A function word changed is minor.
        (
            "function word",
            &[
                "\u{201c}Our sovereignty is not for sale in any negotiation,\u{201d} Ruiz said.",
                "\u{201c}The sovereignty is not for sale in any negotiation,\u{201d} Ruiz said.",
            ],
            Severity::Minor,
            &[Class::Substitution],
        ),
    ];
    for (name, texts, worst, classes) in rows {
        let inputs = texts
            .iter()
            .enumerate()
            .map(|(i, t)| compare::Input::new(&format!("{i}.txt"), &format!("Outlet {i}"), t))
            .collect();
        let result = compare::compare_inputs(inputs, &compare::Options::default());
        assert_eq!(
            result.statements.len(),
            1,
            "{name}: {:#?}",
            result.statements
        );
        let s = &result.statements[0];
        assert_eq!(s.worst, *worst, "{name}: {:#?}", s.variants);
        let found: BTreeSet<Class> = s.variants.iter().flat_map(|v| v.classes.clone()).collect();
        for c in *classes {
            assert!(found.contains(c), "{name}: {found:?}");
        }
    }
}

#[test]
fn different_people_sharing_a_phrase_are_two_statements() {
    let a = "\u{201c}We are going to win this final for everyone who never stopped believing,\u{201d} said Maria Lopez.";
    let b = "\u{201c}We are going to win this election for everyone who never stopped believing in us,\u{201d} said John Reyes.";
    let inputs = vec![
        compare::Input::new("a.txt", "A", a),
        compare::Input::new("b.txt", "B", b),
    ];
    let result = compare::compare_inputs(inputs, &compare::Options::default());
    assert!(result.statements.is_empty(), "{:#?}", result.statements);
}

#[test]
fn a_paraphrase_scores_lowest_fidelity() {
    let faithful = "\u{201c}Sovereignty is not for sale. Sovereignty is loved and defended,\u{201d} Sheinbaum said.";
    let longer = "\u{201c}No, President Trump. Sovereignty is not for sale. Sovereignty is loved and defended. We will never accept it,\u{201d} Sheinbaum said.";
    // A machine-paraphrased copy of the longer article.
    let paraphrase = "\u{201c}No, President Trump. Sovereignty just isn't on the market. Sovereignty is cherished and defended. We will never accept it,\u{201d} Sheinbaum said.";
    let inputs = vec![
        compare::Input::new("a.txt", "A", faithful),
        compare::Input::new("b.txt", "B", longer),
        compare::Input::new("c.txt", "C", faithful),
        compare::Input::new("d.txt", "D", paraphrase),
    ];
    let result = compare::compare_inputs(inputs, &compare::Options::default());
    // In every statement the paraphrase quotes, no faithful outlet scores below it; where it
    // rewords, it scores below every one of them.
    let mut lower = 0;
    for s in &result.statements {
        let d = s.variants.iter().find(|v| v.outlet == "D");
        if let Some(d) = d.filter(|d| d.coverage > 0.0) {
            let others: Vec<f64> = s
                .variants
                .iter()
                .filter(|v| v.outlet != "D" && v.coverage > 0.0)
                .map(|v| v.fidelity)
                .collect();
            assert!(
                others.iter().all(|&f| d.fidelity <= f),
                "{others:?} vs D {}",
                d.fidelity
            );
            lower += usize::from(others.iter().all(|&f| d.fidelity < f));
        }
    }
    assert!(lower >= 2, "{:#?}", result.statements);
}

#[test]
fn output_does_not_depend_on_argument_order() {
    let forward = compare::compare(&args(&SEEDS));
    let backward = compare::compare(&args(&[SEEDS[1], SEEDS[0]]));
    assert_eq!(
        verbatim::report::compare_json::render(&forward),
        verbatim::report::compare_json::render(&backward)
    );
}

#[test]
fn colour_only_when_asked() {
    let result = compare::compare(&args(&["fixtures/sets/harbor"]));
    assert!(verbatim::report::compare_text::render(&result, true).contains("\x1b[31m"));
    assert!(!verbatim::report::compare_text::render(&result, false).contains('\x1b'));
}

#[test]
fn saved_web_pages_name_their_outlets() {
    let result = compare::compare(&args(&[
        "fixtures/html/naturalnews_sheinbaum.html",
        "fixtures/html/meridian_sheinbaum.html",
    ]));
    assert!(result.problems.is_empty(), "{:?}", result.problems);
    let outlets: Vec<(&str, &str)> = result
        .articles
        .iter()
        .map(|a| (a.outlet.as_str(), a.outlet_from))
        .collect();
    assert_eq!(
        outlets,
        [
            ("Meridian Wire", "metadata"),
            ("NaturalNews.com", "metadata")
        ]
    );
    assert!(diffs(&result, Class::Substitution).contains(&("come in".into(), "enter".into())));
}

/// A directory read through crate::read: recursively, a corpus line per article, outlets from
/// flags, the manifest (naming a file in a subdirectory), front matter, corpus metadata, or
/// the name.
#[test]
fn outlets_come_from_flags_manifest_metadata_or_names() {
    let dir = std::env::temp_dir().join(format!("verbatim-compare-outlets-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    let quote = r"\u201cWe will not close the harbor,\u201d she said.";
    std::fs::write(
        dir.join("corpus.jsonl"),
        format!(
            "{{\"id\": \"a1\", \"outlet\": \"AP\", \"text\": \"{quote}\"}}\n\
             {{\"text\": \"{quote}\"}}\n"
        ),
    )
    .unwrap();
    let said = "“We will not close the harbor,” she said.";
    std::fs::write(
        dir.join("front.txt"),
        format!("---\noutlet: Ledger\n---\n{said}"),
    )
    .unwrap();
    std::fs::write(dir.join("sub/b.txt"), said).unwrap();
    std::fs::write(dir.join("plain.md"), said).unwrap();
    std::fs::write(
        dir.join("verbatim.toml"),
        "[outlets]\n\"sub/b.txt\" = \"Tribune\"\n",
    )
    .unwrap();
    let d = dir.display().to_string();
    let outlets = |a: &Request| -> Vec<(String, String, &'static str)> {
        let result = compare::compare(a);
        assert!(result.problems.is_empty(), "{:?}", result.problems);
        assert_eq!(result.statements.len(), 1);
        result
            .articles
            .iter()
            .map(|a| {
                (
                    a.path.replace(&d, "D"),
                    a.outlet.replace(&d, "D"),
                    a.outlet_from,
                )
            })
            .collect()
    };
    let row = |p: &str, o: &str, f: &'static str| (p.to_string(), o.to_string(), f);
    assert_eq!(
        outlets(&args(&[&d])),
        [
            row("D/corpus.jsonl#2", "D/corpus.jsonl#2", "file name"),
            row("D/corpus.jsonl#a1", "AP", "metadata"),
            row("D/front.txt", "Ledger", "metadata"),
            row("D/plain.md", "plain", "file name"),
            row("D/sub/b.txt", "Tribune", "manifest"),
        ]
    );
    // A flag names every line of a corpus, and beats the manifest.
    let mut flagged = args(&[&d]);
    flagged.outlets = vec![
        format!("Wire={d}/corpus.jsonl"),
        format!("Post={d}/sub/b.txt"),
    ];
    let got = outlets(&flagged);
    assert_eq!(got[0], row("D/corpus.jsonl#2", "Wire", "flag"));
    assert_eq!(got[1], row("D/corpus.jsonl#a1", "Wire", "flag"));
    assert_eq!(got[4], row("D/sub/b.txt", "Post", "flag"));
    std::fs::remove_dir_all(&dir).ok();
}

fn bin(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_verbatim"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn exit_codes_follow_fail_on() {
    let rows: &[(&[&str], i32)] = &[
        (&["compare", "fixtures/sets/harbor"], 1),
        (
            &["compare", "fixtures/sets/harbor", "--fail-on", "critical"],
            1,
        ),
        (
            &["compare", "fixtures/sets/summit", "--fail-on", "critical"],
            0,
        ),
        (
            &["compare", "fixtures/sets/summit", "--fail-on", "major"],
            1,
        ),
        (
            &[
                "compare",
                "fixtures/sets/summit",
                "--format",
                "json",
                "--fail-on",
                "critical",
            ],
            0,
        ),
    ];
    for (a, code) in rows {
        let (got, out, _) = bin(a);
        assert_eq!(got, *code, "{a:?}");
        assert!(!out.contains('\x1b'), "piped output has no colour");
    }
}

#[test]
fn trouble_names_the_file_and_position_and_exits_2() {
    let dir = std::env::temp_dir().join(format!("verbatim-compare-trouble-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad_utf8 = dir.join("latin1.txt");
    std::fs::write(
        &bad_utf8,
        b"\xe2\x80\x9cYes,\xe2\x80\x9d she said.\nCaf\xe9 owners agreed.",
    )
    .unwrap();
    let good = dir.join("good.txt");
    std::fs::write(&good, "“Yes,” she said.").unwrap();
    let (code, _, err) = bin(&[
        "compare",
        bad_utf8.to_str().unwrap(),
        good.to_str().unwrap(),
        SEEDS[0],
    ]);
    assert_eq!(code, 2);
    // Read by crate::read, as extract reads it: the line and the byte of the first bad byte.
    assert!(
        err.contains("latin1.txt:2: invalid UTF-8 at byte 24;"),
        "{err}"
    );

    let (code, _, err) = bin(&["compare", "fixtures/no-such-file.txt", SEEDS[0], SEEDS[1]]);
    assert_eq!(code, 2);
    assert!(
        err.contains("fixtures/no-such-file.txt: no such file"),
        "{err}"
    );

    let set = dir.join("set");
    std::fs::create_dir_all(&set).unwrap();
    std::fs::write(
        set.join("verbatim.toml"),
        "reference = \"AP\"\n[outlets]\n\"a.txt\" = 3\n",
    )
    .unwrap();
    std::fs::write(
        set.join("a.txt"),
        "“We will not pay for the wall,” she said.",
    )
    .unwrap();
    std::fs::write(
        set.join("b.txt"),
        "“We will not pay for that wall,” she said.",
    )
    .unwrap();
    let (code, out, err) = bin(&["compare", set.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("verbatim.toml:3:11:"), "{err}");
    // A manifest that cannot be read stops the run before any report, as cargo does.
    assert_eq!(out, "");

    let (code, _, err) = bin(&["compare", SEEDS[0]]);
    assert_eq!(code, 2);
    assert!(err.contains("needs two or more articles"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

mod properties {
    use proptest::prelude::*;
    use verbatim::compare::normalize::tokens;
    use verbatim::compare::{compare_inputs, Input, Options};

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Tokens of any text have spans on char boundaries, in order, inside the range.
        #[test]
        fn tokens_keep_valid_spans(t in "\\PC{0,80}", cut in 0usize..80) {
            let mut at = cut.min(t.len());
            while !t.is_char_boundary(at) {
                at -= 1;
            }
            let ks = tokens(&t, &[0..at, at..t.len()]);
            for k in &ks {
                prop_assert!(k.start <= k.end && k.end <= t.len());
                prop_assert!(t.is_char_boundary(k.start) && t.is_char_boundary(k.end));
            }
            prop_assert!(ks.windows(2).all(|w| w[0].start <= w[1].start));
        }

        /// Any two texts compare without panicking, and every offset reported is on a char
        /// boundary of its article.
        #[test]
        fn any_articles_compare(a in "[a-z“”\"' .,…\\[\\]0-9A-Z-]{0,120}", b in "[a-z“”\"' .,…\\[\\]0-9A-Z-]{0,120}") {
            let inputs = vec![Input::new("a", "A", &a), Input::new("b", "B", &b)];
            let r = compare_inputs(inputs, &Options::default());
            for s in &r.statements {
                for v in &s.variants {
                    let text = if v.article == 0 { &a } else { &b };
                    for d in &v.differences {
                        for o in [d.variant.start, d.variant.end].into_iter().flatten() {
                            prop_assert!(text.is_char_boundary(o));
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn an_unknown_reference_outlet_stops_the_run() {
    let mut a = args(&["fixtures/sets/harbor"]);
    a.reference = Some("Daily Planet".into());
    let result = compare::compare(&a);
    assert!(result.statements.is_empty());
    assert_eq!(compare::exit_code(&result), compare::TROUBLE);
    let message = &result.problems[0].message;
    assert!(
        message.contains("\"Daily Planet\"") && message.contains("Metro Wire"),
        "{message}"
    );
}

/// Every line of a `--format github` log is one workflow command with a file, and nothing in
/// a message can start another.
fn check_github(log: &str) {
    for line in log.lines() {
        assert!(
            line.starts_with("::error file=") || line.starts_with("::warning file="),
            "{line}"
        );
        let (head, message) = line[2..].split_once("::").expect("a message");
        assert!(
            !message.contains("::error") || message.contains("%"),
            "{line}"
        );
        // Properties hold no raw ':' or ',' but their separators.
        for prop in head.split_once(' ').map_or("", |p| p.1).split(',') {
            let (_, value) = prop.split_once('=').expect("name=value");
            assert!(!value.contains(':'), "{line}");
        }
    }
}

/// A JUnit document: as many test cases as it says, failures counted right.
fn check_junit(xml: &str, statements: usize, failing: usize) {
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites "));
    assert_eq!(xml.matches("<testcase ").count(), statements);
    assert_eq!(xml.matches("<failure ").count(), failing);
    assert!(xml.contains(&format!("tests=\"{statements}\" failures=\"{failing}\"")));
    assert!(xml.trim_end().ends_with("</testsuites>"));
}

#[test]
fn ci_formats_annotate_each_difference_and_fail_each_statement() {
    for (set, paths) in [
        ("seeds", SEEDS.to_vec()),
        ("harbor", vec!["fixtures/sets/harbor/"]),
    ] {
        let result = compare::compare(&args(&paths));
        assert!(result.problems.is_empty(), "{:?}", result.problems);
        let log = verbatim::report::compare_github::render(&result);
        check_github(&log);
        let beyond: usize = result
            .statements
            .iter()
            .flat_map(|s| &s.variants)
            .flat_map(|v| &v.differences)
            .filter(|d| d.severity > Severity::Cosmetic)
            .count();
        assert_eq!(log.lines().count(), beyond, "{log}");
        let errors = result
            .statements
            .iter()
            .flat_map(|s| &s.variants)
            .flat_map(|v| &v.differences)
            .filter(|d| d.severity >= Severity::Major)
            .count();
        assert_eq!(log.matches("::error ").count(), errors);
        snap(&format!("compare_{set}_github"), &log);
        let xml = verbatim::report::compare_junit::render(&result);
        let failing = result
            .statements
            .iter()
            .filter(|s| s.findings.iter().any(|f| f.severity >= Severity::Major))
            .count();
        check_junit(&xml, result.statements.len(), failing);
        snap(&format!("compare_{set}_junit"), &xml);
    }
}

#[test]
fn ci_formats_escape_what_the_articles_say() {
    let a = "“We will never accept 100% of the troops,\nnot now,” Elena Ruiz said. \
             “Call it ::error file=x::pwned, if you like,” she added.";
    let b = "“We will accept 100% of the troops,\nnot now,” Elena Ruiz said. \
             “Call it ::error file=x::pwned, if you like,” she added.";
    let result = compare::compare_inputs(
        vec![
            compare::Input::new("a,b:c.txt", "Gazette 100% <b>\n::error file=y::z", b),
            compare::Input::new("d.txt", "Herald", a),
        ],
        &compare::Options::default(),
    );
    let log = verbatim::report::compare_github::render(&result);
    check_github(&log);
    assert!(log.contains("file=a%2Cb%3Ac.txt,"), "{log}");
    assert!(
        log.contains("Gazette 100%25 <b>%0A::error file=y::z: "),
        "{log}"
    );
    assert_eq!(log.lines().count(), 1, "{log}");
    let xml = verbatim::report::compare_junit::render(&result);
    assert!(xml.contains("Gazette 100% &lt;b&gt;&#10;::error"), "{xml}");
    assert!(!xml.contains("<b>"), "{xml}");
}

#[test]
fn the_command_line_writes_ci_formats() {
    let (code, out, _) = bin(&["compare", "--format", "github", "fixtures/sets/harbor"]);
    assert_eq!(code, 1);
    assert!(out.starts_with("::"), "{out}");
    let (code, out, _) = bin(&["compare", "--format", "junit", "fixtures/sets/harbor"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("<testsuites name=\"verbatim compare\""),
        "{out}"
    );
}
