package io.github.ophysio.formats.isxd;

import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Path;
import java.util.List;

/**
 * Inscopix {@code .isxd} movies and images, read in pure Java from isxcore's layout (no Inscopix
 * software needed). Cell sets and event sets are other data sets in the same container: this
 * reader refuses them as unsupported, naming what they are.
 */
public final class IsxdFormat implements FormatReader {

    /** Content without the .isxd name: surely a JSON-footed file, less surely isxcore's. */
    static final int FOOTER_ONLY = 60;

    @Override
    public String id() {
        return "isxd";
    }

    @Override
    public String description() {
        return "Inscopix .isxd movie";
    }

    @Override
    public int sniff(FileProbe probe) {
        if (probe.isDirectory()) {
            return NO;
        }
        boolean named = probe.extension().equals("isxd");
        if (IsxdFooter.looksLikeIsxd(probe.path())) {
            return named ? CERTAIN : FOOTER_ONLY;
        }
        return named ? BY_NAME : NO;
    }

    @Override
    public List<String> channelNames(Path path, OpenOptions options) {
        return IsxdMovieOpener.channelNames(path);
    }

    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        return IsxdMovieOpener.open(path, options);
    }
}
