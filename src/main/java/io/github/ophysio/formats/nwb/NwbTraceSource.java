package io.github.ophysio.formats.nwb;

import io.github.ophysio.io.hdf5.Hdf5Flat;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.hdf5.Hdf5Array;
import io.github.ophysio.io.hdf5.Hdf5Attributes;
import io.github.ophysio.io.hdf5.Hdf5Nodes;
import io.github.ophysio.model.TraceKind;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One RoiResponseSeries of a plane: its kind, where each ROI's column is (through the {@code rois}
 * DynamicTableRegion, which may name a subset of the table in any order: ROI i is column
 * {@code columnOf[i]}, -1 when the region leaves it out), scaling and time base.
 *
 * @param series the series group's path
 * @param columnOf data column of each table row, -1 when absent
 * @param rank 1 for (T,) data, 2 for (T, n)
 */
record NwbTraceSource(String series, TraceKind kind, int[] columnOf, int rank, int samples, double conversion,
        double offset, NwbTime time) {

    /** Words in a series name (lower-cased) that name its kind ("Deconvolved", "denoised_traces", "DfOverF2"). */
    private static final List<Map.Entry<String, TraceKind>> STEMS = List.of(Map.entry("neuropil", TraceKind.NEUROPIL),
            Map.entry("deconv", TraceKind.DECONVOLVED), Map.entry("denois", TraceKind.DENOISED),
            Map.entry("baseline", TraceKind.BASELINE), Map.entry("background", TraceKind.BACKGROUND),
            Map.entry("dff", TraceKind.DFF), Map.entry("dfof", TraceKind.DFF), Map.entry("df_over_f", TraceKind.DFF),
            Map.entry("dfoverf", TraceKind.DFF));

    /** The kind by series name (case-insensitive), else by container: DfOverF is dff, anything else raw. */
    static TraceKind kindOf(String seriesName, String containerType) {
        String name = seriesName.toLowerCase(Locale.ROOT);
        return STEMS.stream().filter(s -> name.contains(s.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(containerType.equals("DfOverF") ? TraceKind.DFF : TraceKind.RAW);
    }

    /**
     * The series if its region refers to {@code table} (a region without a {@code table} reference
     * counts as the file's only table when {@code onlyTable}); empty for another table's series.
     */
    static Optional<NwbTraceSource> of(Path path, Group group, Group table, int rows, boolean onlyTable) {
        Optional<Dataset> region = Hdf5Nodes.dataset(path, group, "rois");
        if (region.isEmpty() || !refersTo(region.get(), table, onlyTable)) {
            return Optional.empty();
        }
        String where = NwbSeries.pathOf(group);
        Dataset data = Hdf5Nodes.dataset(path, group, "data").orElseThrow(() -> new CorruptFileException(path,
                where + ": expected a data dataset, found none"));
        long[] dims = data.getDimensionsAsLong();
        long[] indices = region.get().isEmpty() ? new long[0] : Hdf5Flat.longs(region.get().getData());
        if (dims.length < 1 || dims.length > 2 || (dims.length == 2 ? dims[1] : 1) != indices.length) {
            throw CorruptFileException.expected(path, where + "/data shape", "(T, " + indices.length
                    + ") (one column per entry of rois)", Hdf5Array.tuple(dims));
        }
        if (dims[0] > Integer.MAX_VALUE) {
            throw new UnsupportedFormatException(path, where + "/data has " + dims[0] + " samples (at most "
                    + Integer.MAX_VALUE + ")");
        }
        String container = Hdf5Attributes.text(group.getParent(), "neurodata_type").orElse("");
        return Optional.of(new NwbTraceSource(where, kindOf(group.getName(), container),
                columns(path, where, indices, rows), dims.length, (int) dims[0],
                Hdf5Attributes.number(data, "conversion").orElse(1.0), Hdf5Attributes.number(data, "offset")
                        .orElse(0.0), NwbTime.of(path, group)));
    }

    private static boolean refersTo(Dataset region, Group table, boolean onlyTable) {
        Object reference = Hdf5Attributes.value(region, "table");
        if (reference instanceof Number address) {
            return address.longValue() == table.getAddress();
        }
        return onlyTable;
    }

    /** For each table row, its column in the data: checked against the table, first mention wins. */
    private static int[] columns(Path path, String where, long[] indices, int rows) {
        int[] columnOf = new int[rows];
        Arrays.fill(columnOf, -1);
        for (int j = indices.length - 1; j >= 0; j--) {
            if (indices[j] < 0 || indices[j] >= rows) {
                throw new CorruptFileException(path, where + "/rois[" + j + "] = " + indices[j]
                        + ": expected a row index in [0, " + rows + ") (the table has " + rows + " rows)");
            }
            columnOf[(int) indices[j]] = j;
        }
        return columnOf;
    }
}
