package io.github.ophysio.fiji.stack;

import io.github.ophysio.lazy.LazyRecording;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import java.util.List;

/**
 * An 8-bit colour recording (channels red, green, blue) as ImageJ's RGB image type: one colour
 * slice per plane and sample, assembled from the three channel planes when shown.
 */
final class RgbVirtualStack extends ReadOnlyVirtualStack implements Releasable {

    private final List<LazyRecording> rgb;
    private final int planes;
    private final List<String> frameLabels;

    RgbVirtualStack(List<LazyRecording> rgb) {
        super(rgb.get(0).source().getSampleShape().cols(), rgb.get(0).source().getSampleShape().rows(), 24);
        this.rgb = List.copyOf(rgb);
        this.planes = rgb.get(0).source().getNumPlanes();
        this.frameLabels = FrameLabels.of(rgb.get(0).source());
    }

    /** The red, green and blue recordings this stack shows. */
    List<io.github.ophysio.model.ImagingExtractor> sources() {
        return rgb.stream().map(LazyRecording::source).toList();
    }

    @Override
    public int getSize() {
        return planes * rgb.get(0).source().getNumSamples();
    }

    @Override
    public ImageProcessor getProcessor(int n) {
        int plane = (n - 1) % planes;
        int sample = (n - 1) / planes;
        ColorProcessor colour = new ColorProcessor(getWidth(), getHeight());
        colour.setRGB(channel(0, sample, plane), channel(1, sample, plane), channel(2, sample, plane));
        return colour;
    }

    private byte[] channel(int c, int sample, int plane) {
        return (byte[]) rgb.get(c).planeCopy(sample, plane);
    }

    @Override
    public String getSliceLabel(int n) {
        return FrameLabels.sliceLabel(rgb.get(0).source(), frameLabels, (n - 1) / planes);
    }


    @Override
    public void release() {
        rgb.forEach(LazyRecording::release);
    }
}
