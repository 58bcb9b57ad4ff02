package io.github.ophysio.formats.nwb;

import io.github.ophysio.io.hdf5.Hdf5Flat;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.hdf5.Hdf5Array;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.RoiProperty;
import io.jhdf.api.Dataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Dense {@code image_mask} (N, x, y) or (N, x, y, z), read one ROI at a time (a slice each, so a
 * large table never sits in memory as a dense block) and kept as pixel masks.
 */
final class NwbImageMasks {

    private NwbImageMasks() {
    }

    static NwbMasks read(Path path, Dataset dataset, int rois, boolean xIsRow) {
        long[] dims = dataset.getDimensionsAsLong();
        String where = dataset.getPath();
        if (dims.length != 3 && dims.length != 4) {
            throw new UnsupportedFormatException(path, where + " of shape " + Hdf5Array.tuple(dims)
                    + ": image masks are (N, x, y) or (N, x, y, z)");
        }
        if (dims[0] != rois) {
            throw CorruptFileException.expected(path, where + " first dimension", rois + " (one mask per id)", dims[0]);
        }
        if (dims[1] * dims[2] * (dims.length == 4 ? dims[3] : 1) > Integer.MAX_VALUE - 8) {
            throw new UnsupportedFormatException(path, where + " of shape " + Hdf5Array.tuple(dims)
                    + ": a mask too large for one Java array");
        }
        NwbFrame frame = NwbFrame.ofXy(dims[1], dims[2], xIsRow, where);
        List<PixelMask> masks = new ArrayList<>(rois);
        List<Object> zs = new ArrayList<>(rois);
        for (int i = 0; i < rois; i++) {
            double[] values = Hdf5Flat.doubles(dataset, dataset.getData(offset(dims, i), count(dims)));
            masks.add(mask(values, dims, xIsRow, frame, zs));
        }
        RoiProperty z = dims.length == 4 ? NwbSparseMasks.zProperty(zs) : null;
        return new NwbMasks(masks, frame.shape(), frame.source(), NwbMasks.IMAGE_MASK, z);
    }

    /** One ROI's (x, y[, z]) values summed over z into a rows x cols image; its non-zero z planes go to {@code zs}. */
    private static PixelMask mask(double[] values, long[] dims, boolean xIsRow, NwbFrame frame, List<Object> zs) {
        int ny = (int) dims[2];
        int nz = dims.length == 4 ? (int) dims[3] : 1;
        float[] image = new float[frame.rows() * frame.cols()];
        TreeSet<Integer> planes = new TreeSet<>();
        for (int e = 0; e < values.length; e++) {
            if (values[e] == 0) {
                continue;
            }
            int x = e / (ny * nz);
            int y = (e / nz) % ny;
            int pixel = xIsRow ? x * frame.cols() + y : y * frame.cols() + x;
            image[pixel] += (float) values[e];
            planes.add(e % nz);
        }
        zs.add(List.copyOf(planes));
        return PixelMask.fromImage(image, frame.cols());
    }

    private static long[] offset(long[] dims, int roi) {
        long[] offset = new long[dims.length];
        offset[0] = roi;
        return offset;
    }

    private static int[] count(long[] dims) {
        int[] count = new int[dims.length];
        count[0] = 1;
        for (int d = 1; d < dims.length; d++) {
            count[d] = (int) dims[d];
        }
        return count;
    }
}
