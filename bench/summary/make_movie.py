#!/usr/bin/python3
"""Writes the summary bench file: a uint16 .npy movie of FRAMES x 512 x 512 (1 GiB at 2048 frames):
Poisson background around 200 plus 40 "cells" (Gaussian blobs with their own spike trains).
usage: make_movie.py OUT.npy FRAMES"""
import sys

import numpy as np

out, frames = sys.argv[1], int(sys.argv[2])
rng = np.random.default_rng(0)
y, x = np.mgrid[0:512, 0:512]
centres = rng.uniform(20, 492, (40, 2))
blobs = np.stack([np.exp(-((y - cy) ** 2 + (x - cx) ** 2) / 50.0) for cy, cx in centres])
spikes = (rng.random((frames, 40)) < 0.02) * 300.0
movie = np.lib.format.open_memmap(out, mode="w+", dtype=np.uint16, shape=(frames, 512, 512))
for t in range(0, frames, 64):
    n = min(64, frames - t)
    cells = np.tensordot(spikes[t:t + n], blobs, axes=1)
    movie[t:t + n] = np.clip(rng.poisson(200, (n, 512, 512)) + cells, 0, 65535).astype(np.uint16)
movie.flush()
