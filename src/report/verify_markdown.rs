//! Placeholder while the report is written.
use crate::verify::Verification;
pub fn render(result: &Verification) -> String {
    crate::report::verify_text::render(result, false)
}
