package io.github.ophysio.formats;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Options for opening a file, keyed by the words users type in macros and on the command line
 * ({@code fs=30}, {@code --fs 30}). Immutable; typed getters reject malformed values with an
 * {@link IllegalArgumentException} that names the key (a usage error, not a file error).
 */
public final class OpenOptions {

    public static final String FORMAT = "format";
    public static final String FS = "fs";
    public static final String CHANNEL = "channel";
    public static final String PLANE = "plane";
    public static final String DATASET = "dataset";
    public static final String FOURTH_AXIS = "fourth-axis";
    public static final String ROWS = "rows";
    public static final String COLS = "cols";
    public static final String DTYPE = "dtype";
    public static final String OFFSET = "offset";
    public static final String BYTE_ORDER = "byte-order";
    public static final String CHANNELS = "channels";
    public static final String AXES = "axes";
    /** NWB: which stored axis is the row, {@code cols} (schema: x is the column, default) or {@code rows}. */
    public static final String NWB_X = "nwb-x";
    /** Frames {@code A-B} of a recording, 1-based and inclusive (ImageJ only; the CLI has {@code --frames A:B}). */
    public static final String FRAMES = "frames";
    /** ScanImage: the frame (0-based) of each slice kept where a volume has several frames per slice. */
    public static final String SLICE_SAMPLE = "slice-sample";
    /** NWB: an imaging series by path or name (same as {@link #DATASET}). */
    public static final String SERIES = "series";

    /** Values of {@link #FOURTH_AXIS}. */
    public static final String FOURTH_AXIS_CHANNELS = "channels";
    public static final String FOURTH_AXIS_PLANES = "planes";

    private static final OpenOptions NONE = new OpenOptions(Map.of());

    private final Map<String, String> values;

    private OpenOptions(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static OpenOptions none() {
        return NONE;
    }

    /** Options from key/value pairs; blank values count as absent. */
    public static OpenOptions of(Map<String, String> values) {
        Map<String, String> kept = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                kept.put(k, v.trim());
            }
        });
        return new OpenOptions(kept);
    }

    /** A copy with {@code key} set to {@code value} (removed when value is null or blank). */
    public OpenOptions with(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return of(copy);
    }

    public Map<String, String> asMap() {
        return values;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The channel index {@code channel=} names among {@code channels} numbered 0 … N-1 (default 0). */
    public int channelIndex(Path path, long channels) {
        String wanted = get(CHANNEL).orElse("0");
        if (!wanted.matches("\\d{1,9}") || Integer.parseInt(wanted) >= channels) {
            throw new IllegalArgumentException(path + ": no channel '" + wanted + "' (channels: 0 to " + (channels - 1)
                    + ")");
        }
        return Integer.parseInt(wanted);
    }

    /** A positive, finite rate in Hz. */
    public OptionalDouble samplingFrequency() {
        Optional<String> text = get(FS);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        double fs = parseDouble(FS, text.get());
        if (!(fs > 0) || Double.isInfinite(fs)) {
            throw new IllegalArgumentException(FS + " must be a positive number of Hz, not " + text.get());
        }
        return OptionalDouble.of(fs);
    }

    /** A whole number of at least {@code min}, or {@code fallback} when absent. */
    public long getLong(String key, long fallback, long min) {
        Optional<String> text = get(key);
        if (text.isEmpty()) {
            return fallback;
        }
        long value = parseLong(key, text.get());
        if (value < min) {
            throw new IllegalArgumentException(key + " must be at least " + min + ", not " + value);
        }
        return value;
    }

    /** A required whole number of at least {@code min}. */
    public long requireLong(String key, long min, String why) {
        if (get(key).isEmpty()) {
            throw new IllegalArgumentException(key + " is required: " + why);
        }
        return getLong(key, 0, min);
    }

    /** Whether the fourth axis of a 4-D array holds planes (else channels, the default). */
    public boolean fourthAxisIsPlanes() {
        String value = get(FOURTH_AXIS).orElse(FOURTH_AXIS_CHANNELS);
        if (!value.equals(FOURTH_AXIS_CHANNELS) && !value.equals(FOURTH_AXIS_PLANES)) {
            throw new IllegalArgumentException(FOURTH_AXIS + " must be channels or planes, not " + value);
        }
        return value.equals(FOURTH_AXIS_PLANES);
    }

    private static double parseDouble(String key, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, not " + text, e);
        }
    }

    private static long parseLong(String key, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not " + text, e);
        }
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
