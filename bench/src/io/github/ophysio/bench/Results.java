package io.github.ophysio.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

/** Timing helpers and the key/value file the report reads ("key TAB value" per line, appended). */
final class Results {

    private final Path out;

    Results(Path out) {
        this.out = out;
    }

    void put(String key, double value) {
        put(key, Double.toString(value));
    }

    void put(String key, String value) {
        try {
            Files.writeString(out, key + "\t" + value + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Seconds of each of {@code reps} runs of {@code run}, after {@code warmups} untimed runs. */
    static double[] time(int warmups, int reps, Runnable run) {
        for (int i = 0; i < warmups; i++) {
            run.run();
        }
        double[] seconds = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            run.run();
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        return seconds;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
