/**
 * NumPy {@code .npy} arrays (format 1.0, 2.0, 3.0) of shape (T, rows, cols) or
 * (T, rows, cols, N): memory-mapped, never read whole, in C or Fortran order, either byte order.
 */
package io.github.ophysio.formats.npy;
