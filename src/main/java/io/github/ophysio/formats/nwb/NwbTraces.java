package io.github.ophysio.formats.nwb;

import io.github.ophysio.io.hdf5.Hdf5Flat;
import io.github.ophysio.io.hdf5.Hdf5Attributes;
import io.github.ophysio.io.hdf5.Hdf5Files;
import io.github.ophysio.io.hdf5.Hdf5Nodes;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The trace kinds of one plane: every RoiResponseSeries of its processing module (in Fluorescence,
 * DfOverF or any other container) whose region refers to the plane's table. The first series of a
 * kind wins; series of another length than the time base's are left out (named in metadata). A
 * window of some ROIs is read per request, as one slice of the stored (T, n) data.
 */
final class NwbTraces {

    private final Path path;
    private final Map<TraceKind, NwbTraceSource> sources;
    private final NwbTraceSource timeBase;

    private NwbTraces(Path path, Map<TraceKind, NwbTraceSource> sources, NwbTraceSource timeBase) {
        this.path = path;
        this.sources = sources;
        this.timeBase = timeBase;
    }

    /** The plane's series; {@code unused} receives the paths of series not used (duplicate kind, other length). */
    static NwbTraces of(Path path, NwbPlanes.Plane plane, int rows, boolean onlyTable, List<String> unused) {
        List<NwbTraceSource> found = new ArrayList<>();
        walk(path, plane.module(), plane.table(), rows, onlyTable, found);
        Map<TraceKind, NwbTraceSource> byKind = new EnumMap<>(TraceKind.class);
        found.forEach(s -> byKind.putIfAbsent(s.kind(), s));
        NwbTraceSource base = byKind.isEmpty() ? null : byKind.values().iterator().next();
        byKind.values().removeIf(s -> s.samples() != base.samples());
        found.stream().filter(s -> !byKind.containsValue(s)).forEach(s -> unused.add(s.series()));
        return new NwbTraces(path, byKind, base);
    }

    Set<TraceKind> kinds() {
        return sources.keySet();
    }

    int samples() {
        return timeBase == null ? 0 : timeBase.samples();
    }

    /** The time base (of raw traces when there are some, else of the first kind), NONE without traces. */
    NwbTime time() {
        return timeBase == null ? NwbTime.NONE : timeBase.time();
    }

    /** Which series each kind comes from, for metadata. */
    Map<String, String> describe() {
        Map<String, String> series = new LinkedHashMap<>();
        sources.forEach((kind, source) -> series.put(kind.key(), source.series()));
        return series;
    }

    /** Samples [start, end) of the ROIs at {@code rois}, scaled by conversion and offset; NaN where a region omits a ROI. */
    TraceBlock read(TraceKind kind, int start, int end, int[] rois) {
        NwbTraceSource source = sources.get(kind);
        int n = end - start;
        double[] out = new double[n * rois.length];
        Arrays.fill(out, Double.NaN);
        int[] columns = Arrays.stream(rois).map(r -> source.columnOf()[r]).toArray();
        int first = Arrays.stream(columns).filter(c -> c >= 0).min().orElse(-1);
        if (n > 0 && first >= 0) {
            int last = Arrays.stream(columns).max().getAsInt();
            double[] block = Hdf5Files.read(path, file -> slice(file.getByPath(source.series()), source, start, n,
                    first, last - first + 1));
            int width = last - first + 1;
            for (int t = 0; t < n; t++) {
                for (int j = 0; j < rois.length; j++) {
                    if (columns[j] >= 0) {
                        double stored = block[t * width + columns[j] - first];
                        out[t * rois.length + j] = stored * source.conversion() + source.offset();
                    }
                }
            }
        }
        return new TraceBlock(n, rois.length, out);
    }

    private double[] slice(Node series, NwbTraceSource source, int start, int n, int first, int width) {
        Dataset data = Hdf5Nodes.dataset(path, (Group) series, "data").orElseThrow();
        Object values = source.rank() == 1 ? data.getData(new long[] {start}, new int[] {n})
                : data.getData(new long[] {start, first}, new int[] {n, width});
        return Hdf5Flat.doubles(data, values);
    }

    private static void walk(Path path, Group group, Group table, int rows, boolean onlyTable,
            List<NwbTraceSource> found) {
        for (Node node : group.getChildren().values()) {
            if (node.isLink() || !(node instanceof Group child)) {
                continue;
            }
            if ("RoiResponseSeries".equals(Hdf5Attributes.text(child, "neurodata_type").orElse(""))) {
                Optional<NwbTraceSource> source = NwbTraceSource.of(path, child, table, rows, onlyTable);
                source.ifPresent(found::add);
            } else {
                walk(path, child, table, rows, onlyTable, found);
            }
        }
    }
}
