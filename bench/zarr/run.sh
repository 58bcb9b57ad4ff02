#!/usr/bin/env bash
# zarr reads: every frame of a Blosc-LZ4 uint16 movie (512 x 512, chunks 10 x 256 x 256; LZ4 compresses it about 2:1) through the Java reader
# vs zarr-python on the same store, in ROUNDS alternating rounds (the machine's load changes between them);
# prints each round's ratios, wall clock and CPU time. Usage: bash bench/zarr/run.sh
# (FRAMES, default 1000; ROUNDS, default 3; OPHYS_BENCH_DIR, default /tmp/ophys-bench-zarr)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/zarr"
DIR="${OPHYS_BENCH_DIR:-/tmp/ophys-bench-zarr}"
FRAMES="${FRAMES:-1000}"
ROUNDS="${ROUNDS:-3}"
PY=/usr/bin/python3
mkdir -p "$DIR"
STORE="$DIR/movie.zarr"
trap 'rm -rf "$STORE" "$DIR/classes"' EXIT
cd "$ROOT"
[[ -d target/classes/io/github/ophysio/io/zarr ]] || mvn -q -Dmaven.test.skip=true compile
mvn -q dependency:build-classpath -Dmdep.outputFile="$DIR/cp.txt" >/dev/null
CP="$ROOT/target/classes:$(cat "$DIR/cp.txt")"
javac -cp "$CP" -d "$DIR/classes" "$HERE/ZarrBench.java" 2>/dev/null
echo "== writing $FRAMES frames of 512 x 512 uint16, Blosc lz4 + shuffle"
"$PY" "$HERE/make_zarr.py" "$STORE" "$FRAMES"
du -sh "$STORE"
field() { sed -n "s/.*: \([0-9]*\) frames\/s, \([0-9]*\) frames per CPU.*/\\$1/p"; }
for round in $(seq "$ROUNDS"); do
  echo "== round $round (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  PYOUT="$("$PY" "$HERE/zarr_python_read.py" "$STORE")"
  echo "$PYOUT"
  JOUT="$(java -Xmx1g -cp "$DIR/classes:$CP" ZarrBench "$STORE")"
  echo "$JOUT"
  echo "$PYOUT" | while read -r line; do
    awk -v jw="$(echo "$JOUT" | field 1)" -v jc="$(echo "$JOUT" | field 2)" \
        -v pw="$(echo "$line" | field 1)" -v pc="$(echo "$line" | field 2)" -v name="${line%%:*}" \
        'BEGIN { printf "ratio java / %s: %.2fx wall clock, %.2fx per CPU-second\n", name, jw / pw, jc / pc }'
  done
done
