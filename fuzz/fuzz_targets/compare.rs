//! Fuzz `verbatim::compare::compare_inputs`: any two articles must compare without a panic,
//! with every offset inside its text on a character boundary, scores within 0..=1, and an
//! article compared with a copy of itself showing nothing above cosmetic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use verbatim::compare::classify::Severity;
use verbatim::compare::{compare_inputs, Comparison, Input, Options};

fuzz_target!(|data: &[u8]| {
    // The first byte says where the first article ends; the rest is the two articles.
    let Some((&cut, rest)) = data.split_first() else {
        return;
    };
    let cut = rest.len() * cut as usize / 255;
    let texts = [
        String::from_utf8_lossy(&rest[..cut]).into_owned(),
        String::from_utf8_lossy(&rest[cut..]).into_owned(),
    ];
    let inputs = |a: &str, b: &str| {
        vec![
            Input::new("a.txt", "A", a),
            Input::new("b.txt", "B", b),
        ]
    };
    let result = compare_inputs(inputs(&texts[0], &texts[1]), &Options::default());
    check_offsets(&result, &texts);
    let same = compare_inputs(inputs(&texts[0], &texts[0]), &Options::default());
    for s in &same.statements {
        assert!(s.worst <= Severity::Cosmetic, "a copy differs: {s:#?}");
    }
});

fn check_offsets(result: &Comparison, texts: &[String]) {
    let inside = |text: &str, a: usize, b: usize| {
        a <= b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b)
    };
    for s in &result.statements {
        for v in &s.variants {
            let text = &texts[v.article];
            for p in &v.passages {
                assert!(inside(text, p.start, p.end));
            }
            for d in &v.differences {
                if let (Some(a), Some(b)) = (d.variant.start, d.variant.end) {
                    assert!(inside(text, a, b));
                }
            }
            assert!((0.0..=1.0).contains(&v.coverage));
            assert!((0.0..=1.0).contains(&v.fidelity));
        }
        for p in &s.apparatus {
            assert!(inside(&s.reconstruction.text, p.start, p.end));
        }
    }
}
