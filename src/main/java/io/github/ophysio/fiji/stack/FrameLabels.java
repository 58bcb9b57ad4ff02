package io.github.ophysio.fiji.stack;

import io.github.ophysio.model.ImagingExtractor;
import java.util.List;

/**
 * Per-sample labels a format states (NWB {@code control} / {@code control_description}, put in
 * metadata under {@value #KEY}), shown as ImageJ slice labels.
 */
final class FrameLabels {

    static final String KEY = "frameLabels";

    private FrameLabels() {
    }

    /** "label, t=… s" (or "sample N" without a time base; "no sample N" past a short channel's end). */
    static String sliceLabel(ImagingExtractor source, List<String> labels, int sample) {
        if (sample >= source.getNumSamples()) {
            return "no sample " + sample;
        }
        String label = sample < labels.size() ? labels.get(sample) + ", " : "";
        double[] time = source.getTimestamps(sample, sample + 1);
        return label + (time == null ? "sample " + sample : String.format("t=%.4f s", time[0]));
    }

    static List<String> of(ImagingExtractor recording) {
        Object labels = recording.getMetadata().get(KEY);
        if (!(labels instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(String::valueOf).toList();
    }
}
