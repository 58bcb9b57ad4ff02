package io.github.ophysio.model;

/** What a segmentation's footprint weights say about the extent of its ROIs. */
public enum MaskKind {
    /**
     * The weights shape the cell and fade out into neighbours (CaImAn, CNMF-E, EXTRACT, Inscopix):
     * a ROI is drawn where most of its weight is, not at every non-zero pixel.
     */
    WEIGHTED,
    /** The ROI is its set of pixels; the weights only weigh pixels within it (Suite2p's {@code lam}). */
    PIXEL_SET
}
