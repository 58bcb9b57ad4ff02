package io.github.ophysio.formats.suite2p;

import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.TraceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Suite2p's two channels: chan1 (functional, F/Fneu/spks, data.bin) and chan2 (F_chan2, Fneu_chan2, data_chan2.bin). */
final class Suite2pChannels {

    static final String CHAN1 = "chan1";
    static final String CHAN2 = "chan2";

    private Suite2pChannels() {
    }

    /** chan1, and chan2 when the plane has its traces or its movie. */
    static List<String> names(Path planeDir) {
        List<String> names = new ArrayList<>(List.of(CHAN1));
        if (Files.isRegularFile(planeDir.resolve("F_chan2.npy")) || Files.isRegularFile(planeDir.resolve("data_chan2.bin"))) {
            names.add(CHAN2);
        }
        return names;
    }

    /** The channel {@code channel=} names, by name or index (default chan1). */
    static String pick(Path path, List<String> names, OpenOptions options) {
        String wanted = options.get(OpenOptions.CHANNEL).orElse(CHAN1);
        if (names.contains(wanted)) {
            return wanted;
        }
        if (wanted.matches("\\d") && Integer.parseInt(wanted) < names.size()) {
            return names.get(Integer.parseInt(wanted));
        }
        throw new IllegalArgumentException(path + ": no channel '" + wanted + "' (channels: " + String.join(", ", names) + ")");
    }

    /** Trace files of a channel by kind (Suite2p deconvolves the functional channel only). */
    static Map<TraceKind, String> traceFiles(String channel) {
        Map<TraceKind, String> files = new LinkedHashMap<>();
        boolean chan2 = CHAN2.equals(channel);
        files.put(TraceKind.RAW, chan2 ? "F_chan2.npy" : "F.npy");
        files.put(TraceKind.NEUROPIL, chan2 ? "Fneu_chan2.npy" : "Fneu.npy");
        if (!chan2) {
            files.put(TraceKind.DECONVOLVED, "spks.npy");
        }
        return files;
    }

    /** The registered movie of a channel. */
    static String movieFile(String channel) {
        return CHAN2.equals(channel) ? "data_chan2.bin" : "data.bin";
    }
}
