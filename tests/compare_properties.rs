//! Property tests of `compare`: whatever the articles say, it must not panic, its offsets must
//! point into the articles on character boundaries, and its promises must hold:
//!
//! - an article compared with a copy of itself shows no difference, and nothing above
//!   cosmetic however its quotations repeat one another and whoever they are credited to
//!   (tests/compare_copies.rs has the texts that once broke it, and the real articles);
//! - the same articles give the same result, run after run (the order of arguments is
//!   tests/compare.rs's `output_does_not_depend_on_argument_order`);
//! - coverage and fidelity stay within 0..=1.

use proptest::prelude::*;
use proptest::sample::select;
use verbatim::compare::classify::Severity;
use verbatim::compare::{compare_inputs, Comparison, Input, Options};

/// Words and marks articles with quotations are made of.
const PIECES: &[&str] = &[
    "\u{201c}",
    "\u{201d}",
    "\"",
    "'",
    "\u{2018}",
    "\u{2019}",
    " ",
    " ",
    " ",
    ", ",
    ". ",
    "\n\n",
    "said",
    "she",
    "Ruiz",
    "Anna Brunner",
    "told reporters",
    "we",
    "will",
    "not",
    "never",
    "accept",
    "the",
    "territory",
    "is",
    "inviolable",
    "$10 million",
    "10,000",
    "Nobody's",
    "U.S.",
    "EE.UU.",
    "\u{2026}",
    "[the]",
    "sovereignty",
    "for",
    "sale",
    "loved",
    "defended",
    "We",
    "are",
    "going",
    "to",
    "let",
    "them",
    "do",
    "that",
    "us",
    "é",
    "\u{fe0f}",
    "—",
];

/// Quotations that share their words, credited to people known by a name, a surname and a
/// nickname, in the shapes attributions take: the text that once made a copy disagree with
/// itself.
const QUOTES: &[&str] = &[
    "It was like an open orchid on the Internet",
    "It was like an open orchid on the Internet, as many such servers are",
    "as many servers are",
    "There is a special place in hell for women who vote for women",
    "There's a special place in hell for women who don't help each other",
    "We will never accept troops on our soil",
    "We will not accept troops on our soil",
    "For me, it was easy",
];
const INTRODUCTIONS: &[&str] = &[
    "Marcel Lehel, the hacker known as \u{201c}Guccifer,\u{201d} said",
    "Guccifer said",
    "Lehel said",
    "Anna Brunner told reporters",
    "she said",
    "The Christie supporter retorted:",
];
const CREDITS: &[&str] = &[
    "Lehel said",
    "Guccifer said",
    "said Marcel Lehel",
    "Brunner said",
    "she said",
    "",
];

/// One paragraph: a quotation with its attribution before or after it, or plain narration.
fn paragraph() -> impl Strategy<Value = String> {
    (
        0..3usize,
        select(QUOTES),
        select(QUOTES),
        select(INTRODUCTIONS),
        select(CREDITS),
    )
        .prop_map(|(shape, q, q2, intro, credit)| match shape {
            0 => format!("{intro} \u{201c}{q}.\u{201d}"),
            1 => format!("\u{201c}{q},\u{201d} {credit}. \u{201c}{q2}.\u{201d}"),
            _ => format!("{intro} that {q}."),
        })
}

fn quoting_article() -> impl Strategy<Value = String> {
    prop::collection::vec(paragraph(), 1..8).prop_map(|v| v.join("\n\n"))
}

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(select(PIECES), 0..120).prop_map(|v| v.concat())
}

fn check_offsets(result: &Comparison, texts: &[String]) {
    for s in &result.statements {
        for v in &s.variants {
            let text = &texts[v.article];
            for p in &v.passages {
                assert!(p.start <= p.end && p.end <= text.len());
                assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
            }
            for d in &v.differences {
                if let (Some(a), Some(b)) = (d.variant.start, d.variant.end) {
                    assert!(a <= b && b <= text.len());
                    assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
                }
            }
            assert!((0.0..=1.0).contains(&v.coverage), "{}", v.coverage);
            assert!((0.0..=1.0).contains(&v.fidelity), "{}", v.fidelity);
        }
        for p in &s.apparatus {
            let r = &s.reconstruction.text;
            assert!(p.start <= p.end && p.end <= r.len());
            assert!(r.is_char_boundary(p.start) && r.is_char_boundary(p.end));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_articles_compare_without_panic(texts in prop::collection::vec(article(), 2..5)) {
        let inputs = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Input::new(&format!("{i}.txt"), &format!("Outlet {i}"), t))
            .collect();
        let result = compare_inputs(inputs, &Options::default());
        check_offsets(&result, &texts);
    }

    #[test]
    fn an_article_against_its_copy_shows_no_difference(text in article()) {
        let inputs = vec![
            Input::new("a.txt", "A", &text),
            Input::new("b.txt", "B", &text),
        ];
        let result = compare_inputs(inputs, &Options::default());
        for s in &result.statements {
            prop_assert_eq!(s.worst, Severity::None, "{:#?}", s);
            prop_assert!(s.apparatus.is_empty());
        }
    }

    #[test]
    fn a_copy_shows_nothing_above_cosmetic(text in prop_oneof![article(), quoting_article(), "\\PC{0,200}"]) {
        let inputs = vec![
            Input::new("a.txt", "A", &text),
            Input::new("b.txt", "B", &text),
        ];
        let result = compare_inputs(inputs, &Options::default());
        prop_assert!(result.summary.worst <= Severity::Cosmetic, "{:#?}", result.statements);
        for s in &result.statements {
            prop_assert!(s.worst <= Severity::Cosmetic, "{:#?}", s);
            prop_assert!(s.findings.is_empty(), "{:#?}", s.findings);
        }
    }

    #[test]
    fn the_same_articles_give_the_same_result(texts in prop::collection::vec(article(), 2..4)) {
        let inputs = || {
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| Input::new(&format!("{i}.txt"), &format!("Outlet {i}"), t))
                .collect::<Vec<_>>()
        };
        // Hash maps, threads and sorting must leave no trace in the result.
        let a = compare_inputs(inputs(), &Options::default());
        let b = compare_inputs(inputs(), &Options::default());
        prop_assert_eq!(a, b);
    }
}
