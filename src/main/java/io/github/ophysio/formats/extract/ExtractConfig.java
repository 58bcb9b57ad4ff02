package io.github.ophysio.formats.extract;

import io.github.ophysio.io.mat.MatValue;
import io.github.ophysio.model.RoiProperty;
import io.github.ophysio.model.TraceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What EXTRACT's config and cell check say about the ROIs: the trace kind and per-ROI flags. */
final class ExtractConfig {

    private ExtractConfig() {
    }

    /** dF/F when config.preprocess is true or 1 (EXTRACT then works on a dF/F movie), raw otherwise. */
    static TraceKind traceKind(Optional<MatValue> config, Map<String, Object> metadata) {
        Optional<MatValue> preprocess = config.flatMap(c -> c.field("preprocess"))
                .filter(v -> v.isNumeric() && v.numel() == 1);
        boolean dff = preprocess.map(v -> v.doubles()[0] != 0).orElse(false);
        metadata.put("traceKind", (dff ? "dff" : "raw") + (preprocess.isPresent()
                ? " (config.preprocess = " + preprocess.get().doubles()[0] + ")" : " (no config.preprocess)"));
        return dff ? TraceKind.DFF : TraceKind.RAW;
    }

    /**
     * info.cellcheck fields with one value (or one column) per ROI: {@code is_bad} (1 × N), and
     * matrices such as {@code is_attr_bad} and {@code metrics} (k × N) as a list per ROI. Fields
     * named {@code is_…} holding only 0 and 1 become booleans.
     */
    static List<RoiProperty> cellcheck(MatValue s, int rois) {
        Optional<MatValue> check = s.path("info", "cellcheck");
        List<RoiProperty> properties = new ArrayList<>();
        if (check.isEmpty() || rois == 0) {
            return properties;
        }
        for (String field : check.get().fieldNames()) {
            MatValue value = check.get().field(field).orElseThrow();
            int[] dims = value.dims();
            if (value.isNumeric() && dims.length == 2 && (dims[0] == rois || dims[1] == rois)) {
                properties.add(property(value, field, rois));
            }
        }
        return properties;
    }

    private static RoiProperty property(MatValue value, String field, int rois) {
        int[] dims = value.dims();
        boolean perColumn = dims[1] == rois;
        int per = perColumn ? dims[0] : dims[1];
        double[] values = value.doubles();
        boolean flags = field.startsWith("is_") && allZeroOrOne(values);
        List<Object> out = new ArrayList<>(rois);
        for (int k = 0; k < rois; k++) {
            List<Object> row = new ArrayList<>(per);
            for (int a = 0; a < per; a++) {
                double v = perColumn ? values[a + k * dims[0]] : values[k + a * dims[0]];
                row.add(flags ? (Object) (v != 0) : (Object) v);
            }
            out.add(per == 1 ? row.get(0) : row);
        }
        return new RoiProperty(field, "EXTRACT cell check: info.cellcheck." + field, out);
    }

    private static boolean allZeroOrOne(double[] values) {
        for (double v : values) {
            if (v != 0 && v != 1) {
                return false;
            }
        }
        return true;
    }
}
