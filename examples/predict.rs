//! Writes predictions in qscore.py's format for a gold JSON Lines file: `cargo run --release --example predict -- GOLD > PRED`.
use std::io::BufRead;
fn cp(text: &str, b: usize) -> usize {
    text[..b].chars().count()
}
fn main() {
    let path = std::env::args().nth(1).expect("GOLD.jsonl");
    let f = std::io::BufReader::new(std::fs::File::open(path).unwrap());
    for line in f.lines() {
        let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
        let text = v["text"].as_str().unwrap();
        let id = &v["id"];
        let all = std::env::var("ALL").is_ok();
        for q in verbatim::extract::extract(text).quotes.iter().filter(|q| {
            all || (q.kind != verbatim::extract::QuoteKind::Nonspeech && q.outer.is_none())
        }) {
            let name = q.speaker.name.clone().or(q
                .speaker
                .mention
                .as_ref()
                .map(|m| m.text.clone()));
            let (ss, se) = q
                .speaker
                .mention
                .as_ref()
                .map(|m| (Some(cp(text, m.start)), Some(cp(text, m.end))))
                .unwrap_or((None, None));
            println!(
                "{}",
                serde_json::json!({"id": id, "start": cp(text, q.start), "end": cp(text, q.end), "speaker": name, "speaker_start": ss, "speaker_end": se, "rule": format!("{}{:?}{}", q.speaker.rule, q.kind, if q.outer.is_some() {"-nested"} else {""})})
            );
        }
    }
}
