package io.github.ophysio.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A segmentation made up in memory (test kit): ids start at 10 (so ids and indices differ), trace
 * values encode kind, sample and ROI ({@link #expectedTrace}), and the masks cover the cases readers
 * get wrong: a ROI touching the top-left corner, one of two pieces, overlapping ROIs, and one
 * touching the bottom-right corner.
 */
public final class SyntheticSegmentation extends SegmentationExtractor {

    public static final int FIRST_ID = 10;

    private final int rois;
    private final int rows;
    private final int cols;
    private final int samples;
    private final Set<TraceKind> kinds;
    private final OptionalDouble fs;
    private final boolean background;

    private SyntheticSegmentation(int rois, int rows, int cols, int samples, Set<TraceKind> kinds, OptionalDouble fs,
            boolean background) {
        this.rois = rois;
        this.rows = rows;
        this.cols = cols;
        this.samples = samples;
        this.kinds = kinds;
        this.fs = fs;
        this.background = background;
    }

    /** 6 ROIs on a 20 × 24 frame, 9 samples at 10 Hz, raw/dff/deconvolved traces, one background component. */
    public static SyntheticSegmentation standard() {
        return of(6, 20, 24, 9);
    }

    public static SyntheticSegmentation of(int rois, int rows, int cols, int samples) {
        return new SyntheticSegmentation(rois, rows, cols, samples,
                new LinkedHashSet<>(EnumSet.of(TraceKind.RAW, TraceKind.DFF, TraceKind.DECONVOLVED)),
                OptionalDouble.of(10), true);
    }

    /** The same segmentation with no sampling frequency (so no time base). */
    public SyntheticSegmentation withoutRate() {
        return new SyntheticSegmentation(rois, rows, cols, samples, kinds, OptionalDouble.empty(), background);
    }

    /** The value of {@code kind} at sample t of the ROI at index roi. */
    public static float expectedTrace(TraceKind kind, int t, int roi) {
        return kind.ordinal() * 100000 + t * 100 + roi;
    }

    @Override
    public List<Object> getRoiIds() {
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < rois; i++) {
            ids.add(FIRST_ID + i);
        }
        return ids;
    }

    @Override
    public int[] getFrameShape() {
        return new int[] {rows, cols};
    }

    @Override
    public int getNumSamples() {
        return samples;
    }

    @Override
    public OptionalDouble getSamplingFrequency() {
        return fs;
    }

    @Override
    public PixelMask getPixelMask(int roiIndex) {
        checkRoiIndices(new int[] {roiIndex});
        return SyntheticMasks.mask(roiIndex, rois, rows, cols);
    }

    /** Its ROIs are rectangles of nearly equal weights: drawn whole, like Suite2p's. */
    @Override
    public MaskKind getMaskKind() {
        return MaskKind.PIXEL_SET;
    }

    @Override
    public Set<TraceKind> getTraceKinds() {
        return kinds;
    }

    @Override
    public TraceBlock readTraces(TraceKind kind, int start, int end, int[] roiIndices) {
        checkRange(start, end);
        checkRoiIndices(roiIndices);
        if (!kinds.contains(kind)) {
            throw new IllegalArgumentException("no " + kind.key() + " traces");
        }
        double[] values = new double[(end - start) * roiIndices.length];
        for (int t = start; t < end; t++) {
            for (int j = 0; j < roiIndices.length; j++) {
                values[(t - start) * roiIndices.length + j] = expectedTrace(kind, t, roiIndices[j]);
            }
        }
        return new TraceBlock(end - start, roiIndices.length, values);
    }

    @Override
    public List<RoiProperty> getProperties() {
        List<Object> accepted = new ArrayList<>();
        List<Object> snr = new ArrayList<>();
        for (int i = 0; i < rois; i++) {
            accepted.add(i % 3 != 2);
            snr.add(1.5 * i);
        }
        return List.of(new RoiProperty("is_accepted", "accepted by the synthetic classifier", accepted),
                new RoiProperty("snr", "signal-to-noise ratio", snr));
    }

    @Override
    public List<String> getImageNames() {
        return List.of("mean", "correlation");
    }

    /** mean = r·cols + c; correlation = the same / 1000. */
    @Override
    public float[] getImage(String name) {
        if (!getImageNames().contains(name)) {
            return super.getImage(name);
        }
        float[] image = new float[rows * cols];
        for (int i = 0; i < image.length; i++) {
            image[i] = name.equals("mean") ? i : i / 1000f;
        }
        return image;
    }

    @Override
    public List<Object> getBackgroundIds() {
        return background ? List.of("background0") : List.of();
    }

    @Override
    public PixelMask getBackgroundMask(int index) {
        float[] flat = new float[rows * cols];
        java.util.Arrays.fill(flat, 0.5f);
        return PixelMask.fromImage(flat, cols);
    }

    /** Background trace value at sample t: −1 − t. */
    @Override
    public TraceBlock readBackgroundTraces(int start, int end, int[] indices) {
        checkRange(start, end);
        double[] values = new double[(end - start) * indices.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = -1 - (start + i / indices.length);
        }
        return new TraceBlock(end - start, indices.length, values);
    }
}
