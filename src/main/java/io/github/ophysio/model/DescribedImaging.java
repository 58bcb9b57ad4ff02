package io.github.ophysio.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A recording whose planes come from {@code source} and whose facts (rate, native times, pixel
 * size, channel name, metadata) come from what a reader found beside the pixels: the one shape in
 * which every reader describes a recording (strided arrays of NumPy, raw, Suite2p and CaImAn
 * {@code .mmap}; chunked HDF5; NWB; Inscopix). The source is a {@link PlaneSource}, or a
 * concatenation of them (NWB's external files and indexed series); only its planes, shape and
 * pixel type are used.
 */
public final class DescribedImaging extends ImagingExtractor {

    /**
     * What the file says about the recording.
     *
     * @param timestamps one time per sample in seconds, or null when the file stores none
     * @param pixelSize  (dy, dx) in micrometres, or null
     */
    public record Facts(OptionalDouble samplingFrequency, double[] timestamps, double[] pixelSize, String channelName,
            Map<String, Object> metadata) {
        public Facts {
            timestamps = timestamps == null ? null : timestamps.clone();
            pixelSize = pixelSize == null ? null : pixelSize.clone();
            metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        }
    }

    private final ImagingExtractor source;
    private final Facts facts;

    public DescribedImaging(ImagingExtractor source, Facts facts) {
        if (facts.timestamps() != null && facts.timestamps().length != source.getNumSamples()) {
            throw new IllegalArgumentException(facts.timestamps().length + " timestamps for " + source.getNumSamples()
                    + " samples");
        }
        this.source = source;
        this.facts = facts;
    }

    @Override
    public int getNumSamples() {
        return source.getNumSamples();
    }

    @Override
    public SampleShape getSampleShape() {
        return source.getSampleShape();
    }

    @Override
    public PixelType getPixelType() {
        return source.getPixelType();
    }

    @Override
    public OptionalDouble getSamplingFrequency() {
        return facts.samplingFrequency();
    }

    @Override
    public void readPlane(int sample, int plane, Object dest) {
        checkSample(sample);
        checkPlane(plane);
        source.readPlane(sample, plane, dest);
    }

    @Override
    public double[] getNativeTimestamps(int start, int end) {
        return facts.timestamps() == null ? null : Arrays.copyOfRange(facts.timestamps(), start, end);
    }

    @Override
    public Map<String, Object> getMetadata() {
        return facts.metadata();
    }

    @Override
    public double[] getPixelSize() {
        return facts.pixelSize() == null ? null : facts.pixelSize().clone();
    }

    @Override
    public String getChannelName() {
        return facts.channelName();
    }
}
