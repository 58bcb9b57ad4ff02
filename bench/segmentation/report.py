"""Joins the numpy and Java result files (key<TAB>value lines) into the segmentation benchmark table."""
import sys


def read(path):
    values = {}
    with open(path) as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition("\t")
            try:
                values[key] = float(value)
            except ValueError:
                values[key] = value
    return values


def main():
    np_, j = read(sys.argv[1]), read(sys.argv[2])
    rois, samples = int(np_["rois"]), int(np_["samples"])
    gb = rois * samples * 4 / 1e9
    suite2p = np_["np_stat"] + np_["np_ops"] + np_["np_iscell"] + np_["np_F_full"]
    suite2p_mmap = np_["np_stat"] + np_["np_ops"] + np_["np_iscell"] + np_["np_F_mmap"]
    gui = suite2p + np_.get("np_Fneu_full", 0) + np_.get("np_spks_full", 0)
    ok = lambda s: "yes" if s < 3 else "NO"
    rows = [
        ("numpy: np.load stat.npy (allow_pickle)", np_["np_stat"], ""),
        ("numpy: np.load ops.npy + iscell.npy", np_["np_ops"] + np_["np_iscell"], ""),
        (f"numpy: np.load F.npy ({gb:.2f} GB, read whole)", np_["np_F_full"], ""),
        ("numpy: np.load F.npy (mmap_mode='r')", np_["np_F_mmap"], ""),
        ("numpy: stat + ops + iscell + F (Suite2p's own load of the same files)", suite2p, ""),
        ("numpy: the same with F memory-mapped", suite2p_mmap, ""),
        ("numpy: + Fneu + spks (what the Suite2p GUI loads)", gui, ""),
        ("(a) open the plane folder (registry.openSegmentation)", j["open"], ""),
        ("(b) SegmentationRois.build (trace 5 000 outlines)", j["build"], ""),
        ("(b) add them to the ROI Manager (shown)", j["add"], ""),
        ("(c) TraceTables.table, raw, + its first screen formatted (not shown)", j["table"], ""),
        ("(d) SegmentationLoader.load, raw only, table shown", j["load"], f"< 3 s: {ok(j['load'])}"),
        ("    open + (d)", j["open2"] + j["load"], f"numpy {suite2p:.2f} s: x{(j['open2'] + j['load']) / suite2p:.1f}"),
        ("    first open + load in a fresh JVM (cold JIT, heap growing)", j["first_total"], ""),
        ("(f) the macro command (+ footprints stack and 4 images shown)", j["macro"], ""),
        ("(g) one repaint of the raw table window, first columns", j["repaint_left"], ""),
        ("(g) one repaint of the raw table window, scrolled to the last columns", j["repaint_right"], ""),
    ]
    print(f"Ophys IO segmentation benchmark: Suite2p plane, {rois} ROIs x {samples} samples float32 "
          f"(F.npy {gb:.2f} GB) in the page cache; Java -Xmx{int(j['heap_max_mb'])}m under xvfb-run; "
          f"median of the timed passes.")
    print()
    for label, seconds, note in rows:
        print(f"  {label:<72} {seconds:8.3f} s   {note}")
    print(f"  heap in use after a full GC with the loaded ROIs + raw table alive: {j['retained_mb']:.0f} MiB")
    print(f"  GC of the load JVM over the whole run: {j['gc']}")
    print()
    print(f"(e) one ROI's raw trace (ROI {int(np_['roi'])}, {int(j['trace_bytes'])} bytes in the file), F.npy "
          f"evicted from the page cache first:")
    print(f"  Java getTrace, cold:   {j['trace_cold'] * 1e3:8.2f} ms; pages of F.npy mapped into the JVM "
          f"{int(j['trace_cold_rss_bytes'])} bytes; read from storage {int(j['trace_cold_read_bytes'])} bytes")
    print(f"  numpy mm[roi], cold:   {np_['np_one_trace_cold'] * 1e3:8.2f} ms; read from storage "
          f"{int(np_['np_one_trace_cold_read_bytes'])} bytes (np.load's header read included)")
    print(f"  warm: Java getTrace {j['trace_warm'] * 1e6:.0f} us, numpy np.array(mm[roi]) "
          f"{np_['np_one_trace_warm'] * 1e6:.0f} us; Java every ROI (getTraces, {gb:.2f} GB) {j['traces_all']:.2f} s")


if __name__ == "__main__":
    main()
