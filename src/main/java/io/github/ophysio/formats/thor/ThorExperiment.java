package io.github.ophysio.formats.thor;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.XmlFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What {@code Experiment.xml} says: the channel names ({@code <Wavelength name>}, in order) and the
 * attributes of the elements that describe the acquisition ({@code LSM}, {@code ZStage},
 * {@code Timelapse}, {@code Streaming}, {@code Date}, …), read with the JDK's streaming parser.
 *
 * @param elements every top-level element's attributes, by element name (the first of each name)
 */
record ThorExperiment(Path xml, List<String> channelNames, Map<String, Map<String, String>> elements) {

    static final String NAME = "Experiment.xml";
    static final String ROOT = "ThorImageExperiment";

    /** {@code <LSM frameRate>}, when it is a positive number. */
    OptionalDouble frameRate() {
        return positive("LSM", "frameRate");
    }

    /** (dy, dx) from {@code <LSM pixelSizeUM>} (square pixels), or null. */
    double[] pixelSize() {
        OptionalDouble size = positive("LSM", "pixelSizeUM");
        return size.isPresent() ? new double[] {size.getAsDouble(), size.getAsDouble()} : null;
    }

    private OptionalDouble positive(String element, String attribute) {
        String text = elements.getOrDefault(element, Map.of()).get(attribute);
        try {
            double value = text == null ? Double.NaN : Double.parseDouble(text.trim());
            return value > 0 && Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** Reads {@code xml}; "missing" when absent, "corrupt" when not well-formed, "unsupported" for another root. */
    static ThorExperiment read(Path xml) {
        try (InputStream in = Files.newInputStream(xml)) {
            XMLStreamReader reader = XmlFiles.factory().createXMLStreamReader(in);
            try {
                return parse(xml, reader);
            } finally {
                reader.close();
            }
        } catch (NoSuchFileException e) {
            throw new MissingFileException(xml, "no such file (a ThorImage folder holds Experiment.xml beside its"
                    + " Chan… .tif files)", e);
        } catch (IOException e) {
            throw new MissingFileException(xml, "cannot be read (" + e.getMessage() + ")", e);
        } catch (XMLStreamException e) {
            throw new CorruptFileException(xml, "not well-formed XML (" + XmlFiles.oneLine(e.getMessage()) + ")", e);
        }
    }

    private static ThorExperiment parse(Path xml, XMLStreamReader reader) throws XMLStreamException {
        List<String> channels = new ArrayList<>();
        Map<String, Map<String, String>> elements = new LinkedHashMap<>();
        int depth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = reader.getLocalName();
                if (depth == 1 && !name.equals(ROOT)) {
                    throw new UnsupportedFormatException(xml, "root element <" + name + ">; a ThorImage Experiment.xml"
                            + " has <" + ROOT + ">");
                }
                if (depth == 2 && !elements.containsKey(name)) {
                    elements.put(name, attributes(reader));
                }
                if (name.equals("Wavelength") && reader.getAttributeValue(null, "name") != null) {
                    channels.add(reader.getAttributeValue(null, "name"));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return new ThorExperiment(xml, List.copyOf(channels), elements);
    }

    private static Map<String, String> attributes(XMLStreamReader reader) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            values.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        return values;
    }
}
