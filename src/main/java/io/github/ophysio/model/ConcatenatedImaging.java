package io.github.ophysio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Several recordings played one after another (roiextractors' {@code MultiImagingExtractor}).
 * They must agree on sample shape and pixel type; lengths may differ.
 */
final class ConcatenatedImaging extends ImagingExtractor {

    private final List<ImagingExtractor> parts;
    private final int[] starts;

    ConcatenatedImaging(List<? extends ImagingExtractor> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("concatenate at least one recording");
        }
        this.parts = List.copyOf(parts);
        this.starts = new int[parts.size() + 1];
        for (int i = 0; i < parts.size(); i++) {
            requireCompatible(parts.get(0), parts.get(i), i);
            starts[i + 1] = Math.addExact(starts[i], parts.get(i).getNumSamples());
        }
    }

    private static void requireCompatible(ImagingExtractor first, ImagingExtractor part, int index) {
        if (!first.getSampleShape().equals(part.getSampleShape()) || first.getPixelType() != part.getPixelType()) {
            throw new IllegalArgumentException("recording " + index + " is " + part.getPixelType().numpyName() + " "
                    + part.getSampleShape() + ", the first is " + first.getPixelType().numpyName() + " "
                    + first.getSampleShape());
        }
    }

    @Override
    public int getNumSamples() {
        return starts[parts.size()];
    }

    @Override
    public SampleShape getSampleShape() {
        return parts.get(0).getSampleShape();
    }

    @Override
    public PixelType getPixelType() {
        return parts.get(0).getPixelType();
    }

    /** The common rate when every part has the same one, absent otherwise. */
    @Override
    public OptionalDouble getSamplingFrequency() {
        OptionalDouble first = parts.get(0).getSamplingFrequency();
        boolean same = parts.stream().allMatch(p -> p.getSamplingFrequency().equals(first));
        return same ? first : OptionalDouble.empty();
    }

    @Override
    public void readPlane(int sample, int plane, Object dest) {
        checkSample(sample);
        int part = partOf(sample);
        parts.get(part).readPlane(sample - starts[part], plane, dest);
    }

    /** When any part has a time vector, each part's own times (vector or i/fs) are joined. */
    @Override
    public double[] getNativeTimestamps(int start, int end) {
        if (parts.stream().noneMatch(ImagingExtractor::hasTimeVector)) {
            return null;
        }
        List<double[]> pieces = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            int from = Math.max(start, starts[i]);
            int to = Math.min(end, starts[i + 1]);
            if (from < to) {
                pieces.add(parts.get(i).getTimestamps(from - starts[i], to - starts[i]));
            }
        }
        return pieces.contains(null) ? null : join(pieces, end - start);
    }

    private static double[] join(List<double[]> pieces, int length) {
        double[] all = new double[length];
        int at = 0;
        for (double[] piece : pieces) {
            System.arraycopy(piece, 0, all, at, piece.length);
            at += piece.length;
        }
        return all;
    }

    private int partOf(int sample) {
        int part = 0;
        while (sample >= starts[part + 1]) {
            part++;
        }
        return part;
    }

    @Override
    public Map<String, Object> getMetadata() {
        return parts.get(0).getMetadata();
    }

    @Override
    public double[] getPixelSize() {
        return parts.get(0).getPixelSize();
    }

    @Override
    public String getChannelName() {
        return parts.get(0).getChannelName();
    }
}
