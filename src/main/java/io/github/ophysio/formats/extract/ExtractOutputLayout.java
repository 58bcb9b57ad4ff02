package io.github.ophysio.formats.extract;

/**
 * The two EXTRACT output layouts: field names of the footprints and traces, and which way round the
 * trace matrix is in MATLAB (EXTRACT ≥ 1.0 writes T × N, legacy EXTRACT N × T).
 */
enum ExtractOutputLayout {
    CURRENT("spatial_weights", "temporal_weights", false, "EXTRACT >= 1.0"),
    LEGACY("filters", "traces", true, "legacy EXTRACT");

    final String masks;
    final String traces;
    final boolean roisFirst;
    final String label;

    ExtractOutputLayout(String masks, String traces, boolean roisFirst, String label) {
        this.masks = masks;
        this.traces = traces;
        this.roisFirst = roisFirst;
        this.label = label;
    }
}
