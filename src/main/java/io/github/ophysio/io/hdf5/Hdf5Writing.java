package io.github.ophysio.io.hdf5;

import io.jhdf.api.DatasetCreationOptions;

/**
 * How numeric datasets are stored when we write HDF5 (jhdf 0.13's writer: groups, attributes,
 * contiguous or chunked datasets with shuffle and deflate; no links, no object references).
 */
public final class Hdf5Writing {

    /** Chunks of at most this many elements along the last axis, times a few rows. */
    private static final int CHUNK_COLUMNS = 8192;
    private static final int CHUNK_ROWS = 16;

    private Hdf5Writing() {
    }

    /**
     * Chunked, shuffled and deflated for a 1-D or 2-D array of {@code shape} with no empty axis;
     * contiguous (jhdf's default) otherwise.
     */
    public static DatasetCreationOptions compressed(int... shape) {
        for (int size : shape) {
            if (size == 0) {
                return DatasetCreationOptions.DEFAULT;
            }
        }
        if (shape.length == 1) {
            return DatasetCreationOptions.builder().chunkDimensions(Math.min(shape[0], CHUNK_COLUMNS * CHUNK_ROWS))
                    .shuffle().deflate().build();
        }
        if (shape.length == 2) {
            return DatasetCreationOptions.builder().chunkDimensions(Math.min(shape[0], CHUNK_ROWS),
                    Math.min(shape[1], CHUNK_COLUMNS)).shuffle().deflate().build();
        }
        return DatasetCreationOptions.DEFAULT;
    }
}
