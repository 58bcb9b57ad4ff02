package io.github.ophysio.formats.scanimage;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ScanImage metadata that contradicts itself or the pages: each refusal names what was expected and found. */
class ScanImageBadMetadataTest {

    private static final FormatRegistry REGISTRY = FormatRegistry.load();

    @TempDir
    Path tmp;

    /** A copy of fixture {@code name} with the first {@code from} (page 0's Software tag) replaced by {@code to}. */
    private Path patched(String name, String from, String to) throws Exception {
        byte[] bytes = Files.readAllBytes(Fixtures.path("scanimage", name));
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(from);
        byte[] replacement = to.getBytes(StandardCharsets.ISO_8859_1);
        if (at < 0 || replacement.length != from.length()) {
            throw new AssertionError("cannot patch " + from + " in " + name);
        }
        System.arraycopy(replacement, 0, bytes, at, replacement.length);
        return Files.write(tmp.resolve(name), bytes);
    }

    private static void open(Path p) {
        REGISTRY.byId("scanimage").openImaging(p, OpenOptions.none());
    }

    @Test
    void noSavedChannel() throws Exception {
        Path p = patched("planar.tif", "channelSave = 2\n", "channelSave = x\n");
        Fixtures.assertError(p, CorruptFileException.class, () -> open(p),
                "ScanImage saved channels (SI.hChannels.channelSave): expected at least one, found none");
    }

    @Test
    void framesPerVolumeThatAreNotPlanesTimesFramesPerSlice() throws Exception {
        Path p = patched("volume_flyback.tif", "numFramesPerVolume = 3\n", "numFramesPerVolume = 4\n");
        Fixtures.assertError(p, CorruptFileException.class, () -> open(p),
                "SI.hStackManager.numFramesPerVolume: expected 3 (numSlices x framesPerSlice), found 4");
    }

    @Test
    void aCountThatIsNotAWholePositiveNumber() throws Exception {
        Path p = patched("volume_flyback.tif", "framesPerSlice = 1\n", "framesPerSlice = 0\n");
        Fixtures.assertError(p, CorruptFileException.class, () -> open(p),
                "SI.hStackManager.framesPerSlice: expected a whole number from 1, found 0");
    }

    @Test
    void aPageCutShortIsCorruptWhenRead() throws Exception {
        byte[] bytes = Files.readAllBytes(Fixtures.path("scanimage", "planar.tif"));
        Path p = Files.write(tmp.resolve("cut.tif"), java.util.Arrays.copyOf(bytes, bytes.length - 20));
        Fixtures.assertError(p, CorruptFileException.class,
                () -> REGISTRY.byId("scanimage").openImaging(p, OpenOptions.none()).getPlane(6, 0), "corrupt");
    }
}
