#!/usr/bin/env bash
# Publishes the summarize command as one native executable (Native AOT): no JIT at start or during a batch.
# Needs clang and zlib's headers (Debian/Ubuntu: apt-get install clang zlib1g-dev). The executable is built for this
# machine's operating system and processor family. On x64 Linux it uses the x86-64-v3 instructions (AVX2, BMI2, FMA)
# when this machine has them: a one-thread batch ran 8 to 12% faster than with the runtime's default x86-64-v2 (see
# benchmarks/README.md), and such an executable stops at start, with the runtime's one-line message, on a processor
# without them (x64 processors before 2013). NATIVE_INSTRUCTION_SET chooses another set (x86-64-v2 for any x64
# processor, native for this machine's own).
#
#   eng/publish-native.sh [OUTPUT_DIR]        (default artifacts/native; prints the executable's path)
#
# Extra arguments for dotnet publish can be given through PUBLISH_ARGS.
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
instruction_set="${NATIVE_INSTRUCTION_SET:-}"
if [ -z "$instruction_set" ] && [ "$os-$arch" = linux-x64 ]; then
  # x86-64-v3 is AVX, AVX2, BMI1, BMI2, F16C, FMA, LZCNT (abm) and MOVBE.
  flags=$(grep -m1 '^flags' /proc/cpuinfo || true)
  has_all=yes
  for flag in avx avx2 bmi1 bmi2 f16c fma abm movbe; do
    case " ${flags#*:} " in *" $flag "*) ;; *) has_all=no ;; esac
  done
  [ "$has_all" = yes ] && instruction_set=x86-64-v3
fi
isa_arg=()
[ -n "$instruction_set" ] && isa_arg=("-p:IlcInstructionSet=$instruction_set")
echo "publish-native: $os-$arch, instruction set ${instruction_set:-default}" >&2
# shellcheck disable=SC2086 # PUBLISH_ARGS is a list of arguments
dotnet publish "$root/src/Summarizer.Cli" -c Release -r "$os-$arch" -p:PublishAot=true ${isa_arg[@]+"${isa_arg[@]}"} -o "$out" -nologo ${PUBLISH_ARGS:-} >&2
echo "$out/summarize"
