#!/usr/bin/python3
"""The numpy side of the Ophys IO benchmark (run with /usr/bin/python3: it has numpy).

Subcommands (all paths in the scratch directory):
  generate DIR [--frames T] [--sparse-frames S] [--random N]
      writes DIR/rec_4g.npy (uint16, (T, 512, 512), real data written to disk/page cache),
      DIR/sparse_40g.npy (header only, then truncate()d to full size: a sparse file),
      DIR/random_indices.txt (fixed-seed plane indices, shared with the Java side).
  measure DIR OUT.tsv [--reps N] [--warmups W]
      np.load(mmap_mode="r") time for both files; sequential np.array(mm[t]) for every t (the
      reference), np.copyto into a reused buffer, np.array with the last 64 frames kept alive;
      random np.array(mm[t]). Each after W warm-up passes, median of N repetitions. Writes one
      "key<TAB>value" line per measurement.
"""
import argparse
import os
import statistics
import sys
import time

import numpy as np

ROWS = COLS = 512
DTYPE = np.uint16
SEED = 20261122


def generate(args):
    os.makedirs(args.dir, exist_ok=True)
    dense = os.path.join(args.dir, "rec_4g.npy")
    frame_bytes = ROWS * COLS * np.dtype(DTYPE).itemsize
    expected = args.frames * frame_bytes
    if os.path.exists(dense) and _data_bytes(dense) == expected:
        print(f"  reusing {dense}")
    else:
        t0 = time.perf_counter()
        mm = np.lib.format.open_memmap(dense, mode="w+", dtype=DTYPE, shape=(args.frames, ROWS, COLS))
        # Cheap, non-constant content (every frame different, no zero pages).
        base = (np.arange(ROWS * COLS, dtype=np.uint32).reshape(ROWS, COLS) * 2654435761 >> 16).astype(DTYPE)
        chunk = 256
        for start in range(0, args.frames, chunk):
            stop = min(start + chunk, args.frames)
            offsets = np.arange(start, stop, dtype=DTYPE)[:, None, None]
            mm[start:stop] = base[None] + offsets
        mm.flush()
        del mm
        print(f"  wrote {dense} ({expected / 1e9:.2f} GB) in {time.perf_counter() - t0:.1f} s")

    sparse = os.path.join(args.dir, "sparse_40g.npy")
    shape = (args.sparse_frames, ROWS, COLS)
    with open(sparse, "wb") as f:
        np.lib.format.write_array_header_1_0(
            f, {"descr": np.lib.format.dtype_to_descr(np.dtype(DTYPE)), "fortran_order": False, "shape": shape})
        header = f.tell()
        f.truncate(header + int(np.prod(shape)) * np.dtype(DTYPE).itemsize)
    st = os.stat(sparse)
    print(f"  wrote sparse {sparse}: size {st.st_size / 1e9:.1f} GB, allocated {st.st_blocks * 512 / 1e6:.2f} MB")

    rng = np.random.default_rng(SEED)
    indices = rng.integers(0, args.frames, size=args.random)
    np.savetxt(os.path.join(args.dir, "random_indices.txt"), indices, fmt="%d")


def _data_bytes(path):
    mm = np.load(path, mmap_mode="r")
    return mm.nbytes


def median_time(fn, reps, warmup):
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), times


def measure(args):
    dense = os.path.join(args.dir, "rec_4g.npy")
    sparse = os.path.join(args.dir, "sparse_40g.npy")
    indices = np.loadtxt(os.path.join(args.dir, "random_indices.txt"), dtype=np.int64)
    out = {}

    for key, path in (("open.4g", dense), ("open.40g", sparse)):
        med, _ = median_time(lambda: np.load(path, mmap_mode="r"), max(args.reps, 20), 2)
        out[key + ".ms"] = med * 1e3

    mm = np.load(dense, mmap_mode="r")
    frames = mm.shape[0]
    frame_bytes = mm[0].nbytes
    total = frames * frame_bytes
    sink = [0]

    def sequential_copy():
        s = 0
        for t in range(frames):
            a = np.array(mm[t])
            s += int(a[0, 0])
        sink[0] += s

    buf = np.empty(mm.shape[1:], dtype=mm.dtype)

    def sequential_copyto():
        s = 0
        for t in range(frames):
            np.copyto(buf, mm[t])
            s += int(buf[0, 0])
        sink[0] += s

    def sequential_copy_kept():
        # Like np.array(mm[t]) but the last 64 frames stay alive (as frames a consumer keeps do), so
        # malloc cannot hand back the same cache-hot buffer every time: Java's situation with a fresh
        # array per plane.
        s = 0
        kept = [None] * 64
        for t in range(frames):
            a = np.array(mm[t])
            kept[t % 64] = a
            s += int(a[0, 0])
        sink[0] += s

    def random_copy():
        s = 0
        for t in indices:
            a = np.array(mm[t])
            s += int(a[0, 0])
        sink[0] += s

    med, times = median_time(sequential_copy, args.reps, args.warmups)
    out["seq.gbps"] = total / med / 1e9
    print(f"  numpy sequential np.array(mm[t]): {out['seq.gbps']:.2f} GB/s  "
          f"(runs: {', '.join(f'{total / t / 1e9:.2f}' for t in times)})")
    med, _ = median_time(sequential_copyto, args.reps, args.warmups)
    out["seq_copyto.gbps"] = total / med / 1e9
    print(f"  numpy sequential np.copyto(buf, mm[t]): {out['seq_copyto.gbps']:.2f} GB/s")
    med, _ = median_time(sequential_copy_kept, args.reps, args.warmups)
    out["seq_kept64.gbps"] = total / med / 1e9
    print(f"  numpy sequential np.array(mm[t]), last 64 frames kept alive: {out['seq_kept64.gbps']:.2f} GB/s")
    med, _ = median_time(random_copy, args.reps, args.warmups)
    out["random.gbps"] = len(indices) * frame_bytes / med / 1e9
    out["random.us_per_plane"] = med / len(indices) * 1e6
    print(f"  numpy random np.array(mm[t]) x{len(indices)}: {out['random.gbps']:.2f} GB/s")
    print(f"  numpy open (np.load mmap): 4 GB {out['open.4g.ms']:.3f} ms, 40 GB {out['open.40g.ms']:.3f} ms")

    with open(args.out, "w") as f:
        for k, v in out.items():
            f.write(f"{k}\t{v!r}\n")
        f.write(f"meta.numpy\t{np.__version__}\n")
        f.write(f"meta.frames\t{frames}\n")
        f.write(f"meta.bytes\t{total}\n")
    return 0 if sink[0] is not None else 1


def main(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate")
    g.add_argument("dir")
    g.add_argument("--frames", type=int, default=8192)
    g.add_argument("--sparse-frames", type=int, default=81920)
    g.add_argument("--random", type=int, default=2000)
    m = sub.add_parser("measure")
    m.add_argument("dir")
    m.add_argument("out")
    m.add_argument("--reps", type=int, default=5)
    m.add_argument("--warmups", type=int, default=2)
    args = p.parse_args(argv)
    if args.cmd == "generate":
        generate(args)
        return 0
    return measure(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
