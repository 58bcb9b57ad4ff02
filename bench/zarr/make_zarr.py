#!/usr/bin/python3
"""Writes a Blosc-LZ4 (byte shuffle) uint16 zarr movie, chunks (10, 256, 256), as Minian saves its movies: a smooth
image plus 3 bits of noise per frame, so that LZ4 compresses it (about 2:1) as it does a real movie. (Uniform noise
over 12 bits, as this script wrote before, does not compress: c-blosc stores such chunks raw, with the memcpy flag,
and the benchmark then measured copying files, not decoding LZ4.) Usage: make_zarr.py <store> <frames>"""
import sys

import numpy as np
import zarr
from numcodecs import Blosc

store, frames = sys.argv[1], int(sys.argv[2])
z = zarr.open_array(store, mode="w", shape=(frames, 512, 512), chunks=(10, 256, 256), dtype="<u2",
                    compressor=Blosc("lz4", 5, Blosc.SHUFFLE))
z.attrs["_ARRAY_DIMENSIONS"] = ["frame", "height", "width"]
rng = np.random.default_rng(1)
yy, xx = np.mgrid[0:512, 0:512]
base = (1000 + 500 * np.sin(yy / 40.0) * np.cos(xx / 50.0)).astype(np.uint16)
for start in range(0, frames, 10):
    n = min(10, frames - start)
    z[start:start + n] = base[None] + rng.integers(0, 8, size=(n, 512, 512), dtype=np.uint16)
