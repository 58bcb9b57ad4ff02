#!/usr/bin/python3
"""The reference: h5py reads the whole dataset, np.save writes it. Prints the seconds of both together
(interpreter start and imports excluded). usage: h5py_export.py IN.h5 OUT.npy"""
import sys
import time

import h5py
import numpy as np

start = time.perf_counter()
with h5py.File(sys.argv[1], "r") as f:
    movie = f["mov"][:]
np.save(sys.argv[2], movie)
print(f"{time.perf_counter() - start:.3f}")
