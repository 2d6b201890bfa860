#!/usr/bin/env bash
# Times HTML readers on the pages of scripts/hostile_pages.py: wall time and peak memory of
# one run each (GNU time), 120 s at most a run. Prints a Markdown table.
# Usage: time_readers.sh PAGES_DIR 'LABEL=COMMAND' ...   (the page's path is appended to COMMAND)
set -uo pipefail
dir=$1
shift
echo "| reader | page | seconds | peak MB | exit |"
echo "|---|---|---:|---:|---|"
for spec in "$@"; do
    label=${spec%%=*}
    cmd=${spec#*=}
    for page in big nested attr attrs; do
        log=$(mktemp)
        timeout 120 /usr/bin/time -f '%e %M' -o "$log" $cmd "$dir/$page.html" >/dev/null 2>&1
        status=$?
        read -r secs kb < <(grep -E '^[0-9.]+ [0-9]+$' "$log") || true
        mb=$(( ${kb:-0} / 1024 ))
        if ((status == 124)); then secs=">120"; mb="-"; fi
        echo "| $label | $page | ${secs:-?} | $mb | $status |"
        rm -f "$log"
    done
done
