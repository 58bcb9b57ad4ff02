#!/usr/bin/env bash
# Traces benchmark (issue 15): 2 000 Suite2p-like weighted ROIs over a 2048 x 512 x 512 uint16 .npy (1 GiB):
#   1. CLI `traces MOVIE OUT --rois suite2p/plane0` (whole JVM) and the same in one warm JVM (TracesBench), vs
#      numpy/scipy as suite2p extracts: a CSR footprint matrix times each batch of frames (batches of 500, suite2p's
#      default, and of 64; the faster is the reference);
#   2. CLI `summary --image correlation` vs numpy running sums (bench/summary/numpy_correlation.py);
#   3. ImageJ's Multi Measure of 100 ovals over the file as ImageJ's raw virtual stack, and the CLI on the same
#      100 ovals saved as a RoiSet.zip (values checked against each other).
# Rounds are interleaved (numpy, then ours, back to back); round 0 warms the page cache and is not counted.
# Usage: bash bench/traces/run.sh   (FRAMES 2048, ROIS 2000, REPS 3, XMX 1g, OPHYS_BENCH_DIR /tmp/ophys-bench-traces,
#        KEEP=1 keeps the movie and ROIs, MULTI_MEASURE=0 skips part 3)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/traces"
DIR="${OPHYS_BENCH_DIR:-/tmp/ophys-bench-traces}"
FRAMES="${FRAMES:-2048}"
ROIS="${ROIS:-2000}"
REPS="${REPS:-3}"
XMX="${XMX:-1g}"
PY=/usr/bin/python3
case "$DIR" in
  "$ROOT"|"$ROOT"/*) echo "OPHYS_BENCH_DIR must be outside the repository" >&2; exit 2 ;;
esac
mkdir -p "$DIR"
cleanup() {
  rm -rf "$DIR"/classes "$DIR"/bench-classes "$DIR"/*.npy.out "$DIR"/ref*.npy "$DIR"/ours*.npy "$DIR"/mm.npy
  [[ "${KEEP:-0}" == 1 ]] || rm -rf "$DIR/movie.npy" "$DIR/suite2p" "$DIR/rois100.tsv" "$DIR/RoiSet100.zip"
}
trap cleanup EXIT
cd "$ROOT"
# a snapshot of the classes, so a rebuild by other work during the run changes nothing
mvn -q -o -Dmaven.test.skip=true compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile="$DIR/cp.txt" >/dev/null
rm -rf "$DIR/classes" && cp -r target/classes "$DIR/classes"
CP="$DIR/classes:$(cat "$DIR/cp.txt")"
javac --release 17 -nowarn -proc:none -d "$DIR/bench-classes" -cp "$CP" "$HERE/TracesBench.java" "$HERE/MultiMeasureBench.java"
[[ -f "$DIR/movie.npy" ]] || { echo "== writing $FRAMES x 512 x 512 uint16"; "$PY" "$ROOT/bench/summary/make_movie.py" "$DIR/movie.npy" "$FRAMES"; }
[[ -d "$DIR/suite2p/plane0" ]] || "$PY" "$HERE/make_rois.py" "$DIR" "$ROIS" "$FRAMES"
PLANE="$DIR/suite2p/plane0"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1);" \
  "numpy $("$PY" -c 'import numpy; print(numpy.__version__)'), scipy $("$PY" -c 'import scipy; print(scipy.__version__)')"
CLI=(java -Xmx"$XMX" -cp "$CP" io.github.ophysio.cli.OphysCli)
seconds() { local s; s=$(date +%s.%N); "$@" >/dev/null; echo "$(date +%s.%N) - $s" | bc; }
check() {  # ours reference tolerance label: max relative difference
  "$PY" -c "import numpy as np, sys; a, b = np.load(sys.argv[1]), np.load(sys.argv[2]); d = np.nanmax(np.abs(a - b) / np.maximum(1, np.abs(b))); print(f'  {sys.argv[4]}: max |ours - ref| / max(1, |ref|) = {d:.1e}'); sys.exit(int(not d <= float(sys.argv[3])))" "$@"
}
rows=()
for r in $(seq 0 "$REPS"); do
  n500=$("$PY" "$HERE/numpy_traces.py" "$DIR/movie.npy" "$PLANE" "$DIR/ref.npy" 500)
  n64=$("$PY" "$HERE/numpy_traces.py" "$DIR/movie.npy" "$PLANE" "$DIR/ref64.npy" 64)
  ours=$(seconds "${CLI[@]}" traces "$DIR/movie.npy" "$DIR/ours.npy" --rois "$PLANE")
  check "$DIR/ours.npy" "$DIR/ref.npy" 1e-5 "traces vs scipy (float32)"
  nc=$("$PY" "$ROOT/bench/summary/numpy_correlation.py" "$DIR/movie.npy" "$DIR/refc.npy")
  oc=$(seconds "${CLI[@]}" summary "$DIR/movie.npy" "$DIR/oursc.npy" --image correlation)
  check "$DIR/oursc.npy" "$DIR/refc.npy" 1e-9 "correlation vs numpy"
  echo "round $r: numpy traces (wall cpu) batch 500: $n500, batch 64: $n64; CLI traces $ours s;" \
    "numpy correlation $nc s, CLI summary $oc s"
  [[ $r == 0 ]] || rows+=("${n500% *} ${n64% *} $ours $nc $oc")
done
echo "== in one warm JVM (TracesBench, rounds after the first)"
java -Xmx"$XMX" -cp "$DIR/bench-classes:$CP" io.github.ophysio.bench.traces.TracesBench "$DIR/movie.npy" "$PLANE" \
  "$DIR/ours-inproc.npy" $((REPS + 1)) | tee "$DIR/inprocess.txt"
mm="" ; o100=""
if [[ "${MULTI_MEASURE:-1}" == 1 ]]; then
  echo "== ImageJ Multi Measure, 100 ovals, raw virtual stack"
  mm=$(java -Xmx"$XMX" -Djava.awt.headless=true -cp "$DIR/bench-classes:$CP" io.github.ophysio.bench.traces.MultiMeasureBench \
    "$DIR/movie.npy" "$DIR/rois100.tsv" "$DIR/RoiSet100.zip" "$DIR/mm.npy")
  o100=$(seconds "${CLI[@]}" traces "$DIR/movie.npy" "$DIR/ours100.npy" --rois "$DIR/RoiSet100.zip")
  check "$DIR/ours100.npy" "$DIR/mm.npy" 1e-6 "CLI on the RoiSet.zip vs Multi Measure's float32 means"
fi
"$PY" - "$FRAMES" "$ROIS" "$mm" "$o100" "$DIR/inprocess.txt" "${rows[@]}" <<'PY'
import re, statistics, sys
frames, rois, mm, o100, inproc = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
rows = [[float(x) for x in r.split()] for r in sys.argv[6:]]
mb = frames * 512 * 512 * 2 / 1e6
med = lambda i: statistics.median(r[i] for r in rows)
ref = [min(r[0], r[1]) for r in rows]
print(f"\n{rois} ROIs over {frames} x 512 x 512 uint16 ({mb:.0f} MB), median of {len(rows)} interleaved rounds:")
print(f"  numpy/scipy CSR x batch: batch 500 {med(0):.2f} s, batch 64 {med(1):.2f} s (compute only, no interpreter start)")
print(f"  CLI traces --rois suite2p/plane0 (whole JVM: start, open, pass, write): {med(2):.2f} s ({mb / med(2):.0f} MB/s)")
ratios = sorted(a / r[2] for a, r in zip(ref, rows))
print(f"  ratio (faster numpy / CLI, target >= 1.0): {statistics.median(ref) / med(2):.2f}x; per round "
      + ", ".join(f"{x:.2f}" for x in ratios))
totals = [float(m.group(1)) for m in re.finditer(r"total ([0-9.]+) s", open(inproc).read())][1:]
if totals:
    t = statistics.median(totals)
    print(f"  in one warm JVM (open + footprints + pass + write): {t:.2f} s; ratio {statistics.median(ref) / t:.2f}x")
print(f"correlation image: numpy running sums {med(3):.2f} s, CLI summary --image correlation {med(4):.2f} s;"
      f" ratio {med(3) / med(4):.2f}x (target >= 1.0); per round "
      + ", ".join(f"{r[3] / r[4]:.2f}" for r in sorted(rows, key=lambda r: r[3] / r[4])))
if mm:
    print(f"ImageJ Multi Measure (Mean), 100 ovals, raw virtual stack: {float(mm):.2f} s;"
          f" CLI traces --rois RoiSet.zip, same 100 ovals (whole JVM): {float(o100):.2f} s"
          f" ({float(mm) / float(o100):.1f}x faster); CLI, 2000 weighted ROIs: {med(2):.2f} s")
PY
