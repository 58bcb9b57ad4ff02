/**
 * The extractor model, after roiextractors' current API: {@link io.github.ophysio.model.ImagingExtractor}
 * with a small core and everything else written once, immutable values, and lazy views
 * (sample slice, field-of-view slice, plane selection, concatenation). Knows only {@code java.*}.
 *
 * <p>Matrix order everywhere: samples, rows, columns[, planes]. Nothing here is ever transposed.
 */
package io.github.ophysio.model;
