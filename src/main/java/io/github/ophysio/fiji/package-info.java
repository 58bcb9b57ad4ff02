/**
 * The Fiji/ImageJ layer: adapts the readers and the lazy loader to ImageJ windows, stacks and
 * commands. It holds no format knowledge.
 */
package io.github.ophysio.fiji;
