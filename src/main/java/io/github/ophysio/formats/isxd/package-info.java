/**
 * Inscopix {@code .isxd} files (isxcore's container: binary payload from byte 0, JSON footer at
 * the end, see {@code ../shared/formats/isxd.md}). Movies (type 0) and images (type 4, one frame)
 * open as lazy recordings through the shared strided reader; cell sets (type 1) open as
 * segmentations whose footprints and traces are read from the mapped file on request; {@link
 * io.github.ophysio.formats.isxd.IsxdFooter} is the footer parser every isxd data set shares.
 */
package io.github.ophysio.formats.isxd;
