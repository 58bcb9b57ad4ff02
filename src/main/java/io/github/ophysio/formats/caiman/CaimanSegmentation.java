package io.github.ophysio.formats.caiman;

import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.RoiProperty;
import io.github.ophysio.model.StoredSegmentation;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.model.TraceSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;


/**
 * A CaImAn {@code cnm.save()} file as a segmentation. Immutable: footprints, background footprints,
 * properties and images are read at open (small), traces per request from the file.
 * ROI ids are CaImAn's component indices 0 … K-1 (what {@code idx_components} lists); background
 * components are {@code background0}, {@code background1}, … as roiextractors names them.
 */
final class CaimanSegmentation extends StoredSegmentation {

    /** What was read at open. */
    record Content(Path path, int[] frame, List<PixelMask> masks, List<PixelMask> background, CaimanTraces traces,
            List<RoiProperty> properties, Map<String, float[]> images, OptionalDouble fs, Map<String, Object> metadata) {
    }

    CaimanSegmentation(Content content) {
        super(parts(content));
    }

    private static Parts parts(Content content) {
        CaimanTraces traces = content.traces();
        TraceSource background = traces.has(TraceKind.BACKGROUND)
                ? TraceSource.of(Set.of(TraceKind.BACKGROUND), traces::read) : null;
        return new Parts(content.path().toString(), Parts.indices(content.masks().size()), content.frame(),
                traces.samples(), content.fs(), null, content.masks(), TraceSource.of(traces.roiKinds(), traces::read),
                content.properties(), content.images(), content.background(), background, content.metadata());
    }
}
