# Shared by batch-throughput.sh and paired-throughput.sh (sourced, after cd to the repository root).

# seconds COMMAND...: the wall-clock seconds COMMAND takes, its output discarded; fails, with the command's error
# output, when the command fails (a crashed run must not pass for a fast one).
seconds() {
  local start end errors
  errors=$(mktemp)
  start=$(date +%s.%N)
  if ! "$@" > /dev/null 2> "$errors"; then
    echo "failed: $*" >&2; tail -5 "$errors" >&2; rm -f "$errors"; return 1
  fi
  end=$(date +%s.%N)
  rm -f "$errors"
  echo "$end - $start" | bc -l
}

# batch_input INPUT WORK: prints INPUT when given; otherwise writes ../shared/data/dev/bbc.jsonl repeated COPIES times
# (default 19: about 20,600 articles, 69 MB) to WORK/input.jsonl and prints that path.
batch_input() {
  local input=$1 work=$2 source=../shared/data/dev/bbc.jsonl
  if [ -n "$input" ]; then echo "$input"; return; fi
  [ -f "$source" ] || { echo "no input given and $source not found" >&2; return 2; }
  for _ in $(seq "${COPIES:-19}"); do cat "$source"; done > "$work/input.jsonl"
  echo "$work/input.jsonl"
}
