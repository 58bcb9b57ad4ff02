#!/usr/bin/env bash
# HDF5 reads: the Java reader vs h5py (chunked gzip+shuffle) and numpy memmap (contiguous) on the same files.
# Usage: bash bench/hdf5/run.sh   (FRAMES default 2048 = 1 GiB per file; OPHYS_BENCH_DIR default /tmp/ophys-bench-hdf5;
#        BIG=1 also times opening a 10 GB chunked dataset of 20000 chunks)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/hdf5"
DIR="${OPHYS_BENCH_DIR:-/tmp/ophys-bench-hdf5}"
FRAMES="${FRAMES:-2048}"
REPS="${REPS:-3}"
PY=/usr/bin/python3
mkdir -p "$DIR"
trap 'rm -f "$DIR"/chunked_gzip.h5 "$DIR"/contiguous.h5 "$DIR"/big10g.h5; rm -rf "$DIR/classes"' EXIT
cd "$ROOT"
[[ -d target/classes/io/github/ophysio/formats/hdf5 ]] || mvn -q -Dmaven.test.skip=true compile
mvn -q dependency:build-classpath -Dmdep.outputFile="$DIR/cp.txt" >/dev/null
CP="$ROOT/target/classes:$(cat "$DIR/cp.txt")"
javac -cp "$CP" -d "$DIR/classes" "$HERE/Hdf5Bench.java" "$HERE/OpenBench.java" "$HERE/HeapBench.java"
echo "== writing $FRAMES frames of 512 x 512 uint16, chunked gzip+shuffle and contiguous"
"$PY" "$HERE/make_hdf5.py" "$DIR" "$FRAMES"
ls -l "$DIR"/*.h5
"$PY" "$HERE/h5py_reference.py" "$DIR" "$REPS"
java -Xmx1g -cp "$DIR/classes:$CP" Hdf5Bench "$DIR" "$REPS" "$ROOT/src/test/resources/fixtures/hdf5/contiguous_uint16_tyx.h5"
# heap while scrolling every frame of each file with -Xmx a quarter of the file's pixels
for f in chunked_gzip.h5 contiguous.h5; do
  java -Xmx$(( FRAMES / 8 ))m -cp "$DIR/classes:$CP" HeapBench "$DIR/$f"
done
if [[ "${BIG:-0}" == 1 ]]; then
  "$PY" "$HERE/make_big.py" "$DIR/big10g.h5"
  java -Xmx1g -cp "$DIR/classes:$CP" OpenBench "$DIR/big10g.h5" "$ROOT/src/test/resources/fixtures/hdf5/chunked_gzip_shuffle_float32.h5"
fi
