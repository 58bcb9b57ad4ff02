package io.github.ophysio.formats;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.FileText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A Miniscope {@code timeStamps.csv} ({@code Frame Number,Time Stamp (ms),Buffer Index}), as Minian's
 * recordings and segmentations find it beside them: times in seconds for the frames an array keeps
 * (its {@code frame} coordinate), and a rate only when those times are regular.
 */
public final class MiniscopeTimestamps {

    public static final String FILE = "timeStamps.csv";
    static final String FRAME = "Frame Number";
    static final String TIME = "Time Stamp (ms)";
    /** The column's resolution: intervals within 1 ms of each other count as regular. */
    static final double RESOLUTION_S = 1e-3;

    private final Path file;
    private final Map<Long, Double> seconds;

    private MiniscopeTimestamps(Path file, Map<Long, Double> seconds) {
        this.file = file;
        this.seconds = seconds;
    }

    /** The {@code timeStamps.csv} in the first of {@code folders} that has one. */
    public static Optional<MiniscopeTimestamps> find(List<Path> folders) {
        return folders.stream().filter(f -> f != null && Files.isRegularFile(f.resolve(FILE))).findFirst()
                .map(f -> read(f.resolve(FILE)));
    }

    /** Reads the file; corrupt when its header lacks the two columns or a row is not numbers. */
    public static MiniscopeTimestamps read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = lines.isEmpty() ? List.of() : Arrays.stream(lines.get(0).split(",")).map(String::trim).toList();
        int frame = header.indexOf(FRAME);
        int time = header.indexOf(TIME);
        if (frame < 0 || time < 0) {
            throw CorruptFileException.expected(file, "the header", "columns '" + FRAME + "' and '" + TIME + "'",
                    FileText.quote(lines.isEmpty() ? "an empty file" : lines.get(0)));
        }
        Map<Long, Double> seconds = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                String[] cells = lines.get(i).split(",");
                seconds.put(number(file, i, cells, frame).longValue(), number(file, i, cells, time) * 1e-3);
            }
        }
        return new MiniscopeTimestamps(file, seconds);
    }

    public Path file() {
        return file;
    }

    /** The times of {@code frames} (a {@code frame} coordinate), in seconds; corrupt when a frame has no row. */
    public double[] times(long[] frames) {
        double[] out = new double[frames.length];
        for (int i = 0; i < frames.length; i++) {
            Double t = seconds.get(frames[i]);
            if (t == null) {
                throw new CorruptFileException(file, "no time for frame " + frames[i] + " (the data keep frames "
                        + frames[0] + " to " + frames[frames.length - 1] + ", the file has " + seconds.size() + " rows)");
            }
            out[i] = t;
        }
        return out;
    }

    /** Whether every one of {@code frames} has a row. */
    public boolean covers(long[] frames) {
        return Arrays.stream(frames).allMatch(seconds::containsKey);
    }

    /** Frames 0 … n-1, for an array with no {@code frame} coordinate. */
    public static long[] firstFrames(int n) {
        long[] frames = new long[n];
        Arrays.setAll(frames, i -> i);
        return frames;
    }

    /** (n - 1) / (last - first) when every interval is the same within 1 ms, else empty. */
    public static OptionalDouble regularRate(double[] times) {
        if (times.length < 2) {
            return OptionalDouble.empty();
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 1; i < times.length; i++) {
            min = Math.min(min, times[i] - times[i - 1]);
            max = Math.max(max, times[i] - times[i - 1]);
        }
        boolean regular = min > 0 && max - min <= RESOLUTION_S + 1e-12;
        return regular ? OptionalDouble.of((times.length - 1) / (times[times.length - 1] - times[0]))
                : OptionalDouble.empty();
    }

    private static Double number(Path file, int line, String[] cells, int column) {
        try {
            return Double.valueOf(cells[column].trim());
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw CorruptFileException.expected(file, "line " + (line + 1), "numbers in every column",
                    FileText.quote(String.join(",", cells)));
        }
    }
}
