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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the imaging series of an NWB file by {@code neurodata_type} (names are the user's) and
 * picks the one {@code series=}/{@code dataset=} names, by path or by name.
 */
final class NwbSeries {

    static final Set<String> IMAGING_TYPES = Set.of("ImageSeries", "TwoPhotonSeries", "OnePhotonSeries");
    /** Opened only when named: the frames of another series, in presentation order. */
    static final String INDEX_SERIES = "IndexSeries";
    /** Every series type that opens (the image module's and ophys'); the others open only when named. */
    static final Set<String> SERIES_TYPES = Set.of("ImageSeries", "TwoPhotonSeries", "OnePhotonSeries",
            "OpticalSeries", "ImageMaskSeries", INDEX_SERIES);
    /** Series whose (t, x, y, 3|4) data is a colour movie (cli.md), not a volume of 3 or 4 planes. */
    static final Set<String> COLOUR_TYPES = Set.of("ImageSeries", "OpticalSeries", "ImageMaskSeries");
    /** Still images, also opened only when named: one-frame series without a rate. */
    static final Set<String> IMAGE_TYPES = Set.of("GrayscaleImage", "RGBImage", "RGBAImage");
    private static final List<String> TOP = List.of("acquisition", "processing", "stimulus", "analysis");
    /** Where a series is the default recording when it is the only one. */
    private static final List<String> PRIMARY_TOP = List.of("/acquisition/", "/processing/");

    /** One series (a group) or still image (a dataset) and its neurodata_type. */
    record Found(Node node, String type) {
        String path() {
            return pathOf(node);
        }

        /** The series group (only for series, not for still images). */
        Group group() {
            return (Group) node;
        }

        boolean still() {
            return IMAGE_TYPES.contains(type);
        }

        String describe() {
            return path() + " (" + type + ")";
        }

        /** A series opened without being named: an imaging type under acquisition/ or processing/. */
        boolean primary() {
            return IMAGING_TYPES.contains(type) && PRIMARY_TOP.stream().anyMatch(path()::startsWith);
        }
    }

    private NwbSeries() {
    }

    /** Every image object (series and still images) under acquisition/, processing/, stimulus/ and analysis/. */
    static List<Found> all(HdfFile file) {
        List<Found> found = new ArrayList<>();
        for (String top : TOP) {
            Node node = file.getChildren().get(top);
            if (node instanceof Group group && !node.isLink()) {
                walk(group, found);
            }
        }
        return found;
    }

    static Found choose(Path path, HdfFile file, Optional<String> wanted) {
        List<Found> all = all(file);
        if (wanted.isPresent()) {
            return named(path, all, wanted.get());
        }
        List<Found> primary = all.stream().filter(Found::primary).toList();
        if (primary.size() == 1) {
            return primary.get(0);
        }
        if (primary.isEmpty()) {
            throw new UnsupportedFormatException(path, "no imaging series (" + String.join(", ", IMAGING_TYPES.stream()
                    .sorted().toList()) + ") in acquisition/ or processing/"
                    + (all.isEmpty() ? "" : "; others open by name with dataset=: " + list(all)));
        }
        throw new IllegalArgumentException(path + ": " + primary.size() + " imaging series; pick one with dataset= ("
                + list(primary) + ")");
    }

    /** A group's path without jhdf's trailing slash. */
    static String pathOf(Node node) {
        String path = node.getPath();
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    static String list(List<Found> all) {
        return all.stream().map(Found::describe).collect(Collectors.joining("; "));
    }

    private static Found named(Path path, List<Found> all, String wanted) {
        String absolute = wanted.startsWith("/") ? wanted : "/" + wanted;
        List<Found> matches = all.stream().filter(f -> f.path().equals(absolute) || f.node().getName().equals(wanted))
                .toList();
        if (matches.size() != 1) {
            throw new IllegalArgumentException(path + ": " + (matches.isEmpty() ? "no" : "more than one")
                    + " imaging series '" + wanted + "' (series: " + list(all) + ")");
        }
        return matches.get(0);
    }

    private static void walk(Group group, List<Found> found) {
        for (Node node : group.getChildren().values()) {
            Optional<String> type = node.isLink() ? Optional.empty() : Hdf5Attributes.text(node, "neurodata_type");
            if (type.isPresent() && IMAGE_TYPES.contains(type.get())) {
                found.add(new Found(node, type.get()));
            }
            if (node.isLink() || !(node instanceof Group child)) {
                continue;
            }
            if (type.isPresent() && SERIES_TYPES.contains(type.get())) {
                found.add(new Found(child, type.get()));
            } else {
                walk(child, found);
            }
        }
    }
}
