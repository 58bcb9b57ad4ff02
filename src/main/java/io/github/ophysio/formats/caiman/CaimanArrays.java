package io.github.ophysio.formats.caiman;

import io.github.ophysio.io.hdf5.Hdf5Writing;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.RoiProperty;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceBlock;
import io.jhdf.api.WritableGroup;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The arrays of a {@code cnm.save()} file built from a segmentation: footprints as CSC in Fortran
 * pixel order ({@code p = row + col · rows}, ascending in each column), dense background {@code b}
 * (d, nb) with its traces {@code f} (nb, T), images (rows, cols) and per-component metrics.
 */
final class CaimanArrays {

    private CaimanArrays() {
    }

    /** {@code data}, {@code indices}, {@code indptr}, {@code shape} = [rows·cols, count] of the non-zero weights. */
    static void write(WritableGroup csc, int[] frame, int count, IntFunction<PixelMask> masks) {
        long[][] columns = new long[count][];
        int nonZero = 0;
        for (int k = 0; k < count; k++) {
            columns[k] = sortedEntries(masks.apply(k), frame[0]);
            nonZero += columns[k].length;
        }
        double[] data = new double[nonZero];
        int[] indices = new int[nonZero];
        int[] indptr = new int[count + 1];
        for (int k = 0, i = 0; k < count; k++) {
            for (long entry : columns[k]) {
                indices[i] = (int) (entry >>> 32);
                data[i++] = Float.intBitsToFloat((int) entry);
            }
            indptr[k + 1] = i;
        }
        csc.putDataset("data", data, Hdf5Writing.compressed(data.length));
        csc.putDataset("indices", indices, Hdf5Writing.compressed(indices.length));
        csc.putDataset("indptr", indptr);
        csc.putDataset("shape", new long[] {(long) frame[0] * frame[1], count});
    }

    /** The mask's non-zero pixels as (Fortran pixel index << 32 | weight bits), sorted by pixel. */
    private static long[] sortedEntries(PixelMask mask, int rows) {
        long[] entries = new long[mask.pixelCount()];
        for (int i = 0, n = 0; i < mask.size(); i++) {
            if (mask.weights()[i] != 0) {
                long pixel = mask.rows()[i] + (long) mask.cols()[i] * rows;
                entries[n++] = pixel << 32 | (Float.floatToRawIntBits(mask.weights()[i]) & 0xffffffffL);
            }
        }
        Arrays.sort(entries);
        return entries;
    }

    /** b (d, nb) and, when the source has background traces, f (nb, T). */
    static void writeBackground(SegmentationExtractor source, WritableGroup estimates) {
        int count = source.getNumBackground();
        if (count == 0) {
            return;
        }
        int[] frame = source.getFrameShape();
        double[][] b = new double[frame[0] * frame[1]][count];
        for (int j = 0; j < count; j++) {
            PixelMask mask = source.getBackgroundMask(j);
            for (int i = 0; i < mask.size(); i++) {
                b[mask.rows()[i] + mask.cols()[i] * frame[0]][j] += mask.weights()[i];
            }
        }
        estimates.putDataset("b", b, Hdf5Writing.compressed(b.length, count));
        backgroundTraces(source, count).ifPresent(f -> CaimanWriter.putTraces(estimates, "f", f));
    }

    private static Optional<double[][]> backgroundTraces(SegmentationExtractor source, int count) {
        int[] all = new int[count];
        Arrays.setAll(all, i -> i);
        TraceBlock block;
        try {
            block = source.readBackgroundTraces(0, source.getNumSamples(), all);
        } catch (IllegalArgumentException noTraces) {
            // Background footprints without traces (CaImAn's b with f None): b alone is the layout's answer.
            return Optional.empty();
        }
        double[][] rows = new double[count][];
        for (int j = 0; j < count; j++) {
            rows[j] = block.column(j);
        }
        return Optional.of(rows);
    }

    /** A row-major image as (rows, cols) float32, the numpy array CaImAn keeps (e.g. {@code Cn}). */
    static float[][] rows(float[] image, int[] frame) {
        float[][] rows = new float[frame[0]][];
        for (int r = 0; r < frame[0]; r++) {
            rows[r] = Arrays.copyOfRange(image, r * frame[1], (r + 1) * frame[1]);
        }
        return rows;
    }

    /** A property of numbers, one per component, as a float64 (K,) dataset named {@code key}. */
    static void metric(SegmentationExtractor source, String property, WritableGroup estimates, String key) {
        Optional<RoiProperty> found = source.getProperty(property)
                .filter(p -> p.values().stream().allMatch(Number.class::isInstance));
        found.ifPresent(p -> estimates.putDataset(key,
                p.values().stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray()));
    }
}
