/**
 * NWB imaging series (format id {@code nwb}): every ImageSeries, TwoPhotonSeries and
 * OnePhotonSeries under {@code acquisition/} and {@code processing/}, its (t, x, y[, z]) data shown
 * in matrix order without copying, its time base, imaging-plane facts, and {@code external_file}
 * series opened through the registry; and PlaneSegmentations under
 * {@code processing/*}{@code /ImageSegmentation} as segmentations (masks, columns, traces, images).
 */
package io.github.ophysio.formats.nwb;
