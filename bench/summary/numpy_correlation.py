#!/usr/bin/python3
"""The numpy side: CaImAn's local correlation image (8 neighbours) of a (T, rows, cols) .npy with running
float64 sums over frame batches (Σx, Σx², Σx·neighbour for the four pair directions), shifted by the
first frame as the Java side does. Prints the seconds taken; saves the image to OUT.
usage: numpy_correlation.py MOVIE.npy OUT.npy [BATCH]"""
import sys
import time

import numpy as np

PAIRS = ((0, 1), (1, 0), (1, 1), (1, -1))


def views(rows, cols, dr, dc):
    a = (slice(0, rows - dr), slice(max(0, -dc), cols - max(0, dc)))
    b = (slice(dr, rows), slice(max(0, dc), cols - max(0, -dc)))
    return a, b


def correlation(path, batch):
    movie = np.load(path, mmap_mode="r")
    frames, rows, cols = movie.shape
    shift = movie[0].astype(np.float64)
    s = np.zeros((rows, cols))
    q = np.zeros((rows, cols))
    products = [np.zeros((rows - dr, cols - abs(dc))) for dr, dc in PAIRS]
    for t in range(0, frames, batch):
        x = movie[t:t + batch].astype(np.float64) - shift
        s += x.sum(axis=0)
        q += np.einsum("tij,tij->ij", x, x)
        for k, (dr, dc) in enumerate(PAIRS):
            a, b = views(rows, cols, dr, dc)
            products[k] += np.einsum("tij,tij->ij", x[(slice(None),) + a], x[(slice(None),) + b])
    mean = s / frames
    sigma = np.sqrt(np.maximum(q / frames - mean ** 2, 0))
    total = np.zeros((rows, cols))
    count = np.zeros((rows, cols))
    for k, (dr, dc) in enumerate(PAIRS):
        a, b = views(rows, cols, dr, dc)
        denominator = sigma[a] * sigma[b]
        cov = products[k] / frames - mean[a] * mean[b]
        rho = np.where(denominator > 0, cov / np.where(denominator > 0, denominator, 1), 0)
        total[a] += rho
        total[b] += rho
        count[a] += 1
        count[b] += 1
    return total / count


if __name__ == "__main__":
    start = time.perf_counter()
    image = correlation(sys.argv[1], int(sys.argv[3]) if len(sys.argv) > 3 else 32)
    seconds = time.perf_counter() - start
    np.save(sys.argv[2], image)
    print(f"{seconds:.3f}")
