package io.github.ophysio.model;

/** Rows [row0, row1) and columns [col0, col1) of every plane of a parent recording. */
final class FieldOfViewCrop extends ImagingView {

    private final int row0;
    private final int col0;
    private final SampleShape shape;

    FieldOfViewCrop(ImagingExtractor parent, int row0, int row1, int col0, int col1) {
        super(parent);
        SampleShape full = parent.getSampleShape();
        if (row0 < 0 || col0 < 0 || row1 > full.rows() || col1 > full.cols() || row0 >= row1 || col0 >= col1) {
            throw new IndexOutOfBoundsException("field of view rows [" + row0 + ", " + row1 + ") cols [" + col0 + ", "
                    + col1 + ") outside " + full.rows() + " x " + full.cols());
        }
        this.row0 = row0;
        this.col0 = col0;
        this.shape = new SampleShape(row1 - row0, col1 - col0, full.planes());
    }

    @Override
    public SampleShape getSampleShape() {
        return shape;
    }

    @Override
    public void readPlane(int sample, int plane, Object dest) {
        SampleShape full = parent.getSampleShape();
        Object whole = parent.getPixelType().newArray(full.planePixels());
        parent.readPlane(sample, plane, whole);
        for (int r = 0; r < shape.rows(); r++) {
            System.arraycopy(whole, (row0 + r) * full.cols() + col0, dest, r * shape.cols(), shape.cols());
        }
    }
}
