#!/usr/bin/env bash
# SHA-256 of `summarize batch` output over each dev set, with the Release CLI: a change meant to alter speed only
# must leave every digest unchanged. Usage: eng/dev-digest.sh [data-dir]   (default ../shared/data/dev)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-$root/../shared/data/dev}"
cli="$root/src/Summarizer.Cli/bin/Release/net10.0/summarize.dll"
[ -f "$cli" ] || dotnet build "$root/src/Summarizer.Cli" -c Release >/dev/null
for f in "$data"/*.jsonl; do
  a=$(dotnet "$cli" batch "$f" --threads 1 2>/dev/null | sha256sum | cut -c1-16)
  b=$(dotnet "$cli" batch "$f" --threads 1 -l auto -a luhn -n 5 2>/dev/null | sha256sum | cut -c1-16)
  echo "$(basename "$f" .jsonl) default=$a auto-luhn=$b"
done
