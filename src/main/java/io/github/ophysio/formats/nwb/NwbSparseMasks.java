package io.github.ophysio.formats.nwb;

import io.github.ophysio.io.hdf5.Hdf5Flat;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.hdf5.Hdf5Types;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.RoiProperty;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Ragged {@code pixel_mask} {x, y, weight} or {@code voxel_mask} {x, y, z, weight} rows with their
 * index, as read (rows and columns already chosen from x and y); {@link #placed} checks them against
 * the imaging plane and builds the pixel masks.
 */
record NwbSparseMasks(String column, long[] rows, long[] cols, long[] z, float[] weights, long[] ends) {

    static NwbSparseMasks read(Path path, Group table, Dataset dataset, int rois, boolean xIsRow) {
        String name = dataset.getName();
        if (!NwbTable.ragged(path, table, name)) {
            throw new CorruptFileException(path, dataset.getPath() + ": expected its index " + name + NwbTable.INDEX
                    + " beside it, found none");
        }
        Map<?, ?> fields = compound(path, dataset);
        long[] x = Hdf5Flat.longs(field(path, dataset, fields, "x"));
        long[] y = Hdf5Flat.longs(field(path, dataset, fields, "y"));
        long[] z = name.equals(NwbMasks.VOXEL_MASK) ? Hdf5Flat.longs(field(path, dataset, fields, "z")) : null;
        double[] w = Hdf5Flat.doubles(dataset, field(path, dataset, fields, "weight"));
        float[] weights = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            weights[i] = (float) w[i];
        }
        long[] ends = NwbTable.ends(path, table, name, rois, x.length);
        return xIsRow ? new NwbSparseMasks(dataset.getPath(), x, y, z, weights, ends)
                : new NwbSparseMasks(dataset.getPath(), y, x, z, weights, ends);
    }

    /**
     * The masks in the imaging plane {@code plane} (or, when the file states no plane size, in the
     * smallest frame that holds every pixel); corrupt when a pixel lies outside the plane.
     */
    NwbMasks placed(Path path, Optional<NwbFrame> plane) {
        NwbFrame frame = plane.orElseGet(this::extent);
        checkInside(path, frame);
        List<PixelMask> masks = new ArrayList<>(ends.length);
        List<Object> zs = new ArrayList<>(ends.length);
        for (int roi = 0; roi < ends.length; roi++) {
            masks.add(mask(roi, frame.cols()));
            zs.add(planes(roi));
        }
        return new NwbMasks(masks, frame.shape(), frame.source(), column, z == null ? null : zProperty(zs));
    }

    /** The property {@code z}: one plane per ROI as a number, several as lists (lists for all when any has several). */
    static RoiProperty zProperty(List<Object> zs) {
        boolean single = zs.stream().allMatch(v -> ((List<?>) v).size() == 1);
        List<Object> values = single ? zs.stream().<Object>map(v -> ((List<?>) v).get(0)).toList() : zs;
        return new RoiProperty("z", "z planes of the ROI's voxels (masks are projected onto one plane)", values);
    }

    /** One ROI's pixels; voxels on the same pixel (different z) are summed. */
    private PixelMask mask(int roi, int frameCols) {
        Map<Long, Float> pixels = new LinkedHashMap<>();
        for (long i = NwbTable.start(ends, roi); i < ends[roi]; i++) {
            pixels.merge(rows[(int) i] * frameCols + cols[(int) i], weights[(int) i], Float::sum);
        }
        int[] r = new int[pixels.size()];
        int[] c = new int[pixels.size()];
        float[] w = new float[pixels.size()];
        int k = 0;
        for (Map.Entry<Long, Float> pixel : pixels.entrySet()) {
            r[k] = (int) (pixel.getKey() / frameCols);
            c[k] = (int) (pixel.getKey() % frameCols);
            w[k++] = pixel.getValue();
        }
        return new PixelMask(r, c, w);
    }

    private List<Object> planes(int roi) {
        TreeSet<Integer> planes = new TreeSet<>();
        for (long i = NwbTable.start(ends, roi); z != null && i < ends[roi]; i++) {
            planes.add((int) z[(int) i]);
        }
        return List.copyOf(planes);
    }

    private NwbFrame extent() {
        long maxRow = -1;
        long maxCol = -1;
        for (int i = 0; i < rows.length; i++) {
            maxRow = Math.max(maxRow, rows[i]);
            maxCol = Math.max(maxCol, cols[i]);
        }
        return new NwbFrame((int) maxRow + 1, (int) maxCol + 1, "the extent of " + column);
    }

    private void checkInside(Path path, NwbFrame frame) {
        long used = ends.length == 0 ? 0 : ends[ends.length - 1];
        for (int i = 0; i < used; i++) {
            if (rows[i] < 0 || rows[i] >= frame.rows() || cols[i] < 0 || cols[i] >= frame.cols()) {
                throw new CorruptFileException(path, column + "[" + i + "]: pixel (row " + rows[i] + ", col " + cols[i]
                        + ") outside the imaging plane's " + frame.describe() + " pixels (rows x cols, from "
                        + frame.source() + "); nwb-x=rows|cols says which of x and y is the row");
            }
        }
    }

    private static Map<?, ?> compound(Path path, Dataset dataset) {
        Object data = dataset.isEmpty() ? Map.of() : dataset.getData();
        if (!(data instanceof Map<?, ?> fields)) {
            throw new UnsupportedFormatException(path, dataset.getPath() + " holds "
                    + Hdf5Types.name(dataset.getDataType())
                    + " values; masks are compound {x, y[, z], weight}");
        }
        return fields;
    }

    private static Object field(Path path, Dataset dataset, Map<?, ?> fields, String name) {
        if (dataset.isEmpty()) {
            return new long[0];
        }
        Object values = fields.get(name);
        if (values == null) {
            throw CorruptFileException.expected(path, dataset.getPath() + " fields", "a field " + name,
                    fields.keySet());
        }
        return values;
    }
}
