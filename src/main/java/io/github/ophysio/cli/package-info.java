/**
 * The command-line tool of {@code cli.md} ({@code java -jar ophys-io-cli.jar COMMAND PATH ...}):
 * exit 0 on success, 2 on bad usage, 3 when the file is unsupported, corrupt or missing, with one
 * line on stderr naming the file and the problem. ImageJ ROI files reach it only through
 * {@link io.github.ophysio.fiji.roi.RoiSetFile} (ImageJ's own decoder, bundled in the CLI jar).
 */
package io.github.ophysio.cli;
