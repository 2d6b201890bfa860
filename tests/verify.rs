//! `verbatim verify` end to end: the fixture set against its table of expected verdicts
//! (fixtures/verify/EXPECTED.md), the text and JSON reports, one small case per rule, exit
//! codes and bad input.

use std::path::{Path, PathBuf};
use std::process::Command;
use verbatim::verify::{self, verify_texts, Checked, Request, Verdict, Verification};

fn snap(name: &str, value: &str) {
    insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!(name, value);
    });
}

fn fixtures() -> Verification {
    verify::verify(&Request {
        sources: vec!["fixtures/verify/sources/".into()],
        articles: vec![PathBuf::from("fixtures/verify/articles/")],
        ..Request::default()
    })
}

/// One row of EXPECTED.md's quotation table.
struct Row {
    article: String,
    start: String,
    source: Option<String>,
    verdict: String,
}

fn expected() -> Vec<Row> {
    let text = std::fs::read_to_string("fixtures/verify/EXPECTED.md").expect("EXPECTED.md");
    text.lines()
        .filter(|l| {
            l.starts_with("| ")
                && l.split('|')
                    .nth(1)
                    .is_some_and(|c| c.trim().parse::<usize>().is_ok())
        })
        .map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            Row {
                article: cells[2].to_string(),
                start: cells[3].trim_end_matches('…').trim().to_string(),
                source: (cells[5] != "—").then(|| cells[5].to_string()),
                verdict: cells[7].trim_matches('`').to_string(),
            }
        })
        .collect()
}

