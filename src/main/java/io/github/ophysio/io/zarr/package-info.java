/**
 * zarr v2 directory stores, bytes only: {@code .zarray}/{@code .zattrs}/{@code .zgroup} JSON, chunk files
 * ({@code i.j.k} or nested {@code i/j/k}), C and F order, fill values (also {@code "NaN"}), missing and
 * edge chunks, and the compressors numcodecs writes: Blosc1 frames (our framing; LZ4/LZ4HC from lz4-java,
 * zstd and snappy from aircompressor, zlib from the JDK; blosclz refused by name), zlib, gzip, zstd, lz4.
 * Filters, zarr v3 and consolidated-only stores are not read. What the arrays mean (axes, Minian's
 * variables) is the formats' business.
 */
package io.github.ophysio.io.zarr;
