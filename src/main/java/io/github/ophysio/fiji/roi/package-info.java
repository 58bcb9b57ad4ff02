/**
 * Segmentations in ImageJ's ROI Manager: masks traced into ROIs named by their ids, grouped and
 * coloured by status, with properties kept; the weighted footprints as a lazy stack; and
 * {@link io.github.ophysio.fiji.roi.LoadedFootprints}, which finds a loaded ROI's weights again from the
 * load id and index it carries as ROI properties.
 */
package io.github.ophysio.fiji.roi;
