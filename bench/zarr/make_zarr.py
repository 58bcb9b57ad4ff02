#!/usr/bin/python3
"""Writes a Blosc-LZ4 (byte shuffle) uint16 zarr movie, chunks (10, 256, 256), as Minian saves its movies.
Usage: make_zarr.py <store> <frames>"""
import sys

import numpy as np
import zarr
from numcodecs import Blosc

store, frames = sys.argv[1], int(sys.argv[2])
z = zarr.open_array(store, mode="w", shape=(frames, 512, 512), chunks=(10, 256, 256), dtype="<u2",
                    compressor=Blosc("lz4", 5, Blosc.SHUFFLE))
z.attrs["_ARRAY_DIMENSIONS"] = ["frame", "height", "width"]
rng = np.random.default_rng(1)
base = rng.integers(0, 4096, size=(512, 512), dtype=np.uint16)
for start in range(0, frames, 10):
    n = min(10, frames - start)
    z[start:start + n] = base[None] + rng.integers(0, 64, size=(n, 512, 512), dtype=np.uint16)
