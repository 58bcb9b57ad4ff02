package io.github.ophysio.formats.nwb;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.RoiProperty;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The footprints of a PlaneSegmentation, from whichever mask column it has (image_mask first, as the
 * schema's reading recipe says, then pixel_mask, then voxel_mask), in matrix order.
 *
 * <p>The model is 2-D: 3-D masks (voxel masks, (N, x, y, z) image masks) are projected onto the plane,
 * weights summed over z, and each ROI's z planes are kept as the property {@code z}.
 *
 * @param masks one per table row
 * @param frame (rows, cols)
 * @param frameSource where the frame size came from, for metadata and messages
 * @param z the z planes of each ROI for 3-D masks, else null
 */
record NwbMasks(List<PixelMask> masks, int[] frame, String frameSource, String column, RoiProperty z) {

    static final String IMAGE_MASK = "image_mask";
    static final String PIXEL_MASK = "pixel_mask";
    static final String VOXEL_MASK = "voxel_mask";
    static final List<String> COLUMNS = List.of(IMAGE_MASK, PIXEL_MASK, VOXEL_MASK);

    /**
     * Reads the masks of {@code rows} ROIs; {@code plane} gives the imaging plane's (rows, cols) and
     * its source when the file states it elsewhere (pixel and voxel masks do not carry it).
     */
    static NwbMasks read(Path path, Group table, int rows, NwbOrientation orientation,
            Supplier<Optional<NwbFrame>> plane) {
        Optional<Dataset> image = NwbTable.column(path, table, IMAGE_MASK);
        if (image.isPresent()) {
            return NwbImageMasks.read(path, image.get(), rows, orientation.imageXIsRow());
        }
        for (String name : List.of(PIXEL_MASK, VOXEL_MASK)) {
            Optional<Dataset> sparse = NwbTable.column(path, table, name);
            if (sparse.isPresent()) {
                NwbSparseMasks read = NwbSparseMasks.read(path, table, sparse.get(), rows, orientation.maskXIsRow());
                return read.placed(path, plane.get());
            }
        }
        throw new CorruptFileException(path, NwbSeries.pathOf(table) + ": expected a mask column (" + String.join(", ",
                COLUMNS) + "), found none (children: " + String.join(", ", table.getChildren().keySet()) + ")");
    }
}
