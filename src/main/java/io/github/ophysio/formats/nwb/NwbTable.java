package io.github.ophysio.formats.nwb;

import io.github.ophysio.io.hdf5.Hdf5Flat;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.io.hdf5.Hdf5Attributes;
import io.github.ophysio.io.hdf5.Hdf5Nodes;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A DynamicTable's columns (hdmf-common): a column is a dataset child; a ragged column {@code X}
 * has an index {@code X_index} of exclusive end offsets, row i = X[end[i-1] : end[i]].
 */
final class NwbTable {

    static final String INDEX = "_index";

    private NwbTable() {
    }

    static Optional<Dataset> column(Path path, Group table, String name) {
        return Hdf5Nodes.dataset(path, table, name);
    }

    /** The number of rows: the length of {@code id}; corrupt when the table has none. */
    static long[] ids(Path path, Group table) {
        Dataset id = column(path, table, "id").orElseThrow(() -> new CorruptFileException(path,
                NwbSeries.pathOf(table) + ": expected an id dataset (ElementIdentifiers), found none"));
        return id.isEmpty() ? new long[0] : Hdf5Flat.longs(id.getData());
    }

    /** Whether {@code name} is ragged (has an index dataset beside it). */
    static boolean ragged(Path path, Group table, String name) {
        return column(path, table, name + INDEX).isPresent();
    }

    /**
     * The end offsets of the ragged column {@code name}, checked: one per row, non-decreasing, and
     * none past the {@code length} elements of the column.
     */
    static long[] ends(Path path, Group table, String name, int rows, long length) {
        String where = NwbSeries.pathOf(table) + "/" + name + INDEX;
        Dataset index = column(path, table, name + INDEX).orElseThrow();
        long[] ends = index.isEmpty() ? new long[0] : Hdf5Flat.longs(index.getData());
        if (ends.length != rows) {
            throw CorruptFileException.expected(path, where + " length", rows + " (one end per ROI)", ends.length);
        }
        for (int i = 0; i < rows; i++) {
            long start = i == 0 ? 0 : ends[i - 1];
            if (ends[i] < start || ends[i] > length) {
                throw new CorruptFileException(path, where + "[" + i + "] = " + ends[i] + ": expected an end in ["
                        + start + ", " + length + "] (" + name + " has " + length + " rows)");
            }
        }
        return ends;
    }

    /** Where row {@code row} of a ragged column starts (its end is {@code ends[row]}). */
    static long start(long[] ends, int row) {
        return row == 0 ? 0 : ends[row - 1];
    }

    /** The column's description attribute, "" when absent. */
    static String description(Dataset column) {
        return Hdf5Attributes.text(column, "description").orElse("");
    }
}
