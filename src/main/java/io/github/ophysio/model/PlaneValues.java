package io.github.ophysio.model;

/** Reads single elements of plane arrays as doubles, honouring unsigned types. */
public final class PlaneValues {

    private PlaneValues() {
    }

    /** Element {@code i} of {@code array} (of {@code type}'s component) as a double. */
    public static double get(PixelType type, Object array, int i) {
        return switch (type) {
            case BOOL, INT8 -> ((byte[]) array)[i];
            case UINT8 -> ((byte[]) array)[i] & 0xff;
            case INT16 -> ((short[]) array)[i];
            case UINT16 -> ((short[]) array)[i] & 0xffff;
            case INT32 -> ((int[]) array)[i];
            case UINT32 -> ((int[]) array)[i] & 0xffffffffL;
            case INT64 -> ((long[]) array)[i];
            case UINT64 -> unsignedLong(((long[]) array)[i]);
            case FLOAT32 -> ((float[]) array)[i];
            case FLOAT64 -> ((double[]) array)[i];
        };
    }

    private static double unsignedLong(long bits) {
        if (bits >= 0) {
            return bits;
        }
        // Above 2^63: halve with the lost bit kept as a sticky bit, so rounding happens once.
        return (double) ((bits >>> 1) | (bits & 1)) * 2.0;
    }
}
