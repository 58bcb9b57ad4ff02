/**
 * Traces of any ROIs computed from a recording in one {@link io.github.ophysio.stream.RecordingPass}:
 * a sparse pixel→ROI index ({@link io.github.ophysio.traces.PixelIndex}) gives every ROI's weighted
 * mean {@code Σ w·x / Σ w} per sample whatever the number of ROIs; suite2p's neuropil annulus
 * ({@link io.github.ophysio.traces.NeuropilRings}) and a sliding-percentile dF/F
 * ({@link io.github.ophysio.traces.SlidingPercentile}) are optional. Results live off the heap in
 * temporary memory-mapped float files ({@link io.github.ophysio.traces.TraceFile}) and are read back
 * lazily as a {@link io.github.ophysio.model.TraceSource}. Nothing of ImageJ here.
 */
package io.github.ophysio.traces;
