package io.github.ophysio.formats.nwb;

import io.github.ophysio.io.hdf5.Hdf5Flat;
import io.github.ophysio.io.hdf5.Hdf5Attributes;
import io.github.ophysio.io.hdf5.Hdf5Nodes;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an NWB series says beside its data: description, data unit/conversion/offset/resolution
 * (physical value = data · conversion + offset; the data are not rewritten), the imaging plane
 * (indicator, excitation λ, location, imaging rate, grid spacing → pixel size) and its device.
 */
final class NwbFacts {

    /** OpticalSeries (and TwoPhotonSeries) facts beside the data. */
    private static final List<String> SERIES_FIELDS = List.of("field_of_view", "distance", "orientation", "dimension");
    private static final List<String> PLANE_FIELDS = List.of("description", "indicator", "location",
            "excitation_lambda", "imaging_rate", "reference_frame", "grid_spacing", "origin_coords");

    private NwbFacts() {
    }

    static Map<String, Object> metadata(Path path, HdfFile file, NwbSeries.Found series, boolean xIsRow) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("dataset", series.path());
        metadata.put("neurodataType", series.type());
        metadata.put("nwbVersion", Hdf5Attributes.value(file, "nwb_version"));
        metadata.put("nwbX", xIsRow ? "rows" : "cols");
        putText(metadata, "description", Hdf5Attributes.value(series.node(), "description"));
        putText(metadata, "comments", Hdf5Attributes.value(series.node(), "comments"));
        if (series.still()) {
            putText(metadata, "resolution", Hdf5Attributes.value(series.node(), "resolution"));
            stillValues(metadata);
            return metadata;
        }
        Group group = series.group();
        dataAttributes(path, group, metadata);
        for (String field : SERIES_FIELDS) {
            Hdf5Nodes.dataset(path, group, field).ifPresent(d -> metadata.put(field, Hdf5Nodes.value(d)));
        }
        putText(metadata, "maskedImageSeries", NwbObjects.linkTarget(group, "masked_imageseries"));
        Hdf5Nodes.group(path, group, "imaging_plane").ifPresent(plane -> metadata.put("imagingPlane",
                plane(path, plane)));
        return metadata;
    }

    /**
     * (dy, dx) in µm from the imaging plane's grid_spacing (x, y[, z]), else from the series'
     * field_of_view (width along x, height along y, metres) over the data's (t, x, y) pixels; null when neither.
     */
    static double[] pixelSize(Path path, Group series, long[] shape, boolean xIsRow) {
        Optional<Group> plane = Hdf5Nodes.group(path, series, "imaging_plane");
        Optional<Dataset> spacing = plane.flatMap(p -> Hdf5Nodes.dataset(path, p, "grid_spacing"));
        if (spacing.isEmpty()) {
            return fieldOfView(path, series, shape, xIsRow);
        }
        double[] values = Hdf5Flat.doubles(spacing.get());
        double micrometres = micrometres(Hdf5Attributes.text(spacing.get(), "unit").orElse("meters"));
        if (values.length < 2 || Double.isNaN(micrometres)) {
            return null;
        }
        return xIsRow ? new double[] {values[0] * micrometres, values[1] * micrometres}
                : new double[] {values[1] * micrometres, values[0] * micrometres};
    }

    /** An image's pixel size in µm from its {@code resolution} in pixels/cm, or null when absent or unknown. */
    static double[] imagePixelSize(Node image) {
        double perCm = Hdf5Attributes.number(image, "resolution").orElse(-1);
        return perCm > 0 && Double.isFinite(perCm) ? new double[] {1e4 / perCm, 1e4 / perCm} : null;
    }

    private static double[] fieldOfView(Path path, Group series, long[] shape, boolean xIsRow) {
        Optional<Dataset> fov = Hdf5Nodes.dataset(path, series, "field_of_view");
        if (fov.isEmpty() || shape == null || shape.length < 3 || shape[1] == 0 || shape[2] == 0) {
            return null;
        }
        double[] size = Hdf5Flat.doubles(fov.get());
        if (size.length < 2 || !(size[0] > 0 && size[1] > 0 && Double.isFinite(size[0] + size[1]))) {
            return null; // no physical size: nothing to calibrate with
        }
        double alongX = size[0] * 1e6 / shape[1];
        double alongY = size[1] * 1e6 / shape[2];
        return xIsRow ? new double[] {alongX, alongY} : new double[] {alongY, alongX};
    }

    /** A still image's values are as stored: the calibration keys every series has, with identity values. */
    private static void stillValues(Map<String, Object> metadata) {
        metadata.put("unit", "n.a.");
        metadata.put("conversion", 1.0);
        metadata.put("offset", 0.0);
    }

    /** unit, conversion, offset, resolution of a series' data (the keys the Fiji layer calibrates with). */
    static void dataAttributes(Path path, Group series, Map<String, Object> metadata) {
        Optional<Node> data = Hdf5Nodes.child(path, series, "data");
        metadata.put("unit", data.flatMap(d -> Hdf5Attributes.text(d, "unit")).orElse("n.a."));
        metadata.put("conversion", number(data, "conversion", 1.0));
        metadata.put("offset", number(data, "offset", 0.0));
        metadata.put("resolution", number(data, "resolution", -1.0));
    }

    private static double number(Optional<Node> data, String name, double fallback) {
        return data.map(d -> Hdf5Attributes.number(d, name).orElse(fallback)).orElse(fallback);
    }

    private static Map<String, Object> plane(Path path, Group plane) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("path", NwbSeries.pathOf(plane));
        for (String field : PLANE_FIELDS) {
            Hdf5Nodes.dataset(path, plane, field).ifPresent(d -> facts.put(field, Hdf5Nodes.value(d)));
        }
        Hdf5Nodes.dataset(path, plane, "grid_spacing").ifPresent(d -> facts.put("grid_spacing_unit",
                Hdf5Attributes.text(d, "unit").orElse("meters")));
        Hdf5Nodes.group(path, plane, "device").ifPresent(device -> {
            Map<String, Object> about = new LinkedHashMap<>();
            about.put("name", device.getName());
            about.putAll(Hdf5Attributes.all(device));
            about.keySet().removeAll(List.of("namespace", "neurodata_type", "object_id"));
            facts.put("device", about);
        });
        return facts;
    }

    private static void putText(Map<String, Object> metadata, String key, Object value) {
        if (value != null) {
            metadata.put(key, value);
        }
    }

    private static double micrometres(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "meters", "meter", "m" -> 1e6;
            case "millimeters", "millimeter", "mm" -> 1e3;
            case "micrometers", "micrometer", "micrometres", "um", "µm" -> 1;
            case "nanometers", "nanometer", "nm" -> 1e-3;
            default -> Double.NaN;
        };
    }
}
