package io.github.ophysio.formats.bruker;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.XmlFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a PrairieView {@code .xml} with the JDK's streaming parser (files of tens of MB are read in
 * one pass, element by element), into a {@link BrukerScan}. The OME-XML inside the TIFFs is never
 * read: it can describe files that are not there.
 */
final class BrukerXml {

    static final String ROOT = "PVScan";

    private BrukerXml() {
    }

    /** The scan the {@code .xml} describes; corrupt when it is not well-formed or lacks what a scan needs. */
    static BrukerScan read(Path xml) {
        try (InputStream in = Files.newInputStream(xml)) {
            XMLStreamReader reader = XmlFiles.factory().createXMLStreamReader(in);
            try {
                return parse(xml, reader);
            } finally {
                reader.close();
            }
        } catch (NoSuchFileException e) {
            throw new MissingFileException(xml, "no such file (a Bruker folder holds <folder name>.xml)", e);
        } catch (IOException e) {
            throw new MissingFileException(xml, "cannot be read (" + e.getMessage() + ")", e);
        } catch (XMLStreamException e) {
            throw new CorruptFileException(xml, "not well-formed XML (" + XmlFiles.oneLine(e.getMessage()) + ")", e);
        }
    }

    private static BrukerScan parse(Path xml, XMLStreamReader reader) throws XMLStreamException {
        ScanBuilder scan = new ScanBuilder(xml);
        boolean rootSeen = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!rootSeen) {
                    requireRoot(xml, reader.getLocalName());
                    rootSeen = true;
                }
                scan.start(reader);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                scan.end(reader.getLocalName());
            }
        }
        return scan.build();
    }

    private static void requireRoot(Path xml, String root) {
        if (!root.equals(ROOT)) {
            throw new UnsupportedFormatException(xml, "root element <" + root + ">; a Bruker PrairieView .xml has <"
                    + ROOT + ">");
        }
    }
}
