package io.github.ophysio.traces;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the little-endian C-order .npy files of the trace fixtures (f8, f4, i1, u2) as doubles, for tests. */
record NpyArrays(int[] shape, double[] values) {

    private static final Pattern DESCR = Pattern.compile("'descr': '([<|])(\\w\\d)'");
    private static final Pattern SHAPE = Pattern.compile("'shape': \\(([^)]*)\\)");

    static NpyArrays read(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int headerLength = bytes.getShort(8) & 0xffff;
        String header = new String(bytes.array(), 10, headerLength, StandardCharsets.US_ASCII);
        Matcher descr = DESCR.matcher(header);
        Matcher shape = SHAPE.matcher(header);
        if (!descr.find() || !shape.find()) {
            throw new IOException(file + ": header " + header);
        }
        int[] dims = Arrays.stream(shape.group(1).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .mapToInt(Integer::parseInt).toArray();
        int n = Arrays.stream(dims).reduce(1, (a, b) -> a * b);
        double[] values = new double[n];
        bytes.position(10 + headerLength);
        for (int i = 0; i < n; i++) {
            values[i] = switch (descr.group(2)) {
                case "f8" -> bytes.getDouble();
                case "f4" -> bytes.getFloat();
                case "i1" -> bytes.get();
                case "u2" -> bytes.getShort() & 0xffff;
                default -> throw new IOException(file + ": dtype " + descr.group(2));
            };
        }
        return new NpyArrays(dims, values);
    }

    /** The (rows, cols) slice {@code k} of a 3-D array, as floats. */
    float[] slice(int k) {
        int size = shape[1] * shape[2];
        float[] out = new float[size];
        for (int i = 0; i < size; i++) {
            out[i] = (float) values[k * size + i];
        }
        return out;
    }
}
