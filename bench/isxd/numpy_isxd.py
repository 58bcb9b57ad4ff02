#!/usr/bin/python3
"""numpy memmap reference: sequential and random plane copies out of the .isxd written by make_isxd.py."""
import sys, time
import numpy as np
path, T, hf = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "hf"
R = C = 512
stride = R * C + (5120 if hf else 0)   # in uint16 elements
mm = np.memmap(path, dtype="<u2", mode="r", shape=(T, stride))
off = 2560 if hf else 0
def seq():
    s = 0
    for k in range(T):
        a = np.array(mm[k, off:off + R * C]).reshape(R, C); s += int(a[0, 0])
    return s
rng = np.random.default_rng(1); idx = rng.integers(0, T, 2000)
def rnd():
    s = 0
    for k in idx:
        a = np.array(mm[k, off:off + R * C]).reshape(R, C); s += int(a[0, 0])
    return s
for name, fn, n in (("sequential", seq, T), ("random", rnd, len(idx))):
    fn(); ts = []
    for _ in range(3):
        t0 = time.perf_counter(); fn(); ts.append(time.perf_counter() - t0)
    t = sorted(ts)[1]
    print(f"numpy {name}: {n / t:.0f} planes/s")
