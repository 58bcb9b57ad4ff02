package io.github.ophysio.bench.traces;

import ij.ImagePlus;
import ij.gui.OvalRoi;
import ij.gui.Roi;
import ij.io.FileInfo;
import ij.io.RoiEncoder;
import ij.measure.Measurements;
import ij.measure.ResultsTable;
import ij.plugin.FileInfoVirtualStack;
import ij.plugin.filter.Analyzer;
import ij.plugin.frame.RoiManager;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * ImageJ's own answer, for comparison: ROI Manager > Multi Measure (Mean) of ovals over the movie opened as
 * ImageJ's raw virtual stack (FileInfoVirtualStack: every slice read from the file as asked). Writes the ovals
 * as a RoiSet.zip (RoiEncoder) for the CLI, and Multi Measure's means as float64 (T, N) .npy for the check.
 * usage: MultiMeasureBench MOVIE.npy ROWS.tsv ROISET.zip MEANS.npy  (prints the seconds Multi Measure took)
 */
public final class MultiMeasureBench {

    private MultiMeasureBench() {
    }

    public static void main(String[] args) throws Exception {
        Path movie = Path.of(args[0]).toAbsolutePath();
        List<Roi> rois = ovals(Path.of(args[1]));
        writeRoiSet(Path.of(args[2]), rois);
        FileInfo info = new FileInfo();
        info.fileType = FileInfo.GRAY16_UNSIGNED;
        info.intelByteOrder = true;
        info.width = 512;
        info.height = 512;
        info.nImages = (int) ((Files.size(movie) - 128) / (512L * 512 * 2));
        info.offset = 128;
        info.directory = movie.getParent().toString() + "/";
        info.fileName = movie.getFileName().toString();
        ImagePlus image = new ImagePlus("movie", new FileInfoVirtualStack(info, false));
        Analyzer.setMeasurements(Measurements.MEAN);
        long start = System.nanoTime();
        ResultsTable table = RoiManager.multiMeasure(image, rois.toArray(Roi[]::new), false);
        double seconds = (System.nanoTime() - start) / 1e9;
        writeMeans(Path.of(args[3]), table, rois.size(), info.nImages);
        System.out.printf("%.3f%n", seconds);
    }

    private static List<Roi> ovals(Path tsv) throws Exception {
        List<Roi> rois = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            String[] v = line.split("\t");
            Roi roi = new OvalRoi(Integer.parseInt(v[0]), Integer.parseInt(v[1]), Integer.parseInt(v[2]),
                    Integer.parseInt(v[3]));
            roi.setName("cell" + rois.size());
            rois.add(roi);
        }
        return rois;
    }

    private static void writeRoiSet(Path zipFile, List<Roi> rois) throws Exception {
        try (OutputStream out = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Roi roi : rois) {
                zip.putNextEntry(new ZipEntry(roi.getName() + ".roi"));
                zip.write(RoiEncoder.saveAsByteArray(roi));
                zip.closeEntry();
            }
        }
    }

    /** Multi Measure's table (one row per slice, a Mean column per ROI, in order) as little-endian float64 (T, N). */
    private static void writeMeans(Path out, ResultsTable table, int rois, int frames) throws Exception {
        String header = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + frames + ", " + rois + "), }";
        StringBuilder padded = new StringBuilder(header);
        while ((10 + padded.length() + 1) % 64 != 0) {
            padded.append(' ');
        }
        padded.append('\n');
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(10 + padded.length() + 8 * rois * frames)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        bytes.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) padded.length());
        bytes.put(padded.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String[] means = java.util.Arrays.stream(table.getHeadings()).filter(h -> h.startsWith("Mean"))
                .toArray(String[]::new);
        if (means.length != rois) {
            throw new IllegalStateException("Multi Measure gave " + String.join(", ", table.getHeadings()));
        }
        for (int t = 0; t < frames; t++) {
            for (String column : means) {
                bytes.putDouble(table.getValue(column, t));
            }
        }
        Files.write(out, bytes.array());
    }
}
