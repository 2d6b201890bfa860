fn main() {
    let mut s = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut s).unwrap();
    for q in verbatim::extract::extract(&s).quotes {
        println!(
            "{:?} {:?} {:?} | {:?} | {:?} | {}",
            q.kind,
            q.speaker.name,
            q.speaker.mention.as_ref().map(|m| &m.text),
            q.cue.as_ref().map(|c| &c.text),
            q.speaker.rule,
            &q.text.chars().take(60).collect::<String>()
        );
    }
}
