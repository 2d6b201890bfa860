#!/usr/bin/env bash
# Peak memory and time to the first byte of output of `verbatim extract` over a big JSON Lines
# corpus and a big single text, to show that a corpus streams (docs/BENCHMARKS.md).
#
#   scripts/bench_stream.sh target/release/verbatim [MEGABYTES]      (default 200)
#
# The corpus is ../shared/eval/*.jsonl repeated to MEGABYTES, the text 50 MB of its articles'
# text; both are written to ${TMPDIR:-/tmp}/verbatim-stream, never into the repository.
set -euo pipefail
bin=${1:?usage: $0 VERBATIM_BINARY [MEGABYTES]}
mb=${2:-200}
here=$(cd "$(dirname "$0")/.." && pwd)
shared=$here/../shared/eval
out=${TMPDIR:-/tmp}/verbatim-stream
mkdir -p "$out"
corpus=$out/corpus-${mb}mb.jsonl
text=$out/text-50mb.txt
if [ ! -f "$corpus" ]; then
  while [ "$(stat -c %s "$corpus" 2>/dev/null || echo 0)" -lt $((mb * 1000000)) ]; do
    cat "$shared"/*.jsonl >> "$corpus"
  done
fi
if [ ! -f "$text" ]; then
  python3 - "$shared" "$text" <<'PY'
import glob, json, sys
texts = [json.loads(l)["text"] for f in sorted(glob.glob(sys.argv[1] + "/*.jsonl")) for l in open(f) if l.strip()]
with open(sys.argv[2], "w") as out:
    size = 0
    while size < 50_000_000:
        for t in texts:
            out.write(t + "\n\n")
            size += len(t.encode()) + 2
            if size >= 50_000_000:
                break
PY
fi
for input in "$corpus" "$text"; do
  printf '%s (%s MB)\n' "$(basename "$input")" $(( $(stat -c %s "$input") / 1000000 ))
  /usr/bin/time -f "  whole run: %e s, %M KB peak" "$bin" extract --format jsonl "$input" > /dev/null
  # The first byte of output: how long a reader waits for it (taken when it arrives, not when
  # verbatim ends).
  start=$(date +%s.%N)
  "$bin" extract --format jsonl "$input" | { head -c 1 > /dev/null; date +%s.%N > "$out/first"; } || true
  printf '  first byte after %.2f s\n' "$(echo "$(cat "$out/first") - $start" | bc)"
done
