package io.github.ophysio.io.zarr;

import io.github.ophysio.model.PixelType;
import java.nio.ByteBuffer;

/** One element of a decoded chunk as a double, unsigned types read as unsigned. */
final class ChunkValues {

    private ChunkValues() {
    }

    static double get(ByteBuffer data, PixelType type, long element) {
        int at = (int) (element * type.bytes());
        return switch (type) {
            case BOOL -> data.get(at) != 0 ? 1 : 0;
            case INT8 -> data.get(at);
            case UINT8 -> data.get(at) & 0xFF;
            case INT16 -> data.getShort(at);
            case UINT16 -> data.getShort(at) & 0xFFFF;
            case INT32 -> data.getInt(at);
            case UINT32 -> data.getInt(at) & 0xFFFFFFFFL;
            case INT64 -> data.getLong(at);
            case UINT64 -> unsigned(data.getLong(at));
            case FLOAT32 -> data.getFloat(at);
            case FLOAT64 -> data.getDouble(at);
        };
    }

    private static double unsigned(long bits) {
        double value = (double) (bits >>> 1) * 2.0 + (bits & 1);
        return value;
    }
}
