package io.github.ophysio.traces;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelMask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fixtures of scripts/fixtures/make_trace_fixtures.py: recording, footprints, options and expected traces. */
final class TraceFixtures {

    static final Path DIR = Path.of("src", "test", "resources", "fixtures", "traces");

    private TraceFixtures() {
    }

    /** The recording at 10 Hz, its fourth axis planes. */
    static ImagingExtractor recording() {
        return FormatRegistry.load().openImaging(DIR.resolve("recording.npy"),
                OpenOptions.of(Map.of(OpenOptions.FS, "10", OpenOptions.FOURTH_AXIS, OpenOptions.FOURTH_AXIS_PLANES)));
    }

    static List<RoiFootprint> footprints() throws IOException {
        NpyArrays weights = NpyArrays.read(DIR.resolve("footprints.npy"));
        int[] planes = intList("planes");
        List<RoiFootprint> rois = new ArrayList<>();
        for (int k = 0; k < weights.shape()[0]; k++) {
            rois.add(new RoiFootprint("roi" + k, planes[k], PixelMask.fromImage(weights.slice(k), weights.shape()[2])));
        }
        return rois;
    }

    static TraceOptions options() throws IOException {
        return new TraceOptions(true, number("neuropil_factor"), (int) number("inner_neuropil_radius"),
                (int) number("min_neuropil_pixels"), true, number("percentile"), number("window_s"));
    }

    static NpyArrays expected(String name) throws IOException {
        return NpyArrays.read(DIR.resolve("expected_" + name + ".npy"));
    }

    private static String params() throws IOException {
        return Files.readString(DIR.resolve("params.json"));
    }

    private static double number(String key) throws IOException {
        Matcher m = Pattern.compile("\"" + key + "\": ([-0-9.e]+)").matcher(params());
        if (!m.find()) {
            throw new IOException("no " + key + " in params.json");
        }
        return Double.parseDouble(m.group(1));
    }

    private static int[] intList(String key) throws IOException {
        Matcher m = Pattern.compile("\"" + key + "\": \\[([^\\]]*)\\]").matcher(params());
        if (!m.find()) {
            throw new IOException("no " + key + " in params.json");
        }
        return Arrays.stream(m.group(1).split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
    }
}
