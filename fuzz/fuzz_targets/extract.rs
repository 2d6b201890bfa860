//! Fuzz `verbatim::extract::extract`: any text must give an extraction that keeps the
//! invariants of `tests/properties/invariants.rs` (the same checks as the property tests).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/properties/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    // Invalid UTF-8 becomes U+FFFD, as a reader of a bad file would make it.
    let text = String::from_utf8_lossy(data);
    let found = verbatim::extract::extract(&text);
    invariants::check(&text, &found);
});
