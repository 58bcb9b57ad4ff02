"""A big Suite2p plane folder for the segmentation benchmark (written into a scratch directory).

Usage: /usr/bin/python3 make_suite2p_big.py OUT_DIR [--rois 5000] [--samples 50000] [--traces F,Fneu,spks]

Writes OUT_DIR/suite2p/plane0/ as Suite2p 0.14 does: stat.npy (object array of dicts pickled by
np.save, int64 ypix/xpix, float32 lam, the scalar keys, bool soma_crop/overlap, int64 neuropil_mask),
ops.npy (dict: fs, Ly, Lx, nframes, meanImg, meanImgE, Vcorr at yrange/xrange, max_proj, ...),
iscell.npy (N, 2) float64 and the (N, T) float32 C-order traces named by --traces (1 GB each at
5000 x 50000). Fixed seed; rewriting the same sizes gives the same bytes.
"""
import argparse
import pathlib
import time

import numpy as np

LY, LX = 512, 512
FS = 30.0
ROWS_PER_BLOCK = 250


def blob(rng):
    """A cell-like ellipse of ~100-200 pixels somewhere in the frame (clipped at the border)."""
    area = rng.uniform(100, 200)
    aspect = rng.uniform(0.7, 1.4)
    ry, rx = np.sqrt(area / np.pi * aspect), np.sqrt(area / np.pi / aspect)
    cy, cx = rng.uniform(0, LY), rng.uniform(0, LX)
    y, x = np.mgrid[int(cy - ry) - 1:int(cy + ry) + 2, int(cx - rx) - 1:int(cx + rx) + 2]
    inside = ((y - cy) / ry) ** 2 + ((x - cx) / rx) ** 2 <= 1
    inside &= (y >= 0) & (y < LY) & (x >= 0) & (x < LX)
    ypix, xpix = y[inside].astype(np.int64), x[inside].astype(np.int64)
    if ypix.size == 0:
        return blob(rng)
    return ypix, xpix, (cy, cx, ry, rx)


def neuropil(rng, ypix, xpix):
    ring = np.unique(np.clip(ypix[:, None] + rng.integers(-12, 13, (1, 4)), 0, LY - 1) * LX
                     + np.clip(xpix[:, None] + rng.integers(-12, 13, (1, 4)), 0, LX - 1))
    return ring.astype(np.int64)[:400]


def stat_entry(rng):
    ypix, xpix, (cy, cx, ry, rx) = blob(rng)
    d2 = ((ypix - cy) / ry) ** 2 + ((xpix - cx) / rx) ** 2
    lam = (np.exp(-d2) * rng.uniform(0.5, 2.0) / ypix.size).astype(np.float32)
    n = int(ypix.size)
    return {
        "ypix": ypix, "xpix": xpix, "lam": lam,
        "med": [int(np.median(ypix)), int(np.median(xpix))],
        "footprint": float(rng.uniform(0, 2)), "mrs": float(rng.uniform(0.5, 1)), "mrs0": float(rng.uniform(0.5, 1)),
        "compact": float(rng.uniform(1, 1.2)), "solidity": float(rng.uniform(0.8, 1)),
        "npix": n, "npix_soma": n, "soma_crop": np.ones(n, dtype=bool), "overlap": np.zeros(n, dtype=bool),
        "radius": float((ry + rx) / 2), "aspect_ratio": float(max(ry, rx) / min(ry, rx)),
        "npix_norm_no_crop": np.float32(n / 150), "npix_norm": np.float32(n / 150),
        "skew": np.float32(rng.normal(1, 0.3)), "std": np.float32(rng.uniform(5, 50)),
        "neuropil_mask": neuropil(rng, ypix, xpix),
    }


def ops(count, samples, rng):
    yrange, xrange = [8, LY - 8], [8, LX - 8]
    return {
        "suite2p_version": "0.14.6", "fs": FS, "nframes": samples, "Ly": LY, "Lx": LX, "nplanes": 1,
        "nchannels": 1, "functional_chan": 1, "tau": 1.25, "diameter": [12, 12], "yrange": yrange, "xrange": xrange,
        "meanImg": rng.uniform(0, 3000, (LY, LX)).astype(np.float32),
        "meanImgE": rng.uniform(0, 1, (LY, LX)).astype(np.float32),
        "Vcorr": rng.uniform(0, 1, (yrange[1] - yrange[0], xrange[1] - xrange[0])).astype(np.float32),
        "max_proj": rng.uniform(0, 4000, (yrange[1] - yrange[0], xrange[1] - xrange[0])).astype(np.float32),
        "badframes": np.zeros(samples, dtype=bool), "yoff": np.zeros(samples, dtype=np.int32),
        "xoff": np.zeros(samples, dtype=np.int32), "corrXY": np.ones(samples, dtype=np.float32),
        "iplane": 0, "ncells": count, "filelist": ["/data/mouse1/movie.tif"],
    }


def write_traces(path, kind, count, samples, seed):
    """(count, samples) float32 C order, written a block of ROIs at a time (bounded memory)."""
    out = np.lib.format.open_memmap(path, mode="w+", dtype=np.float32, shape=(count, samples))
    rng = np.random.default_rng(seed)
    for first in range(0, count, ROWS_PER_BLOCK):
        rows = min(ROWS_PER_BLOCK, count - first)
        block = rng.standard_normal((rows, samples), dtype=np.float32)
        block *= 20
        block += (np.arange(first, first + rows, dtype=np.float32) % 500 + (100 if kind != "spks" else 0))[:, None]
        if kind == "spks":
            np.maximum(block, 0, out=block)
        out[first:first + rows] = block
    out.flush()
    del out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--rois", type=int, default=5000)
    parser.add_argument("--samples", type=int, default=50000)
    parser.add_argument("--traces", default="F,Fneu,spks")
    args = parser.parse_args()
    plane = pathlib.Path(args.out) / "suite2p" / "plane0"
    plane.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(2026)
    t0 = time.time()
    stat = np.empty(args.rois, dtype=object)
    stat[:] = [stat_entry(rng) for _ in range(args.rois)]
    np.save(plane / "stat.npy", stat, allow_pickle=True)
    np.save(plane / "ops.npy", np.array(ops(args.rois, args.samples, rng), dtype=object), allow_pickle=True)
    iscell = np.stack([(rng.uniform(size=args.rois) < 0.6).astype(np.float64), rng.uniform(size=args.rois)], axis=1)
    np.save(plane / "iscell.npy", iscell)
    for seed, kind in enumerate(k for k in args.traces.split(",") if k):
        path = plane / (kind + ".npy")
        expected = 128 + 4 * args.rois * args.samples
        if path.exists() and abs(path.stat().st_size - expected) < 128:
            print(f"  {path.name}: kept ({path.stat().st_size / 1e9:.2f} GB)")
            continue
        write_traces(path, kind, args.rois, args.samples, 100 + seed)
        print(f"  {path.name}: written ({path.stat().st_size / 1e9:.2f} GB)")
    sizes = {p.name: p.stat().st_size for p in sorted(plane.iterdir())}
    print(f"  {plane}: {len(stat)} ROIs, {args.samples} samples, {sum(sizes.values()) / 1e9:.2f} GB"
          f" ({', '.join(f'{k} {v / 1e6:.1f} MB' for k, v in sizes.items())}); {time.time() - t0:.1f} s")


if __name__ == "__main__":
    main()
