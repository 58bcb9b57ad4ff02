/**
 * MATLAB .mat files behind one API for both layouts: level-5 files (v5, v6, v7) through mfl-core and
 * v7.3 files (HDF5 behind a 512-byte user block) through jhdf and {@code io.hdf5}. Values keep
 * MATLAB's orientation: {@link io.github.ophysio.io.mat.MatValue#dims()} is MATLAB's size (dimension 1
 * = rows) and flat values are column-major, so a v7.3 dataset, stored with reversed dimensions, reads
 * back as MATLAB shows it; sparse matrices of both layouts come as the same compressed columns
 * ({@link io.github.ophysio.io.mat.MatSparse}). Also the array shapes the MATLAB segmentation formats
 * (CNMF-E, EXTRACT) share: footprint stacks, images and trace matrices in that orientation, and
 * flattened metadata. What those formats look for and what they make of it lives in their packages.
 */
package io.github.ophysio.io.mat;
