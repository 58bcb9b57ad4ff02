/**
 * Femtonics MESc recordings (format id {@code femtonics}): an HDF5 file of measurement sessions
 * {@code MSession_i}, each holding measurement units {@code MUnit_j} whose {@code Channel_k}
 * datasets are (T, rows, cols) movies, as roiextractors' {@code FemtonicsImagingExtractor} reads
 * them. {@code dataset=} picks a unit; channels are named by the unit's {@code Channel_k_Name}
 * attributes; the rate is 1000 / {@code ZAxisConversionConversionLinearScale} (ms per frame). Stored
 * values are not converted: each channel's linear conversion goes into the metadata. Units without
 * channel datasets, or whose channel datasets are not 3-D, are refused.
 */
package io.github.ophysio.formats.femtonics;
