package io.github.ophysio.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A little-endian float64 C-order .npy read whole (expected images and traces of numpy references). */
public record NpyDoubles(long[] shape, double[] values) {

    private static final Pattern SHAPE = Pattern.compile("'shape': \\(([^)]*)\\)");

    public static NpyDoubles read(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int major = bytes.get(6);
        int headerLength = major == 1 ? Short.toUnsignedInt(bytes.getShort(8)) : bytes.getInt(8);
        int start = (major == 1 ? 10 : 12);
        String header = new String(bytes.array(), start, headerLength, StandardCharsets.ISO_8859_1);
        if (!header.contains("'descr': '<f8'") || !header.contains("'fortran_order': False")) {
            throw new IllegalArgumentException(file + " is not a C-order little-endian float64 .npy: " + header);
        }
        Matcher m = SHAPE.matcher(header);
        if (!m.find()) {
            throw new IllegalArgumentException(file + " has no shape: " + header);
        }
        long[] shape = Arrays.stream(m.group(1).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .mapToLong(Long::parseLong).toArray();
        double[] values = new double[(int) Arrays.stream(shape).reduce(1, (a, b) -> a * b)];
        bytes.position(start + headerLength).asDoubleBuffer().get(values);
        return new NpyDoubles(shape, values);
    }
}
