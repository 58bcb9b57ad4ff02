package io.github.ophysio.formats.thor;

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

/**
 * Reads a ThorImageLS acquisition (a folder of {@code Chan<X>_…_.tif} files beside {@code Experiment.xml})
 * as one recording. Recognised by the {@code <ThorImageExperiment>} root of the {@code Experiment.xml}
 * beside a channel file, or in a folder holding channel files. {@link ThorOpener} opens.
 */
public final class ThorFormat implements FormatReader {

    @Override
    public String id() {
        return "thor";
    }

    @Override
    public String description() {
        return "ThorImageLS acquisition (folder with Experiment.xml and Chan…_.tif files)";
    }

    /**
     * The layout of a known output: ThorImage's Experiment.xml beside its channel files. A TIFF named as Thor names
     * its channel files but without that Experiment.xml is still taken (a name plus the TIFF signature), so that
     * opening it says the Experiment.xml is missing rather than some other reader's complaint.
     */
    @Override
    public Confidence sniff(FileProbe probe) {
        Path path = probe.path();
        if (!probe.isDirectory() && (path.getFileName() == null || !ThorFiles.isChannelFile(path.getFileName().toString()))) {
            return Confidence.NO;
        }
        Path xml = ThorOpener.folder(path).resolve(ThorExperiment.NAME);
        boolean experiment = Files.isRegularFile(xml)
                && XmlFiles.rootElement(xml).filter(ThorExperiment.ROOT::equals).isPresent();
        // a folder is listed only once its Experiment.xml is Thor's (a Bruker folder may hold 100 000 files)
        if (experiment && (!probe.isDirectory() || ThorFiles.any(path).isPresent())) {
            return Confidence.LAYOUT;
        }
        return !probe.isDirectory() && TiffFile.hasTiffMagic(probe.head()) ? Confidence.NAMED_SIGNATURE
                : Confidence.NO;
    }

    @Override
    public List<String> channelNames(Path path, OpenOptions options) {
        return ThorOpener.channelNames(path);
    }

    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        return ThorOpener.open(path, options);
    }
}
