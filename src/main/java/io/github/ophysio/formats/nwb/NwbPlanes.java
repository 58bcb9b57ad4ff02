package io.github.ophysio.formats.nwb;

import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.hdf5.Hdf5Attributes;
import io.jhdf.HdfFile;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The PlaneSegmentations of a file: every one under {@code processing/<module>/<ImageSegmentation>}
 * (found by neurodata_type; names are the user's), and the one {@code plane=} names.
 */
final class NwbPlanes {

    static final String PLANE_SEGMENTATION = "PlaneSegmentation";
    static final String IMAGE_SEGMENTATION = "ImageSegmentation";

    /** One table and the processing module that holds it (where its traces and images live). */
    record Plane(Group table, Group module) {
        String path() {
            return NwbSeries.pathOf(table);
        }
    }

    private NwbPlanes() {
    }

    /** Every PlaneSegmentation, in path order. */
    static List<Plane> all(HdfFile file) {
        List<Plane> planes = new ArrayList<>();
        for (Group module : children(file.getChildren().get("processing"))) {
            for (Group container : children(module)) {
                if (isType(container, IMAGE_SEGMENTATION)) {
                    children(container).stream().filter(g -> isType(g, PLANE_SEGMENTATION))
                            .forEach(table -> planes.add(new Plane(table, module)));
                }
            }
        }
        return planes;
    }

    /** Whether {@code wanted} names one of the file's PlaneSegmentations (by path or name). */
    static boolean names(HdfFile file, String wanted) {
        return all(file).stream().anyMatch(p -> matches(p, wanted));
    }

    /** The plane {@code plane=} names, or the only one; unsupported when there is none. */
    static Plane choose(Path path, HdfFile file, Optional<String> wanted) {
        List<Plane> all = all(file);
        if (all.isEmpty()) {
            throw new UnsupportedFormatException(path, "no PlaneSegmentation under processing/*/" + IMAGE_SEGMENTATION
                    + " (not a segmentation; open it with Ophys Recording)");
        }
        if (wanted.isEmpty() && all.size() == 1) {
            return all.get(0);
        }
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException(path + ": " + all.size() + " plane segmentations; pick one with plane= ("
                    + list(all) + ")");
        }
        List<Plane> matches = all.stream().filter(p -> matches(p, wanted.get())).toList();
        if (matches.size() != 1) {
            throw new IllegalArgumentException(path + ": " + (matches.isEmpty() ? "no" : "more than one")
                    + " plane segmentation '" + wanted.get() + "' (planes: " + list(all) + ")");
        }
        return matches.get(0);
    }

    static String list(List<Plane> planes) {
        return planes.stream().map(Plane::path).collect(Collectors.joining(", "));
    }

    private static boolean matches(Plane plane, String wanted) {
        String absolute = wanted.startsWith("/") ? wanted : "/" + wanted;
        return plane.path().equals(absolute) || plane.table().getName().equals(wanted);
    }

    private static boolean isType(Node node, String type) {
        return type.equals(Hdf5Attributes.text(node, "neurodata_type").orElse(""));
    }

    /** The child groups of {@code node} that are groups and not links (a link may loop back up). */
    private static List<Group> children(Node node) {
        if (!(node instanceof Group group) || node.isLink()) {
            return List.of();
        }
        return group.getChildren().values().stream().filter(n -> !n.isLink() && n instanceof Group)
                .map(Group.class::cast).toList();
    }
}
