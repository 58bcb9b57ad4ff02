package io.github.ophysio.formats.suite2p;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.io.pickle.NpyFiles;
import io.github.ophysio.io.pickle.NumpyArray;
import io.github.ophysio.model.PixelMask;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The ROIs of {@code stat.npy}: one dict per ROI whose {@code ypix} (rows), {@code xpix} (cols)
 * and {@code lam} (weights) make its pixel mask. Every ROI is kept; pixels outside the frame make
 * the file corrupt.
 */
final class Suite2pRois {

    private Suite2pRois() {
    }

    /** The ROI dicts of a plane's stat.npy. */
    static List<Map<String, Object>> read(Path planeDir) {
        Path stat = planeDir.resolve(Suite2pFolder.STAT);
        if (!Files.isRegularFile(stat)) {
            throw new MissingFileException(stat, "no such file (a Suite2p plane folder needs stat.npy for its ROIs)");
        }
        List<Map<String, Object>> rois = new ArrayList<>();
        List<Object> items = NpyFiles.readObjectList(stat);
        for (int i = 0; i < items.size(); i++) {
            rois.add(dict(stat, i, items.get(i)));
        }
        return rois;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> dict(Path stat, int roi, Object item) {
        if (!(item instanceof Map<?, ?> map)) {
            throw CorruptFileException.expected(stat, "ROI " + roi, "a dict", item == null ? "None" : item.getClass().getSimpleName());
        }
        return (Map<String, Object>) map;
    }

    /** The pixel masks of {@code rois} in a rows × cols frame. */
    static List<PixelMask> masks(Path stat, List<Map<String, Object>> rois, int rows, int cols) {
        List<PixelMask> masks = new ArrayList<>(rois.size());
        for (int i = 0; i < rois.size(); i++) {
            masks.add(mask(stat, i, rois.get(i), rows, cols));
        }
        return masks;
    }

    private static PixelMask mask(Path stat, int roi, Map<String, Object> dict, int rows, int cols) {
        long[] y = integers(stat, roi, dict, "ypix");
        long[] x = integers(stat, roi, dict, "xpix");
        float[] lam = weights(stat, roi, dict, y.length);
        if (x.length != y.length || lam.length != y.length) {
            throw CorruptFileException.expected(stat, "ROI " + roi + " ypix, xpix, lam lengths", "equal",
                    y.length + ", " + x.length + ", " + lam.length);
        }
        int[] r = new int[y.length];
        int[] c = new int[x.length];
        for (int k = 0; k < y.length; k++) {
            if (y[k] < 0 || y[k] >= rows || x[k] < 0 || x[k] >= cols) {
                throw new CorruptFileException(stat, "ROI " + roi + " pixel (row " + y[k] + ", col " + x[k]
                        + ") outside the " + rows + " x " + cols + " frame (Ly x Lx of ops)");
            }
            r[k] = (int) y[k];
            c[k] = (int) x[k];
        }
        return new PixelMask(r, c, lam);
    }

    private static long[] integers(Path stat, int roi, Map<String, Object> dict, String key) {
        Object value = dict.get(key);
        if (value instanceof NumpyArray array && array.ndim() == 1 && "iu".indexOf(array.dtype().kind()) >= 0) {
            return array.toLongs();
        }
        List<Object> items = Suite2pOps.listOf(value);
        if (items != null && items.stream().allMatch(v -> v instanceof Integer || v instanceof Long)) {
            return items.stream().mapToLong(v -> ((Number) v).longValue()).toArray();
        }
        throw CorruptFileException.expected(stat, "ROI " + roi + " " + key, "a 1-D integer array",
                value == null ? "no such key" : value);
    }

    /** {@code lam}, or weight 1 for every pixel when a writer left it out. */
    private static float[] weights(Path stat, int roi, Map<String, Object> dict, int pixels) {
        Object value = dict.get("lam");
        if (value == null) {
            float[] ones = new float[pixels];
            Arrays.fill(ones, 1f);
            return ones;
        }
        if (!(value instanceof NumpyArray array) || array.ndim() != 1 || array.dtype().isObject()) {
            throw CorruptFileException.expected(stat, "ROI " + roi + " lam", "a 1-D float array", value);
        }
        double[] values = array.toDoubles();
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }
}
