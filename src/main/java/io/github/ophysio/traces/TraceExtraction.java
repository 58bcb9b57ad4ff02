package io.github.ophysio.traces;

import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.stream.RecordingPass;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Traces of any ROIs over a recording: one {@link RecordingPass} over the planes that hold ROIs gives
 * every ROI's weighted mean {@code Σ w·x / Σ w} (and its neuropil ring's mean) per sample; dF/F follows
 * from the stored traces. Whatever fails or is cancelled, the files made so far are dropped before the
 * exception leaves: nothing half-made is returned.
 */
public final class TraceExtraction {

    private final ImagingExtractor recording;
    private final List<RoiFootprint> rois;
    private final TraceOptions options;
    private DoubleConsumer progress = f -> { };
    private BooleanSupplier cancelled = () -> false;
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean exact;

    private TraceExtraction(ImagingExtractor recording, List<RoiFootprint> rois, TraceOptions options) {
        this.recording = recording;
        this.rois = List.copyOf(rois);
        this.options = options;
    }

    public static TraceExtraction of(ImagingExtractor recording, List<RoiFootprint> rois, TraceOptions options) {
        for (RoiFootprint roi : rois) {
            if (roi.plane() >= recording.getNumPlanes()) {
                throw new IllegalArgumentException("ROI " + roi.name() + " is on plane " + roi.plane()
                        + " but the recording has " + recording.getNumPlanes() + " plane(s)");
            }
        }
        return new TraceExtraction(recording, rois, options);
    }

    /** Told the fraction done, on the calling thread. */
    public TraceExtraction progress(DoubleConsumer fractionDone) {
        this.progress = fractionDone;
        return this;
    }

    public TraceExtraction cancelledWhen(BooleanSupplier isCancelled) {
        this.cancelled = isCancelled;
        return this;
    }

    public TraceExtraction threads(int count) {
        this.threads = count;
        return this;
    }

    /** Keeps the traces as float64 (the command line's output) instead of float32 (half the space). */
    public TraceExtraction exact(boolean doubles) {
        this.exact = doubles;
        return this;
    }

    /** Runs the pass (and dF/F): the traces, or an exception with no file left behind. */
    public ExtractedTraces run() {
        int halfWidth = options.dff() ? baselineHalfWidth() : 0;
        ExtractionPlan plan = ExtractionPlan.of(recording.getSampleShape(), rois, options);
        Map<TraceKind, TraceFile> files = new LinkedHashMap<>();
        try {
            files.put(TraceKind.RAW, TraceFile.create(recording.getNumSamples(), rois.size(), exact));
            if (options.ring()) {
                files.put(TraceKind.NEUROPIL, TraceFile.create(recording.getNumSamples(), rois.size(), exact));
            }
            pass(plan, files);
            if (options.dff()) {
                files.put(TraceKind.DFF, TraceFile.create(recording.getNumSamples(), rois.size(), exact));
                new DffStage(files.get(TraceKind.RAW), files.get(TraceKind.NEUROPIL), options.neuropilFactor(),
                        files.get(TraceKind.DFF), halfWidth, options.percentile())
                        .run(threads, f -> progress.accept(0.9 + 0.1 * f), cancelled);
            }
            progress.accept(1.0);
            return new ExtractedTraces(recording, rois, files);
        } catch (RuntimeException | Error e) {
            files.values().forEach(TraceFile::close);
            throw e;
        }
    }

    private void pass(ExtractionPlan plan, Map<TraceKind, TraceFile> files) {
        if (plan.planes.isEmpty()) {
            return;
        }
        double share = options.dff() ? 0.9 : 1.0;
        RecordingPass.over(recording).planes(plan.planeList()).threads(threads)
                .progress(f -> progress.accept(share * f)).cancelledWhen(cancelled)
                .run(block -> new SampleSums(plan, files.get(TraceKind.RAW), files.get(TraceKind.NEUROPIL)));
    }

    /** h of the baseline window [t − h, t + h]: ⌊window · fs / 2⌋ samples. */
    private int baselineHalfWidth() {
        double fs = recording.getSamplingFrequency().orElseThrow(() -> new IllegalArgumentException(
                "dF/F needs the recording's sampling rate (the baseline window is in seconds), and none is known"));
        return (int) Math.min(recording.getNumSamples(), Math.floor(options.windowSeconds() * fs / 2));
    }
}
