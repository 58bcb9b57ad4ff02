#!/usr/bin/env bash
# CLI `summary --image correlation` over a uint16 movie vs numpy with running sums on the same file.
# Usage: bash bench/summary/run.sh   (FRAMES default 2048 = 1 GiB of 512 x 512 uint16; REPS default 3,
#        interleaved; OPHYS_BENCH_DIR default /tmp/ophys-bench-summary; KEEP=1 keeps the movie; XMX default 512m)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/summary"
DIR="${OPHYS_BENCH_DIR:-/tmp/ophys-bench-summary}"
FRAMES="${FRAMES:-2048}"
REPS="${REPS:-3}"
XMX="${XMX:-512m}"
PY=/usr/bin/python3
mkdir -p "$DIR"
trap 'rm -f "$DIR"/ref.npy "$DIR"/ours.npy; rm -rf "$DIR/classes"; [[ "${KEEP:-0}" == 1 ]] || rm -f "$DIR/movie.npy"' EXIT
cd "$ROOT"
# a snapshot of the classes, so a rebuild by other work during the run changes nothing
mvn -q -o -Dmaven.test.skip=true compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile="$DIR/cp.txt" >/dev/null
rm -rf "$DIR/classes" && cp -r target/classes "$DIR/classes"
CP="$DIR/classes:$(cat "$DIR/cp.txt")"
[[ -f "$DIR/movie.npy" ]] || { echo "== writing $FRAMES x 512 x 512 uint16"; "$PY" "$HERE/make_movie.py" "$DIR/movie.npy" "$FRAMES"; }
ls -l "$DIR/movie.npy"
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); numpy $("$PY" -c 'import numpy; print(numpy.__version__)')"
ref=(); ours=()
for r in $(seq 0 "$REPS"); do   # round 0 warms the page cache; not counted
  a=$("$PY" "$HERE/numpy_correlation.py" "$DIR/movie.npy" "$DIR/ref.npy")
  s=$(date +%s.%N)
  java -Xmx"$XMX" -cp "$CP" io.github.ophysio.cli.OphysCli summary "$DIR/movie.npy" "$DIR/ours.npy" --image correlation
  b=$(echo "$(date +%s.%N) - $s" | bc)
  "$PY" -c "import numpy as np, sys; d = np.abs(np.load(sys.argv[1]) - np.load(sys.argv[2])).max(); print(f'max |ours - numpy| = {d:.2e}'); sys.exit(int(d > 1e-9))" "$DIR/ours.npy" "$DIR/ref.npy"
  [[ $r == 0 ]] && continue
  echo "round $r: numpy running sums ${a} s (compute only), ophys-io summary (whole JVM, -Xmx$XMX) ${b} s"
  ref+=("$a"); ours+=("$b")
done
"$PY" - "${ref[*]}" "${ours[*]}" "$FRAMES" <<'PY'
import statistics, sys
ref = [float(x) for x in sys.argv[1].split()]; ours = [float(x) for x in sys.argv[2].split()]
mb = int(sys.argv[3]) * 512 * 512 * 2 / 1e6
r, o = statistics.median(ref), statistics.median(ours)
rounds = sorted(a / b for a, b in zip(ref, ours))
print(f"median numpy: {r:.3f} s ({mb / r:.0f} MB/s); ophys-io summary --image correlation: {o:.3f} s ({mb / o:.0f} MB/s)")
print(f"ratio (numpy time / ours, target >= 1.0): {r / o:.2f}x; per round {', '.join(f'{x:.2f}' for x in rounds)}")
PY
