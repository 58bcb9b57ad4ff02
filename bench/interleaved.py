#!/usr/bin/python3
"""Interleaved rounds of numpy and the plugin on the same file (run with /usr/bin/python3).

This shared VM's memory bandwidth drifts by +-20 % within minutes, so one numpy measurement
followed minutes later by one Java measurement can say 0.75x or 1.05x for the same code. Each
round here measures numpy, then the plugin (a fresh JVM: ImageJ macro setSlice loop, sequential
and at the random indices), back to back, and the ratio is taken within the round; the median of
the rounds' ratios is the figure.

usage: interleaved.py DENSE.npy INDICES.txt ROUNDS REPS WARMUPS OUT.tsv -- JAVA_COMMAND... BENCH_MAIN
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np


def numpy_rate(mm, frames, reps, warmups):
    """Median GB/s of np.array(mm[t]) over the frames given, after warm-up passes."""
    rates = []
    for rep in range(warmups + reps):
        t0 = time.perf_counter()
        for t in frames:
            np.array(mm[t])
        if rep >= warmups:
            rates.append(len(frames) * mm[0].nbytes / (time.perf_counter() - t0) / 1e9)
    return statistics.median(rates)


def java_rate(command, args, key):
    with tempfile.NamedTemporaryFile("r", suffix=".tsv", delete=False) as out:
        path = out.name
    try:
        subprocess.run(command + args + [path], check=True, stdout=subprocess.DEVNULL)
        with open(path) as f:
            values = dict(line.rstrip("\n").split("\t", 1) for line in f if "\t" in line)
        return float(values[key])
    finally:
        os.unlink(path)


def main():
    split = sys.argv.index("--")
    dense, indices_file, rounds, reps, warmups, out = sys.argv[1:split]
    command = sys.argv[split + 1:]
    rounds, reps, warmups = int(rounds), int(reps), int(warmups)
    mm = np.load(dense, mmap_mode="r")
    indices = np.loadtxt(indices_file, dtype=np.int64)
    seq_ratios, random_ratios = [], []
    print(f"  {'round':<6} {'numpy seq':>10} {'setSlice seq':>13} {'ratio':>6}   {'numpy random':>12}"
          f" {'setSlice random':>16} {'ratio':>6}")
    for r in range(rounds):
        np_seq = numpy_rate(mm, range(len(mm)), reps, warmups)
        java_seq = java_rate(command, ["seq", "macro", dense], "seq.macro.gbps")
        np_random = numpy_rate(mm, indices, reps, warmups)
        java_random = java_rate(command, ["random", "macro", dense, indices_file], "random.macro.gbps")
        seq_ratios.append(java_seq / np_seq)
        random_ratios.append(java_random / np_random)
        print(f"  {r + 1:<6} {np_seq:>7.2f} GB/s {java_seq:>8.2f} GB/s {seq_ratios[-1]:>6.2f}   {np_random:>7.2f} GB/s"
              f" {java_random:>11.2f} GB/s {random_ratios[-1]:>6.2f}")
    seq, rnd = statistics.median(seq_ratios), statistics.median(random_ratios)
    print(f"  median of {rounds} rounds: sequential {seq:.2f}x, random {rnd:.2f}x numpy (target >= 0.9:"
          f" {'met' if seq >= 0.9 else 'NOT met'} / {'met' if rnd >= 0.9 else 'NOT met'})")
    with open(out, "a") as f:
        f.write(f"interleaved.seq.ratio\t{seq}\ninterleaved.random.ratio\t{rnd}\ninterleaved.rounds\t{rounds}\n")


if __name__ == "__main__":
    main()
