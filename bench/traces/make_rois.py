#!/usr/bin/python3
"""Writes the traces bench's ROIs: a Suite2p plane folder DIR/suite2p/plane0 with N Suite2p-like ROIs on a
512 x 512 frame (compact blobs of 100-200 pixels, Gaussian weights `lam`, placed at random, overlapping where
they meet) and zero F/Fneu/spks for T samples; DIR/rois100.tsv: x, y, width, height of ovals around the first
100 ROIs (for ImageJ's Multi Measure).
usage: make_rois.py DIR N T"""
import sys
from pathlib import Path

import numpy as np

LY = LX = 512


def main(out, n, frames):
    rng = np.random.default_rng(1)
    plane = Path(out) / "suite2p" / "plane0"
    plane.mkdir(parents=True, exist_ok=True)
    stat = []
    ovals = []
    for _ in range(n):
        radius = np.sqrt(rng.uniform(100, 200) / np.pi)
        cy, cx = rng.uniform(radius, LY - radius), rng.uniform(radius, LX - radius)
        y, x = np.mgrid[int(cy - radius) - 1:int(cy + radius) + 2, int(cx - radius) - 1:int(cx + radius) + 2]
        inside = (y - cy) ** 2 + (x - cx) ** 2 <= radius ** 2
        inside &= (y >= 0) & (y < LY) & (x >= 0) & (x < LX)
        ypix, xpix = y[inside].astype(np.int32), x[inside].astype(np.int32)
        lam = np.exp(-((ypix - cy) ** 2 + (xpix - cx) ** 2) / radius ** 2).astype(np.float32)
        stat.append({"ypix": ypix, "xpix": xpix, "lam": lam, "med": [int(cy), int(cx)], "npix": int(len(ypix))})
        ovals.append((int(cx - radius), int(cy - radius), int(2 * radius) + 1, int(2 * radius) + 1))
    array = np.empty(n, dtype=object)
    array[:] = stat
    np.save(plane / "stat.npy", array, allow_pickle=True)
    ops = np.empty((), dtype=object)
    ops[()] = {"Ly": LY, "Lx": LX, "fs": 30.0, "nframes": frames, "nplanes": 1, "nchannels": 1}
    np.save(plane / "ops.npy", ops, allow_pickle=True)
    for name in ("F", "Fneu", "spks"):
        np.save(plane / (name + ".npy"), np.zeros((n, frames), np.float32))
    np.save(plane / "iscell.npy", np.ones((n, 2)))
    with open(Path(out) / "rois100.tsv", "w") as f:
        for oval in ovals[:100]:
            f.write("\t".join(map(str, oval)) + "\n")
    sizes = [s["npix"] for s in stat]
    print(f"{n} ROIs, {min(sizes)}-{max(sizes)} pixels (mean {np.mean(sizes):.0f}), {sum(sizes)} weights")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
