/**
 * ScanImage TIFFs: ScanImage ≥ 2016 (BigTIFF; {@code SI.*} lines in page 0's Software tag, per-frame
 * lines with {@code frameTimestamps_sec} in every ImageDescription) and ScanImage 3.x (classic TIFF;
 * {@code state.*=value} lines separated by CR in every ImageDescription). Planar series and volumes
 * (flyback frames and an incomplete last volume dropped), the SAVED channels named from
 * {@code channelName}, several frames per slice ({@code slice-sample=}), and acquisitions split over
 * {@code <base>_<index>.tif} files opened from any one of them or their folder — as cli.md fixes it.
 * Not read: multi-ROI (mROI) layouts with several scan fields per page, ScanImage 3.x z-stacks as
 * volumes (their pages are read as planar frames), line-scan data.
 */
package io.github.ophysio.formats.scanimage;
