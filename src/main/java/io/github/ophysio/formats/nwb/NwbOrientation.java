package io.github.ophysio.formats.nwb;

import io.github.ophysio.formats.OpenOptions;

/**
 * Which stored NWB axis is the row (cli.md). Without {@code nwb-x}, series data, image masks and
 * images follow the schema (x is the column, transposed on read) while pixel and voxel masks read x
 * as the row, as suite2p, neuroconv and pynwb's examples write them; {@code nwb-x=rows|cols} sets
 * every x alike.
 *
 * @param imageXIsRow for series data, image masks and images
 * @param maskXIsRow for pixel and voxel masks
 */
record NwbOrientation(boolean imageXIsRow, boolean maskXIsRow) {

    static NwbOrientation of(OpenOptions options) {
        String value = options.get(OpenOptions.NWB_X).orElse("");
        return switch (value) {
            case "" -> new NwbOrientation(false, true);
            case "rows" -> new NwbOrientation(true, true);
            case "cols" -> new NwbOrientation(false, false);
            default -> throw new IllegalArgumentException(OpenOptions.NWB_X + " must be rows or cols, not " + value);
        };
    }

    /** The word for metadata: what x was read as, for image-like data and for masks. */
    String describe() {
        return "images: x is the " + (imageXIsRow ? "row" : "column") + "; pixel/voxel masks: x is the "
                + (maskXIsRow ? "row" : "column");
    }
}
