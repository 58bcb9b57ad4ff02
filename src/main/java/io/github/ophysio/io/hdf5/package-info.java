/**
 * HDF5 plumbing shared by every HDF5-based format (plain HDF5, NWB, CaImAn, MATLAB v7.3): finding
 * the signature behind a user block, opening a file with jhdf for metadata only, listing candidate
 * datasets, reading attributes, flattening jhdf's values into plain arrays (one flattener for all:
 * {@link io.github.ophysio.io.hdf5.Hdf5Flat}), and reading planes of contiguous datasets (memory-mapped) and of
 * chunked datasets (each chunk decoded once, a few kept). jhdf is used for metadata and the chunk
 * index; the bytes are read here, because jhdf's slice reads are about ten times slower.
 */
package io.github.ophysio.io.hdf5;
