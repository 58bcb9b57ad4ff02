/**
 * Byte plumbing shared by several formats: memory-mapped file windows, strided array layouts
 * (C order, Fortran order, any raw axis order) and the one plane source that reads planes out of
 * such a layout ({@link io.github.ophysio.io.StridedPlanes}), HDF5, MATLAB, pickle and NPY access.
 * Bytes only: no format's knowledge lives here, and nothing of ImageJ, ImgLib2 or SciJava.
 */
package io.github.ophysio.io;
