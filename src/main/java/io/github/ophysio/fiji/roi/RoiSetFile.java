package io.github.ophysio.fiji.roi;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.FileText;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.traces.RoiFootprint;
import ij.gui.Roi;
import ij.io.RoiDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An ImageJ ROI file — a ROI Manager's {@code RoiSet.zip} (its {@code .roi} entries, in order) or one
 * {@code .roi} — decoded by ImageJ's own {@link RoiDecoder} and rasterised as Measure does
 * ({@link RoiRaster}), for callers outside ImageJ (the command line).
 */
public final class RoiSetFile {

    private RoiSetFile() {
    }

    /** True for the names this class reads: {@code .zip} and {@code .roi}. */
    public static boolean handles(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".zip") || name.endsWith(".roi");
    }

    /** Each ROI's binary mask on a rows × cols frame (plane 0), named as ImageJ names it; a line or point is refused. */
    public static List<RoiFootprint> footprints(Path file, int rows, int cols) {
        List<RoiFootprint> out = new ArrayList<>();
        for (Roi roi : read(file)) {
            if (!roi.isArea()) {
                throw new UnsupportedFormatException(file, "ROI " + FileText.quote(String.valueOf(roi.getName()))
                        + " is a " + roi.getTypeAsString() + ", not an area: traces need area ROIs");
            }
            out.add(new RoiFootprint(roi.getName(), 0, RoiRaster.mask(roi, cols, rows)));
        }
        return out;
    }

    /** The ROIs of the file, in stored order. */
    public static List<Roi> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MissingFileException(file, "no such ROI file");
        }
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".roi")) {
                return List.of(decode(file, Files.readAllBytes(file), file.getFileName().toString()));
            }
            return readZip(file);
        } catch (IOException e) {
            throw new CorruptFileException(file, "not a readable ROI file: " + FileText.quote(String.valueOf(e.getMessage())), e);
        }
    }

    private static List<Roi> readZip(Path file) throws IOException {
        List<Roi> rois = new ArrayList<>();
        List<String> others = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.toLowerCase(Locale.ROOT).endsWith(".roi")) {
                    rois.add(decode(file, zip.readAllBytes(), name.substring(name.lastIndexOf('/') + 1)));
                } else if (!entry.isDirectory()) {
                    others.add(name);
                }
            }
        }
        if (rois.isEmpty()) {
            throw CorruptFileException.expected(file, "ImageJ ROI set", "a zip of .roi entries",
                    others.isEmpty() ? "no entries (not a zip file, or an empty one)"
                            : "no .roi entry (entries: " + FileText.quote(String.join(", ", others)) + ")");
        }
        return rois;
    }

    /** One ROI, decoded as ImageJ decodes it; bytes it cannot decode are a corrupt file, naming the entry. */
    private static Roi decode(Path file, byte[] bytes, String name) {
        Roi roi;
        try {
            roi = new RoiDecoder(bytes, name).getRoi();
        } catch (IOException | RuntimeException e) {
            throw new CorruptFileException(file, FileText.quote(name) + " is not an ImageJ ROI: "
                    + FileText.quote(String.valueOf(e.getMessage())), e);
        }
        if (roi == null) {
            throw new CorruptFileException(file, FileText.quote(name) + " is not an ImageJ ROI of a known type");
        }
        return roi;
    }
}
