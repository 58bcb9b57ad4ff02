package io.github.ophysio.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The JDK's streaming XML parser set up for files from instruments: no DTD read, no external entity
 * resolved (a file must not make the reader fetch anything), one element at a time (files of tens of MB).
 */
public final class XmlFiles {

    private XmlFiles() {
    }

    /** A streaming parser factory that reads no DTD and resolves no external entity. */
    public static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /** The root element's local name, if the file is readable XML up to it (for sniffers: never throws). */
    public static Optional<String> rootElement(Path xml) {
        try (InputStream in = Files.newInputStream(xml)) {
            XMLStreamReader reader = factory().createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        return Optional.of(reader.getLocalName());
                    }
                }
                return Optional.empty();
            } finally {
                reader.close();
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A parser's message on one line (it may hold the line breaks of the text it quotes). */
    public static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").trim();
    }
}
