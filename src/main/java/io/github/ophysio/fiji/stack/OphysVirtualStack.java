package io.github.ophysio.fiji.stack;

import io.github.ophysio.lazy.LazyRecording;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import ij.ImagePlus;
import ij.process.ImageProcessor;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The one bridge from the lazy loader to ImageJ: a virtual hyperstack over one
 * {@link LazyRecording} per channel, in ImageJ's order (channel fastest, then plane, then
 * sample). A plane is read only when ImageJ asks for it, or just before when ImageJ scrolls or plays
 * through the stack ({@link ReadAhead}): then the next planes are read on the other cores. 16-bit
 * and float planes are read into the array of the slice ImageJ just left when nobody else can hold
 * it ({@link HandBack}), right there on ImageJ's thread (measured faster than reading ahead into
 * arrays that then change threads); otherwise into a new one.
 */
public final class OphysVirtualStack extends ReadOnlyVirtualStack implements Releasable {

    private final List<LazyRecording> channels;
    private final int planes;
    private final int samples;
    private final ReadAhead<ImageProcessor> readAhead;
    private final List<String> frameLabels;
    private final PlanePool leftArrays;
    private final HandBack handBack;

    public OphysVirtualStack(List<LazyRecording> channels) {
        this(channels, null, 0);
    }

    /** A stack reading {@code depth} slices ahead on {@code pool}; a null pool means the shared one. */
    OphysVirtualStack(List<LazyRecording> channels, Executor pool, int depth) {
        super(channels.get(0).source().getSampleShape().cols(), channels.get(0).source().getSampleShape().rows(),
                PlaneProcessors.bitDepth(channels.get(0).source().getPixelType()));
        this.channels = List.copyOf(channels);
        ImagingExtractor first = channels.get(0).source();
        this.planes = first.getNumPlanes();
        // Channels may differ in length (Inscopix unequal multiplexing): the stack is as long as the
        // longest, and a shorter channel shows blank planes past its end.
        this.samples = this.channels.stream().mapToInt(c -> c.source().getNumSamples()).max().orElse(0);
        this.frameLabels = FrameLabels.of(first);
        int[] steps = {1, this.channels.size(), this.channels.size() * planes};
        this.leftArrays = new PlanePool(ReadAhead.depthFor(planeBytes(first)) + 2);
        this.handBack = new HandBack(leftArrays);
        this.readAhead = pool == null ? ReadAhead.shared(this::read, getSize(), planeBytes(first), steps)
                : new ReadAhead<>(this::read, getSize(), depth, steps, pool);
    }

    /** What one slice costs while read ahead: the file's plane or ImageJ's, whichever is bigger. */
    private long planeBytes(ImagingExtractor first) {
        long bytes = Math.max(first.getPixelType().bytes(), getBitDepth() / 8);
        return (long) getWidth() * getHeight() * bytes;
    }

    /** The recordings this stack shows, one per channel, in channel order. */
    public List<ImagingExtractor> sources() {
        return channels.stream().map(LazyRecording::source).toList();
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

    /** Slice n as a processor whose pixels only the caller holds (read ahead when scrolling). */
    @Override
    public ImageProcessor getProcessor(int n) {
        position(n);
        // in a slice change that leaves arrays behind, reading into one (in this core's cache) here
        // beats reading ahead on other threads
        return handBack.takeBack() ? readAhead.getHere(n) : readAhead.get(n);
    }

    /** Reads slice n into a new processor; may run on a read-ahead thread. */
    private ImageProcessor read(int n) {
        Position p = position(n);
        LazyRecording recording = channels.get(p.channel);
        PixelType type = recording.source().getPixelType();
        if (!PlaneProcessors.isWatchable(type)) {
            return PlaneProcessors.toProcessor(type, plane(recording, p), getWidth(), getHeight());
        }
        Object pixels = imageJPlane(recording, p);
        handBack.given(pixels);
        return WatchedProcessors.of(pixels, getWidth(), getHeight(), handBack);
    }

    /** The plane in the file's type: a copy the caller owns, or zeros past the end of a shorter channel. */
    private Object plane(LazyRecording recording, Position p) {
        ImagingExtractor source = recording.source();
        return p.sample < source.getNumSamples() ? recording.planeCopy(p.sample, p.plane)
                : source.getPixelType().newArray(getWidth() * getHeight());
    }

    /** A 16-bit or float plane as ImageJ shows it, read into an array taken back from ImageJ if there is one. */
    private Object imageJPlane(LazyRecording recording, Position p) {
        ImagingExtractor source = recording.source();
        Object into = PlaneProcessors.reusable(source.getPixelType(), leftArrays.take(), getWidth() * getHeight());
        if (p.sample < source.getNumSamples()) {
            recording.planeCopy(p.sample, p.plane, into);
        } else {
            PlaneProcessors.zero(into);
        }
        return PlaneProcessors.forImageJ(source.getPixelType(), into);
    }

    /**
     * Edits are not written back to the file: a recording opens read-only. ImageJ calls this with the
     * slice it leaves (and after filters): the array may be taken back ({@link HandBack}).
     */
    @Override
    public void setPixels(Object pixels, int n) {
        handBack.leaving(pixels);
    }

    @Override
    public String getSliceLabel(int n) {
        Position p = position(n);
        ImagingExtractor source = channels.get(p.channel).source();
        String channel = channels.size() > 1 ? "channel " + source.getChannelName() + ", " : "";
        return channel + FrameLabels.sliceLabel(source, frameLabels, p.sample);
    }

    /** Cancels reads ahead and drops this stack's planes from the shared cache; it stays usable. */
    @Override
    public void release() {
        readAhead.cancel();
        handBack.forget();
        leftArrays.clear();
        channels.forEach(LazyRecording::release);
    }

    /** {@code image} shows this stack: its slice changes may hand the left slice's array back ({@link HandBack}). */
    public void shownBy(ImagePlus image) {
        handBack.shownBy(image);
    }

    /** Arrays of slices ImageJ left that were read into again ({@link HandBack}). */
    long planesTakenBack() {
        return handBack.takenBack();
    }

    /** Slices read ahead (held or in flight) right now. */
    int readAheadPending() {
        return readAhead.pending();
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
