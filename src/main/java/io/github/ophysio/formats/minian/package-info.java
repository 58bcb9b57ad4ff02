/**
 * Minian output folders: the variables {@code save_minian} writes as zarr v2 groups ({@code A}, {@code C},
 * {@code S}, {@code b0}, {@code c0}, {@code b}, {@code f}, {@code max_proj}), read by dimension names so
 * that both A layouts ((unit_id, height, width) now, (height, width, unit_id) in 2019) open, with
 * times from the Miniscope {@code timeStamps.csv}. {@code c0} is listed in the metadata, not read.
 */
package io.github.ophysio.formats.minian;
