#!/usr/bin/env bash
# CLI export of a chunked gzip HDF5 movie vs h5py read + np.save, side by side in one run.
# Usage: bash bench/export/run.sh   (FRAMES default 1024 = 512 MiB of uint16; REPS default 5, interleaved;
#        OPHYS_BENCH_DIR default /tmp/ophys-bench-export; KEEP=1 keeps the .h5 for the next run; XMX default 256m)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/export"
DIR="${OPHYS_BENCH_DIR:-/tmp/ophys-bench-export}"
FRAMES="${FRAMES:-1024}"
REPS="${REPS:-5}"
XMX="${XMX:-256m}"
PY=/usr/bin/python3
mkdir -p "$DIR"
trap 'rm -f "$DIR"/ref.npy "$DIR"/ours.npy; rm -rf "$DIR/classes"; [[ "${KEEP:-0}" == 1 ]] || rm -f "$DIR/movie.h5"' EXIT
cd "$ROOT"
# a snapshot of the classes, so a rebuild by other work during the run changes nothing
mvn -q -o -Dmaven.test.skip=true compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile="$DIR/cp.txt" >/dev/null
rm -rf "$DIR/classes" && cp -r target/classes "$DIR/classes"
CP="$DIR/classes:$(cat "$DIR/cp.txt")"
[[ -f "$DIR/movie.h5" ]] || { echo "== writing $FRAMES x 512 x 512 uint16, chunks (1, 512, 512), gzip 4"; "$PY" "$HERE/make_movie.py" "$DIR/movie.h5" "$FRAMES"; }
ls -l "$DIR/movie.h5"
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); h5py $("$PY" -c 'import h5py; print(h5py.__version__)'), numpy $("$PY" -c 'import numpy; print(numpy.__version__)')"
ref=(); ours=()
for r in $(seq 0 "$REPS"); do   # round 0 warms the page cache and the JIT-free JVM start; not counted
  a=$("$PY" "$HERE/h5py_export.py" "$DIR/movie.h5" "$DIR/ref.npy")
  s=$(date +%s.%N)
  java -Xmx"$XMX" -cp "$CP" io.github.ophysio.cli.OphysCli export "$DIR/movie.h5" "$DIR/ours.npy"
  b=$(echo "$(date +%s.%N) - $s" | bc)
  cmp -s "$DIR/ref.npy" "$DIR/ours.npy" || { echo "ours.npy differs from np.save's file"; exit 1; }
  [[ $r == 0 ]] && continue
  echo "round $r: h5py read + np.save ${a} s, ophys-io export (whole JVM, -Xmx$XMX) ${b} s"
  ref+=("$a"); ours+=("$b")
done
"$PY" - "${ref[*]}" "${ours[*]}" "$FRAMES" <<'PY'
import statistics, sys
ref = [float(x) for x in sys.argv[1].split()]; ours = [float(x) for x in sys.argv[2].split()]
mb = int(sys.argv[3]) * 512 * 512 * 2 / 1e6
r, o = statistics.median(ref), statistics.median(ours)
rounds = sorted(a / b for a, b in zip(ref, ours))
print(f"median h5py read + np.save: {r:.3f} s ({mb / r:.0f} MB/s); ophys-io export: {o:.3f} s ({mb / o:.0f} MB/s)")
print(f"ratio (h5py time / ours, target >= 1.0): {r / o:.2f}x; per round {', '.join(f'{x:.2f}' for x in rounds)}")
PY
