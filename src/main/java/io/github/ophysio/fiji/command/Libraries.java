package io.github.ophysio.fiji.command;

import java.util.Map;
import java.util.Optional;

/**
 * The libraries the plugin jar needs beside it. A user who copied only the plugin jar (or some of
 * {@code jars/}) would otherwise meet a stack trace, or a command that silently does nothing when a
 * format's reader fails to load. Each command checks first and names the missing jar in one line.
 */
final class Libraries {

    /** A class of each bundled library, by the jar's name as {@code mvn package} lays it out in jars/. */
    private static final Map<String, String> MARKERS = Map.of(
            "jhdf", "io.jhdf.HdfFile",
            "pickle", "net.razorvine.pickle.Unpickler",
            "mfl-core", "us.hebi.matlab.mat.format.Mat5",
            "gson", "com.google.gson.Gson",
            "imglib2", "net.imglib2.img.cell.LazyCellImg",
            "slf4j-api", "org.slf4j.LoggerFactory",
            "compress-lzf", "com.ning.compress.lzf.LZFDecoder",
            "lz4-java", "net.jpountz.lz4.LZ4Factory",
            "commons-lang3", "org.apache.commons.lang3.StringUtils",
            "aircompressor", "io.airlift.compress.zstd.ZstdDecompressor");

    private Libraries() {
    }

    /** A one-line message naming the first missing library and where its jar goes; empty when all are there. */
    static Optional<String> firstMissing() {
        return MARKERS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(entry -> !present(entry.getValue())).findFirst().map(entry -> where(entry.getKey()));
    }

    /** The message for a class that failed to load while a command ran. */
    static String missing(LinkageError error) {
        String text = String.valueOf(error.getMessage()).replace('/', '.');
        return MARKERS.entrySet().stream().filter(entry -> text.startsWith(packageOf(entry.getValue())))
                .map(entry -> where(entry.getKey())).findFirst()
                .orElse("a library is missing or broken (" + error + "): reinstall Ophys IO with its jars/ folder");
    }

    private static String where(String jar) {
        return "library " + jar + " is missing: copy " + jar + "-*.jar from the release's jars/ folder into"
                + " Fiji.app/jars/ (plain ImageJ: ImageJ/plugins/jars/) and restart";
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, Libraries.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
