package io.github.ophysio.formats.scanimage;

import io.github.ophysio.formats.OpenOptions;
import java.nio.file.Path;
import java.util.List;

/** The channel, plane and slice sample a user picks, by name or 0-based index (usage errors otherwise). */
final class Picks {

    private Picks() {
    }

    static int pick(Path path, String key, List<String> names, OpenOptions options) {
        String wanted = options.get(key).orElse(names.get(0));
        int index = names.indexOf(wanted);
        if (index < 0 && wanted.matches("\\d{1,9}") && Integer.parseInt(wanted) < names.size()) {
            index = Integer.parseInt(wanted);
        }
        if (index < 0) {
            throw new IllegalArgumentException(path + ": no " + key + " '" + wanted + "' (" + key + "s: "
                    + String.join(", ", names) + ")");
        }
        return index;
    }

    /** The frame of each slice {@code slice-sample=} keeps, or -1 (every frame a sample). */
    static int sliceSample(OpenOptions options, int framesPerSlice) {
        long k = options.getLong(OpenOptions.SLICE_SAMPLE, -1, 0);
        if (k >= framesPerSlice) {
            throw new IllegalArgumentException(OpenOptions.SLICE_SAMPLE + " must be 0.." + (framesPerSlice - 1)
                    + " (frames per slice: " + framesPerSlice + "), not " + k);
        }
        return framesPerSlice > 1 ? (int) k : -1;
    }
}
