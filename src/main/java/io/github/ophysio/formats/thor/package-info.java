/**
 * ThorImageLS acquisitions (format id {@code thor}), as roiextractors' {@code ThorTiffImagingExtractor}
 * reads them: a folder holding {@code Experiment.xml} (root {@code <ThorImageExperiment>}) and one TIFF
 * per channel, plane and time point, {@code Chan<X>_<a>_<b>_<z>_<t>.tif} (1-based, 3 or 4 digits). Plane
 * and time come from the names; channel names from the {@code <Wavelength name>}s; the rate from
 * {@code <LSM frameRate>} for planar data (for a volume it is not fixed: none is given); the pixel size
 * from {@code <LSM pixelSizeUM>}. Thor stores no per-frame times. A missing file of the grid is refused,
 * naming it; other file layouts (one multi-page TIFF, raw {@code Image_001_001.raw}) are not read.
 */
package io.github.ophysio.formats.thor;
