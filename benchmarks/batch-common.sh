# Shared by batch-throughput.sh and paired-throughput.sh (sourced, after cd to the repository root).

# seconds COMMAND...: the wall-clock seconds COMMAND takes, its output discarded.
seconds() { local start end; start=$(date +%s.%N); "$@" > /dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc -l; }

# batch_input INPUT WORK: prints INPUT when given; otherwise writes ../shared/data/dev/bbc.jsonl repeated COPIES times
# (default 19: about 20,600 articles, 69 MB) to WORK/input.jsonl and prints that path.
batch_input() {
  local input=$1 work=$2 source=../shared/data/dev/bbc.jsonl
  if [ -n "$input" ]; then echo "$input"; return; fi
  [ -f "$source" ] || { echo "no input given and $source not found" >&2; return 2; }
  for _ in $(seq "${COPIES:-19}"); do cat "$source"; done > "$work/input.jsonl"
  echo "$work/input.jsonl"
}
