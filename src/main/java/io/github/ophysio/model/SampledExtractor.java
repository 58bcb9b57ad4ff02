package io.github.ophysio.model;

import java.util.OptionalDouble;

/**
 * What recordings and segmentations share: samples in time and one time-base rule, written once —
 * user-set times ({@link #setTimes}), else the file's native times, else i / fs.
 */
public abstract class SampledExtractor {

    private volatile double[] userTimes;

    /** Number of samples (frames, volumes, or trace samples). */
    public abstract int getNumSamples();

    /** Samples per second, absent when neither the file nor the user states it. */
    public abstract OptionalDouble getSamplingFrequency();

    /** Per-sample times the file stores for samples [start, end), in seconds; null when it stores none. */
    public double[] getNativeTimestamps(int start, int end) {
        return null;
    }

    /** Whether the file stores per-sample times. */
    public boolean hasNativeTimestamps() {
        return getNumSamples() > 0 && getNativeTimestamps(0, 1) != null;
    }

    /** Whether a time vector is known: set by the user or stored in the file (roiextractors' {@code has_time_vector}). */
    public boolean hasTimeVector() {
        return userTimes != null || hasNativeTimestamps();
    }

    /** Replaces the time base with one time per sample, in seconds. */
    public void setTimes(double[] times) {
        if (times.length != getNumSamples()) {
            throw new IllegalArgumentException("times has " + times.length + " values for " + getNumSamples() + " samples");
        }
        userTimes = times.clone();
    }

    /** Times of samples [start, end): user-set, else native, else i / fs; null when none of these is known. */
    public double[] getTimestamps(int start, int end) {
        checkRange(start, end);
        return Timestamps.of(this, userTimes, start, end);
    }

    public double[] getTimestamps() {
        return getTimestamps(0, getNumSamples());
    }

    /** The last sample whose time is at or before {@code time} (clamped to the recording). */
    public int timeToSampleIndex(double time) {
        return Timestamps.sampleAt(this, userTimes, time);
    }

    protected final void checkSample(int sample) {
        if (sample < 0 || sample >= getNumSamples()) {
            throw new IndexOutOfBoundsException("sample " + sample + " outside [0, " + getNumSamples() + ")");
        }
    }

    protected final void checkRange(int start, int end) {
        if (start < 0 || end > getNumSamples() || start > end) {
            throw new IndexOutOfBoundsException("samples [" + start + ", " + end + ") outside [0, " + getNumSamples() + ")");
        }
    }
}
