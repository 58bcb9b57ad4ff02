#!/usr/bin/python3
"""Reads every frame of a zarr movie with zarr-python, frame by frame (as a viewer does; zarr keeps no
chunk cache, so a frame decodes its chunks) and chunk-row by chunk-row (each chunk decoded once: the best
case). Prints frames/s, the median of 3 runs. Usage: zarr_python_read.py <store>"""
import sys
import time

import zarr

z = zarr.open_array(sys.argv[1], mode="r")
n = z.shape[0]
for name, step in [("frame by frame", 1), ("10 frames at a time", z.chunks[0])]:
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        checksum = 0
        for t in range(0, n, step):
            block = z[t:t + step]
            checksum += int(block[0, 0, 0])
        runs.append(time.perf_counter() - t0)
    runs.sort()
    print(f"zarr-python {name}: {n / runs[1]:.0f} frames/s (checksum {checksum})")
