package io.github.ophysio.summary;

import io.github.ophysio.stream.PlaneWorker;
import java.util.List;

/** One block's accumulators: a {@link PlaneSummary} per plane of the pass, in the pass's plane order. */
final class SummaryWorker implements PlaneWorker {

    private final PlaneSummary[] planes;
    private final int[] slotOfPlane;

    SummaryWorker(int rows, int cols, int[] planeList, int numPlanes, List<SummaryImage> images) {
        this.planes = new PlaneSummary[planeList.length];
        this.slotOfPlane = new int[numPlanes];
        for (int k = 0; k < planeList.length; k++) {
            planes[k] = new PlaneSummary(rows, cols, images, planeList.length);
            slotOfPlane[planeList[k]] = k;
        }
    }

    @Override
    public void accept(int sample, int plane, float[] pixels) {
        planes[slotOfPlane[plane]].add(pixels);
    }

    /** Adds another block's accumulators, plane by plane. */
    void merge(SummaryWorker other) {
        for (int k = 0; k < planes.length; k++) {
            planes[k].merge(other.planes[k]);
        }
    }

    PlaneSummary plane(int slot) {
        return planes[slot];
    }
}
