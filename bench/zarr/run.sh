#!/usr/bin/env bash
# zarr reads: every frame of a Blosc-LZ4 uint16 movie (512 x 512, chunks 10 x 256 x 256) through the Java reader
# vs zarr-python on the same store; prints the ratio. Usage: bash bench/zarr/run.sh
# (FRAMES, default 1000; OPHYS_BENCH_DIR, default /tmp/ophys-bench-zarr)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/zarr"
DIR="${OPHYS_BENCH_DIR:-/tmp/ophys-bench-zarr}"
FRAMES="${FRAMES:-1000}"
PY=/usr/bin/python3
mkdir -p "$DIR"
STORE="$DIR/movie.zarr"
trap 'rm -rf "$STORE" "$DIR/classes"' EXIT
cd "$ROOT"
[[ -d target/classes/io/github/ophysio/io/zarr ]] || mvn -q -Dmaven.test.skip=true compile
mvn -q dependency:build-classpath -Dmdep.outputFile="$DIR/cp.txt" >/dev/null
CP="$ROOT/target/classes:$(cat "$DIR/cp.txt")"
javac -cp "$CP" -d "$DIR/classes" "$HERE/ZarrBench.java"
echo "== writing $FRAMES frames of 512 x 512 uint16, Blosc lz4 + shuffle"
"$PY" "$HERE/make_zarr.py" "$STORE" "$FRAMES"
du -sh "$STORE"
PYOUT="$("$PY" "$HERE/zarr_python_read.py" "$STORE")"
echo "$PYOUT"
JOUT="$(java -Xmx1g -cp "$DIR/classes:$CP" ZarrBench "$STORE")"
echo "$JOUT"
java_fps=$(echo "$JOUT" | sed -n 's/.*: \([0-9]*\) frames.*/\1/p')
echo "$PYOUT" | while read -r line; do
  py_fps=$(echo "$line" | sed -n 's/.*: \([0-9]*\) frames.*/\1/p')
  echo "ratio java / ${line%%:*}: $(awk -v j="$java_fps" -v p="$py_fps" 'BEGIN { printf "%.2f", j / p }')x"
done
