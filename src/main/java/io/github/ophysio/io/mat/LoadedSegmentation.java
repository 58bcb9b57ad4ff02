package io.github.ophysio.io.mat;

import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.RoiProperty;
import io.github.ophysio.model.StoredSegmentation;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.model.TraceSource;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A segmentation read whole when its file was opened (MATLAB outputs are read in one go: mfl-core
 * inflates a v5 file entirely, and MATLAB's outputs are small next to the movies). Immutable; ROI ids
 * are the MATLAB column indices from 0, as roiextractors numbers them, unless the file names its own.
 */
public final class LoadedSegmentation extends StoredSegmentation {

    /** Everything read at open; traces are (samples, rois) in C order. */
    public record Content(Path path, int[] frame, List<PixelMask> masks, int samples, Map<TraceKind, double[]> traces,
            Map<String, float[]> images, List<RoiProperty> properties, OptionalDouble fs, Map<String, Object> metadata) {

        public Content {
            traces = Collections.unmodifiableMap(new LinkedHashMap<>(traces));
            images = Collections.unmodifiableMap(new LinkedHashMap<>(images));
            properties = List.copyOf(properties);
            metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        }
    }

    /** ROI ids are the column indices from 0. */
    public LoadedSegmentation(Content content) {
        this(content, Parts.indices(content.masks().size()));
    }

    /** ROI ids the file names (e.g. CNMF-E's {@code ids}): one per ROI, all different. */
    public LoadedSegmentation(Content content, List<Object> roiIds) {
        super(parts(content, roiIds));
    }

    private static Parts parts(Content content, List<Object> roiIds) {
        TraceSource traces = TraceSource.inMemory(content.masks().size(), content.traces());
        return new Parts(content.path().toString(), roiIds, content.frame(), content.samples(), content.fs(), null,
                content.masks(), traces, content.properties(), content.images(), List.of(), null, content.metadata());
    }
}
