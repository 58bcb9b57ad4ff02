package io.github.ophysio.io;

import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.PlaneSource;
import io.github.ophysio.model.SampleShape;

/**
 * The planes of one strided array in a file (NumPy, raw binary, contiguous HDF5, Inscopix and
 * Suite2p frames). The fourth axis of the layout is either one channel picked out of several, or
 * the planes of a volume. Like every plane source it knows no rate, times or names: a reader
 * attaches those with {@link io.github.ophysio.model.DescribedImaging}.
 */
public final class StridedPlanes extends PlaneSource {

    /** {@code channel} value saying the fourth axis holds planes of a volume. */
    public static final int PLANES = -1;

    private final ArrayLayout layout;
    private final StridedPlaneReader reader;
    private final int channel;

    /** @param channel the channel index to expose, or {@link #PLANES} when the fourth axis is planes */
    public StridedPlanes(MappedFile file, ArrayLayout layout, int channel) {
        this.layout = layout;
        this.reader = new StridedPlaneReader(file, layout);
        this.channel = channel;
    }

    @Override
    public int getNumSamples() {
        return (int) layout.samples();
    }

    @Override
    public SampleShape getSampleShape() {
        int planes = channel == PLANES ? layout.channels() : 1;
        return new SampleShape(layout.rows(), layout.cols(), planes);
    }

    @Override
    public PixelType getPixelType() {
        return layout.type();
    }

    @Override
    public void readPlane(int sample, int plane, Object dest) {
        checkSample(sample);
        checkPlane(plane);
        reader.read(sample, channel == PLANES ? plane : channel, dest);
    }
}
