#!/usr/bin/python3
"""Writes a 10 GB (20000 x 512 x 512 uint16) chunked gzip dataset of 20000 chunks that compresses to ~60 MB,
to time opening (which reads the whole chunk index). usage: make_big.py PATH"""
import sys
import time

import h5py
import numpy as np

T = 20000
t0 = time.time()
block = np.zeros((16, 512, 512), "u2")
block[:, ::7, ::5] = 3
with h5py.File(sys.argv[1], "w") as f:
    d = f.create_dataset("mov", (T, 512, 512), "u2", chunks=(16, 128, 128), compression="gzip", compression_opts=1,
                         shuffle=True)
    for t in range(0, T, 16):
        d[t:t + 16] = block
print("wrote %s in %.0f s" % (sys.argv[1], time.time() - t0))
