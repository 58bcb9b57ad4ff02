package io.github.ophysio.formats.nwb;

import io.github.ophysio.model.RoiProperty;
import io.github.ophysio.model.StoredSegmentation;
import io.github.ophysio.model.TraceSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;


/**
 * One PlaneSegmentation. Immutable: ids, masks, properties and images are read at open; traces
 * per request from the file (which is not kept open).
 */
final class NwbSegmentation extends StoredSegmentation {

    /** What was read at open; {@code times} are native times (null when they are i / fs from 0). */
    record Content(Path path, List<Object> ids, NwbMasks masks, List<RoiProperty> properties, NwbTraces traces,
            Map<String, float[]> images, OptionalDouble fs, double[] times, Map<String, Object> metadata) {
    }

    NwbSegmentation(Content content) {
        super(new Parts(content.path().toString(), content.ids(), content.masks().frame(), content.traces().samples(),
                content.fs(), content.times(), content.masks().masks(),
                TraceSource.of(content.traces().kinds(), content.traces()::read), content.properties(), content.images(),
                List.of(), null, content.metadata()));
    }
}
