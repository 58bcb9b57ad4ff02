package io.github.ophysio.formats;

import io.github.ophysio.model.ImagingExtractor;
import com.google.gson.GsonBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The description of a recording that {@code info} prints (field names fixed by cli.md) and that
 * ImageJ shows as the image info: one builder for both, so they never disagree.
 */
public final class RecordingInfo {

    private static final int TIMESTAMPS_SHOWN = 5;

    private RecordingInfo() {
    }

    /** The cli.md {@code info} object of a recording whose channels are {@code channels}. */
    public static Map<String, Object> of(String format, ImagingExtractor recording, List<String> channels) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("kind", "imaging");
        info.put("format", format);
        Object dataset = recording.getMetadata().get("dataset");
        if (dataset != null) {
            info.put("dataset", dataset); // HDF5 dataset or NWB series path (cli.md)
        }
        info.put("shape", shape(recording));
        info.put("dtype", recording.getPixelType().numpyName());
        OptionalDouble fs = recording.getSamplingFrequency();
        info.put("samplingFrequency", fs.isPresent() ? fs.getAsDouble() : null);
        int shown = Math.min(TIMESTAMPS_SHOWN, recording.getNumSamples());
        info.put("timestamps", recording.getTimestamps(0, shown));
        info.put("nativeTimestamps", recording.hasNativeTimestamps());
        info.put("channels", new ArrayList<>(channels));
        info.put("pixelSize", recording.getPixelSize());
        info.put("metadata", recording.getMetadata());
        return info;
    }

    private static long[] shape(ImagingExtractor recording) {
        int[] image = recording.getImageShape();
        return recording.isVolumetric()
                ? new long[] {recording.getNumSamples(), image[0], image[1], recording.getNumPlanes()}
                : new long[] {recording.getNumSamples(), image[0], image[1]};
    }

    /** {@code info} as JSON text, the one way every front end prints it (nulls kept, no HTML escapes). */
    public static String toJson(Object info) {
        return new GsonBuilder().serializeNulls().serializeSpecialFloatingPointValues().disableHtmlEscaping()
                .setPrettyPrinting().create().toJson(info);
    }
}
