/**
 * The Fiji/ImageJ layer: adapts the readers and the lazy loader to ImageJ windows, stacks and
 * commands. It holds no format knowledge. Whatever it reaches in ImageJ past the public API is in
 * {@link io.github.ophysio.fiji.ImageJInternals}.
 */
package io.github.ophysio.fiji;
