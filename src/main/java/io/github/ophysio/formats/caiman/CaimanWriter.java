package io.github.ophysio.formats.caiman;

import io.github.ophysio.formats.SegmentationWriter;
import io.github.ophysio.formats.TraceRows;
import io.github.ophysio.io.hdf5.Hdf5Writing;
import io.github.ophysio.model.CurationStatus;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceKind;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.nio.file.Path;
import java.util.stream.IntStream;

/**
 * Writes a segmentation as the HDF5 file {@code cnm.save()} writes (CaImAn's {@code load_CNMF} and our
 * reader open it), with jhdf's writer: {@code estimates/A} as a CSC group in Fortran pixel order,
 * {@code C} (denoised, else raw), {@code YrA} (raw − C), {@code S} (deconvolved; zeros when absent),
 * {@code F_dff} when present, {@code idx_components} / {@code idx_components_bad}, quality metrics and
 * {@code Cn} when the source has them, background {@code b}/{@code f}, {@code dims}, {@code params/data}
 * ({@code fr} when the rate is known, {@code dims}). Traces are (components, samples) float64.
 */
public final class CaimanWriter implements SegmentationWriter {

    @Override
    public String id() {
        return "caiman";
    }

    @Override
    public boolean writesFolder() {
        return false;
    }

    @Override
    public void write(SegmentationExtractor source, Path target) {
        refuseWhatJhdfCannotWrite(source);
        int[] frame = source.getFrameShape();
        long[] dims = {frame[0], frame[1]};
        try (WritableHdfFile file = HdfFile.write(target)) {
            // load_CNMF sets every root attribute on the CNMF object: leave it no "_jHDF" to carry.
            file.removeAttribute("_jHDF");
            file.putDataset("dims", dims);
            WritableGroup estimates = file.putGroup("estimates");
            CaimanArrays.write(estimates.putGroup("A"), frame, source.getNumRois(), source::getPixelMask);
            traces(source, estimates);
            curation(source, estimates);
            CaimanArrays.writeBackground(source, estimates);
            if (source.getImageNames().contains("correlation")) {
                estimates.putDataset("Cn", CaimanArrays.rows(source.getImage("correlation"), frame));
            }
            estimates.putDataset("dims", dims);
            WritableGroup data = file.putGroup("params").putGroup("data");
            source.getSamplingFrequency().ifPresent(fr -> data.putDataset("fr", fr));
            data.putDataset("dims", dims);
        }
    }

    /**
     * jhdf 0.13 cannot write a zero-length dataset, and CaImAn reads an absent {@code idx_components} as
     * "all accepted": a segmentation with every ROI rejected, no samples or no pixels has no faithful file.
     */
    static void refuseWhatJhdfCannotWrite(SegmentationExtractor source) {
        if (java.util.Arrays.stream(CurationStatus.of(source)).noneMatch(CurationStatus::keptAsCell)) {
            throw new IllegalArgumentException("every ROI is rejected: CaImAn's idx_components would be empty,"
                    + " which cannot be written here (jhdf writes no zero-length dataset); keep one ROI or write"
                    + " suite2p or npy");
        }
        if (source.getNumSamples() == 0) {
            throw new IllegalArgumentException("no samples: CaImAn's traces C would be empty, which cannot be"
                    + " written here (jhdf writes no zero-length dataset)");
        }
        if (IntStream.range(0, source.getNumRois()).allMatch(i -> source.getPixelMask(i).pixelCount() == 0)) {
            throw new IllegalArgumentException("every ROI has no pixels: CaImAn's footprints A would be empty");
        }
    }

    /** C, YrA, S and F_dff, each (K, T). */
    private static void traces(SegmentationExtractor source, WritableGroup estimates) {
        TraceKind denoised = source.hasTraces(TraceKind.DENOISED) ? TraceKind.DENOISED
                : source.hasTraces(TraceKind.RAW) ? TraceKind.RAW : null;
        double[][] c = TraceRows.doubles(source, denoised);
        putTraces(estimates, "C", c);
        // YrA = raw − C; with no raw, zeros (CaImAn's raw C + YrA is then C itself)
        boolean raw = source.hasTraces(TraceKind.RAW);
        double[][] residual = TraceRows.doubles(source, raw ? TraceKind.RAW : null);
        for (int k = 0; k < residual.length && raw; k++) {
            for (int t = 0; t < residual[k].length; t++) {
                residual[k][t] -= c[k][t];
            }
        }
        putTraces(estimates, "YrA", residual);
        putTraces(estimates, "S", TraceRows.doubles(source, TraceKind.DECONVOLVED));
        if (source.hasTraces(TraceKind.DFF)) {
            putTraces(estimates, "F_dff", TraceRows.doubles(source, TraceKind.DFF));
        }
    }

    static void putTraces(WritableGroup group, String name, double[][] rows) {
        group.putDataset(name, rows, Hdf5Writing.compressed(rows.length, rows.length == 0 ? 0 : rows[0].length));
    }

    /** idx_components (kept: accepted, undecided or unknown), idx_components_bad, SNR_comp, r_values, cnn_preds. */
    private static void curation(SegmentationExtractor source, WritableGroup estimates) {
        CurationStatus[] statuses = CurationStatus.of(source);
        estimates.putDataset("idx_components", IntStream.range(0, statuses.length)
                .filter(i -> statuses[i].keptAsCell()).asLongStream().toArray());
        long[] bad = IntStream.range(0, statuses.length).filter(i -> !statuses[i].keptAsCell()).asLongStream().toArray();
        if (bad.length > 0) {
            estimates.putDataset("idx_components_bad", bad);
        }
        CaimanArrays.metric(source, "snr", estimates, "SNR_comp");
        CaimanArrays.metric(source, "r_values", estimates, "r_values");
        CaimanArrays.metric(source, "cnn_preds", estimates, "cnn_preds");
    }
}
