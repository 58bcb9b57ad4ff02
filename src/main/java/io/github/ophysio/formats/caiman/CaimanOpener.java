package io.github.ophysio.formats.caiman;

import io.github.ophysio.io.hdf5.Hdf5Flat;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.RoiProperty;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.StoredSegmentation;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.model.TraceSource;
import io.jhdf.api.Dataset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** Reads what a {@code cnm.save()} file holds besides its traces, checks it, and builds the segmentation. */
final class CaimanOpener {

    static final String A = "estimates/A";
    static final String B = "estimates/b";
    static final String CN = "estimates/Cn";

    private CaimanOpener() {
    }

    static SegmentationExtractor open(Path path, OpenOptions options) {
        OptionalDouble userFs = options.samplingFrequency();
        return CaimanHdf5.read(path, h5 -> read(h5, userFs));
    }

    /**
     * Footprints, background, properties and images are read now (small); traces per request. ROI ids
     * are CaImAn's component indices 0 … K-1 (what {@code idx_components} lists).
     */
    private static StoredSegmentation read(CaimanHdf5 h5, OptionalDouble userFs) {
        CaimanParams params = CaimanParams.read(h5);
        int[] frame = {params.d1(), params.d2()};
        List<PixelMask> masks = footprints(h5, frame);
        List<PixelMask> background = background(h5, frame);
        CaimanTraces traces = CaimanTraces.of(h5, masks.size(), background.size());
        List<RoiProperty> properties = CaimanProperties.read(h5, masks.size());
        Map<String, Object> metadata = new LinkedHashMap<>(params.metadata());
        metadata.put("numBackground", background.size());
        OptionalDouble fs = userFs.isPresent() ? userFs : params.frameRate();
        TraceSource backgroundTraces = traces.has(TraceKind.BACKGROUND)
                ? TraceSource.of(Set.of(TraceKind.BACKGROUND), traces::read) : null;
        return StoredSegmentation.builder(h5.path()).frame(frame).masks(masks).samples(traces.samples())
                .samplingFrequency(fs).traces(TraceSource.of(traces.roiKinds(), traces::read)).properties(properties)
                .images(images(h5, frame, background)).background(background, backgroundTraces).metadata(metadata)
                .build();
    }

    /** estimates/A: a CSC group whose row count must be the frame's d1 · d2 pixels. */
    private static List<PixelMask> footprints(CaimanHdf5 h5, int[] frame) {
        if (!h5.isGroup(A)) {
            throw new CorruptFileException(h5.path(), A + ": expected the spatial footprints (a CSC group with data,"
                    + " indices, indptr, shape), found " + (h5.node(A).isPresent() ? "a dataset or None" : "nothing"));
        }
        long[] shape = FootprintMatrix.cscShape(h5, A);
        long pixels = (long) frame[0] * frame[1];
        if (shape[0] != pixels) {
            throw CorruptFileException.expected(h5.path(), A + "/shape", "[" + pixels + ", K] (d1 x d2 = " + frame[0]
                    + " x " + frame[1] + " pixels)", "[" + shape[0] + ", " + shape[1] + "]");
        }
        return new FootprintMatrix(h5.path(), A, frame[0], frame[1]).fromCsc(h5);
    }

    /** estimates/b: dense (d, nb) or a CSC group; None or absent means no background components. */
    private static List<PixelMask> background(CaimanHdf5 h5, int[] frame) {
        FootprintMatrix b = new FootprintMatrix(h5.path(), B, frame[0], frame[1]);
        if (h5.isGroup(B)) {
            return b.fromCsc(h5);
        }
        return h5.dataset(B).map(b::fromDense).orElse(List.of());
    }

    /** correlation = Cn, stored (d1, d2) like the numpy array, so already rows × cols; mean = Σ b. */
    private static Map<String, float[]> images(CaimanHdf5 h5, int[] frame, List<PixelMask> background) {
        Map<String, float[]> images = new LinkedHashMap<>();
        h5.dataset(CN).ifPresent(cn -> images.put("correlation", correlation(h5, cn, frame)));
        if (!background.isEmpty()) {
            float[] mean = new float[frame[0] * frame[1]];
            background.forEach(mask -> add(mean, mask.toImage(frame[0], frame[1])));
            images.put("mean", mean);
        }
        return images;
    }

    private static float[] correlation(CaimanHdf5 h5, Dataset cn, int[] frame) {
        long[] shape = CaimanHdf5.shape(cn);
        if (shape.length != 2 || shape[0] != frame[0] || shape[1] != frame[1]) {
            throw CorruptFileException.expected(h5.path(), CN, "shape (" + frame[0] + ", " + frame[1] + ") like dims",
                    java.util.Arrays.toString(shape));
        }
        return Hdf5Flat.floats(h5.path(), CN, cn.getData());
    }

    private static void add(float[] sum, float[] image) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += image[i];
        }
    }
}
