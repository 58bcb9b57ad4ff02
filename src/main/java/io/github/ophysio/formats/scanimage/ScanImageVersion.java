package io.github.ophysio.formats.scanimage;

import io.github.ophysio.error.OphysException;
import io.github.ophysio.io.tiff.TiffFile;
import io.github.ophysio.io.tiff.TiffPage;
import java.nio.file.Path;

/** The two metadata layouts ScanImage has written, told from page 0. */
enum ScanImageVersion {

    /** ScanImage ≥ 2016: {@code SI.*} lines in the Software tag (older 2015/2016 builds: in the description). */
    MODERN,
    /** ScanImage 3.x: {@code state.*=value} lines separated by CR in the ImageDescription. */
    LEGACY,
    NONE;

    static ScanImageVersion of(TiffPage first) {
        if (hasSiLines(first.software()) || hasSiLines(first.description())) {
            return MODERN;
        }
        return first.description().startsWith("state.") ? LEGACY : NONE;
    }

    /** Whether {@code file} is a TIFF with ScanImage metadata in page 0 (only page 0 is read). */
    static boolean isScanImage(Path file) {
        try {
            return of(TiffFile.open(file).page(0)) != NONE;
        } catch (OphysException e) {
            return false; // a damaged TIFF is not recognised; opening it names the problem
        }
    }

    /** The text that holds the acquisition's {@code SI.*} or {@code state.*} lines. */
    static String metadataText(TiffPage first) {
        return hasSiLines(first.software()) ? first.software() : first.description();
    }

    private static boolean hasSiLines(String text) {
        return text.startsWith("SI.") || text.contains("\nSI.");
    }
}
