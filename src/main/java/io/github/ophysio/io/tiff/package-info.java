/**
 * TIFF and BigTIFF as bytes: the header, a page index that finds the pages of a regular file (IFDs
 * at a fixed stride, as ScanImage writes them) in constant time and walks the IFD chain otherwise,
 * each page's tags, and a plane reader. Uncompressed strips are copied straight from the mapped
 * file; LZW, deflate and PackBits pages are decoded by TwelveMonkeys imageio-tiff. No file handle
 * stays open (many-file acquisitions), and no vendor's knowledge lives here.
 */
package io.github.ophysio.io.tiff;
