package io.github.ophysio.formats.nwb;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.PlaneSource;
import io.github.ophysio.model.SampleShape;
import java.nio.file.Path;

/** An IndexSeries: sample i is frame (or image) {@code indices[i]} of what it indexes (presentation order). */
final class IndexedImaging extends PlaneSource {

    private final ImagingExtractor frames;
    private final int[] indices;

    private IndexedImaging(ImagingExtractor frames, int[] indices) {
        this.frames = frames;
        this.indices = indices;
    }

    /** The view, after checking every index against the indexed series. */
    static ImagingExtractor of(Path path, String series, ImagingExtractor frames, NwbIndexed.Indexing indexing) {
        long[] indices = indexing.indices();
        int size = frames.getNumSamples();
        int[] checked = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] >= size) {
                throw new CorruptFileException(path, series + "/data[" + i + "] = " + indices[i] + ": expected an index"
                        + " in [0, " + size + ") (the " + size + " " + indexing.what() + " of " + indexing.target() + ")");
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
    public void readPlane(int sample, int plane, Object dest) {
        checkSample(sample);
        frames.readPlane(indices[sample], plane, dest);
    }
}
