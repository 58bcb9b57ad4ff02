package io.github.ophysio.formats.suite2p;

import io.github.ophysio.io.pickle.PickledArray;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.RoiProperty;
import io.github.ophysio.model.SegmentationExtractor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dicts of {@code stat.npy} and {@code ops.npy} as Suite2p writes them: per ROI {@code ypix},
 * {@code xpix} (int32), {@code lam} (float32 weights, non-zero pixels only), {@code med} ([row, col]
 * medians), {@code npix}, plus every number or flag property the ROIs carry (radius, snr, …); ops with
 * {@code Ly}, {@code Lx}, {@code fs} (when known), {@code nframes}, {@code tau} 1.0 (Suite2p's default), one plane and channel, the full
 * {@code yrange}/{@code xrange} and the summary images Suite2p names, each (Ly, Lx) float32.
 */
final class Suite2pDicts {

    /** Properties written by their own rule, or kept in iscell.npy rather than in stat. */
    private static final Set<String> NOT_IN_STAT = Set.of("ypix", "xpix", "lam", "med", "npix", "iscell",
            "iscell_probability", "redcell", "redcell_probability", "plane");

    /** Our image names and Suite2p's ops keys for them. */
    private static final Map<String, String> IMAGE_KEYS = Map.of("mean", "meanImg", "mean_enhanced", "meanImgE",
            "correlation", "Vcorr", "max", "max_proj");

    private Suite2pDicts() {
    }

    /** The (N,) object array of stat.npy. */
    static PickledArray stat(SegmentationExtractor source) {
        List<RoiProperty> extras = source.getProperties().stream()
                .filter(p -> !NOT_IN_STAT.contains(p.name()) && p.values().stream().allMatch(Suite2pDicts::scalar))
                .toList();
        List<Map<String, Object>> rois = new ArrayList<>();
        for (int i = 0; i < source.getNumRois(); i++) {
            Map<String, Object> roi = pixels(source.getPixelMask(i));
            for (RoiProperty extra : extras) {
                roi.put(extra.name(), extra.values().get(i));
            }
            rois.add(roi);
        }
        return PickledArray.objects(rois);
    }

    private static boolean scalar(Object value) {
        return value instanceof Number || value instanceof Boolean;
    }

    /** ypix, xpix, lam of the non-zero pixels, their medians and count. */
    static Map<String, Object> pixels(PixelMask mask) {
        int n = mask.pixelCount();
        int[] ypix = new int[n];
        int[] xpix = new int[n];
        float[] lam = new float[n];
        for (int i = 0, k = 0; i < mask.size(); i++) {
            if (mask.weights()[i] != 0) {
                ypix[k] = mask.rows()[i];
                xpix[k] = mask.cols()[i];
                lam[k++] = mask.weights()[i];
            }
        }
        Map<String, Object> roi = new LinkedHashMap<>();
        roi.put("ypix", PickledArray.int32(ypix));
        roi.put("xpix", PickledArray.int32(xpix));
        roi.put("lam", PickledArray.float32(lam, n));
        roi.put("med", List.of(median(ypix), median(xpix)));
        roi.put("npix", n);
        // Suite2p's GUI draws a circle of this radius per ROI and fails without one; a source's own radius
        // (a stat property) replaces this equal-area disk's.
        roi.put("radius", Math.sqrt(n / Math.PI));
        return roi;
    }

    /** As {@code np.median}: the middle value, or the mean of the two middle ones; NaN when empty. */
    static double median(int[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    /** The 0-d object array of ops.npy. */
    static PickledArray ops(SegmentationExtractor source) {
        int[] frame = source.getFrameShape();
        Map<String, Object> ops = new LinkedHashMap<>();
        ops.put("Ly", frame[0]);
        ops.put("Lx", frame[1]);
        source.getSamplingFrequency().ifPresent(fs -> ops.put("fs", fs));
        ops.put("nframes", source.getNumSamples());
        ops.put("tau", 1.0); // Suite2p's default; its GUI bins traces by tau · fs
        ops.put("nplanes", 1);
        ops.put("nchannels", 1);
        ops.put("yrange", List.of(0, frame[0]));
        ops.put("xrange", List.of(0, frame[1]));
        for (String name : source.getImageNames()) {
            String key = IMAGE_KEYS.get(name);
            if (key != null) {
                ops.put(key, PickledArray.float32(source.getImage(name), frame[0], frame[1]));
            }
        }
        return PickledArray.scalarObject(ops);
    }
}
