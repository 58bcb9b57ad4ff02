package io.github.ophysio.fiji.table;

import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceKind;
import java.util.List;
import java.util.Map;

/**
 * The cells of one trace table, read from the segmentation when asked for: column 0 is the time of
 * each sample, column c &gt; 0 the trace of ROI c − 1. Values are read in tiles of
 * {@value #TILE_SAMPLES} samples × {@value #TILE_ROIS} ROIs (32 KiB of doubles) and the last
 * {@value #KEPT_TILES} tiles are kept (16 MiB at most, whatever the table's size): a screenful of
 * rows is one tile, a row across 5 000 ROIs 313 tiles, a whole column one read. Thread-safe.
 */
final class TraceCells {

    static final int TILE_SAMPLES = 256;
    static final int TILE_ROIS = 16;
    static final int KEPT_TILES = 512;

    private final SegmentationExtractor segmentation;
    private final TraceKind kind;
    private final double[] times;
    private final boolean timed;
    private final String[] ids;
    /** Per column (time, then ROIs): 0 not looked at yet, 1 whole numbers only (NaN aside), 2 not. */
    private final byte[] wholeNumbers;
    private final Map<Long, double[]> tiles = new LruMap<>(KEPT_TILES);

    TraceCells(SegmentationExtractor segmentation, TraceKind kind) {
        this.segmentation = segmentation;
        this.kind = kind;
        double[] stated = segmentation.getTimestamps();
        this.timed = stated != null;
        this.times = timed ? stated : indices(segmentation.getNumSamples());
        this.ids = idsOf(segmentation.getRoiIds());
        this.wholeNumbers = new byte[ids.length + 1];
    }

    /** The first column's name: {@code time_s} in seconds, or {@code sample} (the index) when no rate is known. */
    String timeHeading() {
        return timed ? TraceTables.TIME : TraceTables.SAMPLE;
    }

    int samples() {
        return times.length;
    }

    int rois() {
        return ids.length;
    }

    /** The id of the ROI at {@code roi}, as its column is named. */
    String id(int roi) {
        return ids[roi];
    }

    double time(int sample) {
        return times[sample];
    }

    /** Every sample's time: seconds (i / fs, native or user times), or the sample index when unknown. */
    double[] times() {
        return times.clone();
    }

    /** The value of ROI {@code roi} at {@code sample}. */
    double value(int sample, int roi) {
        double[] tile = tile(sample / TILE_SAMPLES, roi / TILE_ROIS);
        return tile[(sample % TILE_SAMPLES) * tileRois(roi / TILE_ROIS) + roi % TILE_ROIS];
    }

    /** ROI {@code roi}'s whole trace, in one read (not through the tiles). */
    double[] column(int roi) {
        return segmentation.readTraces(kind, 0, samples(), new int[] {roi}).values();
    }

    /**
     * True when every value of table column {@code column} (0 = time) is a whole number or NaN, as
     * ImageJ needs to know to format the column (whole numbers without decimals); one read of the
     * column the first time.
     */
    boolean wholeNumbers(int column) {
        if (wholeNumbers[column] == 0) {
            wholeNumbers[column] = (byte) (column == 0 ? whole(times) : whole(column(column - 1)));
        }
        return wholeNumbers[column] == 1;
    }

    private static int whole(double[] values) {
        for (double value : values) {
            if ((int) value != value && !Double.isNaN(value)) {
                return 2;
            }
        }
        return 1;
    }

    private synchronized double[] tile(int sampleTile, int roiTile) {
        long key = (long) sampleTile * (rois() / TILE_ROIS + 1) + roiTile;
        return tiles.computeIfAbsent(key, k -> readTile(sampleTile, roiTile));
    }

    private double[] readTile(int sampleTile, int roiTile) {
        int start = sampleTile * TILE_SAMPLES;
        int[] rois = new int[tileRois(roiTile)];
        for (int i = 0; i < rois.length; i++) {
            rois[i] = roiTile * TILE_ROIS + i;
        }
        return segmentation.readTraces(kind, start, Math.min(samples(), start + TILE_SAMPLES), rois).values();
    }

    private int tileRois(int roiTile) {
        return Math.min(TILE_ROIS, rois() - roiTile * TILE_ROIS);
    }

    private static double[] indices(int samples) {
        double[] indices = new double[samples];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = i;
        }
        return indices;
    }

    private static String[] idsOf(List<Object> roiIds) {
        return roiIds.stream().map(String::valueOf).toArray(String[]::new);
    }
}
