//! `verbatim eval` against a tiny hand-made gold corpus, with figures worked out by hand.
//!
//! fixtures/eval/tiny-gold.jsonl: 4 invented articles, 7 gold quotes (offsets in code
//! points; the texts hold “”, «» and accented letters so that bytes and code points differ).
//! fixtures/eval/tiny-pred.jsonl: 9 predictions in qscore's format, the same as `PREDICTIONS`
//! below. Worked out by hand:
//!
//! | article | gold | predictions | outcome |
//! |---|---|---|---|
//! | a | A1 “The bridge…” (Mayor Ana Costa), A2 “nearly finished.” (no speaker) | A1 exact, "Ana Costa" with a span inside the gold mention | A1 right by span overlap; A2 missed |
//! | b | B1 “promising but early.” (Dr. Lin Wei), B2 “We need more patients,” (she → Lin Wei), B3 “a breakthrough.” (The president) | `were “promising but early.”` "Wei" (overlap 20/26); `“promising but` (13/20, loses to the first: false positive); B2 "Lin"; B3 "Barack Obama" with a span on "Dr. Lin Wei" | B1 right by word; B2 right through the resolved name; B3 wrong |
//! | c | C1 «Nous restons ici» (Zoé Martin), C2 «Ce n’est pas possible.» (Le ministre) | C1 "Zoé"; C2 twice, "Zoé Martin" then "ministre" | C1 wrong ("Zoé" has no ASCII word of 3 letters); the tie on C2 goes to the later prediction (Python sorts (r, i, j) in reverse), "ministre": right; the other is a false positive |
//! | d | none | “Silver Lake” | false positive |
//!
//! gold 7, pred 9, matched 6: P 6/9 = 0.667, R 6/7 = 0.857, F1 = 2PR/(P+R) = 0.750;
//! speaker: 6 matched pairs with a gold speaker, 4 right = 0.667; end-to-end 4/7 = 0.571;
//! resolved names: 1 of 1.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use verbatim::eval::{load_gold, score, Prediction, Scores, Unmatched, WrongSpeaker};

const GOLD: &str = "fixtures/eval/tiny-gold.jsonl";
const PRED: &str = "fixtures/eval/tiny-pred.jsonl";
const SUMMARY: &str =
    "articles 4  gold 7  pred 9  P 0.667  R 0.857  F1 0.750  speaker 0.667 (n=6)  \
                       end-to-end 0.571  resolved-name 1.000 (n=1)";

