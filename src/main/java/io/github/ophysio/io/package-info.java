/**
 * Byte plumbing shared by several formats: memory-mapped file windows, strided array layouts
 * (C order, Fortran order, any raw axis order) and the one extractor that reads planes out of
 * such a layout. Knows nothing of ImageJ, ImgLib2 or SciJava.
 */
package io.github.ophysio.io;
