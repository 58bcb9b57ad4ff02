/**
 * The format SPI: a {@link io.github.ophysio.formats.FormatReader} per format, found through
 * {@link java.util.ServiceLoader} and chosen by sniffing content
 * ({@link io.github.ophysio.formats.FormatRegistry}); {@link io.github.ophysio.formats.OpenOptions}
 * carries the options every front end (dialog, macro, command line) shares, under the same keys.
 *
 * <p>Every format package has one shape: its {@code *Format} (the SPI entry: sniff, kind, names, and
 * delegation), an opener ({@code *Opener}) that reads a file at open into a
 * {@code model.DescribedImaging} or a {@code model.StoredSegmentation}, and its parsers. Knowledge that
 * several formats share stays here ({@link io.github.ophysio.formats.ArrayRecordings},
 * {@link io.github.ophysio.formats.MatOutputVariables}), never in {@code io}, which only reads bytes.
 *
 * <p>The way back: a {@link io.github.ophysio.formats.SegmentationWriter} per layout (same SPI pattern),
 * living beside its reader, writes any segmentation in that pipeline's own layout
 * ({@link io.github.ophysio.formats.TraceRows} gives the (rois, samples) traces pipelines store).
 */
package io.github.ophysio.formats;
