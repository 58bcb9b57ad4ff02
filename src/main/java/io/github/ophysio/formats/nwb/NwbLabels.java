package io.github.ophysio.formats.nwb;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.io.hdf5.Hdf5Nodes;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A series' {@code control} (one code per sample) and {@code control_description} (one text per
 * code) as {@code metadata.frameLabels}: one label per sample, for ImageJ's slice labels. Only up
 * to {@link #MAX_LABELS} samples, so metadata stays small; beyond, {@code frameLabelsOmitted} says why.
 */
final class NwbLabels {

    static final int MAX_LABELS = 100_000;
    static final String LABELS = "frameLabels";

    private NwbLabels() {
    }

    static void describe(Path path, Group series, Map<String, Object> metadata) {
        describe(path, series, metadata, MAX_LABELS);
    }

    /** As {@link #describe(Path, Group, Map)} with at most {@code max} labels (tests use a small bound). */
    static void describe(Path path, Group series, Map<String, Object> metadata, int max) {
        Optional<Dataset> control = Hdf5Nodes.dataset(path, series, "control");
        if (control.isEmpty()) {
            return;
        }
        List<String> descriptions = descriptions(path, series);
        metadata.put("controlDescription", descriptions.size() > 64 ? descriptions.size() + " descriptions"
                : descriptions);
        long[] dims = control.get().getDimensionsAsLong();
        long samples = dims.length == 0 ? 1 : dims[0];
        if (samples > max) {
            metadata.put("frameLabelsOmitted", "control has " + samples + " samples (more than " + max
                    + "): no frame labels");
            return;
        }
        Object codes = control.get().getDataFlat();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < Array.getLength(codes); i++) {
            int code = ((Number) Array.get(codes, i)).intValue();
            // a code without a description keeps its number: still a usable label
            labels.add(code >= 0 && code < descriptions.size() ? descriptions.get(code) : String.valueOf(code));
        }
        metadata.put(LABELS, labels);
    }

    /** The labels must match the samples the series has (known only once its frames are open). */
    static void check(Path path, Map<String, Object> metadata, int samples) {
        if (metadata.get(LABELS) instanceof List<?> labels && labels.size() != samples) {
            throw CorruptFileException.expected(path, metadata.get("dataset") + "/control length", samples,
                    labels.size());
        }
    }

    private static List<String> descriptions(Path path, Group series) {
        Optional<Dataset> text = Hdf5Nodes.dataset(path, series, "control_description");
        if (text.isEmpty()) {
            return List.of();
        }
        Object value = text.get().getDataFlat();
        List<String> names = new ArrayList<>();
        if (value != null && value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                names.add(String.valueOf(Array.get(value, i)));
            }
        } else {
            names.add(String.valueOf(value));
        }
        return names;
    }
}
