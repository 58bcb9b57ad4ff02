/**
 * Plain HDF5 recordings (format id {@code hdf5}), MATLAB v7.3 files included: any numeric dataset
 * of rank 3 to 5, picked by {@code dataset=} or found (roiextractors' {@code mov}, or the only
 * candidate), its axes mapped by {@code axes=} without copying, its rate from attributes.
 */
package io.github.ophysio.formats.hdf5;
