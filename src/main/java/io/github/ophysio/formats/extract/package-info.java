/**
 * EXTRACT output (format id {@code extract}) in a .mat file, v5 or v7.3, read through {@code io.mat}.
 *
 * <p>Rules ({@code ../shared/formats/matlab.md} §5): EXTRACT ≥ 1.0 saves {@code output} with
 * {@code spatial_weights} (rows × cols × N, MATLAB order, kept as it is) and {@code temporal_weights}
 * (T × N); legacy EXTRACT saves {@code extractAnalysisOutput} with {@code filters} (rows × cols × N,
 * which roiextractors transposes) and {@code traces} (N × T). Traces are dF/F when
 * {@code config.preprocess} is 1, raw otherwise. {@code info} images become {@code summary_image},
 * {@code max_image} and {@code f_per_pixel} (legacy EXTRACT's {@code summary_image} is {@code correlation}, as
 * roiextractors names it); {@code info.cellcheck} flags become per-ROI properties; the
 * flattened {@code config} goes into the metadata. EXTRACT ≥ 1.0 stores no frame rate (the user's
 * {@code fs=} is the only one); legacy files give T / {@code time.totalTime}.
 */
package io.github.ophysio.formats.extract;
