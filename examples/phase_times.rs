use std::time::Instant;
fn main() {
    let mut texts = Vec::new();
    for p in std::env::args().skip(1) {
        for l in std::fs::read_to_string(&p).unwrap().lines() {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            texts.push(v["text"].as_str().unwrap().to_string());
        }
    }
    let t = Instant::now();
    let ex: Vec<_> = texts.iter().map(|t| verbatim::extract::extract(t)).collect();
    eprintln!("extract {:?}", t.elapsed());
    let t = Instant::now();
    let units: Vec<_> = ex.iter().enumerate().flat_map(|(i, e)| verbatim::align::units(i, &texts[i], e)).collect();
    eprintln!("units {:?} {}", t.elapsed(), units.len());
    let t = Instant::now();
    let c = verbatim::align::candidates(&units);
    eprintln!("candidates {:?} {}", t.elapsed(), c.len());
    let t = Instant::now();
    let links = c.iter().filter(|&&(a, b)| verbatim::align::verify(&units, a, b).is_some()).count();
    let same = c.iter().filter(|&&(a, b)| units[a].article == units[b].article).count();
    eprintln!("verify {:?} links {} same-article candidates {}", t.elapsed(), links, same);
    let t = Instant::now();
    let g = verbatim::align::group(&units);
    eprintln!("group {:?} {} sizes max {}", t.elapsed(), g.len(), g.iter().map(|g| g.len()).max().unwrap_or(0));
}
#[allow(dead_code)]
fn unused() {}
