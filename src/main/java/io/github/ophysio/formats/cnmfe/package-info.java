/**
 * CNMF-E output (format id {@code cnmfe}) in a .mat file, v5 or v7.3, read through {@code io.mat}: a
 * {@code cnmfeAnalysis…} struct as CIAtah saves it, or CNMF-E's {@code neuron} saved as a struct
 * ({@code NeuronStruct}: A's columns are the masks, C_raw / C / S the
 * raw / denoised / deconvolved traces, options.d1 × d2 the frame, Fs or options.Fs the rate, ids the ROI ids).
 *
 * <p>Rules ({@code ../shared/formats/matlab.md} §4): {@code extractedImages} is rows × cols × N in
 * MATLAB order and becomes the masks as it is — roiextractors transposes it, which square test files
 * hid; {@code extractedSignals} (N × T) are the raw traces, returned (samples, rois); {@code Cn} is the
 * correlation image. The rate is the user's, else {@code inputOptions.Fs}, else T /
 * {@code time.totalTime}, and the metadata says which. A {@code Sources2D} object saved as a MATLAB
 * class (MCOS, what CNMF-E's {@code save_workspace} writes) holds its data only in MATLAB's undocumented
 * subsystem: it is refused as unsupported, with the advice to save the {@code neuron} struct instead.
 */
package io.github.ophysio.formats.cnmfe;
