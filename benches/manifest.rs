//! Reading a directory whose `verbatim.toml` names every article's outlet.
//!
//! `cargo bench --bench manifest` times [`verbatim::compare::load`] over directories of 500,
//! 1,000, 2,000 and 4,000 short articles, each named in the manifest's `[outlets]` table.
//! Matching each article to its manifest entry used to make both paths canonical for every
//! pair (N² look-ups: 1,000 files took 5 s); each path is now made canonical once, so the time
//! grows in proportion to N (docs/BENCHMARKS.md has the figures).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const SIZES: [usize; 4] = [500, 1_000, 2_000, 4_000];

/// A directory of `n` articles and a manifest naming each one's outlet.
fn directory(root: &Path, n: usize) -> PathBuf {
    let dir = root.join(format!("set-{n}"));
    std::fs::create_dir_all(&dir).unwrap();
    let mut manifest = String::from("[outlets]\n");
    for i in 0..n {
        let name = format!("article-{i:05}.txt");
        std::fs::write(
            dir.join(&name),
            format!("“We said {i} things,” Maria Lopez told reporters.\n"),
        )
        .unwrap();
        writeln!(manifest, "\"{name}\" = \"Outlet {}\"", i % 50).unwrap();
    }
    std::fs::write(dir.join("verbatim.toml"), manifest).unwrap();
    dir
}

fn load(c: &mut Criterion) {
    let root = std::env::temp_dir().join(format!("verbatim-bench-manifest-{}", std::process::id()));
    let mut group = c.benchmark_group("manifest_load");
    group.sample_size(10);
    for n in SIZES {
        let dir = directory(&root, n);
        group.throughput(criterion::Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &dir, |b, dir| {
            b.iter(|| {
                let (inputs, _, problems) = verbatim::compare::load(std::slice::from_ref(dir), &[]);
                assert_eq!((inputs.len(), problems.len()), (n, 0));
                assert!(inputs.iter().all(|i| i.outlet_from == "manifest"));
            })
        });
    }
    group.finish();
    std::fs::remove_dir_all(&root).unwrap();
}

criterion_group!(benches, load);
criterion_main!(benches);
