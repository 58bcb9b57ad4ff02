package io.github.ophysio.fiji.stack;

import io.github.ophysio.model.ImagingExtractor;
import ij.measure.Calibration;
import java.util.Map;

/**
 * A file's value scaling (NWB {@code conversion}, {@code offset}, {@code unit}: value = offset +
 * conversion · stored) as ImageJ's calibration function, so pixel values read in the file's unit
 * while the data are not rewritten. ImageJ applies calibration functions to 8- and 16-bit images
 * only; for float images the scaling stays in the info.
 */
final class ValueCalibration {

    private static final double SIGNED_SHIFT = 32768;

    private ValueCalibration() {
    }

    /** Sets the straight-line function when the file scales its values and ImageJ can show it. */
    static void apply(Calibration calibration, ImagingExtractor recording, int bitDepth) {
        Map<String, Object> metadata = recording.getMetadata();
        double conversion = number(metadata.get("conversion"), 1);
        double offset = number(metadata.get("offset"), 0);
        if ((conversion == 1 && offset == 0) || bitDepth == 32) {
            return;
        }
        double shift = PlaneProcessors.isSigned16(recording.getPixelType()) ? SIGNED_SHIFT : 0;
        String unit = metadata.get("unit") instanceof String u ? u : "";
        calibration.setFunction(Calibration.STRAIGHT_LINE, new double[] {offset - shift * conversion, conversion}, unit);
    }

    private static double number(Object value, double fallback) {
        return value instanceof Number n ? n.doubleValue() : fallback;
    }
}
