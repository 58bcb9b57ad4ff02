package io.github.ophysio.io.pickle;

import java.nio.ByteOrder;

/**
 * A simple NumPy dtype: byte order ({@code <}, {@code >} or {@code |}), kind ({@code b i u f c U S O
 * V M m}) and the item size in bytes.
 */
public record NumpyDtype(char byteOrder, char kind, int itemSize) {

    /** A dtype from a type string such as {@code <f4}, {@code |b1}, {@code O8}, {@code U3} (3 characters). */
    public static NumpyDtype parse(String typestr) {
        String text = typestr;
        char order = '=';
        if (!text.isEmpty() && "<>|=".indexOf(text.charAt(0)) >= 0) {
            order = text.charAt(0);
            text = text.substring(1);
        }
        if (text.equals("?")) {
            text = "b1";
        }
        if (text.length() < 2 || !text.substring(1).chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("dtype '" + typestr + "' is not a simple type string");
        }
        char kind = text.charAt(0);
        int count = Integer.parseInt(text.substring(1));
        int size = kind == 'U' ? Math.multiplyExact(count, 4) : count;
        return new NumpyDtype(normalOrder(order, kind, size), kind, size);
    }

    /** The same dtype with the byte order a pickled dtype state names. */
    NumpyDtype withByteOrder(char order) {
        return new NumpyDtype(normalOrder(order, kind, itemSize), kind, itemSize);
    }

    /** The descriptor as NumPy writes it in {@code .npy} headers, e.g. {@code <f4}, {@code |b1}, {@code <U3}. */
    public String descr() {
        return "" + byteOrder + kind + (kind == 'U' ? itemSize / 4 : itemSize);
    }

    public ByteOrder order() {
        return byteOrder == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    public boolean isObject() {
        return kind == 'O';
    }

    /**
     * '=' (native) is little-endian on every platform NumPy files come from here; one-byte types,
     * objects, bools, byte strings and records have no byte order.
     */
    private static char normalOrder(char order, char kind, int size) {
        if (size <= 1 || order == '|' || "ObSV".indexOf(kind) >= 0) {
            return '|';
        }
        return order == '>' ? '>' : '<';
    }

    @Override
    public String toString() {
        return descr();
    }
}
