/**
 * Headerless raw binary recordings (roiextractors' {@code NumpyMemmapImagingExtractor} with a
 * {@code VideoStructure}): the shape, dtype, byte order, header offset and axis order come from
 * options, and the number of frames from the file size.
 */
package io.github.ophysio.formats.raw;
