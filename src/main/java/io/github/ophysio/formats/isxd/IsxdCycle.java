package io.github.ophysio.formats.isxd;

/**
 * Which time index a (sample, plane) of the exposed recording is. Time indices repeat in cycles
 * of {@code length}: the planes of a multiplane volume, or the green/red frames of a multiplexed
 * dual-colour movie. Of every cycle the exposed recording uses the time indices at
 * {@code positions}, {@code planes} per sample; a planar movie is the cycle (1, [0], 1).
 *
 * @param length    time indices per cycle
 * @param positions positions within the cycle used by this recording, sample-major then plane
 * @param planes    planes per sample
 */
record IsxdCycle(int length, int[] positions, int planes) {

    /** A planar movie: every time index is one sample. */
    static final IsxdCycle PLANAR = new IsxdCycle(1, new int[] {0}, 1);

    IsxdCycle {
        positions = positions.clone();
    }

    /** All planes of a volume of {@code planes} consecutive time indices. */
    static IsxdCycle volume(int planes) {
        int[] all = new int[planes];
        for (int p = 0; p < planes; p++) {
            all[p] = p;
        }
        return new IsxdCycle(planes, all, planes);
    }

    /** One plane of such a volume, as a planar recording. */
    static IsxdCycle plane(int planes, int plane) {
        return new IsxdCycle(planes, new int[] {plane}, 1);
    }

    int samplesPerCycle() {
        return positions.length / planes;
    }

    /** Samples in {@code numTimes} time indices: complete cycles only (a trailing partial volume is left out). */
    long samples(long numTimes) {
        return numTimes / length * samplesPerCycle();
    }

    /** Time indices after the last complete cycle. */
    long incompleteTrailing(long numTimes) {
        return numTimes % length;
    }

    /** The time index of plane {@code plane} of sample {@code sample}. */
    long timeIndex(long sample, int plane) {
        int perCycle = samplesPerCycle();
        return sample / perCycle * length + positions[(int) (sample % perCycle) * planes + plane];
    }

    /** Samples per second when time indices come at {@code frameRate}. */
    double sampleRate(double frameRate) {
        return frameRate * samplesPerCycle() / length;
    }
}
