//! Property tests of `verify`: whatever the sources and articles say, it must not panic, its
//! offsets must point into the article and the source on character boundaries, and its
//! promises must hold:
//!
//! - a quotation of a source's sentence, word for word, credited to its speaker, is verbatim;
//! - the same inputs give the same result, run after run;
//! - a quotation found nowhere has no source passage unless some of its words are there.

use proptest::prelude::*;
use proptest::sample::select;
use verbatim::verify::{verify_texts, Verdict, Verification};

/// Words, marks and transcript furniture sources and articles are made of.
const PIECES: &[&str] = &[
    "\u{201c}",
    "\u{201d}",
    "\"",
    "'",
    "\u{2019}",
    " ",
    " ",
    " ",
    ", ",
    ". ",
    "\n",
    "\n\n",
    "said",
    "she",
    "Ruiz",
    "Elena Ruiz",
    "MS. RUIZ:",
    "MR. HALE:",
    "HALE:",
    "(APPLAUSE)",
    "[CROSSTALK]",
    "[laughter]",
    ">>",
    "00:01:02.000 --> 00:01:04.000",
    "<v Elena Ruiz>",
    "</v>",
    "WEBVTT",
    "we",
    "will",
    "not",
    "never",
    "close",
    "the",
    "port",
    "I'm",
    "saying",
    "if",
    "they",
    "say",
    "10",
    "ten",
    "\u{2026}",
    "...",
    "[Ruiz]",
    "\u{202e}",
    "é",
    "🙂",
    "\u{0301}",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(select(PIECES), 0..120).prop_map(|v| v.concat())
}

/// Every offset of the result is on a character boundary of the text it points into.
fn check_offsets(r: &Verification, source: &str, article: &str) {
    for q in &r.quotations {
        assert!(q.start <= q.end && q.end <= article.len());
        assert!(article.is_char_boundary(q.start) && article.is_char_boundary(q.end));
        assert!((0.0..=1.0).contains(&q.similarity), "{}", q.similarity);
        for p in q.source.iter().chain(&q.pieces) {
            assert!(p.start <= p.end && p.end <= source.len(), "{p:?}");
            assert!(source.is_char_boundary(p.start) && source.is_char_boundary(p.end));
        }
        if q.verdict != Verdict::NotFound {
            assert!(q.source.is_some(), "a located quotation has its passage");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn no_panic_and_offsets_on_char_boundaries(source in text(), article in text()) {
        for name in ["s.txt", "s.vtt", "s.srt"] {
            let r = verify_texts(&[(name, &source, Some("Elena Ruiz"))], &[("a.txt", &article)]);
            check_offsets(&r, &source, &article);
            let again = verify_texts(&[(name, &source, Some("Elena Ruiz"))], &[("a.txt", &article)]);
            prop_assert_eq!(
                verbatim::report::verify_json::render(&r),
                verbatim::report::verify_json::render(&again)
            );
        }
    }

    #[test]
    fn a_sentence_quoted_word_for_word_is_verbatim(
        words in prop::collection::vec(select(&["port", "ferry", "harbour", "tax", "school", "river", "bridge", "ten", "never", "will", "we", "the", "build", "close", "open", "every", "year"][..]), 4..14),
        before in prop::collection::vec(select(&["Thank you.", "We met today.", "(APPLAUSE)", "It was long."][..]), 0..4),
    ) {
        let sentence = words.join(" ");
        let source = format!("{} {sentence}. And that is all.", before.join(" "));
        let article = format!("Elena Ruiz spoke.\n\n\u{201c}{sentence},\u{201d} Elena Ruiz said.");
        let r = verify_texts(&[("s.txt", &source, Some("Elena Ruiz"))], &[("a.txt", &article)]);
        check_offsets(&r, &source, &article);
        prop_assert_eq!(r.quotations.len(), 1);
        let q = &r.quotations[0];
        prop_assert_eq!(q.verdict, Verdict::Verbatim, "{}", q.note);
    }
}
