/**
 * Recordings as ImageJ images: the one {@link ij.VirtualStack} bridge over
 * {@link io.github.ophysio.lazy.LazyRecording} (with sequential read-ahead on a small shared pool),
 * plane conversion to ImageJ's 8/16/32-bit processors, and hyperstack assembly with calibration
 * and info.
 */
package io.github.ophysio.fiji.stack;
