package io.github.ophysio.fiji.roi;

import io.github.ophysio.fiji.stack.ReadOnlyVirtualStack;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.SegmentationExtractor;
import ij.ImagePlus;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

/**
 * "&lt;source&gt; Ophys Footprints": one float slice per ROI holding its weights, labelled by id. Virtual, so
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

    /** The maximum weight at each pixel over every ROI's footprint (0 where none reaches): a map of the ROIs. */
    public static float[] maximum(SegmentationExtractor segmentation) {
        int[] frame = segmentation.getFrameShape();
        float[] max = new float[frame[0] * frame[1]];
        for (int roi = 0; roi < segmentation.getNumRois(); roi++) {
            PixelMask mask = segmentation.getPixelMask(roi);
            for (int i = 0; i < mask.size(); i++) {
                int pixel = mask.rows()[i] * frame[1] + mask.cols()[i];
                max[pixel] = Math.max(max[pixel], mask.weights()[i]);
            }
        }
        return max;
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
