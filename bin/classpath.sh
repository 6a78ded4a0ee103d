# Sourced by bin/simulate and bin/bench: compiles once and builds the runtime classpath, then
# only recompiles when sources or the pom changed. Sets CP. Offline first, online if that fails.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CP_FILE="$ROOT/target/classpath.txt"
if [[ ! -f "$CP_FILE" || ! -d "$ROOT/target/classes" \
      || -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$CP_FILE" -print -quit)" ]]; then
  echo "compiling (first run or sources changed)..." >&2
  build=(-B -q -f "$ROOT/pom.xml" compile dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$CP_FILE")
  if ! "$ROOT/mvnw" -o "${build[@]}" >&2; then
    "$ROOT/mvnw" "${build[@]}" >&2
  fi
  touch "$CP_FILE"
fi
CP="$ROOT/target/classes:$(cat "$CP_FILE")"
export CP
