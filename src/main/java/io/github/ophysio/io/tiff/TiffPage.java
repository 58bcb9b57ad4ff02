package io.github.ophysio.io.tiff;

import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.model.PixelType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** One page (IFD) of a {@link TiffFile}: its tags, read when asked for (inline values from the IFD's bytes). */
public final class TiffPage {

    public static final int NO_COMPRESSION = 1;

    private final TiffFile tiff;
    private final int index;
    private final long ifdOffset;
    private final long nextIfdOffset;
    private final Map<Integer, TiffEntry> tags;
    private final ByteBuffer entries;
    private final long entriesStart;

    /** {@code entries} holds the IFD's entries from byte {@code entriesStart}: inline values are read from it. */
    TiffPage(TiffFile tiff, int index, long ifdOffset, long nextIfdOffset, Map<Integer, TiffEntry> tags,
            ByteBuffer entries, long entriesStart) {
        this.tiff = tiff;
        this.entries = entries;
        this.entriesStart = entriesStart;
        this.index = index;
        this.ifdOffset = ifdOffset;
        this.nextIfdOffset = nextIfdOffset;
        this.tags = tags;
    }

    public int index() {
        return index;
    }

    /** The file this page is in. */
    public java.nio.file.Path path() {
        return tiff.path();
    }

    public long ifdOffset() {
        return ifdOffset;
    }

    long nextIfdOffset() {
        return nextIfdOffset;
    }

    public Set<Integer> tags() {
        return tags.keySet();
    }

    public boolean has(int tag) {
        return tags.containsKey(tag);
    }

    public int width() {
        return requiredInt(TiffTag.IMAGE_WIDTH, "ImageWidth");
    }

    public int height() {
        return requiredInt(TiffTag.IMAGE_LENGTH, "ImageLength");
    }

    public int compression() {
        return (int) number(TiffTag.COMPRESSION).orElse(NO_COMPRESSION);
    }

    public int samplesPerPixel() {
        return (int) number(TiffTag.SAMPLES_PER_PIXEL).orElse(1);
    }

    public int bitsPerSample() {
        return (int) number(TiffTag.BITS_PER_SAMPLE).orElse(1);
    }

    /** TIFF SampleFormat: 1 unsigned integer (the default), 2 signed integer, 3 floating point. */
    public int sampleFormat() {
        return (int) number(TiffTag.SAMPLE_FORMAT).orElse(1);
    }

    /** Whether the page is stored in strips (not tiles). */
    public boolean isStriped() {
        return !has(TiffTag.TILE_WIDTH);
    }

    public int rowsPerStrip() {
        long rows = number(TiffTag.ROWS_PER_STRIP).orElse(Integer.MAX_VALUE);
        return (int) Math.min(Math.max(rows, 1), Integer.MAX_VALUE);
    }

    public long[] stripOffsets() {
        return numbers(TiffTag.STRIP_OFFSETS);
    }

    public long[] stripByteCounts() {
        return numbers(TiffTag.STRIP_BYTE_COUNTS);
    }

    /** The pixel type of a one-sample page; unsupported for colour or bit widths no recording uses. */
    public PixelType pixelType() {
        if (samplesPerPixel() != 1) {
            throw unsupported(samplesPerPixel() + " samples per pixel (colour); readable: 1");
        }
        return PixelTypes.of(sampleFormat(), bitsPerSample()).orElseThrow(() -> unsupported(
                "sample format " + sampleFormat() + " with " + bitsPerSample() + " bits; readable: "
                        + PixelTypes.READABLE));
    }

    /** ImageDescription (tag 270), "" when absent. */
    public String description() {
        return text(TiffTag.IMAGE_DESCRIPTION).orElse("");
    }

    /** Software (tag 305), "" when absent. */
    public String software() {
        return text(TiffTag.SOFTWARE).orElse("");
    }

    /** The text of an ASCII (or byte) tag, UTF-8, without its trailing NULs. */
    public Optional<String> text(int tag) {
        TiffEntry e = tags.get(tag);
        if (e == null || TiffEntry.typeBytes(e.type()) != 1) {
            return Optional.empty();
        }
        byte[] bytes = new byte[(int) Math.min(e.count(), Integer.MAX_VALUE - 8)];
        at(e.valueOffset()).get(bytes);
        int n = bytes.length;
        while (n > 0 && bytes[n - 1] == 0) {
            n--;
        }
        return Optional.of(new String(bytes, 0, n, StandardCharsets.UTF_8));
    }

    /** The first value of an integer tag. */
    public OptionalLong number(int tag) {
        long[] values = numbers(tag);
        return values.length == 0 ? OptionalLong.empty() : OptionalLong.of(values[0]);
    }

    /** Every value of an integer tag (BYTE, SHORT, LONG, LONG8 and their signed kinds); empty when absent. */
    public long[] numbers(int tag) {
        TiffEntry e = tags.get(tag);
        if (e == null || !TagValues.isInteger(e.type())) {
            return new long[0];
        }
        return TagValues.integers(this, e);
    }

    /** Every value of a numeric tag as doubles (RATIONAL as numerator / denominator); empty when absent. */
    public double[] values(int tag) {
        TiffEntry e = tags.get(tag);
        return e == null ? new double[0] : TagValues.doubles(this, e);
    }

    TiffFile file() {
        return tiff;
    }

    /** A buffer whose index 0 is byte {@code offset}: from the IFD's own bytes when inside them, else the file. */
    ByteBuffer at(long offset) {
        long inEntries = offset - entriesStart;
        if (inEntries >= 0 && inEntries < entries.capacity()) {
            int from = (int) inEntries;
            return entries.slice(from, entries.capacity() - from).order(tiff.byteOrder());
        }
        return tiff.at(offset);
    }

    UnsupportedFormatException unsupported(String what) {
        return new UnsupportedFormatException(tiff.path(), "TIFF page " + index + ": " + what);
    }

    private int requiredInt(int tag, String name) {
        long v = number(tag).orElseThrow(() -> tiff.corrupt("TIFF page " + index + " " + name, "a value", "none"));
        if (v < 1 || v > 1 << 20) {
            throw tiff.corrupt("TIFF page " + index + " " + name, "1.." + (1 << 20), v);
        }
        return (int) v;
    }
}
