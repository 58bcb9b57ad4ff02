package io.github.ophysio.formats.nwb;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.SampleShape;
import java.nio.file.Path;
import java.util.OptionalDouble;

/** An IndexSeries: sample i is frame {@code indices[i]} of the series it indexes (presentation order). */
final class IndexedImaging extends ImagingExtractor {

    private final ImagingExtractor frames;
    private final int[] indices;

    private IndexedImaging(ImagingExtractor frames, int[] indices) {
        this.frames = frames;
        this.indices = indices;
    }

    /** The view, after checking every index against the indexed series. */
    static ImagingExtractor of(Path path, String series, ImagingExtractor frames, long[] indices) {
        int[] checked = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] >= frames.getNumSamples()) {
                throw new CorruptFileException(path, series + "/data[" + i + "] = " + indices[i]
                        + ": expected a frame index in [0, " + frames.getNumSamples() + ")");
            }
            checked[i] = (int) indices[i];
        }
        return new IndexedImaging(frames, checked);
    }

    @Override
    public int getNumSamples() {
        return indices.length;
    }

    @Override
    public SampleShape getSampleShape() {
        return frames.getSampleShape();
    }

    @Override
    public PixelType getPixelType() {
        return frames.getPixelType();
    }

    @Override
    public OptionalDouble getSamplingFrequency() {
        return OptionalDouble.empty();
    }

    @Override
    public void readPlane(int sample, int plane, Object dest) {
        checkSample(sample);
        frames.readPlane(indices[sample], plane, dest);
    }
}
