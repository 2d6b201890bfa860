//! Fuzz `verbatim::read::html::read_page`: any bytes read as a saved web page must give,
//! without a panic, a text whose blocks are its lines (in order, on character boundaries),
//! and that text must extract with the invariants of `tests/properties/invariants.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/properties/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let page = verbatim::read::html::read_page(&html);
    let text = &page.text;
    let mut last = 0;
    for b in &page.blocks {
        assert!(last <= b.start && b.start <= b.end && b.end <= text.len());
        assert!(text.is_char_boundary(b.start) && text.is_char_boundary(b.end));
        assert!(!text[b.start..b.end].contains('\n'));
        last = b.end;
    }
    let found = verbatim::extract::extract(text);
    invariants::check(text, &found);
});
