//! The extractor's attribution rules (`after+pronoun`, `previous-paragraph+name` …) in words
//! an editor understands: the reports print the rule's name, and this says what it means
//! (grammar/GRAMMAR.md has the grammar behind each).
//!
//! ```
//! use verbatim::report::rules::explain;
//! assert_eq!(
//!     explain("after+pronoun"),
//!     "named after the quotation (“…,” she said), by a pronoun that stands for the person named before it"
//! );
//! ```

/// How the attribution was found: the first part of a rule's name.
fn how(rule: &str) -> Option<&'static str> {
    Some(match rule {
        "after" => "named after the quotation (“…,” she said)",
        "dash" => "named after a dash that follows the quotation (“…” — the minister)",
        "before" => "named before the quotation (She said, “…”)",
        "participle" => {
            "named before a phrase such as “adding” or “saying” that leads into the quotation"
        }
        "colon" => "named before a colon that opens the quotation (The mayor: “…”)",
        "statement" => {
            "the subject of the clause whose statement, answer or tweet the quotation is (Ortiz issued a statement, “…”)"
        }
        "after-distant" => "named in an attribution a few words after the quotation",
        "continued" => "the speaker of the quotation this one goes on from",
        "same-paragraph" => {
            "not named here: the speaker of another quotation in the same paragraph"
        }
        "previous-paragraph" => "not named here: the speaker quoted in the paragraph before",
        "possessive" => "named as the owner of the words (Ruiz’s “…”)",
        "subject" => "the subject of the sentence the quotation stands in",
        "introduced" => "named in the sentence that introduces the quotation",
        "label" => "a speaker label, as in a transcript (MS. RUIZ: …)",
        "coordinated" => "the speaker of the quotation it is joined to by “and”",
        "preceding" => "named just before the quotation, without a verb of saying",
        "repeated" => "a headline quotation: the speaker of the later quotation that repeats it",
        "pointed-back" => "named in the next paragraph, which points back at it (So says …)",
        "following" => "named in the paragraph after the quotation, which introduces it",
        "answer" => "an answer to the question before it in an interview: the person asked",
        _ => return None,
    })
}

/// How the speaker was told: the second part of a rule's name.
fn resolution(r: &str) -> Option<&'static str> {
    Some(match r {
        "name" => "by name",
        "pronoun" => "by a pronoun that stands for the person named before it",
        "description" => "by a description (the senator) that stands for the person it fits",
        "unresolved" => "but by no name the article gives",
        _ => return None,
    })
}

/// A rule's name in words; the name itself when it is not known here.
pub fn explain(rule: &str) -> String {
    let (h, r) = rule.split_once('+').unwrap_or((rule, ""));
    match (how(h), resolution(r)) {
        (Some(h), Some(r)) => format!("{h}, {r}"),
        (Some(h), None) => h.to_string(),
        _ => rule.to_string(),
    }
}

/// The distinct rules of `rules`, in order of first use, each with its explanation: the
/// glossary a report prints after its table.
pub fn glossary<'a>(rules: impl Iterator<Item = &'a str>) -> Vec<(&'a str, String)> {
    let mut seen: Vec<&str> = Vec::new();
    for r in rules {
        if !r.is_empty() && !seen.contains(&r) {
            seen.push(r);
        }
    }
    seen.into_iter().map(|r| (r, explain(r))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_of_the_extractor_is_explained() {
        let text = "Claudia Sheinbaum spoke. “It’s true,” she said. “No,” Sheinbaum said.\n\n\
                    “We will see.”\n\nThe mayor: “Never.”";
        for q in crate::extract::extract(text).quotes {
            let rule = q.speaker.rule;
            assert_ne!(explain(rule), rule, "{rule} is not explained");
        }
        // Every rule name the registry can make, each attribution rule with each resolution.
        use crate::extract::speaker::{ATTRIBUTION_RULES, RESOLUTIONS};
        for how in ATTRIBUTION_RULES {
            for r in RESOLUTIONS {
                let rule = format!("{how}+{r}");
                assert!(explain(&rule).contains(", "), "{rule}");
            }
        }
        assert_eq!(explain("something-new"), "something-new");
    }
}
