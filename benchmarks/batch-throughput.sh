#!/usr/bin/env bash
# Whole-process throughput of `summarize batch`, as users run it: process start, JIT warm-up, reading, summarizing
# and writing all included. Prints docs/s at 1 and 2 threads (median of RUNS runs), the two-thread speed-up, and the
# median start-to-exit time of a one-article command.
#
# Each of the RUNS rounds runs one thread, two threads and two one-thread processes at once, in an order that rotates
# from round to round, and the speed-ups are medians of the rounds' own ratios: on a shared or virtual machine the
# speed of the same binary drifts by 10% or more within minutes, and a ratio taken within a round cancels most of it.
# Each run writes a new output file: overwriting the last run's would add the file system's work on the old file
# (ext4 frees its blocks, and writes the new data out when the file is closed) to the run.
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
# The caches decide much of the figure (the per-thread word table outgrows L2), and machines that look alike differ
# in them: the first core's L2 and L3 as the kernel reports them, "?" where it does not.
cache() {
  local dir
  for dir in /sys/devices/system/cpu/cpu0/cache/index*; do
    if [ "$(cat "$dir/level" 2> /dev/null)" = "$1" ] && [ "$(cat "$dir/type" 2> /dev/null)" != Instruction ]; then
      cat "$dir/size"
      return
    fi
  done
  echo "?"
}
echo "input: $lines lines, $(( $(stat -c %s "$input") / 1000000 )) MB; $RUNS runs each; $(nproc) cores, L2 $(cache 2), L3 $(cache 3); load $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
quartiles() { sort -g | awk '{ v[NR] = $1 } END { q1 = int((NR + 3) / 4); printf "%.2f to %.2f", v[q1], v[NR + 1 - q1] }'; }

batch() { rm -f "$work/$1.jsonl"; "${command[@]}" batch "$input" -o "$work/$1.jsonl" --threads "$2"; }
one() { batch one 1; }
two() { batch two 2; }
# What two cores give to work that shares nothing: two one-thread batches in separate processes at once. A virtual
# machine's two cores may share a physical core or its caches, so this, not 2.0, is what --threads 2 can reach here.
pair() { batch pair1 1 & batch pair2 1; wait; }

orders=("one two pair" "two pair one" "pair one two")
for round in $(seq "$RUNS"); do
  declare -A t=()
  for run in ${orders[$(( (round - 1) % 3 ))]}; do t[$run]=$(seconds "$run"); done
  echo "${t[one]} ${t[two]} ${t[pair]}"
done > "$work/rounds"

t1=$(cut -d' ' -f1 "$work/rounds" | median)
t2=$(cut -d' ' -f2 "$work/rounds" | median)
printf 'batch --threads 1: %.2f s, %.0f docs/s\n' "$t1" "$(echo "$lines / $t1" | bc -l)"
printf 'batch --threads 2: %.2f s, %.0f docs/s\n' "$t2" "$(echo "$lines / $t2" | bc -l)"
printf 'two 1-thread batches at once: %.2f s\n' "$(cut -d' ' -f3 "$work/rounds" | median)"
speedup=$(awk '{ print $1 / $2 }' "$work/rounds")
ceiling=$(awk '{ print 2 * $1 / $3 }' "$work/rounds")
printf 'speed-up, median of the rounds: --threads 2 %.2fx (%s), this machine'"'"'s ceiling %.2fx (%s)\n' \
  "$(median <<< "$speedup")" "$(quartiles <<< "$speedup")" "$(median <<< "$ceiling")" "$(quartiles <<< "$ceiling")"

article=samples/articles/night-trains.txt
m=$(for _ in $(seq 10); do seconds "${command[@]}" "$article" -n 3; done | median)
printf 'one article (%s), start to exit: %.3f s\n' "$(basename "$article")" "$m"
