#!/usr/bin/env bash
# Compares two builds of the summarize command on the same batch, in pairs: each round runs both, in alternating
# order, and the figure is the median over rounds of the ratio B/A, with its interquartile range. On a shared or
# virtual machine the speed of one binary drifts by 10% or more between runs; a ratio within a round cancels most of
# that drift, so a few percent become visible (benchmarks/README.md quotes ratios measured this way).
#
#   benchmarks/paired-throughput.sh A B [INPUT.jsonl]
#
# A and B are commands: an executable (a native build, an installed tool) or "dotnet path/to/summarize.dll".
# ROUNDS (default 15) and THREADS (default 1) come from the environment. Without an input it builds one from
# ../shared/data/dev/bbc.jsonl repeated COPIES times (default 19). A ratio below 1 means B is faster.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { sed -n '2,11p' "$0" >&2; exit 2; }
ROUNDS=${ROUNDS:-15}
THREADS=${THREADS:-1}
source benchmarks/batch-common.sh
read -r -a a <<< "$1"
read -r -a b <<< "$2"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
input=$(batch_input "${3:-}" "$work")

# A new output file each run (see batch-throughput.sh): overwriting the last one adds the file system's work on it.
run() { rm -f "$work/out.jsonl"; seconds "$@" batch "$input" -o "$work/out.jsonl" --threads "$THREADS"; }

echo "input: $(wc -l < "$input") lines; $ROUNDS rounds; --threads $THREADS; load $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$ROUNDS"); do
  if (( round % 2 )); then ta=$(run "${a[@]}"); tb=$(run "${b[@]}"); else tb=$(run "${b[@]}"); ta=$(run "${a[@]}"); fi
  echo "$ta $tb"
done | awk '
  { a[NR] = $1; b[NR] = $2; r[NR] = $2 / $1 }
  function sorted(x, n,   i, j, t) { for (i = 2; i <= n; i++) for (j = i; j > 1 && x[j - 1] > x[j]; j--) { t = x[j]; x[j] = x[j - 1]; x[j - 1] = t } }
  function at(x, n, q,   p) { p = 1 + q * (n - 1); return x[int(p)] + (p - int(p)) * (x[int(p) + (p > int(p))] - x[int(p)]) }
  END {
    if (NR == 0) exit 1
    n = NR; sorted(a, n); sorted(b, n); sorted(r, n)
    printf "A: median %.3f s\nB: median %.3f s\nB/A: median %.3f (interquartile range %.3f to %.3f)\n", at(a, n, 0.5), at(b, n, 0.5), at(r, n, 0.5), at(r, n, 0.25), at(r, n, 0.75)
  }'
