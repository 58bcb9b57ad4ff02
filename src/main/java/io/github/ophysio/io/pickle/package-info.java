/**
 * NumPy values from pickles and {@code .npy} files: Suite2p's {@code ops.npy}/{@code stat.npy} (object
 * arrays whose data section is a pickle) and plain arrays, decoded with Pyrolite plus our own
 * constructors for NumPy arrays, dtypes and scalars (NumPy 1.x and 2.x module names). Nothing in a
 * pickle is ever executed: a global outside a short allow-list is refused as unsupported.
 * Decoded arrays are {@link io.github.ophysio.io.pickle.NumpyArray} values any format may reuse.
 * The way back: {@link io.github.ophysio.io.pickle.NumpyPickler} writes dicts, lists and
 * {@link io.github.ophysio.io.pickle.PickledArray}s as NumPy pickles them (protocol 2).
 */
package io.github.ophysio.io.pickle;
