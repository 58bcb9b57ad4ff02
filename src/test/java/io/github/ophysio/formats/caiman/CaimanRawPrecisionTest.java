package io.github.ophysio.formats.caiman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.cli.OphysCli;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.NpyHeader;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.testing.FixtureGenerators;
import io.github.ophysio.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** raw = C + YrA is summed in float64 and reaches the CLI's float64 output with no float32 step. */
class CaimanRawPrecisionTest {

    private static final FormatRegistry REGISTRY = FormatRegistry.load();
    private static final Path SUM = Fixtures.path("caiman/precision", "cnmf_float32_sum.hdf5");

    /** C = 2^24 + 4 (100 k + t) and YrA = (k + 1) / 8: a float32 sum would drop YrA altogether. */
    @Test
    void rawIsTheFloat64Sum() {
        SegmentationExtractor x = REGISTRY.openSegmentation(SUM, OpenOptions.none());
        for (int t = 0; t < x.getNumSamples(); t++) {
            for (int k = 0; k < x.getNumRois(); k++) {
                double expected = 16777216.0 + 4 * (100 * k + t) + (k + 1) / 8.0;
                assertEquals(expected, x.getTraces(TraceKind.RAW).get(t, k), 0.0, "t " + t + ", ROI " + k);
            }
        }
        assertEquals(16777216.0 + 4 * 3 + 1 / 8.0, x.getTrace(TraceKind.RAW, 0)[3], 0.0);
    }

    @Test
    void cliTracesWritesTheFloat64Sum(@TempDir Path dir) throws Exception {
        double[] written = cliRaw(SUM, dir.resolve("raw.npy"));
        assertEquals(16777216.0 + 4 * (100 * 4 + 10) + 5 / 8.0, written[written.length - 1], 0.0);
    }

    /** The real file stores C and YrA as float64: the CLI gives numpy's float64 C + YrA, bit for bit. */
    @Test
    void realFileMatchesNumpysFloat64Sum(@TempDir Path dir) throws Exception {
        Path real = CaimanFixtures.real(CaimanFixtures.REAL_ANALYSIS);
        Path expected = dir.resolve("expected.npy");
        String wrongInFloat32 = FixtureGenerators.run("caiman_raw_float64.py", "numpy, h5py", real.toString(),
                expected.toString()).trim();
        assertTrue(Integer.parseInt(wrongInFloat32) > 0, "a float32 path gets values wrong: " + wrongInFloat32);
        double[] want = doubles(expected);
        double[] got = cliRaw(real, dir.resolve("raw.npy"));
        assertEquals(72 * 1000, got.length);
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i], got[i], 0.0, "sample " + i / 72 + ", ROI " + i % 72);
        }
    }

    private static double[] cliRaw(Path source, Path out) throws Exception {
        StringWriter err = new StringWriter();
        int code = OphysCli.run(new String[] {"traces", source.toString(), out.toString(), "--name", "raw"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        NpyHeader header = NpyHeader.read(out);
        assertEquals("<f8", header.descr());
        return doubles(out);
    }

    private static double[] doubles(Path npy) throws Exception {
        NpyHeader header = NpyHeader.read(npy);
        byte[] bytes = Files.readAllBytes(npy);
        ByteBuffer data = ByteBuffer.wrap(bytes, (int) header.dataOffset(), bytes.length - (int) header.dataOffset())
                .order(ByteOrder.LITTLE_ENDIAN);
        double[] values = new double[(int) Arrays.stream(header.shape()).reduce(1, (a, b) -> a * b)];
        data.asDoubleBuffer().get(values);
        return values;
    }
}
