package io.github.ophysio.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The export made on several threads writes exactly the bytes of the one-sample-at-a-time export. */
class NpyWriterTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

    @ParameterizedTest
    @ValueSource(strings = {"hdf5/chunked_gzip_shuffle_float32.h5", "nwb/two_photon_chunked_gzip.nwb",
        "hdf5/tyxz_float64_be_fletcher.h5", "npy/int32_be_f_v10_5x7x9x3.npy", "isxd/movie_u16_hf_6x5x7.isxd"})
    void theParallelExportWritesTheSequentialBytes(String fixture) throws IOException {
        Path path = FIXTURES.resolve(fixture);
        OpenOptions options = fixture.endsWith("x3.npy")
                ? OpenOptions.of(Map.of(OpenOptions.FOURTH_AXIS, OpenOptions.FOURTH_AXIS_PLANES)) : OpenOptions.none();
        ImagingExtractor recording = FormatRegistry.load().openImaging(path, options);
        int samples = recording.getNumSamples();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        NpyWriter.write(recording, 1, samples, written, done -> { });
        assertArrayEquals(sequential(FormatRegistry.load().openImaging(path, options), 1, samples), written.toByteArray());
    }

    /** What the export wrote before it was parallel: header, then each sample read alone, little-endian. */
    private static byte[] sequential(ImagingExtractor source, int start, int end) throws IOException {
        int[] image = source.getImageShape();
        long[] shape = source.isVolumetric() ? new long[] {end - start, image[0], image[1], source.getNumPlanes()}
                : new long[] {end - start, image[0], image[1]};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(NpyWriter.header(NpyWriter.descr(source.getPixelType()), shape));
        for (int t = start; t < end; t++) {
            out.write(NpyWriter.littleEndian(source.getSeries(t, t + 1)));
        }
        return out.toByteArray();
    }
}
