#!/usr/bin/python3
"""tifffile on a ScanImage-like BigTIFF: open (TiffFile + page count, which indexes every IFD), every frame
one page at a time, and the whole file in one asarray() call (tifffile's best case). Median of 3 runs.
Usage: tifffile_read.py <file.tif>"""
import sys
import time

import tifffile


def median(f):
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        result = f()
        runs.append(time.perf_counter() - t0)
    runs.sort()
    return runs[1], result


def open_count():
    with tifffile.TiffFile(sys.argv[1]) as t:
        return len(t.pages)


def frame_by_frame():
    with tifffile.TiffFile(sys.argv[1]) as t:
        s = 0
        for p in t.pages:
            s += int(p.asarray()[0, 0])
        return s


def whole():
    with tifffile.TiffFile(sys.argv[1]) as t:
        return int(t.asarray()[:, 0, 0].sum())


secs, n = median(open_count)
print(f"tifffile open: {secs * 1000:.1f} ms ({n} pages)")
secs, s = median(frame_by_frame)
print(f"tifffile page by page: {n / secs:.0f} frames/s (checksum {s})")
secs, s = median(whole)
print(f"tifffile asarray: {n / secs:.0f} frames/s (checksum {s})")
