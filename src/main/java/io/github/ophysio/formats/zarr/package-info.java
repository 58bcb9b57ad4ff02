/**
 * zarr v2 directory stores as recordings: any array of rank 3 to 5 (a group offers its arrays to
 * {@code dataset=}), axes from xarray's {@code _ARRAY_DIMENSIONS} ({@code frame}, {@code height},
 * {@code width}, {@code z}, {@code channel}…) or {@code axes=}, read chunk by chunk through
 * {@code io.zarr}. Minian's intermediate movies ({@code minian_ds/Y_fm_chk} …) take their times from a
 * Miniscope {@code timeStamps.csv} beside them. zarr v3, filters and BloscLZ are refused.
 */
package io.github.ophysio.formats.zarr;
