/**
 * Suite2p output folders ({@code suite2p/} with {@code plane*} folders, or one plane folder) as
 * segmentations, and a plane's registered movie ({@code data.bin}) as a lazy recording. Pickled
 * {@code ops.npy}/{@code stat.npy} are decoded by {@code io.pickle}; traces are mapped, not read.
 */
package io.github.ophysio.formats.suite2p;
