package io.github.ophysio.formats.isxd;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a cell set's cells lie (isxd.md §4): from byte 0, for each cell in name order, its
 * footprint (rows × cols float32, row-major) and then its trace (numTimes float32, one value per
 * time index, dropped and cropped ones included), little-endian. Checks that the payload holds
 * exactly as many cells as the footer names.
 */
final class IsxdCellSetFile {

    /** Footer keys read into ids, properties, shape and time base; every other key goes into metadata as is. */
    private static final Set<String> READ_KEYS = Set.of("type", "dataType", "timingInfo", "spacingInfo",
            IsxdCellLists.NAMES, IsxdCellLists.STATUSES, IsxdCellLists.COLORS, IsxdCellLists.ACTIVITY);
    private static final int FLOAT_BYTES = 4;

    final IsxdFooter footer;
    final int rows;
    final int cols;
    final IsxdTiming timing;
    final IsxdCellLists cells;
    /** Bytes of one cell: its footprint then its trace. */
    final long cellBytes;

    private IsxdCellSetFile(IsxdFooter footer, int[] shape, IsxdTiming timing, IsxdCellLists cells) {
        this.footer = footer;
        this.rows = shape[0];
        this.cols = shape[1];
        this.timing = timing;
        this.cells = cells;
        this.cellBytes = cellBytes(footer, shape, timing.numTimes());
    }

    /** The cell set described by {@code footer}; refuses other data set types, checks the payload size. */
    static IsxdCellSetFile read(IsxdFooter footer) {
        IsxdFileKind.requireCellSet(footer);
        requireFloat(footer);
        IsxdCellSetFile file = new IsxdCellSetFile(footer, IsxdMovieFile.shape(footer), IsxdTiming.read(footer),
                IsxdCellLists.read(footer));
        file.checkPayload();
        return file;
    }

    /** isxcore writes cell sets as float32 only, with dataType the string "float". */
    private static void requireFloat(IsxdFooter footer) {
        JsonElement type = footer.json().get("dataType");
        if (type == null || !type.isJsonPrimitive() || !"float".equals(type.getAsString())) {
            throw IsxdJson.expected(footer, "dataType", "\"float\" (a cell set's float32 footprints and traces)", type);
        }
    }

    private static long cellBytes(IsxdFooter footer, int[] shape, long numTimes) {
        if (numTimes > Integer.MAX_VALUE) {
            throw new UnsupportedFormatException(footer.path(), "cell set traces of numTimes " + numTimes
                    + " samples (at most " + Integer.MAX_VALUE + ")");
        }
        return ((long) shape[0] * shape[1] + numTimes) * FLOAT_BYTES;
    }

    private void checkPayload() {
        long found = footer.payloadEnd();
        long fits = found / cellBytes;
        if (fits != cells.count()) {
            BigInteger needed = BigInteger.valueOf(cellBytes).multiply(BigInteger.valueOf(cells.count()));
            throw new CorruptFileException(footer.path(), "isxd cell set payload: expected " + needed + " bytes for "
                    + cells.count() + " cells (" + IsxdCellLists.NAMES + ") of " + cellBytes + " bytes (" + rows + " x "
                    + cols + " footprint + " + timing.numTimes() + " samples, float32), found " + found
                    + " bytes (room for " + fits + ")");
        }
    }

    int numSamples() {
        return (int) timing.numTimes();
    }

    int footprintPixels() {
        return rows * cols;
    }

    /** Byte offset of cell {@code i}'s footprint. */
    long footprintStart(int i) {
        return i * cellBytes;
    }

    /** Byte offset of sample {@code t} of cell {@code i}'s trace. */
    long traceStart(int i, int t) {
        return footprintStart(i) + ((long) footprintPixels() + t) * FLOAT_BYTES;
    }

    /** Bytes between the last cell and the footer (0 in files isxcore writes). */
    long extraPayloadBytes() {
        return footer.payloadEnd() - cells.count() * cellBytes;
    }

    /** What the file says beyond ids, properties, shape and samples: time base, spacing, the other footer keys. */
    Map<String, Object> metadata() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("isxdType", IsxdFileKind.name(IsxdFileKind.CELL_SET));
        out.put("numCells", cells.count());
        out.put("emptyCellSet", cells.count() == 0);
        out.put("traceUnits", IsxdJson.text(footer.json(), "extraProperties", "idps", "cellset", "units").orElse(null));
        Map<String, Object> time = new LinkedHashMap<>(timing.metadata());
        time.remove("storedFrames"); // a movie's notion: a cell set stores a value for every time index
        out.putAll(time);
        out.put("frameRate", timing.rate());
        out.put("pixelSize", spacing("pixelSize").map(this::yx).orElse(null));
        out.put("topLeft", spacing("topLeft").map(this::yx).orElse(null));
        if (extraPayloadBytes() > 0) {
            out.put("extraPayloadBytes", extraPayloadBytes());
        }
        footer.json().entrySet().stream().filter(e -> !READ_KEYS.contains(e.getKey()))
                .forEach(e -> out.put(e.getKey(), IsxdJson.toJava(e.getValue())));
        return out;
    }

    private Optional<JsonObject> spacing(String key) {
        return IsxdJson.optionalObject(IsxdJson.object(footer, footer.json(), "spacingInfo"), key);
    }

    /** A spacing {x, y} pair of Ratios as [y, x] (rows first, like the frame shape). */
    private List<Double> yx(JsonObject pair) {
        return List.of(IsxdJson.ratio(footer, pair, "y"), IsxdJson.ratio(footer, pair, "x"));
    }
}
