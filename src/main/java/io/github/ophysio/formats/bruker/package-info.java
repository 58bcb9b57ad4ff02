/**
 * Bruker PrairieView acquisitions (format id {@code bruker}), as roiextractors' Bruker TIFF extractors
 * read them: a folder holding {@code <folder>.xml} (root {@code <PVScan>}) and the {@code .ome.tif}
 * files it lists. The {@code .xml} is the authority: each {@code <Sequence>} is a cycle, each
 * {@code <Frame>} an image with its {@code relativeTime}, each {@code <File channel channelName
 * filename page>} where one channel's image is. A Z-series cycle ({@code TSeries ZSeries Element}) is a
 * volume whose frames are its planes; otherwise every frame is a sample. The OME-XML inside the TIFFs is
 * not read (it can describe files that are not there). Every listed file must exist. Pixels are read
 * through {@code io.tiff}, one page when asked, with no handle kept per file.
 */
package io.github.ophysio.formats.bruker;
