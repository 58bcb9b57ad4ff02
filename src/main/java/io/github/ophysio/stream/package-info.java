/**
 * One streaming pass over a recording: samples read once, in storage order, in contiguous blocks on
 * every core, each plane handed to a per-block {@link io.github.ophysio.stream.PlaneWorker} as floats.
 * Traces and summary images are computed in such a pass, so their cost is one read of the recording
 * whatever the number of ROIs or images. Memory is a few planes per worker plus what the workers keep.
 * Progress is reported as a fraction on the calling thread; cancelling stops every worker before
 * {@link io.github.ophysio.stream.PassCancelledException} is thrown. Nothing of ImageJ here.
 */
package io.github.ophysio.stream;
