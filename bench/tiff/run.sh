#!/usr/bin/env bash
# ScanImage TIFF: open a 20 000-page and a 100-page ScanImage-like BigTIFF (target < 0.2 s each) and read every
# frame, Ophys IO vs tifffile on the same file, side by side with ratios; also TwelveMonkeys vs direct strip
# reads for uncompressed pages. The 100-page file is small enough (51 MB) for JIT warm-up to weigh; the 2000-page
# file of the same pages (1 GB) is the fair large-page figure (TwelveMonkeys skipped there: minutes at its speed).
# Usage: bash bench/tiff/run.sh   (OPHYS_BENCH_DIR, default /tmp/ophys-bench-tiff; BIG_PAGES 20000 of 64 x 64,
# SMALL_PAGES 100 of 512 x 512, LARGE_PAGES 2000 of 512 x 512)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/tiff"
DIR="${OPHYS_BENCH_DIR:-/tmp/ophys-bench-tiff}"
PY=/usr/bin/python3
mkdir -p "$DIR"
trap 'rm -rf "$DIR"/*.tif "$DIR/classes"' EXIT
cd "$ROOT"
[[ -d target/classes/io/github/ophysio/io/tiff ]] || mvn -o -q -Dmaven.test.skip=true compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile="$DIR/cp.txt" >/dev/null
CP="$ROOT/target/classes:$(cat "$DIR/cp.txt")"
javac -cp "$CP" -d "$DIR/classes" "$HERE/TiffBench.java"
fps() { sed -n "s/^$1: \([0-9]*\) frames.*/\1/p"; }
for spec in "${BIG_PAGES:-20000} 64 64" "${SMALL_PAGES:-100} 512 512" "${LARGE_PAGES:-2000} 512 512 --no-twelvemonkeys"; do
  set -- $spec
  FILE="$DIR/scanimage-$1pages.tif"  # no _<index>: not one acquisition
  echo "== $1 pages of $2 x $3 int16 (ScanImage-like BigTIFF)"
  "$PY" "$HERE/make_scanimage_tiff.py" "$FILE" "$1" "$2" "$3"
  du -h "$FILE" | cut -f1
  JOUT="$(java -Xmx1g -cp "$DIR/classes:$CP" TiffBench "$FILE" ${4:-})"
  PYOUT="$("$PY" "$HERE/tifffile_read.py" "$FILE")"
  echo "$JOUT"; echo "$PYOUT"
  j=$(echo "$JOUT" | fps "java direct strips"); tm=$(echo "$JOUT" | fps "java TwelveMonkeys"); tm=${tm:-0}
  k=$(echo "$JOUT" | fps "java again, same recording")
  p=$(echo "$PYOUT" | fps "tifffile page by page"); a=$(echo "$PYOUT" | fps "tifffile asarray")
  jo=$(echo "$JOUT" | sed -n 's/^java open: \([0-9.]*\) ms.*/\1/p'); po=$(echo "$PYOUT" | sed -n 's/^tifffile open: \([0-9.]*\) ms.*/\1/p')
  awk -v k="$k" -v j="$j" -v p="$p" -v a="$a" -v tm="$tm" -v jo="$jo" -v po="$po" 'BEGIN {
    printf "ratio open tifffile / java: %.1fx\n", po / jo
    printf "ratio java / tifffile page by page: %.2fx\n", j / p
    printf "ratio java / tifffile asarray: %.2fx\n", j / a
    printf "ratio java again (same recording) / tifffile page by page: %.2fx\n", k / p
    if (tm > 0) printf "ratio direct strips / TwelveMonkeys: %.2fx\n", j / tm }'
done
