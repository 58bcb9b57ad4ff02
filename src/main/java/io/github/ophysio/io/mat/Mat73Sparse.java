package io.github.ophysio.io.mat;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.io.hdf5.Hdf5Attributes;
import io.github.ophysio.io.hdf5.Hdf5Flat;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * MATLAB v7.3 sparse matrices ({@code ../shared/formats/matlab.md} §3): a group whose attribute
 * {@code MATLAB_sparse} is the number of rows, holding {@code jc} (cols + 1 column starts),
 * {@code ir} (0-based rows) and {@code data}, i.e. the compressed columns MATLAB keeps in memory.
 * An all-zero matrix may have {@code jc} only.
 */
final class Mat73Sparse {

    static final String ATTRIBUTE = "MATLAB_sparse";

    private Mat73Sparse() {
    }

    static boolean is(Node node) {
        return node instanceof Group && node.getAttribute(ATTRIBUTE) != null;
    }

    /** MATLAB's size: the attribute's rows by the column starts' count less one. */
    static int[] dims(Group group, String name) {
        return new int[] {rows(group, name), columnStarts(group, name).length - 1};
    }

    static MatSparse read(Group group, String name) {
        int[] jc = columnStarts(group, name);
        int nnz = jc[jc.length - 1];
        int[] ir = nnz == 0 ? new int[0] : ints(child(group, "ir", name), name + ".ir");
        double[] values = nnz == 0 ? new double[0] : Hdf5Flat.doubles(child(group, "data", name));
        if (ir.length < nnz || values.length < nnz) {
            throw corrupt(group, name, "a sparse matrix's " + nnz + " row indices (ir) and values (data), as jc says",
                    ir.length + " and " + values.length);
        }
        int rows = rows(group, name);
        for (int i = 0; i < nnz; i++) {
            if (ir[i] >= rows) {
                throw corrupt(group, name + ".ir", "row indices below MATLAB_sparse = " + rows, ir[i] + " at " + i);
            }
        }
        return new MatSparse(rows, jc.length - 1, Arrays.copyOf(ir, nnz), jc, Arrays.copyOf(values, nnz));
    }

    private static CorruptFileException corrupt(Node node, String what, String expected, Object found) {
        return CorruptFileException.expected(node.getHdfFile().getFileAsPath(), what, expected, found);
    }

    private static int rows(Group group, String name) {
        OptionalDouble rows = Hdf5Attributes.number(group, ATTRIBUTE);
        if (rows.isEmpty() || rows.getAsDouble() < 0 || rows.getAsDouble() > Integer.MAX_VALUE) {
            throw corrupt(group, name + " MATLAB_sparse", "a row count", Hdf5Attributes.value(group, ATTRIBUTE));
        }
        return (int) rows.getAsDouble();
    }

    private static int[] columnStarts(Group group, String name) {
        int[] jc = ints(child(group, "jc", name), name + ".jc");
        if (jc.length == 0) {
            throw corrupt(group, name + ".jc", "cols + 1 column starts", "none");
        }
        for (int j = 0; j < jc.length; j++) {
            if (j == 0 ? jc[0] != 0 : jc[j] < jc[j - 1]) {
                throw corrupt(group, name + ".jc", "column starts rising from 0", jc[j] + " at " + j);
            }
        }
        return jc;
    }

    private static Dataset child(Group group, String child, String name) {
        if (!(group.getChild(child) instanceof Dataset dataset)) {
            throw corrupt(group, name, "a sparse matrix's '" + child + "' dataset", group.getChildren().keySet());
        }
        return dataset;
    }

    /** jc and ir are uint64 in MATLAB's files (jhdf may give them as BigInteger); a matrix Java can index fits int. */
    private static int[] ints(Dataset dataset, String name) {
        Object flat = dataset.getDataFlat();
        int[] out = new int[Array.getLength(flat)];
        for (int i = 0; i < out.length; i++) {
            long v = ((Number) Array.get(flat, i)).longValue();
            if (v < 0 || v > Integer.MAX_VALUE) {
                throw corrupt(dataset, name, "indices in 0.." + Integer.MAX_VALUE, v + " at " + i);
            }
            out[i] = (int) v;
        }
        return out;
    }
}
