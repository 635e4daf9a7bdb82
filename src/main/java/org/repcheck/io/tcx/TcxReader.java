package org.repcheck.io.tcx;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.repcheck.io.ActivityReader;
import org.repcheck.io.ReadException;
import org.repcheck.io.tcx.xml.HeartRateInBeatsPerMinuteT;
import org.repcheck.io.tcx.xml.TrackpointT;
import org.repcheck.io.xml.ExtensionValues;
import org.repcheck.io.xml.ForeignExtensions;
import org.repcheck.io.xml.NamespaceAlias;
import org.repcheck.io.xml.JaxbBinding;
import org.repcheck.io.xml.SafeXml;
import org.repcheck.io.xml.StreamScan;
import org.repcheck.io.xml.ValueProblems;
import org.repcheck.model.Activity;

/**
 * Reads Garmin Training Center (TCX v2) activities. StAX walks the document; the lap header fields are read as
 * they pass (they come before the lap's tracks in the schema), and JAXB unmarshals one {@code <Trackpoint>} at a
 * time, so no lap's trackpoints are ever held as objects. Several activities (a multisport session, an export
 * of a day) become one activity with one segment each: that is how the model holds a chained FIT file too.
 */
public final class TcxReader implements ActivityReader {
    public static final String TCX_2 = "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2";
    static final String AX_2 = "http://www.garmin.com/xmlschemas/ActivityExtension/v2";

    /** The extension roots the generated classes read; any other extension element is read by local name. */
    private static final Set<QName> KNOWN_EXTENSIONS = Set.of(new QName(AX_2, "TPX"), new QName(AX_2, "LX"));

    private static final JaxbBinding BINDING = new JaxbBinding("TCX", org.repcheck.io.tcx.xml.ObjectFactory.class,
            org.repcheck.io.tcx.ax2.ObjectFactory.class);

    /** The process's one TCX context (TrainingCenterDatabase v2 + ActivityExtension v2): tests marshal with it. */
    public static JAXBContext context() {
        return BINDING.context();
    }

    /** A TCX written without its namespace is read as TCX v2 (the only TCX with activities in this shape). */
    static String alias(String uri) {
        return uri.isEmpty() ? TCX_2 : uri;
    }

    @Override
    public Activity read(String name, InputStream in) throws ReadException {
        XMLStreamReader raw = SafeXml.open(name, in);
        ForeignExtensions r = new ForeignExtensions(new NamespaceAlias(raw, TcxReader::alias), KNOWN_EXTENSIONS);
        return StreamScan.run(raw, r, BINDING.unmarshaller(), new TcxHistory(name), (x, u, c) -> walk(name, x, u, c));
    }

    private static void walk(String name, ForeignExtensions r, Unmarshaller u, TcxHistory history)
            throws XMLStreamException, JAXBException, ReadException {
        ArrayDeque<String> open = new ArrayDeque<>();
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
                String parent = open.peek();
                boolean inLap = "Lap".equals(parent) || "Transition".equals(parent);
                if (!rootSeen) {
                    rootSeen = true;
                    if (!local.equals("TrainingCenterDatabase")) {
                        throw new ReadException(name, "not a TCX file (root element <" + local + ">)");
                    }
                } else if (local.equals("Trackpoint") && "Track".equals(parent) && history.inLap()) {
                    ExtensionValues foreign = new ExtensionValues();
                    r.collectInto(foreign);
                    history.point(u.unmarshal(r, TrackpointT.class).getValue(), foreign);
                    continue;
                } else if (inLap && (local.equals("AverageHeartRateBpm") || local.equals("MaximumHeartRateBpm"))) {
                    history.lapHeartRate(local, u.unmarshal(r, HeartRateInBeatsPerMinuteT.class).getValue());
                    continue;
                } else if (inLap && TcxHistory.LAP_FIELDS.contains(local)) {
                    history.lapField(local, r.getElementText());
                    r.next();
                    continue;
                } else if (local.equals("Name") && "Creator".equals(parent)) {
                    history.device(r.getElementText());
                    r.next();
                    continue;
                } else {
                    history.start(local, parent, r.getAttributeValue(null, "Sport"),
                            r.getAttributeValue(null, "StartTime"));
                }
                open.push(local);
            } else if (ev == XMLStreamReader.END_ELEMENT && !open.isEmpty()) {
                history.end(open.pop());
            }
            if (!r.hasNext()) {
                return;
            }
            r.next();
        }
    }
}
