#!/usr/bin/env bash
# Publishes the summarize command as one native executable (Native AOT): no JIT at start or during a batch.
# Needs clang and zlib's headers (Debian/Ubuntu: apt-get install clang zlib1g-dev). The executable is built for this
# machine's operating system and processor family, with the runtime's default instruction set (x86-64-v2 on x64).
#
#   eng/publish-native.sh [OUTPUT_DIR]        (default artifacts/native; prints the executable's path)
#
# Extra arguments for dotnet publish can be given through PUBLISH_ARGS, e.g. PUBLISH_ARGS=-p:IlcInstructionSet=native
# for the building machine's own instruction set.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/artifacts/native}"
case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=osx ;;
  *) echo "publish-native: unsupported operating system $(uname -s)" >&2; exit 2 ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "publish-native: unsupported processor $(uname -m)" >&2; exit 2 ;;
esac
if [ "$os" = linux ] && ! command -v clang > /dev/null; then
  echo "publish-native: clang not found; a native build links with it (Debian/Ubuntu: apt-get install clang zlib1g-dev)" >&2
  exit 2
fi
# shellcheck disable=SC2086 # PUBLISH_ARGS is a list of arguments
dotnet publish "$root/src/Summarizer.Cli" -c Release -r "$os-$arch" -p:PublishAot=true -o "$out" -nologo ${PUBLISH_ARGS:-} >&2
echo "$out/summarize"
