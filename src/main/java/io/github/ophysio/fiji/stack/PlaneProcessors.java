package io.github.ophysio.fiji.stack;

import io.github.ophysio.model.PixelType;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

/**
 * Turns plane arrays into ImageJ processors. The arrays given are the caller's to hand over
 * (fresh or copied), so ImageJ may change them without touching the shared plane cache. ImageJ has 8-bit, 16-bit and float images: signed 8/16-bit
 * data are shifted by 32768 and shown through ImageJ's signed 16-bit calibration; 32/64-bit
 * integers and float64 become float (exact up to 2^24).
 */
public final class PlaneProcessors {

    private static final int SIGNED_SHIFT = 32768;

    private PlaneProcessors() {
    }

    /** ImageJ's bit depth for {@code type}: 8, 16 or 32. */
    public static int bitDepth(PixelType type) {
        return switch (type) {
            case BOOL, UINT8 -> 8;
            case INT8, INT16, UINT16 -> 16;
            default -> 32;
        };
    }

    /** Whether ImageJ shows {@code type} through the signed 16-bit calibration. */
    public static boolean isSigned16(PixelType type) {
        return type == PixelType.INT8 || type == PixelType.INT16;
    }

    public static ImageProcessor toProcessor(PixelType type, Object plane, int width, int height) {
        return switch (type) {
            case BOOL, UINT8 -> new ByteProcessor(width, height, (byte[]) plane);
            case UINT16 -> new ShortProcessor(width, height, (short[]) plane, null);
            case INT16 -> new ShortProcessor(width, height, shiftedShorts((short[]) plane), null);
            case INT8 -> new ShortProcessor(width, height, shiftedBytes((byte[]) plane), null);
            case FLOAT32 -> new FloatProcessor(width, height, (float[]) plane);
            default -> new FloatProcessor(width, height, toFloats(type, plane));
        };
    }

    /** Whether ImageJ's array for {@code type} is the file's array (shifted in place for int16): 16-bit and float. */
    static boolean isWatchable(PixelType type) {
        return type == PixelType.UINT16 || type == PixelType.INT16 || type == PixelType.FLOAT32;
    }

    /** {@code candidate} when it is an array of {@code type} and {@code length}, else a new one. */
    static Object reusable(PixelType type, Object candidate, int length) {
        boolean fits = type.accepts(candidate) && java.lang.reflect.Array.getLength(candidate) == length;
        return fits ? candidate : type.newArray(length);
    }

    static void zero(Object pixels) {
        if (pixels instanceof short[] shorts) {
            java.util.Arrays.fill(shorts, (short) 0);
        } else {
            java.util.Arrays.fill((float[]) pixels, 0f);
        }
    }

    /** A watchable plane (see {@link #isWatchable}) turned into ImageJ's values in place. */
    static Object forImageJ(PixelType type, Object plane) {
        if (type == PixelType.INT16) {
            short[] values = (short[]) plane;
            for (int i = 0; i < values.length; i++) {
                values[i] = (short) (values[i] ^ 0x8000);
            }
        }
        return plane;
    }

    private static short[] shiftedShorts(short[] values) {
        short[] out = new short[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) (values[i] ^ 0x8000);
        }
        return out;
    }

    private static short[] shiftedBytes(byte[] values) {
        short[] out = new short[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) (values[i] + SIGNED_SHIFT);
        }
        return out;
    }

    private static float[] toFloats(PixelType type, Object plane) {
        int length = java.lang.reflect.Array.getLength(plane);
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            out[i] = (float) io.github.ophysio.model.PlaneValues.get(type, plane, i);
        }
        return out;
    }
}
