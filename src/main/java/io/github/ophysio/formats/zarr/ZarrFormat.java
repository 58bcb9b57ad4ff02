package io.github.ophysio.formats.zarr;

import io.github.ophysio.formats.Confidence;
import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.zarr.ZarrStore;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Path;
import java.util.List;

/**
 * Any zarr v2 array of rank 3 to 5 as a lazy recording, like an HDF5 dataset: the path is a
 * directory store (an array, or a group whose arrays the dataset chooser offers).
 */
public final class ZarrFormat implements FormatReader {

    @Override
    public String id() {
        return "zarr";
    }

    @Override
    public String description() {
        return "zarr v2 array or group";
    }

    /**
     * A folder with {@code .zarray} or {@code .zgroup} is the container and no more (Minian recognises its
     * own output inside the same container and wins); a folder named {@code .zarr} without them is a hint,
     * so that opening it says what is missing.
     */
    @Override
    public Confidence sniff(FileProbe probe) {
        if (!probe.isDirectory()) {
            return Confidence.NO;
        }
        if (ZarrStore.isStore(probe.path())) {
            return Confidence.SIGNATURE;
        }
        return probe.extension().equals("zarr") ? Confidence.EXTENSION_HINT : Confidence.NO;
    }

    @Override
    public List<String> channelNames(Path path, OpenOptions options) {
        return ZarrOpener.channelNames(path, options);
    }

    @Override
    public List<String> candidates(Path path, OpenOptions options) {
        return ZarrChoice.candidates(path);
    }

    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        return ZarrOpener.open(path, options);
    }
}
