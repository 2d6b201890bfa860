//! The invariants every extraction must keep, whatever the input.
//!
//! Shared by the property tests (`tests/properties.rs`) and the fuzz target
//! (`fuzz/fuzz_targets/extract.rs`, which includes this file by path), so that both check
//! exactly the same contract. Each check panics with the offending quotation and text, which
//! proptest shrinks and libFuzzer saves as a crash.

use verbatim::extract::marks::MARK_CHARS;
use verbatim::extract::{Extraction, Mention};

/// A byte range of `text` is valid: in order, inside the text, on char boundaries.
fn check_span(text: &str, what: &str, start: usize, end: usize) {
    assert!(
        start <= end,
        "{what}: start {start} > end {end} in {text:?}"
    );
    assert!(
        end <= text.len(),
        "{what}: end {end} past the text's {} bytes in {text:?}",
        text.len()
    );
    assert!(
        text.is_char_boundary(start),
        "{what}: start {start} inside a char in {text:?}"
    );
    assert!(
        text.is_char_boundary(end),
        "{what}: end {end} inside a char in {text:?}"
    );
}

/// A mention or cue: a valid span whose `text` is what the span covers.
fn check_mention(text: &str, what: &str, m: &Mention) {
    check_span(text, what, m.start, m.end);
    assert_eq!(
        m.text,
        text[m.start..m.end],
        "{what}: text differs from its span in {text:?}"
    );
}

/// The quote mark `s` starts with, if any.
fn leading_mark(s: &str) -> Option<&'static str> {
    MARK_CHARS.iter().copied().find(|m| s.starts_with(m))
}

/// Checks every documented invariant of `found = extract(text)`.
pub fn check(text: &str, found: &Extraction) {
    let quotes = &found.quotes;
    for (i, q) in quotes.iter().enumerate() {
        let what = format!("quote {i} ({}..{})", q.start, q.end);
        assert_eq!(q.index, i, "{what}: index is not its position in {text:?}");
        check_span(text, &what, q.start, q.end);
        if i > 0 {
            assert!(
                quotes[i - 1].start <= q.start,
                "{what}: quotes not sorted by start in {text:?}"
            );
        }

        // `text` is what stands between the marks, without the spaces next to them: the
        // span opens with a quote mark, the words follow, and then comes one closing mark, or
        // nothing when the quotation was left unclosed at its paragraph's end. A transcript
        // turn ("PENCE: …") has no marks: its span is its words.
        let span = &text[q.start..q.end];
        let Some(open) = leading_mark(span) else {
            assert_eq!(
                span.trim(),
                q.text,
                "{what}: an unmarked quotation is its words, in {text:?}"
            );
            continue;
        };
        let after_open = &span[open.len()..];
        let words = after_open.trim_start();
        assert!(
            words.starts_with(&q.text),
            "{what}: text {:?} is not what follows the opening mark in {span:?}",
            q.text
        );
        let rest = words[q.text.len()..].trim_start();
        if q.unclosed || rest.is_empty() {
            assert_eq!(
                rest, "",
                "{what}: an unclosed quotation runs on past its text in {text:?}"
            );
        } else {
            assert!(
                leading_mark(rest) == Some(rest),
                "{what}: {rest:?} after the text is not one closing mark in {text:?}"
            );
        }

        // Line and column of `start`, 1-based, columns in characters.
        let before = &text[..q.start];
        let line = 1 + before.matches('\n').count();
        let column = 1 + before.rsplit('\n').next().unwrap_or("").chars().count();
        assert_eq!(
            (q.line, q.column),
            (line, column),
            "{what}: wrong line:column in {text:?}"
        );

        if let Some(o) = q.outer {
            assert!(
                o < i,
                "{what}: outer {o} does not come before it in {text:?}"
            );
            let outer = &quotes[o];
            assert!(
                outer.start <= q.start
                    && q.end <= outer.end
                    && (outer.start, outer.end) != (q.start, q.end),
                "{what}: outer {o} ({}..{}) does not contain it in {text:?}",
                outer.start,
                outer.end
            );
        }
        if let Some(c) = q.continues {
            assert!(
                c < i,
                "{what}: continues {c}, which is not an earlier quotation, in {text:?}"
            );
            assert!(
                quotes[c].end <= q.start,
                "{what}: continues {c}, which ends at {} after it starts, in {text:?}",
                quotes[c].end
            );
        }
        if q.unclosed {
            assert!(
                found.warnings.iter().any(|w| w.offset == q.start),
                "{what}: unclosed, but no warning points at it in {text:?}"
            );
        }

        if let Some(m) = &q.speaker.mention {
            check_mention(text, &format!("{what} speaker mention"), m);
        }
        if let Some(c) = &q.cue {
            check_mention(text, &format!("{what} cue"), c);
        }
    }
    for w in &found.warnings {
        assert!(
            w.offset <= text.len() && text.is_char_boundary(w.offset),
            "warning at {} is not a char boundary of {text:?}: {}",
            w.offset,
            w.message
        );
        assert!(
            !w.message.is_empty(),
            "a warning at {} has no message",
            w.offset
        );
    }
}
