package io.github.ophysio.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import ij.gui.OvalRoi;
import ij.gui.PolygonRoi;
import ij.gui.Roi;
import ij.gui.ShapeRoi;
import ij.io.RoiEncoder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The ImageJ ROIs of {@code fixtures/roitraces/imagej_rois.json} (make_roi_trace_fixtures.py), built with ImageJ and
 * saved with ImageJ's own {@link RoiEncoder} as the ROI Manager saves a {@code RoiSet.zip}: Python cannot write
 * ImageJ's composite ROIs.
 */
public final class ImageJRoiSets {

    public static final Path DIR = Path.of("src", "test", "resources", "fixtures", "roitraces");

    private ImageJRoiSets() {
    }

    /** The fixture's ROIs, in order, named. */
    public static List<Roi> rois() throws IOException {
        List<Roi> rois = new ArrayList<>();
        for (JsonElement element : JsonParser.parseString(Files.readString(DIR.resolve("imagej_rois.json"))).getAsJsonArray()) {
            JsonObject spec = element.getAsJsonObject();
            Roi roi = switch (spec.get("type").getAsString()) {
                case "rectangle" -> new Roi(i(spec, "x"), i(spec, "y"), i(spec, "width"), i(spec, "height"));
                case "oval" -> new OvalRoi(i(spec, "x"), i(spec, "y"), i(spec, "width"), i(spec, "height"));
                case "polygon" -> new PolygonRoi(ints(spec.getAsJsonArray("x")), ints(spec.getAsJsonArray("y")),
                        spec.getAsJsonArray("x").size(), Roi.POLYGON);
                default -> composite(spec.getAsJsonArray("rectangles"));
            };
            roi.setName(spec.get("name").getAsString());
            rois.add(roi);
        }
        return rois;
    }

    /** Writes {@code rois} as a ROI Manager's RoiSet.zip: one {@code <name>.roi} entry each. */
    public static Path writeZip(Path file, List<Roi> rois) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Roi roi : rois) {
                zip.putNextEntry(new ZipEntry(roi.getName() + ".roi"));
                zip.write(RoiEncoder.saveAsByteArray(roi));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Writes one ROI as a {@code .roi} file. */
    public static Path writeRoi(Path file, Roi roi) throws IOException {
        Files.write(file, RoiEncoder.saveAsByteArray(roi));
        return file;
    }

    private static Roi composite(JsonArray rectangles) {
        ShapeRoi shape = null;
        for (JsonElement r : rectangles) {
            int[] v = ints(r.getAsJsonArray());
            ShapeRoi piece = new ShapeRoi(new Roi(v[0], v[1], v[2], v[3]));
            shape = shape == null ? piece : shape.or(piece);
        }
        return shape;
    }

    private static int i(JsonObject spec, String key) {
        return spec.get(key).getAsInt();
    }

    private static int[] ints(JsonArray array) {
        int[] out = new int[array.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = array.get(k).getAsInt();
        }
        return out;
    }
}
