package io.github.ophysio.model;

/** Some planes of a volumetric parent, in a chosen order; a single plane makes it planar. */
final class PlaneSelectionView extends ImagingView {

    private final int[] planes;

    PlaneSelectionView(ImagingExtractor parent, int[] planes) {
        super(parent);
        if (planes.length == 0) {
            throw new IllegalArgumentException("select at least one plane");
        }
        for (int plane : planes) {
            parent.checkPlane(plane);
        }
        this.planes = planes.clone();
    }

    @Override
    public SampleShape getSampleShape() {
        SampleShape full = parent.getSampleShape();
        return new SampleShape(full.rows(), full.cols(), planes.length);
    }

    @Override
    public void readPlane(int sample, int plane, Object dest) {
        checkPlane(plane);
        parent.readPlane(sample, planes[plane], dest);
    }
}
