/**
 * The format SPI: a {@link io.github.ophysio.formats.FormatReader} per format, found through
 * {@link java.util.ServiceLoader} and chosen by sniffing content
 * ({@link io.github.ophysio.formats.FormatRegistry}); {@link io.github.ophysio.formats.OpenOptions}
 * carries the options every front end (dialog, macro, command line) shares, under the same keys.
 */
package io.github.ophysio.formats;