#[test]
fn every_fixture_quotation_gets_its_expected_verdict() {
    let rows = expected();
    let result = fixtures();
    assert!(result.problems.is_empty(), "{:?}", result.problems);
    assert_eq!(rows.len(), 28, "EXPECTED.md lists 28 quotations");
    assert_eq!(
        result.quotations.len(),
        rows.len(),
        "one checked quotation per row"
    );
    let mut wrong = Vec::new();
    for (row, q) in rows.iter().zip(&result.quotations) {
        assert!(
            q.file.ends_with(&row.article),
            "{} is not {}",
            q.file,
            row.article
        );
        assert!(
            q.text.starts_with(&row.start),
            "row order: {:?} does not start with {:?}",
            q.text,
            row.start
        );
        let at = q.source.as_ref().map(|p| p.file.as_str());
        let place_ok = match (&row.source, at) {
            (Some(want), Some(got)) => got.ends_with(want.as_str()),
            (None, _) => true,
            (Some(_), None) => false,
        };
        if q.verdict.name() != row.verdict || !place_ok {
            wrong.push(format!(
                "{}: {:?}: want {} in {:?}, got {} in {:?} ({})",
                row.article, row.start, row.verdict, row.source, q.verdict, at, q.note
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // Every verdict occurs in the fixtures.
    for v in Verdict::ALL {
        assert!(
            result.summary.verdicts.get(v) >= 2,
            "{v} occurs at least twice"
        );
    }
}

#[test]
fn fixture_reports_text_and_json() {
    let result = fixtures();
    snap(
        "verify_fixtures_text",
        &verbatim::report::verify_text::render(&result, false),
    );
    snap(
        "verify_fixtures_json",
        &verbatim::report::verify_json::render(&result),
    );
}

#[test]
fn offsets_point_at_the_quotation_and_the_source_words() {
    let result = fixtures();
    for q in &result.quotations {
        let article = std::fs::read_to_string(&q.file).unwrap();
        let shown = &article[q.start..q.end];
        let first_word = q.text.split_whitespace().next().unwrap();
        assert!(shown.contains(first_word), "{shown:?} holds {first_word:?}");
        let Some(p) = &q.source else { continue };
        let source = std::fs::read_to_string(&p.file).unwrap();
        let raw = &source[p.start..p.end];
        let first = p.text.split_whitespace().next().unwrap();
        let last = p.text.split_whitespace().last().unwrap();
        assert!(
            raw.starts_with(first) && raw.ends_with(last),
            "{raw:?} / {:?}",
            p.text
        );
        let line = source[..p.start].matches('\n').count() + 1;
        assert_eq!(p.line, line);
    }
}

/// One source, one article: the verdict of the article's only quotation.
fn one(source: &str, speaker: Option<&str>, article: &str) -> Checked {
    let name = if source.starts_with("WEBVTT") {
        "s.vtt"
    } else {
        "s.txt"
    };
    let r = verify_texts(&[(name, source, speaker)], &[("a.txt", article)]);
    assert_eq!(r.quotations.len(), 1, "{article}: {:?}", r.quotations);
    r.quotations.into_iter().next().unwrap()
}

const SPEECH: &str = "We will not raise taxes on working families. I promise you that. \
We are going to build ten new schools in this state, and we'll pay for every one of them. \
I'm not saying we should close the mills. If the mills close, the valley dies. \
They say we should sell the water company. I say the water belongs to you.";

#[test]
fn each_rule_on_a_small_case() {
    use Verdict::*;
    let table: &[(&str, Verdict)] = &[
        // Case, punctuation, contractions and numerals are cosmetic.
        ("“we are going to build 10 new schools in this state, and we will pay for every one of them,” Ruiz said.", Verbatim),
        // An ellipsis joins two places in order; brackets disclose an editor's word.
        ("“We will not raise taxes … I promise you that,” Ruiz said.", Verbatim),
        ("“[Ruiz] will not raise taxes on working families,” Ruiz said.", Verbatim),
        // A two-word partial quotation.
        ("Ruiz called the plan “ten new” and left.", Verbatim),
        // Words changed.
        ("“We will raise taxes on working families,” Ruiz said.", Altered),
        ("“We are going to build twenty new schools in this state,” Ruiz said.", Altered),
        // Out of context: a negation, a condition, others' words.
        ("“We should close the mills,” Ruiz said.", Context),
        ("“The valley dies,” Ruiz said.", Context),
        ("“We should sell the water company,” Ruiz said.", Context),
        // Two places joined without an ellipsis.
        ("“I say the water belongs to you and we will not raise taxes on working families,” Ruiz said.", Spliced),
        // Nowhere.
        ("“The harbor will be dredged by the spring of next year,” Ruiz said.", NotFound),
    ];
    let mut wrong = Vec::new();
    for (article, want) in table {
        let q = one(
            SPEECH,
            Some("Elena Ruiz"),
            &format!("Elena Ruiz spoke on Monday.\n\n{article}"),
        );
        if q.verdict != *want {
            wrong.push(format!(
                "{article}\n  want {want}, got {} ({})",
                q.verdict, q.note
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_labelled_transcript_says_who_said_it() {
    let debate = "MS. RUIZ: We will never sell the port.\nMR. HALE: The port should be sold to the highest bidder.\n";
    let q = one(
        debate,
        None,
        "“The port should be sold to the highest bidder,” Elena Ruiz said.",
    );
    assert_eq!(q.verdict, Verdict::Misattributed, "{}", q.note);
    assert_eq!(q.source.unwrap().speaker.as_deref(), Some("Mr. Hale"));
    let q = one(
        debate,
        None,
        "“We will never sell the port,” Elena Ruiz said.",
    );
    assert_eq!(q.verdict, Verdict::Verbatim, "{}", q.note);
}

#[test]
fn captions_give_the_time_and_read_across_cues() {
    let vtt = "WEBVTT\n\n00:01:05.000 --> 00:01:07.000\n<v Elena Ruiz>The ferry will run\n\n00:01:07.000 --> 00:01:09.500\nevery hour from Monday.\n";
    let q = one(
        vtt,
        None,
        "“The ferry will run every hour from Monday,” Elena Ruiz said.",
    );
    assert_eq!(q.verdict, Verdict::Verbatim, "{}", q.note);
    let p = q.source.unwrap();
    assert_eq!(p.time.as_deref(), Some("00:01:05"));
    assert_eq!(p.text, "The ferry will run every hour from Monday");
}

#[test]
fn a_translated_speaker_has_translation_variants() {
    let source = "The river took our bridge, but it did not take our courage.";
    let article = "Rosa Vidal spoke in Spanish.\n\n“The river took our bridge, but it did not take our spirit,” Rosa Vidal said in Spanish.";
    let q = one(source, Some("Rosa Vidal"), article);
    assert_eq!(q.verdict, Verdict::Altered);
    assert_eq!(q.severity.name(), "minor", "{}", q.note);
    assert!(q.translated.is_some());
}

#[test]
fn quotations_of_other_people_are_skipped_unless_all() {
    let article =
        "“We will never sell the port,” Elena Ruiz said. “It is a fine port,” said Tom Hale.";
    let r = verify_texts(
        &[("s.txt", "We will never sell the port.", Some("Elena Ruiz"))],
        &[("a.txt", article)],
    );
    assert_eq!((r.quotations.len(), r.summary.skipped), (1, 1));
}

fn cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_verbatim"))
        .args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
        .output()
        .expect("verbatim runs")
}

#[test]
fn exit_codes_follow_fail_on() {
    let base = ["verify", "--source", "fixtures/verify/sources/"];
    let o = cli(&[&base[..], &["fixtures/verify/articles/"]].concat());
    assert_eq!(o.status.code(), Some(1), "something is not verbatim");
    let o = cli(&[
        &base[..],
        &[
            "--fail-on",
            "misattributed,spliced",
            "fixtures/verify/articles/san_aurelio.txt",
        ],
    ]
    .concat());
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn a_missing_source_stops_the_run_naming_it() {
    let o = cli(&[
        "verify",
        "--source",
        "no/such/transcript.txt",
        "fixtures/verify/articles/",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("no/such/transcript.txt"), "{err}");
    assert!(o.stdout.is_empty(), "no report when a source is missing");
}

#[test]
fn a_missing_article_is_reported_and_the_others_checked() {
    let o = cli(&[
        "verify",
        "--source",
        "fixtures/verify/sources/",
        "--format",
        "json",
        "nope.txt",
        "fixtures/verify/articles/san_aurelio.txt",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("a JSON report");
    assert_eq!(v["schema"], "verbatim.verify/1");
    assert_eq!(v["quotations"].as_array().unwrap().len(), 3);
    assert_eq!(v["problems"][0]["path"], "nope.txt");
}

#[test]
fn a_broken_sources_manifest_stops_the_run() {
    let dir = std::env::temp_dir().join(format!("verbatim-verify-manifest-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("speech.txt"), "We will win.").unwrap();
    std::fs::write(dir.join("verbatim.toml"), "[sources]\n\"speech.txt\" = \n").unwrap();
    let o = cli(&[
        "verify",
        "--source",
        dir.to_str().unwrap(),
        "fixtures/verify/articles/san_aurelio.txt",
    ]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("verbatim.toml:2"), "{err}");
    assert!(o.stdout.is_empty());
}

#[test]
fn output_is_the_same_from_run_to_run() {
    let a = verbatim::report::verify_json::render(&fixtures());
    let b = verbatim::report::verify_json::render(&fixtures());
    assert_eq!(a, b);
}

#[test]
fn a_saved_transcript_page_is_read_as_extract_reads_pages() {
    let dir = std::env::temp_dir().join(format!("verbatim-verify-page-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("transcript.html");
    std::fs::write(
        &page,
        "<html><head><title>Debate transcript</title></head><body><nav>Home | News</nav><article>\
         <h1>Full transcript of the harbour debate</h1>\
         <p>RUIZ: We will never sell the port, and I will say it again tonight.</p>\
         <p>HALE: The port should be sold to the highest bidder before the winter.</p>\
         <p>RUIZ: (APPLAUSE) That is the difference between us, and every voter knows it.</p>\
         </article><footer>Copyright</footer></body></html>",
    )
    .unwrap();
    let article = dir.join("a.txt");
    std::fs::write(
        &article,
        "“We will never sell the port,” Elena Ruiz said. “The port should be sold to the highest bidder before the winter,” Ruiz said later.",
    )
    .unwrap();
    let r = verify::verify(&Request {
        sources: vec![page.display().to_string()],
        articles: vec![article.clone()],
        ..Request::default()
    });
    let _ = std::fs::remove_dir_all(&dir);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(r.sources[0].kind, "page");
    let verdicts: Vec<Verdict> = r.quotations.iter().map(|q| q.verdict).collect();
    assert_eq!(verdicts, [Verdict::Verbatim, Verdict::Misattributed]);
    assert_eq!(
        r.quotations[1].source.as_ref().unwrap().speaker.as_deref(),
        Some("Hale")
    );
}

#[test]
fn a_long_quotation_is_located_in_parts_and_joined_again() {
    // 400 words of few distinct words: every part looks like many places.
    let words = [
        "we", "will", "build", "ten", "schools", "for", "the", "valley", "and", "keep", "port",
        "open",
    ];
    let said: Vec<String> = (0..400)
        .map(|k| {
            let w = words[(k * 7 + k / 13) % words.len()];
            if k % 17 == 16 {
                format!("{w}.")
            } else {
                w.to_string()
            }
        })
        .collect();
    let source = format!("MS. RUIZ: {}\n", said.join(" "));
    let quoted = said[50..350].join(" ");
    let q = one(&source, None, &format!("“{quoted},” Elena Ruiz said."));
    assert_eq!(q.verdict, Verdict::Verbatim, "{}", q.note);
    assert!(q.pieces.is_empty(), "one place: {:?}", q.pieces.len());
    let mut changed = said[50..350].to_vec();
    changed[150] = "twenty".into();
    let q = one(
        &source,
        None,
        &format!("“{},” Elena Ruiz said.", changed.join(" ")),
    );
    assert_eq!(q.verdict, Verdict::Altered, "{}", q.note);
}

#[test]
fn a_few_common_words_found_elsewhere_make_no_splice() {
    let a = "They know I mean what I say and I will do what I say. And I will stand in their way.";
    let b = "They know that I say what I mean, I do what I say I will do, and I know how to get it done.";
    let article = "“I mean what I say and say what I mean,” Hillary Clinton said.";
    let r = verify_texts(
        &[
            ("a.txt", a, Some("Hillary Clinton")),
            ("b.txt", b, Some("Hillary Clinton")),
        ],
        &[("x.txt", article)],
    );
    let q = &r.quotations[0];
    assert_ne!(q.verdict, Verdict::Spliced, "{}", q.note);
    assert!(q.pieces.is_empty(), "{:?}", q.pieces);
}

#[test]
fn cases_a_first_user_found() {
    use Verdict::*;
    // (source, speaker given for the file, article, want)
    let table: &[(&str, Option<&str>, &str, Verdict)] = &[
        // A speaker quoting himself is his own words.
        (
            "SENATOR HALE: I call it \"the best deal working families have had in forty years.\" And I said then, and I say now: \"We will not cut Social Security.\"\nMS. ROY: Thank you.\n",
            None,
            "Tom Hale called it “the best deal working families have had in forty years.”",
            Verbatim,
        ),
        // "No." answers, and the condition after the words is what is left out.
        (
            "Q: Will schools close?\nA: No. Closing schools is not on the table unless hospital capacity falls below ten percent.\n",
            Some("Mara Feld"),
            "“Closing schools is not on the table,” Mara Feld said.",
            Context,
        ),
        (
            "Q: Will schools close?\nA: No. Closing schools is not on the table unless hospital capacity falls below ten percent.\n",
            Some("Mara Feld"),
            "“Closing schools is not on the table unless hospital capacity falls below ten percent,” Mara Feld said.",
            Verbatim,
        ),
        // The interviewer's question is not the interviewee's.
        (
            "Q: Is the outbreak under control in the northern districts?\nA: We are seeing fewer cases every week.\n",
            Some("Mara Feld"),
            "“Is the outbreak under control in the northern districts?” Mara Feld asked.",
            Misattributed,
        ),
        // Words after a bare >> are someone else's when the credited speaker is named.
        (
            "1\n00:00:01,000 --> 00:00:03,000\n>> MAYOR ORTEGA: The clinic stays open.\n\n2\n00:00:03,000 --> 00:00:06,000\n>> BUT MAYOR, YOUR OWN BUDGET CUTS ITS FUNDING BY HALF.\n",
            None,
            "Luis Ortega conceded that “your own budget cuts its funding by half.”",
            Misattributed,
        ),
        // Sentences joined in another order, or a short sentence from a little further on.
        (
            "We will bring back our jobs. We will bring back our borders. We will make America proud again. We will make America safe again.",
            Some("Donald Trump"),
            "“We will make America proud again. We will bring back our jobs,” Donald Trump said.",
            Spliced,
        ),
        (
            "Washington flourished, but the people did not share in its wealth. Politicians prospered, but the jobs left, and the factories closed. The establishment protected itself, but not the citizens of our country.",
            Some("Donald Trump"),
            "“Washington flourished but the people did not share in its wealth. The establishment protected itself,” Donald Trump said.",
            Spliced,
        ),
    ];
    let wrong: Vec<String> = table
        .iter()
        .filter_map(|(source, speaker, article, want)| {
            let name = if source.starts_with("1\n") {
                "s.srt"
            } else {
                "s.txt"
            };
            wrong_first_verdict(name, source, *speaker, article, *want)
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The article's first quotation checked against one source: `None` when its verdict is
/// `want`, else what went wrong, with every verdict and note.
fn wrong_first_verdict(
    name: &str,
    source: &str,
    speaker: Option<&str>,
    article: &str,
    want: Verdict,
) -> Option<String> {
    let r = verify_texts(&[(name, source, speaker)], &[("a.txt", article)]);
    let got: Vec<(Verdict, &str)> = r
        .quotations
        .iter()
        .map(|q| (q.verdict, q.note.as_str()))
        .collect();
    (got.first().map(|g| g.0) != Some(want))
        .then(|| format!("{article}\n  want {want}, got {got:?}"))
}

#[test]
fn cases_the_benchmark_found() {
    use Verdict::*;
    let nine: String = (1..=9)
        .map(|n| {
            format!("MS. SATO: We are going to build the harbor road. Question {n} is next.\n")
        })
        .collect::<String>()
        + "MR. BELL: We are going to build the harbor road.\n";
    let filler =
        "\n\nThe council met and talked about the roads and the schools every year.".repeat(6);
    let speech = format!("I know how hard all of this is.{filler}\n\nTwo of the dead are dual nationals from the harbor district.");
    // (source, speaker given for the file, article, want)
    let table: Vec<(String, Option<&str>, &str, Verdict)> = vec![
        // A stage direction inside a sentence hides no negation.
        (
            "MR. LEE: We will not (APPLAUSE) raise the port fees this year, whatever the council asks.\nMS. PARK: Thank you.\n".into(),
            None,
            "“raise the port fees this year,” Tom Lee said.",
            Context,
        ),
        // A contraction or a percentage right after an ellipsis stays one word.
        (
            "MS. RUIZ: We can fix the harbor road this spring. The council met on Monday. We'll open the north gate in June.\nMR. BELL: Thanks.\n".into(),
            None,
            "“We can fix the harbor road this spring … We'll open the north gate in June,” Elena Ruiz said.",
            Verbatim,
        ),
        (
            "MS. RUIZ: Half of the children live in poverty. The council met on Monday. 58% of young people are not working.\nMR. BELL: Thank you.\n".into(),
            None,
            "“Half of the children live in poverty … 58% of young people are not working,” Elena Ruiz said.",
            Verbatim,
        ),
        // A quotation of function words only is found and compared as any other.
        (
            "MS. RUIZ: And that is what we will do for all of them, every day.\nMR. BELL: Thanks.\n".into(),
            None,
            "Elena Ruiz said it was “what we will do for all of them” in the end.",
            Verbatim,
        ),
        // The credited speaker's place counts however many said the words first.
        (nine, None, "“We are going to build the harbor road,” Marcus Bell said.", Verbatim),
        // A far piece with one meaning word in it is still a splice.
        (speech, Some("Hillary Clinton"), "“I know how hard all of this is, two of the dead are dual nationals from the harbor district,” Hillary Clinton said.", Spliced),
    ];
    let wrong: Vec<String> = table
        .iter()
        .filter_map(|(source, speaker, article, want)| {
            wrong_first_verdict("s.txt", source, *speaker, article, *want)
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
