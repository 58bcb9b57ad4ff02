package io.github.ophysio.stream;

import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.PlaneValues;

/** Planes of any pixel type as floats, in one loop per type (unsigned types read as unsigned). */
final class FloatPlanes {

    private FloatPlanes() {
    }

    /** The first {@code n} elements of {@code source} (an array of {@code type}'s component) into {@code dest}. */
    static void convert(PixelType type, Object source, float[] dest, int n) {
        switch (type) {
            case UINT16 -> unsigned16((short[]) source, dest, n);
            case INT16 -> signed16((short[]) source, dest, n);
            case UINT8 -> unsigned8((byte[]) source, dest, n);
            case FLOAT32 -> System.arraycopy(source, 0, dest, 0, n);
            default -> eachValue(type, source, dest, n);
        }
    }

    private static void unsigned16(short[] source, float[] dest, int n) {
        for (int i = 0; i < n; i++) {
            dest[i] = source[i] & 0xffff;
        }
    }

    private static void signed16(short[] source, float[] dest, int n) {
        for (int i = 0; i < n; i++) {
            dest[i] = source[i];
        }
    }

    private static void unsigned8(byte[] source, float[] dest, int n) {
        for (int i = 0; i < n; i++) {
            dest[i] = source[i] & 0xff;
        }
    }

    /** The rarer types, through the one reader that knows every type's signedness. */
    private static void eachValue(PixelType type, Object source, float[] dest, int n) {
        for (int i = 0; i < n; i++) {
            dest[i] = (float) PlaneValues.get(type, source, i);
        }
    }
}
