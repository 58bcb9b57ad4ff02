package io.github.ophysio.formats.isxd;

import com.google.gson.JsonObject;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.MappedFile;
import io.github.ophysio.io.StridedPlanes;
import io.github.ophysio.model.DescribedImaging;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Opens a movie or image: reads the footer only, maps the file, and works out rate, spacing and metadata. */
final class IsxdMovieOpener {

    private final Path path;
    private final OpenOptions options;
    private final IsxdFooter footer;
    private final IsxdMovieFile movie;
    private final IsxdAcquisition acquisition;

    private IsxdMovieOpener(Path path, OpenOptions options) {
        this.path = path;
        this.options = options;
        this.footer = IsxdFooter.read(path);
        this.movie = IsxdMovieFile.read(footer);
        this.acquisition = IsxdAcquisition.read(footer);
    }

    static ImagingExtractor open(Path path, OpenOptions options) {
        return new IsxdMovieOpener(path, options).open();
    }

    static List<String> channelNames(Path path) {
        IsxdFooter footer = IsxdFooter.read(path);
        IsxdMovieFile.read(footer);
        return IsxdAcquisition.read(footer).channelNames();
    }

    private ImagingExtractor open() {
        IsxdCycle cycle = acquisition.cycle(options);
        int samples = sampleCount(cycle);
        MappedFile file = MappedFile.open(path);
        StridedPlanes stored = new StridedPlanes(file, movie.storedLayout(), 0);
        IsxdHeaderClock clock = new IsxdHeaderClock(movie, file);
        OptionalDouble headerRate = clock.frameRate();
        double frameRate = headerRate.orElse(movie.timing.rate());
        OptionalDouble fs = options.samplingFrequency().isPresent() ? options.samplingFrequency()
                : OptionalDouble.of(cycle.sampleRate(frameRate));
        Map<String, Object> metadata = metadata(cycle, clock, frameRate, headerRate.isPresent());
        String channel = acquisition.channelName(options);
        return new DescribedImaging(new IsxdMovie(stored, movie.timing, cycle, samples),
                new DescribedImaging.Facts(fs, null, pixelSize(), channel, metadata));
    }

    /** Samples of the exposed recording; an empty one is refused as the model decides. */
    private int sampleCount(IsxdCycle cycle) {
        long numTimes = movie.timing.numTimes();
        long samples = cycle.samples(numTimes);
        if (samples == 0) {
            throw new UnsupportedFormatException(path, "an empty recording: numTimes " + numTimes
                    + (cycle.length() > 1 ? " (fewer than one cycle of " + cycle.length() + " frames)" : "")
                    + " (nothing to show)");
        }
        if (samples > Integer.MAX_VALUE || movie.timing.storedFrames() > Integer.MAX_VALUE) {
            throw new UnsupportedFormatException(path, "numTimes " + numTimes + " (at most " + Integer.MAX_VALUE
                    + " frames)");
        }
        return (int) samples;
    }

    /** (dy, dx) in µm from spacingInfo.pixelSize; null when the file states none. */
    private double[] pixelSize() {
        Optional<JsonObject> size = spacing("pixelSize");
        return size.map(s -> new double[] {IsxdJson.ratio(footer, s, "y"), IsxdJson.ratio(footer, s, "x")}).orElse(null);
    }

    private Optional<JsonObject> spacing(String key) {
        return IsxdJson.optionalObject(IsxdJson.object(footer, footer.json(), "spacingInfo"), key);
    }

    private Map<String, Object> metadata(IsxdCycle cycle, IsxdHeaderClock clock, double frameRate, boolean fromHeader) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("isxdType", IsxdFileKind.name(movie.type));
        out.put("fileVersion", movie.fileVersion);
        out.put("hasFrameHeaderFooter", movie.headerFooter);
        out.put("producer", IsxdJson.toJava(footer.json().get("producer")));
        out.putAll(movie.timing.metadata());
        out.put("frameRate", frameRate);
        out.put("frameRateSource", fromHeader ? "frame header clock" : "timingInfo.period");
        out.putAll(clock.metadata());
        out.put("topLeft", spacing("topLeft").map(t -> List.of(IsxdJson.ratio(footer, t, "y"),
                IsxdJson.ratio(footer, t, "x"))).orElse(null));
        out.putAll(acquisition.metadata(options));
        if (clock.hasTsc() && acquisition.planes() > 1) {
            out.put("headerEfocus", headerEfocus(clock));
        }
        out.put("incompleteTrailingFrames", cycle.incompleteTrailing(movie.timing.numTimes()));
        if (movie.extraPayloadBytes() > 0) {
            out.put("extraPayloadBytes", movie.extraPayloadBytes());
        }
        out.put("extraProperties", IsxdJson.toJava(footer.json().get("extraProperties")));
        return out;
    }

    /** The e-focus of the first cycle's frames as the frame headers state it (plane order check). */
    private List<Integer> headerEfocus(IsxdHeaderClock clock) {
        List<Integer> focus = new ArrayList<>();
        for (long t = 0; t < Math.min(acquisition.planes(), movie.timing.numTimes()); t++) {
            long k = movie.timing.storedIndex(t);
            focus.add(k < 0 ? null : clock.efocus(k));
        }
        return focus;
    }
}
