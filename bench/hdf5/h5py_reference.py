#!/usr/bin/python3
"""Reference rates on the bench files: h5py reading every frame of the chunked gzip dataset (frame by frame,
and in chunk-aligned blocks of 16 frames, its best case), numpy memmap copying every frame of the contiguous one.
usage: h5py_reference.py DIR REPS"""
import statistics
import sys
import time
from pathlib import Path

import h5py
import numpy as np

folder, reps = Path(sys.argv[1]), int(sys.argv[2])


def timed(name, frames, read):
    seconds = []
    for _ in range(reps):
        start = time.perf_counter()
        read()
        seconds.append(time.perf_counter() - start)
    median = statistics.median(seconds)
    print("%-34s %8.0f frames/s  (median of %d: %.3f s)" % (name, frames / median, reps, median))


with h5py.File(folder / "chunked_gzip.h5", "r") as f:
    d = f["mov"]
    n = d.shape[0]
    timed("h5py chunked, frame by frame", n, lambda: [d[t] for t in range(n)])
    timed("h5py chunked, 16-frame blocks", n, lambda: [d[t:t + 16] for t in range(0, n, 16)])
with h5py.File(folder / "contiguous.h5", "r") as f:
    offset = f["mov"].id.get_offset()
m = np.memmap(folder / "contiguous.h5", dtype="<u2", mode="r", offset=offset, shape=(n, 512, 512))
timed("numpy memmap contiguous, copy", n, lambda: [np.array(m[t]) for t in range(n)])
