package io.github.ophysio.model;

/** Wraps position codes into each pixel type the way numpy's {@code astype} does, and stores them. */
final class SyntheticValues {

    private SyntheticValues() {
    }

    static double toType(PixelType type, long code) {
        return switch (type) {
            case BOOL -> code % 2;
            case UINT8 -> code & 0xff;
            case INT8 -> (byte) code;
            case UINT16 -> code & 0xffff;
            case INT16 -> (short) code;
            case UINT32 -> code & 0xffffffffL;
            case INT32 -> (int) code;
            case FLOAT32 -> code + 0.25f;
            case FLOAT64 -> code + 0.25;
            default -> code;
        };
    }

    static void store(PixelType type, Object dest, int i, double value) {
        if (dest instanceof byte[] d) {
            d[i] = (byte) (long) value;
        } else if (dest instanceof short[] d) {
            d[i] = (short) (long) value;
        } else if (dest instanceof int[] d) {
            d[i] = (int) (long) value;
        } else if (dest instanceof long[] d) {
            d[i] = (long) value;
        } else if (dest instanceof float[] d) {
            d[i] = (float) value;
        } else {
            ((double[]) dest)[i] = value;
        }
    }
}
