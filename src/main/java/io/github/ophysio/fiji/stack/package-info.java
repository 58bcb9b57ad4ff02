/**
 * Recordings as ImageJ images: the one {@link ij.VirtualStack} bridge over
 * {@link io.github.ophysio.lazy.LazyRecording}, plane conversion to ImageJ's 8/16/32-bit
 * processors, and hyperstack assembly with calibration and info.
 */
package io.github.ophysio.fiji.stack;
