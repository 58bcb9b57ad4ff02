/**
 * The extractor model, after roiextractors' current API: {@link io.github.ophysio.model.ImagingExtractor}
 * with a small core and everything else written once, immutable values, and lazy views
 * (sample slice, field-of-view crop, plane selection, concatenation). Knows only {@code java.*}.
 *
 * <p>What a reader found has one shape per kind: a recording is a
 * {@link io.github.ophysio.model.PlaneSource} plus the facts
 * {@link io.github.ophysio.model.DescribedImaging} attaches; a segmentation is a
 * {@link io.github.ophysio.model.StoredSegmentation} filled through its builder.
 *
 * <p>The test kit, as roiextractors' {@code testing} module, lives here too:
 * {@link io.github.ophysio.model.SyntheticImaging} (position-coded values) and
 * {@link io.github.ophysio.model.ImagingComparison} (equality of two recordings).
 *
 * <p>Matrix order everywhere: samples, rows, columns[, planes]. Nothing here is ever transposed.
 */
package io.github.ophysio.model;
