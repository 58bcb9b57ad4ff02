package io.github.ophysio.formats.scanimage;

import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.tiff.TiffFile;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Opens a ScanImage acquisition (a file of it, or its folder) as one channel's recording. */
final class ScanImageOpener {

    private ScanImageOpener() {
    }

    static List<String> channelNames(Path path) {
        TiffFile first = TiffFile.open(ScanImageFiles.of(path).get(0));
        return ScanImageAcquisition.of(first.path(), first.page(0)).channelNames();
    }

    static ImagingExtractor open(Path path, OpenOptions options) {
        List<Path> files = ScanImageFiles.of(path);
        PageStack pages = PageStack.open(files);
        ScanImageAcquisition acquisition = ScanImageAcquisition.of(pages.first().path(), pages.first().page(0));
        List<String> channels = acquisition.channelNames();
        int channel = Picks.pick(path, OpenOptions.CHANNEL, channels, options);
        int planes = acquisition.pageMap(0, -1, -1).outputPlanes();
        int picked = options.get(OpenOptions.PLANE).isPresent()
                ? Picks.pick(path, OpenOptions.PLANE, planeNames(planes), options) : -1;
        int plane = planes > 1 ? picked : -1;
        int sliceSample = Picks.sliceSample(options, acquisition.framesPerSlice());
        PageMap map = acquisition.pageMap(channel, sliceSample, plane);
        int samples = (int) Math.min(Integer.MAX_VALUE - 8, map.samples(pages.pages()));
        OptionalDouble fs = options.samplingFrequency().isPresent() ? options.samplingFrequency()
                : acquisition.samplingFrequency();
        boolean nativeTimes = acquisition.modern() && FrameTimes.stated(pages.first().page(0));
        ScanImageRecording.Facts facts = new ScanImageRecording.Facts(fs, nativeTimes,
                acquisition.pixelSize(pages.rows(), pages.cols()), channels.get(channel),
                metadata(acquisition, files, pages, map, plane));
        return new ScanImageRecording(pages, map, samples, facts);
    }

    private static List<String> planeNames(int planes) {
        List<String> names = new ArrayList<>();
        for (int z = 0; z < planes; z++) {
            names.add(Integer.toString(z));
        }
        return names;
    }

    private static Map<String, Object> metadata(ScanImageAcquisition acquisition, List<Path> files, PageStack pages,
            PageMap map, int plane) {
        Map<String, Object> out = new LinkedHashMap<>(acquisition.metadata());
        out.put("files", files.stream().map(f -> f.getFileName().toString()).toList());
        out.put("pages", pages.pages());
        out.put("savedChannels", acquisition.savedChannels());
        if (map.volume()) {
            out.put("framesPerSlice", map.perSlice());
            out.put("flybackFramesPerVolume", map.withFlyback() - map.planes() * map.perSlice());
            if (map.sliceSample() >= 0) {
                out.put("sliceSample", map.sliceSample());
            }
        }
        if (plane >= 0) {
            out.put("plane", Integer.toString(plane));
        }
        return out;
    }
}
