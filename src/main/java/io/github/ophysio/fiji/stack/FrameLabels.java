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

    static List<String> of(ImagingExtractor recording) {
        Object labels = recording.getMetadata().get(KEY);
        if (!(labels instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(String::valueOf).toList();
    }
}
