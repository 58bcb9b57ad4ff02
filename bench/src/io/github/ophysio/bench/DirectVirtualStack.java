package io.github.ophysio.bench;

import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import ij.VirtualStack;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

/**
 * Bench-only prototype of a cheaper {@code OphysVirtualStack.getProcessor} for planar uint16
 * recordings: read the plane straight into the array the processor will own (one copy from the
 * mapped file, no plane cache, no defensive clone). Used to measure what the cache + clone cost;
 * never part of the plugin.
 */
final class DirectVirtualStack extends VirtualStack {

    private final ImagingExtractor source;
    private final int pixels;

    DirectVirtualStack(ImagingExtractor source) {
        super(source.getSampleShape().cols(), source.getSampleShape().rows(), null, null);
        if (source.getPixelType() != PixelType.UINT16 || source.getNumPlanes() != 1) {
            throw new IllegalArgumentException("prototype handles planar uint16 only");
        }
        this.source = source;
        this.pixels = source.getSampleShape().planePixels();
        setBitDepth(16);
    }

    @Override
    public int getSize() {
        return source.getNumSamples();
    }

    @Override
    public int size() {
        return getSize();
    }

    @Override
    public ImageProcessor getProcessor(int n) {
        short[] plane = new short[pixels];
        source.readPlane(n - 1, 0, plane);
        return new ShortProcessor(getWidth(), getHeight(), plane, null);
    }

    @Override
    public Object getPixels(int n) {
        short[] plane = new short[pixels];
        source.readPlane(n - 1, 0, plane);
        return plane;
    }

    @Override
    public void setPixels(Object pixels, int n) {
        // read-only, like OphysVirtualStack
    }

    @Override
    public String getSliceLabel(int n) {
        return null;
    }

    @Override
    public String getDirectory() {
        return null;
    }

    @Override
    public String getFileName(int n) {
        return null;
    }
}
