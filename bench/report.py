#!/usr/bin/python3
"""Prints the benchmark table from the numpy and Java result files ("key<TAB>value" lines)."""
import statistics
import sys

OPEN_LIMIT_MS = 200.0
TARGET_RATIO = 0.9


def load(path):
    """key -> value; a key written several times (first opens, one per JVM) -> median of its values."""
    values = {}
    repeated = {}
    with open(path) as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition("\t")
            if key.startswith("meta.") and key in values:
                continue  # every JVM repeats the meta facts; keep the first (default settings)
            try:
                number = float(value)
            except ValueError:
                values[key] = value
                continue
            repeated.setdefault(key, []).append(number)
    for key, numbers in repeated.items():
        values[key] = statistics.median(numbers)
        if len(numbers) > 1:
            values[key + ".all"] = numbers
    return values


def main(numpy_path, java_path):
    np_ = load(numpy_path)
    j = load(java_path)
    gb = np_["meta.bytes"] / 1e9
    print(f"Ophys IO benchmark: {int(np_['meta.frames'])} x 512 x 512 uint16 .npy ({gb:.2f} GB) in the page cache;"
          f" Java {j.get('meta.java')} (-Xmx{int(j['meta.xmx.mb'])}m, plane cache {int(j['meta.cache.mb'])} MiB),"
          f" numpy {np_['meta.numpy']}; median of {int(j['meta.reps'])} passes after {int(j['meta.warmups'])} warm-up"
          f" passes, one fresh JVM per measurement.")
    print("Ratio = Java GB/s / numpy GB/s (target >= 0.9).")
    print()

    w = 58
    print("1. Opening (path -> virtual ImagePlus; numpy: np.load(mmap_mode='r')). repeated = median of >= 20 opens")
    print("   in one JVM; 1st, IJ up = first open in a JVM where ImageJ is already loaded and used (as in Fiji);")
    print("   1st, cold JVM = first open with nothing loaded; first opens: median over 3 JVMs each")
    print(f"  {'':<{w}} {'repeated':>10} {'1st, IJ up':>11} {'1st, cold JVM':>14}")
    for size in ("4g", "40g"):
        cold, warm = j[f"open.{size}.cold.ms"], j[f"open.{size}.warm.ms"]
        ij_up = j.get(f"open.{size}.ijloaded.cold.ms", float("nan"))
        ok = "< 200 ms: " + ("yes" if warm < OPEN_LIMIT_MS else "NO") + " / " + (
            "yes" if ij_up < OPEN_LIMIT_MS else "NO") + " / " + ("yes" if cold < OPEN_LIMIT_MS else "no")
        label = f"open {'4 GB' if size == '4g' else '40 GB sparse'} .npy"
        print(f"  {label:<{w}} {warm:7.2f} ms {ij_up:8.0f} ms {cold:11.0f} ms   numpy: {np_[f'open.{size}.ms']:6.3f} ms"
              f"   {ok}")
    w4, w40 = j["open.4g.warm.ms"], j["open.40g.warm.ms"]
    same = abs(w4 - w40) <= max(2.0, 0.25 * max(w4, w40))
    print(f"  {'same time for 4 GB and 40 GB?':<{w}} {'yes' if same else 'NO'} ({w4:.2f} vs {w40:.2f} ms)")
    print()

    def row(label, key, ref_key="seq.gbps", ref_label="numpy"):
        java = j.get(key + ".gbps")
        ref = np_[ref_key]
        if java is None:
            return
        ratio = java / ref
        flag = "" if ratio >= TARGET_RATIO else "  < 0.9"
        print(f"  {label + ':':<{w}} {java:6.2f} GB/s   {ref_label}: {ref:6.2f} GB/s   ratio {ratio:4.2f}{flag}")

    print("2. Sequential read of every plane (numpy: np.array(mm[t]) for every t)")
    print(f"  {'numpy references:':<{w}} np.array(mm[t]) {np_['seq.gbps']:.2f} GB/s; np.copyto(buf, mm[t])"
          f" {np_['seq_copyto.gbps']:.2f} GB/s; np.array with last 64 frames kept alive"
          f" {np_['seq_kept64.gbps']:.2f} GB/s")
    row("sequential setSlice loop (ImageJ macro, batch mode)", "seq.macro")
    row("sequential stack.getProcessor(n) loop", "seq.getProcessor")
    row("  same, read-ahead off: setSlice loop", "seq.macro_noreadahead")
    row("  same, read-ahead off: getProcessor loop", "seq.getProcessor_noreadahead")
    row("sequential LazyRecording.plane() (ImgLib2 path, cached)", "seq.lazy_plane")
    row("sequential ImagingExtractor.getPlane (fresh array)", "seq.getPlane_fresh")
    row("sequential readPlane into a reused array", "seq.readPlane_reused", "seq_copyto.gbps", "np.copyto")
    row("getProcessor, every plane a cache hit (clone+wrap)", "seq.getProcessor_hits")
    row("ImageJ Raw virtual stack: getProcessor loop", "seq.ij_raw_getProcessor")
    row("ImageJ Raw virtual stack: setSlice macro loop", "seq.ij_raw_macro")
    print()

    print(f"3. Random single planes (same fixed-seed indices; numpy: np.array(mm[t]))")
    row("random setSlice (ImageJ macro, batch mode)", "random.macro", "random.gbps")
    row("random stack.getProcessor(n)", "random.getProcessor", "random.gbps")
    row("random ImageJ Raw virtual stack getProcessor", "random.ij_raw_getProcessor", "random.gbps")
    print(f"  {'latency per plane (setSlice / numpy)':<{w}} {j['random.macro.us_per_plane']:6.0f} us"
          f"        numpy: {np_['random.us_per_plane']:6.0f} us")
    print()

    if "interleaved.seq.ratio" in j:
        seq, rnd = j["interleaved.seq.ratio"], j["interleaved.random.ratio"]
        verdict = lambda r: "met" if r >= 0.9 else "NOT met"
        print(f"2./3. The same two setSlice measurements with numpy measured right before each, "
              f"{int(j['interleaved.rounds'])} rounds (the machine's bandwidth drifts between the sections above):")
        print(f"  {'sequential setSlice / numpy, median of per-round ratios':<{w}} {seq:6.2f}x   target >= 0.9: {verdict(seq)}")
        print(f"  {'random setSlice / numpy, median of per-round ratios':<{w}} {rnd:6.2f}x   target >= 0.9: {verdict(rnd)}")
        print()

    xmx = j["mem.xmx.mb"]
    used = j["mem.max_used.mb"]
    verdict = "OK, well below -Xmx" if used < xmx / 2 else "NOT well below -Xmx"
    print(f"4. Bounded memory: {j['mem.file.gb']:.2f} GB recording scrolled end to end with -Xmx{int(xmx)}m"
          f" ({j['mem.file.gb'] * 1e3 / (xmx * 1.048576):.1f}x the heap)")
    print(f"  {'max heap used (sampled every 64 planes)':<{w}} {int(used):6d} MiB of {int(xmx)} MiB   {verdict}")
    print(f"  {'sum of heap-pool peaks (MemoryPoolMXBean)':<{w}} {int(j['mem.pool_peak.mb']):6d} MiB")
    print(f"  {'max heap in use right after a GC (retained)':<{w}} {int(j['mem.after_gc.mb']):6d} MiB"
          f"   (plane cache budget {int(j['mem.cache.mb'])} MiB)")
    row(f"scroll speed under -Xmx{int(xmx)}m (macro setSlice, read-ahead on)", "mem.scroll")
    print(f"  GC: {j.get('gc.memory')}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
