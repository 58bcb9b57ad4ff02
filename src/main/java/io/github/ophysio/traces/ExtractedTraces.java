package io.github.ophysio.traces;

import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.MaskKind;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.StoredSegmentation;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.model.TraceSource;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The traces of one extraction, per kind (raw, neuropil, dff) in a {@link TraceFile} off the heap, read
 * lazily. {@link #asSegmentation} makes them a segmentation on the recording's time base, so the
 * trace tables, plots and writers made for loaded segmentations take them as they are. Closing drops
 * the files.
 */
public final class ExtractedTraces implements AutoCloseable {

    private final ImagingExtractor recording;
    private final List<RoiFootprint> rois;
    private final Map<TraceKind, TraceFile> files;

    ExtractedTraces(ImagingExtractor recording, List<RoiFootprint> rois, Map<TraceKind, TraceFile> files) {
        this.recording = recording;
        this.rois = List.copyOf(rois);
        this.files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    public List<TraceKind> kinds() {
        return List.copyOf(files.keySet());
    }

    public int samples() {
        return recording.getNumSamples();
    }

    public int rois() {
        return rois.size();
    }

    /** The ROI names, made unique: a repeated name gets {@code -2}, {@code -3}, … */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (RoiFootprint roi : rois) {
            String name = roi.name();
            for (int k = 2; names.contains(name); k++) {
                name = roi.name() + "-" + k;
            }
            names.add(name);
        }
        return names;
    }

    /** Samples [start, end) of the given ROIs, shaped (samples, ROIs). */
    public TraceBlock read(TraceKind kind, int start, int end, int[] columns) {
        TraceFile file = files.get(kind);
        if (file == null) {
            throw new IllegalArgumentException("no " + kind.key() + " traces were extracted");
        }
        double[] values = new double[(end - start) * columns.length];
        for (int t = start; t < end; t++) {
            for (int j = 0; j < columns.length; j++) {
                values[(t - start) * columns.length + j] = file.get(t, columns[j]);
            }
        }
        return new TraceBlock(end - start, columns.length, values);
    }

    /**
     * Every {@code kind} trace as little-endian float64, C order (samples, ROIs): the data of a {@code .npy}, copied
     * from the file as it is when the extraction was {@link TraceExtraction#exact exact}.
     */
    public void writeDoubles(TraceKind kind, OutputStream out) throws IOException {
        TraceFile file = files.get(kind);
        if (file == null) {
            throw new IllegalArgumentException("no " + kind.key() + " traces were extracted");
        }
        file.writeDoubles(out);
    }

    public TraceSource source() {
        return TraceSource.of(files.keySet(), this::read);
    }

    /** The traces as a segmentation named {@code source}: ROI ids are the names, masks the footprints. */
    public SegmentationExtractor asSegmentation(String source) {
        List<PixelMask> masks = rois.stream().map(RoiFootprint::mask).toList();
        int[] shape = recording.getImageShape();
        return StoredSegmentation.builder(source).ids(new ArrayList<>(names())).frame(new int[] {shape[0], shape[1]})
                .samples(samples()).samplingFrequency(recording.getSamplingFrequency())
                .nativeTimes(recording.hasTimeVector() ? recording.getTimestamps() : null).masks(masks)
                .maskKind(MaskKind.WEIGHTED).traces(source()).build();
    }

    @Override
    public void close() {
        files.values().forEach(TraceFile::close);
    }
}
