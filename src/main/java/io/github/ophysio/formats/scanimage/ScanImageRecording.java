package io.github.ophysio.formats.scanimage;

import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.SampleShape;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One channel of a ScanImage acquisition as a lazy recording: each plane read is one page of one of
 * its files, found by the {@link PageMap}; native times are read from the pages when asked for.
 */
final class ScanImageRecording extends ImagingExtractor {

    private final PageStack pages;
    private final PageMap map;
    private final int samples;
    private final Facts facts;
    private final FrameTimes times;

    /** What the reader found beside the pixels. */
    record Facts(OptionalDouble samplingFrequency, boolean nativeTimes, double[] pixelSize, String channelName,
            Map<String, Object> metadata) {
    }

    ScanImageRecording(PageStack pages, PageMap map, int samples, Facts facts) {
        this.pages = pages;
        this.map = map;
        this.samples = samples;
        this.facts = facts;
        this.times = facts.nativeTimes() ? new FrameTimes(pages, map, samples) : null;
    }

    @Override
    public int getNumSamples() {
        return samples;
    }

    @Override
    public SampleShape getSampleShape() {
        return new SampleShape(pages.rows(), pages.cols(), map.outputPlanes());
    }

    @Override
    public PixelType getPixelType() {
        return pages.pixelType();
    }

    @Override
    public OptionalDouble getSamplingFrequency() {
        return facts.samplingFrequency();
    }

    @Override
    public void readPlane(int sample, int plane, Object dest) {
        checkSample(sample);
        checkPlane(plane);
        pages.read(map.page(sample, plane), dest);
    }

    @Override
    public double[] getNativeTimestamps(int start, int end) {
        checkRange(start, end);
        return times == null ? null : times.get(start, end);
    }

    @Override
    public Map<String, Object> getMetadata() {
        return Collections.unmodifiableMap(facts.metadata());
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
