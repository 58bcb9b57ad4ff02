package io.github.ophysio.formats.suite2p;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.io.pickle.NumpyArray;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Summary images of a plane, all in the full Ly × Lx frame. {@code Vcorr} and {@code max_proj} are
 * usually cropped to yrange × xrange: they are placed at rows yrange[0]…, cols xrange[0]… (as
 * Suite2p's own {@code combined} does), and the uncovered border is NaN (no data: 0 would read as
 * a real correlation). An image already Ly × Lx is taken as is.
 */
final class Suite2pImages {

    private final Path file;
    private final int rows;
    private final int cols;
    private final int[] yrange;
    private final int[] xrange;
    private final Map<String, NumpyArray> sources = new LinkedHashMap<>();

    Suite2pImages(Suite2pOps ops, int rows, int cols, String channel) {
        this.file = ops.file();
        this.rows = rows;
        this.cols = cols;
        this.yrange = ops.range("yrange", rows);
        this.xrange = ops.range("xrange", cols);
        boolean chan2 = Suite2pChannels.CHAN2.equals(channel);
        add(ops, "mean", chan2 ? "meanImg_chan2" : "meanImg");
        add(ops, "mean_enhanced", "meanImgE");
        add(ops, "correlation", "Vcorr");
        add(ops, "max", "max_proj");
        add(ops, chan2 ? "mean_chan1" : "mean_chan2", chan2 ? "meanImg" : "meanImg_chan2");
        sources.forEach(this::checkShape);
    }

    private void add(Suite2pOps ops, String name, String key) {
        ops.array(key).filter(a -> a.ndim() == 2 && !a.dtype().isObject()).ifPresent(a -> sources.put(name, a));
    }

    Iterable<String> names() {
        return sources.keySet();
    }

    boolean has(String name) {
        return sources.containsKey(name);
    }

    /** The image in the full frame, row-major. */
    float[] image(String name) {
        NumpyArray source = sources.get(name);
        boolean full = source.shape()[0] == rows && source.shape()[1] == cols;
        int row0 = full ? 0 : yrange[0];
        int col0 = full ? 0 : xrange[0];
        float[] image = new float[rows * cols];
        Arrays.fill(image, Float.NaN);
        int[] shape = source.shape();
        for (int r = 0; r < shape[0]; r++) {
            for (int c = 0; c < shape[1]; c++) {
                image[(row0 + r) * cols + col0 + c] = (float) source.getDouble(r, c);
            }
        }
        return image;
    }

    private void checkShape(String name, NumpyArray source) {
        int[] shape = source.shape();
        boolean full = shape[0] == rows && shape[1] == cols;
        boolean cropped = shape[0] == yrange[1] - yrange[0] && shape[1] == xrange[1] - xrange[0];
        if (!full && !cropped) {
            throw CorruptFileException.expected(file, name + " image " + Arrays.toString(shape), "the frame [" + rows
                    + ", " + cols + "] or the yrange x xrange span [" + (yrange[1] - yrange[0]) + ", "
                    + (xrange[1] - xrange[0]) + "]", Arrays.toString(shape));
        }
    }
}
