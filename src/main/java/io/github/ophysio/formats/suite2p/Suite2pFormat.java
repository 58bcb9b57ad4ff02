package io.github.ophysio.formats.suite2p;

import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.Confidence;
import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.SegmentationExtractor;
import java.nio.file.Path;
import java.util.List;

/**
 * Suite2p output as roiextractors' {@code Suite2pSegmentationExtractor} reads it, without its
 * traps: every ROI kept, Vcorr/max_proj placed at yrange/xrange. The path is the {@code suite2p/}
 * folder, a plane folder, or {@code stat.npy}/{@code ops.npy} inside one. A {@code suite2p/} folder
 * opens its first plane (natural order), as roiextractors does; {@code plane=} picks another by name or
 * index, {@code plane=all} combines every {@code plane*} folder (ids "plane0/3", property {@code plane})
 * and {@code plane=combined} opens Suite2p's own merged folder. A plane's {@code data.bin} opens as a
 * recording.
 */
public final class Suite2pFormat implements FormatReader {

    @Override
    public String id() {
        return "suite2p";
    }

    @Override
    public String description() {
        return "Suite2p output folder";
    }

    /**
     * A complete plane folder (or a folder of them) is Suite2p's output, recognised by its files; so are
     * {@code stat.npy}/{@code ops.npy} inside one, above the npy reader's signature because that reader
     * cannot open these pickles: the user means the plane.
     */
    @Override
    public Confidence sniff(FileProbe probe) {
        Path path = probe.path();
        if (!probe.isDirectory()) {
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            boolean pickled = name.equals(Suite2pFolder.STAT) || name.equals(Suite2pFolder.OPS);
            return pickled && Suite2pFolder.isComplete(path.toAbsolutePath().getParent())
                    ? Confidence.RECOGNISED_OUTPUT : Confidence.NO;
        }
        List<Path> planes = Suite2pFolder.subPlanesOrNone(path);
        if (Suite2pFolder.isComplete(path) || planes.stream().anyMatch(Suite2pFolder::isComplete)) {
            return Confidence.RECOGNISED_OUTPUT;
        }
        // F.npy beside ops.npy but no stat.npy: ours, so that opening says stat.npy is missing
        return Suite2pFolder.looksLikePlane(path) || !planes.isEmpty() ? Confidence.EXTENSION_HINT : Confidence.NO;
    }

    @Override
    public DataKind kind(Path path, OpenOptions options) {
        return DataKind.SEGMENTATION;
    }

    @Override
    public List<String> channelNames(Path path, OpenOptions options) {
        return Suite2pOpener.channelNames(path, options);
    }

    /**
     * The plane names ({@code plane*} folders, then {@code combined} where present), for {@code plane=},
     * which also takes {@code all}.
     */
    @Override
    public List<String> candidates(Path path, OpenOptions options) {
        return Suite2pFolder.locate(path).names();
    }

    /**
     * The choices cli.md fixes: each {@code plane*} folder in natural order (the first is the default),
     * then {@code all} (every plane as one segmentation) when there are several, then {@code combined}
     * where Suite2p wrote it.
     */
    @Override
    public List<String> segmentationPlanes(Path path, OpenOptions options) {
        List<String> names = new java.util.ArrayList<>(Suite2pFolder.locate(path).names());
        long planes = names.stream().filter(name -> !name.equals(Suite2pFolder.COMBINED)).count();
        if (planes > 1) {
            names.add((int) planes, Suite2pFolder.ALL);
        }
        return names;
    }

    @Override
    public SegmentationExtractor openSegmentation(Path path, OpenOptions options) {
        return Suite2pOpener.openSegmentation(path, options);
    }

    /** The registered movie of the picked plane (default the first) and channel. */
    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        return Suite2pOpener.openImaging(path, options);
    }
}
