package io.github.ophysio.formats.scanimage;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.tiff.TiffPage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What page 0 says about the whole acquisition: saved channels and their names, planes, frames per
 * slice, flyback, the frame or volume rate and the pixel size, as cli.md reads them per version.
 */
final class ScanImageAcquisition {

    static final String STACK = "SI.hStackManager.";

    private final Path path;
    private final ScanImageVersion version;
    private final ScanImageMetadata si;

    private ScanImageAcquisition(Path path, ScanImageVersion version, ScanImageMetadata si) {
        this.path = path;
        this.version = version;
        this.si = si;
    }

    static ScanImageAcquisition of(Path path, TiffPage first) {
        ScanImageVersion version = ScanImageVersion.of(first);
        if (version == ScanImageVersion.NONE) {
            throw new UnsupportedFormatException(path, "not a ScanImage TIFF: expected SI.* lines (ScanImage >= 2016)"
                    + " or state.* lines (ScanImage 3.x) in page 0's Software tag or ImageDescription");
        }
        return new ScanImageAcquisition(path, version, ScanImageMetadata.parse(ScanImageVersion.metadataText(first)));
    }

    boolean modern() {
        return version == ScanImageVersion.MODERN;
    }

    /** The saved channels' names: {@code channelName[c − 1]} for c in {@code channelSave} (3.x: "Channel c"). */
    List<String> channelNames() {
        List<String> names = new ArrayList<>();
        List<String> all = si.strings("SI.hChannels.channelName");
        for (int c : savedChannels()) {
            names.add(modern() && c >= 1 && c <= all.size() ? all.get(c - 1) : "Channel " + c);
        }
        return names;
    }

    /** The 1-based numbers of the saved channels. */
    List<Integer> savedChannels() {
        List<Integer> saved = new ArrayList<>();
        if (modern()) {
            si.numbers("SI.hChannels.channelSave").forEach(c -> saved.add(c.intValue()));
        } else {
            for (int c = 1; c <= 4; c++) {
                if (si.flag("state.acq.savingChannel" + c)) {
                    saved.add(c);
                }
            }
        }
        if (saved.isEmpty()) {
            throw CorruptFileException.expected(path, "ScanImage saved channels ("
                    + (modern() ? "SI.hChannels.channelSave" : "state.acq.savingChannelN") + ")", "at least one",
                    "none");
        }
        return saved;
    }

    /** A volume: {@code SI.hStackManager.enable} true and {@code numSlices} > 1 (3.x: never). */
    boolean volume() {
        return modern() && si.flag(STACK + "enable") && count(STACK + "numSlices", 1) > 1;
    }

    /** The page layout for reading {@code channel}, with the slice-sample and plane picked (-1: none). */
    PageMap pageMap(int channel, int sliceSample, int plane) {
        int channels = savedChannels().size();
        if (!volume()) {
            return PageMap.planar(channels, channel);
        }
        int planes = count(STACK + "numSlices", 1);
        int perSlice = count(STACK + "framesPerSlice", 1);
        int imaging = count(STACK + "numFramesPerVolume", planes * perSlice);
        int withFlyback = Math.max(imaging, count(STACK + "numFramesPerVolumeWithFlyback", imaging));
        if (imaging != planes * perSlice) {
            throw CorruptFileException.expected(path, STACK + "numFramesPerVolume", planes * perSlice
                    + " (numSlices x framesPerSlice)", imaging);
        }
        return new PageMap(channels, planes, perSlice, withFlyback, channel, sliceSample, plane);
    }

    int framesPerSlice() {
        return volume() ? count(STACK + "framesPerSlice", 1) : 1;
    }

    /** {@code scanVolumeRate} for a volume, {@code scanFrameRate} for planar data; 3.x {@code state.acq.frameRate}. */
    OptionalDouble samplingFrequency() {
        String key = !modern() ? "state.acq.frameRate"
                : volume() ? "SI.hRoiManager.scanVolumeRate" : "SI.hRoiManager.scanFrameRate";
        OptionalDouble fs = si.number(key);
        boolean usable = fs.isPresent() && fs.getAsDouble() > 0 && Double.isFinite(fs.getAsDouble());
        return usable ? fs : OptionalDouble.empty();
    }

