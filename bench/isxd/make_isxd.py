#!/usr/bin/python3
"""Writes a uint16 .isxd movie of 512 x 512 frames (optionally with nVista 3 header/footer lines) for the bench."""
import json, struct, sys
import numpy as np
# usage: make_isxd.py PATH FRAMES hf|plain   (4000 frames with hf = 2 GiB)
T, R, C = int(sys.argv[2]), 512, 512
hf = sys.argv[3] == "hf"
path = sys.argv[1]
footer = {"type": 0, "dataType": 0, "fileVersion": 1, "hasFrameHeaderFooter": hf, "extraProperties": None,
          "producer": {"name": "isxcore", "version": [1, 9, 5]},
          "spacingInfo": {"numPixels": {"x": C, "y": R}},
          "timingInfo": {"numTimes": T, "period": {"num": 1, "den": 20}, "dropped": [], "cropped": [], "blank": [],
                         "start": {"secsSinceEpoch": {"num": 0, "den": 1}, "utcOffset": 0}}}
frame = np.arange(R * C, dtype="<u2")
pad = np.zeros(2560, dtype="<u2").tobytes()
with open(path, "wb") as f:
    for k in range(T):
        if hf: f.write(pad)
        f.write((frame + k).astype("<u2").tobytes())
        if hf: f.write(pad)
    text = json.dumps(footer, indent=4, sort_keys=True).encode()
    f.write(text + b"\0" + struct.pack("<Q", len(text)))
