package io.github.ophysio.traces;

import io.github.ophysio.model.PixelMask;

/** One ROI to measure: its name (the trace's column), the plane it lies on, and its weighted pixels. */
public record RoiFootprint(String name, int plane, PixelMask mask) {

    public RoiFootprint {
        if (plane < 0) {
            throw new IllegalArgumentException("ROI " + name + ": plane " + plane + " is negative");
        }
    }
}
