package io.github.ophysio.formats.nwb;

import io.github.ophysio.error.OphysException;
import io.github.ophysio.io.hdf5.Hdf5Array;
import io.github.ophysio.io.hdf5.Hdf5Nodes;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Link;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every image object of a file described for a chooser and for {@code metadata.imageObjects}:
 * {path, type, shape, timeBase} for series, {path, type, shape, size} for still images, where
 * shape is as stored and size is (rows, cols) in matrix order.
 */
final class NwbObjects {

    private NwbObjects() {
    }

    static List<Map<String, Object>> list(Path path, HdfFile file, boolean xIsRow) {
        return NwbSeries.all(file).stream().map(found -> describe(path, found, xIsRow)).toList();
    }

    /** "PATH (Type, shape (6, 9, 7), rate 15.0 Hz)": the path first, as the dialog's chooser expects. */
    static String candidate(Path path, NwbSeries.Found found) {
        Map<String, Object> about = describe(path, found, false);
        Object shape = about.get("shape");
        String detail = shape instanceof long[] dims ? Hdf5Array.tuple(dims) : String.valueOf(shape);
        Object when = about.containsKey("timeBase") ? about.get("timeBase") : "still image";
        return found.path() + " (" + found.type() + ", " + detail + ", " + when + ")";
    }

    /** Where the soft or external link {@code name} of {@code group} points, or null when it is not a link. */
    static String linkTarget(Group group, String name) {
        return group.getChildren().get(name) instanceof Link link ? link.getTargetPath() : null;
    }

    private static Map<String, Object> describe(Path path, NwbSeries.Found found, boolean xIsRow) {
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("path", found.path());
        about.put("type", found.type());
        try {
            if (found.still()) {
                long[] shape = ((Dataset) found.node()).getDimensionsAsLong();
                about.put("shape", shape);
                about.put("size", shape.length < 2 ? null : NwbFrame.ofXy(shape[0], shape[1], xIsRow, "").shape());
            } else {
                about.put("shape", seriesShape(path, found.group()));
                about.put("timeBase", timeBase(path, found.group()));
            }
        } catch (OphysException e) {
            about.put("error", e.getMessage()); // one broken object must not hide the others
        }
        return about;
    }

    private static Object seriesShape(Path path, Group series) {
        Optional<Dataset> external = Hdf5Nodes.dataset(path, series, "external_file");
        if (external.isPresent()) {
            long[] dims = external.get().getDimensionsAsLong();
            return "external (" + (dims.length == 0 ? 1 : dims[0]) + " files)";
        }
        Optional<Node> data = Hdf5Nodes.child(path, series, "data");
        return data.filter(Dataset.class::isInstance).map(d -> (Object) ((Dataset) d).getDimensionsAsLong())
                .orElse("no data");
    }

    /** From the datasets' headers: a chooser must not read every series' timestamps. */
    private static String timeBase(Path path, Group series) {
        Optional<Dataset> stamps = Hdf5Nodes.dataset(path, series, "timestamps");
        if (stamps.isPresent()) {
            long[] dims = stamps.get().getDimensionsAsLong();
            return (dims.length == 0 ? 1 : dims[0]) + " timestamps";
        }
        NwbTime time = NwbTime.of(path, series); // starting_time: a scalar and its rate
        if (time.rate().isEmpty()) {
            return "no time base";
        }
        return String.format(Locale.ROOT, "rate %s Hz from %s s", time.rate().getAsDouble(), time.startingTime());
    }
}
