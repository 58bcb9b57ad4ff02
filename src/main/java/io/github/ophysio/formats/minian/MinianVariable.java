package io.github.ophysio.formats.minian;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.io.zarr.ZarrArray;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One variable Minian saved with {@code save_minian}: {@code <name>.zarr}, an xarray group holding the
 * array {@code <name>} and its coordinates (or, in some versions, the array itself), whose dimensions are
 * found by their names, never their positions.
 */
record MinianVariable(String name, ZarrArray array) {

    static final String UNIT = "unit_id";
    static final String FRAME = "frame";
    static final String HEIGHT = "height";
    static final String WIDTH = "width";

    /** The variable {@code name} of the output folder, if saved. */
    static Optional<MinianVariable> find(Path folder, String name) {
        Path store = folder.resolve(name + ".zarr");
        for (Path dir : List.of(store.resolve(name), store)) {
            if (ZarrArray.isArray(dir)) {
                return Optional.of(new MinianVariable(name, ZarrArray.open(dir)));
            }
        }
        return Optional.empty();
    }

    /** The dimension named {@code dim}; corrupt, naming the dimensions found, when the array has none so named. */
    int dim(String dim) {
        int d = array.dimension(dim);
        if (d < 0) {
            throw CorruptFileException.expected(array.path(), name + "'s dimensions", "names including '" + dim
                    + "' (" + ZarrArray.DIMENSIONS + " in .zattrs)", array.dimensions().isEmpty() ? "no names"
                    : array.dimensions().toString());
        }
        return d;
    }

    /** Requires exactly the dimensions {@code dims}, in any order. */
    MinianVariable requireDims(String... dims) {
        List<String> found = array.dimensions();
        if (found.size() != dims.length || !found.containsAll(Arrays.asList(dims))) {
            throw CorruptFileException.expected(array.path(), name + "'s dimensions", Arrays.toString(dims)
                    + " in any order", found.isEmpty() ? "no names (" + ZarrArray.DIMENSIONS + " missing)"
                    : found.toString());
        }
        return this;
    }

    long size(String dim) {
        return array.shape()[dim(dim)];
    }

    /** A coordinate of this variable (e.g. {@code unit_id}, {@code frame}) saved beside it, as whole numbers. */
    Optional<long[]> coordinate(String dim) {
        Path beside = array.path().resolveSibling(dim);
        if (!ZarrArray.isArray(beside) || beside.equals(array.path())) {
            return Optional.empty();
        }
        ZarrArray coordinate = ZarrArray.open(beside);
        if (coordinate.rank() != 1 || coordinate.shape()[0] != size(dim)) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(coordinate.readAll()).mapToLong(v -> (long) v).toArray());
    }

    /**
     * The 2-d slice at index {@code at} of dimension {@code fixed} (or the whole array when {@code fixed} is
     * null), as rows = height, cols = width, row-major.
     */
    double[] image(String fixed, long at) {
        long[] shape = array.shape();
        long[] start = new long[shape.length];
        int[] count = new int[shape.length];
        for (int d = 0; d < shape.length; d++) {
            count[d] = (int) shape[d];
        }
        if (fixed != null) {
            start[dim(fixed)] = at;
            count[dim(fixed)] = 1;
        }
        double[] stored = array.read(start, count);
        return dim(HEIGHT) < dim(WIDTH) ? stored : transpose(stored, (int) size(WIDTH), (int) size(HEIGHT));
    }

    /** Frames [start, end) of the unit at index {@code unit} (a trace stored (unit_id, frame) or (frame, unit_id)). */
    double[] trace(int unit, int start, int end) {
        long[] from = new long[array.rank()];
        int[] count = new int[array.rank()];
        from[dim(FRAME)] = start;
        count[dim(FRAME)] = end - start;
        if (array.rank() == 2) {
            from[dim(UNIT)] = unit;
            count[dim(UNIT)] = 1;
        }
        return array.read(from, count);
    }

    private static double[] transpose(double[] in, int rows, int cols) {
        double[] out = new double[in.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[c * rows + r] = in[r * cols + c];
            }
        }
        return out;
    }
}