/// (article id, quoted span as it reads in the text, predicted speaker, text of the predicted
/// mention span).
const PREDICTIONS: &[(&str, &str, Option<&str>, Option<&str>)] = &[
    (
        "tiny/a",
        "“The bridge will reopen in May,”",
        Some("Ana Costa"),
        Some("Ana Costa"),
    ),
    ("tiny/b", "were “promising but early.”", Some("Wei"), None),
    ("tiny/b", "“promising but", None, None),
    ("tiny/b", "“We need more patients,”", Some("Lin"), None),
    (
        "tiny/b",
        "“a breakthrough.”",
        Some("Barack Obama"),
        Some("Dr. Lin Wei"),
    ),
    ("tiny/c", "«Nous restons ici»", Some("Zoé"), None),
    (
        "tiny/c",
        "«Ce n’est pas possible.»",
        Some("Zoé Martin"),
        None,
    ),
    ("tiny/c", "«Ce n’est pas possible.»", Some("ministre"), None),
    ("tiny/d", "“Silver Lake”", None, None),
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The span of `needle` in `text`, in code points.
fn cp_span(text: &str, needle: &str) -> (usize, usize) {
    let byte = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {text:?}"));
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

fn gold() -> Vec<verbatim::eval::GoldArticle> {
    let (gold, errors) = load_gold(&root().join(GOLD), None);
    assert!(errors.is_empty(), "{errors:?}");
    gold
}

fn scores() -> Scores {
    let gold = gold();
    score(&gold, |text| {
        let id = &gold.iter().find(|a| a.text == text).unwrap().id;
        PREDICTIONS
            .iter()
            .filter(|p| p.0 == id)
            .map(|&(_, quote, speaker, mention)| {
                let (start, end) = cp_span(text, quote);
                let span = mention.map(|m| cp_span(text, m));
                Prediction {
                    start,
                    end,
                    speaker: speaker.map(String::from),
                    speaker_start: span.map(|s| s.0),
                    speaker_end: span.map(|s| s.1),
                }
            })
            .collect()
    })
}

#[test]
fn counts_match_the_hand_computed_table() {
    let s = scores();
    let counts = [
        ("articles", s.articles, 4),
        ("gold", s.gold, 7),
        ("pred", s.pred, 9),
        ("matched", s.matched, 6),
        ("speaker_n", s.speaker_n, 6),
        ("speaker_ok", s.speaker_ok, 4),
        ("resolved_n", s.resolved_n, 1),
        ("resolved_ok", s.resolved_ok, 1),
    ];
    for (what, got, want) in counts {
        assert_eq!(got, want, "{what}");
    }
    let sum = s.summary();
    let figures = [
        ("precision", sum.precision, 0.6667),
        ("recall", sum.recall, 0.8571),
        ("f1", sum.f1, 0.75),
        ("speaker_acc", sum.speaker_acc, 0.6667),
        ("end_to_end", sum.end_to_end, 0.5714),
    ];
    for (what, got, want) in figures {
        assert_eq!(got, want, "{what}");
    }
    assert_eq!(sum.resolved_acc, Some(1.0));
    assert_eq!(s.summary_line(), SUMMARY);
}

#[test]
fn misses_false_positives_and_wrong_speakers_are_the_expected_ones() {
    let s = scores();
    let un = |id: &str, text: &str| Unmatched {
        id: id.into(),
        text: text.into(),
    };
    assert_eq!(s.misses, [un("tiny/a", "nearly finished.")]);
    // The overlap contest in b and the tie in c leave these unmatched.
    assert_eq!(
        s.false_positives,
        [
            un("tiny/b", "promising but"),
            un("tiny/c", "Ce n’est pas possible."),
            un("tiny/d", "Silver Lake")
        ]
    );
    let wrong = |id: &str, text: &str, gold: &str, predicted: &str| WrongSpeaker {
        id: id.into(),
        text: text.into(),
        gold_speaker: Some(gold.into()),
        gold_resolved: None,
        predicted: Some(predicted.into()),
    };
    assert_eq!(
        s.wrong_speakers,
        [
            wrong("tiny/b", "a breakthrough.", "The president", "Barack Obama"),
            wrong("tiny/c", "Nous restons ici", "Zoé Martin", "Zoé"),
        ]
    );
}

#[test]
fn the_fixture_predictions_file_is_the_table() {
    let text = std::fs::read_to_string(root().join(PRED)).unwrap();
    let gold = gold();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), PREDICTIONS.len());
    for (line, &(id, quote, speaker, mention)) in lines.iter().zip(PREDICTIONS) {
        let t = &gold.iter().find(|a| a.id == id).unwrap().text;
        let (s, e) = cp_span(t, quote);
        assert_eq!(
            (
                line["id"].as_str(),
                line["start"].as_u64(),
                line["end"].as_u64()
            ),
            (Some(id), Some(s as u64), Some(e as u64))
        );
        assert_eq!(line["speaker"].as_str(), speaker);
        assert_eq!(
            line["speaker_start"].as_u64(),
            mention.map(|m| cp_span(t, m).0 as u64)
        );
    }
}

fn verbatim(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_verbatim"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn snapshot(name: &str, value: &str) {
    insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!(name, value);
    });
}

