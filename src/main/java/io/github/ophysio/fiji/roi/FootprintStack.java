package io.github.ophysio.fiji.roi;

import io.github.ophysio.fiji.stack.ReadOnlyVirtualStack;
import io.github.ophysio.model.SegmentationExtractor;
import ij.ImagePlus;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

/**
 * "Ophys Footprints": one float slice per ROI holding its weights, labelled by id. Virtual, so
 * thousands of ROIs cost nothing until a slice is shown; nothing of the weights is lost.
 */
public final class FootprintStack extends ReadOnlyVirtualStack {

    public static final String TITLE = "Ophys Footprints";

    private final SegmentationExtractor segmentation;

    private FootprintStack(SegmentationExtractor segmentation) {
        super(segmentation.getFrameShape()[1], segmentation.getFrameShape()[0], 32);
        this.segmentation = segmentation;
    }

    /** The footprints image; null when there are no ROIs. */
    public static ImagePlus image(SegmentationExtractor segmentation) {
        if (segmentation.getNumRois() == 0) {
            return null;
        }
        return new ImagePlus(TITLE, new FootprintStack(segmentation));
    }

    @Override
    public int getSize() {
        return segmentation.getNumRois();
    }

    @Override
    public ImageProcessor getProcessor(int n) {
        return new FloatProcessor(getWidth(), getHeight(), segmentation.getImageMask(n - 1));
    }

    @Override
    public String getSliceLabel(int n) {
        return String.valueOf(segmentation.getRoiIds().get(n - 1));
    }
}
