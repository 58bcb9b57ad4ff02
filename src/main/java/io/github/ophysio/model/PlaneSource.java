package io.github.ophysio.model;

import java.util.OptionalDouble;

/**
 * The planes of a file laid out in some way (chunked HDF5, Inscopix frame cycles, NWB indices or
 * external files), with no facts of its own: a reader wraps it in a {@link DescribedImaging} that
 * attaches the rate, native times, pixel size and metadata it found.
 */
public abstract class PlaneSource extends ImagingExtractor {

    /** The rate is attached with the other facts ({@link DescribedImaging}). */
    @Override
    public final OptionalDouble getSamplingFrequency() {
        return OptionalDouble.empty();
    }
}
