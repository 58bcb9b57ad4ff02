/**
 * CaImAn output (format id {@code caiman}): the HDF5 file {@code cnm.save()} writes, read as a
 * segmentation, and the {@code .mmap} movies CaImAn writes for motion correction and CNMF, read as
 * recordings. One id for both because users think of them as "CaImAn files"; {@code kind()} tells
 * them apart by name ({@code .mmap} is imaging, everything else a segmentation).
 *
 * <p>Rules followed ({@code ../shared/formats/caiman.md}): footprints in {@code estimates/A} are a
 * CSC matrix whose pixel indices are Fortran-ordered over (d1, d2) = (rows, cols) and may be
 * unsorted; traces are stored (components, samples) and returned (samples, ROIs); None is stored as
 * the scalar string {@code "NoneType"} and read as absent, like a missing key or a zero-length array.
 * The HDF5 file is opened with jhdf per read and closed at once; only the small parts (A, b, Cn,
 * metrics, parameters) are read when opening, traces are read per request (the asked ROIs and window).
 */
package io.github.ophysio.formats.caiman;
