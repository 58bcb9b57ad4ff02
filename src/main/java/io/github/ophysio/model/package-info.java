/**
 * The extractor model, after roiextractors' current API: {@link io.github.ophysio.model.ImagingExtractor}
 * with a small core and everything else written once, immutable values, and lazy views
 * (sample slice, field-of-view slice, plane selection, concatenation). Knows only {@code java.*}.
 *
 * <p>The test kit, as roiextractors' {@code testing} module, lives here too:
 * {@link io.github.ophysio.model.SyntheticImaging} (position-coded values) and
 * {@link io.github.ophysio.model.ImagingComparison} (equality of two recordings).
 *
 * <p>Matrix order everywhere: samples, rows, columns[, planes]. Nothing here is ever transposed.
 */
package io.github.ophysio.model;