#[test]
fn cli_scores_a_predictions_file_like_qscore() {
    let o = verbatim(&["eval", GOLD, "--from-predictions", PRED, "--show", "10"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert_eq!(out.lines().last(), Some(SUMMARY));
    snapshot("eval_tiny_show", &out);

    let o = verbatim(&["eval", GOLD, "--from-predictions", PRED, "--json"]);
    assert_eq!(o.status.code(), Some(0));
    // What qscore.py --json prints for these files, key for key and byte for byte.
    assert_eq!(
        stdout(&o),
        "{\"articles\": 4, \"gold\": 7, \"pred\": 9, \"matched\": 6, \"precision\": 0.6667, \"recall\": 0.8571, \
         \"f1\": 0.75, \"speaker_acc\": 0.6667, \"speaker_n\": 6, \"end_to_end\": 0.5714, \"resolved_acc\": 1.0, \
         \"resolved_n\": 1}\n"
    );
}

#[test]
fn cli_split_keeps_only_that_split() {
    // tiny/d is the only "test" article: without it its false positive is not counted.
    let o = verbatim(&["eval", GOLD, "--from-predictions", PRED, "--split", "dev"]);
    assert_eq!(
        stdout(&o),
        "articles 3  gold 7  pred 8  P 0.750  R 0.857  F1 0.800  speaker 0.667 (n=6)  end-to-end 0.571  \
         resolved-name 1.000 (n=1)\n"
    );
}

/// verbatim's own extraction on the tiny corpus. Which speakers it finds changes as the
/// attribution rules grow, so this checks what does not: every gold quotation is found with
/// its exact span in code points, and the written predictions give the same figures when
/// scored back.
#[test]
fn cli_end_to_end_finds_every_gold_span_in_code_points() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("eval_end_to_end");
    std::fs::create_dir_all(&dir).unwrap();
    let pred = dir.join("pred.jsonl");
    let o = verbatim(&["eval", GOLD, "--predictions", pred.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let summary = stdout(&o);

    let written = std::fs::read_to_string(&pred).unwrap();
    let preds: Vec<serde_json::Value> = written
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for a in gold() {
        for q in &a.quotes {
            let found = preds.iter().any(|p| {
                p["id"] == a.id.as_str() && p["start"] == q.start as u64 && p["end"] == q.end as u64
            });
            assert!(
                found,
                "{}: gold span {}..{} not predicted exactly:\n{written}",
                a.id, q.start, q.end
            );
        }
    }
    let p = 7.0 / preds.len() as f64;
    let want = format!(
        "articles 4  gold 7  pred {}  P {p:.3}  R 1.000  F1 {:.3}",
        preds.len(),
        2.0 * p / (p + 1.0)
    );
    assert!(summary.starts_with(&want), "{summary}");

    let again = verbatim(&["eval", GOLD, "--from-predictions", pred.to_str().unwrap()]);
    assert_eq!(stdout(&again), summary);
}

#[test]
fn cli_a_bad_gold_line_names_file_and_line_and_exits_2() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("eval_bad_gold");
    std::fs::create_dir_all(&dir).unwrap();
    let mut gold = std::fs::read_to_string(root().join(GOLD)).unwrap();
    gold.insert_str(0, "{\"id\": \"broken\", \"text\": \"no quotes field\"}\n");
    gold.push_str(
        "{\"id\": \"cut\", \"text\": \"“Hi”\", \"quotes\": [{\"start\": 0, \"end\": 12}]}\n",
    );
    std::fs::write(dir.join("gold.jsonl"), gold).unwrap();
    let pred = root().join(PRED);
    let o = Command::new(env!("CARGO_BIN_EXE_verbatim"))
        .args([
            "eval",
            "gold.jsonl",
            "--from-predictions",
            pred.to_str().unwrap(),
        ])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    // The good articles are still scored.
    assert_eq!(stdout(&o).trim_end(), SUMMARY);
    snapshot("eval_bad_gold_stderr", &stderr(&o));
}

#[test]
fn cli_a_missing_gold_file_exits_2_without_figures() {
    let o = verbatim(&["eval", "fixtures/eval/no-such-gold.jsonl"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "");
    assert_eq!(
        stderr(&o),
        "verbatim: error: fixtures/eval/no-such-gold.jsonl: no such file or directory; check the spelling \
         and the current directory\n"
    );
}

#[test]
fn cli_a_missing_predictions_file_exits_2_without_figures() {
    let o = verbatim(&[
        "eval",
        GOLD,
        "--from-predictions",
        "fixtures/eval/no-such-pred.jsonl",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "");
    assert!(
        stderr(&o).starts_with("verbatim: error: fixtures/eval/no-such-pred.jsonl: no such file"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn eval_help() {
    let o = verbatim(&["eval", "--help"]);
    assert_eq!(o.status.code(), Some(0));
    snapshot("eval_help", &stdout(&o));
}

/// fixtures/eval/world-gold.jsonl: 25 invented articles in the styles of Canadian, British,
/// Irish, Australian, Indian, Kenyan, Nigerian and wire news (170 speech quotations, each
/// speaker's full name as `speaker_resolved`; titles, nicknames and scare quotes are not gold),
/// written by someone trying verbatim as a new user would. The rules of 2 Dec were developed
/// while reading its failures, so it is no held-out figure; it is kept so that a change to the rules shows what it does to text that
/// is not US political news. What `eval` finds on it, misses and wrong speakers included,
/// is snapshotted: a changed figure is reviewed like code.
#[test]
fn cli_world_corpus_figures() {
    let o = verbatim(&["eval", "fixtures/eval/world-gold.jsonl", "--show", "40"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out
        .lines()
        .last()
        .is_some_and(|l| l.starts_with("articles 25  gold 170")));
    snapshot("eval_world_show", &out);
}

/// fixtures/eval/world2-gold.jsonl: a second trial of the same kind, 24 invented articles
/// (14 in Canadian styles, 10 from South Africa, New Zealand, Singapore, the Philippines,
/// Ireland, Scotland, Ghana, Pakistan, Jamaica and Malta; 196 speech quotations, each
/// speaker's full name as `speaker_resolved`). Its quotation spans are the ones verbatim
/// found when it was written, matched to the tester's answer key (every quotation was
/// found); its speakers are the key's. The rules of the session that made it were written
/// while reading its failures: no held-out figure either.
#[test]
fn cli_world2_corpus_figures() {
    let o = verbatim(&["eval", "fixtures/eval/world2-gold.jsonl", "--show", "20"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out
        .lines()
        .last()
        .is_some_and(|l| l.starts_with("articles 24  gold 196")));
    snapshot("eval_world2_show", &out);
}

/// fixtures/eval/world3-gold.jsonl: a third trial, written by a tester who had not read the
/// code: 24 invented articles in the styles of Australian, Indian, Nigerian and Kenyan, US
/// local, UK regional, wire-service and magazine news, a question-and-answer interview and a
/// live blog; 162 quotations with the tester's spans (quote marks included), full names and
/// roles. Measured first with the build it was written for (speaker 0.814, resolved name
/// 0.814); the rules written after reading its failures make it no held-out figure either.
#[test]
fn cli_world3_corpus_figures() {
    let o = verbatim(&["eval", "fixtures/eval/world3-gold.jsonl", "--show", "20"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out
        .lines()
        .last()
        .is_some_and(|l| l.starts_with("articles 24  gold 162")));
    snapshot("eval_world3_show", &out);
}

/// fixtures/eval/world4-gold.jsonl: a fourth trial, written by a tester who had not read the
/// code: 20 invented articles in the styles of Irish, Scottish, South African, Philippine,
/// Singaporean, Canadian, New Zealand, Ghanaian, Pakistani and Caribbean news, a US sports
/// page, a business wire, a court report, a science feature, an obituary, a council story, a
/// press release, a question-and-answer interview and a live blog; 179 quotations. Scored
/// once on arrival, before any rule was written for it (commit 82cab6b: speaker 0.911,
/// resolved name 0.911); rules written after reading its failures make it no held-out
/// figure from then on.
#[test]
fn cli_world4_corpus_figures() {
    let o = verbatim(&["eval", "fixtures/eval/world4-gold.jsonl", "--show", "20"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out
        .lines()
        .last()
        .is_some_and(|l| l.starts_with("articles 20  gold 179")));
    snapshot("eval_world4_show", &out);
}
