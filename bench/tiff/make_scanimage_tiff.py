#!/usr/bin/python3
"""Writes a ScanImage-like BigTIFF for the benchmark: int16 pages, SI.* lines in every page's Software tag,
a per-frame ImageDescription with frameTimestamps_sec (fixed length, so the IFDs sit at a fixed stride as
ScanImage writes them). Usage: make_scanimage_tiff.py <out.tif> <pages> <rows> <cols>"""
import sys

import numpy as np
import tifffile

out, pages, rows, cols = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
software = "\n".join([
    "SI.VERSION_MAJOR = 2021", "SI.VERSION_MINOR = 1", "SI.hChannels.channelName = {'Channel 1' 'Channel 2'}",
    "SI.hChannels.channelSave = 1", "SI.hChannels.channelsActive = 1", "SI.hRoiManager.scanFrameRate = 30",
    "SI.hRoiManager.linesPerFrame = %d" % rows, "SI.hRoiManager.pixelsPerLine = %d" % cols,
    "SI.hStackManager.enable = false", "SI.hStackManager.numSlices = 1"]) + "\n"
rng = np.random.default_rng(0)
base = rng.integers(-2000, 2000, size=(rows, cols), dtype=np.int16)
with tifffile.TiffWriter(out, bigtiff=True, byteorder="<") as tw:
    for i in range(pages):
        desc = "frameNumbers = %9d\nframeTimestamps_sec = %14.9f\n" % (i + 1, i / 30.0)
        tw.write(base + np.int16(i % 1000), description=desc, software=software, metadata=None,
                 photometric="minisblack", contiguous=False)
