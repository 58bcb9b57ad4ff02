#!/usr/bin/python3
"""Reads a zarr movie with zarr-python, frame by frame (as a viewer does; zarr keeps no chunk cache, so a
frame decodes its chunks again; the first 100 frames only, it is slow) and chunk-row by chunk-row (each chunk
decoded once: the best case). Prints frames/s (wall clock) and frames per CPU-second (process time, all
threads), the median of 3 runs. Usage: zarr_python_read.py <store>"""
import sys
import time

import zarr

z = zarr.open_array(sys.argv[1], mode="r")
n = z.shape[0]
for name, step, frames in [("frame by frame", 1, min(n, 100)), ("10 frames at a time", z.chunks[0], n)]:
    wall, cpu = [], []
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        checksum = 0
        for t in range(0, frames, step):
            block = z[t:t + step]
            checksum += int(block[0, 0, 0])
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    wall.sort()
    cpu.sort()
    print(f"zarr-python {name}: {frames / wall[1]:.0f} frames/s, {frames / cpu[1]:.0f} frames per CPU-second"
          f" (checksum {checksum})")
