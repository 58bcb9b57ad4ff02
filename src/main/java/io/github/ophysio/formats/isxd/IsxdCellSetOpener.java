package io.github.ophysio.formats.isxd;

import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.MappedFile;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.StoredSegmentation;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.model.TraceSource;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Opens an Inscopix cell set (type 1) as a segmentation: ids are the cell names, one {@code raw} trace
 * per cell shaped (samples, rois), footprints in (rows, cols) as the file stores them (neither is
 * transposed, unlike roiextractors). Opening reads only the footer; a footprint or a trace window
 * is read from the mapped file when asked for, touching only that cell's bytes. Samples are the
 * time indices (numTimes): a cell set stores a value for every one, dropped ones included, so
 * sample i is at i / fs as in movies.
 */
final class IsxdCellSetOpener {

    private final IsxdCellSetFile cells;
    private final MappedFile file;

    private IsxdCellSetOpener(IsxdCellSetFile cells, MappedFile file) {
        this.cells = cells;
        this.file = file;
    }

    /** Opens a cell set; {@code fs=} (when given) replaces the rate of the footer's period. */
    static StoredSegmentation open(Path path, OpenOptions options) {
        IsxdCellSetFile cells = IsxdCellSetFile.read(IsxdFooter.read(path));
        OptionalDouble fs = options.samplingFrequency().isPresent() ? options.samplingFrequency()
                : OptionalDouble.of(cells.timing.rate());
        IsxdCellSetOpener opened = new IsxdCellSetOpener(cells, MappedFile.open(path));
        return StoredSegmentation.builder(path).ids(cells.cells.ids()).frame(new int[] {cells.rows, cells.cols})
                .masks(cells.cells.ids().size(), opened::mask).samples(cells.numSamples()).samplingFrequency(fs)
                .traces(TraceSource.of(Set.of(TraceKind.RAW), opened::traces)).properties(cells.cells.properties())
                .metadata(cells.metadata()).build();
    }

    /** The footprint's non-zero pixels with their weights. */
    private PixelMask mask(int roiIndex) {
        float[] image = new float[cells.footprintPixels()];
        readFloats(cells.footprintStart(roiIndex), image, 0, image.length);
        return PixelMask.fromImage(image, cells.cols);
    }

    private TraceBlock traces(TraceKind kind, int start, int end, int[] roiIndices) {
        int n = roiIndices.length;
        float[] column = new float[end - start];
        double[] values = new double[column.length * n];
        for (int j = 0; j < n; j++) {
            readFloats(cells.traceStart(roiIndices[j], start), column, 0, column.length);
            for (int t = 0; t < column.length; t++) {
                values[t * n + j] = column[t];
            }
        }
        return new TraceBlock(column.length, n, values);
    }

    /** {@code count} little-endian float32 from byte {@code offset}, window by window. */
    private void readFloats(long offset, float[] dest, int at, int count) {
        while (count > 0) {
            ByteBuffer window = file.from(offset, ByteOrder.LITTLE_ENDIAN);
            int n = Math.min(count, window.capacity() / Float.BYTES);
            window.asFloatBuffer().get(dest, at, n);
            at += n;
            count -= n;
            offset += (long) n * Float.BYTES;
        }
    }
}
