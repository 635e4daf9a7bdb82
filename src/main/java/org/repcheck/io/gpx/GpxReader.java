package org.repcheck.io.gpx;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.InputStream;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.repcheck.io.ActivityReader;
import org.repcheck.io.ReadException;
import org.repcheck.io.gpx.xml.WptType;
import org.repcheck.io.xml.ExtensionValues;
import org.repcheck.io.xml.ForeignExtensions;
import org.repcheck.io.xml.NamespaceAlias;
import org.repcheck.io.xml.JaxbBinding;
import org.repcheck.io.xml.SafeXml;
import org.repcheck.io.xml.StreamScan;
import org.repcheck.io.xml.ValueProblems;
import org.repcheck.model.Activity;

/**
 * Reads GPX 1.1 and 1.0 tracks: StAX walks the document and JAXB unmarshals one {@code <trkpt>} at a time, so a
 * 50 MB file never becomes a 50 MB object tree. Every track and segment goes into one activity. Lenient where
 * real files are messy (see {@link GpxTrack}); refuses DTDs; salvages the points before a break in the XML.
 */
public final class GpxReader implements ActivityReader {
    /** The namespace the generated classes are bound to; GPX 1.0 and namespace-less files are read as it. */
    public static final String GPX_1_1 = "http://www.topografix.com/GPX/1/1";

    /** The extension roots the generated classes read; any other extension element is read by local name. */
    private static final Set<QName> KNOWN_EXTENSIONS = Set.of(
            new QName("http://www.garmin.com/xmlschemas/TrackPointExtension/v1", "TrackPointExtension"),
            new QName("http://www.garmin.com/xmlschemas/TrackPointExtension/v2", "TrackPointExtension"));

    private static final JaxbBinding BINDING = new JaxbBinding("GPX", org.repcheck.io.gpx.xml.ObjectFactory.class, org.repcheck.io.gpx.tpx1.ObjectFactory.class,
            org.repcheck.io.gpx.tpx2.ObjectFactory.class);

    /** The process's one GPX context (GPX 1.1 + TrackPointExtension v1 and v2): tests marshal with it. */
    public static JAXBContext context() {
        return BINDING.context();
    }

    /** GPX 1.0, no namespace, or any other topografix GPX version: all read through the GPX 1.1 classes. */
    static String alias(String uri) {
        if (uri.isEmpty() || uri.startsWith("http://www.topografix.com/GPX/")
                || uri.startsWith("https://www.topografix.com/GPX/")) {
            return GPX_1_1;
        }
        return uri;
    }

    @Override
    public Activity read(String name, InputStream in) throws ReadException {
        XMLStreamReader raw = SafeXml.open(name, in);
        ForeignExtensions r = new ForeignExtensions(new PositionAttributes(new NamespaceAlias(raw, GpxReader::alias)),
                KNOWN_EXTENSIONS,
                    Set.of(new QName(GPX_1_1, "speed")));
        return StreamScan.run(raw, r, BINDING.unmarshaller(), new GpxTrack(name), (x, u, c) -> walk(name, x, u, c));
    }

    private static void walk(String name, ForeignExtensions r, Unmarshaller u, GpxTrack track)
            throws XMLStreamException, JAXBException, ReadException {
        java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
        boolean rootSeen = false;
        while (true) {
            int ev = r.getEventType();
            if (ev == XMLStreamReader.END_DOCUMENT) {
                return;
            }
            if (ev == XMLStreamReader.DTD) {
                throw SafeXml.refuseDtd(name);
            }
            if (ev == XMLStreamReader.START_ELEMENT) {
                String local = r.getLocalName();
                if (!rootSeen) {
                    rootSeen = true;
                    if (!local.equals("gpx")) {
                        throw new ReadException(name, "not a GPX file (root element <" + local + ">)");
                    }
                    track.creator(r.getAttributeValue(null, "creator"));
                } else if (local.equals("trkpt") && open.contains("trk")) {
                    // Inside a trkseg, or (leniently) straight inside a trk as some converters write it.
                    // Unmarshals the whole <trkpt> and leaves the reader on the token after it.
                    ExtensionValues foreign = new ExtensionValues();
                    r.collectInto(foreign);
                    track.point(u.unmarshal(r, WptType.class).getValue(), foreign);
                    continue;
                } else if (local.equals("type") && "trk".equals(open.peek())) {
                    track.type(r.getElementText());
                    r.next();
                    continue;
                } else {
                    track.element(local);
                }
                open.push(local);
            } else if (ev == XMLStreamReader.END_ELEMENT && !open.isEmpty()) {
                open.pop();
            }
            if (!r.hasNext()) {
                return;
            }
            r.next();
        }
    }
}
