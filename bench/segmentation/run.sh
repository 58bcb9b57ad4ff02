#!/usr/bin/env bash
# Segmentation benchmark (issue 5): a 5 000-ROI x 50 000-sample Suite2p plane into the ROI Manager and a
# Results table, beside Suite2p's own np.load of the same files; one ROI's trace read from a cold file.
# Usage: bash bench/segmentation/run.sh   (see bench/README.md, "Segmentation benchmark", for the variables)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/segmentation"
DIR="${OPHYS_BENCH_DIR:-/tmp/ophys-bench-seg}"
PY=/usr/bin/python3                  # Debian's python3: the one with numpy
ROIS="${ROIS:-5000}"
SAMPLES="${SAMPLES:-50000}"
TRACES="${TRACES:-F,Fneu,spks}"      # trace files written (1 GB each at the defaults); the Java load reads F
REPS="${REPS:-3}"
WARMUPS="${WARMUPS:-1}"
ROI="${ROI:-1234}"
JAVA_XMX="${JAVA_XMX:-8g}"           # the raw table alone is ROIS x SAMPLES doubles (2 GB at the defaults)
case "$DIR" in
  "$ROOT"|"$ROOT"/*) echo "OPHYS_BENCH_DIR must be outside the repository" >&2; exit 2 ;;
esac
mkdir -p "$DIR"
PLANE="$DIR/suite2p/plane0"
cleanup() {
  rm -rf "$DIR/classes" "$DIR/main-snapshot"
  if [[ "${KEEP:-0}" != 1 ]]; then rm -rf "$DIR/suite2p"; fi
}
trap cleanup EXIT

echo "== build"
cd "$ROOT"
SNAP="$DIR/main-snapshot"
rm -rf "$SNAP" && mkdir -p "$SNAP/lib"
if [[ -n "${MAIN_CLASSES:-}" ]]; then
  # classes built elsewhere (e.g. while work in progress elsewhere in the tree does not compile)
  cp -r "$MAIN_CLASSES" "$SNAP/classes"
  cp "${MAIN_LIB:-$ROOT/target/demo-lib}"/*.jar "$SNAP/lib/"
else
  if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    mvn -q -Dmaven.test.skip=true package
  fi
  # Snapshot the main classes: other work may rebuild target/ while the benchmark runs.
  cp -r target/classes "$SNAP/classes"
  cp target/demo-lib/*.jar "$SNAP/lib/"
fi
CP="$SNAP/classes:$SNAP/lib/*"
javac --release 17 -nowarn -proc:none -d "$DIR/classes" -cp "$CP" "$HERE/SegmentationBench.java"
JAVA=(java -Xmx"$JAVA_XMX" -Dbench.reps="$REPS" -Dbench.warmups="$WARMUPS" -cp "$DIR/classes:$CP")
MAIN=io.github.ophysio.bench.segmentation.SegmentationBench

echo "== Suite2p plane in $PLANE ($ROIS ROIs x $SAMPLES samples; $TRACES)"
"$PY" "$HERE/make_suite2p_big.py" "$DIR" --rois "$ROIS" --samples "$SAMPLES" --traces "$TRACES"
df -h "$DIR" | tail -1 | awk '{print "  disk: " $4 " free on " $6}'

NP_OUT="$DIR/results-numpy.tsv"
JAVA_OUT="$DIR/results-java.tsv"
rm -f "$NP_OUT" "$JAVA_OUT"
echo "== numpy reference ($("$PY" -c 'import numpy; print("numpy", numpy.__version__)'))"
"$PY" "$HERE/numpy_suite2p.py" measure "$PLANE" "$NP_OUT" --reps "$REPS" --warmups "$WARMUPS" --roi "$ROI"

echo "== java: one ROI's trace, F.npy evicted from the page cache first"
"$PY" "$HERE/numpy_suite2p.py" evict "$PLANE/F.npy"
SUM="$(awk -F'\t' '$1=="trace_sum"{print $2}' "$NP_OUT")"
"${JAVA[@]}" -Djava.awt.headless=true $MAIN trace "$PLANE" "$JAVA_OUT" "$ROI" "$SUM"

echo "== java: loads into a real ROI Manager and Results table (xvfb-run, -Xmx$JAVA_XMX)"
xvfb-run -a -s "-screen 0 1280x900x24" "${JAVA[@]}" $MAIN load "$PLANE" "$JAVA_OUT"

echo
"$PY" "$HERE/report.py" "$NP_OUT" "$JAVA_OUT" | tee "$DIR/table.md"
