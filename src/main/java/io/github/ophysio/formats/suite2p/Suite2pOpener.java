package io.github.ophysio.formats.suite2p;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.MaskKind;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.StoredSegmentation;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.model.TraceSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Opens a Suite2p folder: the planes {@code plane=} picks, one channel, each plane folder as one
 * segmentation. Opening a plane decodes ops and stat and checks every trace file's shape against stat
 * (N rows) and the others (T samples); trace values are read only when asked for.
 */
final class Suite2pOpener {

    private Suite2pOpener() {
    }

    /** The channels of the first picked plane. */
    static List<String> channelNames(Path path, OpenOptions options) {
        Suite2pFolder folder = Suite2pFolder.locate(path);
        return Suite2pChannels.names(folder.planes().get(folder.select(options).get(0)));
    }

    /** One plane as it is, several (or {@code plane=all}) combined with ids "plane/id". */
    static SegmentationExtractor openSegmentation(Path path, OpenOptions options) {
        Suite2pFolder folder = Suite2pFolder.locate(path);
        List<String> planes = folder.select(options);
        String channel = Suite2pChannels.pick(path, channelNames(path, options), options);
        Map<String, SegmentationExtractor> opened = new LinkedHashMap<>();
        for (String plane : planes) {
            opened.put(plane, plane(folder.planes().get(plane), channel, options.samplingFrequency()));
        }
        // plane=all is always "plane/id" ids with a plane property, however many planes there are
        return opened.size() == 1 && !Suite2pFolder.all(options) ? opened.values().iterator().next()
                : SegmentationExtractor.combinePlanes(opened);
    }

    /** The registered movie of the picked plane (default the first) and channel. */
    static ImagingExtractor openImaging(Path path, OpenOptions options) {
        Suite2pFolder folder = Suite2pFolder.locate(path);
        String plane = folder.select(options).get(0);
        String channel = Suite2pChannels.pick(path, channelNames(path, options), options);
        return Suite2pMovie.open(folder.planes().get(plane), channel, options.samplingFrequency());
    }

    /** {@code channel} of the plane folder {@code planeDir}; {@code fsOption} (when given) replaces ops' rate. */
    static StoredSegmentation plane(Path planeDir, String channel, OptionalDouble fsOption) {
        Suite2pOps ops = Suite2pOps.load(planeDir);
        int[] frame = {ops.positiveInt("Ly"), ops.positiveInt("Lx")};
        List<Map<String, Object>> rois = Suite2pRois.read(planeDir);
        List<PixelMask> masks = Suite2pRois.masks(planeDir.resolve(Suite2pFolder.STAT), rois, frame[0], frame[1]);
        Map<TraceKind, TraceMatrix> traces = openTraces(planeDir, channel, rois.size());
        int samples = traces.isEmpty() ? nframes(ops) : traces.values().iterator().next().samples();
        Suite2pImages images = new Suite2pImages(ops, frame[0], frame[1], channel);
        List<String> imageNames = new ArrayList<>();
        images.names().forEach(imageNames::add);
        return StoredSegmentation.builder(planeDir).frame(frame).masks(masks).samples(samples)
                .samplingFrequency(fsOption.isPresent() ? fsOption : ops.samplingFrequency())
                .traces(TraceSource.of(traces.keySet(), (kind, start, end, picked) -> read(traces.get(kind), start, end,
                        picked)))
                .properties(Suite2pProperties.read(planeDir, rois)).images(imageNames, images::image)
                .metadata(metadata(ops, planeDir, channel))
                // Suite2p's ROI is its pixels (ypix, xpix); lam weighs them for extraction
                .maskKind(MaskKind.PIXEL_SET).build();
    }

    private static TraceBlock read(TraceMatrix matrix, int start, int end, int[] roiIndices) {
        double[] values = new double[(end - start) * roiIndices.length];
        matrix.read(start, end, roiIndices, values);
        return new TraceBlock(end - start, roiIndices.length, values);
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
        return metadata;
    }
}
