package io.github.ophysio.formats.suite2p;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.io.pickle.NpyFiles;
import io.github.ophysio.io.pickle.NumpyArray;
import io.github.ophysio.model.RoiProperty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-ROI properties: the classifier's {@code iscell} (flag and probability, every ROI kept),
 * {@code redcell} when present, and the scalar statistics of {@code stat.npy} that every ROI has.
 * Integers come out as Long, floats as Double, whatever NumPy scalar type the file used.
 */
final class Suite2pProperties {

    private static final Map<String, String> STAT_KEYS = statKeys();

    private Suite2pProperties() {
    }

    private static Map<String, String> statKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("med", "median pixel [row, col] (stat.npy med)");
        keys.put("npix", "number of pixels");
        keys.put("npix_soma", "number of soma pixels");
        keys.put("radius", "radius of the fitted ellipse (pixels)");
        keys.put("aspect_ratio", "aspect ratio of the fitted ellipse");
        keys.put("compact", "compactness (1 for a disk)");
        keys.put("solidity", "solidity");
        keys.put("footprint", "spatial extent of the ROI's correlation");
        keys.put("mrs", "mean distance of pixels to the median");
        keys.put("mrs0", "mrs of a disk of the same size");
        keys.put("npix_norm", "npix normalised by the mean over ROIs");
        keys.put("npix_norm_no_crop", "npix_norm before soma cropping");
        keys.put("skew", "skewness of the neuropil-corrected trace");
        keys.put("std", "standard deviation of the neuropil-corrected trace");
        keys.put("snr", "signal-to-noise ratio");
        keys.put("iplane", "plane the ROI came from (combined view)");
        return keys;
    }

    /** The properties of a plane with {@code rois} (stat dicts), in a fixed order. */
    static List<RoiProperty> read(Path planeDir, List<Map<String, Object>> rois) {
        List<RoiProperty> properties = new ArrayList<>();
        classifier(planeDir.resolve("iscell.npy"), rois.size(), "iscell", "a cell according to Suite2p's classifier or"
                + " the user", properties);
        classifier(planeDir.resolve("redcell.npy"), rois.size(), "redcell", "red (chan2) according to Suite2p", properties);
        STAT_KEYS.forEach((key, description) -> statProperty(rois, key, description, properties));
        return properties;
    }

    /** An (N, 2) file: column 0 the 0/1 label, column 1 the probability (any memory order). */
    private static void classifier(Path file, int count, String name, String what, List<RoiProperty> out) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        NumpyArray array = NpyFiles.readArray(file);
        int[] shape = array.shape();
        if (shape.length != 2 || shape[0] != count || shape[1] < 2) {
            throw CorruptFileException.expected(file, "shape", "(" + count + ", 2) for " + count + " ROIs in stat.npy",
                    Arrays.toString(shape));
        }
        List<Object> flags = new ArrayList<>();
        List<Object> probabilities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            flags.add(array.getDouble(i, 0) != 0);
            probabilities.add(array.getDouble(i, 1));
        }
        out.add(new RoiProperty(name, "true when " + what + " (" + file.getFileName() + " column 0)", flags));
        out.add(new RoiProperty(name + "_probability", "probability of " + name + " (" + file.getFileName()
                + " column 1)", probabilities));
    }

    private static void statProperty(List<Map<String, Object>> rois, String key, String description, List<RoiProperty> out) {
        if (rois.isEmpty()) {
            return;
        }
        List<Object> values = new ArrayList<>(rois.size());
        for (Map<String, Object> roi : rois) {
            Object value = value(roi.get(key));
            if (value == null) {
                return;
            }
            values.add(value);
        }
        out.add(new RoiProperty(key, description, values));
    }

    /** A number as Long or Double, a bool, or a short list of numbers (med); null for anything else. */
    private static Object value(Object raw) {
        if (raw instanceof Boolean) {
            return raw;
        }
        if (raw instanceof Float || raw instanceof Double) {
            return ((Number) raw).doubleValue();
        }
        if (raw instanceof Number n) {
            return n.longValue();
        }
        List<Object> items = Suite2pOps.listOf(raw);
        if (items == null || items.isEmpty() || items.size() > 3) {
            return null;
        }
        List<Object> numbers = new ArrayList<>();
        for (Object item : items) {
            Object number = value(item);
            if (!(number instanceof Number)) {
                return null;
            }
            numbers.add(number);
        }
        return numbers;
    }
}
