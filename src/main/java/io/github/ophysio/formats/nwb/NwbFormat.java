package io.github.ophysio.formats.nwb;

import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.Confidence;
import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.hdf5.Hdf5Files;
import io.github.ophysio.io.hdf5.Hdf5Signature;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.SegmentationExtractor;
import io.jhdf.HdfFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads NWB imaging series as roiextractors' {@code NwbImagingExtractor} does, with the data in
 * matrix order: NWB stores (t, x, y[, z]) with x the column (the schema), read through a
 * transposed layout, never copied; {@code nwb-x=rows} reads x as the row instead. Reads NWB
 * PlaneSegmentations (image, pixel or voxel masks, columns, RoiResponseSeries, summary images) as
 * segmentations.
 *
 * <p>{@link #kind}: a segmentation when {@code plane=} names a PlaneSegmentation, or when the file
 * has PlaneSegmentations, no imaging series under acquisition/ or processing/ and no
 * {@code dataset=}/{@code series=} names one; otherwise a recording. {@link #openSegmentation} works whenever the file has a PlaneSegmentation, so a file
 * holding a movie and its segmentation opens with both commands. Sniffs, decides the kind and
 * delegates: {@link NwbImagingOpener} and {@link NwbSegmentationOpener} open.
 */
public final class NwbFormat implements FormatReader {

    @Override
    public String id() {
        return "nwb";
    }

    @Override
    public Set<String> recordingOptions() {
        return Set.of(OpenOptions.NWB_X, OpenOptions.PLANE);
    }

    @Override
    public String description() {
        return "NWB imaging series or plane segmentation (HDF5)";
    }

    /**
     * {@code nwb_version} on the root is NWB's layout; a .nwb-named HDF5 file without it is still NWB
     * before plain HDF5 (so that opening it says what is missing).
     */
    @Override
    public Confidence sniff(FileProbe probe) {
        if (probe.isDirectory()) {
            return Confidence.NO;
        }
        boolean named = probe.extension().equals("nwb");
        if (Hdf5Signature.offset(probe.path()) < 0) {
            return named ? Confidence.EXTENSION_HINT : Confidence.NO;
        }
        if (Hdf5Files.test(probe.path(), file -> file.getAttribute("nwb_version") != null)) {
            return Confidence.LAYOUT;
        }
        return named ? Confidence.NAMED_SIGNATURE : Confidence.NO;
    }

    @Override
    public List<String> candidates(Path path, OpenOptions options) {
        return Hdf5Files.read(path, file -> NwbSeries.all(file).stream().map(f -> NwbObjects.candidate(path, f))
                .toList());
    }

    @Override
    public List<String> channelNames(Path path, OpenOptions options) {
        return NwbImagingOpener.channelNames(path, options);
    }

    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        return NwbImagingOpener.open(path, options);
    }

    @Override
    public DataKind kind(Path path, OpenOptions options) {
        return Hdf5Files.read(path, file -> isSegmentation(file, options)) ? DataKind.SEGMENTATION : DataKind.IMAGING;
    }

    @Override
    public SegmentationExtractor openSegmentation(Path path, OpenOptions options) {
        return NwbSegmentationOpener.open(path, options);
    }

    /** The paths of the file's PlaneSegmentations, which {@code plane=} takes (by path or name). */
    @Override
    public List<String> segmentationPlanes(Path path, OpenOptions options) {
        return planeSegmentations(path);
    }

    public List<String> planeSegmentations(Path path) {
        return Hdf5Files.read(path, file -> NwbPlanes.all(file).stream().map(NwbPlanes.Plane::path).toList());
    }

    private static boolean isSegmentation(HdfFile file, OpenOptions options) {
        Optional<String> plane = options.get(OpenOptions.PLANE);
        if (plane.isPresent() && NwbPlanes.names(file, plane.get())) {
            return true;
        }
        if (options.get(OpenOptions.DATASET).isPresent() || options.get(OpenOptions.SERIES).isPresent()) {
            return false; // a series or image asked for by name is opened as a recording
        }
        return !NwbPlanes.all(file).isEmpty() && NwbSeries.all(file).stream().noneMatch(NwbSeries.Found::primary);
    }
}
