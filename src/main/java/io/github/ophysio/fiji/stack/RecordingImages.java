package io.github.ophysio.fiji.stack;

import io.github.ophysio.formats.RecordingInfo;
import io.github.ophysio.lazy.LazyRecording;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import ij.CompositeImage;
import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.VirtualStack;
import ij.measure.Calibration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Builds ImageJ hyperstacks from one recording per channel: virtual (nothing read until shown)
 * or loaded into memory with progress and cancel. Calibration: frame interval 1/fs in seconds,
 * pixel size in µm when known, the {@code info} description as the image's Info.
 */
public final class RecordingImages {

    private static final List<String> RGB = List.of("red", "green", "blue");

    private RecordingImages() {
    }

    /** A virtual hyperstack over {@code channels}; {@code info} becomes the image info. */
    public static ImagePlus virtual(String title, List<ImagingExtractor> channels, Map<String, Object> info) {
        ReleaseOnClose.register();
        return describe(new ImagePlus(title, stack(channels)), channels, info);
    }

    /** An 8-bit recording whose channels are exactly red, green, blue shows as ImageJ's RGB type. */
    static boolean isRgb(List<ImagingExtractor> channels) {
        return channels.stream().map(ImagingExtractor::getChannelName).toList().equals(RGB)
                && channels.stream().allMatch(c -> c.getPixelType() == PixelType.UINT8);
    }

    /** The same image loaded into memory; null when the user cancelled. */
    public static ImagePlus loaded(String title, List<ImagingExtractor> channels, Map<String, Object> info,
            Progress progress) {
        VirtualStack source = stack(channels);
        requireMemory(source);
        ImageStack copy = new ImageStack(source.getWidth(), source.getHeight());
        try {
            for (int n = 1; n <= source.getSize(); n++) {
                if (progress.isCancelled()) {
                    return null;
                }
                copy.addSlice(source.getSliceLabel(n), source.getProcessor(n));
                progress.show(n, source.getSize());
            }
        } finally {
            ((Releasable) source).release();
        }
        ImagePlus image = new ImagePlus(title, copy);
        return describe(image, channels, info);
    }

    private static VirtualStack stack(List<ImagingExtractor> channels) {
        List<LazyRecording> lazy = channels.stream().map(LazyRecording::of).collect(Collectors.toList());
        return isRgb(channels) ? new RgbVirtualStack(lazy) : new OphysVirtualStack(lazy);
    }

    private static void requireMemory(VirtualStack stack) {
        long bytes = (long) stack.getWidth() * stack.getHeight() * stack.getSize() * ((stack.getBitDepth() + 7) / 8);
        long free = IJ.maxMemory() - IJ.currentMemory();
        if (bytes > free) {
            throw new IllegalArgumentException("loading needs " + (bytes >> 20) + " MB but only " + (free >> 20)
                    + " MB are free: open it as a virtual stack");
        }
    }

    private static ImagePlus describe(ImagePlus image, List<ImagingExtractor> channels, Map<String, Object> info) {
        ImagingExtractor first = channels.get(0);
        int shownChannels = isRgb(channels) ? 1 : channels.size();
        int planes = first.getNumPlanes();
        image.setDimensions(shownChannels, planes, image.getStackSize() / (shownChannels * planes));
        image.setOpenAsHyperStack(true);
        calibrate(image.getCalibration(), first, image.getBitDepth());
        image.setProperty("Info", "Ophys IO\n" + RecordingInfo.toJson(info));
        ImagePlus result = shownChannels > 1 ? new CompositeImage(image, IJ.COMPOSITE) : image;
        DisplayRange.fromSpreadFrames(result);
        if (result.getStack() instanceof OphysVirtualStack stack) {
            stack.shownBy(result);
        }
        return result;
    }

    private static void calibrate(Calibration calibration, ImagingExtractor recording, int bitDepth) {
        OptionalDouble fs = recording.getSamplingFrequency();
        if (fs.isPresent()) {
            calibration.frameInterval = 1.0 / fs.getAsDouble();
            calibration.fps = fs.getAsDouble();
            calibration.setTimeUnit("s");
        }
        double[] size = recording.getPixelSize();
        if (size != null) {
            calibration.pixelHeight = size[0];
            calibration.pixelWidth = size[1];
            calibration.setUnit("micron");
        }
        if (PlaneProcessors.isSigned16(recording.getPixelType())) {
            calibration.setSigned16BitCalibration();
        }
        ValueCalibration.apply(calibration, recording, bitDepth);
    }
}