    /**
     * (dy, dx) in µm: the scan field's extent ({@code SI.hRoiManager.imagingFovUm}, else {@code imagingFovDeg}
     * × {@code SI.objectiveResolution}) over lines per frame and pixels per line; null when not stated.
     */
    double[] pixelSize(int rows, int cols) {
        List<Double> um = si.numbers("SI.hRoiManager.imagingFovUm");
        double scale = 1;
        if (um.size() != 8) {
            um = si.numbers("SI.hRoiManager.imagingFovDeg");
            scale = si.number("SI.objectiveResolution").orElse(Double.NaN);
        }
        if (!modern() || um.size() != 8 || !(scale > 0)) {
            return null;
        }
        double width = extent(um, 0) * scale;
        double height = extent(um, 1) * scale;
        return width > 0 && height > 0 ? new double[] {height / rows, width / cols} : null;
    }

    /** max − min of column {@code axis} of a 4 × 2 corner matrix given row by row. */
    private static double extent(List<Double> corners, int axis) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = axis; i < corners.size(); i += 2) {
            min = Math.min(min, corners.get(i));
            max = Math.max(max, corners.get(i));
        }
        return max - min;
    }

    /** The acquisition facts for {@code info}'s metadata, values as ScanImage wrote them. */
    Map<String, Object> metadata() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scanImageVersion", modern() ? version(si) : si.raw("state.software.version").orElse("3.x"));
        for (String key : modern() ? MODERN_KEYS : LEGACY_KEYS) {
            si.raw(key).ifPresent(v -> out.put(key, v));
        }
        return out;
    }

    private static String version(ScanImageMetadata si) {
        return si.raw("SI.VERSION_MAJOR").orElse("?") + "." + si.raw("SI.VERSION_MINOR").orElse("?")
                + si.raw("SI.VERSION_UPDATE").map(u -> "." + u).orElse("");
    }

    private int count(String key, int fallback) {
        OptionalDouble v = si.number(key);
        if (v.isEmpty()) {
            return fallback;
        }
        double d = v.getAsDouble();
        if (d < 1 || d > 1 << 24 || d != Math.rint(d)) {
            throw CorruptFileException.expected(path, key, "a whole number from 1", si.raw(key).orElse(""));
        }
        return (int) d;
    }

    private static final List<String> MODERN_KEYS = List.of("SI.hChannels.channelSave", "SI.hChannels.channelsActive",
            "SI.hChannels.channelName", "SI.hStackManager.enable", "SI.hStackManager.stackMode",
            "SI.hStackManager.numSlices", "SI.hStackManager.framesPerSlice", "SI.hStackManager.numFramesPerVolume",
            "SI.hStackManager.numFramesPerVolumeWithFlyback", "SI.hStackManager.numVolumes",
            "SI.hStackManager.actualNumVolumes", "SI.hStackManager.stackZStepSize", "SI.hFastZ.enable",
            "SI.hFastZ.flybackTime", "SI.hRoiManager.scanFrameRate", "SI.hRoiManager.scanVolumeRate",
            "SI.hRoiManager.linesPerFrame", "SI.hRoiManager.pixelsPerLine", "SI.hRoiManager.scanZoomFactor",
            "SI.hRoiManager.imagingFovUm", "SI.hRoiManager.imagingFovDeg", "SI.objectiveResolution",
            "SI.hScan2D.scanMode", "SI.hScan2D.bidirectional", "SI.hScan2D.fillFractionSpatial",
            "SI.hScan2D.logAverageFactor", "SI.hBeams.powers", "SI.acqState",
            "SI.hDisplay.displayRollingAverageFactor");
    private static final List<String> LEGACY_KEYS = List.of("state.configName", "state.acq.frameRate",
            "state.acq.numberOfFrames", "state.acq.numberOfZSlices", "state.acq.zStepSize", "state.acq.linesPerFrame",
            "state.acq.pixelsPerLine", "state.acq.zoomFactor", "state.acq.averaging", "state.acq.numberOfChannelsSave",
            "state.acq.numberOfChannelsAcquire", "state.acq.msPerLine", "state.acq.bidirectionalScan",
            "state.internal.triggerTimeString");
}
