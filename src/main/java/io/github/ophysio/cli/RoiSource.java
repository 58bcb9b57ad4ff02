package io.github.ophysio.cli;

import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.fiji.roi.RoiSetFile;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.NpyHeader;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.PlaneValues;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.traces.RoiFootprint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ROIs of {@code traces … --rois SOURCE}, in SOURCE's order: an ImageJ {@code RoiSet.zip} / {@code .roi}
 * (binary masks as Measure draws them), a footprint {@code .npy} (N, rows, cols) of weights of any numeric
 * dtype (0 is outside), or any segmentation the readers open (its weighted footprints, in roiIds order).
 * Footprints drawn on another frame size than the recording's are refused, naming both.
 */
final class RoiSource {

    private RoiSource() {
    }

    static List<RoiFootprint> read(FormatRegistry registry, Path source, int rows, int cols) {
        if (!Files.exists(source)) {
            throw new MissingFileException(source, "no such file or folder (the --rois SOURCE)");
        }
        if (RoiSetFile.handles(source)) {
            return RoiSetFile.footprints(source, rows, cols);
        }
        if (isFootprintArray(source)) {
            return fromNpy(registry, source, rows, cols);
        }
        return fromSegmentation(registry.openSegmentation(source, OpenOptions.of(Map.of())), source, rows, cols);
    }

    /** A {@code .npy} file holding numbers (an object array is a pipeline's pickle, e.g. Suite2p's stat.npy). */
    private static boolean isFootprintArray(Path source) {
        return Files.isRegularFile(source) && source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy")
                && !NpyHeader.read(source).descr().contains("O");
    }

    private static List<RoiFootprint> fromNpy(FormatRegistry registry, Path source, int rows, int cols) {
        NpyHeader header = NpyHeader.read(source);
        long[] shape = header.shape();
        if (shape.length != 3) {
            throw new UnsupportedFormatException(source, "footprints are an array (N, rows, cols); this one is "
                    + header.shapeText());
        }
        checkFrame(source, shape[1], shape[2], rows, cols);
        List<RoiFootprint> out = new ArrayList<>();
        if (shape[0] == 0) {
            return out;
        }
        ImagingExtractor weights = registry.byId("npy").openImaging(source, OpenOptions.of(Map.of()));
        float[] image = new float[rows * cols];
        for (int k = 0; k < shape[0]; k++) {
            Object plane = weights.getPlane(k, 0);
            for (int i = 0; i < image.length; i++) {
                image[i] = (float) PlaneValues.get(weights.getPixelType(), plane, i);
            }
            out.add(new RoiFootprint(Integer.toString(k), 0, PixelMask.fromImage(image, cols)));
        }
        return out;
    }

    private static List<RoiFootprint> fromSegmentation(SegmentationExtractor segmentation, Path source, int rows,
            int cols) {
        int[] frame = segmentation.getFrameShape();
        checkFrame(source, frame[0], frame[1], rows, cols);
        List<RoiFootprint> out = new ArrayList<>();
        List<Object> ids = segmentation.getRoiIds();
        for (int k = 0; k < ids.size(); k++) {
            out.add(new RoiFootprint(String.valueOf(ids.get(k)), 0, segmentation.getPixelMask(k)));
        }
        return out;
    }

    private static void checkFrame(Path source, long sourceRows, long sourceCols, int rows, int cols) {
        if (sourceRows != rows || sourceCols != cols) {
            throw new IllegalArgumentException(source + ": the ROIs are drawn on a " + sourceRows + " × " + sourceCols
                    + " frame (rows × cols) but the recording's frame is " + rows + " × " + cols);
        }
    }
}
