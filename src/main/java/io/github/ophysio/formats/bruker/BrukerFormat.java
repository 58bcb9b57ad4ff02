package io.github.ophysio.formats.bruker;

import io.github.ophysio.formats.Confidence;
import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.XmlFiles;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a Bruker PrairieView acquisition (a folder of {@code .ome.tif} files and the {@code .xml} that
 * lists them) as one recording. Recognised by the {@code <PVScan>} root of the folder's {@code .xml},
 * for the folder, the {@code .xml} or any {@code .ome.tif} in it. {@link BrukerOpener} opens.
 */
public final class BrukerFormat implements FormatReader {

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

    /** The layout of a known output: the {@code .xml} PrairieView writes, beside its images. */
    @Override
    public Confidence sniff(FileProbe probe) {
        Optional<Path> xml = BrukerPaths.xmlOf(probe.path());
        if (xml.isEmpty() || !Files.isRegularFile(xml.get())) {
            return Confidence.NO;
        }
        return XmlFiles.rootElement(xml.get()).filter(BrukerXml.ROOT::equals).isPresent()
                ? Confidence.LAYOUT : Confidence.NO;
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
