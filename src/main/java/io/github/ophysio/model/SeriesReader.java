package io.github.ophysio.model;

/** Assembles {@code getSeries} blocks plane by plane, so formats only implement {@code readPlane}. */
final class SeriesReader {

    private SeriesReader() {
    }

    static NdArray read(ImagingExtractor source, int start, int end) {
        SampleShape shape = source.getSampleShape();
        int samples = end - start;
        long elements = (long) samples * shape.planePixels() * shape.planes();
        if (elements > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("samples [" + start + ", " + end + ") hold " + elements
                    + " elements, more than one Java array can; read a shorter slice");
        }
        PixelType type = source.getPixelType();
        Object result = type.newArray((int) elements);
        Object plane = type.newArray(shape.planePixels());
        for (int s = 0; s < samples; s++) {
            for (int p = 0; p < shape.planes(); p++) {
                source.readPlane(start + s, p, plane);
                place(plane, result, s, p, shape);
            }
        }
        return new NdArray(type, seriesShape(samples, shape), result);
    }

    private static int[] seriesShape(int samples, SampleShape shape) {
        return shape.isVolumetric()
                ? new int[] {samples, shape.rows(), shape.cols(), shape.planes()}
                : new int[] {samples, shape.rows(), shape.cols()};
    }

    /** Puts a plane at sample s, plane p of a C-ordered (samples, rows, cols, planes) block. */
    private static void place(Object plane, Object result, int s, int p, SampleShape shape) {
        int pixels = shape.planePixels();
        int planes = shape.planes();
        if (planes == 1) {
            System.arraycopy(plane, 0, result, s * pixels, pixels);
            return;
        }
        int base = s * pixels * planes + p;
        for (int i = 0; i < pixels; i++) {
            System.arraycopy(plane, i, result, base + i * planes, 1);
        }
    }
}
