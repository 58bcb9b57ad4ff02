#!/usr/bin/env bash
# Ophys IO performance benchmark: numpy reference vs the Java plugin on the same files.
# Usage: bash bench/run.sh        (see bench/README.md for the environment variables)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
DIR="${OPHYS_BENCH_DIR:-/tmp/ophys-bench}"
PY=/usr/bin/python3                      # Debian's python3: the one with numpy
REPS="${REPS:-5}"                        # timed passes per measurement (median reported)
WARMUPS="${WARMUPS:-2}"                  # untimed passes before them (page cache, JIT, heap sizing)
FRAMES="${FRAMES:-8192}"                 # 8192 x 512 x 512 uint16 = 4 GiB
SPARSE_FRAMES="${SPARSE_FRAMES:-81920}"  # 40 GiB, sparse
RANDOM_PLANES="${RANDOM_PLANES:-2000}"
JAVA_XMX="${JAVA_XMX:-4g}"               # heap for the opening and throughput JVMs
MEM_XMX="${MEM_XMX:-1g}"                 # heap for the bounded-memory JVM (file is 4x larger)

case "$DIR" in
  "$ROOT"|"$ROOT"/*) echo "OPHYS_BENCH_DIR must be outside the repository" >&2; exit 2 ;;
esac
mkdir -p "$DIR"
DENSE="$DIR/rec_4g.npy"
SPARSE="$DIR/sparse_40g.npy"

cleanup() {
  rm -f "$SPARSE"
  rm -rf "$DIR/bench-classes" "$DIR/main-snapshot"
  if [[ "${KEEP:-0}" != 1 ]]; then rm -f "$DENSE"; fi
}
trap cleanup EXIT

echo "== build"
cd "$ROOT"
JAR="$ROOT/target/Ophys_IO-0.1.0-SNAPSHOT.jar"
need_build=0
if [[ ! -f "$ROOT/target/classes/io/github/ophysio/fiji/command/RecordingOpener.class" ]] \
   || ! ls "$ROOT"/target/demo-lib/ij-*.jar >/dev/null 2>&1 || [[ ! -f "$JAR" ]]; then
  need_build=1
elif [[ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]]; then
  need_build=1
fi
if [[ "${FORCE_BUILD:-0}" == 1 ]]; then need_build=1; fi
if [[ "${SKIP_BUILD:-0}" == 1 ]]; then need_build=0; fi
if [[ $need_build == 1 ]]; then
  echo "  mvn -q -DskipTests package"
  if ! mvn -q -DskipTests package; then
    # Test sources that others are editing may not compile: the bench only needs main classes.
    echo "  (retrying without compiling tests)"
    mvn -q -Dmaven.test.skip=true package
  fi
else
  echo "  main project up to date (FORCE_BUILD=1 to rebuild)"
fi

# Snapshot the main classes: other work may rebuild or clean target/ while the bench runs.
SNAP="$DIR/main-snapshot"
snapshot() {
  rm -rf "$SNAP" && mkdir -p "$SNAP/lib" &&
  cp -r "$ROOT/target/classes" "$SNAP/classes" &&
  cp "$ROOT"/target/demo-lib/*.jar "$SNAP/lib/" &&
  [[ -f "$SNAP/classes/io/github/ophysio/fiji/command/RecordingOpener.class" ]] &&
  [[ -f "$SNAP/classes/META-INF/services/io.github.ophysio.formats.FormatReader" ]]
}
for attempt in 1 2 3 4 5 6; do
  if snapshot 2>/dev/null; then break; fi
  if [[ $attempt == 6 ]]; then echo "cannot snapshot target/classes (is a build running?)" >&2; exit 1; fi
  echo "  target/classes incomplete (a build is running?), retrying in 10 s"; sleep 10
done
CP="$SNAP/classes:$SNAP/lib/*"
CLASSES="$DIR/bench-classes"
rm -rf "$CLASSES"
mkdir -p "$CLASSES"
javac --release 17 -nowarn -proc:none -d "$CLASSES" -cp "$CP" "$BENCH"/src/io/github/ophysio/bench/*.java
JAVA=(java -Djava.awt.headless=true -Dbench.reps="$REPS" -Dbench.warmups="$WARMUPS" -cp "$CLASSES:$CP")
BENCH_MAIN=io.github.ophysio.bench.Bench

echo "== test files in $DIR"
"$PY" "$BENCH/numpy_reference.py" generate "$DIR" --frames "$FRAMES" --sparse-frames "$SPARSE_FRAMES" \
  --random "$RANDOM_PLANES"

NP_OUT="$DIR/results-numpy.tsv"
JAVA_OUT="$DIR/results-java.tsv"
rm -f "$NP_OUT" "$JAVA_OUT"

echo "== numpy reference ($("$PY" -c 'import numpy; print("numpy", numpy.__version__)'))"
"$PY" "$BENCH/numpy_reference.py" measure "$DIR" "$NP_OUT" --reps "$REPS" --warmups "$WARMUPS"

"${JAVA[@]}" -Xmx"$JAVA_XMX" $BENCH_MAIN check "$DENSE"

echo "== java: opening (3 rounds; a fresh JVM for every open, -Xmx$JAVA_XMX)"
for round in 1 2 3; do
  for loaded in false true; do
    "${JAVA[@]}" -Xmx"$JAVA_XMX" -Dbench.imagej.loaded=$loaded $BENCH_MAIN open "$DENSE" 4g "$JAVA_OUT"
    "${JAVA[@]}" -Xmx"$JAVA_XMX" -Dbench.imagej.loaded=$loaded $BENCH_MAIN open "$SPARSE" 40g "$JAVA_OUT"
  done
done
rm -f "$SPARSE"

echo "== java: sequential reads (one fresh JVM per measurement, -Xmx$JAVA_XMX)"
for name in readPlane_reused getPlane_fresh lazy_plane getProcessor macro getProcessor_hits \
            ij_raw_getProcessor ij_raw_macro; do
  "${JAVA[@]}" -Xmx"$JAVA_XMX" $BENCH_MAIN seq "$name" "$DENSE" "$JAVA_OUT"
done
for name in getProcessor macro; do   # the plugin with read-ahead turned off, for comparison
  "${JAVA[@]}" -Xmx"$JAVA_XMX" -Dophys.readahead.planes=0 -Dbench.tag=_noreadahead $BENCH_MAIN seq "$name" \
    "$DENSE" "$JAVA_OUT"
done

echo "== java: random single planes (one fresh JVM per measurement, -Xmx$JAVA_XMX)"
for name in getProcessor macro ij_raw_getProcessor; do
  "${JAVA[@]}" -Xmx"$JAVA_XMX" $BENCH_MAIN random "$name" "$DENSE" "$DIR/random_indices.txt" "$JAVA_OUT"
done

echo "== interleaved: numpy then the plugin, back to back, ${ROUNDS:-5} rounds (ratios within each round)"
"$PY" "$BENCH/interleaved.py" "$DENSE" "$DIR/random_indices.txt" "${ROUNDS:-5}" "$REPS" "$WARMUPS" "$JAVA_OUT" -- \
  "${JAVA[@]}" -Xmx"$JAVA_XMX" $BENCH_MAIN

echo "== java: bounded memory (-Xmx$MEM_XMX)"
"${JAVA[@]}" -Xmx"$MEM_XMX" $BENCH_MAIN memory "$DENSE" "$JAVA_OUT"

echo
"$PY" "$BENCH/report.py" "$NP_OUT" "$JAVA_OUT" | tee "$DIR/table.md"
