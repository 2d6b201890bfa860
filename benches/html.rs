//! Reading saved pages (`verbatim::read::html::read_page`): speed on a large article, and proof
//! that hostile pages read in linear time.
//!
//! Run with `cargo bench --bench html` (about a minute on 2 cores); figures go to
//! docs/HTML.md ("Reading saved pages") and docs/BENCHMARKS.md.
//!
//! - `page/article_5mb`: a 5 MB article page (28,000 paragraphs with links and quotations, a
//!   menu, a footer), the size of the largest pages saved in the wild.
//! - `hostile/*`: 100,000 nested `div`s around a paragraph; one attribute 10 MB long; one tag
//!   with 100,000 attributes; 100,000 formatting tags left open (`<b>`); 100,000 paragraphs
//!   each reopening the formatting left open. Before measuring, each page is read once at a
//!   tenth of its size and once whole, and the ratio printed: linear time gives about 10,
//!   quadratic time 100.
//!
//! The same pages, for other readers, come from `scripts/hostile_pages.py`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::{Duration, Instant};
use verbatim::read::html::read_page;

const PARA: &str = "<p>\u{201c}We will not give up,\u{201d} the <a href=\"/people/minister\">minister</a> said on \
    Tuesday, adding that the talks would resume &ldquo;as soon as possible&rdquo; in the capital.</p>\n";

fn article(paragraphs: usize) -> String {
    let nav: String = (0..50)
        .map(|i| format!("<a href=\"/s{i}\">Section {i}</a> "))
        .collect();
    format!(
        "<!doctype html><html><head><title>Talks</title></head><body><nav>{nav}</nav>\
         <article><h1>Talks resume</h1>{}</article><footer>(c) Example</footer></body></html>",
        PARA.repeat(paragraphs)
    )
}

/// Each hostile page at `n` units: (name, page).
fn hostile(n: usize) -> Vec<(&'static str, String)> {
    let tail = format!("<article>{}</article>", PARA.repeat(20));
    vec![
        (
            "nested_divs",
            format!("{}{PARA}{}{tail}", "<div>".repeat(n), "</div>".repeat(n)),
        ),
        (
            "long_attribute",
            format!("<div data-x=\"{}\"></div>{tail}", "a".repeat(n * 100)),
        ),
        (
            "many_attributes",
            format!(
                "<div {}></div>{tail}",
                (0..n).map(|i| format!("a{i}=x ")).collect::<String>()
            ),
        ),
        ("open_formatting", format!("{}x{tail}", "<b>".repeat(n))),
        (
            "reopened_formatting",
            format!(
                "{}{tail}",
                (0..n)
                    .map(|i| format!("<p><b id={i}>x"))
                    .collect::<String>()
            ),
        ),
    ]
}

fn timed(page: &str) -> Duration {
    let t = Instant::now();
    black_box(read_page(black_box(page)));
    t.elapsed()
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("page");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    let page = article(28_000);
    g.throughput(Throughput::Bytes(page.len() as u64));
    g.bench_function(BenchmarkId::new("article_5mb", page.len()), |b| {
        b.iter(|| read_page(black_box(&page)))
    });
    g.finish();

    const N: usize = 100_000;
    let small = hostile(N / 10);
    let full = hostile(N);
    let mut g = c.benchmark_group("hostile");
    g.sample_size(10).measurement_time(Duration::from_secs(5));
    for ((name, small), (_, page)) in small.iter().zip(&full) {
        let (a, b) = (timed(small), timed(page));
        eprintln!(
            "hostile/{name}: {} bytes in {:.1} ms, a tenth of it in {:.1} ms: ratio {:.1} (linear ~10)",
            page.len(),
            b.as_secs_f64() * 1e3,
            a.as_secs_f64() * 1e3,
            b.as_secs_f64() / a.as_secs_f64().max(1e-9)
        );
        g.throughput(Throughput::Bytes(page.len() as u64));
        g.bench_function(BenchmarkId::new(*name, page.len()), |b| {
            b.iter(|| read_page(black_box(page)))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
