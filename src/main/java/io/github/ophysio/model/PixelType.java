package io.github.ophysio.model;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.Optional;

/**
 * The element type of a recording, named as numpy names it. Each type has one Java array type in
 * which planes travel: unsigned types share the signed array of their width (bits are kept).
 */
public enum PixelType {
    BOOL("bool", 1, byte.class, false, false),
    INT8("int8", 1, byte.class, true, false),
    UINT8("uint8", 1, byte.class, false, false),
    INT16("int16", 2, short.class, true, false),
    UINT16("uint16", 2, short.class, false, false),
    INT32("int32", 4, int.class, true, false),
    UINT32("uint32", 4, int.class, false, false),
    INT64("int64", 8, long.class, true, false),
    UINT64("uint64", 8, long.class, false, false),
    FLOAT32("float32", 4, float.class, true, true),
    FLOAT64("float64", 8, double.class, true, true);

    private final String numpyName;
    private final int bytes;
    private final Class<?> component;
    private final boolean signed;
    private final boolean floating;

    PixelType(String numpyName, int bytes, Class<?> component, boolean signed, boolean floating) {
        this.numpyName = numpyName;
        this.bytes = bytes;
        this.component = component;
        this.signed = signed;
        this.floating = floating;
    }

    /** The numpy dtype name, e.g. {@code uint16}. */
    public String numpyName() {
        return numpyName;
    }

    public int bytes() {
        return bytes;
    }

    public boolean isSigned() {
        return signed;
    }

    public boolean isFloating() {
        return floating;
    }

    /** The primitive component type of this type's arrays (byte, short, int, long, float, double). */
    public Class<?> component() {
        return component;
    }

    /** A new zeroed primitive array of {@code length} elements. */
    public Object newArray(int length) {
        return Array.newInstance(component, length);
    }

    /** True when {@code array} is a primitive array of this type's component. */
    public boolean accepts(Object array) {
        return array != null && array.getClass().getComponentType() == component;
    }

    /** The type whose numpy name is {@code name}, if any. */
    public static Optional<PixelType> fromNumpyName(String name) {
        return Arrays.stream(values()).filter(t -> t.numpyName.equals(name)).findFirst();
    }
}
