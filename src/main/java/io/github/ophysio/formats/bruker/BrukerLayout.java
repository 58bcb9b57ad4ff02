package io.github.ophysio.formats.bruker;

import io.github.ophysio.error.UnsupportedFormatException;
import java.util.OptionalDouble;

/**
 * How the frames of a {@link BrukerScan} make samples: planar, every frame a sample; a Z-series per
 * cycle, every cycle a volume whose frames are its planes (an incomplete last cycle is dropped); with
 * {@code plane=N} on a volume, plane N of every cycle as a planar series at the volume rate.
 *
 * @param samples   the number of samples
 * @param planes    planes per sample (1 when planar or one plane picked)
 * @param firstPlane the plane picked with {@code plane=}, else 0
 * @param volumetric whether the scan is a volume (before any plane is picked)
 * @param dropped   frames of an incomplete last cycle left out
 */
record BrukerLayout(BrukerScan scan, int samples, int planes, int firstPlane, boolean volumetric, int dropped) {

    /** The layout of {@code scan}, with plane {@code plane} picked when not negative. */
    static BrukerLayout of(BrukerScan scan, int plane) {
        if (!scan.volumetric()) {
            if (plane > 0) {
                throw new IllegalArgumentException(scan.xml() + ": no plane '" + plane + "' (a planar T-series has"
                        + " plane 0 only)");
            }
            return new BrukerLayout(scan, scan.frames(), 1, 0, false, 0);
        }
        int planes = scan.framesInCycle(0);
        int complete = completeCycles(scan, planes);
        int dropped = scan.frames() - complete * planes;
        if (plane >= planes) {
            throw new IllegalArgumentException(scan.xml() + ": no plane '" + plane + "' (planes: 0.." + (planes - 1) + ")");
        }
        return plane < 0 ? new BrukerLayout(scan, complete, planes, 0, true, dropped)
                : new BrukerLayout(scan, complete, 1, plane, true, dropped);
    }

    /** Cycles with {@code planes} frames; only the last may have fewer (an acquisition stopped early). */
    private static int completeCycles(BrukerScan scan, int planes) {
        int cycles = scan.cycles();
        for (int c = 0; c < cycles; c++) {
            int frames = scan.framesInCycle(c);
            boolean lastShort = c == cycles - 1 && frames < planes;
            if (frames != planes && !lastShort) {
                throw new UnsupportedFormatException(scan.xml(), "Z-series cycles of different depth: cycle 1 has "
                        + planes + " frames, cycle " + (c + 1) + " has " + frames);
            }
            if (lastShort) {
                return cycles - 1;
            }
        }
        return cycles;
    }

    /** The frame holding plane {@code plane} of sample {@code sample}. */
    int frame(int sample, int plane) {
        return volumetric ? scan.cycleStarts()[sample] + firstPlane + plane : sample;
    }

    /**
     * One time per sample: each frame's {@code relativeTime} (planar), each cycle's first frame's
     * (volume), plane N's own frames' with a plane picked.
     */
    double[] timestamps() {
        double[] times = new double[samples];
        for (int s = 0; s < samples; s++) {
            times[s] = scan.times()[frame(s, 0)];
        }
        return times;
    }

    /** 1 / the interval between the first two samples (of cycles' first frames for a volume); none for one sample. */
    OptionalDouble samplingFrequency() {
        if (samples < 2) {
            return OptionalDouble.empty();
        }
        double[] times = scan.times();
        int first = volumetric ? scan.cycleStarts()[0] : 0;
        int second = volumetric ? scan.cycleStarts()[1] : 1;
        double interval = times[second] - times[first];
        return interval > 0 ? OptionalDouble.of(1 / interval) : OptionalDouble.empty();
    }
}
