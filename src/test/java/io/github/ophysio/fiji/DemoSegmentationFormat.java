package io.github.ophysio.fiji;

import io.github.ophysio.formats.Confidence;
import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.RoiProperty;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.StoredSegmentation;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.model.TraceSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A test-only format: a file named {@code *.demoseg} is the segmentation of the demo recording's
 * cells (weighted Gaussian footprints, their activity as raw traces, every sixth cell rejected), so
 * the README's screenshot of ROIs over their recording is made from the project's own synthetic data.
 */
public final class DemoSegmentationFormat implements FormatReader {

    private static final int ROWS = 240;
    private static final int COLS = 320;
    private static final int SAMPLES = 300;
    /** Footprint weights below this are left out, as pipelines cut their footprints' tails. */
    private static final double TAIL = 0.02;

    @Override
    public String id() {
        return "demoseg";
    }

    @Override
    public String description() {
        return "demo segmentation (tests)";
    }

    @Override
    public Confidence sniff(FileProbe probe) {
        return probe.extension().equals("demoseg") ? Confidence.SIGNATURE : Confidence.NO;
    }

    @Override
    public DataKind kind(Path path, OpenOptions options) {
        return DataKind.SEGMENTATION;
    }

    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        throw new UnsupportedOperationException("a segmentation");
    }

    @Override
    public SegmentationExtractor openSegmentation(Path path, OpenOptions options) {
        int cells = DemoRecording.cells();
        List<Object> accepted = IntStream.range(0, cells).mapToObj(k -> (Object) (k % 6 != 5)).toList();
        StoredSegmentation segmentation = StoredSegmentation.builder(path).frame(new int[] {ROWS, COLS})
                .samples(SAMPLES).samplingFrequency(OptionalDouble.of(30))
                .masks(cells, DemoSegmentationFormat::footprint)
                .traces(TraceSource.of(Set.of(TraceKind.RAW), DemoSegmentationFormat::traces))
                .properties(List.of(new RoiProperty("is_accepted", "accepted by the demo", accepted))).build();
        return segmentation;
    }

    private static PixelMask footprint(int k) {
        List<int[]> at = new ArrayList<>();
        List<Float> weights = new ArrayList<>();
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                double weight = DemoRecording.footprint(k, r, c);
                if (weight > TAIL) {
                    at.add(new int[] {r, c});
                    weights.add((float) weight);
                }
            }
        }
        float[] w = new float[weights.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.get(i);
        }
        return new PixelMask(at.stream().mapToInt(p -> p[0]).toArray(), at.stream().mapToInt(p -> p[1]).toArray(), w);
    }

    private static TraceBlock traces(TraceKind kind, int start, int end, int[] columns) {
        double[] values = new double[(end - start) * columns.length];
        for (int t = start; t < end; t++) {
            for (int j = 0; j < columns.length; j++) {
                values[(t - start) * columns.length + j] = DemoRecording.activity(columns[j], t);
            }
        }
        return new TraceBlock(end - start, columns.length, values);
    }

    /** A file this format claims. */
    static Path file(Path dir) throws IOException {
        return Files.write(dir.resolve("demo_cells.demoseg"), new byte[] {0});
    }
}
