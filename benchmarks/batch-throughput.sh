#!/usr/bin/env bash
# Whole-process throughput of `summarize batch`, as users run it: process start, JIT warm-up, reading, summarizing
# and writing all included. Prints docs/s at 1 and 2 threads (median of RUNS runs) and the median start-to-exit time
# of a one-article command.
#
#   benchmarks/batch-throughput.sh [INPUT.jsonl]
#
# Without an input it builds one from ../shared/data/dev/bbc.jsonl repeated COPIES times (default 19: about 20,600
# articles, 69 MB). Runtime settings can be compared through the environment, e.g. DOTNET_TieredPGO=0, another build
# of the tool through DLL=path/to/summarize.dll (a ReadyToRun publish, say), and the native command through
# EXE=artifacts/native/summarize (eng/publish-native.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
source benchmarks/batch-common.sh
dll=${DLL:-src/Summarizer.Cli/bin/Release/net10.0/summarize.dll}
if [ -n "${EXE:-}" ]; then
  [ -x "$EXE" ] || { echo "EXE=$EXE is not an executable" >&2; exit 2; }
  command=("$EXE")
else
  [ -f "$dll" ] || dotnet build src/Summarizer.Cli -c Release -nologo -v quiet >/dev/null
  command=(dotnet "$dll")
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
input=$(batch_input "${1:-}" "$work")
lines=$(wc -l < "$input")
echo "input: $lines lines, $(( $(stat -c %s "$input") / 1000000 )) MB; $RUNS runs each; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -A took
for threads in 1 2; do
  m=$(for _ in $(seq "$RUNS"); do seconds "${command[@]}" batch "$input" -o "$work/out.jsonl" --threads "$threads"; done | median)
  took[$threads]=$m
  printf 'batch --threads %s: %.2f s, %.0f docs/s\n' "$threads" "$m" "$(echo "$lines / $m" | bc -l)"
done

# What two cores give to work that shares nothing: two one-thread batches in separate processes at once. A virtual
# machine's two cores may share a physical core or its caches, so this, not 2.0, is what --threads 2 can reach here.
pair() { "${command[@]}" batch "$input" -o "$work/pair1.jsonl" --threads 1 & "${command[@]}" batch "$input" -o "$work/pair2.jsonl" --threads 1; wait; }
m=$(for _ in $(seq "$RUNS"); do seconds pair; done | median)
printf 'two 1-thread batches at once: %.2f s; speed-up: --threads 2 %.2fx, this machine'"'"'s ceiling %.2fx\n' \
  "$m" "$(echo "${took[1]} / ${took[2]}" | bc -l)" "$(echo "2 * ${took[1]} / $m" | bc -l)"

article=samples/articles/night-trains.txt
m=$(for _ in $(seq 10); do seconds "${command[@]}" "$article" -n 3; done | median)
printf 'one article (%s), start to exit: %.3f s\n' "$(basename "$article")" "$m"
