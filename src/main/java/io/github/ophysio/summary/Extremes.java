package io.github.ophysio.summary;

import java.util.Arrays;

/** Per-pixel maximum and minimum; NaN wins, as in numpy's {@code max}/{@code min}. */
final class Extremes {

    private final float[] max;
    private final float[] min;

    Extremes(int pixels) {
        max = new float[pixels];
        min = new float[pixels];
        Arrays.fill(max, Float.NEGATIVE_INFINITY);
        Arrays.fill(min, Float.POSITIVE_INFINITY);
    }

    void add(float[] frame) {
        for (int i = 0; i < max.length; i++) {
            max[i] = Math.max(max[i], frame[i]);
            min[i] = Math.min(min[i], frame[i]);
        }
    }

    void merge(Extremes other) {
        for (int i = 0; i < max.length; i++) {
            max[i] = Math.max(max[i], other.max[i]);
            min[i] = Math.min(min[i], other.min[i]);
        }
    }

    double[] max() {
        return toDouble(max);
    }

    double[] min() {
        return toDouble(min);
    }

    private static double[] toDouble(float[] values) {
        double[] image = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            image[i] = values[i];
        }
        return image;
    }
}
