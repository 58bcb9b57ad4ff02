package io.github.ophysio.fiji.roi;

import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.SegmentationExtractor;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.Roi;
import ij.process.FloatPolygon;
import java.awt.Rectangle;
import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * The weighted footprints behind the ROIs of loaded segmentations. Each load gets a load id (a random
 * UUID, so a RoiSet.zip of an earlier session never names a load of this one); each of its ROIs carries
 * the ROI properties {@value #LOAD} (the load id), {@value #INDEX} (the ROI's index in the loaded
 * segmentation) and {@value #OUTLINE} (its outline as loaded). ROI properties survive the ROI Manager's
 * cloning, renaming and a RoiSet.zip; the registry maps a load id to its {@link SegmentationExtractor}.
 *
 * <p>Lifetime: an entry lives while the ROI Manager holds a ROI of the load or an image the load opened
 * is open. It is checked when the next segmentation is loaded ({@link #releaseUnused}), so at most the
 * loads in use plus the last one are kept. A ROI whose load is gone (a RoiSet.zip opened in a new
 * session, or after its load was released) has no weights: it is measured as its drawn shape.
 *
 * <p>A ROI the user moved or edited (its outline, bounds and points, differs from the one loaded) has
 * no weights either: the stale footprint would no longer be where the ROI is drawn, so it too is
 * measured as drawn (binary). Renaming, recolouring or repositioning in Z/C/T keeps the weights.
 */
public final class LoadedFootprints {

    /** The ROI property holding the load id. */
    public static final String LOAD = "ophysLoad";
    /** The ROI property holding the ROI's index in its loaded segmentation. */
    public static final String INDEX = "ophysIndex";
    /** The ROI property holding the outline as loaded (bounds and a checksum of its points). */
    public static final String OUTLINE = "ophysOutline";

    /** A ROI's loaded footprint: its segmentation, its index there, and its weighted pixel mask. */
    public record Footprint(SegmentationExtractor segmentation, int index, PixelMask mask) {

        /** The frame (rows, cols) the mask's pixels are in. */
        public int[] frame() {
            return segmentation.getFrameShape();
        }

        /** The plane the ROI came from, when its segmentation combined several ({@code plane=all}). */
        public Optional<String> plane() {
            return segmentation.getProperty(RoiPlanes.PROPERTY).map(p -> String.valueOf(p.values().get(index)));
        }
    }

    private static final class Entry {
        final SegmentationExtractor segmentation;
        final List<WeakReference<ImagePlus>> images = new ArrayList<>();

        Entry(SegmentationExtractor segmentation) {
            this.segmentation = segmentation;
        }
    }

    private static final Map<String, Entry> LOADS = new ConcurrentHashMap<>();

    private LoadedFootprints() {
    }

    /** Registers a load of {@code segmentation}: its new load id. */
    public static String register(SegmentationExtractor segmentation) {
        String load = UUID.randomUUID().toString();
        LOADS.put(load, new Entry(segmentation));
        return load;
    }

    /** Marks {@code roi} as ROI {@code index} of {@code load}, outlined as it is now. */
    public static void tag(Roi roi, String load, int index) {
        roi.setProperty(LOAD, load);
        roi.setProperty(INDEX, Integer.toString(index));
        roi.setProperty(OUTLINE, outline(roi));
    }

    /** Keeps {@code load} while any of {@code images} is open (weakly: a closed image is not kept). */
    public static void keepWhileOpen(String load, Collection<ImagePlus> images) {
        Entry entry = LOADS.get(load);
        if (entry != null) {
            images.forEach(image -> entry.images.add(new WeakReference<>(image)));
        }
    }

    /** Drops a load (a cancelled one, or one whose windows and ROIs are gone). */
    public static void forget(String load) {
        LOADS.remove(load);
    }

    /**
     * Drops every load other than {@code keep} of which no ROI is in {@code inUse} (the ROI Manager's
     * ROIs) and no image is open.
     */
    public static void releaseUnused(Collection<Roi> inUse, String keep) {
        Set<String> used = new HashSet<>();
        for (Roi roi : inUse) {
            used.add(roi.getProperty(LOAD));
        }
        LOADS.keySet().removeIf(load -> !load.equals(keep) && !used.contains(load) && !anyOpen(LOADS.get(load)));
    }

    private static boolean anyOpen(Entry entry) {
        for (WeakReference<ImagePlus> ref : entry.images) {
            ImagePlus image = ref.get();
            if (image != null && WindowManager.getImage(image.getID()) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether the registry holds {@code load}. */
    public static boolean isRegistered(String load) {
        return LOADS.containsKey(load);
    }

    /**
     * The weighted mask of a ROI from a loaded segmentation, in the pixels of its segmentation's frame;
     * empty when the ROI was drawn or imported, its load is no longer registered, or it was moved or edited.
     */
    public static Optional<PixelMask> weights(Roi roi) {
        return footprint(roi).map(Footprint::mask);
    }

    /** As {@link #weights}, with the segmentation and index the mask comes from. */
    public static Optional<Footprint> footprint(Roi roi) {
        String load = roi.getProperty(LOAD);
        Entry entry = load == null ? null : LOADS.get(load);
        if (entry == null || isEdited(roi)) {
            return Optional.empty();
        }
        int index = index(roi);
        if (index < 0 || index >= entry.segmentation.getNumRois()) {
            return Optional.empty();
        }
        return Optional.of(new Footprint(entry.segmentation, index, entry.segmentation.getPixelMask(index)));
    }

    /** Whether a ROI of a load no longer has the outline it was loaded with (moved, resized, reshaped). */
    public static boolean isEdited(Roi roi) {
        String loaded = roi.getProperty(OUTLINE);
        return loaded != null && !loaded.equals(outline(roi));
    }

    private static int index(Roi roi) {
        try {
            return Integer.parseInt(roi.getProperty(INDEX));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** "x,y,width,height,checksum": the bounds and a checksum of the outline's points. */
    static String outline(Roi roi) {
        Rectangle b = roi.getBounds();
        FloatPolygon polygon = roi.getFloatPolygon();
        ByteBuffer points = ByteBuffer.allocate(8 * polygon.npoints);
        for (int i = 0; i < polygon.npoints; i++) {
            points.putFloat(polygon.xpoints[i]).putFloat(polygon.ypoints[i]);
        }
        CRC32 crc = new CRC32();
        crc.update(points.array());
        return b.x + "," + b.y + "," + b.width + "," + b.height + "," + Long.toHexString(crc.getValue());
    }
}
