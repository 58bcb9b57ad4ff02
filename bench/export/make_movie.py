#!/usr/bin/python3
"""Writes the export bench file: a uint16 movie of FRAMES x 512 x 512 as one chunked gzip dataset
'mov', chunks (1, 512, 512) (one frame per chunk, as many acquisition tools write), level 4.
usage: make_movie.py OUT.h5 FRAMES"""
import sys

import h5py
import numpy as np

out, frames = sys.argv[1], int(sys.argv[2])
rng = np.random.default_rng(0)
with h5py.File(out, "w") as f:
    d = f.create_dataset("mov", (frames, 512, 512), "u2", chunks=(1, 512, 512), compression="gzip",
                         compression_opts=4)
    for t in range(0, frames, 64):
        d[t:t + 64] = rng.poisson(200, (min(64, frames - t), 512, 512)).astype("u2")
