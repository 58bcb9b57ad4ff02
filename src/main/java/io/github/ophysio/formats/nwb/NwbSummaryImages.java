package io.github.ophysio.formats.nwb;

import io.github.ophysio.io.hdf5.Hdf5Flat;
import io.github.ophysio.io.hdf5.Hdf5Attributes;
import io.github.ophysio.io.hdf5.Hdf5Nodes;
import io.github.ophysio.io.hdf5.Hdf5Types;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Summary images of a segmentation and the imaging plane's size: 2-D images in the module's
 * {@code Images} groups (neuroconv's SegmentationImages, suite2p's Backgrounds_*, CaImAn's
 * summary_images), stored (x, y) and read like series data; an imaging series on the same
 * ImagingPlane gives the plane's size first.
 */
final class NwbSummaryImages {

    private NwbSummaryImages() {
    }

    /** The plane's (rows, cols) from a series on the table's ImagingPlane, else from the first summary image. */
    static Optional<NwbFrame> planeSize(Path path, HdfFile file, NwbPlanes.Plane plane, boolean xIsRow) {
        Optional<String> imagingPlane = Hdf5Nodes.group(path, plane.table(), "imaging_plane").map(NwbSeries::pathOf);
        for (NwbSeries.Found series : NwbSeries.all(file)) {
            if (!series.still() && NwbSeries.IMAGING_TYPES.contains(series.type()) && imagingPlane.isPresent()
                    && imagingPlane.equals(Hdf5Nodes.group(path, series.group(), "imaging_plane").map(NwbSeries::pathOf))) {
                Optional<Dataset> data = Hdf5Nodes.dataset(path, series.group(), "data");
                long[] dims = data.map(Dataset::getDimensionsAsLong).orElse(new long[0]);
                if (dims.length >= 3 && dims[1] > 0 && dims[2] > 0) {
                    return Optional.of(NwbFrame.ofXy(dims[1], dims[2], xIsRow, series.path()));
                }
            }
        }
        return images(plane.module()).stream().findFirst()
                .map(d -> NwbFrame.ofXy(d.getDimensionsAsLong()[0], d.getDimensionsAsLong()[1], xIsRow, d.getPath()));
    }

    /**
     * The images of the frame's shape, by name (a name met twice becomes "group/name"), rows x cols
     * row-major; the paths of images of another shape go to {@code skipped}.
     */
    static Map<String, float[]> read(Path path, Group module, int[] frame, boolean xIsRow, List<String> skipped) {
        Map<String, float[]> images = new LinkedHashMap<>();
        for (Dataset image : images(module)) {
            long[] dims = image.getDimensionsAsLong();
            NwbFrame shape = NwbFrame.ofXy(dims[0], dims[1], xIsRow, image.getPath());
            if (shape.rows() != frame[0] || shape.cols() != frame[1]) {
                skipped.add(image.getPath());
                continue;
            }
            String name = images.containsKey(image.getName()) ? image.getParent().getName() + "/" + image.getName()
                    : image.getName();
            images.put(name, oriented(Hdf5Flat.doubles(image), dims, xIsRow));
        }
        return images;
    }

    /** Stored (x, y) values as rows x cols row-major. */
    private static float[] oriented(double[] values, long[] dims, boolean xIsRow) {
        int ny = (int) dims[1];
        float[] image = new float[values.length];
        int cols = xIsRow ? ny : (int) dims[0];
        for (int e = 0; e < values.length; e++) {
            int x = e / ny;
            int y = e % ny;
            image[xIsRow ? x * cols + y : y * cols + x] = (float) values[e];
        }
        return image;
    }

    /** The numeric 2-D datasets of every Images group of the module, in path order. */
    private static List<Dataset> images(Group module) {
        List<Dataset> found = new ArrayList<>();
        for (Node node : module.getChildren().values()) {
            if (node.isLink() || !(node instanceof Group group)
                    || !"Images".equals(Hdf5Attributes.text(group, "neurodata_type").orElse(""))) {
                continue;
            }
            for (Node child : group.getChildren().values()) {
                if (!child.isLink() && child instanceof Dataset d && d.getDimensionsAsLong().length == 2
                        && Hdf5Types.pixelType(d.getDataType()).isPresent()) {
                    found.add(d);
                }
            }
        }
        return found;
    }
}
