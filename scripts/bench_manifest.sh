#!/usr/bin/env bash
# Time `verbatim compare` over directories of N short articles whose verbatim.toml names every
# article's outlet, to show that the time grows with N, not N² (docs/BENCHMARKS.md).
#
#   scripts/bench_manifest.sh target/release/verbatim [N ...]     (default N: 250 500 1000 2000)
#
# The directories are written under ${TMPDIR:-/tmp}/verbatim-manifest and left there for a
# second binary; nothing is written in the repository.
set -euo pipefail
bin=${1:?usage: $0 VERBATIM_BINARY [N ...]}
shift
sizes=("${@:-250 500 1000 2000}")
root=${TMPDIR:-/tmp}/verbatim-manifest
for n in ${sizes[@]}; do
  dir=$root/set-$n
  if [ ! -f "$dir/verbatim.toml" ]; then
    mkdir -p "$dir"
    {
      echo "[outlets]"
      for ((i = 0; i < n; i++)); do
        name=$(printf 'article-%05d.txt' "$i")
        printf '“We said %d things,” Maria Lopez told reporters.\n' "$i" > "$dir/$name"
        printf '"%s" = "Outlet %d"\n' "$name" $((i % 50))
      done
    } > "$dir/verbatim.toml"
  fi
  # Exit code 0 or 1 (differences found) is a run that went through.
  /usr/bin/time -f "N=$n: %e s, %M KB peak" "$bin" compare "$dir" --format json > /dev/null || [ $? -eq 1 ]
done
