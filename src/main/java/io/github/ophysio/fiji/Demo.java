package io.github.ophysio.fiji;

import io.github.ophysio.cli.OphysCli;
import io.github.ophysio.fiji.command.Labels;
import ij.IJ;
import ij.ImageJ;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo: writes a generated recording (a few drifting, blinking cells) and opens it as a
 * virtual stack in ImageJ with the plugin installed; with no display, prints its {@code info}.
 */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0]) : Path.of("target", "demo", "demo_recording.npy");
        DemoRecording.write(file);
        if (GraphicsEnvironment.isHeadless()) {
            int code = OphysCli.run(new String[] {"info", file.toString(), "--fs", "30"},
                    new PrintWriter(System.out, true), new PrintWriter(System.err, true));
            System.exit(code);
        }
        ImageJ ij = new ImageJ();
        PluginsConfig.install(ij);
        IJ.run(Labels.RECORDING_COMMAND, "path=[" + file.toAbsolutePath() + "] fs=30 virtual");
    }

    /** Creates the folder the demo file goes to. */
    static void prepare(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
