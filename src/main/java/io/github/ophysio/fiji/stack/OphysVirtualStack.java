package io.github.ophysio.fiji.stack;

import io.github.ophysio.lazy.LazyRecording;
import io.github.ophysio.model.ImagingExtractor;
import ij.VirtualStack;
import ij.process.ImageProcessor;
import java.util.List;

/**
 * The one bridge from the lazy loader to ImageJ: a virtual hyperstack over one
 * {@link LazyRecording} per channel, in ImageJ's order (channel fastest, then plane, then
 * sample). A plane is read only when ImageJ asks for it.
 */
public final class OphysVirtualStack extends VirtualStack {

    private final List<LazyRecording> channels;
    private final int planes;
    private final int samples;

    public OphysVirtualStack(List<LazyRecording> channels) {
        super(channels.get(0).source().getSampleShape().cols(), channels.get(0).source().getSampleShape().rows(),
                null, null);
        this.channels = List.copyOf(channels);
        ImagingExtractor first = channels.get(0).source();
        this.planes = first.getNumPlanes();
        this.samples = first.getNumSamples();
        setBitDepth(PlaneProcessors.bitDepth(first.getPixelType()));
    }

    public int channelCount() {
        return channels.size();
    }

    public int planeCount() {
        return planes;
    }

    public int sampleCount() {
        return samples;
    }

    @Override
    public int getSize() {
        return channels.size() * planes * samples;
    }

    @Override
    public int size() {
        return getSize();
    }

    @Override
    public ImageProcessor getProcessor(int n) {
        Position p = position(n);
        LazyRecording recording = channels.get(p.channel);
        ImagingExtractor source = recording.source();
        return PlaneProcessors.toProcessor(source.getPixelType(), recording.planeCopy(p.sample, p.plane), getWidth(),
                getHeight());
    }

    @Override
    public Object getPixels(int n) {
        return getProcessor(n).getPixels();
    }

    /** Edits are not written back to the file: a recording opens read-only. */
    @Override
    public void setPixels(Object pixels, int n) {
        // Intentionally a no-op: ImageJ calls this after filters; the file is never changed.
    }

    @Override
    public String getSliceLabel(int n) {
        Position p = position(n);
        double[] time = channels.get(p.channel).source().getTimestamps(p.sample, p.sample + 1);
        String channel = channels.size() > 1 ? "channel " + channels.get(p.channel).source().getChannelName() + ", " : "";
        return time == null ? channel + "sample " + p.sample : channel + String.format("t=%.4f s", time[0]);
    }

    @Override
    public String getDirectory() {
        return null;
    }

    @Override
    public String getFileName(int n) {
        return null;
    }

    /** Drops this stack's planes from the shared cache. */
    public void release() {
        channels.forEach(LazyRecording::release);
    }

    private Position position(int n) {
        if (n < 1 || n > getSize()) {
            throw new IllegalArgumentException("slice " + n + " outside 1.." + getSize());
        }
        int index = n - 1;
        int c = channels.size();
        return new Position(index % c, (index / c) % planes, index / (c * planes));
    }

    private record Position(int channel, int plane, int sample) {
    }
}
