package io.github.ophysio.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ophysio.fiji.command.TraceFixtureImages;
import io.github.ophysio.testing.NpyDoubles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Save Ophys Segmentation in {@code ImageJ -batch}, as users run it: a macro opens the trace fixture,
 * draws ROIs, extracts traces and saves them as a Suite2p plane folder, which numpy then loads as
 * Suite2p's GUI does; F holds the extracted traces (numpy's reference), stat the drawn pixels.
 */
class SaveBatchJobIT {

    private static final Path TRACES = TraceFixtureImages.DIR.toAbsolutePath();
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path home;

    @Test
    void aBatchJobSavesDrawnRoisAndTheirTracesAsSuite2p() throws Exception {
        Path out = home.resolve("saved");
        ImageJInstall.Result result = ImageJInstall.in(home).batch((DrawnRoisMacro.OPEN_DRAW_AND_EXTRACT + """
                run("Save Ophys Segmentation...", "path=[%s] format=suite2p");
                print("saved=" + File.exists("%s/plane0/stat.npy"));
                """).formatted(TRACES.resolve("recording.npy"), out, out));
        assertEquals("1", result.value("saved"), result.output());
        assumeTrue(Files.isExecutable(PYTHON), "Debian's /usr/bin/python3 with numpy is needed");
        String check = "import numpy as np, sys; p = sys.argv[1] + '/plane0/';"
                + " F = np.load(p + 'F.npy'); stat = np.load(p + 'stat.npy', allow_pickle=True);"
                + " ops = np.load(p + 'ops.npy', allow_pickle=True).item(); iscell = np.load(p + 'iscell.npy');"
                + " print(F.dtype, F.shape, stat.shape, [int(s['npix']) for s in stat], ops['Ly'], ops['Lx'],"
                + " ops['fs'], iscell[:, 0].tolist()); print(repr(float(F[0, 3])), repr(float(F[2, 40])))";
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", check, out.toString()).redirectErrorStream(true).start();
        String[] said = new String(p.getInputStream().readAllBytes()).trim().split("\n");
        assumeTrue(p.waitFor() == 0 || !String.join("\n", said).contains("No module named"), "numpy is needed");
        assertEquals("float32 (3, 41) (3,) [35, OVAL, 30] 24 31 10.0 [1.0, 1.0, 1.0]",
                said[0].replaceFirst("\\[35, \\d+, 30\\]", "[35, OVAL, 30]"), "rect 7 x 5, deep 6 x 5: " + said[0]);
        double[] raw = NpyDoubles.read(TRACES.resolve("expected_raw.npy")).values();
        int rois = TraceFixtureImages.PLANES.length;
        String[] values = said[1].split(" ");
        assertEquals(raw[3 * rois + 1], Double.parseDouble(values[0]), 1e-3, "numpy's binary rectangle");
        assertEquals(raw[40 * rois + 7], Double.parseDouble(values[1]), 1e-3, "numpy's ROI on plane 1");
    }
}
