#!/usr/bin/env bash
# Records the public API of the packed libraries in their PublicAPI.Unshipped.txt files:
#   - every symbol reported by RS0016 ("not part of the declared public API") is added;
#   - every symbol reported by RS0017 ("part of the declared API, but ... could not be found") is removed from
#     PublicAPI.Unshipped.txt (a symbol in PublicAPI.Shipped.txt is only reported: removing shipped API breaks users).
# It builds each project, reads the analyzer's diagnostics from the build output, and edits the files; then it
# builds again to check that nothing is left. Review the diff before committing: every line is a promise to users.
#
# Usage: eng/update-public-api.sh [project.csproj ...]   (default: the three packed libraries)
set -euo pipefail
cd "$(dirname "$0")/.."
projects=("$@")
if [ ${#projects[@]} -eq 0 ]; then
  projects=(src/Summarizer/Summarizer.csproj
            src/Summarizer.Evaluation/Summarizer.Evaluation.csproj
            src/Summarizer.Extensions.DependencyInjection/Summarizer.Extensions.DependencyInjection.csproj)
fi

diagnostics() {
  # A full rebuild, so diagnostics of up-to-date projects are reported too; warnings stay warnings here.
  dotnet build "$1" -c Release --no-incremental -p:TreatWarningsAsErrors=false -nologo -clp:NoSummary 2>&1 \
    | grep -E '(warning|error) RS001[67]:' | sort -u || true
}

for project in "${projects[@]}"; do
  echo "public API: $project"
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    owner=$(echo "$line" | sed -E 's/.*\[([^]]+\.csproj)\]$/\1/')
    unshipped="$(dirname "$owner")/PublicAPI.Unshipped.txt"
    shipped="$(dirname "$owner")/PublicAPI.Shipped.txt"
    if [[ "$line" == *RS0016:* ]]; then
      symbol=$(echo "$line" | sed -E "s/.*RS0016: Symbol '(.*)' is not part of the declared public API.*/\1/")
      grep -qxF -- "$symbol" "$unshipped" || { echo "  + $symbol"; echo "$symbol" >> "$unshipped"; }
    else
      symbol=$(echo "$line" | sed -E "s/.*RS0017: Symbol '(.*)' is part of the declared API, but is either not public or could not be found.*/\1/")
      if grep -qxF -- "$symbol" "$unshipped"; then
        echo "  - $symbol"
        grep -vxF -- "$symbol" "$unshipped" > "$unshipped.tmp" && mv "$unshipped.tmp" "$unshipped"
      elif grep -qxF -- "$symbol" "$shipped"; then
        echo "  ! shipped API removed (a breaking change; move it to *REMOVED* in $unshipped if intended): $symbol"
      fi
    fi
  done < <(diagnostics "$project")
done

# Keep each file sorted (ordinal) under its '#nullable enable' header, so additions from parallel branches merge cleanly.
for project in "${projects[@]}"; do
  file="$(dirname "$project")/PublicAPI.Unshipped.txt"
  { echo '#nullable enable'; grep -vxF '#nullable enable' "$file" | LC_ALL=C sort -u; } > "$file.tmp" && mv "$file.tmp" "$file"
done

left=0
for project in "${projects[@]}"; do
  if diagnostics "$project" | grep -q .; then
    echo "still reported in $project:"; diagnostics "$project"; left=1
  fi
done
exit $left
