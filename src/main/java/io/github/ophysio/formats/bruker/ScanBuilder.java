package io.github.ophysio.formats.bruker;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.FileText;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamReader;

/**
 * Collects a {@link BrukerScan} from the elements of a PrairieView {@code .xml} as they stream by:
 * {@code <Sequence>} starts a cycle, {@code <Frame relativeTime>} a frame, {@code <File channel
 * channelName filename page>} one channel's image of it; the file-level {@code <PVStateShard>} gives
 * the state (pixel size among it). Arrays grow by doubling: one entry per frame, no object per frame.
 */
final class ScanBuilder {

    private final Path xml;
    private final Map<String, Object> state = new LinkedHashMap<>();
    private final LinkedHashSet<String> sequenceTypes = new LinkedHashSet<>();
    private TreeMap<Integer, String> channels;
    private int[] cycleStarts = new int[16];
    private int cycles;
    private double[] times = new double[64];
    private String[] files = new String[64];
    private int[] pages = new int[64];
    private int frames;
    private boolean inSequence;
    private boolean inFrame;
    private boolean fileLevelShard;
    private String stateKey;
    private final Map<Integer, String[]> frameFiles = new TreeMap<>();

    ScanBuilder(Path xml) {
        this.xml = xml;
    }

    void start(XMLStreamReader element) {
        switch (element.getLocalName()) {
            case "Sequence" -> startSequence(element);
            case "Frame" -> startFrame(element);
            case "File" -> file(element);
            case "PVStateShard" -> fileLevelShard = !inSequence;
            case "PVStateValue" -> stateValue(element);
            case "IndexedValue" -> indexedValue(element);
            default -> {
            }
        }
    }

    void end(String name) {
        switch (name) {
            case "Sequence" -> inSequence = false;
            case "Frame" -> endFrame();
            case "PVStateShard" -> fileLevelShard = false;
            default -> {
            }
        }
    }

    BrukerScan build() {
        if (frames == 0) {
            throw new CorruptFileException(xml, "no <Frame> with a <File> in any <Sequence>: the .xml lists no image");
        }
        int[] starts = Arrays.copyOf(cycleStarts, cycles + 1);
        starts[cycles] = frames;
        starts = Arrays.stream(starts).distinct().toArray(); // sequences without images hold no cycle
        int[] numbers = channels.keySet().stream().mapToInt(Integer::intValue).toArray();
        return new BrukerScan(xml, numbers, List.copyOf(channels.values()), List.copyOf(sequenceTypes), starts,
                Arrays.copyOf(times, frames), Arrays.copyOf(files, frames * numbers.length),
                Arrays.copyOf(pages, frames * numbers.length), pixelSize(), state);
    }

    private void startSequence(XMLStreamReader element) {
        inSequence = true;
        sequenceTypes.add(attribute(element, "type", ""));
        if (cycles + 1 >= cycleStarts.length) {
            cycleStarts = Arrays.copyOf(cycleStarts, cycleStarts.length * 2);
        }
        cycleStarts[cycles++] = frames;
    }

    private void startFrame(XMLStreamReader element) {
        if (!inSequence) {
            throw corrupt("a <Frame> outside any <Sequence>");
        }
        inFrame = true;
        frameFiles.clear();
        String time = element.getAttributeValue(null, "relativeTime");
        ensureFrameCapacity();
        times[frames] = number(time, "relativeTime");
    }

    private void file(XMLStreamReader element) {
        if (!inFrame) {
            return;
        }
        int channel = (int) number(element.getAttributeValue(null, "channel"), "channel");
        String filename = element.getAttributeValue(null, "filename");
        if (filename == null || filename.isBlank()) {
            throw corrupt("frame " + (frames - cycleStarts[cycles - 1] + 1) + " of sequence " + cycles
                    + " has a <File> without filename");
        }
        String page = element.getAttributeValue(null, "page");
        String name = attribute(element, "channelName", "Ch" + channel);
        frameFiles.put(channel, new String[] {filename, page == null ? "1" : page, name});
    }

    private void endFrame() {
        inFrame = false;
        if (frameFiles.isEmpty()) {
            return; // a frame without images (e.g. a mark point) is no frame of the recording
        }
        if (channels == null) {
            channels = new TreeMap<>();
            frameFiles.forEach((number, file) -> channels.put(number, file[2]));
        }
        if (!frameFiles.keySet().equals(channels.keySet())) {
            throw corrupt("frame " + (frames + 1) + " has images of channels " + frameFiles.keySet()
                    + ", the first frame of channels " + channels.keySet());
        }
        int slot = frames * channels.size();
        ensureFileCapacity(slot + channels.size());
        for (String[] file : frameFiles.values()) {
            files[slot] = file[0];
            pages[slot++] = (int) number(file[1], "page") - 1;
        }
        frames++;
    }

    private void stateValue(XMLStreamReader element) {
        stateKey = element.getAttributeValue(null, "key");
        String value = element.getAttributeValue(null, "value");
        if (fileLevelShard && stateKey != null && value != null) {
            state.put(stateKey, plain(value));
        }
    }

    @SuppressWarnings("unchecked")
    private void indexedValue(XMLStreamReader element) {
        String index = element.getAttributeValue(null, "index");
        String value = element.getAttributeValue(null, "value");
        if (fileLevelShard && stateKey != null && index != null && value != null) {
            Object values = state.computeIfAbsent(stateKey, k -> new LinkedHashMap<String, Object>());
            if (values instanceof Map<?, ?> map) {
                ((Map<String, Object>) map).put(index, plain(value));
            }
        }
    }

    /** (dy, dx) from the state's {@code micronsPerPixel} YAxis and XAxis, when both are positive. */
    private double[] pixelSize() {
        if (state.get("micronsPerPixel") instanceof Map<?, ?> microns && microns.get("YAxis") instanceof Double dy
                && microns.get("XAxis") instanceof Double dx && dy > 0 && dx > 0) {
            return new double[] {dy, dx};
        }
        return null;
    }

    private void ensureFrameCapacity() {
        if (frames >= times.length) {
            times = Arrays.copyOf(times, times.length * 2);
        }
    }

    private void ensureFileCapacity(int needed) {
        if (needed > files.length) {
            int size = Math.max(needed, files.length * 2);
            files = Arrays.copyOf(files, size);
            pages = Arrays.copyOf(pages, size);
        }
    }

    private double number(String text, String attribute) {
        OptionalDouble value = parse(text);
        if (value.isPresent()) {
            return value.getAsDouble();
        }
        throw corrupt("frame " + (frames + 1) + ": " + attribute + " is " + (text == null ? "missing"
                : FileText.quote(text)) + ", expected a number");
    }

    private static Object plain(String value) {
        OptionalDouble number = parse(value);
        return number.isPresent() ? (Object) number.getAsDouble() : value;
    }

    /** A finite number, or empty for anything else (absent, text, NaN). */
    static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static String attribute(XMLStreamReader element, String name, String fallback) {
        String value = element.getAttributeValue(null, name);
        return value == null ? fallback : value;
    }

    private CorruptFileException corrupt(String problem) {
        return new CorruptFileException(xml, problem);
    }
}
