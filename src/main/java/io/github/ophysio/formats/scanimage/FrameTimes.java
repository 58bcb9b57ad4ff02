package io.github.ophysio.formats.scanimage;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.FileText;
import io.github.ophysio.io.tiff.TiffPage;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code frameTimestamps_sec} of each sample's page, read from the page's ImageDescription when
 * first asked for and kept: opening reads none of them (20 000 pages would be 40 MB of text).
 */
final class FrameTimes {

    private static final Pattern STAMP = Pattern.compile("(?m)^\\s*frameTimestamps_sec\\s*=\\s*(\\S+)");
    private final PageStack pages;
    private final PageMap map;
    private final double[] times;

    FrameTimes(PageStack pages, PageMap map, int samples) {
        this.pages = pages;
        this.map = map;
        this.times = new double[samples];
        Arrays.fill(times, Double.NaN);
    }

    /** Whether page {@code page} states its time (the files of ScanImage ≥ 2016 do). */
    static boolean stated(TiffPage page) {
        return STAMP.matcher(page.description()).find();
    }

    synchronized double[] get(int start, int end) {
        for (int s = start; s < end; s++) {
            if (Double.isNaN(times[s])) {
                times[s] = time(pages.page(map.timePage(s)));
            }
        }
        return Arrays.copyOfRange(times, start, end);
    }

    private double time(TiffPage page) {
        Matcher m = STAMP.matcher(page.description());
        try {
            if (m.find()) {
                return Double.parseDouble(m.group(1));
            }
        } catch (NumberFormatException e) {
            throw bad(page, FileText.quote(m.group(1)));
        }
        throw bad(page, "no such line");
    }

    private CorruptFileException bad(TiffPage page, String found) {
        return CorruptFileException.expected(page.path(), "ScanImage page " + page.index()
                + " frameTimestamps_sec", "a number of seconds", found);
    }
}
