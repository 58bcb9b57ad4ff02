package io.github.ophysio.io;

import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.SampleShape;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A recording stored as one strided array in a file (NumPy, raw binary, ...). The fourth axis of
 * the layout is either one channel picked out of several, or the planes of a volume.
 */
public final class StridedImagingExtractor extends ImagingExtractor {

    private final ArrayLayout layout;
    private final StridedPlaneReader reader;
    private final int channel;
    private final Facts facts;

    /**
     * What a format knows beside the layout: the rate, the channel name and the metadata.
     *
     * @param channel the channel index to expose, or {@link #PLANES} when the fourth axis is planes
     */
    public record Facts(OptionalDouble samplingFrequency, int channel, String channelName, Map<String, Object> metadata) {
        public Facts {
            metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        }
    }

    /** {@link Facts#channel()} value saying the fourth axis holds planes of a volume. */
    public static final int PLANES = -1;

    public StridedImagingExtractor(MappedFile file, ArrayLayout layout, Facts facts) {
        this.layout = layout;
        this.reader = new StridedPlaneReader(file, layout);
        this.channel = facts.channel();
        this.facts = facts;
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
    public OptionalDouble getSamplingFrequency() {
        return facts.samplingFrequency();
    }

    @Override
    public void readPlane(int sample, int plane, Object dest) {
        checkSample(sample);
        checkPlane(plane);
        reader.read(sample, channel == PLANES ? plane : channel, dest);
    }

    @Override
    public Map<String, Object> getMetadata() {
        return facts.metadata();
    }

    @Override
    public String getChannelName() {
        return facts.channelName();
    }
}
