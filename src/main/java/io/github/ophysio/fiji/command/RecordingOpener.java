package io.github.ophysio.fiji.command;

import io.github.ophysio.fiji.stack.Progress;
import io.github.ophysio.fiji.stack.RecordingImages;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.formats.RecordingInfo;
import io.github.ophysio.model.ImagingExtractor;
import ij.ImagePlus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What both recording commands do once they have their parameters: open every channel as an image. */
public final class RecordingOpener {

    private final FormatRegistry registry;

    public RecordingOpener(FormatRegistry registry) {
        this.registry = registry;
    }

    /**
     * The image's title: the file's name, then the dataset/series, plane and channel where one was
     * chosen ({@code "stills.nwb processing/ophys/Backgrounds_0/mean image"}), so two images of one
     * file are told apart.
     */
    static String title(Path path, OpenOptions options) {
        StringBuilder title = new StringBuilder(String.valueOf(path.getFileName()));
        for (String key : List.of(OpenOptions.DATASET, OpenOptions.SERIES, OpenOptions.PLANE, OpenOptions.CHANNEL)) {
            options.get(key).ifPresent(value -> title.append(' ').append(key.equals(OpenOptions.PLANE)
                    || key.equals(OpenOptions.CHANNEL) ? key + " " + value : value.replaceFirst("^/", "")));
        }
        options.get(OpenOptions.FRAMES).ifPresent(frames -> title.append(' ').append(FrameRange.describe(frames)));
        return title.toString();
    }

    /** An opened recording: the image (null when a load was cancelled) and the channels it shows. */
    public record ImageAndChannels(ImagePlus image, List<ImagingExtractor> channels) {
    }

    /**
     * Opens {@code path} (virtual or loaded; {@code frames=A-B} lazily, as a slice); null when a load was cancelled. Failures are
     * {@link io.github.ophysio.error.OphysException}s or, for bad options, IllegalArgumentExceptions.
     */
    public ImagePlus open(Path path, OpenOptions options, boolean virtual, Progress progress) {
        return openWithChannels(path, options, virtual, progress).image();
    }

    /** As {@link #open}, with the channels' extractors (for the lazy ImgLib2 view of each). */
    public ImageAndChannels openWithChannels(Path path, OpenOptions options, boolean virtual, Progress progress) {
        FormatReader reader = registry.readerFor(path, options);
        OpenOptions chosen = options.with(OpenOptions.FORMAT, reader.id());
        List<ImagingExtractor> channels = FrameRange.select(path, options.get(OpenOptions.FRAMES).orElse(null),
                registry.openImagingChannels(path, chosen));
        List<String> names = channels.stream().map(ImagingExtractor::getChannelName).toList();
        Map<String, Object> info = RecordingInfo.of(reader.id(), channels.get(0), names);
        String title = title(path, options);
        ImagePlus image = virtual ? RecordingImages.virtual(title, channels, info)
                : RecordingImages.loaded(title, channels, info, progress);
        if (image != null) {
            RelatedSeries.remember(image, channels.get(0));
        }
        return new ImageAndChannels(image, channels);
    }
}
