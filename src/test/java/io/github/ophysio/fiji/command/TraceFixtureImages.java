package io.github.ophysio.fiji.command;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.MaskKind;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.RoiProperty;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.StoredSegmentation;
import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ShortProcessor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The fixtures of scripts/fixtures/make_trace_fixtures.py as ImageJ sees them: the recording as a 16-bit
 * hyperstack (2 slices, 41 frames, 0.1 s apart) and the footprints as a weighted segmentation (property
 * {@code plane}), with the numpy reference traces.
 */
public final class TraceFixtureImages {

    public static final Path DIR = Path.of("src", "test", "resources", "fixtures", "traces");
    public static final int[] PLANES = {0, 0, 0, 0, 0, 0, 1, 1, 1};

    private TraceFixtureImages() {
    }

    private static ImagingExtractor open(String name, Map<String, String> options) {
        return FormatRegistry.load().openImaging(DIR.resolve(name), OpenOptions.of(options));
    }

    /** recording.npy (t, y, x, z) as a hyperstack of 1 channel, 2 slices, 41 frames. */
    public static ImagePlus hyperstack() {
        ImagingExtractor movie = open("recording.npy", Map.of(OpenOptions.FS, "10",
                OpenOptions.FOURTH_AXIS, OpenOptions.FOURTH_AXIS_PLANES));
        int rows = movie.getSampleShape().rows();
        int cols = movie.getSampleShape().cols();
        ImageStack stack = new ImageStack(cols, rows);
        for (int t = 0; t < movie.getNumSamples(); t++) {
            for (int z = 0; z < movie.getNumPlanes(); z++) {
                short[] plane = new short[rows * cols];
                movie.readPlane(t, z, plane);
                stack.addSlice(new ShortProcessor(cols, rows, plane, null));
            }
        }
        ImagePlus image = new ImagePlus("traces fixture", stack);
        image.setDimensions(1, movie.getNumPlanes(), movie.getNumSamples());
        image.setOpenAsHyperStack(true);
        image.getCalibration().frameInterval = 0.1;
        image.getCalibration().setTimeUnit("s");
        return image;
    }

    /** footprints.npy as a weighted segmentation: ids 0 … 8, property plane. */
    public static SegmentationExtractor footprints() {
        ImagingExtractor weights = open("footprints.npy", Map.of());
        int rows = weights.getSampleShape().rows();
        int cols = weights.getSampleShape().cols();
        List<PixelMask> masks = new ArrayList<>();
        List<Object> ids = new ArrayList<>();
        List<Object> planes = new ArrayList<>();
        for (int k = 0; k < weights.getNumSamples(); k++) {
            float[] image = new float[rows * cols];
            weights.readPlane(k, 0, image);
            masks.add(PixelMask.fromImage(image, cols));
            ids.add(Integer.toString(k));
            planes.add(Integer.toString(PLANES[k]));
        }
        return StoredSegmentation.builder("footprints.npy").ids(ids).frame(new int[] {rows, cols})
                .samples(41).samplingFrequency(OptionalDouble.of(10)).masks(masks).maskKind(MaskKind.WEIGHTED)
                .properties(List.of(new RoiProperty("plane", "the plane of each ROI", planes))).build();
    }

    /** expected_{name}.npy (float64, (t, roi)): value at [t][roi]. */
    public static double[][] expected(String name) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(DIR.resolve("expected_" + name + ".npy")))
                .order(ByteOrder.LITTLE_ENDIAN);
        int start = 10 + (bytes.getShort(8) & 0xffff);
        int rois = PLANES.length;
        int samples = (bytes.capacity() - start) / 8 / rois;
        double[][] out = new double[samples][rois];
        for (int t = 0; t < samples; t++) {
            for (int k = 0; k < rois; k++) {
                out[t][k] = bytes.getDouble(start + 8 * (t * rois + k));
            }
        }
        return out;
    }
}
