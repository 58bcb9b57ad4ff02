package io.github.ophysio.formats.minian;

import io.github.ophysio.formats.Confidence;
import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.zarr.ZarrStore;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.SegmentationExtractor;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Minian output folder ({@code A.zarr}, {@code C.zarr}, … saved by {@code save_minian}) as a
 * segmentation, as roiextractors' {@code MinianSegmentationExtractor} reads it, by dimension names.
 * Minian's movies are zarr arrays: the zarr reader opens them.
 */
public final class MinianFormat implements FormatReader {

    @Override
    public String id() {
        return "minian";
    }

    @Override
    public String description() {
        return "Minian output folder (zarr)";
    }

    /** A folder holding Minian's footprints {@code A.zarr} as a zarr store: its output, by its files. */
    @Override
    public Confidence sniff(FileProbe probe) {
        Path a = probe.path().resolve("A.zarr");
        if (!probe.isDirectory() || !Files.isDirectory(a)) {
            return Confidence.NO;
        }
        return ZarrStore.isStore(a) ? Confidence.RECOGNISED_OUTPUT : Confidence.EXTENSION_HINT;
    }

    @Override
    public DataKind kind(Path path, OpenOptions options) {
        return DataKind.SEGMENTATION;
    }

    @Override
    public SegmentationExtractor openSegmentation(Path path, OpenOptions options) {
        return MinianOpener.open(path, options);
    }

    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        throw notARecording(path, "a Minian segmentation folder", "; Minian's movies (minian_ds/*.zarr) open with"
                + " format=zarr");
    }
}
