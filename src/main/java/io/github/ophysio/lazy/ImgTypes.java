package io.github.ophysio.lazy;

import io.github.ophysio.model.PixelType;
import net.imglib2.img.basictypeaccess.array.ArrayDataAccess;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.img.basictypeaccess.array.DoubleArray;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.img.basictypeaccess.array.IntArray;
import net.imglib2.img.basictypeaccess.array.LongArray;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.integer.ByteType;
import net.imglib2.type.numeric.integer.IntType;
import net.imglib2.type.numeric.integer.LongType;
import net.imglib2.type.numeric.integer.ShortType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedIntType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.DoubleType;
import net.imglib2.type.numeric.real.FloatType;

/** The ImgLib2 pixel type and array access for each {@link PixelType}. */
final class ImgTypes {

    private ImgTypes() {
    }

    /** The ImgLib2 type of {@code type} (bool reads as 0/1 unsigned bytes). */
    static NativeType<?> imgType(PixelType type) {
        return switch (type) {
            case BOOL, UINT8 -> new UnsignedByteType();
            case INT8 -> new ByteType();
            case INT16 -> new ShortType();
            case UINT16 -> new UnsignedShortType();
            case INT32 -> new IntType();
            case UINT32 -> new UnsignedIntType();
            case INT64 -> new LongType();
            case UINT64 -> new UnsignedLongType();
            case FLOAT32 -> new FloatType();
            case FLOAT64 -> new DoubleType();
        };
    }

    /** Wraps a plane array without copying. */
    static ArrayDataAccess<?> wrap(Object array) {
        if (array instanceof byte[] a) {
            return new ByteArray(a);
        } else if (array instanceof short[] a) {
            return new ShortArray(a);
        } else if (array instanceof int[] a) {
            return new IntArray(a);
        } else if (array instanceof long[] a) {
            return new LongArray(a);
        } else if (array instanceof float[] a) {
            return new FloatArray(a);
        } else if (array instanceof double[] a) {
            return new DoubleArray(a);
        }
        throw new IllegalArgumentException("not a plane array: " + array);
    }
}
