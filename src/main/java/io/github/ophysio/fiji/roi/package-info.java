/**
 * Segmentations in ImageJ's ROI Manager: masks traced into ROIs named by their ids, grouped and
 * coloured by status, with properties kept; the weighted footprints as a lazy stack.
 */
package io.github.ophysio.fiji.roi;
