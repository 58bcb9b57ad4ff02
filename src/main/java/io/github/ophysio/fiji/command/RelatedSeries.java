package io.github.ophysio.fiji.command;

import io.github.ophysio.model.ImagingExtractor;
import ij.IJ;
import ij.ImagePlus;
import java.nio.file.Path;

/**
 * Points at the series an opened one belongs with (an NWB ImageMaskSeries names the series it
 * masks, metadata {@value #MASKED}): one Log line with the macro call that opens it beside.
 */
final class RelatedSeries {

    static final String MASKED = "maskedImageSeries";

    private RelatedSeries() {
    }

    /** Keeps the masked series' path on the image, where {@link #offer} finds it. */
    static void remember(ImagePlus image, ImagingExtractor recording) {
        Object masked = recording.getMetadata().get(MASKED);
        if (masked != null) {
            image.setProperty(MASKED, String.valueOf(masked));
        }
    }

    static void offer(ImagePlus image, Path file) {
        Object masked = image.getProperty(MASKED);
        if (masked != null) {
            IJ.log(image.getTitle() + " masks " + masked + "; to open it beside: run(\"" + Labels.RECORDING_COMMAND
                    + "\", \"path=[" + file + "] series=" + masked + "\");");
        }
    }
}
