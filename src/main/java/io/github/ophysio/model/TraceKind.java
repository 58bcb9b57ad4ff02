package io.github.ophysio.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Kinds of ROI traces, named as roiextractors names them. */
public enum TraceKind {
    RAW, DFF, NEUROPIL, DECONVOLVED, DENOISED, BASELINE, BACKGROUND;

    /** The lower-case name used by the CLI, macros and tables ({@code raw}, {@code dff}, …). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TraceKind> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
    }
}
