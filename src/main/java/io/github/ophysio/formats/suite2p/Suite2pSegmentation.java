package io.github.ophysio.formats.suite2p;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.model.MaskKind;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.RoiProperty;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One plane folder, one channel. Opening decodes ops and stat and checks every trace file's shape
 * against stat (N rows) and the others (T samples); trace values are read only when asked for.
 */
final class Suite2pSegmentation extends SegmentationExtractor {

    private final int[] frame;
    private final OptionalDouble fs;
    private final int samples;
    private final List<Object> ids;
    private final List<PixelMask> masks;
    private final List<RoiProperty> properties;
    private final Map<TraceKind, TraceMatrix> traces;
    private final Suite2pImages images;
    private final Map<String, Object> metadata;

    private Suite2pSegmentation(Suite2pOps ops, Path planeDir, String channel, OptionalDouble fsOption) {
        frame = new int[] {ops.positiveInt("Ly"), ops.positiveInt("Lx")};
        fs = fsOption.isPresent() ? fsOption : ops.samplingFrequency();
        List<Map<String, Object>> rois = Suite2pRois.read(planeDir);
        ids = new ArrayList<>();
        for (int i = 0; i < rois.size(); i++) {
            ids.add(i);
        }
        masks = Suite2pRois.masks(planeDir.resolve(Suite2pFolder.STAT), rois, frame[0], frame[1]);
        properties = Suite2pProperties.read(planeDir, rois);
        traces = openTraces(planeDir, channel, rois.size());
        samples = traces.isEmpty() ? nframes(ops) : traces.values().iterator().next().samples();
        images = new Suite2pImages(ops, frame[0], frame[1], channel);
        metadata = metadata(ops, planeDir, channel);
    }

    /** Opens {@code channel} of the plane folder {@code planeDir}; {@code fs} (when given) replaces ops' rate. */
    static Suite2pSegmentation open(Path planeDir, String channel, OptionalDouble fs) {
        return new Suite2pSegmentation(Suite2pOps.load(planeDir), planeDir, channel, fs);
    }

    private static Map<TraceKind, TraceMatrix> openTraces(Path planeDir, String channel, int rois) {
        Map<TraceKind, TraceMatrix> opened = new LinkedHashMap<>();
        TraceMatrix first = null;
        for (Map.Entry<TraceKind, String> entry : Suite2pChannels.traceFiles(channel).entrySet()) {
            Path file = planeDir.resolve(entry.getValue());
            if (Files.isRegularFile(file)) {
                TraceMatrix matrix = TraceMatrix.open(file);
                check(matrix, rois, first);
                first = first == null ? matrix : first;
                opened.put(entry.getKey(), matrix);
            }
        }
        return opened;
    }

    private static void check(TraceMatrix matrix, int rois, TraceMatrix first) {
        if (matrix.rois() != rois) {
            throw CorruptFileException.expected(matrix.path(), "shape (" + matrix.rois() + ", " + matrix.samples() + ")",
                    rois + " ROIs (one row per stat.npy entry)", matrix.rois());
        }
        if (first != null && matrix.samples() != first.samples()) {
            throw CorruptFileException.expected(matrix.path(), "samples", first.samples() + " as in "
                    + first.path().getFileName(), matrix.samples());
        }
    }

    private static int nframes(Suite2pOps ops) {
        return ops.get("nframes") instanceof Number n ? n.intValue() : 0;
    }

    private static Map<String, Object> metadata(Suite2pOps ops, Path planeDir, String channel) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("plane", planeDir.getFileName().toString());
        metadata.put("channel", channel);
        metadata.put("opsFile", ops.file().getFileName().toString());
        metadata.putAll(ops.metadata());
        return Collections.unmodifiableMap(metadata);
    }

    @Override
    public List<Object> getRoiIds() {
        return Collections.unmodifiableList(ids);
    }

    @Override
    public int[] getFrameShape() {
        return frame.clone();
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
        return masks.get(roiIndex);
    }

    /** Suite2p's ROI is its pixels ({@code ypix}, {@code xpix}); {@code lam} weighs them for extraction. */
    @Override
    public MaskKind getMaskKind() {
        return MaskKind.PIXEL_SET;
    }

    @Override
    public Set<TraceKind> getTraceKinds() {
        return Collections.unmodifiableSet(traces.keySet());
    }

    @Override
    public TraceBlock readTraces(TraceKind kind, int start, int end, int[] roiIndices) {
        checkRange(start, end);
        checkRoiIndices(roiIndices);
        TraceMatrix matrix = traces.get(kind);
        if (matrix == null) {
            throw new IllegalArgumentException("no " + kind.key() + " traces (kinds: " + traces.keySet() + ")");
        }
        double[] values = new double[(end - start) * roiIndices.length];
        matrix.read(start, end, roiIndices, values);
        return new TraceBlock(end - start, roiIndices.length, values);
    }

    @Override
    public List<RoiProperty> getProperties() {
        return properties;
    }

    @Override
    public List<String> getImageNames() {
        List<String> names = new ArrayList<>();
        images.names().forEach(names::add);
        return names;
    }

    @Override
    public float[] getImage(String name) {
        if (!images.has(name)) {
            return super.getImage(name);
        }
        return images.image(name);
    }

    @Override
    public Map<String, Object> getMetadata() {
        return metadata;
    }
}
