package io.github.ophysio.formats;

import io.github.ophysio.error.UnsupportedFormatException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the MATLAB segmentation readers (CNMF-E, EXTRACT) look for, in one sentence shared by them, so
 * that a .mat file holding neither gets the same answer whichever reader was asked. Format knowledge,
 * so it lives here and not in {@code io.mat}, which only reads MAT files.
 */
public final class MatOutputVariables {

    /** The variables each reader recognises, as users would recognise them. */
    public static final String LOOKED_FOR = "CNMF-E output (a struct named cnmfeAnalysis... with extractedImages and"
            + " extractedSignals, or CNMF-E's neuron saved as a struct, with A, C and options) nor EXTRACT output"
            + " (output with spatial_weights and temporal_weights, or extractAnalysisOutput)";

    private MatOutputVariables() {
    }

    /** "unsupported: ... neither ... nor ...; variables found: a, b". */
    public static UnsupportedFormatException neither(Path file, String version, List<String> found) {
        return new UnsupportedFormatException(file, "a MAT v" + version + " file with neither " + LOOKED_FOR
                + "; variables found: " + (found.isEmpty() ? "none" : String.join(", ", found)));
    }
}
