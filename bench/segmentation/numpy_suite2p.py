"""numpy side of the segmentation benchmark: what Suite2p itself does with the same plane folder.

Usage: /usr/bin/python3 numpy_suite2p.py measure PLANE_DIR OUT.tsv [--reps 3] [--warmups 1] [--roi 1234]
       /usr/bin/python3 numpy_suite2p.py evict FILE...     (drop FILE's pages from the page cache)

Suite2p's GUI (suite2p/gui/io.py) loads a plane with np.load(stat.npy / ops.npy, allow_pickle=True),
np.load(iscell.npy) and np.load(F.npy) (whole arrays, no mmap); scripts often use mmap_mode="r".
Writes "key<TAB>value" lines (seconds, bytes) for report.py; checksums of one ROI's trace for Java.
"""
import argparse
import os
import statistics
import time

import numpy as np


def read_bytes():
    with open("/proc/self/io") as io:
        return int(next(line for line in io if line.startswith("read_bytes:")).split()[1])


def evict(paths):
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def timed(reps, warmups, run):
    for _ in range(warmups):
        run()
    seconds = []
    for _ in range(reps):
        t0 = time.perf_counter()
        run()
        seconds.append(time.perf_counter() - t0)
    return statistics.median(seconds), seconds


def measure(plane, out, reps, warmups, roi):
    p = lambda name: os.path.join(plane, name)
    steps = {
        "stat": lambda: np.load(p("stat.npy"), allow_pickle=True),
        "ops": lambda: np.load(p("ops.npy"), allow_pickle=True).item(),
        "iscell": lambda: np.load(p("iscell.npy")),
        "F_full": lambda: np.load(p("F.npy")),
        "F_mmap": lambda: np.load(p("F.npy"), mmap_mode="r"),
        "Fneu_full": lambda: np.load(p("Fneu.npy")) if os.path.exists(p("Fneu.npy")) else None,
        "spks_full": lambda: np.load(p("spks.npy")) if os.path.exists(p("spks.npy")) else None,
    }
    lines = []
    for name, run in steps.items():
        median, seconds = timed(reps, warmups, run)
        print(f"  numpy np.load {name:<10} {median * 1e3:9.1f} ms   ({', '.join(f'{s * 1e3:.1f}' for s in seconds)})")
        lines.append((f"np_{name}", median))
    mm = np.load(p("F.npy"), mmap_mode="r")
    median, _ = timed(max(reps, 20), warmups, lambda: np.array(mm[roi]))
    lines.append(("np_one_trace_warm", median))
    trace = np.array(mm[roi], dtype=np.float64)
    lines += [("roi", roi), ("trace_sum", float(trace.sum())), ("trace_first", float(trace[0])),
              ("trace_last", float(trace[-1])), ("rois", mm.shape[0]), ("samples", mm.shape[1])]
    del mm
    evict([p("F.npy")])
    before = read_bytes()
    t0 = time.perf_counter()
    cold = np.array(np.load(p("F.npy"), mmap_mode="r")[roi])
    lines += [("np_one_trace_cold", time.perf_counter() - t0), ("np_one_trace_cold_read_bytes", read_bytes() - before)]
    assert cold.shape == (trace.size,)
    with open(out, "a") as f:
        for key, value in lines:
            f.write(f"{key}\t{value}\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["measure", "evict"])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--warmups", type=int, default=1)
    parser.add_argument("--roi", type=int, default=1234)
    args = parser.parse_args()
    if args.mode == "evict":
        evict(args.paths)
    else:
        measure(args.paths[0], args.paths[1], args.reps, args.warmups, args.roi)


if __name__ == "__main__":
    main()
