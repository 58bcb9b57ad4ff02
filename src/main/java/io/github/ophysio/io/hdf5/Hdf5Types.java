package io.github.ophysio.io.hdf5;

import io.github.ophysio.model.PixelType;
import io.jhdf.object.datatype.ArrayDataType;
import io.jhdf.object.datatype.BitField;
import io.jhdf.object.datatype.CompoundDataType;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.EnumDataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;
import io.jhdf.object.datatype.OpaqueDataType;
import io.jhdf.object.datatype.Reference;
import io.jhdf.object.datatype.StringData;
import io.jhdf.object.datatype.VariableLength;
import java.nio.ByteOrder;
import java.util.Optional;

/** HDF5 element types as pixel types, and as words for messages. */
public final class Hdf5Types {

    private Hdf5Types() {
    }

    /** The pixel type of a numeric HDF5 type: (u)int8–64, float32/64; empty for anything else. */
    public static Optional<PixelType> pixelType(DataType type) {
        if (type instanceof FixedPoint fixed) {
            return Optional.ofNullable(integer(fixed.getSize(), fixed.isSigned()));
        }
        if (type instanceof FloatingPoint) {
            return Optional.ofNullable(type.getSize() == 4 ? PixelType.FLOAT32 : type.getSize() == 8 ? PixelType.FLOAT64 : null);
        }
        return Optional.empty();
    }

    /** The byte order of a numeric type (little-endian for anything else). */
    public static ByteOrder byteOrder(DataType type) {
        if (type instanceof FixedPoint fixed) {
            return fixed.getByteOrder();
        }
        if (type instanceof FloatingPoint floating) {
            return floating.getByteOrder();
        }
        return ByteOrder.LITTLE_ENDIAN;
    }

    /** A numpy-style name where there is one ("uint16", "float32"), else a few words ("compound", "string"). */
    public static String name(DataType type) {
        Optional<PixelType> pixel = pixelType(type);
        if (pixel.isPresent()) {
            return pixel.get().numpyName();
        }
        if (type instanceof FloatingPoint) {
            return "float of " + type.getSize() + " bytes";
        }
        if (type instanceof FixedPoint) {
            return "integer of " + type.getSize() + " bytes";
        }
        return kind(type);
    }

    private static String kind(DataType type) {
        if (type instanceof CompoundDataType) {
            return "compound";
        } else if (type instanceof StringData) {
            return "string";
        } else if (type instanceof VariableLength) {
            return "variable-length (string or sequence)";
        } else if (type instanceof EnumDataType) {
            return "enum";
        } else if (type instanceof Reference) {
            return "reference";
        } else if (type instanceof ArrayDataType) {
            return "array";
        } else if (type instanceof BitField) {
            return "bitfield";
        } else if (type instanceof OpaqueDataType) {
            return "opaque";
        }
        return "HDF5 class " + type.getDataClass();
    }

    private static PixelType integer(int bytes, boolean signed) {
        return switch (bytes) {
            case 1 -> signed ? PixelType.INT8 : PixelType.UINT8;
            case 2 -> signed ? PixelType.INT16 : PixelType.UINT16;
            case 4 -> signed ? PixelType.INT32 : PixelType.UINT32;
            case 8 -> signed ? PixelType.INT64 : PixelType.UINT64;
            default -> null;
        };
    }
}
