#!/usr/bin/python3
"""Writes the bench files: the same uint16 movie of 512 x 512 frames as a chunked gzip+shuffle dataset
(chunks (16, 128, 128), h5py's usual choice for movies) and as a contiguous one.
usage: make_hdf5.py DIR FRAMES"""
import sys
from pathlib import Path

import h5py
import numpy as np

out, frames = Path(sys.argv[1]), int(sys.argv[2])
rng = np.random.default_rng(0)
with h5py.File(out / "chunked_gzip.h5", "w") as chunked, h5py.File(out / "contiguous.h5", "w") as contiguous:
    c = chunked.create_dataset("mov", (frames, 512, 512), "u2", chunks=(16, 128, 128), compression="gzip",
                               compression_opts=4, shuffle=True)
    d = contiguous.create_dataset("mov", (frames, 512, 512), "u2")
    for t in range(0, frames, 64):
        block = rng.poisson(200, (min(64, frames - t), 512, 512)).astype("u2")
        c[t:t + len(block)] = block
        d[t:t + len(block)] = block
