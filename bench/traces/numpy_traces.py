#!/usr/bin/python3
"""The numpy/scipy side: every ROI's weighted mean per frame as suite2p extracts it — the footprints as one
CSR matrix (N x Ly*Lx, each row's weights divided by their sum), times each batch of frames read from the
memory-mapped movie and converted to float32. Prints the seconds taken, wall and CPU (stat.npy load included); saves the
traces (T, N) float64 to OUT.
usage: numpy_traces.py MOVIE.npy PLANE_DIR OUT.npy [BATCH]"""
import sys
import time

import numpy as np
from scipy import sparse


def footprints(plane, ly, lx):
    stat = np.load(f"{plane}/stat.npy", allow_pickle=True)
    rows = np.concatenate([np.full(len(s["lam"]), k) for k, s in enumerate(stat)])
    cols = np.concatenate([s["ypix"].astype(np.int64) * lx + s["xpix"] for s in stat])
    lam = np.concatenate([s["lam"] / s["lam"].sum() for s in stat]).astype(np.float32)
    return sparse.csr_matrix((lam, (rows, cols)), shape=(len(stat), ly * lx))


def traces(path, plane, batch):
    movie = np.load(path, mmap_mode="r")
    frames, ly, lx = movie.shape
    weights = footprints(plane, ly, lx)
    out = np.zeros((weights.shape[0], frames), np.float32)
    for t in range(0, frames, batch):
        data = np.asarray(movie[t:t + batch], dtype=np.float32).reshape(-1, ly * lx)
        out[:, t:t + batch] = weights @ data.T
    return out


if __name__ == "__main__":
    start, cpu = time.perf_counter(), time.process_time()
    f = traces(sys.argv[1], sys.argv[2], int(sys.argv[4]) if len(sys.argv) > 4 else 500)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    np.save(sys.argv[3], f.T.astype(np.float64))
    print(f"{seconds:.3f} {cpu:.3f}")
