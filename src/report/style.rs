//! What the reports share of their wording and their terminal styles: counts written for people
//! ("1 quotation", "9,741 quotations") and ANSI colours that are only written when wanted.

pub(crate) const RESET: &str = "\x1b[0m";
pub(crate) const BOLD: &str = "\x1b[1m";
pub(crate) const DIM: &str = "\x1b[2m";
pub(crate) const RED: &str = "\x1b[31m";
pub(crate) const GREEN: &str = "\x1b[32m";
pub(crate) const YELLOW: &str = "\x1b[33m";
pub(crate) const CYAN: &str = "\x1b[36m";

/// Styles text for a terminal when `color` is on; each report adds its own methods (a
/// severity, a verdict) in its own module.
pub(crate) struct Paint {
    pub color: bool,
}

impl Paint {
    pub fn on(&self, style: &str, s: &str) -> String {
        if self.color && !s.is_empty() {
            format!("{style}{s}{RESET}")
        } else {
            s.to_string()
        }
    }
}

/// `1 quotation`, `9,741 quotations`.
pub(crate) fn count(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{} {word}s", thousands(n))
    }
}

/// `9741` as `9,741`.
pub(crate) fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (k, c) in s.chars().enumerate() {
        if k > 0 && (s.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_as_words() {
        assert_eq!(count(1, "quotation"), "1 quotation");
        assert_eq!(count(0, "article"), "0 articles");
        assert_eq!(count(9741, "quotation"), "9,741 quotations");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(Paint { color: false }.on(RED, "x"), "x");
        assert_eq!(Paint { color: true }.on(RED, "x"), "\x1b[31mx\x1b[0m");
    }
}
