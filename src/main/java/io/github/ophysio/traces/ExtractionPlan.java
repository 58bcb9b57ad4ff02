package io.github.ophysio.traces;

import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.SampleShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one pass sums: columns 0 … N−1 are the ROIs, N … 2N−1 their neuropil rings (when asked for),
 * each plane's masks in one {@link PixelIndex}, and every column's weight sum {@code Σ w}.
 */
final class ExtractionPlan {

    final int rois;
    final int columns;
    final double[] weightSums;
    /** The index of each plane that holds a ROI, by plane. */
    final Map<Integer, PixelIndex> planes = new LinkedHashMap<>();
    final List<PixelMask> rings = new ArrayList<>();

    private ExtractionPlan(int rois, boolean ring) {
        this.rois = rois;
        this.columns = ring ? 2 * rois : rois;
        this.weightSums = new double[columns];
    }

    static ExtractionPlan of(SampleShape shape, List<RoiFootprint> footprints, TraceOptions options) {
        ExtractionPlan plan = new ExtractionPlan(footprints.size(), options.ring());
        PixelMask[] rings = new PixelMask[footprints.size()];
        for (int plane : planesOf(footprints)) {
            List<PixelMask> masks = new ArrayList<>();
            List<Integer> columns = new ArrayList<>();
            for (int k = 0; k < footprints.size(); k++) {
                if (footprints.get(k).plane() == plane) {
                    masks.add(footprints.get(k).mask());
                    columns.add(k);
                }
            }
            if (options.ring()) {
                List<PixelMask> planeRings = NeuropilRings.of(shape.rows(), shape.cols(), masks,
                        options.innerRadius(), options.minNeuropilPixels());
                for (int i = 0; i < planeRings.size(); i++) {
                    rings[columns.get(i)] = planeRings.get(i);
                    columns.add(plan.rois + columns.get(i));
                }
                masks.addAll(planeRings);
            }
            int[] columnOf = columns.stream().mapToInt(Integer::intValue).toArray();
            plan.planes.put(plane, PixelIndex.build(shape.rows(), shape.cols(), masks, columnOf, plan.weightSums));
        }
        plan.rings.addAll(options.ring() ? List.of(rings) : List.of());
        return plan;
    }

    private static List<Integer> planesOf(List<RoiFootprint> footprints) {
        return footprints.stream().map(RoiFootprint::plane).distinct().sorted().toList();
    }

    int[] planeList() {
        return planes.keySet().stream().mapToInt(Integer::intValue).toArray();
    }
}
