package io.github.ophysio.model;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A recording: samples of one channel, each {@link SampleShape rows × cols × planes}, after
 * roiextractors' {@code ImagingExtractor}. A format implements five methods; everything else
 * (series, time base, views) is written once here.
 *
 * <p>File-derived state never changes after opening; the only mutable state is the time vector a
 * user sets with {@link #setTimes} (in {@link SampledExtractor}), as in roiextractors.
 */
public abstract class ImagingExtractor extends SampledExtractor {

    // ---- the core a format implements

    /** Rows, columns and planes of one sample. */
    public abstract SampleShape getSampleShape();

    public abstract PixelType getPixelType();

    /** Samples per second, absent when neither the file nor the user states it. */
    @Override
    public abstract OptionalDouble getSamplingFrequency();

    /**
     * Reads one plane, row-major (column fastest), into {@code dest}: a primitive array of
     * {@link PixelType#component()} with at least rows × cols elements.
     */
    public abstract void readPlane(int sample, int plane, Object dest);

    // ---- optional facts a format may override

    /** The file's own description of the recording (JSON-like values), in a stable order. */
    public Map<String, Object> getMetadata() {
        return Map.of();
    }

    /** Pixel size (dy, dx) in micrometres, or null when unknown. */
    public double[] getPixelSize() {
        return null;
    }

    /** The name of the channel this extractor exposes ("0" where the file names none). */
    public String getChannelName() {
        return "0";
    }

    // ---- written once

    public int[] getImageShape() {
        return getSampleShape().imageShape();
    }

    public int getNumPlanes() {
        return getSampleShape().planes();
    }

    public boolean isVolumetric() {
        return getSampleShape().isVolumetric();
    }

    /** One plane as a new array. */
    public Object getPlane(int sample, int plane) {
        checkSample(sample);
        checkPlane(plane);
        Object dest = getPixelType().newArray(getSampleShape().planePixels());
        readPlane(sample, plane, dest);
        return dest;
    }

    /** Samples [start, end) in matrix order: (samples, rows, cols) or (samples, rows, cols, planes). */
    public NdArray getSeries(int start, int end) {
        checkRange(start, end);
        return SeriesReader.read(this, start, end);
    }

    // ---- lazy views

    /** Samples [start, end) as a recording of their own; nothing is read. */
    public ImagingExtractor sliceSamples(int start, int end) {
        checkRange(start, end);
        return new ImagingSampleSlice(this, start, end);
    }

    /** Rows [row0, row1) and columns [col0, col1) of every plane. */
    public ImagingExtractor sliceFieldOfView(int row0, int row1, int col0, int col1) {
        return new FieldOfViewCrop(this, row0, row1, col0, col1);
    }

    /** Only the given planes, in the given order (one plane gives a planar recording). */
    public ImagingExtractor selectPlanes(int... planes) {
        return new PlaneSelectionView(this, planes);
    }

    /** Several recordings one after another in time: equal sample shape and type, any lengths. */
    public static ImagingExtractor concatenate(List<? extends ImagingExtractor> parts) {
        return new ConcatenatedImaging(parts);
    }

    // ---- checks shared by subclasses and views

    protected final void checkPlane(int plane) {
        if (plane < 0 || plane >= getNumPlanes()) {
            throw new IndexOutOfBoundsException("plane " + plane + " outside [0, " + getNumPlanes() + ")");
        }
    }
}
