package io.github.ophysio.formats.bruker;

import io.github.ophysio.formats.Confidence;
import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.XmlFiles;
import io.github.ophysio.io.tiff.TiffFile;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a Bruker PrairieView acquisition (a folder of {@code .ome.tif} files and the {@code .xml} that
 * lists them) as one recording. Recognised by the {@code <PVScan>} root of the folder's {@code .xml},
 * for the folder, the {@code .xml} or any {@code .ome.tif} in it. {@link BrukerOpener} opens.
 */
public final class BrukerFormat implements FormatReader {

    /** How PrairieView names a T-series image: {@code <series>_Cycle00001_Ch1_000001.ome.tif}. */
    private static final Pattern IMAGE_NAME = Pattern.compile(".+_Cycle\\d+_Ch\\d+_\\d+\\.ome\\.tiff?",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String id() {
        return "bruker";
    }

    @Override
    public String description() {
        return "Bruker PrairieView T-series (folder with <folder>.xml and .ome.tif files)";
    }

    @Override
    public Set<String> recordingOptions() {
        return Set.of(OpenOptions.PLANE);
    }

    /**
     * The layout of a known output: the {@code .xml} PrairieView writes, beside its images. An {@code .ome.tif}
     * named as PrairieView names its images but without that {@code .xml} is still taken (a name plus the TIFF
     * signature), so that opening it says the {@code .xml} is missing rather than some other reader's complaint.
     */
    @Override
    public Confidence sniff(FileProbe probe) {
        Optional<Path> xml = BrukerPaths.xmlOf(probe.path());
        if (xml.isPresent() && Files.isRegularFile(xml.get())
                && XmlFiles.rootElement(xml.get()).filter(BrukerXml.ROOT::equals).isPresent()) {
            return Confidence.LAYOUT;
        }
        return isNamedImage(probe) ? Confidence.NAMED_SIGNATURE : Confidence.NO;
    }

    private static boolean isNamedImage(FileProbe probe) {
        Path name = probe.path().getFileName();
        return !probe.isDirectory() && name != null && IMAGE_NAME.matcher(name.toString()).matches()
                && TiffFile.hasTiffMagic(probe.head());
    }

    @Override
    public List<String> channelNames(Path path, OpenOptions options) {
        return BrukerOpener.channelNames(path);
    }

    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        return BrukerOpener.open(path, options);
    }
}
