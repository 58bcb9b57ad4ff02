#!/usr/bin/env bash
# Inscopix .isxd reads: Java reader vs numpy memmap on the same 2 GiB file (frames with header/footer lines).
# Usage: bash bench/isxd/run.sh   (builds main classes if needed; OPHYS_BENCH_DIR, default /tmp/ophys-bench-isxd)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/isxd"
DIR="${OPHYS_BENCH_DIR:-/tmp/ophys-bench-isxd}"
FRAMES="${FRAMES:-4000}"
PY=/usr/bin/python3
mkdir -p "$DIR"
FILE="$DIR/movie_hf.isxd"
trap 'rm -f "$FILE"; rm -rf "$DIR/classes"' EXIT
cd "$ROOT"
[[ -d target/classes/io/github/ophysio/formats/isxd ]] || mvn -q -Dmaven.test.skip=true compile
mvn -q dependency:build-classpath -Dmdep.outputFile="$DIR/cp.txt" >/dev/null
CP="$ROOT/target/classes:$(cat "$DIR/cp.txt")"
javac -cp "$CP" -d "$DIR/classes" "$HERE/IsxdBench.java"
echo "== writing $FRAMES frames of 512 x 512 uint16 with header/footer lines"
"$PY" "$HERE/make_isxd.py" "$FILE" "$FRAMES" hf
ls -l "$FILE"
"$PY" "$HERE/numpy_isxd.py" "$FILE" "$FRAMES" hf
java -Xmx1g -cp "$DIR/classes:$CP" IsxdBench "$FILE" "$ROOT/src/test/resources/fixtures/isxd/movie_u16_5x7x9.isxd"
