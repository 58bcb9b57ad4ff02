package io.github.ophysio.summary;

import io.github.ophysio.model.SampleShape;
import io.github.ophysio.stream.RecordingPass;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The summary images of one recording, computed in one {@link RecordingPass}: for each image asked for,
 * one float64 rows × cols image per plane of the pass (in the pass's plane order).
 */
public final class SummaryImages {

    private final SampleShape shape;
    private final Map<SummaryImage, double[][]> images;

    private SummaryImages(SampleShape shape, Map<SummaryImage, double[][]> images) {
        this.shape = shape;
        this.images = images;
    }

    /**
     * Runs {@code pass} once and makes {@code wanted} for each of its planes. Throws what the pass
     * throws (a {@link io.github.ophysio.stream.PassCancelledException} when cancelled); an empty
     * sample range is refused.
     */
    public static SummaryImages compute(RecordingPass pass, List<SummaryImage> wanted) {
        SampleShape sample = pass.recording().getSampleShape();
        int[] planes = pass.planeList();
        if (pass.blocks().stream().allMatch(b -> b.size() == 0)) {
            throw new IllegalArgumentException("summary images need at least one frame");
        }
        List<SummaryWorker> workers = pass.run(block -> new SummaryWorker(sample.rows(), sample.cols(), planes,
                sample.planes(), wanted));
        SummaryWorker all = workers.get(0);
        workers.subList(1, workers.size()).forEach(all::merge);
        Map<SummaryImage, double[][]> made = new EnumMap<>(SummaryImage.class);
        for (SummaryImage image : wanted) {
            double[][] perPlane = new double[planes.length][];
            for (int k = 0; k < planes.length; k++) {
                perPlane[k] = all.plane(k).image(image);
            }
            made.put(image, perPlane);
        }
        return new SummaryImages(new SampleShape(sample.rows(), sample.cols(), planes.length), made);
    }

    /** Rows, columns and the number of planes imaged. */
    public SampleShape shape() {
        return shape;
    }

    /** {@code image} of plane slot {@code k} (row-major rows × cols). */
    public double[] plane(SummaryImage image, int k) {
        return images.get(image)[k].clone();
    }

    /** {@code image} in C order of (rows, cols) for one plane, (rows, cols, planes) for several. */
    public double[] interleaved(SummaryImage image) {
        double[][] perPlane = images.get(image);
        int planes = perPlane.length;
        double[] out = new double[perPlane[0].length * planes];
        for (int k = 0; k < planes; k++) {
            for (int i = 0; i < perPlane[k].length; i++) {
                out[i * planes + k] = perPlane[k][i];
            }
        }
        return out;
    }
}
