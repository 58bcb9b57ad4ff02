/**
 * NWB imaging series (format id {@code nwb}): every ImageSeries, TwoPhotonSeries and
 * OnePhotonSeries under {@code acquisition/} and {@code processing/}, its (t, x, y[, z]) data shown
 * in matrix order without copying, its time base, imaging-plane facts, and {@code external_file}
 * series opened through the registry (files opened lazily); by name, every other image object of
 * the image module: OpticalSeries, ImageMaskSeries, IndexSeries (over a series or an Images group),
 * Grayscale/RGB/RGBA images, colour as channels red/green/blue[/alpha]. Metadata keys beside the
 * facts: {@code imageObjects} (every image object), {@code frameLabels} (from control), and
 * {@code maskedImageSeries}, {@code indexedSeries}, {@code indexedImages}. And PlaneSegmentations under
 * {@code processing/*}{@code /ImageSegmentation} as segmentations (masks, columns, traces, images).
 */
package io.github.ophysio.formats.nwb;
