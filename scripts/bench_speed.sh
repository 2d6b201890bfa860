#!/usr/bin/env bash
# One-thread extraction speed over 50 MB of PolNeAR article text, measured beside `wc -w` on
# the same file (README "Speed", docs/BENCHMARKS.md). CPU time (user + system), not wall time:
# the project machine is shared and loaded.
#
#   scripts/bench_speed.sh target/release/verbatim [RUNS]      (default 5; the median is printed)
#
# The corpus is ../shared/eval/polnear-train.jsonl then polnear-dev.jsonl, as {"id", "text"}
# lines with "#N" appended to each id on the N-th repetition, until the articles' text reaches
# 50,000,000 bytes (10,788 lines, 51,493,010 bytes). It is written to
# ${TMPDIR:-/tmp}/verbatim-speed, never into the repository. Pass OUT=FILE to keep the output of
# the last run (to `cmp` two builds).
set -euo pipefail
bin=${1:?usage: $0 VERBATIM_BINARY [RUNS]}
runs=${2:-5}
here=$(cd "$(dirname "$0")/.." && pwd)
shared=$here/../shared/eval
dir=${TMPDIR:-/tmp}/verbatim-speed
mkdir -p "$dir"
corpus=$dir/corpus50.jsonl
if [ ! -f "$corpus" ]; then
  python3 - "$shared" "$corpus" <<'PY'
import json, sys
shared, path = sys.argv[1], sys.argv[2]
docs = []
for name in ("polnear-train.jsonl", "polnear-dev.jsonl"):
    with open(f"{shared}/{name}", encoding="utf-8") as f:
        docs += [json.loads(l) for l in f if l.strip()]
size, rep = 0, 0
with open(path, "w", encoding="utf-8") as out:
    while size < 50_000_000:
        for d in docs:
            out.write(json.dumps({"id": f"{d['id']}#{rep}", "text": d["text"]}, ensure_ascii=False) + "\n")
            size += len(d["text"].encode())
            if size >= 50_000_000:
                break
        rep += 1
PY
fi
bytes=$(stat -c %s "$corpus")
echo "corpus: $corpus ($bytes bytes, $(wc -l < "$corpus") articles)"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# cpu SECONDS → MB/s of the file
rate() { awk -v b="$bytes" -v s="$1" 'BEGIN {printf "%.1f", b / 1e6 / s}'; }
measure() {
  local label=$1
  shift
  local times=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%U %S' -o "$dir/time" "$@" > "$dir/out"
    times+=("$(awk '{print $1 + $2}' "$dir/time")")
  done
  local m
  m=$(printf '%s\n' "${times[@]}" | median)
  printf '%-32s CPU %s s (median of %s: %s)  %s MB/s\n' "$label" "$m" "$runs" "${times[*]}" "$(rate "$m")"
}
measure "wc -w" wc -w "$corpus"
measure "verbatim extract, one thread" env RAYON_NUM_THREADS=1 "$bin" extract --format jsonl "$corpus"
if [ -n "${OUT:-}" ]; then cp "$dir/out" "$OUT"; fi
